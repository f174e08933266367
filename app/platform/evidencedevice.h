#pragma once

#include "device.h"

namespace hpr {

/// A device known only from evidence files (msinfo32, systeminfo, PowerShell output) sent by its user:
/// "evidence:FILE" or "evidence:FOLDER" (every file in it). It can be assessed, never changed or restarted.
/// Its description() lists, one line each, what was read from every file, disagreements and lines not understood.
Expected<std::unique_ptr<Device>> openEvidenceDevice(const std::string &spec, const std::string &path);

} // namespace hpr
