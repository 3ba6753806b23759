#include "ingest-service/extract/lexicon/figure_place_words.h"

#include "ingest-service/extract/lexicon/figure_context_words.h"
#include "ingest-service/extract/lexicon/lexicon.h"
#include "ingest-service/extract/lexicon/word_set.h"

namespace factwire {
namespace lexicon {
namespace {

constexpr const char* kSitePrepositions[] = {"on", "at", "to", "onto", "near",
                                             "off"};

constexpr const char* kDestinationPrepositions[] = {"to", "onto"};

constexpr const char* kPlaceFeatureHeads[] = {
    "airport",   "station",  "expressway", "highway",  "motorway", "freeway",
    "peninsula", "island",   "islands",    "bay",      "coast",    "valley",
    "river",     "lake",     "mountains",  "harbour",  "harbor",   "strait",
    "gulf",      "sea",      "plain",      "plains",   "plateau",  "delta",
    "basin",     "reservoir", "dam",       "bridge",   "tunnel",   "port",
    "prefecture", "archipelago"};  // and IsAdminAreaHead's

// Heads of the names of venues where crowds gather ("Wembley Stadium",
// "Carnegie Hall", "Trafalgar Square").
constexpr const char* kVenueHeads[] = {
    "stadium", "arena",      "coliseum", "colosseum", "dome",  "hall",
    "square",  "racecourse", "velodrome", "speedway", "amphitheatre",
    "amphitheater", "showground", "showgrounds", "fairgrounds"};

constexpr const char* kVenueFillVerbs[] = {
    "filled", "packed", "fill", "fills", "pack", "packs", "crammed",
    "jammed", "thronged", "throng", "crowded"};

// Present-tense verbs by which a place yields, takes in or keeps a yearly
// amount ("Sardinia produces 300 million litres", "Kerala receives 3,000
// mm of rain", "Chile exports ..."): IsPlaceOutputVerb.
constexpr const char* kPlaceOutputVerbs[] = {
    "produces", "exports", "imports", "grows",    "receives", "attracts",
    "consumes", "uses",    "employs", "generates", "harvests", "welcomes",
    "hosts",    "spends",  "earns",   "loses",    "catches",  "supplies",
    // what a place counts or keeps ("India records 5 million cases a year")
    "records",  "registers", "reports", "counts",   "holds"};

// A people's adjective and its country, the adjective capitalized as written.
struct DemonymEntry {
  const char* demonym;
  const char* country;
};

constexpr DemonymEntry kDemonyms[] = {
    {"American", "United States"}, {"British", "Britain"},
    {"Canadian", "Canada"},        {"Mexican", "Mexico"},
    {"Jamaican", "Jamaica"},       {"Trinidadian", "Trinidad and Tobago"},
    {"Barbadian", "Barbados"},     {"Bahamian", "Bahamas"},
    {"Guyanese", "Guyana"},        {"Haitian", "Haiti"},
    {"Cuban", "Cuba"},             {"Dominican", "Dominican Republic"},
    {"Brazilian", "Brazil"},       {"Argentine", "Argentina"},
    {"Argentinian", "Argentina"},  {"Chilean", "Chile"},
    {"Colombian", "Colombia"},     {"Peruvian", "Peru"},
    {"Venezuelan", "Venezuela"},   {"Ecuadorian", "Ecuador"},
    {"Bolivian", "Bolivia"},       {"Uruguayan", "Uruguay"},
    {"Paraguayan", "Paraguay"},    {"French", "France"},
    {"German", "Germany"},         {"Italian", "Italy"},
    {"Spanish", "Spain"},          {"Portuguese", "Portugal"},
    {"Dutch", "Netherlands"},      {"Belgian", "Belgium"},
    {"Swiss", "Switzerland"},      {"Austrian", "Austria"},
    {"Danish", "Denmark"},         {"Swedish", "Sweden"},
    {"Norwegian", "Norway"},       {"Finnish", "Finland"},
    {"Icelandic", "Iceland"},      {"Irish", "Ireland"},
    {"Scottish", "Scotland"},      {"Welsh", "Wales"},
    {"Polish", "Poland"},          {"Czech", "Czech Republic"},
    {"Slovak", "Slovakia"},        {"Hungarian", "Hungary"},
    {"Romanian", "Romania"},       {"Bulgarian", "Bulgaria"},
    {"Greek", "Greece"},           {"Turkish", "Turkey"},
    {"Russian", "Russia"},         {"Ukrainian", "Ukraine"},
    {"Armenian", "Armenia"},       {"Estonian", "Estonia"},
    {"Latvian", "Latvia"},         {"Lithuanian", "Lithuania"},
    {"Serbian", "Serbia"},         {"Croatian", "Croatia"},
    {"Slovenian", "Slovenia"},     {"Albanian", "Albania"},
    {"Chinese", "China"},          {"Japanese", "Japan"},
    {"Taiwanese", "Taiwan"},       {"Vietnamese", "Vietnam"},
    {"Thai", "Thailand"},          {"Indonesian", "Indonesia"},
    {"Malaysian", "Malaysia"},     {"Filipino", "Philippines"},
    {"Indian", "India"},           {"Pakistani", "Pakistan"},
    {"Bangladeshi", "Bangladesh"}, {"Nepali", "Nepal"},
    {"Afghan", "Afghanistan"},
    {"Iranian", "Iran"},           {"Iraqi", "Iraq"},
    {"Syrian", "Syria"},           {"Lebanese", "Lebanon"},
    {"Israeli", "Israel"},         {"Jordanian", "Jordan"},
    {"Saudi", "Saudi Arabia"},     {"Egyptian", "Egypt"},
    {"Libyan", "Libya"},           {"Tunisian", "Tunisia"},
    {"Algerian", "Algeria"},       {"Moroccan", "Morocco"},
    {"Nigerian", "Nigeria"},       {"Kenyan", "Kenya"},
    {"Ethiopian", "Ethiopia"},     {"Ghanaian", "Ghana"},
    {"Ugandan", "Uganda"},         {"Tanzanian", "Tanzania"},
    {"Zimbabwean", "Zimbabwe"},    {"Zambian", "Zambia"},
    {"Rwandan", "Rwanda"},         {"Senegalese", "Senegal"},
    {"Cameroonian", "Cameroon"},   {"Namibian", "Namibia"},
    {"Mozambican", "Mozambique"},  {"Malawian", "Malawi"},
    {"Australian", "Australia"},   {"Fijian", "Fiji"},
    {"Qatari", "Qatar"},           {"Emirati", "United Arab Emirates"},
    {"Kuwaiti", "Kuwait"},         {"Yemeni", "Yemen"},
    {"Omani", "Oman"},             {"Sudanese", "Sudan"},
    {"Somali", "Somalia"},
    {"Maltese", "Malta"},          {"Cypriot", "Cyprus"},
    {"Georgian", "Georgia"},       {"Kazakh", "Kazakhstan"},
    {"Mongolian", "Mongolia"},     {"Singaporean", "Singapore"},
    {"Botswanan", "Botswana"},     {"Ivorian", "Ivory Coast"},
    {"Mauritian", "Mauritius"},    {"Faroese", "Faroe Islands"}};

constexpr const char* kCountryNouns[] = {"country", "nation"};

constexpr const char* kPhraseBoundaries[] = {
    "in",     "with",  "for",   "during", "over",  "after",
    "before", "since", "because", "under", "among", "against", "on"};

constexpr const char* kPeopleAbroadNouns[] = {
    "refugees",  "nationals", "citizens",  "migrants",  "immigrants",
    "emigrants", "tourists",  "visitors",  "expatriates", "expats",
    "diplomats", "spies",     "soldiers",  "troops",    "sailors",
    "hostages",  "prisoners", "detainees", "exiles",    "asylum"};

// People named by their money or trade, which they hold or ply anywhere:
// "Two American billionaires pledged", "Chinese investors bought".
constexpr const char* kPeopleOfMeansNouns[] = {
    "billionaires", "millionaires", "investors", "shareholders",
    "bondholders",  "tycoons",      "magnates",  "financiers",
    "buyers",       "bidders",      "donors",    "philanthropists"};

// People whose figures are made at home: they grow, make, study, earn, buy
// and vote in their own country, or govern and police it ("Kenyan growers
// exported", "the share of Jamaican students passing", "German police
// reported 906 attacks"). Not soldiers, hackers or doctors, whose numbers
// may be counted anywhere ("Indian doctors make up 10 percent of the NHS
// workforce").
constexpr const char* kHomeWorkNouns[] = {
    "growers",     "farmers",   "producers",  "exporters",  "manufacturers",
    "students",    "pupils",    "schoolchildren", "households", "families",
    "homeowners",  "renters",   "consumers",  "shoppers",   "taxpayers",
    "voters",      "workers",   "employees",  "motorists",  "pensioners",
    "authorities", "police",    "officials",  "lawmakers",  "regulators",
    "prosecutors"};

constexpr const char* kSamePeriodNouns[] = {"period", "point", "time",
                                            "stage"};

constexpr const char* kDatedNounModifiers[] = {
    "fiscal",   "financial", "calendar",   "academic",    "school",
    "local",    "general",   "municipal",  "presidential", "parliamentary",
    "national", "state",     "provincial", "regional",    "federal",
    "council",  "mayoral",   "legislative", "midterm",    "budget",
    "harvest",  "farming",   "marketing",  "crop",        "tax"};

constexpr const char* kDatedSittingNouns[] = {
    "exam",        "exams",         "examination", "examinations",
    "games",       "championship",  "championships", "tournament",
    "polls",       "count",         "audit",       "inspection",
    "inspections", "by-election",   "primary",     "primaries",
    "caucuses",    "festival"};

// Lowercase nouns after a name that make it one of a country's divisions
// outside the common area nouns ("in Jimma zone", "in Labuhanbatu regency",
// "in Kherson oblast").
constexpr const char* kDivisionNouns[] = {
    "zone",   "regency", "governorate", "oblast", "prefecture", "canton",
    "parish", "commune", "emirate",     "kebele", "woreda",     "raion"};

// Nouns by which a story calls back a first-level division it names ("in
// the state", "across the province").
constexpr const char* kDivisionKindNouns[] = {"state", "province"};

// First-level divisions besides RegionNames(): the states of the United
// States (one word; not "Washington", the government's city), Germany,
// Mexico, Nigeria, Brazil and Malaysia, and the provinces of Pakistan, South
// Africa and Argentina. Names that are also countries, cities of another
// country or common words ("Mexico", "Rivers", "Delta") are left out.
constexpr const char* kFirstLevelDivisions[] = {
    // United States
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado",
    "connecticut", "delaware", "florida", "hawaii", "idaho", "illinois",
    "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
    "maryland", "massachusetts", "michigan", "minnesota", "mississippi",
    "missouri", "montana", "nebraska", "nevada", "new hampshire",
    "new jersey", "ohio", "oklahoma", "oregon", "pennsylvania", "tennessee",
    "texas", "utah", "vermont", "virginia", "wisconsin", "wyoming",
    // Germany
    "bavaria", "baden-wurttemberg", "saxony", "thuringia", "hesse",
    "brandenburg", "lower saxony", "north rhine-westphalia",
    "rhineland-palatinate", "saxony-anhalt", "schleswig-holstein",
    "mecklenburg-vorpommern", "saarland",
    // Mexico
    "jalisco", "oaxaca", "chiapas", "yucatan", "sonora", "chihuahua",
    "veracruz", "guerrero", "michoacan", "sinaloa", "tamaulipas",
    "nuevo leon", "coahuila", "puebla", "quintana roo", "tabasco",
    "zacatecas", "durango", "baja california",
    // Nigeria
    "lagos", "kano", "kaduna", "borno", "oyo", "ogun", "enugu", "anambra",
    "katsina", "sokoto", "zamfara", "benue", "adamawa", "yobe",
    // Brazil
    "sao paulo", "minas gerais", "bahia", "parana", "pernambuco", "amazonas",
    "rio grande do sul", "santa catarina", "goias", "ceara",
    // Malaysia
    "sabah", "sarawak", "johor", "selangor", "penang", "kelantan",
    // Pakistan
    "sindh", "balochistan", "khyber pakhtunkhwa",
    // South Africa
    "gauteng", "kwazulu-natal", "western cape", "eastern cape",
    "limpopo", "mpumalanga", "free state",
    // Argentina
    "mendoza", "cordoba", "santa fe", "tucuman", "salta", "chubut"};

// Heads of the names of roads written before their number ("Highway 57",
// "Route 9", "Interstate 10").
constexpr const char* kRoadHeads[] = {"highway", "route", "interstate",
                                      "motorway", "freeway"};

// Prepositions of time before a part of the day or a sitting ("by late
// afternoon", "in the first round").
constexpr const char* kOccasionPrepositions[] = {"by", "in", "on", "at",
                                                 "until", "before", "after"};

// Nouns of one sitting of a vote or contest held in rounds ("in the second
// round", "at the first ballot").
constexpr const char* kRoundNouns[] = {"round", "ballot"};

// Words of a vote or an election: "the first round" of a sentence holding
// one is a sitting of the vote ("turnout was 58% in the first round"), not
// a round of funding or of talks.
constexpr const char* kVoteWords[] = {
    "ballot",     "ballots",   "vote",      "votes",     "voted",
    "voter",      "voters",    "voting",    "election",  "elections",
    "electoral",  "run-off",   "runoff",    "turnout",   "candidate",
    "candidates", "polls",     "primaries", "electorate"};

// Words that open a condition ("said they would back it if no deal is
// reached in the second round"): a time inside it is hypothetical, no
// period a figure before it holds at.
constexpr const char* kConditionOpeners[] = {"if", "unless"};

// Words that open a reported clause of its own after "and" ("said rain
// had been 42% below average and that cuts were likely from April").
constexpr const char* kComplementOpeners[] = {"that", "whether"};

// Verbs right before money that make it a sum's level ("daily wages had
// reached 350 birr", "weekly pay hit 400 pounds").
constexpr const char* kSumReachVerbs[] = {
    "reached", "reaches", "hit", "hits", "totalled", "totaled", "totals",
    "topped",  "tops"};

// Kinds of year between a period opener and "year" ("last fiscal year",
// "the past school year").
constexpr const char* kYearKindWords[] = {"fiscal", "calendar", "financial",
                                          "school", "academic"};

// Parts of a day after a weekday ("Sunday evening").
constexpr const char* kDayPartWords[] = {"morning", "afternoon", "evening",
                                         "night"};

// Nouns of a place's people, whose possessive owner is a place.
constexpr const char* kPopulationNouns[] = {"population", "inhabitants",
                                            "residents"};

// Openers before a part of the day that make it a period ("this morning").
constexpr const char* kDayPartOpeners[] = {"this", "last"};

// Words before a month that name a part of it ("early March", "mid-May").
constexpr const char* kMonthPartWords[] = {"early", "late", "mid"};

// Words before a sitting or event that make it the one before this one
// ("at the previous local polls", "in the last election", "last time").
constexpr const char* kEarlierSittingWords[] = {"previous", "last",
                                                "preceding"};

// With IsAdminAreaHead's, the heads of regions' names.
constexpr const char* kRegionHeads[] = {
    "zone",     "territory", "counties", "regions",  "provinces",
    "districts"};

}  // namespace

bool IsSitePreposition(absl::string_view word) {
  return InWordLists<kSitePrepositions>(word);
}

bool IsDestinationPreposition(absl::string_view word) {
  return InWordLists<kDestinationPrepositions>(word);
}

bool IsPlaceFeatureHead(absl::string_view word) {
  return IsAdminAreaHead(word) ||
         InWordLists<kPlaceFeatureHeads, kVenueHeads>(word);
}

bool IsVenueFillVerb(absl::string_view word) {
  return InWordLists<kVenueFillVerbs>(word);
}

bool IsPlaceOutputVerb(absl::string_view word) {
  return InWordLists<kPlaceOutputVerbs>(word);
}

absl::string_view DemonymCountry(absl::string_view demonym) {
  if (demonym.size() < 4 || demonym[0] < 'A' || demonym[0] > 'Z') {
    return absl::string_view();  // the cheap test first: "Thai" is shortest
  }
  for (const DemonymEntry& e : kDemonyms) {
    if (demonym == e.demonym) return e.country;
  }
  return absl::string_view();
}

bool IsDemonymCountryName(absl::string_view name) {
  if (name.size() < 4 || name[0] < 'A' || name[0] > 'Z') {
    return false;  // the cheap test first: no entry is shorter than "Peru"
  }
  for (const DemonymEntry& e : kDemonyms) {
    if (name == e.country) return true;
  }
  return false;
}

bool IsPeopleAbroadNoun(absl::string_view word) {
  return InWordLists<kPeopleAbroadNouns, kPeopleOfMeansNouns>(word);
}

bool IsHomeWorkNoun(absl::string_view word) {
  return InWordLists<kHomeWorkNouns>(word);
}

bool IsPhraseBoundary(absl::string_view word) {
  return InWordLists<kPhraseBoundaries>(word);
}

bool IsCountryNoun(absl::string_view word) {
  return InWordLists<kCountryNouns>(word);
}

bool IsSamePeriodNoun(absl::string_view word) {
  return InWordLists<kSamePeriodNouns>(word);
}

bool IsDatedNounModifier(absl::string_view word) {
  return InWordLists<kDatedNounModifiers>(word);
}

bool IsDatedSittingNoun(absl::string_view word) {
  return InWordLists<kDatedSittingNouns>(word);
}

bool IsDivisionNoun(absl::string_view word) {
  return InWordLists<kDivisionNouns>(word);
}

bool IsDivisionKindNoun(absl::string_view word) {
  return InWordLists<kDivisionKindNouns>(word);
}

bool IsFirstLevelDivision(absl::string_view lower) {
  static const word_set_internal::WordSet* const kNames = [] {
    auto* names = new word_set_internal::WordSet();
    for (const char* name : kFirstLevelDivisions) names->Add(name);
    for (const char* name : RegionNames()) names->Add(name);
    return names;
  }();
  return kNames->Has(lower);
}

bool IsRoadHead(absl::string_view word) {
  return InWordLists<kRoadHeads>(word);
}

bool IsOccasionPreposition(absl::string_view word) {
  return InWordLists<kOccasionPrepositions>(word);
}

bool IsRoundNoun(absl::string_view word) {
  return InWordLists<kRoundNouns>(word);
}

bool IsVoteWord(absl::string_view word) {
  return InWordLists<kVoteWords>(word);
}

bool IsConditionOpener(absl::string_view word) {
  return InWordLists<kConditionOpeners>(word);
}

bool IsComplementOpener(absl::string_view word) {
  return InWordLists<kComplementOpeners>(word);
}

bool IsSumReachVerb(absl::string_view word) {
  return InWordLists<kSumReachVerbs>(word);
}

bool IsYearKindWord(absl::string_view word) {
  return InWordLists<kYearKindWords>(word);
}

bool IsDayPartWord(absl::string_view word) {
  return InWordLists<kDayPartWords>(word);
}

bool IsPopulationNoun(absl::string_view word) {
  return InWordLists<kPopulationNouns>(word);
}

bool IsDayPartOpener(absl::string_view word) {
  return InWordLists<kDayPartOpeners>(word);
}

bool IsMonthPartWord(absl::string_view word) {
  return InWordLists<kMonthPartWords>(word);
}

bool IsEarlierSittingWord(absl::string_view word) {
  return InWordLists<kEarlierSittingWords>(word);
}

bool IsRegionHead(absl::string_view word) {
  return IsAdminAreaHead(word) || InWordLists<kRegionHeads>(word);
}

bool IsSentenceAdverb(absl::string_view word) {
  static const word_set_internal::WordSet* const kWords = [] {
    auto* words = new word_set_internal::WordSet();
    for (const ClassEntry& e : WordClassTable()) {
      if ((e.classes & kSentenceAdverb) != 0) words->Add(e.word);
    }
    return words;
  }();
  return kWords->Has(word);
}

}  // namespace lexicon
}  // namespace factwire
