// `intune detect|remediate`: the decisions of the Intune Remediations scripts (installer/intune/), in the CLI so
// they are tested here; the .ps1 files only call these and pass the exit code on. docs/intune.md.
#include "commands.h"
#include "engine/plan.h"
#include "output.h"
#include "platform/adminpolicy.h"
#include "platform/device.h"
#include "platform/policyrules.h"
#include "platform/remediation.h"

#include <spdlog/spdlog.h>

namespace hpr::cli {

namespace {

/// What Intune shows in its "pre/post-remediation detection output" column.
struct Outcome
{
    int exitCode = 0;
    std::string line;
};

std::string blockerList(const std::vector<Blocker> &blockers)
{
    std::string out;
    for (const auto &b : blockers)
        out += (out.empty() ? "" : ", ") + b.check + " (" + toString(b.category) + ")";
    return out;
}

std::string checkList(const Assessment &a, CheckStatus status)
{
    std::string out;
    for (const auto &c : a.checks)
        if (c.status == status)
            out += (out.empty() ? "" : ", ") + c.id;
    return out;
}

std::string changeList(const Plan &p)
{
    std::string out;
    for (const auto &c : p.changes)
        out += (out.empty() ? "" : ", ") + c.name + "=" + c.after.displayData();
    return out;
}

Outcome detect(Remediation &r, const AdminPolicy &policy, const CycleOptions &options)
{
    auto a = r.assessNow(options.assess);
    if (!a)
        return {0, "could not assess this device (" + a.error().detail + "); nothing to remediate"};
    auto p = makePlan(*a, options.plan);
    if (!p)
        return {0, "could not plan (" + p.error().detail + "); nothing to remediate"};
    auto st = r.status();
    const std::string phase = st ? st->phase : "unknown";
    const bool assessOnly = policy.assessOnly.value_or(false);
    switch (a->verdict) {
    case Verdict::Ready: return {0, "ready for hotpatch updates"};
    case Verdict::Blocked: return {0, "blocked, not fixable by this remediation: " + blockerList(a->blockers)};
    case Verdict::Undetermined:
        return {0, "undetermined (not remediated): unknown " + checkList(*a, CheckStatus::Unknown)};
    case Verdict::ReadyAfterFixes: break;
    }
    if (!p->changes.empty()) {
        if (assessOnly)
            return {0, "not ready, fixable (" + changeList(*p) + "), but the admin policy AssessOnly=1 (" +
                           policy.originOf("AssessOnly") + ") forbids changes"};
        return {1, "not ready, fixable here: " + changeList(*p) + (p->restartNeeded ? "; then one restart" : "")};
    }
    // Nothing left to write: only the restart is missing.
    if (phase == "restart_scheduled")
        return {0, "fixes applied; " + st->text};
    if (policy.remediationSchedulesRestart.value_or(false) && !assessOnly)
        return {1, "ready after a restart; the admin policy RemediationSchedulesRestart=1 lets the remediation "
                   "schedule it"};
    return {0, "ready after a restart, which is left to the update ring (" +
                   std::string(p->restartReasons.empty() ? "restart pending" : p->restartReasons.front()) + ")"};
}

Outcome remediate(Remediation &r, Device &device, const std::string &stateDir, const AdminPolicy &policy,
                  const CycleOptions &options, int inMinutes)
{
    if (Status allowed = checkChangesAllowed(policy, "remediation"); !allowed)
        return {1, allowed.error().detail};
    auto applied = r.apply(options);
    if (!applied)
        return {1, "apply failed: " + applied.error().detail};
    if (applied->outcome == "refused_blocked")
        return {1, "blocked, nothing changed: " + blockerList(applied->plan.blockers)};
    std::string line = applied->outcome == "applied" ? "applied " + std::to_string(applied->written.size()) +
                                                           " change(s) (journaled; undo: " + kProgram +
                                                           " rollback --device " + device.spec() + ")"
                                                     : "nothing to change";
    if (!applied->plan.restartNeeded)
        return {0, line + "; no restart needed"};
    if (!policy.remediationSchedulesRestart.value_or(false))
        return {0, line + "; the restart is left to the update ring (admin policy RemediationSchedulesRestart "
                          "is not 1)"};
    RestartWhen when;
    when.kind = RestartWhen::InMinutes;
    when.minutes = inMinutes;
    auto fitted = fitRestartWindow(policy, when, device, true);
    if (!fitted)
        return {1, line + "; restart not scheduled: " + fitted.error().detail};
    const std::string verify =
        std::string(kProgram) + " verify --device \"" + device.spec() + "\" --state-dir \"" + stateDir + "\"";
    auto sr = r.scheduleRestart(*fitted, "", false, options.assess, verify);
    if (!sr)
        return {1, line + "; restart not scheduled: " + sr.error().detail};
    return {0, line + "; one restart scheduled for " + sr->at + " UTC (RemediationSchedulesRestart=1, " +
                   policy.originOf("RemediationSchedulesRestart") + "), verification after it"};
}

} // namespace

std::string intuneLine(std::string text)
{
    for (char &c : text)
        if (c == '\n' || c == '\r' || c == '\t')
            c = ' ';
    text = "Hotpatch Ready " + std::string(HPR_VERSION) + ": " + text;
    if (text.size() > kIntuneLineMax) {
        std::size_t cut = kIntuneLineMax - 3;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
            --cut; // never split a UTF-8 sequence
        text = text.substr(0, cut) + "...";
    }
    return text;
}

int runIntune(const Arguments &args)
{
    // Intune's contract, not the usual exit codes: 0 or 1 only, one line on stdout, nothing on stderr.
    const auto &pos = args.positional();
    const std::string mode = pos.size() == 1 ? pos.front() : std::string();
    auto finish = [&](const Outcome &o) {
        const std::string line = intuneLine(o.line);
        spdlog::info("intune {}: exit {}: {}", mode, o.exitCode, line);
        (void)writeStdout(line + "\n");
        return o.exitCode;
    };
    if (mode != "detect" && mode != "remediate")
        return finish({1, "usage: intune detect|remediate [--device SPEC] [--state-dir DIR] (got '" +
                              (pos.empty() ? std::string() : pos.front()) + "')"});
    // What stops the run: detection says 0 (a remediation could not help), remediation 1 (not remediated).
    auto failed = [&](const std::string &what) { return finish({mode == "detect" ? 0 : 1, what}); };

    CycleOptions options;
    options.assess.asOf = args.valueOr("--as-of", "");
    if (!options.assess.asOf.empty() && !isIsoDate(options.assess.asOf))
        return failed("--as-of '" + options.assess.asOf + "' is not a valid date (YYYY-MM-DD)");
    if (const auto m = args.value("--method"); m && !fixMethodFromString(*m, options.plan.method))
        return failed("unknown --method '" + *m + "' (use auto, registry or local-policy)");
    options.plan.requireDma = args.has("--require-dma");
    options.plan.memoryIntegrity = args.has("--memory-integrity");
    int inMinutes = 60;
    if (auto in = args.value("--in")) {
        try {
            std::size_t used = 0;
            inMinutes = std::stoi(*in, &used);
            if (used != in->size() || inMinutes < 5 || inMinutes > 10080)
                throw std::invalid_argument("range");
        } catch (...) {
            return failed("--in '" + *in + "' is not a number of minutes (5-10080)");
        }
    }
    const std::string spec = args.valueOr("--device", "local");
    const std::string stateDir = stateDirOf(args);
    auto device = openDevice(spec, DeviceOptions{stateDir});
    if (!device)
        return failed("cannot open the device: " + device.error().detail);
    auto policy = loadAdminPolicy(device->get());
    if (!policy)
        return failed(policy.error().detail);
    Remediation r(**device, stateDir);
    if (mode == "detect")
        return finish(detect(r, *policy, options));
    return finish(remediate(r, **device, stateDir, *policy, options, inMinutes));
}

} // namespace hpr::cli
