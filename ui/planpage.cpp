#include "planpage.h"

#include "engine/plan.h"
#include "readinesssession.h"
#include "readinesswizard.h"
#include "uitext.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

/// An icon and a wrapped text side by side (warnings, the blocked notice).
QWidget *iconRow(QStyle::StandardPixmap icon, const QString &text, QWidget *parent, QLabel **textLabel = nullptr)
{
    auto *row = new QWidget(parent);
    auto *iconLabel = new QLabel(row);
    const int size = row->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, row);
    iconLabel->setPixmap(row->style()->standardIcon(icon, nullptr, row).pixmap(size, size));
    iconLabel->setAlignment(Qt::AlignTop);
    auto *label = new QLabel(text, row);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(iconLabel);
    layout->addWidget(label, 1);
    if (textLabel)
        *textLabel = label;
    return row;
}

} // namespace

PlanPage::PlanPage(std::shared_ptr<ReadinessSession> session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(std::move(session))
    , m_method(new QLabel(this))
    , m_changes(new QTableWidget(this))
    , m_restart(new QLabel(this))
    , m_warnings(new QWidget(this))
    , m_warningsLayout(new QVBoxLayout(m_warnings))
    , m_manualSteps(new QTextBrowser(this))
    , m_requireDma(new QCheckBox(tr("Require &DMA protection (RequirePlatformSecurityFeatures=3)"), this))
    , m_memoryIntegrity(new QCheckBox(tr("Also turn on &memory integrity"), this))
    , m_blocked(nullptr)
    , m_confirm(new QCheckBox(tr("I have &read the changes above"), this))
{
    setTitle(tr("Fix plan"));
    setSubTitle(tr("Nothing has been changed yet. Every value below is journaled before it is written, and Undo "
                   "restores exactly what was there."));

    m_method->setWordWrap(true);
    m_method->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_method->setAccessibleName(tr("Method"));

    m_changes->setObjectName(QStringLiteral("changes"));

    m_changes->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_changes->setAccessibleName(tr("Registry changes"));
    m_changes->setColumnCount(5);
    m_changes->setHorizontalHeaderLabels({tr("Key (HKLM)"), tr("Value"), tr("Type"), tr("Before"), tr("After")});
    m_changes->verticalHeader()->setVisible(false);
    m_changes->verticalHeader()->setDefaultSectionSize(fontMetrics().lineSpacing() + 8);
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_changes->setWordWrap(false);
    m_changes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 5; ++column)
        m_changes->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    auto *changesLabel = new QLabel(tr("&Changes:"), this);
    changesLabel->setBuddy(m_changes);

    m_restart->setObjectName(QStringLiteral("restartLine"));
    m_restart->setWordWrap(true);
    m_restart->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_restart->setAccessibleName(tr("Restart"));

    m_warnings->setObjectName(QStringLiteral("warnings"));
    m_warnings->setAccessibleName(tr("Warnings"));
    m_warningsLayout->setContentsMargins(0, 0, 0, 0);

    m_manualSteps->setObjectName(QStringLiteral("manualSteps"));

    m_manualSteps->setTabChangesFocus(true); // Tab moves on: keyboard users are never trapped
    m_manualSteps->setAccessibleName(tr("Manual steps"));
    auto *stepsLabel = new QLabel(tr("Manual steps (this tool cannot do these):"), this);
    stepsLabel->setBuddy(m_manualSteps);

    m_requireDma->setObjectName(QStringLiteral("requireDma"));
    m_requireDma->setAccessibleName(tr("Require DMA protection"));
    m_requireDma->setToolTip(tr("Asks for Secure Boot and DMA protection; only possible when Windows reports DMA "
                                "protection on this device."));
    m_memoryIntegrity->setObjectName(QStringLiteral("memoryIntegrity"));
    m_memoryIntegrity->setAccessibleName(tr("Also turn on memory integrity"));
    m_memoryIntegrity->setToolTip(tr("Hypervisor-enforced code integrity. Incompatible drivers stop it from "
                                     "starting; hotpatch does not need it."));
    auto *options = new QGroupBox(tr("Options"), this);
    auto *optionsLayout = new QHBoxLayout(options);
    optionsLayout->addWidget(m_requireDma);
    optionsLayout->addWidget(m_memoryIntegrity);
    optionsLayout->addStretch(1);

    QWidget *blockedRow = iconRow(QStyle::SP_MessageBoxCritical, QString(), this, &m_blocked);
    blockedRow->setObjectName(QStringLiteral("blockedRow"));
    m_blocked->setObjectName(QStringLiteral("blockedNotice"));
    m_blocked->setAccessibleName(tr("Why apply is not available"));

    m_confirm->setObjectName(QStringLiteral("confirm"));
    m_confirm->setAccessibleName(tr("I have read the changes above"));
    registerField(QStringLiteral("confirm*"), m_confirm);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(blockedRow);
    layout->addWidget(m_method);
    layout->addWidget(changesLabel);
    layout->addWidget(m_changes, 2);
    layout->addWidget(m_restart);
    layout->addWidget(m_warnings);
    layout->addWidget(stepsLabel);
    layout->addWidget(m_manualSteps, 2);
    layout->addWidget(options);
    layout->addWidget(m_confirm);

    connect(m_requireDma, &QCheckBox::toggled, this, &PlanPage::recompute);
    connect(m_memoryIntegrity, &QCheckBox::toggled, this, &PlanPage::recompute);
}

void PlanPage::initializePage()
{
    const QSignalBlocker blockDma(m_requireDma), blockHvci(m_memoryIntegrity);
    m_requireDma->setChecked(m_session->options.plan.requireDma);
    m_memoryIntegrity->setChecked(m_session->options.plan.memoryIntegrity);
    recompute();
}

void PlanPage::recompute()
{
    m_session->options.plan.requireDma = m_requireDma->isChecked();
    m_session->options.plan.memoryIntegrity = m_memoryIntegrity->isChecked();
    // makePlan is a pure function of the assessment: no device, no waiting.
    auto plan = hpr::makePlan(*m_session->assessment, m_session->options.plan);
    m_confirm->setChecked(false); // a changed plan must be read again

    qDeleteAll(m_warnings->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    m_changes->clearSpans();
    m_changes->setRowCount(0);
    if (!plan) {
        m_session->plan.reset();
        m_method->setText(UiText::error(plan.error()));
        m_restart->clear();
        m_manualSteps->clear();
        m_blocked->parentWidget()->hide();
        m_confirm->setEnabled(false);
        setCommitPage(false);
        Q_EMIT completeChanged();
        return;
    }
    m_session->plan = *plan;
    const hpr::Plan &p = *m_session->plan;

    m_method->setText(tr("<b>Method:</b> %1 &mdash; %2")
                          .arg(p.method == "local_policy" ? tr("local policy") : tr("registry"),
                               UiText::engineHtml(p.methodReasonText)));

    m_changes->setRowCount(int(p.changes.size()));
    for (int row = 0; row < int(p.changes.size()); ++row) {
        const hpr::PlannedChange &c = p.changes[row];
        const QString why = tr("%1: %2").arg(UiText::fromUtf8(c.checkId), UiText::engine(c.reasonText));
        const QStringList cells{UiText::fromUtf8(c.key), UiText::fromUtf8(c.name),
                                UiText::fromUtf8(hpr::toString(c.after.type)), UiText::regValue(c.before),
                                UiText::fromUtf8(c.after.displayData())};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(why);
            m_changes->setItem(row, column, item);
        }
    }
    if (p.changes.empty()) {
        m_changes->setRowCount(1);
        auto *none = new QTableWidgetItem(tr("No change: nothing on this device needs to be changed by this tool."));
        m_changes->setItem(0, 0, none);
        m_changes->setSpan(0, 0, 1, 5);
    }

    if (p.restartNeeded) {
        const QStringList reasons = UiText::engine(p.restartReasonTexts, p.restartReasons);
        m_restart->setText(
            tr("<b>Restart needed:</b> yes, once &mdash; %1.").arg(reasons.join(QStringLiteral("; ")).toHtmlEscaped()));
    } else {
        m_restart->setText(tr("<b>Restart needed:</b> no."));
    }

    for (const QString &w : UiText::engine(p.warningTexts, p.warnings))
        m_warningsLayout->addWidget(iconRow(QStyle::SP_MessageBoxWarning, tr("Warning: %1").arg(w), m_warnings));
    m_warnings->setVisible(!p.warnings.empty());

    QString steps = QStringLiteral("<ol>");
    for (const auto &s : p.manualSteps)
        steps += QStringLiteral("<li><b>%1</b> (%2): %3</li>")
                     .arg(UiText::fixWhere(s.where).toHtmlEscaped(), UiText::html(s.checkId),
                          UiText::engineHtml(s.stepText));
    steps += QStringLiteral("</ol>");
    m_manualSteps->setHtml(p.manualSteps.empty() ? tr("None.") : steps);

    const QString refusal = applyRefusal();
    if (p.blocked()) {
        QStringList blockers;
        for (const auto &b : p.blockers)
            blockers << tr("%1 (%2)").arg(UiText::blockerCategory(b.category), UiText::fromUtf8(b.check));
        m_blocked->setText(tr("Apply is not available: this device is blocked by %1. Do the manual steps first, "
                              "then run the wizard again.")
                               .arg(blockers.join(tr(", "))));
    } else if (!refusal.isEmpty()) {
        m_blocked->setText(refusal);
    }
    m_blocked->parentWidget()->setVisible(p.blocked() || (!refusal.isEmpty() && !p.changes.empty()));
    m_requireDma->setEnabled(!p.blocked());
    m_memoryIntegrity->setEnabled(!p.blocked());
    m_confirm->setEnabled(willApply());
    m_confirm->setVisible(!p.changes.empty());
    setCommitPage(willApply());
    setButtonText(QWizard::CommitButton, tr("&Apply changes"));
    Q_EMIT completeChanged();
}

QString PlanPage::applyRefusal() const
{
    // The same rules the engine enforces (Remediation, platform/policyrules.h), said before the person confirms.
    if (m_session->policy.assessOnly.value_or(false))
        return tr("Apply is not available: your IT department allows only assessment on this device (admin policy "
                  "AssessOnly=1, %1). Save the report and send it to whoever manages the device.")
            .arg(UiText::fromUtf8(m_session->policy.originOf("AssessOnly")));
    if (m_session->assessment && m_session->assessment->facts.processElevated.is(false))
        return m_session->training
                   ? tr("Apply is not available: the simulated session is not elevated, and changing these values "
                        "needs administrator rights (Windows answers \"access denied\"). On a real device, close the "
                        "app and start it again with \"Run as administrator\".")
                   : tr("Apply is not available: this app is not elevated, and changing these values needs "
                        "administrator rights. Close the app and start it again with \"Run as administrator\" "
                        "(right-click Hotpatch Ready); this plan is what it will then show.");
    return {};
}

bool PlanPage::willApply() const
{
    return m_session->plan && !m_session->plan->blocked() && !m_session->plan->changes.empty() &&
           applyRefusal().isEmpty();
}

bool PlanPage::isComplete() const
{
    if (!m_session->plan)
        return false;
    if (!willApply())
        return true;                  // nothing will be written: on to the restart or the report
    return QWizardPage::isComplete(); // the mandatory "confirm" field
}

int PlanPage::nextId() const
{
    if (!m_session->plan || m_session->plan->blocked() || !applyRefusal().isEmpty())
        return ReadinessWizard::Report;
    if (!m_session->plan->changes.empty())
        return ReadinessWizard::Apply;
    if (m_session->plan->restartNeeded)
        return ReadinessWizard::Restart;
    return ReadinessWizard::Report;
}
