#pragma once

#include "expected.h"
#include "regvalue.h"

#include <optional>
#include <string>
#include <vector>

namespace hpr {

/// One registry value the product may ever write (HKLM, 64-bit view).
struct AllowedValue
{
    const char *key;
    const char *name;
    RegType type;
    std::vector<std::int64_t> data; ///< numbers a fix may set (empty: any data of the type); undo restores anything
    const char *why;
};

/// Why a write is being made: a fix must use allowlisted data; an undo restores the journaled prior state.
enum class WriteIntent { Fix, Restore };

/// The one allowlist (docs/remediation.md). Nothing outside it is ever written or deleted.
const std::vector<AllowedValue> &writeAllowlist();

/// The entry for key\name (case-insensitive), or null.
const AllowedValue *findAllowed(const std::string &key, const std::string &name);

/// Ok when the write (value) or deletion (nullopt) is allowed; AccessDenied naming the value otherwise.
Status checkAllowed(const std::string &key, const std::string &name, const std::optional<RegValue> &value,
                    WriteIntent intent);

} // namespace hpr
