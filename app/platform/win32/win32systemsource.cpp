#include "win32systemsource.h"

#include "engine/evidence.h"
#include "registry.h"
#include "wide.h"
#include "wmi.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <windows.h>
#include <winevt.h>

namespace hpr::win32 {

namespace {

HMODULE systemLibrary(const wchar_t *name)
{
    // System32 only: never the current directory or PATH.
    return LoadLibraryExW(name, nullptr, LOAD_LIBRARY_SEARCH_SYSTEM32);
}

template <class Fn> Fn systemProc(const wchar_t *dll, const char *proc)
{
    HMODULE h = GetModuleHandleW(dll);
    if (!h)
        h = systemLibrary(dll);
    return h ? reinterpret_cast<Fn>(reinterpret_cast<void *>(GetProcAddress(h, proc))) : nullptr;
}

IntList ints(const WmiValue &v)
{
    IntList out;
    if (v.kind == WmiValue::NumberList)
        for (auto x : v.list)
            out.push_back(int(x));
    else if (v.kind == WmiValue::Number)
        out.push_back(int(v.number));
    return out;
}

template <class T> Fact<T> firstRow(const Fact<std::vector<WmiRow>> &rows, const std::string &what, WmiRow &out)
{
    if (!rows.isKnown())
        return Fact<T>::unknown(rows.reason(), rows.detail());
    if (rows.value().empty())
        return Fact<T>::unknown(UnknownReason::SourceMissing, what + ": no instance");
    out = rows.value().front();
    return Fact<T>::known(T{}, {});
}

std::string isoUtc(std::time_t t)
{
    std::tm tm{};
    gmtime_s(&tm, &t);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

} // namespace

bool enablePrivilege(const wchar_t *name)
{
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_ADJUST_PRIVILEGES | TOKEN_QUERY, &token))
        return false;
    TOKEN_PRIVILEGES tp{};
    tp.PrivilegeCount = 1;
    tp.Privileges[0].Attributes = SE_PRIVILEGE_ENABLED;
    bool ok = LookupPrivilegeValueW(nullptr, name, &tp.Privileges[0].Luid) &&
              AdjustTokenPrivileges(token, FALSE, &tp, sizeof tp, nullptr, nullptr) &&
              GetLastError() != ERROR_NOT_ALL_ASSIGNED;
    CloseHandle(token);
    return ok;
}

bool runningUnderWine()
{
    HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
    return ntdll && GetProcAddress(ntdll, "wine_get_version") != nullptr;
}

Fact<std::optional<RegValue>> Win32SystemSource::readValue(const std::string &key, const std::string &name)
{
    return win32::readValue(key, name);
}
Fact<bool> Win32SystemSource::keyExists(const std::string &key)
{
    return win32::keyExists(key);
}
Fact<StringList> Win32SystemSource::subkeys(const std::string &key)
{
    return win32::subkeys(key);
}
Fact<std::string> Win32SystemSource::keyLastWriteTime(const std::string &key)
{
    return win32::keyLastWriteTime(key);
}

Fact<DeviceGuardInfo> Win32SystemSource::deviceGuard()
{
    auto rows = wmiQuery("ROOT\\Microsoft\\Windows\\DeviceGuard", "Win32_DeviceGuard",
                         {"VirtualizationBasedSecurityStatus", "RequiredSecurityProperties",
                          "AvailableSecurityProperties", "SecurityServicesConfigured", "SecurityServicesRunning"},
                         m_timeoutMs);
    WmiRow row;
    auto f = firstRow<DeviceGuardInfo>(rows, "Win32_DeviceGuard", row);
    if (!f.isKnown())
        return f;
    const auto &status = row["VirtualizationBasedSecurityStatus"];
    if (status.kind != WmiValue::Number)
        return Fact<DeviceGuardInfo>::unknown(UnknownReason::Failed, "VirtualizationBasedSecurityStatus missing");
    DeviceGuardInfo d;
    d.vbsStatus = int(status.number);
    d.requiredSecurityProperties = ints(row["RequiredSecurityProperties"]);
    d.availableSecurityProperties = ints(row["AvailableSecurityProperties"]);
    d.securityServicesConfigured = ints(row["SecurityServicesConfigured"]);
    d.securityServicesRunning = ints(row["SecurityServicesRunning"]);
    return Fact<DeviceGuardInfo>::known(d, {});
}

Fact<ProcessorInfo> Win32SystemSource::processor()
{
    auto rows = wmiQuery(
        "ROOT\\CIMV2", "Win32_Processor",
        {"VMMonitorModeExtensions", "VirtualizationFirmwareEnabled", "SecondLevelAddressTranslationExtensions"},
        m_timeoutMs);
    WmiRow row;
    auto f = firstRow<ProcessorInfo>(rows, "Win32_Processor", row);
    if (!f.isKnown())
        return f;
    for (const char *p :
         {"VMMonitorModeExtensions", "VirtualizationFirmwareEnabled", "SecondLevelAddressTranslationExtensions"})
        if (row[p].kind != WmiValue::Bool) // properties exist from Windows 8; absent on older systems and Wine
            return Fact<ProcessorInfo>::unknown(UnknownReason::NotSupported,
                                                std::string("Win32_Processor.") + p + " is not provided");
    ProcessorInfo info;
    info.vmMonitorModeExtensions = row["VMMonitorModeExtensions"].boolean;
    info.virtualizationFirmwareEnabled = row["VirtualizationFirmwareEnabled"].boolean;
    info.secondLevelAddressTranslation = row["SecondLevelAddressTranslationExtensions"].boolean;
    return Fact<ProcessorInfo>::known(info, {});
}

Fact<ComputerSystemInfo> Win32SystemSource::computerSystem()
{
    auto rows = wmiQuery("ROOT\\CIMV2", "Win32_ComputerSystem",
                         {"Name", "Manufacturer", "Model", "HypervisorPresent", "PartOfDomain"}, m_timeoutMs);
    WmiRow row;
    auto f = firstRow<ComputerSystemInfo>(rows, "Win32_ComputerSystem", row);
    ComputerSystemInfo cs;
    if (!f.isKnown()) {
        // Fallback for the name only; the rest stays unknown.
        wchar_t name[256];
        DWORD n = 256;
        if (!GetComputerNameExW(ComputerNameDnsHostname, name, &n))
            return f;
        return Fact<ComputerSystemInfo>::unknown(f.reason(), f.detail() + " (host name " + narrow(name) + ")");
    }
    cs.name = row["Name"].text;
    cs.manufacturer = row["Manufacturer"].text;
    cs.model = row["Model"].text;
    if (row["HypervisorPresent"].kind != WmiValue::Bool)
        return Fact<ComputerSystemInfo>::unknown(UnknownReason::NotSupported,
                                                 "Win32_ComputerSystem.HypervisorPresent is not provided");
    cs.hypervisorPresent = row["HypervisorPresent"].boolean;
    cs.partOfDomain = row["PartOfDomain"].boolean;
    return Fact<ComputerSystemInfo>::known(cs, {});
}

Fact<std::string> Win32SystemSource::biosSerialNumber()
{
    auto rows = wmiQuery("ROOT\\CIMV2", "Win32_BIOS", {"SerialNumber"}, m_timeoutMs);
    WmiRow row;
    auto f = firstRow<std::string>(rows, "Win32_BIOS", row);
    if (!f.isKnown())
        return f;
    return Fact<std::string>::known(row["SerialNumber"].text, {});
}

namespace {

/// TPM base services (§4.4): the primary source.
Fact<TpmInfo> tpmFromTbs()
{
    struct TpmDeviceInfo
    {
        UINT32 structVersion, tpmVersion, tpmInterfaceType, tpmImpRevision;
    };
    using GetInfo = UINT32(WINAPI *)(UINT32, PVOID);
    auto fn = systemProc<GetInfo>(L"tbs.dll", "Tbsi_GetDeviceInfo");
    if (!fn)
        return Fact<TpmInfo>::unknown(UnknownReason::SourceMissing, "tbs.dll / Tbsi_GetDeviceInfo is not available");
    TpmDeviceInfo info{};
    const UINT32 rc = fn(sizeof info, &info);
    TpmInfo t;
    t.source = "API Tbsi_GetDeviceInfo (TPM_DEVICE_INFO.tpmVersion)";
    if (rc == 0x8028400FU) // TBS_E_TPM_NOT_FOUND
        return Fact<TpmInfo>::known(t, {});
    if (rc != 0)
        return Fact<TpmInfo>::unknown(UnknownReason::Failed, "Tbsi_GetDeviceInfo: " + errorText(rc));
    t.present = true;
    // TPM_VERSION_12 = 1, TPM_VERSION_20 = 2 (tbs.h) [UNCONFIRMED numeric values]
    t.version = info.tpmVersion == 2 ? "2.0" : info.tpmVersion == 1 ? "1.2" : "unknown";
    return Fact<TpmInfo>::known(t, {});
}

/// Win32_Tpm in Root\CIMV2\Security\MicrosoftTpm (§4.4): the fallback. Its namespace is readable by
/// administrators only; with no TPM it has no instance.
Fact<TpmInfo> tpmFromWmi(unsigned timeoutMs)
{
    auto rows = wmiQuery("ROOT\\CIMV2\\Security\\MicrosoftTpm", "Win32_Tpm", {"SpecVersion"}, timeoutMs);
    if (!rows.isKnown())
        return Fact<TpmInfo>::unknown(rows.reason(), rows.detail());
    TpmInfo t;
    if (rows.value().empty()) {
        t.source = "WMI Win32_Tpm (no instance: no TPM) [INF]";
        return Fact<TpmInfo>::known(t, {});
    }
    const WmiValue &spec =
        rows.value().front().count("SpecVersion") ? rows.value().front().at("SpecVersion") : WmiValue{};
    auto version = tpmVersionFromSpecVersion(spec.text);
    if (spec.kind != WmiValue::String || !version)
        return Fact<TpmInfo>::unknown(UnknownReason::Failed,
                                      "Win32_Tpm.SpecVersion is \"" + spec.text + "\", not a TPM 1.2 or 2.0 version");
    t.present = true;
    t.version = *version;
    t.source = "WMI Win32_Tpm.SpecVersion \"" + spec.text + "\"";
    return Fact<TpmInfo>::known(t, {});
}

} // namespace

Fact<TpmInfo> Win32SystemSource::tpm()
{
    auto tbs = tpmFromTbs();
    if (tbs.isKnown())
        return tbs;
    auto wmi = tpmFromWmi(m_timeoutMs);
    if (wmi.isKnown())
        return wmi;
    // Neither answered: the more telling reason (a WMI refusal means "not elevated"), both details.
    const UnknownReason reason = wmi.reason() == UnknownReason::NotElevated ? wmi.reason() : tbs.reason();
    return Fact<TpmInfo>::unknown(reason, tbs.detail() + "; fallback WMI Win32_Tpm: " + wmi.detail());
}

Fact<std::string> Win32SystemSource::firmwareType()
{
    // Documented probe: on legacy BIOS the call fails with ERROR_INVALID_FUNCTION, on UEFI with another error.
    GetFirmwareEnvironmentVariableW(L"", L"{00000000-0000-0000-0000-000000000000}", nullptr, 0);
    const DWORD err = GetLastError();
    return Fact<std::string>::known(err == ERROR_INVALID_FUNCTION ? "bios" : "uefi",
                                    "API GetFirmwareEnvironmentVariableW (dummy variable probe)");
}

Fact<std::string> Win32SystemSource::secureBoot()
{
    if (!enablePrivilege(L"SeSystemEnvironmentPrivilege"))
        return Fact<std::string>::unknown(UnknownReason::NotElevated,
                                          "reading UEFI variables needs SE_SYSTEM_ENVIRONMENT_NAME (administrator)");
    unsigned char value = 0;
    const DWORD n =
        GetFirmwareEnvironmentVariableW(L"SecureBoot", L"{8BE4DF61-93CA-11D2-AA0D-00E098032B8C}", &value, sizeof value);
    if (n >= 1)
        return Fact<std::string>::known(value == 1 ? "on" : "off", {});
    const DWORD err = GetLastError();
    if (err == ERROR_INVALID_FUNCTION)
        return Fact<std::string>::known("unsupported", "API GetFirmwareEnvironmentVariableW (legacy BIOS)");
    if (err == ERROR_ENVVAR_NOT_FOUND)
        return Fact<std::string>::known("unsupported",
                                        "UEFI variable SecureBoot absent (firmware without Secure Boot)");
    if (err == ERROR_PRIVILEGE_NOT_HELD || err == ERROR_ACCESS_DENIED)
        return Fact<std::string>::unknown(UnknownReason::NotElevated, "UEFI variable SecureBoot: " + errorText(err));
    return Fact<std::string>::unknown(UnknownReason::Failed, "UEFI variable SecureBoot: " + errorText(err));
}

Fact<bool> Win32SystemSource::processorFeature(ProcessorFeature feature)
{
    return Fact<bool>::known(IsProcessorFeaturePresent(DWORD(feature)) != 0, {});
}

Fact<std::string> Win32SystemSource::nativeArchitecture()
{
    using IsWow64Process2Fn = BOOL(WINAPI *)(HANDLE, USHORT *, USHORT *);
    if (auto fn = systemProc<IsWow64Process2Fn>(L"kernel32.dll", "IsWow64Process2")) {
        USHORT process = 0, native = 0;
        if (fn(GetCurrentProcess(), &process, &native)) {
            switch (native) {
            case 0x8664: return Fact<std::string>::known("x64", {});
            case 0xAA64: return Fact<std::string>::known("arm64", {});
            case 0x014C: return Fact<std::string>::known("x86", {});
            default: break;
            }
        }
    }
    SYSTEM_INFO si{};
    GetNativeSystemInfo(&si);
    const std::string src = "API GetNativeSystemInfo (IsWow64Process2 unavailable)";
    switch (si.wProcessorArchitecture) {
    case PROCESSOR_ARCHITECTURE_AMD64: return Fact<std::string>::known("x64", src);
    case 12 /* PROCESSOR_ARCHITECTURE_ARM64 */: return Fact<std::string>::known("arm64", src);
    case PROCESSOR_ARCHITECTURE_INTEL: return Fact<std::string>::known("x86", src);
    default:
        return Fact<std::string>::unknown(UnknownReason::Failed, "unknown processor architecture " +
                                                                     std::to_string(si.wProcessorArchitecture));
    }
}

Fact<bool> Win32SystemSource::elevated()
{
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token))
        return Fact<bool>::unknown(UnknownReason::Failed, "OpenProcessToken: " + errorText(GetLastError()));
    TOKEN_ELEVATION elevation{};
    DWORD size = 0;
    const BOOL ok = GetTokenInformation(token, TokenElevation, &elevation, sizeof elevation, &size);
    const DWORD err = GetLastError();
    CloseHandle(token);
    if (!ok)
        return Fact<bool>::unknown(UnknownReason::Failed, "GetTokenInformation: " + errorText(err));
    return Fact<bool>::known(elevation.TokenIsElevated != 0, {});
}

Fact<bool> Win32SystemSource::kernelDmaProtection()
{
    using NtQsi = LONG(WINAPI *)(ULONG, PVOID, ULONG, PULONG);
    auto fn = systemProc<NtQsi>(L"ntdll.dll", "NtQuerySystemInformation");
    if (!fn)
        return Fact<bool>::unknown(UnknownReason::SourceMissing, "NtQuerySystemInformation unavailable");
    unsigned char enabled = 0; // SYSTEM_DMA_GUARD_POLICY_INFORMATION { BOOLEAN DmaGuardPolicyEnabled; }
    ULONG len = 0;
    const LONG status = fn(0xCA /* SystemDmaGuardPolicyInformation */, &enabled, sizeof enabled, &len);
    if (status != 0)
        return Fact<bool>::unknown(UnknownReason::NotSupported,
                                   "SystemDmaGuardPolicyInformation not answered (NTSTATUS " +
                                       errorText(ULONG(status)) + "); no documented API exists");
    return Fact<bool>::known(enabled != 0, {});
}

Fact<MdmRegistration> Win32SystemSource::mdmRegistration()
{
    using IsRegistered = HRESULT(WINAPI *)(BOOL *, DWORD, LPWSTR);
    if (auto fn = systemProc<IsRegistered>(L"mdmregistration.dll", "IsDeviceRegisteredWithManagement")) {
        BOOL registered = FALSE;
        wchar_t upn[512] = {};
        const HRESULT hr = fn(&registered, 512, upn);
        if (SUCCEEDED(hr)) {
            MdmRegistration m;
            m.registered = registered != FALSE;
            m.upn = narrow(upn);
            return Fact<MdmRegistration>::known(m, {});
        }
    }
    // Fallback: an enrollment with an MDM device ID [UNCONFIRMED-by-MS layout].
    const std::string base = R"(SOFTWARE\Microsoft\Enrollments)";
    const std::string src = "registry HKLM\\" + base + "\\*\\DMClient\\*\\EntDMID (MDMRegistration.dll unavailable)";
    auto subs = win32::subkeys(base);
    if (!subs.isKnown()) {
        if (subs.reason() == UnknownReason::SourceMissing)
            return Fact<MdmRegistration>::known(MdmRegistration{}, src);
        return Fact<MdmRegistration>::unknown(subs.reason(), subs.detail(), src);
    }
    for (const auto &s : subs.value()) {
        auto clients = win32::subkeys(base + "\\" + s + "\\DMClient");
        if (!clients.isKnown())
            continue;
        for (const auto &c : clients.value()) {
            auto id = win32::readValue(base + "\\" + s + "\\DMClient\\" + c, "EntDMID");
            if (id.isKnown() && id.value()) {
                auto upn = win32::readValue(base + "\\" + s, "UPN");
                MdmRegistration m;
                m.registered = true;
                m.upn = upn.isKnown() && upn.value() ? upn.value()->text : std::string();
                return Fact<MdmRegistration>::known(m, src);
            }
        }
    }
    return Fact<MdmRegistration>::known(MdmRegistration{}, src);
}

Fact<std::string> Win32SystemSource::entraJoinType()
{
    using GetJoin = HRESULT(WINAPI *)(LPCWSTR, void **);
    using FreeJoin = void(WINAPI *)(void *);
    auto get = systemProc<GetJoin>(L"netapi32.dll", "NetGetAadJoinInformation");
    auto freeFn = systemProc<FreeJoin>(L"netapi32.dll", "NetFreeAadJoinInformation");
    if (!get || !freeFn)
        return Fact<std::string>::unknown(UnknownReason::NotSupported, "NetGetAadJoinInformation is not available");
    void *info = nullptr;
    const HRESULT hr = get(nullptr, &info);
    if (FAILED(hr))
        return Fact<std::string>::unknown(UnknownReason::Failed, "NetGetAadJoinInformation: " + errorText(DWORD(hr)));
    if (!info)
        return Fact<std::string>::known("none", {});
    const int joinType = *static_cast<const int *>(info); // DSREG_JOIN_INFO.joinType is the first member
    freeFn(info);
    // DSREG_JOIN_TYPE: 1 device join, 2 workplace join [3P values]
    return Fact<std::string>::known(joinType == 1   ? "entra_joined"
                                    : joinType == 2 ? "workplace_registered"
                                                    : "none",
                                    {});
}

Fact<std::string> Win32SystemSource::hypervisorLaunchType()
{
    // The BCD store is the registry hive HKLM\BCD00000000 (readable by administrators). {current} is taken as the
    // {bootmgr} default entry [INF]; element 0x250000F0 is hypervisorlaunchtype (0 Off, 1 Auto).
    const std::string objects = "BCD00000000\\Objects";
    const std::string src = "registry HKLM\\BCD00000000 ({bootmgr} default entry, element 250000F0) [INF]";
    auto def = win32::readValue(objects + "\\{9dea862c-5cdd-4e70-acc1-f32b344d4795}\\Elements\\23000003", "Element");
    if (!def.isKnown())
        return Fact<std::string>::unknown(def.reason(), "BCD store: " + def.detail(), src);
    if (!def.value())
        return Fact<std::string>::unknown(UnknownReason::SourceMissing,
                                          "the BCD store is not loaded or has no default boot entry", src);
    auto element = win32::readValue(objects + "\\" + def.value()->text + "\\Elements\\250000F0", "Element");
    if (!element.isKnown())
        return Fact<std::string>::unknown(element.reason(), element.detail(), src);
    if (!element.value())
        return Fact<std::string>::known("auto", src + " (not set: Windows starts the hypervisor when VBS needs it)");
    const auto &bytes = element.value()->binary;
    const int v = bytes.empty() ? (element.value()->isNumber() ? int(element.value()->number) : -1) : bytes[0];
    return Fact<std::string>::known(v == 0 ? "off" : v == 1 ? "auto" : "value " + std::to_string(v), src);
}

Fact<std::string> Win32SystemSource::lastBootTime()
{
    const auto now = std::chrono::system_clock::now();
    const auto up = std::chrono::milliseconds(GetTickCount64());
    const std::time_t boot = std::chrono::system_clock::to_time_t(now - up);
    return Fact<std::string>::known(isoUtc(boot), "API GetTickCount64 (now minus uptime)");
}

Fact<std::vector<std::uint8_t>> Win32SystemSource::firmwareVariable(const std::string &name, const std::string &guid)
{
    using Bytes = std::vector<std::uint8_t>;
    // GetFirmwareEnvironmentVariableExW (Windows 8+) resolved defensively, else the older W function; both fail
    // with ERROR_INVALID_FUNCTION on legacy BIOS (and under Wine), never abort (windows-facts.md §4.3).
    using ExFn = DWORD(WINAPI *)(LPCWSTR, LPCWSTR, PVOID, DWORD, PDWORD);
    const auto ex = systemProc<ExFn>(L"kernel32.dll", "GetFirmwareEnvironmentVariableExW");
    const std::string what = "UEFI variable " + name + " " + guid;
    if (!enablePrivilege(L"SeSystemEnvironmentPrivilege"))
        return Fact<Bytes>::unknown(UnknownReason::NotElevated,
                                    "reading " + what + " needs SE_SYSTEM_ENVIRONMENT_NAME (administrator)");
    const std::wstring wname = widen(name), wguid = widen(guid);
    Bytes buf(64 * 1024);
    for (int attempt = 0; attempt < 2; ++attempt) {
        DWORD attributes = 0;
        SetLastError(ERROR_SUCCESS);
        const DWORD n =
            ex ? ex(wname.c_str(), wguid.c_str(), buf.data(), DWORD(buf.size()), &attributes)
               : GetFirmwareEnvironmentVariableW(wname.c_str(), wguid.c_str(), buf.data(), DWORD(buf.size()));
        if (n > 0) {
            buf.resize(n);
            return Fact<Bytes>::known(buf, {});
        }
        const DWORD err = GetLastError();
        if (err == ERROR_INSUFFICIENT_BUFFER && attempt == 0) {
            buf.resize(1024 * 1024);
            continue;
        }
        if (err == ERROR_INVALID_FUNCTION)
            return Fact<Bytes>::unknown(UnknownReason::NotSupported,
                                        what + ": no UEFI variable support (legacy BIOS, or an emulator such as Wine)");
        if (err == ERROR_ENVVAR_NOT_FOUND)
            return Fact<Bytes>::unknown(UnknownReason::SourceMissing,
                                        what + " does not exist (Secure Boot keys not provisioned)");
        if (err == ERROR_PRIVILEGE_NOT_HELD || err == ERROR_ACCESS_DENIED)
            return Fact<Bytes>::unknown(UnknownReason::NotElevated, what + ": " + errorText(err));
        return Fact<Bytes>::unknown(UnknownReason::Failed, what + ": " + errorText(err));
    }
    return Fact<Bytes>::unknown(UnknownReason::Failed, what + ": larger than 1 MiB");
}

namespace {

// wevtapi.dll, loaded from System32 at the first use (windows-facts-2.md A.6): the System log's TPM-WMI events.
struct Wevt
{
    using Query = EVT_HANDLE(WINAPI *)(EVT_HANDLE, LPCWSTR, LPCWSTR, DWORD);
    using Next = BOOL(WINAPI *)(EVT_HANDLE, DWORD, EVT_HANDLE *, DWORD, DWORD, PDWORD);
    using CreateRenderContext = EVT_HANDLE(WINAPI *)(DWORD, LPCWSTR *, DWORD);
    using Render = BOOL(WINAPI *)(EVT_HANDLE, EVT_HANDLE, DWORD, DWORD, PVOID, PDWORD, PDWORD);
    using OpenPublisherMetadata = EVT_HANDLE(WINAPI *)(EVT_HANDLE, LPCWSTR, LPCWSTR, LCID, DWORD);
    using FormatMsg = BOOL(WINAPI *)(EVT_HANDLE, EVT_HANDLE, DWORD, DWORD, PEVT_VARIANT, DWORD, DWORD, LPWSTR, PDWORD);
    using Close = BOOL(WINAPI *)(EVT_HANDLE);
    Query query = systemProc<Query>(L"wevtapi.dll", "EvtQuery");
    Next next = systemProc<Next>(L"wevtapi.dll", "EvtNext");
    CreateRenderContext context = systemProc<CreateRenderContext>(L"wevtapi.dll", "EvtCreateRenderContext");
    Render render = systemProc<Render>(L"wevtapi.dll", "EvtRender");
    OpenPublisherMetadata publisher = systemProc<OpenPublisherMetadata>(L"wevtapi.dll", "EvtOpenPublisherMetadata");
    FormatMsg format = systemProc<FormatMsg>(L"wevtapi.dll", "EvtFormatMessage");
    Close close = systemProc<Close>(L"wevtapi.dll", "EvtClose");
    bool ok() const { return query && next && context && render && close; }
};

/// Closes an EVT_HANDLE when it goes out of scope.
struct EvtHandle
{
    const Wevt &api;
    EVT_HANDLE h;
    ~EvtHandle()
    {
        if (h)
            api.close(h);
    }
};

std::string fileTimeIso(ULONGLONG ft)
{
    // FILETIME: 100 ns since 1601-01-01; 11644473600 s between 1601 and 1970.
    return isoUtc(std::time_t(ft / 10000000ULL - 11644473600ULL));
}

} // namespace

Fact<std::vector<SecureBootEvent>> Win32SystemSource::secureBootEvents()
{
    const Wevt api;
    if (!api.ok())
        return Fact<std::vector<SecureBootEvent>>::unknown(UnknownReason::SourceMissing,
                                                           "wevtapi.dll / EvtQuery is not available");
    // The servicing events of the reference (1032, 1043, 1795-1808), newest first, at most 64.
    const wchar_t *xpath = L"*[System[Provider[@Name='Microsoft-Windows-TPM-WMI'] and (EventID=1032 or EventID=1043 "
                           L"or (EventID>=1795 and EventID<=1808))]]";
    EvtHandle query{api, api.query(nullptr, L"System", xpath, EvtQueryChannelPath | EvtQueryReverseDirection)};
    if (!query.h) {
        const DWORD err = GetLastError();
        return Fact<std::vector<SecureBootEvent>>::unknown(err == ERROR_ACCESS_DENIED ? UnknownReason::NotElevated
                                                                                      : UnknownReason::Failed,
                                                           "EvtQuery(System, TPM-WMI events): " + errorText(err));
    }
    EvtHandle context{api, api.context(0, nullptr, EvtRenderContextSystem)};
    EvtHandle publisher{api,
                        api.publisher ? api.publisher(nullptr, L"Microsoft-Windows-TPM-WMI", nullptr, 0, 0) : nullptr};
    std::vector<SecureBootEvent> newestFirst;
    EVT_HANDLE batch[16];
    DWORD returned = 0;
    while (newestFirst.size() < 64 && api.next(query.h, 16, batch, 2000, 0, &returned)) {
        for (DWORD i = 0; i < returned; ++i) {
            EvtHandle event{api, batch[i]};
            SecureBootEvent e;
            DWORD used = 0, count = 0;
            std::vector<BYTE> values(1024);
            if (!api.render(context.h, event.h, EvtRenderEventValues, DWORD(values.size()), values.data(), &used,
                            &count) &&
                GetLastError() == ERROR_INSUFFICIENT_BUFFER) {
                values.resize(used);
                api.render(context.h, event.h, EvtRenderEventValues, DWORD(values.size()), values.data(), &used,
                           &count);
            }
            const auto *v = reinterpret_cast<const EVT_VARIANT *>(values.data());
            if (count <= EvtSystemTimeCreated || v[EvtSystemEventID].Type != EvtVarTypeUInt16)
                continue; // not rendered: skipped rather than guessed
            e.id = v[EvtSystemEventID].UInt16Val;
            e.time = v[EvtSystemTimeCreated].Type == EvtVarTypeFileTime
                         ? fileTimeIso(v[EvtSystemTimeCreated].FileTimeVal)
                         : std::string("(time unknown)");
            // The message in the system's display language, shown as it is (never parsed).
            if (publisher.h && api.format) {
                DWORD chars = 0;
                api.format(publisher.h, event.h, 0, 0, nullptr, EvtFormatMessageEvent, 0, nullptr, &chars);
                if (chars > 0) {
                    std::wstring text(chars, L'\0');
                    if (api.format(publisher.h, event.h, 0, 0, nullptr, EvtFormatMessageEvent, chars, text.data(),
                                   &chars))
                        e.message = narrow(text.c_str());
                }
            }
            if (e.message.empty())
                e.message = "(the event's message text could not be formatted on this device)";
            newestFirst.push_back(std::move(e));
        }
    }
    const DWORD err = GetLastError();
    if (err != ERROR_NO_MORE_ITEMS && err != ERROR_SUCCESS && newestFirst.empty() && err != ERROR_TIMEOUT)
        return Fact<std::vector<SecureBootEvent>>::unknown(UnknownReason::Failed,
                                                           "EvtNext(System, TPM-WMI events): " + errorText(err));
    return Fact<std::vector<SecureBootEvent>>::known({newestFirst.rbegin(), newestFirst.rend()}, {}); // oldest first
}

Fact<BitLockerInfo> Win32SystemSource::bitLocker()
{
    // windows-facts-2.md A.10; Win32_EncryptableVolume answers administrators only.
    auto rows = wmiQuery("ROOT\\CIMV2\\Security\\MicrosoftVolumeEncryption", "Win32_EncryptableVolume",
                         {"DriveLetter", "ProtectionStatus"}, m_timeoutMs);
    if (!rows.isKnown())
        return Fact<BitLockerInfo>::unknown(rows.reason(), rows.detail());
    wchar_t drive[8] = L"C:";
    GetEnvironmentVariableW(L"SystemDrive", drive, 8);
    const std::string system = narrow(drive);
    for (const auto &row : rows.value()) {
        auto letter = row.find("DriveLetter");
        auto status = row.find("ProtectionStatus");
        if (letter == row.end() || letter->second.text != system || status == row.end())
            continue;
        if (status->second.kind != WmiValue::Number || status->second.number > 1)
            return Fact<BitLockerInfo>::unknown(UnknownReason::Failed,
                                                "ProtectionStatus of " + system + " is unknown (locked volume?)");
        return Fact<BitLockerInfo>::known(BitLockerInfo{status->second.number == 1 ? "on" : "off", system}, {});
    }
    return Fact<BitLockerInfo>::unknown(UnknownReason::SourceMissing,
                                        "Win32_EncryptableVolume lists no volume " + system);
}

} // namespace hpr::win32

namespace hpr::win32 {

Fact<std::string> Win32SystemSource::fileHead(const std::string &path, std::size_t maxBytes)
{
    // Read-only, shared with writers and deleters (a loaded driver's file stays readable), no caching side effects.
    HANDLE file = CreateFileW(widen(path).c_str(), GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                              nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE) {
        const DWORD err = GetLastError();
        const UnknownReason reason = err == ERROR_FILE_NOT_FOUND || err == ERROR_PATH_NOT_FOUND
                                         ? UnknownReason::SourceMissing
                                     : err == ERROR_ACCESS_DENIED ? UnknownReason::NotElevated
                                                                  : UnknownReason::Failed;
        return Fact<std::string>::unknown(reason, path + ": " + errorText(err));
    }
    std::string bytes(maxBytes, '\0');
    std::size_t got = 0;
    while (got < maxBytes) {
        DWORD read = 0;
        const DWORD want = DWORD(std::min<std::size_t>(maxBytes - got, 1 << 20));
        if (!ReadFile(file, bytes.data() + got, want, &read, nullptr)) {
            const DWORD err = GetLastError();
            CloseHandle(file);
            return Fact<std::string>::unknown(UnknownReason::Failed, path + ": ReadFile: " + errorText(err));
        }
        if (read == 0)
            break;
        got += read;
    }
    CloseHandle(file);
    bytes.resize(got);
    return Fact<std::string>::known(std::move(bytes), {});
}

} // namespace hpr::win32
