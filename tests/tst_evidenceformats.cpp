// Offline evidence beyond English text: localized msinfo32 /report and systeminfo (tests/data/evidence-l10n,
// written by tests/data/make-evidence-l10n.py from the documented formats), console code pages, msinfo32 /nfo
// XML, Get-Tpm, Get-ComputerInfo and registry listings (tests/data/evidence-formats), and a fuzz-ish pass that
// feeds cut and garbled variants of every test file.
#include "engine/assessment.h"
#include "engine/codepage.h"
#include "engine/evidence.h"
#include "engine/evidencetables.h"
#include "engine/safexml.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <random>

using namespace hpr;

namespace {

EvidenceText file(const std::string &dir, const std::string &name)
{
    return decodeEvidence(name, test::readFile(test::testDataDir() + "/" + dir + "/" + name));
}

DeviceFacts factsOf(std::vector<EvidenceText> files, EvidenceNotes *notes = nullptr)
{
    auto f = factsFromEvidence(files, notes);
    if (!f)
        FAIL(f.error().detail);
    return *f;
}

DeviceFacts l10n(const std::string &name)
{
    return factsOf({file("evidence-l10n", name)});
}

} // namespace

TEST_CASE("evidence l10n: German msinfo32 /report (UTF-16LE) and systeminfo (cp850)", "[evidence][l10n]")
{
    const auto t = file("evidence-l10n", "de-msinfo32-report.txt");
    CHECK(t.encoding == "utf-16le");
    const auto f = factsOf({t});
    CHECK(f.hostname.is("PC-MUENCHEN-07"));
    CHECK(f.osEditionId.is("Professional"));
    CHECK(f.osBuild.is(26100));
    CHECK(f.osArch.is("x64"));
    CHECK(f.firmwareType.is("uefi"));
    CHECK(f.firmwareSecureBoot.is("on"));
    CHECK(f.dmaKernelProtection.is(true));
    CHECK(f.vbsStatus.is("running"));
    CHECK(f.vbsRequiredProperties.is(IntList{1, 2}));
    CHECK(f.vbsAvailableProperties.is(IntList{1, 2, 3, 8}));
    CHECK(f.vbsServicesConfigured.is(IntList{2}));
    CHECK(f.vbsServicesRunning.is(IntList{2}));
    CHECK(f.hypervisorPresent.is(true));
    CHECK(f.hypervisorPresent.source().find("de-msinfo32-report.txt:20") != std::string::npos);

    const auto s = file("evidence-l10n", "de-systeminfo-cp850.txt");
    CHECK((s.encoding == "cp850" || s.encoding == "cp437")); // the same bytes for German letters
    const auto si = factsOf({s});
    CHECK(si.hostname.is("PC-HAMBURG-02"));
    CHECK(si.osBuild.is(19045));
    CHECK(si.osEditionId.is("Enterprise"));
    CHECK(si.cpuVirtualizationExtensions.is(true));
    CHECK(si.firmwareVirtualizationEnabled.is(false));
    CHECK(si.cpuSlat.is(true));
    CHECK(si.cpuNx.is(true));
    CHECK(si.cpuSlat.source().find("de-systeminfo-cp850.txt:9") != std::string::npos);
}

TEST_CASE("evidence l10n: French msinfo32 (cp1252 Notepad copy) and systeminfo (cp850)", "[evidence][l10n]")
{
    const auto t = file("evidence-l10n", "fr-msinfo32-report-cp1252.txt");
    CHECK(t.encoding == "cp1252");
    const auto f = factsOf({t});
    CHECK(f.hostname.is("PC-LYON-11"));
    CHECK(f.osBuild.is(22631));
    CHECK(f.firmwareSecureBoot.is("off"));
    CHECK(f.dmaKernelProtection.is(false));
    CHECK(f.vbsStatus.is("off"));
    CHECK(f.cpuVirtualizationExtensions.is(true));
    CHECK(f.cpuSlat.is(true));
    CHECK(f.firmwareVirtualizationEnabled.is(true));
    CHECK(f.osEditionId.is("Professional")); // "Windows 11 Professionnel" [INF from the product name]
    const auto si = l10n("fr-systeminfo-cp850.txt");
    CHECK(si.cpuNx.is(true));
    CHECK(si.osBuild.is(22631));
}

TEST_CASE("evidence l10n: Spanish pasted msinfo32 (spaces for tabs) and systeminfo (cp437)", "[evidence][l10n]")
{
    const auto f = l10n("es-msinfo32-report-pasted.txt");
    CHECK(f.firmwareType.is("bios"));
    CHECK(f.firmwareSecureBoot.is("unsupported"));
    CHECK(f.vbsStatus.is("off"));
    CHECK(f.osBuild.is(19045));
    CHECK(f.osArch.is("x64"));
    const auto si = l10n("es-systeminfo-cp437.txt");
    CHECK(si.firmwareVirtualizationEnabled.is(false));
    CHECK(si.cpuVirtualizationExtensions.is(true));
    const auto a = assess(factsOf({file("evidence-l10n", "es-msinfo32-report-pasted.txt"),
                                   file("evidence-l10n", "es-systeminfo-cp437.txt")}),
                          AssessOptions{"2026-11-25", nullptr});
    CHECK(a.verdict == Verdict::Blocked); // legacy BIOS, Windows 10
}

TEST_CASE("evidence l10n: Chinese (Simplified) msinfo32 and systeminfo (cp936)", "[evidence][l10n]")
{
    const auto f = l10n("zh-msinfo32-report.txt");
    CHECK(f.osEditionId.is("Professional"));
    CHECK(f.osBuild.is(26100));
    CHECK(f.osArch.is("x64"));
    CHECK(f.firmwareSecureBoot.is("on"));
    CHECK(f.dmaKernelProtection.is(false));
    CHECK(f.vbsStatus.is("running"));
    CHECK(f.vbsRequiredProperties.is(IntList{1}));
    CHECK(f.vbsAvailableProperties.is(IntList{1, 2}));
    CHECK(f.vbsServicesConfigured.is(IntList{0}));
    const auto s = file("evidence-l10n", "zh-systeminfo-cp936.txt");
    CHECK(s.encoding == "cp936");
    const auto si = factsOf({s});
    CHECK(si.hypervisorPresent.is(true));
    CHECK(si.hostname.is("PC-SHANGHAI-5"));
    CHECK_FALSE(si.cpuSlat.isKnown());
}

TEST_CASE("evidence l10n: Russian msinfo32 (cp1251) and systeminfo (cp866)", "[evidence][l10n]")
{
    const auto t = file("evidence-l10n", "ru-msinfo32-report-cp1251.txt");
    CHECK(t.encoding == "cp1251");
    const auto f = factsOf({t});
    CHECK(f.vbsStatus.is("off"));
    CHECK(f.firmwareSecureBoot.is("on"));
    CHECK(f.osEditionId.is("Professional"));
    const auto s = file("evidence-l10n", "ru-systeminfo-cp866.txt");
    CHECK(s.encoding == "cp866");
    const auto si = factsOf({s});
    CHECK(si.hostname.is("PC-MOSKVA-9"));
    CHECK(si.osBuild.is(19045));
    CHECK(si.cpuSlat.is(false)); // "Преобразование адресов второго уровня: Нет" (windows-facts §5)
    CHECK(si.cpuNx.is(true));
}

TEST_CASE("evidence l10n: Polish msinfo32 (cp1250) and systeminfo (cp852)", "[evidence][l10n]")
{
    const auto t = file("evidence-l10n", "pl-msinfo32-report-cp1250.txt");
    CHECK(t.encoding == "cp1250");
    const auto f = factsOf({t});
    CHECK(f.vbsStatus.is("running")); // "Zabezpieczenia oparte na wirtualizacji Uruchomiona" (windows-facts §5)
    CHECK(f.firmwareSecureBoot.is("on"));
    CHECK(f.vbsRequiredProperties.is(IntList{0}));
    CHECK(f.vbsServicesRunning.is(IntList{1}));
    const auto s = file("evidence-l10n", "pl-systeminfo-cp852.txt");
    CHECK(s.encoding == "cp852");
    CHECK(factsOf({s}).hypervisorPresent.is(true));
}

TEST_CASE("evidence l10n: Japanese msinfo32 and systeminfo (cp932)", "[evidence][l10n]")
{
    const auto f = l10n("ja-msinfo32-report.txt");
    CHECK(f.osEditionId.is("Enterprise"));
    CHECK(f.osBuild.is(22631));
    CHECK(f.firmwareSecureBoot.is("on"));
    CHECK(f.vbsStatus.is("running"));
    const auto s = file("evidence-l10n", "ja-systeminfo-cp932.txt");
    CHECK(s.encoding == "cp932");
    CHECK(factsOf({s}).hypervisorPresent.is(true));
}

TEST_CASE("evidence l10n: an unknown wording degrades to unknown, never to a wrong value", "[evidence][l10n]")
{
    EvidenceNotes notes;
    // A label the tables know with a value they do not ("Läuft" is not msinfo32's word): unknown, and noted.
    // An unknown label whose value has the OS version shape, and a Hyper-V block whose item labels are
    // worded differently: recognized by structure.
    const auto f = factsOf({decodeEvidence("odd.txt", "Virtualisierungsbasierte Sicherheit\tLäuft\n"
                                                      "Sicherer Startzustand\tvielleicht\n"
                                                      "BS-Version\t10.0.26100 Build 26100\n"
                                                      "Hyper-V-Anforderungen:   Erweiterungen: Ja\n"
                                                      "                         Firmware: Nein\n"
                                                      "                         Andere Übersetzung: Ja\n"
                                                      "                         DEP: Vielleicht\n")},
                           &notes);
    CHECK_FALSE(f.vbsStatus.isKnown());
    CHECK_FALSE(f.firmwareSecureBoot.isKnown());
    CHECK(f.osBuild.is(26100));
    CHECK(f.osBuild.source().find("shape") != std::string::npos);
    CHECK(f.cpuVirtualizationExtensions.is(true));
    CHECK(f.firmwareVirtualizationEnabled.is(false));
    CHECK(f.cpuSlat.is(true));
    CHECK(f.cpuSlat.source().find("position") != std::string::npos);
    CHECK_FALSE(f.cpuNx.isKnown());
    REQUIRE(notes.unread.size() == 3);
    CHECK(notes.unread[0].find("odd.txt:1") != std::string::npos);
    CHECK(notes.unread[0].find("Läuft") != std::string::npos);
    // The wizard's translatable form of each note renders as the English one (tests/tst_enginetext.cpp).
    REQUIRE(notes.unreadTexts.size() == notes.unread.size());
    for (std::size_t i = 0; i < notes.unread.size(); ++i) {
        CHECK_FALSE(notes.unreadTexts[i].literal);
        CHECK(notes.unreadTexts[i].str() == notes.unread[i]);
    }
    REQUIRE(notes.formatTexts.size() == notes.formats.size());
    for (std::size_t i = 0; i < notes.formats.size(); ++i)
        CHECK(notes.formatTexts[i].str() == notes.formats[i]);
}

TEST_CASE("evidence codepages: detection by BOM, UTF-8 validity, then the label tables", "[evidence][codepage]")
{
    CHECK(isValidUtf8("plain ASCII"));
    CHECK(isValidUtf8("Wird ausgef\xC3\xBChrt"));
    CHECK_FALSE(isValidUtf8("Wird ausgef\x81hrt"));
    CHECK_FALSE(isValidUtf8("\xC0\xAF")); // overlong
    auto cp866 = codePageToUtf8(866, "\x84\xA0");
    REQUIRE(cp866);
    CHECK(*cp866 == "\xD0\x94\xD0\xB0");       // "Да"
    auto bad932 = codePageToUtf8(932, "\x81"); // a lead byte without its trail byte
    CHECK_FALSE(bad932);
    // The same Russian line in cp866 and cp1251 is told apart by the tables.
    CHECK(decodeEvidence("a", "\x92\xA8\xAF \xE1\xA8\xE1\xE2\xA5\xAC\xEB: x64-based PC\n").encoding == "cp866");
    CHECK(decodeEvidence("b", "\xD2\xE8\xEF \xF1\xE8\xF1\xF2\xE5\xEC\xFB: x64-based PC\n").encoding == "cp1251");
}

TEST_CASE("evidence nfo: msinfo32 /nfo XML mapped by structure, in Russian and English", "[evidence][nfo]")
{
    const auto ru = file("evidence-formats", "msinfo32-summary-ru.nfo");
    CHECK(ru.encoding == "utf-16le");
    const auto f = factsOf({ru});
    CHECK(f.hostname.is("PC-NOVOSIB-3"));
    CHECK(f.osBuild.is(26100));
    CHECK(f.osEditionId.is("Professional"));
    CHECK(f.firmwareType.is("uefi"));
    CHECK(f.firmwareSecureBoot.is("off"));
    CHECK(f.vbsStatus.is("running"));
    CHECK(f.hypervisorPresent.is(true));
    CHECK(f.vbsStatus.source().find("msinfo32-summary-ru.nfo:29") != std::string::npos);

    const auto en = factsOf({file("evidence-formats", "msinfo32-summary-en-arm64.nfo")});
    CHECK(en.osArch.is("arm64"));
    CHECK(en.vbsServicesRunning.is(IntList{2}));
    CHECK(en.osBuild.is(26100));
}

TEST_CASE("evidence nfo: the XML reader refuses DOCTYPE, entities and broken files with file and line",
          "[evidence][nfo]")
{
    auto doc = parseSafeXml("<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"http://x/\">]>\n<a>&e;</a>",
                            "evil.nfo");
    REQUIRE_FALSE(doc);
    CHECK(doc.error().detail.find("evil.nfo:2") != std::string::npos);
    CHECK(doc.error().detail.find("DOCTYPE") != std::string::npos);
    auto ent = parseSafeXml("<a>\n&xxe;</a>", "ent.nfo");
    REQUIRE_FALSE(ent);
    CHECK(ent.error().detail.find("ent.nfo:2") != std::string::npos);
    CHECK(ent.error().detail.find("&xxe;") != std::string::npos);
    auto cut = parseSafeXml("<MsInfo>\n<Data>\n<Item>OS", "cut.nfo");
    REQUIRE_FALSE(cut);
    CHECK(cut.error().detail.find("cut off") != std::string::npos);
    std::string deep;
    for (int i = 0; i < 100; ++i)
        deep += "<a>";
    CHECK_FALSE(parseSafeXml(deep, "deep.nfo"));
    auto ok = parseSafeXml("<a x='1'><b>&lt;&#x41;&amp;</b><!-- c --><![CDATA[<raw>]]></a>", "ok.nfo");
    REQUIRE(ok);
    CHECK(ok->children.at(0).text == "<A&");
    CHECK(ok->text == "<raw>");
    auto viaEvidence = factsFromEvidence({decodeEvidence("evil.nfo", "<!DOCTYPE x>\n<a/>")});
    REQUIRE_FALSE(viaEvidence);
    CHECK(viaEvidence.error().code == ErrorCode::BadInput);
}

TEST_CASE("evidence powershell: Get-Tpm, Win32_Tpm and Get-ComputerInfo (blank means unknown)", "[evidence]")
{
    const auto t20 = factsOf({file("evidence-formats", "get-tpm-tpm20.txt")});
    CHECK(t20.tpmPresent.is(true));
    CHECK(t20.tpmVersion.is("2.0"));
    const auto t12 = factsOf({file("evidence-formats", "get-tpm-tpm12.txt")});
    CHECK(t12.tpmVersion.is("1.2"));
    CHECK(factsOf({decodeEvidence("tpm.txt", "SpecVersion : 2.0, 0, 1.38\n")}).tpmVersion.is("2.0"));

    const auto g = factsOf({file("evidence-formats", "get-computerinfo-hypervisor-running.txt")});
    CHECK(g.hostname.is("PC-0815"));
    CHECK(g.osArch.is("arm64"));
    CHECK(g.osEditionId.is("Enterprise"));
    CHECK(g.osBuild.is(26100));
    CHECK(g.firmwareType.is("uefi"));
    CHECK(g.hypervisorPresent.is(true));
    CHECK(g.vbsStatus.is("running"));
    CHECK(g.vbsRequiredProperties.is(IntList{1, 2}));
    CHECK(g.vbsServicesConfigured.is(IntList{2, 3}));
    CHECK(g.vbsServicesRunning.is(IntList{2}));
    REQUIRE_FALSE(g.cpuSlat.isKnown()); // blank: unknown, not false
    CHECK(g.cpuSlat.detail().find("blank") != std::string::npos);
    REQUIRE_FALSE(g.vbsAvailableProperties.isKnown()); // "{..., 5...}" is truncated
    CHECK(g.vbsAvailableProperties.detail().find("truncated") != std::string::npos);
}

TEST_CASE("evidence registry: reg query, reg export (.reg, UTF-16) and regedit listings", "[evidence][registry]")
{
    const auto q = factsOf({file("evidence-formats", "reg-query-deviceguard.txt")});
    CHECK(q.vbsRuntimeEnable.is(OptInt(1)));
    CHECK(q.vbsRuntimeRequireFeatures.is(OptInt(3)));
    CHECK(q.vbsRuntimeLocked.is(OptInt(0)));
    CHECK(q.vbsHvciEnabled.is(OptInt(1)));
    CHECK(q.vbsRuntimeEnable.source().find("reg-query-deviceguard.txt:3") != std::string::npos);
    CHECK_FALSE(q.vbsGpoEnable.isKnown()); // another key: not listed, not guessed

    const auto e = factsOf({file("evidence-formats", "reg-export-memory-management.reg")});
    CHECK(e.chpeHotPatchRestrictions.is(OptInt(1)));
    CHECK_FALSE(e.chpeDisabled.isKnown()); // whether it is in effect needs the restart state

    const auto r = factsOf({file("evidence-formats", "regedit-listing-policies.txt")});
    CHECK(r.vbsGpoEnable.is(OptInt(0)));
    CHECK(r.vbsGpoHvci.is(OptInt(3)));
}

TEST_CASE("evidence secure boot: reg query /s of SecureBoot gives the servicing facts with file and line",
          "[evidence][registry][secureboot]")
{
    const auto q = factsOf({file("evidence-formats", "reg-query-secureboot-in-progress.txt")});
    // AvailableUpdates under SecureBoot, the UEFICA2023* values under Servicing: both locations are read (A.3).
    CHECK(q.sbAvailableUpdates.is(OptInt(0x4100)));
    CHECK(q.sbAvailableUpdates.source().find("reg-query-secureboot-in-progress.txt:5") != std::string::npos);
    CHECK(q.sbAvailableUpdates.source().find(R"(Control\SecureBoot\AvailableUpdates)") != std::string::npos);
    REQUIRE(q.sbAvailableUpdatesDecoded.isKnown());
    REQUIRE(q.sbAvailableUpdatesDecoded.value().size() == 2); // 0x100 confirmed, 0x4000 raw
    CHECK(q.sbAvailableUpdatesDecoded.value()[0].find("boot manager") != std::string::npos);
    CHECK(q.sbAvailableUpdatesDecoded.value()[1].find("0x4000") != std::string::npos);
    CHECK(q.sbUpdateStatus.is("in_progress"));
    CHECK(q.sbUpdateStatus.source().find("reg-query-secureboot-in-progress.txt:9") != std::string::npos);
    CHECK(q.sbUpdateStatus.source().find("= InProgress") != std::string::npos);
    CHECK(q.sbCapable.is(OptInt(1)));
    CHECK(q.sbBootManager2023.is(false));
    CHECK(q.firmwareSecureBoot.is("on"));
    CHECK(q.firmwareSecureBoot.source().find("in-progress.txt:17") != std::string::npos);
    // Not shown by the listing: unknown with the reason, never "absent".
    CHECK_FALSE(q.sbUpdateError.isKnown());
    CHECK(q.sbUpdateError.detail().find("does not show UEFICA2023Error") != std::string::npos);
    CHECK_FALSE(q.sbAvailableUpdatesPolicy.isKnown());
    // No offline file in this set shows the firmware databases.
    CHECK_FALSE(q.sbDbWindowsUefiCa2023.isKnown());
    CHECK(q.sbDbWindowsUefiCa2023.reason() == UnknownReason::NotProvided);
}

TEST_CASE("evidence secure boot: a UTF-16 .reg export with UEFICA2023Error gives the error status",
          "[evidence][registry][secureboot]")
{
    const auto e = factsOf({file("evidence-formats", "reg-export-secureboot-error.reg")});
    CHECK(e.sbUpdateError.is(OptInt(0x80004005LL)));
    CHECK(e.sbUpdateErrorEvent.is(OptInt(1795)));
    CHECK(e.sbUpdateStatus.is("error")); // the error wins over "InProgress": absence is good, presence is not
    CHECK(e.sbUpdateStatus.source().find("reg-export-secureboot-error.reg:10") != std::string::npos);
    CHECK(e.sbAvailableUpdates.is(OptInt(0x5944)));
    CHECK(e.sbCapable.is(OptInt(0)));
    CHECK(e.firmwareSecureBoot.is("on"));
    const Assessment a = assess(e);
    const auto *c = a.check("HP-SECUREBOOT-CA2023");
    REQUIRE(c);
    CHECK(c->advisory);
    CHECK(c->status == CheckStatus::Warn);
}

TEST_CASE("evidence secure boot: a regedit listing with Updated and the same value in two files",
          "[evidence][registry][secureboot]")
{
    EvidenceNotes notes;
    const auto r = factsOf({file("evidence-formats", "regedit-listing-secureboot-updated.txt"),
                            file("evidence-formats", "reg-query-secureboot-in-progress.txt")},
                           &notes);
    CHECK(r.sbUpdateStatus.is("updated")); // the first file wins ...
    CHECK(r.sbCapable.is(OptInt(2)));
    CHECK(r.sbBootManager2023.is(true));
    CHECK(r.sbAvailableUpdates.is(OptInt(0x4000)));
    CHECK(r.sbAvailableUpdates.source().find("regedit-listing-secureboot-updated.txt:12") != std::string::npos);
    bool disagreement = false; // ... and where the second says otherwise, both are listed
    for (const auto &d : notes.disagreements)
        disagreement = disagreement ||
                       (d.find("UEFICA2023Status") != std::string::npos && d.find("\"Updated\"") != std::string::npos &&
                        d.find("\"InProgress\"") != std::string::npos);
    CHECK(disagreement);
}

TEST_CASE("evidence secure boot: the Get-SecureBootUEFI check gives the certificate facts, a bad answer does not",
          "[evidence][secureboot]")
{
    const auto g = factsOf({file("evidence-formats", "get-securebootuefi-db-kek.txt")});
    CHECK(g.sbDbWindowsUefiCa2023.is(true));
    CHECK(g.sbDbWindowsUefiCa2023.source().find("get-securebootuefi-db-kek.txt:4") != std::string::npos);
    CHECK(g.sbDbMicrosoftUefiCa2011.is(true));
    CHECK(g.sbDbMicrosoftUefiCa2023.is(false));
    CHECK(g.sbKekKek2kCa2023.is(false));
    CHECK(g.sbKekKek2kCa2023.source().find("Get-SecureBootUEFI KEK") != std::string::npos);
    CHECK_FALSE(g.sbDbOptionRomUefiCa2023.isKnown()); // not asked in the transcript
    CHECK_FALSE(g.sbUpdateStatus.isKnown());

    EvidenceNotes notes;
    const std::string denied = "PS C:\\> [System.Text.Encoding]::ASCII.GetString((Get-SecureBootUEFI db).bytes) "
                               "-match 'Windows UEFI CA 2023'\n"
                               "Get-SecureBootUEFI : Variable is currently undefined: 0xC0000100\n"
                               "PS C:\\> [System.Text.Encoding]::ASCII.GetString((Get-SecureBootUEFI db).bytes) "
                               "-match 'Contoso CA'\nTrue\n";
    auto f = factsFromEvidence({decodeEvidence("denied.txt", denied)}, &notes);
    REQUIRE(f);
    CHECK_FALSE(f->sbDbWindowsUefiCa2023.isKnown());
    CHECK(f->sbDbWindowsUefiCa2023.reason() == UnknownReason::Failed);
    CHECK(f->sbDbWindowsUefiCa2023.detail().find("0xC0000100") != std::string::npos);
    REQUIRE(notes.unread.size() == 2); // the error line, and a CN this product does not track
    CHECK(notes.unread[0].find("denied.txt:2") != std::string::npos);
    CHECK(notes.unread[1].find("denied.txt:3") != std::string::npos);
}

TEST_CASE("evidence secure boot: values that cannot be read are named, not guessed", "[evidence][secureboot]")
{
    EvidenceNotes notes;
    const std::string text = "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecureBoot\\Servicing\n"
                             "    UEFICA2023Status    REG_SZ    Halfway\n"
                             "    WindowsUEFICA2023Capable    REG_DWORD    two\n"
                             "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecureBoot\\State\n"
                             "    UEFISecureBootEnabled    REG_DWORD    0x7\n";
    auto f = factsFromEvidence({decodeEvidence("odd.txt", text)}, &notes);
    REQUIRE(f);
    CHECK_FALSE(f->sbUpdateStatus.isKnown());
    CHECK(f->sbUpdateStatus.detail().find("\"Halfway\" is not one Microsoft documents") != std::string::npos);
    CHECK(f->sbUpdateStatus.source().find("odd.txt:2") != std::string::npos);
    CHECK_FALSE(f->sbCapable.isKnown());
    CHECK(f->sbCapable.reason() == UnknownReason::Failed);
    CHECK(f->sbCapable.detail().find("odd.txt:3: the value 'two' could not be read") != std::string::npos);
    CHECK_FALSE(f->firmwareSecureBoot.isKnown());
    REQUIRE(notes.unread.size() == 2);
    CHECK(notes.unread[0].find("odd.txt:3: WindowsUEFICA2023Capable value 'two'") != std::string::npos);
    CHECK(notes.unread[1].find("odd.txt:5: UEFISecureBootEnabled value '0x7'") != std::string::npos);
}

TEST_CASE("evidence fuzz: cut and garbled variants of every test file never crash", "[evidence][fuzz]")
{
    namespace fs = std::filesystem;
    std::vector<fs::path> paths;
    for (const char *dir : {"evidence", "evidence-l10n", "evidence-formats"})
        for (const auto &e : fs::directory_iterator(test::testDataDir() + "/" + dir))
            paths.push_back(e.path());
    REQUIRE(paths.size() >= 25);
    std::mt19937 rng(20261125);
    int withFacts = 0, withErrors = 0;
    auto feed = [&](const std::string &name, const std::string &bytes) {
        EvidenceNotes notes;
        Expected<DeviceFacts> f = makeError(ErrorCode::Failed, "not run");
        REQUIRE_NOTHROW(f = factsFromEvidence({decodeEvidence(name, bytes)}, &notes));
        if (f) {
            ++withFacts;
        } else {
            ++withErrors;
            CHECK(f.error().code == ErrorCode::BadInput);
            CHECK(f.error().detail.find(name) != std::string::npos);
        }
    };
    for (const auto &p : paths) {
        const std::string bytes = test::readFile(p.string());
        const std::string name = p.filename().string();
        const std::size_t step = std::max<std::size_t>(1, bytes.size() / 60);
        for (std::size_t cut = 0; cut <= bytes.size(); cut += step)
            feed(name, bytes.substr(0, cut));
        for (int round = 0; round < 25; ++round) {
            std::string garbled = bytes;
            const int flips = 1 + int(rng() % 24);
            for (int k = 0; k < flips && !garbled.empty(); ++k)
                garbled[rng() % garbled.size()] = char(rng() % 256);
            feed(name, garbled);
        }
    }
    // Both outcomes occur: most cut files still state facts; empty and nonsense ones are named errors.
    CHECK(withFacts > 0);
    CHECK(withErrors > 0);
}

TEST_CASE("evidence: files that name two different hosts are refused, not merged", "[evidence]")
{
    auto mixed = factsFromEvidence(
        {file("evidence-l10n", "ru-systeminfo-cp866.txt"), file("evidence-l10n", "de-systeminfo-cp850.txt")});
    REQUIRE_FALSE(mixed);
    CHECK(mixed.error().code == ErrorCode::BadInput);
    CHECK(mixed.error().detail.find("ru-systeminfo-cp866.txt:1") != std::string::npos);
    CHECK(mixed.error().detail.find("PC-HAMBURG-02") != std::string::npos);
    // The same host in another letter case is one device.
    auto same = factsFromEvidence({decodeEvidence("a.txt", "Host Name: pc-7\n"),
                                   decodeEvidence("b.txt", "System Name\tPC-7\nBIOS Mode\tUEFI\n")});
    REQUIRE(same);
    CHECK(same->hostname.is("pc-7"));
}

TEST_CASE("evidence tables: docs/evidence.md counts the confirmed and unconfirmed strings of each language",
          "[evidence][l10n]")
{
    std::map<std::string, std::pair<int, int>> counts; // language -> (from samples, from knowledge)
    auto add = [&counts](const char *lang, evtab::Origin o) {
        (o == evtab::Origin::Sample ? counts[lang].first : counts[lang].second)++;
    };
    for (const auto &l : evtab::labelTexts())
        add(l.lang, l.origin);
    for (const auto &w : evtab::listWordTexts())
        add(w.lang, w.origin);
    for (const auto &v : evtab::valueTexts())
        add(v.lang, v.origin);
    REQUIRE(counts.size() == 8);
    const std::string doc = test::readFile(test::docsDir() + "/evidence.md");
    const std::map<std::string, std::string> rows = {
        {"en", "| English |"}, {"de", "| German |"},  {"fr", "| French |"}, {"es", "| Spanish |"},
        {"zh", "| Chinese"},   {"ru", "| Russian |"}, {"pl", "| Polish |"}, {"ja", "| Japanese |"}};
    for (const auto &[lang, row] : rows) {
        const auto at = doc.find(row);
        REQUIRE(at != std::string::npos);
        const std::string line = doc.substr(at, doc.find('\n', at) - at);
        INFO(line);
        const auto [sample, knowledge] = counts[lang];
        // English: "all <samples>"; the others name how many strings are written from knowledge.
        CHECK(line.find(lang == "en" ? "all " + std::to_string(sample) : std::to_string(knowledge)) !=
              std::string::npos);
    }
}
