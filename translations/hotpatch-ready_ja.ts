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
    <message>
        <source>%1 (%2)</source>
        <extracomment>A filter entry: %1 the value (a verdict, a model, ...), %2 how many devices have it.</extracomment>
        <translation>%1（%2）</translation>
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
    <message>
        <source>What was read from each file…</source>
        <translation>各ファイルから読み取った内容...</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>証拠ファイル</translation>
    </message>
    <message>
        <source>What was read from every evidence file, where files disagree (the first file&apos;s value counts) and which lines were not understood:</source>
        <translation>各証拠ファイルから読み取った内容、ファイル間で食い違う箇所 (最初のファイルの値が使われます)、解釈できなかった行:</translation>
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
    <name>hpr::engine</name>
    <message>
        <source>%1 %2</source>
        <extracomment>Two sentences one after the other (Japanese: without the space).</extracomment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>%1 could not be read (%2).</source>
        <extracomment>%1: what could not be read (e.g. &quot;The build number&quot;); %2: the reason code and the system&apos;s detail.</extracomment>
        <translation>%1を読み取れませんでした (%2)。</translation>
    </message>
    <message>
        <source>Run the tool as administrator to read it.</source>
        <translation>読み取るには、ツールを管理者として実行してください。</translation>
    </message>
    <message>
        <source>Suspend BitLocker for one restart before changing firmware settings (manage-bde -protectors -disable C: -RebootCount 1), or have the recovery key at hand.</source>
        <translation>ファームウェアの設定を変更する前に、再起動 1 回分 BitLocker を一時停止するか (manage-bde -protectors -disable C: -RebootCount 1)、回復キーを手元に用意してください。</translation>
    </message>
    <message>
        <source>Windows edition</source>
        <translation>Windows のエディション</translation>
    </message>
    <message>
        <source>Edition unknown</source>
        <translation>エディション不明</translation>
    </message>
    <message>
        <source>The edition (EditionID)</source>
        <translation>エディション (EditionID)</translation>
    </message>
    <message>
        <source>Windows Server %1 supports hotpatch (through Azure Arc or Azure Edition)</source>
        <translation>Windows Server %1 は hotpatch に対応しています (Azure Arc または Azure Edition 経由)</translation>
    </message>
    <message>
        <source>Windows Server 2025 Standard, Datacenter and Datacenter: Azure Edition can take hotpatch updates; Standard and Datacenter are enabled through Azure Arc.</source>
        <translation>Windows Server 2025 Standard、Datacenter、Datacenter: Azure Edition は hotpatch 更新プログラムを受け取れます。Standard と Datacenter は Azure Arc 経由で有効になります。</translation>
    </message>
    <message>
        <source>Server edition %1 is not hotpatch-eligible</source>
        <translation>サーバー エディション %1 は hotpatch の対象外です</translation>
    </message>
    <message>
        <source>Hotpatch for Windows Server needs Standard, Datacenter or Datacenter: Azure Edition.</source>
        <translation>Windows Server の hotpatch には Standard、Datacenter、または Datacenter: Azure Edition が必要です。</translation>
    </message>
    <message>
        <source>Move the workload to Windows Server 2025 Standard or Datacenter.</source>
        <translation>ワークロードを Windows Server 2025 Standard または Datacenter に移行してください。</translation>
    </message>
    <message>
        <source>Enterprise is the edition the hotpatch documentation names.</source>
        <translation>Enterprise は hotpatch のドキュメントに記載されているエディションです。</translation>
    </message>
    <message>
        <source>Education (with an A3/A5 licence) and IoT Enterprise are eligible editions.</source>
        <translation>Education (A3/A5 ライセンスあり) と IoT Enterprise は対象エディションです。</translation>
    </message>
    <message>
        <source>LTSC edition %1: hotpatch eligibility not confirmed</source>
        <translation>LTSC エディション %1: hotpatch の対象かどうかは未確認です</translation>
    </message>
    <message>
        <source>No Microsoft source read by this tool lists the LTSC editions as hotpatch-eligible [UNCONFIRMED]. Confirm with Microsoft before relying on hotpatch here.</source>
        <translation>このツールが参照した Microsoft の情報源には、LTSC エディションを hotpatch の対象とする記載がありません [UNCONFIRMED]。ここで hotpatch に頼る前に Microsoft に確認してください。</translation>
    </message>
    <message>
        <source>Windows 11 Pro qualifies only through a Microsoft 365 Business Premium licence</source>
        <translation>Windows 11 Pro は Microsoft 365 Business Premium ライセンスがある場合のみ対象です</translation>
    </message>
    <message>
        <source>Microsoft 365 Business Premium keeps devices on Windows 11 Pro and is an eligible licence; with any other licence, Pro devices are not offered hotpatch updates. The licence cannot be seen from the device (see HP-LICENSE).</source>
        <translation>Microsoft 365 Business Premium ではデバイスは Windows 11 Pro のままで、対象ライセンスです。その他のライセンスでは、Pro デバイスに hotpatch 更新プログラムは提供されません。ライセンスはデバイスからは確認できません (HP-LICENSE を参照)。</translation>
    </message>
    <message>
        <source>Confirm the user has Microsoft 365 Business Premium, or move the device to Enterprise (E3/E5 subscription activation).</source>
        <translation>ユーザーが Microsoft 365 Business Premium を持っていることを確認するか、デバイスを Enterprise に移行してください (E3/E5 サブスクリプションのアクティブ化)。</translation>
    </message>
    <message>
        <source>Windows 11 SE (%1) cannot receive hotpatch updates</source>
        <translation>Windows 11 SE (%1) は hotpatch 更新プログラムを受け取れません</translation>
    </message>
    <message>
        <source>Hotpatch is offered to Enterprise, Education and (with Business Premium) Pro devices only.</source>
        <translation>hotpatch は Enterprise、Education、および (Business Premium がある場合) Pro のデバイスにのみ提供されます。</translation>
    </message>
    <message>
        <source>Upgrade the edition to Enterprise or Education (or Pro with Microsoft 365 Business Premium).</source>
        <translation>エディションを Enterprise または Education (または Microsoft 365 Business Premium 付きの Pro) にアップグレードしてください。</translation>
    </message>
    <message>
        <source>Unrecognized edition %1</source>
        <translation>認識できないエディション %1</translation>
    </message>
    <message>
        <source>This edition is not in the tool&apos;s list; check Microsoft&apos;s eligibility list for it.</source>
        <translation>このエディションはツールの一覧にありません。Microsoft の対象一覧で確認してください。</translation>
    </message>
    <message>
        <source>Windows version and build</source>
        <translation>Windows のバージョンとビルド</translation>
    </message>
    <message>
        <source>Build unknown</source>
        <translation>ビルド不明</translation>
    </message>
    <message>
        <source>The build number</source>
        <translation>ビルド番号</translation>
    </message>
    <message>
        <source>Build %1 is not Windows Server 2025</source>
        <translation>ビルド %1 は Windows Server 2025 ではありません</translation>
    </message>
    <message>
        <source>Hotpatch with Azure Arc needs Windows Server 2025 (build 26100.1742 or later).</source>
        <translation>Azure Arc での hotpatch には Windows Server 2025 (ビルド 26100.1742 以降) が必要です。</translation>
    </message>
    <message>
        <source>Upgrade the server to Windows Server 2025.</source>
        <translation>サーバーを Windows Server 2025 にアップグレードしてください。</translation>
    </message>
    <message>
        <source>Windows 11 26H1 (%1) does not support hotpatch</source>
        <translation>Windows 11 26H1 (%1) は hotpatch に対応していません</translation>
    </message>
    <message>
        <source>Microsoft: devices on Windows 11, version 26H1 receive monthly updates but do not support hotpatch. 26H1 ships only on Snapdragon X2 devices and cannot move to 26H2.</source>
        <translation>Microsoft: Windows 11 バージョン 26H1 のデバイスは毎月の更新プログラムを受け取りますが、hotpatch には対応していません。26H1 は Snapdragon X2 デバイスにのみ搭載され、26H2 には移行できません。</translation>
    </message>
    <message>
        <source>None on this device; plan for the next version that supports hotpatch.</source>
        <translation>このデバイスではありません。hotpatch に対応する次のバージョンを計画してください。</translation>
    </message>
    <message>
        <source>Build %1 is older than Windows 11 24H2 (26100)</source>
        <translation>ビルド %1 は Windows 11 24H2 (26100) より古いです</translation>
    </message>
    <message>
        <source>Hotpatch needs Windows 11 version 24H2 or later.</source>
        <translation>hotpatch には Windows 11 バージョン 24H2 以降が必要です。</translation>
    </message>
    <message>
        <source>Upgrade to Windows 11 24H2 or later (feature update), then assess again.</source>
        <translation>Windows 11 24H2 以降にアップグレードし (機能更新プログラム)、もう一度評価してください。</translation>
    </message>
    <message>
        <source>Build %1 is not in the tool&apos;s release table</source>
        <translation>ビルド %1 はツールのリリース テーブルにありません</translation>
    </message>
    <message>
        <source>This build is newer than the tool knows; update the release table (--release-table).</source>
        <translation>このビルドはツールが知っているものより新しいです。リリース テーブルを更新してください (--release-table)。</translation>
    </message>
    <message>
        <source>Update revision (UBR) unknown</source>
        <translation>更新リビジョン (UBR) 不明</translation>
    </message>
    <message>
        <source>The update build revision</source>
        <translation>更新ビルド リビジョン</translation>
    </message>
    <message>
        <source>Build %1 is below the hotpatch minimum %2</source>
        <translation>ビルド %1 は hotpatch の最小要件 %2 を下回っています</translation>
    </message>
    <message>
        <source>Hotpatch needs at least build %1.</source>
        <translation>hotpatch には少なくともビルド %1 が必要です。</translation>
    </message>
    <message>
        <source>Install the latest cumulative update.</source>
        <translation>最新の累積更新プログラムをインストールしてください。</translation>
    </message>
    <message>
        <source>Windows 11 26H2 (%1)</source>
        <translation>Windows 11 26H2 (%1)</translation>
    </message>
    <message>
        <source>26H2 shares the 24H2/25H2 servicing branch and should qualify as &quot;24H2 or later&quot;, but no Microsoft statement was found [UNCONFIRMED].</source>
        <translation>26H2 は 24H2/25H2 と同じサービス ブランチで、&quot;24H2 以降&quot; に該当するはずですが、Microsoft の声明は見つかりませんでした [UNCONFIRMED]。</translation>
    </message>
    <message>
        <source>Windows Server 2025 at or above %1.</source>
        <translation>Windows Server 2025、ビルド %1 以上です。</translation>
    </message>
    <message>
        <source>Windows 11 24H2 or later at or above %1.</source>
        <translation>Windows 11 24H2 以降、ビルド %1 以上です。</translation>
    </message>
    <message>
        <source>The Arm64 minimum build is not confirmed by Microsoft [UNCONFIRMED]; being on the current baseline is what counts.</source>
        <translation>Arm64 の最小ビルドは Microsoft によって確認されていません [UNCONFIRMED]。重要なのは現在のベースラインにあることです。</translation>
    </message>
    <message>
        <source>Build %1 supports hotpatch</source>
        <translation>ビルド %1 は hotpatch に対応しています</translation>
    </message>
    <message>
        <source>Current quarterly baseline</source>
        <translation>現在の四半期ベースライン</translation>
    </message>
    <message>
        <source>Baseline position unknown: build or UBR unknown</source>
        <translation>ベースラインの位置が不明: ビルドまたは UBR が不明です</translation>
    </message>
    <message>
        <source>Without the build and UBR the tool cannot compare the device with the release table.</source>
        <translation>ビルドと UBR がないと、ツールはデバイスをリリース テーブルと比較できません。</translation>
    </message>
    <message>
        <source>No hotpatch track for this build</source>
        <translation>このビルドには hotpatch のトラックがありません</translation>
    </message>
    <message>
        <source>See HP-BUILD.</source>
        <translation>HP-BUILD を参照してください。</translation>
    </message>
    <message>
        <source>The release table (dated %1, sources as of %2) does not list %3 (planned baseline); if Microsoft has released it, the device must install it to stay on hotpatch. Update the release table when the release notes list it.</source>
        <translation>リリース テーブル (%1 付け、情報源は %2 時点) には %3 (予定のベースライン) が含まれていません。Microsoft がリリース済みの場合、hotpatch を継続するにはデバイスにインストールする必要があります。リリース ノートに記載されたら、リリース テーブルを更新してください。</translation>
    </message>
    <message>
        <source>Behind the latest baseline (%1)</source>
        <translation>最新のベースラインより遅れています (%1)</translation>
    </message>
    <message>
        <source>Devices that are not on the latest baseline are not offered hotpatch updates; they get the normal cumulative update instead.</source>
        <translation>最新のベースラインにないデバイスには hotpatch 更新プログラムが提供されず、代わりに通常の累積更新プログラムが提供されます。</translation>
    </message>
    <message>
        <source>Install the latest baseline cumulative update (%1 or later) through Windows Update or the update ring, and restart.</source>
        <translation>Windows Update または更新リングから最新のベースライン累積更新プログラム (%1 以降) をインストールし、再起動してください。</translation>
    </message>
    <message>
        <source>Baseline position unknown</source>
        <translation>ベースラインの位置が不明</translation>
    </message>
    <message>
        <source>On the latest baseline the table knows (%1)</source>
        <translation>テーブルが知る最新のベースライン上にあります (%1)</translation>
    </message>
    <message>
        <source>On the latest baseline (%1)</source>
        <translation>最新のベースライン上にあります (%1)</translation>
    </message>
    <message>
        <source>Processor architecture</source>
        <translation>プロセッサ アーキテクチャ</translation>
    </message>
    <message>
        <source>Architecture unknown</source>
        <translation>アーキテクチャ不明</translation>
    </message>
    <message>
        <source>The native architecture</source>
        <translation>ネイティブ アーキテクチャ</translation>
    </message>
    <message>
        <source>x64 (AMD64/Intel 64)</source>
        <translation>x64 (AMD64/Intel 64)</translation>
    </message>
    <message>
        <source>x64 devices support hotpatch.</source>
        <translation>x64 デバイスは hotpatch に対応しています。</translation>
    </message>
    <message>
        <source>Arm64: supported with CHPE disabled (see HP-CHPE)</source>
        <translation>Arm64: CHPE を無効にすれば対応 (HP-CHPE を参照)</translation>
    </message>
    <message>
        <source>Arm64 devices support hotpatch once CHPE binaries are disabled.</source>
        <translation>Arm64 デバイスは CHPE バイナリを無効にすると hotpatch に対応します。</translation>
    </message>
    <message>
        <source>32-bit %1 cannot run VBS</source>
        <translation>32 ビットの %1 では VBS を実行できません</translation>
    </message>
    <message>
        <source>VBS and hotpatch need a 64-bit processor and a 64-bit Windows.</source>
        <translation>VBS と hotpatch には 64 ビット プロセッサと 64 ビット版 Windows が必要です。</translation>
    </message>
    <message>
        <source>Replace the device (or reinstall 64-bit Windows 11 if the CPU is 64-bit).</source>
        <translation>デバイスを交換してください (CPU が 64 ビットの場合は 64 ビット版 Windows 11 を再インストールしてください)。</translation>
    </message>
    <message>
        <source>UEFI boot</source>
        <translation>UEFI ブート</translation>
    </message>
    <message>
        <source>Booted in UEFI mode</source>
        <translation>UEFI モードで起動しています</translation>
    </message>
    <message>
        <source>UEFI is needed for Secure Boot.</source>
        <translation>セキュア ブートには UEFI が必要です。</translation>
    </message>
    <message>
        <source>Firmware type unknown</source>
        <translation>ファームウェアの種類が不明</translation>
    </message>
    <message>
        <source>The firmware type</source>
        <translation>ファームウェアの種類</translation>
    </message>
    <message>
        <source>Legacy BIOS boot, but VBS is running</source>
        <translation>レガシ BIOS ブートですが、VBS は実行されています</translation>
    </message>
    <message>
        <source>VBS runs without Secure Boot on this device, which is enough for hotpatch, but it is weaker: Secure Boot needs UEFI. Plan a conversion (MBR2GPT, then UEFI mode in firmware setup).</source>
        <translation>このデバイスでは VBS がセキュア ブートなしで実行されています。hotpatch にはこれで十分ですが、保護は弱くなります。セキュア ブートには UEFI が必要です。変換を計画してください (MBR2GPT の後、ファームウェアで UEFI モードに切り替え)。</translation>
    </message>
    <message>
        <source>Legacy BIOS (CSM) boot: Secure Boot is impossible</source>
        <translation>レガシ BIOS (CSM) ブート: セキュア ブートは使用できません</translation>
    </message>
    <message>
        <source>The VBS fix requires Secure Boot (RequirePlatformSecurityFeatures=1), and Secure Boot needs UEFI boot.</source>
        <translation>VBS の修正にはセキュア ブート (RequirePlatformSecurityFeatures=1) が必要で、セキュア ブートには UEFI ブートが必要です。</translation>
    </message>
    <message>
        <source>Convert the system disk with &apos;mbr2gpt /convert /allowFullOS&apos;, then switch firmware setup to UEFI mode (disable CSM) and turn on Secure Boot.</source>
        <translation>&apos;mbr2gpt /convert /allowFullOS&apos; でシステム ディスクを変換してから、ファームウェアを UEFI モードに切り替え (CSM を無効化)、セキュア ブートをオンにしてください。</translation>
    </message>
    <message>
        <source>Secure Boot</source>
        <translation>セキュア ブート</translation>
    </message>
    <message>
        <source>Secure Boot is on</source>
        <translation>セキュア ブートはオンです</translation>
    </message>
    <message>
        <source>VBS can require Secure Boot.</source>
        <translation>VBS はセキュア ブートを必須にできます。</translation>
    </message>
    <message>
        <source>Secure Boot state unknown</source>
        <translation>セキュア ブートの状態が不明</translation>
    </message>
    <message>
        <source>The Secure Boot state</source>
        <translation>セキュア ブートの状態</translation>
    </message>
    <message>
        <source>Secure Boot unsupported (BIOS), VBS running anyway</source>
        <translation>セキュア ブート非対応 (BIOS) ですが、VBS は実行されています</translation>
    </message>
    <message>
        <source>Secure Boot is off, VBS running anyway</source>
        <translation>セキュア ブートはオフですが、VBS は実行されています</translation>
    </message>
    <message>
        <source>VBS runs without requiring Secure Boot here, which is enough for hotpatch. Microsoft recommends requiring Secure Boot (RequirePlatformSecurityFeatures=1).</source>
        <translation>ここでは VBS がセキュア ブートを必須とせずに実行されており、hotpatch にはこれで十分です。Microsoft はセキュア ブートを必須にすること (RequirePlatformSecurityFeatures=1) を推奨しています。</translation>
    </message>
    <message>
        <source>Secure Boot unsupported: the device boots in legacy BIOS mode</source>
        <translation>セキュア ブート非対応: デバイスはレガシ BIOS モードで起動しています</translation>
    </message>
    <message>
        <source>Secure Boot needs UEFI boot; see HP-UEFI.</source>
        <translation>セキュア ブートには UEFI ブートが必要です。HP-UEFI を参照してください。</translation>
    </message>
    <message>
        <source>Switch to UEFI boot first (see HP-UEFI), then turn on Secure Boot.</source>
        <translation>まず UEFI ブートに切り替えてから (HP-UEFI を参照)、セキュア ブートをオンにしてください。</translation>
    </message>
    <message>
        <source>Secure Boot is off</source>
        <translation>セキュア ブートはオフです</translation>
    </message>
    <message>
        <source>VBS is (or will be, with the fix) set to require Secure Boot, so it cannot run while Secure Boot is off.</source>
        <translation>VBS はセキュア ブートを必須とするよう設定されている (または修正で設定される) ため、セキュア ブートがオフの間は実行できません。</translation>
    </message>
    <message>
        <source>Turn on Secure Boot in firmware setup (Security or Boot menu; restore the factory keys if it is greyed out).</source>
        <translation>ファームウェアでセキュア ブートをオンにしてください (Security または Boot メニュー。灰色で選択できない場合は工場出荷時のキーを復元)。</translation>
    </message>
    <message>
        <source>TPM 2.0</source>
        <translation>TPM 2.0</translation>
    </message>
    <message>
        <source>TPM state unknown</source>
        <translation>TPM の状態が不明</translation>
    </message>
    <message>
        <source>The TPM</source>
        <translation>TPM</translation>
    </message>
    <message>
        <source>TPM 2.0 present</source>
        <translation>TPM 2.0 があります</translation>
    </message>
    <message>
        <source>Windows 11 requires TPM 2.0.</source>
        <translation>Windows 11 には TPM 2.0 が必要です。</translation>
    </message>
    <message>
        <source>TPM %1</source>
        <translation>TPM %1</translation>
    </message>
    <message>
        <source>No TPM</source>
        <translation>TPM なし</translation>
    </message>
    <message>
        <source>Windows Server does not require a TPM for hotpatch; Credential Guard and measured boot work better with TPM 2.0.</source>
        <translation>Windows Server では hotpatch に TPM は必要ありません。Credential Guard とメジャー ブートは TPM 2.0 でより効果的に動作します。</translation>
    </message>
    <message>
        <source>No TPM found</source>
        <translation>TPM が見つかりません</translation>
    </message>
    <message>
        <source>Windows 11 requires TPM 2.0; a device without one runs an unsupported installation. Most devices since 2016 have a firmware TPM that is only switched off.</source>
        <translation>Windows 11 には TPM 2.0 が必要です。TPM のないデバイスはサポート対象外のインストールです。2016 年以降のほとんどのデバイスには、オフになっているだけのファームウェア TPM があります。</translation>
    </message>
    <message>
        <source>Turn on the firmware TPM in firmware setup (Intel PTT or AMD fTPM); on a VM, add a virtual TPM. If the device has no TPM at all it needs other hardware.</source>
        <translation>ファームウェアでファームウェア TPM (Intel PTT または AMD fTPM) をオンにしてください。仮想マシンの場合は仮想 TPM を追加してください。TPM がまったくないデバイスには別のハードウェアが必要です。</translation>
    </message>
    <message>
        <source>TPM %1 (Windows 11 needs 2.0)</source>
        <translation>TPM %1 (Windows 11 には 2.0 が必要)</translation>
    </message>
    <message>
        <source>Windows 11 requires TPM 2.0; some TPM 1.2 chips can take a 2.0 firmware update from the OEM.</source>
        <translation>Windows 11 には TPM 2.0 が必要です。一部の TPM 1.2 チップは OEM から 2.0 へのファームウェア更新を受けられます。</translation>
    </message>
    <message>
        <source>Check the OEM for a TPM 2.0 firmware update; otherwise replace the device.</source>
        <translation>OEM に TPM 2.0 のファームウェア更新があるか確認してください。ない場合はデバイスを交換してください。</translation>
    </message>
    <message>
        <source>Virtualization extensions (VT-x / AMD-V)</source>
        <translation>仮想化拡張機能 (VT-x / AMD-V)</translation>
    </message>
    <message>
        <source>VBS runs, so the extensions are present</source>
        <translation>VBS が実行されているため、拡張機能はあります</translation>
    </message>
    <message>
        <source>Virtualization extensions unknown</source>
        <translation>仮想化拡張機能が不明</translation>
    </message>
    <message>
        <source>The virtualization extensions</source>
        <translation>仮想化拡張機能</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>The hypervisor needs VT-x or AMD-V.</source>
        <translation>ハイパーバイザーには VT-x または AMD-V が必要です。</translation>
    </message>
    <message>
        <source>This VM does not see virtualization extensions</source>
        <translation>この仮想マシンからは仮想化拡張機能が見えません</translation>
    </message>
    <message>
        <source>VBS inside a virtual machine needs nested virtualization from the host; without it the guest cannot start the Windows hypervisor.</source>
        <translation>仮想マシン内の VBS にはホストからの入れ子になった仮想化が必要です。これがないと、ゲストは Windows ハイパーバイザーを起動できません。</translation>
    </message>
    <message>
        <source>On the Hyper-V host, with the VM off: Set-VMProcessor -VMName &lt;name&gt; -ExposeVirtualizationExtensions $true (other hosts: enable nested virtualization / &apos;expose hardware assisted virtualization&apos;). The VM must be Generation 2 with Secure Boot.</source>
        <translation>Hyper-V ホストで、仮想マシンを停止した状態で: Set-VMProcessor -VMName &lt;name&gt; -ExposeVirtualizationExtensions $true (その他のホスト: 入れ子になった仮想化 / &apos;expose hardware assisted virtualization&apos; を有効化)。仮想マシンはセキュア ブート付きの第 2 世代である必要があります。</translation>
    </message>
    <message>
        <source>The processor has no VT-x / AMD-V</source>
        <translation>プロセッサに VT-x / AMD-V がありません</translation>
    </message>
    <message>
        <source>Without virtualization extensions the Windows hypervisor cannot start, so VBS cannot run.</source>
        <translation>仮想化拡張機能がないと Windows ハイパーバイザーを起動できないため、VBS を実行できません。</translation>
    </message>
    <message>
        <source>This device needs other hardware.</source>
        <translation>このデバイスには別のハードウェアが必要です。</translation>
    </message>
    <message>
        <source>Virtualization enabled in firmware</source>
        <translation>ファームウェアで仮想化が有効</translation>
    </message>
    <message>
        <source>Virtual machine: decided by the host (see HP-CPU-VIRT)</source>
        <translation>仮想マシン: ホストによって決まります (HP-CPU-VIRT を参照)</translation>
    </message>
    <message>
        <source>A guest&apos;s virtualization comes from its host&apos;s settings.</source>
        <translation>ゲストの仮想化はホストの設定によって決まります。</translation>
    </message>
    <message>
        <source>VBS runs, so virtualization is enabled</source>
        <translation>VBS が実行されているため、仮想化は有効です</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Whether firmware enables virtualization</source>
        <translation>ファームウェアで仮想化が有効かどうか</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Firmware makes VT-x / AMD-V available.</source>
        <translation>ファームウェアにより VT-x / AMD-V が使用可能です。</translation>
    </message>
    <message>
        <source>The processor has no extensions (see HP-CPU-VIRT)</source>
        <translation>プロセッサに拡張機能がありません (HP-CPU-VIRT を参照)</translation>
    </message>
    <message>
        <source>Nothing to enable in firmware.</source>
        <translation>ファームウェアで有効にするものはありません。</translation>
    </message>
    <message>
        <source>Virtualization is disabled in firmware setup</source>
        <translation>ファームウェアで仮想化が無効になっています</translation>
    </message>
    <message>
        <source>The processor supports virtualization, but firmware setup has it switched off, so the hypervisor cannot start and VBS cannot run.</source>
        <translation>プロセッサは仮想化に対応していますが、ファームウェアでオフになっているため、ハイパーバイザーを起動できず、VBS を実行できません。</translation>
    </message>
    <message>
        <source>Enable Intel VT-x (Intel Virtualization Technology) or AMD SVM in firmware setup (usually Advanced &gt; CPU Configuration).</source>
        <translation>ファームウェアで Intel VT-x (Intel Virtualization Technology) または AMD SVM を有効にしてください (通常は Advanced &gt; CPU Configuration)。</translation>
    </message>
    <message>
        <source>Second Level Address Translation</source>
        <translation>第 2 レベル アドレス変換 (SLAT)</translation>
    </message>
    <message>
        <source>VBS runs, so SLAT is present</source>
        <translation>VBS が実行されているため、SLAT はあります</translation>
    </message>
    <message>
        <source>SLAT support</source>
        <translation>SLAT のサポート</translation>
    </message>
    <message>
        <source>Present (EPT / RVI)</source>
        <translation>あり (EPT / RVI)</translation>
    </message>
    <message>
        <source>The hypervisor needs SLAT.</source>
        <translation>ハイパーバイザーには SLAT が必要です。</translation>
    </message>
    <message>
        <source>No virtualization extensions (see HP-CPU-VIRT)</source>
        <translation>仮想化拡張機能がありません (HP-CPU-VIRT を参照)</translation>
    </message>
    <message>
        <source>SLAT is part of the virtualization extensions.</source>
        <translation>SLAT は仮想化拡張機能の一部です。</translation>
    </message>
    <message>
        <source>The processor has no SLAT</source>
        <translation>プロセッサに SLAT がありません</translation>
    </message>
    <message>
        <source>The Windows hypervisor needs SLAT (Intel EPT / AMD RVI); VBS cannot run without it.</source>
        <translation>Windows ハイパーバイザーには SLAT (Intel EPT / AMD RVI) が必要です。SLAT がないと VBS を実行できません。</translation>
    </message>
    <message>
        <source>No-execute (DEP)</source>
        <translation>データ実行防止 (DEP)</translation>
    </message>
    <message>
        <source>NX support</source>
        <translation>NX のサポート</translation>
    </message>
    <message>
        <source>VBS needs NX.</source>
        <translation>VBS には NX が必要です。</translation>
    </message>
    <message>
        <source>NX / Execute Disable is off</source>
        <translation>NX / Execute Disable がオフです</translation>
    </message>
    <message>
        <source>VBS needs the no-execute protection.</source>
        <translation>VBS には実行防止保護が必要です。</translation>
    </message>
    <message>
        <source>Enable Execute Disable Bit (XD/NX) in firmware setup.</source>
        <translation>ファームウェアで Execute Disable Bit (XD/NX) を有効にしてください。</translation>
    </message>
    <message>
        <source>Hypervisor launch in the boot configuration</source>
        <translation>ブート構成でのハイパーバイザーの起動</translation>
    </message>
    <message>
        <source>VBS runs, so the hypervisor launches</source>
        <translation>VBS が実行されているため、ハイパーバイザーは起動しています</translation>
    </message>
    <message>
        <source>Boot configuration not readable</source>
        <translation>ブート構成を読み取れません</translation>
    </message>
    <message>
        <source>The boot configuration</source>
        <translation>ブート構成</translation>
    </message>
    <message>
        <source>hypervisorlaunchtype is Off</source>
        <translation>hypervisorlaunchtype が Off です</translation>
    </message>
    <message>
        <source>The boot configuration tells Windows not to start the hypervisor (often left by an emulator or game installer, or a tuning script), so VBS cannot run.</source>
        <translation>ブート構成が Windows にハイパーバイザーを起動しないよう指示しているため (エミュレーター、ゲームのインストーラー、チューニング スクリプトが残すことが多い)、VBS を実行できません。</translation>
    </message>
    <message>
        <source>In an elevated prompt run &apos;bcdedit /set {current} hypervisorlaunchtype auto&apos;, then restart. Check first which software turned it off (some older emulators need it off).</source>
        <translation>管理者として実行したコマンド プロンプトで &apos;bcdedit /set {current} hypervisorlaunchtype auto&apos; を実行し、再起動してください。先に、どのソフトウェアがオフにしたかを確認してください (一部の古いエミュレーターはオフが必要です)。</translation>
    </message>
    <message>
        <source>hypervisorlaunchtype %1</source>
        <translation>hypervisorlaunchtype %1</translation>
    </message>
    <message>
        <source>Windows starts the hypervisor at boot when VBS needs it.</source>
        <translation>VBS が必要とする場合、Windows は起動時にハイパーバイザーを起動します。</translation>
    </message>
    <message>
        <source>DMA protection</source>
        <translation>DMA 保護</translation>
    </message>
    <message>
        <source>VBS requires DMA protection, which this device lacks</source>
        <translation>VBS は DMA 保護を必須としていますが、このデバイスにはありません</translation>
    </message>
    <message>
        <source>RequirePlatformSecurityFeatures=3 asks for Secure Boot and DMA protection (an IOMMU); Windows reports no DMA protection, so VBS will not start.</source>
        <translation>RequirePlatformSecurityFeatures=3 はセキュア ブートと DMA 保護 (IOMMU) を要求しますが、Windows は DMA 保護がないと報告しているため、VBS は起動しません。</translation>
    </message>
    <message>
        <source>Lower the requirement to Secure Boot only (RequirePlatformSecurityFeatures=1) where it is set, or use hardware with an IOMMU (Intel VT-d / AMD-Vi, enabled in firmware).</source>
        <translation>要件が設定されている場所で、セキュア ブートのみ (RequirePlatformSecurityFeatures=1) に下げるか、IOMMU を備えたハードウェア (ファームウェアで有効にした Intel VT-d / AMD-Vi) を使用してください。</translation>
    </message>
    <message>
        <source>Kernel DMA Protection is on</source>
        <translation>カーネル DMA 保護はオンです</translation>
    </message>
    <message>
        <source>External devices cannot read memory through DMA.</source>
        <translation>外部デバイスは DMA 経由でメモリを読み取れません。</translation>
    </message>
    <message>
        <source>Kernel DMA Protection state unknown</source>
        <translation>カーネル DMA 保護の状態が不明</translation>
    </message>
    <message>
        <source>Not needed for hotpatch.</source>
        <translation>hotpatch には不要です。</translation>
    </message>
    <message>
        <source>Kernel DMA Protection</source>
        <translation>カーネル DMA 保護</translation>
    </message>
    <message>
        <source>Kernel DMA Protection is off</source>
        <translation>カーネル DMA 保護はオフです</translation>
    </message>
    <message>
        <source>Not needed for hotpatch. Only required if VBS is set to require DMA protection (RequirePlatformSecurityFeatures=3). It needs UEFI, an IOMMU and VT-d/AMD-Vi enabled in firmware.</source>
        <translation>hotpatch には不要です。VBS が DMA 保護を必須とするよう設定されている場合 (RequirePlatformSecurityFeatures=3) にのみ必要です。UEFI、IOMMU、およびファームウェアで有効にした VT-d/AMD-Vi が必要です。</translation>
    </message>
    <message>
        <source>VBS configured</source>
        <translation>VBS の構成</translation>
    </message>
    <message>
        <source>Configuration unknown</source>
        <translation>構成が不明</translation>
    </message>
    <message>
        <source>The VBS configuration</source>
        <translation>VBS の構成</translation>
    </message>
    <message>
        <source>VBS is turned on (by %1)</source>
        <translation>VBS はオンです (%1 による)</translation>
    </message>
    <message>
        <source>Windows will start VBS at boot when the hardware and firmware allow it.</source>
        <translation>ハードウェアとファームウェアが許可すれば、Windows は起動時に VBS を開始します。</translation>
    </message>
    <message>
        <source>Group Policy turns VBS off</source>
        <translation>グループ ポリシーが VBS をオフにしています</translation>
    </message>
    <message>
        <source>Intune (MDM) policy turns VBS off</source>
        <translation>Intune (MDM) ポリシーが VBS をオフにしています</translation>
    </message>
    <message>
        <source>The Group Policy value HKLM\%1\EnableVirtualizationBasedSecurity is 0. A local change would be reverted at the next policy refresh, so this tool does not override it.</source>
        <translation>グループ ポリシーの値 HKLM\%1\EnableVirtualizationBasedSecurity が 0 です。ローカルで変更しても次回のポリシー更新で元に戻るため、このツールは上書きしません。</translation>
    </message>
    <message>
        <source>The MDM policy value HKLM\%1\EnableVirtualizationBasedSecurity is 0. A local change would be reverted at the next policy refresh, so this tool does not override it.</source>
        <translation>MDM ポリシーの値 HKLM\%1\EnableVirtualizationBasedSecurity が 0 です。ローカルで変更しても次回のポリシー更新で元に戻るため、このツールは上書きしません。</translation>
    </message>
    <message>
        <source>Set &apos;Turn On Virtualization Based Security&apos; (Computer Configuration &gt; Administrative Templates &gt; System &gt; Device Guard) to Enabled with &apos;Secure Boot&apos; in the GPO that applies, then restart.</source>
        <translation>適用される GPO で &apos;Virtualization Based Security を有効にする&apos; (コンピューターの構成 &gt; 管理用テンプレート &gt; システム &gt; Device Guard) を &apos;有効&apos; にして &apos;セキュア ブート&apos; を選択し、再起動してください。</translation>
    </message>
    <message>
        <source>In Intune, set DeviceGuard/EnableVirtualizationBasedSecurity to 1 (and RequirePlatformSecurityFeatures to 1) in the profile assigned to this device, then restart.</source>
        <translation>Intune で、このデバイスに割り当てられたプロファイルの DeviceGuard/EnableVirtualizationBasedSecurity を 1 に (RequirePlatformSecurityFeatures も 1 に) 設定し、再起動してください。</translation>
    </message>
    <message>
        <source>VBS is not turned on</source>
        <translation>VBS がオンになっていません</translation>
    </message>
    <message>
        <source>Nothing enables virtualization-based security on this device. This tool can turn it on (EnableVirtualizationBasedSecurity=1, RequirePlatformSecurityFeatures=1); it takes effect at the next restart.</source>
        <translation>このデバイスでは仮想化ベースのセキュリティを有効にしているものがありません。このツールでオンにできます (EnableVirtualizationBasedSecurity=1、RequirePlatformSecurityFeatures=1)。次回の再起動で有効になります。</translation>
    </message>
    <message>
        <source>Set HKLM\%1 EnableVirtualizationBasedSecurity=1 and RequirePlatformSecurityFeatures=1 (REG_DWORD), then restart once.</source>
        <translation>HKLM\%1 の EnableVirtualizationBasedSecurity=1 と RequirePlatformSecurityFeatures=1 (REG_DWORD) を設定し、1 回再起動します。</translation>
    </message>
    <message>
        <source>Group Policy sets EnableVirtualizationBasedSecurity=0, overriding another source that turns VBS on; fix it in the GPO, not on the device.</source>
        <translation>グループ ポリシーが EnableVirtualizationBasedSecurity=0 を設定し、VBS をオンにする別のソースより優先されています。デバイス上ではなく GPO で修正してください。</translation>
    </message>
    <message>
        <source>Group Policy sets EnableVirtualizationBasedSecurity=0; fix it in the GPO, not on the device.</source>
        <translation>グループ ポリシーが EnableVirtualizationBasedSecurity=0 を設定しています。デバイス上ではなく GPO で修正してください。</translation>
    </message>
    <message>
        <source>MDM policy sets EnableVirtualizationBasedSecurity=0, overriding another source that turns VBS on; fix it in Intune, not on the device.</source>
        <translation>MDM ポリシーが EnableVirtualizationBasedSecurity=0 を設定し、VBS をオンにする別のソースより優先されています。デバイス上ではなく Intune で修正してください。</translation>
    </message>
    <message>
        <source>MDM policy sets EnableVirtualizationBasedSecurity=0; fix it in Intune, not on the device.</source>
        <translation>MDM ポリシーが EnableVirtualizationBasedSecurity=0 を設定しています。デバイス上ではなく Intune で修正してください。</translation>
    </message>
    <message>
        <source>VBS is not turned on by any source (registry, Group Policy or MDM).</source>
        <translation>どのソース (レジストリ、グループ ポリシー、MDM) も VBS をオンにしていません。</translation>
    </message>
    <message>
        <source>Secure Boot is unsupported (legacy BIOS boot) while the configuration requires it (RequirePlatformSecurityFeatures=%1).</source>
        <translation>構成がセキュア ブートを必須としている (RequirePlatformSecurityFeatures=%1) のに、セキュア ブートに対応していません (レガシ BIOS ブート)。</translation>
    </message>
    <message>
        <source>Secure Boot is off while the configuration requires it (RequirePlatformSecurityFeatures=%1).</source>
        <translation>構成がセキュア ブートを必須としている (RequirePlatformSecurityFeatures=%1) のに、セキュア ブートがオフです。</translation>
    </message>
    <message>
        <source>Secure Boot is unsupported (legacy BIOS boot); the VBS fix requires it.</source>
        <translation>セキュア ブートに対応していません (レガシ BIOS ブート)。VBS の修正にはセキュア ブートが必要です。</translation>
    </message>
    <message>
        <source>Secure Boot is off; the VBS fix requires it.</source>
        <translation>セキュア ブートがオフです。VBS の修正にはセキュア ブートが必要です。</translation>
    </message>
    <message>
        <source>The configuration requires DMA protection (RequirePlatformSecurityFeatures=3), but Windows reports none available (no IOMMU, or VT-d/AMD-Vi off in firmware).</source>
        <translation>構成は DMA 保護を必須としていますが (RequirePlatformSecurityFeatures=3)、Windows は利用可能な DMA 保護がないと報告しています (IOMMU がないか、ファームウェアで VT-d/AMD-Vi がオフ)。</translation>
    </message>
    <message>
        <source>32-bit Windows cannot run the hypervisor.</source>
        <translation>32 ビット版 Windows ではハイパーバイザーを実行できません。</translation>
    </message>
    <message>
        <source>This virtual machine&apos;s host does not expose virtualization extensions (nested virtualization is off).</source>
        <translation>この仮想マシンのホストは仮想化拡張機能を公開していません (入れ子になった仮想化がオフ)。</translation>
    </message>
    <message>
        <source>The processor has no virtualization extensions (VT-x / AMD-V).</source>
        <translation>プロセッサに仮想化拡張機能 (VT-x / AMD-V) がありません。</translation>
    </message>
    <message>
        <source>Virtualization (Intel VT-x / AMD SVM) is disabled in firmware setup.</source>
        <translation>ファームウェアで仮想化 (Intel VT-x / AMD SVM) が無効になっています。</translation>
    </message>
    <message>
        <source>The processor has no Second Level Address Translation (EPT/RVI).</source>
        <translation>プロセッサに第 2 レベル アドレス変換 (EPT/RVI) がありません。</translation>
    </message>
    <message>
        <source>No-execute protection (NX/XD) is off.</source>
        <translation>実行防止保護 (NX/XD) がオフです。</translation>
    </message>
    <message>
        <source>The boot configuration has hypervisorlaunchtype Off, so the hypervisor never starts.</source>
        <translation>ブート構成の hypervisorlaunchtype が Off のため、ハイパーバイザーは起動しません。</translation>
    </message>
    <message>
        <source>VBS was turned on after the last boot; it starts only after a restart, and only once the other causes listed are fixed.</source>
        <translation>VBS は前回の起動後にオンにされました。再起動後にのみ、かつ一覧のその他の原因が修正されてから開始されます。</translation>
    </message>
    <message>
        <source>VBS was turned on after the last boot; it starts only after a restart.</source>
        <translation>VBS は前回の起動後にオンにされました。再起動後にのみ開始されます。</translation>
    </message>
    <message>
        <source>Windows reports VBS enabled but not running, and none of the known causes was found. Check the System event log (Kernel-Boot) and msinfo32; unknown facts above may hide the cause.</source>
        <translation>Windows は VBS が有効だが実行されていないと報告しており、既知の原因は見つかりませんでした。システム イベント ログ (Kernel-Boot) と msinfo32 を確認してください。上の不明な情報に原因が隠れている可能性があります。</translation>
    </message>
    <message>
        <source>VBS running</source>
        <translation>VBS の実行</translation>
    </message>
    <message>
        <source>VBS state unknown</source>
        <translation>VBS の状態が不明</translation>
    </message>
    <message>
        <source>Virtualization-based security: Running</source>
        <extracomment>%1: why VBS does not run (the diagnosis, whole sentences).</extracomment>
        <translation>仮想化ベースのセキュリティ: 実行中</translation>
    </message>
    <message>
        <source>VBS runs: the hard gate for hotpatch is met.</source>
        <translation>VBS が実行されています: hotpatch の必須条件を満たしています。</translation>
    </message>
    <message>
        <source>Virtualization-based security: Not enabled</source>
        <translation>仮想化ベースのセキュリティ: 無効</translation>
    </message>
    <message>
        <source>Virtualization-based security: Enabled but not running</source>
        <translation>仮想化ベースのセキュリティ: 有効だが実行されていません</translation>
    </message>
    <message>
        <source>Hotpatch is offered only while VBS runs.</source>
        <translation>hotpatch は VBS の実行中にのみ提供されます。</translation>
    </message>
    <message>
        <source>Apply the VBS fix (if needed) and restart once.</source>
        <translation>VBS の修正を適用し (必要な場合)、1 回再起動してください。</translation>
    </message>
    <message>
        <source>Investigate the cause (see the diagnosis).</source>
        <translation>原因を調査してください (診断を参照)。</translation>
    </message>
    <message>
        <source>Fix the causes listed in the diagnosis; VBS starts at the next restart.</source>
        <translation>診断に示された原因を修正してください。VBS は次回の再起動で開始されます。</translation>
    </message>
    <message>
        <source>CHPE disabled (Arm64)</source>
        <translation>CHPE の無効化 (Arm64)</translation>
    </message>
    <message>
        <source>CHPE applies to Arm64 only.</source>
        <translation>CHPE は Arm64 にのみ該当します。</translation>
    </message>
    <message>
        <source>Not Arm64: Intel and AMD processors have no CHPE</source>
        <translation>Arm64 ではありません: Intel と AMD のプロセッサには CHPE はありません</translation>
    </message>
    <message>
        <source>Only Arm64 devices need CHPE disabled.</source>
        <translation>CHPE の無効化が必要なのは Arm64 デバイスだけです。</translation>
    </message>
    <message>
        <source>CHPE state unknown</source>
        <translation>CHPE の状態が不明</translation>
    </message>
    <message>
        <source>CHPE is disabled (HotPatchRestrictions=1)</source>
        <translation>CHPE は無効です (HotPatchRestrictions=1)</translation>
    </message>
    <message>
        <source>Arm64 hotpatch requirement met.</source>
        <translation>Arm64 の hotpatch 要件を満たしています。</translation>
    </message>
    <message>
        <source>Disabling CHPE makes x86 apps use the emulation-only binaries instead of CHPE binaries, which Microsoft warns may affect performance or compatibility. To undo: HotPatchRestrictions=0 and restart.</source>
        <translation>CHPE を無効にすると、x86 アプリは CHPE バイナリの代わりにエミュレーション専用のバイナリを使用します。Microsoft は、パフォーマンスや互換性に影響する可能性があると警告しています。元に戻すには: HotPatchRestrictions=0 にして再起動します。</translation>
    </message>
    <message>
        <source>CHPE disable is set and waits for a restart</source>
        <translation>CHPE の無効化は設定済みで、再起動を待っています</translation>
    </message>
    <message>
        <source>HotPatchRestrictions=1 takes effect at the next restart.</source>
        <translation>HotPatchRestrictions=1 は次回の再起動で有効になります。</translation>
    </message>
    <message>
        <source>Restart once.</source>
        <translation>1 回再起動してください。</translation>
    </message>
    <message>
        <source>CHPE is enabled: Arm64 hotpatch needs it disabled</source>
        <translation>CHPE が有効です: Arm64 の hotpatch には無効化が必要です</translation>
    </message>
    <message>
        <source>Hotpatch updates cannot service CHPE binaries in %SystemRoot%\SyChpe32.</source>
        <translation>hotpatch 更新プログラムは %SystemRoot%\SyChpe32 の CHPE バイナリを更新できません。</translation>
    </message>
    <message>
        <source>Set HKLM\%1 HotPatchRestrictions=1 (REG_DWORD), then restart once.</source>
        <translation>HKLM\%1 の HotPatchRestrictions=1 (REG_DWORD) を設定し、1 回再起動します。</translation>
    </message>
    <message>
        <source>Intune management</source>
        <translation>Intune による管理</translation>
    </message>
    <message>
        <source>Windows Server: managed through Azure Arc, not Intune</source>
        <translation>Windows Server: Intune ではなく Azure Arc で管理</translation>
    </message>
    <message>
        <source>Server hotpatch is enabled in Azure Arc / Azure Update Manager (see HP-HOTPATCH-POLICY).</source>
        <translation>サーバーの hotpatch は Azure Arc / Azure Update Manager で有効にします (HP-HOTPATCH-POLICY を参照)。</translation>
    </message>
    <message>
        <source>Enrollment unknown</source>
        <translation>登録が不明</translation>
    </message>
    <message>
        <source>MDM enrollment</source>
        <translation>MDM の登録</translation>
    </message>
    <message>
        <source>Not enrolled in MDM</source>
        <translation>MDM に登録されていません</translation>
    </message>
    <message>
        <source>Hotpatch is turned on by an Intune Windows quality update policy, so the device must be enrolled in Intune.</source>
        <translation>hotpatch は Intune の Windows 品質更新ポリシーによってオンになるため、デバイスを Intune に登録する必要があります。</translation>
    </message>
    <message>
        <source>Enroll the device in Intune (Settings &gt; Accounts &gt; Access work or school, or Autopilot / Entra join with automatic MDM enrollment).</source>
        <translation>デバイスを Intune に登録してください (設定 &gt; アカウント &gt; 職場または学校にアクセスする、または自動 MDM 登録付きの Autopilot / Entra 参加)。</translation>
    </message>
    <message>
        <source>Enrolled in Microsoft Intune</source>
        <translation>Microsoft Intune に登録済み</translation>
    </message>
    <message>
        <source>Intune can deliver the hotpatch policy.</source>
        <translation>Intune から hotpatch ポリシーを配信できます。</translation>
    </message>
    <message>
        <source>Enrolled, provider not identified</source>
        <translation>登録済み、プロバイダーは特定できません</translation>
    </message>
    <message>
        <source>The device is registered with management, but the enrollment does not name Intune; confirm in the Intune admin center.</source>
        <translation>デバイスは管理に登録されていますが、登録には Intune の名前がありません。Intune 管理センターで確認してください。</translation>
    </message>
    <message>
        <source>Managed by %1, not Intune</source>
        <translation>%1 で管理されており、Intune ではありません</translation>
    </message>
    <message>
        <source>Hotpatch is turned on by an Intune / Windows Autopatch quality update policy.</source>
        <translation>hotpatch は Intune / Windows Autopatch の品質更新ポリシーによってオンになります。</translation>
    </message>
    <message>
        <source>Move the device to Intune management (co-management workloads included).</source>
        <translation>デバイスを Intune の管理に移行してください (共同管理のワークロードを含む)。</translation>
    </message>
    <message>
        <source>Hotpatch policy</source>
        <translation>hotpatch ポリシー</translation>
    </message>
    <message>
        <source>Hotpatch Enrollment Package installed</source>
        <translation>Hotpatch Enrollment Package がインストールされています</translation>
    </message>
    <message>
        <source>The server shows the hotpatch enrollment package (a third-party-documented signal [3P]).</source>
        <translation>サーバーに hotpatch 登録パッケージがあります (サードパーティが文書化したシグナル [3P])。</translation>
    </message>
    <message>
        <source>No hotpatch enrollment seen on this server</source>
        <translation>このサーバーでは hotpatch の登録が見つかりません</translation>
    </message>
    <message>
        <source>The &apos;Hotpatch Enrollment Package&apos; was not found (a third-party-documented signal [3P]). Hotpatch for Windows Server 2025 is enabled in Azure Arc (or is built into Azure Edition).</source>
        <translation>&apos;Hotpatch Enrollment Package&apos; が見つかりませんでした (サードパーティが文書化したシグナル [3P])。Windows Server 2025 の hotpatch は Azure Arc で有効にします (Azure Edition には組み込まれています)。</translation>
    </message>
    <message>
        <source>Arc-enable the server and select Hotpatch in the Azure portal.</source>
        <translation>サーバーで Arc を有効にし、Azure portal で Hotpatch を選択してください。</translation>
    </message>
    <message>
        <source>No MDM: no policy can arrive (see HP-MDM)</source>
        <translation>MDM なし: ポリシーは届きません (HP-MDM を参照)</translation>
    </message>
    <message>
        <source>The hotpatch policy comes from Intune.</source>
        <translation>hotpatch ポリシーは Intune から届きます。</translation>
    </message>
    <message>
        <source>Policy state unknown</source>
        <translation>ポリシーの状態が不明</translation>
    </message>
    <message>
        <source>The hotpatch policy</source>
        <translation>hotpatch ポリシー</translation>
    </message>
    <message>
        <source>AllowRebootlessUpdates=1: hotpatch is turned on</source>
        <translation>AllowRebootlessUpdates=1: hotpatch はオンです</translation>
    </message>
    <message>
        <source>The Intune quality update policy with hotpatch reached this device. (Registry location from third-party tools, not documented by Microsoft [UNCONFIRMED].) Settings &gt; Windows Update &gt; Advanced options &gt; Configured update policies should list &apos;Enable hotpatching when available&apos;.</source>
        <translation>hotpatch を含む Intune の品質更新ポリシーがこのデバイスに届いています。(レジストリの場所はサードパーティ製ツールによるもので、Microsoft は文書化していません [UNCONFIRMED]。) 設定 &gt; Windows Update &gt; 詳細オプション &gt; 構成された更新ポリシー に &apos;Enable hotpatching when available&apos; が表示されるはずです。</translation>
    </message>
    <message>
        <source>AllowRebootlessUpdates=%1: hotpatch is turned off</source>
        <translation>AllowRebootlessUpdates=%1: hotpatch はオフです</translation>
    </message>
    <message>
        <source>The policy that reached this device does not allow hotpatch.</source>
        <translation>このデバイスに届いたポリシーは hotpatch を許可していません。</translation>
    </message>
    <message>
        <source>In Intune (Devices &gt; Windows updates &gt; Quality updates), set &apos;When available, apply without restarting the device (&quot;Hotpatch&quot;)&apos; to Allow in the policy assigned to this device.</source>
        <translation>Intune (デバイス &gt; Windows 更新プログラム &gt; 品質更新プログラム) で、このデバイスに割り当てられたポリシーの &apos;When available, apply without restarting the device (&quot;Hotpatch&quot;)&apos; を Allow に設定してください。</translation>
    </message>
    <message>
        <source>No hotpatch policy value found on the device</source>
        <translation>デバイスに hotpatch ポリシーの値が見つかりません</translation>
    </message>
    <message>
        <source>No AllowRebootlessUpdates value was found (a location used by third-party tools, not documented by Microsoft [UNCONFIRMED]). Since the May 2026 update, Windows Autopatch turns hotpatch on by default for eligible devices that have no quality update policy, so this may still be fine.</source>
        <translation>AllowRebootlessUpdates の値が見つかりませんでした (サードパーティ製ツールが使う場所で、Microsoft は文書化していません [UNCONFIRMED])。2026 年 5 月の更新以降、Windows Autopatch は品質更新ポリシーのない対象デバイスで hotpatch を既定でオンにするため、問題ない可能性もあります。</translation>
    </message>
    <message>
        <source>Confirm in Intune that a Windows quality update policy with Hotpatch set to Allow (or the Autopatch default) applies to this device; on the device check Settings &gt; Windows Update &gt; Advanced options &gt; Configured update policies for &apos;Enable hotpatching when available&apos;.</source>
        <translation>Hotpatch を Allow に設定した Windows 品質更新ポリシー (または Autopatch の既定) がこのデバイスに適用されていることを Intune で確認してください。デバイスでは、設定 &gt; Windows Update &gt; 詳細オプション &gt; 構成された更新ポリシー に &apos;Enable hotpatching when available&apos; があるか確認してください。</translation>
    </message>
    <message>
        <source>Eligible licence</source>
        <translation>対象ライセンス</translation>
    </message>
    <message>
        <source>The licence cannot be verified on the device</source>
        <translation>ライセンスはデバイス上で確認できません</translation>
    </message>
    <message>
        <source>Hotpatch for Windows Server 2025 Standard/Datacenter comes with Azure Arc (no extra cost since the 2025 announcement); Azure Edition includes it. Nothing on the server shows it.</source>
        <translation>Windows Server 2025 Standard/Datacenter の hotpatch は Azure Arc に含まれ (2025 年の発表以降追加費用なし)、Azure Edition にも含まれています。サーバー上にはその痕跡がありません。</translation>
    </message>
    <message>
        <source>Check the Arc subscription / Azure portal for this server.</source>
        <translation>このサーバーの Arc サブスクリプション / Azure portal を確認してください。</translation>
    </message>
    <message>
        <source>Hotpatch needs one of: Windows 11 Enterprise E3 or E5, Microsoft 365 F3, Windows 11 Education A3 or A5, Microsoft 365 Business Premium, or Windows 365 Enterprise. Licences are assigned in the cloud and leave no trace on the device.</source>
        <translation>hotpatch には次のいずれかが必要です: Windows 11 Enterprise E3 または E5、Microsoft 365 F3、Windows 11 Education A3 または A5、Microsoft 365 Business Premium、Windows 365 Enterprise。ライセンスはクラウドで割り当てられ、デバイスには痕跡が残りません。</translation>
    </message>
    <message>
        <source>Check the primary user&apos;s licences in the Microsoft 365 admin center (Users &gt; Active users &gt; Licenses and apps), or the Intune / Autopatch hotpatch report.</source>
        <translation>Microsoft 365 管理センター (ユーザー &gt; アクティブなユーザー &gt; ライセンスとアプリ) で主ユーザーのライセンスを確認するか、Intune / Autopatch の hotpatch レポートを確認してください。</translation>
    </message>
    <message>
        <source>Pending restart</source>
        <translation>保留中の再起動</translation>
    </message>
    <message>
        <source>The pending-restart indicators</source>
        <translation>保留中の再起動の指標</translation>
    </message>
    <message>
        <source>No restart pending</source>
        <translation>保留中の再起動はありません</translation>
    </message>
    <message>
        <source>Nothing waits for a restart.</source>
        <translation>再起動を待っているものはありません。</translation>
    </message>
    <message>
        <source>A restart is pending (%1)</source>
        <translation>再起動が保留中です (%1)</translation>
    </message>
    <message>
        <source>Updates or changes wait for a restart; until then the build and settings in effect are the old ones. The single restart this tool schedules completes them too.</source>
        <translation>更新プログラムまたは変更が再起動を待っています。それまでは古いビルドと設定が有効です。このツールがスケジュールする 1 回の再起動でこれらも完了します。</translation>
    </message>
    <message>
        <source>Restart once (the same restart as the fixes).</source>
        <translation>1 回再起動してください (修正と同じ再起動)。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A next step: %1 is the check&apos;s id (HP-...), %2 what to do.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Restart the device once; every change above (and any pending update) takes effect with that single restart.</source>
        <translation>デバイスを 1 回再起動してください。上記のすべての変更 (および保留中の更新プログラム) がその 1 回の再起動で有効になります。</translation>
    </message>
    <message>
        <source>After the restart, assess again: msinfo32 &apos;Virtualization-based security&apos; must read Running and the verdict must be ready.</source>
        <translation>再起動後にもう一度評価してください: msinfo32 の &apos;仮想化ベースのセキュリティ&apos; が &apos;実行中&apos; になり、判定が準備完了になる必要があります。</translation>
    </message>
    <message>
        <source>asked for: the values Group Policy writes, set locally (no domain GPO or MDM here)</source>
        <translation>要求どおり: グループ ポリシーが書き込む値をローカルで設定 (ここにはドメインの GPO も MDM もありません)</translation>
    </message>
    <message>
        <source>local policy values already exist under HKLM\%1 and outrank the runtime key; no domain GPO or MDM governs them</source>
        <translation>ローカル ポリシーの値が HKLM\%1 に既にあり、ランタイム キーより優先されます。ドメインの GPO も MDM もそれらを管理していません</translation>
    </message>
    <message>
        <source>the runtime DeviceGuard key (policy values exist but are governed by a domain GPO or MDM, which this tool does not overwrite)</source>
        <translation>ランタイムの DeviceGuard キー (ポリシーの値はありますが、ドメインの GPO または MDM が管理しており、このツールは上書きしません)</translation>
    </message>
    <message>
        <source>the runtime DeviceGuard key, Microsoft&apos;s documented registry method; no Group Policy or MDM sets VBS on this device</source>
        <translation>ランタイムの DeviceGuard キー、Microsoft が文書化したレジストリの方法です。このデバイスで VBS を設定しているグループ ポリシーや MDM はありません</translation>
    </message>
    <message>
        <source>DMA protection was asked for, but Windows reports no DMA protection on this device (AvailableSecurityProperties lacks 3): requiring it would stop VBS from starting, so the plan requires Secure Boot only (RequirePlatformSecurityFeatures=1).</source>
        <translation>DMA 保護が要求されましたが、Windows はこのデバイスに DMA 保護がないと報告しています (AvailableSecurityProperties に 3 がありません)。必須にすると VBS が起動しなくなるため、プランはセキュア ブートのみを必須にします (RequirePlatformSecurityFeatures=1)。</translation>
    </message>
    <message>
        <source>turns on virtualization-based security at the next boot</source>
        <translation>次回の起動時に仮想化ベースのセキュリティをオンにします</translation>
    </message>
    <message>
        <source>VBS requires Secure Boot and DMA protection (asked for)</source>
        <translation>VBS でセキュア ブートと DMA 保護を必須にします (要求どおり)</translation>
    </message>
    <message>
        <source>VBS requires Secure Boot (Microsoft&apos;s recommended setting)</source>
        <translation>VBS でセキュア ブートを必須にします (Microsoft の推奨設定)</translation>
    </message>
    <message>
        <source>RequirePlatformSecurityFeatures is set by %1 on this device; the plan leaves it to that policy.</source>
        <extracomment>%1: the source&apos;s code, group_policy or mdm.</extracomment>
        <translation>このデバイスでは RequirePlatformSecurityFeatures を %1 が設定しています。プランはそのポリシーに任せます。</translation>
    </message>
    <message>
        <source>turns on memory integrity without UEFI lock (asked for)</source>
        <translation>UEFI ロックなしでメモリ整合性をオンにします (要求どおり)</translation>
    </message>
    <message>
        <source>turns on memory integrity (asked for)</source>
        <translation>メモリ整合性をオンにします (要求どおり)</translation>
    </message>
    <message>
        <source>Memory integrity (HVCI) blocks drivers that are not compatible with it; a boot-critical incompatible driver can keep it off. Hotpatch needs VBS running, not memory integrity. After the restart, check Windows Security &gt; Device security &gt; Core isolation for incompatible drivers.</source>
        <translation>メモリ整合性 (HVCI) は互換性のないドライバーをブロックします。ブートに不可欠な互換性のないドライバーがあると、メモリ整合性はオフのままになることがあります。hotpatch に必要なのは VBS の実行で、メモリ整合性ではありません。再起動後、Windows セキュリティ &gt; デバイス セキュリティ &gt; コア分離 で互換性のないドライバーを確認してください。</translation>
    </message>
    <message>
        <source>disables CHPE binaries on Arm64 at the next boot</source>
        <translation>次回の起動時に Arm64 の CHPE バイナリを無効にします</translation>
    </message>
    <message>
        <source>Disabling CHPE makes x86 apps use the emulation-only binaries instead of CHPE binaries; Microsoft warns this may affect performance or compatibility. To undo: HotPatchRestrictions=0 (or rollback) and restart.</source>
        <translation>CHPE を無効にすると、x86 アプリは CHPE バイナリの代わりにエミュレーション専用のバイナリを使用します。Microsoft は、パフォーマンスや互換性に影響する可能性があると警告しています。元に戻すには: HotPatchRestrictions=0 (またはロールバック) にして再起動します。</translation>
    </message>
    <message>
        <source>the registry changes above take effect at boot</source>
        <translation>上記のレジストリの変更は起動時に有効になります</translation>
    </message>
    <message>
        <source>VBS was turned on since the last boot and starts at the next one</source>
        <translation>VBS は前回の起動以降にオンにされ、次回の起動で開始されます</translation>
    </message>
    <message>
        <source>a CHPE change waits for a restart</source>
        <translation>CHPE の変更が再起動を待っています</translation>
    </message>
    <message>
        <source>Windows has a restart pending (%1)</source>
        <extracomment>%1: Windows&apos; pending-restart indicators (codes), comma-separated.</extracomment>
        <translation>Windows に保留中の再起動があります (%1)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>A manual step: %1 the check&apos;s summary (what was found), %2 what to do.</extracomment>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>Could not be checked: %1</source>
        <translation>確認できませんでした: %1</translation>
    </message>
    <message>
        <source>CHPE is disabled</source>
        <translation>CHPE は無効です</translation>
    </message>
    <message>
        <source>CHPE is still enabled: the restart has not happened since the change</source>
        <translation>CHPE はまだ有効です: 変更後に再起動が行われていません</translation>
    </message>
    <message>
        <source>memory integrity is running</source>
        <translation>メモリ整合性は実行中です</translation>
    </message>
    <message>
        <source>memory integrity is not running (an incompatible driver, or VBS not running).</source>
        <translation>メモリ整合性は実行されていません (互換性のないドライバーがあるか、VBS が実行されていません)。</translation>
    </message>
    <message>
        <source>VBS is configured but not running: %1</source>
        <translation>VBS は構成されていますが、実行されていません: %1</translation>
    </message>
    <message>
        <source>the value is no longer what was written (something changed it back, e.g. a policy refresh); %1</source>
        <extracomment>%1: whether the change took effect (a sentence).</extracomment>
        <translation>値が書き込んだものではなくなっています (ポリシーの更新などで何かが元に戻しました)。%1</translation>
    </message>
    <message>
        <source>Secure Boot 2023 certificates</source>
        <translation>セキュア ブート 2023 証明書</translation>
    </message>
    <message>
        <source>Microsoft&apos;s 2011 Secure Boot certificates expired in 2026 (KEK CA 2011 on 2026-06-24, UEFI CA 2011 on 2026-06-27, Windows Production PCA 2011 on 2026-10-19). A device without the 2023 certificates keeps booting and receiving normal Windows updates, but no longer receives boot manager security updates, Secure Boot database and revocation updates, or mitigations for future boot-level vulnerabilities. It does not affect hotpatch readiness, and no hotpatch fixes it.</source>
        <translation>Microsoft の 2011 年のセキュア ブート証明書は 2026 年に期限切れになりました (KEK CA 2011 は 2026-06-24、UEFI CA 2011 は 2026-06-27、Windows Production PCA 2011 は 2026-10-19)。2023 証明書がないデバイスも引き続き起動し、通常の Windows 更新プログラムを受け取りますが、ブート マネージャーのセキュリティ更新プログラム、セキュア ブート データベースと失効リストの更新、今後のブート レベルの脆弱性に対する軽減策は受け取れなくなります。hotpatch の準備状況には影響せず、hotpatch で解決することもできません。</translation>
    </message>
    <message>
        <source>The update (AvailableUpdates=0x5944) writes firmware variables (DB, then the KEK, which needs a PK-signed KEK from the device maker), installs the boot manager signed by Windows UEFI CA 2023 and needs more than one restart, separate from the hotpatch fix. With BitLocker on, suspend it for those restarts or have the recovery key at hand. Known firmware problems: firmware that rejects the write (event 1795), no PK-signed KEK for this firmware (AvailableUpdates stays 0x4004, event 1803), BIOS options that disable the 2023 CAs, firmware shipped in UEFI Deployed Mode.</source>
        <translation>この更新 (AvailableUpdates=0x5944) は、ファームウェア変数に書き込み (DB、次に KEK。KEK にはデバイス メーカーが提供する PK 署名済みの KEK が必要です)、Windows UEFI CA 2023 で署名されたブート マネージャーをインストールします。hotpatch の修正とは別に、複数回の再起動が必要です。BitLocker がオンの場合は、これらの再起動の間 BitLocker を一時停止するか、回復キーを手元に用意してください。既知のファームウェアの問題: 書き込みを拒否するファームウェア (イベント 1795)、このファームウェア用の PK 署名済み KEK がない (AvailableUpdates が 0x4004 のまま、イベント 1803)、2023 CA を無効にする BIOS オプション、UEFI Deployed Mode で出荷されたファームウェア。</translation>
    </message>
    <message>
        <source>Fleets: Intune or Group Policy &apos;Enable Secure Boot Certificate Deployment&apos; (KB5068198). This device: &apos;hotpatch-ready-cli secureboot plan&apos;, then &apos;secureboot apply --confirm&apos; (opt-in, its own restarts).</source>
        <translation>フリート: Intune またはグループ ポリシー &apos;Enable Secure Boot Certificate Deployment&apos; (KB5068198)。このデバイス: &apos;hotpatch-ready-cli secureboot plan&apos; の後に &apos;secureboot apply --confirm&apos; (オプトイン、独自の再起動あり)。</translation>
    </message>
    <message>
        <source>Legacy BIOS boot: no Secure Boot certificates</source>
        <translation>レガシ BIOS ブート: セキュア ブート証明書はありません</translation>
    </message>
    <message>
        <source>The certificate rollover concerns UEFI devices with Secure Boot.</source>
        <translation>証明書の切り替えは、セキュア ブートを使用する UEFI デバイスが対象です。</translation>
    </message>
    <message>
        <source>Secure Boot is off: the certificate update does not run</source>
        <translation>セキュア ブートはオフです: 証明書の更新は実行されません</translation>
    </message>
    <message>
        <source>With Secure Boot off the update fails (event 1796); turn Secure Boot on first (see HP-SECUREBOOT).</source>
        <translation>セキュア ブートがオフの場合、更新は失敗します (イベント 1796)。先にセキュア ブートをオンにしてください (HP-SECUREBOOT を参照)。</translation>
    </message>
    <message>
        <source>set</source>
        <translation>設定あり</translation>
    </message>
    <message>
        <source>The certificate update failed (UEFICA2023Error %1, event %2)</source>
        <translation>証明書の更新に失敗しました (UEFICA2023Error %1、イベント %2)</translation>
    </message>
    <message>
        <source>The certificate update failed (UEFICA2023Error %1)</source>
        <translation>証明書の更新に失敗しました (UEFICA2023Error %1)</translation>
    </message>
    <message>
        <source>The update was started but the firmware or Windows reported an error; see the event (1795: the firmware refused the variable write, often fixed by a firmware update from the device maker).</source>
        <translation>更新は開始されましたが、ファームウェアまたは Windows がエラーを報告しました。イベントを確認してください (1795: ファームウェアが変数の書き込みを拒否しました。多くの場合、デバイス メーカーのファームウェア更新で解決します)。</translation>
    </message>
    <message>
        <source>Update the device firmware (BIOS/UEFI) from the maker, then let the Secure-Boot-Update task retry; &apos;hotpatch-ready-cli secureboot verify&apos; reads the result.</source>
        <translation>デバイスのファームウェア (BIOS/UEFI) をメーカーの更新プログラムで更新してから、Secure-Boot-Update タスクに再試行させてください。結果は &apos;hotpatch-ready-cli secureboot verify&apos; で読み取れます。</translation>
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
        <translation>Windows UEFI CA 2023 で署名されたブート マネージャー</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A list of items: %1 the items so far, %2 the next one.</extracomment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>The 2023 certificates are in place and the 2023-signed boot manager starts</source>
        <translation>2023 証明書は導入済みで、2023 証明書で署名されたブート マネージャーが起動しています</translation>
    </message>
    <message>
        <source>DB and KEK hold the 2023 certificates; boot-level security updates keep coming after the 2011 certificates&apos; expiry.</source>
        <translation>DB と KEK に 2023 証明書が含まれています。2011 証明書の期限切れ後も、ブート レベルのセキュリティ更新プログラムを引き続き受け取れます。</translation>
    </message>
    <message>
        <source>Windows reports the update as done (UEFICA2023Status=Updated, WindowsUEFICA2023Capable=2); the firmware databases could not be read to confirm it (%1).</source>
        <translation>Windows は更新の完了を報告しています (UEFICA2023Status=Updated、WindowsUEFICA2023Capable=2) が、ファームウェアのデータベースを読み取れなかったため確認できませんでした (%1)。</translation>
    </message>
    <message>
        <source>The Secure Boot certificates could not be read</source>
        <translation>セキュア ブート証明書を読み取れませんでした</translation>
    </message>
    <message>
        <source>The Secure Boot databases</source>
        <translation>セキュア ブート データベース</translation>
    </message>
    <message>
        <source>This never changes the hotpatch verdict.</source>
        <translation>これによって hotpatch の判定が変わることはありません。</translation>
    </message>
    <message>
        <source>The update has started (%1); the KEK step waits for a PK-signed KEK from the device maker (event 1803).</source>
        <extracomment>%1: the registry value that shows it, e.g. &quot;AvailableUpdates 0x4100&quot;.</extracomment>
        <translation>更新は開始されています (%1)。KEK の手順は、デバイス メーカーから PK 署名済みの KEK が提供されるのを待っています (イベント 1803)。</translation>
    </message>
    <message>
        <source>The update has started (%1); one or more restarts are still needed to finish it.</source>
        <translation>更新は開始されています (%1)。完了するには、さらに 1 回以上の再起動が必要です。</translation>
    </message>
    <message>
        <source>Certificate update in progress: still missing %1</source>
        <translation>証明書の更新が進行中です: まだ %1 がありません</translation>
    </message>
    <message>
        <source>Ask the device maker for a PK-signed KEK (firmware update); the task retries every 12 hours.</source>
        <translation>デバイス メーカーに PK 署名済みの KEK (ファームウェア更新) を依頼してください。タスクは 12 時間ごとに再試行します。</translation>
    </message>
    <message>
        <source>Restart the device (more than once may be needed), then &apos;hotpatch-ready-cli secureboot verify&apos;.</source>
        <translation>デバイスを再起動してから (複数回必要な場合があります)、&apos;hotpatch-ready-cli secureboot verify&apos; を実行してください。</translation>
    </message>
    <message>
        <source>Still on the 2011 Secure Boot certificates: missing %1</source>
        <translation>セキュア ブートは 2011 証明書のままです: %1 がありません</translation>
    </message>
    <message>
        <source>January %1</source>
        <translation>%1 年 1 月</translation>
    </message>
    <message>
        <source>February %1</source>
        <translation>%1 年 2 月</translation>
    </message>
    <message>
        <source>March %1</source>
        <translation>%1 年 3 月</translation>
    </message>
    <message>
        <source>April %1</source>
        <translation>%1 年 4 月</translation>
    </message>
    <message>
        <source>May %1</source>
        <translation>%1 年 5 月</translation>
    </message>
    <message>
        <source>June %1</source>
        <translation>%1 年 6 月</translation>
    </message>
    <message>
        <source>July %1</source>
        <translation>%1 年 7 月</translation>
    </message>
    <message>
        <source>August %1</source>
        <translation>%1 年 8 月</translation>
    </message>
    <message>
        <source>September %1</source>
        <translation>%1 年 9 月</translation>
    </message>
    <message>
        <source>October %1</source>
        <translation>%1 年 10 月</translation>
    </message>
    <message>
        <source>November %1</source>
        <translation>%1 年 11 月</translation>
    </message>
    <message>
        <source>December %1</source>
        <translation>%1 年 12 月</translation>
    </message>
    <message>
        <source>Build %1 (%2) is on no hotpatch track in the release table dated %3.</source>
        <translation>ビルド %1 (%2) は、%3 付けのリリース テーブルのどのホットパッチ トラックにも含まれていません。</translation>
    </message>
    <message>
        <source>The release table has no baseline for this track on or before %1.</source>
        <translation>リリース テーブルには、%1 以前のこのトラックのベースラインがありません。</translation>
    </message>
    <message>
        <source>Build %1 is on or after the latest baseline in the table, %2 %3 (%4).</source>
        <extracomment>%1 the device&apos;s build, %2 the baseline&apos;s month (YYYY-MM), %3 the baseline&apos;s build, %4 its KB.</extracomment>
        <translation>ビルド %1 は、テーブルの最新ベースライン (%2 %3、%4) 以降です。</translation>
    </message>
    <message>
        <source>Build %1 is older than the latest baseline, %2 %3 (%4).</source>
        <extracomment>%1 the device&apos;s build, %2 the baseline&apos;s month (YYYY-MM), %3 the baseline&apos;s build, %4 its KB.</extracomment>
        <translation>ビルド %1 は最新ベースライン (%2 %3、%4) より古いです。</translation>
    </message>
    <message>
        <source>An apply did not finish (%1); run &apos;rollback&apos; to restore the prior values.</source>
        <translation>適用が完了しませんでした (%1)。以前の値に戻すには &apos;rollback&apos; を実行してください。</translation>
    </message>
    <message>
        <source>The changes were rolled back (%1); the device is as before.</source>
        <translation>変更はロールバックされました (%1)。デバイスは元の状態です。</translation>
    </message>
    <message>
        <source>Verified ready at %1 (see %2).</source>
        <translation>%1 に準備完了を確認しました (%2 を参照)。</translation>
    </message>
    <message>
        <source>Verification failed at %1 (see %2).</source>
        <translation>%1 の確認で失敗しました (%2 を参照)。</translation>
    </message>
    <message>
        <source>Fixes applied (%1 value(s)), waiting for the restart scheduled at %2 UTC; verification runs after it.</source>
        <translation>修正を適用済み (%1 個の値)。%2 UTC に予定された再起動を待っています。確認はその後に実行されます。</translation>
    </message>
    <message>
        <source>No changes, waiting for the restart scheduled at %1 UTC; verification runs after it.</source>
        <translation>変更はありません。%1 UTC に予定された再起動を待っています。確認はその後に実行されます。</translation>
    </message>
    <message>
        <source>Fixes applied (%1 value(s)); no restart scheduled yet: run &apos;schedule-reboot&apos;.</source>
        <translation>修正を適用済み (%1 個の値)。再起動はまだ予定されていません: &apos;schedule-reboot&apos; を実行してください。</translation>
    </message>
    <message>
        <source>Nothing has been changed or scheduled on this device by this tool (state folder %1).</source>
        <translation>このツールはこのデバイスで何も変更も予定もしていません (状態フォルダー %1)。</translation>
    </message>
    <message>
        <source>AvailableUpdates cannot be read (%1)</source>
        <translation>AvailableUpdates を読み取れません (%1)</translation>
    </message>
    <message>
        <source>the device boots in legacy BIOS mode: there are no Secure Boot certificates to update</source>
        <translation>デバイスはレガシ BIOS モードで起動します: 更新するセキュア ブートの証明書がありません</translation>
    </message>
    <message>
        <source>the firmware type is unknown (%1)</source>
        <translation>ファームウェアの種類が不明です (%1)</translation>
    </message>
    <message>
        <source>the Secure Boot state is unknown (%1)</source>
        <translation>セキュア ブートの状態が不明です (%1)</translation>
    </message>
    <message>
        <source>Secure Boot is off: the update runs only with Secure Boot on (it would fail with event 1796)</source>
        <translation>セキュア ブートがオフです: 更新はセキュア ブートがオンの場合にのみ実行されます (イベント 1796 で失敗します)</translation>
    </message>
    <message>
        <source>Secure Boot is unsupported: the update runs only with Secure Boot on (it would fail with event 1796)</source>
        <translation>セキュア ブートはサポートされていません: 更新はセキュア ブートがオンの場合にのみ実行されます (イベント 1796 で失敗します)</translation>
    </message>
    <message>
        <source>Secure Boot is %1: the update runs only with Secure Boot on (it would fail with event 1796)</source>
        <translation>セキュア ブートは %1 です: 更新はセキュア ブートがオンの場合にのみ実行されます (イベント 1796 で失敗します)</translation>
    </message>
    <message>
        <source>not running as administrator: the update writes under HKLM and BitLocker must be checked first (run elevated)</source>
        <translation>管理者として実行されていません: 更新は HKLM に書き込み、先に BitLocker を確認する必要があります (昇格して実行してください)</translation>
    </message>
    <message>
        <source>the BitLocker state could not be read (%1); it must be known before firmware variables change (run as administrator)</source>
        <translation>BitLocker の状態を読み取れませんでした (%1)。ファームウェア変数が変わる前に状態が分かっている必要があります (管理者として実行してください)</translation>
    </message>
    <message>
        <source>%1; install the latest cumulative update first</source>
        <translation>%1。先に最新の累積更新プログラムをインストールしてください</translation>
    </message>
    <message>
        <source>Evidence files: %1 file(s) from %2</source>
        <translation>証拠ファイル: %2 から %1 個のファイル</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>読み取り: %1</translation>
    </message>
    <message>
        <source>disagreement: %1</source>
        <translation>不一致: %1</translation>
    </message>
    <message>
        <source>not understood: %1</source>
        <translation>解釈できない行: %1</translation>
    </message>
    <message>
        <source>Simulated device %1 (profile %2)</source>
        <translation>シミュレートされたデバイス %1 (プロファイル %2)</translation>
    </message>
    <message>
        <source>This computer (running under Wine)</source>
        <translation>このコンピューター (Wine で実行中)</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <source>%1: %2 says %3, %4 says %5</source>
        <extracomment>%1 a fact ID or registry value, %2 and %4 a file and line, %3 and %5 the values they state.</extracomment>
        <translation>%1: %2 では %3、%4 では %5</translation>
    </message>
    <message>
        <source>%1:%2: %3 value &apos;%4&apos; not understood; the fact stays unknown</source>
        <extracomment>%1 a file, %2 a line number, %3 the label in the file, %4 its value.</extracomment>
        <translation>%1:%2: %3 の値 &apos;%4&apos; を解釈できません。この項目は不明のままです</translation>
    </message>
    <message>
        <source>%1: %2, %3 fact line(s)</source>
        <translation>%1: %2、項目を含む行 %3 行</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4 fact line(s)</source>
        <translation>%1: %2、%3、項目を含む行 %4 行</translation>
    </message>
    <message>
        <source>The %1 edition is eligible</source>
        <translation>%1 エディションは対象です</translation>
    </message>
    <message>
        <source>The Home edition (%1) cannot receive hotpatch updates</source>
        <translation>Home エディション (%1) は hotpatch 更新プログラムを受け取れません</translation>
    </message>
    <message>
        <source>A static check of the kernel drivers&apos; files found what memory integrity does not allow: %1. Windows Security&apos;s own scan decides (Device security &gt; Core isolation details &gt; Review incompatible drivers); update or remove these drivers before the restart, or leave memory integrity off.</source>
        <extracomment>%1: &quot;file.sys: what breaks the rules&quot;, one or more, as the engine words them (English).</extracomment>
        <translation>カーネル ドライバーのファイルを静的にチェックした結果、メモリ整合性で許可されない内容が見つかりました: %1。判断は Windows セキュリティ自身のスキャンによります (デバイス セキュリティ &gt; コア分離の詳細 &gt; 互換性のないドライバーを確認する)。再起動の前にこれらのドライバーを更新または削除するか、メモリ整合性をオフのままにしてください。</translation>
    </message>
    <message>
        <source>The kernel drivers&apos; files could not be checked for memory integrity (%1).</source>
        <translation>カーネル ドライバーのファイルをメモリ整合性についてチェックできませんでした (%1)。</translation>
    </message>
    <message>
        <source>memory integrity is running. Windows does not load a driver that breaks its rules; the static check named %1. If a device stopped working, update its driver, or see event 3111 in the CodeIntegrity Operational log.</source>
        <translation>メモリ整合性は実行されています。Windows はその規則に反するドライバーを読み込みません。静的チェックで %1 が見つかりました。デバイスが動作しなくなった場合は、そのドライバーを更新するか、CodeIntegrity/Operational ログのイベント 3111 を確認してください。</translation>
    </message>
    <message>
        <source>The static check of the drivers&apos; files named %1.</source>
        <translation>ドライバー ファイルの静的チェックで %1 が見つかりました。</translation>
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
