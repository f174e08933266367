#include "factcollector.h"

#include "engine/pecheck.h"
#include "engine/registrypaths.h"
#include "engine/secureboot.h"
#include "engine/vbsconfig.h"
#include "systemsource.h"

#include <algorithm>
#include <cctype>

namespace hpr {

namespace {

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

bool contains(const std::string &hay, const char *needle)
{
    return lower(hay).find(needle) != std::string::npos;
}

/// Re-wraps a probe answer with a source text (the collector owns the wording of sources).
/// A backend may name a more precise source (e.g. the fallback it used); it then wins over the default.
template <class T, class U> Fact<T> rewrap(const Fact<U> &probe, T value, const std::string &source)
{
    const std::string s = probe.source().empty() ? source : probe.source();
    if (!probe.isKnown())
        return Fact<T>::unknown(probe.reason(), probe.detail(), s);
    return Fact<T>::known(std::move(value), s);
}

template <class T> Fact<T> unknownLike(const Fact<T> &probe, const std::string &source)
{
    return Fact<T>::unknown(probe.reason(), probe.detail(), source);
}

class Collector
{
public:
    explicit Collector(SystemSource &s)
        : m_s(s)
        , m_tag(s.originTag())
    {
    }

    DeviceFacts run();

private:
    std::string src(const std::string &text) const { return text + m_tag; }
    std::string regSrc(const char *key, const char *value) const { return src("registry " + reg::display(key, value)); }

    Fact<OptInt> regInt(const char *key, const char *value);
    Fact<std::string> regString(const char *key, const char *value);
    /// True when the key was written after the last boot (a change waits for a restart). [INF]
    Fact<bool> changedSinceBoot(std::initializer_list<const char *> keys, const Fact<std::string> &boot);

    void identity(DeviceFacts &f);
    void operatingSystem(DeviceFacts &f);
    void firmwareAndHardware(DeviceFacts &f);
    void vbs(DeviceFacts &f);
    void chpe(DeviceFacts &f);
    void management(DeviceFacts &f);
    void restarts(DeviceFacts &f);
    void secureBootServicing(DeviceFacts &f);
    void kernelDrivers(DeviceFacts &f);
    Fact<secureboot::CertificateStore> certificateStore(const DeviceFacts &f, const char *name, const char *guid);

    SystemSource &m_s;
    std::string m_tag;
    Fact<ComputerSystemInfo> m_cs;
    Fact<DeviceGuardInfo> m_dg;
};

Fact<OptInt> Collector::regInt(const char *key, const char *value)
{
    const auto source = regSrc(key, value);
    auto v = m_s.readValue(key, value);
    if (!v.isKnown())
        return unknownLike(Fact<OptInt>::unknown(v.reason(), v.detail()), source);
    if (!v.value())
        return Fact<OptInt>::known(std::nullopt, source);
    const RegValue &rv = *v.value();
    if (!rv.isNumber())
        return Fact<OptInt>::unknown(UnknownReason::Failed,
                                     std::string("expected a REG_DWORD, found ") + toString(rv.type), source);
    return Fact<OptInt>::known(rv.number, source);
}

Fact<std::string> Collector::regString(const char *key, const char *value)
{
    const auto source = regSrc(key, value);
    auto v = m_s.readValue(key, value);
    if (!v.isKnown())
        return Fact<std::string>::unknown(v.reason(), v.detail(), source);
    if (!v.value())
        return Fact<std::string>::unknown(UnknownReason::SourceMissing, "the registry value is absent", source);
    const RegValue &rv = *v.value();
    if (rv.isNumber())
        return Fact<std::string>::known(std::to_string(rv.number), source);
    return Fact<std::string>::known(rv.text, source);
}

Fact<bool> Collector::changedSinceBoot(std::initializer_list<const char *> keys, const Fact<std::string> &boot)
{
    std::string source = "registry key last-write time after the last boot (";
    bool first = true;
    for (const char *k : keys) {
        source += (first ? "" : ", ") + std::string("HKLM\\") + k;
        first = false;
    }
    source = src(source + ") [INF]");
    if (!boot.isKnown())
        return Fact<bool>::unknown(boot.reason(), "last boot time: " + boot.detail(), source);
    for (const char *k : keys) {
        auto exists = m_s.keyExists(k);
        if (!exists.isKnown())
            return Fact<bool>::unknown(exists.reason(), exists.detail(), source);
        if (!exists.value())
            continue;
        auto written = m_s.keyLastWriteTime(k);
        if (!written.isKnown())
            return Fact<bool>::unknown(written.reason(), written.detail(), source);
        if (written.value() > boot.value()) // ISO 8601 UTC strings compare chronologically
            return Fact<bool>::known(true, source);
    }
    return Fact<bool>::known(false, source);
}

void Collector::identity(DeviceFacts &f)
{
    m_cs = m_s.computerSystem();
    const std::string cs = src("WMI Win32_ComputerSystem.");
    f.hostname = rewrap(m_cs, m_cs.isKnown() ? m_cs.value().name : std::string(), cs + "Name");
    f.manufacturer = rewrap(m_cs, m_cs.isKnown() ? m_cs.value().manufacturer : std::string(), cs + "Manufacturer");
    f.model = rewrap(m_cs, m_cs.isKnown() ? m_cs.value().model : std::string(), cs + "Model");
    auto serial = m_s.biosSerialNumber();
    f.serial = rewrap(serial, serial.valueOr(""), src("WMI Win32_BIOS.SerialNumber"));
    f.hypervisorPresent = rewrap(m_cs, m_cs.isKnown() && m_cs.value().hypervisorPresent,
                                 src("WMI Win32_ComputerSystem.HypervisorPresent"));

    f.domainJoined =
        rewrap(m_cs, m_cs.isKnown() && m_cs.value().partOfDomain, src("WMI Win32_ComputerSystem.PartOfDomain"));

    // Virtual platforms name themselves in the SMBIOS strings. [INF]
    const std::string vmSource =
        src("WMI Win32_ComputerSystem.Manufacturer/Model (known virtual platform names) [INF]");
    if (m_cs.isKnown()) {
        const auto &c = m_cs.value();
        const bool vm = contains(c.model, "virtual machine") || contains(c.model, "vmware") ||
                        contains(c.model, "virtualbox") || contains(c.model, "kvm") || contains(c.model, "qemu") ||
                        contains(c.model, "hvm domu") || contains(c.manufacturer, "qemu") ||
                        contains(c.manufacturer, "innotek") || contains(c.manufacturer, "xen") ||
                        contains(c.manufacturer, "parallels") || contains(c.manufacturer, "amazon ec2");
        f.deviceIsVm = Fact<bool>::known(vm, vmSource);
    } else {
        f.deviceIsVm = Fact<bool>::unknown(m_cs.reason(), m_cs.detail(), vmSource);
    }
}

void Collector::operatingSystem(DeviceFacts &f)
{
    using namespace reg;
    f.osProductName = regString(kCurrentVersion, "ProductName");
    f.osEditionId = regString(kCurrentVersion, "EditionID");
    auto build = regString(kCurrentVersion, "CurrentBuildNumber");
    if (build.isKnown()) {
        try {
            f.osBuild = Fact<std::int64_t>::known(std::stoll(build.value()), build.source());
        } catch (...) {
            f.osBuild =
                Fact<std::int64_t>::unknown(UnknownReason::Failed, "not a number: " + build.value(), build.source());
        }
    } else {
        f.osBuild = Fact<std::int64_t>::unknown(build.reason(), build.detail(), build.source());
    }
    auto ubr = regInt(kCurrentVersion, "UBR");
    if (ubr.isKnown() && ubr.value())
        f.osUbr = Fact<std::int64_t>::known(*ubr.value(), ubr.source());
    else
        f.osUbr =
            Fact<std::int64_t>::unknown(ubr.isKnown() ? UnknownReason::SourceMissing : ubr.reason(),
                                        ubr.isKnown() ? "the registry value is absent" : ubr.detail(), ubr.source());
    f.osDisplayVersion = regString(kCurrentVersion, "DisplayVersion");
    if (!f.osDisplayVersion.isKnown()) {
        auto releaseId = regString(kCurrentVersion, "ReleaseId"); // before Windows 10 20H2
        if (releaseId.isKnown())
            f.osDisplayVersion = releaseId;
    }
    auto type = regString(kCurrentVersion, "InstallationType");
    if (type.isKnown())
        f.osInstallationType =
            Fact<std::string>::known(contains(type.value(), "server") ? "server" : "client", type.source());
    else
        f.osInstallationType = type;

    auto arch = m_s.nativeArchitecture();
    f.osArch = rewrap(arch, arch.valueOr(""), src("API IsWow64Process2 (native machine)"));
    auto elevated = m_s.elevated();
    f.processElevated = rewrap(elevated, elevated.valueOr(false), src("API GetTokenInformation(TokenElevation)"));
}

void Collector::firmwareAndHardware(DeviceFacts &f)
{
    using namespace reg;
    auto fw = m_s.firmwareType();
    f.firmwareType = rewrap(fw, fw.valueOr(""), src("API GetFirmwareType / GetFirmwareEnvironmentVariableW probe"));

    auto sb = m_s.secureBoot();
    if (sb.isKnown()) {
        f.firmwareSecureBoot = Fact<std::string>::known(
            sb.value(), src("UEFI variable SecureBoot {8BE4DF61-93CA-11D2-AA0D-00E098032B8C}"));
    } else {
        // Fallback readable without elevation: the SecureBoot\State registry mirror [UNCONFIRMED-by-MS].
        auto mirror = regInt(kSecureBootState, kUefiSecureBootEnabled);
        if (mirror.isKnown() && mirror.value())
            f.firmwareSecureBoot = Fact<std::string>::known(*mirror.value() == 1 ? "on" : "off", mirror.source());
        else if (fw.is("bios"))
            f.firmwareSecureBoot = Fact<std::string>::known("unsupported", f.firmwareType.source());
        else
            f.firmwareSecureBoot =
                Fact<std::string>::unknown(sb.reason(), sb.detail(), src("UEFI variable SecureBoot"));
    }

    auto dma = m_s.kernelDmaProtection();
    f.dmaKernelProtection =
        rewrap(dma, dma.valueOr(false),
               src("API NtQuerySystemInformation(SystemDmaGuardPolicyInformation) [3P, undocumented]"));

    auto tpm = m_s.tpm();
    // The TPM base services, or Win32_Tpm when they do not answer (the source says which).
    const std::string tpmSource = tpm.isKnown() && !tpm.value().source.empty()
                                      ? tpm.value().source
                                      : std::string("API Tbsi_GetDeviceInfo (TPM_DEVICE_INFO.tpmVersion)");
    f.tpmPresent = rewrap(tpm, tpm.isKnown() && tpm.value().present, src(tpmSource));
    if (tpm.isKnown() && !tpm.value().present)
        f.tpmVersion = Fact<std::string>::unknown(UnknownReason::SourceMissing, "no TPM was found", src(tpmSource));
    else
        f.tpmVersion = rewrap(tpm, tpm.isKnown() ? tpm.value().version : std::string(), src(tpmSource));

    auto nx = m_s.processorFeature(PfNxEnabled);
    f.cpuNx = rewrap(nx, nx.valueOr(false), src("API IsProcessorFeaturePresent(PF_NX_ENABLED)"));

    // Virtualization: Win32_Processor reads False while any hypervisor runs (§3.5), so when one is
    // present the answer comes from Win32_DeviceGuard's "base virtualization support" instead.
    auto cpu = m_s.processor();
    const bool hvPresent = f.hypervisorPresent.valueOr(false);
    const bool baseVirt = m_dg.isKnown() && std::count(m_dg.value().availableSecurityProperties.begin(),
                                                       m_dg.value().availableSecurityProperties.end(), 1);
    const bool isVm = f.deviceIsVm.valueOr(false);
    auto virtFact = [&](bool ProcessorInfo::*member, const char *prop, ProcessorFeature pf) -> Fact<bool> {
        if (!hvPresent) {
            if (cpu.isKnown())
                return Fact<bool>::known(cpu.value().*member, src(std::string("WMI Win32_Processor.") + prop));
            if (pf != PfNxEnabled) {
                auto p = m_s.processorFeature(pf);
                const std::string s = src("API IsProcessorFeaturePresent(" + std::to_string(int(pf)) + ")");
                return rewrap(p, p.valueOr(false), s);
            }
            return Fact<bool>::unknown(cpu.reason(), cpu.detail(), src(std::string("WMI Win32_Processor.") + prop));
        }
        if (baseVirt)
            return Fact<bool>::known(true, src("inferred: Win32_DeviceGuard.AvailableSecurityProperties contains 1 "
                                               "(base virtualization support)"));
        if (isVm && m_dg.isKnown())
            return Fact<bool>::known(false, src("inferred: virtual machine guest whose Win32_DeviceGuard reports no "
                                                "base virtualization support (the host does not expose it)"));
        return Fact<bool>::unknown(UnknownReason::Hidden,
                                   "Win32_Processor hides virtualization features while a hypervisor runs",
                                   src(std::string("WMI Win32_Processor.") + prop));
    };
    f.cpuVirtualizationExtensions =
        virtFact(&ProcessorInfo::vmMonitorModeExtensions, "VMMonitorModeExtensions", PfNxEnabled);
    f.firmwareVirtualizationEnabled =
        virtFact(&ProcessorInfo::virtualizationFirmwareEnabled, "VirtualizationFirmwareEnabled", PfVirtFirmwareEnabled);
    f.cpuSlat = virtFact(&ProcessorInfo::secondLevelAddressTranslation, "SecondLevelAddressTranslationExtensions",
                         PfSecondLevelAddressTranslation);
}

void Collector::vbs(DeviceFacts &f)
{
    using namespace reg;
    auto dgSrc = [this](const char *property) {
        return src(std::string("WMI root\\Microsoft\\Windows\\DeviceGuard Win32_DeviceGuard.") + property);
    };
    if (m_dg.isKnown()) {
        const auto &d = m_dg.value();
        static const char *status[] = {"off", "enabled_not_running", "running"};
        if (d.vbsStatus >= 0 && d.vbsStatus <= 2)
            f.vbsStatus = Fact<std::string>::known(status[d.vbsStatus], dgSrc("VirtualizationBasedSecurityStatus"));
        else
            f.vbsStatus =
                Fact<std::string>::unknown(UnknownReason::Failed, "undocumented status " + std::to_string(d.vbsStatus),
                                           dgSrc("VirtualizationBasedSecurityStatus"));
        f.vbsRequiredProperties =
            Fact<IntList>::known(d.requiredSecurityProperties, dgSrc("RequiredSecurityProperties"));
        f.vbsAvailableProperties =
            Fact<IntList>::known(d.availableSecurityProperties, dgSrc("AvailableSecurityProperties"));
        f.vbsServicesConfigured =
            Fact<IntList>::known(d.securityServicesConfigured, dgSrc("SecurityServicesConfigured"));
        f.vbsServicesRunning = Fact<IntList>::known(d.securityServicesRunning, dgSrc("SecurityServicesRunning"));
    } else {
        f.vbsStatus = unknownLike(Fact<std::string>::unknown(m_dg.reason(), m_dg.detail()),
                                  dgSrc("VirtualizationBasedSecurityStatus"));
        f.vbsRequiredProperties =
            Fact<IntList>::unknown(m_dg.reason(), m_dg.detail(), dgSrc("RequiredSecurityProperties"));
        f.vbsAvailableProperties =
            Fact<IntList>::unknown(m_dg.reason(), m_dg.detail(), dgSrc("AvailableSecurityProperties"));
        f.vbsServicesConfigured =
            Fact<IntList>::unknown(m_dg.reason(), m_dg.detail(), dgSrc("SecurityServicesConfigured"));
        f.vbsServicesRunning = Fact<IntList>::unknown(m_dg.reason(), m_dg.detail(), dgSrc("SecurityServicesRunning"));
    }

    f.vbsRuntimeEnable = regInt(kDeviceGuard, kEnableVbs);
    f.vbsRuntimeRequireFeatures = regInt(kDeviceGuard, kRequireFeatures);
    f.vbsRuntimeLocked = regInt(kDeviceGuard, kLocked);
    f.vbsRuntimeMandatory = regInt(kDeviceGuard, kMandatory);
    f.vbsHvciEnabled = regInt(kHvciScenario, kEnabled);
    f.vbsHvciLocked = regInt(kHvciScenario, kLocked);
    f.vbsGpoEnable = regInt(kDeviceGuardPolicy, kEnableVbs);
    f.vbsGpoRequireFeatures = regInt(kDeviceGuardPolicy, kRequireFeatures);
    f.vbsGpoHvci = regInt(kDeviceGuardPolicy, kGpoHvci);
    f.vbsMdmEnable = regInt(kMdmDeviceGuard, kEnableVbs);
    f.vbsMdmRequireFeatures = regInt(kMdmDeviceGuard, kRequireFeatures);
    f.vbsMdmHvci = regInt(kMdmVbt, kGpoHvci);

    const Fact<OptInt> *all[] = {&f.vbsRuntimeEnable, &f.vbsRuntimeRequireFeatures, &f.vbsHvciEnabled,
                                 &f.vbsGpoEnable,     &f.vbsGpoRequireFeatures,     &f.vbsGpoHvci,
                                 &f.vbsMdmEnable,     &f.vbsMdmRequireFeatures,     &f.vbsMdmHvci};
    const std::string effSrc = src("effective configuration: Group Policy, then MDM, then the DeviceGuard key");
    const Fact<OptInt> *missing = nullptr;
    for (auto *p : all)
        if (!p->isKnown() && !missing)
            missing = p;
    if (missing) {
        f.vbsConfigured = Fact<bool>::unknown(missing->reason(), missing->source() + ": " + missing->detail(), effSrc);
        f.vbsConfiguredBy = Fact<std::string>::unknown(missing->reason(), missing->detail(), effSrc);
        f.vbsEffectiveRequiredFeatures = Fact<std::int64_t>::unknown(missing->reason(), missing->detail(), effSrc);
    } else {
        VbsConfigSources s;
        s.runtimeEnable = f.vbsRuntimeEnable.value();
        s.runtimeRequire = f.vbsRuntimeRequireFeatures.value();
        s.runtimeHvci = f.vbsHvciEnabled.value();
        s.gpoEnable = f.vbsGpoEnable.value();
        s.gpoRequire = f.vbsGpoRequireFeatures.value();
        s.gpoHvci = f.vbsGpoHvci.value();
        s.mdmEnable = f.vbsMdmEnable.value();
        s.mdmRequire = f.vbsMdmRequireFeatures.value();
        s.mdmHvci = f.vbsMdmHvci.value();
        const auto eff = effectiveVbsConfig(s);
        f.vbsConfigured = Fact<bool>::known(eff.vbsEnabled, effSrc);
        f.vbsConfiguredBy =
            Fact<std::string>::known(eff.vbsEnabled || eff.explicitlyDisabled ? eff.enabledBy : "none", effSrc);
        f.vbsEffectiveRequiredFeatures = Fact<std::int64_t>::known(eff.requiredFeatures, effSrc);
    }

    auto launch = m_s.hypervisorLaunchType();
    f.bootHypervisorLaunchType =
        rewrap(launch, launch.valueOr(""), src("boot configuration {current} hypervisorlaunchtype (BCD store)"));
    auto boot = m_s.lastBootTime();
    f.lastBootTime = rewrap(boot, boot.valueOr(""), src("WMI Win32_OperatingSystem.LastBootUpTime"));
    f.vbsRestartPending =
        changedSinceBoot({kDeviceGuard, kHvciScenario, kDeviceGuardPolicy, kMdmDeviceGuard}, f.lastBootTime);
}

void Collector::chpe(DeviceFacts &f)
{
    using namespace reg;
    f.chpeHotPatchRestrictions = regInt(kMemoryManagement, kHotPatchRestrictions);
    f.chpeMdmDisableChpe = regInt(kMdmSystem, kDisableChpe);
    f.chpeRestartPending = changedSinceBoot({kMemoryManagement, kMdmSystem}, f.lastBootTime);
    const std::string s = src("registry HotPatchRestrictions / MDM System/DisableCHPE, in effect after a restart");
    if (!f.chpeHotPatchRestrictions.isKnown() || !f.chpeMdmDisableChpe.isKnown()) {
        const auto &bad = f.chpeHotPatchRestrictions.isKnown() ? f.chpeMdmDisableChpe : f.chpeHotPatchRestrictions;
        f.chpeDisabled = Fact<bool>::unknown(bad.reason(), bad.detail(), s);
        return;
    }
    const bool configured =
        f.chpeHotPatchRestrictions.value() == OptInt(1) || f.chpeMdmDisableChpe.value() == OptInt(1);
    // A value written since the last boot is not in effect yet.
    const bool pending = f.chpeRestartPending.valueOr(false);
    f.chpeDisabled = Fact<bool>::known(configured && !pending, s);
}

void Collector::management(DeviceFacts &f)
{
    using namespace reg;
    auto mdm = m_s.mdmRegistration();
    f.mdmEnrolled = rewrap(mdm, mdm.isKnown() && mdm.value().registered, src("API IsDeviceRegisteredWithManagement"));

    const std::string provSrc =
        src("registry HKLM\\" + std::string(kEnrollments) + "\\*\\ProviderID [UNCONFIRMED-by-MS]");
    auto enrollments = m_s.subkeys(kEnrollments);
    std::string provider;
    if (enrollments.isKnown()) {
        for (const auto &sub : enrollments.value()) {
            const std::string key = std::string(kEnrollments) + "\\" + sub;
            auto pid = m_s.readValue(key, "ProviderID");
            if (pid.isKnown() && pid.value() && !pid.value()->text.empty()) {
                provider = pid.value()->text == "MS DM Server" ? "Microsoft Intune" : pid.value()->text;
                if (provider == "Microsoft Intune")
                    break;
            }
        }
    }
    if (mdm.isKnown() && !mdm.value().registered)
        f.mdmProvider = Fact<std::string>::known("none", f.mdmEnrolled.source());
    else if (!provider.empty())
        f.mdmProvider = Fact<std::string>::known(provider, provSrc);
    else if (mdm.isKnown())
        f.mdmProvider = Fact<std::string>::unknown(
            UnknownReason::SourceMissing, "registered with management, but no enrollment names a provider", provSrc);
    else
        f.mdmProvider = Fact<std::string>::unknown(mdm.reason(), mdm.detail(), provSrc);

    auto join = m_s.entraJoinType();
    const std::string joinSrc = src("API NetGetAadJoinInformation + Win32_ComputerSystem.PartOfDomain");
    if (join.isKnown()) {
        std::string j = join.value();
        if (j == "entra_joined" && m_cs.isKnown() && m_cs.value().partOfDomain)
            j = "hybrid_joined";
        f.entraJoinType = Fact<std::string>::known(j, joinSrc);
    } else {
        f.entraJoinType = Fact<std::string>::unknown(join.reason(), join.detail(), joinSrc);
    }

    f.hotpatchAllowRebootlessUpdates = regInt(kMdmUpdate, kAllowRebootlessUpdates);
    f.hotpatchPolicyEnabled =
        f.hotpatchAllowRebootlessUpdates.isKnown()
            ? Fact<bool>::known(f.hotpatchAllowRebootlessUpdates.value() == OptInt(1),
                                f.hotpatchAllowRebootlessUpdates.source() + " [UNCONFIRMED-by-MS]")
            : Fact<bool>::unknown(f.hotpatchAllowRebootlessUpdates.reason(), f.hotpatchAllowRebootlessUpdates.detail(),
                                  f.hotpatchAllowRebootlessUpdates.source());

    const std::string arcSrc =
        src("registry HKLM\\" + std::string(kTargetingDynamicInstalled) + "\\Hotpatch.*\\Name [3P]");
    auto dyn = m_s.subkeys(kTargetingDynamicInstalled);
    if (!dyn.isKnown()) {
        f.hotpatchServerEnrolled = dyn.reason() == UnknownReason::SourceMissing
                                       ? Fact<bool>::known(false, arcSrc)
                                       : Fact<bool>::unknown(dyn.reason(), dyn.detail(), arcSrc);
    } else {
        bool enrolled = false;
        for (const auto &sub : dyn.value()) {
            if (lower(sub).rfind("hotpatch.", 0) != 0)
                continue;
            auto name = m_s.readValue(std::string(kTargetingDynamicInstalled) + "\\" + sub, "Name");
            if (name.isKnown() && name.value() && name.value()->text == "Hotpatch Enrollment Package")
                enrolled = true;
        }
        f.hotpatchServerEnrolled = Fact<bool>::known(enrolled, arcSrc);
    }
}

void Collector::restarts(DeviceFacts &f)
{
    using namespace reg;
    StringList reasons;
    std::string firstUnknown;
    UnknownReason why = UnknownReason::Failed;
    auto note = [&](const Fact<bool> &probe, const char *reason) {
        if (!probe.isKnown()) {
            if (firstUnknown.empty()) {
                firstUnknown = probe.detail();
                why = probe.reason();
            }
        } else if (probe.value()) {
            reasons.push_back(reason);
        }
    };
    note(m_s.keyExists(kCbsRebootPending), "component_servicing");
    note(m_s.keyExists(kWuRebootRequired), "windows_update");
    auto pfro = m_s.readValue(kSessionManager, kPendingFileRenames);
    note(pfro.isKnown() ? Fact<bool>::known(pfro.value() && !pfro.value()->multi.empty(), {})
                        : Fact<bool>::unknown(pfro.reason(), pfro.detail()),
         "pending_file_rename");
    auto active = m_s.readValue(kActiveComputerName, "ComputerName");
    auto next = m_s.readValue(kComputerName, "ComputerName");
    if (active.isKnown() && next.isKnown())
        note(Fact<bool>::known(active.value() && next.value() && active.value()->text != next.value()->text, {}),
             "computer_rename");
    const std::string s = src("registry: CBS RebootPending, WindowsUpdate RebootRequired, "
                              "PendingFileRenameOperations, ComputerName vs ActiveComputerName");
    if (!firstUnknown.empty() && reasons.empty()) {
        f.rebootPending = Fact<bool>::unknown(why, firstUnknown, s);
        f.rebootPendingReasons = Fact<StringList>::unknown(why, firstUnknown, s);
        return;
    }
    f.rebootPending = Fact<bool>::known(!reasons.empty(), s);
    f.rebootPendingReasons = Fact<StringList>::known(reasons, s);
}

Fact<secureboot::CertificateStore> Collector::certificateStore(const DeviceFacts &f, const char *name, const char *guid)
{
    using Store = secureboot::CertificateStore;
    const std::string source = src(std::string("UEFI variable ") + name + " " + guid +
                                   " (GetFirmwareEnvironmentVariableExW, EFI_SIGNATURE_LIST X.509 entries by SHA-1 "
                                   "thumbprint or subject CN)");
    if (f.firmwareType.is("bios"))
        return Fact<Store>::unknown(UnknownReason::NotSupported,
                                    "legacy BIOS boot: there are no UEFI Secure Boot databases", source);
    auto raw = m_s.firmwareVariable(name, guid);
    if (!raw.isKnown())
        return Fact<Store>::unknown(raw.reason(), raw.detail(), raw.source().empty() ? source : raw.source());
    const auto parsed = secureboot::parseSignatureDatabase(raw.value());
    if (!parsed.ok)
        return Fact<Store>::unknown(UnknownReason::Failed, std::string(name) + ": " + parsed.error, source);
    return Fact<Store>::known(parsed.store, source);
}

void Collector::secureBootServicing(DeviceFacts &f)
{
    using namespace reg;
    const auto db = certificateStore(f, "db", kEfiImageSecurityDatabaseGuid);
    const auto kek = certificateStore(f, "KEK", kEfiGlobalVariableGuid);
    auto inStore = [](const Fact<secureboot::CertificateStore> &store, const char *id) {
        return store.isKnown() ? Fact<bool>::known(store.value().has(id), store.source())
                               : Fact<bool>::unknown(store.reason(), store.detail(), store.source());
    };
    f.sbDbWindowsUefiCa2023 = inStore(db, "windows_uefi_ca_2023");
    f.sbDbMicrosoftUefiCa2023 = inStore(db, "microsoft_uefi_ca_2023");
    f.sbDbOptionRomUefiCa2023 = inStore(db, "option_rom_uefi_ca_2023");
    f.sbDbMicrosoftUefiCa2011 = inStore(db, "microsoft_uefi_ca_2011");
    f.sbKekKek2kCa2023 = inStore(kek, "kek_2k_ca_2023");

    // The servicing values: one derivation for every device kind and for evidence files (engine/secureboot.h).
    secureboot::servicingFacts(
        f,
        [this](const char *key, const char *value) {
            auto v = m_s.readValue(key, value);
            return v.isKnown() ? Fact<std::optional<RegValue>>::known(v.value(), regSrc(key, value))
                               : Fact<std::optional<RegValue>>::unknown(v.reason(), v.detail(), regSrc(key, value));
        },
        m_s.keyExists(kSecureBootServicing));

    const std::string evSrc = src("System log, provider Microsoft-Windows-TPM-WMI (events 1032, 1043, 1795-1808)");
    auto events = m_s.secureBootEvents();
    if (!events.isKnown())
        f.sbLastEvent = Fact<std::string>::unknown(events.reason(), events.detail(), evSrc);
    else if (events.value().empty())
        f.sbLastEvent = Fact<std::string>::known("none", evSrc);
    else {
        const auto &e = events.value().back();
        f.sbLastEvent = Fact<std::string>::known(std::to_string(e.id) + " at " + e.time + ": " + e.message, evSrc);
    }

    auto bl = m_s.bitLocker();
    f.bitlockerProtection =
        rewrap(bl, bl.isKnown() ? bl.value().protection : std::string(),
               src("WMI root\\CIMV2\\Security\\MicrosoftVolumeEncryption Win32_EncryptableVolume.ProtectionStatus "
                   "(operating-system volume)"));
}

void Collector::kernelDrivers(DeviceFacts &f)
{
    // Every kernel or file-system driver service that is not disabled, its file's PE headers checked statically
    // (windows-facts-2.md C.2, C.7): in-box drivers follow the rules, so what is found is third-party.
    const std::string what = "registry HKLM\\" + std::string(reg::kServices) +
                             " (Type 1/2, Start < 4, ImagePath) and each driver file's PE section headers";
    auto services = m_s.subkeys(reg::kServices);
    if (!services.isKnown()) {
        f.driversHvciConcerns = Fact<StringList>::unknown(services.reason(), services.detail(), src(what));
        return;
    }
    std::string systemRoot = "C:\\Windows";
    if (auto root = regString(reg::kCurrentVersion, "SystemRoot"); root.isKnown() && !root.value().empty())
        systemRoot = root.value();
    StringList concerns;
    int checked = 0, unreadable = 0;
    for (const std::string &service : services.value()) {
        const std::string key = std::string(reg::kServices) + "\\" + service;
        const auto type = regInt(key.c_str(), "Type"), start = regInt(key.c_str(), "Start");
        if (!type.isKnown() || (type.value() != OptInt(1) && type.value() != OptInt(2)) || start.is(OptInt(4)))
            continue;
        auto image = regString(key.c_str(), "ImagePath");
        std::string path = image.isKnown() ? image.value() : "System32\\drivers\\" + service + ".sys";
        // \SystemRoot\x, %SystemRoot%\x, System32\x (relative to SystemRoot), \??\C:\x
        const std::string l = lower(path);
        if (l.rfind("\\??\\", 0) == 0)
            path = path.substr(4);
        else if (l.rfind("\\systemroot\\", 0) == 0)
            path = systemRoot + path.substr(11);
        else if (l.rfind("%systemroot%\\", 0) == 0)
            path = systemRoot + path.substr(12);
        else if (l.rfind("system32\\", 0) == 0)
            path = systemRoot + "\\" + path;
        auto head = m_s.fileHead(path, 8192); // the headers and the section table
        if (!head.isKnown()) {
            ++unreadable; // a service whose file is gone does not load: nothing to check
            continue;
        }
        ++checked;
        auto pe = readPeHeaders(head.value());
        const std::string file = path.substr(path.find_last_of('\\') + 1);
        if (!pe) {
            concerns.push_back(file + ": " + pe.error().detail);
            continue;
        }
        for (const std::string &c : hvciConcerns(*pe))
            concerns.push_back(file + ": " + c);
    }
    f.driversHvciConcerns =
        Fact<StringList>::known(concerns, src(what + ": " + std::to_string(checked) + " driver file(s) checked, " +
                                              std::to_string(unreadable) + " not readable"));
}

DeviceFacts Collector::run()
{
    DeviceFacts f;
    identity(f);
    m_dg = m_s.deviceGuard();
    operatingSystem(f);
    firmwareAndHardware(f);
    vbs(f);
    chpe(f);
    management(f);
    restarts(f);
    secureBootServicing(f);
    kernelDrivers(f);
    return f;
}

} // namespace

DeviceFacts collectFacts(SystemSource &source)
{
    return Collector(source).run();
}

} // namespace hpr
