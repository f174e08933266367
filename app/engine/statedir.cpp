#include "statedir.h"

#include <cstdlib>

namespace hpr {

std::string defaultStateDir()
{
    if (const char *env = std::getenv("HPR_STATE_DIR"); env && *env)
        return env;
#ifdef _WIN32
    if (const char *pd = std::getenv("ProgramData"); pd && *pd)
        return std::string(pd) + "\\HotpatchReady\\state";
    return "C:\\ProgramData\\HotpatchReady\\state";
#else
    if (const char *xdg = std::getenv("XDG_STATE_HOME"); xdg && *xdg)
        return std::string(xdg) + "/hotpatch-ready";
    if (const char *home = std::getenv("HOME"); home && *home)
        return std::string(home) + "/.local/state/hotpatch-ready";
    return "hotpatch-ready-state";
#endif
}

} // namespace hpr
