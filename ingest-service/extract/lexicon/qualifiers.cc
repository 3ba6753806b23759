#include "ingest-service/extract/lexicon/qualifiers.h"

#include "ingest-service/extract/lexicon/word_set.h"

namespace factwire {
namespace lexicon {
namespace {

constexpr v1::Qualifier kExact = v1::QUALIFIER_EXACT;
constexpr v1::Qualifier kApprox = v1::QUALIFIER_APPROXIMATE;
constexpr v1::Qualifier kMore = v1::QUALIFIER_MORE_THAN;
constexpr v1::Qualifier kAtLeast = v1::QUALIFIER_AT_LEAST;
constexpr v1::Qualifier kLess = v1::QUALIFIER_LESS_THAN;
constexpr v1::Qualifier kAtMost = v1::QUALIFIER_AT_MOST;
constexpr v1::Qualifier kRange = v1::QUALIFIER_RANGE;

constexpr QualifierEntry kPrefix[] = {
    {"exactly", kExact},
    {"precisely", kExact},
    {"about", kApprox},
    {"around", kApprox},
    {"approximately", kApprox},
    {"approx.", kApprox},
    {"approx", kApprox},
    {"roughly", kApprox},
    {"some", kApprox},
    {"nearly", kApprox},
    {"almost", kApprox},
    {"close to", kApprox},
    {"near", kApprox},
    {"circa", kApprox},
    {"perhaps", kApprox},
    {"maybe", kApprox},
    {"~", kApprox},
    {"an estimated", kApprox},
    {"estimated", kApprox},
    {"an approximate", kApprox},
    {"somewhere around", kApprox},
    {"in the region of", kApprox},
    {"on the order of", kApprox},
    {"in the neighbourhood of", kApprox},
    {"in the neighborhood of", kApprox},
    {"over", kMore},
    {"just over", kMore},
    {"well over", kMore},
    {"more than", kMore},
    {"well more than", kMore},
    {"greater than", kMore},
    {"higher than", kMore},
    {"above", kMore},
    {"exceeding", kMore},
    {"in excess of", kMore},
    {"upwards of", kMore},
    {"upward of", kMore},
    {"north of", kMore},
    {"at least", kAtLeast},
    {"no less than", kAtLeast},
    {"no fewer than", kAtLeast},
    {"not less than", kAtLeast},
    {"not fewer than", kAtLeast},
    {"a minimum of", kAtLeast},
    {"minimum of", kAtLeast},
    {"less than", kLess},
    {"fewer than", kLess},
    {"lower than", kLess},
    {"under", kLess},
    {"just under", kLess},
    {"below", kLess},
    {"just below", kLess},
    {"shy of", kLess},
    {"up to", kAtMost},
    {"within", kAtMost},
    {"at most", kAtMost},
    {"no more than", kAtMost},
    {"not more than", kAtMost},
    {"a maximum of", kAtMost},
    {"maximum of", kAtMost},
    {"as many as", kAtMost},
    {"as much as", kAtMost},
    {"as high as", kAtMost},
    // The lowest of what is counted: "as little as 100 francs", "as few as
    // 12 riders", "as low as 2%".
    {"as little as", kAtLeast},
    {"as few as", kAtLeast},
    {"as low as", kAtLeast},
    {"as long as", kAtMost, true},
    {"as far as", kAtMost, true},
    {"between", kRange},
    {"between the ages of", kRange},  // its numbers are ages (AppositiveAge)
    {"from", kRange},
};

constexpr QualifierEntry kSuffix[] = {
    {"or more", kAtLeast},
    {"or greater", kAtLeast},
    {"and up", kAtLeast},
    {"and above", kAtLeast},
    {"or above", kAtLeast},
    {"or higher", kAtLeast},
    {"and higher", kAtLeast},
    {"and over", kAtLeast},
    {"or over", kAtLeast},
    {"or longer", kAtLeast},
    {"or larger", kAtLeast},
    {"or bigger", kAtLeast},
    {"and larger", kAtLeast},
    {"or smaller", kAtMost},
    {"or lower", kAtMost},
    {"or below", kAtMost},
    {"and below", kAtMost},
    {"and under", kAtMost},
    {"or under", kAtMost},
    {"or shorter", kAtMost},
    {"and older", kAtLeast},
    {"or older", kAtLeast},
    {"and younger", kAtMost},
    {"or younger", kAtMost},
    {"+", kMore},
    {"or less", kAtMost},
    {"or fewer", kAtMost},
    {"or so", kApprox},
    {"or thereabouts", kApprox},
    {"-odd", kApprox},
    {"-plus", kMore},
};

// Verbs of spreading or dividing: "over" after them is a preposition.
constexpr const char* kSpreadVerbs[] = {
    "spread",    "spreads",    "spreading", "split",      "splits",
    "splitting", "divided",    "dividing",  "scattered",  "distributed",
    "shared",    "sharing",    "staggered", "stretched",  "stretching",
    "phased",    "dispersed",  "strewn",    "sprawled",   "sprawling"};

// Verbs whose particle "over" gives a thing up ("hand over a quarter", "the
// minister hands over 2,000 deeds"); "hands" is also the noun, which the
// caller tells by the word before it (IsHandsNounLead).
constexpr const char* kHandOverVerbs[] = {"hand", "hands", "handed",
                                          "handing"};

// Words right before "hands" that make it the noun: the verb of "changed
// hands" ("changed hands over 20 times": "over" is a bound) and nouns of a
// workplace whose workers are "hands" ("farm hands over 60").
constexpr const char* kHandsNounLeads[] = {
    "change", "changes", "changed", "changing", "farm",    "dock",
    "deck",   "ranch",   "mill",    "factory",  "stable",  "field"};

// Words before "to" after which "to top N% of ..." is the preposition and
// the adjective ("limited to top 1% of earners", "open to top 5% of
// students"), not a forecast's verb ("expected to top 40% of the vote").
constexpr const char* kRankLimitingWords[] = {
    "limited", "restricted", "open", "confined", "reserved", "capped"};

// Adjectives that make a limit a ceiling ("the upper age limit of 35").
constexpr const char* kCeilingAdjectives[] = {"upper", "maximum"};

// Verbs of going beyond in a base form that is also an adjective or a noun
// ("top", "pass", "cross"): a verb only after "to" or a modal.
constexpr const char* kBaseBeyondVerbs[] = {"top", "pass", "cross"};

// Words before a verb's base form that no adjective follows ("to top",
// "regularly top").
constexpr const char* kBaseVerbLeads[] = {
    "to",        "regularly", "routinely", "often",   "frequently",
    "sometimes", "usually",   "typically", "easily",  "occasionally",
    "rarely",    "seldom",    "never",     "already"};

// Words before "top" that may be a preposition as well as the infinitive
// marker ("limited to top 1% earners", "expected to top 10%").
constexpr const char* kPrepositionalTopLeads[] = {"to"};

// Words after "top N%" that go on with the rank's noun phrase ("the top 5%
// of students").
constexpr const char* kRankPhraseLinks[] = {"of"};

// Nouns of an upper limit ("a limit of 30 km/h", "a cap of 2%").
constexpr const char* kLimitNouns[] = {"limit", "cap", "ceiling"};

// Verbs whose "from ... to ..." spans the values of a level (IsValueSpanVerb).
constexpr const char* kValueSpanVerbs[] = {
    "range",  "ranged",  "ranges", "ranging",     "vary",       "varied",
    "varies", "varying", "traded", "trading",     "fluctuated", "swung",
    "moved",  "priced",  "valued", "fluctuating"};

// Verbs of a timetable whose "from A to B" gives hours of the day, not levels
// ("Service runs from 04.30 to 23.30", "The pool opened from 07.00 to 21.00";
// IsScheduleVerb).
constexpr const char* kScheduleVerbs[] = {
    "run",      "runs",      "ran",      "running",  "open",    "opens",
    "opened",   "opening",   "operate",  "operates", "operated", "operating",
    "serve",    "serves",    "served",   "serving",  "close",   "closes",
    "closed",   "closing"};

// Verbs of reaching whose amount after a modal of ability is a maximum
// ("trains can reach 160 km/h").
constexpr const char* kReachVerbs[] = {"reach", "hit"};

// Modals of ability before a reach verb ("can reach"); forecasts ("could",
// "may", "will") are not maxima.
constexpr const char* kAbilityModals[] = {"can"};

// Verbs of forecasting or warning that frame "can reach" as a forecast
// (IsForecastFrameWord).
constexpr const char* kForecastFrameWords[] = {
    "warn",     "warns",      "warned",    "predict",  "predicts",
    "predicted", "forecast",  "forecasts", "expect",   "expects",
    "expected", "project",    "projects",  "projected", "estimate",
    "estimates", "estimated", "bet",       "bets",     "target",
    "targets"};

// Words after an amount that set a deadline for it (IsDeadlineWord).
constexpr const char* kDeadlineWords[] = {"by"};

// Adjectives that make a limit a floor ("a lower limit of 18").
constexpr const char* kFloorAdjectives[] = {"lower", "minimum", "bottom"};

// Words that compare a bare number with an amount said before.
constexpr const char* kElisionLeads[] = {"like", "than"};

// Comparatives that with "to" compare a bare number with an amount before.
constexpr const char* kElisionComparatives[] = {"closer", "nearer"};

// Forms of verbs and nouns of change besides IsChangeFromWord's; not
// "extends", which also tells how far a thing reaches ("extends from 5 km").
constexpr const char* kChangeFromForms[] = {
    "expand",   "expands",   "expanding", "expansion", "extend",
    "extending", "extension", "shrink",   "shrinks",   "shrinking",
    "shrunk",   "grows",     "grown",     "increases", "decreases",
    "decreasing", "cutting", "reduction", "reductions"};

// Words that may follow a bounded length or duration and close its phrase
// ("as long as 40 minutes at peak hours", "... five hours for a bed"); any
// other word after it (a noun, a verb) makes "as long as" the conjunction
// that opens a condition ("as long as 30 days notice is given").
constexpr const char* kMeasurePhraseEnds[] = {
    "at",  "in",    "on",   "for",    "to",    "from",   "with",  "during",
    "by",  "after", "before", "until", "and",  "or",     "but",   "while",
    "when", "if",   "each", "per",    "a",     "an",     "every", "than",
    "away"};

constexpr const char* kThresholdClauseOpeners[] = {"when", "whenever", "where",
                                                   "if", "once", "unless"};

// Bounds that also say how near a place lies when "of" and a place follow
// the distance ("within 20 kilometres of the highway").
constexpr const char* kRadiusLeads[] = {"within"};

// Qualifier words that, before a depth and "of" a covering layer, say what
// lies beneath the layer, not a bound on the depth (IsCoveringLead).
constexpr const char* kCoveringLeads[] = {"under"};

// Layers that cover ground or a place to a depth ("under half a metre of
// water", "under 30 cm of snow"; IsCoveringLayer).
constexpr const char* kCoveringLayers[] = {
    "water", "floodwater", "floodwaters", "seawater", "snow", "ice", "mud",
    "silt",  "sand",       "ash",         "rubble",   "debris"};

}  // namespace

bool IsThresholdClauseOpener(absl::string_view word) {
  return InWordLists<kThresholdClauseOpeners>(word);
}

bool IsElisionLead(absl::string_view word) {
  return InWordLists<kElisionLeads>(word);
}

bool IsChangeFromForm(absl::string_view word) {
  return InWordLists<kChangeFromForms>(word);
}

bool IsElisionComparative(absl::string_view word) {
  return InWordLists<kElisionComparatives>(word);
}

bool IsMeasurePhraseEnd(absl::string_view word) {
  return InWordLists<kMeasurePhraseEnds>(word);
}

bool IsRadiusLead(absl::string_view word) {
  return InWordLists<kRadiusLeads>(word);
}

bool IsCoveringLead(absl::string_view word) {
  return InWordLists<kCoveringLeads>(word);
}

bool IsCoveringLayer(absl::string_view word) {
  return InWordLists<kCoveringLayers>(word);
}

bool IsSpreadVerb(absl::string_view word) {
  return InWordLists<kSpreadVerbs>(word);
}

bool IsHandOverVerb(absl::string_view word) {
  return InWordLists<kHandOverVerbs>(word);
}

bool IsBaseBeyondVerb(absl::string_view word) {
  return InWordLists<kBaseBeyondVerbs>(word);
}

bool IsBaseVerbLead(absl::string_view word) {
  return InWordLists<kBaseVerbLeads>(word);
}

bool IsRankLimitingWord(absl::string_view word) {
  return InWordLists<kRankLimitingWords>(word);
}

bool IsHandsNounLead(absl::string_view word) {
  return InWordLists<kHandsNounLeads>(word);
}

bool IsCeilingAdjective(absl::string_view word) {
  return InWordLists<kCeilingAdjectives>(word);
}

bool IsPrepositionalTopLead(absl::string_view word) {
  return InWordLists<kPrepositionalTopLeads>(word);
}

bool IsRankPhraseLink(absl::string_view word) {
  return InWordLists<kRankPhraseLinks>(word);
}

bool IsLimitNoun(absl::string_view word) {
  return InWordLists<kLimitNouns>(word);
}

bool IsValueSpanVerb(absl::string_view word) {
  return InWordLists<kValueSpanVerbs>(word);
}

bool IsScheduleVerb(absl::string_view word) {
  return InWordLists<kScheduleVerbs>(word);
}

bool IsReachVerb(absl::string_view word) {
  return InWordLists<kReachVerbs>(word);
}

bool IsAbilityModal(absl::string_view word) {
  return InWordLists<kAbilityModals>(word);
}

bool IsForecastFrameWord(absl::string_view word) {
  return InWordLists<kForecastFrameWords>(word);
}

bool IsDeadlineWord(absl::string_view word) {
  return InWordLists<kDeadlineWords>(word);
}

bool IsFloorAdjective(absl::string_view word) {
  return InWordLists<kFloorAdjectives>(word);
}

absl::Span<const QualifierEntry> PrefixQualifiers() { return kPrefix; }

absl::Span<const QualifierEntry> SuffixQualifiers() { return kSuffix; }

}  // namespace lexicon
}  // namespace factwire
