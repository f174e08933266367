#pragma once

#include "device.h"
#include "engine/assessment.h"
#include "engine/htmlreport.h"
#include "engine/plan.h"
#include "journal.h"

#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace hpr {

/// Options shared by the remediation commands.
struct CycleOptions
{
    PlanOptions plan;
    AssessOptions assess;
    bool force = false;  ///< apply although blocked / schedule although no restart is needed
    bool dryRun = false; ///< apply: show what would change, change nothing
};

/// Called after each registry write of an apply (tests inject faults here). An error makes apply fail and
/// roll back; an exception propagates as a crash would end the process, leaving the journal to rollback.
using AfterWriteHook = std::function<Status(std::size_t writeIndex)>;

/// When the single restart happens.
struct RestartWhen
{
    enum Kind { Now, InMinutes, AtTime, AtUtc } kind = Now;
    int minutes = 0;
    int hour = 0, minute = 0; ///< device local time, next occurrence
    std::int64_t utc = 0;     ///< AtUtc: seconds since 1970 (at least the minimum warning from now)
};

/// Seconds of warning the signed-in user always gets, even with --now.
inline constexpr std::int64_t kMinimumRestartWarningSeconds = 60;

/// When a restart requested as `when` happens (UTC seconds) on a device whose clock reads now and whose local
/// time is utcOffset seconds ahead of UTC; never sooner than the minimum warning.
std::int64_t restartTimeFor(const RestartWhen &when, std::int64_t now, std::int64_t utcOffset);

/// The clock time "HH:MM" of a local time (seconds since 1970 on the device's local clock: UTC + its offset).
std::string clockTimeOf(std::int64_t localSeconds);

struct ApplyResult
{
    std::string outcome; ///< "applied" | "nothing_to_do" | "dry_run" | "refused_blocked"
    Plan plan;
    std::vector<JournalEntry> written;
};

struct RollbackResult
{
    bool nothingToDo = false;
    std::vector<JournalEntry> restored;
};

struct ChangeVerification
{
    std::string key, name, expected, actual;
    bool valueInPlace = false;
    bool tookEffect = false;
    std::string explanation;
    Text explanationText{}; ///< explanation, translatable (engine/text.h)
};

struct Verification
{
    Assessment after;
    Verdict verdictBefore = Verdict::Undetermined;
    std::vector<std::pair<std::string, std::string>> msinfoBefore, msinfoAfter;
    std::vector<ChangeVerification> changes;
    bool ready = false;
    std::string text; ///< the before/after report as text
};

struct CycleStatus
{
    std::string phase; ///< not_assessed | assessed | apply_interrupted | fixes_applied | restart_scheduled |
                       ///< verified_ready | verification_failed | rolled_back
    std::string text;  ///< one paragraph for people
    Text translatable; ///< the same, translatable (text == translatable.str())
};

/// The remediation cycle on one device: plan, apply (journaled), rollback, schedule the single restart,
/// verify after it, and where the device stands. State lives in <stateDir>/<device stateKey>/. Apply, rollback,
/// the scheduled restart and the verification leave an audit entry (hpr::log::audit), success or not.
class Remediation
{
public:
    Remediation(Device &device, std::string stateDir);

    const std::string &folder() const { return m_folder; }
    Expected<Assessment> assessNow(const AssessOptions &options);
    Expected<Plan> plan(const CycleOptions &options);
    Expected<ApplyResult> apply(const CycleOptions &options, const AfterWriteHook &hook = {});
    Expected<RollbackResult> rollback();
    /// verifyCommand is registered to run once after the restart.
    Expected<ScheduledRestart> scheduleRestart(const RestartWhen &when, std::string message, bool force,
                                               const AssessOptions &options, const std::string &verifyCommand);
    Status cancelRestart();
    Expected<Verification> verify(const AssessOptions &options);
    Expected<CycleStatus> status();

private:
    Expected<ApplyResult> doApply(const CycleOptions &options, const AfterWriteHook &hook);
    Expected<RollbackResult> doRollback();
    Expected<ScheduledRestart> doScheduleRestart(const RestartWhen &when, std::string message, bool force,
                                                 const AssessOptions &options, const std::string &verifyCommand);
    Expected<Verification> doVerify(const AssessOptions &options);

    Device &m_device;
    std::string m_folder;
};

/// Restores every journal entry, newest first, whether or not it was marked applied (a crash may come between a
/// write and its mark; restoring an unwritten value is a no-op), then persists the device.
Status restoreJournal(Device &device, const Journal &journal, std::vector<JournalEntry> *restored);
/// Rolls back the journal at journalPath (nothing to do without one, or when it is rolled back already) and
/// marks it rolled back.
Expected<RollbackResult> rollbackJournalFile(Device &device, const std::string &journalPath);

std::string applyResultText(const ApplyResult &r);
/// The before/after part of a verification, for reportToHtml.
HtmlVerification htmlVerificationOf(const Verification &v);
std::string rollbackResultText(const RollbackResult &r);

} // namespace hpr
