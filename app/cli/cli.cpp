#include "cli.h"

#include "commands.h"
#include "engine/statedir.h"
#include "platform/logging.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <spdlog/spdlog.h>

namespace hpr::cli {

namespace {

const OptionSpec kHelpOption{"--help", "", "Show the complete usage and exit."};

bool isHelpFlag(const std::string &arg)
{
    return arg == "--help" || arg == "-h";
}

const OptionSpec *findOption(const std::vector<OptionSpec> &options, const std::string &name)
{
    for (const OptionSpec &o : options) {
        if (o.name == name)
            return &o;
    }
    return name == kHelpOption.name ? &kHelpOption : nullptr;
}

/// Keeps an error message on one line whatever the detail contains.
std::string oneLine(std::string text)
{
    std::replace(text.begin(), text.end(), '\r', ' ');
    std::string out;
    std::size_t start = 0;
    for (;;) {
        const std::size_t nl = text.find('\n', start);
        out += text.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
        if (nl == std::string::npos)
            break;
        out += "; ";
        start = nl + 1;
    }
    return out;
}

} // namespace

bool Arguments::has(const std::string &name) const
{
    return value(name).has_value();
}

std::optional<std::string> Arguments::value(const std::string &name) const
{
    for (const auto &[n, v] : m_options) {
        if (n == name)
            return v;
    }
    return std::nullopt;
}

std::string Arguments::valueOr(const std::string &name, const std::string &fallback) const
{
    return value(name).value_or(fallback);
}

void Arguments::set(const std::string &name, std::string value)
{
    m_options.emplace_back(name, std::move(value));
}

Expected<Arguments> parseArguments(const std::vector<std::string> &args, const std::vector<OptionSpec> &options)
{
    Arguments parsed;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &arg = args[i];
        if (arg.size() < 2 || arg[0] != '-' || arg == "--") {
            parsed.addPositional(arg);
            continue;
        }
        if (arg == "-h") {
            parsed.set(kHelpOption.name, {});
            continue;
        }
        const std::size_t eq = arg.find('=');
        const std::string name = arg.substr(0, eq);
        const OptionSpec *spec = findOption(options, name);
        if (!spec)
            return makeError(ErrorCode::BadUsage, "unknown option '" + name + "'");
        if (parsed.has(name))
            return makeError(ErrorCode::BadUsage, "option " + name + " given more than once");
        if (spec->valueName.empty()) {
            if (eq != std::string::npos)
                return makeError(ErrorCode::BadUsage, "option " + name + " takes no value");
            parsed.set(name, {});
            continue;
        }
        if (eq != std::string::npos) {
            parsed.set(name, arg.substr(eq + 1));
        } else if (i + 1 < args.size() && args[i + 1].rfind("--", 0) != 0) {
            // A following "--option" is a forgotten value, not a value; "--name=--x" still passes one.
            parsed.set(name, args[++i]);
        } else {
            return makeError(ErrorCode::BadUsage, "option " + name + " needs a value (" + spec->valueName + ")");
        }
        if (parsed.value(name)->empty())
            return makeError(ErrorCode::BadUsage, "option " + name + " needs a non-empty " + spec->valueName);
    }
    return parsed;
}

const std::vector<Command> &commands()
{
    static const std::vector<Command> table = [] {
        const OptionSpec device{"--device", "SPEC", "The device to assess: local or sim:PROFILE (see Device SPEC)."};
        const OptionSpec format{"--format", "FORMAT", "Report format: text (default), json, csv or html."};
        const OptionSpec output{"--output", "FILE",
                                "Write the report to FILE (atomically) instead of standard output."};
        const OptionSpec stateDir{"--state-dir", "DIR",
                                  "Where the device keeps state between runs (simulated registry, journal)."};
        const OptionSpec asOf{"--as-of", "YYYY-MM-DD", "Judge the device as on this day (default: today, UTC)."};
        const OptionSpec releaseTable{"--release-table", "FILE",
                                      "Use this hotpatch release table (JSON) instead of the built-in one."};
        const OptionSpec noColor{"--no-color", "", "Never colour the text report."};
        const OptionSpec method{"--method", "METHOD",
                                "Where VBS values go: auto (default), registry (runtime key) or local-policy."};
        const OptionSpec requireDma{"--require-dma", "", "Require DMA protection too (level 3), when available."};
        const OptionSpec memoryIntegrity{"--memory-integrity", "", "Also turn on memory integrity (HVCI)."};
        const OptionSpec dryRun{"--dry-run", "", "Show what would change; change nothing."};
        const OptionSpec force{"--force", "", "Go ahead although the device is blocked / nothing needs it."};
        const OptionSpec cycleFormat{"--format", "FORMAT", "Output format: text (default) or json."};
        const OptionSpec verifyFormat{"--format", "FORMAT", "Output format: text (default), json or html."};
        return std::vector<Command>{
            {"assess",
             "assess --device SPEC [options]",
             "Probe a device and report whether it is ready for hotpatch updates.",
             {device, format, output, stateDir, asOf, releaseTable, noColor},
             &runAssess},
            {"profiles",
             "profiles",
             "List the shipped simulated-device profiles: name<TAB>path<TAB>description.",
             {},
             &runProfiles},
            {"plan",
             "plan --device SPEC [options]",
             "Show the fix plan as a diff (key, value, type, before, after), the restart and the manual steps.",
             {device, stateDir, asOf, method, requireDma, memoryIntegrity, cycleFormat},
             &runPlan},
            {"apply",
             "apply --device SPEC [--dry-run] [options]",
             "Apply the plan: allowlisted registry values only, journaled first (undo: rollback).",
             {device, stateDir, asOf, method, requireDma, memoryIntegrity, dryRun, force},
             &runApply},
            {"rollback",
             "rollback --device SPEC [--state-dir DIR]",
             "Restore exactly the prior values recorded in the journal (absent values deleted again).",
             {device, stateDir, asOf},
             &runRollback},
            {"schedule-reboot",
             "schedule-reboot --device SPEC --now|--in MINUTES|--at HH:MM|--next-window [options]",
             "Schedule the single restart (at least 60 s warning) and register the verification after it.",
             {device,
              stateDir,
              asOf,
              {"--now", "", "Restart after the minimum warning time (60 s)."},
              {"--in", "MINUTES", "Restart in MINUTES minutes."},
              {"--at", "HH:MM", "Restart at the next HH:MM, device local time."},
              {"--message", "TEXT", "The message the signed-in user sees (a default explains why)."},
              {"--next-window", "",
               "Outside the admin policy's RestartWindow, restart at the next start of the window instead."},
              force},
             &runScheduleReboot},
            {"cancel-reboot",
             "cancel-reboot --device SPEC [--state-dir DIR]",
             "Cancel the restart this tool scheduled and its post-restart verification.",
             {device, stateDir, asOf},
             &runCancelReboot},
            {"verify",
             "verify --device SPEC [--state-dir DIR] [--format text|json|html]",
             "Re-probe and compare with the plan and the before-state; writes verification.json/.txt/.html.",
             {device, stateDir, asOf, verifyFormat},
             &runVerify},
            {"status",
             "status --device SPEC [--state-dir DIR] [--format text|json]",
             "Where the device is in the cycle: not assessed, fixes applied, restart scheduled, verified.",
             {device, stateDir, asOf, cycleFormat},
             &runStatus},
            {"sim-boot",
             "sim-boot --device sim:PROFILE --state-dir DIR",
             "Restart a simulated device: boot-time effects happen, the registered verification runs.",
             {device, stateDir, asOf, verifyFormat},
             &runSimBoot},
            {"secureboot",
             "secureboot plan|apply|verify|rollback --device SPEC [options]",
             "Opt-in Secure Boot 2023 certificate update (AvailableUpdates=0x5944), apart from the hotpatch fix.",
             {device,
              stateDir,
              asOf,
              {"--confirm", "", "apply: really write AvailableUpdates (without it apply only shows the plan)."},
              {"--suspend-bitlocker", "RESTARTS",
               "apply: suspend BitLocker for RESTARTS restarts (1-15) first; else keep the recovery key at hand."},
              cycleFormat},
             &runSecureBoot},
            {"export-policy",
             "export-policy --format intune|reg [options]",
             "Write the VBS fix (and Arm64 CHPE disable) as an Intune profile or a .reg file.",
             {{"--format", "FORMAT",
               "Required: intune (custom profile JSON, Microsoft Graph) or reg (regedit file of GPO values)."},
              {"--output", "FILE", "Write the policy to FILE (atomically) instead of standard output."},
              {"--require-dma", "", "Require Secure Boot and DMA protection for VBS (level 3, not 1)."},
              {"--memory-integrity", "", "Also turn on memory integrity (HVCI), without UEFI lock."},
              {"--chpe", "", "Also disable CHPE, which Arm64 devices need for hotpatch updates."}},
             &runExportPolicy},
            {"bundle",
             "bundle --device SPEC [--output FILE.zip] [options]",
             "Write the diagnostic bundle: one ZIP with the report, the raw registry/WMI/API answers, the "
             "journal and verification, and the logs, to attach to a ticket. Changes nothing.",
             {device,
              {"--output", "FILE", "Write the bundle to FILE (default: hotpatch-ready-bundle-DEVICE-TIME.zip here)."},
              stateDir,
              asOf,
              releaseTable},
             &runBundle},
            {"fleet",
             "fleet import DIR|summary [options]",
             "Fleet store: import a folder of JSON reports; summarize the latest report of every device.",
             {{"--db", "DB", "The store: an SQLite file (default: fleet.sqlite in the state dir) or postgresql://..."},
              {"--rings", "FILE", "import: a CSV of hostname,ring (pilot rings) to store with the reports."},
              {"--format", "FORMAT", "summary: text (default), json or csv."},
              stateDir},
             &runFleet},
            {"policy",
             "policy [--device SPEC]",
             "Show the admin policy in force (HKLM\\SOFTWARE\\Policies\\HotpatchReady or the policy file).",
             {{"--device", "SPEC", "The device whose policy to read (default: local)."}, stateDir},
             &runPolicy},
            {"intune",
             "intune detect|remediate [--device SPEC] [options]",
             "Intune Remediations: detect (exit 1 only if fixable here) or remediate; one line, never stderr.",
             {{"--device", "SPEC", "The device (default: local)."},
              stateDir,
              asOf,
              method,
              requireDma,
              memoryIntegrity,
              {"--in", "MINUTES",
               "remediate: when policy lets it schedule the restart, in MINUTES (default 60, moved into the "
               "RestartWindow)."}},
             &runIntune},
            {"help", "help [COMMAND]", "Show this help.", {}, &runHelp},
        };
    }();
    return table;
}

Expected<std::string> takeLogLevel(std::vector<std::string> &args)
{
    std::string level = "info";
    int seen = 0;
    for (std::size_t i = 0; i < args.size();) {
        if (args[i] == "--log-level" || args[i].rfind("--log-level=", 0) == 0) {
            if (++seen > 1)
                return makeError(ErrorCode::BadUsage, "option --log-level given more than once");
            if (args[i] == "--log-level") {
                if (i + 1 >= args.size())
                    return makeError(ErrorCode::BadUsage, "option --log-level needs a value (LEVEL)");
                level = args[i + 1];
                args.erase(args.begin() + std::ptrdiff_t(i), args.begin() + std::ptrdiff_t(i) + 2);
            } else {
                level = args[i].substr(12);
                args.erase(args.begin() + std::ptrdiff_t(i));
            }
            if (!log::isLevelName(level))
                return makeError(ErrorCode::BadUsage, "--log-level '" + level +
                                                          "' is not a level (trace, debug, info, warn, error, "
                                                          "critical, off)");
            continue;
        }
        ++i;
    }
    return level;
}

int run(const std::vector<std::string> &given)
{
    std::vector<std::string> args = given;
    const auto level = takeLogLevel(args);
    // A log that cannot be opened never stops the command (Intune detection must print nothing on stderr);
    // setup() falls back to the per-user folder and, failing that, logs nowhere (never to the console).
    (void)log::setup(log::LogSetup{kProgram, {}, level ? *level : std::string("info")});
    if (!level)
        return usageError(level.error().detail);
    std::string line;
    for (const auto &a : given)
        line += " " + a;
    spdlog::info("{} {}:{}", kProgram, HPR_VERSION, line);
    if (args.empty())
        return usageError("no command given");
    const std::string &first = args.front();
    if (isHelpFlag(first))
        return runHelp(Arguments());
    if (first == "--version") {
        if (args.size() > 1)
            return usageError("--version takes no arguments");
        std::cout << kProgram << ' ' << HPR_VERSION << '\n';
        return ExitReady;
    }
    if (first.size() > 1 && first[0] == '-')
        return usageError("unknown option '" + first + "' (a command comes first)");

    const auto &table = commands();
    const auto it = std::find_if(table.begin(), table.end(), [&](const Command &c) { return c.name == first; });
    if (it == table.end())
        return usageError("unknown command '" + first + "'");

    const std::vector<std::string> rest(args.begin() + 1, args.end());
    // --help anywhere wins, so "assess --device --help" still shows the usage.
    if (std::any_of(rest.begin(), rest.end(), isHelpFlag))
        return runHelp(Arguments());
    Expected<Arguments> parsed = parseArguments(rest, it->options);
    if (!parsed)
        return usageError(it->name + ": " + parsed.error().detail);
    return it->run(*parsed);
}

int usageError(const std::string &what)
{
    spdlog::error("usage: {}", what);
    std::cerr << kProgram << ": error: " << oneLine(what) << '\n' << "Try '" << kProgram << " --help'.\n";
    return ExitBadInput;
}

/// --state-dir, or the per-machine default (HPR_STATE_DIR, %ProgramData%\HotpatchReady\state, XDG state).
std::string stateDirOf(const Arguments &args)
{
    if (auto dir = args.value("--state-dir"))
        return *dir;
    return defaultStateDir(); // the same folder the fleet dashboard looks in
}

int loadReleaseTableOption(const Arguments &args, std::optional<ReleaseTable> &table)
{
    const std::optional<std::string> path = args.value("--release-table");
    if (!path)
        return ExitReady;
    Expected<ReleaseTable> loaded = ReleaseTable::load(*path);
    if (!loaded)
        return reportError(loaded.error(), "--release-table");
    table = std::move(*loaded);
    return ExitReady;
}

bool isIsoDate(const std::string &s)
{
    if (s.size() != 10 || s[4] != '-' || s[7] != '-')
        return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (s[i] < '0' || s[i] > '9')
            return false;
    }
    const std::chrono::year_month_day ymd{std::chrono::year(std::stoi(s.substr(0, 4))),
                                          std::chrono::month(static_cast<unsigned>(std::stoi(s.substr(5, 2)))),
                                          std::chrono::day(static_cast<unsigned>(std::stoi(s.substr(8, 2))))};
    return ymd.ok();
}

int exitCodeFor(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ready: return ExitReady;
    case Verdict::ReadyAfterFixes:
    case Verdict::Blocked: return ExitNotReady;
    case Verdict::Undetermined: return ExitUndetermined;
    }
    return ExitUndetermined;
}

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::BadUsage:
    case ErrorCode::BadInput:
    case ErrorCode::NotFound:
    case ErrorCode::NotSupported: return ExitBadInput;
    case ErrorCode::AccessDenied:
    case ErrorCode::Failed: return ExitFailed;
    }
    return ExitFailed;
}

int reportError(const Error &error, const std::string &context)
{
    const std::string what = context.empty() ? error.detail : context + ": " + error.detail;
    spdlog::error("{}", what);
    if (error.code == ErrorCode::BadUsage)
        return usageError(what);
    std::cerr << kProgram << ": error: " << oneLine(what) << '\n';
    return exitCodeFor(error.code);
}

} // namespace hpr::cli
