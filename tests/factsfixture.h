#pragma once
// Hand-built DeviceFacts for pure engine tests: a ready x64 Enterprise device, to be mutated per test.

#include "engine/devicefacts.h"
#include "engine/report.h"

namespace hpr::test {

template <class T> Fact<T> k(T v)
{
    return Fact<T>::known(std::move(v), "test fixture");
}
inline Fact<OptInt> absent()
{
    return Fact<OptInt>::known(std::nullopt, "test fixture");
}
inline Fact<OptInt> dword(std::int64_t v)
{
    return Fact<OptInt>::known(v, "test fixture");
}

inline DeviceFacts readyFacts()
{
    DeviceFacts f;
    f.hostname = k<std::string>("PC-01");
    f.manufacturer = k<std::string>("HP");
    f.model = k<std::string>("EliteBook 840 G10");
    f.serial = k<std::string>("5CG0001");
    f.osProductName = k<std::string>("Windows 11 Enterprise");
    f.osEditionId = k<std::string>("Enterprise");
    f.osBuild = k<std::int64_t>(26100);
    f.osUbr = k<std::int64_t>(9106);
    f.osDisplayVersion = k<std::string>("24H2");
    f.osInstallationType = k<std::string>("client");
    f.osArch = k<std::string>("x64");
    f.processElevated = k(true);
    f.firmwareType = k<std::string>("uefi");
    f.firmwareSecureBoot = k<std::string>("on");
    f.firmwareVirtualizationEnabled = k(true);
    f.cpuVirtualizationExtensions = k(true);
    f.cpuSlat = k(true);
    f.cpuNx = k(true);
    f.tpmPresent = k(true);
    f.tpmVersion = k<std::string>("2.0");
    f.dmaKernelProtection = k(true);
    f.hypervisorPresent = k(true);
    f.deviceIsVm = k(false);
    f.domainJoined = k(false);
    f.vbsStatus = k<std::string>("running");
    f.vbsRequiredProperties = k<IntList>({1, 2});
    f.vbsAvailableProperties = k<IntList>({1, 2, 3, 5, 7});
    f.vbsServicesConfigured = k<IntList>({0});
    f.vbsServicesRunning = k<IntList>({0});
    f.vbsConfigured = k(true);
    f.vbsConfiguredBy = k<std::string>("registry");
    f.vbsEffectiveRequiredFeatures = k<std::int64_t>(1);
    f.vbsRestartPending = k(false);
    f.vbsRuntimeEnable = dword(1);
    f.vbsRuntimeRequireFeatures = dword(1);
    f.vbsRuntimeLocked = absent();
    f.vbsRuntimeMandatory = absent();
    f.vbsHvciEnabled = absent();
    f.vbsHvciLocked = absent();
    f.vbsGpoEnable = absent();
    f.vbsGpoRequireFeatures = absent();
    f.vbsGpoHvci = absent();
    f.vbsMdmEnable = absent();
    f.vbsMdmRequireFeatures = absent();
    f.vbsMdmHvci = absent();
    f.bootHypervisorLaunchType = k<std::string>("auto");
    f.chpeDisabled = k(false);
    f.chpeRestartPending = k(false);
    f.chpeHotPatchRestrictions = absent();
    f.chpeMdmDisableChpe = absent();
    f.mdmEnrolled = k(true);
    f.mdmProvider = k<std::string>("Microsoft Intune");
    f.entraJoinType = k<std::string>("entra_joined");
    f.hotpatchPolicyEnabled = k(true);
    f.hotpatchAllowRebootlessUpdates = dword(1);
    f.hotpatchServerEnrolled = k(false);
    f.rebootPending = k(false);
    f.rebootPendingReasons = k<StringList>({});
    f.lastBootTime = k<std::string>("2026-11-24T08:00:00Z");
    // Secure Boot 2023 certificates in place (HP-SECUREBOOT-CA2023 passes)
    f.sbDbWindowsUefiCa2023 = k(true);
    f.sbDbMicrosoftUefiCa2023 = k(true);
    f.sbDbOptionRomUefiCa2023 = k(true);
    f.sbDbMicrosoftUefiCa2011 = k(true);
    f.sbKekKek2kCa2023 = k(true);
    f.sbUpdateStatus = k<std::string>("updated");
    f.sbUpdateError = absent();
    f.sbUpdateErrorEvent = absent();
    f.sbCapable = dword(2);
    f.sbBootManager2023 = k(true);
    f.sbAvailableUpdates = dword(0x4000);
    f.sbAvailableUpdatesDecoded = k<StringList>({"0x4000 other bits, shown raw"});
    f.sbAvailableUpdatesPolicy = absent();
    f.sbLastEvent = k<std::string>("1808 at 2026-11-20T08:05:00Z: This device has updated Secure Boot CA/keys");
    f.bitlockerProtection = k<std::string>("on");
    return f;
}

/// A report context with a fixed version, spec and time, so report text can be compared exactly.
inline ReportContext fixedReportContext()
{
    ReportContext c;
    c.toolVersion = "9.8.7";
    c.deviceSpec = "sim:/profiles/test.json";
    c.generatedAt = "2026-11-25T10:00:00Z";
    return c;
}

/// A date on which the embedded table is complete (no planned baseline missing).
inline const char *kCompleteTableDate = "2026-09-20";

} // namespace hpr::test
