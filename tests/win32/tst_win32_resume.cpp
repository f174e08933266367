// The post-reboot verification (Task Scheduler boot task, else RunOnce) and the process start-up hardening,
// on the real APIs (under Wine in CI, where the Task Scheduler service does not run: the RunOnce fallback).
#include "../testsupport.h"
#include "platform/device.h"
#include "platform/win32/processhardening.h"
#include "platform/win32/resume.h"
#include "platform/win32/taskscheduler.h"
#include "platform/win32/win32device.h"
#include "platform/win32/win32systemsource.h"
#include "win32testsupport.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>

using namespace hpr;
using hpr::test::isAbsent;

namespace {

const std::string kVerify = "\"C:\\Program Files\\Hotpatch Ready\\hotpatch-ready-cli.exe\" verify --device local";

long long msSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

TEST_CASE("win32 resume: the verify command line splits into program and arguments", "[win32][resume]")
{
    auto c = win32::splitCommandLine(kVerify);
    CHECK(c.program == "C:\\Program Files\\Hotpatch Ready\\hotpatch-ready-cli.exe");
    CHECK(c.arguments == "verify --device local");
    c = win32::splitCommandLine("  C:\\hpr\\cli.exe   verify  --state-dir \"C:\\a b\"  ");
    CHECK(c.program == "C:\\hpr\\cli.exe");
    CHECK(c.arguments == "verify  --state-dir \"C:\\a b\"");
    c = win32::splitCommandLine("\"C:\\a b\\cli.exe\"");
    CHECK(c.program == "C:\\a b\\cli.exe");
    CHECK(c.arguments.empty());
    c = win32::splitCommandLine("\"C:\\unterminated quote");
    CHECK(c.program == "C:\\unterminated quote");
    CHECK(win32::splitCommandLine("   ").program.empty());
    CHECK(win32::registerBootTask(win32::kResumeTaskName, " ").error().code == ErrorCode::BadUsage);
}

TEST_CASE("win32 resume: a bare program name of this executable becomes its full quoted path", "[win32][resume]")
{
    const std::string resolved = win32::resolveOwnProgram("hpr_tests verify --device local");
    INFO(resolved);
    REQUIRE(resolved.size() > 2);
    CHECK(resolved.front() == '"');
    CHECK(resolved.find(":\\") == 2); // "X:\...
    const std::string tail = "hpr_tests.exe\" verify --device local";
    CHECK(resolved.compare(resolved.size() - tail.size(), tail.size(), tail) == 0);
    const std::string upper = win32::resolveOwnProgram("HPR_TESTS.EXE");
    CHECK(upper.back() == '"');
    CHECK(upper.find("hpr_tests.exe\"") != std::string::npos);
    // Other programs, and programs with a folder, are left alone.
    CHECK(win32::resolveOwnProgram("other-tool verify") == "other-tool verify");
    CHECK(win32::resolveOwnProgram(kVerify) == kVerify);
    CHECK(win32::resolveOwnProgram(".\\hpr_tests verify") == ".\\hpr_tests verify");
}

TEST_CASE("win32 resume: the Task Scheduler answers or says why not, without stalling", "[win32][resume]")
{
    const auto start = std::chrono::steady_clock::now();
    auto exists = win32::bootTaskExists(win32::kResumeTaskName);
    auto removed = win32::deleteBootTask(win32::kResumeTaskName);
    const auto ms = msSince(start);
    if (exists.isKnown()) {
        // The Schedule service runs (Windows; Wine once its services start): no task of ours is registered.
        WARN("the Task Scheduler answered in " << ms << " ms");
        CHECK(exists.is(false));
        REQUIRE(removed);
        CHECK_FALSE(*removed);
    } else {
        // Wine: the Schedule service cannot start headless; the state is read first, so no ~10 s start attempt.
        WARN(exists.detail() << " (after " << ms << " ms)");
        CHECK(exists.detail().find("Task Scheduler") != std::string::npos);
        REQUIRE_FALSE(removed);
        CHECK(removed.error().code == ErrorCode::NotSupported);
        CHECK(ms < 3000);
    }
}

TEST_CASE("win32 resume: register then unregister both succeed and say which mechanism they used", "[win32][resume]")
{
    test::RegistryGuard guard(test::runOnceValue());
    test::TempDir state;
    auto device = openDevice("local", DeviceOptions{state.path()});
    REQUIRE(device);
    Device &d = **device;
    win32::ResumeRegistrar resume(d);

    const auto start = std::chrono::steady_clock::now();
    REQUIRE(resume.registerResume(kVerify).ok());
    const std::string mechanism = resume.lastMechanism();
    WARN("registered with " << mechanism << " in " << msSince(start) << " ms; " << resume.lastNote());
    if (mechanism == "run_once") {
        CHECK(d.readRegistry(reg::kRunOnce, reg::kResumeValueName).valueOr(std::nullopt) == RegValue::sz(kVerify));
        CHECK(resume.lastNote().find("Task Scheduler") != std::string::npos); // why it fell back
        if (win32::runningUnderWine())
            CHECK(msSince(start) < 3000);
    } else {
        REQUIRE(mechanism == "task_scheduler");
        CHECK(win32::bootTaskExists(win32::kResumeTaskName).is(true));
        CHECK(isAbsent(d.readRegistry(reg::kRunOnce, reg::kResumeValueName)));
    }
    // Registering again replaces, never duplicates.
    REQUIRE(resume.registerResume(kVerify).ok());
    CHECK(resume.lastMechanism() == mechanism);

    REQUIRE(resume.unregisterResume().ok());
    CHECK(resume.lastMechanism() == mechanism); // what it removed
    CHECK(isAbsent(d.readRegistry(reg::kRunOnce, reg::kResumeValueName)));
    CHECK_FALSE(win32::bootTaskExists(win32::kResumeTaskName).is(true));
    REQUIRE(resume.unregisterResume().ok()); // nothing left: still fine
    CHECK(resume.lastMechanism() == "none");

    // A bare program name of this executable is registered with its full path (nothing searches PATH then).
    REQUIRE(resume.registerResume("hpr_tests verify").ok());
    if (resume.lastMechanism() == "run_once") {
        auto value = d.readRegistry(reg::kRunOnce, reg::kResumeValueName);
        REQUIRE(value.isKnown());
        REQUIRE(value.value());
        CHECK(value.value()->text == win32::resolveOwnProgram("hpr_tests verify"));
        CHECK(value.value()->text != "hpr_tests verify");
    }
    REQUIRE(resume.unregisterResume().ok());

    // A RunOnce value left by an earlier run (e.g. an older version) is removed too.
    REQUIRE(d.changeRegistry(reg::kRunOnce, reg::kResumeValueName, RegValue::sz("old"), WriteIntent::Fix).ok());
    REQUIRE(resume.unregisterResume().ok());
    CHECK(resume.lastMechanism() == "run_once");
    CHECK(isAbsent(d.readRegistry(reg::kRunOnce, reg::kResumeValueName)));
}

TEST_CASE("win32 device: registerResume and unregisterResume report their mechanism through the device",
          "[win32][resume]")
{
    test::RegistryGuard guard(test::runOnceValue());
    test::TempDir state;
    auto device = openDevice("local", DeviceOptions{state.path()});
    REQUIRE(device);
    Device &d = **device;
    CHECK(lastResumeMechanism(d).empty());
    REQUIRE(d.registerResume(kVerify).ok());
    const std::string mechanism = lastResumeMechanism(d);
    CHECK((mechanism == "task_scheduler" || mechanism == "run_once"));
    REQUIRE(d.unregisterResume().ok());
    CHECK(lastResumeMechanism(d) == mechanism);
    CHECK(isAbsent(d.readRegistry(reg::kRunOnce, reg::kResumeValueName)));

    auto sim = openDevice("sim:x64-vbs-off", DeviceOptions{});
    REQUIRE(sim);
    CHECK(lastResumeMechanism(**sim).empty()); // not a Win32 device
}

TEST_CASE("win32 process hardening: after restrictDllSearch no DLL loads from the current directory",
          "[win32][hardening]")
{
    test::TempDir dir;
    const std::wstring name = L"hpr-hardening-probe.dll";
    test::writeFile(dir.path() + "/hpr-hardening-probe.dll", "not a DLL");
    const auto previous = std::filesystem::current_path();
    std::filesystem::current_path(dir.path());

    // Before: the loader searches the current directory and finds the planted file (not a valid image).
    HMODULE h = LoadLibraryW(name.c_str());
    const DWORD before = GetLastError();
    CHECK(h == nullptr);
    WARN("before hardening: LoadLibraryW error " << before);

    auto applied = win32::restrictDllSearch();
    REQUIRE(applied);
    WARN("applied: " << *applied);
    CHECK(applied->find("SetDefaultDllDirectories(LOAD_LIBRARY_SEARCH_SYSTEM32)") == 0);

    h = LoadLibraryW(name.c_str());
    const DWORD after = GetLastError();
    CHECK(h == nullptr);
    CHECK(after == ERROR_MOD_NOT_FOUND);           // not searched any more
    CHECK(before != ERROR_MOD_NOT_FOUND);          // ... where it was found before
    HMODULE system = LoadLibraryW(L"version.dll"); // System32 still loads
    CHECK(system != nullptr);
    if (system)
        FreeLibrary(system);
    std::filesystem::current_path(previous);
}
