#include "simdevice.h"

#include "platform/factcollector.h"
#include "profilecatalog.h"

namespace hpr {

Expected<std::unique_ptr<SimDevice>> SimDevice::open(const std::string &spec, const std::string &profilePath,
                                                     const DeviceOptions &options)
{
    const auto resolved = resolveProfile(profilePath);
    if (!resolved)
        return makeError(ErrorCode::NotFound, "no profile file or shipped profile named \"" + profilePath +
                                                  "\" (shipped profiles: " + shippedProfilesDir() + ")");
    auto profile = loadSimProfile(*resolved);
    if (!profile)
        return profile.error();
    return std::make_unique<SimDevice>(spec, SimMachine::fromProfile(*profile), options);
}

SimDevice::SimDevice(std::string spec, SimMachine machine, DeviceOptions options)
    : m_spec(std::move(spec))
    , m_options(std::move(options))
    , m_machine(std::move(machine))
    , m_source(m_machine)
{
}

std::string SimDevice::spec() const
{
    return m_spec;
}

std::string SimDevice::description() const
{
    const SimProfile &p = m_machine.profile();
    return "Simulated device " + p.hostname + " (profile " + p.name + ")";
}

Expected<DeviceFacts> SimDevice::probe()
{
    return collectFacts(m_source);
}

} // namespace hpr
