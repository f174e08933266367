// The GUI tests' main: a QApplication on the offscreen platform, then Catch2.
#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

int main(int argc, char **argv)
{
    // No display needed, and the same rendering everywhere (screenshots).
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // A private runtime directory where the session has none (CI, containers): no QStandardPaths warning.
    QTemporaryDir runtimeDir;
    if (!qEnvironmentVariableIsSet("XDG_RUNTIME_DIR") && runtimeDir.isValid())
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir.path()));
    // No admin policy from this machine's /etc/hotpatch-ready/policy.json: the tests that need one write their own.
    if (!qEnvironmentVariableIsSet("HPR_POLICY_FILE") && runtimeDir.isValid())
        qputenv("HPR_POLICY_FILE", QFile::encodeName(runtimeDir.filePath(QStringLiteral("no-policy.json"))));
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Hotpatch Ready tests"));
    QApplication::setOrganizationName(QStringLiteral("HotpatchReady"));
    return Catch::Session().run(argc, argv);
}
