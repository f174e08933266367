// The embedded hotpatch release table and the baseline position of a build.
#include "engine/releasetable.h"

#include <catch2/catch.hpp>

using namespace hpr;

TEST_CASE("the embedded table parses and is dated", "[calendar]")
{
    const auto &t = ReleaseTable::embedded();
    CHECK(t.date == "2026-11-25");
    CHECK(t.origin == "embedded");
    REQUIRE(t.trackFor("client", 26100));
    CHECK(t.trackFor("client", 26200) == t.trackFor("client", 26100));
    CHECK(t.trackFor("client", 19045) == nullptr);
    CHECK(t.trackFor("server", 26100) != nullptr);
}

TEST_CASE("baseline position follows the 2026 calendar corrections", "[calendar]")
{
    const auto &t = ReleaseTable::embedded();
    SECTION("on the July 2026 baseline")
    {
        auto p = positionOf(t, "client", 26100, 8875, "2026-08-20");
        CHECK(p.status == "current_baseline");
        CHECK(p.latestBaseline->kb == "KB5101650");
        CHECK(p.channelMonth == "hotpatch"); // August 2026 is a hotpatch month (KB5120994)
        CHECK_FALSE(p.channelMonthPlanned);
    }
    SECTION("June 2026 is an (unplanned) baseline")
    {
        auto p = positionOf(t, "client", 26200, 8390, "2026-06-20");
        CHECK(p.status == "behind_baseline");
        CHECK(p.latestBaseline->month == "2026-06");
        CHECK(p.channelMonth == "baseline");
    }
    SECTION("a hotpatched UBR below the same month's LCU is still current")
    {
        auto p = positionOf(t, "client", 26100, 9106, "2026-08-20");
        CHECK(p.status == "current_baseline");
    }
    SECTION("September 2026 type is unconfirmed")
    {
        auto p = positionOf(t, "client", 26100, 9445, "2026-09-20");
        CHECK(p.channelMonth == "unknown");
        CHECK(p.missingPlannedBaselines.empty());
    }
    SECTION("after the table's data, missing planned baselines are listed")
    {
        auto p = positionOf(t, "client", 26100, 9445, "2026-11-25");
        CHECK(p.status == "current_baseline");
        REQUIRE(p.missingPlannedBaselines == std::vector<std::string>{"October 2026"});
        CHECK(p.channelMonth == "hotpatch");
        CHECK(p.channelMonthPlanned);
    }
    SECTION("server 2025 uses its own 2026 numbering")
    {
        auto p = positionOf(t, "server", 26100, 32690, "2026-05-20");
        CHECK(p.status == "current_baseline");
        CHECK(positionOf(t, "server", 26100, 32230, "2026-05-20").status == "behind_baseline");
    }
    SECTION("a build on no track is unknown")
    {
        CHECK(positionOf(t, "client", 22631, 5000, "2026-11-25").status == "unknown");
    }
}

TEST_CASE("a replacement table is validated with the path named", "[calendar]")
{
    auto bad = ReleaseTable::parse(R"({"schema": "hotpatch-ready/release-table/v1", "date": "2027-01-20",
        "tracks": [{"id": "x", "installation_type": "client", "builds": [26100],
                    "releases": [{"month": "2026-10", "type": "basline", "date": "2026-10-13", "ubr": 9999}]}]})",
                                   "new.json");
    REQUIRE_FALSE(bad);
    CHECK(bad.error().detail.find("new.json") != std::string::npos);
    CHECK(bad.error().detail.find("basline") != std::string::npos);
    CHECK_FALSE(ReleaseTable::parse("{", "broken.json"));
    CHECK_FALSE(ReleaseTable::parse(R"({"schema": "other"})", "other.json"));

    auto good = ReleaseTable::parse(R"({"schema": "hotpatch-ready/release-table/v1", "date": "2027-01-20",
        "tracks": [{"id": "x", "installation_type": "client", "builds": [26100],
                    "releases": [{"month": "2026-10", "type": "baseline", "date": "2026-10-13", "ubr": 9999}]}]})",
                                    "new.json");
    REQUIRE(good);
    CHECK(positionOf(*good, "client", 26100, 9445, "2026-11-25").status == "behind_baseline");
}
