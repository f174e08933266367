#include "adminpolicy.h"

#include "device.h"
#include "engine/durablefile.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>

namespace hpr {

namespace {

const char *const kAssessOnly = "AssessOnly";
const char *const kReportFolder = "ReportFolder";
const char *const kLanguage = "Language";
const char *const kRestartWindow = "RestartWindow";
const char *const kRemediationRestart = "RemediationSchedulesRestart";

std::string hhmm(int minutes)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d:%02d", minutes / 60, minutes % 60);
    return buf;
}

/// "HH:MM" -> minutes after midnight.
std::optional<int> parseTime(const std::string &t)
{
    if (t.size() != 5 || t[2] != ':')
        return std::nullopt;
    for (std::size_t i : {0, 1, 3, 4})
        if (t[i] < '0' || t[i] > '9')
            return std::nullopt;
    const int h = (t[0] - '0') * 10 + (t[1] - '0'), m = (t[3] - '0') * 10 + (t[4] - '0');
    if (h > 23 || m > 59)
        return std::nullopt;
    return h * 60 + m;
}

/// %NAME% replaced by the environment variable (REG_EXPAND_SZ); unknown names stay as written.
std::string expandEnvironment(const std::string &s)
{
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t end = s[i] == '%' ? s.find('%', i + 1) : std::string::npos;
        if (end != std::string::npos) {
            const char *v = std::getenv(s.substr(i + 1, end - i - 1).c_str());
            if (v) {
                out += v;
                i = end + 1;
                continue;
            }
        }
        out += s[i++];
    }
    return out;
}

bool isOneOf(const std::vector<std::string> &names, const std::string &name)
{
    return std::find(names.begin(), names.end(), name) != names.end();
}

std::string joined(const std::vector<std::string> &names)
{
    std::string out;
    for (const auto &n : names)
        out += (out.empty() ? "" : ", ") + n;
    return out;
}

Error invalid(const std::string &where, const std::string &what)
{
    return makeError(ErrorCode::BadInput, "invalid admin policy value " + where + ": " + what +
                                              " (docs/admin-policy.md); nothing was changed");
}

/// Checks one string value and stores it; where names the value for messages.
Status setString(AdminPolicy &p, const std::string &name, const std::string &value, const std::string &where)
{
    if (name == kReportFolder) {
        if (value.empty())
            return invalid(where, "an empty folder; give a folder or share, or remove the value");
        p.reportFolder = value;
    } else if (name == kLanguage) {
        if (!isOneOf(policyLanguages(), value))
            return invalid(where, "'" + value + "' is not a language of the product (use one of " +
                                      joined(policyLanguages()) + ")");
        p.language = value;
    } else if (name == kRestartWindow) {
        auto w = parseRestartWindow(value);
        if (!w)
            return invalid(where, "'" + value +
                                      "' is not a window HH:MM-HH:MM of two different times of day, "
                                      "e.g. 22:00-05:00");
        p.restartWindow = *w;
    }
    p.origin.emplace_back(name, where);
    return {};
}

Status setFlag(AdminPolicy &p, const std::string &name, std::int64_t value, const std::string &where)
{
    if (value != 0 && value != 1)
        return invalid(where, std::to_string(value) + " is not 0 or 1");
    (name == kAssessOnly ? p.assessOnly : p.remediationSchedulesRestart) = value == 1;
    p.origin.emplace_back(name, where);
    return {};
}

bool isFlag(const std::string &name)
{
    return name == kAssessOnly || name == kRemediationRestart;
}

const std::vector<std::string> &valueNames()
{
    static const std::vector<std::string> names{kAssessOnly, kReportFolder, kLanguage, kRestartWindow,
                                                kRemediationRestart};
    return names;
}

void forget(AdminPolicy &p, const std::string &name)
{
    std::erase_if(p.origin, [&](const auto &o) { return o.first == name; });
}

} // namespace

bool RestartWindow::contains(int m) const
{
    return startMinute < endMinute ? (m >= startMinute && m < endMinute) : (m >= startMinute || m < endMinute);
}

std::string RestartWindow::toString() const
{
    return hhmm(startMinute) + "-" + hhmm(endMinute);
}

std::optional<RestartWindow> parseRestartWindow(const std::string &text)
{
    if (text.size() != 11 || text[5] != '-')
        return std::nullopt;
    auto a = parseTime(text.substr(0, 5)), b = parseTime(text.substr(6));
    if (!a || !b || *a == *b)
        return std::nullopt;
    return RestartWindow{*a, *b};
}

std::int64_t nextWindowStart(const RestartWindow &w, std::int64_t local)
{
    const std::int64_t day = local - ((local % 86400) + 86400) % 86400;
    const int minute = int((local - day) / 60);
    if (w.contains(minute))
        return local;
    std::int64_t start = day + std::int64_t(w.startMinute) * 60;
    if (start < local)
        start += 86400;
    return start;
}

bool AdminPolicy::empty() const
{
    return origin.empty();
}

std::string AdminPolicy::originOf(const std::string &name) const
{
    for (const auto &[n, w] : origin)
        if (n == name)
            return w;
    return {};
}

std::string AdminPolicy::toText() const
{
    if (empty())
        return "No admin policy is set (" + std::string("HKLM\\") + kPolicyKey +
               (policyFilePath().empty() ? std::string() : ", " + policyFilePath()) + ").\n";
    std::string t;
    auto line = [&](const char *name, const std::string &value) {
        t += std::string(name) + " = " + value + "   (" + originOf(name) + ")\n";
    };
    if (assessOnly)
        line(kAssessOnly, *assessOnly ? "1" : "0");
    if (reportFolder)
        line(kReportFolder, *reportFolder);
    if (language)
        line(kLanguage, *language);
    if (restartWindow)
        line(kRestartWindow, restartWindow->toString());
    if (remediationSchedulesRestart)
        line(kRemediationRestart, *remediationSchedulesRestart ? "1" : "0");
    return t;
}

const std::vector<std::string> &policyLanguages()
{
    static const std::vector<std::string> langs{"en", "de", "fr", "es", "ja", "pt_BR"};
    return langs;
}

std::string policyFilePath()
{
    if (const char *env = std::getenv("HPR_POLICY_FILE"); env && *env)
        return env;
#ifdef _WIN32
    return {};
#else
    return "/etc/hotpatch-ready/policy.json";
#endif
}

Expected<AdminPolicy> parsePolicyJson(const std::string &text, const std::string &where)
{
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error &e) {
        return makeError(ErrorCode::BadInput,
                         "admin policy file " + where + " is not valid JSON: " + e.what() + "; nothing was changed");
    }
    if (!j.is_object())
        return makeError(ErrorCode::BadInput,
                         "admin policy file " + where + " must hold one JSON object; nothing was changed");
    AdminPolicy p;
    p.sources.push_back(where);
    for (const auto &[name, value] : j.items()) {
        const std::string at = where + ": " + name;
        if (!isOneOf(valueNames(), name))
            return invalid(at, "unknown value name (the names are " + joined(valueNames()) + ")");
        if (isFlag(name)) {
            if (value.is_boolean()) {
                if (Status s = setFlag(p, name, value.get<bool>() ? 1 : 0, at); !s)
                    return s.error();
            } else if (value.is_number_integer()) {
                if (Status s = setFlag(p, name, value.get<std::int64_t>(), at); !s)
                    return s.error();
            } else {
                return invalid(at, value.dump() + " is not true/false or 0/1");
            }
        } else if (!value.is_string()) {
            return invalid(at, value.dump() + " is not a string");
        } else if (Status s = setString(p, name, value.get<std::string>(), at); !s) {
            return s.error();
        }
    }
    return p;
}

Expected<AdminPolicy> loadAdminPolicy(Device *device)
{
    AdminPolicy p;
    const std::string file = policyFilePath();
    std::error_code ec;
    if (!file.empty() && std::filesystem::exists(file, ec)) {
        auto text = readWholeFile(file);
        if (!text)
            return makeError(ErrorCode::BadInput,
                             "cannot read the admin policy file " + file + ": " + text.error().detail);
        auto parsed = parsePolicyJson(*text, file);
        if (!parsed)
            return parsed.error();
        p = std::move(*parsed);
    }
    if (!device)
        return p;
    const std::string key = std::string("HKLM\\") + kPolicyKey;
    bool any = false;
    for (const auto &name : valueNames()) {
        auto v = device->readRegistry(kPolicyKey, name);
        if (!v.isKnown() || !v.value())
            continue; // absent, or unreadable: the product's default (or the file's value) applies
        const RegValue &r = *v.value();
        const std::string at = key + "\\" + name;
        any = true;
        forget(p, name);
        if (isFlag(name)) {
            if (r.type != RegType::Dword)
                return invalid(at, std::string("a ") + toString(r.type) + " " + r.displayData() +
                                       "; it must be a REG_DWORD 0 or 1");
            if (Status s = setFlag(p, name, r.number, at); !s)
                return s.error();
        } else {
            if (r.type != RegType::Sz && r.type != RegType::ExpandSz)
                return invalid(at,
                               std::string("a ") + toString(r.type) + " " + r.displayData() + "; it must be a REG_SZ");
            const std::string text = r.type == RegType::ExpandSz ? expandEnvironment(r.text) : r.text;
            if (Status s = setString(p, name, text, at); !s)
                return s.error();
        }
    }
    if (any)
        p.sources.push_back(key);
    return p;
}

} // namespace hpr
