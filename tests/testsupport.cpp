#include "testsupport.h"

#include "platform/adminpolicy.h"
#include "platform/sim/simdevice.h"

#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#ifndef _WIN32
#include <sys/wait.h>
#endif

namespace hpr::test {

std::string profilesDir()
{
    return HPR_PROFILES_DIR;
}
std::string profilePath(const std::string &name)
{
    return profilesDir() + "/" + name + ".json";
}
std::string docsDir()
{
    return HPR_DOCS_DIR;
}
std::string testDataDir()
{
    return HPR_TESTDATA_DIR;
}

std::string readFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void writeFile(const std::string &path, const std::string &text)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
}

namespace {

void setEnv(const char *name, const std::string &value, bool present)
{
#ifdef _WIN32
    _putenv_s(name, present ? value.c_str() : ""); // an empty value removes the variable
#else
    if (present)
        ::setenv(name, value.c_str(), 1);
    else
        ::unsetenv(name);
#endif
}

} // namespace

ScopedEnv::ScopedEnv(const char *name, const std::string &value)
    : m_name(name)
{
    if (const char *v = std::getenv(name)) {
        m_had = true;
        m_prior = v;
    }
    setEnv(name, value, true);
}

ScopedEnv::~ScopedEnv()
{
    setEnv(m_name, m_prior, m_had);
}

std::string writeProfileWithRegistry(const std::string &dir, const std::string &base, const std::string &name,
                                     const std::string &key, const std::string &valuesJson)
{
    auto doc = nlohmann::json::parse(readFile(profilePath(base)));
    doc["name"] = name;
    doc["registry"][key] = nlohmann::json::parse(valuesJson);
    const std::string path = dir + "/" + name + ".json";
    writeFile(path, doc.dump(2));
    return path;
}

std::string shellQuote(const std::string &arg)
{
#ifdef _WIN32
    return "\"" + arg + "\"";
#else
    std::string out = "'";
    for (char c : arg)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
#endif
}

CliBench::CliBench(const std::string &policyValues, const std::string &base)
    : noPolicyFile("HPR_POLICY_FILE", dir.path() + "/no-policy.json")
    , logDir("HPR_LOG_DIR", dir.path() + "/logs")
{
    const std::string path = writeProfileWithRegistry(dir.path(), base, "bench", kPolicyKey, policyValues);
    dev = "--device " + shellQuote("sim:" + path) + " --state-dir " + shellQuote(dir.path() + "/state") +
          " --as-of 2026-11-25";
}

std::string CliBench::stateFile(const std::string &name) const
{
    return dir.path() + "/state/sim-bench/" + name;
}

bool CliBench::has(const std::string &name) const
{
    return std::filesystem::exists(stateFile(name));
}

TempDir::TempDir()
{
    std::random_device rd;
    auto base = std::filesystem::temp_directory_path();
    for (;;) {
        auto p = base / ("hpr-test-" + std::to_string(rd()));
        if (std::filesystem::create_directory(p)) {
            m_path = p.string();
            break;
        }
    }
}

TempDir::~TempDir()
{
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
}

ProcessResult runCli(const std::string &args)
{
    TempDir tmp;
    const std::string outPath = tmp.path() + "/out", errPath = tmp.path() + "/err";
#ifdef _WIN32
    // cmd.exe strips the outermost quotes of the whole line, hence the extra pair.
    const std::string cmd =
        "\"\"" + std::string(HPR_CLI_PATH) + "\" " + args + " >\"" + outPath + "\" 2>\"" + errPath + "\"\"";
    const int raw = std::system(cmd.c_str());
    ProcessResult r;
    r.exitCode = raw;
#else
    const std::string cmd = std::string("'") + HPR_CLI_PATH + "' " + args + " >'" + outPath + "' 2>'" + errPath + "'";
    const int raw = std::system(cmd.c_str());
    ProcessResult r;
    r.exitCode = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
#endif
    r.out = readFile(outPath);
    r.err = readFile(errPath);
    return r;
}

std::unique_ptr<SimDevice> openSim(const std::string &profile, const std::string &stateDir)
{
    auto d = SimDevice::open("sim:" + profile, profile, DeviceOptions{stateDir});
    REQUIRE(d);
    return std::move(*d);
}

} // namespace hpr::test
