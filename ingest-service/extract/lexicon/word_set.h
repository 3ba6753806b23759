#ifndef FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_WORD_SET_H_
#define FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_WORD_SET_H_

#include <atomic>
#include <cstddef>

#include "absl/base/attributes.h"
#include "absl/base/optimization.h"
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

  // True if `word` is one of the words.
  bool Has(absl::string_view word) const {
    return shapes.Has(ShapeKey(word)) && table.Find(word) != nullptr;
  }
};

// The set of `Lists` once InWordLists<Lists...>() has built it, else nullptr: a
// plain load on the look-up path, which then needs no registers kept across a
// call (a function-local static there makes every look-up save and restore
// six of them for the rare call that builds the set).
template <const auto&... Lists>
inline std::atomic<const WordSet*> built_set{nullptr};

// The set of `Lists`, built on the first call (thread-safe) and published in
// built_set; then Has(word). Out of line: it runs once or a few times per set.
template <const auto&... Lists>
ABSL_ATTRIBUTE_NOINLINE bool BuildThenHas(absl::string_view word) {
  static const WordSet* const set = [] {
    auto* words = new WordSet();
    auto add = [words](const auto& list) {
      for (absl::string_view w : list) {
        words->table[w] = 1;
        words->shapes.Add(ShapeKey(w));
      }
    };
    (add(Lists), ...);
    return words;
  }();
  built_set<Lists...>.store(set, std::memory_order_release);
  return set->Has(word);
}

}  // namespace word_set_internal

// True if `word` (exact bytes) is a word of one of `Lists`: arrays of
// `const char*` or `absl::string_view` with static storage, the lexicon's word
// lists. A word whose size and first byte no listed word has is turned away by
// one bit test; other words take one hash lookup. The lists' words are put in one
// set the first time this is called for these lists (never freed); thread-safe.
template <const auto&... Lists>
bool InWordLists(absl::string_view word) {
  const word_set_internal::WordSet* const set =
      word_set_internal::built_set<Lists...>.load(std::memory_order_acquire);
  if (ABSL_PREDICT_FALSE(set == nullptr)) {
    return word_set_internal::BuildThenHas<Lists...>(word);
  }
  return set->Has(word);
}

}  // namespace lexicon
}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_WORD_SET_H_
