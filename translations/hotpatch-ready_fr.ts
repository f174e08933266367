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
    <message>
        <source>What was read from each file…</source>
        <translation>Ce qui a été lu dans chaque fichier…</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Fichiers d&apos;éléments</translation>
    </message>
    <message>
        <source>What was read from every evidence file, where files disagree (the first file&apos;s value counts) and which lines were not understood:</source>
        <translation>Ce qui a été lu dans chaque fichier d&apos;éléments, où les fichiers sont en désaccord (la valeur du premier fichier compte) et quelles lignes n&apos;ont pas été comprises :</translation>
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
    <name>hpr::engine</name>
    <message>
        <source>%1 %2</source>
        <extracomment>Two sentences one after the other (Japanese: without the space).</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 could not be read (%2).</source>
        <extracomment>%1: what could not be read (e.g. &quot;The build number&quot;); %2: the reason code and the system&apos;s detail.</extracomment>
        <translation>Impossible de lire %1 (%2).</translation>
    </message>
    <message>
        <source>Run the tool as administrator to read it.</source>
        <translation>Exécutez l&apos;outil en tant qu&apos;administrateur pour le lire.</translation>
    </message>
    <message>
        <source>Suspend BitLocker for one restart before changing firmware settings (manage-bde -protectors -disable C: -RebootCount 1), or have the recovery key at hand.</source>
        <translation>Suspendez BitLocker pour un redémarrage avant de modifier les paramètres du microprogramme (manage-bde -protectors -disable C: -RebootCount 1), ou gardez la clé de récupération à portée de main.</translation>
    </message>
    <message>
        <source>Windows edition</source>
        <translation>Édition de Windows</translation>
    </message>
    <message>
        <source>Edition unknown</source>
        <translation>Édition inconnue</translation>
    </message>
    <message>
        <source>The edition (EditionID)</source>
        <translation>l&apos;édition (EditionID)</translation>
    </message>
    <message>
        <source>Windows Server %1 supports hotpatch (through Azure Arc or Azure Edition)</source>
        <translation>Windows Server %1 prend en charge le hotpatch (via Azure Arc ou Azure Edition)</translation>
    </message>
    <message>
        <source>Windows Server 2025 Standard, Datacenter and Datacenter: Azure Edition can take hotpatch updates; Standard and Datacenter are enabled through Azure Arc.</source>
        <translation>Windows Server 2025 Standard, Datacenter et Datacenter: Azure Edition peuvent recevoir les mises à jour hotpatch ; Standard et Datacenter sont activés via Azure Arc.</translation>
    </message>
    <message>
        <source>Server edition %1 is not hotpatch-eligible</source>
        <translation>L&apos;édition serveur %1 n&apos;est pas éligible au hotpatch</translation>
    </message>
    <message>
        <source>Hotpatch for Windows Server needs Standard, Datacenter or Datacenter: Azure Edition.</source>
        <translation>Le hotpatch pour Windows Server nécessite Standard, Datacenter ou Datacenter: Azure Edition.</translation>
    </message>
    <message>
        <source>Move the workload to Windows Server 2025 Standard or Datacenter.</source>
        <translation>Déplacez la charge de travail vers Windows Server 2025 Standard ou Datacenter.</translation>
    </message>
    <message>
        <source>Enterprise is the edition the hotpatch documentation names.</source>
        <translation>Enterprise est l&apos;édition citée par la documentation du hotpatch.</translation>
    </message>
    <message>
        <source>Education (with an A3/A5 licence) and IoT Enterprise are eligible editions.</source>
        <translation>Education (avec une licence A3/A5) et IoT Enterprise sont des éditions éligibles.</translation>
    </message>
    <message>
        <source>LTSC edition %1: hotpatch eligibility not confirmed</source>
        <translation>Édition LTSC %1 : éligibilité au hotpatch non confirmée</translation>
    </message>
    <message>
        <source>No Microsoft source read by this tool lists the LTSC editions as hotpatch-eligible [UNCONFIRMED]. Confirm with Microsoft before relying on hotpatch here.</source>
        <translation>Aucune source Microsoft lue par cet outil ne cite les éditions LTSC comme éligibles au hotpatch [UNCONFIRMED]. Faites-le confirmer par Microsoft avant de compter sur le hotpatch ici.</translation>
    </message>
    <message>
        <source>Windows 11 Pro qualifies only through a Microsoft 365 Business Premium licence</source>
        <translation>Windows 11 Pro n&apos;est éligible qu&apos;avec une licence Microsoft 365 Business Premium</translation>
    </message>
    <message>
        <source>Microsoft 365 Business Premium keeps devices on Windows 11 Pro and is an eligible licence; with any other licence, Pro devices are not offered hotpatch updates. The licence cannot be seen from the device (see HP-LICENSE).</source>
        <translation>Microsoft 365 Business Premium maintient les appareils sous Windows 11 Pro et constitue une licence éligible ; avec toute autre licence, le hotpatch n&apos;est pas proposé aux appareils Pro. La licence n&apos;est pas visible depuis l&apos;appareil (voir HP-LICENSE).</translation>
    </message>
    <message>
        <source>Confirm the user has Microsoft 365 Business Premium, or move the device to Enterprise (E3/E5 subscription activation).</source>
        <translation>Vérifiez que l&apos;utilisateur dispose de Microsoft 365 Business Premium, ou passez l&apos;appareil en Enterprise (activation par abonnement E3/E5).</translation>
    </message>
    <message>
        <source>Windows 11 SE (%1) cannot receive hotpatch updates</source>
        <translation>Windows 11 SE (%1) ne peut pas recevoir les mises à jour hotpatch</translation>
    </message>
    <message>
        <source>Hotpatch is offered to Enterprise, Education and (with Business Premium) Pro devices only.</source>
        <translation>Le hotpatch n&apos;est proposé qu&apos;aux appareils Enterprise, Education et (avec Business Premium) Pro.</translation>
    </message>
    <message>
        <source>Upgrade the edition to Enterprise or Education (or Pro with Microsoft 365 Business Premium).</source>
        <translation>Mettez à niveau l&apos;édition vers Enterprise ou Education (ou Pro avec Microsoft 365 Business Premium).</translation>
    </message>
    <message>
        <source>Unrecognized edition %1</source>
        <translation>Édition non reconnue %1</translation>
    </message>
    <message>
        <source>This edition is not in the tool&apos;s list; check Microsoft&apos;s eligibility list for it.</source>
        <translation>Cette édition ne figure pas dans la liste de l&apos;outil ; consultez la liste d&apos;éligibilité de Microsoft.</translation>
    </message>
    <message>
        <source>Windows version and build</source>
        <translation>Version et build de Windows</translation>
    </message>
    <message>
        <source>Build unknown</source>
        <translation>Build inconnu</translation>
    </message>
    <message>
        <source>The build number</source>
        <translation>le numéro de build</translation>
    </message>
    <message>
        <source>Build %1 is not Windows Server 2025</source>
        <translation>Le build %1 n&apos;est pas Windows Server 2025</translation>
    </message>
    <message>
        <source>Hotpatch with Azure Arc needs Windows Server 2025 (build 26100.1742 or later).</source>
        <translation>Le hotpatch avec Azure Arc nécessite Windows Server 2025 (build 26100.1742 ou ultérieur).</translation>
    </message>
    <message>
        <source>Upgrade the server to Windows Server 2025.</source>
        <translation>Mettez à niveau le serveur vers Windows Server 2025.</translation>
    </message>
    <message>
        <source>Windows 11 26H1 (%1) does not support hotpatch</source>
        <translation>Windows 11 26H1 (%1) ne prend pas en charge le hotpatch</translation>
    </message>
    <message>
        <source>Microsoft: devices on Windows 11, version 26H1 receive monthly updates but do not support hotpatch. 26H1 ships only on Snapdragon X2 devices and cannot move to 26H2.</source>
        <translation>Microsoft : les appareils sous Windows 11, version 26H1 reçoivent des mises à jour mensuelles mais ne prennent pas en charge le hotpatch. 26H1 n&apos;est livré que sur les appareils Snapdragon X2 et ne peut pas passer à 26H2.</translation>
    </message>
    <message>
        <source>None on this device; plan for the next version that supports hotpatch.</source>
        <translation>Aucune sur cet appareil ; prévoyez la prochaine version qui prend en charge le hotpatch.</translation>
    </message>
    <message>
        <source>Build %1 is older than Windows 11 24H2 (26100)</source>
        <translation>Le build %1 est antérieur à Windows 11 24H2 (26100)</translation>
    </message>
    <message>
        <source>Hotpatch needs Windows 11 version 24H2 or later.</source>
        <translation>Le hotpatch nécessite Windows 11 version 24H2 ou ultérieure.</translation>
    </message>
    <message>
        <source>Upgrade to Windows 11 24H2 or later (feature update), then assess again.</source>
        <translation>Mettez à niveau vers Windows 11 24H2 ou ultérieur (mise à jour des fonctionnalités), puis évaluez de nouveau.</translation>
    </message>
    <message>
        <source>Build %1 is not in the tool&apos;s release table</source>
        <translation>Le build %1 ne figure pas dans la table des versions de l&apos;outil</translation>
    </message>
    <message>
        <source>This build is newer than the tool knows; update the release table (--release-table).</source>
        <translation>Ce build est plus récent que ce que connaît l&apos;outil ; mettez à jour la table des versions (--release-table).</translation>
    </message>
    <message>
        <source>Update revision (UBR) unknown</source>
        <translation>Révision de mise à jour (UBR) inconnue</translation>
    </message>
    <message>
        <source>The update build revision</source>
        <translation>la révision du build de mise à jour</translation>
    </message>
    <message>
        <source>Build %1 is below the hotpatch minimum %2</source>
        <translation>Le build %1 est inférieur au minimum hotpatch %2</translation>
    </message>
    <message>
        <source>Hotpatch needs at least build %1.</source>
        <translation>Le hotpatch nécessite au moins le build %1.</translation>
    </message>
    <message>
        <source>Install the latest cumulative update.</source>
        <translation>Installez la dernière mise à jour cumulative.</translation>
    </message>
    <message>
        <source>Windows 11 26H2 (%1)</source>
        <translation>Windows 11 26H2 (%1)</translation>
    </message>
    <message>
        <source>26H2 shares the 24H2/25H2 servicing branch and should qualify as &quot;24H2 or later&quot;, but no Microsoft statement was found [UNCONFIRMED].</source>
        <translation>26H2 partage la branche de maintenance de 24H2/25H2 et devrait compter comme « 24H2 ou ultérieur », mais aucune déclaration de Microsoft n&apos;a été trouvée [UNCONFIRMED].</translation>
    </message>
    <message>
        <source>Windows Server 2025 at or above %1.</source>
        <translation>Windows Server 2025, build %1 ou ultérieur.</translation>
    </message>
    <message>
        <source>Windows 11 24H2 or later at or above %1.</source>
        <translation>Windows 11 24H2 ou ultérieur, build %1 ou ultérieur.</translation>
    </message>
    <message>
        <source>The Arm64 minimum build is not confirmed by Microsoft [UNCONFIRMED]; being on the current baseline is what counts.</source>
        <translation>Le build minimum pour Arm64 n&apos;est pas confirmé par Microsoft [UNCONFIRMED] ; ce qui compte, c&apos;est d&apos;être sur la référence actuelle.</translation>
    </message>
    <message>
        <source>Build %1 supports hotpatch</source>
        <translation>Le build %1 prend en charge le hotpatch</translation>
    </message>
    <message>
        <source>Current quarterly baseline</source>
        <translation>Référence trimestrielle actuelle</translation>
    </message>
    <message>
        <source>Baseline position unknown: build or UBR unknown</source>
        <translation>Position par rapport à la référence inconnue : build ou UBR inconnu</translation>
    </message>
    <message>
        <source>Without the build and UBR the tool cannot compare the device with the release table.</source>
        <translation>Sans le build et l&apos;UBR, l&apos;outil ne peut pas comparer l&apos;appareil à la table des versions.</translation>
    </message>
    <message>
        <source>No hotpatch track for this build</source>
        <translation>Pas de parcours hotpatch pour ce build</translation>
    </message>
    <message>
        <source>See HP-BUILD.</source>
        <translation>Voir HP-BUILD.</translation>
    </message>
    <message>
        <source>The release table (dated %1, sources as of %2) does not list %3 (planned baseline); if Microsoft has released it, the device must install it to stay on hotpatch. Update the release table when the release notes list it.</source>
        <translation>La table des versions (du %1, sources à jour au %2) ne mentionne pas %3 (référence prévue) ; si Microsoft l&apos;a publiée, l&apos;appareil doit l&apos;installer pour rester en hotpatch. Mettez à jour la table des versions quand les notes de version la mentionnent.</translation>
    </message>
    <message>
        <source>Behind the latest baseline (%1)</source>
        <translation>En retard sur la dernière référence (%1)</translation>
    </message>
    <message>
        <source>Devices that are not on the latest baseline are not offered hotpatch updates; they get the normal cumulative update instead.</source>
        <translation>Les appareils qui ne sont pas sur la dernière référence ne reçoivent pas de mises à jour hotpatch ; ils reçoivent à la place la mise à jour cumulative normale.</translation>
    </message>
    <message>
        <source>Install the latest baseline cumulative update (%1 or later) through Windows Update or the update ring, and restart.</source>
        <translation>Installez la dernière mise à jour cumulative de référence (%1 ou ultérieure) via Windows Update ou l&apos;anneau de mise à jour, puis redémarrez.</translation>
    </message>
    <message>
        <source>Baseline position unknown</source>
        <translation>Position par rapport à la référence inconnue</translation>
    </message>
    <message>
        <source>On the latest baseline the table knows (%1)</source>
        <translation>Sur la dernière référence connue de la table (%1)</translation>
    </message>
    <message>
        <source>On the latest baseline (%1)</source>
        <translation>Sur la dernière référence (%1)</translation>
    </message>
    <message>
        <source>Processor architecture</source>
        <translation>Architecture du processeur</translation>
    </message>
    <message>
        <source>Architecture unknown</source>
        <translation>Architecture inconnue</translation>
    </message>
    <message>
        <source>The native architecture</source>
        <translation>l&apos;architecture native</translation>
    </message>
    <message>
        <source>x64 (AMD64/Intel 64)</source>
        <translation>x64 (AMD64/Intel 64)</translation>
    </message>
    <message>
        <source>x64 devices support hotpatch.</source>
        <translation>Les appareils x64 prennent en charge le hotpatch.</translation>
    </message>
    <message>
        <source>Arm64: supported with CHPE disabled (see HP-CHPE)</source>
        <translation>Arm64 : pris en charge avec CHPE désactivé (voir HP-CHPE)</translation>
    </message>
    <message>
        <source>Arm64 devices support hotpatch once CHPE binaries are disabled.</source>
        <translation>Les appareils Arm64 prennent en charge le hotpatch une fois les binaires CHPE désactivés.</translation>
    </message>
    <message>
        <source>32-bit %1 cannot run VBS</source>
        <translation>%1 32 bits ne peut pas exécuter VBS</translation>
    </message>
    <message>
        <source>VBS and hotpatch need a 64-bit processor and a 64-bit Windows.</source>
        <translation>VBS et le hotpatch nécessitent un processeur 64 bits et un Windows 64 bits.</translation>
    </message>
    <message>
        <source>Replace the device (or reinstall 64-bit Windows 11 if the CPU is 64-bit).</source>
        <translation>Remplacez l&apos;appareil (ou réinstallez Windows 11 64 bits si le processeur est 64 bits).</translation>
    </message>
    <message>
        <source>UEFI boot</source>
        <translation>Démarrage UEFI</translation>
    </message>
    <message>
        <source>Booted in UEFI mode</source>
        <translation>Démarré en mode UEFI</translation>
    </message>
    <message>
        <source>UEFI is needed for Secure Boot.</source>
        <translation>UEFI est nécessaire pour le démarrage sécurisé.</translation>
    </message>
    <message>
        <source>Firmware type unknown</source>
        <translation>Type de microprogramme inconnu</translation>
    </message>
    <message>
        <source>The firmware type</source>
        <translation>le type de microprogramme</translation>
    </message>
    <message>
        <source>Legacy BIOS boot, but VBS is running</source>
        <translation>Démarrage BIOS hérité, mais VBS s&apos;exécute</translation>
    </message>
    <message>
        <source>VBS runs without Secure Boot on this device, which is enough for hotpatch, but it is weaker: Secure Boot needs UEFI. Plan a conversion (MBR2GPT, then UEFI mode in firmware setup).</source>
        <translation>VBS s&apos;exécute sans démarrage sécurisé sur cet appareil, ce qui suffit pour le hotpatch, mais c&apos;est plus faible : le démarrage sécurisé nécessite UEFI. Prévoyez une conversion (MBR2GPT, puis mode UEFI dans le microprogramme).</translation>
    </message>
    <message>
        <source>Legacy BIOS (CSM) boot: Secure Boot is impossible</source>
        <translation>Démarrage BIOS hérité (CSM) : le démarrage sécurisé est impossible</translation>
    </message>
    <message>
        <source>The VBS fix requires Secure Boot (RequirePlatformSecurityFeatures=1), and Secure Boot needs UEFI boot.</source>
        <translation>La correction VBS exige le démarrage sécurisé (RequirePlatformSecurityFeatures=1), et le démarrage sécurisé nécessite un démarrage UEFI.</translation>
    </message>
    <message>
        <source>Convert the system disk with &apos;mbr2gpt /convert /allowFullOS&apos;, then switch firmware setup to UEFI mode (disable CSM) and turn on Secure Boot.</source>
        <translation>Convertissez le disque système avec « mbr2gpt /convert /allowFullOS », puis passez le microprogramme en mode UEFI (désactivez CSM) et activez le démarrage sécurisé.</translation>
    </message>
    <message>
        <source>Secure Boot</source>
        <translation>Démarrage sécurisé</translation>
    </message>
    <message>
        <source>Secure Boot is on</source>
        <translation>Le démarrage sécurisé est activé</translation>
    </message>
    <message>
        <source>VBS can require Secure Boot.</source>
        <translation>VBS peut exiger le démarrage sécurisé.</translation>
    </message>
    <message>
        <source>Secure Boot state unknown</source>
        <translation>État du démarrage sécurisé inconnu</translation>
    </message>
    <message>
        <source>The Secure Boot state</source>
        <translation>l&apos;état du démarrage sécurisé</translation>
    </message>
    <message>
        <source>Secure Boot unsupported (BIOS), VBS running anyway</source>
        <translation>Démarrage sécurisé non pris en charge (BIOS), VBS s&apos;exécute quand même</translation>
    </message>
    <message>
        <source>Secure Boot is off, VBS running anyway</source>
        <translation>Le démarrage sécurisé est désactivé, VBS s&apos;exécute quand même</translation>
    </message>
    <message>
        <source>VBS runs without requiring Secure Boot here, which is enough for hotpatch. Microsoft recommends requiring Secure Boot (RequirePlatformSecurityFeatures=1).</source>
        <translation>VBS s&apos;exécute ici sans exiger le démarrage sécurisé, ce qui suffit pour le hotpatch. Microsoft recommande d&apos;exiger le démarrage sécurisé (RequirePlatformSecurityFeatures=1).</translation>
    </message>
    <message>
        <source>Secure Boot unsupported: the device boots in legacy BIOS mode</source>
        <translation>Démarrage sécurisé non pris en charge : l&apos;appareil démarre en mode BIOS hérité</translation>
    </message>
    <message>
        <source>Secure Boot needs UEFI boot; see HP-UEFI.</source>
        <translation>Le démarrage sécurisé nécessite un démarrage UEFI ; voir HP-UEFI.</translation>
    </message>
    <message>
        <source>Switch to UEFI boot first (see HP-UEFI), then turn on Secure Boot.</source>
        <translation>Passez d&apos;abord au démarrage UEFI (voir HP-UEFI), puis activez le démarrage sécurisé.</translation>
    </message>
    <message>
        <source>Secure Boot is off</source>
        <translation>Le démarrage sécurisé est désactivé</translation>
    </message>
    <message>
        <source>VBS is (or will be, with the fix) set to require Secure Boot, so it cannot run while Secure Boot is off.</source>
        <translation>VBS est (ou sera, avec la correction) configuré pour exiger le démarrage sécurisé ; il ne peut donc pas s&apos;exécuter tant que le démarrage sécurisé est désactivé.</translation>
    </message>
    <message>
        <source>Turn on Secure Boot in firmware setup (Security or Boot menu; restore the factory keys if it is greyed out).</source>
        <translation>Activez le démarrage sécurisé dans le microprogramme (menu Security ou Boot ; restaurez les clés d&apos;usine si l&apos;option est grisée).</translation>
    </message>
    <message>
        <source>TPM 2.0</source>
        <translation>TPM 2.0</translation>
    </message>
    <message>
        <source>TPM state unknown</source>
        <translation>État du TPM inconnu</translation>
    </message>
    <message>
        <source>The TPM</source>
        <translation>le TPM</translation>
    </message>
    <message>
        <source>TPM 2.0 present</source>
        <translation>TPM 2.0 présent</translation>
    </message>
    <message>
        <source>Windows 11 requires TPM 2.0.</source>
        <translation>Windows 11 nécessite TPM 2.0.</translation>
    </message>
    <message>
        <source>TPM %1</source>
        <translation>TPM %1</translation>
    </message>
    <message>
        <source>No TPM</source>
        <translation>Aucun TPM</translation>
    </message>
    <message>
        <source>Windows Server does not require a TPM for hotpatch; Credential Guard and measured boot work better with TPM 2.0.</source>
        <translation>Windows Server n&apos;exige pas de TPM pour le hotpatch ; Credential Guard et le démarrage mesuré fonctionnent mieux avec TPM 2.0.</translation>
    </message>
    <message>
        <source>No TPM found</source>
        <translation>Aucun TPM trouvé</translation>
    </message>
    <message>
        <source>Windows 11 requires TPM 2.0; a device without one runs an unsupported installation. Most devices since 2016 have a firmware TPM that is only switched off.</source>
        <translation>Windows 11 nécessite TPM 2.0 ; un appareil sans TPM exécute une installation non prise en charge. La plupart des appareils depuis 2016 ont un TPM de microprogramme simplement désactivé.</translation>
    </message>
    <message>
        <source>Turn on the firmware TPM in firmware setup (Intel PTT or AMD fTPM); on a VM, add a virtual TPM. If the device has no TPM at all it needs other hardware.</source>
        <translation>Activez le TPM du microprogramme (Intel PTT ou AMD fTPM) ; sur une machine virtuelle, ajoutez un TPM virtuel. Si l&apos;appareil n&apos;a aucun TPM, il faut un autre matériel.</translation>
    </message>
    <message>
        <source>TPM %1 (Windows 11 needs 2.0)</source>
        <translation>TPM %1 (Windows 11 nécessite 2.0)</translation>
    </message>
    <message>
        <source>Windows 11 requires TPM 2.0; some TPM 1.2 chips can take a 2.0 firmware update from the OEM.</source>
        <translation>Windows 11 nécessite TPM 2.0 ; certaines puces TPM 1.2 peuvent recevoir une mise à jour du microprogramme vers 2.0 auprès de l&apos;OEM.</translation>
    </message>
    <message>
        <source>Check the OEM for a TPM 2.0 firmware update; otherwise replace the device.</source>
        <translation>Demandez à l&apos;OEM une mise à jour du microprogramme TPM 2.0 ; sinon, remplacez l&apos;appareil.</translation>
    </message>
    <message>
        <source>Virtualization extensions (VT-x / AMD-V)</source>
        <translation>Extensions de virtualisation (VT-x / AMD-V)</translation>
    </message>
    <message>
        <source>VBS runs, so the extensions are present</source>
        <translation>VBS s&apos;exécute, les extensions sont donc présentes</translation>
    </message>
    <message>
        <source>Virtualization extensions unknown</source>
        <translation>Extensions de virtualisation inconnues</translation>
    </message>
    <message>
        <source>The virtualization extensions</source>
        <translation>les extensions de virtualisation</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présentes</translation>
    </message>
    <message>
        <source>The hypervisor needs VT-x or AMD-V.</source>
        <translation>L&apos;hyperviseur nécessite VT-x ou AMD-V.</translation>
    </message>
    <message>
        <source>This VM does not see virtualization extensions</source>
        <translation>Cette machine virtuelle ne voit pas les extensions de virtualisation</translation>
    </message>
    <message>
        <source>VBS inside a virtual machine needs nested virtualization from the host; without it the guest cannot start the Windows hypervisor.</source>
        <translation>VBS dans une machine virtuelle nécessite la virtualisation imbriquée de l&apos;hôte ; sans elle, l&apos;invité ne peut pas démarrer l&apos;hyperviseur Windows.</translation>
    </message>
    <message>
        <source>On the Hyper-V host, with the VM off: Set-VMProcessor -VMName &lt;name&gt; -ExposeVirtualizationExtensions $true (other hosts: enable nested virtualization / &apos;expose hardware assisted virtualization&apos;). The VM must be Generation 2 with Secure Boot.</source>
        <translation>Sur l&apos;hôte Hyper-V, machine virtuelle arrêtée : Set-VMProcessor -VMName &lt;name&gt; -ExposeVirtualizationExtensions $true (autres hôtes : activez la virtualisation imbriquée / « expose hardware assisted virtualization »). La machine virtuelle doit être de génération 2 avec démarrage sécurisé.</translation>
    </message>
    <message>
        <source>The processor has no VT-x / AMD-V</source>
        <translation>Le processeur n&apos;a pas VT-x / AMD-V</translation>
    </message>
    <message>
        <source>Without virtualization extensions the Windows hypervisor cannot start, so VBS cannot run.</source>
        <translation>Sans extensions de virtualisation, l&apos;hyperviseur Windows ne peut pas démarrer ; VBS ne peut donc pas s&apos;exécuter.</translation>
    </message>
    <message>
        <source>This device needs other hardware.</source>
        <translation>Cet appareil nécessite un autre matériel.</translation>
    </message>
    <message>
        <source>Virtualization enabled in firmware</source>
        <translation>Virtualisation activée dans le microprogramme</translation>
    </message>
    <message>
        <source>Virtual machine: decided by the host (see HP-CPU-VIRT)</source>
        <translation>Machine virtuelle : décidé par l&apos;hôte (voir HP-CPU-VIRT)</translation>
    </message>
    <message>
        <source>A guest&apos;s virtualization comes from its host&apos;s settings.</source>
        <translation>La virtualisation d&apos;un invité dépend des paramètres de son hôte.</translation>
    </message>
    <message>
        <source>VBS runs, so virtualization is enabled</source>
        <translation>VBS s&apos;exécute, la virtualisation est donc activée</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Whether firmware enables virtualization</source>
        <translation>si le microprogramme active la virtualisation</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Firmware makes VT-x / AMD-V available.</source>
        <translation>Le microprogramme rend VT-x / AMD-V disponible.</translation>
    </message>
    <message>
        <source>The processor has no extensions (see HP-CPU-VIRT)</source>
        <translation>Le processeur n&apos;a pas d&apos;extensions (voir HP-CPU-VIRT)</translation>
    </message>
    <message>
        <source>Nothing to enable in firmware.</source>
        <translation>Rien à activer dans le microprogramme.</translation>
    </message>
    <message>
        <source>Virtualization is disabled in firmware setup</source>
        <translation>La virtualisation est désactivée dans le microprogramme</translation>
    </message>
    <message>
        <source>The processor supports virtualization, but firmware setup has it switched off, so the hypervisor cannot start and VBS cannot run.</source>
        <translation>Le processeur prend en charge la virtualisation, mais elle est désactivée dans le microprogramme ; l&apos;hyperviseur ne peut donc pas démarrer et VBS ne peut pas s&apos;exécuter.</translation>
    </message>
    <message>
        <source>Enable Intel VT-x (Intel Virtualization Technology) or AMD SVM in firmware setup (usually Advanced &gt; CPU Configuration).</source>
        <translation>Activez Intel VT-x (Intel Virtualization Technology) ou AMD SVM dans le microprogramme (généralement Advanced &gt; CPU Configuration).</translation>
    </message>
    <message>
        <source>Second Level Address Translation</source>
        <translation>Second Level Address Translation</translation>
    </message>
    <message>
        <source>VBS runs, so SLAT is present</source>
        <translation>VBS s&apos;exécute, SLAT est donc présent</translation>
    </message>
    <message>
        <source>SLAT support</source>
        <translation>la prise en charge de SLAT</translation>
    </message>
    <message>
        <source>Present (EPT / RVI)</source>
        <translation>Présent (EPT / RVI)</translation>
    </message>
    <message>
        <source>The hypervisor needs SLAT.</source>
        <translation>L&apos;hyperviseur nécessite SLAT.</translation>
    </message>
    <message>
        <source>No virtualization extensions (see HP-CPU-VIRT)</source>
        <translation>Pas d&apos;extensions de virtualisation (voir HP-CPU-VIRT)</translation>
    </message>
    <message>
        <source>SLAT is part of the virtualization extensions.</source>
        <translation>SLAT fait partie des extensions de virtualisation.</translation>
    </message>
    <message>
        <source>The processor has no SLAT</source>
        <translation>Le processeur n&apos;a pas SLAT</translation>
    </message>
    <message>
        <source>The Windows hypervisor needs SLAT (Intel EPT / AMD RVI); VBS cannot run without it.</source>
        <translation>L&apos;hyperviseur Windows nécessite SLAT (Intel EPT / AMD RVI) ; VBS ne peut pas s&apos;exécuter sans.</translation>
    </message>
    <message>
        <source>No-execute (DEP)</source>
        <translation>Prévention de l&apos;exécution des données (DEP)</translation>
    </message>
    <message>
        <source>NX support</source>
        <translation>la prise en charge de NX</translation>
    </message>
    <message>
        <source>VBS needs NX.</source>
        <translation>VBS nécessite NX.</translation>
    </message>
    <message>
        <source>NX / Execute Disable is off</source>
        <translation>NX / Execute Disable est désactivé</translation>
    </message>
    <message>
        <source>VBS needs the no-execute protection.</source>
        <translation>VBS nécessite la protection contre l&apos;exécution.</translation>
    </message>
    <message>
        <source>Enable Execute Disable Bit (XD/NX) in firmware setup.</source>
        <translation>Activez Execute Disable Bit (XD/NX) dans le microprogramme.</translation>
    </message>
    <message>
        <source>Hypervisor launch in the boot configuration</source>
        <translation>Lancement de l&apos;hyperviseur dans la configuration de démarrage</translation>
    </message>
    <message>
        <source>VBS runs, so the hypervisor launches</source>
        <translation>VBS s&apos;exécute, l&apos;hyperviseur démarre donc</translation>
    </message>
    <message>
        <source>Boot configuration not readable</source>
        <translation>Configuration de démarrage illisible</translation>
    </message>
    <message>
        <source>The boot configuration</source>
        <translation>la configuration de démarrage</translation>
    </message>
    <message>
        <source>hypervisorlaunchtype is Off</source>
        <translation>hypervisorlaunchtype vaut Off</translation>
    </message>
    <message>
        <source>The boot configuration tells Windows not to start the hypervisor (often left by an emulator or game installer, or a tuning script), so VBS cannot run.</source>
        <translation>La configuration de démarrage indique à Windows de ne pas démarrer l&apos;hyperviseur (souvent laissé par un émulateur, un programme d&apos;installation de jeu ou un script d&apos;optimisation) ; VBS ne peut donc pas s&apos;exécuter.</translation>
    </message>
    <message>
        <source>In an elevated prompt run &apos;bcdedit /set {current} hypervisorlaunchtype auto&apos;, then restart. Check first which software turned it off (some older emulators need it off).</source>
        <translation>Dans une invite de commandes avec élévation, exécutez « bcdedit /set {current} hypervisorlaunchtype auto », puis redémarrez. Vérifiez d&apos;abord quel logiciel l&apos;a désactivé (certains anciens émulateurs en ont besoin).</translation>
    </message>
    <message>
        <source>hypervisorlaunchtype %1</source>
        <translation>hypervisorlaunchtype %1</translation>
    </message>
    <message>
        <source>Windows starts the hypervisor at boot when VBS needs it.</source>
        <translation>Windows démarre l&apos;hyperviseur au démarrage quand VBS en a besoin.</translation>
    </message>
    <message>
        <source>DMA protection</source>
        <translation>Protection DMA</translation>
    </message>
    <message>
        <source>VBS requires DMA protection, which this device lacks</source>
        <translation>VBS exige la protection DMA, dont cet appareil est dépourvu</translation>
    </message>
    <message>
        <source>RequirePlatformSecurityFeatures=3 asks for Secure Boot and DMA protection (an IOMMU); Windows reports no DMA protection, so VBS will not start.</source>
        <translation>RequirePlatformSecurityFeatures=3 demande le démarrage sécurisé et la protection DMA (une IOMMU) ; Windows ne signale aucune protection DMA, VBS ne démarrera donc pas.</translation>
    </message>
    <message>
        <source>Lower the requirement to Secure Boot only (RequirePlatformSecurityFeatures=1) where it is set, or use hardware with an IOMMU (Intel VT-d / AMD-Vi, enabled in firmware).</source>
        <translation>Abaissez l&apos;exigence au seul démarrage sécurisé (RequirePlatformSecurityFeatures=1) là où elle est définie, ou utilisez du matériel avec une IOMMU (Intel VT-d / AMD-Vi, activé dans le microprogramme).</translation>
    </message>
    <message>
        <source>Kernel DMA Protection is on</source>
        <translation>La protection DMA du noyau est activée</translation>
    </message>
    <message>
        <source>External devices cannot read memory through DMA.</source>
        <translation>Les périphériques externes ne peuvent pas lire la mémoire par DMA.</translation>
    </message>
    <message>
        <source>Kernel DMA Protection state unknown</source>
        <translation>État de la protection DMA du noyau inconnu</translation>
    </message>
    <message>
        <source>Not needed for hotpatch.</source>
        <translation>Non nécessaire pour le hotpatch.</translation>
    </message>
    <message>
        <source>Kernel DMA Protection</source>
        <translation>la protection DMA du noyau</translation>
    </message>
    <message>
        <source>Kernel DMA Protection is off</source>
        <translation>La protection DMA du noyau est désactivée</translation>
    </message>
    <message>
        <source>Not needed for hotpatch. Only required if VBS is set to require DMA protection (RequirePlatformSecurityFeatures=3). It needs UEFI, an IOMMU and VT-d/AMD-Vi enabled in firmware.</source>
        <translation>Non nécessaire pour le hotpatch. Requise uniquement si VBS est configuré pour exiger la protection DMA (RequirePlatformSecurityFeatures=3). Elle nécessite UEFI, une IOMMU et VT-d/AMD-Vi activé dans le microprogramme.</translation>
    </message>
    <message>
        <source>VBS configured</source>
        <translation>VBS configuré</translation>
    </message>
    <message>
        <source>Configuration unknown</source>
        <translation>Configuration inconnue</translation>
    </message>
    <message>
        <source>The VBS configuration</source>
        <translation>la configuration VBS</translation>
    </message>
    <message>
        <source>VBS is turned on (by %1)</source>
        <translation>VBS est activé (par %1)</translation>
    </message>
    <message>
        <source>Windows will start VBS at boot when the hardware and firmware allow it.</source>
        <translation>Windows démarrera VBS au démarrage dès que le matériel et le microprogramme le permettent.</translation>
    </message>
    <message>
        <source>Group Policy turns VBS off</source>
        <translation>La stratégie de groupe désactive VBS</translation>
    </message>
    <message>
        <source>Intune (MDM) policy turns VBS off</source>
        <translation>La stratégie Intune (MDM) désactive VBS</translation>
    </message>
    <message>
        <source>The Group Policy value HKLM\%1\EnableVirtualizationBasedSecurity is 0. A local change would be reverted at the next policy refresh, so this tool does not override it.</source>
        <translation>La valeur de stratégie de groupe HKLM\%1\EnableVirtualizationBasedSecurity vaut 0. Une modification locale serait annulée à la prochaine actualisation de la stratégie ; cet outil ne la remplace donc pas.</translation>
    </message>
    <message>
        <source>The MDM policy value HKLM\%1\EnableVirtualizationBasedSecurity is 0. A local change would be reverted at the next policy refresh, so this tool does not override it.</source>
        <translation>La valeur de stratégie MDM HKLM\%1\EnableVirtualizationBasedSecurity vaut 0. Une modification locale serait annulée à la prochaine actualisation de la stratégie ; cet outil ne la remplace donc pas.</translation>
    </message>
    <message>
        <source>Set &apos;Turn On Virtualization Based Security&apos; (Computer Configuration &gt; Administrative Templates &gt; System &gt; Device Guard) to Enabled with &apos;Secure Boot&apos; in the GPO that applies, then restart.</source>
        <translation>Définissez « Activer la sécurité basée sur la virtualisation » (Configuration ordinateur &gt; Modèles d&apos;administration &gt; Système &gt; Device Guard) sur Activé avec « Démarrage sécurisé » dans l&apos;objet de stratégie de groupe qui s&apos;applique, puis redémarrez.</translation>
    </message>
    <message>
        <source>In Intune, set DeviceGuard/EnableVirtualizationBasedSecurity to 1 (and RequirePlatformSecurityFeatures to 1) in the profile assigned to this device, then restart.</source>
        <translation>Dans Intune, définissez DeviceGuard/EnableVirtualizationBasedSecurity sur 1 (et RequirePlatformSecurityFeatures sur 1) dans le profil attribué à cet appareil, puis redémarrez.</translation>
    </message>
    <message>
        <source>VBS is not turned on</source>
        <translation>VBS n&apos;est pas activé</translation>
    </message>
    <message>
        <source>Nothing enables virtualization-based security on this device. This tool can turn it on (EnableVirtualizationBasedSecurity=1, RequirePlatformSecurityFeatures=1); it takes effect at the next restart.</source>
        <translation>Rien n&apos;active la sécurité basée sur la virtualisation sur cet appareil. Cet outil peut l&apos;activer (EnableVirtualizationBasedSecurity=1, RequirePlatformSecurityFeatures=1) ; cela prend effet au prochain redémarrage.</translation>
    </message>
    <message>
        <source>Set HKLM\%1 EnableVirtualizationBasedSecurity=1 and RequirePlatformSecurityFeatures=1 (REG_DWORD), then restart once.</source>
        <translation>Définir HKLM\%1 EnableVirtualizationBasedSecurity=1 et RequirePlatformSecurityFeatures=1 (REG_DWORD), puis redémarrer une fois.</translation>
    </message>
    <message>
        <source>Group Policy sets EnableVirtualizationBasedSecurity=0, overriding another source that turns VBS on; fix it in the GPO, not on the device.</source>
        <translation>La stratégie de groupe définit EnableVirtualizationBasedSecurity=0, ce qui l&apos;emporte sur une autre source qui active VBS ; corrigez-la dans l&apos;objet de stratégie de groupe, pas sur l&apos;appareil.</translation>
    </message>
    <message>
        <source>Group Policy sets EnableVirtualizationBasedSecurity=0; fix it in the GPO, not on the device.</source>
        <translation>La stratégie de groupe définit EnableVirtualizationBasedSecurity=0 ; corrigez-la dans l&apos;objet de stratégie de groupe, pas sur l&apos;appareil.</translation>
    </message>
    <message>
        <source>MDM policy sets EnableVirtualizationBasedSecurity=0, overriding another source that turns VBS on; fix it in Intune, not on the device.</source>
        <translation>La stratégie MDM définit EnableVirtualizationBasedSecurity=0, ce qui l&apos;emporte sur une autre source qui active VBS ; corrigez-la dans Intune, pas sur l&apos;appareil.</translation>
    </message>
    <message>
        <source>MDM policy sets EnableVirtualizationBasedSecurity=0; fix it in Intune, not on the device.</source>
        <translation>La stratégie MDM définit EnableVirtualizationBasedSecurity=0 ; corrigez-la dans Intune, pas sur l&apos;appareil.</translation>
    </message>
    <message>
        <source>VBS is not turned on by any source (registry, Group Policy or MDM).</source>
        <translation>VBS n&apos;est activé par aucune source (Registre, stratégie de groupe ou MDM).</translation>
    </message>
    <message>
        <source>Secure Boot is unsupported (legacy BIOS boot) while the configuration requires it (RequirePlatformSecurityFeatures=%1).</source>
        <translation>Le démarrage sécurisé n&apos;est pas pris en charge (démarrage BIOS hérité) alors que la configuration l&apos;exige (RequirePlatformSecurityFeatures=%1).</translation>
    </message>
    <message>
        <source>Secure Boot is off while the configuration requires it (RequirePlatformSecurityFeatures=%1).</source>
        <translation>Le démarrage sécurisé est désactivé alors que la configuration l&apos;exige (RequirePlatformSecurityFeatures=%1).</translation>
    </message>
    <message>
        <source>Secure Boot is unsupported (legacy BIOS boot); the VBS fix requires it.</source>
        <translation>Le démarrage sécurisé n&apos;est pas pris en charge (démarrage BIOS hérité) ; la correction VBS l&apos;exige.</translation>
    </message>
    <message>
        <source>Secure Boot is off; the VBS fix requires it.</source>
        <translation>Le démarrage sécurisé est désactivé ; la correction VBS l&apos;exige.</translation>
    </message>
    <message>
        <source>The configuration requires DMA protection (RequirePlatformSecurityFeatures=3), but Windows reports none available (no IOMMU, or VT-d/AMD-Vi off in firmware).</source>
        <translation>La configuration exige la protection DMA (RequirePlatformSecurityFeatures=3), mais Windows n&apos;en signale aucune disponible (pas d&apos;IOMMU, ou VT-d/AMD-Vi désactivé dans le microprogramme).</translation>
    </message>
    <message>
        <source>32-bit Windows cannot run the hypervisor.</source>
        <translation>Un Windows 32 bits ne peut pas exécuter l&apos;hyperviseur.</translation>
    </message>
    <message>
        <source>This virtual machine&apos;s host does not expose virtualization extensions (nested virtualization is off).</source>
        <translation>L&apos;hôte de cette machine virtuelle n&apos;expose pas les extensions de virtualisation (la virtualisation imbriquée est désactivée).</translation>
    </message>
    <message>
        <source>The processor has no virtualization extensions (VT-x / AMD-V).</source>
        <translation>Le processeur n&apos;a pas d&apos;extensions de virtualisation (VT-x / AMD-V).</translation>
    </message>
    <message>
        <source>Virtualization (Intel VT-x / AMD SVM) is disabled in firmware setup.</source>
        <translation>La virtualisation (Intel VT-x / AMD SVM) est désactivée dans le microprogramme.</translation>
    </message>
    <message>
        <source>The processor has no Second Level Address Translation (EPT/RVI).</source>
        <translation>Le processeur n&apos;a pas de Second Level Address Translation (EPT/RVI).</translation>
    </message>
    <message>
        <source>No-execute protection (NX/XD) is off.</source>
        <translation>La protection contre l&apos;exécution (NX/XD) est désactivée.</translation>
    </message>
    <message>
        <source>The boot configuration has hypervisorlaunchtype Off, so the hypervisor never starts.</source>
        <translation>La configuration de démarrage contient hypervisorlaunchtype Off ; l&apos;hyperviseur ne démarre donc jamais.</translation>
    </message>
    <message>
        <source>VBS was turned on after the last boot; it starts only after a restart, and only once the other causes listed are fixed.</source>
        <translation>VBS a été activé après le dernier démarrage ; il ne démarre qu&apos;après un redémarrage, et seulement une fois les autres causes listées corrigées.</translation>
    </message>
    <message>
        <source>VBS was turned on after the last boot; it starts only after a restart.</source>
        <translation>VBS a été activé après le dernier démarrage ; il ne démarre qu&apos;après un redémarrage.</translation>
    </message>
    <message>
        <source>Windows reports VBS enabled but not running, and none of the known causes was found. Check the System event log (Kernel-Boot) and msinfo32; unknown facts above may hide the cause.</source>
        <translation>Windows signale VBS activé mais pas en cours d&apos;exécution, et aucune des causes connues n&apos;a été trouvée. Consultez le journal d&apos;événements Système (Kernel-Boot) et msinfo32 ; des faits inconnus ci-dessus peuvent masquer la cause.</translation>
    </message>
    <message>
        <source>VBS running</source>
        <translation>VBS en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>VBS state unknown</source>
        <translation>État de VBS inconnu</translation>
    </message>
    <message>
        <source>Virtualization-based security: Running</source>
        <extracomment>%1: why VBS does not run (the diagnosis, whole sentences).</extracomment>
        <translation>Sécurité basée sur la virtualisation : en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>VBS runs: the hard gate for hotpatch is met.</source>
        <translation>VBS s&apos;exécute : la condition indispensable au hotpatch est remplie.</translation>
    </message>
    <message>
        <source>Virtualization-based security: Not enabled</source>
        <translation>Sécurité basée sur la virtualisation : non activée</translation>
    </message>
    <message>
        <source>Virtualization-based security: Enabled but not running</source>
        <translation>Sécurité basée sur la virtualisation : activée mais pas en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>Hotpatch is offered only while VBS runs.</source>
        <translation>Le hotpatch n&apos;est proposé que tant que VBS s&apos;exécute.</translation>
    </message>
    <message>
        <source>Apply the VBS fix (if needed) and restart once.</source>
        <translation>Appliquez la correction VBS (si nécessaire) et redémarrez une fois.</translation>
    </message>
    <message>
        <source>Investigate the cause (see the diagnosis).</source>
        <translation>Recherchez la cause (voir le diagnostic).</translation>
    </message>
    <message>
        <source>Fix the causes listed in the diagnosis; VBS starts at the next restart.</source>
        <translation>Corrigez les causes listées dans le diagnostic ; VBS démarre au prochain redémarrage.</translation>
    </message>
    <message>
        <source>CHPE disabled (Arm64)</source>
        <translation>CHPE désactivé (Arm64)</translation>
    </message>
    <message>
        <source>CHPE applies to Arm64 only.</source>
        <translation>CHPE ne concerne que Arm64.</translation>
    </message>
    <message>
        <source>Not Arm64: Intel and AMD processors have no CHPE</source>
        <translation>Pas Arm64 : les processeurs Intel et AMD n&apos;ont pas de CHPE</translation>
    </message>
    <message>
        <source>Only Arm64 devices need CHPE disabled.</source>
        <translation>Seuls les appareils Arm64 doivent désactiver CHPE.</translation>
    </message>
    <message>
        <source>CHPE state unknown</source>
        <translation>État de CHPE inconnu</translation>
    </message>
    <message>
        <source>CHPE is disabled (HotPatchRestrictions=1)</source>
        <translation>CHPE est désactivé (HotPatchRestrictions=1)</translation>
    </message>
    <message>
        <source>Arm64 hotpatch requirement met.</source>
        <translation>Condition Arm64 du hotpatch remplie.</translation>
    </message>
    <message>
        <source>Disabling CHPE makes x86 apps use the emulation-only binaries instead of CHPE binaries, which Microsoft warns may affect performance or compatibility. To undo: HotPatchRestrictions=0 and restart.</source>
        <translation>Désactiver CHPE fait utiliser aux applications x86 les binaires d&apos;émulation seule au lieu des binaires CHPE, ce qui, selon Microsoft, peut affecter les performances ou la compatibilité. Pour annuler : HotPatchRestrictions=0 et redémarrage.</translation>
    </message>
    <message>
        <source>CHPE disable is set and waits for a restart</source>
        <translation>La désactivation de CHPE est définie et attend un redémarrage</translation>
    </message>
    <message>
        <source>HotPatchRestrictions=1 takes effect at the next restart.</source>
        <translation>HotPatchRestrictions=1 prend effet au prochain redémarrage.</translation>
    </message>
    <message>
        <source>Restart once.</source>
        <translation>Redémarrez une fois.</translation>
    </message>
    <message>
        <source>CHPE is enabled: Arm64 hotpatch needs it disabled</source>
        <translation>CHPE est activé : le hotpatch Arm64 exige qu&apos;il soit désactivé</translation>
    </message>
    <message>
        <source>Hotpatch updates cannot service CHPE binaries in %SystemRoot%\SyChpe32.</source>
        <translation>Les mises à jour hotpatch ne peuvent pas mettre à jour les binaires CHPE dans %SystemRoot%\SyChpe32.</translation>
    </message>
    <message>
        <source>Set HKLM\%1 HotPatchRestrictions=1 (REG_DWORD), then restart once.</source>
        <translation>Définir HKLM\%1 HotPatchRestrictions=1 (REG_DWORD), puis redémarrer une fois.</translation>
    </message>
    <message>
        <source>Intune management</source>
        <translation>Gestion Intune</translation>
    </message>
    <message>
        <source>Windows Server: managed through Azure Arc, not Intune</source>
        <translation>Windows Server : géré via Azure Arc, pas Intune</translation>
    </message>
    <message>
        <source>Server hotpatch is enabled in Azure Arc / Azure Update Manager (see HP-HOTPATCH-POLICY).</source>
        <translation>Le hotpatch des serveurs s&apos;active dans Azure Arc / Azure Update Manager (voir HP-HOTPATCH-POLICY).</translation>
    </message>
    <message>
        <source>Enrollment unknown</source>
        <translation>Inscription inconnue</translation>
    </message>
    <message>
        <source>MDM enrollment</source>
        <translation>l&apos;inscription MDM</translation>
    </message>
    <message>
        <source>Not enrolled in MDM</source>
        <translation>Non inscrit à une solution MDM</translation>
    </message>
    <message>
        <source>Hotpatch is turned on by an Intune Windows quality update policy, so the device must be enrolled in Intune.</source>
        <translation>Le hotpatch est activé par une stratégie de mises à jour qualité Windows d&apos;Intune ; l&apos;appareil doit donc être inscrit dans Intune.</translation>
    </message>
    <message>
        <source>Enroll the device in Intune (Settings &gt; Accounts &gt; Access work or school, or Autopilot / Entra join with automatic MDM enrollment).</source>
        <translation>Inscrivez l&apos;appareil dans Intune (Paramètres &gt; Comptes &gt; Accès Professionnel ou Scolaire, ou Autopilot / jonction Entra avec inscription MDM automatique).</translation>
    </message>
    <message>
        <source>Enrolled in Microsoft Intune</source>
        <translation>Inscrit dans Microsoft Intune</translation>
    </message>
    <message>
        <source>Intune can deliver the hotpatch policy.</source>
        <translation>Intune peut distribuer la stratégie hotpatch.</translation>
    </message>
    <message>
        <source>Enrolled, provider not identified</source>
        <translation>Inscrit, fournisseur non identifié</translation>
    </message>
    <message>
        <source>The device is registered with management, but the enrollment does not name Intune; confirm in the Intune admin center.</source>
        <translation>L&apos;appareil est inscrit à une gestion, mais l&apos;inscription ne nomme pas Intune ; vérifiez dans le centre d&apos;administration Intune.</translation>
    </message>
    <message>
        <source>Managed by %1, not Intune</source>
        <translation>Géré par %1, pas par Intune</translation>
    </message>
    <message>
        <source>Hotpatch is turned on by an Intune / Windows Autopatch quality update policy.</source>
        <translation>Le hotpatch est activé par une stratégie de mises à jour qualité Intune / Windows Autopatch.</translation>
    </message>
    <message>
        <source>Move the device to Intune management (co-management workloads included).</source>
        <translation>Passez l&apos;appareil en gestion Intune (charges de travail de cogestion comprises).</translation>
    </message>
    <message>
        <source>Hotpatch policy</source>
        <translation>Stratégie hotpatch</translation>
    </message>
    <message>
        <source>Hotpatch Enrollment Package installed</source>
        <translation>Hotpatch Enrollment Package installé</translation>
    </message>
    <message>
        <source>The server shows the hotpatch enrollment package (a third-party-documented signal [3P]).</source>
        <translation>Le serveur présente le package d&apos;inscription hotpatch (un signal documenté par des tiers [3P]).</translation>
    </message>
    <message>
        <source>No hotpatch enrollment seen on this server</source>
        <translation>Aucune inscription hotpatch constatée sur ce serveur</translation>
    </message>
    <message>
        <source>The &apos;Hotpatch Enrollment Package&apos; was not found (a third-party-documented signal [3P]). Hotpatch for Windows Server 2025 is enabled in Azure Arc (or is built into Azure Edition).</source>
        <translation>Le « Hotpatch Enrollment Package » est introuvable (un signal documenté par des tiers [3P]). Le hotpatch pour Windows Server 2025 s&apos;active dans Azure Arc (ou est intégré à Azure Edition).</translation>
    </message>
    <message>
        <source>Arc-enable the server and select Hotpatch in the Azure portal.</source>
        <translation>Activez Arc pour le serveur et sélectionnez Hotpatch dans le portail Azure.</translation>
    </message>
    <message>
        <source>No MDM: no policy can arrive (see HP-MDM)</source>
        <translation>Pas de MDM : aucune stratégie ne peut arriver (voir HP-MDM)</translation>
    </message>
    <message>
        <source>The hotpatch policy comes from Intune.</source>
        <translation>La stratégie hotpatch vient d&apos;Intune.</translation>
    </message>
    <message>
        <source>Policy state unknown</source>
        <translation>État de la stratégie inconnu</translation>
    </message>
    <message>
        <source>The hotpatch policy</source>
        <translation>la stratégie hotpatch</translation>
    </message>
    <message>
        <source>AllowRebootlessUpdates=1: hotpatch is turned on</source>
        <translation>AllowRebootlessUpdates=1 : le hotpatch est activé</translation>
    </message>
    <message>
        <source>The Intune quality update policy with hotpatch reached this device. (Registry location from third-party tools, not documented by Microsoft [UNCONFIRMED].) Settings &gt; Windows Update &gt; Advanced options &gt; Configured update policies should list &apos;Enable hotpatching when available&apos;.</source>
        <translation>La stratégie de mises à jour qualité Intune avec hotpatch a atteint cet appareil. (Emplacement du Registre issu d&apos;outils tiers, non documenté par Microsoft [UNCONFIRMED].) Paramètres &gt; Windows Update &gt; Options avancées &gt; Stratégies de mise à jour configurées doit indiquer « Activer le hotpatching lorsqu&apos;il est disponible ».</translation>
    </message>
    <message>
        <source>AllowRebootlessUpdates=%1: hotpatch is turned off</source>
        <translation>AllowRebootlessUpdates=%1 : le hotpatch est désactivé</translation>
    </message>
    <message>
        <source>The policy that reached this device does not allow hotpatch.</source>
        <translation>La stratégie qui a atteint cet appareil n&apos;autorise pas le hotpatch.</translation>
    </message>
    <message>
        <source>In Intune (Devices &gt; Windows updates &gt; Quality updates), set &apos;When available, apply without restarting the device (&quot;Hotpatch&quot;)&apos; to Allow in the policy assigned to this device.</source>
        <translation>Dans Intune (Appareils &gt; Mises à jour Windows &gt; Mises à jour qualité), définissez « When available, apply without restarting the device (&quot;Hotpatch&quot;) » sur Allow dans la stratégie attribuée à cet appareil.</translation>
    </message>
    <message>
        <source>No hotpatch policy value found on the device</source>
        <translation>Aucune valeur de stratégie hotpatch trouvée sur l&apos;appareil</translation>
    </message>
    <message>
        <source>No AllowRebootlessUpdates value was found (a location used by third-party tools, not documented by Microsoft [UNCONFIRMED]). Since the May 2026 update, Windows Autopatch turns hotpatch on by default for eligible devices that have no quality update policy, so this may still be fine.</source>
        <translation>Aucune valeur AllowRebootlessUpdates n&apos;a été trouvée (un emplacement utilisé par des outils tiers, non documenté par Microsoft [UNCONFIRMED]). Depuis la mise à jour de mai 2026, Windows Autopatch active le hotpatch par défaut pour les appareils éligibles sans stratégie de mises à jour qualité ; cela peut donc être correct.</translation>
    </message>
    <message>
        <source>Confirm in Intune that a Windows quality update policy with Hotpatch set to Allow (or the Autopatch default) applies to this device; on the device check Settings &gt; Windows Update &gt; Advanced options &gt; Configured update policies for &apos;Enable hotpatching when available&apos;.</source>
        <translation>Vérifiez dans Intune qu&apos;une stratégie de mises à jour qualité Windows avec Hotpatch sur Allow (ou la valeur par défaut d&apos;Autopatch) s&apos;applique à cet appareil ; sur l&apos;appareil, vérifiez sous Paramètres &gt; Windows Update &gt; Options avancées &gt; Stratégies de mise à jour configurées la présence de « Activer le hotpatching lorsqu&apos;il est disponible ».</translation>
    </message>
    <message>
        <source>Eligible licence</source>
        <translation>Licence éligible</translation>
    </message>
    <message>
        <source>The licence cannot be verified on the device</source>
        <translation>La licence ne peut pas être vérifiée sur l&apos;appareil</translation>
    </message>
    <message>
        <source>Hotpatch for Windows Server 2025 Standard/Datacenter comes with Azure Arc (no extra cost since the 2025 announcement); Azure Edition includes it. Nothing on the server shows it.</source>
        <translation>Le hotpatch pour Windows Server 2025 Standard/Datacenter est fourni avec Azure Arc (sans coût supplémentaire depuis l&apos;annonce de 2025) ; Azure Edition l&apos;inclut. Rien sur le serveur ne l&apos;indique.</translation>
    </message>
    <message>
        <source>Check the Arc subscription / Azure portal for this server.</source>
        <translation>Vérifiez l&apos;abonnement Arc / le portail Azure pour ce serveur.</translation>
    </message>
    <message>
        <source>Hotpatch needs one of: Windows 11 Enterprise E3 or E5, Microsoft 365 F3, Windows 11 Education A3 or A5, Microsoft 365 Business Premium, or Windows 365 Enterprise. Licences are assigned in the cloud and leave no trace on the device.</source>
        <translation>Le hotpatch nécessite l&apos;une de ces licences : Windows 11 Enterprise E3 ou E5, Microsoft 365 F3, Windows 11 Education A3 ou A5, Microsoft 365 Business Premium ou Windows 365 Enterprise. Les licences sont attribuées dans le cloud et ne laissent aucune trace sur l&apos;appareil.</translation>
    </message>
    <message>
        <source>Check the primary user&apos;s licences in the Microsoft 365 admin center (Users &gt; Active users &gt; Licenses and apps), or the Intune / Autopatch hotpatch report.</source>
        <translation>Vérifiez les licences de l&apos;utilisateur principal dans le centre d&apos;administration Microsoft 365 (Utilisateurs &gt; Utilisateurs actifs &gt; Licences et applications), ou le rapport hotpatch d&apos;Intune / Autopatch.</translation>
    </message>
    <message>
        <source>Pending restart</source>
        <translation>Redémarrage en attente</translation>
    </message>
    <message>
        <source>The pending-restart indicators</source>
        <translation>les indicateurs de redémarrage en attente</translation>
    </message>
    <message>
        <source>No restart pending</source>
        <translation>Aucun redémarrage en attente</translation>
    </message>
    <message>
        <source>Nothing waits for a restart.</source>
        <translation>Rien n&apos;attend de redémarrage.</translation>
    </message>
    <message>
        <source>A restart is pending (%1)</source>
        <translation>Un redémarrage est en attente (%1)</translation>
    </message>
    <message>
        <source>Updates or changes wait for a restart; until then the build and settings in effect are the old ones. The single restart this tool schedules completes them too.</source>
        <translation>Des mises à jour ou des modifications attendent un redémarrage ; d&apos;ici là, le build et les paramètres en vigueur sont les anciens. Le redémarrage unique planifié par cet outil les termine aussi.</translation>
    </message>
    <message>
        <source>Restart once (the same restart as the fixes).</source>
        <translation>Redémarrez une fois (le même redémarrage que pour les corrections).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A next step: %1 is the check&apos;s id (HP-...), %2 what to do.</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Restart the device once; every change above (and any pending update) takes effect with that single restart.</source>
        <translation>Redémarrez l&apos;appareil une fois ; chaque modification ci-dessus (et toute mise à jour en attente) prend effet avec ce redémarrage unique.</translation>
    </message>
    <message>
        <source>After the restart, assess again: msinfo32 &apos;Virtualization-based security&apos; must read Running and the verdict must be ready.</source>
        <translation>Après le redémarrage, évaluez de nouveau : dans msinfo32, « Sécurité basée sur la virtualisation » doit indiquer « En cours d&apos;exécution » et le verdict doit être prêt.</translation>
    </message>
    <message>
        <source>asked for: the values Group Policy writes, set locally (no domain GPO or MDM here)</source>
        <translation>demandé : les valeurs qu&apos;écrit la stratégie de groupe, définies localement (pas d&apos;objet de stratégie de groupe de domaine ni de MDM ici)</translation>
    </message>
    <message>
        <source>local policy values already exist under HKLM\%1 and outrank the runtime key; no domain GPO or MDM governs them</source>
        <translation>des valeurs de stratégie locale existent déjà sous HKLM\%1 et l&apos;emportent sur la clé d&apos;exécution ; aucun objet de stratégie de groupe de domaine ni MDM ne les gère</translation>
    </message>
    <message>
        <source>the runtime DeviceGuard key (policy values exist but are governed by a domain GPO or MDM, which this tool does not overwrite)</source>
        <translation>la clé d&apos;exécution DeviceGuard (des valeurs de stratégie existent mais sont gérées par un objet de stratégie de groupe de domaine ou un MDM, que cet outil ne remplace pas)</translation>
    </message>
    <message>
        <source>the runtime DeviceGuard key, Microsoft&apos;s documented registry method; no Group Policy or MDM sets VBS on this device</source>
        <translation>la clé d&apos;exécution DeviceGuard, la méthode de Registre documentée par Microsoft ; aucune stratégie de groupe ni MDM ne définit VBS sur cet appareil</translation>
    </message>
    <message>
        <source>DMA protection was asked for, but Windows reports no DMA protection on this device (AvailableSecurityProperties lacks 3): requiring it would stop VBS from starting, so the plan requires Secure Boot only (RequirePlatformSecurityFeatures=1).</source>
        <translation>La protection DMA a été demandée, mais Windows ne signale aucune protection DMA sur cet appareil (AvailableSecurityProperties ne contient pas 3) : l&apos;exiger empêcherait VBS de démarrer, le plan exige donc uniquement le démarrage sécurisé (RequirePlatformSecurityFeatures=1).</translation>
    </message>
    <message>
        <source>turns on virtualization-based security at the next boot</source>
        <translation>active la sécurité basée sur la virtualisation au prochain démarrage</translation>
    </message>
    <message>
        <source>VBS requires Secure Boot and DMA protection (asked for)</source>
        <translation>VBS exige le démarrage sécurisé et la protection DMA (demandé)</translation>
    </message>
    <message>
        <source>VBS requires Secure Boot (Microsoft&apos;s recommended setting)</source>
        <translation>VBS exige le démarrage sécurisé (le paramètre recommandé par Microsoft)</translation>
    </message>
    <message>
        <source>RequirePlatformSecurityFeatures is set by %1 on this device; the plan leaves it to that policy.</source>
        <extracomment>%1: the source&apos;s code, group_policy or mdm.</extracomment>
        <translation>RequirePlatformSecurityFeatures est défini par %1 sur cet appareil ; le plan le laisse à cette stratégie.</translation>
    </message>
    <message>
        <source>turns on memory integrity without UEFI lock (asked for)</source>
        <translation>active l&apos;intégrité de la mémoire sans verrou UEFI (demandé)</translation>
    </message>
    <message>
        <source>turns on memory integrity (asked for)</source>
        <translation>active l&apos;intégrité de la mémoire (demandé)</translation>
    </message>
    <message>
        <source>Memory integrity (HVCI) blocks drivers that are not compatible with it; a boot-critical incompatible driver can keep it off. Hotpatch needs VBS running, not memory integrity. After the restart, check Windows Security &gt; Device security &gt; Core isolation for incompatible drivers.</source>
        <translation>L&apos;intégrité de la mémoire (HVCI) bloque les pilotes qui ne sont pas compatibles avec elle ; un pilote incompatible critique pour le démarrage peut la maintenir désactivée. Le hotpatch nécessite que VBS s&apos;exécute, pas l&apos;intégrité de la mémoire. Après le redémarrage, recherchez les pilotes incompatibles dans Sécurité Windows &gt; Sécurité des appareils &gt; Isolation du noyau.</translation>
    </message>
    <message>
        <source>disables CHPE binaries on Arm64 at the next boot</source>
        <translation>désactive les binaires CHPE sur Arm64 au prochain démarrage</translation>
    </message>
    <message>
        <source>Disabling CHPE makes x86 apps use the emulation-only binaries instead of CHPE binaries; Microsoft warns this may affect performance or compatibility. To undo: HotPatchRestrictions=0 (or rollback) and restart.</source>
        <translation>Désactiver CHPE fait utiliser aux applications x86 les binaires d&apos;émulation seule au lieu des binaires CHPE ; selon Microsoft, cela peut affecter les performances ou la compatibilité. Pour annuler : HotPatchRestrictions=0 (ou restauration) et redémarrage.</translation>
    </message>
    <message>
        <source>the registry changes above take effect at boot</source>
        <translation>les modifications du Registre ci-dessus prennent effet au démarrage</translation>
    </message>
    <message>
        <source>VBS was turned on since the last boot and starts at the next one</source>
        <translation>VBS a été activé depuis le dernier démarrage et démarre au prochain</translation>
    </message>
    <message>
        <source>a CHPE change waits for a restart</source>
        <translation>une modification de CHPE attend un redémarrage</translation>
    </message>
    <message>
        <source>Windows has a restart pending (%1)</source>
        <extracomment>%1: Windows&apos; pending-restart indicators (codes), comma-separated.</extracomment>
        <translation>Windows a un redémarrage en attente (%1)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>A manual step: %1 the check&apos;s summary (what was found), %2 what to do.</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Could not be checked: %1</source>
        <translation>Vérification impossible : %1</translation>
    </message>
    <message>
        <source>CHPE is disabled</source>
        <translation>CHPE est désactivé</translation>
    </message>
    <message>
        <source>CHPE is still enabled: the restart has not happened since the change</source>
        <translation>CHPE est toujours activé : le redémarrage n&apos;a pas eu lieu depuis la modification</translation>
    </message>
    <message>
        <source>memory integrity is running</source>
        <translation>l&apos;intégrité de la mémoire s&apos;exécute</translation>
    </message>
    <message>
        <source>memory integrity is not running (an incompatible driver, or VBS not running).</source>
        <translation>l&apos;intégrité de la mémoire ne s&apos;exécute pas (un pilote incompatible, ou VBS ne s&apos;exécute pas).</translation>
    </message>
    <message>
        <source>VBS is configured but not running: %1</source>
        <translation>VBS est configuré mais ne s&apos;exécute pas : %1</translation>
    </message>
    <message>
        <source>the value is no longer what was written (something changed it back, e.g. a policy refresh); %1</source>
        <extracomment>%1: whether the change took effect (a sentence).</extracomment>
        <translation>la valeur n&apos;est plus celle écrite (quelque chose l&apos;a rétablie, par exemple une actualisation de stratégie) ; %1</translation>
    </message>
    <message>
        <source>Secure Boot 2023 certificates</source>
        <translation>Certificats 2023 du démarrage sécurisé</translation>
    </message>
    <message>
        <source>Microsoft&apos;s 2011 Secure Boot certificates expired in 2026 (KEK CA 2011 on 2026-06-24, UEFI CA 2011 on 2026-06-27, Windows Production PCA 2011 on 2026-10-19). A device without the 2023 certificates keeps booting and receiving normal Windows updates, but no longer receives boot manager security updates, Secure Boot database and revocation updates, or mitigations for future boot-level vulnerabilities. It does not affect hotpatch readiness, and no hotpatch fixes it.</source>
        <translation>Les certificats du démarrage sécurisé de Microsoft datant de 2011 ont expiré en 2026 (KEK CA 2011 le 2026-06-24, UEFI CA 2011 le 2026-06-27, Windows Production PCA 2011 le 2026-10-19). Un appareil sans les certificats de 2023 continue de démarrer et de recevoir les mises à jour Windows normales, mais ne reçoit plus les mises à jour de sécurité du gestionnaire de démarrage, les mises à jour de la base de données et des révocations du démarrage sécurisé, ni les atténuations des futures vulnérabilités au niveau du démarrage. Cela n&apos;affecte pas la préparation au hotpatch, et aucun hotpatch n&apos;y remédie.</translation>
    </message>
    <message>
        <source>The update (AvailableUpdates=0x5944) writes firmware variables (DB, then the KEK, which needs a PK-signed KEK from the device maker), installs the boot manager signed by Windows UEFI CA 2023 and needs more than one restart, separate from the hotpatch fix. With BitLocker on, suspend it for those restarts or have the recovery key at hand. Known firmware problems: firmware that rejects the write (event 1795), no PK-signed KEK for this firmware (AvailableUpdates stays 0x4004, event 1803), BIOS options that disable the 2023 CAs, firmware shipped in UEFI Deployed Mode.</source>
        <translation>La mise à jour (AvailableUpdates=0x5944) écrit des variables du microprogramme (DB, puis la KEK, qui nécessite une KEK signée par la PK, fournie par le fabricant de l&apos;appareil), installe le gestionnaire de démarrage signé par Windows UEFI CA 2023 et nécessite plus d&apos;un redémarrage, indépendamment de la correction hotpatch. Si BitLocker est activé, suspendez-le pour ces redémarrages ou gardez la clé de récupération à portée de main. Problèmes de microprogramme connus : microprogramme qui refuse l&apos;écriture (événement 1795), aucune KEK signée par la PK pour ce microprogramme (AvailableUpdates reste à 0x4004, événement 1803), options du BIOS qui désactivent les autorités de certification 2023, microprogramme livré en UEFI Deployed Mode.</translation>
    </message>
    <message>
        <source>Fleets: Intune or Group Policy &apos;Enable Secure Boot Certificate Deployment&apos; (KB5068198). This device: &apos;hotpatch-ready-cli secureboot plan&apos;, then &apos;secureboot apply --confirm&apos; (opt-in, its own restarts).</source>
        <translation>Parcs : Intune ou la stratégie de groupe « Enable Secure Boot Certificate Deployment » (KB5068198). Cet appareil : « hotpatch-ready-cli secureboot plan », puis « secureboot apply --confirm » (sur activation explicite, avec ses propres redémarrages).</translation>
    </message>
    <message>
        <source>Legacy BIOS boot: no Secure Boot certificates</source>
        <translation>Démarrage BIOS hérité : aucun certificat du démarrage sécurisé</translation>
    </message>
    <message>
        <source>The certificate rollover concerns UEFI devices with Secure Boot.</source>
        <translation>Le renouvellement des certificats concerne les appareils UEFI avec démarrage sécurisé.</translation>
    </message>
    <message>
        <source>Secure Boot is off: the certificate update does not run</source>
        <translation>Le démarrage sécurisé est désactivé : la mise à jour des certificats ne s&apos;exécute pas</translation>
    </message>
    <message>
        <source>With Secure Boot off the update fails (event 1796); turn Secure Boot on first (see HP-SECUREBOOT).</source>
        <translation>Lorsque le démarrage sécurisé est désactivé, la mise à jour échoue (événement 1796) ; activez d&apos;abord le démarrage sécurisé (voir HP-SECUREBOOT).</translation>
    </message>
    <message>
        <source>set</source>
        <translation>défini</translation>
    </message>
    <message>
        <source>The certificate update failed (UEFICA2023Error %1, event %2)</source>
        <translation>La mise à jour des certificats a échoué (UEFICA2023Error %1, événement %2)</translation>
    </message>
    <message>
        <source>The certificate update failed (UEFICA2023Error %1)</source>
        <translation>La mise à jour des certificats a échoué (UEFICA2023Error %1)</translation>
    </message>
    <message>
        <source>The update was started but the firmware or Windows reported an error; see the event (1795: the firmware refused the variable write, often fixed by a firmware update from the device maker).</source>
        <translation>La mise à jour a été lancée, mais le microprogramme ou Windows a signalé une erreur ; consultez l&apos;événement (1795 : le microprogramme a refusé l&apos;écriture de la variable, ce qu&apos;une mise à jour du microprogramme du fabricant de l&apos;appareil corrige souvent).</translation>
    </message>
    <message>
        <source>Update the device firmware (BIOS/UEFI) from the maker, then let the Secure-Boot-Update task retry; &apos;hotpatch-ready-cli secureboot verify&apos; reads the result.</source>
        <translation>Mettez à jour le microprogramme de l&apos;appareil (BIOS/UEFI) avec la version du fabricant, puis laissez la tâche Secure-Boot-Update réessayer ; « hotpatch-ready-cli secureboot verify » lit le résultat.</translation>
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
        <translation>le gestionnaire de démarrage signé par Windows UEFI CA 2023</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A list of items: %1 the items so far, %2 the next one.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The 2023 certificates are in place and the 2023-signed boot manager starts</source>
        <translation>Les certificats de 2023 sont en place et le gestionnaire de démarrage signé par le certificat de 2023 démarre</translation>
    </message>
    <message>
        <source>DB and KEK hold the 2023 certificates; boot-level security updates keep coming after the 2011 certificates&apos; expiry.</source>
        <translation>DB et KEK contiennent les certificats de 2023 ; les mises à jour de sécurité au niveau du démarrage continuent d&apos;arriver après l&apos;expiration des certificats de 2011.</translation>
    </message>
    <message>
        <source>Windows reports the update as done (UEFICA2023Status=Updated, WindowsUEFICA2023Capable=2); the firmware databases could not be read to confirm it (%1).</source>
        <translation>Windows indique que la mise à jour est terminée (UEFICA2023Status=Updated, WindowsUEFICA2023Capable=2) ; les bases de données du microprogramme n&apos;ont pas pu être lues pour le confirmer (%1).</translation>
    </message>
    <message>
        <source>The Secure Boot certificates could not be read</source>
        <translation>Impossible de lire les certificats du démarrage sécurisé</translation>
    </message>
    <message>
        <source>The Secure Boot databases</source>
        <translation>les bases de données du démarrage sécurisé</translation>
    </message>
    <message>
        <source>This never changes the hotpatch verdict.</source>
        <translation>Cela ne change jamais le verdict hotpatch.</translation>
    </message>
    <message>
        <source>The update has started (%1); the KEK step waits for a PK-signed KEK from the device maker (event 1803).</source>
        <extracomment>%1: the registry value that shows it, e.g. &quot;AvailableUpdates 0x4100&quot;.</extracomment>
        <translation>La mise à jour a commencé (%1) ; l&apos;étape KEK attend une KEK signée par la PK, fournie par le fabricant de l&apos;appareil (événement 1803).</translation>
    </message>
    <message>
        <source>The update has started (%1); one or more restarts are still needed to finish it.</source>
        <translation>La mise à jour a commencé (%1) ; un ou plusieurs redémarrages sont encore nécessaires pour la terminer.</translation>
    </message>
    <message>
        <source>Certificate update in progress: still missing %1</source>
        <translation>Mise à jour des certificats en cours : il manque encore %1</translation>
    </message>
    <message>
        <source>Ask the device maker for a PK-signed KEK (firmware update); the task retries every 12 hours.</source>
        <translation>Demandez au fabricant de l&apos;appareil une KEK signée par la PK (mise à jour du microprogramme) ; la tâche réessaie toutes les 12 heures.</translation>
    </message>
    <message>
        <source>Restart the device (more than once may be needed), then &apos;hotpatch-ready-cli secureboot verify&apos;.</source>
        <translation>Redémarrez l&apos;appareil (plusieurs fois si nécessaire), puis exécutez « hotpatch-ready-cli secureboot verify ».</translation>
    </message>
    <message>
        <source>Still on the 2011 Secure Boot certificates: missing %1</source>
        <translation>Toujours sur les certificats de 2011 du démarrage sécurisé : il manque %1</translation>
    </message>
    <message>
        <source>January %1</source>
        <translation>janvier %1</translation>
    </message>
    <message>
        <source>February %1</source>
        <translation>février %1</translation>
    </message>
    <message>
        <source>March %1</source>
        <translation>mars %1</translation>
    </message>
    <message>
        <source>April %1</source>
        <translation>avril %1</translation>
    </message>
    <message>
        <source>May %1</source>
        <translation>mai %1</translation>
    </message>
    <message>
        <source>June %1</source>
        <translation>juin %1</translation>
    </message>
    <message>
        <source>July %1</source>
        <translation>juillet %1</translation>
    </message>
    <message>
        <source>August %1</source>
        <translation>août %1</translation>
    </message>
    <message>
        <source>September %1</source>
        <translation>septembre %1</translation>
    </message>
    <message>
        <source>October %1</source>
        <translation>octobre %1</translation>
    </message>
    <message>
        <source>November %1</source>
        <translation>novembre %1</translation>
    </message>
    <message>
        <source>December %1</source>
        <translation>décembre %1</translation>
    </message>
    <message>
        <source>Build %1 (%2) is on no hotpatch track in the release table dated %3.</source>
        <translation>Le build %1 (%2) ne figure sur aucune piste hotpatch de la table des versions du %3.</translation>
    </message>
    <message>
        <source>The release table has no baseline for this track on or before %1.</source>
        <translation>La table des versions n&apos;a aucune référence pour cette piste au %1 ou avant.</translation>
    </message>
    <message>
        <source>Build %1 is on or after the latest baseline in the table, %2 %3 (%4).</source>
        <extracomment>%1 the device&apos;s build, %2 the baseline&apos;s month (YYYY-MM), %3 the baseline&apos;s build, %4 its KB.</extracomment>
        <translation>Le build %1 est au niveau de la dernière référence de la table ou plus récent : %2 %3 (%4).</translation>
    </message>
    <message>
        <source>Build %1 is older than the latest baseline, %2 %3 (%4).</source>
        <extracomment>%1 the device&apos;s build, %2 the baseline&apos;s month (YYYY-MM), %3 the baseline&apos;s build, %4 its KB.</extracomment>
        <translation>Le build %1 est antérieur à la dernière référence : %2 %3 (%4).</translation>
    </message>
    <message>
        <source>An apply did not finish (%1); run &apos;rollback&apos; to restore the prior values.</source>
        <translation>Une application ne s&apos;est pas terminée (%1) ; exécutez « rollback » pour restaurer les valeurs précédentes.</translation>
    </message>
    <message>
        <source>The changes were rolled back (%1); the device is as before.</source>
        <translation>Les modifications ont été annulées (%1) ; l&apos;appareil est comme avant.</translation>
    </message>
    <message>
        <source>Verified ready at %1 (see %2).</source>
        <translation>Vérifié prêt le %1 (voir %2).</translation>
    </message>
    <message>
        <source>Verification failed at %1 (see %2).</source>
        <translation>Échec de la vérification le %1 (voir %2).</translation>
    </message>
    <message>
        <source>Fixes applied (%1 value(s)), waiting for the restart scheduled at %2 UTC; verification runs after it.</source>
        <translation>Corrections appliquées (%1 valeur(s)), en attente du redémarrage planifié à %2 UTC ; la vérification s&apos;exécute ensuite.</translation>
    </message>
    <message>
        <source>No changes, waiting for the restart scheduled at %1 UTC; verification runs after it.</source>
        <translation>Aucune modification, en attente du redémarrage planifié à %1 UTC ; la vérification s&apos;exécute ensuite.</translation>
    </message>
    <message>
        <source>Fixes applied (%1 value(s)); no restart scheduled yet: run &apos;schedule-reboot&apos;.</source>
        <translation>Corrections appliquées (%1 valeur(s)) ; aucun redémarrage planifié pour l&apos;instant : exécutez « schedule-reboot ».</translation>
    </message>
    <message>
        <source>Nothing has been changed or scheduled on this device by this tool (state folder %1).</source>
        <translation>Cet outil n&apos;a rien modifié ni planifié sur cet appareil (dossier d&apos;état %1).</translation>
    </message>
    <message>
        <source>AvailableUpdates cannot be read (%1)</source>
        <translation>AvailableUpdates ne peut pas être lu (%1)</translation>
    </message>
    <message>
        <source>the device boots in legacy BIOS mode: there are no Secure Boot certificates to update</source>
        <translation>l&apos;appareil démarre en mode BIOS hérité : il n&apos;y a aucun certificat de démarrage sécurisé à mettre à jour</translation>
    </message>
    <message>
        <source>the firmware type is unknown (%1)</source>
        <translation>le type de microprogramme est inconnu (%1)</translation>
    </message>
    <message>
        <source>the Secure Boot state is unknown (%1)</source>
        <translation>l&apos;état du démarrage sécurisé est inconnu (%1)</translation>
    </message>
    <message>
        <source>Secure Boot is off: the update runs only with Secure Boot on (it would fail with event 1796)</source>
        <translation>le démarrage sécurisé est désactivé : la mise à jour ne s&apos;exécute qu&apos;avec le démarrage sécurisé activé (elle échouerait avec l&apos;événement 1796)</translation>
    </message>
    <message>
        <source>Secure Boot is unsupported: the update runs only with Secure Boot on (it would fail with event 1796)</source>
        <translation>le démarrage sécurisé n&apos;est pas pris en charge : la mise à jour ne s&apos;exécute qu&apos;avec le démarrage sécurisé activé (elle échouerait avec l&apos;événement 1796)</translation>
    </message>
    <message>
        <source>Secure Boot is %1: the update runs only with Secure Boot on (it would fail with event 1796)</source>
        <translation>le démarrage sécurisé est %1 : la mise à jour ne s&apos;exécute qu&apos;avec le démarrage sécurisé activé (elle échouerait avec l&apos;événement 1796)</translation>
    </message>
    <message>
        <source>not running as administrator: the update writes under HKLM and BitLocker must be checked first (run elevated)</source>
        <translation>non exécuté en tant qu&apos;administrateur : la mise à jour écrit sous HKLM et BitLocker doit d&apos;abord être vérifié (exécutez avec élévation)</translation>
    </message>
    <message>
        <source>the BitLocker state could not be read (%1); it must be known before firmware variables change (run as administrator)</source>
        <translation>l&apos;état de BitLocker n&apos;a pas pu être lu (%1) ; il doit être connu avant que les variables du microprogramme changent (exécutez en tant qu&apos;administrateur)</translation>
    </message>
    <message>
        <source>%1; install the latest cumulative update first</source>
        <translation>%1 ; installez d&apos;abord la dernière mise à jour cumulative</translation>
    </message>
    <message>
        <source>Evidence files: %1 file(s) from %2</source>
        <translation>Fichiers d&apos;éléments : %1 fichier(s) de %2</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>lu : %1</translation>
    </message>
    <message>
        <source>disagreement: %1</source>
        <translation>désaccord : %1</translation>
    </message>
    <message>
        <source>not understood: %1</source>
        <translation>non compris : %1</translation>
    </message>
    <message>
        <source>Simulated device %1 (profile %2)</source>
        <translation>Appareil simulé %1 (profil %2)</translation>
    </message>
    <message>
        <source>This computer (running under Wine)</source>
        <translation>Cet ordinateur (exécuté sous Wine)</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>%1: %2 says %3, %4 says %5</source>
        <extracomment>%1 a fact ID or registry value, %2 and %4 a file and line, %3 and %5 the values they state.</extracomment>
        <translation>%1 : %2 indique %3, %4 indique %5</translation>
    </message>
    <message>
        <source>%1:%2: %3 value &apos;%4&apos; not understood; the fact stays unknown</source>
        <extracomment>%1 a file, %2 a line number, %3 the label in the file, %4 its value.</extracomment>
        <translation>%1:%2 : valeur « %4 » de %3 non comprise ; l&apos;information reste inconnue</translation>
    </message>
    <message>
        <source>%1: %2, %3 fact line(s)</source>
        <translation>%1 : %2, %3 ligne(s) d&apos;informations</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4 fact line(s)</source>
        <translation>%1 : %2, %3, %4 ligne(s) d&apos;informations</translation>
    </message>
    <message>
        <source>The %1 edition is eligible</source>
        <translation>L&apos;édition %1 est éligible</translation>
    </message>
    <message>
        <source>The Home edition (%1) cannot receive hotpatch updates</source>
        <translation>L&apos;édition Famille (%1) ne peut pas recevoir les mises à jour hotpatch</translation>
    </message>
    <message>
        <source>A static check of the kernel drivers&apos; files found what memory integrity does not allow: %1. Windows Security&apos;s own scan decides (Device security &gt; Core isolation details &gt; Review incompatible drivers); update or remove these drivers before the restart, or leave memory integrity off.</source>
        <extracomment>%1: &quot;file.sys: what breaks the rules&quot;, one or more, as the engine words them (English).</extracomment>
        <translation>Une vérification statique des fichiers des pilotes du noyau a trouvé ce que l&apos;intégrité de la mémoire n&apos;autorise pas : %1. L&apos;analyse de Sécurité Windows fait foi (Sécurité des appareils &gt; Détails de l&apos;isolation du noyau &gt; Examiner les pilotes incompatibles) ; mettez à jour ou supprimez ces pilotes avant le redémarrage, ou laissez l&apos;intégrité de la mémoire désactivée.</translation>
    </message>
    <message>
        <source>The kernel drivers&apos; files could not be checked for memory integrity (%1).</source>
        <translation>Les fichiers des pilotes du noyau n&apos;ont pas pu être vérifiés pour l&apos;intégrité de la mémoire (%1).</translation>
    </message>
    <message>
        <source>memory integrity is running. Windows does not load a driver that breaks its rules; the static check named %1. If a device stopped working, update its driver, or see event 3111 in the CodeIntegrity Operational log.</source>
        <translation>l&apos;intégrité de la mémoire est en cours d&apos;exécution. Windows ne charge pas un pilote qui enfreint ses règles ; la vérification statique a signalé %1. Si un appareil ne fonctionne plus, mettez à jour son pilote ou consultez l&apos;événement 3111 du journal CodeIntegrity/Operational.</translation>
    </message>
    <message>
        <source>The static check of the drivers&apos; files named %1.</source>
        <translation>La vérification statique des fichiers des pilotes a signalé %1.</translation>
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
