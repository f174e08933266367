// The exact verdict and blockers of every shipped simulated profile, end to end through the device seam
// (profile -> simulated boot -> SystemSource -> fact collector -> checks -> verdict).
#include "engine/assessment.h"
#include "platform/device.h"
#include "platform/sim/profilecatalog.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <map>

using namespace hpr;

namespace {

struct Expectation
{
    Verdict verdict;
    std::vector<std::string> blockers; ///< "CHECK:category", in catalogue order
};

const std::map<std::string, Expectation> &expectations()
{
    static const std::map<std::string, Expectation> table = {
        {"x64-enterprise-24h2-ready", {Verdict::Ready, {}}},
        {"x64-vbs-off", {Verdict::ReadyAfterFixes, {}}},
        {"x64-hvci-driver-flagged", {Verdict::ReadyAfterFixes, {}}},
        {"x64-vbs-off-standard-user", {Verdict::Undetermined, {}}},
        {"arm64-chpe-on", {Verdict::ReadyAfterFixes, {}}},
        {"arm64-ready", {Verdict::Ready, {}}},
        {"x64-secureboot-off-rpsf1",
         {Verdict::Blocked, {"HP-SECUREBOOT:firmware_setting", "HP-VBS-RUNNING:firmware_setting"}}},
        {"x64-virtualization-off-firmware",
         {Verdict::Blocked, {"HP-VIRT-FIRMWARE:firmware_setting", "HP-VBS-RUNNING:firmware_setting"}}},
        {"x64-legacy-bios",
         {Verdict::Blocked,
          {"HP-UEFI:firmware_setting", "HP-SECUREBOOT:firmware_setting", "HP-VBS-RUNNING:firmware_setting"}}},
        {"x64-no-tpm", {Verdict::Blocked, {"HP-TPM:firmware_setting"}}},
        {"x64-tpm12", {Verdict::Blocked, {"HP-TPM:hardware"}}},
        {"x64-win11-pro", {Verdict::ReadyAfterFixes, {}}},
        {"x64-win10-22h2", {Verdict::Blocked, {"HP-BUILD:build"}}},
        {"x64-behind-baseline", {Verdict::Blocked, {"HP-BASELINE:build"}}},
        {"x64-not-mdm-enrolled", {Verdict::Blocked, {"HP-MDM:management"}}},
        {"x64-gpo-vbs-off", {Verdict::Blocked, {"HP-VBS-CONFIGURED:management", "HP-VBS-RUNNING:management"}}},
        {"x64-mdm-vbs-off", {Verdict::Blocked, {"HP-VBS-CONFIGURED:management", "HP-VBS-RUNNING:management"}}},
        {"x64-hypervisor-launch-off",
         {Verdict::Blocked, {"HP-HYPERVISOR-LAUNCH:boot_configuration", "HP-VBS-RUNNING:boot_configuration"}}},
        {"vm-no-nested-virtualization", {Verdict::Blocked, {"HP-CPU-VIRT:hardware", "HP-VBS-RUNNING:hardware"}}},
        {"x64-pending-wu-restart", {Verdict::ReadyAfterFixes, {}}},
        {"server-2025-datacenter", {Verdict::ReadyAfterFixes, {}}},
        {"x64-vbs-set-not-rebooted", {Verdict::ReadyAfterFixes, {}}},
        {"x64-home", {Verdict::Blocked, {"HP-EDITION:edition", "HP-MDM:management"}}},
        {"x64-dma-required-no-iommu", {Verdict::Blocked, {"HP-DMA:hardware", "HP-VBS-RUNNING:hardware"}}},
        {"x64-not-elevated", {Verdict::Ready, {}}},
        {"x64-secureboot-2011-certs", {Verdict::Ready, {}}},
        {"x64-secureboot-update-in-progress", {Verdict::Ready, {}}},
        {"x64-secureboot-updated", {Verdict::Ready, {}}},
        {"x64-secureboot-update-error", {Verdict::Ready, {}}},
    };
    return table;
}

Assessment assessProfile(const std::string &path)
{
    auto device = openDevice("sim:" + path, DeviceOptions{});
    REQUIRE(device);
    auto facts = (*device)->probe();
    REQUIRE(facts);
    return assess(*facts, AssessOptions{"2026-11-25", nullptr});
}

} // namespace

TEST_CASE("every shipped profile has an expected verdict, and there are at least 18", "[profiles]")
{
    const auto profiles = shippedProfiles();
    CHECK(profiles.size() >= 18);
    CHECK(profiles.size() == expectations().size());
    for (const auto &p : profiles) {
        INFO(p.name);
        CHECK(expectations().count(p.name) == 1);
    }
}

TEST_CASE("shipped profiles give their exact verdict and blockers", "[profiles]")
{
    for (const auto &p : shippedProfiles()) {
        auto it = expectations().find(p.name);
        if (it == expectations().end())
            continue; // reported by the test above
        SECTION(p.name)
        {
            const auto a = assessProfile(p.path);
            std::vector<std::string> blockers;
            for (const auto &b : a.blockers)
                blockers.push_back(b.check + ":" + toString(b.category));
            CHECK(std::string(toString(a.verdict)) == toString(it->second.verdict));
            CHECK(blockers == it->second.blockers);
        }
    }
}

TEST_CASE("profiles exercise the VBS diagnosis end to end", "[profiles][diagnosis]")
{
    auto codes = [](const std::string &name) {
        std::vector<std::string> out;
        for (const auto &c : assessProfile(test::profilePath(name)).vbsCauses)
            out.push_back(c.code);
        return out;
    };
    CHECK(codes("x64-enterprise-24h2-ready").empty());
    CHECK(codes("x64-vbs-off") == std::vector<std::string>{"not_configured"});
    CHECK(codes("x64-vbs-set-not-rebooted") == std::vector<std::string>{"not_rebooted"});
    CHECK(codes("x64-secureboot-off-rpsf1") == std::vector<std::string>{"secure_boot_off"});
    CHECK(codes("x64-virtualization-off-firmware") == std::vector<std::string>{"virtualization_off_in_firmware"});
    CHECK(codes("x64-hypervisor-launch-off") == std::vector<std::string>{"hypervisor_launch_off"});
    CHECK(codes("vm-no-nested-virtualization") == std::vector<std::string>{"vm_no_nested_virtualization"});
    CHECK(codes("x64-gpo-vbs-off") == std::vector<std::string>{"policy_forces_off"});
    CHECK(codes("x64-dma-required-no-iommu") == std::vector<std::string>{"dma_protection_absent"});
}

TEST_CASE("a non-elevated run marks what needed elevation and still concludes", "[profiles]")
{
    const auto a = assessProfile(test::profilePath("x64-not-elevated"));
    CHECK(a.facts.processElevated.is(false));
    REQUIRE_FALSE(a.facts.bootHypervisorLaunchType.isKnown());
    CHECK(a.facts.bootHypervisorLaunchType.reason() == UnknownReason::NotElevated);
    // Secure Boot falls back to the registry mirror that standard users can read.
    CHECK(a.facts.firmwareSecureBoot.is("on"));
    CHECK(a.facts.firmwareSecureBoot.source().find("UEFISecureBootEnabled") != std::string::npos);
}
