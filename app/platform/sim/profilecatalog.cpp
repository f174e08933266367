#include "profilecatalog.h"

#include "simprofile.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <system_error>

#ifdef _WIN32
#include <windows.h>
#else
#include <unistd.h>
#endif

namespace fs = std::filesystem;

namespace hpr {

namespace {

std::string toUtf8(const fs::path &p)
{
    const auto u8 = p.u8string();
    return std::string(u8.begin(), u8.end());
}

fs::path fromUtf8(const std::string &s)
{
    return fs::path(std::u8string(s.begin(), s.end()));
}

bool isDir(const fs::path &p)
{
    std::error_code ec;
    return !p.empty() && fs::is_directory(p, ec);
}

std::string absoluteOf(const fs::path &p)
{
    std::error_code ec;
    fs::path abs = fs::absolute(p, ec);
    if (ec)
        abs = p;
    fs::path canon = fs::weakly_canonical(abs, ec);
    return toUtf8(ec ? abs.lexically_normal() : canon);
}

/// Directory of the running executable, or empty when it cannot be found.
fs::path executableDir()
{
#ifdef _WIN32
    std::wstring buf(32768, L'\0');
    const DWORD n = GetModuleFileNameW(nullptr, buf.data(), DWORD(buf.size()));
    if (n == 0 || n >= buf.size())
        return {};
    buf.resize(n);
    return fs::path(buf).parent_path();
#else
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (ec)
        return {};
    return exe.parent_path();
#endif
}

} // namespace

std::string shippedProfilesDir()
{
    std::vector<fs::path> candidates;
    if (const char *env = std::getenv("HPR_PROFILES_DIR"); env && *env)
        candidates.push_back(fromUtf8(env));
    if (const fs::path exeDir = executableDir(); !exeDir.empty())
        candidates.push_back(exeDir / ".." / "share" / "hotpatch-ready" / "profiles");
#ifdef HPR_INSTALL_PROFILES_DIR
    candidates.push_back(fromUtf8(HPR_INSTALL_PROFILES_DIR));
#endif
#ifdef HPR_SOURCE_PROFILES_DIR
    candidates.push_back(fromUtf8(HPR_SOURCE_PROFILES_DIR));
#endif
    for (const fs::path &c : candidates) {
        if (isDir(c))
            return absoluteOf(c);
    }
    return {};
}

std::vector<ShippedProfile> shippedProfiles()
{
    std::vector<ShippedProfile> out;
    const std::string dir = shippedProfilesDir();
    if (dir.empty())
        return out;
    std::error_code ec;
    for (fs::directory_iterator it(fromUtf8(dir), ec), end; !ec && it != end; it.increment(ec)) {
        if (it->path().extension() != ".json" || !it->is_regular_file(ec))
            continue;
        const std::string path = absoluteOf(it->path());
        auto profile = loadSimProfile(path);
        if (!profile)
            continue;
        out.push_back(ShippedProfile{profile->name, path, profile->description});
    }
    std::sort(out.begin(), out.end(), [](const ShippedProfile &a, const ShippedProfile &b) {
        return a.name != b.name ? a.name < b.name : a.path < b.path;
    });
    return out;
}

std::optional<std::string> resolveProfile(const std::string &nameOrPath)
{
    if (nameOrPath.empty())
        return std::nullopt;
    std::error_code ec;
    const fs::path given = fromUtf8(nameOrPath);
    if (fs::is_regular_file(given, ec))
        return absoluteOf(given);
    // A bare name: no directory part.
    if (nameOrPath.find('/') != std::string::npos || nameOrPath.find('\\') != std::string::npos)
        return std::nullopt;
    const std::string dir = shippedProfilesDir();
    if (dir.empty())
        return std::nullopt;
    std::string name = nameOrPath;
    if (name.size() > 5 && name.compare(name.size() - 5, 5, ".json") == 0)
        name.resize(name.size() - 5);
    const fs::path candidate = fromUtf8(dir) / fromUtf8(name + ".json");
    if (fs::is_regular_file(candidate, ec))
        return absoluteOf(candidate);
    return std::nullopt;
}

} // namespace hpr
