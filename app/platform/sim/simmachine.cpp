#include "simmachine.h"

#include "engine/pecheck.h"
#include "engine/registrypaths.h"
#include "engine/secureboot.h"

#include <algorithm>
#include <cctype>

using nlohmann::json;

namespace hpr {

namespace {

// Registry locations the simulator uses beyond app/engine/registrypaths.h.
constexpr const char *kCredentialGuardScenario =
    R"(SYSTEM\CurrentControlSet\Control\DeviceGuard\Scenarios\CredentialGuard)";
constexpr const char *kSystemGuardScenario = R"(SYSTEM\CurrentControlSet\Control\DeviceGuard\Scenarios\SystemGuard)";
constexpr const char *kLsa = R"(SYSTEM\CurrentControlSet\Control\Lsa)";
constexpr const char *kLsaCfgFlags = "LsaCfgFlags";
constexpr const char *kConfigureSystemGuardLaunch = "ConfigureSystemGuardLaunch";
constexpr const char *kPoliciesWindows = R"(SOFTWARE\Policies\Microsoft\Windows)";
constexpr const char *kPolicyManagerDevice = R"(SOFTWARE\Microsoft\PolicyManager\current\device)";
constexpr const char *kWuAutoUpdate = R"(SOFTWARE\Microsoft\Windows\CurrentVersion\WindowsUpdate\Auto Update)";
constexpr const char *kCbs = R"(SOFTWARE\Microsoft\Windows\CurrentVersion\Component Based Servicing)";
constexpr const char *kComputerNameValue = "ComputerName";

// Fixed identities so that every simulated device of a profile looks the same.
constexpr const char *kEnrollmentId = "B7A2C5D1-3E4F-4A6B-9C8D-0E1F2A3B4C5D";
constexpr const char *kIntuneDeviceId = "3f8b2c1e-7a4d-4e9b-8c2f-5d6a1b0e9c47";
constexpr const char *kOtherMdmDeviceId = "AW-5d6a1b0e-9c47-4e9b-8c2f-3f8b2c1e7a4d";
constexpr const char *kIntuneProvider = "MS DM Server";
constexpr const char *kOtherMdmProvider = "AirWatchMDM";
constexpr const char *kPendingUpdateId = "8b3f4e2a-6c1d-4f7e-9a2b-1c3d5e7f9a0b";

constexpr std::int64_t kDay = 86400, kHour = 3600, kMinute = 60;
constexpr std::int64_t kRestartDuration = 3 * kMinute; ///< shutdown, firmware, boot
constexpr std::int64_t kLogonDelay = 2 * kMinute;      ///< boot until the technician's session runs the tool

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

std::string join(const char *a, const std::string &b)
{
    return std::string(a) + "\\" + b;
}

/// Normalized path, or empty when it is not a usable key path.
std::string cleanPath(const std::string &path)
{
    std::string p = normalizeHklmPath(path);
    if (p.find("\\\\") != std::string::npos)
        return {};
    return p;
}

json intsToJson(const IntList &l)
{
    return json(l);
}

json vbsConfigToJson(const EffectiveVbsConfig &c)
{
    return {{"vbs_enabled", c.vbsEnabled},
            {"enabled_by", c.enabledBy},
            {"explicitly_disabled", c.explicitlyDisabled},
            {"hvci_enabled", c.hvciEnabled},
            {"hvci_by", c.hvciBy},
            {"required_features", c.requiredFeatures},
            {"required_by", c.requiredBy},
            {"policy_conflict", c.policyConflict}};
}

EffectiveVbsConfig vbsConfigFromJson(const json &j)
{
    EffectiveVbsConfig c;
    c.vbsEnabled = j.at("vbs_enabled").get<bool>();
    c.enabledBy = j.at("enabled_by").get<std::string>();
    c.explicitlyDisabled = j.at("explicitly_disabled").get<bool>();
    c.hvciEnabled = j.at("hvci_enabled").get<bool>();
    c.hvciBy = j.at("hvci_by").get<std::string>();
    c.requiredFeatures = j.at("required_features").get<std::int64_t>();
    c.requiredBy = j.at("required_by").get<std::string>();
    c.policyConflict = j.at("policy_conflict").get<bool>();
    return c;
}

json secureBootToJson(const SimSecureBootState &s)
{
    json events = json::array();
    for (const auto &e : s.events)
        events.push_back({{"id", e.id}, {"time", e.time}, {"message", e.message}});
    return {{"db", s.db},
            {"kek", s.kek},
            {"boot_manager_on_esp", s.bootManagerOnEsp},
            {"boot_manager_booted", s.bootManagerBooted},
            {"bitlocker_suspended_restarts", s.bitlockerSuspendedRestarts},
            {"events", std::move(events)}};
}

SimSecureBootState secureBootFromJson(const json &j)
{
    SimSecureBootState s;
    s.db = j.at("db").get<std::vector<std::string>>();
    s.kek = j.at("kek").get<std::vector<std::string>>();
    s.bootManagerOnEsp = j.at("boot_manager_on_esp").get<std::string>();
    s.bootManagerBooted = j.at("boot_manager_booted").get<std::string>();
    s.bitlockerSuspendedRestarts = j.at("bitlocker_suspended_restarts").get<int>();
    for (const auto &e : j.at("events"))
        s.events.push_back(SecureBootEvent{e.at("id").get<int>(), e.at("time").get<std::string>(),
                                           e.at("message").get<std::string>()});
    return s;
}

bool sameConfig(const EffectiveVbsConfig &a, const EffectiveVbsConfig &b)
{
    return a.vbsEnabled == b.vbsEnabled && a.enabledBy == b.enabledBy && a.explicitlyDisabled == b.explicitlyDisabled &&
           a.hvciEnabled == b.hvciEnabled && a.hvciBy == b.hvciBy && a.requiredFeatures == b.requiredFeatures &&
           a.requiredBy == b.requiredBy && a.policyConflict == b.policyConflict;
}

} // namespace

bool SimRuntimeState::operator==(const SimRuntimeState &o) const
{
    return bootTime == o.bootTime && hypervisorLaunchType == o.hypervisorLaunchType &&
           sameConfig(vbsConfig, o.vbsConfig) && hypervisorCanStart == o.hypervisorCanStart &&
           requiredFeaturesMet == o.requiredFeaturesMet && vbsRunning == o.vbsRunning &&
           hypervisorPresent == o.hypervisorPresent && servicesConfiguredAtBoot == o.servicesConfiguredAtBoot &&
           servicesRunning == o.servicesRunning && availableProperties == o.availableProperties &&
           chpeDisabled == o.chpeDisabled;
}

// ---------------------------------------------------------------------------------------------------------
// registry

SimMachine::Key *SimMachine::findKey(const std::string &path)
{
    const std::string p = cleanPath(path);
    if (p.empty())
        return nullptr;
    auto it = m_keys.find(lower(p));
    return it == m_keys.end() ? nullptr : &it->second;
}

const SimMachine::Key *SimMachine::findKey(const std::string &path) const
{
    return const_cast<SimMachine *>(this)->findKey(path);
}

void SimMachine::touchParent(const std::string &lowerPath)
{
    const auto slash = lowerPath.rfind('\\');
    if (slash == std::string::npos)
        return;
    auto it = m_keys.find(lowerPath.substr(0, slash));
    if (it != m_keys.end())
        it->second.lastWrite = m_clock;
}

SimMachine::Key &SimMachine::ensureKey(const std::string &normalizedPath)
{
    std::string actual, lowered;
    Key *key = nullptr;
    std::size_t start = 0;
    while (start <= normalizedPath.size()) {
        const auto end = std::min(normalizedPath.find('\\', start), normalizedPath.size());
        const std::string part = normalizedPath.substr(start, end - start);
        lowered += (lowered.empty() ? "" : "\\") + lower(part);
        auto it = m_keys.find(lowered);
        if (it == m_keys.end()) {
            Key k;
            k.path = actual.empty() ? part : actual + "\\" + part;
            k.lastWrite = m_clock;
            it = m_keys.emplace(lowered, std::move(k)).first;
            touchParent(lowered); // a new subkey changes its parent's subkey list
        }
        actual = it->second.path;
        key = &it->second;
        start = end + 1;
    }
    return *key;
}

std::optional<RegValue> SimMachine::readValue(const std::string &key, const std::string &name) const
{
    const Key *k = findKey(key);
    if (!k)
        return std::nullopt;
    auto it = k->values.find(lower(name));
    if (it == k->values.end())
        return std::nullopt;
    return it->second.data;
}

bool SimMachine::keyExists(const std::string &key) const
{
    return findKey(key) != nullptr;
}

std::vector<std::string> SimMachine::subkeys(const std::string &key) const
{
    std::vector<std::string> out;
    const Key *k = findKey(key);
    if (!k)
        return out;
    const std::string prefix = lower(k->path) + "\\";
    for (auto it = m_keys.lower_bound(prefix); it != m_keys.end() && it->first.compare(0, prefix.size(), prefix) == 0;
         ++it) {
        if (it->first.find('\\', prefix.size()) == std::string::npos)
            out.push_back(it->second.path.substr(prefix.size()));
    }
    return out;
}

std::vector<std::string> SimMachine::valueNames(const std::string &key) const
{
    std::vector<std::string> out;
    if (const Key *k = findKey(key)) {
        for (const auto &[lowered, v] : k->values)
            out.push_back(v.name);
    }
    return out;
}

std::optional<std::int64_t> SimMachine::keyLastWriteTime(const std::string &key) const
{
    const Key *k = findKey(key);
    if (!k)
        return std::nullopt;
    return k->lastWrite;
}

Status SimMachine::createKey(const std::string &key)
{
    const std::string p = cleanPath(key);
    if (p.empty())
        return makeError(ErrorCode::BadUsage, "not a registry key path under HKLM: \"" + key + "\"");
    ensureKey(p);
    return {};
}

Status SimMachine::writeValue(const std::string &key, const std::string &name, const RegValue &value)
{
    const std::string p = cleanPath(key);
    if (p.empty())
        return makeError(ErrorCode::BadUsage, "not a registry key path under HKLM: \"" + key + "\"");
    if (value.type == RegType::Dword && (value.number < 0 || value.number > 0xFFFFFFFFLL))
        return makeError(ErrorCode::BadUsage,
                         "REG_DWORD data out of range 0..4294967295: " + std::to_string(value.number));
    Key &k = ensureKey(p);
    k.values[lower(name)] = Value{name, value};
    k.lastWrite = m_clock;
    return {};
}

bool SimMachine::deleteValue(const std::string &key, const std::string &name)
{
    Key *k = findKey(key);
    if (!k || k->values.erase(lower(name)) == 0)
        return false;
    k->lastWrite = m_clock;
    return true;
}

bool SimMachine::deleteKey(const std::string &key)
{
    const Key *k = findKey(key);
    if (!k)
        return false;
    const std::string lowered = lower(k->path);
    const std::string prefix = lowered + "\\";
    m_keys.erase(lowered);
    for (auto it = m_keys.lower_bound(prefix); it != m_keys.end() && it->first.compare(0, prefix.size(), prefix) == 0;)
        it = m_keys.erase(it);
    touchParent(lowered);
    return true;
}

OptInt SimMachine::readInt(const char *key, const char *name) const
{
    auto v = readValue(key, name);
    if (!v || !v->isNumber())
        return std::nullopt;
    return v->number;
}

void SimMachine::advanceClock(std::int64_t seconds)
{
    if (seconds > 0)
        m_clock += seconds;
}

// ---------------------------------------------------------------------------------------------------------
// profile materialization

void SimMachine::materialize()
{
    const SimProfile &p = m_profile;
    auto sz = [this](const char *key, const char *name, const std::string &v) {
        writeValue(key, name, RegValue::sz(v));
    };
    auto dword = [this](const char *key, const char *name, std::int64_t v) {
        writeValue(key, name, RegValue::dword(v));
    };

    // keys every Windows installation has
    for (const char *k : {reg::kDeviceGuard, reg::kMemoryManagement, reg::kSessionManager, kLsa, kPoliciesWindows,
                          kPolicyManagerDevice, kWuAutoUpdate, kCbs, reg::kEnrollments, reg::kServices})
        createKey(k);
    createKey(std::string(reg::kDeviceGuard) + "\\Scenarios");
    for (const char *k : {"Context", "Ownership", "Status", "ValidNodePaths"})
        createKey(join(reg::kEnrollments, k));

    // Third-party kernel drivers: their service keys (the files are answered by fileHead()).
    for (const SimKernelDriver &d : p.kernelDrivers) {
        const std::string key = join(reg::kServices, d.service.c_str());
        const std::string windows = "c:\\windows\\";
        const std::string image =
            lower(d.file).rfind(windows, 0) == 0 ? "\\SystemRoot\\" + d.file.substr(windows.size()) : "\\??\\" + d.file;
        writeValue(key, "Type", RegValue::dword(1));
        writeValue(key, "Start", RegValue::dword(d.start));
        writeValue(key, "ImagePath", RegValue{RegType::ExpandSz, 0, image, {}, {}});
    }

    // §4.5 OS version values
    sz(reg::kCurrentVersion, "ProductName", p.productName);
    sz(reg::kCurrentVersion, "EditionID", p.editionId);
    sz(reg::kCurrentVersion, "CurrentBuild", std::to_string(p.build));
    sz(reg::kCurrentVersion, "CurrentBuildNumber", std::to_string(p.build));
    dword(reg::kCurrentVersion, "UBR", p.ubr);
    if (!p.displayVersion.empty())
        sz(reg::kCurrentVersion, "DisplayVersion", p.displayVersion);
    sz(reg::kCurrentVersion, "InstallationType", p.installationType == "server" ? "Server" : "Client");
    sz(reg::kCurrentVersion, "CurrentVersion", "6.3");
    if (p.build >= 10240) {
        dword(reg::kCurrentVersion, "CurrentMajorVersionNumber", 10);
        dword(reg::kCurrentVersion, "CurrentMinorVersionNumber", 0);
    }
    if (p.build >= 19042)
        sz(reg::kCurrentVersion, "ReleaseId", "2009");

    // §4.3 Secure Boot state (UEFI only)
    if (p.firmwareType == "uefi")
        dword(reg::kSecureBootState, reg::kUefiSecureBootEnabled, p.secureBoot ? 1 : 0);

    // windows-facts-2.md A.3: the servicing values (the Servicing key comes with the March 2026 update or later)
    if (p.firmwareType == "uefi") {
        const bool updated = m_secureBoot.has(m_secureBoot.db, "windows_uefi_ca_2023") &&
                             m_secureBoot.has(m_secureBoot.kek, "kek_2k_ca_2023") && p.bootManager == "2023";
        sz(reg::kSecureBootServicing, reg::kUefiCa2023Status, updated ? "Updated" : "NotStarted");
        createKey(reg::kSecureBootControl);
    }

    // §4.9 computer names
    sz(reg::kActiveComputerName, kComputerNameValue, p.hostname);
    sz(reg::kComputerName, kComputerNameValue, p.hostname);

    // §4.8 MDM enrollment [UNCONFIRMED-by-MS layout]
    if (p.mdm != "none") {
        const bool intune = p.mdm == "intune";
        const std::string provider = intune ? kIntuneProvider : kOtherMdmProvider;
        const std::string enrollment = join(reg::kEnrollments, kEnrollmentId);
        writeValue(enrollment, "ProviderID", RegValue::sz(provider));
        writeValue(enrollment, "EnrollmentState", RegValue::dword(1));
        if (!p.upn.empty())
            writeValue(enrollment, "UPN", RegValue::sz(p.upn));
        writeValue(enrollment + "\\DMClient\\" + provider, "EntDMID",
                   RegValue::sz(intune ? kIntuneDeviceId : kOtherMdmDeviceId));
    }

    // §1.4 / §2.7 hotpatch policy mirror [UNCONFIRMED-by-MS]
    if (p.hotpatchPolicy) {
        dword(reg::kMdmUpdate, reg::kAllowRebootlessUpdates, *p.hotpatchPolicy ? 1 : 0);
        if (p.mdm != "none") {
            dword(reg::kMdmUpdate, "AllowRebootlessUpdates_ProviderSet", 1);
            sz(reg::kMdmUpdate, "AllowRebootlessUpdates_WinningProvider", kEnrollmentId);
        }
    }

    // §1.8 Server hotpatch enrollment through Azure Arc [3P]
    if (p.azureArcHotpatch) {
        const std::string arch = p.arch == "x64" ? "amd64" : p.arch;
        writeValue(std::string(reg::kTargetingDynamicInstalled) + "\\Hotpatch." + arch, "Name",
                   RegValue::sz("Hotpatch Enrollment Package"));
        dword(reg::kMemoryManagement, reg::kHotPatchTableSize, 0x1000);
    }
}

std::optional<std::string> SimMachine::fileHead(const std::string &path, std::size_t maxBytes) const
{
    for (const SimKernelDriver &d : m_profile.kernelDrivers) {
        if (lower(d.file) != lower(path))
            continue;
        std::vector<PeSection> sections;
        for (const auto &[name, access] : d.sections) {
            std::uint32_t flags = kPeSectionRead;
            if (access.find('w') != std::string::npos)
                flags |= kPeSectionWrite;
            if (access.find('x') != std::string::npos)
                flags |= kPeSectionExecute;
            sections.push_back({name, flags});
        }
        const std::uint16_t machine = m_profile.arch == "arm64" ? 0xAA64 : 0x8664;
        return buildPeHeaders(machine, std::uint32_t(d.sectionAlignment), sections).substr(0, maxBytes);
    }
    return std::nullopt;
}

void SimMachine::applyPendingReboot()
{
    for (const std::string &reason : m_profile.pendingReboot) {
        if (reason == "windows_update") {
            writeValue(reg::kWuRebootRequired, kPendingUpdateId, RegValue::dword(1));
        } else if (reason == "component_servicing") {
            createKey(reg::kCbsRebootPending);
        } else if (reason == "file_rename") {
            writeValue(reg::kSessionManager, reg::kPendingFileRenames,
                       RegValue::multiSz({R"(\??\C:\Program Files\Contoso\Agent\agentcore.dll.new)",
                                          R"(!\??\C:\Program Files\Contoso\Agent\agentcore.dll)"}));
        } else if (reason == "computer_rename") {
            writeValue(reg::kComputerName, kComputerNameValue, RegValue::sz(m_profile.hostname.substr(0, 11) + "-NEW"));
        }
    }
}

void SimMachine::applyRegistryKeys(const std::vector<SimRegistryKey> &keys)
{
    for (const SimRegistryKey &k : keys) {
        if (k.deleteKey) {
            deleteKey(k.path);
            continue;
        }
        const bool onlyDeletes =
            !k.values.empty() && std::all_of(k.values.begin(), k.values.end(), [](const auto &v) { return !v.second; });
        if (!onlyDeletes)
            createKey(k.path);
        for (const auto &[name, value] : k.values) {
            if (value)
                writeValue(k.path, name, *value);
            else
                deleteValue(k.path, name);
        }
    }
}

SimMachine SimMachine::fromProfile(const SimProfile &profile)
{
    SimMachine m;
    m.m_profile = profile;
    m.m_bcdHypervisorLaunchType = profile.hypervisorLaunchType;
    m.m_clock = profile.lastBoot - kDay;
    m.m_secureBoot.db = profile.secureBootDb;
    m.m_secureBoot.kek = profile.secureBootKek;
    m.m_secureBoot.bootManagerOnEsp = profile.bootManager;
    m.materialize();
    m.applyRegistryKeys(profile.registry);
    // The event log starts with the one event the profile's servicing state implies (A.6).
    if (auto event = m.readInt(reg::kSecureBootServicing, reg::kUefiCa2023ErrorEvent))
        m.logSecureBootEvent(int(*event), m.m_clock);
    else if (auto status = m.readValue(reg::kSecureBootServicing, reg::kUefiCa2023Status)) {
        if (status->text == "InProgress")
            m.logSecureBootEvent(1800, m.m_clock);
        else if (status->text == "Updated")
            m.logSecureBootEvent(1808, m.m_clock);
    }
    m.bootAt(profile.lastBoot);
    m.m_clock = profile.lastBoot + kHour;
    m.applyPendingReboot();
    m.applyRegistryKeys(profile.changesSinceBoot);
    m.m_clock = profile.lastBoot + 2 * kHour;
    return m;
}

// ---------------------------------------------------------------------------------------------------------
// boot and query-time state

bool SimMachine::virtualizationExtensionsVisible() const
{
    if (m_profile.virtualMachine)
        return m_profile.virtualMachine->nestedVirtualization && m_profile.virtualizationExtensions;
    return m_profile.virtualizationExtensions;
}

VbsConfigSources SimMachine::vbsSourcesNow() const
{
    VbsConfigSources s;
    s.runtimeEnable = readInt(reg::kDeviceGuard, reg::kEnableVbs);
    s.runtimeRequire = readInt(reg::kDeviceGuard, reg::kRequireFeatures);
    s.runtimeHvci = readInt(reg::kHvciScenario, reg::kEnabled);
    s.gpoEnable = readInt(reg::kDeviceGuardPolicy, reg::kEnableVbs);
    s.gpoRequire = readInt(reg::kDeviceGuardPolicy, reg::kRequireFeatures);
    s.gpoHvci = readInt(reg::kDeviceGuardPolicy, reg::kGpoHvci);
    s.mdmEnable = readInt(reg::kMdmDeviceGuard, reg::kEnableVbs);
    s.mdmRequire = readInt(reg::kMdmDeviceGuard, reg::kRequireFeatures);
    s.mdmHvci = readInt(reg::kMdmVbt, reg::kGpoHvci);
    return s;
}

EffectiveVbsConfig SimMachine::vbsConfigNow() const
{
    return effectiveVbsConfig(vbsSourcesNow());
}

IntList SimMachine::servicesConfigured(const EffectiveVbsConfig &config) const
{
    auto oneOrTwo = [](const OptInt &v) { return v && (*v == 1 || *v == 2); };
    IntList out;
    if (oneOrTwo(readInt(reg::kDeviceGuardPolicy, kLsaCfgFlags)) ||
        oneOrTwo(readInt(reg::kMdmDeviceGuard, kLsaCfgFlags)) || oneOrTwo(readInt(kLsa, kLsaCfgFlags)) ||
        readInt(kCredentialGuardScenario, reg::kEnabled) == 1)
        out.push_back(1);
    if (config.hvciEnabled)
        out.push_back(2);
    if (readInt(kSystemGuardScenario, reg::kEnabled) == 1 ||
        readInt(reg::kDeviceGuardPolicy, kConfigureSystemGuardLaunch) == 1 ||
        readInt(reg::kMdmDeviceGuard, kConfigureSystemGuardLaunch) == 1)
        out.push_back(3);
    if (out.empty())
        out.push_back(0);
    return out;
}

void SimMachine::bootAt(std::int64_t time)
{
    m_clock = time;
    const SimProfile &p = m_profile;
    SimRuntimeState r;
    r.bootTime = time;
    r.hypervisorLaunchType = m_bcdHypervisorLaunchType;
    r.vbsConfig = vbsConfigNow();

    // §2.1, §3.5, §4.2: the hypervisor needs a 64-bit OS, visible VT-x/AMD-V enabled in firmware, SLAT and NX,
    // and a BCD entry that does not turn it off.
    r.hypervisorCanStart = p.arch != "x86" && virtualizationExtensionsVisible() && p.firmwareVirtualizationEnabled &&
                           p.slat && p.nx && r.hypervisorLaunchType != "off";
    const std::int64_t rf = r.vbsConfig.requiredFeatures;
    r.requiredFeaturesMet = (!(rf & 1) || secureBootOn()) && (!(rf & 2) || p.iommu);
    r.vbsRunning = r.vbsConfig.vbsEnabled && r.hypervisorCanStart && r.requiredFeaturesMet;
    r.hypervisorPresent = r.vbsRunning || p.isVirtualMachine() || (p.hypervRole && r.hypervisorCanStart);

    r.servicesConfiguredAtBoot = servicesConfigured(r.vbsConfig);
    r.servicesRunning = r.vbsRunning ? r.servicesConfiguredAtBoot : IntList{0};

    const std::pair<bool, int> available[] = {
        {virtualizationExtensionsVisible() && p.firmwareVirtualizationEnabled && p.slat, 1},
        {secureBootOn(), 2},
        {p.iommu, 3},
        {p.secureMemoryOverwrite, 4},
        {p.nx, 5},
        {p.smmMitigations, 6},
        {p.mbec, 7},
        {p.apicVirtualization, 8},
    };
    for (const auto &[has, code] : available) {
        if (has)
            r.availableProperties.push_back(code);
    }
    if (r.availableProperties.empty())
        r.availableProperties.push_back(0);

    // §2.6 CHPE: read once at boot; a later change waits for the next boot.
    r.chpeDisabled = p.arch == "arm64" && (readInt(reg::kMemoryManagement, reg::kHotPatchRestrictions) == 1 ||
                                           readInt(reg::kMdmSystem, reg::kDisableChpe) == 1);
    m_runtime = std::move(r);

    // §4.9 the pending-reboot indicators clear with the restart
    deleteKey(reg::kWuRebootRequired);
    deleteKey(reg::kCbsRebootPending);
    deleteValue(reg::kSessionManager, reg::kPendingFileRenames);
    if (auto name = readValue(reg::kComputerName, kComputerNameValue);
        name && readValue(reg::kActiveComputerName, kComputerNameValue) != name)
        writeValue(reg::kActiveComputerName, kComputerNameValue, *name);
    // §4.3 Windows publishes the firmware's Secure Boot state at boot
    if (p.firmwareType == "uefi") {
        const RegValue sb = RegValue::dword(p.secureBoot ? 1 : 0);
        if (readValue(reg::kSecureBootState, reg::kUefiSecureBootEnabled) != sb)
            writeValue(reg::kSecureBootState, reg::kUefiSecureBootEnabled, sb);
        // windows-facts-2.md A.8: the firmware starts the boot manager on the ESP
        m_secureBoot.bootManagerBooted = m_secureBoot.bootManagerOnEsp;
        writeCapable();
    }
    if (m_secureBoot.bitlockerSuspendedRestarts > 0)
        --m_secureBoot.bitlockerSuspendedRestarts;
}

// ---------------------------------------------------------------------------------------------------------
// Secure Boot certificate servicing (windows-facts-2.md topic A)

bool SimSecureBootState::has(const std::vector<std::string> &store, const char *id) const
{
    return std::find(store.begin(), store.end(), id) != store.end();
}

std::vector<std::uint8_t> SimMachine::firmwareVariable(const std::string &name) const
{
    const auto &ids = lower(name) == "kek" ? m_secureBoot.kek : m_secureBoot.db;
    std::vector<std::vector<std::uint8_t>> certs;
    for (const std::string &id : ids)
        for (const auto &k : secureboot::knownCertificates())
            if (id == k.id)
                certs.push_back(secureboot::syntheticCertificate(k.subjectCn));
    return secureboot::signatureDatabase(certs);
}

std::string SimMachine::bitlockerProtectionNow() const
{
    return m_profile.bitlocker == "on" && m_secureBoot.bitlockerSuspendedRestarts == 0 ? "on" : "off";
}

void SimMachine::suspendBitLocker(int restarts)
{
    m_secureBoot.bitlockerSuspendedRestarts = std::max(restarts, 1);
}

void SimMachine::logSecureBootEvent(int id, std::int64_t time)
{
    m_secureBoot.events.push_back(SecureBootEvent{id, formatUtcTime(time), secureboot::eventMeaning(id)});
}

void SimMachine::writeCapable()
{
    // WindowsUEFICA2023Capable: 0 not in DB, 1 in DB, 2 in DB and started from the 2023 boot manager (A.3 [3P])
    const bool inDb = m_secureBoot.has(m_secureBoot.db, "windows_uefi_ca_2023");
    const std::int64_t capable = !inDb ? 0 : m_secureBoot.bootManagerBooted == "2023" ? 2 : 1;
    if (keyExists(reg::kSecureBootServicing) &&
        readInt(reg::kSecureBootServicing, reg::kWindowsUefiCa2023Capable) != capable)
        writeValue(reg::kSecureBootServicing, reg::kWindowsUefiCa2023Capable, RegValue::dword(capable));
}

void SimMachine::runSecureBootTask()
{
    // The task exists only with the servicing update (the Servicing key) and only on UEFI.
    if (m_profile.firmwareType != "uefi" || !keyExists(reg::kSecureBootServicing))
        return;
    auto &sb = m_secureBoot;
    const char *auKey = readInt(reg::kSecureBootControl, reg::kAvailableUpdates)     ? reg::kSecureBootControl
                        : readInt(reg::kSecureBootServicing, reg::kAvailableUpdates) ? reg::kSecureBootServicing
                                                                                     : reg::kSecureBootControl;
    std::int64_t au = readInt(auKey, reg::kAvailableUpdates).value_or(0);
    auto setStatus = [&](const char *status) {
        writeValue(reg::kSecureBootServicing, reg::kUefiCa2023Status, RegValue::sz(status));
    };
    const bool updated =
        sb.has(sb.db, "windows_uefi_ca_2023") && sb.has(sb.kek, "kek_2k_ca_2023") && sb.bootManagerBooted == "2023";
    if ((au & ~0x4000) == 0) {
        if (updated) {
            if (readValue(reg::kSecureBootServicing, reg::kUefiCa2023Status) != RegValue::sz("Updated")) {
                setStatus("Updated");
                logSecureBootEvent(1808, m_clock);
            }
        } else {
            logSecureBootEvent(1801, m_clock); // the CA/keys need to be updated (A.6)
        }
        return;
    }
    if (!secureBootOn()) {
        logSecureBootEvent(1796, m_clock);
        return;
    }
    constexpr std::int64_t kDbBits = 0x0040 | 0x0800 | 0x1000, kKekBit = 0x0004, kBootMgrBit = 0x0100;
    if (m_profile.rejectsVariableWrites && (au & (kDbBits | kKekBit))) {
        logSecureBootEvent(1795, m_clock);
        setStatus("InProgress");
        // E_FAIL: the model's choice of HRESULT; the reference names none for 1795 [INF]
        writeValue(reg::kSecureBootServicing, reg::kUefiCa2023Error, RegValue::dword(0x80004005LL));
        writeValue(reg::kSecureBootServicing, reg::kUefiCa2023ErrorEvent, RegValue::dword(1795));
        return;
    }
    bool wroteVariables = false;
    auto addTo = [&](std::vector<std::string> &store, const char *id) {
        if (!sb.has(store, id)) {
            store.push_back(id);
            wroteVariables = true;
        }
    };
    // 1. DB (A.4): 0x40 Windows UEFI CA 2023; 0x800/0x1000 the third-party CAs, with 0x4000 only when DB already
    //    trusts Microsoft Corporation UEFI CA 2011.
    if (au & 0x0040)
        addTo(sb.db, "windows_uefi_ca_2023");
    const bool thirdPartyAllowed = !(au & 0x4000) || sb.has(sb.db, "microsoft_uefi_ca_2011");
    if ((au & 0x0800) && thirdPartyAllowed)
        addTo(sb.db, "option_rom_uefi_ca_2023");
    if ((au & 0x1000) && thirdPartyAllowed)
        addTo(sb.db, "microsoft_uefi_ca_2023");
    au &= ~kDbBits;
    // 2. KEK: needs an OEM PK-signed KEK, else the bit stays and the task retries (0x4004, event 1803).
    if (au & kKekBit) {
        if (m_profile.oemPkSignedKek) {
            addTo(sb.kek, "kek_2k_ca_2023");
            au &= ~kKekBit;
            logSecureBootEvent(1043, m_clock);
        } else {
            logSecureBootEvent(1803, m_clock);
        }
    }
    // 3. The 2023-signed boot manager, only once DB trusts its CA and after a restart with the new DB [INF].
    if (!wroteVariables && (au & kBootMgrBit) && sb.has(sb.db, "windows_uefi_ca_2023")) {
        sb.bootManagerOnEsp = "2023";
        au &= ~kBootMgrBit;
        wroteVariables = true;
    }
    writeValue(auKey, reg::kAvailableUpdates, RegValue::dword(au));
    writeCapable();
    setStatus("InProgress");
    if (wroteVariables)
        logSecureBootEvent(1800, m_clock); // reboot required to complete the update
}

void SimMachine::boot()
{
    bootAt(m_clock + kRestartDuration);
    m_clock += kLogonDelay;
    // The Secure-Boot-Update task runs after the boot (Windows: about 5 minutes after it [UNCONFIRMED-MS]).
    runSecureBootTask();
}

int SimMachine::vbsStatusNow() const
{
    if (m_runtime.vbsRunning)
        return 2;
    return vbsConfigNow().vbsEnabled ? 1 : 0;
}

IntList SimMachine::servicesConfiguredNow() const
{
    return servicesConfigured(vbsConfigNow());
}

IntList SimMachine::requiredPropertiesNow() const
{
    const EffectiveVbsConfig c = vbsConfigNow();
    if (!c.vbsEnabled || c.requiredFeatures == 0)
        return {0};
    IntList out{1};
    if (c.requiredFeatures & 1)
        out.push_back(2);
    if (c.requiredFeatures & 2)
        out.push_back(3);
    return out;
}

// ---------------------------------------------------------------------------------------------------------
// state persistence

json SimMachine::toStateJson() const
{
    json keys = json::array();
    for (const auto &[lowered, k] : m_keys) {
        json values = json::array();
        for (const auto &[lowName, v] : k.values) {
            json item = regValueToJson(v.data);
            item["name"] = v.name;
            values.push_back(std::move(item));
        }
        keys.push_back({{"path", k.path}, {"last_write", formatUtcTime(k.lastWrite)}, {"values", std::move(values)}});
    }
    const SimRuntimeState &r = m_runtime;
    return {
        {"schema", kSimStateSchema},
        {"profile_file", m_profile.fileName},
        {"profile", simProfileToJson(m_profile)},
        {"clock", formatUtcTime(m_clock)},
        {"bcd", {{"hypervisor_launch_type", m_bcdHypervisorLaunchType}}},
        {"runtime",
         {{"boot_time", formatUtcTime(r.bootTime)},
          {"hypervisor_launch_type", r.hypervisorLaunchType},
          {"vbs_config", vbsConfigToJson(r.vbsConfig)},
          {"hypervisor_can_start", r.hypervisorCanStart},
          {"required_features_met", r.requiredFeaturesMet},
          {"vbs_running", r.vbsRunning},
          {"hypervisor_present", r.hypervisorPresent},
          {"services_configured_at_boot", intsToJson(r.servicesConfiguredAtBoot)},
          {"services_running", intsToJson(r.servicesRunning)},
          {"available_properties", intsToJson(r.availableProperties)},
          {"chpe_disabled", r.chpeDisabled}}},
        {"secure_boot", secureBootToJson(m_secureBoot)},
        {"registry", std::move(keys)},
    };
}

Expected<SimMachine> SimMachine::fromStateJson(const json &state, const std::string &origin)
{
    auto bad = [&](const std::string &what) { return makeError(ErrorCode::BadInput, origin + ": " + what); };
    try {
        if (!state.is_object() || state.value("schema", std::string()) != kSimStateSchema)
            return bad(std::string("/schema: expected \"") + kSimStateSchema + "\"");
        auto time = [](const json &j, std::int64_t &out) {
            const auto t = j.is_string() ? parseUtcTime(j.get<std::string>()) : std::nullopt;
            if (t)
                out = *t;
            return t.has_value();
        };

        SimMachine m;
        auto profile = simProfileFromJson(state.at("profile"), state.at("profile_file").get<std::string>());
        if (!profile)
            return bad("/profile: " + profile.error().detail);
        m.m_profile = std::move(*profile);
        if (!time(state.at("clock"), m.m_clock))
            return bad("/clock: expected a UTC time");
        m.m_bcdHypervisorLaunchType = state.at("bcd").at("hypervisor_launch_type").get<std::string>();

        const json &r = state.at("runtime");
        SimRuntimeState rt;
        if (!time(r.at("boot_time"), rt.bootTime))
            return bad("/runtime/boot_time: expected a UTC time");
        rt.hypervisorLaunchType = r.at("hypervisor_launch_type").get<std::string>();
        rt.vbsConfig = vbsConfigFromJson(r.at("vbs_config"));
        rt.hypervisorCanStart = r.at("hypervisor_can_start").get<bool>();
        rt.requiredFeaturesMet = r.at("required_features_met").get<bool>();
        rt.vbsRunning = r.at("vbs_running").get<bool>();
        rt.hypervisorPresent = r.at("hypervisor_present").get<bool>();
        rt.servicesConfiguredAtBoot = r.at("services_configured_at_boot").get<IntList>();
        rt.servicesRunning = r.at("services_running").get<IntList>();
        rt.availableProperties = r.at("available_properties").get<IntList>();
        rt.chpeDisabled = r.at("chpe_disabled").get<bool>();
        m.m_runtime = std::move(rt);
        m.m_secureBoot.db = m.m_profile.secureBootDb;
        m.m_secureBoot.kek = m.m_profile.secureBootKek;
        m.m_secureBoot.bootManagerOnEsp = m.m_secureBoot.bootManagerBooted = m.m_profile.bootManager;
        if (state.contains("secure_boot")) // older state files have none: the profile's firmware
            m.m_secureBoot = secureBootFromJson(state.at("secure_boot"));

        const json &keys = state.at("registry");
        if (!keys.is_array())
            return bad("/registry: expected an array");
        for (std::size_t i = 0; i < keys.size(); ++i) {
            const json &k = keys[i];
            const std::string where = "/registry/" + std::to_string(i);
            const std::string path = cleanPath(k.at("path").get<std::string>());
            if (path.empty())
                return bad(where + "/path: expected a registry key path");
            Key key;
            key.path = path;
            if (!time(k.at("last_write"), key.lastWrite))
                return bad(where + "/last_write: expected a UTC time");
            const json &values = k.at("values");
            for (std::size_t j = 0; j < values.size(); ++j) {
                json data = values[j];
                const std::string name = data.at("name").get<std::string>();
                data.erase("name");
                auto v = regValueFromJson(data);
                if (!v)
                    return bad(where + "/values/" + std::to_string(j) +
                               (v.error().detail.rfind('/', 0) == 0 ? "" : ": ") + v.error().detail);
                key.values[lower(name)] = Value{name, std::move(*v)};
            }
            m.m_keys[lower(path)] = std::move(key);
        }
        return m;
    } catch (const std::exception &e) {
        return bad(std::string("not a valid simulated-machine state: ") + e.what());
    }
}

} // namespace hpr
