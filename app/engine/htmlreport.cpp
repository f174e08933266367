#include "htmlreport.h"

#include "msinfo.h"

#include <sstream>

namespace hpr {

namespace {

/// Inline, so the file travels alone; light by default, dark where the viewer asks for it, plain for print.
constexpr const char *kStyle = R"css(
:root { color-scheme: light dark; --fg: #1b1b1b; --bg: #ffffff; --muted: #5a5a5a; --line: #d0d0d0;
        --pass: #1e6b2f; --warn: #8a5a00; --fail: #a4262c; --unknown: #6b2d8a; --head: #f3f3f3; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e8e8e8; --bg: #1e1e1e; --muted: #b0b0b0; --line: #444; --pass: #6ccb7f; --warn: #f0c060;
          --fail: #ff8a8f; --unknown: #d5a6f0; --head: #2a2a2a; }
}
body { font: 14px/1.45 "Segoe UI", system-ui, sans-serif; color: var(--fg); background: var(--bg);
       margin: 2em auto; max-width: 60em; padding: 0 1em; }
h1 { font-size: 1.6em; margin: 0 0 .3em; }
h2 { font-size: 1.2em; margin: 1.6em 0 .5em; border-bottom: 1px solid var(--line); padding-bottom: .2em; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .3em .5em; border-bottom: 1px solid var(--line); }
th { background: var(--head); }
table.identity th { width: 12em; background: none; font-weight: 600; }
.verdict { border: 2px solid currentColor; border-radius: 6px; padding: .6em 1em; margin: 1em 0; }
.verdict strong { font-size: 1.25em; }
.s-pass { color: var(--pass); } .s-warn { color: var(--warn); } .s-fail { color: var(--fail); }
.s-unknown { color: var(--unknown); } .s-na { color: var(--muted); }
.status { font-weight: 700; white-space: nowrap; }
.detail { color: var(--muted); font-size: .93em; }
.detail p { margin: .2em 0; }
.evidence { margin: .2em 0 .2em 1.2em; padding: 0; }
code { font-family: Consolas, "DejaVu Sans Mono", monospace; font-size: .92em; overflow-wrap: anywhere; }
footer { margin-top: 2em; color: var(--muted); font-size: .9em; }
@page { size: A4; margin: 15mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 10.5pt; color: #000; background: #fff; }
  :root { --fg: #000; --bg: #fff; --muted: #333; --line: #999; --head: #eee; }
  tr, .verdict, li { break-inside: avoid; page-break-inside: avoid; }
  h2 { break-after: avoid; page-break-after: avoid; }
}
)css";

const char *statusClass(CheckStatus s)
{
    switch (s) {
    case CheckStatus::Pass: return "s-pass";
    case CheckStatus::Warn: return "s-warn";
    case CheckStatus::Fail: return "s-fail";
    case CheckStatus::Unknown: return "s-unknown";
    case CheckStatus::NotApplicable: return "s-na";
    }
    return "s-unknown";
}

const char *verdictClass(Verdict v)
{
    switch (v) {
    case Verdict::Ready: return "s-pass";
    case Verdict::ReadyAfterFixes: return "s-warn";
    case Verdict::Blocked: return "s-fail";
    case Verdict::Undetermined: return "s-unknown";
    }
    return "s-unknown";
}

/// A symbol as well as the word and the colour: the status is never told by colour alone, also in black and white.
const char *statusSymbol(CheckStatus s)
{
    switch (s) {
    case CheckStatus::Pass: return "&#10003;"; // check mark
    case CheckStatus::Warn: return "&#9888;";  // warning sign
    case CheckStatus::Fail: return "&#10007;"; // ballot x
    case CheckStatus::Unknown: return "?";
    case CheckStatus::NotApplicable: return "&#8211;"; // en dash
    }
    return "?";
}

void identityRow(std::ostringstream &out, const char *label, const std::string &value)
{
    if (!value.empty())
        out << "<tr><th scope=\"row\">" << label << "</th><td>" << htmlEscape(value) << "</td></tr>\n";
}

void evidenceList(std::ostringstream &out, const std::vector<EvidenceItem> &evidence)
{
    if (evidence.empty())
        return;
    out << "<ul class=\"evidence\">";
    for (const EvidenceItem &e : evidence) {
        out << "<li><code>" << htmlEscape(e.factId) << "</code> = " << htmlEscape(e.value);
        if (!e.source.empty())
            out << " <span class=\"detail\">[" << htmlEscape(e.source) << "]</span>";
        out << "</li>";
    }
    out << "</ul>\n";
}

void verificationSection(std::ostringstream &out, const HtmlVerification &v)
{
    out << "<h2 id=\"verification\">Verification after the restart</h2>\n";
    out << "<p>Before the fix the verdict was <strong>" << verdictHeadline(v.verdictBefore)
        << "</strong>; after the restart the device is <strong>" << (v.ready ? "READY" : "NOT READY")
        << "</strong>.</p>\n";
    out << "<table class=\"beforeafter\"><thead><tr><th scope=\"col\">System Summary item (msinfo32)</th>"
           "<th scope=\"col\">Before</th><th scope=\"col\">After</th><th scope=\"col\">Change</th></tr></thead>"
           "<tbody>\n";
    for (const auto &[item, afterValue] : v.msinfoAfter) {
        const MsinfoChange c = msinfoChange(v.msinfoBefore, item, afterValue);
        out << "<tr><td>" << htmlEscape(item) << "</td><td>" << htmlEscape(c.before) << "</td><td>"
            << htmlEscape(c.after) << "</td><td>" << (c.changed() ? "<strong>changed</strong>" : "unchanged")
            << "</td></tr>\n";
    }
    out << "</tbody></table>\n";
    if (v.changes.empty())
        return;
    out << "<h3>Changes made by this tool</h3>\n<ul>";
    for (const auto &c : v.changes)
        out << "<li><strong class=\""
            << (c.tookEffect ? "s-pass\">&#10003; Took effect" : "s-fail\">&#10007; NOT in effect")
            << "</strong>: <code>HKLM\\" << htmlEscape(c.key) << "\\" << htmlEscape(c.name)
            << "</code> = " << htmlEscape(c.actual) << ": " << htmlEscape(c.explanation) << "</li>\n";
    out << "</ul>\n";
}

void secureBootSection(std::ostringstream &out, const secureboot::OptInRecord &r)
{
    out << "<h2 id=\"secureboot-update\">Secure Boot 2023 certificate update (opt-in)</h2>\n";
    out << "<p>" << htmlEscape(secureBootOptInSentence(r))
        << " This update is separate from the hotpatch fix and its restart.</p>\n";
    out << "<table class=\"beforeafter\"><thead><tr><th scope=\"col\">Fact</th><th scope=\"col\">At opt-in</th>"
           "<th scope=\"col\">Now</th><th scope=\"col\">Change</th></tr></thead><tbody>\n";
    for (const auto &[id, before, after] : r.facts)
        out << "<tr><td><code>" << htmlEscape(id) << "</code></td><td>" << htmlEscape(before) << "</td><td>"
            << htmlEscape(after) << "</td><td>" << (before == after ? "unchanged" : "<strong>changed</strong>")
            << "</td></tr>\n";
    out << "</tbody></table>\n";
}

} // namespace

std::string htmlEscape(const std::string &text)
{
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string reportToHtml(const Assessment &a, const ReportContext &context, const HtmlVerification *verification)
{
    const DeviceFacts &f = a.facts;
    const std::string host = hostnameOf(f);
    const std::string generated = context.generatedAt.empty() ? nowIsoUtc() : context.generatedAt;
    std::ostringstream out;
    out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        << "<meta name=\"generator\" content=\"Hotpatch Ready " << htmlEscape(context.toolVersion) << "\">\n"
        << "<title>Hotpatch readiness report: " << htmlEscape(host) << "</title>\n<style>" << kStyle
        << "</style>\n</head>\n<body>\n<main>\n";
    out << "<h1>Hotpatch readiness report</h1>\n<table class=\"identity\">\n";
    identityRow(out, "Device", host);
    identityRow(out, "Hardware", hardwareOf(f));
    identityRow(out, "Serial number", f.serial.isKnown() ? f.serial.value() : std::string());
    identityRow(out, "Device spec", context.deviceSpec);
    identityRow(out, "Windows", windowsOf(f));
    identityRow(out, "Release table", releaseTableOf(a));
    identityRow(out, "Assessed as of", a.asOf.empty() ? "today" : a.asOf);
    identityRow(out, "Generated", generated + " by Hotpatch Ready " + context.toolVersion);
    out << "</table>\n";

    // The verdict after a verification is the verification's: the assessment passed in is the one after it.
    out << "<section class=\"verdict " << verdictClass(a.verdict)
        << "\" id=\"verdict\"><strong>Verdict: " << verdictHeadline(a.verdict) << "</strong> &#8211; "
        << verdictSentence(a.verdict);
    if (!a.blockers.empty()) {
        out << "<ul>";
        for (const Blocker &b : a.blockers) {
            out << "<li>" << htmlEscape(b.check) << " (" << htmlEscape(categoryWords(b.category)) << ")";
            if (const CheckResult *c = a.check(b.check); c && !c->summary.empty())
                out << ": " << htmlEscape(c->summary);
            out << "</li>";
        }
        out << "</ul>";
    }
    out << "</section>\n";

    if (verification)
        verificationSection(out, *verification);
    if (context.secureBootOptIn)
        secureBootSection(out, *context.secureBootOptIn);

    if (!a.vbsCauses.empty()) {
        out << "<h2 id=\"vbs\">Why VBS is not running</h2>\n<ol>\n";
        for (const VbsCause &c : a.vbsCauses) {
            out << "<li>" << htmlEscape(c.text) << " <span class=\"detail\">[" << htmlEscape(c.code) << "]</span>";
            evidenceList(out, c.evidence);
            if (c.fix != FixWhere::None)
                out << "<p class=\"detail\">Fixed in: " << htmlEscape(fixWhereWords(c.fix)) << "</p>";
            out << "</li>\n";
        }
        out << "</ol>\n";
    }

    if (!a.nextSteps.empty()) {
        out << "<h2 id=\"next\">" << (a.verdict == Verdict::Ready ? "Worth knowing" : "Next steps") << "</h2>\n<ol>\n";
        for (const std::string &step : a.nextSteps)
            out << "<li>" << htmlEscape(step) << "</li>\n";
        out << "</ol>\n";
    }

    out << "<h2 id=\"checks\">Checks</h2>\n<table class=\"checks\"><thead><tr><th scope=\"col\">Check</th>"
           "<th scope=\"col\">Status</th><th scope=\"col\">What was found</th></tr></thead><tbody>\n";
    for (const CheckResult &c : a.checks) {
        out << "<tr id=\"" << htmlEscape(c.id) << "\"><td><code>" << htmlEscape(c.id) << "</code><br>"
            << htmlEscape(c.title) << "</td><td class=\"status " << statusClass(c.status) << "\">"
            << statusSymbol(c.status) << ' ' << statusWord(c.status) << "</td><td>" << htmlEscape(c.summary)
            << "<div class=\"detail\">";
        if (c.status != CheckStatus::Pass && c.status != CheckStatus::NotApplicable && !c.explanation.empty())
            out << "<p>" << htmlEscape(c.explanation) << "</p>";
        evidenceList(out, c.evidence);
        if (c.status != CheckStatus::Pass && c.status != CheckStatus::NotApplicable && !c.fixAction.empty()) {
            out << "<p>Fix";
            if (c.fix != FixWhere::None)
                out << " (" << htmlEscape(fixWhereWords(c.fix)) << ")";
            out << ": " << htmlEscape(c.fixAction) << "</p>";
        }
        out << "</div></td></tr>\n";
    }
    out << "</tbody></table>\n</main>\n";
    out << "<footer>Generated " << htmlEscape(generated) << " by Hotpatch Ready " << htmlEscape(context.toolVersion)
        << " with the release table dated " << htmlEscape(a.tableDate.empty() ? "unknown" : a.tableDate)
        << ". The Windows licence cannot be verified on the device; check it in the licence portal. "
           "Items marked [UNCONFIRMED] rest on sources Microsoft has not confirmed.</footer>\n</body>\n</html>\n";
    return out.str();
}

} // namespace hpr
