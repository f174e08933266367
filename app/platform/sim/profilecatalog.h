#pragma once
// The profiles shipped with the product (resources/profiles, installed to share/hotpatch-ready/profiles).

#include <optional>
#include <string>
#include <vector>

namespace hpr {

/// One shipped profile as listed for people.
struct ShippedProfile
{
    std::string name;        ///< the profile's "name"
    std::string path;        ///< absolute path of the file
    std::string description; ///< the profile's "description"
};

/// The shipped profiles that load and validate, sorted by name.
std::vector<ShippedProfile> shippedProfiles();

/// Absolute path of the shipped profiles directory, first existing of: $HPR_PROFILES_DIR,
/// <executable dir>/../share/hotpatch-ready/profiles, the install dir, the source dir; empty if none exists.
std::string shippedProfilesDir();

/// An existing profile file path, or a shipped profile name with or without ".json", as an absolute path.
std::optional<std::string> resolveProfile(const std::string &nameOrPath);

} // namespace hpr
