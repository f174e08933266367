#pragma once

#include "assessment.h"
#include "regvalue.h"

#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <vector>

namespace hpr {

/// Where the VBS values are written: the runtime DeviceGuard key, or the local Group Policy key.
enum class FixMethod { Auto, Registry, LocalPolicy };

struct PlanOptions
{
    FixMethod method = FixMethod::Auto;
    bool requireDma = false;      ///< RequirePlatformSecurityFeatures=3 (only when DMA protection is available)
    bool memoryIntegrity = false; ///< also turn on memory integrity (HVCI)
};

/// One registry change: before (absent = nullopt) and after.
struct PlannedChange
{
    std::string key, name;
    std::optional<RegValue> before; ///< as read at planning time (display; apply re-reads it)
    RegValue after;
    std::string checkId; ///< the check it fixes
    std::string reason;
    Text reasonText{}; ///< reason, translatable (text.h)
};

/// Something a person must do elsewhere (firmware setup, Intune, Windows Update, ...).
struct ManualStep
{
    std::string checkId;
    FixWhere where = FixWhere::None;
    std::string text;
    Text stepText{}; ///< text, translatable (text.h)
};

struct Plan
{
    std::string method;       ///< "registry" | "local_policy"
    std::string methodReason; ///< why this method on this device
    std::vector<PlannedChange> changes;
    std::vector<ManualStep> manualSteps;
    std::vector<std::string> warnings;
    bool restartNeeded = false;
    std::vector<std::string> restartReasons;
    Verdict verdictBefore = Verdict::Undetermined;
    std::vector<Blocker> blockers; ///< what the plan cannot fix; apply refuses unless forced
    /// The texts above, translatable (text.h): str() of each equals its English field, index for index.
    Text methodReasonText;
    std::vector<Text> warningTexts, restartReasonTexts;
    bool blocked() const { return verdictBefore == Verdict::Blocked; }
};

/// The smallest ordered set of changes that makes the device ready, with manual steps for the rest.
/// Pure function of the assessment. An error when the options cannot be honoured (e.g. local policy on a
/// device whose policy a domain GPO or MDM governs).
Expected<Plan> makePlan(const Assessment &assessment, const PlanOptions &options);

nlohmann::json planToJson(const Plan &plan);
/// The diff a person reads before anything changes.
std::string planToText(const Plan &plan);

const char *toString(FixMethod m);
bool fixMethodFromString(const std::string &s, FixMethod &out);

} // namespace hpr
