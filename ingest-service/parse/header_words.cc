#include "ingest-service/parse/header_words.h"

#include <array>
#include <cstddef>
#include <iterator>
#include <string>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"

namespace factwire {
namespace {

constexpr const char* kSectionNames[] = {
    "news",          "world",        "uk",           "us",           "u.s.",
    "national",      "international", "local",       "regional",     "politics",
    "business",      "markets",      "economy",      "money",        "finance",
    "companies",     "technology",   "tech",         "science",      "health",
    "environment",   "climate",      "energy",       "sport",        "sports",
    "football",      "soccer",       "cricket",      "rugby",        "tennis",
    "golf",          "culture",      "arts",         "entertainment", "lifestyle",
    "life",          "style",        "fashion",      "travel",       "food",
    "opinion",       "education",    "crime",        "justice",      "law",
    "weather",       "media",        "books",        "music",        "film",
    "movies",        "tv",           "television",   "property",     "housing",
    "transport",     "motoring",     "autos",        "agriculture",  "farming",
    "defence",       "defense",      "elections",    "society",      "religion",
    "obituaries",    "europe",       "asia",         "africa",       "americas",
    "australia",     "canada",       "india",        "china",        "ireland",
    "scotland",      "wales",        "england",      "middle east",  "latin america",
    "asia pacific",  "personal finance", "real estate", "wellness",  "commodities",
    "global",        "metro",        "city",         "nation",       "state",
    "environment & climate", "investigations", "investigation", "features",
    "healthcare",    "medicine",     "space",        "nature",       "wildlife",
    // Regions and reaches a regional site files its news under ("Pacific
    // News", "Caribbean", "Community News", "Provincial").
    "pacific",       "caribbean",    "arctic",       "oceania",      "balkans",
    "nordic",        "baltic",       "community",    "provincial",
    "rural",         "county",       "counties",     "district",     "province",
};

// Compass words that open a region's name before a region or country
// ("East Africa", "Southern Africa", "Central Asia", "North Wales").
constexpr const char* kCompassWords[] = {
    "north",      "south",      "east",       "west",       "northern",   "southern",
    "eastern",    "western",    "central",    "northeast",  "northwest",  "southeast",
    "southwest",  "north-east", "north-west", "south-east", "south-west", "sub-saharan",
};

// Continents, sea regions and reaches of the world a compass word names a part
// of ("Northern Europe", "North America", "South Pacific", "Eastern
// Mediterranean", "Sub-Saharan Africa").
constexpr const char* kWorldRegions[] = {
    "africa",   "asia",      "europe",   "america",   "americas",      "pacific",
    "atlantic", "caribbean", "mediterranean", "balkans", "baltic",      "arctic",
    "antarctic", "gulf",     "adriatic", "oceania",   "sahel",         "levant",
    "asia pacific",
};

// Countries and nations a breadcrumb may name after a topical section
// ("Business | Czech Republic"), with their common short forms.
constexpr const char* kCountries[] = {
    "afghanistan", "albania", "algeria", "andorra", "angola", "antigua and barbuda",
    "argentina", "armenia", "australia", "austria", "azerbaijan", "bahamas", "bahrain",
    "bangladesh", "barbados", "belarus", "belgium", "belize", "benin", "bhutan", "bolivia",
    "bosnia and herzegovina", "bosnia", "botswana", "brazil", "brunei", "bulgaria",
    "burkina faso", "burundi", "cambodia", "cameroon", "canada", "cape verde",
    "central african republic", "chad", "chile", "china", "colombia", "comoros", "congo",
    "dr congo", "costa rica", "ivory coast", "cote d'ivoire", "croatia", "cuba", "cyprus",
    "czech republic", "czechia", "denmark", "djibouti", "dominica", "dominican republic",
    "ecuador", "egypt", "el salvador", "equatorial guinea", "eritrea", "estonia", "eswatini",
    "ethiopia", "fiji", "finland", "france", "gabon", "gambia", "georgia", "germany", "ghana",
    "greece", "grenada", "guatemala", "guinea", "guinea-bissau", "guyana", "haiti",
    "honduras", "hong kong", "hungary", "iceland", "india", "indonesia", "iran", "iraq",
    "ireland", "israel", "italy", "jamaica", "japan", "jordan", "kazakhstan", "kenya",
    "kiribati", "kosovo", "kuwait", "kyrgyzstan", "laos", "latvia", "lebanon", "lesotho",
    "liberia", "libya", "liechtenstein", "lithuania", "luxembourg", "madagascar", "malawi",
    "malaysia", "maldives", "mali", "malta", "mauritania", "mauritius", "mexico", "moldova",
    "monaco", "mongolia", "montenegro", "morocco", "mozambique", "myanmar", "namibia",
    "nepal", "netherlands", "new zealand", "nicaragua", "niger", "nigeria", "north korea",
    "north macedonia", "norway", "oman", "pakistan", "palestine", "panama",
    "papua new guinea", "paraguay", "peru", "philippines", "poland", "portugal", "qatar",
    "romania", "russia", "rwanda", "samoa", "saudi arabia", "senegal", "serbia",
    "seychelles", "sierra leone", "singapore", "slovakia", "slovenia", "solomon islands",
    "somalia", "south africa", "south korea", "south sudan", "spain", "sri lanka", "sudan",
    "suriname", "sweden", "switzerland", "syria", "taiwan", "tajikistan", "tanzania",
    "thailand", "timor-leste", "togo", "tonga", "trinidad and tobago", "tunisia", "turkey",
    "turkiye", "turkmenistan", "tuvalu", "uganda", "ukraine", "united arab emirates", "uae",
    "united kingdom", "uk", "britain", "great britain", "united states", "us", "u.s.",
    "usa", "uruguay", "uzbekistan", "vanuatu", "venezuela", "vietnam", "yemen", "zambia",
    "zimbabwe", "england", "scotland", "wales", "northern ireland",
};

// Section names that say where a story happens or how widely it matters, not
// what it is about ("World", "Europe", "Local News").
constexpr const char* kScopeSections[] = {
    "news",     "home",     "world",    "national", "international", "local",
    "regional", "global",   "metro",    "city",     "nation",        "state",
    "europe",   "asia",     "africa",   "americas", "middle east",   "latin america",
    "asia pacific", "pacific",  "caribbean", "arctic",   "oceania",      "balkans",
    "nordic",   "baltic",   "community", "provincial", "rural",     "county",
    "counties", "district", "province",
};

// The broad desks a paper's front menu carries ("Business", "Sport",
// "Politics"), each over beats of its own ("Energy", "Mining", "Elections"):
// a country right under a desk names the desk's edition.
constexpr const char* kDeskSections[] = {
    "business", "politics", "sport",   "sports",    "opinion",       "culture",
    "arts",     "science",  "technology", "tech",   "entertainment", "lifestyle",
    "life",     "health",   "money",   "economy",   "travel",
};

// Sports a paper files under as under a desk ("Cricket", "Rugby Union",
// "Formula 1"): a country under one names a team or a national side ("Cricket
// | India"), no edition, so the sport stays the section as a desk does.
constexpr const char* kSportDesks[] = {
    "cricket",      "football",     "soccer",      "rugby",        "rugby union",
    "rugby league", "tennis",       "golf",        "athletics",    "cycling",
    "f1",           "formula 1",    "formula one", "motorsport",   "motor racing",
    "basketball",   "hockey",       "ice hockey",  "netball",      "baseball",
    "boxing",       "horse racing", "swimming",    "volleyball",   "handball",
    "badminton",    "squash",       "hurling",     "gaelic games", "gaa",
};

constexpr const char* kKickers[] = {
    "exclusive",     "world exclusive", "breaking",    "breaking news", "analysis",
    "news analysis", "explainer",     "factbox",      "insight",      "update",
    "updated",       "developing",    "developing story", "just in",  "live",
    "live updates",  "special report", "sponsored",   "paid content", "partner content",
    "advertorial",   "premium",       "subscriber only", "fact check", "the big read",
    "watch",         "video",         "listen",       "in pictures",  "podcast",
    // Story types a page prints over the headline or before the lede ("SKETCH:
    // …", "COMMENT — …"); those that are also section names ("Opinion",
    // "Features") stay sections.
    "sketch",        "parliamentary sketch", "political sketch", "comment", "column",
    "guest column",  "editorial",     "our view",     "review",       "interview",
    "profile",       "obituary",      "feature",      "preview",      "match report",
    "diary",         "essay",         "explained",    "in focus",     "spotlight",
    "viewpoint",     "perspective",   "first person", "long read",    "the long read",
    "recap",         "verdict",       "gallery",      "photos",
    // What an organisation's own page prints over its statement's title.
    "press release", "media release", "news release", "media statement",
};

// Labels of a newsletter's table of contents among header lines ("In this
// issue: Durban backlog; rail tariffs").
constexpr const char* kContentsLabels[] = {
    "in this issue",     "in this edition",   "in today's issue", "in today's edition",
    "in this newsletter", "in this briefing", "in today's briefing", "today's highlights",
    "in this week's issue", "in brief",
    // A page's tags among its header lines ("Tags: water, Lusaka").
    "tags", "tagged", "tagged with", "keywords", "related topics",
};

// Labels that name the section a story runs in before a colon ("Topic:
// Floods", "Section: Business").
constexpr const char* kSectionLeads[] = {
    "topic", "topics", "section", "category", "categories", "filed under", "desk",
    // "Posted in: Local News", as a blog's page prints its category.
    "posted in", "filed in", "published in", "in",
};

// Endings of common nouns that name a field or an activity ("Sanitation",
// "Local Government", "Economics", "Fisheries", "Dairy", "Forestry",
// "Poultry", "Diplomacy"), which proper names of places rarely have: not
// bare "-ing" or "-ry", which place names share ("Beijing", "Reading",
// "Coventry", "Canterbury"), only the noun suffixes "-ery", "-stry", "-ltry",
// "-iry".
constexpr const char* kTopicNounEndings[] = {
    "tion", "sion", "ment", "ics", "ture", "ity", "ism", "ness", "ance", "ence",
    "ogy", "ies", "ives", "ery", "stry", "ltry", "iry", "cy",
};

// Trades and fields a site files news under whose names end as towns' do
// ("Mining", "Shipping", "Dairy"): an -ing word names a topic only from this
// list, as towns end in "-ing" too ("Reading", "Beijing"); and "affairs",
// the field of "Rural Affairs", "Consumer Affairs".
constexpr const char* kFieldNouns[] = {
    "dairy",       "mining",     "shipping",   "banking",     "fishing",      "trading",
    "manufacturing", "publishing", "retailing", "marketing",    "advertising",
    "engineering", "computing",  "accounting",  "broadcasting", "policing",
    "nursing",     "gaming",     "boxing",      "cycling",      "sailing",
    "racing",      "rowing",     "swimming",    "running",      "investing",
    "lending",     "logging",    "ranching",    "gardening",    "parenting",
    "printing",    "brewing",    "dining",      "hunting",      "climbing",
    "affairs",
};

// Words that close a tag of a topic, a contest, an event or a part of a
// country, which no person's name closes ("Premier League", "World Cup",
// "Climate Change", "Lagos State").
constexpr const char* kTagHeads[] = {
    "league",    "cup",      "championship", "championships", "series",  "games",
    "trophy",    "tournament", "olympics",   "change",   "crisis",   "election",
    "elections", "war",      "state",    "province", "county",   "region",
    "summit",    "conference", "festival",  "awards",   "budget",   "policy",
};

// Words that close the name of a page's item or furniture (a column, a
// briefing, a desk, a board), of an office, or of the things a label is
// about, and no person's name ("Morning Briefing", "Editorial Board", "Guest
// Column", "Sponsored Content", "Prime Minister", "Milk Prices").
constexpr const char* kLabelHeads[] = {
    "briefing", "board",   "column",  "content",  "desk",     "team",      "digest",
    "roundup",  "bulletin", "newsletter", "notebook", "podcast", "update", "updates",
    "feature",  "partner", "partners", "minister", "president", "secretary", "prices",
    "markets",  "farmers",
};

// Words naming the kind of an item, its medium, its sponsor or a part of the
// page rather than a topic ("Paid Promotion", "Advertisement Feature", "Photo
// Illustration", "Audio Version", "Reader Submission", "Opinion Section").
constexpr const char* kItemKindWords[] = {
    "promotion",  "promoted",   "advertisement", "advertorial", "sponsored", "sponsor",
    "partnership", "illustration", "version",     "submission",  "section",   "edition",
    "photo",      "video",      "audio",         "gallery",     "transcript",
};

// Sections that print a columnist's name over the column's headline
// ("Opinion\nJo Moyo\n<headline>"); under a news section a name there is a
// topic tag ("Sport\nKaizer Chiefs").
constexpr const char* kColumnSections[] = {
    "opinion",    "opinions",   "comment",    "commentary", "columnists", "columns",
    "column",     "views",      "op-ed",      "op-eds",     "analysis",   "voices",
};

constexpr const char* kFurnitureLabels[] = {
    "reading time",  "read time",     "estimated reading time", "listening time",
    "listen",        "time to read",  "font size",   "text size",
};

// Words closing a count that is page furniture ("6 min read", "12 Comments").
constexpr const char* kCountedFurniture[] = {"read", "comments", "comment"};

// Picture agencies and libraries a photo credit names after a slash or "via",
// besides the news agencies (kNewsAgencies), which credit photos too.
constexpr const char* kPictureCredits[] = {
    "getty images", "getty",      "afp via getty images", "ap photo",    "epa",
    "epa-efe",      "shutterstock", "alamy",              "pa wire",     "pa images",
    "anadolu agency", "aap image", "nurphoto",            "sopa images", "imago",
    "file",         "file photo", "handout",              "supplied",    "istock",
};

constexpr const char* kNewsAgencies[] = {
    "reuters",       "thomson reuters", "ap",         "associated press", "the associated press",
    "afp",           "agence france-presse", "agence france presse", "bloomberg",
    "bloomberg news", "pa",           "pa media",     "press association", "aap",
    "australian associated press", "dpa", "ansa",     "efe",          "xinhua",
    "pti",           "ians",          "ani",          "kyodo",        "kyodo news",
    "yonhap",        "upi",           "the canadian press", "canadian press", "cp",
    "rnz",           "bernama",       "anadolu",      "tass",         "interfax",
    "staff",         "staff reporter", "staff writer", "staff and agencies",
    "agencies",      "wire services", "news desk",    "newsdesk",
    // South Asian, African and Asian agencies and newsroom credits.
    "tnn",           "press trust of india", "uni",   "kna",          "nan",
    "antara",        "jiji",          "jiji press",   "nampa",        "african news agency",
    "lusa",          "pna",           "ips",          "inter press service", "apa",
};

constexpr const char* kRoleWords[] = {
    "correspondent", "correspondents", "editor",  "editors",     "reporter",
    "reporters",     "writer",        "writers",  "columnist",   "contributor",
    "journalist",    "producer",      "analyst",  "desk",        "bureau",
    "staff",         "chief",         "senior",   "deputy",      "critic",
    "news",          "press",         "media",    "agency",      "wire",
    // "Local Democracy Reporting Service".
    "reporting",
};

// Words that open a place's name and never a person's ("New Delhi", "San
// Jose", "Port Louis", "Kuala Lumpur", "Puerto Princesa"). "Lake", "Santa",
// "Grand" and "Mount" open personal names too ("Lake Bell"): a place they
// open is known by a word of kPlaceKindWords ("Grand Rapids") or a name of
// kPlaceNames.
constexpr const char* kPlaceNameOpeners[] = {
    "new", "san", "port", "fort", "cape", "los", "las", "puerto", "porto", "sao",
    "s\xC3\xA3o", "ciudad", "kuala", "kota", "bandar",
};

// Words that open a place's name and a person's alike ("Lake Tekapo", "Lake
// Bell"; "Mount Gambier", "Grand Forks", "Santa Clara", "Santa Moreno"):
// NamesAPlace takes no name for a place by them alone.
constexpr const char* kPlaceOrNameOpeners[] = {"lake", "mount", "grand", "santa"};

// Words for a kind of place that close a place's name and no person's
// ("Stone Town", "Kansas City", "Alice Springs", "Victoria Falls", "Grand
// Rapids", "Grand Junction").
constexpr const char* kPlaceKindWords[] = {
    "town", "city", "springs", "falls", "heights", "harbour", "harbor", "island",
    "islands", "creek", "valley", "county", "village", "township", "rapids", "junction",
};

// Words for a part a country is divided into, closing its name and no
// person's ("Rivers State", "Eastern Province", "Ashanti Region").
constexpr const char* kDivisionWords[] = {
    "state",      "province", "region", "district", "territory", "prefecture",
    "governorate", "oblast",
};

// States and provinces a dateline's town is often filed with ("Austin,
// Texas", "Halifax, Nova Scotia", "Ballarat, Victoria"); lowercase.
constexpr const char* kStatesAndProvinces[] = {
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
    "delaware", "florida", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas",
    "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota",
    "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire",
    "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio",
    "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota",
    "tennessee", "texas", "utah", "vermont", "virginia", "washington", "west virginia",
    "wisconsin", "wyoming", "alberta", "british columbia", "manitoba", "new brunswick",
    "newfoundland", "nova scotia", "ontario", "quebec", "saskatchewan", "queensland",
    "new south wales", "victoria", "tasmania", "south australia",
};

// Capitals and large cities whose names of two words or more neither open
// with a word of kPlaceNameOpeners nor close with one of kPlaceKindWords, and
// could pass for a person's name or keep particles a person's name keeps
// ("Addis Ababa", "Rio de Janeiro"); lowercase.
constexpr const char* kPlaceNames[] = {
    "addis ababa",     "abu dhabi",      "buenos aires",     "hong kong",
    "tel aviv",        "phnom penh",     "santo domingo",    "la paz",
    "rio de janeiro",  "dar es salaam",  "andorra la vella", "santa fe",
    "santa cruz",      "ras al khaimah", "belo horizonte",   "porto alegre",
    "santiago de chile", "mar del plata", "sri jayawardenepura kotte",
};

// Lowercase words between the capitalised words of a place's name and of no
// person's ("Dar es Salaam", "Newcastle upon Tyne").
constexpr absl::string_view kPlaceOnlyParticles[] = {"es", "upon"};

// Lowercase words between the capitalised words of a place's name or of a
// person's ("Rio de Janeiro", "Santiago del Estero"; "Carlos da Silva",
// "Ahmed al Mansouri", "Maria de Souza").
constexpr absl::string_view kNameParticles[] = {"de", "del", "da", "do",  "dos",
                                                "das", "la", "el", "al"};

// Words that label a date on a date line as an update ("Last Updated: Nov 4",
// "Last Update: 14 March 2026", "Stand: 14.03.2026").
// With the update words of the other languages the date reader knows the
// months of (Spanish, Portuguese, Romanian, Italian, French; folded to ASCII
// as dates.cc reads words: "actualisé" -> "actualise").
constexpr absl::string_view kUpdateStampWords[] = {
    "updated",    "update",     "modified",  "edited",       "aktualisiert", "stand",
    "actualizado", "atualizado", "actualizat", "aggiornato",  "actualise",
    // The French "Mis à jour le …" (folded: "mis" is date noise).
    "jour"};

// Words that label a date on a date line as the first publication and a
// label before a colon as a date's ("Published", "Posted", a press release's
// "Issued:" or "Released", "Story published:", "Date of release:").
// With the words of the other languages the date reader knows the months of
// ("Publicado: 12 de febrero de 2026", "Publié le …": folded "publie").
constexpr std::array<absl::string_view, 12> kReleaseStampWords = {
    "published", "posted",    "issued",   "released", "filed",  "release",
    "publicado", "publicada", "publicat", "publie",   "publiee", "pubblicato"};

// The other words that label a date on a date line as the first publication
// ("Originally published", "Created:", "Dated 14 March 2026").
constexpr std::array<absl::string_view, 3> kFirstStampWords = {"originally", "created",
                                                               "dated"};

// `a` and then `b`, as one array.
template <size_t N, size_t M>
constexpr std::array<absl::string_view, N + M> Joined(
    const std::array<absl::string_view, N>& a, const std::array<absl::string_view, M>& b) {
  std::array<absl::string_view, N + M> joined{};
  for (size_t k = 0; k < N; ++k) joined[k] = a[k];
  for (size_t k = 0; k < M; ++k) joined[N + k] = b[k];
  return joined;
}

// Every word that labels a date on a date line as the first publication.
constexpr auto kPublishStampWords = Joined(kReleaseStampWords, kFirstStampWords);

// Opens an update label of two words ("Last updated", "Last modified").
constexpr absl::string_view kLastLead = "last ";

constexpr const char* kMastheadWords[] = {
    "courier",       "gazette",       "times",     "post",        "herald",
    "ledger",        "review",        "journal",   "tribune",     "chronicle",
    "standard",      "observer",      "telegraph", "express",     "mirror",
    "star",          "news",          "record",    "echo",        "guardian",
    "independent",   "register",      "dispatch",  "examiner",    "bulletin",
    "globe",         "enquirer",      "sentinel",  "mercury",     "advertiser",
    "argus",         "inquirer",      "monitor",   "press",       "weekly",
    "daily",         "insider",       "digest",    "magazine",    "reporter",
    "citizen",       "clarion",       "beacon",    "informer",    "intelligencer",
    "today",         "online",
};

// Masthead words (kMastheadWords) that close a paper's name and no person's
// ("Chicago Tribune", "Manila Bulletin"), where "Post", "Star" or "Press"
// close surnames too.
constexpr const char* kPaperOnlyWords[] = {
    "courier",    "gazette",   "times",      "herald",   "ledger",     "journal",
    "tribune",    "chronicle", "telegraph",  "dispatch", "examiner",   "bulletin",
    "enquirer",   "sentinel",  "advertiser", "inquirer", "intelligencer",
};

constexpr const char* kCaptionLabels[] = {
    "image",         "images",        "photo",     "photograph",  "picture",
    "pic",           "caption",       "credit",    "illustration", "file photo",
    "photo credit",  "image credit",  "image source", "photo illustration",
    "image caption", "media caption", "video caption",
};

// Labels of notes and readers' aids before a colon opening a paragraph.
constexpr const char* kNoteLabels[] = {
    "note",          "notes",         "editor's note", "editors' note", "editor\xE2\x80\x99s note",
    "correction",    "corrections",   "clarification", "warning",      "content warning",
    "trigger warning", "disclaimer",  "background",    "context",      "summary",
    "highlights",    "key points",    "in brief",      "recap",        "transcript",
    "question",      "answer",        "also read",     "read more",    "related",
    "see also",      "source",        "sources",       "spoiler alert", "q",
    "a",             "fact",          "the facts",     "what we know",  "why it matters",
};

// Short words a title keeps in lowercase after its first word.
constexpr const char* kShortWords[] = {
    "a", "an", "and", "as", "at", "but", "by", "for", "in", "nor", "of", "on", "or",
    "the", "to", "with",
};

// Verbs a headline states its news with ("COUNCIL BLAMES GOVERNMENT",
// "BOARD REJECTED SETTLEMENT"), as written before their "-s" or "-ed": only
// verbs whose forms no field's label uses as a noun or an adjective ("cuts",
// "plans", "charges", "disputes", "secured" are left out).
constexpr const char* kHeadlineVerbs[] = {
    "blame",    "deepen",   "sack",      "slam",      "warn",     "vow",     "reject",
    "approve",  "urge",     "scrap",     "halt",      "quit",     "seek",    "unveil",
    "defend",   "deny",     "criticise", "criticize", "hail",     "condemn", "accuse",
    "threaten", "refuse",   "insist",    "admit",     "oppose",   "slash",   "shelve",
    "overturn", "dismiss",  "resign",    "soar",      "plunge",   "worsen",  "welcome",
    "announce", "reveal",   "postpone",  "cancel",    "abandon",  "sue",     "jail",
    "evacuate", "demolish", "reopen",    "say",       "lose",     "clinch",  "defy",
    "axe",
};

// Prepositions longer than a title's short words (kShortWords), which join a
// phrase's words as a kicker's do ("LIVING WITHOUT ELECTRICITY", "LIFE AFTER
// THE FLOOD") and a field's label never does.
constexpr const char* kLongPrepositions[] = {
    "without", "within", "after",  "before",  "against", "beyond",  "under",
    "over",    "from",   "into",   "about",   "across",  "amid",    "through",
    "behind",  "beneath", "between", "despite", "during", "towards", "toward",
    "until",   "upon",   "versus", "near",    "beside",  "inside",  "outside",
};

// The words opening a closing line that says when the item first ran ("This
// story was first published on 2 March 2026"), the longest first.
constexpr absl::string_view kItemRanLeads[] = {"this article was ", "this story was ",
                                               "this article ", "this story "};

// Prepositions before a place's name in a story ("in Cusco", "near Maseru").
constexpr const char* kPlacePrepositions[] = {"in", "near", "at", "outside", "around", "from"};

// Words in lowercase of a credit naming no one ("By our own correspondent",
// "From a special correspondent", "By a staff reporter").
constexpr const char* kUnnamedCreditWords[] = {
    "our", "a", "an", "the", "own", "special", "staff", "foreign", "political",
    "diplomatic", "regional", "local", "roving",
    // "Guardian staff and agencies", "Jo Moyo with agencies".
    "and", "with",
};

// First- and second-person words a speaker says ("I" is matched as written).
constexpr const char* kSpeakerPronouns[] = {
    "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours",
};

// "By" leads match only as written ("by the river" opens no byline).
constexpr absl::string_view kByLeads[] = {"By ", "BY ", "By: ", "BY: ", "by ", "by: "};

// Other byline leads, capitalised; their first letter matches in either case.
constexpr absl::string_view kBylineLeads[] = {
    "Posted by ",    "Written by ",  "Words by ",    "Story by ",
    "Author: ",      "Authors: ",    "Reporting by ", "Reported by ", "Opinion by ",
    "Analysis by ",  "Commentary by ", "Filed by ",
    // A statement's or an organisation's page: "Published by Lusaka City
    // Council on 14 March 2026", "Issued by …", "From: …".
    "Published by ", "Issued by ",   "From: "};

// A credit label as magazines and European sites print it beside "Photo:"
// ("Text: Ana Lopes, farming correspondent", "Words: Sam Roe"); their first
// letter matches in either case. Any words may follow the label ("Text: Full
// Statement From the Minister"): layout asks for a name after it.
constexpr absl::string_view kCreditLabelLeads[] = {"Text: ", "Words: "};

// Leads of an editor's credit beside or under a byline ("Edited by Sam Roe"):
// the editor is no author. Their first letter matches in either case.
constexpr absl::string_view kEditorLeads[] = {"Edited by ", "Editing by ", "Edited and compiled by ",
                                              "Copy edited by "};

// Leads of a call to act or a link to another story among header lines
// ("Follow us on WhatsApp …", "ALSO READ: …"); matched in any case.
constexpr absl::string_view kPromoLeads[] = {
    "follow us on ", "join our ",     "sign up for ",  "subscribe to ", "download our ",
    "download the ", "click here ",   "get the latest ", "also read:",
    "read also: ",   "read more: ",   "see also: ",    "related: ",     "more: ",
};

// Leads of a credit naming the outlet a story was written for ("Ann Lee,
// Special to the Times", "Ann Lee for The Namibian"); matched in any case.
constexpr absl::string_view kOutletCreditLeads[] = {
    "special to ", "special for ", "exclusive to ", "for ",
};

// Words of a label before a colon that dates what follows ("Date of
// release:", "Timestamp:", a paper's "Print edition:"), with the stamp words
// of kReleaseStampWords ("Story published:", "For immediate release:").
constexpr const char* kDateLabelWords[] = {"date", "dated", "timestamp", "edition"};

// Leads of a line naming the place a story was filed from ("Filed from Suva",
// "Reporting from Suva, Fiji"); matched in any case.
constexpr absl::string_view kFiledPlaceLeads[] = {
    "filed from ", "reporting from ", "from ", "dateline: ",
};

// Labels of a newsletter's or a paper's issue number ("Issue 412", "Vol. 12").
constexpr const char* kIssueLabels[] = {
    "issue", "vol", "vol.", "volume", "no", "no.", "edition", "number",
};

// Leads of a wire story's closing credit line ("(Reporting by Jane Doe; Editing
// by Sam Roe)"): the first names the story's reporters.
constexpr absl::string_view kWireCreditLeads[] = {
    "Reporting by ", "Reported by ", "Writing by ", "Additional reporting by ",
    "Compiled by ",  "Editing by "};

// Leads of a feature's picture or design credit line ("Photography by Sam Roe").
constexpr absl::string_view kPictureCreditLeads[] = {
    "Photography by ", "Photographs by ", "Photos by ",  "Pictures by ", "Illustration by ",
    "Illustrations by ", "Video by ",     "Graphics by ", "Design by ",  "Images by "};

using WordSet = absl::flat_hash_set<absl::string_view>;

template <size_t N>
const WordSet* MakeSet(const char* const (&words)[N]) {
  auto* set = new WordSet();
  for (const char* word : words) set->insert(word);
  return set;
}

// The longest entry of the lists is shorter than this.
constexpr size_t kMaxEntry = 48;

// True when `s`, trimmed and lowercased, is in `set`.
bool InSet(const WordSet& set, absl::string_view s) {
  s = absl::StripAsciiWhitespace(s);
  if (s.empty() || s.size() >= kMaxEntry) return false;
  char buffer[kMaxEntry];
  for (size_t i = 0; i < s.size(); ++i) buffer[i] = absl::ascii_tolower(s[i]);
  return set.contains(absl::string_view(buffer, s.size()));
}

}  // namespace

bool IsSectionName(absl::string_view label) {
  static const WordSet* const kSet = MakeSet(kSectionNames);
  if (InSet(*kSet, label)) return true;
  int words = 0;
  for (absl::string_view word : absl::StrSplit(label, ' ', absl::SkipEmpty())) {
    if (word == "&" || word == "and") continue;
    if (!InSet(*kSet, word)) return false;
    ++words;
  }
  return words > 0;
}

bool OpensWithCompassWord(absl::string_view name) {
  static const WordSet* const kCompass = MakeSet(kCompassWords);
  name = absl::StripAsciiWhitespace(name);
  const size_t first_end = name.find(' ');
  return first_end != absl::string_view::npos && InSet(*kCompass, name.substr(0, first_end));
}

bool IsRegionName(absl::string_view label) {
  static const WordSet* const kScope = MakeSet(kScopeSections);
  static const WordSet* const kRegions = MakeSet(kWorldRegions);
  label = absl::StripAsciiWhitespace(label);
  // One compass word, or two ("South East Asia"), before the region.
  for (int compass = 0; compass < 2; ++compass) {
    if (!OpensWithCompassWord(label)) return false;
    label = absl::StripLeadingAsciiWhitespace(label.substr(label.find(' ')));
    if (InSet(*kRegions, label) || InSet(*kScope, label) || IsCountryName(label)) return true;
  }
  return false;
}

bool IsCountryName(absl::string_view label) {
  static const WordSet* const kSet = MakeSet(kCountries);
  return InSet(*kSet, label);
}

bool IsTopicalSection(absl::string_view label) {
  static const WordSet* const kScope = MakeSet(kScopeSections);
  if (!IsSectionName(label) || IsCountryName(label) || InSet(*kScope, label)) return false;
  // "Local News": every word a scope word.
  for (absl::string_view word : absl::StrSplit(label, ' ', absl::SkipEmpty())) {
    if (word != "&" && word != "and" && !InSet(*kScope, word) && !IsCountryName(word)) {
      return true;
    }
  }
  return false;
}

bool IsDeskSection(absl::string_view label) {
  static const WordSet* const kSet = MakeSet(kDeskSections);
  static const WordSet* const kSports = MakeSet(kSportDesks);
  if (InSet(*kSet, label) || InSet(*kSports, label)) return true;
  // "Science & Technology", "Arts and Culture", "Rugby & Cricket": desks joined.
  int words = 0;
  for (absl::string_view word : absl::StrSplit(label, ' ', absl::SkipEmpty())) {
    if (word == "&" || word == "and") continue;
    if (!InSet(*kSet, word) && !InSet(*kSports, word)) return false;
    ++words;
  }
  return words > 1;
}

bool IsTagHead(absl::string_view word) {
  static const WordSet* const kSet = MakeSet(kTagHeads);
  return InSet(*kSet, word);
}

bool IsLabelHead(absl::string_view word) {
  static const WordSet* const kSet = MakeSet(kLabelHeads);
  return InSet(*kSet, word);
}

bool IsItemKindWord(absl::string_view word) {
  static const WordSet* const kSet = MakeSet(kItemKindWords);
  return InSet(*kSet, word);
}

bool IsColumnSection(absl::string_view label) {
  static const WordSet* const kSet = MakeSet(kColumnSections);
  return InSet(*kSet, label);
}

bool HasTopicNounEnding(absl::string_view word) {
  static const WordSet* const kFields = MakeSet(kFieldNouns);
  if (InSet(*kFields, word)) return true;
  for (absl::string_view ending : kTopicNounEndings) {
    if (word.size() > ending.size() + 2 &&
        absl::EndsWithIgnoreCase(word, ending)) {
      return true;
    }
  }
  return false;
}

bool IsPlaceParticle(absl::string_view word) {
  return IsPlaceOnlyParticle(word) || IsNameParticle(word);
}

bool IsNameParticle(absl::string_view word) {
  for (absl::string_view particle : kNameParticles) {
    if (word == particle) return true;
  }
  return false;
}

bool IsPlaceOnlyParticle(absl::string_view word) {
  for (absl::string_view particle : kPlaceOnlyParticles) {
    if (word == particle) return true;
  }
  return false;
}

bool NamesAPlace(absl::string_view name) {
  static const WordSet* const kOpeners = MakeSet(kPlaceNameOpeners);
  static const WordSet* const kKinds = MakeSet(kPlaceKindWords);
  static const WordSet* const kNames = MakeSet(kPlaceNames);
  name = absl::StripAsciiWhitespace(name);
  const size_t first_end = name.find(' ');
  if (first_end == absl::string_view::npos) return false;
  const absl::string_view last = name.substr(name.rfind(' ') + 1);
  // "San Jose Mercury News", "New York Times": a paper named for its place.
  if (IsMastheadWord(last)) return false;
  return InSet(*kOpeners, name.substr(0, first_end)) || InSet(*kKinds, last) ||
         InSet(*kNames, name);
}

bool NamesADivision(absl::string_view name) {
  static const WordSet* const kSet = MakeSet(kDivisionWords);
  static const WordSet* const kStates = MakeSet(kStatesAndProvinces);
  name = absl::StripAsciiWhitespace(name);
  if (InSet(*kStates, name)) return true;
  const size_t last_space = name.rfind(' ');
  return last_space != absl::string_view::npos && InSet(*kSet, name.substr(last_space + 1));
}

bool OpensPlaceOrPersonName(absl::string_view name) {
  static const WordSet* const kOpeners = MakeSet(kPlaceOrNameOpeners);
  name = absl::StripAsciiWhitespace(name);
  const size_t first_end = name.find(' ');
  return first_end != absl::string_view::npos && InSet(*kOpeners, name.substr(0, first_end));
}

bool NamesAPaper(absl::string_view name) {
  static const WordSet* const kOpeners = MakeSet(kPlaceNameOpeners);
  static const WordSet* const kPaperWords = MakeSet(kPaperOnlyWords);
  name = absl::StripAsciiWhitespace(name);
  const size_t last_space = name.rfind(' ');
  if (last_space == absl::string_view::npos) return false;
  const absl::string_view last = name.substr(last_space + 1);
  if (InSet(*kPaperWords, last)) return true;
  if (!IsMastheadWord(last)) return false;
  const absl::string_view place = name.substr(0, last_space);
  return InSet(*kOpeners, place.substr(0, place.find(' '))) || NamesAPlace(place);
}

bool IsNoteLabel(absl::string_view label) {
  static const WordSet* const kSet = MakeSet(kNoteLabels);
  return InSet(*kSet, label);
}

bool IsShortWord(absl::string_view word) {
  static const WordSet* const kSet = MakeSet(kShortWords);
  return InSet(*kSet, word);
}

size_t ItemRanLeadSize(absl::string_view s) {
  for (absl::string_view lead : kItemRanLeads) {
    if (absl::StartsWithIgnoreCase(s, lead)) return lead.size();
  }
  return 0;
}

bool IsPlacePreposition(absl::string_view word) {
  static const WordSet* const kSet = MakeSet(kPlacePrepositions);
  return InSet(*kSet, word);
}

bool IsFiniteVerbForm(absl::string_view word) {
  static const WordSet* const kSet = MakeSet(kHeadlineVerbs);
  constexpr size_t kMinFormBytes = 4;  // "sues", "axed"
  if (word.size() < kMinFormBytes || word.size() >= kMaxEntry) return false;
  const std::string w = absl::AsciiStrToLower(word);
  const absl::string_view v(w);
  if (absl::EndsWith(v, "ss")) return false;  // "business", "process"
  // "denies", "denied" -> "deny".
  if (absl::EndsWith(v, "ies") || absl::EndsWith(v, "ied")) {
    return InSet(*kSet, absl::StrCat(v.substr(0, v.size() - 3), "y"));
  }
  // "blames", "slashes"; "blamed", "warned", "scrapped" (the stem less one
  // letter also reads a doubled consonant before "-ed").
  const bool ed = absl::EndsWith(v, "ed");
  if (!ed && v.back() != 's') return false;
  const size_t cut = ed ? 2 : 1;
  const absl::string_view stem = v.substr(0, v.size() - cut);
  return InSet(*kSet, stem) || InSet(*kSet, v.substr(0, v.size() - cut - 1)) ||
         (ed && InSet(*kSet, v.substr(0, v.size() - 1)));
}

bool IsLongPreposition(absl::string_view word) {
  static const WordSet* const kSet = MakeSet(kLongPrepositions);
  return InSet(*kSet, word);
}

bool IsUnnamedCreditWord(absl::string_view word) {
  static const WordSet* const kSet = MakeSet(kUnnamedCreditWords);
  return InSet(*kSet, word);
}

bool IsSpeakerPronoun(absl::string_view word) {
  static const WordSet* const kSet = MakeSet(kSpeakerPronouns);
  return word == "I" || InSet(*kSet, word);
}

bool IsKicker(absl::string_view label) {
  static const WordSet* const kSet = MakeSet(kKickers);
  return InSet(*kSet, label);
}

bool IsContentsLabel(absl::string_view label) {
  static const WordSet* const kSet = MakeSet(kContentsLabels);
  return InSet(*kSet, label);
}

bool IsSectionLead(absl::string_view label) {
  static const WordSet* const kSet = MakeSet(kSectionLeads);
  return InSet(*kSet, label);
}

bool IsCountedFurniture(absl::string_view word) {
  static const WordSet* const kSet = MakeSet(kCountedFurniture);
  return InSet(*kSet, word);
}

bool IsFurnitureLabel(absl::string_view label) {
  static const WordSet* const kSet = MakeSet(kFurnitureLabels);
  return InSet(*kSet, label);
}

bool IsPictureCredit(absl::string_view name) {
  static const WordSet* const kSet = MakeSet(kPictureCredits);
  return InSet(*kSet, name) || IsNewsAgency(name);
}

bool IsNewsAgency(absl::string_view name) {
  static const WordSet* const kSet = MakeSet(kNewsAgencies);
  return InSet(*kSet, name);
}

bool IsRoleWord(absl::string_view word) {
  static const WordSet* const kSet = MakeSet(kRoleWords);
  return InSet(*kSet, word);
}

bool IsUpdateLabel(absl::string_view label) {
  label = absl::StripAsciiWhitespace(label);
  if (absl::StartsWithIgnoreCase(label, kLastLead)) label.remove_prefix(kLastLead.size());
  for (absl::string_view word : kUpdateStampWords) {
    if (absl::EqualsIgnoreCase(label, word)) return true;
  }
  return false;
}

absl::Span<const absl::string_view> UpdateStampWords() { return kUpdateStampWords; }

absl::Span<const absl::string_view> PublishStampWords() { return kPublishStampWords; }

bool IsMastheadWord(absl::string_view word) {
  static const WordSet* const kSet = MakeSet(kMastheadWords);
  return InSet(*kSet, word);
}

namespace {

// The size of the first of `leads` (written in lowercase: "read more: ",
// "special to ") opening `line` in any case with more after it; 0 when none
// does.
template <size_t N>
size_t LowercaseLeadSize(absl::string_view line, const absl::string_view (&leads)[N]) {
  for (absl::string_view lead : leads) {
    // The first letter is compared inline before the whole lead.
    if (line.size() > lead.size() && absl::ascii_tolower(line[0]) == lead[0] &&
        absl::StartsWithIgnoreCase(line, lead)) {
      return lead.size();
    }
  }
  return 0;
}

// The size of `lead` ("Reported by ", "Author: ") opening `line` in any case,
// with a colon after a closing "by" ("Reported by: ", "REPORTED BY: "); 0 when
// `line` opens with none of `leads`.
template <size_t N>
size_t AnyCaseLeadSize(absl::string_view line, const absl::string_view (&leads)[N]) {
  const char first = absl::ascii_toupper(line[0]);
  for (absl::string_view lead : leads) {
    const absl::string_view words = lead.substr(0, lead.size() - 1);  // without the space
    // The leads are capitalised: the first letter is compared first.
    if (lead[0] != first || line.size() <= words.size() ||
        !absl::EqualsIgnoreCase(line.substr(1, words.size() - 1), words.substr(1))) {
      continue;
    }
    const absl::string_view rest = line.substr(words.size());
    if (rest[0] == ' ') return lead.size();
    if (absl::EndsWithIgnoreCase(words, " by") && absl::StartsWith(rest, ": ")) {
      return lead.size() + 1;
    }
  }
  return 0;
}

}  // namespace

size_t BylineLeadSize(absl::string_view line) {
  if (line.empty()) return 0;
  for (absl::string_view lead : kByLeads) {
    // The first letter is compared inline before the whole lead.
    if (line[0] == lead[0] && absl::StartsWith(line, lead)) return lead.size();
  }
  return AnyCaseLeadSize(line, kBylineLeads);
}

size_t CreditLabelLeadSize(absl::string_view line) {
  return line.empty() ? 0 : AnyCaseLeadSize(line, kCreditLabelLeads);
}

bool OpensWithPromo(absl::string_view line) { return LowercaseLeadSize(line, kPromoLeads) > 0; }

bool IsPromoLabel(absl::string_view line) {
  for (absl::string_view lead : kPromoLeads) {
    lead = absl::StripTrailingAsciiWhitespace(lead);
    if (lead.back() == ':' && absl::EqualsIgnoreCase(line, lead)) return true;
  }
  return false;
}

bool OpensWithOutletCredit(absl::string_view line) {
  return LowercaseLeadSize(line, kOutletCreditLeads) > 0;
}

bool IsDateLabelWord(absl::string_view word) {
  static const WordSet* const kSet = [] {
    auto* set = new WordSet(std::begin(kDateLabelWords), std::end(kDateLabelWords));
    set->insert(kReleaseStampWords.begin(), kReleaseStampWords.end());
    return set;
  }();
  return InSet(*kSet, word);
}

size_t FiledPlaceLeadSize(absl::string_view line) {
  return LowercaseLeadSize(line, kFiledPlaceLeads);
}

size_t EditorLeadSize(absl::string_view line) {
  return line.empty() ? 0 : AnyCaseLeadSize(line, kEditorLeads);
}

bool IsIssueLabel(absl::string_view label) {
  static const WordSet* const kSet = MakeSet(kIssueLabels);
  return InSet(*kSet, label);
}

bool OpensWithPictureCredit(absl::string_view line) {
  if (line.empty()) return false;
  const char first = absl::ascii_toupper(line[0]);
  for (absl::string_view lead : kPictureCreditLeads) {
    if (lead[0] == first && line.size() > lead.size() &&
        line.substr(1, lead.size() - 1) == lead.substr(1)) {
      return true;
    }
  }
  return false;
}

size_t WireCreditLeadSize(absl::string_view line) {
  for (absl::string_view lead : kWireCreditLeads) {
    if (absl::StartsWith(line, lead)) return lead.size();
  }
  return 0;
}

bool IsCaptionLabel(absl::string_view label) {
  static const WordSet* const kSet = MakeSet(kCaptionLabels);
  return InSet(*kSet, label);
}

}  // namespace factwire
