#pragma once
// A strict ZIP reader for tests: walks the end record, the central directory and each local header,
// inflates, and checks every size and CRC, so a test proves the writer's archives are well formed.

#include "engine/zipwriter.h"

#include <cstdint>
#include <map>
#include <stdexcept>
#include <string>
#include <zlib.h>

namespace hpr::test {

inline std::uint32_t zipU16(const std::string &b, std::size_t at)
{
    if (at + 2 > b.size())
        throw std::runtime_error("zip: truncated at " + std::to_string(at));
    return std::uint32_t(std::uint8_t(b[at])) | std::uint32_t(std::uint8_t(b[at + 1])) << 8;
}

inline std::uint32_t zipU32(const std::string &b, std::size_t at)
{
    return zipU16(b, at) | zipU16(b, at + 2) << 16;
}

inline std::string zipInflate(const std::string &packed, std::size_t size)
{
    std::string out(size, '\0');
    z_stream z{};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
        throw std::runtime_error("zip: inflateInit2");
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(packed.data()));
    z.avail_in = uInt(packed.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = inflate(&z, Z_FINISH);
    const auto produced = z.total_out;
    inflateEnd(&z);
    if (rc != Z_STREAM_END || produced != size)
        throw std::runtime_error("zip: inflate failed");
    return out;
}

/// name -> content; throws std::runtime_error on any inconsistency.
inline std::map<std::string, std::string> readZip(const std::string &b)
{
    if (b.size() < 22 || zipU32(b, b.size() - 22) != 0x06054b50)
        throw std::runtime_error("zip: no end-of-central-directory record at the end");
    const std::size_t eocd = b.size() - 22;
    const std::uint32_t count = zipU16(b, eocd + 10);
    const std::uint32_t cdSize = zipU32(b, eocd + 12);
    std::size_t at = zipU32(b, eocd + 16);
    if (at + cdSize != eocd)
        throw std::runtime_error("zip: central directory size/offset do not meet the end record");
    std::map<std::string, std::string> files;
    for (std::uint32_t i = 0; i < count; ++i) {
        if (zipU32(b, at) != 0x02014b50)
            throw std::runtime_error("zip: bad central header " + std::to_string(i));
        const std::uint32_t method = zipU16(b, at + 10), crc = zipU32(b, at + 16);
        const std::uint32_t packedSize = zipU32(b, at + 20), size = zipU32(b, at + 24);
        const std::uint32_t nameLen = zipU16(b, at + 28), extra = zipU16(b, at + 30), comment = zipU16(b, at + 32);
        const std::size_t local = zipU32(b, at + 42);
        const std::string name = b.substr(at + 46, nameLen);
        at += 46 + nameLen + extra + comment;
        if (zipU32(b, local) != 0x04034b50 || zipU32(b, local + 14) != crc || zipU32(b, local + 18) != packedSize ||
            b.substr(local + 30, zipU16(b, local + 26)) != name)
            throw std::runtime_error("zip: local header of " + name + " disagrees with the central directory");
        const std::size_t dataAt = local + 30 + zipU16(b, local + 26) + zipU16(b, local + 28);
        if (dataAt + packedSize > b.size())
            throw std::runtime_error("zip: data of " + name + " runs past the end");
        const std::string packed = b.substr(dataAt, packedSize);
        std::string data;
        if (method == 0)
            data = packed;
        else if (method == 8)
            data = zipInflate(packed, size);
        else
            throw std::runtime_error("zip: unknown method " + std::to_string(method));
        if (data.size() != size || crc32Of(data) != crc)
            throw std::runtime_error("zip: size or CRC of " + name + " is wrong");
        files[name] = data;
    }
    return files;
}

} // namespace hpr::test
