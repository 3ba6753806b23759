// MentionFinder: organisations: acronyms, group names, organisation words and
// kinds, and public bodies named by a country or nationality.

#include "ingest-service/extract/mentions.h"

#include <algorithm>
#include <string>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "ingest-service/extract/lexicon/speech_words.h"
#include "ingest-service/extract/mention_internal.h"

namespace factwire {

using mention_internal::IsWord;
using mention_internal::kMaxVerbGroup;
using mention_internal::ShowsAPerson;

namespace {

// True for a lowercase word naming a public body's field at token `k`: a
// portfolio (lexicon::IsPortfolio: "economy"); unless `owned` (after an
// owner's 's: "the city's water department" is no one body) also another
// field (lexicon::IsBodyField: "veterinary") or its reach before one
// (lexicon::IsBodyScope: "national disaster", "public works").
bool BodyFieldAt(absl::string_view text, const std::vector<Token>& tokens, int k, bool owned) {
  const absl::string_view w = TokenText(text, tokens[k]);
  if (lexicon::IsPortfolio(w)) return true;
  if (owned) return false;
  if (lexicon::IsBodyField(w)) return true;
  if (!lexicon::IsBodyScope(w) || k + 1 >= static_cast<int>(tokens.size())) return false;
  const Token& next = tokens[k + 1];
  const absl::string_view field = TokenText(text, next);
  return IsWord(next) && !next.upper &&
         (lexicon::IsPortfolio(field) || lexicon::IsBodyField(field));
}

// Up to this many words open an appositive before a kind of body that a
// participle follows (ActivityParticipleAt()): "a fast-growing Swedish
// start-up building", not "special envoy to the global coalition fighting".
constexpr int kMaxWordsBeforeActiveKind = 3;

// True when token `k`, before `e`, is a lowercase present participle opening
// what a body does after its kind ("a start-up building one of Europe's
// largest battery factories", "the company making fish feed"): a word of more
// than four letters ending in "ing" and followed, before `e`, by a word that
// is no post or role ("a bank lending officer" is a post, "lending" its
// modifier).
bool ActivityParticipleAt(absl::string_view text, const std::vector<Token>& tokens, int k,
                          int e) {
  if (k + 1 >= e) return false;
  const Token& t = tokens[k];
  const absl::string_view w = TokenText(text, t);
  if (!IsWord(t) || t.upper || w.size() <= 5 || !absl::EndsWith(w, "ing")) return false;
  const Token& n = tokens[k + 1];
  return n.kind == TokenKind::kWord && (n.classes & (kTitle | kTitleHead)) == 0 &&
         !mention_internal::IsRoleNoun(TokenText(text, n));
}

// The end of an office holder's office after "the" at token `k` ("the prime
// minister's office", "the governor's office": up to one lowercase word, a
// lexicon::IsOfficeHolder word, its 's and the office a post's holder runs,
// lexicon::IsPostOfficeNoun; the caller keeps only a lexicon::IsLowercaseBodyHead
// one), or -1.
int HolderOfficeEnd(absl::string_view text, const std::vector<Token>& tokens, int k,
                    int last) {
  int h = k + 1;
  if (h + 1 < last && IsWord(tokens[h]) && !tokens[h].upper && tokens[h + 1].kind ==
      TokenKind::kWord && !tokens[h + 1].possessive &&
      lexicon::IsOfficeHolder(TokenText(text, tokens[h + 1]))) {
    ++h;  // "prime" of "prime minister"
  }
  if (h + 2 >= last || !IsWord(tokens[h]) || tokens[h].upper ||
      !lexicon::IsOfficeHolder(TokenText(text, tokens[h])) || !tokens[h + 1].possessive ||
      !lexicon::IsPostOfficeNoun(TokenText(text, tokens[h + 2]))) {
    return -1;
  }
  return h + 3;
}

// True when token `k`, before `last`, opens a one-word name set off by commas
// that is no item of a list (", Senamhi, said"; not ", Oxfam, and").
bool NameSetOffAt(absl::string_view text, const std::vector<Token>& tokens, int k, int last) {
  if (k + 3 >= last || !IsPunct(tokens[k], ',') || !IsWord(tokens[k + 1]) ||
      !tokens[k + 1].upper || !IsPunct(tokens[k + 2], ',')) {
    return false;
  }
  const absl::string_view after = TokenText(text, tokens[k + 3]);
  return after != "and" && after != "or";
}

// True for a capitalised word that, its first letter lowered, is a plural of
// people who hold posts or study (lexicon::IsEmployeePlural,
// lexicon::IsStudyAgent: "Engineers", "Geologists") or of a kind of body
// (lexicon::IsBodyKindPlural: "Co-operatives").
bool CommonPluralWord(absl::string_view w) {
  constexpr size_t kMaxWordBytes = 24;
  if (w.size() < 4 || w.size() > kMaxWordBytes || w.back() != 's' ||
      !absl::ascii_isupper(static_cast<unsigned char>(w[0]))) {
    return false;
  }
  char lower[kMaxWordBytes];
  w.copy(lower, w.size());
  lower[0] = absl::ascii_tolower(static_cast<unsigned char>(w[0]));
  const absl::string_view l(lower, w.size());
  return lexicon::IsEmployeePlural(l) || lexicon::IsStudyAgent(l) ||
         lexicon::IsBodyKindPlural(l);
}

}  // namespace

bool MentionFinder::KnownOrganization(int k) const {
  if ((tokens_[k].classes & kCountry) != 0) return false;  // places are entities too
  auto it = by_name_.find(TokenText(text_, tokens_[k]));
  return it != by_name_.end() && entities_[it->second].type == v1::SOURCE_TYPE_ORGANIZATION;
}

bool MentionFinder::IsAcronym(int k) const {
  // "RCMP", "MITECO"; not a party and state ("R-TX") or a lone letter ("D").
  const Token& t = tokens_[k];
  if (!t.all_caps || t.end - t.begin < 2) return false;
  const absl::string_view w = TokenText(text_, t);
  return w.find('-') == absl::string_view::npos;
}

bool MentionFinder::AcronymAndPlace(int first, int last) const {
  // "NHS Wales", "BBC Cymru"; not "TJ Washington" (two letters are initials).
  if (last - first != 2 || (tokens_[last - 1].classes & kCountry) == 0) return false;
  const Token& t = tokens_[first];
  return IsAcronym(first) && t.end - t.begin >= 3 && (t.classes & kCountry) == 0;
}

bool MentionFinder::IsGroupPlural(int k) const {
  // "Democrats", "Americans", "Syrians", "Hispanics": a people, not a person.
  const Token& t = tokens_[k];
  const int n = static_cast<int>(tokens_.size());
  if (!t.upper || t.all_caps || t.kind != TokenKind::kWord ||
      (k + 1 < n && tokens_[k + 1].paragraph == t.paragraph && IsNameToken(k + 1)) ||
      (k > 0 && tokens_[k - 1].paragraph == t.paragraph && IsNameToken(k - 1))) {
    return false;
  }
  // "Veterans of Foreign Wars", "Americans for Prosperity": a group's name (not
  // "reminding Americans of Clinton's statements").
  if (k + 2 < n && (tokens_[k + 1].classes & kNameConnector) != 0 && IsWord(tokens_[k + 1]) &&
      !tokens_[k + 1].upper &&
      (TokenText(text_, tokens_[k + 1]) == "of" || TokenText(text_, tokens_[k + 1]) == "for") &&
      tokens_[k + 2].paragraph == t.paragraph && IsNameToken(k + 2)) {
    const int end = NameRunEnd(k + 2, n);
    if ((end == n || !tokens_[end].possessive) && !by_name_.contains(Text(k + 2, end))) {
      return false;
    }
  }
  // "The Workers' Pension Board": a plural's apostrophe opens a body's name.
  if (k + 1 < n && PluralOwnerOfBody(k + 1, n)) return false;
  const absl::string_view w = TokenText(text_, t);
  if ((t.classes & kSpeakerNoun) != 0 && (t.classes & kOrgWord) == 0 &&
      absl::EndsWith(w, "s")) {
    return true;
  }
  // ("Dockworkers", "Islanders": a compound ending in a plural of people; not
  // one a person was named by before.)
  if (lexicon::IsPeopleCompoundPlural(w) && !by_name_.contains(w)) return true;
  // ("Engineers have long warned", "Co-operatives say": people who work or
  // study, or bodies, many of them; not a name met before.)
  if (CommonPluralWord(w) && !by_name_.contains(w)) return true;
  return w.size() > 5 && (absl::EndsWith(w, "ians") || absl::EndsWith(w, "cans") ||
                          absl::EndsWith(w, "eans") || absl::EndsWith(w, "ists"));
}

bool MentionFinder::PluralNameWord(int k) const {
  const Token& t = tokens_[k];
  if (t.kind != TokenKind::kWord || !t.upper || t.all_caps || !t.letters_only ||
      (t.classes & (kCountry | kNation | kTitle | kHonorific)) != 0) {
    return false;
  }
  const absl::string_view w = TokenText(text_, t);
  if (w.size() < 4 || w.back() != 's') return false;
  const char before = w[w.size() - 2];
  return before != 's' && before != 'u' && before != 'i' && before != 'a' && before != 'o' &&
         !lexicon::IsAmountPlural(w);
}

bool MentionFinder::PluralOrgName(int first, int last) const {
  if (last - first < 3) return false;
  // "March of Dimes", "Physicians for Human Rights", "Doctors Without Borders".
  const Token& c = tokens_[first + 1];
  const absl::string_view w = TokenText(text_, c);
  const bool connector = c.kind == TokenKind::kWord &&
                         (c.upper ? lexicon::IsNamePreposition(w) : (w == "of" || w == "for"));
  if (!connector) return false;
  // (Not "Smith of Des Moines" after "John Smith"; not "James of ...": a plural
  // opening the name ends in a consonant and "s", or in "ies": "Families".)
  if (auto it = by_name_.find(TokenText(text_, tokens_[first]));
      it != by_name_.end() && entities_[it->second].type == v1::SOURCE_TYPE_PERSON) {
    return false;
  }
  const absl::string_view opener = TokenText(text_, tokens_[first]);
  return PluralNameWord(last - 1) ||
         (PluralNameWord(first) &&
          (!absl::EndsWith(opener, "es") || absl::EndsWith(opener, "ies")));
}

bool MentionFinder::MonthLedName(int k, int last) const {
  // "the March of Dimes": a month's name before "of" and a name ending in a plural.
  const Token& t = tokens_[k];
  if ((t.classes & kTimeWord) == 0 || !t.upper || k + 2 >= last ||
      TokenText(text_, tokens_[k + 1]) != "of" || !IsNameToken(k + 2)) {
    return false;
  }
  const int end = NameRunEnd(k + 2, last);
  return PluralNameWord(end - 1);
}

bool MentionFinder::HyphenatedBodyName(int k) const {
  const Token& t = tokens_[k];
  if (!IsWord(t) || !t.upper || t.all_caps || t.letters_only) return false;
  const absl::string_view w = TokenText(text_, t);
  const size_t hyphen = w.find('-');
  if (hyphen == absl::string_view::npos || hyphen == 0) return false;
  // "Hydro-Qu\xC3\xA9bec": a business's head word opens it.
  if (lexicon::OrgNameHeadKind(w.substr(0, hyphen)) != 0) return true;
  // "Urgences-sant\xC3\xA9", "Saint-Jean-sur-Richelieu": a lowercase part of three
  // or more letters, with a letter beyond ASCII or among three or more parts
  // ("Kim Jong-un" has two letters; "T-shirt", "Americans-only" are words).
  int parts = 1;
  bool lower = false, accented = false;
  for (absl::string_view part : absl::StrSplit(w.substr(hyphen + 1), '-')) {
    ++parts;
    if (part.size() < 3 || !absl::ascii_islower(static_cast<unsigned char>(part[0]))) continue;
    lower = true;
    for (const char c : part) accented = accented || static_cast<unsigned char>(c) >= 0x80;
  }
  return lower && (accented || parts >= 3);
}

bool MentionFinder::CityOfName(int first, int last) const {
  return last - first >= 3 && tokens_[first].upper &&
         lexicon::IsJurisdictionHead(TokenText(text_, tokens_[first])) &&
         TokenText(text_, tokens_[first + 1]) == "of" && tokens_[first + 2].upper;
}

bool MentionFinder::RunHasWord(int first, int last, int k) const {
  if ((tokens_[k].classes & kOrgWord) == 0) return false;
  const absl::string_view w = TokenText(text_, tokens_[k]);
  for (int i = first; i < last; ++i) {
    if (tokens_[i].classes == tokens_[k].classes && TokenText(text_, tokens_[i]) == w) return true;
  }
  return false;
}

bool MentionFinder::OrgHeadAt(int k) const {
  const Token& t = tokens_[k];
  // (Exact bytes: "ENERGY" in a shouted headline is no head; "ASA", "GmbH" are.)
  return t.upper && !t.possessive && t.kind == TokenKind::kWord &&
         lexicon::OrgNameHeadKind(TokenText(text_, t)) != 0;
}

bool MentionFinder::AcronymOfInitials(int first, int last, bool whole) const {
  const int n = static_cast<int>(tokens_.size());
  if (last + 2 >= n || !IsPunct(tokens_[last], '(') || !IsPunct(tokens_[last + 2], ')') ||
      !IsAcronym(last + 1)) {
    return false;
  }
  const absl::string_view acronym = TokenText(text_, tokens_[last + 1]);
  // The initials of the capitalised words, read back from the last one.
  size_t a = acronym.size();
  int matched = 0;
  for (int i = last - 1; i >= first && a > 0; --i) {
    const Token& t = tokens_[i];
    if (t.kind != TokenKind::kWord) return false;
    if (!t.upper) continue;  // "and", "of"
    if (text_[t.begin] != acronym[a - 1]) return false;
    --a;
    ++matched;
  }
  if (a != 0 || matched < 2) return false;
  if (!whole) return true;
  for (int i = first; i < last; ++i) {
    if (tokens_[i].upper && matched-- <= 0) return false;  // words before the acronym's
  }
  return true;
}

bool MentionFinder::RunHasOrgWord(int first, int last) const {
  for (int i = first; i < last; ++i) {
    if ((tokens_[i].classes & kOrgWord) != 0 && tokens_[i].upper) return true;
  }
  return false;
}

void MentionFinder::AddKind(int e, int k) {
  Entity& entity = entities_[e];
  std::string word = absl::AsciiStrToLower(TokenText(text_, tokens_[k]));
  if (std::find(entity.kinds.begin(), entity.kinds.end(), word) == entity.kinds.end()) {
    entity.kinds.push_back(std::move(word));
  }
  entity.kind_classes |= tokens_[k].classes & kOrgKind;
}

int MentionFinder::OrgKindHead(int a, int e) const {
  // "a local advocacy group", "a nonprofit that ...", "a coalition of unions": the
  // head of the first noun phrase, before any preposition or relative clause.
  for (int i = a; i < e; ++i) {
    const Token& t = tokens_[i];
    if (t.kind != TokenKind::kWord || t.upper) continue;
    const absl::string_view w = TokenText(text_, t);
    if ((t.classes & (kAffiliationPrep | kRelative | kCue)) != 0 ||
        lexicon::IsNounPhraseBreak(w)) {
      return -1;
    }
    if ((t.classes & kOrgKind) == 0) continue;
    // "a Navy veteran attending school in Albuquerque": a place someone goes to
    // after a verb is not what the name is.
    if ((t.classes & kOrgKind) == kOrgKindInstitution) {
      for (int v = a; v < i; ++v) {
        if (!tokens_[v].upper && absl::EndsWith(TokenText(text_, tokens_[v]), "ing")) return -1;
      }
    }
    if (i + 1 == e) return i;
    const Token& n = tokens_[i + 1];
    const absl::string_view next = TokenText(text_, n);
    if (n.possessive || (n.kind == TokenKind::kWord && n.upper)) return -1;
    if (n.kind != TokenKind::kWord || (n.classes & (kAffiliationPrep | kRelative)) != 0 ||
        lexicon::IsAfterOrgKindHead(next) ||
        (i - a <= kMaxWordsBeforeActiveKind && ActivityParticipleAt(text_, tokens_, i + 1, e))) {
      return i;
    }
  }
  return -1;
}

int MentionFinder::CountryBodyEnd(int k, const Sentence& s) const {
  int j = k;
  while (j < s.last && j - k < 3 && IsNameToken(j) && (tokens_[j].classes & kCountry) != 0)
    ++j;
  if (j == k || j + 2 >= s.last || !tokens_[j].possessive) return -1;
  return PublicKindEnd(j, s);
}

int MentionFinder::NationBodyEnd(int k, const Sentence& s) const {
  const Token& t = tokens_[k];
  if (k <= s.first || k + 1 >= s.last || !IsWord(t) || !t.upper) return -1;
  const absl::string_view before = TokenText(text_, tokens_[k - 1]);
  if (before != "the" && before != "The") return -1;
  if (!lexicon::IsNationality(TokenText(text_, t)) &&
      !((t.classes & kCountry) != 0 && t.all_caps)) {
    return -1;
  }
  const int end = PublicKindEnd(k, s);
  if (end < 0 || tokens_[end - 1].possessive) return -1;
  // "the French government spokesman": the body only describes a person.
  if (end < s.last && IsWord(tokens_[end]) && !tokens_[end].upper &&
      (tokens_[end].classes & (kTitleHead | kSpeakerNoun)) != 0) {
    return -1;
  }
  return end;
}

int MentionFinder::LowercaseBodyEnd(int k, const Sentence& s) const {
  if (k + 2 >= s.last || quote_depth_[k] != 0) return -1;
  const absl::string_view article = TokenText(text_, tokens_[k]);
  if (article != "the" && article != "The") return -1;
  // ("the city's transport department": a body of the one who owns it.)
  const int owner = PossessedBodyOwner(k) ? k + 2 : k;
  const Token& modifier = tokens_[owner + 1];
  const absl::string_view modifier_text = TokenText(text_, modifier);
  // ("the law enforcement agency" after "the FBI", "The regional development
  // authority says" before its name: a description; a portfolio names one body:
  // "the economy ministry"; a title word only as a portfolio: "the justice
  // ministry", though "Justice" is a title.)
  // ("the prime minister's office said": the office is the body.)
  const int office = owner == k ? HolderOfficeEnd(text_, tokens_, k, s.last) : -1;
  if (office < 0 &&
      (!IsWord(modifier) || modifier.upper ||
       (modifier.classes & (kTitleHead | kTitleModifier | kOrgKind | kNumberWord)) != 0 ||
       !BodyFieldAt(text_, tokens_, owner + 1, owner > k) || lexicon::IsNotBodyModifier(modifier_text))) {
    return -1;
  }
  const int end = office >= 0 ? office : PublicKindEnd(owner, s);
  // ("the ratings agency" after "Moody's", "the port authority" after "the Port
  // of Algeciras": a description of a body named before is that body.)
  if (end < 0 || end - k < 3 ||
      !lexicon::IsLowercaseBodyHead(TokenText(text_, tokens_[end - 1])) ||
      ResolveDescription(end - 1) >= 0) {
    return -1;
  }
  // "the health department spokesman": the body only describes a person; "the
  // state regulator Ofgem": the name after it is the body's.
  if (end < s.last && IsWord(tokens_[end]) &&
      (tokens_[end].upper || (tokens_[end].classes & (kTitleHead | kSpeakerNoun)) != 0)) {
    return -1;
  }
  // "the national weather service, Senamhi, said": the name set off after it
  // is the body's.
  if (NameSetOffAt(text_, tokens_, end, s.last)) return -1;
  return end;
}

int MentionFinder::MembersBodyEnd(int k, const Sentence& s) const {
  const int end = k + 4;
  if (end > s.last || quote_depth_[k] != 0 ||
      !absl::EqualsIgnoreCase(TokenText(text_, tokens_[k]), "the")) {
    return -1;
  }
  const Token& members = tokens_[k + 1];
  const Token& kind = tokens_[k + 3];
  if (!IsWord(members) || members.upper || !mention_internal::PluralApostrophe(text_, tokens_, k + 2) ||
      !IsWord(kind) || kind.upper || (kind.classes & kOrgKindGroup) == 0) {
    return -1;
  }
  if (end < s.last && IsWord(tokens_[end]) &&
      (tokens_[end].upper || tokens_[end].possessive || TokenText(text_, tokens_[end]) == "of" ||
       (tokens_[end].classes & (kTitleHead | kSpeakerNoun | kOrgKind)) != 0)) {
    return -1;
  }
  // ("Usdaw, the shopworkers' union, said", "The dockers' union, SUNTMA,
  // said": a description of a name set off before or after it.)
  if ((k >= 2 && IsPunct(tokens_[k - 1], ',') && MentionEndingAt(k - 2) >= 0) ||
      ResolveDescription(end - 1) >= 0 || NameSetOffAt(text_, tokens_, end, s.last)) {
    return -1;
  }
  return end;
}

bool MentionFinder::PossessedBodyOwner(int k) const {
  // "the city's", "the council's": a lowercase place or government and its 's
  // (lexicon::IsPublicBodyOwner; not a name's: "the Irish government's" is
  // NationBodyEnd()'s; not "the company's" nor "the minister's", whose
  // department is no public body), not after a preposition ("a spokesman for
  // the city's transport department" speaks, not the body).
  if (k + 4 >= static_cast<int>(tokens_.size()) ||
      (k > 0 && (tokens_[k - 1].classes & kAffiliationPrep) != 0)) {
    return false;
  }
  const Token& t = tokens_[k + 1];
  return IsWord(t) && !t.upper && tokens_[k + 2].possessive &&
         lexicon::IsPublicBodyOwner(TokenText(text_, t));
}

int MentionFinder::PublicKindEnd(int j, const Sentence& s) const {
  // Up to two lowercase modifiers, then the public body's kind ("foreign
  // ministry", "health department"), not owning anything itself ("Ukraine's
  // foreign ministry's spokesman") nor before another kind ("agency board").
  int h = j + 1;
  while (h < s.last && h - j <= 3) {
    const Token& t = tokens_[h];
    if (!IsWord(t) || t.upper) return -1;
    if ((t.classes & kOrgKindPublic) != 0) break;
    // ("the federal aviation office": a reach, though "federal" may open a
    // noun phrase as a determiner does.)
    const bool scope = h == j + 1 && lexicon::IsBodyScope(TokenText(text_, t));
    if (!scope && (t.classes & (kDeterminer | kCue | kAffiliationPrep | kRelative | kFiller |
                                kTimeWord | kNameConnector)) != 0) {
      return -1;
    }
    ++h;
  }
  if (h >= s.last || h - j > 3 || (tokens_[h].classes & kOrgKindPublic) == 0) return -1;
  if (h + 1 < s.last && (tokens_[h + 1].possessive ||
                         (IsWord(tokens_[h + 1]) && !tokens_[h + 1].upper &&
                          (tokens_[h + 1].classes & kOrgKind) != 0))) {
    return -1;
  }
  return h + 1;
}

int MentionFinder::AddCountryBody(const Sentence& s, int k, int end) {
  Mention m;
  m.sentence_first = s.first;
  m.first = k;
  m.last = end;
  m.kind = MentionKind::kOrganization;
  m.entity = Resolve(m);
  entities_[m.entity].type = v1::SOURCE_TYPE_ORGANIZATION;
  AddKind(m.entity, end - 1);  // "the ministry" refers to it
  const int index = static_cast<int>(mentions_.size());
  // ("Meteorologist Ana Ruiz of the national weather service said": the body
  // is where the person works, and the person speaks.)
  if (index > 0) LinkToPreviousMention(m, index);
  mentions_.push_back(m);
  by_end_[end - 1] = index;
  by_start_[k] = index;
  return end;
}

bool MentionFinder::KindAfterName(int end, int last) const {
  // Up to two lowercase modifiers, then the kind ("patient watchdog", "group"),
  // which no "of" follows ("the campaign of Mike Huckabee" is his).
  for (int i = end; i < last && i - end < 3; ++i) {
    const Token& t = tokens_[i];
    if (!IsWord(t) || t.upper || (t.classes & (kCue | kRelative | kNameConnector)) != 0) {
      return false;
    }
    // (Not a place's: "the 2008 Iowa campaign of Mike Huckabee".)
    if ((t.classes & kOrgKind) != 0) {
      return i + 1 >= last || TokenText(text_, tokens_[i + 1]) != "of";
    }
  }
  return false;
}

bool MentionFinder::BareName(const Mention& m) const {
  if (m.entity < 0 || m.kind != MentionKind::kName || m.title_first >= 0 ||
      m.last - m.first != 1) {
    return false;
  }
  const Entity& e = entities_[m.entity];
  return e.type == v1::SOURCE_TYPE_PERSON && !ShowsAPerson(e) && e.affiliation.empty() &&
         e.aliases.empty() && e.name.find(' ') == std::string::npos;
}

bool MentionFinder::BareFullName(const Mention& m) const {
  if (m.entity < 0 || m.kind != MentionKind::kPerson || m.title_first >= 0 ||
      m.last - m.first < 2) {
    return false;
  }
  const Entity& e = entities_[m.entity];
  return e.type == v1::SOURCE_TYPE_PERSON && !ShowsAPerson(e) && e.affiliation.empty() &&
         e.aliases.empty() &&
         e.name == text_.substr(tokens_[m.first].begin,
                                tokens_[m.last - 1].end - tokens_[m.first].begin);
}

bool MentionFinder::BareSubject(const Sentence& s, const Mention& m) const {
  // (A full name led by capitals, "RK Menon", is a business only by what
  // ResolveDescription() asks of one.)
  const bool full = BareFullName(m) && !tokens_[m.first].all_caps;
  if (!m.subject || !(BareName(m) || full) || m.last >= s.last) return false;
  // ("14:05 - Zentaro has ...": a dash or colon before it; not "62 Kč".)
  if (m.first > s.first && tokens_[m.first - 1].kind != TokenKind::kPunct) return false;
  // ("Shares in the company closed down": a plural's phrase, no name.)
  const Token& next = tokens_[m.last];
  return !(IsWord(next) && !next.upper &&
           ((next.classes & (kAffiliationPrep | kNameConnector)) != 0 ||
            lexicon::IsObjectPreposition(TokenText(text_, next))));
}

bool MentionFinder::ItsAfterSubject(const Sentence& s, const Mention& m) const {
  int k = m.appositive_end >= 0 ? m.appositive_end + 1 : m.last;
  for (int n = 0; k < s.last && n <= kMaxVerbGroup; ++k, ++n) {
    const Token& t = tokens_[k];
    if (!IsWord(t)) return false;
    const absl::string_view w = TokenText(text_, t);
    if (w == "its") return n > 0;
    if (w == "that") continue;  // "told investors that its margins"
    if ((t.upper && (t.classes & kTimeWord) == 0) ||
        (t.classes & (kDeterminer | kPersonPronoun | kOtherPronoun | kRelative)) != 0) {
      return false;
    }
  }
  return false;
}

bool MentionFinder::OwnsABodysHolding(const Sentence& s, const Mention& m) const {
  if (!m.possessive) return false;
  // ("Deloitte's Sports Business Group": a part of a business by its name.)
  if (m.last + 1 < s.last && IsNameToken(m.last + 1)) {
    const int end = NameRunEnd(m.last + 1, s.last);
    return end - (m.last + 1) >= 2 &&
           lexicon::IsBusinessPart(TokenText(text_, tokens_[end - 1]));
  }
  // ("Tallow's chief executive": the 's, then the words; not "Obama's
  // announcement of executive actions".)
  for (int k = m.last + 1; k < s.last && k <= m.last + 3; ++k) {
    const Token& t = tokens_[k];
    const absl::string_view w = TokenText(text_, t);
    if (!IsWord(t) || t.upper || (t.classes & (kAffiliationPrep | kNameConnector)) != 0 ||
        lexicon::IsObjectPreposition(w)) {
      return false;
    }
    if (lexicon::IsOrganisationHolding(w)) return true;
    if (k > m.last + 1 &&
        lexicon::IsOrganisationHolding(text_.substr(tokens_[k - 1].begin, t.end - tokens_[k - 1].begin))) {
      return true;  // "chief executive"
    }
  }
  return false;
}

void MentionFinder::OrganisationEvidence(const Sentence& s, size_t from) {
  int subject = -1;  // the sentence's bare subject mention, if any
  for (size_t i = from; i < mentions_.size(); ++i) {
    const Mention& m = mentions_[i];
    if (m.possessive) {
      if ((BareName(m) || BareFullName(m)) && OwnsABodysHolding(s, m)) {
        entities_[m.entity].type = v1::SOURCE_TYPE_ORGANIZATION;
      }
    } else if (BareSubject(s, m)) {
      subject = static_cast<int>(i);
    } else if (m.subject && BareFullName(m) && m.last < s.last &&
               (m.first == s.first || tokens_[m.first - 1].kind == TokenKind::kPunct) &&
               (tokens_[m.last].classes & kCue) == 0 && ItsAfterSubject(s, m)) {
      // "Visit Greenland cut its forecast", opening its clause (not "Priya
      // Castell said its findings were wrong": what she said is about something
      // else's; nor "As it puts Ana Ruiz atop its ticket").
      entities_[m.entity].type = v1::SOURCE_TYPE_ORGANIZATION;
    }
  }
  // (As for a full name above: "Priya Castell said its findings" is hers no more
  // than anyone's.)
  if (subject >= 0 &&
      (BareName(mentions_[subject]) ||
       (tokens_[mentions_[subject].last].classes & kCue) == 0) &&
      ItsAfterSubject(s, mentions_[subject])) {
    entities_[mentions_[subject].entity].type = v1::SOURCE_TYPE_ORGANIZATION;
    subject = -1;
  }
  // A name a comma sets off has a description of its own: a post or an owner
  // there makes it a person ("Assem, the plane's co-pilot, had logged ..., the
  // airline said"); else the next sentence's description may still be its
  // ("Salmones Quinchao, one of the largest salmon farmers, reported a loss.
  // Profit fell, the company said").
  const bool set_off = subject >= 0 && IsPunct(tokens_[mentions_[subject].last], ',');
  if (set_off && PostOrOwnerSetOff(s, mentions_[subject].last)) subject = -1;
  const int sentence = static_cast<int>(sentence_firsts_.size()) - 1;
  const int before = bare_subject_ >= 0 && bare_subject_sentence_ == sentence - 1 && !set_off
                         ? bare_subject_
                         : -1;
  if ((subject >= 0 && !set_off) || before >= 0) {
    DescribedBareName(s, set_off ? -1 : subject, before);
  }
  if (subject >= 0) {
    bare_subject_ = mentions_[subject].entity;
    bare_subject_sentence_ = sentence;
  }
}

bool MentionFinder::PostOrOwnerSetOff(const Sentence& s, int comma) const {
  for (int k = comma + 1; k < s.last && !IsPunct(tokens_[k], ','); ++k) {
    const Token& t = tokens_[k];
    if (t.possessive || (t.classes & (kTitle | kTitleHead)) != 0) return true;
  }
  return false;
}

void MentionFinder::DescribedBareName(const Sentence& s, int subject, int before) {
  for (int k = s.first + 1; k + 1 < s.last; ++k) {
    const Token& t = tokens_[k];
    if ((t.classes & kOrgKindBusiness) == 0 || t.kind != TokenKind::kWord || t.upper ||
        (tokens_[k + 1].classes & kCue) == 0) {
      continue;
    }
    // "the company said", "The budget retailer said": an article and up to two
    // lowercase modifiers before the kind.
    int det = k - 1;
    while (det > s.first && det >= k - 2 && IsWord(tokens_[det]) && !tokens_[det].upper &&
           !lexicon::IsArticle(TokenText(text_, tokens_[det]))) {
      --det;
    }
    if (!absl::EqualsIgnoreCase(TokenText(text_, tokens_[det]), "the")) continue;
    // This sentence's bare subject before the description, else the one before.
    const int bare =
        subject >= 0 && mentions_[subject].first < det ? mentions_[subject].entity : before;
    if (bare < 0 || entities_[bare].type != v1::SOURCE_TYPE_PERSON ||
        ShowsAPerson(entities_[bare]) || ResolveDescription(k) >= 0) {
      return;
    }
    entities_[bare].type = v1::SOURCE_TYPE_ORGANIZATION;
    AddKind(bare, k);
    // ("Tasman Link will raise fares ... Chief executive Aroha Whitfield said":
    // the subject the description shows is a business leads the story from
    // its own sentence, as NoteStoryOrganization() would have had it known.)
    const int led = bare == before ? bare_subject_sentence_
                                   : static_cast<int>(sentence_firsts_.size()) - 1;
    if (led >= story_business_sentence_) {
      story_business_ = bare;
      story_business_sentence_ = led;
    }
    if (led >= story_sentence_) {
      story_organization_ = bare;
      story_sentence_ = led;
    }
    return;
  }
}

}  // namespace factwire
