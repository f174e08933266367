#pragma once
// A small JSON Schema (draft 2020-12) validator for the tests: only the keywords docs/report-schema.json
// uses. Any other assertion keyword is reported as an error, so the schema cannot silently outgrow it.

#include <algorithm>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <string>
#include <vector>

namespace hpr::test {

class SchemaValidator
{
public:
    explicit SchemaValidator(nlohmann::json schema)
        : m_root(std::move(schema))
    {
    }

    /// Every violation as "JSON-pointer: what"; empty when the instance is valid.
    std::vector<std::string> validate(const nlohmann::json &instance) const
    {
        std::vector<std::string> errors;
        check(m_root, instance, "", errors);
        return errors;
    }

private:
    static bool hasType(const nlohmann::json &v, const std::string &type)
    {
        if (type == "object")
            return v.is_object();
        if (type == "array")
            return v.is_array();
        if (type == "string")
            return v.is_string();
        if (type == "integer")
            return v.is_number_integer();
        if (type == "number")
            return v.is_number();
        if (type == "boolean")
            return v.is_boolean();
        if (type == "null")
            return v.is_null();
        return false;
    }

    static std::size_t codePoints(const std::string &s)
    {
        std::size_t n = 0;
        for (unsigned char c : s)
            n += (c & 0xC0) != 0x80;
        return n;
    }

    const nlohmann::json &resolve(const std::string &ref, const std::string &where,
                                  std::vector<std::string> &errors) const
    {
        static const nlohmann::json kEmpty = nlohmann::json::object();
        const std::string prefix = "#/$defs/";
        const std::string name = ref.rfind(prefix, 0) == 0 ? ref.substr(prefix.size()) : std::string();
        if (name.empty() || !m_root.contains("$defs") || !m_root.at("$defs").contains(name)) {
            errors.push_back(where + ": unresolvable $ref " + ref);
            return kEmpty;
        }
        return m_root.at("$defs").at(name);
    }

    void check(const nlohmann::json &schema, const nlohmann::json &v, const std::string &where,
               std::vector<std::string> &errors) const
    {
        if (schema.is_boolean()) {
            if (!schema.get<bool>())
                errors.push_back(where + ": not allowed here");
            return;
        }
        static const std::set<std::string> kAnnotations = {"$schema",  "$id",   "$defs",
                                                           "$comment", "title", "description"};
        for (const auto &[key, value] : schema.items()) {
            if (kAnnotations.count(key))
                continue;
            if (key == "$ref") {
                check(resolve(value.get<std::string>(), where, errors), v, where, errors);
            } else if (key == "type") {
                bool ok = false;
                if (value.is_string())
                    ok = hasType(v, value.get<std::string>());
                for (const auto &t : value.is_array() ? value : nlohmann::json::array())
                    ok = ok || hasType(v, t.get<std::string>());
                if (!ok)
                    errors.push_back(where + ": expected type " + value.dump() + ", got " + v.type_name());
            } else if (key == "const") {
                if (v != value)
                    errors.push_back(where + ": expected " + value.dump() + ", got " + v.dump());
            } else if (key == "enum") {
                if (std::find(value.begin(), value.end(), v) == value.end())
                    errors.push_back(where + ": " + v.dump() + " is not one of " + value.dump());
            } else if (key == "pattern") {
                if (v.is_string() && !std::regex_search(v.get<std::string>(), std::regex(value.get<std::string>())))
                    errors.push_back(where + ": " + v.dump() + " does not match " + value.get<std::string>());
            } else if (key == "minLength") {
                if (v.is_string() && codePoints(v.get<std::string>()) < value.get<std::size_t>())
                    errors.push_back(where + ": shorter than " + value.dump());
            } else if (key == "required") {
                for (const auto &name : value) {
                    if (v.is_object() && !v.contains(name.get<std::string>()))
                        errors.push_back(where + ": missing required " + name.dump());
                }
            } else if (key == "properties") {
                for (const auto &[name, sub] : value.items()) {
                    if (v.is_object() && v.contains(name))
                        check(sub, v.at(name), where + "/" + name, errors);
                }
            } else if (key == "additionalProperties") {
                if (!v.is_object())
                    continue;
                for (const auto &[name, item] : v.items()) {
                    if (schema.contains("properties") && schema.at("properties").contains(name))
                        continue;
                    check(value, item, where + "/" + name, errors);
                }
            } else if (key == "items") {
                if (!v.is_array())
                    continue;
                for (std::size_t i = 0; i < v.size(); ++i)
                    check(value, v[i], where + "/" + std::to_string(i), errors);
            } else if (key == "oneOf") {
                int matches = 0;
                for (const auto &alternative : value) {
                    std::vector<std::string> sub;
                    check(alternative, v, where, sub);
                    matches += sub.empty();
                }
                if (matches != 1)
                    errors.push_back(where + ": matches " + std::to_string(matches) + " oneOf alternatives, not 1");
            } else {
                errors.push_back(where + ": the test validator does not support the keyword '" + key + "'");
            }
        }
    }

    nlohmann::json m_root;
};

} // namespace hpr::test
