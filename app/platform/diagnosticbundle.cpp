#include "diagnosticbundle.h"

#include "device.h"
#include "engine/durablefile.h"
#include "engine/report.h"
#include "engine/zipwriter.h"
#include "recordingsource.h"

#include <algorithm>
#include <chrono>
#include <filesystem>

namespace hpr {

namespace fs = std::filesystem;

namespace {

std::int64_t unixNow()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

/// What each state file of the remediation cycle is (docs/remediation.md).
std::string describeStateFile(const std::string &name)
{
    if (name == "journal.json")
        return "the change journal: every registry value this tool wrote, with its prior value (for rollback)";
    if (name == "plan.json")
        return "the plan that was applied";
    if (name == "before.json")
        return "the device's facts before the first change (msinfo32 terms)";
    if (name == "verification.json" || name == "verification.txt" || name == "verification.html")
        return "the verification after the restart: before/after";
    if (name == "machine.json" || name == "sim-device.json")
        return "the simulated machine's state (training mode)";
    return "remediation state";
}

class Packer
{
public:
    explicit Packer(Bundle &bundle)
        : m_bundle(bundle)
    {
    }

    void add(std::string name, std::string data, std::string what, std::int64_t modified)
    {
        m_bundle.files.push_back({name, data.size(), std::move(what)});
        m_entries.push_back({std::move(name), std::move(data), modified});
    }

    /// Copies a file; a file that cannot be read or is too large is listed as skipped, never fatal.
    void addFile(const fs::path &path, const std::string &name, const std::string &what)
    {
        std::error_code ec;
        const auto size = fs::file_size(path, ec);
        if (ec) {
            m_bundle.skipped.push_back(path.string() + ": " + ec.message());
            return;
        }
        if (size > kBundleMaxFileBytes) {
            m_bundle.skipped.push_back(path.string() + ": " + std::to_string(size) + " bytes, larger than the " +
                                       std::to_string(kBundleMaxFileBytes / (1024 * 1024)) + " MiB limit per file");
            return;
        }
        Expected<std::string> data = readWholeFile(path.string());
        if (!data) {
            m_bundle.skipped.push_back(path.string() + ": " + data.error().detail);
            return;
        }
        const auto mtime = fs::last_write_time(path, ec);
        std::int64_t modified = unixNow();
        if (!ec) {
            const auto sys = std::chrono::file_clock::to_sys(mtime);
            modified = std::chrono::duration_cast<std::chrono::seconds>(sys.time_since_epoch()).count();
        }
        add(name, std::move(*data), what, modified);
    }

    std::vector<ZipEntry> &entries() { return m_entries; }

private:
    Bundle &m_bundle;
    std::vector<ZipEntry> m_entries;
};

/// Regular files directly in a folder (or the file itself), sorted, for stable bundles.
std::vector<fs::path> filesIn(const fs::path &path)
{
    std::vector<fs::path> out;
    std::error_code ec;
    if (fs::is_regular_file(path, ec)) {
        out.push_back(path);
        return out;
    }
    for (fs::recursive_directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
        if (it->is_regular_file(ec))
            out.push_back(it->path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::string readmeText(const Bundle &bundle, const BundleOptions &options, const Device &device,
                       const std::string &generatedAt)
{
    std::string t;
    t += "Hotpatch Ready diagnostic bundle\n";
    t += "================================\n\n";
    t += "Tool version:   " HPR_VERSION "\n";
    t += "Device:         " + device.description() + "\n";
    t += "Device spec:    " + options.deviceSpec + "\n";
    t += "Created (UTC):  " + generatedAt + "\n";
    t += "Verdict:        " + std::string(toString(bundle.verdict)) + "\n\n";
    t += "Reading only: making this bundle changed nothing on the device.\n";
    t += "It contains the device name, serial number and, when enrolled, the enrolment account (UPN), as the\n";
    t += "report does. It contains no passwords or keys (BitLocker recovery keys are never read).\n\n";
    t += "Files:\n";
    for (const BundleFile &f : bundle.files) {
        if (f.name != "README.txt")
            t += "  " + f.name + " (" + std::to_string(f.size) + " bytes): " + f.what + "\n";
    }
    if (!bundle.skipped.empty()) {
        t += "\nNot included:\n";
        for (const std::string &s : bundle.skipped)
            t += "  " + s + "\n";
    }
    return t;
}

} // namespace

Expected<Bundle> makeDiagnosticBundle(Device &device, const BundleOptions &options)
{
    ProbeLog log;
    Expected<DeviceFacts> facts = device.probeRecorded(log);
    if (!facts)
        return facts.error();
    const std::string generatedAt = options.generatedAt.empty() ? nowIsoUtc() : options.generatedAt;
    const Assessment assessment = assess(std::move(*facts), options.assess);
    ReportContext context;
    context.deviceSpec = options.deviceSpec;
    context.generatedAt = generatedAt;

    Bundle bundle;
    bundle.verdict = assessment.verdict;
    Packer pack(bundle);
    const std::int64_t now = unixNow();
    pack.add("report.json", reportToJsonText(assessment, context),
             "the assessment as the versioned JSON report (docs/report-schema.json)", now);
    pack.add("report.txt", reportToText(assessment, context, false), "the same assessment as text", now);
    pack.add("report.csv", csvHeader() + reportToCsvRow(assessment, context), "one CSV row, mergeable", now);

    nlohmann::json probes{{"schema", "hotpatch-ready/probes/v1"},
                          {"device", options.deviceSpec},
                          {"generated_at", generatedAt},
                          {"entries", log.entries}};
    if (log.entries.empty())
        probes["note"] = "this device kind has no raw probes (offline evidence: see evidence/)";
    pack.add("probes.json", probes.dump(2) + "\n",
             "every raw answer the device gave, in order: registry values, WMI properties, API results", now);

    if (options.deviceSpec.rfind("evidence:", 0) == 0) {
        const fs::path source = options.deviceSpec.substr(9);
        for (const fs::path &p : filesIn(source)) {
            std::error_code ec;
            const fs::path rel = fs::is_directory(source, ec) ? fs::relative(p, source, ec) : p.filename();
            pack.addFile(p, "evidence/" + rel.generic_string(), "evidence file that was read");
        }
    }

    if (!options.stateDir.empty()) {
        const fs::path folder = fs::path(options.stateDir) / device.stateKey();
        std::error_code ec;
        if (fs::is_directory(folder, ec)) {
            for (const fs::path &p : filesIn(folder)) {
                const fs::path rel = fs::relative(p, folder, ec);
                pack.addFile(p, "state/" + device.stateKey() + "/" + rel.generic_string(),
                             describeStateFile(p.filename().string()));
            }
        }
    }

    for (const std::string &logFile : options.logFiles) {
        std::error_code ec;
        if (fs::is_regular_file(logFile, ec))
            pack.addFile(logFile, "logs/" + fs::path(logFile).filename().string(), "the tool's log");
    }

    pack.entries().insert(pack.entries().begin(), ZipEntry{"README.txt", {}, now});
    bundle.files.insert(bundle.files.begin(), BundleFile{"README.txt", 0, "what this bundle holds (this file)"});
    std::string readme = readmeText(bundle, options, device, generatedAt);
    bundle.files.front().size = readme.size();
    pack.entries().front().data = std::move(readme);

    Expected<std::string> zip = makeZip(pack.entries());
    if (!zip)
        return zip.error();
    bundle.zip = std::move(*zip);
    return bundle;
}

} // namespace hpr
