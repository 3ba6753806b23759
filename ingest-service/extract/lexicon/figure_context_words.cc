#include "ingest-service/extract/lexicon/figure_context_words.h"

#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_split.h"

#include "ingest-service/extract/lexicon/number_words.h"
#include "ingest-service/extract/lexicon/word_set.h"

namespace factwire {
namespace lexicon {
namespace {

constexpr const char* kMonths[] = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december",
    "jan",     "feb",      "mar",       "apr",     "jun",      "jul",
    "aug",     "sep",      "sept",      "oct",     "nov",      "dec"};

constexpr const char* kWeekdays[] = {"monday", "tuesday",  "wednesday",
                                     "thursday", "friday", "saturday",
                                     "sunday"};

constexpr const char* kSubjectStop[] = {
    "of",        "for",        "in",         "at",         "on",
    "from",      "to",         "by",         "with",       "within",
    "over",      "under",      "into",       "onto",       "across",
    "through",   "throughout", "during",     "since",      "until",
    "per",       "after",      "before",     "between",    "among",
    "against",   "about",      "around",     "than",       "as",
    "like",      "and",        "or",         "but",        "nor",
    "so",        "yet",        "that",       "which",      "who",
    "whom",      "whose",      "where",      "when",       "while",
    "why",       "how",        "whether",
    "if",        "because",    "though",     "although",   "whereas",
    "the",       "a",          "an",         "this",       "these",
    "those",     "its",        "their",      "his",        "her",
    "our",       "my",         "your",       "each",       "every",
    "any",       "some",       "all",        "no",         "more",
    "less",      "fewer",      "most",       "is",         "are",
    "was",       "were",       "be",         "been",       "being",
    "am",        "has",        "have",       "had",        "do",
    "does",      "did",        "will",       "would",      "shall",
    "should",    "can",        "could",      "may",        "might",
    "must",      "said",       "says",       "say",        "told",
    "according", "reported",   "reports",    "reportedly", "died",
    "also",      "alone",      "only",       "just",       "still",
    "already",   "now",        "then",       "there",      "here",
    "annually",  "yearly",     "monthly",    "weekly",     "daily",
    "ago",       "last",       "next",       "it",         "they",
    "them",      "he",         "she",        "we",         "you",
    "i",         "him",        "me",         "versus",     "vs",
    "not",       "cannot",
    "apiece",    "away",       "old",
    "long",      "high",       "wide",       "deep",       "tall",
    "compared",  "including",  "up",         "down",       "out",
    "off",       "back",       "such",       "other",      "another",
    "same",      "total",      "altogether", "combined",   "respectively",
    "instead",   "too",        "very",       "worth",      "plus",
    "minus",     "near",       "outside",    "beside",     "behind",
    "along",     "amid",       "toward",     "towards",    "despite",
    "via",       "upon",       "beyond",     "without",    "alongside",
    // adverbs of place and repetition, never a noun ("3.1% elsewhere",
    // "10 years old again"), and "once", which opens a clause after a verb's
    // object ("three years to build once money is found")
    "elsewhere", "again",      "once",
};

constexpr const char* kTimeScopeWords[] = {
    "annually",       "yearly",       "monthly",       "weekly",
    "daily",          "nightly",      "hourly",        "quarterly",
    "to date",        "so far",       "year-to-date",  "year-on-year",
    "year over year", "year on year", "month on month", "month-on-month",
    "quarter on quarter", "quarter-on-quarter", "a year",       "per year",      "each year",
    "every year",     "a month",      "per month",     "each month",
    "every month",    "a week",       "per week",      "each week",
    "every week",     "a day",        "per day",       "each day",
    "every day",      "per hour",     "an hour",       "per annum",
    "a fortnight",    "per fortnight", "each fortnight", "every fortnight",
    "a decade",       "per decade",   "yesterday",     "today",
    "tonight",        "recent years", "recent months", "recent weeks",
    "/hour",          "/hr",          "/h",            "/day",
    "/week",          "/month",       "/year",         "/yr",
    "per second",     "per minute",   "a second",      "a minute",
    "a season",       "per season",   "each season",   "every season",
    "a weekday",      "per weekday",  "each weekday",  "every weekday",
    "over the year",  "each summer",  "every summer",  "each winter",
    "every winter",   "each spring",  "every spring",  "each autumn",
    "every autumn",   "overnight"};

constexpr const char* kPeriodOpeners[] = {
    "last",   "past",    "previous", "this",      "next",
    "coming", "current", "same",     "first",     "second",
    "third",  "fourth",  "final",    "preceding", "prior",
    "full",   "whole"};  // "the full year", "the whole season"

constexpr const char* kPeriodNouns[] = {
    "year",   "years",  "month",   "months",  "week",     "weeks",   "day",
    "days",   "decade", "decades", "quarter", "quarters", "century", "summer",
    "winter", "spring", "fall",    "autumn",  "season",   "weekend", "hour",
    "hours",  "half",   "term",    "session", "fortnight", "fortnights"};

// "near": "keeps 450 ewes near Orgosolo".
constexpr const char* kPlacePrepositions[] = {
    "in",     "within",        "across", "throughout", "inside",
    "nationwide in", "around", "into",   "near"};

constexpr const char* kPlaceScopeWords[] = {
    "nationwide", "countrywide", "statewide", "worldwide", "nationally",
    "globally"};

// The points of the compass ("north", "south-east"): area nouns, bearings
// ("40 km north of"), and before a region's head a place's name ("North
// Zone").
constexpr const char* kCompassPoints[] = {
    "north",      "south",      "east",       "west",       "northeast",
    "northwest",  "southeast",  "southwest",  "north-east", "north-west",
    "south-east", "south-west"};

// Heads of a country's administrative regions ("district", "province"):
// area nouns, heads of places' names ("Kiambu District") and, after a
// compass point, regions ("Western Province").
constexpr const char* kAdminAreaHeads[] = {"district", "province", "region",
                                           "county"};

// With kCompassPoints and kAdminAreaHeads, the area nouns.
constexpr const char* kAreaNouns[] = {
    "country", "state",       "city",    "town",  "municipality",
    "countryside", "suburbs", "metro",   "capital"};

// Lowercase nouns of a locality a name stands before after "the", with at
// most one modifier between ("in the Niseko ski area", "in the Khwai
// concession", "in the Lebourgneuf sector"): the name is a place.
constexpr const char* kLocalityNouns[] = {
    "area", "sector", "concession", "neighbourhood", "neighborhood",
    "suburb", "basin", "delta", "reserve", "township"};

constexpr const char* kStreetWords[] = {
    "street",   "st",      "avenue",    "ave",    "road", "rd",
    "drive",    "dr",      "boulevard", "blvd",   "lane", "ln",
    "way",      "place",   "pl",        "court",  "ct",   "terrace",
    "crescent", "highway", "parkway",   "square", "sq",   "circle",
    "trail",    "plaza"};

constexpr const char* kNotNameWords[] = {
    "about",   "around",    "approximately",
    "some",    "nearly",    "almost",
    "roughly", "over",      "under",
    "more",    "less",      "fewer",
    "at",      "up",        "only",
    "just",    "all",       "the",
    "and",     "but",       "or",
    "in",      "on",        "by",
    "for",     "from",      "to",
    "of",      "with",      "since",
    "after",   "before",    "during",
    "between", "among",     "exactly",
    "another", "those",     "these",
    "when",    "if",        "while",
    "an",      "a",         "as",
    "than",    "estimated", "below",
    "above",   "each",      "every",
    "no",      "not",       "last",
    "next",    "this",      "that",
    "then",    "there",     "its",
    "their",   "his",       "her",
    "our",     "we",        "they",
    "he",      "she",       "it",
    "i",       "you",       "is",
    "are",     "was",       "were",
    "has",     "have",      "had",
    "will",    "would",     "still",
    "even",    "despite",   "unlike",
    "perhaps", "maybe",     "via",
    "plus",    "officials", "police",
    "nearly",  "another",   "roughly",
};

constexpr const char* kPronounOneFollowers[] = {
    "of",      "another", "day",       "time",     "way",     "thing",
    "point",   "side",    "hand",      "who",      "that",    "which",
    "is",      "was",     "has",       "had",      "will",    "would",
    "can",     "could",   "must",      "should",   "might",   "may",
    "does",    "did",     "more",      "less",     "too",     "else",
    "such",    "to",      "in",        "on",       "at",      "for",
    "and",     "or",      "but",       "if",       "as",      "by",
    "from",    "with",    "knows",     "says",     "said",    "thinks",
    "gets",    "sees",    "believes",  "expects",  "hopes",   "morning",
    "evening", "night",   "afternoon", "instance", "example", "reason",
    "problem", "issue",   "question",  "answer",   "place",   "step",
    "part",    "piece",   "word",      "kind",     "sort",    "type",
};

// Quantity verbs in their bare form that are as often the head noun of a
// compound ("Teacher pay 5% rise", "Equal pay 50 years on"): verbs only where
// the words around them make them one (figure_lexicon.cc ReadsAsBareVerb).
constexpr const char* kNounlikeQuantityVerbs[] = {"pay"};

constexpr const char* kQuantityVerbs[] = {
    "rose",       "fell",       "climbed",   "reached",    "totaled",
    "totalled",   "stood",      "hit",       "topped",     "grew",
    "jumped",     "dropped",    "declined",  "increased",  "decreased",
    "surged",     "soared",     "plunged",   "was",        "were",
    "is",         "are",        "numbered",  "exceeded",   "doubled",
    "tripled",    "reaches",    "rises",     "falls",      "stands",
    "remains",    "remained",   "amounted",  "hovered",    "edged",
    "amounts",    "slipped",    "dipped",     "shrank",    "expanded",   "tops",
    "totals",     "exceeds",    "eased",     "slowed",     "accelerated",
    "rebounded",  "recovered",  "slid",      "sank",       "tumbled",
    "cooled",     "ticked",     "inched",    "narrowed",   "widened",
    "ended",      "closed",     "opened",    "finished",   "peaked",
    "drop",       "fall",       "rise",      "climb",      "reach",
    "range",      "ranged",     "ranges",    "cost",       "costs",
    "has risen",  "has fallen", "had risen", "had fallen", "will reach",
    "could reach", "weighs",    "weighed",   "measures",   "measured",
    "spans",      "spanned",    "covers",    "covered",    "lasted",
    "lasts",      "averaged",   "averages",  "earned",     "earns",
    "total",      "totaling",   "totalling",  "hold",      "holds",
    "paid",       "pays",       "pay",        "rising",     "falling",
    "slowing",
    "climbing",   "dropping",   "easing",     "reaching",  "hitting",
    "topping",    "running",    "runs",       "ran",       "takes",
    "took",       "taking",     "slides",     "slid",      "jumps",
    "soars",      "plunges",    "hits",       "surges",    "dips",
    "slumps",     "slumped",    "sinks",      "tumbles",   "grows",
    "swells",     "swelled",    "slips",      "eases",     "drops",
    "climbs",     "declines",   "explodes",   "exploded",  "balloons",
    "ballooned",  "shrinks",    "spikes",     "spiked",    "earn",
    "stayed",     "stays",
    // the floor of a range of prices or fees: "Tickets start at £35"
    "start",      "starts",     "started",    "begin",     "begins",
    // a price a sale brings: "is expected to fetch about 18 million som"
    "fetch",      "fetches",    "fetched",
    "receive",    "receives",   "received",   "recover",   "rebound",
    "raise",      "generate",   "generates",  "generated",  "moving",
    "spreading",
    "grow",       "shrink",     "stand",      "lose",       "loses",
    "passes",     "passed",     "surpasses",  "surpassed",  "crosses",
    "crossed",    "collapsed",  "collapse",   "contracted", "plummeted",
    "plummet",    "narrow",     "widen",      "exceed",     "held",
    "traded",     "trades",     "trading",    "gained",     "advanced",
    "retreated",
    // a price got in a sale: "a steer fetched about 40,000 shillings"
    "fetched",    "fetches",    "fetch",
    // a level kept: "would stay above 30 mph", "will remain near 7%"
    "stay",       "remain",     "hovers",     "hover",
    // headlines' present tense: "Acme shares slide 9% as ..."
    "slide",      "tumble",     "jump",       "surge",      "soar",
    "plunge",     "sink",       "sag",
    "sags",       "rally",      "rallies"};

constexpr const char* kChangeVerbs[] = {
    "rose",     "fell",     "climbed",  "grew",     "jumped",  "dropped",
    "declined", "increased", "decreased", "surged", "soared",  "plunged",
    "slipped",  "dipped",   "edged",    "slid",     "sank",    "tumbled",
    "rises",    "falls",    "climbs",   "drops",    "gained",  "lost",
    "eased",    "ticked",   "inched",   "shrank",   "rebounded"};

// Base, future and participle forms of change verbs, and the particles of
// "went up"/"came down", besides kChangeVerbs.
constexpr const char* kChangeFromWords[] = {
    "rise",     "fall",      "increase", "decrease", "cut",      "cuts",
    "raise",    "raised",    "raises",   "raising",  "reduce",   "reduced",
    "reduces",  "reducing",  "lower",    "lowered",  "lowers",   "boost",
    "boosted",  "boosts",    "hike",     "hiked",    "hikes",    "trim",
    "trimmed",  "slash",     "slashed",  "grow",     "climb",    "jump",
    "drop",     "up",        "down",     "moved",    "move",     "shift",
    "shifted",  "changed",   "revised",  "upgraded", "downgraded", "risen",
    "fallen",   "increasing", "rising",  "falling",  "growing",  "dropping",
    "extended", "expanded",  "doubled",  "halved",   "narrowed", "widened"};

constexpr const char* kPersonNouns[] = {
    "children", "child",    "kids",     "people",   "adults",   "teens",
    "teenagers", "youngsters", "women", "men",      "girls",    "boys",
    "those",    "anyone",   "patients", "residents", "voters",  "drivers",
    "players",  "pupils",   "students", "workers",  "infants",  "babies",
    "everyone", "seniors",  "persons",  "individuals", "aged",  "ages",
    "victims",  "suspects", "offenders", "defendants", "prisoners",
    "applicants", "claimants", "recipients", "passengers", "users"};

constexpr const char* kMoneyCueWords[] = {
    "cost",    "costs",   "costing", "paid",     "pay",     "pays",
    "paying",  "price",   "priced",  "prices",   "charge",  "charged",
    "charges", "fee",     "fees",    "fare",     "fares",   "fine",
    "fined",   "fines",   "spent",   "spend",    "spends",  "worth",
    "won",     "salary",  "wage",    "wages",    "earn",    "earned",
    "earns",   "tax",     "taxes",   "donated",  "owed",    "owes",
    "debt",    "tip",     "tipped",  "cash",     "money",   "coin",
    "coins",   "prize",   "lottery", "rent",     "bill",    "bills",
    "budget",  "funding", "loan",    "refund",   "deposit", "bribe"};

constexpr const char* kMassCueWords[] = {
    "weigh",   "weighs",  "weighed",  "weighing", "weight", "weights",
    "heavy",   "heavier", "lighter",  "overweight", "obese", "scale"};

// Track and pool events after a distance ("400m freestyle", "200m final").
constexpr const char* kMetreEventWords[] = {
    "freestyle", "backstroke", "breaststroke", "butterfly", "medley",
    "individual", "hurdles", "relay", "sprint", "dash", "steeplechase",
    "final", "finals", "heat", "heats", "semifinal", "semi-final", "champion"};

constexpr const char* kRaceWords[] = {"race",   "races",   "run",  "runs",
                                      "runner", "runners", "walk", "walks",
                                      "fun",    "course",  "swim", "relay"};

// Past tenses the -ed test misses that end a noun phrase ("a 7.8 earthquake
// struck").
constexpr const char* kIrregularPast[] = {
    "struck", "shook",  "took",   "made",    "came",   "went",
    "rose",   "fell",   "grew",   "won",     "lost",   "gave",
    "kept",   "held",   "saw",    "told",    "sold",   "paid",
    "spent",  "began",  "became", "brought", "bought", "caught",
    "ran",    "sent",   "stood",  "tore",    "threw",  "swept",
    "hid",    "led",    "met",    "left",    "hidden", "stolen",
    "found",  "thought", "felt",  "got",     "built",  "drew",
    "wrote",  "chose",  "fought", "knew",    "sought", "taught",
    "meant",  "spoke",  "broke",  "stole",   "wore",   "forgot",
    "lent",   "drove",  "underwent", "flew",   "rode",   "withdrew",
    // regular pasts too short for the -ed test (five letters or more)
    "owed",   "used",   "sued"};

// Irregular pasts that are also participles, describing a counted object
// (IsObjectParticiple).
constexpr const char* kObjectParticiples[] = {
    "won",    "lost",  "kept",   "held",   "sold",   "paid",  "spent",
    "bought", "caught", "sent",  "found",  "built",  "fought", "made",
    "struck", "hit",   "shot",   "cut",    "set",    "hurt",  "seized"};

// Verbs whose counted object is an inventory (IsInventoryVerb).
constexpr const char* kInventoryVerbs[] = {
    "included", "contained", "comprised", "featured", "numbered",
    "totalled", "totaled",   "listed",    "showed",   "named"};

// Words that label the number after them ("Chapter 11", "Flight 370").
constexpr const char* kIdentifierLabels[] = {
    "part",      "chapter",   "section",    "article",    "page",
    "pages",     "number",    "item",       "phase",      "round",
    "episode",   "volume",    "vol",        "level",      "stage",
    "route",     "highway",   "interstate", "flight",     "room",
    "suite",     "apartment", "gate",       "platform",   "proposition",
    "prop",      "amendment", "title",      "rule",       "figure",
    "table",     "exhibit",   "district",   "ward",       "precinct",
    "category",  "tier",      "step",       "lot",        "question",
    "paragraph", "clause",    "channel",    "version",    "grade",
    "row",       "seat",      "box",        "pier",       "terminal",
    "runway",    "unit",      "bill",       "resolution", "top",
    "junction",  "exit",      "hole",       "bay",        "berth",
    "type"};  // "type 2 diabetes"

// Determiners that make "one" a pronoun ("no one", "each one").
constexpr const char* kPronounOneDeterminers[] = {
    "the",  "this",  "that", "no",    "any",   "every",
    "each", "which", "such", "someone", "anyone"};

// Verbs of a match a team named for its country wins or loses by: after
// them a country opening the sentence is a side, not where a figure holds
// ("England scored 350 runs").
constexpr const char* kContestVerbs[] = {
    "scored", "won",    "beat",  "lost",    "conceded", "led",
    "trailed", "drew",  "leads", "scores",  "wins",     "beats",
    "defeated", "finished", "claimed", "took"};

// Words opening a clause of their own inside another ("what 40 states
// already do", "which cost $4m"): the figure after one is that clause's.
constexpr const char* kWhWords[] = {"what",  "which", "who",     "whom",
                                    "whose", "where", "whatever", "that"};

// What a company's results report: the nouns a results story's figures
// count after its reporting period is named once ("Net profit fell to ...",
// "Revenue slipped 3%").
constexpr const char* kResultsNouns[] = {
    "profit",   "profits",  "revenue",  "revenues", "sales",    "earnings",
    "income",   "turnover", "ebitda",   "loss",     "losses",   "margin",
    "margins",  "dividend", "output",   "shipments", "deliveries"};

// The period nouns a reporting period is counted in, and those it names by
// its order ("the third quarter", "first-half", "H1").
constexpr const char* kReportSpanNouns[] = {"months", "year", "weeks"};
constexpr const char* kReportPartNouns[] = {"quarter", "half", "h1", "h2",
                                            "q1",      "q2",   "q3", "q4"};

// Words that end a period at a date ("the three months to September 30").
constexpr const char* kPeriodEndWords[] = {"to", "ended", "ending",
                                           "through"};

// Words after "the <period>" that make it a point in time ("the year
// before").
// The points in time counted back from now ("a year ago", "a week
// earlier"), and the others ("the year before", "a day later").
constexpr const char* kPastPointWords[] = {"earlier", "ago"};
constexpr const char* kPointInTimeWords[] = {"before", "prior", "later",
                                             "after"};

// Words after a number and "in" that make "in" inches ("2 in thick", "3 in
// diameter", "4 in by 6").
constexpr const char* kInchFollowers[] = {
    "thick",  "thin",     "long", "wide", "tall", "high", "deep",
    "across", "diameter", "in",   "of",   "by",   "x"};

// Units that are also everyday nouns: "a yard", "a cup" is a measure only
// before "of".
constexpr const char* kUnitNouns[] = {"foot",   "yard",  "meter", "cup",
                                      "barrel", "pint",  "quart", "pound",
                                      "stone",  "ton"};

// Words after "a <unit>" that make it a measure ("a mile away", "a foot
// long").
constexpr const char* kArticleUnitEnds[] = {"away", "long", "wide", "high",
                                            "deep", "tall", "from", "per"};

// Adjectives of extent a length stands before, after the noun it measures
// ("drifts up to 2 metres deep", "a wall 3 metres high").
constexpr const char* kExtentAdjectives[] = {"long",  "high", "wide", "deep",
                                             "tall",  "thick", "across"};

// Plural nouns without a plural "s" ("people", "staff").
constexpr const char* kIrregularPlurals[] = {
    "people",    "men",   "women",  "children", "police",
    "personnel", "staff", "cattle", "data"};

// Determiners skipped at the start of a noun phrase ("the overdose deaths").
constexpr const char* kNounPhraseDeterminers[] = {
    "the", "a",   "an",  "these", "those", "its", "their",
    "his", "her", "our", "this",  "your",  "my",  "all"};

// Words before "trading" that say when a price was quoted ("late trading").
constexpr const char* kTradingSessionWords[] = {
    "late",    "early",    "midday",    "morning", "afternoon",
    "evening", "extended", "overnight", "after",   "premarket"};

// Auxiliaries and "to" between a subject and its quantity verb ("could drop",
// "is expected to reach"), with the raising words before "to" ("is estimated
// to cost", "is thought to have", "is scheduled to take").
constexpr const char* kSubjectAuxiliaries[] = {
    "has",       "had",       "have",      "will",      "would",   "could",
    "may",       "might",     "to",        "can",       "should",  "is",
    "are",       "was",       "were",      "expected",  "be",      "been",
    "forecast",  "projected", "likely",    "predicted", "set",     "due",
    "estimated", "thought",   "believed",  "scheduled", "unlikely"};

// Verbs that give money after its figure a destination ("would go to").
constexpr const char* kAllocationVerbs[] = {
    "go",        "goes",      "went",       "going",    "gone",
    "spent",     "used",      "allocated",  "earmarked", "invested",
    "directed",  "channelled", "channeled", "given",    "devoted",
    "dedicated", "ringfenced", "ring-fenced", "committed", "diverted"};

// Words after a distance that make it a bearing ("80 km south of").
// With kCompassPoints, the bearing words.
constexpr const char* kBearingWords[] = {
    "away",     "from",
    "off",       "offshore",  "inland",    "upstream", "downstream",
    "outside",   "beyond",    "short"};

// Words after "<n> times" that make it a multiplier ("six times the rate").
constexpr const char* kMultiplierFollowers[] = {
    "the",   "that", "those", "as",    "more",  "less",   "what",
    "its",   "their", "his",  "her",   "our",   "your",   "this",
    "these", "likely", "over", "bigger", "greater", "larger", "smaller",
    "higher", "lower", "faster", "slower", "longer", "heavier", "worse",
    "better", "normal", "average", "usual", "pre-pandemic"};

// Verbs of sale before "for <price>" ("sells for about 60 euros").
constexpr const char* kSaleVerbs[] = {
    "sell",   "sells",   "sold",    "selling", "fetch",  "fetches",
    "fetched", "fetching", "retail", "retails", "retailed", "trade",
    "trades", "traded",  "trading", "go",      "goes",   "went",
    "going",  "rent",    "rents",   "rented",  "lease",  "leased",
    "leases", "auctioned", "bought", "buy",    "buys",   "purchased"};

// Kinds of place before "of <Name>" ("the port of Algeciras").
constexpr const char* kPlaceNouns[] = {
    "port",     "city",     "town",   "village",  "province", "region",
    "state",    "county",   "district", "capital", "island",  "islands",
    "municipality", "borough", "prefecture", "department", "republic",
    "kingdom",  "emirate"};

// Verbs of a share in something else's change, before "to" or "off" ("added
// 0.4 percentage points to inflation", "shaved 0.2 points off growth").
constexpr const char* kContributionVerbs[] = {
    "add",         "adds",         "added",        "adding",
    "contribute",  "contributes",  "contributed",  "contributing",
    "shave",       "shaves",       "shaved",       "shaving",
    "knock",       "knocks",       "knocked",      "knocking",
    "subtract",    "subtracts",    "subtracted",   "subtracting"};

// Verbs that move a total to a new level ("bringing the toll to 45").
constexpr const char* kMoveToWords[] = {
    "bring",  "brings",  "bringing", "brought", "take",    "takes",
    "taking", "took",    "push",     "pushes",  "pushing", "pushed",
    "lift",   "lifts",   "lifting",  "raise",   "raises",  "raising",
    "raised", "boost",   "boosts",   "boosting", "boosted", "increase",
    "increasing", "increased", "cut",  "cutting", "reduce",  "reducing",
    "reduced", "lower",  "lowering", "lowered", "set",     "sets",
    "setting", "expand", "expands",  "expanding", "expanded", "extend",
    "extends", "extending", "extended"};

constexpr const char* kTransitiveChangeWords[] = {
    "cuts",     "raise",    "trim",     "trims",    "trimmed",  "trimming",
    "slash",    "slashes",  "slashed",  "slashing", "hike",     "hikes",
    "hiked",    "hiking",   "reduces",  "lowers",   "boosted",  "doubled",
    "halved",   "tripled",  "up",       "down",     "increases"};

constexpr const char* kSequenceAdjectives[] = {
    "last",   "first",  "next",   "past",      "previous", "final",
    "latest", "recent", "most",   "remaining", "opening",  "initial"};

// Superlatives and "record" (IsRecordAdjective).
constexpr const char* kRecordAdjectives[] = {
    "biggest", "largest", "highest", "lowest",  "smallest", "steepest",
    "sharpest", "fastest", "slowest", "strongest", "weakest", "worst",
    "best",    "deepest", "longest", "shortest", "record",  "heaviest"};

// Words for the edge of a period ("by the end of 2026", "through the rest
// of 2025").
constexpr const char* kPeriodEdges[] = {"end",   "start", "beginning", "middle",
                                        "close", "turn",  "rest",      "remainder"};

// Seasons: "by the spring" names a period.
constexpr const char* kSeasons[] = {"spring", "summer", "autumn", "fall",
                                    "winter"};

// Seasons that also name an act: "in the fall" after a figure is as often a
// drop or a tumble as the US autumn.
constexpr const char* kActNounSeasons[] = {"fall"};

// Passive verbs that set a level before "at" ("is forecast at").
constexpr const char* kReceiveVerbs[] = {"earn", "receive", "raise",
                                         "generate"};

constexpr const char* kLevelPassives[] = {
    "forecast", "estimated", "put",     "projected", "valued", "set",
    "capped",   "held",      "kept",    "pegged",    "fixed",  "priced",
    "budgeted", "targeted",  "pitched", "predicted", "seen",   "assessed",
    "quoted",   "changed",   "unchanged", "puts",    "estimates", "values",
    "sets",     "holds",     "keeps",
    "flat",     "steady",    "stable"};  // "the lane was roughly flat at $2,950"

// "two years ago": a length of time counted back from now.
constexpr const char* kCountedBackWords[] = {"ago"};
constexpr const char* kInvariantCountNouns[] = {"head"};

// Prepositions whose noun is the object of the head before them ("a tax on
// transactions", "donations from members", "cases among children"), and
// those that are so only before a determiner ("demand for the bikes",
// "repairs to the plant").
constexpr const char* kObjectPrepositions[] = {"on", "from", "among"};
constexpr const char* kDeterminedObjectPrepositions[] = {"for", "to"};

// "by a quarter": the preposition giving a change's size; "than" closes a
// comparative qualifier before it ("by more than a quarter").
constexpr const char* kChangeSizePrepositions[] = {"by"};
constexpr const char* kComparativeClosers[] = {"than"};

// Words joining a period noun to itself in a rate of change ("year on
// year", "quarter-over-quarter").
constexpr const char* kPeriodRepeatJoints[] = {"on", "over"};

// Adverbs without -ly that may close a clause after an amount ("lost $3bn
// overall", "paid $500 upfront", "sold $4,000 online"): not a counted noun.
constexpr const char* kFlatAdverbs[] = {
    "overall",  "upfront",   "up-front",  "abroad",     "overseas",
    "online",   "offline",   "altogether", "apiece",    "outright",
    "instead",  "already",   "anyway",    "overnight",  "nationwide",
    "worldwide", "statewide", "countrywide", "afterwards", "beforehand",
    "again",    "often"};

// Quantifiers that float after the nouns they sum ("Penrith and Keswick
// both passed 35C"): no word of the subject.
constexpr const char* kFloatingQuantifiers[] = {"both", "all", "each"};

constexpr const char* kShareComparatives[] = {"less", "more", "fewer"};

constexpr const char* kBoundComparisons[] = {"below", "above", "under",
                                             "over", "beneath"};

constexpr const char* kAdjectiveEndings[] = {"ive", "ble", "ful", "ous",
                                             "ical"};

constexpr const char* kObjectClosers[] = {
    "at",   "in",     "for",  "before", "after",  "from",   "to",
    "by",   "with",   "over", "during", "since",  "until",  "across",
    "into", "within", "on",   "this",   "last",   "next",   "as",
    "through"};

constexpr const char* kActorSubjects[] = {"who", "he", "she", "i", "we"};

constexpr const char* kPerfectAuxiliaries[] = {"has", "have", "had", "'ve",
                                               "\xE2\x80\x99ve"};

constexpr const char* kFundNouns[] = {
    "fund",    "funds",  "budget", "budgets", "reserve",
    "reserves", "coffers", "kitty", "treasury", "purse"};

constexpr const char* kBoundDegreeWords[] = {"well", "far", "much", "even",
                                            "way"};

constexpr const char* kPossessiveDeterminers[] = {"its", "their", "his", "her",
                                                 "our", "my",  "your"};

constexpr const char* kTimeStretchNouns[] = {
    "day",     "days",     "night",   "nights",   "week",    "weeks",
    "weekend", "weekends", "shift",   "shifts",   "evening", "evenings",
    "morning", "mornings", "month",   "months",   "season",  "occasion"};

// Modal auxiliaries: the word after one is a verb's base form ("will last",
// "could take").
constexpr const char* kModalAuxiliaries[] = {
    "will", "would", "could", "may", "might", "can", "cannot", "should",
    "must", "shall"};

// With the modals, the auxiliaries that carry a clause's tense, so the word
// before them ends its subject ("Turnout was", "The review will last", "Rates
// had gone").
constexpr const char* kTenseAuxiliaries[] = {
    "is", "are", "was", "were", "am", "has", "had", "have", "does", "did", "do"};

// Prepositions that tie a predicate figure to its verb ("had gone from four
// hours to 11", "came in at 2%", "have shrunk by 40%", "is now under 5%").
constexpr const char* kPredicatePrepositions[] = {
    "from", "to", "by", "at", "under", "below", "above", "near", "around",
    "within"};

// Irregular past forms a predicate's verb group may end with ("had gone
// from", "have shrunk by", "has grown to", "had been cut to").
constexpr const char* kPredicateParticiples[] = {
    "gone",  "come",   "shrunk", "sunk", "grown", "risen", "fallen",
    "taken", "become", "stood",  "run",  "slid",  "held",  "cut"};

// Base forms of verbs that take a measure with no preposition ("will last
// six weeks", "could take two days", "is set to become").
constexpr const char* kMeasureBaseVerbs[] = {"last", "take", "become", "be",
                                             "average", "equal", "top"};

// Prepositions that open a noun's postmodifier ("Enrolment in state
// schools", "traffic across the network").
constexpr const char* kNounPostmodifierPrepositions[] = {
    "in", "of", "at", "on", "across", "for", "from", "to", "with", "among"};

// Subject pronouns, personal and indefinite: they may open a relative
// clause's own subject ("which he put at"), and name nothing a figure counts
// ("Is everybody supposed to earn $12").
constexpr const char* kSubjectPronouns[] = {
    "he",     "she",      "they",    "we",       "it",     "i",
    "you",    "everybody", "everyone", "anybody", "anyone", "somebody",
    "someone", "nobody",  "one"};

// Verbs of expecting or causing whose object is the subject of an
// infinitive after it ("expects the work to take", "forced some vessels to
// wait", "wants fares to stay").
constexpr const char* kInfinitiveObjectVerbs[] = {
    "expect",   "expects",   "expected", "forecast", "forecasts",
    "project",  "projects",  "projected", "predict", "predicts",
    "predicted", "estimate", "estimates", "estimated", "want",
    "wants",    "wanted",    "need",     "needs",    "needed",
    "force",    "forces",    "forced",   "allow",    "allows",
    "allowed",  "cause",     "causes",   "caused",   "require",
    "requires", "required"};

// Prepositions after which a plural noun opens its phrase, so a bound after
// the noun restricts it ("keep to speeds below", "families with incomes
// above", "sales of sodas over").
constexpr const char* kBoundNounPrepositions[] = {"to", "with", "of", "for",
                                                  "on", "from", "among"};

// The forms of "be" besides number_words.cc kBeForms (IsBeForm: "is",
// "was", "are", "were").
constexpr const char* kUntensedBeForms[] = {"am", "be", "been", "being"};

// Pronouns that open a relative clause.
constexpr const char* kRelativeOpeners[] = {"which", "that", "who"};

// Words after an amount that send it on or set it apart.
constexpr const char* kOnwardWords[] = {"into", "away"};

// Prepositions that bound a figure by position.
constexpr const char* kPositionBounds[] = {"above", "below", "under", "over",
                                           "beyond"};

// Verbs of speaking a "for" duration measures.
constexpr const char* kTalkVerbs[] = {
    "spoke",     "speak",     "speaks",   "speaking",  "spoken",
    "talked",    "talk",      "talks",    "talking",   "testified",
    "testify",   "testifies", "lectured", "preached",  "argued",
    "debated",   "chatted",   "ranted",   "addressed", "rambled"};

// Focusing words between a subject and its verb ("Imports also fell", "The
// final quarter alone lasted", "Exports themselves rose").
constexpr const char* kFocusWords[] = {"also", "alone", "too", "even",
                                       "itself", "themselves"};

// Quote marks, straight and curly: after a figure they open a noun's
// phrase ("nine \u201cnonprobability\u201d samples"), not its end.
constexpr const char* kQuoteMarks[] = {"\"", "'", "\xE2\x80\x9C", "\xE2\x80\x9D",
                                       "\xE2\x80\x98", "\xE2\x80\x99", "\xC2\xAB",
                                       "\xC2\xBB"};

// Particles of a phrasal verb before a predicate's preposition ("came in at",
// "ended up at", "worked out at").
constexpr const char* kPredicateParticles[] = {"in", "up", "out", "down",
                                               "back", "off"};

// Adverbs between a quantity verb and its figure ("is somewhere between").
constexpr const char* kFigureHedges[] = {"somewhere", "anywhere", "currently",
                                         "now",       "still",    "already",
                                         "only",      "just",     "little",
                                         "largely",   "broadly",  "roughly",
                                         "virtually", "essentially",
                                         // "Workers here earn about";
                                         // not "there": "there could be"
                                         "here"};

// Words between two figures that put them in different clauses ("3.9% from
// 3.7%", "64 cases that ...").
constexpr const char* kClauseSplitters[] = {
    "that", "who",  "which",    "from",   "after", "before",
    "than", "when", "compared", "versus", "vs",    "against"};

// Words that may open a number besides number words ("a dozen", "minus 5",
// "several thousand").
constexpr const char* kNumberStarters[] = {"a",        "an",      "minus",
                                           "negative", "several", "few",
                                           "many",     "tens",    "point"};

// Words that open a period besides time scopes, period openers and months
// ("in 2024", "the past year").
constexpr const char* kTimeLeads[] = {
    "the",    "between", "from",    "in",     "since", "by",
    "during", "until",   "through", "fiscal", "at",    "before",
    "early",  "late",    "mid",     "on",     "for"};

// Prepositions before a date that is when a figure holds ("on 1 July", "from
// April", "by March 31", "since 4 May").
constexpr const char* kDatePrepositions[] = {
    "in", "on", "from", "by", "until", "since", "through", "during", "before"};

// The date prepositions before which a month alone, without its day, is when
// a figure holds ("from April", "by March", "before May"); "in April" is
// read as a period.
constexpr const char* kBareMonthPrepositions[] = {"on", "from", "by", "before"};

// Comparatives a measure before them sizes ("a man five decades younger", "a
// survey a few days earlier", "a wall two metres taller").
constexpr const char* kMeasuredComparatives[] = {
    "younger", "older",  "earlier", "later",   "sooner",  "longer",
    "shorter", "taller", "higher",  "lower",   "deeper",  "shallower",
    "wider",   "narrower", "heavier", "lighter", "bigger", "smaller",
    "larger",  "faster", "slower",  "cheaper", "dearer",  "richer",
    "poorer",  "warmer", "colder",  "hotter",  "cooler",  "greater",
    "fewer",   "further", "farther", "thicker", "thinner", "closer"};

// Words joining the two ends of a span of dates ("from April to June").
constexpr const char* kDateRangeJoiners[] = {"to", "until", "through"};

// Prepositions that put a figure inside a span of time ("over four years",
// "during the quarter").
constexpr const char* kPeriodSpanPrepositions[] = {
    "over", "across", "within", "in", "during", "throughout"};

// Prepositions before a year ("since 2019", "by 2030").
constexpr const char* kYearPrepositions[] = {"since", "in",     "by",
                                             "until", "during", "through"};

// Words before "over <duration>" that keep "over" a qualifier ("for over 20
// years", "in over a decade").
constexpr const char* kOverQualifierLeads[] = {
    "for",     "of",      "in",     "after",   "than",    "within",
    "lasting", "took",    "take",   "takes",   "taken",   "taking",
    // verbs whose time is the amount measured ("lasted over two years",
    // "waited over four hours"); not "be" ("was over two weeks later")
    "lasted",  "last",    "lasts",  "spent",   "spend",   "spends",
    "waited",  "wait",    "served", "serving", "lived",   "worked",
    "stayed",  "remained",
    // degree before the bound ("a little over two hours", "a bit over")
    "little",  "bit"};

// Verbs whose amount is a level gone beyond ("sales topped $2 billion"):
// the figure is more than the amount.
constexpr const char* kBeyondVerbs[] = {
    "surpass",  "surpasses", "surpassed", "exceed",   "exceeds",
    "exceeded", "exceeding", "tops",      "topped",   "topping",
    "outstrips", "outstripped"};

// Verbs that go beyond a bare level ("death toll passes 1,400") but take
// what they count otherwise ("passed three background checks").
constexpr const char* kPassVerbs[] = {"passes", "passed", "crosses",
                                      "crossed"};

// Nouns of conflict or worry after which "over" means "about" ("strike over
// 4.5% pay offer", "row over 10% cut", "fears over 20% tariffs"), not "more
// than".
constexpr const char* kAboutOverNouns[] = {
    "strike",   "strikes",  "row",      "rows",      "dispute",  "disputes",
    "protest",  "protests", "anger",    "fears",     "fear",     "talks",
    "clash",    "clashes",  "fight",    "battle",    "rift",     "outrage",
    "fury",     "concern",  "concerns", "worries",   "walkout",  "standoff",
    "wrangle",  "feud",     "uproar",   "backlash",  "revolt",
    "lawsuit"};

// Verbs of movement before the particle "up"/"down" ("edged up to 3.8%");
// not "go" ("fines could go up to $5,000" is a limit).
constexpr const char* kUpParticleVerbs[] = {
    "edge",     "edges",    "edged",    "edging",   "tick",      "ticks",
    "ticked",   "ticking",  "creep",    "creeps",   "crept",     "creeping",
    "inch",     "inches",   "inched",   "inching",  "moved",     "went",
    "gone",     "shoot",    "shoots",   "shot",     "shooting",  "jump",
    "jumps",    "jumped",   "jumping",  "drift",    "drifts",    "drifted",
    "drifting", "nudge",    "nudges",   "nudged",   "nudging",   "ratchet",
    "ratchets", "ratcheted", "pushed",  "revise",   "revised",   "revises",
    "notch",    "notched",  "notches",  "bump",     "bumped",    "bumps",
    "climb",    "climbed",  "climbs"};

// Verbs of giving money to someone ("donated $750 to").
// Not "giving": "lobbyists giving thousands of dollars to her campaign"
// names who gives (EarnerBefore).
// "gave"/"sent" are here too: a payment to one person ("He gave $5 to the
// man") is left without a subject by Subject()'s aged-person check.
// Verbs of gathering money whose subject is what brought it in ("Ticket
// sales had raised 820,000 kronor", "the appeal collected $9,000").
constexpr const char* kMoneyGatheringVerbs[] = {"raised", "raises",
                                                "collected", "collects"};

constexpr const char* kAverageVerbs[] = {"average", "averages", "averaged",
                                         "averaging"};

constexpr const char* kDonationVerbs[] = {
    "donate", "donates", "donated", "pledge", "pledged", "pledges",
    "lent",   "lend",    "lends",   "loaned", "granted", "awarded",
    // money moved to a recipient: "committed Rs 900 crore to the first stage"
    "commit",  "commits",  "committed", "allocate", "allocates", "allocated",
    "send",    "sends",    "sent",      "give",     "gives",     "gave",
    "given",   "earmark",  "earmarks",  "earmarked", "transfer", "transfers",
    "transferred", "divert", "diverts", "diverted", "funnel",   "funneled",
    "funnelled",
    // "had paid £3m to the contractors"
    "pay", "pays", "paid"};

// Quantifiers opening a noun phrase ("on some suburban lines").
constexpr const char* kQuantifierDeterminers[] = {
    "some", "several", "many", "most", "certain", "both", "other", "all"};

// Words between a count and its noun ("four other men", "5,000 fewer jobs").
constexpr const char* kCountedNounOpeners[] = {
    "more", "fewer", "additional", "extra", "other", "further"};

// Heads of a hyphenated part of a year ("first-half sales", "third-quarter").
constexpr const char* kPartPeriodHeads[] = {"first", "second", "third",
                                            "fourth", "final", "last"};
// Parts of a year those heads count.
constexpr const char* kPartPeriodNouns[] = {"half", "quarter"};
// Heads of a hyphenated year of accounts ("full-year guidance", "half-year").
constexpr const char* kYearPeriodHeads[] = {"full", "half"};

// Nouns of custody a term is spent in ("years in prison").
constexpr const char* kCustodyNouns[] = {
    "prison", "jail", "gaol", "custody", "detention", "prisons", "penitentiary",
    "confinement", "incarceration", "lockup"};

// Verbs of change with a particle besides kUpParticleVerbs ("go up").
constexpr const char* kPhrasalChangeVerbs[] = {
    "go", "goes", "going", "come", "comes", "coming", "came"};

// Verbs of a trading session with "up"/"down" ("closed down 3.7%").
constexpr const char* kSessionVerbs[] = {
    "closed", "closes", "close",  "closing",  "ended",    "ends",
    "end",    "ending", "finished", "finishes", "finish", "finishing",
    "opened", "opens",  "open",   "opening",  "traded",   "trades",
    "trading", "settled", "settles", "settle"};

// Yardsticks a share or a multiple is taken of ("at 23% of capacity", "82%
// of GDP", "9% of output", "twice their usual level", "80% of what they
// were"): the figure measures the clause's subject against them.
constexpr const char* kYardstickNouns[] = {
    "capacity", "gdp",  "output", "level", "levels", "average",
    "norm",     "normal", "peak", "quota",  "what"};

// Verbs that reach a level measured against a yardstick ("reached 91% of
// capacity", "hit twice the usual level"), besides the forms of "be".
constexpr const char* kYardstickVerbs[] = {
    "reach", "reached", "reaches", "hit", "hits", "touched", "topped",
    "averaged", "equalled", "equaled", "remained", "stayed"};

// Nouns of a statistic before "of <figure>" ("an average of 41 days").
constexpr const char* kStatisticNouns[] = {"average", "total",   "median",
                                           "mean",    "maximum", "minimum",
                                           "peak",    "sum"};

constexpr const char* kChangeNouns[] = {
    "rise",    "fall",     "increase", "decrease", "drop",  "decline",
    "jump",    "gain",     "loss",     "cut",      "reduction", "growth",
    "surge",   "slump",    "climb",    "dip",      "improvement"};

// Regions below the nation (see RegionNames()); multi-word US states whose
// last word lexicon.h does not hold.
constexpr const char* kRegionNames[] = {
    // Canada
    "ontario", "quebec", "alberta", "manitoba", "saskatchewan", "nova scotia",
    "new brunswick", "newfoundland", "labrador", "newfoundland and labrador",
    "british columbia", "prince edward island", "yukon", "nunavut",
    "northwest territories",
    // Australia
    "new south wales", "queensland", "tasmania", "south australia",
    "western australia", "northern territory",
    // United States
    "new york", "new mexico", "west virginia", "north carolina", "georgia",
    "south carolina", "north dakota", "south dakota", "rhode island",
    // India
    "maharashtra", "gujarat", "punjab", "kerala", "karnataka", "bihar",
    "uttar pradesh", "tamil nadu", "west bengal", "rajasthan",
    "andhra pradesh", "madhya pradesh", "himachal pradesh", "telangana",
    "odisha", "assam", "goa", "haryana", "jharkhand", "chhattisgarh",
    "uttarakhand", "tripura", "meghalaya", "manipur", "mizoram", "nagaland",
    "sikkim", "arunachal pradesh",
    // United Kingdom
    "northern ireland",
};

// Pronouns whose "'s" is "is" or "has" ("that's 95 percent").
constexpr const char* kContractedPronouns[] = {
    "that", "it",  "what",  "there", "here", "who",
    "he",   "she", "where", "let",   "how",  "when"};

// Nouns ending in -ing that head a noun phrase ("total spending at $90
// billion"), not participles.
constexpr const char* kIngNouns[] = {
    "spending",  "funding",   "borrowing", "lending",       "financing",
    "housing",   "shipping",  "clothing",  "manufacturing", "schooling",
    "bookings",  "earnings",  "savings",   "holdings",      "takings",
    "billing",   "staffing",  "policing",  "outstanding",   "heating"};

// Nouns a year before them dates as when a figure of the clause holds:
// periodic measures ("the 2027 inflation forecast", "the 2026 budget") and
// events ("the 2012 attacks", "the 2016 vote"); not instruments named by
// their year ("the 2019 law", "its 2018 plan", "the 2020 report").
constexpr const char* kYearScopedNouns[] = {
    "forecast",  "forecasts", "budget",    "budgets",    "target",
    "targets",   "estimate",  "estimates", "season",     "harvest",
    "crop",      "election",  "elections", "results",    "accounts",
    "census",    "spending",  "outlook",   "projection", "projections",
    "guidance",  "output",    "earnings",  "survey",     "poll",
    "quota",     "quotas",    "intake",    "attack",     "attacks",
    "vote",      "referendum", "war",      "flood",      "floods",
    "flooding",  "earthquake", "storm",    "hurricane",  "drought",
    "wildfires", "strike",    "strikes",   "protests",   "riots",
    "festival",  "games",     "olympics",  "tournament", "championship",
    "race",      "marathon",  "campaign",  "crisis",     "pandemic",
    "outbreak",  "recession", "summit",    "conference", "primary",
    "primaries", "midterms",  "invasion",  "eruption",   "shutdown"};

// Verbs whose object gives or gets the money after it ("cost the economy
// $4 billion", "saved households £300").
constexpr const char* kCostVerbs[] = {
    "cost",  "costs",  "costing", "saved",  "saves", "save",
    "owes",  "owed",   "charged", "charges", "charge"};

// The verb a price follows whose subject is what the price is of ("A
// litre of milk costs us €1.05").
constexpr const char* kPriceVerbs[] = {"cost", "costs"};

// Determiners of each member of a set ("Each lost day of the festival").
constexpr const char* kDistributiveDeterminers[] = {"each", "every"};

// Verbs of two objects besides kCostVerbs and kDonationVerbs, whose first
// object is who pays or gets the sum after it ("fined the club more than
// £2m", "offered the workers at least 4%").
constexpr const char* kTwoObjectVerbs[] = {
    "fine",    "fines",   "fined",    "owe",     "offer",   "offers",
    "offered", "promise", "promises", "promised", "bill",   "bills",
    "billed",  "award",   "awards",   "grant",   "grants",  "loan",
    "loans",   "handed",  "paying",   "lending", "owing",   "charging"};

// Nouns of a level a bare number after "at" sets ("kept the toll at 45",
// "set the limit at 30"), besides kForecastNouns and kStatisticNouns; after
// another object a bare "at 71" is an age ("kept her seat at 71").
constexpr const char* kLevelNouns[] = {
    "price",    "prices",    "rate",     "rates",     "toll",    "tolls",
    "limit",    "limits",    "cap",      "ceiling",   "threshold", "quota",
    "quotas",   "count",     "number",   "figure",    "level",   "levels",
    "size",     "sizes",     "tally",    "crowd",     "attendance", "turnout",
    "capacity", "headcount", "score",    "ratio",     "index",   "fee",
    "fees",     "fare",      "fares",    "wage",      "wages",   "budget"};

// Verbs that report what a survey or study found ("found that 41% had").
constexpr const char* kFindingVerbs[] = {
    "found",    "finds",     "find",      "showed",     "shows",
    "show",     "shown",     "revealed",  "reveals",    "suggested",
    "suggests", "indicated", "indicates", "concluded",  "estimated"};

// Auxiliaries and modals after a bare count without its noun.
constexpr const char* kElisionVerbs[] = {
    "could", "would", "will", "may",  "might", "can",  "should", "must",
    "had",   "have",  "has",  "were", "are",   "did",  "do",     "remain",
    "remained"};

// Nouns whose bare numbers are temperatures.
constexpr const char* kTemperatureNouns[] = {
    "temperature", "temperatures", "Temperature", "Temperatures",
    "highs",       "lows",         "Highs",       "Lows"};

// Nouns of more than five letters that end in "-ly".
constexpr const char* kLyNouns[] = {
    "family",   "supply",     "assembly",  "monopoly",  "anomaly",
    "homily",   "melancholy", "butterfly", "dragonfly", "firefly",
    "oligopoly", "duopoly",   "rally",     "tally",     "ally",
    "reply",    "jelly",      "belly",     "folly",     "lily"};

// Nouns of a quoted price (IsQuotedPriceNoun).
constexpr const char* kQuotedPriceNouns[] = {"share", "shares", "stock",
                                             "stocks", "price", "prices"};

// Nouns of a holding before "in <Name>".
constexpr const char* kHoldingNouns[] = {
    "shares",  "share",    "stake",     "stakes",      "holding",
    "holdings", "interest", "investment", "investments", "stock"};

// Adjectives of a rate that modify the noun after them ("a £1.50 daily
// charge", "5% of its monthly flights"); alone after a figure they are its
// time scope ("rose 2% monthly").
// Besides kRateAdjectives: "annual turnover", "the yearly levy".
constexpr const char* kPeriodicAdjectives[] = {"annual", "annualised",
                                               "annualized", "biannual"};

// Sums counted over a period ("an annual fee", "monthly rent").
constexpr const char* kPeriodicSumNouns[] = {
    "fee",      "fees",     "rent",     "rents",   "salary",   "salaries",
    "wage",     "wages",    "pay",      "budget",  "budgets",  "subscription",
    "premium",  "premiums", "levy",     "allowance", "stipend", "pension",
    "bill",     "bills",    "spending", "payment", "payments", "interest",
    "charge",   "charges",  "royalty",  "royalties", "grant",  "subsidy"};

constexpr const char* kRateAdjectives[] = {
    "hourly", "daily",     "nightly", "weekly",
    "fortnightly", "monthly", "quarterly", "yearly"};

// Conjunctions that join two names or phrases into one list ("Wellington and
// Picton", "Labour or Tory").
constexpr const char* kListConjunctions[] = {"and", "or"};

// Nouns of a forecast or target whose "for <noun phrase>" names what a
// change of it moves ("raised its forecast for the wheat crop to 93 million
// tonnes").
constexpr const char* kForecastNouns[] = {
    "forecast",  "forecasts",  "estimate", "estimates", "projection",
    "projections", "outlook",  "guidance", "target",    "targets",
    "prediction", "predictions"};

// Prepositions after money and its rate that name what the money goes to
// before a noun phrase ("A$6.4 billion a year into the regional economy",
// "£160 million a season to the leagues").
constexpr const char* kMoneyDestinationPrepositions[] = {"to", "for", "on",
                                                         "into"};

// Words that join the parts of one place's name ("Newfoundland and
// Labrador", "Republic of Korea").
constexpr const char* kPlaceNameJoiners[] = {"and", "of"};

// Words between the two years of a span ("between 2019 and 2023", "from
// 2019 to 2023").
constexpr const char* kYearSpanJoiners[] = {"and", "to"};

// Conjunctions of contrast that put two figures in different clauses
// ("while", "but", "whereas").
constexpr const char* kContrastWords[] = {"while", "but", "whereas"};

// The conjunction that joins clauses without a comma ("and"): with no comma
// rule, it splits them.
constexpr const char* kClauseAnd[] = {"and"};

// Period nouns that after "in the" make an idiom, not a span ("back in the
// day").
constexpr const char* kIdiomPeriodNouns[] = {"day"};

// Nouns of an occasion before "in <duration>": the duration is how long
// since the occasion last happened ("the first time in eight years"), not a
// figure's period.
constexpr const char* kOccasionNouns[] = {"time"};

// Lowercase compass and extent adjectives before a place name ("northern
// Texas", "the wider Sarah Baartman district").
constexpr const char* kCompassAdjectives[] = {
    "northern",      "southern",      "eastern",       "western",
    "central",       "northeastern",  "northwestern",  "southeastern",
    "southwestern",  "north-eastern", "north-western", "south-eastern",
    "south-western", "coastal",       "rural",         "upstate",
    "downtown",      "wider",         "greater"};

// Verb forms and the noun of the act whose measure follows them
// (MeasuredActNoun). Only verbs whose object figure measures the act itself,
// whoever does it: not "cost" ("the bridge cost $4m" measures the bridge).
// Fines, pay and earnings are sums ("earn 15 percent in the polls" is no
// earnings); "wait" names its act only with what was waited for ("waited 47
// weeks for a scan"): "forced vessels to wait five days" is the vessels'.
struct VerbNoun {
  absl::string_view verb;
  absl::string_view noun;
  ActFigures figures;
};
constexpr ActFigures kAny = ActFigures::kAny;
constexpr ActFigures kMoney = ActFigures::kMoney;
constexpr ActFigures kWithFor = ActFigures::kWithFor;
constexpr VerbNoun kMeasuredActs[] = {
    {"wait", "wait", kWithFor},       {"waits", "wait", kWithFor},
    {"waited", "wait", kWithFor},     {"waiting", "wait", kWithFor},
    {"fined", "fine", kMoney},        {"fining", "fine", kMoney},
    {"harvest", "harvest", kAny},     {"harvests", "harvest", kAny},
    {"harvested", "harvest", kAny},   {"harvesting", "harvest", kAny},
    {"pay", "payment", kMoney},       {"paid", "payment", kMoney},
    {"paying", "payment", kMoney},    {"sell", "sales", kAny},
    {"sold", "sales", kAny},          {"selling", "sales", kAny},
    {"export", "exports", kAny},      {"exported", "exports", kAny},
    {"exporting", "exports", kAny},   {"earn", "earnings", kMoney},
    {"earned", "earnings", kMoney},   {"earning", "earnings", kMoney},
    {"produce", "production", kAny},  {"produces", "production", kAny},
    {"produced", "production", kAny}, {"producing", "production", kAny},
    {"import", "imports", kAny},      {"imported", "imports", kAny},
    {"importing", "imports", kAny},
    // money raised or recovered is money whoever raised it ("it had
    // recovered 37 million shillings from his accounts")
    {"raise", "money raised", kMoney},
    {"raises", "money raised", kMoney},
    {"raised", "money raised", kMoney},
    {"raising", "money raised", kMoney},
    {"recover", "money recovered", kMoney},
    {"recovers", "money recovered", kMoney},
    {"recovered", "money recovered", kMoney},
    {"recovering", "money recovered", kMoney},
    {"repay", "repayment", kMoney},
    {"repays", "repayment", kMoney},
    {"repaid", "repayment", kMoney},
    {"repaying", "repayment", kMoney}};

// Verbs of growing or raising on land (IsCultivationVerb).
constexpr const char* kCultivationVerbs[] = {
    "grow",   "grows",  "grew",      "grown",      "growing", "farm",
    "farms",  "farmed", "farming",   "raise",      "raises",  "raised",
    "raising", "plant", "plants",    "planted",    "planting", "cultivate",
    "cultivates", "cultivated", "cultivating", "graze", "grazes", "grazed"};

// Past forms of penalties and the noun of the penalty (PenaltyNoun): what a
// "for" duration after them measures ("suspended for two weeks"), and
// whether their object is only ever who is punished.
struct Penalty {
  absl::string_view verb;
  absl::string_view noun;
  bool persons_only;
};
constexpr Penalty kPenalties[] = {
    {"banned", "ban", true},
    {"barred", "ban", true},
    {"disqualified", "disqualification", true},
    {"suspended", "suspension", false},
    {"jailed", "jail term", true},
    {"imprisoned", "prison term", true},
    {"detained", "detention", true},
    {"sentenced", "sentence", true}};

// The shape of kMeasuredActs' verbs, so MeasuredActNoun turns most words away
// before comparing any: a bit per first letter, and the longest verb.
struct VerbShape {
  uint32_t first_letters = 0;  // bit c - 'a' for each verb's first letter
  size_t longest = 0;
};

constexpr VerbShape MeasuredActShape() {
  VerbShape shape;
  for (const VerbNoun& entry : kMeasuredActs) {
    shape.first_letters |= uint32_t{1} << (entry.verb[0] - 'a');
    if (entry.verb.size() > shape.longest) shape.longest = entry.verb.size();
  }
  return shape;
}
constexpr VerbShape kMeasuredActShape = MeasuredActShape();

// Nouns of a measure whose "for" phrase says what it is of, so the phrase
// is part of a subject ending before its verb ("the median wait for a knee
// replacement fell", "Demand for the new bikes rose", "the price for a
// season ticket"). Not "fare": "the average fare for a return flight" is
// the fare (ArticlesTest.AirportPassengerNumbers).
constexpr const char* kMeasureHeadNouns[] = {
    "wait",   "waits",  "demand",  "price",    "prices", "cost",
    "costs",  "rate",   "rates",   "fee",      "fees",   "bill",
    "budget", "funding", "spending", "queue",  "queues"};

constexpr const char* kSpendingVerbs[] = {"spend", "spends", "spent",
                                          "spending"};

// Infinitives after a time that, with no object after them, name no act it
// measures: a countdown, a margin or a time that remains ("with two weeks to
// go", "with minutes to spare", "has 18 months to run on his contract", "two
// years to serve", "six weeks to wait"; not "six months to run the firm").
constexpr const char* kIdleInfinitives[] = {"go", "spare", "run", "serve",
                                            "wait"};

// Forms of "take" before a time: "homes were taking 41 days to sell" times
// its clause subject's act, unless the infinitive has its own object ("took
// crews a week to clear the road").
constexpr const char* kTimeTakingVerbs[] = {"take", "takes", "took", "taken",
                                            "taking"};

// Verbs that give, have or need a time for an act an infinitive after it
// names ("has 21 days to appeal", "gave the firm a year to pay", "needs six
// weeks to dry"), besides kTimeTakingVerbs; not verbs a purpose infinitive
// follows ("trained for 18 months to deal with").
constexpr const char* kTimeGrantingVerbs[] = {
    "have",  "has",   "had",     "having", "give",    "gives",  "gave",
    "given", "giving", "get",    "gets",   "got",     "need",   "needs",
    "needed", "allow", "allows", "allowed", "grant",  "granted"};

// Ordinals that, like a superlative, make a time after them the reach of a
// record ("the first increase in 11 years").
constexpr const char* kReachOrdinals[] = {"first"};

// Prepositions before the time an act took ("was approved in 41 days",
// "the results came in eight days", "repaid within 90 days").
constexpr const char* kTimeTakenPrepositions[] = {"in", "within"};

// Words after a duration that set it off from an event ("eight minutes
// after the restart").
constexpr const char* kEventOffsetWords[] = {"after", "before"};

// Words before a duration that times the act of its clause ("halt imports
// for 60 days", "within six weeks", "every 20 minutes").
constexpr const char* kTimedActLinks[] = {"for", "within", "every"};

// Verbs that put their object in a state a "for" time after it lasts
// ("closed the line for two months", "suspended services for five days",
// "banned the driver for three years"): the time counts the object.
constexpr const char* kStateSettingVerbs[] = {
    "close",    "closes",    "closed",   "shut",     "shuts",
    "suspend",  "suspends",  "suspended", "halt",    "halts",
    "halted",   "block",     "blocks",   "blocked",  "ban",
    "bans",     "banned",    "ground",   "grounds",  "grounded",
    "detain",   "detains",   "detained", "hold",     "holds",
    "held",     "delay",     "delays",   "delayed",  "postpone",
    "postpones", "postponed", "disrupt", "disrupts", "disrupted"};

// Nouns heading a period phrase besides kPeriodNouns and kSessionNouns ("the
// January-September period").
constexpr const char* kPeriodPhraseHeads[] = {"period", "periods"};

// Nouns of a market's business that head a period phrase when a market,
// place or session names them ("New York trading", "early dealings"), and
// an activity otherwise ("in currency trading").
constexpr const char* kSessionNouns[] = {"trading", "dealings"};

// Words before "trading"/"dealings" that say how busy a session was or which
// part of the day it was, besides kTradingSessionWords ("in heavy trading",
// "in thin dealings", "in opening trading").
constexpr const char* kSessionModifiers[] = {
    "heavy",   "light",   "thin",       "volatile",   "choppy",
    "brisk",   "active",  "quiet",      "subdued",    "lacklustre",
    "nervous", "busy",    "sluggish",   "lackluster", "opening",
    "closing", "regular", "intraday"};

// Verbs whose first object gets the money after it, besides kCostVerbs
// ("earned Ghana $2 billion", "netted the club £40m").
constexpr const char* kEarnVerbs[] = {"earn",   "earns", "earned",
                                      "netted", "nets"};

// Nouns of a measure a label line names besides kLevelNouns ("Population:
// 12,000.", "Cost: $4.5 million.").
constexpr const char* kLabelMeasureNouns[] = {
    "population", "cost",        "costs",      "value",    "revenue",
    "revenues",   "sales",       "profit",     "distance", "height",
    "length",     "weight",      "area",       "depth",    "duration",
    "deaths",     "injuries",    "casualties", "arrests",  "spectators",
    "visitors",   "enrolment",   "enrollment", "audience", "viewers",
    "rainfall",   "temperature", "margin",     "debt",     "salary"};

// Prepositions of a place-like phrase after a participle ("pupils enrolled
// in state schools", "staff employed at the mill").
constexpr const char* kParticiplePlacePrepositions[] = {"in", "at", "on",
                                                        "from"};

// Prepositions that make a count after them no clause subject ("one of 20
// pupils hurt in").
constexpr const char* kCountGoverningPrepositions[] = {
    "of", "to", "with", "for", "among", "in", "at", "on", "from", "about"};

// The preposition between a change noun and what changed ("a 41% rise in
// net profit").
constexpr const char* kChangeObjectLinks[] = {"in"};

// Articles that open a noun phrase as one of many ("a rise", "an increase").
constexpr const char* kIndefiniteArticles[] = {"a", "an"};

// Nouns of a contest's result ("The defeat cost Wales $2 million"): the
// country then named is a team. Not "loss" or "exit": as often a market's
// or a union's ("The exit cost Norway $20 billion in lost trade").
constexpr const char* kContestResultNouns[] = {
    "defeat", "defeats",     "win",     "wins",  "victory",
    "victories", "draw", "elimination", "triumph", "title"};

// The preposition of a passive's agent ("seats won by left-wing parties").
constexpr const char* kAgentPrepositions[] = {"by"};

// The preposition before a day a figure was reported on ("on Monday").
constexpr const char* kDayPrepositions[] = {"on"};

// Words linking a sum to its level right before the money ("the annual fee
// to $2,400", "annual income of $3 million", "rent at $900").
constexpr const char* kSumLevelLinks[] = {"to", "of", "at"};

// Verbs of reporting whose object is often a clause without "that", besides
// kFindingVerbs ("The school reported 12 pupils fainted").
constexpr const char* kClauseReportVerbs[] = {
    "said",  "says",    "reported", "reports", "noted",
    "notes", "claimed", "claims",   "argued",  "recorded"};

// Nouns of a sample ("a poll of 900 parents commissioned by a charity").
constexpr const char* kSampleNouns[] = {
    "poll",   "polls",  "survey", "surveys", "sample",       "samples",
    "study",  "panel",  "census", "audit",   "questionnaire"};

}  // namespace

bool IsRateAdjective(absl::string_view word) {
  return InWordLists<kRateAdjectives>(word);
}

bool IsPeriodicAdjective(absl::string_view word) {
  // The cheap test first: each ends in "-ly", "-al" or "-ed", few words do.
  if (word.size() < 5 || !(absl::EndsWith(word, "ly") ||
                           absl::EndsWith(word, "al") ||
                           absl::EndsWith(word, "ed"))) {
    return false;
  }
  return InWordLists<kRateAdjectives, kPeriodicAdjectives>(word);
}

bool IsPeriodicSumNoun(absl::string_view word) {
  return InWordLists<kPeriodicSumNouns>(word);
}

bool IsListConjunction(absl::string_view word) {
  return InWordLists<kListConjunctions>(word);
}

bool IsForecastNoun(absl::string_view word) {
  return InWordLists<kForecastNouns>(word);
}

bool IsMoneyDestinationPreposition(absl::string_view word) {
  return InWordLists<kMoneyDestinationPrepositions>(word);
}

bool IsPlaceNameJoiner(absl::string_view word) {
  return InWordLists<kPlaceNameJoiners>(word);
}

bool IsYearSpanJoiner(absl::string_view word) {
  return InWordLists<kYearSpanJoiners>(word);
}

bool IsContrastWord(absl::string_view word) {
  return InWordLists<kContrastWords>(word);
}

bool IsClauseAnd(absl::string_view word) {
  return InWordLists<kClauseAnd>(word);
}

bool IsIdiomPeriodNoun(absl::string_view word) {
  return InWordLists<kIdiomPeriodNouns>(word);
}

bool IsOccasionNoun(absl::string_view word) {
  return InWordLists<kOccasionNouns>(word);
}

bool HasAdjectiveEnding(absl::string_view word) {
  for (const char* ending : kAdjectiveEndings) {
    if (absl::EndsWith(word, ending)) return true;
  }
  return false;
}

bool IsObjectCloser(absl::string_view word) {
  return InWordLists<kObjectClosers>(word);
}

bool IsActorSubject(absl::string_view word) {
  return InWordLists<kActorSubjects>(word);
}

bool IsPerfectAuxiliary(absl::string_view word) {
  return InWordLists<kPerfectAuxiliaries>(word);
}

bool IsFundNoun(absl::string_view word) {
  return InWordLists<kFundNouns>(word);
}

bool IsBoundDegreeWord(absl::string_view word) {
  return InWordLists<kBoundDegreeWords>(word);
}

bool IsPossessiveDeterminer(absl::string_view word) {
  return InWordLists<kPossessiveDeterminers>(word);
}

bool IsTimeStretchNoun(absl::string_view word) {
  return InWordLists<kTimeStretchNouns>(word);
}

bool IsCompassAdjective(absl::string_view word) {
  return InWordLists<kCompassAdjectives>(word);
}

bool IsQuotedPriceNoun(absl::string_view word) {
  return InWordLists<kQuotedPriceNouns>(word);
}

bool IsHoldingNoun(absl::string_view word) {
  return InWordLists<kHoldingNouns>(word);
}

bool IsLyNoun(absl::string_view word) {
  return InWordLists<kLyNouns>(word);
}

bool IsTemperatureNoun(absl::string_view word) {
  return InWordLists<kTemperatureNouns>(word);
}

bool IsIngNoun(absl::string_view word) {
  return InWordLists<kIngNouns>(word);
}

bool IsCostVerb(absl::string_view word) {
  return InWordLists<kCostVerbs>(word);
}

bool IsFindingVerb(absl::string_view word) {
  return InWordLists<kFindingVerbs>(word);
}

bool IsElisionVerb(absl::string_view word) {
  return InWordLists<kElisionVerbs>(word);
}

bool IsContractedPronoun(absl::string_view word) {
  return InWordLists<kContractedPronouns>(word);
}

bool IsYardstickNoun(absl::string_view word) {
  return InWordLists<kYardstickNouns>(word);
}

bool IsYardstickVerb(absl::string_view word) {
  return InWordLists<kYardstickVerbs>(word);
}

bool IsStatisticNoun(absl::string_view word) {
  return InWordLists<kStatisticNouns>(word);
}

bool IsUpParticleVerb(absl::string_view word) {
  return InWordLists<kUpParticleVerbs>(word);
}

bool IsDonationVerb(absl::string_view word) {
  return InWordLists<kDonationVerbs>(word);
}

bool IsLevelNoun(absl::string_view word) {
  return InWordLists<kLevelNouns, kForecastNouns, kStatisticNouns>(word);
}

bool IsTwoObjectVerb(absl::string_view word) {
  return InWordLists<kCostVerbs, kDonationVerbs, kTwoObjectVerbs>(word);
}

bool IsQuantifierDeterminer(absl::string_view word) {
  return InWordLists<kQuantifierDeterminers>(word);
}

bool IsCountedNounOpener(absl::string_view word) {
  return InWordLists<kCountedNounOpeners>(word);
}

bool IsPeriodCompound(absl::string_view head, absl::string_view noun) {
  if (noun == "year") return InWordLists<kYearPeriodHeads>(head);
  return InWordLists<kPartPeriodNouns>(noun) &&
         InWordLists<kPartPeriodHeads>(head);
}

bool IsCustodyNoun(absl::string_view word) {
  return InWordLists<kCustodyNouns>(word);
}

bool IsPhrasalChangeVerb(absl::string_view word) {
  return InWordLists<kPhrasalChangeVerbs>(word);
}

bool IsSessionVerb(absl::string_view word) {
  return InWordLists<kSessionVerbs>(word);
}

bool IsChangeVerb(absl::string_view word) {
  return InWordLists<kChangeVerbs>(word);
}

bool IsChangeFromWord(absl::string_view word) {
  return InWordLists<kChangeFromWords, kChangeVerbs>(word);
}

bool IsMetreEventWord(absl::string_view word) {
  return InWordLists<kMetreEventWords>(word);
}

bool IsRaceWord(absl::string_view word) {
  return InWordLists<kRaceWords>(word);
}

bool IsPersonNoun(absl::string_view word) {
  return InWordLists<kPersonNouns>(word);
}

bool IsObjectParticiple(absl::string_view word) {
  return InWordLists<kObjectParticiples>(word);
}

bool IsInventoryVerb(absl::string_view word) {
  return InWordLists<kInventoryVerbs>(word);
}

bool IsIrregularPast(absl::string_view word) {
  return InWordLists<kIrregularPast>(word);
}

bool IsIdentifierLabel(absl::string_view word) {
  return InWordLists<kIdentifierLabels>(word);
}

bool IsPronounOneDeterminer(absl::string_view word) {
  return InWordLists<kPronounOneDeterminers>(word);
}

bool IsPeriodEndWord(absl::string_view word) {
  return InWordLists<kPeriodEndWords>(word);
}

bool IsWhWord(absl::string_view word) { return InWordLists<kWhWords>(word); }

bool IsContestVerb(absl::string_view word) {
  return InWordLists<kContestVerbs>(word);
}

bool IsResultsNoun(absl::string_view word) {
  return InWordLists<kResultsNouns>(word);
}

bool NamesReportPeriod(absl::string_view scope) {
  std::vector<std::string> words;
  for (absl::string_view w : absl::StrSplit(scope, absl::ByAnyChar(" -"),
                                            absl::SkipEmpty())) {
    words.push_back(absl::AsciiStrToLower(w));
  }
  for (size_t k = 0; k < words.size(); ++k) {
    const bool year_after = k + 1 < words.size() && !words[k + 1].empty() &&
                            absl::ascii_isdigit(words[k + 1][0]);
    if (InWordLists<kReportPartNouns>(words[k]) ||
        (words[k] == "fiscal" && year_after)) {
      return true;  // "the third quarter", "first-half", "fiscal 2025"; not
                    // "the current fiscal year" a forecast is made for
    }
    if (k + 1 < words.size() && InWordLists<kReportSpanNouns>(words[k]) &&
        IsPeriodEndWord(words[k + 1])) {
      return true;  // "the six months to June", "the year ended March 31"
    }
  }
  return false;
}

bool IsPeriodSpanPreposition(absl::string_view word) {
  return InWordLists<kPeriodSpanPrepositions>(word);
}

bool IsPointInTimeWord(absl::string_view word) {
  return InWordLists<kPastPointWords, kPointInTimeWords>(word);
}

bool IsPastPointWord(absl::string_view word) {
  return InWordLists<kPastPointWords>(word);
}

bool IsInchFollower(absl::string_view word) {
  return InWordLists<kInchFollowers>(word);
}

bool IsUnitNoun(absl::string_view word) {
  return InWordLists<kUnitNouns>(word);
}

bool IsArticleUnitEnd(absl::string_view word) {
  return InWordLists<kArticleUnitEnds>(word);
}

bool IsLocalityNoun(absl::string_view word) {
  return InWordLists<kLocalityNouns>(word);
}

bool IsPriceVerb(absl::string_view word) {
  return InWordLists<kPriceVerbs>(word);
}

bool IsDistributiveDeterminer(absl::string_view word) {
  return InWordLists<kDistributiveDeterminers>(word);
}

bool IsExtentAdjective(absl::string_view word) {
  return InWordLists<kExtentAdjectives>(word);
}

bool IsIrregularPlural(absl::string_view word) {
  return InWordLists<kIrregularPlurals>(word);
}

bool IsNounPhraseDeterminer(absl::string_view word) {
  return InWordLists<kNounPhraseDeterminers>(word);
}

bool IsTradingSessionWord(absl::string_view word) {
  return InWordLists<kTradingSessionWords>(word);
}

bool IsSubjectAuxiliary(absl::string_view word) {
  return InWordLists<kSubjectAuxiliaries>(word);
}

bool IsAllocationVerb(absl::string_view word) {
  return InWordLists<kAllocationVerbs>(word);
}

bool IsBearingWord(absl::string_view word) {
  return InWordLists<kCompassPoints, kBearingWords>(word);
}

bool IsCompassPoint(absl::string_view word) {
  return InWordLists<kCompassPoints>(word);
}

bool IsAdminAreaHead(absl::string_view word) {
  return InWordLists<kAdminAreaHeads>(word);
}

bool IsMultiplierFollower(absl::string_view word) {
  return InWordLists<kMultiplierFollowers>(word);
}

bool IsSaleVerb(absl::string_view word) {
  return InWordLists<kSaleVerbs>(word);
}

bool IsPlaceNoun(absl::string_view word) {
  return InWordLists<kPlaceNouns>(word);
}

bool IsContributionVerb(absl::string_view word) {
  return InWordLists<kContributionVerbs>(word);
}

bool IsMoveToWord(absl::string_view word) {
  return InWordLists<kMoveToWords>(word);
}

bool IsTransitiveChangeWord(absl::string_view word) {
  return InWordLists<kMoveToWords, kTransitiveChangeWords>(word);
}

bool IsSequenceAdjective(absl::string_view word) {
  return InWordLists<kSequenceAdjectives>(word);
}

bool IsRecordAdjective(absl::string_view word) {
  return InWordLists<kRecordAdjectives>(word);
}

bool IsPeriodEdge(absl::string_view word) {
  return InWordLists<kPeriodEdges>(word);
}

bool IsSeason(absl::string_view word) { return InWordLists<kSeasons>(word); }

bool IsActNounSeason(absl::string_view word) {
  return InWordLists<kActNounSeasons>(word);
}

bool IsChangeNoun(absl::string_view word) {
  return InWordLists<kChangeNouns>(word);
}

bool IsLevelPassive(absl::string_view word) {
  return InWordLists<kLevelPassives>(word);
}

bool IsCountedBackWord(absl::string_view word) {
  return InWordLists<kCountedBackWords>(word);
}

bool IsDatePreposition(absl::string_view word) {
  return InWordLists<kDatePrepositions>(word);
}

bool IsBareMonthPreposition(absl::string_view word) {
  return InWordLists<kBareMonthPrepositions>(word);
}

bool IsMeasuredComparative(absl::string_view word) {
  return InWordLists<kMeasuredComparatives>(word);
}

bool IsDateRangeJoiner(absl::string_view word) {
  return InWordLists<kDateRangeJoiners>(word);
}

bool IsAreaNoun(absl::string_view word) {
  return InWordLists<kCompassPoints, kAdminAreaHeads, kAreaNouns>(word);
}

bool IsInvariantCountNoun(absl::string_view word) {
  return InWordLists<kInvariantCountNouns>(word);
}

bool IsHeadObjectPreposition(absl::string_view word) {
  return InWordLists<kObjectPrepositions>(word);
}

bool IsDeterminedHeadObjectPreposition(absl::string_view word) {
  return InWordLists<kDeterminedObjectPrepositions>(word);
}

bool IsChangeSizePreposition(absl::string_view word) {
  return InWordLists<kChangeSizePrepositions>(word);
}

bool IsComparativeCloser(absl::string_view word) {
  return InWordLists<kComparativeClosers>(word);
}

bool IsPeriodRepeatJoint(absl::string_view word) {
  return InWordLists<kPeriodRepeatJoints>(word);
}

bool IsFlatAdverb(absl::string_view word) {
  return InWordLists<kFlatAdverbs>(word);
}

bool IsReceiveVerb(absl::string_view word) {
  return InWordLists<kReceiveVerbs>(word);
}

bool IsFiniteAuxiliary(absl::string_view word) {
  return InWordLists<kTenseAuxiliaries, kModalAuxiliaries>(word);
}

bool IsFloatingQuantifier(absl::string_view word) {
  return InWordLists<kFloatingQuantifiers>(word);
}

bool IsShareComparative(absl::string_view word) {
  return InWordLists<kShareComparatives>(word);
}

bool IsBoundComparison(absl::string_view word) {
  return InWordLists<kBoundComparisons>(word);
}

bool IsModalAuxiliary(absl::string_view word) {
  return InWordLists<kModalAuxiliaries>(word);
}

bool IsPredicatePreposition(absl::string_view word) {
  return InWordLists<kPredicatePrepositions>(word);
}

bool IsPredicateParticiple(absl::string_view word) {
  return InWordLists<kPredicateParticiples>(word);
}

bool IsMeasureBaseVerb(absl::string_view word) {
  return InWordLists<kMeasureBaseVerbs>(word);
}

bool LooksPlural(absl::string_view w) {
  if (w.size() > 3 && w.back() == 's') {
    const absl::string_view tail = w.substr(w.size() - 2);
    if (tail != "ss" && tail != "us" && tail != "is") return true;
  }
  return IsIrregularPlural(w);
}

bool IsNounlikeQuantityVerb(absl::string_view word) {
  return InWordLists<kNounlikeQuantityVerbs>(word);
}

bool IsNounPostmodifierPreposition(absl::string_view word) {
  return InWordLists<kNounPostmodifierPrepositions>(word);
}

bool IsMoneyGatheringVerb(absl::string_view word) {
  return InWordLists<kMoneyGatheringVerbs>(word);
}

bool IsAverageVerb(absl::string_view word) {
  return InWordLists<kAverageVerbs>(word);
}

bool IsSubjectPronoun(absl::string_view word) {
  return InWordLists<kSubjectPronouns>(word);
}

bool IsInfinitiveObjectVerb(absl::string_view word) {
  return InWordLists<kInfinitiveObjectVerbs>(word);
}

bool IsBoundNounPreposition(absl::string_view word) {
  return InWordLists<kBoundNounPrepositions>(word);
}

bool IsAnyBeForm(absl::string_view word) {
  return IsBeForm(word) || InWordLists<kUntensedBeForms>(word);
}

bool IsRelativeOpener(absl::string_view word) {
  return InWordLists<kRelativeOpeners>(word);
}

bool IsOnwardWord(absl::string_view word) {
  return InWordLists<kOnwardWords>(word);
}

bool IsPositionBound(absl::string_view word) {
  return InWordLists<kPositionBounds>(word);
}

bool IsTalkVerb(absl::string_view word) { return InWordLists<kTalkVerbs>(word); }

bool IsYearScopedNoun(absl::string_view word) {
  return InWordLists<kYearScopedNouns>(word);
}

bool IsFocusWord(absl::string_view word) {
  return InWordLists<kFocusWords>(word);
}

bool IsVerbGroupFiller(absl::string_view word) {
  return InWordLists<kSubjectAuxiliaries, kFigureHedges, kFocusWords>(word);
}

bool IsHedgeOrFocusWord(absl::string_view word) {
  return InWordLists<kFigureHedges, kFocusWords>(word);
}

bool IsQuoteMark(absl::string_view symbol) {
  return InWordLists<kQuoteMarks>(symbol);
}

bool IsPredicateParticle(absl::string_view word) {
  return InWordLists<kPredicateParticles>(word);
}

bool IsFigureHedge(absl::string_view word) {
  return InWordLists<kFigureHedges>(word);
}

bool IsClauseSplitter(absl::string_view word) {
  return InWordLists<kClauseSplitters>(word);
}

bool IsYearPreposition(absl::string_view word) {
  return InWordLists<kYearPrepositions>(word);
}

bool IsOverQualifierLead(absl::string_view word) {
  return InWordLists<kOverQualifierLeads>(word);
}

bool IsBeyondVerb(absl::string_view word) {
  return InWordLists<kBeyondVerbs>(word);
}

bool IsPassVerb(absl::string_view word) {
  return InWordLists<kPassVerbs>(word);
}

bool IsAboutOverNoun(absl::string_view word) {
  return InWordLists<kAboutOverNouns>(word);
}

// Figure subjects: rivals' counts and nouns standing for an earlier figure.
constexpr const char* kRivalPrepositions[] = {"against", "versus", "vs"};

// Not "rate" or "share": "the rate of 14.5 for white women" names its own.
constexpr const char* kAnaphoricFigureNouns[] = {"figure", "figures", "number",
                                                 "tally"};

bool IsRivalPreposition(absl::string_view word) {
  return InWordLists<kRivalPrepositions>(word);
}

bool IsAnaphoricFigureNoun(absl::string_view word) {
  return InWordLists<kAnaphoricFigureNouns>(word);
}

absl::Span<const char* const> NumberStarterWords() { return kNumberStarters; }
absl::Span<const char* const> TimeLeadWords() { return kTimeLeads; }
absl::Span<const char* const> DatePrepositions() { return kDatePrepositions; }
absl::Span<const char* const> MoneyCueWords() { return kMoneyCueWords; }

bool IsMoneyCueWord(absl::string_view word) {
  return InWordLists<kMoneyCueWords>(word);
}
absl::Span<const char* const> MassCueWords() { return kMassCueWords; }
absl::Span<const char* const> QuantityVerbs() { return kQuantityVerbs; }
absl::Span<const char* const> MonthWords() { return kMonths; }
absl::Span<const char* const> WeekdayWords() { return kWeekdays; }
absl::Span<const char* const> SubjectStopWords() { return kSubjectStop; }
absl::Span<const char* const> TimeScopeWords() { return kTimeScopeWords; }
absl::Span<const char* const> PeriodOpeners() { return kPeriodOpeners; }
absl::Span<const char* const> PeriodNouns() { return kPeriodNouns; }
absl::Span<const char* const> PlacePrepositions() { return kPlacePrepositions; }
absl::Span<const char* const> PlaceScopeWords() { return kPlaceScopeWords; }
absl::Span<const char* const> StreetWords() { return kStreetWords; }
absl::Span<const char* const> NotNameWords() { return kNotNameWords; }
absl::Span<const char* const> PronounOneFollowers() {
  return kPronounOneFollowers;
}
absl::Span<const char* const> RegionNames() { return kRegionNames; }

absl::string_view MeasuredActNoun(absl::string_view verb,
                                  ActFigures* figures) {
  const unsigned letter =
      verb.empty() ? 32u : static_cast<unsigned>(verb[0] - 'a');
  if (verb.size() > kMeasuredActShape.longest || letter >= 26 ||
      (kMeasuredActShape.first_letters & (uint32_t{1} << letter)) == 0) {
    return absl::string_view();  // most words: one bit test, no compare
  }
  for (const VerbNoun& entry : kMeasuredActs) {
    if (entry.verb[0] != verb[0] || entry.verb != verb) continue;
    *figures = entry.figures;
    return entry.noun;
  }
  return absl::string_view();
}

bool IsCultivationVerb(absl::string_view word) {
  return InWordLists<kCultivationVerbs>(word);
}

absl::string_view PenaltyNoun(absl::string_view verb, bool* persons_only) {
  for (const Penalty& p : kPenalties) {
    if (p.verb != verb) continue;
    *persons_only = p.persons_only;
    return p.noun;
  }
  return absl::string_view();
}

bool IsMeasureHeadNoun(absl::string_view word) {
  return InWordLists<kMeasureHeadNouns>(word);
}

bool IsSpendingVerb(absl::string_view word) {
  return InWordLists<kSpendingVerbs>(word);
}

bool IsIdleInfinitive(absl::string_view word) {
  return InWordLists<kIdleInfinitives>(word);
}

bool IsTimeTakingVerb(absl::string_view word) {
  return InWordLists<kTimeTakingVerbs>(word);
}

bool IsTimeGrantingVerb(absl::string_view word) {
  return InWordLists<kTimeGrantingVerbs, kTimeTakingVerbs>(word);
}

bool IsReachWord(absl::string_view word) {
  return InWordLists<kRecordAdjectives, kReachOrdinals>(word);
}

bool IsTimeTakenPreposition(absl::string_view word) {
  return InWordLists<kTimeTakenPrepositions>(word);
}

bool IsEventOffsetWord(absl::string_view word) {
  return InWordLists<kEventOffsetWords>(word);
}

bool IsTimedActLink(absl::string_view word) {
  return InWordLists<kTimedActLinks>(word);
}

bool IsStateSettingVerb(absl::string_view word) {
  return InWordLists<kStateSettingVerbs>(word);
}

bool IsPeriodPhraseHead(absl::string_view word) {
  return InWordLists<kPeriodPhraseHeads, kSessionNouns>(word);
}

bool IsChangeObjectLink(absl::string_view word) {
  return InWordLists<kChangeObjectLinks>(word);
}

bool IsIndefiniteArticle(absl::string_view word) {
  return InWordLists<kIndefiniteArticles>(word);
}

bool IsContestResultNoun(absl::string_view word) {
  return InWordLists<kContestResultNouns>(word);
}

bool IsAgentPreposition(absl::string_view word) {
  return InWordLists<kAgentPrepositions>(word);
}

bool IsDayPreposition(absl::string_view word) {
  return InWordLists<kDayPrepositions>(word);
}

bool IsSumLevelLink(absl::string_view word) {
  return InWordLists<kSumLevelLinks>(word);
}

bool IsAreaNameStop(absl::string_view word) {
  return InWordLists<kSubjectStop, kWeekdays, kMonths>(word);
}

bool IsSessionNoun(absl::string_view word) {
  return InWordLists<kSessionNouns>(word);
}

bool IsSessionModifier(absl::string_view word) {
  return InWordLists<kSessionModifiers>(word);
}

bool IsEarnVerb(absl::string_view word) {
  return InWordLists<kEarnVerbs>(word);
}

bool IsLabelMeasureNoun(absl::string_view word) {
  return InWordLists<kLabelMeasureNouns>(word);
}

bool IsParticiplePlacePreposition(absl::string_view word) {
  return InWordLists<kParticiplePlacePrepositions>(word);
}

bool IsCountGoverningPreposition(absl::string_view word) {
  return InWordLists<kCountGoverningPrepositions>(word);
}

bool IsClauseReportVerb(absl::string_view word) {
  return InWordLists<kClauseReportVerbs, kFindingVerbs>(word);
}

bool IsSampleNoun(absl::string_view word) {
  return InWordLists<kSampleNouns>(word);
}

}  // namespace lexicon
}  // namespace factwire
