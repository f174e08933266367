#include "fleetstore.h"

#include "engine/csv.h"

#include <algorithm>
#include <atomic>
#include <charconv>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <thread>
#include <unordered_map>

namespace hpr::fleet {

namespace fs = std::filesystem;

namespace {

constexpr const char *kSchemaVersion = "1";

// Covering indexes: every count of the summary is an index scan without a sort (fleet summary < 200 ms).
constexpr const char *kSummaryIndexes = "CREATE INDEX IF NOT EXISTS devices_by_verdict ON devices (verdict);"
                                        "CREATE INDEX IF NOT EXISTS devices_by_arch ON devices (arch);"
                                        "CREATE INDEX IF NOT EXISTS devices_by_build ON devices (build_label);"
                                        "CREATE INDEX IF NOT EXISTS devices_by_baseline ON devices (baseline);"
                                        "CREATE INDEX IF NOT EXISTS devices_by_ring ON devices (ring, verdict);"
                                        "CREATE INDEX IF NOT EXISTS blockers_by_category ON device_blockers "
                                        "(category, device_key);"
                                        "CREATE INDEX IF NOT EXISTS blockers_by_check ON device_blockers (check_id);";
constexpr const char *kDropSummaryIndexes =
    "DROP INDEX IF EXISTS devices_by_verdict; DROP INDEX IF EXISTS devices_by_arch;"
    "DROP INDEX IF EXISTS devices_by_build; DROP INDEX IF EXISTS devices_by_baseline;"
    "DROP INDEX IF EXISTS devices_by_ring; DROP INDEX IF EXISTS blockers_by_category;"
    "DROP INDEX IF EXISTS blockers_by_check;";

enum Statement {
    InsertReport = 1,
    UpsertDevice,
    DeleteBlockers,
    InsertBlocker,
    UpsertRing,
    UpdateDeviceRing,
    StoreReport
};

/// The columns of the devices upsert, and when a report replaces the stored one: the newer report wins; at the same
/// time the larger hash, so the order of import never matters.
constexpr const char *kDeviceColumns = "INSERT INTO devices (device_key, hostname_key, report_id, content_hash, "
                                       "generated_at, as_of, hostname, serial, manufacturer, model, verdict, blockers, "
                                       "arch, build_label, edition, baseline, ring)";
constexpr const char *kDeviceUpdate =
    " ON CONFLICT (device_key) DO UPDATE SET report_id = excluded.report_id,"
    " content_hash = excluded.content_hash, generated_at = excluded.generated_at, as_of = excluded.as_of,"
    " hostname = excluded.hostname, manufacturer = excluded.manufacturer, model = excluded.model,"
    " verdict = excluded.verdict, blockers = excluded.blockers, arch = excluded.arch,"
    " build_label = excluded.build_label, edition = excluded.edition, baseline = excluded.baseline"
    " WHERE excluded.generated_at > devices.generated_at OR (excluded.generated_at = devices.generated_at"
    " AND excluded.content_hash > devices.content_hash) RETURNING report_id";
constexpr const char *kReportInsert =
    "INSERT INTO reports (content_hash, device_key, hostname, serial, manufacturer, model, generated_at, as_of,"
    " tool_version, release_table_date, verdict, blockers, arch, build, ubr, edition, baseline, source)"
    " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)"
    " ON CONFLICT (content_hash) DO NOTHING RETURNING id";

/// PostgreSQL stores a report in one statement (data-modifying WITH), so a batch of them goes as one pipeline: the
/// report ($1..$18 as in kReportInsert), the device when the report is new and newer ($19 the host name key, $20 the
/// build label), and the device's blockers replaced ($21 the check IDs, $22 their categories, as text arrays; the
/// first of a repeated check counts, as in the one-by-one path). Returns (report inserted, device updated) as 0/1.
const std::string kStoreReport =
    std::string("WITH ins AS (") + kReportInsert + "), dev AS (" + kDeviceColumns +
    " SELECT $2, $19::text, ins.id, $1, $7, $8, $3, $4, $5, $6, $11, $12, $13, $20::text, $16, $17,"
    " COALESCE((SELECT ring FROM rings WHERE hostname_key = $19::text), '') FROM ins" +
    kDeviceUpdate +
    "), gone AS (DELETE FROM device_blockers WHERE device_key = $2 AND EXISTS (SELECT 1 FROM dev)"
    " AND NOT (check_id = ANY ($21::text[]))),"
    " kept AS (INSERT INTO device_blockers (device_key, check_id, category)"
    " SELECT DISTINCT ON (b.check_id) $2, b.check_id, b.category"
    " FROM unnest($21::text[], $22::text[]) WITH ORDINALITY AS b (check_id, category, n)"
    " WHERE EXISTS (SELECT 1 FROM dev) ORDER BY b.check_id, b.n"
    " ON CONFLICT (device_key, check_id) DO UPDATE SET category = excluded.category)"
    " SELECT (SELECT COUNT(*) FROM ins), (SELECT COUNT(*) FROM dev)";

/// Reports per pipeline (PostgreSQL): a few hundred keep the round trips rare and the results small.
constexpr std::size_t kPipelineReports = 256;

/// A PostgreSQL text[] literal: {"a","b"} with " and \ escaped.
std::string textArray(const std::vector<std::string> &items)
{
    std::string out = "{";
    for (std::size_t i = 0; i < items.size(); ++i) {
        out += i ? ",\"" : "\"";
        for (char c : items[i]) {
            if (c == '"' || c == '\\')
                out += '\\';
            out += c;
        }
        out += '"';
    }
    return out + "}";
}

std::string upper(std::string s)
{
    for (char &c : s)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

std::string trim(const std::string &s)
{
    const std::size_t a = s.find_first_not_of(" \t\r");
    if (a == std::string::npos)
        return {};
    return s.substr(a, s.find_last_not_of(" \t\r") - a + 1);
}

const std::string &text(const SqlValue &v)
{
    static const std::string empty;
    const auto *s = std::get_if<std::string>(&v);
    return s ? *s : empty;
}

std::int64_t number(const SqlValue &v)
{
    const auto *n = std::get_if<std::int64_t>(&v);
    return n ? *n : 0;
}

SqlValue optionalInt(const std::optional<std::int64_t> &v)
{
    return v ? SqlValue(*v) : SqlValue();
}

/// $1..$18 of kReportInsert; key and blockers are r.deviceKey() and r.blockersText(), which the caller needs too.
std::vector<SqlValue> reportParameters(const ReportRecord &r, const std::string &key, const std::string &blockers,
                                       const std::string &path)
{
    return {r.contentHash,
            key,
            r.hostname,
            r.serial,
            r.manufacturer,
            r.model,
            r.generatedAt,
            r.asOf,
            r.toolVersion,
            r.releaseTableDate,
            r.verdict,
            blockers,
            r.arch,
            optionalInt(r.build),
            optionalInt(r.ubr),
            r.edition,
            r.baseline,
            path};
}

Error injectedFailure(const ImportResult &result)
{
    return makeError(ErrorCode::Failed, "injected store failure after " + std::to_string(result.imported) + " reports");
}

/// A number the database gave as text (an id); 0 when it is none.
std::int64_t toInt(std::string_view text)
{
    std::int64_t n = 0;
    std::from_chars(text.data(), text.data() + text.size(), n);
    return n;
}

/// Hashes std::string and std::string_view alike, so a view finds a map's string key without a copy.
struct TextHash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

/// "hostname,ring" lines; a header line "hostname,ring" is allowed; errors name the file and line.
Expected<std::vector<std::pair<std::string, std::string>>> readRings(const std::string &path)
{
    std::ifstream in(path);
    if (!in)
        return makeError(ErrorCode::NotFound, "rings file " + path + " cannot be read");
    std::vector<std::pair<std::string, std::string>> rings;
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
        line = trim(line);
        if (line.empty() || line[0] == '#')
            continue;
        const std::size_t comma = line.find(',');
        const std::string host = comma == std::string::npos ? "" : trim(line.substr(0, comma));
        const std::string ring = comma == std::string::npos ? "" : trim(line.substr(comma + 1));
        if (n == 1 && upper(host) == "HOSTNAME")
            continue;
        if (host.empty() || ring.empty() || ring.find(',') != std::string::npos || line.find('"') != std::string::npos)
            return makeError(ErrorCode::BadInput, path + ":" + std::to_string(n) +
                                                      ": expected 'hostname,ring' (two plain fields), got '" + line +
                                                      "'");
        rings.emplace_back(upper(host), ring);
    }
    return rings;
}

/// The *.json files under path, sorted, so every import of the same folder sees the same order.
Expected<std::vector<std::string>> reportFiles(const std::string &path)
{
    std::error_code ec;
    if (!fs::exists(path, ec))
        return makeError(ErrorCode::NotFound, "no such file or folder: " + path);
    std::vector<std::string> files;
    if (!fs::is_directory(path, ec)) {
        files.push_back(path);
        return files;
    }
    for (fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
         !ec && it != end; it.increment(ec)) {
        if (!it->is_regular_file(ec))
            continue;
        std::string ext = it->path().extension().string();
        if (upper(ext) == ".JSON")
            files.push_back(it->path().string());
    }
    if (ec)
        return makeError(ErrorCode::Failed, "cannot list " + path + ": " + ec.message());
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace

bool isPostgresUri(const std::string &location)
{
    return location.rfind("postgresql://", 0) == 0 || location.rfind("postgres://", 0) == 0;
}

FleetStore::FleetStore(std::unique_ptr<SqlDatabase> db, std::string location)
    : m_db(std::move(db))
    , m_location(std::move(location))
{
}

Expected<FleetStore> FleetStore::open(const std::string &location, bool create)
{
    std::unique_ptr<SqlDatabase> db;
    if (isPostgresUri(location)) {
        auto pg = openPostgres(location);
        if (!pg)
            return pg.error();
        db = std::move(*pg);
    } else {
        if (create) {
            const fs::path parent = fs::path(location).parent_path();
            std::error_code ec;
            if (!parent.empty() && !fs::exists(parent, ec) && !fs::create_directories(parent, ec))
                return makeError(ErrorCode::Failed,
                                 "cannot create the folder " + parent.string() + ": " + ec.message());
        }
        auto lite = openSqlite(location, create);
        if (!lite)
            return lite.error();
        db = std::move(*lite);
    }
    FleetStore store(std::move(db), isPostgresUri(location) ? redactUri(location) : location);
    if (create) {
        if (Status s = store.createSchema(); !s)
            return s.error();
    }
    auto version = store.m_db->query("SELECT value FROM hpr_meta WHERE key = 'schema'");
    if (!version || version->empty())
        return makeError(ErrorCode::BadInput,
                         store.m_location + " is not a Hotpatch Ready fleet store (no hpr_meta table)");
    if (text(version->front()[0]) != kSchemaVersion)
        return makeError(ErrorCode::BadInput, store.m_location + " is a fleet store of another version (schema " +
                                                  text(version->front()[0]) + ", this tool reads " + kSchemaVersion +
                                                  ")");
    return store;
}

Status FleetStore::createSchema()
{
    const std::string id = m_db->kind() == "sqlite" ? "id INTEGER PRIMARY KEY" : "id BIGSERIAL PRIMARY KEY";
    return m_db->exec(
        "CREATE TABLE IF NOT EXISTS hpr_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
        "INSERT INTO hpr_meta (key, value) VALUES ('schema', '" +
        std::string(kSchemaVersion) +
        "') ON CONFLICT (key) DO NOTHING;"
        "CREATE TABLE IF NOT EXISTS reports (" +
        id +
        ", content_hash TEXT NOT NULL UNIQUE,"
        " device_key TEXT NOT NULL, hostname TEXT NOT NULL, serial TEXT NOT NULL, manufacturer TEXT NOT NULL,"
        " model TEXT NOT NULL, generated_at TEXT NOT NULL, as_of TEXT NOT NULL, tool_version TEXT NOT NULL,"
        " release_table_date TEXT NOT NULL, verdict TEXT NOT NULL, blockers TEXT NOT NULL, arch TEXT NOT NULL,"
        " build BIGINT, ubr BIGINT, edition TEXT NOT NULL, baseline TEXT NOT NULL, source TEXT NOT NULL);"
        "CREATE INDEX IF NOT EXISTS reports_by_time ON reports (generated_at);"
        "CREATE TABLE IF NOT EXISTS devices (device_key TEXT PRIMARY KEY, hostname_key TEXT NOT NULL,"
        " report_id BIGINT NOT NULL, content_hash TEXT NOT NULL, generated_at TEXT NOT NULL, as_of TEXT NOT NULL,"
        " hostname TEXT NOT NULL, serial TEXT NOT NULL, manufacturer TEXT NOT NULL, model TEXT NOT NULL,"
        " verdict TEXT NOT NULL, blockers TEXT NOT NULL, arch TEXT NOT NULL, build_label TEXT NOT NULL,"
        " edition TEXT NOT NULL, baseline TEXT NOT NULL, ring TEXT NOT NULL);"
        "CREATE INDEX IF NOT EXISTS devices_by_host ON devices (hostname_key);"
        "CREATE TABLE IF NOT EXISTS device_blockers (device_key TEXT NOT NULL, check_id TEXT NOT NULL,"
        " category TEXT NOT NULL, PRIMARY KEY (device_key, check_id));"
        "CREATE TABLE IF NOT EXISTS rings (hostname_key TEXT PRIMARY KEY, ring TEXT NOT NULL);" +
        std::string(kSummaryIndexes));
}

Status FleetStore::prepareImport()
{
    const std::string upsertDevice = std::string(kDeviceColumns) +
                                     " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16,"
                                     " COALESCE((SELECT ring FROM rings WHERE hostname_key = $2), ''))" +
                                     kDeviceUpdate;
    const std::pair<int, const char *> statements[] = {
        {InsertReport, kReportInsert},
        {UpsertDevice, upsertDevice.c_str()},
        {DeleteBlockers, "DELETE FROM device_blockers WHERE device_key = $1"},
        {InsertBlocker, "INSERT INTO device_blockers (device_key, check_id, category) VALUES ($1, $2, $3)"
                        " ON CONFLICT (device_key, check_id) DO NOTHING"},
        {UpsertRing, "INSERT INTO rings (hostname_key, ring) VALUES ($1, $2) ON CONFLICT (hostname_key) DO UPDATE SET "
                     "ring = excluded.ring"},
        {UpdateDeviceRing, "UPDATE devices SET ring = $2 WHERE hostname_key = $1"},
    };
    for (const auto &[statement, sql] : statements) {
        if (Status s = m_db->prepare(statement, sql); !s)
            return s;
    }
    if (m_db->kind() == "postgresql")
        return m_db->prepare(StoreReport, kStoreReport);
    return {};
}

Status FleetStore::storeBatch(const std::vector<std::pair<ReportRecord, std::string>> &reports, ImportResult &result,
                              std::size_t failAfterReports)
{
    std::vector<std::vector<SqlValue>> batch;
    batch.reserve(reports.size());
    for (const auto &[r, path] : reports) {
        std::vector<SqlValue> p = reportParameters(r, r.deviceKey(), r.blockersText(), path);
        std::vector<std::string> checks, categories;
        for (const Blocker &b : r.blockers) {
            checks.push_back(b.check);
            categories.push_back(b.category);
        }
        p.insert(p.end(), {upper(r.hostname), r.buildLabel(), textArray(checks), textArray(categories)});
        batch.push_back(std::move(p));
    }
    return m_db->runMany(StoreReport, batch, [&](std::size_t, std::vector<SqlRow> &&rows) -> Status {
        if (rows.size() != 1 || rows.front().size() != 2)
            return makeError(ErrorCode::Failed, "fleet store: unexpected answer to a report's insert");
        if (number(rows.front()[0]) == 0) {
            ++result.alreadyStored;
            return {};
        }
        ++result.imported;
        if (number(rows.front()[1]) != 0)
            ++result.devicesUpdated;
        if (failAfterReports && result.imported >= failAfterReports)
            return injectedFailure(result);
        return {};
    });
}

Status FleetStore::store(const ReportRecord &r, const std::string &path, ImportResult &result)
{
    const std::string key = r.deviceKey();
    const std::string blockers = r.blockersText();
    auto inserted = m_db->run(InsertReport, reportParameters(r, key, blockers, path));
    if (!inserted)
        return inserted.error();
    if (inserted->empty()) {
        ++result.alreadyStored;
        return {};
    }
    ++result.imported;
    const std::int64_t id = number(inserted->front()[0]);
    auto updated = m_db->run(UpsertDevice, {key, upper(r.hostname), id, r.contentHash, r.generatedAt, r.asOf,
                                            r.hostname, r.serial, r.manufacturer, r.model, r.verdict, blockers, r.arch,
                                            r.buildLabel(), r.edition, r.baseline});
    if (!updated)
        return updated.error();
    if (updated->empty())
        return {}; // an older report: history only
    ++result.devicesUpdated;
    if (auto d = m_db->run(DeleteBlockers, {key}); !d)
        return d.error();
    for (const Blocker &b : r.blockers) {
        if (auto i = m_db->run(InsertBlocker, {key, b.check, b.category}); !i)
            return i.error();
    }
    return {};
}

Expected<ImportResult> FleetStore::import(const std::string &path, const ImportOptions &options)
{
    const auto started = std::chrono::steady_clock::now();
    ImportResult result;
    std::vector<std::pair<std::string, std::string>> rings;
    if (!options.ringsCsv.empty()) {
        auto read = readRings(options.ringsCsv);
        if (!read)
            return read.error();
        rings = std::move(*read);
    }
    auto listed = reportFiles(path);
    if (!listed)
        return listed.error();
    const std::vector<std::string> files = std::move(*listed);
    result.files = files.size();

    // Parsers on every core fill numbered slots; this thread writes them to the store in file order.
    struct Slot
    {
        std::optional<Expected<ReportRecord>> parsed;
    };
    std::vector<Slot> slots(files.size());
    std::mutex mutex;
    std::condition_variable ready;
    std::atomic<std::size_t> next{0};
    std::atomic<bool> stop{false};
    const unsigned threads =
        std::max(1u, options.threads ? options.threads : std::min(8u, std::thread::hardware_concurrency()));
    std::vector<std::thread> workers;
    for (unsigned t = 0; t < threads; ++t) {
        workers.emplace_back([&] {
            ReportReader reader;
            for (std::size_t i = next++; i < files.size() && !stop; i = next++) {
                Expected<ReportRecord> record = reader.read(files[i]);
                std::lock_guard lock(mutex);
                slots[i].parsed.emplace(std::move(record));
                ready.notify_all();
            }
        });
    }
    auto finish = [&] {
        stop = true;
        for (std::thread &w : workers)
            w.join();
    };

    // Everything below, the index rebuild of a bulk import included, is one transaction (DDL too, in both engines).
    const bool bulk = options.bulkFiles && files.size() >= options.bulkFiles;
    Status status = m_db->exec("BEGIN");
    if (status && bulk)
        status = m_db->exec(kDropSummaryIndexes);
    if (status)
        status = prepareImport();
    // Every ring stored, then every stored device given its ring (the last line of a host counts either way);
    // PostgreSQL sends each list as one pipeline.
    std::vector<std::vector<SqlValue>> ringRows;
    ringRows.reserve(rings.size());
    for (const auto &[host, ring] : rings)
        ringRows.push_back({host, ring});
    const auto ignoreRows = [](std::size_t, std::vector<SqlRow> &&) { return Status{}; };
    if (status)
        status = m_db->runMany(UpsertRing, ringRows, ignoreRows);
    if (status)
        status = m_db->runMany(UpdateDeviceRing, ringRows, ignoreRows);
    result.rings = rings.size();
    // PostgreSQL: reports go in pipelined batches (one round trip per batch); SQLite: one by one (in process).
    const bool pipelined = m_db->kind() == "postgresql";
    std::vector<std::pair<ReportRecord, std::string>> pending;
    auto flush = [&] {
        Status s = storeBatch(pending, result, options.failAfterReports);
        pending.clear();
        return s;
    };
    auto lastProgress = std::chrono::steady_clock::now();
    bool progressShown = false;
    for (std::size_t i = 0; status && i < files.size(); ++i) {
        std::optional<Expected<ReportRecord>> parsed;
        {
            std::unique_lock lock(mutex);
            ready.wait(lock, [&] { return slots[i].parsed.has_value(); });
            parsed = std::move(slots[i].parsed);
            slots[i].parsed.reset();
        }
        if (!*parsed) {
            result.skipped.push_back({files[i], parsed->error().detail});
        } else if (pipelined) {
            pending.emplace_back(std::move(**parsed), files[i]);
            if (pending.size() >= kPipelineReports)
                status = flush();
        } else {
            status = store(**parsed, files[i], result);
            if (status && options.failAfterReports && result.imported >= options.failAfterReports)
                status = injectedFailure(result);
        }
        if (options.progress && std::chrono::steady_clock::now() - lastProgress > std::chrono::milliseconds(500)) {
            lastProgress = std::chrono::steady_clock::now();
            progressShown = true;
            options.progress(i + 1, files.size());
        }
    }
    finish();
    if (status && !pending.empty())
        status = flush();
    if (status && bulk)
        status = m_db->exec(kSummaryIndexes);
    if (status)
        status = m_db->exec("COMMIT");
    if (!status) {
        m_db->exec("ROLLBACK");
        return makeError(status.error().code,
                         "import into " + m_location + " failed, nothing was imported: " + status.error().detail);
    }
    if (options.progress && progressShown)
        options.progress(files.size(), files.size());
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return result;
}

Expected<Summary> FleetStore::summary()
{
    Summary s;
    for (const char *v : kVerdictOrder)
        s.byVerdict[v] = 0;
    auto scalar = [&](const char *sql, std::int64_t &out) -> Status {
        auto rows = m_db->query(sql);
        if (!rows)
            return rows.error();
        out = rows->empty() ? 0 : number(rows->front()[0]);
        return {};
    };
    auto grouped = [&](const char *sql, std::map<std::string, std::int64_t> &out) -> Status {
        auto rows = m_db->query(sql);
        if (!rows)
            return rows.error();
        for (const SqlRow &row : *rows)
            out[text(row[0])] = number(row[1]);
        return {};
    };
    Status st = scalar("SELECT COUNT(*) FROM devices", s.devices);
    if (st)
        st = scalar("SELECT COUNT(*) FROM reports", s.reports);
    if (st)
        st = grouped("SELECT verdict, COUNT(*) FROM devices GROUP BY verdict", s.byVerdict);
    if (st)
        st = grouped("SELECT category, COUNT(DISTINCT device_key) FROM device_blockers GROUP BY category",
                     s.byBlockerCategory);
    if (st)
        st = grouped("SELECT check_id, COUNT(*) FROM device_blockers GROUP BY check_id", s.byBlocker);
    if (st)
        st = grouped("SELECT arch, COUNT(*) FROM devices GROUP BY arch", s.byArch);
    if (st)
        st = grouped("SELECT build_label, COUNT(*) FROM devices GROUP BY build_label", s.byBuild);
    if (st)
        st = grouped("SELECT baseline, COUNT(*) FROM devices GROUP BY baseline", s.byBaseline);
    if (!st)
        return st.error();
    auto rings = m_db->query(
        "SELECT ring, COUNT(*), SUM(CASE WHEN verdict = 'ready' THEN 1 ELSE 0 END) FROM devices GROUP BY ring");
    if (!rings)
        return rings.error();
    for (const SqlRow &row : *rings) {
        const std::string ring = text(row[0]).empty() ? kNoRing : text(row[0]);
        s.byRing[ring] = {number(row[1]), number(row[2])};
    }
    return s;
}

Expected<FleetData> FleetStore::load()
{
    // SQLite reads the file through a memory map here: no copy of every page into its cache.
    if (m_db->kind() == "sqlite") {
        if (Status s = m_db->exec("PRAGMA mmap_size=4294967296"); !s)
            return s.error();
    }
    // One snapshot for both queries: an import committing meanwhile shows in neither or in both.
    if (Status s =
            m_db->exec(m_db->kind() == "postgresql" ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" : "BEGIN");
        !s)
        return s.error();
    auto data = readColumns();
    m_db->exec(data ? "COMMIT" : "ROLLBACK");
    return data;
}

Expected<FleetData> FleetStore::readColumns()
{
    FleetData data;
    // The devices in key order, each field's texts interned as they come: one pass, no copy of the result.
    // PostgreSQL compares by byte like SQLite only under the "C" collation.
    const std::string byKey =
        m_db->kind() == "postgresql" ? " ORDER BY device_key COLLATE \"C\"" : " ORDER BY device_key";
    constexpr Field coded[] = {Field::Verdict, Field::Manufacturer, Field::Model, Field::Arch,    Field::Build,
                               Field::Edition, Field::Baseline,     Field::Ring,  Field::Blockers};
    std::array<std::unordered_map<std::string, std::uint32_t, TextHash, std::equal_to<>>, kFieldCount> interned;
    for (const char *v : kVerdictOrder) { // the verdicts first, so a verdict's id is its column in verdictsBy()
        interned[0].emplace(v, static_cast<std::uint32_t>(interned[0].size()));
        data.fields[0].values.emplace_back(v);
    }
    TextColumn keys;
    std::vector<std::int64_t> currentIds; // reports.id of every device's current report
    if (auto count = m_db->query("SELECT COUNT(*) FROM devices"); count && !count->empty()) {
        const auto n = static_cast<std::size_t>(number(count->front()[0]));
        keys.reserve(n, n * 24);
        data.hostname.reserve(n, n * 16);
        data.serial.reserve(n, n * 10);
        data.generatedAt.reserve(n, n * 20);
        data.asOf.reserve(n, n * 10);
        for (Dictionary &field : data.fields)
            field.ids.reserve(n);
        currentIds.reserve(n);
    }
    auto intern = [&](std::size_t f, std::string_view text) {
        const auto &values = data.fields[f].values;
        if (values.size() <= 8) { // a handful of values (verdict, architecture, ring): comparing beats hashing
            const auto known = std::find(values.begin(), values.end(), text);
            if (known != values.end()) {
                data.fields[f].ids.push_back(static_cast<std::uint32_t>(known - values.begin()));
                return;
            }
        }
        auto &ids = interned[f];
        auto it = ids.find(text);
        if (it == ids.end()) {
            it = ids.emplace(std::string(text), static_cast<std::uint32_t>(ids.size())).first;
            data.fields[f].values.emplace_back(text);
        }
        data.fields[f].ids.push_back(it->second);
    };
    Status read = m_db->scan(
        "SELECT device_key, hostname, serial, generated_at, as_of, verdict, manufacturer, model, arch, build_label,"
        " edition, baseline, ring, blockers, report_id FROM devices" +
            byKey,
        [&](const std::string_view *row) {
            keys.push(row[0]);
            data.hostname.push(row[1]);
            data.serial.push(row[2]);
            data.generatedAt.push(row[3]);
            data.asOf.push(row[4]);
            for (std::size_t f = 0; f < std::size(coded); ++f)
                intern(static_cast<std::size_t>(coded[f]), row[5 + f]);
            currentIds.push_back(toInt(row[14]));
        });
    if (!read)
        return read.error();
    for (const std::string &text : data.field(Field::Blockers).values)
        data.blockerSets.push_back(parseBlockersText(text));

    // The history: every report's device, time and verdict. A device's current report is in the columns
    // already; of the other reports, the device is looked up by its key.
    std::sort(currentIds.begin(), currentIds.end());
    std::unordered_map<std::string_view, std::uint32_t> deviceOf; // made at the first older report
    std::vector<std::pair<std::uint32_t, bool>> older;            // device, ready
    TextColumn olderTimes;
    read = m_db->scan("SELECT id, device_key, generated_at, verdict FROM reports", [&](const std::string_view *row) {
        if (std::binary_search(currentIds.begin(), currentIds.end(), toInt(row[0])))
            return;
        if (deviceOf.empty()) {
            deviceOf.reserve(keys.size());
            for (std::uint32_t i = 0; i < keys.size(); ++i)
                deviceOf.emplace(keys[i], i);
        }
        const auto it = deviceOf.find(row[1]);
        if (it == deviceOf.end())
            return;
        older.emplace_back(it->second, row[3] == "ready");
        olderTimes.push(row[2]);
    });
    if (!read)
        return read.error();
    struct Report
    {
        std::string_view time;
        std::uint32_t device;
        bool ready;
    };
    std::vector<Report> reports;
    reports.reserve(data.size() + older.size());
    for (std::uint32_t i = 0; i < data.size(); ++i)
        reports.push_back({data.generatedAt[i], i, data.id(Field::Verdict, i) == 0}); // kVerdictOrder[0]: ready
    for (std::size_t i = 0; i < older.size(); ++i)
        reports.push_back({olderTimes[i], older[i].first, older[i].second});
    // In time order (sorted here: an ORDER BY would walk the time index and fetch every row); at the same time,
    // by device, and not ready before ready, so both engines agree.
    std::sort(reports.begin(), reports.end(), [](const Report &a, const Report &b) {
        const int c = a.time.compare(b.time);
        if (c != 0)
            return c < 0;
        return a.device != b.device ? a.device < b.device : a.ready < b.ready;
    });
    data.history.reserve(reports.size());
    for (const Report &r : reports) {
        const std::string_view month = r.time.substr(0, 7);
        if (data.months.empty() || data.months.back() != month)
            data.months.emplace_back(month);
        data.history.push_back({r.device, static_cast<std::uint16_t>(data.months.size() - 1), r.ready});
    }
    return data;
}

void TextColumn::push(std::string_view text)
{
    m_chars.append(text);
    m_ends.push_back(static_cast<std::uint32_t>(m_chars.size()));
}

void TextColumn::reserve(std::size_t count, std::size_t chars)
{
    m_ends.reserve(count);
    m_chars.reserve(chars);
}

std::uint32_t Dictionary::find(std::string_view value) const
{
    return static_cast<std::uint32_t>(std::find(values.begin(), values.end(), value) - values.begin());
}

std::vector<std::uint32_t> Dictionary::ranks() const
{
    std::vector<std::uint32_t> order(values.size());
    for (std::uint32_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return values[a] < values[b]; });
    std::vector<std::uint32_t> rank(values.size());
    for (std::uint32_t r = 0; r < order.size(); ++r)
        rank[order[r]] = r;
    return rank;
}

DeviceRow FleetData::row(std::uint32_t d) const
{
    DeviceRow r;
    r.hostname = hostname[d];
    r.serial = serial[d];
    r.key = upper(r.hostname) + "/" + r.serial;
    r.manufacturer = value(Field::Manufacturer, d);
    r.model = value(Field::Model, d);
    r.verdict = value(Field::Verdict, d);
    r.arch = value(Field::Arch, d);
    r.build = value(Field::Build, d);
    r.edition = value(Field::Edition, d);
    r.baseline = value(Field::Baseline, d);
    r.ring = value(Field::Ring, d);
    r.generatedAt = generatedAt[d];
    r.asOf = asOf[d];
    r.blockers = blockerSets[id(Field::Blockers, d)];
    return r;
}

Summary summarize(const std::vector<const DeviceRow *> &rows)
{
    Summary s;
    for (const char *v : kVerdictOrder)
        s.byVerdict[v] = 0;
    s.devices = static_cast<std::int64_t>(rows.size());
    for (const DeviceRow *d : rows) {
        ++s.byVerdict[d->verdict];
        ++s.byArch[d->arch];
        ++s.byBuild[d->build];
        ++s.byBaseline[d->baseline];
        Summary::Ring &ring = s.byRing[d->ring.empty() ? kNoRing : d->ring];
        ++ring.devices;
        ring.ready += d->verdict == "ready";
        std::vector<std::string> categories;
        for (const Blocker &b : d->blockers) {
            ++s.byBlocker[b.check];
            if (std::find(categories.begin(), categories.end(), b.category) == categories.end())
                categories.push_back(b.category);
        }
        for (const std::string &c : categories)
            ++s.byBlockerCategory[c];
    }
    return s;
}

Summary summarize(const FleetData &data, const std::vector<std::uint32_t> &devices)
{
    // Counted by dictionary index, named once at the end.
    std::array<std::vector<std::int64_t>, kFieldCount> counts;
    for (std::size_t f = 0; f < kFieldCount; ++f)
        counts[f].assign(data.fields[f].values.size(), 0);
    constexpr Field counted[] = {Field::Verdict,  Field::Arch, Field::Build,
                                 Field::Baseline, Field::Ring, Field::Blockers};
    const std::uint32_t ready = 0; // kVerdictOrder[0]
    std::vector<std::int64_t> readyInRing(data.field(Field::Ring).values.size(), 0);
    for (std::uint32_t d : devices) {
        for (Field f : counted)
            ++counts[static_cast<std::size_t>(f)][data.id(f, d)];
        readyInRing[data.id(Field::Ring, d)] += data.id(Field::Verdict, d) == ready;
    }
    Summary s;
    s.devices = static_cast<std::int64_t>(devices.size());
    auto name = [&](Field f, std::map<std::string, std::int64_t> &out) {
        const auto &n = counts[static_cast<std::size_t>(f)];
        for (std::size_t i = 0; i < n.size(); ++i) {
            if (n[i] || f == Field::Verdict) // all four verdicts, zeros included
                out[data.field(f).values[i]] += n[i];
        }
    };
    name(Field::Verdict, s.byVerdict);
    name(Field::Arch, s.byArch);
    name(Field::Build, s.byBuild);
    name(Field::Baseline, s.byBaseline);
    const auto &rings = counts[static_cast<std::size_t>(Field::Ring)];
    for (std::size_t i = 0; i < rings.size(); ++i) {
        if (!rings[i])
            continue;
        const std::string &ring = data.field(Field::Ring).values[i];
        Summary::Ring &r = s.byRing[ring.empty() ? kNoRing : ring];
        r.devices += rings[i];
        r.ready += readyInRing[i];
    }
    const auto &sets = counts[static_cast<std::size_t>(Field::Blockers)];
    for (std::size_t i = 0; i < sets.size(); ++i) {
        if (!sets[i])
            continue;
        std::vector<std::string> categories;
        for (const Blocker &b : data.blockerSets[i]) {
            s.byBlocker[b.check] += sets[i];
            if (std::find(categories.begin(), categories.end(), b.category) == categories.end())
                categories.push_back(b.category);
        }
        for (const std::string &c : categories)
            s.byBlockerCategory[c] += sets[i];
    }
    return s;
}

std::vector<std::array<std::int64_t, 4>> verdictsBy(const FleetData &data, Field field,
                                                    const std::vector<std::uint32_t> &devices)
{
    std::vector<std::array<std::int64_t, 4>> counts(data.field(field).values.size(), {0, 0, 0, 0});
    for (std::uint32_t d : devices)
        ++counts[data.id(field, d)][std::min<std::uint32_t>(data.id(Field::Verdict, d), 3)];
    return counts;
}

std::vector<MonthPoint> readinessByMonth(const FleetData &data, const std::function<bool(std::uint32_t)> &include)
{
    std::vector<MonthPoint> points;
    std::vector<signed char> state(data.size(), -1); // -1 not seen, 0 not ready, 1 ready
    std::int64_t seen = 0, ready = 0;
    for (const HistoryEntry &h : data.history) {
        if (h.device >= data.size() || (include && !include(h.device)))
            continue;
        if (points.empty() || points.back().month != data.months[h.month])
            points.push_back({data.months[h.month], 0, 0});
        signed char &s = state[h.device];
        if (s < 0)
            ++seen;
        ready -= s == 1;
        s = h.ready ? 1 : 0;
        ready += s;
        points.back().devices = seen;
        points.back().ready = ready;
    }
    return points;
}

nlohmann::json summaryToJson(const Summary &s)
{
    nlohmann::json rings = nlohmann::json::object();
    for (const auto &[name, r] : s.byRing)
        rings[name] = {{"devices", r.devices}, {"ready", r.ready}};
    return {{"devices", s.devices},      {"reports", s.reports},
            {"by_verdict", s.byVerdict}, {"by_blocker_category", s.byBlockerCategory},
            {"by_blocker", s.byBlocker}, {"by_architecture", s.byArch},
            {"by_build", s.byBuild},     {"by_baseline", s.byBaseline},
            {"by_ring", rings}};
}

std::string summaryToText(const Summary &s, const std::string &location)
{
    std::ostringstream out;
    out << "Fleet store: " << location << '\n'
        << "Devices: " << s.devices << " (latest report of each; " << s.reports << " reports in all)\n";
    auto section = [&](const char *title, const std::map<std::string, std::int64_t> &counts) {
        out << '\n' << title << '\n';
        if (counts.empty())
            out << "  (none)\n";
        std::size_t width = 0;
        for (const auto &[k, v] : counts)
            width = std::max(width, k.size());
        for (const auto &[k, v] : counts)
            out << "  " << k << std::string(width - k.size() + 2, ' ') << v << '\n';
    };
    section("By verdict:", s.byVerdict);
    section("Blocked, by blocker category (a device can count in several):", s.byBlockerCategory);
    section("By architecture:", s.byArch);
    section("By build:", s.byBuild);
    section("By baseline:", s.byBaseline);
    out << "\nBy pilot ring (ready / devices):\n";
    for (const auto &[name, r] : s.byRing)
        out << "  " << name << "  " << r.ready << " / " << r.devices << '\n';
    return out.str();
}

std::string summaryToCsv(const Summary &s)
{
    std::string out = "dimension,value,devices,ready\n";
    out += "total,devices," + std::to_string(s.devices) + ",\n";
    out += "total,reports," + std::to_string(s.reports) + ",\n";
    auto rows = [&](const char *dimension, const std::map<std::string, std::int64_t> &counts) {
        for (const auto &[k, v] : counts)
            out += csvLine({dimension, k, std::to_string(v), ""});
    };
    rows("verdict", s.byVerdict);
    rows("blocker_category", s.byBlockerCategory);
    rows("blocker", s.byBlocker);
    rows("architecture", s.byArch);
    rows("build", s.byBuild);
    rows("baseline", s.byBaseline);
    for (const auto &[name, r] : s.byRing)
        out += csvLine({"ring", name, std::to_string(r.devices), std::to_string(r.ready)});
    return out;
}

std::string devicesToCsv(const FleetData &data, const std::vector<std::uint32_t> &devices)
{
    std::string out = "hostname,serial,manufacturer,model,verdict,blockers,arch,build,edition,baseline,ring,"
                      "generated_at,as_of\n";
    out.reserve(out.size() + devices.size() * 160);
    for (std::uint32_t d : devices) {
        out += csvLine({std::string(data.hostname[d]), std::string(data.serial[d]), data.value(Field::Manufacturer, d),
                        data.value(Field::Model, d), data.value(Field::Verdict, d), data.value(Field::Blockers, d),
                        data.value(Field::Arch, d), data.value(Field::Build, d), data.value(Field::Edition, d),
                        data.value(Field::Baseline, d), data.value(Field::Ring, d), std::string(data.generatedAt[d]),
                        std::string(data.asOf[d])});
    }
    return out;
}

} // namespace hpr::fleet
