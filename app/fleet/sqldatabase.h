#pragma once
// The two SQL engines behind the fleet store: SQLite (a file) and PostgreSQL (libpq). The store speaks one SQL
// dialect to both ($1..$n placeholders, ON CONFLICT, RETURNING); only the id column differs.

#include "engine/expected.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace hpr::fleet {

/// NULL, an integer or text: all the store needs.
using SqlValue = std::variant<std::monostate, std::int64_t, std::string>;
using SqlRow = std::vector<SqlValue>;

/// One connection. Not thread-safe: one writer (the import's) or one reader uses it at a time.
class SqlDatabase
{
public:
    virtual ~SqlDatabase() = default;
    /// "sqlite" or "postgresql".
    virtual std::string kind() const = 0;
    /// Runs one or more statements without parameters.
    virtual Status exec(const std::string &sql) = 0;
    /// Prepares sql (parameters $1..$n) under the given id for run().
    virtual Status prepare(int id, const std::string &sql) = 0;
    /// Runs a prepared statement; the rows it returns (RETURNING, SELECT).
    virtual Expected<std::vector<SqlRow>> run(int id, const std::vector<SqlValue> &params) = 0;
    /// Runs a prepared statement once per parameter set, in order (each sees what those before it wrote), and hands
    /// each one's rows to onRows in the same order; an error from a statement or from onRows stops the rest.
    /// PostgreSQL sends the whole batch as one pipeline (a round trip per batch, not per statement); the default
    /// runs them one by one.
    virtual Status runMany(int id, const std::vector<std::vector<SqlValue>> &batch,
                           const std::function<Status(std::size_t index, std::vector<SqlRow> &&rows)> &onRows)
    {
        for (std::size_t i = 0; i < batch.size(); ++i) {
            auto rows = run(id, batch[i]);
            if (!rows)
                return rows.error();
            if (Status s = onRows(i, std::move(*rows)); !s)
                return s;
        }
        return {};
    }
    /// Runs a query without parameters; its rows.
    virtual Expected<std::vector<SqlRow>> query(const std::string &sql) = 0;
    /// Runs a query without parameters and hands every row to onRow as texts (NULL as empty; numbers as their
    /// digits) without copying them: the views hold during the call only. For reading many rows in one pass.
    virtual Status scan(const std::string &sql, const std::function<void(const std::string_view *columns)> &onRow) = 0;
};

/// Opens (creating when create is set) an SQLite file; NotFound when it is missing and create is not set.
Expected<std::unique_ptr<SqlDatabase>> openSqlite(const std::string &path, bool create);
/// Connects to PostgreSQL with a postgresql:// (or postgres://) URI; Failed with libpq's reason.
Expected<std::unique_ptr<SqlDatabase>> openPostgres(const std::string &uri);

/// The URI with any password replaced by "***", for messages and logs.
std::string redactUri(const std::string &uri);

} // namespace hpr::fleet
