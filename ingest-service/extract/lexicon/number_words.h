#ifndef FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_NUMBER_WORDS_H_
#define FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_NUMBER_WORDS_H_

#include "absl/strings/string_view.h"
#include "absl/types/span.h"

namespace factwire {
namespace lexicon {

// The role a number word plays when words are combined into a value.
enum class NumberWordKind {
  kUnit,      // zero .. nineteen: added
  kTens,      // twenty .. ninety: added, may take a unit ("ninety five",
              // "twenty-one")
  kHundred,   // multiplies the current group by 100
  kScale,     // thousand, million, lakh, crore: closes a group
  kDozen,     // dozen(s), gross: multiplies what came before (or 1)
  kFraction,  // half, third(s), quarter(s): divides ("two thirds", "a quarter")
  kMultiplier,      // twice, thrice, threefold: a ratio on its own
  kMultiplierVerb,  // doubled, tripled, halved: a ratio stated as a change
};

// Where a number word may stand in a number.
enum class NumberWordUse {
  kAny,
  kAfterNumber,  // "cr", "lac": an abbreviation, never the first word ("30
                 // lac"; a lone "Cr" is no number)
  kAfterWords,   // "kr": only after number words ("three hundred kr"); after
                 // digits ("500 kr") it is the krona, not a crore
};

// One number word, lowercase.
struct NumberWordEntry {
  const char* word;
  double value;  // fractions: the denominator
  NumberWordKind kind;
  NumberWordUse use = NumberWordUse::kAny;
};

// Number words: cardinals, scales (also plural and Indian: lakh, crore),
// dozens, fractions and multipliers.
absl::Span<const NumberWordEntry> NumberWords();

// A scale written against digits: "10k", "1.3bn", "$750m", "€10B".
struct ScaleSuffixEntry {
  const char* surface;
  double value;
  bool case_sensitive;
  bool ambiguous;  // "m" is also metres: figures.cc decides
};

// Scale suffixes.
absl::Span<const ScaleSuffixEntry> ScaleSuffixes();

// Words after a multiplier that make it a comparison ("twice as many",
// "threefold increase", "twice the size"), not how often ("met twice").
// Lowercase, exact bytes.
bool IsComparativeFollower(absl::string_view word);

// Adverbs of degree right before a multiplier that make it a size of change
// ("roughly triple", "almost double", "output roughly doubles"), and the
// comparatives before "than" that do ("more than double"). Lowercase, exact
// bytes.
bool IsMultiplierDegreeWord(absl::string_view word);
bool IsDegreeComparative(absl::string_view word);

// Words after such a multiplier that leave it a verb of change, not an
// adjective of the noun after it ("more than double a year earlier",
// "roughly triple within five years"; not "nearly double digits").
// Lowercase, exact bytes.
bool IsChangeMultiplierFollower(absl::string_view word);

// True if the lowercase `word` is a possessive form ("peralta's", "last
// year’s" ends "year’s"): straight or curly apostrophe and "s".
bool IsPossessiveForm(absl::string_view word);

// Multipliers that count occasions when a rate follows ("twice a day",
// "thrice weekly"): how often, a count. Lowercase, exact bytes.
bool IsOccasionMultiplier(absl::string_view word);

// Determiners and ordinals before a lone fraction word that make it a noun
// ("the second half", "each quarter"), not a number. Lowercase, exact bytes.
bool IsFractionDeterminer(absl::string_view word);

// Words that open a clause or close one, which no ordinal modifies, after
// "a third", "a fifth": the fraction stays a share ("rose by a third
// whenever meals were served"). Lowercase, exact bytes.
bool IsFractionClauseWord(absl::string_view word);

// True if `word` (lowercase) opens an equative comparison, which makes "a
// third again" the idiom for 1 1/3 times rather than a share and a clause
// word: "as" ("a third again as many voters").
bool IsEquativeWord(absl::string_view word);

// Words before "<n> <fraction plural>" with n at least the denominator that
// make the fraction word a noun counted ("in eight quarters", "the two
// halves", "the past five quarters"), not an improper fraction ("three
// halves" = 1.5). Lowercase, exact bytes.
bool IsCountedPartLead(absl::string_view word);

// Adverbs of degree that may stand between a person's "is" and a bare age
// ("he is just 15", "she was barely 14"). Lowercase, exact bytes.
bool IsAgeAdverb(absl::string_view word);

// A person pronoun joined to "is" or "am" ("she's", "I'm", "he’s").
// Lowercase, exact bytes.
bool IsPersonBeContraction(absl::string_view word);

// Words before an apostrophe and two digits that make them a year with its
// century left out ("back in '87", "the class of '92"), not a count opening a
// quotation. Lowercase, exact bytes.
bool IsElidedYearLead(absl::string_view word);

// Words before the second amount of a comparison or change ("from N66 to
// N209", "up from N950", "than R12"), and every set-against word ("N209
// against N66"). Lowercase, exact bytes.
bool IsComparisonLead(absl::string_view word);

// One list of the words setting the bare number after them against the
// amount before them: "against", "versus", "vs", and "compared", which
// takes a link word (IsComparedLink: "with", "to") before the number, as
// in "EUR 120m compared with 98m". Lowercase, exact bytes.
bool IsSetAgainstWord(absl::string_view word);
bool IsComparedLink(absl::string_view word);

// Nouns after "age" that name a band of ages ("the 18-34 age group", "age
// bracket"). Lowercase, exact bytes.
bool IsAgeBandNoun(absl::string_view word);

// Plural nouns of persons whose ages a list set off by commas may give after
// a count ("Two men, 22 and 25, were arrested"). Lowercase, exact bytes.
bool IsAgedPersonPlural(absl::string_view word);

// True if `age` is an age the persons a plural of kAgedPersonPlurals names
// may have in a news list of their ages: men and women are adults (16 up),
// teenagers 13 to 19, children under 18, students 5 up, suspects 10 up; the
// other nouns any age from 1 to 120. False for a word not in that list.
bool IsPlausibleListedAge(absl::string_view plural, double age);

// A time zone word after a time of day ("at 19.45 local time", "18.30 GMT").
// Lowercase, exact bytes.
bool IsClockZoneWord(absl::string_view word);

// A word naming the day after a time of day ("at 18.30 tonight"). Lowercase.
bool IsClockDayWord(absl::string_view word);

// A word of an event set for a time of day ("kick-off", "starts", "doors",
// "scheduled"), before "at" in its clause. Lowercase, exact bytes.
bool IsClockEventWord(absl::string_view word);

// A noun of a contest's result ("final", "race", "record", "heat"): after a
// verb of winning or setting (IsResultVerb), a time written after "at" is
// its result ("won the final at 9.58"). Lowercase, exact bytes.
bool IsResultEventNoun(absl::string_view word);

// A verb of winning or setting a result ("won", "broke", "set", "clocked")
// before a result noun (IsResultEventNoun). Lowercase, exact bytes.
bool IsResultVerb(absl::string_view word);

// Street words written before the number that names the street ("Rue
// 12.145", "Calle 72"). Lowercase, exact bytes.
bool IsStreetLeadWord(absl::string_view word);

// Words before a number that make it an age ("aged 5 years and under", "ages
// 18-34"). Lowercase, exact bytes.
bool IsAgeLabel(absl::string_view word);

// Words after "over" that open the span of time a change took ("doubled over
// the past two years", "halved over a decade", "tripled over that period"),
// not the particle of a phrasal verb ("doubled over in pain"). Lowercase,
// exact bytes.
bool IsTimeSpanLead(absl::string_view word);

// Verbs of dialling after which a bare number is the number dialled ("dial
// 999", "dialled 911"), not a count. Lowercase, exact bytes.
bool IsDialVerb(absl::string_view word);

// Verbs of calling that also take people as objects ("call", "phoned",
// "rang", "text"): a number after them is dialled only when it is short and
// ends the phrase ("call 999", "call 111 for advice"; not "called 800
// randomly selected voters"). Lowercase, exact bytes.
bool IsCallVerb(absl::string_view word);

// Words after a number called that leave it the number dialled: "now",
// "immediately", "for", "if" ("call 911 now", "call 111 for advice"); not a
// noun or "and" ("phoned 600 and asked"). Lowercase, exact bytes.
bool IsServiceCallFollower(absl::string_view word);

// Singular nouns for a phone service or a route that a number before them
// names ("the 311 hotline", "the 38 bus"): a count would take the plural.
// Lowercase, exact bytes.
bool IsNumberedServiceNoun(absl::string_view word);

// "line", "channel": name a phone service only after a singular noun that
// follows the number ("the 811 nurse line"), not right after it ("the 40
// line workers"). Lowercase, exact bytes.
bool IsNumberedLineNoun(absl::string_view word);

// True if `unit` (a UnitEntry::unit code) is the length of a thing named by
// "the" and a hyphened length alone: "ft" ("inside the four-foot", the
// curling rings); not "m" ("won the 400-metre" is a race and a figure).
bool IsRingLengthUnit(absl::string_view unit);

// Nouns for a group of people of an age, after which "under"/"over" and a
// bare number give the group's ages ("a generation under 30", "the cohort
// over 65"). Lowercase, exact bytes.
bool IsAgeCohortNoun(absl::string_view word);

// Object pronouns for people after which "under"/"over" and a bare number
// give their ages ("all of them over 70"). Lowercase, exact bytes.
bool IsAgedGroupPronoun(absl::string_view word);

// Words before an IsAgedGroupPronoun that make it a whole group ("all of
// them over 70"), where a verb's object is not ("gave them over 40").
// Lowercase, exact bytes.
bool IsGroupPronounLead(absl::string_view word);

// Modals of a requirement ("must", "shall"), after which a person noun that
// must "be under/over N" is given an age limit. Lowercase, exact bytes.
bool IsRequirementModal(absl::string_view word);

// The base form "be" (after a modal: "must be"). Lowercase, exact bytes.
bool IsBeBaseForm(absl::string_view word);

// Nouns whose value, said with "is/was", is an age ("the pension age is
// 67"). Lowercase, exact bytes.
bool IsAgeNoun(absl::string_view word);

// Conjunctions and prepositions that may follow a bare age and open another
// phrase ("she was 34 when", "the pension age is 67 for those born ...").
// Lowercase, exact bytes.
bool IsAfterAgeWord(absl::string_view word);

// Prepositions that open the phrase after an age noun ("the age of drivers
// was", "the median age in the valley was"); before the age noun they make
// it a modifier ("children of school age"). Lowercase, exact bytes.
bool IsAgeNounLink(absl::string_view word);

// Nouns of a price that "half" before them makes a share of the full price
// ("half price", "half fare", "half-price tickets"). Lowercase, exact bytes.
bool IsHalfPriceNoun(absl::string_view word);

// Abbreviated suffixes that end a person's name before a point ("Jr.",
// "Sr."), after which a bare number set off by commas is an age.
// Lowercase, exact bytes.
bool IsNameSuffix(absl::string_view word);

// Present and past forms of "be" ("is", "was", "are", "were"). Lowercase,
// exact bytes.
bool IsBeForm(absl::string_view word);

// True for a verb that puts a team at its record or a match at its score:
// "went", "finished", "stood".
bool IsStandingVerb(absl::string_view word);

// True for a word that makes a sentence about games ("season", "won",
// "league", "match"): a bare "N-M" in it after a be-form is a record or a
// score. Lowercase, exact bytes.
bool IsGameWord(absl::string_view word);

// True for a personal pronoun that can stand for a side holding a record:
// "they", "we", "he", "she", "i"; not "it". Lowercase, exact bytes.
bool IsSidePronoun(absl::string_view word);

// True for a lowercase word inside a side's name phrase: "the" ("the
// Lions"), "and" ("She and Ortiz"). Lowercase, exact bytes.
bool IsSideJoiner(absl::string_view word);

// True for a noun that a number joined to it by a hyphen turns into the name
// of a kind of thing, not a count: "pointer" ("a 3-pointer"), "seater",
// "wheeler", "decker".
bool IsNumberedKindNoun(absl::string_view word);

}  // namespace lexicon
}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_NUMBER_WORDS_H_
