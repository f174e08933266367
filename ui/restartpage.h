#pragma once

#include "operations.h"

#include <QFutureWatcher>
#include <QStyle>
#include <QWizardPage>
#include <memory>

struct ReadinessSession;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTimeEdit;

/// The one restart: when, what the signed-in user is told, what it completes; schedule or cancel it. In
/// training mode the restart can be simulated, after which the registered verification runs.
class RestartPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RestartPage(std::shared_ptr<ReadinessSession> session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

Q_SIGNALS:
    /// The simulated restart happened and the verification is in the session.
    void verified();

private:
    hpr::RestartWhen when() const;
    /// when(), moved into the admin policy's RestartWindow when outside it.
    hpr::RestartWhen fittedWhen() const;
    QString defaultMessage() const;
    void updateMessage();
    void schedule();
    void cancel();
    void simulate();
    void undo();
    void showScheduled();
    void showCancelled();
    void showSimulated();
    void showUndone();
    void setBusy(bool busy);
    void showStatus(QStyle::StandardPixmap icon, const QString &text);

    std::shared_ptr<ReadinessSession> m_session;
    QFutureWatcher<Outcome<hpr::ScheduledRestart>> m_scheduleWatcher;
    QFutureWatcher<Outcome<bool>> m_cancelWatcher;
    QFutureWatcher<Outcome<SimulatedRestart>> m_simulateWatcher;
    QFutureWatcher<Outcome<Undo>> m_undoWatcher;
    QLabel *m_changes;
    QPushButton *m_undo;
    QRadioButton *m_now;
    QRadioButton *m_inMinutes;
    QSpinBox *m_minutes;
    QRadioButton *m_atTime;
    QTimeEdit *m_time;
    QLineEdit *m_message;
    QLabel *m_reasons;
    QPushButton *m_schedule;
    QPushButton *m_cancel;
    QPushButton *m_simulate;
    QLabel *m_statusIcon;
    QLabel *m_status;
    bool m_busy = false;
    bool m_messageEdited = false;
    bool m_undone = false;
};
