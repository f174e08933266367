// The verdict rules: blocked outranks undetermined; fixable-here failures make ready_after_fixes.
#include "engine/assessment.h"
#include "factsfixture.h"

#include <catch2/catch.hpp>

using namespace hpr;
using namespace hpr::test;

namespace {

CheckResult check(const char *id, CheckStatus s, BlockerCategory b = BlockerCategory::None)
{
    CheckResult c;
    c.id = id;
    c.status = s;
    c.blocker = b;
    return c;
}

} // namespace

TEST_CASE("verdict rules", "[verdict]")
{
    std::vector<Blocker> blockers;
    CHECK(decideVerdict({check("A", CheckStatus::Pass), check("B", CheckStatus::Warn)}, &blockers) == Verdict::Ready);
    CHECK(decideVerdict({check("A", CheckStatus::Pass), check("B", CheckStatus::Fail)}, nullptr) ==
          Verdict::ReadyAfterFixes);
    CHECK(decideVerdict({check("A", CheckStatus::Unknown), check("B", CheckStatus::Fail)}, nullptr) ==
          Verdict::Undetermined);
    CHECK(decideVerdict({check("A", CheckStatus::NotApplicable)}, nullptr) == Verdict::Ready);
    blockers.clear();
    CHECK(decideVerdict({check("A", CheckStatus::Unknown), check("B", CheckStatus::Fail, BlockerCategory::Hardware),
                         check("C", CheckStatus::Fail, BlockerCategory::Edition)},
                        &blockers) == Verdict::Blocked);
    REQUIRE(blockers.size() == 2);
    CHECK(blockers[0].check == "B");
    CHECK(blockers[0].category == BlockerCategory::Hardware);
    CHECK(blockers[1].category == BlockerCategory::Edition);
}

TEST_CASE("a not-capable fact outranks an unknown one", "[verdict]")
{
    auto f = readyFacts();
    f.tpmPresent = Fact<bool>::unknown(UnknownReason::TimedOut, "TBS did not answer");
    f.osEditionId = k<std::string>("Core");
    const auto a = assess(f, AssessOptions{kCompleteTableDate, nullptr});
    CHECK(a.verdict == Verdict::Blocked);
    CHECK(a.check("HP-TPM")->status == CheckStatus::Unknown);
}

TEST_CASE("next steps are numbered actions, blockers first", "[verdict]")
{
    auto f = readyFacts();
    f.osArch = k<std::string>("arm64");
    f.firmwareVirtualizationEnabled = k(false);
    f.vbsStatus = k<std::string>("enabled_not_running");
    const auto a = assess(f, AssessOptions{kCompleteTableDate, nullptr});
    REQUIRE(a.verdict == Verdict::Blocked);
    REQUIRE(a.nextSteps.size() >= 2);
    CHECK(a.nextSteps.front().rfind("HP-VIRT-FIRMWARE", 0) == 0);
    bool chpe = false;
    for (const auto &s : a.nextSteps)
        chpe = chpe || s.rfind("HP-CHPE", 0) == 0;
    CHECK(chpe);
}
