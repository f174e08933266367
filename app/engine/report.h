#pragma once

#include "assessment.h"

#include <nlohmann/json_fwd.hpp>
#include <string>

namespace hpr {

/// What a report says about the run itself.
struct ReportContext
{
    std::string toolVersion = HPR_VERSION;
    std::string deviceSpec;  ///< "local", "sim:...", ...
    std::string generatedAt; ///< ISO 8601 UTC; empty = now
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

} // namespace hpr
