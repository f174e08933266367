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
    std::string description() const override; ///< "Simulated device HOST (profile NAME)"
    Expected<DeviceFacts> probe() override;

    SimMachine &machine() { return m_machine; }             ///< the model, e.g. to change the registry or boot()
    const SimMachine &machine() const { return m_machine; } ///< the model
    SimSystemSource &source() { return m_source; }          ///< the probes collectFacts() reads
    const DeviceOptions &options() const { return m_options; }

private:
    std::string m_spec;
    DeviceOptions m_options;
    SimMachine m_machine;
    SimSystemSource m_source;
};

} // namespace hpr
