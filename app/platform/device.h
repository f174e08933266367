#pragma once

#include "engine/devicefacts.h"
#include "engine/expected.h"

#include <memory>
#include <string>

namespace hpr {

class SystemSource;

/// Options shared by every device kind.
struct DeviceOptions
{
    std::string stateDir; ///< where a device keeps state between runs (simulated registry, journal)
};

/// One device the product can assess (and, in later layers, change and restart).
class Device
{
public:
    virtual ~Device() = default;
    virtual std::string spec() const = 0;        ///< as given: "local", "sim:PATH", ...
    virtual std::string description() const = 0; ///< one line for people
    /// Reads every fact. Never throws; facts that cannot be read are unknown with a reason.
    virtual Expected<DeviceFacts> probe() = 0;
};

/// The one factory: "local", "sim:PATH-OR-NAME". Bad specs are BadUsage/NotFound/BadInput errors.
Expected<std::unique_ptr<Device>> openDevice(const std::string &spec, const DeviceOptions &options);

/// Whether this build has the live Windows backend.
bool hasLiveBackend();

} // namespace hpr
