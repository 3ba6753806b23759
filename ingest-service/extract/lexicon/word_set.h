#ifndef FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_WORD_SET_H_
#define FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_WORD_SET_H_

#include <cstddef>

#include "absl/strings/string_view.h"
#include "ingest-service/extract/lexicon/word_table.h"

namespace factwire {
namespace lexicon {

namespace word_set_internal {

// The BitFilter key of a word's shape: its size (15 for 15 bytes and more) and
// its first byte; 0 for the empty word.
inline size_t ShapeKey(absl::string_view word) {
  if (word.empty()) return 0;
  const size_t size = word.size() < 15 ? word.size() : 15;
  return size << 8 | static_cast<unsigned char>(word[0]);
}

// The words of some lists, and the shapes (ShapeKey) they have.
struct WordSet {
  WordTable<char> table;
  BitFilter<16 * 256> shapes;
};

}  // namespace word_set_internal

// True if `word` (exact bytes) is a word of one of `Lists`: arrays of
// `const char*` or `absl::string_view` with static storage, the lexicon's word
// lists. A word whose size and first byte no listed word has is turned away by
// one bit test; other words take one hash lookup. The lists' words are put in one
// set the first time this is called for these lists (never freed); thread-safe.
template <const auto&... Lists>
bool InWordLists(absl::string_view word) {
  using word_set_internal::ShapeKey;
  static const word_set_internal::WordSet* const set = [] {
    auto* words = new word_set_internal::WordSet();
    auto add = [words](const auto& list) {
      for (absl::string_view w : list) {
        words->table[w] = 1;
        words->shapes.Add(ShapeKey(w));
      }
    };
    (add(Lists), ...);
    return words;
  }();
  return set->shapes.Has(ShapeKey(word)) && set->table.Find(word) != nullptr;
}

}  // namespace lexicon
}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_WORD_SET_H_
