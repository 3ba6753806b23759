#include "ingest-service/parse/html_entities.h"

#include <algorithm>
#include <cstring>

#include "absl/strings/ascii.h"
#include "ingest-service/parse/html_charset.h"

namespace factwire {
namespace {

// The longest name in the table is shorter than this.
constexpr size_t kMaxEntityName = 32;

const HtmlEntity* FindEntity(absl::string_view name) {
  const absl::Span<const HtmlEntity> table = HtmlEntityTable();
  const HtmlEntity* it = std::lower_bound(table.begin(), table.end(), name,
                                          [](const HtmlEntity& e, absl::string_view n) {
                                            return absl::string_view(e.name) < n;
                                          });
  if (it == table.end() || absl::string_view(it->name) != name) return nullptr;
  return it;
}

// "&#...": the numeric reference at the start of `s`.
size_t DecodeNumeric(absl::string_view s, std::string* out) {
  size_t i = 2;
  const bool hex = i < s.size() && (s[i] == 'x' || s[i] == 'X');
  if (hex) ++i;
  const size_t digits_begin = i;
  uint32_t cp = 0;
  for (; i < s.size(); ++i) {
    const char c = s[i];
    int digit;
    if (absl::ascii_isdigit(c)) {
      digit = c - '0';
    } else if (hex && absl::ascii_isxdigit(c)) {
      digit = absl::ascii_tolower(c) - 'a' + 10;
    } else {
      break;
    }
    cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(digit);
    if (cp > 0x10FFFF) return 0;
  }
  if (i == digits_begin || cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  if (i < s.size() && s[i] == ';') ++i;
  if (cp >= 0x80 && cp <= 0x9F) cp = Windows1252CodePoint(static_cast<unsigned char>(cp));
  AppendUtf8(cp, out);
  return i;
}

}  // namespace

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

size_t DecodeCharacterReference(absl::string_view s, std::string* out) {
  if (s.size() < 3 || s[0] != '&') return 0;
  if (s[1] == '#') return DecodeNumeric(s, out);
  size_t i = 1;
  while (i < s.size() && i <= kMaxEntityName && absl::ascii_isalnum(s[i])) ++i;
  if (i == 1 || i >= s.size() || s[i] != ';') return 0;
  const HtmlEntity* entity = FindEntity(s.substr(1, i - 1));
  if (entity == nullptr) return 0;
  out->append(entity->utf8);
  return i + 1;
}

}  // namespace factwire
