#pragma once
// The opt-in Secure Boot 2023 certificate update (docs/secureboot.md), opened from the HP-SECUREBOOT-CA2023 row
// of the results: what the update does, the BitLocker state and the suspend choice, an explicit confirmation,
// then the same engine path as `hotpatch-ready-cli secureboot apply|verify` (SecureBootUpdate). Separate from the
// hotpatch plan and never part of its restart. In training the simulated restarts are buttons.

#include "engine/assessment.h"
#include "platform/securebootupdate.h"

#include <QDialog>
#include <functional>
#include <memory>
#include <optional>

struct ReadinessSession;
class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

class SecureBootDialog : public QDialog
{
    Q_OBJECT

public:
    /// Plans at once (off the UI thread) on the session's device; nothing changes before the confirmation.
    explicit SecureBootDialog(std::shared_ptr<ReadinessSession> session, QWidget *parent = nullptr);

    /// The newest assessment the dialog made after a restart or a verification (the results page shows it).
    const std::optional<hpr::Assessment> &latestAssessment() const { return m_latest; }
    /// The last verification's phase: "updated", "in_progress", "not_started", "error", "unknown"; empty before.
    const QString &phase() const { return m_phase; }
    /// Whether a plan, an apply, a restart or a verification is running.
    bool busy() const { return m_busy; }

Q_SIGNALS:
    /// A step finished (for tests and the results page).
    void stepFinished();

private:
    void showPlan(const hpr::Expected<hpr::SecureBootPlan> &plan);
    void apply();
    void showApplied(const hpr::Expected<hpr::SecureBootApplyResult> &result);
    void restart();
    void verify();
    void showVerification(const hpr::Expected<hpr::SecureBootVerification> &v);
    void updateButtons();
    /// Why this device must not take the update, as a sentence for people (the plan's refusal, by its cause).
    QString refusalText(const hpr::SecureBootPlan &plan) const;
    /// Runs work on a worker thread under the device lock, then done on the UI thread.
    template <class T> void runWorker(std::function<T()> work, std::function<void(const T &)> done);

    std::shared_ptr<ReadinessSession> m_session;
    std::optional<hpr::SecureBootPlan> m_plan;
    std::optional<hpr::Assessment> m_latest;
    QString m_phase;
    bool m_busy = false;
    bool m_applied = false;
    int m_restarts = 0;

    QLabel *m_status;
    QLabel *m_what;
    QLabel *m_bitlocker;
    QCheckBox *m_suspend;
    QSpinBox *m_suspendRestarts;
    QLabel *m_refusal;
    QCheckBox *m_confirm;
    QPushButton *m_apply;
    QPushButton *m_restart;
    QPushButton *m_verify;
    QLabel *m_result;
    QTreeWidget *m_beforeAfter;
};
