#include "durablefile.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#ifdef _WIN32
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace hpr {

namespace fs = std::filesystem;

namespace {

bool flushToDisk(std::FILE *f)
{
    if (std::fflush(f) != 0)
        return false;
#ifdef _WIN32
    return _commit(_fileno(f)) == 0;
#else
    return fsync(fileno(f)) == 0;
#endif
}

} // namespace

Status writeFileDurably(const std::string &path, const std::string &text)
{
    const fs::path target(path);
    std::random_device rd;
    fs::path temp = target;
    temp += ".tmp-" + std::to_string(rd());
    std::FILE *f = std::fopen(temp.string().c_str(), "wb");
    if (!f)
        return makeError(ErrorCode::Failed, path + ": cannot create " + temp.string());
    const bool written = std::fwrite(text.data(), 1, text.size(), f) == text.size() && flushToDisk(f);
    const bool closed = std::fclose(f) == 0;
    std::error_code ec;
    if (!written || !closed) {
        fs::remove(temp, ec);
        return makeError(ErrorCode::Failed, path + ": cannot write " + temp.string());
    }
    fs::rename(temp, target, ec);
    if (ec) {
        std::error_code ignored;
        fs::remove(temp, ignored);
        return makeError(ErrorCode::Failed, path + ": cannot replace the file: " + ec.message());
    }
#ifndef _WIN32
    // Make the rename itself durable.
    const fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    int fd = ::open(dir.string().c_str(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#endif
    return {};
}

Expected<std::string> readWholeFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return makeError(ErrorCode::NotFound, path + ": cannot open the file");
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

Status ensureDirectory(const std::string &path)
{
    std::error_code ec;
    fs::create_directories(path, ec);
    if (ec || !fs::is_directory(path))
        return makeError(ErrorCode::BadInput, path + ": cannot create the directory" + (ec ? ": " + ec.message() : ""));
    return {};
}

} // namespace hpr
