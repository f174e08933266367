#pragma once
// Helpers shared by the tests: paths to shipped data and a way to run the CLI as a separate process.

#include <memory>
#include <string>

namespace hpr {
class SimDevice;
}

namespace hpr::test {

/// A shipped simulated profile, opened with its state in stateDir ("" = none); fails the test when it cannot open.
std::unique_ptr<SimDevice> openSim(const std::string &profile, const std::string &stateDir);

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

/// Sets an environment variable of this process (and of the CLI processes it starts) for one scope; the previous
/// value (or its absence) comes back on destruction.
class ScopedEnv
{
public:
    ScopedEnv(const char *name, const std::string &value);
    ScopedEnv(const ScopedEnv &) = delete;
    ScopedEnv &operator=(const ScopedEnv &) = delete;
    ~ScopedEnv();

private:
    const char *m_name;
    bool m_had = false;
    std::string m_prior;
};

/// Writes <dir>/<name>.json: the shipped profile `base` with `values` (a JSON object of registry value names, as in
/// a profile's "registry" section) added under HKLM\<key>, e.g. the admin policy key; returns the path.
std::string writeProfileWithRegistry(const std::string &dir, const std::string &base, const std::string &name,
                                     const std::string &key, const std::string &valuesJson);

/// An argument for runCli quoted for the shell that runs it (POSIX sh, or cmd.exe on Windows).
std::string shellQuote(const std::string &arg);

/// A simulated device for CLI runs: the shipped profile `base` with `policyValues` (JSON, as a profile's registry
/// section) under HKLM\SOFTWARE\Policies\HotpatchReady, saved as profile "bench"; its own state folder, no admin
/// policy file, the CLI's log in <dir>/logs. `dev` is "--device … --state-dir … --as-of 2026-11-25", quoted.
struct CliBench
{
    explicit CliBench(const std::string &policyValues, const std::string &base = "x64-vbs-off");
    bool has(const std::string &stateFile) const; ///< whether <state>/sim-bench/<stateFile> exists
    std::string stateFile(const std::string &name) const;

    TempDir dir;
    ScopedEnv noPolicyFile;
    ScopedEnv logDir;
    std::string dev;
};

std::string readFile(const std::string &path);
void writeFile(const std::string &path, const std::string &text);

} // namespace hpr::test
