#include "secureboot.h"

#include "registrypaths.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <cstring>

namespace hpr::secureboot {

const std::vector<KnownCertificate> &knownCertificates()
{
    static const std::vector<KnownCertificate> list = {
        {"windows_uefi_ca_2023", "db", "Windows UEFI CA 2023", "45A0FA32604773C82433C3B7D59E7466B3AC0C67",
         "2035-06-13"},
        {"microsoft_uefi_ca_2023", "db", "Microsoft UEFI CA 2023", "B5EEB4A6706048073F0ED296E7F580A790B59EAA",
         "2038-06-13"},
        {"option_rom_uefi_ca_2023", "db", "Microsoft Option ROM UEFI CA 2023",
         "3FB39E2B8BD183BF9E4594E72183CA60AFCD4277", "2038-10-26"},
        {"kek_2k_ca_2023", "kek", "Microsoft Corporation KEK 2K CA 2023", "459AB6FB5E284D272D5E3E6ABC8ED663829D632B",
         "2038-03-02"},
        {"windows_production_pca_2011", "db", "Microsoft Windows Production PCA 2011",
         "580A6F4CC4E4B669B9EBDC1B2B3E087B80D0678D", "2026-10-19 18:51:42"},
        {"microsoft_uefi_ca_2011", "db", "Microsoft Corporation UEFI CA 2011",
         "46DEF63B5CE61CF8BA0DE2E6639C1019D0ED14F3", "2026-06-27 21:32:45"},
        {"kek_ca_2011", "kek", "Microsoft Corporation KEK CA 2011", "31590BFD89C9D74ED087DFAC66334B3931254B30",
         "2026-06-24 20:51:29"},
    };
    return list;
}

bool CertificateStore::has(const std::string &id) const
{
    return std::find(recognised.begin(), recognised.end(), id) != recognised.end();
}

std::string hex(std::int64_t value)
{
    char buf[24];
    std::snprintf(buf, sizeof buf, "0x%llX", static_cast<unsigned long long>(value));
    return buf;
}

// ---------------------------------------------------------------------------------------------------------
// SHA-1 (FIPS 180-4)

std::string sha1Hex(const std::vector<std::uint8_t> &data)
{
    std::uint32_t h[5] = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
    std::vector<std::uint8_t> msg(data);
    const std::uint64_t bits = std::uint64_t(data.size()) * 8;
    msg.push_back(0x80);
    while (msg.size() % 64 != 56)
        msg.push_back(0);
    for (int i = 7; i >= 0; --i)
        msg.push_back(std::uint8_t(bits >> (i * 8)));
    auto rol = [](std::uint32_t x, int n) { return (x << n) | (x >> (32 - n)); };
    for (std::size_t chunk = 0; chunk < msg.size(); chunk += 64) {
        std::uint32_t w[80];
        for (int i = 0; i < 16; ++i)
            w[i] = std::uint32_t(msg[chunk + 4 * i]) << 24 | std::uint32_t(msg[chunk + 4 * i + 1]) << 16 |
                   std::uint32_t(msg[chunk + 4 * i + 2]) << 8 | std::uint32_t(msg[chunk + 4 * i + 3]);
        for (int i = 16; i < 80; ++i)
            w[i] = rol(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
        std::uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
        for (int i = 0; i < 80; ++i) {
            std::uint32_t f, k;
            if (i < 20) {
                f = (b & c) | (~b & d);
                k = 0x5A827999;
            } else if (i < 40) {
                f = b ^ c ^ d;
                k = 0x6ED9EBA1;
            } else if (i < 60) {
                f = (b & c) | (b & d) | (c & d);
                k = 0x8F1BBCDC;
            } else {
                f = b ^ c ^ d;
                k = 0xCA62C1D6;
            }
            const std::uint32_t t = rol(a, 5) + f + e + k + w[i];
            e = d;
            d = c;
            c = rol(b, 30);
            b = a;
            a = t;
        }
        h[0] += a;
        h[1] += b;
        h[2] += c;
        h[3] += d;
        h[4] += e;
    }
    std::string out;
    char buf[9];
    for (std::uint32_t x : h) {
        std::snprintf(buf, sizeof buf, "%08X", x);
        out += buf;
    }
    return out;
}

// ---------------------------------------------------------------------------------------------------------
// DER, just enough for the subject CN

namespace {

struct Tlv
{
    std::uint8_t tag = 0;
    std::size_t start = 0, length = 0; ///< content offset and length
    std::size_t end() const { return start + length; }
};

/// Reads the TLV at pos within [0, limit); false when it does not fit.
bool readTlv(const std::vector<std::uint8_t> &d, std::size_t pos, std::size_t limit, Tlv &out)
{
    if (pos + 2 > limit)
        return false;
    out.tag = d[pos];
    std::size_t len = d[pos + 1];
    std::size_t p = pos + 2;
    if (len & 0x80) {
        const std::size_t n = len & 0x7F;
        if (n == 0 || n > 4 || p + n > limit)
            return false;
        len = 0;
        for (std::size_t i = 0; i < n; ++i)
            len = (len << 8) | d[p + i];
        p += n;
    }
    if (p + len > limit)
        return false;
    out.start = p;
    out.length = len;
    return true;
}

std::string stringValue(const std::vector<std::uint8_t> &d, const Tlv &t)
{
    if (t.tag == 0x1E) { // BMPString: UTF-16BE; the CNs here are ASCII
        std::string s;
        for (std::size_t i = t.start; i + 1 < t.end(); i += 2)
            s += d[i] == 0 && d[i + 1] < 0x80 ? char(d[i + 1]) : '?';
        return s;
    }
    return std::string(d.begin() + std::ptrdiff_t(t.start), d.begin() + std::ptrdiff_t(t.end()));
}

std::vector<std::uint8_t> encode(std::uint8_t tag, const std::vector<std::uint8_t> &content)
{
    std::vector<std::uint8_t> out{tag};
    const std::size_t n = content.size();
    if (n < 0x80) {
        out.push_back(std::uint8_t(n));
    } else if (n < 0x100) {
        out.push_back(0x81);
        out.push_back(std::uint8_t(n));
    } else {
        out.push_back(0x82);
        out.push_back(std::uint8_t(n >> 8));
        out.push_back(std::uint8_t(n));
    }
    out.insert(out.end(), content.begin(), content.end());
    return out;
}

std::vector<std::uint8_t> concat(std::initializer_list<std::vector<std::uint8_t>> parts)
{
    std::vector<std::uint8_t> out;
    for (const auto &p : parts)
        out.insert(out.end(), p.begin(), p.end());
    return out;
}

std::vector<std::uint8_t> nameWithCn(const std::string &cn)
{
    const std::vector<std::uint8_t> oidCn{0x06, 0x03, 0x55, 0x04, 0x03};
    const auto value = encode(0x0C, std::vector<std::uint8_t>(cn.begin(), cn.end()));
    return encode(0x30, encode(0x31, encode(0x30, concat({oidCn, value}))));
}

// EFI_CERT_X509_GUID {a5c059a1-94e4-4aa7-87b5-ab155c2bf072} as stored (little-endian fields).
constexpr std::array<std::uint8_t, 16> kX509Guid = {0xa1, 0x59, 0xc0, 0xa5, 0xe4, 0x94, 0xa7, 0x4a,
                                                    0x87, 0xb5, 0xab, 0x15, 0x5c, 0x2b, 0xf0, 0x72};
// The owner GUID of Microsoft's entries {77fa9abd-0359-4d32-bd60-28f4e78f784b}.
constexpr std::array<std::uint8_t, 16> kMicrosoftOwner = {0xbd, 0x9a, 0xfa, 0x77, 0x59, 0x03, 0x32, 0x4d,
                                                          0xbd, 0x60, 0x28, 0xf4, 0xe7, 0x8f, 0x78, 0x4b};

std::uint32_t le32(const std::vector<std::uint8_t> &d, std::size_t p)
{
    return std::uint32_t(d[p]) | std::uint32_t(d[p + 1]) << 8 | std::uint32_t(d[p + 2]) << 16 |
           std::uint32_t(d[p + 3]) << 24;
}

void putLe32(std::vector<std::uint8_t> &d, std::uint32_t v)
{
    for (int i = 0; i < 4; ++i)
        d.push_back(std::uint8_t(v >> (8 * i)));
}

} // namespace

std::string certificateSubjectCn(const std::vector<std::uint8_t> &d)
{
    Tlv cert, tbs, t;
    if (!readTlv(d, 0, d.size(), cert) || cert.tag != 0x30)
        return {};
    if (!readTlv(d, cert.start, cert.end(), tbs) || tbs.tag != 0x30)
        return {};
    std::size_t p = tbs.start;
    if (!readTlv(d, p, tbs.end(), t))
        return {};
    if (t.tag == 0xA0) { // [0] version
        p = t.end();
        if (!readTlv(d, p, tbs.end(), t))
            return {};
    }
    // serialNumber, signature, issuer, validity, then subject
    for (int skip = 0; skip < 4; ++skip) {
        p = t.end();
        if (!readTlv(d, p, tbs.end(), t))
            return {};
    }
    if (t.tag != 0x30)
        return {};
    for (std::size_t rdnPos = t.start; rdnPos < t.end();) {
        Tlv rdn;
        if (!readTlv(d, rdnPos, t.end(), rdn) || rdn.tag != 0x31)
            return {};
        for (std::size_t avaPos = rdn.start; avaPos < rdn.end();) {
            Tlv ava, oid, value;
            if (!readTlv(d, avaPos, rdn.end(), ava) || !readTlv(d, ava.start, ava.end(), oid) ||
                !readTlv(d, oid.end(), ava.end(), value))
                return {};
            if (oid.tag == 0x06 && oid.length == 3 && d[oid.start] == 0x55 && d[oid.start + 1] == 0x04 &&
                d[oid.start + 2] == 0x03)
                return stringValue(d, value);
            avaPos = ava.end();
        }
        rdnPos = rdn.end();
    }
    return {};
}

std::vector<std::uint8_t> syntheticCertificate(const std::string &subjectCn)
{
    const auto version = encode(0xA0, encode(0x02, {0x02}));
    const auto serial = encode(0x02, {0x01});
    const auto algorithm = encode(0x30, encode(0x06, {0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x01, 0x0B}));
    const auto validity = encode(0x30, {});
    const auto tbs =
        encode(0x30, concat({version, serial, algorithm, nameWithCn("Simulated firmware (not a real issuer)"), validity,
                             nameWithCn(subjectCn)}));
    return encode(0x30, concat({tbs, algorithm, encode(0x03, {0x00})}));
}

std::vector<std::uint8_t> signatureDatabase(const std::vector<std::vector<std::uint8_t>> &certificates)
{
    std::vector<std::uint8_t> out;
    for (const auto &cert : certificates) {
        const std::uint32_t signatureSize = std::uint32_t(16 + cert.size());
        out.insert(out.end(), kX509Guid.begin(), kX509Guid.end());
        putLe32(out, 28 + signatureSize); // SignatureListSize
        putLe32(out, 0);                  // SignatureHeaderSize
        putLe32(out, signatureSize);
        out.insert(out.end(), kMicrosoftOwner.begin(), kMicrosoftOwner.end());
        out.insert(out.end(), cert.begin(), cert.end());
    }
    return out;
}

ParseResult parseSignatureDatabase(const std::vector<std::uint8_t> &d)
{
    ParseResult r;
    auto fail = [&](std::size_t at, const std::string &what) {
        r.ok = false;
        r.error = "EFI_SIGNATURE_LIST at offset " + std::to_string(at) + ": " + what;
        return r;
    };
    std::size_t pos = 0;
    while (pos < d.size()) {
        if (d.size() - pos < 28)
            return fail(pos, "truncated header (" + std::to_string(d.size() - pos) + " bytes left)");
        const bool x509 = std::equal(kX509Guid.begin(), kX509Guid.end(), d.begin() + std::ptrdiff_t(pos));
        const std::uint32_t listSize = le32(d, pos + 16), headerSize = le32(d, pos + 20), sigSize = le32(d, pos + 24);
        if (listSize < 28 || listSize > d.size() - pos)
            return fail(pos, "SignatureListSize " + std::to_string(listSize) + " does not fit");
        if (sigSize < 16 || std::uint64_t(28) + headerSize > listSize || (listSize - 28 - headerSize) % sigSize != 0)
            return fail(pos, "SignatureSize " + std::to_string(sigSize) + " does not divide the list");
        for (std::size_t s = pos + 28 + headerSize; s < pos + listSize; s += sigSize) {
            if (!x509) {
                ++r.store.otherEntries;
                continue;
            }
            ++r.store.x509Entries;
            const std::vector<std::uint8_t> der(d.begin() + std::ptrdiff_t(s + 16),
                                                d.begin() + std::ptrdiff_t(s + sigSize));
            const std::string thumb = sha1Hex(der);
            const std::string cn = certificateSubjectCn(der);
            r.store.subjects.push_back(cn.empty() ? "(subject not readable, SHA-1 " + thumb + ")" : cn);
            for (const auto &k : knownCertificates()) {
                if ((thumb == k.sha1 || cn == k.subjectCn) && !r.store.has(k.id))
                    r.store.recognised.push_back(k.id);
            }
        }
        pos += listSize;
    }
    r.ok = true;
    return r;
}

StringList decodeAvailableUpdates(std::int64_t value)
{
    // Only the meanings Microsoft confirms (A.4: AZ-SCR, KB5068202); the rest stays raw.
    static const std::pair<std::int64_t, const char *> confirmed[] = {
        {0x0004, "add Microsoft Corporation KEK 2K CA 2023 to KEK (needs an OEM PK-signed KEK)"},
        {0x0040, "add Windows UEFI CA 2023 to DB"},
        {0x0080, "add Windows Production PCA 2011 to DBX (revocation)"},
        {0x0100, "install the boot manager signed by Windows UEFI CA 2023"},
        {0x0200, "write the boot manager SVN into DBX"},
    };
    StringList out;
    std::int64_t rest = value;
    for (const auto &[bit, text] : confirmed) {
        if (value & bit) {
            char buf[24];
            std::snprintf(buf, sizeof buf, "0x%04llX", static_cast<unsigned long long>(bit));
            out.push_back(std::string(buf) + " " + text + " [MS]");
            rest &= ~bit;
        }
    }
    if (rest)
        out.push_back(hex(rest) + " other bits, shown raw: their meanings are not confirmed by Microsoft "
                                  "[UNCONFIRMED]");
    return out;
}

std::string eventMeaning(int id)
{
    switch (id) {
    case 1032:
        return "The Secure Boot update was not applied due to a known incompatibility with the current BitLocker "
               "configuration [MS]";
    case 1043: return "Secure Boot KEK update applied successfully [3P]";
    case 1795: return "The system firmware returned an error while attempting to update a Secure Boot variable [MS]";
    case 1796: return "An error code was logged during the update [MS]";
    case 1800: return "Reboot required to complete update (not an error) [MS]";
    case 1801: return "Secure Boot CA/keys need to be updated [MS]";
    case 1802: return "Known firmware issue blocked update [MS]";
    case 1803: return "Matching KEK not found: the OEM must supply a PK-signed KEK [MS]";
    case 1808: return "This device has updated Secure Boot CA/keys [MS]";
    default: return {};
    }
}

// ---------------------------------------------------------------------------------------------------------
// The servicing registry values (A.3), shared by the fact collector and the evidence reader

namespace {

Fact<OptInt> intValue(const RegistryReader &read, const char *key, const char *name)
{
    const auto v = read(key, name);
    if (!v.isKnown())
        return Fact<OptInt>::unknown(v.reason(), v.detail(), v.source());
    if (!v.value())
        return Fact<OptInt>::known(std::nullopt, v.source());
    if (!v.value()->isNumber())
        return Fact<OptInt>::unknown(
            UnknownReason::Failed, std::string("expected a REG_DWORD, found ") + toString(v.value()->type), v.source());
    return Fact<OptInt>::known(v.value()->number, v.source());
}

/// The value from the first key that has it; the documents disagree on the key (A.3, open item 1).
Fact<OptInt> intEither(const RegistryReader &read, const char *first, const char *second, const char *name)
{
    auto a = intValue(read, first, name);
    if (a.isKnown() && a.value())
        return a;
    auto b = intValue(read, second, name);
    if (b.isKnown() && b.value())
        return b;
    const std::string both = a.source() + " and " + b.source();
    if (!a.isKnown())
        return Fact<OptInt>::unknown(a.reason(), a.detail(), both);
    if (!b.isKnown())
        return Fact<OptInt>::unknown(b.reason(), b.detail(), both);
    return Fact<OptInt>::known(std::nullopt, both);
}

std::string lowered(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

} // namespace

void servicingFacts(DeviceFacts &f, const RegistryReader &read, const Fact<bool> &servicingKey)
{
    using namespace reg;
    f.sbAvailableUpdates = intEither(read, kSecureBootControl, kSecureBootServicing, kAvailableUpdates);
    f.sbAvailableUpdatesPolicy = intEither(read, kSecureBootControl, kSecureBootServicing, kAvailableUpdatesPolicy);
    f.sbUpdateError = intEither(read, kSecureBootServicing, kSecureBootControl, kUefiCa2023Error);
    f.sbUpdateErrorEvent = intEither(read, kSecureBootServicing, kSecureBootControl, kUefiCa2023ErrorEvent);
    f.sbCapable = intEither(read, kSecureBootServicing, kSecureBootControl, kWindowsUefiCa2023Capable);
    if (f.sbAvailableUpdates.isKnown())
        f.sbAvailableUpdatesDecoded = Fact<StringList>::known(
            f.sbAvailableUpdates.value() ? decodeAvailableUpdates(*f.sbAvailableUpdates.value()) : StringList{},
            f.sbAvailableUpdates.source() + ", decoded with the bit meanings Microsoft confirms");
    else
        f.sbAvailableUpdatesDecoded = Fact<StringList>::unknown(
            f.sbAvailableUpdates.reason(), f.sbAvailableUpdates.detail(), f.sbAvailableUpdates.source());

    const std::string capSrc = f.sbCapable.source() + " = 2: starts from the 2023-signed boot manager [3P, MS-staff]";
    f.sbBootManager2023 = f.sbCapable.isKnown()
                              ? Fact<bool>::known(f.sbCapable.value() == OptInt(2), capSrc)
                              : Fact<bool>::unknown(f.sbCapable.reason(), f.sbCapable.detail(), capSrc);

    // UEFICA2023Status, in Servicing (or, per KB5068202's wording, elsewhere): an error value wins.
    auto status = read(kSecureBootServicing, kUefiCa2023Status);
    if (!(status.isKnown() && status.value())) {
        auto other = read(kSecureBootControl, kUefiCa2023Status);
        if (other.isKnown() && other.value())
            status = other;
    }
    if (f.sbUpdateError.isKnown() && f.sbUpdateError.value()) {
        f.sbUpdateStatus = Fact<std::string>::known("error", f.sbUpdateError.source() + " = " +
                                                                 hex(*f.sbUpdateError.value()) + " (absence is good)");
    } else if (!status.isKnown()) {
        f.sbUpdateStatus = Fact<std::string>::unknown(status.reason(), status.detail(), status.source());
    } else if (!status.value()) {
        f.sbUpdateStatus = Fact<std::string>::unknown(
            UnknownReason::SourceMissing,
            servicingKey.isKnown() && !servicingKey.value()
                ? "the SecureBoot\\Servicing key is absent: the Secure Boot servicing update (the March 2026 "
                  "cumulative update or later) is not installed"
                : "UEFICA2023Status is empty: the scheduled task \\Microsoft\\Windows\\PI\\Secure-Boot-Update has "
                  "not run or is disabled",
            status.source());
    } else {
        const std::string raw =
            status.value()->isNumber() ? std::to_string(status.value()->number) : status.value()->text;
        const std::pair<const char *, const char *> known[] = {{"NotStarted", "not_started"},
                                                               {"InProgress", "in_progress"},
                                                               {"Updated", "updated"},
                                                               {"OptedOut", "opted_out"}};
        const auto *hit = std::find_if(std::begin(known), std::end(known),
                                       [&](const auto &k) { return lowered(raw) == lowered(k.first); });
        if (hit != std::end(known))
            f.sbUpdateStatus = Fact<std::string>::known(hit->second, status.source() + " = " + raw);
        else
            f.sbUpdateStatus = Fact<std::string>::unknown(
                UnknownReason::Failed, "the value \"" + raw + "\" is not one Microsoft documents", status.source());
    }
}

} // namespace hpr::secureboot
