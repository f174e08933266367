#pragma once

#include "operations.h"

#include <QFutureWatcher>
#include <QWizardPage>
#include <memory>

struct ReadinessSession;
class QLabel;
class QProgressBar;
class QPushButton;

/// Probes and assesses the device off the UI thread; complete (and moving on by itself) once the result
/// arrived. Stop simply ignores a result still on its way.
class DetectPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit DetectPage(std::shared_ptr<ReadinessSession> session, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;

Q_SIGNALS:
    /// The assessment arrived and is in the session.
    void detected();

private:
    void start();
    void stop();
    void showResult();

    std::shared_ptr<ReadinessSession> m_session;
    QFutureWatcher<Outcome<Detection>> m_watcher;
    QLabel *m_what;
    QProgressBar *m_progress;
    QPushButton *m_stop;
    QPushButton *m_again;
    QLabel *m_result;
    bool m_running = false;
    bool m_done = false;
};
