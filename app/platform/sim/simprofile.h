#pragma once
// A simulated device's profile: the JSON file format "hotpatch-ready/profile/v1" (docs/profiles.md).

#include "engine/expected.h"
#include "engine/regvalue.h"

#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace hpr {

inline constexpr const char *kSimProfileSchema = "hotpatch-ready/profile/v1";

/// One key of a profile's "registry" or "changes_since_boot" section (HKLM path without the hive).
struct SimRegistryKey
{
    std::string path;
    bool deleteKey = false; ///< changes_since_boot only: the key was given as null (delete key and subkeys)
    /// Values in file order; nullopt (changes_since_boot only) deletes the value.
    std::vector<std::pair<std::string, std::optional<RegValue>>> values;

    bool operator==(const SimRegistryKey &) const = default;
};

/// "hardware.virtual_machine": present when the device is a virtual machine guest.
struct SimVirtualMachine
{
    std::string host;                  ///< e.g. "Hyper-V", "VMware"
    bool nestedVirtualization = false; ///< the host exposes VT-x/AMD-V to the guest

    bool operator==(const SimVirtualMachine &) const = default;
};

/// A validated profile with every default filled in. Enumerations are kept as their JSON strings.
/// A kernel driver installed on the simulated machine: its service key (Type 1, Start, ImagePath) and its file,
/// whose PE headers carry the given sections (docs/simulated-device.md, windows-facts-2.md C.2).
struct SimKernelDriver
{
    std::string service;                  ///< the key under HKLM\SYSTEM\CurrentControlSet\Services
    std::string file;                     ///< e.g. C:\Windows\System32\drivers\acmeac.sys
    std::int64_t start = 3;               ///< 0 boot, 1 system, 2 automatic, 3 on demand, 4 disabled
    std::int64_t sectionAlignment = 4096; ///< OptionalHeader.SectionAlignment
    /// (name, access): access is "r", "rw", "rx" or "rwx"
    std::vector<std::pair<std::string, std::string>> sections{{".text", "rx"}, {".data", "rw"}};
    bool operator==(const SimKernelDriver &) const = default;
};

struct SimProfile
{
    std::string fileName; ///< where it was read from (not part of the profile itself)

    std::string name, description;

    // device
    std::string hostname, manufacturer, model, serial;

    // os
    std::string productName, editionId;
    std::int64_t build = 0, ubr = 0;
    std::string displayVersion;
    std::string installationType; ///< "client" | "server"

    // hardware
    std::string arch; ///< "x64" | "arm64" | "x86"
    std::string cpu;
    bool virtualizationExtensions = false, slat = false, nx = true, iommu = false;
    bool secureMemoryOverwrite = false, smmMitigations = false, mbec = false, apicVirtualization = false;
    std::string tpm = "none"; ///< "2.0" | "1.2" | "none"
    std::optional<SimVirtualMachine> virtualMachine;

    // firmware
    std::string firmwareType; ///< "uefi" | "bios"
    bool secureBoot = false, firmwareVirtualizationEnabled = false, kernelDmaProtection = false;
    /// Secure Boot databases (ids of hpr::secureboot::knownCertificates()) and servicing behaviour
    std::vector<std::string> secureBootDb{"windows_production_pca_2011", "microsoft_uefi_ca_2011"};
    std::vector<std::string> secureBootKek{"kek_ca_2011"};
    std::string bootManager = "2011";   ///< signer of the boot manager on the EFI system partition: "2011" | "2023"
    bool oemPkSignedKek = true;         ///< Microsoft holds a PK-signed KEK for this firmware (A.2)
    bool rejectsVariableWrites = false; ///< the firmware refuses Secure Boot variable updates (event 1795)

    // BitLocker on the operating-system volume
    std::string bitlocker = "off"; ///< "on" | "off"

    // boot
    std::string hypervisorLaunchType = "auto"; ///< "auto" | "off"
    bool hypervRole = false;
    std::int64_t lastBoot = 0; ///< seconds since 1970-01-01T00:00:00Z

    // management
    std::string mdm = "none"; ///< "intune" | "other" | "none"
    std::string upn;
    std::string entraJoin = "none"; ///< "none" | "entra_joined" | "workplace_registered"
    bool domainJoined = false;
    std::optional<bool> hotpatchPolicy; ///< nullopt: no AllowRebootlessUpdates value
    bool azureArcHotpatch = false;

    // session
    bool elevated = true;

    /// "windows_update" | "component_servicing" | "file_rename" | "computer_rename"
    std::vector<std::string> pendingReboot;

    /// Third-party kernel drivers (the in-box ones are not modelled: they follow memory integrity's rules).
    std::vector<SimKernelDriver> kernelDrivers;

    std::vector<SimRegistryKey> registry;
    std::vector<SimRegistryKey> changesSinceBoot;

    bool isVirtualMachine() const { return virtualMachine.has_value(); }
    bool operator==(const SimProfile &) const = default;
};

/// Reads and validates a profile file; NotFound if it does not exist, BadInput naming file and JSON path.
Expected<SimProfile> loadSimProfile(const std::string &path);

/// Validates profile text; fileName is only used in error messages and SimProfile::fileName.
Expected<SimProfile> parseSimProfile(const std::string &jsonText, const std::string &fileName);

/// Validates an already parsed profile document.
Expected<SimProfile> simProfileFromJson(const nlohmann::json &doc, const std::string &fileName);

/// The profile as a complete JSON document (every default written out); parses back to an equal profile.
nlohmann::json simProfileToJson(const SimProfile &profile);

/// A registry value in the profile's explicit form {"type": "REG_...", "data": ...}.
nlohmann::json regValueToJson(const RegValue &value);

/// Parses a profile registry value (shorthand or explicit form); errors give the path inside the value
/// ("/data: expected ...") or only what was expected.
Expected<RegValue> regValueFromJson(const nlohmann::json &value);

/// Strips an optional "HKLM\" or "HKEY_LOCAL_MACHINE\" prefix and surrounding backslashes.
std::string normalizeHklmPath(const std::string &path);

/// "2026-11-24T08:00:00Z" to seconds since the epoch; nullopt when not in exactly that form.
std::optional<std::int64_t> parseUtcTime(const std::string &text);

/// Seconds since the epoch to "YYYY-MM-DDTHH:MM:SSZ".
std::string formatUtcTime(std::int64_t secondsSinceEpoch);

} // namespace hpr
