#include "msinfo.h"

namespace hpr {

MsinfoChange msinfoChange(const std::vector<std::pair<std::string, std::string>> &before, const std::string &item,
                          const std::string &after)
{
    MsinfoChange c{"(not recorded)", after.empty() ? "(empty)" : after};
    for (const auto &[beforeItem, beforeValue] : before)
        if (beforeItem == item)
            c.before = beforeValue.empty() ? "(empty)" : beforeValue;
    return c;
}

std::string securityPropertyName(int code)
{
    switch (code) {
    case 1: return "Base Virtualization Support";
    case 2: return "Secure Boot";
    case 3: return "DMA Protection";
    case 4: return "Secure Memory Overwrite"; // display string not observed [UNCONFIRMED]
    case 5: return "UEFI Code Readonly";
    case 6: return "SMM Security Mitigations 1.0";
    case 7: return "Mode Based Execution Control";
    case 8: return "APIC Virtualization";
    default: return "Property " + std::to_string(code);
    }
}

std::string securityServiceName(int code)
{
    switch (code) {
    case 1: return "Credential Guard";
    case 2: return "Hypervisor enforced Code Integrity";
    case 3: return "Secure Launch";
    case 4: return "SMM Firmware Measurement"; // display string not observed [UNCONFIRMED]
    case 5: return "Kernel-mode Hardware-enforced Stack Protection";
    case 6: return "Kernel-mode Hardware-enforced Stack Protection (audit)";
    case 7: return "Hypervisor-Enforced Paging Translation"; // display string not observed [UNCONFIRMED]
    default: return "Service " + std::to_string(code);
    }
}

namespace {

std::string names(const Fact<IntList> &f, std::string (*name)(int))
{
    if (!f.isKnown())
        return "(unknown)";
    std::string out;
    for (int c : f.value()) {
        if (c == 0)
            continue; // msinfo32 shows an empty line for {0}
        out += (out.empty() ? "" : ", ") + name(c);
    }
    return out;
}

} // namespace

std::vector<std::pair<std::string, std::string>> msinfoLines(const DeviceFacts &f)
{
    std::vector<std::pair<std::string, std::string>> lines;
    std::string vbs = "(unknown)";
    if (f.vbsStatus.is("running"))
        vbs = "Running";
    else if (f.vbsStatus.is("enabled_not_running"))
        vbs = "Enabled but not running";
    else if (f.vbsStatus.is("off"))
        vbs = "Not enabled";
    lines.emplace_back("Virtualization-based security", vbs);
    lines.emplace_back("Virtualization-based security Required Security Properties",
                       names(f.vbsRequiredProperties, securityPropertyName));
    lines.emplace_back("Virtualization-based security Available Security Properties",
                       names(f.vbsAvailableProperties, securityPropertyName));
    lines.emplace_back("Virtualization-based security Services Configured",
                       names(f.vbsServicesConfigured, securityServiceName));
    lines.emplace_back("Virtualization-based security Services Running",
                       names(f.vbsServicesRunning, securityServiceName));
    std::string sb = "(unknown)";
    if (f.firmwareSecureBoot.is("on"))
        sb = "On";
    else if (f.firmwareSecureBoot.is("off"))
        sb = "Off";
    else if (f.firmwareSecureBoot.is("unsupported"))
        sb = "Unsupported";
    lines.emplace_back("Secure Boot State", sb);
    lines.emplace_back("BIOS Mode", f.firmwareType.is("uefi")   ? "UEFI"
                                    : f.firmwareType.is("bios") ? "Legacy"
                                                                : "(unknown)");
    lines.emplace_back("Kernel DMA Protection",
                       f.dmaKernelProtection.isKnown() ? (f.dmaKernelProtection.value() ? "On" : "Off") : "(unknown)");
    if (f.osArch.is("arm64"))
        lines.emplace_back("CHPE (HotPatchRestrictions)", f.chpeDisabled.is(true) ? "Disabled (1)" : "Enabled");
    return lines;
}

} // namespace hpr
