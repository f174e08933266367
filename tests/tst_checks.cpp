// Every check of the catalogue, passing and failing, on hand-built facts (pure engine, no device).
#include "engine/assessment.h"
#include "factsfixture.h"

#include <catch2/catch.hpp>
#include <functional>

using namespace hpr;
using namespace hpr::test;

namespace {

Assessment run(DeviceFacts f, const char *asOf = kCompleteTableDate)
{
    AssessOptions o;
    o.asOf = asOf;
    return assess(std::move(f), o);
}

struct Case
{
    const char *name;
    const char *check;
    std::function<void(DeviceFacts &)> mutate;
    CheckStatus status;
    BlockerCategory blocker;
    FixWhere fix;
};

} // namespace

TEST_CASE("the ready fixture passes every check and is ready", "[checks]")
{
    const auto a = run(readyFacts());
    REQUIRE(a.checks.size() == checkCatalogue().size());
    for (std::size_t i = 0; i < a.checks.size(); ++i) {
        const auto &c = a.checks[i];
        INFO(c.id << ": " << c.summary);
        CHECK(c.id == checkCatalogue()[i]);
        CHECK(!c.summary.empty());
        CHECK(!c.explanation.empty());
        CHECK(!c.evidence.empty());
        if (c.id == "HP-LICENSE")
            CHECK(c.status == CheckStatus::Warn);
        else if (c.id == "HP-CHPE")
            CHECK(c.status == CheckStatus::NotApplicable);
        else
            CHECK(c.status == CheckStatus::Pass);
    }
    CHECK(a.verdict == Verdict::Ready);
    CHECK(a.blockers.empty());
    CHECK(a.vbsCauses.empty());
}

TEST_CASE("each check fails (or warns) on the fact that matters", "[checks]")
{
    const std::vector<Case> cases = {
        {"Home edition", "HP-EDITION", [](DeviceFacts &f) { f.osEditionId = k<std::string>("Core"); },
         CheckStatus::Fail, BlockerCategory::Edition, FixWhere::HardwareOrEdition},
        {"Pro edition", "HP-EDITION", [](DeviceFacts &f) { f.osEditionId = k<std::string>("Professional"); },
         CheckStatus::Warn, BlockerCategory::None, FixWhere::Licensing},
        {"LTSC edition", "HP-EDITION", [](DeviceFacts &f) { f.osEditionId = k<std::string>("EnterpriseS"); },
         CheckStatus::Warn, BlockerCategory::None, FixWhere::None},
        {"edition unknown", "HP-EDITION",
         [](DeviceFacts &f) { f.osEditionId = Fact<std::string>::unknown(UnknownReason::Failed, "x"); },
         CheckStatus::Unknown, BlockerCategory::None, FixWhere::None},
        {"Windows 10", "HP-BUILD", [](DeviceFacts &f) { f.osBuild = k<std::int64_t>(19045); }, CheckStatus::Fail,
         BlockerCategory::Build, FixWhere::WindowsUpdate},
        {"Windows 11 23H2", "HP-BUILD", [](DeviceFacts &f) { f.osBuild = k<std::int64_t>(22631); }, CheckStatus::Fail,
         BlockerCategory::Build, FixWhere::WindowsUpdate},
        {"26H1", "HP-BUILD", [](DeviceFacts &f) { f.osBuild = k<std::int64_t>(28000); }, CheckStatus::Fail,
         BlockerCategory::Build, FixWhere::HardwareOrEdition},
        {"below minimum UBR", "HP-BUILD", [](DeviceFacts &f) { f.osUbr = k<std::int64_t>(1742); }, CheckStatus::Fail,
         BlockerCategory::Build, FixWhere::WindowsUpdate},
        {"26H2 unconfirmed", "HP-BUILD", [](DeviceFacts &f) { f.osBuild = k<std::int64_t>(26300); }, CheckStatus::Warn,
         BlockerCategory::None, FixWhere::None},
        {"behind baseline", "HP-BASELINE", [](DeviceFacts &f) { f.osUbr = k<std::int64_t>(8246); }, CheckStatus::Fail,
         BlockerCategory::Build, FixWhere::WindowsUpdate},
        {"x86", "HP-ARCH", [](DeviceFacts &f) { f.osArch = k<std::string>("x86"); }, CheckStatus::Fail,
         BlockerCategory::Hardware, FixWhere::HardwareOrEdition},
        {"legacy BIOS, VBS off", "HP-UEFI",
         [](DeviceFacts &f) {
             f.firmwareType = k<std::string>("bios");
             f.vbsStatus = k<std::string>("off");
         },
         CheckStatus::Fail, BlockerCategory::FirmwareSetting, FixWhere::FirmwareSetup},
        {"legacy BIOS, VBS running", "HP-UEFI", [](DeviceFacts &f) { f.firmwareType = k<std::string>("bios"); },
         CheckStatus::Warn, BlockerCategory::None, FixWhere::None},
        {"Secure Boot off, VBS not running", "HP-SECUREBOOT",
         [](DeviceFacts &f) {
             f.firmwareSecureBoot = k<std::string>("off");
             f.vbsStatus = k<std::string>("enabled_not_running");
         },
         CheckStatus::Fail, BlockerCategory::FirmwareSetting, FixWhere::FirmwareSetup},
        {"Secure Boot off, VBS running", "HP-SECUREBOOT",
         [](DeviceFacts &f) { f.firmwareSecureBoot = k<std::string>("off"); }, CheckStatus::Warn, BlockerCategory::None,
         FixWhere::None},
        {"Secure Boot unknown (not elevated), VBS off", "HP-SECUREBOOT",
         [](DeviceFacts &f) {
             f.firmwareSecureBoot = Fact<std::string>::unknown(UnknownReason::NotElevated, "needs admin");
             f.vbsStatus = k<std::string>("off");
         },
         CheckStatus::Unknown, BlockerCategory::None, FixWhere::None},
        {"no TPM", "HP-TPM", [](DeviceFacts &f) { f.tpmPresent = k(false); }, CheckStatus::Fail,
         BlockerCategory::FirmwareSetting, FixWhere::FirmwareSetup},
        {"TPM 1.2", "HP-TPM", [](DeviceFacts &f) { f.tpmVersion = k<std::string>("1.2"); }, CheckStatus::Fail,
         BlockerCategory::Hardware, FixWhere::HardwareOrEdition},
        {"no VT-x", "HP-CPU-VIRT", [](DeviceFacts &f) { f.cpuVirtualizationExtensions = k(false); }, CheckStatus::Fail,
         BlockerCategory::Hardware, FixWhere::HardwareOrEdition},
        {"VM without nested virtualization", "HP-CPU-VIRT",
         [](DeviceFacts &f) {
             f.cpuVirtualizationExtensions = k(false);
             f.deviceIsVm = k(true);
         },
         CheckStatus::Fail, BlockerCategory::Hardware, FixWhere::VmHost},
        {"virtualization off in firmware", "HP-VIRT-FIRMWARE",
         [](DeviceFacts &f) { f.firmwareVirtualizationEnabled = k(false); }, CheckStatus::Fail,
         BlockerCategory::FirmwareSetting, FixWhere::FirmwareSetup},
        {"no SLAT", "HP-SLAT", [](DeviceFacts &f) { f.cpuSlat = k(false); }, CheckStatus::Fail,
         BlockerCategory::Hardware, FixWhere::HardwareOrEdition},
        {"NX off", "HP-NX", [](DeviceFacts &f) { f.cpuNx = k(false); }, CheckStatus::Fail,
         BlockerCategory::FirmwareSetting, FixWhere::FirmwareSetup},
        {"hypervisorlaunchtype off", "HP-HYPERVISOR-LAUNCH",
         [](DeviceFacts &f) { f.bootHypervisorLaunchType = k<std::string>("off"); }, CheckStatus::Fail,
         BlockerCategory::BootConfiguration, FixWhere::BootConfiguration},
        {"DMA required but absent", "HP-DMA",
         [](DeviceFacts &f) {
             f.vbsEffectiveRequiredFeatures = k<std::int64_t>(3);
             f.vbsAvailableProperties = k<IntList>({1, 2, 5});
             f.vbsStatus = k<std::string>("enabled_not_running");
         },
         CheckStatus::Fail, BlockerCategory::Hardware, FixWhere::IntuneOrPolicy},
        {"Kernel DMA Protection off", "HP-DMA", [](DeviceFacts &f) { f.dmaKernelProtection = k(false); },
         CheckStatus::Warn, BlockerCategory::None, FixWhere::None},
        {"VBS not configured", "HP-VBS-CONFIGURED",
         [](DeviceFacts &f) {
             f.vbsConfigured = k(false);
             f.vbsConfiguredBy = k<std::string>("none");
         },
         CheckStatus::Fail, BlockerCategory::None, FixWhere::HereOneReboot},
        {"Group Policy forces VBS off", "HP-VBS-CONFIGURED",
         [](DeviceFacts &f) {
             f.vbsConfigured = k(false);
             f.vbsConfiguredBy = k<std::string>("group_policy");
             f.vbsGpoEnable = dword(0);
         },
         CheckStatus::Fail, BlockerCategory::Management, FixWhere::IntuneOrPolicy},
        {"MDM forces VBS off", "HP-VBS-CONFIGURED",
         [](DeviceFacts &f) {
             f.vbsConfigured = k(false);
             f.vbsConfiguredBy = k<std::string>("mdm");
             f.vbsMdmEnable = dword(0);
         },
         CheckStatus::Fail, BlockerCategory::Management, FixWhere::IntuneOrPolicy},
        {"VBS configured, not rebooted", "HP-VBS-RUNNING",
         [](DeviceFacts &f) {
             f.vbsStatus = k<std::string>("enabled_not_running");
             f.vbsRestartPending = k(true);
         },
         CheckStatus::Fail, BlockerCategory::None, FixWhere::HereOneReboot},
        {"VBS off by Secure Boot", "HP-VBS-RUNNING",
         [](DeviceFacts &f) {
             f.vbsStatus = k<std::string>("enabled_not_running");
             f.firmwareSecureBoot = k<std::string>("off");
         },
         CheckStatus::Fail, BlockerCategory::FirmwareSetting, FixWhere::FirmwareSetup},
        {"VBS state unknown", "HP-VBS-RUNNING",
         [](DeviceFacts &f) {
             f.vbsStatus = Fact<std::string>::unknown(UnknownReason::SourceMissing, "namespace missing");
         },
         CheckStatus::Unknown, BlockerCategory::None, FixWhere::None},
        {"Arm64 with CHPE on", "HP-CHPE", [](DeviceFacts &f) { f.osArch = k<std::string>("arm64"); }, CheckStatus::Fail,
         BlockerCategory::None, FixWhere::HereOneReboot},
        {"Arm64 with CHPE off", "HP-CHPE",
         [](DeviceFacts &f) {
             f.osArch = k<std::string>("arm64");
             f.chpeDisabled = k(true);
             f.chpeHotPatchRestrictions = dword(1);
         },
         CheckStatus::Pass, BlockerCategory::None, FixWhere::None},
        {"not enrolled", "HP-MDM",
         [](DeviceFacts &f) {
             f.mdmEnrolled = k(false);
             f.mdmProvider = k<std::string>("none");
         },
         CheckStatus::Fail, BlockerCategory::Management, FixWhere::IntuneOrPolicy},
        {"other MDM", "HP-MDM", [](DeviceFacts &f) { f.mdmProvider = k<std::string>("WorkspaceONE"); },
         CheckStatus::Fail, BlockerCategory::Management, FixWhere::IntuneOrPolicy},
        {"hotpatch policy 0", "HP-HOTPATCH-POLICY",
         [](DeviceFacts &f) {
             f.hotpatchAllowRebootlessUpdates = dword(0);
             f.hotpatchPolicyEnabled = k(false);
         },
         CheckStatus::Fail, BlockerCategory::Management, FixWhere::IntuneOrPolicy},
        {"hotpatch policy absent", "HP-HOTPATCH-POLICY",
         [](DeviceFacts &f) {
             f.hotpatchAllowRebootlessUpdates = absent();
             f.hotpatchPolicyEnabled = k(false);
         },
         CheckStatus::Warn, BlockerCategory::None, FixWhere::IntuneOrPolicy},
        {"pending restart", "HP-PENDING-REBOOT",
         [](DeviceFacts &f) {
             f.rebootPending = k(true);
             f.rebootPendingReasons = k<StringList>({"windows_update"});
         },
         CheckStatus::Fail, BlockerCategory::None, FixWhere::HereOneReboot},
    };
    for (const auto &tc : cases) {
        SECTION(tc.name)
        {
            auto f = readyFacts();
            tc.mutate(f);
            const auto a = run(f);
            const auto *c = a.check(tc.check);
            REQUIRE(c);
            INFO(tc.name << " -> " << c->summary << " | " << c->explanation);
            CHECK(c->status == tc.status);
            CHECK(c->blocker == tc.blocker);
            if (tc.fix != FixWhere::None || tc.status == CheckStatus::Fail)
                CHECK(c->fix == tc.fix);
            if (tc.status == CheckStatus::Fail)
                CHECK(!c->fixAction.empty());
        }
    }
}

TEST_CASE("the licence check always says it cannot be verified and what to check", "[checks]")
{
    for (const char *edition : {"Enterprise", "Professional", "Education"}) {
        auto f = readyFacts();
        f.osEditionId = k<std::string>(edition);
        const auto a = run(f);
        const auto *c = a.check("HP-LICENSE");
        REQUIRE(c);
        CHECK(c->status == CheckStatus::Warn);
        CHECK(c->summary.find("cannot be verified") != std::string::npos);
        CHECK(c->explanation.find("E3") != std::string::npos);
        CHECK(c->fix == FixWhere::Licensing);
        CHECK(c->fixAction.find("admin center") != std::string::npos);
    }
}

TEST_CASE("the baseline check warns when the table misses a planned baseline", "[checks][calendar]")
{
    const auto a = run(readyFacts(), "2026-11-25"); // October 2026 baseline not in the table
    const auto *c = a.check("HP-BASELINE");
    REQUIRE(c);
    CHECK(c->status == CheckStatus::Warn);
    CHECK(c->explanation.find("October 2026") != std::string::npos);
    CHECK(a.verdict == Verdict::Ready); // a warning never blocks
}

TEST_CASE("server devices use the server track and Azure Arc rules", "[checks]")
{
    auto f = readyFacts();
    f.osInstallationType = k<std::string>("server");
    f.osEditionId = k<std::string>("ServerDatacenter");
    f.osUbr = k<std::int64_t>(32690);
    f.mdmEnrolled = k(false);
    f.hotpatchServerEnrolled = k(true);
    const auto a = run(f, "2026-05-20"); // the server track's data ends in May 2026
    const auto later = run(f, "2026-09-20");
    CHECK(later.check("HP-BASELINE")->status == CheckStatus::Warn); // July 2026 is not in the table
    CHECK(a.check("HP-EDITION")->status == CheckStatus::Pass);
    CHECK(a.check("HP-BASELINE")->status == CheckStatus::Pass);
    CHECK(a.check("HP-MDM")->status == CheckStatus::NotApplicable);
    CHECK(a.check("HP-HOTPATCH-POLICY")->status == CheckStatus::Pass);
    CHECK(a.verdict == Verdict::Ready);
}
