#pragma once
// An RFC 4180 reader for the tests: quoted fields, doubled quotes, line breaks inside quotes.

#include <string>
#include <vector>

namespace hpr::test {

/// The records of a CSV text (LF or CRLF line ends), each a list of unquoted fields.
inline std::vector<std::vector<std::string>> parseCsv(const std::string &text)
{
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false, pending = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
            continue;
        }
        pending = true;
        if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row.push_back(field);
            field.clear();
        } else if (c == '\n') {
            row.push_back(field);
            rows.push_back(row);
            row.clear();
            field.clear();
            pending = false;
        } else if (c != '\r') {
            field += c;
        }
    }
    if (pending) {
        row.push_back(field);
        rows.push_back(row);
    }
    return rows;
}

} // namespace hpr::test
