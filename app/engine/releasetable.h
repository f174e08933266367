#pragma once

#include "expected.h"
#include "text.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hpr {

/// One monthly release of a hotpatch track.
struct Release
{
    std::string month; ///< "YYYY-MM"
    std::string type;  ///< "baseline" | "hotpatch" | "unknown"
    std::string date;  ///< "YYYY-MM-DD"
    std::int64_t ubr = 0;
    std::string kb;
    std::string confidence;
};

/// A servicing track: the builds that share one UBR sequence (e.g. 24H2/25H2/26H2).
struct ReleaseTrack
{
    std::string id;
    std::string installationType; ///< "client" | "server"
    std::vector<std::int64_t> builds;
    std::int64_t minUbr = 0;
    std::string minUbrNote;
    std::vector<Release> releases; ///< ascending by month
};

/// The dated hotpatch release table. Embedded at build time; a newer data file can replace it.
struct ReleaseTable
{
    std::string date;        ///< when the table was compiled
    std::string sourcesAsOf; ///< date of the newest source read
    std::string origin;      ///< "embedded" or the file it was read from
    std::vector<int> plannedBaselineMonths;
    std::vector<ReleaseTrack> tracks;

    static Expected<ReleaseTable> parse(const std::string &json, const std::string &origin);
    static Expected<ReleaseTable> load(const std::string &path);
    static const ReleaseTable &embedded();

    const ReleaseTrack *trackFor(const std::string &installationType, std::int64_t build) const;
};

/// Where a build stands against the table on a given day.
struct BaselinePosition
{
    std::string status; ///< "current_baseline" | "behind_baseline" | "unknown"
    std::optional<Release> latestBaseline;
    std::string channelMonth;                         ///< "baseline" | "hotpatch" | "unknown" for the as-of month
    bool channelMonthPlanned = false;                 ///< true when the month is not in the table (planned calendar)
    std::vector<std::string> missingPlannedBaselines; ///< planned baseline months after the table's data
    std::vector<Text> missingPlannedBaselineTexts;    ///< the same, translatable ("October %1")
    std::string explanation;
    Text explanationText; ///< the same, translatable (explanation == explanationText.str())
};

/// asOf is "YYYY-MM-DD".
BaselinePosition positionOf(const ReleaseTable &table, const std::string &installationType, std::int64_t build,
                            std::int64_t ubr, const std::string &asOf);

/// Today's date (UTC) as "YYYY-MM-DD".
std::string todayUtc();

} // namespace hpr
