// Closed word lists about the shape of a clause around its speaker.
#include "ingest-service/extract/lexicon/clause_words.h"

#include "ingest-service/extract/lexicon/word_set.h"

namespace factwire {
namespace lexicon {
namespace {

// One-word openers of a list of examples ("groups including Oxfam").
constexpr absl::string_view kExampleOpeners[] = {"including"};

// Two-word openers, as "first second" ("districts such as Marsa").
constexpr absl::string_view kExampleOpenerPairs[] = {"such as"};

// Words before the last item of a list ("Marsa and Qormi").
constexpr absl::string_view kListJoiners[] = {"and", "or", "&"};

// Between a count and the group it picks from ("one of the people").
constexpr absl::string_view kPartitiveLinks[] = {"of"};

// Nouns in "-ing" that speak when they open a clause before a cue: proceedings
// ("the hearing found", "the ruling said"), and pieces issued or heard ("the
// filing cites", "the briefing said", "the recording shows"). See
// IsSpeakingIngNoun.
constexpr absl::string_view kSpeakingIngNouns[] = {"hearing",   "ruling",  "briefing", "filing",
                                                   "finding",   "polling", "meeting",  "recording",
                                                   "posting",   "warning"};

}  // namespace

int ExampleOpenerWords(absl::string_view before, absl::string_view word) {
  if (InWordLists<kExampleOpeners>(word)) return 1;
  for (const absl::string_view pair : kExampleOpenerPairs) {
    const size_t space = pair.find(' ');
    if (pair.substr(0, space) == before && pair.substr(space + 1) == word) return 2;
  }
  return 0;
}

bool IsListJoiner(absl::string_view word) { return InWordLists<kListJoiners>(word); }

bool IsPartitiveLink(absl::string_view word) { return InWordLists<kPartitiveLinks>(word); }

bool IsSpeakingIngNoun(absl::string_view word) { return InWordLists<kSpeakingIngNouns>(word); }

}  // namespace lexicon
}  // namespace factwire
