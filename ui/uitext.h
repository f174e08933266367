#pragma once
// Words and icons for engine values, and the one place where engine errors become text for people.

#include "engine/assessment.h"
#include "engine/expected.h"
#include "engine/regvalue.h"
#include "engine/text.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>
#include <QStringList>
#include <optional>
#include <string>
#include <vector>

class QWidget;

class UiText
{
    Q_DECLARE_TR_FUNCTIONS(UiText)

public:
    /// Engine text (UTF-8) for Qt.
    static QString fromUtf8(const std::string &text) { return QString::fromStdString(text); }
    /// Qt text for the engine (UTF-8).
    static std::string toUtf8(const QString &text) { return text.toStdString(); }

    static QString statusWord(hpr::CheckStatus status);
    /// A standard icon of the widget's style, so a status is never told by colour alone.
    static QIcon statusIcon(hpr::CheckStatus status, const QWidget *widget);
    static QString verdictHeadline(hpr::Verdict verdict);
    static QIcon verdictIcon(hpr::Verdict verdict, const QWidget *widget);
    static QString fixWhere(hpr::FixWhere where);
    static QString blockerCategory(hpr::BlockerCategory category);
    /// "absent" or "REG_DWORD 1".
    static QString regValue(const std::optional<hpr::RegValue> &value);
    /// Every error shown in the wizard goes through here, so they are all worded alike.
    static QString error(const hpr::Error &error);
    /// Escaped for rich text.
    static QString html(const std::string &text) { return fromUtf8(text).toHtmlEscaped(); }

    /// Engine text in the wizard's language: the template translated in the context "hpr::engine"
    /// (docs/translations.md), then each argument (a value as it is, a nested Text translated) in place of its
    /// %1..%9. A template without a translation stays English, like its English field.
    static QString engine(const hpr::Text &text);
    /// The same, escaped for rich text.
    static QString engineHtml(const hpr::Text &text) { return engine(text).toHtmlEscaped(); }
    /// A list of engine texts; where the Texts are missing (fewer than the English strings), the English strings.
    static QStringList engine(const std::vector<hpr::Text> &texts, const std::vector<std::string> &english);
};
