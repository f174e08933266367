#include "restartpage.h"

#include "platform/policyrules.h"
#include "readinesssession.h"
#include "readinesswizard.h"
#include "uilanguage.h"
#include "uitext.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <algorithm>

RestartPage::RestartPage(std::shared_ptr<ReadinessSession> session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(std::move(session))
    , m_changes(new QLabel(this))
    , m_undo(new QPushButton(tr("&Undo the changes (rollback)"), this))
    , m_now(new QRadioButton(tr("No&w (after one minute's warning)"), this))
    , m_inMinutes(new QRadioButton(tr("&In a number of minutes:"), this))
    , m_minutes(new QSpinBox(this))
    , m_atTime(new QRadioButton(tr("At a &time of day:"), this))
    , m_time(new QTimeEdit(this))
    , m_message(new QLineEdit(this))
    , m_reasons(new QLabel(this))
    , m_schedule(new QPushButton(tr("&Schedule restart"), this))
    , m_cancel(new QPushButton(tr("&Cancel restart"), this))
    , m_simulate(new QPushButton(tr("Si&mulate the restart now"), this))
    , m_statusIcon(new QLabel(this))
    , m_status(new QLabel(this))
{
    setTitle(tr("One restart"));
    setSubTitle(tr("One restart completes everything that waits for one. The verification is registered to run "
                   "by itself after it."));

    m_changes->setObjectName(QStringLiteral("appliedChanges"));
    m_changes->setWordWrap(true);
    m_changes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_changes->setAccessibleName(tr("Changes waiting for the restart"));
    m_undo->setObjectName(QStringLiteral("undoRestart"));
    m_undo->setAccessibleName(tr("Undo the changes (rollback)"));
    auto *changesBox = new QGroupBox(tr("What this restart completes"), this);
    auto *changesLayout = new QVBoxLayout(changesBox);
    m_reasons->setObjectName(QStringLiteral("restartReasons"));
    m_reasons->setWordWrap(true);
    m_reasons->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reasons->setAccessibleName(tr("What the restart completes"));
    changesLayout->addWidget(m_changes);
    changesLayout->addWidget(m_reasons);
    auto *undoRow = new QHBoxLayout;
    undoRow->addWidget(m_undo);
    undoRow->addStretch(1);
    changesLayout->addLayout(undoRow);

    m_now->setObjectName(QStringLiteral("now"));
    m_now->setAccessibleName(tr("Restart now"));
    m_inMinutes->setObjectName(QStringLiteral("inMinutes"));
    m_inMinutes->setAccessibleName(tr("Restart in a number of minutes"));
    m_minutes->setObjectName(QStringLiteral("minutes"));
    m_minutes->setAccessibleName(tr("Minutes until the restart"));
    m_minutes->setRange(1, 10080);
    m_minutes->setValue(15);
    // The unit follows the number (one minute, 15 minutes; languages with other plural rules get theirs).
    const auto minutesSuffix = [this](int n) { m_minutes->setSuffix(tr(" minute(s)", "spin box suffix", n)); };
    minutesSuffix(m_minutes->value());
    connect(m_minutes, &QSpinBox::valueChanged, this, minutesSuffix);
    m_atTime->setObjectName(QStringLiteral("atTime"));
    m_atTime->setAccessibleName(tr("Restart at a time of day"));
    m_time->setObjectName(QStringLiteral("time"));
    m_time->setAccessibleName(tr("Time of the restart (device time)"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_now);
    group->addButton(m_inMinutes);
    group->addButton(m_atTime);
    m_inMinutes->setChecked(true);
    auto *timeNote = new QLabel(tr("(device time, the next time it comes)"), this);

    auto *whenBox = new QGroupBox(tr("When"), this);
    auto *whenLayout = new QGridLayout(whenBox);
    whenLayout->addWidget(m_now, 0, 0, 1, 3);
    whenLayout->addWidget(m_inMinutes, 1, 0);
    whenLayout->addWidget(m_minutes, 1, 1);
    whenLayout->addWidget(m_atTime, 2, 0);
    whenLayout->addWidget(m_time, 2, 1);
    whenLayout->addWidget(timeNote, 2, 2);
    whenLayout->setColumnStretch(2, 1);

    m_message->setObjectName(QStringLiteral("message"));
    m_message->setAccessibleName(tr("Message the signed-in user sees"));
    auto *messageLabel = new QLabel(tr("Message the si&gned-in user sees:"), this);
    messageLabel->setBuddy(m_message);

    m_schedule->setObjectName(QStringLiteral("schedule"));
    m_schedule->setAccessibleName(tr("Schedule restart"));
    m_cancel->setObjectName(QStringLiteral("cancelRestart"));
    m_cancel->setAccessibleName(tr("Cancel restart"));
    m_simulate->setObjectName(QStringLiteral("simulate"));
    m_simulate->setAccessibleName(tr("Simulate the restart now"));
    m_simulate->setToolTip(tr("Training only: the simulated device restarts now (its clock moves to the scheduled "
                              "time), then the registered verification runs."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_schedule);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_simulate);

    m_status->setObjectName(QStringLiteral("restartStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Restart status"));
    m_statusIcon->setAlignment(Qt::AlignTop);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusIcon);
    statusRow->addWidget(m_status, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(changesBox);
    layout->addWidget(whenBox);
    layout->addWidget(messageLabel);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    layout->addLayout(statusRow);
    layout->addStretch(1);

    connect(group, &QButtonGroup::buttonToggled, this, &RestartPage::updateMessage);
    connect(m_minutes, &QSpinBox::valueChanged, this, &RestartPage::updateMessage);
    connect(m_time, &QTimeEdit::timeChanged, this, &RestartPage::updateMessage);
    connect(m_minutes, &QSpinBox::valueChanged, m_inMinutes, [this] { m_inMinutes->setChecked(true); });
    connect(m_time, &QTimeEdit::timeChanged, m_atTime, [this] { m_atTime->setChecked(true); });
    connect(m_message, &QLineEdit::textEdited, this, [this] { m_messageEdited = true; });
    connect(m_schedule, &QPushButton::clicked, this, &RestartPage::schedule);
    connect(m_cancel, &QPushButton::clicked, this, &RestartPage::cancel);
    connect(m_simulate, &QPushButton::clicked, this, &RestartPage::simulate);
    connect(m_undo, &QPushButton::clicked, this, &RestartPage::undo);
    connect(&m_scheduleWatcher, &QFutureWatcherBase::finished, this, &RestartPage::showScheduled);
    connect(&m_cancelWatcher, &QFutureWatcherBase::finished, this, &RestartPage::showCancelled);
    connect(&m_simulateWatcher, &QFutureWatcherBase::finished, this, &RestartPage::showSimulated);
    connect(&m_undoWatcher, &QFutureWatcherBase::finished, this, &RestartPage::showUndone);
}

void RestartPage::initializePage()
{
    m_undone = false;
    m_session->restart.reset();
    m_session->verification.reset();
    const hpr::Plan *plan =
        m_session->applied ? &m_session->applied->plan : (m_session->plan ? &*m_session->plan : nullptr);
    QString reasons;
    if (plan)
        for (const QString &r : UiText::engine(plan->restartReasonTexts, plan->restartReasons))
            reasons += QStringLiteral("<br>&bull; ") + r.toHtmlEscaped();
    m_reasons->setText(reasons.isEmpty() ? tr("Nothing waits for a restart.")
                                         : tr("<b>The restart completes:</b>") + reasons);

    QString changes;
    if (m_session->applied && !m_session->applied->written.empty()) {
        changes = tr("<b>Written by this tool:</b>");
        for (const auto &e : m_session->applied->written)
            changes += QStringLiteral("<br>&bull; ") + tr("HKLM\\%1\\%2: %3 -> %4")
                                                           .arg(UiText::fromUtf8(e.key), UiText::fromUtf8(e.name),
                                                                UiText::regValue(e.prior), UiText::regValue(e.after))
                                                           .toHtmlEscaped();
    }
    m_changes->setText(changes);
    m_changes->setVisible(!changes.isEmpty());
    m_undo->setVisible(m_session->applied.has_value());

    // Default time of day: the next full hour after the next one, in device time.
    const std::int64_t local = m_session->deviceClockNow() + m_session->deviceUtcOffset;
    const int hour = int(((local % 86400) + 86400) % 86400 / 3600);
    {
        const QSignalBlocker block(m_time);
        m_time->setTime(QTime((hour + 2) % 24, 0));
    }
    m_simulate->setVisible(m_session->training);
    m_messageEdited = false;
    updateMessage();
    m_statusIcon->clear();
    QString status = m_session->training
                         ? tr("Training: schedule the restart, then simulate it to see the verification.")
                         : tr("Schedule the restart; the verification runs by itself after it.");
    if (const auto &window = m_session->policy.restartWindow)
        status +=
            QLatin1Char(' ') + tr("Your IT department allows restarts only between %1 and %2 device time (admin policy "
                                  "RestartWindow, %3): a time outside it moves to the next start of the window.")
                                   .arg(QTime(0, 0).addSecs(window->startMinute * 60).toString(QStringLiteral("HH:mm")),
                                        QTime(0, 0).addSecs(window->endMinute * 60).toString(QStringLiteral("HH:mm")),
                                        UiText::fromUtf8(m_session->policy.originOf("RestartWindow")));
    m_status->setText(status);
    setBusy(false);
}

hpr::RestartWhen RestartPage::when() const
{
    hpr::RestartWhen w;
    if (m_inMinutes->isChecked()) {
        w.kind = hpr::RestartWhen::InMinutes;
        w.minutes = m_minutes->value();
    } else if (m_atTime->isChecked()) {
        w.kind = hpr::RestartWhen::AtTime;
        w.hour = m_time->time().hour();
        w.minute = m_time->time().minute();
    }
    return w;
}

hpr::RestartWhen RestartPage::fittedWhen() const
{
    // Moved to the next start of the admin policy's RestartWindow when outside it (the page says so); the worker
    // fits it again on the device's own clock, which leaves a time inside the window as it is.
    auto fitted =
        hpr::fitRestartWindow(m_session->policy, when(), m_session->deviceClockNow(), m_session->deviceUtcOffset, true);
    return fitted ? *fitted : when();
}

QString RestartPage::defaultMessage() const
{
    // A preview of the engine's default text; unless edited, the engine words it at scheduling time, with
    // the exact time it computes.
    // The engine's rule for the time (restartTimeFor), after the admin policy's RestartWindow has moved it.
    const std::int64_t at = hpr::restartTimeFor(fittedWhen(), m_session->deviceClockNow(), m_session->deviceUtcOffset);
    const std::int64_t local = ((at + m_session->deviceUtcOffset) % 86400 + 86400) % 86400;
    const QTime time(int(local / 3600), int(local % 3600 / 60));
    return tr("Hotpatch Ready: this PC restarts at %1 to finish turning on virtualization-based security for "
              "hotpatch updates. Please save your work.")
        .arg(time.toString(QStringLiteral("HH:mm")));
}

void RestartPage::updateMessage()
{
    if (!m_messageEdited)
        m_message->setText(defaultMessage());
}

void RestartPage::setBusy(bool busy)
{
    m_busy = busy;
    const bool scheduled = m_session->restart.has_value();
    m_schedule->setEnabled(!busy && !m_undone);
    m_cancel->setEnabled(!busy && scheduled);
    m_simulate->setEnabled(!busy && !m_undone);
    m_undo->setEnabled(!busy && !m_undone);
    Q_EMIT completeChanged();
}

void RestartPage::showStatus(QStyle::StandardPixmap icon, const QString &text)
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_statusIcon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    m_status->setText(text);
}

void RestartPage::schedule()
{
    // Unedited, the engine words the message (in English) with the exact time it computes; in another language
    // the wizard words it now, from the same device clock and rule, so the signed-in user reads the language shown.
    const bool english = UiLanguage::current().code == QLatin1String("en");
    const std::string message = m_messageEdited ? UiText::toUtf8(m_message->text())
                                : english       ? std::string()
                                                : UiText::toUtf8(defaultMessage());
    // A cycle started here on a simulated device registers this app, which opens on the verification after the
    // restart; the live device registers the CLI, because its boot task runs as SYSTEM before anyone logs on
    // (docs/gui.md, "After the restart").
    const bool gui = m_session->training && !m_session->guiPath.empty();
    const std::string verify = verifyCommandLine(gui ? m_session->guiPath : m_session->cliPath, m_session->deviceSpec(),
                                                 m_session->stateDir, gui);
    m_status->setText(tr("Scheduling the restart..."));
    setBusy(true);
    m_scheduleWatcher.setFuture(QtConcurrent::run([device = m_session->device, stateDir = m_session->stateDir,
                                                   w = fittedWhen(), message, options = m_session->options.assess,
                                                   verify, policy = m_session->policy, lock = m_session->deviceLock] {
        return scheduleRestart(device, stateDir, w, message, options, verify, policy, lock);
    }));
}

void RestartPage::showScheduled()
{
    Outcome<hpr::ScheduledRestart> outcome = m_scheduleWatcher.result();
    if (!outcome.ok()) {
        showStatus(QStyle::SP_MessageBoxCritical, UiText::error(outcome.error));
        setBusy(false);
        return;
    }
    m_session->restart = *outcome.value;
    const QDateTime at = QDateTime::fromString(UiText::fromUtf8(outcome.value->at), Qt::ISODate)
                             .toOffsetFromUtc(int(m_session->deviceUtcOffset));
    showStatus(QStyle::SP_DialogApplyButton,
               tr("Restart scheduled for %1 (device time; %2 UTC). The signed-in user sees: \"%3\"")
                   .arg(at.toString(QStringLiteral("yyyy-MM-dd HH:mm")), UiText::fromUtf8(outcome.value->at),
                        UiText::fromUtf8(outcome.value->message)));
    if (!m_session->training)
        setFinalPage(true); // nothing more to do here: the verification runs after the restart
    setBusy(false);
}

void RestartPage::cancel()
{
    m_status->setText(tr("Cancelling the restart..."));
    setBusy(true);
    m_cancelWatcher.setFuture(
        QtConcurrent::run([device = m_session->device, stateDir = m_session->stateDir, lock = m_session->deviceLock] {
            return cancelRestart(device, stateDir, lock);
        }));
}

void RestartPage::showCancelled()
{
    Outcome<bool> outcome = m_cancelWatcher.result();
    if (!outcome.ok()) {
        showStatus(QStyle::SP_MessageBoxCritical, UiText::error(outcome.error));
    } else {
        m_session->restart.reset();
        setFinalPage(false);
        showStatus(QStyle::SP_MessageBoxInformation,
                   tr("The restart and the verification after it were cancelled. The changes stay in place and "
                      "take effect at the next restart, whenever it happens."));
    }
    setBusy(false);
}

void RestartPage::simulate()
{
    m_status->setText(tr("The simulated device is restarting..."));
    setBusy(true);
    m_simulateWatcher.setFuture(QtConcurrent::run(
        [device = m_session->device, stateDir = m_session->stateDir, options = m_session->options.assess,
         lock = m_session->deviceLock] { return simulateRestart(device, stateDir, options, lock); }));
}

void RestartPage::showSimulated()
{
    Outcome<SimulatedRestart> outcome = m_simulateWatcher.result();
    if (!outcome.ok()) {
        showStatus(QStyle::SP_MessageBoxCritical, UiText::error(outcome.error));
        setBusy(false);
        return;
    }
    m_session->restart.reset();
    if (!outcome.value->verification) {
        showStatus(QStyle::SP_MessageBoxInformation,
                   tr("The simulated device restarted (restart number %1), but no verification was registered: "
                      "schedule the restart first to have it verified.")
                       .arg(outcome.value->restart.restartsSinceOpened));
        setBusy(false);
        return;
    }
    m_session->verification = std::move(outcome.value->verification);
    m_session->assessment = m_session->verification->after;
    showStatus(QStyle::SP_DialogApplyButton, tr("The simulated device restarted and the verification ran."));
    setBusy(false);
    Q_EMIT verified();
}

void RestartPage::undo()
{
    m_status->setText(tr("Restoring the prior values..."));
    setBusy(true);
    m_undoWatcher.setFuture(
        QtConcurrent::run([device = m_session->device, stateDir = m_session->stateDir, lock = m_session->deviceLock] {
            return rollBack(device, stateDir, lock);
        }));
}

void RestartPage::showUndone()
{
    Outcome<Undo> outcome = m_undoWatcher.result();
    if (!outcome.ok()) {
        showStatus(QStyle::SP_MessageBoxCritical, tr("The rollback failed. %1").arg(UiText::error(outcome.error)));
        setBusy(false);
        return;
    }
    m_undone = true;
    m_session->rolledBack = outcome.value->rollback;
    m_session->applied.reset();
    m_session->restart.reset();
    setFinalPage(false);
    QString text = tr("Rolled back: %n value(s) restored to their prior state. The device is as before.", nullptr,
                      int(outcome.value->rollback.restored.size()));
    if (outcome.value->restartCancelled)
        text += QLatin1Char(' ') + tr("The scheduled restart was cancelled.");
    showStatus(QStyle::SP_DialogApplyButton, text);
    m_changes->clear();
    setBusy(false);
}

bool RestartPage::isComplete() const
{
    return !m_busy && (m_session->restart.has_value() || m_session->verification.has_value() || m_undone);
}

int RestartPage::nextId() const
{
    return ReadinessWizard::Report;
}
