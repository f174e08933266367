#pragma once

#include "engine/allowlist.h"
#include "engine/devicefacts.h"
#include "engine/expected.h"
#include "engine/regvalue.h"
#include "engine/text.h"

#include <memory>
#include <string>

namespace hpr {

class SystemSource;
struct ProbeLog;

/// Options shared by every device kind.
struct DeviceOptions
{
    std::string stateDir; ///< where a device keeps state between runs (simulated registry, journal)
};

/// A restart to schedule: when, and what the signed-in user is told.
struct RestartRequest
{
    std::string at;                ///< ISO 8601 UTC time of the restart
    std::int64_t graceSeconds = 0; ///< warning time before it (from now)
    std::string message;           ///< shown to the signed-in user
};

/// A restart the device has scheduled.
struct ScheduledRestart
{
    std::string at, message, scheduledAt;
};

/// One device the product can assess, change (allowlisted registry values only) and restart.
class Device
{
public:
    virtual ~Device() = default;
    virtual std::string spec() const = 0; ///< as given: "local", "sim:PATH", ...
    /// For people: one line (evidence files: one line per file read after it). The wizard translates the Text;
    /// description() is its English rendering (the CLI).
    virtual Text descriptionText() const = 0;
    std::string description() const { return descriptionText().str(); }
    /// A short name for this device's folder in the state directory, e.g. "local", "sim-x64-vbs-off".
    virtual std::string stateKey() const = 0;
    /// Reads every fact. Never throws; facts that cannot be read are unknown with a reason.
    virtual Expected<DeviceFacts> probe() = 0;
    /// The same, also recording every raw answer (registry values, WMI properties, API results) in call
    /// order, for the diagnostic bundle. Devices without raw probes (evidence files) record nothing.
    virtual Expected<DeviceFacts> probeRecorded(ProbeLog &log)
    {
        (void)log;
        return probe();
    }

    /// The device's clock (seconds since 1970, UTC) and its local time offset, for scheduling.
    virtual std::int64_t now() const = 0;
    virtual std::int64_t utcOffsetSeconds() const { return 0; }

    /// Reads a registry value (HKLM, 64-bit view); known nullopt = absent.
    virtual Fact<std::optional<RegValue>> readRegistry(const std::string &key, const std::string &name) = 0;
    /// Writes (value) or deletes (nullopt) a registry value. The allowlist is checked here, for every
    /// device kind and every caller, before the device is touched.
    Status changeRegistry(const std::string &key, const std::string &name, const std::optional<RegValue> &value,
                          WriteIntent intent)
    {
        if (Status allowed = checkAllowed(key, name, value, intent); !allowed)
            return allowed;
        return value ? doWriteRegistry(key, name, *value) : doDeleteRegistry(key, name);
    }
    /// Suspends BitLocker on the operating-system volume until `restarts` restarts have happened (KB5016061:
    /// manage-bde -protectors -disable C: -RebootCount N). NotSupported where it cannot be done.
    virtual Status suspendBitLocker(int restarts)
    {
        (void)restarts;
        return makeError(ErrorCode::NotSupported, "this device cannot suspend BitLocker");
    }
    /// Makes what was changed survive this process (the simulated machine's state); no-op on real hardware.
    virtual Status persist() { return {}; }

    /// Schedules the one restart (replacing one this tool scheduled before).
    virtual Status scheduleRestart(const RestartRequest &request) = 0;
    virtual Status cancelRestart() = 0;
    /// Registers a command line to run once after the next boot (the verification), or removes it.
    virtual Status registerResume(const std::string &commandLine) = 0;
    virtual Status unregisterResume() = 0;

protected:
    virtual Status doWriteRegistry(const std::string &key, const std::string &name, const RegValue &value) = 0;
    virtual Status doDeleteRegistry(const std::string &key, const std::string &name) = 0;
};

/// The one factory: "local", "sim:PATH-OR-NAME". Bad specs are BadUsage/NotFound/BadInput errors.
Expected<std::unique_ptr<Device>> openDevice(const std::string &spec, const DeviceOptions &options);

/// Whether this build has the live Windows backend.
bool hasLiveBackend();

} // namespace hpr
