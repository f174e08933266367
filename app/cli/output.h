#pragma once
// Where the CLI's output goes: the terminal (with or without colour) or a file written atomically.

#include "engine/expected.h"

#include <string>

namespace hpr::cli {

/// Sets up the process console once: UTF-8 and binary (LF) stdout on Windows; nothing elsewhere.
void prepareConsole();

/// Whether stdout is a terminal that shows ANSI colours (on Windows: enables VT processing).
bool stdoutSupportsColour();

/// Whether the NO_COLOR environment variable is set (https://no-color.org).
bool noColorRequested();

/// Writes text to stdout; an error when stdout cannot be written (closed pipe, full disk).
Status writeStdout(const std::string &text);

/// An error when the file cannot be created because its directory is missing or it is a directory.
Status checkOutputPath(const std::string &path);

/// Writes text to path atomically: a temporary file in the same directory, then a rename.
Status writeFileAtomically(const std::string &path, const std::string &text);

} // namespace hpr::cli
