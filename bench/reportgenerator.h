#pragma once
// Writes realistic fleets of JSON reports for the fleet benchmarks and tests: each report is a real
// assessment of a shipped simulated device (as of one of several days), with its own host name, serial number
// and time; optionally older reports of the same devices (history) and a hostname,ring CSV.

#include "engine/expected.h"

#include <cstddef>
#include <string>

namespace hpr::bench {

struct FleetOptions
{
    std::size_t devices = 1000;
    unsigned historyPercent = 0; ///< this share of the devices also gets an older report
    unsigned seed = 1;
    std::string ringsCsv; ///< when set, write "hostname,ring" here
};

/// Writes the reports under dir (one subfolder per site); returns the number of report files.
Expected<std::size_t> generateFleet(const std::string &dir, const FleetOptions &options);

} // namespace hpr::bench
