#include "regvalue.h"

#include <cstdio>

namespace hpr {

const char *toString(RegType type)
{
    switch (type) {
    case RegType::Sz: return "REG_SZ";
    case RegType::ExpandSz: return "REG_EXPAND_SZ";
    case RegType::Binary: return "REG_BINARY";
    case RegType::Dword: return "REG_DWORD";
    case RegType::MultiSz: return "REG_MULTI_SZ";
    case RegType::Qword: return "REG_QWORD";
    }
    return "REG_NONE";
}

bool regTypeFromString(const std::string &name, RegType &out)
{
    for (RegType t :
         {RegType::Sz, RegType::ExpandSz, RegType::Binary, RegType::Dword, RegType::MultiSz, RegType::Qword}) {
        if (name == toString(t)) {
            out = t;
            return true;
        }
    }
    return false;
}

std::string RegValue::displayData() const
{
    switch (type) {
    case RegType::Dword:
    case RegType::Qword: return std::to_string(number);
    case RegType::Sz:
    case RegType::ExpandSz: return "\"" + text + "\"";
    case RegType::MultiSz: {
        std::string s = "[";
        for (std::size_t i = 0; i < multi.size(); ++i)
            s += (i ? ", \"" : "\"") + multi[i] + "\"";
        return s + "]";
    }
    case RegType::Binary: {
        std::string s = "hex:";
        char buf[4];
        for (std::size_t i = 0; i < binary.size(); ++i) {
            std::snprintf(buf, sizeof buf, "%02x", binary[i]);
            s += (i ? "," : "") + std::string(buf);
        }
        return s;
    }
    }
    return "";
}

} // namespace hpr
