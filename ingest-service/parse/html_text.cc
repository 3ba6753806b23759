#include "ingest-service/parse/html_text.h"

#include <array>

#include "ingest-service/parse/html_entities.h"

namespace factwire {
namespace {

// Bytes that need a look: whitespace, '&', and the lead bytes of U+00A0/U+00AD
// (0xC2), U+200B/U+2060 (0xE2) and U+FEFF (0xEF).
constexpr std::array<bool, 256> SpecialBytes() {
  std::array<bool, 256> special{};
  for (unsigned char c : {' ', '\n', '\t', '\r', '\f', '&'}) special[c] = true;
  special[0xC2] = special[0xE2] = special[0xEF] = true;
  return special;
}
constexpr std::array<bool, 256> kSpecial = SpecialBytes();

void AppendSpace(std::string* out) {
  if (!out->empty() && out->back() != ' ' && out->back() != '\n') out->push_back(' ');
}

// The length of the invisible or space character at the start of `s` (a UTF-8
// sequence led by 0xC2, 0xE2 or 0xEF); sets *space for a no-break space. 0 when `s`
// starts with a visible character.
size_t InvisibleOrSpace(absl::string_view s, bool* space) {
  *space = false;
  if (s.size() >= 2 && s[0] == '\xC2') {
    if (s[1] == '\xA0') *space = true;
    return s[1] == '\xA0' || s[1] == '\xAD' ? 2 : 0;
  }
  if (s.size() >= 3 && s[0] == '\xE2' &&
      ((s[1] == '\x80' && s[2] == '\x8B') || (s[1] == '\x81' && s[2] == '\xA0'))) {
    return 3;  // U+200B zero-width space, U+2060 word joiner
  }
  if (s.size() >= 3 && s[0] == '\xEF' && s[1] == '\xBB' && s[2] == '\xBF') return 3;
  return 0;
}

// Appends decoded text `piece` (one character reference's expansion, or a single
// special character) with the space and invisible-character rules.
void AppendPiece(absl::string_view piece, std::string* out) {
  bool space = false;
  if (piece.size() == 1 && (piece[0] == ' ' || piece[0] == '\n' || piece[0] == '\t' ||
                            piece[0] == '\r' || piece[0] == '\f')) {
    AppendSpace(out);
  } else if (InvisibleOrSpace(piece, &space) == piece.size() && !piece.empty()) {
    if (space) AppendSpace(out);
  } else {
    out->append(piece.data(), piece.size());
  }
}

}  // namespace

void AppendHtmlText(absl::string_view raw, std::string* out) {
  size_t i = 0;
  const size_t size = raw.size();
  while (i < size) {
    size_t run = i;
    while (run < size && !kSpecial[static_cast<unsigned char>(raw[run])]) ++run;
    if (run > i) {
      out->append(raw.data() + i, run - i);
      i = run;
      continue;
    }
    const char c = raw[i];
    if (c == '&') {
      std::string decoded;
      const size_t used = DecodeCharacterReference(raw.substr(i), &decoded);
      if (used == 0) {
        out->push_back('&');
        ++i;
      } else {
        AppendPiece(decoded, out);
        i += used;
      }
      continue;
    }
    bool space = false;
    if (const size_t used = InvisibleOrSpace(raw.substr(i), &space); used > 0) {
      if (space) AppendSpace(out);
      i += used;
      continue;
    }
    if (static_cast<unsigned char>(c) >= 0x80) {
      out->push_back(c);  // another character led by 0xC2, 0xE2 or 0xEF
    } else {
      AppendSpace(out);
    }
    ++i;
  }
}

void TrimTrailingSpace(std::string* text) {
  while (!text->empty() && (text->back() == ' ' || text->back() == '\n'))
    text->pop_back();
}

std::string DecodeHtmlValue(absl::string_view raw) {
  std::string text;
  AppendHtmlText(raw, &text);
  TrimTrailingSpace(&text);
  return text;
}

}  // namespace factwire
