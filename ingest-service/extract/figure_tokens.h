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

}  // namespace figure_internal
}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_EXTRACT_FIGURE_TOKENS_H_
