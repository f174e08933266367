#pragma once
// WMI over COM, one bounded query at a time: each query runs on its own thread (own COM apartment)
// and is abandoned, not awaited, when it exceeds its timeout, so no probe can hang the process.

#include "engine/fact.h"

#include <map>
#include <string>
#include <vector>

namespace hpr::win32 {

struct WmiValue
{
    enum Kind { Null, String, Bool, Number, NumberList, Other } kind = Null;
    std::string text;
    bool boolean = false;
    std::int64_t number = 0;
    std::vector<std::int64_t> list;
};

using WmiRow = std::map<std::string, WmiValue>;

/// Runs "SELECT props FROM cls" in namespace ns (e.g. "ROOT\\CIMV2"). Unknown reasons: SourceMissing for an
/// invalid namespace or class (WBEM_E_INVALID_NAMESPACE / INVALID_CLASS), NotElevated for access denied,
/// TimedOut after timeoutMs.
Fact<std::vector<WmiRow>> wmiQuery(const std::string &ns, const std::string &cls, const std::vector<std::string> &props,
                                   unsigned timeoutMs = 5000);

} // namespace hpr::win32
