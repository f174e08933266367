// hotpatch-ready-cli: the headless front end for scripts, Intune remediations and fleet collection.

#include "cli.h"
#include "output.h"

#include <exception>
#include <iostream>

int main(int argc, char **argv)
{
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
