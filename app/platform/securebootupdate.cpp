#include "securebootupdate.h"

#include "engine/durablefile.h"
#include "engine/registrypaths.h"
#include "engine/report.h"
#include "engine/secureboot.h"

#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>

namespace hpr {

namespace {

constexpr const char *kCheckId = "HP-SECUREBOOT-CA2023";

std::string display(const std::optional<RegValue> &v)
{
    if (!v)
        return "absent";
    return std::string(toString(v->type)) + " " +
           (v->isNumber() ? secureboot::hex(v->number) + " (" + v->displayData() + ")" : v->displayData());
}

/// The secureboot.* and bitlocker.* facts as (ID, display value).
std::vector<std::pair<std::string, std::string>> secureBootLines(const DeviceFacts &facts)
{
    std::vector<std::pair<std::string, std::string>> out;
    visitFacts(facts, [&](const char *id, const auto &fact) {
        const std::string s = id;
        if (s.rfind("secureboot.", 0) == 0 || s.rfind("bitlocker.", 0) == 0)
            out.emplace_back(s, displayValue(fact));
    });
    return out;
}

std::string phaseOf(const Assessment &a)
{
    const auto *c = a.check(kCheckId);
    if (!c)
        return "unknown";
    if (c->status == CheckStatus::Pass)
        return "updated";
    if (a.facts.sbUpdateStatus.is("error"))
        return "error";
    if (c->status == CheckStatus::Unknown || c->status == CheckStatus::NotApplicable)
        return "unknown";
    if (a.facts.sbUpdateStatus.is("in_progress") ||
        (a.facts.sbAvailableUpdates.isKnown() && a.facts.sbAvailableUpdates.value().value_or(0) != 0 &&
         (a.facts.sbAvailableUpdates.value().value_or(0) & ~std::int64_t(0x4000)) != 0))
        return "in_progress";
    return "not_started";
}

} // namespace

SecureBootUpdate::SecureBootUpdate(Device &device, const std::string &stateDir)
    : m_device(device)
    , m_folder(stateDir + "/" + device.stateKey() + "/secureboot")
{
}

Expected<SecureBootPlan> SecureBootUpdate::plan(const AssessOptions &options)
{
    auto facts = m_device.probe();
    if (!facts)
        return facts.error();
    SecureBootPlan p;
    p.assessment = assess(*facts, options);
    p.after = RegValue::dword(secureboot::kAvailableUpdatesAll);
    const DeviceFacts &f = p.assessment.facts;
    auto current = m_device.readRegistry(reg::kSecureBootControl, reg::kAvailableUpdates);
    if (current.isKnown())
        p.before = current.value();

    const auto &bl = f.bitlockerProtection;
    p.bitlocker =
        bl.isKnown() ? bl.value() : std::string("unknown (") + toString(bl.reason()) + ": " + bl.detail() + ")";

    // Only on UEFI devices with Secure Boot on, only with the BitLocker state known (issue 8).
    // A clause after "The update cannot run on this device: " (the wizard) or "refused: " (the CLI).
    auto refuse = [&p](Text why) {
        p.refusal = why.str();
        p.refusalText = std::move(why);
    };
    if (!current.isKnown())
        refuse(Text(QT_TRANSLATE_NOOP("hpr::engine", "AvailableUpdates cannot be read (%1)"), {current.detail()}));
    else if (!f.firmwareType.is("uefi"))
        refuse(f.firmwareType.isKnown()
                   ? Text(QT_TRANSLATE_NOOP("hpr::engine", "the device boots in legacy BIOS mode: there are no Secure "
                                                           "Boot certificates to update"))
                   : Text(QT_TRANSLATE_NOOP("hpr::engine", "the firmware type is unknown (%1)"),
                          {f.firmwareType.detail()}));
    else if (!f.firmwareSecureBoot.is("on"))
        refuse(!f.firmwareSecureBoot.isKnown()
                   ? Text(QT_TRANSLATE_NOOP("hpr::engine", "the Secure Boot state is unknown (%1)"),
                          {f.firmwareSecureBoot.detail()})
               : f.firmwareSecureBoot.is("off")
                   ? Text(QT_TRANSLATE_NOOP("hpr::engine", "Secure Boot is off: the update runs only with Secure Boot "
                                                           "on (it would fail with event 1796)"))
               : f.firmwareSecureBoot.is("unsupported")
                   ? Text(QT_TRANSLATE_NOOP("hpr::engine", "Secure Boot is unsupported: the update runs only with "
                                                           "Secure Boot on (it would fail with event 1796)"))
                   : Text(QT_TRANSLATE_NOOP("hpr::engine", "Secure Boot is %1: the update runs only with Secure Boot "
                                                           "on (it would fail with event 1796)"),
                          {f.firmwareSecureBoot.value()}));
    else if (f.processElevated.is(false))
        refuse(QT_TRANSLATE_NOOP("hpr::engine", "not running as administrator: the update writes under HKLM and "
                                                "BitLocker must be checked first (run elevated)"));
    else if (!bl.isKnown())
        refuse(Text(QT_TRANSLATE_NOOP("hpr::engine", "the BitLocker state could not be read (%1); it must be known "
                                                     "before firmware variables change (run as administrator)"),
                    {bl.detail()}));
    else if (!f.sbUpdateStatus.isKnown() && f.sbUpdateStatus.reason() == UnknownReason::SourceMissing)
        refuse(Text(QT_TRANSLATE_NOOP("hpr::engine", "%1; install the latest cumulative update first"),
                    {f.sbUpdateStatus.detail()}));

    const auto *check = p.assessment.check(kCheckId);
    const std::int64_t au = p.before && p.before->isNumber() ? p.before->number : 0;
    if (check && check->status == CheckStatus::Pass)
        p.nothingToDo = "the 2023 certificates are already in place and the 2023-signed boot manager starts";
    else if (au == secureboot::kAvailableUpdatesAll)
        p.nothingToDo = "AvailableUpdates is already 0x5944: the update was triggered before";
    else if (au != 0 && (au & ~std::int64_t(0x4000)) != 0)
        p.nothingToDo = "the update is already under way (AvailableUpdates " + secureboot::hex(au) +
                        "); restart and verify instead of starting it again";

    p.notes = {
        "This is separate from the hotpatch fix and its single restart; it is never part of 'apply'.",
        "Windows' scheduled task \\Microsoft\\Windows\\PI\\Secure-Boot-Update picks the value up about 5 minutes "
        "after a restart or within 12 hours [UNCONFIRMED timing]; the whole chain (DB, then KEK, then the "
        "2023-signed boot manager) needs at least two restarts (the simulated device needs three).",
        p.bitlocker == "on"
            ? "BitLocker is ON: have the recovery key at hand before the restarts (or suspend BitLocker for them "
              "with --suspend-bitlocker RESTARTS; KB5016061 suspends for 2). A DB/KEK change re-measures PCR7."
            : "BitLocker is " + p.bitlocker + ": no recovery key prompt is expected from this update.",
        "Known firmware problems: the firmware rejects the write (event 1795), no PK-signed KEK from the device "
        "maker (AvailableUpdates stays 0x4004, event 1803), BIOS options that disable the 2023 CAs, UEFI Deployed "
        "Mode. Revocations (DBX) are NOT part of 0x5944.",
        "Rollback restores AvailableUpdates exactly and stops further steps, but certificates already written to "
        "the firmware stay there: Windows cannot remove them.",
    };
    return p;
}

Expected<SecureBootApplyResult> SecureBootUpdate::apply(const SecureBootApplyOptions &options)
{
    namespace fs = std::filesystem;
    const std::string journalPath = m_folder + "/journal.json";
    auto existing = Journal::load(journalPath);
    if (!existing)
        return existing.error();
    if (*existing && ((*existing)->state == "applying" || (*existing)->state == "failed"))
        return makeError(ErrorCode::Failed, "an earlier Secure Boot apply on this device did not finish (journal " +
                                                journalPath + "); run 'secureboot rollback' first");
    auto p = plan(options.assess);
    if (!p)
        return p.error();
    SecureBootApplyResult r;
    r.plan = *p;
    if (!p->refusal.empty()) {
        r.outcome = "refused";
        return r;
    }
    if (!p->nothingToDo.empty()) {
        r.outcome = "nothing_to_do";
        return r;
    }
    if (!options.confirm) {
        r.outcome = "needs_confirmation";
        return r;
    }
    if (Status s = ensureDirectory(m_folder); !s)
        return s.error();

    // BitLocker first: if it cannot be suspended as asked, nothing has changed yet.
    if (options.suspendBitLockerRestarts > 0 && p->bitlocker == "on") {
        if (Status s = m_device.suspendBitLocker(options.suspendBitLockerRestarts); !s)
            return makeError(s.error().code,
                             "suspending BitLocker failed (" + s.error().detail + "); nothing was changed");
        r.bitlockerSuspended = true;
    }

    Journal journal;
    journal.id = "secureboot-" + nowIsoUtc();
    journal.createdAt = nowIsoUtc();
    journal.device = m_device.spec();
    journal.entries.push_back(
        JournalEntry{reg::kSecureBootControl, reg::kAvailableUpdates, p->before, p->after, false});
    journal.state = "applying";
    journal.updatedAt = nowIsoUtc();
    if (Status s = journal.save(journalPath); !s) // durable before the write
        return s.error();

    nlohmann::json before;
    before["assessed_at"] = nowIsoUtc();
    before["phase"] = phaseOf(p->assessment);
    before["bitlocker_suspended_restarts"] = r.bitlockerSuspended ? options.suspendBitLockerRestarts : 0;
    for (const auto &[id, value] : secureBootLines(p->assessment.facts))
        before["facts"][id] = value;
    if (Status s = writeFileDurably(m_folder + "/before.json", before.dump(2) + "\n"); !s)
        return s.error();
    std::error_code ec;
    fs::remove(m_folder + "/verification.json", ec);

    JournalEntry &e = journal.entries.front();
    Status written = m_device.changeRegistry(e.key, e.name, e.after, WriteIntent::Fix);
    if (written)
        written = m_device.persist();
    if (!written) {
        journal.state = "failed";
        journal.note = written.error().detail;
        journal.save(journalPath);
        std::vector<JournalEntry> restored;
        if (Status undo = restoreJournal(m_device, journal, &restored); !undo)
            return makeError(ErrorCode::Failed, "writing AvailableUpdates failed (" + written.error().detail +
                                                    ") and the rollback too (" + undo.error().detail +
                                                    "): run 'secureboot rollback'");
        journal.state = "rolled_back";
        journal.save(journalPath);
        return makeError(ErrorCode::Failed, "writing AvailableUpdates failed (" + written.error().detail +
                                                "); the prior value is restored");
    }
    e.applied = true;
    journal.state = "applied";
    journal.updatedAt = nowIsoUtc();
    if (Status s = journal.save(journalPath); !s)
        return s.error();
    r.written.push_back(e);
    r.outcome = "applied";
    return r;
}

Expected<RollbackResult> SecureBootUpdate::rollback()
{
    return rollbackJournalFile(m_device, m_folder + "/journal.json");
}

Expected<SecureBootVerification> SecureBootUpdate::verify(const AssessOptions &options)
{
    auto facts = m_device.probe();
    if (!facts)
        return facts.error();
    SecureBootVerification v;
    v.after = assess(*facts, options);
    v.phase = phaseOf(v.after);
    nlohmann::json before = nlohmann::json::object();
    if (auto text = readWholeFile(m_folder + "/before.json")) {
        before = nlohmann::json::parse(*text, nullptr, false);
        v.optedIn = before.is_object();
        if (!v.optedIn)
            before = nlohmann::json::object();
    }
    const nlohmann::json beforeFacts = before.value("facts", nlohmann::json::object());
    for (const auto &[id, value] : secureBootLines(v.after.facts))
        v.rows.emplace_back(id, beforeFacts.value(id, std::string("(not recorded)")), value);

    const auto *c = v.after.check(kCheckId);
    std::ostringstream t;
    t << "Secure Boot 2023 certificates: " << v.phase;
    if (c)
        t << " (" << c->summary << ")";
    t << "\n";
    if (v.optedIn)
        t << "Opted in at " << before.value("assessed_at", std::string("?"))
          << " (then: " << before.value("phase", std::string("?")) << "); before -> now:\n";
    else
        t << "No opt-in recorded on this device ('secureboot apply --confirm'); the values now:\n";
    for (const auto &[id, was, now] : v.rows) {
        if (!v.optedIn || was == now)
            t << "  " << id << ": " << now << (v.optedIn ? " (unchanged)" : "") << "\n";
        else
            t << "  " << id << ": " << was << " -> " << now << "\n";
    }
    if (c && c->status != CheckStatus::Pass && !c->fixAction.empty())
        t << "Next: " << c->fixAction << "\n";
    v.text = t.str();

    if (Status s = ensureDirectory(m_folder); !s)
        return s.error();
    nlohmann::json j;
    j["schema"] = "hotpatch-ready/secureboot-verification/v1";
    j["verified_at"] = nowIsoUtc();
    j["phase"] = v.phase;
    j["opted_in"] = v.optedIn;
    j["facts"] = nlohmann::json::array();
    for (const auto &[id, was, now] : v.rows)
        j["facts"].push_back({{"id", id}, {"before", was}, {"after", now}});
    if (Status s = writeFileDurably(m_folder + "/verification.json", j.dump(2) + "\n"); !s)
        return s.error();
    return v;
}

Expected<std::optional<secureboot::OptInRecord>> SecureBootUpdate::optInRecord(const Assessment &now) const
{
    const std::string journalPath = m_folder + "/journal.json";
    auto journal = Journal::load(journalPath);
    if (!journal)
        return journal.error();
    if (!*journal)
        return std::optional<secureboot::OptInRecord>();
    secureboot::OptInRecord r;
    r.journalState = (*journal)->state;
    r.phaseNow = phaseOf(now);
    nlohmann::json before = nlohmann::json::object();
    const std::string beforePath = m_folder + "/before.json";
    if (auto text = readWholeFile(beforePath)) {
        before = nlohmann::json::parse(*text, nullptr, false);
        if (!before.is_object())
            return makeError(ErrorCode::BadInput, beforePath + ": not a JSON object (damaged?)");
    }
    r.optedInAt = before.value("assessed_at", (*journal)->createdAt);
    r.phaseBefore = before.value("phase", std::string("unknown"));
    r.bitlockerSuspended = before.value("bitlocker_suspended_restarts", 0) > 0;
    if (auto text = readWholeFile(m_folder + "/verification.json")) {
        const auto v = nlohmann::json::parse(*text, nullptr, false);
        if (v.is_object())
            r.verifiedAt = v.value("verified_at", std::string());
    }
    const nlohmann::json beforeFacts = before.value("facts", nlohmann::json::object());
    for (const auto &[id, value] : secureBootLines(now.facts))
        r.facts.emplace_back(id, beforeFacts.value(id, std::string("(not recorded)")), value);
    return std::optional<secureboot::OptInRecord>(std::move(r));
}

std::string secureBootPlanText(const SecureBootPlan &p)
{
    std::ostringstream t;
    const auto *c = p.assessment.check(kCheckId);
    t << "Secure Boot 2023 certificate update (opt-in)\n";
    if (c)
        t << "  Now: " << toString(c->status) << ": " << c->summary << "\n";
    t << "  Change: HKLM\\" << reg::kSecureBootControl << "\\" << reg::kAvailableUpdates
      << " (REG_DWORD): " << display(p.before) << " -> " << display(p.after) << "\n";
    for (const auto &line : secureboot::decodeAvailableUpdates(secureboot::kAvailableUpdatesAll))
        t << "      " << line << "\n";
    t << "  BitLocker (operating-system volume): " << p.bitlocker << "\n";
    if (!p.refusal.empty())
        t << "  REFUSED: " << p.refusal << ". Nothing will be changed.\n";
    else if (!p.nothingToDo.empty())
        t << "  Nothing to do: " << p.nothingToDo << ".\n";
    t << "\n";
    for (const auto &n : p.notes)
        t << "  - " << n << "\n";
    return t.str();
}

std::string secureBootApplyText(const SecureBootApplyResult &r)
{
    std::ostringstream t;
    if (r.outcome == "refused")
        return "Not applied: " + r.plan.refusal + ". Nothing was changed.\n";
    if (r.outcome == "nothing_to_do")
        return "Nothing to change: " + r.plan.nothingToDo + ".\n";
    if (r.outcome == "needs_confirmation")
        return secureBootPlanText(r.plan) +
               "\nNothing was changed. This writes firmware-related settings and needs restarts: run again with "
               "--confirm to go ahead.\n";
    t << "Applied: HKLM\\" << reg::kSecureBootControl << "\\" << reg::kAvailableUpdates << ": "
      << display(r.written.front().prior) << " -> " << display(r.written.front().after)
      << " (journaled; undo: secureboot rollback).\n";
    if (r.bitlockerSuspended)
        t << "BitLocker is suspended for the next restart(s); it resumes by itself afterwards.\n";
    else if (r.plan.bitlocker == "on")
        t << "BitLocker stays ON: have the recovery key at hand for the restarts.\n";
    t << "Restart the device (more than once: DB and KEK, then the boot manager), then run 'secureboot verify'. "
         "This is not the hotpatch restart and is not scheduled by this tool.\n";
    return t.str();
}

} // namespace hpr
