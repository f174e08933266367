// The label and value tables for localized msinfo32 /report, /nfo and systeminfo output: the one place that knows
// Microsoft's display strings. Origin::Sample strings are from real outputs (shared/samples, windows-facts.md §3.3
// and §5); Origin::Knowledge strings are written from knowledge of Microsoft's translations, NOT checked against
// a sample: a different real wording only leaves that fact unknown, because every fact needs both a known label
// (or a known structure) and a known value (or an invariant one such as "UEFI" or a build number).
#include "evidencetables.h"

#include "codepage.h"

#include <algorithm>
#include <unordered_map>

namespace hpr::evtab {

namespace {

constexpr Origin S = Origin::Sample;
constexpr Origin K = Origin::Knowledge;
using L = Label;
using V = ValueKind;

char32_t lowerCodePoint(char32_t c)
{
    if (c >= 'A' && c <= 'Z')
        return c + 32;
    if ((c >= 0xC0 && c <= 0xDE && c != 0xD7))
        return c + 32;
    if (c >= 0x100 && c <= 0x17F) { // Latin Extended-A: Ą/ą, Ć/ć, Ę/ę, Ł/ł, Ń/ń, Ś/ś, Ź/ź, Ż/ż
        const bool oddLower = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
        if (oddLower)
            return (c % 2 == 1) ? c + 1 : c;
        return (c % 2 == 0) ? c + 1 : c;
    }
    if (c >= 0x410 && c <= 0x42F)
        return c + 32;
    if (c >= 0x400 && c <= 0x40F)
        return c + 80;
    if (c == 0xFF1A) // fullwidth colon
        return ':';
    if (c == 0xA0 || c == 0x3000 || c == '\t') // NBSP, ideographic space
        return ' ';
    if (c == 0x2013 || c == 0x2014) // en/em dash
        return '-';
    if (c == 0x2019) // typographic apostrophe (French "d’exploitation")
        return '\'';
    return c;
}

const std::vector<LabelText> s_labels = {
    // en-US / en-GB (msinfo32 and systeminfo; samples 05, 07, 09 and windows-facts §3.3, §3.5)
    {"en", L::OsName, "OS Name", S},
    {"en", L::OsVersion, "Version", S},
    {"en", L::OsVersion, "OS Version", S},
    {"en", L::HostName, "System Name", S},
    {"en", L::HostName, "Host Name", S},
    {"en", L::Manufacturer, "System Manufacturer", S},
    {"en", L::Model, "System Model", S},
    {"en", L::SystemType, "System Type", S},
    {"en", L::BiosMode, "BIOS Mode", S},
    {"en", L::SecureBootState, "Secure Boot State", S},
    {"en", L::KernelDma, "Kernel DMA Protection", S},
    {"en", L::Vbs, "Virtualization-based security", S},
    {"en", L::HyperVRequirements, "Hyper-V Requirements", S},
    {"en", L::VmMonitorExtensions, "VM Monitor Mode Extensions", S},
    {"en", L::VirtualizationInFirmware, "Virtualization Enabled In Firmware", S},
    {"en", L::Slat, "Second Level Address Translation", S},
    {"en", L::Slat, "Second Level Address Translation Extensions", S},
    {"en", L::Dep, "Data Execution Prevention Available", S},
    {"en", L::Dep, "Data Execution Protection", S},
    {"en", L::VbsStatusItem, "Status", S},
    // de-DE
    {"de", L::OsName, "Betriebssystemname", K},
    {"de", L::OsName, "Betriebsystemname", K},
    {"de", L::OsVersion, "Betriebssystemversion", K},
    {"de", L::HostName, "Systemname", K},
    {"de", L::HostName, "Hostname", K},
    {"de", L::Manufacturer, "Systemhersteller", K},
    {"de", L::Model, "Systemmodell", K},
    {"de", L::SystemType, "Systemtyp", K},
    {"de", L::BiosMode, "BIOS-Modus", K},
    {"de", L::SecureBootState, "Sicherer Startzustand", K},
    {"de", L::SecureBootState, "Status des sicheren Starts", K},
    {"de", L::KernelDma, "Kernel-DMA-Schutz", K},
    {"de", L::Vbs, "Virtualisierungsbasierte Sicherheit", K},
    {"de", L::HyperVRequirements, "Hyper-V-Anforderungen", K},
    {"de", L::VmMonitorExtensions, "VM-Überwachungsmodus-Erweiterungen", K},
    {"de", L::VirtualizationInFirmware, "In Firmware aktivierte Virtualisierung", K},
    {"de", L::Slat, "Adressübersetzung der zweiten Ebene", K},
    {"de", L::Dep, "Datenausführungsverhinderung verfügbar", K},
    // fr-FR
    {"fr", L::OsName, "Nom du système d'exploitation", K},
    {"fr", L::OsVersion, "Version du système", K},
    {"fr", L::HostName, "Nom du système", K},
    {"fr", L::HostName, "Nom de l'hôte", K},
    {"fr", L::Manufacturer, "Fabricant du système", K},
    {"fr", L::Model, "Modèle du système", K},
    {"fr", L::SystemType, "Type du système", K},
    {"fr", L::BiosMode, "Mode BIOS", K},
    {"fr", L::SecureBootState, "État du démarrage sécurisé", K},
    {"fr", L::KernelDma, "Protection DMA du noyau", K},
    {"fr", L::Vbs, "Sécurité basée sur la virtualisation", K},
    {"fr", L::HyperVRequirements, "Configuration requise pour Hyper-V", K},
    {"fr", L::VmMonitorExtensions, "Extensions du mode Moniteur d'ordinateur virtuel", K},
    {"fr", L::VirtualizationInFirmware, "Virtualisation activée dans le microprogramme", K},
    {"fr", L::Slat, "Traduction d'adresse de second niveau", K},
    {"fr", L::Dep, "Prévention de l'exécution des données disponible", K},
    {"fr", L::VbsStatusItem, "État", K},
    // es-ES
    {"es", L::OsName, "Nombre del sistema operativo", K},
    {"es", L::OsName, "Nombre del SO", K},
    {"es", L::OsVersion, "Versión", K},
    {"es", L::OsVersion, "Versión del sistema operativo", K},
    {"es", L::HostName, "Nombre del sistema", K},
    {"es", L::HostName, "Nombre de host", K},
    {"es", L::Manufacturer, "Fabricante del sistema", K},
    {"es", L::Model, "Modelo del sistema", K},
    {"es", L::Model, "Modelo el sistema", K},
    {"es", L::SystemType, "Tipo de sistema", K},
    {"es", L::BiosMode, "Modo de BIOS", K},
    {"es", L::SecureBootState, "Estado de arranque seguro", K},
    {"es", L::KernelDma, "Protección de DMA de kernel", K},
    {"es", L::Vbs, "Seguridad basada en virtualización", K},
    {"es", L::HyperVRequirements, "Requisitos de Hyper-V", K},
    {"es", L::VmMonitorExtensions, "Extensiones de modo de monitor de VM", K},
    {"es", L::VirtualizationInFirmware, "Virtualización habilitada en firmware", K},
    {"es", L::Slat, "Traducción de direcciones de segundo nivel", K},
    {"es", L::Dep, "Prevención de ejecución de datos disponible", K},
    {"es", L::VbsStatusItem, "Estado", K},
    // zh-CN
    {"zh", L::OsName, "操作系统名称", K},
    {"zh", L::OsName, "OS 名称", K},
    {"zh", L::OsVersion, "版本", K},
    {"zh", L::OsVersion, "OS 版本", K},
    {"zh", L::HostName, "系统名称", K},
    {"zh", L::HostName, "主机名", K},
    {"zh", L::Manufacturer, "系统制造商", K},
    {"zh", L::Model, "系统型号", K},
    {"zh", L::SystemType, "系统类型", K},
    {"zh", L::BiosMode, "BIOS 模式", S},
    {"zh", L::SecureBootState, "安全启动状态", K},
    {"zh", L::KernelDma, "内核 DMA 保护", K},
    {"zh", L::Vbs, "基于虚拟化的安全性", S},
    {"zh", L::HyperVRequirements, "Hyper-V 要求", K},
    {"zh", L::VmMonitorExtensions, "虚拟机监视器模式扩展", K},
    {"zh", L::VirtualizationInFirmware, "固件中已启用虚拟化", K},
    {"zh", L::Slat, "第二级地址转换", K},
    {"zh", L::Dep, "数据执行保护可用", K},
    {"zh", L::VbsStatusItem, "状态", K},
    // ru-RU
    {"ru", L::OsName, "Имя ОС", K},
    {"ru", L::OsName, "Название ОС", K},
    {"ru", L::OsVersion, "Версия", K},
    {"ru", L::OsVersion, "Версия ОС", K},
    {"ru", L::HostName, "Имя системы", K},
    {"ru", L::HostName, "Имя узла", K},
    {"ru", L::Manufacturer, "Изготовитель системы", K},
    {"ru", L::Model, "Модель системы", K},
    {"ru", L::SystemType, "Тип системы", K},
    {"ru", L::BiosMode, "Режим BIOS", K},
    {"ru", L::SecureBootState, "Состояние безопасной загрузки", K},
    {"ru", L::KernelDma, "Защита DMA ядра", K},
    {"ru", L::Vbs, "Безопасность на основе виртуализации", K},
    {"ru", L::HyperVRequirements, "Требования Hyper-V", S},
    {"ru", L::VmMonitorExtensions, "Расширения режима мониторинга виртуальной машины", K},
    {"ru", L::VirtualizationInFirmware, "Виртуализация включена во встроенном ПО", K},
    {"ru", L::Slat, "Преобразование адресов второго уровня", S},
    {"ru", L::Dep, "Доступно предотвращение выполнения данных", K},
    {"ru", L::VbsStatusItem, "Состояние", K},
    // pl-PL
    {"pl", L::OsName, "Nazwa systemu operacyjnego", K},
    {"pl", L::OsVersion, "Wersja", K},
    {"pl", L::OsVersion, "Wersja systemu operacyjnego", K},
    {"pl", L::HostName, "Nazwa systemu", K},
    {"pl", L::HostName, "Nazwa hosta", K},
    {"pl", L::Manufacturer, "Producent systemu", K},
    {"pl", L::Model, "Model systemu", K},
    {"pl", L::SystemType, "Typ systemu", K},
    {"pl", L::BiosMode, "Tryb BIOS", K},
    {"pl", L::SecureBootState, "Stan bezpiecznego rozruchu", K},
    {"pl", L::KernelDma, "Ochrona DMA jądra", K},
    {"pl", L::Vbs, "Zabezpieczenia oparte na wirtualizacji", S},
    {"pl", L::HyperVRequirements, "Wymagania funkcji Hyper-V", K},
    {"pl", L::VmMonitorExtensions, "Rozszerzenia trybu monitora maszyny wirtualnej", K},
    {"pl", L::VirtualizationInFirmware, "Wirtualizacja włączona w oprogramowaniu układowym", K},
    {"pl", L::Slat, "Translacja adresów drugiego poziomu", K},
    {"pl", L::Dep, "Zapobieganie wykonywaniu danych dostępne", K},
    {"pl", L::VbsStatusItem, "Stan", K},
    // ja-JP
    {"ja", L::OsName, "OS 名", K},
    {"ja", L::OsVersion, "バージョン", K},
    {"ja", L::OsVersion, "OS バージョン", K},
    {"ja", L::HostName, "システム名", K},
    {"ja", L::HostName, "ホスト名", K},
    {"ja", L::Manufacturer, "システム製造元", K},
    {"ja", L::Model, "システム モデル", K},
    {"ja", L::SystemType, "システムの種類", K},
    {"ja", L::BiosMode, "BIOS モード", K},
    {"ja", L::SecureBootState, "セキュア ブートの状態", K},
    {"ja", L::KernelDma, "カーネル DMA 保護", K},
    {"ja", L::Vbs, "仮想化ベースのセキュリティ", K},
    {"ja", L::HyperVRequirements, "Hyper-V の要件", K},
    {"ja", L::VmMonitorExtensions, "VM モニター モード拡張機能", K},
    {"ja", L::VirtualizationInFirmware, "ファームウェアで仮想化が有効", K},
    {"ja", L::Slat, "第 2 レベルのアドレス変換", K},
    {"ja", L::Dep, "データ実行防止が使用可能", K},
    {"ja", L::VbsStatusItem, "状態", K},
};

const std::vector<ListWordText> s_listWords = {
    {"en", ListWord::Required, "required", S},       {"en", ListWord::Available, "available", S},
    {"en", ListWord::Configured, "configured", S},   {"en", ListWord::Running, "running", S},
    {"de", ListWord::Required, "erforderlich", K},   {"de", ListWord::Available, "verfügbar", K},
    {"de", ListWord::Configured, "konfiguriert", K}, {"de", ListWord::Running, "ausgeführt", K},
    {"fr", ListWord::Required, "requis", K},         {"fr", ListWord::Available, "disponible", K},
    {"fr", ListWord::Configured, "configuré", K},    {"fr", ListWord::Running, "en cours", K},
    {"es", ListWord::Required, "necesari", K},       {"es", ListWord::Required, "requerid", K},
    {"es", ListWord::Available, "disponible", K},    {"es", ListWord::Configured, "configurad", K},
    {"es", ListWord::Running, "en ejecución", K},    {"zh", ListWord::Required, "必需", K},
    {"zh", ListWord::Available, "可用", K},          {"zh", ListWord::Configured, "已配置", K},
    {"zh", ListWord::Running, "正在运行", K},        {"ru", ListWord::Required, "обязательн", K},
    {"ru", ListWord::Required, "требуем", K},        {"ru", ListWord::Available, "доступн", K},
    {"ru", ListWord::Configured, "настроен", K},     {"ru", ListWord::Running, "выполняющ", K},
    {"ru", ListWord::Running, "запущен", K},         {"pl", ListWord::Required, "wymagane", K},
    {"pl", ListWord::Available, "dostępne", K},      {"pl", ListWord::Configured, "skonfigurowane", K},
    {"pl", ListWord::Running, "uruchomione", K},     {"ja", ListWord::Required, "必須", K},
    {"ja", ListWord::Available, "利用可能", K},      {"ja", ListWord::Configured, "構成済み", K},
    {"ja", ListWord::Running, "実行中", K},
};

const std::vector<ValueText> s_values = {
    // yes / no (systeminfo Hyper-V requirements, msinfo32 Hyper-V lines)
    {"en", V::YesNo, "Yes", "yes", S},
    {"en", V::YesNo, "No", "no", S},
    {"de", V::YesNo, "Ja", "yes", K},
    {"de", V::YesNo, "Nein", "no", K},
    {"fr", V::YesNo, "Oui", "yes", K},
    {"fr", V::YesNo, "Non", "no", K},
    {"es", V::YesNo, "Sí", "yes", K},
    {"es", V::YesNo, "Si", "yes", K},
    {"zh", V::YesNo, "是", "yes", K},
    {"zh", V::YesNo, "否", "no", K},
    {"ru", V::YesNo, "Да", "yes", K},
    {"ru", V::YesNo, "Нет", "no", S},
    {"pl", V::YesNo, "Tak", "yes", K},
    {"pl", V::YesNo, "Nie", "no", K},
    {"ja", V::YesNo, "はい", "yes", K},
    {"ja", V::YesNo, "いいえ", "no", K},
    // on / off / unsupported (Secure Boot State, Kernel DMA Protection)
    {"en", V::OnOff, "On", "on", S},
    {"en", V::OnOff, "Off", "off", S},
    {"en", V::OnOff, "Unsupported", "unsupported", S},
    {"de", V::OnOff, "Ein", "on", K},
    {"de", V::OnOff, "Aus", "off", K},
    {"de", V::OnOff, "Nicht unterstützt", "unsupported", K},
    {"fr", V::OnOff, "Activé", "on", K},
    {"fr", V::OnOff, "Désactivé", "off", K},
    {"fr", V::OnOff, "Non pris en charge", "unsupported", K},
    {"es", V::OnOff, "Activado", "on", K},
    {"es", V::OnOff, "Desactivado", "off", K},
    {"es", V::OnOff, "No compatible", "unsupported", K},
    {"zh", V::OnOff, "开", "on", K},
    {"zh", V::OnOff, "关", "off", K},
    {"zh", V::OnOff, "不支持", "unsupported", K},
    {"ru", V::OnOff, "Вкл", "on", K},
    {"ru", V::OnOff, "Откл", "off", K},
    {"ru", V::OnOff, "Не поддерживается", "unsupported", K},
    {"pl", V::OnOff, "Włączone", "on", K},
    {"pl", V::OnOff, "Wyłączone", "off", K},
    {"pl", V::OnOff, "Nieobsługiwane", "unsupported", K},
    {"ja", V::OnOff, "有効", "on", K},
    {"ja", V::OnOff, "無効", "off", K},
    {"ja", V::OnOff, "サポートされていません", "unsupported", K},
    // VBS state (msinfo32 "Virtualization-based security", 24H2 systeminfo "Status")
    {"en", V::VbsState, "Running", "running", S},
    {"en", V::VbsState, "Not enabled", "off", S},
    {"en", V::VbsState, "Enabled but not running", "enabled_not_running", K}, // windows-facts §6 item 9
    {"de", V::VbsState, "Wird ausgeführt", "running", K},
    {"de", V::VbsState, "Nicht aktiviert", "off", K},
    {"de", V::VbsState, "Aktiviert, aber nicht ausgeführt", "enabled_not_running", K},
    {"fr", V::VbsState, "En cours d'exécution", "running", K},
    {"fr", V::VbsState, "Non activé", "off", K},
    {"fr", V::VbsState, "Non activée", "off", K},
    {"fr", V::VbsState, "Activé mais pas en cours d'exécution", "enabled_not_running", K},
    {"es", V::VbsState, "En ejecución", "running", K},
    {"es", V::VbsState, "No habilitado", "off", K},
    {"es", V::VbsState, "No habilitada", "off", K},
    {"es", V::VbsState, "Habilitado pero no en ejecución", "enabled_not_running", K},
    {"zh", V::VbsState, "正在运行", "running", S},
    {"zh", V::VbsState, "未启用", "off", K},
    {"zh", V::VbsState, "已启用但未运行", "enabled_not_running", K},
    {"ru", V::VbsState, "Выполняется", "running", K},
    {"ru", V::VbsState, "Не включено", "off", K},
    {"ru", V::VbsState, "Не включена", "off", K},
    {"ru", V::VbsState, "Включено, но не выполняется", "enabled_not_running", K},
    {"pl", V::VbsState, "Uruchomiona", "running", S},
    {"pl", V::VbsState, "Uruchomione", "running", K},
    {"pl", V::VbsState, "Nie włączono", "off", K},
    {"pl", V::VbsState, "Włączona, ale nieuruchomiona", "enabled_not_running", K},
    {"ja", V::VbsState, "実行中", "running", K},
    {"ja", V::VbsState, "有効ではありません", "off", K},
    {"ja", V::VbsState, "有効ですが実行されていません", "enabled_not_running", K},
    // BIOS mode: "UEFI" is the same word in every language (the invariant); "Legacy" is translated
    {"en", V::BiosMode, "UEFI", "uefi", S},
    {"en", V::BiosMode, "Legacy", "bios", S},
    {"de", V::BiosMode, "Vorgängerversion", "bios", K},
    {"fr", V::BiosMode, "Hérité", "bios", K},
    {"es", V::BiosMode, "Heredado", "bios", K},
    {"zh", V::BiosMode, "传统", "bios", S},
    {"ru", V::BiosMode, "Устаревший", "bios", K},
    {"pl", V::BiosMode, "Starszy", "bios", K},
    {"ja", V::BiosMode, "レガシ", "bios", K},
    // Win32_DeviceGuard property names as msinfo32 / systeminfo show them (windows-facts §3.3)
    {"en", V::Property, "Base Virtualization Support", "1", S},
    {"en", V::Property, "Secure Boot", "2", S},
    {"en", V::Property, "DMA Protection", "3", S},
    {"en", V::Property, "Secure Memory Overwrite", "4", K},
    {"en", V::Property, "UEFI Code Readonly", "5", S},
    {"en", V::Property, "SMM Security Mitigations 1.0", "6", S},
    {"en", V::Property, "Mode Based Execution Control", "7", S},
    {"en", V::Property, "APIC Virtualization", "8", S},
    {"de", V::Property, "Grundlegende Virtualisierungsunterstützung", "1", K},
    {"de", V::Property, "Sicherer Start", "2", K},
    {"de", V::Property, "DMA-Schutz", "3", K},
    {"de", V::Property, "UEFI-Code schreibgeschützt", "5", K},
    {"de", V::Property, "Modusbasierte Ausführungssteuerung", "7", K},
    {"de", V::Property, "APIC-Virtualisierung", "8", K},
    {"fr", V::Property, "Prise en charge de la virtualisation de base", "1", K},
    {"fr", V::Property, "Démarrage sécurisé", "2", K},
    {"fr", V::Property, "Protection DMA", "3", K},
    {"fr", V::Property, "Code UEFI en lecture seule", "5", K},
    {"fr", V::Property, "Contrôle d'exécution basé sur le mode", "7", K},
    {"fr", V::Property, "Virtualisation APIC", "8", K},
    {"es", V::Property, "Compatibilidad con virtualización básica", "1", K},
    {"es", V::Property, "Arranque seguro", "2", K},
    {"es", V::Property, "Protección DMA", "3", K},
    {"es", V::Property, "Código UEFI de solo lectura", "5", K},
    {"es", V::Property, "Control de ejecución basado en modo", "7", K},
    {"es", V::Property, "Virtualización de APIC", "8", K},
    {"zh", V::Property, "基本虚拟化支持", "1", K},
    {"zh", V::Property, "安全启动", "2", K},
    {"zh", V::Property, "DMA 保护", "3", K},
    {"zh", V::Property, "UEFI 代码只读", "5", K},
    {"zh", V::Property, "基于模式的执行控制", "7", K},
    {"zh", V::Property, "APIC 虚拟化", "8", K},
    {"ru", V::Property, "Базовая поддержка виртуализации", "1", K},
    {"ru", V::Property, "Безопасная загрузка", "2", K},
    {"ru", V::Property, "Защита DMA", "3", K},
    {"ru", V::Property, "Код UEFI только для чтения", "5", K},
    {"ru", V::Property, "Управление выполнением на основе режима", "7", K},
    {"ru", V::Property, "Виртуализация APIC", "8", K},
    {"pl", V::Property, "Podstawowa obsługa wirtualizacji", "1", K},
    {"pl", V::Property, "Bezpieczny rozruch", "2", K},
    {"pl", V::Property, "Ochrona DMA", "3", K},
    {"pl", V::Property, "Kod UEFI tylko do odczytu", "5", K},
    {"pl", V::Property, "Kontrola wykonywania oparta na trybie", "7", K},
    {"pl", V::Property, "Wirtualizacja APIC", "8", K},
    {"ja", V::Property, "基本的な仮想化サポート", "1", K},
    {"ja", V::Property, "セキュア ブート", "2", K},
    {"ja", V::Property, "DMA 保護", "3", K},
    {"ja", V::Property, "UEFI コード読み取り専用", "5", K},
    {"ja", V::Property, "モード ベースの実行制御", "7", K},
    {"ja", V::Property, "APIC 仮想化", "8", K},
    // service names ("Credential Guard" is a product name and stays English in every language)
    // Get-ComputerInfo's enum names (windows-facts §3.4)
    {"en", V::Property, "BaseVirtualizationSupport", "1", S},
    {"en", V::Property, "SecureBoot", "2", S},
    {"en", V::Property, "DMAProtection", "3", S},
    {"en", V::Property, "SecureMemoryOverwrite", "4", S},
    {"en", V::Service, "CredentialGuard", "1", S},
    {"en", V::Service, "HypervisorEnforcedCodeIntegrity", "2", S},
    {"en", V::Service, "Credential Guard", "1", S},
    {"en", V::Service, "Hypervisor enforced Code Integrity", "2", S},
    {"en", V::Service, "Secure Launch", "3", S},
    {"en", V::Service, "Kernel-mode Hardware-enforced Stack Protection", "5", S},
    {"en", V::Service, "SMM Firmware Measurement", "4", K},               // windows-facts §6 item 9
    {"en", V::Service, "Hypervisor-Enforced Paging Translation", "7", K}, // windows-facts §6 item 9
    {"de", V::Service, "Hypervisorgeschützte Codeintegrität", "2", K},
    {"fr", V::Service, "Intégrité du code appliquée par l'hyperviseur", "2", K},
    {"es", V::Service, "Integridad de código aplicada por hipervisor", "2", K},
    {"zh", V::Service, "虚拟机监控程序强制的代码完整性", "2", K},
    {"ru", V::Service, "Целостность кода, обеспечиваемая низкоуровневой оболочкой", "2", K},
    {"pl", V::Service, "Integralność kodu wymuszana przez funkcję hypervisor", "2", K},
    {"ja", V::Service, "ハイパーバイザーによるコードの整合性の強制", "2", K},
    // the first sentence of "A hypervisor has been detected. Features required for Hyper-V will not be displayed."
    {"en", V::Hypervisor, "a hypervisor has been detected", "yes", S},
    {"de", V::Hypervisor, "hypervisor erkannt", "yes", K},
    {"fr", V::Hypervisor, "hyperviseur a été détecté", "yes", K},
    {"es", V::Hypervisor, "detectó un hipervisor", "yes", K},
    {"zh", V::Hypervisor, "检测到虚拟机监控程序", "yes", K},
    {"ru", V::Hypervisor, "обнаружена низкоуровневая оболочка", "yes", K},
    {"pl", V::Hypervisor, "wykryto funkcję hypervisor", "yes", K},
    {"ja", V::Hypervisor, "ハイパーバイザーが検出されました", "yes", K},
};

} // namespace

const std::vector<LabelText> &labelTexts()
{
    return s_labels;
}
const std::vector<ListWordText> &listWordTexts()
{
    return s_listWords;
}
const std::vector<ValueText> &valueTexts()
{
    return s_values;
}

std::string fold(const std::string &text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        const auto [cp, len] = decodeUtf8At(text, i);
        i += len;
        const char32_t c = lowerCodePoint(cp);
        if (c == ' ' && (out.empty() || out.back() == ' '))
            continue;
        appendUtf8(out, c);
    }
    while (!out.empty() && (out.back() == ' ' || out.back() == ':' || out.back() == '.'))
        out.pop_back();
    auto replaceAll = [&out](const std::string &from, const std::string &to) {
        for (auto pos = out.find(from); pos != std::string::npos; pos = out.find(from, pos + to.size()))
            out.replace(pos, from.size(), to);
    };
    replaceAll("virtualisation", "virtualization");
    replaceAll("virtualization based", "virtualization-based");
    for (const char *prefix : {"device guard ", "hyper-v - "})
        if (out.rfind(prefix, 0) == 0)
            out.erase(0, std::char_traits<char>::length(prefix));
    return out;
}

namespace {

struct Index
{
    std::unordered_map<std::string, Label> labels;
    std::vector<std::string> vbsLabels;
    std::vector<std::pair<std::string, ListWord>> listWords;
    std::unordered_map<std::string, std::string> values[7];
    std::vector<std::string> hypervisor;
};

const Index &index()
{
    static const Index idx = [] {
        Index i;
        for (const auto &l : s_labels) {
            const std::string f = fold(l.text);
            i.labels.emplace(f, l.label);
            if (l.label == Label::Vbs)
                i.vbsLabels.push_back(f);
        }
        for (const auto &w : s_listWords)
            i.listWords.emplace_back(fold(w.text), w.word);
        for (const auto &v : s_values) {
            if (v.kind == ValueKind::Hypervisor)
                i.hypervisor.push_back(fold(v.text));
            else
                i.values[int(v.kind)].emplace(fold(v.text), v.canonical);
        }
        return i;
    }();
    return idx;
}

} // namespace

std::optional<Label> findLabel(const std::string &folded)
{
    const auto &idx = index();
    const auto it = idx.labels.find(folded);
    if (it == idx.labels.end())
        return std::nullopt;
    return it->second;
}

std::optional<ListWord> findVbsListLabel(const std::string &folded)
{
    // Windows 10's "Device Guard Required Security Properties" ("device guard " is folded away) has no VBS label.
    static const std::pair<const char *, ListWord> oldLabels[] = {
        {"required security properties", ListWord::Required},
        {"available security properties", ListWord::Available},
        {"security services configured", ListWord::Configured},
        {"security services running", ListWord::Running}};
    for (const auto &[text, word] : oldLabels)
        if (folded == text)
            return word;
    const auto &idx = index();
    for (const auto &vbs : idx.vbsLabels) {
        if (folded.size() <= vbs.size() || folded.compare(0, vbs.size(), vbs) != 0)
            continue;
        const std::string rest = folded.substr(vbs.size());
        for (const auto &[word, which] : idx.listWords)
            if (rest.find(word) != std::string::npos)
                return which;
    }
    return std::nullopt;
}

std::optional<std::string> findValue(ValueKind kind, const std::string &folded)
{
    const auto &idx = index();
    if (kind == ValueKind::Hypervisor) {
        for (const auto &h : idx.hypervisor)
            if (folded.find(h) != std::string::npos)
                return std::string("yes");
        return std::nullopt;
    }
    const auto &map = idx.values[int(kind)];
    const auto it = map.find(folded);
    if (it == map.end())
        return std::nullopt;
    return it->second;
}

} // namespace hpr::evtab
