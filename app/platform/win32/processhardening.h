#pragma once
// Process start-up hardening for the Windows executables (called first thing in main).

#include "engine/expected.h"

#include <string>

namespace hpr::win32 {

/// Restricts DLL loading to System32 so no DLL is ever loaded from the current directory or PATH:
/// SetDefaultDllDirectories(LOAD_LIBRARY_SEARCH_SYSTEM32), resolved with GetProcAddress (absent before
/// Windows 8 without KB2533623), else SetDllDirectoryW(L"") which at least removes the current directory.
/// Returns which of the two was applied.
Expected<std::string> restrictDllSearch();

} // namespace hpr::win32
