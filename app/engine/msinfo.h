#pragma once

#include "devicefacts.h"

#include <string>
#include <utility>
#include <vector>

namespace hpr {

/// msinfo32 System Summary lines for VBS and firmware, in msinfo32's words (windows-facts §3.3):
/// "Virtualization-based security" = "Running", "Secure Boot State" = "On", "BIOS Mode" = "UEFI", ...
std::vector<std::pair<std::string, std::string>> msinfoLines(const DeviceFacts &facts);

/// Display names of Win32_DeviceGuard property and service codes, as msinfo32 shows them.
std::string securityPropertyName(int code);
std::string securityServiceName(int code);

} // namespace hpr
