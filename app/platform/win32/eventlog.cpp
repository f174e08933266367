#include "eventlog.h"

#include "wide.h"

#include <windows.h>

namespace hpr::win32 {

Status reportEvent(const std::string &source, int eventId, bool success, const std::string &text)
{
    const std::wstring wsource = widen(source);
    HANDLE h = RegisterEventSourceW(nullptr, wsource.c_str());
    if (!h)
        return makeError(ErrorCode::Failed,
                         "RegisterEventSourceW(" + source + ") failed: " + errorText(GetLastError()));
    const std::wstring wtext = widen(text);
    LPCWSTR strings[1] = {wtext.c_str()};
    // The message table in hotpatch-ready-cli.exe (eventmessages.mc) maps every Event ID to "%1".
    const BOOL ok = ReportEventW(h, success ? EVENTLOG_INFORMATION_TYPE : EVENTLOG_ERROR_TYPE, 0, DWORD(eventId),
                                 nullptr, 1, 0, strings, nullptr);
    const DWORD err = ok ? 0 : GetLastError();
    DeregisterEventSource(h);
    if (!ok)
        return makeError(ErrorCode::Failed,
                         "ReportEventW(" + source + ", " + std::to_string(eventId) + ") failed: " + errorText(err));
    return {};
}

} // namespace hpr::win32
