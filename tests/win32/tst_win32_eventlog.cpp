// The Windows Event Log (under Wine in CI): ReportEventW through the real API, and the audit trail around it.
#include "../testsupport.h"
#include "platform/logging.h"
#include "platform/win32/eventlog.h"

#include <catch2/catch.hpp>
#include <spdlog/spdlog.h>

using namespace hpr;

TEST_CASE("win32 event log: ReportEventW writes an entry of the HotpatchReady source", "[win32][logging]")
{
    // Wine implements RegisterEventSourceW/ReportEventW (the entry goes to its debug channel); Windows writes it
    // to the Application log, registered source or not.
    const Status s = win32::reportEvent(log::kEventSource, 1000, true, "test entry from tst_win32_eventlog");
    INFO((s ? std::string() : s.error().detail));
    CHECK(s);
    CHECK(win32::reportEvent(log::kEventSource, 1003, false, "verification failed (test)"));
}

TEST_CASE("win32 event log: audit() writes the log line and the Event Log entry through the default reporter",
          "[win32][logging]")
{
    test::TempDir dir;
    REQUIRE(log::setup(log::LogSetup{"hpr-test", dir.path(), "info"}));
    log::setEventReporter({}); // the real one
    const Status s = log::audit(log::AuditEvent::RestartScheduled, true, R"(C:\Users\dave\x: restart scheduled)");
    CHECK(s);
    spdlog::default_logger()->flush();
    const std::string text = test::readFile(log::logFilePath());
    CHECK(text.find(R"([audit 1002 restart scheduled] C:\Users\<user>\x: restart scheduled)") != std::string::npos);
    CHECK(text.find("not written") == std::string::npos);
    (void)log::setup(log::LogSetup{"hpr-test", dir.path(), "off"});
}

TEST_CASE("win32 logging: the default folder is under %ProgramData%, HPR_LOG_DIR overrides it", "[win32][logging]")
{
    {
        test::ScopedEnv pd("ProgramData", R"(C:\ProgramData)");
        test::ScopedEnv none("HPR_LOG_DIR", "");
        CHECK(log::defaultLogFolder() == R"(C:\ProgramData\HotpatchReady\logs)");
    }
    test::ScopedEnv dir("HPR_LOG_DIR", R"(D:\logs)");
    CHECK(log::defaultLogFolder() == R"(D:\logs)");
}
