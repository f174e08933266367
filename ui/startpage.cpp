#include "startpage.h"

#include "platform/device.h"
#include "readinesssession.h"
#include "uilanguage.h"
#include "uitext.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <algorithm>

StartPage::StartPage(std::shared_ptr<ReadinessSession> session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(std::move(session))
    , m_thisDevice(new QRadioButton(tr("&This device"), this))
    , m_liveNote(new QLabel(this))
    , m_training(new QRadioButton(tr("T&raining: a simulated device"), this))
    , m_profile(new QComboBox(this))
    , m_profileDescription(new QLabel(this))
    , m_evidence(new QRadioButton(tr("Offline e&vidence: files sent by the device's user"), this))
    , m_evidencePath(new QLineEdit(this))
    , m_evidenceFiles(new QPushButton(tr("&Files..."), this))
    , m_evidenceFolder(new QPushButton(tr("Fol&der..."), this))
    , m_stateDir(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Bro&wse..."), this))
    , m_elevation(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_languageNote(new QLabel(this))
{
    setTitle(tr("Make this device ready for hotpatch"));
    setSubTitle(tr("Choose the device. The wizard detects every prerequisite, explains what is missing, fixes what "
                   "it can with one undoable change set and one restart, and verifies the result."));

    m_evidence->setObjectName(QStringLiteral("evidence"));
    m_evidence->setAccessibleName(tr("Offline evidence: files sent by the device's user"));
    m_evidencePath->setObjectName(QStringLiteral("evidencePath"));
    m_evidencePath->setAccessibleName(tr("Evidence file or folder"));
    m_evidencePath->setAccessibleDescription(
        tr("msinfo32 /report, systeminfo or Get-CimInstance Win32_DeviceGuard output; a file or a folder of them."));
    m_evidencePath->setPlaceholderText(tr("A file, or a folder of files"));
    m_evidenceFiles->setObjectName(QStringLiteral("evidenceFiles"));
    m_evidenceFiles->setAccessibleName(tr("Choose evidence files"));
    m_evidenceFolder->setObjectName(QStringLiteral("evidenceFolder"));
    m_evidenceFolder->setAccessibleName(tr("Choose a folder of evidence files"));
    auto *evidenceLabel = new QLabel(tr("Evidence pat&h:"), this);
    evidenceLabel->setBuddy(m_evidencePath);
    auto *evidenceNote = new QLabel(tr("Assesses a device that cannot run this app from the msinfo32, systeminfo or "
                                       "Win32_DeviceGuard output its user sent. Nothing can be changed from files, "
                                       "so the wizard ends with the results and the report."),
                                    this);
    evidenceNote->setWordWrap(true);
    evidenceNote->setObjectName(QStringLiteral("evidenceNote"));
    auto *evidenceRow = new QHBoxLayout;
    evidenceRow->addWidget(m_evidencePath, 1);
    evidenceRow->addWidget(m_evidenceFiles);
    evidenceRow->addWidget(m_evidenceFolder);

    m_thisDevice->setObjectName(QStringLiteral("thisDevice"));
    m_training->setObjectName(QStringLiteral("training"));
    m_profile->setObjectName(QStringLiteral("profile"));
    m_stateDir->setObjectName(QStringLiteral("stateDir"));
    m_elevation->setObjectName(QStringLiteral("elevation"));
    m_thisDevice->setAccessibleName(tr("This device"));
    m_training->setAccessibleName(tr("Training: a simulated device"));
    m_liveNote->setWordWrap(true);
    m_liveNote->setIndent(24);
    if (hpr::hasLiveBackend()) {
        m_liveNote->setText(tr("Assesses and fixes the Windows PC this app runs on. Run the app as administrator "
                               "to read and change everything."));
    } else {
        m_thisDevice->setEnabled(false);
        m_liveNote->setText(tr("Not available in this build: the live backend exists only on Windows. Practise "
                               "the whole cycle on a simulated device instead."));
    }

    for (const auto &p : m_session->profiles) {
        m_profile->addItem(UiText::fromUtf8(p.name), UiText::fromUtf8(p.name));
        m_profile->setItemData(m_profile->count() - 1, UiText::fromUtf8(p.description), Qt::ToolTipRole);
    }
    m_profile->setAccessibleName(tr("Simulated device profile"));
    m_profile->setMinimumContentsLength(28);
    auto *profileLabel = new QLabel(tr("&Profile:"), this);
    profileLabel->setBuddy(m_profile);
    m_profileDescription->setWordWrap(true);
    m_profileDescription->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_profileDescription->setAccessibleName(tr("Profile description"));
    m_profileDescription->setMinimumHeight(fontMetrics().lineSpacing() * 3);
    m_profileDescription->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *deviceBox = new QGroupBox(tr("Device"), this);
    auto *deviceLayout = new QGridLayout(deviceBox);
    deviceLayout->addWidget(m_thisDevice, 0, 0, 1, 3);
    deviceLayout->addWidget(m_liveNote, 1, 0, 1, 3);
    deviceLayout->addWidget(m_training, 2, 0, 1, 3);
    deviceLayout->addWidget(profileLabel, 3, 1);
    deviceLayout->addWidget(m_profile, 3, 2);
    deviceLayout->addWidget(m_profileDescription, 4, 2);
    deviceLayout->addWidget(m_evidence, 5, 0, 1, 3);
    deviceLayout->addWidget(evidenceLabel, 6, 1);
    deviceLayout->addLayout(evidenceRow, 6, 2);
    deviceLayout->addWidget(evidenceNote, 7, 2);
    deviceLayout->setColumnMinimumWidth(0, 16);
    deviceLayout->setColumnStretch(2, 1);

    m_stateDir->setText(UiText::fromUtf8(m_session->stateDir));
    m_stateDir->setAccessibleName(tr("State folder"));
    m_browse->setAccessibleName(tr("Browse for the state folder"));
    auto *stateLabel = new QLabel(tr("&State folder:"), this);
    stateLabel->setBuddy(m_stateDir);
    auto *stateNote = new QLabel(tr("The journal of every change, the scheduled restart and the verification are "
                                    "kept here; simulated devices also keep their machine here, so the cycle "
                                    "survives restarts of the app."),
                                 this);
    stateNote->setWordWrap(true);
    auto *stateBox = new QGroupBox(tr("State"), this);
    auto *stateLayout = new QGridLayout(stateBox);
    stateLayout->addWidget(stateLabel, 0, 0);
    stateLayout->addWidget(m_stateDir, 0, 1);
    stateLayout->addWidget(m_browse, 0, 2);
    stateLayout->addWidget(stateNote, 1, 1, 1, 2);
    stateLayout->setColumnStretch(1, 1);

    m_elevation->setWordWrap(true);
    m_elevation->setAccessibleName(tr("Administrator rights"));

    // The language: saved for the next start; shown disabled, with the reason, when an admin policy sets it.
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language of the wizard"));
    m_language->addItem(tr("System language"), QString());
    for (const QString &code : UiLanguage::codes())
        m_language->addItem(UiLanguage::nativeName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(UiLanguage::savedCode())));
    auto *languageLabel = new QLabel(tr("Lan&guage:"), this);
    languageLabel->setBuddy(m_language);
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->setWordWrap(true);
    m_languageNote->setAccessibleName(tr("About the language"));
    const UiLanguage::Choice &language = UiLanguage::current();
    if (language.source == UiLanguage::Source::Policy) {
        m_language->setCurrentIndex(std::max(0, m_language->findData(language.code)));
        m_language->setEnabled(false);
        m_languageNote->setText(tr("Set by your administrator (admin policy %1).").arg(language.origin));
    } else if (language.source == UiLanguage::Source::CommandLine) {
        m_languageNote->setText(tr("This run uses %1 (--language). A choice here applies from the next start.")
                                    .arg(UiLanguage::nativeName(language.code)));
    } else {
        m_languageNote->setText(tr("A change takes effect at the next start."));
    }
    m_language->setAccessibleDescription(m_languageNote->text());
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(languageLabel);
    languageRow->addWidget(m_language);
    languageRow->addWidget(m_languageNote, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(deviceBox);
    layout->addWidget(stateBox);
    layout->addWidget(m_elevation);
    layout->addLayout(languageRow);
    layout->addStretch(1);

    // Preselection from the composition root (--profile), else the live device where it exists.
    const int preset = m_profile->findData(UiText::fromUtf8(m_session->profile));
    if (preset >= 0)
        m_profile->setCurrentIndex(preset);
    m_evidencePath->setText(UiText::fromUtf8(m_session->evidencePath));
    if (m_session->evidence)
        m_evidence->setChecked(true);
    else
        (hpr::hasLiveBackend() && !m_session->training ? m_thisDevice : m_training)->setChecked(true);

    connect(m_thisDevice, &QRadioButton::toggled, this, &StartPage::updateChoice);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &StartPage::updateChoice);
    connect(m_evidence, &QRadioButton::toggled, this, &StartPage::updateChoice);
    connect(m_evidencePath, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_evidenceFiles, &QPushButton::clicked, this, &StartPage::chooseEvidenceFiles);
    connect(m_evidenceFolder, &QPushButton::clicked, this, &StartPage::chooseEvidenceFolder);
    connect(m_stateDir, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_browse, &QPushButton::clicked, this, &StartPage::chooseFolder);
    connect(m_language, &QComboBox::activated, this, &StartPage::chooseLanguage);
    updateChoice();
    showElevation();
}

void StartPage::updateChoice()
{
    const bool training = m_training->isChecked();
    m_profile->setEnabled(training);
    m_profileDescription->setEnabled(training);
    m_profileDescription->setText(m_profile->currentData(Qt::ToolTipRole).toString());
    const bool evidence = m_evidence->isChecked();
    m_evidencePath->setEnabled(evidence);
    m_evidenceFiles->setEnabled(evidence);
    m_evidenceFolder->setEnabled(evidence);
    Q_EMIT completeChanged();
}

void StartPage::chooseEvidenceFiles()
{
    // Several files become one evidence folder only if they share one; the device spec takes a file or a folder.
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Evidence files"), m_evidencePath->text(),
                                      tr("Text and report files (*.txt *.log *.csv *.nfo *.reg);;All files (*)"));
    if (files.size() == 1)
        m_evidencePath->setText(QDir::toNativeSeparators(files.front()));
    else if (!files.isEmpty())
        m_evidencePath->setText(QDir::toNativeSeparators(QFileInfo(files.front()).absolutePath()));
}

void StartPage::chooseEvidenceFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder of evidence files"), m_evidencePath->text());
    if (!dir.isEmpty())
        m_evidencePath->setText(QDir::toNativeSeparators(dir));
}

void StartPage::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("State folder"), m_stateDir->text());
    if (!dir.isEmpty())
        m_stateDir->setText(dir);
}

void StartPage::chooseLanguage()
{
    const QString code = m_language->currentData().toString();
    UiLanguage::save(code);
    const QString next = code.isEmpty() ? UiLanguage::nativeName(UiLanguage::bestMatch(QLocale::system().uiLanguages()))
                                        : UiLanguage::nativeName(code);
    m_languageNote->setText(tr("Saved: from the next start, the wizard is in %1.").arg(next));
    m_language->setAccessibleDescription(m_languageNote->text());
}

bool StartPage::isComplete() const
{
    if (m_stateDir->text().trimmed().isEmpty())
        return false;
    if (m_evidence->isChecked())
        return !m_evidencePath->text().trimmed().isEmpty();
    return m_thisDevice->isChecked() || (m_training->isChecked() && m_profile->currentIndex() >= 0);
}

bool StartPage::validatePage()
{
    m_session->training = m_training->isChecked();
    m_session->evidence = m_evidence->isChecked();
    m_session->evidencePath = UiText::toUtf8(QDir::fromNativeSeparators(m_evidencePath->text().trimmed()));
    m_session->profile = UiText::toUtf8(m_profile->currentData().toString());
    m_session->stateDir = UiText::toUtf8(m_stateDir->text().trimmed());
    return true;
}

void StartPage::showElevation()
{
    if (!m_session->assessment) {
        m_elevation->setText(tr("Whether the app runs elevated (as administrator) is shown once the device has "
                                "been detected."));
        return;
    }
    if (m_session->evidence) {
        m_elevation->setText(tr("Administrator rights do not matter for evidence files: nothing on this PC is read "
                                "or changed."));
        return;
    }
    const auto &elevated = m_session->assessment->facts.processElevated;
    if (!elevated.isKnown())
        m_elevation->setText(
            tr("Could not tell whether the app runs elevated: %1").arg(UiText::fromUtf8(elevated.detail())));
    else if (elevated.value())
        m_elevation->setText(m_session->training ? tr("Administrator rights: the simulated session runs elevated.")
                                                 : tr("Administrator rights: this app runs elevated."));
    else
        m_elevation->setText(m_session->training
                                 ? tr("Administrator rights: the simulated session is not elevated, so facts that "
                                      "need them are unknown and changes are refused.")
                                 : tr("Administrator rights: this app is not elevated, so facts that need them are "
                                      "unknown and changes are refused. Run it as administrator."));
}
