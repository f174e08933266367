#pragma once

#include "devicefacts.h"

#include <string>
#include <utility>
#include <vector>

namespace hpr {

/// msinfo32 System Summary lines for VBS and firmware, in msinfo32's words (windows-facts §3.3):
/// "Virtualization-based security" = "Running", "Secure Boot State" = "On", "BIOS Mode" = "UEFI", ...
std::vector<std::pair<std::string, std::string>> msinfoLines(const DeviceFacts &facts);

/// A before/after pair of one System Summary item as a report shows it: "(not recorded)" when the item is not
/// among the lines before, "(empty)" for an empty value.
struct MsinfoChange
{
    std::string before, after;
    bool changed() const { return before != after; }
};
MsinfoChange msinfoChange(const std::vector<std::pair<std::string, std::string>> &before, const std::string &item,
                          const std::string &after);

/// Display names of Win32_DeviceGuard property and service codes, as msinfo32 shows them.
std::string securityPropertyName(int code);
std::string securityServiceName(int code);

} // namespace hpr
