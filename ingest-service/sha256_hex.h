// The SHA-256 of bytes in lowercase hex: documents' content_sha256 and ids,
// and ingest requests' fingerprints.
#ifndef FACTWIRE_INGEST_SERVICE_SHA256_HEX_H_
#define FACTWIRE_INGEST_SERVICE_SHA256_HEX_H_

#include <cstddef>
#include <string>

#include "absl/strings/string_view.h"

namespace factwire {

// Hex digits in a SHA-256.
inline constexpr size_t kSha256HexSize = 64;

// Sha256Hex()
//
// The SHA-256 of `bytes` in lowercase hex, into `hex` (no terminator; callers
// write it straight into a reused string's room). Hashed with OpenSSL's
// SHA256_* calls, which run the same code as its EVP digest (the CPU's SHA
// instructions where it has them) but need no provider: the EVP layer's first
// use loads the default provider and its configuration, 0.7 ms of every start
// of `factwire analyze` (SHA256() and EVP_Digest() go through it too).
void Sha256Hex(absl::string_view bytes, char (&hex)[kSha256HexSize]);

// The same as a string.
std::string Sha256Hex(absl::string_view bytes);

}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_SHA256_HEX_H_
