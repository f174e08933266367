// The ZIP writer and the diagnostic bundle: well-formed archives, the bundle's contents, and that making
// a bundle changes nothing on the device.
#include "engine/registrypaths.h"
#include "engine/zipwriter.h"
#include "platform/diagnosticbundle.h"
#include "platform/remediation.h"
#include "platform/sim/simdevice.h"
#include "testsupport.h"
#include "zipreader.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>

using namespace hpr;

namespace {

std::unique_ptr<SimDevice> openSim(const std::string &profile, const std::string &stateDir)
{
    auto d = SimDevice::open("sim:" + profile, profile, DeviceOptions{stateDir});
    REQUIRE(d);
    return std::move(*d);
}

BundleOptions bundleOptions(const std::string &spec, const std::string &stateDir)
{
    BundleOptions o;
    o.deviceSpec = spec;
    o.stateDir = stateDir;
    o.assess.asOf = "2026-11-25";
    o.generatedAt = "2026-11-25T12:00:00Z";
    return o;
}

} // namespace

TEST_CASE("zip: archives read back entry by entry, compressed or stored, with CRCs", "[bundle]")
{
    std::string big;
    for (int i = 0; i < 5000; ++i)
        big += "line " + std::to_string(i) + " of a compressible log\n";
    std::string binary;
    for (int i = 0; i < 4096; ++i)
        binary.push_back(char((i * 2654435761u) >> 13)); // incompressible-ish bytes
    const std::vector<ZipEntry> entries{{"a.txt", "hello\n", 1764072000},
                                        {"dir/log.txt", big, 1764072000},
                                        {"bin/noise.bin", binary, 0},
                                        {"empty", "", 1764072000},
                                        {"\xc3\xa4nderungen/journal.json", "{}", 1764072000}};
    auto zip = makeZip(entries);
    REQUIRE(zip);
    CHECK(zip->size() < big.size() / 4); // the log was deflated
    const auto files = test::readZip(*zip);
    REQUIRE(files.size() == entries.size());
    for (const auto &e : entries)
        CHECK(files.at(e.name) == e.data);
    CHECK(crc32Of("123456789") == 0xCBF43926u); // the check value of CRC-32/ISO-HDLC
}

TEST_CASE("zip: names that leave the archive, absolute or repeated names are refused", "[bundle]")
{
    for (const char *bad : {"../evil", "a/../../evil", "/etc/passwd", "", "a\\b"}) {
        auto zip = makeZip({{bad, "x", 0}});
        REQUIRE_FALSE(zip);
        CHECK(zip.error().code == ErrorCode::BadInput);
    }
    auto twice = makeZip({{"a", "1", 0}, {"a", "2", 0}});
    REQUIRE_FALSE(twice);
    CHECK(twice.error().detail.find("'a' appears twice") != std::string::npos);
    CHECK(makeZip({{"..a/b..", "fine: not a parent reference", 0}}));
}

TEST_CASE("bundle: report, raw answers, remediation state and logs; the device is unchanged", "[bundle]")
{
    test::TempDir dir;
    {
        auto d = openSim("x64-vbs-off", dir.path());
        Remediation r(*d, dir.path());
        CycleOptions o;
        o.assess.asOf = "2026-11-25";
        REQUIRE(r.apply(o));
    }
    const std::string logPath = dir.path() + "/hotpatch-ready.log";
    test::writeFile(logPath, "[2026-11-25 12:00:00] [info] apply: 2 values written\n");

    auto d = openSim("x64-vbs-off", dir.path());
    const auto registryBefore = d->machine().toStateJson().at("registry");
    BundleOptions options = bundleOptions("sim:x64-vbs-off", dir.path());
    options.logFiles = {logPath, dir.path() + "/no-such.log"};
    auto bundle = makeDiagnosticBundle(*d, options);
    REQUIRE(bundle);
    CHECK(d->machine().toStateJson().at("registry") == registryBefore);

    const auto files = test::readZip(bundle->zip);
    for (const char *name : {"README.txt", "report.json", "report.txt", "report.csv", "probes.json",
                             "state/sim-x64-vbs-off/journal.json", "logs/hotpatch-ready.log"}) {
        INFO(name);
        CHECK(files.count(name) == 1);
    }
    // the state folder of this device is <stateDir>/<stateKey>; its files sit under state/
    bool anyState = false;
    for (const auto &[name, data] : files)
        anyState = anyState || name.rfind("state/", 0) == 0;
    CHECK(anyState);

    const auto report = nlohmann::json::parse(files.at("report.json"));
    CHECK(report.at("schema") == "hotpatch-ready/report/v1");
    CHECK(report.at("device").at("spec") == "sim:x64-vbs-off");
    CHECK(files.at("logs/hotpatch-ready.log").find("2 values written") != std::string::npos);

    // every raw answer: the DeviceGuard registry values and Win32_DeviceGuard are among them
    const auto probes = nlohmann::json::parse(files.at("probes.json"));
    CHECK(probes.at("schema") == "hotpatch-ready/probes/v1");
    bool sawRegistry = false, sawDeviceGuard = false;
    for (const auto &e : probes.at("entries")) {
        if (e.at("probe") == "registry.value" && e.at("args").at("key") == reg::kDeviceGuard &&
            e.at("args").at("name") == "EnableVirtualizationBasedSecurity")
            sawRegistry = e.at("value").at("data") == 1; // apply wrote it
        sawDeviceGuard = sawDeviceGuard || e.at("probe") == "wmi.Win32_DeviceGuard";
    }
    CHECK(sawRegistry);
    CHECK(sawDeviceGuard);

    // README lists what is inside and what was left out (the missing log)
    const std::string &readme = files.at("README.txt");
    CHECK(readme.find("probes.json") != std::string::npos);
    CHECK(readme.find("no-such.log") == std::string::npos); // absent logs are not an error or a listing
    CHECK(readme.find("changed nothing") != std::string::npos);
}

TEST_CASE("bundle: offline evidence carries the evidence files that were read", "[bundle]")
{
    test::TempDir dir;
    const std::string folder = dir.path() + "/from-user";
    std::filesystem::create_directories(folder);
    std::filesystem::copy_file(test::testDataDir() + "/evidence/" + "07-systeminfo-hypervisor-detected-server2019.txt",
                               folder + "/systeminfo.txt");
    auto d = openDevice("evidence:" + folder, DeviceOptions{dir.path()});
    REQUIRE(d);
    auto bundle = makeDiagnosticBundle(**d, bundleOptions("evidence:" + folder, dir.path()));
    REQUIRE(bundle);
    const auto files = test::readZip(bundle->zip);
    REQUIRE(files.count("evidence/systeminfo.txt") == 1);
    CHECK(files.at("evidence/systeminfo.txt") == test::readFile(folder + "/systeminfo.txt"));
    CHECK(nlohmann::json::parse(files.at("probes.json")).at("entries").empty());
}
