#include "devicefacts.h"

#include <nlohmann/json.hpp>

namespace hpr {

const char *toString(UnknownReason reason)
{
    switch (reason) {
    case UnknownReason::NotElevated: return "not_elevated";
    case UnknownReason::SourceMissing: return "source_missing";
    case UnknownReason::TimedOut: return "timed_out";
    case UnknownReason::NotSupported: return "not_supported";
    case UnknownReason::Hidden: return "hidden";
    case UnknownReason::NotProvided: return "not_provided";
    case UnknownReason::Failed: return "failed";
    }
    return "failed";
}

namespace {

nlohmann::json jsonValue(bool v)
{
    return v;
}
nlohmann::json jsonValue(std::int64_t v)
{
    return v;
}
nlohmann::json jsonValue(const std::string &v)
{
    return v;
}
nlohmann::json jsonValue(const IntList &v)
{
    return v;
}
nlohmann::json jsonValue(const StringList &v)
{
    return v;
}
nlohmann::json jsonValue(const OptInt &v)
{
    return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

std::string text(bool v)
{
    return v ? "yes" : "no";
}
std::string text(std::int64_t v)
{
    return std::to_string(v);
}
std::string text(const std::string &v)
{
    return v.empty() ? "(empty)" : v;
}
std::string text(const OptInt &v)
{
    return v ? std::to_string(*v) : "absent";
}
template <class L> std::string listText(const L &v)
{
    std::string s = "{";
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (i)
            s += ", ";
        if constexpr (std::is_same_v<typename L::value_type, int>)
            s += std::to_string(v[i]);
        else
            s += v[i];
    }
    return s + "}";
}
std::string text(const IntList &v)
{
    return listText(v);
}
std::string text(const StringList &v)
{
    return listText(v);
}

} // namespace

template <class T> std::string displayValue(const Fact<T> &fact)
{
    if (fact.isKnown())
        return text(fact.value());
    return std::string("unknown (") + toString(fact.reason()) + ")";
}

template std::string displayValue(const Fact<bool> &);
template std::string displayValue(const Fact<std::int64_t> &);
template std::string displayValue(const Fact<std::string> &);
template std::string displayValue(const Fact<IntList> &);
template std::string displayValue(const Fact<StringList> &);
template std::string displayValue(const Fact<OptInt> &);

nlohmann::json factsToJson(const DeviceFacts &facts)
{
    nlohmann::json out = nlohmann::json::object();
    visitFacts(facts, [&](const char *id, const auto &fact) {
        nlohmann::json j;
        if (fact.isKnown()) {
            j["known"] = true;
            j["value"] = jsonValue(fact.value());
            j["source"] = fact.source();
        } else {
            j["known"] = false;
            j["reason"] = toString(fact.reason());
            j["detail"] = fact.detail();
            if (!fact.source().empty())
                j["source"] = fact.source();
        }
        out[id] = std::move(j);
    });
    return out;
}

} // namespace hpr
