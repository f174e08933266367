#pragma once

#include "devicefacts.h"
#include "releasetable.h"
#include "text.h"

#include <string>
#include <vector>

namespace hpr {

enum class CheckStatus { Pass, Warn, Fail, Unknown, NotApplicable };

/// Where the fix for a check lives.
enum class FixWhere {
    None,              ///< nothing to fix
    HereOneReboot,     ///< this tool, with the single restart
    FirmwareSetup,     ///< the device's UEFI/BIOS setup (or the VM host)
    IntuneOrPolicy,    ///< Intune, Group Policy or the management service
    WindowsUpdate,     ///< install updates / upgrade Windows
    BootConfiguration, ///< the boot configuration (bcdedit), by an administrator
    VmHost,            ///< the virtual machine's host settings
    HardwareOrEdition, ///< other hardware, another edition or licence
    Licensing,         ///< the licence portal (cannot be checked on the device)
};

/// Why a device is blocked (a failing check whose fix this tool cannot make).
enum class BlockerCategory { None, Hardware, FirmwareSetting, Edition, Build, Management, BootConfiguration };

const char *toString(CheckStatus s);
const char *toString(FixWhere f);
const char *toString(BlockerCategory c);

/// A fact a check looked at, as shown to people.
struct EvidenceItem
{
    std::string factId;
    std::string value;
    std::string source;
};

struct CheckResult
{
    std::string id;    ///< stable, e.g. "HP-VBS-RUNNING"
    std::string title; ///< short name
    CheckStatus status = CheckStatus::Unknown;
    std::string summary;     ///< one line: what was found
    std::string explanation; ///< plain words a technician can act on
    std::vector<EvidenceItem> evidence;
    FixWhere fix = FixWhere::None;
    std::string fixAction;                           ///< the concrete action
    BlockerCategory blocker = BlockerCategory::None; ///< set when Fail and not fixable here
    bool advisory = false; ///< informs only: never a blocker, never changes the verdict (HP-SECUREBOOT-CA2023)
    /// The same texts, translatable (text.h): str() of each equals the English field above.
    Text titleText{}, summaryText{}, explanationText{}, fixActionText{};
};

/// One cause of "VBS is not running".
struct VbsCause
{
    std::string code; ///< "not_configured", "not_rebooted", "secure_boot_off", ...
    std::string text;
    std::vector<EvidenceItem> evidence;
    FixWhere fix = FixWhere::None;
    Text causeText{}; ///< text, translatable (text.h)
};

enum class Verdict { Ready, ReadyAfterFixes, Blocked, Undetermined };
const char *toString(Verdict v);

struct Blocker
{
    std::string check;
    BlockerCategory category = BlockerCategory::None;
};

/// Options that change how facts are judged.
struct AssessOptions
{
    std::string asOf;                    ///< "YYYY-MM-DD"; empty = today (UTC)
    const ReleaseTable *table = nullptr; ///< null = embedded table
};

struct Assessment
{
    DeviceFacts facts;
    std::vector<CheckResult> checks;
    std::vector<VbsCause> vbsCauses; ///< empty when VBS runs
    Verdict verdict = Verdict::Undetermined;
    std::vector<Blocker> blockers;
    std::vector<std::string> nextSteps; ///< ordered, plain words
    std::vector<Text> nextStepTexts;    ///< nextSteps, translatable (text.h), index for index
    std::string asOf;
    std::string tableDate, tableOrigin, tableSourcesAsOf;

    const CheckResult *check(const std::string &id) const;
};

/// Fills the update.* facts from the build and the release table (pure).
void deriveUpdateFacts(DeviceFacts &facts, const ReleaseTable &table, const std::string &asOf);

/// The causes present for "VBS is not running" (pure function of the facts).
std::vector<VbsCause> diagnoseVbs(const DeviceFacts &facts);

/// Every check of the catalogue, in catalogue order (pure function of the facts).
std::vector<CheckResult> runChecks(const DeviceFacts &facts, const std::string &asOf, const ReleaseTable &table);

/// Verdict and blockers from check results: blocked outranks undetermined.
Verdict decideVerdict(const std::vector<CheckResult> &checks, std::vector<Blocker> *blockers);

/// The whole pipeline: derive update facts, run checks, diagnose, decide, next steps.
Assessment assess(DeviceFacts facts, const AssessOptions &options = {});

/// IDs of the check catalogue, in order.
const std::vector<std::string> &checkCatalogue();

} // namespace hpr
