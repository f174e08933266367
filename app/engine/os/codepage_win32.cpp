// Windows half of codePageToUtf8 (codepage.h): MultiByteToWideChar with MB_ERR_INVALID_CHARS, then UTF-8.
#include "../codepage.h"

#include <windows.h>

namespace hpr {

std::optional<std::string> codePageToUtf8(int codePage, const std::string &bytes)
{
    if (bytes.empty())
        return std::string();
    if (bytes.size() > 0x7FFFFFFF)
        return std::nullopt;
    const int inLen = static_cast<int>(bytes.size());
    const int wideLen =
        MultiByteToWideChar(static_cast<UINT>(codePage), MB_ERR_INVALID_CHARS, bytes.data(), inLen, nullptr, 0);
    if (wideLen <= 0)
        return std::nullopt;
    std::wstring wide(static_cast<std::size_t>(wideLen), L'\0');
    if (MultiByteToWideChar(static_cast<UINT>(codePage), MB_ERR_INVALID_CHARS, bytes.data(), inLen, wide.data(),
                            wideLen) != wideLen)
        return std::nullopt;
    const int outLen = WideCharToMultiByte(CP_UTF8, 0, wide.data(), wideLen, nullptr, 0, nullptr, nullptr);
    if (outLen <= 0)
        return std::nullopt;
    std::string out(static_cast<std::size_t>(outLen), '\0');
    WideCharToMultiByte(CP_UTF8, 0, wide.data(), wideLen, out.data(), outLen, nullptr, nullptr);
    return out;
}

} // namespace hpr
