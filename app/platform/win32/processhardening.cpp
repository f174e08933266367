#include "processhardening.h"

#include "wide.h"

#include <windows.h>

#ifndef LOAD_LIBRARY_SEARCH_SYSTEM32
#define LOAD_LIBRARY_SEARCH_SYSTEM32 0x00000800
#endif

namespace hpr::win32 {

Expected<std::string> restrictDllSearch()
{
    using SetDefaultDllDirectoriesFn = BOOL(WINAPI *)(DWORD);
    HMODULE kernel32 = GetModuleHandleW(L"kernel32.dll"); // always loaded: never a search
    auto fn = kernel32 ? reinterpret_cast<SetDefaultDllDirectoriesFn>(
                             reinterpret_cast<void *>(GetProcAddress(kernel32, "SetDefaultDllDirectories")))
                       : nullptr;
    std::string why = "SetDefaultDllDirectories is not available";
    if (fn) {
        if (fn(LOAD_LIBRARY_SEARCH_SYSTEM32))
            return std::string("SetDefaultDllDirectories(LOAD_LIBRARY_SEARCH_SYSTEM32)");
        why = "SetDefaultDllDirectories failed: " + errorText(GetLastError());
    }
    if (SetDllDirectoryW(L""))
        return "SetDllDirectoryW(\"\") (" + why + ")";
    return makeError(ErrorCode::Failed, why + "; SetDllDirectoryW: " + errorText(GetLastError()));
}

} // namespace hpr::win32
