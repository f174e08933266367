#include "recordingsource.h"

#include "engine/secureboot.h"
#include "sim/simprofile.h" // regValueToJson

namespace hpr {

namespace {

nlohmann::json intListJson(const IntList &v)
{
    return nlohmann::json(v);
}

} // namespace

template <class T, class ToJson>
Fact<T> RecordingSystemSource::record(const char *probe, nlohmann::json args, Fact<T> answer, ToJson toJson)
{
    nlohmann::json e{{"probe", probe}};
    if (!args.is_null())
        e["args"] = std::move(args);
    if (answer.isKnown())
        e["value"] = toJson(answer.value());
    else
        e["unknown"] = {{"reason", toString(answer.reason())}, {"detail", answer.detail()}};
    if (!answer.source().empty())
        e["source"] = answer.source();
    m_log.entries.push_back(std::move(e));
    return answer;
}

template <class T> Fact<T> RecordingSystemSource::record(const char *probe, nlohmann::json args, Fact<T> answer)
{
    return record(probe, std::move(args), std::move(answer), [](const T &v) { return nlohmann::json(v); });
}

Fact<std::optional<RegValue>> RecordingSystemSource::readValue(const std::string &key, const std::string &name)
{
    return record("registry.value", {{"key", key}, {"name", name}}, m_inner.readValue(key, name),
                  [](const std::optional<RegValue> &v) { return v ? regValueToJson(*v) : nlohmann::json("absent"); });
}

Fact<bool> RecordingSystemSource::keyExists(const std::string &key)
{
    return record("registry.key_exists", {{"key", key}}, m_inner.keyExists(key));
}

Fact<StringList> RecordingSystemSource::subkeys(const std::string &key)
{
    return record("registry.subkeys", {{"key", key}}, m_inner.subkeys(key));
}

Fact<std::string> RecordingSystemSource::keyLastWriteTime(const std::string &key)
{
    return record("registry.last_write_time", {{"key", key}}, m_inner.keyLastWriteTime(key));
}

Fact<DeviceGuardInfo> RecordingSystemSource::deviceGuard()
{
    return record("wmi.Win32_DeviceGuard", nullptr, m_inner.deviceGuard(), [](const DeviceGuardInfo &d) {
        return nlohmann::json{{"VirtualizationBasedSecurityStatus", d.vbsStatus},
                              {"RequiredSecurityProperties", intListJson(d.requiredSecurityProperties)},
                              {"AvailableSecurityProperties", intListJson(d.availableSecurityProperties)},
                              {"SecurityServicesConfigured", intListJson(d.securityServicesConfigured)},
                              {"SecurityServicesRunning", intListJson(d.securityServicesRunning)}};
    });
}

Fact<ProcessorInfo> RecordingSystemSource::processor()
{
    return record("wmi.Win32_Processor", nullptr, m_inner.processor(), [](const ProcessorInfo &p) {
        return nlohmann::json{{"VMMonitorModeExtensions", p.vmMonitorModeExtensions},
                              {"VirtualizationFirmwareEnabled", p.virtualizationFirmwareEnabled},
                              {"SecondLevelAddressTranslationExtensions", p.secondLevelAddressTranslation}};
    });
}

Fact<ComputerSystemInfo> RecordingSystemSource::computerSystem()
{
    return record("wmi.Win32_ComputerSystem", nullptr, m_inner.computerSystem(), [](const ComputerSystemInfo &c) {
        return nlohmann::json{{"Name", c.name},
                              {"Manufacturer", c.manufacturer},
                              {"Model", c.model},
                              {"HypervisorPresent", c.hypervisorPresent},
                              {"PartOfDomain", c.partOfDomain}};
    });
}

Fact<std::string> RecordingSystemSource::biosSerialNumber()
{
    return record("wmi.Win32_BIOS.SerialNumber", nullptr, m_inner.biosSerialNumber());
}

Fact<TpmInfo> RecordingSystemSource::tpm()
{
    return record("tpm", nullptr, m_inner.tpm(), [](const TpmInfo &t) {
        return nlohmann::json{{"present", t.present}, {"version", t.version}};
    });
}

Fact<std::string> RecordingSystemSource::firmwareType()
{
    return record("api.firmware_type", nullptr, m_inner.firmwareType());
}

Fact<std::string> RecordingSystemSource::secureBoot()
{
    return record("api.secure_boot", nullptr, m_inner.secureBoot());
}

Fact<bool> RecordingSystemSource::processorFeature(ProcessorFeature feature)
{
    return record("api.IsProcessorFeaturePresent", {{"feature", int(feature)}}, m_inner.processorFeature(feature));
}

Fact<std::string> RecordingSystemSource::nativeArchitecture()
{
    return record("api.native_architecture", nullptr, m_inner.nativeArchitecture());
}

Fact<bool> RecordingSystemSource::elevated()
{
    return record("api.elevated", nullptr, m_inner.elevated());
}

Fact<bool> RecordingSystemSource::kernelDmaProtection()
{
    return record("api.kernel_dma_protection", nullptr, m_inner.kernelDmaProtection());
}

Fact<MdmRegistration> RecordingSystemSource::mdmRegistration()
{
    // The UPN is kept: the technician attaching the bundle is asked about enrolment, and the report has it too.
    return record("api.IsDeviceRegisteredWithManagement", nullptr, m_inner.mdmRegistration(),
                  [](const MdmRegistration &m) {
                      return nlohmann::json{{"registered", m.registered}, {"upn", m.upn}};
                  });
}

Fact<std::string> RecordingSystemSource::entraJoinType()
{
    return record("api.NetGetAadJoinInformation", nullptr, m_inner.entraJoinType());
}

Fact<std::string> RecordingSystemSource::hypervisorLaunchType()
{
    return record("bcd.hypervisorlaunchtype", nullptr, m_inner.hypervisorLaunchType());
}

Fact<std::string> RecordingSystemSource::lastBootTime()
{
    return record("api.last_boot_time", nullptr, m_inner.lastBootTime());
}

Fact<std::vector<std::uint8_t>> RecordingSystemSource::firmwareVariable(const std::string &name,
                                                                        const std::string &guid)
{
    // The size and the certificates' subjects, not the raw bytes.
    return record("uefi.variable", {{"name", name}, {"guid", guid}}, m_inner.firmwareVariable(name, guid),
                  [](const std::vector<std::uint8_t> &bytes) {
                      const auto parsed = secureboot::parseSignatureDatabase(bytes);
                      return nlohmann::json{{"bytes", bytes.size()},
                                            {"x509_subjects", parsed.store.subjects},
                                            {"parse_error", parsed.error}};
                  });
}

Fact<std::vector<SecureBootEvent>> RecordingSystemSource::secureBootEvents()
{
    return record("eventlog.tpm_wmi", nullptr, m_inner.secureBootEvents(), [](const std::vector<SecureBootEvent> &l) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto &e : l)
            out.push_back({{"id", e.id}, {"time", e.time}, {"message", e.message}});
        return out;
    });
}

Fact<std::string> RecordingSystemSource::fileHead(const std::string &path, std::size_t maxBytes)
{
    // The size read, not the bytes.
    return record("file.head", {{"path", path}, {"max_bytes", maxBytes}}, m_inner.fileHead(path, maxBytes),
                  [](const std::string &bytes) {
                      return nlohmann::json{{"bytes", bytes.size()}};
                  });
}

Fact<BitLockerInfo> RecordingSystemSource::bitLocker()
{
    return record("wmi.Win32_EncryptableVolume", nullptr, m_inner.bitLocker(), [](const BitLockerInfo &b) {
        return nlohmann::json{{"protection", b.protection}, {"volume", b.volume}};
    });
}

} // namespace hpr
