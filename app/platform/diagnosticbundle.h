#pragma once
// The diagnostic bundle: the one ZIP file a technician attaches to a ticket. It holds the report (JSON,
// text, CSV), every raw answer the device gave (registry values, WMI properties, API results), the
// remediation state of this device (journal, plan, before-state, verification), the logs and, for
// offline evidence, the evidence files that were read. Reading only: the device is never changed.

#include "engine/assessment.h"
#include "engine/expected.h"

#include <string>
#include <vector>

namespace hpr {

class Device;

struct BundleOptions
{
    std::string deviceSpec;            ///< as the user gave it ("local", "sim:...", "evidence:PATH")
    std::string stateDir;              ///< the state directory root; this device's folder is included
    AssessOptions assess;              ///< --as-of, --release-table
    std::vector<std::string> logFiles; ///< copied under logs/ when they exist
    std::string generatedAt;           ///< ISO 8601 UTC; empty = now
};

struct BundleFile
{
    std::string name; ///< inside the archive
    std::size_t size = 0;
    std::string what; ///< one line for people
};

struct Bundle
{
    std::string zip; ///< the archive's bytes
    std::vector<BundleFile> files;
    std::vector<std::string> skipped; ///< files that could not be read or were too large, with the reason
    Verdict verdict = Verdict::Undetermined;
};

/// Largest single file copied into a bundle (logs rotate well below it).
inline constexpr std::size_t kBundleMaxFileBytes = 16 * 1024 * 1024;

/// Assesses the device once (recording its raw answers) and packs everything into a ZIP.
Expected<Bundle> makeDiagnosticBundle(Device &device, const BundleOptions &options);

} // namespace hpr
