#ifndef FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_QUALIFIERS_H_
#define FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_QUALIFIERS_H_

#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "factwire/v1/records.pb.h"

namespace factwire {
namespace lexicon {

// A phrase that bounds a figure's value. Prefixes stand before the amount
// ("more than 20"), suffixes after it ("20 or more"). QUALIFIER_RANGE prefixes
// ("between") expect a second amount.
struct QualifierEntry {
  const char* phrase;  // lowercase
  factwire::v1::Qualifier qualifier;
  // A comparison of length ("as long as"): bounds only a length or a
  // duration ("as long as 25 minutes"), not what follows a conjunction ("as
  // long as 20 members agree", "as long as 50% of staff vote").
  bool length_or_time = false;
};

// Qualifiers written before the amount.
absl::Span<const QualifierEntry> PrefixQualifiers();

// Qualifiers written after the amount (and its unit).
absl::Span<const QualifierEntry> SuffixQualifiers();

// True if `word` (lowercase) is a verb of spreading or dividing after which
// "over" tells across what, not "more than": "spread over three sites",
// "split over two floors".
bool IsSpreadVerb(absl::string_view word);

// True if `word` (lowercase) bounds a distance that, with "of" and a place
// after it, says how near the place lies: "within" ("within 20 kilometres of
// the highway").
bool IsRadiusLead(absl::string_view word);

// True if `word` (lowercase) puts a thing below a layer whose depth follows:
// "under" ("under half a metre of water").
bool IsCoveringLead(absl::string_view word);

// True if `word` (lowercase) names a layer that covers ground to a depth:
// "water", "snow", "mud" ("under 30 cm of snow").
bool IsCoveringLayer(absl::string_view word);

// True if `word` (lowercase) compares a bare number after it with an amount
// said before, whose unit the number leaves out: "like" ("more like eight"),
// "than" ("longer than 30").
bool IsElisionLead(absl::string_view word);

// True if `word` (lowercase) is a comparative that with "to" compares a bare
// number with an amount said before: "closer" ("now closer to ten"),
// "nearer".
bool IsElisionComparative(absl::string_view word);

// True if `word` (lowercase) may follow a length or a duration bounded by
// "as long as" and still leave the bound a phrase of its own: a preposition,
// a conjunction or a rate word ("as long as 25 minutes at peak hours"), not
// a noun or verb that makes a condition clause ("as long as 10-year yields
// stay low").
bool IsMeasurePhraseEnd(absl::string_view word);

// True if `word` (lowercase) is a verb or noun of change, in a form
// lexicon::IsChangeFromWord leaves out, after which "from X to Y" is an old
// and a new level, not a range: "expand" ("sought to expand its lease from
// 480 hectares to 730"), "expansion", "extend", "shrink", "reduction".
bool IsChangeFromForm(absl::string_view word);

// True if `word` (lowercase) is a verb whose particle "over" gives a thing
// up, not "more than": "hand over a quarter of the takings", "handed over
// 20 rifles".
bool IsHandOverVerb(absl::string_view word);

// True if `word` (lowercase) before "to top N% of" makes "to" the
// preposition: a word of limiting or opening ("limited", "open").
bool IsRankLimitingWord(absl::string_view word);

// True if `word` (lowercase) right before "hands" makes it the noun, after
// which "over" is a bound: "changed" ("changed hands over 12 times") or a
// workplace noun ("farm hands over 60").
bool IsHandsNounLead(absl::string_view word);

// True if `word` (lowercase) before a noun of limit makes it a ceiling even
// of an age: "upper", "maximum" ("the upper age limit of 35").
bool IsCeilingAdjective(absl::string_view word);

// True if `word` (lowercase) before "top" may be a preposition as well as
// the infinitive marker: "to" ("limited to top 1% earners").
bool IsPrepositionalTopLead(absl::string_view word);

// True if `word` (lowercase) after "top N%" goes on with the rank's noun
// phrase: "of" ("open to top 5% of students").
bool IsRankPhraseLink(absl::string_view word);

// True if `word` (lowercase) is "top", a verb of going beyond in its base
// form that is also an adjective ("the top 10%", "a top 20 finish"): a
// bound only after a word that needs a verb next (IsBaseVerbLead).
bool IsBaseBeyondVerb(absl::string_view word);

// True if `word` (lowercase) may stand right before a verb in its base form
// and no adjective: "to" and adverbs of frequency ("expected to top $2
// billion", "gusts regularly top 90 km/h"). Modal auxiliaries are the
// caller's (lexicon::IsModalAuxiliary).
bool IsBaseVerbLead(absl::string_view word);

// True if `word` (lowercase) is a noun of an upper limit whose amount after
// "of" is the most allowed: "limit", "cap", "ceiling" ("a limit of 30 km/h",
// "a cap of 2%").
bool IsLimitNoun(absl::string_view word);

// True if `word` (lowercase) is a verb whose "from ... to ..." spans values
// a level took, not hours of a day: "ranged", "varied", "traded" ("prices
// ranged from 18.30 to 20.00").
bool IsValueSpanVerb(absl::string_view word);

// True for a verb of a timetable ("runs", "opened", "serve") whose "from A to
// B" with clock-shaped ends is hours of the day.
bool IsScheduleVerb(absl::string_view word);

// True if `word` (lowercase) is a verb of reaching whose amount after a
// modal of ability is the most a thing attains: "reach", "hit" ("trains
// can reach 160 km/h", "gusts can hit 90 km/h").
bool IsReachVerb(absl::string_view word);

// True if `word` (lowercase) is a modal of ability, which makes the amount a
// reach verb takes a maximum ("can"); not "could", "may" or "will", which
// forecast an amount ("the deficit could reach $2bn").
bool IsAbilityModal(absl::string_view word);

// True if `word` (lowercase) frames what follows as a view of what will
// happen, so "can reach" under it forecasts an amount rather than stating a
// maximum: "warned", "predicts", "expect", "forecast", "projected"
// ("the storm can reach 200 km/h, forecasters warned").
bool IsForecastFrameWord(absl::string_view word);

// True if `word` (lowercase) after an amount sets a deadline for it, which
// makes "can hit" a target: "by" ("can hit $100,000 by the end of the year").
bool IsDeadlineWord(absl::string_view word);

// True if `word` (lowercase) before a noun of limit makes it a floor: "lower",
// "minimum" ("a lower limit of 18").
bool IsFloorAdjective(absl::string_view word);

// Words that open a clause setting a threshold ("when readings exceed 2
// ppm", "areas where rates exceed 15%", "if sales top $1m"): a level a verb
// of going beyond reaches there is the threshold, stated exactly. Lowercase
// input.
bool IsThresholdClauseOpener(absl::string_view word);

}  // namespace lexicon
}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_QUALIFIERS_H_
