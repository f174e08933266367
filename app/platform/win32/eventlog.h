#pragma once
// The Windows Application Event Log (ReportEventW), for the audit trail of hpr::log::audit().

#include "engine/expected.h"

#include <string>

namespace hpr::win32 {

/// Writes one entry from source (RegisterEventSourceW on the local computer): Event ID eventId, type
/// information or error, the text as the single insertion string. Failed names the call and the Win32 error.
Status reportEvent(const std::string &source, int eventId, bool success, const std::string &text);

} // namespace hpr::win32
