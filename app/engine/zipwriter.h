#pragma once
// A minimal ZIP archive writer (PKWARE APPNOTE 6.3: local headers, central directory, deflate via zlib,
// UTF-8 names). Enough for the diagnostic bundle; no ZIP64, so the archive and each entry stay under 4 GiB.

#include "expected.h"

#include <cstdint>
#include <string>
#include <vector>

namespace hpr {

struct ZipEntry
{
    std::string name;          ///< path inside the archive, '/' separated, UTF-8, no leading '/' or ".."
    std::string data;          ///< the bytes
    std::int64_t modified = 0; ///< seconds since 1970 (UTC); stored as MS-DOS date/time (from 1980)
};

/// The archive's bytes. BadInput when a name is empty, absolute, has "..", repeats, or the data is too big.
Expected<std::string> makeZip(const std::vector<ZipEntry> &entries);

/// CRC-32 (ISO 3309, as ZIP uses it).
std::uint32_t crc32Of(const std::string &data);

} // namespace hpr
