#pragma once

#include <QWizardPage>
#include <memory>

struct ReadinessSession;
class QCheckBox;
class QLabel;
class QTableWidget;
class QTextBrowser;
class QVBoxLayout;

/// The fix plan before anything is written: the registry changes (before and after), the restart and why,
/// warnings and manual steps. Applying needs the explicit confirmation; a blocked device cannot apply.
class PlanPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit PlanPage(std::shared_ptr<ReadinessSession> session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    void recompute();
    /// There are changes to apply (and the device is not blocked): Next applies them.
    bool willApply() const;
    /// Why this session may not change the device even though it is not blocked (admin policy AssessOnly, no
    /// administrator rights); empty when it may.
    QString applyRefusal() const;

    std::shared_ptr<ReadinessSession> m_session;
    QLabel *m_method;
    QTableWidget *m_changes;
    QLabel *m_restart;
    QWidget *m_warnings;
    QVBoxLayout *m_warningsLayout;
    QTextBrowser *m_manualSteps;
    QCheckBox *m_requireDma;
    QCheckBox *m_memoryIntegrity;
    QLabel *m_blocked;
    QCheckBox *m_confirm;
};
