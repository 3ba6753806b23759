#ifndef FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_CLAUSE_WORDS_H_
#define FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_CLAUSE_WORDS_H_

#include "absl/strings/string_view.h"

namespace factwire {
namespace lexicon {

// Closed word lists about the shape of a clause around its speaker
// (lexicon/clause_words.cc holds them); lowercase entries, compared exactly.

// When `word`, after the word `before`, ends the words that open a list of
// examples after a noun ("districts such as Marsa and Qormi", "groups including
// Oxfam"; the examples do not head the noun phrase): how many words open it (1
// or 2); else 0.
int ExampleOpenerWords(absl::string_view before, absl::string_view word);

// Words that join the last item of a list ("Marsa and Qormi", "Hull or York").
bool IsListJoiner(absl::string_view word);

// The word between a count and the group it picks members from: "of" ("one
// of the people", "two of the judges").
bool IsPartitiveLink(absl::string_view word);

// Nouns spelled with "-ing" for proceedings and written or spoken pieces that
// speak as a body does ("The hearing found", "the filing cites", "The briefing
// said"); not "following" or "remaining", which stand for people unnamed.
// Lowercase input.
bool IsSpeakingIngNoun(absl::string_view word);

}  // namespace lexicon
}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_CLAUSE_WORDS_H_
