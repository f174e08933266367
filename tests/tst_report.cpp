// The report writers: JSON shape and schema, CSV quoting and columns, the text report, colour.

#include "csvparser.h"
#include "engine/assessment.h"
#include "engine/report.h"
#include "factsfixture.h"
#include "schemavalidator.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>

using namespace hpr;

namespace {

EvidenceItem evidence(const char *fact, const char *value, const char *source)
{
    return EvidenceItem{fact, value, source};
}

/// An assessment built by hand: every catalogue check, one blocker, one VBS cause, two next steps.
Assessment handMadeAssessment()
{
    Assessment a;
    a.facts = test::readyFacts();
    a.asOf = "2026-11-25";
    a.tableDate = "2026-11-25";
    a.tableSourcesAsOf = "2026-09-17";
    a.tableOrigin = "embedded";
    for (const std::string &id : checkCatalogue()) {
        CheckResult c;
        c.id = id;
        c.title = "Title of " + id;
        c.status = CheckStatus::Pass;
        c.summary = "Summary of " + id;
        c.explanation = "Explanation of " + id;
        a.checks.push_back(c);
    }
    a.checks[0].status = CheckStatus::Fail;
    a.checks[0].fix = FixWhere::HardwareOrEdition;
    a.checks[0].fixAction = "Upgrade to Enterprise";
    a.checks[0].blocker = BlockerCategory::Edition;
    a.checks[0].evidence = {evidence("os.edition_id", "Professional", "HKLM\\...\\EditionID")};
    a.checks[1].status = CheckStatus::Warn;
    a.checks[2].status = CheckStatus::Unknown;
    a.checks[3].status = CheckStatus::NotApplicable;
    a.vbsCauses = {VbsCause{"secure_boot_off",
                            "Secure Boot is off.",
                            {evidence("firmware.secure_boot", "off", "GetFirmwareEnvironmentVariable")},
                            FixWhere::FirmwareSetup}};
    a.verdict = Verdict::Blocked;
    a.blockers = {Blocker{a.checks[0].id, BlockerCategory::Edition}};
    a.nextSteps = {"Upgrade the edition.", "Turn on Secure Boot."};
    return a;
}

nlohmann::json loadSchema()
{
    return nlohmann::json::parse(test::readFile(test::docsDir() + "/report-schema.json"));
}

std::size_t columnOf(const std::vector<std::string> &header, const std::string &name)
{
    const auto it = std::find(header.begin(), header.end(), name);
    REQUIRE(it != header.end());
    return static_cast<std::size_t>(it - header.begin());
}

} // namespace

TEST_CASE("JSON report has the v1 shape", "[report]")
{
    const Assessment a = handMadeAssessment();
    const nlohmann::json j = reportToJson(a, test::fixedReportContext());

    std::set<std::string> keys;
    for (const auto &[key, value] : j.items())
        keys.insert(key);
    CHECK(keys == std::set<std::string>{"schema", "generated_at", "tool", "release_table", "as_of", "device", "verdict",
                                        "blockers", "checks", "vbs_diagnosis", "next_steps", "facts"});
    CHECK(j["schema"] == "hotpatch-ready/report/v1");
    CHECK(j["generated_at"] == "2026-11-25T10:00:00Z");
    CHECK(j["tool"] == nlohmann::json({{"name", "hotpatch-ready-cli"}, {"version", "9.8.7"}}));
    CHECK(j["release_table"] ==
          nlohmann::json({{"date", "2026-11-25"}, {"sources_as_of", "2026-09-17"}, {"origin", "embedded"}}));
    CHECK(j["as_of"] == "2026-11-25");
    CHECK(j["device"] == nlohmann::json({{"hostname", "PC-01"},
                                         {"manufacturer", "HP"},
                                         {"model", "EliteBook 840 G10"},
                                         {"serial", "5CG0001"},
                                         {"spec", "sim:/profiles/test.json"}}));
    CHECK(j["verdict"] == "blocked");
    CHECK(j["blockers"] == nlohmann::json::parse(R"([{"check": "HP-EDITION", "category": "edition"}])"));

    REQUIRE(j["checks"].size() == checkCatalogue().size());
    const nlohmann::json &first = j["checks"][0];
    CHECK(first["id"] == checkCatalogue()[0]);
    CHECK(first["status"] == "fail");
    CHECK(first["fix"] ==
          nlohmann::json({{"where", "other_hardware_or_edition"}, {"action", "Upgrade to Enterprise"}}));
    CHECK(first["evidence"] ==
          nlohmann::json::parse(
              R"([{"fact": "os.edition_id", "value": "Professional", "source": "HKLM\\...\\EditionID"}])"));
    CHECK(j["checks"][1]["status"] == "warn");
    CHECK(j["checks"][2]["status"] == "unknown");
    CHECK(j["checks"][3]["status"] == "not_applicable");
    CHECK(j["checks"][4]["fix"]["where"] == "none");

    REQUIRE(j["vbs_diagnosis"].size() == 1);
    CHECK(j["vbs_diagnosis"][0]["code"] == "secure_boot_off");
    CHECK(j["vbs_diagnosis"][0]["fix"] == "firmware_setup");
    CHECK(j["vbs_diagnosis"][0]["evidence"][0]["fact"] == "firmware.secure_boot");
    CHECK(j["next_steps"] == nlohmann::json({"Upgrade the edition.", "Turn on Secure Boot."}));

    CHECK(j["facts"] == factsToJson(a.facts));
    CHECK(j["facts"]["os.build"] == nlohmann::json({{"known", true}, {"value", 26100}, {"source", "test fixture"}}));
    CHECK(j["facts"]["vbs.registry.locked"]["value"].is_null());
}

TEST_CASE("JSON report text keeps the documented member order", "[report]")
{
    const Assessment a = handMadeAssessment();
    const std::string text = reportToJsonText(a, test::fixedReportContext());
    CHECK(text.rfind("{\n  \"schema\": \"hotpatch-ready/report/v1\",\n  \"generated_at\"", 0) == 0);
    CHECK(text.back() == '\n');
    CHECK(nlohmann::json::parse(text) == reportToJson(a, test::fixedReportContext()));

    const nlohmann::ordered_json ordered = nlohmann::ordered_json::parse(text);
    std::vector<std::string> keys, factIds, expectedIds;
    for (const auto &[key, value] : ordered.items())
        keys.push_back(key);
    CHECK(keys == std::vector<std::string>{"schema", "generated_at", "tool", "release_table", "as_of", "device",
                                           "verdict", "blockers", "checks", "vbs_diagnosis", "next_steps", "facts"});
    for (const auto &[key, value] : ordered["facts"].items())
        factIds.push_back(key);
    visitFacts(a.facts, [&](const char *id, const auto &) { expectedIds.emplace_back(id); });
    CHECK(factIds == expectedIds);
}

TEST_CASE("JSON reports validate against docs/report-schema.json", "[report][schema]")
{
    const test::SchemaValidator validator(loadSchema());

    SECTION("hand-made assessment")
    {
        const auto errors = validator.validate(reportToJson(handMadeAssessment(), test::fixedReportContext()));
        INFO(nlohmann::json(errors).dump(1));
        CHECK(errors.empty());
    }
    SECTION("assessed ready fixture")
    {
        const Assessment a = assess(test::readyFacts(), AssessOptions{test::kCompleteTableDate, nullptr});
        const auto errors = validator.validate(reportToJson(a, test::fixedReportContext()));
        INFO(nlohmann::json(errors).dump(1));
        CHECK(errors.empty());
    }
    SECTION("nothing known about the device")
    {
        DeviceFacts facts;
        visitFacts(facts, [](const char *, auto &fact) {
            fact = std::decay_t<decltype(fact)>::unknown(UnknownReason::NotElevated, "needs elevation", "WMI");
        });
        const Assessment a = assess(facts, AssessOptions{"2026-11-25", nullptr});
        const nlohmann::json j = reportToJson(a, ReportContext{});
        const auto errors = validator.validate(j);
        INFO(nlohmann::json(errors).dump(1));
        CHECK(errors.empty());
        CHECK(j["facts"]["os.build"] ==
              nlohmann::json(
                  {{"known", false}, {"reason", "not_elevated"}, {"detail", "needs elevation"}, {"source", "WMI"}}));
        CHECK(j["device"]["manufacturer"] == "");
        CHECK(std::regex_match(j["generated_at"].get<std::string>(),
                               std::regex(R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z)")));
    }
    SECTION("the validator rejects what the schema forbids")
    {
        nlohmann::json j = reportToJson(handMadeAssessment(), test::fixedReportContext());
        j["extra"] = 1;
        j["verdict"] = "maybe";
        j["checks"][0]["status"] = "ok";
        j["facts"]["os.build"] = {{"known", true}};
        j["device"]["hostname"] = "";
        CHECK(validator.validate(j).size() == 5);
    }
}

TEST_CASE("the schema and report.md list every fact ID", "[report][schema]")
{
    std::vector<std::string> ids;
    visitFacts(DeviceFacts{}, [&](const char *id, const auto &) { ids.emplace_back(id); });
    const nlohmann::json schema = loadSchema();
    CHECK(schema["properties"]["facts"]["required"].get<std::vector<std::string>>() == ids);

    const std::string doc = test::readFile(test::docsDir() + "/report.md");
    for (const std::string &id : ids) {
        INFO(id);
        CHECK(doc.find("| `" + id + "` |") != std::string::npos);
    }
    for (const std::string &id : checkCatalogue()) {
        INFO(id);
        CHECK(doc.find("| `" + id + "` |") != std::string::npos);
    }
}

TEST_CASE("hostname falls back to unknown-host", "[report]")
{
    Assessment a = handMadeAssessment();
    const ReportContext context = test::fixedReportContext();
    for (const Fact<std::string> &hostname :
         {Fact<std::string>::unknown(UnknownReason::Failed, "WMI failed"), Fact<std::string>::known("", "test")}) {
        a.facts.hostname = hostname;
        CHECK(reportToJson(a, context)["device"]["hostname"] == "unknown-host");
        const auto rows = test::parseCsv(csvHeader() + reportToCsvRow(a, context));
        REQUIRE(rows.size() == 2);
        CHECK(rows[1][columnOf(rows[0], "hostname")] == "unknown-host");
        CHECK(reportToText(a, context, false).find("unknown-host") != std::string::npos);
    }
}

TEST_CASE("CSV quoting, columns and line ends", "[report][csv]")
{
    Assessment a = handMadeAssessment();
    a.facts.hostname = Fact<std::string>::known("Lab, \"A\"", "test");
    a.facts.model = Fact<std::string>::known("Line\nbreak", "test");
    const ReportContext context = test::fixedReportContext();
    const std::string header = csvHeader(), row = reportToCsvRow(a, context);

    CHECK(row.rfind("\"Lab, \"\"A\"\"\",HP,\"Line\nbreak\",5CG0001,", 0) == 0);
    CHECK(header.find('\r') == std::string::npos);
    CHECK(row.find('\r') == std::string::npos);
    CHECK(header.back() == '\n');
    CHECK(row.back() == '\n');

    const auto rows = test::parseCsv(header + row + reportToCsvRow(handMadeAssessment(), context));
    REQUIRE(rows.size() == 3);
    CHECK(rows[1].size() == rows[0].size());
    CHECK(rows[2].size() == rows[0].size());
    CHECK(rows[1][0] == "Lab, \"A\"");
    CHECK(rows[1][2] == "Line\nbreak");

    std::vector<std::string> expected = {"hostname", "manufacturer", "model",        "serial",
                                         "spec",     "generated_at", "tool_version", "release_table_date",
                                         "verdict",  "blockers"};
    for (const std::string &id : checkCatalogue())
        expected.push_back(id);
    for (const char *c : {"os_edition", "os_build", "os_ubr", "os_arch", "vbs_status", "update_baseline_status"})
        expected.emplace_back(c);
    CHECK(rows[0] == expected);

    const auto &r = rows[2];
    CHECK(r[columnOf(rows[0], "spec")] == "sim:/profiles/test.json");
    CHECK(r[columnOf(rows[0], "generated_at")] == "2026-11-25T10:00:00Z");
    CHECK(r[columnOf(rows[0], "tool_version")] == "9.8.7");
    CHECK(r[columnOf(rows[0], "release_table_date")] == "2026-11-25");
    CHECK(r[columnOf(rows[0], "verdict")] == "blocked");
    CHECK(r[columnOf(rows[0], "blockers")] == "HP-EDITION:edition");
    CHECK(r[columnOf(rows[0], checkCatalogue()[0])] == "fail");
    CHECK(r[columnOf(rows[0], checkCatalogue()[1])] == "warn");
    CHECK(r[columnOf(rows[0], checkCatalogue()[2])] == "unknown");
    CHECK(r[columnOf(rows[0], checkCatalogue()[3])] == "not_applicable");
    CHECK(r[columnOf(rows[0], checkCatalogue()[4])] == "pass");
    CHECK(r[columnOf(rows[0], "os_edition")] == "Enterprise");
    CHECK(r[columnOf(rows[0], "os_build")] == "26100");
    CHECK(r[columnOf(rows[0], "os_ubr")] == "9106");
    CHECK(r[columnOf(rows[0], "os_arch")] == "x64");
    CHECK(r[columnOf(rows[0], "vbs_status")] == "running");
    CHECK(r[columnOf(rows[0], "update_baseline_status")] == ""); // not derived in a hand-made assessment

    SECTION("several blockers are joined with semicolons")
    {
        a.blockers.push_back(Blocker{"HP-TPM", BlockerCategory::Hardware});
        const auto two = test::parseCsv(header + reportToCsvRow(a, context));
        CHECK(two[1][columnOf(two[0], "blockers")] == "HP-EDITION:edition;HP-TPM:hardware");
    }
}

TEST_CASE("text report shows checks, evidence, verdict, VBS causes and next steps", "[report][text]")
{
    Assessment a = handMadeAssessment();
    const std::string text = reportToText(a, test::fixedReportContext(), false);
    INFO(text);

    for (const CheckResult &c : a.checks) {
        CHECK(text.find(c.id) != std::string::npos);
        CHECK(text.find(c.summary) != std::string::npos);
    }
    for (const char *word : {"PASS", "WARN", "FAIL", "UNKNOWN", "N/A"})
        CHECK(text.find(word) != std::string::npos);
    CHECK(text.find("os.edition_id = Professional  [HKLM\\...\\EditionID]") != std::string::npos);
    CHECK(text.find("Verdict: BLOCKED") != std::string::npos);
    CHECK(text.find("HP-EDITION (edition)") != std::string::npos);
    CHECK(text.find("Why VBS is not running") != std::string::npos);
    CHECK(text.find("Secure Boot is off.") != std::string::npos);
    CHECK(text.find("1. Upgrade the edition.") != std::string::npos);
    CHECK(text.find("2. Turn on Secure Boot.") != std::string::npos);
    CHECK(text.find("PC-01") != std::string::npos);
    CHECK(text.find("sim:/profiles/test.json") != std::string::npos);
    CHECK(text.find("2026-09-17") != std::string::npos);
    CHECK(text.find('\x1b') == std::string::npos);

    SECTION("no VBS section without causes")
    {
        a.vbsCauses.clear();
        CHECK(reportToText(a, test::fixedReportContext(), false).find("Why VBS is not running") == std::string::npos);
    }
    SECTION("every verdict is spelled out")
    {
        for (auto [verdict, word] : {std::pair{Verdict::Ready, "Verdict: READY -"},
                                     std::pair{Verdict::ReadyAfterFixes, "Verdict: READY AFTER FIXES"},
                                     std::pair{Verdict::Undetermined, "Verdict: UNDETERMINED"}}) {
            a.verdict = verdict;
            CHECK(reportToText(a, test::fixedReportContext(), false).find(word) != std::string::npos);
        }
    }
}

TEST_CASE("text report colours status words only when asked, and keeps the words", "[report][text]")
{
    const Assessment a = handMadeAssessment();
    const std::string plain = reportToText(a, test::fixedReportContext(), false);
    const std::string coloured = reportToText(a, test::fixedReportContext(), true);
    CHECK(plain.find("\x1b[") == std::string::npos);
    CHECK(coloured.find("\x1b[") != std::string::npos);
    CHECK(coloured.find("\x1b[31mFAIL") != std::string::npos);
    CHECK(coloured.find("\x1b[32mPASS") != std::string::npos);

    const std::string stripped = std::regex_replace(coloured, std::regex("\x1b\\[[0-9;]*m"), "");
    CHECK(stripped == plain);
}

TEST_CASE("nowIsoUtc is ISO 8601 UTC", "[report]")
{
    CHECK(std::regex_match(nowIsoUtc(), std::regex(R"(20\d{2}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d:[0-6]\dZ)")));
}
