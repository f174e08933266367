#include "win32device.h"

#include "engine/registrypaths.h"
#include "platform/factcollector.h"
#include "platform/recordingsource.h"
#include "registry.h"
#include "resume.h"
#include "wide.h"
#include "win32systemsource.h"

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <windows.h>

#ifndef ERROR_SHUTDOWN_IS_SCHEDULED
#define ERROR_SHUTDOWN_IS_SCHEDULED 1190L
#endif

namespace hpr {

namespace {

// reason.h: SHTDN_REASON_MAJOR_OPERATINGSYSTEM | SHTDN_REASON_MINOR_RECONFIG | SHTDN_REASON_FLAG_PLANNED
// [UNCONFIRMED-here numeric values, windows-facts §4.10]
constexpr DWORD kPlannedReconfig = 0x00020000 | 0x00000004 | 0x80000000;

class Win32Device : public Device
{
public:
    explicit Win32Device(DeviceOptions options)
        : m_options(std::move(options))
    {
    }
    std::string spec() const override { return "local"; }
    Text descriptionText() const override
    {
        return win32::runningUnderWine() ? QT_TRANSLATE_NOOP("hpr::engine", "This computer (running under Wine)")
                                         : QT_TRANSLATE_NOOP("hpr::engine", "This computer");
    }
    std::string stateKey() const override { return "local"; }
    Expected<DeviceFacts> probe() override { return collectFacts(m_source); }
    Expected<DeviceFacts> probeRecorded(ProbeLog &log) override
    {
        RecordingSystemSource recording(m_source, log);
        return collectFacts(recording);
    }
    std::int64_t now() const override
    {
        return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
            .count();
    }
    std::int64_t utcOffsetSeconds() const override
    {
        TIME_ZONE_INFORMATION tz{};
        const DWORD r = GetTimeZoneInformation(&tz);
        const LONG bias = tz.Bias + (r == TIME_ZONE_ID_DAYLIGHT   ? tz.DaylightBias
                                     : r == TIME_ZONE_ID_STANDARD ? tz.StandardBias
                                                                  : 0);
        return -std::int64_t(bias) * 60;
    }
    Fact<std::optional<RegValue>> readRegistry(const std::string &key, const std::string &name) override
    {
        return win32::readValue(key, name);
    }

    Status scheduleRestart(const RestartRequest &request) override
    {
        // Test seam: HPR_RESTART_SEAM=record:FILE records the call instead of making it.
        const std::wstring message = win32::widen(request.message);
        const DWORD grace = DWORD(std::max<std::int64_t>(0, request.graceSeconds));
        const DWORD flags = 0x4 /*SHUTDOWN_RESTART*/ | 0x2 /*SHUTDOWN_FORCE_SELF: required with a grace period*/;
        if (const char *seam = std::getenv("HPR_RESTART_SEAM"); seam && std::string(seam).rfind("record:", 0) == 0) {
            std::ofstream out(std::string(seam).substr(7), std::ios::app);
            out << "InitiateShutdownW grace=" << grace << " flags=" << flags << " reason=" << kPlannedReconfig
                << " at=" << request.at << " message=" << request.message << "\n";
            return out ? Status{} : makeError(ErrorCode::Failed, "restart seam: cannot write the record file");
        }
        if (!win32::enablePrivilege(L"SeShutdownPrivilege"))
            return makeError(ErrorCode::AccessDenied, "scheduling a restart needs the shutdown privilege (run as "
                                                      "administrator)");
        DWORD rc = InitiateShutdownW(nullptr, const_cast<wchar_t *>(message.c_str()), grace, flags, kPlannedReconfig);
        if (rc == ERROR_SHUTDOWN_IS_SCHEDULED) {
            AbortSystemShutdownW(nullptr);
            rc = InitiateShutdownW(nullptr, const_cast<wchar_t *>(message.c_str()), grace, flags, kPlannedReconfig);
        }
        if (rc != ERROR_SUCCESS)
            return makeError(ErrorCode::Failed, "InitiateShutdownW: " + win32::errorText(rc));
        return {};
    }
    Status cancelRestart() override
    {
        if (const char *seam = std::getenv("HPR_RESTART_SEAM"); seam && std::string(seam).rfind("record:", 0) == 0) {
            std::ofstream out(std::string(seam).substr(7), std::ios::app);
            out << "AbortSystemShutdownW\n";
            return {};
        }
        win32::enablePrivilege(L"SeShutdownPrivilege");
        if (!AbortSystemShutdownW(nullptr))
            return makeError(ErrorCode::Failed, "AbortSystemShutdownW: " + win32::errorText(GetLastError()));
        return {};
    }
    Status suspendBitLocker(int restarts) override
    {
        // KB5016061: manage-bde -protectors -disable %SystemDrive% -RebootCount N, run from System32.
        wchar_t sysDir[MAX_PATH] = {}, drive[8] = L"C:";
        GetSystemDirectoryW(sysDir, MAX_PATH);
        GetEnvironmentVariableW(L"SystemDrive", drive, 8);
        const std::wstring exe = std::wstring(sysDir) + L"\\manage-bde.exe";
        std::wstring cmd =
            L"\"" + exe + L"\" -protectors -disable " + drive + L" -RebootCount " + std::to_wstring(restarts);
        if (const char *seam = std::getenv("HPR_BITLOCKER_SEAM"); seam && std::string(seam).rfind("record:", 0) == 0) {
            std::ofstream out(std::string(seam).substr(7), std::ios::app);
            out << win32::narrow(cmd) << "\n";
            return out ? Status{} : makeError(ErrorCode::Failed, "BitLocker seam: cannot write the record file");
        }
        STARTUPINFOW si{};
        si.cb = sizeof si;
        PROCESS_INFORMATION pi{};
        if (!CreateProcessW(exe.c_str(), cmd.data(), nullptr, nullptr, FALSE, CREATE_NO_WINDOW, nullptr, nullptr, &si,
                            &pi))
            return makeError(ErrorCode::Failed, "starting manage-bde.exe: " + win32::errorText(GetLastError()));
        const DWORD waited = WaitForSingleObject(pi.hProcess, 60000);
        DWORD code = 1;
        GetExitCodeProcess(pi.hProcess, &code);
        CloseHandle(pi.hThread);
        CloseHandle(pi.hProcess);
        if (waited != WAIT_OBJECT_0)
            return makeError(ErrorCode::Failed, "manage-bde.exe did not finish within 60 s");
        if (code != 0)
            return makeError(ErrorCode::Failed, "manage-bde.exe -protectors -disable failed with exit code " +
                                                    std::to_string(code) + " (run elevated; is BitLocker on?)");
        return {};
    }
    // The one-shot boot task (runs as SYSTEM without a logon), else RunOnce (next logon): resume.h.
    Status registerResume(const std::string &commandLine) override { return m_resume.registerResume(commandLine); }
    Status unregisterResume() override { return m_resume.unregisterResume(); }
    const win32::ResumeRegistrar &resume() const { return m_resume; }

protected:
    Status doWriteRegistry(const std::string &key, const std::string &name, const RegValue &value) override
    {
        return win32::writeValue(key, name, value);
    }
    Status doDeleteRegistry(const std::string &key, const std::string &name) override
    {
        return win32::deleteValue(key, name);
    }

private:
    DeviceOptions m_options;
    win32::Win32SystemSource m_source;
    win32::ResumeRegistrar m_resume{*this};
};

} // namespace

Expected<std::unique_ptr<Device>> openWin32Device(const DeviceOptions &options)
{
    return std::unique_ptr<Device>(std::make_unique<Win32Device>(options));
}

std::string lastResumeMechanism(const Device &device)
{
    const auto *d = dynamic_cast<const Win32Device *>(&device);
    return d ? d->resume().lastMechanism() : std::string();
}

} // namespace hpr
