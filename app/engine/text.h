#pragma once
// Engine text the wizard can translate (docs/translations.md). The engine words everything in English; next to
// each English string it keeps the same text as a Text: the English template (Qt-style %1..%9) and its arguments.
// str() renders the English, which is what the CLI, the reports and the tests see; the wizard translates the
// template with QCoreApplication::translate("hpr::engine", source) and substitutes the arguments itself.
// An argument is either a value (a build, a number, a name, registry data: a std::string, shown as it is) or
// another Text (a translatable sentence or noun phrase). The engine stays Qt-free.

#include <string>
#include <vector>

// lupdate extracts QT_TRANSLATE_NOOP("hpr::engine", "...") from the engine's sources; outside Qt it is the text
// itself (the same definition as qglobal.h's, so including both is harmless).
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, x) x
#endif

namespace hpr {

/// The lupdate context of every engine template.
inline constexpr const char *kTextContext = "hpr::engine";

struct Text
{
    std::string source;     ///< the English template (%1..%9), or the value itself when literal
    std::vector<Text> args; ///< what %1, %2, ... stand for
    bool literal = false;   ///< a value shown as it is, never translated

    Text() = default;
    /// A template: pass a QT_TRANSLATE_NOOP(kTextContext-literal, "...") string so lupdate sees it.
    Text(const char *templ, std::vector<Text> arguments = {})
        : source(templ)
        , args(std::move(arguments))
    {
    }
    /// A value (build, number, name, registry data, or English text that is not translatable yet).
    Text(std::string value)
        : source(std::move(value))
        , literal(true)
    {
    }

    /// The English rendering.
    std::string str() const;
    bool empty() const { return source.empty(); }

    /// Replaces %1..%9 in templ by args[0..8] in one pass (an argument's own "%1" stays as it is); any other
    /// '%' is kept.
    static std::string substitute(const std::string &templ, const std::vector<std::string> &args);
    /// The highest placeholder number in templ (0 when none).
    static int placeholders(const std::string &templ);
};

/// Two whole sentences (or sentence groups) one after the other: "%1 %2" in English.
Text sentences(Text first, Text second);
/// Items of a list: "a, b, c" in English (empty for none).
Text listOf(const std::vector<Text> &items);

} // namespace hpr
