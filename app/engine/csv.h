#pragma once
// RFC 4180 CSV writing, shared by the report (report.cpp) and the fleet store.

#include <string>
#include <vector>

namespace hpr {

/// One field: quoted when it holds a comma, a double quote or a line break (its quotes doubled).
std::string csvField(const std::string &value);
/// Fields joined by commas, quoted as needed, ending in LF.
std::string csvLine(const std::vector<std::string> &fields);

} // namespace hpr
