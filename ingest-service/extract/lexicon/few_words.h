#ifndef FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_FEW_WORDS_H_
#define FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_FEW_WORDS_H_

#include <cstddef>

#include "absl/strings/string_view.h"

namespace factwire {
namespace lexicon {

// InFewWords()
//
// True if `word` (exact bytes) is one of the words of `list`, a list of one
// to six words, compared one by one: the compiler folds the compares to a
// switch on the size, cheaper than InWordLists' set look-up (word_set.h) for
// so few words, and most words differ from each in size. A longer list
// belongs in InWordLists. Thread-safe.
template <size_t N>
bool InFewWords(const char* const (&list)[N], absl::string_view word) {
  static_assert(N <= 6, "a longer list is a set: InWordLists");
  for (const char* w : list) {
    if (word == w) return true;
  }
  return false;
}

}  // namespace lexicon
}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_FEW_WORDS_H_
