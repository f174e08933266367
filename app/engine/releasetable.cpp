#include "releasetable.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace hpr {

extern const char *const kEmbeddedReleaseTable; // generated from resources/data/hotpatch-calendar.json

namespace {

std::string monthOf(const std::string &date)
{
    return date.substr(0, 7);
}

/// "October 2026" (a month of a year, as a release is named).
Text monthOfYear(int month, int year)
{
    static const char *names[] = {
        QT_TRANSLATE_NOOP("hpr::engine", "January %1"),   QT_TRANSLATE_NOOP("hpr::engine", "February %1"),
        QT_TRANSLATE_NOOP("hpr::engine", "March %1"),     QT_TRANSLATE_NOOP("hpr::engine", "April %1"),
        QT_TRANSLATE_NOOP("hpr::engine", "May %1"),       QT_TRANSLATE_NOOP("hpr::engine", "June %1"),
        QT_TRANSLATE_NOOP("hpr::engine", "July %1"),      QT_TRANSLATE_NOOP("hpr::engine", "August %1"),
        QT_TRANSLATE_NOOP("hpr::engine", "September %1"), QT_TRANSLATE_NOOP("hpr::engine", "October %1"),
        QT_TRANSLATE_NOOP("hpr::engine", "November %1"),  QT_TRANSLATE_NOOP("hpr::engine", "December %1")};
    return (month >= 1 && month <= 12) ? Text(names[month - 1], {std::to_string(year)})
                                       : Text("? " + std::to_string(year));
}

void explain(BaselinePosition &p, Text text)
{
    p.explanation = text.str();
    p.explanationText = std::move(text);
}

} // namespace

Expected<ReleaseTable> ReleaseTable::parse(const std::string &text, const std::string &origin)
{
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error &e) {
        return makeError(ErrorCode::BadInput, origin + ": not valid JSON (byte " + std::to_string(e.byte) + ")");
    }
    auto where = [&](const std::string &path, const std::string &what) {
        return makeError(ErrorCode::BadInput, origin + ": " + path + ": " + what);
    };
    if (!j.is_object() || j.value("schema", "") != "hotpatch-ready/release-table/v1")
        return where("/schema", "expected \"hotpatch-ready/release-table/v1\"");
    ReleaseTable t;
    t.origin = origin;
    try {
        t.date = j.at("date").get<std::string>();
        t.sourcesAsOf = j.value("sources_as_of", t.date);
        t.plannedBaselineMonths = j.value("planned_baseline_months", std::vector<int>{1, 4, 7, 10});
        const auto &tracks = j.at("tracks");
        for (std::size_t i = 0; i < tracks.size(); ++i) {
            const auto &tj = tracks.at(i);
            ReleaseTrack tr;
            tr.id = tj.at("id").get<std::string>();
            tr.installationType = tj.at("installation_type").get<std::string>();
            tr.builds = tj.at("builds").get<std::vector<std::int64_t>>();
            tr.minUbr = tj.value("min_ubr", std::int64_t{0});
            tr.minUbrNote = tj.value("min_ubr_note", "");
            for (const auto &rj : tj.at("releases")) {
                Release r;
                r.month = rj.at("month").get<std::string>();
                r.type = rj.at("type").get<std::string>();
                r.date = rj.at("date").get<std::string>();
                r.ubr = rj.at("ubr").get<std::int64_t>();
                r.kb = rj.value("kb", "");
                r.confidence = rj.value("confidence", "");
                if (r.type != "baseline" && r.type != "hotpatch" && r.type != "unknown")
                    return where("/tracks/" + std::to_string(i) + "/releases/" + r.month + "/type",
                                 "expected baseline, hotpatch or unknown, got \"" + r.type + "\"");
                tr.releases.push_back(std::move(r));
            }
            std::sort(tr.releases.begin(), tr.releases.end(),
                      [](const Release &a, const Release &b) { return a.date < b.date; });
            t.tracks.push_back(std::move(tr));
        }
    } catch (const nlohmann::json::exception &e) {
        return where("/", std::string("missing or mistyped field (") + e.what() + ")");
    }
    return t;
}

Expected<ReleaseTable> ReleaseTable::load(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return makeError(ErrorCode::NotFound, path + ": cannot open the release table file");
    std::stringstream ss;
    ss << in.rdbuf();
    return parse(ss.str(), path);
}

const ReleaseTable &ReleaseTable::embedded()
{
    static const ReleaseTable table = [] {
        auto t = parse(kEmbeddedReleaseTable, "embedded");
        return t ? *t : ReleaseTable{};
    }();
    return table;
}

const ReleaseTrack *ReleaseTable::trackFor(const std::string &installationType, std::int64_t build) const
{
    for (const auto &t : tracks)
        if (t.installationType == installationType &&
            std::find(t.builds.begin(), t.builds.end(), build) != t.builds.end())
            return &t;
    return nullptr;
}

BaselinePosition positionOf(const ReleaseTable &table, const std::string &installationType, std::int64_t build,
                            std::int64_t ubr, const std::string &asOf)
{
    BaselinePosition p;
    const std::string asOfMonth = monthOf(asOf);
    const int asOfMonthNumber = std::stoi(asOfMonth.substr(5, 2));
    const bool plannedBaseline = std::find(table.plannedBaselineMonths.begin(), table.plannedBaselineMonths.end(),
                                           asOfMonthNumber) != table.plannedBaselineMonths.end();

    const ReleaseTrack *track = table.trackFor(installationType, build);
    p.channelMonth = plannedBaseline ? "baseline" : "hotpatch";
    p.channelMonthPlanned = true;
    if (!track) {
        p.status = "unknown";
        explain(p, Text(QT_TRANSLATE_NOOP("hpr::engine",
                                          "Build %1 (%2) is on no hotpatch track in the release table dated %3."),
                        {std::to_string(build), installationType, table.date}));
        return p;
    }
    for (const auto &r : track->releases) {
        if (r.date > asOf)
            break;
        if (r.month == asOfMonth) {
            p.channelMonth = r.type;
            p.channelMonthPlanned = false;
        }
        if (r.type == "baseline")
            p.latestBaseline = r;
    }
    // Planned baseline months between the newest row of the table and today are unknown to it.
    const std::string lastMonth = track->releases.empty() ? std::string() : track->releases.back().month;
    int y = std::stoi(asOf.substr(0, 4));
    for (int m = asOfMonthNumber, n = 0; n < 12; ++n) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
        const std::string month = buf;
        if (month <= lastMonth)
            break;
        if (std::find(table.plannedBaselineMonths.begin(), table.plannedBaselineMonths.end(), m) !=
            table.plannedBaselineMonths.end()) {
            Text named = monthOfYear(m, y);
            p.missingPlannedBaselines.insert(p.missingPlannedBaselines.begin(), named.str());
            p.missingPlannedBaselineTexts.insert(p.missingPlannedBaselineTexts.begin(), std::move(named));
        }
        if (--m == 0) {
            m = 12;
            --y;
        }
    }
    if (!p.latestBaseline) {
        p.status = "unknown";
        explain(p, Text(QT_TRANSLATE_NOOP("hpr::engine",
                                          "The release table has no baseline for this track on or before %1."),
                        {asOf}));
        return p;
    }
    const auto &b = *p.latestBaseline;
    const std::string full = std::to_string(build) + "." + std::to_string(ubr);
    const std::string baseline = std::to_string(build) + "." + std::to_string(b.ubr);
    if (ubr >= b.ubr) {
        p.status = "current_baseline";
        //: %1 the device's build, %2 the baseline's month (YYYY-MM), %3 the baseline's build, %4 its KB.
        explain(p, Text(QT_TRANSLATE_NOOP("hpr::engine",
                                          "Build %1 is on or after the latest baseline in the table, %2 %3 (%4)."),
                        {full, b.month, baseline, b.kb}));
    } else {
        p.status = "behind_baseline";
        //: %1 the device's build, %2 the baseline's month (YYYY-MM), %3 the baseline's build, %4 its KB.
        explain(p, Text(QT_TRANSLATE_NOOP("hpr::engine", "Build %1 is older than the latest baseline, %2 %3 (%4)."),
                        {full, b.month, baseline, b.kb}));
    }
    return p;
}

std::string todayUtc()
{
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
#ifdef _WIN32
    gmtime_s(&tm, &now);
#else
    gmtime_r(&now, &tm);
#endif
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
}

} // namespace hpr
