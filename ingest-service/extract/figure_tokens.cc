#include "ingest-service/extract/figure_tokens.h"

#include <cstdint>
#include <cstring>

#include "absl/base/attributes.h"
#include "absl/strings/numbers.h"
#include "ingest-service/extract/lexicon/word_table.h"

namespace factwire {
namespace figure_internal {
namespace {

inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiAlpha(char c) {
  return static_cast<unsigned char>((c | 0x20) - 'a') < 26;
}

// The scans below read text.data()[i] where i is checked already: Debian's Abseil
// is hardened, and absl::string_view's operator[] checks its bounds again.

// Decodes the UTF-8 sequence at text[i]; sets *length (1 on malformed input).
uint32_t DecodeAt(absl::string_view text, int i, int end, int* length) {
  const char* const p = text.data();  // i < end <= text.size()
  const auto b0 = static_cast<unsigned char>(p[i]);
  int n = b0 < 0x80         ? 1
          : (b0 >> 5) == 6  ? 2
          : (b0 >> 4) == 14 ? 3
          : (b0 >> 3) == 30 ? 4
                            : 1;
  if (i + n > end) n = 1;
  uint32_t cp = n == 1   ? b0
                : n == 2 ? (b0 & 0x1F)
                : n == 3 ? (b0 & 0x0F)
                         : (b0 & 0x07);
  for (int k = 1; k < n; ++k) {
    const auto b = static_cast<unsigned char>(p[i + k]);
    if ((b >> 6) != 2) {
      *length = 1;
      return b0;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  *length = n;
  return cp;
}

inline bool IsSpaceCodePoint(uint32_t cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= '\t' && cp <= '\r');
  return cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F ||
         cp == 0x205F || cp == 0x3000;
}

// The digits a double holds exactly (an integer mantissa below 2^53), and
// the powers of ten a division by which rounds correctly.
inline constexpr int kMaxFastDigits = 15;
inline constexpr double kPowersOfTen[] = {
    1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

// The value of the digits (and at most one '.') in buffer[0, n), exactly as
// absl::SimpleAtod reads them, without its general parser when the digits fit
// a double exactly: an integer mantissa below 2^53 divided by a power of ten up
// to 1e22 is correctly rounded by one IEEE division (Clinger's fast path).
bool FastDecimal(const char* buffer, int n, double* value) {
  uint64_t mantissa = 0;
  int digits = 0;
  int frac = -1;  // digits after the point, -1 without one
  for (int k = 0; k < n; ++k) {
    const char c = buffer[k];
    if (c == '.' && frac < 0) {
      frac = 0;
      continue;
    }
    if (!IsDigit(c) || ++digits > kMaxFastDigits) return false;
    mantissa = mantissa * 10 + static_cast<uint64_t>(c - '0');
    if (frac >= 0) ++frac;
  }
  if (digits == 0) return false;
  *value = frac > 0 ? static_cast<double>(mantissa) / kPowersOfTen[frac]
                    : static_cast<double>(mantissa);
  return true;
}

// Non-ASCII code points that are symbols or punctuation rather than letters.
bool IsSymbolCodePoint(uint32_t cp) {
  return (cp >= 0xA1 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 ||
         (cp >= 0x2010 && cp <= 0x206F) || (cp >= 0x20A0 && cp <= 0x20CF) ||
         (cp >= 0x2100 && cp <= 0x2BFF) || (cp >= 0x3001 && cp <= 0x303F) ||
         (cp >= 0xFF01 && cp <= 0xFF0F);
}

// How many of the eight bytes at p are ASCII letters before the first other
// byte (8 when all are), eight bytes at a time (little-endian loads).
inline int LeadingLetters8(const char* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  return word_table_internal::LeadingAsciiLetters(w);
}

// The end of the run of ASCII letters starting at j (j when none), at most
// `end`. Bytes up to `readable` (>= end) may be read: a run that reaches the
// end of a sentence inside the text is also read eight bytes at a time.
inline int AsciiLetterRunEnd(const char* p, int j, int end, int readable) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  while (j + 8 <= readable) {
    const int n = LeadingLetters8(p + j);
    j += n;
    if (n < 8 || j >= end) return j < end ? j : end;
  }
#endif
  while (j < end && IsAsciiAlpha(p[j])) ++j;
  return j;
}

// Length of the letter run starting at i (inner apostrophes kept).
int ScanWord(absl::string_view text, int i, int end) {
  const char* p = text.data();
  const int readable = static_cast<int>(text.size());
  int j = i;
  while (j < end) {
    j = AsciiLetterRunEnd(p, j, end, readable);  // the common case
    if (j == end) break;
    const char c = p[j];
    int n = 1;
    if (static_cast<unsigned char>(c) >= 0x80) {
      const uint32_t cp = DecodeAt(text, j, end, &n);
      if (cp == 0x2019 && j + n < end && IsAsciiAlpha(p[j + n])) {
        j += n;
        continue;
      }
      if (IsSymbolCodePoint(cp) || IsSpaceCodePoint(cp)) break;
      j += n;
      continue;
    }
    if (c == '\'' && j + 1 < end && IsAsciiAlpha(p[j + 1]) && j > i) {
      ++j;
      continue;
    }
    break;
  }
  return j - i;
}

// True if exactly three digits start at j and no digit follows them.
bool ThreeDigitGroup(absl::string_view text, int j, int end) {
  const char* const p = text.data();
  return j + 3 <= end && IsDigit(p[j]) && IsDigit(p[j + 1]) &&
         IsDigit(p[j + 2]) && (j + 3 == end || !IsDigit(p[j + 3]));
}

// Scans a number at i into *token; returns its end: every form
// (separators, decimals, exponents).
int ScanNumberInFull(absl::string_view text, int i, int end, Token* token) {
  const char* const p = text.data();  // every index is checked against end
  char buffer[64];
  int n = 0;
  int j = i;
  auto push = [&](char c) {
    if (n < static_cast<int>(sizeof(buffer)) - 1) buffer[n++] = c;
  };
  while (j < end && IsDigit(p[j])) push(p[j++]);
  token->int_digits = n;
  token->leading_zero = n > 1 && buffer[0] == '0';
  // Thousands groups: "1,500,000" or "10 000".
  bool space_groups = false;
  while (j < end) {
    if (p[j] == ',' && !space_groups && ThreeDigitGroup(text, j + 1, end)) {
      ++j;
    } else if (p[j] == ' ' &&
               (space_groups || (!token->has_separator && n <= 3)) &&
               ThreeDigitGroup(text, j + 1, end)) {
      space_groups = true;
      ++j;
    } else {
      break;
    }
    token->has_separator = true;
    for (int k = 0; k < 3; ++k) push(p[j++]);
    token->int_digits += 3;
  }
  if (j + 1 < end && p[j] == '.' && IsDigit(p[j + 1])) {
    token->has_decimal = true;
    push(p[j++]);
    while (j < end && IsDigit(p[j])) {
      push(p[j++]);
      ++token->frac_digits;
    }
  }
  // Exponent: "4e14", "9.83e-3", when no letter follows.
  if (j + 1 < end && (p[j] == 'e' || p[j] == 'E') && n > 0) {
    int k = j + 1;
    if (k < end && (p[k] == '-' || p[k] == '+')) ++k;
    if (k < end && IsDigit(p[k])) {
      int m = k;
      while (m < end && IsDigit(p[m])) ++m;
      if (m == end || !IsAsciiAlpha(p[m])) {
        for (int q = j; q < m; ++q) push(p[q]);
        j = m;
      }
    }
  }
  buffer[n] = '\0';
  double value = 0;
  if (FastDecimal(buffer, n, &value) ||
      absl::SimpleAtod(absl::string_view(buffer, n), &value)) {
    token->value = value;
  }
  return j;
}

// Scans a number at i into *token, as ScanNumberInFull() does; returns its
// end. Most numbers are digits, maybe with comma groups and decimals, of
// fifteen digits or less ("15 people", "in 2024.", "1,500", "3.25"): those
// are read here in one pass, their value as FastDecimal() computes it. Out of
// line: numbers are few, and inlined it crowds the registers of the
// tokenizer's word loop.
ABSL_ATTRIBUTE_NOINLINE int ScanNumber(absl::string_view text, int i, int end,
                                       Token* token) {
  const char* p = text.data();
  uint64_t mantissa = 0;  // may wrap past fifteen digits: then unused
  int j = i;
  while (j < end && IsDigit(p[j])) {
    mantissa = mantissa * 10 + static_cast<uint64_t>(p[j] - '0');
    ++j;
  }
  if (j == i) return ScanNumberInFull(text, i, end, token);  // ".5"
  const bool leading_zero = j - i > 1 && p[i] == '0';
  int int_digits = j - i;
  bool separator = false;
  while (j < end && p[j] == ',' && ThreeDigitGroup(text, j + 1, end)) {
    for (int k = j + 1; k < j + 4; ++k) {
      mantissa = mantissa * 10 + static_cast<uint64_t>(p[k] - '0');
    }
    separator = true;
    int_digits += 3;
    j += 4;
  }
  // Space groups ("10 000") and exponents ("4e14") are read in full.
  if (j < end && ((p[j] == ' ' && !separator && int_digits <= 3 &&
                   ThreeDigitGroup(text, j + 1, end)) ||
                  (j + 1 < end && (p[j] == 'e' || p[j] == 'E')))) {
    return ScanNumberInFull(text, i, end, token);
  }
  int frac_digits = 0;
  const bool decimal = j + 1 < end && p[j] == '.' && IsDigit(p[j + 1]);
  if (decimal) {
    ++j;
    while (j < end && IsDigit(p[j])) {
      mantissa = mantissa * 10 + static_cast<uint64_t>(p[j] - '0');
      ++frac_digits;
      ++j;
    }
    if (j + 1 < end && (p[j] == 'e' || p[j] == 'E')) {
      return ScanNumberInFull(text, i, end, token);
    }
  }
  if (int_digits + frac_digits > kMaxFastDigits) {
    return ScanNumberInFull(text, i, end, token);
  }
  token->int_digits = int_digits;
  token->frac_digits = frac_digits;
  token->leading_zero = leading_zero;
  token->has_separator = separator;
  token->has_decimal = decimal;
  token->value = frac_digits > 0
                     ? static_cast<double>(mantissa) / kPowersOfTen[frac_digits]
                     : static_cast<double>(mantissa);
  return j;
}

// What the first byte of a token tells the tokenizer.
enum class ByteClass : uint8_t {
  kOther,   // an ASCII symbol or punctuation mark (a '.' may open a number)
  kSpace,   // ' ', '\t' .. '\r'
  kDigit,   // '0' .. '9'
  kLetter,  // 'A' .. 'Z', 'a' .. 'z'
  kHigh,    // 0x80 and above: part of a UTF-8 sequence
};

// The ByteClass of each byte value.
struct ByteClasses {
  ByteClass of[256];
  constexpr ByteClasses() : of() {
    for (int c = 0; c < 256; ++c) {
      of[c] = c >= 0x80                               ? ByteClass::kHigh
              : (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? ByteClass::kLetter
              : c >= '0' && c <= '9'                   ? ByteClass::kDigit
              : c == ' ' || (c >= '\t' && c <= '\r')  ? ByteClass::kSpace
                                                       : ByteClass::kOther;
    }
  }
};
inline constexpr ByteClasses kByteClasses;

// Appends the word or symbol token p[i, j) (`lower` holds the lowercase copy
// of p[begin, ...)).
inline void AddToken(const char* p, const char* lower, int begin, int i, int j,
                     TokenKind kind, bool space_before, uint8_t open_quotes,
                     std::vector<Token>* tokens) {
  Token& token = tokens->emplace_back();
  token.begin = i;
  token.end = j;
  // (32 bits: the compiler sees the size below string_view's maximum and drops
  // Debian's hardened check of it.)
  const uint32_t length = static_cast<uint32_t>(j - i);
  token.raw = absl::string_view(p + i, length);
  token.lower = absl::string_view(lower + (i - begin), length);
  token.kind = kind;
  token.space_before = space_before;
  token.open_quotes = open_quotes;
}

}  // namespace

void TokenizeForFigures(absl::string_view text, int begin, int end,
                        std::string* lower_buffer, std::vector<Token>* tokens) {
  tokens->clear();
  lower_buffer->resize(end - begin + kLowerPadding);
  LowerAscii(text.data() + begin, end - begin, lower_buffer->data());
  const char* const lower = lower_buffer->data();
  const char* const p = text.data();
  const int readable = static_cast<int>(text.size());
  bool space = true;
  uint8_t open_quotes = 0;
  int i = begin;
  while (i < end) {
    const char c = p[i];
    const ByteClass byte_class = kByteClasses.of[static_cast<unsigned char>(c)];
    if (byte_class == ByteClass::kLetter) {  // the common token
      int j = AsciiLetterRunEnd(p, i + 1, end, readable);
      if (j < end && p[j] == ' ') {  // the common end, its space skipped here
        AddToken(p, lower, begin, i, j, TokenKind::kWord, space, open_quotes,
                 tokens);
        space = true;
        i = j + 1;
        continue;
      }
      // Most other words end at an ASCII byte other than an apostrophe.
      if (j < end && (static_cast<unsigned char>(p[j]) >= 0x80 || p[j] == '\'')) {
        j = i + ScanWord(text, i, end);
      }
      AddToken(p, lower, begin, i, j, TokenKind::kWord, space, open_quotes,
               tokens);
      space = false;
      i = j;
      continue;
    }
    if (byte_class == ByteClass::kSpace) {
      space = true;
      ++i;
      continue;
    }
    if (byte_class == ByteClass::kDigit ||
        (c == '.' && i + 1 < end && IsDigit(p[i + 1]) &&
         (i == begin || !(IsDigit(p[i - 1]) || IsAsciiAlpha(p[i - 1]))))) {
      Token& token = tokens->emplace_back();
      token.begin = i;
      token.space_before = space;
      token.kind = TokenKind::kNumber;
      token.end = ScanNumber(text, i, end, &token);
      const uint32_t length = static_cast<uint32_t>(token.end - i);
      token.raw = absl::string_view(p + i, length);
      token.lower = absl::string_view(lower + (i - begin), length);
      token.open_quotes = open_quotes;
      space = false;
      i = token.end;
      continue;
    }
    if (byte_class == ByteClass::kOther) {  // one ASCII symbol
      AddToken(p, lower, begin, i, i + 1, TokenKind::kSymbol, space,
               open_quotes, tokens);
      if (c == '"') open_quotes ^= 1;
      if (c == '\'') open_quotes ^= 2;
      space = false;
      ++i;
      continue;
    }
    // A byte of 0x80 and above: a UTF-8 sequence (or a stray byte, read as
    // the code point of its value).
    int n = 1;
    const uint32_t cp = DecodeAt(text, i, end, &n);
    if (IsSpaceCodePoint(cp)) {
      space = true;
      i += n;
      continue;
    }
    const bool word = !IsSymbolCodePoint(cp);
    const int j = word ? i + ScanWord(text, i, end) : i + n;
    AddToken(p, lower, begin, i, j, word ? TokenKind::kWord : TokenKind::kSymbol,
             space, open_quotes, tokens);
    space = false;
    i = j;
  }
}

}  // namespace figure_internal
}  // namespace factwire
