// hotpatch-ready: the Qt 6 wizard. The composition root: it reads the command line and the shipped profiles,
// builds the session the pages share, and shows the wizard.
#include "platform/device.h"
#include "platform/sim/profilecatalog.h"
#include "readinesssession.h"
#include "readinesswizard.h"
#include "uitext.h"
#ifdef HPR_HAVE_FLEET_DASHBOARD
#include "fleetdashboard.h"
#endif

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>
#include <algorithm>
#include <memory>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Hotpatch Ready"));
    QApplication::setOrganizationName(QStringLiteral("HotpatchReady"));
    QApplication::setApplicationVersion(QStringLiteral(HPR_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Makes a Windows 11 device ready for hotpatch: detect, explain, fix with one "
                                        "journaled change set and one restart, verify."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QApplication::translate("main", "Preselects a training profile (a simulated "
                                                                     "device shipped with the app)."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption stateDir(QStringLiteral("state-dir"),
                                      QApplication::translate("main", "The state folder (default: a per-user folder)."),
                                      QStringLiteral("DIR"));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  QApplication::translate("main", "Judges the release table as of this date "
                                                                  "(YYYY-MM-DD; default: today)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption dashboard(
        QStringLiteral("dashboard"),
        QApplication::translate("main", "Opens the fleet dashboard instead of the wizard."));
    const QCommandLineOption db(QStringLiteral("db"),
                                QApplication::translate("main", "The dashboard's fleet store: an SQLite file or a "
                                                                "postgresql:// URI (default: fleet.sqlite in the "
                                                                "state folder of hotpatch-ready-cli)."),
                                QStringLiteral("DB"));
    parser.addOptions({profile, stateDir, asOf, dashboard, db});
    parser.process(app);
    if (parser.isSet(dashboard)) {
#ifdef HPR_HAVE_FLEET_DASHBOARD
        FleetDashboard board;
        board.resize(1280, 860);
        board.openStore(parser.isSet(db) ? parser.value(db) : FleetDashboard::defaultStoreLocation());
        board.show();
        return app.exec();
#else
        QMessageBox::critical(nullptr, QApplication::translate("main", "Hotpatch Ready"),
                              QApplication::translate("main", "This build has no fleet dashboard (it needs Qt 6 "
                                                              "Charts and the fleet store)."));
        return 3;
#endif
    }

    auto session = std::make_shared<ReadinessSession>();
    session->profiles = hpr::shippedProfiles();
    session->cliPath = UiText::toUtf8(QDir::toNativeSeparators(
        QDir(QApplication::applicationDirPath()).filePath(QStringLiteral("hotpatch-ready-cli"))));
#ifdef Q_OS_WIN
    session->cliPath += ".exe";
#endif
    session->stateDir =
        UiText::toUtf8(parser.isSet(stateDir) ? parser.value(stateDir)
                                              : QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                                                    QStringLiteral("/state"));
    session->options.assess.asOf = UiText::toUtf8(parser.value(asOf));
    session->training = !hpr::hasLiveBackend();
    if (parser.isSet(profile)) {
        const std::string wanted = UiText::toUtf8(parser.value(profile));
        const bool shipped = std::any_of(session->profiles.begin(), session->profiles.end(),
                                         [&](const hpr::ShippedProfile &p) { return p.name == wanted; });
        if (!shipped) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Hotpatch Ready"),
                                  QApplication::translate("main", "There is no training profile named \"%1\".")
                                      .arg(parser.value(profile)));
            return 3;
        }
        session->training = true;
        session->profile = wanted;
    }

    ReadinessWizard wizard(session);
    wizard.show();
    return app.exec();
}
