#!/usr/bin/env python3
"""Writes tests/data/evidence-l10n/: localized msinfo32 /report and systeminfo outputs, each saved the way Windows
or a user saves it (UTF-16LE with BOM as msinfo32 writes, the console code page of `systeminfo > file`, the ANSI
code page of Notepad, UTF-8 pastes). Written from the documented formats (windows-facts.md §3.3, §3.5, §5) and
the label tables in app/engine/evidencetables.cpp; strings marked there as written from knowledge are not
confirmed by real samples. Run from the repository root: python3 tests/data/make-evidence-l10n.py"""
import os

OUT = os.path.join(os.path.dirname(__file__), "evidence-l10n")

def msinfo(header, rows):
    lines = header + [f"{k}\t{v}\t" for k, v in rows]
    return "\r\n".join(lines) + "\r\n"

def sysinfo(rows):
    out = []
    for k, v in rows:
        if isinstance(v, list):
            out.append(f"{k + ':':<27}{v[0]}")
            out += [" " * 27 + x for x in v[1:]]
        else:
            out.append(f"{k + ':':<27}{v}")
    return "\r\n".join(out) + "\r\n"

FILES = {
    # German: Windows 11 Pro 24H2, VBS running with memory integrity (msinfo32 /report, UTF-16LE)
    ("de-msinfo32-report.txt", "utf-16"): msinfo(
        ["Systeminformationsbericht erstellt am: 25.11.2026 10:00:00", "Systemname: PC-MUENCHEN-07",
         "[Systemübersicht]", "", "Element\tWert\t"],
        [("Betriebssystemname", "Microsoft Windows 11 Pro"), ("Version", "10.0.26100 Build 26100"),
         ("Systemname", "PC-MUENCHEN-07"), ("Systemhersteller", "LENOVO"), ("Systemmodell", "21HD0012GE"),
         ("Systemtyp", "x64-basierter PC"), ("BIOS-Modus", "UEFI"), ("Sicherer Startzustand", "Ein"),
         ("Kernel-DMA-Schutz", "Ein"), ("Virtualisierungsbasierte Sicherheit", "Wird ausgeführt"),
         ("Virtualisierungsbasierte Sicherheit: erforderliche Sicherheitseigenschaften",
          "Grundlegende Virtualisierungsunterstützung, Sicherer Start"),
         ("Virtualisierungsbasierte Sicherheit: verfügbare Sicherheitseigenschaften",
          "Grundlegende Virtualisierungsunterstützung, Sicherer Start, DMA-Schutz, APIC-Virtualisierung"),
         ("Virtualisierungsbasierte Sicherheit: konfigurierte Dienste", "Hypervisorgeschützte Codeintegrität"),
         ("Virtualisierungsbasierte Sicherheit: ausgeführte Dienste", "Hypervisorgeschützte Codeintegrität"),
         ("Es wurde ein Hypervisor erkannt. Die für Hyper-V erforderlichen Features werden nicht angezeigt.", "")]),
    # German systeminfo > file in cmd (OEM code page 850), a Windows 10 PC without a hypervisor
    ("de-systeminfo-cp850.txt", "cp850"): sysinfo(
        [("Hostname", "PC-HAMBURG-02"), ("Betriebssystemname", "Microsoft Windows 10 Enterprise"),
         ("Betriebssystemversion", "10.0.19045 Nicht zutreffend Build 19045"),
         ("Systemhersteller", "Dell Inc."), ("Systemmodell", "Latitude 5490"), ("Systemtyp", "x64-based PC"),
         ("Hyper-V-Anforderungen", ["VM-Überwachungsmodus-Erweiterungen: Ja",
                                    "In Firmware aktivierte Virtualisierung: Nein",
                                    "Adressübersetzung der zweiten Ebene: Ja",
                                    "Datenausführungsverhinderung verfügbar: Ja"])]),
    # French msinfo32 copied through Notepad saved as ANSI (cp1252): VBS not enabled, Secure Boot off
    ("fr-msinfo32-report-cp1252.txt", "cp1252"): msinfo(
        ["[Résumé système]", "", "Élément\tValeur\t"],
        [("Nom du système d'exploitation", "Microsoft Windows 11 Professionnel"),
         ("Version", "10.0.22631 Build 22631"), ("Nom du système", "PC-LYON-11"),
         ("Fabricant du système", "HP"), ("Modèle du système", "HP EliteBook 840 G8"),
         ("Type du système", "PC à base de x64"), ("Mode BIOS", "UEFI"),
         ("État du démarrage sécurisé", "Désactivé"), ("Protection DMA du noyau", "Désactivé"),
         ("Sécurité basée sur la virtualisation", "Non activé"),
         ("Hyper-V - Extensions du mode Moniteur d'ordinateur virtuel", "Oui"),
         ("Hyper-V - Traduction d'adresse de second niveau", "Oui"),
         ("Hyper-V - Virtualisation activée dans le microprogramme", "Oui")]),
    ("fr-systeminfo-cp850.txt", "cp850"): sysinfo(
        [("Nom de l'hôte", "PC-LYON-11"), ("Nom du système d'exploitation", "Microsoft Windows 11 Professionnel"),
         ("Version du système", "10.0.22631 N/A version 22631"), ("Type du système", "x64-based PC"),
         ("Configuration requise pour Hyper-V", ["Extensions du mode Moniteur d'ordinateur virtuel : Oui",
                                                 "Virtualisation activée dans le microprogramme : Oui",
                                                 "Traduction d'adresse de second niveau : Oui",
                                                 "Prévention de l'exécution des données disponible : Oui"])]),
    # Spanish: pasted as UTF-8 with spaces instead of tabs; legacy BIOS
    ("es-msinfo32-report-pasted.txt", "utf-8"): "\n".join(
        ["Nombre del SO    Microsoft Windows 10 Pro", "Versión    10.0.19045 Compilación 19045",
         "Nombre del sistema    PC-MADRID-03", "Tipo de sistema    PC basado en x64", "Modo de BIOS    Heredado",
         "Estado de arranque seguro    No compatible", "Seguridad basada en virtualización    No habilitado"]) + "\n",
    ("es-systeminfo-cp437.txt", "cp437"): sysinfo(
        [("Nombre de host", "PC-MADRID-03"), ("Nombre del sistema operativo", "Microsoft Windows 10 Pro"),
         ("Versión del sistema operativo", "10.0.19045 N/D Compilación 19045"), ("Tipo de sistema", "x64-based PC"),
         ("Requisitos de Hyper-V", ["Extensiones de modo de monitor de VM: Sí",
                                    "Virtualización habilitada en firmware: No",
                                    "Traducción de direcciones de segundo nivel: Sí",
                                    "Prevención de ejecución de datos disponible: Sí"])]),
    # Chinese (Simplified): msinfo32 /report (UTF-16LE) and systeminfo > file (cp936)
    ("zh-msinfo32-report.txt", "utf-16"): msinfo(
        ["[系统摘要]", "", "项目\t值\t"],
        [("操作系统名称", "Microsoft Windows 11 专业版"), ("版本", "10.0.26100 版本 26100"),
         ("系统名称", "PC-SHANGHAI-5"), ("系统制造商", "LENOVO"), ("系统类型", "基于 x64 的电脑"),
         ("BIOS 模式", "UEFI"), ("安全启动状态", "开"), ("内核 DMA 保护", "关"),
         ("基于虚拟化的安全性", "正在运行"), ("基于虚拟化的安全性必需的安全属性", "基本虚拟化支持"),
         ("基于虚拟化的安全性可用的安全属性", "基本虚拟化支持, 安全启动"),
         ("基于虚拟化的安全性已配置的服务", ""), ("基于虚拟化的安全性正在运行的服务", "")]),
    ("zh-systeminfo-cp936.txt", "cp936"): sysinfo(
        [("主机名", "PC-SHANGHAI-5"), ("OS 名称", "Microsoft Windows 11 专业版"),
         ("OS 版本", "10.0.26100 暂缺 Build 26100"), ("系统类型", "x64-based PC"),
         ("Hyper-V 要求", "已检测到虚拟机监控程序。将不显示 Hyper-V 所需的功能。")]),
    # Russian: Notepad ANSI (cp1251) and cmd's OEM code page (cp866)
    ("ru-msinfo32-report-cp1251.txt", "cp1251"): msinfo(
        ["[Сведения о системе]", "", "Элемент\tЗначение\t"],
        [("Имя ОС", "Майкрософт Windows 10 Pro"), ("Версия", "10.0.19045 Сборка 19045"),
         ("Имя системы", "PC-MOSKVA-9"), ("Тип системы", "Компьютер на базе x64"), ("Режим BIOS", "UEFI"),
         ("Состояние безопасной загрузки", "Вкл"), ("Безопасность на основе виртуализации", "Не включено")]),
    ("ru-systeminfo-cp866.txt", "cp866"): sysinfo(
        [("Имя узла", "PC-MOSKVA-9"), ("Название ОС", "Майкрософт Windows 10 Pro"),
         ("Версия ОС", "10.0.19045 Н/Д построение 19045"), ("Тип системы", "x64-based PC"),
         ("Требования Hyper-V", ["Расширения режима мониторинга виртуальной машины: Да",
                                 "Виртуализация включена во встроенном ПО: Да",
                                 "Преобразование адресов второго уровня: Нет",
                                 "Доступно предотвращение выполнения данных: Да"])]),
    # Polish: Notepad ANSI (cp1250) and cmd (cp852)
    ("pl-msinfo32-report-cp1250.txt", "cp1250"): msinfo(
        ["[Podsumowanie systemu]", "", "Element\tWartość\t"],
        [("Nazwa systemu operacyjnego", "Microsoft Windows 11 Pro"), ("Wersja", "10.0.26100 Kompilacja 26100"),
         ("Nazwa systemu", "PC-KRAKOW-4"), ("Typ systemu", "Komputer z procesorem x64"), ("Tryb BIOS", "UEFI"),
         ("Stan bezpiecznego rozruchu", "Włączone"),
         ("Zabezpieczenia oparte na wirtualizacji", "Uruchomiona"),
         ("Zabezpieczenia oparte na wirtualizacji — wymagane właściwości zabezpieczeń", ""),
         ("Zabezpieczenia oparte na wirtualizacji — uruchomione usługi", "Credential Guard")]),
    ("pl-systeminfo-cp852.txt", "cp852"): sysinfo(
        [("Nazwa hosta", "PC-KRAKOW-4"), ("Nazwa systemu operacyjnego", "Microsoft Windows 11 Pro"),
         ("Wersja systemu operacyjnego", "10.0.26100 Nie dotyczy Kompilacja 26100"),
         ("Typ systemu", "x64-based PC"),
         ("Wymagania funkcji Hyper-V", "Wykryto funkcję hypervisor. Funkcje wymagane przez funkcję Hyper-V nie "
                                        "zostaną wyświetlone.")]),
    # Japanese: msinfo32 /report (UTF-16LE) and systeminfo > file (cp932)
    ("ja-msinfo32-report.txt", "utf-16"): msinfo(
        ["[システムの要約]", "", "項目\t値\t"],
        [("OS 名", "Microsoft Windows 11 Enterprise"), ("バージョン", "10.0.22631 ビルド 22631"),
         ("システム名", "PC-TOKYO-1"), ("システム製造元", "FUJITSU"), ("システムの種類", "x64-based PC"),
         ("BIOS モード", "UEFI"), ("セキュア ブートの状態", "有効"), ("カーネル DMA 保護", "有効"),
         ("仮想化ベースのセキュリティ", "実行中")]),
    ("ja-systeminfo-cp932.txt", "cp932"): sysinfo(
        [("ホスト名", "PC-TOKYO-1"), ("OS 名", "Microsoft Windows 11 Enterprise"),
         ("OS バージョン", "10.0.22631 N/A ビルド 22631"), ("システムの種類", "x64-based PC"),
         ("Hyper-V の要件", "ハイパーバイザーが検出されました。Hyper-V に必要な機能は表示されません。")]),
}

NFO_RU = """<?xml version="1.0"?>
<MsInfo>
<Metadata>
<Version>8.0</Version>
<CreationUTC>11/25/26 10:00:00</CreationUTC>
</Metadata>
<Category name="Сведения о системе">
<Data>
<Элемент><![CDATA[Имя ОС]]></Элемент>
<Значение><![CDATA[Майкрософт Windows 11 Pro]]></Значение>
</Data>
<Data>
<Элемент><![CDATA[Версия]]></Элемент>
<Значение><![CDATA[10.0.26100 Сборка 26100]]></Значение>
</Data>
<Data>
<Элемент><![CDATA[Имя системы]]></Элемент>
<Значение><![CDATA[PC-NOVOSIB-3]]></Значение>
</Data>
<Data>
<Элемент><![CDATA[Режим BIOS]]></Элемент>
<Значение><![CDATA[UEFI]]></Значение>
</Data>
<Data>
<Элемент><![CDATA[Состояние безопасной загрузки]]></Элемент>
<Значение><![CDATA[Откл]]></Значение>
</Data>
<Data>
<Элемент><![CDATA[Безопасность на основе виртуализации]]></Элемент>
<Значение><![CDATA[Выполняется]]></Значение>
</Data>
<Data>
<Элемент><![CDATA[Обнаружена низкоуровневая оболочка. Функции, необходимые для Hyper-V, отображены не будут.]]></Элемент>
<Значение><![CDATA[]]></Значение>
</Data>
<Category name="Компоненты">
<Data>
<Элемент><![CDATA[Имя]]></Элемент>
<Значение><![CDATA[Intel(R) UHD Graphics]]></Значение>
</Data>
</Category>
</Category>
</MsInfo>
"""

NFO_EN = """<?xml version="1.0"?>
<MsInfo>
<Metadata><Version>8.0</Version></Metadata>
<Category name="System Summary">
<Data><Item><![CDATA[OS Name]]></Item><Value><![CDATA[Microsoft Windows 11 Enterprise]]></Value></Data>
<Data><Item><![CDATA[Version]]></Item><Value><![CDATA[10.0.26100 Build 26100]]></Value></Data>
<Data><Item>System Type</Item><Value>ARM64-based PC</Value></Data>
<Data><Item>Secure Boot State</Item><Value>On</Value></Data>
<Data><Item>Virtualization-based security</Item><Value>Running</Value></Data>
<Data><Item>Virtualization-based security Services Running</Item><Value>Hypervisor enforced Code Integrity</Value></Data>
<Data><Item>Note</Item><Value>R&amp;D bench &#x41;</Value></Data>
</Category>
</MsInfo>
"""

FORMATS = {
    ("msinfo32-summary-ru.nfo", "utf-16"): NFO_RU.replace("\n", "\r\n"),
    ("msinfo32-summary-en-arm64.nfo", "utf-8"): NFO_EN,
    ("get-tpm-tpm20.txt", "utf-16"): """
TpmPresent                : True
TpmReady                  : True
TpmEnabled                : True
TpmActivated              : True
TpmOwned                  : True
RestartPending            : False
ManufacturerId            : 1229346816
ManufacturerIdTxt         : IFX
ManufacturerVersion       : 7.85.4555.0
ManufacturerVersionFull20 : 7.85.4555.0
ManagedAuthLevel          : Full
OwnerAuth                 :
OwnerClearDisabled        : False
AutoProvisioning          : Enabled
LockedOut                 : False
LockoutHealTime           : 2 hours
LockoutCount              : 0
LockoutMax                : 32
SelfTest                  : {}
""".replace("\n", "\r\n"),
    ("get-tpm-tpm12.txt", "utf-8"): """TpmPresent                : True
TpmReady                  : True
ManufacturerId            : 1314145024
ManufacturerIdTxt         : NTC
ManufacturerVersion       : 5.81.2.1
ManufacturerVersionFull20 : Not Supported for TPM 1.2
ManagedAuthLevel          : Full
""",
    ("get-computerinfo-hypervisor-running.txt", "utf-16"): """
CsName                                                  : PC-0815
CsManufacturer                                          : Microsoft Corporation
CsModel                                                 : Surface Laptop 7
CsSystemType                                            : ARM64-based PC
WindowsEditionId                                        : Enterprise
WindowsInstallationType                                 : Client
OsName                                                  : Microsoft Windows 11 Enterprise
OsBuildNumber                                           : 26100
BiosFirmwareType                                        : Uefi
HyperVisorPresent                                       : True
HyperVRequirementDataExecutionPreventionAvailable       :
HyperVRequirementSecondLevelAddressTranslation          :
HyperVRequirementVirtualizationFirmwareEnabled          :
HyperVRequirementVMMonitorModeExtensions                :
DeviceGuardSmartStatus                                  : Running
DeviceGuardRequiredSecurityProperties                   : {BaseVirtualizationSupport, SecureBoot}
DeviceGuardAvailableSecurityProperties                  : {BaseVirtualizationSupport, SecureBoot, DMAProtection, 5...}
DeviceGuardSecurityServicesConfigured                   : {HypervisorEnforcedCodeIntegrity, 3}
DeviceGuardSecurityServicesRunning                      : {HypervisorEnforcedCodeIntegrity}
DeviceGuardCodeIntegrityPolicyEnforcementStatus         : EnforcementMode
""".replace("\n", "\r\n"),
    ("reg-query-deviceguard.txt", "utf-8"): """
HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\DeviceGuard
    EnableVirtualizationBasedSecurity    REG_DWORD    0x1
    RequirePlatformSecurityFeatures    REG_DWORD    0x3
    Locked    REG_DWORD    0x0

HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\DeviceGuard\\Scenarios
HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\DeviceGuard\\Scenarios\\HypervisorEnforcedCodeIntegrity
    Enabled    REG_DWORD    0x1
    WasEnabledBy    REG_DWORD    0x2
""",
    ("reg-export-memory-management.reg", "utf-16"): """Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Memory Management]
"ClearPageFileAtShutdown"=dword:00000000
"HotPatchRestrictions"=dword:00000001
"PagingFiles"=hex(7):43,00,3a,00,5c,00,00,00,00,00

""".replace("\n", "\r\n"),
    ("regedit-listing-policies.txt", "utf-8"): """Computer\\HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows\\DeviceGuard
Name	Type	Data
(Default)	REG_SZ	(value not set)
EnableVirtualizationBasedSecurity	REG_DWORD	0x00000000 (0)
HypervisorEnforcedCodeIntegrity	REG_DWORD	0x00000003 (3)
""",
}

for outDir, files in ((OUT, FILES), (os.path.join(os.path.dirname(__file__), "evidence-formats"), FORMATS)):
    os.makedirs(outDir, exist_ok=True)
    for (name, enc), text in files.items():
        data = text.encode("utf-16") if enc == "utf-16" else text.encode(enc)  # "utf-16": LE with BOM
        with open(os.path.join(outDir, name), "wb") as f:
            f.write(data)
