#include "vbsconfig.h"

namespace hpr {

std::optional<bool> hvciPolicyValue(const OptInt &v)
{
    if (!v || *v == 3)
        return std::nullopt;
    return *v == 1 || *v == 2;
}

EffectiveVbsConfig effectiveVbsConfig(const VbsConfigSources &s)
{
    EffectiveVbsConfig c;

    // EnableVirtualizationBasedSecurity
    struct Candidate
    {
        const OptInt &v;
        const char *by;
    };
    const Candidate enable[] = {{s.gpoEnable, "group_policy"}, {s.mdmEnable, "mdm"}, {s.runtimeEnable, "registry"}};
    std::optional<bool> first;
    for (const auto &cand : enable) {
        if (!cand.v)
            continue;
        const bool on = *cand.v == 1;
        if (!first) {
            first = on;
            c.vbsEnabled = on;
            c.explicitlyDisabled = !on;
            c.enabledBy = cand.by;
        } else if (*first != on) {
            c.policyConflict = true;
        }
    }

    // Memory integrity (HVCI) turns VBS on with it.
    if (auto g = hvciPolicyValue(s.gpoHvci)) {
        c.hvciEnabled = *g;
        c.hvciBy = "group_policy";
    } else if (auto m = hvciPolicyValue(s.mdmHvci)) {
        c.hvciEnabled = *m;
        c.hvciBy = "mdm";
    } else if (s.runtimeHvci) {
        c.hvciEnabled = *s.runtimeHvci == 1;
        c.hvciBy = "registry";
    }
    if (c.hvciEnabled && !c.vbsEnabled && !c.explicitlyDisabled) {
        c.vbsEnabled = true;
        c.enabledBy = c.hvciBy;
    }

    // RequirePlatformSecurityFeatures
    const Candidate require[] = {{s.gpoRequire, "group_policy"}, {s.mdmRequire, "mdm"}, {s.runtimeRequire, "registry"}};
    for (const auto &cand : require) {
        if (cand.v) {
            c.requiredFeatures = *cand.v;
            c.requiredBy = cand.by;
            break;
        }
    }
    return c;
}

} // namespace hpr
