#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace hpr {

/// The console and ANSI code pages that evidence files saved from a Windows console come in
/// (Western: 437, 850, 1252; Polish: 852, 1250; Russian: 866, 1251; Japanese: 932; Chinese: 936).
const std::vector<int> &evidenceCodePages();

/// Converts bytes in a Windows code page to UTF-8; nullopt when the bytes are not valid in it or the code page
/// is not available. The one platform-specific part of the engine: iconv on POSIX (os/codepage_iconv.cpp),
/// MultiByteToWideChar on Windows (os/codepage_win32.cpp).
std::optional<std::string> codePageToUtf8(int codePage, const std::string &bytes);

/// Appends one code point as UTF-8.
void appendUtf8(std::string &out, char32_t c);
/// The code point at bytes[i] and its length in bytes; a malformed byte reads as U+FFFD of length 1.
std::pair<char32_t, std::size_t> decodeUtf8At(const std::string &bytes, std::size_t i);

/// True when the bytes are well-formed UTF-8 (pure ASCII is).
bool isValidUtf8(const std::string &bytes);

} // namespace hpr
