#include "reportpage.h"

#include "engine/durablefile.h"
#include "engine/htmlreport.h"
#include "engine/report.h"
#include "platform/policyrules.h"
#include "platform/securebootupdate.h"
#include "readinesssession.h"
#include "uitext.h"
#include "verdictbanner.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <spdlog/spdlog.h>

namespace {

/// The one wording of a file the report page could not write (shown through UiText::error).
hpr::Error cannotWrite(const QString &path, const QString &why)
{
    return hpr::makeError(hpr::ErrorCode::Failed,
                          UiText::toUtf8(QCoreApplication::translate("ReportPage", "cannot write %1 (%2)")
                                             .arg(QDir::toNativeSeparators(path), why)));
}

hpr::Status writeText(const QString &path, const std::string &text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), qint64(text.size())) != qint64(text.size()) ||
        !file.commit())
        return cannotWrite(path, file.errorString());
    return {};
}

} // namespace

ReportPage::ReportPage(std::shared_ptr<ReadinessSession> session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(std::move(session))
    , m_banner(new VerdictBanner(this))
    , m_heading(new QLabel(this))
    , m_msinfo(new QTableWidget(this))
    , m_text(new QTextBrowser(this))
    , m_saveReport(new QPushButton(tr("Save JSON &report..."), this))
    , m_saveHtml(new QPushButton(tr("Save &HTML report..."), this))
    , m_savePdf(new QPushButton(tr("Save P&DF report..."), this))
    , m_print(new QPushButton(tr("&Print..."), this))
    , m_saveVerification(new QPushButton(tr("Save &verification..."), this))
    , m_copy(new QPushButton(tr("&Copy summary"), this))
    , m_openFolder(new QPushButton(tr("Op&en folder"), this))
    , m_status(new QLabel(this))
{
    setTitle(tr("Verify and report"));
    m_banner->setObjectName(QStringLiteral("reportBanner"));
    m_heading->setWordWrap(true);
    m_heading->setAccessibleName(tr("What this report shows"));

    m_msinfo->setObjectName(QStringLiteral("msinfo"));

    m_msinfo->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_msinfo->setAccessibleName(tr("System Summary before and after the restart"));
    m_msinfo->setColumnCount(4);
    m_msinfo->setHorizontalHeaderLabels(
        {tr("System Summary item (msinfo32)"), tr("Before"), tr("After"), tr("Change")});
    m_msinfo->verticalHeader()->setVisible(false);
    m_msinfo->verticalHeader()->setDefaultSectionSize(fontMetrics().lineSpacing() + 8);
    m_msinfo->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_msinfo->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_msinfo->setWordWrap(false);
    m_msinfo->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_msinfo->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_msinfo->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_msinfo->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);

    m_text->setObjectName(QStringLiteral("reportText"));

    m_text->setTabChangesFocus(true); // Tab moves on: keyboard users are never trapped
    m_text->setAccessibleName(tr("Changes and next steps"));

    m_saveReport->setObjectName(QStringLiteral("saveReport"));
    m_saveReport->setAccessibleName(tr("Save the JSON report"));
    m_saveReport->setAccessibleDescription(tr("The versioned report for tickets and the fleet store."));
    m_saveHtml->setObjectName(QStringLiteral("saveHtml"));
    m_saveHtml->setAccessibleName(tr("Save the HTML report"));
    m_saveHtml->setAccessibleDescription(tr("One printable page that opens in any browser, with nothing to fetch."));
    m_savePdf->setObjectName(QStringLiteral("savePdf"));
    m_savePdf->setAccessibleName(tr("Save the PDF report"));
    m_print->setObjectName(QStringLiteral("print"));
    m_print->setAccessibleName(tr("Print the report"));
    m_saveVerification->setObjectName(QStringLiteral("saveVerification"));
    m_saveVerification->setAccessibleName(tr("Save the verification (JSON)"));
    m_copy->setObjectName(QStringLiteral("copySummary"));
    m_copy->setAccessibleName(tr("Copy the summary to the clipboard"));
    m_openFolder->setObjectName(QStringLiteral("openFolder"));
    m_openFolder->setAccessibleName(tr("Open the folder"));
    m_openFolder->setAccessibleDescription(
        tr("Opens the folder of the last saved report, or the state folder before anything was saved."));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Report status"));

    auto *buttons = new QGridLayout;
    buttons->addWidget(m_saveReport, 0, 0);
    buttons->addWidget(m_saveHtml, 0, 1);
    buttons->addWidget(m_savePdf, 0, 2);
    buttons->addWidget(m_saveVerification, 0, 3);
    buttons->addWidget(m_print, 1, 0);
    buttons->addWidget(m_copy, 1, 1);
    buttons->addWidget(m_openFolder, 1, 2);
    buttons->setColumnStretch(4, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_heading);
    layout->addWidget(m_msinfo, 3);
    layout->addWidget(m_text, 2);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_saveReport, &QPushButton::clicked, this, [this] { chooseAndSave(Format::Json); });
    connect(m_saveHtml, &QPushButton::clicked, this, [this] { chooseAndSave(Format::Html); });
    connect(m_savePdf, &QPushButton::clicked, this, [this] { chooseAndSave(Format::Pdf); });
    connect(m_print, &QPushButton::clicked, this, &ReportPage::print);
    connect(m_saveVerification, &QPushButton::clicked, this, &ReportPage::chooseAndSaveVerification);
    connect(&m_policyCopy, &QFutureWatcherBase::finished, this, [this] {
        const auto [written, text] = m_policyCopy.result();
        m_status->setText(written ? tr("Your IT department's copy was saved: %1 (admin policy ReportFolder).")
                                        .arg(QDir::toNativeSeparators(text))
                                  : tr("Your IT department's copy was not saved: %1").arg(text));
    });
    connect(m_copy, &QPushButton::clicked, this, &ReportPage::copySummary);
    connect(m_openFolder, &QPushButton::clicked, this, &ReportPage::openFolder);
}

ReportPage::~ReportPage() = default;

void ReportPage::initializePage()
{
    m_status->clear();
    const hpr::Assessment &a = *m_session->assessment;
    // The opt-in Secure Boot update's before/after, as in the CLI's reports: read once from its journal in the
    // state folder (small files, no device call); a damaged record leaves it out, and the log says why.
    m_secureBootOptIn.reset();
    if (m_session->device && !m_session->evidence) {
        auto optIn = hpr::SecureBootUpdate(*m_session->device, m_session->stateDir).optInRecord(a);
        if (optIn)
            m_secureBootOptIn = std::move(*optIn);
        else
            spdlog::warn("report: the Secure Boot opt-in record is left out: {}", optIn.error().detail);
    }
    const auto &v = m_session->verification;
    m_saveVerification->setVisible(v.has_value());
    m_msinfo->setVisible(v.has_value());

    QString html;
    if (v) {
        setTitle(tr("Verify and report"));
        setSubTitle(tr("The verification that ran after the restart, saved in the state folder."));
        m_banner->setVerdict(a.verdict, v->ready ? tr("Verified after the restart: the device is ready for hotpatch.")
                                                 : tr("Verified after the restart: the device is not ready yet."));
        m_heading->setText(tr("Before the fix the verdict was: %1.").arg(UiText::verdictHeadline(v->verdictBefore)));
        m_msinfo->setRowCount(int(v->msinfoAfter.size()));
        int row = 0;
        for (const auto &[item, after] : v->msinfoAfter) {
            QString before = tr("(not recorded)");
            for (const auto &[beforeItem, beforeValue] : v->msinfoBefore)
                if (beforeItem == item)
                    before = beforeValue.empty() ? tr("(empty)") : UiText::fromUtf8(beforeValue);
            const QString afterText = after.empty() ? tr("(empty)") : UiText::fromUtf8(after);
            const QStringList cells{UiText::fromUtf8(item), before, afterText,
                                    before == afterText ? tr("unchanged") : tr("changed")};
            for (int column = 0; column < cells.size(); ++column) {
                auto *cell = new QTableWidgetItem(cells[column]);
                cell->setToolTip(cells[column]);
                m_msinfo->setItem(row, column, cell);
            }
            ++row;
        }
        if (!v->changes.empty()) {
            html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Changes made by this tool"));
            for (const auto &c : v->changes)
                html += QStringLiteral("<li><b>%1</b> HKLM\\%2\\%3 = %4: %5</li>")
                            .arg(c.tookEffect ? tr("Took effect:") : tr("NOT in effect:"), UiText::html(c.key),
                                 UiText::html(c.name), UiText::html(c.actual), UiText::engineHtml(c.explanationText));
            html += QStringLiteral("</ul>");
        }
    } else {
        setTitle(tr("Report"));
        setSubTitle(tr("The assessment of this device. Save it as JSON for the fleet sheet, as HTML or PDF for the "
                       "ticket, or print it."));
        m_banner->setVerdict(a.verdict, a.verdict == hpr::Verdict::Ready
                                            ? tr("Nothing to fix. The licence cannot be checked on the device.")
                                            : QString());
        if (m_session->evidence)
            m_heading->setText(tr("Offline evidence: this report is all the wizard can do for this device, because "
                                  "nothing can be changed from files. Run Hotpatch Ready on the device itself to fix "
                                  "it with one restart."));
        else
            m_heading->setText(m_session->restart
                                   ? tr("The restart is scheduled; the verification runs by itself after it and is "
                                        "saved in the state folder.")
                                   : tr("No restart was verified in this session."));
        QString notPassed;
        for (const auto &c : a.checks)
            if (c.status == hpr::CheckStatus::Warn || c.status == hpr::CheckStatus::Fail ||
                c.status == hpr::CheckStatus::Unknown)
                notPassed += QStringLiteral("<li><b>%1</b> %2: %3</li>")
                                 .arg(UiText::statusWord(c.status), UiText::engineHtml(c.titleText),
                                      UiText::engineHtml(c.summaryText));
        if (!notPassed.isEmpty())
            html += QStringLiteral("<p><b>%1</b></p><ul>%2</ul>").arg(tr("Checks that did not pass"), notPassed);
    }
    if (!a.nextSteps.empty()) {
        html += QStringLiteral("<p><b>%1</b></p><ol>")
                    .arg(a.verdict == hpr::Verdict::Ready ? tr("Worth knowing") : tr("Still to do"));
        for (const QString &s : UiText::engine(a.nextStepTexts, a.nextSteps))
            html += QStringLiteral("<li>%1</li>").arg(s.toHtmlEscaped());
        html += QStringLiteral("</ol>");
    }
    m_text->setHtml(html);
    copyToPolicyFolder();
}

void ReportPage::copyToPolicyFolder()
{
    if (!m_session->policy.reportFolder || m_policyCopy.isRunning())
        return;
    const hpr::Assessment &a = *m_session->assessment;
    // The names the CLI gives its copies (docs/admin-policy.md): HOSTNAME-<time>.json,
    // STATEKEY-verification-<time>.json.
    std::string prefix = a.facts.hostname.valueOr("device"), text;
    if (m_session->verification && m_session->device) {
        auto verification = hpr::readWholeFile(m_session->folder() + "/verification.json");
        if (!verification)
            return; // nothing saved to copy (the page already says what the verification found)
        prefix = m_session->device->stateKey() + "-verification";
        text = *verification;
    } else {
        text = hpr::reportToJsonText(a, context());
    }
    m_status->setText(tr("Copying the report to %1 (admin policy ReportFolder)...")
                          .arg(QDir::toNativeSeparators(UiText::fromUtf8(*m_session->policy.reportFolder))));
    m_policyCopy.setFuture(QtConcurrent::run([policy = m_session->policy, prefix, text] {
        auto written = hpr::copyToReportFolder(policy, prefix, "json", text);
        return written ? std::make_pair(true, UiText::fromUtf8(*written))
                       : std::make_pair(false, UiText::fromUtf8(written.error().detail));
    }));
}

hpr::ReportContext ReportPage::context() const
{
    hpr::ReportContext context;
    context.deviceSpec = m_session->deviceSpec();
    context.secureBootOptIn = m_secureBootOptIn;
    return context;
}

hpr::Status ReportPage::saveReport(const QString &path) const
{
    return writeText(path, hpr::reportToJsonText(*m_session->assessment, context()));
}

QString ReportPage::htmlReport() const
{
    if (m_session->verification) {
        const hpr::HtmlVerification v = hpr::htmlVerificationOf(*m_session->verification);
        return UiText::fromUtf8(hpr::reportToHtml(*m_session->assessment, context(), &v));
    }
    return UiText::fromUtf8(hpr::reportToHtml(*m_session->assessment, context()));
}

hpr::Status ReportPage::saveHtml(const QString &path) const
{
    return writeText(path, UiText::toUtf8(htmlReport()));
}

hpr::Status ReportPage::savePdf(const QString &path) const
{
    // QSaveFile keeps a half-written PDF from replacing an older one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(tr("Hotpatch readiness report"));
        pdf.setCreator(tr("Hotpatch Ready %1").arg(QStringLiteral(HPR_VERSION)));
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                      QPageLayout::Millimeter));
        QTextDocument document;
        document.setHtml(htmlReport());
        document.print(&pdf);
    }
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    return {};
}

QString ReportPage::folderToOpen() const
{
    if (!m_lastSaved.isEmpty())
        return m_lastSaved;
    if (m_session->evidence) {
        const QFileInfo evidence(UiText::fromUtf8(m_session->evidencePath));
        return evidence.isDir() ? evidence.absoluteFilePath() : evidence.absolutePath();
    }
    return UiText::fromUtf8(m_session->folder());
}

hpr::Status ReportPage::saveVerification(const QString &path) const
{
    auto text = hpr::readWholeFile(m_session->folder() + "/verification.json");
    if (!text)
        return text.error();
    return writeText(path, *text);
}

QString ReportPage::summary() const
{
    if (m_session->verification)
        return UiText::fromUtf8(m_session->verification->text);
    return UiText::fromUtf8(hpr::reportToText(*m_session->assessment, context(), false));
}

void ReportPage::showSaved(const hpr::Status &status, const QString &path)
{
    if (!status) {
        m_status->setText(UiText::error(status.error()));
        return;
    }
    m_lastSaved = QFileInfo(path).absolutePath();
    m_status->setText(tr("Saved: %1").arg(QDir::toNativeSeparators(path)));
}

void ReportPage::chooseAndSave(Format format)
{
    const QString host = UiText::fromUtf8(m_session->assessment->facts.hostname.valueOr("device"));
    const QString folder = m_lastSaved.isEmpty() ? QDir::homePath() : m_lastSaved;
    QString title, name, filter;
    switch (format) {
    case Format::Json:
        title = tr("Save the JSON report");
        name = host + QStringLiteral("-hotpatch-report.json");
        filter = tr("JSON files (*.json)");
        break;
    case Format::Html:
        title = tr("Save the HTML report");
        name = host + QStringLiteral("-hotpatch-report.html");
        filter = tr("HTML files (*.html *.htm)");
        break;
    case Format::Pdf:
        title = tr("Save the PDF report");
        name = host + QStringLiteral("-hotpatch-report.pdf");
        filter = tr("PDF files (*.pdf)");
        break;
    }
    const QString path = QFileDialog::getSaveFileName(this, title, QDir(folder).filePath(name), filter);
    if (path.isEmpty())
        return;
    switch (format) {
    case Format::Json: showSaved(saveReport(path), path); break;
    case Format::Html: showSaved(saveHtml(path), path); break;
    case Format::Pdf: showSaved(savePdf(path), path); break;
    }
}

void ReportPage::chooseAndSaveVerification()
{
    const QString host = UiText::fromUtf8(m_session->assessment->facts.hostname.valueOr("device"));
    const QString folder = m_lastSaved.isEmpty() ? QDir::homePath() : m_lastSaved;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the verification"), QDir(folder).filePath(host + QStringLiteral("-verification.json")),
        tr("JSON files (*.json)"));
    if (!path.isEmpty())
        showSaved(saveVerification(path), path);
}

void ReportPage::print()
{
    // open(), not exec(): no nested event loop; the dialog deletes itself when closed.
    if (!m_printer)
        m_printer = std::make_unique<QPrinter>();
    m_printer->setDocName(tr("Hotpatch readiness report"));
    auto *dialog = new QPrintDialog(m_printer.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Print the report"));
    connect(dialog, qOverload<QPrinter *>(&QPrintDialog::accepted), this, [this](QPrinter *printer) {
        const hpr::Status s = printTo(printer);
        m_status->setText(s ? tr("The report was sent to the printer.") : UiText::error(s.error()));
    });
    dialog->open();
}

hpr::Status ReportPage::printTo(QPrinter *printer) const
{
    QTextDocument document;
    document.setHtml(htmlReport());
    document.print(printer);
    if (printer->printerState() == QPrinter::Error)
        return hpr::makeError(hpr::ErrorCode::Failed,
                              UiText::toUtf8(tr("the printer %1 reported an error").arg(printer->printerName())));
    return {};
}

void ReportPage::copySummary()
{
    QGuiApplication::clipboard()->setText(summary());
    m_status->setText(tr("The summary is on the clipboard."));
}

void ReportPage::openFolder()
{
    const QString folder = folderToOpen();
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
        m_status->setText(tr("Could not open the folder; its path is: %1").arg(QDir::toNativeSeparators(folder)));
}
