#include "applypage.h"

#include "readinesssession.h"
#include "readinesswizard.h"
#include "uitext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

ApplyPage::ApplyPage(std::shared_ptr<ReadinessSession> session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(std::move(session))
    , m_progress(new QProgressBar(this))
    , m_statusIcon(new QLabel(this))
    , m_status(new QLabel(this))
    , m_written(new QTableWidget(this))
    , m_journal(new QLabel(this))
    , m_undo(new QPushButton(tr("&Undo (rollback)"), this))
{
    setTitle(tr("Applying the changes"));
    setSubTitle(tr("The prior value of every entry is journaled durably before the first write."));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Apply progress"));
    m_status->setObjectName(QStringLiteral("applyStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Apply result"));
    m_statusIcon->setAlignment(Qt::AlignTop);

    m_written->setObjectName(QStringLiteral("written"));

    m_written->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_written->setAccessibleName(tr("Values written"));
    m_written->setColumnCount(4);
    m_written->setHorizontalHeaderLabels({tr("Key (HKLM)"), tr("Value"), tr("Before"), tr("After")});
    m_written->verticalHeader()->setVisible(false);
    m_written->verticalHeader()->setDefaultSectionSize(fontMetrics().lineSpacing() + 8);
    m_written->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_written->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_written->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        m_written->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    auto *writtenLabel = new QLabel(tr("&Written (before -> after):"), this);
    writtenLabel->setBuddy(m_written);

    m_journal->setWordWrap(true);
    m_journal->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_journal->setAccessibleName(tr("Journal"));
    m_undo->setObjectName(QStringLiteral("undo"));
    m_undo->setAccessibleName(tr("Undo the changes (rollback)"));

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusIcon);
    statusRow->addWidget(m_status, 1);
    auto *undoRow = new QHBoxLayout;
    undoRow->addWidget(m_undo);
    undoRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addLayout(statusRow);
    layout->addWidget(writtenLabel);
    layout->addWidget(m_written, 1);
    layout->addWidget(m_journal);
    layout->addLayout(undoRow);

    connect(&m_applyWatcher, &QFutureWatcherBase::finished, this, &ApplyPage::showApplied);
    connect(&m_undoWatcher, &QFutureWatcherBase::finished, this, &ApplyPage::showUndone);
    connect(m_undo, &QPushButton::clicked, this, &ApplyPage::undo);
}

void ApplyPage::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_undo->setEnabled(!busy && m_session->device);
    Q_EMIT completeChanged();
}

void ApplyPage::showStatus(QStyle::StandardPixmap icon, const QString &text)
{
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this);
    m_statusIcon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    m_status->setText(text);
}

void ApplyPage::initializePage()
{
    m_finished = false;
    m_session->applied.reset();
    m_session->rolledBack.reset();
    m_written->setRowCount(0);
    m_journal->clear();
    m_statusIcon->clear();
    m_status->setText(tr("Writing the changes..."));
    setBusy(true);
    m_applyWatcher.setFuture(
        QtConcurrent::run([device = m_session->device, stateDir = m_session->stateDir, options = m_session->options,
                           lock = m_session->deviceLock] { return applyFixes(device, stateDir, options, lock); }));
}

void ApplyPage::showApplied()
{
    Outcome<hpr::ApplyResult> outcome = m_applyWatcher.result();
    m_finished = true;
    const QString journal = UiText::fromUtf8(m_session->folder() + "/journal.json");
    if (!outcome.ok()) {
        // The engine's text says whether the automatic rollback restored the prior values.
        showStatus(QStyle::SP_MessageBoxCritical, tr("The apply failed. %1").arg(UiText::error(outcome.error)));
        m_journal->setText(tr("Journal: %1").arg(journal));
        setBusy(false);
        return;
    }
    const hpr::ApplyResult &r = *outcome.value;
    m_session->applied = r;
    m_written->setRowCount(int(r.written.size()));
    for (int row = 0; row < int(r.written.size()); ++row) {
        const hpr::JournalEntry &e = r.written[row];
        const QStringList cells{UiText::fromUtf8(e.key), UiText::fromUtf8(e.name), UiText::regValue(e.prior),
                                UiText::regValue(e.after)};
        for (int column = 0; column < cells.size(); ++column)
            m_written->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    if (r.outcome == "applied") {
        showStatus(QStyle::SP_DialogApplyButton,
                   tr("Applied %n change(s). They take effect at the next restart.", nullptr, int(r.written.size())));
        m_journal->setText(tr("The prior values are journaled in %1; Undo restores them exactly.").arg(journal));
    } else if (r.outcome == "nothing_to_do") {
        showStatus(QStyle::SP_MessageBoxInformation,
                   tr("Nothing to change: the device already has the planned values."));
    } else if (r.outcome == "refused_blocked") {
        showStatus(QStyle::SP_MessageBoxCritical,
                   tr("Refused: something this tool cannot fix blocks the device. Nothing was changed."));
    } else {
        showStatus(QStyle::SP_MessageBoxInformation, UiText::fromUtf8(hpr::applyResultText(r)));
    }
    setBusy(false);
    if (r.outcome == "applied" && isComplete())
        Q_EMIT applied();
}

void ApplyPage::undo()
{
    m_status->setText(tr("Restoring the prior values..."));
    setBusy(true);
    m_undoWatcher.setFuture(
        QtConcurrent::run([device = m_session->device, stateDir = m_session->stateDir, lock = m_session->deviceLock] {
            return rollBack(device, stateDir, lock);
        }));
}

void ApplyPage::showUndone()
{
    Outcome<Undo> outcome = m_undoWatcher.result();
    if (!outcome.ok()) {
        showStatus(QStyle::SP_MessageBoxCritical, tr("The rollback failed. %1").arg(UiText::error(outcome.error)));
        setBusy(false);
        return;
    }
    m_session->rolledBack = outcome.value->rollback;
    m_session->applied.reset();
    m_session->restart.reset();
    const auto &rb = outcome.value->rollback;
    showStatus(QStyle::SP_DialogApplyButton,
               rb.nothingToDo ? tr("Nothing to undo: no change of this tool is in place.")
                              : tr("Rolled back: %n value(s) restored to their prior state. The device is as before.",
                                   nullptr, int(rb.restored.size())));
    m_written->setRowCount(0);
    setBusy(false);
}

bool ApplyPage::isComplete() const
{
    return m_finished && !m_busy;
}

int ApplyPage::nextId() const
{
    if (m_session->applied && m_session->applied->outcome == "applied" && m_session->applied->plan.restartNeeded)
        return ReadinessWizard::Restart;
    return ReadinessWizard::Report;
}
