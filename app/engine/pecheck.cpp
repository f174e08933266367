#include "pecheck.h"

#include <algorithm>
#include <cstdio>

namespace hpr {

namespace {

std::uint32_t le(std::string_view b, std::size_t at, int bytes)
{
    std::uint32_t v = 0;
    for (int i = bytes - 1; i >= 0; --i)
        v = (v << 8) | static_cast<unsigned char>(b[at + std::size_t(i)]);
    return v;
}

std::string hex(std::uint32_t v)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "0x%X", v);
    return buf;
}

} // namespace

Expected<PeHeaders> readPeHeaders(std::string_view b)
{
    auto bad = [](const std::string &why) { return makeError(ErrorCode::BadInput, "not a readable PE image: " + why); };
    if (b.size() < 0x40 || b[0] != 'M' || b[1] != 'Z')
        return bad("no MZ header");
    const std::size_t pe = le(b, 0x3C, 4);
    if (pe > b.size() || b.size() - pe < 24 || b.substr(pe, 4) != std::string_view("PE\0\0", 4))
        return bad("no PE signature at " + hex(std::uint32_t(pe)));
    PeHeaders h;
    h.machine = static_cast<std::uint16_t>(le(b, pe + 4, 2));
    const std::uint32_t sections = le(b, pe + 6, 2);
    const std::uint32_t optionalSize = le(b, pe + 20, 2);
    const std::size_t optional = pe + 24;
    if (optionalSize < 36 || b.size() < optional + optionalSize)
        return bad("the optional header is truncated");
    const std::uint32_t magic = le(b, optional, 2);
    if (magic != 0x10B && magic != 0x20B)
        return bad("optional header magic " + hex(magic) + " is neither PE32 nor PE32+");
    h.sectionAlignment = le(b, optional + 32, 4);
    const std::size_t table = optional + optionalSize;
    if (sections > 96 || b.size() < table + std::size_t(sections) * 40)
        return bad("the section table (" + std::to_string(sections) + " sections) is truncated");
    for (std::uint32_t i = 0; i < sections; ++i) {
        const std::size_t s = table + std::size_t(i) * 40;
        PeSection section;
        std::string_view name = b.substr(s, 8);
        section.name = std::string(name.substr(0, name.find('\0')));
        section.characteristics = le(b, s + 36, 4);
        h.sections.push_back(std::move(section));
    }
    return h;
}

std::string buildPeHeaders(std::uint16_t machine, std::uint32_t sectionAlignment,
                           const std::vector<PeSection> &sections)
{
    constexpr std::size_t pe = 0x80, optionalSize = 240; // PE32+ with 16 data directories
    std::string b(pe + 24 + optionalSize + sections.size() * 40, '\0');
    auto put = [&b](std::size_t at, std::uint32_t v, int bytes) {
        for (int i = 0; i < bytes; ++i)
            b[at + std::size_t(i)] = static_cast<char>((v >> (8 * i)) & 0xFF);
    };
    b[0] = 'M';
    b[1] = 'Z';
    put(0x3C, pe, 4);
    b.replace(pe, 4, std::string("PE\0\0", 4));
    put(pe + 4, machine, 2);
    put(pe + 6, std::uint32_t(sections.size()), 2);
    put(pe + 20, optionalSize, 2);
    put(pe + 22, 0x0022, 2); // executable image, large address aware
    const std::size_t optional = pe + 24;
    put(optional, 0x20B, 2);
    put(optional + 32, sectionAlignment, 4);
    put(optional + 36, 0x200, 4); // file alignment
    put(optional + 68, 1, 2);     // subsystem: native (a driver)
    put(optional + 108, 16, 4);   // NumberOfRvaAndSizes
    for (std::size_t i = 0; i < sections.size(); ++i) {
        const std::size_t s = optional + optionalSize + i * 40;
        b.replace(s, std::min<std::size_t>(8, sections[i].name.size()), sections[i].name.substr(0, 8));
        put(s + 8, 0x1000, 4);                                     // VirtualSize
        put(s + 12, std::uint32_t(sectionAlignment * (i + 1)), 4); // VirtualAddress
        put(s + 36, sections[i].characteristics, 4);
    }
    return b;
}

std::vector<std::string> hvciConcerns(const PeHeaders &pe)
{
    std::vector<std::string> out;
    for (const auto &s : pe.sections)
        if ((s.characteristics & kPeSectionWrite) && (s.characteristics & kPeSectionExecute))
            out.push_back("section " + (s.name.empty() ? std::string("(unnamed)") : s.name) +
                          " is writable and executable");
    if (pe.sectionAlignment == 0 || pe.sectionAlignment % kHvciSectionAlignment != 0)
        out.push_back("section alignment " + hex(pe.sectionAlignment) + ", not a multiple of 0x1000");
    return out;
}

} // namespace hpr
