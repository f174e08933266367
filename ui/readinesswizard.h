#pragma once

#include <QWizard>
#include <memory>

struct ReadinessSession;

/// The wizard: detect, explain, fix with one journaled change set, one scheduled restart, verify.
/// Pages are built in code and branch in nextId(); each gets the shared session through its constructor.
class ReadinessWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { Start, Detect, Results, Plan, Apply, Restart, Report };

    explicit ReadinessWizard(std::shared_ptr<ReadinessSession> session, QWidget *parent = nullptr);

    const std::shared_ptr<ReadinessSession> &session() const { return m_session; }

private:
    std::shared_ptr<ReadinessSession> m_session;
};
