// MentionFinder: adding sentences, resolving mentions to entities (names,
// surnames, pronouns, epithets, descriptions). Name finding, titles,
// organisations and appositives live in mention_*.cc.
#include "ingest-service/extract/mentions.h"

#include <algorithm>
#include <string>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "ingest-service/extract/lexicon/figure_context_words.h"
#include "ingest-service/extract/lexicon/role_words.h"
#include "ingest-service/extract/lexicon/speech_words.h"
#include "ingest-service/extract/lexicon/word_set.h"
#include "ingest-service/extract/mention_internal.h"

namespace factwire {

using mention_internal::IsWord;
using mention_internal::kMaxEntityLookback;
using mention_internal::kMaxPronounLookback;
using mention_internal::NameHasWord;

namespace {
// Sentences before a pronoun in which the person it resolved to must be the
// only one it may stand for, for it to teach that person's gender.
constexpr int kGenderWindow = 2;
// Sentences before a pronoun's own that a chain of sentence-opening he/she
// pronouns is read back through when the look-back meets no one.
constexpr int kMaxChainSentences = 8;
// Tokens of text per entity room is made for before the first is met.
constexpr size_t kTokensPerEntityRoom = 16;
// Keys by_name_ holds for one entity: its name and its surname.
constexpr size_t kNameKeysPerEntity = 2;
// The entities a document of `tokens` tokens is given room for.
size_t EntityRoom(size_t tokens) { return tokens / kTokensPerEntityRoom + 1; }

// A look-up map holding more slots than this many times the keys a document
// is given room for is dropped at Reset() rather than cleared (EmptyFor).
constexpr size_t kMaxSlotsPerRoomKey = 4;

// Empties `map` for a document given room for `keys` keys: left alone when
// already empty; dropped when a longer document grew it past
// kMaxSlotsPerRoomKey slots a key (clear() walks every slot of a table of up
// to 127, and a short document would pay for the long one's table each time);
// else cleared, keeping its table. Only look-ups read these maps: how large
// their tables are changes no answer.
template <typename Map>
void EmptyFor(size_t keys, Map* map) {
  if (map->empty()) return;
  if (map->capacity() > kMaxSlotsPerRoomKey * keys) {
    *map = Map();
  } else {
    map->clear();
  }
}

// Words of a phrase opening a sentence before its subject ("On Monday,",
// "Two years later,").
constexpr int kMaxOpenerWords = 4;

// The token of the he/she that is the subject of sentence `s`, outside quotes:
// its first word, or the word after a short opening phrase and its comma that
// names no one ("On Monday, he ...", "Two years later, she ..."); else -1.
int OpeningPronoun(const std::vector<Token>& tokens, const std::vector<int>& quote_depth,
                   const Sentence& s) {
  int k = s.first;
  for (int j = s.first; (tokens[k].classes & kPersonPronoun) == 0 && j < s.last &&
                        j - s.first <= kMaxOpenerWords;
       ++j) {
    const Token& t = tokens[j];
    if (t.kind == TokenKind::kPunct && t.punct == ',' && j > s.first) {
      k = j + 1;
      break;
    }
    // (A capitalised word after the first but a day or month may name the
    // antecedent.)
    if ((t.kind != TokenKind::kWord && t.kind != TokenKind::kNumber) ||
        (j > s.first && t.upper && (t.classes & kTimeWord) == 0)) {
      break;
    }
  }
  if (k >= s.last) return -1;
  const Token& t = tokens[k];
  if (t.kind != TokenKind::kWord || quote_depth[k] != 0 || (t.classes & kPersonPronoun) == 0)
    return -1;
  return k;
}

// Verbs by which a sentence hands the story over to the person it ends with
// ("He was followed at the lectern by ...", "She handed over to ...", "He was
// succeeded by ..."), lowercase. ("He met ...", "He was joined by ..." keep
// their subject.)
constexpr absl::string_view kHandOverVerbs[] = {"followed", "succeeded", "replaced",
                                                "handed",   "yielded",   "introduced"};

// True when person mention `m` (of entity `e`) is named in full or with a
// title after a hand-over verb of its sentence and only punctuation follows it
// before `next`, the first token of the sentence after its own ("He was
// followed by Interior Minister Ann Bett."): the sentence hands the story over
// to a new person, whom a following he/she means.
bool HandsOverTo(absl::string_view text, const std::vector<Token>& tokens, const Mention& m,
                 const Entity& e, int next) {
  if (m.title_first < 0 && e.title.empty() && m.last - m.first < 2) return false;
  for (int j = m.last; j < next; ++j) {
    if (tokens[j].kind != TokenKind::kPunct) return false;
  }
  const int start = m.start();
  for (int j = m.sentence_first; j < start; ++j) {
    if (tokens[j].kind == TokenKind::kWord &&
        lexicon::InWordLists<kHandOverVerbs>(TokenText(text, tokens[j]))) {
      return true;
    }
  }
  return false;
}

// Pronouns of a person, lowercase: after a "said she" ("... she had lost her
// job") they mean the one the said-pronoun means.
constexpr absl::string_view kPersonalPronouns[] = {"he",  "him",  "his",     "himself",
                                                   "she", "her",  "hers",    "herself"};

// The gender lexicon::GenderOfWord gives `w` in lowercase, lowered in a
// buffer on the stack (no string copy) unless it is longer than any word of
// the gender lists.
int GenderOfWordAnyCase(absl::string_view w) {
  constexpr size_t kMaxGenderWord = 32;
  if (w.size() > kMaxGenderWord) return lexicon::GenderOfWord(absl::AsciiStrToLower(w));
  char lower[kMaxGenderWord];
  for (size_t i = 0; i < w.size(); ++i) lower[i] = absl::ascii_tolower(w[i]);
  return lexicon::GenderOfWord(absl::string_view(lower, w.size()));
}

// The gender lexicon::GenderOfWord gives word token `t` of `text` (0 for no
// word), lowering it only when it is written with capitals.
int WordGender(absl::string_view text, const Token& t) {
  if (t.kind != TokenKind::kWord) return 0;
  const absl::string_view w = TokenText(text, t);
  if (!t.upper && !t.all_caps) return lexicon::GenderOfWord(w);
  return GenderOfWordAnyCase(w);
}

// True when a word of sentence `s` other than the pronoun at `k`, the words of
// mention `m` (its name and a title before it) and a pronoun after `k` has the
// pronoun's gender `gender` ("wife", "Mrs.", "Asked about her ..." for a
// "she"): someone other than `m` may be the one the pronoun means.
bool GenderedWordBesides(absl::string_view text, const std::vector<Token>& tokens,
                         const Sentence& s, const Mention& m, int k, int gender) {
  const int start = m.start();
  for (int j = s.first; j < s.last; ++j) {
    if (j == k || (j >= start && j < m.last)) continue;
    if (j > k && lexicon::InWordLists<kPersonalPronouns>(TokenText(text, tokens[j]))) continue;
    if (WordGender(text, tokens[j]) == gender) return true;
  }
  return false;
}

// Prepositions joining a verb of talking to the one talked to ("spoke to",
// "talked with"), lowercase.
constexpr absl::string_view kAddressPrepositions[] = {"to", "with"};

// True when mention `m` is the one a verb of talking is addressed to ("The
// Nation spoke to Otieno at his farm", "talked with Ann Bett"): one talks to a
// person.
bool SpokenTo(absl::string_view text, const std::vector<Token>& tokens, const Mention& m) {
  const int start = m.start();
  if (start < 2) return false;
  const Token& prep = tokens[start - 1];
  const Token& verb = tokens[start - 2];
  return prep.kind == TokenKind::kWord && verb.kind == TokenKind::kWord &&
         lexicon::InWordLists<kAddressPrepositions>(TokenText(text, prep)) &&
         lexicon::IsTalkVerb(TokenText(text, verb));
}

// True when token `t` is the relative pronoun of persons ("who").
bool IsPersonRelative(const Token& t) {
  return t.kind == TokenKind::kWord && (t.classes & kRelative) != 0 &&
         (t.classes & kOtherPronoun) != 0;
}

// Words by which a sentence goes on about a thing, not a person ("said it
// would close two of its yards"), lowercase.
constexpr absl::string_view kThingPronouns[] = {"it", "its", "itself"};

// True when mention `m` (of entity `e`) is a name of two words, the first in
// capitals ("TS Laevad"), with nothing showing it is a person (no title,
// honorific or gendered word), which a business's description may mean.
bool AcronymLedName(const std::vector<Token>& tokens, const Mention& m, const Entity& e) {
  if (e.type != v1::SOURCE_TYPE_PERSON || m.title_first >= 0 || m.possessive ||
      m.last - m.first != 2 || mention_internal::ShowsAPerson(e)) {
    return false;
  }
  const Token& t = tokens[m.first];
  const Token& next = tokens[m.first + 1];
  return t.all_caps && t.end - t.begin >= 2 && next.upper && !next.all_caps;
}

// The first token of the sentence after token `k`'s, given `firsts` (the
// sentences' first tokens, ascending), or `limit` when that is sooner.
int SentenceEndOf(const std::vector<int>& firsts, int k, int limit) {
  auto next = std::upper_bound(firsts.begin(), firsts.end(), k);
  return next == firsts.end() ? limit : std::min(*next, limit);
}

// True when the first pronoun among tokens [from, end) is a thing's ("TS
// Laevad said on Tuesday it would close ..."; not "MK Stalin visited the plant
// on Monday.", nor "... said he would ...").
bool ThingPronounFollows(absl::string_view text, const std::vector<Token>& tokens, int from,
                         int end) {
  for (int j = from; j < end; ++j) {
    if (tokens[j].kind != TokenKind::kWord) continue;
    if (lexicon::InWordLists<kThingPronouns>(TokenText(text, tokens[j]))) return true;
    if (WordGender(text, tokens[j]) != 0) return false;
  }
  return false;
}

// The last word of title `title` ("Justice" in "Chief Justice"; the whole
// title when it is one word).
absl::string_view TitleLastWord(absl::string_view title) {
  return title.substr(title.rfind(' ') + 1);  // (npos + 1 is 0)
}

// True when the last word of title `title` heads it: it stands alone or after
// a capitalised word ("Justice", "Chief Justice", "U.S. Sen."), not after a
// lowercase one ("Minister for Justice", "Secretary of Justice": a portfolio).
bool LastWordHeadsTitle(absl::string_view title) {
  const size_t space = title.rfind(' ');
  if (space == absl::string_view::npos) return true;
  const absl::string_view before = TitleLastWord(title.substr(0, space));
  return !before.empty() && !absl::ascii_islower(before[0]);
}

// True when title `title` ends in the word `role` ("Presiding Judge" for
// "judge", in any case) or in a title word heading it whose holder `role`
// names ("Chief Justice" for "judge", "Sen." for "senator"; not "Minister for
// Justice").
bool TitleEndsInRole(absl::string_view title, absl::string_view role) {
  const absl::string_view last = TitleLastWord(title);
  return absl::EqualsIgnoreCase(last, role) ||
         (LastWordHeadsTitle(title) && lexicon::TitleWordNamesRole(last, role));
}

// True when tokens [from, to) hold the lowercase role noun `role` closing its
// phrase after "a" or "an" with at most two lowercase words between ("met a
// union representative.", "an appeals judge who"; not "a chief executive
// forum"): a holder the text brings in without a name, whom a later "the
// `role`" means.
bool IntroducesUnnamedHolder(absl::string_view text, const std::vector<Token>& tokens,
                             int from, int to, absl::string_view role) {
  constexpr int kMaxWordsBeforeRole = 3;
  for (int j = from; j < to; ++j) {
    if (tokens[j].kind != TokenKind::kWord || tokens[j].upper || TokenText(text, tokens[j]) != role) {
      continue;
    }
    const Token& next = tokens[j + 1];  // (`to` is a token: j + 1 exists)
    if (next.kind == TokenKind::kWord && !next.upper &&
        (next.classes & (kAffiliationPrep | kRelative | kCue)) == 0 &&
        !lexicon::IsObjectPreposition(TokenText(text, next))) {
      continue;
    }
    for (int i = j - 1; i >= from && j - i <= kMaxWordsBeforeRole; --i) {
      const Token& t = tokens[i];
      if (t.kind != TokenKind::kWord || t.upper || t.possessive) break;
      const absl::string_view w = TokenText(text, t);
      if (lexicon::IsArticle(w)) {
        if (!lexicon::IsDefiniteArticle(w)) return true;
        break;
      }
    }
  }
  return false;
}

// The first of `mentions` (in text order) that starts at token `k` or later:
// a walk back over the mentions before `k` starts just before it.
std::vector<Mention>::const_iterator MentionsFrom(const std::vector<Mention>& mentions, int k) {
  return std::partition_point(mentions.begin(), mentions.end(),
                              [k](const Mention& m) { return m.first < k; });
}

// The "the" that opens the description headed by token `head`, at most two
// modifiers before it, else -1; sets *capitalised when a modifier is
// capitalised. "the agency", "the federal agency", "the British mid-sized
// lender", "the Seattle-based carrier", "the U.S. agency" (a nationality,
// place or compound may stand before the head); not "the state's transit
// agency", nor a cue, starter, preposition or relative between.
int DescriptionArticle(absl::string_view text, const std::vector<Token>& tokens, int head,
                       bool* capitalised) {
  for (int det = head - 1; det >= 0 && head - det <= 3; --det) {
    const Token& t = tokens[det];
    const absl::string_view w = TokenText(text, t);
    if (w == "the" || w == "The") return det;
    *capitalised = *capitalised || t.upper;
    const bool adjective =
        !t.upper || (t.classes & (kTitleModifier | kCountry)) != 0 ||
        w.find('-') != absl::string_view::npos || absl::EndsWith(w, "ish") ||
        absl::EndsWith(w, "an") || absl::EndsWith(w, "ese") || absl::EndsWith(w, "ch");
    if (t.kind != TokenKind::kWord || !adjective || t.possessive ||
        (t.classes & (kCue | kStarter | kAffiliationPrep | kRelative)) != 0) {
      return -1;
    }
  }
  return -1;
}

// The last government portfolio word (lexicon::IsPortfolio: "economy",
// "health"), or with `fields` a public body's field (lexicon::IsBodyField:
// "disaster"), among tokens [first, last), else empty: "the economy ministry".
absl::string_view PortfolioBetween(absl::string_view text, const std::vector<Token>& tokens,
                                   int first, int last, bool fields) {
  absl::string_view portfolio;
  for (int k = first; k < last; ++k) {
    const absl::string_view w = TokenText(text, tokens[k]);
    if (lexicon::IsPortfolio(w) || (fields && lexicon::IsBodyField(w))) portfolio = w;
  }
  return portfolio;
}

// The holder an office holder's office is named after, in lowercase, when
// `name` is one ("Office of the Prime Minister", "prime minister's office",
// "Governor's Office" -> "prime minister", "governor": a
// lexicon::IsPostOfficeNoun() before "of the" or after the holder's 's, and a
// lexicon::IsOfficeHolder() last word of the holder), else empty.
std::string OfficeHolderOf(absl::string_view name) {
  const size_t first_space = name.find(' ');
  const size_t last_space = name.rfind(' ');
  if (first_space == absl::string_view::npos) return "";
  constexpr absl::string_view kOfThe = " of the ";
  std::string holder;
  if (lexicon::IsPostOfficeNoun(absl::AsciiStrToLower(name.substr(0, first_space))) &&
      absl::StartsWithIgnoreCase(name.substr(first_space), kOfThe)) {
    holder = absl::AsciiStrToLower(name.substr(first_space + kOfThe.size()));
  } else if (lexicon::IsPostOfficeNoun(absl::AsciiStrToLower(name.substr(last_space + 1)))) {
    absl::string_view owner = name.substr(0, last_space);
    if (!absl::ConsumeSuffix(&owner, "'s") && !absl::ConsumeSuffix(&owner, "\xE2\x80\x99s")) {
      return "";
    }
    holder = absl::AsciiStrToLower(owner);
  }
  const size_t space = holder.rfind(' ');
  const absl::string_view last_word =
      space == std::string::npos ? absl::string_view(holder) : absl::string_view(holder).substr(space + 1);
  return lexicon::IsOfficeHolder(last_word) ? holder : "";
}

// The organisation among the last kMaxEntityLookback of `entities` that is the
// office of the holder `holder` (OfficeHolderOf()) under another name, else
// -1: "the prime minister's office" after "the Office of the Prime Minister".
int OfficeNamedBefore(const std::vector<Entity>& entities, const std::string& holder) {
  const int stop = std::max(0, static_cast<int>(entities.size()) - kMaxEntityLookback);
  for (int i = static_cast<int>(entities.size()) - 1; i >= stop; --i) {
    if (entities[i].type == v1::SOURCE_TYPE_ORGANIZATION &&
        OfficeHolderOf(entities[i].name) == holder) {
      return i;
    }
  }
  return -1;
}

// True when mention `m` stands inside another phrase rather than as a
// clause's subject: after a preposition of place or object
// (lexicon::IsObjectPreposition: "in Gaborone", "on the Ham Luong branch"; not
// one of affiliation: "a director at Vanguard"), a possessive determiner ("its Brzeziny mine") or a number ("21.4
// billion CFA francs"), an article between allowed. Such a name is no body
// a later "the company" can mean unless its kind says so.
bool InsidePhrase(absl::string_view text, const std::vector<Token>& tokens, const Mention& m) {
  int k = m.start() - 1;
  if (k >= 0 && lexicon::IsDefiniteArticle(TokenText(text, tokens[k]))) --k;
  if (k < m.sentence_first) return false;
  const Token& t = tokens[k];
  if (t.kind == TokenKind::kNumber) return true;
  if (t.kind != TokenKind::kWord || t.upper) return false;
  const absl::string_view w = TokenText(text, t);
  return lexicon::IsObjectPreposition(w) || lexicon::IsPossessiveDeterminer(w) ||
         lexicon::IsScaledCountWord(w);
}

// True when person's name `full` ends in surname `name`: its last words as
// written ("Vigil" of "Mike Vigil"), with a lowercase particle capitalised as
// a sentence or a quote's attribution opens ("Van den Berg" of "Pieter van den
// Berg", "Al-Kathiri" of "Amal al-Kathiri"), or without a hyphened particle
// ("Assad" of "Bashar al-Assad": lexicon::IsHyphenedParticle).
bool EndsInSurname(absl::string_view full, absl::string_view name) {
  // (The last byte first: this runs per entity per mention.)
  if (name.empty() || full.size() <= name.size() + 1 || full.back() != name.back()) return false;
  const size_t at = full.size() - name.size();
  if (full.substr(at + 1) != name.substr(1)) return false;
  if (full[at] != name[0] &&
      !(absl::ascii_islower(full[at]) && absl::ascii_toupper(full[at]) == name[0])) {
    return false;
  }
  if (full[at - 1] == ' ') return true;
  if (full[at - 1] != '-' || full[at] != name[0]) return false;
  const size_t space = full.rfind(' ', at - 1);
  const size_t particle = space == absl::string_view::npos ? 0 : space + 1;
  return lexicon::IsHyphenedParticle(full.substr(particle, at - 1 - particle));
}

}  // namespace

bool HasAgentSuffix(absl::string_view w) {
  return w.size() >= 6 && lexicon::HasAgentEnding(w);
}

bool IsTitleCase(absl::string_view text, const std::vector<Token>& tokens, int first,
                 int last) {
  int long_words = 0, lower = 0;
  for (int k = first; k < last; ++k) {
    const Token& t = tokens[k];
    if (t.kind != TokenKind::kWord || t.possessive || t.end - t.begin < 3) continue;
    if (!t.upper && (t.classes & kNameConnector) != 0) continue;  // "of", "and", "the"
    ++long_words;
    if (!t.upper && !t.all_caps && absl::ascii_isalpha(text[t.begin])) ++lower;
  }
  return long_words >= 3 && lower <= 1;
}

MentionFinder::MentionFinder(absl::string_view text, const std::vector<Token>& tokens,
                             const std::vector<int>& quote_depth)
    : text_(text), tokens_(tokens), quote_depth_(quote_depth) {
  ReserveRoom();
}

void MentionFinder::Reset(absl::string_view text) {
  text_ = text;
  mentions_.clear();
  sentence_firsts_.clear();
  story_organization_ = -1;
  story_sentence_ = -1;
  story_business_ = -1;
  story_business_sentence_ = -1;
  bare_subject_ = -1;
  bare_subject_sentence_ = -1;
  entities_.clear();
  const size_t room = EntityRoom(tokens_.size());
  EmptyFor(room, &by_end_);
  EmptyFor(room, &by_start_);
  EmptyFor(room, &by_appositive_);
  EmptyFor(kNameKeysPerEntity * room, &by_name_);
  EmptyFor(room, &common_openers_);
  sports_story_ = -1;
  title_case_first_ = -1;
  title_case_ = false;
  subject_pronouns_.clear();
  entity_facts_.clear();
  ReserveRoom();
}

void MentionFinder::ReserveRoom() {
  // (News names about one entity in 28 tokens, one in 19 at most in 99 of 100
  // of the synthetic articles: room for one in 16 keeps them from moving; a
  // mention's look-ups and a name's keys get room alike.)
  const size_t room = EntityRoom(tokens_.size());
  entities_.reserve(room);
  entity_facts_.reserve(room);
  mentions_.reserve(room);
  by_end_.reserve(room);
  by_start_.reserve(room);
  by_name_.reserve(kNameKeysPerEntity * room);
}

std::string MentionFinder::Text(int first, int last) const {
  if (last <= first) return "";
  return std::string(
      text_.substr(tokens_[first].begin, tokens_[last - 1].end - tokens_[first].begin));
}

int MentionFinder::ResolveDescription(int head) const {
  const Token& h = tokens_[head];
  if (h.kind != TokenKind::kWord || h.upper) return -1;
  if ((h.classes & kOrgKind) == 0) return OrganizationNamedByHead(head);
  if (head + 1 < static_cast<int>(tokens_.size()) && tokens_[head + 1].kind == TokenKind::kWord &&
      !tokens_[head + 1].possessive && !tokens_[head + 1].upper &&
      (tokens_[head + 1].classes & kOrgKind) != 0) {
    return -1;  // "the agency board": the head comes later
  }
  // "the Scottish government": the description is itself a body's name.
  if (const int named = MentionEndingAt(head); named >= 0) {
    const Mention& m = mentions_[named];
    const absl::string_view before = m.first > 0 ? TokenText(text_, tokens_[m.first - 1]) : "";
    if (m.kind == MentionKind::kOrganization && m.entity >= 0 && head - m.first <= 3 &&
        (before == "the" || before == "The")) {
      return m.entity;
    }
  }
  bool capitalised = false;  // a capitalised modifier ("British", "Seattle-based")
  const int det = DescriptionArticle(text_, tokens_, head, &capitalised);
  if (det < 0) return -1;
  // "the Russian foreign ministry" is a government's own body, not the
  // "European Commission" named before: only a business may be described so.
  if (capitalised && (h.classes & kOrgKindBusiness) == 0) return -1;
  const std::string word = absl::AsciiStrToLower(TokenText(text_, h));
  // "the economy ministry" is that portfolio's body: only one with the word.
  // ("the national disaster office" is that field's body: a public kind.)
  const absl::string_view portfolio =
      PortfolioBetween(text_, tokens_, det + 1, head, (h.classes & kOrgKindPublic) != 0);
  // "the bureau" after "the Bureau of Land Management" and a later "Government
  // Accountability Office": an organisation with that very word in its name comes
  // first, else the latest of its family ("the company" after "the property
  // company Ventas" and "the technology giant Cisco Systems" is Cisco).
  // "Fitch Ratings said ... The ratings agency said": else the latest
  // organisation of no known kind named in this sentence or the one before.
  auto sentence = std::upper_bound(sentence_firsts_.begin(), sentence_firsts_.end(), det);
  const int recent =
      sentence - sentence_firsts_.begin() >= 2 ? *(sentence - 2) : 0;
  // (Mentions come in text order: the walk starts at the last before `det`.)
  const auto before = MentionsFrom(mentions_, det);
  int steps = 0, family = -1, unknown = -1, owner = -1, acronym = -1, named_kind = -1;
  for (auto it = std::make_reverse_iterator(before);
       it != mentions_.rend() && steps < kMaxPronounLookback; ++it) {
    if (it->first >= det || it->entity < 0) continue;
    ++steps;
    const Entity& e = entities_[it->entity];
    // "TS Laevad said it would ... The company said": a business of no kind.
    if (acronym < 0 && (h.classes & kOrgKindBusiness) != 0 && it->first >= recent &&
        AcronymLedName(tokens_, *it, e) &&
        ThingPronounFollows(text_, tokens_, it->last,
                            SentenceEndOf(sentence_firsts_, it->first, det))) {
      acronym = it->entity;
    }
    if (e.type != v1::SOURCE_TYPE_ORGANIZATION) continue;
    if (!portfolio.empty() && !NameHasWord(e.name, portfolio)) continue;
    // (An owner only when no other is named: "Fitch Ratings, which cut
    // Larkfield's rating, said ... The ratings agency said" is Fitch; "the FBI's
    // investigation, a probe the law enforcement agency said" the FBI.)
    if (unknown < 0 && it->first >= recent && it->kind != MentionKind::kPlace &&
        e.kinds.empty() && e.kind_classes == 0) {
      if (!it->possessive) {
        if (!InsidePhrase(text_, tokens_, *it)) unknown = it->entity;
      } else if (owner < 0) {
        owner = it->entity;
      }
    }
    // (Not a run of a headline: "Transit Agency Freezes Fares" is no agency,
    // "Council Meets on Budget" no council.)
    const bool kind = std::find(e.kinds.begin(), e.kinds.end(), word) != e.kinds.end() &&
                      !InTitleCaseSentence(it->first);
    // "the guide association" after "Rowe Guides Association" and a nearer
    // "Rowe Hotel Association": the one whose name has the modifier too.
    if (kind && NameHasWord(e.name, word)) {
      if (det + 1 == head || NameHasModifier(e.name, det + 1, head)) return it->entity;
      if (named_kind < 0) named_kind = it->entity;
    }
    // "Northwind Air Group ... the company": a "Group" in a name is a business too.
    const bool business_group =
        (h.classes & kOrgKindBusiness) != 0 &&
        std::find(e.kinds.begin(), e.kinds.end(), "group") != e.kinds.end();
    // ("the government" is no "Ministry of Tourism".)
    // ("the council" is no "Transit Authority": a body of its own form.)
    const bool of_family = kind ||
                           ((e.kind_classes & h.classes & kOrgKind) != 0 &&
                            !lexicon::IsWholeGovernmentNoun(word) &&
                            !lexicon::IsOwnFormBodyNoun(word)) ||
                           business_group;
    if (of_family && family < 0) family = it->entity;
  }
  if (named_kind >= 0) return named_kind;
  if (family >= 0) return family;
  // ("The government has pledged" after "the English Housing Survey": none.)
  if (lexicon::IsWholeGovernmentNoun(word)) return -1;
  if (unknown >= 0) return unknown;
  if (owner >= 0) return owner;
  return acronym;
}


int MentionFinder::OrganizationNamedByHead(int head) const {
  bool capitalised = false;
  const int det = DescriptionArticle(text_, tokens_, head, &capitalised);
  const absl::string_view word = TokenText(text_, tokens_[head]);
  if (det < 0 || capitalised || tokens_[head].possessive || word.size() < 2) return -1;
  int steps = 0, named = -1;
  for (auto it = std::make_reverse_iterator(MentionsFrom(mentions_, det));
       it != mentions_.rend() && steps < kMaxPronounLookback; ++it) {
    if (it->entity < 0 || it->entity == named) continue;
    ++steps;
    const Entity& e = entities_[it->entity];
    // (The word's letters after its first, found in the name first: cheap.)
    if (e.type != v1::SOURCE_TYPE_ORGANIZATION ||
        absl::string_view(e.name).find(word.substr(1)) == absl::string_view::npos ||
        !HeadOfName(word, e.name)) {
      continue;
    }
    // ("The Coastal Aquaculture Chamber and the Inland Fisheries Chamber met.
    // The chamber said": either.)
    if (named >= 0) return -1;
    named = it->entity;
  }
  return named;
}

int MentionFinder::OrganizationOfKind(int head) const {
  const Token& h = tokens_[head];
  if (h.kind != TokenKind::kWord || h.upper || (h.classes & kOrgKind) == 0) return -1;
  const std::string word = absl::AsciiStrToLower(TokenText(text_, h));
  int steps = 0;
  for (auto it = std::make_reverse_iterator(MentionsFrom(mentions_, head));
       it != mentions_.rend() && steps < kMaxPronounLookback; ++it) {
    if (it->entity < 0) continue;
    ++steps;
    const Entity& e = entities_[it->entity];
    if (e.type == v1::SOURCE_TYPE_ORGANIZATION &&
        std::find(e.kinds.begin(), e.kinds.end(), word) != e.kinds.end()) {
      return it->entity;
    }
  }
  return -1;
}

bool MentionFinder::NameHasModifier(absl::string_view name, int first, int last) const {
  for (int k = first; k < last; ++k) {
    const Token& t = tokens_[k];
    if (t.kind != TokenKind::kWord || t.upper || t.possessive) continue;
    const absl::string_view w = TokenText(text_, t);
    // ("The new company" after "New Coast Bakery Company": an age, no name.)
    if (lexicon::IsDescribingAdjective(w)) continue;
    for (absl::string_view n : absl::StrSplit(name, ' ')) {
      // ("Guides'", "Nurses'": a plural or its possessive.)
      n = absl::StripSuffix(absl::StripSuffix(n, "'"), "s");
      if (absl::EqualsIgnoreCase(n, absl::StripSuffix(w, "s"))) return true;
    }
  }
  return false;
}

int MentionFinder::ResolveTitle(int head) const {
  const Token& h = tokens_[head];
  if (h.kind != TokenKind::kWord || h.upper || h.possessive ||
      (h.classes & (kTitle | kTitleHead)) == 0) {
    return -1;
  }
  const absl::string_view word = TokenText(text_, h);
  int steps = 0;
  int untitled = -1;  // a holder TitledBefore refused: its other mentions ask no more
  for (auto it = std::make_reverse_iterator(MentionsFrom(mentions_, head));
       it != mentions_.rend() && steps < kMaxPronounLookback; ++it) {
    if (it->entity < 0) continue;
    ++steps;
    const Entity& e = entities_[it->entity];
    if (it->entity == untitled || e.type != v1::SOURCE_TYPE_PERSON ||
        !TitleEndsInRole(e.title, word)) {
      continue;
    }
    // (Not a title the text gives only later: "Gov. Jeb Bush" further down is
    // no "the governor" here.)
    if (!TitledBefore(it->entity, head)) {
      untitled = it->entity;
      continue;
    }
    // ("Rep. Jo Hale ... met a union representative. The representative
    // said": the one brought in since.)
    if (IntroducesUnnamedHolder(text_, tokens_, it->last, head, word)) return -1;
    return it->entity;
  }
  return -1;
}

bool MentionFinder::TitledBefore(int entity, int k) const {
  const absl::string_view title = entities_[entity].title;
  const absl::string_view last = TitleLastWord(title);
  // (Back from `k`: the nearest mention that gave the title ends the walk.)
  for (auto it = std::make_reverse_iterator(MentionsFrom(mentions_, k)); it != mentions_.rend();
       ++it) {
    const Mention& m = *it;
    if (m.entity != entity) continue;
    // ("Crown prosecutor Malcolm Reid": a lowercase title the name follows.)
    if (m.title_first >= 0 || m.appositive_end >= 0 ||
        (m.first > 0 && absl::EqualsIgnoreCase(TokenText(text_, tokens_[m.first - 1]), last))) {
      return true;
    }
  }
  return false;
}

int MentionFinder::LatestOrganization(int k) const {
  int steps = 0;
  for (auto it = std::make_reverse_iterator(MentionsFrom(mentions_, k));
       it != mentions_.rend() && steps < kMaxPronounLookback; ++it) {
    if (it->entity < 0) continue;
    ++steps;
    if (entities_[it->entity].type == v1::SOURCE_TYPE_ORGANIZATION &&
        it->kind != MentionKind::kPlace) {
      return it->entity;
    }
  }
  return -1;
}

int MentionFinder::SubjectOrganization(int first) const {
  const int m = OpeningMentionBefore(first);
  return m >= 0 && entities_[mentions_[m].entity].type == v1::SOURCE_TYPE_ORGANIZATION
             ? mentions_[m].entity
             : -1;
}

int MentionFinder::OpeningMentionBefore(int first) const {
  auto own = std::lower_bound(sentence_firsts_.begin(), sentence_firsts_.end(), first);
  if (own == sentence_firsts_.begin()) return -1;
  const int previous = *(own - 1);
  int steps = 0;
  for (auto it = mentions_.rbegin();
       it != mentions_.rend() && steps < kMaxPronounLookback; ++it, ++steps) {
    if (it->sentence_first > previous) continue;
    if (it->sentence_first < previous) break;
    // The sentence's first mention, opening it (after an article or a place
    // compound at most: "Bradford-based Kershaw Textiles said ...").
    const bool opens = it->first == previous ||
                       (it->first == previous + 1 &&
                        (lexicon::IsArticle(TokenText(text_, tokens_[previous])) ||
                         lexicon::IsPlaceCompound(TokenText(text_, tokens_[previous]))));
    const bool earlier = it + 1 != mentions_.rend() && (it + 1)->sentence_first == previous;
    if (earlier) continue;
    if (!opens || it->entity < 0 || it->kind == MentionKind::kPlace) return -1;
    return static_cast<int>(mentions_.rend() - it) - 1;
  }
  return -1;
}

bool MentionFinder::CurrencyPrefixAt(int k) const {
  if (k + 1 >= static_cast<int>(tokens_.size())) return false;
  const Token& next = tokens_[k + 1];
  return !next.space_before && next.paragraph == tokens_[k].paragraph &&
         text_[next.begin] == '$';
}

int MentionFinder::MentionEndingAt(int k) const {
  auto it = by_end_.find(k);
  return it == by_end_.end() ? -1 : it->second;
}

int MentionFinder::MentionStartingAt(int k) const {
  auto it = by_start_.find(k);
  return it == by_start_.end() ? -1 : it->second;
}

int MentionFinder::MentionWithAppositiveEndingAt(int k) const {
  auto it = by_appositive_.find(k);
  return it == by_appositive_.end() ? -1 : it->second;
}

bool MentionFinder::IsSpokenTo(const Mention& m) const { return SpokenTo(text_, tokens_, m); }

bool MentionFinder::IsPronounTarget(const Mention& m) const {
  // "when I emailed him": a capitalised "I" names no one.
  if (m.entity < 0 || (tokens_[m.first].classes & (kPersonPronoun | kOtherPronoun)) != 0)
    return false;
  // ("spoke to Otieno": one talks to a person.)
  if (m.kind == MentionKind::kName && m.first > 0 && !SpokenTo(text_, tokens_, m)) {
    // "told reporters in Madrid": a lone name after a preposition is a place.
    const Token& prev = tokens_[m.first - 1];
    const absl::string_view w = TokenText(text_, prev);
    if (!prev.upper &&
        ((prev.classes & kAffiliationPrep) != 0 || lexicon::IsPlaceBeforeName(w))) {
      return false;
    }
  }
  if (m.kind == MentionKind::kPerson && m.first > 0 && m.title_first < 0) {
    // "a rally in San Diego": a two-word name after "in" is a place too.
    const absl::string_view w = TokenText(text_, tokens_[m.first - 1]);
    if (lexicon::IsPlaceBeforeFullName(w)) return false;
  }
  return entities_[m.entity].type == v1::SOURCE_TYPE_PERSON &&
         (m.kind == MentionKind::kPerson || m.kind == MentionKind::kName);
}

int MentionFinder::GenderOfToken(int k) const {
  return WordGender(text_, tokens_[k]);
}

int MentionFinder::EntityGender(int entity) const {
  const Entity& e = entities_[entity];
  if (e.gender != 0 || e.title.empty()) return e.gender;
  // "Jo Bell, a spokeswoman for ...": a gendered word of the title.
  for (absl::string_view word : absl::StrSplit(e.title, ' ')) {
    if (const int g = GenderOfWordAnyCase(word); g != 0) return g;
  }
  return 0;
}

bool MentionFinder::InTitleCaseSentence(int k) const {
  auto next = std::upper_bound(sentence_firsts_.begin(), sentence_firsts_.end(), k);
  if (next == sentence_firsts_.begin() || next == sentence_firsts_.end()) return false;
  return IsTitleCase(text_, tokens_, *(next - 1), *next);
}

int MentionFinder::ResolvePronoun(int k) const {
  // "she" passes over Mr. Smith, "he" over Ms. Jones.
  const int pronoun_gender = GenderOfToken(k);
  // The first token of k's sentence: mentions before it belong to earlier ones.
  auto next = std::upper_bound(sentence_firsts_.begin(), sentence_firsts_.end(), k);
  const int own = next == sentence_firsts_.begin() ? 0 : *(next - 1);
  const int own_index = static_cast<int>(next - sentence_firsts_.begin()) - 1;
  // (A sentence-opening he/she was resolved as its sentence was added.)
  if (const SubjectPronoun* p = OpeningPronounAt(own_index, k); p != nullptr) return p->entity;
  int steps = 0;
  int fallback = -1, fallback_sentence = -1;
  bool spoken_to = false;  // the fallback is the one a verb of talking is addressed to
  int weak = -1;  // the latest weak antecedent, if no one else is met
  for (auto it = mentions_.rbegin();
       it != mentions_.rend() && steps < kMaxPronounLookback; ++it) {
    if (it->first >= k || it->entity < 0) continue;
    ++steps;
    if (!IsPronounTarget(*it)) continue;
    if (pronoun_gender != 0) {
      const int gender = GenderBefore(it->entity, k);
      if (gender != 0 && gender != pronoun_gender) continue;
    }
    // "Coach Ike Obi said ... The match was at New Civic Hall. “…,” he said".
    if (fallback < 0 && WeakAntecedent(*it, k)) {
      if (weak < 0) weak = it->entity;
      continue;
    }
    if (it->sentence_first == own) return it->entity;
    if (fallback < 0) {
      // "Diallo said ... He alleged that voters in Medina were turned away.
      // “…,” he said": the same pronoun opening a sentence since goes on
      // about its person.
      const int from = static_cast<int>(
          std::lower_bound(sentence_firsts_.begin(), sentence_firsts_.end(), it->sentence_first) -
          sentence_firsts_.begin());
      // ("He was followed by Minister Ann Bett. “…,” she said": Bett, not
      // the chain.)
      const int chained = ChainedPronoun(from, own_index, pronoun_gender);
      if (chained >= 0 &&
          (chained == it->entity || ChainedPronoun(from + 1, own_index, pronoun_gender) >= 0 ||
           !HandsOverTo(text_, tokens_, *it, entities_[it->entity],
                        sentence_firsts_[from + 1]))) {
        return chained;
      }
      // "Prosecutor Jane Doe told the court that Smith lied. “…,” he said": an
      // earlier sentence's subject, not the last name in it.
      fallback = it->entity;
      fallback_sentence = it->sentence_first;
      spoken_to = SpokenTo(text_, tokens_, *it);
    } else if (it->sentence_first != fallback_sentence) {
      return fallback;
    }
    // ("The Nation spoke to Otieno at his farm. “…,” he said": the one talked
    // to, not a subject who talked and shows no person; "Chairman Ann Bett
    // spoke with Otieno. But she ..." is Bett.)
    if (it->subject && (it->entity == fallback || !spoken_to ||
                        mention_internal::ShowsAPerson(entities_[it->entity]))) {
      return it->entity;
    }
  }
  if (fallback >= 0) return fallback;
  const int chained =
      ChainedPronoun(std::max(own_index - kMaxChainSentences, 0), own_index, pronoun_gender);
  return chained >= 0 ? chained : weak;
}

bool MentionFinder::OpensClause(const Mention& m) const {
  if (!m.subject) return false;
  const int start = m.start();
  if (start == m.sentence_first) return true;
  // ("the Gondar and Axum roads", "voters in Medina": a name after an article
  // or a preposition modifies or follows something else.)
  const Token& prev = tokens_[start - 1];
  if (prev.kind != TokenKind::kWord) return true;
  if ((prev.classes & kDeterminer) != 0) return false;
  const absl::string_view w = TokenText(text_, prev);
  return prev.upper || ((prev.classes & kAffiliationPrep) == 0 &&
                        !lexicon::IsObjectPreposition(w) && !lexicon::IsPlaceBeforeName(w));
}

bool MentionFinder::WeakAntecedent(const Mention& m, int k) const {
  const Entity& e = entities_[m.entity];
  if (mention_internal::ShowsAPerson(e) || !e.affiliation.empty() || OpensClause(m) ||
      GenderBefore(m.entity, k) != 0) {
    return false;
  }
  if (const EntityFacts* f = RecordedFacts(m.entity);
      f != nullptr && f->first_subject >= 0 && f->first_subject < k) {
    return false;
  }
  // "asking Rubio why he", "about Sanders before he announced": the pronoun
  // opens a clause about the name just before it.
  if (m.last + 1 == k && tokens_[m.last].kind == TokenKind::kWord && !tokens_[m.last].upper)
    return false;
  // "led by Olunga, who returns from injury": a "who" clause shows a person.
  const int after = m.last < k && IsPunct(tokens_[m.last], ',') ? m.last + 1 : m.last;
  if (after < k && IsPersonRelative(tokens_[after])) return false;
  if (SpokenTo(text_, tokens_, m)) return false;
  if (m.last - m.first == 1 && e.aliases.empty() && e.name.find(' ') == std::string::npos)
    return true;  // "the Medina and Tilène districts", "Enugu coach"
  // "at New Civic Hall": a name after a preposition, no title.
  const int start = m.start();
  if (m.title_first >= 0 || start == 0) return false;
  const Token& prev = tokens_[start - 1];
  return !prev.upper && ((prev.classes & kAffiliationPrep) != 0 ||
                         lexicon::IsObjectPreposition(TokenText(text_, prev)));
}

const MentionFinder::SubjectPronoun* MentionFinder::OpeningPronounAt(int sentence, int k) const {
  auto it = std::partition_point(
      subject_pronouns_.begin(), subject_pronouns_.end(),
      [sentence](const SubjectPronoun& p) { return p.sentence < sentence; });
  return it != subject_pronouns_.end() && it->token == k ? &*it : nullptr;
}

int MentionFinder::ChainedPronoun(int from, int own, int gender) const {
  if (gender == 0) return -1;
  auto it = std::partition_point(subject_pronouns_.begin(), subject_pronouns_.end(),
                                 [own](const SubjectPronoun& p) { return p.sentence < own; });
  while (it != subject_pronouns_.begin() && (it - 1)->sentence >= from) {
    --it;
    if (it->gender == gender) return it->entity;
  }
  return -1;
}

int MentionFinder::GenderBefore(int e, int k) const {
  if (const int gender = EntityGender(e); gender != 0) return gender;
  const EntityFacts* f = RecordedFacts(e);
  return f != nullptr && f->learned_at >= 0 && f->learned_at < k ? f->learned_gender : 0;
}

MentionFinder::EntityFacts& MentionFinder::FactsOf(int e) {
  // (Grown to every entity met so far at once.)
  if (static_cast<size_t>(e) >= entity_facts_.size()) entity_facts_.resize(entities_.size());
  return entity_facts_[e];
}

const MentionFinder::EntityFacts* MentionFinder::RecordedFacts(int e) const {
  return static_cast<size_t>(e) < entity_facts_.size() ? &entity_facts_[e] : nullptr;
}

void MentionFinder::LearnGender(int e, int gender, int k) {
  EntityFacts& f = FactsOf(e);
  if (f.learned_at >= 0) return;
  f.learned_gender = gender;
  f.learned_at = k;
}

void MentionFinder::NoteSaidPronouns(const Sentence& s, size_t from) {
  for (int k = s.first + 2; k < s.last; ++k) {
    const Token& t = tokens_[k];
    if ((t.classes & kPersonPronoun) == 0 || t.kind != TokenKind::kWord || quote_depth_[k] != 0 ||
        (tokens_[k - 1].cue & (kCueQuote | kCueReport)) == 0 || tokens_[k - 1].upper) {
      continue;
    }
    int m = MentionEndingAt(k - 2);
    if (m < 0) m = MentionWithAppositiveEndingAt(k - 2);
    if (m < static_cast<int>(from) || !mentions_[m].subject || !IsPronounTarget(mentions_[m]))
      continue;
    const int e = mentions_[m].entity;
    // "Symms said he had been impressed": Symms is a man, unless another
    // person may be meant ("Mwangi said she had been a good wife", "Asked
    // about his daughter, Otieno said she ...").
    const int gender = GenderOfToken(k);
    if (EntityGender(e) != 0 || GenderedWordBesides(text_, tokens_, s, mentions_[m], k, gender))
      continue;
    const int first = sentence_firsts_[std::max(static_cast<int>(sentence_firsts_.size()) - 1 -
                                                    kGenderWindow,
                                                0)];
    bool alone = true;
    for (auto it = mentions_.rbegin(); alone && it != mentions_.rend() && it->sentence_first >= first;
         ++it) {
      if (it->entity == e || !IsPronounTarget(*it)) continue;
      const int other = GenderBefore(it->entity, k);
      alone = other != 0 && other != gender;
    }
    if (alone) LearnGender(e, gender, k);
  }
}

void MentionFinder::NoteSubjectPronoun(const Sentence& s) {
  const int k = OpeningPronoun(tokens_, quote_depth_, s);
  if (k < 0) return;
  const int gender = GenderOfToken(k);
  if (gender == 0) return;
  const int e = ResolvePronoun(k);
  const int own = static_cast<int>(sentence_firsts_.size()) - 1;
  subject_pronouns_.push_back({own, gender, e, k});
  // "Councillor Ade Bello told the meeting ... He said ...": Bello is a man.
  if (e >= 0 && EntityGender(e) == 0 && OnlyPersonBefore(e, own, gender))
    LearnGender(e, gender, k);
}

bool MentionFinder::OnlyPersonBefore(int e, int own, int gender) const {
  if (own < 1) return false;
  const int first = sentence_firsts_[std::max(own - kGenderWindow, 0)];
  const int before = sentence_firsts_[own - 1];
  bool named = ChainedPronoun(own - 1, own, gender) == e;
  for (auto it = mentions_.rbegin(); it != mentions_.rend() && it->sentence_first >= first; ++it) {
    if (it->sentence_first >= sentence_firsts_[own] || !IsPronounTarget(*it)) continue;
    if (it->entity == e) {
      named = named || it->sentence_first == before;
    } else {
      const int other = GenderBefore(it->entity, sentence_firsts_[own]);
      if (other == 0 || other == gender) return false;  // "Clinton ... Comey ... She"
    }
  }
  return named;
}

int MentionFinder::ResolveEpithet(int det, int head) const {
  const int pronoun = ResolvePronoun(det);
  const Token& h = tokens_[head];
  const absl::string_view role = TokenText(text_, h);
  if (h.kind != TokenKind::kWord || h.upper || absl::EndsWith(role, "-year-old")) {
    return pronoun;
  }
  if (const int titled = ResolveTitle(head); titled >= 0) return titled;
  // True when entity `e`'s title ends in the epithet's noun.
  auto says = [&](int e) {
    const absl::string_view title = entities_[e].title;
    const size_t space = title.rfind(' ');
    const absl::string_view last =
        space == absl::string_view::npos ? title : title.substr(space + 1);
    return absl::EqualsIgnoreCase(last, role);
  };
  auto fits = [&](int e) { return entities_[e].title.empty() || says(e); };
  int steps = 0, sentence = -1, latest_fit = -1;
  for (auto it = mentions_.rbegin();
       it != mentions_.rend() && steps < kMaxPronounLookback; ++it) {
    if (it->first >= det || it->entity < 0) continue;
    ++steps;
    if (!IsPronounTarget(*it) || entities_[it->entity].type != v1::SOURCE_TYPE_PERSON) continue;
    if (sentence < 0) sentence = it->sentence_first;
    if (it->sentence_first != sentence) break;
    if (says(it->entity)) return it->entity;
    if (latest_fit < 0 && fits(it->entity)) latest_fit = it->entity;
  }
  if (pronoun >= 0 && fits(pronoun)) return pronoun;
  return latest_fit;
}

void MentionFinder::MarkSubject(const Sentence& s, size_t from) {
  for (size_t i = from; i < mentions_.size(); ++i) {
    Mention& m = mentions_[i];
    // "Mr. Kim's record": an owner is no subject; nor is "I".
    if (m.entity < 0 || m.possessive ||
        (tokens_[m.first].classes & (kPersonPronoun | kOtherPronoun)) != 0 ||
        (m.kind != MentionKind::kPerson && m.kind != MentionKind::kName)) {
      continue;
    }
    const int start = m.start();
    // "Reached by phone, ...": a participle opening the sentence names no one.
    const absl::string_view w = TokenText(text_, tokens_[m.first]);
    if (start == s.first && m.last == m.first + 1 &&
        (absl::EndsWith(w, "ed") || absl::EndsWith(w, "ing"))) {
      continue;
    }
    if (start > s.first) {
      const Token& prev = tokens_[start - 1];
      const absl::string_view w = TokenText(text_, prev);
      if (!prev.upper &&
          ((prev.classes & kAffiliationPrep) != 0 || lexicon::IsObjectPreposition(w))) {
        continue;
      }
    }
    m.subject = true;
    if (OpensClause(m)) {
      EntityFacts& f = FactsOf(m.entity);
      if (f.first_subject < 0) f.first_subject = m.first;
    }
    return;
  }
}

bool MentionFinder::TitleCaseSentence(const Sentence& s) {
  if (title_case_first_ != s.first) {
    title_case_first_ = s.first;
    title_case_ = IsTitleCase(text_, tokens_, s.first, s.last);
  }
  return title_case_;
}

void MentionFinder::AddSentence(const Sentence& s) {
  if (sentence_firsts_.empty() || sentence_firsts_.back() < s.first) {
    sentence_firsts_.push_back(s.first);
  }
  const size_t first_mention = mentions_.size();
  const int opener = DatelineEnd(s);
  for (int k = opener; k < s.last; ++k) {
    // (A public body's kind two or three words on, before the longer test.)
    if ((tokens_[k].classes & kDeterminer) != 0 && k + 2 < s.last &&
        ((tokens_[k + 2].classes | (k + 3 < s.last ? tokens_[k + 3].classes : 0u) |
          ((tokens_[k + 2].possessive || (k + 3 < s.last && tokens_[k + 3].possessive)) &&
                   k + 4 < s.last
               ? tokens_[k + 4].classes
               : 0u)) &
         kOrgKindPublic) != 0) {
      if (const int body = LowercaseBodyEnd(k, s); body > k) {
        // "The economy ministry said": the phrase from its article names the body.
        // ("The city's transport department said": the body after its owner.)
        by_start_[k] = static_cast<int>(mentions_.size());
        k = AddCountryBody(s, PossessedBodyOwner(k) ? k + 3 : k + 1, body) - 1;
        continue;
      }
    }
    if (const int body = (tokens_[k].classes & kDeterminer) != 0 && k + 3 < s.last &&
                                 tokens_[k + 2].kind == TokenKind::kQuote
                             ? MembersBodyEnd(k, s)
                             : -1;
        body > k) {
      // "The nurses' union said": the phrase after its article names the body.
      by_start_[k] = static_cast<int>(mentions_.size());
      k = AddCountryBody(s, k + 1, body) - 1;
      continue;
    }
    if (!IsNameToken(k) && !((tokens_[k].classes & kTimeWord) != 0 && MonthLedName(k, s.last)))
      continue;
    if (CurrencyPrefixAt(k)) continue;  // "NZ$78"
    const bool at_start = k == opener || tokens_[k - 1].kind == TokenKind::kQuote ||
                          IsPunct(tokens_[k - 1], '(') || IsPunct(tokens_[k - 1], ':');
    const Token& t = tokens_[k];
    // ("... all along -More from the pollsters:": a dash opens a phrase too.)
    const bool after_dash = k > opener && tokens_[k - 1].punct == 'D' &&
                            (t.classes & (kOrgWord | kSpeakerNoun)) == 0;
    if ((at_start || after_dash) && (t.classes & kNotName) != 0 &&
        (t.classes & kTitle) == 0 && !t.all_caps) {
      continue;
    }
    if (at_start && !StartsName(k, s)) continue;
    if (at_start && CommonWordOpener(k, s)) continue;
    if (const int body = CountryBodyEnd(k, s); body > k) {
      k = AddCountryBody(s, k, body) - 1;  // "Ukraine's foreign ministry"
      continue;
    }
    if (const int body = NationBodyEnd(k, s); body > k) {
      // "the Scottish government": the phrase from its article names the body.
      by_start_[k - 1] = static_cast<int>(mentions_.size());
      k = AddCountryBody(s, k, body) - 1;
      continue;
    }
    if (IsGroupPlural(k)) continue;
    // ("Said Vigil"; not "State Sen. Rita Vance".)
    if ((t.classes & kCue) != 0 && !t.all_caps && at_start && !OfficeLevelAt(k, s)) continue;
    if (t.cue != 0 && (t.cue & kCuePhrase) == 0 && k > s.first && TitleCaseSentence(s))
      continue;  // "... Says Russians Hacked DNC": the verb of a headline
    k = ReadName(s, k) - 1;
  }
  MarkSubject(s, first_mention);
  NoteSubjectPronoun(s);
  if (first_mention < mentions_.size()) NoteSaidPronouns(s, first_mention);
  if (first_mention < mentions_.size() ||
      (bare_subject_ >= 0 &&
       static_cast<int>(sentence_firsts_.size()) - 2 == bare_subject_sentence_)) {
    OrganisationEvidence(s, first_mention);
  }
  if (first_mention < mentions_.size()) {  // (most sentences name no one)
    NoteStoryOrganization(s, first_mention);
    if (story_organization_ >= 0) ImpliedAffiliations(s, first_mention);
  }
}

void MentionFinder::NoteStoryOrganization(const Sentence& s, size_t from) {
  const Mention& m = mentions_[from];
  if (m.entity < 0 || m.kind == MentionKind::kPlace || m.owner >= 0 ||
      entities_[m.entity].type != v1::SOURCE_TYPE_ORGANIZATION) {
    return;
  }
  // ("Workers at Kaimai Dairy said", "Shares in X fell": no subject; nor a
  // mention far into its sentence.)
  if (m.first - s.first > mention_internal::kMaxStoryOpener) return;
  // ("The national weather service said": a body named in lowercase employs
  // no "Chief Executive X" named after it.)
  if (!tokens_[m.first].upper) return;
  for (int i = s.first; i < m.first; ++i) {
    const Token& t = tokens_[i];
    if (IsWord(t) && !t.upper && (t.classes & (kAffiliationPrep | kNotName)) != 0 &&
        (t.classes & kDeterminer) == 0) {
      return;
    }
  }
  story_organization_ = m.entity;
  story_sentence_ = static_cast<int>(sentence_firsts_.size()) - 1;
  if ((entities_[m.entity].kind_classes & kOrgKindBusiness) != 0) {
    story_business_ = m.entity;
    story_business_sentence_ = story_sentence_;
  }
}

int MentionFinder::StoryOrganization(int k) const {
  if (story_organization_ < 0) return -1;
  auto next = std::upper_bound(sentence_firsts_.begin(), sentence_firsts_.end(), k);
  const int own = static_cast<int>(next - sentence_firsts_.begin()) - 1;
  // ("Chief executive X" after "Kestrel Telecom said ..." and "The regulator's
  // Data Protection Commission said ...": the business.)
  if (story_business_ >= 0 &&
      own - story_business_sentence_ <= mention_internal::kMaxStoryBusinessSentences) {
    return story_business_;
  }
  return own - story_sentence_ <= mention_internal::kMaxStorySentences ? story_organization_
                                                                       : -1;
}

void MentionFinder::ImpliedAffiliations(const Sentence& s, size_t from) {
  for (size_t i = from; i < mentions_.size(); ++i) {
    const Mention& m = mentions_[i];
    if (m.entity < 0 || m.owner >= 0 || m.kind != MentionKind::kPerson) continue;
    Entity& e = entities_[m.entity];
    if (e.type != v1::SOURCE_TYPE_PERSON || e.title.empty() || !e.affiliation.empty()) {
      continue;
    }
    // The title's words right before the name: lowercase but a capital opening
    // the sentence, no organisation or place of their own.
    // ("chief medical officer Dr Ines Barros": a scholar's honorific between.)
    int end = m.first;
    if (end > s.first && lexicon::IsScholarlyHonorific(TokenText(text_, tokens_[end - 1]))) {
      --end;
    }
    // (Compared in place: most titles end elsewhere.)
    const absl::string_view title = e.title;
    if (end <= s.first || !absl::EndsWith(title, TokenText(text_, tokens_[end - 1]))) continue;
    const int words = 1 + static_cast<int>(std::count(title.begin(), title.end(), ' '));
    const int tf = end - words;
    if (tf < s.first ||
        text_.substr(tokens_[tf].begin, tokens_[end - 1].end - tokens_[tf].begin) != title) {
      continue;
    }
    // ("Opposition energy spokesman X": a party's post, a portfolio's.)
    bool own = false;
    for (int t = tf; t < end && !own; ++t) {
      const Token& w = tokens_[t];
      own = !IsWord(w) ||
            // ("Chief Financial Officer Kenji Arakawa": capitalised title words
            // are no one's name anywhere.)
            (w.upper && (w.classes & (kTitle | kTitleHead | kTitleModifier)) == 0) ||
            (w.classes & (kOrgWord | kOrgKind | kCountry)) != 0 ||
            lexicon::IsPortfolio(TokenText(text_, w));
    }
    if (own || (tf > s.first && tokens_[tf - 1].possessive) ||
        !lexicon::IsOrganisationPost(
            absl::AsciiStrToLower(TokenText(text_, tokens_[end - 1])))) {
      continue;
    }
    if (const int org = StoryOrganization(m.first); org >= 0 && org != m.entity) {
      e.affiliation = entities_[org].name;
    }
  }
}

int MentionFinder::LatestNamesake(const Mention& m, absl::string_view surname,
                                  int first_named) const {
  // A bare surname is the person named first (the one the story is about); an
  // honorific or title tells namesakes apart.
  if (m.title_first < 0) return -1;
  int gender = 0;
  for (int i = m.title_first; i < m.first && gender == 0; ++i) gender = GenderOfToken(i);
  const std::string title = Text(m.title_first, m.first);
  auto fits = [&](int e) {
    const int g = gender == 0 ? 0 : EntityGender(e);
    return g == 0 || g == gender;
  };
  int steps = 0, untitled = -1;
  bool first_untitled = false;  // `first_named` was named without a title
  for (auto it = mentions_.rbegin();
       it != mentions_.rend() && steps < kMaxPronounLookback; ++it) {
    if (it->entity < 0) continue;
    ++steps;
    const Entity& e = entities_[it->entity];
    const absl::string_view full = e.name;
    if (e.type != v1::SOURCE_TYPE_PERSON || full.size() <= surname.size() ||
        !absl::EndsWith(full, surname) || full[full.size() - surname.size() - 1] != ' ' ||
        !fits(it->entity)) {
      continue;
    }
    // "Dr. O'Brien": the namesake named with the same title.
    if (it->title_first >= 0 && Text(it->title_first, it->first) == title) return it->entity;
    if (it->title_first < 0) {
      if (untitled < 0) untitled = it->entity;
      if (it->entity == first_named) first_untitled = true;
    }
  }
  // "Ms. O'Brien": the person named first if the honorific fits, else the latest
  // named without a title (not "Dr. Sean O'Brien").
  if (first_untitled || (fits(first_named) && untitled < 0)) return -1;
  return untitled;
}

bool WordInName(absl::string_view w, absl::string_view name) {
  constexpr size_t kMinStemBytes = 5;
  if (NameHasWord(name, w)) return true;
  for (absl::string_view word : absl::StrSplit(name, ' ')) {
    if (w.size() >= kMinStemBytes && word.size() >= kMinStemBytes &&
        absl::EqualsIgnoreCase(w.substr(0, kMinStemBytes), word.substr(0, kMinStemBytes))) {
      return true;
    }
  }
  return false;
}

bool HeadOfName(absl::string_view head, absl::string_view name) {
  if (name.size() > head.size() && name[name.size() - head.size() - 1] == ' ' &&
      absl::EndsWithIgnoreCase(name, head)) {
    return true;
  }
  // The words two before and one before each word, read in place (no vector:
  // this runs per entity per mention).
  absl::string_view two_before, one_before;
  bool have_two = false, have_one = false;
  for (absl::string_view word : absl::StrSplit(name, ' ')) {
    if (have_two && absl::EqualsIgnoreCase(two_before, head) &&
        (one_before == "for" || one_before == "of")) {
      return true;
    }
    two_before = one_before;
    have_two = have_one;
    one_before = word;
    have_one = true;
  }
  return false;
}

int MentionFinder::Resolve(const Mention& m) {
  const std::string name =
      m.nickname_first > m.first && m.nickname_last < m.last
          ? absl::StrCat(Text(m.first, m.nickname_first), " ", Text(m.nickname_last, m.last))
          : Text(m.first, m.last);
  if (auto it = by_name_.find(name); it != by_name_.end()) {
    // "Ms. O'Brien" after "Dr. Sean O'Brien" and "Siobhan O'Brien": the namesake
    // her honorific fits, not the first one named.
    const Entity& e = entities_[it->second];
    if (m.last - m.first == 1 && e.type == v1::SOURCE_TYPE_PERSON && e.name != name) {
      if (const int namesake = LatestNamesake(m, name, it->second); namesake >= 0) {
        return namesake;
      }
    }
    // "Deloitte said in a report ... Analysts at Deloitte": a lone word first
    // taken for a person is the organisation the text later says it is.
    if (m.kind == MentionKind::kOrganization && m.last - m.first == 1 &&
        e.type == v1::SOURCE_TYPE_PERSON && e.name == name && e.title.empty()) {
      entities_[it->second].type = v1::SOURCE_TYPE_ORGANIZATION;
    }
    return it->second;
  }
  // "The prime minister's office said" after "the Office of the Prime
  // Minister": one office, named in capitals.
  if (m.last - m.first >= 3) {
    if (const std::string holder = OfficeHolderOf(name); !holder.empty()) {
      if (const int id = OfficeNamedBefore(entities_, holder); id >= 0) {
        if (absl::ascii_isupper(name[0]) && absl::ascii_islower(entities_[id].name[0])) {
          entities_[id].name = name;
        }
        by_name_[name] = id;
        return id;
      }
    }
  }
  if (m.last - m.first == 1 && tokens_[m.first].all_caps && name.size() >= 2) {
    // "TRUMP:", "RAO:" in a transcript is the Trump or Rao named before (however
    // short the surname), not an acronym.
    std::string cased = absl::AsciiStrToLower(name);
    cased[0] = absl::ascii_toupper(cased[0]);
    if (auto it = by_name_.find(cased);
        it != by_name_.end() && entities_[it->second].type == v1::SOURCE_TYPE_PERSON) {
      return it->second;
    }
  }
  const std::string last_word(TokenText(text_, tokens_[m.last - 1]));
  if (m.kind == MentionKind::kPerson) {
    // A surname met alone before the full name: upgrade it.
    if (auto it = by_name_.find(last_word);
        it != by_name_.end() && entities_[it->second].name == last_word &&
        entities_[it->second].type == v1::SOURCE_TYPE_PERSON) {
      const int id = it->second;
      Entity& e = entities_[id];
      e.aliases.push_back(e.name);
      e.name = name;
      by_name_[name] = id;
      return id;
    }
  }
  if (m.kind == MentionKind::kOrganization && m.last - m.first == 1 &&
      (tokens_[m.first].classes & kOrgWord) != 0 &&
      (tokens_[m.first].classes & kOrgKind) != 0 && !tokens_[m.first].all_caps) {
    // "the Commission" after "the European Commission": the organisation named
    // before whose name ends in the word.
    const int stop = std::max(0, static_cast<int>(entities_.size()) - kMaxEntityLookback);
    for (int i = static_cast<int>(entities_.size()) - 1; i >= stop; --i) {
      const Entity& e = entities_[i];
      const absl::string_view full = e.name;
      if (e.type == v1::SOURCE_TYPE_ORGANIZATION && full.size() > name.size() &&
          absl::EndsWith(full, name) && full[full.size() - name.size() - 1] == ' ') {
        return i;
      }
    }
  }
  // (An honorific alone is no title: "Mr. López Obrador" after "Andrés Manuel
  // López Obrador".)
  if (m.kind == MentionKind::kName ||
      (m.kind == MentionKind::kPerson && m.title_first == m.title_last)) {
    // A surname of someone named in full earlier ("Vigil", "Ruiz de Lucas" after
    // "Marta Ruiz de Lucas").
    const int stop = std::max(0, static_cast<int>(entities_.size()) - kMaxEntityLookback);
    for (int i = static_cast<int>(entities_.size()) - 1; i >= stop; --i) {
      const Entity& e = entities_[i];
      if (e.type != v1::SOURCE_TYPE_PERSON || e.name.size() <= name.size()) continue;
      const absl::string_view full = e.name;
      if (EndsInSurname(full, name) ||
          (m.kind == MentionKind::kName && absl::StartsWith(full, name) &&
           full[name.size()] == ' ')) {
        return i;
      }
    }
  }
  // "Harbourline Bank", "Veldhuis Group": the name without its kind word;
  // "FC Kestrel", "Kestrel BK": without the club's letters.
  int short_first = m.first;
  int short_last = m.kind == MentionKind::kOrganization ? ShortNameEnd(m) : -1;
  if (short_last < 0 && m.kind == MentionKind::kOrganization &&
      !ClubShortName(m.first, m.last, &short_first, &short_last)) {
    short_first = m.first;
  }
  const std::string short_name = short_last > short_first ? Text(short_first, short_last) : "";
  if (!short_name.empty()) {
    // "Harbourline shares jump" in the headline, then "Harbourline Bank": the
    // short name met alone before is the organisation; so is the first of two
    // words ("Debswana said ...", then "Debswana Diamond Company").
    if (const int id = AdoptShortNameMetBefore(short_name, name); id >= 0) return id;
    if (short_first == m.first && short_last - m.first == 2) {
      if (const int id = AdoptShortNameMetBefore(Text(m.first, m.first + 1), name); id >= 0) {
        return id;
      }
    }
  }
  // "the electoral commission said", then the "National Commission for Local
  // Elections": the body named in lowercase before is the one named in full.
  if (m.kind == MentionKind::kOrganization && m.last - m.first >= 2 &&
      absl::ascii_isupper(name[0])) {
    if (const int id = AdoptLowercaseBodyMetBefore(m, name); id >= 0) return id;
  }
  Entity& e = entities_.emplace_back();  // built in place: no entity to move and free
  e.name = name;
  e.type = (m.kind == MentionKind::kPerson || m.kind == MentionKind::kName)
               ? v1::SOURCE_TYPE_PERSON
               : v1::SOURCE_TYPE_ORGANIZATION;
  const int id = static_cast<int>(entities_.size()) - 1;
  by_name_[name] = id;
  if (m.kind == MentionKind::kPerson) by_name_.try_emplace(last_word, id);
  if (!short_name.empty() && by_name_.try_emplace(short_name, id).second &&
      short_first == m.first && short_last - m.first == 2) {
    by_name_.try_emplace(Text(m.first, m.first + 1), id);  // "Northwind Air Group"
  }
  return id;
}

int MentionFinder::AdoptShortNameMetBefore(const std::string& short_name,
                                           const std::string& name) {
  const auto it = by_name_.find(short_name);
  if (it == by_name_.end()) return -1;
  const int id = it->second;
  Entity& before = entities_[id];
  if (before.name != short_name || !before.title.empty() || !before.affiliation.empty() ||
      before.gender != 0) {
    return -1;
  }
  before.aliases.push_back(before.name);
  before.name = name;
  before.type = v1::SOURCE_TYPE_ORGANIZATION;
  by_name_[name] = id;  // may rehash: `it` is not used after this
  RenameAffiliations(short_name, name);
  return id;
}

int MentionFinder::AdoptLowercaseBodyMetBefore(const Mention& m, const std::string& name) {
  int id = -1;
  const int stop = std::max(0, static_cast<int>(entities_.size()) - kMaxEntityLookback);
  for (int i = static_cast<int>(entities_.size()) - 1; i >= stop; --i) {
    const Entity& e = entities_[i];
    if (e.type != v1::SOURCE_TYPE_ORGANIZATION || e.name.empty() ||
        !absl::ascii_islower(e.name[0]) || !e.title.empty() || !e.affiliation.empty()) {
      continue;
    }
    const size_t space = absl::string_view(e.name).rfind(' ');
    if (space == absl::string_view::npos ||
        !HeadOfName(absl::string_view(e.name).substr(space + 1), name)) {
      continue;
    }
    bool all = true;
    for (absl::string_view w : absl::StrSplit(absl::string_view(e.name).substr(0, space), ' ')) {
      if (!WordInName(w, name)) {
        all = false;
        break;
      }
    }
    if (!all) continue;
    if (id >= 0) return -1;  // two bodies of that kind: neither
    id = i;
  }
  if (id < 0 || PlaceBeforeInSentence(m.sentence_first, m.first) ||
      LowercaseBodyTiedToAPlace(id)) {
    return -1;
  }
  Entity& before = entities_[id];
  const std::string lowercase = before.name;
  before.aliases.push_back(lowercase);
  before.name = name;
  by_name_[name] = id;
  RenameAffiliations(lowercase, name);
  return id;
}

bool MentionFinder::PlaceBeforeInSentence(int first, int last) const {
  for (int k = first; k < last; ++k) {
    if (tokens_[k].upper && (tokens_[k].classes & kCountry) != 0) return true;
  }
  return false;
}

bool MentionFinder::LowercaseBodyTiedToAPlace(int id) const {
  for (int i = static_cast<int>(mentions_.size()) - 1; i >= 0; --i) {
    const Mention& body = mentions_[i];
    if (body.entity != id) continue;
    // "Kenya's health ministry", "the Kenyan health ministry".
    if (PlaceBeforeInSentence(body.sentence_first, body.first)) return true;
    // "the health ministry in Nairobi".
    const int after = body.last;
    return after + 1 < static_cast<int>(tokens_.size()) && IsWord(tokens_[after]) &&
           lexicon::IsPlacePreposition(TokenText(text_, tokens_[after])) &&
           tokens_[after + 1].upper;
  }
  return false;
}

void MentionFinder::RenameAffiliations(const std::string& from, const std::string& to) {
  for (Entity& e : entities_) {
    if (e.affiliation == from) e.affiliation = to;
  }
}

int MentionFinder::ShortNameEnd(const Mention& m) const {
  const int n = m.last - m.first;
  if (n < 2 || n > 3) return -1;
  // A business ("Bank", "Airlines", "Inc.") or a "Group"; not a "Foundation" or
  // "Organization" named after a person ("Clinton Foundation", "Trump
  // Organization"): "Clinton" stays the person.
  const Token& kind = tokens_[m.last - 1];
  // ("Kestrel Telecom", "AGL Energy": a business's head word.)
  if (!kind.upper || ((kind.classes & kOrgKindBusiness) == 0 &&
                      !absl::EqualsIgnoreCase(TokenText(text_, kind), "group") &&
                      lexicon::OrgNameHeadKind(TokenText(text_, kind)) != kOrgKindBusiness)) {
    return -1;
  }
  for (int i = m.first; i + 1 < m.last; ++i) {
    const Token& t = tokens_[i];
    // "Deutsche", "Harbourline"; not "European" (Union), "World" (Bank) is fine.
    if (!IsWord(t) || !t.upper || t.all_caps || t.classes != 0) return -1;
  }
  // "Eric Trump Group", "Clinton Group" after "Hillary Clinton": a person named
  // before (a lone word met alone may still be the short name, and so may two
  // words met alone that end in a common noun: "Brantwood Chocolate says ..."
  // before "Brantwood Chocolate Co.").
  if (auto it = by_name_.find(Text(m.first, m.last - 1));
      it != by_name_.end() && entities_[it->second].type == v1::SOURCE_TYPE_PERSON &&
      entities_[it->second].name != Text(m.first, m.last - 1)) {
    return -1;
  } else if (it != by_name_.end() && entities_[it->second].type == v1::SOURCE_TYPE_PERSON &&
             n == 3 && !CommonNounShortName(m.last - 2)) {
    return -1;
  }
  return m.last - 1;
}

bool MentionFinder::CommonNounShortName(int k) const {
  const Token& t = tokens_[k];
  if (!t.letters_only) return false;
  return HasWholeWord(text_, absl::AsciiStrToLower(TokenText(text_, t)));
}

}  // namespace factwire
