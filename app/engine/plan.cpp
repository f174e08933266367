#include "plan.h"

#include "allowlist.h"
#include "registrypaths.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <sstream>

namespace hpr {

const char *toString(FixMethod m)
{
    switch (m) {
    case FixMethod::Auto: return "auto";
    case FixMethod::Registry: return "registry";
    case FixMethod::LocalPolicy: return "local_policy";
    }
    return "auto";
}

bool fixMethodFromString(const std::string &s, FixMethod &out)
{
    for (FixMethod m : {FixMethod::Auto, FixMethod::Registry, FixMethod::LocalPolicy}) {
        std::string name = toString(m);
        std::string dashed = name;
        std::replace(dashed.begin(), dashed.end(), '_', '-');
        if (s == name || s == dashed) {
            out = m;
            return true;
        }
    }
    return false;
}

namespace {

bool present(const Fact<OptInt> &f)
{
    return f.isKnown() && f.value().has_value();
}

std::optional<RegValue> beforeOf(const Fact<OptInt> &f)
{
    if (f.isKnown() && f.value())
        return RegValue::dword(*f.value());
    return std::nullopt;
}

bool failsHere(const Assessment &a, const char *id)
{
    const CheckResult *c = a.check(id);
    return c && c->status == CheckStatus::Fail && c->fix == FixWhere::HereOneReboot;
}

} // namespace

Expected<Plan> makePlan(const Assessment &a, const PlanOptions &o)
{
    const DeviceFacts &f = a.facts;
    Plan p;
    p.verdictBefore = a.verdict;
    p.blockers = a.blockers;

    // Which source to write. Policy values outrank the runtime key, so where local policy values exist on a
    // device that no domain GPO or MDM governs, the fix goes there; a domain or MDM policy is never overwritten.
    const bool gpoValues = present(f.vbsGpoEnable) || present(f.vbsGpoRequireFeatures) || present(f.vbsGpoHvci);
    const bool mdmValues = present(f.vbsMdmEnable) || present(f.vbsMdmRequireFeatures) || present(f.vbsMdmHvci);
    const bool domain = f.domainJoined.valueOr(false) || f.entraJoinType.is("hybrid_joined");
    const bool localPolicyPossible = !mdmValues && !domain;
    FixMethod method = o.method;
    if (method == FixMethod::LocalPolicy && !localPolicyPossible)
        return makeError(ErrorCode::BadUsage,
                         std::string("--method local-policy refused: ") +
                             (mdmValues ? "an MDM (Intune) policy sets VBS on this device"
                                        : "the device is domain joined, so a domain GPO may govern the policy key") +
                             "; a local policy value would be overwritten at the next policy refresh. Fix it in "
                             "Intune or Group Policy, or use --method registry.");
    if (method == FixMethod::Auto)
        method = (gpoValues && localPolicyPossible) ? FixMethod::LocalPolicy : FixMethod::Registry;
    p.method = toString(method);
    if (method == FixMethod::LocalPolicy)
        p.methodReasonText =
            o.method == FixMethod::LocalPolicy
                ? Text(QT_TRANSLATE_NOOP(
                      "hpr::engine",
                      "asked for: the values Group Policy writes, set locally (no domain GPO or MDM here)"))
                : Text(QT_TRANSLATE_NOOP(
                           "hpr::engine",
                           "local policy values already exist under HKLM\\%1 and outrank the runtime key; no "
                           "domain GPO or MDM governs them"),
                       {std::string(reg::kDeviceGuardPolicy)});
    else
        p.methodReasonText =
            gpoValues || mdmValues
                ? QT_TRANSLATE_NOOP("hpr::engine",
                                    "the runtime DeviceGuard key (policy values exist but are governed by a "
                                    "domain GPO or MDM, which this tool does not overwrite)")
                : QT_TRANSLATE_NOOP("hpr::engine",
                                    "the runtime DeviceGuard key, Microsoft's documented registry method; no "
                                    "Group Policy or MDM sets VBS on this device");
    p.methodReason = p.methodReasonText.str();
    auto warn = [&](Text t) {
        p.warnings.push_back(t.str());
        p.warningTexts.push_back(std::move(t));
    };
    auto restartBecause = [&](Text t) {
        p.restartReasons.push_back(t.str());
        p.restartReasonTexts.push_back(std::move(t));
    };
    auto manual = [&](const std::string &check, FixWhere where, Text t) {
        std::string english = t.str();
        p.manualSteps.push_back(ManualStep{check, where, std::move(english), std::move(t)});
    };
    const bool local = method == FixMethod::LocalPolicy;
    const char *vbsKey = local ? reg::kDeviceGuardPolicy : reg::kDeviceGuard;

    auto add = [&](const char *key, const char *name, std::int64_t value, const Fact<OptInt> &before, const char *check,
                   Text reason) {
        if (before.isKnown() && before.value() == OptInt(value))
            return; // already so: nothing to change
        std::string english = reason.str();
        p.changes.push_back(PlannedChange{key, name, beforeOf(before), RegValue::dword(value), check,
                                          std::move(english), std::move(reason)});
    };

    const bool dmaAvailable =
        f.vbsAvailableProperties.isKnown() &&
        std::count(f.vbsAvailableProperties.value().begin(), f.vbsAvailableProperties.value().end(), 3);
    std::int64_t wantFeatures = 1;
    if (o.requireDma) {
        if (dmaAvailable)
            wantFeatures = 3;
        else
            warn(QT_TRANSLATE_NOOP(
                "hpr::engine",
                "DMA protection was asked for, but Windows reports no DMA protection on this device "
                "(AvailableSecurityProperties lacks 3): requiring it would stop VBS from starting, so the plan "
                "requires Secure Boot only (RequirePlatformSecurityFeatures=1)."));
    }

    const bool enableVbs = failsHere(a, "HP-VBS-CONFIGURED");
    if (enableVbs) {
        add(vbsKey, reg::kEnableVbs, 1, local ? f.vbsGpoEnable : f.vbsRuntimeEnable, "HP-VBS-CONFIGURED",
            QT_TRANSLATE_NOOP("hpr::engine", "turns on virtualization-based security at the next boot"));
    }
    // RequirePlatformSecurityFeatures: set with the enable, or raised to 3 when asked. Where another source
    // decides it (a policy), a runtime value would have no effect, so it is not written.
    const std::string requiredBy = [&] {
        if (present(f.vbsGpoRequireFeatures))
            return std::string("group_policy");
        if (present(f.vbsMdmRequireFeatures))
            return std::string("mdm");
        return std::string("registry");
    }();
    const bool requireDecidedElsewhere = !local && requiredBy != "registry";
    if ((enableVbs || (o.requireDma && wantFeatures == 3 && f.vbsEffectiveRequiredFeatures.valueOr(0) != 3)) &&
        !requireDecidedElsewhere)
        add(vbsKey, reg::kRequireFeatures, wantFeatures, local ? f.vbsGpoRequireFeatures : f.vbsRuntimeRequireFeatures,
            "HP-VBS-CONFIGURED",
            wantFeatures == 3
                ? QT_TRANSLATE_NOOP("hpr::engine", "VBS requires Secure Boot and DMA protection (asked for)")
                : QT_TRANSLATE_NOOP("hpr::engine", "VBS requires Secure Boot (Microsoft's recommended setting)"));
    else if (requireDecidedElsewhere && (enableVbs || o.requireDma))
        //: %1: the source's code, group_policy or mdm.
        warn(Text(
            QT_TRANSLATE_NOOP("hpr::engine",
                              "RequirePlatformSecurityFeatures is set by %1 on this device; the plan leaves it to that "
                              "policy."),
            {requiredBy}));

    if (o.memoryIntegrity) {
        const bool hvciOn = local ? f.vbsGpoHvci.isKnown() && f.vbsGpoHvci.value() == OptInt(2)
                                  : f.vbsHvciEnabled.isKnown() && f.vbsHvciEnabled.value() == OptInt(1);
        if (!hvciOn) {
            if (local)
                add(reg::kDeviceGuardPolicy, reg::kGpoHvci, 2, f.vbsGpoHvci, "HP-VBS-CONFIGURED",
                    QT_TRANSLATE_NOOP("hpr::engine", "turns on memory integrity without UEFI lock (asked for)"));
            else
                add(reg::kHvciScenario, reg::kEnabled, 1, f.vbsHvciEnabled, "HP-VBS-CONFIGURED",
                    QT_TRANSLATE_NOOP("hpr::engine", "turns on memory integrity (asked for)"));
            warn(QT_TRANSLATE_NOOP(
                "hpr::engine",
                "Memory integrity (HVCI) blocks drivers that are not compatible with it; a boot-critical "
                "incompatible driver can keep it off. Hotpatch needs VBS running, not memory integrity. After "
                "the restart, check Windows Security > Device security > Core isolation for incompatible "
                "drivers."));
            // The static check of the drivers' files (the fact drivers.hvci_concerns): what it found, by file.
            const auto &drivers = f.driversHvciConcerns;
            if (drivers.isKnown() && !drivers.value().empty()) {
                std::vector<Text> found;
                for (const auto &c : drivers.value())
                    found.emplace_back(c);
                //: %1: "file.sys: what breaks the rules", one or more, as the engine words them (English).
                warn(Text(QT_TRANSLATE_NOOP("hpr::engine",
                                            "A static check of the kernel drivers' files found what memory integrity "
                                            "does not allow: %1. Windows Security's own scan decides (Device security "
                                            "> Core isolation details > Review incompatible drivers); update or "
                                            "remove these drivers before the restart, or leave memory integrity off."),
                          {listOf(found)}));
            } else if (!drivers.isKnown()) {
                warn(Text(QT_TRANSLATE_NOOP("hpr::engine",
                                            "The kernel drivers' files could not be checked for memory integrity "
                                            "(%1)."),
                          {Text(drivers.detail())}));
            }
        }
    }

    if (failsHere(a, "HP-CHPE")) { // add() skips it when HotPatchRestrictions=1 is already set
        add(reg::kMemoryManagement, reg::kHotPatchRestrictions, 1, f.chpeHotPatchRestrictions, "HP-CHPE",
            QT_TRANSLATE_NOOP("hpr::engine", "disables CHPE binaries on Arm64 at the next boot"));
        warn(QT_TRANSLATE_NOOP(
            "hpr::engine",
            "Disabling CHPE makes x86 apps use the emulation-only binaries instead of CHPE binaries; "
            "Microsoft warns this may affect performance or compatibility. To undo: HotPatchRestrictions=0 (or "
            "rollback) and restart."));
    }

    // Every change must pass the allowlist; a plan that does not is a programming error caught here.
    for (const auto &c : p.changes) {
        auto ok = checkAllowed(c.key, c.name, c.after, WriteIntent::Fix);
        if (!ok)
            return ok.error();
    }

    // The single restart: what it completes.
    if (!p.changes.empty())
        restartBecause(QT_TRANSLATE_NOOP("hpr::engine", "the registry changes above take effect at boot"));
    if (f.vbsConfigured.is(true) && f.vbsRestartPending.is(true) && !f.vbsStatus.is("running"))
        restartBecause(
            QT_TRANSLATE_NOOP("hpr::engine", "VBS was turned on since the last boot and starts at the next one"));
    if (f.chpeRestartPending.is(true))
        restartBecause(QT_TRANSLATE_NOOP("hpr::engine", "a CHPE change waits for a restart"));
    if (f.rebootPending.is(true)) {
        std::string reasons;
        for (const auto &r : f.rebootPendingReasons.valueOr({}))
            reasons += (reasons.empty() ? "" : ", ") + r;
        //: %1: Windows' pending-restart indicators (codes), comma-separated.
        restartBecause(Text(QT_TRANSLATE_NOOP("hpr::engine", "Windows has a restart pending (%1)"), {reasons}));
    }
    p.restartNeeded = !p.restartReasons.empty();

    // What this tool cannot do.
    for (const auto &c : a.checks) {
        if (c.id == "HP-VBS-RUNNING") // its causes are the specific checks' manual steps
            continue;
        if (c.status == CheckStatus::Fail && c.blocker != BlockerCategory::None)
            //: A manual step: %1 the check's summary (what was found), %2 what to do.
            manual(c.id, c.fix, Text(QT_TRANSLATE_NOOP("hpr::engine", "%1. %2"), {c.summaryText, c.fixActionText}));
        else if (c.status == CheckStatus::Unknown)
            manual(c.id, FixWhere::None,
                   Text(QT_TRANSLATE_NOOP("hpr::engine", "Could not be checked: %1"), {c.explanationText}));
        else if (c.status == CheckStatus::Warn && !c.fixAction.empty())
            manual(c.id, c.fix, c.fixActionText);
    }
    return p;
}

nlohmann::json planToJson(const Plan &p)
{
    nlohmann::json j;
    j["method"] = p.method;
    j["method_reason"] = p.methodReason;
    j["verdict_before"] = toString(p.verdictBefore);
    j["changes"] = nlohmann::json::array();
    for (const auto &c : p.changes) {
        nlohmann::json cj;
        cj["key"] = std::string("HKLM\\") + c.key;
        cj["name"] = c.name;
        cj["type"] = toString(c.after.type);
        cj["before"] = c.before ? nlohmann::json(c.before->displayData()) : nlohmann::json("absent");
        cj["after"] = c.after.displayData();
        cj["check"] = c.checkId;
        cj["reason"] = c.reason;
        j["changes"].push_back(std::move(cj));
    }
    j["restart"] = {{"needed", p.restartNeeded}, {"reasons", p.restartReasons}};
    j["warnings"] = p.warnings;
    j["manual_steps"] = nlohmann::json::array();
    for (const auto &m : p.manualSteps)
        j["manual_steps"].push_back({{"check", m.checkId}, {"where", toString(m.where)}, {"text", m.text}});
    j["blockers"] = nlohmann::json::array();
    for (const auto &b : p.blockers)
        j["blockers"].push_back({{"check", b.check}, {"category", toString(b.category)}});
    return j;
}

std::string planToText(const Plan &p)
{
    std::ostringstream out;
    out << "Fix plan (method: " << p.method << " - " << p.methodReason << ")\n\n";
    if (p.changes.empty()) {
        out << "Changes: none - nothing on this device needs to be changed by this tool.\n";
    } else {
        std::size_t wk = 3, wn = 10;
        for (const auto &c : p.changes) {
            wk = std::max(wk, c.key.size() + 5);
            wn = std::max(wn, c.name.size());
        }
        auto pad = [](std::string s, std::size_t w) {
            s.resize(std::max(s.size(), w), ' ');
            return s;
        };
        out << "Changes (shown before anything is written):\n";
        out << "  " << pad("KEY", wk) << "  " << pad("VALUE", wn) << "  " << pad("TYPE", 9) << "  " << pad("BEFORE", 8)
            << "  AFTER\n";
        for (const auto &c : p.changes)
            out << "  " << pad("HKLM\\" + c.key, wk) << "  " << pad(c.name, wn) << "  "
                << pad(toString(c.after.type), 9) << "  " << pad(c.before ? c.before->displayData() : "absent", 8)
                << "  " << c.after.displayData() << "\n      (" << c.checkId << ": " << c.reason << ")\n";
    }
    out << "\nRestart needed: " << (p.restartNeeded ? "yes" : "no");
    for (std::size_t i = 0; i < p.restartReasons.size(); ++i)
        out << (i ? "; " : " - ") << p.restartReasons[i];
    out << "\n";
    if (!p.warnings.empty()) {
        out << "\nWarnings:\n";
        for (const auto &w : p.warnings)
            out << "  ! " << w << "\n";
    }
    if (!p.manualSteps.empty()) {
        out << "\nManual steps (this tool cannot do these):\n";
        int n = 1;
        for (const auto &m : p.manualSteps)
            out << "  " << n++ << ". [" << m.checkId
                << (m.where != FixWhere::None ? std::string(", ") + toString(m.where) : "") << "] " << m.text << "\n";
    }
    if (p.blocked())
        out << "\nThe device is BLOCKED by what the manual steps describe; apply refuses to start until they are "
               "done (or --force is given).\n";
    return out.str();
}

} // namespace hpr
