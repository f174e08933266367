#include "policyrules.h"

#include "engine/durablefile.h"
#include "engine/report.h"
#include "platform/device.h"

#include <algorithm>
#include <cctype>
#include <spdlog/spdlog.h>

namespace hpr {

Status checkChangesAllowed(const AdminPolicy &policy, const std::string &command)
{
    if (!policy.assessOnly.value_or(false))
        return {};
    return makeError(ErrorCode::AccessDenied,
                     command + " refused by the admin policy AssessOnly=1 (" + policy.originOf("AssessOnly") +
                         "): this device may only be assessed by this tool; nothing was changed");
}

Expected<RestartWhen> fitRestartWindow(const AdminPolicy &policy, const RestartWhen &when, const Device &device,
                                       bool moveToWindow)
{
    if (!policy.restartWindow)
        return when;
    const std::int64_t now = device.now(), offset = device.utcOffsetSeconds();
    auto fitted = fitRestartWindow(policy, when, now, offset, moveToWindow);
    if (fitted && (fitted->kind != when.kind || fitted->utc != when.utc))
        spdlog::info("restart moved from {} to {} (local), the start of the allowed window {} ({})",
                     clockTimeOf(restartTimeFor(when, now, offset) + offset), clockTimeOf(fitted->utc + offset),
                     policy.restartWindow->toString(), policy.originOf("RestartWindow"));
    return fitted;
}

Expected<RestartWhen> fitRestartWindow(const AdminPolicy &policy, const RestartWhen &when, std::int64_t now,
                                       std::int64_t offset, bool moveToWindow)
{
    if (!policy.restartWindow)
        return when;
    const std::int64_t at = restartTimeFor(when, now, offset);
    const std::int64_t local = at + offset;
    const RestartWindow &w = *policy.restartWindow;
    if (w.contains(int(((local % 86400) + 86400) % 86400 / 60)))
        return when;
    const std::string where = policy.originOf("RestartWindow");
    if (!moveToWindow)
        return makeError(ErrorCode::AccessDenied,
                         "the restart at " + clockTimeOf(local) +
                             " (device local time) is outside the allowed restart "
                             "window " +
                             w.toString() + " set by the admin policy RestartWindow (" + where +
                             "); nothing was scheduled. Choose a time inside the window, or add --next-window to "
                             "restart at the next start of the window");
    RestartWhen moved;
    moved.kind = RestartWhen::AtUtc;
    moved.utc = nextWindowStart(w, local) - offset;
    return moved;
}

Expected<std::string> copyToReportFolder(const AdminPolicy &policy, const std::string &prefix, const std::string &ext,
                                         const std::string &text)
{
    if (!policy.reportFolder)
        return std::string();
    std::string stamp = nowIsoUtc(); // 2026-11-25T21:24:37Z -> 20261125T212437Z, a valid file name everywhere
    stamp.erase(std::remove_if(stamp.begin(), stamp.end(), [](char c) { return c == '-' || c == ':'; }), stamp.end());
    std::string safe = prefix;
    for (char &c : safe)
        if (!(std::isalnum((unsigned char)c) || c == '-' || c == '_' || c == '.'))
            c = '_';
#ifdef _WIN32
    const char sep = '\\';
#else
    const char sep = '/';
#endif
    const std::string path = *policy.reportFolder + sep + safe + "-" + stamp + "." + ext;
    if (Status s = writeFileDurably(path, text); !s)
        return makeError(ErrorCode::Failed, "the copy for the admin policy ReportFolder (" +
                                                policy.originOf("ReportFolder") +
                                                ") was not written: " + s.error().detail);
    spdlog::info("report copy written to {}", path);
    return path;
}

} // namespace hpr
