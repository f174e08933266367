#include "simsystemsource.h"

#include "engine/registrypaths.h"
#include "simmachine.h"

namespace hpr {

namespace {

constexpr const char *kKeyNotFound = "registry key not found (ERROR_FILE_NOT_FOUND)";

} // namespace

SimSystemSource::SimSystemSource(SimMachine &machine)
    : m_machine(&machine)
{
}

std::string SimSystemSource::originTag() const
{
    return " [simulated]";
}

Fact<std::optional<RegValue>> SimSystemSource::readValue(const std::string &key, const std::string &name)
{
    return Fact<std::optional<RegValue>>::known(m_machine->readValue(key, name), {});
}

Fact<bool> SimSystemSource::keyExists(const std::string &key)
{
    return Fact<bool>::known(m_machine->keyExists(key), {});
}

Fact<StringList> SimSystemSource::subkeys(const std::string &key)
{
    if (!m_machine->keyExists(key))
        return Fact<StringList>::unknown(UnknownReason::SourceMissing, kKeyNotFound);
    return Fact<StringList>::known(m_machine->subkeys(key), {});
}

Fact<std::string> SimSystemSource::keyLastWriteTime(const std::string &key)
{
    const auto t = m_machine->keyLastWriteTime(key);
    if (!t)
        return Fact<std::string>::unknown(UnknownReason::SourceMissing, kKeyNotFound);
    return Fact<std::string>::known(formatUtcTime(*t), {});
}

Fact<DeviceGuardInfo> SimSystemSource::deviceGuard()
{
    // §3.1: the class exists from Windows 10 / Server 2016 (build 10240 and later).
    if (m_machine->profile().build < 10240)
        return Fact<DeviceGuardInfo>::unknown(
            UnknownReason::SourceMissing,
            "WMI namespace root\\Microsoft\\Windows\\DeviceGuard not found (WBEM_E_INVALID_NAMESPACE)");
    DeviceGuardInfo info;
    info.vbsStatus = m_machine->vbsStatusNow();
    info.requiredSecurityProperties = m_machine->requiredPropertiesNow();
    info.availableSecurityProperties = m_machine->runtime().availableProperties;
    info.securityServicesConfigured = m_machine->servicesConfiguredNow();
    info.securityServicesRunning = m_machine->runtime().servicesRunning;
    return Fact<DeviceGuardInfo>::known(info, {});
}

Fact<ProcessorInfo> SimSystemSource::processor()
{
    // §3.5: the three booleans read False while a hypervisor runs.
    ProcessorInfo info;
    if (!m_machine->runtime().hypervisorPresent) {
        const SimProfile &p = m_machine->profile();
        info.vmMonitorModeExtensions = m_machine->virtualizationExtensionsVisible();
        info.virtualizationFirmwareEnabled = p.firmwareVirtualizationEnabled;
        info.secondLevelAddressTranslation = p.slat && m_machine->virtualizationExtensionsVisible();
    }
    return Fact<ProcessorInfo>::known(info, {});
}

Fact<ComputerSystemInfo> SimSystemSource::computerSystem()
{
    const SimProfile &p = m_machine->profile();
    ComputerSystemInfo info;
    // Win32_ComputerSystem.Name is the active name: a rename shows only after the restart.
    const auto active = m_machine->readValue(reg::kActiveComputerName, "ComputerName");
    info.name = active && active->type == RegType::Sz ? active->text : p.hostname;
    info.manufacturer = p.manufacturer;
    info.model = p.model;
    info.hypervisorPresent = m_machine->runtime().hypervisorPresent;
    info.partOfDomain = p.domainJoined;
    return Fact<ComputerSystemInfo>::known(info, {});
}

Fact<std::string> SimSystemSource::biosSerialNumber()
{
    const std::string &serial = m_machine->profile().serial;
    if (serial.empty())
        return Fact<std::string>::unknown(UnknownReason::NotProvided, "the profile gives no device.serial");
    return Fact<std::string>::known(serial, {});
}

Fact<TpmInfo> SimSystemSource::tpm()
{
    const std::string &version = m_machine->profile().tpm;
    TpmInfo info;
    if (version != "none") {
        info.present = true;
        info.version = version;
    }
    return Fact<TpmInfo>::known(info, {});
}

Fact<std::string> SimSystemSource::firmwareType()
{
    return Fact<std::string>::known(m_machine->profile().firmwareType, {});
}

Fact<std::string> SimSystemSource::secureBoot()
{
    const SimProfile &p = m_machine->profile();
    // §4.3: GetFirmwareEnvironmentVariableW needs SE_SYSTEM_ENVIRONMENT_NAME.
    if (!p.elevated)
        return Fact<std::string>::unknown(UnknownReason::NotElevated,
                                          "reading the SecureBoot UEFI variable needs SE_SYSTEM_ENVIRONMENT_NAME "
                                          "(administrator rights)");
    if (p.firmwareType != "uefi")
        return Fact<std::string>::known("unsupported", {});
    return Fact<std::string>::known(p.secureBoot ? "on" : "off", {});
}

Fact<bool> SimSystemSource::processorFeature(ProcessorFeature feature)
{
    const SimProfile &p = m_machine->profile();
    const bool hypervisor = m_machine->runtime().hypervisorPresent;
    switch (feature) {
    case PfNxEnabled: return Fact<bool>::known(p.nx, {});
    case PfSecondLevelAddressTranslation:
        return Fact<bool>::known(!hypervisor && p.slat && m_machine->virtualizationExtensionsVisible(), {});
    case PfVirtFirmwareEnabled: return Fact<bool>::known(!hypervisor && p.firmwareVirtualizationEnabled, {});
    }
    return Fact<bool>::unknown(UnknownReason::NotSupported,
                               "processor feature " + std::to_string(int(feature)) + " is not simulated");
}

Fact<std::string> SimSystemSource::nativeArchitecture()
{
    return Fact<std::string>::known(m_machine->profile().arch, {});
}

Fact<bool> SimSystemSource::elevated()
{
    return Fact<bool>::known(m_machine->profile().elevated, {});
}

Fact<bool> SimSystemSource::kernelDmaProtection()
{
    return Fact<bool>::known(m_machine->profile().kernelDmaProtection, {});
}

Fact<MdmRegistration> SimSystemSource::mdmRegistration()
{
    const SimProfile &p = m_machine->profile();
    MdmRegistration r;
    if (p.mdm != "none") {
        r.registered = true;
        r.upn = p.upn;
    }
    return Fact<MdmRegistration>::known(r, {});
}

Fact<std::string> SimSystemSource::entraJoinType()
{
    return Fact<std::string>::known(m_machine->profile().entraJoin, {});
}

Fact<std::string> SimSystemSource::hypervisorLaunchType()
{
    if (!m_machine->profile().elevated)
        return Fact<std::string>::unknown(UnknownReason::NotElevated,
                                          "reading the BCD store needs administrator rights");
    return Fact<std::string>::known(m_machine->bcdHypervisorLaunchType(), {});
}

Fact<std::string> SimSystemSource::lastBootTime()
{
    return Fact<std::string>::known(m_machine->bootTimeIso(), {});
}

Fact<std::vector<std::uint8_t>> SimSystemSource::firmwareVariable(const std::string &name, const std::string &guid)
{
    const SimProfile &p = m_machine->profile();
    // §4.3: GetFirmwareEnvironmentVariableW needs SE_SYSTEM_ENVIRONMENT_NAME and fails on legacy BIOS.
    if (!p.elevated)
        return Fact<std::vector<std::uint8_t>>::unknown(UnknownReason::NotElevated,
                                                        "reading UEFI variable " + name +
                                                            " needs SE_SYSTEM_ENVIRONMENT_NAME (administrator rights)");
    if (p.firmwareType != "uefi")
        return Fact<std::vector<std::uint8_t>>::unknown(UnknownReason::NotSupported,
                                                        "legacy BIOS: no UEFI variables (ERROR_INVALID_FUNCTION)");
    const bool db = name == "db" && guid == kEfiImageSecurityDatabaseGuid;
    const bool kek = name == "KEK" && guid == kEfiGlobalVariableGuid;
    if (!db && !kek)
        return Fact<std::vector<std::uint8_t>>::unknown(UnknownReason::NotSupported,
                                                        "UEFI variable " + name + " " + guid + " is not simulated");
    return Fact<std::vector<std::uint8_t>>::known(m_machine->firmwareVariable(name), {});
}

Fact<std::vector<SecureBootEvent>> SimSystemSource::secureBootEvents()
{
    return Fact<std::vector<SecureBootEvent>>::known(m_machine->secureBoot().events, {});
}

Fact<std::string> SimSystemSource::fileHead(const std::string &path, std::size_t maxBytes)
{
    if (auto bytes = m_machine->fileHead(path, maxBytes))
        return Fact<std::string>::known(std::move(*bytes), {});
    return Fact<std::string>::unknown(UnknownReason::SourceMissing, path + ": the file does not exist");
}

Fact<BitLockerInfo> SimSystemSource::bitLocker()
{
    // Win32_EncryptableVolume answers only administrators.
    if (!m_machine->profile().elevated)
        return Fact<BitLockerInfo>::unknown(UnknownReason::NotElevated,
                                            "Win32_EncryptableVolume needs administrator rights");
    return Fact<BitLockerInfo>::known(BitLockerInfo{m_machine->bitlockerProtectionNow(), "C:"}, {});
}

} // namespace hpr
