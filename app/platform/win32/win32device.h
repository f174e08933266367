#pragma once

#include "platform/device.h"

namespace hpr {

/// The device the program runs on (Windows only).
Expected<std::unique_ptr<Device>> openWin32Device(const DeviceOptions &options);

/// How the last registerResume/unregisterResume of a device from openWin32Device went (win32/resume.h):
/// "task_scheduler", "run_once", ...; empty for other device kinds.
std::string lastResumeMechanism(const Device &device);

} // namespace hpr
