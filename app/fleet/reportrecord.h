#pragma once
// What the fleet store keeps of one JSON report (docs/report.md), read with a validating fast parser.

#include "engine/expected.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hpr::fleet {

/// One blocker of a report: the failing check and its category.
struct Blocker
{
    std::string check;
    std::string category;
};

/// The fields of a report the store indexes; the rest of the report is not kept.
struct ReportRecord
{
    std::string contentHash; ///< XXH3-128 of the file's bytes, hex: the same file imports once
    std::string hostname, serial, manufacturer, model;
    std::string generatedAt, asOf, toolVersion, releaseTableDate;
    std::string verdict; ///< ready, ready_after_fixes, blocked, undetermined (an unknown value reads as undetermined)
    std::vector<Blocker> blockers;
    std::string arch; ///< os.arch, or "unknown"
    std::optional<std::int64_t> build, ubr;
    std::string edition;  ///< os.edition_id, or "unknown"
    std::string baseline; ///< update.baseline_status, or "unknown"

    /// Which device the report is about: the upper-case host name and the serial number.
    std::string deviceKey() const;
    /// "26100.8875", "26100" or "unknown".
    std::string buildLabel() const;
    /// "HP-TPM:hardware;HP-EDITION:edition", as the CSV report writes them.
    std::string blockersText() const;
};

/// Reads reports; one per thread (it keeps the parser's buffers between files).
class ReportReader
{
public:
    ReportReader();
    ~ReportReader();
    ReportReader(const ReportReader &) = delete;
    ReportReader &operator=(const ReportReader &) = delete;

    /// The record of the report in path; BadInput naming what is wrong (malformed or truncated JSON, not a v1
    /// report, a required field missing or of the wrong type), NotFound when it cannot be read.
    Expected<ReportRecord> read(const std::string &path);
    /// The same for a report held in memory (name is used in messages).
    Expected<ReportRecord> parse(const std::string &text, const std::string &name);

private:
    Expected<ReportRecord> parse(std::string_view text, const std::string &name, bool padded);
    struct Impl;
    Impl *m_impl;
};

/// "HP-TPM:hardware;HP-EDITION:edition", as the CSV report writes them.
std::string blockersText(const std::vector<Blocker> &blockers);
/// Splits "HP-TPM:hardware;HP-EDITION:edition" back into blockers.
std::vector<Blocker> parseBlockersText(const std::string &text);

} // namespace hpr::fleet
