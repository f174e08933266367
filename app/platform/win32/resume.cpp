#include "resume.h"

#include "engine/registrypaths.h"
#include "taskscheduler.h"
#include "wide.h"

#include <algorithm>
#include <cctype>
#include <windows.h>

namespace hpr::win32 {

namespace {

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

} // namespace

std::string resolveOwnProgram(const std::string &commandLine)
{
    const CommandLine c = splitCommandLine(commandLine);
    if (c.program.empty() || c.program.find_first_of("\\/:") != std::string::npos)
        return commandLine;
    std::wstring buf(32768, L'\0');
    const DWORD n = GetModuleFileNameW(nullptr, buf.data(), DWORD(buf.size()));
    if (n == 0 || n >= buf.size())
        return commandLine; // cannot tell: leave it to the caller's PATH
    const std::string self = narrow(buf.substr(0, n));
    const std::string base = lower(self.substr(self.find_last_of("\\/") + 1));
    const std::string program = lower(c.program);
    if (program != base && program + ".exe" != base)
        return commandLine;
    return "\"" + self + "\"" + (c.arguments.empty() ? "" : " " + c.arguments);
}

Status ResumeRegistrar::registerResume(const std::string &given)
{
    m_mechanism.clear();
    m_note.clear();
    const std::string commandLine = resolveOwnProgram(given);
    const Status task = registerBootTask(kResumeTaskName, commandLine);
    if (task) {
        // A RunOnce value left by an earlier fallback would run the verification a second time.
        if (Status stale =
                m_device.changeRegistry(reg::kRunOnce, reg::kResumeValueName, std::nullopt, WriteIntent::Restore);
            !stale)
            m_note = "an earlier RunOnce value could not be removed: " + stale.error().detail;
        m_mechanism = "task_scheduler";
        return {};
    }
    m_note = task.error().detail;
    Status runOnce =
        m_device.changeRegistry(reg::kRunOnce, reg::kResumeValueName, RegValue::sz(commandLine), WriteIntent::Fix);
    if (!runOnce)
        return makeError(runOnce.error().code,
                         runOnce.error().detail + "; the Task Scheduler was not usable either (" + m_note + ")");
    m_mechanism = "run_once";
    return {};
}

Status ResumeRegistrar::unregisterResume()
{
    m_mechanism.clear();
    m_note.clear();
    std::string removed;
    auto task = deleteBootTask(kResumeTaskName);
    if (!task && task.error().code != ErrorCode::NotSupported)
        return task.error(); // e.g. access denied: the task may still be there
    if (!task)
        m_note = task.error().detail; // no Task Scheduler here, so no task of ours either
    else if (*task)
        removed = "task_scheduler";

    auto before = m_device.readRegistry(reg::kRunOnce, reg::kResumeValueName);
    if (Status s = m_device.changeRegistry(reg::kRunOnce, reg::kResumeValueName, std::nullopt, WriteIntent::Restore);
        !s)
        return s;
    if (before.isKnown() && before.value())
        removed += removed.empty() ? "run_once" : "+run_once";
    m_mechanism = removed.empty() ? "none" : removed;
    return {};
}

} // namespace hpr::win32
