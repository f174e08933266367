// The wizard driven like a person would: real pages, real simulated devices, QTest clicks on the offscreen
// platform; the slow steps run on worker threads and the test waits for their results without blocking.
#include "applypage.h"
#include "engine/durablefile.h"
#include "engine/registrypaths.h"
#include "engine/releasetable.h"
#include "logpanel.h"
#include "logrelay.h"
#include "operations.h"
#include "platform/device.h"
#include "platform/sim/profilecatalog.h"
#include "platform/sim/simdevice.h"
#include "readinesssession.h"
#include "readinesswizard.h"
#include "reportpage.h"
#include "trainingsession.h"
#include "uitext.h"
#include "verdictbanner.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMessageBox>
#include <QPainter>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QTreeWidget>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

namespace {

constexpr int kTimeoutMs = 10000;

using hpr::test::testRelay;

/// One wizard on one simulated device with its own state folder; counts the clicks.
struct WizardRun
{
    QTemporaryDir dir;
    std::shared_ptr<ReadinessSession> session;
    std::unique_ptr<ReadinessWizard> wizard;
    int clicks = 0;

    /// setup changes the session before the wizard is built (what main.cpp does from the command line).
    explicit WizardRun(const std::string &profile, const std::function<void(ReadinessSession &)> &setup = {})
    {
        REQUIRE(dir.isValid());
        session = hpr::test::trainingSession(profile, dir.path());
        if (setup)
            setup(*session);
        wizard = std::make_unique<ReadinessWizard>(session, &testRelay());
        // HPR_SCREENSHOT_SIZE=900x640 checks the minimum size for clipping.
        const QList<QByteArray> size = qgetenv("HPR_SCREENSHOT_SIZE").split('x');
        if (size.size() == 2)
            wizard->resize(size[0].toInt(), size[1].toInt());
        else
            wizard->resize(1000, 700);
        wizard->show();
        REQUIRE(QTest::qWaitForWindowExposed(wizard.get()));
    }

    std::string folder() const { return session->stateDir + "/sim-" + session->profile; }
    bool exists(const std::string &file) const { return QFile::exists(QString::fromStdString(folder() + "/" + file)); }

    template <class T> T *find(const char *name) const
    {
        T *w = wizard->findChild<T *>(QString::fromLatin1(name));
        REQUIRE(w != nullptr);
        return w;
    }

    /// A mouse click where the button reacts (a check box reacts on its indicator and text, not its whole width).
    void click(QAbstractButton *button)
    {
        REQUIRE(button->isVisible());
        REQUIRE(button->isEnabled());
        const bool indicator = qobject_cast<QCheckBox *>(button) || qobject_cast<QRadioButton *>(button);
        const QPoint at = indicator ? QPoint(8, button->height() / 2) : button->rect().center();
        QTest::mouseClick(button, Qt::LeftButton, Qt::NoModifier, at);
        ++clicks;
    }
    QAbstractButton *nextButton() const
    {
        QAbstractButton *commit = wizard->button(QWizard::CommitButton);
        return commit->isVisible() ? commit : wizard->button(QWizard::NextButton);
    }
    void next() { click(nextButton()); }
    bool waitForPage(int id) const
    {
        return QTest::qWaitFor([&] { return wizard->currentId() == id; }, kTimeoutMs);
    }
    /// Start -> (detect, moves on by itself) -> Results.
    void detect()
    {
        REQUIRE(wizard->currentId() == ReadinessWizard::Start);
        next();
        REQUIRE(waitForPage(ReadinessWizard::Results));
    }
    /// Start -> Results -> Plan (confirmed) -> Apply -> Restart, then "Schedule restart" with the defaults.
    void scheduleRestart()
    {
        detect();
        next();
        click(find<QCheckBox>("confirm"));
        next();
        REQUIRE(waitForPage(ReadinessWizard::Restart));
        click(find<QPushButton>("schedule"));
        REQUIRE(QTest::qWaitFor([&] { return session->restart.has_value(); }, kTimeoutMs));
    }
    /// The report page, saving its report as `name` (JSON or HTML by the extension) in the run's folder: the text.
    std::string savedReport(const char *name)
    {
        auto *report = qobject_cast<ReportPage *>(wizard->currentPage());
        REQUIRE(report);
        const QString path = dir.filePath(QString::fromLatin1(name));
        REQUIRE((path.endsWith(QLatin1String(".html")) ? report->saveHtml(path) : report->saveReport(path)).ok());
        auto text = hpr::readWholeFile(path.toStdString());
        REQUIRE(text);
        return *text;
    }
    QString bannerHeadline(const char *name = "verdictBanner") const { return find<VerdictBanner>(name)->headline(); }
    /// Every label text under a widget.
    QString labelsText(QWidget *w) const
    {
        QStringList texts;
        for (auto *label : w->findChildren<QLabel *>())
            texts << label->text();
        return texts.join(QLatin1Char('\n'));
    }
};

/// The full training cycle on a fixable device, calling atPage on each page as it shows (the detect page while
/// the worker is held, the apply page by going back to it). Used by the screenshots and the quality tests.
void walkCycle(WizardRun &run, const std::function<void(const char *page)> &atPage)
{
    atPage("01-start");
    {
        std::unique_lock hold(*run.session->deviceLock);
        run.next();
        atPage("02-detect");
    }
    REQUIRE(run.waitForPage(ReadinessWizard::Results));
    atPage("03-results");
    run.next();
    run.click(run.find<QCheckBox>("confirm"));
    atPage("04-plan");
    run.next();
    REQUIRE(run.waitForPage(ReadinessWizard::Restart));
    run.wizard->back(); // the apply page keeps what it wrote
    atPage("05-apply");
    run.next();
    run.click(run.find<QPushButton>("schedule"));
    REQUIRE(QTest::qWaitFor([&] { return run.session->restart.has_value(); }, kTimeoutMs));
    atPage("06-restart");
    run.click(run.find<QPushButton>("simulate"));
    REQUIRE(run.waitForPage(ReadinessWizard::Report));
    atPage("07-verify");
}

/// Whether a widget is a control a person operates (parts of item views are named through the view).
bool isControl(const QWidget *w)
{
    const bool control = qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QAbstractItemView *>(w) ||
                         qobject_cast<const QAbstractSpinBox *>(w) || w->inherits("QLineEdit") ||
                         w->inherits("QComboBox") || w->inherits("QPlainTextEdit");
    const bool partOfView = qobject_cast<QAbstractItemView *>(w->parentWidget()) != nullptr ||
                            w->inherits("QHeaderView") || w->inherits("QTableCornerButton");
    return control && !partOfView && !w->objectName().startsWith(QLatin1String("qt_"));
}

/// WCAG relative luminance contrast ratio of two colours.
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

TEST_CASE("Training cycle on x64-vbs-off: detect - plan - apply - one restart - verify", "[wizard]")
{
    WizardRun run("x64-vbs-off");
    run.detect();

    // Results: the verdict in words, every check as a row, HP-LICENSE among them, why VBS is not running.
    CHECK(run.session->assessment->verdict == hpr::Verdict::ReadyAfterFixes);
    CHECK(run.bannerHeadline() == UiText::verdictHeadline(hpr::Verdict::ReadyAfterFixes));
    auto *checks = run.find<QTreeWidget>("checks");
    CHECK(checks->topLevelItemCount() == int(hpr::checkCatalogue().size()));
    bool licence = false;
    for (int i = 0; i < checks->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = checks->topLevelItem(i);
        CHECK_FALSE(item->icon(0).isNull()); // never colour alone: icon and word
        CHECK_FALSE(item->text(0).isEmpty());
        if (item->data(0, Qt::UserRole).toString() == QStringLiteral("HP-LICENSE")) {
            licence = !item->isHidden() && item->text(2).contains(QStringLiteral("cannot be verified"));
            checks->setCurrentItem(checks->topLevelItem(i));
        }
    }
    CHECK(licence);
    CHECK(run.find<QTextBrowser>("checkDetails")->toPlainText().contains(QStringLiteral("licence portal")));
    CHECK(run.find<QGroupBox>("vbsBox")->isVisible());
    CHECK(run.find<QLabel>("vbsCauses")->text().contains(QStringLiteral("VBS")));
    CHECK(run.wizard->nextId() == ReadinessWizard::Plan);
    run.next();

    // Plan: two changes; Apply needs the confirmation.
    REQUIRE(run.wizard->currentId() == ReadinessWizard::Plan);
    auto *changes = run.find<QTableWidget>("changes");
    CHECK(changes->rowCount() == 2);
    CHECK(changes->item(0, 1)->text() == QStringLiteral("EnableVirtualizationBasedSecurity"));
    CHECK(changes->item(0, 3)->text() == QStringLiteral("absent"));
    CHECK(changes->item(0, 4)->text() == QStringLiteral("1"));
    CHECK(run.find<QLabel>("restartLine")->text().contains(QStringLiteral("take effect at boot")));
    auto *confirm = run.find<QCheckBox>("confirm");
    REQUIRE(run.wizard->button(QWizard::CommitButton)->isVisible());
    CHECK_FALSE(run.wizard->button(QWizard::CommitButton)->isEnabled());
    CHECK_FALSE(run.exists("journal.json"));
    run.click(confirm);
    CHECK(confirm->isChecked());
    CHECK(run.wizard->button(QWizard::CommitButton)->isEnabled());
    run.next();

    // Apply: journaled, then on to the restart by itself.
    REQUIRE(run.waitForPage(ReadinessWizard::Restart));
    CHECK(run.exists("journal.json"));
    CHECK(run.session->applied->written.size() == 2);
    CHECK(run.find<QLabel>("appliedChanges")->text().contains(QStringLiteral("absent -&gt; REG_DWORD 1")));

    // Restart: in 15 minutes, with the default message.
    auto *minutes = run.find<QSpinBox>("minutes");
    minutes->setValue(15);
    CHECK(run.find<QRadioButton>("inMinutes")->isChecked());
    CHECK(run.find<QLabel>("restartReasons")->text().contains(QStringLiteral("take effect at boot")));
    run.click(run.find<QPushButton>("schedule"));
    REQUIRE(QTest::qWaitFor([&] { return run.session->restart.has_value(); }, kTimeoutMs));
    CHECK(run.exists("restart.json"));
    CHECK(run.find<QLabel>("restartStatus")->text().contains(QStringLiteral("Please save your work")));
    const int clicksToSchedule = run.clicks;
    std::printf("wizard clicks from launch to \"restart scheduled\": %d\n", clicksToSchedule);
    CHECK(clicksToSchedule <= 5);

    // The simulated restart runs the registered verification and moves on.
    run.click(run.find<QPushButton>("simulate"));
    REQUIRE(run.waitForPage(ReadinessWizard::Report));
    REQUIRE(run.session->verification);
    CHECK(run.session->verification->ready);
    CHECK(run.bannerHeadline("reportBanner") == UiText::verdictHeadline(hpr::Verdict::Ready));
    CHECK(run.exists("verification.json"));
    auto simDevice = hpr::readWholeFile(run.folder() + "/sim-device.json");
    REQUIRE(simDevice);
    CHECK(nlohmann::json::parse(*simDevice).value("restarts", -1) == 1);
    auto *msinfo = run.find<QTableWidget>("msinfo");
    REQUIRE(msinfo->rowCount() > 0);
    CHECK(msinfo->item(0, 0)->text() == QStringLiteral("Virtualization-based security"));
    CHECK(msinfo->item(0, 2)->text() == QStringLiteral("Running"));
    CHECK(msinfo->item(0, 3)->text() == QStringLiteral("changed"));
    CHECK(run.find<QTextBrowser>("reportText")->toPlainText().contains(QStringLiteral("Took effect")));

    // The report: JSON saved, summary text.
    auto *report = qobject_cast<ReportPage *>(run.wizard->currentPage());
    REQUIRE(report);
    CHECK(nlohmann::json::parse(run.savedReport("report.json")).value("schema", "") == "hotpatch-ready/report/v1");
    CHECK(report->saveVerification(run.dir.filePath(QStringLiteral("verification-copy.json"))).ok());
    // HTML and PDF of the same report, and printing (to a PDF printer: no printer here).
    const std::string html = run.savedReport("report.html");
    CHECK(html.find("id=\"verification\"") != std::string::npos); // the before/after table
    CHECK(html.find("<td><strong>changed</strong></td>") != std::string::npos);
    for (const std::string &id : hpr::checkCatalogue()) {
        INFO(id);
        CHECK(html.find("<tr id=\"" + id + "\">") != std::string::npos);
    }
    const QString pdf = run.dir.filePath(QStringLiteral("report.pdf"));
    REQUIRE(report->savePdf(pdf).ok());
    auto pdfBytes = hpr::readWholeFile(pdf.toStdString());
    REQUIRE(pdfBytes);
    CHECK(pdfBytes->rfind("%PDF-", 0) == 0);
    CHECK(pdfBytes->size() > 10000); // pages with text, not an empty document
    CHECK(pdfBytes->find("/Count ") != std::string::npos);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printed = run.dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(printed);
    CHECK(report->printTo(&printer).ok());
    CHECK(QFileInfo(printed).size() > 10000);
    CHECK(report->folderToOpen() == QString::fromStdString(run.folder())); // nothing saved through a dialog yet
    CHECK_FALSE(report->saveHtml(run.dir.filePath(QStringLiteral("no-such-folder/report.html"))).ok());
    CHECK(report->summary().contains(QStringLiteral("READY")));
    CHECK(run.wizard->button(QWizard::FinishButton)->isVisible());
}

TEST_CASE("A ready device goes from the results straight to the report", "[wizard]")
{
    WizardRun run("x64-enterprise-24h2-ready");
    run.detect();
    CHECK(run.bannerHeadline() == UiText::verdictHeadline(hpr::Verdict::Ready));
    CHECK_FALSE(run.find<QGroupBox>("vbsBox")->isVisible());
    CHECK(run.wizard->nextId() == ReadinessWizard::Report);
    run.next();
    REQUIRE(run.wizard->currentId() == ReadinessWizard::Report);
    CHECK(run.bannerHeadline("reportBanner") == UiText::verdictHeadline(hpr::Verdict::Ready));
    CHECK_FALSE(run.find<QTableWidget>("msinfo")->isVisible());
    CHECK_FALSE(run.exists("journal.json"));
}

TEST_CASE("A blocked device shows the manual step and cannot apply", "[wizard]")
{
    WizardRun run("x64-virtualization-off-firmware");
    run.detect();
    CHECK(run.session->assessment->verdict == hpr::Verdict::Blocked);
    CHECK(run.bannerHeadline() == UiText::verdictHeadline(hpr::Verdict::Blocked));
    CHECK(run.find<QLabel>("vbsCauses")->text().contains(QStringLiteral("irtualization")));
    CHECK(run.wizard->nextId() == ReadinessWizard::Plan);
    run.next();
    REQUIRE(run.wizard->currentId() == ReadinessWizard::Plan);
    const QString steps = run.find<QTextBrowser>("manualSteps")->toPlainText();
    CHECK(steps.contains(QStringLiteral("Enable Intel VT-x")));
    CHECK(steps.contains(QStringLiteral("firmware setup")));
    auto *notice = run.find<QLabel>("blockedNotice");
    CHECK(notice->isVisible());
    CHECK(notice->text().contains(QStringLiteral("Apply is not available")));
    CHECK_FALSE(run.find<QCheckBox>("confirm")->isEnabled());
    CHECK_FALSE(run.wizard->button(QWizard::CommitButton)->isVisible());
    CHECK(run.wizard->nextId() == ReadinessWizard::Report); // never the Apply page
    run.next();
    REQUIRE(run.wizard->currentId() == ReadinessWizard::Report);
    CHECK_FALSE(run.exists("journal.json"));
}

TEST_CASE("Arm64 with CHPE on: the plan carries Microsoft's CHPE warning", "[wizard]")
{
    WizardRun run("arm64-chpe-on");
    run.detect();
    run.next();
    REQUIRE(run.wizard->currentId() == ReadinessWizard::Plan);
    auto *changes = run.find<QTableWidget>("changes");
    REQUIRE(changes->rowCount() == 1);
    CHECK(changes->item(0, 1)->text() == QStringLiteral("HotPatchRestrictions"));
    auto *warnings = run.find<QWidget>("warnings");
    CHECK(warnings->isVisible());
    const QString text = run.labelsText(warnings);
    CHECK(text.contains(QStringLiteral("Disabling CHPE")));
    CHECK(text.contains(QStringLiteral("performance or compatibility")));
}

TEST_CASE("Plan options recompute the plan and ask for a new confirmation", "[wizard]")
{
    WizardRun run("x64-vbs-off");
    run.detect();
    run.next();
    auto *changes = run.find<QTableWidget>("changes");
    auto *confirm = run.find<QCheckBox>("confirm");
    CHECK(changes->rowCount() == 2);
    run.click(confirm);
    REQUIRE(confirm->isChecked());
    run.click(run.find<QCheckBox>("memoryIntegrity"));
    CHECK(changes->rowCount() == 3);
    CHECK_FALSE(confirm->isChecked());
    CHECK_FALSE(run.wizard->button(QWizard::CommitButton)->isEnabled());
    run.click(run.find<QCheckBox>("memoryIntegrity"));
    CHECK(changes->rowCount() == 2);
}

TEST_CASE("Undo on the restart page restores the prior values and cancels the restart", "[wizard]")
{
    WizardRun run("x64-vbs-off");
    run.scheduleRestart();
    run.click(run.find<QPushButton>("undoRestart"));
    REQUIRE(QTest::qWaitFor([&] { return run.session->rolledBack.has_value(); }, kTimeoutMs));
    CHECK(run.session->rolledBack->restored.size() == 2);
    CHECK_FALSE(run.exists("restart.json"));
    auto journal = hpr::readWholeFile(run.folder() + "/journal.json");
    REQUIRE(journal);
    CHECK(nlohmann::json::parse(*journal).value("state", "") == "rolled_back");
    CHECK(run.find<QLabel>("restartStatus")->text().contains(QStringLiteral("The scheduled restart was cancelled")));
}

TEST_CASE("Detection runs off the UI thread and Stop ignores the late result", "[wizard]")
{
    WizardRun run("x64-not-elevated");
    {
        // Holding the device lock keeps the worker waiting: the window must stay responsive meanwhile.
        std::unique_lock hold(*run.session->deviceLock);
        run.next();
        REQUIRE(run.wizard->currentId() == ReadinessWizard::Detect);
        QTest::qWait(200); // the event loop runs: the UI thread is not blocked
        CHECK_FALSE(run.wizard->currentPage()->isComplete());
        CHECK(run.find<QWidget>("detectProgress")->isVisible());
        run.click(run.find<QPushButton>("stopDetect"));
    }
    QTest::qWait(500); // the result arrives and is ignored
    CHECK(run.wizard->currentId() == ReadinessWizard::Detect);
    CHECK_FALSE(run.wizard->currentPage()->isComplete());
    CHECK_FALSE(run.session->assessment.has_value());
    run.click(run.find<QPushButton>("detectAgain"));
    REQUIRE(run.waitForPage(ReadinessWizard::Results));
    // The start page now says whether the (simulated) session is elevated.
    CHECK(run.find<QLabel>("elevation")->text().contains(QStringLiteral("not elevated")));
}

TEST_CASE("Keyboard only: Enter and the mnemonics reach the scheduled restart", "[wizard]")
{
    WizardRun run("x64-vbs-off");
    run.wizard->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(run.wizard.get()));
    const auto key = [&](Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : run.wizard.get();
        QTest::keyClick(target, k, modifiers);
    };
    key(Qt::Key_Return); // Next
    REQUIRE(run.waitForPage(ReadinessWizard::Results));
    key(Qt::Key_Return);
    REQUIRE(run.wizard->currentId() == ReadinessWizard::Plan);
    // A mnemonic "animates" the click: the button reacts a moment later.
    key(Qt::Key_R, Qt::AltModifier); // "I have &read the changes above"
    REQUIRE(QTest::qWaitFor([&] { return run.find<QCheckBox>("confirm")->isChecked(); }, kTimeoutMs));
    key(Qt::Key_A, Qt::AltModifier); // "&Apply changes"
    REQUIRE(run.waitForPage(ReadinessWizard::Restart));
    key(Qt::Key_S, Qt::AltModifier); // "&Schedule restart"
    REQUIRE(QTest::qWaitFor([&] { return run.session->restart.has_value(); }, kTimeoutMs));
    CHECK(run.exists("restart.json"));
}

TEST_CASE("Every control on every page has an accessible name or a label buddy", "[wizard][a11y]")
{
    WizardRun run("x64-vbs-off");
    int controls = 0;
    walkCycle(run, [&](const char *page) {
        QList<QWidget *> widgets = run.wizard->currentPage()->findChildren<QWidget *>();
        for (QAbstractButton *b : run.wizard->findChildren<QAbstractButton *>())
            if (b->parentWidget() && !run.wizard->currentPage()->isAncestorOf(b) && b->isVisible())
                widgets << b; // the wizard's own buttons (Next, Log, About...)
        widgets += run.wizard->logPanel()->findChildren<QWidget *>();
        const QList<QLabel *> labels = run.wizard->findChildren<QLabel *>();
        for (QWidget *w : widgets) {
            if (!isControl(w))
                continue;
            ++controls;
            const bool buddy = std::any_of(labels.begin(), labels.end(), [&](QLabel *l) { return l->buddy() == w; });
            INFO(page << ": " << w->metaObject()->className() << " " << w->objectName().toStdString());
            CHECK((!w->accessibleName().isEmpty() || buddy));
        }
    });
    CHECK(controls > 40);
}

TEST_CASE("Keyboard only: Tab reaches every control of every page", "[wizard][keyboard]")
{
    WizardRun run("x64-vbs-off");
    run.wizard->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(run.wizard.get()));
    walkCycle(run, [&](const char *page) {
        if (std::string(page) == "02-detect")
            return; // transient: the worker is held
        // A Tab stop is a control, or for radio buttons their group (one stop; arrows move inside it).
        QMap<QWidget *, QWidget *> stopOf;
        for (QWidget *w : run.wizard->findChildren<QWidget *>()) {
            if (!isControl(w) || !w->isVisible() || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus) ||
                w->window() != run.wizard.get())
                continue;
            stopOf.insert(w, qobject_cast<QRadioButton *>(w) ? w->parentWidget() : w);
        }
        const QSet<QWidget *> wanted(stopOf.begin(), stopOf.end());
        QSet<QWidget *> reached;
        if (!QApplication::focusWidget())
            run.wizard->button(QWizard::CancelButton)->setFocus();
        for (int i = 0; i < 3 * int(stopOf.size()) + 10 && reached.size() < wanted.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            if (QWidget *stop = stopOf.value(QApplication::focusWidget()))
                reached.insert(stop);
        }
        for (auto it = stopOf.begin(); it != stopOf.end(); ++it) {
            INFO(page << ": " << it.key()->metaObject()->className() << " " << it.key()->objectName().toStdString()
                      << " " << it.key()->accessibleName().toStdString());
            CHECK(reached.contains(it.value()));
        }
    });
}

TEST_CASE("No clipped text on any page at the minimum size (run at 125, 150 and 200 % too)", "[wizard][scaling]")
{
    WizardRun run("x64-vbs-off");
    run.wizard->resize(run.wizard->minimumSize());
    const double scale = qEnvironmentVariableIsSet("QT_SCALE_FACTOR") ? qgetenv("QT_SCALE_FACTOR").toDouble() : 1.0;
    CHECK(run.wizard->devicePixelRatioF() == Approx(scale));
    std::printf("scaling test at %.0f %% (device pixel ratio %.2f)\n", scale * 100, run.wizard->devicePixelRatioF());
    walkCycle(run, [&](const char *page) {
        QTest::qWait(20); // layouts settle
        for (QWidget *w : run.wizard->findChildren<QWidget *>()) {
            if (!w->isVisible() || w->window() != run.wizard.get())
                continue;
            INFO(page << ": " << w->metaObject()->className() << " " << w->objectName().toStdString());
            if (auto *label = qobject_cast<QLabel *>(w);
                label && !label->text().isEmpty() && label->pixmap().isNull()) {
                INFO(label->text().toStdString() << " size " << label->width() << "x" << label->height());
                if (label->wordWrap())
                    CHECK(label->height() >= label->heightForWidth(label->width()) - 1);
                else
                    CHECK(label->width() >= label->sizeHint().width());
            } else if (auto *button = qobject_cast<QAbstractButton *>(w); button && !button->text().isEmpty()) {
                INFO(button->text().toStdString() << " size " << button->width() << "x" << button->height());
                CHECK(button->width() >= button->sizeHint().width());
                CHECK(button->height() >= button->sizeHint().height() - 2);
            }
        }
    });
}

TEST_CASE("Follows a dark palette: no fixed colours but the banner's, which stay readable", "[wizard][palette]")
{
    const QPalette saved = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    QApplication::setPalette(dark);
    {
        WizardRun run("x64-virtualization-off-firmware");
        run.detect();
        for (QWidget *w : run.wizard->findChildren<QWidget *>()) {
            INFO(w->metaObject()->className() << " " << w->objectName().toStdString());
            CHECK(w->styleSheet().isEmpty()); // colours come from the palette
            if (qobject_cast<QLabel *>(w) && w->isVisible())
                CHECK(contrast(w->palette().color(w->foregroundRole()), w->palette().color(w->backgroundRole())) >=
                      4.5);
        }
        auto *banner = run.find<VerdictBanner>("verdictBanner");
        for (hpr::Verdict v :
             {hpr::Verdict::Ready, hpr::Verdict::ReadyAfterFixes, hpr::Verdict::Blocked, hpr::Verdict::Undetermined}) {
            banner->setVerdict(v, QStringLiteral("detail"));
            CHECK(contrast(banner->palette().color(QPalette::WindowText), banner->palette().color(QPalette::Window)) >=
                  7.0);
        }
    }
    QApplication::setPalette(saved);
}

TEST_CASE("Offline evidence: results and report, nothing to change", "[wizard][evidence]")
{
    WizardRun run("x64-vbs-off");
    // The start page, as a person fills it in: the evidence choice and a folder of files.
    run.click(run.find<QRadioButton>("evidence"));
    auto *path = run.find<QLineEdit>("evidencePath");
    CHECK(path->isEnabled());
    CHECK_FALSE(run.wizard->currentPage()->isComplete()); // no path yet
    path->setText(QStringLiteral(HPR_TESTDATA_DIR "/evidence"));
    CHECK(run.wizard->currentPage()->isComplete());
    run.detect();
    CHECK(run.session->evidence);
    CHECK(run.session->deviceSpec() == std::string("evidence:") + HPR_TESTDATA_DIR + "/evidence");
    // Facts name their file and line; the page says nothing can be changed, and Next leads to the report.
    CHECK(run.labelsText(run.wizard->currentPage()).contains(QStringLiteral("Offline evidence")));
    // The device line names the folder; its link lists what was read from every file and where files disagree.
    auto *device = run.find<QLabel>("deviceLine");
    CHECK(device->text().contains(QStringLiteral("4 file(s) from")));
    QString listed;
    QTimer::singleShot(0, [&] {
        if (auto *box = run.wizard->findChild<QMessageBox *>(QStringLiteral("evidenceFilesBox"))) {
            listed = box->informativeText();
            box->close();
        }
    });
    Q_EMIT device->linkActivated(QStringLiteral("#evidence-files"));
    INFO(listed.toStdString());
    for (const char *file :
         {"01-win32-deviceguard-hp-probook-450g6.txt", "05-systeminfo-hyperv-requirements-all-yes.txt",
          "07-systeminfo-hypervisor-detected-server2019.txt", "09-msinfo32-summary-win11-home-22631.txt"})
        CHECK(listed.contains(QStringLiteral("read ") + QLatin1String(file)));
    CHECK(listed.contains(QStringLiteral("disagreement: os.product_name: ")));
    CHECK(run.wizard->nextId() == ReadinessWizard::Report);
    run.next();
    REQUIRE(run.wizard->currentId() == ReadinessWizard::Report);
    CHECK(run.labelsText(run.wizard->currentPage()).contains(QStringLiteral("nothing can be changed from files")));
    auto *report = qobject_cast<ReportPage *>(run.wizard->currentPage());
    REQUIRE(report);
    const QString html = run.dir.filePath(QStringLiteral("evidence.html"));
    REQUIRE(report->saveHtml(html).ok());
    auto text = hpr::readWholeFile(html.toStdString());
    REQUIRE(text);
    CHECK(text->find("evidence:") != std::string::npos);
    CHECK(report->folderToOpen() == QStringLiteral(HPR_TESTDATA_DIR "/evidence"));
    CHECK_FALSE(QFile::exists(QString::fromStdString(run.session->folder() + "/journal.json")));
}

TEST_CASE("Offline evidence: a missing folder is an error on the detect page, not a crash", "[wizard][evidence]")
{
    WizardRun run("x64-vbs-off", [](ReadinessSession &s) {
        s.training = false;
        s.evidence = true;
        s.evidencePath = "/nonexistent/evidence-folder";
    });
    run.next();
    REQUIRE(run.wizard->currentId() == ReadinessWizard::Detect);
    auto *result = run.find<QLabel>("detectResult");
    REQUIRE(QTest::qWaitFor([&] { return !result->text().isEmpty(); }, kTimeoutMs));
    CHECK(result->text().contains(QStringLiteral("/nonexistent/evidence-folder")));
    CHECK_FALSE(run.wizard->currentPage()->isComplete());
}

TEST_CASE("Log panel: Ctrl+L shows what the worker threads logged, About says where the log is", "[wizard][log]")
{
    WizardRun run("x64-vbs-off");
    run.detect(); // logged on a worker thread, delivered to the panel through the relay's queued signal
    LogPanel *panel = run.wizard->logPanel();
    REQUIRE(panel);
    CHECK_FALSE(panel->isVisible());
    run.wizard->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(run.wizard.get()));
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : run.wizard.get(), Qt::Key_L,
                    Qt::ControlModifier);
    REQUIRE(QTest::qWaitFor([&] { return panel->isVisible(); }, kTimeoutMs));
    REQUIRE(QTest::qWaitFor([&] { return panel->text().contains(QStringLiteral("detecting sim:x64-vbs-off")); },
                            kTimeoutMs));
    CHECK(panel->text().contains(QStringLiteral("verdict ready_after_fixes")));
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : panel, Qt::Key_L, Qt::ControlModifier);
    REQUIRE(QTest::qWaitFor([&] { return !panel->isVisible(); }, kTimeoutMs));
    run.click(run.wizard->button(QWizard::CustomButton1)); // the Log button does the same
    CHECK(panel->isVisible());
    const QString about = run.wizard->aboutText();
    CHECK(about.contains(QStringLiteral(HPR_VERSION)));
    CHECK(about.contains(QString::fromStdString(hpr::ReleaseTable::embedded().date)));
    CHECK(about.contains(QStringLiteral("log")));
}

TEST_CASE("After the restart the app opens by itself on the verification", "[wizard][resume]")
{
    QTemporaryDir state;
    REQUIRE(state.isValid());
    const std::string gui = "/opt/hotpatch-ready/bin/hotpatch-ready";
    {
        WizardRun run("x64-vbs-off", [&](ReadinessSession &s) {
            s.stateDir = state.path().toStdString();
            s.guiPath = gui;
        });
        run.scheduleRestart();
        // The resume entry registered for the restart is this app on the verification, not the CLI.
        auto restart = hpr::readWholeFile(run.folder() + "/restart.json");
        REQUIRE(restart);
        CHECK(nlohmann::json::parse(*restart).value("verify_command", "") ==
              verifyCommandLine(gui, "sim:x64-vbs-off", state.path().toStdString(), true));
        CHECK(verifyCommandLine(gui, "sim:x64-vbs-off", "/s", true) ==
              "\"" + gui + "\" --verify --device \"sim:x64-vbs-off\" --state-dir \"/s\"");
    }
    // The restart, outside the wizard (the app was closed): the simulated device boots and hands back the command.
    {
        auto device = hpr::openDevice("sim:x64-vbs-off", hpr::DeviceOptions{state.path().toStdString()});
        REQUIRE(device);
        auto *sim = dynamic_cast<hpr::SimDevice *>(device->get());
        REQUIRE(sim);
        auto booted = sim->restart();
        REQUIRE(booted);
        CHECK(booted->resumeCommand.find(" --verify ") != std::string::npos);
    }
    // What that command starts: the wizard with verifyOnStart (main.cpp's --verify), straight to the verification.
    WizardRun resumed("x64-vbs-off", [&](ReadinessSession &s) {
        s.stateDir = state.path().toStdString();
        s.verifyOnStart = true;
    });
    CHECK(resumed.wizard->startId() == ReadinessWizard::Detect);
    REQUIRE(resumed.waitForPage(ReadinessWizard::Report));
    REQUIRE(resumed.session->verification);
    CHECK(resumed.session->verification->ready);
    CHECK(resumed.bannerHeadline("reportBanner") == UiText::verdictHeadline(hpr::Verdict::Ready));
    CHECK(resumed.find<QTableWidget>("msinfo")->isVisible());
    CHECK(resumed.clicks == 0);
    CHECK(QFile::exists(QString::fromStdString(resumed.folder() + "/verification.html")));
}

TEST_CASE("In training the simulated restart leads straight to the verification", "[wizard][resume]")
{
    WizardRun run("arm64-chpe-on", [](ReadinessSession &s) { s.guiPath = "hotpatch-ready"; });
    run.scheduleRestart();
    run.click(run.find<QPushButton>("simulate"));
    REQUIRE(run.waitForPage(ReadinessWizard::Report));
    REQUIRE(run.session->verification);
    CHECK(run.session->verification->ready);
}

namespace {

/// Sets an environment variable for one test and restores what was there.
struct ScopedEnv
{
    QByteArray name, old;
    bool had;
    ScopedEnv(const char *n, const QByteArray &value)
        : name(n)
        , old(qgetenv(n))
        , had(qEnvironmentVariableIsSet(n))
    {
        qputenv(n, value);
    }
    ~ScopedEnv() { had ? qputenv(name.constData(), old) : qunsetenv(name.constData()); }
};

/// The value the simulated machine holds now (its saved state), as the registry shows it.
std::string simValue(const WizardRun &run, const std::string &key, const std::string &name)
{
    auto device = hpr::openDevice("sim:" + run.session->profile, hpr::DeviceOptions{run.session->stateDir});
    REQUIRE(device);
    auto value = (*device)->readRegistry(key, name);
    REQUIRE(value.isKnown());
    return value.value() ? value.value()->displayData() : std::string("absent");
}

} // namespace

TEST_CASE("Training cycle on arm64-chpe-on: CHPE disabled with one restart, verified, reported", "[wizard][arm64]")
{
    WizardRun run("arm64-chpe-on");
    run.detect();
    CHECK(run.session->assessment->verdict == hpr::Verdict::ReadyAfterFixes);
    CHECK(run.session->assessment->facts.osArch.is("arm64"));
    CHECK(run.bannerHeadline() == UiText::verdictHeadline(hpr::Verdict::ReadyAfterFixes));
    CHECK_FALSE(run.find<QGroupBox>("vbsBox")->isVisible()); // VBS runs: CHPE is the only thing missing
    run.next();

    // Plan: the one CHPE value, Microsoft's warning, a confirmation.
    REQUIRE(run.wizard->currentId() == ReadinessWizard::Plan);
    auto *changes = run.find<QTableWidget>("changes");
    REQUIRE(changes->rowCount() == 1);
    CHECK(changes->item(0, 0)->text().contains(QStringLiteral("Session Manager\\Memory Management")));
    CHECK(changes->item(0, 1)->text() == QStringLiteral("HotPatchRestrictions"));
    CHECK(changes->item(0, 3)->text() == QStringLiteral("absent"));
    CHECK(changes->item(0, 4)->text() == QStringLiteral("1"));
    CHECK(run.labelsText(run.find<QWidget>("warnings")).contains(QStringLiteral("Disabling CHPE")));
    CHECK_FALSE(run.find<QLabel>("blockedNotice")->isVisible());
    CHECK(simValue(run, hpr::reg::kMemoryManagement, "HotPatchRestrictions") == "absent");
    run.click(run.find<QCheckBox>("confirm"));
    run.next();

    // Apply: journaled; the value is written on the simulated machine.
    REQUIRE(run.waitForPage(ReadinessWizard::Restart));
    CHECK(run.exists("journal.json"));
    REQUIRE(run.session->applied);
    REQUIRE(run.session->applied->written.size() == 1);
    CHECK(run.session->applied->written[0].name == "HotPatchRestrictions");
    CHECK(simValue(run, hpr::reg::kMemoryManagement, "HotPatchRestrictions") == "1");
    CHECK(run.find<QLabel>("restartReasons")->text().contains(QStringLiteral("take effect at boot")));

    // Exactly one restart scheduled, then simulated.
    run.click(run.find<QPushButton>("schedule"));
    REQUIRE(QTest::qWaitFor([&] { return run.session->restart.has_value(); }, kTimeoutMs));
    CHECK(run.exists("restart.json"));
    CHECK(run.clicks <= 5);
    run.click(run.find<QPushButton>("simulate"));
    REQUIRE(run.waitForPage(ReadinessWizard::Report));
    auto simDevice = hpr::readWholeFile(run.folder() + "/sim-device.json");
    REQUIRE(simDevice);
    CHECK(nlohmann::json::parse(*simDevice).value("restarts", -1) == 1);

    // Verification: ready, CHPE disabled in msinfo32's terms, the change took effect.
    REQUIRE(run.session->verification);
    CHECK(run.session->verification->ready);
    CHECK(run.session->verification->verdictBefore == hpr::Verdict::ReadyAfterFixes);
    CHECK(run.exists("verification.json"));
    auto *msinfo = run.find<QTableWidget>("msinfo");
    bool chpeRow = false;
    for (int row = 0; row < msinfo->rowCount(); ++row)
        if (msinfo->item(row, 0)->text() == QStringLiteral("CHPE (HotPatchRestrictions)")) {
            chpeRow = true;
            CHECK(msinfo->item(row, 1)->text() == QStringLiteral("Enabled"));
            CHECK(msinfo->item(row, 2)->text() == QStringLiteral("Disabled (1)"));
            CHECK(msinfo->item(row, 3)->text() == QStringLiteral("changed"));
        }
    CHECK(chpeRow);
    CHECK(run.find<QTextBrowser>("reportText")->toPlainText().contains(QStringLiteral("Took effect")));

    // The report files.
    CHECK(nlohmann::json::parse(run.savedReport("arm64.json")).value("verdict", "") == "ready");
    CHECK(run.savedReport("arm64.html").find("CHPE (HotPatchRestrictions)") != std::string::npos);
    auto *report = qobject_cast<ReportPage *>(run.wizard->currentPage());
    REQUIRE(report);
    REQUIRE(report->savePdf(run.dir.filePath(QStringLiteral("arm64.pdf"))).ok());
    CHECK(QFileInfo(run.dir.filePath(QStringLiteral("arm64.pdf"))).size() > 10000);
}

TEST_CASE("A standard user: the plan says why and how, nothing is changed, the report is still there",
          "[wizard][elevation]")
{
    WizardRun run("x64-vbs-off-standard-user");
    run.detect();
    const hpr::Assessment &a = *run.session->assessment;
    CHECK(a.facts.processElevated.is(false));
    CHECK(a.facts.bootHypervisorLaunchType.reason() == hpr::UnknownReason::NotElevated);
    CHECK(run.find<QLabel>("elevation")->text().contains(QStringLiteral("not elevated")));
    run.next();

    // The plan is shown in full (what an administrator would apply), and why it cannot be applied here.
    REQUIRE(run.wizard->currentId() == ReadinessWizard::Plan);
    CHECK(run.find<QTableWidget>("changes")->rowCount() == 2);
    auto *notice = run.find<QLabel>("blockedNotice");
    CHECK(notice->isVisible());
    CHECK(notice->text().contains(QStringLiteral("administrator rights")));
    CHECK(notice->text().contains(QStringLiteral("Run as administrator")));
    CHECK_FALSE(run.find<QCheckBox>("confirm")->isEnabled());
    CHECK_FALSE(run.wizard->button(QWizard::CommitButton)->isVisible());
    CHECK(run.wizard->nextId() == ReadinessWizard::Report); // never the Apply page
    run.next();
    REQUIRE(run.wizard->currentId() == ReadinessWizard::Report);
    CHECK_FALSE(run.exists("journal.json"));
    CHECK(simValue(run, hpr::reg::kDeviceGuard, "EnableVirtualizationBasedSecurity") == "absent");
    auto *report = qobject_cast<ReportPage *>(run.wizard->currentPage());
    REQUIRE(report);
    CHECK(report->saveReport(run.dir.filePath(QStringLiteral("standard-user.json"))).ok());

    // Had the page let it through, the engine refuses the same way, before the journal and before any write.
    auto applied =
        applyFixes(run.session->device, run.session->stateDir, run.session->options, run.session->deviceLock);
    REQUIRE_FALSE(applied.ok());
    CHECK(applied.error.code == hpr::ErrorCode::AccessDenied);
    CHECK_THAT(applied.error.detail, Catch::Contains("Run as administrator") && Catch::Contains("nothing was changed"));
    CHECK_FALSE(run.exists("journal.json"));
    CHECK(simValue(run, hpr::reg::kDeviceGuard, "EnableVirtualizationBasedSecurity") == "absent");
    // And so does the restart with its verification task (both need administrator rights on Windows).
    auto restart = scheduleRestart(run.session->device, run.session->stateDir, hpr::RestartWhen{}, std::string(),
                                   run.session->options.assess, "verify", run.session->policy, run.session->deviceLock);
    REQUIRE_FALSE(restart.ok());
    CHECK(restart.error.code == hpr::ErrorCode::AccessDenied);
    CHECK_FALSE(run.exists("restart.json"));
}

TEST_CASE("Admin policy in the wizard: AssessOnly stops the plan, ReportFolder gets a copy", "[wizard][policy]")
{
    QTemporaryDir policyDir;
    REQUIRE(policyDir.isValid());
    const QString share = policyDir.filePath(QStringLiteral("share"));
    REQUIRE(QDir().mkpath(share));
    const QString policyFile = policyDir.filePath(QStringLiteral("policy.json"));
    {
        QFile f(policyFile);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral(R"({"AssessOnly": true, "ReportFolder": "%1"})").arg(share).toUtf8());
    }
    ScopedEnv env("HPR_POLICY_FILE", QFile::encodeName(policyFile));
    WizardRun run("x64-vbs-off");
    run.detect();
    CHECK(run.session->policy.assessOnly == std::optional<bool>(true));
    run.next();
    REQUIRE(run.wizard->currentId() == ReadinessWizard::Plan);
    auto *notice = run.find<QLabel>("blockedNotice");
    CHECK(notice->isVisible());
    CHECK(notice->text().contains(QStringLiteral("AssessOnly=1")));
    CHECK(notice->text().contains(policyFile));
    CHECK_FALSE(run.find<QCheckBox>("confirm")->isEnabled());
    CHECK(run.wizard->nextId() == ReadinessWizard::Report);
    run.next();
    REQUIRE(run.wizard->currentId() == ReadinessWizard::Report);
    CHECK_FALSE(run.exists("journal.json"));
    // The report page writes the IT department's copy by itself (off the UI thread) and says where.
    QLabel *status = nullptr;
    for (auto *label : run.wizard->currentPage()->findChildren<QLabel *>())
        if (label->text().contains(QStringLiteral("ReportFolder")))
            status = label;
    REQUIRE(status);
    REQUIRE(QTest::qWaitFor([&] { return status->text().contains(QStringLiteral("was saved")); }, kTimeoutMs));
    const QStringList copies = QDir(share).entryList({QStringLiteral("*.json")}, QDir::Files);
    REQUIRE(copies.size() == 1);
    CHECK(copies[0].startsWith(QString::fromStdString(run.session->assessment->facts.hostname.value()) +
                               QLatin1Char('-')));
    QFile copy(QDir(share).filePath(copies[0]));
    REQUIRE(copy.open(QIODevice::ReadOnly));
    CHECK(nlohmann::json::parse(copy.readAll().toStdString()).value("verdict", "") == "ready_after_fixes");
    // The restart is refused under AssessOnly even when asked directly.
    auto restart = scheduleRestart(run.session->device, run.session->stateDir, hpr::RestartWhen{}, std::string(),
                                   run.session->options.assess, "verify", run.session->policy, run.session->deviceLock);
    REQUIRE_FALSE(restart.ok());
    CHECK(restart.error.detail.find("AssessOnly=1") != std::string::npos);
}

TEST_CASE("Admin policy in the wizard: a restart outside RestartWindow moves to the window's start", "[wizard][policy]")
{
    QTemporaryDir policyDir;
    REQUIRE(policyDir.isValid());
    const QString policyFile = policyDir.filePath(QStringLiteral("policy.json"));
    {
        QFile f(policyFile);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(R"({"RestartWindow": "02:00-03:00"})");
    }
    ScopedEnv env("HPR_POLICY_FILE", QFile::encodeName(policyFile));
    WizardRun run("x64-vbs-off");
    run.detect();
    run.next();
    run.click(run.find<QCheckBox>("confirm"));
    run.next();
    REQUIRE(run.waitForPage(ReadinessWizard::Restart));
    CHECK(run.find<QLabel>("restartStatus")->text().contains(QStringLiteral("between 02:00 and 03:00")));
    // In 5 minutes from the simulated clock: outside 02:00-03:00 unless the clock is there (it is not: asserted).
    const std::int64_t local = run.session->deviceClockNow() + run.session->deviceUtcOffset;
    const int minuteOfDay = int(((local % 86400) + 86400) % 86400 / 60);
    REQUIRE_FALSE((minuteOfDay >= 120 && minuteOfDay < 185));
    run.find<QSpinBox>("minutes")->setValue(5);
    run.click(run.find<QPushButton>("schedule"));
    REQUIRE(QTest::qWaitFor([&] { return run.session->restart.has_value(); }, kTimeoutMs));
    const QDateTime at = QDateTime::fromString(QString::fromStdString(run.session->restart->at), Qt::ISODate)
                             .toOffsetFromUtc(int(run.session->deviceUtcOffset));
    CHECK(at.time() == QTime(2, 0));
    CHECK(run.find<QLabel>("restartStatus")->text().contains(QStringLiteral("02:00")));
}

// Not part of the test run: bench/gui.sh reads the resident memory after a full training cycle with reports.
TEST_CASE("Resident memory after a full training cycle", "[.][bench]")
{
    WizardRun run("x64-vbs-off");
    walkCycle(run, [](const char *) {});
    auto *report = qobject_cast<ReportPage *>(run.wizard->currentPage());
    REQUIRE(report);
    REQUIRE(report->saveHtml(run.dir.filePath(QStringLiteral("r.html"))).ok());
    REQUIRE(report->savePdf(run.dir.filePath(QStringLiteral("r.pdf"))).ok());
    QTest::qWait(100);
    QFile status(QStringLiteral("/proc/self/status"));
    REQUIRE(status.open(QIODevice::ReadOnly));
    const QString text = QString::fromLatin1(status.readAll());
    const auto kib = [&](const char *field) {
        const int at = text.indexOf(QLatin1String(field));
        return at < 0 ? -1 : text.mid(at + int(qstrlen(field))).trimmed().section(QLatin1Char(' '), 0, 0).toLong();
    };
    std::printf("resident memory after a full training cycle: %.1f MiB\n", double(kib("VmRSS:")) / 1024);
    std::printf("peak resident memory: %.1f MiB\n", double(kib("VmHWM:")) / 1024);
    CHECK(kib("VmRSS:") > 0);
}

// Not part of the test run: renders every page to docs/screenshots/NN-page.png at 1000x700.
//   build/tests/hpr_gui_tests "[screenshots]"
//   HPR_SCREENSHOT_DIR=/tmp/shots HPR_SCREENSHOT_SIZE=900x640 build/tests/hpr_gui_tests "[screenshots]"
TEST_CASE("Screenshots of every page", "[.][screenshots]")
{
    const QString out =
        QString::fromUtf8(qEnvironmentVariableIsSet("HPR_SCREENSHOT_DIR") ? qgetenv("HPR_SCREENSHOT_DIR")
                                                                          : QByteArray(HPR_SCREENSHOT_DIR));
    QDir().mkpath(out);
    const auto shoot = [&](WizardRun &run, const char *name) {
        QTest::qWait(50);
        const QString path = QDir(out).filePath(QString::fromLatin1(name));
        REQUIRE(run.wizard->grab().save(path));
        std::printf("wrote %s\n", path.toLocal8Bit().constData());
    };
    {
        WizardRun run("x64-vbs-off");
        walkCycle(run, [&](const char *page) { shoot(run, (std::string(page) + ".png").c_str()); });
        // The first A4 page of the PDF report, as QTextDocument lays it out for QPdfWriter and the printer.
        auto *report = qobject_cast<ReportPage *>(run.wizard->currentPage());
        REQUIRE(report);
        QTextDocument document;
        document.setHtml(report->htmlReport());
        document.setPageSize(QSizeF(794, 1123)); // A4 at 96 dpi
        QImage page(794, 1123, QImage::Format_RGB32);
        page.fill(Qt::white);
        {
            QPainter painter(&page);
            document.drawContents(&painter, QRectF(0, 0, 794, 1123));
        }
        const QString path = QDir(out).filePath(QStringLiteral("12-report-pdf-page1.png"));
        REQUIRE(page.save(path));
        std::printf("wrote %s\n", path.toLocal8Bit().constData());
    }
    {
        WizardRun run("x64-virtualization-off-firmware");
        run.detect();
        shoot(run, "08-results-blocked.png");
        run.next();
        shoot(run, "09-plan-blocked.png");
    }
    {
        WizardRun run("arm64-chpe-on");
        run.detect();
        run.next();
        shoot(run, "10-plan-arm64-chpe.png");
    }
    {
        // Memory integrity asked for on a device with an anti-cheat driver that breaks its rules: the plan names it.
        WizardRun run("x64-hvci-driver-flagged");
        run.detect();
        run.next();
        run.find<QCheckBox>("memoryIntegrity")->setChecked(true);
        QTest::qWait(50);
        CHECK(run.labelsText(run.find<QWidget>("warnings")).contains(QStringLiteral("acmeguard.sys")));
        shoot(run, "15-plan-memory-integrity-driver.png");
    }
    {
        WizardRun run("x64-enterprise-24h2-ready");
        run.detect();
        run.next();
        shoot(run, "11-report-ready.png");
    }
}
