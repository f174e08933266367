// The static memory-integrity check of a driver's PE headers (app/engine/pecheck.h, windows-facts-2.md C.2):
// headers built as a linker writes them and read back; what breaks the rules; damaged files; on Windows (Wine),
// this test program's own file. Then the fact drivers.hvci_concerns on the simulated device, the plan's warning and the
// verification after the restart.

#include "engine/assessment.h"
#include "engine/durablefile.h"
#include "engine/pecheck.h"
#include "engine/plan.h"
#include "engine/registrypaths.h"
#include "platform/remediation.h"
#include "platform/sim/simdevice.h"
#include "platform/sim/simprofile.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#ifdef _WIN32
#include <windows.h>
#endif

using namespace hpr;

namespace {

constexpr std::uint32_t kRx = kPeSectionRead | kPeSectionExecute;
constexpr std::uint32_t kRw = kPeSectionRead | kPeSectionWrite;
constexpr std::uint32_t kRwx = kPeSectionRead | kPeSectionWrite | kPeSectionExecute;

} // namespace

TEST_CASE("pe check: a driver that follows the rules has no concerns", "[pecheck]")
{
    const std::string bytes = buildPeHeaders(0x8664, 0x1000, {{".text", kRx}, {".data", kRw}, {"INIT", kRx}});
    auto pe = readPeHeaders(bytes);
    REQUIRE(pe);
    CHECK(pe->machine == 0x8664);
    CHECK(pe->sectionAlignment == 0x1000);
    REQUIRE(pe->sections.size() == 3);
    CHECK(pe->sections[0].name == ".text");
    CHECK(pe->sections[2].name == "INIT");
    CHECK(pe->sections[1].characteristics == kRw);
    CHECK(hvciConcerns(*pe).empty());
    // A larger multiple of the page is fine too.
    CHECK(hvciConcerns(*readPeHeaders(buildPeHeaders(0x8664, 0x2000, {{".text", kRx}}))).empty());
}

TEST_CASE("pe check: writable and executable sections and a small alignment are named", "[pecheck]")
{
    auto pe = readPeHeaders(buildPeHeaders(0x8664, 0x200, {{".text", kRx}, {"INIT", kRwx}, {"PAGEwx", kRwx}}));
    REQUIRE(pe);
    const auto concerns = hvciConcerns(*pe);
    REQUIRE(concerns.size() == 3);
    CHECK(concerns[0] == "section INIT is writable and executable");
    CHECK(concerns[1] == "section PAGEwx is writable and executable");
    CHECK(concerns[2] == "section alignment 0x200, not a multiple of 0x1000");
    // An eight-character name fills its field without a terminating NUL.
    auto eight = readPeHeaders(buildPeHeaders(0xAA64, 0x1000, {{"ABCDEFGH", kRwx}}));
    REQUIRE(eight);
    CHECK(eight->machine == 0xAA64);
    CHECK(hvciConcerns(*eight) == std::vector<std::string>{"section ABCDEFGH is writable and executable"});
}

TEST_CASE("pe check: damaged or foreign files are refused with the reason", "[pecheck]")
{
    const std::string good = buildPeHeaders(0x8664, 0x1000, {{".text", kRx}, {".data", kRw}});
    auto refused = [](const std::string &bytes, const char *why) {
        auto pe = readPeHeaders(bytes);
        REQUIRE_FALSE(pe);
        CHECK(pe.error().code == ErrorCode::BadInput);
        INFO(pe.error().detail);
        CHECK(pe.error().detail.find(why) != std::string::npos);
    };
    refused("", "no MZ header");
    refused(std::string("\x7f"
                        "ELF") +
                std::string(100, '\0'),
            "no MZ header");
    std::string noPe = good;
    noPe[0x80] = 'X';
    refused(noPe, "no PE signature at 0x80");
    std::string farPe = good;
    farPe[0x3C] = '\xff';
    farPe[0x3D] = '\xff';
    refused(farPe, "no PE signature");
    refused(good.substr(0, 0x80 + 24 + 100), "optional header is truncated");
    refused(good.substr(0, good.size() - 1), "section table (2 sections) is truncated");
    std::string rom = good;
    rom[0x80 + 24] = '\x07';
    rom[0x80 + 25] = '\x01';
    refused(rom, "neither PE32 nor PE32+");
}

#ifdef _WIN32
TEST_CASE("pe check: this test program's own file, as the mingw-w64 linker wrote it", "[pecheck][win32]")
{
    wchar_t path[MAX_PATH];
    REQUIRE(GetModuleFileNameW(nullptr, path, MAX_PATH) > 0);
    char narrow[MAX_PATH * 3];
    REQUIRE(WideCharToMultiByte(CP_UTF8, 0, path, -1, narrow, sizeof narrow, nullptr, nullptr) > 0);
    auto bytes = readWholeFile(narrow);
    REQUIRE(bytes);
    auto pe = readPeHeaders(std::string_view(*bytes).substr(0, 64 * 1024));
    REQUIRE(pe);
    CHECK(pe->machine == 0x8664);
    CHECK(pe->sectionAlignment == 0x1000);
    bool text = false;
    for (const auto &s : pe->sections)
        text = text || (s.name == ".text" && (s.characteristics & kPeSectionExecute));
    CHECK(text);
    CHECK(hvciConcerns(*pe).empty()); // mingw-w64 writes no writable code section
}
#endif

// ---------------------------------------------------------------------------------------------------------

namespace {

DeviceFacts probeProfile(const SimProfile &profile)
{
    SimDevice device("sim:" + profile.name, SimMachine::fromProfile(profile));
    auto facts = device.probe();
    REQUIRE(facts);
    return *facts;
}

} // namespace

TEST_CASE("pe check: the collector checks every enabled driver service's file, wherever ImagePath points",
          "[pecheck][sim]")
{
    auto loaded = loadSimProfile(test::profilePath("x64-vbs-off"));
    REQUIRE(loaded);
    SimProfile p = *loaded;
    // A profile without third-party drivers: known, nothing found.
    const DeviceFacts clean = probeProfile(p);
    REQUIRE(clean.driversHvciConcerns.isKnown());
    CHECK(clean.driversHvciConcerns.value().empty());
    CHECK(clean.driversHvciConcerns.source().find("PE section headers") != std::string::npos);

    SimKernelDriver outside; // outside C:\Windows: ImagePath \??\D:\...
    outside.service = "vendorflt";
    outside.file = "D:\\Vendor\\Drivers\\VendorFlt.sys";
    outside.sections = {{".text", "rx"}, {"PAGE", "rwx"}};
    SimKernelDriver disabled; // Start 4: never loads, not checked
    disabled.service = "olddrv";
    disabled.file = "C:\\Windows\\System32\\drivers\\olddrv.sys";
    disabled.start = 4;
    disabled.sectionAlignment = 0x200;
    SimKernelDriver fine; // follows the rules
    fine.service = "goodnet";
    fine.file = "C:\\Windows\\System32\\drivers\\goodnet.sys";
    p.kernelDrivers = {outside, disabled, fine};
    const DeviceFacts f = probeProfile(p);
    REQUIRE(f.driversHvciConcerns.isKnown());
    CHECK(f.driversHvciConcerns.value() == StringList{"VendorFlt.sys: section PAGE is writable and executable"});
}

TEST_CASE("pe check: plan --memory-integrity names the drivers the check found; the hotpatch plan alone does not",
          "[pecheck][sim]")
{
    auto d = test::openSim("x64-hvci-driver-flagged", "");
    auto facts = d->probe();
    REQUIRE(facts);
    REQUIRE(facts->driversHvciConcerns.isKnown());
    CHECK(facts->driversHvciConcerns.value() ==
          StringList{"acmeguard.sys: section INIT is writable and executable",
                     "acmeguard.sys: section alignment 0x200, not a multiple of 0x1000"});
    const Assessment a = assess(*facts, AssessOptions{"2026-11-25", nullptr});
    CHECK(a.verdict == Verdict::ReadyAfterFixes);
    auto mentions = [](const Plan &plan) {
        for (const auto &w : plan.warnings)
            if (w.find("acmeguard.sys: section INIT is writable and executable") != std::string::npos)
                return true;
        return false;
    };
    PlanOptions withHvci;
    withHvci.memoryIntegrity = true;
    auto hvci = makePlan(a, withHvci);
    REQUIRE(hvci);
    CHECK(mentions(*hvci));
    auto plain = makePlan(a, PlanOptions{});
    REQUIRE(plain);
    CHECK_FALSE(mentions(*plain));
    // The same device without the driver: the memory-integrity plan has no such warning.
    auto vbsOff = test::openSim("x64-vbs-off", "");
    auto cleanPlan = makePlan(assess(*vbsOff->probe(), AssessOptions{"2026-11-25", nullptr}), withHvci);
    REQUIRE(cleanPlan);
    for (const auto &w : cleanPlan->warnings)
        CHECK(w.find("static check of the kernel drivers") == std::string::npos);
}

TEST_CASE("pe check: after the restart, the verification of memory integrity names the flagged drivers",
          "[pecheck][sim]")
{
    test::TempDir dir;
    CycleOptions options;
    options.assess.asOf = "2026-11-25";
    options.plan.memoryIntegrity = true;
    {
        auto d = test::openSim("x64-hvci-driver-flagged", dir.path());
        REQUIRE(Remediation(*d, dir.path()).apply(options));
    }
    {
        auto d = test::openSim("x64-hvci-driver-flagged", dir.path());
        REQUIRE(d->restart());
    }
    auto d = test::openSim("x64-hvci-driver-flagged", dir.path());
    auto v = Remediation(*d, dir.path()).verify(options.assess);
    REQUIRE(v);
    const ChangeVerification *hvci = nullptr;
    for (const auto &c : v->changes)
        if (c.name == reg::kEnabled)
            hvci = &c;
    REQUIRE(hvci != nullptr);
    INFO(hvci->explanation);
    // Windows runs memory integrity and keeps the incompatible driver from loading: the explanation says where to
    // look when a device stops working.
    CHECK(hvci->tookEffect);
    CHECK(hvci->explanation.find("memory integrity is running. ") == 0);
    CHECK(hvci->explanation.find("acmeguard.sys: section INIT is writable and executable") != std::string::npos);
    CHECK(hvci->explanation.find("event 3111") != std::string::npos);
    CHECK(hvci->explanationText.str() == hvci->explanation);
}
