#pragma once
// The Secure Boot 2023 certificate rollover (shared/reference/windows-facts-2.md, topic A): the certificates,
// the AvailableUpdates bits, and reading EFI_SIGNATURE_LIST / X.509 enough to recognise the certificates.

#include "devicefacts.h"
#include "fact.h"
#include "regvalue.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace hpr::secureboot {

/// One Microsoft Secure Boot certificate (A.1, thumbprints and CNs read from microsoft/secureboot_objects).
struct KnownCertificate
{
    const char *id;        ///< "windows_uefi_ca_2023", ...
    const char *store;     ///< "db" | "kek"
    const char *subjectCn; ///< the exact CN
    const char *sha1;      ///< SHA-1 thumbprint, upper-case hex
    const char *expires;   ///< notAfter (UTC)
};

/// The 2011 and 2023 certificates of A.1.
const std::vector<KnownCertificate> &knownCertificates();

/// AvailableUpdates = 0x5944 (KB5068202 [MS]): the 2023 CAs, the KEK and the 2023-signed boot manager.
inline constexpr std::int64_t kAvailableUpdatesAll = 0x5944;

/// What a certificate store (db or KEK) holds, as far as this product recognises it.
struct CertificateStore
{
    std::vector<std::string> recognised; ///< ids of knownCertificates() found
    std::vector<std::string> subjects;   ///< the subject CN of every X.509 entry, in order
    int x509Entries = 0;
    int otherEntries = 0; ///< hashes and other signature types
    bool has(const std::string &id) const;
};

/// Parses a UEFI variable holding EFI_SIGNATURE_LISTs (db, KEK); BadInput naming the offset when malformed.
/// Certificates are recognised by SHA-1 thumbprint, else by exact subject CN (A.7).
struct ParseResult
{
    bool ok = false;
    std::string error; ///< when !ok
    CertificateStore store;
};
ParseResult parseSignatureDatabase(const std::vector<std::uint8_t> &data);

/// The subject CN of a DER X.509 certificate; empty when it cannot be found.
std::string certificateSubjectCn(const std::vector<std::uint8_t> &der);

/// SHA-1 (FIPS 180-4) as upper-case hex.
std::string sha1Hex(const std::vector<std::uint8_t> &data);

/// A minimal DER certificate with only the structure parseSignatureDatabase reads (subject CN): the
/// simulated firmware's db/KEK. It is not a valid certificate and its thumbprint matches nothing.
std::vector<std::uint8_t> syntheticCertificate(const std::string &subjectCn);
/// EFI_SIGNATURE_LISTs, one X.509 entry each, of the given certificates.
std::vector<std::uint8_t> signatureDatabase(const std::vector<std::vector<std::uint8_t>> &certificates);

/// The AvailableUpdates bits, decoded with only the meanings Microsoft confirms (A.4: 0x4, 0x40, 0x80,
/// 0x100, 0x200); every other set bit is listed raw as not confirmed by Microsoft.
StringList decodeAvailableUpdates(std::int64_t value);

/// The meaning of a TPM-WMI Secure Boot event ID (A.6), with its source tag; empty for other IDs.
std::string eventMeaning(int id);

/// "0x5944".
std::string hex(std::int64_t value);

/// Reads one registry value: unknown (with the reason), absent (nullopt) or its data. The answer's source names
/// where it was read ("registry HKLM\...\Name [simulated]", "evidence sb.txt:4 (HKLM\...\Name)").
using RegistryReader = std::function<Fact<std::optional<RegValue>>(const char *key, const char *value)>;

/// The secureboot.* facts that come from the servicing registry values (A.3), read at both locations the
/// documents name (open item 1): update_status (UEFICA2023Status; "error" whenever UEFICA2023Error exists),
/// update_error, update_error_event, windows_uefi_ca_2023_capable, boot_manager_2023_signed, update_pending_bits
/// and update_pending_decoded (AvailableUpdates), available_updates_policy. servicingKey says whether
/// ...\SecureBoot\Servicing exists (why an empty status is empty; unknown when the reader cannot tell).
/// The one derivation shared by the fact collector (live and simulated devices) and the evidence reader.
void servicingFacts(DeviceFacts &f, const RegistryReader &read, const Fact<bool> &servicingKey);

/// Where the opt-in update stands on a device (the `secureboot apply` journal in the state folder), as the
/// reports show it ("secureboot_update" in the JSON report).
struct OptInRecord
{
    std::string optedInAt;    ///< when apply recorded the "before" facts (ISO 8601 UTC)
    std::string journalState; ///< "applied" | "rolled_back" | "failed" | ...
    std::string phaseBefore;  ///< "not_started" | "in_progress" | "updated" | "error" | "unknown", at opt-in
    std::string phaseNow;     ///< the same, from this assessment
    bool bitlockerSuspended = false;
    std::string verifiedAt; ///< the last `secureboot verify`; empty when never
    /// (fact ID, before, now) for every secureboot.* and bitlocker.* fact.
    std::vector<std::tuple<std::string, std::string, std::string>> facts;
};

} // namespace hpr::secureboot
