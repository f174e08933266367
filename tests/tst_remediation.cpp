// The remediation cycle on simulated devices, in-process: each step opens the device afresh from the state
// directory, as separate CLI runs do. Fault injection at every write position of every fixable profile.
#include "engine/allowlist.h"
#include "engine/registrypaths.h"
#include "platform/remediation.h"
#include "platform/sim/profilecatalog.h"
#include "platform/sim/simdevice.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <iostream>
#include <nlohmann/json.hpp>

using namespace hpr;

namespace {

const char *kAsOf = "2026-11-25";

std::unique_ptr<SimDevice> openSim(const std::string &profile, const std::string &stateDir)
{
    auto d = SimDevice::open("sim:" + profile, profile, DeviceOptions{stateDir});
    REQUIRE(d);
    return std::move(*d);
}

/// The registry without last-write times: what "exactly the prior state" compares.
nlohmann::json registryOf(SimDevice &d)
{
    auto reg = d.machine().toStateJson().at("registry");
    for (auto &key : reg)
        key.erase("last_write");
    return reg;
}

CycleOptions options()
{
    CycleOptions o;
    o.assess.asOf = kAsOf;
    return o;
}

std::vector<std::string> profilesWithVerdict(Verdict v)
{
    std::vector<std::string> out;
    for (const auto &p : shippedProfiles()) {
        auto d = openSim(p.name, "");
        auto facts = d->probe();
        REQUIRE(facts);
        // Applied to by an elevated session only (a standard user's profile is refused: tst_cyclecli, tst_wizard).
        if (assess(*facts, AssessOptions{kAsOf, nullptr}).verdict == v && !facts->processElevated.is(false))
            out.push_back(p.name);
    }
    return out;
}

struct SimulatedCrash
{
};

} // namespace

TEST_CASE("every fixable profile becomes ready with exactly one restart", "[remediation]")
{
    const auto fixable = profilesWithVerdict(Verdict::ReadyAfterFixes);
    REQUIRE(fixable.size() >= 5);
    for (const auto &name : fixable) {
        SECTION(name)
        {
            test::TempDir dir;
            {
                auto d = openSim(name, dir.path());
                Remediation r(*d, dir.path());
                auto applied = r.apply(options());
                REQUIRE(applied);
                CHECK((applied->outcome == "applied" || applied->outcome == "nothing_to_do"));
            }
            {
                auto d = openSim(name, dir.path());
                Remediation r(*d, dir.path());
                auto sr = r.scheduleRestart(RestartWhen{RestartWhen::InMinutes, 15}, "", false, options().assess,
                                            "hotpatch-ready-cli verify");
                REQUIRE(sr);
                auto st = r.status();
                REQUIRE(st);
                CHECK(st->phase == "restart_scheduled");
            }
            {
                auto d = openSim(name, dir.path());
                auto outcome = d->restart();
                REQUIRE(outcome);
                CHECK(outcome->wasScheduled);
                CHECK(outcome->resumeCommand == "hotpatch-ready-cli verify");
                CHECK(outcome->restartsSinceOpened == 1);
            }
            auto d = openSim(name, dir.path());
            Remediation r(*d, dir.path());
            auto v = r.verify(options().assess);
            REQUIRE(v);
            INFO(v->text);
            CHECK(v->ready);
            CHECK(v->after.verdict == Verdict::Ready);
            for (const auto &c : v->changes)
                CHECK(c.tookEffect);
            CHECK(d->restarts() == 1);
            CHECK(r.status()->phase == "verified_ready");
        }
    }
}

TEST_CASE("blocked profiles: apply refuses and nothing changes", "[remediation]")
{
    const auto blocked = profilesWithVerdict(Verdict::Blocked);
    REQUIRE(blocked.size() >= 10);
    for (const auto &name : blocked) {
        test::TempDir dir;
        auto d = openSim(name, dir.path());
        const auto before = registryOf(*d);
        Remediation r(*d, dir.path());
        auto result = r.apply(options());
        REQUIRE(result);
        INFO(name);
        CHECK(result->outcome == "refused_blocked");
        CHECK(result->written.empty());
        CHECK(registryOf(*d) == before);
        CHECK(applyResultText(*result).find("nothing was changed") != std::string::npos);
        CHECK(r.status()->phase == "not_assessed");
    }
}

TEST_CASE("apply is idempotent and rollback restores absent values", "[remediation]")
{
    test::TempDir dir;
    auto d = openSim("x64-vbs-off", dir.path());
    const auto pristine = registryOf(*d);
    Remediation r(*d, dir.path());
    auto first = r.apply(options());
    REQUIRE(first);
    REQUIRE(first->outcome == "applied");
    REQUIRE(first->written.size() == 2);
    for (const auto &e : first->written)
        CHECK_FALSE(e.prior.has_value()); // both values were absent before
    const auto afterFirst = registryOf(*d);
    auto second = r.apply(options());
    REQUIRE(second);
    CHECK(second->outcome == "nothing_to_do");
    CHECK(registryOf(*d) == afterFirst);
    CHECK(applyResultText(*second).find("Nothing to change") != std::string::npos);

    auto undo = r.rollback();
    REQUIRE(undo);
    CHECK(undo->restored.size() == 2);
    CHECK(registryOf(*d) == pristine);
    CHECK_FALSE(d->readRegistry(reg::kDeviceGuard, reg::kEnableVbs).value().has_value());
    CHECK(r.status()->phase == "rolled_back");
    auto again = r.rollback();
    REQUIRE(again);
    CHECK(again->nothingToDo);
}

TEST_CASE("rollback restores a prior value of another type exactly", "[remediation]")
{
    test::TempDir dir;
    auto d = openSim("x64-vbs-off", dir.path());
    // A leftover REG_QWORD 0 where Windows documents a DWORD: the fix replaces it, undo brings the QWORD back.
    d->machine().writeValue(reg::kDeviceGuard, reg::kEnableVbs, RegValue::qword(0));
    REQUIRE(d->persist());
    const auto pristine = registryOf(*d);
    Remediation r(*d, dir.path());
    auto applied = r.apply(options());
    REQUIRE(applied);
    REQUIRE(applied->outcome == "applied");
    CHECK(*d->readRegistry(reg::kDeviceGuard, reg::kEnableVbs).value() == RegValue::dword(1));
    REQUIRE(r.rollback());
    CHECK(*d->readRegistry(reg::kDeviceGuard, reg::kEnableVbs).value() == RegValue::qword(0));
    CHECK(registryOf(*d) == pristine);
}

TEST_CASE("the allowlist refuses every write outside it, whoever asks", "[remediation][allowlist]")
{
    test::TempDir dir;
    auto d = openSim("x64-vbs-off", dir.path());
    const auto before = registryOf(*d);
    // Not on the list at all.
    auto s1 =
        d->changeRegistry(R"(SYSTEM\CurrentControlSet\Services\Tcpip)", "Start", RegValue::dword(4), WriteIntent::Fix);
    CHECK_FALSE(s1);
    CHECK(s1.error().code == ErrorCode::AccessDenied);
    CHECK(s1.error().detail.find("allowlist") != std::string::npos);
    // On the list, but not a value a fix may set (VBS off, or a lower security level).
    CHECK_FALSE(d->changeRegistry(reg::kDeviceGuard, reg::kEnableVbs, RegValue::dword(0), WriteIntent::Fix));
    CHECK_FALSE(d->changeRegistry(reg::kDeviceGuard, reg::kRequireFeatures, RegValue::dword(0), WriteIntent::Fix));
    CHECK_FALSE(d->changeRegistry(reg::kDeviceGuard, reg::kEnableVbs, RegValue::sz("1"), WriteIntent::Fix));
    // A fix never deletes.
    CHECK_FALSE(d->changeRegistry(reg::kDeviceGuard, reg::kEnableVbs, std::nullopt, WriteIntent::Fix));
    // Undo may restore anything, but only for allowlisted names.
    CHECK_FALSE(d->changeRegistry(R"(SOFTWARE\Policies\Microsoft\Windows Defender)", "DisableAntiSpyware",
                                  RegValue::dword(1), WriteIntent::Restore));
    CHECK(registryOf(*d) == before);
    // Case and an HKLM prefix do not get around it.
    CHECK(findAllowed(R"(HKLM\system\currentcontrolset\control\deviceguard)", "enablevirtualizationbasedsecurity"));
    CHECK_FALSE(
        findAllowed(R"(HKLM\system\currentcontrolset\control\deviceguard2)", "EnableVirtualizationBasedSecurity"));
}

TEST_CASE("fault injection: a crash or failure after any write leaves a journal that restores everything",
          "[remediation][faults]")
{
    const auto fixable = profilesWithVerdict(Verdict::ReadyAfterFixes);
    int survived = 0;
    for (const auto &name : fixable) {
        // How many writes does this profile's apply make?
        std::size_t writes = 0;
        {
            auto d = openSim(name, "");
            auto facts = d->probe();
            REQUIRE(facts);
            auto plan = makePlan(assess(*facts, AssessOptions{kAsOf, nullptr}), PlanOptions{});
            REQUIRE(plan);
            writes = plan->changes.size();
        }
        for (std::size_t at = 0; at < writes; ++at) {
            for (const bool crash : {true, false}) {
                INFO(name << ": fault after write " << at << (crash ? " (crash)" : " (error)"));
                test::TempDir dir;
                nlohmann::json pristine;
                {
                    auto d = openSim(name, dir.path());
                    pristine = registryOf(*d);
                    REQUIRE(d->persist());
                    Remediation r(*d, dir.path());
                    AfterWriteHook hook = [&](std::size_t i) -> Status {
                        if (i != at)
                            return {};
                        if (crash)
                            throw SimulatedCrash{};
                        return makeError(ErrorCode::Failed, "injected failure");
                    };
                    if (crash) {
                        CHECK_THROWS_AS(r.apply(options(), hook), SimulatedCrash);
                    } else {
                        auto result = r.apply(options(), hook);
                        REQUIRE_FALSE(result);
                        CHECK(result.error().detail.find("rolled back") != std::string::npos);
                        CHECK(registryOf(*d) == pristine); // the automatic rollback
                    }
                }
                // A new process after the crash: the journal says what to restore.
                auto d = openSim(name, dir.path());
                Remediation r(*d, dir.path());
                if (crash) {
                    CHECK(r.status()->phase == "apply_interrupted");
                    auto blockedApply = r.apply(options());
                    CHECK_FALSE(blockedApply); // refuses until rolled back
                    REQUIRE(r.rollback());
                }
                CHECK(registryOf(*d) == pristine);
                auto fresh = r.apply(options());
                REQUIRE(fresh);
                CHECK(fresh->outcome == "applied");
                CHECK(fresh->written.size() == writes);
                ++survived;
            }
        }
    }
    std::cout << "fault injection: " << survived << " injected faults survived (crash and error after every write of "
              << fixable.size() << " fixable profiles)\n";
    CHECK(survived >= 8);
}

TEST_CASE("plans never fight policy and show manual steps", "[remediation][plan]")
{
    auto planFor = [](const std::string &name, PlanOptions o = {}) {
        auto d = openSim(name, "");
        auto facts = d->probe();
        REQUIRE(facts);
        auto a = assess(*facts, AssessOptions{kAsOf, nullptr});
        return makePlan(a, o);
    };
    SECTION("Group Policy forcing VBS off: no write, a Group Policy step with the value and its source")
    {
        auto p = planFor("x64-gpo-vbs-off");
        REQUIRE(p);
        CHECK(p->changes.empty());
        CHECK(p->blocked());
        bool gpoStep = false;
        for (const auto &m : p->manualSteps)
            if (m.checkId == "HP-VBS-CONFIGURED") {
                gpoStep = true;
                CHECK(m.where == FixWhere::IntuneOrPolicy);
                CHECK(m.text.find("Group Policy") != std::string::npos);
            }
        CHECK(gpoStep);
        CHECK(planToText(*p).find("HKLM\\SOFTWARE\\Policies") == std::string::npos); // nothing written there
    }
    SECTION("MDM forcing VBS off: local policy is refused")
    {
        PlanOptions o;
        o.method = FixMethod::LocalPolicy;
        auto p = planFor("x64-mdm-vbs-off", o);
        REQUIRE_FALSE(p);
        CHECK(p.error().detail.find("MDM") != std::string::npos);
    }
    SECTION("firmware blockers become manual steps with BitLocker advice")
    {
        auto p = planFor("x64-virtualization-off-firmware");
        REQUIRE(p);
        bool step = false;
        for (const auto &m : p->manualSteps)
            if (m.checkId == "HP-VIRT-FIRMWARE") {
                step = true;
                CHECK(m.where == FixWhere::FirmwareSetup);
                CHECK(m.text.find("VT-x") != std::string::npos);
                CHECK(m.text.find("BitLocker") != std::string::npos);
            }
        CHECK(step);
    }
    SECTION("the diff shows key, value, type, before and after; restart and why")
    {
        auto p = planFor("x64-vbs-off");
        REQUIRE(p);
        REQUIRE(p->changes.size() == 2);
        CHECK(p->method == "registry");
        const auto text = planToText(*p);
        CHECK(text.find("EnableVirtualizationBasedSecurity") != std::string::npos);
        CHECK(text.find("REG_DWORD") != std::string::npos);
        CHECK(text.find("absent") != std::string::npos);
        CHECK(text.find("Restart needed: yes") != std::string::npos);
    }
    SECTION("local policy on a device no domain or MDM governs writes the policy key")
    {
        PlanOptions o;
        o.method = FixMethod::LocalPolicy;
        auto p = planFor("x64-vbs-off", o);
        REQUIRE(p);
        REQUIRE_FALSE(p->changes.empty());
        CHECK(p->changes.front().key == reg::kDeviceGuardPolicy);
    }
    SECTION("DMA requirement only where DMA protection is available; memory integrity only when asked")
    {
        PlanOptions o;
        o.requireDma = true;
        auto p = planFor("x64-vbs-off", o);
        REQUIRE(p);
        bool level3 = false;
        for (const auto &c : p->changes)
            level3 = level3 || (c.name == reg::kRequireFeatures && c.after.number == 3);
        CHECK(level3);
        auto plain = planFor("x64-vbs-off");
        for (const auto &c : plain->changes)
            CHECK(c.name != reg::kEnabled);
        o.memoryIntegrity = true;
        auto hvci = planFor("x64-vbs-off", o);
        bool hvciChange = false;
        for (const auto &c : hvci->changes)
            hvciChange = hvciChange || (c.key == reg::kHvciScenario);
        CHECK(hvciChange);
    }
    SECTION("Arm64 with CHPE on: HotPatchRestrictions=1 with the documented warning")
    {
        auto p = planFor("arm64-chpe-on");
        REQUIRE(p);
        REQUIRE(p->changes.size() == 1);
        CHECK(p->changes.front().name == reg::kHotPatchRestrictions);
        REQUIRE_FALSE(p->warnings.empty());
        CHECK(p->warnings.front().find("performance or compatibility") != std::string::npos);
    }
}

TEST_CASE("the restart's clock time: local HH:MM of any time, before 1970 too", "[remediation]")
{
    CHECK(clockTimeOf(0) == "00:00");
    CHECK(clockTimeOf(13 * 3600 + 5 * 60 + 59) == "13:05"); // seconds are cut, not rounded
    CHECK(clockTimeOf(86399) == "23:59");
    CHECK(clockTimeOf(86400 * 20000 + 7 * 3600) == "07:00");
    CHECK(clockTimeOf(-60) == "23:59"); // a local time before 1970 (a negative offset on day 0)
    // The scheduled restart's local time, as the default message shows it: 22:30 UTC at UTC+2 is 00:30.
    const std::int64_t at = 86400 * 20000 + 22 * 3600 + 30 * 60;
    CHECK(clockTimeOf(at + 2 * 3600) == "00:30");
    CHECK(clockTimeOf(restartTimeFor(RestartWhen{RestartWhen::AtTime, 0, 0, 30}, at, 2 * 3600) + 2 * 3600) == "00:30");
}
