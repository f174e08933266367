#pragma once

#include "platform/systemsource.h"

namespace hpr {

class SimMachine;

/// The raw probes of a simulated machine, answered the way Windows answers them (windows-facts.md §3, §4).
/// References the machine, which must outlive the source; does not own it.
class SimSystemSource : public SystemSource
{
public:
    explicit SimSystemSource(SimMachine &machine);

    std::string originTag() const override; ///< " [simulated]"

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

    SimMachine &machine() { return *m_machine; }

private:
    SimMachine *m_machine;
};

} // namespace hpr
