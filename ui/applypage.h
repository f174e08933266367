#pragma once

#include "operations.h"

#include <QFutureWatcher>
#include <QStyle>
#include <QWizardPage>
#include <memory>

struct ReadinessSession;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

/// Applies the plan off the UI thread (journal first, automatic rollback on a failed write), shows each
/// written value with before -> after, and offers Undo (rollback).
class ApplyPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ApplyPage(std::shared_ptr<ReadinessSession> session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

Q_SIGNALS:
    /// The changes were written and journaled: on to the restart.
    void applied();

private:
    void showApplied();
    void undo();
    void showUndone();
    void setBusy(bool busy);
    void showStatus(QStyle::StandardPixmap icon, const QString &text);

    std::shared_ptr<ReadinessSession> m_session;
    QFutureWatcher<Outcome<hpr::ApplyResult>> m_applyWatcher;
    QFutureWatcher<Outcome<Undo>> m_undoWatcher;
    QProgressBar *m_progress;
    QLabel *m_statusIcon;
    QLabel *m_status;
    QTableWidget *m_written;
    QLabel *m_journal;
    QPushButton *m_undo;
    bool m_busy = false;
    bool m_finished = false;
};
