#pragma once

#include "expected.h"

#include <string>

namespace hpr {

/// Writes text so that a crash or power loss leaves either the old file or the new one, never half:
/// a temporary file in the same directory, flushed to disk, then renamed over the target.
Status writeFileDurably(const std::string &path, const std::string &text);

/// The whole file; NotFound when it does not exist.
Expected<std::string> readWholeFile(const std::string &path);

/// Creates the directory and its parents; an error names the path.
Status ensureDirectory(const std::string &path);

} // namespace hpr
