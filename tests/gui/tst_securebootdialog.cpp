// The opt-in Secure Boot 2023 certificate update in the wizard (issue 8): opened from the results page, driven with
// QTest clicks on simulated devices through to "updated", and its refusals. Renders the dialog
// (docs/screenshots/14-secureboot-dialog.png when HPR_SCREENSHOT_DIR=docs/screenshots).
#include "platform/sim/profilecatalog.h"
#include "readinesssession.h"
#include "readinesswizard.h"
#include "reportpage.h"
#include "securebootdialog.h"
#include "trainingsession.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <catch2/catch.hpp>
#include <memory>
#include <nlohmann/json.hpp>

namespace {

constexpr int kTimeoutMs = 10000;

/// The wizard on one simulated device with its own state folder, detected, on the results page.
struct Bench
{
    QTemporaryDir dir;
    std::shared_ptr<ReadinessSession> session;
    std::unique_ptr<ReadinessWizard> wizard;

    explicit Bench(const std::string &profile)
    {
        REQUIRE(dir.isValid());
        session = hpr::test::trainingSession(profile, dir.path());
        wizard = std::make_unique<ReadinessWizard>(session, &hpr::test::testRelay());
        wizard->resize(1000, 700);
        wizard->show();
        REQUIRE(QTest::qWaitForWindowExposed(wizard.get()));
        click(wizard->button(QWizard::NextButton));
        REQUIRE(QTest::qWaitFor([&] { return wizard->currentId() == ReadinessWizard::Results; }, kTimeoutMs));
    }

    static void click(QAbstractButton *button)
    {
        REQUIRE(button->isVisible());
        REQUIRE(button->isEnabled());
        const QPoint at = qobject_cast<QCheckBox *>(button) ? QPoint(8, button->height() / 2) : button->rect().center();
        QTest::mouseClick(button, Qt::LeftButton, Qt::NoModifier, at);
    }

    /// Clicks the button on the results page and waits for the dialog's plan.
    SecureBootDialog *openDialog()
    {
        auto *button = wizard->findChild<QPushButton *>(QStringLiteral("secureBootUpdate"));
        REQUIRE(button);
        click(button);
        SecureBootDialog *dialog = nullptr;
        REQUIRE(QTest::qWaitFor(
            [&] {
                dialog = wizard->findChild<SecureBootDialog *>();
                return dialog && dialog->isVisible() && !dialog->busy();
            },
            kTimeoutMs));
        return dialog;
    }

    template <class T> static T *child(SecureBootDialog *dialog, const char *name)
    {
        T *w = dialog->findChild<T *>(QString::fromLatin1(name));
        REQUIRE(w);
        return w;
    }

    static void waitIdle(SecureBootDialog *dialog)
    {
        REQUIRE(QTest::qWaitFor([&] { return !dialog->busy(); }, kTimeoutMs));
    }

    std::string secureBootFolder() const { return session->stateDir + "/sim-" + session->profile + "/secureboot"; }
};

std::string readText(const std::string &path)
{
    QFile f(QString::fromStdString(path));
    return f.open(QIODevice::ReadOnly) ? f.readAll().toStdString() : std::string();
}

QString labelText(SecureBootDialog *dialog, const char *name)
{
    return Bench::child<QLabel>(dialog, name)->text();
}

} // namespace

TEST_CASE("Secure Boot dialog: opt in on the 2011-certificates device, three simulated restarts, updated",
          "[gui][secureboot]")
{
    Bench bench("x64-secureboot-2011-certs");
    SecureBootDialog *dialog = bench.openDialog();

    // What the update does, BitLocker with the recovery key, and nothing possible before the confirmation.
    CHECK(labelText(dialog, "what").contains(QStringLiteral("0x5944")));
    CHECK(labelText(dialog, "what").contains(QStringLiteral("restarts")));
    CHECK(labelText(dialog, "what").contains(QStringLiteral("event 1795")));
    CHECK(labelText(dialog, "bitlocker").contains(QStringLiteral("recovery key at hand")));
    auto *apply = Bench::child<QPushButton>(dialog, "apply");
    auto *suspend = Bench::child<QCheckBox>(dialog, "suspendBitLocker");
    CHECK(apply->isVisible());
    CHECK_FALSE(apply->isEnabled());
    CHECK(suspend->isChecked());
    CHECK(Bench::child<QSpinBox>(dialog, "suspendRestarts")->value() == 3);
    CHECK_FALSE(QFile::exists(QString::fromStdString(bench.secureBootFolder() + "/journal.json")));

    Bench::click(Bench::child<QCheckBox>(dialog, "confirm"));
    Bench::click(apply);
    Bench::waitIdle(dialog);
    CHECK(labelText(dialog, "result").contains(QStringLiteral("0x5944")));
    CHECK(labelText(dialog, "result").contains(QStringLiteral("suspended for the next 3 restart")));
    CHECK_FALSE(apply->isEnabled());
    // The same engine path as the CLI: its journal, in the CLI's folder.
    const nlohmann::json journal =
        nlohmann::json::parse(readText(bench.secureBootFolder() + "/journal.json"), nullptr, false);
    REQUIRE(journal.is_object());
    CHECK(journal.value("state", "") == "applied");
    // Never folded into the hotpatch cycle: no plan, no apply, no restart scheduled by the wizard.
    CHECK_FALSE(bench.session->applied.has_value());
    CHECK_FALSE(bench.session->restart.has_value());

    auto *restart = Bench::child<QPushButton>(dialog, "simulateRestart");
    const char *phases[] = {"in_progress", "in_progress", "updated"};
    for (const char *expected : phases) {
        INFO(expected);
        Bench::click(restart);
        Bench::waitIdle(dialog);
        CHECK(dialog->phase() == QLatin1String(expected));
    }
    CHECK_FALSE(restart->isEnabled()); // updated: nothing left to restart for
    CHECK(labelText(dialog, "result").contains(QStringLiteral("After 3 simulated restart")));
    CHECK(labelText(dialog, "result").contains(QStringLiteral("Updated")));

    // The before/after table: what changed since the opt-in.
    auto *table = Bench::child<QTreeWidget>(dialog, "beforeAfter");
    REQUIRE(table->isVisible());
    const auto rows = table->findItems(QStringLiteral("secureboot.update_status"), Qt::MatchExactly, 0);
    REQUIRE(rows.size() == 1);
    CHECK(rows.front()->text(1) == QStringLiteral("not_started"));
    CHECK(rows.front()->text(2) == QStringLiteral("updated"));
    CHECK(QFile::exists(QString::fromStdString(bench.secureBootFolder() + "/verification.json")));

    // Rendered and looked at: into the state folder on every run, into docs/screenshots when asked
    // (HPR_SCREENSHOT_DIR=docs/screenshots build/tests/hpr_gui_tests "[secureboot]").
    dialog->resize(900, 860);
    QApplication::processEvents();
    const QString shots =
        qEnvironmentVariableIsSet("HPR_SCREENSHOT_DIR") ? qEnvironmentVariable("HPR_SCREENSHOT_DIR") : bench.dir.path();
    const QImage shot = dialog->grab().toImage();
    CHECK(shot.width() >= 900);
    CHECK(shot.save(shots + QStringLiteral("/14-secureboot-dialog.png")));

    // Closing shows the device as it is now on the results page: the advisory row passes.
    dialog->close();
    REQUIRE(QTest::qWaitFor([&] { return bench.wizard->findChild<SecureBootDialog *>() == nullptr; }, kTimeoutMs));
    REQUIRE(bench.session->assessment);
    CHECK(bench.session->assessment->check("HP-SECUREBOOT-CA2023")->status == hpr::CheckStatus::Pass);

    // The wizard's report carries the opt-in's before/after, as the CLI's does.
    Bench::click(bench.wizard->button(QWizard::NextButton));
    REQUIRE(bench.wizard->currentId() == ReadinessWizard::Report);
    auto *report = qobject_cast<ReportPage *>(bench.wizard->currentPage());
    REQUIRE(report);
    const QString saved = bench.dir.filePath(QStringLiteral("report.json"));
    REQUIRE(report->saveReport(saved).ok());
    QFile file(saved);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const auto json = nlohmann::json::parse(file.readAll().toStdString());
    REQUIRE(json.contains("secureboot_update"));
    CHECK(json["secureboot_update"].value("phase_now", "") == "updated");
    CHECK(report->htmlReport().contains(QStringLiteral("Secure Boot")));
}

TEST_CASE("Secure Boot dialog: refused with the reason on legacy BIOS, Secure Boot off and without elevation",
          "[gui][secureboot]")
{
    struct Case
    {
        const char *profile, *reason;
    };
    const Case cases[] = {
        {"x64-legacy-bios", "legacy BIOS"},
        {"x64-secureboot-off-rpsf1", "Secure Boot is off"},
        {"x64-not-elevated", "not running as administrator"},
    };
    for (const auto &c : cases) {
        INFO(c.profile);
        Bench bench(c.profile);
        SecureBootDialog *dialog = bench.openDialog();
        auto *refusal = Bench::child<QLabel>(dialog, "refusal");
        CHECK(refusal->isVisible());
        CHECK(refusal->text().contains(QLatin1String(c.reason)));
        CHECK_FALSE(Bench::child<QPushButton>(dialog, "apply")->isVisible());
        CHECK_FALSE(Bench::child<QCheckBox>(dialog, "confirm")->isVisible());
        CHECK_FALSE(Bench::child<QPushButton>(dialog, "simulateRestart")->isVisible());
        CHECK_FALSE(QDir(QString::fromStdString(bench.secureBootFolder())).exists());
        dialog->close();
    }
}
