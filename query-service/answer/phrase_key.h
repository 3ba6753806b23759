#ifndef FACTWIRE_QUERY_SERVICE_ANSWER_PHRASE_KEY_H_
#define FACTWIRE_QUERY_SERVICE_ANSWER_PHRASE_KEY_H_

#include <string>

#include "absl/strings/string_view.h"

namespace factwire {

// PhraseKey()
//
// A key under which phrases that name the same thing compare equal: the words
// of `phrase` (runs of ASCII letters and digits, and of non-ASCII bytes)
// lower-cased (ASCII), stopwords ("the", "of", "in", ...) left out, each made
// singular ("deaths" -> "death", "casualties" -> "casualty", "people" ->
// "person"), sorted and deduplicated, joined by single spaces:
//   PhraseKey("Deaths from overdoses") == PhraseKey("overdose deaths")
//                                      == "death overdose"
// "" when no word remains. Pure function.
std::string PhraseKey(absl::string_view phrase);

// Singular()
//
// `word` (lower case) made singular by English rules and a few irregular
// nouns; words that are not plurals come back unchanged.
std::string Singular(absl::string_view word);

}  // namespace factwire

#endif  // FACTWIRE_QUERY_SERVICE_ANSWER_PHRASE_KEY_H_
