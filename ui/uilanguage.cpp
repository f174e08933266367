#include "uilanguage.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>
#include <memory>

namespace {

const QString kSettingsKey = QStringLiteral("ui/language");

UiLanguage::Choice &currentChoice()
{
    static UiLanguage::Choice choice;
    return choice;
}

/// The translators installed on the application: replaced as a whole when the language changes.
std::unique_ptr<QTranslator> &appTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}
std::unique_ptr<QTranslator> &qtTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

void replace(std::unique_ptr<QTranslator> &slot, std::unique_ptr<QTranslator> next)
{
    if (slot)
        QCoreApplication::removeTranslator(slot.get());
    slot = std::move(next);
    if (slot)
        QCoreApplication::installTranslator(slot.get());
}

} // namespace

const QStringList &UiLanguage::codes()
{
    static const QStringList all = {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"),
                                    QStringLiteral("es"), QStringLiteral("ja"), QStringLiteral("pt_BR")};
    return all;
}

QString UiLanguage::nativeName(const QString &code)
{
    if (code == QLatin1String("pt_BR"))
        return QStringLiteral("Português (Brasil)");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1); // "français" -> "Français" in a list
}

QString UiLanguage::bestMatch(const QStringList &uiLanguages)
{
    for (QString name : uiLanguages) {
        name.replace(QLatin1Char('-'), QLatin1Char('_'));
        if (isKnown(name))
            return name;
        const QString language = name.section(QLatin1Char('_'), 0, 0).toLower();
        if (language == QLatin1String("pt")) // the one Portuguese shipped; closer than English for pt_PT
            return QStringLiteral("pt_BR");
        if (isKnown(language))
            return language;
    }
    return QStringLiteral("en");
}

QString UiLanguage::savedCode()
{
    const QString code = QSettings().value(kSettingsKey).toString();
    return isKnown(code) ? code : QString();
}

void UiLanguage::save(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kSettingsKey);
    else
        settings.setValue(kSettingsKey, code);
}

UiLanguage::Choice UiLanguage::choose(const QString &commandLine, const std::optional<std::string> &policy,
                                      const std::string &policyOrigin)
{
    if (policy && isKnown(QString::fromStdString(*policy)))
        return {QString::fromStdString(*policy), Source::Policy, QString::fromStdString(policyOrigin)};
    if (isKnown(commandLine))
        return {commandLine, Source::CommandLine, {}};
    if (const QString saved = savedCode(); !saved.isEmpty())
        return {saved, Source::Setting, {}};
    return {bestMatch(QLocale::system().uiLanguages()), Source::System, {}};
}

bool UiLanguage::install(const Choice &choice)
{
    currentChoice() = choice;
    if (choice.code == QLatin1String("en")) {
        replace(appTranslator(), nullptr);
        replace(qtTranslator(), nullptr);
        return true;
    }
    auto app = std::make_unique<QTranslator>();
    const bool loaded = app->load(QStringLiteral(":/i18n/hotpatch-ready_") + choice.code);
    replace(appTranslator(), loaded ? std::move(app) : nullptr);
    // Qt's own strings (QWizard's Back/Next, QMessageBox's Close, file dialogs) where Qt's translations are installed.
    auto qt = std::make_unique<QTranslator>();
    const bool qtLoaded =
        qt->load(QStringLiteral("qtbase_") + choice.code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    replace(qtTranslator(), qtLoaded ? std::move(qt) : nullptr);
    if (!loaded)
        currentChoice().code = QStringLiteral("en");
    return loaded;
}

const UiLanguage::Choice &UiLanguage::current()
{
    return currentChoice();
}
