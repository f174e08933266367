#pragma once
// Running the verification once after the next boot (windows-facts §4.10-4.11): the one-shot boot task of the
// Task Scheduler (runs as SYSTEM, no logon needed), else the RunOnce value (runs at the next logon).

#include "platform/device.h"

#include <string>

namespace hpr::win32 {

/// The command line with a program given without a folder ("hotpatch-ready-cli verify ...") replaced by the
/// quoted full path of the running executable when it names that executable: neither the boot task (SYSTEM,
/// before any logon) nor RunOnce searches the application's folder. Anything else is returned unchanged.
std::string resolveOwnProgram(const std::string &commandLine);

/// Registers and removes the post-reboot verification of one device; the RunOnce fallback is written through
/// Device::changeRegistry, so it stays inside the allowlist.
class ResumeRegistrar
{
public:
    explicit ResumeRegistrar(Device &device)
        : m_device(device)
    {
    }

    /// The boot task when the Task Scheduler takes it, else the RunOnce value; an error only when both fail.
    Status registerResume(const std::string &commandLine);
    /// Removes both (either may be there from an earlier run); Ok when neither is.
    Status unregisterResume();

    /// After registerResume: "task_scheduler" or "run_once"; after unregisterResume: what was removed,
    /// "task_scheduler", "run_once", "task_scheduler+run_once" or "none". Empty after a failure.
    const std::string &lastMechanism() const { return m_mechanism; }
    /// Why the Task Scheduler was not used or not asked (empty when it answered).
    const std::string &lastNote() const { return m_note; }

private:
    Device &m_device;
    std::string m_mechanism;
    std::string m_note;
};

} // namespace hpr::win32
