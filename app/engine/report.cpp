#include "report.h"

#include "csv.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <sstream>

namespace hpr {

namespace {

constexpr const char *kToolName = "hotpatch-ready-cli";
constexpr const char *kHostnameFallback = "unknown-host";

std::string stringFact(const Fact<std::string> &fact)
{
    return fact.isKnown() ? fact.value() : std::string();
}

std::string generatedAt(const ReportContext &context)
{
    return context.generatedAt.empty() ? nowIsoUtc() : context.generatedAt;
}

nlohmann::ordered_json evidenceToJson(const std::vector<EvidenceItem> &evidence)
{
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const EvidenceItem &e : evidence)
        out.push_back({{"fact", e.factId}, {"value", e.value}, {"source", e.source}});
    return out;
}

/// A plain-text cell for CSV: the value of a known fact, empty when unknown.
template <class T> std::string csvFact(const Fact<T> &fact)
{
    if (!fact.isKnown())
        return {};
    if constexpr (std::is_same_v<T, std::string>)
        return fact.value();
    else
        return std::to_string(fact.value());
}

} // namespace

std::string csvField(const std::string &value)
{
    if (value.find_first_of(",\"\r\n") == std::string::npos)
        return value;
    std::string out = "\"";
    for (char c : value) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + '"';
}

std::string csvLine(const std::vector<std::string> &fields)
{
    std::string line;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i)
            line += ',';
        line += csvField(fields[i]);
    }
    return line + '\n';
}

namespace {

// ANSI styles for the terminal report; the status word is always printed as well.
constexpr const char *kReset = "\x1b[0m";
constexpr const char *kBold = "\x1b[1m";
constexpr const char *kGreen = "\x1b[32m";
constexpr const char *kYellow = "\x1b[33m";
constexpr const char *kRed = "\x1b[31m";
constexpr const char *kMagenta = "\x1b[35m";
constexpr const char *kDim = "\x1b[2m";

const char *statusColour(CheckStatus s)
{
    switch (s) {
    case CheckStatus::Pass: return kGreen;
    case CheckStatus::Warn: return kYellow;
    case CheckStatus::Fail: return kRed;
    case CheckStatus::Unknown: return kMagenta;
    case CheckStatus::NotApplicable: return kDim;
    }
    return kMagenta;
}

const char *verdictColour(Verdict v)
{
    switch (v) {
    case Verdict::Ready: return kGreen;
    case Verdict::ReadyAfterFixes: return kYellow;
    case Verdict::Blocked: return kRed;
    case Verdict::Undetermined: return kMagenta;
    }
    return kMagenta;
}

/// Applies ANSI styles only when colour output was asked for.
class Styler
{
public:
    explicit Styler(bool colour)
        : m_colour(colour)
    {
    }
    std::string operator()(const std::string &text, const char *style) const
    {
        return m_colour ? std::string(style) + text + kReset : text;
    }

private:
    bool m_colour;
};

std::string padded(std::string text, std::size_t width)
{
    if (text.size() < width)
        text.append(width - text.size(), ' ');
    return text;
}

void writeEvidence(std::ostringstream &out, const std::vector<EvidenceItem> &evidence, const std::string &indent)
{
    for (const EvidenceItem &e : evidence) {
        out << indent << e.factId << " = " << e.value;
        if (!e.source.empty())
            out << "  [" << e.source << "]";
        out << '\n';
    }
}

/// The report with its members in the documented order; nlohmann::json would sort them.
nlohmann::ordered_json buildReport(const Assessment &a, const ReportContext &context)
{
    const DeviceFacts &f = a.facts;
    nlohmann::ordered_json j = nlohmann::ordered_json::object();
    j["schema"] = kReportSchemaId;
    j["generated_at"] = generatedAt(context);
    j["tool"] = {{"name", kToolName}, {"version", context.toolVersion}};
    j["release_table"] = {{"date", a.tableDate}, {"sources_as_of", a.tableSourcesAsOf}, {"origin", a.tableOrigin}};
    j["as_of"] = a.asOf;
    j["device"] = {{"hostname", hostnameOf(f)},
                   {"manufacturer", stringFact(f.manufacturer)},
                   {"model", stringFact(f.model)},
                   {"serial", stringFact(f.serial)},
                   {"spec", context.deviceSpec}};
    j["verdict"] = toString(a.verdict);

    nlohmann::ordered_json blockers = nlohmann::ordered_json::array();
    for (const Blocker &b : a.blockers)
        blockers.push_back({{"check", b.check}, {"category", toString(b.category)}});
    j["blockers"] = std::move(blockers);

    nlohmann::ordered_json checks = nlohmann::ordered_json::array();
    for (const CheckResult &c : a.checks) {
        checks.push_back({{"id", c.id},
                          {"title", c.title},
                          {"status", toString(c.status)},
                          {"summary", c.summary},
                          {"explanation", c.explanation},
                          {"evidence", evidenceToJson(c.evidence)},
                          {"fix", {{"where", toString(c.fix)}, {"action", c.fixAction}}}});
    }
    j["checks"] = std::move(checks);

    nlohmann::ordered_json causes = nlohmann::ordered_json::array();
    for (const VbsCause &c : a.vbsCauses) {
        causes.push_back(
            {{"code", c.code}, {"text", c.text}, {"fix", toString(c.fix)}, {"evidence", evidenceToJson(c.evidence)}});
    }
    j["vbs_diagnosis"] = std::move(causes);
    j["next_steps"] = a.nextSteps;
    // factsToJson sorts by ID; the report keeps the order of visitFacts (identity, OS, firmware, ...).
    const nlohmann::json facts = factsToJson(f);
    nlohmann::ordered_json ordered = nlohmann::ordered_json::object();
    visitFacts(f, [&](const char *id, const auto &) { ordered[id] = facts.at(id); });
    j["facts"] = std::move(ordered);
    // Optional (docs/report.md): only when the person opted in to the Secure Boot update on this device.
    if (const auto &sb = context.secureBootOptIn) {
        nlohmann::ordered_json rows = nlohmann::ordered_json::array();
        for (const auto &[id, before, after] : sb->facts)
            rows.push_back({{"fact", id}, {"before", before}, {"after", after}});
        j["secureboot_update"] = {{"opted_in_at", sb->optedInAt},
                                  {"journal_state", sb->journalState},
                                  {"phase_before", sb->phaseBefore},
                                  {"phase_now", sb->phaseNow},
                                  {"bitlocker_suspended", sb->bitlockerSuspended},
                                  {"verified_at", sb->verifiedAt},
                                  {"facts", std::move(rows)}};
    }
    return j;
}

} // namespace

const char *statusWord(CheckStatus s)
{
    switch (s) {
    case CheckStatus::Pass: return "PASS";
    case CheckStatus::Warn: return "WARN";
    case CheckStatus::Fail: return "FAIL";
    case CheckStatus::Unknown: return "UNKNOWN";
    case CheckStatus::NotApplicable: return "N/A";
    }
    return "UNKNOWN";
}

const char *verdictHeadline(Verdict v)
{
    switch (v) {
    case Verdict::Ready: return "READY";
    case Verdict::ReadyAfterFixes: return "READY AFTER FIXES";
    case Verdict::Blocked: return "BLOCKED";
    case Verdict::Undetermined: return "UNDETERMINED";
    }
    return "UNDETERMINED";
}

const char *verdictSentence(Verdict v)
{
    switch (v) {
    case Verdict::Ready: return "this device is ready for hotpatch updates.";
    case Verdict::ReadyAfterFixes: return "this device is not ready yet; the fixes below make it ready.";
    case Verdict::Blocked: return "this device cannot receive hotpatch updates until the blockers below are removed.";
    case Verdict::Undetermined:
        return "some facts could not be read, so readiness cannot be decided; see the UNKNOWN checks.";
    }
    return "";
}

const char *fixWhereWords(FixWhere f)
{
    switch (f) {
    case FixWhere::None: return "";
    case FixWhere::HereOneReboot: return "this tool, one restart";
    case FixWhere::FirmwareSetup: return "UEFI/BIOS setup";
    case FixWhere::IntuneOrPolicy: return "Intune, Group Policy or management service";
    case FixWhere::WindowsUpdate: return "Windows Update";
    case FixWhere::BootConfiguration: return "boot configuration (administrator)";
    case FixWhere::VmHost: return "virtual machine host settings";
    case FixWhere::HardwareOrEdition: return "other hardware, edition or licence";
    case FixWhere::Licensing: return "licence portal";
    }
    return "";
}

std::string categoryWords(BlockerCategory c)
{
    std::string words = toString(c);
    std::replace(words.begin(), words.end(), '_', ' ');
    return words;
}

std::string hostnameOf(const DeviceFacts &facts)
{
    const std::string name = stringFact(facts.hostname);
    return name.empty() ? kHostnameFallback : name;
}

std::string hardwareOf(const DeviceFacts &f)
{
    const std::string manufacturer = stringFact(f.manufacturer), model = stringFact(f.model);
    // Many vendors repeat their name in the model ("HP" + "HP EliteBook 840 G10").
    return model.rfind(manufacturer, 0) == 0 ? model : model.empty() ? manufacturer : manufacturer + " " + model;
}

std::string windowsOf(const DeviceFacts &f)
{
    std::ostringstream os; // streamed: GCC 12 -O3 warns falsely (-Wrestrict) on "." + std::to_string()
    os << (f.osProductName.isKnown() ? f.osProductName.value() : "unknown");
    if (f.osBuild.isKnown()) {
        if (f.osDisplayVersion.isKnown())
            os << ' ' << f.osDisplayVersion.value() << ',';
        os << " build " << f.osBuild.value();
        if (f.osUbr.isKnown())
            os << '.' << f.osUbr.value();
    }
    if (f.osArch.isKnown())
        os << " (" << f.osArch.value() << ')';
    return os.str();
}

std::string releaseTableOf(const Assessment &a)
{
    std::string out = a.tableDate.empty() ? "unknown" : a.tableDate;
    if (!a.tableSourcesAsOf.empty() || !a.tableOrigin.empty()) {
        out += " (";
        if (!a.tableSourcesAsOf.empty())
            out += "sources as of " + a.tableSourcesAsOf + (a.tableOrigin.empty() ? "" : ", ");
        out += a.tableOrigin + ")";
    }
    return out;
}

std::string secureBootOptInSentence(const secureboot::OptInRecord &r)
{
    std::string out = "Opted in " + r.optedInAt + " (journal " + r.journalState +
                      (r.bitlockerSuspended ? ", BitLocker suspended for the restarts" : "") + "); then " +
                      r.phaseBefore + ", now " + r.phaseNow;
    out += r.verifiedAt.empty() ? " (not verified yet: secureboot verify)." : " (last verified " + r.verifiedAt + ").";
    return out;
}

nlohmann::json reportToJson(const Assessment &assessment, const ReportContext &context)
{
    return nlohmann::json(buildReport(assessment, context));
}

std::string reportToJsonText(const Assessment &assessment, const ReportContext &context, int indent)
{
    return buildReport(assessment, context).dump(indent) + '\n';
}

std::string reportToText(const Assessment &a, const ReportContext &context, bool colour)
{
    const Styler styled(colour);
    const DeviceFacts &f = a.facts;
    std::ostringstream out;

    out << styled("Hotpatch readiness report", kBold) << '\n';
    std::string identity = hostnameOf(f);
    if (const std::string hardware = hardwareOf(f); !hardware.empty())
        identity += " (" + hardware + ")";
    out << "  Device:         " << identity << '\n';
    if (!stringFact(f.serial).empty())
        out << "  Serial number:  " << stringFact(f.serial) << '\n';
    if (!context.deviceSpec.empty())
        out << "  Device spec:    " << context.deviceSpec << '\n';
    out << "  Windows:        " << windowsOf(f) << '\n';
    out << "  Release table:  " << releaseTableOf(a) << '\n';
    out << "  Assessed as of: " << (a.asOf.empty() ? "today" : a.asOf) << '\n';
    out << "  Generated:      " << generatedAt(context) << " by " << kToolName << ' ' << context.toolVersion << '\n';

    // Checks table: ID and status columns are padded before styling so colour never shifts columns.
    std::size_t idWidth = 5;
    for (const CheckResult &c : a.checks)
        idWidth = std::max(idWidth, c.id.size());
    constexpr std::size_t statusWidth = 7; // "UNKNOWN"
    out << '\n' << styled("Checks", kBold) << '\n';
    out << "  " << padded("CHECK", idWidth) << "  " << padded("STATUS", statusWidth) << "  SUMMARY\n";
    const std::string detailIndent(6, ' ');
    for (const CheckResult &c : a.checks) {
        out << "  " << padded(c.id, idWidth) << "  "
            << styled(padded(statusWord(c.status), statusWidth), statusColour(c.status)) << "  " << c.summary << '\n';
        if (c.status != CheckStatus::Pass && c.status != CheckStatus::NotApplicable && !c.explanation.empty())
            out << detailIndent << c.explanation << '\n';
        writeEvidence(out, c.evidence, detailIndent + "  ");
        if (c.status != CheckStatus::Pass && c.status != CheckStatus::NotApplicable && !c.fixAction.empty()) {
            out << detailIndent << "Fix";
            if (c.fix != FixWhere::None)
                out << " (" << fixWhereWords(c.fix) << ")";
            out << ": " << c.fixAction << '\n';
        }
    }

    out << '\n'
        << styled("Verdict: ", kBold) << styled(verdictHeadline(a.verdict), verdictColour(a.verdict)) << " - "
        << verdictSentence(a.verdict) << '\n';
    if (!a.blockers.empty()) {
        out << "  Blocked by:\n";
        for (const Blocker &b : a.blockers) {
            out << "    " << b.check << " (" << categoryWords(b.category) << ")";
            if (const CheckResult *c = a.check(b.check); c && !c->summary.empty())
                out << ": " << c->summary;
            out << '\n';
        }
    }

    if (!a.vbsCauses.empty()) {
        out << '\n' << styled("Why VBS is not running", kBold) << '\n';
        int n = 0;
        for (const VbsCause &c : a.vbsCauses) {
            out << "  " << ++n << ". " << c.text << "  [" << c.code << "]\n";
            writeEvidence(out, c.evidence, "       ");
            if (c.fix != FixWhere::None)
                out << "       Fixed in: " << fixWhereWords(c.fix) << '\n';
        }
    }

    if (!a.nextSteps.empty()) {
        out << '\n' << styled("Next steps", kBold) << '\n';
        int n = 0;
        for (const std::string &step : a.nextSteps)
            out << "  " << ++n << ". " << step << '\n';
    }

    if (const auto &sb = context.secureBootOptIn) {
        out << '\n'
            << styled("Secure Boot 2023 certificate update (opt-in, not part of the hotpatch fix)", kBold) << '\n';
        out << "  " << secureBootOptInSentence(*sb) << '\n';
        out << "  Before -> now:\n";
        for (const auto &[id, before, after] : sb->facts)
            out << "    " << id << ": "
                << (before == after ? after + " (unchanged)" : before + " -> " + styled(after, kBold)) << '\n';
    }
    return out.str();
}

std::string csvHeader()
{
    std::vector<std::string> columns = {"hostname", "manufacturer", "model",        "serial",
                                        "spec",     "generated_at", "tool_version", "release_table_date",
                                        "verdict",  "blockers"};
    for (const std::string &id : checkCatalogue())
        columns.push_back(id);
    for (const char *c : {"os_edition", "os_build", "os_ubr", "os_arch", "vbs_status", "update_baseline_status"})
        columns.emplace_back(c);
    return csvLine(columns);
}

std::string reportToCsvRow(const Assessment &a, const ReportContext &context)
{
    const DeviceFacts &f = a.facts;
    std::string blockers;
    for (const Blocker &b : a.blockers) {
        if (!blockers.empty())
            blockers += ';';
        blockers += b.check + ":" + toString(b.category);
    }
    std::vector<std::string> fields = {
        hostnameOf(f),        stringFact(f.manufacturer), stringFact(f.model), stringFact(f.serial), context.deviceSpec,
        generatedAt(context), context.toolVersion,        a.tableDate,         toString(a.verdict),  blockers};
    for (const std::string &id : checkCatalogue()) {
        const CheckResult *c = a.check(id);
        fields.push_back(c ? toString(c->status) : "");
    }
    fields.push_back(csvFact(f.osEditionId));
    fields.push_back(csvFact(f.osBuild));
    fields.push_back(csvFact(f.osUbr));
    fields.push_back(csvFact(f.osArch));
    fields.push_back(csvFact(f.vbsStatus));
    fields.push_back(csvFact(f.updateBaselineStatus));
    return csvLine(fields);
}

std::string nowIsoUtc()
{
    using namespace std::chrono;
    const auto now = floor<seconds>(system_clock::now());
    const auto day = floor<days>(now);
    const year_month_day ymd{day};
    const hh_mm_ss hms{now - day};
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                  static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()),
                  static_cast<int>(hms.seconds().count()));
    return buf;
}

} // namespace hpr
