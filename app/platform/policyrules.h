#pragma once
// How the CLI and the GUI honour the admin policy (platform/adminpolicy.h): AssessOnly, ReportFolder,
// RestartWindow. One implementation for both front ends.

#include "engine/expected.h"
#include "platform/adminpolicy.h"
#include "platform/remediation.h"

#include <string>

namespace hpr {

/// A refusal (AccessDenied, exit 4) when AssessOnly forbids `command` changing the device; Ok otherwise.
Status checkChangesAllowed(const AdminPolicy &policy, const std::string &command);

/// The restart `when` asks for, checked against RestartWindow: inside it (or no window) as asked; outside it
/// moved to the next start of the window when moveToWindow, else an AccessDenied refusal naming the window,
/// the time asked for and where the policy value is.
Expected<RestartWhen> fitRestartWindow(const AdminPolicy &policy, const RestartWhen &when, const Device &device,
                                       bool moveToWindow);
/// The same from a device clock (UTC seconds) and its local offset, for a caller that keeps them (the wizard).
Expected<RestartWhen> fitRestartWindow(const AdminPolicy &policy, const RestartWhen &when, std::int64_t now,
                                       std::int64_t utcOffset, bool moveToWindow);

/// Writes a copy of a report to ReportFolder as <prefix>-<UTC timestamp>.<ext> (atomically); the path written,
/// an empty string when no ReportFolder is set, or an error naming the folder.
Expected<std::string> copyToReportFolder(const AdminPolicy &policy, const std::string &prefix, const std::string &ext,
                                         const std::string &text);

} // namespace hpr
