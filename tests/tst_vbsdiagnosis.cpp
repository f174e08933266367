// "Why is VBS not running": every cause, alone and together.
#include "engine/assessment.h"
#include "factsfixture.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace hpr;
using namespace hpr::test;

namespace {

DeviceFacts notRunning()
{
    auto f = readyFacts();
    f.vbsStatus = k<std::string>("enabled_not_running");
    f.vbsServicesRunning = k<IntList>({0});
    f.hypervisorPresent = k(false);
    return f;
}

std::vector<std::string> codes(const DeviceFacts &f)
{
    std::vector<std::string> out;
    for (const auto &c : diagnoseVbs(f))
        out.push_back(c.code);
    return out;
}

bool has(const std::vector<std::string> &v, const char *code)
{
    return std::find(v.begin(), v.end(), code) != v.end();
}

} // namespace

TEST_CASE("no diagnosis when VBS runs", "[diagnosis]")
{
    CHECK(diagnoseVbs(readyFacts()).empty());
}

TEST_CASE("each cause of VBS not running is named", "[diagnosis]")
{
    SECTION("not configured")
    {
        auto f = notRunning();
        f.vbsStatus = k<std::string>("off");
        f.vbsConfigured = k(false);
        f.vbsConfiguredBy = k<std::string>("none");
        f.vbsRuntimeEnable = absent();
        CHECK(codes(f) == std::vector<std::string>{"not_configured"});
        CHECK(diagnoseVbs(f).front().fix == FixWhere::HereOneReboot);
    }
    SECTION("configured but not yet rebooted")
    {
        auto f = notRunning();
        f.vbsRestartPending = k(true);
        CHECK(codes(f) == std::vector<std::string>{"not_rebooted"});
    }
    SECTION("Secure Boot off while required")
    {
        auto f = notRunning();
        f.firmwareSecureBoot = k<std::string>("off");
        CHECK(codes(f) == std::vector<std::string>{"secure_boot_off"});
        CHECK(diagnoseVbs(f).front().fix == FixWhere::FirmwareSetup);
    }
    SECTION("Secure Boot off but not required (RequirePlatformSecurityFeatures absent) is not a cause")
    {
        auto f = notRunning();
        f.firmwareSecureBoot = k<std::string>("off");
        f.vbsEffectiveRequiredFeatures = k<std::int64_t>(0);
        f.vbsRestartPending = k(true);
        CHECK(codes(f) == std::vector<std::string>{"not_rebooted"});
    }
    SECTION("DMA protection required but absent")
    {
        auto f = notRunning();
        f.vbsEffectiveRequiredFeatures = k<std::int64_t>(3);
        f.vbsAvailableProperties = k<IntList>({1, 2, 5});
        CHECK(codes(f) == std::vector<std::string>{"dma_protection_absent"});
    }
    SECTION("virtualization off in firmware")
    {
        auto f = notRunning();
        f.firmwareVirtualizationEnabled = k(false);
        CHECK(codes(f) == std::vector<std::string>{"virtualization_off_in_firmware"});
    }
    SECTION("no SLAT")
    {
        auto f = notRunning();
        f.cpuSlat = k(false);
        CHECK(codes(f) == std::vector<std::string>{"no_slat"});
    }
    SECTION("hypervisor launch disabled in the boot configuration")
    {
        auto f = notRunning();
        f.bootHypervisorLaunchType = k<std::string>("off");
        CHECK(codes(f) == std::vector<std::string>{"hypervisor_launch_off"});
        CHECK(diagnoseVbs(f).front().fix == FixWhere::BootConfiguration);
    }
    SECTION("virtual machine without nested virtualization")
    {
        auto f = notRunning();
        f.deviceIsVm = k(true);
        f.cpuVirtualizationExtensions = k(false);
        f.firmwareVirtualizationEnabled = k(false);
        f.cpuSlat = k(false);
        CHECK(codes(f) == std::vector<std::string>{"vm_no_nested_virtualization"});
        CHECK(diagnoseVbs(f).front().fix == FixWhere::VmHost);
    }
    SECTION("a policy forcing it off over another source that enables it")
    {
        auto f = notRunning();
        f.vbsStatus = k<std::string>("off");
        f.vbsConfigured = k(false);
        f.vbsConfiguredBy = k<std::string>("group_policy");
        f.vbsGpoEnable = dword(0);
        f.vbsRuntimeEnable = dword(1);
        const auto causes = diagnoseVbs(f);
        REQUIRE(codes(f) == std::vector<std::string>{"policy_forces_off"});
        CHECK(causes.front().text.find("overriding another source") != std::string::npos);
        CHECK(causes.front().fix == FixWhere::IntuneOrPolicy);
    }
    SECTION("enabled but not running with no known cause says so")
    {
        auto f = notRunning();
        CHECK(codes(f) == std::vector<std::string>{"cause_not_identified"});
    }
}

TEST_CASE("several causes are all named", "[diagnosis]")
{
    auto f = notRunning();
    f.firmwareSecureBoot = k<std::string>("off");
    f.firmwareVirtualizationEnabled = k(false);
    f.bootHypervisorLaunchType = k<std::string>("off");
    f.vbsRestartPending = k(true);
    const auto c = codes(f);
    CHECK(c.size() == 4);
    CHECK(has(c, "secure_boot_off"));
    CHECK(has(c, "virtualization_off_in_firmware"));
    CHECK(has(c, "hypervisor_launch_off"));
    CHECK(has(c, "not_rebooted"));
    const auto a = assess(f, AssessOptions{kCompleteTableDate, nullptr});
    CHECK(a.verdict == Verdict::Blocked);
    CHECK(a.check("HP-VBS-RUNNING")->explanation.find("firmware setup") != std::string::npos);
}
