#include "logging.h"

#include "engine/durablefile.h"

#include <cstdlib>
#include <mutex>
#include <regex>
#include <spdlog/sinks/base_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/spdlog.h>
#include <vector>

#ifdef HPR_HAVE_WIN32
#include "win32/eventlog.h"
#endif

namespace hpr::log {

namespace {

const char kSep =
#ifdef _WIN32
    '\\';
#else
    '/';
#endif

std::string envOr(const char *name, const std::string &fallback = {})
{
    const char *v = std::getenv(name);
    return v && *v ? std::string(v) : fallback;
}

/// Forwards every message, redacted, to the sinks behind it (the file, the GUI panel).
class RedactingSink : public spdlog::sinks::base_sink<std::mutex>
{
public:
    void add(spdlog::sink_ptr sink)
    {
        std::lock_guard<std::mutex> lock(mutex_);
        m_sinks.push_back(std::move(sink));
    }

protected:
    void sink_it_(const spdlog::details::log_msg &msg) override
    {
        const std::string text = redact(std::string_view(msg.payload.data(), msg.payload.size()));
        spdlog::details::log_msg copy(msg);
        copy.payload = text;
        for (auto &s : m_sinks) {
            if (s->should_log(copy.level))
                s->log(copy);
        }
    }
    void flush_() override
    {
        for (auto &s : m_sinks)
            s->flush();
    }

private:
    std::vector<spdlog::sink_ptr> m_sinks;
};

struct State
{
    std::mutex mutex;
    std::string filePath;
    std::shared_ptr<RedactingSink> sink;
    EventReporter reporter;
};

State &state()
{
    static State s;
    return s;
}

EventReporter defaultReporter()
{
#ifdef HPR_HAVE_WIN32
    return [](AuditEvent event, bool success, const std::string &text) {
        return win32::reportEvent(kEventSource, int(event), success, text);
    };
#else
    return {};
#endif
}

/// Opens <folder>/<program>.log; an error names the folder and what spdlog said.
Expected<spdlog::sink_ptr> openFile(const std::string &folder, const LogSetup &options, std::string &path)
{
    if (Status s = ensureDirectory(folder); !s)
        return s.error();
    path = folder + kSep + options.program + ".log";
    try {
        return spdlog::sink_ptr(
            std::make_shared<spdlog::sinks::rotating_file_sink_mt>(path, options.maxFileBytes, options.maxFiles));
    } catch (const spdlog::spdlog_ex &e) {
        return makeError(ErrorCode::Failed, "cannot open the log file " + path + ": " + e.what());
    }
}

} // namespace

std::string defaultLogFolder()
{
    if (std::string dir = envOr("HPR_LOG_DIR"); !dir.empty())
        return dir;
#ifdef _WIN32
    return envOr("ProgramData", "C:\\ProgramData") + "\\HotpatchReady\\logs";
#else
    if (std::string xdg = envOr("XDG_STATE_HOME"); !xdg.empty())
        return xdg + "/hotpatch-ready/logs";
    if (std::string home = envOr("HOME"); !home.empty())
        return home + "/.local/state/hotpatch-ready/logs";
    return "hotpatch-ready-logs";
#endif
}

std::string userLogFolder()
{
#ifdef _WIN32
    if (std::string local = envOr("LOCALAPPDATA"); !local.empty())
        return local + "\\HotpatchReady\\logs";
    return envOr("TEMP", ".") + "\\HotpatchReady\\logs";
#else
    return envOr("TMPDIR", "/tmp") + "/hotpatch-ready-logs-" + envOr("USER", "user");
#endif
}

bool isLevelName(const std::string &name)
{
    for (const char *n : {"trace", "debug", "info", "warn", "error", "critical", "off"})
        if (name == n)
            return true;
    return false;
}

Status setup(const LogSetup &options)
{
    if (!isLevelName(options.level))
        return makeError(ErrorCode::BadUsage, "unknown log level '" + options.level +
                                                  "' (use trace, debug, info, warn, error, critical or off)");
    State &st = state();
    auto sink = std::make_shared<RedactingSink>();
    std::string path;
    Status result;
    if (options.level != "off") {
        const std::string folder = options.folder.empty() ? defaultLogFolder() : options.folder;
        auto file = openFile(folder, options, path);
        if (!file) {
            const Error first = file.error();
            file = openFile(userLogFolder(), options, path);
            if (!file)
                result = makeError(ErrorCode::Failed, first.detail + "; and the fallback: " + file.error().detail);
        }
        if (file)
            sink->add(*file);
        else
            path.clear();
    }
    auto logger = std::make_shared<spdlog::logger>(options.program, sink);
    logger->set_level(spdlog::level::from_str(options.level));
    logger->flush_on(spdlog::level::trace); // few lines per run, and a crash must not lose the last one
    {
        std::lock_guard<std::mutex> lock(st.mutex);
        st.filePath = path;
        st.sink = sink;
    }
    spdlog::set_default_logger(logger);
    return result;
}

std::string logFilePath()
{
    State &st = state();
    std::lock_guard<std::mutex> lock(st.mutex);
    return st.filePath;
}

void addSink(std::shared_ptr<spdlog::sinks::sink> sink)
{
    State &st = state();
    std::lock_guard<std::mutex> lock(st.mutex);
    if (!st.sink) {
        st.sink = std::make_shared<RedactingSink>();
        spdlog::set_default_logger(std::make_shared<spdlog::logger>("hotpatch-ready", st.sink));
    }
    st.sink->add(std::move(sink));
}

std::string redact(std::string_view text)
{
    using std::regex;
    static const regex uriPassword(R"(([A-Za-z][A-Za-z0-9+.-]*://[^/\s:@]*):[^@\s/]*@)");
    static const regex keyValue(
        R"(\b(password|passwd|pwd|secret|token|api_?key|access_?key|sharedaccesskey)(\s*[=:]\s*)('[^']*'|"[^"]*"|[^\s;&,'"]+))",
        regex::icase);
    static const regex windowsProfile(R"(([A-Za-z]:\\(?:Users|Documents and Settings)\\)[^\\/\s"']+)", regex::icase);
    static const regex unixHome(R"((/home/|/Users/)[^/\s"']+)");
    static const regex email(R"([A-Za-z0-9._%+-]+@([A-Za-z0-9-]+\.)+[A-Za-z]{2,})");
    std::string s(text);
    s = std::regex_replace(s, uriPassword, "$1:***@");
    s = std::regex_replace(s, keyValue, "$1$2***");
    s = std::regex_replace(s, windowsProfile, "$1<user>");
    s = std::regex_replace(s, unixHome, "$1<user>");
    // Only the local part: the domain tells support which tenant without naming the person.
    std::string out;
    auto begin = std::sregex_iterator(s.begin(), s.end(), email);
    std::size_t last = 0;
    for (auto it = begin; it != std::sregex_iterator(); ++it) {
        const std::string match = it->str();
        out += s.substr(last, std::size_t(it->position()) - last);
        out += "<user>" + match.substr(match.find('@'));
        last = std::size_t(it->position() + it->length());
    }
    out += s.substr(last);
    return out;
}

const char *toString(AuditEvent event)
{
    switch (event) {
    case AuditEvent::Apply: return "apply";
    case AuditEvent::Rollback: return "rollback";
    case AuditEvent::RestartScheduled: return "restart scheduled";
    case AuditEvent::Verification: return "verification";
    }
    return "event";
}

void setEventReporter(EventReporter reporter)
{
    State &st = state();
    std::lock_guard<std::mutex> lock(st.mutex);
    st.reporter = std::move(reporter);
}

Status audit(AuditEvent event, bool success, const std::string &text)
{
    const std::string clean = redact(text);
    spdlog::log(success ? spdlog::level::info : spdlog::level::err, "[audit {} {}] {}", int(event), toString(event),
                clean);
    EventReporter reporter;
    {
        State &st = state();
        std::lock_guard<std::mutex> lock(st.mutex);
        reporter = st.reporter ? st.reporter : defaultReporter();
    }
    if (!reporter)
        return {};
    Status s = reporter(event, success, clean);
    if (!s)
        spdlog::warn("Event Log entry {} not written ({}); this log line is the record", int(event), s.error().detail);
    return s;
}

} // namespace hpr::log
