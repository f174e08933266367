#pragma once
// The raw answers a device gave, recorded as they were read: the "what was read" part of the
// diagnostic bundle, so support sees the registry values and WMI properties behind every fact.

#include "systemsource.h"

#include <nlohmann/json.hpp>

namespace hpr {

/// Every probe of one assessment, in call order: {"probe", "args", "value" | "unknown"}.
struct ProbeLog
{
    nlohmann::json entries = nlohmann::json::array();
};

/// Forwards every probe to the real source and appends the question and the answer to a log.
class RecordingSystemSource final : public SystemSource
{
public:
    RecordingSystemSource(SystemSource &inner, ProbeLog &log)
        : m_inner(inner)
        , m_log(log)
    {
    }

    std::string originTag() const override { return m_inner.originTag(); }
    Fact<std::optional<RegValue>> readValue(const std::string &key, const std::string &name) override;
    Fact<bool> keyExists(const std::string &key) override;
    Fact<StringList> subkeys(const std::string &key) override;
    Fact<std::string> keyLastWriteTime(const std::string &key) override;
    Fact<DeviceGuardInfo> deviceGuard() override;
    Fact<ProcessorInfo> processor() override;
    Fact<ComputerSystemInfo> computerSystem() override;
    Fact<std::string> biosSerialNumber() override;
    Fact<TpmInfo> tpm() override;
    Fact<std::string> firmwareType() override;
    Fact<std::string> secureBoot() override;
    Fact<bool> processorFeature(ProcessorFeature feature) override;
    Fact<std::string> nativeArchitecture() override;
    Fact<bool> elevated() override;
    Fact<bool> kernelDmaProtection() override;
    Fact<MdmRegistration> mdmRegistration() override;
    Fact<std::string> entraJoinType() override;
    Fact<std::string> hypervisorLaunchType() override;
    Fact<std::string> lastBootTime() override;
    Fact<std::vector<std::uint8_t>> firmwareVariable(const std::string &name, const std::string &guid) override;
    Fact<std::vector<SecureBootEvent>> secureBootEvents() override;
    Fact<BitLockerInfo> bitLocker() override;
    Fact<std::string> fileHead(const std::string &path, std::size_t maxBytes) override;

private:
    template <class T, class ToJson>
    Fact<T> record(const char *probe, nlohmann::json args, Fact<T> answer, ToJson toJson);
    template <class T> Fact<T> record(const char *probe, nlohmann::json args, Fact<T> answer);

    SystemSource &m_inner;
    ProbeLog &m_log;
};

} // namespace hpr
