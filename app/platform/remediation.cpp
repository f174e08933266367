#include "remediation.h"

#include "engine/durablefile.h"
#include "engine/msinfo.h"
#include "engine/registrypaths.h"
#include "engine/report.h"
#include "logging.h"
#include "sim/simprofile.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <random>
#include <spdlog/spdlog.h>
#include <sstream>

namespace hpr {

namespace fs = std::filesystem;

namespace {

constexpr const char *kRunAsAdministrator =
    "start Hotpatch Ready again as administrator (right-click it and choose \"Run as administrator\", or use an "
    "elevated prompt)";

/// The refusal when the process lacks administrator rights for `what` (checked before anything is touched).
Error needsElevation(const std::string &what)
{
    return makeError(ErrorCode::AccessDenied, what + " needs administrator rights and this process is not elevated: " +
                                                  kRunAsAdministrator + "; nothing was changed");
}

/// The report context of a verification: this tool, this device, written now.
ReportContext reportContextFor(const std::string &deviceSpec)
{
    ReportContext context;
    context.deviceSpec = deviceSpec;
    return context;
}

std::string newId()
{
    std::random_device rd;
    char buf[20];
    std::snprintf(buf, sizeof buf, "%08x%08x", rd(), rd());
    return buf;
}

bool sameValue(const std::optional<RegValue> &a, const std::optional<RegValue> &b)
{
    return a.has_value() == b.has_value() && (!a || *a == *b);
}

std::string display(const std::optional<RegValue> &v)
{
    return v ? std::string(toString(v->type)) + " " + v->displayData() : "absent";
}

nlohmann::json linesToJson(const std::vector<std::pair<std::string, std::string>> &lines)
{
    nlohmann::json j = nlohmann::json::array();
    for (const auto &[k, v] : lines)
        j.push_back({{"item", k}, {"value", v}});
    return j;
}

std::vector<std::pair<std::string, std::string>> linesFromJson(const nlohmann::json &j)
{
    std::vector<std::pair<std::string, std::string>> out;
    if (j.is_array())
        for (const auto &e : j)
            out.emplace_back(e.value("item", ""), e.value("value", ""));
    return out;
}

} // namespace

// The audit trail (log file, and the Event Log on Windows): every apply, rollback, scheduled restart and
// verification, whether it succeeded or not; an Event Log failure never fails the operation.
Expected<ApplyResult> Remediation::apply(const CycleOptions &options, const AfterWriteHook &hook)
{
    auto r = doApply(options, hook);
    if (!r) {
        log::audit(log::AuditEvent::Apply, false, m_device.spec() + ": apply failed: " + r.error().detail);
    } else if (r->outcome == "applied") {
        std::string text = m_device.spec() + ": applied " + std::to_string(r->written.size()) + " value(s)";
        for (const auto &e : r->written)
            text += "; HKLM\\" + e.key + "\\" + e.name + ": " + display(e.prior) + " -> " + display(e.after);
        log::audit(log::AuditEvent::Apply, true, text);
    } else {
        spdlog::info("{}: apply: {}", m_device.spec(), r->outcome);
    }
    return r;
}

Expected<RollbackResult> Remediation::rollback()
{
    auto r = doRollback();
    if (!r)
        log::audit(log::AuditEvent::Rollback, false, m_device.spec() + ": rollback failed: " + r.error().detail);
    else if (!r->nothingToDo)
        log::audit(log::AuditEvent::Rollback, true,
                   m_device.spec() + ": rolled back " + std::to_string(r->restored.size()) +
                       " value(s) to their prior state");
    return r;
}

Expected<ScheduledRestart> Remediation::scheduleRestart(const RestartWhen &when, std::string message, bool force,
                                                        const AssessOptions &options, const std::string &verifyCommand)
{
    auto r = doScheduleRestart(when, std::move(message), force, options, verifyCommand);
    if (!r)
        log::audit(log::AuditEvent::RestartScheduled, false,
                   m_device.spec() + ": no restart scheduled: " + r.error().detail);
    else
        log::audit(log::AuditEvent::RestartScheduled, true,
                   m_device.spec() + ": restart scheduled for " + r->at +
                       " UTC; verification registered: " + verifyCommand);
    return r;
}

Expected<Verification> Remediation::verify(const AssessOptions &options)
{
    auto r = doVerify(options);
    if (!r)
        log::audit(log::AuditEvent::Verification, false,
                   m_device.spec() + ": verification failed: " + r.error().detail);
    else
        log::audit(log::AuditEvent::Verification, r->ready,
                   m_device.spec() + ": verification: " + toString(r->verdictBefore) + " -> " +
                       toString(r->after.verdict));
    return r;
}

std::int64_t restartTimeFor(const RestartWhen &when, std::int64_t now, std::int64_t offset)
{
    std::int64_t at = now + kMinimumRestartWarningSeconds;
    if (when.kind == RestartWhen::InMinutes)
        at = now + std::max<std::int64_t>(kMinimumRestartWarningSeconds, std::int64_t(when.minutes) * 60);
    else if (when.kind == RestartWhen::AtUtc)
        at = std::max(at, when.utc);
    else if (when.kind == RestartWhen::AtTime) {
        const std::int64_t localNow = now + offset;
        const std::int64_t dayStart = localNow - ((localNow % 86400) + 86400) % 86400;
        std::int64_t localAt = dayStart + when.hour * 3600 + when.minute * 60;
        if (localAt < localNow + kMinimumRestartWarningSeconds)
            localAt += 86400; // the next occurrence
        at = localAt - offset;
    }
    return at;
}

std::string clockTimeOf(std::int64_t localSeconds)
{
    const std::int64_t s = ((localSeconds % 86400) + 86400) % 86400;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d:%02d", int(s / 3600), int(s % 3600 / 60));
    return buf;
}

Remediation::Remediation(Device &device, std::string stateDir)
    : m_device(device)
    , m_folder(std::move(stateDir) + "/" + device.stateKey())
{
}

Expected<Assessment> Remediation::assessNow(const AssessOptions &options)
{
    auto facts = m_device.probe();
    if (!facts)
        return facts.error();
    return assess(*facts, options);
}

Expected<Plan> Remediation::plan(const CycleOptions &options)
{
    auto a = assessNow(options.assess);
    if (!a)
        return a.error();
    return makePlan(*a, options.plan);
}

Status restoreJournal(Device &device, const Journal &journal, std::vector<JournalEntry> *restored)
{
    for (auto it = journal.entries.rbegin(); it != journal.entries.rend(); ++it) {
        auto current = device.readRegistry(it->key, it->name);
        if (current.isKnown() && sameValue(current.value(), it->prior))
            continue;
        if (Status s = device.changeRegistry(it->key, it->name, it->prior, WriteIntent::Restore); !s)
            return s;
        if (restored)
            restored->push_back(*it);
    }
    return device.persist();
}

Expected<ApplyResult> Remediation::doApply(const CycleOptions &options, const AfterWriteHook &hook)
{
    const std::string journalPath = m_folder + "/journal.json";
    auto existing = Journal::load(journalPath);
    if (!existing)
        return existing.error();
    if (*existing && ((*existing)->state == "applying" || (*existing)->state == "failed"))
        return makeError(ErrorCode::Failed, "an earlier apply on this device did not finish (journal " + journalPath +
                                                ", state " + (*existing)->state +
                                                "); run 'rollback' first to restore the prior values");

    auto before = assessNow(options.assess);
    if (!before)
        return before.error();
    auto plan = makePlan(*before, options.plan);
    if (!plan)
        return plan.error();
    ApplyResult result;
    result.plan = *plan;
    if (plan->blocked() && !options.force) {
        result.outcome = "refused_blocked";
        return result;
    }
    if (plan->changes.empty()) {
        result.outcome = "nothing_to_do";
        return result;
    }
    if (options.dryRun) {
        result.outcome = "dry_run";
        return result;
    }
    if (before->facts.processElevated.is(false))
        return needsElevation("applying the plan");
    if (Status s = ensureDirectory(m_folder); !s)
        return s.error();

    // The journal: continue an applied one (so rollback still reaches the original state), or start one.
    Journal journal;
    if (*existing && (*existing)->state == "applied") {
        journal = **existing;
    } else {
        journal.id = newId();
        journal.createdAt = nowIsoUtc();
        journal.device = m_device.spec();
    }
    const std::size_t first = journal.entries.size();
    for (const auto &c : plan->changes) {
        auto prior = m_device.readRegistry(c.key, c.name);
        if (!prior.isKnown())
            return makeError(ErrorCode::Failed, "cannot read HKLM\\" + c.key + "\\" + c.name + " before changing it (" +
                                                    prior.detail() + "); nothing was changed");
        journal.entries.push_back(JournalEntry{c.key, c.name, prior.value(), c.after, false});
    }
    journal.state = "applying";
    journal.updatedAt = nowIsoUtc();
    if (Status s = journal.save(journalPath); !s) // durable before the first write
        return s.error();

    // Record the before-state for verification after the restart: once per journal, so a later apply that adds
    // to the same journal keeps the state from before the first change.
    if (first == 0 || !fs::exists(m_folder + "/before.json")) {
        nlohmann::json b;
        b["verdict"] = toString(before->verdict);
        b["msinfo"] = linesToJson(msinfoLines(before->facts));
        b["assessed_at"] = nowIsoUtc();
        if (Status s = writeFileDurably(m_folder + "/before.json", b.dump(2) + "\n"); !s)
            return s.error();
    }
    std::error_code ec;
    fs::remove(m_folder + "/verification.json", ec);

    auto failAndRollBack = [&](const std::string &what) -> Error {
        journal.state = "failed";
        journal.note = what;
        journal.save(journalPath);
        std::vector<JournalEntry> restored;
        Status undo = restoreJournal(m_device, journal, &restored);
        if (!undo)
            return makeError(ErrorCode::Failed, what + "; the automatic rollback also failed (" + undo.error().detail +
                                                    "): run 'rollback' again");
        journal.state = "rolled_back";
        journal.updatedAt = nowIsoUtc();
        journal.save(journalPath);
        return makeError(ErrorCode::Failed, what + "; rolled back " + std::to_string(restored.size()) +
                                                " value(s) to their prior state, so the device is as before");
    };

    for (std::size_t i = first; i < journal.entries.size(); ++i) {
        auto &e = journal.entries[i];
        if (Status s = m_device.changeRegistry(e.key, e.name, e.after, WriteIntent::Fix); !s)
            return failAndRollBack("writing HKLM\\" + e.key + "\\" + e.name + " failed: " + s.error().detail);
        if (Status s = m_device.persist(); !s)
            return failAndRollBack(s.error().detail);
        if (hook)
            if (Status s = hook(i); !s)
                return failAndRollBack(s.error().detail);
        e.applied = true;
        journal.updatedAt = nowIsoUtc();
        if (Status s = journal.save(journalPath); !s)
            return failAndRollBack(s.error().detail);
        result.written.push_back(e);
    }
    journal.state = "applied";
    journal.updatedAt = nowIsoUtc();
    if (Status s = journal.save(journalPath); !s)
        return s.error();
    writeFileDurably(m_folder + "/plan.json", planToJson(*plan).dump(2) + "\n");
    result.outcome = "applied";
    return result;
}

Expected<RollbackResult> rollbackJournalFile(Device &device, const std::string &journalPath)
{
    auto loaded = Journal::load(journalPath);
    if (!loaded)
        return loaded.error();
    RollbackResult r;
    if (!*loaded || (*loaded)->state == "rolled_back") {
        r.nothingToDo = true;
        return r;
    }
    Journal journal = **loaded;
    if (Status s = restoreJournal(device, journal, &r.restored); !s)
        return s.error();
    journal.state = "rolled_back";
    journal.updatedAt = nowIsoUtc();
    if (Status s = journal.save(journalPath); !s)
        return s.error();
    return r;
}

Expected<RollbackResult> Remediation::doRollback()
{
    auto r = rollbackJournalFile(m_device, m_folder + "/journal.json");
    if (!r && r.error().code == ErrorCode::AccessDenied)
        return makeError(ErrorCode::AccessDenied,
                         "rolling back needs administrator rights (" + r.error().detail + "): " + kRunAsAdministrator);
    if (r && !r->nothingToDo) {
        std::error_code ec;
        fs::remove(m_folder + "/before.json", ec);
    }
    return r;
}

Expected<ScheduledRestart> Remediation::doScheduleRestart(const RestartWhen &when, std::string message, bool force,
                                                          const AssessOptions &options,
                                                          const std::string &verifyCommand)
{
    auto a = assessNow(options);
    if (!a)
        return a.error();
    auto p = makePlan(*a, PlanOptions{});
    if (!p)
        return p.error();
    if (!p->restartNeeded && !force)
        return makeError(ErrorCode::Failed, "no restart scheduled: nothing on this device waits for one (no applied "
                                            "change, no pending update). Use --force to schedule one anyway.");
    if (a->facts.processElevated.is(false))
        return needsElevation("scheduling the restart and the verification after it");
    const std::int64_t now = m_device.now();
    const std::int64_t at = restartTimeFor(when, now, m_device.utcOffsetSeconds());
    RestartRequest req;
    req.at = formatUtcTime(at);
    req.graceSeconds = at - now;
    if (message.empty()) {
        message = "Hotpatch Ready: this PC restarts at " + clockTimeOf(at + m_device.utcOffsetSeconds()) +
                  " to finish turning on virtualization-based security for hotpatch updates. Please save your work.";
    }
    req.message = message;
    if (Status s = ensureDirectory(m_folder); !s)
        return s.error();
    if (Status s = m_device.registerResume(verifyCommand); !s)
        return s.error();
    if (Status s = m_device.scheduleRestart(req); !s) {
        m_device.unregisterResume();
        return s.error();
    }
    ScheduledRestart sr{req.at, req.message, formatUtcTime(now)};
    nlohmann::json j{{"at", sr.at},
                     {"message", sr.message},
                     {"scheduled_at", sr.scheduledAt},
                     {"grace_seconds", req.graceSeconds},
                     {"verify_command", verifyCommand},
                     {"reasons", p->restartReasons}};
    if (Status s = writeFileDurably(m_folder + "/restart.json", j.dump(2) + "\n"); !s)
        return s.error();
    return sr;
}

Status Remediation::cancelRestart()
{
    if (!fs::exists(m_folder + "/restart.json"))
        return makeError(ErrorCode::Failed, "no restart scheduled by this tool on this device");
    if (Status s = m_device.cancelRestart(); !s)
        return s;
    if (Status s = m_device.unregisterResume(); !s)
        return s;
    std::error_code ec;
    fs::remove(m_folder + "/restart.json", ec);
    return {};
}

Expected<Verification> Remediation::doVerify(const AssessOptions &options)
{
    auto after = assessNow(options);
    if (!after)
        return after.error();
    Verification v;
    v.after = *after;
    v.msinfoAfter = msinfoLines(after->facts);
    v.ready = after->verdict == Verdict::Ready;
    if (auto b = readWholeFile(m_folder + "/before.json")) {
        try {
            const auto j = nlohmann::json::parse(*b);
            v.msinfoBefore = linesFromJson(j.value("msinfo", nlohmann::json::array()));
            const std::string verdict = j.value("verdict", "undetermined");
            for (Verdict x : {Verdict::Ready, Verdict::ReadyAfterFixes, Verdict::Blocked, Verdict::Undetermined})
                if (verdict == toString(x))
                    v.verdictBefore = x;
        } catch (const nlohmann::json::exception &) {
            // a damaged before-state only loses the "before" column
        }
    }
    auto journal = Journal::load(m_folder + "/journal.json");
    if (!journal)
        return journal.error();
    const auto &f = after->facts;
    std::optional<Text> causeList;
    for (const auto &c : after->vbsCauses)
        causeList = causeList ? sentences(std::move(*causeList), c.causeText) : c.causeText;
    const Text causes = causeList ? *causeList : Text(std::string());
    if (*journal && (*journal)->state == "applied") {
        for (const auto &e : (*journal)->entries) {
            ChangeVerification cv;
            cv.key = e.key;
            cv.name = e.name;
            cv.expected = display(e.after);
            auto now = m_device.readRegistry(e.key, e.name);
            cv.actual = now.isKnown() ? display(now.value()) : "unknown (" + now.detail() + ")";
            cv.valueInPlace = now.isKnown() && sameValue(now.value(), e.after);
            const std::string name = e.name;
            Text why;
            if (name == reg::kHotPatchRestrictions) {
                cv.tookEffect = f.chpeDisabled.is(true);
                why = cv.tookEffect
                          ? Text(QT_TRANSLATE_NOOP("hpr::engine", "CHPE is disabled"))
                          : Text(QT_TRANSLATE_NOOP(
                                "hpr::engine", "CHPE is still enabled: the restart has not happened since the change"));
            } else if (name == reg::kEnabled || name == reg::kGpoHvci) {
                cv.tookEffect = f.vbsServicesRunning.isKnown() &&
                                std::count(f.vbsServicesRunning.value().begin(), f.vbsServicesRunning.value().end(), 2);
                why =
                    cv.tookEffect
                        ? Text(QT_TRANSLATE_NOOP("hpr::engine", "memory integrity is running"))
                        : sentences(QT_TRANSLATE_NOOP("hpr::engine",
                                                      "memory integrity is not running (an incompatible driver, or VBS "
                                                      "not running)."),
                                    causes);
                // The drivers the static check flagged (drivers.hvci_concerns): where to look when something broke.
                if (const auto &drivers = f.driversHvciConcerns; drivers.isKnown() && !drivers.value().empty()) {
                    std::vector<Text> found(drivers.value().begin(), drivers.value().end());
                    why = cv.tookEffect
                              ? Text(QT_TRANSLATE_NOOP("hpr::engine",
                                                       "memory integrity is running. Windows does not load a driver "
                                                       "that breaks its rules; the static check named %1. If a device "
                                                       "stopped working, update its driver, or see event 3111 in the "
                                                       "CodeIntegrity Operational log."),
                                     {listOf(found)})
                              : sentences(std::move(why),
                                          Text(QT_TRANSLATE_NOOP("hpr::engine",
                                                                 "The static check of the drivers' files named %1."),
                                               {listOf(found)}));
                }
            } else {
                cv.tookEffect = f.vbsStatus.is("running");
                //: %1: why VBS does not run (the diagnosis, whole sentences).
                why = cv.tookEffect
                          ? Text(QT_TRANSLATE_NOOP("hpr::engine", "Virtualization-based security: Running"))
                          : Text(QT_TRANSLATE_NOOP("hpr::engine", "VBS is configured but not running: %1"), {causes});
            }
            if (!cv.valueInPlace)
                //: %1: whether the change took effect (a sentence).
                why = Text(QT_TRANSLATE_NOOP(
                               "hpr::engine",
                               "the value is no longer what was written (something changed it back, e.g. a policy "
                               "refresh); %1"),
                           {why});
            cv.explanation = why.str();
            cv.explanationText = std::move(why);
            v.changes.push_back(std::move(cv));
        }
    }

    std::ostringstream t;
    t << "Verification after the restart: " << (v.ready ? "READY" : "NOT READY") << " (verdict "
      << toString(after->verdict) << ", before: " << toString(v.verdictBefore) << ")\n\n";
    t << "System Summary (msinfo32 terms), before -> after the restart:\n";
    for (const auto &[k, val] : v.msinfoAfter) {
        const MsinfoChange c = msinfoChange(v.msinfoBefore, k, val);
        if (!c.changed())
            t << "  " << k << ": " << c.after << " (unchanged)\n";
        else
            t << "  " << k << ": " << c.before << " -> " << c.after << "\n";
    }
    if (!v.changes.empty()) {
        t << "\nChanges made by this tool:\n";
        for (const auto &c : v.changes)
            t << "  " << (c.tookEffect ? "[took effect] " : "[NOT in effect] ") << "HKLM\\" << c.key << "\\" << c.name
              << " = " << c.actual << ": " << c.explanation << "\n";
    }
    if (!v.ready) {
        t << "\nStill to do:\n";
        int n = 1;
        for (const auto &s : after->nextSteps)
            t << "  " << n++ << ". " << s << "\n";
    }
    v.text = t.str();

    nlohmann::json j;
    j["schema"] = "hotpatch-ready/verification/v1";
    j["verified_at"] = nowIsoUtc();
    j["ready"] = v.ready;
    j["verdict_before"] = toString(v.verdictBefore);
    j["verdict_after"] = toString(after->verdict);
    j["msinfo_before"] = linesToJson(v.msinfoBefore);
    j["msinfo_after"] = linesToJson(v.msinfoAfter);
    j["changes"] = nlohmann::json::array();
    for (const auto &c : v.changes)
        j["changes"].push_back({{"key", "HKLM\\" + c.key},
                                {"name", c.name},
                                {"expected", c.expected},
                                {"actual", c.actual},
                                {"value_in_place", c.valueInPlace},
                                {"took_effect", c.tookEffect},
                                {"explanation", c.explanation}});
    j["report"] = reportToJson(*after, reportContextFor(m_device.spec()));
    if (Status s = ensureDirectory(m_folder); !s)
        return s.error();
    if (Status s = writeFileDurably(m_folder + "/verification.json", j.dump(2) + "\n"); !s)
        return s.error();
    if (Status s = writeFileDurably(m_folder + "/verification.txt", v.text); !s)
        return s.error();
    const HtmlVerification html = htmlVerificationOf(v);
    if (Status s = writeFileDurably(m_folder + "/verification.html",
                                    reportToHtml(*after, reportContextFor(m_device.spec()), &html));
        !s)
        return s.error();
    std::error_code ec;
    fs::remove(m_folder + "/restart.json", ec); // the restart it waited for has happened
    return v;
}

Expected<CycleStatus> Remediation::status()
{
    CycleStatus st;
    auto journal = Journal::load(m_folder + "/journal.json");
    if (!journal)
        return journal.error();
    nlohmann::json verification, restart;
    if (auto t = readWholeFile(m_folder + "/verification.json"))
        verification = nlohmann::json::parse(*t, nullptr, false);
    if (auto t = readWholeFile(m_folder + "/restart.json"))
        restart = nlohmann::json::parse(*t, nullptr, false);
    const Journal *j = *journal ? &**journal : nullptr;
    const std::string values = j ? std::to_string(j->entries.size()) : std::string();
    auto say = [&st](Text t) {
        st.text = t.str();
        st.translatable = std::move(t);
    };
    if (j && (j->state == "applying" || j->state == "failed")) {
        st.phase = "apply_interrupted";
        say(Text(QT_TRANSLATE_NOOP("hpr::engine",
                                   "An apply did not finish (%1); run 'rollback' to restore the prior values."),
                 {j->state}));
    } else if (j && j->state == "rolled_back") {
        st.phase = "rolled_back";
        say(Text(QT_TRANSLATE_NOOP("hpr::engine", "The changes were rolled back (%1); the device is as before."),
                 {j->updatedAt}));
    } else if (verification.is_object()) {
        const bool ready = verification.value("ready", false);
        st.phase = ready ? "verified_ready" : "verification_failed";
        const std::vector<Text> args{verification.value("verified_at", std::string()), m_folder + "/verification.txt"};
        say(ready ? Text(QT_TRANSLATE_NOOP("hpr::engine", "Verified ready at %1 (see %2)."), args)
                  : Text(QT_TRANSLATE_NOOP("hpr::engine", "Verification failed at %1 (see %2)."), args));
    } else if (restart.is_object()) {
        st.phase = "restart_scheduled";
        const std::string at = restart.value("at", std::string());
        say(j ? Text(QT_TRANSLATE_NOOP("hpr::engine", "Fixes applied (%1 value(s)), waiting for the restart scheduled "
                                                      "at %2 UTC; verification runs after it."),
                     {values, at})
              : Text(QT_TRANSLATE_NOOP("hpr::engine", "No changes, waiting for the restart scheduled at %1 UTC; "
                                                      "verification runs after it."),
                     {at}));
    } else if (j) {
        st.phase = "fixes_applied";
        say(Text(QT_TRANSLATE_NOOP("hpr::engine",
                                   "Fixes applied (%1 value(s)); no restart scheduled yet: run 'schedule-reboot'."),
                 {values}));
    } else {
        st.phase = "not_assessed";
        say(Text(QT_TRANSLATE_NOOP("hpr::engine", "Nothing has been changed or scheduled on this device by this tool "
                                                  "(state folder %1)."),
                 {m_folder}));
    }
    return st;
}

std::string applyResultText(const ApplyResult &r)
{
    if (r.outcome == "nothing_to_do")
        return "Nothing to change: every fix this tool can make is already in place. " +
               std::string(r.plan.restartNeeded ? "A restart is still needed (run 'schedule-reboot')."
                                                : "No restart is needed.") +
               "\n";
    if (r.outcome == "refused_blocked") {
        std::string why;
        for (const auto &b : r.plan.blockers)
            why += (why.empty() ? "" : ", ") + b.check + " (" + toString(b.category) + ")";
        return "Not applied: the device is blocked by " + why +
               ", which this tool cannot fix; nothing was changed.\n"
               "Do the manual steps of 'plan' first, or use --force to apply the fixes anyway.\n";
    }
    if (r.outcome == "dry_run")
        return "Dry run: nothing was changed. This is what apply would do:\n\n" + planToText(r.plan);
    std::ostringstream t;
    t << "Applied " << r.written.size() << " change(s); the prior values are in the journal (undo: rollback):\n";
    for (const auto &e : r.written)
        t << "  HKLM\\" << e.key << "\\" << e.name << ": " << display(e.prior) << " -> " << display(e.after) << "\n";
    t << "A restart is needed for them to take effect: run 'schedule-reboot'.\n";
    return t.str();
}

std::string rollbackResultText(const RollbackResult &r)
{
    if (r.nothingToDo)
        return "Nothing to roll back: no applied changes are recorded for this device.\n";
    std::ostringstream t;
    t << "Rolled back: " << r.restored.size() << " value(s) restored to their prior state.\n";
    for (const auto &e : r.restored)
        t << "  HKLM\\" << e.key << "\\" << e.name << " -> " << display(e.prior) << "\n";
    t << "Restart for the prior configuration to take effect at boot.\n";
    return t.str();
}

HtmlVerification htmlVerificationOf(const Verification &v)
{
    HtmlVerification h;
    h.verdictBefore = v.verdictBefore;
    h.ready = v.ready;
    h.msinfoBefore = v.msinfoBefore;
    h.msinfoAfter = v.msinfoAfter;
    for (const ChangeVerification &c : v.changes)
        h.changes.push_back({c.key, c.name, c.actual, c.explanation, c.tookEffect});
    return h;
}

} // namespace hpr
