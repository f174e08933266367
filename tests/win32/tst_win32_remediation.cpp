// The remediation writes on the real registry API (under Wine in CI), through the Win32 device and its
// allowlist: every allowlisted value round-trips; a crashed apply is rolled back exactly; the restart is
// scheduled and cancelled through the recording seam.
#include "../testsupport.h"
#include "engine/durablefile.h"
#include "platform/device.h"
#include "platform/journal.h"
#include "platform/remediation.h"
#include "platform/win32/taskscheduler.h"
#include "platform/win32/win32device.h"
#include "platform/win32/win32systemsource.h"
#include "win32testsupport.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

using namespace hpr;
using hpr::test::isAbsent;

namespace {

const AssessOptions kAssess{"2026-11-25", nullptr};

std::unique_ptr<Device> localDevice(const std::string &stateDir)
{
    auto device = openDevice("local", DeviceOptions{stateDir});
    REQUIRE(device);
    return std::move(*device);
}

std::optional<RegValue> current(Device &d, const std::string &key, const std::string &name)
{
    auto v = d.readRegistry(key, name);
    REQUIRE(v.isKnown());
    return v.value();
}

std::vector<std::string> readLines(const std::string &path)
{
    std::ifstream in(path);
    std::vector<std::string> out;
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        out.push_back(line);
    }
    return out;
}

/// "key=value" out of a seam record line ("InitiateShutdownW grace=300 flags=6 ... message=TEXT").
std::string field(const std::string &line, const std::string &name)
{
    const auto at = line.find(" " + name + "=");
    if (at == std::string::npos)
        return {};
    const auto start = at + name.size() + 2;
    if (name == "message") // the last field, may contain spaces
        return line.substr(start);
    return line.substr(start, line.find(' ', start) - start);
}

} // namespace

TEST_CASE("win32 device: every allowlisted value round-trips absent, fix, absent, and a prior value of "
          "another type comes back exactly",
          "[win32][remediation]")
{
    test::RegistryGuard guard(test::allowlistedVbsValues());
    test::TempDir state;
    auto device = localDevice(state.path());
    Device &d = *device;
    int n = 0;
    for (const auto &a : writeAllowlist()) {
        if (std::string(a.key) == reg::kRunOnce)
            continue;
        INFO("HKLM\\" << a.key << "\\" << a.name);
        REQUIRE(a.type == RegType::Dword);
        REQUIRE_FALSE(a.data.empty());
        // Absent first (the guard has saved whatever the prefix had).
        REQUIRE(d.changeRegistry(a.key, a.name, std::nullopt, WriteIntent::Restore).ok());
        REQUIRE(isAbsent(d.readRegistry(a.key, a.name)));

        // A fix may set each allowed number, and nothing else.
        for (std::int64_t data : a.data) {
            REQUIRE(d.changeRegistry(a.key, a.name, RegValue::dword(data), WriteIntent::Fix).ok());
            CHECK(current(d, a.key, a.name) == RegValue::dword(data));
        }
        REQUIRE(d.changeRegistry(a.key, a.name, std::nullopt, WriteIntent::Restore).ok());
        CHECK(isAbsent(d.readRegistry(a.key, a.name)));
        auto refused = d.changeRegistry(a.key, a.name, RegValue::dword(7), WriteIntent::Fix);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::AccessDenied);
        auto wrongType = d.changeRegistry(a.key, a.name, RegValue::sz("1"), WriteIntent::Fix);
        CHECK(wrongType.error().code == ErrorCode::AccessDenied);
        CHECK_FALSE(d.changeRegistry(a.key, a.name, std::nullopt, WriteIntent::Fix).ok()); // a fix never deletes
        CHECK(isAbsent(d.readRegistry(a.key, a.name)));                                    // nothing was written

        // A prior value of another type (as an admin or another tool may have left it) is restored exactly.
        const RegValue prior = n++ % 2 == 0 ? RegValue::sz("x") : RegValue::qword(0x100000001LL);
        REQUIRE(d.changeRegistry(a.key, a.name, prior, WriteIntent::Restore).ok()); // an undo may write any data
        REQUIRE(d.changeRegistry(a.key, a.name, RegValue::dword(a.data.back()), WriteIntent::Fix).ok());
        CHECK(current(d, a.key, a.name) == RegValue::dword(a.data.back()));
        REQUIRE(d.changeRegistry(a.key, a.name, prior, WriteIntent::Restore).ok());
        const auto back = current(d, a.key, a.name);
        REQUIRE(back);
        CHECK(back->type == prior.type);
        CHECK(*back == prior);
        REQUIRE(d.changeRegistry(a.key, a.name, std::nullopt, WriteIntent::Restore).ok());
        CHECK(isAbsent(d.readRegistry(a.key, a.name)));
    }
    CHECK(n == int(writeAllowlist().size()) - 1);
    // A value next to the allowlisted ones is refused for every intent, before the registry is touched.
    const auto locked = d.readRegistry(reg::kDeviceGuard, reg::kLocked);
    CHECK(d.changeRegistry(reg::kDeviceGuard, reg::kLocked, RegValue::dword(1), WriteIntent::Restore).error().code ==
          ErrorCode::AccessDenied);
    CHECK(d.changeRegistry(reg::kDeviceGuard, reg::kLocked, std::nullopt, WriteIntent::Restore).error().code ==
          ErrorCode::AccessDenied);
    CHECK(d.readRegistry(reg::kDeviceGuard, reg::kLocked).valueOr(std::nullopt) == locked.valueOr(std::nullopt));
}

TEST_CASE("win32 remediation: a crashed apply is rolled back on the real registry, absence and types exact",
          "[win32][remediation]")
{
    const test::ValueRef a{reg::kDeviceGuard, reg::kEnableVbs};             // absent before
    const test::ValueRef b{reg::kDeviceGuardPolicy, reg::kRequireFeatures}; // REG_QWORD before
    test::RegistryGuard guard({a, b});
    test::TempDir state;
    auto device = localDevice(state.path());
    Device &d = *device;
    const RegValue priorB = RegValue::qword(0x200000003LL);
    REQUIRE(d.changeRegistry(a.key, a.name, std::nullopt, WriteIntent::Restore).ok());
    REQUIRE(d.changeRegistry(b.key, b.name, priorB, WriteIntent::Restore).ok());

    // The journal as a crash leaves it: durable before the first write, state "applying", the second write
    // made but not yet marked.
    Remediation r(d, state.path());
    Journal j;
    j.id = "win32-crash";
    j.createdAt = j.updatedAt = "2026-11-25T10:00:00Z";
    j.device = d.spec();
    j.state = "applying";
    j.entries.push_back(JournalEntry{a.key, a.name, std::nullopt, RegValue::dword(1), true});
    j.entries.push_back(JournalEntry{b.key, b.name, priorB, RegValue::dword(1), false});
    REQUIRE(ensureDirectory(r.folder()).ok());
    const std::string journalPath = r.folder() + "/journal.json";
    CHECK(journalPath == state.path() + "/local/journal.json");
    REQUIRE(j.save(journalPath).ok());
    for (const auto &e : j.entries)
        REQUIRE(d.changeRegistry(e.key, e.name, e.after, WriteIntent::Fix).ok());
    CHECK(current(d, a.key, a.name) == RegValue::dword(1));
    CHECK(current(d, b.key, b.name) == RegValue::dword(1));

    // A new process finds the interrupted apply: status says so, apply refuses, rollback restores.
    auto st = r.status();
    REQUIRE(st);
    CHECK(st->phase == "apply_interrupted");
    CycleOptions options;
    options.assess = kAssess;
    auto refused = r.apply(options);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().detail.find("rollback") != std::string::npos);

    auto rb = r.rollback();
    REQUIRE(rb);
    CHECK_FALSE(rb->nothingToDo);
    REQUIRE(rb->restored.size() == 2);
    CHECK(rb->restored[0].name == b.name); // newest first
    CHECK(isAbsent(d.readRegistry(a.key, a.name)));
    const auto restoredB = current(d, b.key, b.name);
    REQUIRE(restoredB);
    CHECK(restoredB->type == RegType::Qword);
    CHECK(*restoredB == priorB);
    auto saved = Journal::load(journalPath);
    REQUIRE(saved);
    REQUIRE(saved->has_value());
    CHECK((*saved)->state == "rolled_back");
    CHECK(r.status()->phase == "rolled_back");
    auto again = r.rollback();
    REQUIRE(again);
    CHECK(again->nothingToDo);
}

TEST_CASE("win32 remediation: apply on this device reports honestly what it can change", "[win32][remediation]")
{
    test::RegistryGuard guard(test::allowlistedVbsValues());
    for (const auto &v : test::allowlistedVbsValues()) // start from a device with none of our values
        win32::deleteValue(v.key, v.name);
    test::TempDir state;
    auto device = localDevice(state.path());
    Remediation r(*device, state.path());
    CycleOptions options;
    options.assess = kAssess;

    auto plan = r.plan(options);
    REQUIRE(plan);
    std::string changes;
    for (const auto &c : plan->changes)
        changes += "\n  HKLM\\" + c.key + "\\" + c.name + " = " + c.after.displayData();
    std::string blockers;
    for (const auto &b : plan->blockers)
        blockers += " " + b.check;
    WARN("plan on this device: " << plan->changes.size() << " change(s)" << changes << "\nblocked by:" << blockers);

    if (win32::runningUnderWine()) {
        // Wine reports Windows 10 (build 18362 with Wine 8), legacy BIOS, no TPM, no Win32_DeviceGuard: blocked,
        // and the only fixable part is turning VBS on through the runtime key.
        CHECK(plan->blocked());
        CHECK(blockers.find("HP-BUILD") != std::string::npos);
        REQUIRE(plan->changes.size() == 2);
        CHECK(plan->changes[0].key == reg::kDeviceGuard);
        CHECK(plan->changes[0].name == reg::kEnableVbs);
        CHECK(plan->changes[0].after == RegValue::dword(1));
        CHECK(plan->changes[1].key == reg::kDeviceGuard);
        CHECK(plan->changes[1].name == reg::kRequireFeatures);
        CHECK(plan->changes[1].after == RegValue::dword(1));
    }

    // Without --force a blocked device is refused and nothing is written.
    if (plan->blocked()) {
        auto plain = r.apply(options);
        REQUIRE(plain);
        CHECK(plain->outcome == "refused_blocked");
        CHECK(plain->written.empty());
        CHECK_FALSE(std::filesystem::exists(r.folder() + "/journal.json"));
    }

    // With --force the fixable part is applied (or there is nothing to do), each write journaled first.
    options.force = true;
    std::size_t hookCalls = 0;
    auto forced = r.apply(options, [&](std::size_t) {
        ++hookCalls;
        return Status{};
    });
    REQUIRE(forced);
    WARN("apply --force: " << forced->outcome << ", " << forced->written.size() << " value(s) written");
    if (plan->changes.empty()) {
        CHECK(forced->outcome == "nothing_to_do");
        CHECK(hookCalls == 0);
        return;
    }
    CHECK(forced->outcome == "applied");
    CHECK(forced->written.size() == plan->changes.size());
    CHECK(hookCalls == plan->changes.size());
    for (const auto &e : forced->written) {
        INFO(e.key << "\\" << e.name);
        CHECK(findAllowed(e.key, e.name) != nullptr);
        CHECK_FALSE(e.prior.has_value()); // none of our values existed
        CHECK(current(*device, e.key, e.name) == e.after);
    }
    auto journal = Journal::load(r.folder() + "/journal.json");
    REQUIRE(journal);
    REQUIRE(journal->has_value());
    CHECK((*journal)->state == "applied");
    // Idempotent: the next apply finds nothing more to change.
    auto second = r.apply(options);
    REQUIRE(second);
    CHECK(second->outcome == "nothing_to_do");
    // And the undo puts the device back.
    auto rb = r.rollback();
    REQUIRE(rb);
    CHECK(rb->restored.size() == forced->written.size());
    for (const auto &e : forced->written)
        CHECK(isAbsent(device->readRegistry(e.key, e.name)));
}

TEST_CASE("win32 device: the restart seam records InitiateShutdownW's grace, flags, reason and message",
          "[win32][restart]")
{
    test::TempDir state;
    const std::string record = state.path() + "/restart-calls.txt";
    test::ScopedEnv seam("HPR_RESTART_SEAM", "record:" + record);
    auto device = localDevice(state.path());
    RestartRequest req;
    req.at = "2026-11-25T18:30:00Z";
    req.graceSeconds = 300;
    req.message = "Hotpatch Ready test: this PC restarts in 5 minutes";
    REQUIRE(device->scheduleRestart(req).ok());
    REQUIRE(device->cancelRestart().ok());

    const auto lines = readLines(record);
    REQUIRE(lines.size() == 2);
    INFO(lines[0]);
    CHECK(lines[0].rfind("InitiateShutdownW ", 0) == 0);
    CHECK(field(lines[0], "grace") == "300");
    const unsigned long flags = std::stoul(field(lines[0], "flags"));
    CHECK((flags & 0x4) == 0x4); // SHUTDOWN_RESTART
    CHECK((flags & 0x2) == 0x2); // SHUTDOWN_FORCE_SELF: required with a grace period (windows-facts §4.10)
    CHECK((flags & 0x1) == 0);   // never SHUTDOWN_FORCE_OTHERS: signed-in users get the warning
    // SHTDN_REASON_FLAG_PLANNED | SHTDN_REASON_MAJOR_OPERATINGSYSTEM | SHTDN_REASON_MINOR_RECONFIG, never 0
    CHECK(std::stoul(field(lines[0], "reason")) == 0x80020004UL);
    CHECK(field(lines[0], "at") == req.at);
    CHECK(field(lines[0], "message") == req.message);
    CHECK(lines[1] == "AbortSystemShutdownW");
}

TEST_CASE("win32 remediation: schedule-reboot registers the resume and restart.json, cancel removes both",
          "[win32][restart]")
{
    test::RegistryGuard guard(test::runOnceValue());
    test::TempDir state;
    const std::string record = state.path() + "/restart-calls.txt";
    test::ScopedEnv seam("HPR_RESTART_SEAM", "record:" + record);
    auto device = localDevice(state.path());
    Remediation r(*device, state.path());
    const std::string verify = "\"C:\\Program Files\\Hotpatch Ready\\hotpatch-ready-cli.exe\" verify --device local "
                               "--state-dir \"C:\\ProgramData\\HotpatchReady\\state\"";

    // Nothing on this device waits for a restart, so it takes --force (force = true).
    auto scheduled = r.scheduleRestart(RestartWhen{RestartWhen::InMinutes, 5}, "", true, kAssess, verify);
    REQUIRE(scheduled);
    CHECK(scheduled->message.find("Hotpatch Ready") != std::string::npos);

    const auto lines = readLines(record);
    REQUIRE(lines.size() == 1);
    CHECK(field(lines[0], "grace") == "300");
    CHECK(field(lines[0], "at") == scheduled->at);
    CHECK(field(lines[0], "message") == scheduled->message);

    const auto restartJson = nlohmann::json::parse(test::readFile(r.folder() + "/restart.json"));
    CHECK(restartJson.at("grace_seconds") == 300);
    CHECK(restartJson.at("verify_command") == verify);
    CHECK(restartJson.at("at") == scheduled->at);

    const std::string mechanism = lastResumeMechanism(*device);
    WARN("resume registered with: " << mechanism);
    REQUIRE((mechanism == "task_scheduler" || mechanism == "run_once"));
    if (mechanism == "run_once") {
        CHECK(current(*device, reg::kRunOnce, reg::kResumeValueName) == RegValue::sz(verify));
    } else {
        CHECK(win32::bootTaskExists(win32::kResumeTaskName).is(true));
        CHECK(isAbsent(device->readRegistry(reg::kRunOnce, reg::kResumeValueName)));
    }
    CHECK(r.status()->phase == "restart_scheduled");

    REQUIRE(r.cancelRestart().ok());
    CHECK(lastResumeMechanism(*device) == mechanism); // what was removed: what had been registered
    CHECK_FALSE(std::filesystem::exists(r.folder() + "/restart.json"));
    CHECK(isAbsent(device->readRegistry(reg::kRunOnce, reg::kResumeValueName)));
    CHECK_FALSE(win32::bootTaskExists(win32::kResumeTaskName).is(true));
    const auto after = readLines(record);
    REQUIRE(after.size() == 2);
    CHECK(after[1] == "AbortSystemShutdownW");
    CHECK(r.status()->phase == "not_assessed");

    auto nothing = r.cancelRestart();
    REQUIRE_FALSE(nothing.ok());
    CHECK(nothing.error().detail.find("no restart scheduled") != std::string::npos);
}
