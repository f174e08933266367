// export-policy: the Policy CSP settings for each option, the Intune custom profile JSON, the .reg file,
// and the CLI command as a separate process (POSIX builds only: runCli uses a POSIX shell there).

#include "engine/policyexport.h"
#include "testsupport.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <set>
#include <stdexcept>
#include <utility>

using hpr::PolicyExportOptions;
using hpr::PolicySetting;

namespace {

constexpr const char *kAt = "2026-11-25T10:00:00Z";
constexpr const char *kVersion = "9.8.7";
constexpr const char *kCsp = "./Device/Vendor/MSFT/Policy/Config/";
constexpr const char *kGpoKey = R"(SOFTWARE\Policies\Microsoft\Windows\DeviceGuard)";
constexpr const char *kMmKey = R"(SYSTEM\CurrentControlSet\Control\Session Manager\Memory Management)";

std::vector<std::pair<std::string, int>> uriValues(const std::vector<PolicySetting> &settings)
{
    std::vector<std::pair<std::string, int>> out;
    for (const PolicySetting &s : settings)
        out.emplace_back(s.omaUri, s.value);
    return out;
}

const PolicySetting &find(const std::vector<PolicySetting> &settings, const std::string &name)
{
    for (const PolicySetting &s : settings) {
        if (s.name == name)
            return s;
    }
    FAIL("no setting " << name);
    throw std::logic_error("unreachable");
}

PolicyExportOptions allOptions()
{
    PolicyExportOptions o;
    o.requireDma = true;
    o.memoryIntegrity = true;
    o.disableChpe = true;
    return o;
}

bool isAscii(const std::string &text)
{
    for (unsigned char c : text) {
        if (c > 0x7e || (c < 0x20 && c != '\r' && c != '\n' && c != '\t'))
            return false;
    }
    return true;
}

std::vector<std::string> crlfLines(const std::string &text)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = text.find("\r\n", start);
        if (end == std::string::npos) {
            out.push_back(text.substr(start));
            break;
        }
        out.push_back(text.substr(start, end - start));
        start = end + 2;
    }
    return out;
}

} // namespace

TEST_CASE("policyexport: exact OMA-URIs and values for every option combination", "[policyexport]")
{
    const std::string vbs = std::string(kCsp) + "DeviceGuard/EnableVirtualizationBasedSecurity";
    const std::string level = std::string(kCsp) + "DeviceGuard/RequirePlatformSecurityFeatures";
    const std::string hvci = std::string(kCsp) + "VirtualizationBasedTechnology/HypervisorEnforcedCodeIntegrity";
    const std::string chpe = std::string(kCsp) + "System/DisableCHPE";

    for (int mask = 0; mask < 8; ++mask) {
        PolicyExportOptions o;
        o.requireDma = mask & 1;
        o.memoryIntegrity = mask & 2;
        o.disableChpe = mask & 4;
        INFO("requireDma=" << o.requireDma << " memoryIntegrity=" << o.memoryIntegrity
                           << " disableChpe=" << o.disableChpe);
        std::vector<std::pair<std::string, int>> expected{{vbs, 1}, {level, o.requireDma ? 3 : 1}};
        if (o.memoryIntegrity)
            expected.emplace_back(hvci, 2);
        if (o.disableChpe)
            expected.emplace_back(chpe, 1);
        const auto settings = hpr::policySettings(o);
        CHECK(uriValues(settings) == expected);
        for (const PolicySetting &s : settings) {
            CHECK(s.dataType == "Integer");
            CHECK(s.omaUri.rfind(kCsp, 0) == 0);
            CHECK(s.omaUri.substr(s.omaUri.rfind('/') + 1) == s.name);
            CHECK_FALSE(s.description.empty());
            CHECK_FALSE(s.registryNote.empty());
        }
    }
}

TEST_CASE("policyexport: editions, minimum OS and registry equivalents follow the CSP documentation", "[policyexport]")
{
    const auto settings = hpr::policySettings(allOptions());

    const PolicySetting &vbs = find(settings, "EnableVirtualizationBasedSecurity");
    CHECK(vbs.editions == "Pro, Enterprise, Education, IoT Enterprise");
    CHECK(vbs.minimumOs == "Windows 10, version 1709");
    CHECK(vbs.registryKey == kGpoKey);
    CHECK(vbs.registryValue == "EnableVirtualizationBasedSecurity");

    const PolicySetting &level = find(settings, "RequirePlatformSecurityFeatures");
    CHECK(level.editions.find("not Pro") != std::string::npos);
    CHECK(level.editions.rfind("Pro", 0) != 0); // Pro is not listed as an edition it applies to
    CHECK(level.description.find("Not applicable to Windows Pro") != std::string::npos);
    CHECK(level.description.find("DMA") != std::string::npos);
    CHECK(level.minimumOs == "Windows 10, version 1709");
    CHECK(level.registryKey == kGpoKey);
    CHECK(level.registryValue == "RequirePlatformSecurityFeatures");

    const PolicySetting &hvci = find(settings, "HypervisorEnforcedCodeIntegrity");
    CHECK(hvci.editions == "Pro, Enterprise, Education, IoT Enterprise");
    CHECK(hvci.minimumOs.find("10.0.22000") != std::string::npos);
    CHECK(hvci.description.find("without UEFI lock") != std::string::npos);
    CHECK(hvci.description.find("reversible") != std::string::npos);
    CHECK(hvci.registryKey == kGpoKey);
    CHECK(hvci.registryValue == "HypervisorEnforcedCodeIntegrity");
    CHECK(hvci.registryNote.find("Enabled without lock") != std::string::npos);

    const PolicySetting &chpe = find(settings, "DisableCHPE");
    CHECK(chpe.editions == "Pro, Enterprise, Education, IoT Enterprise");
    CHECK(chpe.minimumOs.find("24H2") != std::string::npos);
    CHECK(chpe.minimumOs.find("KB5055523") != std::string::npos);
    CHECK(chpe.minimumOs.find("10.0.26100.3775") != std::string::npos);
    CHECK(chpe.registryKey == kMmKey);
    CHECK(chpe.registryValue == "HotPatchRestrictions");
    CHECK(chpe.registryNote.find("no Group Policy") != std::string::npos);
}

TEST_CASE("policyexport: the Intune profile is a Graph windows10CustomConfiguration", "[policyexport]")
{
    const auto settings = hpr::policySettings(allOptions());
    const std::string text = hpr::intuneProfileJson(settings, kAt, kVersion);
    CHECK(isAscii(text));
    CHECK(text.back() == '\n');
    const nlohmann::json doc = nlohmann::json::parse(text);

    CHECK(doc.at("@odata.type") == "#microsoft.graph.windows10CustomConfiguration");
    const std::string name = doc.at("displayName");
    CHECK(name.rfind("Hotpatch readiness: VBS", 0) == 0);
    const std::string description = doc.at("description");
    CHECK(description.find(std::string("hotpatch-ready-cli ") + kVersion) != std::string::npos);
    CHECK(description.find(kAt) != std::string::npos);
    CHECK(description.find("next restart") != std::string::npos);
    // Nothing but Graph properties, so the document can be POSTed as it is.
    std::set<std::string> keys;
    for (const auto &item : doc.items())
        keys.insert(item.key());
    CHECK(keys == std::set<std::string>{"@odata.type", "displayName", "description", "omaSettings"});

    const nlohmann::json &oma = doc.at("omaSettings");
    REQUIRE(oma.is_array());
    REQUIRE(oma.size() == settings.size());
    for (std::size_t i = 0; i < settings.size(); ++i) {
        INFO(settings[i].name);
        const nlohmann::json &o = oma[i];
        std::set<std::string> fields;
        for (const auto &item : o.items())
            fields.insert(item.key());
        CHECK(fields == std::set<std::string>{"@odata.type", "displayName", "description", "omaUri", "value"});
        CHECK(o.at("@odata.type") == "#microsoft.graph.omaSettingInteger");
        CHECK(o.at("displayName") == settings[i].name);
        CHECK(o.at("omaUri") == settings[i].omaUri);
        CHECK(o.at("value").is_number_integer());
        CHECK(o.at("value") == settings[i].value);
        const std::string d = o.at("description");
        CHECK(d.find(settings[i].editions) != std::string::npos);
        CHECK(d.find(settings[i].minimumOs) != std::string::npos);
        CHECK(d.find("next restart") != std::string::npos);
    }
    CHECK(oma[1].at("description").get<std::string>().find("not Pro") != std::string::npos);

    const std::string plain = hpr::intuneProfileJson(hpr::policySettings({}), kAt, kVersion);
    CHECK(nlohmann::json::parse(plain).at("displayName") == "Hotpatch readiness: VBS");
    CHECK(nlohmann::json::parse(plain).at("omaSettings").size() == 2);
}

TEST_CASE("policyexport: the .reg file is a valid ASCII regedit file with CRLF line ends", "[policyexport]")
{
    const auto settings = hpr::policySettings(allOptions());
    const std::string text = hpr::regFile(settings, kAt, kVersion);

    CHECK(text.rfind("Windows Registry Editor Version 5.00\r\n\r\n", 0) == 0);
    CHECK(isAscii(text));
    CHECK(text.size() >= 2);
    CHECK(text.substr(text.size() - 2) == "\r\n");
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n') {
            INFO("LF at offset " << i);
            REQUIRE(i > 0);
            CHECK(text[i - 1] == '\r');
        }
        if (text[i] == '\r') {
            REQUIRE(i + 1 < text.size());
            CHECK(text[i + 1] == '\n');
        }
    }

    // Every line is the header, blank, a comment, a key section or a value line.
    const auto lines = crlfLines(text);
    REQUIRE_FALSE(lines.empty());
    std::vector<std::string> sections, values;
    for (std::size_t i = 1; i < lines.size(); ++i) {
        const std::string &l = lines[i];
        INFO("line " << i << ": " << l);
        if (l.empty() || l[0] == ';')
            continue;
        if (l[0] == '[') {
            CHECK(l.back() == ']');
            sections.push_back(l);
        } else {
            CHECK(l[0] == '"');
            values.push_back(l);
        }
    }
    CHECK(sections == std::vector<std::string>{std::string("[HKEY_LOCAL_MACHINE\\") + kGpoKey + "]",
                                               std::string("[HKEY_LOCAL_MACHINE\\") + kMmKey + "]"});
    CHECK(values == std::vector<std::string>{"\"EnableVirtualizationBasedSecurity\"=dword:00000001",
                                             "\"RequirePlatformSecurityFeatures\"=dword:00000003",
                                             "\"HypervisorEnforcedCodeIntegrity\"=dword:00000002",
                                             "\"HotPatchRestrictions\"=dword:00000001"});

    CHECK(text.find("restart") != std::string::npos);
    CHECK(text.find("domain GPO") != std::string::npos);
    CHECK(text.find("no Group Policy") != std::string::npos);
    CHECK(text.find(std::string("hotpatch-ready-cli ") + kVersion) != std::string::npos);
    for (const PolicySetting &s : settings)
        CHECK(text.find(s.omaUri) != std::string::npos);

    SECTION("without options: one DeviceGuard section, Secure Boot level")
    {
        const std::string plain = hpr::regFile(hpr::policySettings({}), kAt, kVersion);
        CHECK(plain.find("[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows\\DeviceGuard]\r\n") !=
              std::string::npos);
        CHECK(plain.find("\"RequirePlatformSecurityFeatures\"=dword:00000001\r\n") != std::string::npos);
        CHECK(plain.find("Memory Management") == std::string::npos);
        CHECK(plain.find("HypervisorEnforcedCodeIntegrity\"") == std::string::npos);
    }
}

#ifndef _WIN32
TEST_CASE("policyexport: export-policy writes the file, rejects bad formats, and is in --help", "[policyexport]")
{
    using hpr::test::runCli;
    hpr::test::TempDir tmp;

    SECTION("--format reg --output FILE")
    {
        const std::string path = tmp.path() + "/hotpatch.reg";
        const auto r = runCli("export-policy --format reg --chpe --output '" + path + "'");
        INFO("stderr: " << r.err);
        CHECK(r.exitCode == 0);
        CHECK(r.out.empty());
        CHECK(r.err.empty());
        const std::string text = hpr::test::readFile(path);
        CHECK(text.rfind("Windows Registry Editor Version 5.00\r\n", 0) == 0);
        CHECK(text.find("\"HotPatchRestrictions\"=dword:00000001\r\n") != std::string::npos);
        CHECK(text.find("\"HypervisorEnforcedCodeIntegrity\"") == std::string::npos);
    }
    SECTION("--format intune to standard output")
    {
        const auto r = runCli("export-policy --format=intune --require-dma --memory-integrity");
        CHECK(r.exitCode == 0);
        CHECK(r.err.empty());
        const nlohmann::json doc = nlohmann::json::parse(r.out);
        REQUIRE(doc.at("omaSettings").size() == 3);
        CHECK(doc.at("omaSettings")[1].at("value") == 3);
        CHECK(doc.at("omaSettings")[2].at("value") == 2);
    }
    SECTION("unknown format: exit 3, one error line and the --help hint")
    {
        const auto r = runCli("export-policy --format xml");
        CHECK(r.exitCode == 3);
        CHECK(r.out.empty());
        CHECK(r.err == "hotpatch-ready-cli: error: export-policy: unknown format 'xml' (use intune or reg)\n"
                       "Try 'hotpatch-ready-cli --help'.\n");
    }
    SECTION("missing --format: exit 3")
    {
        const auto r = runCli("export-policy --chpe");
        CHECK(r.exitCode == 3);
        CHECK(r.out.empty());
        CHECK(r.err.rfind("hotpatch-ready-cli: error: export-policy: the option --format", 0) == 0);
    }
    SECTION("missing output directory: exit 3, one line, nothing written")
    {
        const std::string path = tmp.path() + "/no-such-dir/x.reg";
        const auto r = runCli("export-policy --format reg --output '" + path + "'");
        CHECK(r.exitCode == 3);
        CHECK(r.out.empty());
        CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
        CHECK(r.err.find("no-such-dir") != std::string::npos);
    }
    SECTION("--help lists the command and its options")
    {
        const auto r = runCli("--help");
        CHECK(r.exitCode == 0);
        for (const char *word :
             {"export-policy --format intune|reg", "--require-dma", "--memory-integrity", "--chpe"}) {
            INFO(word);
            CHECK(r.out.find(word) != std::string::npos);
        }
        CHECK(runCli("export-policy --help").out == r.out);
    }
}
#endif
