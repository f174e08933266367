#pragma once
// A static look at a kernel driver's PE headers against memory integrity's (HVCI) rules for drivers
// (windows-facts-2.md C.2: no section both writable and executable, sections aligned to 0x1000). It approximates
// Windows Security's incompatible-driver scan, which has no documented API: a driver it flags may still be fine
// (Windows' scan decides), and one it passes may still fail at run time (dynamic code, non-NX pool).

#include "expected.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace hpr {

inline constexpr std::uint32_t kPeSectionExecute = 0x20000000; ///< IMAGE_SCN_MEM_EXECUTE
inline constexpr std::uint32_t kPeSectionRead = 0x40000000;    ///< IMAGE_SCN_MEM_READ
inline constexpr std::uint32_t kPeSectionWrite = 0x80000000;   ///< IMAGE_SCN_MEM_WRITE
inline constexpr std::uint32_t kHvciSectionAlignment = 0x1000;

struct PeSection
{
    std::string name; ///< up to 8 characters, as in the file
    std::uint32_t characteristics = 0;
};

struct PeHeaders
{
    std::uint16_t machine = 0;          ///< IMAGE_FILE_MACHINE_*: 0x8664 x64, 0xAA64 Arm64, 0x14C x86
    std::uint32_t sectionAlignment = 0; ///< OptionalHeader.SectionAlignment
    std::vector<PeSection> sections;
};

/// The PE headers in the first bytes of a file (at least up to the end of the section table). BadInput naming what
/// is missing or wrong: no MZ or PE signature, truncated headers, an optional header that is not PE32 or PE32+.
Expected<PeHeaders> readPeHeaders(std::string_view bytes);

/// The headers of a PE32+ image as a linker writes them (DOS stub, PE signature, COFF and optional headers, the
/// section table): the simulated device's driver files, and the tests.
std::string buildPeHeaders(std::uint16_t machine, std::uint32_t sectionAlignment,
                           const std::vector<PeSection> &sections);

/// What a driver's headers break of memory integrity's rules, one short English phrase each ("section INIT is
/// writable and executable", "section alignment 0x200, not a multiple of 0x1000"); empty when nothing is found.
std::vector<std::string> hvciConcerns(const PeHeaders &pe);

} // namespace hpr
