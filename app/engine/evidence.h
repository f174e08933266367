#pragma once

#include "devicefacts.h"
#include "expected.h"
#include "text.h"

#include <optional>
#include <string>
#include <vector>

namespace hpr {

/// One evidence file as text lines (decoded to UTF-8, line ends stripped).
struct EvidenceText
{
    std::string name; ///< file name shown in sources ("msinfo.txt")
    std::vector<std::string> lines;
    std::string encoding; ///< how it was decoded: "utf-8", "utf-16le", "cp866", ...
};

/// Decodes a file as Windows and people produce it: UTF-16LE/BE with BOM (or UTF-16LE without one), UTF-8 with or
/// without BOM, else the console or ANSI code page (evidenceCodePages() in codepage.h) whose decoding the label
/// tables recognize best; CRLF, LF or CR line ends.
EvidenceText decodeEvidence(const std::string &name, const std::string &bytes);

/// What reading the evidence found besides facts.
struct EvidenceNotes
{
    std::vector<std::string> disagreements; ///< "vbs.status: a.txt:3 says running, b.txt:9 says off"
    std::vector<Text> disagreementTexts;    ///< the same, translatable (index for index)
    std::vector<std::string> formats;       ///< per file: encoding, formats recognized, facts found
    std::vector<Text> formatTexts;          ///< the same, translatable (the formats' names are values)
    std::vector<std::string> unread;        ///< "a.txt:7: Secure Boot State value 'Ein?' not understood"
    std::vector<Text> unreadTexts;          ///< the same, translatable
};

/// Facts from evidence files, merged: msinfo32 /report text and /nfo XML, systeminfo (also the 24H2 VBS block),
/// in English and the display languages of evidencetables.h; Get-CimInstance Win32_DeviceGuard / Win32_Tpm,
/// Get-Tpm and Get-ComputerInfo list output; the Get-SecureBootUEFI check of windows-facts-2.md A.7; reg query, reg
/// export (.reg) and regedit-style listings of the DeviceGuard, policy, Memory Management and Secure Boot servicing
/// keys (the latter through secureboot::servicingFacts, as on a live device). The first file that states a fact wins,
/// each fact names its file and line, disagreements are listed. Facts no file states stay unknown (not provided). An
/// error names the file (and the line, for XML) when a file cannot be read or nothing in it is recognized.
Expected<DeviceFacts> factsFromEvidence(const std::vector<EvidenceText> &files, EvidenceNotes *notes = nullptr);

/// The TPM version in Win32_Tpm's SpecVersion ("2.0, 0, 1.59", "1.2, 2, 0"): "2.0" or "1.2"; nullopt for anything
/// else ("Not Supported", empty). Shared by the Win32 backend's WMI fallback and the Get-CimInstance evidence reader.
std::optional<std::string> tpmVersionFromSpecVersion(const std::string &specVersion);

} // namespace hpr
