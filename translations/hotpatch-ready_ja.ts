<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ApplyPage</name>
    <message>
        <source>&amp;Undo (rollback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prior value of every entry is journaled durably before the first write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key (HKLM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Written (before -&gt; after):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the changes (rollback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the changes...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The apply failed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Applied %n change(s). They take effect at the next restart.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The prior values are journaled in %1; Undo restores them exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: the device already has the planned values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: something this tool cannot fix blocks the device. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the prior values...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollback failed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo: no change of this tool is in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rolled back: %n value(s) restored to their prior state. The device is as before.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetectPage</name>
    <message>
        <source>&amp;Stop waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detect again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the edition, build, firmware, virtualization-based security, management and pending restarts. Facts that cannot be read are kept as unknown, with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting for the detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying after the restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restart happened. Reading the device again and comparing it with the state before the changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the evidence files in %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detecting the simulated device &quot;%1&quot;...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detecting this device...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped waiting. Detect again, or go back and choose another device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device could not be detected. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetDashboard</name>
    <message>
        <source>Hotpatch Ready: fleet dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name, model or serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All architectures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All builds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All blocker categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top blockers (devices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness by architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness by build (baseline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices ready over time (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilot-ring progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fleet store could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 devices shown (latest report of each) from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the shown devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The devices could not be exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 devices exported to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetTableModel</name>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready after fixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undetermined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last report (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>C&amp;opy all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotpatch Ready log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log of this session (newest at the bottom):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step the wizard took in this session, with its time and level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole log to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the log panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>only a simulated device can be restarted from here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Require &amp;DMA protection (RequirePlatformSecurityFeatures=3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also turn on &amp;memory integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;read the changes above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been changed yet. Every value below is journaled before it is written, and Undo restores exactly what was there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key (HKLM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual steps (this tool cannot do these):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require DMA protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks for Secure Boot and DMA protection; only possible when Windows reports DMA protection on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also turn on memory integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypervisor-enforced code integrity. Incompatible drivers stop it from starting; hotpatch does not need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why apply is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read the changes above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Method:&lt;/b&gt; %1 &amp;mdash; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change: nothing on this device needs to be changed by this tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Restart needed:&lt;/b&gt; yes, once &amp;mdash; %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Restart needed:&lt;/b&gt; no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply is not available: this device is blocked by %1. Do the manual steps first, then run the wizard again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadinessWizard</name>
    <message>
        <source>Hotpatch Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotpatch Ready wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ab&amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the log (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Hotpatch Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No log file is open (the log folder could not be written): the log panel (Ctrl+L) shows this session&apos;s lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file: %1
The log panel (Ctrl+L) shows this session&apos;s lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotpatch Ready %1

Makes Windows 11 devices ready for hotpatch: detect, explain, fix with one journaled change set and one restart, verify, report.

Release table: %2 (sources as of %3).
%4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>cannot write %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save JSON &amp;report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;HTML report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save P&amp;DF report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;verification...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op&amp;en folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify and report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this report shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Summary before and after the restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Summary item (msinfo32)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes and next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the JSON report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The versioned report for tickets and the fleet store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the HTML report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One printable page that opens in any browser, with nothing to fetch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the verification (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the summary to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the folder of the last saved report, or the state folder before anything was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification that ran after the restart, saved in the state folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified after the restart: the device is ready for hotpatch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified after the restart: the device is not ready yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the fix the verdict was: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made by this tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took effect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT in effect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment of this device. Save it as JSON for the fleet sheet, as HTML or PDF for the ticket, or print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to fix. The licence cannot be checked on the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline evidence: this report is all the wizard can do for this device, because nothing can be changed from files. Run Hotpatch Ready on the device itself to fix it with one restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restart is scheduled; the verification runs by itself after it and is saved in the state folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No restart was verified in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that did not pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth knowing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotpatch readiness report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotpatch Ready %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer %1 reported an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the folder; its path is: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestartPage</name>
    <message>
        <source>&amp;Undo the changes (rollback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;w (after one minute&apos;s warning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;In a number of minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a &amp;time of day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;mulate the restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One restart completes everything that waits for one. The verification is registered to run by itself after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes waiting for the restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the changes (rollback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this restart completes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the restart completes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart in a number of minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes until the restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> minute(s)</source>
        <comment>spin box suffix</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Restart at a time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of the restart (device time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(device time, the next time it comes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message the signed-in user sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message the si&amp;gned-in user sees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulate the restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training only: the simulated device restarts now (its clock moves to the scheduled time), then the registered verification runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits for a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The restart completes:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Written by this tool:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HKLM\%1\%2: %3 -&gt; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: schedule the restart, then simulate it to see the verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule the restart; the verification runs by itself after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotpatch Ready: this PC restarts at %1 to finish turning on virtualization-based security for hotpatch updates. Please save your work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduling the restart...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart scheduled for %1 (device time; %2 UTC). The signed-in user sees: &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling the restart...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restart and the verification after it were cancelled. The changes stay in place and take effect at the next restart, whenever it happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulated device is restarting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulated device restarted (restart number %1), but no verification was registered: schedule the restart first to have it verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulated device restarted and the verification ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the prior values...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollback failed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rolled back: %n value(s) restored to their prior state. The device is as before.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The scheduled restart was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Why VBS is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every prerequisite with what was found. Select a check to see why, the evidence and where the fix lives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected check: explanation, evidence and fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every prerequisite this tool can see is met. The licence cannot be checked on the device: confirm it in the admin portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: the fix plan shows exactly what would change, before anything is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked by: %1. The fix plan lists the steps to take elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks marked Unknown say which facts are missing and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline evidence: nothing can be changed from here, so the wizard ends with the report. To fix the device, run Hotpatch Ready on it, as administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Device:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Assessed&lt;/b&gt; as of %1 with the release table of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Earlier in this state folder:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline evidence:&lt;/b&gt; every fact comes from the files sent, with its file and line (select a check to see them); what the files do not state is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the fix lives:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>&amp;This device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;raining: a simulated device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline e&amp;vidence: files sent by the device&apos;s user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Files...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fol&amp;der...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this device ready for hotpatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the device. The wizard detects every prerequisite, explains what is missing, fixes what it can with one undoable change set and one restart, and verifies the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline evidence: files sent by the device&apos;s user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>msinfo32 /report, systeminfo or Get-CimInstance Win32_DeviceGuard output; a file or a folder of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file, or a folder of files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder of evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence pat&amp;h:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assesses a device that cannot run this app from the msinfo32, systeminfo or Win32_DeviceGuard output its user sent. Nothing can be changed from files, so the wizard ends with the results and the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: a simulated device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assesses and fixes the Windows PC this app runs on. Run the app as administrator to read and change everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available in this build: the live backend exists only on Windows. Practise the whole cycle on a simulated device instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated device profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the state folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal of every change, the scheduled restart and the verification are kept here; simulated devices also keep their machine here, so the cycle survives restarts of the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your administrator (admin policy %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run uses %1 (--language). A choice here applies from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change takes effect at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text and report files (*.txt *.log *.csv *.nfo *.reg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: from the next start, the wizard is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the app runs elevated (as administrator) is shown once the device has been detected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator rights do not matter for evidence files: nothing on this PC is read or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not tell whether the app runs elevated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator rights: the simulated session runs elevated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator rights: this app runs elevated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator rights: the simulated session is not elevated, so facts that need them are unknown and changes are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator rights: this app is not elevated, so facts that need them are unknown and changes are refused. Run it as administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UiText</name>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for hotpatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready yet: this tool can fix what is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: something this tool cannot fix must change first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undetermined: some facts could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tool, with one restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device&apos;s firmware setup (UEFI/BIOS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intune or Group Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The boot configuration (bcdedit), by an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual machine&apos;s host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other hardware, or another Windows edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The licence portal (cannot be checked on the device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a firmware setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Windows edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Windows build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the boot configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file is damaged or not in the expected format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator rights are needed, or a locked setting refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Hotpatch Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes a Windows 11 device ready for hotpatch: detect, explain, fix with one journaled change set and one restart, verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preselects a training profile (a simulated device shipped with the app).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state folder (default: a per-user folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judges the release table as of this date (YYYY-MM-DD; default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the fleet dashboard instead of the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard&apos;s fleet store: an SQLite file or a postgresql:// URI (default: fleet.sqlite in the state folder of hotpatch-ready-cli).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device: sim:NAME (training), evidence:FILE-OR-FOLDER (offline evidence) or local (this PC, Windows only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens on the verification after the restart (what the restart runs when the cycle was started here); needs --device and --state-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of this run: %1 (default: the admin policy, the choice saved in the wizard, else the system language).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot; for --language (use one of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build has no fleet dashboard (it needs Qt 6 Charts and the fleet store).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --profile or --device, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no training profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown device &quot;%1&quot; (use sim:NAME, evidence:FILE-OR-FOLDER or local).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--verify needs --device and --state-dir: the device and the state folder of the cycle to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence files cannot be verified after a restart: nothing was changed on them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
