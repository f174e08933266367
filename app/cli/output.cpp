#include "output.h"

#include "engine/durablefile.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#include <windows.h>
#else
#include <unistd.h>
#endif

namespace hpr::cli {

namespace fs = std::filesystem;

#ifdef _WIN32
namespace {
UINT s_previousCodePage = 0;
void restoreCodePage()
{
    SetConsoleOutputCP(s_previousCodePage);
}
} // namespace
#endif

void prepareConsole()
{
#ifdef _WIN32
    // Reports are UTF-8 with LF line ends on every platform (CSV consumers rely on it). The console's
    // code page outlives the process, so the user's window gets its own back at exit.
    s_previousCodePage = GetConsoleOutputCP();
    if (s_previousCodePage != 0 && s_previousCodePage != CP_UTF8 && SetConsoleOutputCP(CP_UTF8))
        std::atexit(restoreCodePage);
    _setmode(_fileno(stdout), _O_BINARY);
#endif
}

bool stdoutSupportsColour()
{
#ifdef _WIN32
    if (!_isatty(_fileno(stdout)))
        return false;
    HANDLE h = GetStdHandle(STD_OUTPUT_HANDLE);
    DWORD mode = 0;
    if (h == INVALID_HANDLE_VALUE || !GetConsoleMode(h, &mode))
        return false;
    return (mode & ENABLE_VIRTUAL_TERMINAL_PROCESSING) || SetConsoleMode(h, mode | ENABLE_VIRTUAL_TERMINAL_PROCESSING);
#else
    return isatty(fileno(stdout)) != 0;
#endif
}

bool noColorRequested()
{
    return std::getenv("NO_COLOR") != nullptr;
}

Status writeStdout(const std::string &text)
{
    if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() || std::fflush(stdout) != 0)
        return makeError(ErrorCode::BadInput, "cannot write to standard output");
    return {};
}

Status checkOutputPath(const std::string &path)
{
    const fs::path p(path);
    std::error_code ec;
    if (fs::is_directory(p, ec))
        return makeError(ErrorCode::BadInput, "--output " + path + ": is a directory, not a file");
    const fs::path parent = p.parent_path().empty() ? fs::path(".") : p.parent_path();
    if (!fs::is_directory(parent, ec))
        return makeError(ErrorCode::NotFound,
                         "--output " + path + ": the directory '" + parent.string() + "' does not exist");
    return {};
}

Status writeFileAtomically(const std::string &path, const std::string &text)
{
    if (Status s = checkOutputPath(path); !s)
        return s;
    if (Status s = writeFileDurably(path, text); !s)
        return makeError(ErrorCode::BadInput, "--output " + s.error().detail);
    return {};
}

} // namespace hpr::cli
