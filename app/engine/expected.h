#pragma once

#include <string>
#include <utility>
#include <variant>

namespace hpr {

/// Error codes shared by every layer; the CLI maps them to exit codes, the UI to translated text.
enum class ErrorCode {
    BadUsage,     ///< wrong command-line usage
    BadInput,     ///< a profile, report or evidence file is malformed
    NotFound,     ///< a file or device that was named does not exist
    NotSupported, ///< the operation is not available on this platform
    AccessDenied, ///< needs elevation or a locked setting refused the change
    Failed,       ///< the operation ran and failed
};

struct Error
{
    ErrorCode code = ErrorCode::Failed;
    std::string detail; ///< plain English, names the file/line/path where relevant
};

/// A value or an Error (std::expected is C++23; GCC 12 in C++20 mode lacks it).
template <class T> class Expected
{
public:
    Expected(T value)
        : m_v(std::move(value))
    {
    }
    Expected(Error error)
        : m_v(std::move(error))
    {
    }

    bool hasValue() const { return m_v.index() == 0; }
    explicit operator bool() const { return hasValue(); }
    T &value() { return std::get<0>(m_v); }
    const T &value() const { return std::get<0>(m_v); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

/// Expected<void>.
class Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    {
    }
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

inline Error makeError(ErrorCode code, std::string detail)
{
    return Error{code, std::move(detail)};
}

} // namespace hpr
