// The real registry API (under Wine in CI): typed round trips in the 64-bit view, absent values.
#include "platform/win32/registry.h"

#include <catch2/catch.hpp>
#include <windows.h>

using namespace hpr;

namespace {

const std::string kKey = R"(SOFTWARE\HotpatchReadyTests\Registry)";

void cleanup()
{
    RegDeleteTreeW(HKEY_LOCAL_MACHINE, L"SOFTWARE\\HotpatchReadyTests");
}

} // namespace

TEST_CASE("win32 registry: registry values round-trip with their types", "[win32][registry]")
{
    cleanup();
    const std::vector<std::pair<std::string, RegValue>> values = {
        {"Dword", RegValue::dword(0xFFFFFFFFLL)},
        {"Qword", RegValue::qword(0x1122334455667788LL)},
        {"Text", RegValue::sz("Grüße, 世界")},
        {"Multi", RegValue::multiSz({"\\??\\C:\\a.tmp", "", "\\??\\C:\\b.tmp"})},
        {"Bytes", RegValue{RegType::Binary, 0, {}, {}, {0x00, 0x01, 0xFE}}},
    };
    for (const auto &[name, value] : values) {
        INFO(name);
        REQUIRE(win32::writeValue(kKey, name, value).ok());
        auto back = win32::readValue(kKey, name);
        REQUIRE(back.isKnown());
        REQUIRE(back.value().has_value());
        if (value.type == RegType::MultiSz) // an empty string ends a REG_MULTI_SZ list, as on Windows
            CHECK(back.value()->multi == std::vector<std::string>{"\\??\\C:\\a.tmp"});
        else
            CHECK(*back.value() == value);
    }
    auto subs = win32::subkeys(R"(SOFTWARE\HotpatchReadyTests)");
    REQUIRE(subs.isKnown());
    CHECK(subs.value() == StringList{"Registry"});
    CHECK(win32::keyLastWriteTime(kKey).isKnown());
    cleanup();
}

TEST_CASE("win32 registry: absent values and keys are known absences, and deleting them succeeds", "[win32][registry]")
{
    cleanup();
    auto v = win32::readValue(kKey, "Nothing");
    REQUIRE(v.isKnown());
    CHECK_FALSE(v.value().has_value());
    CHECK(win32::keyExists(kKey).is(false));
    CHECK(win32::deleteValue(kKey, "Nothing").ok());
    REQUIRE(win32::writeValue(kKey, "Once", RegValue::dword(1)).ok());
    CHECK(win32::keyExists(kKey).is(true));
    REQUIRE(win32::deleteValue(kKey, "Once").ok());
    CHECK_FALSE(win32::readValue(kKey, "Once").value().has_value());
    auto missing = win32::subkeys(R"(SOFTWARE\HotpatchReadyTests\Nope)");
    REQUIRE_FALSE(missing.isKnown());
    CHECK(missing.reason() == UnknownReason::SourceMissing);
    cleanup();
}

TEST_CASE("win32 registry: a value of another type is replaced with its own type", "[win32][registry]")
{
    cleanup();
    REQUIRE(win32::writeValue(kKey, "EnableVirtualizationBasedSecurity", RegValue::sz("1")).ok());
    REQUIRE(win32::writeValue(kKey, "EnableVirtualizationBasedSecurity", RegValue::dword(1)).ok());
    CHECK(*win32::readValue(kKey, "EnableVirtualizationBasedSecurity").value() == RegValue::dword(1));
    REQUIRE(win32::writeValue(kKey, "EnableVirtualizationBasedSecurity", RegValue::sz("1")).ok());
    CHECK(win32::readValue(kKey, "EnableVirtualizationBasedSecurity").value()->type == RegType::Sz);
    cleanup();
}
