#include "policyexport.h"

#include "registrypaths.h"

#include <cstdio>
#include <nlohmann/json.hpp>
#include <sstream>

namespace hpr {

namespace {

// Every OMA-URI, edition list and minimum OS below is quoted from windows-facts.md §2.4 (DeviceGuard area),
// §2.5 (VirtualizationBasedTechnology area) and §2.6 (System/DisableCHPE). The Group Policy values use the
// same numbers as the CSP (ADMX element ids in §2.3), so one value serves both outputs.
constexpr const char *kCspPrefix = "./Device/Vendor/MSFT/Policy/Config/";
constexpr const char *kAllEditions = "Pro, Enterprise, Education, IoT Enterprise";
constexpr const char *kNotProEditions = "Enterprise, Education, IoT Enterprise (not Pro)";
constexpr const char *kWin10_1709 = "Windows 10, version 1709";
constexpr const char *kWin11_21H2 = "Windows 11, version 21H2 (10.0.22000)";
constexpr const char *kWin11_24H2Kb = "Windows 11, version 24H2 with KB5055523 (10.0.26100.3775)";
constexpr const char *kGpoPath = "Computer Configuration > Administrative Templates > System > Device Guard > "
                                 "Turn On Virtualization Based Security";
constexpr const char *kRestartNote = "Takes effect at the next restart.";
constexpr std::size_t kCommentWidth = 100;

PolicySetting makeSetting(const std::string &area, const std::string &name, int value)
{
    PolicySetting s;
    s.omaUri = kCspPrefix + area + "/" + name;
    s.name = name;
    s.dataType = "Integer";
    s.value = value;
    return s;
}

PolicySetting enableVbs()
{
    PolicySetting s = makeSetting("DeviceGuard", reg::kEnableVbs, 1);
    s.description = "Turns on virtualization-based security (VBS). Windows offers hotpatch updates only to "
                    "devices where VBS is running; the others get the regular cumulative update instead.";
    s.editions = kAllEditions;
    s.minimumOs = kWin10_1709;
    s.registryKey = reg::kDeviceGuardPolicy;
    s.registryValue = reg::kEnableVbs;
    s.registryNote = std::string("Group Policy: ") + kGpoPath + " = Enabled. Undo: set 0 (Disabled) and restart.";
    return s;
}

PolicySetting requireFeatures(bool requireDma)
{
    PolicySetting s = makeSetting("DeviceGuard", reg::kRequireFeatures, requireDma ? 3 : 1);
    s.description =
        requireDma ? "Platform security level for VBS: 3 = Secure Boot and DMA protection. Devices without DMA "
                     "protection (no IOMMU) will not run VBS at all, and so will not be offered hotpatch updates."
                   : "Platform security level for VBS: 1 = Secure Boot only, the recommended level. Devices without "
                     "DMA protection still run VBS.";
    s.description += " Not applicable to Windows Pro: Pro devices cannot take this setting through MDM and "
                     "keep the documented CSP default (1 = Secure Boot).";
    s.editions = kNotProEditions;
    s.minimumOs = kWin10_1709;
    s.registryKey = reg::kDeviceGuardPolicy;
    s.registryValue = reg::kRequireFeatures;
    s.registryNote = std::string("Group Policy: ") + kGpoPath + " > Select Platform Security Level = " +
                     (requireDma ? "Secure Boot and DMA Protection." : "Secure Boot.");
    return s;
}

PolicySetting memoryIntegrity()
{
    PolicySetting s = makeSetting("VirtualizationBasedTechnology", reg::kGpoHvci, 2);
    // Value 1 would add a UEFI lock: turning memory integrity off again would then need Secure Boot disabled
    // on every device (MEMINT, §2.2). 2 keeps the change reversible, which our undo promise relies on.
    s.description = "Turns on memory integrity (hypervisor-protected code integrity) without UEFI lock (2). "
                    "Without the lock the change stays reversible: a later policy with value 0 turns it off "
                    "again, whereas with UEFI lock (1) undoing it would need Secure Boot disabled on each "
                    "device. Hotpatch needs VBS, not memory integrity; drivers that are not compatible with "
                    "memory integrity may fail to load, so pilot it on a few devices first.";
    s.editions = kAllEditions;
    s.minimumOs = kWin11_21H2;
    s.registryKey = reg::kDeviceGuardPolicy;
    s.registryValue = reg::kGpoHvci;
    s.registryNote = std::string("Group Policy: ") + kGpoPath +
                     " > Virtualization Based Protection of Code Integrity = Enabled without lock. "
                     "Undo: set 0 (Disabled) and restart.";
    return s;
}

PolicySetting disableChpe()
{
    PolicySetting s = makeSetting("System", reg::kDisableChpe, 1);
    s.description = "Disables CHPE binaries on Arm64 devices (1), which hotpatch updates on Arm64 require. It "
                    "has no effect on x64 devices. x86 apps then run on the emulation-only binaries, which "
                    "might affect their performance or compatibility.";
    s.editions = kAllEditions;
    s.minimumOs = kWin11_24H2Kb;
    s.registryKey = reg::kMemoryManagement;
    s.registryValue = reg::kHotPatchRestrictions;
    s.registryNote = "DisableCHPE has no Group Policy (no ADMX), so this file sets the registry flag Microsoft "
                     "documents for the same purpose instead: HotPatchRestrictions=1 disables CHPE. It is set "
                     "once and persists through updates. Undo: set 0 and restart.";
    return s;
}

/// "; "-prefixed comment lines of at most kCommentWidth columns, CRLF-terminated.
std::string commentBlock(const std::string &text)
{
    std::string out;
    std::string line;
    std::istringstream words(text);
    for (std::string word; words >> word;) {
        if (!line.empty() && 2 + line.size() + 1 + word.size() > kCommentWidth) {
            out += "; " + line + "\r\n";
            line.clear();
        }
        line += line.empty() ? word : " " + word;
    }
    if (!line.empty())
        out += "; " + line + "\r\n";
    return out;
}

std::string dwordData(int value)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%08x", static_cast<unsigned>(value));
    return buf;
}

bool contains(const std::vector<PolicySetting> &settings, const std::string &name)
{
    for (const PolicySetting &s : settings) {
        if (s.name == name)
            return true;
    }
    return false;
}

std::string generatedBy(const std::string &generatedAt, const std::string &toolVersion)
{
    return "Generated by hotpatch-ready-cli " + toolVersion + " on " + generatedAt + ".";
}

} // namespace

std::vector<PolicySetting> policySettings(const PolicyExportOptions &options)
{
    std::vector<PolicySetting> settings{enableVbs(), requireFeatures(options.requireDma)};
    if (options.memoryIntegrity)
        settings.push_back(memoryIntegrity());
    if (options.disableChpe)
        settings.push_back(disableChpe());
    return settings;
}

std::string policyDisplayName(const std::vector<PolicySetting> &settings)
{
    std::string name = "Hotpatch readiness: VBS";
    if (contains(settings, reg::kGpoHvci))
        name += ", memory integrity";
    if (contains(settings, reg::kDisableChpe))
        name += ", CHPE disabled (Arm64)";
    return name;
}

std::string intuneProfileJson(const std::vector<PolicySetting> &settings, const std::string &generatedAt,
                              const std::string &toolVersion)
{
    // Only properties of the Graph types, so the document can be POSTed to deviceManagement/deviceConfigurations
    // as it is; everything else an admin needs goes into the descriptions.
    std::string description = "Turns on virtualization-based security (VBS), which Windows requires before it "
                              "offers hotpatch updates";
    if (contains(settings, reg::kGpoHvci))
        description += ", and memory integrity without UEFI lock";
    if (contains(settings, reg::kDisableChpe))
        description += ", and disables CHPE on Arm64 devices (required for hotpatch on Arm64)";
    description += ". The settings take effect at the next restart of each device.";
    if (contains(settings, reg::kRequireFeatures))
        description += " RequirePlatformSecurityFeatures is not applicable to Windows Pro (Pro devices keep the "
                       "default, Secure Boot).";
    description += " " + generatedBy(generatedAt, toolVersion);

    nlohmann::ordered_json oma = nlohmann::ordered_json::array();
    for (const PolicySetting &s : settings) {
        oma.push_back({
            {"@odata.type", "#microsoft.graph.omaSettingInteger"},
            {"displayName", s.name},
            {"description",
             s.description + " Editions: " + s.editions + ". Minimum OS: " + s.minimumOs + ". " + kRestartNote},
            {"omaUri", s.omaUri},
            {"value", s.value},
        });
    }
    nlohmann::ordered_json doc{
        {"@odata.type", "#microsoft.graph.windows10CustomConfiguration"},
        {"displayName", policyDisplayName(settings)},
        {"description", description},
        {"omaSettings", std::move(oma)},
    };
    return doc.dump(2, ' ', true) + "\n";
}

std::string regFile(const std::vector<PolicySetting> &settings, const std::string &generatedAt,
                    const std::string &toolVersion)
{
    std::string out = "Windows Registry Editor Version 5.00\r\n\r\n";
    out += commentBlock(policyDisplayName(settings) + ". See docs/policy-export.md.");
    out += commentBlock(generatedBy(generatedAt, toolVersion));
    out += commentBlock("Import on each device as administrator (reg import FILE, or double-click the file), "
                        "then restart: the settings take effect at the next restart.");
    if (contains(settings, reg::kEnableVbs))
        out += commentBlock("The DeviceGuard values are Group Policy registry values written locally. A domain "
                            "GPO that configures Turn On Virtualization Based Security overrides them at its "
                            "next refresh; to manage a domain fleet, configure that GPO instead.");

    // One [key] section per registry key, in the order the settings first name it.
    std::vector<std::string> keys;
    for (const PolicySetting &s : settings) {
        bool seen = false;
        for (const std::string &k : keys)
            seen = seen || k == s.registryKey;
        if (!seen)
            keys.push_back(s.registryKey);
    }
    for (const std::string &key : keys) {
        out += "\r\n";
        if (key == reg::kDeviceGuardPolicy)
            out += commentBlock(std::string("Group Policy: ") + kGpoPath + ".");
        out += "[HKEY_LOCAL_MACHINE\\" + key + "]\r\n";
        for (const PolicySetting &s : settings) {
            if (s.registryKey != key)
                continue;
            out += "\r\n";
            out += commentBlock(s.registryValue + " = " + std::to_string(s.value) + ": " + s.description);
            out += commentBlock(s.registryNote + " " + kRestartNote);
            out += commentBlock("MDM equivalent: " + s.omaUri + " (editions: " + s.editions +
                                "; minimum OS: " + s.minimumOs + ").");
            out += "\"" + s.registryValue + "\"=dword:" + dwordData(s.value) + "\r\n";
        }
    }
    return out;
}

} // namespace hpr
