#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace hpr {

/// Why a fact could not be established.
enum class UnknownReason {
    NotElevated,   ///< the source needs administrator rights
    SourceMissing, ///< WMI namespace/class, registry key or API absent
    TimedOut,      ///< the query did not answer in time
    NotSupported,  ///< the platform or OS version does not offer it
    Hidden,        ///< Windows hides it in this state (e.g. while a hypervisor runs)
    NotProvided,   ///< an evidence file or profile does not contain it
    Failed,        ///< the source answered with an error
};

const char *toString(UnknownReason reason);

/// A registry DWORD/QWORD that may be absent: nullopt means "value not present" (a known state).
using OptInt = std::optional<std::int64_t>;
using IntList = std::vector<int>;
using StringList = std::vector<std::string>;

/// One fact about a device: a value with its source, or unknown with a reason.
template <class T> class Fact
{
public:
    Fact() = default;

    static Fact known(T value, std::string source)
    {
        Fact f;
        f.m_value = std::move(value);
        f.m_source = std::move(source);
        return f;
    }
    static Fact unknown(UnknownReason reason, std::string detail, std::string source = {})
    {
        Fact f;
        f.m_reason = reason;
        f.m_detail = std::move(detail);
        f.m_source = std::move(source);
        return f;
    }

    bool isKnown() const { return m_value.has_value(); }
    const T &value() const { return *m_value; }
    T valueOr(T fallback) const { return m_value ? *m_value : std::move(fallback); }
    bool is(const T &v) const { return m_value && *m_value == v; }
    const std::string &source() const { return m_source; }
    UnknownReason reason() const { return m_reason; }
    const std::string &detail() const { return m_detail; }

private:
    std::optional<T> m_value;
    std::string m_source;
    UnknownReason m_reason = UnknownReason::NotProvided;
    std::string m_detail;
};

} // namespace hpr
