// The simulated Windows device: registry, boot rules, WMI/API answers, state persistence
// (app/platform/sim/simmachine.h, simsystemsource.h, simdevice.h; rules in docs/simulated-device.md).

#include "engine/registrypaths.h"
#include "platform/sim/simdevice.h"
#include "platform/sim/simmachine.h"
#include "platform/sim/simsystemsource.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

using Catch::Matchers::Contains;
using hpr::IntList;
using hpr::RegValue;
using hpr::SimMachine;
using nlohmann::json;
namespace reg = hpr::reg;

namespace {

/// A capable x64 device with VBS configured through the runtime DeviceGuard key (RPSF=1): VBS runs.
constexpr const char *kBase = R"({
  "schema": "hotpatch-ready/profile/v1",
  "name": "base",
  "description": "capable x64 device, VBS configured",
  "device": {"hostname": "SIM-BASE-01", "manufacturer": "Dell Inc.", "model": "Latitude 7440", "serial": "7XK2JQ3"},
  "os": {"product_name": "Windows 11 Enterprise", "edition_id": "Enterprise", "build": 26100, "ubr": 8875,
         "display_version": "24H2", "installation_type": "client"},
  "hardware": {"arch": "x64", "virtualization_extensions": true, "slat": true, "nx": true, "iommu": true,
               "secure_memory_overwrite": true, "smm_mitigations": true, "mbec": true, "apic_virtualization": true,
               "tpm": "2.0"},
  "firmware": {"type": "uefi", "secure_boot": true, "virtualization_enabled": true, "kernel_dma_protection": true},
  "management": {"mdm": "intune", "upn": "tech@contoso.com", "entra_join": "entra_joined", "hotpatch_policy": true},
  "registry": {"SYSTEM\\CurrentControlSet\\Control\\DeviceGuard":
                 {"EnableVirtualizationBasedSecurity": 1, "RequirePlatformSecurityFeatures": 1}}
})";

hpr::SimProfile profileFrom(const std::string &patch)
{
    json doc = json::parse(kBase);
    doc.merge_patch(json::parse(patch));
    auto p = hpr::simProfileFromJson(doc, "test.json");
    INFO((p ? std::string() : p.error().detail));
    REQUIRE(p);
    return *p;
}

SimMachine machine(const std::string &patch = "{}")
{
    return SimMachine::fromProfile(profileFrom(patch));
}

SimMachine shipped(const std::string &name)
{
    auto p = hpr::loadSimProfile(hpr::test::profilePath(name));
    INFO(name);
    REQUIRE(p);
    return SimMachine::fromProfile(*p);
}

hpr::DeviceGuardInfo deviceGuard(SimMachine &m)
{
    hpr::SimSystemSource source(m);
    auto f = source.deviceGuard();
    REQUIRE(f.isKnown());
    return f.value();
}

const std::string kDg = reg::kDeviceGuard;
constexpr std::int64_t kLastBoot = 1795507200; // 2026-11-24T08:00:00Z

} // namespace

TEST_CASE("VBS runs when configured, the hypervisor can start and the required features are present", "[simmachine]")
{
    SimMachine m = machine();
    const auto &r = m.runtime();
    CHECK(r.hypervisorCanStart);
    CHECK(r.requiredFeaturesMet);
    CHECK(r.vbsRunning);
    CHECK(r.hypervisorPresent);
    CHECK(r.vbsConfig.enabledBy == "registry");
    CHECK(r.vbsConfig.requiredFeatures == 1);

    const auto dg = deviceGuard(m);
    CHECK(dg.vbsStatus == 2);
    CHECK(dg.requiredSecurityProperties == IntList{1, 2});
    CHECK(dg.availableSecurityProperties == IntList{1, 2, 3, 4, 5, 6, 7, 8});
    CHECK(dg.securityServicesConfigured == IntList{0});
    CHECK(dg.securityServicesRunning == IntList{0});
}

TEST_CASE("each single cause keeps VBS from running", "[simmachine]")
{
    struct Case
    {
        const char *what, *patch;
        bool canStart, requiredMet;
        int status;
    };
    const Case cases[] = {
        {"not configured", R"({"registry": null})", true, true, 0},
        {"Secure Boot off with RequirePlatformSecurityFeatures=1", R"({"firmware": {"secure_boot": false}})", true,
         false, 1},
        {"no IOMMU with RequirePlatformSecurityFeatures=3",
         R"({"hardware": {"iommu": false}, "firmware": {"kernel_dma_protection": false},
             "registry": {"SYSTEM\\CurrentControlSet\\Control\\DeviceGuard": {"RequirePlatformSecurityFeatures": 3}}})",
         true, false, 1},
        {"virtualization off in firmware", R"({"firmware": {"virtualization_enabled": false}})", false, true, 1},
        {"no SLAT", R"({"hardware": {"slat": false}})", false, true, 1},
        {"no NX", R"({"hardware": {"nx": false}})", false, true, 1},
        {"hypervisorlaunchtype off", R"({"boot": {"hypervisor_launch_type": "off"}})", false, true, 1},
        {"VM without nested virtualization",
         R"({"hardware": {"virtualization_extensions": false, "slat": false, "iommu": false,
                          "virtual_machine": {"host": "Hyper-V", "nested_virtualization": false}},
             "firmware": {"virtualization_enabled": false, "kernel_dma_protection": false}})",
         false, true, 1},
        {"32-bit Windows 10",
         R"({"hardware": {"arch": "x86"}, "os": {"build": 19045, "ubr": 6456, "display_version": "22H2"}})", false,
         true, 1},
        {"Group Policy 0 over a runtime 1",
         R"({"registry": {"SOFTWARE\\Policies\\Microsoft\\Windows\\DeviceGuard":
                            {"EnableVirtualizationBasedSecurity": 0}}})",
         true, true, 0},
        {"MDM policy 0 over a runtime 1",
         R"({"registry": {"SOFTWARE\\Microsoft\\PolicyManager\\current\\device\\DeviceGuard":
                            {"EnableVirtualizationBasedSecurity": 0}}})",
         true, true, 0},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        SimMachine m = machine(c.patch);
        CHECK_FALSE(m.runtime().vbsRunning);
        CHECK(m.runtime().hypervisorCanStart == c.canStart);
        CHECK(m.runtime().requiredFeaturesMet == c.requiredMet);
        const auto dg = deviceGuard(m);
        CHECK(dg.vbsStatus == c.status);
        CHECK(dg.securityServicesRunning == IntList{0});
    }
}

TEST_CASE("the neighbours of each blocking cause do run VBS", "[simmachine]")
{
    // Secure Boot off is fine when nothing requires it (seen on real devices, windows-facts §5)
    SimMachine sbOff = machine(R"({"firmware": {"secure_boot": false},
        "registry": {"SYSTEM\\CurrentControlSet\\Control\\DeviceGuard": {"RequirePlatformSecurityFeatures": 0}}})");
    CHECK(sbOff.runtime().vbsRunning);
    CHECK(deviceGuard(sbOff).requiredSecurityProperties == IntList{0});
    CHECK(deviceGuard(sbOff).availableSecurityProperties == IntList{1, 3, 4, 5, 6, 7, 8});

    // RPSF=3 with an IOMMU runs and reports {1, 2, 3}
    SimMachine dma = machine(
        R"({"registry": {"SYSTEM\\CurrentControlSet\\Control\\DeviceGuard": {"RequirePlatformSecurityFeatures": 3}}})");
    CHECK(dma.runtime().vbsRunning);
    CHECK(deviceGuard(dma).requiredSecurityProperties == IntList{1, 2, 3});

    // no IOMMU is fine with RPSF=1
    SimMachine noIommu = machine(R"({"hardware": {"iommu": false}, "firmware": {"kernel_dma_protection": false}})");
    CHECK(noIommu.runtime().vbsRunning);

    // a VM with nested virtualization runs VBS
    SimMachine nested = machine(R"({"hardware": {"iommu": false, "virtual_machine": {"host": "Hyper-V",
        "nested_virtualization": true}}, "firmware": {"kernel_dma_protection": false}})");
    CHECK(nested.runtime().vbsRunning);

    // VBS enabled by Group Policy alone, or by MDM alone, runs
    SimMachine gpo = machine(R"({"registry": {"SYSTEM\\CurrentControlSet\\Control\\DeviceGuard": null,
        "SOFTWARE\\Policies\\Microsoft\\Windows\\DeviceGuard": {"EnableVirtualizationBasedSecurity": 1,
        "RequirePlatformSecurityFeatures": 1}}})");
    CHECK(gpo.runtime().vbsRunning);
    CHECK(gpo.runtime().vbsConfig.enabledBy == "group_policy");
    SimMachine mdm = machine(R"({"registry": {"SYSTEM\\CurrentControlSet\\Control\\DeviceGuard": null,
        "SOFTWARE\\Microsoft\\PolicyManager\\current\\device\\DeviceGuard":
            {"EnableVirtualizationBasedSecurity": 1}}})");
    CHECK(mdm.runtime().vbsRunning);
    CHECK(mdm.runtime().vbsConfig.enabledBy == "mdm");
}

TEST_CASE("memory integrity alone turns VBS on; services follow the configuration", "[simmachine]")
{
    SimMachine home = shipped("x64-home");
    CHECK(home.runtime().vbsRunning);
    CHECK(home.runtime().vbsConfig.hvciEnabled);
    const auto dg = deviceGuard(home);
    CHECK(dg.securityServicesConfigured == IntList{2});
    CHECK(dg.securityServicesRunning == IntList{2});
    CHECK(dg.requiredSecurityProperties == IntList{0});

    SimMachine all = machine(R"({"registry": {
        "SYSTEM\\CurrentControlSet\\Control\\DeviceGuard\\Scenarios\\HypervisorEnforcedCodeIntegrity": {"Enabled": 1},
        "SYSTEM\\CurrentControlSet\\Control\\DeviceGuard\\Scenarios\\SystemGuard": {"Enabled": 1},
        "SOFTWARE\\Policies\\Microsoft\\Windows\\DeviceGuard": {"LsaCfgFlags": 2}}})");
    CHECK(deviceGuard(all).securityServicesConfigured == IntList{1, 2, 3});
    CHECK(deviceGuard(all).securityServicesRunning == IntList{1, 2, 3});

    // configured but not running: configured services are reported, none run
    SimMachine blocked = machine(R"({"firmware": {"secure_boot": false}, "registry": {
        "SYSTEM\\CurrentControlSet\\Control\\DeviceGuard\\Scenarios\\CredentialGuard": {"Enabled": 1}}})");
    CHECK(deviceGuard(blocked).securityServicesConfigured == IntList{1});
    CHECK(deviceGuard(blocked).securityServicesRunning == IntList{0});
}

TEST_CASE("registry changes take effect only after boot()", "[simmachine]")
{
    SimMachine m = shipped("x64-vbs-off");
    REQUIRE_FALSE(m.runtime().vbsRunning);
    CHECK(deviceGuard(m).vbsStatus == 0);

    REQUIRE(m.writeValue(kDg, reg::kEnableVbs, RegValue::dword(1)));
    REQUIRE(m.writeValue(kDg, reg::kRequireFeatures, RegValue::dword(1)));
    CHECK_FALSE(m.runtime().vbsRunning);
    CHECK(deviceGuard(m).vbsStatus == 1); // configured, waiting for the restart
    CHECK(deviceGuard(m).securityServicesRunning == IntList{0});

    m.boot();
    CHECK(m.runtime().vbsRunning);
    CHECK(deviceGuard(m).vbsStatus == 2);

    // turning it off also waits for the restart
    REQUIRE(m.deleteValue(kDg, reg::kEnableVbs));
    CHECK(deviceGuard(m).vbsStatus == 2);
    CHECK(m.runtime().vbsRunning);
    m.boot();
    CHECK_FALSE(m.runtime().vbsRunning);
    CHECK(deviceGuard(m).vbsStatus == 0);
}

TEST_CASE("a change written after the last boot is configured but not running until the restart", "[simmachine]")
{
    SimMachine m = shipped("x64-vbs-set-not-rebooted");
    CHECK_FALSE(m.runtime().vbsRunning);
    CHECK(deviceGuard(m).vbsStatus == 1);
    // the key was written after the boot, which is how a restart-pending change is recognised
    REQUIRE(m.keyLastWriteTime(kDg));
    CHECK(*m.keyLastWriteTime(kDg) > m.runtime().bootTime);
    m.boot();
    CHECK(m.runtime().vbsRunning);
    CHECK(deviceGuard(m).vbsStatus == 2);
    CHECK(*m.keyLastWriteTime(kDg) < m.runtime().bootTime);
}

TEST_CASE("CHPE flips only after boot, and only on Arm64", "[simmachine]")
{
    SimMachine m = shipped("arm64-chpe-on");
    CHECK_FALSE(m.runtime().chpeDisabled);
    REQUIRE(m.writeValue(reg::kMemoryManagement, reg::kHotPatchRestrictions, RegValue::dword(1)));
    CHECK_FALSE(m.runtime().chpeDisabled);
    m.boot();
    CHECK(m.runtime().chpeDisabled);
    REQUIRE(m.writeValue(reg::kMemoryManagement, reg::kHotPatchRestrictions, RegValue::dword(0)));
    CHECK(m.runtime().chpeDisabled);
    m.boot();
    CHECK_FALSE(m.runtime().chpeDisabled);

    // the DisableCHPE policy has the same effect, also at the next boot
    REQUIRE(m.writeValue(reg::kMdmSystem, reg::kDisableChpe, RegValue::dword(1)));
    CHECK_FALSE(m.runtime().chpeDisabled);
    m.boot();
    CHECK(m.runtime().chpeDisabled);

    CHECK(shipped("arm64-ready").runtime().chpeDisabled);

    SimMachine x64 = machine(R"({"registry": {"SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Memory Management":
        {"HotPatchRestrictions": 1}}})");
    CHECK_FALSE(x64.runtime().chpeDisabled);
}

TEST_CASE("pending reboot indicators are present after materialization and clear at boot", "[simmachine]")
{
    SimMachine m =
        machine(R"({"pending_reboot": ["windows_update", "component_servicing", "file_rename", "computer_rename"]})");
    hpr::SimSystemSource source(m);
    CHECK(m.keyExists(reg::kWuRebootRequired));
    CHECK(m.keyExists(reg::kCbsRebootPending));
    const auto renames = m.readValue(reg::kSessionManager, reg::kPendingFileRenames);
    REQUIRE(renames);
    CHECK(renames->type == hpr::RegType::MultiSz);
    CHECK(renames->multi.size() == 2);
    const auto active = m.readValue(reg::kActiveComputerName, "ComputerName");
    const auto pending = m.readValue(reg::kComputerName, "ComputerName");
    REQUIRE(active);
    REQUIRE(pending);
    CHECK(active->text == "SIM-BASE-01");
    CHECK(pending->text != active->text);
    CHECK(source.computerSystem().value().name == "SIM-BASE-01");

    m.boot();
    CHECK_FALSE(m.keyExists(reg::kWuRebootRequired));
    CHECK_FALSE(m.keyExists(reg::kCbsRebootPending));
    CHECK_FALSE(m.readValue(reg::kSessionManager, reg::kPendingFileRenames));
    CHECK(m.readValue(reg::kActiveComputerName, "ComputerName") == pending);
    CHECK(source.computerSystem().value().name == pending->text);

    SimMachine wu = shipped("x64-pending-wu-restart");
    CHECK(wu.keyExists(reg::kWuRebootRequired));
    CHECK_FALSE(wu.keyExists(reg::kCbsRebootPending));
    CHECK(wu.runtime().vbsRunning);
}

TEST_CASE("Win32_Processor booleans and processor features read false while a hypervisor runs", "[simmachine]")
{
    SimMachine off = shipped("x64-vbs-off");
    hpr::SimSystemSource offSource(off);
    CHECK_FALSE(off.runtime().hypervisorPresent);
    auto p = offSource.processor().value();
    CHECK(p.vmMonitorModeExtensions);
    CHECK(p.virtualizationFirmwareEnabled);
    CHECK(p.secondLevelAddressTranslation);
    CHECK(offSource.processorFeature(hpr::PfSecondLevelAddressTranslation).value());
    CHECK(offSource.processorFeature(hpr::PfVirtFirmwareEnabled).value());
    CHECK(offSource.processorFeature(hpr::PfNxEnabled).value());
    CHECK_FALSE(offSource.computerSystem().value().hypervisorPresent);

    SimMachine on = shipped("x64-enterprise-24h2-ready");
    hpr::SimSystemSource onSource(on);
    CHECK(on.runtime().hypervisorPresent);
    p = onSource.processor().value();
    CHECK_FALSE(p.vmMonitorModeExtensions);
    CHECK_FALSE(p.virtualizationFirmwareEnabled);
    CHECK_FALSE(p.secondLevelAddressTranslation);
    CHECK_FALSE(onSource.processorFeature(hpr::PfSecondLevelAddressTranslation).value());
    CHECK_FALSE(onSource.processorFeature(hpr::PfVirtFirmwareEnabled).value());
    CHECK(onSource.processorFeature(hpr::PfNxEnabled).value());
    CHECK(onSource.computerSystem().value().hypervisorPresent);

    // a Hyper-V host without VBS and a VM guest also have a hypervisor
    SimMachine host = shipped("server-2025-datacenter");
    CHECK_FALSE(host.runtime().vbsRunning);
    CHECK(host.runtime().hypervisorPresent);
    CHECK_FALSE(hpr::SimSystemSource(host).processor().value().vmMonitorModeExtensions);
    SimMachine vm = shipped("vm-no-nested-virtualization");
    CHECK_FALSE(vm.runtime().vbsRunning);
    CHECK(vm.runtime().hypervisorPresent);
    CHECK(hpr::SimSystemSource(vm).computerSystem().value().hypervisorPresent);
    // the Hyper-V role needs a hypervisor that can start
    SimMachine roleOff =
        machine(R"({"registry": null, "boot": {"hyperv_role": true, "hypervisor_launch_type": "off"}})");
    CHECK_FALSE(roleOff.runtime().hypervisorPresent);
}

TEST_CASE("each shipped profile boots to the state its description promises", "[simmachine]")
{
    struct Expect
    {
        bool vbsRunning;
        int status;
    };
    const std::map<std::string, Expect> expected = {
        {"x64-enterprise-24h2-ready", {true, 2}},
        {"x64-vbs-off", {false, 0}},
        {"x64-vbs-off-standard-user", {false, 0}},
        {"arm64-chpe-on", {true, 2}},
        {"arm64-ready", {true, 2}},
        {"x64-secureboot-off-rpsf1", {false, 1}},
        {"x64-virtualization-off-firmware", {false, 1}},
        {"x64-legacy-bios", {false, 0}},
        {"x64-no-tpm", {true, 2}},
        {"x64-tpm12", {true, 2}},
        {"x64-win11-pro", {false, 0}},
        {"x64-win10-22h2", {false, 0}},
        {"x64-behind-baseline", {true, 2}},
        {"x64-not-mdm-enrolled", {true, 2}},
        {"x64-gpo-vbs-off", {false, 0}},
        {"x64-hypervisor-launch-off", {false, 1}},
        {"vm-no-nested-virtualization", {false, 1}},
        {"x64-pending-wu-restart", {true, 2}},
        {"server-2025-datacenter", {false, 0}},
        {"x64-vbs-set-not-rebooted", {false, 1}},
        {"x64-home", {true, 2}},
        {"x64-mdm-vbs-off", {false, 0}},
        {"x64-dma-required-no-iommu", {false, 1}},
        {"x64-not-elevated", {true, 2}},
        {"x64-secureboot-2011-certs", {true, 2}},
        {"x64-secureboot-update-in-progress", {true, 2}},
        {"x64-secureboot-updated", {true, 2}},
        {"x64-secureboot-update-error", {true, 2}},
    };
    for (const auto &[name, e] : expected) {
        INFO(name);
        SimMachine m = shipped(name);
        CHECK(m.runtime().vbsRunning == e.vbsRunning);
        CHECK(deviceGuard(m).vbsStatus == e.status);
    }
    SimMachine gpo = shipped("x64-gpo-vbs-off");
    CHECK(gpo.runtime().vbsConfig.enabledBy == "group_policy");
    CHECK(gpo.runtime().vbsConfig.explicitlyDisabled);
    CHECK(gpo.runtime().vbsConfig.policyConflict);
}

TEST_CASE("the profile is materialized into the registry the way Windows keeps it", "[simmachine]")
{
    SimMachine m = shipped("x64-enterprise-24h2-ready");
    auto sz = [&](const char *key, const char *name) {
        auto v = m.readValue(key, name);
        REQUIRE(v);
        CHECK(v->type == hpr::RegType::Sz);
        return v->text;
    };
    auto dword = [&](const char *key, const char *name) {
        auto v = m.readValue(key, name);
        REQUIRE(v);
        CHECK(v->type == hpr::RegType::Dword);
        return v->number;
    };
    CHECK(sz(reg::kCurrentVersion, "ProductName") == "Windows 11 Enterprise");
    CHECK(sz(reg::kCurrentVersion, "EditionID") == "Enterprise");
    CHECK(sz(reg::kCurrentVersion, "CurrentBuild") == "26100");
    CHECK(sz(reg::kCurrentVersion, "CurrentBuildNumber") == "26100");
    CHECK(dword(reg::kCurrentVersion, "UBR") == 9106);
    CHECK(sz(reg::kCurrentVersion, "DisplayVersion") == "24H2");
    CHECK(sz(reg::kCurrentVersion, "InstallationType") == "Client");
    CHECK(dword(reg::kCurrentVersion, "CurrentMajorVersionNumber") == 10);
    CHECK(dword(reg::kSecureBootState, reg::kUefiSecureBootEnabled) == 1);
    CHECK(sz(reg::kActiveComputerName, "ComputerName") == m.profile().hostname);
    CHECK(sz(reg::kComputerName, "ComputerName") == m.profile().hostname);
    CHECK(dword(reg::kMdmUpdate, reg::kAllowRebootlessUpdates) == 1);

    // Intune enrollment
    bool intune = false;
    for (const auto &sub : m.subkeys(reg::kEnrollments)) {
        const std::string key = std::string(reg::kEnrollments) + "\\" + sub;
        if (m.readValue(key, "ProviderID") == RegValue::sz("MS DM Server")) {
            intune = true;
            CHECK(m.readValue(key, "EnrollmentState") == RegValue::dword(1));
            CHECK(m.readValue(key + "\\DMClient\\MS DM Server", "EntDMID").has_value());
        }
    }
    CHECK(intune);

    SimMachine bios = shipped("x64-legacy-bios");
    CHECK_FALSE(bios.readValue(reg::kSecureBootState, reg::kUefiSecureBootEnabled).has_value());

    SimMachine server = shipped("server-2025-datacenter");
    CHECK(server.readValue(reg::kCurrentVersion, "InstallationType") == RegValue::sz("Server"));
    CHECK(server.readValue(std::string(reg::kTargetingDynamicInstalled) + "\\Hotpatch.amd64", "Name") ==
          RegValue::sz("Hotpatch Enrollment Package"));
    CHECK_FALSE(server.readValue(reg::kMdmUpdate, reg::kAllowRebootlessUpdates));

    SimMachine other = machine(R"({"management": {"mdm": "other", "hotpatch_policy": false}})");
    CHECK(other.readValue(reg::kMdmUpdate, reg::kAllowRebootlessUpdates) == RegValue::dword(0));
    for (const auto &sub : other.subkeys(reg::kEnrollments)) {
        const auto provider = other.readValue(std::string(reg::kEnrollments) + "\\" + sub, "ProviderID");
        CHECK_FALSE(provider == RegValue::sz("MS DM Server"));
    }
}

TEST_CASE("the clock: materialization, boot, changes since boot and writes are time-stamped", "[simmachine]")
{
    SimMachine m = machine(R"({"changes_since_boot": {"SOFTWARE\\Contoso": {"Flag": 1}}})");
    CHECK(m.runtime().bootTime == kLastBoot);
    CHECK(m.bootTimeIso() == "2026-11-24T08:00:00Z");
    CHECK(m.now() == kLastBoot + 2 * 3600);
    CHECK(m.nowIso() == "2026-11-24T10:00:00Z");
    CHECK(*m.keyLastWriteTime(reg::kCurrentVersion) == kLastBoot - 86400);
    CHECK(*m.keyLastWriteTime(kDg) == kLastBoot - 86400);
    CHECK(*m.keyLastWriteTime("SOFTWARE\\Contoso") == kLastBoot + 3600);

    m.advanceClock(600);
    REQUIRE(m.writeValue("SOFTWARE\\Contoso\\Sub", "X", RegValue::sz("y")));
    CHECK(*m.keyLastWriteTime("SOFTWARE\\Contoso\\Sub") == kLastBoot + 2 * 3600 + 600);
    CHECK(*m.keyLastWriteTime("SOFTWARE\\Contoso") == kLastBoot + 2 * 3600 + 600); // new subkey

    const std::int64_t before = m.now();
    m.boot();
    CHECK(m.runtime().bootTime > before);
    CHECK(m.runtime().bootTime - before <= 10 * 60);
    CHECK(m.now() > m.runtime().bootTime);
    hpr::SimSystemSource source(m);
    CHECK(source.lastBootTime().value() == hpr::formatUtcTime(m.runtime().bootTime));
    CHECK(source.keyLastWriteTime("SOFTWARE\\Contoso").value() == "2026-11-24T10:10:00Z");
}

TEST_CASE("the registry is case-insensitive and keeps keys without values", "[simmachine]")
{
    SimMachine m = machine();
    REQUIRE(m.writeValue("SOFTWARE\\Contoso\\Agent", "Version", RegValue::sz("1.2")));
    CHECK(m.readValue("software\\CONTOSO\\agent", "VERSION") == RegValue::sz("1.2"));
    CHECK(m.readValue("HKLM\\SOFTWARE\\Contoso\\Agent", "version") == RegValue::sz("1.2"));
    CHECK(m.readValue("HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Agent\\", "Version") == RegValue::sz("1.2"));
    CHECK_FALSE(m.readValue("SOFTWARE\\Contoso\\Agent", "Missing"));
    CHECK_FALSE(m.readValue("SOFTWARE\\Contoso\\Missing", "Version"));

    // a write with other casing replaces the value and keeps the key's name
    REQUIRE(m.writeValue("software\\contoso\\agent", "VERSION", RegValue::dword(2)));
    CHECK(m.valueNames("SOFTWARE\\Contoso\\Agent") == std::vector<std::string>{"VERSION"});
    CHECK(m.subkeys("SOFTWARE\\Contoso") == std::vector<std::string>{"Agent"});

    REQUIRE(m.createKey("SOFTWARE\\Contoso\\Empty"));
    CHECK(m.keyExists("software\\contoso\\empty"));
    CHECK(m.valueNames("SOFTWARE\\Contoso\\Empty").empty());
    CHECK(m.subkeys("SOFTWARE\\Contoso") == std::vector<std::string>{"Agent", "Empty"});

    CHECK(m.deleteKey("SOFTWARE\\CONTOSO"));
    CHECK_FALSE(m.keyExists("SOFTWARE\\Contoso\\Agent"));
    CHECK_FALSE(m.keyExists("SOFTWARE\\Contoso"));
    CHECK_FALSE(m.deleteKey("SOFTWARE\\Contoso"));
    CHECK_FALSE(m.deleteValue("SOFTWARE\\Contoso", "Version"));

    CHECK_FALSE(m.writeValue("", "V", RegValue::dword(1)));
    CHECK(m.writeValue("SOFTWARE\\X", "V", RegValue::dword(0x1'0000'0000LL)).error().code == hpr::ErrorCode::BadUsage);
    CHECK_FALSE(m.createKey("SOFTWARE\\\\X"));
}

TEST_CASE("the system source answers like Windows", "[simmachine]")
{
    SimMachine m = shipped("x64-enterprise-24h2-ready");
    hpr::SimSystemSource s(m);
    CHECK(s.originTag() == " [simulated]");
    CHECK(s.firmwareType().value() == "uefi");
    CHECK(s.secureBoot().value() == "on");
    CHECK(s.nativeArchitecture().value() == "x64");
    CHECK(s.elevated().value());
    CHECK(s.kernelDmaProtection().value());
    CHECK(s.tpm().value().present);
    CHECK(s.tpm().value().version == "2.0");
    CHECK(s.mdmRegistration().value().registered);
    CHECK(s.mdmRegistration().value().upn == m.profile().upn);
    CHECK(s.entraJoinType().value() == "entra_joined");
    CHECK(s.hypervisorLaunchType().value() == "auto");
    CHECK(s.biosSerialNumber().value() == m.profile().serial);
    const auto cs = s.computerSystem().value();
    CHECK(cs.name == m.profile().hostname);
    CHECK(cs.manufacturer == "Dell Inc.");
    CHECK(cs.model == "Latitude 7440");
    CHECK_FALSE(cs.partOfDomain);
    CHECK(s.readValue(reg::kDeviceGuard, reg::kEnableVbs).value() == RegValue::dword(1));
    CHECK_FALSE(s.readValue(reg::kDeviceGuard, "Nope").value().has_value());
    CHECK(s.keyExists(reg::kDeviceGuard).value());
    CHECK_FALSE(s.keyExists("SOFTWARE\\Nope").value());
    CHECK_FALSE(s.subkeys("SOFTWARE\\Nope").isKnown());
    CHECK(s.subkeys("SOFTWARE\\Nope").reason() == hpr::UnknownReason::SourceMissing);
    CHECK_FALSE(s.keyLastWriteTime("SOFTWARE\\Nope").isKnown());

    SimMachine standard = shipped("x64-not-elevated");
    hpr::SimSystemSource ns(standard);
    CHECK_FALSE(ns.elevated().value());
    CHECK(ns.secureBoot().reason() == hpr::UnknownReason::NotElevated);
    CHECK_THAT(ns.secureBoot().detail(), Contains("SE_SYSTEM_ENVIRONMENT_NAME"));
    CHECK(ns.hypervisorLaunchType().reason() == hpr::UnknownReason::NotElevated);
    CHECK(ns.deviceGuard().isKnown());

    SimMachine bios = shipped("x64-legacy-bios");
    CHECK(hpr::SimSystemSource(bios).secureBoot().value() == "unsupported");
    CHECK(hpr::SimSystemSource(bios).firmwareType().value() == "bios");
    SimMachine sbOff = shipped("x64-secureboot-off-rpsf1");
    CHECK(hpr::SimSystemSource(sbOff).secureBoot().value() == "off");
    SimMachine noTpm = shipped("x64-no-tpm");
    CHECK_FALSE(hpr::SimSystemSource(noTpm).tpm().value().present);
    SimMachine tpm12 = shipped("x64-tpm12");
    CHECK(hpr::SimSystemSource(tpm12).tpm().value().version == "1.2");
    SimMachine unmanaged = shipped("x64-not-mdm-enrolled");
    CHECK_FALSE(hpr::SimSystemSource(unmanaged).mdmRegistration().value().registered);
    CHECK(hpr::SimSystemSource(unmanaged).entraJoinType().value() == "none");
    SimMachine hybrid = shipped("x64-gpo-vbs-off");
    CHECK(hpr::SimSystemSource(hybrid).computerSystem().value().partOfDomain);
    SimMachine arm = shipped("arm64-ready");
    CHECK(hpr::SimSystemSource(arm).nativeArchitecture().value() == "arm64");
    SimMachine hlt = shipped("x64-hypervisor-launch-off");
    CHECK(hpr::SimSystemSource(hlt).hypervisorLaunchType().value() == "off");

    // before Windows 10 / Server 2016 the DeviceGuard WMI namespace does not exist
    SimMachine old =
        machine(R"({"os": {"product_name": "Windows Server 2012 R2 Standard", "edition_id": "ServerStandard",
        "build": 9600, "ubr": 21620, "display_version": "", "installation_type": "server"}})");
    auto dg = hpr::SimSystemSource(old).deviceGuard();
    CHECK_FALSE(dg.isKnown());
    CHECK(dg.reason() == hpr::UnknownReason::SourceMissing);
    CHECK_THAT(dg.detail(), Contains("WBEM_E_INVALID_NAMESPACE"));
    CHECK_FALSE(old.readValue(reg::kCurrentVersion, "DisplayVersion"));
}

TEST_CASE("the machine state survives JSON exactly", "[simmachine]")
{
    for (const auto &e : std::filesystem::directory_iterator(hpr::test::profilesDir())) {
        if (e.path().extension() != ".json")
            continue;
        INFO(e.path().string());
        auto p = hpr::loadSimProfile(e.path().string());
        REQUIRE(p);
        SimMachine m = SimMachine::fromProfile(*p);
        const json state = m.toStateJson();
        auto back = SimMachine::fromStateJson(json::parse(state.dump()), "state.json");
        REQUIRE(back);
        CHECK(back->toStateJson() == state);
        CHECK(back->toStateJson().dump() == state.dump());
        CHECK(back->profile() == m.profile());
        CHECK(back->runtime() == m.runtime());
        CHECK(back->now() == m.now());
    }

    // after changes that are not yet booted, the saved runtime state is kept (not recomputed)
    SimMachine m = shipped("x64-vbs-off");
    REQUIRE(m.writeValue(kDg, reg::kEnableVbs, RegValue::dword(1)));
    REQUIRE(m.writeValue("SOFTWARE\\Contoso", "Bin", RegValue{hpr::RegType::Binary, 0, {}, {}, {0, 1, 254}}));
    REQUIRE(m.writeValue("SOFTWARE\\Contoso", "Q", RegValue::qword(1LL << 40)));
    REQUIRE(m.writeValue("SOFTWARE\\Contoso", "E", RegValue{hpr::RegType::ExpandSz, 0, "%TEMP%", {}, {}}));
    m.setBcdHypervisorLaunchType("off");
    auto back = SimMachine::fromStateJson(m.toStateJson());
    REQUIRE(back);
    CHECK(back->toStateJson() == m.toStateJson());
    CHECK_FALSE(back->runtime().vbsRunning);
    CHECK(deviceGuard(*back).vbsStatus == 1);
    CHECK(back->readValue("software\\contoso", "bin") == m.readValue("SOFTWARE\\Contoso", "Bin"));
    CHECK(back->keyLastWriteTime("SOFTWARE\\Contoso") == m.keyLastWriteTime("SOFTWARE\\Contoso"));
    back->boot();
    CHECK_FALSE(back->runtime().vbsRunning); // hypervisorlaunchtype off from the saved BCD
    CHECK(back->runtime().hypervisorLaunchType == "off");

    auto bad = SimMachine::fromStateJson(json{{"schema", "other"}}, "state.json");
    REQUIRE_FALSE(bad);
    CHECK(bad.error().code == hpr::ErrorCode::BadInput);
    CHECK_THAT(bad.error().detail, Contains("state.json: /schema"));
    json broken = m.toStateJson();
    broken["runtime"].erase("vbs_running");
    auto missing = SimMachine::fromStateJson(broken, "state.json");
    REQUIRE_FALSE(missing);
    CHECK_THAT(missing.error().detail, Contains("state.json"));
}

TEST_CASE("a simulated device opens a profile by name or path", "[simmachine]")
{
    auto d = hpr::SimDevice::open("sim:x64-vbs-off", "x64-vbs-off", {});
    REQUIRE(d);
    CHECK((*d)->spec() == "sim:x64-vbs-off");
    CHECK((*d)->description() == "Simulated device BENCH-X64-02 (profile x64-vbs-off)");
    CHECK((*d)->machine().profile().name == "x64-vbs-off");
    CHECK_FALSE((*d)->machine().runtime().vbsRunning);

    auto byPath = hpr::SimDevice::open("sim:path", hpr::test::profilePath("arm64-ready"), {});
    REQUIRE(byPath);
    CHECK((*byPath)->machine().runtime().chpeDisabled);

    auto missing = hpr::SimDevice::open("sim:nope", "no-such-profile", {});
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == hpr::ErrorCode::NotFound);
    CHECK_THAT(missing.error().detail, Contains("no-such-profile"));

    hpr::test::TempDir dir;
    const std::string bad = (std::filesystem::path(dir.path()) / "bad.json").string();
    hpr::test::writeFile(bad, R"({"schema": "hotpatch-ready/profile/v1"})");
    auto invalid = hpr::SimDevice::open("sim:" + bad, bad, {});
    REQUIRE_FALSE(invalid);
    CHECK(invalid.error().code == hpr::ErrorCode::BadInput);
    CHECK_THAT(invalid.error().detail, Contains("bad.json: /name: expected a non-empty string")); // absolute path
}
