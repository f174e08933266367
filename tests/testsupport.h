#pragma once
// Helpers shared by the tests: paths to shipped data and a way to run the CLI as a separate process.

#include <string>

namespace hpr::test {

std::string profilesDir();
std::string profilePath(const std::string &name); ///< resources/profiles/<name>.json
std::string docsDir();
std::string testDataDir();

struct ProcessResult
{
    int exitCode = -1;
    std::string out; ///< stdout
    std::string err; ///< stderr
};

/// Runs hotpatch-ready-cli with the given arguments (shell-quoted by the caller where needed).
ProcessResult runCli(const std::string &args);

/// A fresh empty directory under the system temp dir, removed by the destructor.
class TempDir
{
public:
    TempDir();
    ~TempDir();
    const std::string &path() const { return m_path; }

private:
    std::string m_path;
};

std::string readFile(const std::string &path);
void writeFile(const std::string &path, const std::string &text);

} // namespace hpr::test
