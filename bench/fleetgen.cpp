// hpr-fleet-gen: writes N realistic JSON reports for the fleet benchmark (bench/fleet-bench.sh).
#include "reportgenerator.h"

#include <cstdio>
#include <cstdlib>
#include <string>

int main(int argc, char **argv)
{
    hpr::bench::FleetOptions options;
    std::string dir;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        const bool hasValue = i + 1 < argc;
        if (a == "--devices" && hasValue)
            options.devices = std::strtoull(argv[++i], nullptr, 10);
        else if (a == "--history-percent" && hasValue)
            options.historyPercent = static_cast<unsigned>(std::strtoul(argv[++i], nullptr, 10));
        else if (a == "--seed" && hasValue)
            options.seed = static_cast<unsigned>(std::strtoul(argv[++i], nullptr, 10));
        else if (a == "--rings" && hasValue)
            options.ringsCsv = argv[++i];
        else if (dir.empty() && a[0] != '-')
            dir = a;
        else {
            std::fprintf(stderr, "usage: hpr-fleet-gen DIR [--devices N] [--history-percent P] [--seed S] "
                                 "[--rings FILE]\n");
            return 3;
        }
    }
    if (dir.empty()) {
        std::fprintf(stderr, "hpr-fleet-gen: give the output folder\n");
        return 3;
    }
    auto written = hpr::bench::generateFleet(dir, options);
    if (!written) {
        std::fprintf(stderr, "hpr-fleet-gen: %s\n", written.error().detail.c_str());
        return 4;
    }
    std::printf("%zu reports written to %s\n", *written, dir.c_str());
    return 0;
}
