// Constants and small helpers shared by the files implementing MentionFinder
// (mentions.cc, mention_names.cc, mention_titles.cc, mention_orgs.cc,
// mention_appositives.cc). Internal: include only from those files.
#ifndef FACTWIRE_INGEST_SERVICE_EXTRACT_MENTION_INTERNAL_H_
#define FACTWIRE_INGEST_SERVICE_EXTRACT_MENTION_INTERNAL_H_

#include <cstdint>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"
#include "ingest-service/extract/lexicon/affiliation_words.h"
#include "ingest-service/extract/lexicon/lexicon.h"
#include "ingest-service/extract/mentions.h"
#include "ingest-service/extract/tokens.h"

namespace factwire {
namespace mention_internal {

constexpr int kMaxAppositiveTokens = 20;  // ", the union's regional secretary for ...,"
constexpr int kMaxNameTokens = 8;         // words of one name ("Maria de la Cruz Ortega")
constexpr int kMaxEntityLookback = 64;   // entities searched for a lone surname
constexpr int kMaxPronounLookback = 64;  // mentions searched for a pronoun's referent
constexpr int kMaxTitleBeforeName = 4;   // "Chief financial officer Raj Mehta"
constexpr int kMaxStorySentences = 8;    // sentences an opening organisation leads
// Sentences an opening business leads: a results or deal story's "Chief
// Financial Officer X" far down is still the company's.
constexpr int kMaxStoryBusinessSentences = 24;
constexpr int kMaxStoryOpener = 8;       // tokens before it ("10:15 - The ...")
constexpr int kMaxPlainPhraseWords = 3;  // a listener or venue after a say verb ("the county board")
constexpr int kMaxVerbGroup = 6;  // words between a subject and its "its" ("will not renew")
// Lowercase words that cannot be part of a title before a name.
constexpr uint32_t kNotTitleWord = kDeterminer | kAffiliationPrep | kCue | kFiller |
                                   kRelative | kPersonPronoun | kOtherPronoun |
                                   kTimeWord | kAdverbial | kStarter | kNotName |
                                   kSpeakerNoun | kNameConnector;

// True if `t` is a word and not a possessive ("Smith's" is no name word here;
// unlike ClaimFinder's IsWord, a number is not a word).
inline bool IsWord(const Token& t) { return t.kind == TokenKind::kWord && !t.possessive; }

}  // namespace mention_internal

// Defined here, not in mention_names.cc, so that every file of MentionFinder
// inlines it: it is called for most tokens of a text.
inline bool MentionFinder::IsNameToken(int k) const {
  const Token& t = tokens_[k];
  // (Capitals first: most tokens are lowercase, and that needs no quote depth.)
  if (!t.upper && !t.all_caps) return false;
  if (!mention_internal::IsWord(t) || quote_depth_[k] > 0) return false;
  if ((t.classes & kTimeWord) != 0) return false;
  // "Don’t Republicans run the risk ...?": a negative contraction is no name.
  const absl::string_view w = TokenText(text_, t);
  return !absl::EndsWith(w, "n't") && !absl::EndsWith(w, "n\xE2\x80\x99t");
}

namespace mention_internal {

// True when a word of `title` is a capitalised office title ("Sen.", "Prime
// Minister", "Republican Rep.").
inline bool NamesOffice(absl::string_view title) {
  for (absl::string_view word : absl::StrSplit(title, ' ')) {
    if (lexicon::IsOfficeTitle(word)) return true;
  }
  return false;
}

// True when a word of `name` is `word`, ignoring case ("Bureau of Land
// Management", "bureau").
inline bool NameHasWord(absl::string_view name, absl::string_view word) {
  for (absl::string_view w : absl::StrSplit(name, ' ')) {
    if (absl::EqualsIgnoreCase(w, word)) return true;
  }
  return false;
}

// True for a lowercase noun for what someone does: an agent ending
// ("striker", "analyst") or a player's position ("guard", "forward").
inline bool IsRoleNoun(absl::string_view w) {
  return HasAgentSuffix(w) || lexicon::IsPlayingPosition(w);
}

// True for "its" or "Its": a possessive that stands for a body, not a person.
inline bool IsIts(absl::string_view w) { return w == "its" || w == "Its"; }

// The head word of an organisation's name: the word before the first lowercase
// "of" or "for" after its first word ("Association" in "Farmers Association of
// Ghanzi", "Board" in "Sisal Board of Kenya"), else its last word ("Union" in
// "Allied Nurses Union").
inline absl::string_view NameHead(absl::string_view name) {
  absl::string_view previous;
  for (absl::string_view w : absl::StrSplit(name, ' ')) {
    if (!previous.empty() && (w == "of" || w == "for")) return previous;
    previous = w;
  }
  return previous;
}

// True when tokens [first, last) of `tokens` name a body in lowercase: two
// to four words, capitalised ones first, ending in a lowercase kind of
// organisation, a body noun or a lexicon::IsPostBodyHead word ("Saaremaa
// municipality", "Senate ethics committee", "forecast centre", "the"-less;
// an owner's plural apostrophe after a lowercase word counts as one of the
// four: "Quinchao workers' union"), no article, pronoun or second kind among
// them; the one test of such a body
// for the appositives (MentionFinder::ReadAppositive) and records' unnamed
// sources; defined in mention_appositives.cc.
bool LowercaseBodyRun(absl::string_view text, const std::vector<Token>& tokens, int first,
                      int last);

// True when token `i` is an apostrophe closing a plural's possessive
// ("Nurses' ", "buyers' "): a single closing quote right after a word ending
// in "s", followed by a space. Defined in mention_appositives.cc.
bool PluralApostrophe(absl::string_view text, const std::vector<Token>& tokens, int i);

// The first token of title words [first, last) after an age opening them
// ("21-year-old" of "21-year-old forward": the title is "forward"), else
// `first`; an age alone ("a 21-year-old from Tarlac") is no title: `last`.
// Defined in mention_appositives.cc.
int AfterAge(absl::string_view text, const std::vector<Token>& tokens, int first, int last);

// True when `name` is a union of states: two words, a nationality or a
// continent's adjective and the head ("European Union", "Arab League").
inline bool NamesUnionOfStates(absl::string_view name) {
  const size_t space = name.find(' ');
  if (space == absl::string_view::npos || name.find(' ', space + 1) != absl::string_view::npos) {
    return false;
  }
  const absl::string_view first = name.substr(0, space);
  return lexicon::IsNationality(first) || lexicon::IsContinentAdjective(first);
}

// True when what is known of `e` marks a person: a title or a gender from a
// pronoun or honorific ("Hollins Rovers" named alone has neither).
inline bool ShowsAPerson(const Entity& e) { return !e.title.empty() || e.gender != 0; }

}  // namespace mention_internal

namespace lexicon {
// True for the last word of a post held inside an organisation ("executive",
// "officer", "director", "chairwoman", "spokesperson"), lowercase; defined in
// lexicon/words.cc with the other word lists.
bool IsOrganisationPost(absl::string_view word);
// True for what only an organisation has or holds after an owner's 's
// ("Tallow's chief executive", "X's shareholders", "X's headquarters"),
// lowercase; defined in lexicon/words.cc.
bool IsOrganisationHolding(absl::string_view word);
// True for the capitalised last word of a named part of a business ("Group",
// "Division", "Unit" in "Deloitte's Sports Business Group"; exact bytes): the
// owner before its 's is a business; defined in lexicon/words.cc.
bool IsBusinessPart(absl::string_view word);
// True for a capitalised level of government before an office title ("State"
// in "State Sen. Rita Vance", "Federal"; exact bytes); defined in
// lexicon/words.cc.
bool IsOfficeLevel(absl::string_view word);
// True for a capitalised word qualifying the office title before it ("Pro",
// "Tem" in "Mayor Pro Tem", "Emeritus", "Elect"; exact bytes); defined in
// lexicon/words.cc.
bool IsTitleSuffix(absl::string_view word);
// True for a superlative of size, alone or after a rank and a hyphen
// ("largest", "biggest", "third-largest"; exact bytes): before a body's noun it
// ranks a body ("the country's third-largest brewer"); defined in
// lexicon/words.cc.
bool IsSizeSuperlative(absl::string_view word);
// True for a post held for a constituency named after "for" ("member", "MP",
// "senator"; exact bytes): "the member for Eastwood" is one title; defined in
// lexicon/words.cc.
bool IsSeatPost(absl::string_view word);
// True for "of", "for" and "on" (exact bytes): between a post and its field in
// a title ("spokesman on finance"); defined in lexicon/words.cc.
bool IsTitlePreposition(absl::string_view word);
// True for the second word of a party's name after an IsPartyName() word
// ("Democrat" in "Liberal Democrat", "Cymru", "Gael"; exact bytes); defined in
// lexicon/words.cc.
bool IsPartySecondWord(absl::string_view word);
// True for a lowercase head of a body someone holds a post in, besides the
// kinds of organisation and body nouns ("centre"; exact bytes); defined in
// lexicon/words.cc.
bool IsPostBodyHead(absl::string_view word);
// True for the last word of a venue's name ("Hall", "Square", "Stadium";
// exact bytes); defined in lexicon/words.cc.
bool IsVenueHead(absl::string_view word);
// True for a lowercase kind of area after a place's name ("district",
// "districts", "province", "neighbourhood"; exact bytes); defined in
// lexicon/words.cc.
bool IsAreaKind(absl::string_view word);
// True for the head word of a legislature's name ("House", "Parliament",
// "Assembly"; exact bytes); defined in lexicon/words.cc.
bool IsLegislatureHead(absl::string_view word);
// True for a word that may stand before a legislature's head in its name
// ("National", "Legislative", "State"; exact bytes); defined in
// lexicon/words.cc.
bool IsLegislatureModifier(absl::string_view word);
// The post of one who leads a body as the verb `verb` says ("chair" for
// "chairs", "founder" for "founded"; exact bytes), else ""; defined in
// lexicon/words.cc.
absl::string_view PostOfLeadVerb(absl::string_view verb);
// True for a plural noun of people who hold posts at a body ("officials",
// "executives", "employees"; exact bytes); defined in lexicon/words.cc.
bool IsEmployeePlural(absl::string_view word);
// True for a verb of leading that also means being ahead of others ("leads";
// exact bytes); defined in lexicon/words.cc.
bool IsAheadLeadVerb(absl::string_view word);
// True for a noun of a standing one is ahead in ("standings", "table", "race",
// "polls"; exact bytes); defined in lexicon/words.cc.
bool IsStandingNoun(absl::string_view word);
// True for a legal form written before a business's name ("AS" in "AS
// Tallinna Vesi", "PT", "OOO"; exact bytes); defined in lexicon/words.cc.
bool IsLegalFormPrefix(absl::string_view word);
// True for a lowercase field a public service or office works in, besides the
// portfolios ("meteorological", "veterinary", "disaster", "works"; exact
// bytes): "the meteorological service" is one body; defined in
// lexicon/words.cc.
bool IsBodyField(absl::string_view word);
// True for a lowercase word for the reach of a public body before its field
// ("national", "federal", "public"; exact bytes): "the national disaster
// office"; defined in lexicon/words.cc.
bool IsBodyScope(absl::string_view word);
// True for a lowercase office holder whose office after "the" and their 's is
// a body ("minister" of "the prime minister's office", "governor", "mayor";
// exact bytes); defined in lexicon/words.cc.
bool IsOfficeHolder(absl::string_view word);
// True for a post a party's member holds for it ("MP", "critic",
// "spokeswoman", "candidate"; exact bytes); defined in lexicon/words.cc.
bool IsPartyPost(absl::string_view word);
}  // namespace lexicon
}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_EXTRACT_MENTION_INTERNAL_H_
