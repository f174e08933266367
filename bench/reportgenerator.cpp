#include "reportgenerator.h"

#include "engine/assessment.h"
#include "engine/report.h"
#include "platform/device.h"
#include "platform/sim/profilecatalog.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <vector>

namespace hpr::bench {

namespace {

namespace fs = std::filesystem;

/// The days the templates are assessed as of: a fleet seen over half a year (baselines change in between).
const char *const kDays[] = {"2026-06-20", "2026-07-20", "2026-08-20", "2026-09-20", "2026-10-20", "2026-11-25"};
const char *const kSites[] = {"BER", "LON", "NYC", "SYD", "TOK", "SAO"};

/// A real report cut where the host name, serial number and time go.
struct Template
{
    std::vector<std::string> parts; ///< text between the holes
    std::vector<int> holes;         ///< 0 host name, 1 serial, 2 generated_at
    std::string day;
};

void cut(Template &t, std::string text, const std::string &host, const std::string &serial,
         const std::string &generatedAt)
{
    const std::pair<std::string, int> needles[] = {
        {'"' + host + '"', 0}, {'"' + serial + '"', 1}, {'"' + generatedAt + '"', 2}};
    std::size_t pos = 0;
    for (;;) {
        std::size_t best = std::string::npos;
        int hole = -1;
        std::size_t length = 0;
        for (const auto &[needle, id] : needles) {
            if (needle.size() <= 2)
                continue; // an empty serial is left as it is
            const std::size_t at = text.find(needle, pos);
            if (at < best) {
                best = at;
                hole = id;
                length = needle.size();
            }
        }
        if (best == std::string::npos) {
            t.parts.push_back(text.substr(pos));
            return;
        }
        t.parts.push_back(text.substr(pos, best - pos));
        t.holes.push_back(hole);
        pos = best + length;
    }
}

Expected<std::vector<Template>> makeTemplates()
{
    std::vector<Template> templates;
    for (const ShippedProfile &p : shippedProfiles()) {
        for (const char *day : kDays) {
            auto device = openDevice("sim:" + p.path, DeviceOptions{});
            if (!device)
                return device.error();
            auto facts = (*device)->probe();
            if (!facts)
                return facts.error();
            const Assessment a = assess(std::move(*facts), AssessOptions{day, nullptr});
            ReportContext context;
            context.deviceSpec = "sim:" + p.name;
            context.generatedAt = std::string(day) + "T09:00:00Z";
            const std::string text = reportToJsonText(a, context);
            const nlohmann::json json = nlohmann::json::parse(text);
            Template t;
            t.day = day;
            cut(t, text, json["device"]["hostname"], json["device"]["serial"], context.generatedAt);
            templates.push_back(std::move(t));
        }
    }
    if (templates.empty())
        return makeError(ErrorCode::NotFound, "no shipped profiles found (set HPR_PROFILES_DIR)");
    return templates;
}

std::string fill(const Template &t, const std::string &host, const std::string &serial, const std::string &time)
{
    std::string out;
    out.reserve(40000);
    for (std::size_t i = 0; i < t.parts.size(); ++i) {
        out += t.parts[i];
        if (i < t.holes.size())
            out += '"' + (t.holes[i] == 0 ? host : t.holes[i] == 1 ? serial : time) + '"';
    }
    return out;
}

} // namespace

Expected<std::size_t> generateFleet(const std::string &dir, const FleetOptions &options)
{
    auto templates = makeTemplates();
    if (!templates)
        return templates.error();
    const std::size_t perProfile = std::size(kDays);
    const std::size_t profiles = templates->size() / perProfile;
    std::mt19937 rng(options.seed);
    std::ofstream rings;
    if (!options.ringsCsv.empty()) {
        rings.open(options.ringsCsv);
        if (!rings)
            return makeError(ErrorCode::Failed, "cannot write " + options.ringsCsv);
        rings << "hostname,ring\n";
    }
    std::size_t written = 0;
    auto write = [&](const std::string &path, const std::string &text) -> Status {
        std::ofstream out(path, std::ios::binary);
        out << text;
        if (!out)
            return makeError(ErrorCode::Failed, "cannot write " + path);
        ++written;
        return {};
    };
    for (const char *site : kSites) {
        std::error_code ec;
        fs::create_directories(fs::path(dir) / site, ec);
        if (ec)
            return makeError(ErrorCode::Failed,
                             "cannot create " + (fs::path(dir) / site).string() + ": " + ec.message());
    }
    const char alnum[] = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    for (std::size_t i = 0; i < options.devices; ++i) {
        const char *site = kSites[i % std::size(kSites)];
        char host[32];
        std::snprintf(host, sizeof host, "PC-%s-%06zu", site, i);
        std::string serial;
        for (int k = 0; k < 7; ++k)
            serial += alnum[rng() % (sizeof alnum - 1)];
        // Most devices were last seen in the newest month; the rest spread over the half year.
        const std::size_t profile = rng() % profiles;
        const std::size_t latestDay = rng() % 100 < 60 ? perProfile - 1 : rng() % perProfile;
        auto time = [&](const Template &t) {
            char hms[16];
            std::snprintf(hms, sizeof hms, "T%02u:%02u:%02uZ", unsigned(rng() % 24), unsigned(rng() % 60),
                          unsigned(rng() % 60));
            return t.day + hms;
        };
        const Template &latest = (*templates)[profile * perProfile + latestDay];
        const std::string base = (fs::path(dir) / site / host).string();
        if (Status s = write(base + ".json", fill(latest, host, serial, time(latest))); !s)
            return s.error();
        if (latestDay > 0 && rng() % 100 < options.historyPercent) {
            // An earlier assessment, often of a device not fixed yet (a profile that needed fixes).
            const std::size_t earlierProfile = rng() % 2 ? profile : rng() % profiles;
            const Template &earlier = (*templates)[earlierProfile * perProfile + rng() % latestDay];
            if (Status s = write(base + "-" + earlier.day + ".json", fill(earlier, host, serial, time(earlier))); !s)
                return s.error();
        }
        if (rings.is_open()) {
            const unsigned r = rng() % 100;
            rings << host << ',' << (r < 2 ? "0-canary" : r < 10 ? "1-pilot" : r < 40 ? "2-early" : "3-broad") << '\n';
        }
    }
    return written;
}

} // namespace hpr::bench
