#ifndef FACTWIRE_INGEST_SERVICE_EXTRACT_FIGURE_LEXICON_H_
#define FACTWIRE_INGEST_SERVICE_EXTRACT_FIGURE_LEXICON_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"
#include "ingest-service/extract/figure_tokens.h"
#include "ingest-service/extract/lexicon/currencies.h"
#include "ingest-service/extract/lexicon/number_words.h"
#include "ingest-service/extract/lexicon/qualifiers.h"
#include "ingest-service/extract/lexicon/units.h"

namespace factwire {
namespace figure_internal {

// The longest phrase found at a token: its payload index and how many tokens it covers.
struct PhraseMatch {
  int index = -1;
  int length = 0;
  bool found() const { return index >= 0; }
};

// Multi-token phrases keyed by their first token. Spacing between tokens is ignored
// unless the phrase was added with `adjacent` (then no whitespace may separate them).
class PhraseTable {
 public:
  // Adds `surface` (tokenized like text) with payload `index`.
  void Add(absl::string_view surface, bool case_sensitive, bool adjacent, int index);

  // The longest phrase starting at tokens[i], or an empty match.
  PhraseMatch Match(const std::vector<Token>& tokens, int i) const;

 private:
  struct Entry {
    std::vector<std::string> words;
    bool case_sensitive;
    bool adjacent;
    int index;
  };
  absl::flat_hash_map<std::string, std::vector<Entry>> by_first_;
};

// Every table the figure finder uses, built once.
struct FigureLexicon {
  std::vector<lexicon::UnitEntry> units;  // Units() plus square/cubic forms
  PhraseTable unit_phrases;               // -> units
  PhraseTable currency_phrases;           // -> Currencies()
  PhraseTable prefix_qualifiers;          // -> PrefixQualifiers()
  PhraseTable suffix_qualifiers;          // -> SuffixQualifiers()
  PhraseTable scale_suffixes;             // -> ScaleSuffixes()
  PhraseTable time_scopes;                // -> TimeScopeWords()
  absl::flat_hash_map<std::string, lexicon::NumberWordEntry> number_words;
  absl::flat_hash_set<std::string> months;
  absl::flat_hash_set<std::string> subject_stop;
  absl::flat_hash_set<std::string> period_openers;
  absl::flat_hash_set<std::string> period_nouns;
  absl::flat_hash_set<std::string> place_prepositions;
  absl::flat_hash_set<std::string> streets;
  absl::flat_hash_set<std::string> not_name;
  absl::flat_hash_set<std::string> one_followers;

  // The number word `word` (lowercase), or nullptr.
  const lexicon::NumberWordEntry* NumberWord(absl::string_view word) const;
};

// The shared lexicon (built on first use; immutable and thread-safe afterwards).
const FigureLexicon& GetFigureLexicon();

}  // namespace figure_internal
}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_EXTRACT_FIGURE_LEXICON_H_
