// Translations (docs/translations.md): every .ts complete and current, and every wizard page (and the dashboard)
// in every language without clipped text or a doubled keyboard accelerator. The scaling runs repeat the layout
// test at 125 % and 200 % (tests/CMakeLists.txt: gui/i18n-scaling-*).
#include "logpanel.h"
#include "logrelay.h"
#include "platform/sim/profilecatalog.h"
#include "readinesssession.h"
#include "readinesswizard.h"
#include "trainingsession.h"
#include "uilanguage.h"
#ifdef HPR_HAVE_FLEET_DASHBOARD
#include "fleetdashboard.h"
#include "fleetstore.h"
#include "reportgenerator.h"
#endif

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <QTreeWidget>
#include <QWizard>
#include <QXmlStreamReader>
#include <catch2/catch.hpp>
#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>

namespace {

constexpr int kTimeoutMs = 15000;

/// One message of a .ts file.
struct TsMessage
{
    QString context, source, type; ///< type: "" (finished), "unfinished", "obsolete", "vanished"
    bool numerus = false;
    QStringList translations; ///< one, or one per plural form
};

QList<TsMessage> readTs(const QString &path, QString *language = nullptr)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<TsMessage> messages;
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("TS") && language)
            *language = xml.attributes().value(QLatin1String("language")).toString();
        else if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message")) {
            TsMessage m;
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("source")) {
                    m.source = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    m.type = xml.attributes().value(QLatin1String("type")).toString();
                    if (m.numerus) {
                        while (xml.readNextStartElement())
                            m.translations << xml.readElementText();
                    } else {
                        m.translations << xml.readElementText();
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            messages << m;
        }
    }
    INFO(path.toStdString() << ": " << xml.errorString().toStdString());
    REQUIRE(!xml.hasError());
    return messages;
}

/// %1..%9 and %n, sorted (a translation may reorder them).
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%[1-9n]"));
    QStringList found;
    for (const auto &m : re.globalMatch(text))
        found << m.captured();
    found.sort();
    return found;
}

/// HTML tags by name (<b>, </b>, <br>), sorted; entities such as &mdash; are not tags.
QStringList tags(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("<(/?[A-Za-z][A-Za-z0-9]*)[^>]*>"));
    QStringList found;
    for (const auto &m : re.globalMatch(text))
        found << m.captured(1).toLower();
    found.sort();
    return found;
}

QString tsPath(const QString &code)
{
    return QStringLiteral(HPR_TS_DIR "/hotpatch-ready_%1.ts").arg(code);
}

/// The shipped translations (English is the source).
QStringList translatedCodes()
{
    QStringList codes = UiLanguage::codes();
    codes.removeAll(QStringLiteral("en"));
    return codes;
}

/// The app in one language for a scope (its translation and Qt's), English again afterwards.
struct LanguageScope
{
    explicit LanguageScope(const QString &code)
    {
        UiLanguage::Choice choice;
        choice.code = code;
        choice.source = UiLanguage::Source::CommandLine;
        REQUIRE(UiLanguage::install(choice));
        REQUIRE(UiLanguage::current().code == code);
    }
    ~LanguageScope() { UiLanguage::install(UiLanguage::Choice{}); }
};

/// What a person cannot read: a label or button whose text needs more room than it has, and two controls of one
/// window that answer to the same Alt+letter.
void checkLayout(QWidget *window, const std::string &where)
{
    std::map<QString, QString> mnemonics; // Alt+X -> the text that has it
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->window() != window)
            continue;
        INFO(where << ": " << w->metaObject()->className() << " " << w->objectName().toStdString());
        QString text;
        if (auto *label = qobject_cast<QLabel *>(w); label && !label->text().isEmpty() && label->pixmap().isNull()) {
            INFO('"' << label->text().toStdString() << "\" size " << label->width() << "x" << label->height());
            if (label->wordWrap())
                CHECK(label->height() >= label->heightForWidth(label->width()) - 1);
            else
                CHECK(label->width() >= label->sizeHint().width());
            if (label->buddy())
                text = label->text();
        } else if (auto *button = qobject_cast<QAbstractButton *>(w); button && !button->text().isEmpty()) {
            INFO('"' << button->text().toStdString() << "\" size " << button->width() << "x" << button->height());
            CHECK(button->width() >= button->sizeHint().width());
            CHECK(button->height() >= button->sizeHint().height() - 2);
            text = button->text();
        }
        const QKeySequence mnemonic = QKeySequence::mnemonic(text);
        if (mnemonic.isEmpty())
            continue;
        const QString key = mnemonic.toString();
        INFO("accelerator " << key.toStdString() << " of \"" << text.toStdString() << "\" is also \""
                            << mnemonics[key].toStdString() << '"');
        CHECK(mnemonics[key].isEmpty());
        mnemonics[key] = text;
    }
}

/// A screen reader says what the eye reads: the wizard's navigation buttons (their texts from Qt's translation,
/// their accessible names from ours) name the same thing.
void checkNavigationNames(QWizard &wizard, const std::string &where)
{
    static const QRegularExpression decoration(QStringLiteral("\\(&.\\)|&|<|>"));
    for (QWizard::WizardButton which : {QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton,
                                        QWizard::FinishButton, QWizard::CancelButton}) {
        QAbstractButton *button = wizard.button(which);
        if (!button->isVisible())
            continue;
        INFO(where << ": button \"" << button->text().toStdString() << '"');
        CHECK(QString(button->text()).remove(decoration).trimmed() == button->accessibleName());
    }
}

/// The wizard on a simulated device, driven through every page without counting clicks (tst_wizard does that).
struct LanguageRun
{
    QTemporaryDir dir;
    std::shared_ptr<ReadinessSession> session;
    std::unique_ptr<ReadinessWizard> wizard;

    explicit LanguageRun(const std::string &profile)
    {
        REQUIRE(dir.isValid());
        session = hpr::test::trainingSession(profile, dir.path());
        wizard = std::make_unique<ReadinessWizard>(session, &hpr::test::testRelay());
        wizard->resize(wizard->minimumSize()); // the smallest the window gets: the hardest case
        wizard->show();
        REQUIRE(QTest::qWaitForWindowExposed(wizard.get()));
    }

    bool waitForPage(int id) const
    {
        return QTest::qWaitFor([&] { return wizard->currentId() == id; }, kTimeoutMs);
    }
    void press(const char *name)
    {
        auto *button = wizard->findChild<QAbstractButton *>(QString::fromLatin1(name));
        REQUIRE(button != nullptr);
        REQUIRE(button->isEnabled());
        button->click();
    }

    /// Start, Detect, Results, Plan (confirmed), Apply, Restart (scheduled), Report (verified).
    void walk(const std::function<void(const char *page)> &atPage)
    {
        const auto settle = [&](const char *page) {
            QTest::qWait(20); // layouts settle
            atPage(page);
        };
        settle("start");
        {
            std::unique_lock hold(*session->deviceLock); // the detection waits: the detect page stays up
            wizard->next();
            settle("detect");
        }
        REQUIRE(waitForPage(ReadinessWizard::Results));
        settle("results");
        wizard->next();
        REQUIRE(wizard->currentId() == ReadinessWizard::Plan);
        press("confirm");
        settle("plan");
        wizard->next();
        REQUIRE(waitForPage(ReadinessWizard::Restart));
        wizard->back(); // the apply page keeps what it wrote
        settle("apply");
        wizard->next();
        press("schedule");
        REQUIRE(QTest::qWaitFor([&] { return session->restart.has_value(); }, kTimeoutMs));
        // The signed-in user reads the message in the wizard's language, with the time scheduled.
        const QString message = QString::fromStdString(session->restart->message);
        INFO(message.toStdString());
        CHECK(message == wizard->findChild<QLineEdit *>(QStringLiteral("message"))->text());
        settle("restart");
        press("simulate");
        REQUIRE(waitForPage(ReadinessWizard::Report));
        settle("report");
    }
};

double scaleFactor()
{
    return qEnvironmentVariableIsSet("QT_SCALE_FACTOR") ? qgetenv("QT_SCALE_FACTOR").toDouble() : 1.0;
}

} // namespace

TEST_CASE("i18n: every .ts is finished, has no obsolete or vanished entry, and keeps placeholders, tags and "
          "accelerators",
          "[i18n]")
{
    for (const QString &code : translatedCodes()) {
        QString language;
        const QList<TsMessage> messages = readTs(tsPath(code), &language);
        INFO(code.toStdString());
        CHECK(language == code);
        CHECK(messages.size() > 300); // the wizard's and the dashboard's strings, not an empty file
        for (const TsMessage &m : messages) {
            INFO(code.toStdString() << " " << m.context.toStdString() << ": \"" << m.source.toStdString() << '"');
            CHECK(m.type.isEmpty()); // not unfinished, obsolete or vanished
            REQUIRE(!m.translations.isEmpty());
            for (const QString &t : m.translations) {
                INFO("translation \"" << t.toStdString() << '"');
                CHECK(!t.trimmed().isEmpty());
                // A plural form may drop %n only where the source has none (a spin box suffix).
                CHECK(placeholders(t) == placeholders(m.source));
                CHECK(tags(t) == tags(m.source));
                CHECK(QKeySequence::mnemonic(t).isEmpty() == QKeySequence::mnemonic(m.source).isEmpty());
            }
        }
    }
}

TEST_CASE("i18n: the .ts files are current (lupdate on the sources adds and drops nothing)", "[i18n]")
{
    const QStringList sources = QStringLiteral(HPR_TR_SOURCES).split(QLatin1Char('|'), Qt::SkipEmptyParts);
    REQUIRE(sources.size() > 10);
    QTemporaryDir temp;
    REQUIRE(temp.isValid());
    for (const QString &code : translatedCodes()) {
        const QString copy = temp.filePath(QStringLiteral("copy_%1.ts").arg(code));
        REQUIRE(QFile::copy(tsPath(code), copy));
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(HPR_LUPDATE), QStringList{QStringLiteral("-locations"), QStringLiteral("none")} +
                                                       sources + QStringList{QStringLiteral("-ts"), copy});
        REQUIRE(lupdate.waitForFinished(60000));
        INFO(lupdate.readAll().toStdString());
        REQUIRE(lupdate.exitCode() == 0);

        std::set<std::pair<QString, QString>> before;
        for (const TsMessage &m : readTs(tsPath(code)))
            before.insert({m.context, m.source});
        for (const TsMessage &m : readTs(copy)) {
            INFO(code.toStdString() << " " << m.context.toStdString() << ": \"" << m.source.toStdString()
                                    << "\" -- run: cmake --build build --target update_translations, then translate");
            CHECK(before.count({m.context, m.source}) == 1); // not a new string
            CHECK(m.type != QLatin1String("vanished"));      // not a string the sources no longer have
            CHECK(m.type != QLatin1String("obsolete"));
        }
    }
}

TEST_CASE("i18n: the language follows policy, then --language, then the saved choice, then the system", "[i18n]")
{
    const QString saved = UiLanguage::savedCode();
    UiLanguage::save(QStringLiteral("fr"));
    CHECK(UiLanguage::choose({}, std::string("ja"), "HKLM\\X\\Language").code == QLatin1String("ja"));
    CHECK(UiLanguage::choose({}, std::string("ja"), "HKLM\\X\\Language").source == UiLanguage::Source::Policy);
    CHECK(UiLanguage::choose(QStringLiteral("de"), std::nullopt, {}).code == QLatin1String("de"));
    CHECK(UiLanguage::choose(QStringLiteral("de"), std::string("es"), "f").code == QLatin1String("es"));
    CHECK(UiLanguage::choose({}, std::nullopt, {}).code == QLatin1String("fr"));
    CHECK(UiLanguage::choose({}, std::nullopt, {}).source == UiLanguage::Source::Setting);
    UiLanguage::save({});
    CHECK(UiLanguage::choose({}, std::nullopt, {}).source == UiLanguage::Source::System);
    UiLanguage::save(saved);

    CHECK(UiLanguage::bestMatch({QStringLiteral("de-AT"), QStringLiteral("en-US")}) == QLatin1String("de"));
    CHECK(UiLanguage::bestMatch({QStringLiteral("pt-PT")}) == QLatin1String("pt_BR"));
    CHECK(UiLanguage::bestMatch({QStringLiteral("pt-BR")}) == QLatin1String("pt_BR"));
    CHECK(UiLanguage::bestMatch({QStringLiteral("it-IT"), QStringLiteral("ja-JP")}) == QLatin1String("ja"));
    CHECK(UiLanguage::bestMatch({QStringLiteral("it-IT")}) == QLatin1String("en"));

    // Installed: the app's strings and Qt's own (QWizard's Next) in the language; English again afterwards.
    {
        LanguageScope german(QStringLiteral("de"));
        CHECK(QCoreApplication::translate("ReadinessWizard", "&Log") == QLatin1String("Pr&otokoll"));
        CHECK(QCoreApplication::translate("QWizard", "&Next >") == QLatin1String("&Weiter >"));
    }
    CHECK(QCoreApplication::translate("ReadinessWizard", "&Log") == QLatin1String("&Log"));

    // A policy shows the choice disabled, with the reason; a run without one leaves it open.
    UiLanguage::install({QStringLiteral("en"), UiLanguage::Source::Policy, QStringLiteral("HKLM\\Policy\\Language")});
    {
        LanguageRun run("x64-vbs-off");
        auto *combo = run.wizard->findChild<QWidget *>(QStringLiteral("language"));
        auto *note = run.wizard->findChild<QLabel *>(QStringLiteral("languageNote"));
        REQUIRE(combo);
        REQUIRE(note);
        CHECK(!combo->isEnabled());
        CHECK(note->text().contains(QLatin1String("HKLM\\Policy\\Language")));
    }
    UiLanguage::install(UiLanguage::Choice{});
    {
        LanguageRun run("x64-vbs-off");
        CHECK(run.wizard->findChild<QWidget *>(QStringLiteral("language"))->isEnabled());
    }
}

TEST_CASE("i18n: every page in every language fits (run at 125 and 200 % too)", "[i18n][i18n-scaling]")
{
    std::printf("i18n layout test at %.0f %%\n", scaleFactor() * 100);
    for (const QString &code : UiLanguage::codes()) {
        LanguageScope language(code);
        LanguageRun run("x64-vbs-off");
        CHECK(run.wizard->devicePixelRatioF() == Approx(scaleFactor()));
        run.walk([&](const char *page) {
            checkLayout(run.wizard.get(), code.toStdString() + " " + page);
            checkNavigationNames(*run.wizard, code.toStdString() + " " + page);
            run.wizard->logPanel()->show();
            QTest::qWait(10);
            checkLayout(run.wizard->logPanel(), code.toStdString() + " " + page + " log panel");
            run.wizard->logPanel()->hide();
        });
    }
}

TEST_CASE("i18n: a blocked device, a standard user and offline evidence in every language fit (run at 125 and 200 % "
          "too)",
          "[i18n][i18n-scaling]")
{
    for (const QString &code : UiLanguage::codes()) {
        LanguageScope language(code);
        {
            // Blocked: the manual steps and why Apply is not available, then the report.
            LanguageRun run("x64-virtualization-off-firmware");
            run.wizard->next();
            REQUIRE(run.waitForPage(ReadinessWizard::Results));
            QTest::qWait(20);
            checkLayout(run.wizard.get(), code.toStdString() + " blocked results");
            run.wizard->next();
            REQUIRE(run.wizard->currentId() == ReadinessWizard::Plan);
            QTest::qWait(20);
            checkLayout(run.wizard.get(), code.toStdString() + " blocked plan");
            run.wizard->next();
            REQUIRE(run.waitForPage(ReadinessWizard::Report));
            QTest::qWait(20);
            checkLayout(run.wizard.get(), code.toStdString() + " blocked report");
        }
        {
            // A standard user: the plan with why Apply needs administrator rights and how to get them.
            LanguageRun run("x64-vbs-off-standard-user");
            run.wizard->next();
            REQUIRE(run.waitForPage(ReadinessWizard::Results));
            run.wizard->next();
            REQUIRE(run.wizard->currentId() == ReadinessWizard::Plan);
            QTest::qWait(20);
            checkLayout(run.wizard.get(), code.toStdString() + " standard-user plan");
        }
        {
            // Offline evidence: the start page with the evidence choice, the results, the report.
            LanguageRun run("x64-vbs-off");
            run.press("evidence");
            run.wizard->findChild<QLineEdit *>(QStringLiteral("evidencePath"))
                ->setText(QStringLiteral(HPR_TESTDATA_DIR "/evidence"));
            QTest::qWait(20);
            checkLayout(run.wizard.get(), code.toStdString() + " evidence start");
            run.wizard->next();
            REQUIRE(run.waitForPage(ReadinessWizard::Results));
            QTest::qWait(20);
            checkLayout(run.wizard.get(), code.toStdString() + " evidence results");
            run.wizard->next();
            REQUIRE(run.waitForPage(ReadinessWizard::Report));
            QTest::qWait(20);
            checkLayout(run.wizard.get(), code.toStdString() + " evidence report");
        }
    }
}

namespace {

/// The translation of an engine template (context "hpr::engine") in a .ts file; empty when it has none.
QString engineTranslation(const QString &code, const std::string &source)
{
    for (const TsMessage &m : readTs(tsPath(code)))
        if (m.context == QLatin1String("hpr::engine") && m.source == QString::fromStdString(source) &&
            m.type.isEmpty() && !m.translations.isEmpty())
            return m.translations.front();
    return {};
}

} // namespace

TEST_CASE("i18n: the engine's text is shown in the wizard's language (x64-vbs-off in German)", "[i18n]")
{
    LanguageScope language(QStringLiteral("de"));
    LanguageRun run("x64-vbs-off");
    bool sawResults = false, sawPlan = false;
    run.walk([&](const char *page) {
        const std::string name = page;
        if (name == "results") {
            const hpr::CheckResult *vbs = run.session->assessment->check("HP-VBS-RUNNING");
            REQUIRE(vbs != nullptr);
            REQUIRE(vbs->summaryText.args.empty()); // a whole sentence: its translation is the text shown
            const QString german = engineTranslation(QStringLiteral("de"), vbs->summaryText.source);
            INFO("English: " << vbs->summary);
            REQUIRE(!german.isEmpty());
            CHECK(german != QString::fromStdString(vbs->summary));
            auto *checks = run.wizard->findChild<QTreeWidget *>(QStringLiteral("checks"));
            REQUIRE(checks != nullptr);
            const QTreeWidgetItem *row = nullptr;
            for (int i = 0; i < checks->topLevelItemCount(); ++i)
                if (checks->topLevelItem(i)->data(0, Qt::UserRole).toString() == QLatin1String("HP-VBS-RUNNING"))
                    row = checks->topLevelItem(i);
            REQUIRE(row != nullptr);
            CHECK(row->text(2) == german);
            // The device line: the engine's template in German, with the host name and the profile as values.
            const hpr::Text device = run.session->device->descriptionText();
            REQUIRE(device.args.size() == 2);
            const QString germanDevice =
                engineTranslation(QStringLiteral("de"), device.source)
                    .arg(QString::fromStdString(device.args[0].source), QString::fromStdString(device.args[1].source));
            const QString deviceLine = run.wizard->findChild<QLabel *>(QStringLiteral("deviceLine"))->text();
            INFO(deviceLine.toStdString());
            CHECK(germanDevice.startsWith(QStringLiteral("Simuliertes Gerät")));
            CHECK(deviceLine.contains(germanDevice.toHtmlEscaped()));
            // Its title and the VBS diagnosis are German too.
            CHECK(row->text(1) == engineTranslation(QStringLiteral("de"), vbs->titleText.source));
            const QString causes = run.wizard->findChild<QLabel *>(QStringLiteral("vbsCauses"))->text();
            REQUIRE(!run.session->assessment->vbsCauses.empty());
            for (const auto &cause : run.session->assessment->vbsCauses) {
                INFO(causes.toStdString());
                REQUIRE(cause.causeText.args.empty());
                CHECK(causes.contains(engineTranslation(QStringLiteral("de"), cause.causeText.source).toHtmlEscaped()));
                CHECK(!causes.contains(QString::fromStdString(cause.text)));
            }
            sawResults = true;
        } else if (name == "plan") {
            REQUIRE(run.session->plan);
            const hpr::Plan &plan = *run.session->plan;
            REQUIRE(!plan.restartReasonTexts.empty());
            const QString line = run.wizard->findChild<QLabel *>(QStringLiteral("restartLine"))->text();
            INFO(line.toStdString());
            for (std::size_t i = 0; i < plan.restartReasonTexts.size(); ++i) {
                REQUIRE(plan.restartReasonTexts[i].args.empty());
                const QString german = engineTranslation(QStringLiteral("de"), plan.restartReasonTexts[i].source);
                REQUIRE(!german.isEmpty());
                CHECK(line.contains(german.toHtmlEscaped()));
                CHECK(!line.contains(QString::fromStdString(plan.restartReasons[i])));
            }
            sawPlan = true;
        }
    });
    CHECK(sawResults);
    CHECK(sawPlan);
}

#ifdef HPR_HAVE_FLEET_DASHBOARD
TEST_CASE("i18n: the dashboard in every language fits (run at 125 and 200 % too)", "[i18n][i18n-scaling]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const std::string root = dir.path().toStdString();
    REQUIRE(hpr::bench::generateFleet(root + "/reports", {60, 20, 7, root + "/rings.csv"}));
    const std::string db = root + "/fleet.sqlite";
    {
        auto store = hpr::fleet::FleetStore::open(db, true);
        REQUIRE(store);
        hpr::fleet::ImportOptions options;
        options.ringsCsv = root + "/rings.csv";
        REQUIRE(store->import(root + "/reports", options));
    }
    for (const QString &code : UiLanguage::codes()) {
        LanguageScope language(code);
        FleetDashboard board;
        board.resize(1280, 860);
        board.show();
        REQUIRE(QTest::qWaitForWindowExposed(&board));
        QSignalSpy loaded(&board, &FleetDashboard::loaded);
        board.openStore(QString::fromStdString(db));
        REQUIRE(loaded.wait(20000));
        REQUIRE(loaded.front().at(0).toBool());
        QTest::qWait(20);
        checkLayout(&board, code.toStdString() + " dashboard");
    }
}
#endif

// Not part of the test run: pages per language for docs/screenshots/i18n/ (docs/translations.md).
//   build/tests/hpr_gui_tests "[i18n-screenshots]"
TEST_CASE("i18n: screenshots per language", "[.][i18n-screenshots]")
{
    const QString out = QStringLiteral(HPR_SCREENSHOT_DIR "/i18n");
    QDir().mkpath(out);
    for (const QString &code : translatedCodes()) {
        LanguageScope language(code);
        LanguageRun run("x64-vbs-off");
        run.walk([&](const char *page) {
            // Results and plan in every language; start and restart where the script or the words are longest.
            const std::string name = page;
            const bool everywhere = name == "results" || name == "plan";
            const bool longest =
                (name == "start" || name == "restart") &&
                (code == QLatin1String("de") || code == QLatin1String("ja") || code == QLatin1String("pt_BR"));
            if (!everywhere && !longest)
                return;
            QTest::qWait(50);
            const QString path = QDir(out).filePath(QStringLiteral("%1-%2.png").arg(code, QString::fromLatin1(page)));
            REQUIRE(run.wizard->grab().save(path));
            std::printf("wrote %s\n", path.toLocal8Bit().constData());
        });
    }
    // Offline evidence in German: the device line lists every file read, in German, one per line.
    {
        LanguageScope language(QStringLiteral("de"));
        LanguageRun run("x64-vbs-off");
        run.press("evidence");
        run.wizard->findChild<QLineEdit *>(QStringLiteral("evidencePath"))
            ->setText(QStringLiteral(HPR_TESTDATA_DIR "/evidence"));
        run.wizard->next();
        REQUIRE(run.waitForPage(ReadinessWizard::Results));
        QTest::qWait(50);
        const QString path = QDir(out).filePath(QStringLiteral("de-evidence-results.png"));
        REQUIRE(run.wizard->grab().save(path));
        std::printf("wrote %s\n", path.toLocal8Bit().constData());
        // ... and the list behind the device line's link.
        auto *device = run.wizard->findChild<QLabel *>(QStringLiteral("deviceLine"));
        REQUIRE(device != nullptr);
        const QString boxPath = QDir(out).filePath(QStringLiteral("de-evidence-files.png"));
        bool saved = false;
        QTimer::singleShot(200, [&] {
            if (auto *box = run.wizard->findChild<QMessageBox *>(QStringLiteral("evidenceFilesBox"))) {
                saved = box->grab().save(boxPath);
                box->close();
            }
        });
        Q_EMIT device->linkActivated(QStringLiteral("#evidence-files"));
        REQUIRE(saved);
        std::printf("wrote %s\n", boxPath.toLocal8Bit().constData());
    }
    // The start page when the admin policy sets the language: the choice disabled, with the reason.
    UiLanguage::install({QStringLiteral("de"), UiLanguage::Source::Policy,
                         QStringLiteral("HKLM\\SOFTWARE\\Policies\\HotpatchReady\\Language")});
    {
        LanguageRun run("x64-vbs-off");
        QTest::qWait(50);
        const QString path = QDir(out).filePath(QStringLiteral("de-start-policy.png"));
        REQUIRE(run.wizard->grab().save(path));
        std::printf("wrote %s\n", path.toLocal8Bit().constData());
    }
    UiLanguage::install(UiLanguage::Choice{});
}
