#ifndef FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_FIGURE_CONTEXT_WORDS_H_
#define FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_FIGURE_CONTEXT_WORDS_H_

#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "ingest-service/extract/lexicon/role_words.h"

namespace factwire {
namespace lexicon {

// Word lists the figure finder consults around a number. All lowercase;
// multi-word entries are phrases matched token by token.

// Month names and abbreviations ("feb", "sept"): a number beside one is a date.
absl::Span<const char* const> MonthWords();

// The days of the week, lowercase ("monday").
absl::Span<const char* const> WeekdayWords();

// Words that end a figure's subject noun phrase: prepositions, determiners,
// conjunctions, auxiliaries and common reporting verbs.
absl::Span<const char* const> SubjectStopWords();

// Frequency and period words that are a time scope on their own ("annually").
absl::Span<const char* const> TimeScopeWords();

// Words that open a relative period ("last", "past") and the periods they take.
absl::Span<const char* const> PeriodOpeners();
absl::Span<const char* const> PeriodNouns();

// Prepositions that introduce a place ("in", "within", "across").
absl::Span<const char* const> PlacePrepositions();

// Adverbs that are a place scope on their own ("turnout was 61% nationwide",
// "Nationwide, turnout was 61%").
absl::Span<const char* const> PlaceScopeWords();

// True for prepositions before a date that is when a figure holds ("on 1
// July", "from April", "by March 31").
bool IsDatePreposition(absl::string_view word);

// The words IsDatePreposition() accepts; each is also a time lead
// (TimeLeadWords()), which ContextFinder::DateEnd relies on.
absl::Span<const char* const> DatePrepositions();

// True for the date prepositions before which a month alone is a date ("from
// April", "by March", "before May", "on"); not "in".
bool IsBareMonthPreposition(absl::string_view word);

// True for comparatives a measure before them sizes ("five decades younger",
// "a few days earlier", "two metres taller"): the measure counts no noun.
bool IsMeasuredComparative(absl::string_view word);

// True for words joining the two ends of a span of dates ("from April to
// June", "until", "through").
bool IsDateRangeJoiner(absl::string_view word);

// True for common nouns that name an area after "in/across the" ("across the
// district", "in the north", "throughout the country"): the place of a figure
// when no name is given.
bool IsAreaNoun(absl::string_view word);

// The points of the compass as words ("north", "south-east"): before a
// region's head they make a place's name ("North Zone", "South-East
// Region"); also area nouns and bearing words. Lowercase input.
bool IsCompassPoint(absl::string_view word);

// Heads of a country's administrative regions ("district", "province",
// "region", "county"); also area nouns and place features' heads. Lowercase
// input.
bool IsAdminAreaHead(absl::string_view word);

// Street designators: a number before "<Name> Street" is an address.
absl::Span<const char* const> StreetWords();

// Capitalized words that may stand right before a number without making it part
// of a name ("About 20", "In 20 years", "Only 5").
absl::Span<const char* const> NotNameWords();

// Verbs that link a quantity to the noun phrase before them ("deaths rose to
// 70,000", "turnout was 64%").
absl::Span<const char* const> QuantityVerbs();

// Bare quantity verbs that are as often a compound's head noun ("pay":
// "Farmers pay $40 a bag" but "Teacher pay 5% rise").
bool IsNounlikeQuantityVerb(absl::string_view word);

// Words after "one" that show it is a pronoun or idiom, not a count ("one of").
absl::Span<const char* const> PronounOneFollowers();

// Provinces, states and territories that lexicon.h's country words do not
// hold, lowercase, words joined by one space ("ontario", "british columbia"):
// "Ontario's jobless rate" is the jobless rate in Ontario.
absl::Span<const char* const> RegionNames();

// Words that make a sentence about money: "ten pounds" is sterling and "a
// quarter" a coin in "the fine cost ten pounds", "it costs a quarter".
absl::Span<const char* const> MoneyCueWords();
// True if `word` is one of MoneyCueWords() (a hash look-up, not a walk).
bool IsMoneyCueWord(absl::string_view word);

// True for verbs of change ("rose", "fell", "climbed"): "fell 12p to 340p" is
// a change and a level, not a range.
bool IsChangeVerb(absl::string_view word);

// True for verbs that move a level from one value to another ("rise", "cut",
// "went up"): "cut the rate from 7% to 6.5%" is two levels, not a range.
bool IsChangeFromWord(absl::string_view word);

// True if `word` (lowercase) names a track or pool event after its distance
// ("400m freestyle", "100m hurdles", "200m final"): the "m" before it is
// metres, not million.
bool IsMetreEventWord(absl::string_view word);

// Running and walking events: "a 5k race" is five kilometres, not 5,000.
bool IsRaceWord(absl::string_view word);

// Irregular past tenses ("struck", "took") and short regular ones ("owed"): a
// verb, so a subject ends there.
bool IsIrregularPast(absl::string_view word);

// Irregular verbs whose past is also their participle and whose counted
// object the participle describes ("won 23 seats" -> "seats won", "sold 400
// tickets", "built 12 schools"); not verbs of telling ("told 40 reporters").
// Lowercase input.
bool IsObjectParticiple(absl::string_view word);

// Regular -ed verbs whose counted object is an inventory, not what the act
// did ("included 12 children", "contained 40 pages", "featured 30
// artists"): no participle describes the count. Lowercase input.
bool IsInventoryVerb(absl::string_view word);

// Nouns for people: "children under 16", "adults over 65" give ages.
bool IsPersonNoun(absl::string_view word);

// IsAgedPersonNoun ("The victim was 34."): see role_words.h.

// Words that label the number after them ("part 1", "Chapter 11", "Flight
// 370"): an identifier, not an amount.
bool IsIdentifierLabel(absl::string_view word);

// Determiners before "one" that make it a pronoun ("the one", "no one", "each
// one"), not a count.
bool IsPronounOneDeterminer(absl::string_view word);

// Words after a period that end it at a date ("in the three months to
// September 30", "the year ended June"): a time scope, not an amount of time.
bool IsPeriodEndWord(absl::string_view word);

// Words opening a clause inside another ("what", "which", "who", "that"):
// a figure after one is that clause's.
bool IsWhWord(absl::string_view word);

// Verbs of a match ("scored", "won", "beat"): a country opening the sentence
// before one is a side, not the place of the figure after it.
bool IsContestVerb(absl::string_view word);

// What a company's results report ("profit", "revenue", "sales"): a results
// story's figures of these keep the reporting period named before them.
bool IsResultsNoun(absl::string_view word);

// Whether the time scope `scope` (as written) names a reporting period: a
// quarter or half ("the third quarter", "first-half", "Q3"), a fiscal year
// by its number ("fiscal 2025"; not "the current fiscal year"), or months,
// weeks or a year up to a date ("the six months to June", "the year ended
// March 31"); not "last year", "2024", "annually".
bool NamesReportPeriod(absl::string_view scope);

// Prepositions that put a figure inside a span of time: "over four years",
// "within six months", "during the quarter".
bool IsPeriodSpanPreposition(absl::string_view word);

// Words after "the <period>" that make it a point in time after a figure
// ("817 the year before", "980 a year earlier").
bool IsPointInTimeWord(absl::string_view word);

// Of IsPointInTimeWord(), the words after "a <period>" that make it a point
// in time wherever it stands ("1,402 schools a year ago", "300 staff a week
// earlier"); not "before" or "after", which also follow a rate ("$50,000 a
// year before tax"). Lowercase input.
bool IsPastPointWord(absl::string_view word);

// Words that may open a number besides number words ("a dozen", "minus 5",
// "several thousand").
absl::Span<const char* const> NumberStarterWords();

// Words that open a period besides time scopes, period openers and months
// ("in 2024", "the past year", "fiscal 2025").
absl::Span<const char* const> TimeLeadWords();

// Words after a number and "in" that make "in" inches ("2 in thick", "3 in
// diameter", "4 in by 6").
bool IsInchFollower(absl::string_view word);

// Units that are also everyday nouns ("foot", "yard", "cup", "pound"): "a
// <unit>" is a measure only before "of".
bool IsUnitNoun(absl::string_view word);

// Words after "a <unit>" that make it a measure ("a mile away", "a foot
// long", "a litre per day").
bool IsArticleUnitEnd(absl::string_view word);

// "cost", "costs": a price after one is the price of the clause's subject
// ("A package week near Hersonissos costs about £1,150").
bool IsPriceVerb(absl::string_view word);

// "each", "every": a determiner of each member of a set ("Every week
// without power costs us").
bool IsDistributiveDeterminer(absl::string_view word);

// Lowercase nouns of a locality a name stands before after "the" ("area",
// "sector", "concession": "in the Niseko ski area").
bool IsLocalityNoun(absl::string_view word);

// Adjectives of extent a length stands before when it follows the noun it
// measures ("long", "high", "wide", "deep", "tall", "thick", "across":
// "water nearly 600 metres deep").
bool IsExtentAdjective(absl::string_view word);

// Plural nouns without a plural "s" ("people", "children", "staff").
bool IsIrregularPlural(absl::string_view word);

// True if lowercase `w` reads as a plural noun: an "s" ending that is no
// "-ss", "-us" or "-is" ("deaths"), or an irregular plural ("people").
bool LooksPlural(absl::string_view w);

// Articles, demonstratives, possessives and "all" skipped at the start of a
// figure's noun phrase ("the overdose deaths", "their homes").
bool IsNounPhraseDeterminer(absl::string_view word);

// Words that say when a price was quoted ("late trading", "after-hours"),
// not what the money is for.
bool IsTradingSessionWord(absl::string_view word);

// Auxiliaries, modals and "to" between a subject and its quantity verb
// ("could drop", "is expected to reach").
bool IsSubjectAuxiliary(absl::string_view word);

// Verbs that give money after its figure a destination ("€300m would go to",
// "£5bn will be spent on", "was allocated to").
bool IsAllocationVerb(absl::string_view word);

// Words after a distance that make it a bearing ("80 km south of", "130 km to
// the east", "5 miles from the scene", "a mile away").
bool IsBearingWord(absl::string_view word);

// Words after "<n> times" that make it a multiplier ("six times the rate",
// "three times as many", "twice what"), not a count of occasions.
bool IsMultiplierFollower(absl::string_view word);

// Verbs of sale before "for <price>" ("sells for about 60 euros", "sold for
// $1.2 million", "fetched").
bool IsSaleVerb(absl::string_view word);

// Common nouns for a kind of place before "of <Name>" ("the port of
// Algeciras", "the city of Lyon").
bool IsPlaceNoun(absl::string_view word);

// Verbs that move a total to a new level: "bringing the death toll to 45",
// "taking its balance to €20bn", "set thermostats to 78 degrees".
bool IsMoveToWord(absl::string_view word);

// Verbs of change whose object follows with no determiner, besides
// IsMoveToWord: "cut costs by £6m", "trimmed staff by 300", "drove up
// prices by 5%" (the particle "up"/"down" stands for its verb).
bool IsTransitiveChangeWord(absl::string_view word);

// Words placing a count in a sequence before it: "five of their last six
// matches", "four of the first eight missions".
bool IsSequenceAdjective(absl::string_view word);

// Superlatives and "record" that make a later "in N years" the reach of a
// comparison, not a figure's period: "their biggest fall of 12% in five years".
bool IsRecordAdjective(absl::string_view word);

// Verbs of a share in something else's change: "added 0.4 percentage points
// to inflation", "shaved 0.2 points off growth" (the noun after "to"/"off"
// is what the figure counts).
bool IsContributionVerb(absl::string_view word);

// Words for the edge of a period: "by the end of 2026", "at the start of
// March", "for the rest of the quarter".
bool IsPeriodEdge(absl::string_view word);

// Seasons ("spring", "fall"): "by the spring" names a period.
bool IsSeason(absl::string_view word);

// Season words that are also the noun of an act ("fall": "plunged 30 metres
// in the fall"): a season right after a figure only with other evidence.
bool IsActNounSeason(absl::string_view word);

// "ago": counts a length of time back from now ("two years ago").
bool IsCountedBackWord(absl::string_view word);

// "head": a counting noun written singular after any number, whose "of" names
// what is counted ("40,000 head of cattle" counts cattle).
bool IsInvariantCountNoun(absl::string_view word);

// "on", "from", "among": the noun after one is the object of the head
// before it ("a tax on transactions").
bool IsHeadObjectPreposition(absl::string_view word);

// "for", "to": as IsHeadObjectPreposition(), but only before a determiner
// ("demand for the bikes", "repairs to the plant").
bool IsDeterminedHeadObjectPreposition(absl::string_view word);

// "by": gives the size of a change ("cut by a quarter").
bool IsChangeSizePreposition(absl::string_view word);

// "than": closes a comparative qualifier ("by more than a quarter").
bool IsComparativeCloser(absl::string_view word);

// Words joining a period noun to itself in a rate of change: "on", "over"
// ("year on year", "quarter-over-quarter").
bool IsPeriodRepeatJoint(absl::string_view word);

// Adverbs not ending in -ly that close a clause after an amount ("lost $3bn
// overall", "$500 upfront", "$80,000 abroad", "$4,000 online").
bool IsFlatAdverb(absl::string_view word);

// Passive verbs that set a level before "at" ("is forecast at €8.6bn", "was
// estimated at", "will be held at", "were little changed at"), and active
// ones whose object is the level's subject ("puts damage at $5bn").
bool IsLevelPassive(absl::string_view word);

// Base forms of verbs of earning, receiving and raising money ("earn",
// "receive", "raise"): after "to" ("supposed to earn $12", "working to
// raise") their subject is not the words before.
bool IsReceiveVerb(absl::string_view word);

// Auxiliaries that carry a clause's tense ("was", "had", "will"): the word
// before one ends the clause's subject.
bool IsFiniteAuxiliary(absl::string_view word);

// Modal auxiliaries ("will", "could"): the word after one is a verb.
bool IsModalAuxiliary(absl::string_view word);

// Prepositions that tie a predicate figure to its verb ("gone from", "came in
// at", "shrunk by", "is under").
bool IsPredicatePreposition(absl::string_view word);

// Irregular past forms ending a verb group ("had gone", "have shrunk", "been
// cut").
bool IsPredicateParticiple(absl::string_view word);

// Base forms of verbs that take a measure with no preposition ("will last
// six weeks", "could take two days").
bool IsMeasureBaseVerb(absl::string_view word);

// True for a noun a year before it dates as when a figure of its clause
// holds: a periodic measure ("forecast", "budget", "harvest") or an event
// ("attacks", "vote", "election"); not an instrument named by its year
// ("law", "act", "plan", "policy", "report"). Lowercase, exact bytes.
bool IsYearScopedNoun(absl::string_view word);

// Prepositions that open a noun's postmodifier, ending the noun phrase's
// head ("Enrolment in state schools": "in"). Lowercase, exact bytes.
bool IsNounPostmodifierPreposition(absl::string_view word);

// Subject pronouns, personal and indefinite ("he", "it", "everybody").
bool IsSubjectPronoun(absl::string_view word);

// Verbs of expecting or causing whose object is the subject of an
// infinitive after it ("expects the work to take", "forced vessels to
// wait").
bool IsInfinitiveObjectVerb(absl::string_view word);

// Prepositions after which a plural noun opens its phrase, so a bound after
// the noun restricts it ("keep to speeds below", "with incomes above").
bool IsBoundNounPreposition(absl::string_view word);

// Focusing words between a subject and its verb ("Imports also fell", "The
// final quarter alone lasted").
bool IsFocusWord(absl::string_view word);

// IsSubjectAuxiliary, IsFigureHedge or IsFocusWord in one lookup: a word that
// may stand between a subject and its verb ("could", "now", "also").
bool IsVerbGroupFiller(absl::string_view word);

// IsFigureHedge or IsFocusWord in one lookup ("now", "alone").
bool IsHedgeOrFocusWord(absl::string_view word);

// Every form of "be" ("is", "was", "be", "been", "being", "am"): a passive's
// or a predicate's auxiliary. Lowercase input.
bool IsAnyBeForm(absl::string_view word);

// Pronouns that open a relative clause after its antecedent ("costs which
// rose", "pay that trailed", "farmers who lost"). Lowercase input.
bool IsRelativeOpener(absl::string_view word);

// Words right after an amount that send it somewhere or set it apart ("put
// $3bn into the fund", "lies 40 km away"): it is no object its clause's
// subject has. Lowercase input.
bool IsOnwardWord(absl::string_view word);

// Prepositions that bound a figure by position ("above", "below", "under",
// "over"): after a verb's object they still restrict it ("see the jobless
// rate above 6%"), as "more than" or "at least" do not ("lent the country
// more than $3bn": a second object). Lowercase input.
bool IsPositionBound(absl::string_view word);

// Verbs of speaking a "for" duration measures the talk of ("spoke for 40
// minutes", "testified for two hours"): the speaker is no subject of the
// time. Lowercase input.
bool IsTalkVerb(absl::string_view word);

// Quote marks, straight and curly (the symbol's bytes).
bool IsQuoteMark(absl::string_view symbol);

// Particles of a phrasal verb before a predicate's preposition ("came in at").
bool IsPredicateParticle(absl::string_view word);

// Adverbs between a quantity verb and its figure ("is somewhere between",
// "stands currently at").
bool IsFigureHedge(absl::string_view word);

// Relative pronouns, prepositions and contrasts that put two figures in
// different clauses ("3.9% from 3.7% in January", "cases that ...").
bool IsClauseSplitter(absl::string_view word);

// Prepositions before a year ("since 2019", "by 2030", "during 2024").
bool IsYearPreposition(absl::string_view word);

// Words before "over <duration>" that keep "over" a qualifier ("for over 20
// years", "in over a decade", "took over two years", "waited over four
// hours": a verb whose time is the amount), not a period.
bool IsOverQualifierLead(absl::string_view word);

// Verbs whose amount is a level gone beyond, so the figure is more than it
// ("topped $2 billion", "exceeded 5%").
bool IsBeyondVerb(absl::string_view word);

// "passes", "crossed": beyond a bare level or measure ("toll passes 1,400"),
// not before what they count ("passed three background checks").
bool IsPassVerb(absl::string_view word);

// Nouns of conflict or worry after which "over" means "about" ("strike over
// 4.5% pay offer", "row over 10% cut"), so it is no qualifier.
bool IsAboutOverNoun(absl::string_view word);

// Pronouns whose "'s" is "is" or "has", not a possessive ("that's", "it's").
bool IsContractedPronoun(absl::string_view word);

// Auxiliaries and modals right after a bare count that left out its noun
// ("as many as 150,000 could lose power", "fewer than 300 had reported").
bool IsElisionVerb(absl::string_view word);

// Verbs that report what a survey or study found ("found", "showed"): a
// share after one counts the people or things surveyed ("a poll of 2,000
// tenants found that 41% had ..."). Lowercase input.
bool IsFindingVerb(absl::string_view word);

// Verbs whose object gives or gets the money after it ("cost", "saved",
// "charged"): "Road crashes cost the economy $4 billion" is what crashes
// cost. Lowercase input.
bool IsCostVerb(absl::string_view word);

// Nouns ending in -ing that head a noun phrase ("spending", "funding",
// "borrowing"): "sets total spending at $90 billion". Lowercase input.
bool IsIngNoun(absl::string_view word);

// Nouns whose bare numbers are temperatures ("highs between 108 and 112"),
// any case.
bool IsTemperatureNoun(absl::string_view word);

// Nouns of more than five letters that end in "-ly" ("supply", "family"),
// not adverbs.
bool IsLyNoun(absl::string_view word);

// Nouns of a holding before "in <Name>" ("shares in AGL", "a stake in
// Tesla"): the name is a company, not a place.
bool IsHoldingNoun(absl::string_view word);

// Adjectives of a rate ("daily", "monthly", "quarterly"): before a noun they
// modify it ("a £1.50 daily charge", "of its monthly flights"). Lowercase
// input.
bool IsRateAdjective(absl::string_view word);

// Conjunctions that join two names or phrases into one list ("and", "or").
// Lowercase input.
bool IsListConjunction(absl::string_view word);

// Nouns of a forecast or target ("forecast", "estimate", "guidance"): in
// "raised its forecast for the wheat crop to 93 million tonnes" the noun
// phrase after "for" is what the figure counts. Lowercase input.
bool IsForecastNoun(absl::string_view word);

// Prepositions after money and its rate that name what the money goes to
// ("to", "for", "on", "into": "A$6.4 billion a year into the regional
// economy"). Lowercase input.
bool IsMoneyDestinationPreposition(absl::string_view word);

// Words that join the parts of one place's name ("Newfoundland and
// Labrador", "Republic of Korea"). Lowercase input.
bool IsPlaceNameJoiner(absl::string_view word);

// Words between the two years of a span ("between 2019 and 2023", "from 2019
// to 2023"). Lowercase input.
bool IsYearSpanJoiner(absl::string_view word);

// Conjunctions of contrast that put two figures in different clauses
// ("while", "but", "whereas"). Lowercase input.
bool IsContrastWord(absl::string_view word);

// "and", which joins clauses when no comma is asked for. Lowercase input.
bool IsClauseAnd(absl::string_view word);

// Period nouns that after "in the" make an idiom, not a span ("back in the
// day"). Lowercase input.
bool IsIdiomPeriodNoun(absl::string_view word);

// Nouns of an occasion ("time"): "the first time in eight years" gives how
// long since, not a figure's period. Lowercase input.
bool IsOccasionNoun(absl::string_view word);

// Lowercase compass adjectives before a place name ("northern Syria").
bool IsCompassAdjective(absl::string_view word);

// Heads of a noun phrase after "of" or "times" that a share or multiple is
// measured against, not what it counts ("at 23% of capacity", "82% of GDP",
// "twice their usual level", "80% of what they were"). Lowercase input.
bool IsYardstickNoun(absl::string_view word);

// Verbs besides "be" whose object is a level measured against a yardstick
// ("reached 91% of capacity", "hit twice the usual level"). Lowercase input.
bool IsYardstickVerb(absl::string_view word);

// Nouns of a statistic before "of <figure>" ("an average of 41 days", "a
// total of 300"), which say how the figure was taken, not what it counts.
bool IsStatisticNoun(absl::string_view word);

// Nouns of a change ("a fall of 6%", "an increase of 12%"): set off after a
// figure they measure the change of what that figure counts.
bool IsChangeNoun(absl::string_view word);

// Verbs whose particle "up" or "down" ends before "to" ("inflation edged up
// to 3.8%", "prices went up to £2"): "up to" there is no limit.
bool IsUpParticleVerb(absl::string_view word);

// Verbs that make a verb of change with "up" or "down" after them besides
// IsUpParticleVerb ("will go up by $9", "came down by 3p"); not in that list
// because "can go up to £5,000" is a limit. Lowercase input.
bool IsPhrasalChangeVerb(absl::string_view word);

// Verbs of a trading session's end or start that take "up" or "down" as a
// change ("closed down 3.7%", "finished up 1.2%", "opened down"). Lowercase
// input.
bool IsSessionVerb(absl::string_view word);

// Nouns of custody after "in" that a term of years is spent in ("20 years
// in prison", "19 months in pretrial detention"). Lowercase input.
bool IsCustodyNoun(absl::string_view word);

// Words between a count and the noun it counts that are not part of the
// noun ("1,200 more women", "four other men", "two further inspectors").
// Lowercase input.
bool IsCountedNounOpener(absl::string_view word);

// True if `head`, a hyphen and the period noun `noun` name a period of
// accounts: "first-half", "third-quarter", "full-year", "half-year"; not
// "first-year" or "final-year" (students). Lowercase input.
bool IsPeriodCompound(absl::string_view head, absl::string_view noun);

// Quantifiers that open a noun phrase as "the" does ("some", "several"):
// "Ridership on some suburban lines remained ..." (the place phrase after the
// head). Lowercase input.
bool IsQuantifierDeterminer(absl::string_view word);

// Finite verbs of gathering money whose subject is what brought the sum in
// ("Ticket sales had raised 820,000 kronor", "the appeal collected $9,000").
// Lowercase input.
bool IsMoneyGatheringVerb(absl::string_view word);

// Verbs of giving money whose "to" after the sum names where it goes
// ("donated $750 to the campaign", "gave £40,000 to a charity"). Lowercase
// input.
bool IsDonationVerb(absl::string_view word);

// Nouns of a level a bare number after "at" can set ("kept the toll at 45",
// "set the target at 500"): kLevelNouns, kForecastNouns, kStatisticNouns.
// Lowercase input.
bool IsLevelNoun(absl::string_view word);

// Verbs that take two objects, the first who pays or gets the sum
// ("lent the province more than $2bn", "owes its suppliers", "fined the
// club"): kCostVerbs, kDonationVerbs and a few more. Not verbs of change
// ("raised the price more than 10%": the price is what rose). Lowercase
// input.
bool IsTwoObjectVerb(absl::string_view word);

// Words that make a sentence about weight ("he weighed ten pounds").
absl::Span<const char* const> MassCueWords();

// Words before a rival's count that leave its noun out ("won 21,806 votes
// against 21,394 for the incumbent"). Lowercase input.
bool IsRivalPreposition(absl::string_view word);

// Nouns that stand for a figure named before ("the figure was 34 per cent",
// "the number rose to 40"): a figure with one of them alone as subject
// counts what the earlier figure counts. Lowercase input.
bool IsAnaphoricFigureNoun(absl::string_view word);

// Which figures a verb of MeasuredActNoun measures its act by: any (but a
// duration, which times the act: "sold 3 weeks after"); only money; any,
// but only with a "for" phrase after the figure naming what the act was for
// ("waited 47 weeks for a scan").
enum class ActFigures { kAny, kMoney, kWithFor };

// The noun of an act whose figure is the verb's object or measure, from the
// verb's form ("fined" -> "fine": "was fined £38,000"; "sold" -> "sales"):
// the figure counts the act when no noun follows it. Sets *figures to the
// figures the verb measures its act by. "" for any other word. Lowercase
// input.
absl::string_view MeasuredActNoun(absl::string_view verb, ActFigures* figures);

// Verbs of growing a crop or raising stock on land ("grows", "farmed",
// "planted"): the area after "on" is the land of their object ("grows
// bananas on two hectares"). Lowercase input.
bool IsCultivationVerb(absl::string_view word);

// The noun of a penalty whose length a "for" duration after the verb gives,
// or a "to" one right after it, from the verb's past form ("banned" -> "ban":
// "was banned from driving for three years"; "jailed" -> "jail term";
// "sentenced to six years" -> "sentence"); "" for any other word. Sets
// *persons_only when the verb's object can only be who is punished ("jailed
// a trader for five years"), not a thing put in a state ("suspended all
// flights for a week"). Lowercase input.
absl::string_view PenaltyNoun(absl::string_view verb, bool* persons_only);

// Nouns of a measure whose "for" phrase says what it is of ("the median wait
// for a knee replacement", "demand for the bikes"). Lowercase input.
bool IsMeasureHeadNoun(absl::string_view word);

// What a bare count of a place's people measures ("a town of 4,000").
inline constexpr absl::string_view kPopulationSubject = "population";

// Verbs of spending a sum or a time on an act written after the figure as
// an -ing clause ("spent nearly five months excavating the site").
// Lowercase input.
bool IsSpendingVerb(absl::string_view word);

// Infinitives that, with no object after them, name no act the time before
// them measures, a countdown or a margin ("two weeks to go", "minutes to
// spare"; not "a year to run the company"). Lowercase input.
bool IsIdleInfinitive(absl::string_view word);

// Forms of "take" ("took", "taking"): a time taken to do something with no
// object is its clause subject's ("homes were taking 41 days to sell").
// Lowercase input.
bool IsTimeTakingVerb(absl::string_view word);

// Verbs that give, have, need or take a time for an act an infinitive after
// it names ("has 21 days to appeal", "gave the firm a year to pay"),
// IsTimeTakingVerb too. Lowercase input.
bool IsTimeGrantingVerb(absl::string_view word);

// IsRecordAdjective or "first": the word opening a noun phrase a time after
// it is the reach of ("the lowest reading for seven years", "the first
// increase in 11 years"). Lowercase input.
bool IsReachWord(absl::string_view word);

// Prepositions before the time an act took ("approved in 41 days", "repaid
// within 90 days"). Lowercase input.
bool IsTimeTakenPreposition(absl::string_view word);

// Words after a duration that set it off from an event ("eight minutes
// after the restart", "two years before the election"). Lowercase input.
bool IsEventOffsetWord(absl::string_view word);

// Words before a duration that times the act of its clause: how long it
// lasted, by when it is due, how often it recurs ("halt imports for 60
// days", "review the timetable within six weeks", "trains run every 20
// minutes"). Lowercase input.
bool IsTimedActLink(absl::string_view word);

// Verbs that put their object in a state a "for" time lasts ("closed the
// line for two months", "suspended services for five days"). Lowercase
// input.
bool IsStateSettingVerb(absl::string_view word);

// Nouns that head a period phrase besides the period nouns ("in the
// January-September period", "in New York trading"): money "in" one is
// when it was counted, not what it counts. Includes IsSessionNoun.
// Lowercase input.
bool IsPeriodPhraseHead(absl::string_view word);

// "in" between a change noun and what changed ("a 41% rise in net
// profit"). Lowercase input.
bool IsChangeObjectLink(absl::string_view word);

// "a", "an". Lowercase input.
bool IsIndefiniteArticle(absl::string_view word);

// Nouns of a contest's result ("defeat", "win", "victory"): before a verb of
// costing or earning, the country its object names is a team ("The win
// earned Brazil $5 million"), not where the sum holds. Lowercase input.
bool IsContestResultNoun(absl::string_view word);

// "by" before a passive's agent ("seats won by left-wing parties").
// Lowercase input.
bool IsAgentPreposition(absl::string_view word);

// "on" before a day a figure was reported on ("rose 4% on Monday").
// Lowercase input.
bool IsDayPreposition(absl::string_view word);

// "to", "of", "at" right before money that is the level of a sum named
// before it ("raise the annual fee to $2,400"). Lowercase input.
bool IsSumLevelLink(absl::string_view word);

// Words that end the name written before an area noun ("On Monday County
// officials", "A Region spokesman"): the subject stops (prepositions,
// determiners, conjunctions), weekdays and months. Lowercase input.
bool IsAreaNameStop(absl::string_view word);

// "trading", "dealings": a market session only when a market, place, time
// or IsSessionModifier names it ("in Toronto trading", "in heavy trading");
// an activity otherwise ("lost $40 million in currency trading").
// Lowercase input.
bool IsSessionNoun(absl::string_view word);

// Words before a session noun that say how busy the session was or which
// part of it ("heavy", "thin", "opening"), besides IsTradingSessionWord.
// Lowercase input.
bool IsSessionModifier(absl::string_view word);

// Nouns of a quoted price whose move a session noun times ("The stock lost
// $4 in trading", "Shares of Acme fell $2 in trading"): with one of them as
// the clause subject, a bare "in trading" is when, not what. Lowercase input.
bool IsQuotedPriceNoun(absl::string_view word);

// Verbs whose first object is who gets the money after it, besides
// IsCostVerb ("Cocoa exports earned Ghana $2 billion"): the sum is what the
// verb's subject earns. Lowercase input.
bool IsEarnVerb(absl::string_view word);

// Nouns of a measure a label line can name besides IsLevelNoun ("Population:
// 12,000.", "Cost: $4.5 million."). Lowercase input.
bool IsLabelMeasureNoun(absl::string_view word);

// Adjectives of the period a sum is counted over ("annual", "monthly"):
// before such a sum's noun they name the period of its figure ("the annual
// licence fee to Rs 2 lakh"). Lowercase input.
bool IsPeriodicAdjective(absl::string_view word);

// Sums counted over a period besides IsResultsNoun's ("fee", "rent",
// "salary", "budget"): a period adjective before them is their figure's
// period. Lowercase input.
bool IsPeriodicSumNoun(absl::string_view word);

// Prepositions of a place-like phrase after a participle that says which
// things a plural noun counts ("pupils enrolled in state schools", "staff
// employed at the mill"). Lowercase input.
bool IsParticiplePlacePreposition(absl::string_view word);

// Prepositions that make a count after them no clause subject ("one of 20
// pupils hurt in", "according to three people briefed on"). Lowercase
// input.
bool IsCountGoverningPreposition(absl::string_view word);

// Verbs of reporting or finding whose object is often a clause without
// "that" ("Data showed 40 firms collapsed", "The school reported 12 pupils
// fainted"): a count after one is that clause's subject, not the verb's
// object. Includes IsFindingVerb. Lowercase input.
bool IsClauseReportVerb(absl::string_view word);

// Nouns of a sample of people or things ("a poll of 900 parents"): a
// participle after the sampled noun may say who made the sample.
// Lowercase input.
bool IsSampleNoun(absl::string_view word);

// Quantifiers that float after the subject they count ("Bolton and Wigan
// both reported", "the banks all raised"): the subject is the words before.
// Lowercase input.
bool IsFloatingQuantifier(absl::string_view word);

// Comparatives a share before them sizes against a noun after ("used 15%
// less fuel", "12% more homes", "8% fewer trips"): the noun is what the
// share counts. Lowercase input.
bool IsShareComparative(absl::string_view word);

// Words that may follow a noun phrase that ends an object list ("on roads
// and a bridge at the port", "for schools and clinics this year"):
// prepositions and period openers, not verbs. Lowercase input.
bool IsObjectCloser(absl::string_view word);

// Nouns of a pot of money ("fund", "reserves", "coffers"): money "from" one
// ("released 15 million pesos from its calamity fund") is drawn from it, and
// the pot names what the sum is. Lowercase input.
bool IsFundNoun(absl::string_view word);

// Words that grade a bound ("well below 2C", "far above 90%"): no noun the
// bound counts. Lowercase input.
bool IsBoundDegreeWord(absl::string_view word);

// True if `word` ends as adjectives often do ("expensive", "useful"): after
// "15% more" such a word is no noun the share counts (adverbs, -ly or flat,
// are tested apart). Lowercase input.
bool HasAdjectiveEnding(absl::string_view word);

// Comparison words that open a figure bounding a noun just before it
// ("acidity below 0.5%", "speeds above 90 km/h"): the noun is what the
// figure bounds. Lowercase input.
bool IsBoundComparison(absl::string_view word);

// Possessive determiners ("its", "their"): after a count one opens a
// relative clause without "that" ("the 3 million its backers forecast").
// Lowercase input.
bool IsPossessiveDeterminer(absl::string_view word);

// Nouns of a stretch of time ("on a good day", "in a bad week"): money "on"
// or "in" one is when it was earned or spent, not what it counts.
// Lowercase input.
bool IsTimeStretchNoun(absl::string_view word);

// The subject of a temperature a place or name reached ("Jaipur touched
// 46C"): the figure measures the temperature, not the place.
inline constexpr absl::string_view kTemperatureSubject = "temperature";

// The subject of a speed a form of "average" takes, and the word that shows
// a subject names a speed already.
inline constexpr absl::string_view kAverageSpeedSubject = "average speed";
inline constexpr absl::string_view kSpeedWord = "speed";

// The head of the subject of a length that says how far a place lies from
// another ("lives 200 metres from the shore": "distance from the shore").
inline constexpr absl::string_view kDistanceSubject = "distance";

// The subject of a length that says how high a place lies ("at 4,100 metres
// above sea level": "altitude"), and the words after the length that say so,
// in order.
inline constexpr absl::string_view kAltitudeSubject = "altitude";
inline constexpr absl::string_view kSeaLevelWords[] = {"above", "sea",
                                                       "level"};

// Forms of "average" as a verb ("Trains average 87 km/h"). Lowercase input.
bool IsAverageVerb(absl::string_view word);

// Subjects of a clause that says how long someone did something ("who has
// volunteered at the station for 31 years", "she had sold fish there for 26
// years"): "who" and the personal pronouns of people, not "it" or "they"
// ("it has fallen for three years", "they had waited for 40 minutes" say how
// long a state lasted). Lowercase input.
bool IsActorSubject(absl::string_view word);

// The perfect auxiliaries between such a subject and its verb ("has", "had",
// "'ve"). Lowercase input.
bool IsPerfectAuxiliary(absl::string_view word);

}  // namespace lexicon
}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_FIGURE_CONTEXT_WORDS_H_
