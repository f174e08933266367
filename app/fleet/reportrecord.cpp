#include "reportrecord.h"

#include <cctype>
#include <cstdio>
#define XXH_INLINE_ALL
#include <simdjson.h>
#include <xxhash.h>

namespace hpr::fleet {

namespace {

using simdjson::dom::element;

std::string hashHex(const char *data, std::size_t size)
{
    const XXH128_hash_t h = XXH3_128bits(data, size);
    char text[33];
    std::snprintf(text, sizeof text, "%016llx%016llx", static_cast<unsigned long long>(h.high64),
                  static_cast<unsigned long long>(h.low64));
    return text;
}

/// Reads the required string at a path of keys; the error names the member.
struct Fields
{
    const std::string &name;
    std::string problem;

    bool str(element parent, const char *key, const char *path, std::string &out, bool required = true)
    {
        std::string_view v;
        if (parent[key].get_string().get(v) != simdjson::SUCCESS) {
            if (required && problem.empty())
                problem = std::string("member \"") + path + "\" is missing or not a string";
            return false;
        }
        out.assign(v);
        return true;
    }
};

/// The value of a known fact (facts.ID.value), if it is there.
std::optional<element> factValue(element facts, const char *id)
{
    element fact, value;
    bool known = false;
    if (facts[id].get(fact) != simdjson::SUCCESS || fact["known"].get_bool().get(known) != simdjson::SUCCESS ||
        !known || fact["value"].get(value) != simdjson::SUCCESS)
        return std::nullopt;
    return value;
}

std::string factString(element facts, const char *id)
{
    std::string_view v;
    if (auto value = factValue(facts, id); value && value->get_string().get(v) == simdjson::SUCCESS && !v.empty())
        return std::string(v);
    return "unknown";
}

std::optional<std::int64_t> factInt(element facts, const char *id)
{
    std::int64_t v = 0;
    if (auto value = factValue(facts, id); value && value->get_int64().get(v) == simdjson::SUCCESS)
        return v;
    return std::nullopt;
}

bool knownVerdict(const std::string &v)
{
    return v == "ready" || v == "ready_after_fixes" || v == "blocked" || v == "undetermined";
}

} // namespace

struct ReportReader::Impl
{
    simdjson::dom::parser parser;
};

ReportReader::ReportReader()
    : m_impl(new Impl)
{
}

ReportReader::~ReportReader()
{
    delete m_impl;
}

Expected<ReportRecord> ReportReader::read(const std::string &path)
{
    simdjson::padded_string text;
    if (simdjson::padded_string::load(path).get(text) != simdjson::SUCCESS)
        return makeError(ErrorCode::NotFound, path + ": cannot be read");
    return parse(std::string_view(text.data(), text.size()), path, true);
}

Expected<ReportRecord> ReportReader::parse(const std::string &text, const std::string &name)
{
    return parse(std::string_view(text), name, false);
}

Expected<ReportRecord> ReportReader::parse(std::string_view text, const std::string &name, bool padded)
{
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return makeError(ErrorCode::BadInput, name + ": empty file, not a report");
    element doc;
    if (auto err = m_impl->parser.parse(text.data(), text.size(), !padded).get(doc); err != simdjson::SUCCESS) {
        return makeError(ErrorCode::BadInput,
                         name + ": malformed or truncated JSON (" + simdjson::error_message(err) + ")");
    }
    if (!doc.is_object())
        return makeError(ErrorCode::BadInput, name + ": not a report (the JSON is not an object)");
    ReportRecord r;
    Fields f{name, {}};
    std::string schema;
    if (!f.str(doc, "schema", "schema", schema) || schema != "hotpatch-ready/report/v1")
        return makeError(ErrorCode::BadInput, name + ": not a Hotpatch Ready v1 report (\"schema\" is " +
                                                  (schema.empty() ? std::string("missing") : "'" + schema + "'") +
                                                  ", expected 'hotpatch-ready/report/v1')");
    element device, tool, table, facts, blockers;
    if (doc["device"].get(device) != simdjson::SUCCESS || !device.is_object())
        return makeError(ErrorCode::BadInput, name + ": member \"device\" is missing or not an object");
    if (doc["facts"].get(facts) != simdjson::SUCCESS || !facts.is_object())
        return makeError(ErrorCode::BadInput, name + ": member \"facts\" is missing or not an object");
    if (doc["blockers"].get(blockers) != simdjson::SUCCESS || !blockers.is_array())
        return makeError(ErrorCode::BadInput, name + ": member \"blockers\" is missing or not an array");
    f.str(doc, "generated_at", "generated_at", r.generatedAt);
    f.str(doc, "as_of", "as_of", r.asOf);
    f.str(doc, "verdict", "verdict", r.verdict);
    f.str(device, "hostname", "device.hostname", r.hostname);
    f.str(device, "serial", "device.serial", r.serial);
    f.str(device, "manufacturer", "device.manufacturer", r.manufacturer);
    f.str(device, "model", "device.model", r.model);
    if (doc["tool"].get(tool) == simdjson::SUCCESS)
        f.str(tool, "version", "tool.version", r.toolVersion);
    else if (f.problem.empty())
        f.problem = "member \"tool\" is missing";
    if (doc["release_table"].get(table) == simdjson::SUCCESS)
        f.str(table, "date", "release_table.date", r.releaseTableDate);
    else if (f.problem.empty())
        f.problem = "member \"release_table\" is missing";
    if (!f.problem.empty())
        return makeError(ErrorCode::BadInput, name + ": " + f.problem);
    if (r.hostname.empty())
        return makeError(ErrorCode::BadInput, name + ": \"device.hostname\" is empty");
    if (r.generatedAt.size() < 10)
        return makeError(ErrorCode::BadInput,
                         name + ": \"generated_at\" '" + r.generatedAt + "' is not an ISO 8601 time");
    if (!knownVerdict(r.verdict))
        r.verdict = "undetermined"; // docs/report.md: an unknown value reads like undetermined
    for (element b : simdjson::dom::array(blockers)) {
        Blocker blocker;
        std::string_view check, category;
        if (b["check"].get_string().get(check) != simdjson::SUCCESS ||
            b["category"].get_string().get(category) != simdjson::SUCCESS)
            return makeError(ErrorCode::BadInput, name + ": a member of \"blockers\" lacks \"check\" or \"category\"");
        r.blockers.push_back({std::string(check), std::string(category)});
    }
    r.arch = factString(facts, "os.arch");
    r.edition = factString(facts, "os.edition_id");
    r.baseline = factString(facts, "update.baseline_status");
    r.build = factInt(facts, "os.build");
    r.ubr = factInt(facts, "os.ubr");
    r.contentHash = hashHex(text.data(), text.size());
    return r;
}

std::string ReportRecord::deviceKey() const
{
    std::string key = hostname;
    for (char &c : key)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return key + "/" + serial;
}

std::string ReportRecord::buildLabel() const
{
    if (!build)
        return "unknown";
    return ubr ? std::to_string(*build) + "." + std::to_string(*ubr) : std::to_string(*build);
}

std::string ReportRecord::blockersText() const
{
    return fleet::blockersText(blockers);
}

std::string blockersText(const std::vector<Blocker> &blockers)
{
    std::string out;
    for (const Blocker &b : blockers) {
        if (!out.empty())
            out += ';';
        out += b.check + ':' + b.category;
    }
    return out;
}

std::vector<Blocker> parseBlockersText(const std::string &text)
{
    std::vector<Blocker> out;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find(';', start);
        if (end == std::string::npos)
            end = text.size();
        const std::string item = text.substr(start, end - start);
        const std::size_t colon = item.find(':');
        if (colon != std::string::npos)
            out.push_back({item.substr(0, colon), item.substr(colon + 1)});
        start = end + 1;
    }
    return out;
}

} // namespace hpr::fleet
