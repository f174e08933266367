#pragma once
// The slow steps of the wizard as plain functions: each runs on a worker thread (QtConcurrent::run), takes
// copies of what it needs, holds the session's device lock while it touches the device, and returns an
// Outcome the page shows on the UI thread. No widgets, no Qt: they are tested like the engine.

#include "engine/assessment.h"
#include "platform/adminpolicy.h"
#include "platform/device.h"
#include "platform/remediation.h"
#include "platform/sim/simdevice.h"

#include <memory>
#include <mutex>
#include <optional>
#include <string>

/// A result or the error that prevented it.
template <class T> struct Outcome
{
    std::optional<T> value;
    hpr::Error error; ///< meaningful when value is empty

    bool ok() const { return value.has_value(); }
    static Outcome from(hpr::Expected<T> e)
    {
        Outcome o;
        if (e)
            o.value = std::move(*e);
        else
            o.error = e.error();
        return o;
    }
    static Outcome failure(hpr::Error e)
    {
        Outcome o;
        o.error = std::move(e);
        return o;
    }
};

/// What detection found.
struct Detection
{
    std::shared_ptr<hpr::Device> device;
    hpr::Assessment assessment;
    std::optional<hpr::CycleStatus> status;        ///< where the remediation cycle stands (state folder)
    hpr::Text description;                         ///< Device::descriptionText()
    std::optional<hpr::Verification> verification; ///< when detection was asked to verify (after the restart)
    hpr::AdminPolicy policy;                       ///< the admin policy in force on the device
    std::int64_t deviceNow = 0, utcOffset = 0;
};

/// Opens the device (a fresh instance, so a simulated one reloads its saved state), reads its admin policy, probes it
/// and assesses it; with verify, runs Remediation::verify instead (the resume after the restart), whose assessment
/// it keeps. An invalid policy value is an error naming it and where it is, as in the CLI.
Outcome<Detection> detectDevice(const std::string &spec, const std::string &stateDir, const hpr::AssessOptions &options,
                                const std::shared_ptr<std::mutex> &lock, bool verify = false);

/// Remediation::apply with the journal (automatic rollback on a failed write).
Outcome<hpr::ApplyResult> applyFixes(const std::shared_ptr<hpr::Device> &device, const std::string &stateDir,
                                     const hpr::CycleOptions &options, const std::shared_ptr<std::mutex> &lock);

/// What an undo did.
struct Undo
{
    hpr::RollbackResult rollback;
    bool restartCancelled = false; ///< a restart this tool had scheduled was cancelled first
};

/// Cancels the restart this tool scheduled (if any), then Remediation::rollback.
Outcome<Undo> rollBack(const std::shared_ptr<hpr::Device> &device, const std::string &stateDir,
                       const std::shared_ptr<std::mutex> &lock);

/// Remediation::scheduleRestart (force = false) within the admin policy: refused under AssessOnly, moved to the next
/// start of the RestartWindow when asked outside it. An empty message asks the engine for its default text.
Outcome<hpr::ScheduledRestart> scheduleRestart(const std::shared_ptr<hpr::Device> &device, const std::string &stateDir,
                                               const hpr::RestartWhen &when, const std::string &message,
                                               const hpr::AssessOptions &options, const std::string &verifyCommand,
                                               const hpr::AdminPolicy &policy, const std::shared_ptr<std::mutex> &lock);

/// Remediation::cancelRestart.
Outcome<bool> cancelRestart(const std::shared_ptr<hpr::Device> &device, const std::string &stateDir,
                            const std::shared_ptr<std::mutex> &lock);

/// What a simulated restart did and, when a verification was registered, what it found.
struct SimulatedRestart
{
    hpr::SimDevice::RestartOutcome restart;
    std::optional<hpr::Verification> verification;
};

/// SimDevice::restart, then Remediation::verify when the restart had a resume command registered.
Outcome<SimulatedRestart> simulateRestart(const std::shared_ptr<hpr::Device> &device, const std::string &stateDir,
                                          const hpr::AssessOptions &options, const std::shared_ptr<std::mutex> &lock);

/// The command line registered to verify after the restart: the CLI's "verify --device ... --state-dir ...", or
/// with gui this app's "--verify --device ... --state-dir ...", which opens the wizard on the verification.
std::string verifyCommandLine(const std::string &program, const std::string &spec, const std::string &stateDir,
                              bool gui = false);
