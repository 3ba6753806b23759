#ifndef FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_WORD_SET_H_
#define FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_WORD_SET_H_

#include "absl/strings/string_view.h"
#include "ingest-service/extract/lexicon/word_table.h"

namespace factwire {
namespace lexicon {

// True if `word` (exact bytes) is a word of one of `Lists`: arrays of
// `const char*` or `absl::string_view` with static storage, the lexicon's word
// lists. One hash lookup: the lists' words are put in one set the first time
// this is called for these lists (never freed); thread-safe.
template <const auto&... Lists>
bool InWordLists(absl::string_view word) {
  static const WordTable<char>* const set = [] {
    auto* table = new WordTable<char>();
    auto add = [table](const auto& words) {
      for (absl::string_view w : words) (*table)[w] = 1;
    };
    (add(Lists), ...);
    return table;
  }();
  return set->Find(word) != nullptr;
}

}  // namespace lexicon
}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_WORD_SET_H_
