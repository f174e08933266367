#pragma once
// The fleet store: JSON reports of many devices in SQLite (a file, the default) or PostgreSQL (a
// postgresql:// URI). Import is idempotent (content hash), the latest report per device wins, every report is
// kept for trends, and one import is one transaction. Qt-free; built natively only (no mingw SQLite/libpq).

#include "engine/expected.h"
#include "reportrecord.h"
#include "sqldatabase.h"

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <string_view>
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

/// The fields of a device whose values repeat across a fleet: FleetData keeps each as a number into the
/// field's dictionary.
enum class Field : std::uint8_t { Verdict, Manufacturer, Model, Arch, Build, Edition, Baseline, Ring, Blockers };
inline constexpr std::size_t kFieldCount = 9;
/// The verdicts in the order the dashboard counts them; FleetData's Verdict dictionary starts with them.
inline constexpr const char *kVerdictOrder[] = {"ready", "ready_after_fixes", "blocked", "undetermined"};

/// One report of the history: which device (index into FleetData), in which month (index into
/// FleetData::months), and whether it said ready.
struct HistoryEntry
{
    std::uint32_t device = 0;
    std::uint16_t month = 0;
    bool ready = false;
};

/// Texts that rarely repeat (host names, serials, times), one buffer for all devices.
class TextColumn
{
public:
    void push(std::string_view text);
    std::string_view operator[](std::size_t i) const
    {
        const std::uint32_t begin = i ? m_ends[i - 1] : 0;
        return std::string_view(m_chars).substr(begin, m_ends[i] - begin);
    }
    std::size_t size() const { return m_ends.size(); }
    void reserve(std::size_t count, std::size_t chars);

private:
    std::string m_chars;
    std::vector<std::uint32_t> m_ends;
};

/// The values of one repeating field: the distinct texts, and per device the index of its text.
struct Dictionary
{
    std::vector<std::string> values;
    std::vector<std::uint32_t> ids; ///< per device
    /// The index of a text, or values.size() when no device has it.
    std::uint32_t find(std::string_view value) const;
    /// Per value, its position in the values sorted by text (to sort devices by the field).
    std::vector<std::uint32_t> ranks() const;
};

/// Everything the dashboard shows, in columns: the latest report of every device (sorted by device key) and
/// the history. About 110 bytes a device, read from the store in one pass.
struct FleetData
{
    std::array<Dictionary, kFieldCount> fields;
    TextColumn hostname, serial, generatedAt, asOf;
    std::vector<std::vector<Blocker>> blockerSets; ///< the blockers of each value of Field::Blockers
    std::vector<std::string> months;               ///< "2026-07", ascending: the months of the history
    std::vector<HistoryEntry> history;             ///< in time order

    std::size_t size() const { return hostname.size(); }
    const Dictionary &field(Field f) const { return fields[static_cast<std::size_t>(f)]; }
    std::uint32_t id(Field f, std::uint32_t device) const { return field(f).ids[device]; }
    const std::string &value(Field f, std::uint32_t device) const { return field(f).values[id(f, device)]; }
    /// One device as a row.
    DeviceRow row(std::uint32_t device) const;
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
    /// Every device with its latest report, and the history, in columns (two queries, each read in one pass).
    Expected<FleetData> load();

    const std::string &location() const { return m_location; } ///< password redacted
    std::string kind() const { return m_db->kind(); }

private:
    FleetStore(std::unique_ptr<SqlDatabase> db, std::string location);
    Status createSchema();
    Status prepareImport();
    Status store(const ReportRecord &record, const std::string &path, ImportResult &result);
    /// PostgreSQL: the reports (with their files) in one pipeline of one statement each.
    Status storeBatch(const std::vector<std::pair<ReportRecord, std::string>> &reports, ImportResult &result,
                      std::size_t failAfterReports);
    Expected<FleetData> readColumns();

    std::unique_ptr<SqlDatabase> m_db;
    std::string m_location;
};

/// The same counts as FleetStore::summary(), row by row (a reference the tests hold the other two against).
Summary summarize(const std::vector<const DeviceRow *> &rows);
/// The same counts over some devices of the columns (indices into data; the dashboard's filtered devices).
Summary summarize(const FleetData &data, const std::vector<std::uint32_t> &devices);
/// Devices per value of a field (index into its dictionary) and verdict (kVerdictOrder; other values count as
/// undetermined), over some devices.
std::vector<std::array<std::int64_t, 4>> verdictsBy(const FleetData &data, Field field,
                                                    const std::vector<std::uint32_t> &devices);
/// Readiness per month from the history, counting only devices for which include(device index) is true.
std::vector<MonthPoint> readinessByMonth(const FleetData &data, const std::function<bool(std::uint32_t)> &include);

/// {"devices": N, "reports": M, "by_verdict": {...}, "by_blocker_category": ..., "by_blocker": ...,
///  "by_architecture": ..., "by_build": ..., "by_baseline": ..., "by_ring": {"ring": {"devices", "ready"}}}
nlohmann::json summaryToJson(const Summary &summary);
std::string summaryToText(const Summary &summary, const std::string &location);
/// "dimension,value,devices,ready" rows (ready only for rings; RFC 4180 quoting).
std::string summaryToCsv(const Summary &summary);
/// Some devices of the columns as CSV, in the given order (the dashboard's export; the same quoting).
std::string devicesToCsv(const FleetData &data, const std::vector<std::uint32_t> &devices);

/// Whether a store location names PostgreSQL rather than an SQLite file.
bool isPostgresUri(const std::string &location);

} // namespace hpr::fleet
