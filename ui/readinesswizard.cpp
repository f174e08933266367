#include "readinesswizard.h"

#include "applypage.h"
#include "detectpage.h"
#include "planpage.h"
#include "readinesssession.h"
#include "reportpage.h"
#include "restartpage.h"
#include "resultspage.h"
#include "startpage.h"

#include <QAbstractButton>

ReadinessWizard::ReadinessWizard(std::shared_ptr<ReadinessSession> session, QWidget *parent)
    : QWizard(parent)
    , m_session(std::move(session))
{
    auto *start = new StartPage(m_session);
    auto *detect = new DetectPage(m_session);
    auto *apply = new ApplyPage(m_session);
    auto *restart = new RestartPage(m_session);
    setPage(Start, start);
    setPage(Detect, detect);
    setPage(Results, new ResultsPage(m_session));
    setPage(Plan, new PlanPage(m_session));
    setPage(Apply, apply);
    setPage(Restart, restart);
    setPage(Report, new ReportPage(m_session));
    setStartId(Start);

    // Progress pages move on by themselves once their work is done: fewer clicks, nothing hidden (Back
    // returns to them, and they keep what they showed).
    connect(detect, &DetectPage::detected, this, &QWizard::next);
    connect(detect, &DetectPage::detected, start, &StartPage::showElevation);
    connect(apply, &ApplyPage::applied, this, &QWizard::next);
    connect(restart, &RestartPage::verified, this, &QWizard::next);

    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    setWindowTitle(tr("Hotpatch Ready"));
    setMinimumSize(900, 640);
    setAccessibleName(tr("Hotpatch Ready wizard"));
    button(QWizard::NextButton)->setAccessibleName(tr("Next"));
    button(QWizard::BackButton)->setAccessibleName(tr("Back"));
    button(QWizard::CancelButton)->setAccessibleName(tr("Cancel"));
    button(QWizard::FinishButton)->setAccessibleName(tr("Finish"));
    button(QWizard::CommitButton)->setAccessibleName(tr("Apply changes"));
}
