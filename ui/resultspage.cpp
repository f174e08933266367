#include "resultspage.h"

#include "readinesssession.h"
#include "readinesswizard.h"
#include "securebootdialog.h"
#include "uitext.h"
#include "verdictbanner.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Column { StatusColumn, CheckColumn, SummaryColumn };
constexpr int kCheckIdRole = Qt::UserRole;

} // namespace

ResultsPage::ResultsPage(std::shared_ptr<ReadinessSession> session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(std::move(session))
    , m_banner(new VerdictBanner(this))
    , m_device(new QLabel(this))
    , m_checks(new QTreeWidget(this))
    , m_details(new QTextBrowser(this))
    , m_vbsBox(new QGroupBox(tr("Why VBS is not running"), this))
    , m_vbsCauses(new QLabel(m_vbsBox))
    , m_secureBoot(new QPushButton(tr("Secure Boot &certificate update…"), this))
{
    setTitle(tr("Results"));
    setSubTitle(tr("Every prerequisite with what was found. Select a check to see why, the evidence and where the "
                   "fix lives."));
    m_banner->setObjectName(QStringLiteral("verdictBanner"));
    m_device->setObjectName(QStringLiteral("deviceLine"));
    m_device->setWordWrap(true);
    m_device->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse |
                                      Qt::LinksAccessibleByKeyboard);
    m_device->setAccessibleName(tr("Device"));

    m_checks->setObjectName(QStringLiteral("checks"));

    m_checks->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_checks->setAccessibleName(tr("Checks"));
    m_checks->setHeaderLabels({tr("Status"), tr("Check"), tr("Summary")});
    m_checks->setRootIsDecorated(false);
    m_checks->setUniformRowHeights(true);
    m_checks->setAllColumnsShowFocus(true);
    m_checks->setAlternatingRowColors(true);
    m_checks->header()->setStretchLastSection(true);
    m_checks->header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_checks->header()->setSectionResizeMode(CheckColumn, QHeaderView::ResizeToContents);

    m_details->setObjectName(QStringLiteral("checkDetails"));

    m_details->setTabChangesFocus(true); // Tab moves on: keyboard users are never trapped
    m_details->setAccessibleName(tr("Selected check: explanation, evidence and fix"));
    m_details->setOpenLinks(false);

    m_vbsBox->setObjectName(QStringLiteral("vbsBox"));
    m_vbsCauses->setObjectName(QStringLiteral("vbsCauses"));
    m_vbsCauses->setWordWrap(true);
    m_vbsCauses->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_vbsCauses->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_vbsCauses->setAccessibleName(tr("Why VBS is not running"));
    auto *vbsLayout = new QVBoxLayout(m_vbsBox);
    vbsLayout->addWidget(m_vbsCauses);
    vbsLayout->addStretch(1);

    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(m_details);
    lower->addWidget(m_vbsBox);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    lower->setSizes({600, 360});
    lower->setChildrenCollapsible(false);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_checks);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_device);
    layout->addWidget(split, 1);
    // The opt-in Secure Boot update, near its advisory row and apart from the hotpatch plan and its restart.
    m_secureBoot->setObjectName(QStringLiteral("secureBootUpdate"));
    m_secureBoot->setAccessibleName(tr("Secure Boot certificate update"));
    m_secureBoot->setToolTip(tr("Opens the optional Secure Boot 2023 certificate update (check HP-SECUREBOOT-CA2023). "
                                "It is separate from the hotpatch fix and its restart."));
    layout->addWidget(m_secureBoot, 0, Qt::AlignLeft);
    connect(m_secureBoot, &QPushButton::clicked, this, [this] {
        auto *dialog = new SecureBootDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::finished, this, [this, dialog] {
            if (dialog->latestAssessment()) { // the device restarted or was verified: show it as it is now
                m_session->assessment = *dialog->latestAssessment();
                initializePage();
            }
        });
        dialog->open();
    });

    connect(m_checks, &QTreeWidget::currentItemChanged, this, &ResultsPage::showCheck);
    connect(m_device, &QLabel::linkActivated, this, &ResultsPage::showEvidenceFiles);
}

void ResultsPage::initializePage()
{
    const hpr::Assessment &a = *m_session->assessment;

    QString detail;
    switch (a.verdict) {
    case hpr::Verdict::Ready:
        detail = tr("Every prerequisite this tool can see is met. The licence cannot be checked on the device: "
                    "confirm it in the admin portal.");
        break;
    case hpr::Verdict::ReadyAfterFixes:
        detail = tr("Next: the fix plan shows exactly what would change, before anything is written.");
        break;
    case hpr::Verdict::Blocked: {
        QStringList blockers;
        for (const auto &b : a.blockers)
            blockers << tr("%1 (%2)").arg(UiText::blockerCategory(b.category), UiText::fromUtf8(b.check));
        detail = tr("Blocked by: %1. The fix plan lists the steps to take elsewhere.").arg(blockers.join(tr(", ")));
        break;
    }
    case hpr::Verdict::Undetermined:
        detail = tr("The checks marked Unknown say which facts are missing and why.");
        break;
    }
    if (m_session->evidence && a.verdict != hpr::Verdict::Ready)
        detail = tr("Offline evidence: nothing can be changed from here, so the wizard ends with the report. To fix "
                    "the device, run Hotpatch Ready on it, as administrator.");
    m_banner->setVerdict(a.verdict, detail);

    // Evidence files: the first line here, the line per file read (and per disagreement) behind a link.
    m_deviceDetails = UiText::engine(m_session->deviceDescription).split(QLatin1Char('\n'));
    QString device = m_deviceDetails.takeFirst().toHtmlEscaped();
    for (auto &line : m_deviceDetails)
        line = line.trimmed();
    if (!m_deviceDetails.isEmpty())
        device += QStringLiteral(" <a href=\"#evidence-files\">%1</a>").arg(tr("What was read from each file…"));
    QString deviceText = tr("<b>Device:</b> %1").arg(device);
    deviceText += QStringLiteral("<br>") + tr("<b>Assessed</b> as of %1 with the release table of %2.")
                                               .arg(UiText::html(a.asOf), UiText::html(a.tableDate));
    if (m_session->cycleStatus && m_session->cycleStatus->phase != "not_assessed" &&
        m_session->cycleStatus->phase != "assessed")
        deviceText +=
            QStringLiteral("<br>") +
            tr("<b>Earlier in this state folder:</b> %1").arg(UiText::engineHtml(m_session->cycleStatus->translatable));
    if (m_session->evidence)
        deviceText += QStringLiteral("<br>") +
                      tr("<b>Offline evidence:</b> every fact comes from the files sent, with its file and line "
                         "(select a check to see them); what the files do not state is unknown.");
    m_device->setText(deviceText);

    m_checks->clear();
    QTreeWidgetItem *first = nullptr;
    for (const auto &c : a.checks) {
        auto *item = new QTreeWidgetItem(m_checks);
        item->setIcon(StatusColumn, UiText::statusIcon(c.status, this));
        item->setText(StatusColumn, UiText::statusWord(c.status));
        item->setText(CheckColumn, UiText::engine(c.titleText));
        item->setText(SummaryColumn, UiText::engine(c.summaryText));
        item->setToolTip(CheckColumn, UiText::fromUtf8(c.id));
        item->setToolTip(SummaryColumn, UiText::engine(c.summaryText));
        item->setData(StatusColumn, kCheckIdRole, UiText::fromUtf8(c.id));
        if (!first && (c.status == hpr::CheckStatus::Fail || c.status == hpr::CheckStatus::Unknown))
            first = item;
    }
    m_checks->setCurrentItem(first ? first : m_checks->topLevelItem(0));

    m_secureBoot->setVisible(!m_session->evidence && a.check("HP-SECUREBOOT-CA2023"));
    m_vbsBox->setVisible(!a.vbsCauses.empty());
    QString causes;
    for (const auto &cause : a.vbsCauses)
        causes += QStringLiteral("<p>&bull; ") + UiText::engineHtml(cause.causeText) +
                  (cause.fix == hpr::FixWhere::None
                       ? QString()
                       : QStringLiteral(" <i>") + tr("Fix: %1").arg(UiText::fixWhere(cause.fix).toHtmlEscaped()) +
                             QStringLiteral("</i>")) +
                  QStringLiteral("</p>");
    m_vbsCauses->setText(causes);
}

void ResultsPage::showEvidenceFiles()
{
    QMessageBox box(QMessageBox::Information, tr("Evidence files"),
                    tr("What was read from every evidence file, where files disagree (the first file's value counts) "
                       "and which lines were not understood:"),
                    QMessageBox::Close, this);
    box.setObjectName(QStringLiteral("evidenceFilesBox"));
    box.setInformativeText(m_deviceDetails.join(QLatin1Char('\n')));
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
}

void ResultsPage::showCheck()
{
    const QTreeWidgetItem *item = m_checks->currentItem();
    const hpr::CheckResult *c =
        item && m_session->assessment
            ? m_session->assessment->check(UiText::toUtf8(item->data(StatusColumn, kCheckIdRole).toString()))
            : nullptr;
    if (!c) {
        m_details->clear();
        return;
    }
    QString html =
        QStringLiteral("<h3>%1 <small>(%2)</small></h3>").arg(UiText::engineHtml(c->titleText), UiText::html(c->id));
    html += QStringLiteral("<p><b>%1</b> &mdash; %2</p>")
                .arg(UiText::statusWord(c->status), UiText::engineHtml(c->summaryText));
    if (!c->explanation.empty())
        html += QStringLiteral("<p>%1</p>").arg(UiText::engineHtml(c->explanationText));
    if (!c->evidence.empty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Evidence"));
        for (const auto &e : c->evidence)
            html += QStringLiteral("<li><code>%1</code> = %2 <small>[%3]</small></li>")
                        .arg(UiText::html(e.factId), UiText::html(e.value), UiText::html(e.source));
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<p><b>%1</b> %2").arg(tr("Where the fix lives:"), UiText::fixWhere(c->fix).toHtmlEscaped());
    if (!c->fixAction.empty())
        html += QStringLiteral("<br>") + UiText::engineHtml(c->fixActionText);
    html += QStringLiteral("</p>");
    m_details->setHtml(html);
}

int ResultsPage::nextId() const
{
    if (m_session->evidence) // nothing can be changed on a device known only from files
        return ReadinessWizard::Report;
    if (m_session->assessment && m_session->assessment->verdict == hpr::Verdict::Ready)
        return ReadinessWizard::Report;
    return ReadinessWizard::Plan; // blocked devices too: the plan lists the manual steps (apply stays off)
}
