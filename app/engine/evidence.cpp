#include "evidence.h"

#include "codepage.h"
#include "evidencetables.h"
#include "msinfo.h"
#include "registrypaths.h"
#include "safexml.h"
#include "secureboot.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstring>
#include <map>
#include <type_traits>

namespace hpr {

namespace {

using evtab::fold;
using evtab::Label;
using evtab::ListWord;
using evtab::ValueKind;

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
        if (unit >= 0xD800 && unit < 0xE000)
            unit = 0xFFFD; // a lone surrogate (a file cut mid-pair)
        appendUtf8(out, unit);
    }
    return out;
}

std::vector<std::string> splitLines(const std::string &text)
{
    std::vector<std::string> lines;
    std::string line;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\r' || c == '\n') {
            lines.push_back(line);
            line.clear();
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
        } else {
            line += c;
        }
    }
    if (!line.empty())
        lines.push_back(line);
    return lines;
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

std::string trim(const std::string &s)
{
    static const char *ws = " \t\r\n";
    std::size_t b = s.find_first_not_of(ws);
    if (b == std::string::npos)
        return {};
    std::size_t e = s.find_last_not_of(ws);
    std::string out = s.substr(b, e - b + 1);
    // NBSP (U+00A0) and ideographic space (U+3000) at either end, as pasted copies carry them
    for (const std::string sp : {"\xC2\xA0", "\xE3\x80\x80"}) {
        while (out.rfind(sp, 0) == 0)
            out.erase(0, sp.size());
        while (out.size() >= sp.size() && out.compare(out.size() - sp.size(), sp.size(), sp) == 0)
            out.erase(out.size() - sp.size());
    }
    return out == s ? out : trim(out);
}

std::optional<long long> parseInt(const std::string &s, int base = 10)
{
    long long v = 0;
    const char *b = s.data(), *e = s.data() + s.size();
    const auto [p, ec] = std::from_chars(b, e, v, base);
    if (ec != std::errc() || p != e || b == e)
        return std::nullopt;
    return v;
}

/// "label<TAB>value" (msinfo32), "label : value" / "label: value" (PowerShell, systeminfo); nullopt without either.
std::optional<std::pair<std::string, std::string>> splitLabel(const std::string &t)
{
    const auto tab = t.find('\t');
    if (tab != std::string::npos)
        return std::make_pair(t.substr(0, tab), trim(t.substr(tab + 1)));
    auto colon = t.find(':');
    const auto wide = t.find("\xEF\xBC\x9A"); // fullwidth colon
    std::size_t sepLen = 1;
    if (wide != std::string::npos && (colon == std::string::npos || wide < colon)) {
        colon = wide;
        sepLen = 3;
    }
    if (colon == std::string::npos || colon == 0)
        return std::nullopt;
    if (colon == 1 && t.size() > 2 && t[2] == '\\') // "C:\Windows"
        return std::nullopt;
    return std::make_pair(t.substr(0, colon), trim(t.substr(colon + sepLen)));
}

/// A pasted msinfo32 line whose tab became spaces: the longest run of leading words that is a known label.
std::optional<std::pair<std::string, std::string>> splitKnownLabel(const std::string &t)
{
    std::vector<std::size_t> spaces;
    for (std::size_t i = 0; i < t.size(); ++i)
        if (t[i] == ' ' && (i == 0 || t[i - 1] != ' '))
            spaces.push_back(i);
    for (auto it = spaces.rbegin(); it != spaces.rend(); ++it) {
        const std::string label = t.substr(0, *it);
        const std::string f = fold(label);
        if (evtab::findLabel(f) || evtab::findVbsListLabel(f))
            return std::make_pair(label, trim(t.substr(*it)));
    }
    return std::nullopt;
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
        ++m_count;
        if constexpr (std::is_same_v<T, std::string>) {
            // Files that name different hosts describe different devices: merging them would mix two PCs.
            if (member == &DeviceFacts::hostname && f.isKnown() && lower(f.value()) != lower(value)) {
                if (m_mixed.empty())
                    m_mixed = f.source() + " names the device " + f.value() + ", " + where + " names " + value;
                return;
            }
            if (member == &DeviceFacts::hostname && f.isKnown())
                return; // the same name in another case
        }
        if (f.isKnown()) {
            if (!(f.value() == value))
                disagree(id, f.source(), displayValue(f), where, displayValue(Fact<T>::known(value, where)));
            return;
        }
        f = Fact<T>::known(std::move(value), where);
    }
    template <class T>
    void unknown(Fact<T> DeviceFacts::*member, const std::string &why, const std::string &where,
                 UnknownReason reason = UnknownReason::NotProvided)
    {
        Fact<T> &f = m_facts.*member;
        ++m_count;
        if (!f.isKnown() && f.detail().empty())
            f = Fact<T>::unknown(reason, why, where);
    }
    /// Two files state different values of one fact (or registry value): the first one stays.
    void disagree(const std::string &what, const std::string &firstWhere, const std::string &first,
                  const std::string &otherWhere, const std::string &other)
    {
        if (!m_notes)
            return;
        //: %1 a fact ID or registry value, %2 and %4 a file and line, %3 and %5 the values they state.
        Text t(QT_TRANSLATE_NOOP("hpr::engine", "%1: %2 says %3, %4 says %5"),
               {what, firstWhere, first, otherWhere, other});
        m_notes->disagreements.push_back(t.str());
        m_notes->disagreementTexts.push_back(std::move(t));
    }
    void unread(Text what)
    {
        if (!m_notes)
            return;
        m_notes->unread.push_back(what.str());
        m_notes->unreadTexts.push_back(std::move(what));
    }
    int count() const { return m_count; }
    const std::string &mixedDevices() const { return m_mixed; }

    /// A value of a Secure Boot servicing key (windows-facts-2.md A.3) as a listing shows it; the first file wins.
    void secureBootValue(const std::string &key, const std::string &name, const RegValue &value,
                         const std::string &where)
    {
        ++m_count;
        const std::string id = key + "\\" + lower(name);
        const auto it = m_sbValues.find(id);
        if (it == m_sbValues.end()) {
            m_sbValues.emplace(id, std::make_pair(value, where));
            return;
        }
        if (!(it->second.first == value))
            disagree("HKLM\\" + key + "\\" + name, it->second.second, it->second.first.displayData(), where,
                     value.displayData());
    }
    /// A value of a Secure Boot servicing key whose data could not be read (kept unknown, with where and what).
    void secureBootUnreadable(const std::string &key, const std::string &name, const std::string &why)
    {
        m_sbUnreadable.emplace(key + "\\" + lower(name), why);
    }
    /// A Secure Boot servicing key a listing names (its first mention).
    void secureBootKey(const std::string &key, const std::string &where) { m_sbKeys.emplace(key, where); }

    /// The servicing facts from what the listings showed, through the derivation the collector uses.
    void secureBootServicing()
    {
        auto read = [this](const char *key, const char *name) {
            const std::string display = reg::display(key, name);
            const auto it = m_sbValues.find(lower(key) + "\\" + lower(name));
            if (it != m_sbValues.end())
                return Fact<std::optional<RegValue>>::known(it->second.first, it->second.second + " (" + display + ")");
            if (const auto bad = m_sbUnreadable.find(lower(key) + "\\" + lower(name)); bad != m_sbUnreadable.end())
                return Fact<std::optional<RegValue>>::unknown(UnknownReason::Failed, bad->second,
                                                              "evidence (" + display + ")");
            const auto listed = m_sbKeys.find(lower(key));
            return Fact<std::optional<RegValue>>::unknown(
                UnknownReason::NotProvided,
                listed != m_sbKeys.end()
                    ? "the listing of the key at " + listed->second + " does not show " + name +
                          " (a value a listing does not show stays unknown: the paste may be cut off)"
                    : "no evidence file lists " + display,
                "evidence");
        };
        const auto servicing = m_sbKeys.find(lower(reg::kSecureBootServicing));
        secureboot::servicingFacts(
            m_facts, read,
            servicing != m_sbKeys.end()
                ? Fact<bool>::known(true, servicing->second)
                : Fact<bool>::unknown(UnknownReason::NotProvided, "no evidence file lists the Servicing key"));
    }

private:
    DeviceFacts &m_facts;
    EvidenceNotes *m_notes;
    int m_count = 0;
    std::string m_mixed;
    std::map<std::string, std::pair<RegValue, std::string>> m_sbValues; ///< "key\\name" (lower case)
    std::map<std::string, std::string> m_sbKeys;                        ///< key (lower case) -> where
    std::map<std::string, std::string> m_sbUnreadable;                  ///< "key\\name" -> why
};

using D = DeviceFacts;

std::optional<bool> yesNo(const std::string &v)
{
    const std::string s = lower(trim(v));
    if (s == "true" || s == "1")
        return true;
    if (s == "false" || s == "0")
        return false;
    if (auto c = evtab::findValue(ValueKind::YesNo, fold(v)))
        return *c == "yes";
    if (auto c = evtab::findValue(ValueKind::OnOff, fold(v)); c && *c != "unsupported")
        return *c == "on";
    return std::nullopt;
}

/// "{1, 2, 3}" (PowerShell) -> codes; names (Get-ComputerInfo) too; nullopt when truncated ("{1, 2, 3, 5...}").
std::optional<IntList> codeList(const std::string &v, bool service, bool &truncated)
{
    std::string s = trim(v);
    truncated = s.find("...") != std::string::npos || s.find("\xE2\x80\xA6") != std::string::npos;
    if (truncated || s.size() < 2 || s.front() != '{' || s.back() != '}')
        return std::nullopt;
    IntList out;
    std::string item;
    for (char c : s.substr(1, s.size() - 2) + ",") {
        if (c != ',') {
            item += c;
            continue;
        }
        const std::string t = trim(item);
        item.clear();
        if (t.empty())
            continue;
        if (auto n = parseInt(t); n && *n >= 0 && *n < 1000) {
            out.push_back(int(*n));
        } else if (auto code = evtab::findValue(service ? ValueKind::Service : ValueKind::Property, fold(t))) {
            out.push_back(int(*parseInt(*code)));
        } else {
            return std::nullopt;
        }
    }
    return out;
}

int nameCode(const std::string &name, bool service)
{
    if (auto code = evtab::findValue(service ? ValueKind::Service : ValueKind::Property, fold(name)))
        return int(*parseInt(*code));
    const std::string n = lower(trim(name));
    for (int c = 1; c <= 8; ++c)
        if (n == lower(service ? securityServiceName(c) : securityPropertyName(c)))
            return c;
    if (!service && n.find("secure memory overwrite") != std::string::npos)
        return 4;
    if (service && n.find("code integrity") != std::string::npos)
        return 2;
    if (service && (n.find("secure launch") != std::string::npos || n.find("system guard") != std::string::npos))
        return 3;
    return -1;
}

/// msinfo32 / systeminfo names -> codes; {0} for an empty list; nullopt when a name is not known.
std::optional<IntList> namesToCodes(const std::vector<std::string> &names, bool service)
{
    IntList out;
    for (const auto &n : names) {
        if (trim(n).empty())
            continue;
        const int c = nameCode(n, service);
        if (c < 0)
            return std::nullopt;
        out.push_back(c);
    }
    if (out.empty())
        out.push_back(0);
    return out;
}

std::vector<std::string> splitNames(std::string s)
{
    for (const std::string sep : {"\xEF\xBC\x8C", "\xE3\x80\x81"}) // fullwidth comma, ideographic comma
        for (auto pos = s.find(sep); pos != std::string::npos; pos = s.find(sep))
            s.replace(pos, sep.size(), ",");
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
    auto has = [&n](const char *w) { return n.find(w) != std::string::npos; };
    if (has("server")) {
        if (has("datacenter"))
            return has("azure") ? "ServerTurbine" : "ServerDatacenter";
        if (has("standard"))
            return "ServerStandard";
        return {};
    }
    if (has("iot enterprise"))
        return has("ltsc") ? "IoTEnterpriseS" : "IoTEnterprise";
    if (has("enterprise") || has("企业版") || has("корпоративная"))
        return has("ltsc") ? "EnterpriseS" : "Enterprise";
    if (has("专业教育版") || (has("education") && has("pro")))
        return "ProfessionalEducation";
    if (has("education") || has("教育版"))
        return "Education";
    if (has("pro for workstations") || has("专业工作站版"))
        return "ProfessionalWorkstation";
    if (has(" pro") || has("专业版"))
        return "Professional";
    if (has("家庭中文版") || has("single language") || has("home china"))
        return {}; // country-specific and single-language Home editions: EditionID not derivable with certainty
    if (has("home") || has("家庭版") || has("домашняя"))
        return "Core";
    if (has(" se"))
        return {};
    return {};
}

/// "10.0.22631 Build 22631", "10.0.20348 N/A Build 20348", "10.0.19045 Н/Д построение 19045": the shape of the OS
/// version line in every language (a dotted version whose third part comes back at the end). nullopt otherwise.
std::optional<std::int64_t> buildFromVersion(const std::string &value)
{
    const std::string v = trim(value);
    std::size_t i = 0;
    int dots = 0;
    std::size_t thirdStart = 0;
    while (i < v.size() && (std::isdigit((unsigned char)v[i]) || v[i] == '.')) {
        if (v[i] == '.' && ++dots == 2)
            thirdStart = i + 1;
        ++i;
    }
    if (dots != 2 || thirdStart == 0)
        return std::nullopt;
    const std::string build = v.substr(thirdStart, i - thirdStart);
    if (build.size() < 4 || build.size() > 6)
        return std::nullopt;
    const std::string rest = v.substr(i);
    const auto at = rest.rfind(build);
    if (at == std::string::npos || at + build.size() != rest.size() || rest.empty())
        return std::nullopt;
    return *parseInt(build);
}

std::optional<std::string> archFromSystemType(const std::string &value)
{
    const std::string v = lower(value);
    if (v.find("arm64") != std::string::npos)
        return "arm64";
    if (v.find("x64") != std::string::npos)
        return "x64";
    if (v.find("x86") != std::string::npos)
        return "x86";
    return std::nullopt;
}

/// Registry values that map to facts (registrypaths.h; windows-facts §2.1-§2.6).
struct RegFact
{
    const char *key;
    const char *value;
    Fact<OptInt> DeviceFacts::*member;
    const char *id;
};
const RegFact kRegFacts[] = {
    {reg::kDeviceGuard, reg::kEnableVbs, &D::vbsRuntimeEnable, "vbs.runtime_enable"},
    {reg::kDeviceGuard, reg::kRequireFeatures, &D::vbsRuntimeRequireFeatures, "vbs.runtime_require_features"},
    {reg::kDeviceGuard, reg::kLocked, &D::vbsRuntimeLocked, "vbs.runtime_locked"},
    {reg::kDeviceGuard, reg::kMandatory, &D::vbsRuntimeMandatory, "vbs.runtime_mandatory"},
    {reg::kHvciScenario, reg::kEnabled, &D::vbsHvciEnabled, "vbs.hvci_enabled"},
    {reg::kHvciScenario, reg::kLocked, &D::vbsHvciLocked, "vbs.hvci_locked"},
    {reg::kDeviceGuardPolicy, reg::kEnableVbs, &D::vbsGpoEnable, "vbs.gpo_enable"},
    {reg::kDeviceGuardPolicy, reg::kRequireFeatures, &D::vbsGpoRequireFeatures, "vbs.gpo_require_features"},
    {reg::kDeviceGuardPolicy, reg::kGpoHvci, &D::vbsGpoHvci, "vbs.gpo_hvci"},
    {reg::kMdmDeviceGuard, reg::kEnableVbs, &D::vbsMdmEnable, "vbs.mdm_enable"},
    {reg::kMdmDeviceGuard, reg::kRequireFeatures, &D::vbsMdmRequireFeatures, "vbs.mdm_require_features"},
    {reg::kMdmVbt, reg::kGpoHvci, &D::vbsMdmHvci, "vbs.mdm_hvci"},
    {reg::kMemoryManagement, reg::kHotPatchRestrictions, &D::chpeHotPatchRestrictions, "chpe.hotpatch_restrictions"},
    {reg::kMdmSystem, reg::kDisableChpe, &D::chpeMdmDisableChpe, "chpe.mdm_disable_chpe"},
};

/// "HKEY_LOCAL_MACHINE\SYSTEM\..." / "HKLM\..." / "Computer\HKEY_LOCAL_MACHINE\..." / "[HKEY_...]" -> the path
/// under HKLM, lower case; nullopt when the line names no HKLM key.
std::optional<std::string> registryKey(const std::string &t)
{
    std::string s = t;
    if (s.size() >= 2 && s.front() == '[' && s.back() == ']')
        s = s.substr(1, s.size() - 2);
    const std::string l = lower(s);
    for (const char *hive : {"hkey_local_machine\\", "hklm\\"}) {
        const auto at = l.find(hive);
        if (at != std::string::npos && (at == 0 || l[at - 1] == '\\'))
            return l.substr(at + std::char_traits<char>::length(hive));
    }
    return std::nullopt;
}

class FileParser
{
public:
    FileParser(const EvidenceText &file, Merger &m)
        : m_file(file)
        , m_m(m)
    {
    }

    Status run()
    {
        std::size_t first = 0;
        while (first < m_file.lines.size() && trim(m_file.lines[first]).empty())
            ++first;
        if (first < m_file.lines.size() && trim(m_file.lines[first]).rfind("<", 0) == 0)
            return nfo();
        for (std::size_t i = 0; i < m_file.lines.size(); ++i)
            line(m_file.lines[i], i + 1);
        flushList();
        return {};
    }
    std::string formats() const
    {
        std::string out;
        for (const auto &f : m_formats)
            out += (out.empty() ? "" : ", ") + f;
        return out.empty() ? "nothing recognized" : out;
    }

private:
    std::string where(std::size_t line) const { return "evidence " + m_file.name + ":" + std::to_string(line); }
    void format(const char *f)
    {
        if (std::find(m_formats.begin(), m_formats.end(), f) == m_formats.end())
            m_formats.push_back(f);
    }
    void notUnderstood(std::size_t line, const std::string &label, const std::string &value)
    {
        //: %1 a file, %2 a line number, %3 the label in the file, %4 its value.
        m_m.unread(Text(QT_TRANSLATE_NOOP("hpr::engine", "%1:%2: %3 value '%4' not understood; the fact stays unknown"),
                        {m_file.name, std::to_string(line), trim(label), value}));
    }

    /// msinfo32 /nfo: every element with exactly two text-only children is a (label, value) pair, whatever the
    /// elements are called (their names are localized: <Элемент>/<Значение> in Russian .nfo files).
    Status nfo()
    {
        std::string text;
        for (const auto &l : m_file.lines)
            text += l + "\n";
        auto root = parseSafeXml(text, m_file.name);
        if (!root)
            return root.error();
        format("msinfo32 .nfo XML");
        std::vector<const XmlElement *> stack{&*root};
        std::vector<std::pair<std::size_t, std::pair<std::string, std::string>>> pairs;
        while (!stack.empty()) {
            const XmlElement *e = stack.back();
            stack.pop_back();
            if (e->children.size() == 2 && e->children[0].children.empty() && e->children[1].children.empty()) {
                pairs.push_back({e->children[0].line, {trim(e->children[0].text), trim(e->children[1].text)}});
                continue;
            }
            for (auto it = e->children.rbegin(); it != e->children.rend(); ++it)
                stack.push_back(&*it);
        }
        for (const auto &[line, kv] : pairs)
            if (!hypervisorSentence(kv.first, line))
                labelled(kv.first, kv.second, line, false);
        return {};
    }

    void line(const std::string &raw, std::size_t n)
    {
        const std::string t = trim(raw);
        const bool indented = !raw.empty() && (raw[0] == ' ' || raw[0] == '\t');
        if (t.empty() || t[0] == '#') {
            if (t.empty())
                endBlocks();
            return;
        }
        if (secureBootUefiLine(t, n))
            return;
        if (registryLine(t, n))
            return;
        if (hypervisorSentence(t, n))
            return;
        // msinfo32 ends every value with a TAB, so an empty value leaves "label<TAB>"; keep that TAB.
        const auto lead = raw.find_first_not_of(" ");
        auto split = raw.find('\t', lead) != std::string::npos ? splitLabel(raw.substr(lead)) : splitLabel(t);
        if (!split && !indented)
            split = splitKnownLabel(t);
        if (!split && !indented) {
            const std::string f = fold(t);
            if (evtab::findLabel(f) || evtab::findVbsListLabel(f))
                split = std::make_pair(t, std::string());
        }
        if (!split) {
            // A line without a label: an item of a multi-line list (24H2 systeminfo), or a bare sentence.
            if (m_listWord && indented)
                m_listItems.push_back(t);
            return;
        }
        labelled(split->first, split->second, n, indented);
    }

    /// "A hypervisor has been detected. Features required for Hyper-V will not be displayed." in any language.
    bool hypervisorSentence(const std::string &text, std::size_t n)
    {
        if (!evtab::findValue(ValueKind::Hypervisor, fold(text)))
            return false;
        flushList();
        format("Hyper-V block");
        m_m.set(&D::hypervisorPresent, "hypervisor.present", true, where(n));
        return true;
    }

    void endBlocks()
    {
        flushList();
        m_hyperVIndex = -1;
        m_vbsBlock = false;
    }

    /// Win32_DeviceGuard, Win32_Tpm, Get-Tpm and Get-ComputerInfo properties ("Name : value"); true if handled.
    bool powershell(const std::string &label, const std::string &value, std::size_t n)
    {
        std::string key;
        for (char c : lower(trim(label)))
            if (c != ' ')
                key += c;
        const std::string w = where(n);
        const bool blank = value.empty();
        auto boolean = [&](Fact<bool> D::*member, const char *id, const char *fmt) {
            format(fmt);
            if (blank)
                m_m.unknown(member,
                            std::string("blank in ") + fmt + " (" + label +
                                "): Windows leaves it blank when it cannot tell, e.g. while a hypervisor runs",
                            w);
            else if (auto b = yesNo(value))
                m_m.set(member, id, *b, w);
            else
                notUnderstood(n, label, value);
        };
        auto list = [&](Fact<IntList> D::*member, const char *id, bool service, const char *fmt) {
            format(fmt);
            bool truncated = false;
            if (auto codes = codeList(value, service, truncated))
                m_m.set(member, id, *codes, w + " (" + fmt + ")");
            else if (truncated)
                m_m.unknown(member,
                            "PowerShell truncated the list (" + value +
                                "); run Get-CimInstance with | Format-List * or | ConvertTo-Json to see all of it",
                            w);
            else if (blank)
                m_m.unknown(member, std::string("blank in ") + fmt, w);
            else
                notUnderstood(n, label, value);
        };
        static const char *dg = "Win32_DeviceGuard", *gci = "Get-ComputerInfo", *tpm = "Get-Tpm";
        if (key == "virtualizationbasedsecuritystatus") {
            format(dg);
            static const char *s[] = {"off", "enabled_not_running", "running"};
            if (auto v = parseInt(value); v && *v >= 0 && *v <= 2)
                m_m.set(&D::vbsStatus, "vbs.status", std::string(s[*v]), w + " (Win32_DeviceGuard)");
            else
                notUnderstood(n, label, value);
        } else if (key == "deviceguardsmartstatus") {
            format(gci);
            const std::string v = lower(value);
            if (v == "running" || v == "2")
                m_m.set(&D::vbsStatus, "vbs.status", std::string("running"), w + " (Get-ComputerInfo)");
            else if (v == "configured" || v == "1")
                m_m.set(&D::vbsStatus, "vbs.status", std::string("enabled_not_running"), w + " (Get-ComputerInfo)");
            else if (v == "off" || v == "0")
                m_m.set(&D::vbsStatus, "vbs.status", std::string("off"), w + " (Get-ComputerInfo)");
            else if (blank)
                m_m.unknown(&D::vbsStatus, "blank in Get-ComputerInfo (DeviceGuardSmartStatus)", w);
            else
                notUnderstood(n, label, value);
        } else if (key == "requiredsecurityproperties" || key == "deviceguardrequiredsecurityproperties") {
            list(&D::vbsRequiredProperties, "vbs.required_properties", false, key[0] == 'd' ? gci : dg);
        } else if (key == "availablesecurityproperties" || key == "deviceguardavailablesecurityproperties") {
            list(&D::vbsAvailableProperties, "vbs.available_properties", false, key[0] == 'd' ? gci : dg);
        } else if (key == "securityservicesconfigured" || key == "deviceguardsecurityservicesconfigured") {
            list(&D::vbsServicesConfigured, "vbs.services_configured", true, key[0] == 'd' ? gci : dg);
        } else if (key == "securityservicesrunning" || key == "deviceguardsecurityservicesrunning") {
            list(&D::vbsServicesRunning, "vbs.services_running", true, key[0] == 'd' ? gci : dg);
        } else if (key == "hypervisorpresent") {
            boolean(&D::hypervisorPresent, "hypervisor.present", gci);
        } else if (key == "hypervrequirementvmmonitormodeextensions") {
            boolean(&D::cpuVirtualizationExtensions, "cpu.virtualization_extensions", gci);
        } else if (key == "hypervrequirementvirtualizationfirmwareenabled") {
            boolean(&D::firmwareVirtualizationEnabled, "firmware.virtualization_enabled", gci);
        } else if (key == "hypervrequirementsecondleveladdresstranslation") {
            boolean(&D::cpuSlat, "cpu.slat", gci);
        } else if (key == "hypervrequirementdataexecutionpreventionavailable") {
            boolean(&D::cpuNx, "cpu.nx", gci);
        } else if (key == "csname" && !blank) {
            format(gci);
            m_m.set(&D::hostname, "device.hostname", value, w);
        } else if (key == "csmanufacturer" && !blank) {
            format(gci);
            m_m.set(&D::manufacturer, "device.manufacturer", value, w);
        } else if (key == "csmodel" && !blank) {
            format(gci);
            m_m.set(&D::model, "device.model", value, w);
        } else if (key == "windowseditionid" && !blank) {
            format(gci);
            m_m.set(&D::osEditionId, "os.edition_id", value, w);
        } else if (key == "osname" && !blank) {
            format(gci);
            osName(value, w);
        } else if (key == "osbuildnumber") {
            format(gci);
            if (auto b = parseInt(value); b && *b > 0)
                m_m.set(&D::osBuild, "os.build", std::int64_t(*b), w);
            else
                notUnderstood(n, label, value);
        } else if (key == "cssystemtype" && !blank) {
            format(gci);
            if (auto a = archFromSystemType(value))
                m_m.set(&D::osArch, "os.arch", *a, w);
        } else if (key == "biosfirmwaretype") {
            format(gci);
            const std::string v = lower(value);
            if (v == "uefi")
                m_m.set(&D::firmwareType, "firmware.type", std::string("uefi"), w);
            else if (v == "bios")
                m_m.set(&D::firmwareType, "firmware.type", std::string("bios"), w);
            else if (!blank)
                notUnderstood(n, label, value);
        } else if (key == "tpmpresent") {
            boolean(&D::tpmPresent, "tpm.present", tpm);
        } else if (key == "manufacturerversionfull20") {
            format(tpm);
            if (lower(value).find("not supported for tpm 1.2") != std::string::npos)
                m_m.set(&D::tpmVersion, "tpm.version", std::string("1.2"), w);
            else if (!blank && std::isdigit((unsigned char)value[0]))
                m_m.set(&D::tpmVersion, "tpm.version", std::string("2.0"),
                        w + " (a TPM 2.0 firmware version is shown) [INF]");
        } else if (key == "specversion" && !blank) {
            format("Win32_Tpm");
            if (auto v = tpmVersionFromSpecVersion(value))
                m_m.set(&D::tpmVersion, "tpm.version", *v, w + " (Win32_Tpm SpecVersion)");
            else
                notUnderstood(n, label, value);
        } else {
            return false;
        }
        return true;
    }

    void osName(const std::string &value, const std::string &w)
    {
        m_m.set(&D::osProductName, "os.product_name", value, w);
        const std::string e = editionFromName(value);
        if (!e.empty())
            m_m.set(&D::osEditionId, "os.edition_id", e, w + " (edition from the product name) [INF]");
        m_m.set(&D::osInstallationType, "os.installation_type",
                std::string(lower(value).find("server") != std::string::npos ? "server" : "client"), w);
    }

    void labelled(const std::string &rawLabel, const std::string &value, std::size_t n, bool indented)
    {
        // Continuation lines of the systeminfo "Hyper-V Requirements" and 24H2 VBS blocks.
        if (indented && m_hyperVIndex >= 0) {
            hyperVItem(rawLabel, value, n);
            return;
        }
        if (indented && m_vbsBlock) {
            vbsBlockItem(rawLabel, value, n);
            return;
        }
        endBlocks();
        // PowerShell property names have no spaces ("RequiredSecurityProperties", "TpmPresent").
        if (trim(rawLabel).find(' ') == std::string::npos && powershell(rawLabel, value, n))
            return;
        const std::string f = fold(rawLabel);
        const std::string w = where(n);

        const auto label = evtab::findLabel(f);
        if (!label) {
            if (auto which = evtab::findVbsListLabel(f)) {
                format("msinfo32 VBS lines");
                listLine(*which, value, n);
                return;
            }
            // Recognized by shape alone: the OS version line ("10.0.22631 ... 22631") and "UEFI" under a BIOS label.
            if (auto b = buildFromVersion(value)) {
                m_m.set(&D::osBuild, "os.build", *b, w + " (recognized by its shape)");
            } else if (f.find("bios") != std::string::npos && lower(value) == "uefi") {
                m_m.set(&D::firmwareType, "firmware.type", std::string("uefi"), w + " (recognized by its value)");
            }
            return;
        }
        switch (*label) {
        case Label::OsName:
            if (!value.empty())
                osName(value, w);
            break;
        case Label::OsVersion:
            if (auto b = buildFromVersion(value))
                m_m.set(&D::osBuild, "os.build", *b, w);
            break;
        case Label::HostName:
            if (!value.empty())
                m_m.set(&D::hostname, "device.hostname", value, w);
            break;
        case Label::Manufacturer:
            if (!value.empty())
                m_m.set(&D::manufacturer, "device.manufacturer", value, w);
            break;
        case Label::Model:
            if (!value.empty())
                m_m.set(&D::model, "device.model", value, w);
            break;
        case Label::SystemType: setOrNote(archFromSystemType(value), &D::osArch, "os.arch", rawLabel, value, n); break;
        case Label::BiosMode:
            setOrNote(evtab::findValue(ValueKind::BiosMode, fold(value)), &D::firmwareType, "firmware.type", rawLabel,
                      value, n);
            break;
        case Label::SecureBootState:
            setOrNote(evtab::findValue(ValueKind::OnOff, fold(value)), &D::firmwareSecureBoot, "firmware.secure_boot",
                      rawLabel, value, n);
            break;
        case Label::KernelDma:
            if (auto v = evtab::findValue(ValueKind::OnOff, fold(value)); v && *v != "unsupported")
                m_m.set(&D::dmaKernelProtection, "dma.kernel_protection", *v == "on", w);
            else
                notUnderstood(n, rawLabel, value);
            break;
        case Label::Vbs:
            format("VBS status");
            if (const auto colon = splitLabel(value)) {
                // systeminfo 24H2: "Virtualization-based security: Status: Running", then an indented block
                m_vbsBlock = true;
                vbsBlockItem(colon->first, colon->second, n);
            } else {
                vbsState(rawLabel, value, n);
            }
            break;
        case Label::HyperVRequirements:
            format("systeminfo Hyper-V block");
            if (const auto nested = splitLabel(value)) {
                m_hyperVIndex = 0;
                hyperVItem(nested->first, nested->second, n);
            } else if (!value.empty()) {
                // One sentence instead of the four requirements: the hypervisor-detected form, in any language.
                m_m.set(&D::hypervisorPresent, "hypervisor.present", true,
                        w + (evtab::findValue(ValueKind::Hypervisor, fold(value))
                                 ? ""
                                 : " (recognized by the block shape)"));
            }
            break;
        case Label::VmMonitorExtensions:
        case Label::VirtualizationInFirmware:
        case Label::Slat:
        case Label::Dep: requirement(*label, rawLabel, value, n, ""); break;
        case Label::VbsStatusItem: break; // "Status" outside the VBS block says nothing
        }
    }

    /// The value the tables read, or a "not understood" note for the line.
    void setOrNote(const std::optional<std::string> &v, Fact<std::string> D::*member, const char *id,
                   const std::string &rawLabel, const std::string &value, std::size_t n)
    {
        if (v)
            m_m.set(member, id, *v, where(n));
        else
            notUnderstood(n, rawLabel, value);
    }

    void vbsState(const std::string &rawLabel, const std::string &value, std::size_t n)
    {
        const std::string w = where(n);
        if (auto v = evtab::findValue(ValueKind::VbsState, fold(value)))
            m_m.set(&D::vbsStatus, "vbs.status", *v, w);
        else if (lower(value).find("not running") != std::string::npos)
            m_m.set(&D::vbsStatus, "vbs.status", std::string("enabled_not_running"), w);
        else
            notUnderstood(n, rawLabel, value);
    }

    void requirement(Label label, const std::string &rawLabel, const std::string &value, std::size_t n, const char *how)
    {
        const auto b = yesNo(value);
        if (!b) {
            notUnderstood(n, rawLabel, value);
            return;
        }
        const std::string w = where(n) + how;
        switch (label) {
        case Label::VmMonitorExtensions:
            m_m.set(&D::cpuVirtualizationExtensions, "cpu.virtualization_extensions", *b, w);
            break;
        case Label::VirtualizationInFirmware:
            m_m.set(&D::firmwareVirtualizationEnabled, "firmware.virtualization_enabled", *b, w);
            break;
        case Label::Slat: m_m.set(&D::cpuSlat, "cpu.slat", *b, w); break;
        case Label::Dep: m_m.set(&D::cpuNx, "cpu.nx", *b, w); break;
        default: break;
        }
    }

    /// One of the four systeminfo Hyper-V requirement lines, by its label or, when the label is not in the
    /// tables, by its position: systeminfo always prints them in this order.
    void hyperVItem(const std::string &rawLabel, const std::string &value, std::size_t n)
    {
        static const Label order[] = {Label::VmMonitorExtensions, Label::VirtualizationInFirmware, Label::Slat,
                                      Label::Dep};
        const int index = m_hyperVIndex++;
        auto label = evtab::findLabel(fold(rawLabel));
        if (label && (*label == Label::VmMonitorExtensions || *label == Label::VirtualizationInFirmware ||
                      *label == Label::Slat || *label == Label::Dep))
            requirement(*label, rawLabel, value, n, "");
        else if (index >= 0 && index < 4)
            requirement(order[index], rawLabel, value, n, " (by its position in the Hyper-V block)");
    }

    void vbsBlockItem(const std::string &rawLabel, const std::string &value, std::size_t n)
    {
        flushList();
        const std::string f = fold(rawLabel);
        if (auto l = evtab::findLabel(f); l && *l == Label::VbsStatusItem) {
            vbsState(rawLabel, value, n);
            return;
        }
        for (const auto &w : evtab::listWordTexts()) {
            if (f.find(fold(w.text)) == std::string::npos)
                continue;
            if (value.empty()) {
                m_listWord = w.word;
                m_listLine = n;
                m_listService = isServiceList(w.word);
            } else {
                listLine(w.word, value, n);
            }
            return;
        }
    }

    static bool isServiceList(ListWord word) { return word == ListWord::Configured || word == ListWord::Running; }

    struct ListFact
    {
        Fact<IntList> D::*member;
        const char *id;
    };
    static ListFact listFact(ListWord w)
    {
        switch (w) {
        case ListWord::Required: return {&D::vbsRequiredProperties, "vbs.required_properties"};
        case ListWord::Available: return {&D::vbsAvailableProperties, "vbs.available_properties"};
        case ListWord::Configured: return {&D::vbsServicesConfigured, "vbs.services_configured"};
        case ListWord::Running: break;
        }
        return {&D::vbsServicesRunning, "vbs.services_running"};
    }

    void listLine(ListWord which, const std::string &value, std::size_t n)
    {
        if (auto codes = namesToCodes(splitNames(value), isServiceList(which)))
            m_m.set(listFact(which).member, listFact(which).id, *codes, where(n));
        else
            notUnderstood(n, "VBS list", value);
    }

    void flushList()
    {
        if (!m_listWord)
            return;
        std::string joined;
        for (const auto &i : m_listItems)
            joined += i + ",";
        if (auto codes = namesToCodes(m_listItems, m_listService))
            m_m.set(listFact(*m_listWord).member, listFact(*m_listWord).id, *codes, where(m_listLine));
        else
            notUnderstood(m_listLine, "VBS list", joined);
        m_listWord.reset();
        m_listItems.clear();
    }

    /// reg query / regedit listings ("Name  REG_DWORD  0x1"), .reg exports ("\"Name\"=dword:00000001") and key
    /// lines; true if the line was one of them.
    bool registryLine(const std::string &t, std::size_t n)
    {
        if (auto key = registryKey(t); key && t.find("REG_") == std::string::npos && t.find('=') == std::string::npos) {
            m_regKey = *key;
            format("registry listing");
            if (isSecureBootKey(m_regKey))
                m_m.secureBootKey(m_regKey, where(n));
            return true;
        }
        std::string name, data;
        bool dword = false, text = false;
        if (t.size() > 2 && t[0] == '"') {
            const auto close = t.find("\"=", 1);
            if (close == std::string::npos)
                return false;
            name = t.substr(1, close - 1);
            data = t.substr(close + 2);
            if (lower(data).rfind("dword:", 0) == 0) {
                dword = true;
                data = "0x" + data.substr(6);
            } else if (data.size() >= 2 && data.front() == '"' && data.back() == '"') {
                text = true; // a .reg string: \\ and \" are its escapes
                std::string unescaped;
                for (std::size_t i = 1; i + 1 < data.size(); ++i)
                    unescaped += data[i] == '\\' && i + 2 < data.size() ? data[++i] : data[i];
                data = unescaped;
            }
        } else {
            const auto at = t.find("REG_");
            if (at == std::string::npos || at == 0 || (t[at - 1] != ' ' && t[at - 1] != '\t'))
                return false;
            const auto end = t.find_first_of(" \t", at);
            const std::string type = t.substr(at, end == std::string::npos ? std::string::npos : end - at);
            name = trim(t.substr(0, at));
            data = end == std::string::npos ? std::string() : trim(t.substr(end));
            dword = type == "REG_DWORD" || type == "REG_QWORD";
            text = type == "REG_SZ" || type == "REG_EXPAND_SZ";
            if (!text)
                data = data.substr(0, data.find(' ')); // "0x00000001 (1)" in regedit
        }
        if (m_regKey.empty())
            return true;
        if (isSecureBootKey(m_regKey)) {
            secureBootValue(name, dword, text, data, n);
            return true;
        }
        for (const auto &r : kRegFacts) {
            if (lower(r.key) != m_regKey || lower(r.value) != lower(name))
                continue;
            std::optional<long long> v;
            if (dword && lower(data).rfind("0x", 0) == 0)
                v = parseInt(data.substr(2), 16);
            if (v)
                m_m.set(r.member, r.id, OptInt(*v), where(n) + " (" + reg::display(r.key, r.value) + ")");
            else
                notUnderstood(n, name, data);
        }
        return true;
    }

    static bool isSecureBootKey(const std::string &key)
    {
        return key == lower(reg::kSecureBootControl) || key == lower(reg::kSecureBootServicing) ||
               key == lower(reg::kSecureBootState);
    }

    /// A value of SecureBoot, SecureBoot\Servicing or SecureBoot\State (windows-facts-2.md A.3): the values that
    /// give facts are kept for the servicing derivation (secureboot::servicingFacts), UEFISecureBootEnabled gives
    /// firmware.secure_boot; other values of these keys (HighConfidenceOptOut, BucketHash, ...) are no facts.
    void secureBootValue(const std::string &name, bool dword, bool text, const std::string &data, std::size_t n)
    {
        static const char *kServicingValues[] = {reg::kAvailableUpdates,     reg::kAvailableUpdatesPolicy,
                                                 reg::kUefiCa2023Status,     reg::kUefiCa2023Error,
                                                 reg::kUefiCa2023ErrorEvent, reg::kWindowsUefiCa2023Capable};
        const bool state = m_regKey == lower(reg::kSecureBootState);
        if (state ? lower(name) != lower(reg::kUefiSecureBootEnabled)
                  : std::none_of(std::begin(kServicingValues), std::end(kServicingValues),
                                 [&](const char *v) { return lower(v) == lower(name); }))
            return;
        format("Secure Boot registry listing");
        std::optional<long long> number;
        if (dword && lower(data).rfind("0x", 0) == 0)
            number = parseInt(data.substr(2), 16);
        if (state) {
            if (number && (*number == 0 || *number == 1))
                m_m.set(&D::firmwareSecureBoot, "firmware.secure_boot", std::string(*number ? "on" : "off"),
                        where(n) + " (" + reg::display(reg::kSecureBootState, reg::kUefiSecureBootEnabled) + ")");
            else
                notUnderstood(n, name, data);
        } else if (number) {
            m_m.secureBootValue(m_regKey, name, RegValue::dword(*number), where(n));
        } else if (text && !data.empty()) {
            m_m.secureBootValue(m_regKey, name, RegValue::sz(data), where(n));
        } else {
            notUnderstood(n, name, data);
            m_m.secureBootUnreadable(m_regKey, name, where(n) + ": the value '" + data + "' could not be read");
        }
    }

    /// A PowerShell transcript of the check of A.7: "[System.Text.Encoding]::ASCII.GetString((Get-SecureBootUEFI
    /// db).bytes) -match 'Windows UEFI CA 2023'" and, on the next line, True or False. true if the line was one.
    bool secureBootUefiLine(const std::string &t, std::size_t n)
    {
        if (m_uefiMatch) {
            const auto pending = *m_uefiMatch;
            m_uefiMatch.reset();
            const std::string answer = lower(t);
            if (answer == "true" || answer == "false") {
                m_m.set(pending.member, pending.id, answer == "true",
                        where(n) + " (Get-SecureBootUEFI " + pending.variable + " -match '" + pending.cn +
                            "' at line " + std::to_string(pending.line) +
                            ": a substring search of the variable's bytes [3P check, A.7])");
                return true;
            }
            m_m.unknown(pending.member, "Get-SecureBootUEFI did not answer True or False: " + t, where(n),
                        UnknownReason::Failed);
            notUnderstood(n, "Get-SecureBootUEFI " + pending.variable, t);
            return true;
        }
        const std::string l = lower(t);
        const auto cmd = l.find("get-securebootuefi");
        const auto match = l.find("-match", cmd == std::string::npos ? 0 : cmd);
        if (cmd == std::string::npos || match == std::string::npos)
            return false;
        format("Get-SecureBootUEFI check");
        std::string variable;
        for (const char *v : {"db", "kek"}) {
            const std::string rest = l.substr(cmd + 18, match - cmd - 18);
            for (std::size_t at = rest.find(v); at != std::string::npos; at = rest.find(v, at + 1)) {
                const auto before = at == 0 ? ' ' : rest[at - 1];
                const auto after = at + std::strlen(v) < rest.size() ? rest[at + std::strlen(v)] : ' ';
                if (!std::isalnum((unsigned char)before) && !std::isalnum((unsigned char)after))
                    variable = v;
            }
        }
        const auto open = t.find_first_of("'\"", match);
        const auto close = open == std::string::npos ? open : t.find(t[open], open + 1);
        const std::string cn = close == std::string::npos ? std::string() : t.substr(open + 1, close - open - 1);
        struct Target
        {
            const char *variable, *cn;
            Fact<bool> D::*member;
            const char *id;
        };
        static const Target kTargets[] = {
            {"db", "Windows UEFI CA 2023", &D::sbDbWindowsUefiCa2023, "secureboot.db_has_windows_uefi_ca_2023"},
            {"db", "Microsoft UEFI CA 2023", &D::sbDbMicrosoftUefiCa2023, "secureboot.db_has_microsoft_uefi_ca_2023"},
            {"db", "Microsoft Option ROM UEFI CA 2023", &D::sbDbOptionRomUefiCa2023,
             "secureboot.db_has_option_rom_uefi_ca_2023"},
            {"db", "Microsoft Corporation UEFI CA 2011", &D::sbDbMicrosoftUefiCa2011,
             "secureboot.db_has_microsoft_uefi_ca_2011"},
            {"kek", "Microsoft Corporation KEK 2K CA 2023", &D::sbKekKek2kCa2023, "secureboot.kek_has_kek_2k_ca_2023"},
        };
        for (const auto &target : kTargets) {
            if (variable == target.variable && lower(cn) == lower(target.cn)) {
                m_uefiMatch = UefiMatch{target.member, target.id, variable == "kek" ? "KEK" : "db", target.cn, n};
                return true;
            }
        }
        notUnderstood(n, "Get-SecureBootUEFI", t.substr(cmd));
        return true;
    }

    const EvidenceText &m_file;
    Merger &m_m;
    std::vector<std::string> m_formats;
    std::optional<ListWord> m_listWord;
    std::vector<std::string> m_listItems;
    std::size_t m_listLine = 0;
    bool m_listService = false;
    int m_hyperVIndex = -1;
    bool m_vbsBlock = false;
    std::string m_regKey;
    struct UefiMatch
    {
        Fact<bool> D::*member;
        const char *id;
        std::string variable, cn;
        std::size_t line;
    };
    std::optional<UefiMatch> m_uefiMatch; ///< a Get-SecureBootUEFI check waiting for its True/False line
};

/// How well a decoding reads as evidence: labels and values the tables know, minus characters that only a wrong
/// code page produces (C1 controls, box drawing, replacement and private-use characters).
int decodingScore(const std::string &utf8)
{
    int score = 0;
    const auto lines = splitLines(utf8);
    // The first 400 lines decide (an msinfo32 summary or systeminfo fits; a huge file does not take 9x as long).
    for (std::size_t i = 0; i < lines.size() && i < 400; ++i) {
        const std::string &line = lines[i];
        const std::string t = trim(line);
        auto split = splitLabel(t);
        if (!split)
            split = splitKnownLabel(t);
        if (!split)
            continue;
        const std::string f = fold(split->first);
        if (evtab::findLabel(f) || evtab::findVbsListLabel(f))
            score += 4;
        const std::string v = fold(split->second);
        if (evtab::findValue(ValueKind::Hypervisor, v))
            score += 4;
        for (auto k : {ValueKind::YesNo, ValueKind::OnOff, ValueKind::VbsState, ValueKind::BiosMode})
            if (!v.empty() && evtab::findValue(k, v))
                score += 2;
    }
    for (std::size_t i = 0; i < utf8.size();) {
        const auto [cp, len] = decodeUtf8At(utf8, i);
        i += len;
        if ((cp >= 0x80 && cp < 0xA0) || (cp >= 0x2500 && cp < 0x25A0) || cp == 0xFFFD ||
            (cp >= 0xE000 && cp < 0xF900) || (cp >= 0xFF61 && cp < 0xFFA0))
            score -= 1;
    }
    return score;
}

} // namespace

EvidenceText decodeEvidence(const std::string &name, const std::string &bytes)
{
    EvidenceText out;
    out.name = name;
    std::string text;
    auto u8 = [](unsigned char c) { return c; };
    if (bytes.size() >= 2 && u8(bytes[0]) == 0xFF && u8(bytes[1]) == 0xFE) {
        text = utf16ToUtf8(bytes, 2, false);
        out.encoding = "utf-16le";
    } else if (bytes.size() >= 2 && u8(bytes[0]) == 0xFE && u8(bytes[1]) == 0xFF) {
        text = utf16ToUtf8(bytes, 2, true);
        out.encoding = "utf-16be";
    } else if (bytes.size() >= 4 && bytes[1] == 0 && bytes[3] == 0 && bytes[0] != 0) {
        text = utf16ToUtf8(bytes, 0, false);
        out.encoding = "utf-16le (no BOM)";
    } else if (bytes.size() >= 3 && u8(bytes[0]) == 0xEF && u8(bytes[1]) == 0xBB && u8(bytes[2]) == 0xBF) {
        text = bytes.substr(3);
        out.encoding = "utf-8 (BOM)";
    } else if (isValidUtf8(bytes)) {
        text = bytes;
        out.encoding = "utf-8";
    } else {
        // A console or ANSI code page: the decoding the label tables read best wins.
        int best = 0;
        bool found = false;
        for (int cp : evidenceCodePages()) {
            auto decoded = codePageToUtf8(cp, bytes);
            if (!decoded)
                continue;
            const int score = decodingScore(*decoded);
            if (!found || score > best) {
                found = true;
                best = score;
                text = std::move(*decoded);
                out.encoding = "cp" + std::to_string(cp);
            }
        }
        if (!found) {
            for (std::size_t i = 0; i < bytes.size(); ++i)
                appendUtf8(text, u8(bytes[i]) < 0x80 ? char32_t(bytes[i]) : char32_t(0xFFFD));
            out.encoding = "unknown 8-bit (non-ASCII bytes replaced)";
        }
    }
    out.lines = splitLines(text);
    return out;
}

Expected<DeviceFacts> factsFromEvidence(const std::vector<EvidenceText> &files, EvidenceNotes *notes)
{
    DeviceFacts facts;
    Merger m(facts, notes);

    for (const auto &file : files) {
        const int before = m.count();
        FileParser parser(file, m);
        if (auto st = parser.run(); !st)
            return st.error();
        if (notes) {
            const std::string facts = std::to_string(m.count() - before);
            // %1 a file, then (where known) its encoding, the formats recognized in it, how many lines stated facts.
            Text t = file.encoding.empty() ? Text(QT_TRANSLATE_NOOP("hpr::engine", "%1: %2, %3 fact line(s)"),
                                                  {file.name, parser.formats(), facts})
                                           : Text(QT_TRANSLATE_NOOP("hpr::engine", "%1: %2, %3, %4 fact line(s)"),
                                                  {file.name, file.encoding, parser.formats(), facts});
            notes->formats.push_back(t.str());
            notes->formatTexts.push_back(std::move(t));
        }
        if (m.count() == before)
            return makeError(
                ErrorCode::BadInput,
                file.name +
                    ": no msinfo32, systeminfo, PowerShell (Win32_DeviceGuard, Get-Tpm, "
                    "Get-ComputerInfo, Get-SecureBootUEFI) or registry lines were recognized in this file (" +
                    std::to_string(file.lines.size()) + " lines, read as " +
                    (file.encoding.empty() ? "text" : file.encoding) + ")");
    }

    m.secureBootServicing();
    if (!m.mixedDevices().empty())
        return makeError(ErrorCode::BadInput, "these evidence files describe more than one device (" +
                                                  m.mixedDevices() +
                                                  "); assess each device's files on their own (one file or folder "
                                                  "per device)");

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

std::optional<std::string> tpmVersionFromSpecVersion(const std::string &specVersion)
{
    const std::string v = trim(specVersion.substr(0, specVersion.find(',')));
    if (v == "2.0" || v == "1.2")
        return v;
    return std::nullopt;
}

} // namespace hpr
