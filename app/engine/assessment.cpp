#include "assessment.h"

#include "registrypaths.h"
#include "secureboot.h"

#include <algorithm>
#include <optional>

namespace hpr {

const char *toString(CheckStatus s)
{
    switch (s) {
    case CheckStatus::Pass: return "pass";
    case CheckStatus::Warn: return "warn";
    case CheckStatus::Fail: return "fail";
    case CheckStatus::Unknown: return "unknown";
    case CheckStatus::NotApplicable: return "not_applicable";
    }
    return "unknown";
}

const char *toString(FixWhere f)
{
    switch (f) {
    case FixWhere::None: return "none";
    case FixWhere::HereOneReboot: return "here_one_reboot";
    case FixWhere::FirmwareSetup: return "firmware_setup";
    case FixWhere::IntuneOrPolicy: return "intune_or_group_policy";
    case FixWhere::WindowsUpdate: return "windows_update";
    case FixWhere::BootConfiguration: return "boot_configuration";
    case FixWhere::VmHost: return "vm_host";
    case FixWhere::HardwareOrEdition: return "other_hardware_or_edition";
    case FixWhere::Licensing: return "licensing";
    }
    return "none";
}

const char *toString(BlockerCategory c)
{
    switch (c) {
    case BlockerCategory::None: return "none";
    case BlockerCategory::Hardware: return "hardware";
    case BlockerCategory::FirmwareSetting: return "firmware_setting";
    case BlockerCategory::Edition: return "edition";
    case BlockerCategory::Build: return "build";
    case BlockerCategory::Management: return "management";
    case BlockerCategory::BootConfiguration: return "boot_configuration";
    }
    return "none";
}

const char *toString(Verdict v)
{
    switch (v) {
    case Verdict::Ready: return "ready";
    case Verdict::ReadyAfterFixes: return "ready_after_fixes";
    case Verdict::Blocked: return "blocked";
    case Verdict::Undetermined: return "undetermined";
    }
    return "undetermined";
}

const CheckResult *Assessment::check(const std::string &id) const
{
    for (const auto &c : checks)
        if (c.id == id)
            return &c;
    return nullptr;
}

const std::vector<std::string> &checkCatalogue()
{
    static const std::vector<std::string> ids = {
        "HP-EDITION", "HP-BUILD",          "HP-BASELINE",          "HP-ARCH", "HP-UEFI", "HP-SECUREBOOT",
        "HP-TPM",     "HP-CPU-VIRT",       "HP-VIRT-FIRMWARE",     "HP-SLAT", "HP-NX",   "HP-HYPERVISOR-LAUNCH",
        "HP-DMA",     "HP-VBS-CONFIGURED", "HP-VBS-RUNNING",       "HP-CHPE", "HP-MDM",  "HP-HOTPATCH-POLICY",
        "HP-LICENSE", "HP-PENDING-REBOOT", "HP-SECUREBOOT-CA2023",
    };
    return ids;
}

namespace {

template <class T> EvidenceItem ev(const char *id, const Fact<T> &f)
{
    return EvidenceItem{id, displayValue(f),
                        f.isKnown() ? f.source() : f.source() + (f.source().empty() ? "" : ": ") + f.detail()};
}

bool startsWith(const std::string &s, const char *p)
{
    return s.rfind(p, 0) == 0;
}
bool hasCode(const Fact<IntList> &f, int code)
{
    return f.isKnown() && std::find(f.value().begin(), f.value().end(), code) != f.value().end();
}

/// "<what> could not be read (<reason>: <detail>)." The reason is the code, the detail the platform's words.
Text unknownT(Text what, UnknownReason r, const std::string &detail)
{
    const std::string why = std::string(toString(r)) + (detail.empty() ? "" : ": " + detail);
    //: %1: what could not be read (e.g. "The build number"); %2: the reason code and the system's detail.
    Text s(QT_TRANSLATE_NOOP("hpr::engine", "%1 could not be read (%2)."), {std::move(what), why});
    if (r == UnknownReason::NotElevated)
        return sentences(std::move(s), QT_TRANSLATE_NOOP("hpr::engine", "Run the tool as administrator to read it."));
    return s;
}

/// Builder for one check result: each text is set once, as a Text, and its English rendering beside it.
struct C
{
    CheckResult r;
    C(const char *id, Text title)
    {
        r.id = id;
        r.title = title.str();
        r.titleText = std::move(title);
    }
    C &status(CheckStatus s)
    {
        r.status = s;
        return *this;
    }
    C &summary(Text s)
    {
        r.summary = s.str();
        r.summaryText = std::move(s);
        return *this;
    }
    C &explain(Text s)
    {
        r.explanation = s.str();
        r.explanationText = std::move(s);
        return *this;
    }
    template <class T> C &evidence(const char *id, const Fact<T> &f)
    {
        r.evidence.push_back(ev(id, f));
        return *this;
    }
    C &fix(FixWhere w, Text action, BlockerCategory b = BlockerCategory::None)
    {
        r.fix = w;
        r.fixAction = action.str();
        r.fixActionText = std::move(action);
        r.blocker = (r.status == CheckStatus::Fail) ? b : BlockerCategory::None;
        return *this;
    }
    operator CheckResult() { return r; }
};

const char *kBitLocker = QT_TRANSLATE_NOOP(
    "hpr::engine", "Suspend BitLocker for one restart before changing firmware settings "
                   "(manage-bde -protectors -disable C: -RebootCount 1), or have the recovery key at hand.");

bool vbsRunning(const DeviceFacts &f)
{
    return f.vbsStatus.is("running");
}
bool isServer(const DeviceFacts &f)
{
    return f.osInstallationType.is("server");
}

CheckResult checkEdition(const DeviceFacts &f)
{
    C c("HP-EDITION", QT_TRANSLATE_NOOP("hpr::engine", "Windows edition"));
    c.evidence("os.edition_id", f.osEditionId).evidence("os.installation_type", f.osInstallationType);
    if (!f.osEditionId.isKnown())
        return c.status(CheckStatus::Unknown)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "Edition unknown"))
            .explain(unknownT(QT_TRANSLATE_NOOP("hpr::engine", "The edition (EditionID)"), f.osEditionId.reason(),
                              f.osEditionId.detail()));
    const std::string e = f.osEditionId.value();
    if (isServer(f)) {
        if (startsWith(e, "ServerStandard") || startsWith(e, "ServerDatacenter") || e == "ServerTurbine")
            return c.status(CheckStatus::Pass)
                .summary(
                    Text(QT_TRANSLATE_NOOP("hpr::engine",
                                           "Windows Server %1 supports hotpatch (through Azure Arc or Azure Edition)"),
                         {e}))
                .explain(QT_TRANSLATE_NOOP(
                    "hpr::engine",
                    "Windows Server 2025 Standard, Datacenter and Datacenter: Azure Edition can take hotpatch "
                    "updates; Standard and Datacenter are enabled through Azure Arc."));
        return c.status(CheckStatus::Fail)
            .summary(Text(QT_TRANSLATE_NOOP("hpr::engine", "Server edition %1 is not hotpatch-eligible"), {e}))
            .explain(QT_TRANSLATE_NOOP(
                "hpr::engine", "Hotpatch for Windows Server needs Standard, Datacenter or Datacenter: Azure Edition."))
            .fix(FixWhere::HardwareOrEdition,
                 QT_TRANSLATE_NOOP("hpr::engine", "Move the workload to Windows Server 2025 Standard or Datacenter."),
                 BlockerCategory::Edition);
    }
    if (startsWith(e, "Enterprise") && e != "EnterpriseS" && e != "EnterpriseSN")
        return c.status(CheckStatus::Pass)
            .summary(Text(QT_TRANSLATE_NOOP("hpr::engine", "The %1 edition is eligible"), {e}))
            .explain(QT_TRANSLATE_NOOP("hpr::engine", "Enterprise is the edition the hotpatch documentation names."));
    if (startsWith(e, "Education") || e == "IoTEnterprise")
        return c.status(CheckStatus::Pass)
            .summary(Text(QT_TRANSLATE_NOOP("hpr::engine", "The %1 edition is eligible"), {e}))
            .explain(QT_TRANSLATE_NOOP("hpr::engine",
                                       "Education (with an A3/A5 licence) and IoT Enterprise are eligible editions."));
    if (e == "EnterpriseS" || e == "EnterpriseSN" || e == "IoTEnterpriseS")
        return c.status(CheckStatus::Warn)
            .summary(Text(QT_TRANSLATE_NOOP("hpr::engine", "LTSC edition %1: hotpatch eligibility not confirmed"), {e}))
            .explain(QT_TRANSLATE_NOOP(
                "hpr::engine", "No Microsoft source read by this tool lists the LTSC editions as hotpatch-eligible "
                               "[UNCONFIRMED]. Confirm with Microsoft before relying on hotpatch here."));
    if (startsWith(e, "Professional"))
        return c.status(CheckStatus::Warn)
            .summary(QT_TRANSLATE_NOOP(
                "hpr::engine", "Windows 11 Pro qualifies only through a Microsoft 365 Business Premium licence"))
            .explain(QT_TRANSLATE_NOOP(
                "hpr::engine",
                "Microsoft 365 Business Premium keeps devices on Windows 11 Pro and is an eligible licence; "
                "with any other licence, Pro devices are not offered hotpatch updates. The licence cannot "
                "be seen from the device (see HP-LICENSE)."))
            .fix(FixWhere::Licensing,
                 QT_TRANSLATE_NOOP("hpr::engine",
                                   "Confirm the user has Microsoft 365 Business Premium, or move the device to "
                                   "Enterprise (E3/E5 subscription activation)."));
    if (startsWith(e, "Core") || startsWith(e, "CloudEdition"))
        return c.status(CheckStatus::Fail)
            .summary(
                startsWith(e, "Core")
                    ? Text(QT_TRANSLATE_NOOP("hpr::engine", "The Home edition (%1) cannot receive hotpatch updates"),
                           {e})
                    : Text(QT_TRANSLATE_NOOP("hpr::engine", "Windows 11 SE (%1) cannot receive hotpatch updates"), {e}))
            .explain(QT_TRANSLATE_NOOP(
                "hpr::engine",
                "Hotpatch is offered to Enterprise, Education and (with Business Premium) Pro devices only."))
            .fix(FixWhere::HardwareOrEdition,
                 QT_TRANSLATE_NOOP("hpr::engine", "Upgrade the edition to Enterprise or Education (or Pro with "
                                                  "Microsoft 365 Business Premium)."),
                 BlockerCategory::Edition);
    return c.status(CheckStatus::Warn)
        .summary(Text(QT_TRANSLATE_NOOP("hpr::engine", "Unrecognized edition %1"), {e}))
        .explain(QT_TRANSLATE_NOOP(
            "hpr::engine", "This edition is not in the tool's list; check Microsoft's eligibility list for it."));
}

CheckResult checkBuild(const DeviceFacts &f)
{
    C c("HP-BUILD", QT_TRANSLATE_NOOP("hpr::engine", "Windows version and build"));
    c.evidence("os.build", f.osBuild).evidence("os.ubr", f.osUbr).evidence("os.display_version", f.osDisplayVersion);
    if (!f.osBuild.isKnown())
        return c.status(CheckStatus::Unknown)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "Build unknown"))
            .explain(
                unknownT(QT_TRANSLATE_NOOP("hpr::engine", "The build number"), f.osBuild.reason(), f.osBuild.detail()));
    const auto build = f.osBuild.value();
    const std::string full = std::to_string(build) + (f.osUbr.isKnown() ? "." + std::to_string(f.osUbr.value()) : "");
    const std::int64_t minUbr = isServer(f) ? 1742 : 2033;
    if (isServer(f)) {
        if (build != 26100)
            return c.status(CheckStatus::Fail)
                .summary(Text(QT_TRANSLATE_NOOP("hpr::engine", "Build %1 is not Windows Server 2025"), {full}))
                .explain(QT_TRANSLATE_NOOP(
                    "hpr::engine", "Hotpatch with Azure Arc needs Windows Server 2025 (build 26100.1742 or later)."))
                .fix(FixWhere::WindowsUpdate,
                     QT_TRANSLATE_NOOP("hpr::engine", "Upgrade the server to Windows Server 2025."),
                     BlockerCategory::Build);
    } else if (build == 28000) {
        return c.status(CheckStatus::Fail)
            .summary(Text(QT_TRANSLATE_NOOP("hpr::engine", "Windows 11 26H1 (%1) does not support hotpatch"), {full}))
            .explain(QT_TRANSLATE_NOOP(
                "hpr::engine",
                "Microsoft: devices on Windows 11, version 26H1 receive monthly updates but do not support "
                "hotpatch. 26H1 ships only on Snapdragon X2 devices and cannot move to 26H2."))
            .fix(FixWhere::HardwareOrEdition,
                 QT_TRANSLATE_NOOP("hpr::engine",
                                   "None on this device; plan for the next version that supports hotpatch."),
                 BlockerCategory::Build);
    } else if (build < 26100) {
        return c.status(CheckStatus::Fail)
            .summary(Text(QT_TRANSLATE_NOOP("hpr::engine", "Build %1 is older than Windows 11 24H2 (26100)"), {full}))
            .explain(QT_TRANSLATE_NOOP("hpr::engine", "Hotpatch needs Windows 11 version 24H2 or later."))
            .fix(FixWhere::WindowsUpdate,
                 QT_TRANSLATE_NOOP("hpr::engine",
                                   "Upgrade to Windows 11 24H2 or later (feature update), then assess again."),
                 BlockerCategory::Build);
    } else if (build != 26100 && build != 26200 && build != 26300) {
        return c.status(CheckStatus::Warn)
            .summary(Text(QT_TRANSLATE_NOOP("hpr::engine", "Build %1 is not in the tool's release table"), {full}))
            .explain(QT_TRANSLATE_NOOP(
                "hpr::engine", "This build is newer than the tool knows; update the release table (--release-table)."));
    }
    if (!f.osUbr.isKnown())
        return c.status(CheckStatus::Unknown)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "Update revision (UBR) unknown"))
            .explain(unknownT(QT_TRANSLATE_NOOP("hpr::engine", "The update build revision"), f.osUbr.reason(),
                              f.osUbr.detail()));
    const std::string minimum = std::to_string(build) + "." + std::to_string(minUbr);
    if (f.osUbr.value() < minUbr)
        return c.status(CheckStatus::Fail)
            .summary(
                Text(QT_TRANSLATE_NOOP("hpr::engine", "Build %1 is below the hotpatch minimum %2"), {full, minimum}))
            .explain(Text(QT_TRANSLATE_NOOP("hpr::engine", "Hotpatch needs at least build %1."), {minimum}))
            .fix(FixWhere::WindowsUpdate, QT_TRANSLATE_NOOP("hpr::engine", "Install the latest cumulative update."),
                 BlockerCategory::Build);
    if (build == 26300)
        return c.status(CheckStatus::Warn)
            .summary(Text(QT_TRANSLATE_NOOP("hpr::engine", "Windows 11 26H2 (%1)"), {full}))
            .explain(QT_TRANSLATE_NOOP(
                "hpr::engine",
                "26H2 shares the 24H2/25H2 servicing branch and should qualify as \"24H2 or later\", but no "
                "Microsoft statement was found [UNCONFIRMED]."));
    Text why = isServer(f)
                   ? Text(QT_TRANSLATE_NOOP("hpr::engine", "Windows Server 2025 at or above %1."), {minimum})
                   : Text(QT_TRANSLATE_NOOP("hpr::engine", "Windows 11 24H2 or later at or above %1."), {minimum});
    if (f.osArch.is("arm64"))
        why = sentences(std::move(why),
                        QT_TRANSLATE_NOOP("hpr::engine",
                                          "The Arm64 minimum build is not confirmed by Microsoft [UNCONFIRMED]; "
                                          "being on the current baseline is what counts."));
    return c.status(CheckStatus::Pass)
        .summary(Text(QT_TRANSLATE_NOOP("hpr::engine", "Build %1 supports hotpatch"), {full}))
        .explain(why);
}

CheckResult checkBaseline(const DeviceFacts &f, const std::string &asOf, const ReleaseTable &table)
{
    C c("HP-BASELINE", QT_TRANSLATE_NOOP("hpr::engine", "Current quarterly baseline"));
    c.evidence("update.baseline_status", f.updateBaselineStatus)
        .evidence("update.latest_baseline", f.updateLatestBaseline)
        .evidence("update.channel_month", f.updateChannelMonth);
    if (!f.osBuild.isKnown() || !f.osUbr.isKnown() || !f.osInstallationType.isKnown())
        return c.status(CheckStatus::Unknown)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "Baseline position unknown: build or UBR unknown"))
            .explain(QT_TRANSLATE_NOOP(
                "hpr::engine", "Without the build and UBR the tool cannot compare the device with the release table."));
    const auto pos = positionOf(table, f.osInstallationType.value(), f.osBuild.value(), f.osUbr.value(), asOf);
    const Text &position = pos.explanationText;
    if (!table.trackFor(f.osInstallationType.value(), f.osBuild.value()))
        return c.status(CheckStatus::NotApplicable)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "No hotpatch track for this build"))
            .explain(sentences(position, QT_TRANSLATE_NOOP("hpr::engine", "See HP-BUILD.")));
    std::optional<Text> stale;
    if (!pos.missingPlannedBaselines.empty()) {
        const Text missing = listOf(pos.missingPlannedBaselineTexts);
        stale = Text(
            QT_TRANSLATE_NOOP("hpr::engine",
                              "The release table (dated %1, sources as of %2) does not list %3 (planned baseline); if "
                              "Microsoft has released it, the device must install it to stay on hotpatch. Update the "
                              "release table when the release notes list it."),
            {table.date, table.sourcesAsOf, missing});
    }
    auto withStale = [&](Text t) { return stale ? sentences(std::move(t), *stale) : t; };
    if (pos.status == "behind_baseline")
        return c.status(CheckStatus::Fail)
            .summary(
                Text(QT_TRANSLATE_NOOP("hpr::engine", "Behind the latest baseline (%1)"), {pos.latestBaseline->kb}))
            .explain(withStale(
                sentences(position, QT_TRANSLATE_NOOP("hpr::engine",
                                                      "Devices that are not on the latest baseline are not offered "
                                                      "hotpatch updates; they get the normal cumulative update "
                                                      "instead."))))
            .fix(FixWhere::WindowsUpdate,
                 Text(QT_TRANSLATE_NOOP("hpr::engine",
                                        "Install the latest baseline cumulative update (%1 or later) through "
                                        "Windows Update or the update ring, and restart."),
                      {pos.latestBaseline->kb}),
                 BlockerCategory::Build);
    if (pos.status != "current_baseline")
        return c.status(CheckStatus::Unknown)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "Baseline position unknown"))
            .explain(position);
    if (stale)
        return c.status(CheckStatus::Warn)
            .summary(Text(QT_TRANSLATE_NOOP("hpr::engine", "On the latest baseline the table knows (%1)"),
                          {pos.latestBaseline->kb}))
            .explain(withStale(position));
    return c.status(CheckStatus::Pass)
        .summary(Text(QT_TRANSLATE_NOOP("hpr::engine", "On the latest baseline (%1)"), {pos.latestBaseline->kb}))
        .explain(position);
}

CheckResult checkArch(const DeviceFacts &f)
{
    C c("HP-ARCH", QT_TRANSLATE_NOOP("hpr::engine", "Processor architecture"));
    c.evidence("os.arch", f.osArch);
    if (!f.osArch.isKnown())
        return c.status(CheckStatus::Unknown)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "Architecture unknown"))
            .explain(unknownT(QT_TRANSLATE_NOOP("hpr::engine", "The native architecture"), f.osArch.reason(),
                              f.osArch.detail()));
    if (f.osArch.is("x64"))
        return c.status(CheckStatus::Pass)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "x64 (AMD64/Intel 64)"))
            .explain(QT_TRANSLATE_NOOP("hpr::engine", "x64 devices support hotpatch."));
    if (f.osArch.is("arm64"))
        return c.status(CheckStatus::Pass)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "Arm64: supported with CHPE disabled (see HP-CHPE)"))
            .explain(
                QT_TRANSLATE_NOOP("hpr::engine", "Arm64 devices support hotpatch once CHPE binaries are disabled."));
    return c.status(CheckStatus::Fail)
        .summary(Text(QT_TRANSLATE_NOOP("hpr::engine", "32-bit %1 cannot run VBS"), {f.osArch.value()}))
        .explain(QT_TRANSLATE_NOOP("hpr::engine", "VBS and hotpatch need a 64-bit processor and a 64-bit Windows."))
        .fix(FixWhere::HardwareOrEdition,
             QT_TRANSLATE_NOOP("hpr::engine",
                               "Replace the device (or reinstall 64-bit Windows 11 if the CPU is 64-bit)."),
             BlockerCategory::Hardware);
}

CheckResult checkUefi(const DeviceFacts &f)
{
    C c("HP-UEFI", QT_TRANSLATE_NOOP("hpr::engine", "UEFI boot"));
    c.evidence("firmware.type", f.firmwareType).evidence("vbs.status", f.vbsStatus);
    if (f.firmwareType.is("uefi"))
        return c.status(CheckStatus::Pass)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "Booted in UEFI mode"))
            .explain(QT_TRANSLATE_NOOP("hpr::engine", "UEFI is needed for Secure Boot."));
    if (!f.firmwareType.isKnown())
        return c.status(vbsRunning(f) ? CheckStatus::Warn : CheckStatus::Unknown)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "Firmware type unknown"))
            .explain(unknownT(QT_TRANSLATE_NOOP("hpr::engine", "The firmware type"), f.firmwareType.reason(),
                              f.firmwareType.detail()));
    if (vbsRunning(f))
        return c.status(CheckStatus::Warn)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "Legacy BIOS boot, but VBS is running"))
            .explain(QT_TRANSLATE_NOOP(
                "hpr::engine", "VBS runs without Secure Boot on this device, which is enough for hotpatch, but it is "
                               "weaker: Secure Boot needs UEFI. Plan a conversion (MBR2GPT, then UEFI mode in firmware "
                               "setup)."));
    return c.status(CheckStatus::Fail)
        .summary(QT_TRANSLATE_NOOP("hpr::engine", "Legacy BIOS (CSM) boot: Secure Boot is impossible"))
        .explain(QT_TRANSLATE_NOOP(
            "hpr::engine",
            "The VBS fix requires Secure Boot (RequirePlatformSecurityFeatures=1), and Secure Boot needs "
            "UEFI boot."))
        .fix(FixWhere::FirmwareSetup,
             sentences(QT_TRANSLATE_NOOP(
                           "hpr::engine",
                           "Convert the system disk with 'mbr2gpt /convert /allowFullOS', then switch firmware setup "
                           "to UEFI mode (disable CSM) and turn on Secure Boot."),
                       kBitLocker),
             BlockerCategory::FirmwareSetting);
}

CheckResult checkSecureBoot(const DeviceFacts &f)
{
    C c("HP-SECUREBOOT", QT_TRANSLATE_NOOP("hpr::engine", "Secure Boot"));
    c.evidence("firmware.secure_boot", f.firmwareSecureBoot)
        .evidence("vbs.effective_required_features", f.vbsEffectiveRequiredFeatures);
    if (f.firmwareSecureBoot.is("on"))
        return c.status(CheckStatus::Pass)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "Secure Boot is on"))
            .explain(QT_TRANSLATE_NOOP("hpr::engine", "VBS can require Secure Boot."));
    if (!f.firmwareSecureBoot.isKnown())
        return c.status(vbsRunning(f) ? CheckStatus::Warn : CheckStatus::Unknown)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "Secure Boot state unknown"))
            .explain(unknownT(QT_TRANSLATE_NOOP("hpr::engine", "The Secure Boot state"), f.firmwareSecureBoot.reason(),
                              f.firmwareSecureBoot.detail()));
    const bool unsupported = f.firmwareSecureBoot.is("unsupported");
    if (vbsRunning(f))
        return c.status(CheckStatus::Warn)
            .summary(unsupported
                         ? QT_TRANSLATE_NOOP("hpr::engine", "Secure Boot unsupported (BIOS), VBS running anyway")
                         : QT_TRANSLATE_NOOP("hpr::engine", "Secure Boot is off, VBS running anyway"))
            .explain(QT_TRANSLATE_NOOP(
                "hpr::engine", "VBS runs without requiring Secure Boot here, which is enough for hotpatch. Microsoft "
                               "recommends requiring Secure Boot (RequirePlatformSecurityFeatures=1)."));
    if (unsupported)
        return c.status(CheckStatus::Fail)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "Secure Boot unsupported: the device boots in legacy BIOS mode"))
            .explain(QT_TRANSLATE_NOOP("hpr::engine", "Secure Boot needs UEFI boot; see HP-UEFI."))
            .fix(FixWhere::FirmwareSetup,
                 QT_TRANSLATE_NOOP("hpr::engine", "Switch to UEFI boot first (see HP-UEFI), then turn on Secure Boot."),
                 BlockerCategory::FirmwareSetting);
    return c.status(CheckStatus::Fail)
        .summary(QT_TRANSLATE_NOOP("hpr::engine", "Secure Boot is off"))
        .explain(QT_TRANSLATE_NOOP(
            "hpr::engine",
            "VBS is (or will be, with the fix) set to require Secure Boot, so it cannot run while Secure "
            "Boot is off."))
        .fix(FixWhere::FirmwareSetup,
             sentences(QT_TRANSLATE_NOOP(
                           "hpr::engine",
                           "Turn on Secure Boot in firmware setup (Security or Boot menu; restore the factory keys "
                           "if it is greyed out)."),
                       kBitLocker),
             BlockerCategory::FirmwareSetting);
}

CheckResult checkTpm(const DeviceFacts &f)
{
    C c("HP-TPM", QT_TRANSLATE_NOOP("hpr::engine", "TPM 2.0"));
    c.evidence("tpm.present", f.tpmPresent).evidence("tpm.version", f.tpmVersion);
    if (!f.tpmPresent.isKnown())
        return c.status(CheckStatus::Unknown)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "TPM state unknown"))
            .explain(
                unknownT(QT_TRANSLATE_NOOP("hpr::engine", "The TPM"), f.tpmPresent.reason(), f.tpmPresent.detail()));
    if (f.tpmPresent.value() && f.tpmVersion.is("2.0"))
        return c.status(CheckStatus::Pass)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "TPM 2.0 present"))
            .explain(QT_TRANSLATE_NOOP("hpr::engine", "Windows 11 requires TPM 2.0."));
    if (isServer(f))
        return c.status(CheckStatus::Warn)
            .summary(f.tpmPresent.value()
                         ? Text(QT_TRANSLATE_NOOP("hpr::engine", "TPM %1"), {f.tpmVersion.valueOr("?")})
                         : Text(QT_TRANSLATE_NOOP("hpr::engine", "No TPM")))
            .explain(QT_TRANSLATE_NOOP(
                "hpr::engine", "Windows Server does not require a TPM for hotpatch; Credential Guard and measured boot "
                               "work better with TPM 2.0."));
    if (!f.tpmPresent.value())
        return c.status(CheckStatus::Fail)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "No TPM found"))
            .explain(QT_TRANSLATE_NOOP(
                "hpr::engine",
                "Windows 11 requires TPM 2.0; a device without one runs an unsupported installation. Most "
                "devices since 2016 have a firmware TPM that is only switched off."))
            .fix(FixWhere::FirmwareSetup,
                 QT_TRANSLATE_NOOP(
                     "hpr::engine",
                     "Turn on the firmware TPM in firmware setup (Intel PTT or AMD fTPM); on a VM, add a virtual "
                     "TPM. If the device has no TPM at all it needs other hardware."),
                 BlockerCategory::FirmwareSetting);
    return c.status(CheckStatus::Fail)
        .summary(Text(QT_TRANSLATE_NOOP("hpr::engine", "TPM %1 (Windows 11 needs 2.0)"), {f.tpmVersion.valueOr("?")}))
        .explain(QT_TRANSLATE_NOOP(
            "hpr::engine",
            "Windows 11 requires TPM 2.0; some TPM 1.2 chips can take a 2.0 firmware update from the OEM."))
        .fix(FixWhere::HardwareOrEdition,
             QT_TRANSLATE_NOOP("hpr::engine",
                               "Check the OEM for a TPM 2.0 firmware update; otherwise replace the device."),
             BlockerCategory::Hardware);
}

CheckResult checkCpuVirt(const DeviceFacts &f)
{
    C c("HP-CPU-VIRT", QT_TRANSLATE_NOOP("hpr::engine", "Virtualization extensions (VT-x / AMD-V)"));
    c.evidence("cpu.virtualization_extensions", f.cpuVirtualizationExtensions)
        .evidence("device.is_vm", f.deviceIsVm)
        .evidence("hypervisor.present", f.hypervisorPresent);
    if (!f.cpuVirtualizationExtensions.isKnown())
        return c.status(vbsRunning(f) ? CheckStatus::Pass : CheckStatus::Unknown)
            .summary(vbsRunning(f) ? QT_TRANSLATE_NOOP("hpr::engine", "VBS runs, so the extensions are present")
                                   : QT_TRANSLATE_NOOP("hpr::engine", "Virtualization extensions unknown"))
            .explain(unknownT(QT_TRANSLATE_NOOP("hpr::engine", "The virtualization extensions"),
                              f.cpuVirtualizationExtensions.reason(), f.cpuVirtualizationExtensions.detail()));
    if (f.cpuVirtualizationExtensions.value())
        return c.status(CheckStatus::Pass)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "Present"))
            .explain(QT_TRANSLATE_NOOP("hpr::engine", "The hypervisor needs VT-x or AMD-V."));
    if (f.deviceIsVm.valueOr(false))
        return c.status(CheckStatus::Fail)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "This VM does not see virtualization extensions"))
            .explain(QT_TRANSLATE_NOOP(
                "hpr::engine", "VBS inside a virtual machine needs nested virtualization from the host; without it the "
                               "guest cannot start the Windows hypervisor."))
            .fix(FixWhere::VmHost,
                 QT_TRANSLATE_NOOP(
                     "hpr::engine",
                     "On the Hyper-V host, with the VM off: Set-VMProcessor -VMName <name> "
                     "-ExposeVirtualizationExtensions $true (other hosts: enable nested virtualization / 'expose "
                     "hardware assisted virtualization'). The VM must be Generation 2 with Secure Boot."),
                 BlockerCategory::Hardware);
    return c.status(CheckStatus::Fail)
        .summary(QT_TRANSLATE_NOOP("hpr::engine", "The processor has no VT-x / AMD-V"))
        .explain(QT_TRANSLATE_NOOP(
            "hpr::engine", "Without virtualization extensions the Windows hypervisor cannot start, so VBS cannot run."))
        .fix(FixWhere::HardwareOrEdition, QT_TRANSLATE_NOOP("hpr::engine", "This device needs other hardware."),
             BlockerCategory::Hardware);
}

CheckResult checkVirtFirmware(const DeviceFacts &f)
{
    C c("HP-VIRT-FIRMWARE", QT_TRANSLATE_NOOP("hpr::engine", "Virtualization enabled in firmware"));
    c.evidence("firmware.virtualization_enabled", f.firmwareVirtualizationEnabled);
    if (f.deviceIsVm.valueOr(false) && !f.firmwareVirtualizationEnabled.valueOr(true))
        return c.status(CheckStatus::NotApplicable)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "Virtual machine: decided by the host (see HP-CPU-VIRT)"))
            .explain(QT_TRANSLATE_NOOP("hpr::engine", "A guest's virtualization comes from its host's settings."));
    if (!f.firmwareVirtualizationEnabled.isKnown())
        return c.status(vbsRunning(f) ? CheckStatus::Pass : CheckStatus::Unknown)
            .summary(vbsRunning(f) ? QT_TRANSLATE_NOOP("hpr::engine", "VBS runs, so virtualization is enabled")
                                   : QT_TRANSLATE_NOOP("hpr::engine", "Unknown"))
            .explain(unknownT(QT_TRANSLATE_NOOP("hpr::engine", "Whether firmware enables virtualization"),
                              f.firmwareVirtualizationEnabled.reason(), f.firmwareVirtualizationEnabled.detail()));
    if (f.firmwareVirtualizationEnabled.value())
        return c.status(CheckStatus::Pass)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "Enabled"))
            .explain(QT_TRANSLATE_NOOP("hpr::engine", "Firmware makes VT-x / AMD-V available."));
    if (f.cpuVirtualizationExtensions.is(false))
        return c.status(CheckStatus::NotApplicable)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "The processor has no extensions (see HP-CPU-VIRT)"))
            .explain(QT_TRANSLATE_NOOP("hpr::engine", "Nothing to enable in firmware."));
    return c.status(CheckStatus::Fail)
        .summary(QT_TRANSLATE_NOOP("hpr::engine", "Virtualization is disabled in firmware setup"))
        .explain(QT_TRANSLATE_NOOP(
            "hpr::engine", "The processor supports virtualization, but firmware setup has it switched off, so the "
                           "hypervisor cannot start and VBS cannot run."))
        .fix(FixWhere::FirmwareSetup,
             sentences(
                 QT_TRANSLATE_NOOP("hpr::engine",
                                   "Enable Intel VT-x (Intel Virtualization Technology) or AMD SVM in firmware setup "
                                   "(usually Advanced > CPU Configuration)."),
                 kBitLocker),
             BlockerCategory::FirmwareSetting);
}

CheckResult checkSlat(const DeviceFacts &f)
{
    C c("HP-SLAT", QT_TRANSLATE_NOOP("hpr::engine", "Second Level Address Translation"));
    c.evidence("cpu.slat", f.cpuSlat);
    if (!f.cpuSlat.isKnown())
        return c.status(vbsRunning(f) ? CheckStatus::Pass : CheckStatus::Unknown)
            .summary(vbsRunning(f) ? QT_TRANSLATE_NOOP("hpr::engine", "VBS runs, so SLAT is present")
                                   : QT_TRANSLATE_NOOP("hpr::engine", "Unknown"))
            .explain(
                unknownT(QT_TRANSLATE_NOOP("hpr::engine", "SLAT support"), f.cpuSlat.reason(), f.cpuSlat.detail()));
    if (f.cpuSlat.value())
        return c.status(CheckStatus::Pass)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "Present (EPT / RVI)"))
            .explain(QT_TRANSLATE_NOOP("hpr::engine", "The hypervisor needs SLAT."));
    if (f.cpuVirtualizationExtensions.is(false))
        return c.status(CheckStatus::NotApplicable)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "No virtualization extensions (see HP-CPU-VIRT)"))
            .explain(QT_TRANSLATE_NOOP("hpr::engine", "SLAT is part of the virtualization extensions."));
    return c.status(CheckStatus::Fail)
        .summary(QT_TRANSLATE_NOOP("hpr::engine", "The processor has no SLAT"))
        .explain(QT_TRANSLATE_NOOP(
            "hpr::engine", "The Windows hypervisor needs SLAT (Intel EPT / AMD RVI); VBS cannot run without it."))
        .fix(FixWhere::HardwareOrEdition, QT_TRANSLATE_NOOP("hpr::engine", "This device needs other hardware."),
             BlockerCategory::Hardware);
}

CheckResult checkNx(const DeviceFacts &f)
{
    C c("HP-NX", QT_TRANSLATE_NOOP("hpr::engine", "No-execute (DEP)"));
    c.evidence("cpu.nx", f.cpuNx);
    if (!f.cpuNx.isKnown())
        return c.status(vbsRunning(f) ? CheckStatus::Pass : CheckStatus::Unknown)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "Unknown"))
            .explain(unknownT(QT_TRANSLATE_NOOP("hpr::engine", "NX support"), f.cpuNx.reason(), f.cpuNx.detail()));
    if (f.cpuNx.value())
        return c.status(CheckStatus::Pass)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "Enabled"))
            .explain(QT_TRANSLATE_NOOP("hpr::engine", "VBS needs NX."));
    return c.status(CheckStatus::Fail)
        .summary(QT_TRANSLATE_NOOP("hpr::engine", "NX / Execute Disable is off"))
        .explain(QT_TRANSLATE_NOOP("hpr::engine", "VBS needs the no-execute protection."))
        .fix(FixWhere::FirmwareSetup,
             sentences(QT_TRANSLATE_NOOP("hpr::engine", "Enable Execute Disable Bit (XD/NX) in firmware setup."),
                       kBitLocker),
             BlockerCategory::FirmwareSetting);
}

CheckResult checkHypervisorLaunch(const DeviceFacts &f)
{
    C c("HP-HYPERVISOR-LAUNCH", QT_TRANSLATE_NOOP("hpr::engine", "Hypervisor launch in the boot configuration"));
    c.evidence("boot.hypervisor_launch_type", f.bootHypervisorLaunchType);
    if (!f.bootHypervisorLaunchType.isKnown())
        return c.status(vbsRunning(f) ? CheckStatus::Pass : CheckStatus::Unknown)
            .summary(vbsRunning(f) ? QT_TRANSLATE_NOOP("hpr::engine", "VBS runs, so the hypervisor launches")
                                   : QT_TRANSLATE_NOOP("hpr::engine", "Boot configuration not readable"))
            .explain(unknownT(QT_TRANSLATE_NOOP("hpr::engine", "The boot configuration"),
                              f.bootHypervisorLaunchType.reason(), f.bootHypervisorLaunchType.detail()));
    if (f.bootHypervisorLaunchType.is("off"))
        return c.status(CheckStatus::Fail)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "hypervisorlaunchtype is Off"))
            .explain(QT_TRANSLATE_NOOP(
                "hpr::engine", "The boot configuration tells Windows not to start the hypervisor (often left by an "
                               "emulator or game installer, or a tuning script), so VBS cannot run."))
            .fix(FixWhere::BootConfiguration,
                 QT_TRANSLATE_NOOP(
                     "hpr::engine",
                     "In an elevated prompt run 'bcdedit /set {current} hypervisorlaunchtype auto', then restart. "
                     "Check first which software turned it off (some older emulators need it off)."),
                 BlockerCategory::BootConfiguration);
    return c.status(CheckStatus::Pass)
        .summary(
            Text(QT_TRANSLATE_NOOP("hpr::engine", "hypervisorlaunchtype %1"), {f.bootHypervisorLaunchType.value()}))
        .explain(QT_TRANSLATE_NOOP("hpr::engine", "Windows starts the hypervisor at boot when VBS needs it."));
}

CheckResult checkDma(const DeviceFacts &f)
{
    C c("HP-DMA", QT_TRANSLATE_NOOP("hpr::engine", "DMA protection"));
    c.evidence("dma.kernel_protection", f.dmaKernelProtection)
        .evidence("vbs.available_properties", f.vbsAvailableProperties)
        .evidence("vbs.effective_required_features", f.vbsEffectiveRequiredFeatures);
    const bool required = (f.vbsEffectiveRequiredFeatures.valueOr(0) & 2) != 0;
    if (required && f.vbsAvailableProperties.isKnown() && !hasCode(f.vbsAvailableProperties, 3) && !vbsRunning(f))
        return c.status(CheckStatus::Fail)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "VBS requires DMA protection, which this device lacks"))
            .explain(QT_TRANSLATE_NOOP(
                "hpr::engine", "RequirePlatformSecurityFeatures=3 asks for Secure Boot and DMA protection (an IOMMU); "
                               "Windows reports no DMA protection, so VBS will not start."))
            .fix(FixWhere::IntuneOrPolicy,
                 QT_TRANSLATE_NOOP(
                     "hpr::engine",
                     "Lower the requirement to Secure Boot only (RequirePlatformSecurityFeatures=1) where it is "
                     "set, or use hardware with an IOMMU (Intel VT-d / AMD-Vi, enabled in firmware)."),
                 BlockerCategory::Hardware);
    if (f.dmaKernelProtection.is(true))
        return c.status(CheckStatus::Pass)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "Kernel DMA Protection is on"))
            .explain(QT_TRANSLATE_NOOP("hpr::engine", "External devices cannot read memory through DMA."));
    if (!f.dmaKernelProtection.isKnown())
        return c.status(CheckStatus::Warn)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "Kernel DMA Protection state unknown"))
            .explain(sentences(QT_TRANSLATE_NOOP("hpr::engine", "Not needed for hotpatch."),
                               unknownT(QT_TRANSLATE_NOOP("hpr::engine", "Kernel DMA Protection"),
                                        f.dmaKernelProtection.reason(), f.dmaKernelProtection.detail())));
    return c.status(CheckStatus::Warn)
        .summary(QT_TRANSLATE_NOOP("hpr::engine", "Kernel DMA Protection is off"))
        .explain(QT_TRANSLATE_NOOP(
            "hpr::engine", "Not needed for hotpatch. Only required if VBS is set to require DMA protection "
                           "(RequirePlatformSecurityFeatures=3). It needs UEFI, an IOMMU and VT-d/AMD-Vi enabled in "
                           "firmware."));
}

CheckResult checkVbsConfigured(const DeviceFacts &f)
{
    C c("HP-VBS-CONFIGURED", QT_TRANSLATE_NOOP("hpr::engine", "VBS configured"));
    c.evidence("vbs.configured", f.vbsConfigured)
        .evidence("vbs.configured_by", f.vbsConfiguredBy)
        .evidence("vbs.registry.enable_virtualization_based_security", f.vbsRuntimeEnable)
        .evidence("vbs.group_policy.enable_virtualization_based_security", f.vbsGpoEnable)
        .evidence("vbs.mdm.enable_virtualization_based_security", f.vbsMdmEnable);
    if (!f.vbsConfigured.isKnown())
        return c.status(CheckStatus::Unknown)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "Configuration unknown"))
            .explain(unknownT(QT_TRANSLATE_NOOP("hpr::engine", "The VBS configuration"), f.vbsConfigured.reason(),
                              f.vbsConfigured.detail()));
    if (f.vbsConfigured.value())
        return c.status(CheckStatus::Pass)
            .summary(
                Text(QT_TRANSLATE_NOOP("hpr::engine", "VBS is turned on (by %1)"), {f.vbsConfiguredBy.valueOr("?")}))
            .explain(QT_TRANSLATE_NOOP("hpr::engine",
                                       "Windows will start VBS at boot when the hardware and firmware allow it."));
    const std::string by = f.vbsConfiguredBy.valueOr("none");
    if (by == "group_policy" || by == "mdm") {
        const bool gp = by == "group_policy";
        return c.status(CheckStatus::Fail)
            .summary(gp ? QT_TRANSLATE_NOOP("hpr::engine", "Group Policy turns VBS off")
                        : QT_TRANSLATE_NOOP("hpr::engine", "Intune (MDM) policy turns VBS off"))
            .explain(Text(
                gp ? QT_TRANSLATE_NOOP(
                         "hpr::engine",
                         "The Group Policy value HKLM\\%1\\EnableVirtualizationBasedSecurity is 0. A local "
                         "change would be reverted at the next policy refresh, so this tool does not "
                         "override it.")
                   : QT_TRANSLATE_NOOP("hpr::engine",
                                       "The MDM policy value HKLM\\%1\\EnableVirtualizationBasedSecurity is 0. A local "
                                       "change would be reverted at the next policy refresh, so this tool does not "
                                       "override it."),
                {std::string(gp ? reg::kDeviceGuardPolicy : reg::kMdmDeviceGuard)}))
            .fix(FixWhere::IntuneOrPolicy,
                 gp ? QT_TRANSLATE_NOOP(
                          "hpr::engine",
                          "Set 'Turn On Virtualization Based Security' (Computer Configuration > Administrative "
                          "Templates > System > Device Guard) to Enabled with 'Secure Boot' in the GPO that applies, "
                          "then restart.")
                    : QT_TRANSLATE_NOOP(
                          "hpr::engine",
                          "In Intune, set DeviceGuard/EnableVirtualizationBasedSecurity to 1 (and "
                          "RequirePlatformSecurityFeatures to 1) in the profile assigned to this device, then "
                          "restart."),
                 BlockerCategory::Management);
    }
    return c.status(CheckStatus::Fail)
        .summary(QT_TRANSLATE_NOOP("hpr::engine", "VBS is not turned on"))
        .explain(QT_TRANSLATE_NOOP(
            "hpr::engine",
            "Nothing enables virtualization-based security on this device. This tool can turn it on "
            "(EnableVirtualizationBasedSecurity=1, RequirePlatformSecurityFeatures=1); it takes effect at "
            "the next restart."))
        .fix(FixWhere::HereOneReboot,
             Text(QT_TRANSLATE_NOOP(
                      "hpr::engine",
                      "Set HKLM\\%1 EnableVirtualizationBasedSecurity=1 and RequirePlatformSecurityFeatures=1 "
                      "(REG_DWORD), then restart once."),
                  {std::string(reg::kDeviceGuard)}));
}

} // namespace

std::vector<VbsCause> diagnoseVbs(const DeviceFacts &f)
{
    std::vector<VbsCause> causes;
    if (vbsRunning(f))
        return causes;
    auto add = [&](const char *code, Text text, FixWhere fix, std::vector<EvidenceItem> evidence) {
        std::string english = text.str();
        causes.push_back(VbsCause{code, std::move(english), std::move(evidence), fix, std::move(text)});
    };
    const std::string by = f.vbsConfiguredBy.valueOr("none");
    const bool configured = f.vbsConfigured.valueOr(false);
    const bool policyOff = !configured && (by == "group_policy" || by == "mdm");

    if (policyOff) {
        const bool gp = by == "group_policy";
        const bool otherEnables = (f.vbsRuntimeEnable.isKnown() && f.vbsRuntimeEnable.value() == OptInt(1)) ||
                                  (gp && f.vbsMdmEnable.isKnown() && f.vbsMdmEnable.value() == OptInt(1));
        Text text =
            gp ? (otherEnables
                      ? QT_TRANSLATE_NOOP("hpr::engine",
                                          "Group Policy sets EnableVirtualizationBasedSecurity=0, overriding "
                                          "another source that turns VBS on; fix it in the GPO, not on the device.")
                      : QT_TRANSLATE_NOOP("hpr::engine",
                                          "Group Policy sets EnableVirtualizationBasedSecurity=0; fix it in the "
                                          "GPO, not on the device."))
               : (otherEnables
                      ? QT_TRANSLATE_NOOP("hpr::engine",
                                          "MDM policy sets EnableVirtualizationBasedSecurity=0, overriding another "
                                          "source that turns VBS on; fix it in Intune, not on the device.")
                      : QT_TRANSLATE_NOOP("hpr::engine",
                                          "MDM policy sets EnableVirtualizationBasedSecurity=0; fix it in Intune, "
                                          "not on the device."));
        add("policy_forces_off", std::move(text), FixWhere::IntuneOrPolicy,
            {ev("vbs.group_policy.enable_virtualization_based_security", f.vbsGpoEnable),
             ev("vbs.mdm.enable_virtualization_based_security", f.vbsMdmEnable),
             ev("vbs.registry.enable_virtualization_based_security", f.vbsRuntimeEnable)});
    } else if (f.vbsConfigured.is(false)) {
        add("not_configured",
            QT_TRANSLATE_NOOP("hpr::engine", "VBS is not turned on by any source (registry, Group Policy or MDM)."),
            FixWhere::HereOneReboot,
            {ev("vbs.configured", f.vbsConfigured),
             ev("vbs.registry.enable_virtualization_based_security", f.vbsRuntimeEnable)});
    }

    const auto rf = f.vbsEffectiveRequiredFeatures.valueOr(0);
    // Secure Boot matters when the configuration requires it, or when the fix (which requires it) is needed.
    if (!f.firmwareSecureBoot.is("on") && f.firmwareSecureBoot.isKnown() && ((rf & 1) || !configured)) {
        const bool unsupported = f.firmwareSecureBoot.is("unsupported");
        Text text =
            configured
                ? Text(unsupported
                           ? QT_TRANSLATE_NOOP("hpr::engine", "Secure Boot is unsupported (legacy BIOS boot) while the "
                                                              "configuration requires it "
                                                              "(RequirePlatformSecurityFeatures=%1).")
                           : QT_TRANSLATE_NOOP("hpr::engine", "Secure Boot is off while the configuration requires it "
                                                              "(RequirePlatformSecurityFeatures=%1)."),
                       {std::to_string(rf)})
                : Text(unsupported ? QT_TRANSLATE_NOOP("hpr::engine",
                                                       "Secure Boot is unsupported (legacy BIOS boot); the VBS fix "
                                                       "requires it.")
                                   : QT_TRANSLATE_NOOP("hpr::engine", "Secure Boot is off; the VBS fix requires it."));
        add("secure_boot_off", std::move(text), FixWhere::FirmwareSetup,
            {ev("firmware.secure_boot", f.firmwareSecureBoot),
             ev("vbs.effective_required_features", f.vbsEffectiveRequiredFeatures)});
    }
    if ((rf & 2) && f.vbsAvailableProperties.isKnown() && !hasCode(f.vbsAvailableProperties, 3))
        add("dma_protection_absent",
            QT_TRANSLATE_NOOP(
                "hpr::engine",
                "The configuration requires DMA protection (RequirePlatformSecurityFeatures=3), but Windows reports "
                "none available (no IOMMU, or VT-d/AMD-Vi off in firmware)."),
            FixWhere::IntuneOrPolicy,
            {ev("vbs.available_properties", f.vbsAvailableProperties),
             ev("vbs.effective_required_features", f.vbsEffectiveRequiredFeatures)});
    if (f.osArch.isKnown() && !f.osArch.is("x64") && !f.osArch.is("arm64"))
        add("not_64_bit", QT_TRANSLATE_NOOP("hpr::engine", "32-bit Windows cannot run the hypervisor."),
            FixWhere::HardwareOrEdition, {ev("os.arch", f.osArch)});
    if (f.cpuVirtualizationExtensions.is(false))
        add(f.deviceIsVm.valueOr(false) ? "vm_no_nested_virtualization" : "no_virtualization_extensions",
            f.deviceIsVm.valueOr(false)
                ? QT_TRANSLATE_NOOP("hpr::engine",
                                    "This virtual machine's host does not expose virtualization extensions "
                                    "(nested virtualization is off).")
                : QT_TRANSLATE_NOOP("hpr::engine", "The processor has no virtualization extensions (VT-x / AMD-V)."),
            f.deviceIsVm.valueOr(false) ? FixWhere::VmHost : FixWhere::HardwareOrEdition,
            {ev("cpu.virtualization_extensions", f.cpuVirtualizationExtensions), ev("device.is_vm", f.deviceIsVm)});
    else if (f.firmwareVirtualizationEnabled.is(false))
        add("virtualization_off_in_firmware",
            QT_TRANSLATE_NOOP("hpr::engine", "Virtualization (Intel VT-x / AMD SVM) is disabled in firmware setup."),
            FixWhere::FirmwareSetup, {ev("firmware.virtualization_enabled", f.firmwareVirtualizationEnabled)});
    if (f.cpuSlat.is(false) && !f.cpuVirtualizationExtensions.is(false))
        add("no_slat",
            QT_TRANSLATE_NOOP("hpr::engine", "The processor has no Second Level Address Translation (EPT/RVI)."),
            FixWhere::HardwareOrEdition, {ev("cpu.slat", f.cpuSlat)});
    if (f.cpuNx.is(false))
        add("nx_off", QT_TRANSLATE_NOOP("hpr::engine", "No-execute protection (NX/XD) is off."),
            FixWhere::FirmwareSetup, {ev("cpu.nx", f.cpuNx)});
    if (f.bootHypervisorLaunchType.is("off"))
        add("hypervisor_launch_off",
            QT_TRANSLATE_NOOP("hpr::engine",
                              "The boot configuration has hypervisorlaunchtype Off, so the hypervisor never starts."),
            FixWhere::BootConfiguration, {ev("boot.hypervisor_launch_type", f.bootHypervisorLaunchType)});

    const bool hardCause = std::any_of(causes.begin(), causes.end(),
                                       [](const VbsCause &c) { return c.code != std::string("not_configured"); });
    if (configured && f.vbsRestartPending.is(true))
        add("not_rebooted",
            hardCause ? QT_TRANSLATE_NOOP(
                            "hpr::engine",
                            "VBS was turned on after the last boot; it starts only after a restart, and only once "
                            "the other causes listed are fixed.")
                      : QT_TRANSLATE_NOOP("hpr::engine",
                                          "VBS was turned on after the last boot; it starts only after a restart."),
            FixWhere::HereOneReboot,
            {ev("vbs.restart_pending", f.vbsRestartPending), ev("reboot.last_boot_time", f.lastBootTime)});
    else if (configured && !hardCause && f.vbsStatus.isKnown())
        add("cause_not_identified",
            QT_TRANSLATE_NOOP(
                "hpr::engine",
                "Windows reports VBS enabled but not running, and none of the known causes was found. Check the "
                "System event log (Kernel-Boot) and msinfo32; unknown facts above may hide the cause."),
            FixWhere::None, {ev("vbs.status", f.vbsStatus)});
    return causes;
}

namespace {

CheckResult checkVbsRunning(const DeviceFacts &f, const std::vector<VbsCause> &causes)
{
    C c("HP-VBS-RUNNING", QT_TRANSLATE_NOOP("hpr::engine", "VBS running"));
    c.evidence("vbs.status", f.vbsStatus)
        .evidence("vbs.required_properties", f.vbsRequiredProperties)
        .evidence("vbs.available_properties", f.vbsAvailableProperties)
        .evidence("vbs.services_running", f.vbsServicesRunning);
    if (!f.vbsStatus.isKnown())
        return c.status(CheckStatus::Unknown)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "VBS state unknown"))
            .explain(unknownT(std::string("Win32_DeviceGuard"), f.vbsStatus.reason(), f.vbsStatus.detail()));
    if (vbsRunning(f))
        return c.status(CheckStatus::Pass)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "Virtualization-based security: Running"))
            .explain(QT_TRANSLATE_NOOP("hpr::engine", "VBS runs: the hard gate for hotpatch is met."));
    std::optional<Text> why;
    bool fixableHere = true;
    BlockerCategory category = BlockerCategory::None;
    FixWhere where = FixWhere::None;
    for (const auto &cause : causes) {
        why = why ? sentences(std::move(*why), cause.causeText) : cause.causeText;
        if (cause.fix == FixWhere::HereOneReboot)
            continue;
        fixableHere = false;
        if (category == BlockerCategory::None) {
            where = cause.fix;
            switch (cause.fix) {
            case FixWhere::FirmwareSetup: category = BlockerCategory::FirmwareSetting; break;
            case FixWhere::IntuneOrPolicy:
                category =
                    cause.code == "dma_protection_absent" ? BlockerCategory::Hardware : BlockerCategory::Management;
                break;
            case FixWhere::BootConfiguration: category = BlockerCategory::BootConfiguration; break;
            case FixWhere::None: break;
            default: category = BlockerCategory::Hardware; break;
            }
        }
    }
    c.status(CheckStatus::Fail)
        .summary(f.vbsStatus.is("off")
                     ? QT_TRANSLATE_NOOP("hpr::engine", "Virtualization-based security: Not enabled")
                     : QT_TRANSLATE_NOOP("hpr::engine", "Virtualization-based security: Enabled but not running"))
        .explain(sentences(QT_TRANSLATE_NOOP("hpr::engine", "Hotpatch is offered only while VBS runs."),
                           why ? *why : Text(std::string())));
    if (fixableHere)
        return c.fix(FixWhere::HereOneReboot,
                     QT_TRANSLATE_NOOP("hpr::engine", "Apply the VBS fix (if needed) and restart once."));
    if (category == BlockerCategory::None) // cause not identified: cannot promise a fix
        return c.status(CheckStatus::Unknown)
            .fix(FixWhere::None, QT_TRANSLATE_NOOP("hpr::engine", "Investigate the cause (see the diagnosis)."));
    return c.fix(
        where,
        QT_TRANSLATE_NOOP("hpr::engine", "Fix the causes listed in the diagnosis; VBS starts at the next restart."),
        category);
}

CheckResult checkChpe(const DeviceFacts &f)
{
    C c("HP-CHPE", QT_TRANSLATE_NOOP("hpr::engine", "CHPE disabled (Arm64)"));
    c.evidence("os.arch", f.osArch)
        .evidence("chpe.disabled", f.chpeDisabled)
        .evidence("chpe.restart_pending", f.chpeRestartPending)
        .evidence("chpe.registry.hotpatch_restrictions", f.chpeHotPatchRestrictions)
        .evidence("chpe.mdm.disable_chpe", f.chpeMdmDisableChpe);
    if (!f.osArch.isKnown())
        return c.status(CheckStatus::Unknown)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "Architecture unknown"))
            .explain(QT_TRANSLATE_NOOP("hpr::engine", "CHPE applies to Arm64 only."));
    if (!f.osArch.is("arm64"))
        return c.status(CheckStatus::NotApplicable)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "Not Arm64: Intel and AMD processors have no CHPE"))
            .explain(QT_TRANSLATE_NOOP("hpr::engine", "Only Arm64 devices need CHPE disabled."));
    if (!f.chpeDisabled.isKnown())
        return c.status(CheckStatus::Unknown)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "CHPE state unknown"))
            .explain(unknownT(std::string("HotPatchRestrictions"), f.chpeDisabled.reason(), f.chpeDisabled.detail()));
    if (f.chpeDisabled.value())
        return c.status(CheckStatus::Pass)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "CHPE is disabled (HotPatchRestrictions=1)"))
            .explain(QT_TRANSLATE_NOOP("hpr::engine", "Arm64 hotpatch requirement met."));
    const Text warning = QT_TRANSLATE_NOOP(
        "hpr::engine", "Disabling CHPE makes x86 apps use the emulation-only binaries instead of CHPE "
                       "binaries, which Microsoft warns may affect performance or compatibility. To undo: "
                       "HotPatchRestrictions=0 and restart.");
    if (f.chpeRestartPending.is(true) &&
        (f.chpeHotPatchRestrictions.value() == OptInt(1) || f.chpeMdmDisableChpe.value() == OptInt(1)))
        return c.status(CheckStatus::Fail)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "CHPE disable is set and waits for a restart"))
            .explain(sentences(
                QT_TRANSLATE_NOOP("hpr::engine", "HotPatchRestrictions=1 takes effect at the next restart."), warning))
            .fix(FixWhere::HereOneReboot, QT_TRANSLATE_NOOP("hpr::engine", "Restart once."));
    return c.status(CheckStatus::Fail)
        .summary(QT_TRANSLATE_NOOP("hpr::engine", "CHPE is enabled: Arm64 hotpatch needs it disabled"))
        .explain(
            sentences(QT_TRANSLATE_NOOP("hpr::engine",
                                        "Hotpatch updates cannot service CHPE binaries in %SystemRoot%\\SyChpe32."),
                      warning))
        .fix(FixWhere::HereOneReboot,
             Text(QT_TRANSLATE_NOOP("hpr::engine",
                                    "Set HKLM\\%1 HotPatchRestrictions=1 (REG_DWORD), then restart once."),
                  {std::string(reg::kMemoryManagement)}));
}

CheckResult checkMdm(const DeviceFacts &f)
{
    C c("HP-MDM", QT_TRANSLATE_NOOP("hpr::engine", "Intune management"));
    c.evidence("mdm.enrolled", f.mdmEnrolled)
        .evidence("mdm.provider", f.mdmProvider)
        .evidence("entra.join_type", f.entraJoinType);
    if (isServer(f))
        return c.status(CheckStatus::NotApplicable)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "Windows Server: managed through Azure Arc, not Intune"))
            .explain(QT_TRANSLATE_NOOP(
                "hpr::engine",
                "Server hotpatch is enabled in Azure Arc / Azure Update Manager (see HP-HOTPATCH-POLICY)."));
    if (!f.mdmEnrolled.isKnown())
        return c.status(CheckStatus::Unknown)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "Enrollment unknown"))
            .explain(unknownT(QT_TRANSLATE_NOOP("hpr::engine", "MDM enrollment"), f.mdmEnrolled.reason(),
                              f.mdmEnrolled.detail()));
    if (!f.mdmEnrolled.value())
        return c.status(CheckStatus::Fail)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "Not enrolled in MDM"))
            .explain(QT_TRANSLATE_NOOP(
                "hpr::engine",
                "Hotpatch is turned on by an Intune Windows quality update policy, so the device must be "
                "enrolled in Intune."))
            .fix(FixWhere::IntuneOrPolicy,
                 QT_TRANSLATE_NOOP("hpr::engine",
                                   "Enroll the device in Intune (Settings > Accounts > Access work or school, "
                                   "or Autopilot / Entra join with automatic MDM enrollment)."),
                 BlockerCategory::Management);
    if (f.mdmProvider.is("Microsoft Intune"))
        return c.status(CheckStatus::Pass)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "Enrolled in Microsoft Intune"))
            .explain(QT_TRANSLATE_NOOP("hpr::engine", "Intune can deliver the hotpatch policy."));
    if (!f.mdmProvider.isKnown())
        return c.status(CheckStatus::Warn)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "Enrolled, provider not identified"))
            .explain(QT_TRANSLATE_NOOP(
                "hpr::engine", "The device is registered with management, but the enrollment does not name Intune; "
                               "confirm in the Intune admin center."));
    return c.status(CheckStatus::Fail)
        .summary(Text(QT_TRANSLATE_NOOP("hpr::engine", "Managed by %1, not Intune"), {f.mdmProvider.value()}))
        .explain(QT_TRANSLATE_NOOP("hpr::engine",
                                   "Hotpatch is turned on by an Intune / Windows Autopatch quality update policy."))
        .fix(FixWhere::IntuneOrPolicy,
             QT_TRANSLATE_NOOP("hpr::engine",
                               "Move the device to Intune management (co-management workloads included)."),
             BlockerCategory::Management);
}

CheckResult checkHotpatchPolicy(const DeviceFacts &f)
{
    C c("HP-HOTPATCH-POLICY", QT_TRANSLATE_NOOP("hpr::engine", "Hotpatch policy"));
    if (isServer(f)) {
        c.evidence("hotpatch.server_enrolled", f.hotpatchServerEnrolled);
        if (f.hotpatchServerEnrolled.is(true))
            return c.status(CheckStatus::Pass)
                .summary(QT_TRANSLATE_NOOP("hpr::engine", "Hotpatch Enrollment Package installed"))
                .explain(QT_TRANSLATE_NOOP(
                    "hpr::engine", "The server shows the hotpatch enrollment package (a third-party-documented signal "
                                   "[3P])."));
        return c.status(CheckStatus::Warn)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "No hotpatch enrollment seen on this server"))
            .explain(QT_TRANSLATE_NOOP(
                "hpr::engine",
                "The 'Hotpatch Enrollment Package' was not found (a third-party-documented signal [3P]). "
                "Hotpatch for Windows Server 2025 is enabled in Azure Arc (or is built into Azure "
                "Edition)."))
            .fix(FixWhere::IntuneOrPolicy,
                 QT_TRANSLATE_NOOP("hpr::engine", "Arc-enable the server and select Hotpatch in the Azure portal."));
    }
    c.evidence("hotpatch.policy_enabled", f.hotpatchPolicyEnabled)
        .evidence("hotpatch.registry.allow_rebootless_updates", f.hotpatchAllowRebootlessUpdates);
    if (f.mdmEnrolled.is(false))
        return c.status(CheckStatus::NotApplicable)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "No MDM: no policy can arrive (see HP-MDM)"))
            .explain(QT_TRANSLATE_NOOP("hpr::engine", "The hotpatch policy comes from Intune."));
    if (!f.hotpatchAllowRebootlessUpdates.isKnown())
        return c.status(CheckStatus::Unknown)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "Policy state unknown"))
            .explain(unknownT(QT_TRANSLATE_NOOP("hpr::engine", "The hotpatch policy"),
                              f.hotpatchAllowRebootlessUpdates.reason(), f.hotpatchAllowRebootlessUpdates.detail()));
    const auto v = f.hotpatchAllowRebootlessUpdates.value();
    if (v == OptInt(1))
        return c.status(CheckStatus::Pass)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "AllowRebootlessUpdates=1: hotpatch is turned on"))
            .explain(QT_TRANSLATE_NOOP(
                "hpr::engine", "The Intune quality update policy with hotpatch reached this device. (Registry location "
                               "from third-party tools, not documented by Microsoft [UNCONFIRMED].) Settings > Windows "
                               "Update > Advanced options > Configured update policies should list 'Enable hotpatching "
                               "when available'."));
    if (v)
        return c.status(CheckStatus::Fail)
            .summary(Text(QT_TRANSLATE_NOOP("hpr::engine", "AllowRebootlessUpdates=%1: hotpatch is turned off"),
                          {std::to_string(*v)}))
            .explain(QT_TRANSLATE_NOOP("hpr::engine", "The policy that reached this device does not allow hotpatch."))
            .fix(FixWhere::IntuneOrPolicy,
                 QT_TRANSLATE_NOOP(
                     "hpr::engine",
                     "In Intune (Devices > Windows updates > Quality updates), set 'When available, apply without "
                     "restarting the device (\"Hotpatch\")' to Allow in the policy assigned to this device."),
                 BlockerCategory::Management);
    return c.status(CheckStatus::Warn)
        .summary(QT_TRANSLATE_NOOP("hpr::engine", "No hotpatch policy value found on the device"))
        .explain(QT_TRANSLATE_NOOP(
            "hpr::engine",
            "No AllowRebootlessUpdates value was found (a location used by third-party tools, not "
            "documented by Microsoft [UNCONFIRMED]). Since the May 2026 update, Windows Autopatch turns "
            "hotpatch on by default for eligible devices that have no quality update policy, so this may "
            "still be fine."))
        .fix(FixWhere::IntuneOrPolicy,
             QT_TRANSLATE_NOOP(
                 "hpr::engine",
                 "Confirm in Intune that a Windows quality update policy with Hotpatch set to Allow (or the "
                 "Autopatch default) applies to this device; on the device check Settings > Windows Update > "
                 "Advanced options > Configured update policies for 'Enable hotpatching when available'."));
}

CheckResult checkLicense(const DeviceFacts &f)
{
    C c("HP-LICENSE", QT_TRANSLATE_NOOP("hpr::engine", "Eligible licence"));
    c.evidence("os.edition_id", f.osEditionId);
    if (isServer(f))
        return c.status(CheckStatus::Warn)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "The licence cannot be verified on the device"))
            .explain(QT_TRANSLATE_NOOP(
                "hpr::engine",
                "Hotpatch for Windows Server 2025 Standard/Datacenter comes with Azure Arc (no extra cost "
                "since the 2025 announcement); Azure Edition includes it. Nothing on the server shows it."))
            .fix(FixWhere::Licensing,
                 QT_TRANSLATE_NOOP("hpr::engine", "Check the Arc subscription / Azure portal for this server."));
    return c.status(CheckStatus::Warn)
        .summary(QT_TRANSLATE_NOOP("hpr::engine", "The licence cannot be verified on the device"))
        .explain(QT_TRANSLATE_NOOP(
            "hpr::engine",
            "Hotpatch needs one of: Windows 11 Enterprise E3 or E5, Microsoft 365 F3, Windows 11 Education "
            "A3 or A5, Microsoft 365 Business Premium, or Windows 365 Enterprise. Licences are assigned in "
            "the cloud and leave no trace on the device."))
        .fix(FixWhere::Licensing,
             QT_TRANSLATE_NOOP("hpr::engine",
                               "Check the primary user's licences in the Microsoft 365 admin center (Users > "
                               "Active users > Licenses and apps), or the Intune / Autopatch hotpatch report."));
}

CheckResult checkPendingReboot(const DeviceFacts &f)
{
    C c("HP-PENDING-REBOOT", QT_TRANSLATE_NOOP("hpr::engine", "Pending restart"));
    c.evidence("reboot.pending", f.rebootPending).evidence("reboot.pending_reasons", f.rebootPendingReasons);
    if (!f.rebootPending.isKnown())
        return c.status(CheckStatus::Unknown)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "Unknown"))
            .explain(unknownT(QT_TRANSLATE_NOOP("hpr::engine", "The pending-restart indicators"),
                              f.rebootPending.reason(), f.rebootPending.detail()));
    if (!f.rebootPending.value())
        return c.status(CheckStatus::Pass)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "No restart pending"))
            .explain(QT_TRANSLATE_NOOP("hpr::engine", "Nothing waits for a restart."));
    std::string reasons;
    for (const auto &r : f.rebootPendingReasons.valueOr({}))
        reasons += (reasons.empty() ? "" : ", ") + r;
    return c.status(CheckStatus::Fail)
        .summary(Text(QT_TRANSLATE_NOOP("hpr::engine", "A restart is pending (%1)"), {reasons}))
        .explain(QT_TRANSLATE_NOOP(
            "hpr::engine",
            "Updates or changes wait for a restart; until then the build and settings in effect are the old "
            "ones. The single restart this tool schedules completes them too."))
        .fix(FixWhere::HereOneReboot,
             QT_TRANSLATE_NOOP("hpr::engine", "Restart once (the same restart as the fixes)."));
}
CheckResult checkSecureBootCa2023(const DeviceFacts &f)
{
    C c("HP-SECUREBOOT-CA2023", QT_TRANSLATE_NOOP("hpr::engine", "Secure Boot 2023 certificates"));
    c.r.advisory = true;
    c.evidence("firmware.secure_boot", f.firmwareSecureBoot)
        .evidence("secureboot.db_has_windows_uefi_ca_2023", f.sbDbWindowsUefiCa2023)
        .evidence("secureboot.db_has_microsoft_uefi_ca_2023", f.sbDbMicrosoftUefiCa2023)
        .evidence("secureboot.db_has_option_rom_uefi_ca_2023", f.sbDbOptionRomUefiCa2023)
        .evidence("secureboot.db_has_microsoft_uefi_ca_2011", f.sbDbMicrosoftUefiCa2011)
        .evidence("secureboot.kek_has_kek_2k_ca_2023", f.sbKekKek2kCa2023)
        .evidence("secureboot.boot_manager_2023_signed", f.sbBootManager2023)
        .evidence("secureboot.update_status", f.sbUpdateStatus)
        .evidence("secureboot.update_error", f.sbUpdateError)
        .evidence("secureboot.update_pending_decoded", f.sbAvailableUpdatesDecoded)
        .evidence("secureboot.last_event", f.sbLastEvent);
    const Text meaning = QT_TRANSLATE_NOOP(
        "hpr::engine",
        "Microsoft's 2011 Secure Boot certificates expired in 2026 (KEK CA 2011 on 2026-06-24, UEFI CA 2011 on "
        "2026-06-27, Windows Production PCA 2011 on 2026-10-19). A device without the 2023 certificates keeps "
        "booting and receiving normal Windows updates, but no longer receives boot manager security updates, Secure "
        "Boot database and revocation updates, or mitigations for future boot-level vulnerabilities. It does not "
        "affect hotpatch readiness, and no hotpatch fixes it.");
    const Text involves = QT_TRANSLATE_NOOP(
        "hpr::engine",
        "The update (AvailableUpdates=0x5944) writes firmware variables (DB, then the KEK, which needs a PK-signed "
        "KEK from the device maker), installs the boot manager signed by Windows UEFI CA 2023 and needs more than "
        "one restart, separate from the hotpatch fix. With BitLocker on, suspend it for those restarts or have the "
        "recovery key at hand. Known firmware problems: firmware that rejects the write (event 1795), no PK-signed "
        "KEK for this firmware (AvailableUpdates stays 0x4004, event 1803), BIOS options that disable the 2023 CAs, "
        "firmware shipped in UEFI Deployed Mode.");
    const Text action = QT_TRANSLATE_NOOP(
        "hpr::engine",
        "Fleets: Intune or Group Policy 'Enable Secure Boot Certificate Deployment' (KB5068198). This device: "
        "'hotpatch-ready-cli secureboot plan', then 'secureboot apply --confirm' (opt-in, its own restarts).");
    if (f.firmwareType.is("bios") || f.firmwareSecureBoot.is("unsupported"))
        return c.status(CheckStatus::NotApplicable)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "Legacy BIOS boot: no Secure Boot certificates"))
            .explain(
                QT_TRANSLATE_NOOP("hpr::engine", "The certificate rollover concerns UEFI devices with Secure Boot."));
    if (f.firmwareSecureBoot.is("off"))
        return c.status(CheckStatus::NotApplicable)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "Secure Boot is off: the certificate update does not run"))
            .explain(sentences(meaning, QT_TRANSLATE_NOOP("hpr::engine",
                                                          "With Secure Boot off the update fails (event 1796); turn "
                                                          "Secure Boot on first (see HP-SECUREBOOT).")));
    if (f.sbUpdateStatus.is("error")) {
        const Text error = f.sbUpdateError.isKnown() && f.sbUpdateError.value()
                               ? Text(secureboot::hex(*f.sbUpdateError.value()))
                               : Text(QT_TRANSLATE_NOOP("hpr::engine", "set"));
        const Text summary =
            f.sbUpdateErrorEvent.isKnown() && f.sbUpdateErrorEvent.value()
                ? Text(QT_TRANSLATE_NOOP("hpr::engine", "The certificate update failed (UEFICA2023Error %1, event %2)"),
                       {error, std::to_string(*f.sbUpdateErrorEvent.value())})
                : Text(QT_TRANSLATE_NOOP("hpr::engine", "The certificate update failed (UEFICA2023Error %1)"), {error});
        return c.status(CheckStatus::Warn)
            .summary(summary)
            .explain(sentences(
                sentences(meaning, QT_TRANSLATE_NOOP("hpr::engine",
                                                     "The update was started but the firmware or Windows reported "
                                                     "an error; see the event (1795: the firmware refused the "
                                                     "variable write, often fixed by a firmware update from the "
                                                     "device maker).")),
                involves))
            .fix(FixWhere::FirmwareSetup,
                 QT_TRANSLATE_NOOP("hpr::engine",
                                   "Update the device firmware (BIOS/UEFI) from the maker, then let the "
                                   "Secure-Boot-Update task retry; 'hotpatch-ready-cli secureboot verify' "
                                   "reads the result."));
    }

    const bool updatedStatus = f.sbUpdateStatus.is("updated") && f.sbBootManager2023.is(true);
    std::vector<Text> missing, unknown;
    auto need = [&](const Fact<bool> &fact, const char *what) {
        if (!fact.isKnown())
            unknown.emplace_back(what);
        else if (!fact.value())
            missing.emplace_back(what);
    };
    need(f.sbDbWindowsUefiCa2023, QT_TRANSLATE_NOOP("hpr::engine", "Windows UEFI CA 2023 (DB)"));
    need(f.sbKekKek2kCa2023, QT_TRANSLATE_NOOP("hpr::engine", "Microsoft Corporation KEK 2K CA 2023 (KEK)"));
    // The third-party CAs are needed only where DB trusts the 2011 third-party CA (Secured-core devices do not).
    if (!f.sbDbMicrosoftUefiCa2011.is(false)) {
        if (f.sbDbMicrosoftUefiCa2011.isKnown()) {
            need(f.sbDbMicrosoftUefiCa2023, QT_TRANSLATE_NOOP("hpr::engine", "Microsoft UEFI CA 2023 (DB)"));
            need(f.sbDbOptionRomUefiCa2023, QT_TRANSLATE_NOOP("hpr::engine", "Microsoft Option ROM UEFI CA 2023 (DB)"));
        }
    }
    need(f.sbBootManager2023, QT_TRANSLATE_NOOP("hpr::engine", "the boot manager signed by Windows UEFI CA 2023"));
    if (missing.empty() && (unknown.empty() || updatedStatus))
        return c.status(CheckStatus::Pass)
            .summary(QT_TRANSLATE_NOOP("hpr::engine",
                                       "The 2023 certificates are in place and the 2023-signed boot manager starts"))
            .explain(unknown.empty()
                         ? Text(QT_TRANSLATE_NOOP("hpr::engine",
                                                  "DB and KEK hold the 2023 certificates; boot-level security updates "
                                                  "keep coming after the 2011 certificates' expiry."))
                         : Text(QT_TRANSLATE_NOOP("hpr::engine",
                                                  "Windows reports the update as done (UEFICA2023Status=Updated, "
                                                  "WindowsUEFICA2023Capable=2); the firmware databases could not be "
                                                  "read to confirm it (%1)."),
                                {listOf(unknown)}));
    if (missing.empty())
        return c.status(CheckStatus::Unknown)
            .summary(QT_TRANSLATE_NOOP("hpr::engine", "The Secure Boot certificates could not be read"))
            .explain(sentences(sentences(unknownT(QT_TRANSLATE_NOOP("hpr::engine", "The Secure Boot databases"),
                                                  f.sbDbWindowsUefiCa2023.reason(), f.sbDbWindowsUefiCa2023.detail()),
                                         QT_TRANSLATE_NOOP("hpr::engine", "This never changes the hotpatch verdict.")),
                               meaning));
    const bool inProgress =
        f.sbUpdateStatus.is("in_progress") || (f.sbAvailableUpdates.isKnown() && f.sbAvailableUpdates.value() &&
                                               (*f.sbAvailableUpdates.value() & ~std::int64_t(0x4000)) != 0);
    if (inProgress) {
        const bool kekStuck = f.sbAvailableUpdates.isKnown() && f.sbAvailableUpdates.value() &&
                              (*f.sbAvailableUpdates.value() & 0x4) && f.sbDbWindowsUefiCa2023.is(true) &&
                              f.sbBootManager2023.is(true);
        const Text started(f.sbAvailableUpdates.isKnown() && f.sbAvailableUpdates.value()
                               ? "AvailableUpdates " + secureboot::hex(*f.sbAvailableUpdates.value())
                               : std::string("UEFICA2023Status InProgress"));
        //: %1: the registry value that shows it, e.g. "AvailableUpdates 0x4100".
        const Text progress =
            kekStuck ? Text(QT_TRANSLATE_NOOP("hpr::engine",
                                              "The update has started (%1); the KEK step waits for a PK-signed KEK "
                                              "from the device maker (event 1803)."),
                            {started})
                     : Text(QT_TRANSLATE_NOOP("hpr::engine", "The update has started (%1); one or more restarts are "
                                                             "still needed to finish it."),
                            {started});
        return c.status(CheckStatus::Warn)
            .summary(Text(QT_TRANSLATE_NOOP("hpr::engine", "Certificate update in progress: still missing %1"),
                          {listOf(missing)}))
            .explain(sentences(sentences(meaning, progress), involves))
            .fix(FixWhere::IntuneOrPolicy,
                 kekStuck ? Text(QT_TRANSLATE_NOOP("hpr::engine", "Ask the device maker for a PK-signed KEK (firmware "
                                                                  "update); the task retries every 12 hours."))
                          : Text(QT_TRANSLATE_NOOP("hpr::engine", "Restart the device (more than once may be needed), "
                                                                  "then 'hotpatch-ready-cli secureboot verify'.")));
    }
    return c.status(CheckStatus::Warn)
        .summary(Text(QT_TRANSLATE_NOOP("hpr::engine", "Still on the 2011 Secure Boot certificates: missing %1"),
                      {listOf(missing)}))
        .explain(sentences(meaning, involves))
        .fix(FixWhere::IntuneOrPolicy, action);
}

} // namespace

void deriveUpdateFacts(DeviceFacts &f, const ReleaseTable &table, const std::string &asOf)
{
    const std::string src = "release table " + table.date + " (" + table.origin + "), as of " + asOf;
    if (!f.osBuild.isKnown() || !f.osUbr.isKnown() || !f.osInstallationType.isKnown()) {
        f.updateBaselineStatus = Fact<std::string>::known("unknown", src + ": build or UBR unknown");
        f.updateChannelMonth = Fact<std::string>::unknown(UnknownReason::NotProvided, "build unknown", src);
        f.updateLatestBaseline = Fact<std::string>::unknown(UnknownReason::NotProvided, "build unknown", src);
        return;
    }
    const auto pos = positionOf(table, f.osInstallationType.value(), f.osBuild.value(), f.osUbr.value(), asOf);
    f.updateBaselineStatus = Fact<std::string>::known(pos.status, src);
    if (pos.channelMonth == "unknown")
        f.updateChannelMonth =
            Fact<std::string>::unknown(UnknownReason::NotProvided, "the month's release type is not confirmed", src);
    else
        f.updateChannelMonth =
            Fact<std::string>::known(pos.channelMonth, src + (pos.channelMonthPlanned ? " (planned calendar)" : ""));
    if (pos.latestBaseline)
        f.updateLatestBaseline =
            Fact<std::string>::known(pos.latestBaseline->month + " " + std::to_string(f.osBuild.value()) + "." +
                                         std::to_string(pos.latestBaseline->ubr) + " " + pos.latestBaseline->kb,
                                     src);
    else
        f.updateLatestBaseline = Fact<std::string>::unknown(UnknownReason::NotProvided, pos.explanation, src);
}

std::vector<CheckResult> runChecks(const DeviceFacts &f, const std::string &asOf, const ReleaseTable &table)
{
    const auto causes = diagnoseVbs(f);
    return {checkEdition(f),
            checkBuild(f),
            checkBaseline(f, asOf, table),
            checkArch(f),
            checkUefi(f),
            checkSecureBoot(f),
            checkTpm(f),
            checkCpuVirt(f),
            checkVirtFirmware(f),
            checkSlat(f),
            checkNx(f),
            checkHypervisorLaunch(f),
            checkDma(f),
            checkVbsConfigured(f),
            checkVbsRunning(f, causes),
            checkChpe(f),
            checkMdm(f),
            checkHotpatchPolicy(f),
            checkLicense(f),
            checkPendingReboot(f),
            checkSecureBootCa2023(f)};
}

Verdict decideVerdict(const std::vector<CheckResult> &checks, std::vector<Blocker> *blockers)
{
    bool unknown = false, fixable = false, blocked = false;
    for (const auto &c : checks) {
        if (c.advisory)
            continue; // informs, never decides
        if (c.status == CheckStatus::Fail) {
            if (c.blocker != BlockerCategory::None) {
                blocked = true;
                if (blockers)
                    blockers->push_back(Blocker{c.id, c.blocker});
            } else {
                fixable = true;
            }
        } else if (c.status == CheckStatus::Unknown) {
            unknown = true;
        }
    }
    if (blocked)
        return Verdict::Blocked; // "not capable" outranks "undetermined"
    if (unknown)
        return Verdict::Undetermined;
    return fixable ? Verdict::ReadyAfterFixes : Verdict::Ready;
}

namespace {

/// Next steps, each a Text with its English rendering beside it (Assessment::nextSteps / nextStepTexts).
void nextSteps(Assessment &a)
{
    auto addUnique = [&](Text t) {
        std::string s = t.str();
        if (!s.empty() && std::find(a.nextSteps.begin(), a.nextSteps.end(), s) == a.nextSteps.end()) {
            a.nextSteps.push_back(std::move(s));
            a.nextStepTexts.push_back(std::move(t));
        }
    };
    //: A next step: %1 is the check's id (HP-...), %2 what to do.
    auto step = [](const std::string &id, const Text &what) {
        return Text(QT_TRANSLATE_NOOP("hpr::engine", "%1: %2"), {id, what});
    };
    // Blockers first: nothing else helps until they are gone.
    for (const auto &c : a.checks)
        if (c.status == CheckStatus::Fail && c.blocker != BlockerCategory::None && c.id != "HP-VBS-RUNNING")
            addUnique(step(c.id, c.fixActionText));
    for (const auto &c : a.checks)
        if (c.status == CheckStatus::Unknown && !c.advisory)
            addUnique(step(c.id, c.explanationText));
    bool restart = false;
    for (const auto &c : a.checks)
        if (c.status == CheckStatus::Fail && c.fix == FixWhere::HereOneReboot && c.id != "HP-VBS-RUNNING" &&
            c.id != "HP-PENDING-REBOOT") {
            addUnique(step(c.id, c.fixActionText));
            restart = true;
        }
    const auto *pending = a.check("HP-PENDING-REBOOT");
    if (restart || (pending && pending->status == CheckStatus::Fail) || !a.vbsCauses.empty()) {
        const bool notRebooted = std::any_of(a.vbsCauses.begin(), a.vbsCauses.end(),
                                             [](const VbsCause &c) { return c.code == "not_rebooted"; });
        if (restart || notRebooted || (pending && pending->status == CheckStatus::Fail))
            addUnique(QT_TRANSLATE_NOOP(
                "hpr::engine", "Restart the device once; every change above (and any pending update) takes effect with "
                               "that single restart."));
    }
    for (const auto &c : a.checks)
        if ((c.status == CheckStatus::Warn) && c.fix != FixWhere::None && !c.fixAction.empty())
            addUnique(step(c.id, c.fixActionText));
    if (a.verdict != Verdict::Ready)
        addUnique(QT_TRANSLATE_NOOP(
            "hpr::engine",
            "After the restart, assess again: msinfo32 'Virtualization-based security' must read Running "
            "and the verdict must be ready."));
}

} // namespace

Assessment assess(DeviceFacts facts, const AssessOptions &options)
{
    Assessment a;
    const ReleaseTable &table = options.table ? *options.table : ReleaseTable::embedded();
    a.asOf = options.asOf.empty() ? todayUtc() : options.asOf;
    a.tableDate = table.date;
    a.tableOrigin = table.origin;
    a.tableSourcesAsOf = table.sourcesAsOf;
    deriveUpdateFacts(facts, table, a.asOf);
    a.facts = std::move(facts);
    a.vbsCauses = diagnoseVbs(a.facts);
    a.checks = runChecks(a.facts, a.asOf, table);
    a.verdict = decideVerdict(a.checks, &a.blockers);
    nextSteps(a);
    return a;
}

} // namespace hpr
