// The engine's translatable text (app/engine/text.h, docs/translations.md): next to every English string the
// wizard shows, a Text whose English rendering is that string, byte for byte, and whose placeholders match its
// arguments. Every shipped profile: the checks, the VBS diagnosis, the next steps, the plan (with the options that
// add warnings) and, for the fixable ones, the verification after the restart and without it. Also what the wizard
// shows around them: the device line, the release table's baseline explanation, the cycle status and the Secure Boot
// update's refusals.
#include "engine/assessment.h"
#include "engine/plan.h"
#include "engine/releasetable.h"
#include "engine/text.h"
#include "platform/evidencedevice.h"
#include "platform/remediation.h"
#include "platform/securebootupdate.h"
#include "platform/sim/profilecatalog.h"
#include "platform/sim/simdevice.h"
#include "testsupport.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <set>

using namespace hpr;

namespace {

const char *kAsOf = "2026-11-25";

Assessment assessSim(const std::string &profile)
{
    auto d = test::openSim(profile, "");
    auto facts = d->probe();
    REQUIRE(facts);
    return assess(*facts, AssessOptions{kAsOf, nullptr});
}

/// Every template's highest placeholder equals its argument count, all the way down. Returns the templates seen.
int checkPlaceholders(const Text &t, const std::string &where)
{
    if (t.literal)
        return 0;
    INFO(where << ": \"" << t.source << "\"");
    CHECK(Text::placeholders(t.source) == int(t.args.size()));
    int templates = 1;
    for (const auto &a : t.args)
        templates += checkPlaceholders(a, where);
    return templates;
}

/// The Text beside an English field: same rendering, placeholders matching.
int same(const Text &t, const std::string &english, const std::string &where)
{
    INFO(where);
    CHECK(t.str() == english);
    return checkPlaceholders(t, where);
}

int sameList(const std::vector<Text> &texts, const std::vector<std::string> &english, const std::string &where)
{
    INFO(where);
    REQUIRE(texts.size() == english.size());
    int templates = 0;
    for (std::size_t i = 0; i < texts.size(); ++i)
        templates += same(texts[i], english[i], where + "[" + std::to_string(i) + "]");
    return templates;
}

int checkAssessment(const Assessment &a, const std::string &profile)
{
    int templates = 0;
    for (const auto &c : a.checks) {
        const std::string at = profile + " " + c.id;
        templates += same(c.titleText, c.title, at + " title");
        templates += same(c.summaryText, c.summary, at + " summary");
        templates += same(c.explanationText, c.explanation, at + " explanation");
        templates += same(c.fixActionText, c.fixAction, at + " fixAction");
        {
            INFO(at);
            CHECK_FALSE(c.titleText.literal);
            CHECK_FALSE(c.summaryText.literal);
        }
    }
    for (const auto &v : a.vbsCauses) {
        templates += same(v.causeText, v.text, profile + " cause " + v.code);
        CHECK_FALSE(v.causeText.literal);
    }
    templates += sameList(a.nextStepTexts, a.nextSteps, profile + " nextSteps");
    return templates;
}

int checkPlan(const Plan &p, const std::string &where)
{
    int templates = same(p.methodReasonText, p.methodReason, where + " methodReason");
    for (const auto &c : p.changes)
        templates += same(c.reasonText, c.reason, where + " change " + c.name);
    templates += sameList(p.warningTexts, p.warnings, where + " warnings");
    templates += sameList(p.restartReasonTexts, p.restartReasons, where + " restartReasons");
    for (const auto &m : p.manualSteps)
        templates += same(m.stepText, m.text, where + " manual step " + m.checkId);
    return templates;
}

} // namespace

TEST_CASE("engine text: a template renders its arguments in one pass", "[enginetext]")
{
    CHECK(Text::substitute("Build %1 is below %2", {"26100.1000", "26100.2033"}) ==
          "Build 26100.1000 is below 26100.2033");
    CHECK(Text::substitute("%2 before %1", {"a", "b"}) == "b before a");
    // An argument's own "%1" is not replaced again; a '%' that is no placeholder stays.
    CHECK(Text::substitute("%1 and %2", {"100%1", "x"}) == "100%1 and x");
    CHECK(Text::substitute("%SystemRoot%\\SyChpe32 %1", {"y"}) == "%SystemRoot%\\SyChpe32 y");
    CHECK(Text::substitute("%1 %3", {"a"}) == "a %3"); // a missing argument leaves its placeholder
    CHECK(Text::placeholders("none") == 0);
    CHECK(Text::placeholders("%1 %2, %SystemRoot%") == 2);

    const Text nested(QT_TRANSLATE_NOOP("hpr::engine", "%1 could not be read (%2)."),
                      {Text(QT_TRANSLATE_NOOP("hpr::engine", "The build number")), std::string("not_elevated")});
    CHECK(nested.str() == "The build number could not be read (not_elevated).");
    CHECK(Text(std::string("%1 as a value")).str() == "%1 as a value");
    CHECK(sentences(Text("A."), Text("B.")).str() == "A. B.");
}

TEST_CASE("engine text: every shipped profile's checks, diagnosis, next steps and plan render as the English fields",
          "[enginetext]")
{
    const auto profiles = shippedProfiles();
    REQUIRE(profiles.size() >= 18);
    int templates = 0;
    for (const auto &p : profiles) {
        const Assessment a = assessSim(p.name);
        templates += checkAssessment(a, p.name);
        for (const bool extras : {false, true}) {
            PlanOptions o;
            o.requireDma = extras;
            o.memoryIntegrity = extras;
            auto plan = makePlan(a, o);
            REQUIRE(plan);
            templates += checkPlan(*plan, p.name + (extras ? " (DMA, memory integrity)" : ""));
        }
        PlanOptions local;
        local.method = FixMethod::LocalPolicy;
        if (auto plan = makePlan(a, local)) // refused where a domain GPO or MDM governs the policy key
            templates += checkPlan(*plan, p.name + " (local policy)");
    }
    // Not vacuous: thousands of templates across the profiles (each check has at least a title and a summary).
    CHECK(templates > 2000);
}

TEST_CASE("engine text: the verification's explanations render as the English fields, in effect or not", "[enginetext]")
{
    CycleOptions options;
    options.assess.asOf = kAsOf;
    int verified = 0;
    for (const auto &p : shippedProfiles()) {
        const Assessment a = assessSim(p.name);
        if (a.verdict != Verdict::ReadyAfterFixes || a.facts.processElevated.is(false))
            continue;
        for (const bool restart : {true, false}) {
            SECTION(p.name + (restart ? " after the restart" : " without a restart"))
            {
                test::TempDir dir;
                {
                    auto d = test::openSim(p.name, dir.path());
                    Remediation r(*d, dir.path());
                    REQUIRE(r.apply(options));
                }
                if (restart) {
                    auto d = test::openSim(p.name, dir.path());
                    REQUIRE(d->restart());
                }
                auto d = test::openSim(p.name, dir.path());
                Remediation r(*d, dir.path());
                auto v = r.verify(options.assess);
                REQUIRE(v);
                for (const auto &c : v->changes)
                    same(c.explanationText, c.explanation, p.name + " verification " + c.name);
                checkAssessment(v->after, p.name + " after");
                ++verified;
            }
        }
    }
    CHECK(verified > 0);
}

TEST_CASE("engine text: the device line, for a simulated device and for evidence files", "[enginetext]")
{
    for (const auto &p : shippedProfiles()) {
        auto d = test::openSim(p.name, "");
        const Text t = d->descriptionText();
        CHECK_FALSE(t.literal);
        same(t, "Simulated device " + d->machine().profile().hostname + " (profile " + p.name + ")",
             p.name + " description");
    }
    // Evidence: the first line, then one indented line per file read (and per disagreement), each translatable.
    const std::string folder = test::testDataDir() + "/evidence";
    auto e = openEvidenceDevice("evidence:" + folder, folder);
    REQUIRE(e);
    const Text t = (*e)->descriptionText();
    const std::string english = (*e)->description();
    INFO(english);
    CHECK(english.rfind("Evidence files: ", 0) == 0);
    const int templates = checkPlaceholders(t, "evidence description");
    // One template for the first line, three per further line (the indenting joiner, "read %1" or "disagreement: %1",
    // and what was read or where files disagree).
    const auto lines = std::count(english.begin(), english.end(), '\n');
    CHECK(lines >= 4 + 3); // four files, three disagreements (tests/data/evidence mixes two devices' files)
    CHECK(templates == 1 + 3 * int(lines));
    CHECK(t.str() == english);
}

TEST_CASE("engine text: the baseline explanation, with the planned baselines the table does not list", "[enginetext]")
{
    const ReleaseTable &table = ReleaseTable::embedded();
    int stale = 0;
    // Months after the table's newest row: the planned baseline months it cannot know are named ("January 2027").
    for (const char *asOf : {"2026-11-25", "2027-02-15", "2027-08-01"}) {
        for (const char *profile : {"x64-enterprise-24h2-ready", "x64-behind-baseline", "x64-win10-22h2"}) {
            auto d = test::openSim(profile, "");
            auto facts = d->probe();
            REQUIRE(facts);
            const Assessment a = assess(*facts, AssessOptions{asOf, &table});
            const CheckResult *c = a.check("HP-BASELINE");
            REQUIRE(c != nullptr);
            same(c->explanationText, c->explanation, std::string(profile) + " as of " + asOf);
            const auto pos = positionOf(table, facts->osInstallationType.value(), facts->osBuild.value(),
                                        facts->osUbr.value(), asOf);
            same(pos.explanationText, pos.explanation, std::string(profile) + " position as of " + asOf);
            REQUIRE(pos.missingPlannedBaselineTexts.size() == pos.missingPlannedBaselines.size());
            for (std::size_t i = 0; i < pos.missingPlannedBaselines.size(); ++i) {
                same(pos.missingPlannedBaselineTexts[i], pos.missingPlannedBaselines[i], "missing month");
                CHECK(c->explanation.find(pos.missingPlannedBaselines[i]) != std::string::npos);
                ++stale;
            }
        }
    }
    CHECK(stale > 0);
}

TEST_CASE("engine text: the cycle status in every phase", "[enginetext]")
{
    CycleOptions options;
    options.assess.asOf = kAsOf;
    test::TempDir dir;
    std::set<std::string> phases;
    auto status = [&] {
        auto d = test::openSim("x64-vbs-off", dir.path());
        auto st = Remediation(*d, dir.path()).status();
        REQUIRE(st);
        same(st->translatable, st->text, st->phase);
        CHECK_FALSE(st->translatable.literal);
        phases.insert(st->phase);
    };
    status();
    {
        auto d = test::openSim("x64-vbs-off", dir.path());
        REQUIRE(Remediation(*d, dir.path()).apply(options));
    }
    status();
    {
        auto d = test::openSim("x64-vbs-off", dir.path());
        REQUIRE(Remediation(*d, dir.path())
                    .scheduleRestart(RestartWhen{RestartWhen::InMinutes, 15}, "", false, options.assess,
                                     "hotpatch-ready-cli verify"));
    }
    status();
    {
        auto d = test::openSim("x64-vbs-off", dir.path());
        REQUIRE(d->restart());
        REQUIRE(Remediation(*d, dir.path()).verify(options.assess));
    }
    status();
    {
        auto d = test::openSim("x64-vbs-off", dir.path());
        REQUIRE(Remediation(*d, dir.path()).rollback());
    }
    status();
    CHECK(phases ==
          std::set<std::string>{"not_assessed", "fixes_applied", "restart_scheduled", "verified_ready", "rolled_back"});
}

TEST_CASE("engine text: the Secure Boot update's refusals", "[enginetext]")
{
    std::set<std::string> refusals;
    for (const auto &p : shippedProfiles()) {
        auto d = test::openSim(p.name, "");
        test::TempDir state;
        auto plan = SecureBootUpdate(*d, state.path()).plan(AssessOptions{kAsOf, nullptr});
        REQUIRE(plan);
        same(plan->refusalText, plan->refusal, p.name + " refusal");
        if (!plan->refusal.empty()) {
            CHECK_FALSE(plan->refusalText.literal);
            refusals.insert(plan->refusalText.source);
        }
    }
    // BIOS, Secure Boot off, not elevated, at least.
    CHECK(refusals.size() >= 3);
}
