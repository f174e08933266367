// The HTML report: self-contained, every check with its evidence, hostile strings escaped, the before/after table.

#include "engine/assessment.h"
#include "engine/htmlreport.h"
#include "factsfixture.h"

#include <catch2/catch.hpp>
#include <regex>

using namespace hpr;

namespace {

std::size_t count(const std::string &text, const std::string &what)
{
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size()))
        ++n;
    return n;
}

} // namespace

TEST_CASE("html: escapes &, <, >, quotes and apostrophes", "[html]")
{
    CHECK(htmlEscape("<script>alert('x & \"y\"')</script>") ==
          "&lt;script&gt;alert(&#39;x &amp; &quot;y&quot;&#39;)&lt;/script&gt;");
    CHECK(htmlEscape("plain text, äöü") == "plain text, äöü");
    CHECK(htmlEscape("") == "");
}

TEST_CASE("html: hostile strings from the device are shown as text, never as markup", "[html]")
{
    DeviceFacts facts = test::readyFacts();
    const std::string hostile = "<script>alert(1)</script><img src=x onerror=\"fetch('http://evil')\">";
    facts.hostname = test::k<std::string>("PC<b>01</b>&\"'");
    facts.model = test::k<std::string>(hostile);
    facts.serial = test::k<std::string>("</td></tr></table><iframe src=//evil>");
    Assessment a = assess(facts, AssessOptions{"2026-11-25", nullptr});
    REQUIRE_FALSE(a.checks.empty());
    a.checks.front().summary = hostile;
    a.checks.front().evidence.push_back({"os.edition_id", hostile, "HKLM\\<evil>"});
    a.nextSteps.push_back(hostile);
    ReportContext context = test::fixedReportContext();
    context.deviceSpec = "evidence:<dir>";

    const std::string html = reportToHtml(a, context);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("<iframe") == std::string::npos);
    CHECK(html.find("<b>01") == std::string::npos);
    CHECK(html.find("onerror=\"") == std::string::npos);
    CHECK(html.find("PC&lt;b&gt;01&lt;/b&gt;&amp;&quot;&#39;") != std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    CHECK(html.find("evidence:&lt;dir&gt;") != std::string::npos);
    CHECK(html.find("HKLM\\&lt;evil&gt;") != std::string::npos);
    // The structure survived: exactly one table of checks, closed once.
    CHECK(count(html, "<table class=\"checks\">") == 1);
    CHECK(count(html, "</html>") == 1);
}

TEST_CASE("html: self-contained and printable, every check with its evidence", "[html]")
{
    DeviceFacts facts = test::readyFacts();
    facts.vbsStatus = test::k<std::string>("off");
    const Assessment a = assess(facts, AssessOptions{"2026-11-25", nullptr});
    const std::string html = reportToHtml(a, test::fixedReportContext());

    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(html.find("<meta charset=\"utf-8\">") != std::string::npos);
    CHECK(html.find("@media print") != std::string::npos);
    // Nothing is fetched: no script, no linked style sheet, no image, no URL in the style.
    for (const char *external : {"<script", "<link", "<img", "<iframe", "url(", "@import", "src=", "href=\"http"}) {
        INFO(external);
        CHECK(html.find(external) == std::string::npos);
    }
    for (const std::string &id : checkCatalogue()) {
        INFO(id);
        CHECK(html.find("<tr id=\"" + id + "\">") != std::string::npos);
    }
    for (const CheckResult &c : a.checks)
        for (const EvidenceItem &e : c.evidence) {
            INFO(c.id << " " << e.factId);
            CHECK(html.find("<code>" + htmlEscape(e.factId) + "</code>") != std::string::npos);
        }
    // Identity, tool version, release-table date, verdict, the VBS diagnosis, next steps.
    CHECK(html.find("PC-01") != std::string::npos);
    CHECK(html.find("HP EliteBook 840 G10") != std::string::npos);
    CHECK(html.find("5CG0001") != std::string::npos);
    CHECK(html.find("Hotpatch Ready 9.8.7") != std::string::npos);
    CHECK(html.find("release table dated " + a.tableDate) != std::string::npos);
    REQUIRE_FALSE(a.vbsCauses.empty());
    CHECK(html.find("Why VBS is not running") != std::string::npos);
    CHECK(html.find(htmlEscape(a.vbsCauses.front().text)) != std::string::npos);
    CHECK(html.find(std::string("Verdict: ") + verdictHeadline(a.verdict)) != std::string::npos);
    REQUIRE_FALSE(a.nextSteps.empty());
    CHECK(html.find(htmlEscape(a.nextSteps.front())) != std::string::npos);
    CHECK(html.find("cannot be verified on the device") != std::string::npos);
    CHECK(html.find("id=\"verification\"") == std::string::npos); // no before/after without a verification
    // Every status has a word and a symbol, not a colour alone.
    const std::regex statusCell(R"(<td class="status s-[a-z]+">[^<]+ (PASS|WARN|FAIL|UNKNOWN|N/A)</td>)");
    CHECK(std::distance(std::sregex_iterator(html.begin(), html.end(), statusCell), std::sregex_iterator()) ==
          std::ptrdiff_t(a.checks.size()));
}

TEST_CASE("html: the verification adds the msinfo32 before/after table and each change", "[html]")
{
    const Assessment a = assess(test::readyFacts(), AssessOptions{"2026-11-25", nullptr});
    HtmlVerification v;
    v.verdictBefore = Verdict::ReadyAfterFixes;
    v.ready = true;
    v.msinfoBefore = {{"Virtualization-based security", "Not enabled"}, {"BIOS Mode", "UEFI"}};
    v.msinfoAfter = {{"Virtualization-based security", "Running"}, {"BIOS Mode", "UEFI"}, {"New <item>", ""}};
    v.changes = {{"SYSTEM\\CurrentControlSet\\Control\\DeviceGuard", "EnableVirtualizationBasedSecurity", "REG_DWORD 1",
                  "Virtualization-based security: Running", true}};
    const std::string html = reportToHtml(a, test::fixedReportContext(), &v);
    CHECK(html.find("id=\"verification\"") != std::string::npos);
    CHECK(html.find("<tr><td>Virtualization-based security</td><td>Not enabled</td><td>Running</td>"
                    "<td><strong>changed</strong></td></tr>") != std::string::npos);
    CHECK(html.find("<tr><td>BIOS Mode</td><td>UEFI</td><td>UEFI</td><td>unchanged</td></tr>") != std::string::npos);
    CHECK(html.find("<tr><td>New &lt;item&gt;</td><td>(not recorded)</td><td>(empty)</td>") != std::string::npos);
    CHECK(html.find("Took effect") != std::string::npos);
    CHECK(html.find("EnableVirtualizationBasedSecurity") != std::string::npos);
    CHECK(html.find("READY AFTER FIXES") != std::string::npos); // the verdict before
}
