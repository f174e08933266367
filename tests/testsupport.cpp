#include "testsupport.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
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

} // namespace hpr::test
