#ifndef FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_WORD_SET_H_
#define FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_WORD_SET_H_

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <iterator>

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

// The number of ShapeKey() values.
inline constexpr size_t kShapeKeys = 16 * 256;

// The shapes of the words of every set, by shape: a row per ShapeKey() with a
// bit per set (its column). A word is looked up in many sets in a row (a
// token's text tried against one list after another), and every set's bit for
// its shape is in the same 64-byte row: one cache line for all of those
// look-ups, where a filter of its own per set was a line per set (on the host
// of bench/, a miss to L2 in most look-ups). 256 KiB, zero before any set is
// built; a bit is set before its set is published (built_set) and never
// cleared, so readers load the rows relaxed.
inline constexpr int kShapeColumns = 512;
struct alignas(64) ShapeRow {
  std::atomic<uint64_t> bits[kShapeColumns / 64];
};
inline ShapeRow shape_rows[kShapeKeys];

// The column a new set takes: sets past the last share it (their shapes are
// OR-ed together there: more words pass the filter to the table, none is
// turned away wrongly).
inline std::atomic<int> sets_with_columns{0};

// The words of some lists; their shapes are in the set's column of shape_rows.
class WordSet {
 public:
  // Takes the next column.
  WordSet() {
    const int column = std::min(sets_with_columns.fetch_add(1), kShapeColumns - 1);
    word_ = column / 64;
    bit_ = uint64_t{1} << (column % 64);
  }

  // Makes room for `words` words (WordTable::Reserve), before the first Add().
  void Reserve(size_t words) { table_.Reserve(words); }

  // Adds `word` (while the set is being built, before it is published).
  void Add(absl::string_view word) {
    table_[word] = 1;
    shape_rows[ShapeKey(word)].bits[word_].fetch_or(bit_, std::memory_order_relaxed);
  }

  // True if `word` is one of the words. The shape test is inlined where the
  // set is asked (most words are turned away by it: a call less each).
  ABSL_ATTRIBUTE_ALWAYS_INLINE bool Has(absl::string_view word) const {
    const uint64_t row =
        shape_rows[ShapeKey(word)].bits[word_].load(std::memory_order_relaxed);
    return (row & bit_) != 0 && InTable(word);
  }

 private:
  // True if `word` is in the table: the rest of Has(), out of line.
  ABSL_ATTRIBUTE_NOINLINE bool InTable(absl::string_view word) const {
    return table_.Find(word) != nullptr;
  }

  WordTable<char> table_;
  int word_ = 0;      // the index in ShapeRow::bits of the set's column
  uint64_t bit_ = 0;  // and its bit there
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
    words->Reserve((std::size(Lists) + ...));
    auto add = [words](const auto& list) {
      for (absl::string_view w : list) words->Add(w);
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
// lists. Lists of kFewWords words or fewer in all are compared word by word
// (the compiler folds the compares of constant lists to a switch on the size,
// cheaper than a set). In longer ones, a word whose size and first byte no
// listed word has is turned away by one bit test (WordSet, shape_rows); other
// words take one hash lookup; the lists' words are put in one set the first
// time this is called for these lists (never freed). Thread-safe.
inline constexpr size_t kFewWords = 6;
template <const auto&... Lists>
bool InWordLists(absl::string_view word) {
  if constexpr ((std::size(Lists) + ...) <= kFewWords) {
    const auto in = [word](const auto& list) {
      for (absl::string_view w : list) {
        if (word == w) return true;
      }
      return false;
    };
    return (in(Lists) || ...);
  } else {
    const word_set_internal::WordSet* const set =
        word_set_internal::built_set<Lists...>.load(std::memory_order_acquire);
    if (ABSL_PREDICT_FALSE(set == nullptr)) {
      return word_set_internal::BuildThenHas<Lists...>(word);
    }
    return set->Has(word);
  }
}

}  // namespace lexicon
}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_WORD_SET_H_
