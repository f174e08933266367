#pragma once

#include "assessment.h"
#include "secureboot.h"

#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>

namespace hpr {

/// What a report says about the run itself.
struct ReportContext
{
    std::string toolVersion = HPR_VERSION;
    std::string deviceSpec;  ///< "local", "sim:...", ...
    std::string generatedAt; ///< ISO 8601 UTC; empty = now
    /// The opt-in Secure Boot update, when the person opted in on this device (its journal is in the state folder).
    std::optional<secureboot::OptInRecord> secureBootOptIn;
};

inline constexpr const char *kReportSchemaId = "hotpatch-ready/report/v1";

/// The versioned JSON report (docs/report-schema.json).
nlohmann::json reportToJson(const Assessment &assessment, const ReportContext &context);
/// The same report as text, members in the documented order ("schema" first), ending in a newline.
std::string reportToJsonText(const Assessment &assessment, const ReportContext &context, int indent = 2);

/// The terminal table: checks with status and evidence, verdict, VBS diagnosis, numbered next steps.
std::string reportToText(const Assessment &assessment, const ReportContext &context, bool colour);

/// CSV: one header line and one row per device; stable column order; the hostname is always filled.
std::string csvHeader();
std::string reportToCsvRow(const Assessment &assessment, const ReportContext &context);

/// Current UTC time as ISO 8601 ("2026-11-25T19:04:05Z").
std::string nowIsoUtc();

// Words shared by the text and HTML reports (English, as the logs: support engineers read them).
const char *statusWord(CheckStatus s);            ///< "PASS", "WARN", ...
const char *verdictHeadline(Verdict v);           ///< "READY", "READY AFTER FIXES", ...
const char *verdictSentence(Verdict v);           ///< "this device is ready for hotpatch updates."
const char *fixWhereWords(FixWhere f);            ///< "UEFI/BIOS setup", ...; empty for None
std::string categoryWords(BlockerCategory c);     ///< "firmware setting"
std::string hostnameOf(const DeviceFacts &facts); ///< the hostname, or "unknown-host"
std::string hardwareOf(const DeviceFacts &facts); ///< "Dell Latitude 7440" (manufacturer not repeated)
std::string windowsOf(const DeviceFacts &facts);  ///< "Windows 11 Enterprise 24H2, build 26100.9106 (x64)"
std::string releaseTableOf(const Assessment &a);  ///< "2026-11-25 (sources as of 2026-09-17, embedded)"
/// "Opted in 2026-11-25T10:00:00Z (journal applied); then not_started, now updated (verified 2026-...)."
std::string secureBootOptInSentence(const secureboot::OptInRecord &record);

} // namespace hpr
