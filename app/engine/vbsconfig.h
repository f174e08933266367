#pragma once

#include "fact.h"

#include <string>

namespace hpr {

/// The raw VBS configuration values from every source (absent = nullopt).
struct VbsConfigSources
{
    // HKLM\SYSTEM\CurrentControlSet\Control\DeviceGuard (§2.1) and Scenarios\HypervisorEnforcedCodeIntegrity (§2.2)
    OptInt runtimeEnable, runtimeRequire, runtimeHvci;
    // HKLM\SOFTWARE\Policies\Microsoft\Windows\DeviceGuard (§2.3)
    OptInt gpoEnable, gpoRequire, gpoHvci;
    // PolicyManager\current\device\DeviceGuard and \VirtualizationBasedTechnology (§2.4, §2.5)
    OptInt mdmEnable, mdmRequire, mdmHvci;
};

/// What Windows will use at the next boot, and which source decided it.
struct EffectiveVbsConfig
{
    bool vbsEnabled = false;         ///< EnableVirtualizationBasedSecurity=1 or memory integrity on
    std::string enabledBy = "none";  ///< "group_policy" | "mdm" | "registry" | "none"
    bool explicitlyDisabled = false; ///< the deciding source says 0
    bool hvciEnabled = false;
    std::string hvciBy = "none";
    std::int64_t requiredFeatures = 0; ///< RequirePlatformSecurityFeatures (0 = none beyond the hypervisor)
    std::string requiredBy = "none";
    bool policyConflict = false; ///< two sources disagree on EnableVirtualizationBasedSecurity
};

/// Precedence, per source kind: Group Policy, then MDM (Windows' default when both set a policy:
/// MDMWinsOverGP is off), then the runtime key. [INF] documented in docs/simulated-device.md.
/// Used by both the fact collector and the simulated device's boot, so they cannot disagree.
EffectiveVbsConfig effectiveVbsConfig(const VbsConfigSources &s);

/// A policy HVCI value to on/off/not configured: GP/MDM 1 or 2 = on, 0 = off, 3 = not configured.
std::optional<bool> hvciPolicyValue(const OptInt &v);

} // namespace hpr
