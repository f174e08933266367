#pragma once
// The wizard's language (docs/translations.md): English plus the shipped translations. Chosen once at start, in
// this order: the admin policy value Language, --language, the choice saved on the start page, the system's.
// A change on the start page takes effect at the next start (the pages are built once, in their language).

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>
#include <string>

class UiLanguage
{
    Q_DECLARE_TR_FUNCTIONS(UiLanguage)

public:
    enum class Source { System, Setting, CommandLine, Policy };
    struct Choice
    {
        QString code = QStringLiteral("en"); ///< "en", "de", "fr", "es", "ja", "pt_BR"
        Source source = Source::System;
        QString origin; ///< Policy: where the value was set (the registry value or the policy file)
    };

    /// English first, then the translations shipped in the binary.
    static const QStringList &codes();
    static bool isKnown(const QString &code) { return codes().contains(code); }
    /// The language's own name ("Deutsch", "日本語"), the same in every language.
    static QString nativeName(const QString &code);
    /// The best shipped language for a list of BCP 47 names (QLocale::uiLanguages()); "en" when none fits.
    static QString bestMatch(const QStringList &uiLanguages);
    /// The choice saved on the start page ("" follows the system).
    static QString savedCode();
    static void save(const QString &code);
    /// Decides the language; commandLine and policy are empty when not given (both are validated by the caller).
    static Choice choose(const QString &commandLine, const std::optional<std::string> &policy,
                         const std::string &policyOrigin);
    /// Installs the app's translation and Qt's own (standard buttons) for the code, replacing earlier ones, and
    /// makes it current(). Returns false when the app's translation is missing (English stays).
    static bool install(const Choice &choice);
    /// The language in use (English until install()).
    static const Choice &current();
};
