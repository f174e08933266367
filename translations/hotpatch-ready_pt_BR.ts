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
    <message>
        <source>What was read from each file…</source>
        <translation>O que foi lido de cada arquivo…</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Arquivos de evidências</translation>
    </message>
    <message>
        <source>What was read from every evidence file, where files disagree (the first file&apos;s value counts) and which lines were not understood:</source>
        <translation>O que foi lido de cada arquivo de evidências, onde os arquivos divergem (vale o valor do primeiro arquivo) e quais linhas não foram entendidas:</translation>
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
    <name>hpr::engine</name>
    <message>
        <source>%1 %2</source>
        <extracomment>Two sentences one after the other (Japanese: without the space).</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 could not be read (%2).</source>
        <extracomment>%1: what could not be read (e.g. &quot;The build number&quot;); %2: the reason code and the system&apos;s detail.</extracomment>
        <translation>Não foi possível ler %1 (%2).</translation>
    </message>
    <message>
        <source>Run the tool as administrator to read it.</source>
        <translation>Execute a ferramenta como administrador para lê-lo.</translation>
    </message>
    <message>
        <source>Suspend BitLocker for one restart before changing firmware settings (manage-bde -protectors -disable C: -RebootCount 1), or have the recovery key at hand.</source>
        <translation>Suspenda o BitLocker por uma reinicialização antes de alterar as configurações do firmware (manage-bde -protectors -disable C: -RebootCount 1), ou tenha a chave de recuperação em mãos.</translation>
    </message>
    <message>
        <source>Windows edition</source>
        <translation>Edição do Windows</translation>
    </message>
    <message>
        <source>Edition unknown</source>
        <translation>Edição desconhecida</translation>
    </message>
    <message>
        <source>The edition (EditionID)</source>
        <translation>a edição (EditionID)</translation>
    </message>
    <message>
        <source>Windows Server %1 supports hotpatch (through Azure Arc or Azure Edition)</source>
        <translation>O Windows Server %1 oferece suporte a hotpatch (pelo Azure Arc ou pelo Azure Edition)</translation>
    </message>
    <message>
        <source>Windows Server 2025 Standard, Datacenter and Datacenter: Azure Edition can take hotpatch updates; Standard and Datacenter are enabled through Azure Arc.</source>
        <translation>O Windows Server 2025 Standard, Datacenter e Datacenter: Azure Edition podem receber atualizações hotpatch; Standard e Datacenter são habilitados pelo Azure Arc.</translation>
    </message>
    <message>
        <source>Server edition %1 is not hotpatch-eligible</source>
        <translation>A edição de servidor %1 não está qualificada para hotpatch</translation>
    </message>
    <message>
        <source>Hotpatch for Windows Server needs Standard, Datacenter or Datacenter: Azure Edition.</source>
        <translation>O hotpatch para Windows Server requer Standard, Datacenter ou Datacenter: Azure Edition.</translation>
    </message>
    <message>
        <source>Move the workload to Windows Server 2025 Standard or Datacenter.</source>
        <translation>Mova a carga de trabalho para o Windows Server 2025 Standard ou Datacenter.</translation>
    </message>
    <message>
        <source>Enterprise is the edition the hotpatch documentation names.</source>
        <translation>Enterprise é a edição citada na documentação do hotpatch.</translation>
    </message>
    <message>
        <source>Education (with an A3/A5 licence) and IoT Enterprise are eligible editions.</source>
        <translation>Education (com uma licença A3/A5) e IoT Enterprise são edições qualificadas.</translation>
    </message>
    <message>
        <source>LTSC edition %1: hotpatch eligibility not confirmed</source>
        <translation>Edição LTSC %1: qualificação para hotpatch não confirmada</translation>
    </message>
    <message>
        <source>No Microsoft source read by this tool lists the LTSC editions as hotpatch-eligible [UNCONFIRMED]. Confirm with Microsoft before relying on hotpatch here.</source>
        <translation>Nenhuma fonte da Microsoft lida por esta ferramenta lista as edições LTSC como qualificadas para hotpatch [UNCONFIRMED]. Confirme com a Microsoft antes de contar com o hotpatch aqui.</translation>
    </message>
    <message>
        <source>Windows 11 Pro qualifies only through a Microsoft 365 Business Premium licence</source>
        <translation>O Windows 11 Pro só se qualifica com uma licença do Microsoft 365 Business Premium</translation>
    </message>
    <message>
        <source>Microsoft 365 Business Premium keeps devices on Windows 11 Pro and is an eligible licence; with any other licence, Pro devices are not offered hotpatch updates. The licence cannot be seen from the device (see HP-LICENSE).</source>
        <translation>O Microsoft 365 Business Premium mantém os dispositivos no Windows 11 Pro e é uma licença qualificada; com qualquer outra licença, atualizações hotpatch não são oferecidas a dispositivos Pro. A licença não pode ser vista no dispositivo (consulte HP-LICENSE).</translation>
    </message>
    <message>
        <source>Confirm the user has Microsoft 365 Business Premium, or move the device to Enterprise (E3/E5 subscription activation).</source>
        <translation>Confirme se o usuário tem o Microsoft 365 Business Premium, ou mude o dispositivo para Enterprise (ativação por assinatura E3/E5).</translation>
    </message>
    <message>
        <source>Windows 11 SE (%1) cannot receive hotpatch updates</source>
        <translation>O Windows 11 SE (%1) não pode receber atualizações hotpatch</translation>
    </message>
    <message>
        <source>Hotpatch is offered to Enterprise, Education and (with Business Premium) Pro devices only.</source>
        <translation>O hotpatch é oferecido apenas a dispositivos Enterprise, Education e (com Business Premium) Pro.</translation>
    </message>
    <message>
        <source>Upgrade the edition to Enterprise or Education (or Pro with Microsoft 365 Business Premium).</source>
        <translation>Atualize a edição para Enterprise ou Education (ou Pro com Microsoft 365 Business Premium).</translation>
    </message>
    <message>
        <source>Unrecognized edition %1</source>
        <translation>Edição não reconhecida %1</translation>
    </message>
    <message>
        <source>This edition is not in the tool&apos;s list; check Microsoft&apos;s eligibility list for it.</source>
        <translation>Esta edição não está na lista da ferramenta; consulte a lista de qualificação da Microsoft.</translation>
    </message>
    <message>
        <source>Windows version and build</source>
        <translation>Versão e build do Windows</translation>
    </message>
    <message>
        <source>Build unknown</source>
        <translation>Build desconhecido</translation>
    </message>
    <message>
        <source>The build number</source>
        <translation>o número do build</translation>
    </message>
    <message>
        <source>Build %1 is not Windows Server 2025</source>
        <translation>O build %1 não é o Windows Server 2025</translation>
    </message>
    <message>
        <source>Hotpatch with Azure Arc needs Windows Server 2025 (build 26100.1742 or later).</source>
        <translation>O hotpatch com Azure Arc requer o Windows Server 2025 (build 26100.1742 ou posterior).</translation>
    </message>
    <message>
        <source>Upgrade the server to Windows Server 2025.</source>
        <translation>Atualize o servidor para o Windows Server 2025.</translation>
    </message>
    <message>
        <source>Windows 11 26H1 (%1) does not support hotpatch</source>
        <translation>O Windows 11 26H1 (%1) não oferece suporte a hotpatch</translation>
    </message>
    <message>
        <source>Microsoft: devices on Windows 11, version 26H1 receive monthly updates but do not support hotpatch. 26H1 ships only on Snapdragon X2 devices and cannot move to 26H2.</source>
        <translation>Microsoft: dispositivos com Windows 11, versão 26H1 recebem atualizações mensais, mas não oferecem suporte a hotpatch. O 26H1 é fornecido apenas em dispositivos Snapdragon X2 e não pode migrar para o 26H2.</translation>
    </message>
    <message>
        <source>None on this device; plan for the next version that supports hotpatch.</source>
        <translation>Nenhuma neste dispositivo; planeje a próxima versão que ofereça suporte a hotpatch.</translation>
    </message>
    <message>
        <source>Build %1 is older than Windows 11 24H2 (26100)</source>
        <translation>O build %1 é anterior ao Windows 11 24H2 (26100)</translation>
    </message>
    <message>
        <source>Hotpatch needs Windows 11 version 24H2 or later.</source>
        <translation>O hotpatch requer o Windows 11 versão 24H2 ou posterior.</translation>
    </message>
    <message>
        <source>Upgrade to Windows 11 24H2 or later (feature update), then assess again.</source>
        <translation>Atualize para o Windows 11 24H2 ou posterior (atualização de recursos) e avalie novamente.</translation>
    </message>
    <message>
        <source>Build %1 is not in the tool&apos;s release table</source>
        <translation>O build %1 não está na tabela de versões da ferramenta</translation>
    </message>
    <message>
        <source>This build is newer than the tool knows; update the release table (--release-table).</source>
        <translation>Este build é mais recente do que a ferramenta conhece; atualize a tabela de versões (--release-table).</translation>
    </message>
    <message>
        <source>Update revision (UBR) unknown</source>
        <translation>Revisão de atualização (UBR) desconhecida</translation>
    </message>
    <message>
        <source>The update build revision</source>
        <translation>a revisão do build de atualização</translation>
    </message>
    <message>
        <source>Build %1 is below the hotpatch minimum %2</source>
        <translation>O build %1 está abaixo do mínimo de hotpatch %2</translation>
    </message>
    <message>
        <source>Hotpatch needs at least build %1.</source>
        <translation>O hotpatch requer pelo menos o build %1.</translation>
    </message>
    <message>
        <source>Install the latest cumulative update.</source>
        <translation>Instale a atualização cumulativa mais recente.</translation>
    </message>
    <message>
        <source>Windows 11 26H2 (%1)</source>
        <translation>Windows 11 26H2 (%1)</translation>
    </message>
    <message>
        <source>26H2 shares the 24H2/25H2 servicing branch and should qualify as &quot;24H2 or later&quot;, but no Microsoft statement was found [UNCONFIRMED].</source>
        <translation>O 26H2 compartilha o ramo de manutenção do 24H2/25H2 e deveria contar como &quot;24H2 ou posterior&quot;, mas nenhuma declaração da Microsoft foi encontrada [UNCONFIRMED].</translation>
    </message>
    <message>
        <source>Windows Server 2025 at or above %1.</source>
        <translation>Windows Server 2025 no build %1 ou posterior.</translation>
    </message>
    <message>
        <source>Windows 11 24H2 or later at or above %1.</source>
        <translation>Windows 11 24H2 ou posterior no build %1 ou posterior.</translation>
    </message>
    <message>
        <source>The Arm64 minimum build is not confirmed by Microsoft [UNCONFIRMED]; being on the current baseline is what counts.</source>
        <translation>O build mínimo para Arm64 não é confirmado pela Microsoft [UNCONFIRMED]; o que conta é estar na linha de base atual.</translation>
    </message>
    <message>
        <source>Build %1 supports hotpatch</source>
        <translation>O build %1 oferece suporte a hotpatch</translation>
    </message>
    <message>
        <source>Current quarterly baseline</source>
        <translation>Linha de base trimestral atual</translation>
    </message>
    <message>
        <source>Baseline position unknown: build or UBR unknown</source>
        <translation>Posição em relação à linha de base desconhecida: build ou UBR desconhecido</translation>
    </message>
    <message>
        <source>Without the build and UBR the tool cannot compare the device with the release table.</source>
        <translation>Sem o build e o UBR, a ferramenta não consegue comparar o dispositivo com a tabela de versões.</translation>
    </message>
    <message>
        <source>No hotpatch track for this build</source>
        <translation>Nenhuma trilha de hotpatch para este build</translation>
    </message>
    <message>
        <source>See HP-BUILD.</source>
        <translation>Consulte HP-BUILD.</translation>
    </message>
    <message>
        <source>The release table (dated %1, sources as of %2) does not list %3 (planned baseline); if Microsoft has released it, the device must install it to stay on hotpatch. Update the release table when the release notes list it.</source>
        <translation>A tabela de versões (de %1, fontes de %2) não lista %3 (linha de base planejada); se a Microsoft a lançou, o dispositivo precisa instalá-la para continuar no hotpatch. Atualize a tabela de versões quando as notas de versão a listarem.</translation>
    </message>
    <message>
        <source>Behind the latest baseline (%1)</source>
        <translation>Atrás da linha de base mais recente (%1)</translation>
    </message>
    <message>
        <source>Devices that are not on the latest baseline are not offered hotpatch updates; they get the normal cumulative update instead.</source>
        <translation>Dispositivos que não estão na linha de base mais recente não recebem atualizações hotpatch; em vez disso, recebem a atualização cumulativa normal.</translation>
    </message>
    <message>
        <source>Install the latest baseline cumulative update (%1 or later) through Windows Update or the update ring, and restart.</source>
        <translation>Instale a atualização cumulativa de linha de base mais recente (%1 ou posterior) pelo Windows Update ou pelo anel de atualização e reinicie.</translation>
    </message>
    <message>
        <source>Baseline position unknown</source>
        <translation>Posição em relação à linha de base desconhecida</translation>
    </message>
    <message>
        <source>On the latest baseline the table knows (%1)</source>
        <translation>Na linha de base mais recente que a tabela conhece (%1)</translation>
    </message>
    <message>
        <source>On the latest baseline (%1)</source>
        <translation>Na linha de base mais recente (%1)</translation>
    </message>
    <message>
        <source>Processor architecture</source>
        <translation>Arquitetura do processador</translation>
    </message>
    <message>
        <source>Architecture unknown</source>
        <translation>Arquitetura desconhecida</translation>
    </message>
    <message>
        <source>The native architecture</source>
        <translation>a arquitetura nativa</translation>
    </message>
    <message>
        <source>x64 (AMD64/Intel 64)</source>
        <translation>x64 (AMD64/Intel 64)</translation>
    </message>
    <message>
        <source>x64 devices support hotpatch.</source>
        <translation>Dispositivos x64 oferecem suporte a hotpatch.</translation>
    </message>
    <message>
        <source>Arm64: supported with CHPE disabled (see HP-CHPE)</source>
        <translation>Arm64: com suporte quando o CHPE está desabilitado (consulte HP-CHPE)</translation>
    </message>
    <message>
        <source>Arm64 devices support hotpatch once CHPE binaries are disabled.</source>
        <translation>Dispositivos Arm64 oferecem suporte a hotpatch depois que os binários CHPE são desabilitados.</translation>
    </message>
    <message>
        <source>32-bit %1 cannot run VBS</source>
        <translation>%1 de 32 bits não pode executar a VBS</translation>
    </message>
    <message>
        <source>VBS and hotpatch need a 64-bit processor and a 64-bit Windows.</source>
        <translation>A VBS e o hotpatch requerem um processador de 64 bits e um Windows de 64 bits.</translation>
    </message>
    <message>
        <source>Replace the device (or reinstall 64-bit Windows 11 if the CPU is 64-bit).</source>
        <translation>Substitua o dispositivo (ou reinstale o Windows 11 de 64 bits se a CPU for de 64 bits).</translation>
    </message>
    <message>
        <source>UEFI boot</source>
        <translation>Inicialização UEFI</translation>
    </message>
    <message>
        <source>Booted in UEFI mode</source>
        <translation>Inicializado no modo UEFI</translation>
    </message>
    <message>
        <source>UEFI is needed for Secure Boot.</source>
        <translation>O UEFI é necessário para a Inicialização Segura.</translation>
    </message>
    <message>
        <source>Firmware type unknown</source>
        <translation>Tipo de firmware desconhecido</translation>
    </message>
    <message>
        <source>The firmware type</source>
        <translation>o tipo de firmware</translation>
    </message>
    <message>
        <source>Legacy BIOS boot, but VBS is running</source>
        <translation>Inicialização em BIOS herdado, mas a VBS está em execução</translation>
    </message>
    <message>
        <source>VBS runs without Secure Boot on this device, which is enough for hotpatch, but it is weaker: Secure Boot needs UEFI. Plan a conversion (MBR2GPT, then UEFI mode in firmware setup).</source>
        <translation>A VBS é executada sem Inicialização Segura neste dispositivo, o que basta para o hotpatch, mas é mais fraco: a Inicialização Segura requer UEFI. Planeje uma conversão (MBR2GPT e, depois, o modo UEFI no firmware).</translation>
    </message>
    <message>
        <source>Legacy BIOS (CSM) boot: Secure Boot is impossible</source>
        <translation>Inicialização em BIOS herdado (CSM): a Inicialização Segura é impossível</translation>
    </message>
    <message>
        <source>The VBS fix requires Secure Boot (RequirePlatformSecurityFeatures=1), and Secure Boot needs UEFI boot.</source>
        <translation>A correção da VBS requer a Inicialização Segura (RequirePlatformSecurityFeatures=1), e a Inicialização Segura requer inicialização UEFI.</translation>
    </message>
    <message>
        <source>Convert the system disk with &apos;mbr2gpt /convert /allowFullOS&apos;, then switch firmware setup to UEFI mode (disable CSM) and turn on Secure Boot.</source>
        <translation>Converta o disco do sistema com &apos;mbr2gpt /convert /allowFullOS&apos;, depois mude o firmware para o modo UEFI (desabilite o CSM) e ative a Inicialização Segura.</translation>
    </message>
    <message>
        <source>Secure Boot</source>
        <translation>Inicialização Segura</translation>
    </message>
    <message>
        <source>Secure Boot is on</source>
        <translation>A Inicialização Segura está ativada</translation>
    </message>
    <message>
        <source>VBS can require Secure Boot.</source>
        <translation>A VBS pode exigir a Inicialização Segura.</translation>
    </message>
    <message>
        <source>Secure Boot state unknown</source>
        <translation>Estado da Inicialização Segura desconhecido</translation>
    </message>
    <message>
        <source>The Secure Boot state</source>
        <translation>o estado da Inicialização Segura</translation>
    </message>
    <message>
        <source>Secure Boot unsupported (BIOS), VBS running anyway</source>
        <translation>Inicialização Segura sem suporte (BIOS), VBS em execução mesmo assim</translation>
    </message>
    <message>
        <source>Secure Boot is off, VBS running anyway</source>
        <translation>A Inicialização Segura está desativada, VBS em execução mesmo assim</translation>
    </message>
    <message>
        <source>VBS runs without requiring Secure Boot here, which is enough for hotpatch. Microsoft recommends requiring Secure Boot (RequirePlatformSecurityFeatures=1).</source>
        <translation>A VBS é executada aqui sem exigir a Inicialização Segura, o que basta para o hotpatch. A Microsoft recomenda exigir a Inicialização Segura (RequirePlatformSecurityFeatures=1).</translation>
    </message>
    <message>
        <source>Secure Boot unsupported: the device boots in legacy BIOS mode</source>
        <translation>Inicialização Segura sem suporte: o dispositivo inicializa no modo BIOS herdado</translation>
    </message>
    <message>
        <source>Secure Boot needs UEFI boot; see HP-UEFI.</source>
        <translation>A Inicialização Segura requer inicialização UEFI; consulte HP-UEFI.</translation>
    </message>
    <message>
        <source>Switch to UEFI boot first (see HP-UEFI), then turn on Secure Boot.</source>
        <translation>Mude primeiro para inicialização UEFI (consulte HP-UEFI) e depois ative a Inicialização Segura.</translation>
    </message>
    <message>
        <source>Secure Boot is off</source>
        <translation>A Inicialização Segura está desativada</translation>
    </message>
    <message>
        <source>VBS is (or will be, with the fix) set to require Secure Boot, so it cannot run while Secure Boot is off.</source>
        <translation>A VBS está (ou estará, com a correção) configurada para exigir a Inicialização Segura, portanto não pode ser executada enquanto a Inicialização Segura estiver desativada.</translation>
    </message>
    <message>
        <source>Turn on Secure Boot in firmware setup (Security or Boot menu; restore the factory keys if it is greyed out).</source>
        <translation>Ative a Inicialização Segura no firmware (menu Security ou Boot; restaure as chaves de fábrica se a opção estiver esmaecida).</translation>
    </message>
    <message>
        <source>TPM 2.0</source>
        <translation>TPM 2.0</translation>
    </message>
    <message>
        <source>TPM state unknown</source>
        <translation>Estado do TPM desconhecido</translation>
    </message>
    <message>
        <source>The TPM</source>
        <translation>o TPM</translation>
    </message>
    <message>
        <source>TPM 2.0 present</source>
        <translation>TPM 2.0 presente</translation>
    </message>
    <message>
        <source>Windows 11 requires TPM 2.0.</source>
        <translation>O Windows 11 requer TPM 2.0.</translation>
    </message>
    <message>
        <source>TPM %1</source>
        <translation>TPM %1</translation>
    </message>
    <message>
        <source>No TPM</source>
        <translation>Sem TPM</translation>
    </message>
    <message>
        <source>Windows Server does not require a TPM for hotpatch; Credential Guard and measured boot work better with TPM 2.0.</source>
        <translation>O Windows Server não requer TPM para hotpatch; o Credential Guard e a inicialização medida funcionam melhor com TPM 2.0.</translation>
    </message>
    <message>
        <source>No TPM found</source>
        <translation>Nenhum TPM encontrado</translation>
    </message>
    <message>
        <source>Windows 11 requires TPM 2.0; a device without one runs an unsupported installation. Most devices since 2016 have a firmware TPM that is only switched off.</source>
        <translation>O Windows 11 requer TPM 2.0; um dispositivo sem ele executa uma instalação sem suporte. A maioria dos dispositivos desde 2016 tem um TPM de firmware que está apenas desligado.</translation>
    </message>
    <message>
        <source>Turn on the firmware TPM in firmware setup (Intel PTT or AMD fTPM); on a VM, add a virtual TPM. If the device has no TPM at all it needs other hardware.</source>
        <translation>Ative o TPM de firmware no firmware (Intel PTT ou AMD fTPM); em uma máquina virtual, adicione um TPM virtual. Se o dispositivo não tiver nenhum TPM, ele precisa de outro hardware.</translation>
    </message>
    <message>
        <source>TPM %1 (Windows 11 needs 2.0)</source>
        <translation>TPM %1 (o Windows 11 requer 2.0)</translation>
    </message>
    <message>
        <source>Windows 11 requires TPM 2.0; some TPM 1.2 chips can take a 2.0 firmware update from the OEM.</source>
        <translation>O Windows 11 requer TPM 2.0; alguns chips TPM 1.2 podem receber uma atualização de firmware para 2.0 do OEM.</translation>
    </message>
    <message>
        <source>Check the OEM for a TPM 2.0 firmware update; otherwise replace the device.</source>
        <translation>Verifique com o OEM se há uma atualização de firmware TPM 2.0; caso contrário, substitua o dispositivo.</translation>
    </message>
    <message>
        <source>Virtualization extensions (VT-x / AMD-V)</source>
        <translation>Extensões de virtualização (VT-x / AMD-V)</translation>
    </message>
    <message>
        <source>VBS runs, so the extensions are present</source>
        <translation>A VBS está em execução, portanto as extensões estão presentes</translation>
    </message>
    <message>
        <source>Virtualization extensions unknown</source>
        <translation>Extensões de virtualização desconhecidas</translation>
    </message>
    <message>
        <source>The virtualization extensions</source>
        <translation>as extensões de virtualização</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presentes</translation>
    </message>
    <message>
        <source>The hypervisor needs VT-x or AMD-V.</source>
        <translation>O hipervisor precisa de VT-x ou AMD-V.</translation>
    </message>
    <message>
        <source>This VM does not see virtualization extensions</source>
        <translation>Esta máquina virtual não vê as extensões de virtualização</translation>
    </message>
    <message>
        <source>VBS inside a virtual machine needs nested virtualization from the host; without it the guest cannot start the Windows hypervisor.</source>
        <translation>A VBS dentro de uma máquina virtual precisa de virtualização aninhada do host; sem ela, o convidado não consegue iniciar o hipervisor do Windows.</translation>
    </message>
    <message>
        <source>On the Hyper-V host, with the VM off: Set-VMProcessor -VMName &lt;name&gt; -ExposeVirtualizationExtensions $true (other hosts: enable nested virtualization / &apos;expose hardware assisted virtualization&apos;). The VM must be Generation 2 with Secure Boot.</source>
        <translation>No host Hyper-V, com a máquina virtual desligada: Set-VMProcessor -VMName &lt;name&gt; -ExposeVirtualizationExtensions $true (outros hosts: habilite a virtualização aninhada / &apos;expose hardware assisted virtualization&apos;). A máquina virtual precisa ser de Geração 2 com Inicialização Segura.</translation>
    </message>
    <message>
        <source>The processor has no VT-x / AMD-V</source>
        <translation>O processador não tem VT-x / AMD-V</translation>
    </message>
    <message>
        <source>Without virtualization extensions the Windows hypervisor cannot start, so VBS cannot run.</source>
        <translation>Sem extensões de virtualização, o hipervisor do Windows não consegue iniciar, portanto a VBS não pode ser executada.</translation>
    </message>
    <message>
        <source>This device needs other hardware.</source>
        <translation>Este dispositivo precisa de outro hardware.</translation>
    </message>
    <message>
        <source>Virtualization enabled in firmware</source>
        <translation>Virtualização habilitada no firmware</translation>
    </message>
    <message>
        <source>Virtual machine: decided by the host (see HP-CPU-VIRT)</source>
        <translation>Máquina virtual: definido pelo host (consulte HP-CPU-VIRT)</translation>
    </message>
    <message>
        <source>A guest&apos;s virtualization comes from its host&apos;s settings.</source>
        <translation>A virtualização de um convidado vem das configurações do host.</translation>
    </message>
    <message>
        <source>VBS runs, so virtualization is enabled</source>
        <translation>A VBS está em execução, portanto a virtualização está habilitada</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Whether firmware enables virtualization</source>
        <translation>se o firmware habilita a virtualização</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Habilitado</translation>
    </message>
    <message>
        <source>Firmware makes VT-x / AMD-V available.</source>
        <translation>O firmware disponibiliza VT-x / AMD-V.</translation>
    </message>
    <message>
        <source>The processor has no extensions (see HP-CPU-VIRT)</source>
        <translation>O processador não tem extensões (consulte HP-CPU-VIRT)</translation>
    </message>
    <message>
        <source>Nothing to enable in firmware.</source>
        <translation>Nada a habilitar no firmware.</translation>
    </message>
    <message>
        <source>Virtualization is disabled in firmware setup</source>
        <translation>A virtualização está desabilitada no firmware</translation>
    </message>
    <message>
        <source>The processor supports virtualization, but firmware setup has it switched off, so the hypervisor cannot start and VBS cannot run.</source>
        <translation>O processador oferece suporte à virtualização, mas ela está desligada no firmware, portanto o hipervisor não consegue iniciar e a VBS não pode ser executada.</translation>
    </message>
    <message>
        <source>Enable Intel VT-x (Intel Virtualization Technology) or AMD SVM in firmware setup (usually Advanced &gt; CPU Configuration).</source>
        <translation>Habilite Intel VT-x (Intel Virtualization Technology) ou AMD SVM no firmware (normalmente em Advanced &gt; CPU Configuration).</translation>
    </message>
    <message>
        <source>Second Level Address Translation</source>
        <translation>Second Level Address Translation</translation>
    </message>
    <message>
        <source>VBS runs, so SLAT is present</source>
        <translation>A VBS está em execução, portanto o SLAT está presente</translation>
    </message>
    <message>
        <source>SLAT support</source>
        <translation>o suporte a SLAT</translation>
    </message>
    <message>
        <source>Present (EPT / RVI)</source>
        <translation>Presente (EPT / RVI)</translation>
    </message>
    <message>
        <source>The hypervisor needs SLAT.</source>
        <translation>O hipervisor precisa de SLAT.</translation>
    </message>
    <message>
        <source>No virtualization extensions (see HP-CPU-VIRT)</source>
        <translation>Sem extensões de virtualização (consulte HP-CPU-VIRT)</translation>
    </message>
    <message>
        <source>SLAT is part of the virtualization extensions.</source>
        <translation>O SLAT faz parte das extensões de virtualização.</translation>
    </message>
    <message>
        <source>The processor has no SLAT</source>
        <translation>O processador não tem SLAT</translation>
    </message>
    <message>
        <source>The Windows hypervisor needs SLAT (Intel EPT / AMD RVI); VBS cannot run without it.</source>
        <translation>O hipervisor do Windows precisa de SLAT (Intel EPT / AMD RVI); a VBS não pode ser executada sem ele.</translation>
    </message>
    <message>
        <source>No-execute (DEP)</source>
        <translation>Prevenção de Execução de Dados (DEP)</translation>
    </message>
    <message>
        <source>NX support</source>
        <translation>o suporte a NX</translation>
    </message>
    <message>
        <source>VBS needs NX.</source>
        <translation>A VBS precisa de NX.</translation>
    </message>
    <message>
        <source>NX / Execute Disable is off</source>
        <translation>NX / Execute Disable está desligado</translation>
    </message>
    <message>
        <source>VBS needs the no-execute protection.</source>
        <translation>A VBS precisa da proteção contra execução.</translation>
    </message>
    <message>
        <source>Enable Execute Disable Bit (XD/NX) in firmware setup.</source>
        <translation>Habilite Execute Disable Bit (XD/NX) no firmware.</translation>
    </message>
    <message>
        <source>Hypervisor launch in the boot configuration</source>
        <translation>Inicialização do hipervisor na configuração de inicialização</translation>
    </message>
    <message>
        <source>VBS runs, so the hypervisor launches</source>
        <translation>A VBS está em execução, portanto o hipervisor é iniciado</translation>
    </message>
    <message>
        <source>Boot configuration not readable</source>
        <translation>Configuração de inicialização ilegível</translation>
    </message>
    <message>
        <source>The boot configuration</source>
        <translation>a configuração de inicialização</translation>
    </message>
    <message>
        <source>hypervisorlaunchtype is Off</source>
        <translation>hypervisorlaunchtype é Off</translation>
    </message>
    <message>
        <source>The boot configuration tells Windows not to start the hypervisor (often left by an emulator or game installer, or a tuning script), so VBS cannot run.</source>
        <translation>A configuração de inicialização diz ao Windows para não iniciar o hipervisor (geralmente deixado por um emulador, um instalador de jogo ou um script de otimização), portanto a VBS não pode ser executada.</translation>
    </message>
    <message>
        <source>In an elevated prompt run &apos;bcdedit /set {current} hypervisorlaunchtype auto&apos;, then restart. Check first which software turned it off (some older emulators need it off).</source>
        <translation>Em um prompt com privilégios elevados, execute &apos;bcdedit /set {current} hypervisorlaunchtype auto&apos; e reinicie. Verifique antes qual software o desligou (alguns emuladores antigos precisam dele desligado).</translation>
    </message>
    <message>
        <source>hypervisorlaunchtype %1</source>
        <translation>hypervisorlaunchtype %1</translation>
    </message>
    <message>
        <source>Windows starts the hypervisor at boot when VBS needs it.</source>
        <translation>O Windows inicia o hipervisor na inicialização quando a VBS precisa dele.</translation>
    </message>
    <message>
        <source>DMA protection</source>
        <translation>Proteção de DMA</translation>
    </message>
    <message>
        <source>VBS requires DMA protection, which this device lacks</source>
        <translation>A VBS exige proteção de DMA, que este dispositivo não tem</translation>
    </message>
    <message>
        <source>RequirePlatformSecurityFeatures=3 asks for Secure Boot and DMA protection (an IOMMU); Windows reports no DMA protection, so VBS will not start.</source>
        <translation>RequirePlatformSecurityFeatures=3 pede Inicialização Segura e proteção de DMA (uma IOMMU); o Windows não relata proteção de DMA, portanto a VBS não será iniciada.</translation>
    </message>
    <message>
        <source>Lower the requirement to Secure Boot only (RequirePlatformSecurityFeatures=1) where it is set, or use hardware with an IOMMU (Intel VT-d / AMD-Vi, enabled in firmware).</source>
        <translation>Reduza o requisito para apenas Inicialização Segura (RequirePlatformSecurityFeatures=1) onde ele estiver definido, ou use hardware com IOMMU (Intel VT-d / AMD-Vi, habilitado no firmware).</translation>
    </message>
    <message>
        <source>Kernel DMA Protection is on</source>
        <translation>A Proteção de DMA de Kernel está ativada</translation>
    </message>
    <message>
        <source>External devices cannot read memory through DMA.</source>
        <translation>Dispositivos externos não podem ler a memória por DMA.</translation>
    </message>
    <message>
        <source>Kernel DMA Protection state unknown</source>
        <translation>Estado da Proteção de DMA de Kernel desconhecido</translation>
    </message>
    <message>
        <source>Not needed for hotpatch.</source>
        <translation>Não é necessário para o hotpatch.</translation>
    </message>
    <message>
        <source>Kernel DMA Protection</source>
        <translation>a Proteção de DMA de Kernel</translation>
    </message>
    <message>
        <source>Kernel DMA Protection is off</source>
        <translation>A Proteção de DMA de Kernel está desativada</translation>
    </message>
    <message>
        <source>Not needed for hotpatch. Only required if VBS is set to require DMA protection (RequirePlatformSecurityFeatures=3). It needs UEFI, an IOMMU and VT-d/AMD-Vi enabled in firmware.</source>
        <translation>Não é necessário para o hotpatch. Só é exigido se a VBS estiver configurada para exigir proteção de DMA (RequirePlatformSecurityFeatures=3). Ela requer UEFI, uma IOMMU e VT-d/AMD-Vi habilitado no firmware.</translation>
    </message>
    <message>
        <source>VBS configured</source>
        <translation>VBS configurada</translation>
    </message>
    <message>
        <source>Configuration unknown</source>
        <translation>Configuração desconhecida</translation>
    </message>
    <message>
        <source>The VBS configuration</source>
        <translation>a configuração da VBS</translation>
    </message>
    <message>
        <source>VBS is turned on (by %1)</source>
        <translation>A VBS está ativada (por %1)</translation>
    </message>
    <message>
        <source>Windows will start VBS at boot when the hardware and firmware allow it.</source>
        <translation>O Windows iniciará a VBS na inicialização quando o hardware e o firmware permitirem.</translation>
    </message>
    <message>
        <source>Group Policy turns VBS off</source>
        <translation>A Política de Grupo desativa a VBS</translation>
    </message>
    <message>
        <source>Intune (MDM) policy turns VBS off</source>
        <translation>A política do Intune (MDM) desativa a VBS</translation>
    </message>
    <message>
        <source>The Group Policy value HKLM\%1\EnableVirtualizationBasedSecurity is 0. A local change would be reverted at the next policy refresh, so this tool does not override it.</source>
        <translation>O valor de Política de Grupo HKLM\%1\EnableVirtualizationBasedSecurity é 0. Uma alteração local seria revertida na próxima atualização de políticas, portanto esta ferramenta não o substitui.</translation>
    </message>
    <message>
        <source>The MDM policy value HKLM\%1\EnableVirtualizationBasedSecurity is 0. A local change would be reverted at the next policy refresh, so this tool does not override it.</source>
        <translation>O valor de política MDM HKLM\%1\EnableVirtualizationBasedSecurity é 0. Uma alteração local seria revertida na próxima atualização de políticas, portanto esta ferramenta não o substitui.</translation>
    </message>
    <message>
        <source>Set &apos;Turn On Virtualization Based Security&apos; (Computer Configuration &gt; Administrative Templates &gt; System &gt; Device Guard) to Enabled with &apos;Secure Boot&apos; in the GPO that applies, then restart.</source>
        <translation>Defina &apos;Ativar Segurança Baseada em Virtualização&apos; (Configuração do Computador &gt; Modelos Administrativos &gt; Sistema &gt; Device Guard) como Habilitado com &apos;Inicialização Segura&apos; no GPO que se aplica e reinicie.</translation>
    </message>
    <message>
        <source>In Intune, set DeviceGuard/EnableVirtualizationBasedSecurity to 1 (and RequirePlatformSecurityFeatures to 1) in the profile assigned to this device, then restart.</source>
        <translation>No Intune, defina DeviceGuard/EnableVirtualizationBasedSecurity como 1 (e RequirePlatformSecurityFeatures como 1) no perfil atribuído a este dispositivo e reinicie.</translation>
    </message>
    <message>
        <source>VBS is not turned on</source>
        <translation>A VBS não está ativada</translation>
    </message>
    <message>
        <source>Nothing enables virtualization-based security on this device. This tool can turn it on (EnableVirtualizationBasedSecurity=1, RequirePlatformSecurityFeatures=1); it takes effect at the next restart.</source>
        <translation>Nada habilita a segurança baseada em virtualização neste dispositivo. Esta ferramenta pode ativá-la (EnableVirtualizationBasedSecurity=1, RequirePlatformSecurityFeatures=1); isso entra em vigor na próxima reinicialização.</translation>
    </message>
    <message>
        <source>Set HKLM\%1 EnableVirtualizationBasedSecurity=1 and RequirePlatformSecurityFeatures=1 (REG_DWORD), then restart once.</source>
        <translation>Definir HKLM\%1 EnableVirtualizationBasedSecurity=1 e RequirePlatformSecurityFeatures=1 (REG_DWORD) e reiniciar uma vez.</translation>
    </message>
    <message>
        <source>Group Policy sets EnableVirtualizationBasedSecurity=0, overriding another source that turns VBS on; fix it in the GPO, not on the device.</source>
        <translation>A Política de Grupo define EnableVirtualizationBasedSecurity=0, sobrepondo outra fonte que ativa a VBS; corrija no GPO, não no dispositivo.</translation>
    </message>
    <message>
        <source>Group Policy sets EnableVirtualizationBasedSecurity=0; fix it in the GPO, not on the device.</source>
        <translation>A Política de Grupo define EnableVirtualizationBasedSecurity=0; corrija no GPO, não no dispositivo.</translation>
    </message>
    <message>
        <source>MDM policy sets EnableVirtualizationBasedSecurity=0, overriding another source that turns VBS on; fix it in Intune, not on the device.</source>
        <translation>A política MDM define EnableVirtualizationBasedSecurity=0, sobrepondo outra fonte que ativa a VBS; corrija no Intune, não no dispositivo.</translation>
    </message>
    <message>
        <source>MDM policy sets EnableVirtualizationBasedSecurity=0; fix it in Intune, not on the device.</source>
        <translation>A política MDM define EnableVirtualizationBasedSecurity=0; corrija no Intune, não no dispositivo.</translation>
    </message>
    <message>
        <source>VBS is not turned on by any source (registry, Group Policy or MDM).</source>
        <translation>A VBS não é ativada por nenhuma fonte (Registro, Política de Grupo ou MDM).</translation>
    </message>
    <message>
        <source>Secure Boot is unsupported (legacy BIOS boot) while the configuration requires it (RequirePlatformSecurityFeatures=%1).</source>
        <translation>A Inicialização Segura não tem suporte (inicialização em BIOS herdado) enquanto a configuração a exige (RequirePlatformSecurityFeatures=%1).</translation>
    </message>
    <message>
        <source>Secure Boot is off while the configuration requires it (RequirePlatformSecurityFeatures=%1).</source>
        <translation>A Inicialização Segura está desativada enquanto a configuração a exige (RequirePlatformSecurityFeatures=%1).</translation>
    </message>
    <message>
        <source>Secure Boot is unsupported (legacy BIOS boot); the VBS fix requires it.</source>
        <translation>A Inicialização Segura não tem suporte (inicialização em BIOS herdado); a correção da VBS a exige.</translation>
    </message>
    <message>
        <source>Secure Boot is off; the VBS fix requires it.</source>
        <translation>A Inicialização Segura está desativada; a correção da VBS a exige.</translation>
    </message>
    <message>
        <source>The configuration requires DMA protection (RequirePlatformSecurityFeatures=3), but Windows reports none available (no IOMMU, or VT-d/AMD-Vi off in firmware).</source>
        <translation>A configuração exige proteção de DMA (RequirePlatformSecurityFeatures=3), mas o Windows não relata nenhuma disponível (sem IOMMU, ou VT-d/AMD-Vi desligado no firmware).</translation>
    </message>
    <message>
        <source>32-bit Windows cannot run the hypervisor.</source>
        <translation>O Windows de 32 bits não pode executar o hipervisor.</translation>
    </message>
    <message>
        <source>This virtual machine&apos;s host does not expose virtualization extensions (nested virtualization is off).</source>
        <translation>O host desta máquina virtual não expõe as extensões de virtualização (a virtualização aninhada está desligada).</translation>
    </message>
    <message>
        <source>The processor has no virtualization extensions (VT-x / AMD-V).</source>
        <translation>O processador não tem extensões de virtualização (VT-x / AMD-V).</translation>
    </message>
    <message>
        <source>Virtualization (Intel VT-x / AMD SVM) is disabled in firmware setup.</source>
        <translation>A virtualização (Intel VT-x / AMD SVM) está desabilitada no firmware.</translation>
    </message>
    <message>
        <source>The processor has no Second Level Address Translation (EPT/RVI).</source>
        <translation>O processador não tem Second Level Address Translation (EPT/RVI).</translation>
    </message>
    <message>
        <source>No-execute protection (NX/XD) is off.</source>
        <translation>A proteção contra execução (NX/XD) está desligada.</translation>
    </message>
    <message>
        <source>The boot configuration has hypervisorlaunchtype Off, so the hypervisor never starts.</source>
        <translation>A configuração de inicialização tem hypervisorlaunchtype Off, portanto o hipervisor nunca é iniciado.</translation>
    </message>
    <message>
        <source>VBS was turned on after the last boot; it starts only after a restart, and only once the other causes listed are fixed.</source>
        <translation>A VBS foi ativada depois da última inicialização; ela só inicia após uma reinicialização, e somente quando as outras causas listadas forem corrigidas.</translation>
    </message>
    <message>
        <source>VBS was turned on after the last boot; it starts only after a restart.</source>
        <translation>A VBS foi ativada depois da última inicialização; ela só inicia após uma reinicialização.</translation>
    </message>
    <message>
        <source>Windows reports VBS enabled but not running, and none of the known causes was found. Check the System event log (Kernel-Boot) and msinfo32; unknown facts above may hide the cause.</source>
        <translation>O Windows relata a VBS habilitada, mas não em execução, e nenhuma das causas conhecidas foi encontrada. Verifique o log de eventos do Sistema (Kernel-Boot) e o msinfo32; fatos desconhecidos acima podem esconder a causa.</translation>
    </message>
    <message>
        <source>VBS running</source>
        <translation>VBS em execução</translation>
    </message>
    <message>
        <source>VBS state unknown</source>
        <translation>Estado da VBS desconhecido</translation>
    </message>
    <message>
        <source>Virtualization-based security: Running</source>
        <extracomment>%1: why VBS does not run (the diagnosis, whole sentences).</extracomment>
        <translation>Segurança baseada em virtualização: em execução</translation>
    </message>
    <message>
        <source>VBS runs: the hard gate for hotpatch is met.</source>
        <translation>A VBS está em execução: o requisito obrigatório do hotpatch foi atendido.</translation>
    </message>
    <message>
        <source>Virtualization-based security: Not enabled</source>
        <translation>Segurança baseada em virtualização: não habilitada</translation>
    </message>
    <message>
        <source>Virtualization-based security: Enabled but not running</source>
        <translation>Segurança baseada em virtualização: habilitada, mas não em execução</translation>
    </message>
    <message>
        <source>Hotpatch is offered only while VBS runs.</source>
        <translation>O hotpatch só é oferecido enquanto a VBS está em execução.</translation>
    </message>
    <message>
        <source>Apply the VBS fix (if needed) and restart once.</source>
        <translation>Aplique a correção da VBS (se necessário) e reinicie uma vez.</translation>
    </message>
    <message>
        <source>Investigate the cause (see the diagnosis).</source>
        <translation>Investigue a causa (consulte o diagnóstico).</translation>
    </message>
    <message>
        <source>Fix the causes listed in the diagnosis; VBS starts at the next restart.</source>
        <translation>Corrija as causas listadas no diagnóstico; a VBS inicia na próxima reinicialização.</translation>
    </message>
    <message>
        <source>CHPE disabled (Arm64)</source>
        <translation>CHPE desabilitado (Arm64)</translation>
    </message>
    <message>
        <source>CHPE applies to Arm64 only.</source>
        <translation>O CHPE se aplica apenas a Arm64.</translation>
    </message>
    <message>
        <source>Not Arm64: Intel and AMD processors have no CHPE</source>
        <translation>Não é Arm64: processadores Intel e AMD não têm CHPE</translation>
    </message>
    <message>
        <source>Only Arm64 devices need CHPE disabled.</source>
        <translation>Apenas dispositivos Arm64 precisam do CHPE desabilitado.</translation>
    </message>
    <message>
        <source>CHPE state unknown</source>
        <translation>Estado do CHPE desconhecido</translation>
    </message>
    <message>
        <source>CHPE is disabled (HotPatchRestrictions=1)</source>
        <translation>O CHPE está desabilitado (HotPatchRestrictions=1)</translation>
    </message>
    <message>
        <source>Arm64 hotpatch requirement met.</source>
        <translation>Requisito de hotpatch para Arm64 atendido.</translation>
    </message>
    <message>
        <source>Disabling CHPE makes x86 apps use the emulation-only binaries instead of CHPE binaries, which Microsoft warns may affect performance or compatibility. To undo: HotPatchRestrictions=0 and restart.</source>
        <translation>Desabilitar o CHPE faz os aplicativos x86 usarem os binários somente de emulação em vez dos binários CHPE, o que, segundo a Microsoft, pode afetar o desempenho ou a compatibilidade. Para desfazer: HotPatchRestrictions=0 e reinicialização.</translation>
    </message>
    <message>
        <source>CHPE disable is set and waits for a restart</source>
        <translation>A desabilitação do CHPE está definida e aguarda uma reinicialização</translation>
    </message>
    <message>
        <source>HotPatchRestrictions=1 takes effect at the next restart.</source>
        <translation>HotPatchRestrictions=1 entra em vigor na próxima reinicialização.</translation>
    </message>
    <message>
        <source>Restart once.</source>
        <translation>Reinicie uma vez.</translation>
    </message>
    <message>
        <source>CHPE is enabled: Arm64 hotpatch needs it disabled</source>
        <translation>O CHPE está habilitado: o hotpatch em Arm64 exige que ele seja desabilitado</translation>
    </message>
    <message>
        <source>Hotpatch updates cannot service CHPE binaries in %SystemRoot%\SyChpe32.</source>
        <translation>As atualizações hotpatch não conseguem atualizar os binários CHPE em %SystemRoot%\SyChpe32.</translation>
    </message>
    <message>
        <source>Set HKLM\%1 HotPatchRestrictions=1 (REG_DWORD), then restart once.</source>
        <translation>Definir HKLM\%1 HotPatchRestrictions=1 (REG_DWORD) e reiniciar uma vez.</translation>
    </message>
    <message>
        <source>Intune management</source>
        <translation>Gerenciamento pelo Intune</translation>
    </message>
    <message>
        <source>Windows Server: managed through Azure Arc, not Intune</source>
        <translation>Windows Server: gerenciado pelo Azure Arc, não pelo Intune</translation>
    </message>
    <message>
        <source>Server hotpatch is enabled in Azure Arc / Azure Update Manager (see HP-HOTPATCH-POLICY).</source>
        <translation>O hotpatch para servidores é habilitado no Azure Arc / Azure Update Manager (consulte HP-HOTPATCH-POLICY).</translation>
    </message>
    <message>
        <source>Enrollment unknown</source>
        <translation>Registro no MDM desconhecido</translation>
    </message>
    <message>
        <source>MDM enrollment</source>
        <translation>o registro no MDM</translation>
    </message>
    <message>
        <source>Not enrolled in MDM</source>
        <translation>Não registrado no MDM</translation>
    </message>
    <message>
        <source>Hotpatch is turned on by an Intune Windows quality update policy, so the device must be enrolled in Intune.</source>
        <translation>O hotpatch é ativado por uma política de atualizações de qualidade do Windows do Intune, portanto o dispositivo precisa estar registrado no Intune.</translation>
    </message>
    <message>
        <source>Enroll the device in Intune (Settings &gt; Accounts &gt; Access work or school, or Autopilot / Entra join with automatic MDM enrollment).</source>
        <translation>Registre o dispositivo no Intune (Configurações &gt; Contas &gt; Acessar trabalho ou escola, ou Autopilot / ingresso no Entra com registro automático no MDM).</translation>
    </message>
    <message>
        <source>Enrolled in Microsoft Intune</source>
        <translation>Registrado no Microsoft Intune</translation>
    </message>
    <message>
        <source>Intune can deliver the hotpatch policy.</source>
        <translation>O Intune pode entregar a política de hotpatch.</translation>
    </message>
    <message>
        <source>Enrolled, provider not identified</source>
        <translation>Registrado, provedor não identificado</translation>
    </message>
    <message>
        <source>The device is registered with management, but the enrollment does not name Intune; confirm in the Intune admin center.</source>
        <translation>O dispositivo está registrado em um gerenciamento, mas o registro não cita o Intune; confirme no centro de administração do Intune.</translation>
    </message>
    <message>
        <source>Managed by %1, not Intune</source>
        <translation>Gerenciado por %1, não pelo Intune</translation>
    </message>
    <message>
        <source>Hotpatch is turned on by an Intune / Windows Autopatch quality update policy.</source>
        <translation>O hotpatch é ativado por uma política de atualizações de qualidade do Intune / Windows Autopatch.</translation>
    </message>
    <message>
        <source>Move the device to Intune management (co-management workloads included).</source>
        <translation>Mova o dispositivo para o gerenciamento do Intune (incluindo as cargas de trabalho de cogerenciamento).</translation>
    </message>
    <message>
        <source>Hotpatch policy</source>
        <translation>Política de hotpatch</translation>
    </message>
    <message>
        <source>Hotpatch Enrollment Package installed</source>
        <translation>Hotpatch Enrollment Package instalado</translation>
    </message>
    <message>
        <source>The server shows the hotpatch enrollment package (a third-party-documented signal [3P]).</source>
        <translation>O servidor mostra o pacote de registro de hotpatch (um sinal documentado por terceiros [3P]).</translation>
    </message>
    <message>
        <source>No hotpatch enrollment seen on this server</source>
        <translation>Nenhum registro de hotpatch encontrado neste servidor</translation>
    </message>
    <message>
        <source>The &apos;Hotpatch Enrollment Package&apos; was not found (a third-party-documented signal [3P]). Hotpatch for Windows Server 2025 is enabled in Azure Arc (or is built into Azure Edition).</source>
        <translation>O &apos;Hotpatch Enrollment Package&apos; não foi encontrado (um sinal documentado por terceiros [3P]). O hotpatch para Windows Server 2025 é habilitado no Azure Arc (ou vem integrado no Azure Edition).</translation>
    </message>
    <message>
        <source>Arc-enable the server and select Hotpatch in the Azure portal.</source>
        <translation>Habilite o Arc no servidor e selecione Hotpatch no portal do Azure.</translation>
    </message>
    <message>
        <source>No MDM: no policy can arrive (see HP-MDM)</source>
        <translation>Sem MDM: nenhuma política pode chegar (consulte HP-MDM)</translation>
    </message>
    <message>
        <source>The hotpatch policy comes from Intune.</source>
        <translation>A política de hotpatch vem do Intune.</translation>
    </message>
    <message>
        <source>Policy state unknown</source>
        <translation>Estado da política desconhecido</translation>
    </message>
    <message>
        <source>The hotpatch policy</source>
        <translation>a política de hotpatch</translation>
    </message>
    <message>
        <source>AllowRebootlessUpdates=1: hotpatch is turned on</source>
        <translation>AllowRebootlessUpdates=1: o hotpatch está ativado</translation>
    </message>
    <message>
        <source>The Intune quality update policy with hotpatch reached this device. (Registry location from third-party tools, not documented by Microsoft [UNCONFIRMED].) Settings &gt; Windows Update &gt; Advanced options &gt; Configured update policies should list &apos;Enable hotpatching when available&apos;.</source>
        <translation>A política de atualizações de qualidade do Intune com hotpatch chegou a este dispositivo. (Local do Registro obtido de ferramentas de terceiros, não documentado pela Microsoft [UNCONFIRMED].) Configurações &gt; Windows Update &gt; Opções avançadas &gt; Políticas de atualização configuradas deve listar &apos;Habilitar hotpatching quando disponível&apos;.</translation>
    </message>
    <message>
        <source>AllowRebootlessUpdates=%1: hotpatch is turned off</source>
        <translation>AllowRebootlessUpdates=%1: o hotpatch está desativado</translation>
    </message>
    <message>
        <source>The policy that reached this device does not allow hotpatch.</source>
        <translation>A política que chegou a este dispositivo não permite hotpatch.</translation>
    </message>
    <message>
        <source>In Intune (Devices &gt; Windows updates &gt; Quality updates), set &apos;When available, apply without restarting the device (&quot;Hotpatch&quot;)&apos; to Allow in the policy assigned to this device.</source>
        <translation>No Intune (Dispositivos &gt; Atualizações do Windows &gt; Atualizações de qualidade), defina &apos;When available, apply without restarting the device (&quot;Hotpatch&quot;)&apos; como Allow na política atribuída a este dispositivo.</translation>
    </message>
    <message>
        <source>No hotpatch policy value found on the device</source>
        <translation>Nenhum valor de política de hotpatch encontrado no dispositivo</translation>
    </message>
    <message>
        <source>No AllowRebootlessUpdates value was found (a location used by third-party tools, not documented by Microsoft [UNCONFIRMED]). Since the May 2026 update, Windows Autopatch turns hotpatch on by default for eligible devices that have no quality update policy, so this may still be fine.</source>
        <translation>Nenhum valor AllowRebootlessUpdates foi encontrado (um local usado por ferramentas de terceiros, não documentado pela Microsoft [UNCONFIRMED]). Desde a atualização de maio de 2026, o Windows Autopatch ativa o hotpatch por padrão em dispositivos qualificados sem política de atualizações de qualidade, portanto isso ainda pode estar correto.</translation>
    </message>
    <message>
        <source>Confirm in Intune that a Windows quality update policy with Hotpatch set to Allow (or the Autopatch default) applies to this device; on the device check Settings &gt; Windows Update &gt; Advanced options &gt; Configured update policies for &apos;Enable hotpatching when available&apos;.</source>
        <translation>Confirme no Intune que uma política de atualizações de qualidade do Windows com Hotpatch definido como Allow (ou o padrão do Autopatch) se aplica a este dispositivo; no dispositivo, verifique em Configurações &gt; Windows Update &gt; Opções avançadas &gt; Políticas de atualização configuradas se aparece &apos;Habilitar hotpatching quando disponível&apos;.</translation>
    </message>
    <message>
        <source>Eligible licence</source>
        <translation>Licença qualificada</translation>
    </message>
    <message>
        <source>The licence cannot be verified on the device</source>
        <translation>A licença não pode ser verificada no dispositivo</translation>
    </message>
    <message>
        <source>Hotpatch for Windows Server 2025 Standard/Datacenter comes with Azure Arc (no extra cost since the 2025 announcement); Azure Edition includes it. Nothing on the server shows it.</source>
        <translation>O hotpatch para Windows Server 2025 Standard/Datacenter vem com o Azure Arc (sem custo adicional desde o anúncio de 2025); o Azure Edition o inclui. Nada no servidor mostra isso.</translation>
    </message>
    <message>
        <source>Check the Arc subscription / Azure portal for this server.</source>
        <translation>Verifique a assinatura do Arc / o portal do Azure para este servidor.</translation>
    </message>
    <message>
        <source>Hotpatch needs one of: Windows 11 Enterprise E3 or E5, Microsoft 365 F3, Windows 11 Education A3 or A5, Microsoft 365 Business Premium, or Windows 365 Enterprise. Licences are assigned in the cloud and leave no trace on the device.</source>
        <translation>O hotpatch requer uma destas licenças: Windows 11 Enterprise E3 ou E5, Microsoft 365 F3, Windows 11 Education A3 ou A5, Microsoft 365 Business Premium ou Windows 365 Enterprise. As licenças são atribuídas na nuvem e não deixam rastro no dispositivo.</translation>
    </message>
    <message>
        <source>Check the primary user&apos;s licences in the Microsoft 365 admin center (Users &gt; Active users &gt; Licenses and apps), or the Intune / Autopatch hotpatch report.</source>
        <translation>Verifique as licenças do usuário principal no centro de administração do Microsoft 365 (Usuários &gt; Usuários ativos &gt; Licenças e aplicativos), ou o relatório de hotpatch do Intune / Autopatch.</translation>
    </message>
    <message>
        <source>Pending restart</source>
        <translation>Reinicialização pendente</translation>
    </message>
    <message>
        <source>The pending-restart indicators</source>
        <translation>os indicadores de reinicialização pendente</translation>
    </message>
    <message>
        <source>No restart pending</source>
        <translation>Nenhuma reinicialização pendente</translation>
    </message>
    <message>
        <source>Nothing waits for a restart.</source>
        <translation>Nada aguarda uma reinicialização.</translation>
    </message>
    <message>
        <source>A restart is pending (%1)</source>
        <translation>Há uma reinicialização pendente (%1)</translation>
    </message>
    <message>
        <source>Updates or changes wait for a restart; until then the build and settings in effect are the old ones. The single restart this tool schedules completes them too.</source>
        <translation>Atualizações ou alterações aguardam uma reinicialização; até lá, o build e as configurações em vigor são os antigos. A única reinicialização que esta ferramenta agenda também as conclui.</translation>
    </message>
    <message>
        <source>Restart once (the same restart as the fixes).</source>
        <translation>Reinicie uma vez (a mesma reinicialização das correções).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A next step: %1 is the check&apos;s id (HP-...), %2 what to do.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Restart the device once; every change above (and any pending update) takes effect with that single restart.</source>
        <translation>Reinicie o dispositivo uma vez; cada alteração acima (e qualquer atualização pendente) entra em vigor com essa única reinicialização.</translation>
    </message>
    <message>
        <source>After the restart, assess again: msinfo32 &apos;Virtualization-based security&apos; must read Running and the verdict must be ready.</source>
        <translation>Após a reinicialização, avalie novamente: no msinfo32, &apos;Segurança baseada em virtualização&apos; deve mostrar &apos;Em execução&apos; e o veredicto deve ser pronto.</translation>
    </message>
    <message>
        <source>asked for: the values Group Policy writes, set locally (no domain GPO or MDM here)</source>
        <translation>solicitado: os valores que a Política de Grupo grava, definidos localmente (sem GPO de domínio nem MDM aqui)</translation>
    </message>
    <message>
        <source>local policy values already exist under HKLM\%1 and outrank the runtime key; no domain GPO or MDM governs them</source>
        <translation>valores de política local já existem em HKLM\%1 e têm prioridade sobre a chave de tempo de execução; nenhum GPO de domínio nem MDM os controla</translation>
    </message>
    <message>
        <source>the runtime DeviceGuard key (policy values exist but are governed by a domain GPO or MDM, which this tool does not overwrite)</source>
        <translation>a chave DeviceGuard de tempo de execução (existem valores de política, mas eles são controlados por um GPO de domínio ou MDM, que esta ferramenta não substitui)</translation>
    </message>
    <message>
        <source>the runtime DeviceGuard key, Microsoft&apos;s documented registry method; no Group Policy or MDM sets VBS on this device</source>
        <translation>a chave DeviceGuard de tempo de execução, o método de Registro documentado pela Microsoft; nenhuma Política de Grupo nem MDM define a VBS neste dispositivo</translation>
    </message>
    <message>
        <source>DMA protection was asked for, but Windows reports no DMA protection on this device (AvailableSecurityProperties lacks 3): requiring it would stop VBS from starting, so the plan requires Secure Boot only (RequirePlatformSecurityFeatures=1).</source>
        <translation>A proteção de DMA foi solicitada, mas o Windows não relata proteção de DMA neste dispositivo (AvailableSecurityProperties não contém 3): exigi-la impediria a VBS de iniciar, portanto o plano exige apenas a Inicialização Segura (RequirePlatformSecurityFeatures=1).</translation>
    </message>
    <message>
        <source>turns on virtualization-based security at the next boot</source>
        <translation>ativa a segurança baseada em virtualização na próxima inicialização</translation>
    </message>
    <message>
        <source>VBS requires Secure Boot and DMA protection (asked for)</source>
        <translation>A VBS exige Inicialização Segura e proteção de DMA (solicitado)</translation>
    </message>
    <message>
        <source>VBS requires Secure Boot (Microsoft&apos;s recommended setting)</source>
        <translation>A VBS exige Inicialização Segura (a configuração recomendada pela Microsoft)</translation>
    </message>
    <message>
        <source>RequirePlatformSecurityFeatures is set by %1 on this device; the plan leaves it to that policy.</source>
        <extracomment>%1: the source&apos;s code, group_policy or mdm.</extracomment>
        <translation>RequirePlatformSecurityFeatures é definido por %1 neste dispositivo; o plano deixa isso para essa política.</translation>
    </message>
    <message>
        <source>turns on memory integrity without UEFI lock (asked for)</source>
        <translation>ativa a integridade de memória sem bloqueio UEFI (solicitado)</translation>
    </message>
    <message>
        <source>turns on memory integrity (asked for)</source>
        <translation>ativa a integridade de memória (solicitado)</translation>
    </message>
    <message>
        <source>Memory integrity (HVCI) blocks drivers that are not compatible with it; a boot-critical incompatible driver can keep it off. Hotpatch needs VBS running, not memory integrity. After the restart, check Windows Security &gt; Device security &gt; Core isolation for incompatible drivers.</source>
        <translation>A integridade de memória (HVCI) bloqueia drivers que não são compatíveis com ela; um driver incompatível crítico para a inicialização pode mantê-la desligada. O hotpatch precisa da VBS em execução, não da integridade de memória. Após a reinicialização, verifique em Segurança do Windows &gt; Segurança do dispositivo &gt; Isolamento de núcleo se há drivers incompatíveis.</translation>
    </message>
    <message>
        <source>disables CHPE binaries on Arm64 at the next boot</source>
        <translation>desabilita os binários CHPE em Arm64 na próxima inicialização</translation>
    </message>
    <message>
        <source>Disabling CHPE makes x86 apps use the emulation-only binaries instead of CHPE binaries; Microsoft warns this may affect performance or compatibility. To undo: HotPatchRestrictions=0 (or rollback) and restart.</source>
        <translation>Desabilitar o CHPE faz os aplicativos x86 usarem os binários somente de emulação em vez dos binários CHPE; segundo a Microsoft, isso pode afetar o desempenho ou a compatibilidade. Para desfazer: HotPatchRestrictions=0 (ou reversão) e reinicialização.</translation>
    </message>
    <message>
        <source>the registry changes above take effect at boot</source>
        <translation>as alterações do Registro acima entram em vigor na inicialização</translation>
    </message>
    <message>
        <source>VBS was turned on since the last boot and starts at the next one</source>
        <translation>a VBS foi ativada desde a última inicialização e inicia na próxima</translation>
    </message>
    <message>
        <source>a CHPE change waits for a restart</source>
        <translation>uma alteração do CHPE aguarda uma reinicialização</translation>
    </message>
    <message>
        <source>Windows has a restart pending (%1)</source>
        <extracomment>%1: Windows&apos; pending-restart indicators (codes), comma-separated.</extracomment>
        <translation>o Windows tem uma reinicialização pendente (%1)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>A manual step: %1 the check&apos;s summary (what was found), %2 what to do.</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Could not be checked: %1</source>
        <translation>Não foi possível verificar: %1</translation>
    </message>
    <message>
        <source>CHPE is disabled</source>
        <translation>O CHPE está desabilitado</translation>
    </message>
    <message>
        <source>CHPE is still enabled: the restart has not happened since the change</source>
        <translation>O CHPE ainda está habilitado: a reinicialização não ocorreu desde a alteração</translation>
    </message>
    <message>
        <source>memory integrity is running</source>
        <translation>a integridade de memória está em execução</translation>
    </message>
    <message>
        <source>memory integrity is not running (an incompatible driver, or VBS not running).</source>
        <translation>a integridade de memória não está em execução (um driver incompatível, ou a VBS não está em execução).</translation>
    </message>
    <message>
        <source>VBS is configured but not running: %1</source>
        <translation>A VBS está configurada, mas não está em execução: %1</translation>
    </message>
    <message>
        <source>the value is no longer what was written (something changed it back, e.g. a policy refresh); %1</source>
        <extracomment>%1: whether the change took effect (a sentence).</extracomment>
        <translation>o valor não é mais o que foi gravado (algo o reverteu, por exemplo, uma atualização de políticas); %1</translation>
    </message>
    <message>
        <source>Secure Boot 2023 certificates</source>
        <translation>Certificados 2023 da Inicialização Segura</translation>
    </message>
    <message>
        <source>Microsoft&apos;s 2011 Secure Boot certificates expired in 2026 (KEK CA 2011 on 2026-06-24, UEFI CA 2011 on 2026-06-27, Windows Production PCA 2011 on 2026-10-19). A device without the 2023 certificates keeps booting and receiving normal Windows updates, but no longer receives boot manager security updates, Secure Boot database and revocation updates, or mitigations for future boot-level vulnerabilities. It does not affect hotpatch readiness, and no hotpatch fixes it.</source>
        <translation>Os certificados da Inicialização Segura da Microsoft de 2011 expiraram em 2026 (KEK CA 2011 em 2026-06-24, UEFI CA 2011 em 2026-06-27, Windows Production PCA 2011 em 2026-10-19). Um dispositivo sem os certificados de 2023 continua inicializando e recebendo as atualizações normais do Windows, mas não recebe mais atualizações de segurança do gerenciador de inicialização, atualizações do banco de dados e das revogações da Inicialização Segura nem mitigações para futuras vulnerabilidades no nível da inicialização. Isso não afeta a prontidão para hotpatch, e nenhum hotpatch resolve isso.</translation>
    </message>
    <message>
        <source>The update (AvailableUpdates=0x5944) writes firmware variables (DB, then the KEK, which needs a PK-signed KEK from the device maker), installs the boot manager signed by Windows UEFI CA 2023 and needs more than one restart, separate from the hotpatch fix. With BitLocker on, suspend it for those restarts or have the recovery key at hand. Known firmware problems: firmware that rejects the write (event 1795), no PK-signed KEK for this firmware (AvailableUpdates stays 0x4004, event 1803), BIOS options that disable the 2023 CAs, firmware shipped in UEFI Deployed Mode.</source>
        <translation>A atualização (AvailableUpdates=0x5944) grava variáveis de firmware (DB e depois a KEK, que requer uma KEK assinada pela PK, fornecida pelo fabricante do dispositivo), instala o gerenciador de inicialização assinado pela Windows UEFI CA 2023 e requer mais de uma reinicialização, independentes da correção de hotpatch. Com o BitLocker ativado, suspenda-o durante essas reinicializações ou tenha a chave de recuperação em mãos. Problemas de firmware conhecidos: firmware que recusa a gravação (evento 1795), nenhuma KEK assinada pela PK para este firmware (AvailableUpdates permanece em 0x4004, evento 1803), opções do BIOS que desabilitam as CAs de 2023, firmware fornecido em UEFI Deployed Mode.</translation>
    </message>
    <message>
        <source>Fleets: Intune or Group Policy &apos;Enable Secure Boot Certificate Deployment&apos; (KB5068198). This device: &apos;hotpatch-ready-cli secureboot plan&apos;, then &apos;secureboot apply --confirm&apos; (opt-in, its own restarts).</source>
        <translation>Frotas: Intune ou a Política de Grupo &apos;Enable Secure Boot Certificate Deployment&apos; (KB5068198). Este dispositivo: &apos;hotpatch-ready-cli secureboot plan&apos;, depois &apos;secureboot apply --confirm&apos; (mediante ativação explícita, com reinicializações próprias).</translation>
    </message>
    <message>
        <source>Legacy BIOS boot: no Secure Boot certificates</source>
        <translation>Inicialização em BIOS herdado: sem certificados da Inicialização Segura</translation>
    </message>
    <message>
        <source>The certificate rollover concerns UEFI devices with Secure Boot.</source>
        <translation>A substituição dos certificados afeta dispositivos UEFI com Inicialização Segura.</translation>
    </message>
    <message>
        <source>Secure Boot is off: the certificate update does not run</source>
        <translation>A Inicialização Segura está desativada: a atualização de certificados não é executada</translation>
    </message>
    <message>
        <source>With Secure Boot off the update fails (event 1796); turn Secure Boot on first (see HP-SECUREBOOT).</source>
        <translation>Com a Inicialização Segura desativada, a atualização falha (evento 1796); ative primeiro a Inicialização Segura (consulte HP-SECUREBOOT).</translation>
    </message>
    <message>
        <source>set</source>
        <translation>definido</translation>
    </message>
    <message>
        <source>The certificate update failed (UEFICA2023Error %1, event %2)</source>
        <translation>A atualização de certificados falhou (UEFICA2023Error %1, evento %2)</translation>
    </message>
    <message>
        <source>The certificate update failed (UEFICA2023Error %1)</source>
        <translation>A atualização de certificados falhou (UEFICA2023Error %1)</translation>
    </message>
    <message>
        <source>The update was started but the firmware or Windows reported an error; see the event (1795: the firmware refused the variable write, often fixed by a firmware update from the device maker).</source>
        <translation>A atualização foi iniciada, mas o firmware ou o Windows relatou um erro; consulte o evento (1795: o firmware recusou a gravação da variável, o que uma atualização de firmware do fabricante do dispositivo costuma corrigir).</translation>
    </message>
    <message>
        <source>Update the device firmware (BIOS/UEFI) from the maker, then let the Secure-Boot-Update task retry; &apos;hotpatch-ready-cli secureboot verify&apos; reads the result.</source>
        <translation>Atualize o firmware do dispositivo (BIOS/UEFI) com a versão do fabricante e depois deixe a tarefa Secure-Boot-Update tentar novamente; &apos;hotpatch-ready-cli secureboot verify&apos; lê o resultado.</translation>
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
        <translation>o gerenciador de inicialização assinado pela Windows UEFI CA 2023</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A list of items: %1 the items so far, %2 the next one.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The 2023 certificates are in place and the 2023-signed boot manager starts</source>
        <translation>Os certificados de 2023 estão instalados e o gerenciador de inicialização assinado pelo certificado de 2023 é iniciado</translation>
    </message>
    <message>
        <source>DB and KEK hold the 2023 certificates; boot-level security updates keep coming after the 2011 certificates&apos; expiry.</source>
        <translation>DB e KEK contêm os certificados de 2023; as atualizações de segurança no nível da inicialização continuam chegando após a expiração dos certificados de 2011.</translation>
    </message>
    <message>
        <source>Windows reports the update as done (UEFICA2023Status=Updated, WindowsUEFICA2023Capable=2); the firmware databases could not be read to confirm it (%1).</source>
        <translation>O Windows informa que a atualização foi concluída (UEFICA2023Status=Updated, WindowsUEFICA2023Capable=2); não foi possível ler os bancos de dados do firmware para confirmar (%1).</translation>
    </message>
    <message>
        <source>The Secure Boot certificates could not be read</source>
        <translation>Não foi possível ler os certificados da Inicialização Segura</translation>
    </message>
    <message>
        <source>The Secure Boot databases</source>
        <translation>os bancos de dados da Inicialização Segura</translation>
    </message>
    <message>
        <source>This never changes the hotpatch verdict.</source>
        <translation>Isso nunca altera o veredicto de hotpatch.</translation>
    </message>
    <message>
        <source>The update has started (%1); the KEK step waits for a PK-signed KEK from the device maker (event 1803).</source>
        <extracomment>%1: the registry value that shows it, e.g. &quot;AvailableUpdates 0x4100&quot;.</extracomment>
        <translation>A atualização foi iniciada (%1); a etapa da KEK aguarda uma KEK assinada pela PK, fornecida pelo fabricante do dispositivo (evento 1803).</translation>
    </message>
    <message>
        <source>The update has started (%1); one or more restarts are still needed to finish it.</source>
        <translation>A atualização foi iniciada (%1); ainda são necessárias uma ou mais reinicializações para concluí-la.</translation>
    </message>
    <message>
        <source>Certificate update in progress: still missing %1</source>
        <translation>Atualização de certificados em andamento; ainda faltando: %1</translation>
    </message>
    <message>
        <source>Ask the device maker for a PK-signed KEK (firmware update); the task retries every 12 hours.</source>
        <translation>Solicite ao fabricante do dispositivo uma KEK assinada pela PK (atualização de firmware); a tarefa tenta novamente a cada 12 horas.</translation>
    </message>
    <message>
        <source>Restart the device (more than once may be needed), then &apos;hotpatch-ready-cli secureboot verify&apos;.</source>
        <translation>Reinicie o dispositivo (pode ser necessário mais de uma vez) e depois execute &apos;hotpatch-ready-cli secureboot verify&apos;.</translation>
    </message>
    <message>
        <source>Still on the 2011 Secure Boot certificates: missing %1</source>
        <translation>Ainda com os certificados de 2011 da Inicialização Segura; faltando: %1</translation>
    </message>
    <message>
        <source>January %1</source>
        <translation>janeiro de %1</translation>
    </message>
    <message>
        <source>February %1</source>
        <translation>fevereiro de %1</translation>
    </message>
    <message>
        <source>March %1</source>
        <translation>março de %1</translation>
    </message>
    <message>
        <source>April %1</source>
        <translation>abril de %1</translation>
    </message>
    <message>
        <source>May %1</source>
        <translation>maio de %1</translation>
    </message>
    <message>
        <source>June %1</source>
        <translation>junho de %1</translation>
    </message>
    <message>
        <source>July %1</source>
        <translation>julho de %1</translation>
    </message>
    <message>
        <source>August %1</source>
        <translation>agosto de %1</translation>
    </message>
    <message>
        <source>September %1</source>
        <translation>setembro de %1</translation>
    </message>
    <message>
        <source>October %1</source>
        <translation>outubro de %1</translation>
    </message>
    <message>
        <source>November %1</source>
        <translation>novembro de %1</translation>
    </message>
    <message>
        <source>December %1</source>
        <translation>dezembro de %1</translation>
    </message>
    <message>
        <source>Build %1 (%2) is on no hotpatch track in the release table dated %3.</source>
        <translation>O build %1 (%2) não está em nenhuma trilha de hotpatch da tabela de versões de %3.</translation>
    </message>
    <message>
        <source>The release table has no baseline for this track on or before %1.</source>
        <translation>A tabela de versões não tem nenhuma linha de base para esta trilha em %1 ou antes.</translation>
    </message>
    <message>
        <source>Build %1 is on or after the latest baseline in the table, %2 %3 (%4).</source>
        <extracomment>%1 the device&apos;s build, %2 the baseline&apos;s month (YYYY-MM), %3 the baseline&apos;s build, %4 its KB.</extracomment>
        <translation>O build %1 está na linha de base mais recente da tabela ou é posterior: %2 %3 (%4).</translation>
    </message>
    <message>
        <source>Build %1 is older than the latest baseline, %2 %3 (%4).</source>
        <extracomment>%1 the device&apos;s build, %2 the baseline&apos;s month (YYYY-MM), %3 the baseline&apos;s build, %4 its KB.</extracomment>
        <translation>O build %1 é anterior à linha de base mais recente: %2 %3 (%4).</translation>
    </message>
    <message>
        <source>An apply did not finish (%1); run &apos;rollback&apos; to restore the prior values.</source>
        <translation>Uma aplicação não foi concluída (%1); execute &apos;rollback&apos; para restaurar os valores anteriores.</translation>
    </message>
    <message>
        <source>The changes were rolled back (%1); the device is as before.</source>
        <translation>As alterações foram revertidas (%1); o dispositivo está como antes.</translation>
    </message>
    <message>
        <source>Verified ready at %1 (see %2).</source>
        <translation>Verificado como pronto em %1 (veja %2).</translation>
    </message>
    <message>
        <source>Verification failed at %1 (see %2).</source>
        <translation>A verificação falhou em %1 (veja %2).</translation>
    </message>
    <message>
        <source>Fixes applied (%1 value(s)), waiting for the restart scheduled at %2 UTC; verification runs after it.</source>
        <translation>Correções aplicadas (%1 valor(es)), aguardando a reinicialização agendada para %2 UTC; a verificação é executada depois dela.</translation>
    </message>
    <message>
        <source>No changes, waiting for the restart scheduled at %1 UTC; verification runs after it.</source>
        <translation>Nenhuma alteração, aguardando a reinicialização agendada para %1 UTC; a verificação é executada depois dela.</translation>
    </message>
    <message>
        <source>Fixes applied (%1 value(s)); no restart scheduled yet: run &apos;schedule-reboot&apos;.</source>
        <translation>Correções aplicadas (%1 valor(es)); nenhuma reinicialização agendada ainda: execute &apos;schedule-reboot&apos;.</translation>
    </message>
    <message>
        <source>Nothing has been changed or scheduled on this device by this tool (state folder %1).</source>
        <translation>Esta ferramenta não alterou nem agendou nada neste dispositivo (pasta de estado %1).</translation>
    </message>
    <message>
        <source>AvailableUpdates cannot be read (%1)</source>
        <translation>não é possível ler AvailableUpdates (%1)</translation>
    </message>
    <message>
        <source>the device boots in legacy BIOS mode: there are no Secure Boot certificates to update</source>
        <translation>o dispositivo inicia no modo BIOS herdado: não há certificados de Inicialização Segura para atualizar</translation>
    </message>
    <message>
        <source>the firmware type is unknown (%1)</source>
        <translation>o tipo de firmware é desconhecido (%1)</translation>
    </message>
    <message>
        <source>the Secure Boot state is unknown (%1)</source>
        <translation>o estado da Inicialização Segura é desconhecido (%1)</translation>
    </message>
    <message>
        <source>Secure Boot is off: the update runs only with Secure Boot on (it would fail with event 1796)</source>
        <translation>a Inicialização Segura está desativada: a atualização só é executada com a Inicialização Segura ativada (falharia com o evento 1796)</translation>
    </message>
    <message>
        <source>Secure Boot is unsupported: the update runs only with Secure Boot on (it would fail with event 1796)</source>
        <translation>a Inicialização Segura não é compatível: a atualização só é executada com a Inicialização Segura ativada (falharia com o evento 1796)</translation>
    </message>
    <message>
        <source>Secure Boot is %1: the update runs only with Secure Boot on (it would fail with event 1796)</source>
        <translation>a Inicialização Segura está %1: a atualização só é executada com a Inicialização Segura ativada (falharia com o evento 1796)</translation>
    </message>
    <message>
        <source>not running as administrator: the update writes under HKLM and BitLocker must be checked first (run elevated)</source>
        <translation>não está sendo executado como administrador: a atualização grava em HKLM e o BitLocker precisa ser verificado primeiro (execute com privilégios elevados)</translation>
    </message>
    <message>
        <source>the BitLocker state could not be read (%1); it must be known before firmware variables change (run as administrator)</source>
        <translation>não foi possível ler o estado do BitLocker (%1); ele precisa ser conhecido antes que as variáveis do firmware mudem (execute como administrador)</translation>
    </message>
    <message>
        <source>%1; install the latest cumulative update first</source>
        <translation>%1; instale primeiro a atualização cumulativa mais recente</translation>
    </message>
    <message>
        <source>Evidence files: %1 file(s) from %2</source>
        <translation>Arquivos de evidências: %1 arquivo(s) de %2</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>lido: %1</translation>
    </message>
    <message>
        <source>disagreement: %1</source>
        <translation>divergência: %1</translation>
    </message>
    <message>
        <source>not understood: %1</source>
        <translation>não entendido: %1</translation>
    </message>
    <message>
        <source>Simulated device %1 (profile %2)</source>
        <translation>Dispositivo simulado %1 (perfil %2)</translation>
    </message>
    <message>
        <source>This computer (running under Wine)</source>
        <translation>Este computador (executando no Wine)</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este computador</translation>
    </message>
    <message>
        <source>%1: %2 says %3, %4 says %5</source>
        <extracomment>%1 a fact ID or registry value, %2 and %4 a file and line, %3 and %5 the values they state.</extracomment>
        <translation>%1: %2 indica %3, %4 indica %5</translation>
    </message>
    <message>
        <source>%1:%2: %3 value &apos;%4&apos; not understood; the fact stays unknown</source>
        <extracomment>%1 a file, %2 a line number, %3 the label in the file, %4 its value.</extracomment>
        <translation>%1:%2: valor &apos;%4&apos; de %3 não entendido; a informação permanece desconhecida</translation>
    </message>
    <message>
        <source>%1: %2, %3 fact line(s)</source>
        <translation>%1: %2, %3 linha(s) com informações</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4 fact line(s)</source>
        <translation>%1: %2, %3, %4 linha(s) com informações</translation>
    </message>
    <message>
        <source>The %1 edition is eligible</source>
        <translation>A edição %1 é qualificada</translation>
    </message>
    <message>
        <source>The Home edition (%1) cannot receive hotpatch updates</source>
        <translation>A edição Home (%1) não pode receber atualizações hotpatch</translation>
    </message>
    <message>
        <source>A static check of the kernel drivers&apos; files found what memory integrity does not allow: %1. Windows Security&apos;s own scan decides (Device security &gt; Core isolation details &gt; Review incompatible drivers); update or remove these drivers before the restart, or leave memory integrity off.</source>
        <extracomment>%1: &quot;file.sys: what breaks the rules&quot;, one or more, as the engine words them (English).</extracomment>
        <translation>Uma verificação estática dos arquivos dos drivers de kernel encontrou o que a integridade de memória não permite: %1. A verificação da Segurança do Windows é que decide (Segurança do dispositivo &gt; Detalhes do isolamento de núcleo &gt; Examinar drivers incompatíveis); atualize ou remova esses drivers antes da reinicialização, ou deixe a integridade de memória desativada.</translation>
    </message>
    <message>
        <source>The kernel drivers&apos; files could not be checked for memory integrity (%1).</source>
        <translation>Não foi possível verificar os arquivos dos drivers de kernel quanto à integridade de memória (%1).</translation>
    </message>
    <message>
        <source>memory integrity is running. Windows does not load a driver that breaks its rules; the static check named %1. If a device stopped working, update its driver, or see event 3111 in the CodeIntegrity Operational log.</source>
        <translation>a integridade de memória está em execução. O Windows não carrega um driver que viole suas regras; a verificação estática apontou %1. Se um dispositivo parou de funcionar, atualize o driver dele ou veja o evento 3111 no log CodeIntegrity/Operational.</translation>
    </message>
    <message>
        <source>The static check of the drivers&apos; files named %1.</source>
        <translation>A verificação estática dos arquivos dos drivers apontou %1.</translation>
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
