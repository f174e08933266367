#pragma once

#include "platform/systemsource.h"

namespace hpr::win32 {

/// The live Windows system: registry (64-bit view), WMI with a timeout per query, and APIs resolved
/// defensively (GetProcAddress on System32 DLLs), each with a fallback or an unknown-with-reason.
/// GetFirmwareType is never called: Wine 8 aborts the process on it; the documented
/// GetFirmwareEnvironmentVariableW probe answers the same question.
class Win32SystemSource : public SystemSource
{
public:
    explicit Win32SystemSource(unsigned wmiTimeoutMs = 5000)
        : m_timeoutMs(wmiTimeoutMs)
    {
    }

    std::string originTag() const override { return {}; }
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
    unsigned m_timeoutMs;
};

/// Enables a privilege (e.g. SE_SYSTEM_ENVIRONMENT_NAME) on the process token; false if not held.
bool enablePrivilege(const wchar_t *name);
/// True when running under Wine (ntdll exports wine_get_version).
bool runningUnderWine();

} // namespace hpr::win32
