// Logging: the rotating file, levels, redaction of secrets, the fallback folder, and the audit trail of the
// remediation cycle (Event Log reporter injected; the real Event Log call is tested under Wine in tests/win32/).
#include "platform/logging.h"
#include "platform/remediation.h"
#include "platform/sim/simdevice.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <spdlog/spdlog.h>
#include <vector>

using namespace hpr;

namespace {

/// Sets up logging into a fresh folder for one test and restores the default reporter afterwards.
struct LogFixture
{
    test::TempDir dir;
    explicit LogFixture(const std::string &level = "info")
    {
        REQUIRE(log::setup(log::LogSetup{"hpr-test", dir.path(), level}));
    }
    ~LogFixture()
    {
        log::setEventReporter({});
        (void)log::setup(log::LogSetup{"hpr-test", dir.path(), "off"}); // closes the file before the folder goes
    }
    std::string text() const
    {
        spdlog::default_logger()->flush();
        return test::readFile(log::logFilePath());
    }
};

} // namespace

TEST_CASE("redaction: connection-string passwords, secrets, user names in paths, e-mail addresses", "[logging]")
{
    CHECK(log::redact("store postgresql://fleet:S3cret!@db.contoso.com:5432/hpr") ==
          "store postgresql://fleet:***@db.contoso.com:5432/hpr");
    CHECK(log::redact("host=db user=fleet password=S3cret port=5432") == "host=db user=fleet password=*** port=5432");
    CHECK(log::redact("Password='a b c'; Server=x") == "Password=***; Server=x");
    CHECK(log::redact("token: abc.def") == "token: ***");
    CHECK(log::redact(R"(C:\Users\alice.smith\AppData\Local\x)") == R"(C:\Users\<user>\AppData\Local\x)");
    CHECK(log::redact("/home/bob/.local/state/hotpatch-ready") == "/home/<user>/.local/state/hotpatch-ready");
    CHECK(log::redact("MDM enrolled as alice@contoso.onmicrosoft.com") ==
          "MDM enrolled as <user>@contoso.onmicrosoft.com");
    // What is not secret stays readable for support.
    const std::string plain = R"(HKLM\SYSTEM\CurrentControlSet\Control\DeviceGuard\EnableVirtualizationBasedSecurity: )"
                              "REG_DWORD 0 -> REG_DWORD 1 (sim:x64-vbs-off, C:\\ProgramData\\HotpatchReady)";
    CHECK(log::redact(plain) == plain);
}

TEST_CASE("logging: a file in the folder, lines at or above the level, secrets redacted", "[logging]")
{
    LogFixture f;
    const std::string path = log::logFilePath();
    CHECK(path == f.dir.path() + (path.find('\\') != std::string::npos ? "\\" : "/") + "hpr-test.log");
    spdlog::debug("not at info");
    spdlog::info("fleet store postgresql://fleet:hunter2@db/hpr opened");
    spdlog::warn("profile at /home/carol/x.json");
    const std::string text = f.text();
    CHECK(text.find("not at info") == std::string::npos);
    CHECK(text.find("postgresql://fleet:***@db/hpr opened") != std::string::npos);
    CHECK(text.find("hunter2") == std::string::npos);
    CHECK(text.find("carol") == std::string::npos);
    CHECK(text.find("[warning]") != std::string::npos);
}

TEST_CASE("logging: level off opens no file; an unknown level is refused", "[logging]")
{
    test::TempDir dir;
    REQUIRE(log::setup(log::LogSetup{"hpr-test", dir.path() + "/logs", "off"}));
    spdlog::error("nowhere");
    CHECK(log::logFilePath().empty());
    CHECK_FALSE(std::filesystem::exists(dir.path() + "/logs"));
    const Status bad = log::setup(log::LogSetup{"hpr-test", dir.path(), "verbose"});
    REQUIRE_FALSE(bad);
    CHECK(bad.error().detail.find("'verbose'") != std::string::npos);
    CHECK(log::isLevelName("trace"));
    CHECK_FALSE(log::isLevelName("Info"));
}

TEST_CASE("logging: an unwritable folder falls back to the per-user folder", "[logging]")
{
    test::TempDir dir;
    const std::string blocker = dir.path() + "/not-a-folder";
    test::writeFile(blocker, "a file where the log folder should be");
#ifdef _WIN32
    test::ScopedEnv user("LOCALAPPDATA", dir.path() + "\\user");
#else
    test::ScopedEnv user("TMPDIR", dir.path() + "/user");
#endif
    REQUIRE(log::setup(log::LogSetup{"hpr-test", blocker + "/logs", "info"}));
    const std::string path = log::logFilePath();
    CHECK(path.rfind(log::userLogFolder(), 0) == 0);
    spdlog::info("still logged");
    spdlog::default_logger()->flush();
    CHECK(test::readFile(path).find("still logged") != std::string::npos);
    (void)log::setup(log::LogSetup{"hpr-test", dir.path(), "off"});
}

TEST_CASE("logging: a failing Event Log leaves the log line and a warning, and is reported", "[logging]")
{
    LogFixture f;
    std::vector<std::string> reported;
    log::setEventReporter([&](log::AuditEvent e, bool ok, const std::string &text) -> Status {
        reported.push_back(std::to_string(int(e)) + (ok ? " ok " : " fail ") + text);
        return makeError(ErrorCode::Failed, "RegisterEventSourceW(HotpatchReady) failed: access denied");
    });
    const Status s = log::audit(log::AuditEvent::Apply, true, "applied 1 value for bob@contoso.com");
    CHECK_FALSE(s);
    REQUIRE(reported.size() == 1);
    CHECK(reported[0] == "1000 ok applied 1 value for <user>@contoso.com"); // the Event Log gets it redacted too
    const std::string text = f.text();
    CHECK(text.find("[audit 1000 apply] applied 1 value for <user>@contoso.com") != std::string::npos);
    CHECK(text.find("Event Log entry 1000 not written (RegisterEventSourceW(HotpatchReady) failed") !=
          std::string::npos);
}

TEST_CASE("logging: apply, restart, verification and rollback each leave one audit entry", "[logging][cycle]")
{
    LogFixture f;
    std::vector<int> events;
    log::setEventReporter([&](log::AuditEvent e, bool, const std::string &) -> Status {
        events.push_back(int(e));
        return {};
    });
    test::TempDir state;
    auto dev = SimDevice::open("sim:x64-vbs-off", test::profilePath("x64-vbs-off"), DeviceOptions{state.path()});
    REQUIRE(dev);
    Remediation r(**dev, state.path());
    CycleOptions o;
    o.assess.asOf = "2026-11-25";
    REQUIRE(r.apply(o));
    REQUIRE(r.scheduleRestart(RestartWhen{}, "", false, o.assess, "verify"));
    REQUIRE(r.verify(o.assess));
    REQUIRE(r.rollback());
    CHECK(events == std::vector<int>{1000, 1002, 1003, 1001});
    const std::string text = f.text();
    CHECK(text.find("[audit 1000 apply] sim:x64-vbs-off: applied 2 value(s); "
                    "HKLM\\SYSTEM\\CurrentControlSet\\Control\\DeviceGuard\\EnableVirtualizationBasedSecurity") !=
          std::string::npos);
    CHECK(text.find("[audit 1002 restart scheduled]") != std::string::npos);
    CHECK(text.find("[audit 1003 verification]") != std::string::npos);
    CHECK(text.find("[audit 1001 rollback] sim:x64-vbs-off: rolled back") != std::string::npos);
}
