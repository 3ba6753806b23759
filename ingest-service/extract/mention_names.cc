// MentionFinder: finding names in a sentence (ReadName) and the tests it uses
// on name runs, particles, nicknames, datelines and sentence openers.

#include "ingest-service/extract/mentions.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "ingest-service/extract/lexicon/affiliation_words.h"
#include "ingest-service/extract/lexicon/figure_context_words.h"
#include "ingest-service/extract/lexicon/role_words.h"
#include "ingest-service/extract/lexicon/speech_words.h"
#include "ingest-service/extract/mention_internal.h"

namespace factwire {

using mention_internal::IsWord;
using mention_internal::kMaxNameTokens;
using mention_internal::kMaxTitleBeforeName;
using mention_internal::kNotTitleWord;

namespace {

// True for the label of a credit, caption or link line, any case ("Photo",
// "Image", "Related", "Watch"): before a colon it names no one.
bool IsPageLabel(absl::string_view word) {
  const std::string lower = absl::AsciiStrToLower(word);
  return lexicon::IsCreditLabel(lower) || lexicon::IsFurnitureLabelWord(lower);
}

// True when tokens [first, end), after a title word, are an agent noun, "of"
// and capitalised words ending in a plural ("Conservator of Forests",
// "Registrar of Societies"), set off by a comma before a capitalised word
// (`last` ends the sentence): the title's rest, the name in apposition after.
bool PostOfPluralsBeforeName(absl::string_view text, const std::vector<Token>& tokens,
                             int first, int end, int last) {
  if (end - first < 3 || end + 1 >= last || !IsPunct(tokens[end], ',') ||
      !tokens[end + 1].upper || TokenText(text, tokens[first + 1]) != "of") {
    return false;
  }
  const absl::string_view head = TokenText(text, tokens[first]);
  const absl::string_view plural = TokenText(text, tokens[end - 1]);
  // (A plural ends in "s" after a consonant or "e": not "Texas", "Illinois".)
  return tokens[first].letters_only && HasAgentSuffix(absl::AsciiStrToLower(head)) &&
         tokens[end - 1].upper && tokens[end - 1].letters_only &&
         (tokens[end - 1].classes & kCountry) == 0 && plural.size() >= 4 &&
         plural.back() == 's' &&
         absl::string_view("suiao").find(plural[plural.size() - 2]) == absl::string_view::npos;
}

// True when token `t` opens a name with a government portfolio's field,
// capitalised, not a title ("Tourism Australia", "Transport Scotland", "Health
// Canada", "Energy Queensland": lexicon::IsPortfolio): a public body's name,
// never a person's.
bool SectorOpensName(absl::string_view text, const Token& t) {
  if (t.kind != TokenKind::kWord || !t.upper || t.all_caps || t.possessive ||
      (t.classes & (kTitle | kTitleHead)) != 0) {
    return false;
  }
  // (Lowercased in place: the longest portfolio is "immigration".)
  const absl::string_view w = TokenText(text, t);
  char lower[16];
  if (w.size() > sizeof(lower)) return false;
  for (size_t i = 0; i < w.size(); ++i) {
    lower[i] = absl::ascii_tolower(static_cast<unsigned char>(w[i]));
  }
  return lexicon::IsPortfolio(absl::string_view(lower, w.size()));
}

// Acronyms shorter than this are too often two bodies' initials ("BA").
constexpr size_t kMinInitialsAcronym = 3;

// The organisation in `entities` whose name's capitalised words' initials are
// `acronym`, in order, the lowercase joiners aside ("Office for National
// Statistics": "ONS"), or -1 (the first such one).
int OrganisationOfInitials(absl::string_view acronym, const std::vector<Entity>& entities) {
  if (acronym.size() < kMinInitialsAcronym) return -1;
  for (size_t e = 0; e < entities.size(); ++e) {
    if (entities[e].type != v1::SOURCE_TYPE_ORGANIZATION) continue;
    size_t a = 0;
    bool fits = true;
    for (absl::string_view word : absl::StrSplit(entities[e].name, ' ')) {
      if (word.empty() || !absl::ascii_isupper(static_cast<unsigned char>(word[0]))) continue;
      if (a >= acronym.size() || word[0] != acronym[a]) {
        fits = false;
        break;
      }
      ++a;
    }
    if (fits && a == acronym.size()) return static_cast<int>(e);
  }
  return -1;
}

// Words a kind of organisation's noun phrase holds before it, at most ("The
// region's largest dairy co-operative").
constexpr int kMaxKindPhrase = 6;

// True when the lowercase kind of organisation at token `kind` heads a noun
// phrase that opens its clause, at the sentence's `first` token or after a
// comma: no preposition and no person's noun comes before it ("The region's
// largest dairy co-operative, Dornoch, said"; not "A spokesman for the
// council, Brody, said", "The head of the ministry, Okafor, said").
bool KindOpensItsClause(absl::string_view text, const std::vector<Token>& tokens, int first,
                        int kind) {
  constexpr uint32_t kPersonOrPreposition = kAffiliationPrep | kTitle | kTitleHead | kSpeakerNoun;
  for (int i = kind - 1; i >= first; --i) {
    const Token& t = tokens[i];
    if (t.kind == TokenKind::kPunct) return IsPunct(t, ',');
    if (t.kind != TokenKind::kWord || kind - i > kMaxKindPhrase ||
        (t.classes & kPersonOrPreposition) != 0) {
      return false;
    }
    const std::string w = absl::AsciiStrToLower(TokenText(text, t));
    if (lexicon::IsPhrasePreposition(w) || lexicon::IsNounPreposition(w)) return false;
  }
  return true;
}

// True when word token `t` opens a clause of its own inside a sentence: a
// subordinator ("after", "because", "if"), a relative ("which", "where"), a
// conjunction other than a list's "and"/"or" ("that", "as", "but") or "he"/
// "she".
bool OpensAClause(absl::string_view text, const Token& t) {
  if ((t.classes & (kRelative | kPersonPronoun)) != 0) return true;
  const absl::string_view w = TokenText(text, t);
  return lexicon::IsSubordinator(w) ||
         (lexicon::IsConjunction(w) && !lexicon::IsListConjunction(w));
}

}  // namespace

bool MentionFinder::StartsName(int k, const Sentence& s) const {
  const Token& t = tokens_[k];
  // "They’ve suggested": a pronoun with a contracted auxiliary names no one.
  if (t.classes == 0 && lexicon::IsPronounContraction(TokenText(text_, t))) return false;
  if (k + 1 < s.last && IsNameToken(k + 1)) return true;
  // "Secretary of State John Kerry said".
  if (k + 2 < s.last && IsPortfolioConnector(k + 1) && IsNameToken(k + 2)) return true;
  // "Housing and Planning Secretary Tom Ellery said".
  if (PortfolioListAt(k, s)) return true;
  // "Later, ...", "Reprising ...": a lone capitalised word that reads as an
  // adverb or a participle does not open a name; a filler word that is the name
  // of someone named before does ("Long added" after "Billy Long").
  const absl::string_view w = TokenText(text_, t);
  const uint32_t not_name =
      t.classes & (kFiller | kAdverbial | kCue | kDeterminer | kSpeakerNoun);
  if (not_name != 0 && (not_name != kFiller || !by_name_.contains(w))) return false;
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
  // "Hydro-Qu\xC3\xA9bec spokesperson Mathieu Gendron": a body's hyphenated name.
  if (HyphenatedBodyName(k)) return true;
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

bool MentionFinder::PortfolioListAt(int k, const Sentence& s) const {
  return k + 1 < s.last && (IsPunct(tokens_[k + 1], ',') || TokenText(text_, tokens_[k + 1]) == "and") &&
         PortfolioListEnd(k, k + 1, s.last) > 0;
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

bool MentionFinder::PluralOfRole(int k) const {
  constexpr size_t kMinRolePlural = 6;  // "Owners"
  const Token& t = tokens_[k];
  const absl::string_view w = TokenText(text_, t);
  if (!IsWord(t) || !t.upper || t.all_caps || !absl::EndsWith(w, "s") || by_name_.contains(w)) {
    return false;
  }
  // ("Owners", "Buyers": five letters before the 's' are enough for a plural.)
  return (t.classes & kSpeakerNoun) != 0 ||
         (w.size() >= kMinRolePlural && lexicon::HasAgentEnding(w));
}

bool MentionFinder::RoleNounCompound(int k, const Sentence& s) const {
  if (k + 2 >= s.last) return false;
  const Token& noun = tokens_[k + 1];
  const Token& verb = tokens_[k + 2];
  if (!IsWord(verb) || verb.upper || (verb.classes & kFiller) == 0) return false;
  const absl::string_view opener = TokenText(text_, tokens_[k]);
  if (absl::EndsWith(opener, "s") || !HasAgentSuffix(opener)) return false;
  constexpr uint32_t kNotNoun = kCue | kFiller | kRelative | kAdverbial | kSentenceAdverb |
                                kAffiliationPrep | kNameConnector | kDeterminer |
                                kPersonPronoun | kOtherPronoun | kTimeWord;
  return IsWord(noun) && !noun.upper && (noun.classes & kNotNoun) == 0 &&
         !absl::EndsWith(TokenText(text_, noun), "ed") &&
         !absl::EndsWith(TokenText(text_, noun), "ly") &&
         !absl::EndsWith(TokenText(text_, noun), "s") && IsWord(verb) && !verb.upper &&
         (verb.classes & kFiller) != 0 && (verb.classes & kAdverbial) == 0;
}

namespace {

// True when the tokens after `k`, to the end of its sentence and the next,
// call a body back as a speaker: "the" and a lowercase kind of organisation
// before a cue ("the company said", "the union says"; not "the highest since
// the group listed"). Reads at most kMaxCallBackTokens tokens.
bool CalledBackAsABody(absl::string_view text, const std::vector<Token>& tokens, int k) {
  constexpr int kMaxCallBackTokens = 80;
  const int end = std::min(static_cast<int>(tokens.size()) - 2, k + kMaxCallBackTokens);
  int ends = 0;  // sentence ends passed
  for (int i = k + 1; i < end && ends < 2; ++i) {
    const Token& next = tokens[i + 1];
    if (IsSentenceMark(tokens[i]) || next.paragraph != tokens[i].paragraph) ++ends;
    if (next.kind != TokenKind::kWord || next.upper) continue;
    const absl::string_view w = TokenText(text, tokens[i]);
    if (lexicon::IsDefiniteArticle(w) && (next.classes & kOrgKind) != 0 &&
        tokens[i + 2].cue != 0) {
      return true;
    }
  }
  return false;
}

}  // namespace

bool MentionFinder::CommonWordOpener(int k, const Sentence& s) {
  const Token& t = tokens_[k];
  if (t.all_caps || t.possessive || !t.letters_only || k + 1 >= s.last ||
      IsNameToken(k + 1)) {
    return false;
  }
  const Token& next = tokens_[k + 1];
  // "Photo: Ari Jonsson", "(Image: Reuters)", "Related: ...": the label of a
  // credit, caption or link line names no one.
  if (IsPunct(next, ':') && IsPageLabel(TokenText(text_, t))) return true;
  // "Electricity: Regulator approves ...": a topic label before a colon.
  const bool label = IsPunct(next, ':') && k == s.first &&
                     (t.classes & (kSpeakerNoun | kOrgWord | kTitle)) == 0;
  if (!label && (next.kind != TokenKind::kWord || next.upper || next.possessive)) return false;
  const absl::string_view w = TokenText(text_, t);
  if (by_name_.contains(w)) return false;  // "Halvorsen shrugs" after "Ruth Halvorsen"
  // "Quarters: 18-21, 35-40", "Updated: 12.03.2026": a score line's or a date
  // stamp's label before figures or a date (not "Ruto: 2,000 new teachers ...",
  // a headline speaker whose claim opens with a figure).
  if (label && k + 2 < s.last && tokens_[k + 2].kind == TokenKind::kNumber &&
      lexicon::IsScoreOrStampLabel(absl::AsciiStrToLower(w))) {
    return true;
  }
  if (PortfolioListAt(k, s)) return false;  // "Housing and Planning Secretary X"
  if (!label && RoleNounCompound(k, s)) return true;
  // "Capital spending would be held", "Timber prices fell": a business's head
  // word opening the sentence before a lowercase word (not a cue, "Hydro said",
  // nor a joiner, "Securities and Exchange Commission") is that common word.
  if (!label && OrgHeadAt(k) && (next.classes & (kCue | kNameConnector)) == 0) return true;
  if (!label && KindOpeningAClaim(k)) return true;
  if (!label && InfinitiveSubject(k, s)) return true;
  if (CapitalisedParticleOpener(k, s.last)) return false;  // "Van den Berg said"
  auto [it, added] = common_openers_.try_emplace(w, false);
  if (!added) return it->second;
  // The word in lowercase anywhere else in the text, as a whole word; or an
  // abstract noun the text writes only here. (Its answer is cached with the
  // rest: a word written once is met once; one written twice is no such noun.)
  it->second = HasWholeWord(text_, absl::AsciiStrToLower(w)) || (!label && AbstractNounOpener(k));
  return it->second;
}

bool MentionFinder::CapitalisedParticleOpener(int k, int last) const {
  const Token& t = tokens_[k];
  if ((t.classes & kNameConnector) == 0 ||
      lexicon::IsNonParticleConnector(absl::AsciiStrToLower(TokenText(text_, t)))) {
    return false;
  }
  int j = k + 1;
  while (j < last && j - k <= 2 && IsParticle(j)) ++j;
  return j > k + 1 && j < last && IsNameToken(j);
}

bool MentionFinder::AbstractNounOpener(int k) const {
  constexpr size_t kMinAbstractNounBytes = 8;  // not "Trinity", "Clement"
  const Token& t = tokens_[k];
  const absl::string_view w = TokenText(text_, t);
  if (w.size() < kMinAbstractNounBytes || !lexicon::HasAbstractNounSuffix(w) ||
      (tokens_[k + 1].classes & kCue) != 0 ||
      lexicon::IsForeignOrgOpener(w)) {
    // (Not "Sharption said", a name before its speech verb; not "Groupement
    // des Planteurs", a body's name.)
    return false;
  }
  // (A name the text writes again, "Infinity said ... Infinity's shares"; a
  // body's name the sentence or the next calls back as a body, "Fidelity will
  // cut 300 jobs, the company said".)
  return !HasWholeWord(text_.substr(0, t.begin), w) && !HasWholeWord(text_.substr(t.end), w) &&
         !CalledBackAsABody(text_, tokens_, k);
}

bool MentionFinder::KindOpeningAClaim(int k) const {
  // "Union says overnight closures ...", "Council votes to ...": a headline's
  // or standfirst's kind of body, not its name (not a legislature's:
  // "Parliament votes").
  const Token& t = tokens_[k];
  const Token& next = tokens_[k + 1];
  // A headline's cue is in the present tense ("says", "warns"); in body text
  // "Council said" is the council named before.
  const absl::string_view cue = TokenText(text_, next);
  return (t.classes & kOrgKind) != 0 && next.cue != 0 && !next.upper &&
         absl::EndsWith(cue, "s") && !absl::EndsWith(cue, "ss") &&
         !lexicon::IsLegislatureHead(TokenText(text_, t));
}

bool MentionFinder::InfinitiveSubject(int k, const Sentence& s) const {
  constexpr int kMaxInfinitivePhrase = 10;  // "to meet the deadline set by the court"
  if (k != s.first || k + 3 >= s.last || !IsWord(tokens_[k + 2]) || tokens_[k + 2].upper) {
    return false;
  }
  const absl::string_view joiner = TokenText(text_, tokens_[k + 1]);
  const absl::string_view second = TokenText(text_, tokens_[k + 2]);
  // "Installation and testing would take": a lowercase singular noun of a
  // process joined to it (not "Smith and colleagues will", "Smith and his
  // wife", "Okafor and team will").
  const bool joined = lexicon::IsListConjunction(joiner) && !lexicon::LooksPlural(second) &&
                      lexicon::IsProcessNoun(second) &&
                      (tokens_[k + 2].classes & (kNotTitleWord | kSpeakerNoun)) == 0 &&
                      !mention_internal::IsRoleNoun(second);
  if (joiner != "to" && !joined) return false;
  const int end = std::min(s.last, k + 3 + kMaxInfinitivePhrase);
  for (int i = k + 3; i < end; ++i) {
    const Token& t = tokens_[i];
    if (t.kind != TokenKind::kWord) return false;  // a comma, a dash, a figure
    // "Mensah to resign after party has lost seats": the auxiliary is in a
    // clause of its own.
    if (OpensAClause(text_, t)) return false;
    if (!t.upper && lexicon::IsAuxiliary(TokenText(text_, t))) return true;
  }
  return false;
}

int MentionFinder::ServedBeforeTitle(int k, int title, int name_first) const {
  if (title <= k || title + 1 != name_first) return -1;
  int rank = title;
  while (rank > k && lexicon::IsRankWord(TokenText(text_, tokens_[rank - 1]))) --rank;
  if (rank < title) return rank;  // "Battalion Chief"; "Cal Fire" serves, if named
  for (int i = k; i < title; ++i) {
    if (!IsWord(tokens_[i]) || !tokens_[i].upper) return -1;
  }
  if (title - k >= 2 && lexicon::IsJurisdictionHead(TokenText(text_, tokens_[title - 1]))) {
    return title;
  }
  // ("Labor Secretary Thomas Perez": a portfolio, not the party.)
  if (title - k == 1 && lexicon::IsPartyName(TokenText(text_, tokens_[k])) &&
      (tokens_[title].classes & kTitleHead) == 0) {
    return title;
  }
  return -1;
}

bool MentionFinder::ShortNameOf(int first, int k) const {
  const Token& t = tokens_[k];
  if (!IsWord(t) || !t.upper || quote_depth_[k] != 0 || (t.classes & kCountry) != 0) {
    return false;
  }
  return text_[t.begin] == text_[tokens_[first].begin];
}

bool MentionFinder::AllCapitals(int k) const {
  const Token& t = tokens_[k];
  if (t.all_caps) return true;
  if (!t.upper || t.letters_only || t.kind != TokenKind::kWord) return false;
  // "RT\xC3\x89", "ZD\xC3\x89": ASCII capitals and two-byte Latin-1 capitals
  // (U+00C0-U+00DE but the multiplication sign) only.
  int letters = 0;
  for (int i = t.begin; i < t.end; ++i) {
    const auto c = static_cast<unsigned char>(text_[i]);
    if (c >= 'A' && c <= 'Z') {
      ++letters;
    } else if (c == 0xC3 && i + 1 < t.end) {
      const auto next = static_cast<unsigned char>(text_[i + 1]);
      if (next < 0x80 || next > 0x9E || next == 0x97) return false;
      ++letters;
      ++i;
    } else {
      return false;
    }
  }
  return letters >= 2;
}

int MentionFinder::ReadName(const Sentence& s, int k) {
  // "Photo: Ari Jonsson", "(Image: Greta Lind/Reuters)": the name a credit label
  // gives took the picture; it names no one in the story.
  if (k >= s.first + 2 && IsPunct(tokens_[k - 1], ':') && IsWord(tokens_[k - 2]) &&
      lexicon::IsCreditLabel(absl::AsciiStrToLower(TokenText(text_, tokens_[k - 2])))) {
    return NameRunEnd(k, s.last);
  }
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
  int max_tokens = kMaxNameTokens;  // more for a list inside the name
  while (j < s.last && j - k < max_tokens) {
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
    // "John Hale of Acme Corp", "Jaan Kivi of Nordic Securities" (a business's
    // last word): "of" does not join a person's name to an organisation's
    // ("Bank of America", "Secretary of State", "John Kasich of Ohio" still
    // join).
    // (The organisation's name may hold a possessive: "King's College London".)
    int org_end = j + 1 < s.last ? NameRunEnd(j + 1, s.last) : j + 1;
    if (org_end + 1 < s.last && tokens_[org_end].possessive && IsNameToken(org_end + 1)) {
      org_end = NameRunEnd(org_end + 1, s.last);
    }
    const bool person_so_far = j - k >= 2 && !RunHasOrgWord(k, j) &&
                               (tokens_[j - 1].classes & (kTitle | kCountry)) == 0 &&
                               j + 1 < s.last &&
                               (RunHasOrgWord(j + 1, org_end) ||
                                (org_end - j >= 3 && OrgHeadAt(org_end - 1)));
    // "the Alliance for a New Togo", "Campaign for a Fair Vote": a body's name
    // holds a connector and "a" before its next capitalised words.
    if (j > k && IndefiniteArticleInBodyName(k, j, s.last)) {
      j += 2;
      continue;
    }
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
    // "Works and Transport Minister Anita Ramdeen", "Housing and Planning
    // Secretary Tom Ellery": portfolios joined by "and" before a capitalised
    // title and a name are one title.
    if (j > k && (w == "and" || IsPunct(t, ','))) {
      if (const int end = PortfolioListEnd(k, j, s.last); end > j) {
        max_tokens = std::max(max_tokens, end - k);
        j = end;
        continue;
      }
    }
    // "Minister of Trade and Industry Bounmy Vongsa": portfolios joined by
    // "and" after the title's "of" run on to the name.
    if (j > k && w == "and") {
      if (const int end = PortfolioPairEnd(k, j, s.last); end > j) {
        max_tokens = std::max(max_tokens, end - k);
        j = end;
        continue;
      }
    }
    // "Centers for Disease Control and Prevention", "Securities and Exchange
    // Commission", "Pacific Gas and Electric": "and" inside an organisation's name.
    // (Not "the University of Bergen and Makerere University": the same
    // organisation word ends the second name, which is another organisation; nor
    // "Donald Trump and House Speaker Paul Ryan": a title opens a person's name.)
    if (j > k && w == "and" && j + 1 < s.last && IsNameToken(j + 1) &&
        (RunHasOrgWord(k, j) || RunHasOrgWord(j + 1, NameRunEnd(j + 1, s.last)) ||
         OrgHeadAt(NameRunEnd(j + 1, s.last) - 1) ||
         NationBodyAfterAnd(k, j, NameRunEnd(j + 1, s.last))) &&
        !RunHasWord(k, j, NameRunEnd(j + 1, s.last) - 1) &&
        !(j - k >= 2 && !RunHasOrgWord(k, j) && !RunHasTitleWord(k, j) &&
          RunHasTitle(j + 1, NameRunEnd(j + 1, s.last))) &&
        !(TitledName(k, j) && TitledName(j + 1, NameRunEnd(j + 1, s.last)))) {
      ++j;
      continue;
    }
    // "the Health and Safety Executive (HSE)": an acronym of the initials of the
    // words on both sides of "and" makes them one name.
    if (j > k && w == "and" && j + 1 < s.last && IsNameToken(j + 1) &&
        AcronymOfInitials(k, NameRunEnd(j + 1, s.last), /*whole=*/true)) {
      j = NameRunEnd(j + 1, s.last);
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
    // "Pune Commuters' Forum", "Farmers' Union": a plural's apostrophe before an
    // organisation word.
    // (Not "Bernie Sanders’ College for All Act": a surname's.)
    // ("The Workers' Pension Board": the body's word may end the words after.)
    if (j > k && PluralOwnerOfBody(j, s.last) && !RunHasTitleWord(k, j)) {
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
    // "Department for Environment, Food and Rural Affairs", "Farmers, Growers
    // and Traders Union": a list inside an organisation's name.
    if (j > k && IsPunct(t, ',')) {
      if (const int item = NameListEnd(k, j, s.last); item > 0) {
        max_tokens += item - j;
        j = item;
        continue;
      }
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
  // ("Mayor Pro Tem Dale Okonkwo": words qualifying the title belong to it.)
  while (tf < j - 1 &&
         ((tokens_[tf].classes & (kTitle | kHonorific | kTitleModifier | kCountry)) != 0 ||
          TitleSuffixAt(k, tf))) {
    ++tf;
    if ((tokens_[tf - 1].classes & (kTitle | kHonorific)) != 0 || TitleSuffixAt(k, tf - 1)) {
      name_first = tf;
    }
  }
  // ("Trade and Industry Secretary X": a portfolio that is also a title word
  // opens a list of portfolios, no name.)
  if (name_first > k && name_first < j && TokenText(text_, tokens_[name_first]) == "and") {
    name_first = k;
  }
  // "Chief Returning Officer Ramesh Kumar", "Chief Electoral Officer X": a
  // capitalised word between two title words belongs to the title when a first
  // and last name follow.
  if (name_first > k && name_first + 4 <= j && (tokens_[name_first - 1].classes & kTitle) != 0 &&
      tokens_[name_first].upper && !tokens_[name_first].all_caps &&
      (tokens_[name_first].classes & (kOrgWord | kCountry | kTitle | kHonorific)) == 0 &&
      tokens_[name_first + 1].upper && (tokens_[name_first + 1].classes & kTitle) != 0 &&
      (tokens_[name_first + 1].classes & kOrgWord) == 0) {
    name_first += 2;
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
  // ("Finance and Trade Executive (FTE)": the acronym's initials say so too.)
  const bool initials_name = AcronymOfInitials(k, j, /*whole=*/true);
  if (name_first > k && (RunHasOrgWord(name_first, j) || initials_name)) name_first = k;
  if (name_first == k && !initials_name) {
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
  // "The state's Chief Conservator of Forests, Ramli Sulaiman,": a post, no name.
  if (name_first > k && PostOfPluralsBeforeName(text_, tokens_, name_first, j, s.last)) return j;
  int served_end = -1;  // ServedBeforeTitle(), when it applies
  const bool single_place =
      j - name_first == 1 && (tokens_[name_first].classes & kCountry);
  if (name_first > k && !single_place) {
    int title_first = k;
    while (title_first < name_first &&
           (tokens_[title_first].classes & (kTitle | kTitleModifier)) == 0) {
      ++title_first;
    }
    // "Cal Fire Battalion Chief Marisol Duarte", "San Diego County Supervisor Joel
    // Anderson", "Labour MP Judith Carrow": a rank's kind joins the title; the
    // organisation, jurisdiction or party before it is where the holder serves.
    // (The mention keeps them: "San Diego County Supervisor Joel Anderson" spoke.)
    if (const int served = ServedBeforeTitle(k, title_first, name_first); served >= 0) {
      served_end = served;
      title_first = k;
    } else if (title_first > k &&
               (OfficeWords(title_first, name_first) ||
                (title_first + 2 == name_first &&
                 lexicon::IsScholarlyHonorific(TokenText(text_, tokens_[title_first + 1])))) &&
               (PortfolioRun(k, title_first) || RunHasOrgWord(k, title_first) ||
                PortfolioList(k, title_first))) {
      // "Emergency Preparedness Minister Jo Ng", "Treasury Secretary Al Roe",
      // "Opposition Chief Whip X", "Works and Transport Minister X": a portfolio
      // before the title words is part of the title (not a place or nationality:
      // "New York Mayor", "Spanish Prime Minister").
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
      // ("chief executive Dr Ama Boateng": a scholar's honorific is no office;
      // the lowercase title before it is read as one, TitleBeforeName().)
      const bool honorific_only =
          title_first + 1 == name_first &&
          lexicon::IsScholarlyHonorific(TokenText(text_, tokens_[title_first]));
      if (k > s.first && !tokens_[k - 1].upper && !honorific_only &&
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
  // "Urgences-sant\xC3\xA9 said", "Hydro-Qu\xC3\xA9bec": a hyphenated body's name;
  // after a preposition of place ("a shelter in Saint-Jean-sur-Richelieu") a
  // place's.
  const bool hyphenated_body = n == 1 && m.title_first < 0 && HyphenatedBodyName(m.first);
  const bool place_before =
      hyphenated_body && m.first > s.first && IsWord(tokens_[m.first - 1]) &&
      lexicon::IsPlacePreposition(TokenText(text_, tokens_[m.first - 1]));
  if (org || owner_name || party || (n == 1 && AllCapitals(m.first) && !all_place) ||
      (after_the && n >= 2 && !all_place) || titled_the ||
      (m.title_first < 0 && (PluralOrgName(m.first, m.last) || CityOfName(m.first, m.last))) ||
      (hyphenated_body && !place_before) ||
      // "AS Tallinna Vesi", "PT Pertamina": a legal form before the name.
      (n >= 2 && m.title_first < 0 && tokens_[m.first].all_caps &&
       lexicon::IsLegalFormPrefix(TokenText(text_, tokens_[m.first]))) ||
      // "Unione Agricola Sarda", "Huileries du Sahel": the kind of body first.
      (n >= 2 && m.title_first < 0 && ForeignBodyOpens(m.first, m.last)) ||
      // "Kestrel BK", "FC Kestrel", "Insjon Bandy": a sports club.
      (n >= 2 && m.title_first < 0 && ClubName(m.first, m.last)) ||
      (n >= 2 && m.title_first < 0 && AcronymOfInitials(m.first, m.last, /*whole=*/false))) {
    m.kind = MentionKind::kOrganization;
  } else if (all_place || hyphenated_body || PlaceByItsWords(m.first, m.last, s.last) ||
             WordAfterNear(m, s) || PlaceAfterBodyIn(m, s)) {
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
  } else if (n >= 2 && m.title_first < 0 && post_nominal_end < 0 &&
             SectorOpensName(text_, tokens_[m.first])) {
    // "Tourism Tropical North Queensland estimates": a field opens a body's name.
    m.kind = MentionKind::kOrganization;
  } else if (n >= 2 && m.title_first < 0 && post_nominal_end < 0 &&
             lexicon::IsPlaceFeatureTail(TokenText(text_, tokens_[m.last - 1]))) {
    // "Statistics Faroe Islands said", "Havbrún Islands": no person's name ends
    // in a place's word; after a preposition of place it is the place.
    const bool in_place = m.first > s.first && IsWord(tokens_[m.first - 1]) &&
                          lexicon::IsPlacePreposition(TokenText(text_, tokens_[m.first - 1]));
    m.kind = in_place ? MentionKind::kPlace : MentionKind::kOrganization;
  } else if (n >= 2 && m.title_first < 0 && KindAfterAccording(s, k)) {
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
  if (j + 2 < s.last && IsPunct(tokens_[j], '(') && IsPunct(tokens_[j + 2], ')') && n >= 2 &&
      (IsAcronym(j + 1) ||
       (m.kind == MentionKind::kOrganization && ShortNameOf(m.first, j + 1)))) {
    // ("the Maharashtra Metro Rail Corporation Ltd (Maha-Metro)": a short name.)
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
  if (!acronym.empty()) AdoptAcronymMetBefore(acronym, Text(m.first, m.last));
  if (n == 1 && m.kind == MentionKind::kOrganization && IsAcronym(m.first)) {
    // "the ONS" after "the Office for National Statistics": the acronym alone
    // spells the initials of an organisation named before, and is its alias.
    const std::string letters(TokenText(text_, tokens_[m.first]));
    if (const int e = by_name_.contains(letters) ? -1 : OrganisationOfInitials(letters, entities_);
        e >= 0) {
      by_name_[letters] = e;
      entities_[e].aliases.push_back(letters);
    }
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
  // "The ferry operator, Halifax Transit, said", "The regulator, Ofwat,": a body
  // its kind describes before the name, set off by commas.
  // ("The local business association, SDC Limoilou, estimates": a name read
  // as a person's too, when nothing marks one and the kind is no one's job:
  // not "the crane operator, Luis Paz,".)
  const bool described_body =
      m.title_first < 0 && m.kind != MentionKind::kPlace &&
      (m.kind != MentionKind::kPerson ||
       (e.gender == 0 && e.title.empty() && (tokens_[k - 2].classes & kOrgKind) != 0)) &&
      end_token + 1 < s.last && IsPunct(tokens_[end_token + 1], ',') && BodyKindOpens(s, k);
  if (described_body) e.type = v1::SOURCE_TYPE_ORGANIZATION;
  if (m.kind == MentionKind::kPerson && !described_body && e.title.empty() &&
      k >= s.first + 2 && IsPunct(tokens_[k - 1], ',')) {
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
  SetSourceKey(m);
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
  if (const absl::string_view foreign =
          m.kind == MentionKind::kOrganization
              ? lexicon::EnglishKindOfForeignHead(TokenText(text_, tokens_[m.first]))
              : absl::string_view();
      !foreign.empty() && std::find(e.kinds.begin(), e.kinds.end(), foreign) == e.kinds.end()) {
    // "Universiti Sabah Borneo ... at the university", "Consorzio Latte Sardo
    // ... the consortium": a foreign head's English kind.
    e.kinds.emplace_back(foreign);
  }
  if (m.kind == MentionKind::kOrganization && OrgHeadAt(m.last - 1)) {
    // "Pacific Gas and Electric ... the utility": the head says the family.
    e.kind_classes |= lexicon::OrgNameHeadKind(TokenText(text_, tokens_[m.last - 1]));
  } else if (hyphenated_body && m.kind == MentionKind::kOrganization) {
    // "Hydro-Qu\xC3\xA9bec ... the utility": the head before the hyphen says.
    const absl::string_view w = TokenText(text_, tokens_[m.first]);
    e.kind_classes |= lexicon::OrgNameHeadKind(w.substr(0, w.find('-')));
  }
  // "the advocacy group Harbor Watch", "ride-hailing company Uber": a kind of
  // organisation right before the name says what it is.
  // ("a terrorist group known as Ansar al-Sharia", "a charity called Hope
  // Rising": or before a participle naming it.)
  const int kind_before =
      k > s.first && tokens_[k - 1].kind == TokenKind::kWord && !tokens_[k - 1].upper &&
              (tokens_[k - 1].classes & kOrgKind) != 0
          ? k - 1
          : KindBeforeNaming(k, s.first);
  if (kind_before >= 0 && m.title_first < 0 && m.kind != MentionKind::kPlace) {
    e.type = v1::SOURCE_TYPE_ORGANIZATION;
    AddKind(m.entity, kind_before);
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
             e.gender == 0 &&
             (lexicon::IsBusinessRole(TokenText(text_, tokens_[k - 2])) ||
              KindBeforeSetOffName(m, s))) {
    // "The chain's main lender, Barclays, said", "its landlord, Grosvenor,": a
    // one-word name a business's role describes is the business's ("The bank
    // said" after it is that lender); so is one a kind of organisation sets
    // off between commas ("The island's largest co-operative, Dornoch, said").
    e.type = v1::SOURCE_TYPE_ORGANIZATION;
    if ((tokens_[k - 2].classes & kOrgKind) != 0) AddKind(m.entity, k - 2);
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
  if (m.title_first >= 0 && e.title.empty()) TitleFromRunPrefix(m, k, served_end);
  const int index = static_cast<int>(mentions_.size());
  if (home_town_end > 0) m.last = home_town_end;  // the name was resolved above
  if (index > 0) LinkToPreviousMention(m, index);
  mentions_.push_back(m);
  by_end_[m.last - 1] = index;
  by_end_[end_token] = index;
  by_start_[m.start()] = index;
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
  } else if (described_body && m.kind == MentionKind::kOrganization) {
    // (The name closes the description's phrase: it speaks for it.)
    mentions_.back().appositive_end = end_token + 1;
    by_appositive_[end_token + 1] = index;
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

void MentionFinder::SetSourceKey(const Mention& m) {
  Entity& e = entities_[m.entity];
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
}

void MentionFinder::TitleFromRunPrefix(const Mention& m, int k, int served_end) {
  Entity& e = entities_[m.entity];
  int tf2 = std::max(m.title_first, served_end);
  const bool letters = tf2 < m.title_last && LettersBeforeTitle(tf2, m.title_last - 1);
  while (!letters && tf2 < m.title_last &&
         (tokens_[tf2].classes & (kCountry | kHonorific)) != 0 &&
         (tokens_[tf2].classes & kTitle) == 0) {
    ++tf2;
  }
  // "Health Minister Dr Priya Venkatesan": a scholar's honorific after an
  // office is no part of it.
  int tl = m.title_last;
  if (tl - tf2 >= 2 && (tokens_[tl - 2].classes & kTitle) != 0 &&
      lexicon::IsScholarlyHonorific(TokenText(text_, tokens_[tl - 1]))) {
    --tl;
  }
  // "Dr Ana Ruiz": a degree's honorific alone is no post (an appositive may
  // give one: "Dr Ana Ruiz, a surgeon,").
  if (((tokens_[tf2].classes & kHonorific) == 0 &&
       !lexicon::IsDegreeHonorific(TokenText(text_, tokens_[tf2]))) ||
      tl - tf2 > 1) {
    e.title = Text(tf2, tl);
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
  if (served_end > run_first && e.affiliation.empty()) {
    e.affiliation = Text(run_first, served_end);
  }
  // "Liberal Democrat MP Tom Ashdown": the party is where the member belongs.
  if (e.affiliation.empty()) e.affiliation = PartyOpening(m.title_first, m.title_last);
}

void MentionFinder::LinkToPreviousMention(Mention& m, int index) {
  // "Zongyuan Zoe Liu from the Council on Foreign Relations": an affiliation.
  Mention& prev = mentions_.back();
  int p = prev.last;
  if (p < m.first && (tokens_[p].classes & kAffiliationPrep) != 0 &&
      !tokens_[p].upper) {
    ++p;
    const bool article = p < m.first && TokenText(text_, tokens_[p]) == "the";
    if (article) ++p;
    // ("Fatou Diop of the opposition Taxawu coalition": up to two lowercase
    // modifiers after the article, and a kind after the name, make it a body.)
    for (int n = 0; article && n < 2 && p < m.first && IsWord(tokens_[p]) && !tokens_[p].upper &&
                        (tokens_[p].classes & kNotTitleWord) == 0;
         ++n) {
      ++p;
    }
    const bool kind_after = article && m.kind != MentionKind::kPlace && m.title_first < 0 &&
                            KindAfterName(m.last, static_cast<int>(tokens_.size()));
    // ("Anna Conte of the heritage group Salento Vivo", "of the law firm Mayer
    // Brown": a kind of organisation right before the name makes it a body.)
    const bool kind_before = article && p + 1 == m.first && m.kind != MentionKind::kPlace &&
                             m.title_first < 0 && IsWord(tokens_[p]) && !tokens_[p].upper &&
                             (tokens_[p].classes & kOrgKind) != 0;
    if (kind_before) ++p;
    const bool body = m.kind == MentionKind::kOrganization || kind_after || kind_before;
    if (p == m.first &&
        (prev.kind == MentionKind::kPerson || prev.kind == MentionKind::kName) &&
        (body || m.kind == MentionKind::kPlace) &&
        (body || TokenText(text_, tokens_[prev.last]) != "of")) {
      m.owner = prev.owner >= 0 ? prev.owner : index - 1;
      Entity& person = entities_[prev.entity];
      if (person.affiliation.empty() && body) person.affiliation = Text(m.first, m.last);
      if (kind_after || kind_before) entities_[m.entity].type = v1::SOURCE_TYPE_ORGANIZATION;
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

bool MentionFinder::BodyKindOpens(const Sentence& s, int k) const {
  const int head = k - 2;
  if (head <= s.first || !IsPunct(tokens_[k - 1], ',')) return false;
  const Token& t = tokens_[head];
  if (!IsWord(t) || t.upper ||
      ((t.classes & kOrgKind) == 0 && !lexicon::IsBusinessBeforeName(TokenText(text_, t)))) {
    return false;
  }
  // ("the fish buyers' association": an owner's plural apostrophe among them.)
  int det = head - 1, words = 0;
  while (det > s.first && words < 2) {
    if (mention_internal::PluralApostrophe(text_, tokens_, det)) {
      --det;
      continue;
    }
    if (!PlainLowercase(det) || lexicon::IsArticle(TokenText(text_, tokens_[det]))) break;
    --det;
    ++words;
  }
  if (!lexicon::IsDefiniteArticle(TokenText(text_, tokens_[det]))) return false;
  if (det == s.first) return true;
  const Token& before = tokens_[det - 1];
  return !IsWord(before) || (before.classes & kAffiliationPrep) == 0;
}

bool MentionFinder::PluralOwnerOfBody(int q, int last) const {
  const Token& t = tokens_[q];
  if (t.space_before || q + 1 >= last || !tokens_[q + 1].space_before ||
      (t.quote != QuoteMark::kSingleClose && t.quote != QuoteMark::kSingleEither) ||
      !IsNameToken(q + 1) || !tokens_[q + 1].upper || !PluralOfRole(q - 1)) {
    return false;
  }
  const int end = NameRunEnd(q + 1, last);
  return RunHasOrgWord(q + 1, end) || OrgHeadAt(end - 1);
}

bool MentionFinder::NationBodyAfterAnd(int first, int and_at, int end) const {
  return end - (and_at + 1) >= 2 && (tokens_[end - 1].classes & kNation) != 0 &&
         PortfolioRun(first, and_at) && PortfolioRun(and_at + 1, end - 1);
}

void MentionFinder::AdoptAcronymMetBefore(const std::string& acronym, const std::string& name) {
  const auto it = by_name_.find(acronym);
  if (it == by_name_.end() || by_name_.contains(name)) return;
  const int id = it->second;
  Entity& before = entities_[id];
  if (before.name != acronym || !before.aliases.empty() ||
      (before.type == v1::SOURCE_TYPE_PERSON && mention_internal::ShowsAPerson(before))) {
    return;
  }
  before.name = name;
  before.type = v1::SOURCE_TYPE_ORGANIZATION;
  by_name_[name] = id;  // may rehash: `it` is not used after this
  RenameAffiliations(acronym, name);
}

std::string MentionFinder::PartyOpening(int first, int last) const {
  if (first < 0 || last - first < 2 || !tokens_[first].upper ||
      !lexicon::IsPartyName(TokenText(text_, tokens_[first]))) {
    return "";
  }
  int end = first + 1;
  if (end + 1 < last && lexicon::IsPartySecondWord(TokenText(text_, tokens_[end]))) ++end;
  // ("Labor Secretary": a portfolio; "Conservative radio host": an outlook.)
  if (!lexicon::IsPartyPost(TokenText(text_, tokens_[last - 1]))) return "";
  return Text(first, end);
}

bool MentionFinder::PlaceByItsWords(int first, int last, int end) const {
  if (last - first >= 2 && lexicon::IsVenueHead(TokenText(text_, tokens_[last - 1]))) {
    // (After a preposition of place only: "Stuart Hall" is a person.)
    int before = first - 1;
    if (before > 0 && TokenText(text_, tokens_[before]) == "the") --before;
    const absl::string_view prep = before >= 0 ? TokenText(text_, tokens_[before]) : "";
    return prep != "from" && lexicon::IsPlacePreposition(prep);
  }
  if (last - first != 1 || last >= end) return false;
  int kind = last;  // "the Medina district"
  // "the Medina and Tilene districts": the next name shares the kind.
  if (TokenText(text_, tokens_[kind]) == "and" && kind + 1 < end && IsNameToken(kind + 1)) {
    kind = NameRunEnd(kind + 1, end);
    if (kind - last != 2) return false;
  }
  return kind < end && IsWord(tokens_[kind]) && !tokens_[kind].upper &&
         lexicon::IsAreaKind(TokenText(text_, tokens_[kind]));
}

bool MentionFinder::NameListWord(int k) const {
  const Token& t = tokens_[k];
  return IsNameToken(k) && t.upper && !t.all_caps &&
         (t.classes & (kOrgWord | kTitle | kHonorific | kCountry)) == 0 &&
         !by_name_.contains(TokenText(text_, t));
}

int MentionFinder::NameListEnd(int k, int comma, int last) const {
  // "Ministry of Mines, ...": a body's word and "of"/"for" before the list.
  bool portfolio = false;
  for (int i = k; i + 2 < comma; ++i) {
    portfolio = portfolio ||
                (tokens_[i].upper && (tokens_[i].classes & kOrgWord) != 0 && !tokens_[i + 1].upper &&
                 lexicon::IsPersonOrgConnector(TokenText(text_, tokens_[i + 1])));
  }
  bool plurals = PluralNameWord(comma - 1);  // "Nurses, Midwives and ..."
  int i = comma;
  while (i < last && IsPunct(tokens_[i], ',')) {
    if (i + 1 < last && TokenText(text_, tokens_[i + 1]) == "and") {  // ", and"
      ++i;
      break;
    }
    int e = i + 1;
    while (e < last && e - i <= 2 && NameListWord(e)) ++e;
    if (e == i + 1) return -1;
    plurals = plurals && e == i + 2 && PluralNameWord(i + 1);
    i = e;
  }
  if (i + 1 >= last || TokenText(text_, tokens_[i]) != "and" || !NameListWord(i + 1)) {
    return -1;
  }
  if (portfolio) return i + 1;
  // The last item names the members: "Allied Workers", "Traders Union" after
  // plurals only ("Barclays, Lloyds and NatWest Group" are three).
  const int end = NameRunEnd(i + 1, last);
  if (PluralOfRole(end - 1)) return i + 1;
  const bool body_end = (tokens_[end - 1].classes & kOrgWord) != 0 || OrgHeadAt(end - 1);
  return plurals && body_end && end - 2 > i && PluralNameWord(end - 2) ? i + 1 : -1;
}

bool MentionFinder::KindAfterAccording(const Sentence& s, int k) const {
  // "according to the operator, Austral Link": "according", "to", "the", the
  // kind and a comma right before the name.
  if (k < s.first + 5 || !IsPunct(tokens_[k - 1], ',') ||
      TokenText(text_, tokens_[k - 3]) != "the" || TokenText(text_, tokens_[k - 4]) != "to" ||
      !absl::EqualsIgnoreCase(TokenText(text_, tokens_[k - 5]), "according")) {
    return false;
  }
  const Token& kind = tokens_[k - 2];
  return IsWord(kind) && !kind.upper &&
         ((kind.classes & kOrgKind) != 0 ||
          lexicon::IsBusinessBeforeName(TokenText(text_, kind)));
}

bool MentionFinder::WordAfterNear(const Mention& m, const Sentence& s) const {
  // ("a farmer near Tarn"; "Staff in Leeds said" is left to the staff's
  // reading: "organizers in Cleveland" keep their modifier.)
  if (m.last - m.first != 1 || m.title_first >= 0 || m.first < s.first + 2 ||
      m.possessive) {
    return false;
  }
  const absl::string_view prep = TokenText(text_, tokens_[m.first - 1]);
  const Token& before = tokens_[m.first - 2];
  return prep == "near" && IsWord(before) &&
         (!before.upper || m.first - 2 == s.first) &&
         (lexicon::IsLocalGroupPlural(TokenText(text_, before)) ||
          mention_internal::IsRoleNoun(TokenText(text_, before)));
}

int MentionFinder::KindBeforeNaming(int k, int first) const {
  int p = k - 1;
  if (p > first && TokenText(text_, tokens_[p]) == "as") --p;
  if (p <= first || !lexicon::IsNamingParticiple(TokenText(text_, tokens_[p])) ||
      ((TokenText(text_, tokens_[p]) == "known") != (p == k - 2))) {
    return -1;
  }
  const Token& kind = tokens_[p - 1];
  return IsWord(kind) && !kind.upper && (kind.classes & kOrgKind) != 0 ? p - 1 : -1;
}

bool MentionFinder::KindBeforeSetOffName(const Mention& m, const Sentence& s) const {
  const Token& kind = tokens_[m.first - 2];
  return m.last + 1 < s.last && IsPunct(tokens_[m.last], ',') &&
         tokens_[m.last + 1].cue != 0 && IsWord(kind) && !kind.upper &&
         (kind.classes & kOrgKind) != 0 &&
         KindOpensItsClause(text_, tokens_, s.first, m.first - 2);
}

bool MentionFinder::PlaceAfterBodyIn(const Mention& m, const Sentence& s) const {
  if (m.title_first >= 0 || m.possessive || m.first < s.first + 2 ||
      TokenText(text_, tokens_[m.first - 1]) != "in") {
    return false;
  }
  const int body = MentionEndingAt(m.first - 2);
  return body >= 0 && mentions_[body].kind == MentionKind::kOrganization;
}

bool MentionFinder::ClubName(int first, int last) const {
  int short_first = 0, short_last = 0;
  return ClubShortName(first, last, &short_first, &short_last) && SportsStory();
}

bool MentionFinder::SportsStory() const {
  if (sports_story_ < 0) {
    sports_story_ = 0;
    for (const Token& t : tokens_) {
      if (IsWord(t) && !t.upper && lexicon::IsSportsStoryWord(TokenText(text_, t))) {
        sports_story_ = 1;
        break;
      }
    }
  }
  return sports_story_ == 1;
}

bool MentionFinder::ClubShortName(int first, int last, int* short_first,
                                  int* short_last) const {
  if (last - first < 2) return false;
  const absl::string_view opener = TokenText(text_, tokens_[first]);
  const absl::string_view closer = TokenText(text_, tokens_[last - 1]);
  int f = first, l = last;
  if (lexicon::IsClubMark(closer) || lexicon::IsClubSport(closer)) {
    --l;
  } else if (lexicon::IsClubMark(opener)) {
    ++f;
  } else {
    return false;
  }
  for (int i = f; i < l; ++i) {
    const Token& t = tokens_[i];
    if (!IsWord(t) || !t.upper || t.all_caps || t.possessive) return false;
  }
  *short_first = f;
  *short_last = l;
  return true;
}

bool MentionFinder::ForeignBodyOpens(int first, int last) const {
  int opener = first;
  if (last - first >= 3 && lexicon::IsForeignArticle(TokenText(text_, tokens_[first]))) {
    ++opener;
  }
  return lexicon::IsForeignOrgOpener(TokenText(text_, tokens_[opener]));
}

bool MentionFinder::IndefiniteArticleInBodyName(int k, int j, int last) const {
  if (j + 2 >= last || !IsWord(tokens_[j]) || tokens_[j].upper ||
      (tokens_[j].classes & kNameConnector) == 0 || !IsWord(tokens_[j + 1]) ||
      tokens_[j + 1].upper || !IsNameToken(j + 2)) {
    return false;
  }
  const absl::string_view article = TokenText(text_, tokens_[j + 1]);
  return lexicon::IsArticle(article) && !lexicon::IsDefiniteArticle(article) &&
         RunHasOrgWord(k, j);
}

int MentionFinder::NameRunEnd(int k, int last) const {
  int e = k;
  while (e < last && e - k < kMaxNameTokens && IsNameToken(e)) ++e;
  return e;
}

bool MentionFinder::IsParticle(int k) const {
  const Token& t = tokens_[k];
  if (t.kind != TokenKind::kWord || t.upper) return false;
  const absl::string_view w = TokenText(text_, t);
  if ((t.classes & kNameConnector) == 0) return lexicon::IsLowercaseParticle(w);
  return !lexicon::IsNonParticleConnector(w);
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

}  // namespace factwire
