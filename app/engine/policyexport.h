#pragma once
// Fleet policy equivalents of the VBS fix and the Arm64 CHPE disable: the Policy CSP settings
// (shared/reference/windows-facts.md §2.4-2.6), written as an Intune custom profile or as a .reg file.

#include <string>
#include <vector>

namespace hpr {

/// Which optional settings an export contains; VBS on with Secure Boot is always included.
struct PolicyExportOptions
{
    bool requireDma = false;      ///< RequirePlatformSecurityFeatures=3 (Secure Boot and DMA) instead of 1
    bool memoryIntegrity = false; ///< HypervisorEnforcedCodeIntegrity=2 (enabled without UEFI lock)
    bool disableChpe = false;     ///< System/DisableCHPE=1 (Arm64 only)
};

/// One Policy CSP setting and its Group Policy (or, failing that, documented registry) equivalent.
struct PolicySetting
{
    std::string omaUri;        ///< "./Device/Vendor/MSFT/Policy/Config/DeviceGuard/EnableVirtualizationBasedSecurity"
    std::string name;          ///< the CSP node name, "EnableVirtualizationBasedSecurity"
    std::string dataType;      ///< the Intune custom-profile data type: always "Integer"
    int value = 0;             ///< for the OMA-URI and, with the same meaning, for the registry value
    std::string description;   ///< what the value does and why (ASCII, one paragraph)
    std::string editions;      ///< the editions the CSP applies to, as CSP documentation lists them
    std::string minimumOs;     ///< the first Windows version the CSP applies to
    std::string registryKey;   ///< under HKEY_LOCAL_MACHINE, without the hive (registrypaths.h convention)
    std::string registryValue; ///< REG_DWORD value name under registryKey, data = value
    std::string registryNote;  ///< how the registry value relates to the policy (GPO element, or why no GPO)
};

/// The settings for these options, in a fixed order: VBS, platform security level, memory integrity, CHPE.
std::vector<PolicySetting> policySettings(const PolicyExportOptions &options);

/// A Microsoft Graph #microsoft.graph.windows10CustomConfiguration document (Intune custom profile), LF ends.
std::string intuneProfileJson(const std::vector<PolicySetting> &settings, const std::string &generatedAt,
                              const std::string &toolVersion);

/// A regedit file ("Windows Registry Editor Version 5.00"), ASCII only, CRLF line ends, commented.
std::string regFile(const std::vector<PolicySetting> &settings, const std::string &generatedAt,
                    const std::string &toolVersion);

/// "Hotpatch readiness: VBS, memory integrity, CHPE disabled": the profile name for these settings.
std::string policyDisplayName(const std::vector<PolicySetting> &settings);

} // namespace hpr
