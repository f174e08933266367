#pragma once

#include "fact.h"

#include <nlohmann/json_fwd.hpp>
#include <string>

namespace hpr {

/// Everything the engine knows about one device; each member is exposed under a stable ID
/// (see visitFacts) in reports. Built by the fact collector (live or simulated device) or by
/// the evidence parsers; the engine never asks where a fact came from beyond its source text.
struct DeviceFacts
{
    // identity
    Fact<std::string> hostname, manufacturer, model, serial;

    // operating system and process
    Fact<std::string> osProductName, osEditionId;
    Fact<std::int64_t> osBuild, osUbr;
    Fact<std::string> osDisplayVersion;
    Fact<std::string> osInstallationType; ///< "client" | "server"
    Fact<std::string> osArch;             ///< "x64" | "arm64" | "x86"
    Fact<bool> processElevated;

    // firmware and hardware
    Fact<std::string> firmwareType;       ///< "uefi" | "bios"
    Fact<std::string> firmwareSecureBoot; ///< "on" | "off" | "unsupported"
    Fact<bool> firmwareVirtualizationEnabled;
    Fact<bool> cpuVirtualizationExtensions, cpuSlat, cpuNx;
    Fact<bool> tpmPresent;
    Fact<std::string> tpmVersion; ///< "2.0" | "1.2"
    Fact<bool> dmaKernelProtection;
    Fact<bool> hypervisorPresent;
    Fact<bool> deviceIsVm;
    Fact<bool> domainJoined; ///< joined to an Active Directory domain (a domain GPO may govern policy)

    // virtualization-based security: runtime state (Win32_DeviceGuard)
    Fact<std::string> vbsStatus; ///< "off" | "enabled_not_running" | "running"
    Fact<IntList> vbsRequiredProperties, vbsAvailableProperties;
    Fact<IntList> vbsServicesConfigured, vbsServicesRunning;
    // configuration: effective and per source
    Fact<bool> vbsConfigured;                        ///< effective after policy > runtime key
    Fact<std::string> vbsConfiguredBy;               ///< "mdm" | "group_policy" | "registry" | "none"
    Fact<std::int64_t> vbsEffectiveRequiredFeatures; ///< effective RequirePlatformSecurityFeatures (0 = none)
    Fact<OptInt> vbsRuntimeEnable, vbsRuntimeRequireFeatures, vbsRuntimeLocked, vbsRuntimeMandatory;
    Fact<OptInt> vbsHvciEnabled, vbsHvciLocked;
    Fact<OptInt> vbsGpoEnable, vbsGpoRequireFeatures, vbsGpoHvci;
    Fact<OptInt> vbsMdmEnable, vbsMdmRequireFeatures, vbsMdmHvci;
    /// Memory integrity: kernel drivers whose PE headers break its rules ("acme.sys: section INIT is writable and
    /// executable"), a static check of every driver service's file (engine/pecheck.h); empty when none does.
    Fact<StringList> driversHvciConcerns;
    Fact<std::string> bootHypervisorLaunchType; ///< "auto" | "off" | other BCD value
    Fact<bool> vbsRestartPending;               ///< DeviceGuard configuration changed since the last boot

    // Arm64 CHPE
    Fact<bool> chpeDisabled;       ///< HotPatchRestrictions=1 in effect
    Fact<bool> chpeRestartPending; ///< a HotPatchRestrictions change waits for a restart
    Fact<OptInt> chpeHotPatchRestrictions, chpeMdmDisableChpe;

    // management
    Fact<bool> mdmEnrolled;
    Fact<std::string> mdmProvider;
    Fact<std::string> entraJoinType; ///< "none" | "entra_joined" | "hybrid_joined" | "workplace_registered"
    Fact<bool> hotpatchPolicyEnabled;
    Fact<OptInt> hotpatchAllowRebootlessUpdates;
    Fact<bool> hotpatchServerEnrolled; ///< Server: "Hotpatch Enrollment Package" present

    // restarts
    Fact<bool> rebootPending;
    Fact<StringList> rebootPendingReasons;
    Fact<std::string> lastBootTime; ///< ISO 8601 UTC

    // updates, derived from the build and the release table
    Fact<std::string> updateBaselineStatus; ///< "current_baseline" | "behind_baseline" | "unknown"
    Fact<std::string> updateChannelMonth;   ///< "baseline" | "hotpatch"
    Fact<std::string> updateLatestBaseline; ///< e.g. "2026-07 26100.8875 KB5101650"

    // Secure Boot 2023 certificate rollover (windows-facts-2.md topic A); never a hotpatch prerequisite
    Fact<bool> sbDbWindowsUefiCa2023, sbDbMicrosoftUefiCa2023, sbDbOptionRomUefiCa2023, sbDbMicrosoftUefiCa2011;
    Fact<bool> sbKekKek2kCa2023;
    Fact<std::string> sbUpdateStatus; ///< "not_started" | "in_progress" | "updated" | "error" | "opted_out"
    Fact<OptInt> sbUpdateError;       ///< UEFICA2023Error (absent is good)
    Fact<OptInt> sbUpdateErrorEvent;  ///< UEFICA2023ErrorEvent
    Fact<OptInt> sbCapable;           ///< WindowsUEFICA2023Capable 0/1/2 [3P meanings]
    Fact<bool> sbBootManager2023;     ///< boots the boot manager signed by Windows UEFI CA 2023
    Fact<OptInt> sbAvailableUpdates;  ///< AvailableUpdates, raw
    Fact<StringList> sbAvailableUpdatesDecoded;
    Fact<OptInt> sbAvailableUpdatesPolicy;
    Fact<std::string> sbLastEvent; ///< newest TPM-WMI Secure Boot event: "1808 at TIME: text"

    // BitLocker on the operating-system volume (matters for the Secure Boot update's restarts)
    Fact<std::string> bitlockerProtection; ///< "on" | "off"
};

/// Calls f(id, fact) for every fact, in report order. IDs are the stable report contract.
template <class F> void visitFacts(DeviceFacts &d, F &&f);
template <class F> void visitFacts(const DeviceFacts &d, F &&f);

/// {"known": true, "value", "source"} | {"known": false, "reason", "detail", "source"?}
nlohmann::json factsToJson(const DeviceFacts &facts);
/// One fact's value as display text ("absent", "unknown (not elevated)", "{1, 2}", ...).
template <class T> std::string displayValue(const Fact<T> &fact);

} // namespace hpr

#include "devicefacts_visit.h"
