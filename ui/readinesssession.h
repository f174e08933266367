#pragma once
// What the wizard's pages share: the device choice, the device once opened, and each step's result.

#include "engine/assessment.h"
#include "engine/plan.h"
#include "platform/adminpolicy.h"
#include "platform/device.h"
#include "platform/remediation.h"
#include "platform/sim/profilecatalog.h"

#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

/// The state of one wizard run, shared by the pages (each gets it through its constructor).
/// Touched only on the UI thread; worker threads get copies of what they need, and the device itself
/// only under deviceLock, so a detection the user stopped waiting for cannot overlap an apply.
struct ReadinessSession
{
    // Set up by the composition root.
    std::vector<hpr::ShippedProfile> profiles; ///< the training profiles offered on the start page
    std::string cliPath;                       ///< the CLI registered to verify after the restart
    std::string guiPath;        ///< this app: registered instead of the CLI for a simulated device (empty: the CLI)
    bool verifyOnStart = false; ///< started by the resume entry (--verify): detect, verify, show the report
    hpr::CycleOptions options;  ///< assess options (as-of date) and the plan options

    // Chosen on the start page.
    bool training = true;
    bool evidence = false;    ///< offline evidence files: assess only, nothing can be changed
    std::string evidencePath; ///< a file or a folder (evidence mode)
    std::string profile;      ///< shipped profile name (training)
    std::string stateDir;     ///< where the device keeps its state (journal, simulated machine)

    // Results, newest first in the cycle's order.
    std::shared_ptr<hpr::Device> device;
    hpr::AdminPolicy policy; ///< read from the device at detection (HKLM\SOFTWARE\Policies\HotpatchReady or the file)
    std::shared_ptr<std::mutex> deviceLock = std::make_shared<std::mutex>();
    std::optional<hpr::Assessment> assessment;
    std::optional<hpr::CycleStatus> cycleStatus;
    hpr::Text deviceDescription;      ///< Device::descriptionText() (evidence: one line per file after the first)
    std::int64_t deviceNow = 0;       ///< the device's clock when it was detected (UTC seconds)
    std::int64_t deviceUtcOffset = 0; ///< its local time offset
    std::chrono::steady_clock::time_point detectedAt;
    std::optional<hpr::Plan> plan;
    std::optional<hpr::ApplyResult> applied;
    std::optional<hpr::RollbackResult> rolledBack;
    std::optional<hpr::ScheduledRestart> restart;
    std::optional<hpr::Verification> verification;

    /// "local", "sim:PROFILE" or "evidence:PATH".
    std::string deviceSpec() const
    {
        if (evidence)
            return "evidence:" + evidencePath;
        return training ? "sim:" + profile : std::string("local");
    }
    /// <stateDir>/<device state key>, once a device is open; empty before.
    std::string folder() const { return device ? stateDir + "/" + device->stateKey() : std::string(); }
    /// The device's clock now, extrapolated from the detection (no device call on the UI thread).
    std::int64_t deviceClockNow() const
    {
        return deviceNow +
               std::chrono::duration_cast<std::chrono::seconds>(std::chrono::steady_clock::now() - detectedAt).count();
    }
    /// Forgets every result (a new device or a new detection).
    void resetResults()
    {
        assessment.reset();
        cycleStatus.reset();
        plan.reset();
        applied.reset();
        rolledBack.reset();
        restart.reset();
        verification.reset();
    }
};
