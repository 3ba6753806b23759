// Titles before a name and the role nouns that later stand for their holders.
#include "ingest-service/extract/lexicon/role_words.h"

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "ingest-service/extract/lexicon/word_set.h"

namespace factwire {
namespace lexicon {
namespace {

struct TitleRole {
  absl::string_view title;  // lowercase, as written before a name
  absl::string_view role;   // lowercase, the noun after "the"
};

// Court titles ("Justice Ann Bell", "Chief Justice", "Lord Justice": the
// judge) and abbreviated titles ("Sen. Rita Vance": the senator). "Dr" is left
// out: a doctorate is no doctor's practice.
constexpr TitleRole kTitleRoles[] = {
    {"justice", "judge"},          {"sen.", "senator"},        {"sen", "senator"},
    {"gov.", "governor"},          {"gov", "governor"},        {"rep.", "congressman"},
    {"rep.", "congresswoman"},     {"rep.", "representative"}, {"gen.", "general"},
    {"adm.", "admiral"},           {"col.", "colonel"},        {"capt.", "captain"},
    {"lt.", "lieutenant"},         {"maj.", "major"},          {"sgt.", "sergeant"},
    {"cpl.", "corporal"},          {"cmdr.", "commander"},     {"insp.", "inspector"},
    {"supt.", "superintendent"},   {"det.", "detective"},      {"const.", "constable"},
    {"cst.", "constable"},         {"cllr", "councillor"},     {"cllr.", "councillor"},
    {"coun.", "councillor"},       {"prof.", "professor"},     {"prof", "professor"},
};

constexpr absl::string_view kWholeGovernmentNouns[] = {"government", "cabinet"};

// Bodies of one form (elected, deliberating, judging or a portfolio's
// ministry): "the council" is no authority or ministry named before; nor is
// a membership body of one form another of its family ("the consortium" is
// no "shepherds' association Pastori Uniti", "the union" no party).
constexpr absl::string_view kOwnFormBodyNouns[] = {
    "council", "committee", "court", "tribunal", "legislature", "parliament", "board", "ministry",
    "union", "association", "consortium", "cooperative", "co-operative", "co-op", "federation",
    "party", "club", "coalition", "alliance", "syndicate", "guild"};

constexpr absl::string_view kTeamNouns[] = {"team", "lab", "laboratory", "colleagues",
                                             "group", "researchers"};

// Age, order, size and standing: words that describe a body, never name it.
constexpr absl::string_view kDescribingAdjectives[] = {
    "new",     "old",      "former", "current", "present", "future",   "first",
    "second",  "third",    "last",   "next",    "previous", "latest",  "final",
    "main",    "major",    "leading", "top",    "only",     "other",   "same",
    "big",     "bigger",   "biggest", "large",  "larger",   "largest", "small",
    "smaller", "smallest", "oldest", "newest",  "national", "local",
};

// Ranks and times a title's holder is set apart by (see IsTitleRankModifier).
constexpr absl::string_view kTitleRankModifiers[] = {
    "vice", "deputy", "assistant", "associate", "acting", "interim", "former",
    "ex",   "then",   "late",      "shadow",    "junior", "under",
};

// Words that put a post in its holder's past (see IsPastPostModifier).
constexpr absl::string_view kPastPostModifiers[] = {"former", "ex", "then", "late"};

// Prepositions that open a title's tail (see IsTitleTailPreposition).
constexpr absl::string_view kTitleTailPrepositions[] = {"of", "for", "at", "to"};

// Trades a person is employed in (see IsOccupationNoun).
constexpr absl::string_view kOccupationNouns[] = {
    "specialist",  "lecturer",    "researcher",   "teacher",      "professor",
    "engineer",    "manager",     "officer",      "nurse",        "doctor",
    "analyst",     "economist",   "scientist",    "consultant",   "adviser",
    "advisor",     "coordinator", "director",     "worker",       "employee",
    "technician",  "trainer",     "coach",        "instructor",   "inspector",
    "supervisor",  "administrator", "curator",    "librarian",    "pharmacist",
    "surgeon",     "physician",   "lawyer",       "accountant",   "auditor",
    "designer",    "developer",   "programmer",   "planner",      "architect",
    "editor",      "reporter",    "journalist",   "producer",     "correspondent",
    "chemist",     "biologist",   "physicist",    "historian",    "archivist",
    "psychologist", "epidemiologist", "strategist", "executive",  "clerk",
    "counsellor",  "counselor",   "therapist",    "veterinarian", "dentist",
    "midwife",     "paramedic",   "pilot",        "chef",         "spokesman",
    "spokeswoman", "spokesperson", "official",    "fellow",       "tutor",
    // Crews and trades with no agent ending ("the station's coxswain").
    "coxswain",    "helmsman",    "deckhand",     "boatswain",    "mechanic",
    "lifeguard",
};

// Nouns for someone by age or stage of life (see IsPersonAgeNoun).
constexpr absl::string_view kPersonAgeNouns[] = {
    "teenager",   "teen",         "youngster",    "pensioner",     "retiree",
    "schoolboy",  "schoolgirl",   "octogenarian", "nonagenarian",  "centenarian",
    "septuagenarian", "sexagenarian",
};

// Other singular nouns for a person whose age may follow them (see
// IsAgedPersonNoun); the nouns of age are kPersonAgeNouns.
constexpr absl::string_view kAgedPersonNouns[] = {
    "man",      "woman",    "boy",      "girl",     "child",    "victim",
    "suspect",  "driver",   "father",   "mother",   "son",      "daughter",
    "husband",  "wife",     "brother",  "sister",   "gunman",   "defendant",
    "patient",  "pilot",    "officer",  "soldier",  "student"};

struct PostBody {
  absl::string_view post;  // lowercase
  absl::string_view kind;  // lowercase, the body's kind word
};

// Posts that name the kind of body they are held in (see BodyKindOfPost).
constexpr PostBody kPostBodyKinds[] = {
    {"headmistress", "school"}, {"headmaster", "school"}, {"headteacher", "school"},
    {"principal", "school"},    {"judge", "court"},
};

// Reflexive pronouns of people (see IsReflexivePronoun).
constexpr absl::string_view kReflexivePronouns[] = {"himself", "herself", "themselves"};

// Titles naming someone as another's counterpart (see IsCounterpartTitle).
constexpr absl::string_view kCounterpartTitles[] = {"counterpart", "opposite number"};

// Endings of nouns of an activity or process (see IsProcessNoun).
constexpr absl::string_view kProcessNounEndings[] = {"ing", "tion", "sion", "ment", "ance",
                                                      "ence"};

}  // namespace

bool IsProcessNoun(absl::string_view word) {
  constexpr size_t kMinProcessNoun = 6;  // not "thing", "king", "ring"
  if (word.size() < kMinProcessNoun) return false;
  for (const absl::string_view ending : kProcessNounEndings) {
    if (absl::EndsWith(word, ending)) return true;
  }
  return false;
}

absl::string_view BodyKindOfPost(absl::string_view post) {
  for (const PostBody& p : kPostBodyKinds) {
    if (p.post == post) return p.kind;
  }
  return "";
}

bool IsReflexivePronoun(absl::string_view word) {
  return InWordLists<kReflexivePronouns>(word);
}

bool IsPastPostModifier(absl::string_view word) {
  return InWordLists<kPastPostModifiers>(word);
}

bool IsOccupationNoun(absl::string_view word) { return InWordLists<kOccupationNouns>(word); }

bool IsPersonAgeNoun(absl::string_view word) { return InWordLists<kPersonAgeNouns>(word); }

bool IsAgedPersonNoun(absl::string_view word) {
  return IsPersonAgeNoun(word) || InWordLists<kAgedPersonNouns>(word);
}

bool IsCounterpartTitle(absl::string_view title) {
  return InWordLists<kCounterpartTitles>(title);
}

bool IsTitleRankModifier(absl::string_view word) {
  for (const absl::string_view m : kTitleRankModifiers) {
    if (absl::EqualsIgnoreCase(m, word)) return true;
  }
  return false;
}

bool IsTitleTailPreposition(absl::string_view word) {
  return InWordLists<kTitleTailPrepositions>(word);
}

bool IsDescribingAdjective(absl::string_view word) {
  return InWordLists<kDescribingAdjectives>(word);
}

bool IsTeamNoun(absl::string_view word) { return InWordLists<kTeamNouns>(word); }

bool IsWholeGovernmentNoun(absl::string_view word) {
  return InWordLists<kWholeGovernmentNouns>(word);
}

bool IsOwnFormBodyNoun(absl::string_view word) {
  return InWordLists<kOwnFormBodyNouns>(word);
}

bool TitleWordNamesRole(absl::string_view title_word, absl::string_view role) {
  for (const TitleRole& r : kTitleRoles) {
    if (r.role == role && absl::EqualsIgnoreCase(r.title, title_word)) return true;
  }
  return false;
}

}  // namespace lexicon
}  // namespace factwire
