<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ApplyPage</name>
    <message>
        <source>&amp;Undo (rollback)</source>
        <translation>&amp;Rückgängig machen (Rollback)</translation>
    </message>
    <message>
        <source>Applying the changes</source>
        <translation>Änderungen werden angewendet</translation>
    </message>
    <message>
        <source>The prior value of every entry is journaled durably before the first write.</source>
        <translation>Der vorherige Wert jedes Eintrags wird dauerhaft im Journal gesichert, bevor zum ersten Mal geschrieben wird.</translation>
    </message>
    <message>
        <source>Apply progress</source>
        <translation>Fortschritt der Anwendung</translation>
    </message>
    <message>
        <source>Apply result</source>
        <translation>Ergebnis der Anwendung</translation>
    </message>
    <message>
        <source>Values written</source>
        <translation>Geschriebene Werte</translation>
    </message>
    <message>
        <source>Key (HKLM)</source>
        <translation>Schlüssel (HKLM)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>&amp;Written (before -&gt; after):</source>
        <translation>&amp;Geschrieben (vorher -&gt; nachher):</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Undo the changes (rollback)</source>
        <translation>Änderungen rückgängig machen (Rollback)</translation>
    </message>
    <message>
        <source>Writing the changes...</source>
        <translation>Die Änderungen werden geschrieben...</translation>
    </message>
    <message>
        <source>The apply failed. %1</source>
        <translation>Die Anwendung ist fehlgeschlagen. %1</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Journal: %1</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n change(s). They take effect at the next restart.</source>
        <translation>
            <numerusform>%n Änderung angewendet. Sie wird beim nächsten Neustart wirksam.</numerusform>
            <numerusform>%n Änderungen angewendet. Sie werden beim nächsten Neustart wirksam.</numerusform>
        </translation>
    </message>
    <message>
        <source>The prior values are journaled in %1; Undo restores them exactly.</source>
        <translation>Die vorherigen Werte sind in %1 gesichert; „Rückgängig machen“ stellt sie exakt wieder her.</translation>
    </message>
    <message>
        <source>Nothing to change: the device already has the planned values.</source>
        <translation>Nichts zu ändern: Das Gerät hat bereits die geplanten Werte.</translation>
    </message>
    <message>
        <source>Refused: something this tool cannot fix blocks the device. Nothing was changed.</source>
        <translation>Abgelehnt: Etwas, das dieses Tool nicht beheben kann, blockiert das Gerät. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Restoring the prior values...</source>
        <translation>Die vorherigen Werte werden wiederhergestellt...</translation>
    </message>
    <message>
        <source>The rollback failed. %1</source>
        <translation>Das Rollback ist fehlgeschlagen. %1</translation>
    </message>
    <message>
        <source>Nothing to undo: no change of this tool is in place.</source>
        <translation>Nichts rückgängig zu machen: Keine Änderung dieses Tools ist aktiv.</translation>
    </message>
    <message numerus="yes">
        <source>Rolled back: %n value(s) restored to their prior state. The device is as before.</source>
        <translation>
            <numerusform>Rollback ausgeführt: %n Wert wurde auf den vorherigen Stand gesetzt. Das Gerät ist wie zuvor.</numerusform>
            <numerusform>Rollback ausgeführt: %n Werte wurden auf den vorherigen Stand gesetzt. Das Gerät ist wie zuvor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetectPage</name>
    <message>
        <source>&amp;Stop waiting</source>
        <translation>&amp;Nicht mehr warten</translation>
    </message>
    <message>
        <source>&amp;Detect again</source>
        <translation>&amp;Erneut erkennen</translation>
    </message>
    <message>
        <source>Detecting</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <source>Reading the edition, build, firmware, virtualization-based security, management and pending restarts. Facts that cannot be read are kept as unknown, with the reason.</source>
        <translation>Edition, Build, Firmware, virtualisierungsbasierte Sicherheit, Verwaltung und ausstehende Neustarts werden gelesen. Nicht lesbare Angaben bleiben als unbekannt erhalten, mit dem Grund.</translation>
    </message>
    <message>
        <source>Detection progress</source>
        <translation>Fortschritt der Erkennung</translation>
    </message>
    <message>
        <source>Stop waiting for the detection</source>
        <translation>Nicht mehr auf die Erkennung warten</translation>
    </message>
    <message>
        <source>Detect again</source>
        <translation>Erneut erkennen</translation>
    </message>
    <message>
        <source>Detection result</source>
        <translation>Ergebnis der Erkennung</translation>
    </message>
    <message>
        <source>Verifying after the restart</source>
        <translation>Überprüfung nach dem Neustart</translation>
    </message>
    <message>
        <source>The restart happened. Reading the device again and comparing it with the state before the changes.</source>
        <translation>Der Neustart ist erfolgt. Das Gerät wird erneut gelesen und mit dem Zustand vor den Änderungen verglichen.</translation>
    </message>
    <message>
        <source>Verifying %1...</source>
        <translation>%1 wird überprüft...</translation>
    </message>
    <message>
        <source>Reading the evidence files in %1...</source>
        <translation>Die Nachweisdateien in %1 werden gelesen...</translation>
    </message>
    <message>
        <source>Detecting the simulated device &quot;%1&quot;...</source>
        <translation>Das simulierte Gerät „%1“ wird erkannt...</translation>
    </message>
    <message>
        <source>Detecting this device...</source>
        <translation>Dieses Gerät wird erkannt...</translation>
    </message>
    <message>
        <source>Stopped waiting. Detect again, or go back and choose another device.</source>
        <translation>Warten beendet. Erkennen Sie erneut, oder gehen Sie zurück und wählen Sie ein anderes Gerät.</translation>
    </message>
    <message>
        <source>The device could not be detected. %1</source>
        <translation>Das Gerät konnte nicht erkannt werden. %1</translation>
    </message>
    <message>
        <source>Detected: %1.</source>
        <translation>Erkannt: %1.</translation>
    </message>
</context>
<context>
    <name>FleetDashboard</name>
    <message>
        <source>Hotpatch Ready: fleet dashboard</source>
        <translation>Hotpatch Ready: Flotten-Dashboard</translation>
    </message>
    <message>
        <source>Host name, model or serial</source>
        <translation>Hostname, Modell oder Seriennummer</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>Alle Bewertungen</translation>
    </message>
    <message>
        <source>All architectures</source>
        <translation>Alle Architekturen</translation>
    </message>
    <message>
        <source>All builds</source>
        <translation>Alle Builds</translation>
    </message>
    <message>
        <source>All rings</source>
        <translation>Alle Ringe</translation>
    </message>
    <message>
        <source>All blocker categories</source>
        <translation>Alle Blockierungskategorien</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>No store loaded.</source>
        <translation>Kein Speicher geladen.</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Top blockers (devices)</source>
        <translation>Häufigste Blockierungen (Geräte)</translation>
    </message>
    <message>
        <source>Readiness by architecture</source>
        <translation>Bereitschaft nach Architektur</translation>
    </message>
    <message>
        <source>Readiness by build (baseline)</source>
        <translation>Bereitschaft nach Build (Baseline)</translation>
    </message>
    <message>
        <source>Devices ready over time (%)</source>
        <translation>Bereite Geräte im Zeitverlauf (%)</translation>
    </message>
    <message>
        <source>Pilot-ring progress</source>
        <translation>Fortschritt der Pilotringe</translation>
    </message>
    <message>
        <source>The fleet store could not be read: %1</source>
        <translation>Der Flottenspeicher konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Export the shown devices</source>
        <translation>Angezeigte Geräte exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The devices could not be exported: %1</source>
        <translation>Die Geräte konnten nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <source>%1 (behind)</source>
        <translation>%1 (im Rückstand)</translation>
    </message>
    <message>
        <source>Reading the fleet store</source>
        <translation>Flottenspeicher wird gelesen</translation>
    </message>
    <message>
        <source>Reading the fleet store %1…</source>
        <translation>Der Flottenspeicher %1 wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n device(s) shown (latest report of each) from %2</source>
        <translation>
            <numerusform>%1 von %n Gerät angezeigt (jeweils der neueste Bericht) aus %2</numerusform>
            <numerusform>%1 von %n Geräten angezeigt (jeweils der neueste Bericht) aus %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) exported to %1</source>
        <translation>
            <numerusform>%n Gerät nach %1 exportiert</numerusform>
            <numerusform>%n Geräte nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A filter entry: %1 the value (a verdict, a model, ...), %2 how many devices have it.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>FleetTableModel</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Ready after fixes</source>
        <translation>Bereit nach Korrekturen</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Undetermined</source>
        <translation>Unbestimmt</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation>Blockierungen</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Edition</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Ring</translation>
    </message>
    <message>
        <source>Last report (UTC)</source>
        <translation>Letzter Bericht (UTC)</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>C&amp;opy all</source>
        <translation>Alles k&amp;opieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Hotpatch Ready log</source>
        <translation>Hotpatch Ready – Protokoll</translation>
    </message>
    <message>
        <source>&amp;Log of this session (newest at the bottom):</source>
        <translation>&amp;Protokoll dieser Sitzung (neueste Zeilen unten):</translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation>Protokollzeilen</translation>
    </message>
    <message>
        <source>Every step the wizard took in this session, with its time and level.</source>
        <translation>Jeder Schritt des Assistenten in dieser Sitzung, mit Uhrzeit und Stufe.</translation>
    </message>
    <message>
        <source>Copy the whole log to the clipboard</source>
        <translation>Das gesamte Protokoll in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Close the log panel</source>
        <translation>Protokollbereich schließen</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>only a simulated device can be restarted from here</source>
        <translation>nur ein simuliertes Gerät kann von hier aus neu gestartet werden</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Require &amp;DMA protection (RequirePlatformSecurityFeatures=3)</source>
        <translation>&amp;DMA-Schutz verlangen (RequirePlatformSecurityFeatures=3)</translation>
    </message>
    <message>
        <source>Also turn on &amp;memory integrity</source>
        <translation>Auch &amp;Speicherintegrität aktivieren</translation>
    </message>
    <message>
        <source>I have &amp;read the changes above</source>
        <translation>Ich habe die Änderungen oben ge&amp;lesen</translation>
    </message>
    <message>
        <source>Fix plan</source>
        <translation>Korrekturplan</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. Every value below is journaled before it is written, and Undo restores exactly what was there.</source>
        <translation>Es wurde noch nichts geändert. Jeder Wert unten wird im Journal gesichert, bevor er geschrieben wird, und „Rückgängig machen“ stellt exakt den vorherigen Zustand wieder her.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Registry changes</source>
        <translation>Registrierungsänderungen</translation>
    </message>
    <message>
        <source>Key (HKLM)</source>
        <translation>Schlüssel (HKLM)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>&amp;Changes:</source>
        <translation>&amp;Änderungen:</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Manual steps</source>
        <translation>Manuelle Schritte</translation>
    </message>
    <message>
        <source>Manual steps (this tool cannot do these):</source>
        <translation>Manuelle Schritte (dieses Tool kann sie nicht ausführen):</translation>
    </message>
    <message>
        <source>Require DMA protection</source>
        <translation>DMA-Schutz verlangen</translation>
    </message>
    <message>
        <source>Asks for Secure Boot and DMA protection; only possible when Windows reports DMA protection on this device.</source>
        <translation>Verlangt sicheren Start und DMA-Schutz; nur möglich, wenn Windows für dieses Gerät DMA-Schutz meldet.</translation>
    </message>
    <message>
        <source>Also turn on memory integrity</source>
        <translation>Auch Speicherintegrität aktivieren</translation>
    </message>
    <message>
        <source>Hypervisor-enforced code integrity. Incompatible drivers stop it from starting; hotpatch does not need it.</source>
        <translation>Hypervisor-geschützte Codeintegrität. Inkompatible Treiber verhindern ihren Start; Hotpatch benötigt sie nicht.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Why apply is not available</source>
        <translation>Warum „Anwenden“ nicht verfügbar ist</translation>
    </message>
    <message>
        <source>I have read the changes above</source>
        <translation>Ich habe die Änderungen oben gelesen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Method:&lt;/b&gt; %1 &amp;mdash; %2</source>
        <translation>&lt;b&gt;Methode:&lt;/b&gt; %1 &amp;mdash; %2</translation>
    </message>
    <message>
        <source>local policy</source>
        <translation>lokale Richtlinie</translation>
    </message>
    <message>
        <source>registry</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No change: nothing on this device needs to be changed by this tool.</source>
        <translation>Keine Änderung: Dieses Tool muss auf diesem Gerät nichts ändern.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Restart needed:&lt;/b&gt; yes, once &amp;mdash; %1.</source>
        <translation>&lt;b&gt;Neustart erforderlich:&lt;/b&gt; ja, einmal &amp;mdash; %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Restart needed:&lt;/b&gt; no.</source>
        <translation>&lt;b&gt;Neustart erforderlich:&lt;/b&gt; nein.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Apply is not available: this device is blocked by %1. Do the manual steps first, then run the wizard again.</source>
        <translation>„Anwenden“ ist nicht verfügbar: Dieses Gerät wird blockiert durch %1. Führen Sie zuerst die manuellen Schritte aus, und starten Sie den Assistenten dann erneut.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>&amp;Apply changes</source>
        <translation>Änderungen &amp;anwenden</translation>
    </message>
    <message>
        <source>Apply is not available: your IT department allows only assessment on this device (admin policy AssessOnly=1, %1). Save the report and send it to whoever manages the device.</source>
        <translation>„Anwenden“ ist nicht verfügbar: Ihre IT-Abteilung erlaubt auf diesem Gerät nur die Bewertung (Administratorrichtlinie AssessOnly=1, %1). Speichern Sie den Bericht, und senden Sie ihn an die Stelle, die das Gerät verwaltet.</translation>
    </message>
    <message>
        <source>Apply is not available: the simulated session is not elevated, and changing these values needs administrator rights (Windows answers &quot;access denied&quot;). On a real device, close the app and start it again with &quot;Run as administrator&quot;.</source>
        <translation>„Anwenden“ ist nicht verfügbar: Die simulierte Sitzung läuft ohne erhöhte Rechte, und zum Ändern dieser Werte sind Administratorrechte erforderlich (Windows meldet „Zugriff verweigert“). Schließen Sie auf einem echten Gerät die App, und starten Sie sie mit „Als Administrator ausführen“ neu.</translation>
    </message>
    <message>
        <source>Apply is not available: this app is not elevated, and changing these values needs administrator rights. Close the app and start it again with &quot;Run as administrator&quot; (right-click Hotpatch Ready); this plan is what it will then show.</source>
        <translation>„Anwenden“ ist nicht verfügbar: Diese App läuft ohne erhöhte Rechte, und zum Ändern dieser Werte sind Administratorrechte erforderlich. Schließen Sie die App, und starten Sie sie mit „Als Administrator ausführen“ neu (Rechtsklick auf Hotpatch Ready); dann zeigt sie diesen Plan.</translation>
    </message>
</context>
<context>
    <name>ReadinessWizard</name>
    <message>
        <source>Hotpatch Ready</source>
        <translation>Hotpatch Ready</translation>
    </message>
    <message>
        <source>Hotpatch Ready wizard</source>
        <translation>Hotpatch Ready-Assistent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Apply changes</source>
        <translation>Änderungen anwenden</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>Pr&amp;otokoll</translation>
    </message>
    <message>
        <source>Ab&amp;out</source>
        <translation>&amp;Info</translation>
    </message>
    <message>
        <source>Show or hide the log (Ctrl+L)</source>
        <translation>Protokoll ein- oder ausblenden (Strg+L)</translation>
    </message>
    <message>
        <source>About Hotpatch Ready</source>
        <translation>Info zu Hotpatch Ready</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>No log file is open (the log folder could not be written): the log panel (Ctrl+L) shows this session&apos;s lines.</source>
        <translation>Keine Protokolldatei geöffnet (der Protokollordner ist nicht beschreibbar): Der Protokollbereich (Strg+L) zeigt die Zeilen dieser Sitzung.</translation>
    </message>
    <message>
        <source>Log file: %1
The log panel (Ctrl+L) shows this session&apos;s lines.</source>
        <translation>Protokolldatei: %1
Der Protokollbereich (Strg+L) zeigt die Zeilen dieser Sitzung.</translation>
    </message>
    <message>
        <source>Hotpatch Ready %1

Makes Windows 11 devices ready for hotpatch: detect, explain, fix with one journaled change set and one restart, verify, report.

Release table: %2 (sources as of %3).
%4</source>
        <translation>Hotpatch Ready %1

Macht Windows 11-Geräte bereit für Hotpatch: erkennen, erklären, mit einem protokollierten Änderungssatz und einem Neustart beheben, überprüfen, berichten.

Release-Tabelle: %2 (Quellen mit Stand %3).
%4</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>cannot write %1 (%2)</source>
        <translation>%1 kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>Save JSON &amp;report...</source>
        <translation>JSON-Be&amp;richt speichern...</translation>
    </message>
    <message>
        <source>Save &amp;HTML report...</source>
        <translation>&amp;HTML-Bericht speichern...</translation>
    </message>
    <message>
        <source>Save P&amp;DF report...</source>
        <translation>P&amp;DF-Bericht speichern...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>Dr&amp;ucken...</translation>
    </message>
    <message>
        <source>Save &amp;verification...</source>
        <translation>Über&amp;prüfung speichern...</translation>
    </message>
    <message>
        <source>&amp;Copy summary</source>
        <translation>Zusammenfassung &amp;kopieren</translation>
    </message>
    <message>
        <source>Op&amp;en folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Verify and report</source>
        <translation>Überprüfen und berichten</translation>
    </message>
    <message>
        <source>What this report shows</source>
        <translation>Was dieser Bericht zeigt</translation>
    </message>
    <message>
        <source>System Summary before and after the restart</source>
        <translation>Systemübersicht vor und nach dem Neustart</translation>
    </message>
    <message>
        <source>System Summary item (msinfo32)</source>
        <translation>Element der Systemübersicht (msinfo32)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Changes and next steps</source>
        <translation>Änderungen und nächste Schritte</translation>
    </message>
    <message>
        <source>Save the JSON report</source>
        <translation>JSON-Bericht speichern</translation>
    </message>
    <message>
        <source>The versioned report for tickets and the fleet store.</source>
        <translation>Der versionierte Bericht für Tickets und den Flottenspeicher.</translation>
    </message>
    <message>
        <source>Save the HTML report</source>
        <translation>HTML-Bericht speichern</translation>
    </message>
    <message>
        <source>One printable page that opens in any browser, with nothing to fetch.</source>
        <translation>Eine druckbare Seite, die in jedem Browser geöffnet wird, ohne etwas nachzuladen.</translation>
    </message>
    <message>
        <source>Save the PDF report</source>
        <translation>PDF-Bericht speichern</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <source>Save the verification (JSON)</source>
        <translation>Überprüfung speichern (JSON)</translation>
    </message>
    <message>
        <source>Copy the summary to the clipboard</source>
        <translation>Zusammenfassung in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Opens the folder of the last saved report, or the state folder before anything was saved.</source>
        <translation>Öffnet den Ordner des zuletzt gespeicherten Berichts oder, solange nichts gespeichert wurde, den Statusordner.</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Berichtsstatus</translation>
    </message>
    <message>
        <source>The verification that ran after the restart, saved in the state folder.</source>
        <translation>Die Überprüfung, die nach dem Neustart ausgeführt wurde, gespeichert im Statusordner.</translation>
    </message>
    <message>
        <source>Verified after the restart: the device is ready for hotpatch.</source>
        <translation>Nach dem Neustart überprüft: Das Gerät ist bereit für Hotpatch.</translation>
    </message>
    <message>
        <source>Verified after the restart: the device is not ready yet.</source>
        <translation>Nach dem Neustart überprüft: Das Gerät ist noch nicht bereit.</translation>
    </message>
    <message>
        <source>Before the fix the verdict was: %1.</source>
        <translation>Vor der Korrektur lautete die Bewertung: %1.</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(nicht erfasst)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>Changes made by this tool</source>
        <translation>Von diesem Tool vorgenommene Änderungen</translation>
    </message>
    <message>
        <source>Took effect:</source>
        <translation>Wirksam:</translation>
    </message>
    <message>
        <source>NOT in effect:</source>
        <translation>NICHT wirksam:</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>The assessment of this device. Save it as JSON for the fleet sheet, as HTML or PDF for the ticket, or print it.</source>
        <translation>Die Bewertung dieses Geräts. Speichern Sie sie als JSON für die Flottenübersicht, als HTML oder PDF für das Ticket, oder drucken Sie sie.</translation>
    </message>
    <message>
        <source>Nothing to fix. The licence cannot be checked on the device.</source>
        <translation>Nichts zu beheben. Die Lizenz kann auf dem Gerät nicht überprüft werden.</translation>
    </message>
    <message>
        <source>Offline evidence: this report is all the wizard can do for this device, because nothing can be changed from files. Run Hotpatch Ready on the device itself to fix it with one restart.</source>
        <translation>Offline-Nachweise: Mehr als diesen Bericht kann der Assistent für dieses Gerät nicht tun, da aus Dateien nichts geändert werden kann. Führen Sie Hotpatch Ready auf dem Gerät selbst aus, um es mit einem Neustart zu beheben.</translation>
    </message>
    <message>
        <source>The restart is scheduled; the verification runs by itself after it and is saved in the state folder.</source>
        <translation>Der Neustart ist geplant; die Überprüfung läuft danach von selbst und wird im Statusordner gespeichert.</translation>
    </message>
    <message>
        <source>No restart was verified in this session.</source>
        <translation>In dieser Sitzung wurde kein Neustart überprüft.</translation>
    </message>
    <message>
        <source>Checks that did not pass</source>
        <translation>Nicht bestandene Prüfungen</translation>
    </message>
    <message>
        <source>Worth knowing</source>
        <translation>Gut zu wissen</translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation>Noch zu erledigen</translation>
    </message>
    <message>
        <source>Hotpatch readiness report</source>
        <translation>Hotpatch-Bereitschaftsbericht</translation>
    </message>
    <message>
        <source>Hotpatch Ready %1</source>
        <translation>Hotpatch Ready %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation>HTML-Dateien (*.html *.htm)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Save the verification</source>
        <translation>Überprüfung speichern</translation>
    </message>
    <message>
        <source>The report was sent to the printer.</source>
        <translation>Der Bericht wurde an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>the printer %1 reported an error</source>
        <translation>der Drucker %1 hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <source>The summary is on the clipboard.</source>
        <translation>Die Zusammenfassung ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Could not open the folder; its path is: %1</source>
        <translation>Der Ordner konnte nicht geöffnet werden; sein Pfad lautet: %1</translation>
    </message>
    <message>
        <source>Your IT department&apos;s copy was saved: %1 (admin policy ReportFolder).</source>
        <translation>Die Kopie für Ihre IT-Abteilung wurde gespeichert: %1 (Administratorrichtlinie ReportFolder).</translation>
    </message>
    <message>
        <source>Your IT department&apos;s copy was not saved: %1</source>
        <translation>Die Kopie für Ihre IT-Abteilung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Copying the report to %1 (admin policy ReportFolder)...</source>
        <translation>Der Bericht wird nach %1 kopiert (Administratorrichtlinie ReportFolder)...</translation>
    </message>
</context>
<context>
    <name>RestartPage</name>
    <message>
        <source>&amp;Undo the changes (rollback)</source>
        <translation>Änderungen &amp;rückgängig machen (Rollback)</translation>
    </message>
    <message>
        <source>No&amp;w (after one minute&apos;s warning)</source>
        <translation>&amp;Jetzt (nach einer Minute Vorwarnung)</translation>
    </message>
    <message>
        <source>&amp;In a number of minutes:</source>
        <translation>In einer Anzahl von &amp;Minuten:</translation>
    </message>
    <message>
        <source>At a &amp;time of day:</source>
        <translation>Zu einer &amp;Uhrzeit:</translation>
    </message>
    <message>
        <source>&amp;Schedule restart</source>
        <translation>Neustart &amp;planen</translation>
    </message>
    <message>
        <source>&amp;Cancel restart</source>
        <translation>Neustart a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Si&amp;mulate the restart now</source>
        <translation>Neustart jetzt simu&amp;lieren</translation>
    </message>
    <message>
        <source>One restart</source>
        <translation>Ein Neustart</translation>
    </message>
    <message>
        <source>One restart completes everything that waits for one. The verification is registered to run by itself after it.</source>
        <translation>Ein Neustart schließt alles ab, was auf einen wartet. Die Überprüfung ist registriert und läuft danach von selbst.</translation>
    </message>
    <message>
        <source>Changes waiting for the restart</source>
        <translation>Änderungen, die auf den Neustart warten</translation>
    </message>
    <message>
        <source>Undo the changes (rollback)</source>
        <translation>Änderungen rückgängig machen (Rollback)</translation>
    </message>
    <message>
        <source>What this restart completes</source>
        <translation>Was dieser Neustart abschließt</translation>
    </message>
    <message>
        <source>What the restart completes</source>
        <translation>Was der Neustart abschließt</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>Restart in a number of minutes</source>
        <translation>In einer Anzahl von Minuten neu starten</translation>
    </message>
    <message>
        <source>Minutes until the restart</source>
        <translation>Minuten bis zum Neustart</translation>
    </message>
    <message numerus="yes">
        <source> minute(s)</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> Minute</numerusform>
            <numerusform> Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Restart at a time of day</source>
        <translation>Zu einer Uhrzeit neu starten</translation>
    </message>
    <message>
        <source>Time of the restart (device time)</source>
        <translation>Uhrzeit des Neustarts (Gerätezeit)</translation>
    </message>
    <message>
        <source>(device time, the next time it comes)</source>
        <translation>(Gerätezeit, beim nächsten Erreichen)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Message the signed-in user sees</source>
        <translation>Meldung an den angemeldeten Benutzer</translation>
    </message>
    <message>
        <source>Message the si&amp;gned-in user sees:</source>
        <translation>Meldung an den a&amp;ngemeldeten Benutzer:</translation>
    </message>
    <message>
        <source>Schedule restart</source>
        <translation>Neustart planen</translation>
    </message>
    <message>
        <source>Cancel restart</source>
        <translation>Neustart abbrechen</translation>
    </message>
    <message>
        <source>Simulate the restart now</source>
        <translation>Neustart jetzt simulieren</translation>
    </message>
    <message>
        <source>Training only: the simulated device restarts now (its clock moves to the scheduled time), then the registered verification runs.</source>
        <translation>Nur im Training: Das simulierte Gerät startet jetzt neu (seine Uhr springt auf die geplante Zeit), danach läuft die registrierte Überprüfung.</translation>
    </message>
    <message>
        <source>Restart status</source>
        <translation>Neustartstatus</translation>
    </message>
    <message>
        <source>Nothing waits for a restart.</source>
        <translation>Nichts wartet auf einen Neustart.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The restart completes:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Der Neustart schließt ab:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Written by this tool:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Von diesem Tool geschrieben:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>HKLM\%1\%2: %3 -&gt; %4</source>
        <translation>HKLM\%1\%2: %3 -&gt; %4</translation>
    </message>
    <message>
        <source>Training: schedule the restart, then simulate it to see the verification.</source>
        <translation>Training: Planen Sie den Neustart, und simulieren Sie ihn dann, um die Überprüfung zu sehen.</translation>
    </message>
    <message>
        <source>Schedule the restart; the verification runs by itself after it.</source>
        <translation>Planen Sie den Neustart; die Überprüfung läuft danach von selbst.</translation>
    </message>
    <message>
        <source>Hotpatch Ready: this PC restarts at %1 to finish turning on virtualization-based security for hotpatch updates. Please save your work.</source>
        <translation>Hotpatch Ready: Dieser PC wird um %1 neu gestartet, um die virtualisierungsbasierte Sicherheit für Hotpatch-Updates fertig zu aktivieren. Bitte speichern Sie Ihre Arbeit.</translation>
    </message>
    <message>
        <source>Scheduling the restart...</source>
        <translation>Der Neustart wird geplant...</translation>
    </message>
    <message>
        <source>Restart scheduled for %1 (device time; %2 UTC). The signed-in user sees: &quot;%3&quot;</source>
        <translation>Neustart geplant für %1 (Gerätezeit; %2 UTC). Der angemeldete Benutzer sieht: „%3“</translation>
    </message>
    <message>
        <source>Cancelling the restart...</source>
        <translation>Der Neustart wird abgebrochen...</translation>
    </message>
    <message>
        <source>The restart and the verification after it were cancelled. The changes stay in place and take effect at the next restart, whenever it happens.</source>
        <translation>Der Neustart und die Überprüfung danach wurden abgebrochen. Die Änderungen bleiben bestehen und werden beim nächsten Neustart wirksam, wann immer er erfolgt.</translation>
    </message>
    <message>
        <source>The simulated device is restarting...</source>
        <translation>Das simulierte Gerät wird neu gestartet...</translation>
    </message>
    <message>
        <source>The simulated device restarted (restart number %1), but no verification was registered: schedule the restart first to have it verified.</source>
        <translation>Das simulierte Gerät wurde neu gestartet (Neustart Nummer %1), aber es war keine Überprüfung registriert: Planen Sie zuerst den Neustart, damit er überprüft wird.</translation>
    </message>
    <message>
        <source>The simulated device restarted and the verification ran.</source>
        <translation>Das simulierte Gerät wurde neu gestartet, und die Überprüfung ist gelaufen.</translation>
    </message>
    <message>
        <source>Restoring the prior values...</source>
        <translation>Die vorherigen Werte werden wiederhergestellt...</translation>
    </message>
    <message>
        <source>The rollback failed. %1</source>
        <translation>Das Rollback ist fehlgeschlagen. %1</translation>
    </message>
    <message numerus="yes">
        <source>Rolled back: %n value(s) restored to their prior state. The device is as before.</source>
        <translation>
            <numerusform>Rollback ausgeführt: %n Wert wurde auf den vorherigen Stand gesetzt. Das Gerät ist wie zuvor.</numerusform>
            <numerusform>Rollback ausgeführt: %n Werte wurden auf den vorherigen Stand gesetzt. Das Gerät ist wie zuvor.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scheduled restart was cancelled.</source>
        <translation>Der geplante Neustart wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Your IT department allows restarts only between %1 and %2 device time (admin policy RestartWindow, %3): a time outside it moves to the next start of the window.</source>
        <translation>Ihre IT-Abteilung erlaubt Neustarts nur zwischen %1 und %2 Gerätezeit (Administratorrichtlinie RestartWindow, %3): Eine Zeit außerhalb davon wird auf den nächsten Beginn des Zeitfensters verschoben.</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Why VBS is not running</source>
        <translation>Warum VBS nicht ausgeführt wird</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Every prerequisite with what was found. Select a check to see why, the evidence and where the fix lives.</source>
        <translation>Jede Voraussetzung mit dem Befund. Wählen Sie eine Prüfung aus, um Grund, Nachweise und Ort der Korrektur zu sehen.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Selected check: explanation, evidence and fix</source>
        <translation>Ausgewählte Prüfung: Erklärung, Nachweise und Korrektur</translation>
    </message>
    <message>
        <source>Every prerequisite this tool can see is met. The licence cannot be checked on the device: confirm it in the admin portal.</source>
        <translation>Alle Voraussetzungen, die dieses Tool sehen kann, sind erfüllt. Die Lizenz kann auf dem Gerät nicht überprüft werden: Bestätigen Sie sie im Admin-Portal.</translation>
    </message>
    <message>
        <source>Next: the fix plan shows exactly what would change, before anything is written.</source>
        <translation>Weiter: Der Korrekturplan zeigt genau, was sich ändern würde, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Blocked by: %1. The fix plan lists the steps to take elsewhere.</source>
        <translation>Blockiert durch: %1. Der Korrekturplan nennt die Schritte, die an anderer Stelle nötig sind.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The checks marked Unknown say which facts are missing and why.</source>
        <translation>Die als „Unbekannt“ markierten Prüfungen nennen, welche Angaben fehlen und warum.</translation>
    </message>
    <message>
        <source>Offline evidence: nothing can be changed from here, so the wizard ends with the report. To fix the device, run Hotpatch Ready on it, as administrator.</source>
        <translation>Offline-Nachweise: Von hier aus kann nichts geändert werden, daher endet der Assistent mit dem Bericht. Um das Gerät zu beheben, führen Sie Hotpatch Ready dort als Administrator aus.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Device:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Gerät:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Assessed&lt;/b&gt; as of %1 with the release table of %2.</source>
        <translation>&lt;b&gt;Bewertet&lt;/b&gt; mit Stand %1 anhand der Release-Tabelle vom %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Earlier in this state folder:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Bisher in diesem Statusordner:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline evidence:&lt;/b&gt; every fact comes from the files sent, with its file and line (select a check to see them); what the files do not state is unknown.</source>
        <translation>&lt;b&gt;Offline-Nachweise:&lt;/b&gt; Jede Angabe stammt aus den gesendeten Dateien, mit Datei und Zeile (wählen Sie eine Prüfung aus, um sie zu sehen); was die Dateien nicht angeben, ist unbekannt.</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Korrektur: %1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Where the fix lives:</source>
        <translation>Ort der Korrektur:</translation>
    </message>
    <message>
        <source>Secure Boot &amp;certificate update…</source>
        <translation>Zertifikat&amp;update für den sicheren Start…</translation>
    </message>
    <message>
        <source>Secure Boot certificate update</source>
        <translation>Zertifikatupdate für den sicheren Start</translation>
    </message>
    <message>
        <source>Opens the optional Secure Boot 2023 certificate update (check HP-SECUREBOOT-CA2023). It is separate from the hotpatch fix and its restart.</source>
        <translation>Öffnet das optionale Update der Zertifikate 2023 für den sicheren Start (Prüfung HP-SECUREBOOT-CA2023). Es ist unabhängig von der Hotpatch-Korrektur und ihrem Neustart.</translation>
    </message>
    <message>
        <source>What was read from each file…</source>
        <translation>Was aus jeder Datei gelesen wurde…</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Nachweisdateien</translation>
    </message>
    <message>
        <source>What was read from every evidence file, where files disagree (the first file&apos;s value counts) and which lines were not understood:</source>
        <translation>Was aus jeder Nachweisdatei gelesen wurde, wo sich Dateien widersprechen (der Wert der ersten Datei zählt) und welche Zeilen nicht verstanden wurden:</translation>
    </message>
</context>
<context>
    <name>SecureBootDialog</name>
    <message>
        <source>Suspend BitLocker for the restarts of this update</source>
        <translation>BitLocker für die Neustarts dieses Updates anhalten</translation>
    </message>
    <message>
        <source>I understand that this changes the firmware&apos;s Secure Boot databases and needs several restarts of its own.</source>
        <translation>Mir ist bewusst, dass dies die Datenbanken des sicheren Starts in der Firmware ändert und mehrere eigene Neustarts erfordert.</translation>
    </message>
    <message>
        <source>&amp;Start the Secure Boot update</source>
        <translation>Update für den sicheren Start &amp;starten</translation>
    </message>
    <message>
        <source>Simulate a &amp;restart</source>
        <translation>&amp;Neustart simulieren</translation>
    </message>
    <message>
        <source>&amp;Verify now</source>
        <translation>Jetzt über&amp;prüfen</translation>
    </message>
    <message>
        <source>Secure Boot 2023 certificates</source>
        <translation>Zertifikate 2023 für den sicheren Start</translation>
    </message>
    <message>
        <source>Secure Boot 2023 certificate update</source>
        <translation>Update der Zertifikate 2023 für den sicheren Start</translation>
    </message>
    <message>
        <source>Microsoft&apos;s Secure Boot certificates from 2011 expired in 2026. Without the 2023 certificates this device keeps starting and receiving normal updates, but no longer receives security fixes for its boot components. This update is separate from the hotpatch fix: it is never part of the hotpatch restart, and hotpatch readiness does not depend on it.</source>
        <translation>Die Zertifikate von Microsoft für den sicheren Start aus dem Jahr 2011 sind 2026 abgelaufen. Ohne die Zertifikate von 2023 startet dieses Gerät weiterhin und erhält normale Updates, aber keine Sicherheitskorrekturen mehr für seine Startkomponenten. Dieses Update ist unabhängig von der Hotpatch-Korrektur: Es ist nie Teil des Hotpatch-Neustarts, und die Hotpatch-Bereitschaft hängt nicht davon ab.</translation>
    </message>
    <message>
        <source>Checking what the update would do on this device…</source>
        <translation>Es wird geprüft, was das Update auf diesem Gerät tun würde…</translation>
    </message>
    <message>
        <source>Number of restarts BitLocker stays suspended</source>
        <translation>Anzahl der Neustarts, für die BitLocker angehalten bleibt</translation>
    </message>
    <message>
        <source>Confirm the Secure Boot update</source>
        <translation>Update für den sicheren Start bestätigen</translation>
    </message>
    <message>
        <source>Start the Secure Boot update</source>
        <translation>Update für den sicheren Start starten</translation>
    </message>
    <message>
        <source>Simulate a restart</source>
        <translation>Neustart simulieren</translation>
    </message>
    <message>
        <source>Verify now</source>
        <translation>Jetzt überprüfen</translation>
    </message>
    <message>
        <source>Training only: the simulated device restarts and Windows&apos; Secure Boot update task runs once, as it does after a real restart.</source>
        <translation>Nur im Training: Das simulierte Gerät startet neu, und die Windows-Aufgabe für das Update des sicheren Starts läuft einmal, wie nach einem echten Neustart.</translation>
    </message>
    <message>
        <source>Secure Boot facts at the opt-in and now</source>
        <translation>Angaben zum sicheren Start bei der Aktivierung und jetzt</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <source>At the opt-in</source>
        <translation>Bei der Aktivierung</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>What the update does</source>
        <translation>Was das Update bewirkt</translation>
    </message>
    <message>
        <source>BitLocker</source>
        <translation>BitLocker</translation>
    </message>
    <message>
        <source>No device is open.</source>
        <translation>Es ist kein Gerät geöffnet.</translation>
    </message>
    <message>
        <source>This device starts in legacy BIOS mode, so it has no Secure Boot certificates to update.</source>
        <translation>Dieses Gerät startet im Legacy-BIOS-Modus und hat daher keine Zertifikate für den sicheren Start, die aktualisiert werden könnten.</translation>
    </message>
    <message>
        <source>Secure Boot is off on this device. The update runs only with Secure Boot on: turn it on in the UEFI setup first.</source>
        <translation>Der Sichere Start ist auf diesem Gerät deaktiviert. Das Update läuft nur bei aktiviertem sicherem Start: Aktivieren Sie ihn zuerst in den UEFI-Einstellungen.</translation>
    </message>
    <message>
        <source>The Secure Boot state could not be read (%1), so the update is not offered.</source>
        <translation>Der Status des sicheren Starts konnte nicht gelesen werden (%1), daher wird das Update nicht angeboten.</translation>
    </message>
    <message>
        <source>Hotpatch Ready is not running as administrator. Start it as administrator so it can check BitLocker and make this change.</source>
        <translation>Hotpatch Ready wird nicht als Administrator ausgeführt. Starten Sie es als Administrator, damit es BitLocker prüfen und diese Änderung vornehmen kann.</translation>
    </message>
    <message>
        <source>The BitLocker state could not be read (%1). It must be known before the firmware&apos;s Secure Boot databases change: run Hotpatch Ready as administrator.</source>
        <translation>Der BitLocker-Status konnte nicht gelesen werden (%1). Er muss bekannt sein, bevor sich die Datenbanken des sicheren Starts in der Firmware ändern: Führen Sie Hotpatch Ready als Administrator aus.</translation>
    </message>
    <message>
        <source>The update cannot run on this device: %1.</source>
        <translation>Das Update kann auf diesem Gerät nicht ausgeführt werden: %1.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Jetzt: %1</translation>
    </message>
    <message>
        <source>It sets %1 from %2 to %3 (the value Microsoft documents for the 2023 certificates, the KEK and the new boot manager; no revocations). Nothing else is written, and the change is journaled.</source>
        <translation>Es setzt %1 von %2 auf %3 (der Wert, den Microsoft für die Zertifikate von 2023, den KEK und den neuen Start-Manager dokumentiert; keine Sperrungen). Sonst wird nichts geschrieben, und die Änderung wird im Journal gesichert.</translation>
    </message>
    <message>
        <source>Windows&apos; Secure Boot update task then writes the 2023 certificates into the firmware variables DB and KEK and installs the boot manager signed by Windows UEFI CA 2023.</source>
        <translation>Die Windows-Aufgabe für das Update des sicheren Starts schreibt dann die Zertifikate von 2023 in die Firmwarevariablen DB und KEK und installiert den mit Windows UEFI CA 2023 signierten Start-Manager.</translation>
    </message>
    <message>
        <source>It needs several restarts of its own: at least two on a real device (the databases, then the boot manager); the simulated device needs three.</source>
        <translation>Es erfordert mehrere eigene Neustarts: mindestens zwei auf einem echten Gerät (die Datenbanken, dann der Start-Manager); das simulierte Gerät benötigt drei.</translation>
    </message>
    <message>
        <source>Known firmware problems: some firmware rejects the write (event 1795), some device makers have not supplied a signed KEK yet (the update then stays pending with event 1803), and some BIOS options or UEFI Deployed Mode block the new certificates.</source>
        <translation>Bekannte Firmwareprobleme: Manche Firmware lehnt das Schreiben ab (Ereignis 1795), manche Gerätehersteller haben noch keinen signierten KEK bereitgestellt (das Update bleibt dann mit Ereignis 1803 ausstehend), und manche BIOS-Optionen oder der UEFI Deployed Mode blockieren die neuen Zertifikate.</translation>
    </message>
    <message>
        <source>Undo restores the value, but certificates already written to the firmware stay there.</source>
        <translation>„Rückgängig machen“ stellt den Wert wieder her, aber bereits in die Firmware geschriebene Zertifikate bleiben dort.</translation>
    </message>
    <message>
        <source>&lt;b&gt;BitLocker is on&lt;/b&gt; for the system drive. &lt;b&gt;Have your BitLocker recovery key at hand&lt;/b&gt; before you restart: changing the Secure Boot databases can make the device ask for it. You can suspend BitLocker for the restarts of this update.</source>
        <translation>&lt;b&gt;BitLocker ist aktiviert&lt;/b&gt; für das Systemlaufwerk. &lt;b&gt;Halten Sie Ihren BitLocker-Wiederherstellungsschlüssel bereit&lt;/b&gt;, bevor Sie neu starten: Eine Änderung der Datenbanken des sicheren Starts kann dazu führen, dass das Gerät ihn anfordert. Sie können BitLocker für die Neustarts dieses Updates anhalten.</translation>
    </message>
    <message>
        <source>BitLocker is off for the system drive: no recovery key prompt is expected from this update.</source>
        <translation>BitLocker ist für das Systemlaufwerk deaktiviert: Durch dieses Update ist keine Abfrage des Wiederherstellungsschlüssels zu erwarten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The BitLocker state is unknown&lt;/b&gt; (%1).</source>
        <translation>&lt;b&gt;Der BitLocker-Status ist unbekannt&lt;/b&gt; (%1).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not possible here:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Hier nicht möglich:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not now:&lt;/b&gt; the hotpatch fixes are applied and wait for their restart. Finish that cycle first, so the two are never mixed into one restart.</source>
        <translation>&lt;b&gt;Nicht jetzt:&lt;/b&gt; Die Hotpatch-Korrekturen sind angewendet und warten auf ihren Neustart. Schließen Sie zuerst diesen Ablauf ab, damit beides nie in einem Neustart vermischt wird.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to do:&lt;/b&gt; the 2023 certificates are in place and the device starts the boot manager signed by the 2023 certificate.</source>
        <translation>&lt;b&gt;Nichts zu tun:&lt;/b&gt; Die Zertifikate von 2023 sind vorhanden, und das Gerät startet den mit dem Zertifikat von 2023 signierten Start-Manager.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Already started:&lt;/b&gt; the update was triggered before. Restart the device and verify instead of starting it again.</source>
        <translation>&lt;b&gt;Bereits gestartet:&lt;/b&gt; Das Update wurde schon früher ausgelöst. Starten Sie das Gerät neu, und überprüfen Sie es, statt das Update erneut zu starten.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The update is started:&lt;/b&gt; AvailableUpdates was %1 and is now %2.</source>
        <translation>&lt;b&gt;Das Update ist gestartet:&lt;/b&gt; AvailableUpdates war %1 und ist jetzt %2.</translation>
    </message>
    <message numerus="yes">
        <source>BitLocker is suspended for the next %n restart(s).</source>
        <translation>
            <numerusform>BitLocker ist für %n weiteren Neustart angehalten.</numerusform>
            <numerusform>BitLocker ist für die nächsten %n Neustarts angehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>BitLocker stays on: have the recovery key at hand for the restarts.</source>
        <translation>BitLocker bleibt aktiviert: Halten Sie den Wiederherstellungsschlüssel für die Neustarts bereit.</translation>
    </message>
    <message>
        <source>Training: simulate the restarts with the button above; each one runs Windows&apos; Secure Boot update task once. Then the result shows here.</source>
        <translation>Training: Simulieren Sie die Neustarts mit der Schaltfläche oben; jeder führt die Windows-Aufgabe für das Update des sicheren Starts einmal aus. Dann wird das Ergebnis hier angezeigt.</translation>
    </message>
    <message>
        <source>Restart the device when it suits you (more than once), then open this again and choose Verify now. This is not the hotpatch restart.</source>
        <translation>Starten Sie das Gerät neu, wann es Ihnen passt (mehr als einmal), öffnen Sie dann dieses Fenster erneut, und wählen Sie „Jetzt überprüfen“. Dies ist nicht der Hotpatch-Neustart.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Updated:&lt;/b&gt; the 2023 certificates are in place and the device starts the boot manager signed by the 2023 certificate.</source>
        <translation>&lt;b&gt;Aktualisiert:&lt;/b&gt; Die Zertifikate von 2023 sind vorhanden, und das Gerät startet den mit dem Zertifikat von 2023 signierten Start-Manager.</translation>
    </message>
    <message>
        <source>&lt;b&gt;In progress:&lt;/b&gt; the next restart continues the update.</source>
        <translation>&lt;b&gt;In Bearbeitung:&lt;/b&gt; Der nächste Neustart setzt das Update fort.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not started yet:&lt;/b&gt; Windows&apos; Secure Boot update task has not picked the change up.</source>
        <translation>&lt;b&gt;Noch nicht gestartet:&lt;/b&gt; Die Windows-Aufgabe für das Update des sicheren Starts hat die Änderung noch nicht übernommen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Failed:&lt;/b&gt; the firmware reported an error; the error code and event are in the table below.</source>
        <translation>&lt;b&gt;Fehlgeschlagen:&lt;/b&gt; Die Firmware hat einen Fehler gemeldet; Fehlercode und Ereignis stehen in der Tabelle unten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unknown:&lt;/b&gt; the Secure Boot state could not be read.</source>
        <translation>&lt;b&gt;Unbekannt:&lt;/b&gt; Der Status des sicheren Starts konnte nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>After %n simulated restart(s):</source>
        <translation>
            <numerusform>Nach %n simulierten Neustart:</numerusform>
            <numerusform>Nach %n simulierten Neustarts:</numerusform>
        </translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>R&amp;estarts:</source>
        <translation>N&amp;eustarts:</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>&amp;This device</source>
        <translation>&amp;Dieses Gerät</translation>
    </message>
    <message>
        <source>T&amp;raining: a simulated device</source>
        <translation>&amp;Training: ein simuliertes Gerät</translation>
    </message>
    <message>
        <source>Offline e&amp;vidence: files sent by the device&apos;s user</source>
        <translation>Offline-&amp;Nachweise: Dateien vom Benutzer des Geräts</translation>
    </message>
    <message>
        <source>&amp;Files...</source>
        <translation>D&amp;ateien...</translation>
    </message>
    <message>
        <source>Fol&amp;der...</source>
        <translation>O&amp;rdner...</translation>
    </message>
    <message>
        <source>Bro&amp;wse...</source>
        <translation>Durch&amp;suchen...</translation>
    </message>
    <message>
        <source>Make this device ready for hotpatch</source>
        <translation>Dieses Gerät bereit für Hotpatch machen</translation>
    </message>
    <message>
        <source>Choose the device. The wizard detects every prerequisite, explains what is missing, fixes what it can with one undoable change set and one restart, and verifies the result.</source>
        <translation>Wählen Sie das Gerät. Der Assistent erkennt jede Voraussetzung, erklärt, was fehlt, behebt, was er kann, mit einem rückgängig zu machenden Änderungssatz und einem Neustart, und überprüft das Ergebnis.</translation>
    </message>
    <message>
        <source>Offline evidence: files sent by the device&apos;s user</source>
        <translation>Offline-Nachweise: Dateien vom Benutzer des Geräts</translation>
    </message>
    <message>
        <source>Evidence file or folder</source>
        <translation>Nachweisdatei oder -ordner</translation>
    </message>
    <message>
        <source>msinfo32 /report, systeminfo or Get-CimInstance Win32_DeviceGuard output; a file or a folder of them.</source>
        <translation>Ausgabe von msinfo32 /report, systeminfo oder Get-CimInstance Win32_DeviceGuard; eine Datei oder ein Ordner davon.</translation>
    </message>
    <message>
        <source>A file, or a folder of files</source>
        <translation>Eine Datei oder ein Ordner mit Dateien</translation>
    </message>
    <message>
        <source>Choose evidence files</source>
        <translation>Nachweisdateien auswählen</translation>
    </message>
    <message>
        <source>Choose a folder of evidence files</source>
        <translation>Ordner mit Nachweisdateien auswählen</translation>
    </message>
    <message>
        <source>Evidence pat&amp;h:</source>
        <translation>Nachweis&amp;pfad:</translation>
    </message>
    <message>
        <source>Assesses a device that cannot run this app from the msinfo32, systeminfo or Win32_DeviceGuard output its user sent. Nothing can be changed from files, so the wizard ends with the results and the report.</source>
        <translation>Bewertet ein Gerät, auf dem diese App nicht laufen kann, anhand der Ausgabe von msinfo32, systeminfo oder Win32_DeviceGuard, die sein Benutzer gesendet hat. Aus Dateien kann nichts geändert werden, daher endet der Assistent mit den Ergebnissen und dem Bericht.</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Dieses Gerät</translation>
    </message>
    <message>
        <source>Training: a simulated device</source>
        <translation>Training: ein simuliertes Gerät</translation>
    </message>
    <message>
        <source>Assesses and fixes the Windows PC this app runs on. Run the app as administrator to read and change everything.</source>
        <translation>Bewertet und behebt den Windows-PC, auf dem diese App läuft. Führen Sie die App als Administrator aus, um alles lesen und ändern zu können.</translation>
    </message>
    <message>
        <source>Not available in this build: the live backend exists only on Windows. Practise the whole cycle on a simulated device instead.</source>
        <translation>In diesem Build nicht verfügbar: Das Live-Back-End gibt es nur unter Windows. Üben Sie den ganzen Ablauf stattdessen an einem simulierten Gerät.</translation>
    </message>
    <message>
        <source>Simulated device profile</source>
        <translation>Profil des simulierten Geräts</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>Pro&amp;fil:</translation>
    </message>
    <message>
        <source>Profile description</source>
        <translation>Profilbeschreibung</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>State folder</source>
        <translation>Statusordner</translation>
    </message>
    <message>
        <source>Browse for the state folder</source>
        <translation>Statusordner suchen</translation>
    </message>
    <message>
        <source>&amp;State folder:</source>
        <translation>Stat&amp;usordner:</translation>
    </message>
    <message>
        <source>The journal of every change, the scheduled restart and the verification are kept here; simulated devices also keep their machine here, so the cycle survives restarts of the app.</source>
        <translation>Das Journal jeder Änderung, der geplante Neustart und die Überprüfung werden hier gespeichert; simulierte Geräte speichern hier auch ihren Computer, sodass der Ablauf Neustarts der App übersteht.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Administrator rights</source>
        <translation>Administratorrechte</translation>
    </message>
    <message>
        <source>Language of the wizard</source>
        <translation>Sprache des Assistenten</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Sprac&amp;he:</translation>
    </message>
    <message>
        <source>About the language</source>
        <translation>Zur Sprache</translation>
    </message>
    <message>
        <source>Set by your administrator (admin policy %1).</source>
        <translation>Von Ihrem Administrator festgelegt (Administratorrichtlinie %1).</translation>
    </message>
    <message>
        <source>This run uses %1 (--language). A choice here applies from the next start.</source>
        <translation>Diese Ausführung verwendet %1 (--language). Eine Auswahl hier gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>A change takes effect at the next start.</source>
        <translation>Eine Änderung wird beim nächsten Start wirksam.</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Nachweisdateien</translation>
    </message>
    <message>
        <source>Text and report files (*.txt *.log *.csv *.nfo *.reg);;All files (*)</source>
        <translation>Text- und Berichtsdateien (*.txt *.log *.csv *.nfo *.reg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Folder of evidence files</source>
        <translation>Ordner mit Nachweisdateien</translation>
    </message>
    <message>
        <source>Saved: from the next start, the wizard is in %1.</source>
        <translation>Gespeichert: Ab dem nächsten Start ist der Assistent auf %1.</translation>
    </message>
    <message>
        <source>Whether the app runs elevated (as administrator) is shown once the device has been detected.</source>
        <translation>Ob die App mit erhöhten Rechten (als Administrator) läuft, wird angezeigt, sobald das Gerät erkannt wurde.</translation>
    </message>
    <message>
        <source>Administrator rights do not matter for evidence files: nothing on this PC is read or changed.</source>
        <translation>Administratorrechte spielen für Nachweisdateien keine Rolle: Auf diesem PC wird nichts gelesen oder geändert.</translation>
    </message>
    <message>
        <source>Could not tell whether the app runs elevated: %1</source>
        <translation>Es konnte nicht festgestellt werden, ob die App mit erhöhten Rechten läuft: %1</translation>
    </message>
    <message>
        <source>Administrator rights: the simulated session runs elevated.</source>
        <translation>Administratorrechte: Die simulierte Sitzung läuft mit erhöhten Rechten.</translation>
    </message>
    <message>
        <source>Administrator rights: this app runs elevated.</source>
        <translation>Administratorrechte: Diese App läuft mit erhöhten Rechten.</translation>
    </message>
    <message>
        <source>Administrator rights: the simulated session is not elevated, so facts that need them are unknown and changes are refused.</source>
        <translation>Administratorrechte: Die simulierte Sitzung läuft ohne erhöhte Rechte, daher sind Angaben, die sie benötigen, unbekannt, und Änderungen werden abgelehnt.</translation>
    </message>
    <message>
        <source>Administrator rights: this app is not elevated, so facts that need them are unknown and changes are refused. Run it as administrator.</source>
        <translation>Administratorrechte: Diese App läuft ohne erhöhte Rechte, daher sind Angaben, die sie benötigen, unbekannt, und Änderungen werden abgelehnt. Führen Sie sie als Administrator aus.</translation>
    </message>
</context>
<context>
    <name>UiText</name>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <source>Ready for hotpatch</source>
        <translation>Bereit für Hotpatch</translation>
    </message>
    <message>
        <source>Not ready yet: this tool can fix what is missing</source>
        <translation>Noch nicht bereit: Dieses Tool kann beheben, was fehlt</translation>
    </message>
    <message>
        <source>Blocked: something this tool cannot fix must change first</source>
        <translation>Blockiert: Zuerst muss sich etwas ändern, das dieses Tool nicht beheben kann</translation>
    </message>
    <message>
        <source>Undetermined: some facts could not be read</source>
        <translation>Unbestimmt: Einige Angaben konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Nothing to fix</source>
        <translation>Nichts zu beheben</translation>
    </message>
    <message>
        <source>This tool, with one restart</source>
        <translation>Dieses Tool, mit einem Neustart</translation>
    </message>
    <message>
        <source>The device&apos;s firmware setup (UEFI/BIOS)</source>
        <translation>Die Firmwareeinstellungen des Geräts (UEFI/BIOS)</translation>
    </message>
    <message>
        <source>Intune or Group Policy</source>
        <translation>Intune oder Gruppenrichtlinie</translation>
    </message>
    <message>
        <source>Windows Update</source>
        <translation>Windows Update</translation>
    </message>
    <message>
        <source>The boot configuration (bcdedit), by an administrator</source>
        <translation>Die Startkonfiguration (bcdedit), durch einen Administrator</translation>
    </message>
    <message>
        <source>The virtual machine&apos;s host</source>
        <translation>Der Host des virtuellen Computers</translation>
    </message>
    <message>
        <source>Other hardware, or another Windows edition</source>
        <translation>Andere Hardware oder eine andere Windows-Edition</translation>
    </message>
    <message>
        <source>The licence portal (cannot be checked on the device)</source>
        <translation>Das Lizenzportal (auf dem Gerät nicht überprüfbar)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>a firmware setting</source>
        <translation>eine Firmwareeinstellung</translation>
    </message>
    <message>
        <source>the Windows edition</source>
        <translation>die Windows-Edition</translation>
    </message>
    <message>
        <source>the Windows build</source>
        <translation>der Windows-Build</translation>
    </message>
    <message>
        <source>device management</source>
        <translation>Geräteverwaltung</translation>
    </message>
    <message>
        <source>the boot configuration</source>
        <translation>die Startkonfiguration</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The request was not valid: %1</source>
        <translation>Die Anforderung war ungültig: %1</translation>
    </message>
    <message>
        <source>A file is damaged or not in the expected format: %1</source>
        <translation>Eine Datei ist beschädigt oder nicht im erwarteten Format: %1</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Nicht gefunden: %1</translation>
    </message>
    <message>
        <source>Not available here: %1</source>
        <translation>Hier nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Administrator rights are needed, or a locked setting refused the change: %1</source>
        <translation>Administratorrechte sind erforderlich, oder eine gesperrte Einstellung hat die Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The operation failed: %1</source>
        <translation>Der Vorgang ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
</context>
<context>
    <name>hpr::engine</name>
    <message>
        <source>%1 %2</source>
        <extracomment>Two sentences one after the other (Japanese: without the space).</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 could not be read (%2).</source>
        <extracomment>%1: what could not be read (e.g. &quot;The build number&quot;); %2: the reason code and the system&apos;s detail.</extracomment>
        <translation>%1 konnte nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>Run the tool as administrator to read it.</source>
        <translation>Führen Sie das Tool als Administrator aus, um es zu lesen.</translation>
    </message>
    <message>
        <source>Suspend BitLocker for one restart before changing firmware settings (manage-bde -protectors -disable C: -RebootCount 1), or have the recovery key at hand.</source>
        <translation>Halten Sie BitLocker für einen Neustart an, bevor Sie Firmwareeinstellungen ändern (manage-bde -protectors -disable C: -RebootCount 1), oder halten Sie den Wiederherstellungsschlüssel bereit.</translation>
    </message>
    <message>
        <source>Windows edition</source>
        <translation>Windows-Edition</translation>
    </message>
    <message>
        <source>Edition unknown</source>
        <translation>Edition unbekannt</translation>
    </message>
    <message>
        <source>The edition (EditionID)</source>
        <translation>Die Edition (EditionID)</translation>
    </message>
    <message>
        <source>Windows Server %1 supports hotpatch (through Azure Arc or Azure Edition)</source>
        <translation>Windows Server %1 unterstützt Hotpatch (über Azure Arc oder Azure Edition)</translation>
    </message>
    <message>
        <source>Windows Server 2025 Standard, Datacenter and Datacenter: Azure Edition can take hotpatch updates; Standard and Datacenter are enabled through Azure Arc.</source>
        <translation>Windows Server 2025 Standard, Datacenter und Datacenter: Azure Edition können Hotpatch-Updates erhalten; Standard und Datacenter werden über Azure Arc aktiviert.</translation>
    </message>
    <message>
        <source>Server edition %1 is not hotpatch-eligible</source>
        <translation>Die Server-Edition %1 ist nicht für Hotpatch berechtigt</translation>
    </message>
    <message>
        <source>Hotpatch for Windows Server needs Standard, Datacenter or Datacenter: Azure Edition.</source>
        <translation>Hotpatch für Windows Server erfordert Standard, Datacenter oder Datacenter: Azure Edition.</translation>
    </message>
    <message>
        <source>Move the workload to Windows Server 2025 Standard or Datacenter.</source>
        <translation>Verschieben Sie die Workload auf Windows Server 2025 Standard oder Datacenter.</translation>
    </message>
    <message>
        <source>Enterprise is the edition the hotpatch documentation names.</source>
        <translation>Enterprise ist die Edition, die die Hotpatch-Dokumentation nennt.</translation>
    </message>
    <message>
        <source>Education (with an A3/A5 licence) and IoT Enterprise are eligible editions.</source>
        <translation>Education (mit einer A3/A5-Lizenz) und IoT Enterprise sind berechtigte Editionen.</translation>
    </message>
    <message>
        <source>LTSC edition %1: hotpatch eligibility not confirmed</source>
        <translation>LTSC-Edition %1: Hotpatch-Berechtigung nicht bestätigt</translation>
    </message>
    <message>
        <source>No Microsoft source read by this tool lists the LTSC editions as hotpatch-eligible [UNCONFIRMED]. Confirm with Microsoft before relying on hotpatch here.</source>
        <translation>Keine von diesem Tool gelesene Microsoft-Quelle führt die LTSC-Editionen als für Hotpatch berechtigt auf [UNCONFIRMED]. Lassen Sie es sich von Microsoft bestätigen, bevor Sie sich hier auf Hotpatch verlassen.</translation>
    </message>
    <message>
        <source>Windows 11 Pro qualifies only through a Microsoft 365 Business Premium licence</source>
        <translation>Windows 11 Pro ist nur mit einer Microsoft 365 Business Premium-Lizenz berechtigt</translation>
    </message>
    <message>
        <source>Microsoft 365 Business Premium keeps devices on Windows 11 Pro and is an eligible licence; with any other licence, Pro devices are not offered hotpatch updates. The licence cannot be seen from the device (see HP-LICENSE).</source>
        <translation>Mit Microsoft 365 Business Premium bleiben Geräte auf Windows 11 Pro, und es ist eine berechtigte Lizenz; mit jeder anderen Lizenz werden Pro-Geräten keine Hotpatch-Updates angeboten. Die Lizenz ist auf dem Gerät nicht sichtbar (siehe HP-LICENSE).</translation>
    </message>
    <message>
        <source>Confirm the user has Microsoft 365 Business Premium, or move the device to Enterprise (E3/E5 subscription activation).</source>
        <translation>Stellen Sie sicher, dass der Benutzer Microsoft 365 Business Premium hat, oder stellen Sie das Gerät auf Enterprise um (E3/E5-Abonnementaktivierung).</translation>
    </message>
    <message>
        <source>Windows 11 SE (%1) cannot receive hotpatch updates</source>
        <translation>Windows 11 SE (%1) kann keine Hotpatch-Updates erhalten</translation>
    </message>
    <message>
        <source>Hotpatch is offered to Enterprise, Education and (with Business Premium) Pro devices only.</source>
        <translation>Hotpatch wird nur Enterprise-, Education- und (mit Business Premium) Pro-Geräten angeboten.</translation>
    </message>
    <message>
        <source>Upgrade the edition to Enterprise or Education (or Pro with Microsoft 365 Business Premium).</source>
        <translation>Aktualisieren Sie die Edition auf Enterprise oder Education (oder Pro mit Microsoft 365 Business Premium).</translation>
    </message>
    <message>
        <source>Unrecognized edition %1</source>
        <translation>Unbekannte Edition %1</translation>
    </message>
    <message>
        <source>This edition is not in the tool&apos;s list; check Microsoft&apos;s eligibility list for it.</source>
        <translation>Diese Edition ist nicht in der Liste des Tools; prüfen Sie die Berechtigungsliste von Microsoft.</translation>
    </message>
    <message>
        <source>Windows version and build</source>
        <translation>Windows-Version und Build</translation>
    </message>
    <message>
        <source>Build unknown</source>
        <translation>Build unbekannt</translation>
    </message>
    <message>
        <source>The build number</source>
        <translation>Die Buildnummer</translation>
    </message>
    <message>
        <source>Build %1 is not Windows Server 2025</source>
        <translation>Build %1 ist nicht Windows Server 2025</translation>
    </message>
    <message>
        <source>Hotpatch with Azure Arc needs Windows Server 2025 (build 26100.1742 or later).</source>
        <translation>Hotpatch mit Azure Arc erfordert Windows Server 2025 (Build 26100.1742 oder höher).</translation>
    </message>
    <message>
        <source>Upgrade the server to Windows Server 2025.</source>
        <translation>Aktualisieren Sie den Server auf Windows Server 2025.</translation>
    </message>
    <message>
        <source>Windows 11 26H1 (%1) does not support hotpatch</source>
        <translation>Windows 11 26H1 (%1) unterstützt Hotpatch nicht</translation>
    </message>
    <message>
        <source>Microsoft: devices on Windows 11, version 26H1 receive monthly updates but do not support hotpatch. 26H1 ships only on Snapdragon X2 devices and cannot move to 26H2.</source>
        <translation>Microsoft: Geräte mit Windows 11, Version 26H1 erhalten monatliche Updates, unterstützen aber Hotpatch nicht. 26H1 wird nur auf Snapdragon X2-Geräten ausgeliefert und kann nicht auf 26H2 wechseln.</translation>
    </message>
    <message>
        <source>None on this device; plan for the next version that supports hotpatch.</source>
        <translation>Auf diesem Gerät keine; planen Sie die nächste Version ein, die Hotpatch unterstützt.</translation>
    </message>
    <message>
        <source>Build %1 is older than Windows 11 24H2 (26100)</source>
        <translation>Build %1 ist älter als Windows 11 24H2 (26100)</translation>
    </message>
    <message>
        <source>Hotpatch needs Windows 11 version 24H2 or later.</source>
        <translation>Hotpatch erfordert Windows 11, Version 24H2 oder höher.</translation>
    </message>
    <message>
        <source>Upgrade to Windows 11 24H2 or later (feature update), then assess again.</source>
        <translation>Aktualisieren Sie auf Windows 11 24H2 oder höher (Funktionsupdate), und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Build %1 is not in the tool&apos;s release table</source>
        <translation>Build %1 steht nicht in der Release-Tabelle des Tools</translation>
    </message>
    <message>
        <source>This build is newer than the tool knows; update the release table (--release-table).</source>
        <translation>Dieser Build ist neuer, als das Tool kennt; aktualisieren Sie die Release-Tabelle (--release-table).</translation>
    </message>
    <message>
        <source>Update revision (UBR) unknown</source>
        <translation>Updaterevision (UBR) unbekannt</translation>
    </message>
    <message>
        <source>The update build revision</source>
        <translation>Die Updatebuildrevision</translation>
    </message>
    <message>
        <source>Build %1 is below the hotpatch minimum %2</source>
        <translation>Build %1 liegt unter dem Hotpatch-Minimum %2</translation>
    </message>
    <message>
        <source>Hotpatch needs at least build %1.</source>
        <translation>Hotpatch erfordert mindestens Build %1.</translation>
    </message>
    <message>
        <source>Install the latest cumulative update.</source>
        <translation>Installieren Sie das neueste kumulative Update.</translation>
    </message>
    <message>
        <source>Windows 11 26H2 (%1)</source>
        <translation>Windows 11 26H2 (%1)</translation>
    </message>
    <message>
        <source>26H2 shares the 24H2/25H2 servicing branch and should qualify as &quot;24H2 or later&quot;, but no Microsoft statement was found [UNCONFIRMED].</source>
        <translation>26H2 teilt den Wartungszweig von 24H2/25H2 und sollte als „24H2 oder höher“ gelten, aber es wurde keine Aussage von Microsoft gefunden [UNCONFIRMED].</translation>
    </message>
    <message>
        <source>Windows Server 2025 at or above %1.</source>
        <translation>Windows Server 2025 ab %1.</translation>
    </message>
    <message>
        <source>Windows 11 24H2 or later at or above %1.</source>
        <translation>Windows 11 24H2 oder höher ab %1.</translation>
    </message>
    <message>
        <source>The Arm64 minimum build is not confirmed by Microsoft [UNCONFIRMED]; being on the current baseline is what counts.</source>
        <translation>Der Mindestbuild für Arm64 ist von Microsoft nicht bestätigt [UNCONFIRMED]; entscheidend ist, auf der aktuellen Baseline zu sein.</translation>
    </message>
    <message>
        <source>Build %1 supports hotpatch</source>
        <translation>Build %1 unterstützt Hotpatch</translation>
    </message>
    <message>
        <source>Current quarterly baseline</source>
        <translation>Aktuelle Quartals-Baseline</translation>
    </message>
    <message>
        <source>Baseline position unknown: build or UBR unknown</source>
        <translation>Position zur Baseline unbekannt: Build oder UBR unbekannt</translation>
    </message>
    <message>
        <source>Without the build and UBR the tool cannot compare the device with the release table.</source>
        <translation>Ohne Build und UBR kann das Tool das Gerät nicht mit der Release-Tabelle vergleichen.</translation>
    </message>
    <message>
        <source>No hotpatch track for this build</source>
        <translation>Kein Hotpatch-Pfad für diesen Build</translation>
    </message>
    <message>
        <source>See HP-BUILD.</source>
        <translation>Siehe HP-BUILD.</translation>
    </message>
    <message>
        <source>The release table (dated %1, sources as of %2) does not list %3 (planned baseline); if Microsoft has released it, the device must install it to stay on hotpatch. Update the release table when the release notes list it.</source>
        <translation>Die Release-Tabelle (vom %1, Quellen mit Stand %2) enthält %3 nicht (geplante Baseline); wenn Microsoft sie veröffentlicht hat, muss das Gerät sie installieren, um bei Hotpatch zu bleiben. Aktualisieren Sie die Release-Tabelle, sobald die Versionshinweise sie nennen.</translation>
    </message>
    <message>
        <source>Behind the latest baseline (%1)</source>
        <translation>Hinter der neuesten Baseline (%1)</translation>
    </message>
    <message>
        <source>Devices that are not on the latest baseline are not offered hotpatch updates; they get the normal cumulative update instead.</source>
        <translation>Geräten, die nicht auf der neuesten Baseline sind, werden keine Hotpatch-Updates angeboten; sie erhalten stattdessen das normale kumulative Update.</translation>
    </message>
    <message>
        <source>Install the latest baseline cumulative update (%1 or later) through Windows Update or the update ring, and restart.</source>
        <translation>Installieren Sie das neueste kumulative Baseline-Update (%1 oder höher) über Windows Update oder den Updatering, und starten Sie neu.</translation>
    </message>
    <message>
        <source>Baseline position unknown</source>
        <translation>Position zur Baseline unbekannt</translation>
    </message>
    <message>
        <source>On the latest baseline the table knows (%1)</source>
        <translation>Auf der neuesten Baseline, die die Tabelle kennt (%1)</translation>
    </message>
    <message>
        <source>On the latest baseline (%1)</source>
        <translation>Auf der neuesten Baseline (%1)</translation>
    </message>
    <message>
        <source>Processor architecture</source>
        <translation>Prozessorarchitektur</translation>
    </message>
    <message>
        <source>Architecture unknown</source>
        <translation>Architektur unbekannt</translation>
    </message>
    <message>
        <source>The native architecture</source>
        <translation>Die native Architektur</translation>
    </message>
    <message>
        <source>x64 (AMD64/Intel 64)</source>
        <translation>x64 (AMD64/Intel 64)</translation>
    </message>
    <message>
        <source>x64 devices support hotpatch.</source>
        <translation>x64-Geräte unterstützen Hotpatch.</translation>
    </message>
    <message>
        <source>Arm64: supported with CHPE disabled (see HP-CHPE)</source>
        <translation>Arm64: unterstützt, wenn CHPE deaktiviert ist (siehe HP-CHPE)</translation>
    </message>
    <message>
        <source>Arm64 devices support hotpatch once CHPE binaries are disabled.</source>
        <translation>Arm64-Geräte unterstützen Hotpatch, sobald CHPE-Binärdateien deaktiviert sind.</translation>
    </message>
    <message>
        <source>32-bit %1 cannot run VBS</source>
        <translation>32-Bit-%1 kann VBS nicht ausführen</translation>
    </message>
    <message>
        <source>VBS and hotpatch need a 64-bit processor and a 64-bit Windows.</source>
        <translation>VBS und Hotpatch erfordern einen 64-Bit-Prozessor und ein 64-Bit-Windows.</translation>
    </message>
    <message>
        <source>Replace the device (or reinstall 64-bit Windows 11 if the CPU is 64-bit).</source>
        <translation>Ersetzen Sie das Gerät (oder installieren Sie 64-Bit-Windows 11 neu, wenn die CPU 64-Bit-fähig ist).</translation>
    </message>
    <message>
        <source>UEFI boot</source>
        <translation>UEFI-Start</translation>
    </message>
    <message>
        <source>Booted in UEFI mode</source>
        <translation>Im UEFI-Modus gestartet</translation>
    </message>
    <message>
        <source>UEFI is needed for Secure Boot.</source>
        <translation>UEFI ist für den sicheren Start erforderlich.</translation>
    </message>
    <message>
        <source>Firmware type unknown</source>
        <translation>Firmwaretyp unbekannt</translation>
    </message>
    <message>
        <source>The firmware type</source>
        <translation>Der Firmwaretyp</translation>
    </message>
    <message>
        <source>Legacy BIOS boot, but VBS is running</source>
        <translation>Legacy-BIOS-Start, aber VBS wird ausgeführt</translation>
    </message>
    <message>
        <source>VBS runs without Secure Boot on this device, which is enough for hotpatch, but it is weaker: Secure Boot needs UEFI. Plan a conversion (MBR2GPT, then UEFI mode in firmware setup).</source>
        <translation>VBS wird auf diesem Gerät ohne sicheren Start ausgeführt; das genügt für Hotpatch, ist aber schwächer: Der sichere Start erfordert UEFI. Planen Sie eine Umstellung (MBR2GPT, dann UEFI-Modus in den Firmwareeinstellungen).</translation>
    </message>
    <message>
        <source>Legacy BIOS (CSM) boot: Secure Boot is impossible</source>
        <translation>Legacy-BIOS-Start (CSM): Sicherer Start ist unmöglich</translation>
    </message>
    <message>
        <source>The VBS fix requires Secure Boot (RequirePlatformSecurityFeatures=1), and Secure Boot needs UEFI boot.</source>
        <translation>Die VBS-Korrektur erfordert den sicheren Start (RequirePlatformSecurityFeatures=1), und der sichere Start erfordert einen UEFI-Start.</translation>
    </message>
    <message>
        <source>Convert the system disk with &apos;mbr2gpt /convert /allowFullOS&apos;, then switch firmware setup to UEFI mode (disable CSM) and turn on Secure Boot.</source>
        <translation>Konvertieren Sie den Systemdatenträger mit „mbr2gpt /convert /allowFullOS“, stellen Sie dann die Firmwareeinstellungen auf den UEFI-Modus um (CSM deaktivieren), und aktivieren Sie den sicheren Start.</translation>
    </message>
    <message>
        <source>Secure Boot</source>
        <translation>Sicherer Start</translation>
    </message>
    <message>
        <source>Secure Boot is on</source>
        <translation>Sicherer Start ist aktiviert</translation>
    </message>
    <message>
        <source>VBS can require Secure Boot.</source>
        <translation>VBS kann den sicheren Start voraussetzen.</translation>
    </message>
    <message>
        <source>Secure Boot state unknown</source>
        <translation>Status des sicheren Starts unbekannt</translation>
    </message>
    <message>
        <source>The Secure Boot state</source>
        <translation>Der Status des sicheren Starts</translation>
    </message>
    <message>
        <source>Secure Boot unsupported (BIOS), VBS running anyway</source>
        <translation>Sicherer Start nicht unterstützt (BIOS), VBS wird trotzdem ausgeführt</translation>
    </message>
    <message>
        <source>Secure Boot is off, VBS running anyway</source>
        <translation>Sicherer Start ist deaktiviert, VBS wird trotzdem ausgeführt</translation>
    </message>
    <message>
        <source>VBS runs without requiring Secure Boot here, which is enough for hotpatch. Microsoft recommends requiring Secure Boot (RequirePlatformSecurityFeatures=1).</source>
        <translation>VBS wird hier ausgeführt, ohne den sicheren Start vorauszusetzen; das genügt für Hotpatch. Microsoft empfiehlt, den sicheren Start vorauszusetzen (RequirePlatformSecurityFeatures=1).</translation>
    </message>
    <message>
        <source>Secure Boot unsupported: the device boots in legacy BIOS mode</source>
        <translation>Sicherer Start nicht unterstützt: Das Gerät startet im Legacy-BIOS-Modus</translation>
    </message>
    <message>
        <source>Secure Boot needs UEFI boot; see HP-UEFI.</source>
        <translation>Der sichere Start erfordert einen UEFI-Start; siehe HP-UEFI.</translation>
    </message>
    <message>
        <source>Switch to UEFI boot first (see HP-UEFI), then turn on Secure Boot.</source>
        <translation>Stellen Sie zuerst auf UEFI-Start um (siehe HP-UEFI), und aktivieren Sie dann den sicheren Start.</translation>
    </message>
    <message>
        <source>Secure Boot is off</source>
        <translation>Sicherer Start ist deaktiviert</translation>
    </message>
    <message>
        <source>VBS is (or will be, with the fix) set to require Secure Boot, so it cannot run while Secure Boot is off.</source>
        <translation>VBS ist so eingestellt (oder wird es mit der Korrektur), dass es den sicheren Start voraussetzt; es kann daher nicht ausgeführt werden, solange der sichere Start deaktiviert ist.</translation>
    </message>
    <message>
        <source>Turn on Secure Boot in firmware setup (Security or Boot menu; restore the factory keys if it is greyed out).</source>
        <translation>Aktivieren Sie den sicheren Start in den Firmwareeinstellungen (Menü „Security“ oder „Boot“; stellen Sie die Werksschlüssel wieder her, wenn die Option ausgegraut ist).</translation>
    </message>
    <message>
        <source>TPM 2.0</source>
        <translation>TPM 2.0</translation>
    </message>
    <message>
        <source>TPM state unknown</source>
        <translation>TPM-Status unbekannt</translation>
    </message>
    <message>
        <source>The TPM</source>
        <translation>Das TPM</translation>
    </message>
    <message>
        <source>TPM 2.0 present</source>
        <translation>TPM 2.0 vorhanden</translation>
    </message>
    <message>
        <source>Windows 11 requires TPM 2.0.</source>
        <translation>Windows 11 erfordert TPM 2.0.</translation>
    </message>
    <message>
        <source>TPM %1</source>
        <translation>TPM %1</translation>
    </message>
    <message>
        <source>No TPM</source>
        <translation>Kein TPM</translation>
    </message>
    <message>
        <source>Windows Server does not require a TPM for hotpatch; Credential Guard and measured boot work better with TPM 2.0.</source>
        <translation>Windows Server benötigt für Hotpatch kein TPM; Credential Guard und kontrollierter Start funktionieren mit TPM 2.0 besser.</translation>
    </message>
    <message>
        <source>No TPM found</source>
        <translation>Kein TPM gefunden</translation>
    </message>
    <message>
        <source>Windows 11 requires TPM 2.0; a device without one runs an unsupported installation. Most devices since 2016 have a firmware TPM that is only switched off.</source>
        <translation>Windows 11 erfordert TPM 2.0; ein Gerät ohne TPM ist eine nicht unterstützte Installation. Die meisten Geräte seit 2016 haben ein Firmware-TPM, das nur ausgeschaltet ist.</translation>
    </message>
    <message>
        <source>Turn on the firmware TPM in firmware setup (Intel PTT or AMD fTPM); on a VM, add a virtual TPM. If the device has no TPM at all it needs other hardware.</source>
        <translation>Aktivieren Sie das Firmware-TPM in den Firmwareeinstellungen (Intel PTT oder AMD fTPM); fügen Sie bei einem virtuellen Computer ein virtuelles TPM hinzu. Hat das Gerät gar kein TPM, ist andere Hardware nötig.</translation>
    </message>
    <message>
        <source>TPM %1 (Windows 11 needs 2.0)</source>
        <translation>TPM %1 (Windows 11 erfordert 2.0)</translation>
    </message>
    <message>
        <source>Windows 11 requires TPM 2.0; some TPM 1.2 chips can take a 2.0 firmware update from the OEM.</source>
        <translation>Windows 11 erfordert TPM 2.0; manche TPM-1.2-Chips können ein 2.0-Firmwareupdate vom OEM erhalten.</translation>
    </message>
    <message>
        <source>Check the OEM for a TPM 2.0 firmware update; otherwise replace the device.</source>
        <translation>Fragen Sie beim OEM nach einem TPM-2.0-Firmwareupdate; andernfalls ersetzen Sie das Gerät.</translation>
    </message>
    <message>
        <source>Virtualization extensions (VT-x / AMD-V)</source>
        <translation>Virtualisierungserweiterungen (VT-x / AMD-V)</translation>
    </message>
    <message>
        <source>VBS runs, so the extensions are present</source>
        <translation>VBS wird ausgeführt, die Erweiterungen sind also vorhanden</translation>
    </message>
    <message>
        <source>Virtualization extensions unknown</source>
        <translation>Virtualisierungserweiterungen unbekannt</translation>
    </message>
    <message>
        <source>The virtualization extensions</source>
        <translation>Die Virtualisierungserweiterungen</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Vorhanden</translation>
    </message>
    <message>
        <source>The hypervisor needs VT-x or AMD-V.</source>
        <translation>Der Hypervisor benötigt VT-x oder AMD-V.</translation>
    </message>
    <message>
        <source>This VM does not see virtualization extensions</source>
        <translation>Dieser virtuelle Computer sieht keine Virtualisierungserweiterungen</translation>
    </message>
    <message>
        <source>VBS inside a virtual machine needs nested virtualization from the host; without it the guest cannot start the Windows hypervisor.</source>
        <translation>VBS in einem virtuellen Computer erfordert geschachtelte Virtualisierung vom Host; ohne sie kann der Gast den Windows-Hypervisor nicht starten.</translation>
    </message>
    <message>
        <source>On the Hyper-V host, with the VM off: Set-VMProcessor -VMName &lt;name&gt; -ExposeVirtualizationExtensions $true (other hosts: enable nested virtualization / &apos;expose hardware assisted virtualization&apos;). The VM must be Generation 2 with Secure Boot.</source>
        <translation>Auf dem Hyper-V-Host, bei ausgeschaltetem virtuellem Computer: Set-VMProcessor -VMName &lt;name&gt; -ExposeVirtualizationExtensions $true (andere Hosts: geschachtelte Virtualisierung aktivieren bzw. „expose hardware assisted virtualization“). Der virtuelle Computer muss Generation 2 mit sicherem Start sein.</translation>
    </message>
    <message>
        <source>The processor has no VT-x / AMD-V</source>
        <translation>Der Prozessor hat kein VT-x / AMD-V</translation>
    </message>
    <message>
        <source>Without virtualization extensions the Windows hypervisor cannot start, so VBS cannot run.</source>
        <translation>Ohne Virtualisierungserweiterungen kann der Windows-Hypervisor nicht starten, daher kann VBS nicht ausgeführt werden.</translation>
    </message>
    <message>
        <source>This device needs other hardware.</source>
        <translation>Für dieses Gerät ist andere Hardware nötig.</translation>
    </message>
    <message>
        <source>Virtualization enabled in firmware</source>
        <translation>Virtualisierung in der Firmware aktiviert</translation>
    </message>
    <message>
        <source>Virtual machine: decided by the host (see HP-CPU-VIRT)</source>
        <translation>Virtueller Computer: wird vom Host bestimmt (siehe HP-CPU-VIRT)</translation>
    </message>
    <message>
        <source>A guest&apos;s virtualization comes from its host&apos;s settings.</source>
        <translation>Die Virtualisierung eines Gasts hängt von den Einstellungen seines Hosts ab.</translation>
    </message>
    <message>
        <source>VBS runs, so virtualization is enabled</source>
        <translation>VBS wird ausgeführt, die Virtualisierung ist also aktiviert</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Whether firmware enables virtualization</source>
        <translation>Ob die Firmware Virtualisierung aktiviert</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Firmware makes VT-x / AMD-V available.</source>
        <translation>Die Firmware stellt VT-x / AMD-V bereit.</translation>
    </message>
    <message>
        <source>The processor has no extensions (see HP-CPU-VIRT)</source>
        <translation>Der Prozessor hat keine Erweiterungen (siehe HP-CPU-VIRT)</translation>
    </message>
    <message>
        <source>Nothing to enable in firmware.</source>
        <translation>In der Firmware ist nichts zu aktivieren.</translation>
    </message>
    <message>
        <source>Virtualization is disabled in firmware setup</source>
        <translation>Virtualisierung ist in den Firmwareeinstellungen deaktiviert</translation>
    </message>
    <message>
        <source>The processor supports virtualization, but firmware setup has it switched off, so the hypervisor cannot start and VBS cannot run.</source>
        <translation>Der Prozessor unterstützt Virtualisierung, aber sie ist in den Firmwareeinstellungen ausgeschaltet; daher kann der Hypervisor nicht starten und VBS nicht ausgeführt werden.</translation>
    </message>
    <message>
        <source>Enable Intel VT-x (Intel Virtualization Technology) or AMD SVM in firmware setup (usually Advanced &gt; CPU Configuration).</source>
        <translation>Aktivieren Sie Intel VT-x (Intel Virtualization Technology) oder AMD SVM in den Firmwareeinstellungen (meist unter Advanced &gt; CPU Configuration).</translation>
    </message>
    <message>
        <source>Second Level Address Translation</source>
        <translation>Second Level Address Translation</translation>
    </message>
    <message>
        <source>VBS runs, so SLAT is present</source>
        <translation>VBS wird ausgeführt, SLAT ist also vorhanden</translation>
    </message>
    <message>
        <source>SLAT support</source>
        <translation>SLAT-Unterstützung</translation>
    </message>
    <message>
        <source>Present (EPT / RVI)</source>
        <translation>Vorhanden (EPT / RVI)</translation>
    </message>
    <message>
        <source>The hypervisor needs SLAT.</source>
        <translation>Der Hypervisor benötigt SLAT.</translation>
    </message>
    <message>
        <source>No virtualization extensions (see HP-CPU-VIRT)</source>
        <translation>Keine Virtualisierungserweiterungen (siehe HP-CPU-VIRT)</translation>
    </message>
    <message>
        <source>SLAT is part of the virtualization extensions.</source>
        <translation>SLAT ist Teil der Virtualisierungserweiterungen.</translation>
    </message>
    <message>
        <source>The processor has no SLAT</source>
        <translation>Der Prozessor hat kein SLAT</translation>
    </message>
    <message>
        <source>The Windows hypervisor needs SLAT (Intel EPT / AMD RVI); VBS cannot run without it.</source>
        <translation>Der Windows-Hypervisor benötigt SLAT (Intel EPT / AMD RVI); ohne SLAT kann VBS nicht ausgeführt werden.</translation>
    </message>
    <message>
        <source>No-execute (DEP)</source>
        <translation>Datenausführungsverhinderung (DEP)</translation>
    </message>
    <message>
        <source>NX support</source>
        <translation>NX-Unterstützung</translation>
    </message>
    <message>
        <source>VBS needs NX.</source>
        <translation>VBS benötigt NX.</translation>
    </message>
    <message>
        <source>NX / Execute Disable is off</source>
        <translation>NX / Execute Disable ist ausgeschaltet</translation>
    </message>
    <message>
        <source>VBS needs the no-execute protection.</source>
        <translation>VBS benötigt den Schutz vor Datenausführung.</translation>
    </message>
    <message>
        <source>Enable Execute Disable Bit (XD/NX) in firmware setup.</source>
        <translation>Aktivieren Sie „Execute Disable Bit“ (XD/NX) in den Firmwareeinstellungen.</translation>
    </message>
    <message>
        <source>Hypervisor launch in the boot configuration</source>
        <translation>Hypervisorstart in der Startkonfiguration</translation>
    </message>
    <message>
        <source>VBS runs, so the hypervisor launches</source>
        <translation>VBS wird ausgeführt, der Hypervisor startet also</translation>
    </message>
    <message>
        <source>Boot configuration not readable</source>
        <translation>Startkonfiguration nicht lesbar</translation>
    </message>
    <message>
        <source>The boot configuration</source>
        <translation>Die Startkonfiguration</translation>
    </message>
    <message>
        <source>hypervisorlaunchtype is Off</source>
        <translation>hypervisorlaunchtype ist Off</translation>
    </message>
    <message>
        <source>The boot configuration tells Windows not to start the hypervisor (often left by an emulator or game installer, or a tuning script), so VBS cannot run.</source>
        <translation>Die Startkonfiguration weist Windows an, den Hypervisor nicht zu starten (oft von einem Emulator, einem Spielinstallationsprogramm oder einem Optimierungsskript hinterlassen); daher kann VBS nicht ausgeführt werden.</translation>
    </message>
    <message>
        <source>In an elevated prompt run &apos;bcdedit /set {current} hypervisorlaunchtype auto&apos;, then restart. Check first which software turned it off (some older emulators need it off).</source>
        <translation>Führen Sie in einer Eingabeaufforderung mit erhöhten Rechten „bcdedit /set {current} hypervisorlaunchtype auto“ aus, und starten Sie dann neu. Prüfen Sie zuerst, welche Software es ausgeschaltet hat (manche älteren Emulatoren benötigen es ausgeschaltet).</translation>
    </message>
    <message>
        <source>hypervisorlaunchtype %1</source>
        <translation>hypervisorlaunchtype %1</translation>
    </message>
    <message>
        <source>Windows starts the hypervisor at boot when VBS needs it.</source>
        <translation>Windows startet den Hypervisor beim Start, wenn VBS ihn benötigt.</translation>
    </message>
    <message>
        <source>DMA protection</source>
        <translation>DMA-Schutz</translation>
    </message>
    <message>
        <source>VBS requires DMA protection, which this device lacks</source>
        <translation>VBS setzt DMA-Schutz voraus, den dieses Gerät nicht hat</translation>
    </message>
    <message>
        <source>RequirePlatformSecurityFeatures=3 asks for Secure Boot and DMA protection (an IOMMU); Windows reports no DMA protection, so VBS will not start.</source>
        <translation>RequirePlatformSecurityFeatures=3 verlangt sicheren Start und DMA-Schutz (eine IOMMU); Windows meldet keinen DMA-Schutz, daher startet VBS nicht.</translation>
    </message>
    <message>
        <source>Lower the requirement to Secure Boot only (RequirePlatformSecurityFeatures=1) where it is set, or use hardware with an IOMMU (Intel VT-d / AMD-Vi, enabled in firmware).</source>
        <translation>Senken Sie die Anforderung dort, wo sie festgelegt ist, auf nur sicheren Start (RequirePlatformSecurityFeatures=1), oder verwenden Sie Hardware mit einer IOMMU (Intel VT-d / AMD-Vi, in der Firmware aktiviert).</translation>
    </message>
    <message>
        <source>Kernel DMA Protection is on</source>
        <translation>Kernel-DMA-Schutz ist aktiviert</translation>
    </message>
    <message>
        <source>External devices cannot read memory through DMA.</source>
        <translation>Externe Geräte können keinen Arbeitsspeicher über DMA lesen.</translation>
    </message>
    <message>
        <source>Kernel DMA Protection state unknown</source>
        <translation>Status des Kernel-DMA-Schutzes unbekannt</translation>
    </message>
    <message>
        <source>Not needed for hotpatch.</source>
        <translation>Für Hotpatch nicht erforderlich.</translation>
    </message>
    <message>
        <source>Kernel DMA Protection</source>
        <translation>Der Kernel-DMA-Schutz</translation>
    </message>
    <message>
        <source>Kernel DMA Protection is off</source>
        <translation>Kernel-DMA-Schutz ist deaktiviert</translation>
    </message>
    <message>
        <source>Not needed for hotpatch. Only required if VBS is set to require DMA protection (RequirePlatformSecurityFeatures=3). It needs UEFI, an IOMMU and VT-d/AMD-Vi enabled in firmware.</source>
        <translation>Für Hotpatch nicht erforderlich. Nur nötig, wenn VBS so eingestellt ist, dass es DMA-Schutz voraussetzt (RequirePlatformSecurityFeatures=3). Er erfordert UEFI, eine IOMMU und in der Firmware aktiviertes VT-d/AMD-Vi.</translation>
    </message>
    <message>
        <source>VBS configured</source>
        <translation>VBS konfiguriert</translation>
    </message>
    <message>
        <source>Configuration unknown</source>
        <translation>Konfiguration unbekannt</translation>
    </message>
    <message>
        <source>The VBS configuration</source>
        <translation>Die VBS-Konfiguration</translation>
    </message>
    <message>
        <source>VBS is turned on (by %1)</source>
        <translation>VBS ist eingeschaltet (durch %1)</translation>
    </message>
    <message>
        <source>Windows will start VBS at boot when the hardware and firmware allow it.</source>
        <translation>Windows startet VBS beim Start, sobald Hardware und Firmware es zulassen.</translation>
    </message>
    <message>
        <source>Group Policy turns VBS off</source>
        <translation>Gruppenrichtlinie schaltet VBS aus</translation>
    </message>
    <message>
        <source>Intune (MDM) policy turns VBS off</source>
        <translation>Intune-Richtlinie (MDM) schaltet VBS aus</translation>
    </message>
    <message>
        <source>The Group Policy value HKLM\%1\EnableVirtualizationBasedSecurity is 0. A local change would be reverted at the next policy refresh, so this tool does not override it.</source>
        <translation>Der Gruppenrichtlinienwert HKLM\%1\EnableVirtualizationBasedSecurity ist 0. Eine lokale Änderung würde bei der nächsten Richtlinienaktualisierung zurückgesetzt; daher überschreibt dieses Tool ihn nicht.</translation>
    </message>
    <message>
        <source>The MDM policy value HKLM\%1\EnableVirtualizationBasedSecurity is 0. A local change would be reverted at the next policy refresh, so this tool does not override it.</source>
        <translation>Der MDM-Richtlinienwert HKLM\%1\EnableVirtualizationBasedSecurity ist 0. Eine lokale Änderung würde bei der nächsten Richtlinienaktualisierung zurückgesetzt; daher überschreibt dieses Tool ihn nicht.</translation>
    </message>
    <message>
        <source>Set &apos;Turn On Virtualization Based Security&apos; (Computer Configuration &gt; Administrative Templates &gt; System &gt; Device Guard) to Enabled with &apos;Secure Boot&apos; in the GPO that applies, then restart.</source>
        <translation>Setzen Sie „Virtualisierungsbasierte Sicherheit aktivieren“ (Computerkonfiguration &gt; Administrative Vorlagen &gt; System &gt; Device Guard) im zutreffenden Gruppenrichtlinienobjekt auf „Aktiviert“ mit „Sicherer Start“, und starten Sie dann neu.</translation>
    </message>
    <message>
        <source>In Intune, set DeviceGuard/EnableVirtualizationBasedSecurity to 1 (and RequirePlatformSecurityFeatures to 1) in the profile assigned to this device, then restart.</source>
        <translation>Setzen Sie in Intune DeviceGuard/EnableVirtualizationBasedSecurity auf 1 (und RequirePlatformSecurityFeatures auf 1) im Profil, das diesem Gerät zugewiesen ist, und starten Sie dann neu.</translation>
    </message>
    <message>
        <source>VBS is not turned on</source>
        <translation>VBS ist nicht eingeschaltet</translation>
    </message>
    <message>
        <source>Nothing enables virtualization-based security on this device. This tool can turn it on (EnableVirtualizationBasedSecurity=1, RequirePlatformSecurityFeatures=1); it takes effect at the next restart.</source>
        <translation>Nichts aktiviert die virtualisierungsbasierte Sicherheit auf diesem Gerät. Dieses Tool kann sie einschalten (EnableVirtualizationBasedSecurity=1, RequirePlatformSecurityFeatures=1); das wird beim nächsten Neustart wirksam.</translation>
    </message>
    <message>
        <source>Set HKLM\%1 EnableVirtualizationBasedSecurity=1 and RequirePlatformSecurityFeatures=1 (REG_DWORD), then restart once.</source>
        <translation>HKLM\%1 EnableVirtualizationBasedSecurity=1 und RequirePlatformSecurityFeatures=1 (REG_DWORD) setzen, dann einmal neu starten.</translation>
    </message>
    <message>
        <source>Group Policy sets EnableVirtualizationBasedSecurity=0, overriding another source that turns VBS on; fix it in the GPO, not on the device.</source>
        <translation>Die Gruppenrichtlinie setzt EnableVirtualizationBasedSecurity=0 und überstimmt damit eine andere Quelle, die VBS einschaltet; korrigieren Sie es im Gruppenrichtlinienobjekt, nicht auf dem Gerät.</translation>
    </message>
    <message>
        <source>Group Policy sets EnableVirtualizationBasedSecurity=0; fix it in the GPO, not on the device.</source>
        <translation>Die Gruppenrichtlinie setzt EnableVirtualizationBasedSecurity=0; korrigieren Sie es im Gruppenrichtlinienobjekt, nicht auf dem Gerät.</translation>
    </message>
    <message>
        <source>MDM policy sets EnableVirtualizationBasedSecurity=0, overriding another source that turns VBS on; fix it in Intune, not on the device.</source>
        <translation>Die MDM-Richtlinie setzt EnableVirtualizationBasedSecurity=0 und überstimmt damit eine andere Quelle, die VBS einschaltet; korrigieren Sie es in Intune, nicht auf dem Gerät.</translation>
    </message>
    <message>
        <source>MDM policy sets EnableVirtualizationBasedSecurity=0; fix it in Intune, not on the device.</source>
        <translation>Die MDM-Richtlinie setzt EnableVirtualizationBasedSecurity=0; korrigieren Sie es in Intune, nicht auf dem Gerät.</translation>
    </message>
    <message>
        <source>VBS is not turned on by any source (registry, Group Policy or MDM).</source>
        <translation>VBS wird von keiner Quelle eingeschaltet (Registrierung, Gruppenrichtlinie oder MDM).</translation>
    </message>
    <message>
        <source>Secure Boot is unsupported (legacy BIOS boot) while the configuration requires it (RequirePlatformSecurityFeatures=%1).</source>
        <translation>Der sichere Start wird nicht unterstützt (Legacy-BIOS-Start), obwohl die Konfiguration ihn voraussetzt (RequirePlatformSecurityFeatures=%1).</translation>
    </message>
    <message>
        <source>Secure Boot is off while the configuration requires it (RequirePlatformSecurityFeatures=%1).</source>
        <translation>Der sichere Start ist deaktiviert, obwohl die Konfiguration ihn voraussetzt (RequirePlatformSecurityFeatures=%1).</translation>
    </message>
    <message>
        <source>Secure Boot is unsupported (legacy BIOS boot); the VBS fix requires it.</source>
        <translation>Der sichere Start wird nicht unterstützt (Legacy-BIOS-Start); die VBS-Korrektur setzt ihn voraus.</translation>
    </message>
    <message>
        <source>Secure Boot is off; the VBS fix requires it.</source>
        <translation>Der sichere Start ist deaktiviert; die VBS-Korrektur setzt ihn voraus.</translation>
    </message>
    <message>
        <source>The configuration requires DMA protection (RequirePlatformSecurityFeatures=3), but Windows reports none available (no IOMMU, or VT-d/AMD-Vi off in firmware).</source>
        <translation>Die Konfiguration setzt DMA-Schutz voraus (RequirePlatformSecurityFeatures=3), aber Windows meldet keinen verfügbaren (keine IOMMU, oder VT-d/AMD-Vi in der Firmware ausgeschaltet).</translation>
    </message>
    <message>
        <source>32-bit Windows cannot run the hypervisor.</source>
        <translation>32-Bit-Windows kann den Hypervisor nicht ausführen.</translation>
    </message>
    <message>
        <source>This virtual machine&apos;s host does not expose virtualization extensions (nested virtualization is off).</source>
        <translation>Der Host dieses virtuellen Computers stellt keine Virtualisierungserweiterungen bereit (geschachtelte Virtualisierung ist ausgeschaltet).</translation>
    </message>
    <message>
        <source>The processor has no virtualization extensions (VT-x / AMD-V).</source>
        <translation>Der Prozessor hat keine Virtualisierungserweiterungen (VT-x / AMD-V).</translation>
    </message>
    <message>
        <source>Virtualization (Intel VT-x / AMD SVM) is disabled in firmware setup.</source>
        <translation>Die Virtualisierung (Intel VT-x / AMD SVM) ist in den Firmwareeinstellungen deaktiviert.</translation>
    </message>
    <message>
        <source>The processor has no Second Level Address Translation (EPT/RVI).</source>
        <translation>Der Prozessor hat keine Second Level Address Translation (EPT/RVI).</translation>
    </message>
    <message>
        <source>No-execute protection (NX/XD) is off.</source>
        <translation>Der Schutz vor Datenausführung (NX/XD) ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>The boot configuration has hypervisorlaunchtype Off, so the hypervisor never starts.</source>
        <translation>Die Startkonfiguration enthält hypervisorlaunchtype Off, daher startet der Hypervisor nie.</translation>
    </message>
    <message>
        <source>VBS was turned on after the last boot; it starts only after a restart, and only once the other causes listed are fixed.</source>
        <translation>VBS wurde nach dem letzten Start eingeschaltet; es startet erst nach einem Neustart, und erst wenn die anderen aufgeführten Ursachen behoben sind.</translation>
    </message>
    <message>
        <source>VBS was turned on after the last boot; it starts only after a restart.</source>
        <translation>VBS wurde nach dem letzten Start eingeschaltet; es startet erst nach einem Neustart.</translation>
    </message>
    <message>
        <source>Windows reports VBS enabled but not running, and none of the known causes was found. Check the System event log (Kernel-Boot) and msinfo32; unknown facts above may hide the cause.</source>
        <translation>Windows meldet VBS als aktiviert, aber nicht ausgeführt, und keine der bekannten Ursachen wurde gefunden. Prüfen Sie das Systemereignisprotokoll (Kernel-Boot) und msinfo32; unbekannte Fakten oben können die Ursache verbergen.</translation>
    </message>
    <message>
        <source>VBS running</source>
        <translation>VBS wird ausgeführt</translation>
    </message>
    <message>
        <source>VBS state unknown</source>
        <translation>VBS-Status unbekannt</translation>
    </message>
    <message>
        <source>Virtualization-based security: Running</source>
        <extracomment>%1: why VBS does not run (the diagnosis, whole sentences).</extracomment>
        <translation>Virtualisierungsbasierte Sicherheit: Wird ausgeführt</translation>
    </message>
    <message>
        <source>VBS runs: the hard gate for hotpatch is met.</source>
        <translation>VBS wird ausgeführt: Die zwingende Voraussetzung für Hotpatch ist erfüllt.</translation>
    </message>
    <message>
        <source>Virtualization-based security: Not enabled</source>
        <translation>Virtualisierungsbasierte Sicherheit: Nicht aktiviert</translation>
    </message>
    <message>
        <source>Virtualization-based security: Enabled but not running</source>
        <translation>Virtualisierungsbasierte Sicherheit: Aktiviert, aber nicht ausgeführt</translation>
    </message>
    <message>
        <source>Hotpatch is offered only while VBS runs.</source>
        <translation>Hotpatch wird nur angeboten, solange VBS ausgeführt wird.</translation>
    </message>
    <message>
        <source>Apply the VBS fix (if needed) and restart once.</source>
        <translation>Wenden Sie die VBS-Korrektur an (falls nötig), und starten Sie einmal neu.</translation>
    </message>
    <message>
        <source>Investigate the cause (see the diagnosis).</source>
        <translation>Untersuchen Sie die Ursache (siehe die Diagnose).</translation>
    </message>
    <message>
        <source>Fix the causes listed in the diagnosis; VBS starts at the next restart.</source>
        <translation>Beheben Sie die in der Diagnose aufgeführten Ursachen; VBS startet beim nächsten Neustart.</translation>
    </message>
    <message>
        <source>CHPE disabled (Arm64)</source>
        <translation>CHPE deaktiviert (Arm64)</translation>
    </message>
    <message>
        <source>CHPE applies to Arm64 only.</source>
        <translation>CHPE betrifft nur Arm64.</translation>
    </message>
    <message>
        <source>Not Arm64: Intel and AMD processors have no CHPE</source>
        <translation>Nicht Arm64: Intel- und AMD-Prozessoren haben kein CHPE</translation>
    </message>
    <message>
        <source>Only Arm64 devices need CHPE disabled.</source>
        <translation>Nur Arm64-Geräte müssen CHPE deaktivieren.</translation>
    </message>
    <message>
        <source>CHPE state unknown</source>
        <translation>CHPE-Status unbekannt</translation>
    </message>
    <message>
        <source>CHPE is disabled (HotPatchRestrictions=1)</source>
        <translation>CHPE ist deaktiviert (HotPatchRestrictions=1)</translation>
    </message>
    <message>
        <source>Arm64 hotpatch requirement met.</source>
        <translation>Arm64-Voraussetzung für Hotpatch erfüllt.</translation>
    </message>
    <message>
        <source>Disabling CHPE makes x86 apps use the emulation-only binaries instead of CHPE binaries, which Microsoft warns may affect performance or compatibility. To undo: HotPatchRestrictions=0 and restart.</source>
        <translation>Wenn CHPE deaktiviert ist, verwenden x86-Apps die reinen Emulationsbinärdateien statt der CHPE-Binärdateien; laut Microsoft kann das Leistung oder Kompatibilität beeinträchtigen. Rückgängig machen: HotPatchRestrictions=0 und Neustart.</translation>
    </message>
    <message>
        <source>CHPE disable is set and waits for a restart</source>
        <translation>CHPE-Deaktivierung ist gesetzt und wartet auf einen Neustart</translation>
    </message>
    <message>
        <source>HotPatchRestrictions=1 takes effect at the next restart.</source>
        <translation>HotPatchRestrictions=1 wird beim nächsten Neustart wirksam.</translation>
    </message>
    <message>
        <source>Restart once.</source>
        <translation>Einmal neu starten.</translation>
    </message>
    <message>
        <source>CHPE is enabled: Arm64 hotpatch needs it disabled</source>
        <translation>CHPE ist aktiviert: Hotpatch auf Arm64 erfordert, dass es deaktiviert ist</translation>
    </message>
    <message>
        <source>Hotpatch updates cannot service CHPE binaries in %SystemRoot%\SyChpe32.</source>
        <translation>Hotpatch-Updates können CHPE-Binärdateien in %SystemRoot%\SyChpe32 nicht warten.</translation>
    </message>
    <message>
        <source>Set HKLM\%1 HotPatchRestrictions=1 (REG_DWORD), then restart once.</source>
        <translation>HKLM\%1 HotPatchRestrictions=1 (REG_DWORD) setzen, dann einmal neu starten.</translation>
    </message>
    <message>
        <source>Intune management</source>
        <translation>Intune-Verwaltung</translation>
    </message>
    <message>
        <source>Windows Server: managed through Azure Arc, not Intune</source>
        <translation>Windows Server: über Azure Arc verwaltet, nicht über Intune</translation>
    </message>
    <message>
        <source>Server hotpatch is enabled in Azure Arc / Azure Update Manager (see HP-HOTPATCH-POLICY).</source>
        <translation>Hotpatch für Server wird in Azure Arc / Azure Update Manager aktiviert (siehe HP-HOTPATCH-POLICY).</translation>
    </message>
    <message>
        <source>Enrollment unknown</source>
        <translation>Registrierung unbekannt</translation>
    </message>
    <message>
        <source>MDM enrollment</source>
        <translation>Die MDM-Registrierung</translation>
    </message>
    <message>
        <source>Not enrolled in MDM</source>
        <translation>Nicht bei MDM registriert</translation>
    </message>
    <message>
        <source>Hotpatch is turned on by an Intune Windows quality update policy, so the device must be enrolled in Intune.</source>
        <translation>Hotpatch wird durch eine Intune-Richtlinie für Windows-Qualitätsupdates eingeschaltet; das Gerät muss daher bei Intune registriert sein.</translation>
    </message>
    <message>
        <source>Enroll the device in Intune (Settings &gt; Accounts &gt; Access work or school, or Autopilot / Entra join with automatic MDM enrollment).</source>
        <translation>Registrieren Sie das Gerät bei Intune (Einstellungen &gt; Konten &gt; Auf Arbeits- oder Schulkonto zugreifen, oder Autopilot / Entra-Einbindung mit automatischer MDM-Registrierung).</translation>
    </message>
    <message>
        <source>Enrolled in Microsoft Intune</source>
        <translation>Bei Microsoft Intune registriert</translation>
    </message>
    <message>
        <source>Intune can deliver the hotpatch policy.</source>
        <translation>Intune kann die Hotpatch-Richtlinie bereitstellen.</translation>
    </message>
    <message>
        <source>Enrolled, provider not identified</source>
        <translation>Registriert, Anbieter nicht erkannt</translation>
    </message>
    <message>
        <source>The device is registered with management, but the enrollment does not name Intune; confirm in the Intune admin center.</source>
        <translation>Das Gerät ist bei einer Verwaltung registriert, aber die Registrierung nennt Intune nicht; prüfen Sie es im Intune Admin Center.</translation>
    </message>
    <message>
        <source>Managed by %1, not Intune</source>
        <translation>Verwaltet von %1, nicht von Intune</translation>
    </message>
    <message>
        <source>Hotpatch is turned on by an Intune / Windows Autopatch quality update policy.</source>
        <translation>Hotpatch wird durch eine Intune- / Windows Autopatch-Richtlinie für Qualitätsupdates eingeschaltet.</translation>
    </message>
    <message>
        <source>Move the device to Intune management (co-management workloads included).</source>
        <translation>Verschieben Sie das Gerät in die Intune-Verwaltung (einschließlich Co-Verwaltungs-Workloads).</translation>
    </message>
    <message>
        <source>Hotpatch policy</source>
        <translation>Hotpatch-Richtlinie</translation>
    </message>
    <message>
        <source>Hotpatch Enrollment Package installed</source>
        <translation>Hotpatch Enrollment Package installiert</translation>
    </message>
    <message>
        <source>The server shows the hotpatch enrollment package (a third-party-documented signal [3P]).</source>
        <translation>Der Server zeigt das Hotpatch-Registrierungspaket (ein von Dritten dokumentiertes Signal [3P]).</translation>
    </message>
    <message>
        <source>No hotpatch enrollment seen on this server</source>
        <translation>Keine Hotpatch-Registrierung auf diesem Server gefunden</translation>
    </message>
    <message>
        <source>The &apos;Hotpatch Enrollment Package&apos; was not found (a third-party-documented signal [3P]). Hotpatch for Windows Server 2025 is enabled in Azure Arc (or is built into Azure Edition).</source>
        <translation>Das „Hotpatch Enrollment Package“ wurde nicht gefunden (ein von Dritten dokumentiertes Signal [3P]). Hotpatch für Windows Server 2025 wird in Azure Arc aktiviert (oder ist in Azure Edition integriert).</translation>
    </message>
    <message>
        <source>Arc-enable the server and select Hotpatch in the Azure portal.</source>
        <translation>Aktivieren Sie Arc für den Server, und wählen Sie Hotpatch im Azure-Portal aus.</translation>
    </message>
    <message>
        <source>No MDM: no policy can arrive (see HP-MDM)</source>
        <translation>Kein MDM: Es kann keine Richtlinie ankommen (siehe HP-MDM)</translation>
    </message>
    <message>
        <source>The hotpatch policy comes from Intune.</source>
        <translation>Die Hotpatch-Richtlinie kommt aus Intune.</translation>
    </message>
    <message>
        <source>Policy state unknown</source>
        <translation>Richtlinienstatus unbekannt</translation>
    </message>
    <message>
        <source>The hotpatch policy</source>
        <translation>Die Hotpatch-Richtlinie</translation>
    </message>
    <message>
        <source>AllowRebootlessUpdates=1: hotpatch is turned on</source>
        <translation>AllowRebootlessUpdates=1: Hotpatch ist eingeschaltet</translation>
    </message>
    <message>
        <source>The Intune quality update policy with hotpatch reached this device. (Registry location from third-party tools, not documented by Microsoft [UNCONFIRMED].) Settings &gt; Windows Update &gt; Advanced options &gt; Configured update policies should list &apos;Enable hotpatching when available&apos;.</source>
        <translation>Die Intune-Richtlinie für Qualitätsupdates mit Hotpatch hat dieses Gerät erreicht. (Registrierungspfad aus Tools von Drittanbietern, von Microsoft nicht dokumentiert [UNCONFIRMED].) Unter Einstellungen &gt; Windows Update &gt; Erweiterte Optionen &gt; Konfigurierte Updaterichtlinien sollte „Hotpatching aktivieren, wenn verfügbar“ stehen.</translation>
    </message>
    <message>
        <source>AllowRebootlessUpdates=%1: hotpatch is turned off</source>
        <translation>AllowRebootlessUpdates=%1: Hotpatch ist ausgeschaltet</translation>
    </message>
    <message>
        <source>The policy that reached this device does not allow hotpatch.</source>
        <translation>Die Richtlinie, die dieses Gerät erreicht hat, lässt Hotpatch nicht zu.</translation>
    </message>
    <message>
        <source>In Intune (Devices &gt; Windows updates &gt; Quality updates), set &apos;When available, apply without restarting the device (&quot;Hotpatch&quot;)&apos; to Allow in the policy assigned to this device.</source>
        <translation>Setzen Sie in Intune (Geräte &gt; Windows-Updates &gt; Qualitätsupdates) „When available, apply without restarting the device (&quot;Hotpatch&quot;)“ in der diesem Gerät zugewiesenen Richtlinie auf „Allow“.</translation>
    </message>
    <message>
        <source>No hotpatch policy value found on the device</source>
        <translation>Kein Hotpatch-Richtlinienwert auf dem Gerät gefunden</translation>
    </message>
    <message>
        <source>No AllowRebootlessUpdates value was found (a location used by third-party tools, not documented by Microsoft [UNCONFIRMED]). Since the May 2026 update, Windows Autopatch turns hotpatch on by default for eligible devices that have no quality update policy, so this may still be fine.</source>
        <translation>Es wurde kein Wert AllowRebootlessUpdates gefunden (ein Pfad, den Tools von Drittanbietern verwenden, von Microsoft nicht dokumentiert [UNCONFIRMED]). Seit dem Update vom Mai 2026 schaltet Windows Autopatch Hotpatch standardmäßig für berechtigte Geräte ohne Qualitätsupdaterichtlinie ein; es kann also trotzdem in Ordnung sein.</translation>
    </message>
    <message>
        <source>Confirm in Intune that a Windows quality update policy with Hotpatch set to Allow (or the Autopatch default) applies to this device; on the device check Settings &gt; Windows Update &gt; Advanced options &gt; Configured update policies for &apos;Enable hotpatching when available&apos;.</source>
        <translation>Prüfen Sie in Intune, ob eine Richtlinie für Windows-Qualitätsupdates mit Hotpatch auf „Allow“ (oder die Autopatch-Standardeinstellung) für dieses Gerät gilt; prüfen Sie auf dem Gerät unter Einstellungen &gt; Windows Update &gt; Erweiterte Optionen &gt; Konfigurierte Updaterichtlinien, ob „Hotpatching aktivieren, wenn verfügbar“ aufgeführt ist.</translation>
    </message>
    <message>
        <source>Eligible licence</source>
        <translation>Berechtigte Lizenz</translation>
    </message>
    <message>
        <source>The licence cannot be verified on the device</source>
        <translation>Die Lizenz kann auf dem Gerät nicht überprüft werden</translation>
    </message>
    <message>
        <source>Hotpatch for Windows Server 2025 Standard/Datacenter comes with Azure Arc (no extra cost since the 2025 announcement); Azure Edition includes it. Nothing on the server shows it.</source>
        <translation>Hotpatch für Windows Server 2025 Standard/Datacenter ist in Azure Arc enthalten (seit der Ankündigung 2025 ohne Zusatzkosten); Azure Edition enthält es. Auf dem Server ist davon nichts zu sehen.</translation>
    </message>
    <message>
        <source>Check the Arc subscription / Azure portal for this server.</source>
        <translation>Prüfen Sie das Arc-Abonnement bzw. das Azure-Portal für diesen Server.</translation>
    </message>
    <message>
        <source>Hotpatch needs one of: Windows 11 Enterprise E3 or E5, Microsoft 365 F3, Windows 11 Education A3 or A5, Microsoft 365 Business Premium, or Windows 365 Enterprise. Licences are assigned in the cloud and leave no trace on the device.</source>
        <translation>Hotpatch erfordert eine der folgenden Lizenzen: Windows 11 Enterprise E3 oder E5, Microsoft 365 F3, Windows 11 Education A3 oder A5, Microsoft 365 Business Premium oder Windows 365 Enterprise. Lizenzen werden in der Cloud zugewiesen und hinterlassen keine Spur auf dem Gerät.</translation>
    </message>
    <message>
        <source>Check the primary user&apos;s licences in the Microsoft 365 admin center (Users &gt; Active users &gt; Licenses and apps), or the Intune / Autopatch hotpatch report.</source>
        <translation>Prüfen Sie die Lizenzen des Hauptbenutzers im Microsoft 365 Admin Center (Benutzer &gt; Aktive Benutzer &gt; Lizenzen und Apps) oder den Hotpatch-Bericht von Intune / Autopatch.</translation>
    </message>
    <message>
        <source>Pending restart</source>
        <translation>Ausstehender Neustart</translation>
    </message>
    <message>
        <source>The pending-restart indicators</source>
        <translation>Die Anzeichen für ausstehende Neustarts</translation>
    </message>
    <message>
        <source>No restart pending</source>
        <translation>Kein Neustart ausstehend</translation>
    </message>
    <message>
        <source>Nothing waits for a restart.</source>
        <translation>Nichts wartet auf einen Neustart.</translation>
    </message>
    <message>
        <source>A restart is pending (%1)</source>
        <translation>Ein Neustart steht aus (%1)</translation>
    </message>
    <message>
        <source>Updates or changes wait for a restart; until then the build and settings in effect are the old ones. The single restart this tool schedules completes them too.</source>
        <translation>Updates oder Änderungen warten auf einen Neustart; bis dahin gelten noch der alte Build und die alten Einstellungen. Der eine Neustart, den dieses Tool plant, schließt auch sie ab.</translation>
    </message>
    <message>
        <source>Restart once (the same restart as the fixes).</source>
        <translation>Einmal neu starten (derselbe Neustart wie für die Korrekturen).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A next step: %1 is the check&apos;s id (HP-...), %2 what to do.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Restart the device once; every change above (and any pending update) takes effect with that single restart.</source>
        <translation>Starten Sie das Gerät einmal neu; jede Änderung oben (und jedes ausstehende Update) wird mit diesem einen Neustart wirksam.</translation>
    </message>
    <message>
        <source>After the restart, assess again: msinfo32 &apos;Virtualization-based security&apos; must read Running and the verdict must be ready.</source>
        <translation>Prüfen Sie nach dem Neustart erneut: msinfo32 muss bei „Virtualisierungsbasierte Sicherheit“ „Wird ausgeführt“ anzeigen, und die Bewertung muss „bereit“ lauten.</translation>
    </message>
    <message>
        <source>asked for: the values Group Policy writes, set locally (no domain GPO or MDM here)</source>
        <translation>angefordert: die Werte, die die Gruppenrichtlinie schreibt, lokal gesetzt (hier kein Domänen-Gruppenrichtlinienobjekt und kein MDM)</translation>
    </message>
    <message>
        <source>local policy values already exist under HKLM\%1 and outrank the runtime key; no domain GPO or MDM governs them</source>
        <translation>lokale Richtlinienwerte existieren bereits unter HKLM\%1 und haben Vorrang vor dem Laufzeitschlüssel; kein Domänen-Gruppenrichtlinienobjekt und kein MDM steuert sie</translation>
    </message>
    <message>
        <source>the runtime DeviceGuard key (policy values exist but are governed by a domain GPO or MDM, which this tool does not overwrite)</source>
        <translation>der Laufzeitschlüssel DeviceGuard (Richtlinienwerte existieren, werden aber von einem Domänen-Gruppenrichtlinienobjekt oder MDM gesteuert, die dieses Tool nicht überschreibt)</translation>
    </message>
    <message>
        <source>the runtime DeviceGuard key, Microsoft&apos;s documented registry method; no Group Policy or MDM sets VBS on this device</source>
        <translation>der Laufzeitschlüssel DeviceGuard, die von Microsoft dokumentierte Registrierungsmethode; keine Gruppenrichtlinie und kein MDM legt VBS auf diesem Gerät fest</translation>
    </message>
    <message>
        <source>DMA protection was asked for, but Windows reports no DMA protection on this device (AvailableSecurityProperties lacks 3): requiring it would stop VBS from starting, so the plan requires Secure Boot only (RequirePlatformSecurityFeatures=1).</source>
        <translation>DMA-Schutz wurde angefordert, aber Windows meldet auf diesem Gerät keinen DMA-Schutz (AvailableSecurityProperties enthält 3 nicht): Ihn vorauszusetzen würde den Start von VBS verhindern, daher setzt der Plan nur den sicheren Start voraus (RequirePlatformSecurityFeatures=1).</translation>
    </message>
    <message>
        <source>turns on virtualization-based security at the next boot</source>
        <translation>schaltet die virtualisierungsbasierte Sicherheit beim nächsten Start ein</translation>
    </message>
    <message>
        <source>VBS requires Secure Boot and DMA protection (asked for)</source>
        <translation>VBS setzt sicheren Start und DMA-Schutz voraus (angefordert)</translation>
    </message>
    <message>
        <source>VBS requires Secure Boot (Microsoft&apos;s recommended setting)</source>
        <translation>VBS setzt den sicheren Start voraus (die von Microsoft empfohlene Einstellung)</translation>
    </message>
    <message>
        <source>RequirePlatformSecurityFeatures is set by %1 on this device; the plan leaves it to that policy.</source>
        <extracomment>%1: the source&apos;s code, group_policy or mdm.</extracomment>
        <translation>RequirePlatformSecurityFeatures wird auf diesem Gerät durch %1 festgelegt; der Plan überlässt es dieser Richtlinie.</translation>
    </message>
    <message>
        <source>turns on memory integrity without UEFI lock (asked for)</source>
        <translation>schaltet die Speicherintegrität ohne UEFI-Sperre ein (angefordert)</translation>
    </message>
    <message>
        <source>turns on memory integrity (asked for)</source>
        <translation>schaltet die Speicherintegrität ein (angefordert)</translation>
    </message>
    <message>
        <source>Memory integrity (HVCI) blocks drivers that are not compatible with it; a boot-critical incompatible driver can keep it off. Hotpatch needs VBS running, not memory integrity. After the restart, check Windows Security &gt; Device security &gt; Core isolation for incompatible drivers.</source>
        <translation>Die Speicherintegrität (HVCI) blockiert Treiber, die nicht mit ihr kompatibel sind; ein inkompatibler startkritischer Treiber kann sie ausgeschaltet lassen. Hotpatch erfordert laufende VBS, nicht die Speicherintegrität. Prüfen Sie nach dem Neustart unter Windows-Sicherheit &gt; Gerätesicherheit &gt; Kernisolierung, ob inkompatible Treiber vorhanden sind.</translation>
    </message>
    <message>
        <source>disables CHPE binaries on Arm64 at the next boot</source>
        <translation>deaktiviert CHPE-Binärdateien auf Arm64 beim nächsten Start</translation>
    </message>
    <message>
        <source>Disabling CHPE makes x86 apps use the emulation-only binaries instead of CHPE binaries; Microsoft warns this may affect performance or compatibility. To undo: HotPatchRestrictions=0 (or rollback) and restart.</source>
        <translation>Wenn CHPE deaktiviert ist, verwenden x86-Apps die reinen Emulationsbinärdateien statt der CHPE-Binärdateien; laut Microsoft kann das Leistung oder Kompatibilität beeinträchtigen. Rückgängig machen: HotPatchRestrictions=0 (oder Rollback) und Neustart.</translation>
    </message>
    <message>
        <source>the registry changes above take effect at boot</source>
        <translation>die Registrierungsänderungen oben werden beim Start wirksam</translation>
    </message>
    <message>
        <source>VBS was turned on since the last boot and starts at the next one</source>
        <translation>VBS wurde seit dem letzten Start eingeschaltet und startet beim nächsten</translation>
    </message>
    <message>
        <source>a CHPE change waits for a restart</source>
        <translation>eine CHPE-Änderung wartet auf einen Neustart</translation>
    </message>
    <message>
        <source>Windows has a restart pending (%1)</source>
        <extracomment>%1: Windows&apos; pending-restart indicators (codes), comma-separated.</extracomment>
        <translation>Windows hat einen ausstehenden Neustart (%1)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>A manual step: %1 the check&apos;s summary (what was found), %2 what to do.</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Could not be checked: %1</source>
        <translation>Konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>CHPE is disabled</source>
        <translation>CHPE ist deaktiviert</translation>
    </message>
    <message>
        <source>CHPE is still enabled: the restart has not happened since the change</source>
        <translation>CHPE ist noch aktiviert: Der Neustart ist seit der Änderung nicht erfolgt</translation>
    </message>
    <message>
        <source>memory integrity is running</source>
        <translation>Speicherintegrität wird ausgeführt</translation>
    </message>
    <message>
        <source>memory integrity is not running (an incompatible driver, or VBS not running).</source>
        <translation>Speicherintegrität wird nicht ausgeführt (ein inkompatibler Treiber, oder VBS wird nicht ausgeführt).</translation>
    </message>
    <message>
        <source>VBS is configured but not running: %1</source>
        <translation>VBS ist konfiguriert, wird aber nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>the value is no longer what was written (something changed it back, e.g. a policy refresh); %1</source>
        <extracomment>%1: whether the change took effect (a sentence).</extracomment>
        <translation>der Wert ist nicht mehr der geschriebene (etwas hat ihn zurückgesetzt, z. B. eine Richtlinienaktualisierung); %1</translation>
    </message>
    <message>
        <source>Secure Boot 2023 certificates</source>
        <translation>Zertifikate 2023 für den sicheren Start</translation>
    </message>
    <message>
        <source>Microsoft&apos;s 2011 Secure Boot certificates expired in 2026 (KEK CA 2011 on 2026-06-24, UEFI CA 2011 on 2026-06-27, Windows Production PCA 2011 on 2026-10-19). A device without the 2023 certificates keeps booting and receiving normal Windows updates, but no longer receives boot manager security updates, Secure Boot database and revocation updates, or mitigations for future boot-level vulnerabilities. It does not affect hotpatch readiness, and no hotpatch fixes it.</source>
        <translation>Die Zertifikate von Microsoft für den sicheren Start aus dem Jahr 2011 sind 2026 abgelaufen (KEK CA 2011 am 2026-06-24, UEFI CA 2011 am 2026-06-27, Windows Production PCA 2011 am 2026-10-19). Ein Gerät ohne die Zertifikate von 2023 startet weiterhin und erhält normale Windows-Updates, aber keine Sicherheitsupdates für den Start-Manager, keine Updates der Datenbank und der Sperrungen des sicheren Starts und keine Abhilfemaßnahmen für künftige Sicherheitslücken auf Startebene mehr. Das wirkt sich nicht auf die Hotpatch-Bereitschaft aus, und kein Hotpatch behebt es.</translation>
    </message>
    <message>
        <source>The update (AvailableUpdates=0x5944) writes firmware variables (DB, then the KEK, which needs a PK-signed KEK from the device maker), installs the boot manager signed by Windows UEFI CA 2023 and needs more than one restart, separate from the hotpatch fix. With BitLocker on, suspend it for those restarts or have the recovery key at hand. Known firmware problems: firmware that rejects the write (event 1795), no PK-signed KEK for this firmware (AvailableUpdates stays 0x4004, event 1803), BIOS options that disable the 2023 CAs, firmware shipped in UEFI Deployed Mode.</source>
        <translation>Das Update (AvailableUpdates=0x5944) schreibt Firmwarevariablen (DB, dann den KEK, wofür ein mit dem PK signierter KEK vom Gerätehersteller nötig ist), installiert den mit Windows UEFI CA 2023 signierten Start-Manager und erfordert mehr als einen Neustart, getrennt von der Hotpatch-Korrektur. Ist BitLocker aktiviert, halten Sie es für diese Neustarts an, oder halten Sie den Wiederherstellungsschlüssel bereit. Bekannte Firmwareprobleme: Firmware, die das Schreiben ablehnt (Ereignis 1795), kein mit dem PK signierter KEK für diese Firmware (AvailableUpdates bleibt 0x4004, Ereignis 1803), BIOS-Optionen, die die Zertifizierungsstellen von 2023 deaktivieren, im UEFI Deployed Mode ausgelieferte Firmware.</translation>
    </message>
    <message>
        <source>Fleets: Intune or Group Policy &apos;Enable Secure Boot Certificate Deployment&apos; (KB5068198). This device: &apos;hotpatch-ready-cli secureboot plan&apos;, then &apos;secureboot apply --confirm&apos; (opt-in, its own restarts).</source>
        <translation>Flotten: Intune oder die Gruppenrichtlinie „Enable Secure Boot Certificate Deployment“ (KB5068198). Dieses Gerät: „hotpatch-ready-cli secureboot plan“, dann „secureboot apply --confirm“ (nur nach ausdrücklicher Aktivierung, mit eigenen Neustarts).</translation>
    </message>
    <message>
        <source>Legacy BIOS boot: no Secure Boot certificates</source>
        <translation>Legacy-BIOS-Start: keine Zertifikate für den sicheren Start</translation>
    </message>
    <message>
        <source>The certificate rollover concerns UEFI devices with Secure Boot.</source>
        <translation>Der Zertifikatwechsel betrifft UEFI-Geräte mit sicherem Start.</translation>
    </message>
    <message>
        <source>Secure Boot is off: the certificate update does not run</source>
        <translation>Sicherer Start ist deaktiviert: Das Update der Zertifikate wird nicht ausgeführt</translation>
    </message>
    <message>
        <source>With Secure Boot off the update fails (event 1796); turn Secure Boot on first (see HP-SECUREBOOT).</source>
        <translation>Bei deaktiviertem sicherem Start schlägt das Update fehl (Ereignis 1796); aktivieren Sie zuerst den sicheren Start (siehe HP-SECUREBOOT).</translation>
    </message>
    <message>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <source>The certificate update failed (UEFICA2023Error %1, event %2)</source>
        <translation>Das Update der Zertifikate ist fehlgeschlagen (UEFICA2023Error %1, Ereignis %2)</translation>
    </message>
    <message>
        <source>The certificate update failed (UEFICA2023Error %1)</source>
        <translation>Das Update der Zertifikate ist fehlgeschlagen (UEFICA2023Error %1)</translation>
    </message>
    <message>
        <source>The update was started but the firmware or Windows reported an error; see the event (1795: the firmware refused the variable write, often fixed by a firmware update from the device maker).</source>
        <translation>Das Update wurde gestartet, aber die Firmware oder Windows hat einen Fehler gemeldet; siehe das Ereignis (1795: Die Firmware hat das Schreiben der Variablen abgelehnt; oft behebt das ein Firmwareupdate des Geräteherstellers).</translation>
    </message>
    <message>
        <source>Update the device firmware (BIOS/UEFI) from the maker, then let the Secure-Boot-Update task retry; &apos;hotpatch-ready-cli secureboot verify&apos; reads the result.</source>
        <translation>Aktualisieren Sie die Firmware des Geräts (BIOS/UEFI) mit einem Update des Herstellers, und lassen Sie die Aufgabe Secure-Boot-Update es dann erneut versuchen; „hotpatch-ready-cli secureboot verify“ liest das Ergebnis.</translation>
    </message>
    <message>
        <source>Windows UEFI CA 2023 (DB)</source>
        <translation>Windows UEFI CA 2023 (DB)</translation>
    </message>
    <message>
        <source>Microsoft Corporation KEK 2K CA 2023 (KEK)</source>
        <translation>Microsoft Corporation KEK 2K CA 2023 (KEK)</translation>
    </message>
    <message>
        <source>Microsoft UEFI CA 2023 (DB)</source>
        <translation>Microsoft UEFI CA 2023 (DB)</translation>
    </message>
    <message>
        <source>Microsoft Option ROM UEFI CA 2023 (DB)</source>
        <translation>Microsoft Option ROM UEFI CA 2023 (DB)</translation>
    </message>
    <message>
        <source>the boot manager signed by Windows UEFI CA 2023</source>
        <translation>der mit Windows UEFI CA 2023 signierte Start-Manager</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A list of items: %1 the items so far, %2 the next one.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The 2023 certificates are in place and the 2023-signed boot manager starts</source>
        <translation>Die Zertifikate von 2023 sind vorhanden, und der mit dem Zertifikat von 2023 signierte Start-Manager wird gestartet</translation>
    </message>
    <message>
        <source>DB and KEK hold the 2023 certificates; boot-level security updates keep coming after the 2011 certificates&apos; expiry.</source>
        <translation>DB und KEK enthalten die Zertifikate von 2023; Sicherheitsupdates auf Startebene kommen auch nach dem Ablauf der Zertifikate von 2011 weiterhin an.</translation>
    </message>
    <message>
        <source>Windows reports the update as done (UEFICA2023Status=Updated, WindowsUEFICA2023Capable=2); the firmware databases could not be read to confirm it (%1).</source>
        <translation>Windows meldet das Update als abgeschlossen (UEFICA2023Status=Updated, WindowsUEFICA2023Capable=2); die Firmwaredatenbanken konnten zur Bestätigung nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The Secure Boot certificates could not be read</source>
        <translation>Die Zertifikate für den sicheren Start konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>The Secure Boot databases</source>
        <translation>Der Inhalt der Datenbanken des sicheren Starts</translation>
    </message>
    <message>
        <source>This never changes the hotpatch verdict.</source>
        <translation>Das ändert nie etwas an der Hotpatch-Bewertung.</translation>
    </message>
    <message>
        <source>The update has started (%1); the KEK step waits for a PK-signed KEK from the device maker (event 1803).</source>
        <extracomment>%1: the registry value that shows it, e.g. &quot;AvailableUpdates 0x4100&quot;.</extracomment>
        <translation>Das Update hat begonnen (%1); der KEK-Schritt wartet auf einen mit dem PK signierten KEK vom Gerätehersteller (Ereignis 1803).</translation>
    </message>
    <message>
        <source>The update has started (%1); one or more restarts are still needed to finish it.</source>
        <translation>Das Update hat begonnen (%1); zum Abschluss sind noch ein oder mehrere Neustarts nötig.</translation>
    </message>
    <message>
        <source>Certificate update in progress: still missing %1</source>
        <translation>Update der Zertifikate in Bearbeitung, noch ausstehend: %1</translation>
    </message>
    <message>
        <source>Ask the device maker for a PK-signed KEK (firmware update); the task retries every 12 hours.</source>
        <translation>Fragen Sie beim Gerätehersteller nach einem mit dem PK signierten KEK (Firmwareupdate); die Aufgabe versucht es alle 12 Stunden erneut.</translation>
    </message>
    <message>
        <source>Restart the device (more than once may be needed), then &apos;hotpatch-ready-cli secureboot verify&apos;.</source>
        <translation>Starten Sie das Gerät neu (möglicherweise mehrmals), und führen Sie dann „hotpatch-ready-cli secureboot verify“ aus.</translation>
    </message>
    <message>
        <source>Still on the 2011 Secure Boot certificates: missing %1</source>
        <translation>Weiterhin die Zertifikate von 2011 für den sicheren Start; nicht vorhanden: %1</translation>
    </message>
    <message>
        <source>January %1</source>
        <translation>Januar %1</translation>
    </message>
    <message>
        <source>February %1</source>
        <translation>Februar %1</translation>
    </message>
    <message>
        <source>March %1</source>
        <translation>März %1</translation>
    </message>
    <message>
        <source>April %1</source>
        <translation>April %1</translation>
    </message>
    <message>
        <source>May %1</source>
        <translation>Mai %1</translation>
    </message>
    <message>
        <source>June %1</source>
        <translation>Juni %1</translation>
    </message>
    <message>
        <source>July %1</source>
        <translation>Juli %1</translation>
    </message>
    <message>
        <source>August %1</source>
        <translation>August %1</translation>
    </message>
    <message>
        <source>September %1</source>
        <translation>September %1</translation>
    </message>
    <message>
        <source>October %1</source>
        <translation>Oktober %1</translation>
    </message>
    <message>
        <source>November %1</source>
        <translation>November %1</translation>
    </message>
    <message>
        <source>December %1</source>
        <translation>Dezember %1</translation>
    </message>
    <message>
        <source>Build %1 (%2) is on no hotpatch track in the release table dated %3.</source>
        <translation>Build %1 (%2) gehört zu keinem Hotpatch-Track der Release-Tabelle vom %3.</translation>
    </message>
    <message>
        <source>The release table has no baseline for this track on or before %1.</source>
        <translation>Die Release-Tabelle enthält für diesen Track keine Baseline am oder vor dem %1.</translation>
    </message>
    <message>
        <source>Build %1 is on or after the latest baseline in the table, %2 %3 (%4).</source>
        <extracomment>%1 the device&apos;s build, %2 the baseline&apos;s month (YYYY-MM), %3 the baseline&apos;s build, %4 its KB.</extracomment>
        <translation>Build %1 entspricht der neuesten Baseline der Tabelle oder ist neuer: %2 %3 (%4).</translation>
    </message>
    <message>
        <source>Build %1 is older than the latest baseline, %2 %3 (%4).</source>
        <extracomment>%1 the device&apos;s build, %2 the baseline&apos;s month (YYYY-MM), %3 the baseline&apos;s build, %4 its KB.</extracomment>
        <translation>Build %1 ist älter als die neueste Baseline: %2 %3 (%4).</translation>
    </message>
    <message>
        <source>An apply did not finish (%1); run &apos;rollback&apos; to restore the prior values.</source>
        <translation>Ein Anwenden wurde nicht abgeschlossen (%1); führen Sie „rollback“ aus, um die vorherigen Werte wiederherzustellen.</translation>
    </message>
    <message>
        <source>The changes were rolled back (%1); the device is as before.</source>
        <translation>Die Änderungen wurden zurückgesetzt (%1); das Gerät ist wie zuvor.</translation>
    </message>
    <message>
        <source>Verified ready at %1 (see %2).</source>
        <translation>Am %1 als bereit überprüft (siehe %2).</translation>
    </message>
    <message>
        <source>Verification failed at %1 (see %2).</source>
        <translation>Überprüfung am %1 fehlgeschlagen (siehe %2).</translation>
    </message>
    <message>
        <source>Fixes applied (%1 value(s)), waiting for the restart scheduled at %2 UTC; verification runs after it.</source>
        <translation>Korrekturen angewendet (%1 Wert(e)), Warten auf den für %2 UTC geplanten Neustart; danach läuft die Überprüfung.</translation>
    </message>
    <message>
        <source>No changes, waiting for the restart scheduled at %1 UTC; verification runs after it.</source>
        <translation>Keine Änderungen, Warten auf den für %1 UTC geplanten Neustart; danach läuft die Überprüfung.</translation>
    </message>
    <message>
        <source>Fixes applied (%1 value(s)); no restart scheduled yet: run &apos;schedule-reboot&apos;.</source>
        <translation>Korrekturen angewendet (%1 Wert(e)); noch kein Neustart geplant: Führen Sie „schedule-reboot“ aus.</translation>
    </message>
    <message>
        <source>Nothing has been changed or scheduled on this device by this tool (state folder %1).</source>
        <translation>Dieses Tool hat auf diesem Gerät nichts geändert oder geplant (Statusordner %1).</translation>
    </message>
    <message>
        <source>AvailableUpdates cannot be read (%1)</source>
        <translation>AvailableUpdates kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>the device boots in legacy BIOS mode: there are no Secure Boot certificates to update</source>
        <translation>das Gerät startet im Legacy-BIOS-Modus: Es gibt keine Zertifikate für den sicheren Start, die aktualisiert werden könnten</translation>
    </message>
    <message>
        <source>the firmware type is unknown (%1)</source>
        <translation>der Firmwaretyp ist unbekannt (%1)</translation>
    </message>
    <message>
        <source>the Secure Boot state is unknown (%1)</source>
        <translation>der Status des sicheren Starts ist unbekannt (%1)</translation>
    </message>
    <message>
        <source>Secure Boot is off: the update runs only with Secure Boot on (it would fail with event 1796)</source>
        <translation>der sichere Start ist deaktiviert: Das Update läuft nur bei aktiviertem sicherem Start (sonst schlägt es mit Ereignis 1796 fehl)</translation>
    </message>
    <message>
        <source>Secure Boot is unsupported: the update runs only with Secure Boot on (it would fail with event 1796)</source>
        <translation>der sichere Start wird nicht unterstützt: Das Update läuft nur bei aktiviertem sicherem Start (sonst schlägt es mit Ereignis 1796 fehl)</translation>
    </message>
    <message>
        <source>Secure Boot is %1: the update runs only with Secure Boot on (it would fail with event 1796)</source>
        <translation>der sichere Start ist %1: Das Update läuft nur bei aktiviertem sicherem Start (sonst schlägt es mit Ereignis 1796 fehl)</translation>
    </message>
    <message>
        <source>not running as administrator: the update writes under HKLM and BitLocker must be checked first (run elevated)</source>
        <translation>nicht als Administrator ausgeführt: Das Update schreibt unter HKLM, und BitLocker muss zuerst geprüft werden (mit erhöhten Rechten ausführen)</translation>
    </message>
    <message>
        <source>the BitLocker state could not be read (%1); it must be known before firmware variables change (run as administrator)</source>
        <translation>der BitLocker-Status konnte nicht gelesen werden (%1); er muss bekannt sein, bevor sich Firmwarevariablen ändern (als Administrator ausführen)</translation>
    </message>
    <message>
        <source>%1; install the latest cumulative update first</source>
        <translation>%1; installieren Sie zuerst das neueste kumulative Update</translation>
    </message>
    <message>
        <source>Evidence files: %1 file(s) from %2</source>
        <translation>Nachweisdateien: %1 Datei(en) aus %2</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>gelesen: %1</translation>
    </message>
    <message>
        <source>disagreement: %1</source>
        <translation>Widerspruch: %1</translation>
    </message>
    <message>
        <source>not understood: %1</source>
        <translation>nicht verstanden: %1</translation>
    </message>
    <message>
        <source>Simulated device %1 (profile %2)</source>
        <translation>Simuliertes Gerät %1 (Profil %2)</translation>
    </message>
    <message>
        <source>This computer (running under Wine)</source>
        <translation>Dieser Computer (unter Wine ausgeführt)</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>%1: %2 says %3, %4 says %5</source>
        <extracomment>%1 a fact ID or registry value, %2 and %4 a file and line, %3 and %5 the values they state.</extracomment>
        <translation>%1: %2 sagt %3, %4 sagt %5</translation>
    </message>
    <message>
        <source>%1:%2: %3 value &apos;%4&apos; not understood; the fact stays unknown</source>
        <extracomment>%1 a file, %2 a line number, %3 the label in the file, %4 its value.</extracomment>
        <translation>%1:%2: Wert „%4“ von %3 nicht verstanden; die Angabe bleibt unbekannt</translation>
    </message>
    <message>
        <source>%1: %2, %3 fact line(s)</source>
        <translation>%1: %2, %3 Zeile(n) mit Angaben</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4 fact line(s)</source>
        <translation>%1: %2, %3, %4 Zeile(n) mit Angaben</translation>
    </message>
    <message>
        <source>The %1 edition is eligible</source>
        <translation>Die Edition %1 ist berechtigt</translation>
    </message>
    <message>
        <source>The Home edition (%1) cannot receive hotpatch updates</source>
        <translation>Die Edition Home (%1) kann keine Hotpatch-Updates erhalten</translation>
    </message>
    <message>
        <source>A static check of the kernel drivers&apos; files found what memory integrity does not allow: %1. Windows Security&apos;s own scan decides (Device security &gt; Core isolation details &gt; Review incompatible drivers); update or remove these drivers before the restart, or leave memory integrity off.</source>
        <extracomment>%1: &quot;file.sys: what breaks the rules&quot;, one or more, as the engine words them (English).</extracomment>
        <translation>Eine statische Prüfung der Dateien der Kerneltreiber hat gefunden, was die Speicherintegrität nicht zulässt: %1. Die eigene Überprüfung der Windows-Sicherheit entscheidet (Gerätesicherheit &gt; Details zur Kernisolierung &gt; Inkompatible Treiber überprüfen); aktualisieren oder entfernen Sie diese Treiber vor dem Neustart, oder lassen Sie die Speicherintegrität deaktiviert.</translation>
    </message>
    <message>
        <source>The kernel drivers&apos; files could not be checked for memory integrity (%1).</source>
        <translation>Die Dateien der Kerneltreiber konnten nicht auf Speicherintegrität geprüft werden (%1).</translation>
    </message>
    <message>
        <source>memory integrity is running. Windows does not load a driver that breaks its rules; the static check named %1. If a device stopped working, update its driver, or see event 3111 in the CodeIntegrity Operational log.</source>
        <translation>die Speicherintegrität wird ausgeführt. Windows lädt keinen Treiber, der ihre Regeln verletzt; die statische Prüfung hat %1 genannt. Wenn ein Gerät nicht mehr funktioniert, aktualisieren Sie seinen Treiber, oder sehen Sie sich Ereignis 3111 im Protokoll CodeIntegrity/Operational an.</translation>
    </message>
    <message>
        <source>The static check of the drivers&apos; files named %1.</source>
        <translation>Die statische Prüfung der Treiberdateien hat %1 genannt.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Hotpatch Ready</source>
        <translation>Hotpatch Ready</translation>
    </message>
    <message>
        <source>Makes a Windows 11 device ready for hotpatch: detect, explain, fix with one journaled change set and one restart, verify.</source>
        <translation>Macht ein Windows 11-Gerät bereit für Hotpatch: erkennen, erklären, mit einem protokollierten Änderungssatz und einem Neustart beheben, überprüfen.</translation>
    </message>
    <message>
        <source>Preselects a training profile (a simulated device shipped with the app).</source>
        <translation>Wählt ein Trainingsprofil vor (ein simuliertes Gerät, das mit der App geliefert wird).</translation>
    </message>
    <message>
        <source>The state folder (default: a per-user folder).</source>
        <translation>Der Statusordner (Standard: ein Ordner pro Benutzer).</translation>
    </message>
    <message>
        <source>Judges the release table as of this date (YYYY-MM-DD; default: today).</source>
        <translation>Bewertet die Release-Tabelle mit Stand dieses Datums (JJJJ-MM-TT; Standard: heute).</translation>
    </message>
    <message>
        <source>Opens the fleet dashboard instead of the wizard.</source>
        <translation>Öffnet statt des Assistenten das Flotten-Dashboard.</translation>
    </message>
    <message>
        <source>The dashboard&apos;s fleet store: an SQLite file or a postgresql:// URI (default: fleet.sqlite in the state folder of hotpatch-ready-cli).</source>
        <translation>Der Flottenspeicher des Dashboards: eine SQLite-Datei oder ein postgresql://-URI (Standard: fleet.sqlite im Statusordner von hotpatch-ready-cli).</translation>
    </message>
    <message>
        <source>The device: sim:NAME (training), evidence:FILE-OR-FOLDER (offline evidence) or local (this PC, Windows only).</source>
        <translation>Das Gerät: sim:NAME (Training), evidence:DATEI-ODER-ORDNER (Offline-Nachweise) oder local (dieser PC, nur Windows).</translation>
    </message>
    <message>
        <source>Opens on the verification after the restart (what the restart runs when the cycle was started here); needs --device and --state-dir.</source>
        <translation>Öffnet mit der Überprüfung nach dem Neustart (was der Neustart ausführt, wenn der Ablauf hier gestartet wurde); erfordert --device und --state-dir.</translation>
    </message>
    <message>
        <source>The language of this run: %1 (default: the admin policy, the choice saved in the wizard, else the system language).</source>
        <translation>Die Sprache dieser Ausführung: %1 (Standard: die Administratorrichtlinie, die im Assistenten gespeicherte Auswahl, sonst die Systemsprache).</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot; for --language (use one of %2).</source>
        <translation>Unbekannte Sprache „%1“ für --language (verwenden Sie eine von %2).</translation>
    </message>
    <message>
        <source>This build has no fleet dashboard (it needs Qt 6 Charts and the fleet store).</source>
        <translation>Dieser Build hat kein Flotten-Dashboard (es benötigt Qt 6 Charts und den Flottenspeicher).</translation>
    </message>
    <message>
        <source>Give either --profile or --device, not both.</source>
        <translation>Geben Sie entweder --profile oder --device an, nicht beides.</translation>
    </message>
    <message>
        <source>There is no training profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Trainingsprofil namens „%1“.</translation>
    </message>
    <message>
        <source>Unknown device &quot;%1&quot; (use sim:NAME, evidence:FILE-OR-FOLDER or local).</source>
        <translation>Unbekanntes Gerät „%1“ (verwenden Sie sim:NAME, evidence:DATEI-ODER-ORDNER oder local).</translation>
    </message>
    <message>
        <source>--verify needs --device and --state-dir: the device and the state folder of the cycle to verify.</source>
        <translation>--verify erfordert --device und --state-dir: das Gerät und den Statusordner des zu überprüfenden Ablaufs.</translation>
    </message>
    <message>
        <source>Evidence files cannot be verified after a restart: nothing was changed on them.</source>
        <translation>Nachweisdateien können nach einem Neustart nicht überprüft werden: An ihnen wurde nichts geändert.</translation>
    </message>
</context>
</TS>
