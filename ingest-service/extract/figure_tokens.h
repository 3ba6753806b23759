#ifndef FACTWIRE_INGEST_SERVICE_EXTRACT_FIGURE_TOKENS_H_
#define FACTWIRE_INGEST_SERVICE_EXTRACT_FIGURE_TOKENS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace factwire {
namespace figure_internal {

// What a figure token is made of.
enum class TokenKind : uint8_t {
  kNumber,  // digits with optional thousands separators and decimals: "1,500",
            // ".77"
  kWord,    // letters (any non-ASCII letter too), with inner apostrophes:
            // "baker's"
  kSymbol,  // one punctuation or symbol character: "$", "%", "-", "°", "½"
};

// One token of a sentence, as the figure finder sees it (fields ordered to
// pack it in 72 bytes).
struct Token {
  int begin = 0;  // byte offsets into the whole text
  int end = 0;
  absl::string_view raw;  // the bytes as written
  absl::string_view
      lower;  // ASCII-lowercased copy (lives in the caller's buffer)
  uint32_t roles = 0;  // lexicon roles of `lower` (FigureLexicon::AssignRoles)
  TokenKind kind = TokenKind::kSymbol;
  bool space_before = false;  // whitespace separates it from the previous token
  // Bit 0: an odd number of '"' tokens precede this one in the range; bit 1:
  // the same for "'" (a quote mark after a number then closes a quotation).
  uint8_t open_quotes = 0;
  // Numbers only.
  bool has_separator = false;  // "1,500" or "10 000"
  bool has_decimal = false;    // "1.5"
  bool leading_zero = false;   // "04", "0033" (not "0" or "0.5")
  int int_digits = 0;          // digits before the decimal point
  int frac_digits = 0;         // digits after it
  double value = 0;
};

// The bytes of a token's `lower` that may be read past its end
// (TokenizeForFigures pads its lowercase copy with them).
inline constexpr int kLowerPadding = 8;

// TokenizeForFigures()
//
// Splits text[begin, end) into tokens. `lower_buffer` receives an
// ASCII-lowercased copy of that range and must outlive the tokens (Token::lower
// points into it); kLowerPadding more bytes follow the copy, so that eight
// bytes can be read from the start of any token's `lower`. Whitespace
// (including U+00A0 and U+202F) separates tokens and is not returned.
void TokenizeForFigures(absl::string_view text, int begin, int end,
                        std::string* lower_buffer, std::vector<Token>* tokens);

// True if `token` is the one symbol `symbol` ("$", "-", "–").
inline bool IsSymbol(const Token& token, absl::string_view symbol) {
  return token.kind == TokenKind::kSymbol && token.raw == symbol;
}

// True for "-", "–" (en dash), "‐" (hyphen) and U+2011 (non-breaking hyphen).
inline bool IsDash(const Token& token) {
  return token.kind == TokenKind::kSymbol &&
         (token.raw == "-" || token.raw == "\xE2\x80\x93" ||
          token.raw == "\xE2\x80\x90" || token.raw == "\xE2\x80\x91");
}

// True if the symbol token may be a vulgar fraction: "¼" .. "¾" (C2 BC-BE)
// or U+2140-U+217F (E2 85), where "⅓" .. "⅞" lie. Quotes and dashes (E2 80)
// are not.
inline bool MayBeVulgarFraction(const Token& token) {
  if (token.kind != TokenKind::kSymbol || token.raw.size() < 2) return false;
  const auto b0 = static_cast<unsigned char>(token.raw[0]);
  const auto b1 = static_cast<unsigned char>(token.raw[1]);
  return (b0 == 0xC2 && b1 >= 0xBC && b1 <= 0xBE) || (b0 == 0xE2 && b1 == 0x85);
}

// True if the word token starts with an ASCII capital letter.
inline bool IsCapitalized(const Token& token) {
  return token.kind == TokenKind::kWord && !token.raw.empty() &&
         token.raw[0] >= 'A' && token.raw[0] <= 'Z';
}

// True if the word token starts with a capital letter, ASCII or a Latin
// capital written in two UTF-8 bytes: U+00C0-U+00DE but the sign U+00D7
// ("\xC3\x89lodie") and the capitals of Latin Extended-A U+0100-U+017F
// ("\xC4\x90uri\xC5\xA1i\xC4\x87", "\xC5\x81ukasz"), where capitals take the even
// code points but in U+0139-U+0148 and U+0179-U+017E, which take the odd,
// and U+0178. For names, which may open with such a letter.
inline bool IsNameCapitalized(const Token& token) {
  if (IsCapitalized(token)) return true;
  if (token.kind != TokenKind::kWord || token.raw.size() < 2) return false;
  const auto b0 = static_cast<unsigned char>(token.raw[0]);
  const auto b1 = static_cast<unsigned char>(token.raw[1]);
  if (b1 < 0x80 || b1 > 0xBF) return false;
  const int cp = ((b0 & 0x1F) << 6) | (b1 & 0x3F);
  if (b0 == 0xC3) return cp <= 0xDE && cp != 0xD7;
  if (b0 != 0xC4 && b0 != 0xC5) return false;
  const bool odd_capitals =
      (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
  if (cp == 0x178 || cp == 0x138) return cp == 0x178;
  return odd_capitals ? (cp % 2 == 1) : (cp % 2 == 0);
}

}  // namespace figure_internal
}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_EXTRACT_FIGURE_TOKENS_H_
