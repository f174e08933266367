#pragma once
// The opt-in Secure Boot 2023 certificate update (windows-facts-2.md A.2, A.10): separate from the hotpatch plan
// and its single restart, through the same allowlist and the same kind of journal.

#include "device.h"
#include "engine/assessment.h"
#include "engine/secureboot.h"
#include "journal.h"
#include "remediation.h"

#include <optional>
#include <string>
#include <vector>

namespace hpr {

/// What the update would do on this device, and whether it may.
struct SecureBootPlan
{
    Assessment assessment;          ///< the device now (HP-SECUREBOOT-CA2023 is its row)
    std::optional<RegValue> before; ///< AvailableUpdates now (nullopt: absent)
    RegValue after;                 ///< AvailableUpdates = 0x5944
    std::string refusal;            ///< non-empty: why this device must not take the update
    Text refusalText;               ///< the same, translatable (refusal == refusalText.str())
    std::string nothingToDo;        ///< non-empty: why there is nothing to write (done, or already started)
    std::string bitlocker;          ///< "on" | "off" | "unknown (...)"
    std::vector<std::string> notes; ///< restarts, BitLocker, firmware risks, what rollback can and cannot undo
};

struct SecureBootApplyOptions
{
    bool confirm = false;             ///< the person confirmed explicitly (--confirm)
    int suspendBitLockerRestarts = 0; ///< > 0: suspend BitLocker for that many restarts before the write
    AssessOptions assess;
};

struct SecureBootApplyResult
{
    std::string outcome; ///< "applied" | "nothing_to_do" | "refused" | "needs_confirmation"
    SecureBootPlan plan;
    std::vector<JournalEntry> written;
    bool bitlockerSuspended = false;
};

struct SecureBootVerification
{
    Assessment after;
    std::string phase; ///< "updated" | "in_progress" | "not_started" | "error" | "unknown"
    /// (fact ID, before, after) for the secureboot.* and bitlocker.* facts; before is "(not recorded)" without
    /// an opt-in on this device.
    std::vector<std::tuple<std::string, std::string, std::string>> rows;
    bool optedIn = false;
    std::string text;
};

/// The opt-in update on one device. State lives in <stateDir>/<device stateKey>/secureboot/, apart from the
/// hotpatch cycle's journal.
class SecureBootUpdate
{
public:
    SecureBootUpdate(Device &device, const std::string &stateDir);

    const std::string &folder() const { return m_folder; }
    Expected<SecureBootPlan> plan(const AssessOptions &options);
    Expected<SecureBootApplyResult> apply(const SecureBootApplyOptions &options);
    Expected<RollbackResult> rollback();
    Expected<SecureBootVerification> verify(const AssessOptions &options);
    /// The opt-in as the reports show it, against the assessment now; nullopt when the person never opted in on
    /// this device (no journal in the state folder). BadInput naming the file when a recorded file is damaged.
    Expected<std::optional<secureboot::OptInRecord>> optInRecord(const Assessment &now) const;

private:
    Device &m_device;
    std::string m_folder;
};

std::string secureBootPlanText(const SecureBootPlan &plan);
std::string secureBootApplyText(const SecureBootApplyResult &result);

} // namespace hpr
