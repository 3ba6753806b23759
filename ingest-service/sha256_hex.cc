// SHA256_Init/Update/Final: OpenSSL 3 deprecates them, but keeps them (see
// sha256_hex.h for why they are used); this API level declares them plainly.
#define OPENSSL_API_COMPAT 10101

#include "ingest-service/sha256_hex.h"

#include "openssl/sha.h"

namespace factwire {

static_assert(kSha256HexSize == 2 * SHA256_DIGEST_LENGTH);

void Sha256Hex(absl::string_view bytes, char (&hex)[kSha256HexSize]) {
  unsigned char digest[SHA256_DIGEST_LENGTH];
  SHA256_CTX ctx;
  SHA256_Init(&ctx);
  SHA256_Update(&ctx, bytes.data(), bytes.size());
  SHA256_Final(digest, &ctx);
  static const char kHex[] = "0123456789abcdef";
  for (int i = 0; i < SHA256_DIGEST_LENGTH; ++i) {
    hex[2 * i] = kHex[digest[i] >> 4];
    hex[2 * i + 1] = kHex[digest[i] & 0xF];
  }
}

std::string Sha256Hex(absl::string_view bytes) {
  char hex[kSha256HexSize];
  Sha256Hex(bytes, hex);
  return std::string(hex, kSha256HexSize);
}

}  // namespace factwire
