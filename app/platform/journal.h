#pragma once

#include "engine/expected.h"
#include "engine/regvalue.h"

#include <optional>
#include <string>
#include <vector>

namespace hpr {

/// One value the apply touches: its exact prior state (type and data, or absence) and the new value.
struct JournalEntry
{
    std::string key, name;
    std::optional<RegValue> prior; ///< nullopt = the value did not exist
    RegValue after;
    bool applied = false; ///< written (recorded after the write; a crash may leave a written entry unmarked)
};

/// The durable record of one apply, written before the first change and after each one, from which
/// rollback restores exactly the prior state.
struct Journal
{
    std::string id;
    std::string createdAt, updatedAt;
    std::string device;
    std::string state = "prepared"; ///< prepared | applying | applied | failed | rolled_back
    std::vector<JournalEntry> entries;
    std::string note; ///< e.g. the error that stopped an apply

    std::string toJsonText() const;
    static Expected<Journal> fromJsonText(const std::string &text, const std::string &origin);
    /// temp file, flush, rename (see writeFileDurably)
    Status save(const std::string &path) const;
    /// nullopt when there is no journal; an error names the file when it is damaged.
    static Expected<std::optional<Journal>> load(const std::string &path);
};

} // namespace hpr
