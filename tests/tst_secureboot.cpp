// The Secure Boot 2023 certificate rollover (issue 8): certificate parsing, AvailableUpdates decoding, the
// advisory check on the shipped profiles, the simulated servicing task's progression, and the opt-in update
// (refusals, allowlist, journal, rollback, BitLocker) on simulated devices.
#include "engine/allowlist.h"
#include "engine/durablefile.h"
#include "engine/htmlreport.h"
#include "engine/plan.h"
#include "engine/registrypaths.h"
#include "engine/report.h"
#include "engine/secureboot.h"
#include "factsfixture.h"
#include "platform/securebootupdate.h"
#include "platform/sim/profilecatalog.h"
#include "platform/sim/simdevice.h"
#include "schemavalidator.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace hpr;

namespace {

const char *kAsOf = "2026-11-25";

std::unique_ptr<SimDevice> openSim(const std::string &profile, const std::string &stateDir)
{
    auto d = SimDevice::open("sim:" + profile, profile, DeviceOptions{stateDir});
    REQUIRE(d);
    return std::move(*d);
}

Assessment assessSim(SimDevice &d)
{
    auto facts = d.probe();
    REQUIRE(facts);
    return assess(*facts, AssessOptions{kAsOf, nullptr});
}

OptInt availableUpdates(SimDevice &d)
{
    auto v = d.machine().readValue(reg::kSecureBootControl, reg::kAvailableUpdates);
    return v ? OptInt(v->number) : std::nullopt;
}

std::vector<int> eventIds(const SimDevice &d)
{
    std::vector<int> out;
    for (const auto &e : d.machine().secureBoot().events)
        out.push_back(e.id);
    return out;
}

SecureBootApplyOptions confirmed(int suspend = 0)
{
    SecureBootApplyOptions o;
    o.confirm = true;
    o.suspendBitLockerRestarts = suspend;
    o.assess.asOf = kAsOf;
    return o;
}

} // namespace

TEST_CASE("SHA-1 matches the FIPS 180 test vectors", "[secureboot]")
{
    CHECK(secureboot::sha1Hex({}) == "DA39A3EE5E6B4B0D3255BFEF95601890AFD80709");
    const std::string abc = "abc";
    CHECK(secureboot::sha1Hex({abc.begin(), abc.end()}) == "A9993E364706816ABA3E25717850C26C9CD0D89D");
    const std::string two = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    CHECK(secureboot::sha1Hex({two.begin(), two.end()}) == "84983E441C3BD26EBAAE4AA1F95129E5E54670F1");
}

TEST_CASE("EFI_SIGNATURE_LISTs: X.509 entries are recognised by subject CN; malformed lists name the offset",
          "[secureboot]")
{
    const auto cert = secureboot::syntheticCertificate("Windows UEFI CA 2023");
    CHECK(secureboot::certificateSubjectCn(cert) == "Windows UEFI CA 2023");
    const auto db =
        secureboot::signatureDatabase({cert, secureboot::syntheticCertificate("Microsoft Corporation UEFI CA 2011"),
                                       secureboot::syntheticCertificate("Contoso Platform CA")});
    auto r = secureboot::parseSignatureDatabase(db);
    REQUIRE(r.ok);
    CHECK(r.store.x509Entries == 3);
    CHECK(r.store.recognised == std::vector<std::string>{"windows_uefi_ca_2023", "microsoft_uefi_ca_2011"});
    CHECK(r.store.subjects.back() == "Contoso Platform CA");
    // "Microsoft UEFI CA 2011" is not the real CN of the third-party CA: exact match only (A.1).
    auto wrong = secureboot::parseSignatureDatabase(
        secureboot::signatureDatabase({secureboot::syntheticCertificate("Microsoft UEFI CA 2011")}));
    REQUIRE(wrong.ok);
    CHECK(wrong.store.recognised.empty());

    auto truncated = db;
    truncated.resize(db.size() - 5);
    auto bad = secureboot::parseSignatureDatabase(truncated);
    CHECK_FALSE(bad.ok);
    CHECK(bad.error.find("offset") != std::string::npos);
    CHECK(secureboot::parseSignatureDatabase({}).ok); // an empty db is valid, and holds nothing
}

TEST_CASE("AvailableUpdates is decoded with only the bits Microsoft confirms; the rest stays raw", "[secureboot]")
{
    const auto all = secureboot::decodeAvailableUpdates(0x5944);
    REQUIRE(all.size() == 4);
    CHECK(all[0].rfind("0x0004 ", 0) == 0);
    CHECK(all[1].rfind("0x0040 ", 0) == 0);
    CHECK(all[2].rfind("0x0100 ", 0) == 0);
    CHECK(all[3].rfind("0x5800 ", 0) == 0);
    CHECK(all[3].find("[UNCONFIRMED]") != std::string::npos);
    const auto revocations = secureboot::decodeAvailableUpdates(0x682);
    REQUIRE(revocations.size() == 3);
    CHECK(revocations[0].rfind("0x0080 ", 0) == 0);
    CHECK(revocations[1].rfind("0x0200 ", 0) == 0);
    CHECK(revocations[2].rfind("0x402 ", 0) == 0);
    CHECK(secureboot::decodeAvailableUpdates(0).empty());
}

TEST_CASE("the Secure Boot profiles give the documented facts and the advisory row; the verdict stays ready",
          "[secureboot][profiles]")
{
    struct Expect
    {
        const char *profile;
        CheckStatus status;
        const char *updateStatus;
        bool windowsCa2023, kek2023, bootManager2023;
        OptInt pending;
    };
    const Expect cases[] = {
        {"x64-secureboot-2011-certs", CheckStatus::Warn, "not_started", false, false, false, std::nullopt},
        {"x64-secureboot-update-in-progress", CheckStatus::Warn, "in_progress", true, true, false, 0x4100},
        {"x64-secureboot-updated", CheckStatus::Pass, "updated", true, true, true, 0x4000},
        {"x64-secureboot-update-error", CheckStatus::Warn, "error", false, false, false, 0x5944},
    };
    for (const auto &e : cases) {
        INFO(e.profile);
        auto d = openSim(e.profile, "");
        const Assessment a = assessSim(*d);
        CHECK(a.verdict == Verdict::Ready);
        const auto *c = a.check("HP-SECUREBOOT-CA2023");
        REQUIRE(c);
        CHECK(c->status == e.status);
        CHECK(c->advisory);
        CHECK(c->blocker == BlockerCategory::None);
        CHECK(a.facts.sbUpdateStatus.is(e.updateStatus));
        CHECK(a.facts.sbDbWindowsUefiCa2023.is(e.windowsCa2023));
        CHECK(a.facts.sbKekKek2kCa2023.is(e.kek2023));
        CHECK(a.facts.sbBootManager2023.is(e.bootManager2023));
        CHECK(a.facts.sbAvailableUpdates.is(e.pending));
        CHECK(a.facts.sbDbWindowsUefiCa2023.source().find("UEFI variable db") != std::string::npos);
    }
    auto err = openSim("x64-secureboot-update-error", "");
    const Assessment a = assessSim(*err);
    CHECK(a.facts.sbUpdateError.is(OptInt(0x80004005LL)));
    CHECK(a.check("HP-SECUREBOOT-CA2023")->summary.find("event 1795") != std::string::npos);
}

TEST_CASE("HP-SECUREBOOT-CA2023 never changes the verdict, on every shipped profile and with unknown facts",
          "[secureboot][verdict]")
{
    for (const auto &p : shippedProfiles()) {
        INFO(p.name);
        auto d = openSim(p.name, "");
        const Assessment a = assessSim(*d);
        std::vector<CheckResult> without;
        for (const auto &c : a.checks)
            if (c.id != "HP-SECUREBOOT-CA2023")
                without.push_back(c);
        CHECK(decideVerdict(without, nullptr) == a.verdict);
    }
    DeviceFacts f = test::readyFacts();
    visitFacts(f, [](const char *id, auto &fact) {
        if (std::string(id).rfind("secureboot.", 0) == 0)
            fact = std::decay_t<decltype(fact)>::unknown(UnknownReason::NotElevated, "needs elevation", "test");
    });
    const Assessment a = assess(f, AssessOptions{kAsOf, nullptr});
    CHECK(a.check("HP-SECUREBOOT-CA2023")->status == CheckStatus::Unknown);
    CHECK(a.verdict == Verdict::Ready);
    for (const auto &s : a.nextSteps)
        CHECK(s.rfind("HP-SECUREBOOT-CA2023", 0) != 0);
}

TEST_CASE("the whole opt-in on a simulated device: plan, confirm, three restarts, verified updated",
          "[secureboot][flow]")
{
    test::TempDir state;
    const std::string profile = "x64-secureboot-2011-certs";
    {
        auto d = openSim(profile, state.path());
        SecureBootUpdate u(*d, state.path());
        auto plan = u.plan(AssessOptions{kAsOf, nullptr});
        REQUIRE(plan);
        CHECK(plan->refusal.empty());
        CHECK(plan->nothingToDo.empty());
        CHECK_FALSE(plan->before.has_value());
        CHECK(plan->after == RegValue::dword(0x5944));
        CHECK(plan->bitlocker == "on");
        auto r = u.apply(confirmed(3));
        REQUIRE(r);
        CHECK(r->outcome == "applied");
        CHECK(r->bitlockerSuspended);
        CHECK(availableUpdates(*d) == OptInt(0x5944));
        CHECK(d->machine().bitlockerProtectionNow() == "off");
        // apply again: nothing to do, nothing written
        auto again = u.apply(confirmed());
        REQUIRE(again);
        CHECK(again->outcome == "nothing_to_do");
    }
    // Each restart in a fresh process, as sim-boot does; the servicing task runs after each boot.
    const OptInt expected[] = {0x4100, 0x4000, 0x4000};
    const char *phase[] = {"in_progress", "in_progress", "updated"};
    for (int boot = 0; boot < 3; ++boot) {
        INFO("restart " << boot + 1);
        auto d = openSim(profile, state.path());
        REQUIRE(d->restart());
        CHECK(availableUpdates(*d) == expected[boot]);
        SecureBootUpdate u(*d, state.path());
        auto v = u.verify(AssessOptions{kAsOf, nullptr});
        REQUIRE(v);
        CHECK(v->phase == phase[boot]);
        CHECK(v->optedIn);
    }
    auto d = openSim(profile, state.path());
    CHECK(eventIds(*d) == std::vector<int>{1043, 1800, 1800, 1808});
    CHECK(d->machine().bitlockerProtectionNow() == "on"); // resumed after the three restarts
    const Assessment a = assessSim(*d);
    CHECK(a.check("HP-SECUREBOOT-CA2023")->status == CheckStatus::Pass);
    CHECK(a.facts.sbCapable.is(OptInt(2)));
    CHECK(test::readFile(state.path() + "/sim-" + profile + "/secureboot/verification.json").find("\"updated\"") !=
          std::string::npos);
}

TEST_CASE("without a PK-signed KEK from the maker the KEK step stays pending at 0x4004 with event 1803",
          "[secureboot][flow]")
{
    auto loaded = loadSimProfile(test::profilePath("x64-secureboot-2011-certs"));
    REQUIRE(loaded);
    loaded->oemPkSignedKek = false;
    SimDevice d("sim:no-kek", SimMachine::fromProfile(*loaded));
    REQUIRE(
        d.changeRegistry(reg::kSecureBootControl, reg::kAvailableUpdates, RegValue::dword(0x5944), WriteIntent::Fix));
    for (int i = 0; i < 3; ++i)
        d.machine().boot();
    CHECK(availableUpdates(d) == OptInt(0x4004));
    CHECK(eventIds(d).back() == 1803);
    const Assessment a = assessSim(d);
    CHECK(a.facts.sbBootManager2023.is(true));
    CHECK(a.facts.sbKekKek2kCa2023.is(false));
    CHECK(a.facts.sbUpdateStatus.is("in_progress"));
    CHECK(a.check("HP-SECUREBOOT-CA2023")->fixAction.find("PK-signed KEK") != std::string::npos);
}

TEST_CASE("the firmware that rejects writes keeps failing with 1795 at every restart", "[secureboot][flow]")
{
    auto d = openSim("x64-secureboot-update-error", "");
    d->machine().boot();
    CHECK(availableUpdates(*d) == OptInt(0x5944));
    CHECK(eventIds(*d) == std::vector<int>{1795, 1795});
    CHECK(assessSim(*d).facts.sbUpdateStatus.is("error"));
}

TEST_CASE("the opt-in refuses legacy BIOS, Secure Boot off, unknown BitLocker and a missing confirmation, "
          "changing nothing",
          "[secureboot][refusal]")
{
    struct Case
    {
        const char *profile;
        bool confirm;
        const char *outcome, *mentions;
    };
    const Case cases[] = {
        {"x64-legacy-bios", true, "refused", "legacy BIOS"},
        {"x64-secureboot-off-rpsf1", true, "refused", "Secure Boot is off"},
        {"x64-not-elevated", true, "refused", "administrator"},
        {"x64-secureboot-2011-certs", false, "needs_confirmation", ""},
    };
    for (const auto &c : cases) {
        INFO(c.profile);
        test::TempDir state;
        auto d = openSim(c.profile, state.path());
        const auto before = d->machine().toStateJson().at("registry");
        SecureBootUpdate u(*d, state.path());
        SecureBootApplyOptions o = confirmed(2);
        o.confirm = c.confirm;
        auto r = u.apply(o);
        REQUIRE(r);
        CHECK(r->outcome == c.outcome);
        CHECK(r->plan.refusal.find(c.mentions) != std::string::npos);
        CHECK(r->written.empty());
        CHECK_FALSE(r->bitlockerSuspended);
        CHECK(d->machine().toStateJson().at("registry") == before);
        CHECK_FALSE(availableUpdates(*d));
    }
}

TEST_CASE("the opt-in goes through the allowlist and the journal; rollback restores the exact prior value",
          "[secureboot][allowlist]")
{
    CHECK(checkAllowed(reg::kSecureBootControl, reg::kAvailableUpdates, RegValue::dword(0x5944), WriteIntent::Fix));
    CHECK(checkAllowed(reg::kSecureBootControl, reg::kAvailableUpdates, RegValue::dword(0x682), WriteIntent::Fix)
              .error()
              .code == ErrorCode::AccessDenied); // revocations are never written
    CHECK(checkAllowed(reg::kSecureBootControl, "HighConfidenceOptOut", RegValue::dword(1), WriteIntent::Fix)
              .error()
              .code == ErrorCode::AccessDenied);
    CHECK(checkAllowed(reg::kSecureBootServicing, reg::kAvailableUpdates, RegValue::dword(0x5944), WriteIntent::Fix)
              .error()
              .code == ErrorCode::AccessDenied);

    // The hotpatch plan never contains it, even on a device that misses the 2023 certificates.
    auto sim = openSim("x64-secureboot-2011-certs", "");
    auto plan = makePlan(assessSim(*sim), PlanOptions{});
    REQUIRE(plan);
    for (const auto &c : plan->changes)
        CHECK(c.name != reg::kAvailableUpdates);

    test::TempDir state;
    const std::string profile = "x64-secureboot-2011-certs";
    {
        auto d = openSim(profile, state.path());
        // A prior value of another type, as another tool may have left it (not 0x5944, not a number).
        REQUIRE(d->changeRegistry(reg::kSecureBootControl, reg::kAvailableUpdates, RegValue::sz("manual"),
                                  WriteIntent::Restore));
        REQUIRE(d->persist());
        SecureBootUpdate u(*d, state.path());
        auto r = u.apply(confirmed());
        REQUIRE(r);
        REQUIRE(r->outcome == "applied");
        CHECK(availableUpdates(*d) == OptInt(0x5944));
    }
    const std::string journal = test::readFile(state.path() + "/sim-" + profile + "/secureboot/journal.json");
    CHECK(journal.find("\"applied\"") != std::string::npos);
    CHECK(journal.find("manual") != std::string::npos);
    auto d = openSim(profile, state.path());
    SecureBootUpdate u(*d, state.path());
    auto rb = u.rollback();
    REQUIRE(rb);
    CHECK(rb->restored.size() == 1);
    CHECK(d->machine().readValue(reg::kSecureBootControl, reg::kAvailableUpdates) == RegValue::sz("manual"));
    auto again = u.rollback();
    REQUIRE(again);
    CHECK(again->nothingToDo);
}

TEST_CASE("profiles: the Secure Boot firmware fields are validated", "[secureboot][profiles]")
{
    auto doc = nlohmann::json::parse(test::readFile(test::profilePath("x64-secureboot-updated")));
    doc["firmware"]["secure_boot_db"] = {"windows_production_pca_2011"};
    auto r = simProfileFromJson(doc, "x.json");
    REQUIRE_FALSE(r);
    CHECK(r.error().detail.find("/firmware/boot_manager") != std::string::npos);
    doc["firmware"]["secure_boot_db"] = {"windows_uefi_ca_2023", "pca_2011"};
    r = simProfileFromJson(doc, "x.json");
    REQUIRE_FALSE(r);
    CHECK(r.error().detail.find("/firmware/secure_boot_db/1") != std::string::npos);
    doc = nlohmann::json::parse(test::readFile(test::profilePath("x64-secureboot-updated")));
    doc["bitlocker"]["protection"] = "suspended";
    r = simProfileFromJson(doc, "x.json");
    REQUIRE_FALSE(r);
    CHECK(r.error().detail.find("/bitlocker/protection") != std::string::npos);
}

TEST_CASE("the reports show the opt-in's before/after when its journal exists, and nothing without it",
          "[secureboot][report]")
{
    const test::SchemaValidator validator(
        nlohmann::json::parse(test::readFile(test::docsDir() + "/report-schema.json")));
    test::TempDir state;
    const std::string profile = "x64-secureboot-2011-certs";
    {
        auto d = openSim(profile, state.path());
        const Assessment a = assessSim(*d);
        auto none = SecureBootUpdate(*d, state.path()).optInRecord(a);
        REQUIRE(none);
        CHECK_FALSE(none->has_value()); // never opted in: no section anywhere
        ReportContext context;
        const auto j = reportToJson(a, context);
        CHECK_FALSE(j.contains("secureboot_update"));
        CHECK(reportToText(a, context, false).find("certificate update (opt-in") == std::string::npos);
        CHECK(reportToHtml(a, context).find("secureboot-update") == std::string::npos);
        REQUIRE(SecureBootUpdate(*d, state.path()).apply(confirmed(3)));
    }
    for (int boot = 0; boot < 3; ++boot) {
        auto d = openSim(profile, state.path());
        REQUIRE(d->restart());
    }
    auto d = openSim(profile, state.path());
    SecureBootUpdate u(*d, state.path());
    REQUIRE(u.verify(AssessOptions{kAsOf, nullptr}));
    const Assessment a = assessSim(*d);
    auto record = u.optInRecord(a);
    REQUIRE(record);
    REQUIRE(record->has_value());
    const secureboot::OptInRecord &r = **record;
    CHECK(r.journalState == "applied");
    CHECK(r.phaseBefore == "not_started");
    CHECK(r.phaseNow == "updated");
    CHECK(r.bitlockerSuspended);
    CHECK_FALSE(r.verifiedAt.empty());
    auto row = [&](const std::string &id) {
        for (const auto &f : r.facts)
            if (std::get<0>(f) == id)
                return std::make_pair(std::get<1>(f), std::get<2>(f));
        FAIL("no row " << id);
        return std::make_pair(std::string(), std::string());
    };
    CHECK(row("secureboot.update_status") == std::make_pair(std::string("not_started"), std::string("updated")));
    CHECK(row("secureboot.db_has_windows_uefi_ca_2023") == std::make_pair(std::string("no"), std::string("yes")));
    CHECK(row("secureboot.boot_manager_2023_signed") == std::make_pair(std::string("no"), std::string("yes")));

    ReportContext context;
    context.secureBootOptIn = r;
    const auto j = reportToJson(a, context);
    const auto errors = validator.validate(j);
    INFO(nlohmann::json(errors).dump(1));
    CHECK(errors.empty());
    REQUIRE(j.contains("secureboot_update"));
    CHECK(j["secureboot_update"]["phase_before"] == "not_started");
    CHECK(j["secureboot_update"]["phase_now"] == "updated");
    CHECK(j["secureboot_update"]["facts"].size() == r.facts.size());
    // The advisory row is still in the checks, and the verdict is not touched by the opt-in.
    CHECK(a.check("HP-SECUREBOOT-CA2023")->status == CheckStatus::Pass);

    const std::string text = reportToText(a, context, false);
    CHECK(text.find("Secure Boot 2023 certificate update (opt-in") != std::string::npos);
    CHECK(text.find("secureboot.update_status: not_started -> updated") != std::string::npos);
    CHECK(text.find("then not_started, now updated") != std::string::npos);
    const std::string html = reportToHtml(a, context);
    CHECK(html.find("id=\"secureboot-update\"") != std::string::npos);
    CHECK(html.find("<tr><td><code>secureboot.update_status</code></td><td>not_started</td><td>updated</td>") !=
          std::string::npos);

    // A damaged record is an error naming the file, not a silent empty section.
    REQUIRE(writeFileDurably(u.folder() + "/before.json", "{ not json"));
    auto bad = u.optInRecord(a);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().detail.find("before.json") != std::string::npos);
}
