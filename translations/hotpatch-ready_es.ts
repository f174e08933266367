<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ApplyPage</name>
    <message>
        <source>&amp;Undo (rollback)</source>
        <translation>Des&amp;hacer (reversión)</translation>
    </message>
    <message>
        <source>Applying the changes</source>
        <translation>Aplicando los cambios</translation>
    </message>
    <message>
        <source>The prior value of every entry is journaled durably before the first write.</source>
        <translation>El valor anterior de cada entrada se guarda de forma duradera en el diario antes de la primera escritura.</translation>
    </message>
    <message>
        <source>Apply progress</source>
        <translation>Progreso de la aplicación</translation>
    </message>
    <message>
        <source>Apply result</source>
        <translation>Resultado de la aplicación</translation>
    </message>
    <message>
        <source>Values written</source>
        <translation>Valores escritos</translation>
    </message>
    <message>
        <source>Key (HKLM)</source>
        <translation>Clave (HKLM)</translation>
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
        <translation>Después</translation>
    </message>
    <message>
        <source>&amp;Written (before -&gt; after):</source>
        <translation>&amp;Escrito (antes -&gt; después):</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Undo the changes (rollback)</source>
        <translation>Deshacer los cambios (reversión)</translation>
    </message>
    <message>
        <source>Writing the changes...</source>
        <translation>Escribiendo los cambios...</translation>
    </message>
    <message>
        <source>The apply failed. %1</source>
        <translation>Error al aplicar. %1</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Diario: %1</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n change(s). They take effect at the next restart.</source>
        <translation>
            <numerusform>Se aplicó %n cambio. Surte efecto en el próximo reinicio.</numerusform>
            <numerusform>Se aplicaron %n cambios. Surten efecto en el próximo reinicio.</numerusform>
        </translation>
    </message>
    <message>
        <source>The prior values are journaled in %1; Undo restores them exactly.</source>
        <translation>Los valores anteriores se guardan en el diario %1; Deshacer los restaura exactamente.</translation>
    </message>
    <message>
        <source>Nothing to change: the device already has the planned values.</source>
        <translation>Nada que cambiar: el dispositivo ya tiene los valores previstos.</translation>
    </message>
    <message>
        <source>Refused: something this tool cannot fix blocks the device. Nothing was changed.</source>
        <translation>Rechazado: algo que esta herramienta no puede corregir bloquea el dispositivo. No se cambió nada.</translation>
    </message>
    <message>
        <source>Restoring the prior values...</source>
        <translation>Restaurando los valores anteriores...</translation>
    </message>
    <message>
        <source>The rollback failed. %1</source>
        <translation>Error en la reversión. %1</translation>
    </message>
    <message>
        <source>Nothing to undo: no change of this tool is in place.</source>
        <translation>Nada que deshacer: no hay ningún cambio de esta herramienta aplicado.</translation>
    </message>
    <message numerus="yes">
        <source>Rolled back: %n value(s) restored to their prior state. The device is as before.</source>
        <translation>
            <numerusform>Revertido: se restauró %n valor a su estado anterior. El dispositivo está como antes.</numerusform>
            <numerusform>Revertido: se restauraron %n valores a su estado anterior. El dispositivo está como antes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetectPage</name>
    <message>
        <source>&amp;Stop waiting</source>
        <translation>De&amp;jar de esperar</translation>
    </message>
    <message>
        <source>&amp;Detect again</source>
        <translation>Detectar de nue&amp;vo</translation>
    </message>
    <message>
        <source>Detecting</source>
        <translation>Detección</translation>
    </message>
    <message>
        <source>Reading the edition, build, firmware, virtualization-based security, management and pending restarts. Facts that cannot be read are kept as unknown, with the reason.</source>
        <translation>Leyendo la edición, la compilación, el firmware, la seguridad basada en virtualización, la administración y los reinicios pendientes. Los datos que no se pueden leer quedan como desconocidos, con el motivo.</translation>
    </message>
    <message>
        <source>Detection progress</source>
        <translation>Progreso de la detección</translation>
    </message>
    <message>
        <source>Stop waiting for the detection</source>
        <translation>Dejar de esperar la detección</translation>
    </message>
    <message>
        <source>Detect again</source>
        <translation>Detectar de nuevo</translation>
    </message>
    <message>
        <source>Detection result</source>
        <translation>Resultado de la detección</translation>
    </message>
    <message>
        <source>Verifying after the restart</source>
        <translation>Verificación después del reinicio</translation>
    </message>
    <message>
        <source>The restart happened. Reading the device again and comparing it with the state before the changes.</source>
        <translation>El reinicio se produjo. Se vuelve a leer el dispositivo y se compara con el estado anterior a los cambios.</translation>
    </message>
    <message>
        <source>Verifying %1...</source>
        <translation>Verificando %1...</translation>
    </message>
    <message>
        <source>Reading the evidence files in %1...</source>
        <translation>Leyendo los archivos de evidencias de %1...</translation>
    </message>
    <message>
        <source>Detecting the simulated device &quot;%1&quot;...</source>
        <translation>Detectando el dispositivo simulado &quot;%1&quot;...</translation>
    </message>
    <message>
        <source>Detecting this device...</source>
        <translation>Detectando este dispositivo...</translation>
    </message>
    <message>
        <source>Stopped waiting. Detect again, or go back and choose another device.</source>
        <translation>Se dejó de esperar. Detecte de nuevo, o vuelva atrás y elija otro dispositivo.</translation>
    </message>
    <message>
        <source>The device could not be detected. %1</source>
        <translation>No se pudo detectar el dispositivo. %1</translation>
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
        <translation>Hotpatch Ready: panel de la flota</translation>
    </message>
    <message>
        <source>Host name, model or serial</source>
        <translation>Nombre de host, modelo o número de serie</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>Todos los veredictos</translation>
    </message>
    <message>
        <source>All architectures</source>
        <translation>Todas las arquitecturas</translation>
    </message>
    <message>
        <source>All builds</source>
        <translation>Todas las compilaciones</translation>
    </message>
    <message>
        <source>All rings</source>
        <translation>Todos los anillos</translation>
    </message>
    <message>
        <source>All blocker categories</source>
        <translation>Todas las categorías de bloqueo</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>No store loaded.</source>
        <translation>No hay ningún almacén cargado.</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Veredictos</translation>
    </message>
    <message>
        <source>Top blockers (devices)</source>
        <translation>Bloqueos principales (dispositivos)</translation>
    </message>
    <message>
        <source>Readiness by architecture</source>
        <translation>Preparación por arquitectura</translation>
    </message>
    <message>
        <source>Readiness by build (baseline)</source>
        <translation>Preparación por compilación (línea base)</translation>
    </message>
    <message>
        <source>Devices ready over time (%)</source>
        <translation>Dispositivos preparados a lo largo del tiempo (%)</translation>
    </message>
    <message>
        <source>Pilot-ring progress</source>
        <translation>Progreso de los anillos piloto</translation>
    </message>
    <message>
        <source>The fleet store could not be read: %1</source>
        <translation>No se pudo leer el almacén de la flota: %1</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Export the shown devices</source>
        <translation>Exportar los dispositivos mostrados</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The devices could not be exported: %1</source>
        <translation>No se pudieron exportar los dispositivos: %1</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (actual)</translation>
    </message>
    <message>
        <source>%1 (behind)</source>
        <translation>%1 (atrasada)</translation>
    </message>
    <message>
        <source>Reading the fleet store</source>
        <translation>Leyendo el almacén de la flota</translation>
    </message>
    <message>
        <source>Reading the fleet store %1…</source>
        <translation>Leyendo el almacén de la flota %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n device(s) shown (latest report of each) from %2</source>
        <translation>
            <numerusform>Se muestra %1 de %n dispositivo (el último informe de cada uno) de %2</numerusform>
            <numerusform>Se muestran %1 de %n dispositivos (el último informe de cada uno) de %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) exported to %1</source>
        <translation>
            <numerusform>%n dispositivo exportado a %1</numerusform>
            <numerusform>%n dispositivos exportados a %1</numerusform>
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
        <translation>Preparado</translation>
    </message>
    <message>
        <source>Ready after fixes</source>
        <translation>Preparado tras correcciones</translation>
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
        <translation>Nombre de host</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation>Bloqueos</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Arquitectura</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Compilación</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea base</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Edición</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Anillo</translation>
    </message>
    <message>
        <source>Last report (UTC)</source>
        <translation>Último informe (UTC)</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>C&amp;opy all</source>
        <translation>C&amp;opiar todo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Hotpatch Ready log</source>
        <translation>Registro de Hotpatch Ready</translation>
    </message>
    <message>
        <source>&amp;Log of this session (newest at the bottom):</source>
        <translation>&amp;Registro de esta sesión (lo más reciente abajo):</translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation>Líneas del registro</translation>
    </message>
    <message>
        <source>Every step the wizard took in this session, with its time and level.</source>
        <translation>Cada paso que dio el asistente en esta sesión, con su hora y su nivel.</translation>
    </message>
    <message>
        <source>Copy the whole log to the clipboard</source>
        <translation>Copiar todo el registro al Portapapeles</translation>
    </message>
    <message>
        <source>Close the log panel</source>
        <translation>Cerrar el panel del registro</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>only a simulated device can be restarted from here</source>
        <translation>solo se puede reiniciar desde aquí un dispositivo simulado</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Require &amp;DMA protection (RequirePlatformSecurityFeatures=3)</source>
        <translation>Exigir &amp;protección de DMA (RequirePlatformSecurityFeatures=3)</translation>
    </message>
    <message>
        <source>Also turn on &amp;memory integrity</source>
        <translation>Activar también la integridad de &amp;memoria</translation>
    </message>
    <message>
        <source>I have &amp;read the changes above</source>
        <translation>He &amp;leído los cambios anteriores</translation>
    </message>
    <message>
        <source>Fix plan</source>
        <translation>Plan de corrección</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. Every value below is journaled before it is written, and Undo restores exactly what was there.</source>
        <translation>Todavía no se ha cambiado nada. Cada valor de abajo se guarda en el diario antes de escribirse, y Deshacer restaura exactamente lo que había.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Registry changes</source>
        <translation>Cambios en el Registro</translation>
    </message>
    <message>
        <source>Key (HKLM)</source>
        <translation>Clave (HKLM)</translation>
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
        <translation>Después</translation>
    </message>
    <message>
        <source>&amp;Changes:</source>
        <translation>&amp;Cambios:</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reinicio</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Manual steps</source>
        <translation>Pasos manuales</translation>
    </message>
    <message>
        <source>Manual steps (this tool cannot do these):</source>
        <translation>Pasos manuales (esta herramienta no puede realizarlos):</translation>
    </message>
    <message>
        <source>Require DMA protection</source>
        <translation>Exigir protección de DMA</translation>
    </message>
    <message>
        <source>Asks for Secure Boot and DMA protection; only possible when Windows reports DMA protection on this device.</source>
        <translation>Solicita arranque seguro y protección de DMA; solo es posible si Windows indica protección de DMA en este dispositivo.</translation>
    </message>
    <message>
        <source>Also turn on memory integrity</source>
        <translation>Activar también la integridad de memoria</translation>
    </message>
    <message>
        <source>Hypervisor-enforced code integrity. Incompatible drivers stop it from starting; hotpatch does not need it.</source>
        <translation>Integridad de código protegida por hipervisor. Los controladores incompatibles impiden que se inicie; hotpatch no la necesita.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Why apply is not available</source>
        <translation>Por qué no se puede aplicar</translation>
    </message>
    <message>
        <source>I have read the changes above</source>
        <translation>He leído los cambios anteriores</translation>
    </message>
    <message>
        <source>&lt;b&gt;Method:&lt;/b&gt; %1 &amp;mdash; %2</source>
        <translation>&lt;b&gt;Método:&lt;/b&gt; %1 &amp;mdash; %2</translation>
    </message>
    <message>
        <source>local policy</source>
        <translation>directiva local</translation>
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
        <translation>Sin cambios: nada en este dispositivo tiene que cambiarlo esta herramienta.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Restart needed:&lt;/b&gt; yes, once &amp;mdash; %1.</source>
        <translation>&lt;b&gt;Reinicio necesario:&lt;/b&gt; sí, una vez &amp;mdash; %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Restart needed:&lt;/b&gt; no.</source>
        <translation>&lt;b&gt;Reinicio necesario:&lt;/b&gt; no.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguna.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Apply is not available: this device is blocked by %1. Do the manual steps first, then run the wizard again.</source>
        <translation>No se puede aplicar: este dispositivo está bloqueado por %1. Realice primero los pasos manuales y luego vuelva a ejecutar el asistente.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>&amp;Apply changes</source>
        <translation>Apl&amp;icar cambios</translation>
    </message>
    <message>
        <source>Apply is not available: your IT department allows only assessment on this device (admin policy AssessOnly=1, %1). Save the report and send it to whoever manages the device.</source>
        <translation>No se puede aplicar: su departamento de TI solo permite la evaluación en este dispositivo (directiva de administración AssessOnly=1, %1). Guarde el informe y envíelo a quien administre el dispositivo.</translation>
    </message>
    <message>
        <source>Apply is not available: the simulated session is not elevated, and changing these values needs administrator rights (Windows answers &quot;access denied&quot;). On a real device, close the app and start it again with &quot;Run as administrator&quot;.</source>
        <translation>No se puede aplicar: la sesión simulada no tiene privilegios elevados y cambiar estos valores requiere derechos de administrador (Windows responde &quot;acceso denegado&quot;). En un dispositivo real, cierre la aplicación y vuelva a iniciarla con &quot;Ejecutar como administrador&quot;.</translation>
    </message>
    <message>
        <source>Apply is not available: this app is not elevated, and changing these values needs administrator rights. Close the app and start it again with &quot;Run as administrator&quot; (right-click Hotpatch Ready); this plan is what it will then show.</source>
        <translation>No se puede aplicar: esta aplicación no tiene privilegios elevados y cambiar estos valores requiere derechos de administrador. Cierre la aplicación y vuelva a iniciarla con &quot;Ejecutar como administrador&quot; (clic derecho en Hotpatch Ready); entonces mostrará este plan.</translation>
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
        <translation>Asistente de Hotpatch Ready</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <source>Apply changes</source>
        <translation>Aplicar cambios</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <source>Ab&amp;out</source>
        <translation>Acerca &amp;de</translation>
    </message>
    <message>
        <source>Show or hide the log (Ctrl+L)</source>
        <translation>Mostrar u ocultar el registro (Ctrl+L)</translation>
    </message>
    <message>
        <source>About Hotpatch Ready</source>
        <translation>Acerca de Hotpatch Ready</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>No log file is open (the log folder could not be written): the log panel (Ctrl+L) shows this session&apos;s lines.</source>
        <translation>No hay ningún archivo de registro abierto (no se pudo escribir en la carpeta de registros): el panel del registro (Ctrl+L) muestra las líneas de esta sesión.</translation>
    </message>
    <message>
        <source>Log file: %1
The log panel (Ctrl+L) shows this session&apos;s lines.</source>
        <translation>Archivo de registro: %1
El panel del registro (Ctrl+L) muestra las líneas de esta sesión.</translation>
    </message>
    <message>
        <source>Hotpatch Ready %1

Makes Windows 11 devices ready for hotpatch: detect, explain, fix with one journaled change set and one restart, verify, report.

Release table: %2 (sources as of %3).
%4</source>
        <translation>Hotpatch Ready %1

Prepara dispositivos Windows 11 para hotpatch: detectar, explicar, corregir con un único conjunto de cambios registrado en el diario y un solo reinicio, verificar, informar.

Tabla de versiones: %2 (fuentes a fecha de %3).
%4</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>cannot write %1 (%2)</source>
        <translation>no se puede escribir %1 (%2)</translation>
    </message>
    <message>
        <source>Save JSON &amp;report...</source>
        <translation>Guardar informe &amp;JSON...</translation>
    </message>
    <message>
        <source>Save &amp;HTML report...</source>
        <translation>Guardar informe &amp;HTML...</translation>
    </message>
    <message>
        <source>Save P&amp;DF report...</source>
        <translation>Guardar inf&amp;orme PDF...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Imprimir...</translation>
    </message>
    <message>
        <source>Save &amp;verification...</source>
        <translation>Guardar &amp;verificación...</translation>
    </message>
    <message>
        <source>&amp;Copy summary</source>
        <translation>&amp;Copiar resumen</translation>
    </message>
    <message>
        <source>Op&amp;en folder</source>
        <translation>Abrir car&amp;peta</translation>
    </message>
    <message>
        <source>Verify and report</source>
        <translation>Verificar e informar</translation>
    </message>
    <message>
        <source>What this report shows</source>
        <translation>Qué muestra este informe</translation>
    </message>
    <message>
        <source>System Summary before and after the restart</source>
        <translation>Resumen del sistema antes y después del reinicio</translation>
    </message>
    <message>
        <source>System Summary item (msinfo32)</source>
        <translation>Elemento del Resumen del sistema (msinfo32)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Changes and next steps</source>
        <translation>Cambios y próximos pasos</translation>
    </message>
    <message>
        <source>Save the JSON report</source>
        <translation>Guardar el informe JSON</translation>
    </message>
    <message>
        <source>The versioned report for tickets and the fleet store.</source>
        <translation>El informe versionado para incidencias y el almacén de la flota.</translation>
    </message>
    <message>
        <source>Save the HTML report</source>
        <translation>Guardar el informe HTML</translation>
    </message>
    <message>
        <source>One printable page that opens in any browser, with nothing to fetch.</source>
        <translation>Una página imprimible que se abre en cualquier explorador, sin descargar nada.</translation>
    </message>
    <message>
        <source>Save the PDF report</source>
        <translation>Guardar el informe PDF</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Imprimir el informe</translation>
    </message>
    <message>
        <source>Save the verification (JSON)</source>
        <translation>Guardar la verificación (JSON)</translation>
    </message>
    <message>
        <source>Copy the summary to the clipboard</source>
        <translation>Copiar el resumen al Portapapeles</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Abrir la carpeta</translation>
    </message>
    <message>
        <source>Opens the folder of the last saved report, or the state folder before anything was saved.</source>
        <translation>Abre la carpeta del último informe guardado, o la carpeta de estado si aún no se guardó nada.</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Estado del informe</translation>
    </message>
    <message>
        <source>The verification that ran after the restart, saved in the state folder.</source>
        <translation>La verificación que se ejecutó después del reinicio, guardada en la carpeta de estado.</translation>
    </message>
    <message>
        <source>Verified after the restart: the device is ready for hotpatch.</source>
        <translation>Verificado después del reinicio: el dispositivo está preparado para hotpatch.</translation>
    </message>
    <message>
        <source>Verified after the restart: the device is not ready yet.</source>
        <translation>Verificado después del reinicio: el dispositivo aún no está preparado.</translation>
    </message>
    <message>
        <source>Before the fix the verdict was: %1.</source>
        <translation>Antes de la corrección, el veredicto era: %1.</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(no registrado)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cambiado</translation>
    </message>
    <message>
        <source>Changes made by this tool</source>
        <translation>Cambios realizados por esta herramienta</translation>
    </message>
    <message>
        <source>Took effect:</source>
        <translation>Aplicados:</translation>
    </message>
    <message>
        <source>NOT in effect:</source>
        <translation>NO aplicados:</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>The assessment of this device. Save it as JSON for the fleet sheet, as HTML or PDF for the ticket, or print it.</source>
        <translation>La evaluación de este dispositivo. Guárdela como JSON para la hoja de la flota, como HTML o PDF para la incidencia, o imprímala.</translation>
    </message>
    <message>
        <source>Nothing to fix. The licence cannot be checked on the device.</source>
        <translation>Nada que corregir. La licencia no se puede comprobar en el dispositivo.</translation>
    </message>
    <message>
        <source>Offline evidence: this report is all the wizard can do for this device, because nothing can be changed from files. Run Hotpatch Ready on the device itself to fix it with one restart.</source>
        <translation>Evidencias sin conexión: este informe es todo lo que el asistente puede hacer por este dispositivo, porque no se puede cambiar nada desde archivos. Ejecute Hotpatch Ready en el propio dispositivo para corregirlo con un solo reinicio.</translation>
    </message>
    <message>
        <source>The restart is scheduled; the verification runs by itself after it and is saved in the state folder.</source>
        <translation>El reinicio está programado; la verificación se ejecuta sola después y se guarda en la carpeta de estado.</translation>
    </message>
    <message>
        <source>No restart was verified in this session.</source>
        <translation>No se verificó ningún reinicio en esta sesión.</translation>
    </message>
    <message>
        <source>Checks that did not pass</source>
        <translation>Comprobaciones no superadas</translation>
    </message>
    <message>
        <source>Worth knowing</source>
        <translation>Conviene saber</translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Hotpatch readiness report</source>
        <translation>Informe de preparación para hotpatch</translation>
    </message>
    <message>
        <source>Hotpatch Ready %1</source>
        <translation>Hotpatch Ready %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation>Archivos HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the verification</source>
        <translation>Guardar la verificación</translation>
    </message>
    <message>
        <source>The report was sent to the printer.</source>
        <translation>El informe se envió a la impresora.</translation>
    </message>
    <message>
        <source>the printer %1 reported an error</source>
        <translation>la impresora %1 notificó un error</translation>
    </message>
    <message>
        <source>The summary is on the clipboard.</source>
        <translation>El resumen está en el Portapapeles.</translation>
    </message>
    <message>
        <source>Could not open the folder; its path is: %1</source>
        <translation>No se pudo abrir la carpeta; su ruta es: %1</translation>
    </message>
    <message>
        <source>Your IT department&apos;s copy was saved: %1 (admin policy ReportFolder).</source>
        <translation>Se guardó la copia para su departamento de TI: %1 (directiva de administración ReportFolder).</translation>
    </message>
    <message>
        <source>Your IT department&apos;s copy was not saved: %1</source>
        <translation>No se guardó la copia para su departamento de TI: %1</translation>
    </message>
    <message>
        <source>Copying the report to %1 (admin policy ReportFolder)...</source>
        <translation>Copiando el informe en %1 (directiva de administración ReportFolder)...</translation>
    </message>
</context>
<context>
    <name>RestartPage</name>
    <message>
        <source>&amp;Undo the changes (rollback)</source>
        <translation>Deshacer los cambios (re&amp;versión)</translation>
    </message>
    <message>
        <source>No&amp;w (after one minute&apos;s warning)</source>
        <translation>A&amp;hora (tras un minuto de aviso)</translation>
    </message>
    <message>
        <source>&amp;In a number of minutes:</source>
        <translation>Dentro de un número de &amp;minutos:</translation>
    </message>
    <message>
        <source>At a &amp;time of day:</source>
        <translation>A una hora &amp;fija del día:</translation>
    </message>
    <message>
        <source>&amp;Schedule restart</source>
        <translation>&amp;Programar reinicio</translation>
    </message>
    <message>
        <source>&amp;Cancel restart</source>
        <translation>Cancelar reini&amp;cio</translation>
    </message>
    <message>
        <source>Si&amp;mulate the restart now</source>
        <translation>&amp;Simular el reinicio ahora</translation>
    </message>
    <message>
        <source>One restart</source>
        <translation>Un solo reinicio</translation>
    </message>
    <message>
        <source>One restart completes everything that waits for one. The verification is registered to run by itself after it.</source>
        <translation>Un solo reinicio completa todo lo que espera uno. La verificación queda registrada para ejecutarse sola después.</translation>
    </message>
    <message>
        <source>Changes waiting for the restart</source>
        <translation>Cambios a la espera del reinicio</translation>
    </message>
    <message>
        <source>Undo the changes (rollback)</source>
        <translation>Deshacer los cambios (reversión)</translation>
    </message>
    <message>
        <source>What this restart completes</source>
        <translation>Qué completa este reinicio</translation>
    </message>
    <message>
        <source>What the restart completes</source>
        <translation>Qué completa el reinicio</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <source>Restart in a number of minutes</source>
        <translation>Reiniciar dentro de un número de minutos</translation>
    </message>
    <message>
        <source>Minutes until the restart</source>
        <translation>Minutos hasta el reinicio</translation>
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
        <translation>Reiniciar a una hora del día</translation>
    </message>
    <message>
        <source>Time of the restart (device time)</source>
        <translation>Hora del reinicio (hora del dispositivo)</translation>
    </message>
    <message>
        <source>(device time, the next time it comes)</source>
        <translation>(hora del dispositivo, la próxima vez que llegue)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Message the signed-in user sees</source>
        <translation>Mensaje que ve el usuario que inició sesión</translation>
    </message>
    <message>
        <source>Message the si&amp;gned-in user sees:</source>
        <translation>Mensaje que ve el &amp;usuario que inició sesión:</translation>
    </message>
    <message>
        <source>Schedule restart</source>
        <translation>Programar reinicio</translation>
    </message>
    <message>
        <source>Cancel restart</source>
        <translation>Cancelar reinicio</translation>
    </message>
    <message>
        <source>Simulate the restart now</source>
        <translation>Simular el reinicio ahora</translation>
    </message>
    <message>
        <source>Training only: the simulated device restarts now (its clock moves to the scheduled time), then the registered verification runs.</source>
        <translation>Solo formación: el dispositivo simulado se reinicia ahora (su reloj avanza a la hora programada) y después se ejecuta la verificación registrada.</translation>
    </message>
    <message>
        <source>Restart status</source>
        <translation>Estado del reinicio</translation>
    </message>
    <message>
        <source>Nothing waits for a restart.</source>
        <translation>Nada espera un reinicio.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The restart completes:&lt;/b&gt;</source>
        <translation>&lt;b&gt;El reinicio completa:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Written by this tool:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Escrito por esta herramienta:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>HKLM\%1\%2: %3 -&gt; %4</source>
        <translation>HKLM\%1\%2: %3 -&gt; %4</translation>
    </message>
    <message>
        <source>Training: schedule the restart, then simulate it to see the verification.</source>
        <translation>Formación: programe el reinicio y luego simúlelo para ver la verificación.</translation>
    </message>
    <message>
        <source>Schedule the restart; the verification runs by itself after it.</source>
        <translation>Programe el reinicio; la verificación se ejecuta sola después.</translation>
    </message>
    <message>
        <source>Hotpatch Ready: this PC restarts at %1 to finish turning on virtualization-based security for hotpatch updates. Please save your work.</source>
        <translation>Hotpatch Ready: este PC se reiniciará a las %1 para terminar de activar la seguridad basada en virtualización para las actualizaciones hotpatch. Guarde su trabajo.</translation>
    </message>
    <message>
        <source>Scheduling the restart...</source>
        <translation>Programando el reinicio...</translation>
    </message>
    <message>
        <source>Restart scheduled for %1 (device time; %2 UTC). The signed-in user sees: &quot;%3&quot;</source>
        <translation>Reinicio programado para %1 (hora del dispositivo; %2 UTC). El usuario que inició sesión ve: &quot;%3&quot;</translation>
    </message>
    <message>
        <source>Cancelling the restart...</source>
        <translation>Cancelando el reinicio...</translation>
    </message>
    <message>
        <source>The restart and the verification after it were cancelled. The changes stay in place and take effect at the next restart, whenever it happens.</source>
        <translation>Se cancelaron el reinicio y la verificación posterior. Los cambios se mantienen y surten efecto en el próximo reinicio, cuando se produzca.</translation>
    </message>
    <message>
        <source>The simulated device is restarting...</source>
        <translation>El dispositivo simulado se está reiniciando...</translation>
    </message>
    <message>
        <source>The simulated device restarted (restart number %1), but no verification was registered: schedule the restart first to have it verified.</source>
        <translation>El dispositivo simulado se reinició (reinicio número %1), pero no había ninguna verificación registrada: programe primero el reinicio para que se verifique.</translation>
    </message>
    <message>
        <source>The simulated device restarted and the verification ran.</source>
        <translation>El dispositivo simulado se reinició y se ejecutó la verificación.</translation>
    </message>
    <message>
        <source>Restoring the prior values...</source>
        <translation>Restaurando los valores anteriores...</translation>
    </message>
    <message>
        <source>The rollback failed. %1</source>
        <translation>Error en la reversión. %1</translation>
    </message>
    <message numerus="yes">
        <source>Rolled back: %n value(s) restored to their prior state. The device is as before.</source>
        <translation>
            <numerusform>Revertido: se restauró %n valor a su estado anterior. El dispositivo está como antes.</numerusform>
            <numerusform>Revertido: se restauraron %n valores a su estado anterior. El dispositivo está como antes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scheduled restart was cancelled.</source>
        <translation>Se canceló el reinicio programado.</translation>
    </message>
    <message>
        <source>Your IT department allows restarts only between %1 and %2 device time (admin policy RestartWindow, %3): a time outside it moves to the next start of the window.</source>
        <translation>Su departamento de TI solo permite reinicios entre las %1 y las %2, hora del dispositivo (directiva de administración RestartWindow, %3): una hora fuera de ese intervalo se mueve al siguiente inicio del intervalo.</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Why VBS is not running</source>
        <translation>Por qué VBS no se está ejecutando</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Every prerequisite with what was found. Select a check to see why, the evidence and where the fix lives.</source>
        <translation>Cada requisito previo con lo que se encontró. Seleccione una comprobación para ver el motivo, las evidencias y dónde se corrige.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Selected check: explanation, evidence and fix</source>
        <translation>Comprobación seleccionada: explicación, evidencias y corrección</translation>
    </message>
    <message>
        <source>Every prerequisite this tool can see is met. The licence cannot be checked on the device: confirm it in the admin portal.</source>
        <translation>Se cumplen todos los requisitos previos que esta herramienta puede ver. La licencia no se puede comprobar en el dispositivo: confírmela en el portal de administración.</translation>
    </message>
    <message>
        <source>Next: the fix plan shows exactly what would change, before anything is written.</source>
        <translation>A continuación: el plan de corrección muestra exactamente qué cambiaría, antes de escribir nada.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Blocked by: %1. The fix plan lists the steps to take elsewhere.</source>
        <translation>Bloqueado por: %1. El plan de corrección indica los pasos que hay que dar en otro lugar.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The checks marked Unknown say which facts are missing and why.</source>
        <translation>Las comprobaciones marcadas como Desconocido indican qué datos faltan y por qué.</translation>
    </message>
    <message>
        <source>Offline evidence: nothing can be changed from here, so the wizard ends with the report. To fix the device, run Hotpatch Ready on it, as administrator.</source>
        <translation>Evidencias sin conexión: desde aquí no se puede cambiar nada, así que el asistente termina con el informe. Para corregir el dispositivo, ejecute Hotpatch Ready en él como administrador.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Device:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Dispositivo:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Assessed&lt;/b&gt; as of %1 with the release table of %2.</source>
        <translation>&lt;b&gt;Evaluado&lt;/b&gt; a fecha de %1 con la tabla de versiones del %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Earlier in this state folder:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Antes en esta carpeta de estado:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline evidence:&lt;/b&gt; every fact comes from the files sent, with its file and line (select a check to see them); what the files do not state is unknown.</source>
        <translation>&lt;b&gt;Evidencias sin conexión:&lt;/b&gt; cada dato procede de los archivos enviados, con su archivo y línea (seleccione una comprobación para verlos); lo que los archivos no indican es desconocido.</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Corrección: %1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <source>Where the fix lives:</source>
        <translation>Dónde se corrige:</translation>
    </message>
    <message>
        <source>Secure Boot &amp;certificate update…</source>
        <translation>Actualización de &amp;certificados del arranque seguro…</translation>
    </message>
    <message>
        <source>Secure Boot certificate update</source>
        <translation>Actualización de certificados del arranque seguro</translation>
    </message>
    <message>
        <source>Opens the optional Secure Boot 2023 certificate update (check HP-SECUREBOOT-CA2023). It is separate from the hotpatch fix and its restart.</source>
        <translation>Abre la actualización opcional de los certificados 2023 del arranque seguro (comprobación HP-SECUREBOOT-CA2023). Es independiente de la corrección de hotpatch y de su reinicio.</translation>
    </message>
    <message>
        <source>What was read from each file…</source>
        <translation>Lo que se leyó de cada archivo…</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Archivos de evidencias</translation>
    </message>
    <message>
        <source>What was read from every evidence file, where files disagree (the first file&apos;s value counts) and which lines were not understood:</source>
        <translation>Lo que se leyó de cada archivo de evidencias, dónde discrepan los archivos (cuenta el valor del primer archivo) y qué líneas no se entendieron:</translation>
    </message>
</context>
<context>
    <name>SecureBootDialog</name>
    <message>
        <source>Suspend BitLocker for the restarts of this update</source>
        <translation>Suspender BitLocker durante los reinicios de esta actualización</translation>
    </message>
    <message>
        <source>I understand that this changes the firmware&apos;s Secure Boot databases and needs several restarts of its own.</source>
        <translation>Entiendo que esto cambia las bases de datos del arranque seguro del firmware y requiere varios reinicios propios.</translation>
    </message>
    <message>
        <source>&amp;Start the Secure Boot update</source>
        <translation>&amp;Iniciar la actualización del arranque seguro</translation>
    </message>
    <message>
        <source>Simulate a &amp;restart</source>
        <translation>Simular un &amp;reinicio</translation>
    </message>
    <message>
        <source>&amp;Verify now</source>
        <translation>&amp;Verificar ahora</translation>
    </message>
    <message>
        <source>Secure Boot 2023 certificates</source>
        <translation>Certificados 2023 del arranque seguro</translation>
    </message>
    <message>
        <source>Secure Boot 2023 certificate update</source>
        <translation>Actualización de los certificados 2023 del arranque seguro</translation>
    </message>
    <message>
        <source>Microsoft&apos;s Secure Boot certificates from 2011 expired in 2026. Without the 2023 certificates this device keeps starting and receiving normal updates, but no longer receives security fixes for its boot components. This update is separate from the hotpatch fix: it is never part of the hotpatch restart, and hotpatch readiness does not depend on it.</source>
        <translation>Los certificados de arranque seguro de Microsoft de 2011 caducaron en 2026. Sin los certificados de 2023, este dispositivo sigue arrancando y recibiendo las actualizaciones normales, pero ya no recibe correcciones de seguridad para sus componentes de arranque. Esta actualización es independiente de la corrección de hotpatch: nunca forma parte del reinicio de hotpatch, y la preparación para hotpatch no depende de ella.</translation>
    </message>
    <message>
        <source>Checking what the update would do on this device…</source>
        <translation>Comprobando lo que haría la actualización en este dispositivo…</translation>
    </message>
    <message>
        <source>Number of restarts BitLocker stays suspended</source>
        <translation>Número de reinicios durante los que BitLocker permanece suspendido</translation>
    </message>
    <message>
        <source>Confirm the Secure Boot update</source>
        <translation>Confirmar la actualización del arranque seguro</translation>
    </message>
    <message>
        <source>Start the Secure Boot update</source>
        <translation>Iniciar la actualización del arranque seguro</translation>
    </message>
    <message>
        <source>Simulate a restart</source>
        <translation>Simular un reinicio</translation>
    </message>
    <message>
        <source>Verify now</source>
        <translation>Verificar ahora</translation>
    </message>
    <message>
        <source>Training only: the simulated device restarts and Windows&apos; Secure Boot update task runs once, as it does after a real restart.</source>
        <translation>Solo formación: el dispositivo simulado se reinicia y la tarea de actualización del arranque seguro de Windows se ejecuta una vez, como después de un reinicio real.</translation>
    </message>
    <message>
        <source>Secure Boot facts at the opt-in and now</source>
        <translation>Datos del arranque seguro en la activación y ahora</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>At the opt-in</source>
        <translation>En la activación</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>What the update does</source>
        <translation>Qué hace la actualización</translation>
    </message>
    <message>
        <source>BitLocker</source>
        <translation>BitLocker</translation>
    </message>
    <message>
        <source>No device is open.</source>
        <translation>No hay ningún dispositivo abierto.</translation>
    </message>
    <message>
        <source>This device starts in legacy BIOS mode, so it has no Secure Boot certificates to update.</source>
        <translation>Este dispositivo arranca en modo BIOS heredado, así que no tiene certificados de arranque seguro que actualizar.</translation>
    </message>
    <message>
        <source>Secure Boot is off on this device. The update runs only with Secure Boot on: turn it on in the UEFI setup first.</source>
        <translation>El arranque seguro está desactivado en este dispositivo. La actualización solo se ejecuta con el arranque seguro activado: actívelo primero en la configuración de UEFI.</translation>
    </message>
    <message>
        <source>The Secure Boot state could not be read (%1), so the update is not offered.</source>
        <translation>No se pudo leer el estado del arranque seguro (%1), así que no se ofrece la actualización.</translation>
    </message>
    <message>
        <source>Hotpatch Ready is not running as administrator. Start it as administrator so it can check BitLocker and make this change.</source>
        <translation>Hotpatch Ready no se está ejecutando como administrador. Inícielo como administrador para que pueda comprobar BitLocker y realizar este cambio.</translation>
    </message>
    <message>
        <source>The BitLocker state could not be read (%1). It must be known before the firmware&apos;s Secure Boot databases change: run Hotpatch Ready as administrator.</source>
        <translation>No se pudo leer el estado de BitLocker (%1). Debe conocerse antes de que cambien las bases de datos del arranque seguro del firmware: ejecute Hotpatch Ready como administrador.</translation>
    </message>
    <message>
        <source>The update cannot run on this device: %1.</source>
        <translation>La actualización no se puede ejecutar en este dispositivo: %1.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Ahora: %1</translation>
    </message>
    <message>
        <source>It sets %1 from %2 to %3 (the value Microsoft documents for the 2023 certificates, the KEK and the new boot manager; no revocations). Nothing else is written, and the change is journaled.</source>
        <translation>Cambia %1 de %2 a %3 (el valor que Microsoft documenta para los certificados de 2023, la KEK y el nuevo administrador de arranque; sin revocaciones). No se escribe nada más, y el cambio se guarda en el diario.</translation>
    </message>
    <message>
        <source>Windows&apos; Secure Boot update task then writes the 2023 certificates into the firmware variables DB and KEK and installs the boot manager signed by Windows UEFI CA 2023.</source>
        <translation>Después, la tarea de actualización del arranque seguro de Windows escribe los certificados de 2023 en las variables del firmware DB y KEK e instala el administrador de arranque firmado por Windows UEFI CA 2023.</translation>
    </message>
    <message>
        <source>It needs several restarts of its own: at least two on a real device (the databases, then the boot manager); the simulated device needs three.</source>
        <translation>Requiere varios reinicios propios: al menos dos en un dispositivo real (las bases de datos y después el administrador de arranque); el dispositivo simulado necesita tres.</translation>
    </message>
    <message>
        <source>Known firmware problems: some firmware rejects the write (event 1795), some device makers have not supplied a signed KEK yet (the update then stays pending with event 1803), and some BIOS options or UEFI Deployed Mode block the new certificates.</source>
        <translation>Problemas de firmware conocidos: algunos firmwares rechazan la escritura (evento 1795), algunos fabricantes de dispositivos aún no han proporcionado una KEK firmada (la actualización queda entonces pendiente con el evento 1803), y algunas opciones del BIOS o el UEFI Deployed Mode bloquean los nuevos certificados.</translation>
    </message>
    <message>
        <source>Undo restores the value, but certificates already written to the firmware stay there.</source>
        <translation>Deshacer restaura el valor, pero los certificados ya escritos en el firmware permanecen allí.</translation>
    </message>
    <message>
        <source>&lt;b&gt;BitLocker is on&lt;/b&gt; for the system drive. &lt;b&gt;Have your BitLocker recovery key at hand&lt;/b&gt; before you restart: changing the Secure Boot databases can make the device ask for it. You can suspend BitLocker for the restarts of this update.</source>
        <translation>&lt;b&gt;BitLocker está activado&lt;/b&gt; en la unidad del sistema. &lt;b&gt;Tenga a mano su clave de recuperación de BitLocker&lt;/b&gt; antes de reiniciar: cambiar las bases de datos del arranque seguro puede hacer que el dispositivo la solicite. Puede suspender BitLocker durante los reinicios de esta actualización.</translation>
    </message>
    <message>
        <source>BitLocker is off for the system drive: no recovery key prompt is expected from this update.</source>
        <translation>BitLocker está desactivado en la unidad del sistema: no se espera que esta actualización provoque una solicitud de la clave de recuperación.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The BitLocker state is unknown&lt;/b&gt; (%1).</source>
        <translation>&lt;b&gt;El estado de BitLocker es desconocido&lt;/b&gt; (%1).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not possible here:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;No es posible aquí:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not now:&lt;/b&gt; the hotpatch fixes are applied and wait for their restart. Finish that cycle first, so the two are never mixed into one restart.</source>
        <translation>&lt;b&gt;Ahora no:&lt;/b&gt; las correcciones de hotpatch están aplicadas y esperan su reinicio. Termine primero ese ciclo, para que ambos nunca se mezclen en un mismo reinicio.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to do:&lt;/b&gt; the 2023 certificates are in place and the device starts the boot manager signed by the 2023 certificate.</source>
        <translation>&lt;b&gt;Nada que hacer:&lt;/b&gt; los certificados de 2023 están instalados y el dispositivo inicia el administrador de arranque firmado con el certificado de 2023.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Already started:&lt;/b&gt; the update was triggered before. Restart the device and verify instead of starting it again.</source>
        <translation>&lt;b&gt;Ya iniciada:&lt;/b&gt; la actualización se desencadenó antes. Reinicie el dispositivo y verifique en lugar de volver a iniciarla.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The update is started:&lt;/b&gt; AvailableUpdates was %1 and is now %2.</source>
        <translation>&lt;b&gt;La actualización se inició:&lt;/b&gt; AvailableUpdates era %1 y ahora es %2.</translation>
    </message>
    <message numerus="yes">
        <source>BitLocker is suspended for the next %n restart(s).</source>
        <translation>
            <numerusform>BitLocker está suspendido durante %n reinicio.</numerusform>
            <numerusform>BitLocker está suspendido durante los próximos %n reinicios.</numerusform>
        </translation>
    </message>
    <message>
        <source>BitLocker stays on: have the recovery key at hand for the restarts.</source>
        <translation>BitLocker sigue activado: tenga a mano la clave de recuperación para los reinicios.</translation>
    </message>
    <message>
        <source>Training: simulate the restarts with the button above; each one runs Windows&apos; Secure Boot update task once. Then the result shows here.</source>
        <translation>Formación: simule los reinicios con el botón de arriba; cada uno ejecuta una vez la tarea de actualización del arranque seguro de Windows. Después, el resultado se muestra aquí.</translation>
    </message>
    <message>
        <source>Restart the device when it suits you (more than once), then open this again and choose Verify now. This is not the hotpatch restart.</source>
        <translation>Reinicie el dispositivo cuando le convenga (más de una vez), vuelva a abrir esta ventana y elija Verificar ahora. Este no es el reinicio de hotpatch.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Updated:&lt;/b&gt; the 2023 certificates are in place and the device starts the boot manager signed by the 2023 certificate.</source>
        <translation>&lt;b&gt;Actualizado:&lt;/b&gt; los certificados de 2023 están instalados y el dispositivo inicia el administrador de arranque firmado con el certificado de 2023.</translation>
    </message>
    <message>
        <source>&lt;b&gt;In progress:&lt;/b&gt; the next restart continues the update.</source>
        <translation>&lt;b&gt;En curso:&lt;/b&gt; el próximo reinicio continúa la actualización.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not started yet:&lt;/b&gt; Windows&apos; Secure Boot update task has not picked the change up.</source>
        <translation>&lt;b&gt;Aún no iniciada:&lt;/b&gt; la tarea de actualización del arranque seguro de Windows todavía no ha recogido el cambio.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Failed:&lt;/b&gt; the firmware reported an error; the error code and event are in the table below.</source>
        <translation>&lt;b&gt;Error:&lt;/b&gt; el firmware notificó un error; el código de error y el evento están en la tabla de abajo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unknown:&lt;/b&gt; the Secure Boot state could not be read.</source>
        <translation>&lt;b&gt;Desconocido:&lt;/b&gt; no se pudo leer el estado del arranque seguro.</translation>
    </message>
    <message numerus="yes">
        <source>After %n simulated restart(s):</source>
        <translation>
            <numerusform>Después de %n reinicio simulado:</numerusform>
            <numerusform>Después de %n reinicios simulados:</numerusform>
        </translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>R&amp;estarts:</source>
        <translation>Rei&amp;nicios:</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>&amp;This device</source>
        <translation>Es&amp;te dispositivo</translation>
    </message>
    <message>
        <source>T&amp;raining: a simulated device</source>
        <translation>F&amp;ormación: un dispositivo simulado</translation>
    </message>
    <message>
        <source>Offline e&amp;vidence: files sent by the device&apos;s user</source>
        <translation>&amp;Evidencias sin conexión: archivos enviados por el usuario del dispositivo</translation>
    </message>
    <message>
        <source>&amp;Files...</source>
        <translation>Arc&amp;hivos...</translation>
    </message>
    <message>
        <source>Fol&amp;der...</source>
        <translation>&amp;Carpeta...</translation>
    </message>
    <message>
        <source>Bro&amp;wse...</source>
        <translation>E&amp;xaminar...</translation>
    </message>
    <message>
        <source>Make this device ready for hotpatch</source>
        <translation>Preparar este dispositivo para hotpatch</translation>
    </message>
    <message>
        <source>Choose the device. The wizard detects every prerequisite, explains what is missing, fixes what it can with one undoable change set and one restart, and verifies the result.</source>
        <translation>Elija el dispositivo. El asistente detecta cada requisito previo, explica lo que falta, corrige lo que puede con un único conjunto de cambios que se puede deshacer y un solo reinicio, y verifica el resultado.</translation>
    </message>
    <message>
        <source>Offline evidence: files sent by the device&apos;s user</source>
        <translation>Evidencias sin conexión: archivos enviados por el usuario del dispositivo</translation>
    </message>
    <message>
        <source>Evidence file or folder</source>
        <translation>Archivo o carpeta de evidencias</translation>
    </message>
    <message>
        <source>msinfo32 /report, systeminfo or Get-CimInstance Win32_DeviceGuard output; a file or a folder of them.</source>
        <translation>Salida de msinfo32 /report, systeminfo o Get-CimInstance Win32_DeviceGuard; un archivo o una carpeta con ellos.</translation>
    </message>
    <message>
        <source>A file, or a folder of files</source>
        <translation>Un archivo, o una carpeta de archivos</translation>
    </message>
    <message>
        <source>Choose evidence files</source>
        <translation>Elegir archivos de evidencias</translation>
    </message>
    <message>
        <source>Choose a folder of evidence files</source>
        <translation>Elegir una carpeta de archivos de evidencias</translation>
    </message>
    <message>
        <source>Evidence pat&amp;h:</source>
        <translation>R&amp;uta de las evidencias:</translation>
    </message>
    <message>
        <source>Assesses a device that cannot run this app from the msinfo32, systeminfo or Win32_DeviceGuard output its user sent. Nothing can be changed from files, so the wizard ends with the results and the report.</source>
        <translation>Evalúa un dispositivo que no puede ejecutar esta aplicación a partir de la salida de msinfo32, systeminfo o Win32_DeviceGuard que envió su usuario. Desde archivos no se puede cambiar nada, así que el asistente termina con los resultados y el informe.</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Este dispositivo</translation>
    </message>
    <message>
        <source>Training: a simulated device</source>
        <translation>Formación: un dispositivo simulado</translation>
    </message>
    <message>
        <source>Assesses and fixes the Windows PC this app runs on. Run the app as administrator to read and change everything.</source>
        <translation>Evalúa y corrige el PC con Windows en el que se ejecuta esta aplicación. Ejecútela como administrador para poder leer y cambiar todo.</translation>
    </message>
    <message>
        <source>Not available in this build: the live backend exists only on Windows. Practise the whole cycle on a simulated device instead.</source>
        <translation>No disponible en esta compilación: el back-end en vivo solo existe en Windows. Practique todo el ciclo con un dispositivo simulado.</translation>
    </message>
    <message>
        <source>Simulated device profile</source>
        <translation>Perfil de dispositivo simulado</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>Profile description</source>
        <translation>Descripción del perfil</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>State folder</source>
        <translation>Carpeta de estado</translation>
    </message>
    <message>
        <source>Browse for the state folder</source>
        <translation>Buscar la carpeta de estado</translation>
    </message>
    <message>
        <source>&amp;State folder:</source>
        <translation>Carpeta de e&amp;stado:</translation>
    </message>
    <message>
        <source>The journal of every change, the scheduled restart and the verification are kept here; simulated devices also keep their machine here, so the cycle survives restarts of the app.</source>
        <translation>Aquí se guardan el diario de cada cambio, el reinicio programado y la verificación; los dispositivos simulados también guardan aquí su máquina, así que el ciclo sobrevive a los reinicios de la aplicación.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Administrator rights</source>
        <translation>Derechos de administrador</translation>
    </message>
    <message>
        <source>Language of the wizard</source>
        <translation>Idioma del asistente</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>About the language</source>
        <translation>Acerca del idioma</translation>
    </message>
    <message>
        <source>Set by your administrator (admin policy %1).</source>
        <translation>Establecido por su administrador (directiva de administración %1).</translation>
    </message>
    <message>
        <source>This run uses %1 (--language). A choice here applies from the next start.</source>
        <translation>Esta ejecución usa %1 (--language). Lo que elija aquí se aplica a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>A change takes effect at the next start.</source>
        <translation>Un cambio surte efecto en el próximo inicio.</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Archivos de evidencias</translation>
    </message>
    <message>
        <source>Text and report files (*.txt *.log *.csv *.nfo *.reg);;All files (*)</source>
        <translation>Archivos de texto e informes (*.txt *.log *.csv *.nfo *.reg);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Folder of evidence files</source>
        <translation>Carpeta de archivos de evidencias</translation>
    </message>
    <message>
        <source>Saved: from the next start, the wizard is in %1.</source>
        <translation>Guardado: a partir del próximo inicio, el asistente estará en %1.</translation>
    </message>
    <message>
        <source>Whether the app runs elevated (as administrator) is shown once the device has been detected.</source>
        <translation>Si la aplicación se ejecuta con privilegios elevados (como administrador) se muestra una vez detectado el dispositivo.</translation>
    </message>
    <message>
        <source>Administrator rights do not matter for evidence files: nothing on this PC is read or changed.</source>
        <translation>Los derechos de administrador no importan para los archivos de evidencias: no se lee ni se cambia nada en este PC.</translation>
    </message>
    <message>
        <source>Could not tell whether the app runs elevated: %1</source>
        <translation>No se pudo determinar si la aplicación se ejecuta con privilegios elevados: %1</translation>
    </message>
    <message>
        <source>Administrator rights: the simulated session runs elevated.</source>
        <translation>Derechos de administrador: la sesión simulada se ejecuta con privilegios elevados.</translation>
    </message>
    <message>
        <source>Administrator rights: this app runs elevated.</source>
        <translation>Derechos de administrador: esta aplicación se ejecuta con privilegios elevados.</translation>
    </message>
    <message>
        <source>Administrator rights: the simulated session is not elevated, so facts that need them are unknown and changes are refused.</source>
        <translation>Derechos de administrador: la sesión simulada no tiene privilegios elevados, así que los datos que los necesitan son desconocidos y los cambios se rechazan.</translation>
    </message>
    <message>
        <source>Administrator rights: this app is not elevated, so facts that need them are unknown and changes are refused. Run it as administrator.</source>
        <translation>Derechos de administrador: esta aplicación no tiene privilegios elevados, así que los datos que los necesitan son desconocidos y los cambios se rechazan. Ejecútela como administrador.</translation>
    </message>
</context>
<context>
    <name>UiText</name>
    <message>
        <source>Pass</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplicable</translation>
    </message>
    <message>
        <source>Ready for hotpatch</source>
        <translation>Preparado para hotpatch</translation>
    </message>
    <message>
        <source>Not ready yet: this tool can fix what is missing</source>
        <translation>Aún no está preparado: esta herramienta puede corregir lo que falta</translation>
    </message>
    <message>
        <source>Blocked: something this tool cannot fix must change first</source>
        <translation>Bloqueado: antes debe cambiar algo que esta herramienta no puede corregir</translation>
    </message>
    <message>
        <source>Undetermined: some facts could not be read</source>
        <translation>Indeterminado: algunos datos no se pudieron leer</translation>
    </message>
    <message>
        <source>Nothing to fix</source>
        <translation>Nada que corregir</translation>
    </message>
    <message>
        <source>This tool, with one restart</source>
        <translation>Esta herramienta, con un solo reinicio</translation>
    </message>
    <message>
        <source>The device&apos;s firmware setup (UEFI/BIOS)</source>
        <translation>La configuración del firmware del dispositivo (UEFI/BIOS)</translation>
    </message>
    <message>
        <source>Intune or Group Policy</source>
        <translation>Intune o directiva de grupo</translation>
    </message>
    <message>
        <source>Windows Update</source>
        <translation>Windows Update</translation>
    </message>
    <message>
        <source>The boot configuration (bcdedit), by an administrator</source>
        <translation>La configuración de arranque (bcdedit), por un administrador</translation>
    </message>
    <message>
        <source>The virtual machine&apos;s host</source>
        <translation>El host de la máquina virtual</translation>
    </message>
    <message>
        <source>Other hardware, or another Windows edition</source>
        <translation>Otro hardware, u otra edición de Windows</translation>
    </message>
    <message>
        <source>The licence portal (cannot be checked on the device)</source>
        <translation>El portal de licencias (no se puede comprobar en el dispositivo)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>hardware</source>
        <translation>el hardware</translation>
    </message>
    <message>
        <source>a firmware setting</source>
        <translation>una opción del firmware</translation>
    </message>
    <message>
        <source>the Windows edition</source>
        <translation>la edición de Windows</translation>
    </message>
    <message>
        <source>the Windows build</source>
        <translation>la compilación de Windows</translation>
    </message>
    <message>
        <source>device management</source>
        <translation>la administración del dispositivo</translation>
    </message>
    <message>
        <source>the boot configuration</source>
        <translation>la configuración de arranque</translation>
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
        <translation>La solicitud no era válida: %1</translation>
    </message>
    <message>
        <source>A file is damaged or not in the expected format: %1</source>
        <translation>Un archivo está dañado o no tiene el formato esperado: %1</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>No se encontró: %1</translation>
    </message>
    <message>
        <source>Not available here: %1</source>
        <translation>No disponible aquí: %1</translation>
    </message>
    <message>
        <source>Administrator rights are needed, or a locked setting refused the change: %1</source>
        <translation>Se necesitan derechos de administrador, o una opción bloqueada rechazó el cambio: %1</translation>
    </message>
    <message>
        <source>The operation failed: %1</source>
        <translation>Error en la operación: %1</translation>
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
        <translation>No se pudo leer %1 (%2).</translation>
    </message>
    <message>
        <source>Run the tool as administrator to read it.</source>
        <translation>Ejecute la herramienta como administrador para leerlo.</translation>
    </message>
    <message>
        <source>Suspend BitLocker for one restart before changing firmware settings (manage-bde -protectors -disable C: -RebootCount 1), or have the recovery key at hand.</source>
        <translation>Suspenda BitLocker durante un reinicio antes de cambiar la configuración del firmware (manage-bde -protectors -disable C: -RebootCount 1), o tenga a mano la clave de recuperación.</translation>
    </message>
    <message>
        <source>Windows edition</source>
        <translation>Edición de Windows</translation>
    </message>
    <message>
        <source>Edition unknown</source>
        <translation>Edición desconocida</translation>
    </message>
    <message>
        <source>The edition (EditionID)</source>
        <translation>la edición (EditionID)</translation>
    </message>
    <message>
        <source>Windows Server %1 supports hotpatch (through Azure Arc or Azure Edition)</source>
        <translation>Windows Server %1 admite hotpatch (mediante Azure Arc o Azure Edition)</translation>
    </message>
    <message>
        <source>Windows Server 2025 Standard, Datacenter and Datacenter: Azure Edition can take hotpatch updates; Standard and Datacenter are enabled through Azure Arc.</source>
        <translation>Windows Server 2025 Standard, Datacenter y Datacenter: Azure Edition pueden recibir actualizaciones hotpatch; Standard y Datacenter se habilitan mediante Azure Arc.</translation>
    </message>
    <message>
        <source>Server edition %1 is not hotpatch-eligible</source>
        <translation>La edición de servidor %1 no es apta para hotpatch</translation>
    </message>
    <message>
        <source>Hotpatch for Windows Server needs Standard, Datacenter or Datacenter: Azure Edition.</source>
        <translation>Hotpatch para Windows Server requiere Standard, Datacenter o Datacenter: Azure Edition.</translation>
    </message>
    <message>
        <source>Move the workload to Windows Server 2025 Standard or Datacenter.</source>
        <translation>Traslade la carga de trabajo a Windows Server 2025 Standard o Datacenter.</translation>
    </message>
    <message>
        <source>Enterprise is the edition the hotpatch documentation names.</source>
        <translation>Enterprise es la edición que cita la documentación de hotpatch.</translation>
    </message>
    <message>
        <source>Education (with an A3/A5 licence) and IoT Enterprise are eligible editions.</source>
        <translation>Education (con una licencia A3/A5) e IoT Enterprise son ediciones aptas.</translation>
    </message>
    <message>
        <source>LTSC edition %1: hotpatch eligibility not confirmed</source>
        <translation>Edición LTSC %1: aptitud para hotpatch no confirmada</translation>
    </message>
    <message>
        <source>No Microsoft source read by this tool lists the LTSC editions as hotpatch-eligible [UNCONFIRMED]. Confirm with Microsoft before relying on hotpatch here.</source>
        <translation>Ninguna fuente de Microsoft leída por esta herramienta incluye las ediciones LTSC como aptas para hotpatch [UNCONFIRMED]. Confírmelo con Microsoft antes de depender de hotpatch aquí.</translation>
    </message>
    <message>
        <source>Windows 11 Pro qualifies only through a Microsoft 365 Business Premium licence</source>
        <translation>Windows 11 Pro solo es apto con una licencia de Microsoft 365 Business Premium</translation>
    </message>
    <message>
        <source>Microsoft 365 Business Premium keeps devices on Windows 11 Pro and is an eligible licence; with any other licence, Pro devices are not offered hotpatch updates. The licence cannot be seen from the device (see HP-LICENSE).</source>
        <translation>Microsoft 365 Business Premium mantiene los dispositivos en Windows 11 Pro y es una licencia apta; con cualquier otra licencia, no se ofrecen actualizaciones hotpatch a los dispositivos Pro. La licencia no se puede ver desde el dispositivo (consulte HP-LICENSE).</translation>
    </message>
    <message>
        <source>Confirm the user has Microsoft 365 Business Premium, or move the device to Enterprise (E3/E5 subscription activation).</source>
        <translation>Confirme que el usuario tiene Microsoft 365 Business Premium, o pase el dispositivo a Enterprise (activación por suscripción E3/E5).</translation>
    </message>
    <message>
        <source>Windows 11 SE (%1) cannot receive hotpatch updates</source>
        <translation>Windows 11 SE (%1) no puede recibir actualizaciones hotpatch</translation>
    </message>
    <message>
        <source>Hotpatch is offered to Enterprise, Education and (with Business Premium) Pro devices only.</source>
        <translation>Hotpatch solo se ofrece a dispositivos Enterprise, Education y (con Business Premium) Pro.</translation>
    </message>
    <message>
        <source>Upgrade the edition to Enterprise or Education (or Pro with Microsoft 365 Business Premium).</source>
        <translation>Actualice la edición a Enterprise o Education (o Pro con Microsoft 365 Business Premium).</translation>
    </message>
    <message>
        <source>Unrecognized edition %1</source>
        <translation>Edición no reconocida %1</translation>
    </message>
    <message>
        <source>This edition is not in the tool&apos;s list; check Microsoft&apos;s eligibility list for it.</source>
        <translation>Esta edición no está en la lista de la herramienta; consulte la lista de aptitud de Microsoft.</translation>
    </message>
    <message>
        <source>Windows version and build</source>
        <translation>Versión y compilación de Windows</translation>
    </message>
    <message>
        <source>Build unknown</source>
        <translation>Compilación desconocida</translation>
    </message>
    <message>
        <source>The build number</source>
        <translation>el número de compilación</translation>
    </message>
    <message>
        <source>Build %1 is not Windows Server 2025</source>
        <translation>La compilación %1 no es Windows Server 2025</translation>
    </message>
    <message>
        <source>Hotpatch with Azure Arc needs Windows Server 2025 (build 26100.1742 or later).</source>
        <translation>Hotpatch con Azure Arc requiere Windows Server 2025 (compilación 26100.1742 o posterior).</translation>
    </message>
    <message>
        <source>Upgrade the server to Windows Server 2025.</source>
        <translation>Actualice el servidor a Windows Server 2025.</translation>
    </message>
    <message>
        <source>Windows 11 26H1 (%1) does not support hotpatch</source>
        <translation>Windows 11 26H1 (%1) no admite hotpatch</translation>
    </message>
    <message>
        <source>Microsoft: devices on Windows 11, version 26H1 receive monthly updates but do not support hotpatch. 26H1 ships only on Snapdragon X2 devices and cannot move to 26H2.</source>
        <translation>Microsoft: los dispositivos con Windows 11, versión 26H1 reciben actualizaciones mensuales pero no admiten hotpatch. 26H1 solo se distribuye en dispositivos Snapdragon X2 y no puede pasar a 26H2.</translation>
    </message>
    <message>
        <source>None on this device; plan for the next version that supports hotpatch.</source>
        <translation>Ninguna en este dispositivo; planifique la próxima versión que admita hotpatch.</translation>
    </message>
    <message>
        <source>Build %1 is older than Windows 11 24H2 (26100)</source>
        <translation>La compilación %1 es anterior a Windows 11 24H2 (26100)</translation>
    </message>
    <message>
        <source>Hotpatch needs Windows 11 version 24H2 or later.</source>
        <translation>Hotpatch requiere Windows 11 versión 24H2 o posterior.</translation>
    </message>
    <message>
        <source>Upgrade to Windows 11 24H2 or later (feature update), then assess again.</source>
        <translation>Actualice a Windows 11 24H2 o posterior (actualización de características) y vuelva a evaluar.</translation>
    </message>
    <message>
        <source>Build %1 is not in the tool&apos;s release table</source>
        <translation>La compilación %1 no está en la tabla de versiones de la herramienta</translation>
    </message>
    <message>
        <source>This build is newer than the tool knows; update the release table (--release-table).</source>
        <translation>Esta compilación es más reciente de lo que conoce la herramienta; actualice la tabla de versiones (--release-table).</translation>
    </message>
    <message>
        <source>Update revision (UBR) unknown</source>
        <translation>Revisión de actualización (UBR) desconocida</translation>
    </message>
    <message>
        <source>The update build revision</source>
        <translation>la revisión de la compilación de actualización</translation>
    </message>
    <message>
        <source>Build %1 is below the hotpatch minimum %2</source>
        <translation>La compilación %1 es inferior al mínimo de hotpatch %2</translation>
    </message>
    <message>
        <source>Hotpatch needs at least build %1.</source>
        <translation>Hotpatch requiere como mínimo la compilación %1.</translation>
    </message>
    <message>
        <source>Install the latest cumulative update.</source>
        <translation>Instale la última actualización acumulativa.</translation>
    </message>
    <message>
        <source>Windows 11 26H2 (%1)</source>
        <translation>Windows 11 26H2 (%1)</translation>
    </message>
    <message>
        <source>26H2 shares the 24H2/25H2 servicing branch and should qualify as &quot;24H2 or later&quot;, but no Microsoft statement was found [UNCONFIRMED].</source>
        <translation>26H2 comparte la rama de mantenimiento de 24H2/25H2 y debería contar como «24H2 o posterior», pero no se encontró ninguna declaración de Microsoft [UNCONFIRMED].</translation>
    </message>
    <message>
        <source>Windows Server 2025 at or above %1.</source>
        <translation>Windows Server 2025 con compilación %1 o posterior.</translation>
    </message>
    <message>
        <source>Windows 11 24H2 or later at or above %1.</source>
        <translation>Windows 11 24H2 o posterior con compilación %1 o posterior.</translation>
    </message>
    <message>
        <source>The Arm64 minimum build is not confirmed by Microsoft [UNCONFIRMED]; being on the current baseline is what counts.</source>
        <translation>Microsoft no confirma la compilación mínima para Arm64 [UNCONFIRMED]; lo que cuenta es estar en la línea base actual.</translation>
    </message>
    <message>
        <source>Build %1 supports hotpatch</source>
        <translation>La compilación %1 admite hotpatch</translation>
    </message>
    <message>
        <source>Current quarterly baseline</source>
        <translation>Línea base trimestral actual</translation>
    </message>
    <message>
        <source>Baseline position unknown: build or UBR unknown</source>
        <translation>Posición respecto a la línea base desconocida: compilación o UBR desconocidos</translation>
    </message>
    <message>
        <source>Without the build and UBR the tool cannot compare the device with the release table.</source>
        <translation>Sin la compilación y el UBR, la herramienta no puede comparar el dispositivo con la tabla de versiones.</translation>
    </message>
    <message>
        <source>No hotpatch track for this build</source>
        <translation>No hay ruta de hotpatch para esta compilación</translation>
    </message>
    <message>
        <source>See HP-BUILD.</source>
        <translation>Consulte HP-BUILD.</translation>
    </message>
    <message>
        <source>The release table (dated %1, sources as of %2) does not list %3 (planned baseline); if Microsoft has released it, the device must install it to stay on hotpatch. Update the release table when the release notes list it.</source>
        <translation>La tabla de versiones (del %1, fuentes a fecha de %2) no incluye %3 (línea base prevista); si Microsoft la ha publicado, el dispositivo debe instalarla para seguir en hotpatch. Actualice la tabla de versiones cuando las notas de la versión la incluyan.</translation>
    </message>
    <message>
        <source>Behind the latest baseline (%1)</source>
        <translation>Por detrás de la última línea base (%1)</translation>
    </message>
    <message>
        <source>Devices that are not on the latest baseline are not offered hotpatch updates; they get the normal cumulative update instead.</source>
        <translation>A los dispositivos que no están en la última línea base no se les ofrecen actualizaciones hotpatch; reciben en su lugar la actualización acumulativa normal.</translation>
    </message>
    <message>
        <source>Install the latest baseline cumulative update (%1 or later) through Windows Update or the update ring, and restart.</source>
        <translation>Instale la última actualización acumulativa de línea base (%1 o posterior) mediante Windows Update o el anillo de actualización, y reinicie.</translation>
    </message>
    <message>
        <source>Baseline position unknown</source>
        <translation>Posición respecto a la línea base desconocida</translation>
    </message>
    <message>
        <source>On the latest baseline the table knows (%1)</source>
        <translation>En la última línea base que conoce la tabla (%1)</translation>
    </message>
    <message>
        <source>On the latest baseline (%1)</source>
        <translation>En la última línea base (%1)</translation>
    </message>
    <message>
        <source>Processor architecture</source>
        <translation>Arquitectura del procesador</translation>
    </message>
    <message>
        <source>Architecture unknown</source>
        <translation>Arquitectura desconocida</translation>
    </message>
    <message>
        <source>The native architecture</source>
        <translation>la arquitectura nativa</translation>
    </message>
    <message>
        <source>x64 (AMD64/Intel 64)</source>
        <translation>x64 (AMD64/Intel 64)</translation>
    </message>
    <message>
        <source>x64 devices support hotpatch.</source>
        <translation>Los dispositivos x64 admiten hotpatch.</translation>
    </message>
    <message>
        <source>Arm64: supported with CHPE disabled (see HP-CHPE)</source>
        <translation>Arm64: compatible con CHPE deshabilitado (consulte HP-CHPE)</translation>
    </message>
    <message>
        <source>Arm64 devices support hotpatch once CHPE binaries are disabled.</source>
        <translation>Los dispositivos Arm64 admiten hotpatch una vez deshabilitados los binarios CHPE.</translation>
    </message>
    <message>
        <source>32-bit %1 cannot run VBS</source>
        <translation>%1 de 32 bits no puede ejecutar VBS</translation>
    </message>
    <message>
        <source>VBS and hotpatch need a 64-bit processor and a 64-bit Windows.</source>
        <translation>VBS y hotpatch requieren un procesador de 64 bits y un Windows de 64 bits.</translation>
    </message>
    <message>
        <source>Replace the device (or reinstall 64-bit Windows 11 if the CPU is 64-bit).</source>
        <translation>Sustituya el dispositivo (o reinstale Windows 11 de 64 bits si la CPU es de 64 bits).</translation>
    </message>
    <message>
        <source>UEFI boot</source>
        <translation>Arranque UEFI</translation>
    </message>
    <message>
        <source>Booted in UEFI mode</source>
        <translation>Iniciado en modo UEFI</translation>
    </message>
    <message>
        <source>UEFI is needed for Secure Boot.</source>
        <translation>UEFI es necesario para el arranque seguro.</translation>
    </message>
    <message>
        <source>Firmware type unknown</source>
        <translation>Tipo de firmware desconocido</translation>
    </message>
    <message>
        <source>The firmware type</source>
        <translation>el tipo de firmware</translation>
    </message>
    <message>
        <source>Legacy BIOS boot, but VBS is running</source>
        <translation>Arranque BIOS heredado, pero VBS se está ejecutando</translation>
    </message>
    <message>
        <source>VBS runs without Secure Boot on this device, which is enough for hotpatch, but it is weaker: Secure Boot needs UEFI. Plan a conversion (MBR2GPT, then UEFI mode in firmware setup).</source>
        <translation>VBS se ejecuta sin arranque seguro en este dispositivo, lo que basta para hotpatch, pero es más débil: el arranque seguro requiere UEFI. Planifique una conversión (MBR2GPT y después modo UEFI en el firmware).</translation>
    </message>
    <message>
        <source>Legacy BIOS (CSM) boot: Secure Boot is impossible</source>
        <translation>Arranque BIOS heredado (CSM): el arranque seguro es imposible</translation>
    </message>
    <message>
        <source>The VBS fix requires Secure Boot (RequirePlatformSecurityFeatures=1), and Secure Boot needs UEFI boot.</source>
        <translation>La corrección de VBS requiere arranque seguro (RequirePlatformSecurityFeatures=1), y el arranque seguro requiere arranque UEFI.</translation>
    </message>
    <message>
        <source>Convert the system disk with &apos;mbr2gpt /convert /allowFullOS&apos;, then switch firmware setup to UEFI mode (disable CSM) and turn on Secure Boot.</source>
        <translation>Convierta el disco del sistema con «mbr2gpt /convert /allowFullOS», después cambie el firmware a modo UEFI (deshabilite CSM) y active el arranque seguro.</translation>
    </message>
    <message>
        <source>Secure Boot</source>
        <translation>Arranque seguro</translation>
    </message>
    <message>
        <source>Secure Boot is on</source>
        <translation>El arranque seguro está activado</translation>
    </message>
    <message>
        <source>VBS can require Secure Boot.</source>
        <translation>VBS puede exigir el arranque seguro.</translation>
    </message>
    <message>
        <source>Secure Boot state unknown</source>
        <translation>Estado del arranque seguro desconocido</translation>
    </message>
    <message>
        <source>The Secure Boot state</source>
        <translation>el estado del arranque seguro</translation>
    </message>
    <message>
        <source>Secure Boot unsupported (BIOS), VBS running anyway</source>
        <translation>Arranque seguro no compatible (BIOS), VBS se ejecuta de todos modos</translation>
    </message>
    <message>
        <source>Secure Boot is off, VBS running anyway</source>
        <translation>El arranque seguro está desactivado, VBS se ejecuta de todos modos</translation>
    </message>
    <message>
        <source>VBS runs without requiring Secure Boot here, which is enough for hotpatch. Microsoft recommends requiring Secure Boot (RequirePlatformSecurityFeatures=1).</source>
        <translation>VBS se ejecuta aquí sin exigir el arranque seguro, lo que basta para hotpatch. Microsoft recomienda exigir el arranque seguro (RequirePlatformSecurityFeatures=1).</translation>
    </message>
    <message>
        <source>Secure Boot unsupported: the device boots in legacy BIOS mode</source>
        <translation>Arranque seguro no compatible: el dispositivo arranca en modo BIOS heredado</translation>
    </message>
    <message>
        <source>Secure Boot needs UEFI boot; see HP-UEFI.</source>
        <translation>El arranque seguro requiere arranque UEFI; consulte HP-UEFI.</translation>
    </message>
    <message>
        <source>Switch to UEFI boot first (see HP-UEFI), then turn on Secure Boot.</source>
        <translation>Cambie primero a arranque UEFI (consulte HP-UEFI) y después active el arranque seguro.</translation>
    </message>
    <message>
        <source>Secure Boot is off</source>
        <translation>El arranque seguro está desactivado</translation>
    </message>
    <message>
        <source>VBS is (or will be, with the fix) set to require Secure Boot, so it cannot run while Secure Boot is off.</source>
        <translation>VBS está (o estará, con la corrección) configurado para exigir el arranque seguro, así que no puede ejecutarse mientras el arranque seguro esté desactivado.</translation>
    </message>
    <message>
        <source>Turn on Secure Boot in firmware setup (Security or Boot menu; restore the factory keys if it is greyed out).</source>
        <translation>Active el arranque seguro en el firmware (menú Security o Boot; restaure las claves de fábrica si la opción aparece atenuada).</translation>
    </message>
    <message>
        <source>TPM 2.0</source>
        <translation>TPM 2.0</translation>
    </message>
    <message>
        <source>TPM state unknown</source>
        <translation>Estado del TPM desconocido</translation>
    </message>
    <message>
        <source>The TPM</source>
        <translation>el TPM</translation>
    </message>
    <message>
        <source>TPM 2.0 present</source>
        <translation>TPM 2.0 presente</translation>
    </message>
    <message>
        <source>Windows 11 requires TPM 2.0.</source>
        <translation>Windows 11 requiere TPM 2.0.</translation>
    </message>
    <message>
        <source>TPM %1</source>
        <translation>TPM %1</translation>
    </message>
    <message>
        <source>No TPM</source>
        <translation>Sin TPM</translation>
    </message>
    <message>
        <source>Windows Server does not require a TPM for hotpatch; Credential Guard and measured boot work better with TPM 2.0.</source>
        <translation>Windows Server no requiere TPM para hotpatch; Credential Guard y el arranque medido funcionan mejor con TPM 2.0.</translation>
    </message>
    <message>
        <source>No TPM found</source>
        <translation>No se encontró ningún TPM</translation>
    </message>
    <message>
        <source>Windows 11 requires TPM 2.0; a device without one runs an unsupported installation. Most devices since 2016 have a firmware TPM that is only switched off.</source>
        <translation>Windows 11 requiere TPM 2.0; un dispositivo sin él ejecuta una instalación no compatible. La mayoría de los dispositivos desde 2016 tienen un TPM de firmware que solo está desactivado.</translation>
    </message>
    <message>
        <source>Turn on the firmware TPM in firmware setup (Intel PTT or AMD fTPM); on a VM, add a virtual TPM. If the device has no TPM at all it needs other hardware.</source>
        <translation>Active el TPM de firmware en el firmware (Intel PTT o AMD fTPM); en una máquina virtual, agregue un TPM virtual. Si el dispositivo no tiene ningún TPM, necesita otro hardware.</translation>
    </message>
    <message>
        <source>TPM %1 (Windows 11 needs 2.0)</source>
        <translation>TPM %1 (Windows 11 requiere 2.0)</translation>
    </message>
    <message>
        <source>Windows 11 requires TPM 2.0; some TPM 1.2 chips can take a 2.0 firmware update from the OEM.</source>
        <translation>Windows 11 requiere TPM 2.0; algunos chips TPM 1.2 pueden recibir una actualización de firmware a 2.0 del OEM.</translation>
    </message>
    <message>
        <source>Check the OEM for a TPM 2.0 firmware update; otherwise replace the device.</source>
        <translation>Consulte al OEM si hay una actualización de firmware TPM 2.0; si no, sustituya el dispositivo.</translation>
    </message>
    <message>
        <source>Virtualization extensions (VT-x / AMD-V)</source>
        <translation>Extensiones de virtualización (VT-x / AMD-V)</translation>
    </message>
    <message>
        <source>VBS runs, so the extensions are present</source>
        <translation>VBS se ejecuta, así que las extensiones están presentes</translation>
    </message>
    <message>
        <source>Virtualization extensions unknown</source>
        <translation>Extensiones de virtualización desconocidas</translation>
    </message>
    <message>
        <source>The virtualization extensions</source>
        <translation>las extensiones de virtualización</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presentes</translation>
    </message>
    <message>
        <source>The hypervisor needs VT-x or AMD-V.</source>
        <translation>El hipervisor necesita VT-x o AMD-V.</translation>
    </message>
    <message>
        <source>This VM does not see virtualization extensions</source>
        <translation>Esta máquina virtual no ve las extensiones de virtualización</translation>
    </message>
    <message>
        <source>VBS inside a virtual machine needs nested virtualization from the host; without it the guest cannot start the Windows hypervisor.</source>
        <translation>VBS dentro de una máquina virtual necesita virtualización anidada del host; sin ella, el invitado no puede iniciar el hipervisor de Windows.</translation>
    </message>
    <message>
        <source>On the Hyper-V host, with the VM off: Set-VMProcessor -VMName &lt;name&gt; -ExposeVirtualizationExtensions $true (other hosts: enable nested virtualization / &apos;expose hardware assisted virtualization&apos;). The VM must be Generation 2 with Secure Boot.</source>
        <translation>En el host de Hyper-V, con la máquina virtual apagada: Set-VMProcessor -VMName &lt;name&gt; -ExposeVirtualizationExtensions $true (otros hosts: habilite la virtualización anidada / «expose hardware assisted virtualization»). La máquina virtual debe ser de generación 2 con arranque seguro.</translation>
    </message>
    <message>
        <source>The processor has no VT-x / AMD-V</source>
        <translation>El procesador no tiene VT-x / AMD-V</translation>
    </message>
    <message>
        <source>Without virtualization extensions the Windows hypervisor cannot start, so VBS cannot run.</source>
        <translation>Sin extensiones de virtualización, el hipervisor de Windows no puede iniciarse, así que VBS no puede ejecutarse.</translation>
    </message>
    <message>
        <source>This device needs other hardware.</source>
        <translation>Este dispositivo necesita otro hardware.</translation>
    </message>
    <message>
        <source>Virtualization enabled in firmware</source>
        <translation>Virtualización habilitada en el firmware</translation>
    </message>
    <message>
        <source>Virtual machine: decided by the host (see HP-CPU-VIRT)</source>
        <translation>Máquina virtual: lo decide el host (consulte HP-CPU-VIRT)</translation>
    </message>
    <message>
        <source>A guest&apos;s virtualization comes from its host&apos;s settings.</source>
        <translation>La virtualización de un invitado depende de la configuración de su host.</translation>
    </message>
    <message>
        <source>VBS runs, so virtualization is enabled</source>
        <translation>VBS se ejecuta, así que la virtualización está habilitada</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Whether firmware enables virtualization</source>
        <translation>si el firmware habilita la virtualización</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Habilitado</translation>
    </message>
    <message>
        <source>Firmware makes VT-x / AMD-V available.</source>
        <translation>El firmware pone a disposición VT-x / AMD-V.</translation>
    </message>
    <message>
        <source>The processor has no extensions (see HP-CPU-VIRT)</source>
        <translation>El procesador no tiene extensiones (consulte HP-CPU-VIRT)</translation>
    </message>
    <message>
        <source>Nothing to enable in firmware.</source>
        <translation>No hay nada que habilitar en el firmware.</translation>
    </message>
    <message>
        <source>Virtualization is disabled in firmware setup</source>
        <translation>La virtualización está deshabilitada en el firmware</translation>
    </message>
    <message>
        <source>The processor supports virtualization, but firmware setup has it switched off, so the hypervisor cannot start and VBS cannot run.</source>
        <translation>El procesador admite virtualización, pero está desactivada en el firmware, así que el hipervisor no puede iniciarse y VBS no puede ejecutarse.</translation>
    </message>
    <message>
        <source>Enable Intel VT-x (Intel Virtualization Technology) or AMD SVM in firmware setup (usually Advanced &gt; CPU Configuration).</source>
        <translation>Habilite Intel VT-x (Intel Virtualization Technology) o AMD SVM en el firmware (normalmente en Advanced &gt; CPU Configuration).</translation>
    </message>
    <message>
        <source>Second Level Address Translation</source>
        <translation>Second Level Address Translation</translation>
    </message>
    <message>
        <source>VBS runs, so SLAT is present</source>
        <translation>VBS se ejecuta, así que SLAT está presente</translation>
    </message>
    <message>
        <source>SLAT support</source>
        <translation>la compatibilidad con SLAT</translation>
    </message>
    <message>
        <source>Present (EPT / RVI)</source>
        <translation>Presente (EPT / RVI)</translation>
    </message>
    <message>
        <source>The hypervisor needs SLAT.</source>
        <translation>El hipervisor necesita SLAT.</translation>
    </message>
    <message>
        <source>No virtualization extensions (see HP-CPU-VIRT)</source>
        <translation>Sin extensiones de virtualización (consulte HP-CPU-VIRT)</translation>
    </message>
    <message>
        <source>SLAT is part of the virtualization extensions.</source>
        <translation>SLAT forma parte de las extensiones de virtualización.</translation>
    </message>
    <message>
        <source>The processor has no SLAT</source>
        <translation>El procesador no tiene SLAT</translation>
    </message>
    <message>
        <source>The Windows hypervisor needs SLAT (Intel EPT / AMD RVI); VBS cannot run without it.</source>
        <translation>El hipervisor de Windows necesita SLAT (Intel EPT / AMD RVI); VBS no puede ejecutarse sin él.</translation>
    </message>
    <message>
        <source>No-execute (DEP)</source>
        <translation>Prevención de ejecución de datos (DEP)</translation>
    </message>
    <message>
        <source>NX support</source>
        <translation>la compatibilidad con NX</translation>
    </message>
    <message>
        <source>VBS needs NX.</source>
        <translation>VBS necesita NX.</translation>
    </message>
    <message>
        <source>NX / Execute Disable is off</source>
        <translation>NX / Execute Disable está desactivado</translation>
    </message>
    <message>
        <source>VBS needs the no-execute protection.</source>
        <translation>VBS necesita la protección de no ejecución.</translation>
    </message>
    <message>
        <source>Enable Execute Disable Bit (XD/NX) in firmware setup.</source>
        <translation>Habilite Execute Disable Bit (XD/NX) en el firmware.</translation>
    </message>
    <message>
        <source>Hypervisor launch in the boot configuration</source>
        <translation>Inicio del hipervisor en la configuración de arranque</translation>
    </message>
    <message>
        <source>VBS runs, so the hypervisor launches</source>
        <translation>VBS se ejecuta, así que el hipervisor se inicia</translation>
    </message>
    <message>
        <source>Boot configuration not readable</source>
        <translation>Configuración de arranque no legible</translation>
    </message>
    <message>
        <source>The boot configuration</source>
        <translation>la configuración de arranque</translation>
    </message>
    <message>
        <source>hypervisorlaunchtype is Off</source>
        <translation>hypervisorlaunchtype es Off</translation>
    </message>
    <message>
        <source>The boot configuration tells Windows not to start the hypervisor (often left by an emulator or game installer, or a tuning script), so VBS cannot run.</source>
        <translation>La configuración de arranque indica a Windows que no inicie el hipervisor (a menudo lo deja un emulador, un instalador de juegos o un script de optimización), así que VBS no puede ejecutarse.</translation>
    </message>
    <message>
        <source>In an elevated prompt run &apos;bcdedit /set {current} hypervisorlaunchtype auto&apos;, then restart. Check first which software turned it off (some older emulators need it off).</source>
        <translation>En un símbolo del sistema con privilegios elevados, ejecute «bcdedit /set {current} hypervisorlaunchtype auto» y reinicie. Compruebe antes qué software lo desactivó (algunos emuladores antiguos lo necesitan desactivado).</translation>
    </message>
    <message>
        <source>hypervisorlaunchtype %1</source>
        <translation>hypervisorlaunchtype %1</translation>
    </message>
    <message>
        <source>Windows starts the hypervisor at boot when VBS needs it.</source>
        <translation>Windows inicia el hipervisor al arrancar cuando VBS lo necesita.</translation>
    </message>
    <message>
        <source>DMA protection</source>
        <translation>Protección de DMA</translation>
    </message>
    <message>
        <source>VBS requires DMA protection, which this device lacks</source>
        <translation>VBS exige protección de DMA, de la que este dispositivo carece</translation>
    </message>
    <message>
        <source>RequirePlatformSecurityFeatures=3 asks for Secure Boot and DMA protection (an IOMMU); Windows reports no DMA protection, so VBS will not start.</source>
        <translation>RequirePlatformSecurityFeatures=3 pide arranque seguro y protección de DMA (una IOMMU); Windows no informa de protección de DMA, así que VBS no se iniciará.</translation>
    </message>
    <message>
        <source>Lower the requirement to Secure Boot only (RequirePlatformSecurityFeatures=1) where it is set, or use hardware with an IOMMU (Intel VT-d / AMD-Vi, enabled in firmware).</source>
        <translation>Rebaje el requisito a solo arranque seguro (RequirePlatformSecurityFeatures=1) donde esté configurado, o use hardware con IOMMU (Intel VT-d / AMD-Vi, habilitado en el firmware).</translation>
    </message>
    <message>
        <source>Kernel DMA Protection is on</source>
        <translation>La protección de DMA de kernel está activada</translation>
    </message>
    <message>
        <source>External devices cannot read memory through DMA.</source>
        <translation>Los dispositivos externos no pueden leer la memoria mediante DMA.</translation>
    </message>
    <message>
        <source>Kernel DMA Protection state unknown</source>
        <translation>Estado de la protección de DMA de kernel desconocido</translation>
    </message>
    <message>
        <source>Not needed for hotpatch.</source>
        <translation>No es necesario para hotpatch.</translation>
    </message>
    <message>
        <source>Kernel DMA Protection</source>
        <translation>la protección de DMA de kernel</translation>
    </message>
    <message>
        <source>Kernel DMA Protection is off</source>
        <translation>La protección de DMA de kernel está desactivada</translation>
    </message>
    <message>
        <source>Not needed for hotpatch. Only required if VBS is set to require DMA protection (RequirePlatformSecurityFeatures=3). It needs UEFI, an IOMMU and VT-d/AMD-Vi enabled in firmware.</source>
        <translation>No es necesario para hotpatch. Solo se requiere si VBS está configurado para exigir protección de DMA (RequirePlatformSecurityFeatures=3). Requiere UEFI, una IOMMU y VT-d/AMD-Vi habilitado en el firmware.</translation>
    </message>
    <message>
        <source>VBS configured</source>
        <translation>VBS configurado</translation>
    </message>
    <message>
        <source>Configuration unknown</source>
        <translation>Configuración desconocida</translation>
    </message>
    <message>
        <source>The VBS configuration</source>
        <translation>la configuración de VBS</translation>
    </message>
    <message>
        <source>VBS is turned on (by %1)</source>
        <translation>VBS está activado (por %1)</translation>
    </message>
    <message>
        <source>Windows will start VBS at boot when the hardware and firmware allow it.</source>
        <translation>Windows iniciará VBS al arrancar cuando el hardware y el firmware lo permitan.</translation>
    </message>
    <message>
        <source>Group Policy turns VBS off</source>
        <translation>La directiva de grupo desactiva VBS</translation>
    </message>
    <message>
        <source>Intune (MDM) policy turns VBS off</source>
        <translation>La directiva de Intune (MDM) desactiva VBS</translation>
    </message>
    <message>
        <source>The Group Policy value HKLM\%1\EnableVirtualizationBasedSecurity is 0. A local change would be reverted at the next policy refresh, so this tool does not override it.</source>
        <translation>El valor de directiva de grupo HKLM\%1\EnableVirtualizationBasedSecurity es 0. Un cambio local se revertiría en la siguiente actualización de directivas, así que esta herramienta no lo sobrescribe.</translation>
    </message>
    <message>
        <source>The MDM policy value HKLM\%1\EnableVirtualizationBasedSecurity is 0. A local change would be reverted at the next policy refresh, so this tool does not override it.</source>
        <translation>El valor de directiva MDM HKLM\%1\EnableVirtualizationBasedSecurity es 0. Un cambio local se revertiría en la siguiente actualización de directivas, así que esta herramienta no lo sobrescribe.</translation>
    </message>
    <message>
        <source>Set &apos;Turn On Virtualization Based Security&apos; (Computer Configuration &gt; Administrative Templates &gt; System &gt; Device Guard) to Enabled with &apos;Secure Boot&apos; in the GPO that applies, then restart.</source>
        <translation>Establezca «Activar la seguridad basada en virtualización» (Configuración del equipo &gt; Plantillas administrativas &gt; Sistema &gt; Device Guard) en Habilitada con «Arranque seguro» en el GPO que se aplica, y reinicie.</translation>
    </message>
    <message>
        <source>In Intune, set DeviceGuard/EnableVirtualizationBasedSecurity to 1 (and RequirePlatformSecurityFeatures to 1) in the profile assigned to this device, then restart.</source>
        <translation>En Intune, establezca DeviceGuard/EnableVirtualizationBasedSecurity en 1 (y RequirePlatformSecurityFeatures en 1) en el perfil asignado a este dispositivo, y reinicie.</translation>
    </message>
    <message>
        <source>VBS is not turned on</source>
        <translation>VBS no está activado</translation>
    </message>
    <message>
        <source>Nothing enables virtualization-based security on this device. This tool can turn it on (EnableVirtualizationBasedSecurity=1, RequirePlatformSecurityFeatures=1); it takes effect at the next restart.</source>
        <translation>Nada habilita la seguridad basada en virtualización en este dispositivo. Esta herramienta puede activarla (EnableVirtualizationBasedSecurity=1, RequirePlatformSecurityFeatures=1); surte efecto en el próximo reinicio.</translation>
    </message>
    <message>
        <source>Set HKLM\%1 EnableVirtualizationBasedSecurity=1 and RequirePlatformSecurityFeatures=1 (REG_DWORD), then restart once.</source>
        <translation>Establecer HKLM\%1 EnableVirtualizationBasedSecurity=1 y RequirePlatformSecurityFeatures=1 (REG_DWORD) y reiniciar una vez.</translation>
    </message>
    <message>
        <source>Group Policy sets EnableVirtualizationBasedSecurity=0, overriding another source that turns VBS on; fix it in the GPO, not on the device.</source>
        <translation>La directiva de grupo establece EnableVirtualizationBasedSecurity=0 e invalida otra fuente que activa VBS; corríjalo en el GPO, no en el dispositivo.</translation>
    </message>
    <message>
        <source>Group Policy sets EnableVirtualizationBasedSecurity=0; fix it in the GPO, not on the device.</source>
        <translation>La directiva de grupo establece EnableVirtualizationBasedSecurity=0; corríjalo en el GPO, no en el dispositivo.</translation>
    </message>
    <message>
        <source>MDM policy sets EnableVirtualizationBasedSecurity=0, overriding another source that turns VBS on; fix it in Intune, not on the device.</source>
        <translation>La directiva MDM establece EnableVirtualizationBasedSecurity=0 e invalida otra fuente que activa VBS; corríjalo en Intune, no en el dispositivo.</translation>
    </message>
    <message>
        <source>MDM policy sets EnableVirtualizationBasedSecurity=0; fix it in Intune, not on the device.</source>
        <translation>La directiva MDM establece EnableVirtualizationBasedSecurity=0; corríjalo en Intune, no en el dispositivo.</translation>
    </message>
    <message>
        <source>VBS is not turned on by any source (registry, Group Policy or MDM).</source>
        <translation>Ninguna fuente activa VBS (Registro, directiva de grupo o MDM).</translation>
    </message>
    <message>
        <source>Secure Boot is unsupported (legacy BIOS boot) while the configuration requires it (RequirePlatformSecurityFeatures=%1).</source>
        <translation>El arranque seguro no es compatible (arranque BIOS heredado) mientras la configuración lo exige (RequirePlatformSecurityFeatures=%1).</translation>
    </message>
    <message>
        <source>Secure Boot is off while the configuration requires it (RequirePlatformSecurityFeatures=%1).</source>
        <translation>El arranque seguro está desactivado mientras la configuración lo exige (RequirePlatformSecurityFeatures=%1).</translation>
    </message>
    <message>
        <source>Secure Boot is unsupported (legacy BIOS boot); the VBS fix requires it.</source>
        <translation>El arranque seguro no es compatible (arranque BIOS heredado); la corrección de VBS lo requiere.</translation>
    </message>
    <message>
        <source>Secure Boot is off; the VBS fix requires it.</source>
        <translation>El arranque seguro está desactivado; la corrección de VBS lo requiere.</translation>
    </message>
    <message>
        <source>The configuration requires DMA protection (RequirePlatformSecurityFeatures=3), but Windows reports none available (no IOMMU, or VT-d/AMD-Vi off in firmware).</source>
        <translation>La configuración exige protección de DMA (RequirePlatformSecurityFeatures=3), pero Windows no informa de ninguna disponible (sin IOMMU, o VT-d/AMD-Vi desactivado en el firmware).</translation>
    </message>
    <message>
        <source>32-bit Windows cannot run the hypervisor.</source>
        <translation>Windows de 32 bits no puede ejecutar el hipervisor.</translation>
    </message>
    <message>
        <source>This virtual machine&apos;s host does not expose virtualization extensions (nested virtualization is off).</source>
        <translation>El host de esta máquina virtual no expone las extensiones de virtualización (la virtualización anidada está desactivada).</translation>
    </message>
    <message>
        <source>The processor has no virtualization extensions (VT-x / AMD-V).</source>
        <translation>El procesador no tiene extensiones de virtualización (VT-x / AMD-V).</translation>
    </message>
    <message>
        <source>Virtualization (Intel VT-x / AMD SVM) is disabled in firmware setup.</source>
        <translation>La virtualización (Intel VT-x / AMD SVM) está deshabilitada en el firmware.</translation>
    </message>
    <message>
        <source>The processor has no Second Level Address Translation (EPT/RVI).</source>
        <translation>El procesador no tiene Second Level Address Translation (EPT/RVI).</translation>
    </message>
    <message>
        <source>No-execute protection (NX/XD) is off.</source>
        <translation>La protección de no ejecución (NX/XD) está desactivada.</translation>
    </message>
    <message>
        <source>The boot configuration has hypervisorlaunchtype Off, so the hypervisor never starts.</source>
        <translation>La configuración de arranque tiene hypervisorlaunchtype Off, así que el hipervisor nunca se inicia.</translation>
    </message>
    <message>
        <source>VBS was turned on after the last boot; it starts only after a restart, and only once the other causes listed are fixed.</source>
        <translation>VBS se activó después del último arranque; solo se inicia tras un reinicio, y solo cuando se corrijan las demás causas indicadas.</translation>
    </message>
    <message>
        <source>VBS was turned on after the last boot; it starts only after a restart.</source>
        <translation>VBS se activó después del último arranque; solo se inicia tras un reinicio.</translation>
    </message>
    <message>
        <source>Windows reports VBS enabled but not running, and none of the known causes was found. Check the System event log (Kernel-Boot) and msinfo32; unknown facts above may hide the cause.</source>
        <translation>Windows informa de que VBS está habilitado pero no en ejecución, y no se encontró ninguna de las causas conocidas. Revise el registro de eventos del sistema (Kernel-Boot) y msinfo32; los hechos desconocidos de arriba pueden ocultar la causa.</translation>
    </message>
    <message>
        <source>VBS running</source>
        <translation>VBS en ejecución</translation>
    </message>
    <message>
        <source>VBS state unknown</source>
        <translation>Estado de VBS desconocido</translation>
    </message>
    <message>
        <source>Virtualization-based security: Running</source>
        <extracomment>%1: why VBS does not run (the diagnosis, whole sentences).</extracomment>
        <translation>Seguridad basada en virtualización: en ejecución</translation>
    </message>
    <message>
        <source>VBS runs: the hard gate for hotpatch is met.</source>
        <translation>VBS se ejecuta: se cumple el requisito imprescindible de hotpatch.</translation>
    </message>
    <message>
        <source>Virtualization-based security: Not enabled</source>
        <translation>Seguridad basada en virtualización: no habilitada</translation>
    </message>
    <message>
        <source>Virtualization-based security: Enabled but not running</source>
        <translation>Seguridad basada en virtualización: habilitada pero no en ejecución</translation>
    </message>
    <message>
        <source>Hotpatch is offered only while VBS runs.</source>
        <translation>Hotpatch solo se ofrece mientras VBS se ejecuta.</translation>
    </message>
    <message>
        <source>Apply the VBS fix (if needed) and restart once.</source>
        <translation>Aplique la corrección de VBS (si es necesario) y reinicie una vez.</translation>
    </message>
    <message>
        <source>Investigate the cause (see the diagnosis).</source>
        <translation>Investigue la causa (consulte el diagnóstico).</translation>
    </message>
    <message>
        <source>Fix the causes listed in the diagnosis; VBS starts at the next restart.</source>
        <translation>Corrija las causas indicadas en el diagnóstico; VBS se inicia en el próximo reinicio.</translation>
    </message>
    <message>
        <source>CHPE disabled (Arm64)</source>
        <translation>CHPE deshabilitado (Arm64)</translation>
    </message>
    <message>
        <source>CHPE applies to Arm64 only.</source>
        <translation>CHPE solo afecta a Arm64.</translation>
    </message>
    <message>
        <source>Not Arm64: Intel and AMD processors have no CHPE</source>
        <translation>No es Arm64: los procesadores Intel y AMD no tienen CHPE</translation>
    </message>
    <message>
        <source>Only Arm64 devices need CHPE disabled.</source>
        <translation>Solo los dispositivos Arm64 necesitan CHPE deshabilitado.</translation>
    </message>
    <message>
        <source>CHPE state unknown</source>
        <translation>Estado de CHPE desconocido</translation>
    </message>
    <message>
        <source>CHPE is disabled (HotPatchRestrictions=1)</source>
        <translation>CHPE está deshabilitado (HotPatchRestrictions=1)</translation>
    </message>
    <message>
        <source>Arm64 hotpatch requirement met.</source>
        <translation>Requisito de hotpatch para Arm64 cumplido.</translation>
    </message>
    <message>
        <source>Disabling CHPE makes x86 apps use the emulation-only binaries instead of CHPE binaries, which Microsoft warns may affect performance or compatibility. To undo: HotPatchRestrictions=0 and restart.</source>
        <translation>Deshabilitar CHPE hace que las aplicaciones x86 usen los binarios solo de emulación en lugar de los binarios CHPE, lo que según Microsoft puede afectar al rendimiento o la compatibilidad. Para deshacerlo: HotPatchRestrictions=0 y reinicio.</translation>
    </message>
    <message>
        <source>CHPE disable is set and waits for a restart</source>
        <translation>La deshabilitación de CHPE está configurada y espera un reinicio</translation>
    </message>
    <message>
        <source>HotPatchRestrictions=1 takes effect at the next restart.</source>
        <translation>HotPatchRestrictions=1 surte efecto en el próximo reinicio.</translation>
    </message>
    <message>
        <source>Restart once.</source>
        <translation>Reinicie una vez.</translation>
    </message>
    <message>
        <source>CHPE is enabled: Arm64 hotpatch needs it disabled</source>
        <translation>CHPE está habilitado: hotpatch en Arm64 requiere deshabilitarlo</translation>
    </message>
    <message>
        <source>Hotpatch updates cannot service CHPE binaries in %SystemRoot%\SyChpe32.</source>
        <translation>Las actualizaciones hotpatch no pueden actualizar los binarios CHPE en %SystemRoot%\SyChpe32.</translation>
    </message>
    <message>
        <source>Set HKLM\%1 HotPatchRestrictions=1 (REG_DWORD), then restart once.</source>
        <translation>Establecer HKLM\%1 HotPatchRestrictions=1 (REG_DWORD) y reiniciar una vez.</translation>
    </message>
    <message>
        <source>Intune management</source>
        <translation>Administración con Intune</translation>
    </message>
    <message>
        <source>Windows Server: managed through Azure Arc, not Intune</source>
        <translation>Windows Server: administrado mediante Azure Arc, no Intune</translation>
    </message>
    <message>
        <source>Server hotpatch is enabled in Azure Arc / Azure Update Manager (see HP-HOTPATCH-POLICY).</source>
        <translation>Hotpatch para servidores se habilita en Azure Arc / Azure Update Manager (consulte HP-HOTPATCH-POLICY).</translation>
    </message>
    <message>
        <source>Enrollment unknown</source>
        <translation>Inscripción desconocida</translation>
    </message>
    <message>
        <source>MDM enrollment</source>
        <translation>la inscripción en MDM</translation>
    </message>
    <message>
        <source>Not enrolled in MDM</source>
        <translation>No inscrito en MDM</translation>
    </message>
    <message>
        <source>Hotpatch is turned on by an Intune Windows quality update policy, so the device must be enrolled in Intune.</source>
        <translation>Hotpatch se activa mediante una directiva de actualizaciones de calidad de Windows de Intune, así que el dispositivo debe estar inscrito en Intune.</translation>
    </message>
    <message>
        <source>Enroll the device in Intune (Settings &gt; Accounts &gt; Access work or school, or Autopilot / Entra join with automatic MDM enrollment).</source>
        <translation>Inscriba el dispositivo en Intune (Configuración &gt; Cuentas &gt; Obtener acceso a trabajo o escuela, o Autopilot / unión a Entra con inscripción automática en MDM).</translation>
    </message>
    <message>
        <source>Enrolled in Microsoft Intune</source>
        <translation>Inscrito en Microsoft Intune</translation>
    </message>
    <message>
        <source>Intune can deliver the hotpatch policy.</source>
        <translation>Intune puede entregar la directiva de hotpatch.</translation>
    </message>
    <message>
        <source>Enrolled, provider not identified</source>
        <translation>Inscrito, proveedor no identificado</translation>
    </message>
    <message>
        <source>The device is registered with management, but the enrollment does not name Intune; confirm in the Intune admin center.</source>
        <translation>El dispositivo está registrado en una administración, pero la inscripción no indica Intune; confírmelo en el centro de administración de Intune.</translation>
    </message>
    <message>
        <source>Managed by %1, not Intune</source>
        <translation>Administrado por %1, no por Intune</translation>
    </message>
    <message>
        <source>Hotpatch is turned on by an Intune / Windows Autopatch quality update policy.</source>
        <translation>Hotpatch se activa mediante una directiva de actualizaciones de calidad de Intune / Windows Autopatch.</translation>
    </message>
    <message>
        <source>Move the device to Intune management (co-management workloads included).</source>
        <translation>Pase el dispositivo a la administración de Intune (incluidas las cargas de trabajo de administración conjunta).</translation>
    </message>
    <message>
        <source>Hotpatch policy</source>
        <translation>Directiva de hotpatch</translation>
    </message>
    <message>
        <source>Hotpatch Enrollment Package installed</source>
        <translation>Hotpatch Enrollment Package instalado</translation>
    </message>
    <message>
        <source>The server shows the hotpatch enrollment package (a third-party-documented signal [3P]).</source>
        <translation>El servidor muestra el paquete de inscripción de hotpatch (una señal documentada por terceros [3P]).</translation>
    </message>
    <message>
        <source>No hotpatch enrollment seen on this server</source>
        <translation>No se ve ninguna inscripción de hotpatch en este servidor</translation>
    </message>
    <message>
        <source>The &apos;Hotpatch Enrollment Package&apos; was not found (a third-party-documented signal [3P]). Hotpatch for Windows Server 2025 is enabled in Azure Arc (or is built into Azure Edition).</source>
        <translation>No se encontró el «Hotpatch Enrollment Package» (una señal documentada por terceros [3P]). Hotpatch para Windows Server 2025 se habilita en Azure Arc (o viene integrado en Azure Edition).</translation>
    </message>
    <message>
        <source>Arc-enable the server and select Hotpatch in the Azure portal.</source>
        <translation>Habilite Arc en el servidor y seleccione Hotpatch en Azure Portal.</translation>
    </message>
    <message>
        <source>No MDM: no policy can arrive (see HP-MDM)</source>
        <translation>Sin MDM: no puede llegar ninguna directiva (consulte HP-MDM)</translation>
    </message>
    <message>
        <source>The hotpatch policy comes from Intune.</source>
        <translation>La directiva de hotpatch viene de Intune.</translation>
    </message>
    <message>
        <source>Policy state unknown</source>
        <translation>Estado de la directiva desconocido</translation>
    </message>
    <message>
        <source>The hotpatch policy</source>
        <translation>la directiva de hotpatch</translation>
    </message>
    <message>
        <source>AllowRebootlessUpdates=1: hotpatch is turned on</source>
        <translation>AllowRebootlessUpdates=1: hotpatch está activado</translation>
    </message>
    <message>
        <source>The Intune quality update policy with hotpatch reached this device. (Registry location from third-party tools, not documented by Microsoft [UNCONFIRMED].) Settings &gt; Windows Update &gt; Advanced options &gt; Configured update policies should list &apos;Enable hotpatching when available&apos;.</source>
        <translation>La directiva de actualizaciones de calidad de Intune con hotpatch ha llegado a este dispositivo. (Ubicación del Registro tomada de herramientas de terceros, no documentada por Microsoft [UNCONFIRMED].) Configuración &gt; Windows Update &gt; Opciones avanzadas &gt; Directivas de actualización configuradas debería mostrar «Habilitar hotpatching cuando esté disponible».</translation>
    </message>
    <message>
        <source>AllowRebootlessUpdates=%1: hotpatch is turned off</source>
        <translation>AllowRebootlessUpdates=%1: hotpatch está desactivado</translation>
    </message>
    <message>
        <source>The policy that reached this device does not allow hotpatch.</source>
        <translation>La directiva que ha llegado a este dispositivo no permite hotpatch.</translation>
    </message>
    <message>
        <source>In Intune (Devices &gt; Windows updates &gt; Quality updates), set &apos;When available, apply without restarting the device (&quot;Hotpatch&quot;)&apos; to Allow in the policy assigned to this device.</source>
        <translation>En Intune (Dispositivos &gt; Actualizaciones de Windows &gt; Actualizaciones de calidad), establezca «When available, apply without restarting the device (&quot;Hotpatch&quot;)» en Allow en la directiva asignada a este dispositivo.</translation>
    </message>
    <message>
        <source>No hotpatch policy value found on the device</source>
        <translation>No se encontró ningún valor de directiva de hotpatch en el dispositivo</translation>
    </message>
    <message>
        <source>No AllowRebootlessUpdates value was found (a location used by third-party tools, not documented by Microsoft [UNCONFIRMED]). Since the May 2026 update, Windows Autopatch turns hotpatch on by default for eligible devices that have no quality update policy, so this may still be fine.</source>
        <translation>No se encontró ningún valor AllowRebootlessUpdates (una ubicación que usan herramientas de terceros, no documentada por Microsoft [UNCONFIRMED]). Desde la actualización de mayo de 2026, Windows Autopatch activa hotpatch de forma predeterminada en los dispositivos aptos sin directiva de actualizaciones de calidad, así que puede que esté bien.</translation>
    </message>
    <message>
        <source>Confirm in Intune that a Windows quality update policy with Hotpatch set to Allow (or the Autopatch default) applies to this device; on the device check Settings &gt; Windows Update &gt; Advanced options &gt; Configured update policies for &apos;Enable hotpatching when available&apos;.</source>
        <translation>Confirme en Intune que a este dispositivo se le aplica una directiva de actualizaciones de calidad de Windows con Hotpatch en Allow (o el valor predeterminado de Autopatch); en el dispositivo, compruebe en Configuración &gt; Windows Update &gt; Opciones avanzadas &gt; Directivas de actualización configuradas que aparece «Habilitar hotpatching cuando esté disponible».</translation>
    </message>
    <message>
        <source>Eligible licence</source>
        <translation>Licencia apta</translation>
    </message>
    <message>
        <source>The licence cannot be verified on the device</source>
        <translation>La licencia no se puede verificar en el dispositivo</translation>
    </message>
    <message>
        <source>Hotpatch for Windows Server 2025 Standard/Datacenter comes with Azure Arc (no extra cost since the 2025 announcement); Azure Edition includes it. Nothing on the server shows it.</source>
        <translation>Hotpatch para Windows Server 2025 Standard/Datacenter viene con Azure Arc (sin coste adicional desde el anuncio de 2025); Azure Edition lo incluye. Nada en el servidor lo muestra.</translation>
    </message>
    <message>
        <source>Check the Arc subscription / Azure portal for this server.</source>
        <translation>Compruebe la suscripción de Arc / Azure Portal para este servidor.</translation>
    </message>
    <message>
        <source>Hotpatch needs one of: Windows 11 Enterprise E3 or E5, Microsoft 365 F3, Windows 11 Education A3 or A5, Microsoft 365 Business Premium, or Windows 365 Enterprise. Licences are assigned in the cloud and leave no trace on the device.</source>
        <translation>Hotpatch requiere una de estas licencias: Windows 11 Enterprise E3 o E5, Microsoft 365 F3, Windows 11 Education A3 o A5, Microsoft 365 Business Premium o Windows 365 Enterprise. Las licencias se asignan en la nube y no dejan rastro en el dispositivo.</translation>
    </message>
    <message>
        <source>Check the primary user&apos;s licences in the Microsoft 365 admin center (Users &gt; Active users &gt; Licenses and apps), or the Intune / Autopatch hotpatch report.</source>
        <translation>Compruebe las licencias del usuario principal en el centro de administración de Microsoft 365 (Usuarios &gt; Usuarios activos &gt; Licencias y aplicaciones), o el informe de hotpatch de Intune / Autopatch.</translation>
    </message>
    <message>
        <source>Pending restart</source>
        <translation>Reinicio pendiente</translation>
    </message>
    <message>
        <source>The pending-restart indicators</source>
        <translation>los indicadores de reinicio pendiente</translation>
    </message>
    <message>
        <source>No restart pending</source>
        <translation>Ningún reinicio pendiente</translation>
    </message>
    <message>
        <source>Nothing waits for a restart.</source>
        <translation>Nada espera un reinicio.</translation>
    </message>
    <message>
        <source>A restart is pending (%1)</source>
        <translation>Hay un reinicio pendiente (%1)</translation>
    </message>
    <message>
        <source>Updates or changes wait for a restart; until then the build and settings in effect are the old ones. The single restart this tool schedules completes them too.</source>
        <translation>Hay actualizaciones o cambios esperando un reinicio; hasta entonces, la compilación y la configuración en vigor son las anteriores. El único reinicio que programa esta herramienta también los completa.</translation>
    </message>
    <message>
        <source>Restart once (the same restart as the fixes).</source>
        <translation>Reinicie una vez (el mismo reinicio que para las correcciones).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A next step: %1 is the check&apos;s id (HP-...), %2 what to do.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Restart the device once; every change above (and any pending update) takes effect with that single restart.</source>
        <translation>Reinicie el dispositivo una vez; cada cambio anterior (y cualquier actualización pendiente) surte efecto con ese único reinicio.</translation>
    </message>
    <message>
        <source>After the restart, assess again: msinfo32 &apos;Virtualization-based security&apos; must read Running and the verdict must be ready.</source>
        <translation>Después del reinicio, vuelva a evaluar: en msinfo32, «Seguridad basada en virtualización» debe indicar «En ejecución» y el veredicto debe ser listo.</translation>
    </message>
    <message>
        <source>asked for: the values Group Policy writes, set locally (no domain GPO or MDM here)</source>
        <translation>solicitado: los valores que escribe la directiva de grupo, establecidos localmente (aquí no hay GPO de dominio ni MDM)</translation>
    </message>
    <message>
        <source>local policy values already exist under HKLM\%1 and outrank the runtime key; no domain GPO or MDM governs them</source>
        <translation>ya existen valores de directiva local en HKLM\%1 y prevalecen sobre la clave en tiempo de ejecución; ningún GPO de dominio ni MDM los gestiona</translation>
    </message>
    <message>
        <source>the runtime DeviceGuard key (policy values exist but are governed by a domain GPO or MDM, which this tool does not overwrite)</source>
        <translation>la clave DeviceGuard en tiempo de ejecución (existen valores de directiva, pero los gestiona un GPO de dominio o MDM, que esta herramienta no sobrescribe)</translation>
    </message>
    <message>
        <source>the runtime DeviceGuard key, Microsoft&apos;s documented registry method; no Group Policy or MDM sets VBS on this device</source>
        <translation>la clave DeviceGuard en tiempo de ejecución, el método del Registro documentado por Microsoft; ninguna directiva de grupo ni MDM establece VBS en este dispositivo</translation>
    </message>
    <message>
        <source>DMA protection was asked for, but Windows reports no DMA protection on this device (AvailableSecurityProperties lacks 3): requiring it would stop VBS from starting, so the plan requires Secure Boot only (RequirePlatformSecurityFeatures=1).</source>
        <translation>Se solicitó protección de DMA, pero Windows no informa de protección de DMA en este dispositivo (AvailableSecurityProperties no contiene 3): exigirla impediría que VBS se iniciara, así que el plan exige solo arranque seguro (RequirePlatformSecurityFeatures=1).</translation>
    </message>
    <message>
        <source>turns on virtualization-based security at the next boot</source>
        <translation>activa la seguridad basada en virtualización en el próximo arranque</translation>
    </message>
    <message>
        <source>VBS requires Secure Boot and DMA protection (asked for)</source>
        <translation>VBS exige arranque seguro y protección de DMA (solicitado)</translation>
    </message>
    <message>
        <source>VBS requires Secure Boot (Microsoft&apos;s recommended setting)</source>
        <translation>VBS exige arranque seguro (la configuración recomendada por Microsoft)</translation>
    </message>
    <message>
        <source>RequirePlatformSecurityFeatures is set by %1 on this device; the plan leaves it to that policy.</source>
        <extracomment>%1: the source&apos;s code, group_policy or mdm.</extracomment>
        <translation>RequirePlatformSecurityFeatures lo establece %1 en este dispositivo; el plan lo deja a esa directiva.</translation>
    </message>
    <message>
        <source>turns on memory integrity without UEFI lock (asked for)</source>
        <translation>activa la integridad de memoria sin bloqueo UEFI (solicitado)</translation>
    </message>
    <message>
        <source>turns on memory integrity (asked for)</source>
        <translation>activa la integridad de memoria (solicitado)</translation>
    </message>
    <message>
        <source>Memory integrity (HVCI) blocks drivers that are not compatible with it; a boot-critical incompatible driver can keep it off. Hotpatch needs VBS running, not memory integrity. After the restart, check Windows Security &gt; Device security &gt; Core isolation for incompatible drivers.</source>
        <translation>La integridad de memoria (HVCI) bloquea los controladores que no son compatibles con ella; un controlador incompatible crítico para el arranque puede mantenerla desactivada. Hotpatch necesita que VBS se ejecute, no la integridad de memoria. Después del reinicio, compruebe en Seguridad de Windows &gt; Seguridad del dispositivo &gt; Aislamiento del núcleo si hay controladores incompatibles.</translation>
    </message>
    <message>
        <source>disables CHPE binaries on Arm64 at the next boot</source>
        <translation>deshabilita los binarios CHPE en Arm64 en el próximo arranque</translation>
    </message>
    <message>
        <source>Disabling CHPE makes x86 apps use the emulation-only binaries instead of CHPE binaries; Microsoft warns this may affect performance or compatibility. To undo: HotPatchRestrictions=0 (or rollback) and restart.</source>
        <translation>Deshabilitar CHPE hace que las aplicaciones x86 usen los binarios solo de emulación en lugar de los binarios CHPE; según Microsoft, esto puede afectar al rendimiento o la compatibilidad. Para deshacerlo: HotPatchRestrictions=0 (o reversión) y reinicio.</translation>
    </message>
    <message>
        <source>the registry changes above take effect at boot</source>
        <translation>los cambios del Registro anteriores surten efecto al arrancar</translation>
    </message>
    <message>
        <source>VBS was turned on since the last boot and starts at the next one</source>
        <translation>VBS se activó desde el último arranque y se inicia en el próximo</translation>
    </message>
    <message>
        <source>a CHPE change waits for a restart</source>
        <translation>un cambio de CHPE espera un reinicio</translation>
    </message>
    <message>
        <source>Windows has a restart pending (%1)</source>
        <extracomment>%1: Windows&apos; pending-restart indicators (codes), comma-separated.</extracomment>
        <translation>Windows tiene un reinicio pendiente (%1)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>A manual step: %1 the check&apos;s summary (what was found), %2 what to do.</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Could not be checked: %1</source>
        <translation>No se pudo comprobar: %1</translation>
    </message>
    <message>
        <source>CHPE is disabled</source>
        <translation>CHPE está deshabilitado</translation>
    </message>
    <message>
        <source>CHPE is still enabled: the restart has not happened since the change</source>
        <translation>CHPE sigue habilitado: no se ha producido el reinicio desde el cambio</translation>
    </message>
    <message>
        <source>memory integrity is running</source>
        <translation>la integridad de memoria se está ejecutando</translation>
    </message>
    <message>
        <source>memory integrity is not running (an incompatible driver, or VBS not running).</source>
        <translation>la integridad de memoria no se está ejecutando (un controlador incompatible, o VBS no se está ejecutando).</translation>
    </message>
    <message>
        <source>VBS is configured but not running: %1</source>
        <translation>VBS está configurado pero no se está ejecutando: %1</translation>
    </message>
    <message>
        <source>the value is no longer what was written (something changed it back, e.g. a policy refresh); %1</source>
        <extracomment>%1: whether the change took effect (a sentence).</extracomment>
        <translation>el valor ya no es el que se escribió (algo lo revirtió, p. ej. una actualización de directivas); %1</translation>
    </message>
    <message>
        <source>Secure Boot 2023 certificates</source>
        <translation>Certificados 2023 del arranque seguro</translation>
    </message>
    <message>
        <source>Microsoft&apos;s 2011 Secure Boot certificates expired in 2026 (KEK CA 2011 on 2026-06-24, UEFI CA 2011 on 2026-06-27, Windows Production PCA 2011 on 2026-10-19). A device without the 2023 certificates keeps booting and receiving normal Windows updates, but no longer receives boot manager security updates, Secure Boot database and revocation updates, or mitigations for future boot-level vulnerabilities. It does not affect hotpatch readiness, and no hotpatch fixes it.</source>
        <translation>Los certificados de arranque seguro de Microsoft de 2011 caducaron en 2026 (KEK CA 2011 el 2026-06-24, UEFI CA 2011 el 2026-06-27, Windows Production PCA 2011 el 2026-10-19). Un dispositivo sin los certificados de 2023 sigue arrancando y recibiendo las actualizaciones normales de Windows, pero ya no recibe actualizaciones de seguridad del administrador de arranque, actualizaciones de la base de datos y de las revocaciones del arranque seguro ni mitigaciones para futuras vulnerabilidades a nivel de arranque. No afecta a la preparación para hotpatch, y ningún hotpatch lo corrige.</translation>
    </message>
    <message>
        <source>The update (AvailableUpdates=0x5944) writes firmware variables (DB, then the KEK, which needs a PK-signed KEK from the device maker), installs the boot manager signed by Windows UEFI CA 2023 and needs more than one restart, separate from the hotpatch fix. With BitLocker on, suspend it for those restarts or have the recovery key at hand. Known firmware problems: firmware that rejects the write (event 1795), no PK-signed KEK for this firmware (AvailableUpdates stays 0x4004, event 1803), BIOS options that disable the 2023 CAs, firmware shipped in UEFI Deployed Mode.</source>
        <translation>La actualización (AvailableUpdates=0x5944) escribe variables del firmware (DB y después la KEK, que requiere una KEK firmada con la PK, proporcionada por el fabricante del dispositivo), instala el administrador de arranque firmado por Windows UEFI CA 2023 y requiere más de un reinicio propio, aparte de la corrección de hotpatch. Con BitLocker activado, suspéndalo durante esos reinicios o tenga a mano la clave de recuperación. Problemas de firmware conocidos: firmware que rechaza la escritura (evento 1795), ninguna KEK firmada con la PK para este firmware (AvailableUpdates se queda en 0x4004, evento 1803), opciones del BIOS que deshabilitan las CA de 2023, firmware distribuido en UEFI Deployed Mode.</translation>
    </message>
    <message>
        <source>Fleets: Intune or Group Policy &apos;Enable Secure Boot Certificate Deployment&apos; (KB5068198). This device: &apos;hotpatch-ready-cli secureboot plan&apos;, then &apos;secureboot apply --confirm&apos; (opt-in, its own restarts).</source>
        <translation>Flotas: Intune o la directiva de grupo «Enable Secure Boot Certificate Deployment» (KB5068198). Este dispositivo: «hotpatch-ready-cli secureboot plan» y después «secureboot apply --confirm» (previa activación explícita, con sus propios reinicios).</translation>
    </message>
    <message>
        <source>Legacy BIOS boot: no Secure Boot certificates</source>
        <translation>Arranque BIOS heredado: sin certificados de arranque seguro</translation>
    </message>
    <message>
        <source>The certificate rollover concerns UEFI devices with Secure Boot.</source>
        <translation>La renovación de certificados afecta a los dispositivos UEFI con arranque seguro.</translation>
    </message>
    <message>
        <source>Secure Boot is off: the certificate update does not run</source>
        <translation>El arranque seguro está desactivado: la actualización de certificados no se ejecuta</translation>
    </message>
    <message>
        <source>With Secure Boot off the update fails (event 1796); turn Secure Boot on first (see HP-SECUREBOOT).</source>
        <translation>Con el arranque seguro desactivado, la actualización falla (evento 1796); active primero el arranque seguro (consulte HP-SECUREBOOT).</translation>
    </message>
    <message>
        <source>set</source>
        <translation>definido</translation>
    </message>
    <message>
        <source>The certificate update failed (UEFICA2023Error %1, event %2)</source>
        <translation>La actualización de certificados falló (UEFICA2023Error %1, evento %2)</translation>
    </message>
    <message>
        <source>The certificate update failed (UEFICA2023Error %1)</source>
        <translation>La actualización de certificados falló (UEFICA2023Error %1)</translation>
    </message>
    <message>
        <source>The update was started but the firmware or Windows reported an error; see the event (1795: the firmware refused the variable write, often fixed by a firmware update from the device maker).</source>
        <translation>La actualización se inició, pero el firmware o Windows notificó un error; consulte el evento (1795: el firmware rechazó la escritura de la variable, algo que suele corregir una actualización de firmware del fabricante del dispositivo).</translation>
    </message>
    <message>
        <source>Update the device firmware (BIOS/UEFI) from the maker, then let the Secure-Boot-Update task retry; &apos;hotpatch-ready-cli secureboot verify&apos; reads the result.</source>
        <translation>Actualice el firmware del dispositivo (BIOS/UEFI) con la versión del fabricante y después deje que la tarea Secure-Boot-Update lo reintente; «hotpatch-ready-cli secureboot verify» lee el resultado.</translation>
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
        <translation>el administrador de arranque firmado por Windows UEFI CA 2023</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A list of items: %1 the items so far, %2 the next one.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The 2023 certificates are in place and the 2023-signed boot manager starts</source>
        <translation>Los certificados de 2023 están instalados y se inicia el administrador de arranque firmado con el certificado de 2023</translation>
    </message>
    <message>
        <source>DB and KEK hold the 2023 certificates; boot-level security updates keep coming after the 2011 certificates&apos; expiry.</source>
        <translation>DB y KEK contienen los certificados de 2023; las actualizaciones de seguridad a nivel de arranque siguen llegando tras la caducidad de los certificados de 2011.</translation>
    </message>
    <message>
        <source>Windows reports the update as done (UEFICA2023Status=Updated, WindowsUEFICA2023Capable=2); the firmware databases could not be read to confirm it (%1).</source>
        <translation>Windows informa de que la actualización se completó (UEFICA2023Status=Updated, WindowsUEFICA2023Capable=2); no se pudieron leer las bases de datos del firmware para confirmarlo (%1).</translation>
    </message>
    <message>
        <source>The Secure Boot certificates could not be read</source>
        <translation>No se pudieron leer los certificados de arranque seguro</translation>
    </message>
    <message>
        <source>The Secure Boot databases</source>
        <translation>el contenido de las bases de datos del arranque seguro</translation>
    </message>
    <message>
        <source>This never changes the hotpatch verdict.</source>
        <translation>Esto nunca cambia el veredicto de hotpatch.</translation>
    </message>
    <message>
        <source>The update has started (%1); the KEK step waits for a PK-signed KEK from the device maker (event 1803).</source>
        <extracomment>%1: the registry value that shows it, e.g. &quot;AvailableUpdates 0x4100&quot;.</extracomment>
        <translation>La actualización ha comenzado (%1); el paso de la KEK espera una KEK firmada con la PK, proporcionada por el fabricante del dispositivo (evento 1803).</translation>
    </message>
    <message>
        <source>The update has started (%1); one or more restarts are still needed to finish it.</source>
        <translation>La actualización ha comenzado (%1); todavía se necesitan uno o más reinicios para completarla.</translation>
    </message>
    <message>
        <source>Certificate update in progress: still missing %1</source>
        <translation>Actualización de certificados en curso; aún sin instalar: %1</translation>
    </message>
    <message>
        <source>Ask the device maker for a PK-signed KEK (firmware update); the task retries every 12 hours.</source>
        <translation>Solicite al fabricante del dispositivo una KEK firmada con la PK (actualización de firmware); la tarea lo reintenta cada 12 horas.</translation>
    </message>
    <message>
        <source>Restart the device (more than once may be needed), then &apos;hotpatch-ready-cli secureboot verify&apos;.</source>
        <translation>Reinicie el dispositivo (puede ser necesario más de una vez) y después ejecute «hotpatch-ready-cli secureboot verify».</translation>
    </message>
    <message>
        <source>Still on the 2011 Secure Boot certificates: missing %1</source>
        <translation>Todavía con los certificados de arranque seguro de 2011; sin instalar: %1</translation>
    </message>
    <message>
        <source>January %1</source>
        <translation>enero de %1</translation>
    </message>
    <message>
        <source>February %1</source>
        <translation>febrero de %1</translation>
    </message>
    <message>
        <source>March %1</source>
        <translation>marzo de %1</translation>
    </message>
    <message>
        <source>April %1</source>
        <translation>abril de %1</translation>
    </message>
    <message>
        <source>May %1</source>
        <translation>mayo de %1</translation>
    </message>
    <message>
        <source>June %1</source>
        <translation>junio de %1</translation>
    </message>
    <message>
        <source>July %1</source>
        <translation>julio de %1</translation>
    </message>
    <message>
        <source>August %1</source>
        <translation>agosto de %1</translation>
    </message>
    <message>
        <source>September %1</source>
        <translation>septiembre de %1</translation>
    </message>
    <message>
        <source>October %1</source>
        <translation>octubre de %1</translation>
    </message>
    <message>
        <source>November %1</source>
        <translation>noviembre de %1</translation>
    </message>
    <message>
        <source>December %1</source>
        <translation>diciembre de %1</translation>
    </message>
    <message>
        <source>Build %1 (%2) is on no hotpatch track in the release table dated %3.</source>
        <translation>La compilación %1 (%2) no está en ninguna pista de hotpatch de la tabla de versiones del %3.</translation>
    </message>
    <message>
        <source>The release table has no baseline for this track on or before %1.</source>
        <translation>La tabla de versiones no tiene ninguna línea base para esta pista el %1 o antes.</translation>
    </message>
    <message>
        <source>Build %1 is on or after the latest baseline in the table, %2 %3 (%4).</source>
        <extracomment>%1 the device&apos;s build, %2 the baseline&apos;s month (YYYY-MM), %3 the baseline&apos;s build, %4 its KB.</extracomment>
        <translation>La compilación %1 está en la última línea base de la tabla o es posterior: %2 %3 (%4).</translation>
    </message>
    <message>
        <source>Build %1 is older than the latest baseline, %2 %3 (%4).</source>
        <extracomment>%1 the device&apos;s build, %2 the baseline&apos;s month (YYYY-MM), %3 the baseline&apos;s build, %4 its KB.</extracomment>
        <translation>La compilación %1 es anterior a la última línea base: %2 %3 (%4).</translation>
    </message>
    <message>
        <source>An apply did not finish (%1); run &apos;rollback&apos; to restore the prior values.</source>
        <translation>Una aplicación no terminó (%1); ejecute «rollback» para restaurar los valores anteriores.</translation>
    </message>
    <message>
        <source>The changes were rolled back (%1); the device is as before.</source>
        <translation>Los cambios se revirtieron (%1); el dispositivo está como antes.</translation>
    </message>
    <message>
        <source>Verified ready at %1 (see %2).</source>
        <translation>Comprobado como listo el %1 (consulte %2).</translation>
    </message>
    <message>
        <source>Verification failed at %1 (see %2).</source>
        <translation>La comprobación falló el %1 (consulte %2).</translation>
    </message>
    <message>
        <source>Fixes applied (%1 value(s)), waiting for the restart scheduled at %2 UTC; verification runs after it.</source>
        <translation>Correcciones aplicadas (%1 valor(es)), a la espera del reinicio programado a las %2 UTC; la comprobación se ejecuta después.</translation>
    </message>
    <message>
        <source>No changes, waiting for the restart scheduled at %1 UTC; verification runs after it.</source>
        <translation>Sin cambios, a la espera del reinicio programado a las %1 UTC; la comprobación se ejecuta después.</translation>
    </message>
    <message>
        <source>Fixes applied (%1 value(s)); no restart scheduled yet: run &apos;schedule-reboot&apos;.</source>
        <translation>Correcciones aplicadas (%1 valor(es)); todavía no hay ningún reinicio programado: ejecute «schedule-reboot».</translation>
    </message>
    <message>
        <source>Nothing has been changed or scheduled on this device by this tool (state folder %1).</source>
        <translation>Esta herramienta no ha cambiado ni programado nada en este dispositivo (carpeta de estado %1).</translation>
    </message>
    <message>
        <source>AvailableUpdates cannot be read (%1)</source>
        <translation>no se puede leer AvailableUpdates (%1)</translation>
    </message>
    <message>
        <source>the device boots in legacy BIOS mode: there are no Secure Boot certificates to update</source>
        <translation>el dispositivo arranca en modo BIOS heredado: no hay certificados de arranque seguro que actualizar</translation>
    </message>
    <message>
        <source>the firmware type is unknown (%1)</source>
        <translation>el tipo de firmware es desconocido (%1)</translation>
    </message>
    <message>
        <source>the Secure Boot state is unknown (%1)</source>
        <translation>el estado del arranque seguro es desconocido (%1)</translation>
    </message>
    <message>
        <source>Secure Boot is off: the update runs only with Secure Boot on (it would fail with event 1796)</source>
        <translation>el arranque seguro está desactivado: la actualización solo se ejecuta con el arranque seguro activado (fallaría con el evento 1796)</translation>
    </message>
    <message>
        <source>Secure Boot is unsupported: the update runs only with Secure Boot on (it would fail with event 1796)</source>
        <translation>el arranque seguro no es compatible: la actualización solo se ejecuta con el arranque seguro activado (fallaría con el evento 1796)</translation>
    </message>
    <message>
        <source>Secure Boot is %1: the update runs only with Secure Boot on (it would fail with event 1796)</source>
        <translation>el arranque seguro está %1: la actualización solo se ejecuta con el arranque seguro activado (fallaría con el evento 1796)</translation>
    </message>
    <message>
        <source>not running as administrator: the update writes under HKLM and BitLocker must be checked first (run elevated)</source>
        <translation>no se ejecuta como administrador: la actualización escribe en HKLM y primero hay que comprobar BitLocker (ejecute con privilegios elevados)</translation>
    </message>
    <message>
        <source>the BitLocker state could not be read (%1); it must be known before firmware variables change (run as administrator)</source>
        <translation>no se pudo leer el estado de BitLocker (%1); debe conocerse antes de que cambien las variables del firmware (ejecute como administrador)</translation>
    </message>
    <message>
        <source>%1; install the latest cumulative update first</source>
        <translation>%1; instale primero la última actualización acumulativa</translation>
    </message>
    <message>
        <source>Evidence files: %1 file(s) from %2</source>
        <translation>Archivos de evidencias: %1 archivo(s) de %2</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>leído: %1</translation>
    </message>
    <message>
        <source>disagreement: %1</source>
        <translation>discrepancia: %1</translation>
    </message>
    <message>
        <source>not understood: %1</source>
        <translation>no entendido: %1</translation>
    </message>
    <message>
        <source>Simulated device %1 (profile %2)</source>
        <translation>Dispositivo simulado %1 (perfil %2)</translation>
    </message>
    <message>
        <source>This computer (running under Wine)</source>
        <translation>Este equipo (ejecutándose en Wine)</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>%1: %2 says %3, %4 says %5</source>
        <extracomment>%1 a fact ID or registry value, %2 and %4 a file and line, %3 and %5 the values they state.</extracomment>
        <translation>%1: %2 indica %3, %4 indica %5</translation>
    </message>
    <message>
        <source>%1:%2: %3 value &apos;%4&apos; not understood; the fact stays unknown</source>
        <extracomment>%1 a file, %2 a line number, %3 the label in the file, %4 its value.</extracomment>
        <translation>%1:%2: no se entendió el valor «%4» de %3; el dato queda desconocido</translation>
    </message>
    <message>
        <source>%1: %2, %3 fact line(s)</source>
        <translation>%1: %2, %3 línea(s) con datos</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4 fact line(s)</source>
        <translation>%1: %2, %3, %4 línea(s) con datos</translation>
    </message>
    <message>
        <source>The %1 edition is eligible</source>
        <translation>La edición %1 es apta</translation>
    </message>
    <message>
        <source>The Home edition (%1) cannot receive hotpatch updates</source>
        <translation>La edición Home (%1) no puede recibir actualizaciones hotpatch</translation>
    </message>
    <message>
        <source>A static check of the kernel drivers&apos; files found what memory integrity does not allow: %1. Windows Security&apos;s own scan decides (Device security &gt; Core isolation details &gt; Review incompatible drivers); update or remove these drivers before the restart, or leave memory integrity off.</source>
        <extracomment>%1: &quot;file.sys: what breaks the rules&quot;, one or more, as the engine words them (English).</extracomment>
        <translation>Una comprobación estática de los archivos de los controladores del kernel encontró lo que la integridad de memoria no permite: %1. Decide el examen de Seguridad de Windows (Seguridad del dispositivo &gt; Detalles de aislamiento del núcleo &gt; Revisar controladores incompatibles); actualice o quite estos controladores antes del reinicio, o deje desactivada la integridad de memoria.</translation>
    </message>
    <message>
        <source>The kernel drivers&apos; files could not be checked for memory integrity (%1).</source>
        <translation>No se pudieron comprobar los archivos de los controladores del kernel para la integridad de memoria (%1).</translation>
    </message>
    <message>
        <source>memory integrity is running. Windows does not load a driver that breaks its rules; the static check named %1. If a device stopped working, update its driver, or see event 3111 in the CodeIntegrity Operational log.</source>
        <translation>la integridad de memoria se está ejecutando. Windows no carga un controlador que incumple sus reglas; la comprobación estática señaló %1. Si un dispositivo dejó de funcionar, actualice su controlador o consulte el evento 3111 del registro CodeIntegrity/Operational.</translation>
    </message>
    <message>
        <source>The static check of the drivers&apos; files named %1.</source>
        <translation>La comprobación estática de los archivos de los controladores señaló %1.</translation>
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
        <translation>Prepara un dispositivo Windows 11 para hotpatch: detectar, explicar, corregir con un único conjunto de cambios registrado en el diario y un solo reinicio, verificar.</translation>
    </message>
    <message>
        <source>Preselects a training profile (a simulated device shipped with the app).</source>
        <translation>Preselecciona un perfil de formación (un dispositivo simulado incluido con la aplicación).</translation>
    </message>
    <message>
        <source>The state folder (default: a per-user folder).</source>
        <translation>La carpeta de estado (predeterminada: una carpeta por usuario).</translation>
    </message>
    <message>
        <source>Judges the release table as of this date (YYYY-MM-DD; default: today).</source>
        <translation>Evalúa la tabla de versiones a esta fecha (AAAA-MM-DD; predeterminada: hoy).</translation>
    </message>
    <message>
        <source>Opens the fleet dashboard instead of the wizard.</source>
        <translation>Abre el panel de la flota en lugar del asistente.</translation>
    </message>
    <message>
        <source>The dashboard&apos;s fleet store: an SQLite file or a postgresql:// URI (default: fleet.sqlite in the state folder of hotpatch-ready-cli).</source>
        <translation>El almacén de la flota del panel: un archivo SQLite o un URI postgresql:// (predeterminado: fleet.sqlite en la carpeta de estado de hotpatch-ready-cli).</translation>
    </message>
    <message>
        <source>The device: sim:NAME (training), evidence:FILE-OR-FOLDER (offline evidence) or local (this PC, Windows only).</source>
        <translation>El dispositivo: sim:NOMBRE (formación), evidence:ARCHIVO-O-CARPETA (evidencias sin conexión) o local (este PC, solo Windows).</translation>
    </message>
    <message>
        <source>Opens on the verification after the restart (what the restart runs when the cycle was started here); needs --device and --state-dir.</source>
        <translation>Abre la verificación después del reinicio (lo que ejecuta el reinicio cuando el ciclo empezó aquí); requiere --device y --state-dir.</translation>
    </message>
    <message>
        <source>The language of this run: %1 (default: the admin policy, the choice saved in the wizard, else the system language).</source>
        <translation>El idioma de esta ejecución: %1 (predeterminado: la directiva de administración, lo elegido en el asistente o, si no, el idioma del sistema).</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot; for --language (use one of %2).</source>
        <translation>Idioma &quot;%1&quot; desconocido para --language (use uno de %2).</translation>
    </message>
    <message>
        <source>This build has no fleet dashboard (it needs Qt 6 Charts and the fleet store).</source>
        <translation>Esta compilación no tiene panel de la flota (necesita Qt 6 Charts y el almacén de la flota).</translation>
    </message>
    <message>
        <source>Give either --profile or --device, not both.</source>
        <translation>Indique --profile o --device, no ambos.</translation>
    </message>
    <message>
        <source>There is no training profile named &quot;%1&quot;.</source>
        <translation>No hay ningún perfil de formación llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown device &quot;%1&quot; (use sim:NAME, evidence:FILE-OR-FOLDER or local).</source>
        <translation>Dispositivo &quot;%1&quot; desconocido (use sim:NOMBRE, evidence:ARCHIVO-O-CARPETA o local).</translation>
    </message>
    <message>
        <source>--verify needs --device and --state-dir: the device and the state folder of the cycle to verify.</source>
        <translation>--verify requiere --device y --state-dir: el dispositivo y la carpeta de estado del ciclo que se va a verificar.</translation>
    </message>
    <message>
        <source>Evidence files cannot be verified after a restart: nothing was changed on them.</source>
        <translation>Los archivos de evidencias no se pueden verificar después de un reinicio: no se cambió nada en ellos.</translation>
    </message>
</context>
</TS>
