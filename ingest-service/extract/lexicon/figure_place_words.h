#ifndef FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_FIGURE_PLACE_WORDS_H_
#define FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_FIGURE_PLACE_WORDS_H_

// Words by which figure_context_where.cc tells where a figure holds beyond
// the place prepositions and the gazetteer of figure_context_words.h: the
// prepositions of a site ("on", "at", "to"), the heads of named features and
// facilities ("Airport", "Peninsula"), and the country a people's adjective
// names ("Jamaican" -> "Jamaica").

#include "absl/strings/string_view.h"

namespace factwire {
namespace lexicon {

// Prepositions of location or destination that are not PlacePrepositions()
// ("snow on Sapporo", "flights at Narita Airport", "gusts to the Shiretoko
// Peninsula"): the capitalized words after them are a place only when they
// show it (a place word, a feature's head, the text calls it a place).
// Lowercase input.
bool IsSitePreposition(absl::string_view word);

// Of IsSitePreposition(), the ones of destination, after which only a
// feature's head shows a place ("to the Nemuro Peninsula"; not "sold jets
// to Qatar", whose place is the seller's). Lowercase input.
bool IsDestinationPreposition(absl::string_view word);

// Last words of the names of geographic features, facilities and venues,
// which make the words before them a place ("Narita Airport", "the Do-O
// Expressway", "the Blairmont station", "Shiretoko Peninsula", "the Cebu
// Coliseum"). Lowercase input.
bool IsPlaceFeatureHead(absl::string_view word);

// Verbs by which a crowd fills a venue, the venue their object ("9,200
// filled the Cebu Coliseum", "40,000 fans packed Wembley Stadium"): the
// venue is where the crowd's figure holds. Lowercase input.
bool IsVenueFillVerb(absl::string_view word);

// Present-tense verbs by which a place as the clause's subject yields, takes
// in, keeps or counts the amount of its object ("Sardinia produces around
// 300 million litres", "Crete receives 5 million visitors", "India records
// 5 million cases a year"): the place is where the figure holds. Lowercase
// input.
bool IsPlaceOutputVerb(absl::string_view word);

// The country whose people `demonym` names ("Jamaican" -> "Jamaica"), or ""
// when the word is no demonym this list holds. Exact bytes (capitalized).
absl::string_view DemonymCountry(absl::string_view demonym);

// True if `name` is a country DemonymCountry() gives ("Finland", "United
// States", "Mauritius"). Exact bytes (capitalized).
bool IsDemonymCountryName(absl::string_view name);

// Plural nouns of a people's members away from their country or in its
// service abroad ("Syrian refugees", "French nationals", "American
// sailors"), or named by money they hold or spend anywhere ("American
// billionaires", "Chinese investors"): their demonym names no place of the
// figure. Lowercase input.
bool IsPeopleAbroadNoun(absl::string_view word);

// Plural nouns of people whose work, study, spending or vote is done in
// their own country, or who govern it ("growers", "pupils", "households",
// "voters", "police"): after a demonym they name the place of the figure
// ("Kenyan growers exported ..."). Lowercase input.
bool IsHomeWorkNoun(absl::string_view word);

// Prepositions and conjunctions that open a phrase of its own between a
// place's possessive and a figure ("Iowa's caucuses have been less
// predictive in the past two contests", "to speak with one voice"): the
// possessive is no place of the figure after them. Lowercase input.
bool IsPhraseBoundary(absl::string_view word);

// Nouns that stand for the country a story is filed from ("the country",
// "the nation"). Lowercase input.
bool IsCountryNoun(absl::string_view word);

// Nouns after "the same" that name the matching period of another year
// ("the same period of 2023", "the same point last year"), besides the
// period nouns themselves ("the same quarter a year earlier"). Lowercase
// input.
bool IsSamePeriodNoun(absl::string_view word);

// Lowercase words between a year and the period or event noun it dates
// ("the 2025-26 fiscal year", "the 2023 local elections", "the 2019
// general election"). Lowercase input.
bool IsDatedNounModifier(absl::string_view word);

// Nouns of a dated sitting, contest or count that a figure after "at the
// <year>" or "in the <year>" belongs to, besides the periodic measures and
// events of lexicon::IsYearScopedNoun ("at the 2025 examinations", "in the
// 2024 championships"). Lowercase input.
bool IsDatedSittingNoun(absl::string_view word);

// Lowercase nouns after a name that make it one of a country's divisions
// besides the area nouns of lexicon::IsAreaNoun ("in Jimma zone", "in
// Labuhanbatu regency", "in Kherson oblast"). Lowercase input.
bool IsDivisionNoun(absl::string_view word);

// Nouns by which a story calls back a first-level division it names ("the
// state", "the province"): "Power demand in the state" holds in the state
// the text named last. Lowercase input.
bool IsDivisionKindNoun(absl::string_view word);

// True if `lower` (lowercase words joined by one space, ASCII letters: "sao
// paulo") names a first-level division of a country, a state or a province
// ("texas", "bavaria", "sindh", "odisha", "new south wales"), as
// RegionNames() and this list hold them.
bool IsFirstLevelDivision(absl::string_view lower);

// Heads of the names of roads written before their number ("on Highway 57",
// "Route 9"): with the number, a place after a site preposition. Lowercase
// input.
bool IsRoadHead(absl::string_view word);

// Prepositions of time before a part of the day or a sitting that is when a
// figure holds ("by late afternoon", "in the first round"). Lowercase input.
bool IsOccasionPreposition(absl::string_view word);

// Nouns of one sitting of a vote or contest held in rounds ("in the second
// round", "at the first ballot"): after "the" and an ordinal, when a figure
// holds. Lowercase input.
bool IsRoundNoun(absl::string_view word);

// Words of a vote or an election ("ballot", "voters", "turnout", "run-off"):
// one in the sentence makes "the first round" a sitting of a vote, not a
// round of funding. Lowercase input.
bool IsVoteWord(absl::string_view word);

// Words that open a condition ("if", "unless"): a period inside one is no
// period of a figure before it. Lowercase input.
bool IsConditionOpener(absl::string_view word);

// Words that open a reported clause of its own after "and" ("said rain had
// been 42% below average and that cuts were likely from April"): the
// clause's periods and places are not the figure's before it. Lowercase
// input.
bool IsComplementOpener(absl::string_view word);

// Verbs right before money that make it the level of the sum the clause
// names ("daily wages had reached 350 birr", "weekly pay hit 400 pounds"),
// besides lexicon::IsSumLevelLink. Lowercase input.
bool IsSumReachVerb(absl::string_view word);

// Kinds of year between a period opener and "year" ("last fiscal year",
// "the past school year"). Lowercase input.
bool IsYearKindWord(absl::string_view word);

// Parts of a day that may follow a weekday ("Sunday evening"). Lowercase
// input.
bool IsDayPartWord(absl::string_view word);

// Nouns of a place's people ("population", "inhabitants"): a capitalized
// owner of one is a place ("Shetland's population"). Lowercase input.
bool IsPopulationNoun(absl::string_view word);

// Period openers that make a part of the day a period on their own ("this
// morning", "last night"; not "the final night of the convention").
// Lowercase input.
bool IsDayPartOpener(absl::string_view word);

// Words before a month that name a part of it ("early March", "late May",
// "mid-June"). Lowercase input.
bool IsMonthPartWord(absl::string_view word);

// Words that make a sitting or an event the one before this one ("at the
// previous local polls", "in the last election", "last time"). Lowercase
// input.
bool IsEarlierSittingWord(absl::string_view word);

// Heads of the names of a country's administrative or statistical regions
// ("zone", "region", "district", "province"): after a compass word they make
// a place's name ("North Zone", "Western Province"). Lowercase input.
bool IsRegionHead(absl::string_view word);

// Adverbs that open or interrupt a sentence without naming anything
// ("Meanwhile", "However", "Moreover"): the kSentenceAdverb words of the
// word-class table (lexicon/words.cc), so "Meanwhile Lagos, a city of" names
// Lagos. Lowercase input.
bool IsSentenceAdverb(absl::string_view word);

}  // namespace lexicon
}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_FIGURE_PLACE_WORDS_H_
