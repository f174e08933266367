#include "safexml.h"

#include "codepage.h"

#include <charconv>

namespace hpr {

namespace {

constexpr int kMaxDepth = 64;

class Reader
{
public:
    Reader(const std::string &s, const std::string &file)
        : m_s(s)
        , m_file(file)
    {
    }

    Expected<XmlElement> document()
    {
        if (!skipMisc())
            return m_error;
        if (atEnd() || m_s[m_pos] != '<')
            return fail("no root element (expected '<')");
        XmlElement root;
        if (!element(root, 0))
            return m_error;
        if (!skipMisc())
            return m_error;
        if (!atEnd())
            return fail("text after the root element");
        return root;
    }

private:
    bool atEnd() const { return m_pos >= m_s.size(); }
    bool startsWith(const char *p) const { return m_s.compare(m_pos, std::char_traits<char>::length(p), p) == 0; }
    void advance(std::size_t n)
    {
        for (std::size_t i = 0; i < n && m_pos < m_s.size(); ++i, ++m_pos)
            if (m_s[m_pos] == '\n')
                ++m_line;
    }
    Error fail(const std::string &what)
    {
        m_error = makeError(ErrorCode::BadInput, m_file + ":" + std::to_string(m_line) + ": XML: " + what);
        return m_error;
    }
    bool failed(const std::string &what)
    {
        fail(what);
        return false;
    }
    bool skipUntil(const char *end)
    {
        const auto at = m_s.find(end, m_pos);
        if (at == std::string::npos)
            return failed(std::string("unterminated construct (no '") + end + "')");
        advance(at - m_pos + std::char_traits<char>::length(end));
        return true;
    }
    void skipSpace()
    {
        while (!atEnd() && (m_s[m_pos] == ' ' || m_s[m_pos] == '\t' || m_s[m_pos] == '\r' || m_s[m_pos] == '\n'))
            advance(1);
    }
    /// At a comment or processing instruction: skips it (1); at another "<!" (DOCTYPE, ENTITY): refuses it (-1);
    /// elsewhere: 0.
    int skipMarkup()
    {
        if (startsWith("<?"))
            return skipUntil("?>") ? 1 : -1;
        if (startsWith("<!--"))
            return skipUntil("-->") ? 1 : -1;
        if (startsWith("<!")) {
            fail("DOCTYPE and entity declarations are refused (an .nfo file has none; this reader never loads "
                 "external entities)");
            return -1;
        }
        return 0;
    }
    /// Prolog and epilog: whitespace, comments, processing instructions.
    bool skipMisc()
    {
        for (;;) {
            skipSpace();
            const int r = skipMarkup();
            if (r <= 0)
                return r == 0;
        }
    }
    static bool nameChar(char c)
    {
        return !(c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '/' || c == '>' || c == '=' || c == '<' ||
                 c == '"' || c == '\'' || c == '&');
    }
    bool name(std::string &out)
    {
        const std::size_t start = m_pos;
        while (!atEnd() && nameChar(m_s[m_pos]))
            advance(1);
        out = m_s.substr(start, m_pos - start);
        if (out.empty())
            return failed("an element name was expected");
        return true;
    }
    bool entity(std::string &out)
    {
        const auto semi = m_s.find(';', m_pos);
        if (semi == std::string::npos || semi - m_pos > 12)
            return failed("a '&' that does not start an entity reference");
        const std::string ref = m_s.substr(m_pos + 1, semi - m_pos - 1);
        static const std::pair<const char *, const char *> predefined[] = {
            {"lt", "<"}, {"gt", ">"}, {"amp", "&"}, {"quot", "\""}, {"apos", "'"}};
        for (const auto &[n, v] : predefined) {
            if (ref == n) {
                out += v;
                advance(semi - m_pos + 1);
                return true;
            }
        }
        if (ref.size() >= 2 && ref[0] == '#') {
            const bool hex = ref[1] == 'x' || ref[1] == 'X';
            const char *b = ref.data() + (hex ? 2 : 1);
            const char *e = ref.data() + ref.size();
            unsigned long cp = 0;
            const auto [p, ec] = std::from_chars(b, e, cp, hex ? 16 : 10);
            if (ec != std::errc() || p != e || b == e || cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp < 0xE000))
                return failed("a bad character reference &" + ref + ";");
            appendUtf8(out, char32_t(cp));
            advance(semi - m_pos + 1);
            return true;
        }
        return failed("the entity reference &" + ref +
                      "; is refused (only the five predefined XML entities and character references are read)");
    }
    bool attributes()
    {
        for (;;) {
            skipSpace();
            if (atEnd())
                return failed("unterminated start tag");
            if (m_s[m_pos] == '>' || startsWith("/>"))
                return true;
            std::string attr;
            if (!name(attr))
                return false;
            skipSpace();
            if (atEnd() || m_s[m_pos] != '=')
                return failed("attribute " + attr + " has no value");
            advance(1);
            skipSpace();
            if (atEnd() || (m_s[m_pos] != '"' && m_s[m_pos] != '\''))
                return failed("attribute " + attr + " value is not quoted");
            const char q = m_s[m_pos];
            const auto end = m_s.find(q, m_pos + 1);
            if (end == std::string::npos)
                return failed("unterminated attribute value");
            advance(end - m_pos + 1);
        }
    }
    bool element(XmlElement &el, int depth)
    {
        if (depth >= kMaxDepth)
            return failed("elements nested deeper than 64 levels");
        el.line = m_line;
        advance(1); // '<'
        if (!name(el.name) || !attributes())
            return false;
        if (startsWith("/>")) {
            advance(2);
            return true;
        }
        advance(1); // '>'
        for (;;) {
            if (atEnd())
                return failed("the element <" + el.name + "> (line " + std::to_string(el.line) +
                              ") is not closed: the file is cut off");
            const char c = m_s[m_pos];
            if (c == '&') {
                if (!entity(el.text))
                    return false;
            } else if (c != '<') {
                el.text += c;
                advance(1);
            } else if (startsWith("<![CDATA[")) {
                const auto end = m_s.find("]]>", m_pos + 9);
                if (end == std::string::npos)
                    return failed("unterminated CDATA section");
                el.text += m_s.substr(m_pos + 9, end - m_pos - 9);
                advance(end + 3 - m_pos);
            } else if (const int r = skipMarkup(); r != 0) {
                if (r < 0)
                    return false;
            } else if (startsWith("</")) {
                advance(2);
                std::string closing;
                if (!name(closing))
                    return false;
                if (closing != el.name)
                    return failed("</" + closing + "> closes <" + el.name + "> (line " + std::to_string(el.line) + ")");
                skipSpace();
                if (atEnd() || m_s[m_pos] != '>')
                    return failed("unterminated end tag");
                advance(1);
                return true;
            } else {
                el.children.emplace_back();
                if (!element(el.children.back(), depth + 1))
                    return false;
            }
        }
    }

    const std::string &m_s;
    const std::string &m_file;
    std::size_t m_pos = 0;
    std::size_t m_line = 1;
    Error m_error;
};

} // namespace

Expected<XmlElement> parseSafeXml(const std::string &utf8, const std::string &fileName)
{
    return Reader(utf8, fileName).document();
}

} // namespace hpr
