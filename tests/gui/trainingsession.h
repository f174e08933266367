#pragma once
// What every GUI test builds its wizard from: a training session on a shipped profile, and the one log relay.

#include "logrelay.h"
#include "readinesssession.h"

#include <QString>
#include <memory>
#include <string>

namespace hpr::test {

/// A training session on the shipped profile `profile` with its own state folder, dated 2026-11-25 (the date the
/// shipped verdicts are asserted for): what main.cpp builds for `--profile`.
std::shared_ptr<ReadinessSession> trainingSession(const std::string &profile, const QString &stateDir);

/// One relay for every wizard of the run, attached once: spdlog's sink list is not changed while workers log.
LogRelay &testRelay();

} // namespace hpr::test
