#include "allowlist.h"

#include "registrypaths.h"

#include <algorithm>
#include <cctype>

namespace hpr {

namespace {

bool iequal(const std::string &a, const std::string &b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](unsigned char x, unsigned char y) {
               return std::tolower(x) == std::tolower(y);
           });
}

std::string normalize(std::string key)
{
    for (const char *prefix : {"HKLM\\", "HKEY_LOCAL_MACHINE\\"})
        if (key.size() > std::string(prefix).size() && iequal(key.substr(0, std::string(prefix).size()), prefix))
            key = key.substr(std::string(prefix).size());
    while (!key.empty() && key.back() == '\\')
        key.pop_back();
    return key;
}

} // namespace

const std::vector<AllowedValue> &writeAllowlist()
{
    using namespace reg;
    static const std::vector<AllowedValue> list = {
        {kDeviceGuard, kEnableVbs, RegType::Dword, {1}, "turn on VBS (runtime key, windows-facts §2.1)"},
        {kDeviceGuard, kRequireFeatures, RegType::Dword, {1, 3}, "require Secure Boot (1) or Secure Boot and DMA (3)"},
        {kHvciScenario, kEnabled, RegType::Dword, {1}, "memory integrity, only when asked (§2.2)"},
        {kDeviceGuardPolicy, kEnableVbs, RegType::Dword, {1}, "local policy equivalent (§2.3)"},
        {kDeviceGuardPolicy, kRequireFeatures, RegType::Dword, {1, 3}, "local policy equivalent (§2.3)"},
        {kDeviceGuardPolicy, kGpoHvci, RegType::Dword, {2}, "local policy memory integrity without UEFI lock"},
        {kMemoryManagement, kHotPatchRestrictions, RegType::Dword, {1}, "disable CHPE on Arm64 (§2.6)"},
        {kRunOnce, kResumeValueName, RegType::Sz, {}, "run the verification once after the restart (§4.11)"},
        {kSecureBootControl,
         kAvailableUpdates,
         RegType::Dword,
         {0x5944},
         "Secure Boot 2023 certificate update, opt-in only ('secureboot apply --confirm'; windows-facts-2 A.2)"},
    };
    return list;
}

const AllowedValue *findAllowed(const std::string &key, const std::string &name)
{
    const std::string k = normalize(key);
    for (const auto &a : writeAllowlist())
        if (iequal(k, a.key) && iequal(name, a.name))
            return &a;
    return nullptr;
}

Status checkAllowed(const std::string &key, const std::string &name, const std::optional<RegValue> &value,
                    WriteIntent intent)
{
    const std::string where = "HKLM\\" + normalize(key) + "\\" + name;
    const AllowedValue *a = findAllowed(key, name);
    if (!a)
        return makeError(ErrorCode::AccessDenied, "refused to change " + where +
                                                      ": it is not on the allowlist of "
                                                      "values this tool may write");
    if (intent == WriteIntent::Restore)
        return {};
    if (!value)
        return makeError(ErrorCode::AccessDenied, "refused to delete " + where + ": a fix only sets values");
    if (value->type != a->type ||
        (!a->data.empty() && std::find(a->data.begin(), a->data.end(), value->number) == a->data.end()))
        return makeError(ErrorCode::AccessDenied, "refused to set " + where + " to " + toString(value->type) + " " +
                                                      value->displayData() + ": not an allowed value");
    return {};
}

} // namespace hpr
