// Admin policy: the values, their validation (each error names the value and where it is), the registry of a
// simulated device (the same seam as the live HKLM) and the policy file. The real HKLM: tests/win32/.
#include "platform/adminpolicy.h"
#include "platform/sim/simdevice.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace hpr;

namespace {

std::unique_ptr<SimDevice> deviceWithPolicy(const test::TempDir &dir, const std::string &values)
{
    const std::string path =
        test::writeProfileWithRegistry(dir.path(), "x64-vbs-off", "policy-test", kPolicyKey, values);
    auto dev = SimDevice::open("sim:" + path, path, DeviceOptions{dir.path() + "/state"});
    REQUIRE(dev);
    return std::move(*dev);
}

std::string errorOf(const Expected<AdminPolicy> &p)
{
    REQUIRE_FALSE(p);
    CHECK(p.error().code == ErrorCode::BadInput);
    return p.error().detail;
}

} // namespace

TEST_CASE("admin policy: restart windows, also across midnight", "[policy]")
{
    auto w = parseRestartWindow("22:00-05:30");
    REQUIRE(w);
    CHECK(w->toString() == "22:00-05:30");
    CHECK(w->contains(23 * 60));
    CHECK(w->contains(0));
    CHECK(w->contains(5 * 60 + 29));
    CHECK_FALSE(w->contains(5 * 60 + 30));
    CHECK_FALSE(w->contains(12 * 60));
    auto day = parseRestartWindow("12:00-13:00");
    REQUIRE(day);
    CHECK(day->contains(12 * 60 + 59));
    CHECK_FALSE(day->contains(13 * 60));
    for (const char *bad : {"", "22:00", "22:00-22:00", "24:00-01:00", "2:00-05:00", "22:00 05:00", "22:00-05:60"})
        CHECK_FALSE(parseRestartWindow(bad));
    // 2026-11-25 10:00 local -> the window opens at 22:00 the same day; inside it, the time itself.
    const std::int64_t day0 = 20417 * 86400LL;
    CHECK(nextWindowStart(*w, day0 + 10 * 3600) == day0 + 22 * 3600);
    CHECK(nextWindowStart(*w, day0 + 23 * 3600) == day0 + 23 * 3600);
    CHECK(nextWindowStart(*day, day0 + 14 * 3600) == day0 + 86400 + 12 * 3600);
}

TEST_CASE("admin policy: the file format, every value and every error naming it", "[policy]")
{
    auto p = parsePolicyJson(R"({"AssessOnly": true, "ReportFolder": "/srv/reports", "Language": "pt_BR",
                                 "RestartWindow": "22:00-05:00", "RemediationSchedulesRestart": 1})",
                             "/etc/hotpatch-ready/policy.json");
    REQUIRE(p);
    CHECK(p->assessOnly == true);
    CHECK(p->reportFolder == "/srv/reports");
    CHECK(p->language == "pt_BR");
    CHECK(p->restartWindow->toString() == "22:00-05:00");
    CHECK(p->remediationSchedulesRestart == true);
    CHECK(p->originOf("Language") == "/etc/hotpatch-ready/policy.json: Language");
    CHECK(p->toText().find("RestartWindow = 22:00-05:00   (/etc/hotpatch-ready/policy.json: RestartWindow)") !=
          std::string::npos);

    const std::string f = "policy.json";
    CHECK(errorOf(parsePolicyJson(R"({"AssessOnly": 2})", f)) ==
          "invalid admin policy value policy.json: AssessOnly: 2 is not 0 or 1 (docs/admin-policy.md); nothing was "
          "changed");
    CHECK(errorOf(parsePolicyJson(R"({"AssessOnly": "yes"})", f)).find("\"yes\" is not true/false or 0/1") !=
          std::string::npos);
    CHECK(errorOf(parsePolicyJson(R"({"Language": "klingon"})", f))
              .find("policy.json: Language: 'klingon' is not a language of the product (use one of en, de, fr, es, "
                    "ja, pt_BR)") != std::string::npos);
    CHECK(errorOf(parsePolicyJson(R"({"RestartWindow": "after lunch"})", f))
              .find("policy.json: RestartWindow: 'after lunch' is not a window HH:MM-HH:MM") != std::string::npos);
    CHECK(errorOf(parsePolicyJson(R"({"ReportFolder": ""})", f)).find("ReportFolder: an empty folder") !=
          std::string::npos);
    CHECK(errorOf(parsePolicyJson(R"({"AsessOnly": 1})", f)).find("policy.json: AsessOnly: unknown value name") !=
          std::string::npos);
    CHECK(errorOf(parsePolicyJson(R"({"AssessOnly": 1,)", f)).find("policy.json is not valid JSON") !=
          std::string::npos);
    CHECK(errorOf(parsePolicyJson(R"([1])", f)).find("must hold one JSON object") != std::string::npos);
}

TEST_CASE("admin policy: read from the device registry (simulated HKLM), which wins over the file", "[policy]")
{
    test::TempDir dir;
    auto dev = deviceWithPolicy(dir, R"({"AssessOnly": 1, "RestartWindow": "01:00-04:00",
                                         "ReportFolder": {"type": "REG_EXPAND_SZ", "data": "%HPR_TEST_SHARE%\\reports"}})");
    test::ScopedEnv share("HPR_TEST_SHARE", "/srv/share");
    test::writeFile(dir.path() + "/policy.json", R"({"AssessOnly": false, "Language": "de"})");
    test::ScopedEnv file("HPR_POLICY_FILE", dir.path() + "/policy.json");
    auto p = loadAdminPolicy(dev.get());
    REQUIRE(p);
    CHECK(p->assessOnly == true);
    CHECK(p->originOf("AssessOnly") == R"(HKLM\SOFTWARE\Policies\HotpatchReady\AssessOnly)");
    CHECK(p->language == "de"); // only in the file
    CHECK(p->originOf("Language") == dir.path() + "/policy.json: Language");
    CHECK(p->reportFolder == "/srv/share\\reports");
    CHECK(p->restartWindow->toString() == "01:00-04:00");
    // Without a device: the file alone.
    auto fileOnly = loadAdminPolicy(nullptr);
    REQUIRE(fileOnly);
    CHECK(fileOnly->assessOnly == false);
}

TEST_CASE("admin policy: a wrong registry type or value names the HKLM value", "[policy]")
{
    test::TempDir dir;
    test::ScopedEnv file("HPR_POLICY_FILE", dir.path() + "/none.json");
    CHECK(errorOf(loadAdminPolicy(deviceWithPolicy(dir, R"({"AssessOnly": "1"})").get())) ==
          R"(invalid admin policy value HKLM\SOFTWARE\Policies\HotpatchReady\AssessOnly: a REG_SZ "1"; it must be )"
          "a REG_DWORD 0 or 1 (docs/admin-policy.md); nothing was changed");
    CHECK(errorOf(loadAdminPolicy(deviceWithPolicy(dir, R"({"RemediationSchedulesRestart": 7})").get()))
              .find(R"(HotpatchReady\RemediationSchedulesRestart: 7 is not 0 or 1)") != std::string::npos);
    CHECK(errorOf(loadAdminPolicy(deviceWithPolicy(dir, R"({"RestartWindow": 5})").get()))
              .find(R"(HotpatchReady\RestartWindow: a REG_DWORD 5; it must be a REG_SZ)") != std::string::npos);
    auto none = loadAdminPolicy(deviceWithPolicy(dir, "{}").get());
    REQUIRE(none);
    CHECK(none->empty());
    CHECK(none->toText().find("No admin policy is set") == 0);
}
