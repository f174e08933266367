#include "operations.h"

#include "engine/durablefile.h"
#include "platform/policyrules.h"
#include "uitext.h"

#include <spdlog/spdlog.h>

using hpr::Remediation;

Outcome<Detection> detectDevice(const std::string &spec, const std::string &stateDir, const hpr::AssessOptions &options,
                                const std::shared_ptr<std::mutex> &lock, bool verify)
{
    std::lock_guard guard(*lock);
    spdlog::info("{} {}, state folder {}", verify ? "verifying" : "detecting", spec, stateDir);
    auto opened = hpr::openDevice(spec, hpr::DeviceOptions{stateDir});
    if (!opened) {
        spdlog::error("cannot open {}: {}", spec, opened.error().detail);
        return Outcome<Detection>::failure(opened.error());
    }
    Detection d;
    d.device = std::shared_ptr<hpr::Device>(std::move(*opened));
    auto policy = hpr::loadAdminPolicy(d.device.get());
    if (!policy) {
        spdlog::error("admin policy of {}: {}", spec, policy.error().detail);
        return Outcome<Detection>::failure(policy.error());
    }
    d.policy = std::move(*policy);
    Remediation r(*d.device, stateDir);
    if (verify) {
        auto v = r.verify(options);
        if (!v) {
            spdlog::error("verification of {} failed: {}", spec, v.error().detail);
            return Outcome<Detection>::failure(v.error());
        }
        d.assessment = v->after;
        d.verification = std::move(*v);
        spdlog::info("verified {}: {}", spec, d.verification->ready ? "ready" : "not ready");
    } else {
        auto a = r.assessNow(options);
        if (!a) {
            spdlog::error("cannot assess {}: {}", spec, a.error().detail);
            return Outcome<Detection>::failure(a.error());
        }
        d.assessment = std::move(*a);
    }
    spdlog::info("{}: verdict {}, {} check(s)", spec, hpr::toString(d.assessment.verdict), d.assessment.checks.size());
    if (auto st = r.status())
        d.status = *st;
    d.description = d.device->descriptionText();
    d.deviceNow = d.device->now();
    d.utcOffset = d.device->utcOffsetSeconds();
    return Outcome<Detection>::from(std::move(d));
}

Outcome<hpr::ApplyResult> applyFixes(const std::shared_ptr<hpr::Device> &device, const std::string &stateDir,
                                     const hpr::CycleOptions &options, const std::shared_ptr<std::mutex> &lock)
{
    std::lock_guard guard(*lock);
    Remediation r(*device, stateDir);
    auto applied = r.apply(options);
    if (applied)
        spdlog::info("apply on {}: {}, {} value(s) written, journal in {}", device->spec(), applied->outcome,
                     applied->written.size(), r.folder());
    else
        spdlog::error("apply on {} failed: {}", device->spec(), applied.error().detail);
    return Outcome<hpr::ApplyResult>::from(std::move(applied));
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
    if (!rb) {
        spdlog::error("rollback on {} failed: {}", device->spec(), rb.error().detail);
        return Outcome<Undo>::failure(rb.error());
    }
    spdlog::info("rollback on {}: {} value(s) restored", device->spec(), rb->restored.size());
    u.rollback = std::move(*rb);
    return Outcome<Undo>::from(std::move(u));
}

Outcome<hpr::ScheduledRestart> scheduleRestart(const std::shared_ptr<hpr::Device> &device, const std::string &stateDir,
                                               const hpr::RestartWhen &when, const std::string &message,
                                               const hpr::AssessOptions &options, const std::string &verifyCommand,
                                               const hpr::AdminPolicy &policy, const std::shared_ptr<std::mutex> &lock)
{
    std::lock_guard guard(*lock);
    if (hpr::Status allowed = hpr::checkChangesAllowed(policy, "scheduling the restart"); !allowed)
        return Outcome<hpr::ScheduledRestart>::failure(allowed.error());
    // Outside the admin policy's RestartWindow the restart moves to the next start of the window (the page says so).
    auto fitted = hpr::fitRestartWindow(policy, when, *device, true);
    if (!fitted)
        return Outcome<hpr::ScheduledRestart>::failure(fitted.error());
    Remediation r(*device, stateDir);
    auto scheduled = r.scheduleRestart(*fitted, message, false, options, verifyCommand);
    if (scheduled)
        spdlog::info("restart of {} scheduled for {} UTC; after it: {}", device->spec(), scheduled->at, verifyCommand);
    else
        spdlog::error("scheduling the restart of {} failed: {}", device->spec(), scheduled.error().detail);
    return Outcome<hpr::ScheduledRestart>::from(std::move(scheduled));
}

Outcome<bool> cancelRestart(const std::shared_ptr<hpr::Device> &device, const std::string &stateDir,
                            const std::shared_ptr<std::mutex> &lock)
{
    std::lock_guard guard(*lock);
    Remediation r(*device, stateDir);
    if (hpr::Status s = r.cancelRestart(); !s) {
        spdlog::error("cancelling the restart of {} failed: {}", device->spec(), s.error().detail);
        return Outcome<bool>::failure(s.error());
    }
    spdlog::info("restart of {} cancelled", device->spec());
    return Outcome<bool>::from(true);
}

Outcome<SimulatedRestart> simulateRestart(const std::shared_ptr<hpr::Device> &device, const std::string &stateDir,
                                          const hpr::AssessOptions &options, const std::shared_ptr<std::mutex> &lock)
{
    std::lock_guard guard(*lock);
    auto *sim = dynamic_cast<hpr::SimDevice *>(device.get());
    if (!sim)
        return Outcome<SimulatedRestart>::failure(hpr::makeError(
            hpr::ErrorCode::NotSupported, UiText::toUtf8(QCoreApplication::translate(
                                              "Operations", "only a simulated device can be restarted from here"))));
    auto restarted = sim->restart();
    if (!restarted)
        return Outcome<SimulatedRestart>::failure(restarted.error());
    SimulatedRestart out;
    out.restart = *restarted;
    spdlog::info("simulated restart of {} (number {}); registered after it: {}", device->spec(),
                 out.restart.restartsSinceOpened,
                 out.restart.resumeCommand.empty() ? std::string("nothing") : out.restart.resumeCommand);
    if (!out.restart.resumeCommand.empty()) {
        // The registered command verifies (the CLI's verify, or this app's --verify); the wizard already runs, so
        // it runs the same verification itself and goes straight to it.
        Remediation r(*device, stateDir);
        auto v = r.verify(options);
        if (!v)
            return Outcome<SimulatedRestart>::failure(v.error());
        out.verification = std::move(*v);
    }
    return Outcome<SimulatedRestart>::from(std::move(out));
}

std::string verifyCommandLine(const std::string &program, const std::string &spec, const std::string &stateDir,
                              bool gui)
{
    const auto quote = [](const std::string &s) { return "\"" + s + "\""; };
    return quote(program) + (gui ? " --verify" : " verify") + " --device " + quote(spec) + " --state-dir " +
           quote(stateDir);
}
