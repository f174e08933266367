// hotpatch-ready-cli: the headless front end for scripts, Intune remediations and fleet collection.

#include "cli.h"
#include "output.h"

#include <exception>
#include <iostream>

#ifdef _WIN32
#include "platform/win32/processhardening.h"
#endif

int main(int argc, char **argv)
{
#ifdef _WIN32
    // Before anything can load a DLL: System32 only, never the current directory or PATH. Best effort: the
    // static executable needs no DLL of its own, so there is nothing to report if an old system refuses.
    (void)hpr::win32::restrictDllSearch();
#endif
    // Nothing may escape as a crash or a stack trace: an unexpected exception is an operation failure.
    try {
        hpr::cli::prepareConsole();
        return hpr::cli::run(std::vector<std::string>(argv + 1, argv + argc));
    } catch (const std::exception &e) {
        std::cerr << hpr::cli::kProgram << ": error: unexpected failure: " << e.what() << '\n';
    } catch (...) {
        std::cerr << hpr::cli::kProgram << ": error: unexpected failure\n";
    }
    return hpr::cli::ExitFailed;
}
