#pragma once
// Logging for the CLI and the GUI: spdlog to a rotating file in the per-machine log folder, every line redacted
// (passwords in connection strings, user names in paths, e-mail addresses), and on Windows an Application Event
// Log entry for each change to the device (apply, rollback, scheduled restart, verification). No Qt.

#include "engine/expected.h"

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace spdlog::sinks {
class sink;
}

namespace hpr::log {

/// The Event Log source name, registered by the MSI (docs/logging.md).
inline constexpr const char *kEventSource = "HotpatchReady";

/// What setup() needs; everything has a default.
struct LogSetup
{
    std::string program = "hotpatch-ready"; ///< the file is <folder>/<program>.log
    std::string folder;                     ///< empty: defaultLogFolder()
    std::string level = "info";             ///< trace, debug, info, warn, error, critical, off
    std::size_t maxFileBytes = 5 * 1024 * 1024;
    std::size_t maxFiles = 5; ///< rotated copies kept besides the current file
};

/// HPR_LOG_DIR when set; else %ProgramData%\HotpatchReady\logs on Windows, $XDG_STATE_HOME/hotpatch-ready/logs
/// (default ~/.local/state/hotpatch-ready/logs) elsewhere.
std::string defaultLogFolder();
/// The per-user folder used when the per-machine one cannot be written (%LOCALAPPDATA%\HotpatchReady\logs).
std::string userLogFolder();

/// Whether name is a level setup() accepts.
bool isLevelName(const std::string &name);

/// Replaces spdlog's default logger: the rotating file (falling back to userLogFolder() when the folder cannot
/// be written) behind the redaction. Level "off" opens no file. Calling it again replaces the previous setup.
/// An error (bad level, no folder writable) names the level or the folders; logging then goes nowhere.
Status setup(const LogSetup &options);
/// The log file setup() opened; empty when none is open.
std::string logFilePath();
/// Adds a sink behind the redaction (the GUI's log panel). Thread-safe; survives until the next setup().
void addSink(std::shared_ptr<spdlog::sinks::sink> sink);

/// text with secrets replaced: URI passwords ("postgresql://user:***@host"), key=value secrets
/// ("password=***"), user names in profile paths ("C:\Users\<user>\", "/home/<user>/"), e-mail addresses
/// ("<user>@contoso.com").
std::string redact(std::string_view text);

/// The changes to a device that leave an audit trail; the numbers are the Event IDs.
enum class AuditEvent : int {
    Apply = 1000,
    Rollback = 1001,
    RestartScheduled = 1002,
    Verification = 1003,
};
const char *toString(AuditEvent event); ///< "apply", ...

/// Writes an Event Log entry: (event, success, redacted text) -> Ok or why not.
using EventReporter = std::function<Status(AuditEvent, bool, const std::string &)>;
/// The reporter audit() uses: the Windows Event Log in a Windows build, none elsewhere. Tests replace it;
/// an empty function restores the default.
void setEventReporter(EventReporter reporter);

/// Records a change to the device: one line in the log file (info, or error when !success) and, where there is
/// an Event Log, one entry there. When the Event Log refuses, the log file says why and the error is returned;
/// the caller goes on either way (the log line is the fallback).
Status audit(AuditEvent event, bool success, const std::string &text);

} // namespace hpr::log
