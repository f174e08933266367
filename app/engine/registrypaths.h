#pragma once
// Registry locations from shared/reference/windows-facts.md (section numbers in comments).
// All are under HKEY_LOCAL_MACHINE, 64-bit view; paths are written without the hive prefix.

#include <string>

namespace hpr::reg {

/// Services and drivers: each subkey's Type (1 kernel driver, 2 file-system driver), Start (4 disabled) and
/// ImagePath (REG_EXPAND_SZ, e.g. \SystemRoot\System32\drivers\x.sys).
inline constexpr const char *kServices = "SYSTEM\\CurrentControlSet\\Services";

inline constexpr const char *kHklm = "HKLM";

// §2.1 runtime DeviceGuard configuration
inline constexpr const char *kDeviceGuard = R"(SYSTEM\CurrentControlSet\Control\DeviceGuard)";
inline constexpr const char *kEnableVbs = "EnableVirtualizationBasedSecurity";
inline constexpr const char *kRequireFeatures = "RequirePlatformSecurityFeatures";
inline constexpr const char *kLocked = "Locked";
inline constexpr const char *kMandatory = "Mandatory";
// §2.2 memory integrity scenario
inline constexpr const char *kHvciScenario =
    R"(SYSTEM\CurrentControlSet\Control\DeviceGuard\Scenarios\HypervisorEnforcedCodeIntegrity)";
inline constexpr const char *kEnabled = "Enabled";
// §2.3 Group Policy (ADMX VirtualizationBasedSecurity)
inline constexpr const char *kDeviceGuardPolicy = R"(SOFTWARE\Policies\Microsoft\Windows\DeviceGuard)";
inline constexpr const char *kGpoHvci = "HypervisorEnforcedCodeIntegrity";
// §2.4/§2.5 MDM policy as applied by the Policy CSP (PolicyManager current values)
inline constexpr const char *kMdmDeviceGuard = R"(SOFTWARE\Microsoft\PolicyManager\current\device\DeviceGuard)";
inline constexpr const char *kMdmVbt =
    R"(SOFTWARE\Microsoft\PolicyManager\current\device\VirtualizationBasedTechnology)";
inline constexpr const char *kMdmSystem = R"(SOFTWARE\Microsoft\PolicyManager\current\device\System)";
inline constexpr const char *kDisableChpe = "DisableCHPE";
// §2.6 CHPE
inline constexpr const char *kMemoryManagement =
    R"(SYSTEM\CurrentControlSet\Control\Session Manager\Memory Management)";
inline constexpr const char *kHotPatchRestrictions = "HotPatchRestrictions";
inline constexpr const char *kHotPatchTableSize = "HotPatchTableSize";
// §1.4/§2.7 hotpatch policy mirror [UNCONFIRMED-by-MS]
inline constexpr const char *kMdmUpdate = R"(SOFTWARE\Microsoft\PolicyManager\current\device\Update)";
inline constexpr const char *kAllowRebootlessUpdates = "AllowRebootlessUpdates";
// §1.8 server enrollment package [3P]
inline constexpr const char *kTargetingDynamicInstalled =
    R"(SOFTWARE\Microsoft\Windows NT\CurrentVersion\Update\TargetingInfo\DynamicInstalled)";
// §4.5 OS version values
inline constexpr const char *kCurrentVersion = R"(SOFTWARE\Microsoft\Windows NT\CurrentVersion)";
// §4.8 enrollments [UNCONFIRMED-by-MS layout]
inline constexpr const char *kEnrollments = R"(SOFTWARE\Microsoft\Enrollments)";
// §4.9 pending reboot indicators
inline constexpr const char *kCbsRebootPending =
    R"(SOFTWARE\Microsoft\Windows\CurrentVersion\Component Based Servicing\RebootPending)";
inline constexpr const char *kWuRebootRequired =
    R"(SOFTWARE\Microsoft\Windows\CurrentVersion\WindowsUpdate\Auto Update\RebootRequired)";
inline constexpr const char *kSessionManager = R"(SYSTEM\CurrentControlSet\Control\Session Manager)";
inline constexpr const char *kPendingFileRenames = "PendingFileRenameOperations";
inline constexpr const char *kActiveComputerName =
    R"(SYSTEM\CurrentControlSet\Control\ComputerName\ActiveComputerName)";
inline constexpr const char *kComputerName = R"(SYSTEM\CurrentControlSet\Control\ComputerName\ComputerName)";
// §4.11 resume after the restart
inline constexpr const char *kRunOnce = R"(SOFTWARE\Microsoft\Windows\CurrentVersion\RunOnce)";
inline constexpr const char *kResumeValueName = "HotpatchReadyVerify";
// §4.3 Secure Boot state [UNCONFIRMED-by-MS]
inline constexpr const char *kSecureBootState = R"(SYSTEM\CurrentControlSet\Control\SecureBoot\State)";
inline constexpr const char *kUefiSecureBootEnabled = "UEFISecureBootEnabled";
// windows-facts-2.md A.3 Secure Boot 2023 certificate servicing. The documents disagree on where some values live
// (open item 1): Microsoft's scripts read AvailableUpdates and the opt-in/opt-out values under SecureBoot and the
// UEFICA2023* values under SecureBoot\Servicing; KB5068202 says everything is under Servicing. Read both.
inline constexpr const char *kSecureBootControl = R"(SYSTEM\CurrentControlSet\Control\SecureBoot)";
inline constexpr const char *kSecureBootServicing = R"(SYSTEM\CurrentControlSet\Control\SecureBoot\Servicing)";
inline constexpr const char *kAvailableUpdates = "AvailableUpdates";
inline constexpr const char *kAvailableUpdatesPolicy = "AvailableUpdatesPolicy";
inline constexpr const char *kUefiCa2023Status = "UEFICA2023Status";
inline constexpr const char *kUefiCa2023Error = "UEFICA2023Error";
inline constexpr const char *kUefiCa2023ErrorEvent = "UEFICA2023ErrorEvent";
inline constexpr const char *kWindowsUefiCa2023Capable = "WindowsUEFICA2023Capable";

/// "HKLM\<path>\<value>" for evidence and diffs.
inline std::string display(const char *key, const char *value)
{
    return std::string(kHklm) + "\\" + key + "\\" + value;
}

} // namespace hpr::reg
