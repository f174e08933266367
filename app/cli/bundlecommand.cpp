#include "commands.h"
#include "engine/durablefile.h"
#include "engine/releasetable.h"
#include "engine/report.h"
#include "output.h"
#include "platform/device.h"
#include "platform/diagnosticbundle.h"
#include "platform/logging.h"

#include <cctype>
#include <optional>

namespace hpr::cli {

namespace {

/// hotpatch-ready-bundle-<device>-<UTC time>.zip, safe on every file system.
std::string defaultBundleName(const std::string &stateKey)
{
    std::string stamp; // "2026-11-25T19:04:05Z" -> "20261125-190405Z"
    for (char c : nowIsoUtc())
        if (c != '-' && c != ':')
            stamp += c == 'T' ? '-' : c;
    std::string key;
    for (char c : stateKey)
        key += (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_') ? c : '_';
    return "hotpatch-ready-bundle-" + key + "-" + stamp + ".zip";
}

} // namespace

int runBundle(const Arguments &args)
{
    if (!args.positional().empty())
        return usageError("bundle: unexpected argument '" + args.positional().front() + "'");
    const std::optional<std::string> spec = args.value("--device");
    if (!spec)
        return usageError("bundle: the option --device SPEC is required (local, sim:PROFILE or evidence:PATH)");
    BundleOptions options;
    options.deviceSpec = *spec;
    options.stateDir = stateDirOf(args);
    if (const std::string logFile = log::logFilePath(); !logFile.empty())
        options.logFiles.push_back(logFile); // this run's log (docs/logging.md), already redacted
    options.assess.asOf = args.valueOr("--as-of", "");
    if (!options.assess.asOf.empty() && !isIsoDate(options.assess.asOf))
        return usageError("bundle: --as-of '" + options.assess.asOf + "' is not a valid date (YYYY-MM-DD)");
    if (const std::optional<std::string> out = args.value("--output")) {
        if (Status s = checkOutputPath(*out); !s)
            return reportError(s.error());
    }
    std::optional<ReleaseTable> table;
    if (int code = loadReleaseTableOption(args, table); code != ExitReady)
        return code;
    options.assess.table = table ? &*table : nullptr;

    Expected<std::unique_ptr<Device>> device = openDevice(*spec, DeviceOptions{options.stateDir});
    if (!device)
        return reportError(device.error());
    const std::string path = args.valueOr("--output", defaultBundleName((*device)->stateKey()));

    Expected<Bundle> bundle = makeDiagnosticBundle(**device, options);
    if (!bundle)
        return reportError(bundle.error(), "making the bundle of " + *spec);
    if (Status s = writeFileDurably(path, bundle->zip); !s)
        return reportError(s.error());

    std::string text = "Diagnostic bundle written: " + path + " (" + std::to_string(bundle->zip.size()) +
                       " bytes, verdict " + toString(bundle->verdict) + ")\n";
    for (const BundleFile &f : bundle->files)
        text += "  " + f.name + "  " + f.what + "\n";
    for (const std::string &s : bundle->skipped)
        text += "  not included: " + s + "\n";
    text += "Attach this one file to the ticket. Nothing on the device was changed.\n";
    if (Status s = writeStdout(text); !s)
        return reportError(s.error());
    return ExitReady;
}

} // namespace hpr::cli
