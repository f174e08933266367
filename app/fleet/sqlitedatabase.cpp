// SQLite backend of the fleet store.
#include "sqldatabase.h"

#include <filesystem>
#include <map>
#include <sqlite3.h>

namespace hpr::fleet {

namespace {

class SqliteDatabase final : public SqlDatabase
{
public:
    explicit SqliteDatabase(sqlite3 *db)
        : m_db(db)
    {
    }
    ~SqliteDatabase() override
    {
        for (auto &[id, stmt] : m_statements)
            sqlite3_finalize(stmt);
        sqlite3_close(m_db);
    }

    std::string kind() const override { return "sqlite"; }

    Status exec(const std::string &sql) override
    {
        char *message = nullptr;
        if (sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
            Error e = failure(message ? message : sqlite3_errmsg(m_db));
            sqlite3_free(message);
            return e;
        }
        return {};
    }

    Status prepare(int id, const std::string &sql) override
    {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v3(m_db, sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK)
            return failure(sqlite3_errmsg(m_db));
        if (auto it = m_statements.find(id); it != m_statements.end())
            sqlite3_finalize(it->second);
        m_statements[id] = stmt;
        return {};
    }

    Expected<std::vector<SqlRow>> run(int id, const std::vector<SqlValue> &params) override
    {
        const auto it = m_statements.find(id);
        if (it == m_statements.end())
            return makeError(ErrorCode::Failed, "fleet store: statement " + std::to_string(id) + " not prepared");
        sqlite3_stmt *stmt = it->second;
        for (std::size_t i = 0; i < params.size(); ++i) {
            // SQLite numbers "$N" parameters in order of first appearance, so look each one up by name.
            const int index = sqlite3_bind_parameter_index(stmt, ("$" + std::to_string(i + 1)).c_str());
            if (index == 0)
                continue;
            const SqlValue &v = params[i];
            if (const auto *n = std::get_if<std::int64_t>(&v))
                sqlite3_bind_int64(stmt, index, *n);
            else if (const auto *s = std::get_if<std::string>(&v))
                sqlite3_bind_text(stmt, index, s->data(), static_cast<int>(s->size()), SQLITE_STATIC);
            else
                sqlite3_bind_null(stmt, index);
        }
        auto rows = collect(stmt);
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
        return rows;
    }

    Expected<std::vector<SqlRow>> query(const std::string &sql) override
    {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK)
            return failure(sqlite3_errmsg(m_db));
        auto rows = collect(stmt);
        sqlite3_finalize(stmt);
        return rows;
    }

    Status scan(const std::string &sql, const std::function<void(const std::string_view *)> &onRow) override
    {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK)
            return failure(sqlite3_errmsg(m_db));
        std::vector<std::string_view> columns(static_cast<std::size_t>(sqlite3_column_count(stmt)));
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            for (std::size_t c = 0; c < columns.size(); ++c) {
                const int i = static_cast<int>(c);
                const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, i));
                columns[c] = text ? std::string_view(text, static_cast<std::size_t>(sqlite3_column_bytes(stmt, i)))
                                  : std::string_view();
            }
            onRow(columns.data());
        }
        Status status;
        if (rc != SQLITE_DONE)
            status = failure(sqlite3_errmsg(m_db));
        sqlite3_finalize(stmt);
        return status;
    }

private:
    Error failure(const std::string &what) const { return makeError(ErrorCode::Failed, "SQLite: " + what); }

    Expected<std::vector<SqlRow>> collect(sqlite3_stmt *stmt)
    {
        std::vector<SqlRow> rows;
        for (;;) {
            const int rc = sqlite3_step(stmt);
            if (rc == SQLITE_DONE)
                return rows;
            if (rc != SQLITE_ROW)
                return failure(sqlite3_errmsg(m_db));
            const int n = sqlite3_column_count(stmt);
            SqlRow row(static_cast<std::size_t>(n));
            for (int c = 0; c < n; ++c) {
                switch (sqlite3_column_type(stmt, c)) {
                case SQLITE_INTEGER: row[c] = static_cast<std::int64_t>(sqlite3_column_int64(stmt, c)); break;
                case SQLITE_NULL: break;
                default: {
                    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, c));
                    row[c] = std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(stmt, c)));
                }
                }
            }
            rows.push_back(std::move(row));
        }
    }

    sqlite3 *m_db;
    std::map<int, sqlite3_stmt *> m_statements;
};

} // namespace

Expected<std::unique_ptr<SqlDatabase>> openSqlite(const std::string &path, bool create)
{
    std::error_code ec;
    if (!create && !std::filesystem::exists(path, ec))
        return makeError(ErrorCode::NotFound,
                         "no fleet store at " + path + " (import reports first: fleet import DIR)");
    if (std::filesystem::is_directory(path, ec))
        return makeError(ErrorCode::BadInput, "fleet store " + path + " is a directory, not an SQLite file");
    sqlite3 *db = nullptr;
    // NOMUTEX: a connection is used by one thread at a time (sqldatabase.h), so SQLite's own locks only cost.
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (create ? SQLITE_OPEN_CREATE : 0);
    if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
        const std::string why = db ? sqlite3_errmsg(db) : "out of memory";
        sqlite3_close(db);
        return makeError(ErrorCode::Failed, "cannot open the fleet store " + path + ": " + why);
    }
    sqlite3_busy_timeout(db, 10000);
    auto store = std::make_unique<SqliteDatabase>(db);
    // WAL: readers (the dashboard) never block the one writer; NORMAL sync is crash-safe in WAL mode.
    if (Status s = store->exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY;"
                               "PRAGMA cache_size=-65536; PRAGMA foreign_keys=ON;");
        !s) {
        return makeError(ErrorCode::BadInput, path + " is not a fleet store (" + s.error().detail + ")");
    }
    return std::unique_ptr<SqlDatabase>(std::move(store));
}

} // namespace hpr::fleet
