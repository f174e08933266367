#pragma once
// The fleet store: JSON reports of many devices in SQLite (a file, the default) or PostgreSQL (a
// postgresql:// URI). Import is idempotent (content hash), the latest report per device wins, every report is
// kept for trends, and one import is one transaction. Qt-free; built natively only (no mingw SQLite/libpq).

#include "engine/expected.h"
#include "reportrecord.h"
#include "sqldatabase.h"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

namespace hpr::fleet {

/// How an import runs.
struct ImportOptions
{
    std::string ringsCsv; ///< optional "hostname,ring" file (pilot rings); checked before anything is written
    unsigned threads = 0; ///< parser threads; 0 = one per core
    /// Called from the importing thread now and then (files looked at so far, files in all).
    std::function<void(std::size_t done, std::size_t total)> progress;
    /// From this many files on, the summary indexes are dropped and rebuilt once at the end of the transaction.
    std::size_t bulkFiles = 5000;
    /// Fault injection for the tests: the store write fails after this many new reports (0 = never).
    std::size_t failAfterReports = 0;
};

/// A file that was not imported, and why.
struct SkippedFile
{
    std::string path;
    std::string reason;
};

struct ImportResult
{
    std::size_t files = 0;          ///< *.json files found
    std::size_t imported = 0;       ///< new reports stored
    std::size_t alreadyStored = 0;  ///< same content as a stored report (or twice in this import)
    std::size_t devicesUpdated = 0; ///< devices whose latest report changed
    std::size_t rings = 0;          ///< ring assignments read from the rings file
    std::vector<SkippedFile> skipped;
    double seconds = 0;
};

/// Counts over the latest report of every device.
struct Summary
{
    struct Ring
    {
        std::int64_t devices = 0;
        std::int64_t ready = 0;
        bool operator==(const Ring &) const = default;
    };
    std::int64_t devices = 0;
    std::int64_t reports = 0; ///< every report in the store (history included); 0 when computed from rows
    std::map<std::string, std::int64_t> byVerdict;         ///< all four verdicts, zeros included
    std::map<std::string, std::int64_t> byBlockerCategory; ///< devices blocked for each category
    std::map<std::string, std::int64_t> byBlocker;         ///< devices blocked by each check
    std::map<std::string, std::int64_t> byArch;
    std::map<std::string, std::int64_t> byBuild;    ///< "26100.8875"
    std::map<std::string, std::int64_t> byBaseline; ///< update.baseline_status
    std::map<std::string, Ring> byRing;             ///< "(no ring)" for devices without one
    bool operator==(const Summary &) const = default;
};

/// One device: its latest report.
struct DeviceRow
{
    std::string key; ///< HOSTNAME/serial
    std::string hostname, serial, manufacturer, model;
    std::string verdict, arch, build, edition, baseline, ring; ///< ring empty when none
    std::string generatedAt, asOf;
    std::vector<Blocker> blockers;
};

/// One report of the history: which device (index into the device rows), when, and its verdict.
struct HistoryEntry
{
    std::uint32_t device = 0;
    std::string generatedAt;
    std::string verdict;
};

/// Everything the dashboard shows.
struct FleetData
{
    std::vector<DeviceRow> devices;    ///< sorted by key
    std::vector<HistoryEntry> history; ///< sorted by time
};

/// Devices ready at the end of a month, counting each device's latest report up to then.
struct MonthPoint
{
    std::string month; ///< "2026-07"
    std::int64_t devices = 0;
    std::int64_t ready = 0;
};

inline constexpr const char *kNoRing = "(no ring)";
inline constexpr const char *kFleetStoreFile = "fleet.sqlite";

class FleetStore
{
public:
    /// Opens the store: a postgresql:// or postgres:// URI, else an SQLite file path. With create, a missing
    /// SQLite file (and its folder) is created and the tables are made; without, a missing file is NotFound.
    static Expected<FleetStore> open(const std::string &location, bool create);

    /// Imports every *.json file under path (recursively; path may also be one file), in one transaction.
    Expected<ImportResult> import(const std::string &path, const ImportOptions &options = {});
    /// The counts, computed by the database.
    Expected<Summary> summary();
    /// Every device with its latest report, and the history.
    Expected<FleetData> load();

    const std::string &location() const { return m_location; } ///< password redacted
    std::string kind() const { return m_db->kind(); }

private:
    FleetStore(std::unique_ptr<SqlDatabase> db, std::string location);
    Status createSchema();
    Status prepareImport();
    Status store(const ReportRecord &record, const std::string &path, ImportResult &result);

    std::unique_ptr<SqlDatabase> m_db;
    std::string m_location;
};

/// The same counts as FleetStore::summary(), from device rows (the dashboard's filtered rows).
Summary summarize(const std::vector<const DeviceRow *> &rows);
/// Readiness per month from the history, counting only devices for which include(device index) is true.
std::vector<MonthPoint> readinessByMonth(const std::vector<HistoryEntry> &history, std::size_t deviceCount,
                                         const std::function<bool(std::uint32_t)> &include);

/// {"devices": N, "reports": M, "by_verdict": {...}, "by_blocker_category": ..., "by_blocker": ...,
///  "by_architecture": ..., "by_build": ..., "by_baseline": ..., "by_ring": {"ring": {"devices", "ready"}}}
nlohmann::json summaryToJson(const Summary &summary);
std::string summaryToText(const Summary &summary, const std::string &location);
/// "dimension,value,devices,ready" rows (ready only for rings; RFC 4180 quoting).
std::string summaryToCsv(const Summary &summary);
/// The device rows as CSV (the dashboard's export; the same quoting).
std::string devicesToCsv(const std::vector<const DeviceRow *> &rows);

/// Whether a store location names PostgreSQL rather than an SQLite file.
bool isPostgresUri(const std::string &location);

} // namespace hpr::fleet
