// hotpatch-ready-cli as a separate process: exit codes, error lines, help, profiles, and every shipped
// profile's JSON report against docs/report-schema.json.

#include "csvparser.h"
#include "engine/assessment.h"
#include "platform/device.h"
#include "schemavalidator.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

using hpr::test::runCli;

namespace {

constexpr const char *kAsOf = "2026-11-25";

/// Single-quotes an argument for the shell that runCli uses.
std::string quoted(const std::string &arg)
{
    std::string out = "'";
    for (char c : arg)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

std::vector<std::string> lines(const std::string &text)
{
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        out.push_back(line);
    return out;
}

std::vector<std::string> split(const std::string &line, char sep)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    for (;;) {
        const std::size_t pos = line.find(sep, start);
        out.push_back(line.substr(start, pos == std::string::npos ? std::string::npos : pos - start));
        if (pos == std::string::npos)
            return out;
        start = pos + 1;
    }
}

/// stderr of a usage error: the error line, then the --help hint.
void requireUsageError(const hpr::test::ProcessResult &r, const std::string &mention)
{
    INFO("stderr: " << r.err);
    CHECK(r.exitCode == 3);
    CHECK(r.out.empty());
    const auto errLines = lines(r.err);
    REQUIRE(errLines.size() == 2);
    CHECK(errLines[0].rfind("hotpatch-ready-cli: error: ", 0) == 0);
    CHECK(errLines[0].find(mention) != std::string::npos);
    CHECK(errLines[1] == "Try 'hotpatch-ready-cli --help'.");
}

/// stderr of an input error: exactly one line.
void requireInputError(const hpr::test::ProcessResult &r, const std::string &mention)
{
    INFO("stderr: " << r.err);
    CHECK(r.exitCode == 3);
    CHECK(r.out.empty());
    const auto errLines = lines(r.err);
    REQUIRE(errLines.size() == 1);
    CHECK(errLines[0].rfind("hotpatch-ready-cli: error: ", 0) == 0);
    CHECK(errLines[0].find(mention) != std::string::npos);
}

struct Profile
{
    std::string name, path, description;
};

std::vector<Profile> listProfiles()
{
    const auto r = runCli("profiles");
    REQUIRE(r.exitCode == 0);
    std::vector<Profile> out;
    for (const std::string &line : lines(r.out)) {
        const auto fields = split(line, '\t');
        REQUIRE(fields.size() == 3);
        out.push_back(Profile{fields[0], fields[1], fields[2]});
    }
    return out;
}

int exitCodeForVerdict(const std::string &verdict)
{
    if (verdict == "ready")
        return 0;
    if (verdict == "ready_after_fixes" || verdict == "blocked")
        return 1;
    return 2;
}

std::string assessArgs(const std::string &path, const std::string &format)
{
    return "assess --device " + quoted("sim:" + path) + " --format " + format + " --as-of " + kAsOf;
}

} // namespace

TEST_CASE("cli: --version prints the program and version", "[cli]")
{
    const auto r = runCli("--version");
    CHECK(r.exitCode == 0);
    CHECK(r.out == std::string("hotpatch-ready-cli ") + HPR_VERSION + "\n");
    CHECK(r.err.empty());
}

TEST_CASE("cli: --help documents every command, option, SPEC form, format and exit code", "[cli]")
{
    const auto r = runCli("--help");
    CHECK(r.exitCode == 0);
    CHECK(r.err.empty());
    for (const char *word : {"assess",
                             "profiles",
                             "help",
                             "--version",
                             "--help",
                             "--device",
                             "--format",
                             "--output",
                             "--state-dir",
                             "--as-of",
                             "--release-table",
                             "--no-color",
                             "local",
                             "sim:NAME",
                             "sim:PATH",
                             "text",
                             "json",
                             "csv",
                             "NO_COLOR",
                             "Examples:"}) {
        INFO(word);
        CHECK(r.out.find(word) != std::string::npos);
    }
    for (int code = 0; code <= 4; ++code) {
        INFO(code);
        CHECK(r.out.find("\n  " + std::to_string(code) + "  ") != std::string::npos);
    }
    CHECK(runCli("help").out == r.out);
    CHECK(runCli("help assess").out == r.out);
    CHECK(runCli("assess --help").out == r.out);
    CHECK(runCli("assess --device sim:x --help").exitCode == 0);
    CHECK(runCli("profiles -h").out == r.out);
}

TEST_CASE("cli: usage errors exit 3 with one error line and the --help hint", "[cli]")
{
    SECTION("unknown option")
    {
        requireUsageError(runCli("assess --bogus"), "'--bogus'");
    }
    SECTION("unknown option before the command")
    {
        requireUsageError(runCli("--bogus"), "'--bogus'");
    }
    SECTION("unknown command")
    {
        requireUsageError(runCli("frobnicate"), "'frobnicate'");
    }
    SECTION("no command")
    {
        requireUsageError(runCli(""), "no command");
    }
    SECTION("missing --device")
    {
        requireUsageError(runCli("assess --format json"), "--device");
    }
    SECTION("option without its value")
    {
        requireUsageError(runCli("assess --device"), "--device");
    }
    SECTION("option followed by another option")
    {
        requireUsageError(runCli("assess --device --format json"), "--device");
    }
    SECTION("option given twice")
    {
        requireUsageError(runCli("assess --device sim:a --device sim:b"), "more than once");
    }
    SECTION("bad --format")
    {
        requireUsageError(runCli("assess --device sim:x --format xml"), "'xml'");
    }
    SECTION("bad --as-of")
    {
        requireUsageError(runCli("assess --device sim:x --as-of 2026-02-30"), "2026-02-30");
    }
    SECTION("bad device spec")
    {
        requireUsageError(runCli("assess --device floppy:a"), "floppy:a");
    }
    SECTION("stray argument")
    {
        requireUsageError(runCli("assess --device sim:x extra"), "'extra'");
    }
    SECTION("profiles takes no argument")
    {
        requireUsageError(runCli("profiles extra"), "'extra'");
    }
    SECTION("--no-color takes no value")
    {
        requireUsageError(runCli("assess --device sim:x --no-color=1"), "--no-color");
    }
}

TEST_CASE("cli: input errors exit 3 with one line naming what is wrong", "[cli]")
{
    hpr::test::TempDir tmp;

    SECTION("missing profile file")
    {
        const std::string path = tmp.path() + "/no-such-profile.json";
        requireInputError(runCli("assess --device " + quoted("sim:" + path)), path);
    }
    SECTION("invalid profile file")
    {
        const std::string path = tmp.path() + "/broken.json";
        hpr::test::writeFile(path, "{ \"name\": \n");
        requireInputError(runCli("assess --device " + quoted("sim:" + path)), path);
    }
    SECTION("missing release table")
    {
        const std::string path = tmp.path() + "/no-table.json";
        requireInputError(runCli("assess --device sim:x --release-table " + quoted(path)), path);
    }
    SECTION("invalid release table")
    {
        const std::string path = tmp.path() + "/table.json";
        hpr::test::writeFile(path, "[1, 2");
        requireInputError(runCli("assess --device sim:x --release-table " + quoted(path)), path);
    }
    SECTION("output directory does not exist")
    {
        const std::string dir = tmp.path() + "/missing";
        requireInputError(runCli("assess --device sim:x --output " + quoted(dir + "/report.json")), dir);
        CHECK_FALSE(std::filesystem::exists(dir));
    }
    SECTION("output is a directory")
    {
        requireInputError(runCli("assess --device sim:x --output " + quoted(tmp.path())), tmp.path());
    }
}

TEST_CASE("cli: evidence files: verdict, notes on stderr, and broken files as input errors", "[cli][evidence]")
{
    hpr::test::TempDir tmp;
    const std::string l10n = hpr::test::testDataDir() + "/evidence-l10n/";
    const auto ru = runCli("assess --as-of " + std::string(kAsOf) + " --device " +
                           quoted("evidence:" + l10n + "ru-systeminfo-cp866.txt"));
    CHECK(ru.exitCode == 1); // SLAT "Нет": blocked on hardware
    CHECK(ru.out.find("HP-SLAT") != std::string::npos);
    CHECK(ru.err.find("ru-systeminfo-cp866.txt: cp866") != std::string::npos);

    hpr::test::writeFile(tmp.path() + "/a.txt", "VirtualizationBasedSecurityStatus : 2\n");
    hpr::test::writeFile(tmp.path() + "/b.txt", "Virtualization-based security\tNot enabled\nBIOS Mode\tMaybe\n");
    const auto both = runCli("assess --as-of " + std::string(kAsOf) + " --device " + quoted("evidence:" + tmp.path()));
    CHECK(both.err.find("disagreement: vbs.status") != std::string::npos);
    CHECK(both.err.find("b.txt:2: BIOS Mode value 'Maybe' not understood") != std::string::npos);

    hpr::test::writeFile(tmp.path() + "/c.nfo", "<MsInfo>\n<!DOCTYPE x>\n</MsInfo>\n");
    requireInputError(runCli("assess --device " + quoted("evidence:" + tmp.path() + "/c.nfo")), "c.nfo:2");
}

TEST_CASE("cli: --device local says when the live Windows backend is not in this build", "[cli]")
{
    if (hpr::hasLiveBackend())
        return; // the Windows build has it; the live device is not assessed in tests
    const auto r = runCli("assess --device local");
    requireInputError(r, "live Windows backend");
    CHECK(r.err.find("not part of this build") != std::string::npos);
}

TEST_CASE("cli: profiles lists every shipped profile with an absolute path", "[cli][profiles]")
{
    const auto r = runCli("profiles");
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.empty());
    const auto all = lines(r.out);
    CHECK(all.size() >= 18);
    for (const std::string &line : all) {
        INFO(line);
        const auto fields = split(line, '\t');
        REQUIRE(fields.size() == 3);
        CHECK_FALSE(fields[0].empty());
        CHECK_FALSE(fields[2].empty());
        CHECK(std::filesystem::path(fields[1]).is_absolute());
        CHECK(std::filesystem::is_regular_file(fields[1]));
    }
}

TEST_CASE("cli: every shipped profile gives a schema-valid JSON report and the verdict's exit code",
          "[cli][profiles][schema]")
{
    const hpr::test::SchemaValidator validator(
        nlohmann::json::parse(hpr::test::readFile(hpr::test::docsDir() + "/report-schema.json")));
    const auto profiles = listProfiles();
    REQUIRE(profiles.size() >= 18);
    std::set<std::string> verdicts;
    for (const Profile &p : profiles) {
        INFO("profile " << p.name << " at " << p.path);
        const auto r = runCli(assessArgs(p.path, "json"));
        INFO("stderr: " << r.err);
        CHECK(r.err.empty());
        nlohmann::json j;
        REQUIRE_NOTHROW(j = nlohmann::json::parse(r.out));
        const auto errors = validator.validate(j);
        INFO(nlohmann::json(errors).dump(1));
        CHECK(errors.empty());
        CHECK(r.exitCode == exitCodeForVerdict(j.value("verdict", "")));
        CHECK(j["device"]["spec"] == "sim:" + p.path);
        CHECK(j["as_of"] == kAsOf);
        CHECK(j["release_table"]["origin"] == "embedded");
        CHECK(j["tool"]["version"] == HPR_VERSION);
        verdicts.insert(j.value("verdict", ""));
    }
    // The shipped profiles exist to show every outcome.
    CHECK(verdicts.size() >= 3);
}

TEST_CASE("cli: a shipped profile can be named without its path", "[cli][profiles]")
{
    const auto profiles = listProfiles();
    REQUIRE_FALSE(profiles.empty());
    const auto byName = runCli(assessArgs(profiles.front().name, "csv"));
    const auto byPath = runCli(assessArgs(profiles.front().path, "csv"));
    CHECK(byName.exitCode == byPath.exitCode);
    CHECK(byName.err.empty());
}

TEST_CASE("cli: --output writes the same report to a file", "[cli][output]")
{
    const auto profiles = listProfiles();
    REQUIRE_FALSE(profiles.empty());
    const Profile &p = profiles.front();
    hpr::test::TempDir tmp;
    const std::string file = tmp.path() + "/report.json";

    const auto toStdout = runCli(assessArgs(p.path, "json"));
    const auto toFile = runCli(assessArgs(p.path, "json") + " --output " + quoted(file));
    CHECK(toFile.exitCode == toStdout.exitCode);
    CHECK(toFile.out.empty());
    CHECK(toFile.err.empty());
    REQUIRE(std::filesystem::is_regular_file(file));
    nlohmann::json a = nlohmann::json::parse(toStdout.out), b = nlohmann::json::parse(hpr::test::readFile(file));
    a.erase("generated_at");
    b.erase("generated_at");
    CHECK(a == b);

    SECTION("an existing file is replaced and no temporary file is left")
    {
        hpr::test::writeFile(file, "old");
        const auto again = runCli(assessArgs(p.path, "text") + " --output " + quoted(file));
        CHECK(again.exitCode == toStdout.exitCode);
        const std::string text = hpr::test::readFile(file);
        CHECK(text.find("Verdict:") != std::string::npos);
        CHECK(text.find('\x1b') == std::string::npos);
        std::size_t entries = 0;
        for ([[maybe_unused]] const auto &e : std::filesystem::directory_iterator(tmp.path()))
            ++entries;
        CHECK(entries == 1);
    }
}

TEST_CASE("cli: assess --format html writes one self-contained page with every check", "[cli][html]")
{
    hpr::test::TempDir tmp;
    const std::string file = tmp.path() + "/report.html";
    const auto r = runCli(assessArgs(hpr::test::profilePath("x64-vbs-off"), "html") + " --output " + quoted(file));
    CHECK(r.exitCode == 1); // ready after fixes: the verdict's exit code, whatever the format
    CHECK(r.err.empty());
    const std::string html = hpr::test::readFile(file);
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("Verdict: READY AFTER FIXES") != std::string::npos);
    CHECK(html.find("Why VBS is not running") != std::string::npos);
    for (const std::string &id : hpr::checkCatalogue()) {
        INFO(id);
        CHECK(html.find("<tr id=\"" + id + "\">") != std::string::npos);
    }
    const auto bad = runCli(assessArgs(hpr::test::profilePath("x64-vbs-off"), "pdf"));
    CHECK(bad.exitCode == 3);
    CHECK(bad.err.find("unknown format 'pdf' (use text, json, csv or html)") != std::string::npos);
}

TEST_CASE("cli: --release-table replaces the embedded table", "[cli]")
{
    const auto profiles = listProfiles();
    REQUIRE_FALSE(profiles.empty());
    const std::string table = std::filesystem::canonical(hpr::test::profilesDir() + "/../data/hotpatch-calendar.json");
    const auto r = runCli(assessArgs(profiles.front().path, "json") + " --release-table " + quoted(table));
    INFO(r.err);
    REQUIRE(r.exitCode <= 2);
    const nlohmann::json j = nlohmann::json::parse(r.out);
    CHECK(j["release_table"]["origin"] == table);
    CHECK_FALSE(j["release_table"]["date"].get<std::string>().empty());
}

TEST_CASE("cli: text report is plain when stdout is not a terminal", "[cli][text]")
{
    const auto profiles = listProfiles();
    REQUIRE_FALSE(profiles.empty());
    const auto r = runCli(assessArgs(profiles.front().path, "text"));
    CHECK(r.err.empty());
    CHECK(r.out.find("Verdict:") != std::string::npos);
    CHECK(r.out.find("Next steps") != std::string::npos);
    CHECK(r.out.find('\x1b') == std::string::npos);
}

TEST_CASE("cli: CSV of two devices concatenates under one header", "[cli][csv]")
{
    const auto profiles = listProfiles();
    REQUIRE(profiles.size() >= 2);
    const auto first = runCli(assessArgs(profiles[0].path, "csv"));
    const auto second = runCli(assessArgs(profiles[1].path, "csv"));
    CHECK(first.err.empty());
    CHECK(second.err.empty());
    CHECK(first.out.find('\r') == std::string::npos);

    const auto a = hpr::test::parseCsv(first.out), b = hpr::test::parseCsv(second.out);
    REQUIRE(a.size() == 2);
    REQUIRE(b.size() == 2);
    CHECK(a[0] == b[0]); // one header serves both

    const std::string secondRows = second.out.substr(second.out.find('\n') + 1);
    const auto all = hpr::test::parseCsv(first.out + secondRows);
    REQUIRE(all.size() == 3);
    CHECK(all[0][0] == "hostname");
    for (const auto &row : all)
        CHECK(row.size() == all[0].size());
    CHECK(all[1][4] == "sim:" + profiles[0].path);
    CHECK(all[2][4] == "sim:" + profiles[1].path);
    CHECK_FALSE(all[1][0].empty());
    CHECK_FALSE(all[2][0].empty());
}

TEST_CASE("cli: bundle writes one ZIP that unzip accepts, lists its files, and exits 0", "[cli][bundle]")
{
    hpr::test::TempDir dir;
    const std::string zip = dir.path() + "/ticket.zip";
    const auto r = runCli("bundle --device sim:arm64-chpe-on --as-of " + std::string(kAsOf) + " --state-dir " +
                          quoted(dir.path()) + " --output " + quoted(zip));
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.find("Diagnostic bundle written: " + zip) != std::string::npos);
    CHECK(r.out.find("probes.json") != std::string::npos);
    CHECK(r.err.empty());
    // an independent reader: Info-ZIP's unzip tests every CRC and lists the names
    CHECK(std::system(("unzip -tq " + quoted(zip) + " >/dev/null").c_str()) == 0);
    const std::string names = dir.path() + "/names.txt";
    REQUIRE(std::system(("unzip -Z1 " + quoted(zip) + " > " + quoted(names)).c_str()) == 0);
    const std::string listed = hpr::test::readFile(names);
    for (const char *name : {"README.txt", "report.json", "report.txt", "report.csv", "probes.json"})
        CHECK(listed.find(name) != std::string::npos);

    const auto missingDir = runCli("bundle --device sim:arm64-chpe-on --output " + quoted(dir.path() + "/no/x.zip"));
    CHECK(missingDir.exitCode == 3);
    CHECK(missingDir.err.find("no/x.zip") != std::string::npos);
}
