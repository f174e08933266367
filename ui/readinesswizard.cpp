#include "readinesswizard.h"

#include "applypage.h"
#include "detectpage.h"
#include "engine/releasetable.h"
#include "logpanel.h"
#include "logrelay.h"
#include "planpage.h"
#include "platform/logging.h"
#include "readinesssession.h"
#include "reportpage.h"
#include "restartpage.h"
#include "resultspage.h"
#include "startpage.h"

#include <QAbstractButton>
#include <QDir>
#include <QMessageBox>
#include <QShortcut>

ReadinessWizard::ReadinessWizard(std::shared_ptr<ReadinessSession> session, LogRelay *relay, QWidget *parent)
    : QWizard(parent)
    , m_session(std::move(session))
{
    if (!relay) {
        relay = new LogRelay(this);
        relay->attachToDefaultLogger();
    }
    m_logPanel = new LogPanel(relay, this);

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
    setStartId(m_session->verifyOnStart ? Detect : Start);

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

    // The log panel and About, left of the navigation; Ctrl+L toggles the log from anywhere in the window.
    setOption(QWizard::HaveCustomButton1);
    setOption(QWizard::HaveCustomButton2);
    setButtonText(QWizard::CustomButton1, tr("&Log"));
    setButtonText(QWizard::CustomButton2, tr("Ab&out"));
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("logButton"));
    button(QWizard::CustomButton1)->setAccessibleName(tr("Show or hide the log (Ctrl+L)"));
    button(QWizard::CustomButton1)->setToolTip(tr("Show or hide the log (Ctrl+L)"));
    button(QWizard::CustomButton2)->setObjectName(QStringLiteral("aboutButton"));
    button(QWizard::CustomButton2)->setAccessibleName(tr("About Hotpatch Ready"));
    setButtonLayout({QWizard::CustomButton1, QWizard::CustomButton2, QWizard::Stretch, QWizard::BackButton,
                     QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton, QWizard::CancelButton});
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            toggleLog();
        else if (which == QWizard::CustomButton2)
            showAbout();
    });
    auto *logShortcut = new QShortcut(QKeySequence(tr("Ctrl+L")), this);
    logShortcut->setContext(Qt::ApplicationShortcut); // also while the log panel has the focus
    connect(logShortcut, &QShortcut::activated, this, &ReadinessWizard::toggleLog);
}

void ReadinessWizard::toggleLog()
{
    if (m_logPanel->isVisible()) {
        m_logPanel->hide();
        activateWindow();
        return;
    }
    m_logPanel->show();
    m_logPanel->raise();
    m_logPanel->activateWindow();
}

QString ReadinessWizard::aboutText() const
{
    const auto &table = hpr::ReleaseTable::embedded();
    const std::string logFile = hpr::log::logFilePath();
    const QString log = logFile.empty()
                            ? tr("No log file is open (the log folder could not be written): the log panel (Ctrl+L) "
                                 "shows this session's lines.")
                            : tr("Log file: %1\nThe log panel (Ctrl+L) shows this session's lines.")
                                  .arg(QDir::toNativeSeparators(QString::fromStdString(logFile)));
    return tr("Hotpatch Ready %1\n\nMakes Windows 11 devices ready for hotpatch: detect, explain, fix with one "
              "journaled change set and one restart, verify, report.\n\nRelease table: %2 (sources as of %3).\n%4")
        .arg(QStringLiteral(HPR_VERSION), QString::fromStdString(table.date), QString::fromStdString(table.sourcesAsOf),
             log);
}

void ReadinessWizard::showAbout()
{
    auto *box =
        new QMessageBox(QMessageBox::Information, tr("About Hotpatch Ready"), aboutText(), QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->open(); // modeless to the event loop: no exec()
}
