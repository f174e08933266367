#pragma once

#include "devicefacts.h"
#include "expected.h"

#include <string>
#include <vector>

namespace hpr {

/// One evidence file as text lines (decoded to UTF-8, line ends stripped).
struct EvidenceText
{
    std::string name; ///< file name shown in sources ("msinfo.txt")
    std::vector<std::string> lines;
};

/// Decodes a file as Windows and people produce it: UTF-16LE/BE with BOM, UTF-8 with or without BOM;
/// CRLF, LF or CR line ends.
EvidenceText decodeEvidence(const std::string &name, const std::string &bytes);

/// What reading the evidence found besides facts: sources that disagree, lines that were not understood.
struct EvidenceNotes
{
    std::vector<std::string> disagreements; ///< "vbs.status: a.txt:3 says running, b.txt:9 says off"
    std::vector<std::string> formats;       ///< formats recognized per file
};

/// Facts from msinfo32 /report text, systeminfo, Get-CimInstance Win32_DeviceGuard list output and
/// regedit-style lines, merged over several files: the first file that states a fact wins, each fact names its
/// file and line, and disagreements are listed. English labels (en-US, en-GB spelling, older "Device Guard"
/// prefixes). Facts no file states stay unknown (not provided). An error names the file when nothing in it is
/// recognized.
Expected<DeviceFacts> factsFromEvidence(const std::vector<EvidenceText> &files, EvidenceNotes *notes = nullptr);

} // namespace hpr
