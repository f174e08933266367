#include "reportpage.h"

#include "engine/durablefile.h"
#include "engine/report.h"
#include "readinesssession.h"
#include "uitext.h"
#include "verdictbanner.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace {

hpr::Status writeText(const QString &path, const std::string &text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), qint64(text.size())) != qint64(text.size()) ||
        !file.commit())
        return hpr::makeError(hpr::ErrorCode::Failed,
                              "cannot write " + UiText::toUtf8(path) + " (" + UiText::toUtf8(file.errorString()) + ")");
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
    , m_saveVerification(new QPushButton(tr("Save &verification..."), this))
    , m_copy(new QPushButton(tr("&Copy summary"), this))
    , m_openFolder(new QPushButton(tr("&Open state folder"), this))
    , m_status(new QLabel(this))
{
    setTitle(tr("Verify and report"));
    m_banner->setObjectName(QStringLiteral("reportBanner"));
    m_heading->setWordWrap(true);
    m_heading->setAccessibleName(tr("What this report shows"));

    m_msinfo->setObjectName(QStringLiteral("msinfo"));
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
    m_text->setAccessibleName(tr("Changes and next steps"));

    m_saveReport->setObjectName(QStringLiteral("saveReport"));
    m_saveReport->setAccessibleName(tr("Save the JSON report"));
    m_saveVerification->setObjectName(QStringLiteral("saveVerification"));
    m_saveVerification->setAccessibleName(tr("Save the verification (JSON)"));
    m_copy->setObjectName(QStringLiteral("copySummary"));
    m_copy->setAccessibleName(tr("Copy the summary to the clipboard"));
    m_openFolder->setObjectName(QStringLiteral("openStateFolder"));
    m_openFolder->setAccessibleName(tr("Open the state folder"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Report status"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveReport);
    buttons->addWidget(m_saveVerification);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_openFolder);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_heading);
    layout->addWidget(m_msinfo, 3);
    layout->addWidget(m_text, 2);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_saveReport, &QPushButton::clicked, this, &ReportPage::chooseAndSaveReport);
    connect(m_saveVerification, &QPushButton::clicked, this, &ReportPage::chooseAndSaveVerification);
    connect(m_copy, &QPushButton::clicked, this, &ReportPage::copySummary);
    connect(m_openFolder, &QPushButton::clicked, this, &ReportPage::openStateFolder);
}

void ReportPage::initializePage()
{
    m_status->clear();
    const hpr::Assessment &a = *m_session->assessment;
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
                                 UiText::html(c.name), UiText::html(c.actual), UiText::html(c.explanation));
            html += QStringLiteral("</ul>");
        }
    } else {
        setTitle(tr("Report"));
        setSubTitle(tr("The assessment of this device. Save it as a JSON report for the ticket or the fleet sheet."));
        m_banner->setVerdict(a.verdict, a.verdict == hpr::Verdict::Ready
                                            ? tr("Nothing to fix. The licence cannot be checked on the device.")
                                            : QString());
        m_heading->setText(m_session->restart
                               ? tr("The restart is scheduled; the verification runs by itself after it and is "
                                    "saved in the state folder.")
                               : tr("No restart was verified in this session."));
        QString notPassed;
        for (const auto &c : a.checks)
            if (c.status == hpr::CheckStatus::Warn || c.status == hpr::CheckStatus::Fail ||
                c.status == hpr::CheckStatus::Unknown)
                notPassed += QStringLiteral("<li><b>%1</b> %2: %3</li>")
                                 .arg(UiText::statusWord(c.status), UiText::html(c.title), UiText::html(c.summary));
        if (!notPassed.isEmpty())
            html += QStringLiteral("<p><b>%1</b></p><ul>%2</ul>").arg(tr("Checks that did not pass"), notPassed);
    }
    if (!a.nextSteps.empty()) {
        html += QStringLiteral("<p><b>%1</b></p><ol>")
                    .arg(a.verdict == hpr::Verdict::Ready ? tr("Worth knowing") : tr("Still to do"));
        for (const auto &s : a.nextSteps)
            html += QStringLiteral("<li>%1</li>").arg(UiText::html(s));
        html += QStringLiteral("</ol>");
    }
    m_text->setHtml(html);
}

hpr::Status ReportPage::saveReport(const QString &path) const
{
    hpr::ReportContext context;
    context.deviceSpec = m_session->deviceSpec();
    return writeText(path, hpr::reportToJsonText(*m_session->assessment, context));
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
    hpr::ReportContext context;
    context.deviceSpec = m_session->deviceSpec();
    return UiText::fromUtf8(hpr::reportToText(*m_session->assessment, context, false));
}

void ReportPage::chooseAndSaveReport()
{
    const QString host = UiText::fromUtf8(m_session->assessment->facts.hostname.valueOr("device"));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the JSON report"), QDir::home().filePath(host + QStringLiteral("-hotpatch-report.json")),
        tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    const hpr::Status s = saveReport(path);
    m_status->setText(s ? tr("Saved: %1").arg(QDir::toNativeSeparators(path)) : UiText::error(s.error()));
}

void ReportPage::chooseAndSaveVerification()
{
    const QString host = UiText::fromUtf8(m_session->assessment->facts.hostname.valueOr("device"));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the verification"), QDir::home().filePath(host + QStringLiteral("-verification.json")),
        tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    const hpr::Status s = saveVerification(path);
    m_status->setText(s ? tr("Saved: %1").arg(QDir::toNativeSeparators(path)) : UiText::error(s.error()));
}

void ReportPage::copySummary()
{
    QGuiApplication::clipboard()->setText(summary());
    m_status->setText(tr("The summary is on the clipboard."));
}

void ReportPage::openStateFolder()
{
    const QString folder = UiText::fromUtf8(m_session->folder());
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
        m_status->setText(
            tr("Could not open %1; its path is: %2").arg(tr("the state folder"), QDir::toNativeSeparators(folder)));
}
