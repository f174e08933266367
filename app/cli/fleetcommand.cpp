// `fleet import DIR` and `fleet summary`: the fleet store (app/fleet). Windows builds have no store.
#include "commands.h"
#include "output.h"

#ifdef HPR_HAVE_FLEET_STORE
#include "fleet/fleetstore.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>
#endif

namespace hpr::cli {

#ifndef HPR_HAVE_FLEET_STORE

int runFleet(const Arguments &)
{
    return reportError(makeError(ErrorCode::NotSupported,
                                 "fleet: this build has no fleet store (the Windows build is cross-compiled without "
                                 "SQLite and PostgreSQL); import and summarize reports with the Linux build"));
}

#else

namespace {

std::string storeOf(const Arguments &args)
{
    if (auto db = args.value("--db"))
        return *db;
    return stateDirOf(args) + "/" + fleet::kFleetStoreFile;
}

int runImport(const Arguments &args)
{
    if (args.positional().size() != 2)
        return usageError("fleet import: give one folder (or file) of JSON reports: fleet import DIR [--db DB]");
    if (args.has("--format"))
        return usageError("fleet import: --format applies to fleet summary only");
    // Checked first, so bad input never leaves a new empty store behind.
    std::error_code ec;
    if (!std::filesystem::exists(args.positional()[1], ec))
        return reportError(makeError(ErrorCode::NotFound, "no such file or folder: " + args.positional()[1]),
                           "fleet import");
    auto store = fleet::FleetStore::open(storeOf(args), true);
    if (!store)
        return reportError(store.error(), "fleet import");
    fleet::ImportOptions options;
    options.ringsCsv = args.valueOr("--rings", "");
    options.progress = [](std::size_t done, std::size_t total) {
        std::fprintf(stderr, "fleet import: %zu of %zu files\n", done, total);
    };
    auto result = store->import(args.positional()[1], options);
    if (!result)
        return reportError(result.error(), "fleet import");
    std::string text =
        "Imported " + std::to_string(result->imported) + " new reports from " + std::to_string(result->files) +
        " files into " + store->location() + " in " + std::to_string(static_cast<int>(result->seconds * 1000)) +
        " ms: " + std::to_string(result->alreadyStored) + " already stored, " + std::to_string(result->skipped.size()) +
        " skipped, " + std::to_string(result->devicesUpdated) + " devices updated";
    if (result->rings)
        text += ", " + std::to_string(result->rings) + " ring assignments";
    text += ".\n";
    if (Status s = writeStdout(text); !s)
        return reportError(s.error());
    for (const fleet::SkippedFile &f : result->skipped)
        std::cerr << kProgram << ": skipped " << f.reason << '\n';
    if (!result->skipped.empty()) {
        std::cerr << kProgram << ": " << result->skipped.size()
                  << " files were not imported (listed above); the others were\n";
        return ExitBadInput;
    }
    return ExitReady;
}

int runSummary(const Arguments &args)
{
    if (args.positional().size() != 1)
        return usageError("fleet summary: unexpected argument '" + args.positional()[1] + "'");
    if (args.has("--rings"))
        return usageError("fleet summary: --rings applies to fleet import only");
    const std::string format = args.valueOr("--format", "text");
    if (format != "text" && format != "json" && format != "csv")
        return usageError("fleet summary: unknown format '" + format + "' (use text, json or csv)");
    auto store = fleet::FleetStore::open(storeOf(args), false);
    if (!store)
        return reportError(store.error(), "fleet summary");
    auto summary = store->summary();
    if (!summary)
        return reportError(summary.error(), "fleet summary");
    std::string text;
    if (format == "json")
        text = fleet::summaryToJson(*summary).dump(2) + "\n";
    else if (format == "csv")
        text = fleet::summaryToCsv(*summary);
    else
        text = fleet::summaryToText(*summary, store->location());
    if (Status s = writeStdout(text); !s)
        return reportError(s.error());
    return ExitReady;
}

} // namespace

int runFleet(const Arguments &args)
{
    const auto &p = args.positional();
    if (p.empty())
        return usageError("fleet: give a subcommand: fleet import DIR or fleet summary");
    if (p[0] == "import")
        return runImport(args);
    if (p[0] == "summary")
        return runSummary(args);
    return usageError("fleet: unknown subcommand '" + p[0] + "' (use import or summary)");
}

#endif

} // namespace hpr::cli
