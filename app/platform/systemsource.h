#pragma once

#include "engine/fact.h"
#include "engine/regvalue.h"

#include <optional>
#include <string>

namespace hpr {

/// Win32_DeviceGuard (root\Microsoft\Windows\DeviceGuard), windows-facts.md §3.2.
struct DeviceGuardInfo
{
    int vbsStatus = 0; ///< VirtualizationBasedSecurityStatus 0/1/2
    IntList requiredSecurityProperties, availableSecurityProperties;
    IntList securityServicesConfigured, securityServicesRunning;
};

/// Win32_Processor virtualization booleans (§3.5); False while a hypervisor runs.
struct ProcessorInfo
{
    bool vmMonitorModeExtensions = false;
    bool virtualizationFirmwareEnabled = false;
    bool secondLevelAddressTranslation = false;
};

/// Win32_ComputerSystem.
struct ComputerSystemInfo
{
    std::string name, manufacturer, model;
    bool hypervisorPresent = false;
    bool partOfDomain = false;
};

/// TPM base services / Win32_Tpm (§4.4).
struct TpmInfo
{
    bool present = false;
    std::string version; ///< "2.0" | "1.2" when present
};

/// IsDeviceRegisteredWithManagement (§4.8).
struct MdmRegistration
{
    bool registered = false;
    std::string upn;
};

/// Windows processor-feature numbers (§4.2).
enum ProcessorFeature : int {
    PfNxEnabled = 12,
    PfSecondLevelAddressTranslation = 20,
    PfVirtFirmwareEnabled = 21,
};

/// The raw probes of one Windows system, as Windows answers them: registry (HKLM, 64-bit view),
/// WMI and APIs. Implemented by the live Win32 backend and by the simulated device; the fact
/// collector turns the answers into DeviceFacts the same way for both. Each call returns a value
/// or unknown with a reason and never throws. Sources are filled in by the collector.
class SystemSource
{
public:
    virtual ~SystemSource() = default;

    /// Appended to every source text, e.g. " [simulated]"; empty for the live system.
    virtual std::string originTag() const = 0;

    // registry; a known nullopt means the value is absent
    virtual Fact<std::optional<RegValue>> readValue(const std::string &key, const std::string &name) = 0;
    virtual Fact<bool> keyExists(const std::string &key) = 0;
    virtual Fact<StringList> subkeys(const std::string &key) = 0;
    /// ISO 8601 UTC time of the key's last write (RegQueryInfoKey).
    virtual Fact<std::string> keyLastWriteTime(const std::string &key) = 0;

    // WMI
    virtual Fact<DeviceGuardInfo> deviceGuard() = 0;
    virtual Fact<ProcessorInfo> processor() = 0;
    virtual Fact<ComputerSystemInfo> computerSystem() = 0;
    virtual Fact<std::string> biosSerialNumber() = 0;
    virtual Fact<TpmInfo> tpm() = 0;

    // APIs
    virtual Fact<std::string> firmwareType() = 0; ///< "uefi" | "bios"
    virtual Fact<std::string> secureBoot() = 0;   ///< "on" | "off" | "unsupported" (SecureBoot UEFI variable)
    virtual Fact<bool> processorFeature(ProcessorFeature feature) = 0;
    virtual Fact<std::string> nativeArchitecture() = 0; ///< "x64" | "arm64" | "x86"
    virtual Fact<bool> elevated() = 0;
    virtual Fact<bool> kernelDmaProtection() = 0;
    virtual Fact<MdmRegistration> mdmRegistration() = 0;
    virtual Fact<std::string> entraJoinType() = 0;        ///< "none" | "entra_joined" | "workplace_registered"
    virtual Fact<std::string> hypervisorLaunchType() = 0; ///< BCD {current} hypervisorlaunchtype
    virtual Fact<std::string> lastBootTime() = 0;         ///< ISO 8601 UTC
};

} // namespace hpr
