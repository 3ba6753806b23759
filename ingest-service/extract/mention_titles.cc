// MentionFinder: titles before and around names ("Police Chief Tom Hale",
// "said chief executive Priya Raman", "The club's chairman, Gary Holt,").

#include "ingest-service/extract/mentions.h"

#include <algorithm>
#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "ingest-service/extract/lexicon/role_words.h"
#include "ingest-service/extract/lexicon/speech_words.h"
#include "ingest-service/extract/mention_internal.h"

namespace factwire {

using mention_internal::IsWord;
using mention_internal::kMaxEntityLookback;
using mention_internal::kMaxNameTokens;
using mention_internal::kMaxPlainPhraseWords;
using mention_internal::kMaxTitleBeforeName;
using mention_internal::kNotTitleWord;
using mention_internal::ShowsAPerson;

namespace {

// Makes `*om`, the name of a body right before a title and a person's name,
// no subject and no speaker of its own: a speaker read from it is the titled
// person, mention `next` (the one the caller adds next): "said Neris Vilnius
// goalkeeper Tomas Rimkus" is Rimkus speaking. A mention already standing for
// another is left.
void PointAtTitledPerson(Mention* om, size_t next) {
  if (om->owner >= 0) return;
  om->kind = MentionKind::kOrganization;
  om->subject = false;
  om->owner = static_cast<int>(next);
}

// The end of the post's own words before a person's name at `k`: `k - 2` when
// a lowercase office word is followed by "for" and one lowercase word for its
// portfolio ("Deputy mayor for transport Levon Hakobyan"), else `k`.
int PortfolioTailStart(const std::vector<Token>& tokens, absl::string_view text, int first,
                       int k) {
  if (k - 3 < first) return k;
  const Token& office = tokens[k - 3];
  const Token& topic = tokens[k - 1];
  if (!IsWord(topic) || topic.upper || !IsWord(office) || office.upper ||
      (office.classes & kTitle) == 0 || (topic.classes & (kTitle | kNotTitleWord)) != 0 ||
      TokenText(text, tokens[k - 2]) != "for") {
    return k;
  }
  return k - 2;
}

// Tokens searched back for a body named in lowercase (LowercaseBodyBefore()).
constexpr int kMaxLowercaseBodyLookback = 1500;
// Words of a body's name around its lowercase kind: modifiers before it
// ("provincial", "planning appeals"), capitalised words before those
// ("Senate"), its owner before "'s", the place after "of".
constexpr int kMaxBodyNameWords = 3;

// True for a lowercase word that may modify a body's kind in its name
// ("provincial", "planning", "appeals"): no article, pronoun, time word or
// other word that cannot be in a title (kNotTitleWord, but cue words and
// nouns that speak are nouns here: "the forecast centre", "the review
// tribunal").
bool BodyModifier(const Token& t) {
  return IsWord(t) && !t.upper && (t.classes & (kNotTitleWord & ~(kCue | kSpeakerNoun))) == 0;
}

// The first token of a body's name ending in its lowercase kind at `kind`:
// lowercase modifiers, capitalised words before them, after "the" ("the
// provincial council", "the Senate ethics committee": the token after "the"),
// or an owner's capitalised name and "'s" ("Tasmania's planning appeals
// tribunal"); `kind` itself when no modifier or owner names it; -1 when no
// "the" or owner opens it.
int LowercaseBodyStart(absl::string_view text, const std::vector<Token>& tokens, int kind,
                       int lo) {
  int start = kind;
  while (start - 1 >= lo && kind - start < kMaxBodyNameWords && BodyModifier(tokens[start - 1])) {
    --start;
  }
  auto upper_word = [&](int i) { return i >= lo && IsWord(tokens[i]) && tokens[i].upper; };
  if (start - 2 >= lo && tokens[start - 1].possessive && upper_word(start - 2)) {
    int owner = start - 2;
    while (start - 2 - owner < kMaxBodyNameWords - 1 && upper_word(owner - 1) &&
           !lexicon::IsArticle(TokenText(text, tokens[owner - 1]))) {
      --owner;
    }
    return owner;
  }
  int named = start;  // "the Senate ethics committee"
  while (start - named < kMaxBodyNameWords && upper_word(named - 1) &&
         !lexicon::IsArticle(TokenText(text, tokens[named - 1]))) {
    --named;
  }
  if (named - 1 < lo || !absl::EqualsIgnoreCase(TokenText(text, tokens[named - 1]), "the")) {
    return -1;
  }
  return named;
}

// The end of a body's name after its kind at `kind`: past "of" and one to
// kMaxBodyNameWords capitalised words ("council of Oristano"), else `kind + 1`.
// (Not MentionFinder::LowercaseBodyEnd(), which reads a public body after
// "the" forward from its article.)
int KindOfPlaceEnd(absl::string_view text, const std::vector<Token>& tokens, int kind, int hi) {
  int end = kind + 1;
  if (end + 1 >= hi || TokenText(text, tokens[end]) != "of") return end;
  int j = end + 1;
  while (j < hi && j - (end + 1) < kMaxBodyNameWords && IsWord(tokens[j]) && tokens[j].upper &&
         !tokens[j].all_caps) {
    ++j;
  }
  return j > end + 1 ? j : end;
}

// The name of the one body named in lowercase before token `before` whose
// kind is `kind` ("provincial council of Oristano", "Tasmania's planning
// appeals tribunal", "Senate ethics committee"; the article left out), read
// back up to kMaxLowercaseBodyLookback tokens; a bare "the council" names
// none. "" when there is none or two different ones. `kind` is a kind of
// organisation (kOrgKind), so a token of no such kind is passed on one bit and
// only the name returned is copied.
std::string LowercaseBodyBefore(absl::string_view text, const std::vector<Token>& tokens,
                                absl::string_view kind, int before) {
  const int lo = std::max(0, before - kMaxLowercaseBodyLookback);
  absl::string_view found;
  for (int k = before - 1; k >= lo; --k) {
    const Token& t = tokens[k];
    if ((t.classes & kOrgKind) == 0 || !IsWord(t) || t.upper ||
        !absl::EqualsIgnoreCase(TokenText(text, t), kind)) {
      continue;
    }
    const int first = LowercaseBodyStart(text, tokens, k, lo);
    const int last = KindOfPlaceEnd(text, tokens, k, before);
    if (first < 0 || (first == k && last == k + 1)) continue;
    const absl::string_view name =
        text.substr(tokens[first].begin, tokens[last - 1].end - tokens[first].begin);
    if (!found.empty() && found != name) return "";
    found = name;
  }
  return std::string(found);
}

// For a title [first, last) in a sentence opening at `sentence_first`: the
// LowercaseBodyBefore() the sentence of the first kind of organisation among
// its words ("council" of "council president"; capitalised only opening the
// sentence, as MentionFinder::BodyOfKindIn reads it), else "".
std::string LowercaseBodyOfKindIn(absl::string_view text, const std::vector<Token>& tokens,
                                  int sentence_first, int first, int last) {
  for (int i = first; i < last; ++i) {
    const Token& t = tokens[i];
    if (!IsWord(t) || (t.upper && i != sentence_first) || (t.classes & kOrgKind) == 0) continue;
    return LowercaseBodyBefore(text, tokens, TokenText(text, t), sentence_first);
  }
  return "";
}

// The side of politics whose post the title opening at `tf` is ("the
// opposition's agriculture spokesman": "opposition"; "the", a
// lexicon::IsPoliticalSide word and "'s" before it), else "".
absl::string_view SideBeforeTitle(absl::string_view text, const std::vector<Token>& tokens,
                                  int sentence_first, int tf) {
  if (tf - 3 < sentence_first || !tokens[tf - 1].possessive) return {};
  const Token& side = tokens[tf - 2];
  if (!IsWord(side) || side.upper || !lexicon::IsPoliticalSide(TokenText(text, side)) ||
      !absl::EqualsIgnoreCase(TokenText(text, tokens[tf - 3]), "the")) {
    return {};
  }
  return TokenText(text, side);
}

// The word that sets off an English gloss after a local title ("the city's
// hokim, or mayor,").
constexpr absl::string_view kGlossJoin = "or";

// True for a lowercase English noun for a post or trade: an agent noun or a
// player's position (mention_internal::IsRoleNoun) or a
// lexicon::IsOccupationNoun word ("coach", "striker", "driver").
bool IsEnglishRoleNoun(absl::string_view w) {
  return mention_internal::IsRoleNoun(w) || lexicon::IsOccupationNoun(w);
}

// The first token of a local title that the title opening at `tf` glosses
// ("hakim" of "the city's hakim, or mayor, Rustam Aliev,": a lowercase word, a
// comma and kGlossJoin right before `tf`), else `tf`. Not an English role
// noun: "the coach, or captain, Tom Reed" offers two posts, glossing neither.
int GlossedTitleStart(absl::string_view text, const std::vector<Token>& tokens,
                      int sentence_first, int tf) {
  if (tf - 3 < sentence_first || TokenText(text, tokens[tf - 1]) != kGlossJoin ||
      !IsPunct(tokens[tf - 2], ',')) {
    return tf;
  }
  const Token& local = tokens[tf - 3];
  const bool local_title = IsWord(local) && !local.upper && !local.possessive &&
                           !IsEnglishRoleNoun(TokenText(text, local));
  return local_title ? tf - 3 : tf;
}

// The post a counterpart of `holder` holds: the lowercase role noun ending
// holder's title ("coach" of "Rovers coach": the counterpart coaches the other
// side), else "".
std::string CounterpartPost(const Entity& holder) {
  const absl::string_view title = holder.title;
  const size_t space = title.rfind(' ');
  const absl::string_view last = space == absl::string_view::npos ? title : title.substr(space + 1);
  if (last.empty() || absl::ascii_isupper(static_cast<unsigned char>(last[0]))) return "";
  return IsEnglishRoleNoun(last) && holder.type == v1::SOURCE_TYPE_PERSON ? std::string(last) : "";
}

// True for "his" or "her" in either case: a person's possessive pronoun.
bool HisOrHer(absl::string_view w) {
  return w == "his" || w == "His" || w == "her" || w == "Her";
}

// The word that links a person's name to the body named after it ("Eva Holm,
// of the Green Party").
constexpr absl::string_view kBodyAfterNameLink = "of";

// True when the capitalised run opening at token `first` (before `last`) ends
// in a word naming a kind of body ("Party", "Council", "Union": a kOrgKind
// word or a lexicon::OrgNameHeadKind head) or is one acronym ("the ANC", "the
// UN"), not a place ("North Ward", "Old Town", "Isle").
bool CapitalisedRunEndsInBodyHead(absl::string_view text, const std::vector<Token>& tokens,
                                  int first, int last) {
  int end = first;
  while (end < last && end - first < kMaxNameTokens && IsWord(tokens[end]) &&
         tokens[end].upper) {
    ++end;
  }
  if (end == first) return false;
  const Token& head = tokens[end - 1];
  return (end - first == 1 && head.all_caps) || (head.classes & kOrgKind) != 0 ||
         lexicon::OrgNameHeadKind(TokenText(text, head)) != 0;
}

// True when the name opening at token `k` (its capitalised words) is followed,
// before `last`, by kBodyAfterNameLink, "the" and a capitalised body's name
// ending in a kind of body, with or without a comma ("council chair Eva Holm,
// of the Green Party"): the text names the body the person belongs to, so none
// is guessed from the title's kind word ("council"). Not a place or a ward
// ("Eva Holm, of the North Ward").
bool BodyNamedAfterName(absl::string_view text, const std::vector<Token>& tokens, int k,
                        int last) {
  int i = k;
  while (i < last && i - k < kMaxNameTokens && IsWord(tokens[i]) && tokens[i].upper) ++i;
  if (i < last && IsPunct(tokens[i], ',')) ++i;
  return i + 2 < last && TokenText(text, tokens[i]) == kBodyAfterNameLink &&
         lexicon::IsDefiniteArticle(TokenText(text, tokens[i + 1])) &&
         CapitalisedRunEndsInBodyHead(text, tokens, i + 2, last);
}

// Most tokens between "the" and the kind of an unnamed body ("college", "'s",
// "marine", "biology" before "department").
constexpr int kMaxUnnamedBodyWords = 4;

// The link before an unnamed body that ends at `comma`: the word before the
// comma a lowercase kind of organisation ("department", "institute"), up to
// kMaxUnnamedBodyWords plain lowercase words before it (an owner's "'s" among
// them) after an article, and a lexicon::IsWorkPlaceLink word before the
// article ("at the college's marine biology department,"); the link's index,
// else -1. Whether a role comes before the link is the caller's to check.
int WorkPlaceLinkBeforeBody(absl::string_view text, const std::vector<Token>& tokens,
                            int sentence_first, int comma) {
  const int last = comma - 1;
  auto plain_lower = [&](int i) {
    return IsWord(tokens[i]) && !tokens[i].upper &&
           (tokens[i].classes & (kCue | kRelative | kPersonPronoun | kOtherPronoun | kTimeWord |
                                 kAffiliationPrep)) == 0;
  };
  if (last - 2 <= sentence_first || !plain_lower(last) || tokens[last].possessive ||
      (tokens[last].classes & kOrgKind) == 0) {
    return -1;
  }
  int k = last - 1;
  while (k > sentence_first && last - k <= kMaxUnnamedBodyWords &&
         (plain_lower(k) || tokens[k].possessive) &&
         !lexicon::IsArticle(TokenText(text, tokens[k]))) {
    --k;
  }
  if (k - 1 <= sentence_first || !lexicon::IsArticle(TokenText(text, tokens[k])) ||
      tokens[k].upper || !IsWord(tokens[k - 1]) || tokens[k - 1].upper ||
      !lexicon::IsWorkPlaceLink(TokenText(text, tokens[k - 1]))) {
    return -1;
  }
  return k - 1;
}

// The name of the body a post whose word is `post` is held in: the post names
// the kind of its body (lexicon::BodyKindOfPost: "headmistress", "judge") and
// `entities` hold one organisation, besides `self`, whose name is headed by
// that kind ("Hillside Primary School", "Franconian Administrative Court");
// else "" (none, or two that could be it).
std::string OnlyBodyOfPostKind(const std::vector<Entity>& entities, absl::string_view post,
                               int self) {
  const absl::string_view kind = lexicon::BodyKindOfPost(absl::AsciiStrToLower(post));
  if (kind.empty()) return "";
  int found = -1;
  for (int i = 0; i < static_cast<int>(entities.size()); ++i) {
    const Entity& e = entities[i];
    if (i == self || e.type != v1::SOURCE_TYPE_ORGANIZATION ||
        !absl::EqualsIgnoreCase(mention_internal::NameHead(e.name), kind)) {
      continue;
    }
    if (found >= 0 && entities[found].name != e.name) return "";
    found = i;
  }
  return found >= 0 ? entities[found].name : "";
}

}  // namespace

void MentionFinder::TitleBeforeComma(const Sentence& s, int comma, int entity) {
  // "The club's chairman, Gary Holt, said", "Its chief executive, Jenny Harries,".
  int head = comma - 1;
  auto title_word = [&](int i, uint32_t classes) {
    const Token& t = tokens_[i];
    return t.kind == TokenKind::kWord && !t.upper && !t.possessive &&
           (t.classes & classes) != 0;
  };
  auto role_noun = [&](int i) {
    return tokens_[i].kind == TokenKind::kWord && !tokens_[i].upper &&
           mention_internal::IsRoleNoun(TokenText(text_, tokens_[i]));
  };
  auto occupation = [&](int i) {
    const absl::string_view w = TokenText(text_, tokens_[i]);
    return lexicon::IsOccupationNoun(w) || lexicon::IsPlayingPosition(w);
  };
  // "A spokesman for the ministry, Peter Lual Deng,", "A spokeswoman for the
  // Bureau of Land Management, Tara Kinney,": the title ends before its
  // organisation, which is where the person works.
  int title_end = comma;
  int prep = -1;
  int unit_owner = -1;
  const int seat = SeatBeforeComma(s, comma);
  const int employer = seat >= 0 ? -1 : EmployerBeforeComma(s, comma, &prep);
  if (seat >= 0) {
    head = seat;  // "The member for Eastwood, Gary Moss,": the seat is in the title
  } else if (employer >= 0 && prep - 1 >= s.first &&
      (title_word(prep - 1, kTitle | kTitleHead) || role_noun(prep - 1))) {
    head = prep - 1;
    title_end = prep;
    // ("A spokeswoman for Halden Appliance, Rina Osei,": the name the title
    // works for is no speaker of its own, whatever it looks like.)
    if (const int om = MentionEndingAt(comma - 1);
        om >= 0 && mentions_[om].kind != MentionKind::kPlace) {
      mentions_[om].kind = MentionKind::kOrganization;
    }
  } else if (const int post = PostBeforeField(s, head); post >= 0) {
    head = post;  // "The HSE's national clinical lead for immunisation, Dr. ..."
  } else if (const int link = WorkPlaceLinkBeforeBody(text_, tokens_, s.first, comma);
             link > s.first && (title_word(link - 1, kTitle | kTitleHead) || role_noun(link - 1))) {
    // "A researcher at the college's marine biology department, Paul Grant,":
    // the role is the title, not the unit it works in (which names no body).
    head = link - 1;
    title_end = link;
    for (int i = link + 1; i < comma; ++i) {
      if (tokens_[i].possessive) unit_owner = i;  // "the college's": its owner
    }
  } else if (!title_word(head, kTitle | kTitleHead) && !role_noun(head)) {
    EmployerOfPronounOwner(s, head, entity);
    return;
  }
  int tf = head;
  while (tf - 1 >= s.first && head - tf < 3 && TitleModifierAt(tf - 1)) --tf;
  // ("The bakery's founder and managing director, Priya Shah,".)
  if (const int joined = CoordinatedTitleStart(s, tf, head); joined < tf) {
    tf = joined;
    while (tf - 1 >= s.first && head - tf < 5 && TitleModifierAt(tf - 1)) --tf;
  }
  // ("the city's hakim, or mayor, Rustam Aliev,": the title keeps its gloss.)
  tf = GlossedTitleStart(text_, tokens_, s.first, tf);
  bool titled = true;
  // ("An education specialist at Eastmoor University, Dr Ilsa Varga,": a role
  // noun the article opening the sentence opens is a title when the body it
  // works at follows it; not "After a dinner at Eastmoor University, X said",
  // nor "A shopper at Westgate Mall, X, said": only a trade works there.)
  const bool title_head =
      title_word(head, kTitle | kTitleHead) ||
      (title_end < comma && tf - 1 == s.first && occupation(head));
  int owner = TitleOwnerBefore(s, tf - 1, title_head, &titled);
  if (!titled) return;
  if (owner < 0 && unit_owner >= 0) {
    // ("A researcher at the university's physics department,": the university.)
    bool owned = true;
    owner = TitleOwnerBefore(s, unit_owner, title_head, &owned);
  }
  Entity& e = entities_[entity];
  e.title = Text(tf, title_end);
  // "His opposite number, Ben Arrieta," after "Rovers coach Sam Hill": the
  // post of the one "his" stands for; no title when it names none.
  if (lexicon::IsCounterpartTitle(e.title) && tf - 1 >= s.first &&
      HisOrHer(TokenText(text_, tokens_[tf - 1]))) {
    const int holder = ResolvePronoun(tf - 1);
    e.title = holder >= 0 && holder != entity ? CounterpartPost(entities_[holder]) : "";
    return;
  }
  // ("A spokesman for Senator Ruth Allard, Ben Kiley,": a titled or gendered
  // person is no affiliation.)
  const Entity& boss = employer >= 0 ? entities_[employer] : e;
  if (title_end < comma && employer >= 0 && employer != entity && e.affiliation.empty() &&
      (boss.type == v1::SOURCE_TYPE_ORGANIZATION || !ShowsAPerson(boss))) {
    e.affiliation = boss.name;
  }
  AffiliateByOwner(entity, owner, tf, title_end);
  // ("The opposition's agriculture spokesman, Kwame Latchman,".)
  if (e.affiliation.empty()) {
    e.affiliation = std::string(SideBeforeTitle(text_, tokens_, s.first, tf));
  }
  // ("The headmistress, Ana Diaz," after "At Hillside Primary School".)
  if (e.affiliation.empty() && title_end == head + 1) {
    e.affiliation = OnlyBodyOfPostKind(entities_, TokenText(text_, tokens_[head]), entity);
  }
}

void MentionFinder::EmployerOfPronounOwner(const Sentence& s, int head, int entity) {
  const Token& kind = tokens_[head];
  if (head - 1 < s.first || !IsWord(kind) || kind.upper || (kind.classes & kOrgKind) == 0 ||
      ShowsAPerson(entities_[entity])) {
    return;
  }
  const absl::string_view w = TokenText(text_, tokens_[head - 1]);
  if (w != "Her" && w != "her" && w != "His" && w != "his") return;
  Entity& body = entities_[entity];
  body.type = v1::SOURCE_TYPE_ORGANIZATION;
  const int person = ResolvePronoun(head - 1);
  if (person < 0 || person == entity) return;
  Entity& p = entities_[person];
  if (p.type == v1::SOURCE_TYPE_PERSON && p.affiliation.empty()) p.affiliation = body.name;
}

int MentionFinder::TitleOwnerBefore(const Sentence& s, int p, bool title_head, bool* titled) {
  if (p < s.first) return -1;
  const Token& pt = tokens_[p];
  const absl::string_view w = TokenText(text_, pt);
  if (pt.possessive && p - 1 >= s.first) {
    const Token& o = tokens_[p - 1];
    // ("the Shire of Narrogin's chief executive, X,": the whole name.)
    return o.upper || o.all_caps ? OwnerNameBefore(p) : ResolveDescription(p - 1);
  }
  // ("... Forum said ... the PMC ... . Its convener, X,": the organisation
  // that spoke in the sentence before, not the latest one named.)
  if (mention_internal::IsIts(w)) return ItsOwner(s, p);
  if (const int om = MentionEndingAt(p); ArticleOrganization(s, om)) {
    return mentions_[om].entity;  // "A Commission spokeswoman, Anitta Hipper,"
  }
  // ("A Peruvian government spokeswoman, Rosa Cardenas,", "The Conservative
  // shadow minister, Fiona Leckie,": a nationality or party after the article.)
  if (pt.upper && !pt.all_caps && p - 1 >= s.first &&
      (lexicon::IsNationality(w) || lexicon::IsPartyName(w)) &&
      lexicon::IsArticle(TokenText(text_, tokens_[p - 1]))) {
    return TitleOwnerBefore(s, p - 1, title_head, titled);
  }
  // ("a spokeswoman, Anna White," but not "In a statement, Gov. Rick Scott")
  *titled = lexicon::IsTitleOwner(w) ||
            ((w == "a" || w == "A" || w == "an" || w == "An") && title_head);
  return -1;
}

void MentionFinder::AffiliateByOwner(int entity, int owner, int tf, int title_end) {
  Entity& e = entities_[entity];
  // ("Sybiha's deputy, Mariana Betsa,", "Ms. Merkel's spokesman": a person named
  // in full or with an honorific is no affiliation; a lone "Google's" may be one.)
  const Entity& o = owner >= 0 ? entities_[owner] : e;
  // ("Plata Sierra's chief executive, X,": what only an organisation has
  // makes a name no one's person.)
  const bool holding = owner >= 0 && !ShowsAPerson(o) &&
                       lexicon::IsOrganisationHolding(Text(tf, title_end));
  const bool person = o.type == v1::SOURCE_TYPE_PERSON && !holding &&
                      (o.gender != 0 || o.name.find(' ') != std::string::npos);
  if (owner >= 0 && owner != entity && e.affiliation.empty() && !person) {
    e.affiliation = o.name;
  }
}

int MentionFinder::ItsOwner(const Sentence& s, int its) {
  if (its == s.first) {
    if (const int m = OpeningMentionBefore(s.first); m >= 0) {
      Entity& e = entities_[mentions_[m].entity];
      if (e.type == v1::SOURCE_TYPE_ORGANIZATION) return mentions_[m].entity;
      if (BareName(mentions_[m]) && !OrganisationLaterInSentence(m) && OnlySpokeBefore(m)) {
        e.type = v1::SOURCE_TYPE_ORGANIZATION;
        return mentions_[m].entity;
      }
    }
  }
  return LatestOrganization(its);
}

bool MentionFinder::OnlySpokeBefore(int m) const {
  const int n = static_cast<int>(tokens_.size());
  const int stop = std::max(0, m - kMaxEntityLookback);
  for (int i = m; i >= stop; --i) {
    if (mentions_[i].entity != mentions_[m].entity) continue;
    int verb = mentions_[i].last;  // past "also", "has", "would" ("Debswana has said")
    while (verb < n && verb - mentions_[i].last < 2 && (tokens_[verb].classes & kFiller) != 0) {
      ++verb;
    }
    if (verb >= n || !IsWord(tokens_[verb]) || (tokens_[verb].classes & kCue) == 0) return false;
    const int clause = ReportedSubjectAt(verb);
    if (clause < n && (tokens_[clause].classes & kDeterminer) != 0) return false;
  }
  return true;
}

int MentionFinder::ReportedSubjectAt(int verb) const {
  const int n = static_cast<int>(tokens_.size());
  int k = verb + 1;
  if ((tokens_[verb].cue & kCueObject) != 0) k = AfterPlainNounPhrase(k);  // "told reporters"
  k = AfterTimePhrase(k);                                                   // "said on Friday"
  // ("said in a statement", "said over the weekend": where or when it was said.)
  if (k < n && IsWord(tokens_[k]) && lexicon::IsMediumPreposition(TokenText(text_, tokens_[k]))) {
    k = AfterTimePhrase(AfterPlainNounPhrase(k + 1));
  }
  // past "that" ("said that output fell", "said that on Monday the mill ...")
  if (k < n && lexicon::IsConjunction(TokenText(text_, tokens_[k]))) k = AfterTimePhrase(k + 1);
  return k;
}

int MentionFinder::AfterTimePhrase(int k) const {
  const int n = static_cast<int>(tokens_.size());
  auto time_word = [&](int j) {
    return j < n && IsWord(tokens_[j]) && (tokens_[j].classes & kTimeWord) != 0;
  };
  int j = k;  // "on", "earlier this": the words that open the time
  while (j < n && j - k < 2 && IsWord(tokens_[j]) && !time_word(j) &&
         lexicon::IsTimeOpener(TokenText(text_, tokens_[j]))) {
    ++j;
  }
  if (!time_word(j)) return k;
  while (time_word(j)) ++j;
  return j;
}

int MentionFinder::AfterPlainNounPhrase(int k) const {
  const int n = static_cast<int>(tokens_.size());
  auto opens_clause = [&](int j) {  // a determiner, "that" or a time phrase
    return (tokens_[j].classes & kDeterminer) != 0 ||
           lexicon::IsConjunction(TokenText(text_, tokens_[j])) || AfterTimePhrase(j) != j;
  };
  int j = k;
  // ("told the county board", "in a statement": its own determiner opens it.)
  if (j < n && IsWord(tokens_[j]) && (tokens_[j].classes & kDeterminer) != 0 &&
      !lexicon::IsConjunction(TokenText(text_, tokens_[j]))) {
    ++j;
  }
  const int head = j;
  while (j < n && j - head < kMaxPlainPhraseWords && IsWord(tokens_[j]) && !opens_clause(j)) ++j;
  return j;
}

bool MentionFinder::OrganisationLaterInSentence(int m) const {
  const int n = static_cast<int>(mentions_.size());
  for (int i = m + 1; i < n && mentions_[i].sentence_first == mentions_[m].sentence_first; ++i) {
    const int e = mentions_[i].entity;
    if (e >= 0 && mentions_[i].kind != MentionKind::kPlace &&
        entities_[e].type == v1::SOURCE_TYPE_ORGANIZATION) {
      return true;
    }
  }
  return false;
}

int MentionFinder::OwnerNameBefore(int p) const {
  const int om = MentionEndingAt(p - 1);
  if (om >= 0 && mentions_[om].entity >= 0 && mentions_[om].kind != MentionKind::kPlace &&
      mentions_[om].last - mentions_[om].first >= 2) {
    return mentions_[om].entity;
  }
  auto it = by_name_.find(std::string(TokenText(text_, tokens_[p - 1])));
  return it == by_name_.end() ? -1 : it->second;
}

int MentionFinder::PostBeforeField(const Sentence& s, int last) const {
  auto connector_at = [&](int i) {
    return lexicon::IsTitlePreposition(TokenText(text_, tokens_[i]));
  };
  int c = last;
  while (c > s.first && last - c < 3 && IsWord(tokens_[c]) && !tokens_[c].upper &&
         !connector_at(c) &&
         (tokens_[c].classes & (kCue | kDeterminer | kRelative | kPersonPronoun |
                                kOtherPronoun | kTimeWord | kAffiliationPrep)) == 0) {
    --c;
  }
  if (c == last || c - 1 < s.first || !connector_at(c)) return -1;
  const Token& post = tokens_[c - 1];
  const bool lower_post = IsWord(post) && !post.upper &&
                          ((post.classes & (kTitle | kTitleHead)) != 0 ||
                           HasAgentSuffix(TokenText(text_, post)));
  return lower_post || OwnedNoun(s, c - 1) ? c - 1 : -1;
}

int MentionFinder::SeatBeforeComma(const Sentence& s, int comma) const {
  int i = comma - 1;
  while (i > s.first && comma - i <= kMaxNameTokens && IsNameToken(i)) --i;
  if (i == comma - 1 || i - 1 < s.first || !SeatAt(i - 1)) return -1;
  return i - 1;
}

int MentionFinder::EmployerBeforeComma(const Sentence& s, int comma, int* connector) const {
  const int last = comma - 1;
  int org = -1, det = -1;
  // ("for the Allied Dockers union,": the name before its lowercase kind.)
  const int kind_named = NameBeforeKindAt(last);
  if (const int om = kind_named >= 0 ? kind_named : MentionEndingAt(last);
      om >= 0 && mentions_[om].entity >= 0 && mentions_[om].kind != MentionKind::kPlace) {
    // ("A spokeswoman for Halden Appliance, Rina Osei,": any name; the caller
    // decides whether it is an affiliation.)
    org = mentions_[om].entity;
    const Mention& named = mentions_[om];  // "for Senator Ruth Allard": from its title
    det = named.start() - 1;
    // ("for the Bureau of Land Management", "for Acme".)
    if (det >= s.first && TokenText(text_, tokens_[det]) != "the") ++det;
  } else if (IsWord(tokens_[last]) && !tokens_[last].upper &&
             (tokens_[last].classes & kOrgKind) != 0) {
    org = ResolveDescription(last);  // "for the ministry"; "the" is at most 3 back
    for (det = last - 1; org >= 0 && det > s.first && TokenText(text_, tokens_[det]) != "the";
         --det) {
    }
  }
  const int c = det - 1;
  if (org < 0 || c <= s.first || !IsWord(tokens_[c]) || tokens_[c].upper) return -1;
  const absl::string_view w = TokenText(text_, tokens_[c]);
  if (w != "for" && w != "of" && w != "at" && w != "with") return -1;
  *connector = c;
  return org;
}

int MentionFinder::NameBeforeKindAt(int k) const {
  if (k < 1 || !IsWord(tokens_[k]) || tokens_[k].upper || (tokens_[k].classes & kOrgKind) == 0) {
    return -1;
  }
  const int om = MentionEndingAt(k - 1);
  if (om < 0 || mentions_[om].entity < 0 || mentions_[om].kind == MentionKind::kPlace ||
      !NameTailAt(k, mentions_[om].first) ||
      entities_[mentions_[om].entity].type != v1::SOURCE_TYPE_ORGANIZATION) {
    return -1;
  }
  return om;
}

bool MentionFinder::ArticleOrganization(const Sentence& s, int om) const {
  if (om < 0 || mentions_[om].entity < 0 || mentions_[om].kind == MentionKind::kPlace ||
      entities_[mentions_[om].entity].type != v1::SOURCE_TYPE_ORGANIZATION) {
    return false;
  }
  // "A longtime JNF official, ...": lowercase modifiers back to the article; not
  // "at NLD headquarters, Suu Kyi".
  int i = mentions_[om].first - 1;
  while (i >= s.first && IsWord(tokens_[i]) && !tokens_[i].upper &&
         (tokens_[i].classes & (kDeterminer | kAffiliationPrep | kCue)) == 0) {
    --i;
  }
  if (i < s.first) return true;
  const absl::string_view w = TokenText(text_, tokens_[i]);
  return w == "a" || w == "A" || w == "an" || w == "An" || w == "the" || w == "The";
}

bool MentionFinder::OwnedNoun(const Sentence& s, int k) const {
  for (int i = k - 1; i >= s.first && k - i <= 3; --i) {
    const Token& t = tokens_[i];
    if (t.possessive) return i < k - 1 || IsWord(tokens_[k]);
    if (!IsWord(t) || t.upper || (t.classes & (kDeterminer | kCue | kAffiliationPrep)) != 0)
      return false;
  }
  return false;
}

bool MentionFinder::TitleModifierAt(int i) const {
  const Token& t = tokens_[i];
  if (t.kind != TokenKind::kWord || t.upper || t.possessive) return false;
  if ((t.classes & (kTitle | kTitleHead | kTitleModifier)) != 0) return true;
  // "board president", "board member": a body's kind before a title word; so is
  // a body's word ("police chief", "hospital director") and a noun that is a
  // cue only next to a quote ("state secretary").
  if (((t.classes & (kOrgKind | kOrgWord)) != 0 || t.cue == kCueQuote) &&
      i + 1 < static_cast<int>(tokens_.size()) &&
      tokens_[i + 1].kind == TokenKind::kWord && !tokens_[i + 1].upper &&
      (tokens_[i + 1].classes & (kTitle | kTitleHead)) != 0) {
    return true;
  }
  const absl::string_view w = TokenText(text_, t);
  if ((t.classes & kNotTitleWord) != 0 || w.size() <= 2 || absl::EndsWith(w, "ly"))
    return false;  // not "recently"
  // "chief operating officer", not "including officer": an -ing word only
  // between title words.
  return !absl::EndsWith(w, "ing") ||
         (i > 0 && tokens_[i - 1].kind == TokenKind::kWord &&
          (tokens_[i - 1].classes & (kTitle | kTitleHead | kTitleModifier)) != 0);
}

bool MentionFinder::OfficeLevelAt(int k, const Sentence& s) const {
  if (k + 2 >= s.last || !lexicon::IsOfficeLevel(TokenText(text_, tokens_[k]))) return false;
  const Token& title = tokens_[k + 1];
  return IsNameToken(k + 1) && (title.classes & kTitle) != 0 &&
         (title.classes & kOrgWord) == 0 && IsNameToken(k + 2);
}

bool MentionFinder::TitleSuffixAt(int first, int i) const {
  if (i <= first || !tokens_[i].upper ||
      !lexicon::IsTitleSuffix(TokenText(text_, tokens_[i]))) {
    return false;
  }
  return (tokens_[i - 1].classes & kTitle) != 0 || TitleSuffixAt(first, i - 1);
}

bool MentionFinder::SeatAt(int post) const {
  if (post + 2 >= static_cast<int>(tokens_.size()) ||
      !lexicon::IsSeatPost(TokenText(text_, tokens_[post])) ||
      TokenText(text_, tokens_[post + 1]) != "for" || !tokens_[post + 2].upper) {
    return false;
  }
  // "the member for Eastwood", "Liberal member for Eastwood", "Councillor for
  // Northfield": a seat; "a board member for Oxfam", "a senior representative
  // for Pfizer": a post at a body, whose name is the affiliation.
  if (post == 0) return true;
  const Token& before = tokens_[post - 1];
  return !IsWord(before) || before.upper || lexicon::IsDefiniteArticle(TokenText(text_, before));
}

int MentionFinder::TitleBeforeName(const Sentence& s, int k, int entity) {
  if (k <= s.first) return -1;
  auto lower_word = [&](int i) {
    const Token& t = tokens_[i];
    return t.kind == TokenKind::kWord && !t.upper && !t.possessive;
  };
  // "said chief executive Priya Raman", "German actor Lars Brenner": a title
  // word or a noun for what someone does right before the name.
  const int hk = PortfolioTailStart(tokens_, text_, s.first, k);
  const Token& head = tokens_[hk - 1];
  // Not a modifier such as "former", which ends like a noun for a doer.
  const bool role_noun = lower_word(hk - 1) &&
                         (head.classes & (kNotTitleWord | kTitleModifier)) == 0 &&
                         mention_internal::IsRoleNoun(TokenText(text_, head));
  if (!lower_word(hk - 1) || ((head.classes & (kTitle | kTitleHead)) == 0 && !role_noun)) {
    return -1;
  }
  // "chief financial officer", "wildfire information officer": title words and
  // plain nouns or adjectives before it.
  int tf = hk - 1;
  while (tf > s.first && hk - tf < kMaxTitleBeforeName && TitleModifierAt(tf - 1)) --tf;
  // "President and chief executive Lauren Whitcombe", "search and rescue
  // coordinator Megan Ashby": a title or modifier joined by "and" is part of it.
  if (const int joined = CoordinatedTitleStart(s, tf, k - 1); joined < tf) {
    tf = joined;
    while (tf > s.first && k - tf < kMaxTitleBeforeName + 2 && TitleModifierAt(tf - 1)) --tf;
    if (const int om = MentionEndingAt(s.first); tf == s.first && om >= 0 &&
                                                 mentions_[om].first == s.first) {
      mentions_[om].entity = -1;  // ("Search" names no one)
    }
  }
  // "United manager Claire Hebden" after "Eastbridge United": the organisation
  // named in full before is where the person works.
  if (const int team = tf > s.first ? FullNameEndingIn(tf - 1, entity) : -1; team >= 0) {
    TitleAtTeam(tf, k, entity, team);
    return tf;
  }
  // "Opposition leader Alan Lamb", "Chief financial officer Raj Mehta": a word
  // capitalised only as the sentence's first; it names no one.
  const Token& opener = tokens_[s.first];
  const int opener_mention = MentionEndingAt(s.first);
  // (Not a hyphenated name: "Hydro-Qu\xC3\xA9bec spokesperson Mathieu Gendron".)
  // ("Board member Dana Hollis": a body's kind alone names none.)
  const uint32_t not_opener = (opener.classes & kOrgKind) != 0
                                  ? kStarter | kNotName | kCountry
                                  : kStarter | kNotName | kCountry | kOrgWord;
  if (tf == s.first + 1 && opener.kind == TokenKind::kWord && opener.upper &&
      !opener.all_caps && !opener.possessive && !HyphenatedBodyName(s.first) &&
      (opener.classes & not_opener) == 0 &&
      (opener_mention < 0 || mentions_[opener_mention].first == s.first) &&
      !(opener_mention >= 0 && mentions_[opener_mention].last == s.first + 1 &&
        KnownOrganization(s.first)) &&
      BodyNamedBefore(s.first, s.first, entity) < 0) {
    tf = s.first;
    if (opener_mention >= 0) mentions_[opener_mention].entity = -1;
  } else if (const int pm = tf - 1 > s.first ? MentionEndingAt(tf - 1) : -1;
             pm >= 0 && PortfolioBeforeTitle(pm, tf)) {
    // ", Education critic Wayne Balcaen says": a lone capitalised topic named
    // nowhere before is part of the title; a speaker read from it is the
    // person ("Elsewhere, Olympic champion Keira Dunmore ... admitted").
    mentions_[pm].entity = entity;
    tf = tf - 1;
  }
  Entity& e = entities_[entity];
  e.title = Text(GenericBodyOpener(s, tf) ? s.first : tf, k);
  if (tf > s.first && e.affiliation.empty()) OwnerBeforeTitle(s, tf, entity);
  // ("Alytus guard Tomas Rimkus": a capitalised word before a player's
  // position names the team, not a portfolio; not "Security guard" opening
  // the sentence.)
  if (e.affiliation.empty() && tf > s.first && tf + 1 < k && tokens_[tf].upper &&
      !tokens_[tf + 1].upper &&
      lexicon::IsPlayingPosition(TokenText(text_, tokens_[k - 1]))) {
    e.affiliation = Text(tf, tf + 1);
  }
  // "Liberal housing critic Jo Park": the party is where the critic belongs.
  if (e.affiliation.empty()) e.affiliation = PartyOpening(tf, k);
  // (Not when the text names the body after the name: "council chair Eva
  // Holm, of the Green Party".)
  if (BodyNamedAfterName(text_, tokens_, k, s.last)) return tf;
  // "union president Marta Kovac" after "the Allied Nurses Union".
  if (const int body = e.affiliation.empty() ? BodyOfKindIn(s, tf, k) : -1;
      body >= 0 && body != entity) {
    e.affiliation = entities_[body].name;
  }
  // "council president Antonio Serra" after "The provincial council of
  // Oristano voted": the one body of that kind named before in lowercase.
  if (e.affiliation.empty()) e.affiliation = LowercaseBodyOfKindIn(text_, tokens_, s.first, tf, k);
  // "presiding judge Ana Ruiz" in a story of the one court it names.
  if (e.affiliation.empty()) {
    e.affiliation = OnlyBodyOfPostKind(entities_, TokenText(text_, tokens_[k - 1]), entity);
  }
  return tf;
}

void MentionFinder::TitleAtTeam(int tf, int k, int entity, int team) {
  Entity& e = entities_[entity];
  e.title = Text(tf, k);
  if (e.affiliation.empty()) e.affiliation = entities_[team].name;
  Entity& club = entities_[team];  // "Hollins Rovers" is no person
  if (club.type == v1::SOURCE_TYPE_PERSON && !ShowsAPerson(club)) {
    club.type = v1::SOURCE_TYPE_ORGANIZATION;
  }
  if (const int om = MentionEndingAt(tf - 1); om >= 0 && mentions_[om].first == tf - 1) {
    // ("said Rovers captain Jo Lund": the club's short name, then Lund speaking.)
    mentions_[om].entity = team;
    PointAtTitledPerson(&mentions_[om], mentions_.size());
  } else if (om >= 0 && mentions_[om].entity == team) {
    PointAtTitledPerson(&mentions_[om], mentions_.size());  // "said Dalkey Rovers midfielder X"
  }
}

void MentionFinder::OwnerBeforeTitle(const Sentence& s, int tf, int entity) {
  // "Alberta Wildfire information officer Jo Ng", "Goldman Sachs analyst Jan
  // Hatzius": the name before the title is where the person works.
  Entity& e = entities_[entity];
  // ("Morland & Keats, whose partner Julian Okoro": the name before "whose".)
  const bool whose = tf - 3 >= s.first && TokenText(text_, tokens_[tf - 1]) == "whose" &&
                     IsPunct(tokens_[tf - 2], ',');
  const int owner = MentionEndingAt(whose ? tf - 3 : tf - 1);
  // ("Ms. Diaz, whose lawyer Tom Reed": a titled or gendered person is none.)
  const Entity* who =
      owner >= 0 && mentions_[owner].entity >= 0 ? &entities_[mentions_[owner].entity] : nullptr;
  const bool person = who != nullptr && who->type == v1::SOURCE_TYPE_PERSON &&
                      ShowsAPerson(*who);
  if (owner >= 0 && mentions_[owner].entity >= 0 && mentions_[owner].entity != entity &&
      mentions_[owner].kind != MentionKind::kPlace && !(whose && person)) {
    e.affiliation = entities_[mentions_[owner].entity].name;
    // ("said Neris Vilnius goalkeeper Tomas Rimkus": the name before the
    // title is where the speaker works, not the speaker.)
    if (!whose && !person) PointAtTitledPerson(&mentions_[owner], mentions_.size());
  }
  // "Unite negotiator Sam Blackwood" after "Unite and the GMB": the body the
  // official works for, also when no mention was read there. (Its type stays:
  // "Cruz spokeswoman Catherine Frazier" after "Cruz".)
  const int body = tf - 1 == s.first ? BodyNamedBefore(s.first, s.first, entity) : -1;
  if (e.affiliation.empty() && body >= 0) e.affiliation = entities_[body].name;
  // The body's mention there is no subject a he/she may take; a speaker read
  // from it is the official (the mention the caller adds next).
  if (const int om = MentionEndingAt(s.first);
      body >= 0 && om >= 0 && mentions_[om].first == s.first) {
    mentions_[om].kind = MentionKind::kOrganization;
    mentions_[om].subject = false;
    mentions_[om].owner = static_cast<int>(mentions_.size());
  }
  // "Its chief executive Jo Moyo said": the body "its" stands for.
  const bool its = mention_internal::IsIts(TokenText(text_, tokens_[tf - 1]));
  if (const int owner = e.affiliation.empty() && its ? ItsOwner(s, tf - 1) : -1;
      owner >= 0 && owner != entity) {
    e.affiliation = entities_[owner].name;
  }
}

int MentionFinder::BodyOfKindIn(const Sentence& s, int first, int last) const {
  for (int i = first; i < last; ++i) {
    const Token& t = tokens_[i];
    if (!IsWord(t) || (t.upper && i != s.first) || (t.classes & kOrgKind) == 0) continue;
    return NearestBodyHeadedBy(TokenText(text_, t));
  }
  return -1;
}

int MentionFinder::NearestBodyHeadedBy(absl::string_view kind) const {
  const int stop = std::max(0, static_cast<int>(mentions_.size()) - kMaxEntityLookback);
  for (int i = static_cast<int>(mentions_.size()) - 1; i >= stop; --i) {
    const int e = mentions_[i].entity;
    if (e < 0 || entities_[e].type != v1::SOURCE_TYPE_ORGANIZATION) continue;
    const std::string& name = entities_[e].name;
    if (absl::EqualsIgnoreCase(mention_internal::NameHead(name), kind) &&
        !mention_internal::NamesUnionOfStates(name)) {
      return e;
    }
  }
  return -1;
}

int MentionFinder::CoordinatedTitleStart(const Sentence& s, int tf, int head) const {
  if (tf - 2 < s.first || !IsWord(tokens_[tf - 2]) || TokenText(text_, tokens_[tf - 1]) != "and") {
    return tf;
  }
  const int b = tf - 2;
  const Token& before = tokens_[b];
  const absl::string_view w = TokenText(text_, before);
  // ("Whitcombe and finance director Tom Hale": no one named before.)
  if (before.all_caps) return tf;
  if (const auto it = by_name_.find(w); it != by_name_.end()) {
    for (const Mention& m : mentions_) {
      if (m.entity == it->second && m.first < s.first) return tf;
    }
  }
  // Two titles: "president and chief executive", "Founder and managing director".
  const bool title = (before.classes & (kTitle | kTitleHead)) != 0 ||
                     (!before.upper && HasAgentSuffix(w));
  // Two modifiers of one head: "search and rescue coordinator", "health and
  // safety manager" (not "members and chief executive": a plain word before a
  // title word). A capitalised one only opening the sentence.
  const bool modifiers =
      tf < head && (tokens_[tf].classes & (kTitle | kTitleHead)) == 0 &&
      (before.upper ? b == s.first && before.letters_only &&
                          (before.classes & (kStarter | kNotName | kCountry | kOrgWord |
                                             kNotTitleWord)) == 0
                    : TitleModifierAt(b));
  return title || modifiers ? b : tf;
}

bool MentionFinder::GenericBodyOpener(const Sentence& s, int tf) const {
  if (tf != s.first + 1) return false;
  const Token& t = tokens_[s.first];
  // "Police spokesman Grant Murray", "Council member Ray Ochoa": a body's common
  // noun, capitalised, before the lowercase title (not a name: "Reuters").
  return IsWord(t) && t.upper && !t.all_caps && (t.classes & kOrgWord) != 0 &&
         (t.classes & (kOrgKind | kSpeakerNoun)) != 0;
}

int MentionFinder::FullNameEndingIn(int k, int except) const {
  const Token& t = tokens_[k];
  if (!IsWord(t) || !t.upper || t.all_caps || (t.classes & (kTitle | kTitleModifier)) != 0) {
    return -1;
  }
  const absl::string_view w = TokenText(text_, t);
  // ("Sanders strategist" after "Top Sanders": a person's surname is no club.)
  const bool club = lexicon::IsClubNameHead(w);
  const int stop = std::max(0, static_cast<int>(entities_.size()) - kMaxEntityLookback);
  for (int i = static_cast<int>(entities_.size()) - 1; i >= stop; --i) {
    const absl::string_view full = entities_[i].name;
    if (i != except && full.size() > w.size() && absl::EndsWith(full, w) &&
        full[full.size() - w.size() - 1] == ' ' &&
        (entities_[i].type == v1::SOURCE_TYPE_ORGANIZATION || club)) {
      return i;
    }
  }
  return -1;
}

int MentionFinder::BodyNamedBefore(int k, int sentence_first, int entity) const {
  const Token& t = tokens_[k];
  if (!IsWord(t) || !t.upper || (t.classes & (kCountry | kTitleModifier)) != 0) return -1;
  const absl::string_view w = TokenText(text_, t);
  int id = -1;
  if (const auto it = by_name_.find(w); it != by_name_.end()) {
    const Entity& body = entities_[it->second];
    const bool whole = body.name == w || std::find(body.aliases.begin(), body.aliases.end(),
                                                   w) != body.aliases.end();
    if (whole && !(body.type == v1::SOURCE_TYPE_PERSON && ShowsAPerson(body))) id = it->second;
  } else {
    // "Vantis chief operating officer X" after "Vantis Health": the first word
    // of an organisation's two-word name.
    const int stop = std::max(0, static_cast<int>(entities_.size()) - kMaxEntityLookback);
    for (int i = static_cast<int>(entities_.size()) - 1; i >= stop && id < 0; --i) {
      const absl::string_view full = entities_[i].name;
      if (entities_[i].type == v1::SOURCE_TYPE_ORGANIZATION && full.size() > w.size() + 1 &&
          absl::StartsWith(full, w) && full[w.size()] == ' ' &&
          full.find(' ', w.size() + 1) == absl::string_view::npos) {
        id = i;
      }
    }
  }
  if (id < 0 || id == entity) return -1;
  for (const Mention& other : mentions_) {
    if (other.entity == id && other.first < sentence_first) return id;
  }
  return -1;
}

bool MentionFinder::PortfolioBeforeTitle(int pm, int tf) const {
  const Mention& p = mentions_[pm];
  const Token& t = tokens_[tf - 1];
  if (p.first != tf - 1 || p.title_first >= 0 || p.kind != MentionKind::kName ||
      p.entity < 0 || t.kind != TokenKind::kWord ||
      (t.classes & (kStarter | kNotName | kCountry | kOrgWord | kTitleModifier)) != 0 ||
      KnownOrganization(tf - 1) || !PortfolioRun(tf - 1, tf)) {
    return false;
  }
  int named = 0;
  for (const Mention& other : mentions_) named += other.entity == p.entity ? 1 : 0;
  return named == 1;
}

bool MentionFinder::LettersBeforeTitle(int first, int title) const {
  if ((tokens_[title].classes & kTitle) == 0) return false;
  for (int i = first; i < title; ++i) {
    const Token& t = tokens_[i];
    const bool dotted = t.ends_period && t.all_caps;
    if (!dotted && !(t.all_caps && (t.classes & kCountry) != 0)) return false;
  }
  return first < title;
}

bool MentionFinder::PortfolioRun(int first, int last) const {
  for (int i = first; i < last; ++i) {
    const Token& t = tokens_[i];
    if (t.kind != TokenKind::kWord || !t.upper || t.all_caps || t.possessive ||
        (t.classes & (kCountry | kOrgWord | kHonorific | kTitleModifier)) != 0) {
      return false;
    }
    const absl::string_view w = TokenText(text_, t);
    if (absl::EndsWith(w, "ish") || absl::EndsWith(w, "ese") || absl::EndsWith(w, "an") ||
        absl::EndsWith(w, "ch") || absl::EndsWith(w, "i")) {
      return false;  // "Spanish", "Chinese", "Canadian", "Dutch", "Iraqi"
    }
  }
  return true;
}

int MentionFinder::PortfolioListEnd(int k, int j, int last) const {
  if (!PortfolioPart(k, j)) return -1;
  for (int i = j; i < last;) {
    const bool comma = IsPunct(tokens_[i], ',');
    if ((!comma && TokenText(text_, tokens_[i]) != "and") || i + 1 >= last ||
        !IsNameToken(i + 1)) {
      return -1;
    }
    const int run = NameRunEnd(i + 1, last);
    if (!comma) {
      // (The names last: most runs end at the first comma.)
      return PortfolioBeforeTitledName(i + 1, run) && !NamedPart(k, i)
                 ? run
                 : -1;
    }
    // ("Culture, Heritage and Sport Minister": another portfolio after a comma.)
    if (!PortfolioPart(i + 1, run)) return -1;
    i = run;
  }
  return -1;
}

int MentionFinder::PortfolioPairEnd(int k, int j, int last) const {
  int c = j - 1;
  while (c > k && j - c <= 2 && tokens_[c].upper) --c;
  if (c == j - 1 || !IsPortfolioConnector(c) || !PortfolioRun(c + 1, j) || j + 1 >= last ||
      !IsNameToken(j + 1)) {
    return -1;
  }
  const int run = NameRunEnd(j + 1, last);
  const int name = run - 2;  // a first and last name end the run
  if (name <= j + 1 || name - (j + 1) > 2 || !PortfolioRun(j + 1, name)) return -1;
  // ("Minister of Health and Interior Minister Kipchumba Murkomen": a title
  // after "and" opens another person's title, no portfolio.)
  for (int i = j + 1; i < name; ++i) {
    if ((tokens_[i].classes & (kTitle | kTitleHead)) != 0) return -1;
  }
  for (int i = name; i < run; ++i) {
    if (!IsWord(tokens_[i]) || !tokens_[i].upper || tokens_[i].all_caps ||
        (tokens_[i].classes & (kTitle | kOrgWord | kCountry | kHonorific)) != 0) {
      return -1;
    }
  }
  return run;
}

bool MentionFinder::PortfolioPart(int first, int last) const {
  // ("Premier Tom Walsh and Opposition Leader X": a titled name is no part.)
  if (last - first > 2 || !PortfolioRun(first, last)) return false;
  return last - first == 1 || ((tokens_[first].classes | tokens_[first + 1].classes) & kTitle) == 0;
}

bool MentionFinder::NamedPart(int first, int last) const {
  int part = first;
  for (int i = first; i <= last; ++i) {
    if (i < last && !IsPunct(tokens_[i], ',')) continue;
    if (i > part && by_name_.contains(Text(part, i))) return true;
    part = i + 1;
  }
  return false;
}

bool MentionFinder::PortfolioList(int first, int last) const {
  int part = first, ands = 0;
  for (int i = first; i <= last; ++i) {
    const bool end = i == last;
    if (!end && !IsPunct(tokens_[i], ',') && TokenText(text_, tokens_[i]) != "and") continue;
    if (i == part || !PortfolioPart(part, i) || by_name_.contains(Text(part, i))) return false;
    ands += !end && tokens_[i].kind == TokenKind::kWord ? 1 : 0;
    part = i + 1;
  }
  return ands == 1;
}

bool MentionFinder::PortfolioBeforeTitledName(int first, int last) const {
  int t = first;
  while (t < last && (tokens_[t].classes & kTitle) == 0) ++t;
  if (t == first || t == last || !tokens_[t].upper || (tokens_[t].classes & kOrgWord) != 0 ||
      !PortfolioRun(first, t)) {
    return false;
  }
  int name = t;  // the title words, then a first and last name
  while (name < last && (tokens_[name].classes & kTitle) != 0) ++name;
  return last - name >= 2 && TitledName(name - 1, last);
}

bool MentionFinder::OfficeWords(int first, int last) const {
  for (int i = first; i < last; ++i) {
    if (!tokens_[i].upper || (tokens_[i].classes & kTitle) == 0 ||
        (tokens_[i].classes & kOrgWord) != 0) {
      return false;
    }
  }
  return first < last;
}

bool MentionFinder::IsPortfolioConnector(int k) const {
  const Token& t = tokens_[k];
  if (t.kind != TokenKind::kWord || t.upper || k == 0 ||
      (tokens_[k - 1].classes & kTitle) == 0 || !tokens_[k - 1].upper) {
    return false;
  }
  const absl::string_view w = TokenText(text_, t);
  return w == "of" || w == "for";
}

int MentionFinder::PortfolioNameStart(int c, int j) const {
  if (!IsPortfolioConnector(c) || j - (c + 1) < 2) return c;
  for (int i = c + 1; i < j; ++i) {
    const Token& t = tokens_[i];
    // ("Minister of Trade and Industry X Y": portfolios joined by "and".)
    if (i > c + 1 && i + 3 < j && TokenText(text_, t) == "and") continue;
    if (!IsWord(t) || !t.upper || t.all_caps) return c;
  }
  // The name itself: no title, organisation or place words ("of State Department").
  auto name_from = [&](int first) {
    for (int i = first; i < j; ++i) {
      if ((tokens_[i].classes & (kTitle | kOrgWord | kCountry | kHonorific)) != 0) return c;
    }
    return first;
  };
  auto known_person = [&](int first) {
    auto it = by_name_.find(Text(first, j));
    return it != by_name_.end() && entities_[it->second].type == v1::SOURCE_TYPE_PERSON;
  };
  // "Secretary of State Rubio" after "Marco Rubio": a surname named before.
  if (!known_person(j - 2) && known_person(j - 1)) return name_from(j - 1);
  if (j - (c + 1) < 3) return c;
  // "President of Ireland Michael D. Higgins": a middle initial joins the name.
  int first = j - 2;
  const Token& initial = tokens_[first];
  if (first - 1 > c + 1 && initial.ends_period && initial.end - initial.begin == 2) --first;
  return name_from(first);
}

bool MentionFinder::RunHasTitleWord(int first, int last) const {
  for (int i = first; i < last; ++i) {
    if ((tokens_[i].classes & (kTitle | kHonorific)) != 0) return true;
  }
  return false;
}

bool MentionFinder::RunHasTitle(int first, int last) const {
  for (int i = first; i < last; ++i) {
    if ((tokens_[i].classes & (kTitle | kHonorific)) != 0 && tokens_[i].upper &&
        (tokens_[i].classes & kOrgWord) == 0 && i + 2 < last) {
      return true;
    }
  }
  return false;
}

bool MentionFinder::GivenNameAfterTitle(int i, int last) const {
  if (i + 2 != last || i == 0 || !tokens_[i].upper || tokens_[i].all_caps) return false;
  const Token& title = tokens_[i - 1];
  const Token& surname = tokens_[i + 1];
  return IsWord(title) && title.upper && (title.classes & kTitle) != 0 &&
         (title.classes & kOrgWord) == 0 && IsWord(surname) && surname.upper &&
         !surname.all_caps && !OrgHeadAt(i + 1) &&
         (surname.classes & (kOrgWord | kTitle | kCountry | kHonorific)) == 0;
}

bool MentionFinder::TitledName(int first, int last) const {
  if (last - first < 3) return false;
  for (int i = std::max(first, last - 4); i <= last - 3; ++i) {
    const uint32_t c = tokens_[i].classes;
    if ((c & kTitle) == 0 || (c & kOrgWord) != 0 || !tokens_[i].upper) continue;
    bool name = true;  // the words after the title
    for (int n = i + 1; n < last && name; ++n) {
      const Token& t = tokens_[n];
      name = IsWord(t) && t.upper && !t.all_caps &&
             (t.classes & (kTitle | kHonorific | kOrgWord | kCountry)) == 0;
    }
    if (name) return true;
  }
  return false;
}

int MentionFinder::NameBeforeTitle(int first, int last) const {
  // Capitalised words that name no place, people, party modifier, office or
  // person, then only lowercase words ending in a word for a post.
  int e = first;
  while (e < last && IsWord(tokens_[e]) && tokens_[e].upper &&
         (tokens_[e].classes & (kCountry | kNation | kTitleModifier | kTitle | kHonorific)) == 0) {
    ++e;
  }
  if (e == first || e == last) return first;
  for (int i = e; i < last; ++i) {
    if (!IsWord(tokens_[i]) || tokens_[i].upper) return first;
  }
  const absl::string_view w = TokenText(text_, tokens_[e - 1]);
  if (absl::EndsWith(w, "sh") || absl::EndsWith(w, "ese") || absl::EndsWith(w, "an") ||
      absl::EndsWith(w, "ch") || absl::EndsWith(w, "i")) {
    return first;  // "the Welsh health minister", "the Canadian envoy"
  }
  // (A word for a post ends the title: not "Gold Star parents".)
  // ("the Alytus guard": so does a player's position.)
  if ((tokens_[last - 1].classes & kTitleHead) == 0 &&
      !lexicon::IsPlayingPosition(TokenText(text_, tokens_[last - 1]))) {
    return first;
  }
  // (Not a person's name: "the Sanders supporter" after "Bernie Sanders".)
  const std::string name = Text(first, e);
  for (const Entity& other : entities_) {
    if (other.type == v1::SOURCE_TYPE_PERSON &&
        (other.name == name || absl::EndsWith(other.name, " " + name))) {
      return first;
    }
  }
  return e;
}

}  // namespace factwire
