#pragma once

#include "engine/fact.h"
#include "engine/regvalue.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

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
    std::string source;  ///< where it was read, for people; empty = the TPM base services (Tbsi_GetDeviceInfo)
};

/// IsDeviceRegisteredWithManagement (§4.8).
struct MdmRegistration
{
    bool registered = false;
    std::string upn;
};

/// One System-log event of the provider Microsoft-Windows-TPM-WMI (windows-facts-2.md A.6).
struct SecureBootEvent
{
    int id = 0;
    std::string time; ///< ISO 8601 UTC
    std::string message;
};

/// BitLocker on the operating-system volume (Win32_EncryptableVolume.ProtectionStatus).
struct BitLockerInfo
{
    std::string protection; ///< "on" (1) | "off" (0: not encrypted, or suspended)
    std::string volume;     ///< e.g. "C:"
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

    // Secure Boot certificate servicing and BitLocker (windows-facts-2.md topic A)
    /// A UEFI variable's raw contents, e.g. "db" in {D719B2CB-3D3A-4596-A3BC-DAD00E67656F}.
    virtual Fact<std::vector<std::uint8_t>> firmwareVariable(const std::string &name, const std::string &guid) = 0;
    /// The TPM-WMI Secure Boot servicing events of the System log, oldest first.
    virtual Fact<std::vector<SecureBootEvent>> secureBootEvents() = 0;
    virtual Fact<BitLockerInfo> bitLocker() = 0;

    // files
    /// The first maxBytes bytes of a file (fewer when it is shorter), e.g. a driver's PE headers; unknown with the
    /// reason when it cannot be read (source_missing for a missing file).
    virtual Fact<std::string> fileHead(const std::string &path, std::size_t maxBytes) = 0;
};

inline constexpr const char *kEfiGlobalVariableGuid = "{8BE4DF61-93CA-11D2-AA0D-00E098032B8C}";        ///< KEK, PK
inline constexpr const char *kEfiImageSecurityDatabaseGuid = "{D719B2CB-3D3A-4596-A3BC-DAD00E67656F}"; ///< db, dbx

} // namespace hpr
