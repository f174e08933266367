// The whole remediation cycle through the CLI, one process per step, as a technician or a script runs it.
#include "platform/sim/profilecatalog.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>

using namespace hpr;

namespace {

std::string q(const std::string &s)
{
    return "'" + s + "'";
}

} // namespace

TEST_CASE("cli: assess, plan, apply, schedule-reboot, sim-boot, verify - each fixable profile, one restart",
          "[cycle][cli]")
{
    int fixableSeen = 0;
    for (const auto &p : shippedProfiles()) {
        test::TempDir dir;
        const std::string dev =
            "--device " + q("sim:" + p.path) + " --state-dir " + q(dir.path()) + " --as-of 2026-11-25";
        const auto assessed = test::runCli("assess " + dev + " --format json");
        REQUIRE((assessed.exitCode >= 0 && assessed.exitCode <= 2));
        const auto report = nlohmann::json::parse(assessed.out);
        const auto verdict = report.at("verdict").get<std::string>();
        // Fixable here by an administrator: a standard user's profile is refused (its own test below).
        const auto &elevated = report.at("facts").at("process.elevated");
        if (verdict != "ready_after_fixes" || elevated.value("value", nlohmann::json()) == false)
            continue;
        ++fixableSeen;
        INFO(p.name);
        const auto plan = test::runCli("plan " + dev);
        CHECK(plan.exitCode == 1);
        CHECK(plan.out.find("Restart needed: yes") != std::string::npos);
        const auto apply = test::runCli("apply " + dev);
        CHECK(apply.exitCode == 0);
        CHECK(apply.err.empty());
        const auto again = test::runCli("apply " + dev);
        CHECK(again.exitCode == 0);
        CHECK(again.out.find("Nothing to change") != std::string::npos);
        const auto schedule = test::runCli("schedule-reboot " + dev + " --in 10");
        CHECK(schedule.exitCode == 0);
        CHECK(schedule.out.find("Restart scheduled") != std::string::npos);
        const auto status = test::runCli("status " + dev);
        CHECK(status.out.rfind("restart_scheduled", 0) == 0);
        const auto boot = test::runCli("sim-boot " + dev + " --format json");
        INFO(boot.out << boot.err);
        CHECK(boot.exitCode == 0); // the registered verification ran and found the device ready
        const auto state = nlohmann::json::parse(test::readFile(dir.path() + "/sim-" + p.name + "/sim-device.json"));
        CHECK(state.at("restarts").get<int>() == 1);
        const auto verify = test::runCli("verify " + dev + " --format json");
        CHECK(verify.exitCode == 0);
        const auto v = nlohmann::json::parse(verify.out);
        CHECK(v.at("ready").get<bool>());
        CHECK(v.at("verdict_after").get<std::string>() == "ready");
        const auto html = test::runCli("verify " + dev + " --format html");
        CHECK(html.exitCode == 0);
        CHECK(html.out.find("Verification after the restart") != std::string::npos);
        CHECK(html.out.find("<strong>changed</strong>") != std::string::npos);
        CHECK(test::readFile(dir.path() + "/sim-" + p.name + "/verification.html").find("id=\"verification\"") !=
              std::string::npos);
        CHECK(test::runCli("assess " + dev).exitCode == 0);
        CHECK(test::runCli("status " + dev).out.rfind("verified_ready", 0) == 0);
    }
    CHECK(fixableSeen >= 5);
}

TEST_CASE("cli: a blocked device is refused, rollback and cancel work, errors have exit codes", "[cycle][cli]")
{
    test::TempDir dir;
    const std::string blocked = "--device sim:x64-secureboot-off-rpsf1 --state-dir " + q(dir.path());
    const auto refused = test::runCli("apply " + blocked);
    CHECK(refused.exitCode == 1);
    CHECK(refused.out.find("nothing was changed") != std::string::npos);
    CHECK(test::runCli("schedule-reboot " + blocked + " --now").exitCode == 4); // nothing needs a restart

    const std::string dev = "--device sim:x64-vbs-off --state-dir " + q(dir.path());
    CHECK(test::runCli("apply " + dev + " --dry-run").out.find("Dry run") != std::string::npos);
    CHECK(test::runCli("status " + dev).out.rfind("not_assessed", 0) == 0);
    CHECK(test::runCli("apply " + dev).exitCode == 0);
    CHECK(test::runCli("schedule-reboot " + dev + " --at 23:30").exitCode == 0);
    CHECK(test::runCli("cancel-reboot " + dev).exitCode == 0);
    CHECK(test::runCli("cancel-reboot " + dev).exitCode == 4);
    const auto undo = test::runCli("rollback " + dev);
    CHECK(undo.exitCode == 0);
    CHECK(undo.out.find("2 value(s) restored") != std::string::npos);
    CHECK(test::runCli("assess " + dev + " --format json").exitCode == 1);

    CHECK(test::runCli("schedule-reboot " + dev).exitCode == 3);                 // no time given
    CHECK(test::runCli("schedule-reboot " + dev + " --at 25:00").exitCode == 3); // not a time
    CHECK(test::runCli("apply " + dev + " --method sideways").exitCode == 3);
    CHECK(test::runCli("sim-boot --device sim:x64-vbs-off").exitCode == 3); // needs --state-dir
    const auto badFormat = test::runCli("verify " + dev + " --format pdf");
    CHECK(badFormat.exitCode == 3);
    CHECK(badFormat.err.find("unknown format 'pdf' (use text, json or html)") != std::string::npos);
}

TEST_CASE("cli: a standard user can assess and plan; apply and schedule-reboot say how, and change nothing",
          "[cycle][cli][elevation]")
{
    test::TempDir dir;
    const std::string dev = "--device sim:x64-vbs-off-standard-user --state-dir " + q(dir.path());
    // Undetermined (exit 2): the BCD's hypervisor setting cannot be read without administrator rights.
    CHECK(test::runCli("assess " + dev + " --format json").exitCode == 2);
    const auto plan = test::runCli("plan " + dev);
    CHECK(plan.exitCode == 2);
    CHECK(plan.out.find("EnableVirtualizationBasedSecurity") != std::string::npos);
    CHECK(test::runCli("apply " + dev + " --dry-run").exitCode == 0); // a dry run changes nothing: allowed
    const auto apply = test::runCli("apply " + dev);
    CHECK(apply.exitCode == 4);
    CHECK(apply.err.find("needs administrator rights") != std::string::npos);
    CHECK(apply.err.find("Run as administrator") != std::string::npos);
    CHECK(apply.err.find("nothing was changed") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir.path() + "/sim-x64-vbs-off-standard-user/journal.json"));
    const auto schedule = test::runCli("schedule-reboot " + dev + " --in 10 --force");
    CHECK(schedule.exitCode == 4);
    CHECK(schedule.err.find("administrator") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir.path() + "/sim-x64-vbs-off-standard-user/restart.json"));
    // The device is as before: the same plan, the value still absent.
    CHECK(test::runCli("plan " + dev).out == plan.out);
}

TEST_CASE("cli: secureboot plan, apply --confirm, sim-boot, verify, rollback; refusals and usage errors",
          "[secureboot][cli]")
{
    test::TempDir dir;
    const std::string dev =
        "--device sim:x64-secureboot-2011-certs --state-dir " + q(dir.path()) + " --as-of 2026-11-25";
    const auto plan = test::runCli("secureboot plan " + dev);
    CHECK(plan.exitCode == 0);
    CHECK(plan.out.find("BitLocker (operating-system volume): on") != std::string::npos);
    const auto unconfirmed = test::runCli("secureboot apply " + dev);
    CHECK(unconfirmed.exitCode == 3);
    CHECK(unconfirmed.out.find("--confirm") != std::string::npos);
    const auto applied = test::runCli("secureboot apply " + dev + " --confirm --suspend-bitlocker 3 --format json");
    CHECK(applied.exitCode == 0);
    CHECK(nlohmann::json::parse(applied.out).at("outcome") == "applied");
    CHECK(test::runCli("secureboot verify " + dev).exitCode == 1); // not yet: no restart
    for (int i = 0; i < 3; ++i)
        REQUIRE(test::runCli("sim-boot " + dev).exitCode == 0);
    const auto verified = test::runCli("secureboot verify " + dev + " --format json");
    CHECK(verified.exitCode == 0);
    CHECK(nlohmann::json::parse(verified.out).at("phase") == "updated");
    // assess shows the opt-in's before/after once its journal exists (docs/report.md secureboot_update).
    const auto report = test::runCli("assess " + dev + " --format json");
    CHECK(report.exitCode == 0);
    const auto sb = nlohmann::json::parse(report.out).at("secureboot_update");
    CHECK(sb.at("phase_before") == "not_started");
    CHECK(sb.at("phase_now") == "updated");
    CHECK(sb.at("journal_state") == "applied");
    const auto text = test::runCli("assess " + dev + " --no-color");
    CHECK(text.out.find("secureboot.update_status: not_started -> updated") != std::string::npos);
    CHECK(test::runCli("assess --device sim:x64-secureboot-2011-certs --format json").out.find("secureboot_update") ==
          std::string::npos); // no state folder, no opt-in
    const auto rollback = test::runCli("secureboot rollback " + dev);
    CHECK(rollback.exitCode == 0);
    CHECK(rollback.out.find("stay there") != std::string::npos);
    CHECK(nlohmann::json::parse(test::runCli("assess " + dev + " --format json").out)
              .at("secureboot_update")
              .at("journal_state") == "rolled_back");

    const auto bios =
        test::runCli("secureboot apply --device sim:x64-legacy-bios --confirm --state-dir " + q(dir.path()));
    CHECK(bios.exitCode == 1);
    CHECK(bios.out.find("legacy BIOS") != std::string::npos);
    CHECK(test::runCli("secureboot --device sim:x64-secureboot-updated").exitCode == 3);
    CHECK(test::runCli("secureboot enable --device sim:x64-secureboot-updated").exitCode == 3);
    CHECK(test::runCli("secureboot plan --device sim:x64-secureboot-updated --confirm").exitCode == 3);
    CHECK(test::runCli("secureboot apply --device sim:x64-secureboot-updated --suspend-bitlocker 99").exitCode == 3);
}
