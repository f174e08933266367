#pragma once
// The simulated Windows device: a registry, a clock, and the runtime state Windows derives at boot.
// The boot rules are documented, with their windows-facts.md sections, in docs/simulated-device.md.

#include "engine/expected.h"
#include "engine/fact.h"
#include "engine/regvalue.h"
#include "engine/vbsconfig.h"
#include "platform/systemsource.h"
#include "simprofile.h"

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace hpr {

inline constexpr const char *kSimStateSchema = "hotpatch-ready/sim-state/v1";

/// What Windows derived at the last boot; it changes only when the machine boots again.
struct SimRuntimeState
{
    std::int64_t bootTime = 0;                 ///< seconds since the epoch
    std::string hypervisorLaunchType = "auto"; ///< the BCD value the boot used
    EffectiveVbsConfig vbsConfig;              ///< the configuration read at boot
    bool hypervisorCanStart = false;
    bool requiredFeaturesMet = false;
    bool vbsRunning = false;
    bool hypervisorPresent = false;   ///< Win32_ComputerSystem.HypervisorPresent
    IntList servicesConfiguredAtBoot; ///< Win32_DeviceGuard codes configured when the machine booted
    IntList servicesRunning;          ///< SecurityServicesRunning
    IntList availableProperties;      ///< AvailableSecurityProperties
    bool chpeDisabled = false;        ///< Arm64: CHPE binaries not loaded since boot

    bool operator==(const SimRuntimeState &o) const;
};

/// The firmware's Secure Boot variables, the servicing task's event log and BitLocker (windows-facts-2.md
/// topic A). Firmware variables survive restarts; the model changes them only through the servicing task.
struct SimSecureBootState
{
    std::vector<std::string> db, kek;       ///< ids of hpr::secureboot::knownCertificates()
    std::string bootManagerOnEsp = "2011";  ///< the boot manager file on the EFI system partition
    std::string bootManagerBooted = "2011"; ///< the one the last boot started
    std::vector<SecureBootEvent> events;    ///< TPM-WMI System-log events, oldest first
    int bitlockerSuspendedRestarts = 0;     ///< BitLocker protection resumes after this many restarts

    bool has(const std::vector<std::string> &store, const char *id) const;
};

/// A simulated Windows machine built from a profile. Registry keys and value names are case-insensitive,
/// keys are HKLM paths without the hive, separated by '\'. Not thread-safe.
class SimMachine
{
public:
    /// Materializes the profile into the registry, boots once at boot.last_boot, then applies
    /// pending_reboot and changes_since_boot; the clock then stands at last_boot + 2 hours.
    static SimMachine fromProfile(const SimProfile &profile);

    /// Restores a machine saved with toStateJson(); origin names the source in error messages.
    static Expected<SimMachine> fromStateJson(const nlohmann::json &state, const std::string &origin = "state");

    /// The complete machine (profile, registry, clock, runtime state); fromStateJson() restores it exactly.
    nlohmann::json toStateJson() const;

    /// A simulated restart: the clock advances, the runtime state is derived again from the registry,
    /// the pending-reboot indicators clear.
    void boot();

    const SimProfile &profile() const { return m_profile; }
    /// The first maxBytes of a file on the machine (the profile's kernel drivers: their PE headers); nullopt when
    /// there is no such file. Paths compare case-insensitively.
    std::optional<std::string> fileHead(const std::string &path, std::size_t maxBytes) const;
    const SimRuntimeState &runtime() const { return m_runtime; }

    // clock
    std::int64_t now() const { return m_clock; } ///< seconds since the epoch
    void advanceClock(std::int64_t seconds);     ///< negative values are ignored
    std::string nowIso() const { return formatUtcTime(m_clock); }
    std::string bootTimeIso() const { return formatUtcTime(m_runtime.bootTime); }

    // registry (HKLM); writes stamp the key's last-write time with the sim clock
    std::optional<RegValue> readValue(const std::string &key, const std::string &name) const;
    bool keyExists(const std::string &key) const;
    /// Immediate subkey names (as created), sorted case-insensitively; empty when the key is missing.
    std::vector<std::string> subkeys(const std::string &key) const;
    /// Value names (as written) of a key, sorted case-insensitively.
    std::vector<std::string> valueNames(const std::string &key) const;
    /// Seconds since the epoch of the key's last write; nullopt when the key does not exist.
    std::optional<std::int64_t> keyLastWriteTime(const std::string &key) const;
    /// Creates the key and any missing parents; BadUsage for an empty path.
    Status createKey(const std::string &key);
    /// Creates the key if needed and writes the value; BadUsage for an empty path or DWORD out of range.
    Status writeValue(const std::string &key, const std::string &name, const RegValue &value);
    /// Returns whether the value existed.
    bool deleteValue(const std::string &key, const std::string &name);
    /// Deletes the key with its subkeys; returns whether it existed.
    bool deleteKey(const std::string &key);

    /// BCD {current} hypervisorlaunchtype as stored now ("auto" | "off"); used at the next boot.
    const std::string &bcdHypervisorLaunchType() const { return m_bcdHypervisorLaunchType; }
    void setBcdHypervisorLaunchType(const std::string &value) { m_bcdHypervisorLaunchType = value; }

    // What Windows reports at query time (Win32_DeviceGuard), from the runtime state and the current registry.
    VbsConfigSources vbsSourcesNow() const;  ///< the VBS configuration values in the registry now
    EffectiveVbsConfig vbsConfigNow() const; ///< effectiveVbsConfig(vbsSourcesNow())
    int vbsStatusNow() const;                ///< 2 running, 1 configured but not running, 0 off
    IntList servicesConfiguredNow() const;   ///< SecurityServicesConfigured
    IntList requiredPropertiesNow() const;   ///< RequiredSecurityProperties

    // Secure Boot certificate servicing and BitLocker
    const SimSecureBootState &secureBoot() const { return m_secureBoot; }
    /// "db" or "KEK" as EFI_SIGNATURE_LISTs of synthetic certificates (only their subject CNs are real).
    std::vector<std::uint8_t> firmwareVariable(const std::string &name) const;
    /// "on" when the OS volume is BitLocker-protected and not suspended.
    std::string bitlockerProtectionNow() const;
    /// manage-bde -protectors -disable C: -RebootCount N: protection off until N restarts have happened.
    void suspendBitLocker(int restarts);
    /// One run of the scheduled task \Microsoft\Windows\PI\Secure-Boot-Update (docs/simulated-device.md).
    void runSecureBootTask();

    bool virtualizationExtensionsVisible() const; ///< VT-x/AMD-V visible to this OS (nested in a VM)
    bool secureBootOn() const { return m_profile.firmwareType == "uefi" && m_profile.secureBoot; }

private:
    struct Value
    {
        std::string name; ///< as written
        RegValue data;
    };
    struct Key
    {
        std::string path; ///< as created
        std::int64_t lastWrite = 0;
        std::map<std::string, Value> values; ///< by lowercased name
    };

    SimMachine() = default;

    void materialize();
    void applyPendingReboot();
    void applyRegistryKeys(const std::vector<SimRegistryKey> &keys);
    void bootAt(std::int64_t time);
    IntList servicesConfigured(const EffectiveVbsConfig &config) const;
    Key *findKey(const std::string &path);
    const Key *findKey(const std::string &path) const;
    Key &ensureKey(const std::string &normalizedPath);
    void touchParent(const std::string &lowerPath);
    OptInt readInt(const char *key, const char *name) const;
    void logSecureBootEvent(int id, std::int64_t time);
    void writeCapable();

    SimProfile m_profile;
    std::map<std::string, Key> m_keys; ///< by lowercased normalized path
    std::int64_t m_clock = 0;
    std::string m_bcdHypervisorLaunchType = "auto";
    SimRuntimeState m_runtime;
    SimSecureBootState m_secureBoot;
};

} // namespace hpr
