#include "securebootdialog.h"

#include "engine/registrypaths.h"
#include "engine/secureboot.h"
#include "platform/sim/simdevice.h"
#include "readinesssession.h"
#include "uitext.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <spdlog/spdlog.h>

namespace {

/// "absent", "REG_DWORD 0x5944" (AvailableUpdates is a bit mask: hexadecimal, as Microsoft writes it).
QString regText(const std::optional<hpr::RegValue> &value)
{
    if (value && value->isNumber())
        return QStringLiteral("%1 %2").arg(QString::fromLatin1(hpr::toString(value->type)),
                                           UiText::fromUtf8(hpr::secureboot::hex(value->number)));
    return UiText::regValue(value);
}

QLabel *wrapped(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

SecureBootDialog::SecureBootDialog(std::shared_ptr<ReadinessSession> session, QWidget *parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_status(wrapped(this, "status"))
    , m_what(wrapped(this, "what"))
    , m_bitlocker(wrapped(this, "bitlocker"))
    , m_suspend(new QCheckBox(tr("Suspend BitLocker for the restarts of this update"), this))
    , m_suspendRestarts(new QSpinBox(this))
    , m_refusal(wrapped(this, "refusal"))
    , m_confirm(new QCheckBox(
          tr("I understand that this changes the firmware's Secure Boot databases and needs several restarts of its "
             "own."),
          this))
    , m_apply(new QPushButton(tr("&Start the Secure Boot update"), this))
    , m_restart(new QPushButton(tr("Simulate a &restart"), this))
    , m_verify(new QPushButton(tr("&Verify now"), this))
    , m_result(wrapped(this, "result"))
    , m_beforeAfter(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("secureBootDialog"));
    setWindowTitle(tr("Secure Boot 2023 certificates"));
    setAccessibleName(tr("Secure Boot 2023 certificate update"));

    auto *intro = wrapped(this, "intro");
    intro->setText(tr("Microsoft's Secure Boot certificates from 2011 expired in 2026. Without the 2023 certificates "
                      "this device keeps starting and receiving normal updates, but no longer receives security "
                      "fixes for its boot components. This update is separate from the hotpatch fix: it is never "
                      "part of the hotpatch restart, and hotpatch readiness does not depend on it."));
    m_status->setText(tr("Checking what the update would do on this device…"));

    m_what->setTextFormat(Qt::RichText);
    m_bitlocker->setTextFormat(Qt::RichText);
    m_refusal->setTextFormat(Qt::RichText);
    m_result->setTextFormat(Qt::RichText);

    m_suspend->setObjectName(QStringLiteral("suspendBitLocker"));
    m_suspendRestarts->setObjectName(QStringLiteral("suspendRestarts"));
    m_suspendRestarts->setRange(1, 15);
    // KB5016061 suspends for 2 restarts; the simulated device needs 3 to finish.
    m_suspendRestarts->setValue(m_session->training ? 3 : 2);
    m_suspendRestarts->setAccessibleName(tr("Number of restarts BitLocker stays suspended"));
    auto *suspendRow = new QHBoxLayout;
    suspendRow->addWidget(m_suspend);
    auto *restartsLabel = new QLabel(tr("R&estarts:"), this);
    restartsLabel->setBuddy(m_suspendRestarts);
    suspendRow->addWidget(restartsLabel);
    suspendRow->addWidget(m_suspendRestarts);
    suspendRow->addStretch(1);

    m_suspend->setAccessibleName(tr("Suspend BitLocker for the restarts of this update"));
    m_confirm->setObjectName(QStringLiteral("confirm"));
    m_confirm->setAccessibleName(tr("Confirm the Secure Boot update"));
    m_apply->setObjectName(QStringLiteral("apply"));
    m_apply->setAccessibleName(tr("Start the Secure Boot update"));
    m_restart->setAccessibleName(tr("Simulate a restart"));
    m_verify->setAccessibleName(tr("Verify now"));
    m_restart->setObjectName(QStringLiteral("simulateRestart"));
    m_restart->setToolTip(tr("Training only: the simulated device restarts and Windows' Secure Boot update task "
                             "runs once, as it does after a real restart."));
    m_verify->setObjectName(QStringLiteral("verify"));

    m_beforeAfter->setObjectName(QStringLiteral("beforeAfter"));
    m_beforeAfter->setAccessibleName(tr("Secure Boot facts at the opt-in and now"));
    m_beforeAfter->setHeaderLabels({tr("Fact"), tr("At the opt-in"), tr("Now")});
    m_beforeAfter->setRootIsDecorated(false);
    m_beforeAfter->setAlternatingRowColors(true);
    m_beforeAfter->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_beforeAfter->setVisible(false);

    auto *whatBox = new QGroupBox(tr("What the update does"), this);
    auto *whatLayout = new QVBoxLayout(whatBox);
    whatLayout->addWidget(m_what);
    auto *bitlockerBox = new QGroupBox(tr("BitLocker"), this);
    auto *bitlockerLayout = new QVBoxLayout(bitlockerBox);
    bitlockerLayout->addWidget(m_bitlocker);
    bitlockerLayout->addLayout(suspendRow);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_apply);
    actions->addWidget(m_restart);
    actions->addWidget(m_verify);
    actions->addStretch(1);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(intro);
    layout->addWidget(m_status);
    layout->addWidget(whatBox);
    layout->addWidget(bitlockerBox);
    layout->addWidget(m_refusal);
    layout->addWidget(m_confirm);
    layout->addLayout(actions);
    layout->addWidget(m_result);
    layout->addWidget(m_beforeAfter, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(scroll, 1);
    outer->addWidget(buttons);
    resize(760, 640);

    connect(m_confirm, &QCheckBox::toggled, this, &SecureBootDialog::updateButtons);
    connect(m_suspend, &QCheckBox::toggled, this, &SecureBootDialog::updateButtons);
    connect(m_apply, &QPushButton::clicked, this, &SecureBootDialog::apply);
    connect(m_restart, &QPushButton::clicked, this, &SecureBootDialog::restart);
    connect(m_verify, &QPushButton::clicked, this, &SecureBootDialog::verify);

    updateButtons();
    if (!m_session->device) {
        m_status->setText(tr("No device is open."));
        return;
    }
    runWorker<hpr::Expected<hpr::SecureBootPlan>>(
        [device = m_session->device, stateDir = m_session->stateDir, options = m_session->options.assess] {
            return hpr::SecureBootUpdate(*device, stateDir).plan(options);
        },
        [this](const hpr::Expected<hpr::SecureBootPlan> &plan) { showPlan(plan); });
}

template <class T> void SecureBootDialog::runWorker(std::function<T()> work, std::function<void(const T &)> done)
{
    m_busy = true;
    updateButtons();
    auto *watcher = new QFutureWatcher<T>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, done] {
        m_busy = false;
        done(watcher->result());
        watcher->deleteLater();
        updateButtons();
        Q_EMIT stepFinished();
    });
    watcher->setFuture(QtConcurrent::run([work, lock = m_session->deviceLock] {
        std::lock_guard guard(*lock);
        return work();
    }));
}

QString SecureBootDialog::refusalText(const hpr::SecureBootPlan &plan) const
{
    const hpr::DeviceFacts &f = plan.assessment.facts;
    if (f.firmwareType.is("bios"))
        return tr("This device starts in legacy BIOS mode, so it has no Secure Boot certificates to update.");
    if (f.firmwareSecureBoot.is("off"))
        return tr("Secure Boot is off on this device. The update runs only with Secure Boot on: turn it on in the "
                  "UEFI setup first.");
    if (!f.firmwareSecureBoot.isKnown())
        return tr("The Secure Boot state could not be read (%1), so the update is not offered.")
            .arg(UiText::fromUtf8(f.firmwareSecureBoot.detail()));
    if (f.processElevated.is(false))
        return tr("Hotpatch Ready is not running as administrator. Start it as administrator so it can check "
                  "BitLocker and make this change.");
    if (!f.bitlockerProtection.isKnown())
        return tr("The BitLocker state could not be read (%1). It must be known before the firmware's Secure Boot "
                  "databases change: run Hotpatch Ready as administrator.")
            .arg(UiText::fromUtf8(f.bitlockerProtection.detail()));
    // The other refusals in the engine's words (SecureBootPlan::refusalText), translated.
    return tr("The update cannot run on this device: %1.").arg(UiText::engine(plan.refusalText));
}

void SecureBootDialog::showPlan(const hpr::Expected<hpr::SecureBootPlan> &plan)
{
    if (!plan) {
        m_status->setText(UiText::error(plan.error()));
        return;
    }
    m_plan = *plan;
    const hpr::CheckResult *check = plan->assessment.check("HP-SECUREBOOT-CA2023");
    m_status->setText(check ? tr("Now: %1").arg(UiText::engine(check->summaryText)) : QString());

    const QString key =
        QStringLiteral("HKLM\\%1\\%2")
            .arg(UiText::fromUtf8(hpr::reg::kSecureBootControl), UiText::fromUtf8(hpr::reg::kAvailableUpdates));
    QStringList items;
    items << tr("It sets %1 from %2 to %3 (the value Microsoft documents for the 2023 certificates, the KEK and the "
                "new boot manager; no revocations). Nothing else is written, and the change is journaled.")
                 .arg(key.toHtmlEscaped(), regText(plan->before).toHtmlEscaped(),
                      UiText::fromUtf8(hpr::secureboot::hex(hpr::secureboot::kAvailableUpdatesAll)));
    items << tr("Windows' Secure Boot update task then writes the 2023 certificates into the firmware variables DB "
                "and KEK and installs the boot manager signed by Windows UEFI CA 2023.");
    items << tr("It needs several restarts of its own: at least two on a real device (the databases, then the boot "
                "manager); the simulated device needs three.");
    items << tr("Known firmware problems: some firmware rejects the write (event 1795), some device makers have not "
                "supplied a signed KEK yet (the update then stays pending with event 1803), and some BIOS options or "
                "UEFI Deployed Mode block the new certificates.");
    items << tr("Undo restores the value, but certificates already written to the firmware stay there.");
    QString what = QStringLiteral("<ul>");
    for (const QString &item : items)
        what += QStringLiteral("<li>%1</li>").arg(item);
    m_what->setText(what + QStringLiteral("</ul>"));

    const auto &bl = plan->assessment.facts.bitlockerProtection;
    if (bl.is("on"))
        m_bitlocker->setText(tr("<b>BitLocker is on</b> for the system drive. <b>Have your BitLocker recovery key at "
                                "hand</b> before you restart: changing the Secure Boot databases can make the device "
                                "ask for it. You can suspend BitLocker for the restarts of this update."));
    else if (bl.isKnown())
        m_bitlocker->setText(
            tr("BitLocker is off for the system drive: no recovery key prompt is expected from this update."));
    else
        m_bitlocker->setText(tr("<b>The BitLocker state is unknown</b> (%1).").arg(UiText::html(bl.detail())));
    m_suspend->setVisible(bl.is("on"));
    m_suspendRestarts->setVisible(bl.is("on"));
    m_suspend->setChecked(bl.is("on"));

    if (!plan->refusal.empty()) {
        m_refusal->setText(tr("<b>Not possible here:</b> %1").arg(refusalText(*plan).toHtmlEscaped()));
        spdlog::info("Secure Boot update refused on {}: {}", m_session->device->spec(), plan->refusal);
    } else if (m_session->applied || m_session->restart) {
        m_refusal->setText(tr("<b>Not now:</b> the hotpatch fixes are applied and wait for their restart. Finish that "
                              "cycle first, so the two are never mixed into one restart."));
    } else if (!plan->nothingToDo.empty()) {
        m_refusal->setText(check && check->status == hpr::CheckStatus::Pass
                               ? tr("<b>Nothing to do:</b> the 2023 certificates are in place and the device starts "
                                    "the boot manager signed by the 2023 certificate.")
                               : tr("<b>Already started:</b> the update was triggered before. Restart the device and "
                                    "verify instead of starting it again."));
    } else {
        m_refusal->clear();
    }
    m_refusal->setVisible(!m_refusal->text().isEmpty());
}

void SecureBootDialog::apply()
{
    if (!m_plan || !m_confirm->isChecked())
        return;
    hpr::SecureBootApplyOptions options;
    options.confirm = true; // the person ticked the confirmation
    options.suspendBitLockerRestarts =
        m_suspend->isVisible() && m_suspend->isChecked() ? m_suspendRestarts->value() : 0;
    options.assess = m_session->options.assess;
    runWorker<hpr::Expected<hpr::SecureBootApplyResult>>(
        [device = m_session->device, stateDir = m_session->stateDir, options] {
            return hpr::SecureBootUpdate(*device, stateDir).apply(options);
        },
        [this](const hpr::Expected<hpr::SecureBootApplyResult> &r) { showApplied(r); });
}

void SecureBootDialog::showApplied(const hpr::Expected<hpr::SecureBootApplyResult> &r)
{
    if (!r) {
        m_result->setText(UiText::error(r.error()).toHtmlEscaped());
        return;
    }
    if (r->outcome != "applied") {
        // The plan changed between showing it and applying it (another tool, a restart): show it again.
        showPlan(r->plan);
        m_result->setText(tr("Nothing was changed."));
        return;
    }
    m_applied = true;
    m_confirm->setEnabled(false);
    const auto &written = r->written.front();
    QString text = tr("<b>The update is started:</b> AvailableUpdates was %1 and is now %2.")
                       .arg(regText(written.prior).toHtmlEscaped(), regText(written.after).toHtmlEscaped());
    if (r->bitlockerSuspended)
        text += QLatin1Char(' ') +
                tr("BitLocker is suspended for the next %n restart(s).", nullptr, m_suspendRestarts->value());
    else if (r->plan.bitlocker == "on")
        text += QLatin1Char(' ') + tr("BitLocker stays on: have the recovery key at hand for the restarts.");
    text += QLatin1Char(' ') + (m_session->training
                                    ? tr("Training: simulate the restarts with the button above; each one runs "
                                         "Windows' Secure Boot update task once. Then the result shows here.")
                                    : tr("Restart the device when it suits you (more than once), then open this "
                                         "again and choose Verify now. This is not the hotpatch restart."));
    m_result->setText(text);
    spdlog::info("Secure Boot update started on {} (AvailableUpdates = 0x5944)", m_session->device->spec());
}

void SecureBootDialog::restart()
{
    runWorker<hpr::Expected<hpr::SecureBootVerification>>(
        [device = m_session->device, stateDir = m_session->stateDir,
         options = m_session->options.assess]() -> hpr::Expected<hpr::SecureBootVerification> {
            auto *sim = dynamic_cast<hpr::SimDevice *>(device.get());
            if (!sim)
                return hpr::makeError(hpr::ErrorCode::NotSupported,
                                      "only a simulated device can be restarted from here");
            if (auto restarted = sim->restart(); !restarted)
                return restarted.error();
            return hpr::SecureBootUpdate(*device, stateDir).verify(options);
        },
        [this](const hpr::Expected<hpr::SecureBootVerification> &v) {
            if (v)
                ++m_restarts;
            showVerification(v);
        });
}

void SecureBootDialog::verify()
{
    runWorker<hpr::Expected<hpr::SecureBootVerification>>(
        [device = m_session->device, stateDir = m_session->stateDir, options = m_session->options.assess] {
            return hpr::SecureBootUpdate(*device, stateDir).verify(options);
        },
        [this](const hpr::Expected<hpr::SecureBootVerification> &v) { showVerification(v); });
}

void SecureBootDialog::showVerification(const hpr::Expected<hpr::SecureBootVerification> &v)
{
    if (!v) {
        m_result->setText(UiText::error(v.error()).toHtmlEscaped());
        return;
    }
    m_latest = v->after;
    m_phase = UiText::fromUtf8(v->phase);
    QString phase;
    if (v->phase == "updated")
        phase = tr("<b>Updated:</b> the 2023 certificates are in place and the device starts the boot manager "
                   "signed by the 2023 certificate.");
    else if (v->phase == "in_progress")
        phase = tr("<b>In progress:</b> the next restart continues the update.");
    else if (v->phase == "not_started")
        phase = tr("<b>Not started yet:</b> Windows' Secure Boot update task has not picked the change up.");
    else if (v->phase == "error")
        phase = tr("<b>Failed:</b> the firmware reported an error; the error code and event are in the table below.");
    else
        phase = tr("<b>Unknown:</b> the Secure Boot state could not be read.");
    QString text =
        m_session->training ? tr("After %n simulated restart(s):", nullptr, m_restarts) + QLatin1Char(' ') : QString();
    m_result->setText(text + phase);

    m_beforeAfter->clear();
    for (const auto &[id, before, now] : v->rows) {
        auto *item = new QTreeWidgetItem(m_beforeAfter);
        item->setText(0, UiText::fromUtf8(id));
        item->setText(1, v->optedIn ? UiText::fromUtf8(before) : tr("not recorded"));
        item->setText(2, UiText::fromUtf8(now));
        if (v->optedIn && before != now) {
            QFont bold = item->font(2);
            bold.setBold(true);
            item->setFont(2, bold);
        }
    }
    m_beforeAfter->setVisible(true);
    if (const hpr::CheckResult *check = v->after.check("HP-SECUREBOOT-CA2023"))
        m_status->setText(tr("Now: %1").arg(UiText::engine(check->summaryText)));
}

void SecureBootDialog::updateButtons()
{
    const bool allowed = m_plan && m_plan->refusal.empty() && !m_session->applied && !m_session->restart;
    const bool startable = allowed && m_plan->nothingToDo.empty() && !m_applied;
    m_confirm->setVisible(startable || m_applied);
    m_apply->setVisible(startable || m_applied);
    m_apply->setEnabled(!m_busy && startable && m_confirm->isChecked());
    m_suspend->setEnabled(!m_busy && startable);
    m_suspendRestarts->setEnabled(!m_busy && startable && m_suspend->isChecked());
    // After the opt-in (now, or earlier: "already started"), the restarts and the verification.
    const bool underway = allowed && (m_applied || !m_plan->nothingToDo.empty());
    m_restart->setVisible(m_session->training && underway);
    m_restart->setEnabled(!m_busy && m_phase != QLatin1String("updated"));
    m_verify->setVisible(underway);
    m_verify->setEnabled(!m_busy);
}
