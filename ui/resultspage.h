#pragma once

#include <QWizardPage>
#include <memory>

struct ReadinessSession;
class QGroupBox;
class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeWidget;
class VerdictBanner;

/// The verdict, one row per check (status word and icon, title, summary), the selected check's
/// explanation, evidence and fix location, and why VBS is not running.
class ResultsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ResultsPage(std::shared_ptr<ReadinessSession> session, QWidget *parent = nullptr);

    void initializePage() override;
    int nextId() const override;

private:
    void showCheck();
    void showEvidenceFiles();

    std::shared_ptr<ReadinessSession> m_session;
    VerdictBanner *m_banner;
    QLabel *m_device;
    QStringList m_deviceDetails; ///< evidence: what was read from every file, disagreements, lines not understood
    QTreeWidget *m_checks;
    QTextBrowser *m_details;
    QGroupBox *m_vbsBox;
    QLabel *m_vbsCauses;
    QPushButton *m_secureBoot; ///< opens the opt-in Secure Boot update (SecureBootDialog)
};
