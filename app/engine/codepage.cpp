#include "codepage.h"

namespace hpr {

const std::vector<int> &evidenceCodePages()
{
    // Order breaks ties between equal scores: the OEM console pages first (cmd's "systeminfo > file").
    static const std::vector<int> pages = {850, 437, 1252, 852, 1250, 866, 1251, 932, 936};
    return pages;
}

void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

std::pair<char32_t, std::size_t> decodeUtf8At(const std::string &bytes, std::size_t i)
{
    const unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x80)
        return {c, 1};
    std::size_t extra = (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : 0;
    if (extra == 0 || i + extra >= bytes.size())
        return {0xFFFD, 1};
    char32_t cp = c & (extra == 1 ? 0x1F : extra == 2 ? 0x0F : 0x07);
    for (std::size_t k = 1; k <= extra; ++k) {
        const unsigned char cc = static_cast<unsigned char>(bytes[i + k]);
        if ((cc & 0xC0) != 0x80)
            return {0xFFFD, 1};
        cp = (cp << 6) | (cc & 0x3F);
    }
    return {cp, extra + 1};
}

bool isValidUtf8(const std::string &bytes)
{
    for (std::size_t i = 0; i < bytes.size();) {
        const auto [cp, len] = decodeUtf8At(bytes, i);
        if (len == 1 && static_cast<unsigned char>(bytes[i]) >= 0x80)
            return false;
        // Overlong forms, surrogates and values beyond U+10FFFF are not UTF-8.
        if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF ||
            (cp >= 0xD800 && cp < 0xE000))
            return false;
        i += len;
    }
    return true;
}

} // namespace hpr
