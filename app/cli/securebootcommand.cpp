// `secureboot plan|apply|verify|rollback`: the opt-in Secure Boot 2023 certificate update, separate from the
// hotpatch cycle (docs/cli.md, docs/secureboot.md).
#include "commands.h"
#include "engine/durablefile.h"
#include "output.h"
#include "platform/device.h"
#include "platform/securebootupdate.h"

#include <nlohmann/json.hpp>

namespace hpr::cli {

namespace {

int printOut(const std::string &text)
{
    if (Status s = writeStdout(text); !s)
        return reportError(s.error());
    return ExitReady;
}

nlohmann::json planJson(const SecureBootPlan &p)
{
    const auto *c = p.assessment.check("HP-SECUREBOOT-CA2023");
    auto reg = [](const std::optional<RegValue> &v) {
        return v ? nlohmann::json{{"type", toString(v->type)}, {"data", v->displayData()}} : nlohmann::json(nullptr);
    };
    return {{"check", c ? nlohmann::json{{"status", toString(c->status)}, {"summary", c->summary}} : nullptr},
            {"change",
             {{"key", "HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecureBoot"},
              {"name", "AvailableUpdates"},
              {"before", reg(p.before)},
              {"after", reg(p.after)}}},
            {"bitlocker", p.bitlocker},
            {"refusal", p.refusal},
            {"nothing_to_do", p.nothingToDo},
            {"notes", p.notes}};
}

} // namespace

int runSecureBoot(const Arguments &args)
{
    const auto &pos = args.positional();
    if (pos.size() != 1)
        return usageError(pos.empty() ? "secureboot: say what to do: plan, apply, verify or rollback"
                                      : "secureboot: unexpected argument '" + pos[1] + "'");
    const std::string action = pos.front();
    if (action != "plan" && action != "apply" && action != "verify" && action != "rollback")
        return usageError("secureboot: unknown action '" + action + "' (use plan, apply, verify or rollback)");
    const auto spec = args.value("--device");
    if (!spec)
        return usageError("secureboot: the option --device SPEC is required (local or sim:PROFILE)");
    AssessOptions assessOptions;
    assessOptions.asOf = args.valueOr("--as-of", "");
    if (!assessOptions.asOf.empty() && !isIsoDate(assessOptions.asOf))
        return usageError("secureboot: --as-of '" + assessOptions.asOf + "' is not a valid date (YYYY-MM-DD)");
    const std::string format = args.valueOr("--format", "text");
    if (format != "text" && format != "json")
        return usageError("secureboot: unknown --format '" + format + "' (use text or json)");
    int restarts = 0;
    if (auto n = args.value("--suspend-bitlocker")) {
        if (action != "apply")
            return usageError("secureboot: --suspend-bitlocker belongs to 'secureboot apply'");
        if (n->size() > 2 || n->find_first_not_of("0123456789") != std::string::npos || std::stoi(*n) < 1 ||
            std::stoi(*n) > 15)
            return usageError("secureboot: --suspend-bitlocker '" + *n +
                              "' is not a number of restarts from 1 to 15 (manage-bde -RebootCount)");
        restarts = std::stoi(*n);
    }
    if (args.has("--confirm") && action != "apply")
        return usageError("secureboot: --confirm belongs to 'secureboot apply'");

    const std::string stateDir = stateDirOf(args);
    auto device = openDevice(*spec, DeviceOptions{stateDir});
    if (!device)
        return reportError(device.error());
    SecureBootUpdate update(**device, stateDir);
    const bool json = format == "json";

    if (action == "plan") {
        auto p = update.plan(assessOptions);
        if (!p)
            return reportError(p.error(), "secureboot plan");
        printOut(json ? planJson(*p).dump(2) + "\n" : secureBootPlanText(*p));
        return p->refusal.empty() ? ExitReady : ExitNotReady;
    }
    if (action == "apply") {
        SecureBootApplyOptions o;
        o.confirm = args.has("--confirm");
        o.suspendBitLockerRestarts = restarts;
        o.assess = assessOptions;
        auto r = update.apply(o);
        if (!r)
            return reportError(r.error(), "secureboot apply");
        if (json)
            printOut(nlohmann::json{{"outcome", r->outcome},
                                    {"plan", planJson(r->plan)},
                                    {"bitlocker_suspended", r->bitlockerSuspended}}
                         .dump(2) +
                     "\n");
        else
            printOut(secureBootApplyText(*r));
        if (r->outcome == "needs_confirmation")
            return ExitBadInput;
        return r->outcome == "refused" ? ExitNotReady : ExitReady;
    }
    if (action == "rollback") {
        auto r = update.rollback();
        if (!r)
            return reportError(r.error(), "secureboot rollback");
        std::string text = rollbackResultText(*r);
        if (!r->nothingToDo)
            text += "Certificates the firmware already holds stay there; only further steps stop.\n";
        return printOut(text);
    }
    auto v = update.verify(assessOptions);
    if (!v)
        return reportError(v.error(), "secureboot verify");
    if (json) {
        auto text = readWholeFile(update.folder() + "/verification.json");
        printOut(text ? *text : std::string("{}\n"));
    } else {
        printOut(v->text + "Saved: " + update.folder() + "/verification.json\n");
    }
    if (v->phase == "updated")
        return ExitReady;
    return v->phase == "unknown" ? ExitUndetermined : ExitNotReady;
}

} // namespace hpr::cli
