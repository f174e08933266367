// POSIX half of codePageToUtf8 (codepage.h): glibc iconv, which knows every code page Windows consoles use.
#include "../codepage.h"

#include <cerrno>
#include <iconv.h>

namespace hpr {

std::optional<std::string> codePageToUtf8(int codePage, const std::string &bytes)
{
    const std::string from = "CP" + std::to_string(codePage);
    iconv_t cd = iconv_open("UTF-8", from.c_str());
    if (cd == reinterpret_cast<iconv_t>(-1))
        return std::nullopt;
    std::string out(bytes.size() * 4 + 16, '\0');
    char *in = const_cast<char *>(bytes.data());
    std::size_t inLeft = bytes.size();
    char *outPtr = out.data();
    std::size_t outLeft = out.size();
    const std::size_t rc = iconv(cd, &in, &inLeft, &outPtr, &outLeft);
    iconv_close(cd);
    // Invalid or incomplete multi-byte sequences (EILSEQ, EINVAL) mean "not this code page".
    if (rc == static_cast<std::size_t>(-1) || inLeft != 0)
        return std::nullopt;
    out.resize(out.size() - outLeft);
    return out;
}

} // namespace hpr
