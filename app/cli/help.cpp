#include "cli.h"
#include "commands.h"

#include <algorithm>
#include <iostream>
#include <sstream>

namespace hpr::cli {

namespace {

std::string column(const std::string &text, std::size_t width)
{
    return text.size() < width ? text + std::string(width - text.size(), ' ') : text + "  ";
}

} // namespace

std::string usageText()
{
    const auto &table = commands();
    std::ostringstream out;
    out << "Usage: " << kProgram << " COMMAND [OPTIONS]\n"
        << "       " << kProgram << " --help | --version\n\n"
        << "Assesses whether a Windows 11 device is ready for hotpatch updates.\n\n";

    std::size_t width = 0;
    for (const Command &c : table)
        width = std::max(width, c.synopsis.size());
    out << "Commands:\n";
    for (const Command &c : table)
        out << "  " << column(c.synopsis, width + 2) << c.summary << '\n';

    for (const Command &c : table) {
        if (c.options.empty())
            continue;
        std::size_t optWidth = 0;
        for (const OptionSpec &o : c.options)
            optWidth = std::max(optWidth, o.name.size() + 1 + o.valueName.size());
        out << "\nOptions of " << c.name << ":\n";
        for (const OptionSpec &o : c.options) {
            const std::string left = o.valueName.empty() ? o.name : o.name + ' ' + o.valueName;
            out << "  " << column(left, optWidth + 2) << o.help << '\n';
        }
    }

    // The rest is fixed text; the program name is spelled out so the examples read as typed.
    out << R"(
Global options:
  --help, -h    Show this help and exit (also after any command, e.g. 'assess --help').
  --version     Print 'hotpatch-ready-cli VERSION' and exit.
  --log-level LEVEL  trace, debug, info (default), warn, error, critical or off: what goes to the
                log file (%ProgramData%\HotpatchReady\logs, or $XDG_STATE_HOME/hotpatch-ready/logs;
                HPR_LOG_DIR overrides). Anywhere on the line. Secrets are redacted (docs/logging.md).

Device SPEC:
  local         This Windows PC, through the live Windows backend (Windows builds only;
                run elevated for complete facts).
  sim:NAME      A shipped simulated device by profile name (see the 'profiles' command).
  sim:PATH      A simulated device from a profile file (JSON).
  evidence:PATH Offline: msinfo32 /report or /nfo, systeminfo, Win32_DeviceGuard, Get-Tpm,
                Get-ComputerInfo or reg query/export output sent by the device's user, in
                English, de, fr, es, zh-CN, ru, pl or ja (a file, or a folder about one device);
                assess only. What was read and not understood is listed on standard error.

Formats (--format):
  text          A readable report: checks with evidence, verdict, VBS diagnosis, next steps.
                Coloured only on a terminal, without --no-color and with NO_COLOR unset.
  json          The versioned report 'hotpatch-ready/report/v1' (docs/report-schema.json).
  csv           A header line and one row per device (RFC 4180 quoting, LF line ends).
  html          A self-contained printable page (inline CSS, no script, nothing fetched);
                'verify --format html' adds the msinfo32 before/after table.

Exit codes:
  0  ready: the device can receive hotpatch updates (other commands: success)
  1  not ready: ready after fixes, or blocked (secureboot: refused, or the update not finished)
  2  undetermined: some facts could not be read, so readiness cannot be decided
  3  bad usage or bad input: unknown command or option, missing or bad value, unknown format,
     bad device spec, missing or invalid profile, bad release table, unwritable output
  4  operation failed: the command ran and failed (e.g. the device could not be probed)

Environment:
  NO_COLOR      When set, the text report is never coloured.
  HPR_STATE_DIR Default --state-dir of the cycle commands (else %ProgramData%\HotpatchReady\state
                on Windows, $XDG_STATE_HOME/hotpatch-ready or ~/.local/state/hotpatch-ready).
  HPR_LOG_DIR   The log folder (see --log-level).
  HPR_POLICY_FILE  The admin policy file (default /etc/hotpatch-ready/policy.json; on Windows the
                policy is HKLM\SOFTWARE\Policies\HotpatchReady). docs/admin-policy.md.

Admin policy: AssessOnly refuses apply and schedule-reboot (exit 4); RestartWindow refuses a restart
  outside it (or moves it, with --next-window); ReportFolder gets a JSON copy of each assess and verify
  report; an invalid value stops every device command with exit 3, naming the value and where it is.

Examples:
  hotpatch-ready-cli assess --device local --format json --output C:\reports\pc.json
  hotpatch-ready-cli assess --device sim:x64-vbs-off --as-of 2026-11-25
  hotpatch-ready-cli profiles | cut -f1
  hotpatch-ready-cli apply --device sim:x64-vbs-off --state-dir /tmp/bench   (then schedule-reboot,
      sim-boot, status: the whole cycle on a simulated device; see docs/remediation.md)
  hotpatch-ready-cli bundle --device local   (one ZIP for the ticket: report, raw answers, journal, logs)
  hotpatch-ready-cli secureboot plan --device sim:x64-secureboot-2011-certs   (then 'secureboot apply
      --confirm [--suspend-bitlocker 2]', restarts, 'secureboot verify'; see docs/secureboot.md)
  hotpatch-ready-cli fleet import reports/ --db fleet.sqlite   (then: fleet summary --db fleet.sqlite
      --format json; --db postgresql://user@host/db for a shared store; see docs/fleet.md)
)";
    return out.str();
}

int runHelp(const Arguments &args)
{
    const auto &table = commands();
    if (args.positional().size() > 1)
        return usageError("help: takes at most one command name");
    if (args.positional().size() == 1) {
        const std::string &name = args.positional().front();
        if (std::none_of(table.begin(), table.end(), [&](const Command &c) { return c.name == name; }))
            return usageError("help: unknown command '" + name + "'");
    }
    std::cout << usageText();
    return ExitReady;
}

} // namespace hpr::cli
