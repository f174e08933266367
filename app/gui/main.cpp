// hotpatch-ready: the Qt 6 wizard. The composition root: it reads the command line and the shipped profiles,
// builds the session the pages share, and shows the wizard.
#include "logrelay.h"
#include "platform/adminpolicy.h"
#include "platform/device.h"
#include "platform/logging.h"
#include "platform/sim/profilecatalog.h"
#include "readinesssession.h"
#include "readinesswizard.h"
#include "uilanguage.h"
#include "uitext.h"
#ifdef HPR_HAVE_FLEET_DASHBOARD
#include "fleetdashboard.h"
#endif

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <spdlog/spdlog.h>

namespace {

/// Milliseconds since this process started (Linux: /proc), for bench/gui-startup.sh; -1 where unknown.
double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat")), uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    // Field 22 (starttime, in clock ticks since boot) follows the command name in parentheses.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double upSeconds = uptime.readAll().split(' ').value(0).toDouble();
    if (fields.size() < 20)
        return -1;
    return (upSeconds - fields[19].toDouble() / 100.0) * 1000.0; // USER_HZ is 100 on Linux
}

/// Shows the error where the person will see it (a dialog) and where a script will (stderr); exit code 3.
int usageError(const QString &text)
{
    std::fprintf(stderr, "hotpatch-ready: %s\n", text.toLocal8Bit().constData());
    if (QGuiApplication::platformName() != QLatin1String("offscreen"))
        QMessageBox::critical(nullptr, QApplication::translate("main", "Hotpatch Ready"), text);
    return 3;
}

/// The language (docs/translations.md): the admin policy's Language forces it, then --language, the saved choice,
/// the system's. Installed before any window exists, so everything is built in it. An unreadable policy is a
/// warning: the wizard still starts (the CLI reports policy errors in full).
void installLanguage(const QString &commandLine)
{
    std::unique_ptr<hpr::Device> local;
    if (hpr::hasLiveBackend()) // the registry policy of this PC; elsewhere the policy file only
        if (auto opened = hpr::openDevice("local", {}); opened)
            local = std::move(*opened);
    std::optional<std::string> forced;
    std::string origin;
    if (auto policy = hpr::loadAdminPolicy(local.get()); policy) {
        forced = policy->language;
        origin = policy->originOf("Language");
    } else {
        std::fprintf(stderr, "hotpatch-ready: warning: admin policy not applied: %s\n", policy.error().detail.c_str());
    }
    const UiLanguage::Choice choice = UiLanguage::choose(commandLine, forced, origin);
    if (!UiLanguage::install(choice))
        std::fprintf(stderr, "hotpatch-ready: warning: the translation for %s is missing; English is used\n",
                     UiText::toUtf8(choice.code).c_str());
}

/// --language's value, read before the parser exists, so that --help and the usage errors are translated too
/// (an unknown value is reported once the parser has run).
QString languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--language") && i + 1 < arguments.size())
            return arguments[i + 1];
        if (arguments[i].startsWith(QLatin1String("--language=")))
            return arguments[i].mid(11);
    }
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Hotpatch Ready"));
    QApplication::setOrganizationName(QStringLiteral("HotpatchReady"));
    QApplication::setApplicationVersion(QStringLiteral(HPR_VERSION));
    installLanguage(languageArgument(QApplication::arguments()));

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
    const QCommandLineOption device(QStringLiteral("device"),
                                    QApplication::translate("main", "The device: sim:NAME (training), "
                                                                    "evidence:FILE-OR-FOLDER (offline evidence) or "
                                                                    "local (this PC, Windows only)."),
                                    QStringLiteral("SPEC"));
    const QCommandLineOption verify(QStringLiteral("verify"),
                                    QApplication::translate("main", "Opens on the verification after the restart "
                                                                    "(what the restart runs when the cycle was "
                                                                    "started here); needs --device and --state-dir."));
    const QCommandLineOption language(
        QStringLiteral("language"),
        QApplication::translate("main", "The language of this run: %1 (default: the admin policy, the choice saved "
                                        "in the wizard, else the system language).")
            .arg(UiLanguage::codes().join(QStringLiteral(", "))),
        QStringLiteral("CODE"));
    parser.addOptions({profile, stateDir, asOf, device, verify, dashboard, db, language});
    parser.process(app);
    if (parser.isSet(language) && !UiLanguage::isKnown(parser.value(language)))
        return usageError(QApplication::translate("main", "Unknown language \"%1\" for --language (use one of %2).")
                              .arg(parser.value(language), UiLanguage::codes().join(QStringLiteral(", "))));
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

    // The rotating log file (hpr::log: per-machine folder, else per-user; never a reason not to start), and
    // every line the app logs reaches the log panel (Ctrl+L) through the relay's queued signal.
    if (const hpr::Status logged =
            hpr::log::setup(hpr::log::LogSetup{"hotpatch-ready", {}, "info", 5 * 1024 * 1024, 5});
        !logged)
        std::fprintf(stderr, "hotpatch-ready: warning: no log file: %s\n", logged.error().detail.c_str());
    LogRelay relay;
    relay.attachToDefaultLogger();
    spdlog::info("Hotpatch Ready {} started", HPR_VERSION);

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
    session->guiPath = UiText::toUtf8(QDir::toNativeSeparators(QApplication::applicationFilePath()));
    session->options.assess.asOf = UiText::toUtf8(parser.value(asOf));
    session->training = !hpr::hasLiveBackend();
    if (parser.isSet(profile) && parser.isSet(device))
        return usageError(QApplication::translate("main", "Give either --profile or --device, not both."));
    QString spec = parser.isSet(profile) ? QStringLiteral("sim:") + parser.value(profile) : parser.value(device);
    if (spec.startsWith(QLatin1String("sim:"))) {
        const std::string wanted = UiText::toUtf8(spec.mid(4));
        const bool shipped = std::any_of(session->profiles.begin(), session->profiles.end(),
                                         [&](const hpr::ShippedProfile &p) { return p.name == wanted; });
        if (!shipped)
            return usageError(
                QApplication::translate("main", "There is no training profile named \"%1\".").arg(spec.mid(4)));
        session->training = true;
        session->profile = wanted;
    } else if (spec.startsWith(QLatin1String("evidence:")) && spec.size() > 9) {
        session->training = false;
        session->evidence = true;
        session->evidencePath = UiText::toUtf8(spec.mid(9));
    } else if (spec == QLatin1String("local")) {
        session->training = false;
    } else if (!spec.isEmpty()) {
        return usageError(QApplication::translate("main", "Unknown device \"%1\" (use sim:NAME, "
                                                          "evidence:FILE-OR-FOLDER or local).")
                              .arg(spec));
    }
    if (parser.isSet(verify)) {
        if (spec.isEmpty() || !parser.isSet(stateDir))
            return usageError(QApplication::translate("main", "--verify needs --device and --state-dir: the device "
                                                              "and the state folder of the cycle to verify."));
        if (session->evidence)
            return usageError(QApplication::translate("main", "Evidence files cannot be verified after a restart: "
                                                              "nothing was changed on them."));
        session->verifyOnStart = true;
    }

    ReadinessWizard wizard(session, &relay);
    wizard.show();
    if (qEnvironmentVariableIsSet("HPR_BENCH_FIRST_PAGE")) {
        // bench/gui-startup.sh: the first page has been laid out and painted once the event loop is idle.
        QTimer::singleShot(0, &wizard, [&] {
            wizard.repaint();
            std::printf("first page shown %.0f ms after the process started\n", msSinceProcessStart());
            std::fflush(stdout);
            QApplication::quit();
        });
    }
    return app.exec();
}
