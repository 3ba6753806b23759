#include "ingest-service/parse/utf8.h"

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace factwire {
namespace {

// Length of the sequence led by `lead`, or 0 when `lead` cannot start one.
int SequenceLength(uint8_t lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 0;
}

// True when the second byte is allowed after `lead` (excludes overlongs,
// surrogates and values above U+10FFFF).
bool SecondByteOk(uint8_t lead, uint8_t second) {
  if (lead == 0xE0) return second >= 0xA0 && second <= 0xBF;
  if (lead == 0xED) return second >= 0x80 && second <= 0x9F;
  if (lead == 0xF0) return second >= 0x90 && second <= 0xBF;
  if (lead == 0xF4) return second >= 0x80 && second <= 0x8F;
  return second >= 0x80 && second <= 0xBF;
}

// True when `cp` lies in [first, last] and is the capital of its pair: the
// even member when `even_capital`, else the odd one (Latin Extended-A, -B and
// Additional set each capital before its small letter).
bool IsPairCapital(uint32_t cp, uint32_t first, uint32_t last, bool even_capital) {
  return cp >= first && cp <= last && (cp % 2 == 0) == even_capital;
}

// True when `cp` lies in [first, last] and is the small letter of its pair
// (IsPairCapital's other member).
bool IsPairSmall(uint32_t cp, uint32_t first, uint32_t last, bool even_capital) {
  return cp >= first && cp <= last && (cp % 2 == 0) != even_capital;
}

// The ranges of Latin Extended-A, -B (Vietnamese horned and comma-below
// letters) and Additional
// whose letters come in capital-small pairs, with the parity of the capitals.
struct PairRange {
  uint32_t first;
  uint32_t last;
  bool even_capital;
};
constexpr PairRange kPairRanges[] = {
    {0x100, 0x137, true}, {0x139, 0x148, false}, {0x14A, 0x177, true},
    {0x179, 0x17E, false}, {0x1A0, 0x1A1, true},   {0x1AF, 0x1B0, false},
    {0x200, 0x233, true},  {0x1E00, 0x1E95, true},
    {0x1EA0, 0x1EFF, true},
};

}  // namespace

uint32_t FirstCodePoint(absl::string_view s, int* size) {
  *size = 0;
  if (s.empty()) return 0;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  constexpr uint32_t kReplacement = 0xFFFD;
  const int len = SequenceLength(p[0]);
  *size = 1;
  if (len == 1) return p[0];
  if (len == 0 || static_cast<size_t>(len) > s.size() || !SecondByteOk(p[0], p[1])) {
    return kReplacement;
  }
  uint32_t cp = p[0] & (0xFF >> (len + 1));
  for (int k = 1; k < len; ++k) {
    if ((p[k] & 0xC0) != 0x80) return kReplacement;
    cp = (cp << 6) | (p[k] & 0x3F);
  }
  *size = len;
  return cp;
}

bool IsCapitalLetter(uint32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;  // not "×"
  if (cp == 0x178) return true;                     // "Ÿ"
  for (const PairRange& r : kPairRanges) {
    if (IsPairCapital(cp, r.first, r.last, r.even_capital)) return true;
  }
  if (cp >= 0x391 && cp <= 0x3A9) return cp != 0x3A2;
  return cp >= 0x400 && cp <= 0x42F;
}

bool IsSmallLetter(uint32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  if (cp >= 0xDF && cp <= 0xFF) return cp != 0xF7;  // not "÷"
  if (cp == 0x138 || cp == 0x149 || cp == 0x17F) return true;  // "ĸ", "ŉ", "ſ"
  for (const PairRange& r : kPairRanges) {
    if (IsPairSmall(cp, r.first, r.last, r.even_capital)) return true;
  }
  if (cp >= 0x3B1 && cp <= 0x3C9) return true;
  return cp >= 0x430 && cp <= 0x45F;
}

uint32_t ToSmallLetter(uint32_t cp) {
  if (!IsCapitalLetter(cp)) return cp;
  if (cp < 0x80) return cp + ('a' - 'A');
  if (cp == 0x130) return 'i';   // "İ"
  if (cp == 0x178) return 0xFF;  // "Ÿ" -> "ÿ"
  if (cp <= 0xDE) return cp + 0x20;
  if (cp >= 0x391 && cp <= 0x3A9) return cp + 0x20;
  if (cp >= 0x410 && cp <= 0x42F) return cp + 0x20;
  if (cp >= 0x400 && cp <= 0x40F) return cp + 0x50;
  return cp + 1;  // a pair's capital (kPairRanges)
}

bool OpensWithCapital(absl::string_view s) {
  // ASCII first: most words are.
  if (s.empty()) return false;
  if (static_cast<unsigned char>(s[0]) < 0x80) return s[0] >= 'A' && s[0] <= 'Z';
  int size = 0;
  return IsCapitalLetter(FirstCodePoint(s, &size));
}

bool HasSmallLetter(absl::string_view s) {
  for (size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      if (s[i] >= 'a' && s[i] <= 'z') return true;
      ++i;
      continue;
    }
    int size = 0;
    if (IsSmallLetter(FirstCodePoint(s.substr(i), &size))) return true;
    i += size;
  }
  return false;
}

bool IsValidUtf8(absl::string_view bytes) {
  const auto* p = reinterpret_cast<const uint8_t*>(bytes.data());
  const size_t n = bytes.size();
  size_t i = 0;
  while (i < n) {
    if (p[i] < 0x80) {
      ++i;
      // Runs of ASCII (most of any article) eight bytes at a time.
      while (i + 8 <= n) {
        uint64_t w;
        std::memcpy(&w, p + i, 8);
        if ((w & 0x8080808080808080ull) != 0) break;
        i += 8;
      }
      continue;
    }
    const int len = SequenceLength(p[i]);
    if (len == 0 || i + len > n) return false;
    if (!SecondByteOk(p[i], p[i + 1])) return false;
    for (int k = 2; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) return false;
    }
    i += len;
  }
  return true;
}

}  // namespace factwire
