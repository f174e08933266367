// PostgreSQL backend of the fleet store (libpq): a store shared by several benches.
#include "sqldatabase.h"

#include <algorithm>
#include <charconv>
#include <libpq-fe.h>
#include <map>

namespace hpr::fleet {

namespace {

constexpr Oid kInt8Oid = 20, kInt2Oid = 21, kInt4Oid = 23;
/// Statements in one pipeline at most (SqlDatabase::runMany).
constexpr std::size_t kInFlight = 256;

class PostgresDatabase final : public SqlDatabase
{
public:
    explicit PostgresDatabase(PGconn *conn)
        : m_conn(conn)
    {
    }
    ~PostgresDatabase() override { PQfinish(m_conn); }

    std::string kind() const override { return "postgresql"; }

    Status exec(const std::string &sql) override
    {
        PGresult *res = PQexec(m_conn, sql.c_str());
        auto rows = collect(res);
        if (!rows)
            return rows.error();
        return {};
    }

    Status prepare(int id, const std::string &sql) override
    {
        const std::string name = "hpr_" + std::to_string(id);
        if (m_prepared.count(id))
            PQclear(PQexec(m_conn, ("DEALLOCATE " + name).c_str()));
        PGresult *res = PQprepare(m_conn, name.c_str(), sql.c_str(), 0, nullptr);
        auto rows = collect(res);
        if (!rows)
            return rows.error();
        m_prepared[id] = name;
        return {};
    }

    Expected<std::vector<SqlRow>> run(int id, const std::vector<SqlValue> &params) override
    {
        const auto it = m_prepared.find(id);
        if (it == m_prepared.end())
            return makeError(ErrorCode::Failed, "fleet store: statement " + std::to_string(id) + " not prepared");
        const Parameters p(params);
        PGresult *res = PQexecPrepared(m_conn, it->second.c_str(), static_cast<int>(params.size()), p.values.data(),
                                       nullptr, nullptr, 0);
        return collect(res);
    }

    // libpq's pipeline mode, entered once: chunks of at most kInFlight statements, each sent whole and followed by
    // a sync, then its results read in order. A chunk's results are small (a row or a command tag each), so the
    // server never blocks on a full socket while the client is still sending.
    Status runMany(int id, const std::vector<std::vector<SqlValue>> &batch,
                   const std::function<Status(std::size_t, std::vector<SqlRow> &&)> &onRows) override
    {
        const auto it = m_prepared.find(id);
        if (it == m_prepared.end())
            return makeError(ErrorCode::Failed, "fleet store: statement " + std::to_string(id) + " not prepared");
        if (batch.empty())
            return {};
        if (PQenterPipelineMode(m_conn) != 1) // a connection busy otherwise: one by one
            return SqlDatabase::runMany(id, batch, onRows);
        Status status;
        for (std::size_t first = 0; status && first < batch.size(); first += kInFlight)
            status = pipelineChunk(it->second, batch, first, std::min(batch.size(), first + kInFlight), onRows);
        if (PQexitPipelineMode(m_conn) != 1) { // results left over: read them, then leave
            while (PGresult *res = PQgetResult(m_conn))
                PQclear(res);
            if (PQexitPipelineMode(m_conn) != 1 && status)
                status = makeError(ErrorCode::Failed, "PostgreSQL: " + trimmed(PQerrorMessage(m_conn)));
        }
        return status;
    }

    Expected<std::vector<SqlRow>> query(const std::string &sql) override
    {
        return collect(PQexec(m_conn, sql.c_str()));
    }

    Status scan(const std::string &sql, const std::function<void(const std::string_view *)> &onRow) override
    {
        PGresult *res = PQexec(m_conn, sql.c_str());
        if (Status s = check(res); !s)
            return s;
        const int n = PQntuples(res), cols = PQnfields(res);
        std::vector<std::string_view> columns(static_cast<std::size_t>(cols));
        for (int r = 0; r < n; ++r) {
            for (int c = 0; c < cols; ++c)
                columns[static_cast<std::size_t>(c)] =
                    std::string_view(PQgetvalue(res, r, c), static_cast<std::size_t>(PQgetlength(res, r, c)));
            onRow(columns.data());
        }
        PQclear(res);
        return {};
    }

private:
    /// Statements first..last of the batch, in pipeline mode: all sent, one sync, then every result read up to the
    /// sync's, also after an error (the statements after it come back aborted), so the pipeline stays usable.
    Status pipelineChunk(const std::string &name, const std::vector<std::vector<SqlValue>> &batch, std::size_t first,
                         std::size_t last, const std::function<Status(std::size_t, std::vector<SqlRow> &&)> &onRows)
    {
        Status status;
        std::size_t sent = first;
        for (; sent < last; ++sent) {
            const Parameters p(batch[sent]);
            if (PQsendQueryPrepared(m_conn, name.c_str(), static_cast<int>(batch[sent].size()), p.values.data(),
                                    nullptr, nullptr, 0) != 1) {
                status = makeError(ErrorCode::Failed, "PostgreSQL: " + trimmed(PQerrorMessage(m_conn)));
                break;
            }
        }
        if (PQpipelineSync(m_conn) != 1 && status)
            status = makeError(ErrorCode::Failed, "PostgreSQL: " + trimmed(PQerrorMessage(m_conn)));
        // Every statement sent has its result and a NULL after it; then the sync's result.
        for (std::size_t i = first; i < sent; ++i) {
            PGresult *res = PQgetResult(m_conn);
            if (!res) { // the connection failed: nothing more will come
                if (status)
                    status = makeError(ErrorCode::Failed, "PostgreSQL: " + trimmed(PQerrorMessage(m_conn)));
                break;
            }
            if (PQresultStatus(res) == PGRES_PIPELINE_ABORTED) {
                PQclear(res);
            } else {
                auto rows = collect(res);
                if (status)
                    status = rows ? onRows(i, std::move(*rows)) : Status(rows.error());
            }
            while (PGresult *extra = PQgetResult(m_conn)) // up to the NULL that ends this statement's results
                PQclear(extra);
        }
        for (PGresult *res; (res = PQgetResult(m_conn)) != nullptr;) {
            const bool sync = PQresultStatus(res) == PGRES_PIPELINE_SYNC;
            PQclear(res);
            if (sync)
                break;
        }
        return status;
    }

    /// Parameters as libpq takes them: texts, NULL for none.
    struct Parameters
    {
        std::vector<std::string> text;
        std::vector<const char *> values;
        explicit Parameters(const std::vector<SqlValue> &params)
            : text(params.size())
            , values(params.size(), nullptr)
        {
            for (std::size_t i = 0; i < params.size(); ++i) {
                if (const auto *n = std::get_if<std::int64_t>(&params[i])) {
                    text[i] = std::to_string(*n);
                    values[i] = text[i].c_str();
                } else if (const auto *s = std::get_if<std::string>(&params[i])) {
                    values[i] = s->c_str();
                }
            }
        }
    };

    static std::string trimmed(std::string why)
    {
        while (!why.empty() && (why.back() == '\n' || why.back() == ' '))
            why.pop_back();
        return why;
    }

    /// Nothing when the result is a success; else libpq's message (the result freed).
    Status check(PGresult *res)
    {
        const ExecStatusType st = res ? PQresultStatus(res) : PGRES_FATAL_ERROR;
        if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK)
            return {};
        const std::string why = trimmed(res ? PQresultErrorMessage(res) : PQerrorMessage(m_conn));
        PQclear(res);
        return makeError(ErrorCode::Failed, "PostgreSQL: " + why);
    }

    /// The rows of a result (integers typed as integers), or libpq's message; frees the result.
    Expected<std::vector<SqlRow>> collect(PGresult *res)
    {
        if (Status s = check(res); !s)
            return s.error();
        std::vector<SqlRow> rows;
        const int n = PQntuples(res), cols = PQnfields(res);
        rows.reserve(static_cast<std::size_t>(n));
        for (int r = 0; r < n; ++r) {
            SqlRow row(static_cast<std::size_t>(cols));
            for (int c = 0; c < cols; ++c) {
                if (PQgetisnull(res, r, c))
                    continue;
                const char *v = PQgetvalue(res, r, c);
                const Oid type = PQftype(res, c);
                if (type == kInt8Oid || type == kInt4Oid || type == kInt2Oid) {
                    std::int64_t number = 0;
                    std::from_chars(v, v + PQgetlength(res, r, c), number);
                    row[c] = number;
                } else {
                    row[c] = std::string(v, static_cast<std::size_t>(PQgetlength(res, r, c)));
                }
            }
            rows.push_back(std::move(row));
        }
        PQclear(res);
        return rows;
    }

    PGconn *m_conn;
    std::map<int, std::string> m_prepared;
};

void ignoreNotice(void *, const PGresult *) {}

} // namespace

std::string redactUri(const std::string &uri)
{
    // scheme://user:password@host/... -> scheme://user:***@host/...
    const std::size_t scheme = uri.find("://");
    if (scheme == std::string::npos)
        return uri;
    const std::size_t at = uri.find('@', scheme + 3);
    const std::size_t colon = uri.find(':', scheme + 3);
    if (at == std::string::npos || colon == std::string::npos || colon > at)
        return uri;
    return uri.substr(0, colon + 1) + "***" + uri.substr(at);
}

Expected<std::unique_ptr<SqlDatabase>> openPostgres(const std::string &uri)
{
    PGconn *conn = PQconnectdb(uri.c_str());
    if (!conn || PQstatus(conn) != CONNECTION_OK) {
        std::string why = conn ? PQerrorMessage(conn) : "out of memory";
        while (!why.empty() && (why.back() == '\n' || why.back() == ' '))
            why.pop_back();
        PQfinish(conn);
        return makeError(ErrorCode::Failed, "cannot connect to the fleet store " + redactUri(uri) + ": " + why);
    }
    PQsetNoticeReceiver(conn, ignoreNotice, nullptr); // "relation already exists, skipping" is expected
    return std::unique_ptr<SqlDatabase>(std::make_unique<PostgresDatabase>(conn));
}

} // namespace hpr::fleet
