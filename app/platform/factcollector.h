#pragma once

#include "engine/devicefacts.h"

namespace hpr {

class SystemSource;

/// Turns the raw answers of a system into facts, with sources and the documented precedence
/// (policy over the runtime key, WMI over inference). Identical for live and simulated systems.
DeviceFacts collectFacts(SystemSource &source);

} // namespace hpr
