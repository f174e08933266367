#pragma once
// The command table, shared option parsing and error reporting of hotpatch-ready-cli.

#include "engine/assessment.h"
#include "engine/expected.h"
#include "engine/releasetable.h"

#include <optional>
#include <string>
#include <vector>

namespace hpr::cli {

inline constexpr const char *kProgram = "hotpatch-ready-cli";

/// Process exit codes: the contract for scripts (docs/cli.md).
enum ExitCode : int {
    ExitReady = 0,        ///< ready (or a command that succeeded)
    ExitNotReady = 1,     ///< ready after fixes, or blocked
    ExitUndetermined = 2, ///< readiness could not be decided
    ExitBadInput = 3,     ///< bad usage or bad input (options, device spec, profile, release table, output file)
    ExitFailed = 4,       ///< the operation ran and failed
};

/// One option a command accepts.
struct OptionSpec
{
    std::string name;      ///< "--format"
    std::string valueName; ///< "FORMAT"; empty for a flag
    std::string help;      ///< one line for --help
};

/// A command line after parsing against the options of one command.
class Arguments
{
public:
    bool has(const std::string &name) const;
    std::optional<std::string> value(const std::string &name) const;
    std::string valueOr(const std::string &name, const std::string &fallback) const;
    const std::vector<std::string> &positional() const { return m_positional; }

    void set(const std::string &name, std::string value);
    void addPositional(std::string arg) { m_positional.push_back(std::move(arg)); }

private:
    std::vector<std::pair<std::string, std::string>> m_options;
    std::vector<std::string> m_positional;
};

/// Parses "--name VALUE", "--name=VALUE" and flags; an unknown or repeated option, or a missing
/// value, is a BadUsage error naming the option.
Expected<Arguments> parseArguments(const std::vector<std::string> &args, const std::vector<OptionSpec> &options);

/// One entry of the command table.
struct Command
{
    std::string name;
    std::string synopsis; ///< "assess --device SPEC [options]"
    std::string summary;  ///< one line for --help
    std::vector<OptionSpec> options;
    int (*run)(const Arguments &args);
};

/// Every command, in the order --help lists them.
const std::vector<Command> &commands();

/// Takes the global option --log-level LEVEL (or --log-level=LEVEL, anywhere on the line) out of args;
/// returns the level (default info) or a BadUsage error naming the bad value.
Expected<std::string> takeLogLevel(std::vector<std::string> &args);

/// The whole program: sets up logging, picks the command, parses its options, runs it; returns the exit code.
int run(const std::vector<std::string> &args);

/// The complete --help text.
std::string usageText();

/// Prints "hotpatch-ready-cli: error: WHAT" and the --help hint; returns ExitBadInput.
int usageError(const std::string &what);
/// Prints the error (prefixed by context when given) and returns the exit code for its ErrorCode.
int reportError(const Error &error, const std::string &context = {});
/// The exit code for an error code: usage and input problems 3, everything else 4.
int exitCodeFor(ErrorCode code);
/// --state-dir, or the per-machine default: HPR_STATE_DIR, %ProgramData%\HotpatchReady\state on Windows,
/// $XDG_STATE_HOME/hotpatch-ready or ~/.local/state/hotpatch-ready elsewhere.
std::string stateDirOf(const Arguments &args);
/// Whether s is "YYYY-MM-DD" naming a real calendar day (the --as-of option).
bool isIsoDate(const std::string &s);
/// Loads --release-table FILE into table when given (else leaves it empty); ExitReady, or the exit code after
/// reporting the error that names the file.
int loadReleaseTableOption(const Arguments &args, std::optional<ReleaseTable> &table);
/// The exit code for a verdict: ready 0, ready after fixes or blocked 1, undetermined 2.
int exitCodeFor(Verdict verdict);

} // namespace hpr::cli
