// The live Windows backend under Wine: every probe answers (value or unknown with a reason), quickly,
// and a whole assessment of "this computer" completes with a coherent verdict.
#include "../testsupport.h"
#include "engine/assessment.h"
#include "platform/device.h"
#include "platform/factcollector.h"
#include "platform/win32/wide.h"
#include "platform/win32/win32systemsource.h"
#include "platform/win32/wmi.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <windows.h>

using namespace hpr;

TEST_CASE("win32 source: the missing DeviceGuard WMI namespace is an unknown with a reason, fast", "[win32][wmi]")
{
    const auto start = std::chrono::steady_clock::now();
    auto rows = win32::wmiQuery("ROOT\\Microsoft\\Windows\\DeviceGuard", "Win32_DeviceGuard",
                                {"VirtualizationBasedSecurityStatus"}, 5000);
    const auto ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
    if (rows.isKnown()) {
        WARN("Win32_DeviceGuard answered: not running under Wine?");
        return;
    }
    // Wine answers WBEM_E_INVALID_NAMESPACE; when Wine's COM start-up stalls (its RpcSs/desktop helpers fail
    // to start headless), the query is abandoned at its timeout instead. Either way: unknown, with a
    // reason naming the source, within the bound.
    WARN("DeviceGuard query: " << toString(rows.reason()) << " after " << ms << " ms");
    CHECK((rows.reason() == UnknownReason::SourceMissing || rows.reason() == UnknownReason::TimedOut));
    CHECK(rows.detail().find("DeviceGuard") != std::string::npos);
    CHECK(ms < 5000 + 1500);
}

TEST_CASE("win32 source: WMI answers a class that exists", "[win32][wmi]")
{
    auto rows = win32::wmiQuery("ROOT\\CIMV2", "Win32_OperatingSystem", {"Caption", "BuildNumber"}, 10000);
    REQUIRE(rows.isKnown());
    REQUIRE_FALSE(rows.value().empty());
    CHECK(rows.value().front().at("BuildNumber").kind == win32::WmiValue::String);
}

TEST_CASE("win32 source: process and firmware probes answer without aborting", "[win32]")
{
    win32::Win32SystemSource s;
    CHECK(s.elevated().isKnown());
    auto fw = s.firmwareType(); // never GetFirmwareType: Wine 8 aborts on it
    REQUIRE(fw.isKnown());
    CHECK((fw.is("uefi") || fw.is("bios")));
    CHECK(s.nativeArchitecture().is("x64"));
    auto sb = s.secureBoot();
    CHECK((sb.isKnown() || !sb.detail().empty()));
    CHECK(s.lastBootTime().isKnown());
}

TEST_CASE("win32 source: the TPM comes from Tbsi, else Win32_Tpm, else unknown naming both", "[win32][tpm]")
{
    // The fallback's source on its own: Wine has no MicrosoftTpm namespace, so unknown with a reason, in bound.
    const auto start = std::chrono::steady_clock::now();
    auto rows = win32::wmiQuery("ROOT\\CIMV2\\Security\\MicrosoftTpm", "Win32_Tpm", {"SpecVersion"}, 5000);
    const auto ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
    CHECK(ms < 5000 + 1500);
    if (!rows.isKnown())
        CHECK(rows.detail().find("Win32_Tpm") != std::string::npos);

    win32::Win32SystemSource s;
    auto tpm = s.tpm();
    WARN("tpm: " << (tpm.isKnown() ? (tpm.value().present ? tpm.value().version : std::string("none")) + " from " +
                                         tpm.value().source
                                   : std::string(toString(tpm.reason())) + ": " + tpm.detail()));
    if (tpm.isKnown()) {
        CHECK_FALSE(tpm.value().source.empty());
        if (tpm.value().present)
            CHECK((tpm.value().version == "2.0" || tpm.value().version == "1.2" || tpm.value().version == "unknown"));
    } else {
        // Both sources were tried, and both are named.
        CHECK(tpm.detail().find("Tbsi_GetDeviceInfo") != std::string::npos);
        CHECK(tpm.detail().find("fallback WMI Win32_Tpm") != std::string::npos);
    }
    // Whatever answered, the collected facts name it.
    auto facts = collectFacts(s);
    CHECK((facts.tpmPresent.isKnown() ? !facts.tpmPresent.source().empty() : !facts.tpmPresent.detail().empty()));
}

TEST_CASE("win32 source: the TPM-WMI events come from the System log through wevtapi, or are unknown with a reason",
          "[win32][secureboot]")
{
    win32::Win32SystemSource s;
    const auto start = std::chrono::steady_clock::now();
    auto events = s.secureBootEvents();
    const auto ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
    WARN("TPM-WMI events: " << (events.isKnown() ? std::to_string(events.value().size()) + " event(s)"
                                                 : std::string(toString(events.reason())) + ": " + events.detail()));
    CHECK(ms < 10000);
    if (events.isKnown()) {
        for (const auto &e : events.value()) {
            CHECK(((e.id >= 1795 && e.id <= 1808) || e.id == 1032 || e.id == 1043));
            CHECK(e.time.size() == 20);
            CHECK_FALSE(e.message.empty());
        }
    } else {
        CHECK((events.detail().find("EvtQuery") != std::string::npos ||
               events.detail().find("EvtNext") != std::string::npos ||
               events.detail().find("wevtapi") != std::string::npos));
    }
    // The collected fact names the log and provider either way.
    auto facts = collectFacts(s);
    CHECK((facts.sbLastEvent.isKnown() ? facts.sbLastEvent.source().find("TPM-WMI") != std::string::npos
                                       : !facts.sbLastEvent.detail().empty()));
}

TEST_CASE("win32 source: assess --device local completes with a coherent verdict and reasons", "[win32]")
{
    auto device = openDevice("local", DeviceOptions{});
    REQUIRE(device);
    auto facts = (*device)->probe();
    REQUIRE(facts);
    const auto a = assess(*facts, AssessOptions{"2026-11-25", nullptr});
    REQUIRE(a.checks.size() == checkCatalogue().size());
    // Whatever Wine reports, every unknown fact carries a reason and every failing check says what to do.
    visitFacts(a.facts, [](const char *id, const auto &f) {
        INFO(id);
        if (!f.isKnown())
            CHECK(!f.detail().empty());
    });
    for (const auto &c : a.checks) {
        INFO(c.id);
        if (c.status == CheckStatus::Fail)
            CHECK(!c.fixAction.empty());
    }
    CHECK(!a.nextSteps.empty());
    // Wine has no Win32_DeviceGuard: VBS is unknown, so the device cannot be "ready".
    CHECK(a.verdict != Verdict::Ready);
}

TEST_CASE("win32 source: a file's first bytes, a missing file's reason, and the drivers' memory-integrity check",
          "[win32][pecheck]")
{
    win32::Win32SystemSource source;
    wchar_t self[MAX_PATH];
    REQUIRE(GetModuleFileNameW(nullptr, self, MAX_PATH) > 0);
    const std::string path = win32::narrow(self);
    auto head = source.fileHead(path, 4096);
    REQUIRE(head.isKnown());
    CHECK(head.value().size() == 4096);
    CHECK(head.value().substr(0, 2) == "MZ");
    auto missing = source.fileHead("C:\\Windows\\System32\\drivers\\no-such-driver-hpr.sys", 4096);
    REQUIRE_FALSE(missing.isKnown());
    CHECK(missing.reason() == UnknownReason::SourceMissing);
    CHECK(missing.detail().find("no-such-driver-hpr.sys") != std::string::npos);
    // The Services key exists everywhere (Wine registers its own drivers): the fact is known, each entry names its
    // file, and Wine's own drivers (built by its PE toolchain) break no rule or are named with what they break.
    const DeviceFacts f = collectFacts(source);
    REQUIRE(f.driversHvciConcerns.isKnown());
    for (const auto &c : f.driversHvciConcerns.value()) {
        INFO(c);
        CHECK(c.find(".sys: ") != std::string::npos);
    }
    std::printf("drivers.hvci_concerns under Wine: %zu entries\n", f.driversHvciConcerns.value().size());
    for (const auto &c : f.driversHvciConcerns.value())
        std::printf("  %s\n", c.c_str());
}

TEST_CASE("win32 source: the Secure Boot certificate facts come back unknown with reasons under Wine, and the "
          "assessment still completes",
          "[win32][secureboot]")
{
    win32::Win32SystemSource s;
    auto db = s.firmwareVariable("db", kEfiImageSecurityDatabaseGuid);
    auto kek = s.firmwareVariable("KEK", kEfiGlobalVariableGuid);
    if (!win32::runningUnderWine()) {
        WARN("not running under Wine: db " << (db.isKnown() ? "read" : db.detail()));
        return;
    }
    // Wine has no UEFI variables: the calls fail (ERROR_INVALID_FUNCTION) instead of aborting the process.
    REQUIRE_FALSE(db.isKnown());
    REQUIRE_FALSE(kek.isKnown());
    CHECK(db.detail().find("UEFI variable db") != std::string::npos);
    auto events = s.secureBootEvents(); // its own test above: wevtapi's answer or the reason it gave none
    CHECK((events.isKnown() || !events.detail().empty()));
    auto bitlocker = s.bitLocker();
    CHECK_FALSE(bitlocker.isKnown());
    CHECK_FALSE(bitlocker.detail().empty());

    auto device = openDevice("local", DeviceOptions{});
    REQUIRE(device);
    auto facts = (*device)->probe();
    REQUIRE(facts);
    for (const Fact<bool> *f : {&facts->sbDbWindowsUefiCa2023, &facts->sbDbMicrosoftUefiCa2023,
                                &facts->sbDbOptionRomUefiCa2023, &facts->sbKekKek2kCa2023}) {
        CHECK_FALSE(f->isKnown());
        CHECK_FALSE(f->detail().empty());
        CHECK(f->source().find("UEFI variable") != std::string::npos);
    }
    CHECK_FALSE(facts->sbLastEvent.isKnown());
    CHECK_FALSE(facts->bitlockerProtection.isKnown());
    // The servicing values through the shared derivation (secureboot::servicingFacts): Wine has no Secure Boot
    // servicing stack, so the status is unknown with the reason and the registry value it tried.
    CHECK_FALSE(facts->sbUpdateStatus.isKnown());
    CHECK(facts->sbUpdateStatus.reason() == UnknownReason::SourceMissing);
    CHECK(facts->sbUpdateStatus.detail().find("Servicing") != std::string::npos);
    CHECK(facts->sbUpdateStatus.source().find("UEFICA2023Status") != std::string::npos);
    CHECK(facts->sbAvailableUpdates.isKnown()); // absent is a known state ...
    CHECK_FALSE(facts->sbAvailableUpdates.value().has_value());
    CHECK(facts->sbAvailableUpdates.source().find(R"(Control\SecureBoot\AvailableUpdates)") != std::string::npos);
    CHECK(facts->sbAvailableUpdates.source().find(R"(Servicing\AvailableUpdates)") != std::string::npos); // both read
    const auto a = assess(*facts, AssessOptions{"2026-11-25", nullptr});
    const auto *c = a.check("HP-SECUREBOOT-CA2023");
    REQUIRE(c);
    CHECK(c->advisory);
    CHECK(c->status != CheckStatus::Pass);
    CHECK(c->status != CheckStatus::Fail);
}

TEST_CASE("win32 device: suspending BitLocker runs manage-bde from System32 (record seam)", "[win32][secureboot]")
{
    test::TempDir dir;
    const std::string record = dir.path() + "/bitlocker.txt";
    _putenv_s("HPR_BITLOCKER_SEAM", ("record:" + record).c_str());
    auto device = openDevice("local", DeviceOptions{});
    REQUIRE(device);
    REQUIRE((*device)->suspendBitLocker(2));
    _putenv_s("HPR_BITLOCKER_SEAM", "");
    const std::string line = test::readFile(record);
    CHECK(line.find("manage-bde.exe\" -protectors -disable C: -RebootCount 2") != std::string::npos);
}
