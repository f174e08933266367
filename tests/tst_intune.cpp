// `intune detect|remediate`, the logic behind installer/intune/*.ps1: each verdict, the admin policy values it
// obeys, one line under 2048 characters, nothing on stderr. (PowerShell itself cannot run here: docs/intune.md.)
#include "platform/adminpolicy.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>

using namespace hpr;
using test::shellQuote;

namespace {

struct IntuneBench : test::CliBench
{
    IntuneBench(const std::string &base, const std::string &policy = "{}")
        : CliBench(policy, base)
    {
    }
    test::ProcessResult run(const std::string &mode) const
    {
        auto r = test::runCli("intune " + mode + " " + dev);
        INFO(r.out << r.err);
        // Intune's contract: exit 0 or 1, exactly one line on stdout under 2048 characters, nothing on stderr.
        CHECK((r.exitCode == 0 || r.exitCode == 1));
        CHECK(r.err.empty());
        CHECK(r.out.rfind("Hotpatch Ready " HPR_VERSION ": ", 0) == 0);
        CHECK(r.out.size() <= 2048);
        CHECK(r.out.find('\n') == r.out.size() - 1);
        return r;
    }
};

bool contains(const std::string &s, const std::string &part)
{
    return s.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("intune detect: exit 1 only for a device that is not ready and fixable here", "[intune]")
{
    const auto ready = IntuneBench("x64-enterprise-24h2-ready").run("detect");
    CHECK(ready.exitCode == 0);
    CHECK(contains(ready.out, "ready for hotpatch updates"));

    const auto fixable = IntuneBench("x64-vbs-off").run("detect");
    CHECK(fixable.exitCode == 1);
    CHECK(contains(fixable.out, "not ready, fixable here: EnableVirtualizationBasedSecurity=1, "
                                "RequirePlatformSecurityFeatures=1; then one restart"));

    const auto blocked = IntuneBench("x64-home").run("detect");
    CHECK(blocked.exitCode == 0);
    CHECK(contains(blocked.out, "blocked, not fixable by this remediation: "));
    CHECK(contains(blocked.out, "(edition)"));

    const auto pending = IntuneBench("x64-pending-wu-restart").run("detect");
    CHECK(pending.exitCode == 0);
    CHECK(contains(pending.out, "ready after a restart, which is left to the update ring"));
}

TEST_CASE("intune detect: undetermined and unreadable devices are not remediated", "[intune]")
{
    IntuneBench b("x64-vbs-off");
    const std::string evidence = test::testDataDir() + "/evidence/05-systeminfo-hyperv-requirements-all-yes.txt";
    const auto r = test::runCli("intune detect --device " + shellQuote("evidence:" + evidence) + " --as-of 2026-11-25");
    CHECK(r.exitCode == 0);
    CHECK(r.err.empty());
    CHECK(contains(r.out, "undetermined (not remediated): unknown "));
    const auto missing = test::runCli("intune detect --device sim:no-such-profile");
    CHECK(missing.exitCode == 0);
    CHECK(missing.err.empty());
    CHECK(contains(missing.out, "cannot open the device: "));
    // A huge device spec: the line is cut, never longer than Intune keeps.
    const auto huge = test::runCli("intune detect --device sim:" + std::string(3000, 'x'));
    CHECK(huge.exitCode == 0);
    CHECK(huge.out.size() == 2048);
    CHECK(huge.out.substr(2044) == "...\n");
}

TEST_CASE("intune remediate: applies the plan and leaves the restart to the update ring by default", "[intune]")
{
    IntuneBench b("x64-vbs-off");
    REQUIRE(b.run("detect").exitCode == 1);
    const auto r = b.run("remediate");
    CHECK(r.exitCode == 0);
    CHECK(contains(r.out, "applied 2 change(s) (journaled; undo: hotpatch-ready-cli rollback --device sim:"));
    CHECK(
        contains(r.out, "the restart is left to the update ring (admin policy RemediationSchedulesRestart is not 1)"));
    CHECK(b.has("journal.json"));
    CHECK_FALSE(b.has("restart.json")); // never restarts, never schedules without the policy
    const auto after = b.run("detect");
    CHECK(after.exitCode == 0);
    CHECK(contains(after.out, "ready after a restart, which is left to the update ring"));
}

TEST_CASE("intune remediate: RemediationSchedulesRestart=1 schedules the one restart inside RestartWindow", "[intune]")
{
    IntuneBench b("x64-vbs-off", R"({"RemediationSchedulesRestart": 1, "RestartWindow": "02:00-03:00"})");
    REQUIRE(b.run("detect").exitCode == 1);
    const auto r = b.run("remediate");
    CHECK(r.exitCode == 0);
    CHECK(contains(r.out, "one restart scheduled for "));
    CHECK(contains(r.out,
                   "T02:00:00Z UTC (RemediationSchedulesRestart=1, "
                   R"(HKLM\SOFTWARE\Policies\HotpatchReady\RemediationSchedulesRestart), verification after it)"));
    REQUIRE(b.has("restart.json"));
    const auto after = b.run("detect");
    CHECK(after.exitCode == 0);
    CHECK(contains(after.out, "fixes applied; "));
    // The simulated restart runs the registered verification: ready.
    CHECK(test::runCli("sim-boot " + b.dev).exitCode == 0);
    CHECK(b.run("detect").exitCode == 0);
}

TEST_CASE("intune: a pending restart alone is remediated only when the policy lets it schedule it", "[intune]")
{
    IntuneBench b("x64-pending-wu-restart", R"({"RemediationSchedulesRestart": 1})");
    const auto d = b.run("detect");
    CHECK(d.exitCode == 1);
    CHECK(contains(d.out, "lets the remediation schedule it"));
    const auto r = b.run("remediate");
    CHECK(r.exitCode == 0);
    CHECK(contains(r.out, "nothing to change; one restart scheduled for "));
}

TEST_CASE("intune: AssessOnly and invalid policy values are reported in the one line", "[intune][policy]")
{
    IntuneBench only("x64-vbs-off", R"({"AssessOnly": 1, "RemediationSchedulesRestart": 1})");
    const auto d = only.run("detect");
    CHECK(d.exitCode == 0);
    CHECK(contains(d.out, "but the admin policy AssessOnly=1"));
    const auto r = only.run("remediate");
    CHECK(r.exitCode == 1);
    CHECK(contains(r.out, "remediation refused by the admin policy AssessOnly=1"));
    CHECK_FALSE(only.has("journal.json"));

    IntuneBench bad("x64-vbs-off", R"({"AssessOnly": 3})");
    const auto bd = bad.run("detect");
    CHECK(bd.exitCode == 0);
    CHECK(contains(bd.out, R"(invalid admin policy value HKLM\SOFTWARE\Policies\HotpatchReady\AssessOnly: 3 is not)"));
    CHECK(bad.run("remediate").exitCode == 1);
    CHECK_FALSE(bad.has("journal.json"));
}

TEST_CASE("intune scripts (static check; PowerShell cannot run here): thin wrappers of the tested CLI decisions",
          "[intune]")
{
    // What this checks is the text of the scripts, not their run: no PowerShell exists on this machine
    // (docs/intune.md). The decisions they pass on are the `intune` command's, tested above.
    const std::string dir = test::docsDir() + "/../installer/intune/";
    for (const std::string mode : {"detect", "remediate"}) {
        INFO(mode);
        const std::string text = test::readFile(dir + mode + "-hotpatch-ready.ps1");
        REQUIRE_FALSE(text.empty());
        CHECK(contains(text, "& $cli intune " + mode + " --device local 2>&1"));
        CHECK(contains(text, "$code = $LASTEXITCODE"));
        CHECK(contains(text, "Substring(0, 2044)"));
        for (const char *forbidden : {"Restart-Computer", "shutdown", "Stop-Computer", "Write-Error",
                                      "Set-ItemProperty", "New-ItemProperty", "reg.exe", "bcdedit"})
            CHECK_FALSE(contains(text, forbidden));
    }
    CHECK(contains(test::readFile(dir + "detect-hotpatch-ready.ps1"), "if ($code -eq 1) { exit 1 }\nexit 0\n"));
    CHECK(contains(test::readFile(dir + "remediate-hotpatch-ready.ps1"), "if ($code -eq 0) { exit 0 }\nexit 1\n"));
}
