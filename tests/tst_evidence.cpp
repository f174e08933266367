// Offline evidence: real outputs (tests/data/evidence, copied from shared/samples with their sources) and the
// variants real files come in (UTF-16LE with BOM and CRLF, en-GB spelling, "Device Guard" prefixes, pasted
// spaces, PowerShell's truncated arrays, the 24H2 systeminfo VBS block, several files disagreeing).
#include "engine/assessment.h"
#include "engine/evidence.h"
#include "platform/device.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace hpr;

namespace {

EvidenceText sample(const std::string &name)
{
    return decodeEvidence(name, test::readFile(test::testDataDir() + "/evidence/" + name));
}

DeviceFacts factsOf(std::vector<EvidenceText> files, EvidenceNotes *notes = nullptr)
{
    auto f = factsFromEvidence(files, notes);
    REQUIRE(f);
    return *f;
}

std::string utf16leWithBom(const std::string &ascii)
{
    std::string out = "\xFF\xFE";
    for (char c : ascii) {
        if (c == '\n') {
            out += std::string("\r\0\n\0", 4);
            continue;
        }
        out += c;
        out += '\0';
    }
    return out;
}

} // namespace

TEST_CASE("evidence: Get-CimInstance Win32_DeviceGuard list output", "[evidence]")
{
    const auto f = factsOf({sample("01-win32-deviceguard-hp-probook-450g6.txt")});
    CHECK(f.vbsStatus.is("running"));
    CHECK(f.vbsRequiredProperties.is(IntList{1, 2, 3}));
    CHECK(f.vbsServicesRunning.is(IntList{1, 2}));
    CHECK(f.vbsStatus.source().find("01-win32-deviceguard-hp-probook-450g6.txt:") != std::string::npos);
    // "{1, 2, 3, 5...}" is cut off by PowerShell: unknown, with the reason and how to get it all.
    REQUIRE_FALSE(f.vbsAvailableProperties.isKnown());
    CHECK(f.vbsAvailableProperties.detail().find("truncated") != std::string::npos);
    CHECK(f.hypervisorPresent.is(true));
}

TEST_CASE("evidence: systeminfo Hyper-V requirements, both forms", "[evidence]")
{
    const auto yes = factsOf({sample("05-systeminfo-hyperv-requirements-all-yes.txt")});
    CHECK(yes.cpuVirtualizationExtensions.is(true));
    CHECK(yes.firmwareVirtualizationEnabled.is(true));
    CHECK(yes.cpuSlat.is(true));
    CHECK(yes.cpuNx.is(true));
    CHECK(yes.osEditionId.is("Enterprise"));
    CHECK(yes.osArch.is("x64"));
    const auto hv = factsOf({sample("07-systeminfo-hypervisor-detected-server2019.txt")});
    CHECK(hv.hypervisorPresent.is(true));
    // A hypervisor hides the requirements: they stay unknown, never "no".
    CHECK_FALSE(hv.cpuSlat.isKnown());
}

TEST_CASE("evidence: msinfo32 /report summary gives the verdict for a Windows 11 Home 23H2 PC", "[evidence]")
{
    const auto f = factsOf({sample("09-msinfo32-summary-win11-home-22631.txt")});
    CHECK(f.hostname.is("KHAPMYLES"));
    CHECK(f.osBuild.is(22631));
    CHECK(f.osEditionId.is("Core"));
    CHECK(f.firmwareType.is("uefi"));
    CHECK(f.firmwareSecureBoot.is("on"));
    CHECK(f.dmaKernelProtection.is(true));
    CHECK(f.vbsStatus.is("running"));
    CHECK(f.vbsRequiredProperties.is(IntList{0}));
    const auto a = assess(f, AssessOptions{"2026-11-25", nullptr});
    CHECK(a.verdict == Verdict::Blocked);
    CHECK(a.check("HP-EDITION")->status == CheckStatus::Fail);
    CHECK(a.check("HP-BUILD")->status == CheckStatus::Fail);
    CHECK(a.check("HP-VBS-RUNNING")->status == CheckStatus::Pass);
}

TEST_CASE("evidence: UTF-16LE with BOM and CRLF, as msinfo32 and PowerShell redirection write it", "[evidence]")
{
    const std::string ascii =
        test::readFile(test::testDataDir() + "/evidence/09-msinfo32-summary-win11-home-22631.txt");
    const auto decoded = decodeEvidence("msinfo-utf16.txt", utf16leWithBom(ascii));
    const auto plain = sample("09-msinfo32-summary-win11-home-22631.txt");
    CHECK(decoded.lines == plain.lines);
    CHECK(factsOf({decoded}).osBuild.is(22631));
}

TEST_CASE("evidence: en-GB spelling, old Device Guard labels, pasted spaces, the 24H2 systeminfo block", "[evidence]")
{
    const auto enGb = factsOf({decodeEvidence("gb.txt", "Virtualisation-based security\tRunning\n"
                                                        "Virtualisation-based security required security properties\t"
                                                        "Base Virtualization Support, Secure Boot\n"
                                                        "BIOS Mode   Legacy\n")});
    CHECK(enGb.vbsStatus.is("running"));
    CHECK(enGb.vbsRequiredProperties.is(IntList{1, 2}));
    const auto old = factsOf({decodeEvidence("old.txt", "Device Guard Virtualization based security\tRunning\n"
                                                        "Device Guard Security Services Running\tCredential Guard, "
                                                        "Hypervisor enforced Code Integrity\n")});
    CHECK(old.vbsStatus.is("running"));
    CHECK(old.vbsServicesRunning.is(IntList{1, 2}));
    const auto sysinfo24h2 =
        factsOf({decodeEvidence("si.txt", "Host Name:                 PC-0042\n"
                                          "OS Name:                   Microsoft Windows 11 Enterprise\n"
                                          "OS Version:                10.0.26100 N/A Build 26100\n"
                                          "Virtualization-based security: Status: Running\n"
                                          "                           Required Security Properties:\n"
                                          "                                 Base Virtualization Support\n"
                                          "                                 Secure Boot\n"
                                          "                           Available Security Properties:\n"
                                          "                                 Base Virtualization Support\n"
                                          "                                 Secure Boot\n"
                                          "                                 DMA Protection\n"
                                          "                           Services Configured:\n"
                                          "                           Services Running:\n"
                                          "Hyper-V Requirements:      A hypervisor has been detected.\n")});
    CHECK(sysinfo24h2.hostname.is("PC-0042"));
    CHECK(sysinfo24h2.osBuild.is(26100));
    CHECK(sysinfo24h2.vbsStatus.is("running"));
    CHECK(sysinfo24h2.vbsRequiredProperties.is(IntList{1, 2}));
    CHECK(sysinfo24h2.vbsAvailableProperties.is(IntList{1, 2, 3}));
    CHECK(sysinfo24h2.vbsServicesRunning.is(IntList{0}));
    CHECK(sysinfo24h2.hypervisorPresent.is(true));
}

TEST_CASE("evidence: several files merge; disagreements show both values", "[evidence]")
{
    EvidenceNotes notes;
    const auto f =
        factsOf({sample("09-msinfo32-summary-win11-home-22631.txt"),
                 decodeEvidence("dg.txt", "VirtualizationBasedSecurityStatus : 0\nSecurityServicesRunning : {0}\n")},
                &notes);
    CHECK(f.vbsStatus.is("running"));         // the first file wins...
    REQUIRE(notes.disagreements.size() == 1); // ...and the other value is shown
    CHECK(notes.disagreements.front().find("dg.txt:1") != std::string::npos);
    CHECK(notes.disagreements.front().find("off") != std::string::npos);
    CHECK(f.vbsServicesRunning.is(IntList{0}));
}

TEST_CASE("evidence: a file with nothing recognizable is an error naming it, not a crash", "[evidence]")
{
    auto bad = factsFromEvidence({decodeEvidence("notes.txt", "Dear support,\nmy PC is slow.\n")});
    REQUIRE_FALSE(bad);
    CHECK(bad.error().code == ErrorCode::BadInput);
    CHECK(bad.error().detail.find("notes.txt") != std::string::npos);
    auto empty = factsFromEvidence({decodeEvidence("empty.txt", "")});
    CHECK_FALSE(empty);
}

TEST_CASE("evidence: the device spec reads a file or a folder and never changes anything", "[evidence]")
{
    auto device = openDevice("evidence:" + test::testDataDir() + "/evidence", DeviceOptions{});
    REQUIRE(device);
    auto facts = (*device)->probe();
    REQUIRE(facts);
    CHECK(facts->hostname.is("KHAPMYLES"));
    CHECK(facts->cpuSlat.is(true));
    auto write = (*device)->changeRegistry(R"(SYSTEM\CurrentControlSet\Control\DeviceGuard)",
                                           "EnableVirtualizationBasedSecurity", RegValue::dword(1), WriteIntent::Fix);
    CHECK_FALSE(write);
    CHECK(write.error().code == ErrorCode::NotSupported);
    auto missing = openDevice("evidence:/no/such/file.txt", DeviceOptions{});
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::NotFound);
}
