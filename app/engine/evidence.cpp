#include "evidence.h"

#include "msinfo.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>

namespace hpr {

namespace {

void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

std::string utf16ToUtf8(const std::string &bytes, std::size_t start, bool bigEndian)
{
    std::string out;
    for (std::size_t i = start; i + 1 < bytes.size(); i += 2) {
        const unsigned char a = bytes[i], b = bytes[i + 1];
        char32_t unit = bigEndian ? char32_t((a << 8) | b) : char32_t((b << 8) | a);
        if (unit >= 0xD800 && unit < 0xDC00 && i + 3 < bytes.size()) {
            const unsigned char c = bytes[i + 2], d = bytes[i + 3];
            const char32_t low = bigEndian ? char32_t((c << 8) | d) : char32_t((d << 8) | c);
            if (low >= 0xDC00 && low < 0xE000) {
                unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                i += 2;
            }
        }
        appendUtf8(out, unit);
    }
    return out;
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

std::string trim(const std::string &s)
{
    const auto b = s.find_first_not_of(" \t\r\n\xC2\xA0");
    if (b == std::string::npos)
        return {};
    const auto e = s.find_last_not_of(" \t\r\n");
    return s.substr(b, e - b + 1);
}

/// Lower case, British spelling and the older "Device Guard" prefix folded, single spaces.
std::string normalizeLabel(std::string label)
{
    label = lower(trim(label));
    for (auto &c : label)
        if (c == '\t')
            c = ' ';
    std::string out;
    for (char c : label)
        if (!(c == ' ' && !out.empty() && out.back() == ' '))
            out += c;
    for (const char *from : {"virtualisation", "virtualization based"}) {
        for (auto pos = out.find(from); pos != std::string::npos; pos = out.find(from)) {
            const std::string to = std::string(from) == "virtualisation" ? "virtualization" : "virtualization-based";
            out.replace(pos, std::string(from).size(), to);
        }
    }
    if (out.rfind("device guard ", 0) == 0)
        out = out.substr(13);
    return out;
}

int propertyCode(const std::string &name)
{
    const std::string n = lower(trim(name));
    for (int c = 1; c <= 8; ++c)
        if (n == lower(securityPropertyName(c)))
            return c;
    if (n.find("secure memory overwrite") != std::string::npos)
        return 4;
    return -1;
}

int serviceCode(const std::string &name)
{
    const std::string n = lower(trim(name));
    for (int c = 1; c <= 7; ++c)
        if (n == lower(securityServiceName(c)))
            return c;
    if (n.find("code integrity") != std::string::npos)
        return 2;
    if (n.find("credential guard") != std::string::npos)
        return 1;
    if (n.find("secure launch") != std::string::npos || n.find("system guard") != std::string::npos)
        return 3;
    return -1;
}

class Merger
{
public:
    Merger(DeviceFacts &facts, EvidenceNotes *notes)
        : m_facts(facts)
        , m_notes(notes)
    {
    }

    template <class T> void set(Fact<T> DeviceFacts::*member, const char *id, T value, const std::string &where)
    {
        Fact<T> &f = m_facts.*member;
        if (f.isKnown()) {
            if (!(f.value() == value) && m_notes)
                m_notes->disagreements.push_back(std::string(id) + ": " + f.source() + " says " + displayValue(f) +
                                                 ", " + where + " says " + displayValue(Fact<T>::known(value, where)));
            return;
        }
        f = Fact<T>::known(std::move(value), where);
        ++m_count;
    }
    template <class T> void unknown(Fact<T> DeviceFacts::*member, const std::string &why, const std::string &where)
    {
        Fact<T> &f = m_facts.*member;
        if (!f.isKnown() && f.detail().empty())
            f = Fact<T>::unknown(UnknownReason::NotProvided, why, where);
    }
    int count() const { return m_count; }

private:
    DeviceFacts &m_facts;
    EvidenceNotes *m_notes;
    int m_count = 0;
};

std::optional<bool> yesNo(const std::string &v)
{
    const std::string s = lower(trim(v));
    if (s == "yes" || s == "true" || s == "on" || s == "1")
        return true;
    if (s == "no" || s == "false" || s == "off" || s == "0")
        return false;
    return std::nullopt;
}

/// "{1, 2, 3}" (PowerShell) -> codes; nullopt when PowerShell truncated the list ("{1, 2, 3, 5...}").
std::optional<IntList> codeList(const std::string &v, bool &truncated)
{
    std::string s = trim(v);
    truncated = s.find("...") != std::string::npos || s.find("\xE2\x80\xA6") != std::string::npos;
    if (truncated)
        return std::nullopt;
    if (s.size() < 2 || s.front() != '{' || s.back() != '}')
        return std::nullopt;
    IntList out;
    std::string num;
    for (char c : s.substr(1, s.size() - 2) + ",") {
        if (std::isdigit((unsigned char)c))
            num += c;
        else if (c == ',' || c == ' ') {
            if (!num.empty())
                out.push_back(std::stoi(num));
            num.clear();
        } else
            return std::nullopt;
    }
    return out;
}

IntList namesToCodes(const std::vector<std::string> &names, int (*code)(const std::string &), bool &unknownName)
{
    IntList out;
    unknownName = false;
    for (const auto &n : names) {
        if (trim(n).empty())
            continue;
        const int c = code(n);
        if (c < 0)
            unknownName = true;
        else
            out.push_back(c);
    }
    if (out.empty() && !unknownName)
        out.push_back(0);
    return out;
}

std::vector<std::string> splitCommas(const std::string &s)
{
    std::vector<std::string> out;
    std::string cur;
    for (char c : s + ",") {
        if (c == ',') {
            if (!trim(cur).empty())
                out.push_back(trim(cur));
            cur.clear();
        } else {
            cur += c;
        }
    }
    return out;
}

/// Edition from a product name such as "Microsoft Windows 11 Home" (EditionID values, windows-facts §4.5). [INF]
std::string editionFromName(const std::string &name)
{
    const std::string n = lower(name);
    if (n.find("server") != std::string::npos) {
        if (n.find("datacenter") != std::string::npos)
            return n.find("azure") != std::string::npos ? "ServerTurbine" : "ServerDatacenter";
        if (n.find("standard") != std::string::npos)
            return "ServerStandard";
        return {};
    }
    if (n.find("iot enterprise") != std::string::npos)
        return n.find("ltsc") != std::string::npos ? "IoTEnterpriseS" : "IoTEnterprise";
    if (n.find("enterprise") != std::string::npos)
        return n.find("ltsc") != std::string::npos ? "EnterpriseS" : "Enterprise";
    if (n.find("education") != std::string::npos)
        return n.find("pro") != std::string::npos ? "ProfessionalEducation" : "Education";
    if (n.find("pro for workstations") != std::string::npos)
        return "ProfessionalWorkstation";
    if (n.find(" pro") != std::string::npos)
        return "Professional";
    if (n.find("home") != std::string::npos)
        return "Core";
    if (n.find(" se") != std::string::npos)
        return "CloudEdition";
    return {};
}

} // namespace

EvidenceText decodeEvidence(const std::string &name, const std::string &bytes)
{
    std::string text;
    if (bytes.size() >= 2 && (unsigned char)bytes[0] == 0xFF && (unsigned char)bytes[1] == 0xFE)
        text = utf16ToUtf8(bytes, 2, false);
    else if (bytes.size() >= 2 && (unsigned char)bytes[0] == 0xFE && (unsigned char)bytes[1] == 0xFF)
        text = utf16ToUtf8(bytes, 2, true);
    else if (bytes.size() >= 4 && bytes[1] == 0 && bytes[3] == 0 && bytes[0] != 0) // UTF-16LE without BOM
        text = utf16ToUtf8(bytes, 0, false);
    else if (bytes.size() >= 3 && (unsigned char)bytes[0] == 0xEF && (unsigned char)bytes[1] == 0xBB &&
             (unsigned char)bytes[2] == 0xBF)
        text = bytes.substr(3);
    else
        text = bytes;
    EvidenceText out;
    out.name = name;
    std::string line;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\r' || c == '\n') {
            out.lines.push_back(line);
            line.clear();
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
        } else {
            line += c;
        }
    }
    if (!line.empty())
        out.lines.push_back(line);
    return out;
}

Expected<DeviceFacts> factsFromEvidence(const std::vector<EvidenceText> &files, EvidenceNotes *notes)
{
    DeviceFacts facts;
    Merger m(facts, notes);
    using D = DeviceFacts;

    for (const auto &file : files) {
        const int before = m.count();
        std::string listLabel; // a multi-line list under "Available Security Properties:" (24H2 systeminfo)
        std::vector<std::string> listItems;
        std::size_t listLine = 0;
        auto flushList = [&] {
            if (listLabel.empty())
                return;
            const std::string where = "evidence " + file.name + ":" + std::to_string(listLine);
            bool unknownName = false;
            const bool service = listLabel.find("services") != std::string::npos;
            IntList codes = namesToCodes(listItems, service ? serviceCode : propertyCode, unknownName);
            Fact<IntList> D::*member = listLabel.find("required") != std::string::npos     ? &D::vbsRequiredProperties
                                       : listLabel.find("available") != std::string::npos  ? &D::vbsAvailableProperties
                                       : listLabel.find("configured") != std::string::npos ? &D::vbsServicesConfigured
                                                                                           : &D::vbsServicesRunning;
            if (!unknownName)
                m.set(member, "vbs list", codes, where);
            listLabel.clear();
            listItems.clear();
        };

        for (std::size_t i = 0; i < file.lines.size(); ++i) {
            const std::string raw = file.lines[i];
            const std::string where = "evidence " + file.name + ":" + std::to_string(i + 1);
            const std::string t = trim(raw);
            if (t.empty() || t[0] == '#')
                continue;
            // Split "label<TAB>value" (msinfo32) or "label : value" / "label: value" (PowerShell, systeminfo).
            std::string label, value;
            const auto tab = t.find('\t');
            const auto colon = t.find(':');
            if (tab != std::string::npos && (colon == std::string::npos || tab < colon)) {
                label = t.substr(0, tab);
                value = trim(t.substr(tab + 1));
            } else if (colon != std::string::npos && !(colon == 1 && t.size() > 2 && t[2] == '\\')) {
                label = t.substr(0, colon);
                value = trim(t.substr(colon + 1));
            } else {
                // A line without a label: an item of a multi-line list, or a bare sentence.
                if (!listLabel.empty() && raw.size() > t.size()) {
                    listItems.push_back(t);
                    continue;
                }
                label = t;
            }
            std::string key = normalizeLabel(label);
            // systeminfo: "Hyper-V Requirements:      VM Monitor Mode Extensions: Yes" and the 24H2
            // "Virtualization-based security: Status: Running" carry a nested "label: value".
            if ((key == "hyper-v requirements" || key == "virtualization-based security") &&
                value.find(':') != std::string::npos) {
                const auto c2 = value.find(':');
                key = key == "virtualization-based security"
                          ? "virtualization-based security " + normalizeLabel(value.substr(0, c2))
                          : normalizeLabel(value.substr(0, c2));
                value = trim(value.substr(c2 + 1));
            }
            if (key.find("a hypervisor has been detected") != std::string::npos ||
                lower(value).find("a hypervisor has been detected") != std::string::npos) {
                flushList();
                m.set(&D::hypervisorPresent, "hypervisor.present", true, where);
                continue;
            }
            const bool vbsList = key.find("security properties") != std::string::npos ||
                                 key.find("services configured") != std::string::npos ||
                                 key.find("services running") != std::string::npos;
            if (vbsList && !value.empty() && value.front() != '{') {
                flushList();
                listLabel = key;
                listLine = i + 1;
                listItems = splitCommas(value);
                flushList();
                continue;
            }
            if (vbsList && value.empty()) {
                flushList();
                listLabel = key;
                listLine = i + 1;
                continue;
            }
            flushList();

            bool truncated = false;
            if (key == "virtualizationbasedsecuritystatus") {
                static const char *s[] = {"off", "enabled_not_running", "running"};
                const int v = std::atoi(value.c_str());
                if (v >= 0 && v <= 2 && !value.empty())
                    m.set(&D::vbsStatus, "vbs.status", std::string(s[v]), where + " (Win32_DeviceGuard)");
            } else if (key == "requiredsecurityproperties" || key == "availablesecurityproperties" ||
                       key == "securityservicesconfigured" || key == "securityservicesrunning") {
                Fact<IntList> D::*member = key == "requiredsecurityproperties"    ? &D::vbsRequiredProperties
                                           : key == "availablesecurityproperties" ? &D::vbsAvailableProperties
                                           : key == "securityservicesconfigured"  ? &D::vbsServicesConfigured
                                                                                  : &D::vbsServicesRunning;
                if (auto codes = codeList(value, truncated))
                    m.set(member, key.c_str(), *codes, where + " (Win32_DeviceGuard)");
                else if (truncated)
                    m.unknown(member,
                              "PowerShell truncated the list (" + value +
                                  "); run Get-CimInstance with "
                                  "| Format-List * or | ConvertTo-Json to see all of it",
                              where);
            } else if (key == "virtualization-based security" || key == "virtualization-based security status") {
                const std::string v = lower(value);
                if (v == "running")
                    m.set(&D::vbsStatus, "vbs.status", std::string("running"), where);
                else if (v == "not enabled")
                    m.set(&D::vbsStatus, "vbs.status", std::string("off"), where);
                else if (v.find("not running") != std::string::npos)
                    m.set(&D::vbsStatus, "vbs.status", std::string("enabled_not_running"), where);
            } else if (key == "secure boot state") {
                const std::string v = lower(value);
                if (v == "on" || v == "off" || v == "unsupported")
                    m.set(&D::firmwareSecureBoot, "firmware.secure_boot", v, where);
            } else if (key == "bios mode") {
                const std::string v = lower(value);
                if (v == "uefi")
                    m.set(&D::firmwareType, "firmware.type", std::string("uefi"), where);
                else if (v == "legacy")
                    m.set(&D::firmwareType, "firmware.type", std::string("bios"), where);
            } else if (key == "kernel dma protection") {
                if (auto b = yesNo(value))
                    m.set(&D::dmaKernelProtection, "dma.kernel_protection", *b, where);
            } else if (key == "vm monitor mode extensions" || key == "hyper-v - vm monitor mode extensions") {
                if (auto b = yesNo(value))
                    m.set(&D::cpuVirtualizationExtensions, "cpu.virtualization_extensions", *b, where);
            } else if (key == "virtualization enabled in firmware" ||
                       key == "hyper-v - virtualization enabled in firmware") {
                if (auto b = yesNo(value))
                    m.set(&D::firmwareVirtualizationEnabled, "firmware.virtualization_enabled", *b, where);
            } else if (key == "second level address translation" ||
                       key == "hyper-v - second level address translation extensions") {
                if (auto b = yesNo(value))
                    m.set(&D::cpuSlat, "cpu.slat", *b, where);
            } else if (key == "data execution prevention available" || key == "hyper-v - data execution protection") {
                if (auto b = yesNo(value))
                    m.set(&D::cpuNx, "cpu.nx", *b, where);
            } else if (key == "os name") {
                m.set(&D::osProductName, "os.product_name", value, where);
                const std::string e = editionFromName(value);
                if (!e.empty())
                    m.set(&D::osEditionId, "os.edition_id", e, where + " (edition from the product name) [INF]");
                m.set(&D::osInstallationType, "os.installation_type",
                      std::string(lower(value).find("server") != std::string::npos ? "server" : "client"), where);
            } else if (key == "version" || key == "os version") {
                // "10.0.22631 Build 22631" (msinfo32) or "10.0.20348 N/A Build 20348" (systeminfo)
                const auto b = lower(value).find("build ");
                if (b != std::string::npos) {
                    const std::string num = value.substr(b + 6);
                    if (!num.empty() && std::isdigit((unsigned char)num[0]))
                        m.set(&D::osBuild, "os.build", std::int64_t(std::stoll(num)), where);
                }
            } else if (key == "system name" || key == "host name") {
                m.set(&D::hostname, "device.hostname", value, where);
            } else if (key == "system manufacturer") {
                m.set(&D::manufacturer, "device.manufacturer", value, where);
            } else if (key == "system model") {
                m.set(&D::model, "device.model", value, where);
            } else if (key == "system type") {
                const std::string v = lower(value);
                if (v.find("arm64") != std::string::npos)
                    m.set(&D::osArch, "os.arch", std::string("arm64"), where);
                else if (v.find("x64") != std::string::npos)
                    m.set(&D::osArch, "os.arch", std::string("x64"), where);
                else if (v.find("x86") != std::string::npos)
                    m.set(&D::osArch, "os.arch", std::string("x86"), where);
            }
        }
        flushList();
        if (notes)
            notes->formats.push_back(file.name + ": " + std::to_string(m.count() - before) + " fact(s)");
        if (m.count() == before)
            return makeError(ErrorCode::BadInput,
                             file.name +
                                 ": no msinfo32, systeminfo or Win32_DeviceGuard lines were recognized in "
                                 "this file (" +
                                 std::to_string(file.lines.size()) + " lines)");
    }

    // Everything no file stated: unknown, not provided.
    visitFacts(facts, [](const char *id, auto &f) {
        if (!f.isKnown() && f.detail().empty())
            f = std::decay_t<decltype(f)>::unknown(UnknownReason::NotProvided,
                                                   std::string("no evidence file states ") + id, "evidence");
    });
    // A running VBS proves a hypervisor, whatever Win32_Processor says.
    if (facts.vbsStatus.is("running") && !facts.hypervisorPresent.isKnown())
        facts.hypervisorPresent = Fact<bool>::known(true, facts.vbsStatus.source() + " (VBS running implies it) [INF]");
    return facts;
}

} // namespace hpr
