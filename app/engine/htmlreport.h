#pragma once
// The self-contained printable HTML report: one file, inline CSS with print styles, no script, no external
// resource, every text from the device or the engine HTML-escaped.

#include "assessment.h"
#include "report.h"

#include <string>
#include <utility>
#include <vector>

namespace hpr {

/// What the verification after the restart adds to a report (a plain copy of the platform's Verification, so the
/// engine stays free of the platform layer).
struct HtmlVerification
{
    struct Change
    {
        std::string key, name, actual, explanation;
        bool tookEffect = false;
    };
    Verdict verdictBefore = Verdict::Undetermined;
    bool ready = false;
    std::vector<std::pair<std::string, std::string>> msinfoBefore, msinfoAfter; ///< msinfo32 System Summary lines
    std::vector<Change> changes;
};

/// Escapes & < > " ' for HTML text and attribute values.
std::string htmlEscape(const std::string &text);

/// The HTML report: device identity, tool version, release-table date, verdict and blockers, the before/after
/// table (when verification is given), why VBS is not running, next steps, and every check with its evidence.
std::string reportToHtml(const Assessment &assessment, const ReportContext &context,
                         const HtmlVerification *verification = nullptr);

} // namespace hpr
