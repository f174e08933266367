#pragma once

#include "platform/device.h"
#include "simmachine.h"
#include "simsystemsource.h"

#include <memory>
#include <string>

namespace hpr {

/// A simulated device: a SimMachine built from a profile, probed through a SimSystemSource.
/// Not copyable or movable (the source refers to the machine); held by unique_ptr.
class SimDevice : public Device
{
public:
    /// Loads the profile (a path or a shipped profile name) and boots the machine it describes.
    static Expected<std::unique_ptr<SimDevice>> open(const std::string &spec, const std::string &profilePath,
                                                     const DeviceOptions &options);

    /// A device over an already built machine (tests, training scenarios); spec is reported as given.
    SimDevice(std::string spec, SimMachine machine, DeviceOptions options = {});
    SimDevice(const SimDevice &) = delete;
    SimDevice &operator=(const SimDevice &) = delete;

    std::string spec() const override;
    Text descriptionText() const override; ///< "Simulated device HOST (profile NAME)"
    std::string stateKey() const override; ///< "sim-NAME"
    Expected<DeviceFacts> probe() override;
    Expected<DeviceFacts> probeRecorded(ProbeLog &log) override;
    std::int64_t now() const override;
    Fact<std::optional<RegValue>> readRegistry(const std::string &key, const std::string &name) override;
    /// Saves the machine and the device's restart bookkeeping under <stateDir>/<stateKey>/ (durably).
    Status persist() override;
    Status scheduleRestart(const RestartRequest &request) override;
    Status cancelRestart() override;
    Status registerResume(const std::string &commandLine) override;
    Status unregisterResume() override;
    Status suspendBitLocker(int restarts) override; ///< simulated: protection off for that many restarts

    /// What a simulated restart did.
    struct RestartOutcome
    {
        bool wasScheduled = false;   ///< a scheduled restart was consumed
        std::string resumeCommand;   ///< the registered post-boot command (now unregistered), if any
        int restartsSinceOpened = 0; ///< restarts counted in the state directory
    };
    /// Performs the restart: the clock moves to the scheduled time if one is set, the machine boots (boot-time
    /// effects happen), the scheduled restart is consumed, and the registered resume command is handed back.
    Expected<RestartOutcome> restart();
    const std::optional<ScheduledRestart> &scheduledRestart() const { return m_restart; }
    const std::string &resumeCommand() const { return m_resume; }
    int restarts() const { return m_restarts; }

    SimMachine &machine() { return m_machine; }             ///< the model, e.g. to change the registry or boot()
    const SimMachine &machine() const { return m_machine; } ///< the model
    SimSystemSource &source() { return m_source; }          ///< the probes collectFacts() reads
    const DeviceOptions &options() const { return m_options; }

protected:
    Status doWriteRegistry(const std::string &key, const std::string &name, const RegValue &value) override;
    Status doDeleteRegistry(const std::string &key, const std::string &name) override;

private:
    Status refuseUnlessElevated(const std::string &what) const;
    std::string stateFolder() const;

    std::optional<ScheduledRestart> m_restart;
    std::string m_resume;
    int m_restarts = 0;
    std::string m_spec;
    DeviceOptions m_options;
    SimMachine m_machine;
    SimSystemSource m_source;
};

} // namespace hpr
