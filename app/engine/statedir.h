#pragma once

#include <string>

namespace hpr {

/// The per-machine state folder when none is given: HPR_STATE_DIR, else %ProgramData%\HotpatchReady\state on
/// Windows, $XDG_STATE_HOME/hotpatch-ready or ~/.local/state/hotpatch-ready elsewhere.
std::string defaultStateDir();

} // namespace hpr
