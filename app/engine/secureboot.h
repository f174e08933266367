#pragma once
// The Secure Boot 2023 certificate rollover (shared/reference/windows-facts-2.md, topic A): the certificates,
// the AvailableUpdates bits, and reading EFI_SIGNATURE_LIST / X.509 enough to recognise the certificates.

#include "fact.h"

#include <cstdint>
#include <string>
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

} // namespace hpr::secureboot
