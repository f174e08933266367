#include "detectpage.h"

#include "readinesssession.h"
#include "readinesswizard.h"
#include "uitext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

DetectPage::DetectPage(std::shared_ptr<ReadinessSession> session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(std::move(session))
    , m_what(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_stop(new QPushButton(tr("&Stop waiting"), this))
    , m_again(new QPushButton(tr("&Detect again"), this))
    , m_result(new QLabel(this))
{
    setTitle(tr("Detecting"));
    setSubTitle(tr("Reading the edition, build, firmware, virtualization-based security, management and pending "
                   "restarts. Facts that cannot be read are kept as unknown, with the reason."));
    m_stop->setObjectName(QStringLiteral("stopDetect"));
    m_again->setObjectName(QStringLiteral("detectAgain"));
    m_result->setObjectName(QStringLiteral("detectResult"));
    m_progress->setObjectName(QStringLiteral("detectProgress"));
    m_what->setWordWrap(true);
    m_progress->setRange(0, 0); // busy: the probes do not report progress
    m_progress->setAccessibleName(tr("Detection progress"));
    m_progress->setTextVisible(false);
    m_stop->setAccessibleName(tr("Stop waiting for the detection"));
    m_again->setAccessibleName(tr("Detect again"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setAccessibleName(tr("Detection result"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_stop);
    buttons->addWidget(m_again);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_what);
    layout->addWidget(m_progress);
    layout->addLayout(buttons);
    layout->addWidget(m_result);
    layout->addStretch(1);

    connect(&m_watcher, &QFutureWatcherBase::finished, this, &DetectPage::showResult);
    connect(m_stop, &QPushButton::clicked, this, &DetectPage::stop);
    connect(m_again, &QPushButton::clicked, this, &DetectPage::start);
}

void DetectPage::initializePage()
{
    start();
}

void DetectPage::cleanupPage()
{
    // Back to the start page: whatever is still running is no longer wanted.
    m_running = false;
    m_done = false;
}

void DetectPage::start()
{
    m_session->resetResults();
    m_session->device.reset();
    m_done = false;
    m_running = true;
    if (m_session->verifyOnStart) {
        setTitle(tr("Verifying after the restart"));
        setSubTitle(tr("The restart happened. Reading the device again and comparing it with the state before the "
                       "changes."));
    }
    if (m_session->verifyOnStart)
        m_what->setText(tr("Verifying %1...").arg(UiText::fromUtf8(m_session->deviceSpec())));
    else if (m_session->evidence)
        m_what->setText(tr("Reading the evidence files in %1...").arg(UiText::fromUtf8(m_session->evidencePath)));
    else if (m_session->training)
        m_what->setText(tr("Detecting the simulated device \"%1\"...").arg(UiText::fromUtf8(m_session->profile)));
    else
        m_what->setText(tr("Detecting this device..."));
    m_result->clear();
    m_progress->setVisible(true);
    m_stop->setEnabled(true);
    m_again->setEnabled(false);
    Q_EMIT completeChanged();
    m_watcher.setFuture(QtConcurrent::run(
        [spec = m_session->deviceSpec(), stateDir = m_session->stateDir, options = m_session->options.assess,
         lock = m_session->deviceLock,
         verify = m_session->verifyOnStart] { return detectDevice(spec, stateDir, options, lock, verify); }));
}

void DetectPage::stop()
{
    m_running = false;
    m_progress->setVisible(false);
    m_stop->setEnabled(false);
    m_again->setEnabled(true);
    m_result->setText(tr("Stopped waiting. Detect again, or go back and choose another device."));
}

void DetectPage::showResult()
{
    if (!m_running)
        return; // the user stopped waiting for this one
    m_running = false;
    m_progress->setVisible(false);
    m_stop->setEnabled(false);
    m_again->setEnabled(true);
    Outcome<Detection> outcome = m_watcher.result();
    if (!outcome.ok()) {
        m_result->setText(tr("The device could not be detected. %1").arg(UiText::error(outcome.error)));
        return;
    }
    Detection &d = *outcome.value;
    m_session->device = d.device;
    m_session->policy = d.policy;
    m_session->assessment = std::move(d.assessment);
    m_session->cycleStatus = d.status;
    m_session->verification = std::move(d.verification);
    m_session->deviceDescription = d.description;
    m_session->deviceNow = d.deviceNow;
    m_session->deviceUtcOffset = d.utcOffset;
    m_session->detectedAt = std::chrono::steady_clock::now();
    m_done = true;
    m_result->setText(tr("Detected: %1.").arg(UiText::verdictHeadline(m_session->assessment->verdict)));
    Q_EMIT completeChanged();
    Q_EMIT detected();
}

bool DetectPage::isComplete() const
{
    return m_done;
}

int DetectPage::nextId() const
{
    // Started by the resume entry: the verification is the report.
    return m_session->verification ? ReadinessWizard::Report : ReadinessWizard::Results;
}
