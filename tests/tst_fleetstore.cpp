// The fleet store against SQLite and, for real, PostgreSQL: a throwaway cluster in a temp folder (unix socket
// only, run as an unprivileged user when the tests run as root). Both must give identical summaries.
#include "fleet/fleetstore.h"
#include "fleet/sqldatabase.h"
#include "reportgenerator.h"
#include "testsupport.h"

#include <algorithm>
#include <array>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <pwd.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace hpr;
using namespace hpr::fleet;
using hpr::test::TempDir;

namespace {

namespace fs = std::filesystem;

/// A generated fleet: 60 devices, a third with an older report too, rings for every device.
struct Fleet
{
    TempDir dir;
    std::string reports = dir.path() + "/reports";
    std::string rings = dir.path() + "/rings.csv";
    std::size_t files = 0;

    Fleet()
    {
        auto written = bench::generateFleet(reports, {60, 35, 7, rings});
        REQUIRE(written);
        files = *written;
        REQUIRE(files > 60);
    }
};

/// Every device of the columns, by index.
std::vector<std::uint32_t> everyDevice(const FleetData &data)
{
    std::vector<std::uint32_t> all(data.size());
    for (std::uint32_t i = 0; i < all.size(); ++i)
        all[i] = i;
    return all;
}

std::vector<const DeviceRow *> pointers(const std::vector<DeviceRow> &rows)
{
    std::vector<const DeviceRow *> out;
    for (const DeviceRow &r : rows)
        out.push_back(&r);
    return out;
}

/// The columns' counts equal the store's summary and the row-by-row reference, over all devices and a subset.
void checkColumns(const FleetData &data, const Summary &stored)
{
    std::vector<DeviceRow> rows;
    for (std::uint32_t i = 0; i < data.size(); ++i)
        rows.push_back(data.row(i));
    Summary fromRows = summarize(pointers(rows));
    fromRows.reports = stored.reports;
    CHECK(fromRows == stored);
    Summary fromColumns = summarize(data, everyDevice(data));
    fromColumns.reports = stored.reports;
    CHECK(fromColumns == stored);
    // Sorted by device key, as the table shows them first.
    for (std::size_t i = 1; i < rows.size(); ++i)
        CHECK(rows[i - 1].key < rows[i].key);

    // A subset (every third device, as a filter would leave): the same counts both ways.
    std::vector<std::uint32_t> some;
    std::vector<const DeviceRow *> someRows;
    for (std::uint32_t i = 0; i < data.size(); i += 3) {
        some.push_back(i);
        someRows.push_back(&rows[i]);
    }
    CHECK(summarize(data, some) == summarize(someRows));
    // Verdicts per architecture add up to the devices of each architecture, by verdict too.
    const auto byArch = verdictsBy(data, Field::Arch, some);
    for (std::size_t a = 0; a < byArch.size(); ++a) {
        std::array<std::int64_t, 4> expected{0, 0, 0, 0};
        for (const DeviceRow *r : someRows) {
            if (r->arch == data.field(Field::Arch).values[a]) {
                const auto v = std::find(std::begin(kVerdictOrder), std::end(kVerdictOrder), r->verdict);
                ++expected[static_cast<std::size_t>(std::min<std::ptrdiff_t>(v - std::begin(kVerdictOrder), 3))];
            }
        }
        CHECK(byArch[a] == expected);
    }
    // Readiness over time: the last month sees every device at its latest report.
    const auto months = readinessByMonth(data, {});
    REQUIRE_FALSE(months.empty());
    CHECK(months.back().devices == stored.devices);
    CHECK(months.back().ready == stored.byVerdict.at("ready"));
    CHECK(std::is_sorted(data.months.begin(), data.months.end()));
}

/// What two engines must agree on: the counts, the loaded table (as CSV) and readiness over time.
struct StoreView
{
    Summary summary;
    std::string table;
    std::vector<std::string> months;
};

std::vector<std::string> monthLines(const FleetData &data)
{
    std::vector<std::string> out;
    for (const MonthPoint &p : readinessByMonth(data, {}))
        out.push_back(p.month + " " + std::to_string(p.ready) + "/" + std::to_string(p.devices));
    return out;
}

/// Everything the store promises, on one store location; returns what it holds after the imports.
StoreView exerciseStore(const std::string &location, const Fleet &fleet)
{
    auto store = FleetStore::open(location, true);
    REQUIRE(store);

    // One transaction per import: a store failure half-way leaves nothing behind.
    ImportOptions failing;
    failing.failAfterReports = 5;
    failing.bulkFiles = 10; // the indexes it dropped come back with the rollback
    auto failed = store->import(fleet.reports, failing);
    REQUIRE_FALSE(failed);
    CHECK(failed.error().detail.find("nothing was imported") != std::string::npos);
    auto empty = store->summary();
    REQUIRE(empty);
    CHECK(empty->devices == 0);
    CHECK(empty->reports == 0);

    // A bad rings file is refused before anything is written, naming the file and line.
    test::writeFile(fleet.dir.path() + "/bad-rings.csv", "hostname,ring\nPC-1,pilot\nPC-2\n");
    ImportOptions badRings;
    badRings.ringsCsv = fleet.dir.path() + "/bad-rings.csv";
    auto refused = store->import(fleet.reports, badRings);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::BadInput);
    CHECK(refused.error().detail.find("bad-rings.csv:3") != std::string::npos);
    CHECK(store->summary()->reports == 0);

    ImportOptions options;
    options.ringsCsv = fleet.rings;
    options.bulkFiles = 10; // the bulk path: summary indexes rebuilt at the end of the transaction
    auto first = store->import(fleet.reports, options);
    REQUIRE(first);
    CHECK(first->files == fleet.files);
    CHECK(first->imported == fleet.files);
    CHECK(first->skipped.empty());
    CHECK(first->rings == 60);

    auto summary = store->summary();
    REQUIRE(summary);
    CHECK(summary->devices == 60);
    CHECK(summary->reports == static_cast<std::int64_t>(fleet.files));
    std::int64_t verdicts = 0;
    for (const auto &[v, n] : summary->byVerdict)
        verdicts += n;
    CHECK(verdicts == 60);
    CHECK(summary->byVerdict.size() == 4);
    CHECK(summary->byVerdict.at("blocked") > 0);
    CHECK(summary->byArch.at("x64") > 0);
    CHECK(summary->byRing.count(kNoRing) == 0);

    // The database's counts equal the counts over the loaded columns and rows (independent computations).
    auto data = store->load();
    REQUIRE(data);
    REQUIRE(data->size() == 60);
    CHECK(data->history.size() == fleet.files);
    checkColumns(*data, *summary);

    // Re-importing the same folder adds nothing and changes nothing.
    auto again = store->import(fleet.reports);
    REQUIRE(again);
    CHECK(again->imported == 0);
    CHECK(again->alreadyStored == fleet.files);
    CHECK(again->devicesUpdated == 0);
    CHECK(*store->summary() == *summary);

    // Malformed and truncated files are listed with the reason and skipped; the rest imports.
    TempDir more;
    const fs::path some = fs::path(fleet.reports) / "BER";
    const std::string original = test::readFile(fs::directory_iterator(some)->path().string());
    nlohmann::json newer = nlohmann::json::parse(original);
    newer["device"]["hostname"] = "NEW-DEVICE";
    newer["facts"]["device.hostname"]["value"] = "NEW-DEVICE";
    newer["generated_at"] = "2026-11-30T10:00:00Z";
    newer["verdict"] = "ready";
    newer["blockers"] = nlohmann::json::array();
    nlohmann::json older = newer;
    older["generated_at"] = "2026-10-01T10:00:00Z";
    older["verdict"] = "blocked";
    older["blockers"] = {{{"check", "HP-TPM"}, {"category", "hardware"}}};
    fs::create_directories(more.path() + "/deep/er");
    test::writeFile(more.path() + "/deep/er/newer.json", newer.dump(2));
    test::writeFile(more.path() + "/deep/older.json", older.dump(2)); // imported after the newer one
    test::writeFile(more.path() + "/truncated.json", original.substr(0, original.size() / 2));
    test::writeFile(more.path() + "/empty.json", "");
    test::writeFile(more.path() + "/other.json", R"({"schema": "something/else"})");
    test::writeFile(more.path() + "/notes.txt", "not a report, not looked at");
    auto mixed = store->import(more.path());
    REQUIRE(mixed);
    CHECK(mixed->files == 5);
    CHECK(mixed->imported == 2);
    REQUIRE(mixed->skipped.size() == 3);
    for (const SkippedFile &f : mixed->skipped) {
        INFO(f.reason);
        CHECK(f.reason.rfind(f.path, 0) == 0);
    }
    CHECK(mixed->skipped[0].reason.find("empty file") != std::string::npos);
    CHECK(mixed->skipped[1].reason.find("not a Hotpatch Ready v1 report") != std::string::npos);
    CHECK(mixed->skipped[2].reason.find("malformed or truncated JSON") != std::string::npos);

    // The latest report per device wins whatever the import order; the older one is kept as history.
    auto after = store->summary();
    REQUIRE(after);
    CHECK(after->devices == 61);
    CHECK(after->reports == summary->reports + 2);
    CHECK(after->byVerdict.at("ready") == summary->byVerdict.at("ready") + 1);
    CHECK(after->byRing.at(kNoRing).devices == 1);
    CHECK(after->byRing.at(kNoRing).ready == 1);
    auto loaded = store->load();
    REQUIRE(loaded);
    std::uint32_t newDevice = 0;
    while (newDevice < loaded->size() && loaded->hostname[newDevice] != "NEW-DEVICE")
        ++newDevice;
    REQUIRE(newDevice < loaded->size());
    const DeviceRow row = loaded->row(newDevice);
    CHECK(row.verdict == "ready");
    CHECK(row.blockers.empty());
    CHECK(row.generatedAt == "2026-11-30T10:00:00Z");
    CHECK(loaded->months.back() == "2026-11");
    checkColumns(*loaded, *after);

    // Rings given later reach the devices already stored.
    test::writeFile(fleet.dir.path() + "/late-rings.csv", "NEW-DEVICE,9-late\n");
    ImportOptions late;
    late.ringsCsv = fleet.dir.path() + "/late-rings.csv";
    auto lateImport = store->import(more.path() + "/deep", late);
    REQUIRE(lateImport);
    CHECK(lateImport->imported == 0);
    auto withRing = store->summary();
    REQUIRE(withRing);
    CHECK(withRing->byRing.at("9-late").devices == 1);
    CHECK(withRing->byRing.at("9-late").ready == 1);
    CHECK(withRing->byRing.count(kNoRing) == 0);

    // A newer report replaces the device's blockers (the device_blockers table the counts come from): a check
    // listed twice counts once, with its first category; then one that lists fewer drops the rest.
    auto count = [](const std::map<std::string, std::int64_t> &m, const std::string &key) {
        const auto it = m.find(key);
        return it == m.end() ? std::int64_t(0) : it->second;
    };
    TempDir changes;
    nlohmann::json blocked = newer;
    blocked["generated_at"] = "2026-12-01T10:00:00Z";
    blocked["verdict"] = "blocked";
    blocked["blockers"] = {{{"check", "HP-TPM"}, {"category", "hardware"}},
                           {{"check", "HP-UEFI"}, {"category", "firmware"}},
                           {{"check", "HP-TPM"}, {"category", "firmware"}}};
    test::writeFile(changes.path() + "/1.json", blocked.dump(2));
    REQUIRE(store->import(changes.path()));
    auto two = store->summary();
    REQUIRE(two);
    CHECK(count(two->byBlocker, "HP-TPM") == count(withRing->byBlocker, "HP-TPM") + 1);
    CHECK(count(two->byBlocker, "HP-UEFI") == count(withRing->byBlocker, "HP-UEFI") + 1);
    CHECK(count(two->byBlockerCategory, "hardware") == count(withRing->byBlockerCategory, "hardware") + 1);
    // Text from a report file is data, whatever it holds: quotes, backslashes, braces, commas, NULL (PostgreSQL
    // passes the blockers as text[] literals).
    blocked["generated_at"] = "2026-12-01T11:00:00Z";
    blocked["blockers"] = {{{"check", "HP-\"X\\{a,b}"}, {"category", "NULL"}},
                           {{"check", "HP-UEFI"}, {"category", "firmware"}}};
    test::writeFile(changes.path() + "/1b.json", blocked.dump(2));
    REQUIRE(store->import(changes.path()));
    auto odd = store->summary();
    REQUIRE(odd);
    CHECK(count(odd->byBlocker, "HP-\"X\\{a,b}") == 1);
    CHECK(count(odd->byBlockerCategory, "NULL") == 1);
    CHECK(count(odd->byBlocker, "HP-TPM") == count(withRing->byBlocker, "HP-TPM"));
    blocked["generated_at"] = "2026-12-02T10:00:00Z";
    blocked["blockers"] = {{{"check", "HP-UEFI"}, {"category", "firmware"}}};
    test::writeFile(changes.path() + "/2.json", blocked.dump(2));
    REQUIRE(store->import(changes.path()));
    auto one = store->summary();
    REQUIRE(one);
    CHECK(count(one->byBlocker, "HP-TPM") == count(withRing->byBlocker, "HP-TPM"));
    CHECK(count(one->byBlocker, "HP-UEFI") == count(withRing->byBlocker, "HP-UEFI") + 1);
    CHECK(count(one->byBlockerCategory, "hardware") == count(withRing->byBlockerCategory, "hardware"));
    CHECK(count(one->byBlocker, "HP-\"X\\{a,b}") == 0);
    withRing = std::move(one);

    auto final = store->load();
    REQUIRE(final);
    checkColumns(*final, *withRing);
    return {*withRing, devicesToCsv(*final, everyDevice(*final)), monthLines(*final)};
}

/// A PostgreSQL cluster of its own: initdb into a temp folder, a unix socket there, no TCP; stopped at the end.
class PgCluster
{
public:
    PgCluster()
    {
        for (const char *v : {"17", "16", "15", "14", "13"}) {
            const std::string bin = std::string("/usr/lib/postgresql/") + v + "/bin";
            if (fs::exists(bin + "/initdb") && fs::exists(bin + "/pg_ctl")) {
                m_bin = bin;
                break;
            }
        }
        if (m_bin.empty())
            return;
        m_dir = fs::temp_directory_path() / ("hpr-pg-" + std::to_string(::getpid()));
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
        if (::geteuid() == 0) {
            // PostgreSQL refuses to run as root: the server runs as the postgres (or nobody) user.
            const passwd *pw = ::getpwnam("postgres");
            if (!pw)
                pw = ::getpwnam("nobody");
            REQUIRE(pw != nullptr);
            REQUIRE(::chown(m_dir.c_str(), pw->pw_uid, pw->pw_gid) == 0);
            m_runAs = std::string("runuser -u ") + pw->pw_name + " -- ";
        }
        const std::string data = (m_dir / "data").string(), log = (m_dir / "log").string();
        m_started = sh(m_bin + "/initdb -D '" + data + "' -A trust -U hpr -E UTF8 --locale=C --no-sync >'" +
                       (m_dir / "initdb.out").string() + "' 2>&1") == 0 &&
                    sh(m_bin + "/pg_ctl -D '" + data + "' -l '" + log + "' -w -t 60 -o \"-k '" + m_dir.string() +
                       "' -c listen_addresses='' -F\" start >/dev/null 2>&1") == 0;
    }
    ~PgCluster()
    {
        if (m_started)
            sh(m_bin + "/pg_ctl -D '" + (m_dir / "data").string() + "' -m immediate -w stop >/dev/null 2>&1");
        std::error_code ec;
        if (!m_dir.empty())
            fs::remove_all(m_dir, ec);
    }

    bool found() const { return !m_bin.empty(); }
    bool started() const { return m_started; }
    std::string log() const
    {
        return test::readFile((m_dir / "log").string()) + test::readFile((m_dir / "initdb.out").string());
    }

    /// A new empty database; its URI.
    std::string createDatabase(const std::string &name)
    {
        REQUIRE(sh(m_bin + "/createdb -h '" + m_dir.string() + "' -U hpr " + name) == 0);
        return "postgresql://hpr@/" + name + "?host=" + m_dir.string();
    }

private:
    int sh(const std::string &command) const
    {
        const int raw = std::system((m_runAs + command).c_str());
        return WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    }

    std::string m_bin, m_runAs;
    fs::path m_dir;
    bool m_started = false;
};

} // namespace

TEST_CASE("fleet: the SQLite store imports, dedups, keeps history, skips bad files, one transaction", "[fleet]")
{
    Fleet fleet;
    const std::string db = fleet.dir.path() + "/store/fleet.sqlite"; // the folder is created
    const Summary summary = exerciseStore(db, fleet).summary;
    CHECK(summary.devices == 61);
    // A second connection (another process would see the same) reads the committed store.
    auto reopened = FleetStore::open(db, false);
    REQUIRE(reopened);
    CHECK(*reopened->summary() == summary);
}

TEST_CASE("fleet: opening a store that is not there or not a store is a clear error", "[fleet]")
{
    TempDir dir;
    auto missing = FleetStore::open(dir.path() + "/none.sqlite", false);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::NotFound);
    CHECK(missing.error().detail.find("none.sqlite") != std::string::npos);
    test::writeFile(dir.path() + "/junk.sqlite", "this is not a database at all, just text .....................");
    auto junk = FleetStore::open(dir.path() + "/junk.sqlite", false);
    REQUIRE_FALSE(junk);
    CHECK(junk.error().detail.find("junk.sqlite") != std::string::npos);
    auto noFolder = FleetStore::open(dir.path() + "/none.sqlite", true);
    REQUIRE(noFolder);
    auto notThere = noFolder->import(dir.path() + "/no-such-folder");
    REQUIRE_FALSE(notThere);
    CHECK(notThere.error().code == ErrorCode::NotFound);
    auto pg = FleetStore::open("postgresql://nobody:secret@/none?host=" + dir.path(), false);
    REQUIRE_FALSE(pg);
    CHECK(pg.error().code == ErrorCode::Failed);
    CHECK(pg.error().detail.find("secret") == std::string::npos); // the password never shows
    CHECK(pg.error().detail.find("nobody:***@") != std::string::npos);
}

TEST_CASE("fleet: PostgreSQL, a real throwaway cluster, gives the same summary as SQLite", "[fleet][postgres]")
{
    PgCluster cluster;
    if (!cluster.found()) {
        // CI installs postgresql (.ci/install-deps.sh): a missing server fails there. Local loops may opt out.
        const char *optOut = std::getenv("HPR_SKIP_POSTGRES");
        if (optOut && std::string(optOut) == "1") {
            WARN("PostgreSQL server binaries not found; skipped because HPR_SKIP_POSTGRES=1");
            return;
        }
        FAIL("PostgreSQL server binaries (initdb, pg_ctl) not found under /usr/lib/postgresql/*/bin: install "
             "postgresql (.ci/install-deps.sh), or set HPR_SKIP_POSTGRES=1 for a local loop");
    }
    INFO(cluster.log());
    REQUIRE(cluster.started());
    Fleet fleet;
    const StoreView onPostgres = exerciseStore(cluster.createDatabase("fleet_a"), fleet);
    const StoreView onSqlite = exerciseStore(fleet.dir.path() + "/fleet.sqlite", fleet);
    CHECK(onPostgres.summary == onSqlite.summary);
    CHECK(nlohmann::json(summaryToJson(onPostgres.summary)) == summaryToJson(onSqlite.summary));
    // The dashboard's data too: the same devices in the same order, the same readiness over time.
    CHECK(onPostgres.table == onSqlite.table);
    CHECK(onPostgres.months == onSqlite.months);
    CHECK(std::count(onSqlite.table.begin(), onSqlite.table.end(), '\n') == 62); // header and 61 devices

    // A second bench imports into the same shared store: the same reports add nothing.
    const std::string uri = cluster.createDatabase("fleet_b");
    auto a = FleetStore::open(uri, true);
    auto b = FleetStore::open(uri, true);
    REQUIRE(a);
    REQUIRE(b);
    REQUIRE(a->import(fleet.reports));
    auto second = b->import(fleet.reports);
    REQUIRE(second);
    CHECK(second->imported == 0);
    CHECK(b->summary()->devices == 60);

    // Pipelined statements (SqlDatabase::runMany): more than one pipeline's worth, every answer in order; an error
    // part-way stops the rest with PostgreSQL's reason and leaves the connection usable.
    auto db = openPostgres(cluster.createDatabase("fleet_c"));
    REQUIRE(db);
    REQUIRE((*db)->prepare(99, "SELECT 1000 / $1::int"));
    std::vector<std::vector<SqlValue>> batch;
    for (std::int64_t i = 1; i <= 600; ++i)
        batch.push_back({i});
    std::vector<std::int64_t> answers;
    auto collectAnswer = [&](std::size_t index, std::vector<SqlRow> &&rows) -> Status {
        REQUIRE(index == answers.size());
        REQUIRE(rows.size() == 1);
        answers.push_back(std::get<std::int64_t>(rows.front()[0]));
        return {};
    };
    REQUIRE((*db)->runMany(99, batch, collectAnswer));
    REQUIRE(answers.size() == 600);
    for (std::size_t i = 0; i < answers.size(); ++i)
        CHECK(answers[i] == 1000 / std::int64_t(i + 1));
    answers.clear();
    batch[300] = {std::int64_t(0)}; // division by zero in the second pipeline
    auto failed = (*db)->runMany(99, batch, collectAnswer);
    REQUIRE_FALSE(failed);
    CHECK(failed.error().detail.find("division by zero") != std::string::npos);
    CHECK(answers.size() == 300);
    auto after = (*db)->query("SELECT 42");
    REQUIRE(after);
    CHECK(std::get<std::int64_t>(after->front()[0]) == 42);
}

TEST_CASE("fleet: the CLI imports a folder and summarizes it as text, json and csv", "[fleet][cli]")
{
    Fleet fleet;
    const std::string db = fleet.dir.path() + "/cli.sqlite";
    const auto imported =
        test::runCli("fleet import '" + fleet.reports + "' --db '" + db + "' --rings '" + fleet.rings + "'");
    CHECK(imported.exitCode == 0);
    CHECK(imported.out.find("Imported " + std::to_string(fleet.files) + " new reports") != std::string::npos);
    const auto json = test::runCli("fleet summary --db '" + db + "' --format json");
    REQUIRE(json.exitCode == 0);
    const nlohmann::json summary = nlohmann::json::parse(json.out);
    CHECK(summary["devices"] == 60);
    CHECK(summary["by_verdict"].size() == 4);
    CHECK(summary["by_ring"].is_object());
    auto store = FleetStore::open(db, false);
    REQUIRE(store);
    CHECK(summary == summaryToJson(*store->summary()));
    const auto csv = test::runCli("fleet summary --db '" + db + "' --format csv");
    CHECK(csv.exitCode == 0);
    CHECK(csv.out.rfind("dimension,value,devices,ready\ntotal,devices,60,\n", 0) == 0);
    const auto text = test::runCli("fleet summary --db '" + db + "'");
    CHECK(text.out.find("Devices: 60") != std::string::npos);

    test::writeFile(fleet.reports + "/broken.json", "{\"schema\": ");
    const auto bad = test::runCli("fleet import '" + fleet.reports + "' --db '" + db + "'");
    CHECK(bad.exitCode == 3);
    CHECK(bad.err.find("broken.json: malformed or truncated JSON") != std::string::npos);
    CHECK(bad.out.find("Imported 0 new reports") != std::string::npos);

    const std::string other = fleet.dir.path() + "/other.sqlite";
    const auto missing = test::runCli("fleet import '" + fleet.dir.path() + "/nothing' --db '" + other + "'");
    CHECK(missing.exitCode == 3);
    CHECK(missing.err.find("no such file or folder") != std::string::npos);
    CHECK_FALSE(fs::exists(other)); // bad input leaves no store behind
    CHECK(test::runCli("fleet summary --db '" + other + "'").exitCode == 3);
    CHECK(test::runCli("fleet summary --db '" + db + "' --format xml").exitCode == 3);
    CHECK(test::runCli("fleet export").exitCode == 3);
}
