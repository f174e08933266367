#pragma once

#include <QWizard>
#include <memory>

struct ReadinessSession;
class LogPanel;
class LogRelay;

/// The wizard: detect, explain, fix with one journaled change set, one scheduled restart, verify.
/// Pages are built in code and branch in nextId(); each gets the shared session through its constructor.
class ReadinessWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { Start, Detect, Results, Plan, Apply, Restart, Report };

    /// relay: the composition root's (attached to spdlog's default logger); null makes one for this wizard.
    explicit ReadinessWizard(std::shared_ptr<ReadinessSession> session, LogRelay *relay = nullptr,
                             QWidget *parent = nullptr);

    const std::shared_ptr<ReadinessSession> &session() const { return m_session; }
    LogPanel *logPanel() const { return m_logPanel; }

    /// Shows or hides the log panel (Ctrl+L, the Log button).
    void toggleLog();
    /// The About box: version, release table, the log file (modeless).
    void showAbout();
    /// What the About box says.
    QString aboutText() const;

private:
    std::shared_ptr<ReadinessSession> m_session;
    LogPanel *m_logPanel;
};
