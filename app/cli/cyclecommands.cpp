// The remediation cycle: plan, apply, rollback, schedule-reboot, cancel-reboot, verify, status, sim-boot.
#include "commands.h"
#include "engine/durablefile.h"
#include "engine/plan.h"
#include "engine/report.h"
#include "output.h"
#include "platform/device.h"
#include "platform/policyrules.h"
#include "platform/remediation.h"
#include "platform/sim/simdevice.h"

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <optional>

namespace hpr::cli {

namespace {

struct Session
{
    std::unique_ptr<Device> device;
    std::string stateDir;
    std::string spec;
    CycleOptions options;
    AdminPolicy policy;
};

/// Common start of every cycle command: --device, --state-dir, --as-of, plan options.
std::optional<Session> open(const char *command, const Arguments &args, int &exitCode)
{
    if (!args.positional().empty()) {
        exitCode = usageError(std::string(command) + ": unexpected argument '" + args.positional().front() + "'");
        return std::nullopt;
    }
    const std::optional<std::string> spec = args.value("--device");
    if (!spec) {
        exitCode = usageError(std::string(command) + ": the option --device SPEC is required (local or sim:PROFILE)");
        return std::nullopt;
    }
    Session s;
    s.spec = *spec;
    s.stateDir = stateDirOf(args);
    s.options.assess.asOf = args.valueOr("--as-of", "");
    if (!s.options.assess.asOf.empty() && !isIsoDate(s.options.assess.asOf)) {
        exitCode = usageError(std::string(command) + ": --as-of '" + s.options.assess.asOf +
                              "' is not a valid date (YYYY-MM-DD)");
        return std::nullopt;
    }
    if (const auto m = args.value("--method")) {
        if (!fixMethodFromString(*m, s.options.plan.method)) {
            exitCode = usageError(std::string(command) + ": unknown --method '" + *m +
                                  "' (use auto, registry or local-policy)");
            return std::nullopt;
        }
    }
    s.options.plan.requireDma = args.has("--require-dma");
    s.options.plan.memoryIntegrity = args.has("--memory-integrity");
    s.options.force = args.has("--force");
    s.options.dryRun = args.has("--dry-run");
    auto device = openDevice(*spec, DeviceOptions{s.stateDir});
    if (!device) {
        exitCode = reportError(device.error());
        return std::nullopt;
    }
    s.device = std::move(*device);
    auto policy = loadAdminPolicy(s.device.get());
    if (!policy) {
        exitCode = reportError(policy.error(), command);
        return std::nullopt;
    }
    s.policy = std::move(*policy);
    return s;
}

bool wantsJson(const Arguments &args)
{
    return args.valueOr("--format", "text") == "json";
}

int print(const std::string &text)
{
    if (Status s = writeStdout(text); !s)
        return reportError(s.error());
    return ExitReady;
}

std::string quote(const std::string &s)
{
    return "\"" + s + "\"";
}

} // namespace

int runPlan(const Arguments &args)
{
    int code = 0;
    auto s = open("plan", args, code);
    if (!s)
        return code;
    Remediation r(*s->device, s->stateDir);
    auto a = r.assessNow(s->options.assess);
    if (!a)
        return reportError(a.error());
    auto p = makePlan(*a, s->options.plan);
    if (!p)
        return reportError(p.error());
    if (Status w = writeStdout(wantsJson(args) ? planToJson(*p).dump(2) + "\n" : planToText(*p)); !w)
        return reportError(w.error());
    return exitCodeFor(a->verdict);
}

int runApply(const Arguments &args)
{
    int code = 0;
    auto s = open("apply", args, code);
    if (!s)
        return code;
    if (!s->options.dryRun)
        if (Status allowed = checkChangesAllowed(s->policy, "apply"); !allowed)
            return reportError(allowed.error());
    Remediation r(*s->device, s->stateDir);
    auto result = r.apply(s->options);
    if (!result)
        return reportError(result.error(), "apply");
    print(applyResultText(*result));
    if (result->outcome == "refused_blocked")
        return ExitNotReady;
    return ExitReady;
}

int runRollback(const Arguments &args)
{
    int code = 0;
    auto s = open("rollback", args, code);
    if (!s)
        return code;
    Remediation r(*s->device, s->stateDir);
    auto result = r.rollback();
    if (!result)
        return reportError(result.error(), "rollback");
    // AssessOnly forbids new changes, not undoing this tool's own (docs/admin-policy.md).
    if (s->policy.assessOnly.value_or(false) && !result->nothingToDo)
        print("Note: the admin policy AssessOnly=1 (" + s->policy.originOf("AssessOnly") +
              ") allows rollback: it only restores the values from before this tool's changes.\n");
    return print(rollbackResultText(*result));
}

int runScheduleReboot(const Arguments &args)
{
    int code = 0;
    auto s = open("schedule-reboot", args, code);
    if (!s)
        return code;
    if (Status allowed = checkChangesAllowed(s->policy, "schedule-reboot"); !allowed)
        return reportError(allowed.error());
    RestartWhen when;
    const int chosen = int(args.has("--now")) + int(args.has("--in")) + int(args.has("--at"));
    if (chosen > 1 || (chosen == 0 && !args.has("--next-window")))
        return usageError("schedule-reboot: give exactly one of --now, --in MINUTES, --at HH:MM (or --next-window)");
    if (auto in = args.value("--in")) {
        when.kind = RestartWhen::InMinutes;
        try {
            std::size_t used = 0;
            when.minutes = std::stoi(*in, &used);
            if (used != in->size() || when.minutes < 0 || when.minutes > 10080)
                throw std::invalid_argument("range");
        } catch (...) {
            return usageError("schedule-reboot: --in '" + *in + "' is not a number of minutes (0-10080)");
        }
    } else if (auto at = args.value("--at")) {
        when.kind = RestartWhen::AtTime;
        if (at->size() != 5 || (*at)[2] != ':' || !std::isdigit((unsigned char)(*at)[0]) ||
            !std::isdigit((unsigned char)(*at)[1]) || !std::isdigit((unsigned char)(*at)[3]) ||
            !std::isdigit((unsigned char)(*at)[4]))
            return usageError("schedule-reboot: --at '" + *at + "' is not a time HH:MM");
        when.hour = std::stoi(at->substr(0, 2));
        when.minute = std::stoi(at->substr(3, 2));
        if (when.hour > 23 || when.minute > 59)
            return usageError("schedule-reboot: --at '" + *at + "' is not a time of day");
    }
    auto fitted = fitRestartWindow(s->policy, when, *s->device, args.has("--next-window"));
    if (!fitted)
        return reportError(fitted.error(), "schedule-reboot");
    when = *fitted;
    Remediation r(*s->device, s->stateDir);
    const std::string verify =
        std::string(kProgram) + " verify --device " + quote(s->spec) + " --state-dir " + quote(s->stateDir);
    auto sr = r.scheduleRestart(when, args.valueOr("--message", ""), s->options.force, s->options.assess, verify);
    if (!sr)
        return reportError(sr.error(), "schedule-reboot");
    return print("Restart scheduled for " + sr->at + " (UTC). The signed-in user sees: \"" + sr->message +
                 "\"\nAfter the restart the verification runs by itself: " + verify + "\nTo cancel: " + kProgram +
                 " cancel-reboot --device " + quote(s->spec) + " --state-dir " + quote(s->stateDir) + "\n");
}

int runCancelReboot(const Arguments &args)
{
    int code = 0;
    auto s = open("cancel-reboot", args, code);
    if (!s)
        return code;
    Remediation r(*s->device, s->stateDir);
    if (Status st = r.cancelRestart(); !st)
        return reportError(st.error(), "cancel-reboot");
    return print("The scheduled restart and the post-restart verification were cancelled.\n");
}

namespace {

/// verify's output format: text (default), json or html; nullopt (after a usage error) for anything else.
std::optional<std::string> verifyFormat(const char *command, const Arguments &args, int &exitCode)
{
    const std::string format = args.valueOr("--format", "text");
    if (format == "text" || format == "json" || format == "html")
        return format;
    exitCode = usageError(std::string(command) + ": unknown format '" + format + "' (use text, json or html)");
    return std::nullopt;
}

int verifyAndPrint(Remediation &r, const Session &s, const std::string &format)
{
    auto v = r.verify(s.options.assess);
    if (!v)
        return reportError(v.error(), "verify");
    if (auto text = readWholeFile(r.folder() + "/verification.json")) {
        auto copy = copyToReportFolder(s.policy, s.device->stateKey() + "-verification", "json", *text);
        if (!copy)
            std::fprintf(stderr, "%s: warning: %s\n", kProgram, copy.error().detail.c_str());
    }
    if (format == "json" || format == "html") {
        auto text = readWholeFile(r.folder() + (format == "json" ? "/verification.json" : "/verification.html"));
        if (!text)
            return reportError(text.error(), "verify");
        print(*text);
    } else {
        print(v->text + "\nSaved: " + r.folder() + "/verification.json, verification.txt and verification.html\n");
    }
    return exitCodeFor(v->after.verdict);
}

} // namespace

int runVerify(const Arguments &args)
{
    int code = 0;
    const auto format = verifyFormat("verify", args, code);
    if (!format)
        return code;
    auto s = open("verify", args, code);
    if (!s)
        return code;
    Remediation r(*s->device, s->stateDir);
    return verifyAndPrint(r, *s, *format);
}

int runStatus(const Arguments &args)
{
    int code = 0;
    auto s = open("status", args, code);
    if (!s)
        return code;
    Remediation r(*s->device, s->stateDir);
    auto st = r.status();
    if (!st)
        return reportError(st.error(), "status");
    if (wantsJson(args))
        return print(nlohmann::json{{"phase", st->phase}, {"text", st->text}, {"state_folder", r.folder()}}.dump(2) +
                     "\n");
    return print(st->phase + ": " + st->text + "\n");
}

int runSimBoot(const Arguments &args)
{
    int code = 0;
    const auto format = verifyFormat("sim-boot", args, code);
    if (!format)
        return code;
    auto s = open("sim-boot", args, code);
    if (!s)
        return code;
    auto *sim = dynamic_cast<SimDevice *>(s->device.get());
    if (!sim)
        return usageError("sim-boot: only a simulated device (--device sim:PROFILE) can be restarted by this command");
    if (!args.has("--state-dir"))
        return usageError("sim-boot: give --state-dir DIR, where the simulated device keeps its state");
    auto outcome = sim->restart();
    if (!outcome)
        return reportError(outcome.error(), "sim-boot");
    print(std::string("Simulated restart ") + (outcome->wasScheduled ? "(the scheduled one)" : "(none was scheduled)") +
          " done; restarts of this simulated device so far: " + std::to_string(outcome->restartsSinceOpened) + ".\n");
    if (outcome->resumeCommand.empty())
        return ExitReady;
    print("Running the registered post-restart verification: " + outcome->resumeCommand + "\n\n");
    Remediation r(*s->device, s->stateDir);
    return verifyAndPrint(r, *s, *format);
}

} // namespace hpr::cli
