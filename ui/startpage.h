#pragma once

#include <QWizardPage>
#include <memory>

struct ReadinessSession;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

/// Which device: this PC (live backend, Windows only), a simulated one from a shipped profile, or offline evidence
/// files (assess only), and the folder where the device keeps its state between runs.
class StartPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit StartPage(std::shared_ptr<ReadinessSession> session, QWidget *parent = nullptr);

    bool isComplete() const override;
    bool validatePage() override;

public Q_SLOTS:
    /// Shows whether the app (or the simulated session) runs elevated, once a detection has said so.
    void showElevation();

private:
    void updateChoice();
    void chooseFolder();
    void chooseEvidenceFiles();
    void chooseEvidenceFolder();
    void chooseLanguage();

    std::shared_ptr<ReadinessSession> m_session;
    QRadioButton *m_thisDevice;
    QLabel *m_liveNote;
    QRadioButton *m_training;
    QComboBox *m_profile;
    QLabel *m_profileDescription;
    QRadioButton *m_evidence;
    QLineEdit *m_evidencePath;
    QPushButton *m_evidenceFiles;
    QPushButton *m_evidenceFolder;
    QLineEdit *m_stateDir;
    QPushButton *m_browse;
    QLabel *m_elevation;
    QComboBox *m_language;
    QLabel *m_languageNote;
};
