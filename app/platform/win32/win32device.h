#pragma once

#include "platform/device.h"

namespace hpr {

/// The device the program runs on (Windows only).
Expected<std::unique_ptr<Device>> openWin32Device(const DeviceOptions &options);

} // namespace hpr
