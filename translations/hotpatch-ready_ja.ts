<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ApplyPage</name>
    <message>
        <source>&amp;Undo (rollback)</source>
        <translation>元に戻す (ロールバック)(&amp;U)</translation>
    </message>
    <message>
        <source>Applying the changes</source>
        <translation>変更を適用しています</translation>
    </message>
    <message>
        <source>The prior value of every entry is journaled durably before the first write.</source>
        <translation>各エントリの以前の値は、最初の書き込みの前にジャーナルへ確実に記録されます。</translation>
    </message>
    <message>
        <source>Apply progress</source>
        <translation>適用の進行状況</translation>
    </message>
    <message>
        <source>Apply result</source>
        <translation>適用の結果</translation>
    </message>
    <message>
        <source>Values written</source>
        <translation>書き込まれた値</translation>
    </message>
    <message>
        <source>Key (HKLM)</source>
        <translation>キー (HKLM)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>&amp;Written (before -&gt; after):</source>
        <translation>書き込み済み (変更前 -&gt; 変更後)(&amp;W):</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>ジャーナル</translation>
    </message>
    <message>
        <source>Undo the changes (rollback)</source>
        <translation>変更を元に戻す (ロールバック)</translation>
    </message>
    <message>
        <source>Writing the changes...</source>
        <translation>変更を書き込んでいます...</translation>
    </message>
    <message>
        <source>The apply failed. %1</source>
        <translation>適用に失敗しました。%1</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>ジャーナル: %1</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n change(s). They take effect at the next restart.</source>
        <translation>
            <numerusform>%n 件の変更を適用しました。次回の再起動で有効になります。</numerusform>
        </translation>
    </message>
    <message>
        <source>The prior values are journaled in %1; Undo restores them exactly.</source>
        <translation>以前の値は %1 に記録されています。[元に戻す] で正確に復元されます。</translation>
    </message>
    <message>
        <source>Nothing to change: the device already has the planned values.</source>
        <translation>変更は不要です: デバイスには既に予定された値が設定されています。</translation>
    </message>
    <message>
        <source>Refused: something this tool cannot fix blocks the device. Nothing was changed.</source>
        <translation>拒否されました: このツールでは修正できない問題がデバイスをブロックしています。何も変更されていません。</translation>
    </message>
    <message>
        <source>Restoring the prior values...</source>
        <translation>以前の値を復元しています...</translation>
    </message>
    <message>
        <source>The rollback failed. %1</source>
        <translation>ロールバックに失敗しました。%1</translation>
    </message>
    <message>
        <source>Nothing to undo: no change of this tool is in place.</source>
        <translation>元に戻す対象はありません: このツールによる変更は適用されていません。</translation>
    </message>
    <message numerus="yes">
        <source>Rolled back: %n value(s) restored to their prior state. The device is as before.</source>
        <translation>
            <numerusform>ロールバックしました: %n 個の値を以前の状態に戻しました。デバイスは元の状態です。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetectPage</name>
    <message>
        <source>&amp;Stop waiting</source>
        <translation>待機を中止(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Detect again</source>
        <translation>再検出(&amp;D)</translation>
    </message>
    <message>
        <source>Detecting</source>
        <translation>検出</translation>
    </message>
    <message>
        <source>Reading the edition, build, firmware, virtualization-based security, management and pending restarts. Facts that cannot be read are kept as unknown, with the reason.</source>
        <translation>エディション、ビルド、ファームウェア、仮想化ベースのセキュリティ、管理状態、保留中の再起動を読み取っています。読み取れない情報は理由と共に「不明」として残ります。</translation>
    </message>
    <message>
        <source>Detection progress</source>
        <translation>検出の進行状況</translation>
    </message>
    <message>
        <source>Stop waiting for the detection</source>
        <translation>検出の待機を中止</translation>
    </message>
    <message>
        <source>Detect again</source>
        <translation>再検出</translation>
    </message>
    <message>
        <source>Detection result</source>
        <translation>検出の結果</translation>
    </message>
    <message>
        <source>Verifying after the restart</source>
        <translation>再起動後の検証</translation>
    </message>
    <message>
        <source>The restart happened. Reading the device again and comparing it with the state before the changes.</source>
        <translation>再起動が完了しました。デバイスを再度読み取り、変更前の状態と比較しています。</translation>
    </message>
    <message>
        <source>Verifying %1...</source>
        <translation>%1 を検証しています...</translation>
    </message>
    <message>
        <source>Reading the evidence files in %1...</source>
        <translation>%1 の証拠ファイルを読み取っています...</translation>
    </message>
    <message>
        <source>Detecting the simulated device &quot;%1&quot;...</source>
        <translation>シミュレートされたデバイス &quot;%1&quot; を検出しています...</translation>
    </message>
    <message>
        <source>Detecting this device...</source>
        <translation>このデバイスを検出しています...</translation>
    </message>
    <message>
        <source>Stopped waiting. Detect again, or go back and choose another device.</source>
        <translation>待機を中止しました。再検出するか、戻って別のデバイスを選択してください。</translation>
    </message>
    <message>
        <source>The device could not be detected. %1</source>
        <translation>デバイスを検出できませんでした。%1</translation>
    </message>
    <message>
        <source>Detected: %1.</source>
        <translation>検出しました: %1。</translation>
    </message>
</context>
<context>
    <name>FleetDashboard</name>
    <message>
        <source>Hotpatch Ready: fleet dashboard</source>
        <translation>Hotpatch Ready: フリート ダッシュボード</translation>
    </message>
    <message>
        <source>Host name, model or serial</source>
        <translation>ホスト名、モデル、またはシリアル番号</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>すべての判定</translation>
    </message>
    <message>
        <source>All architectures</source>
        <translation>すべてのアーキテクチャ</translation>
    </message>
    <message>
        <source>All builds</source>
        <translation>すべてのビルド</translation>
    </message>
    <message>
        <source>All rings</source>
        <translation>すべてのリング</translation>
    </message>
    <message>
        <source>All blocker categories</source>
        <translation>すべてのブロック要因カテゴリ</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV のエクスポート…</translation>
    </message>
    <message>
        <source>No store loaded.</source>
        <translation>ストアが読み込まれていません。</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Top blockers (devices)</source>
        <translation>主なブロック要因 (デバイス数)</translation>
    </message>
    <message>
        <source>Readiness by architecture</source>
        <translation>アーキテクチャ別の準備状況</translation>
    </message>
    <message>
        <source>Readiness by build (baseline)</source>
        <translation>ビルド別の準備状況 (ベースライン)</translation>
    </message>
    <message>
        <source>Devices ready over time (%)</source>
        <translation>準備完了デバイスの推移 (%)</translation>
    </message>
    <message>
        <source>Pilot-ring progress</source>
        <translation>パイロット リングの進捗</translation>
    </message>
    <message>
        <source>The fleet store could not be read: %1</source>
        <translation>フリート ストアを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Export the shown devices</source>
        <translation>表示中のデバイスをエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>The devices could not be exported: %1</source>
        <translation>デバイスをエクスポートできませんでした: %1</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (最新)</translation>
    </message>
    <message>
        <source>%1 (behind)</source>
        <translation>%1 (遅れ)</translation>
    </message>
    <message>
        <source>Reading the fleet store</source>
        <translation>フリート ストアを読み取っています</translation>
    </message>
    <message>
        <source>Reading the fleet store %1…</source>
        <translation>フリート ストア %1 を読み取っています…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n device(s) shown (latest report of each) from %2</source>
        <translation>
            <numerusform>%2 の %n 台中 %1 台を表示 (各デバイスの最新レポート)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1～%2</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) exported to %1</source>
        <translation>
            <numerusform>%n 台のデバイスを %1 にエクスポートしました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetTableModel</name>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Ready after fixes</source>
        <translation>修正後に準備完了</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>ブロック</translation>
    </message>
    <message>
        <source>Undetermined</source>
        <translation>判定不能</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>ホスト名</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation>ブロック要因</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>アーキテクチャ</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>ビルド</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>ベースライン</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>エディション</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>リング</translation>
    </message>
    <message>
        <source>Last report (UTC)</source>
        <translation>最終レポート (UTC)</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>C&amp;opy all</source>
        <translation>すべてコピー(&amp;O)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Hotpatch Ready log</source>
        <translation>Hotpatch Ready のログ</translation>
    </message>
    <message>
        <source>&amp;Log of this session (newest at the bottom):</source>
        <translation>このセッションのログ (最新が下)(&amp;L):</translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation>ログの行</translation>
    </message>
    <message>
        <source>Every step the wizard took in this session, with its time and level.</source>
        <translation>このセッションでウィザードが実行した各手順 (時刻とレベル付き)。</translation>
    </message>
    <message>
        <source>Copy the whole log to the clipboard</source>
        <translation>ログ全体をクリップボードにコピー</translation>
    </message>
    <message>
        <source>Close the log panel</source>
        <translation>ログ パネルを閉じる</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>only a simulated device can be restarted from here</source>
        <translation>ここから再起動できるのはシミュレートされたデバイスだけです</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Require &amp;DMA protection (RequirePlatformSecurityFeatures=3)</source>
        <translation>DMA 保護を必須にする (RequirePlatformSecurityFeatures=3)(&amp;D)</translation>
    </message>
    <message>
        <source>Also turn on &amp;memory integrity</source>
        <translation>メモリ整合性もオンにする(&amp;M)</translation>
    </message>
    <message>
        <source>I have &amp;read the changes above</source>
        <translation>上記の変更を確認しました(&amp;R)</translation>
    </message>
    <message>
        <source>Fix plan</source>
        <translation>修正プラン</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. Every value below is journaled before it is written, and Undo restores exactly what was there.</source>
        <translation>まだ何も変更されていません。以下の各値は書き込み前にジャーナルへ記録され、[元に戻す] で元の状態に正確に復元されます。</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Registry changes</source>
        <translation>レジストリの変更</translation>
    </message>
    <message>
        <source>Key (HKLM)</source>
        <translation>キー (HKLM)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>&amp;Changes:</source>
        <translation>変更(&amp;C):</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>再起動</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Manual steps</source>
        <translation>手動の手順</translation>
    </message>
    <message>
        <source>Manual steps (this tool cannot do these):</source>
        <translation>手動の手順 (このツールでは実行できません):</translation>
    </message>
    <message>
        <source>Require DMA protection</source>
        <translation>DMA 保護を必須にする</translation>
    </message>
    <message>
        <source>Asks for Secure Boot and DMA protection; only possible when Windows reports DMA protection on this device.</source>
        <translation>セキュア ブートと DMA 保護を要求します。Windows がこのデバイスで DMA 保護を報告している場合にのみ可能です。</translation>
    </message>
    <message>
        <source>Also turn on memory integrity</source>
        <translation>メモリ整合性もオンにする</translation>
    </message>
    <message>
        <source>Hypervisor-enforced code integrity. Incompatible drivers stop it from starting; hotpatch does not need it.</source>
        <translation>ハイパーバイザーで保護されたコードの整合性。互換性のないドライバーがあると開始されません。hotpatch には不要です。</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>Why apply is not available</source>
        <translation>適用できない理由</translation>
    </message>
    <message>
        <source>I have read the changes above</source>
        <translation>上記の変更を確認しました</translation>
    </message>
    <message>
        <source>&lt;b&gt;Method:&lt;/b&gt; %1 &amp;mdash; %2</source>
        <translation>&lt;b&gt;方法:&lt;/b&gt; %1 &amp;mdash; %2</translation>
    </message>
    <message>
        <source>local policy</source>
        <translation>ローカル ポリシー</translation>
    </message>
    <message>
        <source>registry</source>
        <translation>レジストリ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No change: nothing on this device needs to be changed by this tool.</source>
        <translation>変更なし: このデバイスでこのツールが変更する必要のあるものはありません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Restart needed:&lt;/b&gt; yes, once &amp;mdash; %1.</source>
        <translation>&lt;b&gt;再起動が必要:&lt;/b&gt; はい、1 回 &amp;mdash; %1。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Restart needed:&lt;/b&gt; no.</source>
        <translation>&lt;b&gt;再起動が必要:&lt;/b&gt; いいえ。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>なし。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Apply is not available: this device is blocked by %1. Do the manual steps first, then run the wizard again.</source>
        <translation>適用できません: このデバイスは %1 によってブロックされています。先に手動の手順を実行してから、ウィザードをもう一度実行してください。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>&amp;Apply changes</source>
        <translation>変更を適用(&amp;A)</translation>
    </message>
    <message>
        <source>Apply is not available: your IT department allows only assessment on this device (admin policy AssessOnly=1, %1). Save the report and send it to whoever manages the device.</source>
        <translation>適用できません: IT 部門により、このデバイスでは評価のみが許可されています (管理ポリシー AssessOnly=1、%1)。レポートを保存し、デバイスの管理者に送信してください。</translation>
    </message>
    <message>
        <source>Apply is not available: the simulated session is not elevated, and changing these values needs administrator rights (Windows answers &quot;access denied&quot;). On a real device, close the app and start it again with &quot;Run as administrator&quot;.</source>
        <translation>適用できません: シミュレートされたセッションは昇格しておらず、これらの値の変更には管理者権限が必要です (Windows は &quot;アクセスが拒否されました&quot; と応答します)。実際のデバイスでは、アプリを閉じて [管理者として実行] で起動し直してください。</translation>
    </message>
    <message>
        <source>Apply is not available: this app is not elevated, and changing these values needs administrator rights. Close the app and start it again with &quot;Run as administrator&quot; (right-click Hotpatch Ready); this plan is what it will then show.</source>
        <translation>適用できません: このアプリは昇格しておらず、これらの値の変更には管理者権限が必要です。アプリを閉じ、[管理者として実行] で起動し直してください (Hotpatch Ready を右クリック)。その後、このプランが表示されます。</translation>
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
        <translation>Hotpatch Ready ウィザード</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Apply changes</source>
        <translation>変更を適用</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>ログ(&amp;L)</translation>
    </message>
    <message>
        <source>Ab&amp;out</source>
        <translation>バージョン情報(&amp;O)</translation>
    </message>
    <message>
        <source>Show or hide the log (Ctrl+L)</source>
        <translation>ログの表示/非表示 (Ctrl+L)</translation>
    </message>
    <message>
        <source>About Hotpatch Ready</source>
        <translation>Hotpatch Ready のバージョン情報</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>No log file is open (the log folder could not be written): the log panel (Ctrl+L) shows this session&apos;s lines.</source>
        <translation>ログ ファイルは開かれていません (ログ フォルダーに書き込めませんでした)。ログ パネル (Ctrl+L) にこのセッションの行が表示されます。</translation>
    </message>
    <message>
        <source>Log file: %1
The log panel (Ctrl+L) shows this session&apos;s lines.</source>
        <translation>ログ ファイル: %1
ログ パネル (Ctrl+L) にこのセッションの行が表示されます。</translation>
    </message>
    <message>
        <source>Hotpatch Ready %1

Makes Windows 11 devices ready for hotpatch: detect, explain, fix with one journaled change set and one restart, verify, report.

Release table: %2 (sources as of %3).
%4</source>
        <translation>Hotpatch Ready %1

Windows 11 デバイスを hotpatch に対応させます: 検出、説明、ジャーナル付きの 1 つの変更セットと 1 回の再起動による修正、検証、レポート。

リリース テーブル: %2 (%3 時点の情報源)。
%4</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>cannot write %1 (%2)</source>
        <translation>%1 に書き込めません (%2)</translation>
    </message>
    <message>
        <source>Save JSON &amp;report...</source>
        <translation>JSON レポートを保存(&amp;R)...</translation>
    </message>
    <message>
        <source>Save &amp;HTML report...</source>
        <translation>HTML レポートを保存(&amp;H)...</translation>
    </message>
    <message>
        <source>Save P&amp;DF report...</source>
        <translation>PDF レポートを保存(&amp;D)...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>印刷(&amp;P)...</translation>
    </message>
    <message>
        <source>Save &amp;verification...</source>
        <translation>検証結果を保存(&amp;V)...</translation>
    </message>
    <message>
        <source>&amp;Copy summary</source>
        <translation>概要をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Op&amp;en folder</source>
        <translation>フォルダーを開く(&amp;E)</translation>
    </message>
    <message>
        <source>Verify and report</source>
        <translation>検証とレポート</translation>
    </message>
    <message>
        <source>What this report shows</source>
        <translation>このレポートの内容</translation>
    </message>
    <message>
        <source>System Summary before and after the restart</source>
        <translation>再起動前後のシステムの要約</translation>
    </message>
    <message>
        <source>System Summary item (msinfo32)</source>
        <translation>システムの要約の項目 (msinfo32)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変化</translation>
    </message>
    <message>
        <source>Changes and next steps</source>
        <translation>変更と次の手順</translation>
    </message>
    <message>
        <source>Save the JSON report</source>
        <translation>JSON レポートを保存</translation>
    </message>
    <message>
        <source>The versioned report for tickets and the fleet store.</source>
        <translation>チケットとフリート ストア用のバージョン付きレポートです。</translation>
    </message>
    <message>
        <source>Save the HTML report</source>
        <translation>HTML レポートを保存</translation>
    </message>
    <message>
        <source>One printable page that opens in any browser, with nothing to fetch.</source>
        <translation>どのブラウザーでも開ける印刷可能な 1 ページです。外部からの読み込みはありません。</translation>
    </message>
    <message>
        <source>Save the PDF report</source>
        <translation>PDF レポートを保存</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>レポートを印刷</translation>
    </message>
    <message>
        <source>Save the verification (JSON)</source>
        <translation>検証結果を保存 (JSON)</translation>
    </message>
    <message>
        <source>Copy the summary to the clipboard</source>
        <translation>概要をクリップボードにコピー</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <source>Opens the folder of the last saved report, or the state folder before anything was saved.</source>
        <translation>最後に保存したレポートのフォルダーを開きます。まだ何も保存していない場合は状態フォルダーを開きます。</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>レポートの状態</translation>
    </message>
    <message>
        <source>The verification that ran after the restart, saved in the state folder.</source>
        <translation>再起動後に実行された検証。状態フォルダーに保存されています。</translation>
    </message>
    <message>
        <source>Verified after the restart: the device is ready for hotpatch.</source>
        <translation>再起動後に検証済み: デバイスは hotpatch の準備ができています。</translation>
    </message>
    <message>
        <source>Verified after the restart: the device is not ready yet.</source>
        <translation>再起動後に検証済み: デバイスはまだ準備ができていません。</translation>
    </message>
    <message>
        <source>Before the fix the verdict was: %1.</source>
        <translation>修正前の判定: %1。</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(記録なし)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(空)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>変化なし</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>変化あり</translation>
    </message>
    <message>
        <source>Changes made by this tool</source>
        <translation>このツールによる変更</translation>
    </message>
    <message>
        <source>Took effect:</source>
        <translation>有効:</translation>
    </message>
    <message>
        <source>NOT in effect:</source>
        <translation>有効になっていない:</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>The assessment of this device. Save it as JSON for the fleet sheet, as HTML or PDF for the ticket, or print it.</source>
        <translation>このデバイスの評価です。フリート シート用に JSON、チケット用に HTML または PDF で保存するか、印刷してください。</translation>
    </message>
    <message>
        <source>Nothing to fix. The licence cannot be checked on the device.</source>
        <translation>修正するものはありません。ライセンスはデバイス上では確認できません。</translation>
    </message>
    <message>
        <source>Offline evidence: this report is all the wizard can do for this device, because nothing can be changed from files. Run Hotpatch Ready on the device itself to fix it with one restart.</source>
        <translation>オフラインの証拠: ファイルからは何も変更できないため、このデバイスに対してウィザードができるのはこのレポートまでです。1 回の再起動で修正するには、デバイス自体で Hotpatch Ready を実行してください。</translation>
    </message>
    <message>
        <source>The restart is scheduled; the verification runs by itself after it and is saved in the state folder.</source>
        <translation>再起動がスケジュールされました。検証は再起動後に自動的に実行され、状態フォルダーに保存されます。</translation>
    </message>
    <message>
        <source>No restart was verified in this session.</source>
        <translation>このセッションで検証された再起動はありません。</translation>
    </message>
    <message>
        <source>Checks that did not pass</source>
        <translation>合格しなかったチェック</translation>
    </message>
    <message>
        <source>Worth knowing</source>
        <translation>参考情報</translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation>残りの作業</translation>
    </message>
    <message>
        <source>Hotpatch readiness report</source>
        <translation>hotpatch 準備状況レポート</translation>
    </message>
    <message>
        <source>Hotpatch Ready %1</source>
        <translation>Hotpatch Ready %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>保存しました: %1</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation>HTML ファイル (*.html *.htm)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Save the verification</source>
        <translation>検証結果を保存</translation>
    </message>
    <message>
        <source>The report was sent to the printer.</source>
        <translation>レポートをプリンターに送信しました。</translation>
    </message>
    <message>
        <source>the printer %1 reported an error</source>
        <translation>プリンター %1 がエラーを報告しました</translation>
    </message>
    <message>
        <source>The summary is on the clipboard.</source>
        <translation>概要をクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>Could not open the folder; its path is: %1</source>
        <translation>フォルダーを開けませんでした。パス: %1</translation>
    </message>
    <message>
        <source>Your IT department&apos;s copy was saved: %1 (admin policy ReportFolder).</source>
        <translation>IT 部門用のコピーを保存しました: %1 (管理ポリシー ReportFolder)。</translation>
    </message>
    <message>
        <source>Your IT department&apos;s copy was not saved: %1</source>
        <translation>IT 部門用のコピーを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Copying the report to %1 (admin policy ReportFolder)...</source>
        <translation>レポートを %1 にコピーしています (管理ポリシー ReportFolder)...</translation>
    </message>
</context>
<context>
    <name>RestartPage</name>
    <message>
        <source>&amp;Undo the changes (rollback)</source>
        <translation>変更を元に戻す (ロールバック)(&amp;U)</translation>
    </message>
    <message>
        <source>No&amp;w (after one minute&apos;s warning)</source>
        <translation>今すぐ (1 分前に警告)(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;In a number of minutes:</source>
        <translation>指定した分数後(&amp;I):</translation>
    </message>
    <message>
        <source>At a &amp;time of day:</source>
        <translation>指定した時刻(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Schedule restart</source>
        <translation>再起動をスケジュール(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel restart</source>
        <translation>再起動をキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Si&amp;mulate the restart now</source>
        <translation>再起動を今すぐシミュレート(&amp;M)</translation>
    </message>
    <message>
        <source>One restart</source>
        <translation>1 回の再起動</translation>
    </message>
    <message>
        <source>One restart completes everything that waits for one. The verification is registered to run by itself after it.</source>
        <translation>1 回の再起動で、再起動を待っているものがすべて完了します。検証は再起動後に自動的に実行されるよう登録されます。</translation>
    </message>
    <message>
        <source>Changes waiting for the restart</source>
        <translation>再起動を待っている変更</translation>
    </message>
    <message>
        <source>Undo the changes (rollback)</source>
        <translation>変更を元に戻す (ロールバック)</translation>
    </message>
    <message>
        <source>What this restart completes</source>
        <translation>この再起動で完了するもの</translation>
    </message>
    <message>
        <source>What the restart completes</source>
        <translation>再起動で完了するもの</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>今すぐ再起動</translation>
    </message>
    <message>
        <source>Restart in a number of minutes</source>
        <translation>指定した分数後に再起動</translation>
    </message>
    <message>
        <source>Minutes until the restart</source>
        <translation>再起動までの分数</translation>
    </message>
    <message numerus="yes">
        <source> minute(s)</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> 分</numerusform>
        </translation>
    </message>
    <message>
        <source>Restart at a time of day</source>
        <translation>指定した時刻に再起動</translation>
    </message>
    <message>
        <source>Time of the restart (device time)</source>
        <translation>再起動の時刻 (デバイスの時刻)</translation>
    </message>
    <message>
        <source>(device time, the next time it comes)</source>
        <translation>(デバイスの時刻、次にその時刻になったとき)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>タイミング</translation>
    </message>
    <message>
        <source>Message the signed-in user sees</source>
        <translation>サインイン中のユーザーに表示するメッセージ</translation>
    </message>
    <message>
        <source>Message the si&amp;gned-in user sees:</source>
        <translation>サインイン中のユーザーに表示するメッセージ(&amp;G):</translation>
    </message>
    <message>
        <source>Schedule restart</source>
        <translation>再起動をスケジュール</translation>
    </message>
    <message>
        <source>Cancel restart</source>
        <translation>再起動をキャンセル</translation>
    </message>
    <message>
        <source>Simulate the restart now</source>
        <translation>再起動を今すぐシミュレート</translation>
    </message>
    <message>
        <source>Training only: the simulated device restarts now (its clock moves to the scheduled time), then the registered verification runs.</source>
        <translation>トレーニング専用: シミュレートされたデバイスを今すぐ再起動し (時計はスケジュールされた時刻に進みます)、登録された検証を実行します。</translation>
    </message>
    <message>
        <source>Restart status</source>
        <translation>再起動の状態</translation>
    </message>
    <message>
        <source>Nothing waits for a restart.</source>
        <translation>再起動を待っているものはありません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The restart completes:&lt;/b&gt;</source>
        <translation>&lt;b&gt;再起動で完了するもの:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Written by this tool:&lt;/b&gt;</source>
        <translation>&lt;b&gt;このツールが書き込んだ値:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>HKLM\%1\%2: %3 -&gt; %4</source>
        <translation>HKLM\%1\%2: %3 -&gt; %4</translation>
    </message>
    <message>
        <source>Training: schedule the restart, then simulate it to see the verification.</source>
        <translation>トレーニング: 再起動をスケジュールしてからシミュレートすると、検証を確認できます。</translation>
    </message>
    <message>
        <source>Schedule the restart; the verification runs by itself after it.</source>
        <translation>再起動をスケジュールしてください。検証は再起動後に自動的に実行されます。</translation>
    </message>
    <message>
        <source>Hotpatch Ready: this PC restarts at %1 to finish turning on virtualization-based security for hotpatch updates. Please save your work.</source>
        <translation>Hotpatch Ready: hotpatch 更新プログラムのための仮想化ベースのセキュリティの有効化を完了するため、この PC は %1 に再起動します。作業内容を保存してください。</translation>
    </message>
    <message>
        <source>Scheduling the restart...</source>
        <translation>再起動をスケジュールしています...</translation>
    </message>
    <message>
        <source>Restart scheduled for %1 (device time; %2 UTC). The signed-in user sees: &quot;%3&quot;</source>
        <translation>再起動を %1 (デバイスの時刻、%2 UTC) にスケジュールしました。サインイン中のユーザーに表示されるメッセージ: &quot;%3&quot;</translation>
    </message>
    <message>
        <source>Cancelling the restart...</source>
        <translation>再起動をキャンセルしています...</translation>
    </message>
    <message>
        <source>The restart and the verification after it were cancelled. The changes stay in place and take effect at the next restart, whenever it happens.</source>
        <translation>再起動とその後の検証をキャンセルしました。変更はそのまま残り、次に再起動したときに有効になります。</translation>
    </message>
    <message>
        <source>The simulated device is restarting...</source>
        <translation>シミュレートされたデバイスを再起動しています...</translation>
    </message>
    <message>
        <source>The simulated device restarted (restart number %1), but no verification was registered: schedule the restart first to have it verified.</source>
        <translation>シミュレートされたデバイスは再起動しましたが (%1 回目の再起動)、検証が登録されていませんでした。検証するには、先に再起動をスケジュールしてください。</translation>
    </message>
    <message>
        <source>The simulated device restarted and the verification ran.</source>
        <translation>シミュレートされたデバイスが再起動し、検証が実行されました。</translation>
    </message>
    <message>
        <source>Restoring the prior values...</source>
        <translation>以前の値を復元しています...</translation>
    </message>
    <message>
        <source>The rollback failed. %1</source>
        <translation>ロールバックに失敗しました。%1</translation>
    </message>
    <message numerus="yes">
        <source>Rolled back: %n value(s) restored to their prior state. The device is as before.</source>
        <translation>
            <numerusform>ロールバックしました: %n 個の値を以前の状態に戻しました。デバイスは元の状態です。</numerusform>
        </translation>
    </message>
    <message>
        <source>The scheduled restart was cancelled.</source>
        <translation>スケジュールされた再起動をキャンセルしました。</translation>
    </message>
    <message>
        <source>Your IT department allows restarts only between %1 and %2 device time (admin policy RestartWindow, %3): a time outside it moves to the next start of the window.</source>
        <translation>IT 部門により、再起動はデバイスの時刻で %1 から %2 の間のみ許可されています (管理ポリシー RestartWindow、%3)。この時間帯以外の時刻は、次の時間帯の開始時刻に移動されます。</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Why VBS is not running</source>
        <translation>VBS が実行されていない理由</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Every prerequisite with what was found. Select a check to see why, the evidence and where the fix lives.</source>
        <translation>各前提条件とその検出結果です。チェックを選択すると、理由、証拠、修正方法が表示されます。</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Selected check: explanation, evidence and fix</source>
        <translation>選択したチェック: 説明、証拠、修正方法</translation>
    </message>
    <message>
        <source>Every prerequisite this tool can see is met. The licence cannot be checked on the device: confirm it in the admin portal.</source>
        <translation>このツールで確認できる前提条件はすべて満たされています。ライセンスはデバイス上では確認できません。管理ポータルで確認してください。</translation>
    </message>
    <message>
        <source>Next: the fix plan shows exactly what would change, before anything is written.</source>
        <translation>次へ: 修正プランで、書き込み前に変更内容を正確に確認できます。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Blocked by: %1. The fix plan lists the steps to take elsewhere.</source>
        <translation>ブロック要因: %1。他の場所で行う手順は修正プランに示されています。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The checks marked Unknown say which facts are missing and why.</source>
        <translation>「不明」のチェックに、不足している情報とその理由が示されています。</translation>
    </message>
    <message>
        <source>Offline evidence: nothing can be changed from here, so the wizard ends with the report. To fix the device, run Hotpatch Ready on it, as administrator.</source>
        <translation>オフラインの証拠: ここからは何も変更できないため、ウィザードはレポートで終了します。デバイスを修正するには、そのデバイスで管理者として Hotpatch Ready を実行してください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Device:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;デバイス:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Assessed&lt;/b&gt; as of %1 with the release table of %2.</source>
        <translation>&lt;b&gt;評価&lt;/b&gt;: %1 時点、リリース テーブル %2 を使用。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Earlier in this state folder:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;この状態フォルダーでの以前の記録:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline evidence:&lt;/b&gt; every fact comes from the files sent, with its file and line (select a check to see them); what the files do not state is unknown.</source>
        <translation>&lt;b&gt;オフラインの証拠:&lt;/b&gt; すべての情報は送られたファイルに基づき、ファイル名と行が示されます (チェックを選択すると表示されます)。ファイルに記載のない情報は不明です。</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>修正: %1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>証拠</translation>
    </message>
    <message>
        <source>Where the fix lives:</source>
        <translation>修正方法:</translation>
    </message>
    <message>
        <source>Secure Boot &amp;certificate update…</source>
        <translation>セキュア ブート証明書の更新(&amp;C)…</translation>
    </message>
    <message>
        <source>Secure Boot certificate update</source>
        <translation>セキュア ブート証明書の更新</translation>
    </message>
    <message>
        <source>Opens the optional Secure Boot 2023 certificate update (check HP-SECUREBOOT-CA2023). It is separate from the hotpatch fix and its restart.</source>
        <translation>オプションのセキュア ブート 2023 証明書の更新を開きます (チェック HP-SECUREBOOT-CA2023)。hotpatch の修正およびその再起動とは別のものです。</translation>
    </message>
</context>
<context>
    <name>SecureBootDialog</name>
    <message>
        <source>Suspend BitLocker for the restarts of this update</source>
        <translation>この更新の再起動中は BitLocker を一時停止する</translation>
    </message>
    <message>
        <source>I understand that this changes the firmware&apos;s Secure Boot databases and needs several restarts of its own.</source>
        <translation>この操作によってファームウェアのセキュア ブート データベースが変更され、この更新独自の再起動が複数回必要になることを理解しました。</translation>
    </message>
    <message>
        <source>&amp;Start the Secure Boot update</source>
        <translation>セキュア ブートの更新を開始(&amp;S)</translation>
    </message>
    <message>
        <source>Simulate a &amp;restart</source>
        <translation>再起動をシミュレート(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Verify now</source>
        <translation>今すぐ検証(&amp;V)</translation>
    </message>
    <message>
        <source>Secure Boot 2023 certificates</source>
        <translation>セキュア ブート 2023 証明書</translation>
    </message>
    <message>
        <source>Secure Boot 2023 certificate update</source>
        <translation>セキュア ブート 2023 証明書の更新</translation>
    </message>
    <message>
        <source>Microsoft&apos;s Secure Boot certificates from 2011 expired in 2026. Without the 2023 certificates this device keeps starting and receiving normal updates, but no longer receives security fixes for its boot components. This update is separate from the hotpatch fix: it is never part of the hotpatch restart, and hotpatch readiness does not depend on it.</source>
        <translation>Microsoft の 2011 年のセキュア ブート証明書は 2026 年に期限切れになりました。2023 証明書がなくても、このデバイスは引き続き起動し、通常の更新プログラムを受け取りますが、ブート コンポーネントのセキュリティ修正は受け取れなくなります。この更新は hotpatch の修正とは別のものです。hotpatch の再起動に含まれることはなく、hotpatch の準備状況もこの更新には左右されません。</translation>
    </message>
    <message>
        <source>Checking what the update would do on this device…</source>
        <translation>この更新がこのデバイスで何を行うかを確認しています…</translation>
    </message>
    <message>
        <source>Number of restarts BitLocker stays suspended</source>
        <translation>BitLocker の一時停止が続く再起動の回数</translation>
    </message>
    <message>
        <source>Confirm the Secure Boot update</source>
        <translation>セキュア ブートの更新を確認</translation>
    </message>
    <message>
        <source>Start the Secure Boot update</source>
        <translation>セキュア ブートの更新を開始</translation>
    </message>
    <message>
        <source>Simulate a restart</source>
        <translation>再起動をシミュレート</translation>
    </message>
    <message>
        <source>Verify now</source>
        <translation>今すぐ検証</translation>
    </message>
    <message>
        <source>Training only: the simulated device restarts and Windows&apos; Secure Boot update task runs once, as it does after a real restart.</source>
        <translation>トレーニング専用: シミュレートされたデバイスが再起動し、実際の再起動後と同様に Windows のセキュア ブート更新タスクが 1 回実行されます。</translation>
    </message>
    <message>
        <source>Secure Boot facts at the opt-in and now</source>
        <translation>オプトイン時と現在のセキュア ブートの情報</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>At the opt-in</source>
        <translation>オプトイン時</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>What the update does</source>
        <translation>更新の内容</translation>
    </message>
    <message>
        <source>BitLocker</source>
        <translation>BitLocker</translation>
    </message>
    <message>
        <source>No device is open.</source>
        <translation>デバイスが開かれていません。</translation>
    </message>
    <message>
        <source>This device starts in legacy BIOS mode, so it has no Secure Boot certificates to update.</source>
        <translation>このデバイスはレガシ BIOS モードで起動するため、更新するセキュア ブート証明書がありません。</translation>
    </message>
    <message>
        <source>Secure Boot is off on this device. The update runs only with Secure Boot on: turn it on in the UEFI setup first.</source>
        <translation>このデバイスではセキュア ブートがオフです。更新はセキュア ブートがオンの場合にのみ実行されます。先に UEFI 設定でオンにしてください。</translation>
    </message>
    <message>
        <source>The Secure Boot state could not be read (%1), so the update is not offered.</source>
        <translation>セキュア ブートの状態を読み取れなかったため (%1)、更新は提供されません。</translation>
    </message>
    <message>
        <source>Hotpatch Ready is not running as administrator. Start it as administrator so it can check BitLocker and make this change.</source>
        <translation>Hotpatch Ready は管理者として実行されていません。BitLocker を確認してこの変更を行えるように、管理者として起動してください。</translation>
    </message>
    <message>
        <source>The BitLocker state could not be read (%1). It must be known before the firmware&apos;s Secure Boot databases change: run Hotpatch Ready as administrator.</source>
        <translation>BitLocker の状態を読み取れませんでした (%1)。ファームウェアのセキュア ブート データベースが変更される前に、この状態を把握しておく必要があります。Hotpatch Ready を管理者として実行してください。</translation>
    </message>
    <message>
        <source>The update cannot run on this device: %1.</source>
        <translation>この更新はこのデバイスでは実行できません: %1。</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>現在: %1</translation>
    </message>
    <message>
        <source>It sets %1 from %2 to %3 (the value Microsoft documents for the 2023 certificates, the KEK and the new boot manager; no revocations). Nothing else is written, and the change is journaled.</source>
        <translation>%1 を %2 から %3 に設定します (2023 証明書、KEK、新しいブート マネージャーについて Microsoft が文書化している値で、失効は含みません)。それ以外は何も書き込まれず、変更はジャーナルに記録されます。</translation>
    </message>
    <message>
        <source>Windows&apos; Secure Boot update task then writes the 2023 certificates into the firmware variables DB and KEK and installs the boot manager signed by Windows UEFI CA 2023.</source>
        <translation>続いて Windows のセキュア ブート更新タスクが、2023 証明書をファームウェア変数 DB と KEK に書き込み、Windows UEFI CA 2023 で署名されたブート マネージャーをインストールします。</translation>
    </message>
    <message>
        <source>It needs several restarts of its own: at least two on a real device (the databases, then the boot manager); the simulated device needs three.</source>
        <translation>この更新独自の再起動が複数回必要です。実際のデバイスでは少なくとも 2 回 (データベース、次にブート マネージャー)、シミュレートされたデバイスでは 3 回必要です。</translation>
    </message>
    <message>
        <source>Known firmware problems: some firmware rejects the write (event 1795), some device makers have not supplied a signed KEK yet (the update then stays pending with event 1803), and some BIOS options or UEFI Deployed Mode block the new certificates.</source>
        <translation>既知のファームウェアの問題: 一部のファームウェアは書き込みを拒否し (イベント 1795)、一部のデバイス メーカーは署名済みの KEK をまだ提供しておらず (その場合、更新はイベント 1803 で保留のままになります)、一部の BIOS オプションや UEFI Deployed Mode は新しい証明書をブロックします。</translation>
    </message>
    <message>
        <source>Undo restores the value, but certificates already written to the firmware stay there.</source>
        <translation>[元に戻す] で値は復元されますが、既にファームウェアに書き込まれた証明書はそのまま残ります。</translation>
    </message>
    <message>
        <source>&lt;b&gt;BitLocker is on&lt;/b&gt; for the system drive. &lt;b&gt;Have your BitLocker recovery key at hand&lt;/b&gt; before you restart: changing the Secure Boot databases can make the device ask for it. You can suspend BitLocker for the restarts of this update.</source>
        <translation>システム ドライブで &lt;b&gt;BitLocker がオンです&lt;/b&gt;。再起動する前に &lt;b&gt;BitLocker 回復キーを手元に用意してください&lt;/b&gt;。セキュア ブート データベースを変更すると、デバイスで回復キーの入力を求められることがあります。この更新の再起動中は BitLocker を一時停止できます。</translation>
    </message>
    <message>
        <source>BitLocker is off for the system drive: no recovery key prompt is expected from this update.</source>
        <translation>システム ドライブで BitLocker はオフです: この更新で回復キーの入力を求められることはありません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The BitLocker state is unknown&lt;/b&gt; (%1).</source>
        <translation>&lt;b&gt;BitLocker の状態は不明です&lt;/b&gt; (%1)。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not possible here:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;ここでは実行できません:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not now:&lt;/b&gt; the hotpatch fixes are applied and wait for their restart. Finish that cycle first, so the two are never mixed into one restart.</source>
        <translation>&lt;b&gt;今は実行できません:&lt;/b&gt; hotpatch の修正が適用済みで、再起動を待っています。両者が 1 回の再起動に混在しないよう、先にその一連の作業を完了してください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to do:&lt;/b&gt; the 2023 certificates are in place and the device starts the boot manager signed by the 2023 certificate.</source>
        <translation>&lt;b&gt;必要な操作はありません:&lt;/b&gt; 2023 証明書は導入済みで、デバイスは 2023 証明書で署名されたブート マネージャーを起動しています。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Already started:&lt;/b&gt; the update was triggered before. Restart the device and verify instead of starting it again.</source>
        <translation>&lt;b&gt;開始済み:&lt;/b&gt; 更新は以前に開始されています。もう一度開始するのではなく、デバイスを再起動して検証してください。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>何も変更されていません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The update is started:&lt;/b&gt; AvailableUpdates was %1 and is now %2.</source>
        <translation>&lt;b&gt;更新を開始しました:&lt;/b&gt; AvailableUpdates は %1 でしたが、現在は %2 です。</translation>
    </message>
    <message numerus="yes">
        <source>BitLocker is suspended for the next %n restart(s).</source>
        <translation>
            <numerusform>BitLocker は次の %n 回の再起動の間、一時停止されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>BitLocker stays on: have the recovery key at hand for the restarts.</source>
        <translation>BitLocker はオンのままです。再起動に備えて回復キーを手元に用意してください。</translation>
    </message>
    <message>
        <source>Training: simulate the restarts with the button above; each one runs Windows&apos; Secure Boot update task once. Then the result shows here.</source>
        <translation>トレーニング: 上のボタンで再起動をシミュレートしてください。再起動のたびに Windows のセキュア ブート更新タスクが 1 回実行されます。その後、結果がここに表示されます。</translation>
    </message>
    <message>
        <source>Restart the device when it suits you (more than once), then open this again and choose Verify now. This is not the hotpatch restart.</source>
        <translation>都合のよいときにデバイスを再起動し (複数回)、その後もう一度これを開いて [今すぐ検証] を選択してください。これは hotpatch の再起動ではありません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Updated:&lt;/b&gt; the 2023 certificates are in place and the device starts the boot manager signed by the 2023 certificate.</source>
        <translation>&lt;b&gt;更新済み:&lt;/b&gt; 2023 証明書は導入済みで、デバイスは 2023 証明書で署名されたブート マネージャーを起動しています。</translation>
    </message>
    <message>
        <source>&lt;b&gt;In progress:&lt;/b&gt; the next restart continues the update.</source>
        <translation>&lt;b&gt;進行中:&lt;/b&gt; 次回の再起動で更新が続行されます。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not started yet:&lt;/b&gt; Windows&apos; Secure Boot update task has not picked the change up.</source>
        <translation>&lt;b&gt;未開始:&lt;/b&gt; Windows のセキュア ブート更新タスクはまだ変更を取り込んでいません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Failed:&lt;/b&gt; the firmware reported an error; the error code and event are in the table below.</source>
        <translation>&lt;b&gt;失敗:&lt;/b&gt; ファームウェアがエラーを報告しました。エラー コードとイベントは下の表に示されています。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unknown:&lt;/b&gt; the Secure Boot state could not be read.</source>
        <translation>&lt;b&gt;不明:&lt;/b&gt; セキュア ブートの状態を読み取れませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>After %n simulated restart(s):</source>
        <translation>
            <numerusform>%n 回のシミュレートされた再起動後:</numerusform>
        </translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <source>R&amp;estarts:</source>
        <translation>再起動回数(&amp;E):</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>&amp;This device</source>
        <translation>このデバイス(&amp;T)</translation>
    </message>
    <message>
        <source>T&amp;raining: a simulated device</source>
        <translation>トレーニング: シミュレートされたデバイス(&amp;R)</translation>
    </message>
    <message>
        <source>Offline e&amp;vidence: files sent by the device&apos;s user</source>
        <translation>オフラインの証拠: デバイスのユーザーから送られたファイル(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Files...</source>
        <translation>ファイル(&amp;F)...</translation>
    </message>
    <message>
        <source>Fol&amp;der...</source>
        <translation>フォルダー(&amp;D)...</translation>
    </message>
    <message>
        <source>Bro&amp;wse...</source>
        <translation>参照(&amp;W)...</translation>
    </message>
    <message>
        <source>Make this device ready for hotpatch</source>
        <translation>このデバイスを hotpatch に対応させる</translation>
    </message>
    <message>
        <source>Choose the device. The wizard detects every prerequisite, explains what is missing, fixes what it can with one undoable change set and one restart, and verifies the result.</source>
        <translation>デバイスを選択してください。ウィザードはすべての前提条件を検出し、不足しているものを説明し、元に戻せる 1 つの変更セットと 1 回の再起動で修正できるものを修正して、結果を検証します。</translation>
    </message>
    <message>
        <source>Offline evidence: files sent by the device&apos;s user</source>
        <translation>オフラインの証拠: デバイスのユーザーから送られたファイル</translation>
    </message>
    <message>
        <source>Evidence file or folder</source>
        <translation>証拠ファイルまたはフォルダー</translation>
    </message>
    <message>
        <source>msinfo32 /report, systeminfo or Get-CimInstance Win32_DeviceGuard output; a file or a folder of them.</source>
        <translation>msinfo32 /report、systeminfo、または Get-CimInstance Win32_DeviceGuard の出力。ファイルまたはそれらを含むフォルダー。</translation>
    </message>
    <message>
        <source>A file, or a folder of files</source>
        <translation>ファイル、またはファイルを含むフォルダー</translation>
    </message>
    <message>
        <source>Choose evidence files</source>
        <translation>証拠ファイルを選択</translation>
    </message>
    <message>
        <source>Choose a folder of evidence files</source>
        <translation>証拠ファイルのフォルダーを選択</translation>
    </message>
    <message>
        <source>Evidence pat&amp;h:</source>
        <translation>証拠のパス(&amp;H):</translation>
    </message>
    <message>
        <source>Assesses a device that cannot run this app from the msinfo32, systeminfo or Win32_DeviceGuard output its user sent. Nothing can be changed from files, so the wizard ends with the results and the report.</source>
        <translation>このアプリを実行できないデバイスを、ユーザーから送られた msinfo32、systeminfo、または Win32_DeviceGuard の出力から評価します。ファイルからは何も変更できないため、ウィザードは結果とレポートで終了します。</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>このデバイス</translation>
    </message>
    <message>
        <source>Training: a simulated device</source>
        <translation>トレーニング: シミュレートされたデバイス</translation>
    </message>
    <message>
        <source>Assesses and fixes the Windows PC this app runs on. Run the app as administrator to read and change everything.</source>
        <translation>このアプリが実行されている Windows PC を評価して修正します。すべてを読み取って変更するには、管理者として実行してください。</translation>
    </message>
    <message>
        <source>Not available in this build: the live backend exists only on Windows. Practise the whole cycle on a simulated device instead.</source>
        <translation>このビルドでは使用できません: ライブ バックエンドは Windows 専用です。代わりにシミュレートされたデバイスで一連の流れを練習してください。</translation>
    </message>
    <message>
        <source>Simulated device profile</source>
        <translation>シミュレートされたデバイスのプロファイル</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>プロファイル(&amp;P):</translation>
    </message>
    <message>
        <source>Profile description</source>
        <translation>プロファイルの説明</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>State folder</source>
        <translation>状態フォルダー</translation>
    </message>
    <message>
        <source>Browse for the state folder</source>
        <translation>状態フォルダーを参照</translation>
    </message>
    <message>
        <source>&amp;State folder:</source>
        <translation>状態フォルダー(&amp;S):</translation>
    </message>
    <message>
        <source>The journal of every change, the scheduled restart and the verification are kept here; simulated devices also keep their machine here, so the cycle survives restarts of the app.</source>
        <translation>すべての変更のジャーナル、スケジュールされた再起動、検証はここに保存されます。シミュレートされたデバイスもここにマシンを保存するため、アプリを再起動しても一連の作業は継続されます。</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Administrator rights</source>
        <translation>管理者権限</translation>
    </message>
    <message>
        <source>Language of the wizard</source>
        <translation>ウィザードの言語</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>言語(&amp;G):</translation>
    </message>
    <message>
        <source>About the language</source>
        <translation>言語について</translation>
    </message>
    <message>
        <source>Set by your administrator (admin policy %1).</source>
        <translation>管理者によって設定されています (管理ポリシー %1)。</translation>
    </message>
    <message>
        <source>This run uses %1 (--language). A choice here applies from the next start.</source>
        <translation>この実行では %1 を使用しています (--language)。ここでの選択は次回の起動から適用されます。</translation>
    </message>
    <message>
        <source>A change takes effect at the next start.</source>
        <translation>変更は次回の起動時に有効になります。</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>証拠ファイル</translation>
    </message>
    <message>
        <source>Text and report files (*.txt *.log *.csv *.nfo *.reg);;All files (*)</source>
        <translation>テキスト ファイルとレポート ファイル (*.txt *.log *.csv *.nfo *.reg);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Folder of evidence files</source>
        <translation>証拠ファイルのフォルダー</translation>
    </message>
    <message>
        <source>Saved: from the next start, the wizard is in %1.</source>
        <translation>保存しました: 次回の起動から、ウィザードは %1 で表示されます。</translation>
    </message>
    <message>
        <source>Whether the app runs elevated (as administrator) is shown once the device has been detected.</source>
        <translation>アプリが管理者として (昇格して) 実行されているかどうかは、デバイスの検出後に表示されます。</translation>
    </message>
    <message>
        <source>Administrator rights do not matter for evidence files: nothing on this PC is read or changed.</source>
        <translation>証拠ファイルには管理者権限は関係ありません: この PC では何も読み取りも変更もされません。</translation>
    </message>
    <message>
        <source>Could not tell whether the app runs elevated: %1</source>
        <translation>アプリが昇格して実行されているかどうかを判断できませんでした: %1</translation>
    </message>
    <message>
        <source>Administrator rights: the simulated session runs elevated.</source>
        <translation>管理者権限: シミュレートされたセッションは昇格して実行されています。</translation>
    </message>
    <message>
        <source>Administrator rights: this app runs elevated.</source>
        <translation>管理者権限: このアプリは昇格して実行されています。</translation>
    </message>
    <message>
        <source>Administrator rights: the simulated session is not elevated, so facts that need them are unknown and changes are refused.</source>
        <translation>管理者権限: シミュレートされたセッションは昇格していないため、権限が必要な情報は不明となり、変更は拒否されます。</translation>
    </message>
    <message>
        <source>Administrator rights: this app is not elevated, so facts that need them are unknown and changes are refused. Run it as administrator.</source>
        <translation>管理者権限: このアプリは昇格していないため、権限が必要な情報は不明となり、変更は拒否されます。管理者として実行してください。</translation>
    </message>
</context>
<context>
    <name>UiText</name>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>Ready for hotpatch</source>
        <translation>hotpatch の準備完了</translation>
    </message>
    <message>
        <source>Not ready yet: this tool can fix what is missing</source>
        <translation>まだ準備ができていません: 不足しているものはこのツールで修正できます</translation>
    </message>
    <message>
        <source>Blocked: something this tool cannot fix must change first</source>
        <translation>ブロック: このツールでは修正できないものを先に変更する必要があります</translation>
    </message>
    <message>
        <source>Undetermined: some facts could not be read</source>
        <translation>判定不能: 一部の情報を読み取れませんでした</translation>
    </message>
    <message>
        <source>Nothing to fix</source>
        <translation>修正するものはありません</translation>
    </message>
    <message>
        <source>This tool, with one restart</source>
        <translation>このツール (1 回の再起動)</translation>
    </message>
    <message>
        <source>The device&apos;s firmware setup (UEFI/BIOS)</source>
        <translation>デバイスのファームウェア設定 (UEFI/BIOS)</translation>
    </message>
    <message>
        <source>Intune or Group Policy</source>
        <translation>Intune またはグループ ポリシー</translation>
    </message>
    <message>
        <source>Windows Update</source>
        <translation>Windows Update</translation>
    </message>
    <message>
        <source>The boot configuration (bcdedit), by an administrator</source>
        <translation>ブート構成 (bcdedit)、管理者が実施</translation>
    </message>
    <message>
        <source>The virtual machine&apos;s host</source>
        <translation>仮想マシンのホスト</translation>
    </message>
    <message>
        <source>Other hardware, or another Windows edition</source>
        <translation>別のハードウェア、または別の Windows エディション</translation>
    </message>
    <message>
        <source>The licence portal (cannot be checked on the device)</source>
        <translation>ライセンス ポータル (デバイス上では確認できません)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>hardware</source>
        <translation>ハードウェア</translation>
    </message>
    <message>
        <source>a firmware setting</source>
        <translation>ファームウェアの設定</translation>
    </message>
    <message>
        <source>the Windows edition</source>
        <translation>Windows のエディション</translation>
    </message>
    <message>
        <source>the Windows build</source>
        <translation>Windows のビルド</translation>
    </message>
    <message>
        <source>device management</source>
        <translation>デバイス管理</translation>
    </message>
    <message>
        <source>the boot configuration</source>
        <translation>ブート構成</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The request was not valid: %1</source>
        <translation>要求が無効です: %1</translation>
    </message>
    <message>
        <source>A file is damaged or not in the expected format: %1</source>
        <translation>ファイルが破損しているか、想定された形式ではありません: %1</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>見つかりません: %1</translation>
    </message>
    <message>
        <source>Not available here: %1</source>
        <translation>ここでは使用できません: %1</translation>
    </message>
    <message>
        <source>Administrator rights are needed, or a locked setting refused the change: %1</source>
        <translation>管理者権限が必要か、ロックされた設定によって変更が拒否されました: %1</translation>
    </message>
    <message>
        <source>The operation failed: %1</source>
        <translation>操作に失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
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
        <translation>Windows 11 デバイスを hotpatch に対応させます: 検出、説明、ジャーナル付きの 1 つの変更セットと 1 回の再起動による修正、検証。</translation>
    </message>
    <message>
        <source>Preselects a training profile (a simulated device shipped with the app).</source>
        <translation>トレーニング プロファイル (アプリに付属するシミュレートされたデバイス) を事前に選択します。</translation>
    </message>
    <message>
        <source>The state folder (default: a per-user folder).</source>
        <translation>状態フォルダー (既定: ユーザーごとのフォルダー)。</translation>
    </message>
    <message>
        <source>Judges the release table as of this date (YYYY-MM-DD; default: today).</source>
        <translation>この日付の時点でリリース テーブルを評価します (YYYY-MM-DD、既定: 今日)。</translation>
    </message>
    <message>
        <source>Opens the fleet dashboard instead of the wizard.</source>
        <translation>ウィザードの代わりにフリート ダッシュボードを開きます。</translation>
    </message>
    <message>
        <source>The dashboard&apos;s fleet store: an SQLite file or a postgresql:// URI (default: fleet.sqlite in the state folder of hotpatch-ready-cli).</source>
        <translation>ダッシュボードのフリート ストア: SQLite ファイルまたは postgresql:// URI (既定: hotpatch-ready-cli の状態フォルダー内の fleet.sqlite)。</translation>
    </message>
    <message>
        <source>The device: sim:NAME (training), evidence:FILE-OR-FOLDER (offline evidence) or local (this PC, Windows only).</source>
        <translation>デバイス: sim:NAME (トレーニング)、evidence:FILE-OR-FOLDER (オフラインの証拠)、または local (この PC、Windows のみ)。</translation>
    </message>
    <message>
        <source>Opens on the verification after the restart (what the restart runs when the cycle was started here); needs --device and --state-dir.</source>
        <translation>再起動後の検証から開きます (ここで開始した一連の作業で再起動時に実行されるもの)。--device と --state-dir が必要です。</translation>
    </message>
    <message>
        <source>The language of this run: %1 (default: the admin policy, the choice saved in the wizard, else the system language).</source>
        <translation>この実行の言語: %1 (既定: 管理ポリシー、ウィザードで保存した選択、それ以外はシステムの言語)。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot; for --language (use one of %2).</source>
        <translation>--language の言語 &quot;%1&quot; は不明です (%2 のいずれかを使用してください)。</translation>
    </message>
    <message>
        <source>This build has no fleet dashboard (it needs Qt 6 Charts and the fleet store).</source>
        <translation>このビルドにはフリート ダッシュボードがありません (Qt 6 Charts とフリート ストアが必要です)。</translation>
    </message>
    <message>
        <source>Give either --profile or --device, not both.</source>
        <translation>--profile と --device のどちらか一方を指定してください。</translation>
    </message>
    <message>
        <source>There is no training profile named &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; という名前のトレーニング プロファイルはありません。</translation>
    </message>
    <message>
        <source>Unknown device &quot;%1&quot; (use sim:NAME, evidence:FILE-OR-FOLDER or local).</source>
        <translation>不明なデバイス &quot;%1&quot; (sim:NAME、evidence:FILE-OR-FOLDER、または local を使用してください)。</translation>
    </message>
    <message>
        <source>--verify needs --device and --state-dir: the device and the state folder of the cycle to verify.</source>
        <translation>--verify には --device と --state-dir が必要です: 検証する一連の作業のデバイスと状態フォルダーです。</translation>
    </message>
    <message>
        <source>Evidence files cannot be verified after a restart: nothing was changed on them.</source>
        <translation>証拠ファイルは再起動後に検証できません: ファイルに対しては何も変更されていません。</translation>
    </message>
</context>
</TS>
