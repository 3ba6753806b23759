// Words that say where a person belongs (see affiliation_words.h).
#include "ingest-service/extract/lexicon/affiliation_words.h"

#include "absl/strings/ascii.h"
#include "ingest-service/extract/lexicon/word_set.h"
#include "ingest-service/extract/lexicon/word_table.h"

namespace factwire {
namespace lexicon {
namespace {

// Heads of schools, universities, hospitals, foundations and public bodies in
// French, Spanish, Portuguese, Italian and German, as written first in their
// names, with and without accents (not the English "College", "Centre").
constexpr absl::string_view kForeignInstitutionHeads[] = {
    "Ecole", "\xC3\x89" "cole", "Escola", "Escuela", "Scuola", "Schule", "Grundschule",
    "Gymnasium", "Colegio", "Col\xC3\xA9gio", "Coll\xC3\xA8ge", "Lyc\xC3\xA9" "e",
    "Lycee", "Liceo", "Liceu", "Universidad", "Universidade", "Universit\xC3\xA0",
    "Universit\xC3\xA9", "Universite", "Universit\xC3\xA4t", "Hochschule", "Instituto",
    "Istituto", "Institut", "H\xC3\xB4pital", "Hopital", "Cl\xC3\xADnica",
    "Clinique", "Klinikum", "Fundaci\xC3\xB3n", "Funda\xC3\xA7\xC3\xA3o", "Fondation",
    "Fondazione", "Stiftung", "Centro", "Minist\xC3\xA8re", "Ministerio",
    "Minist\xC3\xA9rio", "Ministero", "Conseil", "Consejo", "Conselho", "Mairie",
    "Ayuntamiento", "Prefeitura", "Acad\xC3\xA9mie", "Academia", "Akademie", "Caisse",
    "Banco", "Banque", "Soci\xC3\xA9t\xC3\xA9", "Compagnie", "Companhia", "Cooperativa",
    "Coop\xC3\xA9rative", "Associa\xC3\xA7\xC3\xA3o", "Asociaci\xC3\xB3n",
    // Malay ("Universiti Sabah Borneo").
    "Universiti"};

// A foreign head of a name and the English kind it stands for (see
// EnglishKindOfForeignHead).
struct ForeignKind {
  absl::string_view head;
  absl::string_view kind;
};
constexpr ForeignKind kForeignKinds[] = {
    {"Universidad", "university"},  {"Universidade", "university"},
    {"Universit\xC3\xA0", "university"}, {"Universit\xC3\xA9", "university"},
    {"Universite", "university"},   {"Universit\xC3\xA4t", "university"},
    {"Universiti", "university"},   {"Minist\xC3\xA8re", "ministry"},
    {"Ministerio", "ministry"},     {"Minist\xC3\xA9rio", "ministry"},
    {"Ministero", "ministry"},      {"Consorzio", "consortium"},
    {"Cooperativa", "cooperative"}, {"Coop\xC3\xA9rative", "cooperative"},
    {"Associa\xC3\xA7\xC3\xA3o", "association"}, {"Asociaci\xC3\xB3n", "association"},
    {"Associazione", "association"}, {"Federazione", "federation"},
    {"F\xC3\xA9" "d\xC3\xA9ration", "federation"}, {"Fundaci\xC3\xB3n", "foundation"},
    {"Funda\xC3\xA7\xC3\xA3o", "foundation"}, {"Fondation", "foundation"},
    {"Fondazione", "foundation"},   {"Stiftung", "foundation"},
    {"Instituto", "institute"},     {"Istituto", "institute"},
    {"Institut", "institute"},      {"H\xC3\xB4pital", "hospital"},
    {"Hopital", "hospital"},        {"Banco", "bank"},
    {"Banque", "bank"},             {"Banca", "bank"},
    {"Consejo", "council"},         {"Conselho", "council"},
    {"Conseil", "council"}};

// Places that hold offices (see IsJurisdictionNoun).
// Participles before a name that they give something ("a charity called ...";
// "known" goes with "as").
constexpr absl::string_view kNamingParticiples[] = {"called", "named", "dubbed", "known"};

constexpr absl::string_view kJurisdictionNouns[] = {
    "city",    "town",      "village", "county",   "province",  "state",
    "region",  "district",  "country", "nation",   "island",    "territory",
    "borough", "prefecture", "municipality", "canton", "emirate", "kingdom"};

constexpr absl::string_view kRepresentVerbs[] = {"represents", "represented"};

constexpr absl::string_view kSeatAreas[] = {"ward",     "riding", "constituency", "district",
                                            "division", "seat",   "electorate",   "county"};

constexpr absl::string_view kPlayingPositions[] = {
    "guard",     "forward",   "fullback",  "full-back", "halfback",  "half-back",
    "quarterback", "shortstop", "goalie",  "fly-half",  "scrum-half", "centre-back",
    "center-back", "flanker", "hooker", "prop", "lock",
    "keeper", "skip"};

constexpr absl::string_view kPostOfficeNouns[] = {"office", "cabinet"};

// Lowercase: IsLocalGroupPlural() folds the word's case before the look-up.
constexpr absl::string_view kLocalGroupPlurals[] = {
    "members", "residents", "officials", "staff",    "students",
    "workers", "parents",   "farmers",   "fishermen"};

// The longest word of kLocalGroupPlurals, in bytes.
constexpr size_t kMaxLocalGroupPlural = 9;  // "fishermen"

constexpr absl::string_view kWorkPlaceLinks[] = {"at", "with", "for"};

constexpr absl::string_view kPoliticalSides[] = {"opposition", "government"};

// Posts of a town's head (see IsTownHeadPost), lowercase.
constexpr absl::string_view kTownHeadPosts[] = {"mayor", "mayoress", "reeve", "burgomaster"};
constexpr size_t kMaxTownHeadPost = 11;  // "burgomaster"

}  // namespace

bool IsWorkPlaceLink(absl::string_view word) { return InWordLists<kWorkPlaceLinks>(word); }

bool IsPoliticalSide(absl::string_view word) { return InWordLists<kPoliticalSides>(word); }

bool IsPostOfficeNoun(absl::string_view word) { return InWordLists<kPostOfficeNouns>(word); }

bool IsLocalGroupPlural(absl::string_view word) {
  if (word.size() > kMaxLocalGroupPlural) return false;
  char lower[kMaxLocalGroupPlural];
  for (size_t i = 0; i < word.size(); ++i) lower[i] = absl::ascii_tolower(word[i]);
  return InWordLists<kLocalGroupPlurals>(absl::string_view(lower, word.size()));
}

bool IsPlayingPosition(absl::string_view word) { return InWordLists<kPlayingPositions>(word); }

bool IsForeignInstitutionHead(absl::string_view word) {
  return InWordLists<kForeignInstitutionHeads>(word);
}

absl::string_view EnglishKindOfForeignHead(absl::string_view word) {
  // kForeignKinds by head, built on the first call (thread-safe); the first
  // entry of a head wins, as a scan of the table would find it. Asked of the
  // first word of every name: one look-up, not a compare per entry.
  static const WordTable<absl::string_view>* const kinds = [] {
    auto* table = new WordTable<absl::string_view>();
    for (const ForeignKind& f : kForeignKinds) {
      absl::string_view& kind = (*table)[f.head];
      if (kind.empty()) kind = f.kind;
    }
    return table;
  }();
  const absl::string_view* kind = kinds->Find(word);
  return kind == nullptr ? absl::string_view() : *kind;
}

bool IsRepresentVerb(absl::string_view word) { return InWordLists<kRepresentVerbs>(word); }

bool IsNamingParticiple(absl::string_view word) { return InWordLists<kNamingParticiples>(word); }

bool IsSeatArea(absl::string_view word) { return InWordLists<kSeatAreas>(word); }

bool IsJurisdictionNoun(absl::string_view word) { return InWordLists<kJurisdictionNouns>(word); }

bool IsTownHeadPost(absl::string_view word) {
  if (word.size() > kMaxTownHeadPost) return false;
  char lower[kMaxTownHeadPost];
  for (size_t i = 0; i < word.size(); ++i) lower[i] = absl::ascii_tolower(word[i]);
  return InWordLists<kTownHeadPosts>(absl::string_view(lower, word.size()));
}

}  // namespace lexicon
}  // namespace factwire
