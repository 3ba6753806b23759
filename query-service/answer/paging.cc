#include "query-service/answer/paging.h"

#include <string>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"

namespace factwire {
namespace {

// A token is base64url (no padding) of: version byte, 8 bytes cursor, 8 bytes
// request fingerprint, both little-endian; version 2 (lists with an order_by)
// follows them with the sort key's bytes.
constexpr char kTokenVersion = 1;
constexpr char kKeyedTokenVersion = 2;
constexpr size_t kTokenBytes = 1 + 8 + 8;

void AppendUint64(uint64_t value, std::string& out) {
  for (int i = 0; i < 8; ++i)
    out.push_back(static_cast<char>(value >> (8 * i)));
}

uint64_t ReadUint64(absl::string_view bytes) {
  uint64_t value = 0;
  for (int i = 7; i >= 0; --i) {
    value = (value << 8) | static_cast<unsigned char>(bytes[i]);
  }
  return value;
}

absl::Status MalformedToken() {
  return absl::InvalidArgumentError(
      "page_token is malformed: pass the next_page_token of the previous "
      "response unchanged");
}

// True if `bytes` has the layout of a token of a known version.
bool WellFormed(const std::string& bytes) {
  if (bytes.size() < kTokenBytes) return false;
  if (bytes[0] == kTokenVersion) return bytes.size() == kTokenBytes;
  return bytes[0] == kKeyedTokenVersion && bytes.size() > kTokenBytes;
}

// The cursor in `token` (after, after_key), or an error naming page_token.
absl::StatusOr<std::pair<int64_t, std::string>> DecodeToken(
    absl::string_view token, uint64_t fingerprint) {
  std::string bytes;
  if (!absl::WebSafeBase64Unescape(token, &bytes) || !WellFormed(bytes)) {
    return MalformedToken();
  }
  int64_t after =
      static_cast<int64_t>(ReadUint64(absl::string_view(bytes).substr(1)));
  if (after <= 0) return MalformedToken();
  if (ReadUint64(absl::string_view(bytes).substr(9)) != fingerprint) {
    return absl::InvalidArgumentError(
        "page_token belongs to a request with another query, filter, order_by "
        "or parent: repeat the original request, or start again without "
        "page_token");
  }
  return std::make_pair(after, bytes.substr(kTokenBytes));
}

}  // namespace

uint64_t RequestFingerprint(std::initializer_list<absl::string_view> parts) {
  // FNV-1a, with a 0xff separator so ("ab", "c") and ("a", "bc") differ.
  uint64_t hash = 14695981039346656037ull;
  auto mix = [&hash](unsigned char byte) {
    hash ^= byte;
    hash *= 1099511628211ull;
  };
  for (absl::string_view part : parts) {
    for (char c : part) mix(static_cast<unsigned char>(c));
    mix(0xff);
  }
  return hash;
}

absl::StatusOr<PageQuery> ReadPage(int32_t page_size,
                                   absl::string_view page_token,
                                   uint64_t fingerprint) {
  if (page_size < 0) {
    return absl::InvalidArgumentError(
        absl::StrCat("page_size must be 0 (default ", kDefaultPageSize,
                     ") or positive, got ", page_size));
  }
  PageQuery page;
  page.limit = page_size == 0 ? kDefaultPageSize
                              : std::min<int32_t>(page_size, kMaxPageSize);
  if (page_token.empty()) return page;
  absl::StatusOr<std::pair<int64_t, std::string>> cursor =
      DecodeToken(page_token, fingerprint);
  if (!cursor.ok()) return cursor.status();
  page.after = cursor->first;
  page.after_key = std::move(cursor->second);
  return page;
}

absl::Status ReadPageInto(int32_t page_size, absl::string_view page_token,
                          uint64_t fingerprint, PageQuery* page) {
  absl::StatusOr<PageQuery> read = ReadPage(page_size, page_token, fingerprint);
  if (!read.ok()) return read.status();
  *page = *std::move(read);
  return absl::OkStatus();
}

std::string NextPageToken(int64_t next_after, uint64_t fingerprint) {
  return NextPageToken(next_after, "", fingerprint);
}

std::string NextPageToken(int64_t next_after, absl::string_view next_after_key,
                          uint64_t fingerprint) {
  if (next_after == 0) return "";
  std::string bytes(
      1, next_after_key.empty() ? kTokenVersion : kKeyedTokenVersion);
  AppendUint64(static_cast<uint64_t>(next_after), bytes);
  AppendUint64(fingerprint, bytes);
  bytes.append(next_after_key.data(), next_after_key.size());
  return absl::WebSafeBase64Escape(bytes);
}

}  // namespace factwire
