#ifndef FACTWIRE_INGEST_SERVICE_EXTRACT_TOKENS_H_
#define FACTWIRE_INGEST_SERVICE_EXTRACT_TOKENS_H_

#include <cassert>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "absl/strings/string_view.h"
#include "ingest-service/extract/lexicon/lexicon.h"

namespace factwire {

enum class TokenKind : uint8_t { kWord, kNumber, kPunct, kQuote };

// How a quote mark may act; "either" marks are resolved by pairing.
enum class QuoteMark : uint8_t {
  kNone,
  kDoubleOpen,
  kDoubleClose,
  kDoubleEither,
  kSingleOpen,
  kSingleClose,
  kSingleEither,
};

// A word, number, punctuation mark or quote mark of the text.
struct Token {
  int begin = 0;
  int end = 0;
  int paragraph = 0;
  TokenKind kind = TokenKind::kPunct;
  QuoteMark quote = QuoteMark::kNone;
  // ASCII punctuation as itself; 'D' for dashes, 'E' for an ellipsis.
  char punct = 0;
  bool upper = false;         // starts with an uppercase letter
  bool all_caps = false;      // two or more letters, all uppercase
  bool space_before = false;  // whitespace (or a paragraph start) precedes it
  bool possessive = false;    // the "'s" split off a word
  bool ends_period = false;   // an abbreviation or initial that kept its period
  // A word of ASCII letters and the straight apostrophes between them ("didn't"):
  // no digit, hyphen, period or non-ASCII byte.
  bool letters_only = false;
  uint32_t classes = 0;       // WordClass bits
  uint8_t cue = 0;            // CueFlag bits
  // A sentence mark (IsSentenceMark), an abbreviation or initial that kept its
  // period, or the last token of its paragraph: the tokens a sentence may end
  // at, the only ones SplitSentences() looks at.
  bool may_end_sentence = false;
  uint8_t amount = 0;  // AmountFlag bits (Lexicon::Entry::amount)
};

// True for the marks that may end a sentence: '.', '!', '?' and an ellipsis.
inline bool IsSentenceMark(const Token& t) {
  return t.kind == TokenKind::kPunct &&
         (t.punct == '.' || t.punct == '!' || t.punct == '?' || t.punct == 'E');
}

// Tokenize()
//
// The tokens of each paragraph span of `text`, in order, with lexicon classes.
// Keeps abbreviations ("U.S.", "Cpl.", initials) with their period, numbers with
// their separators ("70,000", "1.3"), hyphenated words whole, and splits the
// possessive "'s". Pure function of its inputs.
std::vector<Token> Tokenize(absl::string_view text,
                            const std::vector<std::pair<int, int>>& paragraphs,
                            const Lexicon& lexicon);

// The same tokens into `*tokens` (replacing its contents, reusing its capacity).
void Tokenize(absl::string_view text, const std::vector<std::pair<int, int>>& paragraphs,
              const Lexicon& lexicon, std::vector<Token>* tokens);

// True if `t` is the punctuation mark `c` (in Token::punct's code: 'D' for a dash).
inline bool IsPunct(const Token& t, char c) {
  return t.kind == TokenKind::kPunct && t.punct == c;
}

// The token's bytes. A token lies inside the text it was read from, so they are
// taken without substr()'s range check and shortening (a compare, a branch and
// a min at each of the extractor's hundreds of thousands of calls a run). The
// size goes through 32 bits, so that the compiler sees it below string_view's
// maximum and drops that check too (Debian's Abseil is hardened).
inline absl::string_view TokenText(absl::string_view text, const Token& t) {
  assert(t.begin >= 0 && t.begin <= t.end && static_cast<size_t>(t.end) <= text.size());
  return absl::string_view(text.data() + t.begin,
                           static_cast<uint32_t>(t.end - t.begin));
}

// True if `word` (not empty) occurs in `text` with no ASCII letter right before
// or after it: "about" in "... about a third" or "(about)", not in
// "roundabout" or "abouts". Reads the text 16 bytes at a time where it can.
bool HasWholeWord(absl::string_view text, absl::string_view word);

// The first token after a dateline that opens the paragraph at token `k`
// ("LONDON —", "WASHINGTON (Reuters) -", "NAIROBI, Kenya (AP) —",
// "BRUSSELS/KYIV, March 12 (Reuters) -", "UPDATE: 5/12 —": all-caps words, a
// region or date after an all-caps word, an agency in brackets, then a dash),
// else `k`; also `k` when `k` does not open a paragraph. A dateline names no
// source and is no subject.
int AfterDateline(const std::vector<Token>& tokens, int k);

}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_EXTRACT_TOKENS_H_
