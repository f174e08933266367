#include "taskscheduler.h"

#include "wide.h"

#include <objbase.h>
#include <oleauto.h>
#include <taskschd.h>
#include <windows.h>

namespace hpr::win32 {

namespace {

// taskschd.h declares CLSID_TaskScheduler for libtaskschd.a, which hpr_platform does not link; the value is
// the documented class ID. The interface IDs come from __uuidof (mingw-w64's __CRT_UUID_DECL), no library.
const GUID kClsidTaskScheduler = {0x0f87369f, 0xa4e5, 0x4cfc, {0xbd, 0x3e, 0x73, 0xe6, 0x15, 0x45, 0x72, 0xdd}};

constexpr HRESULT kFileNotFound = HRESULT(0x80070002L); // HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND)
constexpr HRESULT kPathNotFound = HRESULT(0x80070003L); // HRESULT_FROM_WIN32(ERROR_PATH_NOT_FOUND)
constexpr HRESULT kAccessDenied = HRESULT(0x80070005L); // E_ACCESSDENIED

template <class T> struct ComPtr
{
    T *p = nullptr;
    ComPtr() = default;
    ComPtr(const ComPtr &) = delete;
    ComPtr &operator=(const ComPtr &) = delete;
    ~ComPtr()
    {
        if (p)
            p->Release();
    }
    T **put() { return &p; }
    T *operator->() const { return p; }
};

struct Bstr
{
    BSTR b;
    explicit Bstr(const std::wstring &s)
        : b(SysAllocStringLen(s.data(), UINT(s.size())))
    {
    }
    Bstr(const Bstr &) = delete;
    Bstr &operator=(const Bstr &) = delete;
    ~Bstr() { SysFreeString(b); }
    operator BSTR() const { return b; }
};

struct Variant
{
    VARIANT v;
    Variant() { VariantInit(&v); }
    explicit Variant(const std::wstring &s)
        : Variant()
    {
        v.vt = VT_BSTR;
        v.bstrVal = SysAllocStringLen(s.data(), UINT(s.size()));
    }
    Variant(const Variant &) = delete;
    Variant &operator=(const Variant &) = delete;
    ~Variant() { VariantClear(&v); }
};

/// COM on the calling thread: joins the apartment the caller already has (e.g. a UI thread's STA), else an MTA.
struct ComScope
{
    bool uninit = false;
    ComScope() { uninit = SUCCEEDED(CoInitializeEx(nullptr, COINIT_MULTITHREADED)); }
    ComScope(const ComScope &) = delete;
    ComScope &operator=(const ComScope &) = delete;
    ~ComScope()
    {
        if (uninit)
            CoUninitialize();
    }
};

Error comError(const std::string &what, HRESULT hr)
{
    const ErrorCode code = hr == kAccessDenied ? ErrorCode::AccessDenied
                           : hr == E_NOTIMPL   ? ErrorCode::NotSupported // e.g. Wine's partial taskschd
                                               : ErrorCode::Failed;
    return makeError(code, "Task Scheduler: " + what + ": " + errorText(DWORD(hr)) +
                               (hr == kAccessDenied ? " (run as administrator)" : ""));
}

/// Ok when the Schedule service runs or its state cannot be read (Connect then answers). A stopped service
/// is not started here: that is the administrator's decision, and Wine's attempt to start it stalls ~10 s.
Status serviceRunning()
{
    SC_HANDLE scm = OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CONNECT);
    if (!scm)
        return {};
    SC_HANDLE svc = OpenServiceW(scm, L"Schedule", SERVICE_QUERY_STATUS);
    const DWORD openError = svc ? 0 : GetLastError();
    SERVICE_STATUS st{};
    const BOOL ok = svc && QueryServiceStatus(svc, &st);
    if (svc)
        CloseServiceHandle(svc);
    CloseServiceHandle(scm);
    if (openError == ERROR_SERVICE_DOES_NOT_EXIST)
        return makeError(ErrorCode::NotSupported, "Task Scheduler: the Schedule service is not installed");
    if (ok && st.dwCurrentState != SERVICE_RUNNING) {
        static const char *states[] = {"",        "stopped",          "start pending", "stop pending",
                                       "running", "continue pending", "pause pending", "paused"};
        const DWORD s = st.dwCurrentState;
        return makeError(ErrorCode::NotSupported, std::string("Task Scheduler: the Schedule service is not running (") +
                                                      (s < 8 ? states[s] : "state " + std::to_string(s)) + ")");
    }
    return {};
}

/// A connection to the local Task Scheduler and its root folder. Members are released before COM is left.
struct Session
{
    ComScope com;
    ComPtr<ITaskService> service;
    ComPtr<ITaskFolder> root;

    Status open()
    {
        if (Status s = serviceRunning(); !s)
            return s;
        HRESULT hr = CoCreateInstance(kClsidTaskScheduler, nullptr, CLSCTX_INPROC_SERVER, __uuidof(ITaskService),
                                      reinterpret_cast<void **>(service.put()));
        if (FAILED(hr))
            return makeError(ErrorCode::NotSupported,
                             "Task Scheduler 2.0 is not available (CoCreateInstance): " + errorText(DWORD(hr)));
        Variant none;
        hr = service->Connect(none.v, none.v, none.v, none.v);
        if (FAILED(hr))
            return makeError(hr == kAccessDenied ? ErrorCode::AccessDenied : ErrorCode::NotSupported,
                             "Task Scheduler: connecting to the local service: " + errorText(DWORD(hr)));
        Bstr rootPath(L"\\");
        hr = service->GetFolder(rootPath, root.put());
        if (FAILED(hr))
            return comError("opening the root folder", hr);
        return {};
    }
};

std::wstring systemDirectory()
{
    wchar_t buf[MAX_PATH];
    const UINT n = GetSystemDirectoryW(buf, MAX_PATH);
    return n > 0 && n < MAX_PATH ? std::wstring(buf, n) : std::wstring(L"C:\\Windows\\System32");
}

Status addExecAction(IActionCollection *actions, const std::wstring &path, const std::wstring &arguments)
{
    ComPtr<IAction> action;
    HRESULT hr = actions->Create(TASK_ACTION_EXEC, action.put());
    if (FAILED(hr))
        return comError("creating an action", hr);
    ComPtr<IExecAction> exec;
    hr = action->QueryInterface(__uuidof(IExecAction), reinterpret_cast<void **>(exec.put()));
    if (FAILED(hr))
        return comError("IExecAction", hr);
    hr = exec->put_Path(Bstr(path));
    if (SUCCEEDED(hr) && !arguments.empty())
        hr = exec->put_Arguments(Bstr(arguments));
    if (FAILED(hr))
        return comError("setting the action's command", hr);
    return {};
}

Status buildDefinition(ITaskDefinition *def, const std::string &name, const CommandLine &command)
{
    ComPtr<IRegistrationInfo> info;
    HRESULT hr = def->get_RegistrationInfo(info.put());
    if (SUCCEEDED(hr))
        hr = info->put_Author(Bstr(L"Hotpatch Ready"));
    if (SUCCEEDED(hr))
        hr = info->put_Description(Bstr(L"Verifies the hotpatch readiness changes once after the restart, then "
                                        L"deletes itself."));
    if (FAILED(hr))
        return comError("registration info", hr);

    ComPtr<IPrincipal> principal; // the account itself (SYSTEM) is given at registration
    hr = def->get_Principal(principal.put());
    if (SUCCEEDED(hr))
        hr = principal->put_LogonType(TASK_LOGON_SERVICE_ACCOUNT);
    if (SUCCEEDED(hr))
        hr = principal->put_RunLevel(TASK_RUNLEVEL_HIGHEST);
    if (FAILED(hr))
        return comError("principal", hr);

    ComPtr<ITaskSettings> settings;
    hr = def->get_Settings(settings.put());
    if (SUCCEEDED(hr))
        hr = settings->put_StartWhenAvailable(VARIANT_TRUE);
    if (SUCCEEDED(hr))
        hr = settings->put_DisallowStartIfOnBatteries(VARIANT_FALSE);
    if (SUCCEEDED(hr))
        hr = settings->put_StopIfGoingOnBatteries(VARIANT_FALSE);
    if (SUCCEEDED(hr))
        hr = settings->put_MultipleInstances(TASK_INSTANCES_IGNORE_NEW);
    if (SUCCEEDED(hr))
        hr = settings->put_ExecutionTimeLimit(Bstr(L"PT1H"));
    if (FAILED(hr))
        return comError("settings", hr);

    ComPtr<ITriggerCollection> triggers;
    ComPtr<ITrigger> trigger;
    hr = def->get_Triggers(triggers.put());
    if (SUCCEEDED(hr))
        hr = triggers->Create(TASK_TRIGGER_BOOT, trigger.put()); // TASK_TRIGGER_BOOT = 8 [3P value, §4.10]
    if (FAILED(hr))
        return comError("creating the boot trigger", hr);

    ComPtr<IActionCollection> actions;
    hr = def->get_Actions(actions.put());
    if (FAILED(hr))
        return comError("actions", hr);
    if (Status s = addExecAction(actions.p, widen(command.program), widen(command.arguments)); !s)
        return s;
    // One-shot: the last action deletes the task (actions run in order, as SYSTEM).
    return addExecAction(actions.p, systemDirectory() + L"\\schtasks.exe",
                         L"/Delete /TN \"\\" + widen(name) + L"\" /F");
}

} // namespace

CommandLine splitCommandLine(const std::string &commandLine)
{
    std::size_t i = commandLine.find_first_not_of(" \t");
    if (i == std::string::npos)
        return {};
    CommandLine out;
    std::size_t end;
    if (commandLine[i] == '"') {
        end = commandLine.find('"', i + 1);
        out.program = commandLine.substr(i + 1, end == std::string::npos ? std::string::npos : end - i - 1);
        end = end == std::string::npos ? commandLine.size() : end + 1;
    } else {
        end = commandLine.find_first_of(" \t", i);
        if (end == std::string::npos)
            end = commandLine.size();
        out.program = commandLine.substr(i, end - i);
    }
    const std::size_t args = commandLine.find_first_not_of(" \t", end);
    if (args != std::string::npos) {
        out.arguments = commandLine.substr(args);
        while (!out.arguments.empty() && (out.arguments.back() == ' ' || out.arguments.back() == '\t'))
            out.arguments.pop_back();
    }
    return out;
}

Status registerBootTask(const std::string &name, const std::string &commandLine)
{
    const CommandLine command = splitCommandLine(commandLine);
    if (command.program.empty())
        return makeError(ErrorCode::BadUsage, "Task Scheduler: the command line to run after the restart is empty");
    Session session;
    if (Status s = session.open(); !s)
        return s;
    ComPtr<ITaskDefinition> def;
    HRESULT hr = session.service->NewTask(0, def.put());
    if (FAILED(hr))
        return comError("NewTask", hr);
    if (Status s = buildDefinition(def.p, name, command); !s)
        return s;
    Variant user(L"SYSTEM"), none;
    ComPtr<IRegisteredTask> registered;
    hr = session.root->RegisterTaskDefinition(Bstr(widen(name)), def.p, TASK_CREATE_OR_UPDATE, user.v, none.v,
                                              TASK_LOGON_SERVICE_ACCOUNT, none.v, registered.put());
    if (FAILED(hr))
        return comError("registering \\" + name, hr);
    return {};
}

Expected<bool> deleteBootTask(const std::string &name)
{
    Session session;
    if (Status s = session.open(); !s)
        return s.error();
    const HRESULT hr = session.root->DeleteTask(Bstr(widen(name)), 0);
    if (hr == kFileNotFound || hr == kPathNotFound)
        return false;
    if (FAILED(hr))
        return comError("deleting \\" + name, hr);
    return true;
}

Fact<bool> bootTaskExists(const std::string &name)
{
    const std::string source = "Task Scheduler root folder, task \\" + name;
    Session session;
    if (Status s = session.open(); !s)
        return Fact<bool>::unknown(s.error().code == ErrorCode::AccessDenied ? UnknownReason::NotElevated
                                                                             : UnknownReason::SourceMissing,
                                   s.error().detail, source);
    ComPtr<IRegisteredTask> task;
    const HRESULT hr = session.root->GetTask(Bstr(widen(name)), task.put());
    if (SUCCEEDED(hr))
        return Fact<bool>::known(true, source);
    if (hr == kFileNotFound || hr == kPathNotFound)
        return Fact<bool>::known(false, source);
    return Fact<bool>::unknown(hr == kAccessDenied ? UnknownReason::NotElevated : UnknownReason::Failed,
                               "Task Scheduler: GetTask: " + errorText(DWORD(hr)), source);
}

} // namespace hpr::win32
