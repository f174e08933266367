// The CLI honours the admin policy and --log-level (one process per command, on Linux and under Wine).
#include "platform/adminpolicy.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>

using namespace hpr;
using test::shellQuote;

namespace {

/// The CLI bench with the cycle's phase read from `status`.
struct PolicyBench : test::CliBench
{
    using CliBench::CliBench;
    std::string phase() const
    {
        return nlohmann::json::parse(test::runCli("status " + dev + " --format json").out).at("phase");
    }
};

} // namespace

TEST_CASE("policy cli: AssessOnly refuses apply and schedule-reboot and changes nothing", "[policy][cli]")
{
    PolicyBench b(R"({"AssessOnly": 1})");
    const auto apply = test::runCli("apply " + b.dev);
    CHECK(apply.exitCode == 4);
    CHECK(apply.err.find(R"(apply refused by the admin policy AssessOnly=1 (HKLM\SOFTWARE\Policies\HotpatchReady\)"
                         "AssessOnly)") != std::string::npos);
    CHECK(b.phase() == "not_assessed");
    CHECK(test::runCli("apply " + b.dev + " --dry-run").exitCode == 0); // shows, changes nothing
    CHECK(b.phase() == "not_assessed");
    const auto reboot = test::runCli("schedule-reboot " + b.dev + " --in 30 --force");
    CHECK(reboot.exitCode == 4);
    CHECK(reboot.err.find("schedule-reboot refused by the admin policy AssessOnly=1") != std::string::npos);
    CHECK(test::runCli("assess " + b.dev).exitCode == 1); // assessing stays allowed
    CHECK(test::runCli("rollback " + b.dev).exitCode == 0);
}

TEST_CASE("policy cli: an invalid policy value stops every device command with exit 3", "[policy][cli]")
{
    PolicyBench b(R"({"RestartWindow": "evenings"})");
    for (const char *cmd : {"assess", "plan", "apply", "rollback", "status"}) {
        INFO(cmd);
        const auto r = test::runCli(std::string(cmd) + " " + b.dev);
        CHECK(r.exitCode == 3);
        CHECK(r.err.find(R"(invalid admin policy value HKLM\SOFTWARE\Policies\HotpatchReady\RestartWindow: )"
                         "'evenings' is not a window") != std::string::npos);
        CHECK(r.out.empty());
    }
    CHECK_FALSE(b.has("journal.json"));
}

TEST_CASE("policy cli: a restart outside RestartWindow is refused, or moved with --next-window", "[policy][cli]")
{
    // The simulated clock of x64-vbs-off reads 10:00 (device local time = UTC); the window is at night.
    PolicyBench b(R"({"RestartWindow": "02:00-03:00"})");
    REQUIRE(test::runCli("apply " + b.dev).exitCode == 0);
    const auto refused = test::runCli("schedule-reboot " + b.dev + " --in 15");
    CHECK(refused.exitCode == 4);
    CHECK(refused.err.find("is outside the allowed restart window 02:00-03:00 set by the admin policy "
                           R"(RestartWindow (HKLM\SOFTWARE\Policies\HotpatchReady\RestartWindow); nothing was )"
                           "scheduled") != std::string::npos);
    CHECK(b.phase() == "fixes_applied");
    CHECK(test::runCli("schedule-reboot " + b.dev + " --at 02:30").exitCode == 0); // inside: as asked
    const auto moved = test::runCli("schedule-reboot " + b.dev + " --in 15 --next-window");
    CHECK(moved.exitCode == 0);
    const auto restart = nlohmann::json::parse(test::readFile(b.stateFile("restart.json")));
    const std::string at = restart.at("at");
    INFO(at);
    CHECK(at.substr(at.size() - 10) == "T02:00:00Z"); // x64-vbs-off's local time is UTC
    CHECK(b.phase() == "restart_scheduled");
}

TEST_CASE("policy cli: ReportFolder gets a JSON copy of assess and verify", "[policy][cli]")
{
    test::TempDir share;
    PolicyBench b(R"({"ReportFolder": )" + nlohmann::json(share.path()).dump() + "}");
    CHECK(test::runCli("assess " + b.dev + " --format csv").exitCode == 1);
    CHECK(test::runCli("verify " + b.dev).exitCode == 1);
    int assess = 0, verify = 0;
    for (const auto &e : std::filesystem::directory_iterator(share.path())) {
        const std::string name = e.path().filename().string();
        const auto j = nlohmann::json::parse(test::readFile(e.path().string()));
        if (name.find("-verification-") != std::string::npos)
            ++verify;
        else if (j.value("verdict", "") == "ready_after_fixes")
            ++assess;
    }
    CHECK(assess == 1);
    CHECK(verify == 1);
    // An unreachable share is a warning; the report itself was written.
    PolicyBench gone(R"({"ReportFolder": )" + nlohmann::json(share.path() + "/missing").dump() + "}");
    const auto r = test::runCli("assess " + gone.dev + " --format json");
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("warning: the copy for the admin policy ReportFolder") != std::string::npos);
    CHECK(nlohmann::json::parse(r.out).at("verdict") == "ready_after_fixes");
}

TEST_CASE("cli: --log-level anywhere on the line, the log file, and bad levels", "[logging][cli]")
{
    PolicyBench b("{}");
    CHECK(test::runCli("--log-level debug assess " + b.dev).exitCode == 1);
    CHECK(test::runCli("assess " + b.dev + " --log-level=warn").exitCode == 1);
    const std::string log = test::readFile(b.dir.path() + "/logs/hotpatch-ready-cli.log");
    CHECK(log.find("hotpatch-ready-cli " HPR_VERSION ": --log-level debug assess") != std::string::npos);
    // A secret on the command line (here a bad device spec) is logged redacted, with the error it caused.
    CHECK(test::runCli("assess --device " + shellQuote("sim:postgresql://fleet:Hunter2@db/x")).exitCode == 3);
    const std::string after = test::readFile(b.dir.path() + "/logs/hotpatch-ready-cli.log");
    CHECK(after.find("postgresql://fleet:***@db/x") != std::string::npos);
    CHECK(after.find("Hunter2") == std::string::npos);
    CHECK(after.find("[error]") != std::string::npos);
    const auto bad = test::runCli("assess " + b.dev + " --log-level loud");
    CHECK(bad.exitCode == 3);
    CHECK(bad.err.find("--log-level 'loud' is not a level") != std::string::npos);
    CHECK(test::runCli("--log-level").exitCode == 3);
    CHECK(test::runCli("--log-level info --log-level off assess " + b.dev).exitCode == 3);
    PolicyBench quiet("{}");
    CHECK(test::runCli("assess " + quiet.dev + " --log-level off").exitCode == 1);
    CHECK_FALSE(std::filesystem::exists(quiet.dir.path() + "/logs"));
}

TEST_CASE("policy cli: 'policy' shows each value with its origin, and names an invalid one", "[policy][cli]")
{
    PolicyBench b(R"({"Language": "fr", "RestartWindow": "23:00-04:00"})");
    const auto shown = test::runCli("policy " + b.dev.substr(0, b.dev.find(" --as-of")));
    CHECK(shown.exitCode == 0);
    CHECK(shown.out == "Language = fr   (HKLM\\SOFTWARE\\Policies\\HotpatchReady\\Language)\n"
                       "RestartWindow = 23:00-04:00   (HKLM\\SOFTWARE\\Policies\\HotpatchReady\\RestartWindow)\n");
    PolicyBench bad(R"({"Language": "xx"})");
    const auto refused = test::runCli("policy " + bad.dev.substr(0, bad.dev.find(" --as-of")));
    CHECK(refused.exitCode == 3);
    CHECK(refused.err.find("'xx' is not a language of the product") != std::string::npos);
}
