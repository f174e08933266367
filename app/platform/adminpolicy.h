#pragma once
// Admin policy: what an IT department decides for every run of the CLI and the GUI on a device. Read from
// HKLM\SOFTWARE\Policies\HotpatchReady through the Device registry seam (the real registry for --device local,
// the profile's registry for a simulated device) and, where there is no Windows registry policy to read, from a
// JSON file (HPR_POLICY_FILE, default /etc/hotpatch-ready/policy.json on Linux). No Qt. docs/admin-policy.md.

#include "engine/expected.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hpr {

class Device;

/// HKLM\<kPolicyKey>
inline constexpr const char *kPolicyKey = R"(SOFTWARE\Policies\HotpatchReady)";

/// A daily window of device local time, [start, end) in minutes after midnight; end < start crosses midnight.
struct RestartWindow
{
    int startMinute = 0, endMinute = 0;
    bool contains(int minuteOfDay) const;
    std::string toString() const; ///< "22:00-05:00"
};
/// Parses "HH:MM-HH:MM" (start and end differ); nullopt for anything else.
std::optional<RestartWindow> parseRestartWindow(const std::string &text);

/// The policy values in force; an absent value is nullopt (the product's default applies).
struct AdminPolicy
{
    std::optional<bool> assessOnly;                  ///< AssessOnly: no change to the device, only assessment
    std::optional<std::string> reportFolder;         ///< ReportFolder: reports are also written here (a share)
    std::optional<std::string> language;             ///< Language: the GUI's language, e.g. "de", "pt_BR"
    std::optional<RestartWindow> restartWindow;      ///< RestartWindow: restarts only inside it
    std::optional<bool> remediationSchedulesRestart; ///< RemediationSchedulesRestart: Intune remediation may
                                                     ///< schedule the one restart (default: no, the update ring)
    std::vector<std::string> sources;                ///< where values came from, for people ("HKLM\...", a file)
    /// Where each value that is set came from: "HKLM\SOFTWARE\Policies\HotpatchReady\AssessOnly" or "FILE: key".
    std::vector<std::pair<std::string, std::string>> origin;

    bool empty() const;
    std::string originOf(const std::string &name) const; ///< "" when the value is not set
    std::string toText() const;                          ///< one line per value, with its origin
};

/// The languages the Language value accepts.
const std::vector<std::string> &policyLanguages();

/// Where the policy file is looked for: HPR_POLICY_FILE, else /etc/hotpatch-ready/policy.json (not on Windows,
/// where the registry is the place: there it is empty unless HPR_POLICY_FILE is set).
std::string policyFilePath();

/// Reads the policy from the file (when it exists) and then the device's registry (device may be null: file only);
/// a registry value wins over the file's. Any invalid value is a BadInput error that names the value, what is
/// wrong and where it is; nothing is changed anywhere. A registry that cannot be read leaves the file's values.
Expected<AdminPolicy> loadAdminPolicy(Device *device);
/// The same from JSON text (the file format); where names the file in error messages.
Expected<AdminPolicy> parsePolicyJson(const std::string &text, const std::string &where);

/// The first start of the window at or after localMinuteOfDay-based time t (seconds, device local), or t itself
/// when t is inside the window.
std::int64_t nextWindowStart(const RestartWindow &window, std::int64_t localSeconds);

} // namespace hpr
