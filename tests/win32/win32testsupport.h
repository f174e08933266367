#pragma once
// Helpers for the tests that change the real registry (under Wine in CI): the prefix persists between runs,
// so every test puts back what it found, values and keys.

#include "../testsupport.h"
#include "engine/allowlist.h"
#include "engine/registrypaths.h"
#include "platform/win32/registry.h"
#include "platform/win32/wide.h"

#include <cstdlib>
#include <optional>
#include <set>
#include <string>
#include <vector>
#include <windows.h>

namespace hpr::test {

struct ValueRef
{
    std::string key, name;
};

/// Every allowlisted value except the RunOnce resume value (tested with the resume).
inline std::vector<ValueRef> allowlistedVbsValues()
{
    std::vector<ValueRef> out;
    for (const auto &a : writeAllowlist())
        if (std::string(a.key) != reg::kRunOnce)
            out.push_back({a.key, a.name});
    return out;
}

/// The RunOnce value of the resume fallback.
inline std::vector<ValueRef> runOnceValue()
{
    return {{reg::kRunOnce, reg::kResumeValueName}};
}

/// Saves values (and which of their keys exist) on construction; puts them back and deletes the keys that
/// did not exist on destruction, so the Wine prefix is left as it was found.
class RegistryGuard
{
public:
    explicit RegistryGuard(std::vector<ValueRef> values)
        : m_values(std::move(values))
    {
        std::set<std::string> seen;
        for (const auto &v : m_values) {
            auto prior = win32::readValue(v.key, v.name);
            m_prior.push_back(prior.isKnown() ? prior.value() : std::nullopt);
            // The key and each of its ancestors that is missing now, deepest last.
            for (std::size_t pos = 0; pos != std::string::npos;) {
                pos = v.key.find('\\', pos + 1);
                const std::string k = v.key.substr(0, pos);
                if (seen.insert(k).second && win32::keyExists(k).is(false))
                    m_createdKeys.push_back(k);
            }
        }
    }
    RegistryGuard(const RegistryGuard &) = delete;
    RegistryGuard &operator=(const RegistryGuard &) = delete;
    ~RegistryGuard()
    {
        for (std::size_t i = 0; i < m_values.size(); ++i) {
            if (m_prior[i])
                win32::writeValue(m_values[i].key, m_values[i].name, *m_prior[i]);
            else
                win32::deleteValue(m_values[i].key, m_values[i].name);
        }
        // Deepest first; a key that gained subkeys from elsewhere is left alone (RegDeleteKeyExW refuses).
        for (auto it = m_createdKeys.rbegin(); it != m_createdKeys.rend(); ++it)
            RegDeleteKeyExW(HKEY_LOCAL_MACHINE, win32::widen(*it).c_str(), KEY_WOW64_64KEY, 0);
    }
    const std::vector<std::string> &createdKeys() const { return m_createdKeys; }

private:
    std::vector<ValueRef> m_values;
    std::vector<std::optional<RegValue>> m_prior;
    std::vector<std::string> m_createdKeys;
};

inline bool isAbsent(const Fact<std::optional<RegValue>> &v)
{
    return v.isKnown() && !v.value().has_value();
}

} // namespace hpr::test
