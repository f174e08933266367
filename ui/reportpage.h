#pragma once

#include "engine/expected.h"
#include "engine/report.h"

#include <QFutureWatcher>
#include <QWizardPage>
#include <memory>
#include <optional>
#include <utility>

struct ReadinessSession;
class QLabel;
class QPrinter;
class QPushButton;
class QTableWidget;
class QTextBrowser;
class VerdictBanner;

/// The verification after the restart (msinfo32 before/after, whether each change took effect) or, without
/// one, the assessment; save the report as JSON, HTML or PDF, print it, copy a summary, open the folder.
class ReportPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ReportPage(std::shared_ptr<ReadinessSession> session, QWidget *parent = nullptr);
    ~ReportPage() override;

    void initializePage() override;

    /// The JSON report of the latest assessment (hpr::reportToJsonText).
    hpr::Status saveReport(const QString &path) const;
    /// The self-contained HTML report (hpr::reportToHtml), with the before/after table after a verification.
    QString htmlReport() const;
    hpr::Status saveHtml(const QString &path) const;
    /// The same report laid out by QTextDocument on A4 pages (QPdfWriter).
    hpr::Status savePdf(const QString &path) const;
    /// Lays the report out on the printer's pages (the print dialog's choice, or a PDF printer in tests).
    hpr::Status printTo(QPrinter *printer) const;
    /// The folder "Open folder" opens: the one of the last saved file, else the state folder.
    QString folderToOpen() const;
    /// A copy of the state folder's verification.json.
    hpr::Status saveVerification(const QString &path) const;
    /// What "Copy summary" puts on the clipboard.
    QString summary() const;

private:
    enum class Format { Json, Html, Pdf };
    hpr::ReportContext context() const;
    void chooseAndSave(Format format);
    void print();
    void openFolder();
    void showSaved(const hpr::Status &status, const QString &path);
    void chooseAndSaveVerification();
    void copySummary();
    /// The admin policy's ReportFolder: a JSON copy of what this page shows, written off the UI thread (a share).
    void copyToPolicyFolder();

    std::shared_ptr<ReadinessSession> m_session;
    VerdictBanner *m_banner;
    QLabel *m_heading;
    QTableWidget *m_msinfo;
    QTextBrowser *m_text;
    QPushButton *m_saveReport;
    QPushButton *m_saveHtml;
    QPushButton *m_savePdf;
    QPushButton *m_print;
    QPushButton *m_saveVerification;
    QPushButton *m_copy;
    QPushButton *m_openFolder;
    QLabel *m_status;
    std::unique_ptr<QPrinter> m_printer; ///< kept, so the print dialog remembers the last choice
    std::optional<hpr::secureboot::OptInRecord> m_secureBootOptIn; ///< read when the page is shown
    QString m_lastSaved;                                           ///< the folder of the last saved file
    QFutureWatcher<std::pair<bool, QString>> m_policyCopy;         ///< written?, the path or the error
};
