#include "simdevice.h"

#include "engine/durablefile.h"
#include "platform/factcollector.h"
#include "platform/recordingsource.h"
#include "profilecatalog.h"

#include <nlohmann/json.hpp>

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
    auto device = std::make_unique<SimDevice>(spec, SimMachine::fromProfile(*profile), options);
    if (options.stateDir.empty())
        return device;
    // A state directory holds the machine as the last command left it (changes, restarts, clock).
    const std::string folder = device->stateFolder();
    auto machineText = readWholeFile(folder + "/machine.json");
    if (!machineText)
        return device; // first use: the machine as the profile describes it
    nlohmann::json machineJson, deviceJson;
    try {
        machineJson = nlohmann::json::parse(*machineText);
        auto deviceText = readWholeFile(folder + "/sim-device.json");
        deviceJson = deviceText ? nlohmann::json::parse(*deviceText) : nlohmann::json::object();
    } catch (const nlohmann::json::exception &e) {
        return makeError(ErrorCode::BadInput, folder + ": damaged simulated-device state (" + e.what() +
                                                  "); delete the folder to start again from the profile");
    }
    auto machine = SimMachine::fromStateJson(machineJson, folder + "/machine.json");
    if (!machine)
        return machine.error();
    auto restored = std::make_unique<SimDevice>(spec, std::move(*machine), options);
    try {
        if (deviceJson.contains("scheduled_restart") && !deviceJson["scheduled_restart"].is_null()) {
            const auto &r = deviceJson["scheduled_restart"];
            restored->m_restart = ScheduledRestart{r.at("at").get<std::string>(), r.at("message").get<std::string>(),
                                                   r.at("scheduled_at").get<std::string>()};
        }
        restored->m_resume = deviceJson.value("resume_command", "");
        restored->m_restarts = deviceJson.value("restarts", 0);
    } catch (const nlohmann::json::exception &e) {
        return makeError(ErrorCode::BadInput, folder + "/sim-device.json: damaged (" + std::string(e.what()) + ")");
    }
    return restored;
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

Text SimDevice::descriptionText() const
{
    const SimProfile &p = m_machine.profile();
    return Text(QT_TRANSLATE_NOOP("hpr::engine", "Simulated device %1 (profile %2)"), {p.hostname, p.name});
}

Expected<DeviceFacts> SimDevice::probe()
{
    return collectFacts(m_source);
}

Expected<DeviceFacts> SimDevice::probeRecorded(ProbeLog &log)
{
    RecordingSystemSource recording(m_source, log);
    return collectFacts(recording);
}

std::string SimDevice::stateKey() const
{
    return "sim-" + m_machine.profile().name;
}

std::string SimDevice::stateFolder() const
{
    return m_options.stateDir + "/" + stateKey();
}

std::int64_t SimDevice::now() const
{
    return m_machine.now();
}

Fact<std::optional<RegValue>> SimDevice::readRegistry(const std::string &key, const std::string &name)
{
    return m_source.readValue(key, name);
}

// A standard user may read most of HKLM but not change it: Windows answers RegCreateKeyEx/RegSetValueEx/
// RegDeleteValue on HKLM\SYSTEM and HKLM\SOFTWARE\Policies with ERROR_ACCESS_DENIED, and so does the
// simulated machine when its profile's session is not elevated.
Status SimDevice::refuseUnlessElevated(const std::string &what) const
{
    if (m_machine.profile().elevated)
        return {};
    return makeError(ErrorCode::AccessDenied, what + ": access denied (ERROR_ACCESS_DENIED, 5): the simulated session "
                                                     "is not elevated");
}

Status SimDevice::doWriteRegistry(const std::string &key, const std::string &name, const RegValue &value)
{
    if (Status s = refuseUnlessElevated("RegSetValueExW HKLM\\" + key + "\\" + name); !s)
        return s;
    return m_machine.writeValue(key, name, value);
}

Status SimDevice::doDeleteRegistry(const std::string &key, const std::string &name)
{
    if (Status s = refuseUnlessElevated("RegDeleteValueW HKLM\\" + key + "\\" + name); !s)
        return s;
    m_machine.deleteValue(key, name); // deleting an absent value is not an error, as on Windows
    return {};
}

Status SimDevice::persist()
{
    if (m_options.stateDir.empty())
        return makeError(ErrorCode::BadUsage, "a simulated device keeps changes only with --state-dir DIR");
    const std::string folder = stateFolder();
    if (Status s = ensureDirectory(folder); !s)
        return s;
    nlohmann::json d;
    d["schema"] = "hotpatch-ready/sim-device/v1";
    d["restarts"] = m_restarts;
    d["resume_command"] = m_resume;
    d["scheduled_restart"] = m_restart ? nlohmann::json{{"at", m_restart->at},
                                                        {"message", m_restart->message},
                                                        {"scheduled_at", m_restart->scheduledAt}}
                                       : nlohmann::json(nullptr);
    // The machine first: the registry is what the journal protects.
    if (Status s = writeFileDurably(folder + "/machine.json", m_machine.toStateJson().dump(1) + "\n"); !s)
        return s;
    return writeFileDurably(folder + "/sim-device.json", d.dump(2) + "\n");
}

Status SimDevice::scheduleRestart(const RestartRequest &request)
{
    m_restart = ScheduledRestart{request.at, request.message, m_machine.nowIso()};
    return persist();
}

Status SimDevice::cancelRestart()
{
    m_restart.reset();
    return persist();
}

Status SimDevice::registerResume(const std::string &commandLine)
{
    // Both places Windows offers (a SYSTEM boot task, HKLM\...\RunOnce) need administrator rights.
    if (Status s = refuseUnlessElevated("registering the verification to run after the restart"); !s)
        return s;
    m_resume = commandLine;
    return persist();
}

Status SimDevice::unregisterResume()
{
    m_resume.clear();
    return persist();
}

Status SimDevice::suspendBitLocker(int restarts)
{
    m_machine.suspendBitLocker(restarts);
    return m_options.stateDir.empty() ? Status{} : persist();
}

Expected<SimDevice::RestartOutcome> SimDevice::restart()
{
    RestartOutcome out;
    if (m_restart) {
        out.wasScheduled = true;
        if (auto at = parseUtcTime(m_restart->at); at && *at > m_machine.now())
            m_machine.advanceClock(*at - m_machine.now());
        m_restart.reset();
    }
    m_machine.boot();
    ++m_restarts;
    out.resumeCommand = m_resume;
    m_resume.clear(); // a one-shot registration removes itself when it runs
    out.restartsSinceOpened = m_restarts;
    if (!m_options.stateDir.empty())
        if (Status s = persist(); !s)
            return s.error();
    return out;
}

} // namespace hpr
