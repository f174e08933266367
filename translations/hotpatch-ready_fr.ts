<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ApplyPage</name>
    <message>
        <source>&amp;Undo (rollback)</source>
        <translation>Ann&amp;uler (restauration)</translation>
    </message>
    <message>
        <source>Applying the changes</source>
        <translation>Application des modifications</translation>
    </message>
    <message>
        <source>The prior value of every entry is journaled durably before the first write.</source>
        <translation>La valeur précédente de chaque entrée est enregistrée durablement dans le journal avant la première écriture.</translation>
    </message>
    <message>
        <source>Apply progress</source>
        <translation>Progression de l&apos;application</translation>
    </message>
    <message>
        <source>Apply result</source>
        <translation>Résultat de l&apos;application</translation>
    </message>
    <message>
        <source>Values written</source>
        <translation>Valeurs écrites</translation>
    </message>
    <message>
        <source>Key (HKLM)</source>
        <translation>Clé (HKLM)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>&amp;Written (before -&gt; after):</source>
        <translation>&amp;Écrit (avant -&gt; après) :</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Undo the changes (rollback)</source>
        <translation>Annuler les modifications (restauration)</translation>
    </message>
    <message>
        <source>Writing the changes...</source>
        <translation>Écriture des modifications...</translation>
    </message>
    <message>
        <source>The apply failed. %1</source>
        <translation>L&apos;application a échoué. %1</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Journal : %1</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n change(s). They take effect at the next restart.</source>
        <translation>
            <numerusform>%n modification appliquée. Elle prendra effet au prochain redémarrage.</numerusform>
            <numerusform>%n modifications appliquées. Elles prendront effet au prochain redémarrage.</numerusform>
        </translation>
    </message>
    <message>
        <source>The prior values are journaled in %1; Undo restores them exactly.</source>
        <translation>Les valeurs précédentes sont enregistrées dans %1 ; Annuler les restaure à l&apos;identique.</translation>
    </message>
    <message>
        <source>Nothing to change: the device already has the planned values.</source>
        <translation>Rien à modifier : l&apos;appareil a déjà les valeurs prévues.</translation>
    </message>
    <message>
        <source>Refused: something this tool cannot fix blocks the device. Nothing was changed.</source>
        <translation>Refusé : un élément que cet outil ne peut pas corriger bloque l&apos;appareil. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Restoring the prior values...</source>
        <translation>Restauration des valeurs précédentes...</translation>
    </message>
    <message>
        <source>The rollback failed. %1</source>
        <translation>La restauration a échoué. %1</translation>
    </message>
    <message>
        <source>Nothing to undo: no change of this tool is in place.</source>
        <translation>Rien à annuler : aucune modification de cet outil n&apos;est en place.</translation>
    </message>
    <message numerus="yes">
        <source>Rolled back: %n value(s) restored to their prior state. The device is as before.</source>
        <translation>
            <numerusform>Restauration effectuée : %n valeur remise à son état précédent. L&apos;appareil est comme avant.</numerusform>
            <numerusform>Restauration effectuée : %n valeurs remises à leur état précédent. L&apos;appareil est comme avant.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetectPage</name>
    <message>
        <source>&amp;Stop waiting</source>
        <translation>&amp;Arrêter d&apos;attendre</translation>
    </message>
    <message>
        <source>&amp;Detect again</source>
        <translation>&amp;Détecter à nouveau</translation>
    </message>
    <message>
        <source>Detecting</source>
        <translation>Détection</translation>
    </message>
    <message>
        <source>Reading the edition, build, firmware, virtualization-based security, management and pending restarts. Facts that cannot be read are kept as unknown, with the reason.</source>
        <translation>Lecture de l&apos;édition, de la build, du microprogramme, de la sécurité basée sur la virtualisation, de la gestion et des redémarrages en attente. Les informations illisibles restent inconnues, avec leur raison.</translation>
    </message>
    <message>
        <source>Detection progress</source>
        <translation>Progression de la détection</translation>
    </message>
    <message>
        <source>Stop waiting for the detection</source>
        <translation>Ne plus attendre la détection</translation>
    </message>
    <message>
        <source>Detect again</source>
        <translation>Détecter à nouveau</translation>
    </message>
    <message>
        <source>Detection result</source>
        <translation>Résultat de la détection</translation>
    </message>
    <message>
        <source>Verifying after the restart</source>
        <translation>Vérification après le redémarrage</translation>
    </message>
    <message>
        <source>The restart happened. Reading the device again and comparing it with the state before the changes.</source>
        <translation>Le redémarrage a eu lieu. L&apos;appareil est relu et comparé à son état avant les modifications.</translation>
    </message>
    <message>
        <source>Verifying %1...</source>
        <translation>Vérification de %1...</translation>
    </message>
    <message>
        <source>Reading the evidence files in %1...</source>
        <translation>Lecture des fichiers d&apos;éléments dans %1...</translation>
    </message>
    <message>
        <source>Detecting the simulated device &quot;%1&quot;...</source>
        <translation>Détection de l&apos;appareil simulé « %1 »...</translation>
    </message>
    <message>
        <source>Detecting this device...</source>
        <translation>Détection de cet appareil...</translation>
    </message>
    <message>
        <source>Stopped waiting. Detect again, or go back and choose another device.</source>
        <translation>Attente arrêtée. Relancez la détection, ou revenez en arrière et choisissez un autre appareil.</translation>
    </message>
    <message>
        <source>The device could not be detected. %1</source>
        <translation>Impossible de détecter l&apos;appareil. %1</translation>
    </message>
    <message>
        <source>Detected: %1.</source>
        <translation>Détecté : %1.</translation>
    </message>
</context>
<context>
    <name>FleetDashboard</name>
    <message>
        <source>Hotpatch Ready: fleet dashboard</source>
        <translation>Hotpatch Ready : tableau de bord du parc</translation>
    </message>
    <message>
        <source>Host name, model or serial</source>
        <translation>Nom d&apos;hôte, modèle ou numéro de série</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>Tous les verdicts</translation>
    </message>
    <message>
        <source>All architectures</source>
        <translation>Toutes les architectures</translation>
    </message>
    <message>
        <source>All builds</source>
        <translation>Toutes les builds</translation>
    </message>
    <message>
        <source>All rings</source>
        <translation>Tous les anneaux</translation>
    </message>
    <message>
        <source>All blocker categories</source>
        <translation>Toutes les catégories de blocage</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>No store loaded.</source>
        <translation>Aucune base chargée.</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Verdicts</translation>
    </message>
    <message>
        <source>Top blockers (devices)</source>
        <translation>Principaux blocages (appareils)</translation>
    </message>
    <message>
        <source>Readiness by architecture</source>
        <translation>Préparation par architecture</translation>
    </message>
    <message>
        <source>Readiness by build (baseline)</source>
        <translation>Préparation par build (référence)</translation>
    </message>
    <message>
        <source>Devices ready over time (%)</source>
        <translation>Appareils prêts au fil du temps (%)</translation>
    </message>
    <message>
        <source>Pilot-ring progress</source>
        <translation>Progression des anneaux pilotes</translation>
    </message>
    <message>
        <source>The fleet store could not be read: %1</source>
        <translation>Impossible de lire la base du parc : %1</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Export the shown devices</source>
        <translation>Exporter les appareils affichés</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The devices could not be exported: %1</source>
        <translation>Impossible d&apos;exporter les appareils : %1</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (actuelle)</translation>
    </message>
    <message>
        <source>%1 (behind)</source>
        <translation>%1 (en retard)</translation>
    </message>
    <message>
        <source>Reading the fleet store</source>
        <translation>Lecture de la base du parc</translation>
    </message>
    <message>
        <source>Reading the fleet store %1…</source>
        <translation>Lecture de la base du parc %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n device(s) shown (latest report of each) from %2</source>
        <translation>
            <numerusform>%1 appareil sur %n affiché (dernier rapport de chacun) depuis %2</numerusform>
            <numerusform>%1 appareils sur %n affichés (dernier rapport de chacun) depuis %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) exported to %1</source>
        <translation>
            <numerusform>%n appareil exporté vers %1</numerusform>
            <numerusform>%n appareils exportés vers %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetTableModel</name>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Ready after fixes</source>
        <translation>Prêt après corrections</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Undetermined</source>
        <translation>Indéterminé</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Nom d&apos;hôte</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation>Blocages</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Anneau</translation>
    </message>
    <message>
        <source>Last report (UTC)</source>
        <translation>Dernier rapport (UTC)</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>C&amp;opy all</source>
        <translation>C&amp;opier tout</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Hotpatch Ready log</source>
        <translation>Journal de Hotpatch Ready</translation>
    </message>
    <message>
        <source>&amp;Log of this session (newest at the bottom):</source>
        <translation>&amp;Journal de cette session (le plus récent en bas) :</translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation>Lignes du journal</translation>
    </message>
    <message>
        <source>Every step the wizard took in this session, with its time and level.</source>
        <translation>Chaque étape de l&apos;assistant dans cette session, avec son heure et son niveau.</translation>
    </message>
    <message>
        <source>Copy the whole log to the clipboard</source>
        <translation>Copier tout le journal dans le Presse-papiers</translation>
    </message>
    <message>
        <source>Close the log panel</source>
        <translation>Fermer le panneau du journal</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>only a simulated device can be restarted from here</source>
        <translation>seul un appareil simulé peut être redémarré d&apos;ici</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Require &amp;DMA protection (RequirePlatformSecurityFeatures=3)</source>
        <translation>Exiger la protection &amp;DMA (RequirePlatformSecurityFeatures=3)</translation>
    </message>
    <message>
        <source>Also turn on &amp;memory integrity</source>
        <translation>Activer aussi l&apos;&amp;intégrité de la mémoire</translation>
    </message>
    <message>
        <source>I have &amp;read the changes above</source>
        <translation>J&apos;ai &amp;lu les modifications ci-dessus</translation>
    </message>
    <message>
        <source>Fix plan</source>
        <translation>Plan de correction</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. Every value below is journaled before it is written, and Undo restores exactly what was there.</source>
        <translation>Rien n&apos;a encore été modifié. Chaque valeur ci-dessous est enregistrée dans le journal avant d&apos;être écrite, et Annuler restaure exactement ce qui était là.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Registry changes</source>
        <translation>Modifications du Registre</translation>
    </message>
    <message>
        <source>Key (HKLM)</source>
        <translation>Clé (HKLM)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>&amp;Changes:</source>
        <translation>&amp;Modifications :</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Redémarrage</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Manual steps</source>
        <translation>Étapes manuelles</translation>
    </message>
    <message>
        <source>Manual steps (this tool cannot do these):</source>
        <translation>Étapes manuelles (cet outil ne peut pas les effectuer) :</translation>
    </message>
    <message>
        <source>Require DMA protection</source>
        <translation>Exiger la protection DMA</translation>
    </message>
    <message>
        <source>Asks for Secure Boot and DMA protection; only possible when Windows reports DMA protection on this device.</source>
        <translation>Demande le démarrage sécurisé et la protection DMA ; possible uniquement si Windows signale la protection DMA sur cet appareil.</translation>
    </message>
    <message>
        <source>Also turn on memory integrity</source>
        <translation>Activer aussi l&apos;intégrité de la mémoire</translation>
    </message>
    <message>
        <source>Hypervisor-enforced code integrity. Incompatible drivers stop it from starting; hotpatch does not need it.</source>
        <translation>Intégrité du code protégée par l&apos;hyperviseur. Des pilotes incompatibles l&apos;empêchent de démarrer ; le hotpatch n&apos;en a pas besoin.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Why apply is not available</source>
        <translation>Pourquoi l&apos;application n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>I have read the changes above</source>
        <translation>J&apos;ai lu les modifications ci-dessus</translation>
    </message>
    <message>
        <source>&lt;b&gt;Method:&lt;/b&gt; %1 &amp;mdash; %2</source>
        <translation>&lt;b&gt;Méthode :&lt;/b&gt; %1 &amp;mdash; %2</translation>
    </message>
    <message>
        <source>local policy</source>
        <translation>stratégie locale</translation>
    </message>
    <message>
        <source>registry</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>No change: nothing on this device needs to be changed by this tool.</source>
        <translation>Aucune modification : rien sur cet appareil ne doit être modifié par cet outil.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Restart needed:&lt;/b&gt; yes, once &amp;mdash; %1.</source>
        <translation>&lt;b&gt;Redémarrage nécessaire :&lt;/b&gt; oui, une fois &amp;mdash; %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Restart needed:&lt;/b&gt; no.</source>
        <translation>&lt;b&gt;Redémarrage nécessaire :&lt;/b&gt; non.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Apply is not available: this device is blocked by %1. Do the manual steps first, then run the wizard again.</source>
        <translation>Application impossible : cet appareil est bloqué par %1. Effectuez d&apos;abord les étapes manuelles, puis relancez l&apos;assistant.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>&amp;Apply changes</source>
        <translation>&amp;Appliquer les modifications</translation>
    </message>
    <message>
        <source>Apply is not available: your IT department allows only assessment on this device (admin policy AssessOnly=1, %1). Save the report and send it to whoever manages the device.</source>
        <translation>Application impossible : votre service informatique n&apos;autorise que l&apos;évaluation sur cet appareil (stratégie d&apos;administration AssessOnly=1, %1). Enregistrez le rapport et envoyez-le à la personne qui gère l&apos;appareil.</translation>
    </message>
    <message>
        <source>Apply is not available: the simulated session is not elevated, and changing these values needs administrator rights (Windows answers &quot;access denied&quot;). On a real device, close the app and start it again with &quot;Run as administrator&quot;.</source>
        <translation>Application impossible : la session simulée n&apos;est pas élevée, et la modification de ces valeurs nécessite des droits d&apos;administrateur (Windows répond « accès refusé »). Sur un appareil réel, fermez l&apos;application et relancez-la avec « Exécuter en tant qu&apos;administrateur ».</translation>
    </message>
    <message>
        <source>Apply is not available: this app is not elevated, and changing these values needs administrator rights. Close the app and start it again with &quot;Run as administrator&quot; (right-click Hotpatch Ready); this plan is what it will then show.</source>
        <translation>Application impossible : cette application n&apos;est pas élevée, et la modification de ces valeurs nécessite des droits d&apos;administrateur. Fermez l&apos;application et relancez-la avec « Exécuter en tant qu&apos;administrateur » (clic droit sur Hotpatch Ready) ; elle affichera alors ce plan.</translation>
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
        <translation>Assistant Hotpatch Ready</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Apply changes</source>
        <translation>Appliquer les modifications</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>Ab&amp;out</source>
        <translation>À pr&amp;opos</translation>
    </message>
    <message>
        <source>Show or hide the log (Ctrl+L)</source>
        <translation>Afficher ou masquer le journal (Ctrl+L)</translation>
    </message>
    <message>
        <source>About Hotpatch Ready</source>
        <translation>À propos de Hotpatch Ready</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>No log file is open (the log folder could not be written): the log panel (Ctrl+L) shows this session&apos;s lines.</source>
        <translation>Aucun fichier journal ouvert (le dossier des journaux n&apos;est pas accessible en écriture) : le panneau du journal (Ctrl+L) affiche les lignes de cette session.</translation>
    </message>
    <message>
        <source>Log file: %1
The log panel (Ctrl+L) shows this session&apos;s lines.</source>
        <translation>Fichier journal : %1
Le panneau du journal (Ctrl+L) affiche les lignes de cette session.</translation>
    </message>
    <message>
        <source>Hotpatch Ready %1

Makes Windows 11 devices ready for hotpatch: detect, explain, fix with one journaled change set and one restart, verify, report.

Release table: %2 (sources as of %3).
%4</source>
        <translation>Hotpatch Ready %1

Prépare les appareils Windows 11 au hotpatch : détecter, expliquer, corriger avec un seul ensemble de modifications journalisé et un seul redémarrage, vérifier, rendre compte.

Table des versions : %2 (sources à jour au %3).
%4</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>cannot write %1 (%2)</source>
        <translation>impossible d&apos;écrire %1 (%2)</translation>
    </message>
    <message>
        <source>Save JSON &amp;report...</source>
        <translation>Enregistrer le &amp;rapport JSON...</translation>
    </message>
    <message>
        <source>Save &amp;HTML report...</source>
        <translation>Enregistrer le rapport &amp;HTML...</translation>
    </message>
    <message>
        <source>Save P&amp;DF report...</source>
        <translation>Enregistrer le rapport P&amp;DF...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Imprimer...</translation>
    </message>
    <message>
        <source>Save &amp;verification...</source>
        <translation>Enregistrer la &amp;vérification...</translation>
    </message>
    <message>
        <source>&amp;Copy summary</source>
        <translation>&amp;Copier le résumé</translation>
    </message>
    <message>
        <source>Op&amp;en folder</source>
        <translation>Ouvrir le dossi&amp;er</translation>
    </message>
    <message>
        <source>Verify and report</source>
        <translation>Vérifier et rendre compte</translation>
    </message>
    <message>
        <source>What this report shows</source>
        <translation>Ce que montre ce rapport</translation>
    </message>
    <message>
        <source>System Summary before and after the restart</source>
        <translation>Résumé système avant et après le redémarrage</translation>
    </message>
    <message>
        <source>System Summary item (msinfo32)</source>
        <translation>Élément du Résumé système (msinfo32)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Changes and next steps</source>
        <translation>Modifications et prochaines étapes</translation>
    </message>
    <message>
        <source>Save the JSON report</source>
        <translation>Enregistrer le rapport JSON</translation>
    </message>
    <message>
        <source>The versioned report for tickets and the fleet store.</source>
        <translation>Le rapport versionné pour les tickets et la base du parc.</translation>
    </message>
    <message>
        <source>Save the HTML report</source>
        <translation>Enregistrer le rapport HTML</translation>
    </message>
    <message>
        <source>One printable page that opens in any browser, with nothing to fetch.</source>
        <translation>Une page imprimable qui s&apos;ouvre dans n&apos;importe quel navigateur, sans rien télécharger.</translation>
    </message>
    <message>
        <source>Save the PDF report</source>
        <translation>Enregistrer le rapport PDF</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <source>Save the verification (JSON)</source>
        <translation>Enregistrer la vérification (JSON)</translation>
    </message>
    <message>
        <source>Copy the summary to the clipboard</source>
        <translation>Copier le résumé dans le Presse-papiers</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Opens the folder of the last saved report, or the state folder before anything was saved.</source>
        <translation>Ouvre le dossier du dernier rapport enregistré, ou le dossier d&apos;état tant que rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>État du rapport</translation>
    </message>
    <message>
        <source>The verification that ran after the restart, saved in the state folder.</source>
        <translation>La vérification exécutée après le redémarrage, enregistrée dans le dossier d&apos;état.</translation>
    </message>
    <message>
        <source>Verified after the restart: the device is ready for hotpatch.</source>
        <translation>Vérifié après le redémarrage : l&apos;appareil est prêt pour le hotpatch.</translation>
    </message>
    <message>
        <source>Verified after the restart: the device is not ready yet.</source>
        <translation>Vérifié après le redémarrage : l&apos;appareil n&apos;est pas encore prêt.</translation>
    </message>
    <message>
        <source>Before the fix the verdict was: %1.</source>
        <translation>Avant la correction, le verdict était : %1.</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(non enregistré)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>Changes made by this tool</source>
        <translation>Modifications apportées par cet outil</translation>
    </message>
    <message>
        <source>Took effect:</source>
        <translation>Appliquées :</translation>
    </message>
    <message>
        <source>NOT in effect:</source>
        <translation>NON appliquées :</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>The assessment of this device. Save it as JSON for the fleet sheet, as HTML or PDF for the ticket, or print it.</source>
        <translation>L&apos;évaluation de cet appareil. Enregistrez-la en JSON pour le suivi du parc, en HTML ou PDF pour le ticket, ou imprimez-la.</translation>
    </message>
    <message>
        <source>Nothing to fix. The licence cannot be checked on the device.</source>
        <translation>Rien à corriger. La licence ne peut pas être vérifiée sur l&apos;appareil.</translation>
    </message>
    <message>
        <source>Offline evidence: this report is all the wizard can do for this device, because nothing can be changed from files. Run Hotpatch Ready on the device itself to fix it with one restart.</source>
        <translation>Éléments hors ligne : ce rapport est tout ce que l&apos;assistant peut faire pour cet appareil, car rien ne peut être modifié à partir de fichiers. Exécutez Hotpatch Ready sur l&apos;appareil lui-même pour le corriger avec un seul redémarrage.</translation>
    </message>
    <message>
        <source>The restart is scheduled; the verification runs by itself after it and is saved in the state folder.</source>
        <translation>Le redémarrage est planifié ; la vérification s&apos;exécute d&apos;elle-même ensuite et est enregistrée dans le dossier d&apos;état.</translation>
    </message>
    <message>
        <source>No restart was verified in this session.</source>
        <translation>Aucun redémarrage n&apos;a été vérifié dans cette session.</translation>
    </message>
    <message>
        <source>Checks that did not pass</source>
        <translation>Vérifications non réussies</translation>
    </message>
    <message>
        <source>Worth knowing</source>
        <translation>Bon à savoir</translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation>Reste à faire</translation>
    </message>
    <message>
        <source>Hotpatch readiness report</source>
        <translation>Rapport de préparation au hotpatch</translation>
    </message>
    <message>
        <source>Hotpatch Ready %1</source>
        <translation>Hotpatch Ready %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation>Fichiers HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the verification</source>
        <translation>Enregistrer la vérification</translation>
    </message>
    <message>
        <source>The report was sent to the printer.</source>
        <translation>Le rapport a été envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>the printer %1 reported an error</source>
        <translation>l&apos;imprimante %1 a signalé une erreur</translation>
    </message>
    <message>
        <source>The summary is on the clipboard.</source>
        <translation>Le résumé est dans le Presse-papiers.</translation>
    </message>
    <message>
        <source>Could not open the folder; its path is: %1</source>
        <translation>Impossible d&apos;ouvrir le dossier ; son chemin est : %1</translation>
    </message>
    <message>
        <source>Your IT department&apos;s copy was saved: %1 (admin policy ReportFolder).</source>
        <translation>La copie pour votre service informatique a été enregistrée : %1 (stratégie d&apos;administration ReportFolder).</translation>
    </message>
    <message>
        <source>Your IT department&apos;s copy was not saved: %1</source>
        <translation>La copie pour votre service informatique n&apos;a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>Copying the report to %1 (admin policy ReportFolder)...</source>
        <translation>Copie du rapport vers %1 (stratégie d&apos;administration ReportFolder)...</translation>
    </message>
</context>
<context>
    <name>RestartPage</name>
    <message>
        <source>&amp;Undo the changes (rollback)</source>
        <translation>Annuler les modifications (&amp;restauration)</translation>
    </message>
    <message>
        <source>No&amp;w (after one minute&apos;s warning)</source>
        <translation>&amp;Maintenant (après une minute d&apos;avertissement)</translation>
    </message>
    <message>
        <source>&amp;In a number of minutes:</source>
        <translation>Dans un &amp;nombre de minutes :</translation>
    </message>
    <message>
        <source>At a &amp;time of day:</source>
        <translation>À une &amp;heure précise :</translation>
    </message>
    <message>
        <source>&amp;Schedule restart</source>
        <translation>Planifier le re&amp;démarrage</translation>
    </message>
    <message>
        <source>&amp;Cancel restart</source>
        <translation>Annuler le redém&amp;arrage</translation>
    </message>
    <message>
        <source>Si&amp;mulate the restart now</source>
        <translation>Simuler le redémarrage maintenan&amp;t</translation>
    </message>
    <message>
        <source>One restart</source>
        <translation>Un seul redémarrage</translation>
    </message>
    <message>
        <source>One restart completes everything that waits for one. The verification is registered to run by itself after it.</source>
        <translation>Un seul redémarrage termine tout ce qui en attend un. La vérification est enregistrée pour s&apos;exécuter d&apos;elle-même ensuite.</translation>
    </message>
    <message>
        <source>Changes waiting for the restart</source>
        <translation>Modifications en attente du redémarrage</translation>
    </message>
    <message>
        <source>Undo the changes (rollback)</source>
        <translation>Annuler les modifications (restauration)</translation>
    </message>
    <message>
        <source>What this restart completes</source>
        <translation>Ce que termine ce redémarrage</translation>
    </message>
    <message>
        <source>What the restart completes</source>
        <translation>Ce que termine le redémarrage</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Restart in a number of minutes</source>
        <translation>Redémarrer dans un nombre de minutes</translation>
    </message>
    <message>
        <source>Minutes until the restart</source>
        <translation>Minutes avant le redémarrage</translation>
    </message>
    <message numerus="yes">
        <source> minute(s)</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> minute</numerusform>
            <numerusform> minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Restart at a time of day</source>
        <translation>Redémarrer à une heure précise</translation>
    </message>
    <message>
        <source>Time of the restart (device time)</source>
        <translation>Heure du redémarrage (heure de l&apos;appareil)</translation>
    </message>
    <message>
        <source>(device time, the next time it comes)</source>
        <translation>(heure de l&apos;appareil, à sa prochaine occurrence)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Message the signed-in user sees</source>
        <translation>Message affiché à l&apos;utilisateur connecté</translation>
    </message>
    <message>
        <source>Message the si&amp;gned-in user sees:</source>
        <translation>Message affiché à l&apos;&amp;utilisateur connecté :</translation>
    </message>
    <message>
        <source>Schedule restart</source>
        <translation>Planifier le redémarrage</translation>
    </message>
    <message>
        <source>Cancel restart</source>
        <translation>Annuler le redémarrage</translation>
    </message>
    <message>
        <source>Simulate the restart now</source>
        <translation>Simuler le redémarrage maintenant</translation>
    </message>
    <message>
        <source>Training only: the simulated device restarts now (its clock moves to the scheduled time), then the registered verification runs.</source>
        <translation>Formation uniquement : l&apos;appareil simulé redémarre maintenant (son horloge passe à l&apos;heure planifiée), puis la vérification enregistrée s&apos;exécute.</translation>
    </message>
    <message>
        <source>Restart status</source>
        <translation>État du redémarrage</translation>
    </message>
    <message>
        <source>Nothing waits for a restart.</source>
        <translation>Rien n&apos;attend de redémarrage.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The restart completes:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Le redémarrage termine :&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Written by this tool:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Écrit par cet outil :&lt;/b&gt;</translation>
    </message>
    <message>
        <source>HKLM\%1\%2: %3 -&gt; %4</source>
        <translation>HKLM\%1\%2 : %3 -&gt; %4</translation>
    </message>
    <message>
        <source>Training: schedule the restart, then simulate it to see the verification.</source>
        <translation>Formation : planifiez le redémarrage, puis simulez-le pour voir la vérification.</translation>
    </message>
    <message>
        <source>Schedule the restart; the verification runs by itself after it.</source>
        <translation>Planifiez le redémarrage ; la vérification s&apos;exécute d&apos;elle-même ensuite.</translation>
    </message>
    <message>
        <source>Hotpatch Ready: this PC restarts at %1 to finish turning on virtualization-based security for hotpatch updates. Please save your work.</source>
        <translation>Hotpatch Ready : ce PC redémarrera à %1 pour finir d&apos;activer la sécurité basée sur la virtualisation pour les mises à jour hotpatch. Enregistrez votre travail.</translation>
    </message>
    <message>
        <source>Scheduling the restart...</source>
        <translation>Planification du redémarrage...</translation>
    </message>
    <message>
        <source>Restart scheduled for %1 (device time; %2 UTC). The signed-in user sees: &quot;%3&quot;</source>
        <translation>Redémarrage planifié à %1 (heure de l&apos;appareil ; %2 UTC). L&apos;utilisateur connecté verra : « %3 »</translation>
    </message>
    <message>
        <source>Cancelling the restart...</source>
        <translation>Annulation du redémarrage...</translation>
    </message>
    <message>
        <source>The restart and the verification after it were cancelled. The changes stay in place and take effect at the next restart, whenever it happens.</source>
        <translation>Le redémarrage et la vérification qui le suit ont été annulés. Les modifications restent en place et prendront effet au prochain redémarrage, quel qu&apos;il soit.</translation>
    </message>
    <message>
        <source>The simulated device is restarting...</source>
        <translation>Redémarrage de l&apos;appareil simulé...</translation>
    </message>
    <message>
        <source>The simulated device restarted (restart number %1), but no verification was registered: schedule the restart first to have it verified.</source>
        <translation>L&apos;appareil simulé a redémarré (redémarrage n° %1), mais aucune vérification n&apos;était enregistrée : planifiez d&apos;abord le redémarrage pour qu&apos;il soit vérifié.</translation>
    </message>
    <message>
        <source>The simulated device restarted and the verification ran.</source>
        <translation>L&apos;appareil simulé a redémarré et la vérification s&apos;est exécutée.</translation>
    </message>
    <message>
        <source>Restoring the prior values...</source>
        <translation>Restauration des valeurs précédentes...</translation>
    </message>
    <message>
        <source>The rollback failed. %1</source>
        <translation>La restauration a échoué. %1</translation>
    </message>
    <message numerus="yes">
        <source>Rolled back: %n value(s) restored to their prior state. The device is as before.</source>
        <translation>
            <numerusform>Restauration effectuée : %n valeur remise à son état précédent. L&apos;appareil est comme avant.</numerusform>
            <numerusform>Restauration effectuée : %n valeurs remises à leur état précédent. L&apos;appareil est comme avant.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scheduled restart was cancelled.</source>
        <translation>Le redémarrage planifié a été annulé.</translation>
    </message>
    <message>
        <source>Your IT department allows restarts only between %1 and %2 device time (admin policy RestartWindow, %3): a time outside it moves to the next start of the window.</source>
        <translation>Votre service informatique n&apos;autorise les redémarrages qu&apos;entre %1 et %2, heure de l&apos;appareil (stratégie d&apos;administration RestartWindow, %3) : une heure en dehors de cette plage est reportée au prochain début de la plage.</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Why VBS is not running</source>
        <translation>Pourquoi VBS ne s&apos;exécute pas</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Every prerequisite with what was found. Select a check to see why, the evidence and where the fix lives.</source>
        <translation>Chaque prérequis avec ce qui a été trouvé. Sélectionnez une vérification pour en voir la raison, les éléments et l&apos;endroit où se fait la correction.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Selected check: explanation, evidence and fix</source>
        <translation>Vérification sélectionnée : explication, éléments et correction</translation>
    </message>
    <message>
        <source>Every prerequisite this tool can see is met. The licence cannot be checked on the device: confirm it in the admin portal.</source>
        <translation>Tous les prérequis visibles par cet outil sont remplis. La licence ne peut pas être vérifiée sur l&apos;appareil : confirmez-la dans le portail d&apos;administration.</translation>
    </message>
    <message>
        <source>Next: the fix plan shows exactly what would change, before anything is written.</source>
        <translation>Ensuite : le plan de correction montre exactement ce qui changerait, avant toute écriture.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Blocked by: %1. The fix plan lists the steps to take elsewhere.</source>
        <translation>Bloqué par : %1. Le plan de correction indique les étapes à effectuer ailleurs.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The checks marked Unknown say which facts are missing and why.</source>
        <translation>Les vérifications marquées Inconnu indiquent quelles informations manquent et pourquoi.</translation>
    </message>
    <message>
        <source>Offline evidence: nothing can be changed from here, so the wizard ends with the report. To fix the device, run Hotpatch Ready on it, as administrator.</source>
        <translation>Éléments hors ligne : rien ne peut être modifié d&apos;ici, l&apos;assistant se termine donc par le rapport. Pour corriger l&apos;appareil, exécutez Hotpatch Ready sur celui-ci, en tant qu&apos;administrateur.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Device:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Appareil :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Assessed&lt;/b&gt; as of %1 with the release table of %2.</source>
        <translation>&lt;b&gt;Évalué&lt;/b&gt; au %1 avec la table des versions du %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Earlier in this state folder:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Précédemment dans ce dossier d&apos;état :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline evidence:&lt;/b&gt; every fact comes from the files sent, with its file and line (select a check to see them); what the files do not state is unknown.</source>
        <translation>&lt;b&gt;Éléments hors ligne :&lt;/b&gt; chaque information provient des fichiers envoyés, avec son fichier et sa ligne (sélectionnez une vérification pour les voir) ; ce que les fichiers n&apos;indiquent pas est inconnu.</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Correction : %1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Where the fix lives:</source>
        <translation>Où se fait la correction :</translation>
    </message>
    <message>
        <source>Secure Boot &amp;certificate update…</source>
        <translation>Mise à jour des &amp;certificats du démarrage sécurisé…</translation>
    </message>
    <message>
        <source>Secure Boot certificate update</source>
        <translation>Mise à jour des certificats du démarrage sécurisé</translation>
    </message>
    <message>
        <source>Opens the optional Secure Boot 2023 certificate update (check HP-SECUREBOOT-CA2023). It is separate from the hotpatch fix and its restart.</source>
        <translation>Ouvre la mise à jour facultative des certificats 2023 du démarrage sécurisé (vérification HP-SECUREBOOT-CA2023). Elle est distincte de la correction hotpatch et de son redémarrage.</translation>
    </message>
</context>
<context>
    <name>SecureBootDialog</name>
    <message>
        <source>Suspend BitLocker for the restarts of this update</source>
        <translation>Suspendre BitLocker pour les redémarrages de cette mise à jour</translation>
    </message>
    <message>
        <source>I understand that this changes the firmware&apos;s Secure Boot databases and needs several restarts of its own.</source>
        <translation>Je comprends que cela modifie les bases de données du démarrage sécurisé du microprogramme et nécessite plusieurs redémarrages qui lui sont propres.</translation>
    </message>
    <message>
        <source>&amp;Start the Secure Boot update</source>
        <translation>&amp;Lancer la mise à jour du démarrage sécurisé</translation>
    </message>
    <message>
        <source>Simulate a &amp;restart</source>
        <translation>Simuler un &amp;redémarrage</translation>
    </message>
    <message>
        <source>&amp;Verify now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <source>Secure Boot 2023 certificates</source>
        <translation>Certificats 2023 du démarrage sécurisé</translation>
    </message>
    <message>
        <source>Secure Boot 2023 certificate update</source>
        <translation>Mise à jour des certificats 2023 du démarrage sécurisé</translation>
    </message>
    <message>
        <source>Microsoft&apos;s Secure Boot certificates from 2011 expired in 2026. Without the 2023 certificates this device keeps starting and receiving normal updates, but no longer receives security fixes for its boot components. This update is separate from the hotpatch fix: it is never part of the hotpatch restart, and hotpatch readiness does not depend on it.</source>
        <translation>Les certificats du démarrage sécurisé de Microsoft datant de 2011 ont expiré en 2026. Sans les certificats de 2023, cet appareil continue de démarrer et de recevoir les mises à jour normales, mais ne reçoit plus de correctifs de sécurité pour ses composants de démarrage. Cette mise à jour est distincte de la correction hotpatch : elle ne fait jamais partie du redémarrage hotpatch, et la préparation au hotpatch n&apos;en dépend pas.</translation>
    </message>
    <message>
        <source>Checking what the update would do on this device…</source>
        <translation>Vérification de ce que la mise à jour ferait sur cet appareil…</translation>
    </message>
    <message>
        <source>Number of restarts BitLocker stays suspended</source>
        <translation>Nombre de redémarrages pendant lesquels BitLocker reste suspendu</translation>
    </message>
    <message>
        <source>Confirm the Secure Boot update</source>
        <translation>Confirmer la mise à jour du démarrage sécurisé</translation>
    </message>
    <message>
        <source>Start the Secure Boot update</source>
        <translation>Lancer la mise à jour du démarrage sécurisé</translation>
    </message>
    <message>
        <source>Simulate a restart</source>
        <translation>Simuler un redémarrage</translation>
    </message>
    <message>
        <source>Verify now</source>
        <translation>Vérifier maintenant</translation>
    </message>
    <message>
        <source>Training only: the simulated device restarts and Windows&apos; Secure Boot update task runs once, as it does after a real restart.</source>
        <translation>Formation uniquement : l&apos;appareil simulé redémarre et la tâche de mise à jour du démarrage sécurisé de Windows s&apos;exécute une fois, comme après un vrai redémarrage.</translation>
    </message>
    <message>
        <source>Secure Boot facts at the opt-in and now</source>
        <translation>Informations sur le démarrage sécurisé lors de l&apos;activation et maintenant</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>At the opt-in</source>
        <translation>Lors de l&apos;activation</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>What the update does</source>
        <translation>Ce que fait la mise à jour</translation>
    </message>
    <message>
        <source>BitLocker</source>
        <translation>BitLocker</translation>
    </message>
    <message>
        <source>No device is open.</source>
        <translation>Aucun appareil n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>This device starts in legacy BIOS mode, so it has no Secure Boot certificates to update.</source>
        <translation>Cet appareil démarre en mode BIOS hérité ; il n&apos;a donc aucun certificat du démarrage sécurisé à mettre à jour.</translation>
    </message>
    <message>
        <source>Secure Boot is off on this device. The update runs only with Secure Boot on: turn it on in the UEFI setup first.</source>
        <translation>Le démarrage sécurisé est désactivé sur cet appareil. La mise à jour ne s&apos;exécute qu&apos;avec le démarrage sécurisé activé : activez-le d&apos;abord dans la configuration UEFI.</translation>
    </message>
    <message>
        <source>The Secure Boot state could not be read (%1), so the update is not offered.</source>
        <translation>L&apos;état du démarrage sécurisé n&apos;a pas pu être lu (%1) ; la mise à jour n&apos;est donc pas proposée.</translation>
    </message>
    <message>
        <source>Hotpatch Ready is not running as administrator. Start it as administrator so it can check BitLocker and make this change.</source>
        <translation>Hotpatch Ready ne s&apos;exécute pas en tant qu&apos;administrateur. Lancez-le en tant qu&apos;administrateur pour qu&apos;il puisse vérifier BitLocker et effectuer cette modification.</translation>
    </message>
    <message>
        <source>The BitLocker state could not be read (%1). It must be known before the firmware&apos;s Secure Boot databases change: run Hotpatch Ready as administrator.</source>
        <translation>L&apos;état de BitLocker n&apos;a pas pu être lu (%1). Il doit être connu avant que les bases de données du démarrage sécurisé du microprogramme ne changent : exécutez Hotpatch Ready en tant qu&apos;administrateur.</translation>
    </message>
    <message>
        <source>The update cannot run on this device: %1.</source>
        <translation>La mise à jour ne peut pas s&apos;exécuter sur cet appareil : %1.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Maintenant : %1</translation>
    </message>
    <message>
        <source>It sets %1 from %2 to %3 (the value Microsoft documents for the 2023 certificates, the KEK and the new boot manager; no revocations). Nothing else is written, and the change is journaled.</source>
        <translation>Elle fait passer %1 de %2 à %3 (la valeur que Microsoft documente pour les certificats de 2023, la KEK et le nouveau gestionnaire de démarrage ; aucune révocation). Rien d&apos;autre n&apos;est écrit, et la modification est enregistrée dans le journal.</translation>
    </message>
    <message>
        <source>Windows&apos; Secure Boot update task then writes the 2023 certificates into the firmware variables DB and KEK and installs the boot manager signed by Windows UEFI CA 2023.</source>
        <translation>La tâche de mise à jour du démarrage sécurisé de Windows écrit ensuite les certificats de 2023 dans les variables du microprogramme DB et KEK, et installe le gestionnaire de démarrage signé par Windows UEFI CA 2023.</translation>
    </message>
    <message>
        <source>It needs several restarts of its own: at least two on a real device (the databases, then the boot manager); the simulated device needs three.</source>
        <translation>Elle nécessite plusieurs redémarrages qui lui sont propres : au moins deux sur un appareil réel (les bases de données, puis le gestionnaire de démarrage) ; l&apos;appareil simulé en nécessite trois.</translation>
    </message>
    <message>
        <source>Known firmware problems: some firmware rejects the write (event 1795), some device makers have not supplied a signed KEK yet (the update then stays pending with event 1803), and some BIOS options or UEFI Deployed Mode block the new certificates.</source>
        <translation>Problèmes de microprogramme connus : certains microprogrammes refusent l&apos;écriture (événement 1795), certains fabricants d&apos;appareils n&apos;ont pas encore fourni de KEK signée (la mise à jour reste alors en attente avec l&apos;événement 1803), et certaines options du BIOS ou le UEFI Deployed Mode bloquent les nouveaux certificats.</translation>
    </message>
    <message>
        <source>Undo restores the value, but certificates already written to the firmware stay there.</source>
        <translation>Annuler restaure la valeur, mais les certificats déjà écrits dans le microprogramme y restent.</translation>
    </message>
    <message>
        <source>&lt;b&gt;BitLocker is on&lt;/b&gt; for the system drive. &lt;b&gt;Have your BitLocker recovery key at hand&lt;/b&gt; before you restart: changing the Secure Boot databases can make the device ask for it. You can suspend BitLocker for the restarts of this update.</source>
        <translation>&lt;b&gt;BitLocker est activé&lt;/b&gt; sur le lecteur système. &lt;b&gt;Gardez votre clé de récupération BitLocker à portée de main&lt;/b&gt; avant de redémarrer : la modification des bases de données du démarrage sécurisé peut amener l&apos;appareil à la demander. Vous pouvez suspendre BitLocker pour les redémarrages de cette mise à jour.</translation>
    </message>
    <message>
        <source>BitLocker is off for the system drive: no recovery key prompt is expected from this update.</source>
        <translation>BitLocker est désactivé sur le lecteur système : aucune demande de clé de récupération n&apos;est attendue avec cette mise à jour.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The BitLocker state is unknown&lt;/b&gt; (%1).</source>
        <translation>&lt;b&gt;L&apos;état de BitLocker est inconnu&lt;/b&gt; (%1).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not possible here:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Impossible ici :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not now:&lt;/b&gt; the hotpatch fixes are applied and wait for their restart. Finish that cycle first, so the two are never mixed into one restart.</source>
        <translation>&lt;b&gt;Pas maintenant :&lt;/b&gt; les corrections hotpatch sont appliquées et attendent leur redémarrage. Terminez d&apos;abord ce cycle, afin que les deux ne soient jamais mélangés dans un même redémarrage.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to do:&lt;/b&gt; the 2023 certificates are in place and the device starts the boot manager signed by the 2023 certificate.</source>
        <translation>&lt;b&gt;Rien à faire :&lt;/b&gt; les certificats de 2023 sont en place et l&apos;appareil démarre le gestionnaire de démarrage signé par le certificat de 2023.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Already started:&lt;/b&gt; the update was triggered before. Restart the device and verify instead of starting it again.</source>
        <translation>&lt;b&gt;Déjà lancée :&lt;/b&gt; la mise à jour a été déclenchée auparavant. Redémarrez l&apos;appareil et vérifiez au lieu de la relancer.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The update is started:&lt;/b&gt; AvailableUpdates was %1 and is now %2.</source>
        <translation>&lt;b&gt;La mise à jour est lancée :&lt;/b&gt; AvailableUpdates valait %1 et vaut maintenant %2.</translation>
    </message>
    <message numerus="yes">
        <source>BitLocker is suspended for the next %n restart(s).</source>
        <translation>
            <numerusform>BitLocker est suspendu pour %n redémarrage.</numerusform>
            <numerusform>BitLocker est suspendu pour les %n prochains redémarrages.</numerusform>
        </translation>
    </message>
    <message>
        <source>BitLocker stays on: have the recovery key at hand for the restarts.</source>
        <translation>BitLocker reste activé : gardez la clé de récupération à portée de main pour les redémarrages.</translation>
    </message>
    <message>
        <source>Training: simulate the restarts with the button above; each one runs Windows&apos; Secure Boot update task once. Then the result shows here.</source>
        <translation>Formation : simulez les redémarrages avec le bouton ci-dessus ; chacun exécute une fois la tâche de mise à jour du démarrage sécurisé de Windows. Le résultat s&apos;affiche ensuite ici.</translation>
    </message>
    <message>
        <source>Restart the device when it suits you (more than once), then open this again and choose Verify now. This is not the hotpatch restart.</source>
        <translation>Redémarrez l&apos;appareil quand cela vous convient (plus d&apos;une fois), puis rouvrez cette fenêtre et choisissez Vérifier maintenant. Il ne s&apos;agit pas du redémarrage hotpatch.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Updated:&lt;/b&gt; the 2023 certificates are in place and the device starts the boot manager signed by the 2023 certificate.</source>
        <translation>&lt;b&gt;Mise à jour effectuée :&lt;/b&gt; les certificats de 2023 sont en place et l&apos;appareil démarre le gestionnaire de démarrage signé par le certificat de 2023.</translation>
    </message>
    <message>
        <source>&lt;b&gt;In progress:&lt;/b&gt; the next restart continues the update.</source>
        <translation>&lt;b&gt;En cours :&lt;/b&gt; le prochain redémarrage poursuit la mise à jour.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not started yet:&lt;/b&gt; Windows&apos; Secure Boot update task has not picked the change up.</source>
        <translation>&lt;b&gt;Pas encore lancée :&lt;/b&gt; la tâche de mise à jour du démarrage sécurisé de Windows n&apos;a pas encore pris en compte la modification.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Failed:&lt;/b&gt; the firmware reported an error; the error code and event are in the table below.</source>
        <translation>&lt;b&gt;Échec :&lt;/b&gt; le microprogramme a signalé une erreur ; le code d&apos;erreur et l&apos;événement figurent dans le tableau ci-dessous.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unknown:&lt;/b&gt; the Secure Boot state could not be read.</source>
        <translation>&lt;b&gt;Inconnu :&lt;/b&gt; l&apos;état du démarrage sécurisé n&apos;a pas pu être lu.</translation>
    </message>
    <message numerus="yes">
        <source>After %n simulated restart(s):</source>
        <translation>
            <numerusform>Après %n redémarrage simulé :</numerusform>
            <numerusform>Après %n redémarrages simulés :</numerusform>
        </translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>R&amp;estarts:</source>
        <translation>Re&amp;démarrages :</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>&amp;This device</source>
        <translation>Cet &amp;appareil</translation>
    </message>
    <message>
        <source>T&amp;raining: a simulated device</source>
        <translation>&amp;Formation : un appareil simulé</translation>
    </message>
    <message>
        <source>Offline e&amp;vidence: files sent by the device&apos;s user</source>
        <translation>Éléments hors &amp;ligne : fichiers envoyés par l&apos;utilisateur de l&apos;appareil</translation>
    </message>
    <message>
        <source>&amp;Files...</source>
        <translation>Fic&amp;hiers...</translation>
    </message>
    <message>
        <source>Fol&amp;der...</source>
        <translation>&amp;Dossier...</translation>
    </message>
    <message>
        <source>Bro&amp;wse...</source>
        <translation>Pa&amp;rcourir...</translation>
    </message>
    <message>
        <source>Make this device ready for hotpatch</source>
        <translation>Préparer cet appareil au hotpatch</translation>
    </message>
    <message>
        <source>Choose the device. The wizard detects every prerequisite, explains what is missing, fixes what it can with one undoable change set and one restart, and verifies the result.</source>
        <translation>Choisissez l&apos;appareil. L&apos;assistant détecte chaque prérequis, explique ce qui manque, corrige ce qu&apos;il peut avec un seul ensemble de modifications réversible et un seul redémarrage, puis vérifie le résultat.</translation>
    </message>
    <message>
        <source>Offline evidence: files sent by the device&apos;s user</source>
        <translation>Éléments hors ligne : fichiers envoyés par l&apos;utilisateur de l&apos;appareil</translation>
    </message>
    <message>
        <source>Evidence file or folder</source>
        <translation>Fichier ou dossier d&apos;éléments</translation>
    </message>
    <message>
        <source>msinfo32 /report, systeminfo or Get-CimInstance Win32_DeviceGuard output; a file or a folder of them.</source>
        <translation>Sortie de msinfo32 /report, systeminfo ou Get-CimInstance Win32_DeviceGuard ; un fichier ou un dossier de fichiers.</translation>
    </message>
    <message>
        <source>A file, or a folder of files</source>
        <translation>Un fichier, ou un dossier de fichiers</translation>
    </message>
    <message>
        <source>Choose evidence files</source>
        <translation>Choisir des fichiers d&apos;éléments</translation>
    </message>
    <message>
        <source>Choose a folder of evidence files</source>
        <translation>Choisir un dossier de fichiers d&apos;éléments</translation>
    </message>
    <message>
        <source>Evidence pat&amp;h:</source>
        <translation>Chemin des élé&amp;ments :</translation>
    </message>
    <message>
        <source>Assesses a device that cannot run this app from the msinfo32, systeminfo or Win32_DeviceGuard output its user sent. Nothing can be changed from files, so the wizard ends with the results and the report.</source>
        <translation>Évalue un appareil qui ne peut pas exécuter cette application à partir de la sortie de msinfo32, systeminfo ou Win32_DeviceGuard envoyée par son utilisateur. Rien ne peut être modifié à partir de fichiers : l&apos;assistant se termine par les résultats et le rapport.</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Cet appareil</translation>
    </message>
    <message>
        <source>Training: a simulated device</source>
        <translation>Formation : un appareil simulé</translation>
    </message>
    <message>
        <source>Assesses and fixes the Windows PC this app runs on. Run the app as administrator to read and change everything.</source>
        <translation>Évalue et corrige le PC Windows sur lequel s&apos;exécute cette application. Exécutez-la en tant qu&apos;administrateur pour tout lire et tout modifier.</translation>
    </message>
    <message>
        <source>Not available in this build: the live backend exists only on Windows. Practise the whole cycle on a simulated device instead.</source>
        <translation>Non disponible dans cette build : le composant en direct n&apos;existe que sous Windows. Entraînez-vous plutôt sur un appareil simulé pour tout le cycle.</translation>
    </message>
    <message>
        <source>Simulated device profile</source>
        <translation>Profil d&apos;appareil simulé</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>Prof&amp;il :</translation>
    </message>
    <message>
        <source>Profile description</source>
        <translation>Description du profil</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>State folder</source>
        <translation>Dossier d&apos;état</translation>
    </message>
    <message>
        <source>Browse for the state folder</source>
        <translation>Rechercher le dossier d&apos;état</translation>
    </message>
    <message>
        <source>&amp;State folder:</source>
        <translation>Dossier d&apos;é&amp;tat :</translation>
    </message>
    <message>
        <source>The journal of every change, the scheduled restart and the verification are kept here; simulated devices also keep their machine here, so the cycle survives restarts of the app.</source>
        <translation>Le journal de chaque modification, le redémarrage planifié et la vérification sont conservés ici ; les appareils simulés y conservent aussi leur machine, le cycle survit donc aux redémarrages de l&apos;application.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Administrator rights</source>
        <translation>Droits d&apos;administrateur</translation>
    </message>
    <message>
        <source>Language of the wizard</source>
        <translation>Langue de l&apos;assistant</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue :</translation>
    </message>
    <message>
        <source>About the language</source>
        <translation>À propos de la langue</translation>
    </message>
    <message>
        <source>Set by your administrator (admin policy %1).</source>
        <translation>Définie par votre administrateur (stratégie d&apos;administration %1).</translation>
    </message>
    <message>
        <source>This run uses %1 (--language). A choice here applies from the next start.</source>
        <translation>Cette exécution utilise %1 (--language). Un choix ici s&apos;applique à partir du prochain démarrage.</translation>
    </message>
    <message>
        <source>A change takes effect at the next start.</source>
        <translation>Une modification prend effet au prochain démarrage.</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Fichiers d&apos;éléments</translation>
    </message>
    <message>
        <source>Text and report files (*.txt *.log *.csv *.nfo *.reg);;All files (*)</source>
        <translation>Fichiers texte et rapports (*.txt *.log *.csv *.nfo *.reg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Folder of evidence files</source>
        <translation>Dossier de fichiers d&apos;éléments</translation>
    </message>
    <message>
        <source>Saved: from the next start, the wizard is in %1.</source>
        <translation>Enregistré : à partir du prochain démarrage, l&apos;assistant sera en %1.</translation>
    </message>
    <message>
        <source>Whether the app runs elevated (as administrator) is shown once the device has been detected.</source>
        <translation>L&apos;exécution avec élévation (en tant qu&apos;administrateur) est indiquée une fois l&apos;appareil détecté.</translation>
    </message>
    <message>
        <source>Administrator rights do not matter for evidence files: nothing on this PC is read or changed.</source>
        <translation>Les droits d&apos;administrateur n&apos;ont pas d&apos;importance pour les fichiers d&apos;éléments : rien n&apos;est lu ni modifié sur ce PC.</translation>
    </message>
    <message>
        <source>Could not tell whether the app runs elevated: %1</source>
        <translation>Impossible de savoir si l&apos;application s&apos;exécute avec élévation : %1</translation>
    </message>
    <message>
        <source>Administrator rights: the simulated session runs elevated.</source>
        <translation>Droits d&apos;administrateur : la session simulée s&apos;exécute avec élévation.</translation>
    </message>
    <message>
        <source>Administrator rights: this app runs elevated.</source>
        <translation>Droits d&apos;administrateur : cette application s&apos;exécute avec élévation.</translation>
    </message>
    <message>
        <source>Administrator rights: the simulated session is not elevated, so facts that need them are unknown and changes are refused.</source>
        <translation>Droits d&apos;administrateur : la session simulée n&apos;est pas élevée ; les informations qui en ont besoin sont donc inconnues et les modifications sont refusées.</translation>
    </message>
    <message>
        <source>Administrator rights: this app is not elevated, so facts that need them are unknown and changes are refused. Run it as administrator.</source>
        <translation>Droits d&apos;administrateur : cette application n&apos;est pas élevée ; les informations qui en ont besoin sont donc inconnues et les modifications sont refusées. Exécutez-la en tant qu&apos;administrateur.</translation>
    </message>
</context>
<context>
    <name>UiText</name>
    <message>
        <source>Pass</source>
        <translation>Réussite</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Non applicable</translation>
    </message>
    <message>
        <source>Ready for hotpatch</source>
        <translation>Prêt pour le hotpatch</translation>
    </message>
    <message>
        <source>Not ready yet: this tool can fix what is missing</source>
        <translation>Pas encore prêt : cet outil peut corriger ce qui manque</translation>
    </message>
    <message>
        <source>Blocked: something this tool cannot fix must change first</source>
        <translation>Bloqué : un élément que cet outil ne peut pas corriger doit d&apos;abord changer</translation>
    </message>
    <message>
        <source>Undetermined: some facts could not be read</source>
        <translation>Indéterminé : certaines informations n&apos;ont pas pu être lues</translation>
    </message>
    <message>
        <source>Nothing to fix</source>
        <translation>Rien à corriger</translation>
    </message>
    <message>
        <source>This tool, with one restart</source>
        <translation>Cet outil, avec un seul redémarrage</translation>
    </message>
    <message>
        <source>The device&apos;s firmware setup (UEFI/BIOS)</source>
        <translation>La configuration du microprogramme de l&apos;appareil (UEFI/BIOS)</translation>
    </message>
    <message>
        <source>Intune or Group Policy</source>
        <translation>Intune ou la stratégie de groupe</translation>
    </message>
    <message>
        <source>Windows Update</source>
        <translation>Windows Update</translation>
    </message>
    <message>
        <source>The boot configuration (bcdedit), by an administrator</source>
        <translation>La configuration de démarrage (bcdedit), par un administrateur</translation>
    </message>
    <message>
        <source>The virtual machine&apos;s host</source>
        <translation>L&apos;hôte de la machine virtuelle</translation>
    </message>
    <message>
        <source>Other hardware, or another Windows edition</source>
        <translation>Un autre matériel, ou une autre édition de Windows</translation>
    </message>
    <message>
        <source>The licence portal (cannot be checked on the device)</source>
        <translation>Le portail des licences (non vérifiable sur l&apos;appareil)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>hardware</source>
        <translation>le matériel</translation>
    </message>
    <message>
        <source>a firmware setting</source>
        <translation>un paramètre du microprogramme</translation>
    </message>
    <message>
        <source>the Windows edition</source>
        <translation>l&apos;édition de Windows</translation>
    </message>
    <message>
        <source>the Windows build</source>
        <translation>la build de Windows</translation>
    </message>
    <message>
        <source>device management</source>
        <translation>la gestion de l&apos;appareil</translation>
    </message>
    <message>
        <source>the boot configuration</source>
        <translation>la configuration de démarrage</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absente</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The request was not valid: %1</source>
        <translation>La demande n&apos;était pas valide : %1</translation>
    </message>
    <message>
        <source>A file is damaged or not in the expected format: %1</source>
        <translation>Un fichier est endommagé ou n&apos;a pas le format attendu : %1</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Introuvable : %1</translation>
    </message>
    <message>
        <source>Not available here: %1</source>
        <translation>Non disponible ici : %1</translation>
    </message>
    <message>
        <source>Administrator rights are needed, or a locked setting refused the change: %1</source>
        <translation>Des droits d&apos;administrateur sont nécessaires, ou un paramètre verrouillé a refusé la modification : %1</translation>
    </message>
    <message>
        <source>The operation failed: %1</source>
        <translation>L&apos;opération a échoué : %1</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
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
        <translation>Prépare un appareil Windows 11 au hotpatch : détecter, expliquer, corriger avec un seul ensemble de modifications journalisé et un seul redémarrage, vérifier.</translation>
    </message>
    <message>
        <source>Preselects a training profile (a simulated device shipped with the app).</source>
        <translation>Présélectionne un profil de formation (un appareil simulé fourni avec l&apos;application).</translation>
    </message>
    <message>
        <source>The state folder (default: a per-user folder).</source>
        <translation>Le dossier d&apos;état (par défaut : un dossier par utilisateur).</translation>
    </message>
    <message>
        <source>Judges the release table as of this date (YYYY-MM-DD; default: today).</source>
        <translation>Évalue la table des versions à cette date (AAAA-MM-JJ ; par défaut : aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>Opens the fleet dashboard instead of the wizard.</source>
        <translation>Ouvre le tableau de bord du parc au lieu de l&apos;assistant.</translation>
    </message>
    <message>
        <source>The dashboard&apos;s fleet store: an SQLite file or a postgresql:// URI (default: fleet.sqlite in the state folder of hotpatch-ready-cli).</source>
        <translation>La base du parc du tableau de bord : un fichier SQLite ou un URI postgresql:// (par défaut : fleet.sqlite dans le dossier d&apos;état de hotpatch-ready-cli).</translation>
    </message>
    <message>
        <source>The device: sim:NAME (training), evidence:FILE-OR-FOLDER (offline evidence) or local (this PC, Windows only).</source>
        <translation>L&apos;appareil : sim:NOM (formation), evidence:FICHIER-OU-DOSSIER (éléments hors ligne) ou local (ce PC, Windows uniquement).</translation>
    </message>
    <message>
        <source>Opens on the verification after the restart (what the restart runs when the cycle was started here); needs --device and --state-dir.</source>
        <translation>Ouvre la vérification après le redémarrage (ce que lance le redémarrage quand le cycle a commencé ici) ; nécessite --device et --state-dir.</translation>
    </message>
    <message>
        <source>The language of this run: %1 (default: the admin policy, the choice saved in the wizard, else the system language).</source>
        <translation>La langue de cette exécution : %1 (par défaut : la stratégie d&apos;administration, le choix enregistré dans l&apos;assistant, sinon la langue du système).</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot; for --language (use one of %2).</source>
        <translation>Langue « %1 » inconnue pour --language (utilisez l&apos;une de %2).</translation>
    </message>
    <message>
        <source>This build has no fleet dashboard (it needs Qt 6 Charts and the fleet store).</source>
        <translation>Cette build n&apos;a pas de tableau de bord du parc (il nécessite Qt 6 Charts et la base du parc).</translation>
    </message>
    <message>
        <source>Give either --profile or --device, not both.</source>
        <translation>Indiquez --profile ou --device, pas les deux.</translation>
    </message>
    <message>
        <source>There is no training profile named &quot;%1&quot;.</source>
        <translation>Aucun profil de formation nommé « %1 ».</translation>
    </message>
    <message>
        <source>Unknown device &quot;%1&quot; (use sim:NAME, evidence:FILE-OR-FOLDER or local).</source>
        <translation>Appareil « %1 » inconnu (utilisez sim:NOM, evidence:FICHIER-OU-DOSSIER ou local).</translation>
    </message>
    <message>
        <source>--verify needs --device and --state-dir: the device and the state folder of the cycle to verify.</source>
        <translation>--verify nécessite --device et --state-dir : l&apos;appareil et le dossier d&apos;état du cycle à vérifier.</translation>
    </message>
    <message>
        <source>Evidence files cannot be verified after a restart: nothing was changed on them.</source>
        <translation>Les fichiers d&apos;éléments ne peuvent pas être vérifiés après un redémarrage : rien n&apos;a été modifié sur eux.</translation>
    </message>
</context>
</TS>
