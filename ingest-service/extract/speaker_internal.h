// Constants and small helpers shared by the files implementing SpeakerFinder
// (speakers.cc, speaker_asides.cc, speaker_groups.cc, speaker_right.cc,
// speaker_titles.cc, speaker_clauses.cc, speaker_pronouns.cc). Internal: include
// only from those files.
#ifndef FACTWIRE_INGEST_SERVICE_EXTRACT_SPEAKER_INTERNAL_H_
#define FACTWIRE_INGEST_SERVICE_EXTRACT_SPEAKER_INTERNAL_H_

#include <cstddef>
#include <cstdint>

#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "ingest-service/extract/lexicon/speech_words.h"
#include "ingest-service/extract/speakers.h"
#include "ingest-service/extract/tokens.h"

namespace factwire {
namespace speaker_internal {

constexpr int kMaxNominalTokens = 4;
// Tokens from "another" to the head of its noun phrase ("another elderly resident").
constexpr int kMaxAnotherTokens = 2;
constexpr uint32_t kNotAgent = kFiller | kAffiliationPrep | kDeterminer | kCue |
                               kTimeWord | kAdverbial | kRelative | kNameConnector |
                               kNotName | kStarter;
constexpr int kMaxRelativeClauseTokens = 30;
constexpr int kMaxAsideTokens = 30;
constexpr int kMaxTitleTailTokens = 4;  // "secretary of [homeland security] Jeh Johnson"
// "the Chief Executive of the Harbour Board of Kettleby": a title phrase with its tail.
constexpr int kMaxTitlePhraseTokens = kMaxNominalTokens + kMaxTitleTailTokens + 5;
constexpr int kMaxPartyTagTokens = 8;  // "(D-Mo.)", "(R-N.Y.)", "(I-Vt.)"
constexpr int kMaxParenTokens = 24;  // "Sen. Chris Murphy (a Connecticut Democrat ...)"
constexpr int kMaxAsideWords = 5;  // ", on the other hand,"
// ", speaking on condition of anonymity because they were not authorized to
// discuss the matter publicly,"
constexpr int kMaxSpeakingAsideTokens = 24;
constexpr int kMaxOpeningPhraseTokens = 9;  // "One longtime dockhand on Monday told"
constexpr int kMaxAntecedentTokens = 160;  // "the agency" looks this far back
constexpr int kMaxAgentTokens = 6;  // "by the Evening Courier of Leeds"
// Mentions searched back for a name of an entity that stands as a person.
constexpr int kMaxPersonLookback = 64;
// Mentions of any kind a bare title ("the Minister") walks back over to its
// holder, besides kMaxPersonLookback persons.
constexpr int kMaxTitleHolderLookback = 4 * kMaxPersonLookback;
// Capitalised words after "and" searched for the title or owner a name joins
// ("Works and [Transport Minister] Anita Ramdeen").
constexpr int kMaxJoinedNameTokens = 4;
// Lowercase words between a place preposition and a name ("in rural Kasungu",
// "at the Maelor").
constexpr int kMaxPlaceModifiers = 2;
// Words of the place after a person's preposition ("at the Harlow bus depot").
constexpr int kMaxPersonPlaceTokens = 4;
// Tokens of a headline or deck ("Pass rate dips; Minister says ..."), and the
// paragraphs it may open the text after (a section line, a headline, a deck).
constexpr int kMaxHeadlineTokens = 40;
constexpr int kMaxHeadlineParagraph = 5;
// The word that sets off a gloss after a title ("the city's hokim, or mayor,").
constexpr absl::string_view kGlossJoin = "or";
constexpr int kShareTokens = 2;  // "one of" inside a place ("at one of the X stations")

// An unnamed speaker written as tokens [first, last): "the spokesman",
// "officials in Kyiv".
inline Speaker AnonymousSpeaker(int first, int last) {
  Speaker s;
  s.first = first;
  s.last = last;
  s.anonymous = true;
  return s;
}

// True if token `t` of `text` names a kind of organisation: a kOrgKind word or
// a lexicon::IsBodyNoun ("ministry", "operator", "trust").
inline bool IsBodyKindWord(absl::string_view text, const Token& t) {
  return (t.classes & kOrgKind) != 0 || lexicon::IsBodyNoun(TokenText(text, t));
}

// True when `s` ends, in any case, in the whole words `words` ("General
// Education Minister" and "minister", "Coastal Aquaculture Chamber" and
// "chamber"; not "Vice-Chairman" and "chairman").
inline bool EndsInWords(absl::string_view s, absl::string_view words) {
  if (s.size() < words.size()) return false;
  const size_t at = s.size() - words.size();
  return (at == 0 || s[at - 1] == ' ') && absl::EqualsIgnoreCase(s.substr(at), words);
}

}  // namespace speaker_internal
}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_EXTRACT_SPEAKER_INTERNAL_H_
