#include "wmi.h"

#include "wide.h"

#include <chrono>
#include <future>
#include <memory>
#include <objbase.h>
#include <oleauto.h>
#include <thread>
#include <wbemidl.h>
#include <windows.h>

namespace hpr::win32 {

namespace {

template <class T> struct ComPtr
{
    T *p = nullptr;
    ~ComPtr()
    {
        if (p)
            p->Release();
    }
    T **put() { return &p; }
    T *operator->() const { return p; }
};

UnknownReason reasonFor(HRESULT hr)
{
    switch (static_cast<unsigned long>(hr)) {
    case 0x8004100EUL: // WBEM_E_INVALID_NAMESPACE
    case 0x80041010UL: // WBEM_E_INVALID_CLASS
    case 0x80041002UL: // WBEM_E_NOT_FOUND
        return UnknownReason::SourceMissing;
    case 0x80041003UL: // WBEM_E_ACCESS_DENIED
    case 0x80070005UL: // E_ACCESSDENIED
        return UnknownReason::NotElevated;
    default: return UnknownReason::Failed;
    }
}

WmiValue convert(const VARIANT &v)
{
    WmiValue out;
    switch (v.vt) {
    case VT_NULL:
    case VT_EMPTY: break;
    case VT_BSTR:
        out.kind = WmiValue::String;
        out.text = narrow(std::wstring(v.bstrVal, SysStringLen(v.bstrVal)));
        break;
    case VT_BOOL:
        out.kind = WmiValue::Bool;
        out.boolean = v.boolVal != VARIANT_FALSE;
        break;
    case VT_I1:
    case VT_UI1:
    case VT_I2:
    case VT_UI2:
    case VT_I4:
    case VT_UI4:
    case VT_INT:
    case VT_UINT:
    case VT_I8:
    case VT_UI8: {
        VARIANT tmp;
        VariantInit(&tmp);
        if (SUCCEEDED(VariantChangeType(&tmp, const_cast<VARIANT *>(&v), 0, VT_I8))) {
            out.kind = WmiValue::Number;
            out.number = tmp.llVal;
        }
        VariantClear(&tmp);
        break;
    }
    default:
        if ((v.vt & VT_ARRAY) && v.parray) {
            out.kind = WmiValue::NumberList;
            const VARTYPE elem = VARTYPE(v.vt & ~VT_ARRAY);
            LONG lo = 0, hi = -1;
            SafeArrayGetLBound(v.parray, 1, &lo);
            SafeArrayGetUBound(v.parray, 1, &hi);
            for (LONG i = lo; i <= hi; ++i) {
                if (elem == VT_I4 || elem == VT_UI4) {
                    LONG x = 0;
                    SafeArrayGetElement(v.parray, &i, &x);
                    out.list.push_back(x);
                } else if (elem == VT_UI1 || elem == VT_I1) {
                    BYTE x = 0;
                    SafeArrayGetElement(v.parray, &i, &x);
                    out.list.push_back(x);
                } else if (elem == VT_I2 || elem == VT_UI2) {
                    SHORT x = 0;
                    SafeArrayGetElement(v.parray, &i, &x);
                    out.list.push_back(x);
                } else {
                    out.kind = WmiValue::Other;
                    break;
                }
            }
        } else {
            out.kind = WmiValue::Other;
        }
    }
    return out;
}

Fact<std::vector<WmiRow>> runQuery(const std::string &ns, const std::string &cls, const std::vector<std::string> &props,
                                   unsigned timeoutMs)
{
    using F = Fact<std::vector<WmiRow>>;
    const std::string where = "WMI " + ns + " " + cls;
    HRESULT hr = CoInitializeEx(nullptr, COINIT_MULTITHREADED);
    const bool uninit = SUCCEEDED(hr);
    struct Uninit
    {
        bool on;
        ~Uninit()
        {
            if (on)
                CoUninitialize();
        }
    } guard{uninit};
    // Process-wide security may already be set by the host (RPC_E_TOO_LATE): that is fine.
    CoInitializeSecurity(nullptr, -1, nullptr, nullptr, RPC_C_AUTHN_LEVEL_DEFAULT, RPC_C_IMP_LEVEL_IMPERSONATE, nullptr,
                         EOAC_NONE, nullptr);
    ComPtr<IWbemLocator> locator;
    hr = CoCreateInstance(CLSID_WbemLocator, nullptr, CLSCTX_INPROC_SERVER, IID_IWbemLocator,
                          reinterpret_cast<void **>(locator.put()));
    if (FAILED(hr))
        return F::unknown(UnknownReason::SourceMissing, where + ": WMI is not available: " + errorText(DWORD(hr)));
    ComPtr<IWbemServices> services;
    BSTR nsB = SysAllocString(widen(ns).c_str());
    hr = locator->ConnectServer(nsB, nullptr, nullptr, nullptr, 0, nullptr, nullptr, services.put());
    SysFreeString(nsB);
    if (FAILED(hr))
        return F::unknown(reasonFor(hr), where + ": namespace " + ns + " unavailable: " + errorText(DWORD(hr)));
    CoSetProxyBlanket(services.p, RPC_C_AUTHN_WINNT, RPC_C_AUTHZ_NONE, nullptr, RPC_C_AUTHN_LEVEL_CALL,
                      RPC_C_IMP_LEVEL_IMPERSONATE, nullptr, EOAC_NONE);
    std::string wql = "SELECT ";
    for (std::size_t i = 0; i < props.size(); ++i)
        wql += (i ? "," : "") + props[i];
    wql += " FROM " + cls;
    BSTR lang = SysAllocString(L"WQL");
    BSTR query = SysAllocString(widen(wql).c_str());
    ComPtr<IEnumWbemClassObject> en;
    hr = services->ExecQuery(lang, query, WBEM_FLAG_FORWARD_ONLY | WBEM_FLAG_RETURN_IMMEDIATELY, nullptr, en.put());
    SysFreeString(lang);
    SysFreeString(query);
    if (FAILED(hr))
        return F::unknown(reasonFor(hr), where + ": query failed: " + errorText(DWORD(hr)));
    std::vector<WmiRow> rows;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    for (;;) {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0)
            return F::unknown(UnknownReason::TimedOut,
                              where + ": no answer within " + std::to_string(timeoutMs) + " ms");
        ComPtr<IWbemClassObject> obj;
        ULONG got = 0;
        hr = en->Next(long(left.count()), 1, obj.put(), &got);
        if (hr == WBEM_S_TIMEDOUT)
            return F::unknown(UnknownReason::TimedOut,
                              where + ": no answer within " + std::to_string(timeoutMs) + " ms");
        if (FAILED(hr))
            return F::unknown(reasonFor(hr), where + ": " + errorText(DWORD(hr)));
        if (got == 0)
            break;
        WmiRow row;
        for (const auto &p : props) {
            VARIANT v;
            VariantInit(&v);
            if (SUCCEEDED(obj->Get(widen(p).c_str(), 0, &v, nullptr, nullptr)))
                row[p] = convert(v);
            VariantClear(&v);
        }
        rows.push_back(std::move(row));
    }
    return F::known(std::move(rows), {});
}

} // namespace

Fact<std::vector<WmiRow>> wmiQuery(const std::string &ns, const std::string &cls, const std::vector<std::string> &props,
                                   unsigned timeoutMs)
{
    // The worker owns copies of its inputs; if it overruns, it is detached and its result dropped.
    auto task = std::make_shared<std::packaged_task<Fact<std::vector<WmiRow>>()>>(
        [ns, cls, props, timeoutMs] { return runQuery(ns, cls, props, timeoutMs); });
    auto result = task->get_future();
    std::thread worker([task] { (*task)(); });
    if (result.wait_for(std::chrono::milliseconds(timeoutMs + 500)) != std::future_status::ready) {
        worker.detach();
        return Fact<std::vector<WmiRow>>::unknown(UnknownReason::TimedOut, "WMI " + ns + " " + cls +
                                                                               ": no answer within " +
                                                                               std::to_string(timeoutMs) + " ms");
    }
    worker.join();
    return result.get();
}

} // namespace hpr::win32
