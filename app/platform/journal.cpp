#include "journal.h"

#include "engine/durablefile.h"
#include "engine/report.h"
#include "sim/simprofile.h"

#include <filesystem>
#include <nlohmann/json.hpp>

namespace hpr {

std::string Journal::toJsonText() const
{
    nlohmann::json j;
    j["schema"] = "hotpatch-ready/journal/v1";
    j["id"] = id;
    j["created_at"] = createdAt;
    j["updated_at"] = updatedAt;
    j["device"] = device;
    j["state"] = state;
    j["note"] = note;
    j["entries"] = nlohmann::json::array();
    for (const auto &e : entries)
        j["entries"].push_back({{"key", e.key},
                                {"name", e.name},
                                {"prior", e.prior ? regValueToJson(*e.prior) : nlohmann::json(nullptr)},
                                {"after", regValueToJson(e.after)},
                                {"applied", e.applied}});
    return j.dump(2) + "\n";
}

Expected<Journal> Journal::fromJsonText(const std::string &text, const std::string &origin)
{
    auto bad = [&](const std::string &what) {
        return makeError(ErrorCode::BadInput, origin + ": damaged journal: " + what);
    };
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error &e) {
        return bad("not valid JSON at byte " + std::to_string(e.byte));
    }
    if (!j.is_object() || j.value("schema", "") != "hotpatch-ready/journal/v1")
        return bad("/schema is not hotpatch-ready/journal/v1");
    Journal out;
    try {
        out.id = j.at("id").get<std::string>();
        out.createdAt = j.at("created_at").get<std::string>();
        out.updatedAt = j.value("updated_at", out.createdAt);
        out.device = j.at("device").get<std::string>();
        out.state = j.at("state").get<std::string>();
        out.note = j.value("note", "");
        std::size_t i = 0;
        for (const auto &ej : j.at("entries")) {
            JournalEntry e;
            e.key = ej.at("key").get<std::string>();
            e.name = ej.at("name").get<std::string>();
            if (!ej.at("prior").is_null()) {
                auto prior = regValueFromJson(ej.at("prior"));
                if (!prior)
                    return bad("/entries/" + std::to_string(i) + "/prior: " + prior.error().detail);
                e.prior = *prior;
            }
            auto after = regValueFromJson(ej.at("after"));
            if (!after)
                return bad("/entries/" + std::to_string(i) + "/after: " + after.error().detail);
            e.after = *after;
            e.applied = ej.at("applied").get<bool>();
            out.entries.push_back(std::move(e));
            ++i;
        }
    } catch (const nlohmann::json::exception &e) {
        return bad(std::string("missing or mistyped field (") + e.what() + ")");
    }
    return out;
}

Status Journal::save(const std::string &path) const
{
    return writeFileDurably(path, toJsonText());
}

Expected<std::optional<Journal>> Journal::load(const std::string &path)
{
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        return std::optional<Journal>{};
    auto text = readWholeFile(path);
    if (!text)
        return text.error();
    auto j = fromJsonText(*text, path);
    if (!j)
        return j.error();
    return std::optional<Journal>{std::move(*j)};
}

} // namespace hpr
