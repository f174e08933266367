#include "zipwriter.h"

#include <ctime>
#include <limits>
#include <set>
#include <zlib.h>

namespace hpr {

namespace {

constexpr std::uint64_t kMaxZip32 = std::numeric_limits<std::uint32_t>::max() - 1;

void put16(std::string &out, std::uint32_t v)
{
    out.push_back(char(v & 0xff));
    out.push_back(char((v >> 8) & 0xff));
}

void put32(std::string &out, std::uint32_t v)
{
    put16(out, v & 0xffff);
    put16(out, v >> 16);
}

/// MS-DOS date and time (local-time fields, but we store UTC: the bundle names its times in UTC).
std::pair<std::uint32_t, std::uint32_t> dosDateTime(std::int64_t seconds)
{
    if (seconds < 315532800) // 1980-01-01, the earliest MS-DOS date
        seconds = 315532800;
    const std::time_t t = std::time_t(seconds);
    std::tm tm{};
#ifdef _WIN32
    gmtime_s(&tm, &t);
#else
    gmtime_r(&t, &tm);
#endif
    const std::uint32_t time = std::uint32_t(tm.tm_hour << 11 | tm.tm_min << 5 | tm.tm_sec / 2);
    const std::uint32_t date = std::uint32_t((tm.tm_year - 80) << 9 | (tm.tm_mon + 1) << 5 | tm.tm_mday);
    return {date, time};
}

Expected<std::string> deflateRaw(const std::string &data)
{
    z_stream z{};
    // Raw deflate (negative window bits): ZIP stores the deflate stream without a zlib header.
    if (deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return Error{ErrorCode::Failed, "zip: the compressor could not start"};
    std::string out(deflateBound(&z, uLong(data.size())), '\0');
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = deflate(&z, Z_FINISH);
    const uLong produced = z.total_out;
    deflateEnd(&z);
    if (rc != Z_STREAM_END)
        return Error{ErrorCode::Failed, "zip: compression failed"};
    out.resize(produced);
    return out;
}

Status checkName(const std::string &name, std::set<std::string> &seen)
{
    if (name.empty() || name.front() == '/' || name.find('\\') != std::string::npos)
        return Error{ErrorCode::BadInput, "zip: invalid entry name '" + name + "'"};
    std::size_t start = 0;
    while (start <= name.size()) {
        const std::size_t end = std::min(name.find('/', start), name.size());
        if (name.compare(start, end - start, "..") == 0)
            return Error{ErrorCode::BadInput, "zip: entry name '" + name + "' leaves the archive"};
        start = end + 1;
    }
    if (!seen.insert(name).second)
        return Error{ErrorCode::BadInput, "zip: entry '" + name + "' appears twice"};
    return {};
}

} // namespace

std::uint32_t crc32Of(const std::string &data)
{
    return std::uint32_t(
        ::crc32(::crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef *>(data.data()), uInt(data.size())));
}

Expected<std::string> makeZip(const std::vector<ZipEntry> &entries)
{
    if (entries.size() >= 0xffff)
        return Error{ErrorCode::BadInput, "zip: too many entries (" + std::to_string(entries.size()) + ")"};
    std::string out, central;
    std::set<std::string> seen;
    constexpr std::uint32_t kUtf8Names = 1u << 11;
    for (const ZipEntry &e : entries) {
        if (Status s = checkName(e.name, seen); !s)
            return s.error();
        if (e.data.size() > kMaxZip32 || e.name.size() > 0xffff)
            return Error{ErrorCode::BadInput, "zip: entry '" + e.name + "' is too large for a ZIP archive"};
        Expected<std::string> packed = deflateRaw(e.data);
        if (!packed)
            return packed.error();
        // Keep the smaller form: tiny or incompressible files are stored.
        const bool store = packed->size() >= e.data.size();
        const std::string &body = store ? e.data : *packed;
        const std::uint32_t method = store ? 0 : 8;
        const std::uint32_t crc = crc32Of(e.data);
        const auto [date, time] = dosDateTime(e.modified);
        if (out.size() + 30 + e.name.size() + body.size() > kMaxZip32)
            return Error{ErrorCode::BadInput, "zip: the archive would exceed 4 GiB"};
        const std::uint32_t offset = std::uint32_t(out.size());

        put32(out, 0x04034b50); // local file header
        put16(out, 20);         // version needed: 2.0 (deflate)
        put16(out, kUtf8Names);
        put16(out, method);
        put16(out, time);
        put16(out, date);
        put32(out, crc);
        put32(out, std::uint32_t(body.size()));
        put32(out, std::uint32_t(e.data.size()));
        put16(out, std::uint32_t(e.name.size()));
        put16(out, 0); // extra field length
        out += e.name;
        out += body;

        put32(central, 0x02014b50); // central directory header
        put16(central, 20);         // made by: MS-DOS/FAT attributes, spec 2.0
        put16(central, 20);
        put16(central, kUtf8Names);
        put16(central, method);
        put16(central, time);
        put16(central, date);
        put32(central, crc);
        put32(central, std::uint32_t(body.size()));
        put32(central, std::uint32_t(e.data.size()));
        put16(central, std::uint32_t(e.name.size()));
        put16(central, 0); // extra
        put16(central, 0); // comment
        put16(central, 0); // disk number
        put16(central, 0); // internal attributes
        put32(central, 0); // external attributes
        put32(central, offset);
        central += e.name;
    }
    if (out.size() + central.size() + 22 > kMaxZip32)
        return Error{ErrorCode::BadInput, "zip: the archive would exceed 4 GiB"};
    const std::uint32_t centralOffset = std::uint32_t(out.size());
    out += central;
    put32(out, 0x06054b50); // end of central directory
    put16(out, 0);
    put16(out, 0);
    put16(out, std::uint32_t(entries.size()));
    put16(out, std::uint32_t(entries.size()));
    put32(out, std::uint32_t(central.size()));
    put32(out, centralOffset);
    put16(out, 0); // comment length
    return out;
}

} // namespace hpr
