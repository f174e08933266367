#include "text.h"

#include <algorithm>

namespace hpr {

std::string Text::substitute(const std::string &templ, const std::vector<std::string> &args)
{
    std::string out;
    out.reserve(templ.size());
    for (std::size_t i = 0; i < templ.size(); ++i) {
        const char c = templ[i];
        if (c == '%' && i + 1 < templ.size() && templ[i + 1] >= '1' && templ[i + 1] <= '9') {
            const std::size_t n = std::size_t(templ[i + 1] - '1');
            if (n < args.size()) {
                out += args[n];
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

int Text::placeholders(const std::string &templ)
{
    int highest = 0;
    for (std::size_t i = 0; i + 1 < templ.size(); ++i)
        if (templ[i] == '%' && templ[i + 1] >= '1' && templ[i + 1] <= '9')
            highest = std::max(highest, templ[i + 1] - '0');
    return highest;
}

std::string Text::str() const
{
    if (literal)
        return source;
    std::vector<std::string> rendered;
    rendered.reserve(args.size());
    for (const auto &a : args)
        rendered.push_back(a.str());
    return substitute(source, rendered);
}

Text sentences(Text first, Text second)
{
    //: Two sentences one after the other (Japanese: without the space).
    return Text(QT_TRANSLATE_NOOP("hpr::engine", "%1 %2"), {std::move(first), std::move(second)});
}

Text listOf(const std::vector<Text> &items)
{
    Text list;
    for (const auto &x : items)
        //: A list of items: %1 the items so far, %2 the next one.
        list = list.empty() ? x : Text(QT_TRANSLATE_NOOP("hpr::engine", "%1, %2"), {list, x});
    return list;
}

} // namespace hpr
