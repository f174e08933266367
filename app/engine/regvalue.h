#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace hpr {

/// Registry value types used by the product (winnt.h REG_* numbers).
enum class RegType : int {
    Sz = 1,
    ExpandSz = 2,
    Binary = 3,
    Dword = 4,
    MultiSz = 7,
    Qword = 11,
};

const char *toString(RegType type); ///< "REG_DWORD", ...
bool regTypeFromString(const std::string &name, RegType &out);

/// One registry value with its type; which member holds the data depends on the type.
struct RegValue
{
    RegType type = RegType::Dword;
    std::int64_t number = 0;          ///< Dword, Qword
    std::string text;                 ///< Sz, ExpandSz
    std::vector<std::string> multi;   ///< MultiSz
    std::vector<std::uint8_t> binary; ///< Binary

    static RegValue dword(std::int64_t v) { return RegValue{RegType::Dword, v, {}, {}, {}}; }
    static RegValue qword(std::int64_t v) { return RegValue{RegType::Qword, v, {}, {}, {}}; }
    static RegValue sz(std::string v) { return RegValue{RegType::Sz, 0, std::move(v), {}, {}}; }
    static RegValue multiSz(std::vector<std::string> v) { return RegValue{RegType::MultiSz, 0, {}, std::move(v), {}}; }

    bool isNumber() const { return type == RegType::Dword || type == RegType::Qword; }
    std::string displayData() const; ///< "1", "\"text\"", "[a, b]", "hex:01,02"
    bool operator==(const RegValue &o) const = default;
};

} // namespace hpr
