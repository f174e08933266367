#pragma once

#include "engine/expected.h"

#include <QWizardPage>
#include <memory>

struct ReadinessSession;
class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;
class VerdictBanner;

/// The verification after the restart (msinfo32 before/after, whether each change took effect) or, without
/// one, the assessment; save the JSON report, copy a summary, open the state folder.
class ReportPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ReportPage(std::shared_ptr<ReadinessSession> session, QWidget *parent = nullptr);

    void initializePage() override;

    /// The JSON report of the latest assessment (hpr::reportToJsonText).
    hpr::Status saveReport(const QString &path) const;
    /// A copy of the state folder's verification.json.
    hpr::Status saveVerification(const QString &path) const;
    /// What "Copy summary" puts on the clipboard.
    QString summary() const;

private:
    void chooseAndSaveReport();
    void chooseAndSaveVerification();
    void copySummary();
    void openStateFolder();

    std::shared_ptr<ReadinessSession> m_session;
    VerdictBanner *m_banner;
    QLabel *m_heading;
    QTableWidget *m_msinfo;
    QTextBrowser *m_text;
    QPushButton *m_saveReport;
    QPushButton *m_saveVerification;
    QPushButton *m_copy;
    QPushButton *m_openFolder;
    QLabel *m_status;
};
