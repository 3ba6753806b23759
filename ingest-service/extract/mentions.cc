#include "ingest-service/extract/mentions.h"

#include <algorithm>
#include <string>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "ingest-service/extract/lexicon/speech_words.h"

namespace factwire {
namespace {

constexpr int kMaxAppositiveTokens = 20;
constexpr int kMaxNameTokens = 8;
constexpr int kMaxEntityLookback = 64;   // entities searched for a lone surname
constexpr int kMaxPronounLookback = 64;  // mentions searched for a pronoun's referent
constexpr int kMaxTitleBeforeName = 4;   // "Chief financial officer Raj Mehta"
// Lowercase words that cannot be part of a title before a name.
constexpr uint32_t kNotTitleWord = kDeterminer | kAffiliationPrep | kCue | kFiller |
                                   kRelative | kPersonPronoun | kOtherPronoun |
                                   kTimeWord | kAdverbial | kStarter | kNotName |
                                   kSpeakerNoun | kNameConnector;

bool IsWord(const Token& t) { return t.kind == TokenKind::kWord && !t.possessive; }

// True when a word of `title` is a capitalised office title ("Sen.", "Prime
// Minister", "Republican Rep.").
bool NamesOffice(absl::string_view title) {
  for (absl::string_view word : absl::StrSplit(title, ' ')) {
    if (lexicon::IsOfficeTitle(word)) return true;
  }
  return false;
}

// True when a word of `name` is `word`, ignoring case ("Bureau of Land
// Management", "bureau").
bool NameHasWord(absl::string_view name, absl::string_view word) {
  for (absl::string_view w : absl::StrSplit(name, ' ')) {
    if (absl::EqualsIgnoreCase(w, word)) return true;
  }
  return false;
}

// True when what is known of `e` marks a person: a title or a gender from a
// pronoun or honorific ("Hollins Rovers" named alone has neither).
bool ShowsAPerson(const Entity& e) { return !e.title.empty() || e.gender != 0; }

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
    : text_(text), tokens_(tokens), quote_depth_(quote_depth) {}

std::string MentionFinder::Text(int first, int last) const {
  if (last <= first) return "";
  return std::string(
      text_.substr(tokens_[first].begin, tokens_[last - 1].end - tokens_[first].begin));
}

bool MentionFinder::KnownOrganization(int k) const {
  if ((tokens_[k].classes & kCountry) != 0) return false;  // places are entities too
  auto it = by_name_.find(TokenText(text_, tokens_[k]));
  return it != by_name_.end() && entities_[it->second].type == v1::SOURCE_TYPE_ORGANIZATION;
}

bool MentionFinder::StartsName(int k, const Sentence& s) const {
  const Token& t = tokens_[k];
  // "They’ve suggested": a pronoun with a contracted auxiliary names no one.
  if (t.classes == 0 && lexicon::IsPronounContraction(TokenText(text_, t))) return false;
  if (k + 1 < s.last && IsNameToken(k + 1)) return true;
  // "Secretary of State John Kerry said".
  if (k + 2 < s.last && IsPortfolioConnector(k + 1) && IsNameToken(k + 2)) return true;
  // "Later, ...", "Reprising ...": a lone capitalised word that reads as an
  // adverb or a participle does not open a name.
  if ((t.classes & (kFiller | kAdverbial | kCue | kDeterminer | kSpeakerNoun)) != 0) {
    return false;
  }
  const absl::string_view w = TokenText(text_, t);
  // "Kremlin spokesman Dmitry Peskov", "Veldhuis chief executive Hans Keller": an
  // organisation (by its word or named before) before a title and a name.
  if ((t.classes & kOrgWord) != 0 || KnownOrganization(k)) {
    int i = k + 1;
    while (i < s.last && i - k <= kMaxTitleBeforeName && TitleModifierAt(i)) ++i;
    if (i > k + 1 && i < s.last && IsNameToken(i) &&
        (tokens_[i - 1].classes & (kTitle | kTitleHead)) != 0) {
      return true;
    }
  }
  // "Environmental groups said": an adjective before a speaking noun ("AMA
  // president" is an acronym's title).
  if (k + 1 < s.last && !tokens_[k + 1].upper &&
      !(t.all_caps && (tokens_[k + 1].classes & (kTitle | kTitleHead)) != 0) &&
      (tokens_[k + 1].classes & kSpeakerNoun) != 0) {
    return false;
  }
  const bool cue_follows = k + 1 < s.last && (tokens_[k + 1].classes & kCue) != 0;
  // "Beijing", "Wyoming": places that end like participles are names.
  return cue_follows || (t.classes & kCountry) != 0 ||
         !(w.size() > 4 && (absl::EndsWith(w, "ing") || absl::EndsWith(w, "ly")));
}

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
           HasAgentSuffix(TokenText(text_, tokens_[i]));
  };
  // "A spokesman for the ministry, Peter Lual Deng,", "A spokeswoman for the
  // Bureau of Land Management, Tara Kinney,": the title ends before its
  // organisation, which is where the person works.
  int title_end = comma;
  int prep = -1;
  const int employer = EmployerBeforeComma(s, comma, &prep);
  if (employer >= 0 && prep - 1 >= s.first &&
      (title_word(prep - 1, kTitle | kTitleHead) || role_noun(prep - 1))) {
    head = prep - 1;
    title_end = prep;
    // ("A spokeswoman for Halden Appliance, Rina Osei,": the name the title
    // works for is no speaker of its own, whatever it looks like.)
    if (const int om = MentionEndingAt(comma - 1);
        om >= 0 && mentions_[om].kind != MentionKind::kPlace) {
      mentions_[om].kind = MentionKind::kOrganization;
    }
  } else if (!title_word(head, kTitle | kTitleHead) && !role_noun(head)) {
    // "The HSE's national clinical lead for immunisation, Dr. Lucia de la Cruz,":
    // a title word, "of" or "for" and up to three lowercase words.
    auto connector_at = [&](int i) {
      const absl::string_view w = TokenText(text_, tokens_[i]);
      return w == "of" || w == "for";
    };
    int c = head;
    while (c > s.first && head - c < 3 && IsWord(tokens_[c]) && !tokens_[c].upper &&
           !connector_at(c) &&
           (tokens_[c].classes & (kCue | kDeterminer | kRelative | kPersonPronoun |
                                  kOtherPronoun | kTimeWord | kAffiliationPrep)) == 0) {
      --c;
    }
    const absl::string_view connector = TokenText(text_, tokens_[c]);
    if (c == head || c - 1 < s.first || (connector != "of" && connector != "for") ||
        !(title_word(c - 1, kTitle | kTitleHead) || role_noun(c - 1) ||
          OwnedNoun(s, c - 1))) {
      return;
    }
    head = c - 1;
  }
  int tf = head;
  while (tf - 1 >= s.first && head - tf < 3 && TitleModifierAt(tf - 1)) --tf;
  const int p = tf - 1;
  int owner = -1;
  if (p >= s.first) {
    const Token& pt = tokens_[p];
    const absl::string_view w = TokenText(text_, pt);
    if (pt.possessive && p - 1 >= s.first) {
      const Token& o = tokens_[p - 1];
      if (o.upper || o.all_caps) {
        auto it = by_name_.find(std::string(TokenText(text_, o)));
        owner = it == by_name_.end() ? -1 : it->second;
      } else {
        owner = ResolveDescription(p - 1);
      }
    } else if (w == "its" || w == "Its") {
      owner = LatestOrganization(tf);
    } else if (const int om = MentionEndingAt(p); ArticleOrganization(s, om)) {
      owner = mentions_[om].entity;  // "A Commission spokeswoman, Anitta Hipper,"
    } else if (!lexicon::IsTitleOwner(w) &&
               !((w == "a" || w == "A" || w == "an" || w == "An") &&
                 title_word(head, kTitle | kTitleHead))) {
      return;  // ("a spokeswoman, Anna White," but not "In a statement, Gov. Rick Scott")
    }
  }
  Entity& e = entities_[entity];
  e.title = Text(tf, title_end);
  // ("A spokesman for Senator Ruth Allard, Ben Kiley,": a titled or gendered
  // person is no affiliation.)
  const Entity& boss = employer >= 0 ? entities_[employer] : e;
  if (title_end < comma && employer != entity && e.affiliation.empty() &&
      (boss.type == v1::SOURCE_TYPE_ORGANIZATION || !ShowsAPerson(boss))) {
    e.affiliation = boss.name;
  }
  // ("Sybiha's deputy, Mariana Betsa,", "Ms. Merkel's spokesman": a person named
  // in full or with an honorific is no affiliation; a lone "Google's" may be one.)
  const Entity& o = owner >= 0 ? entities_[owner] : e;
  const bool person = o.type == v1::SOURCE_TYPE_PERSON &&
                      (o.gender != 0 || o.name.find(' ') != std::string::npos);
  if (owner >= 0 && owner != entity && e.affiliation.empty() && !person) {
    e.affiliation = o.name;
  }
}

int MentionFinder::EmployerBeforeComma(const Sentence& s, int comma, int* connector) const {
  const int last = comma - 1;
  int org = -1, det = -1;
  if (const int om = MentionEndingAt(last); om >= 0 && mentions_[om].entity >= 0 &&
                                            mentions_[om].kind != MentionKind::kPlace) {
    // ("A spokeswoman for Halden Appliance, Rina Osei,": any name; the caller
    // decides whether it is an affiliation.)
    org = mentions_[om].entity;
    const Mention& named = mentions_[om];  // "for Senator Ruth Allard": from its title
    det = (named.title_first >= 0 ? named.title_first : named.first) - 1;
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
  const absl::string_view w = TokenText(text_, t);
  if ((t.classes & kNotTitleWord) != 0 || w.size() <= 2 || absl::EndsWith(w, "ly"))
    return false;  // not "recently"
  // "chief operating officer", not "including officer": an -ing word only
  // between title words.
  return !absl::EndsWith(w, "ing") ||
         (i > 0 && tokens_[i - 1].kind == TokenKind::kWord &&
          (tokens_[i - 1].classes & (kTitle | kTitleHead | kTitleModifier)) != 0);
}

int MentionFinder::TitleBeforeName(const Sentence& s, int k, int entity) {
  if (k <= s.first) return -1;
  auto lower_word = [&](int i) {
    const Token& t = tokens_[i];
    return t.kind == TokenKind::kWord && !t.upper && !t.possessive;
  };
  // "said chief executive Priya Raman", "German actor Lars Brenner": a title
  // word or a noun for what someone does right before the name.
  const Token& head = tokens_[k - 1];
  // Not a modifier such as "former", which ends like a noun for a doer.
  const bool role_noun = lower_word(k - 1) &&
                         (head.classes & (kNotTitleWord | kTitleModifier)) == 0 &&
                         HasAgentSuffix(TokenText(text_, head));
  if (!lower_word(k - 1) || ((head.classes & (kTitle | kTitleHead)) == 0 && !role_noun)) {
    return -1;
  }
  // "chief financial officer", "wildfire information officer": title words and
  // plain nouns or adjectives before it.
  int tf = k - 1;
  while (tf > s.first && k - tf < kMaxTitleBeforeName && TitleModifierAt(tf - 1)) --tf;
  // "United manager Claire Hebden" after "Eastbridge United": the organisation
  // named in full before is where the person works.
  if (const int team = tf > s.first ? FullNameEndingIn(tf - 1, entity) : -1; team >= 0) {
    Entity& e = entities_[entity];
    e.title = Text(tf, k);
    if (e.affiliation.empty()) e.affiliation = entities_[team].name;
    Entity& club = entities_[team];  // "Hollins Rovers" is no person
    if (club.type == v1::SOURCE_TYPE_PERSON && !ShowsAPerson(club)) {
      club.type = v1::SOURCE_TYPE_ORGANIZATION;
    }
    if (const int om = MentionEndingAt(tf - 1); om >= 0 && mentions_[om].first == tf - 1) {
      mentions_[om].entity = team;
    }
    return tf;
  }
  // "Opposition leader Alan Lamb", "Chief financial officer Raj Mehta": a word
  // capitalised only as the sentence's first; it names no one.
  const Token& opener = tokens_[s.first];
  const int opener_mention = MentionEndingAt(s.first);
  if (tf == s.first + 1 && opener.kind == TokenKind::kWord && opener.upper &&
      !opener.all_caps && !opener.possessive &&
      (opener.classes & (kStarter | kNotName | kCountry | kOrgWord)) == 0 &&
      (opener_mention < 0 || mentions_[opener_mention].first == s.first) &&
      !(opener_mention >= 0 && mentions_[opener_mention].last == s.first + 1 &&
        KnownOrganization(s.first))) {
    tf = s.first;
    if (opener_mention >= 0) mentions_[opener_mention].entity = -1;
  } else if (const int pm = tf - 1 > s.first ? MentionEndingAt(tf - 1) : -1;
             pm >= 0 && PortfolioBeforeTitle(pm, tf)) {
    // ", Education critic Wayne Balcaen says": a lone capitalised topic named
    // nowhere before is part of the title.
    mentions_[pm].entity = -1;
    tf = tf - 1;
  }
  Entity& e = entities_[entity];
  e.title = Text(tf, k);
  // "Alberta Wildfire information officer Jo Ng", "Goldman Sachs analyst Jan
  // Hatzius": the name before the title is where the person works.
  if (tf > s.first && e.affiliation.empty()) {
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
    }
  }
  return tf;
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

bool MentionFinder::IsParticle(int k) const {
  const Token& t = tokens_[k];
  if (t.kind != TokenKind::kWord || t.upper) return false;
  const absl::string_view w = TokenText(text_, t);
  if ((t.classes & kNameConnector) == 0) return lexicon::IsLowercaseParticle(w);
  return !lexicon::IsNonParticleConnector(w);
}

int MentionFinder::NameRunEnd(int k, int last) const {
  int e = k;
  while (e < last && e - k < kMaxNameTokens && IsNameToken(e)) ++e;
  return e;
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
  const absl::string_view w = TokenText(text_, t);
  if ((t.classes & kSpeakerNoun) != 0 && (t.classes & kOrgWord) == 0 &&
      absl::EndsWith(w, "s")) {
    return true;
  }
  return w.size() > 5 && (absl::EndsWith(w, "ians") || absl::EndsWith(w, "cans") ||
                          absl::EndsWith(w, "eans") || absl::EndsWith(w, "ists"));
}

bool MentionFinder::HomeTownAt(int k, int of, int last) const {
  // A title before two plain name words: "Republican Sen. Dale Hoskins".
  if (of - k < 3 || of + 1 >= last) return false;
  bool titled = false;
  for (int i = k; i < of - 2; ++i) {
    titled = titled || (tokens_[i].classes & (kTitle | kHonorific)) != 0;
  }
  for (int i = of - 2; i < of; ++i) {
    if ((tokens_[i].classes & (kTitle | kHonorific | kOrgWord | kCountry)) != 0) return false;
  }
  // One or two capitalised words after "of", no organisation's: "of Kingman".
  const int end = NameRunEnd(of + 1, last);
  // (Not "of King's College London": an owner's 's continues a name.)
  return titled && end > of + 1 && end - (of + 1) <= 2 && !RunHasOrgWord(of + 1, end) &&
         !(end < last && (tokens_[end].possessive ||
                          (IsWord(tokens_[end]) && !tokens_[end].upper &&
                           (tokens_[end].classes & kNameConnector) != 0)));
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

int MentionFinder::NicknameEnd(int q, int last) const {
  const Token& open = tokens_[q];
  if (open.kind != TokenKind::kQuote || !open.space_before) return -1;
  int i = q + 1;
  while (i < last && i - q <= 3 && IsWord(tokens_[i]) && tokens_[i].upper) ++i;
  if (i == q + 1 || i + 1 >= last || i - q > 3) return -1;
  const Token& close = tokens_[i];
  if (close.kind != TokenKind::kQuote || close.space_before || !IsNameToken(i + 1) ||
      (tokens_[i + 1].classes & (kCue | kTitle | kOrgWord)) != 0) {
    return -1;
  }
  return i + 1;
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
  return t.upper && !t.all_caps && !t.possessive && t.kind == TokenKind::kWord &&
         lexicon::OrgNameHeadKind(TokenText(text_, t)) != 0;
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
        lexicon::IsAfterOrgKindHead(next)) {
      return i;
    }
  }
  return -1;
}

int MentionFinder::OwnerNameEnd(int first, int e) const {
  auto capitalised = [&](int i) {
    return IsWord(tokens_[i]) && (tokens_[i].upper || tokens_[i].all_caps) &&
           quote_depth_[i] == 0;
  };
  if (first >= e || !capitalised(first)) return -1;
  int i = first + 1;
  int words = 1;
  while (i < e && i - first < kMaxNameTokens) {
    if (capitalised(i)) {
      ++i;
      ++words;
      continue;
    }
    // "March of Dimes", "Hygiene & Tropical Medicine".
    const bool connector = (IsWord(tokens_[i]) && !tokens_[i].upper &&
                            (tokens_[i].classes & kNameConnector) != 0) ||
                           IsPunct(tokens_[i], '&');
    if (!connector || i + 1 >= e || !capitalised(i + 1)) break;
    ++i;
  }
  if (words < 2 || i + 1 >= e) return -1;
  const Token& t = tokens_[i];
  const bool apostrophe =
      (t.quote == QuoteMark::kSingleClose || t.quote == QuoteMark::kSingleEither) &&
      !t.space_before && tokens_[i + 1].space_before &&
      absl::EndsWith(TokenText(text_, tokens_[i - 1]), "s");
  return t.possessive || apostrophe ? i : -1;
}

int MentionFinder::PossessiveAffiliation(int a, int e, Entity* entity) const {
  const absl::string_view w = TokenText(text_, tokens_[a]);
  const int owner_token = (w == "the" || w == "The") ? a + 1 : a;
  // "the Interior Department's assistant secretary", "the March of Dimes' chief
  // medical officer": an owner named in two or more words.
  // (Not a person's: "Gov. Laura Whitfield's chief of staff" is titled "chief of
  // staff" and works for no organisation.)
  if (const int poss = OwnerNameEnd(owner_token, e); poss > owner_token) {
    std::string name = Text(owner_token, poss);
    auto it = by_name_.find(name);
    bool org = RunHasOrgWord(owner_token, poss) || OrgHeadAt(poss - 1);
    for (int i = owner_token; i < poss; ++i) org = org || !tokens_[i].upper;  // "of", "&"
    if (it != by_name_.end()) {
      org = entities_[it->second].type == v1::SOURCE_TYPE_ORGANIZATION;
      name = entities_[it->second].name;
    }
    if (org && entity->affiliation.empty()) entity->affiliation = std::move(name);
    return poss + 1;
  }
  if (owner_token + 2 < e && owner_token == a + 1 && !tokens_[owner_token + 1].possessive) {
    return LongPossessiveAffiliation(a, e, entity);
  }
  if (owner_token + 2 >= e || !tokens_[owner_token + 1].possessive) return a;
  const Token& owner = tokens_[owner_token];
  if (owner.upper || owner.all_caps) {
    // "the WHO's regional director", "Twitter's director of advertising".
    std::string name(TokenText(text_, owner));
    if (auto it = by_name_.find(name); it != by_name_.end()) name = entities_[it->second].name;
    if (entity->affiliation.empty()) entity->affiliation = name;
    return owner_token + 2;
  }
  // "the agency's chief executive": the agency named earlier.
  if (owner_token == a) return a;
  // (Not named before: "the union's general secretary" is still titled "general
  // secretary".)
  const int org = ResolveDescription(owner_token);
  // ("the president's deputy national security adviser": a person's title owns
  // the post; the title is the post.)
  if (org < 0) {
    return (tokens_[owner_token].classes & (kOrgKind | kTitle | kTitleHead)) != 0
               ? owner_token + 2
               : a;
  }
  if (entity->affiliation.empty()) entity->affiliation = entities_[org].name;
  return owner_token + 2;
}

int MentionFinder::LongPossessiveAffiliation(int a, int e, Entity* entity) const {
  // "the Russian foreign ministry's spokeswoman": up to three words and an
  // organisation kind before the 's.
  int poss = -1;
  bool named = false;
  for (int i = a + 1; i < e && i <= a + 4; ++i) {
    const Token& t = tokens_[i];
    if (t.possessive) {
      poss = i;
      break;
    }
    if (!IsWord(t) || (t.classes & (kCue | kAffiliationPrep | kRelative)) != 0) return a;
    named = named || t.upper;
  }
  if (poss < a + 3 || poss + 1 >= e) return a;
  const Token& head = tokens_[poss - 1];
  if (head.upper || (head.classes & kOrgKind) == 0) return a;
  if (const int org = ResolveDescription(poss - 1); org >= 0) {
    if (entity->affiliation.empty()) entity->affiliation = entities_[org].name;
    return poss + 1;
  }
  if (!named) return a;
  if (entity->affiliation.empty()) entity->affiliation = Text(a + 1, poss);
  return poss + 1;
}

int MentionFinder::ResolveDescription(int head) const {
  const Token& h = tokens_[head];
  if (h.kind != TokenKind::kWord || h.upper || (h.classes & kOrgKind) == 0) return -1;
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
  // "the agency", "the state's transit agency" no, "the federal agency" yes.
  int det = head - 1;
  bool capitalised = false;  // a capitalised modifier ("British", "Seattle-based")
  for (; det >= 0 && head - det <= 3; --det) {
    const Token& t = tokens_[det];
    const absl::string_view w = TokenText(text_, t);
    if (w == "the" || w == "The") break;
    capitalised = capitalised || t.upper;
    // "the British mid-sized lender", "the Seattle-based carrier", "the U.S. agency":
    // a nationality, place or compound may stand before the head.
    const bool adjective =
        !t.upper || (t.classes & (kTitleModifier | kCountry)) != 0 ||
        w.find('-') != absl::string_view::npos || absl::EndsWith(w, "ish") ||
        absl::EndsWith(w, "an") || absl::EndsWith(w, "ese") || absl::EndsWith(w, "ch");
    if (t.kind != TokenKind::kWord || !adjective || t.possessive ||
        (t.classes & (kCue | kStarter | kAffiliationPrep | kRelative)) != 0) {
      return -1;
    }
  }
  if (det < 0 || head - det > 3) return -1;
  // "the Russian foreign ministry" is a government's own body, not the
  // "European Commission" named before: only a business may be described so.
  if (capitalised && (h.classes & kOrgKindBusiness) == 0) return -1;
  const std::string word = absl::AsciiStrToLower(TokenText(text_, h));
  // "the economy ministry" is that portfolio's body: only one with the word.
  absl::string_view portfolio;
  for (int k = det + 1; k < head; ++k) {
    if (lexicon::IsPortfolio(TokenText(text_, tokens_[k]))) portfolio = TokenText(text_, tokens_[k]);
  }
  // "the bureau" after "the Bureau of Land Management" and a later "Government
  // Accountability Office": an organisation with that very word in its name comes
  // first, else the latest of its family ("the company" after "the property
  // company Ventas" and "the technology giant Cisco Systems" is Cisco).
  // "Fitch Ratings said ... The ratings agency said": else the latest
  // organisation of no known kind named in this sentence or the one before.
  auto sentence = std::upper_bound(sentence_firsts_.begin(), sentence_firsts_.end(), det);
  const int recent =
      sentence - sentence_firsts_.begin() >= 2 ? *(sentence - 2) : 0;
  int steps = 0, family = -1, unknown = -1;
  for (auto it = mentions_.rbegin();
       it != mentions_.rend() && steps < kMaxPronounLookback; ++it) {
    if (it->first >= det || it->entity < 0) continue;
    ++steps;
    const Entity& e = entities_[it->entity];
    if (e.type != v1::SOURCE_TYPE_ORGANIZATION) continue;
    if (!portfolio.empty() && !NameHasWord(e.name, portfolio)) continue;
    if (unknown < 0 && it->first >= recent && it->kind != MentionKind::kPlace &&
        e.kinds.empty() && e.kind_classes == 0) {
      unknown = it->entity;
    }
    const bool kind = std::find(e.kinds.begin(), e.kinds.end(), word) != e.kinds.end();
    // (Not a run of a headline: "Transit Agency Freezes Fares" is no agency.)
    if (kind && NameHasWord(e.name, word) && !InTitleCaseSentence(it->first)) {
      return it->entity;
    }
    // "Northwind Air Group ... the company": a "Group" in a name is a business too.
    const bool business_group =
        (h.classes & kOrgKindBusiness) != 0 &&
        std::find(e.kinds.begin(), e.kinds.end(), "group") != e.kinds.end();
    if (family < 0 && ((e.kind_classes & h.classes & kOrgKind) != 0 || business_group || kind)) {
      family = it->entity;
    }
  }
  return family >= 0 ? family : unknown;
}

int MentionFinder::ResolveTitle(int head) const {
  const Token& h = tokens_[head];
  if (h.kind != TokenKind::kWord || h.upper || h.possessive ||
      (h.classes & (kTitle | kTitleHead)) == 0) {
    return -1;
  }
  const absl::string_view word = TokenText(text_, h);
  int steps = 0;
  for (auto it = mentions_.rbegin();
       it != mentions_.rend() && steps < kMaxPronounLookback; ++it) {
    if (it->first >= head || it->entity < 0) continue;
    ++steps;
    const Entity& e = entities_[it->entity];
    if (e.type != v1::SOURCE_TYPE_PERSON || e.title.size() < word.size()) continue;
    const absl::string_view title = e.title;
    const absl::string_view last = title.substr(title.size() - word.size());
    if ((title.size() == word.size() || title[title.size() - word.size() - 1] == ' ') &&
        absl::EqualsIgnoreCase(last, word)) {
      return it->entity;
    }
  }
  return -1;
}

int MentionFinder::LatestOrganization(int k) const {
  int steps = 0;
  for (auto it = mentions_.rbegin();
       it != mentions_.rend() && steps < kMaxPronounLookback; ++it) {
    if (it->first >= k || it->entity < 0) continue;
    ++steps;
    if (entities_[it->entity].type == v1::SOURCE_TYPE_ORGANIZATION &&
        it->kind != MentionKind::kPlace) {
      return it->entity;
    }
  }
  return -1;
}

bool MentionFinder::IsNameToken(int k) const {
  const Token& t = tokens_[k];
  if (!IsWord(t) || quote_depth_[k] > 0) return false;
  if (!t.upper && !t.all_caps) return false;
  if ((t.classes & kTimeWord) != 0) return false;
  // "Don’t Republicans run the risk ...?": a negative contraction is no name.
  const absl::string_view w = TokenText(text_, t);
  return !absl::EndsWith(w, "n't") && !absl::EndsWith(w, "n\xE2\x80\x99t");
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

bool MentionFinder::IsPronounTarget(const Mention& m) const {
  // "when I emailed him": a capitalised "I" names no one.
  if (m.entity < 0 || (tokens_[m.first].classes & (kPersonPronoun | kOtherPronoun)) != 0)
    return false;
  if (m.kind == MentionKind::kName && m.first > 0) {
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
  const Token& t = tokens_[k];
  if (t.kind != TokenKind::kWord) return 0;
  return lexicon::GenderOfWord(absl::AsciiStrToLower(TokenText(text_, t)));
}

int MentionFinder::EntityGender(int entity) const {
  const Entity& e = entities_[entity];
  if (e.gender != 0 || e.title.empty()) return e.gender;
  // "Jo Bell, a spokeswoman for ...": a gendered word of the title.
  for (absl::string_view word : absl::StrSplit(e.title, ' ')) {
    if (const int g = lexicon::GenderOfWord(absl::AsciiStrToLower(word)); g != 0) return g;
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
  int steps = 0;
  int fallback = -1, fallback_sentence = -1;
  for (auto it = mentions_.rbegin();
       it != mentions_.rend() && steps < kMaxPronounLookback; ++it) {
    if (it->first >= k || it->entity < 0) continue;
    ++steps;
    if (!IsPronounTarget(*it)) continue;
    if (pronoun_gender != 0) {
      const int gender = EntityGender(it->entity);
      if (gender != 0 && gender != pronoun_gender) continue;
    }
    if (it->sentence_first == own) return it->entity;
    // "Prosecutor Jane Doe told the court that Smith lied. “…,” he said": an
    // earlier sentence's subject, not the last name in it.
    if (fallback < 0) {
      fallback = it->entity;
      fallback_sentence = it->sentence_first;
    } else if (it->sentence_first != fallback_sentence) {
      return fallback;
    }
    if (it->subject) return it->entity;
  }
  return fallback;
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
    const int start = m.title_first >= 0 ? m.title_first : m.first;
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

int MentionFinder::ParticlesBefore(const Sentence& s, int k, int j) const {
  int p = k;
  while (p - 1 >= s.first && k - p < 3 && IsParticle(p - 1)) --p;
  if (p == k || (p > s.first && IsWord(tokens_[p - 1]) &&
                 (tokens_[p - 1].classes & kCue) == 0)) {
    return k;  // "the works of de la Cruz" is not "Ana de la Cruz"'s surname alone
  }
  const std::string surname = Text(p, j);
  for (const Entity& e : entities_) {
    const absl::string_view full = e.name;
    if (e.type == v1::SOURCE_TYPE_PERSON && full.size() > surname.size() &&
        absl::EndsWith(full, surname) && full[full.size() - surname.size() - 1] == ' ') {
      return p;
    }
  }
  return k;
}

int MentionFinder::DatelineEnd(const Sentence& s) const {
  return std::min(AfterDateline(tokens_, s.first), s.last);
}

void MentionFinder::AddSentence(const Sentence& s) {
  if (sentence_firsts_.empty() || sentence_firsts_.back() < s.first) {
    sentence_firsts_.push_back(s.first);
  }
  const size_t first_mention = mentions_.size();
  const int opener = DatelineEnd(s);
  for (int k = opener; k < s.last; ++k) {
    if (!IsNameToken(k) && !((tokens_[k].classes & kTimeWord) != 0 && MonthLedName(k, s.last)))
      continue;
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
    if ((t.classes & kCue) != 0 && !t.all_caps && at_start) continue;  // "Said Vigil"
    if (t.cue != 0 && (t.cue & kCuePhrase) == 0 && k > s.first && TitleCaseSentence(s))
      continue;  // "... Says Russians Hacked DNC": the verb of a headline
    k = ReadName(s, k) - 1;
  }
  MarkSubject(s, first_mention);
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

int MentionFinder::PublicKindEnd(int j, const Sentence& s) const {
  // Up to two lowercase modifiers, then the public body's kind ("foreign
  // ministry", "health department"), not owning anything itself ("Ukraine's
  // foreign ministry's spokesman") nor before another kind ("agency board").
  int h = j + 1;
  while (h < s.last && h - j <= 3) {
    const Token& t = tokens_[h];
    if (!IsWord(t) || t.upper) return -1;
    if ((t.classes & kOrgKindPublic) != 0) break;
    if ((t.classes & (kDeterminer | kCue | kAffiliationPrep | kRelative | kFiller |
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
  mentions_.push_back(m);
  by_end_[end - 1] = index;
  by_start_[k] = index;
  return end;
}

bool MentionFinder::CommonWordOpener(int k, const Sentence& s) {
  const Token& t = tokens_[k];
  if (t.all_caps || t.possessive || !t.letters_only || k + 1 >= s.last ||
      IsNameToken(k + 1)) {
    return false;
  }
  const Token& next = tokens_[k + 1];
  if (next.kind != TokenKind::kWord || next.upper || next.possessive) return false;
  const absl::string_view w = TokenText(text_, t);
  if (by_name_.contains(w)) return false;  // "Halvorsen shrugs" after "Ruth Halvorsen"
  auto [it, added] = common_openers_.try_emplace(std::string(w), false);
  if (!added) return it->second;
  // The word in lowercase anywhere else in the text, as a whole word.
  const std::string lower = absl::AsciiStrToLower(w);
  for (size_t at = text_.find(lower); at != absl::string_view::npos;
       at = text_.find(lower, at + 1)) {
    const size_t end = at + lower.size();
    if ((at == 0 || !absl::ascii_isalpha(text_[at - 1])) &&
        (end == text_.size() || !absl::ascii_isalpha(text_[end]))) {
      it->second = true;
      break;
    }
  }
  return it->second;
}

int MentionFinder::ReadName(const Sentence& s, int k) {
  // "Arica-based Pesquera Punta Norte", "Oslo-listed Nordvik Salmon": the place
  // compound is no part of the name, which is an organisation's; alone ("the
  // Seattle-based carrier") it names no one.
  const int compound = k;
  const bool placed =
      !tokens_[k].letters_only && lexicon::IsPlaceCompound(TokenText(text_, tokens_[k]));
  if (placed) {
    if (k + 1 >= s.last || !IsNameToken(k + 1)) return k + 1;
    ++k;
  }
  int j = k;
  while (j < s.last && j - k < kMaxNameTokens) {
    const Token& t = tokens_[j];
    // "advised by Rothschild & Co. Michael Chen said": a company's abbreviation
    // with its period may end a sentence the splitter kept whole.
    if (j > k && tokens_[j - 1].ends_period && (tokens_[j - 1].classes & kOrgWord) != 0 &&
        (tokens_[j - 1].classes & kAbbreviation) != 0 && (t.classes & kOrgWord) == 0) {
      break;
    }
    if ((IsNameToken(j) || (j == k && MonthLedName(k, s.last))) &&
        (j == k || (t.classes & kCue) == 0 || t.upper)) {
      // "Clinton Says Russians Hacked DNC": in a title-case headline a cue ends
      // the name.
      if (j > k && t.cue != 0 && (t.cue & kCuePhrase) == 0 && TitleCaseSentence(s)) break;
      ++j;
      continue;
    }
    const absl::string_view w = TokenText(text_, t);
    // "John Hale of Acme Corp": "of" does not join a person's name to an
    // organisation's ("Bank of America", "Secretary of State", "John Kasich of
    // Ohio" still join).
    // (The organisation's name may hold a possessive: "King's College London".)
    int org_end = j + 1 < s.last ? NameRunEnd(j + 1, s.last) : j + 1;
    if (org_end + 1 < s.last && tokens_[org_end].possessive && IsNameToken(org_end + 1)) {
      org_end = NameRunEnd(org_end + 1, s.last);
    }
    const bool person_so_far = j - k >= 2 && !RunHasOrgWord(k, j) &&
                               (tokens_[j - 1].classes & (kTitle | kCountry)) == 0 &&
                               j + 1 < s.last && RunHasOrgWord(j + 1, org_end);
    if (j > k && IsWord(t) && !t.upper && w != "and" && j + 1 < s.last &&
        IsNameToken(j + 1) &&
        ((t.classes & kNameConnector) != 0 || lexicon::IsLowercaseParticle(w)) &&
        !(person_so_far && lexicon::IsPersonOrgConnector(w)) &&
        !(w == "of" && HomeTownAt(k, j, s.last))) {
      ++j;
      continue;
    }
    // "Sofia van der Berg", "Ana de la Cruz": a run of particles.
    if (j > k && IsParticle(j) && j + 2 < s.last && IsParticle(j + 1)) {
      int e = j + 1;
      while (e < s.last && e - j < 3 && IsParticle(e)) ++e;
      if (e < s.last && IsNameToken(e)) {
        j = e;
        continue;
      }
    }
    // "Ministry for the Ecological Transition", "Bank of the West".
    // ("Friends of the Earth": a plural opening the name.)
    if (j > k && IsWord(t) && !t.upper && lexicon::IsPersonOrgConnector(w) &&
        j + 2 < s.last && TokenText(text_, tokens_[j + 1]) == "the" &&
        IsNameToken(j + 2) &&
        ((tokens_[j - 1].classes & kOrgWord) != 0 ||
         (j == k + 1 && PluralNameWord(k) && !absl::EndsWith(TokenText(text_, tokens_[k]), "es")))) {
      j += 2;
      continue;
    }
    // "Centers for Disease Control and Prevention", "Securities and Exchange
    // Commission", "Pacific Gas and Electric": "and" inside an organisation's name.
    // (Not "the University of Bergen and Makerere University": the same
    // organisation word ends the second name, which is another organisation; nor
    // "Donald Trump and House Speaker Paul Ryan": a title opens a person's name.)
    if (j > k && w == "and" && j + 1 < s.last && IsNameToken(j + 1) &&
        (RunHasOrgWord(k, j) || RunHasOrgWord(j + 1, NameRunEnd(j + 1, s.last)) ||
         OrgHeadAt(NameRunEnd(j + 1, s.last) - 1)) &&
        !RunHasWord(k, j, NameRunEnd(j + 1, s.last) - 1) &&
        !(j - k >= 2 && !RunHasOrgWord(k, j) && !RunHasTitleWord(k, j) &&
          RunHasTitle(j + 1, NameRunEnd(j + 1, s.last))) &&
        !(TitledName(k, j) && TitledName(j + 1, NameRunEnd(j + 1, s.last)))) {
      ++j;
      continue;
    }
    if (j > k && IsPunct(t, '&') && j + 1 < s.last && IsNameToken(j + 1)) {
      ++j;
      continue;
    }
    // "Alzheimer's Association", "Children's Hospital": an organisation word after
    // the 's makes it part of the name.
    if (j > k && t.possessive && j + 1 < s.last && IsNameToken(j + 1) &&
        tokens_[j + 1].upper && (tokens_[j + 1].classes & kOrgWord) != 0) {
      ++j;
      continue;
    }
    // "St. Columba's Children's Hospital": a second owner before the word.
    if (j > k && t.possessive && j + 3 < s.last && IsNameToken(j + 1) &&
        tokens_[j + 2].possessive && IsNameToken(j + 3) && tokens_[j + 3].upper &&
        (tokens_[j + 3].classes & kOrgWord) != 0) {
      j += 3;
      continue;
    }
    break;
  }
  // 'Marcus "The Hammer" Bell': a quoted nickname between a first name and a
  // surname; the mention spans it, the name leaves it out.
  int nickname_first = -1, nickname_last = -1;
  if (const int surname = j - k == 1 ? NicknameEnd(j, s.last) : -1; surname > 0) {
    nickname_first = j;
    nickname_last = surname;
    j = surname;
    while (j < s.last && j - surname < 2 && IsNameToken(j)) ++j;
  }
  // "Moody's said", "Sainsbury's reported": an 's right before a cue ends the
  // name of a business (not "Trump's said" after "Donald Trump": "has").
  // (Only verbs that are never nouns or adjectives: "Ginsburg's comments",
  // "Trump's proposed tax cuts"; and no honorific: "Mrs. Clinton's".)
  const absl::string_view verb =
      j + 1 < s.last ? TokenText(text_, tokens_[j + 1]) : absl::string_view();
  const bool owner_name = j > k && tokens_[j].possessive && !tokens_[j + 1].upper &&
                          lexicon::IsOwnerNameCue(verb) &&
                          (tokens_[k].classes & (kHonorific | kTitle)) == 0 &&
                          !by_name_.contains(Text(k, j));
  if (owner_name) ++j;
  // "Andrew Menary KC said": honours after a name are not part of it (the mention
  // still ends there for the speaker finder).
  int post_nominal_end = -1;
  if (j - k >= 3 && (tokens_[j - 1].classes & kPostNominal) != 0 &&
      (tokens_[j - 2].classes & kPostNominal) == 0) {
    post_nominal_end = j - 1;
    --j;
  }
  // "Former Republican presidential candidate ...": modifiers alone name no one.
  bool only_modifiers = true;
  for (int i = k; i < j; ++i) {
    if ((tokens_[i].classes & kTitleModifier) == 0) only_modifiers = false;
  }
  if (only_modifiers) return j;
  // "Former US secretary of state Madeleine Albright", "Former Florida governor
  // Jeb Bush": a modifier and a place before a lowercase title name no one (not
  // "Wyoming GOP chairman": an organisation).
  if (j < s.last && IsWord(tokens_[j]) && !tokens_[j].upper &&
      (tokens_[j].classes & (kTitle | kTitleHead)) != 0) {
    bool modifier = false, place_modifiers = true;
    for (int i = k; i < j; ++i) {
      const uint32_t c = tokens_[i].classes;
      modifier = modifier || (c & kTitleModifier) != 0;
      if ((c & kOrgWord) != 0 || (c & (kTitleModifier | kCountry)) == 0) place_modifiers = false;
    }
    if (modifier && place_modifiers) return j;
  }
  // "RED STATES OUTNUMBER BLUE STATES": a shouted headline names no one.
  int caps = 0;
  for (int i = k; i < j; ++i) caps += tokens_[i].all_caps ? 1 : 0;
  if (caps >= 3) return j;
  Mention m;
  m.sentence_first = s.first;
  m.nickname_first = nickname_first;
  m.nickname_last = nickname_last;
  m.possessive = j < s.last && tokens_[j].possessive;
  // Title prefix: "Prime Minister", "U.S. President", "Cpl.", "former President".
  int tf = k;
  int name_first = k;
  while (tf < j - 1 &&
         (tokens_[tf].classes & (kTitle | kHonorific | kTitleModifier | kCountry)) != 0) {
    ++tf;
    if ((tokens_[tf - 1].classes & (kTitle | kHonorific)) != 0) name_first = tf;
  }
  // "Chief Executive Lorena Ibáñez": a capitalised modifier that heads titles
  // right after a title word ends the title when a first and last name follow.
  if (name_first > k && j - name_first >= 3 && tokens_[name_first].upper &&
      (tokens_[name_first].classes & kTitleModifier) != 0 &&
      (tokens_[name_first].classes & kTitleHead) != 0 &&
      (tokens_[name_first - 1].classes & kTitle) != 0) {
    ++name_first;
  }
  // "Secretary of State John Kerry", "Minister for Finance Paschal Brennan": the
  // portfolio after "of"/"for" belongs to the title; the name is the last two words.
  // "the Director of Public Prosecutions said": no name follows; the whole run is
  // the name (not "of Public Prosecutions").
  if (name_first > k && name_first < j && IsPortfolioConnector(name_first)) {
    const int start = PortfolioNameStart(name_first, j);
    name_first = start == name_first ? k : start;
  }
  // "UK Health Security Agency": an organisation word after the "title" makes the
  // whole run a name.
  if (name_first > k && RunHasOrgWord(name_first, j)) name_first = k;
  if (name_first == k) {
    // "Spanish Prime Minister Pedro Sánchez": everything up to the last title word
    // is the title when neither part names an organisation.
    // "House Speaker Mike Johnson", "Senate Majority Leader Chuck Schumer": an
    // organisation word before the last title word belongs to the title when a
    // first and last name follow it ("Council on Foreign Relations" stays whole).
    int last_title = -1;
    int last_org = -1;
    for (int i = k; i < j; ++i) {
      if ((tokens_[i].classes & kOrgWord) != 0 && !GivenNameAfterTitle(i, j)) last_org = i;
      if ((tokens_[i].classes & (kTitle | kHonorific)) != 0 && i + 1 < j) last_title = i;
    }
    const bool org = last_org >= 0 && !(last_title > last_org && j - last_title >= 3 &&
                                         tokens_[last_org].upper && tokens_[last_title].upper);
    // ("Veterans of Foreign Wars": no title in a group's name; but "Centers for
    // Disease Control Director Thomas Frieden".)
    if (!org && last_title > k && (tokens_[last_title + 1].classes & kNameConnector) == 0 &&
        !(PluralNameWord(j - 1) && PluralOrgName(k, j))) {
      name_first = last_title + 1;
    }
  }
  // "Republican Grant Halvorsen", "Democrat Jane Porter": a party or
  // nationality before a first and last name is a title, not part of the name.
  if (name_first == k && j - k >= 3 && !RunHasOrgWord(k, j) && !OrgHeadAt(j - 1)) {
    int f = k;
    while (f < j && tokens_[f].upper && !tokens_[f].all_caps &&
           (tokens_[f].classes & kTitleModifier) != 0 &&
           (tokens_[f].classes & (kTitle | kCountry | kHonorific)) == 0) {
      ++f;
    }
    // (A person's name has no "of": "Republican of Arizona", "American Academy
    // of Pediatrics".)
    bool plain = true;
    for (int i = f; i < j; ++i) plain = plain && tokens_[i].upper;
    if (f > k && j - f >= 2 && j - f <= 3 && plain) name_first = f;
  }
  // "Pollster Andrea Lyle said": a role word opening the sentence before a first
  // and last name is a title.
  const bool role_opener = name_first == k && k == s.first && j - k >= 3 && j - k <= 4 &&
                           (tokens_[k].classes & kTitleHead) != 0 && !tokens_[k].all_caps &&
                           (tokens_[k].classes & (kTitle | kOrgWord | kCountry)) == 0 &&
                           !RunHasOrgWord(k, j) && !OrgHeadAt(j - 1);
  if (role_opener) name_first = k + 1;
  const bool single_place =
      j - name_first == 1 && (tokens_[name_first].classes & kCountry);
  if (name_first > k && !single_place) {
    int title_first = k;
    while (title_first < name_first &&
           (tokens_[title_first].classes & (kTitle | kTitleModifier)) == 0) {
      ++title_first;
    }
    // "Emergency Preparedness Minister Jo Ng", "Treasury Secretary Al Roe": a
    // portfolio before a lone title word is part of the title (not a place or
    // nationality: "New York Mayor", "Spanish Prime Minister").
    if (title_first > k && title_first + 1 == name_first &&
        (PortfolioRun(k, title_first) || RunHasOrgWord(k, title_first))) {
      title_first = k;
    }
    // "U.S. District Judge Ana Ruiz": a portfolio after a country's letters still
    // joins the title (the country does not: "Spanish Prime Minister"; nor a word
    // of a place's name: "New York Mayor").
    int portfolio = k;
    while (portfolio < title_first && (tokens_[portfolio].classes & kCountry) != 0 &&
           (tokens_[portfolio].all_caps || tokens_[portfolio].ends_period)) {
      ++portfolio;
    }
    if (portfolio > k && portfolio < title_first && title_first + 1 == name_first &&
        PortfolioRun(portfolio, title_first)) {
      title_first = portfolio;
    }
    // "U.S. Attorney Ana Ruiz", "U.N. Secretary-General": dotted or capital
    // letters right before the title word are part of the office.
    if (title_first > k && LettersBeforeTitle(k, title_first)) title_first = k;
    if (role_opener) title_first = k;
    if (title_first < name_first) {
      if (k > s.first && !tokens_[k - 1].upper &&
          (tokens_[k - 1].classes & kTitleModifier) != 0) {
        title_first = k - 1;
      }
      m.title_first = title_first;
      m.title_last = name_first;
    } else {
      // "Mr. Schmidt": the honorific belongs to the mention but is no title.
      m.title_first = k;
      m.title_last = k;
    }
  } else {
    name_first = k;
  }
  m.first = name_first;
  m.last = j;
  // "..., de la Cruz said": the particles before a surname named before belong to
  // it.
  if (m.title_first < 0 && name_first == k) m.first = ParticlesBefore(s, k, j);
  // Kind.
  const int n = m.last - m.first;
  bool org = false, all_place = true;
  for (int i = m.first; i < m.last; ++i) {
    const Token& t = tokens_[i];
    if ((t.classes & kOrgWord) != 0 && (t.upper || t.all_caps) &&
        !(i == m.first && m.title_first >= 0 && GivenNameAfterTitle(i, m.last))) {
      org = true;
    }
    if ((t.classes & (kCountry | kNameConnector)) == 0) all_place = false;
  }
  const bool after_the =
      m.first > s.first && TokenText(text_, tokens_[m.first - 1]) == "the";
  // "The Greens said", "Republicans say": a party named by its members.
  const bool party = n == 1 && m.title_first < 0 && tokens_[m.first].upper &&
                     lexicon::IsPartyPlural(TokenText(text_, tokens_[m.first]));
  // "published in The Lancet Global Health": a capitalised "The" inside a
  // sentence opens a publication's or an institution's name (not "The Hague").
  const bool titled_the = n >= 3 && m.first > s.first && m.title_first < 0 &&
                          TokenText(text_, tokens_[m.first]) == "The" &&
                          tokens_[m.first - 1].kind == TokenKind::kWord;
  // ("UK", "U.S.": a country's letters are a place, as "Britain" is.)
  if (org || owner_name || party || (n == 1 && tokens_[m.first].all_caps && !all_place) ||
      (after_the && n >= 2 && !all_place) || titled_the ||
      (m.title_first < 0 && PluralOrgName(m.first, m.last))) {
    m.kind = MentionKind::kOrganization;
  } else if (all_place) {
    m.kind = MentionKind::kPlace;
  } else if (m.title_first < 0 && k - 2 >= s.first &&
             (tokens_[k - 2].classes & kStaffGroup) != 0 &&
             (tokens_[k - 1].classes & kAffiliationPrep) != 0 && !tokens_[k - 1].upper) {
    // "Analysts at Goldman Sachs", "at Jefferies": staff work for an
    // organisation, not a person.
    m.kind = MentionKind::kOrganization;
  } else if (n >= 2 && m.title_first < 0 &&
             ((tokens_[m.last - 1].classes & kNation) != 0 || AcronymAndPlace(m.first, m.last)) &&
             post_nominal_end < 0 &&
             !(j + 1 < s.last && IsPunct(tokens_[j], ',') &&
               tokens_[j + 1].kind == TokenKind::kNumber)) {
    // "Environment Canada", "Sport England": a name ending in a nation, with no
    // title, honorific, post-nominal or age ("Tom England, 34,") of a person, is
    // a government body; so is an acronym before a place ("NHS Wales").
    m.kind = MentionKind::kOrganization;
  } else if (n >= 2 && m.title_first < 0 && post_nominal_end < 0 && OrgHeadAt(m.last - 1) &&
             !(k > s.first && IsWord(tokens_[k - 1]) && !tokens_[k - 1].upper &&
               (tokens_[k - 1].classes & (kTitle | kTitleHead)) != 0 &&
               !lexicon::IsBusinessRole(TokenText(text_, tokens_[k - 1])))) {
    // "AGL Energy", "Snowy Hydro", "Australian Energy Market Operator": a name
    // ending in a word for what a business or public body does (not one after a
    // person's title: "chief executive Anna Gas"; a business's role is none:
    // "its development partner Arnel Biologics").
    m.kind = MentionKind::kOrganization;
  } else if (n >= 2) {
    m.kind = MentionKind::kPerson;
  } else {
    m.kind = MentionKind::kName;
  }
  // "Royal Canadian Mounted Police (RCMP)": the acronym is an alias.
  std::string acronym;
  int end_token = j - 1;
  int acronym_comma = -1;
  if (j + 2 < s.last && IsPunct(tokens_[j], '(') && IsAcronym(j + 1) &&
      IsPunct(tokens_[j + 2], ')') && n >= 2) {
    acronym = std::string(TokenText(text_, tokens_[j + 1]));
    end_token = j + 2;
  } else if (j + 3 < s.last && n >= 2 && IsPunct(tokens_[j], ',') &&
             TokenText(text_, tokens_[j + 1]) == "or" && IsAcronym(j + 2) &&
             (IsPunct(tokens_[j + 3], ',') || IsPunct(tokens_[j + 3], '.'))) {
    // "the Royal Canadian Mounted Police, or RCMP, said".
    acronym = std::string(TokenText(text_, tokens_[j + 2]));
    end_token = j + 2;
    if (IsPunct(tokens_[j + 3], ',')) acronym_comma = j + 3;
  } else if (j + 2 < s.last && IsPunct(tokens_[j], '(') && IsPunct(tokens_[j + 2], ')') &&
             (m.kind == MentionKind::kPerson || m.kind == MentionKind::kName)) {
    end_token = j + 2;  // "Sen. Jack Reed (D-R.I.), said": the party goes with the name
  }
  if (post_nominal_end >= 0 && end_token == j - 1) end_token = post_nominal_end;
  // "Sen. Dale Hoskins of Kingman": the home town ends the mention, not the name.
  const int home_town_end = end_token == j - 1 && j < s.last &&
                                    TokenText(text_, tokens_[j]) == "of" &&
                                    HomeTownAt(k, j, s.last)
                                ? NameRunEnd(j + 1, s.last)
                                : -1;
  if (home_town_end > 0) end_token = home_town_end - 1;
  // "Pollster Andrea Lyle of the institute said": a person's organisation named
  // before by its kind ends the mention and is where the person works.
  int described_employer = -1;
  if (end_token == j - 1 && j + 2 < s.last && j - name_first >= 2 &&
      (TokenText(text_, tokens_[j]) == "of" || TokenText(text_, tokens_[j]) == "at") &&
      TokenText(text_, tokens_[j + 1]) == "the" && !RunHasOrgWord(k, j)) {
    described_employer = ResolveDescription(j + 2);
    if (described_employer >= 0) end_token = j + 2;
  }
  m.entity = Resolve(m);
  Entity& e = entities_[m.entity];
  // A name a place compound opens is an organisation's, unless it may be a
  // person's first and last name ("Texas-based Matt Mackowiak"; not
  // "Oslo-listed Nordvik Salmon", "Arica-based Pesquera Punta Norte", "Leeds-based
  // Kershaw Textiles"). (The mention keeps its kind: "The owner, Arica-based
  // Pesquera Punta Norte, said" reads as a person's phrase does.)
  if (placed && m.kind != MentionKind::kPlace && m.title_first < 0 &&
      (lexicon::IsBusinessCompound(TokenText(text_, tokens_[compound])) ||
       m.last - m.first != 2 || OrgHeadAt(m.last - 1))) {
    e.type = v1::SOURCE_TYPE_ORGANIZATION;
  }
  if (described_employer >= 0 && described_employer != m.entity && e.affiliation.empty()) {
    e.affiliation = entities_[described_employer].name;
  }
  // "Mrs. Clinton", "Congresswoman Maxine Waters": the honorific or title says.
  for (int i = m.title_first; i >= 0 && i < m.first && e.gender == 0; ++i) {
    e.gender = GenderOfToken(i);
  }
  if (m.kind == MentionKind::kPerson && e.gender == 0 && k >= s.first + 2 &&
      IsPunct(tokens_[k - 1], ',') && end_token + 1 < s.last &&
      IsPunct(tokens_[end_token + 1], ',')) {
    e.gender = GenderOfToken(k - 2);  // "Her husband, Saeed Abedini,"
  }
  if (m.kind == MentionKind::kPerson && e.title.empty() && k >= s.first + 2 &&
      IsPunct(tokens_[k - 1], ',')) {
    // "The council's finance chief, Cllr Jo Bell,": the descriptive title.
    TitleBeforeComma(s, k - 1, m.entity);
  }
  // "spokesperson Sgt. Kevin Allen": a lowercase title before the name's own.
  if (m.kind == MentionKind::kPerson && e.title.empty() &&
      (m.title_first < 0 || m.title_first >= k)) {
    const int tf = TitleBeforeName(s, k, m.entity);
    // ", superintendent Gail Dyck said.": the phrase after the comma opens with
    // the title.
    if (tf >= 0 && tf < k && m.title_first < 0 && tf > s.first &&
        IsPunct(tokens_[tf - 1], ',')) {
      m.title_first = tf;
      m.title_last = k;
    }
  }
  if (m.kind == MentionKind::kPerson && e.type == v1::SOURCE_TYPE_PERSON &&
      e.key.empty() && m.last - m.first >= 3 && Text(m.first, m.last) == e.name) {
    // "Samuel K. Okafor": the id leaves the middle initial out.
    std::string key;
    for (int i = m.first; i < m.last; ++i) {
      const Token& t = tokens_[i];
      if (i > m.first && i + 1 < m.last && t.ends_period && t.end - t.begin == 2) continue;
      if (!key.empty()) key.push_back(' ');
      const absl::string_view word = TokenText(text_, t);
      key.append(word.data(), word.size());
    }
    if (key != e.name) {
      by_name_.try_emplace(key, m.entity);
      e.key = std::move(key);
    }
  }
  // "Siobhan O’Brien" and "Siobhan O'Brien": one source id across documents.
  if (const std::string& base = e.key.empty() ? e.name : e.key;
      base.find("\xE2\x80") != std::string::npos) {
    e.key = absl::StrReplaceAll(base, {{"\xE2\x80\x99", "'"}, {"\xE2\x80\x98", "'"}});
  }
  for (int i = m.first; i < m.last; ++i) {
    if ((tokens_[i].classes & kOrgKind) != 0 && m.kind == MentionKind::kOrganization) {
      AddKind(m.entity, i);
      // "Veldhuis Group" is a company: "the group" (by its word) and "the company"
      // may mean it, not "the union" or "the coalition".
      if (absl::EqualsIgnoreCase(TokenText(text_, tokens_[i]), "group")) {
        entities_[m.entity].kind_classes &= ~kOrgKindGroup;
      }
    }
  }
  if (m.kind == MentionKind::kOrganization && OrgHeadAt(m.last - 1)) {
    // "Pacific Gas and Electric ... the utility": the head says the family.
    e.kind_classes |= lexicon::OrgNameHeadKind(TokenText(text_, tokens_[m.last - 1]));
  }
  // "the advocacy group Harbor Watch", "ride-hailing company Uber": a kind of
  // organisation right before the name says what it is.
  if (k > s.first && m.title_first < 0 && tokens_[k - 1].kind == TokenKind::kWord &&
      !tokens_[k - 1].upper && (tokens_[k - 1].classes & kOrgKind) != 0 &&
      m.kind != MentionKind::kPlace) {
    e.type = v1::SOURCE_TYPE_ORGANIZATION;
    AddKind(m.entity, k - 1);
  } else if (k > s.first && m.title_first < 0 && m.last - m.first == 1 &&
             IsWord(tokens_[k - 1]) && !tokens_[k - 1].upper && m.kind == MentionKind::kName &&
             e.name == Text(m.first, m.last) &&
             lexicon::IsBusinessBeforeName(TokenText(text_, tokens_[k - 1]))) {
    // "Danish carrier Maersk", "broadcaster RTE": a one-word name after a word
    // for a business that may also be someone's job ("letter carrier Bob Mason").
    e.type = v1::SOURCE_TYPE_ORGANIZATION;
  } else if (k >= s.first + 2 && m.title_first < 0 && m.kind == MentionKind::kName &&
             IsPunct(tokens_[k - 1], ',') && IsWord(tokens_[k - 2]) &&
             !tokens_[k - 2].upper && e.name == Text(m.first, m.last) && e.title.empty() &&
             e.gender == 0 && lexicon::IsBusinessRole(TokenText(text_, tokens_[k - 2]))) {
    // "The chain's main lender, Barclays, said", "its landlord, Grosvenor,": a
    // one-word name a business's role describes is the business's.
    e.type = v1::SOURCE_TYPE_ORGANIZATION;
  }
  if (!acronym.empty()) {
    // "Sen. John Cornyn (RTX)" stays a person: an organisation's acronym starts
    // with its name's first letter.
    if (m.kind == MentionKind::kPerson && m.title_first < 0 &&
        absl::ascii_toupper(text_[tokens_[m.first].begin]) == acronym[0]) {
      e.type = v1::SOURCE_TYPE_ORGANIZATION;
    }
    e.aliases.push_back(acronym);
    by_name_[acronym] = m.entity;
  }
  if (m.title_first >= 0 && e.title.empty()) {
    int tf2 = m.title_first;
    const bool letters = tf2 < m.title_last && LettersBeforeTitle(tf2, m.title_last - 1);
    while (!letters && tf2 < m.title_last &&
           (tokens_[tf2].classes & (kCountry | kHonorific)) != 0 &&
           (tokens_[tf2].classes & kTitle) == 0) {
      ++tf2;
    }
    if ((tokens_[tf2].classes & kHonorific) == 0 || m.title_last - tf2 > 1) {
      e.title = Text(tf2, m.title_last);
    }
    // "WHO Director-General Tedros ...": an organisation before the title.
    const int run_first = k;
    int title_word = run_first;
    while (title_word < m.title_last &&
           (tokens_[title_word].classes & (kTitle | kTitleModifier)) == 0) {
      ++title_word;
    }
    bool org_prefix = title_word > run_first;
    for (int i = run_first; i < title_word; ++i) {
      const Token& t = tokens_[i];
      if ((t.classes & kCountry) != 0 || !(t.all_caps || (t.classes & kOrgWord) != 0)) {
        org_prefix = false;
      }
    }
    // "Vermont Attorney General Charity Clark": a state or country named in
    // words (not letters: "U.S. President") holds the office.
    bool place_prefix = title_word > run_first;
    for (int i = run_first; i < title_word; ++i) {
      const Token& t = tokens_[i];
      if ((t.classes & kCountry) == 0 || !t.upper || t.all_caps || t.ends_period) {
        place_prefix = false;
      }
    }
    if ((org_prefix || place_prefix) && e.affiliation.empty()) {
      e.affiliation = Text(run_first, title_word);
    }
  }
  const int index = static_cast<int>(mentions_.size());
  if (home_town_end > 0) m.last = home_town_end;  // the name was resolved above
  // "Zongyuan Zoe Liu from the Council on Foreign Relations": an affiliation.
  if (index > 0) {
    Mention& prev = mentions_.back();
    int p = prev.last;
    if (p < m.first && (tokens_[p].classes & kAffiliationPrep) != 0 &&
        !tokens_[p].upper) {
      ++p;
      if (p < m.first && TokenText(text_, tokens_[p]) == "the") ++p;
      if (p == m.first &&
          (prev.kind == MentionKind::kPerson || prev.kind == MentionKind::kName) &&
          (m.kind == MentionKind::kOrganization || m.kind == MentionKind::kPlace) &&
          (m.kind == MentionKind::kOrganization ||
           TokenText(text_, tokens_[prev.last]) != "of")) {
        m.owner = prev.owner >= 0 ? prev.owner : index - 1;
        Entity& person = entities_[prev.entity];
        if (person.affiliation.empty() && m.kind == MentionKind::kOrganization) {
          person.affiliation = Text(m.first, m.last);
        }
      }
    } else if (prev.owner < 0 && prev.appositive_end > m.first &&
               (prev.kind == MentionKind::kPerson || prev.kind == MentionKind::kName) &&
               m.kind != MentionKind::kPerson) {
      // "Ravi D'Souza, a portfolio manager at Aviva Investors, which owns ...,
      // said": a name inside a person's appositive is no subject of its own.
      m.owner = index - 1;
    } else if (p + 1 == m.first && prev.owner >= 0 && TokenText(text_, tokens_[p]) == "in" &&
               m.kind != MentionKind::kPerson && m.title_first < 0) {
      // "Pieter van der Berg of Erasmus University Medical Center in Rotterdam, who
      // ..., said": the place of the affiliation belongs to the person too.
      m.owner = prev.owner;
    } else if (p + 1 == m.first && prev.owner < 0 && prev.kind == MentionKind::kOrganization &&
               m.kind == MentionKind::kPlace && m.title_first < 0 &&
               TokenText(text_, tokens_[p]) == "in") {
      // "The Ministry of Health in South Sudan said": the place says where the
      // organisation is; the organisation speaks.
      m.owner = index - 1;
    }
  }
  mentions_.push_back(m);
  by_end_[m.last - 1] = index;
  by_end_[end_token] = index;
  by_start_[m.title_first >= 0 ? m.title_first : m.first] = index;
  by_start_[m.first] = index;
  by_start_[k] = index;  // "Mr. Schmidt": the run starts at the honorific
  if (placed) by_start_[compound] = index;  // "Oslo-listed Nordvik Salmon"
  // "..., the Interior Ministry said": an organisation's phrase starts at its
  // article.
  if (m.kind == MentionKind::kOrganization && m.title_first < 0 && k > s.first &&
      k == m.first && (TokenText(text_, tokens_[k - 1]) == "the" ||
                       TokenText(text_, tokens_[k - 1]) == "The")) {
    by_start_.try_emplace(k - 1, index);
  }
  if (acronym_comma >= 0) {
    mentions_.back().appositive_end = acronym_comma;
    by_appositive_[acronym_comma] = index;
  }
  if (end_token + 1 < s.last && IsPunct(tokens_[end_token + 1], ',') &&
      (m.kind == MentionKind::kPerson || m.kind == MentionKind::kName)) {
    // "Accord, which represents 4,000 staff,": people are "who"; a name "which"
    // describes is an organisation's (or a place's).
    // (Not a person met with an honorific or by surname before: "he assaulted
    // Ivana Trump, which he has denied" after "Mr. Trump".)
    if (end_token + 2 < s.last && m.title_first < 0 && e.title.empty() &&
        e.gender == 0 && e.aliases.empty() && e.name == Text(m.first, m.last) &&
        TokenText(text_, tokens_[end_token + 2]) == "which") {
      e.type = v1::SOURCE_TYPE_ORGANIZATION;
    }
    ReadAppositive(s, index);
  } else if (end_token + 1 < s.last && IsPunct(tokens_[end_token + 1], ',') &&
             m.kind == MentionKind::kOrganization && acronym_comma < 0 &&
             (compound == s.first ||
              (compound == s.first + 1 && TokenText(text_, tokens_[s.first]) == "The"))) {
    // "Kestrel Telecom, a mobile operator, said": an organisation opening its
    // sentence (not one inside a clause: "who helped found EDGE, a group, said").
    ReadAppositive(s, index);
  }
  return end_token + 1;
}

void MentionFinder::ReadAppositive(const Sentence& s, int index) {
  int comma =
      mentions_[index].last + (IsPunct(tokens_[mentions_[index].last], '(') ? 3 : 0);
  if ((tokens_[comma].classes & kPostNominal) != 0) ++comma;  // "Jo Lee MP, a ..."
  int a = comma + 1;
  if (a >= s.last) return;
  // "AG Lynch, and Principal Deputy Assistant AG Vanita Gupta", "Sanders, and
  // you'll be on board": a conjunction opens the next item, not a description.
  if (const absl::string_view w = TokenText(text_, tokens_[a]);
      w == "and" || w == "or" || w == "but" || w == "nor") {
    return;
  }
  // "Critics, however, say": no appositive.
  if ((tokens_[a].classes & (kRelative | kPersonPronoun | kOtherPronoun | kCue |
                             kSentenceAdverb)) != 0) {
    // "Anne-Marie Dubois, who heads the WHO's vaccine programme,": where she works.
    if (TokenText(text_, tokens_[a]) == "who" && a + 1 < s.last &&
        (tokens_[a + 1].classes & kLeadVerb) != 0) {
      Entity& entity = entities_[mentions_[index].entity];
      if (std::string org = LedOrganization(s, a + 2);
          entity.affiliation.empty() && org != entity.name) {
        entity.affiliation = std::move(org);
      }
    } else if (TokenText(text_, tokens_[a]) == "who" && a + 1 < s.last &&
               lexicon::IsWorkPlaceVerb(TokenText(text_, tokens_[a + 1]))) {
      // "Melissa Grant, who studies ocean microbes at the Woods Hole
      // Oceanographic Institution": the organisation after "at".
      WorkPlace(s, a + 2, index);
    }
    return;
  }
  // "Jim Bennett, 57, told": an age.
  if (tokens_[a].kind == TokenKind::kNumber && a + 1 < s.last &&
      IsPunct(tokens_[a + 1], ',')) {
    mentions_[index].appositive_end = a + 1;
    by_appositive_[a + 1] = index;
    // "Margaret Hughes, 71, a retired nurse from Leeds, said": a title follows.
    const absl::string_view next =
        a + 2 < s.last ? TokenText(text_, tokens_[a + 2]) : absl::string_view();
    if (next != "a" && next != "an" && next != "the") return;
    a += 2;
  }
  const Token& first = tokens_[a];
  if (first.kind != TokenKind::kWord) return;
  // "Ségolène Royal, alluded to ..., saying": a verb after the comma gives no title
  // (the comma closing it still ends the name's phrase for a participle).
  const bool verb_first =
      !first.upper && absl::EndsWith(TokenText(text_, first), "ed") &&
      (first.classes & (kTitle | kTitleHead | kTitleModifier | kDeterminer)) == 0;
  // "Jenna Golden, Twitter’s director of political advertising,": allowed.
  const bool possessive_org =
      first.upper && a + 1 < s.last &&
      (tokens_[a + 1].possessive ||
       (tokens_[a + 1].quote == QuoteMark::kSingleClose && !tokens_[a + 1].space_before));
  if (first.upper && !possessive_org &&
      (first.classes & (kTitle | kTitleModifier | kDeterminer)) == 0) {
    return;
  }
  // "Portsmouth, Senator Bernie Sanders endorsed": a titled name, no appositive.
  if (first.upper && a + 1 < s.last && IsNameToken(a + 1) &&
      (tokens_[a + 1].classes & (kTitle | kOrgWord | kAffiliationPrep)) == 0) {
    return;
  }
  int e = a;
  bool has_head = false;
  // "a researcher at the Elcano Royal Institute who studies crime": a relative
  // clause ends the title and affiliation (the appositive still ends at the comma);
  // so does a second description after "and" ("a statistician at the NCHS and the
  // report's lead author").
  int clause = -1;
  bool relative = false;  // the clause opens with "who", "which", ...
  while (e < s.last && e - a < kMaxAppositiveTokens) {
    const Token& t = tokens_[e];
    // "host of MSNBC’s “Morning Joe,”": a quoted title inside the appositive.
    const bool quoted_title =
        t.kind == TokenKind::kQuote && e > a &&
        (t.space_before ? e + 1 < s.last && tokens_[e + 1].upper : tokens_[e - 1].upper);
    // ("the shopworkers' union": a straight one after a plural too.)
    const bool apostrophe =
        !t.space_before &&
        (t.quote == QuoteMark::kSingleClose ||
         (t.quote == QuoteMark::kSingleEither && e > a && tokens_[e - 1].kind == TokenKind::kWord &&
          absl::EndsWith(TokenText(text_, tokens_[e - 1]), "s")));
    if (IsPunct(t, ',') || IsPunct(t, '.') || IsPunct(t, ';') ||
        (t.kind == TokenKind::kQuote && !apostrophe && !quoted_title) || t.punct == 'D') {
      break;
    }
    // "the report's lead author": a cue word before 's is a noun, not a verb.
    const bool owner = e + 1 < s.last && tokens_[e + 1].possessive;
    // ("a law professor at Georgetown University who has written about
    // platform competition,": a cue inside a relative clause is the clause's.)
    if ((t.classes & kCue) != 0 && !t.upper && !owner && !relative) return;
    if (clause < 0 && e > a + 1 && !t.upper &&
        ((t.classes & kRelative) != 0 || TokenText(text_, t) == "that" ||
         SecondDescriptionAt(e, s.last))) {
      clause = e;
      relative = (t.classes & kRelative) != 0;
    }
    if (clause < 0 && (t.classes & kTitleHead) != 0) has_head = true;
    ++e;
  }
  if (e == a || e - a >= kMaxAppositiveTokens) return;
  // The end of the title and affiliation: before a relative clause or a place
  // closing the description ("a historian at Johns Hopkins University's School of
  // Advanced International Studies in Bologna", "a public health nurse in Cork").
  int end = PlaceAtEnd(a, clause >= 0 ? clause : e);
  // "a hydrologist at the National Autonomous University of Mexico (UNAM),": the
  // acronym in brackets closes the name; it is no part of the title or affiliation.
  if (end - 3 > a && IsPunct(tokens_[end - 3], '(') && IsAcronym(end - 2) &&
      IsPunct(tokens_[end - 1], ')')) {
    end -= 3;
  }
  // Split "former chief of international operations at the DEA" at the first
  // preposition followed by nothing but a name ("at the University of Seville").
  int title_end = end, affiliation_first = -1;
  int affiliation_entity = -1;  // "a surgeon at the hospital": the one named before
  bool home_town = false;       // "a salesman from Sumter": a title, no affiliation
  // "Leanne Shaw, of Greater Manchester Police,": the appositive may open with it.
  const bool opens_with_prep = (first.classes & kAffiliationPrep) != 0 && !first.upper;
  for (int p = opens_with_prep ? a : a + 1;
       p + 1 < end && affiliation_first < 0 && affiliation_entity < 0; ++p) {
    if ((tokens_[p].classes & kAffiliationPrep) == 0 || tokens_[p].upper) continue;
    int q = p + 1;
    if (TokenText(text_, tokens_[q]) == "the" && q + 1 < end) ++q;
    if (q == p + 2 && q + 1 == end) {
      if (const int org = ResolveDescription(q); org >= 0) {
        title_end = p;
        affiliation_entity = org;
        continue;
      }
    }
    int kind = -1;  // "at Singapore forwarder Kestrel Logistics": the name follows it
    // "of the conservative advocacy group Citizens United", "of the nonpartisan
    // Congressional Budget Office": up to three lowercase words after "the".
    if (q == p + 2) {
      int r = q;
      while (r < end && r - q < 3 && IsWord(tokens_[r]) && !tokens_[r].upper &&
             (tokens_[r].classes & (kAffiliationPrep | kRelative | kCue | kDeterminer |
                                    kNameConnector | kTimeWord)) == 0) {
        ++r;
      }
      if (r > q && r < end && (tokens_[r].upper || tokens_[r].all_caps)) kind = r - 1;
    } else if (q + 1 < end && IsWord(tokens_[q]) && !tokens_[q].upper &&
               tokens_[q + 1].upper &&
               ((tokens_[q].classes & kOrgKind) != 0 ||
                lexicon::IsBusinessBeforeName(TokenText(text_, tokens_[q])))) {
      kind = q;  // "at broker Peel Hunt", "at insurer Aviva"
    }
    bool name = kind >= 0 || tokens_[q].upper || tokens_[q].all_caps;
    for (int i = kind >= 0 ? kind + 2 : q + 1; i < end && name; ++i) {
      const Token& t = tokens_[i];
      if (kind < 0 && IsWord(t) && !t.upper && (t.classes & kOrgKind) != 0 && i + 1 < end &&
          tokens_[i + 1].upper) {
        kind = i;
        continue;
      }
      // ("the Football Supporters' Association": a plural's apostrophe.)
      name = t.upper || t.all_caps || t.possessive || IsPunct(t, '&') ||
             (t.kind == TokenKind::kQuote && !t.space_before && i + 1 < end &&
              tokens_[i + 1].upper && absl::EndsWith(TokenText(text_, tokens_[i - 1]), "s")) ||
             ((t.classes & (kNameConnector | kAffiliationPrep)) != 0 && !t.upper);
    }
    name = name && (tokens_[end - 1].upper || tokens_[end - 1].all_caps);
    if (name && TokenText(text_, tokens_[p]) == "from" && kind < 0 && !RunHasOrgWord(q, end) &&
        !OrgHeadAt(end - 1) && !KnownOrganization(end - 1)) {
      title_end = p;  // "a three-term congresswoman from Tucson": a home town
      home_town = true;
      break;
    }
    if (name) {
      title_end = p;
      affiliation_first = kind >= 0 ? kind + 1 : q;
      // "at Bogota-based Andina Valores": the place compound is no part of it.
      if (affiliation_first + 1 < end &&
          lexicon::IsPlaceCompound(TokenText(text_, tokens_[affiliation_first]))) {
        ++affiliation_first;
      }
    }
  }
  Mention& m = mentions_[index];
  Entity& entity = entities_[m.entity];
  if (verb_first) {
    // Only for a name opening its clause ("leader, Marine Le Pen, voiced ...,
    // saying"), not an object ("who backs Trump, trashed ..., calling").
    const int start = m.title_first >= 0 ? m.title_first : m.first;
    const Token& before = tokens_[start > s.first ? start - 1 : start];
    const bool opens = start == s.first || before.kind != TokenKind::kWord || before.upper;
    if (opens && e < s.last && IsPunct(tokens_[e], ',')) {
      m.appositive_end = e;
      by_appositive_[e] = index;
    }
    return;
  }
  // "Kestrel Telecom, Europe's sixth-largest mobile operator,": an
  // organisation's appositive says what it is, never a title.
  if (m.kind == MentionKind::kOrganization) {
    if (const int kind = first.upper ? -1 : OrgKindHead(a, e); kind >= 0) AddKind(m.entity, kind);
    if (e < s.last && IsPunct(tokens_[e], ',')) {
      m.appositive_end = e;
      by_appositive_[e] = index;
    }
    return;
  }
  // "Harbor Watch, a local advocacy group,": the name is an organisation's.
  if (!first.upper) {
    if (const int kind = OrgKindHead(a, e); kind >= 0) {
      entity.type = v1::SOURCE_TYPE_ORGANIZATION;
      AddKind(m.entity, kind);
      if (e < s.last && IsPunct(tokens_[e], ',')) {
        m.appositive_end = e;
        by_appositive_[e] = index;
      }
      return;
    }
  }
  // "a pharmacist in Leicester": the title ends before a place it is in.
  if (!has_head && affiliation_first < 0) {
    for (int p = a + 2; p < title_end; ++p) {
      const Token& t = tokens_[p];
      if (t.kind != TokenKind::kWord || t.upper || TokenText(text_, t) != "in") continue;
      const Token& before = tokens_[p - 1];
      if (before.kind == TokenKind::kWord && !before.upper &&
          HasAgentSuffix(TokenText(text_, before))) {
        title_end = p;
      }
      break;
    }
  }
  // "a retired marine biologist": a noun for what someone does heads the title.
  const Token& last_word = tokens_[title_end - 1];
  if (!has_head && title_end - a <= 4 && last_word.kind == TokenKind::kWord &&
      !last_word.upper && (last_word.classes & (kFiller | kCue | kTimeWord)) == 0 &&
      HasAgentSuffix(TokenText(text_, last_word))) {
    has_head = true;
  }
  // "Doris Kemp, 80, a retired postmistress,": a short "a ..." description of
  // plain lowercase words names what someone is.
  const absl::string_view article = TokenText(text_, first);
  if (!has_head && (article == "a" || article == "an") && title_end - a >= 2 &&
      title_end - a <= 4) {
    bool plain = true;
    for (int i = a + 1; i < title_end; ++i) {
      const Token& t = tokens_[i];
      // "a Navy veteran": a capitalised modifier, not the head.
      plain = plain && t.kind == TokenKind::kWord && (!t.upper || i + 1 < title_end) &&
              !t.possessive && (t.classes & (kNotTitleWord & ~kDeterminer)) == 0;
    }
    has_head = plain;
  }
  // "a hydrologist at the University of Seville": a role at an organisation.
  if (!has_head &&
      ((affiliation_first < 0 && affiliation_entity < 0 && !home_town) || first.upper)) {
    return;
  }
  // "a Democrat from Tucson", "a Republican": a party or people and a home town,
  // no title.
  if ((article == "a" || article == "an") && title_end == a + 2 && tokens_[a + 1].upper &&
      !tokens_[a + 1].all_caps && (tokens_[a + 1].classes & (kTitle | kTitleHead)) == 0) {
    if (e < s.last && IsPunct(tokens_[e], ',')) {
      m.appositive_end = e;
      by_appositive_[e] = index;
    }
    return;
  }
  int title_first = a;
  while (title_first < title_end && (TokenText(text_, tokens_[title_first]) == "the" ||
                                     TokenText(text_, tokens_[title_first]) == "a" ||
                                     TokenText(text_, tokens_[title_first]) == "an")) {
    ++title_first;
  }
  if (const int after = PossessiveAffiliation(a, title_end, &entity); after != a) {
    title_first = after;
  }
  // "Klein, an influential activist," after "Morton Klein, president of ...": the
  // first description stays; so does an office held before the name ("Sen. Dale
  // Hoskins of Kingman, the bill's sponsor,", "Rep. Luisa Ortega ... Ortega, a
  // three-term congresswoman"), unless the appositive names a post at an
  // organisation ("Sen. Jon Tester, chairman of the Democratic Senatorial Campaign
  // Committee").
  const bool post_at_org = affiliation_entity >= 0 ||
                           (affiliation_first >= 0 && RunHasOrgWord(affiliation_first, end));
  if (title_first < title_end && !entity.appositive_title &&
      (post_at_org || !NamesOffice(entity.title))) {
    entity.title = Text(title_first, title_end);
    entity.appositive_title = true;
  }
  // "at the University of California, Davis,": a campus after the comma.
  int affiliation_end = end;
  if (const int campus =
          affiliation_first >= 0 && end == e ? CampusEnd(affiliation_first, e, s.last) : -1;
      campus > e) {
    e = affiliation_end = campus;
  }
  if (affiliation_first >= 0 && entity.affiliation.empty()) {
    entity.affiliation = Text(affiliation_first, affiliation_end);
    // "Deloitte said ...", then "a partner at Deloitte": a lone word taken for a
    // person is where someone works, an organisation.
    if (auto it = by_name_.find(entity.affiliation);
        affiliation_end - affiliation_first == 1 && it != by_name_.end()) {
      Entity& org = entities_[it->second];
      if (org.type == v1::SOURCE_TYPE_PERSON && org.name == entity.affiliation &&
          org.title.empty() && org.gender == 0 && org.aliases.empty()) {
        org.type = v1::SOURCE_TYPE_ORGANIZATION;
      }
    }
  } else if (affiliation_entity >= 0 && entity.affiliation.empty()) {
    entity.affiliation = entities_[affiliation_entity].name;
  } else if (article == "the" && entity.affiliation.empty()) {
    // "the Plaid Cymru health spokesperson": the name before the title words.
    if (const int name_end = NameBeforeTitle(title_first, title_end); name_end > title_first) {
      entity.affiliation = Text(title_first, name_end);
    }
  }
  if (e < s.last && IsPunct(tokens_[e], ',')) {
    m.appositive_end = e;
    by_appositive_[e] = index;
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

void MentionFinder::WorkPlace(const Sentence& s, int k, int index) {
  for (int i = k; i < s.last && i - k < kMaxAppositiveTokens; ++i) {
    const Token& t = tokens_[i];
    if (!IsWord(t) || (t.classes & (kCue | kRelative)) != 0) return;
    if (t.upper || TokenText(text_, t) != "at") continue;
    Entity& entity = entities_[mentions_[index].entity];
    if (std::string org = LedOrganization(s, i + 1);
        entity.affiliation.empty() && !org.empty() && org != entity.name) {
      entity.affiliation = std::move(org);
    }
    return;
  }
}

std::string MentionFinder::LedOrganization(const Sentence& s, int k) const {
  // The first organisation of the clause: an owner ("the WHO's"), a name after
  // "at", "of" or "for" ("programme at the International Crisis Group"), or the
  // object itself ("who heads Europol"); never a person ("who managed Al Gore's
  // campaign", "Mr. Obama's Council").
  for (int i = k; i < s.last && i - k < kMaxAppositiveTokens; ++i) {
    const Token& t = tokens_[i];
    if (IsPunct(t, ',') || IsPunct(t, '.') || IsPunct(t, ';') || t.kind == TokenKind::kQuote ||
        ((t.classes & (kCue | kRelative)) != 0 && !t.all_caps)) {
      break;
    }
    if (!IsNameToken(i)) continue;
    int end = NameRunEnd(i, s.last);
    const int first_end = end;
    // "the Federation of American Scientists", "Americans for Prosperity".
    while (end + 1 < s.last && IsWord(tokens_[end]) && !tokens_[end].upper &&
           (tokens_[end].classes & kNameConnector) != 0 &&
           TokenText(text_, tokens_[end]) != "and" && IsNameToken(end + 1)) {
      end = NameRunEnd(end + 1, s.last);
    }
    const bool owner = end < s.last && tokens_[end].possessive;
    int before = i - 1;
    if (before >= k && TokenText(text_, tokens_[before]) == "the") --before;
    const bool after_prep = before >= k && !tokens_[before].upper &&
                            (tokens_[before].classes & kAffiliationPrep) != 0;
    const std::string name = Text(i, end);
    auto it = by_name_.find(name);
    const bool known = it != by_name_.end();
    // "who runs the charity Families Against Violence": a kind of organisation
    // right before the name, or a group's name, is no person's.
    const bool kind_before = i > k && IsWord(tokens_[i - 1]) && !tokens_[i - 1].upper &&
                             (tokens_[i - 1].classes & kOrgKind) != 0;
    // "who chairs the Llais patient watchdog": or one after it (not after a
    // person's name: "who ran the Al Gore campaign").
    const bool kind_after =
        !owner && (tokens_[i].classes & kCountry) == 0 && KindAfterName(end, s.last);
    const bool person = (known && entities_[it->second].type == v1::SOURCE_TYPE_PERSON &&
                         !tokens_[i].all_caps) ||
                        (tokens_[i].classes & kHonorific) != 0 ||
                        (!known && end == first_end && end - i >= 2 &&
                         !RunHasOrgWord(i, end) && !kind_before && !PluralOrgName(i, end));
    const bool org = RunHasOrgWord(i, end) || tokens_[i].all_caps ||
                     (known && entities_[it->second].type == v1::SOURCE_TYPE_ORGANIZATION &&
                      (tokens_[i].classes & kCountry) == 0) ||
                     (!known && PluralOrgName(i, end));
    if (!person && (owner || after_prep || kind_before || kind_after || (before == k - 1 && org))) {
      return known ? entities_[it->second].name : name;
    }
    i = end - 1;
  }
  return "";
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
  if ((tokens_[last - 1].classes & kTitleHead) == 0) return first;
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

int MentionFinder::CampusEnd(int first, int comma, int last) const {
  if (comma + 2 >= last || !IsPunct(tokens_[comma], ',') ||
      (tokens_[comma - 1].classes & kCountry) == 0) {
    return -1;
  }
  bool university = false;
  for (int i = first; i < comma; ++i) {
    university = university || TokenText(text_, tokens_[i]) == "University";
  }
  int i = comma + 1;
  while (i < last && i - comma <= 2 && IsNameToken(i) &&
         (tokens_[i].classes & (kTitle | kHonorific | kCue | kOrgWord | kStarter)) == 0) {
    ++i;
  }
  if (!university || i == comma + 1 ||
      (i < last && !IsPunct(tokens_[i], ',') && !IsPunct(tokens_[i], '.'))) {
    return -1;
  }
  return i;
}

int MentionFinder::PlaceAtEnd(int a, int end) const {
  int k = end - 1;
  while (k > a && end - k <= 3 && IsNameToken(k) &&
         (tokens_[k].classes & (kOrgWord | kTitle)) == 0) {
    --k;
  }
  if (k == end - 1 || k <= a + 1 || TokenText(text_, tokens_[k]) != "in") return end;
  const Token& before = tokens_[k - 1];
  if (before.kind != TokenKind::kWord || before.possessive) return end;
  // "a broker based in Miami", "a retiree living in Ohio".
  const absl::string_view w = TokenText(text_, before);
  if (k - 1 > a + 1 && (w == "based" || w == "living" || w == "located")) return k - 1;
  return k;
}

bool MentionFinder::SecondDescriptionAt(int k, int last) const {
  if (k + 1 >= last || TokenText(text_, tokens_[k]) != "and") return false;
  const Token& next = tokens_[k + 1];
  if (next.kind != TokenKind::kWord || next.upper) return false;
  const absl::string_view w = TokenText(text_, next);
  // ("and one of the joint administrators": a share of a group.)
  if ((next.classes & kNumberWord) != 0 && k + 2 < last &&
      TokenText(text_, tokens_[k + 2]) == "of") {
    return true;
  }
  return w == "the" || w == "a" || w == "an" || w == "his" || w == "her" || w == "its" ||
         w == "their";
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
      if ((absl::EndsWith(full, name) && full[full.size() - name.size() - 1] == ' ') ||
          (m.kind == MentionKind::kName && absl::StartsWith(full, name) &&
           full[name.size()] == ' ')) {
        return i;
      }
    }
  }
  // "Harbourline Bank", "Veldhuis Group": the name without its kind word.
  const int short_last = m.kind == MentionKind::kOrganization ? ShortNameEnd(m) : -1;
  const std::string short_name = short_last > m.first ? Text(m.first, short_last) : "";
  if (!short_name.empty()) {
    // "Harbourline shares jump" in the headline, then "Harbourline Bank": the
    // short name met alone before is the organisation.
    if (auto it = by_name_.find(short_name); it != by_name_.end()) {
      const int id = it->second;
      Entity& before = entities_[id];
      if (before.name == short_name && before.title.empty() &&
          before.affiliation.empty() && before.gender == 0) {
        before.aliases.push_back(before.name);
        before.name = name;
        before.type = v1::SOURCE_TYPE_ORGANIZATION;
        by_name_[name] = id;  // may rehash: `it` is not used after this
        return id;
      }
    }
  }
  Entity e;
  e.name = name;
  e.type = (m.kind == MentionKind::kPerson || m.kind == MentionKind::kName)
               ? v1::SOURCE_TYPE_PERSON
               : v1::SOURCE_TYPE_ORGANIZATION;
  entities_.push_back(std::move(e));
  const int id = static_cast<int>(entities_.size()) - 1;
  by_name_[name] = id;
  if (m.kind == MentionKind::kPerson) by_name_.try_emplace(last_word, id);
  if (!short_name.empty() && by_name_.try_emplace(short_name, id).second &&
      short_last - m.first == 2) {
    by_name_.try_emplace(Text(m.first, m.first + 1), id);  // "Northwind Air Group"
  }
  return id;
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
  // before (a lone word met alone may still be the short name).
  if (auto it = by_name_.find(Text(m.first, m.last - 1));
      it != by_name_.end() && entities_[it->second].type == v1::SOURCE_TYPE_PERSON &&
      (n == 3 || entities_[it->second].name != Text(m.first, m.last - 1))) {
    return -1;
  }
  return m.last - 1;
}

}  // namespace factwire
