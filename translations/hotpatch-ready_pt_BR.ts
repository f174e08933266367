<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ApplyPage</name>
    <message>
        <source>&amp;Undo (rollback)</source>
        <translation>&amp;Desfazer (reversão)</translation>
    </message>
    <message>
        <source>Applying the changes</source>
        <translation>Aplicando as alterações</translation>
    </message>
    <message>
        <source>The prior value of every entry is journaled durably before the first write.</source>
        <translation>O valor anterior de cada entrada é registrado de forma durável no diário antes da primeira gravação.</translation>
    </message>
    <message>
        <source>Apply progress</source>
        <translation>Progresso da aplicação</translation>
    </message>
    <message>
        <source>Apply result</source>
        <translation>Resultado da aplicação</translation>
    </message>
    <message>
        <source>Values written</source>
        <translation>Valores gravados</translation>
    </message>
    <message>
        <source>Key (HKLM)</source>
        <translation>Chave (HKLM)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Depois</translation>
    </message>
    <message>
        <source>&amp;Written (before -&gt; after):</source>
        <translation>&amp;Gravado (antes -&gt; depois):</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diário</translation>
    </message>
    <message>
        <source>Undo the changes (rollback)</source>
        <translation>Desfazer as alterações (reversão)</translation>
    </message>
    <message>
        <source>Writing the changes...</source>
        <translation>Gravando as alterações...</translation>
    </message>
    <message>
        <source>The apply failed. %1</source>
        <translation>Falha ao aplicar. %1</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Diário: %1</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n change(s). They take effect at the next restart.</source>
        <translation>
            <numerusform>%n alteração aplicada. Ela entra em vigor na próxima reinicialização.</numerusform>
            <numerusform>%n alterações aplicadas. Elas entram em vigor na próxima reinicialização.</numerusform>
        </translation>
    </message>
    <message>
        <source>The prior values are journaled in %1; Undo restores them exactly.</source>
        <translation>Os valores anteriores estão registrados em %1; Desfazer os restaura exatamente.</translation>
    </message>
    <message>
        <source>Nothing to change: the device already has the planned values.</source>
        <translation>Nada a alterar: o dispositivo já tem os valores planejados.</translation>
    </message>
    <message>
        <source>Refused: something this tool cannot fix blocks the device. Nothing was changed.</source>
        <translation>Recusado: algo que esta ferramenta não pode corrigir bloqueia o dispositivo. Nada foi alterado.</translation>
    </message>
    <message>
        <source>Restoring the prior values...</source>
        <translation>Restaurando os valores anteriores...</translation>
    </message>
    <message>
        <source>The rollback failed. %1</source>
        <translation>Falha na reversão. %1</translation>
    </message>
    <message>
        <source>Nothing to undo: no change of this tool is in place.</source>
        <translation>Nada a desfazer: nenhuma alteração desta ferramenta está em vigor.</translation>
    </message>
    <message numerus="yes">
        <source>Rolled back: %n value(s) restored to their prior state. The device is as before.</source>
        <translation>
            <numerusform>Revertido: %n valor restaurado ao estado anterior. O dispositivo está como antes.</numerusform>
            <numerusform>Revertido: %n valores restaurados ao estado anterior. O dispositivo está como antes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetectPage</name>
    <message>
        <source>&amp;Stop waiting</source>
        <translation>Pa&amp;rar de esperar</translation>
    </message>
    <message>
        <source>&amp;Detect again</source>
        <translation>&amp;Detectar novamente</translation>
    </message>
    <message>
        <source>Detecting</source>
        <translation>Detecção</translation>
    </message>
    <message>
        <source>Reading the edition, build, firmware, virtualization-based security, management and pending restarts. Facts that cannot be read are kept as unknown, with the reason.</source>
        <translation>Lendo a edição, o build, o firmware, a segurança baseada em virtualização, o gerenciamento e as reinicializações pendentes. Informações que não podem ser lidas ficam como desconhecidas, com o motivo.</translation>
    </message>
    <message>
        <source>Detection progress</source>
        <translation>Progresso da detecção</translation>
    </message>
    <message>
        <source>Stop waiting for the detection</source>
        <translation>Parar de esperar pela detecção</translation>
    </message>
    <message>
        <source>Detect again</source>
        <translation>Detectar novamente</translation>
    </message>
    <message>
        <source>Detection result</source>
        <translation>Resultado da detecção</translation>
    </message>
    <message>
        <source>Verifying after the restart</source>
        <translation>Verificando após a reinicialização</translation>
    </message>
    <message>
        <source>The restart happened. Reading the device again and comparing it with the state before the changes.</source>
        <translation>A reinicialização ocorreu. O dispositivo está sendo lido novamente e comparado com o estado anterior às alterações.</translation>
    </message>
    <message>
        <source>Verifying %1...</source>
        <translation>Verificando %1...</translation>
    </message>
    <message>
        <source>Reading the evidence files in %1...</source>
        <translation>Lendo os arquivos de evidência em %1...</translation>
    </message>
    <message>
        <source>Detecting the simulated device &quot;%1&quot;...</source>
        <translation>Detectando o dispositivo simulado &quot;%1&quot;...</translation>
    </message>
    <message>
        <source>Detecting this device...</source>
        <translation>Detectando este dispositivo...</translation>
    </message>
    <message>
        <source>Stopped waiting. Detect again, or go back and choose another device.</source>
        <translation>A espera foi interrompida. Detecte novamente ou volte e escolha outro dispositivo.</translation>
    </message>
    <message>
        <source>The device could not be detected. %1</source>
        <translation>Não foi possível detectar o dispositivo. %1</translation>
    </message>
    <message>
        <source>Detected: %1.</source>
        <translation>Detectado: %1.</translation>
    </message>
</context>
<context>
    <name>FleetDashboard</name>
    <message>
        <source>Hotpatch Ready: fleet dashboard</source>
        <translation>Hotpatch Ready: painel da frota</translation>
    </message>
    <message>
        <source>Host name, model or serial</source>
        <translation>Nome do host, modelo ou número de série</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>Todos os veredictos</translation>
    </message>
    <message>
        <source>All architectures</source>
        <translation>Todas as arquiteturas</translation>
    </message>
    <message>
        <source>All builds</source>
        <translation>Todos os builds</translation>
    </message>
    <message>
        <source>All rings</source>
        <translation>Todos os anéis</translation>
    </message>
    <message>
        <source>All blocker categories</source>
        <translation>Todas as categorias de bloqueio</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>No store loaded.</source>
        <translation>Nenhum repositório carregado.</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Veredictos</translation>
    </message>
    <message>
        <source>Top blockers (devices)</source>
        <translation>Principais bloqueios (dispositivos)</translation>
    </message>
    <message>
        <source>Readiness by architecture</source>
        <translation>Prontidão por arquitetura</translation>
    </message>
    <message>
        <source>Readiness by build (baseline)</source>
        <translation>Prontidão por build (linha de base)</translation>
    </message>
    <message>
        <source>Devices ready over time (%)</source>
        <translation>Dispositivos prontos ao longo do tempo (%)</translation>
    </message>
    <message>
        <source>Pilot-ring progress</source>
        <translation>Progresso dos anéis piloto</translation>
    </message>
    <message>
        <source>The fleet store could not be read: %1</source>
        <translation>Não foi possível ler o repositório da frota: %1</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Export the shown devices</source>
        <translation>Exportar os dispositivos exibidos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The devices could not be exported: %1</source>
        <translation>Não foi possível exportar os dispositivos: %1</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (atual)</translation>
    </message>
    <message>
        <source>%1 (behind)</source>
        <translation>%1 (atrasado)</translation>
    </message>
    <message>
        <source>Reading the fleet store</source>
        <translation>Lendo o repositório da frota</translation>
    </message>
    <message>
        <source>Reading the fleet store %1…</source>
        <translation>Lendo o repositório da frota %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n device(s) shown (latest report of each) from %2</source>
        <translation>
            <numerusform>%1 de %n dispositivo exibido (último relatório de cada um) de %2</numerusform>
            <numerusform>%1 de %n dispositivos exibidos (último relatório de cada um) de %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) exported to %1</source>
        <translation>
            <numerusform>%n dispositivo exportado para %1</numerusform>
            <numerusform>%n dispositivos exportados para %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetTableModel</name>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Ready after fixes</source>
        <translation>Pronto após correções</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Undetermined</source>
        <translation>Indeterminado</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Nome do host</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation>Bloqueios</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Arquitetura</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Linha de base</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Edição</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Anel</translation>
    </message>
    <message>
        <source>Last report (UTC)</source>
        <translation>Último relatório (UTC)</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>C&amp;opy all</source>
        <translation>C&amp;opiar tudo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Hotpatch Ready log</source>
        <translation>Log do Hotpatch Ready</translation>
    </message>
    <message>
        <source>&amp;Log of this session (newest at the bottom):</source>
        <translation>&amp;Log desta sessão (mais recentes embaixo):</translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation>Linhas do log</translation>
    </message>
    <message>
        <source>Every step the wizard took in this session, with its time and level.</source>
        <translation>Cada etapa que o assistente executou nesta sessão, com horário e nível.</translation>
    </message>
    <message>
        <source>Copy the whole log to the clipboard</source>
        <translation>Copiar o log inteiro para a Área de Transferência</translation>
    </message>
    <message>
        <source>Close the log panel</source>
        <translation>Fechar o painel do log</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>only a simulated device can be restarted from here</source>
        <translation>somente um dispositivo simulado pode ser reiniciado daqui</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Require &amp;DMA protection (RequirePlatformSecurityFeatures=3)</source>
        <translation>Exigir proteção de &amp;DMA (RequirePlatformSecurityFeatures=3)</translation>
    </message>
    <message>
        <source>Also turn on &amp;memory integrity</source>
        <translation>Ativar também a &amp;integridade de memória</translation>
    </message>
    <message>
        <source>I have &amp;read the changes above</source>
        <translation>E&amp;u li as alterações acima</translation>
    </message>
    <message>
        <source>Fix plan</source>
        <translation>Plano de correção</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. Every value below is journaled before it is written, and Undo restores exactly what was there.</source>
        <translation>Nada foi alterado ainda. Cada valor abaixo é registrado no diário antes de ser gravado, e Desfazer restaura exatamente o que havia.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Registry changes</source>
        <translation>Alterações no Registro</translation>
    </message>
    <message>
        <source>Key (HKLM)</source>
        <translation>Chave (HKLM)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Depois</translation>
    </message>
    <message>
        <source>&amp;Changes:</source>
        <translation>Alt&amp;erações:</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reinicialização</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Manual steps</source>
        <translation>Etapas manuais</translation>
    </message>
    <message>
        <source>Manual steps (this tool cannot do these):</source>
        <translation>Etapas manuais (esta ferramenta não pode executá-las):</translation>
    </message>
    <message>
        <source>Require DMA protection</source>
        <translation>Exigir proteção de DMA</translation>
    </message>
    <message>
        <source>Asks for Secure Boot and DMA protection; only possible when Windows reports DMA protection on this device.</source>
        <translation>Solicita a Inicialização Segura e a proteção de DMA; só é possível quando o Windows informa proteção de DMA neste dispositivo.</translation>
    </message>
    <message>
        <source>Also turn on memory integrity</source>
        <translation>Ativar também a integridade de memória</translation>
    </message>
    <message>
        <source>Hypervisor-enforced code integrity. Incompatible drivers stop it from starting; hotpatch does not need it.</source>
        <translation>Integridade de código protegida por hipervisor. Drivers incompatíveis impedem que ela inicie; o hotpatch não precisa dela.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opções</translation>
    </message>
    <message>
        <source>Why apply is not available</source>
        <translation>Por que não é possível aplicar</translation>
    </message>
    <message>
        <source>I have read the changes above</source>
        <translation>Eu li as alterações acima</translation>
    </message>
    <message>
        <source>&lt;b&gt;Method:&lt;/b&gt; %1 &amp;mdash; %2</source>
        <translation>&lt;b&gt;Método:&lt;/b&gt; %1 &amp;mdash; %2</translation>
    </message>
    <message>
        <source>local policy</source>
        <translation>política local</translation>
    </message>
    <message>
        <source>registry</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No change: nothing on this device needs to be changed by this tool.</source>
        <translation>Nenhuma alteração: nada neste dispositivo precisa ser alterado por esta ferramenta.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Restart needed:&lt;/b&gt; yes, once &amp;mdash; %1.</source>
        <translation>&lt;b&gt;Reinicialização necessária:&lt;/b&gt; sim, uma vez &amp;mdash; %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Restart needed:&lt;/b&gt; no.</source>
        <translation>&lt;b&gt;Reinicialização necessária:&lt;/b&gt; não.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Nenhum.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Apply is not available: this device is blocked by %1. Do the manual steps first, then run the wizard again.</source>
        <translation>Não é possível aplicar: este dispositivo está bloqueado por %1. Execute primeiro as etapas manuais e depois execute o assistente novamente.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>&amp;Apply changes</source>
        <translation>&amp;Aplicar alterações</translation>
    </message>
    <message>
        <source>Apply is not available: your IT department allows only assessment on this device (admin policy AssessOnly=1, %1). Save the report and send it to whoever manages the device.</source>
        <translation>Não é possível aplicar: seu departamento de TI permite apenas a avaliação neste dispositivo (política administrativa AssessOnly=1, %1). Salve o relatório e envie-o para quem gerencia o dispositivo.</translation>
    </message>
    <message>
        <source>Apply is not available: the simulated session is not elevated, and changing these values needs administrator rights (Windows answers &quot;access denied&quot;). On a real device, close the app and start it again with &quot;Run as administrator&quot;.</source>
        <translation>Não é possível aplicar: a sessão simulada não tem privilégios elevados, e alterar esses valores exige direitos de administrador (o Windows responde &quot;acesso negado&quot;). Em um dispositivo real, feche o aplicativo e inicie-o novamente com &quot;Executar como administrador&quot;.</translation>
    </message>
    <message>
        <source>Apply is not available: this app is not elevated, and changing these values needs administrator rights. Close the app and start it again with &quot;Run as administrator&quot; (right-click Hotpatch Ready); this plan is what it will then show.</source>
        <translation>Não é possível aplicar: este aplicativo não tem privilégios elevados, e alterar esses valores exige direitos de administrador. Feche o aplicativo e inicie-o novamente com &quot;Executar como administrador&quot; (clique com o botão direito em Hotpatch Ready); então ele mostrará este plano.</translation>
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
        <translation>Assistente do Hotpatch Ready</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Concluir</translation>
    </message>
    <message>
        <source>Apply changes</source>
        <translation>Aplicar alterações</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Log</translation>
    </message>
    <message>
        <source>Ab&amp;out</source>
        <translation>So&amp;bre</translation>
    </message>
    <message>
        <source>Show or hide the log (Ctrl+L)</source>
        <translation>Mostrar ou ocultar o log (Ctrl+L)</translation>
    </message>
    <message>
        <source>About Hotpatch Ready</source>
        <translation>Sobre o Hotpatch Ready</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>No log file is open (the log folder could not be written): the log panel (Ctrl+L) shows this session&apos;s lines.</source>
        <translation>Nenhum arquivo de log aberto (não foi possível gravar na pasta de logs): o painel do log (Ctrl+L) mostra as linhas desta sessão.</translation>
    </message>
    <message>
        <source>Log file: %1
The log panel (Ctrl+L) shows this session&apos;s lines.</source>
        <translation>Arquivo de log: %1
O painel do log (Ctrl+L) mostra as linhas desta sessão.</translation>
    </message>
    <message>
        <source>Hotpatch Ready %1

Makes Windows 11 devices ready for hotpatch: detect, explain, fix with one journaled change set and one restart, verify, report.

Release table: %2 (sources as of %3).
%4</source>
        <translation>Hotpatch Ready %1

Prepara dispositivos Windows 11 para hotpatch: detectar, explicar, corrigir com um único conjunto de alterações registrado no diário e uma única reinicialização, verificar, relatar.

Tabela de versões: %2 (fontes de %3).
%4</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>cannot write %1 (%2)</source>
        <translation>não é possível gravar %1 (%2)</translation>
    </message>
    <message>
        <source>Save JSON &amp;report...</source>
        <translation>Salvar relatório &amp;JSON...</translation>
    </message>
    <message>
        <source>Save &amp;HTML report...</source>
        <translation>Salvar relatório &amp;HTML...</translation>
    </message>
    <message>
        <source>Save P&amp;DF report...</source>
        <translation>Salvar relatório P&amp;DF...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Imprimir...</translation>
    </message>
    <message>
        <source>Save &amp;verification...</source>
        <translation>Salvar &amp;verificação...</translation>
    </message>
    <message>
        <source>&amp;Copy summary</source>
        <translation>&amp;Copiar resumo</translation>
    </message>
    <message>
        <source>Op&amp;en folder</source>
        <translation>Abrir pa&amp;sta</translation>
    </message>
    <message>
        <source>Verify and report</source>
        <translation>Verificar e relatar</translation>
    </message>
    <message>
        <source>What this report shows</source>
        <translation>O que este relatório mostra</translation>
    </message>
    <message>
        <source>System Summary before and after the restart</source>
        <translation>Resumo do Sistema antes e depois da reinicialização</translation>
    </message>
    <message>
        <source>System Summary item (msinfo32)</source>
        <translation>Item do Resumo do Sistema (msinfo32)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Depois</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <source>Changes and next steps</source>
        <translation>Alterações e próximas etapas</translation>
    </message>
    <message>
        <source>Save the JSON report</source>
        <translation>Salvar o relatório JSON</translation>
    </message>
    <message>
        <source>The versioned report for tickets and the fleet store.</source>
        <translation>O relatório versionado para chamados e para o repositório da frota.</translation>
    </message>
    <message>
        <source>Save the HTML report</source>
        <translation>Salvar o relatório HTML</translation>
    </message>
    <message>
        <source>One printable page that opens in any browser, with nothing to fetch.</source>
        <translation>Uma página imprimível que abre em qualquer navegador, sem baixar nada.</translation>
    </message>
    <message>
        <source>Save the PDF report</source>
        <translation>Salvar o relatório PDF</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Imprimir o relatório</translation>
    </message>
    <message>
        <source>Save the verification (JSON)</source>
        <translation>Salvar a verificação (JSON)</translation>
    </message>
    <message>
        <source>Copy the summary to the clipboard</source>
        <translation>Copiar o resumo para a Área de Transferência</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Abrir a pasta</translation>
    </message>
    <message>
        <source>Opens the folder of the last saved report, or the state folder before anything was saved.</source>
        <translation>Abre a pasta do último relatório salvo ou, antes de qualquer salvamento, a pasta de estado.</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Status do relatório</translation>
    </message>
    <message>
        <source>The verification that ran after the restart, saved in the state folder.</source>
        <translation>A verificação executada após a reinicialização, salva na pasta de estado.</translation>
    </message>
    <message>
        <source>Verified after the restart: the device is ready for hotpatch.</source>
        <translation>Verificado após a reinicialização: o dispositivo está pronto para hotpatch.</translation>
    </message>
    <message>
        <source>Verified after the restart: the device is not ready yet.</source>
        <translation>Verificado após a reinicialização: o dispositivo ainda não está pronto.</translation>
    </message>
    <message>
        <source>Before the fix the verdict was: %1.</source>
        <translation>Antes da correção, o veredicto era: %1.</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(não registrado)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inalterado</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>alterado</translation>
    </message>
    <message>
        <source>Changes made by this tool</source>
        <translation>Alterações feitas por esta ferramenta</translation>
    </message>
    <message>
        <source>Took effect:</source>
        <translation>Em vigor:</translation>
    </message>
    <message>
        <source>NOT in effect:</source>
        <translation>NÃO em vigor:</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Relatório</translation>
    </message>
    <message>
        <source>The assessment of this device. Save it as JSON for the fleet sheet, as HTML or PDF for the ticket, or print it.</source>
        <translation>A avaliação deste dispositivo. Salve-a como JSON para a planilha da frota, como HTML ou PDF para o chamado, ou imprima-a.</translation>
    </message>
    <message>
        <source>Nothing to fix. The licence cannot be checked on the device.</source>
        <translation>Nada a corrigir. A licença não pode ser verificada no dispositivo.</translation>
    </message>
    <message>
        <source>Offline evidence: this report is all the wizard can do for this device, because nothing can be changed from files. Run Hotpatch Ready on the device itself to fix it with one restart.</source>
        <translation>Evidências offline: este relatório é tudo o que o assistente pode fazer por este dispositivo, pois nada pode ser alterado a partir de arquivos. Execute o Hotpatch Ready no próprio dispositivo para corrigi-lo com uma reinicialização.</translation>
    </message>
    <message>
        <source>The restart is scheduled; the verification runs by itself after it and is saved in the state folder.</source>
        <translation>A reinicialização está agendada; a verificação é executada automaticamente depois dela e salva na pasta de estado.</translation>
    </message>
    <message>
        <source>No restart was verified in this session.</source>
        <translation>Nenhuma reinicialização foi verificada nesta sessão.</translation>
    </message>
    <message>
        <source>Checks that did not pass</source>
        <translation>Verificações que não passaram</translation>
    </message>
    <message>
        <source>Worth knowing</source>
        <translation>Bom saber</translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation>Ainda a fazer</translation>
    </message>
    <message>
        <source>Hotpatch readiness report</source>
        <translation>Relatório de prontidão para hotpatch</translation>
    </message>
    <message>
        <source>Hotpatch Ready %1</source>
        <translation>Hotpatch Ready %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Salvo: %1</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Arquivos JSON (*.json)</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation>Arquivos HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the verification</source>
        <translation>Salvar a verificação</translation>
    </message>
    <message>
        <source>The report was sent to the printer.</source>
        <translation>O relatório foi enviado para a impressora.</translation>
    </message>
    <message>
        <source>the printer %1 reported an error</source>
        <translation>a impressora %1 informou um erro</translation>
    </message>
    <message>
        <source>The summary is on the clipboard.</source>
        <translation>O resumo está na Área de Transferência.</translation>
    </message>
    <message>
        <source>Could not open the folder; its path is: %1</source>
        <translation>Não foi possível abrir a pasta; o caminho dela é: %1</translation>
    </message>
    <message>
        <source>Your IT department&apos;s copy was saved: %1 (admin policy ReportFolder).</source>
        <translation>A cópia para seu departamento de TI foi salva: %1 (política administrativa ReportFolder).</translation>
    </message>
    <message>
        <source>Your IT department&apos;s copy was not saved: %1</source>
        <translation>A cópia para seu departamento de TI não foi salva: %1</translation>
    </message>
    <message>
        <source>Copying the report to %1 (admin policy ReportFolder)...</source>
        <translation>Copiando o relatório para %1 (política administrativa ReportFolder)...</translation>
    </message>
</context>
<context>
    <name>RestartPage</name>
    <message>
        <source>&amp;Undo the changes (rollback)</source>
        <translation>&amp;Desfazer as alterações (reversão)</translation>
    </message>
    <message>
        <source>No&amp;w (after one minute&apos;s warning)</source>
        <translation>&amp;Agora (após um minuto de aviso)</translation>
    </message>
    <message>
        <source>&amp;In a number of minutes:</source>
        <translation>Em um &amp;número de minutos:</translation>
    </message>
    <message>
        <source>At a &amp;time of day:</source>
        <translation>Em um &amp;horário do dia:</translation>
    </message>
    <message>
        <source>&amp;Schedule restart</source>
        <translation>Agendar &amp;reinicialização</translation>
    </message>
    <message>
        <source>&amp;Cancel restart</source>
        <translation>Cancelar reini&amp;cialização</translation>
    </message>
    <message>
        <source>Si&amp;mulate the restart now</source>
        <translation>Si&amp;mular a reinicialização agora</translation>
    </message>
    <message>
        <source>One restart</source>
        <translation>Uma reinicialização</translation>
    </message>
    <message>
        <source>One restart completes everything that waits for one. The verification is registered to run by itself after it.</source>
        <translation>Uma reinicialização conclui tudo o que aguarda uma. A verificação fica registrada para ser executada automaticamente depois dela.</translation>
    </message>
    <message>
        <source>Changes waiting for the restart</source>
        <translation>Alterações aguardando a reinicialização</translation>
    </message>
    <message>
        <source>Undo the changes (rollback)</source>
        <translation>Desfazer as alterações (reversão)</translation>
    </message>
    <message>
        <source>What this restart completes</source>
        <translation>O que esta reinicialização conclui</translation>
    </message>
    <message>
        <source>What the restart completes</source>
        <translation>O que a reinicialização conclui</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Reiniciar agora</translation>
    </message>
    <message>
        <source>Restart in a number of minutes</source>
        <translation>Reiniciar em um número de minutos</translation>
    </message>
    <message>
        <source>Minutes until the restart</source>
        <translation>Minutos até a reinicialização</translation>
    </message>
    <message numerus="yes">
        <source> minute(s)</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> minuto</numerusform>
            <numerusform> minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Restart at a time of day</source>
        <translation>Reiniciar em um horário do dia</translation>
    </message>
    <message>
        <source>Time of the restart (device time)</source>
        <translation>Horário da reinicialização (horário do dispositivo)</translation>
    </message>
    <message>
        <source>(device time, the next time it comes)</source>
        <translation>(horário do dispositivo, na próxima vez que ocorrer)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Message the signed-in user sees</source>
        <translation>Mensagem que o usuário conectado vê</translation>
    </message>
    <message>
        <source>Message the si&amp;gned-in user sees:</source>
        <translation>Mensagem que o u&amp;suário conectado vê:</translation>
    </message>
    <message>
        <source>Schedule restart</source>
        <translation>Agendar reinicialização</translation>
    </message>
    <message>
        <source>Cancel restart</source>
        <translation>Cancelar reinicialização</translation>
    </message>
    <message>
        <source>Simulate the restart now</source>
        <translation>Simular a reinicialização agora</translation>
    </message>
    <message>
        <source>Training only: the simulated device restarts now (its clock moves to the scheduled time), then the registered verification runs.</source>
        <translation>Somente treinamento: o dispositivo simulado reinicia agora (o relógio avança para o horário agendado) e depois a verificação registrada é executada.</translation>
    </message>
    <message>
        <source>Restart status</source>
        <translation>Status da reinicialização</translation>
    </message>
    <message>
        <source>Nothing waits for a restart.</source>
        <translation>Nada aguarda uma reinicialização.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The restart completes:&lt;/b&gt;</source>
        <translation>&lt;b&gt;A reinicialização conclui:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Written by this tool:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gravado por esta ferramenta:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>HKLM\%1\%2: %3 -&gt; %4</source>
        <translation>HKLM\%1\%2: %3 -&gt; %4</translation>
    </message>
    <message>
        <source>Training: schedule the restart, then simulate it to see the verification.</source>
        <translation>Treinamento: agende a reinicialização e depois simule-a para ver a verificação.</translation>
    </message>
    <message>
        <source>Schedule the restart; the verification runs by itself after it.</source>
        <translation>Agende a reinicialização; a verificação é executada automaticamente depois dela.</translation>
    </message>
    <message>
        <source>Hotpatch Ready: this PC restarts at %1 to finish turning on virtualization-based security for hotpatch updates. Please save your work.</source>
        <translation>Hotpatch Ready: este PC será reiniciado às %1 para concluir a ativação da segurança baseada em virtualização para atualizações hotpatch. Salve seu trabalho.</translation>
    </message>
    <message>
        <source>Scheduling the restart...</source>
        <translation>Agendando a reinicialização...</translation>
    </message>
    <message>
        <source>Restart scheduled for %1 (device time; %2 UTC). The signed-in user sees: &quot;%3&quot;</source>
        <translation>Reinicialização agendada para %1 (horário do dispositivo; %2 UTC). O usuário conectado vê: &quot;%3&quot;</translation>
    </message>
    <message>
        <source>Cancelling the restart...</source>
        <translation>Cancelando a reinicialização...</translation>
    </message>
    <message>
        <source>The restart and the verification after it were cancelled. The changes stay in place and take effect at the next restart, whenever it happens.</source>
        <translation>A reinicialização e a verificação posterior foram canceladas. As alterações permanecem e entram em vigor na próxima reinicialização, quando ela ocorrer.</translation>
    </message>
    <message>
        <source>The simulated device is restarting...</source>
        <translation>O dispositivo simulado está reiniciando...</translation>
    </message>
    <message>
        <source>The simulated device restarted (restart number %1), but no verification was registered: schedule the restart first to have it verified.</source>
        <translation>O dispositivo simulado reiniciou (reinicialização número %1), mas nenhuma verificação estava registrada: agende a reinicialização primeiro para que ela seja verificada.</translation>
    </message>
    <message>
        <source>The simulated device restarted and the verification ran.</source>
        <translation>O dispositivo simulado reiniciou e a verificação foi executada.</translation>
    </message>
    <message>
        <source>Restoring the prior values...</source>
        <translation>Restaurando os valores anteriores...</translation>
    </message>
    <message>
        <source>The rollback failed. %1</source>
        <translation>Falha na reversão. %1</translation>
    </message>
    <message numerus="yes">
        <source>Rolled back: %n value(s) restored to their prior state. The device is as before.</source>
        <translation>
            <numerusform>Revertido: %n valor restaurado ao estado anterior. O dispositivo está como antes.</numerusform>
            <numerusform>Revertido: %n valores restaurados ao estado anterior. O dispositivo está como antes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scheduled restart was cancelled.</source>
        <translation>A reinicialização agendada foi cancelada.</translation>
    </message>
    <message>
        <source>Your IT department allows restarts only between %1 and %2 device time (admin policy RestartWindow, %3): a time outside it moves to the next start of the window.</source>
        <translation>Seu departamento de TI permite reinicializações apenas entre %1 e %2, horário do dispositivo (política administrativa RestartWindow, %3): um horário fora desse intervalo é movido para o próximo início do intervalo.</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Why VBS is not running</source>
        <translation>Por que a VBS não está em execução</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Every prerequisite with what was found. Select a check to see why, the evidence and where the fix lives.</source>
        <translation>Cada pré-requisito com o que foi encontrado. Selecione uma verificação para ver o motivo, as evidências e onde fica a correção.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Verificações</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Selected check: explanation, evidence and fix</source>
        <translation>Verificação selecionada: explicação, evidências e correção</translation>
    </message>
    <message>
        <source>Every prerequisite this tool can see is met. The licence cannot be checked on the device: confirm it in the admin portal.</source>
        <translation>Todos os pré-requisitos que esta ferramenta consegue ver foram atendidos. A licença não pode ser verificada no dispositivo: confirme-a no portal de administração.</translation>
    </message>
    <message>
        <source>Next: the fix plan shows exactly what would change, before anything is written.</source>
        <translation>Próximo: o plano de correção mostra exatamente o que mudaria, antes de qualquer gravação.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Blocked by: %1. The fix plan lists the steps to take elsewhere.</source>
        <translation>Bloqueado por: %1. O plano de correção lista as etapas a executar em outro lugar.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The checks marked Unknown say which facts are missing and why.</source>
        <translation>As verificações marcadas como Desconhecido informam quais dados faltam e por quê.</translation>
    </message>
    <message>
        <source>Offline evidence: nothing can be changed from here, so the wizard ends with the report. To fix the device, run Hotpatch Ready on it, as administrator.</source>
        <translation>Evidências offline: nada pode ser alterado daqui, então o assistente termina com o relatório. Para corrigir o dispositivo, execute o Hotpatch Ready nele, como administrador.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Device:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Dispositivo:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Assessed&lt;/b&gt; as of %1 with the release table of %2.</source>
        <translation>&lt;b&gt;Avaliado&lt;/b&gt; em %1 com a tabela de versões de %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Earlier in this state folder:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Antes nesta pasta de estado:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline evidence:&lt;/b&gt; every fact comes from the files sent, with its file and line (select a check to see them); what the files do not state is unknown.</source>
        <translation>&lt;b&gt;Evidências offline:&lt;/b&gt; cada informação vem dos arquivos enviados, com arquivo e linha (selecione uma verificação para vê-los); o que os arquivos não informam é desconhecido.</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Correção: %1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidências</translation>
    </message>
    <message>
        <source>Where the fix lives:</source>
        <translation>Onde fica a correção:</translation>
    </message>
    <message>
        <source>Secure Boot &amp;certificate update…</source>
        <translation>Atualização de &amp;certificados da Inicialização Segura…</translation>
    </message>
    <message>
        <source>Secure Boot certificate update</source>
        <translation>Atualização de certificados da Inicialização Segura</translation>
    </message>
    <message>
        <source>Opens the optional Secure Boot 2023 certificate update (check HP-SECUREBOOT-CA2023). It is separate from the hotpatch fix and its restart.</source>
        <translation>Abre a atualização opcional dos certificados 2023 da Inicialização Segura (verificação HP-SECUREBOOT-CA2023). Ela é separada da correção de hotpatch e de sua reinicialização.</translation>
    </message>
</context>
<context>
    <name>SecureBootDialog</name>
    <message>
        <source>Suspend BitLocker for the restarts of this update</source>
        <translation>Suspender o BitLocker durante as reinicializações desta atualização</translation>
    </message>
    <message>
        <source>I understand that this changes the firmware&apos;s Secure Boot databases and needs several restarts of its own.</source>
        <translation>Entendo que isso altera os bancos de dados da Inicialização Segura do firmware e requer várias reinicializações próprias.</translation>
    </message>
    <message>
        <source>&amp;Start the Secure Boot update</source>
        <translation>&amp;Iniciar a atualização da Inicialização Segura</translation>
    </message>
    <message>
        <source>Simulate a &amp;restart</source>
        <translation>Simular uma &amp;reinicialização</translation>
    </message>
    <message>
        <source>&amp;Verify now</source>
        <translation>&amp;Verificar agora</translation>
    </message>
    <message>
        <source>Secure Boot 2023 certificates</source>
        <translation>Certificados 2023 da Inicialização Segura</translation>
    </message>
    <message>
        <source>Secure Boot 2023 certificate update</source>
        <translation>Atualização dos certificados 2023 da Inicialização Segura</translation>
    </message>
    <message>
        <source>Microsoft&apos;s Secure Boot certificates from 2011 expired in 2026. Without the 2023 certificates this device keeps starting and receiving normal updates, but no longer receives security fixes for its boot components. This update is separate from the hotpatch fix: it is never part of the hotpatch restart, and hotpatch readiness does not depend on it.</source>
        <translation>Os certificados da Inicialização Segura da Microsoft de 2011 expiraram em 2026. Sem os certificados de 2023, este dispositivo continua inicializando e recebendo as atualizações normais, mas não recebe mais correções de segurança para seus componentes de inicialização. Esta atualização é separada da correção de hotpatch: ela nunca faz parte da reinicialização de hotpatch, e a prontidão para hotpatch não depende dela.</translation>
    </message>
    <message>
        <source>Checking what the update would do on this device…</source>
        <translation>Verificando o que a atualização faria neste dispositivo…</translation>
    </message>
    <message>
        <source>Number of restarts BitLocker stays suspended</source>
        <translation>Número de reinicializações em que o BitLocker permanece suspenso</translation>
    </message>
    <message>
        <source>Confirm the Secure Boot update</source>
        <translation>Confirmar a atualização da Inicialização Segura</translation>
    </message>
    <message>
        <source>Start the Secure Boot update</source>
        <translation>Iniciar a atualização da Inicialização Segura</translation>
    </message>
    <message>
        <source>Simulate a restart</source>
        <translation>Simular uma reinicialização</translation>
    </message>
    <message>
        <source>Verify now</source>
        <translation>Verificar agora</translation>
    </message>
    <message>
        <source>Training only: the simulated device restarts and Windows&apos; Secure Boot update task runs once, as it does after a real restart.</source>
        <translation>Somente treinamento: o dispositivo simulado reinicia e a tarefa de atualização da Inicialização Segura do Windows é executada uma vez, como após uma reinicialização real.</translation>
    </message>
    <message>
        <source>Secure Boot facts at the opt-in and now</source>
        <translation>Informações da Inicialização Segura na ativação e agora</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Informação</translation>
    </message>
    <message>
        <source>At the opt-in</source>
        <translation>Na ativação</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Agora</translation>
    </message>
    <message>
        <source>What the update does</source>
        <translation>O que a atualização faz</translation>
    </message>
    <message>
        <source>BitLocker</source>
        <translation>BitLocker</translation>
    </message>
    <message>
        <source>No device is open.</source>
        <translation>Nenhum dispositivo está aberto.</translation>
    </message>
    <message>
        <source>This device starts in legacy BIOS mode, so it has no Secure Boot certificates to update.</source>
        <translation>Este dispositivo inicializa no modo BIOS herdado, então não tem certificados da Inicialização Segura para atualizar.</translation>
    </message>
    <message>
        <source>Secure Boot is off on this device. The update runs only with Secure Boot on: turn it on in the UEFI setup first.</source>
        <translation>A Inicialização Segura está desativada neste dispositivo. A atualização só é executada com a Inicialização Segura ativada: ative-a primeiro na configuração do UEFI.</translation>
    </message>
    <message>
        <source>The Secure Boot state could not be read (%1), so the update is not offered.</source>
        <translation>Não foi possível ler o estado da Inicialização Segura (%1), então a atualização não é oferecida.</translation>
    </message>
    <message>
        <source>Hotpatch Ready is not running as administrator. Start it as administrator so it can check BitLocker and make this change.</source>
        <translation>O Hotpatch Ready não está sendo executado como administrador. Inicie-o como administrador para que ele possa verificar o BitLocker e fazer esta alteração.</translation>
    </message>
    <message>
        <source>The BitLocker state could not be read (%1). It must be known before the firmware&apos;s Secure Boot databases change: run Hotpatch Ready as administrator.</source>
        <translation>Não foi possível ler o estado do BitLocker (%1). Ele precisa ser conhecido antes que os bancos de dados da Inicialização Segura do firmware mudem: execute o Hotpatch Ready como administrador.</translation>
    </message>
    <message>
        <source>The update cannot run on this device: %1.</source>
        <translation>A atualização não pode ser executada neste dispositivo: %1.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Agora: %1</translation>
    </message>
    <message>
        <source>It sets %1 from %2 to %3 (the value Microsoft documents for the 2023 certificates, the KEK and the new boot manager; no revocations). Nothing else is written, and the change is journaled.</source>
        <translation>Ela altera %1 de %2 para %3 (o valor que a Microsoft documenta para os certificados de 2023, a KEK e o novo gerenciador de inicialização; sem revogações). Nada mais é gravado, e a alteração é registrada no diário.</translation>
    </message>
    <message>
        <source>Windows&apos; Secure Boot update task then writes the 2023 certificates into the firmware variables DB and KEK and installs the boot manager signed by Windows UEFI CA 2023.</source>
        <translation>Em seguida, a tarefa de atualização da Inicialização Segura do Windows grava os certificados de 2023 nas variáveis de firmware DB e KEK e instala o gerenciador de inicialização assinado pela Windows UEFI CA 2023.</translation>
    </message>
    <message>
        <source>It needs several restarts of its own: at least two on a real device (the databases, then the boot manager); the simulated device needs three.</source>
        <translation>Ela requer várias reinicializações próprias: pelo menos duas em um dispositivo real (os bancos de dados, depois o gerenciador de inicialização); o dispositivo simulado precisa de três.</translation>
    </message>
    <message>
        <source>Known firmware problems: some firmware rejects the write (event 1795), some device makers have not supplied a signed KEK yet (the update then stays pending with event 1803), and some BIOS options or UEFI Deployed Mode block the new certificates.</source>
        <translation>Problemas de firmware conhecidos: alguns firmwares recusam a gravação (evento 1795), alguns fabricantes de dispositivos ainda não forneceram uma KEK assinada (a atualização então fica pendente com o evento 1803), e algumas opções do BIOS ou o UEFI Deployed Mode bloqueiam os novos certificados.</translation>
    </message>
    <message>
        <source>Undo restores the value, but certificates already written to the firmware stay there.</source>
        <translation>Desfazer restaura o valor, mas os certificados já gravados no firmware permanecem lá.</translation>
    </message>
    <message>
        <source>&lt;b&gt;BitLocker is on&lt;/b&gt; for the system drive. &lt;b&gt;Have your BitLocker recovery key at hand&lt;/b&gt; before you restart: changing the Secure Boot databases can make the device ask for it. You can suspend BitLocker for the restarts of this update.</source>
        <translation>&lt;b&gt;O BitLocker está ativado&lt;/b&gt; na unidade do sistema. &lt;b&gt;Tenha sua chave de recuperação do BitLocker em mãos&lt;/b&gt; antes de reiniciar: alterar os bancos de dados da Inicialização Segura pode fazer o dispositivo solicitá-la. Você pode suspender o BitLocker durante as reinicializações desta atualização.</translation>
    </message>
    <message>
        <source>BitLocker is off for the system drive: no recovery key prompt is expected from this update.</source>
        <translation>O BitLocker está desativado na unidade do sistema: não se espera que esta atualização solicite a chave de recuperação.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The BitLocker state is unknown&lt;/b&gt; (%1).</source>
        <translation>&lt;b&gt;O estado do BitLocker é desconhecido&lt;/b&gt; (%1).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not possible here:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Não é possível aqui:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not now:&lt;/b&gt; the hotpatch fixes are applied and wait for their restart. Finish that cycle first, so the two are never mixed into one restart.</source>
        <translation>&lt;b&gt;Agora não:&lt;/b&gt; as correções de hotpatch estão aplicadas e aguardam sua reinicialização. Conclua esse ciclo primeiro, para que os dois nunca se misturem em uma mesma reinicialização.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to do:&lt;/b&gt; the 2023 certificates are in place and the device starts the boot manager signed by the 2023 certificate.</source>
        <translation>&lt;b&gt;Nada a fazer:&lt;/b&gt; os certificados de 2023 estão instalados e o dispositivo inicia o gerenciador de inicialização assinado pelo certificado de 2023.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Already started:&lt;/b&gt; the update was triggered before. Restart the device and verify instead of starting it again.</source>
        <translation>&lt;b&gt;Já iniciada:&lt;/b&gt; a atualização foi acionada antes. Reinicie o dispositivo e verifique em vez de iniciá-la novamente.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nada foi alterado.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The update is started:&lt;/b&gt; AvailableUpdates was %1 and is now %2.</source>
        <translation>&lt;b&gt;A atualização foi iniciada:&lt;/b&gt; AvailableUpdates era %1 e agora é %2.</translation>
    </message>
    <message numerus="yes">
        <source>BitLocker is suspended for the next %n restart(s).</source>
        <translation>
            <numerusform>O BitLocker está suspenso durante %n reinicialização.</numerusform>
            <numerusform>O BitLocker está suspenso durante as próximas %n reinicializações.</numerusform>
        </translation>
    </message>
    <message>
        <source>BitLocker stays on: have the recovery key at hand for the restarts.</source>
        <translation>O BitLocker permanece ativado: tenha a chave de recuperação em mãos para as reinicializações.</translation>
    </message>
    <message>
        <source>Training: simulate the restarts with the button above; each one runs Windows&apos; Secure Boot update task once. Then the result shows here.</source>
        <translation>Treinamento: simule as reinicializações com o botão acima; cada uma executa uma vez a tarefa de atualização da Inicialização Segura do Windows. Depois, o resultado aparece aqui.</translation>
    </message>
    <message>
        <source>Restart the device when it suits you (more than once), then open this again and choose Verify now. This is not the hotpatch restart.</source>
        <translation>Reinicie o dispositivo quando for conveniente (mais de uma vez), depois abra esta janela novamente e escolha Verificar agora. Esta não é a reinicialização de hotpatch.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Updated:&lt;/b&gt; the 2023 certificates are in place and the device starts the boot manager signed by the 2023 certificate.</source>
        <translation>&lt;b&gt;Atualizado:&lt;/b&gt; os certificados de 2023 estão instalados e o dispositivo inicia o gerenciador de inicialização assinado pelo certificado de 2023.</translation>
    </message>
    <message>
        <source>&lt;b&gt;In progress:&lt;/b&gt; the next restart continues the update.</source>
        <translation>&lt;b&gt;Em andamento:&lt;/b&gt; a próxima reinicialização continua a atualização.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not started yet:&lt;/b&gt; Windows&apos; Secure Boot update task has not picked the change up.</source>
        <translation>&lt;b&gt;Ainda não iniciada:&lt;/b&gt; a tarefa de atualização da Inicialização Segura do Windows ainda não detectou a alteração.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Failed:&lt;/b&gt; the firmware reported an error; the error code and event are in the table below.</source>
        <translation>&lt;b&gt;Falha:&lt;/b&gt; o firmware informou um erro; o código de erro e o evento estão na tabela abaixo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unknown:&lt;/b&gt; the Secure Boot state could not be read.</source>
        <translation>&lt;b&gt;Desconhecido:&lt;/b&gt; não foi possível ler o estado da Inicialização Segura.</translation>
    </message>
    <message numerus="yes">
        <source>After %n simulated restart(s):</source>
        <translation>
            <numerusform>Após %n reinicialização simulada:</numerusform>
            <numerusform>Após %n reinicializações simuladas:</numerusform>
        </translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>não registrado</translation>
    </message>
    <message>
        <source>R&amp;estarts:</source>
        <translation>R&amp;einicializações:</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>&amp;This device</source>
        <translation>&amp;Este dispositivo</translation>
    </message>
    <message>
        <source>T&amp;raining: a simulated device</source>
        <translation>&amp;Treinamento: um dispositivo simulado</translation>
    </message>
    <message>
        <source>Offline e&amp;vidence: files sent by the device&apos;s user</source>
        <translation>Evidências o&amp;ffline: arquivos enviados pelo usuário do dispositivo</translation>
    </message>
    <message>
        <source>&amp;Files...</source>
        <translation>&amp;Arquivos...</translation>
    </message>
    <message>
        <source>Fol&amp;der...</source>
        <translation>Pa&amp;sta...</translation>
    </message>
    <message>
        <source>Bro&amp;wse...</source>
        <translation>P&amp;rocurar...</translation>
    </message>
    <message>
        <source>Make this device ready for hotpatch</source>
        <translation>Preparar este dispositivo para hotpatch</translation>
    </message>
    <message>
        <source>Choose the device. The wizard detects every prerequisite, explains what is missing, fixes what it can with one undoable change set and one restart, and verifies the result.</source>
        <translation>Escolha o dispositivo. O assistente detecta cada pré-requisito, explica o que falta, corrige o que puder com um único conjunto de alterações reversível e uma única reinicialização, e verifica o resultado.</translation>
    </message>
    <message>
        <source>Offline evidence: files sent by the device&apos;s user</source>
        <translation>Evidências offline: arquivos enviados pelo usuário do dispositivo</translation>
    </message>
    <message>
        <source>Evidence file or folder</source>
        <translation>Arquivo ou pasta de evidências</translation>
    </message>
    <message>
        <source>msinfo32 /report, systeminfo or Get-CimInstance Win32_DeviceGuard output; a file or a folder of them.</source>
        <translation>Saída de msinfo32 /report, systeminfo ou Get-CimInstance Win32_DeviceGuard; um arquivo ou uma pasta com eles.</translation>
    </message>
    <message>
        <source>A file, or a folder of files</source>
        <translation>Um arquivo ou uma pasta de arquivos</translation>
    </message>
    <message>
        <source>Choose evidence files</source>
        <translation>Escolher arquivos de evidência</translation>
    </message>
    <message>
        <source>Choose a folder of evidence files</source>
        <translation>Escolher uma pasta de arquivos de evidência</translation>
    </message>
    <message>
        <source>Evidence pat&amp;h:</source>
        <translation>Camin&amp;ho das evidências:</translation>
    </message>
    <message>
        <source>Assesses a device that cannot run this app from the msinfo32, systeminfo or Win32_DeviceGuard output its user sent. Nothing can be changed from files, so the wizard ends with the results and the report.</source>
        <translation>Avalia um dispositivo que não pode executar este aplicativo a partir da saída de msinfo32, systeminfo ou Win32_DeviceGuard enviada pelo usuário. Nada pode ser alterado a partir de arquivos, então o assistente termina com os resultados e o relatório.</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Este dispositivo</translation>
    </message>
    <message>
        <source>Training: a simulated device</source>
        <translation>Treinamento: um dispositivo simulado</translation>
    </message>
    <message>
        <source>Assesses and fixes the Windows PC this app runs on. Run the app as administrator to read and change everything.</source>
        <translation>Avalia e corrige o PC com Windows em que este aplicativo é executado. Execute o aplicativo como administrador para ler e alterar tudo.</translation>
    </message>
    <message>
        <source>Not available in this build: the live backend exists only on Windows. Practise the whole cycle on a simulated device instead.</source>
        <translation>Não disponível nesta compilação: o back-end ao vivo existe somente no Windows. Pratique o ciclo completo em um dispositivo simulado.</translation>
    </message>
    <message>
        <source>Simulated device profile</source>
        <translation>Perfil de dispositivo simulado</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>Perf&amp;il:</translation>
    </message>
    <message>
        <source>Profile description</source>
        <translation>Descrição do perfil</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>State folder</source>
        <translation>Pasta de estado</translation>
    </message>
    <message>
        <source>Browse for the state folder</source>
        <translation>Procurar a pasta de estado</translation>
    </message>
    <message>
        <source>&amp;State folder:</source>
        <translation>Pasta de esta&amp;do:</translation>
    </message>
    <message>
        <source>The journal of every change, the scheduled restart and the verification are kept here; simulated devices also keep their machine here, so the cycle survives restarts of the app.</source>
        <translation>O diário de cada alteração, a reinicialização agendada e a verificação ficam aqui; os dispositivos simulados também guardam aqui a máquina deles, então o ciclo sobrevive às reinicializações do aplicativo.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Administrator rights</source>
        <translation>Direitos de administrador</translation>
    </message>
    <message>
        <source>Language of the wizard</source>
        <translation>Idioma do assistente</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
    <message>
        <source>About the language</source>
        <translation>Sobre o idioma</translation>
    </message>
    <message>
        <source>Set by your administrator (admin policy %1).</source>
        <translation>Definido pelo administrador (política administrativa %1).</translation>
    </message>
    <message>
        <source>This run uses %1 (--language). A choice here applies from the next start.</source>
        <translation>Esta execução usa %1 (--language). Uma escolha aqui vale a partir da próxima inicialização.</translation>
    </message>
    <message>
        <source>A change takes effect at the next start.</source>
        <translation>Uma alteração entra em vigor na próxima inicialização.</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Arquivos de evidência</translation>
    </message>
    <message>
        <source>Text and report files (*.txt *.log *.csv *.nfo *.reg);;All files (*)</source>
        <translation>Arquivos de texto e de relatório (*.txt *.log *.csv *.nfo *.reg);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Folder of evidence files</source>
        <translation>Pasta de arquivos de evidência</translation>
    </message>
    <message>
        <source>Saved: from the next start, the wizard is in %1.</source>
        <translation>Salvo: a partir da próxima inicialização, o assistente estará em %1.</translation>
    </message>
    <message>
        <source>Whether the app runs elevated (as administrator) is shown once the device has been detected.</source>
        <translation>Se o aplicativo é executado com privilégios elevados (como administrador) é mostrado depois que o dispositivo for detectado.</translation>
    </message>
    <message>
        <source>Administrator rights do not matter for evidence files: nothing on this PC is read or changed.</source>
        <translation>Direitos de administrador não importam para arquivos de evidência: nada neste PC é lido ou alterado.</translation>
    </message>
    <message>
        <source>Could not tell whether the app runs elevated: %1</source>
        <translation>Não foi possível saber se o aplicativo é executado com privilégios elevados: %1</translation>
    </message>
    <message>
        <source>Administrator rights: the simulated session runs elevated.</source>
        <translation>Direitos de administrador: a sessão simulada é executada com privilégios elevados.</translation>
    </message>
    <message>
        <source>Administrator rights: this app runs elevated.</source>
        <translation>Direitos de administrador: este aplicativo é executado com privilégios elevados.</translation>
    </message>
    <message>
        <source>Administrator rights: the simulated session is not elevated, so facts that need them are unknown and changes are refused.</source>
        <translation>Direitos de administrador: a sessão simulada não tem privilégios elevados, então as informações que precisam deles são desconhecidas e as alterações são recusadas.</translation>
    </message>
    <message>
        <source>Administrator rights: this app is not elevated, so facts that need them are unknown and changes are refused. Run it as administrator.</source>
        <translation>Direitos de administrador: este aplicativo não tem privilégios elevados, então as informações que precisam deles são desconhecidas e as alterações são recusadas. Execute-o como administrador.</translation>
    </message>
</context>
<context>
    <name>UiText</name>
    <message>
        <source>Pass</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Reprovado</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Não aplicável</translation>
    </message>
    <message>
        <source>Ready for hotpatch</source>
        <translation>Pronto para hotpatch</translation>
    </message>
    <message>
        <source>Not ready yet: this tool can fix what is missing</source>
        <translation>Ainda não está pronto: esta ferramenta pode corrigir o que falta</translation>
    </message>
    <message>
        <source>Blocked: something this tool cannot fix must change first</source>
        <translation>Bloqueado: algo que esta ferramenta não pode corrigir precisa mudar primeiro</translation>
    </message>
    <message>
        <source>Undetermined: some facts could not be read</source>
        <translation>Indeterminado: algumas informações não puderam ser lidas</translation>
    </message>
    <message>
        <source>Nothing to fix</source>
        <translation>Nada a corrigir</translation>
    </message>
    <message>
        <source>This tool, with one restart</source>
        <translation>Esta ferramenta, com uma reinicialização</translation>
    </message>
    <message>
        <source>The device&apos;s firmware setup (UEFI/BIOS)</source>
        <translation>A configuração do firmware do dispositivo (UEFI/BIOS)</translation>
    </message>
    <message>
        <source>Intune or Group Policy</source>
        <translation>Intune ou Política de Grupo</translation>
    </message>
    <message>
        <source>Windows Update</source>
        <translation>Windows Update</translation>
    </message>
    <message>
        <source>The boot configuration (bcdedit), by an administrator</source>
        <translation>A configuração de inicialização (bcdedit), por um administrador</translation>
    </message>
    <message>
        <source>The virtual machine&apos;s host</source>
        <translation>O host da máquina virtual</translation>
    </message>
    <message>
        <source>Other hardware, or another Windows edition</source>
        <translation>Outro hardware ou outra edição do Windows</translation>
    </message>
    <message>
        <source>The licence portal (cannot be checked on the device)</source>
        <translation>O portal de licenças (não pode ser verificado no dispositivo)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>hardware</source>
        <translation>hardware</translation>
    </message>
    <message>
        <source>a firmware setting</source>
        <translation>uma configuração do firmware</translation>
    </message>
    <message>
        <source>the Windows edition</source>
        <translation>a edição do Windows</translation>
    </message>
    <message>
        <source>the Windows build</source>
        <translation>o build do Windows</translation>
    </message>
    <message>
        <source>device management</source>
        <translation>o gerenciamento do dispositivo</translation>
    </message>
    <message>
        <source>the boot configuration</source>
        <translation>a configuração de inicialização</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The request was not valid: %1</source>
        <translation>A solicitação não era válida: %1</translation>
    </message>
    <message>
        <source>A file is damaged or not in the expected format: %1</source>
        <translation>Um arquivo está danificado ou não está no formato esperado: %1</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Não encontrado: %1</translation>
    </message>
    <message>
        <source>Not available here: %1</source>
        <translation>Não disponível aqui: %1</translation>
    </message>
    <message>
        <source>Administrator rights are needed, or a locked setting refused the change: %1</source>
        <translation>São necessários direitos de administrador, ou uma configuração bloqueada recusou a alteração: %1</translation>
    </message>
    <message>
        <source>The operation failed: %1</source>
        <translation>Falha na operação: %1</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
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
        <translation>Prepara um dispositivo Windows 11 para hotpatch: detectar, explicar, corrigir com um único conjunto de alterações registrado no diário e uma única reinicialização, verificar.</translation>
    </message>
    <message>
        <source>Preselects a training profile (a simulated device shipped with the app).</source>
        <translation>Pré-seleciona um perfil de treinamento (um dispositivo simulado fornecido com o aplicativo).</translation>
    </message>
    <message>
        <source>The state folder (default: a per-user folder).</source>
        <translation>A pasta de estado (padrão: uma pasta por usuário).</translation>
    </message>
    <message>
        <source>Judges the release table as of this date (YYYY-MM-DD; default: today).</source>
        <translation>Avalia a tabela de versões nesta data (AAAA-MM-DD; padrão: hoje).</translation>
    </message>
    <message>
        <source>Opens the fleet dashboard instead of the wizard.</source>
        <translation>Abre o painel da frota em vez do assistente.</translation>
    </message>
    <message>
        <source>The dashboard&apos;s fleet store: an SQLite file or a postgresql:// URI (default: fleet.sqlite in the state folder of hotpatch-ready-cli).</source>
        <translation>O repositório da frota do painel: um arquivo SQLite ou um URI postgresql:// (padrão: fleet.sqlite na pasta de estado do hotpatch-ready-cli).</translation>
    </message>
    <message>
        <source>The device: sim:NAME (training), evidence:FILE-OR-FOLDER (offline evidence) or local (this PC, Windows only).</source>
        <translation>O dispositivo: sim:NOME (treinamento), evidence:ARQUIVO-OU-PASTA (evidências offline) ou local (este PC, somente Windows).</translation>
    </message>
    <message>
        <source>Opens on the verification after the restart (what the restart runs when the cycle was started here); needs --device and --state-dir.</source>
        <translation>Abre na verificação após a reinicialização (o que a reinicialização executa quando o ciclo foi iniciado aqui); requer --device e --state-dir.</translation>
    </message>
    <message>
        <source>The language of this run: %1 (default: the admin policy, the choice saved in the wizard, else the system language).</source>
        <translation>O idioma desta execução: %1 (padrão: a política administrativa, a escolha salva no assistente ou, caso contrário, o idioma do sistema).</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot; for --language (use one of %2).</source>
        <translation>Idioma &quot;%1&quot; desconhecido para --language (use um de %2).</translation>
    </message>
    <message>
        <source>This build has no fleet dashboard (it needs Qt 6 Charts and the fleet store).</source>
        <translation>Esta compilação não tem o painel da frota (ele requer o Qt 6 Charts e o repositório da frota).</translation>
    </message>
    <message>
        <source>Give either --profile or --device, not both.</source>
        <translation>Informe --profile ou --device, não ambos.</translation>
    </message>
    <message>
        <source>There is no training profile named &quot;%1&quot;.</source>
        <translation>Não há perfil de treinamento chamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown device &quot;%1&quot; (use sim:NAME, evidence:FILE-OR-FOLDER or local).</source>
        <translation>Dispositivo &quot;%1&quot; desconhecido (use sim:NOME, evidence:ARQUIVO-OU-PASTA ou local).</translation>
    </message>
    <message>
        <source>--verify needs --device and --state-dir: the device and the state folder of the cycle to verify.</source>
        <translation>--verify requer --device e --state-dir: o dispositivo e a pasta de estado do ciclo a verificar.</translation>
    </message>
    <message>
        <source>Evidence files cannot be verified after a restart: nothing was changed on them.</source>
        <translation>Arquivos de evidência não podem ser verificados após uma reinicialização: nada foi alterado neles.</translation>
    </message>
</context>
</TS>
