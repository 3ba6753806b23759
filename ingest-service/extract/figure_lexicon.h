#ifndef FACTWIRE_INGEST_SERVICE_EXTRACT_FIGURE_LEXICON_H_
#define FACTWIRE_INGEST_SERVICE_EXTRACT_FIGURE_LEXICON_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/string_view.h"
#include "ingest-service/extract/figure_short_words.h"
#include "ingest-service/extract/figure_tokens.h"
#include "ingest-service/extract/lexicon/currencies.h"
#include "ingest-service/extract/lexicon/number_words.h"
#include "ingest-service/extract/lexicon/qualifiers.h"
#include "ingest-service/extract/lexicon/units.h"
#include "ingest-service/extract/lexicon/word_table.h"

namespace factwire {
namespace figure_internal {

// What a lowercase token can be, as bits of Token::roles (one hash lookup per
// token).
enum Role : uint32_t {
  kRoleUnit = 1u << 0,             // first word of a unit phrase
  kRoleCurrency = 1u << 1,         // first word of a currency phrase
  kRolePrefixQualifier = 1u << 2,  // first word of a prefix qualifier
  kRoleSuffixQualifier = 1u << 3,
  kRoleScaleSuffix = 1u << 4,
  kRoleTimeScope = 1u << 5,
  kRoleNumberWord = 1u << 6,
  kRoleMonth = 1u << 7,
  kRoleSubjectStop = 1u << 8,
  kRolePeriodOpener = 1u << 9,
  kRolePeriodNoun = 1u << 10,
  kRolePlacePreposition = 1u << 11,
  kRoleStreet = 1u << 12,
  kRoleNotName = 1u << 13,
  kRoleOneFollower = 1u << 14,
  kRoleStarter =
      1u << 15,  // other words a figure may start with: "a", "minus", "several"
  kRoleQuantityVerb =
      1u << 16,  // "rose", "reached", "was": noun phrase before, amount after
  kRoleTimeLead =
      1u << 17,  // other words a period mention may start with: "in", "the"
  kRoleCountNoun = 1u << 18,  // "couple", "pair", "few": open an amount
  kRoleWeekday = 1u << 19,    // "monday" .. "sunday": a day (FindMentions)
  kRolePlaceScope = 1u << 20,  // "nationwide": a place on its own
};

// The roles of the first token of every period mention (figure_context.cc
// TimeAt): a token without them starts none.
inline constexpr uint32_t kTimeStartRoles =
    kRoleTimeScope | kRolePeriodOpener | kRoleMonth | kRoleTimeLead;

// The roles of words a figure may start with.
inline constexpr uint32_t kFigureStartRoles =
    kRoleCurrency | kRolePrefixQualifier | kRoleNumberWord | kRoleStarter;

// True if `token` has any of the `roles` bits.
inline bool HasRole(const Token& token, uint32_t roles) {
  return (token.roles & roles) != 0;
}

// The longest phrase found at a token: its payload index and how many tokens it
// covers.
struct PhraseMatch {
  int index = -1;
  int length = 0;
  bool found() const { return index >= 0; }
};

// Multi-token phrases keyed by their first token. Spacing between tokens is
// ignored unless the phrase was added with `adjacent` (then no whitespace may
// separate them). Built by Add() calls and one Finish(); read-only (and
// thread-safe) after.
class PhraseTable {
 public:
  // `role` is the Token::roles bit of the table's first words.
  explicit PhraseTable(Role role) : role_(role) {}

  Role role() const { return role_; }

  // The first words of every phrase, lowercase.
  const std::vector<std::string>& FirstWords() const { return first_words_; }

  // Adds `surface` (tokenized like text) with payload `index`.
  void Add(absl::string_view surface, bool case_sensitive, bool adjacent,
           int index);

  // Lays the phrases out for Match(), each first word's longest first (in
  // adding order among phrases of one length). Call once, after the last Add().
  void Finish();

  // The longest phrase starting at tokens[i], or an empty match.
  PhraseMatch Match(const std::vector<Token>& tokens, int i) const {
    if (i < 0 || i >= static_cast<int>(tokens.size()) ||
        !HasRole(tokens[i], role_)) {
      return {};
    }
    return MatchFirst(tokens, i);
  }

 private:
  // A phrase as added (until Finish()).
  struct Entry {
    std::vector<std::string> words;
    bool case_sensitive;
    bool adjacent;
    int index;
  };
  // A phrase as Match() reads it: its words are words_[first_word,
  // first_word + words), each a stretch of chars_.
  struct Phrase {
    uint32_t first_word;
    uint32_t words;
    bool case_sensitive;
    bool adjacent;
    int index;
  };
  struct Word {
    uint32_t offset;
    uint32_t size;
  };
  // The phrases_ [first, end) starting with one first word.
  struct Range {
    uint32_t first = 0;
    uint32_t end = 0;
  };
  // Match() once tokens[i] is known to have the table's role.
  PhraseMatch MatchFirst(const std::vector<Token>& tokens, int i) const;
  // The phrases starting with `lower` (none when it starts none); the words
  // of more than 8 bytes from LongPhrasesOf(), out of line.
  Range PhrasesOf(absl::string_view lower) const;
  Range LongPhrasesOf(absl::string_view lower) const;
  // True if `w` holds the bytes of `want`.
  bool SameWord(absl::string_view w, const Word& want) const;

  Role role_;
  WordTable<std::vector<Entry>> by_first_;  // emptied by Finish()
  // By first word: first words of 1 to 8 bytes in the short map, longer ones
  // in the word table.
  ShortWordMap<Range> short_phrases_of_;
  WordTable<Range> phrases_of_;
  std::vector<Phrase> phrases_;
  std::vector<Word> words_;
  std::string chars_;
  std::vector<std::string> first_words_;
};

// Every table the figure finder uses, built once.
struct FigureLexicon {
  std::vector<lexicon::UnitEntry> units;  // Units() plus square/cubic forms
  PhraseTable unit_phrases{kRoleUnit};    // -> units
  PhraseTable currency_phrases{kRoleCurrency};          // -> Currencies()
  PhraseTable prefix_qualifiers{kRolePrefixQualifier};  // -> PrefixQualifiers()
  PhraseTable suffix_qualifiers{kRoleSuffixQualifier};  // -> SuffixQualifiers()
  PhraseTable scale_suffixes{kRoleScaleSuffix};         // -> ScaleSuffixes()
  PhraseTable time_scopes{kRoleTimeScope};              // -> TimeScopeWords()
  WordTable<lexicon::NumberWordEntry> number_words;
  WordTable<uint32_t> roles;  // every word's Role bits
  // Countries, capitals and regions (lexicon.h's kCountry words and
  // RegionNames()), lowercase, words joined by one space.
  WordTable<uint8_t> place_names;

  // True if `lower` (words joined by one space) names a place.
  bool IsPlaceName(absl::string_view lower) const {
    return place_names.Find(lower) != nullptr;
  }

  // The number word at `token`, or nullptr.
  const lexicon::NumberWordEntry* NumberWord(const Token& token) const;

  // The currency whose name in words opens at tokens[j] ("rand", "US
  // dollar", "pula"; not a sign or a letter such as "R"), or nullptr.
  const lexicon::CurrencyEntry* CurrencyNamedAt(
      const std::vector<Token>& tokens, int j) const;

  // Sets Token::roles on every token. The tokens come from
  // TokenizeForFigures(): a short word's `lower` is read eight bytes at a time
  // (into the buffer's padding).
  void AssignRoles(std::vector<Token>* tokens) const;

  // False when no amount can start among `tokens` (roles assigned): no
  // number, vulgar fraction ("½"), number word, "couple"/"pair"/"few", nor
  // "a"/"an" before a unit or currency word.
  bool MayHoldAmount(const std::vector<Token>& tokens) const;

  // The roles of `word` (0 when it has none).
  uint32_t RolesOf(absl::string_view word) const;

  // True if the lowercase word can open an amount by itself: a number word or
  // "couple", "pair", "few" (what MayHoldAmount looks for among the words).
  bool IsCountWord(absl::string_view lower) const;

  // False for most words IsCountWord() is false for, told from the word's size
  // and its first and last bytes lowercase, without a lookup.
  bool MayBeCountWord(size_t size, char first, char last) const {
    return count_word_shapes.Has(CountShape(size, first, last));
  }

  // A word's length (up to 15) and the low six bits of its first and last
  // bytes: 16 bits that tell most words from the number words.
  static uint32_t CountShape(size_t size, char front, char back) {
    const size_t n = size < 15 ? size : 15;
    return static_cast<uint32_t>(n) << 12 |
           (static_cast<uint32_t>(static_cast<unsigned char>(front)) & 0x3F) << 6 |
           (static_cast<uint32_t>(static_cast<unsigned char>(back)) & 0x3F);
  }

  // Bits by CountShape() of the number words and "couple", "pair", "few".
  BitFilter<(1u << 16)> count_word_shapes;
  // The roles of the words of 1 to 8 bytes again (most words of a text are
  // that short), in a table of their own that stays in cache.
  ShortWordMap<uint32_t> short_roles;
  // Bits by the shape (size, first and last bytes; see figure_lexicon.cc) of
  // every word of more than 8 bytes with roles: RolesOf() looks those up only
  // when the word's shape has its bit.
  BitFilter<(1u << 13)> long_role_shapes;
};

// The shared lexicon (built on first use; immutable and thread-safe
// afterwards).
const FigureLexicon& GetFigureLexicon();

// "year on year", "month-on-month", "quarter over quarter": the end of a
// period noun at tokens[i] repeated across a joint word (dashes optional),
// or i when none is. Such a period is the base of a change, not a unit.
int PeriodRepeatEnd(const std::vector<Token>& tokens, int i);

// The years a four-digit number may name: from kFirstYear (any date of
// history: "the 1872 Cup", "in 1066") or kFirstModernYear (the years news
// dates its documents and periods in: "a 2019 report") to kLastYear.
inline constexpr int kFirstYear = 1000;
inline constexpr int kFirstModernYear = 1900;
inline constexpr int kLastYear = 2100;

// True if `value` is a whole year from `first_year` to kLastYear.
inline bool IsYearValue(double value, int first_year) {
  return value >= first_year && value <= kLastYear;
}

// True if `token` is a number of four plain digits (no thousands grouping,
// no decimal point) whose value is a year from `first_year` to kLastYear.
inline bool IsFourDigitYear(const Token& token, int first_year) {
  return token.kind == TokenKind::kNumber && token.int_digits == 4 &&
         !token.has_separator && !token.has_decimal &&
         IsYearValue(token.value, first_year);
}

// True if the noun-like quantity verb at tokens[i] ("pay") reads as a verb:
// a determiner follows it ("pay an average of", "pay their staff"), or "to",
// a modal, a subject pronoun, an -ly adverb or a plural stands before it
// ("to pay", "Farmers pay", "jobs currently pay"). "Teacher pay 5% rise",
// "Equal pay" and "a pay rise" read as nouns.
bool ReadsAsBareVerb(const std::vector<Token>& tokens, int i);

// True if `w` (lowercase) is a verb's -ing form by its shape: more than five
// letters ending in "ing" ("running", "depending").
bool IsGerundShape(absl::string_view w);

// True if `w` (lowercase) has a verb's past or participle form: "-ed" (more
// than four letters), an irregular past ("gone", "rose") or a participle a
// predicate ends with ("put", "cut").
bool IsVerbFormShape(absl::string_view w);

}  // namespace figure_internal
}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_EXTRACT_FIGURE_LEXICON_H_
