// Profile loading and validation (app/platform/sim/simprofile.h, profilecatalog.h).

#include "platform/sim/profilecatalog.h"
#include "platform/sim/simprofile.h"
#include "testsupport.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>

using Catch::Matchers::Contains;
using nlohmann::json;

namespace {

/// The smallest valid profile: only the required fields.
constexpr const char *kMinimal = R"({
  "schema": "hotpatch-ready/profile/v1",
  "name": "minimal",
  "description": "smallest valid profile",
  "device": {"hostname": "MIN-01"},
  "os": {"product_name": "Windows 11 Enterprise", "edition_id": "Enterprise", "build": 26100, "ubr": 8875,
         "display_version": "24H2", "installation_type": "client"},
  "hardware": {"arch": "x64"},
  "firmware": {"type": "uefi"}
})";

/// A complete, capable profile used as the base of the "impossible combination" cases.
constexpr const char *kCapable = R"({
  "schema": "hotpatch-ready/profile/v1",
  "name": "capable",
  "description": "capable x64 device",
  "device": {"hostname": "CAP-01", "manufacturer": "Dell Inc.", "model": "Latitude 7440", "serial": "7XK2JQ3"},
  "os": {"product_name": "Windows 11 Enterprise", "edition_id": "Enterprise", "build": 26100, "ubr": 8875,
         "display_version": "24H2", "installation_type": "client"},
  "hardware": {"arch": "x64", "virtualization_extensions": true, "slat": true, "nx": true, "iommu": true,
               "tpm": "2.0"},
  "firmware": {"type": "uefi", "secure_boot": true, "virtualization_enabled": true, "kernel_dma_protection": true}
})";

/// base with an RFC 7386 merge patch applied (null removes a member), as profile text.
std::string patched(const char *base, const std::string &patch)
{
    json doc = json::parse(base);
    doc.merge_patch(json::parse(patch));
    return doc.dump(2);
}

/// base with one top-level member set to the given JSON text (unlike a merge patch, keeps nulls inside it).
std::string withMember(const char *base, const char *member, const std::string &text)
{
    json doc = json::parse(base);
    doc[member] = json::parse(text);
    return doc.dump(2);
}

/// The error message of a profile that must fail validation.
std::string errorOf(const std::string &text)
{
    auto r = hpr::parseSimProfile(text, "bad.json");
    REQUIRE_FALSE(r);
    CHECK(r.error().code == hpr::ErrorCode::BadInput);
    return r.error().detail;
}

/// Checks that the profile fails with a message naming the file, the JSON path and the expectation.
void checkRejected(const std::string &text, const std::string &path, const std::string &expectation)
{
    const std::string detail = errorOf(text);
    INFO(detail);
    CHECK_THAT(detail, Contains("bad.json: " + path + ": ") && Contains(expectation));
}

std::vector<std::string> shippedFiles()
{
    std::vector<std::string> files;
    for (const auto &e : std::filesystem::directory_iterator(hpr::test::profilesDir())) {
        if (e.path().extension() == ".json")
            files.push_back(e.path().string());
    }
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace

TEST_CASE("every shipped profile loads and is named after its file", "[simprofile]")
{
    const auto files = shippedFiles();
    REQUIRE(files.size() >= 23);
    for (const auto &file : files) {
        INFO(file);
        auto p = hpr::loadSimProfile(file);
        REQUIRE(p);
        CHECK(p->name + ".json" == std::filesystem::path(file).filename().string());
        CHECK(p->fileName == file);
        CHECK_FALSE(p->description.empty());
        CHECK_FALSE(p->hostname.empty());
        CHECK(p->hostname.size() <= 15); // NetBIOS computer names
        CHECK_FALSE(p->manufacturer.empty());
        CHECK_FALSE(p->model.empty());
    }
}

TEST_CASE("the profiles the product documents are all shipped", "[simprofile]")
{
    std::set<std::string> names;
    for (const auto &file : shippedFiles())
        names.insert(std::filesystem::path(file).stem().string());
    for (const char *n : {"x64-enterprise-24h2-ready",
                          "x64-vbs-off",
                          "x64-hvci-driver-flagged",
                          "arm64-chpe-on",
                          "arm64-ready",
                          "x64-secureboot-off-rpsf1",
                          "x64-virtualization-off-firmware",
                          "x64-legacy-bios",
                          "x64-no-tpm",
                          "x64-tpm12",
                          "x64-win11-pro",
                          "x64-win10-22h2",
                          "x64-behind-baseline",
                          "x64-not-mdm-enrolled",
                          "x64-gpo-vbs-off",
                          "x64-hypervisor-launch-off",
                          "vm-no-nested-virtualization",
                          "x64-pending-wu-restart",
                          "server-2025-datacenter",
                          "x64-vbs-set-not-rebooted",
                          "x64-home",
                          "x64-mdm-vbs-off",
                          "x64-dma-required-no-iommu",
                          "x64-not-elevated"}) {
        INFO(n);
        CHECK(names.count(n) == 1);
    }
    // docs/profiles.md lists each shipped profile
    const std::string doc = hpr::test::readFile(hpr::test::docsDir() + "/profiles.md");
    for (const auto &n : names)
        CHECK_THAT(doc, Contains("`" + n + "`"));
}

TEST_CASE("shipped profiles carry the builds they describe", "[simprofile]")
{
    auto ready = hpr::loadSimProfile(hpr::test::profilePath("x64-enterprise-24h2-ready"));
    REQUIRE(ready);
    CHECK(ready->build == 26100);
    CHECK(ready->ubr == 9106);
    auto win10 = hpr::loadSimProfile(hpr::test::profilePath("x64-win10-22h2"));
    REQUIRE(win10);
    CHECK(win10->build == 19045);
    CHECK(win10->ubr == 6456);
    CHECK(win10->displayVersion == "22H2");
    CHECK(win10->productName == "Windows 10 Enterprise");
    auto server = hpr::loadSimProfile(hpr::test::profilePath("server-2025-datacenter"));
    REQUIRE(server);
    CHECK(server->editionId == "ServerDatacenter");
    CHECK(server->installationType == "server");
    CHECK(server->ubr == 32690);
    CHECK(server->azureArcHotpatch);
    CHECK(server->mdm == "none");
    auto behind = hpr::loadSimProfile(hpr::test::profilePath("x64-behind-baseline"));
    REQUIRE(behind);
    CHECK(behind->ubr == 8246);
    auto vm = hpr::loadSimProfile(hpr::test::profilePath("vm-no-nested-virtualization"));
    REQUIRE(vm);
    REQUIRE(vm->isVirtualMachine());
    CHECK_FALSE(vm->virtualMachine->nestedVirtualization);
    CHECK(vm->model == "Virtual Machine");
}

TEST_CASE("optional fields get their documented defaults", "[simprofile]")
{
    auto r = hpr::parseSimProfile(kMinimal, "min.json");
    REQUIRE(r);
    const hpr::SimProfile &p = *r;
    CHECK(p.fileName == "min.json");
    CHECK(p.manufacturer.empty());
    CHECK(p.serial.empty());
    CHECK_FALSE(p.virtualizationExtensions);
    CHECK_FALSE(p.slat);
    CHECK(p.nx);
    CHECK_FALSE(p.iommu);
    CHECK_FALSE(p.secureMemoryOverwrite);
    CHECK_FALSE(p.smmMitigations);
    CHECK_FALSE(p.mbec);
    CHECK_FALSE(p.apicVirtualization);
    CHECK(p.tpm == "none");
    CHECK_FALSE(p.isVirtualMachine());
    CHECK_FALSE(p.secureBoot);
    CHECK_FALSE(p.firmwareVirtualizationEnabled);
    CHECK_FALSE(p.kernelDmaProtection);
    CHECK(p.hypervisorLaunchType == "auto");
    CHECK_FALSE(p.hypervRole);
    CHECK(hpr::formatUtcTime(p.lastBoot) == "2026-11-24T08:00:00Z");
    CHECK(p.mdm == "none");
    CHECK(p.entraJoin == "none");
    CHECK_FALSE(p.domainJoined);
    CHECK_FALSE(p.hotpatchPolicy.has_value());
    CHECK_FALSE(p.azureArcHotpatch);
    CHECK(p.elevated);
    CHECK(p.pendingReboot.empty());
    CHECK(p.registry.empty());
    CHECK(p.changesSinceBoot.empty());

    // null means "absent" where the schema says so
    auto withNulls = hpr::parseSimProfile(
        patched(kMinimal, R"({"hardware": {"virtual_machine": null}, "management": {"hotpatch_policy": null}})"),
        "n.json");
    REQUIRE(withNulls);
    CHECK_FALSE(withNulls->isVirtualMachine());
    CHECK_FALSE(withNulls->hotpatchPolicy.has_value());
    auto policyOff = hpr::parseSimProfile(patched(kMinimal, R"({"management": {"hotpatch_policy": false}})"), "f.json");
    REQUIRE(policyOff);
    REQUIRE(policyOff->hotpatchPolicy.has_value());
    CHECK_FALSE(*policyOff->hotpatchPolicy);
}

TEST_CASE("a missing file is NotFound and names the path", "[simprofile]")
{
    hpr::test::TempDir dir;
    const std::string path = dir.path() + "/does-not-exist.json";
    auto r = hpr::loadSimProfile(path);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == hpr::ErrorCode::NotFound);
    CHECK_THAT(r.error().detail, Contains(path));
}

TEST_CASE("a file that is not JSON is rejected with its line and column", "[simprofile]")
{
    const std::string text = "{\n  \"schema\": \"hotpatch-ready/profile/v1\",\n  \"name\": tru\n}\n";
    const std::string detail = errorOf(text);
    INFO(detail);
    CHECK_THAT(detail, Contains("bad.json: line 3, column 14: expected valid JSON"));

    const std::string trailingComma = "{\n  \"schema\": \"hotpatch-ready/profile/v1\",\n}";
    CHECK_THAT(errorOf(trailingComma), Contains("bad.json: line 3, column 1: expected valid JSON"));
    CHECK_THAT(errorOf(""), Contains("bad.json: line 1, column 1: expected valid JSON"));

    // the same through a file on disk: the message names the path
    hpr::test::TempDir dir;
    const std::string path = dir.path() + "/broken.json";
    hpr::test::writeFile(path, "{\"schema\": \"hotpatch-ready/profile/v1\", \"name\": [1, 2}\n");
    auto r = hpr::loadSimProfile(path);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == hpr::ErrorCode::BadInput);
    CHECK_THAT(r.error().detail, Contains(path + ": line 1, column 54"));
}

TEST_CASE("the root must be an object with the right schema id", "[simprofile]")
{
    CHECK_THAT(errorOf("[1, 2]"), Contains("bad.json: /: expected a profile object, got an array"));
    checkRejected(patched(kMinimal, R"({"schema": "hotpatch-ready/profile/v2"})"), "/schema",
                  R"(expected "hotpatch-ready/profile/v1", got "hotpatch-ready/profile/v2")");
    checkRejected(patched(kMinimal, R"({"schema": 1})"), "/schema", R"(expected "hotpatch-ready/profile/v1", got 1)");
}

TEST_CASE("unknown keys are rejected at every level", "[simprofile]")
{
    checkRejected(patched(kMinimal, R"({"colour": "blue"})"), "/colour", "unknown key; expected one of \"schema\"");
    checkRejected(patched(kMinimal, R"({"device": {"host": "X"}})"), "/device/host",
                  "unknown key; expected one of \"hostname\", \"manufacturer\", \"model\", \"serial\"");
    checkRejected(patched(kMinimal, R"({"os": {"edition": "Enterprise"}})"), "/os/edition", "unknown key");
    checkRejected(patched(kMinimal, R"({"hardware": {"tmp": "2.0"}})"), "/hardware/tmp", "unknown key");
    checkRejected(patched(kMinimal, R"({"hardware": {"virtual_machine": {"host": "Hyper-V", "nested": true}}})"),
                  "/hardware/virtual_machine/nested",
                  "unknown key; expected one of \"host\", \"nested_virtualization\"");
    checkRejected(patched(kMinimal, R"({"firmware": {"secureboot": true}})"), "/firmware/secureboot", "unknown key");
    checkRejected(patched(kMinimal, R"({"boot": {"lastboot": "2026-11-24T08:00:00Z"}})"), "/boot/lastboot",
                  "unknown key");
    checkRejected(patched(kMinimal, R"({"management": {"intune": true}})"), "/management/intune", "unknown key");
    checkRejected(patched(kMinimal, R"({"session": {"admin": true}})"), "/session/admin",
                  "unknown key; expected one of \"elevated\"");
    // inside the registry sections the keys are paths, but an explicit value has only "type" and "data"
    checkRejected(patched(kMinimal, R"({"registry": {"SOFTWARE\\Contoso": {"V": {"type": "REG_SZ", "data": "x",
                  "value": "y"}}}})"),
                  "/registry/SOFTWARE\\Contoso/V/value", "unknown key; expected one of \"type\", \"data\"");
    // a key with "/" is escaped the JSON-pointer way
    checkRejected(patched(kMinimal, R"({"registry": {"SOFTWARE\\A/B": {"V": true}}})"), "/registry/SOFTWARE\\A~1B/V",
                  "expected an integer (REG_DWORD)");
}

TEST_CASE("wrong types are rejected with what was expected", "[simprofile]")
{
    checkRejected(patched(kMinimal, R"({"os": {"build": "26100"}})"), "/os/build",
                  R"(expected an integer from 1 to 99999, got "26100")");
    checkRejected(patched(kMinimal, R"({"os": {"ubr": -1}})"), "/os/ubr",
                  "expected an integer from 0 to 4294967295, got -1");
    checkRejected(patched(kMinimal, R"({"os": {"ubr": 88.75}})"), "/os/ubr", "expected an integer");
    checkRejected(patched(kMinimal, R"({"name": ""})"), "/name", R"(expected a non-empty string, got "")");
    checkRejected(patched(kMinimal, R"({"device": "MIN-01"})"), "/device", R"(expected an object, got "MIN-01")");
    checkRejected(patched(kMinimal, R"({"device": {"model": 7440}})"), "/device/model", "expected a string, got 7440");
    checkRejected(patched(kMinimal, R"({"firmware": {"secure_boot": "yes"}})"), "/firmware/secure_boot",
                  R"(expected true or false, got "yes")");
    checkRejected(patched(kMinimal, R"({"hardware": {"nx": 1}})"), "/hardware/nx", "expected true or false, got 1");
    checkRejected(patched(kMinimal, R"({"hardware": {"virtual_machine": "Hyper-V"}})"), "/hardware/virtual_machine",
                  "expected an object or null");
    checkRejected(patched(kMinimal, R"({"management": {"hotpatch_policy": 1}})"), "/management/hotpatch_policy",
                  "expected true, false or null, got 1");
    checkRejected(patched(kMinimal, R"({"session": {"elevated": "no"}})"), "/session/elevated",
                  R"(expected true or false, got "no")");
    // null is "absent" only where the schema says so (a merge patch cannot write null, so the text is literal)
    const std::string nullElevated = R"({"schema": "hotpatch-ready/profile/v1", "name": "n", "description": "d",
        "device": {"hostname": "N-01"}, "hardware": {"arch": "x64"}, "firmware": {"type": "uefi"},
        "os": {"product_name": "Windows 11 Pro", "edition_id": "Professional", "build": 26100, "ubr": 8875,
               "display_version": "24H2", "installation_type": "client"},
        "session": {"elevated": null}})";
    checkRejected(nullElevated, "/session/elevated", "expected true or false, got null");
}

TEST_CASE("out-of-range enumerations are rejected", "[simprofile]")
{
    const std::string tpm = errorOf(patched(kMinimal, R"({"hardware": {"tpm": "3.0"}})"));
    CHECK(tpm == R"(bad.json: /hardware/tpm: expected one of "2.0", "1.2", "none", got "3.0")");
    checkRejected(patched(kMinimal, R"({"hardware": {"arch": "arm"}})"), "/hardware/arch",
                  R"(expected one of "x64", "arm64", "x86", got "arm")");
    checkRejected(patched(kMinimal, R"({"firmware": {"type": "efi"}})"), "/firmware/type",
                  R"(expected one of "uefi", "bios", got "efi")");
    checkRejected(patched(kMinimal, R"({"os": {"installation_type": "Server Core"}})"), "/os/installation_type",
                  R"(expected one of "client", "server", got "Server Core")");
    checkRejected(patched(kMinimal, R"({"boot": {"hypervisor_launch_type": "on"}})"), "/boot/hypervisor_launch_type",
                  R"(expected one of "auto", "off", got "on")");
    checkRejected(patched(kMinimal, R"({"management": {"mdm": "jamf"}})"), "/management/mdm",
                  R"(expected one of "intune", "other", "none", got "jamf")");
    checkRejected(patched(kMinimal, R"({"management": {"entra_join": "hybrid"}})"), "/management/entra_join",
                  R"(expected one of "none", "entra_joined", "workplace_registered", got "hybrid")");
    checkRejected(
        patched(kMinimal, R"({"pending_reboot": ["windows_update", "reboot"]})"), "/pending_reboot/1",
        R"(expected one of "windows_update", "component_servicing", "file_rename", "computer_rename", got "reboot")");
    checkRejected(patched(kMinimal, R"({"pending_reboot": ["file_rename", "file_rename"]})"), "/pending_reboot/1",
                  "expected each reason once");
    checkRejected(patched(kMinimal, R"({"pending_reboot": "file_rename"})"), "/pending_reboot",
                  R"(expected an array, got "file_rename")");
    checkRejected(patched(kMinimal, R"({"boot": {"last_boot": "2026-11-24 08:00"}})"), "/boot/last_boot",
                  R"(expected a UTC time such as "2026-11-24T08:00:00Z", got "2026-11-24 08:00")");
    checkRejected(patched(kMinimal, R"({"boot": {"last_boot": "2026-02-30T08:00:00Z"}})"), "/boot/last_boot",
                  "expected a UTC time");
    // Kernel drivers: each field named with its index.
    checkRejected(patched(kMinimal, R"({"kernel_drivers": {"service": "x"}})"), "/kernel_drivers",
                  "expected an array of drivers");
    checkRejected(patched(kMinimal, R"({"kernel_drivers": [{"file": "C:/x.sys"}]})"), "/kernel_drivers/0/service",
                  "the field is missing");
    checkRejected(patched(kMinimal, R"({"kernel_drivers": [{"service": "x", "file": "C:/x.sys", "start": 5}]})"),
                  "/kernel_drivers/0/start", "expected an integer from 0 to 4, got 5");
    checkRejected(patched(kMinimal, R"({"kernel_drivers": [{"service": "x", "file": "C:/x.sys", )"
                                    R"("sections": [{"name": ".text", "access": "wx"}]}]})"),
                  "/kernel_drivers/0/sections/0/access", R"(expected one of "r", "rw", "rx", "rwx", got "wx")");
    checkRejected(patched(kMinimal, R"({"kernel_drivers": [{"service": "x", "file": "C:/x.sys", )"
                                    R"("sections": [{"name": "TOOLONGNAME", "access": "r"}]}]})"),
                  "/kernel_drivers/0/sections/0/name", "at most 8 characters");
    checkRejected(patched(kMinimal, R"({"kernel_drivers": [{"service": "x", "file": "C:/x.sys", "signed": true}]})"),
                  "/kernel_drivers/0/signed", "unknown key");
}

TEST_CASE("missing required fields are named", "[simprofile]")
{
    struct Case
    {
        const char *patch, *path, *expectation;
    };
    const Case cases[] = {
        {R"({"schema": null})", "/schema", R"(expected "hotpatch-ready/profile/v1", but the field is missing)"},
        {R"({"name": null})", "/name", "expected a non-empty string, but the field is missing"},
        {R"({"description": null})", "/description", "expected a non-empty string, but the field is missing"},
        {R"({"device": null})", "/device", "expected an object, but the field is missing"},
        {R"({"device": {"hostname": null}})", "/device/hostname", "but the field is missing"},
        {R"({"os": null})", "/os", "expected an object, but the field is missing"},
        {R"({"os": {"product_name": null}})", "/os/product_name", "but the field is missing"},
        {R"({"os": {"edition_id": null}})", "/os/edition_id", "but the field is missing"},
        {R"({"os": {"build": null}})", "/os/build", "expected an integer from 1 to 99999, but the field is missing"},
        {R"({"os": {"ubr": null}})", "/os/ubr", "expected an integer from 0 to 4294967295, but the field is missing"},
        {R"({"os": {"display_version": null}})", "/os/display_version", "expected a string, but the field is missing"},
        {R"({"os": {"installation_type": null}})", "/os/installation_type",
         R"(expected one of "client", "server", but the field is missing)"},
        {R"({"hardware": {"arch": null}})", "/hardware/arch",
         R"(expected one of "x64", "arm64", "x86", but the field is missing)"},
        {R"({"firmware": {"type": null}})", "/firmware/type",
         R"(expected one of "uefi", "bios", but the field is missing)"},
    };
    for (const Case &c : cases) {
        INFO(c.patch);
        checkRejected(patched(kMinimal, c.patch), c.path, c.expectation);
    }
}

TEST_CASE("several errors are reported together, one per line", "[simprofile]")
{
    const std::string detail =
        errorOf(patched(kMinimal, R"({"hardware": {"tpm": "3.0", "arch": "mips"}, "firmware": {"type": "efi"}})"));
    CHECK_THAT(detail, Contains("bad.json: /hardware/tpm: ") && Contains("bad.json: /hardware/arch: ") &&
                           Contains("bad.json: /firmware/type: "));
    CHECK(std::count(detail.begin(), detail.end(), '\n') == 2);
}

TEST_CASE("impossible combinations are rejected", "[simprofile]")
{
    REQUIRE(hpr::parseSimProfile(kCapable, "capable.json"));

    checkRejected(patched(kCapable, R"({"firmware": {"type": "bios", "kernel_dma_protection": false}})"),
                  "/firmware/secure_boot", R"(expected false when /firmware/type is "bios")");
    checkRejected(patched(kCapable, R"({"firmware": {"type": "bios", "secure_boot": false}})"),
                  "/firmware/kernel_dma_protection", R"(expected false when /firmware/type is "bios")");
    checkRejected(patched(kCapable, R"({"hardware": {"iommu": false}})"), "/firmware/kernel_dma_protection",
                  "expected false when /hardware/iommu is false");
    checkRejected(patched(kCapable, R"({"hardware": {"virtualization_extensions": false},
                                        "firmware": {"virtualization_enabled": false}})"),
                  "/hardware/slat", "expected false when /hardware/virtualization_extensions is false");
    checkRejected(patched(kCapable, R"({"hardware": {"virtualization_extensions": false, "slat": false}})"),
                  "/firmware/virtualization_enabled",
                  "expected false when /hardware/virtualization_extensions is false");
    checkRejected(patched(kCapable, R"({"hardware": {"virtual_machine": {"host": "Hyper-V"}}})"),
                  "/hardware/virtualization_extensions",
                  "expected false for a virtual machine without /hardware/virtual_machine/nested_virtualization");
    checkRejected(patched(kCapable, R"({"hardware": {"arch": "x86"}})"), "/hardware/arch",
                  "expected \"x64\" or \"arm64\" for build 26100");
    checkRejected(
        patched(kCapable, R"({"os": {"installation_type": "server"}})"), "/os/edition_id",
        R"(expected an edition starting with "Server" (e.g. "ServerDatacenter") when /os/installation_type is )"
        R"("server", got "Enterprise")");
    checkRejected(patched(kCapable, R"({"os": {"edition_id": "ServerStandard"}})"), "/os/edition_id",
                  R"(expected a client edition (not starting with "Server") when /os/installation_type is "client")");

    // the possible neighbours of those combinations load
    CHECK(hpr::parseSimProfile(patched(kCapable, R"({"hardware": {"arch": "x86"},
                                                    "os": {"build": 19045, "ubr": 6456, "display_version": "22H2"}})"),
                               "x86-win10.json"));
    CHECK(hpr::parseSimProfile(patched(kCapable, R"({"hardware": {"virtual_machine": {"host": "Hyper-V",
                                                    "nested_virtualization": true}}})"),
                               "nested.json"));
    CHECK(hpr::parseSimProfile(patched(kCapable, R"({"os": {"installation_type": "server",
        "edition_id": "ServerStandard", "product_name": "Windows Server 2025 Standard"}})"),
                               "server.json"));
    CHECK(hpr::parseSimProfile(patched(kCapable, R"({"firmware": {"secure_boot": false}})"), "sb-off.json"));
}

TEST_CASE("registry values: shorthand, explicit types and their ranges", "[simprofile]")
{
    const std::string text = patched(kMinimal, R"({"registry": {
        "HKLM\\SOFTWARE\\Contoso": {
            "Dword": 4294967295, "Text": "hello", "Multi": ["a", "b"],
            "Qword": {"type": "REG_QWORD", "data": 9223372036854775807},
            "Expand": {"type": "REG_EXPAND_SZ", "data": "%SystemRoot%\\x"},
            "Bin": {"type": "REG_BINARY", "data": "01aBff"},
            "ExplicitMulti": {"type": "REG_MULTI_SZ", "data": []},
            "ExplicitDword": {"type": "REG_DWORD", "data": 0}
        },
        "HKEY_LOCAL_MACHINE\\SYSTEM\\Empty\\": {}
    }})");
    auto r = hpr::parseSimProfile(text, "reg.json");
    REQUIRE(r);
    REQUIRE(r->registry.size() == 2);
    // paths lose their hive prefix and trailing backslash
    const auto contoso = std::find_if(r->registry.begin(), r->registry.end(),
                                      [](const auto &k) { return k.path == "SOFTWARE\\Contoso"; });
    const auto empty =
        std::find_if(r->registry.begin(), r->registry.end(), [](const auto &k) { return k.path == "SYSTEM\\Empty"; });
    REQUIRE(contoso != r->registry.end());
    REQUIRE(empty != r->registry.end());
    CHECK(empty->values.empty());
    auto value = [&](const std::string &name) {
        for (const auto &[n, v] : contoso->values) {
            if (n == name)
                return *v;
        }
        return hpr::RegValue::sz("<missing " + name + ">");
    };
    CHECK(value("Dword") == hpr::RegValue::dword(4294967295LL));
    CHECK(value("Text") == hpr::RegValue::sz("hello"));
    CHECK(value("Multi") == hpr::RegValue::multiSz({"a", "b"}));
    CHECK(value("Qword") == hpr::RegValue::qword(9223372036854775807LL));
    CHECK(value("Expand").type == hpr::RegType::ExpandSz);
    CHECK(value("Expand").text == "%SystemRoot%\\x");
    CHECK(value("Bin").binary == std::vector<std::uint8_t>{0x01, 0xab, 0xff});
    CHECK(value("ExplicitMulti") == hpr::RegValue::multiSz({}));
    CHECK(value("ExplicitDword") == hpr::RegValue::dword(0));

    const std::string key = R"({"registry": {"SOFTWARE\\Contoso": {"V": )";
    checkRejected(patched(kMinimal, key + "4294967296}}}"), "/registry/SOFTWARE\\Contoso/V",
                  "expected a REG_DWORD from 0 to 4294967295, got 4294967296");
    checkRejected(patched(kMinimal, key + "-1}}}"), "/registry/SOFTWARE\\Contoso/V",
                  "expected a REG_DWORD from 0 to 4294967295, got -1");
    checkRejected(patched(kMinimal, key + R"({"type": "REG_DWORD", "data": 5000000000}}}})"),
                  "/registry/SOFTWARE\\Contoso/V/data", "expected a REG_DWORD from 0 to 4294967295, got 5000000000");
    checkRejected(patched(kMinimal, key + R"({"type": "REG_DWORD", "data": "1"}}}})"),
                  "/registry/SOFTWARE\\Contoso/V/data", R"(expected a REG_DWORD from 0 to 4294967295, got "1")");
    checkRejected(
        patched(kMinimal, key + R"({"type": "REG_WORD", "data": 1}}}})"), "/registry/SOFTWARE\\Contoso/V/type",
        R"(expected one of "REG_DWORD", "REG_QWORD", "REG_SZ", "REG_EXPAND_SZ", "REG_MULTI_SZ", "REG_BINARY", )"
        R"(got "REG_WORD")");
    checkRejected(patched(kMinimal, key + R"({"type": "REG_SZ"}}}})"), "/registry/SOFTWARE\\Contoso/V/data",
                  "expected the value's data, but the field is missing");
    checkRejected(patched(kMinimal, key + R"({"type": "REG_BINARY", "data": "0g"}}}})"),
                  "/registry/SOFTWARE\\Contoso/V/data", "expected a string of hex digit pairs");
    checkRejected(patched(kMinimal, key + R"({"type": "REG_BINARY", "data": "012"}}}})"),
                  "/registry/SOFTWARE\\Contoso/V/data", "expected a string of hex digit pairs");
    checkRejected(patched(kMinimal, key + R"(["a", 2]}}})"), "/registry/SOFTWARE\\Contoso/V/1",
                  "expected a string (REG_MULTI_SZ item), got 2");
    checkRejected(patched(kMinimal, key + "true}}}"), "/registry/SOFTWARE\\Contoso/V",
                  "expected an integer (REG_DWORD), a string (REG_SZ), an array of strings (REG_MULTI_SZ)");
    checkRejected(patched(kMinimal, R"({"registry": {"HKCU\\Software\\Contoso": {"V": 1}}})"),
                  "/registry/HKCU\\Software\\Contoso", "expected a key path under HKEY_LOCAL_MACHINE");
    checkRejected(patched(kMinimal, R"({"registry": {"SOFTWARE\\\\Contoso": {"V": 1}}})"),
                  "/registry/SOFTWARE\\\\Contoso", "no empty key names");
    checkRejected(patched(kMinimal, R"({"registry": {"SOFTWARE\\Contoso": {"V": 1}, "HKLM\\software\\contoso": {}}})"),
                  "/registry/SOFTWARE\\Contoso", "expected each key once");
    checkRejected(patched(kMinimal, R"({"registry": {"SOFTWARE\\Contoso": {"Value": 1, "VALUE": 2}}})"),
                  "/registry/SOFTWARE\\Contoso/Value", "expected each value name once"); // members sort "VALUE" first
    checkRejected(withMember(kMinimal, "registry", R"({"SOFTWARE\\Contoso": null})"), "/registry/SOFTWARE\\Contoso",
                  "expected an object of value names, got null");
    // null deletes only in changes_since_boot
    checkRejected(withMember(kMinimal, "registry", R"({"SOFTWARE\\Contoso": {"V": null}})"),
                  "/registry/SOFTWARE\\Contoso/V", "expected an integer (REG_DWORD)");
    checkRejected(withMember(kMinimal, "changes_since_boot", R"({"SOFTWARE\\Contoso": 1})"),
                  "/changes_since_boot/SOFTWARE\\Contoso", "expected an object of value names or null, got 1");
}

TEST_CASE("changes_since_boot accepts null to delete values and keys", "[simprofile]")
{
    auto r = hpr::parseSimProfile(withMember(kMinimal, "changes_since_boot", R"({
        "SYSTEM\\CurrentControlSet\\Control\\DeviceGuard": {"EnableVirtualizationBasedSecurity": 1, "Locked": null},
        "SOFTWARE\\Contoso": null})"),
                                  "c.json");
    REQUIRE(r);
    REQUIRE(r->changesSinceBoot.size() == 2);
    CHECK(r->changesSinceBoot[0].path == "SOFTWARE\\Contoso");
    CHECK(r->changesSinceBoot[0].deleteKey);
    const auto &dg = r->changesSinceBoot[1];
    CHECK_FALSE(dg.deleteKey);
    REQUIRE(dg.values.size() == 2);
    CHECK(dg.values[0].first == "EnableVirtualizationBasedSecurity");
    CHECK(dg.values[0].second == hpr::RegValue::dword(1));
    CHECK(dg.values[1].first == "Locked");
    CHECK_FALSE(dg.values[1].second.has_value());
}

TEST_CASE("a profile survives simProfileToJson and back unchanged", "[simprofile]")
{
    for (const auto &file : shippedFiles()) {
        INFO(file);
        auto p = hpr::loadSimProfile(file);
        REQUIRE(p);
        const json doc = hpr::simProfileToJson(*p);
        auto back = hpr::simProfileFromJson(json::parse(doc.dump()), file);
        REQUIRE(back);
        CHECK(*back == *p);
    }
}

TEST_CASE("UTC times parse and format exactly", "[simprofile]")
{
    for (const char *t : {"1970-01-01T00:00:00Z", "2026-11-24T08:00:00Z", "2024-02-29T23:59:59Z",
                          "2000-03-01T12:34:56Z", "1969-12-31T23:59:59Z"}) {
        auto s = hpr::parseUtcTime(t);
        REQUIRE(s);
        CHECK(hpr::formatUtcTime(*s) == t);
    }
    CHECK(*hpr::parseUtcTime("1970-01-02T00:00:00Z") == 86400);
    CHECK(*hpr::parseUtcTime("2026-11-24T08:00:00Z") == 1795507200);
    for (const char *bad : {"2026-11-24T08:00:00", "2026-11-24T24:00:00Z", "2025-02-29T00:00:00Z",
                            "2026-13-01T00:00:00Z", "2026-11-24T08:00:00+01:00", ""})
        CHECK_FALSE(hpr::parseUtcTime(bad).has_value());
}

TEST_CASE("the catalog lists and resolves shipped profiles", "[simprofile]")
{
    const std::string dir = hpr::shippedProfilesDir();
    REQUIRE_FALSE(dir.empty());
    CHECK(std::filesystem::path(dir).is_absolute());

    const auto list = hpr::shippedProfiles();
    std::size_t files = 0;
    for (const auto &e : std::filesystem::directory_iterator(dir))
        files += e.path().extension() == ".json" ? 1 : 0;
    REQUIRE(list.size() == files);
    REQUIRE(list.size() >= 23);
    CHECK(std::is_sorted(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.name < b.name; }));
    const auto vbsOff = std::find_if(list.begin(), list.end(), [](const auto &p) { return p.name == "x64-vbs-off"; });
    REQUIRE(vbsOff != list.end());
    CHECK(std::filesystem::path(vbsOff->path).is_absolute());
    CHECK_THAT(vbsOff->description, Contains("VBS"));

    auto byName = hpr::resolveProfile("x64-vbs-off");
    REQUIRE(byName);
    CHECK(*byName == vbsOff->path);
    auto withExt = hpr::resolveProfile("x64-vbs-off.json");
    REQUIRE(withExt);
    CHECK(*withExt == vbsOff->path);
    auto byPath = hpr::resolveProfile(hpr::test::profilePath("x64-vbs-off"));
    REQUIRE(byPath);
    CHECK(std::filesystem::equivalent(*byPath, vbsOff->path));
    CHECK_FALSE(hpr::resolveProfile("no-such-profile"));
    CHECK_FALSE(hpr::resolveProfile("some/dir/no-such-profile.json"));
    CHECK_FALSE(hpr::resolveProfile(""));
}

#ifndef _WIN32
TEST_CASE("HPR_PROFILES_DIR overrides the shipped profiles directory", "[simprofile]")
{
    hpr::test::TempDir dir;
    hpr::test::writeFile(dir.path() + "/zeta.json", patched(kMinimal, R"({"name": "zeta", "description": "Z"})"));
    hpr::test::writeFile(dir.path() + "/alpha.json", patched(kMinimal, R"({"name": "alpha", "description": "A"})"));
    hpr::test::writeFile(dir.path() + "/broken.json", "{ not json");
    hpr::test::writeFile(dir.path() + "/notes.txt", "not a profile");
    const char *old = std::getenv("HPR_PROFILES_DIR");
    const std::string saved = old ? old : "";
    ::setenv("HPR_PROFILES_DIR", dir.path().c_str(), 1);

    const std::string found = hpr::shippedProfilesDir();
    const auto list = hpr::shippedProfiles();
    const auto alpha = hpr::resolveProfile("alpha");

    if (old)
        ::setenv("HPR_PROFILES_DIR", saved.c_str(), 1);
    else
        ::unsetenv("HPR_PROFILES_DIR");

    CHECK(std::filesystem::equivalent(found, dir.path()));
    REQUIRE(list.size() == 2); // the broken file and the .txt are skipped
    CHECK(list[0].name == "alpha");
    CHECK(list[0].description == "A");
    CHECK(list[1].name == "zeta");
    REQUIRE(alpha);
    CHECK(std::filesystem::equivalent(*alpha, dir.path() + "/alpha.json"));
}
#endif
