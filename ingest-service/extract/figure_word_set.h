#ifndef FACTWIRE_INGEST_SERVICE_EXTRACT_FIGURE_WORD_SET_H_
#define FACTWIRE_INGEST_SERVICE_EXTRACT_FIGURE_WORD_SET_H_

#include <initializer_list>

#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "ingest-service/extract/lexicon/word_table.h"

namespace factwire {
namespace figure_internal {

// A set of words (exact bytes) built once from word lists, for the figure
// finder's "is it one of these words" tests: one hash lookup instead of a
// strlen and a compare per listed word. Immutable and thread-safe once built.
class WordSet {
 public:
  // The words of every list in `lists`.
  explicit WordSet(std::initializer_list<absl::Span<const char* const>> lists) {
    for (absl::Span<const char* const> words : lists) {
      for (const char* w : words) table_[w] = 1;
    }
  }

  // True if `word` is one of the words.
  bool Contains(absl::string_view word) const {
    return table_.Find(word) != nullptr;
  }

 private:
  WordTable<char> table_;
};

}  // namespace figure_internal
}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_EXTRACT_FIGURE_WORD_SET_H_
