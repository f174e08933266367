#include "simprofile.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <limits>
#include <nlohmann/json.hpp>
#include <sstream>
#include <system_error>

using nlohmann::json;

namespace hpr {

namespace {

constexpr std::int64_t kDwordMax = 0xFFFFFFFFLL;
constexpr std::size_t kMaxReportedErrors = 20;

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

bool startsWithNoCase(const std::string &s, const std::string &prefix)
{
    return s.size() >= prefix.size() && lower(s.substr(0, prefix.size())) == lower(prefix);
}

/// One JSON-pointer reference token (RFC 6901 escaping).
std::string pointerToken(const std::string &key)
{
    std::string out;
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

std::string quote(const std::string &s)
{
    return json(s).dump();
}

std::string quoteList(std::initializer_list<const char *> items)
{
    std::string out;
    for (const char *i : items)
        out += (out.empty() ? "" : ", ") + quote(i);
    return out;
}

/// How a JSON value is shown after "got": the value itself when short, else its kind.
std::string describe(const json &v)
{
    switch (v.type()) {
    case json::value_t::null: return "null";
    case json::value_t::object: return "an object";
    case json::value_t::array: return "an array";
    case json::value_t::string: {
        const std::string s = v.get<std::string>();
        return s.size() <= 60 ? quote(s) : "a string of " + std::to_string(s.size()) + " characters";
    }
    default: return v.dump();
    }
}

bool isInteger(const json &v)
{
    return v.is_number_integer() || v.is_number_unsigned();
}

/// The integer as int64 when it fits.
std::optional<std::int64_t> asInt64(const json &v)
{
    if (v.is_number_unsigned()) {
        const auto u = v.get<std::uint64_t>();
        if (u > std::uint64_t(std::numeric_limits<std::int64_t>::max()))
            return std::nullopt;
        return std::int64_t(u);
    }
    if (v.is_number_integer())
        return v.get<std::int64_t>();
    return std::nullopt;
}

bool isHex(char c)
{
    return std::isxdigit(static_cast<unsigned char>(c)) != 0;
}

/// Collects errors as "file: /json/pointer: text".
class Checker
{
public:
    explicit Checker(std::string file)
        : m_file(std::move(file))
    {
    }

    void error(const std::string &path, const std::string &text)
    {
        std::string line;
        if (!m_file.empty())
            line += m_file + ": ";
        if (!path.empty())
            line += path + ": ";
        m_errors.push_back(line + text);
    }
    bool ok() const { return m_errors.empty(); }
    std::size_t count() const { return m_errors.size(); }

    Error result() const
    {
        std::string detail;
        for (std::size_t i = 0; i < m_errors.size() && i < kMaxReportedErrors; ++i)
            detail += (i ? "\n" : "") + m_errors[i];
        if (m_errors.size() > kMaxReportedErrors)
            detail += "\n(" + std::to_string(m_errors.size() - kMaxReportedErrors) + " more errors)";
        return makeError(ErrorCode::BadInput, detail);
    }

    /// Reports keys of obj that are not in allowed.
    void onlyKeys(const json &obj, const std::string &path, std::initializer_list<const char *> allowed)
    {
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            if (std::find_if(allowed.begin(), allowed.end(), [&](const char *a) { return it.key() == a; }) ==
                allowed.end())
                error(path + "/" + pointerToken(it.key()), "unknown key; expected one of " + quoteList(allowed));
        }
    }

    /// The member, or nullptr when absent; a missing required member is reported.
    const json *member(const json &obj, const std::string &path, const char *key, bool required,
                       const char *expectation)
    {
        auto it = obj.find(key);
        if (it == obj.end()) {
            if (required)
                error(path + "/" + key, std::string("expected ") + expectation + ", but the field is missing");
            return nullptr;
        }
        return &*it;
    }

    /// A section object; nullptr (reported) when it has the wrong type or is missing and required.
    const json *section(const json &obj, const std::string &path, const char *key, bool required)
    {
        const json *v = member(obj, path, key, required, "an object");
        if (v && !v->is_object()) {
            error(path + "/" + key, "expected an object, got " + describe(*v));
            return nullptr;
        }
        return v;
    }

    void string(const json &obj, const std::string &path, const char *key, bool required, std::string &out,
                bool nonEmpty = false)
    {
        const json *v = member(obj, path, key, required, nonEmpty ? "a non-empty string" : "a string");
        if (!v)
            return;
        if (!v->is_string() || (nonEmpty && v->get<std::string>().empty())) {
            error(path + "/" + key,
                  std::string("expected ") + (nonEmpty ? "a non-empty string" : "a string") + ", got " + describe(*v));
            return;
        }
        out = v->get<std::string>();
    }

    void boolean(const json &obj, const std::string &path, const char *key, bool &out)
    {
        const json *v = member(obj, path, key, false, "a boolean");
        if (!v)
            return;
        if (!v->is_boolean()) {
            error(path + "/" + key, "expected true or false, got " + describe(*v));
            return;
        }
        out = v->get<bool>();
    }

    void integer(const json &obj, const std::string &path, const char *key, bool required, std::int64_t min,
                 std::int64_t max, std::int64_t &out)
    {
        const std::string expectation = "an integer from " + std::to_string(min) + " to " + std::to_string(max);
        const json *v = member(obj, path, key, required, expectation.c_str());
        if (!v)
            return;
        const auto n = asInt64(*v);
        if (!n || *n < min || *n > max) {
            error(path + "/" + key, "expected " + expectation + ", got " + describe(*v));
            return;
        }
        out = *n;
    }

    void oneOf(const json &obj, const std::string &path, const char *key, bool required,
               std::initializer_list<const char *> allowed, std::string &out)
    {
        const std::string expectation = "one of " + quoteList(allowed);
        const json *v = member(obj, path, key, required, expectation.c_str());
        if (!v)
            return;
        if (v->is_string()) {
            const std::string s = v->get<std::string>();
            if (std::find_if(allowed.begin(), allowed.end(), [&](const char *a) { return s == a; }) != allowed.end()) {
                out = s;
                return;
            }
        }
        error(path + "/" + key, "expected " + expectation + ", got " + describe(*v));
    }

private:
    std::string m_file;
    std::vector<std::string> m_errors;
};

const char *const kOtherHives[] = {"HKCU", "HKEY_CURRENT_USER", "HKCR", "HKEY_CLASSES_ROOT",
                                   "HKU",  "HKEY_USERS",        "HKCC", "HKEY_CURRENT_CONFIG"};

/// Parses a registry value in either form, reporting errors under path.
std::optional<RegValue> parseRegValue(const json &v, const std::string &path, Checker &c)
{
    if (isInteger(v)) {
        const auto n = asInt64(v);
        if (!n || *n < 0 || *n > kDwordMax) {
            c.error(path, "expected a REG_DWORD from 0 to 4294967295, got " + describe(v));
            return std::nullopt;
        }
        return RegValue::dword(*n);
    }
    if (v.is_string())
        return RegValue::sz(v.get<std::string>());
    if (v.is_array()) {
        std::vector<std::string> items;
        for (std::size_t i = 0; i < v.size(); ++i) {
            if (!v[i].is_string()) {
                c.error(path + "/" + std::to_string(i), "expected a string (REG_MULTI_SZ item), got " + describe(v[i]));
                return std::nullopt;
            }
            items.push_back(v[i].get<std::string>());
        }
        return RegValue::multiSz(std::move(items));
    }
    if (!v.is_object()) {
        c.error(path, "expected an integer (REG_DWORD), a string (REG_SZ), an array of strings (REG_MULTI_SZ) or "
                      "{\"type\": ..., \"data\": ...}, got " +
                          describe(v));
        return std::nullopt;
    }

    const std::size_t before = c.count();
    c.onlyKeys(v, path, {"type", "data"});
    std::string typeName;
    c.oneOf(v, path, "type", true, {"REG_DWORD", "REG_QWORD", "REG_SZ", "REG_EXPAND_SZ", "REG_MULTI_SZ", "REG_BINARY"},
            typeName);
    const json *data = c.member(v, path, "data", true, "the value's data");
    if (c.count() != before || !data)
        return std::nullopt;

    RegType type = RegType::Dword;
    regTypeFromString(typeName, type);
    const std::string dataPath = path + "/data";
    RegValue out;
    out.type = type;
    switch (type) {
    case RegType::Dword:
    case RegType::Qword: {
        const std::int64_t max = type == RegType::Dword ? kDwordMax : std::numeric_limits<std::int64_t>::max();
        const auto n = asInt64(*data);
        if (!n || *n < 0 || *n > max) {
            c.error(dataPath, std::string("expected a ") + toString(type) + " from 0 to " + std::to_string(max) +
                                  ", got " + describe(*data));
            return std::nullopt;
        }
        out.number = *n;
        return out;
    }
    case RegType::Sz:
    case RegType::ExpandSz:
        if (!data->is_string()) {
            c.error(dataPath, std::string("expected a string (") + toString(type) + "), got " + describe(*data));
            return std::nullopt;
        }
        out.text = data->get<std::string>();
        return out;
    case RegType::MultiSz:
        if (!data->is_array()) {
            c.error(dataPath, "expected an array of strings (REG_MULTI_SZ), got " + describe(*data));
            return std::nullopt;
        }
        for (std::size_t i = 0; i < data->size(); ++i) {
            if (!(*data)[i].is_string()) {
                c.error(dataPath + "/" + std::to_string(i),
                        "expected a string (REG_MULTI_SZ item), got " + describe((*data)[i]));
                return std::nullopt;
            }
            out.multi.push_back((*data)[i].get<std::string>());
        }
        return out;
    case RegType::Binary: {
        const std::string hex = data->is_string() ? data->get<std::string>() : std::string();
        if (!data->is_string() || hex.size() % 2 != 0 || !std::all_of(hex.begin(), hex.end(), isHex)) {
            c.error(dataPath,
                    "expected a string of hex digit pairs such as \"01ab\" (REG_BINARY), got " + describe(*data));
            return std::nullopt;
        }
        for (std::size_t i = 0; i < hex.size(); i += 2)
            out.binary.push_back(std::uint8_t(std::stoi(hex.substr(i, 2), nullptr, 16)));
        return out;
    }
    }
    return std::nullopt;
}

/// The "registry" (allowNull false) or "changes_since_boot" (allowNull true) section.
std::vector<SimRegistryKey> parseRegistrySection(const json &section, const std::string &path, bool allowNull,
                                                 Checker &c)
{
    std::vector<SimRegistryKey> keys;
    for (auto it = section.begin(); it != section.end(); ++it) {
        const std::string keyPath = path + "/" + pointerToken(it.key());
        const std::string normalized = normalizeHklmPath(it.key());
        std::string firstPart = normalized.substr(0, normalized.find('\\'));
        const bool otherHive = std::any_of(std::begin(kOtherHives), std::end(kOtherHives),
                                           [&](const char *h) { return lower(firstPart) == lower(h); });
        if (normalized.empty() || otherHive || normalized.find("\\\\") != std::string::npos) {
            c.error(keyPath, "expected a key path under HKEY_LOCAL_MACHINE such as "
                             "\"SYSTEM\\\\CurrentControlSet\\\\Control\\\\DeviceGuard\" (no other hive, no empty "
                             "key names), got " +
                                 quote(it.key()));
            continue;
        }
        const auto dup = std::find_if(keys.begin(), keys.end(),
                                      [&](const SimRegistryKey &k) { return lower(k.path) == lower(normalized); });
        if (dup != keys.end()) {
            c.error(keyPath, "expected each key once, but this is the same key as " + quote(dup->path) +
                                 " (registry paths are case-insensitive)");
            continue;
        }
        SimRegistryKey key;
        key.path = normalized;
        const json &body = it.value();
        if (body.is_null() && allowNull) {
            key.deleteKey = true;
            keys.push_back(std::move(key));
            continue;
        }
        if (!body.is_object()) {
            c.error(keyPath, std::string("expected an object of value names") + (allowNull ? " or null" : "") +
                                 ", got " + describe(body));
            continue;
        }
        for (auto v = body.begin(); v != body.end(); ++v) {
            const std::string valuePath = keyPath + "/" + pointerToken(v.key());
            const auto same = std::find_if(key.values.begin(), key.values.end(),
                                           [&](const auto &p) { return lower(p.first) == lower(v.key()); });
            if (same != key.values.end()) {
                c.error(valuePath, "expected each value name once, but this is the same value as " +
                                       quote(same->first) + " (value names are case-insensitive)");
                continue;
            }
            if (v.value().is_null() && allowNull) {
                key.values.emplace_back(v.key(), std::nullopt);
                continue;
            }
            if (auto value = parseRegValue(v.value(), valuePath, c))
                key.values.emplace_back(v.key(), std::move(*value));
        }
        keys.push_back(std::move(key));
    }
    return keys;
}

/// An array of distinct strings, each one of allowed ("reason", "certificate" name the items in errors).
std::vector<std::string> enumList(const json &array, const std::string &path,
                                  std::initializer_list<const char *> allowed, const char *item, Checker &c)
{
    std::vector<std::string> out;
    if (!array.is_array()) {
        c.error(path, "expected an array, got " + describe(array));
        return out;
    }
    for (std::size_t i = 0; i < array.size(); ++i) {
        const json &v = array[i];
        const std::string itemPath = path + "/" + std::to_string(i);
        const std::string s = v.is_string() ? v.get<std::string>() : std::string();
        if (!v.is_string() ||
            std::find_if(allowed.begin(), allowed.end(), [&](const char *r) { return s == r; }) == allowed.end())
            c.error(itemPath, "expected one of " + quoteList(allowed) + ", got " + describe(v));
        else if (std::find(out.begin(), out.end(), s) != out.end())
            c.error(itemPath, std::string("expected each ") + item + " once, got " + quote(s) + " again");
        else
            out.push_back(s);
    }
    return out;
}

// Civil-date arithmetic (proleptic Gregorian, H. Hinnant's algorithms).
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + std::int64_t(doe) - 719468;
}

void civilFromDays(std::int64_t z, std::int64_t &y, unsigned &m, unsigned &d)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = std::int64_t(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp + (mp < 10 ? 3 : -9);
    y += m <= 2;
}

} // namespace

std::string normalizeHklmPath(const std::string &path)
{
    std::string p = path;
    for (const char *prefix : {"HKEY_LOCAL_MACHINE\\", "HKLM\\"}) {
        if (startsWithNoCase(p, prefix)) {
            p = p.substr(std::string(prefix).size());
            break;
        }
    }
    const auto first = p.find_first_not_of('\\');
    if (first == std::string::npos)
        return {};
    const auto last = p.find_last_not_of('\\');
    return p.substr(first, last - first + 1);
}

std::optional<std::int64_t> parseUtcTime(const std::string &t)
{
    // exactly YYYY-MM-DDTHH:MM:SSZ
    if (t.size() != 20 || t[4] != '-' || t[7] != '-' || t[10] != 'T' || t[13] != ':' || t[16] != ':' || t[19] != 'Z')
        return std::nullopt;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18}) {
        if (!std::isdigit(static_cast<unsigned char>(t[i])))
            return std::nullopt;
    }
    const int year = std::stoi(t.substr(0, 4)), month = std::stoi(t.substr(5, 2)), day = std::stoi(t.substr(8, 2));
    const int hour = std::stoi(t.substr(11, 2)), minute = std::stoi(t.substr(14, 2)), sec = std::stoi(t.substr(17, 2));
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || hour > 23 || minute > 59 || sec > 59 || day < 1)
        return std::nullopt;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (day > kDays[month - 1] + (month == 2 && leap ? 1 : 0))
        return std::nullopt;
    return daysFromCivil(year, unsigned(month), unsigned(day)) * 86400 + hour * 3600 + minute * 60 + sec;
}

std::string formatUtcTime(std::int64_t s)
{
    std::int64_t days = s / 86400, rem = s % 86400;
    if (rem < 0) {
        rem += 86400;
        --days;
    }
    std::int64_t y = 0;
    unsigned m = 0, d = 0;
    civilFromDays(days, y, m, d);
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02d:%02d:%02dZ", static_cast<long long>(y), m, d, int(rem / 3600),
                  int(rem % 3600 / 60), int(rem % 60));
    return buf;
}

Expected<RegValue> regValueFromJson(const json &value)
{
    Checker c({});
    auto v = parseRegValue(value, {}, c);
    if (!v)
        return c.result();
    return *v;
}

json regValueToJson(const RegValue &v)
{
    json out = {{"type", toString(v.type)}};
    switch (v.type) {
    case RegType::Dword:
    case RegType::Qword: out["data"] = v.number; break;
    case RegType::Sz:
    case RegType::ExpandSz: out["data"] = v.text; break;
    case RegType::MultiSz: out["data"] = v.multi; break;
    case RegType::Binary: {
        std::string hex;
        char buf[3];
        for (std::uint8_t b : v.binary) {
            std::snprintf(buf, sizeof buf, "%02x", b);
            hex += buf;
        }
        out["data"] = hex;
        break;
    }
    }
    return out;
}

Expected<SimProfile> simProfileFromJson(const json &doc, const std::string &fileName)
{
    Checker c(fileName);
    SimProfile p;
    p.fileName = fileName;
    if (!doc.is_object()) {
        c.error("/", "expected a profile object, got " + describe(doc));
        return c.result();
    }

    c.onlyKeys(doc, "",
               {"schema", "name", "description", "device", "os", "hardware", "firmware", "boot", "management",
                "session", "bitlocker", "pending_reboot", "kernel_drivers", "registry", "changes_since_boot"});
    if (const json *schema = c.member(doc, "", "schema", true, quote(kSimProfileSchema).c_str())) {
        if (!schema->is_string() || schema->get<std::string>() != kSimProfileSchema)
            c.error("/schema", "expected " + quote(kSimProfileSchema) + ", got " + describe(*schema));
    }
    c.string(doc, "", "name", true, p.name, true);
    c.string(doc, "", "description", true, p.description, true);

    if (const json *s = c.section(doc, "", "device", true)) {
        c.onlyKeys(*s, "/device", {"hostname", "manufacturer", "model", "serial"});
        c.string(*s, "/device", "hostname", true, p.hostname, true);
        c.string(*s, "/device", "manufacturer", false, p.manufacturer);
        c.string(*s, "/device", "model", false, p.model);
        c.string(*s, "/device", "serial", false, p.serial);
    }

    if (const json *s = c.section(doc, "", "os", true)) {
        c.onlyKeys(*s, "/os", {"product_name", "edition_id", "build", "ubr", "display_version", "installation_type"});
        c.string(*s, "/os", "product_name", true, p.productName, true);
        c.string(*s, "/os", "edition_id", true, p.editionId, true);
        c.integer(*s, "/os", "build", true, 1, 99999, p.build);
        c.integer(*s, "/os", "ubr", true, 0, kDwordMax, p.ubr);
        c.string(*s, "/os", "display_version", true, p.displayVersion);
        c.oneOf(*s, "/os", "installation_type", true, {"client", "server"}, p.installationType);
    }

    if (const json *s = c.section(doc, "", "hardware", true)) {
        c.onlyKeys(*s, "/hardware",
                   {"arch", "cpu", "virtualization_extensions", "slat", "nx", "iommu", "secure_memory_overwrite",
                    "smm_mitigations", "mbec", "apic_virtualization", "tpm", "virtual_machine"});
        c.oneOf(*s, "/hardware", "arch", true, {"x64", "arm64", "x86"}, p.arch);
        c.string(*s, "/hardware", "cpu", false, p.cpu);
        c.boolean(*s, "/hardware", "virtualization_extensions", p.virtualizationExtensions);
        c.boolean(*s, "/hardware", "slat", p.slat);
        c.boolean(*s, "/hardware", "nx", p.nx);
        c.boolean(*s, "/hardware", "iommu", p.iommu);
        c.boolean(*s, "/hardware", "secure_memory_overwrite", p.secureMemoryOverwrite);
        c.boolean(*s, "/hardware", "smm_mitigations", p.smmMitigations);
        c.boolean(*s, "/hardware", "mbec", p.mbec);
        c.boolean(*s, "/hardware", "apic_virtualization", p.apicVirtualization);
        c.oneOf(*s, "/hardware", "tpm", false, {"2.0", "1.2", "none"}, p.tpm);
        auto vm = s->find("virtual_machine");
        if (vm != s->end() && !vm->is_null()) {
            if (!vm->is_object()) {
                c.error("/hardware/virtual_machine", "expected an object or null, got " + describe(*vm));
            } else {
                SimVirtualMachine m;
                c.onlyKeys(*vm, "/hardware/virtual_machine", {"host", "nested_virtualization"});
                c.string(*vm, "/hardware/virtual_machine", "host", false, m.host);
                c.boolean(*vm, "/hardware/virtual_machine", "nested_virtualization", m.nestedVirtualization);
                p.virtualMachine = m;
            }
        }
    }

    if (const json *s = c.section(doc, "", "firmware", true)) {
        c.onlyKeys(*s, "/firmware",
                   {"type", "secure_boot", "virtualization_enabled", "kernel_dma_protection", "secure_boot_db",
                    "secure_boot_kek", "boot_manager", "oem_pk_signed_kek", "rejects_variable_writes"});
        c.oneOf(*s, "/firmware", "type", true, {"uefi", "bios"}, p.firmwareType);
        c.boolean(*s, "/firmware", "secure_boot", p.secureBoot);
        c.boolean(*s, "/firmware", "virtualization_enabled", p.firmwareVirtualizationEnabled);
        c.boolean(*s, "/firmware", "kernel_dma_protection", p.kernelDmaProtection);
        static const std::initializer_list<const char *> kDbCerts = {
            "windows_uefi_ca_2023", "microsoft_uefi_ca_2023", "option_rom_uefi_ca_2023", "windows_production_pca_2011",
            "microsoft_uefi_ca_2011"};
        static const std::initializer_list<const char *> kKekCerts = {"kek_2k_ca_2023", "kek_ca_2011"};
        if (const json *db = c.member(*s, "/firmware", "secure_boot_db", false, "an array"))
            p.secureBootDb = enumList(*db, "/firmware/secure_boot_db", kDbCerts, "certificate", c);
        if (const json *kek = c.member(*s, "/firmware", "secure_boot_kek", false, "an array"))
            p.secureBootKek = enumList(*kek, "/firmware/secure_boot_kek", kKekCerts, "certificate", c);
        c.oneOf(*s, "/firmware", "boot_manager", false, {"2011", "2023"}, p.bootManager);
        c.boolean(*s, "/firmware", "oem_pk_signed_kek", p.oemPkSignedKek);
        c.boolean(*s, "/firmware", "rejects_variable_writes", p.rejectsVariableWrites);
    }

    p.lastBoot = *parseUtcTime("2026-11-24T08:00:00Z");
    if (const json *s = c.section(doc, "", "boot", false)) {
        c.onlyKeys(*s, "/boot", {"hypervisor_launch_type", "hyperv_role", "last_boot"});
        c.oneOf(*s, "/boot", "hypervisor_launch_type", false, {"auto", "off"}, p.hypervisorLaunchType);
        c.boolean(*s, "/boot", "hyperv_role", p.hypervRole);
        if (const json *lb = c.member(*s, "/boot", "last_boot", false, "a UTC time")) {
            const auto t = lb->is_string() ? parseUtcTime(lb->get<std::string>()) : std::nullopt;
            if (!t)
                c.error("/boot/last_boot",
                        "expected a UTC time such as \"2026-11-24T08:00:00Z\", got " + describe(*lb));
            else
                p.lastBoot = *t;
        }
    }

    if (const json *s = c.section(doc, "", "management", false)) {
        c.onlyKeys(*s, "/management",
                   {"mdm", "upn", "entra_join", "domain_joined", "hotpatch_policy", "azure_arc_hotpatch"});
        c.oneOf(*s, "/management", "mdm", false, {"intune", "other", "none"}, p.mdm);
        c.string(*s, "/management", "upn", false, p.upn);
        c.oneOf(*s, "/management", "entra_join", false, {"none", "entra_joined", "workplace_registered"}, p.entraJoin);
        c.boolean(*s, "/management", "domain_joined", p.domainJoined);
        auto hp = s->find("hotpatch_policy");
        if (hp != s->end() && !hp->is_null()) {
            if (!hp->is_boolean())
                c.error("/management/hotpatch_policy", "expected true, false or null, got " + describe(*hp));
            else
                p.hotpatchPolicy = hp->get<bool>();
        }
        c.boolean(*s, "/management", "azure_arc_hotpatch", p.azureArcHotpatch);
    }

    if (const json *s = c.section(doc, "", "session", false)) {
        c.onlyKeys(*s, "/session", {"elevated"});
        c.boolean(*s, "/session", "elevated", p.elevated);
    }

    if (const json *s = c.section(doc, "", "bitlocker", false)) {
        c.onlyKeys(*s, "/bitlocker", {"protection"});
        c.oneOf(*s, "/bitlocker", "protection", false, {"on", "off"}, p.bitlocker);
    }

    if (const json *pr = c.member(doc, "", "pending_reboot", false, "an array"))
        p.pendingReboot =
            enumList(*pr, "/pending_reboot",
                     {"windows_update", "component_servicing", "file_rename", "computer_rename"}, "reason", c);

    if (const json *drivers = c.member(doc, "", "kernel_drivers", false, "an array")) {
        if (!drivers->is_array())
            c.error("/kernel_drivers", "expected an array of drivers, got " + describe(*drivers));
        for (std::size_t i = 0; drivers->is_array() && i < drivers->size(); ++i) {
            const json &d = (*drivers)[i];
            const std::string at = "/kernel_drivers/" + std::to_string(i);
            if (!d.is_object()) {
                c.error(at, "expected a driver object, got " + describe(d));
                continue;
            }
            c.onlyKeys(d, at, {"service", "file", "start", "section_alignment", "sections"});
            SimKernelDriver k;
            c.string(d, at, "service", true, k.service, true);
            c.string(d, at, "file", true, k.file, true);
            c.integer(d, at, "start", false, 0, 4, k.start);
            c.integer(d, at, "section_alignment", false, 1, 0x10000, k.sectionAlignment);
            if (const json *sections = c.member(d, at, "sections", false, "an array")) {
                k.sections.clear();
                if (!sections->is_array())
                    c.error(at + "/sections", "expected an array of {name, access}, got " + describe(*sections));
                for (std::size_t j = 0; sections->is_array() && j < sections->size(); ++j) {
                    const json &s = (*sections)[j];
                    const std::string sat = at + "/sections/" + std::to_string(j);
                    if (!s.is_object()) {
                        c.error(sat, "expected {\"name\": ..., \"access\": ...}, got " + describe(s));
                        continue;
                    }
                    c.onlyKeys(s, sat, {"name", "access"});
                    std::string name, access;
                    c.string(s, sat, "name", true, name, true);
                    c.oneOf(s, sat, "access", true, {"r", "rw", "rx", "rwx"}, access);
                    if (name.size() > 8)
                        c.error(sat + "/name", "a PE section name has at most 8 characters, got " + quote(name));
                    k.sections.emplace_back(name, access);
                }
            }
            p.kernelDrivers.push_back(std::move(k));
        }
    }

    if (const json *s = c.section(doc, "", "registry", false))
        p.registry = parseRegistrySection(*s, "/registry", false, c);
    if (const json *s = c.section(doc, "", "changes_since_boot", false))
        p.changesSinceBoot = parseRegistrySection(*s, "/changes_since_boot", true, c);

    if (!c.ok())
        return c.result();

    // Combinations that no real device can have (docs/profiles.md, "Impossible combinations").
    const bool uefi = p.firmwareType == "uefi";
    if (!uefi && p.secureBoot)
        c.error("/firmware/secure_boot",
                "expected false when /firmware/type is \"bios\" (Secure Boot exists only on UEFI firmware)");
    if (p.secureBoot && p.bootManager == "2023" &&
        std::find(p.secureBootDb.begin(), p.secureBootDb.end(), "windows_uefi_ca_2023") == p.secureBootDb.end())
        c.error("/firmware/boot_manager",
                "expected \"2011\" when /firmware/secure_boot_db lacks \"windows_uefi_ca_2023\" (with Secure Boot on, "
                "a boot manager signed by Windows UEFI CA 2023 does not start unless that CA is in db)");
    if (p.kernelDmaProtection && !uefi)
        c.error("/firmware/kernel_dma_protection",
                "expected false when /firmware/type is \"bios\" (Kernel DMA Protection needs UEFI firmware)");
    else if (p.kernelDmaProtection && !p.iommu)
        c.error("/firmware/kernel_dma_protection",
                "expected false when /hardware/iommu is false (Kernel DMA Protection needs an IOMMU)");
    if (p.slat && !p.virtualizationExtensions)
        c.error("/hardware/slat", "expected false when /hardware/virtualization_extensions is false (SLAT is part "
                                  "of the VT-x/AMD-V extensions)");
    if (p.firmwareVirtualizationEnabled && !p.virtualizationExtensions)
        c.error("/firmware/virtualization_enabled",
                "expected false when /hardware/virtualization_extensions is false (firmware cannot enable "
                "extensions the processor does not have)");
    if (p.virtualMachine && !p.virtualMachine->nestedVirtualization && p.virtualizationExtensions)
        c.error("/hardware/virtualization_extensions",
                "expected false for a virtual machine without /hardware/virtual_machine/nested_virtualization "
                "(the guest cannot see VT-x/AMD-V)");
    if (p.virtualMachine && p.virtualMachine->nestedVirtualization && !p.virtualizationExtensions)
        c.error("/hardware/virtualization_extensions",
                "expected true for a virtual machine with /hardware/virtual_machine/nested_virtualization (the "
                "host exposes VT-x/AMD-V to the guest)");
    if (p.arch == "x86" && p.build >= 22000)
        c.error("/hardware/arch", "expected \"x64\" or \"arm64\" for build " + std::to_string(p.build) +
                                      " (Windows 11, build 22000 and later, has no 32-bit x86 edition)");
    const bool serverEdition = startsWithNoCase(p.editionId, "Server");
    if (p.installationType == "server" && !serverEdition)
        c.error("/os/edition_id", "expected an edition starting with \"Server\" (e.g. \"ServerDatacenter\") when "
                                  "/os/installation_type is \"server\", got " +
                                      quote(p.editionId));
    if (p.installationType == "client" && serverEdition)
        c.error("/os/edition_id", "expected a client edition (not starting with \"Server\") when "
                                  "/os/installation_type is \"client\", got " +
                                      quote(p.editionId));

    if (!c.ok())
        return c.result();
    return p;
}

Expected<SimProfile> parseSimProfile(const std::string &jsonText, const std::string &fileName)
{
    json doc;
    try {
        doc = json::parse(jsonText);
    } catch (const json::parse_error &e) {
        // Line and column of the byte nlohmann stopped at (e.byte counts from 1).
        std::size_t pos = e.byte == 0 ? 0 : e.byte - 1;
        pos = std::min(pos, jsonText.size());
        std::size_t line = 1, lineStart = 0;
        for (std::size_t i = 0; i < pos; ++i) {
            if (jsonText[i] == '\n') {
                ++line;
                lineStart = i + 1;
            }
        }
        const std::size_t column = pos - lineStart + 1;
        std::string what = e.what();
        const auto col = what.find("column ");
        const auto colon = col == std::string::npos ? std::string::npos : what.find(": ", col);
        if (colon != std::string::npos)
            what = what.substr(colon + 2);
        return makeError(ErrorCode::BadInput, fileName + ": line " + std::to_string(line) + ", column " +
                                                  std::to_string(column) + ": expected valid JSON: " + what);
    } catch (const std::exception &e) {
        return makeError(ErrorCode::BadInput, fileName + ": expected valid JSON: " + e.what());
    }
    return simProfileFromJson(doc, fileName);
}

Expected<SimProfile> loadSimProfile(const std::string &path)
{
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        return makeError(ErrorCode::NotFound, path + ": no such profile file");
    if (std::filesystem::is_directory(path, ec))
        return makeError(ErrorCode::BadInput, path + ": is a directory, expected a profile file");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return makeError(ErrorCode::NotFound, path + ": cannot open the profile file");
    std::stringstream ss;
    ss << in.rdbuf();
    return parseSimProfile(ss.str(), path);
}

namespace {

json kernelDriversToJson(const std::vector<SimKernelDriver> &drivers)
{
    json out = json::array();
    for (const auto &d : drivers) {
        json sections = json::array();
        for (const auto &[name, access] : d.sections)
            sections.push_back({{"name", name}, {"access", access}});
        out.push_back({{"service", d.service},
                       {"file", d.file},
                       {"start", d.start},
                       {"section_alignment", d.sectionAlignment},
                       {"sections", sections}});
    }
    return out;
}

json registrySectionToJson(const std::vector<SimRegistryKey> &keys)
{
    json out = json::object();
    for (const auto &k : keys) {
        if (k.deleteKey) {
            out[k.path] = nullptr;
            continue;
        }
        json values = json::object();
        for (const auto &[name, value] : k.values)
            values[name] = value ? regValueToJson(*value) : json(nullptr);
        out[k.path] = values;
    }
    return out;
}

} // namespace

json simProfileToJson(const SimProfile &p)
{
    json vm = nullptr;
    if (p.virtualMachine)
        vm = {{"host", p.virtualMachine->host}, {"nested_virtualization", p.virtualMachine->nestedVirtualization}};
    return {
        {"schema", kSimProfileSchema},
        {"name", p.name},
        {"description", p.description},
        {"device",
         {{"hostname", p.hostname}, {"manufacturer", p.manufacturer}, {"model", p.model}, {"serial", p.serial}}},
        {"os",
         {{"product_name", p.productName},
          {"edition_id", p.editionId},
          {"build", p.build},
          {"ubr", p.ubr},
          {"display_version", p.displayVersion},
          {"installation_type", p.installationType}}},
        {"hardware",
         {{"arch", p.arch},
          {"cpu", p.cpu},
          {"virtualization_extensions", p.virtualizationExtensions},
          {"slat", p.slat},
          {"nx", p.nx},
          {"iommu", p.iommu},
          {"secure_memory_overwrite", p.secureMemoryOverwrite},
          {"smm_mitigations", p.smmMitigations},
          {"mbec", p.mbec},
          {"apic_virtualization", p.apicVirtualization},
          {"tpm", p.tpm},
          {"virtual_machine", vm}}},
        {"firmware",
         {{"type", p.firmwareType},
          {"secure_boot", p.secureBoot},
          {"virtualization_enabled", p.firmwareVirtualizationEnabled},
          {"kernel_dma_protection", p.kernelDmaProtection},
          {"secure_boot_db", p.secureBootDb},
          {"secure_boot_kek", p.secureBootKek},
          {"boot_manager", p.bootManager},
          {"oem_pk_signed_kek", p.oemPkSignedKek},
          {"rejects_variable_writes", p.rejectsVariableWrites}}},
        {"boot",
         {{"hypervisor_launch_type", p.hypervisorLaunchType},
          {"hyperv_role", p.hypervRole},
          {"last_boot", formatUtcTime(p.lastBoot)}}},
        {"management",
         {{"mdm", p.mdm},
          {"upn", p.upn},
          {"entra_join", p.entraJoin},
          {"domain_joined", p.domainJoined},
          {"hotpatch_policy", p.hotpatchPolicy ? json(*p.hotpatchPolicy) : json(nullptr)},
          {"azure_arc_hotpatch", p.azureArcHotpatch}}},
        {"session", {{"elevated", p.elevated}}},
        {"bitlocker", {{"protection", p.bitlocker}}},
        {"pending_reboot", p.pendingReboot},
        {"kernel_drivers", kernelDriversToJson(p.kernelDrivers)},
        {"registry", registrySectionToJson(p.registry)},
        {"changes_since_boot", registrySectionToJson(p.changesSinceBoot)},
    };
}

} // namespace hpr
