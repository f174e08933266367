#pragma once

#include <QWizardPage>
#include <memory>

struct ReadinessSession;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

/// Which device: this PC (live backend, Windows only) or a simulated one from a shipped profile, and the
/// folder where the device keeps its state between runs.
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

    std::shared_ptr<ReadinessSession> m_session;
    QRadioButton *m_thisDevice;
    QLabel *m_liveNote;
    QRadioButton *m_training;
    QComboBox *m_profile;
    QLabel *m_profileDescription;
    QLineEdit *m_stateDir;
    QPushButton *m_browse;
    QLabel *m_elevation;
};
