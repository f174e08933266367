// The admin policy from the real HKLM\SOFTWARE\Policies\HotpatchReady (under Wine in CI), through the live device.
#include "platform/adminpolicy.h"
#include "platform/device.h"
#include "win32testsupport.h"

#include <catch2/catch.hpp>

using namespace hpr;

namespace {

std::vector<test::ValueRef> policyValues()
{
    std::vector<test::ValueRef> v;
    for (const char *n : {"AssessOnly", "ReportFolder", "Language", "RestartWindow", "RemediationSchedulesRestart"})
        v.push_back({kPolicyKey, n});
    return v;
}

} // namespace

TEST_CASE("win32 admin policy: values in HKLM are read through --device local", "[win32][policy]")
{
    test::RegistryGuard guard(policyValues());
    test::ScopedEnv noFile("HPR_POLICY_FILE", "");
    for (const auto &v : policyValues())
        win32::deleteValue(v.key, v.name);
    auto dev = openDevice("local", DeviceOptions{});
    REQUIRE(dev);
    auto none = loadAdminPolicy(dev->get());
    REQUIRE(none);
    CHECK(none->empty());

    REQUIRE(win32::writeValue(kPolicyKey, "AssessOnly", RegValue::dword(1)));
    REQUIRE(win32::writeValue(kPolicyKey, "Language", RegValue::sz("ja")));
    REQUIRE(win32::writeValue(kPolicyKey, "RestartWindow", RegValue::sz("21:30-06:00")));
    REQUIRE(
        win32::writeValue(kPolicyKey, "ReportFolder", RegValue{RegType::ExpandSz, 0, "%SystemRoot%\\reports", {}, {}}));
    auto p = loadAdminPolicy(dev->get());
    REQUIRE(p);
    CHECK(p->assessOnly == true);
    CHECK(p->language == "ja");
    CHECK(p->restartWindow->toString() == "21:30-06:00");
    REQUIRE(p->reportFolder);
    CHECK(p->reportFolder->find("%") == std::string::npos); // expanded
    CHECK(p->reportFolder->size() > std::string("\\reports").size());
    CHECK(p->originOf("Language") == R"(HKLM\SOFTWARE\Policies\HotpatchReady\Language)");

    REQUIRE(win32::writeValue(kPolicyKey, "AssessOnly", RegValue::sz("true")));
    auto bad = loadAdminPolicy(dev->get());
    REQUIRE_FALSE(bad);
    CHECK(bad.error().detail.find(R"(HKLM\SOFTWARE\Policies\HotpatchReady\AssessOnly: a REG_SZ "true"; it must be a )"
                                  "REG_DWORD 0 or 1") != std::string::npos);
}
