#pragma once
// HKLM registry access in the 64-bit view (KEY_WOW64_64KEY), types preserved.

#include "engine/expected.h"
#include "engine/fact.h"
#include "engine/regvalue.h"

#include <optional>
#include <string>

namespace hpr::win32 {

/// Known nullopt = the value is absent; unknown = the key could not be opened for another reason.
Fact<std::optional<RegValue>> readValue(const std::string &key, const std::string &name);
Fact<bool> keyExists(const std::string &key);
Fact<StringList> subkeys(const std::string &key);
/// ISO 8601 UTC of the key's last write (RegQueryInfoKeyW).
Fact<std::string> keyLastWriteTime(const std::string &key);

/// Writes a value, creating the key if needed. AccessDenied when not elevated.
Status writeValue(const std::string &key, const std::string &name, const RegValue &value);
/// Deletes a value; deleting an absent value succeeds.
Status deleteValue(const std::string &key, const std::string &name);

} // namespace hpr::win32
