#include "trainingsession.h"

#include "platform/sim/profilecatalog.h"

#include <QCoreApplication>
#include <QThreadPool>

namespace hpr::test {

std::shared_ptr<ReadinessSession> trainingSession(const std::string &profile, const QString &stateDir)
{
    auto session = std::make_shared<ReadinessSession>();
    session->profiles = hpr::shippedProfiles();
    session->cliPath = "hotpatch-ready-cli";
    session->stateDir = stateDir.toStdString();
    session->options.assess.asOf = "2026-11-25";
    session->training = true;
    session->profile = profile;
    return session;
}

LogRelay &testRelay()
{
    static LogRelay *relay = [] {
        QThreadPool::globalInstance()->waitForDone(); // no worker logs while the sink list changes
        auto *r = new LogRelay(QCoreApplication::instance());
        r->attachToDefaultLogger();
        return r;
    }();
    return *relay;
}

} // namespace hpr::test
