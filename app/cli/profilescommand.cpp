#include "commands.h"
#include "output.h"
#include "platform/sim/profilecatalog.h"

#include <algorithm>
#include <filesystem>

namespace hpr::cli {

namespace {

/// A field of a TAB-separated line: no TABs or line breaks inside.
std::string tsvField(std::string text)
{
    std::replace_if(
        text.begin(), text.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
    return text;
}

} // namespace

int runProfiles(const Arguments &args)
{
    if (!args.positional().empty())
        return usageError("profiles: unexpected argument '" + args.positional().front() + "'");
    const std::vector<ShippedProfile> profiles = shippedProfiles();
    if (profiles.empty())
        return reportError(makeError(ErrorCode::Failed, "profiles: no shipped profiles found; the installation is "
                                                        "incomplete"));
    std::string text;
    for (const ShippedProfile &p : profiles) {
        std::error_code ec;
        const std::filesystem::path absolute = std::filesystem::absolute(p.path, ec);
        text += tsvField(p.name) + '\t' + tsvField(ec ? p.path : absolute.lexically_normal().string()) + '\t' +
                tsvField(p.description) + '\n';
    }
    const Status written = writeStdout(text);
    return written ? ExitReady : reportError(written.error());
}

} // namespace hpr::cli
