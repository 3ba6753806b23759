#include "ingest-service/extract/lexicon/number_words.h"

#include "absl/strings/match.h"
#include "ingest-service/extract/lexicon/word_set.h"

namespace factwire {
namespace lexicon {
namespace {

constexpr NumberWordKind kU = NumberWordKind::kUnit;
constexpr NumberWordKind kT = NumberWordKind::kTens;
constexpr NumberWordKind kH = NumberWordKind::kHundred;
constexpr NumberWordKind kS = NumberWordKind::kScale;
constexpr NumberWordKind kD = NumberWordKind::kDozen;
constexpr NumberWordKind kF = NumberWordKind::kFraction;
constexpr NumberWordKind kM = NumberWordKind::kMultiplier;
constexpr NumberWordKind kV = NumberWordKind::kMultiplierVerb;
constexpr NumberWordUse kAfterNumber = NumberWordUse::kAfterNumber;
constexpr NumberWordUse kAfterWords = NumberWordUse::kAfterWords;

constexpr NumberWordEntry kNumberWords[] = {
    {"zero", 0, kU},          {"nought", 0, kU},
    {"naught", 0, kU},        {"nil", 0, kU},
    {"one", 1, kU},           {"two", 2, kU},
    {"three", 3, kU},         {"four", 4, kU},
    {"five", 5, kU},          {"six", 6, kU},
    {"seven", 7, kU},         {"eight", 8, kU},
    {"nine", 9, kU},          {"ten", 10, kU},
    {"eleven", 11, kU},       {"twelve", 12, kU},
    {"thirteen", 13, kU},     {"fourteen", 14, kU},
    {"fifteen", 15, kU},      {"sixteen", 16, kU},
    {"seventeen", 17, kU},    {"eighteen", 18, kU},
    {"nineteen", 19, kU},     {"twenty", 20, kT},
    {"thirty", 30, kT},       {"forty", 40, kT},
    {"fourty", 40, kT},       {"fifty", 50, kT},
    {"sixty", 60, kT},        {"seventy", 70, kT},
    {"eighty", 80, kT},       {"ninety", 90, kT},
    {"hundred", 100, kH},     {"hundreds", 100, kH},
    {"thousand", 1e3, kS},    {"thousands", 1e3, kS},
    {"million", 1e6, kS},     {"millions", 1e6, kS},
    {"billion", 1e9, kS},     {"billions", 1e9, kS},
    {"trillion", 1e12, kS},   {"trillions", 1e12, kS},
    // Wire copy's short scales, spaced ("21.4 bln CFA francs", "$3 bn").
    {"bn", 1e9, kS, kAfterNumber},
    {"bln", 1e9, kS, kAfterNumber},
    {"mln", 1e6, kS, kAfterNumber},
    {"lakh", 1e5, kS},        {"lakhs", 1e5, kS},
    {"lac", 1e5, kS, kAfterNumber},
    {"lacs", 1e5, kS, kAfterNumber},
    {"lkh", 1e5, kS, kAfterNumber},
    {"lkhs", 1e5, kS, kAfterNumber},
    {"crore", 1e7, kS},       {"crores", 1e7, kS},
    {"krore", 1e7, kS},       {"krores", 1e7, kS},
    {"koti", 1e7, kS},        {"cr", 1e7, kS, kAfterNumber},
    {"kr", 1e7, kS, kAfterWords},
    {"dozen", 12, kD},
    {"dozens", 12, kD},       {"gross", 144, kD},
    {"half", 2, kF},          {"halves", 2, kF},
    {"third", 3, kF},         {"thirds", 3, kF},
    {"quarter", 4, kF},       {"quarters", 4, kF},
    {"fourth", 4, kF},        {"fourths", 4, kF},
    {"fifth", 5, kF},         {"fifths", 5, kF},
    {"sixth", 6, kF},         {"sixths", 6, kF},
    {"seventh", 7, kF},       {"sevenths", 7, kF},
    {"eighth", 8, kF},        {"eighths", 8, kF},
    {"ninth", 9, kF},         {"ninths", 9, kF},
    {"tenth", 10, kF},        {"tenths", 10, kF},
    {"hundredth", 100, kF},   {"hundredths", 100, kF},
    {"thousandth", 1000, kF}, {"thousandths", 1000, kF},
    {"twice", 2, kM},         {"thrice", 3, kM},
    {"double", 2, kM},        {"triple", 3, kM},  // "double the size"
    {"treble", 3, kM},        {"quadruple", 4, kM},
    // verbs of the third person, a ratio only after a degree word ("output
    // roughly doubles"), as "the doubles final" is no number
    {"doubles", 2, kM},       {"triples", 3, kM},
    {"trebles", 3, kM},       {"quadruples", 4, kM},
    {"twofold", 2, kM},       {"threefold", 3, kM},
    {"fourfold", 4, kM},      {"fivefold", 5, kM},
    {"sixfold", 6, kM},       {"sevenfold", 7, kM},
    {"eightfold", 8, kM},     {"ninefold", 9, kM},
    {"tenfold", 10, kM},      {"hundredfold", 100, kM},
    {"doubled", 2, kV},       {"doubling", 2, kV},
    {"tripled", 3, kV},       {"tripling", 3, kV},
    {"trebled", 3, kV},       {"quadrupled", 4, kV},
    {"quadrupling", 4, kV},   {"quintupled", 5, kV},
    {"halved", 0.5, kV},      {"halving", 0.5, kV},
    {"halve", 0.5, kV},
};

constexpr ScaleSuffixEntry kScaleSuffixes[] = {
    {"k", 1e3, false, false},    {"thou", 1e3, false, false},
    {"m", 1e6, true, true},      {"M", 1e6, true, false},
    {"mn", 1e6, false, false},   {"mln", 1e6, false, false},
    {"mil", 1e6, false, false},  {"bn", 1e9, false, false},
    {"bln", 1e9, false, false},  {"B", 1e9, true, false},
    {"b", 1e9, true, true},      {"tn", 1e12, false, false},
    {"trn", 1e12, false, false}, {"T", 1e12, true, false},
    {"G", 1e9, true, true},  // ".0012G"; not "5G" (see number_parser.cc)
};

// Words after a multiplier that make it a comparison ("twice as many").
constexpr const char* kComparativeFollowers[] = {
    "as",    "the", "that",     "more", "than", "its",
    "their", "his", "her",      "what", "this", "those",
    "these", "our", "increase", "rise", "jump"};

// IsMultiplierDegreeWord, IsDegreeComparative.
constexpr const char* kMultiplierDegreeWords[] = {"roughly", "nearly", "almost",
                                                  "approximately"};
constexpr const char* kDegreeComparatives[] = {"more", "less", "fewer"};

// IsChangeMultiplierFollower.
constexpr const char* kChangeMultiplierFollowers[] = {
    "a",      "an",     "in",   "within", "by",    "over",    "from",
    "since",  "to",     "on",   "after",  "before", "during", "again",
    "and",    "or",     "but",  "if",     "when",  "while",   "because",
    "between", "compared"};

// IsOccasionMultiplier.
constexpr const char* kOccasionMultipliers[] = {"twice", "thrice"};

// Words before a lone fraction word that make it a noun ("the second half").
constexpr const char* kFractionDeterminers[] = {
    "the",   "this",   "that", "each",  "every", "its",
    "first", "second", "last", "other", "latter"};

// Conjunctions and adverbs after "a third" that no ordinal modifies (the
// figure stops look after "when", "while", "if"): IsFractionClauseWord.
constexpr const char* kFractionClauseWords[] = {
    "whenever", "wherever", "unless", "however", "again", "overall"};

// Words opening an equative comparison after "a third again"
// (IsEquativeWord).
constexpr const char* kEquativeWords[] = {"as"};

// Words before "<n> quarters" that make the quarters periods or parts counted.
constexpr const char* kCountedPartLeads[] = {
    "in",    "for",  "over",     "past", "last", "next", "previous",
    "the",   "its",  "their",    "all",  "first", "recent", "both",
    "those", "these", "straight"};

// Adverbs of degree between "is" and a bare age ("he is just 15").
constexpr const char* kAgeAdverbs[] = {"just",   "only",   "still", "barely",
                                       "nearly", "almost", "already", "now"};

// A person and "is"/"am" in one word, either apostrophe ("she's 16").
constexpr const char* kPersonBeContractions[] = {
    "he's",          "she's",          "i'm",          "who's",
    "he\xE2\x80\x99s", "she\xE2\x80\x99s", "i\xE2\x80\x99m", "who\xE2\x80\x99s"};

// Words before an apostrophe and two digits that make them a year ("in '87",
// "the class of '92", "since '09").
constexpr const char* kElidedYearLeads[] = {
    "in", "of", "since", "until", "till", "from", "by", "before", "after",
    "back", "summer", "winter", "spring", "autumn", "fall", "class"};

// Words before either amount of a comparison or change ("from N66 to N209");
// the words that set one amount against another (kSetAgainstWords) are
// comparison leads too.
constexpr const char* kComparisonLeads[] = {"from", "to", "than",
                                            "and",  "or", "between"};

// Words that set the number after them against the amount before them,
// which lends it its unit ("EUR 2.1bn against 1.7bn", "4% versus 3.5"):
// prepositions that adjoin the number, and "compared", which reaches it
// through a link (kComparedLinks: "compared with 98m", "compared to 98m").
constexpr const char* kSetAgainstWords[] = {"against", "versus", "vs",
                                            "compared"};
constexpr const char* kComparedLinks[] = {"with", "to"};

// Nouns after "age" that name a band of ages ("the 18-34 age group").
constexpr const char* kAgeBandNouns[] = {
    "group",  "groups",   "band",   "bands",  "bracket",    "brackets",
    "cohort", "cohorts",  "range",  "ranges", "category",   "categories"};

// Words before a number that make it an age ("aged 8", "ages 18-34").
constexpr const char* kAgeLabels[] = {"age", "aged", "ages"};

// Plural nouns of persons whose ages a list set off by commas may give after
// a count ("Two men, 22 and 25, were arrested").
constexpr const char* kAgedPersonPlurals[] = {
    "men",      "women",     "boys",     "girls",    "children",
    "teenagers", "brothers", "sisters",  "sons",     "daughters",
    "victims",  "suspects",  "students", "siblings", "friends"};

// The ages persons named by some of kAgedPersonPlurals may have in a list of
// their ages ("Two men, 22 and 25,"); a plural not here spans 1 to 120.
struct ListedAgeSpan {
  const char* plural;
  int youngest;
  int oldest;
};
constexpr ListedAgeSpan kListedAgeSpans[] = {
    {"men", 16, 120},       {"women", 16, 120},    {"teenagers", 13, 19},
    {"children", 0, 17},    {"students", 5, 120},  {"suspects", 10, 120}};
constexpr int kOldestListedAge = 120;

// Words that mark the number before them as a time of day ("at 19.45 local
// time", "at 18.30 GMT", "14.31 CST").
constexpr const char* kClockZoneWords[] = {
    "local", "gmt",  "utc",  "cet",  "cest", "bst",  "eet",  "eest",
    "cat",   "eat",  "wat",  "sast", "ist",  "pkt",  "jst",  "kst",  "hkt",
    "sgt",   "aest", "aedt", "awst", "nzst", "nzdt", "est",  "edt",  "cst",
    "cdt",   "mst",  "mdt",  "pst",  "pdt"};

// Words naming a day that may follow a time of day ("at 18.30 tonight"); a
// weekday name after "on" does too (kRoleWeekday).
constexpr const char* kClockDayWords[] = {"tonight", "today", "tomorrow"};

// Words of an event set for a time of day that, before "at" in the same
// clause, make a point-written number after it a clock time ("Kick-off is at
// 19.45", "doors open at 18.30", "the service begins at 10.30"). Not the
// past of market verbs ("opened at 14.25" is a price).
constexpr const char* kClockEventWords[] = {
    "kick",      "kicks",     "kickoff",  "start",     "starts",
    "begin",     "begins",    "open",     "opens",     "doors",
    "scheduled", "due",       "depart",   "departs",   "departure",
    "arrive",    "arrives",   "arrival",  "curfew",    "deadline",
    "takeoff"};

// Nouns of a contest's result a time after "at" may give ("won the final at
// 9.58", "broke the record at 19.19").
constexpr const char* kResultEventNouns[] = {
    "final", "race", "record", "heat", "semifinal", "sprint", "marathon",
    "title", "dash", "hurdles", "event", "medal", "gold", "silver", "bronze"};

// Verbs of winning or setting a result before a result noun.
constexpr const char* kResultVerbs[] = {
    "won",   "wins",     "win",     "set",     "sets",  "broke",
    "breaks", "clocked", "clocks",  "finished", "ran",  "took",
    "claimed", "equalled", "equaled", "lowered", "smashed"};

// Street words some languages write before the number that names the street
// ("Rue 12.145", "Calle 72", "Avenida 9").
constexpr const char* kStreetLeadWords[] = {"rue", "calle", "carrera",
                                            "avenida", "rua"};

// Words after "over" that open a span of time ("doubled over the past two
// years", "halved over that period").
constexpr const char* kTimeSpanLeads[] = {
    "the",  "a",    "an",   "this",   "that",   "those", "these",
    "past", "last", "next", "recent", "several", "many",  "its"};

// Verbs of dialling ("call 999", "dial 911", "text 88 to donate").
constexpr const char* kDialVerbs[] = {"dial",    "dials",    "dialled",
                                       "dialed",  "dialling", "dialing"};

// Verbs of calling that also take people ("called 30 witnesses", "phoned
// 600"): they dial only a short phone number that ends the phrase.
constexpr const char* kCallVerbs[] = {
    "call",  "calls",  "called", "calling", "ring",   "rang",
    "phone", "phoned", "text",   "texted",  "texting"};

// Words after "call 999" that leave the number the one dialled: an adverb of
// urgency or a phrase of purpose or condition ("call 911 now", "call 111 for
// advice", "call 999 if"), not a noun or "and" ("phoned 600 and asked").
constexpr const char* kServiceCallFollowers[] = {
    "now", "immediately", "urgently", "right", "straight", "first",
    "for", "if",          "to",       "or",    "from",     "when",
    "instead", "anytime", "only", "unless"};

// Singular nouns a number before them names ("the 311 hotline", "the 38
// bus").
constexpr const char* kNumberedServiceNouns[] = {
    "hotline", "helpline", "bus", "tram", "route"};

// Nouns that name a phone service only after a singular noun that follows
// the number ("the 811 nurse line"); right after it they are counted or
// describe the counted ("the 40 line workers").
constexpr const char* kNumberedLineNouns[] = {"line", "channel"};

// Unit codes (UnitEntry::unit) of a hyphened length that names a thing after
// "the" with no noun after it: the curling rings ("the four-foot", "the
// twelve-foot"); not a race ("won the 400-metre").
constexpr const char* kRingLengthUnits[] = {"ft"};

// Nouns for a group of people of an age ("a generation under 30", "youths
// under 18", "the cohort over 65").
constexpr const char* kAgeCohortNouns[] = {
    "generation", "generations", "cohort", "cohorts", "youth", "youths"};

// Object pronouns for people ("all of them over 70").
constexpr const char* kAgedGroupPronouns[] = {"them", "us"};

// Words before an object pronoun that make it the whole of a group ("all of
// them", "most of us"), not a verb's object ("gave them", "cost us").
constexpr const char* kGroupPronounLeads[] = {"of"};

// Modals of a requirement, after which "be under/over N" and a person noun
// set an age ("drivers must be under 40"); not "will" ("the patients will
// be over 100" is how many).
constexpr const char* kRequirementModals[] = {"must", "shall"};

// The base form of "be" after a modal ("must be").
constexpr const char* kBeBaseForms[] = {"be"};

// Nouns whose value an age is ("the average age of ... was 56").
constexpr const char* kAgeNouns[] = {"age"};

// Prepositions opening what follows an age noun ("the age of drivers", "the
// median age in the valley", "the largest age group among"): before the age
// noun they make it a modifier of another noun ("children of school age").
constexpr const char* kAgeNounLinks[] = {"of", "in", "among"};

// Conjunctions and prepositions that open another phrase after a bare age
// ("she was 34 when", "the pension age is 67 for those born after 1970"),
// where a noun would be what the number counts ("was 26 goals").
constexpr const char* kAfterAgeWords[] = {"when",  "while", "and",   "but",
                                          "at",    "as",    "before", "after",
                                          "for",   "in",    "on",    "until",
                                          "since"};

// Nouns of a price after "half" ("half price", "half fare").
constexpr const char* kHalfPriceNouns[] = {"price", "fare", "fee", "rate"};

// Suffixes ending a person's name ("John Smith Jr.").
constexpr const char* kNameSuffixes[] = {"jr", "sr"};

// Present and past forms of "be".
constexpr const char* kBeForms[] = {"is", "was", "are", "were"};

// Verbs that put a team at its record or a match at its score ("went 5-6",
// "finished 9-8", "stood 2-2").
constexpr const char* kStandingVerbs[] = {
    "went", "go", "goes", "finished", "finish", "finishes",
    "stand", "stands", "stood", "sit", "sits", "sat"};

// Words that make a sentence about games, so a bare "N-M" after a be-form
// or "to" is a side's record or a score ("are 5-6 this season", "improved
// to 7-2 with the win"), not a range.
constexpr const char* kGameWords[] = {
    "won",     "win",      "wins",     "lost",    "loss",     "losses",
    "season",  "seasons",  "record",   "game",    "games",    "match",
    "matches", "cup",      "league",   "defeat",  "defeats",  "victory",
    "draw",    "drew",     "playoff",  "playoffs", "standings", "score"};

// Personal pronouns that can stand for a side holding a record ("They are
// 5-6", "we were 2-1 down"); not "it" ("it was 25-30 at noon").
constexpr const char* kSidePronouns[] = {"they", "we", "he", "she", "i"};

// Lowercase words inside a side's name phrase ("the Lions", "She and Ortiz").
constexpr const char* kSideJoiners[] = {"the", "and"};

// Nouns that a number joined by a hyphen makes a kind of thing ("a
// 3-pointer", "a two-seater", "an 18-wheeler", "a double-decker").
constexpr const char* kNumberedKindNouns[] = {
    "pointer", "pointers", "seater",  "seaters", "wheeler",
    "wheelers", "decker",  "deckers", "hander",  "handers"};

}  // namespace

absl::Span<const NumberWordEntry> NumberWords() { return kNumberWords; }

absl::Span<const ScaleSuffixEntry> ScaleSuffixes() { return kScaleSuffixes; }

bool IsComparativeFollower(absl::string_view word) {
  return InWordLists<kComparativeFollowers>(word);
}

bool IsMultiplierDegreeWord(absl::string_view word) {
  return InWordLists<kMultiplierDegreeWords>(word);
}

bool IsDegreeComparative(absl::string_view word) {
  return InWordLists<kDegreeComparatives>(word);
}

bool IsChangeMultiplierFollower(absl::string_view word) {
  return InWordLists<kChangeMultiplierFollowers>(word);
}

bool IsPossessiveForm(absl::string_view word) {
  return absl::EndsWith(word, "'s") || absl::EndsWith(word, "\xE2\x80\x99s");
}

bool IsOccasionMultiplier(absl::string_view word) {
  return InWordLists<kOccasionMultipliers>(word);
}

bool IsCountedPartLead(absl::string_view word) {
  return InWordLists<kCountedPartLeads>(word);
}

bool IsFractionDeterminer(absl::string_view word) {
  return InWordLists<kFractionDeterminers>(word);
}

bool IsFractionClauseWord(absl::string_view word) {
  return InWordLists<kFractionClauseWords>(word);
}

bool IsEquativeWord(absl::string_view word) {
  return InWordLists<kEquativeWords>(word);
}

bool IsAgeAdverb(absl::string_view word) {
  return InWordLists<kAgeAdverbs>(word);
}

bool IsPersonBeContraction(absl::string_view word) {
  return InWordLists<kPersonBeContractions>(word);
}

bool IsElidedYearLead(absl::string_view word) {
  return InWordLists<kElidedYearLeads>(word);
}

bool IsAgeBandNoun(absl::string_view word) {
  return InWordLists<kAgeBandNouns>(word);
}

bool IsAgedPersonPlural(absl::string_view word) {
  return InWordLists<kAgedPersonPlurals>(word);
}

bool IsPlausibleListedAge(absl::string_view plural, double age) {
  if (!IsAgedPersonPlural(plural)) return false;
  for (const ListedAgeSpan& span : kListedAgeSpans) {
    if (plural == span.plural) {
      return age >= span.youngest && age <= span.oldest;
    }
  }
  return age >= 1 && age <= kOldestListedAge;
}

bool IsClockZoneWord(absl::string_view word) {
  return InWordLists<kClockZoneWords>(word);
}

bool IsClockDayWord(absl::string_view word) {
  return InWordLists<kClockDayWords>(word);
}

bool IsClockEventWord(absl::string_view word) {
  return InWordLists<kClockEventWords>(word);
}

bool IsResultEventNoun(absl::string_view word) {
  return InWordLists<kResultEventNouns>(word);
}

bool IsResultVerb(absl::string_view word) {
  return InWordLists<kResultVerbs>(word);
}

bool IsStreetLeadWord(absl::string_view word) {
  return InWordLists<kStreetLeadWords>(word);
}

bool IsAgeLabel(absl::string_view word) {
  return InWordLists<kAgeLabels>(word);
}

bool IsTimeSpanLead(absl::string_view word) {
  return InWordLists<kTimeSpanLeads>(word);
}

bool IsDialVerb(absl::string_view word) {
  return InWordLists<kDialVerbs>(word);
}

bool IsCallVerb(absl::string_view word) {
  return InWordLists<kCallVerbs>(word);
}

bool IsServiceCallFollower(absl::string_view word) {
  return InWordLists<kServiceCallFollowers>(word);
}

bool IsNumberedLineNoun(absl::string_view word) {
  return InWordLists<kNumberedLineNouns>(word);
}

bool IsRingLengthUnit(absl::string_view unit) {
  return InWordLists<kRingLengthUnits>(unit);
}

bool IsNumberedServiceNoun(absl::string_view word) {
  return InWordLists<kNumberedServiceNouns>(word);
}

bool IsAgeCohortNoun(absl::string_view word) {
  return InWordLists<kAgeCohortNouns>(word);
}

bool IsNameSuffix(absl::string_view word) {
  return InWordLists<kNameSuffixes>(word);
}

bool IsHalfPriceNoun(absl::string_view word) {
  return InWordLists<kHalfPriceNouns>(word);
}

bool IsAgedGroupPronoun(absl::string_view word) {
  return InWordLists<kAgedGroupPronouns>(word);
}

bool IsGroupPronounLead(absl::string_view word) {
  return InWordLists<kGroupPronounLeads>(word);
}

bool IsRequirementModal(absl::string_view word) {
  return InWordLists<kRequirementModals>(word);
}

bool IsBeBaseForm(absl::string_view word) {
  return InWordLists<kBeBaseForms>(word);
}

bool IsAgeNoun(absl::string_view word) { return InWordLists<kAgeNouns>(word); }

bool IsAfterAgeWord(absl::string_view word) {
  return InWordLists<kAfterAgeWords>(word);
}

bool IsAgeNounLink(absl::string_view word) {
  return InWordLists<kAgeNounLinks>(word);
}

bool IsBeForm(absl::string_view word) { return InWordLists<kBeForms>(word); }

bool IsNumberedKindNoun(absl::string_view word) {
  return InWordLists<kNumberedKindNouns>(word);
}

bool IsStandingVerb(absl::string_view word) {
  return InWordLists<kStandingVerbs>(word);
}

bool IsGameWord(absl::string_view word) {
  return InWordLists<kGameWords>(word);
}

bool IsSidePronoun(absl::string_view word) {
  return InWordLists<kSidePronouns>(word);
}

bool IsSideJoiner(absl::string_view word) {
  return InWordLists<kSideJoiners>(word);
}

bool IsComparisonLead(absl::string_view word) {
  return InWordLists<kComparisonLeads, kSetAgainstWords>(word);
}

bool IsSetAgainstWord(absl::string_view word) {
  return InWordLists<kSetAgainstWords>(word);
}

bool IsComparedLink(absl::string_view word) {
  return InWordLists<kComparedLinks>(word);
}

}  // namespace lexicon
}  // namespace factwire
