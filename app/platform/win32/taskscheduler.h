#pragma once
// The post-reboot verification as a one-shot Task Scheduler 2.0 task (windows-facts §4.10-4.11): a boot
// trigger, run as SYSTEM, whose last action deletes the task. No registry value is written for it, so the
// allowlist is not involved; the RunOnce fallback lives in resume.h and goes through the allowlist.

#include "engine/expected.h"
#include "engine/fact.h"

#include <string>

namespace hpr::win32 {

/// The task's name in the root folder of the Task Scheduler library (like the RunOnce value's name).
inline constexpr const char *kResumeTaskName = "HotpatchReadyVerify";

/// A command line split into its program (without quotes) and the arguments after it.
struct CommandLine
{
    std::string program;
    std::string arguments;
};

/// Splits "\"C:\\Program Files\\x.exe\" verify --device local" (or an unquoted program) after the program.
CommandLine splitCommandLine(const std::string &commandLine);

/// Registers (or replaces) the boot task `name`: runs commandLine as SYSTEM with the highest privileges at the
/// next boot, then deletes itself. NotSupported when the Task Scheduler cannot be used (service not running,
/// COM class missing, boot triggers not implemented), AccessDenied when not elevated; each with the reason.
Status registerBootTask(const std::string &name, const std::string &commandLine);

/// Deletes the task: true when it was there, false when it was not; an error when it cannot be asked.
Expected<bool> deleteBootTask(const std::string &name);

/// Whether the task is registered; unknown (with the reason) when the Task Scheduler cannot be asked.
Fact<bool> bootTaskExists(const std::string &name);

} // namespace hpr::win32
