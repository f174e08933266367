#pragma once

#include <optional>
#include <string>
#include <vector>

namespace hpr::evtab {

/// What an msinfo32 / systeminfo line is about, whatever the display language.
enum class Label {
    OsName,
    OsVersion,
    HostName,
    Manufacturer,
    Model,
    SystemType,
    BiosMode,
    SecureBootState,
    KernelDma,
    Vbs,                ///< "Virtualization-based security" (its status; list lines are Vbs + a ListWord)
    HyperVRequirements, ///< systeminfo block head
    VmMonitorExtensions,
    VirtualizationInFirmware,
    Slat,
    Dep,
    VbsStatusItem, ///< "Status" inside the 24H2 systeminfo VBS block
};

/// Which list a "Virtualization-based security <words>" line is (msinfo32) or a 24H2 block item is.
enum class ListWord { Required, Available, Configured, Running };

/// Kinds of localized values.
enum class ValueKind {
    YesNo,      ///< canonical "yes" | "no"
    OnOff,      ///< "on" | "off" | "unsupported"
    VbsState,   ///< "running" | "off" | "enabled_not_running"
    BiosMode,   ///< "uefi" | "bios"
    Property,   ///< Win32_DeviceGuard property code as text ("1".."8")
    Service,    ///< service code as text ("1".."7")
    Hypervisor, ///< the "a hypervisor has been detected" sentence (matched by containment)
};

/// Where a string in the tables comes from: a real sample / windows-facts.md, or written from knowledge of
/// Microsoft's translations without a sample to check it against (docs/evidence.md lists them).
enum class Origin { Sample, Knowledge };

struct LabelText
{
    const char *lang;
    Label label;
    const char *text;
    Origin origin;
};
struct ListWordText
{
    const char *lang;
    ListWord word;
    const char *text; ///< a word that a list label contains after the VBS label
    Origin origin;
};
struct ValueText
{
    const char *lang;
    ValueKind kind;
    const char *text;
    const char *canonical;
    Origin origin;
};

const std::vector<LabelText> &labelTexts();
const std::vector<ListWordText> &listWordTexts();
const std::vector<ValueText> &valueTexts();

/// Case-folded (ASCII, Latin-1, Latin Extended-A, Greek-free Cyrillic), NBSP and tabs as spaces, runs of spaces
/// collapsed, trimmed, trailing ':' '.' and fullwidth '：' removed, en-GB "virtualisation" and "virtualization
/// based" folded, the old "device guard " prefix and msinfo32's "hyper-v - " prefix dropped.
std::string fold(const std::string &text);

/// The label a folded text is, in any language of the tables.
std::optional<Label> findLabel(const std::string &folded);
/// For a folded label that starts with a VBS label: which list it names, if its remaining words say.
std::optional<ListWord> findVbsListLabel(const std::string &folded);
/// The canonical value of a folded text of the given kind (Hypervisor: containment).
std::optional<std::string> findValue(ValueKind kind, const std::string &folded);

} // namespace hpr::evtab
