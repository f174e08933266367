#include "commands.h"
#include "engine/assessment.h"
#include "engine/htmlreport.h"
#include "engine/releasetable.h"
#include "engine/report.h"
#include "output.h"
#include "platform/device.h"
#include "platform/policyrules.h"
#include "platform/securebootupdate.h"

#include <chrono>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>

namespace hpr::cli {

namespace {

enum class Format { Text, Json, Csv, Html };

std::optional<Format> parseFormat(const std::string &name)
{
    if (name == "text")
        return Format::Text;
    if (name == "json")
        return Format::Json;
    if (name == "csv")
        return Format::Csv;
    if (name == "html")
        return Format::Html;
    return std::nullopt;
}

} // namespace

int runAssess(const Arguments &args)
{
    if (!args.positional().empty())
        return usageError("assess: unexpected argument '" + args.positional().front() + "'");
    const std::optional<std::string> spec = args.value("--device");
    if (!spec)
        return usageError("assess: the option --device SPEC is required (local or sim:PROFILE)");
    const std::string formatName = args.valueOr("--format", "text");
    const std::optional<Format> format = parseFormat(formatName);
    if (!format)
        return usageError("assess: unknown format '" + formatName + "' (use text, json, csv or html)");
    const std::string asOf = args.valueOr("--as-of", "");
    if (!asOf.empty() && !isIsoDate(asOf))
        return usageError("assess: --as-of '" + asOf + "' is not a valid date (YYYY-MM-DD)");
    const std::optional<std::string> output = args.value("--output");
    // Checked before probing, so a typo in the path fails fast and never after a slow probe.
    if (output) {
        if (Status s = checkOutputPath(*output); !s)
            return reportError(s.error());
    }

    std::optional<ReleaseTable> table;
    if (int code = loadReleaseTableOption(args, table); code != ExitReady)
        return code;

    Expected<std::unique_ptr<Device>> device = openDevice(*spec, DeviceOptions{args.valueOr("--state-dir", "")});
    if (!device)
        return reportError(device.error()); // its text names the spec or the profile file
    // The admin policy (the device's registry, or the policy file): an invalid value stops here, before any probe.
    Expected<AdminPolicy> policy = loadAdminPolicy(device->get());
    if (!policy)
        return reportError(policy.error(), "assess");
    Expected<DeviceFacts> facts = (*device)->probe();
    if (!facts)
        return reportError(facts.error(), "probing " + *spec);
    // Evidence files: what was read, where the files disagree and what was not understood (docs/evidence.md).
    if (spec->rfind("evidence:", 0) == 0)
        std::cerr << (*device)->description() << '\n';

    const Assessment assessment = assess(std::move(*facts), AssessOptions{asOf, table ? &*table : nullptr});
    ReportContext context;
    context.deviceSpec = *spec;
    context.generatedAt = nowIsoUtc();
    // The opt-in Secure Boot update's before/after, when its journal is in the state folder (docs/secureboot.md).
    // A simulated device without --state-dir starts from its profile, so it has no opt-in to show.
    if (const std::string sbState = spec->rfind("sim:", 0) == 0 ? args.valueOr("--state-dir", "") : stateDirOf(args);
        !sbState.empty() && spec->rfind("evidence:", 0) != 0) {
        auto optIn = SecureBootUpdate(**device, sbState).optInRecord(assessment);
        if (!optIn)
            return reportError(optIn.error(), "assess");
        context.secureBootOptIn = std::move(*optIn);
    }

    std::string text;
    switch (*format) {
    case Format::Text: {
        const bool colour = !output && !args.has("--no-color") && !noColorRequested() && stdoutSupportsColour();
        text = reportToText(assessment, context, colour);
        break;
    }
    case Format::Json: text = reportToJsonText(assessment, context); break;
    case Format::Csv: text = csvHeader() + reportToCsvRow(assessment, context); break;
    case Format::Html: text = reportToHtml(assessment, context); break;
    }

    const Status written = output ? writeFileAtomically(*output, text) : writeStdout(text);
    if (!written)
        return reportError(written.error());
    // ReportFolder: a JSON copy for the IT department, whatever format was asked for here.
    const std::string host = assessment.facts.hostname.isKnown() ? assessment.facts.hostname.value() : "device";
    auto copy = copyToReportFolder(*policy, host, "json", reportToJsonText(assessment, context));
    if (!copy)
        std::cerr << kProgram << ": warning: " << copy.error().detail << '\n';
    return exitCodeFor(assessment.verdict);
}

} // namespace hpr::cli
