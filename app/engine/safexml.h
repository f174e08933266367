#pragma once

#include "expected.h"

#include <string>
#include <vector>

namespace hpr {

/// One XML element: its (possibly localized) name, the line it starts on, its text (CDATA and character data,
/// entities resolved) and its child elements. Attributes are not kept.
struct XmlElement
{
    std::string name;
    std::size_t line = 0;
    std::string text;
    std::vector<XmlElement> children;
};

/// A small, safe XML reader for msinfo32 /nfo files (UTF-8 input): elements, attributes (skipped), text, CDATA,
/// comments, processing instructions, the five predefined entities and numeric character references. It never
/// resolves anything else: a DOCTYPE, an entity declaration or an unknown entity reference is refused with an
/// error naming the file and line, and nothing is ever fetched. Nesting deeper than 64 levels is refused.
Expected<XmlElement> parseSafeXml(const std::string &utf8, const std::string &fileName);

} // namespace hpr
