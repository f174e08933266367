#include "operations.h"

#include "engine/durablefile.h"

using hpr::Remediation;

Outcome<Detection> detectDevice(const std::string &spec, const std::string &stateDir, const hpr::AssessOptions &options,
                                const std::shared_ptr<std::mutex> &lock)
{
    std::lock_guard guard(*lock);
    auto opened = hpr::openDevice(spec, hpr::DeviceOptions{stateDir});
    if (!opened)
        return Outcome<Detection>::failure(opened.error());
    Detection d;
    d.device = std::shared_ptr<hpr::Device>(std::move(*opened));
    Remediation r(*d.device, stateDir);
    auto a = r.assessNow(options);
    if (!a)
        return Outcome<Detection>::failure(a.error());
    d.assessment = std::move(*a);
    if (auto st = r.status())
        d.status = *st;
    d.description = d.device->description();
    d.deviceNow = d.device->now();
    d.utcOffset = d.device->utcOffsetSeconds();
    return Outcome<Detection>::from(std::move(d));
}

Outcome<hpr::ApplyResult> applyFixes(const std::shared_ptr<hpr::Device> &device, const std::string &stateDir,
                                     const hpr::CycleOptions &options, const std::shared_ptr<std::mutex> &lock)
{
    std::lock_guard guard(*lock);
    Remediation r(*device, stateDir);
    return Outcome<hpr::ApplyResult>::from(r.apply(options));
}

Outcome<Undo> rollBack(const std::shared_ptr<hpr::Device> &device, const std::string &stateDir,
                       const std::shared_ptr<std::mutex> &lock)
{
    std::lock_guard guard(*lock);
    Remediation r(*device, stateDir);
    Undo u;
    // A restart scheduled for changes that are no longer there would restart the PC for nothing.
    if (hpr::readWholeFile(r.folder() + "/restart.json")) {
        if (hpr::Status s = r.cancelRestart(); !s)
            return Outcome<Undo>::failure(s.error());
        u.restartCancelled = true;
    }
    auto rb = r.rollback();
    if (!rb)
        return Outcome<Undo>::failure(rb.error());
    u.rollback = std::move(*rb);
    return Outcome<Undo>::from(std::move(u));
}

Outcome<hpr::ScheduledRestart> scheduleRestart(const std::shared_ptr<hpr::Device> &device, const std::string &stateDir,
                                               const hpr::RestartWhen &when, const std::string &message,
                                               const hpr::AssessOptions &options, const std::string &verifyCommand,
                                               const std::shared_ptr<std::mutex> &lock)
{
    std::lock_guard guard(*lock);
    Remediation r(*device, stateDir);
    return Outcome<hpr::ScheduledRestart>::from(r.scheduleRestart(when, message, false, options, verifyCommand));
}

Outcome<bool> cancelRestart(const std::shared_ptr<hpr::Device> &device, const std::string &stateDir,
                            const std::shared_ptr<std::mutex> &lock)
{
    std::lock_guard guard(*lock);
    Remediation r(*device, stateDir);
    if (hpr::Status s = r.cancelRestart(); !s)
        return Outcome<bool>::failure(s.error());
    return Outcome<bool>::from(true);
}

Outcome<SimulatedRestart> simulateRestart(const std::shared_ptr<hpr::Device> &device, const std::string &stateDir,
                                          const hpr::AssessOptions &options, const std::shared_ptr<std::mutex> &lock)
{
    std::lock_guard guard(*lock);
    auto *sim = dynamic_cast<hpr::SimDevice *>(device.get());
    if (!sim)
        return Outcome<SimulatedRestart>::failure(
            hpr::makeError(hpr::ErrorCode::NotSupported, "only a simulated device can be restarted from here"));
    auto restarted = sim->restart();
    if (!restarted)
        return Outcome<SimulatedRestart>::failure(restarted.error());
    SimulatedRestart out;
    out.restart = *restarted;
    if (!out.restart.resumeCommand.empty()) {
        // The registered command is the CLI's verify; in training the wizard runs the same verification itself.
        Remediation r(*device, stateDir);
        auto v = r.verify(options);
        if (!v)
            return Outcome<SimulatedRestart>::failure(v.error());
        out.verification = std::move(*v);
    }
    return Outcome<SimulatedRestart>::from(std::move(out));
}

std::string verifyCommandLine(const std::string &cliPath, const std::string &spec, const std::string &stateDir)
{
    const auto quote = [](const std::string &s) { return "\"" + s + "\""; };
    return quote(cliPath) + " verify --device " + quote(spec) + " --state-dir " + quote(stateDir);
}
