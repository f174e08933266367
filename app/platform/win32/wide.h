#pragma once
// UTF-8 <-> UTF-16 at the Win32 edge (the engine speaks UTF-8).

#include <string>

namespace hpr::win32 {

std::wstring widen(const std::string &utf8);
std::string narrow(const std::wstring &utf16);
std::string narrow(const wchar_t *utf16);
/// "0x80041010 (text from FormatMessage)" for HRESULTs and Win32 error codes.
std::string errorText(unsigned long code);

} // namespace hpr::win32
