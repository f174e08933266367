#include "registry.h"

#include "wide.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <cwchar>
#include <vector>
#include <windows.h>

namespace hpr::win32 {

namespace {

const REGSAM kView = KEY_WOW64_64KEY;

UnknownReason reasonFor(LONG rc)
{
    if (rc == ERROR_ACCESS_DENIED)
        return UnknownReason::NotElevated;
    if (rc == ERROR_FILE_NOT_FOUND || rc == ERROR_PATH_NOT_FOUND)
        return UnknownReason::SourceMissing;
    return UnknownReason::Failed;
}

struct Key
{
    HKEY h = nullptr;
    ~Key()
    {
        if (h)
            RegCloseKey(h);
    }
};

LONG openKey(const std::string &key, REGSAM access, Key &out)
{
    return RegOpenKeyExW(HKEY_LOCAL_MACHINE, widen(key).c_str(), 0, access | kView, &out.h);
}

/// A failed write: AccessDenied (with the advice the CLI prints, exit 4) or Failed.
Error writeError(LONG rc, const std::string &what)
{
    if (rc == ERROR_ACCESS_DENIED)
        return makeError(ErrorCode::AccessDenied, what + ": " + errorText(DWORD(rc)) + " (run as administrator)");
    return makeError(ErrorCode::Failed, what + ": " + errorText(DWORD(rc)));
}

std::string fileTimeIso(const FILETIME &ft)
{
    SYSTEMTIME st;
    FileTimeToSystemTime(&ft, &st);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04u-%02u-%02uT%02u:%02u:%02uZ", st.wYear, st.wMonth, st.wDay, st.wHour, st.wMinute,
                  st.wSecond);
    return buf;
}

} // namespace

Fact<std::optional<RegValue>> readValue(const std::string &key, const std::string &name)
{
    using F = Fact<std::optional<RegValue>>;
    Key k;
    LONG rc = openKey(key, KEY_QUERY_VALUE, k);
    if (rc == ERROR_FILE_NOT_FOUND)
        return F::known(std::nullopt, {}); // the key is absent, so is the value
    if (rc != ERROR_SUCCESS)
        return F::unknown(reasonFor(rc), "opening HKLM\\" + key + ": " + errorText(DWORD(rc)));
    const std::wstring wname = widen(name);
    DWORD type = 0, size = 0;
    rc = RegQueryValueExW(k.h, wname.c_str(), nullptr, &type, nullptr, &size);
    if (rc == ERROR_FILE_NOT_FOUND)
        return F::known(std::nullopt, {});
    if (rc != ERROR_SUCCESS)
        return F::unknown(reasonFor(rc), "reading HKLM\\" + key + "\\" + name + ": " + errorText(DWORD(rc)));
    std::vector<BYTE> data(size + 4, 0); // room for missing terminators
    rc = RegQueryValueExW(k.h, wname.c_str(), nullptr, &type, data.data(), &size);
    if (rc != ERROR_SUCCESS)
        return F::unknown(reasonFor(rc), "reading HKLM\\" + key + "\\" + name + ": " + errorText(DWORD(rc)));
    RegValue v;
    switch (type) {
    case REG_DWORD: {
        DWORD d = 0;
        std::memcpy(&d, data.data(), std::min<DWORD>(size, sizeof d));
        v = RegValue::dword(d);
        break;
    }
    case REG_QWORD: {
        ULONGLONG q = 0;
        std::memcpy(&q, data.data(), std::min<DWORD>(size, sizeof q));
        v = RegValue::qword(std::int64_t(q));
        break;
    }
    case REG_SZ:
    case REG_EXPAND_SZ: {
        const auto *w = reinterpret_cast<const wchar_t *>(data.data());
        v = RegValue::sz(narrow(std::wstring(w, wcsnlen(w, size / sizeof(wchar_t)))));
        v.type = type == REG_SZ ? RegType::Sz : RegType::ExpandSz;
        break;
    }
    case REG_MULTI_SZ: {
        std::vector<std::string> items;
        const auto *w = reinterpret_cast<const wchar_t *>(data.data());
        const std::size_t n = size / sizeof(wchar_t);
        std::size_t i = 0;
        while (i < n && w[i]) {
            const std::size_t len = wcsnlen(w + i, n - i);
            items.push_back(narrow(std::wstring(w + i, len)));
            i += len + 1;
        }
        v = RegValue::multiSz(std::move(items));
        break;
    }
    default:
        v.type = RegType::Binary;
        v.binary.assign(data.begin(), data.begin() + size);
        break;
    }
    return F::known(std::move(v), {});
}

Fact<bool> keyExists(const std::string &key)
{
    Key k;
    const LONG rc = openKey(key, KEY_QUERY_VALUE, k);
    if (rc == ERROR_SUCCESS)
        return Fact<bool>::known(true, {});
    if (rc == ERROR_FILE_NOT_FOUND)
        return Fact<bool>::known(false, {});
    if (rc == ERROR_ACCESS_DENIED) // the key exists, we may not read it
        return Fact<bool>::known(true, {});
    return Fact<bool>::unknown(reasonFor(rc), "opening HKLM\\" + key + ": " + errorText(DWORD(rc)));
}

Fact<StringList> subkeys(const std::string &key)
{
    Key k;
    LONG rc = openKey(key, KEY_ENUMERATE_SUB_KEYS, k);
    if (rc != ERROR_SUCCESS)
        return Fact<StringList>::unknown(reasonFor(rc), "opening HKLM\\" + key + ": " + errorText(DWORD(rc)));
    StringList out;
    for (DWORD i = 0;; ++i) {
        wchar_t name[256];
        DWORD len = 256;
        rc = RegEnumKeyExW(k.h, i, name, &len, nullptr, nullptr, nullptr, nullptr);
        if (rc == ERROR_NO_MORE_ITEMS)
            break;
        if (rc != ERROR_SUCCESS)
            return Fact<StringList>::unknown(reasonFor(rc), "enumerating HKLM\\" + key + ": " + errorText(DWORD(rc)));
        out.push_back(narrow(std::wstring(name, len)));
    }
    return Fact<StringList>::known(std::move(out), {});
}

Fact<std::string> keyLastWriteTime(const std::string &key)
{
    Key k;
    LONG rc = openKey(key, KEY_QUERY_VALUE, k);
    if (rc != ERROR_SUCCESS)
        return Fact<std::string>::unknown(reasonFor(rc), "opening HKLM\\" + key + ": " + errorText(DWORD(rc)));
    FILETIME ft{};
    rc = RegQueryInfoKeyW(k.h, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr,
                          &ft);
    if (rc != ERROR_SUCCESS)
        return Fact<std::string>::unknown(reasonFor(rc), "RegQueryInfoKeyW: " + errorText(DWORD(rc)));
    return Fact<std::string>::known(fileTimeIso(ft), {});
}

Status writeValue(const std::string &key, const std::string &name, const RegValue &value)
{
    Key k;
    LONG rc = RegCreateKeyExW(HKEY_LOCAL_MACHINE, widen(key).c_str(), 0, nullptr, REG_OPTION_NON_VOLATILE,
                              KEY_SET_VALUE | kView, nullptr, &k.h, nullptr);
    if (rc != ERROR_SUCCESS)
        return writeError(rc, "opening HKLM\\" + key + " for writing");
    const std::wstring wname = widen(name);
    std::vector<BYTE> bytes;
    DWORD type = DWORD(value.type);
    switch (value.type) {
    case RegType::Dword: {
        const DWORD d = DWORD(value.number);
        bytes.assign(reinterpret_cast<const BYTE *>(&d), reinterpret_cast<const BYTE *>(&d) + sizeof d);
        break;
    }
    case RegType::Qword: {
        const ULONGLONG q = ULONGLONG(value.number);
        bytes.assign(reinterpret_cast<const BYTE *>(&q), reinterpret_cast<const BYTE *>(&q) + sizeof q);
        break;
    }
    case RegType::Sz:
    case RegType::ExpandSz: {
        const std::wstring w = widen(value.text);
        bytes.assign(reinterpret_cast<const BYTE *>(w.c_str()),
                     reinterpret_cast<const BYTE *>(w.c_str() + w.size() + 1));
        break;
    }
    case RegType::MultiSz: {
        std::wstring w;
        for (const auto &s : value.multi) {
            w += widen(s);
            w.push_back(L'\0');
        }
        w.push_back(L'\0');
        bytes.assign(reinterpret_cast<const BYTE *>(w.data()), reinterpret_cast<const BYTE *>(w.data() + w.size()));
        break;
    }
    case RegType::Binary: bytes = value.binary; break;
    }
    rc = RegSetValueExW(k.h, wname.c_str(), 0, type, bytes.data(), DWORD(bytes.size()));
    if (rc != ERROR_SUCCESS)
        return writeError(rc, "writing HKLM\\" + key + "\\" + name);
    return {};
}

Status deleteValue(const std::string &key, const std::string &name)
{
    Key k;
    LONG rc = openKey(key, KEY_SET_VALUE, k);
    if (rc == ERROR_FILE_NOT_FOUND)
        return {};
    if (rc != ERROR_SUCCESS)
        return writeError(rc, "opening HKLM\\" + key + " for writing");
    rc = RegDeleteValueW(k.h, widen(name).c_str());
    if (rc != ERROR_SUCCESS && rc != ERROR_FILE_NOT_FOUND)
        return writeError(rc, "deleting HKLM\\" + key + "\\" + name);
    return {};
}

} // namespace hpr::win32
