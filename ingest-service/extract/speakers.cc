// The core of SpeakerFinder: the subject before a cue (Left) and the noun
// phrases, pronouns and mentions it is built from.
#include "ingest-service/extract/speakers.h"

#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "ingest-service/extract/lexicon/figure_context_words.h"
#include "ingest-service/extract/lexicon/lexicon.h"
#include "ingest-service/extract/lexicon/role_words.h"
#include "ingest-service/extract/lexicon/speech_words.h"
#include "ingest-service/extract/lexicon/word_table.h"
#include "ingest-service/extract/mention_internal.h"
#include "ingest-service/extract/speaker_internal.h"

namespace factwire {

using speaker_internal::kMaxNominalTokens;
using speaker_internal::kNotAgent;
using speaker_internal::kMaxPartyTagTokens;
using speaker_internal::kMaxParenTokens;
using speaker_internal::kMaxAntecedentTokens;

namespace {

// Mentions searched back for the one body a "the <noun>" repeats
// (SoleBodyWithHead()).
constexpr int kMaxBodyLookback = 64;

// Up to this many capitalised words name a place after "in" (PlaceAfterIn()).
constexpr int kMaxInPlaceTokens = 3;

// For a name `m` without a title, of one to kMaxInPlaceTokens words, right
// after a lowercase "in" that follows a lowercase word after `lo` ("the health
// board in Dumfries", "fishermen in Cornwall"): the token of that "in", else
// -1. Such a name is where the words before it are, not one who speaks.
int PlaceAfterIn(absl::string_view text, const std::vector<Token>& tokens, const Mention& m,
                 int lo) {
  const int in = m.first - 1;
  if (m.title_first >= 0 || m.last - m.first > kMaxInPlaceTokens || in - 1 <= lo ||
      (m.kind != MentionKind::kName && m.kind != MentionKind::kPerson)) {
    return -1;
  }
  const Token& before = tokens[in - 1];
  return TokenText(text, tokens[in]) == "in" && before.kind == TokenKind::kWord &&
                 !before.upper && !before.possessive
             ? in
             : -1;
}

// True when cue word `k` stands as an adjective inside a noun phrase: a
// lowercase "-ing" form between an article (at or after `lo`) and a lowercase
// word ("the ruling party", "a governing council"), where no verb can stand.
bool CueAsModifier(absl::string_view text, const std::vector<Token>& tokens, int k, int lo) {
  if (k - 1 < lo || k + 1 >= static_cast<int>(tokens.size())) return false;
  const Token& t = tokens[k];
  const Token& next = tokens[k + 1];
  return t.kind == TokenKind::kWord && !t.upper && next.kind == TokenKind::kWord &&
         !next.upper && absl::EndsWith(TokenText(text, t), "ing") &&
         lexicon::IsArticle(TokenText(text, tokens[k - 1]));
}

// Tokens after a name's comma searched for its age ("Lina Okoro, a
// 17-year-old from Ghent,").
constexpr int kMaxAgeAppositiveTokens = 4;

// Digits at most in a bare age after a name's comma ("Lina Okoro, 17,").
constexpr size_t kMaxAgeDigits = 3;

// True when token `t` gives an age in a noun phrase: a "-year-old" number
// ("the 17-year-old") or a noun of age in any case ("teenager Lina Okoro",
// "Teenager Lina Okoro" read as one name).
bool IsAgeWord(absl::string_view text, const Token& t) {
  const absl::string_view w = TokenText(text, t);
  return absl::EndsWith(w, "year-old") ||
         (t.kind == TokenKind::kWord && lexicon::IsPersonAgeNoun(absl::AsciiStrToLower(w)));
}

// True when person mention `m` is given an age where it stands: an age word
// before its name ("the 17-year-old Lina Okoro", "teenager Lina Okoro") or
// after its comma ("Lina Okoro, 17,", "Lina Okoro, a 17-year-old from Ghent,").
bool MentionGivenAge(absl::string_view text, const std::vector<Token>& tokens, const Mention& m) {
  const int n = static_cast<int>(tokens.size());
  for (int k = std::max(m.start() - 1, 0); k <= m.first; ++k) {
    if (IsAgeWord(text, tokens[k])) return true;
  }
  if (m.last + 1 >= n || !IsPunct(tokens[m.last], ',')) return false;
  const Token& next = tokens[m.last + 1];
  const absl::string_view digits = TokenText(text, next);
  if (next.kind == TokenKind::kNumber && digits.size() <= kMaxAgeDigits &&
      std::all_of(digits.begin(), digits.end(), absl::ascii_isdigit)) {
    return true;
  }
  for (int k = m.last + 1; k < n && k <= m.last + kMaxAgeAppositiveTokens; ++k) {
    if (IsPunct(tokens[k], ',')) break;
    if (IsAgeWord(text, tokens[k])) return true;
  }
  return false;
}

// True when entity `e` is given an age (MentionGivenAge) in a mention before
// token `det`: who "the teenager" or "the pensioner" there may refer back to.
bool GivenAgeBefore(absl::string_view text, const std::vector<Token>& tokens,
                    const std::vector<Mention>& mentions, int e, int det) {
  for (const Mention& m : mentions) {
    if (m.first >= det) break;
    if (m.entity == e && MentionGivenAge(text, tokens, m)) return true;
  }
  return false;
}

}  // namespace

SpeakerFinder::SpeakerFinder(absl::string_view text, const std::vector<Token>& tokens,
                             const MentionFinder& mentions,
                             const std::vector<QuoteSpan>& quotes)
    : text_(text), tokens_(tokens), mentions_(mentions), quoted_(tokens.size(), false) {
  // (std::fill sets a vector<bool>'s whole words at once, not bit by bit.)
  for (const QuoteSpan& q : quotes) {
    const int end = std::min(q.close, static_cast<int>(quoted_.size()));
    if (q.open + 1 < end) std::fill(quoted_.begin() + (q.open + 1), quoted_.begin() + end, true);
  }
}

bool SpeakerFinder::IsFiller(int k) const {
  const Token& t = tokens_[k];
  if (t.kind != TokenKind::kWord || t.upper) return false;
  if ((t.classes & kFiller) != 0) return true;
  const absl::string_view w = TokenText(text_, t);
  return w.size() > 4 && absl::EndsWith(w, "ly") && (t.classes & kCue) == 0;
}

bool SpeakerFinder::IsTimeBeforeCue(int k) const {
  const Token& t = tokens_[k];
  if (t.kind != TokenKind::kWord || t.possessive) return false;
  if ((t.classes & kTimeWord) != 0) return true;
  // "on Thursday", "last week": the word that opens the time.
  if (t.upper || k + 1 >= static_cast<int>(tokens_.size()) ||
      (tokens_[k + 1].classes & kTimeWord) == 0) {
    return false;
  }
  return lexicon::IsTimeOpener(TokenText(text_, t));
}

bool SpeakerFinder::IsAgentNoun(int k) const {
  // "strategists", "organizer", "politicians": agent nouns speak.
  return !tokens_[k].upper && HasAgentEnding(tokens_[k]);
}

bool SpeakerFinder::CountedPlural(int k, int lo) const {
  const Token& t = tokens_[k];
  if (k - 1 < lo || t.kind != TokenKind::kWord || t.upper || t.possessive ||
      (t.classes & (kTimeWord | kNotAgent)) != 0) {
    return false;
  }
  const absl::string_view w = TokenText(text_, t);
  if (w.size() < 4 || !absl::EndsWith(w, "s") || absl::EndsWith(w, "ss")) return false;
  const absl::string_view q = TokenText(text_, tokens_[k - 1]);
  if (!(lexicon::IsQuantifierPronoun(q) && !lexicon::IsNegativeQuantifier(q)) &&
      !(IsNumeral(k - 1) && tokens_[k - 1].kind == TokenKind::kWord)) {
    return false;
  }
  // ("He has several times said": the count opens no clause.)
  const int before = k - 2;
  return before < lo || tokens_[before].kind != TokenKind::kWord ||
         lexicon::IsClauseJoin(TokenText(text_, tokens_[before]));
}

bool SpeakerFinder::NamesPersonByRole(int k) const {
  return (tokens_[k].classes & (kTitle | kTitleHead | kSpeakerNoun)) != 0 || IsAgentNoun(k);
}

bool SpeakerFinder::HasAgentEnding(const Token& t) const {
  if ((t.classes & kNotAgent) != 0) return false;
  const absl::string_view w = TokenText(text_, t);
  return HasAgentSuffix(w) && !absl::EndsWith(w, "ent");  // "president" is a title
}

Speaker SpeakerFinder::FromMention(int m) const {
  const Mention& mention = mentions_.mentions()[m];
  if (mention.owner >= 0) return FromMention(mention.owner);
  Speaker s;
  s.first = mention.start();
  s.last = mention.last;
  // "Others said", "Some chanted": a quantifier opening a sentence names no one.
  if (s.last == s.first + 1 &&
      lexicon::IsQuantifierPronoun(TokenText(text_, tokens_[s.first]))) {
    s.anonymous = true;
    return s;
  }
  s.entity = mention.entity;
  // "The Magistrate refused bail": the person named before with that title.
  return WithTitleHolder(s);
}

Speaker SpeakerFinder::Pronoun(int k) const {
  Speaker s;
  const Token& t = tokens_[k];
  if (t.kind != TokenKind::kWord) return s;
  const absl::string_view w = TokenText(text_, t);
  if (t.classes == 0 && lexicon::IsPronounContraction(w)) {
    // "they’ve suggested": the pronoun with its auxiliary, unresolved.
    s.first = k;
    s.last = k + 1;
    s.pronoun = true;
    return s;
  }
  if ((t.classes & (kPersonPronoun | kOtherPronoun)) == 0 || t.all_caps)
    return s;  // not "WHO"
  if (w == "it" || w == "It" || w == "who" || w == "you" || w == "You") return s;
  s.first = k;
  s.last = k + 1;
  s.pronoun = true;
  if ((t.classes & kPersonPronoun) != 0) {
    s.entity = PersonForPronoun(k, mentions_.ResolvePronoun(k));
  }
  return s;
}

Speaker SpeakerFinder::NominalEndingAt(int k, int lo) const {
  // (A strict Left() that finds no one and the loose one asked next, as for an
  // opening noun phrase, read the same phrase one after the other.)
  NominalQuery& last = last_nominal_;
  if (k != last.k || lo != last.lo) last = {k, lo, ReadNominalEndingAt(k, lo)};
  return last.result;
}

Speaker SpeakerFinder::ReadNominalEndingAt(int k, int lo) const {
  Speaker s;
  const Token& head = tokens_[k];
  // "the department said": an organisation kind speaks when it names an
  // organisation met earlier.
  if (head.kind != TokenKind::kWord || head.possessive) return s;
  // (Described() asks the same question of the head: its answer is kept.)
  constexpr int kNotAsked = -2;
  int description = kNotAsked;
  if ((head.classes & (kSpeakerNoun | kTitleHead)) == 0 && !IsAgentNoun(k) &&
      !mentions_.IsGroupPlural(k) && !CountedPlural(k, lo)) {
    description = mentions_.ResolveDescription(k);
    if (description < 0) return s;
  }
  int first = k;
  while (first - 1 >= lo && k - first < kMaxNominalTokens) {
    const Token& t = tokens_[first - 1];
    // (A word owning a "'s" is no verb: "the state's chief auditor".)
    if (t.kind != TokenKind::kWord ||
        ((t.classes & (kCue | kFiller)) != 0 && !tokens_[first].possessive &&
         !CueAsModifier(text_, tokens_, first - 1, lo))) {
      break;
    }
    const absl::string_view w = TokenText(text_, t);
    if (w == "the" || w == "a" || w == "an" || w == "of") break;
    // "..., but Republicans say": a clause join is no part of the phrase; nor is
    // the "that" opening a reported clause ("said that tracking data showed").
    if (lexicon::IsClauseJoin(w) || w == "that") break;
    // "a water crisis after figures showed", "As one crofter put it": a
    // subordinator opens the clause.
    if (t.upper ? lexicon::IsClauseOpener(w) : lexicon::IsSubordinator(w)) break;
    if (w == "as") break;  // "... ‘cut corners’ as anglers describe ...": a clause opens
    // "Okafor tweaked his campaign promise": a possessive determiner opens the
    // phrase; the words before it are another clause (not after "to": "an
    // adviser to his campaign" goes on).
    if (!t.upper && lexicon::IsPossessiveDeterminer(w) &&
        (first - 2 < lo || TokenText(text_, tokens_[first - 2]) != "to")) {
      --first;
      break;
    }
    if ((t.classes & (kAffiliationPrep | kRelative | kPersonPronoun | kOtherPronoun)) !=
            0 &&
        !t.all_caps) {
      break;  // "WHO officials": an acronym, not the pronoun
    }
    --first;
  }
  s.first = first;
  s.last = k + 1;
  s.anonymous = true;
  return description == kNotAsked ? Described(s) : Described(s, description);
}

int SpeakerFinder::ArticleBefore(const Speaker& s) const {
  for (int d = s.last - 2; d >= 0 && d >= s.last - 4; --d) {
    const absl::string_view w = TokenText(text_, tokens_[d]);
    if (w == "the" || w == "The") return d;
  }
  return -1;
}

Speaker SpeakerFinder::Described(Speaker s) const {
  // "The agency said": the organisation of that kind named earlier.
  return Described(s, mentions_.ResolveDescription(s.last - 1));
}

Speaker SpeakerFinder::Described(Speaker s, int description) const {
  const int det = ArticleBefore(s);
  int org = description;
  // "the judge said": the person named earlier with that title.
  if (org < 0 && det >= 0 && det == s.last - 2) org = mentions_.ResolveTitle(s.last - 1);
  // "the chief executive said" after "Ana Lee, the chief executive of ...".
  if (org < 0 && det >= 0 && det == s.first - 1 && det < s.last - 2) {
    org = HolderOfTitlePhrase(s);
  }
  if (org < 0 && s.anonymous) org = StaffEmployer(s.last - 1);
  // "The country's top auditor, Ana Lima, ... The country's top auditor
  // said": the person named with the title before.
  if (org < 0 && s.anonymous) {
    // (The article may open the phrase or stand right before it.)
    int article = det;
    for (int k = s.first; article < 0 && k >= std::max(s.first - 1, 0); --k) {
      // ("A police officer said" after "Tom Hale, a police officer,": another.)
      if (lexicon::IsDefiniteArticle(TokenText(text_, tokens_[k]))) article = k;
    }
    org = RepeatedTitleHolder(article, s);
  }
  if (org < 0 && s.anonymous) org = LaterTitleHolder(s);
  // "The chamber said" after "the Coastal Aquaculture Chamber".
  if (org < 0 && s.anonymous && det >= 0 && det == s.last - 2) org = SoleBodyWithHead(det);
  if (org < 0) {
    if (det >= 0 && s.anonymous) FindAntecedent(det, &s);
    return s;
  }
  s.entity = org;
  s.anonymous = false;
  if (det >= 0) s.first = std::min(s.first, det);
  return s;
}

int SpeakerFinder::SoleBodyWithHead(int det) const {
  const int head = det + 1;
  const Token& h = tokens_[head];
  // (A kind ResolveDescription reads, or a person's role, is not asked here.)
  if (h.kind != TokenKind::kWord || h.upper || h.possessive ||
      (h.classes & (kOrgKind | kSpeakerNoun | kTitle | kTitleHead)) != 0) {
    return -1;
  }
  const absl::string_view word = TokenText(text_, h);
  const std::vector<Mention>& all = mentions_.mentions();
  auto it = std::lower_bound(all.begin(), all.end(), det,
                             [](const Mention& m, int j) { return m.first < j; });
  int body = -1;
  for (int steps = 0; it != all.begin() && steps < kMaxBodyLookback; ++steps) {
    --it;
    if (it->entity < 0 || it->entity == body) continue;
    const Entity& e = mentions_.entities()[it->entity];
    if (e.type != v1::SOURCE_TYPE_ORGANIZATION) continue;
    const bool ends = e.name.size() > word.size() && speaker_internal::EndsInWords(e.name, word);
    if (!ends && !AppositiveOfHead(*it, word)) continue;
    if (body >= 0) return -1;  // two such bodies: "the chamber" is neither
    body = it->entity;
  }
  return body;
}

bool SpeakerFinder::AppositiveOfHead(const Mention& m, absl::string_view word) const {
  const int first = m.start();
  return first >= 3 && IsPunct(tokens_[first - 1], ',') &&
         TokenText(text_, tokens_[first - 2]) == word &&
         lexicon::IsDefiniteArticle(TokenText(text_, tokens_[first - 3]));
}

int SpeakerFinder::HolderOfTitlePhrase(const Speaker& s) const {
  if (s.last - s.first > kMaxNominalTokens) return -1;
  for (int k = s.first; k < s.last; ++k) {
    const Token& t = tokens_[k];
    if (t.kind != TokenKind::kWord || t.upper || t.possessive) return -1;
  }
  const int e = mentions_.ResolveTitle(s.last - 1);
  if (e < 0) return -1;
  // The whole phrase ends the title, not its head alone ("the deputy mayor" is
  // not the mayor).
  const absl::string_view title = mentions_.entities()[e].title;
  const absl::string_view phrase =
      text_.substr(tokens_[s.first].begin, tokens_[s.last - 1].end - tokens_[s.first].begin);
  if (!speaker_internal::EndsInWords(title, phrase)) return -1;
  return TitleGivenToAnother(e, s) ? -1 : e;
}

bool SpeakerFinder::TitleGivenToAnother(int e, const Speaker& s) const {
  const int det = s.first - 1;
  const int len = s.last - s.first;
  const int lo = std::max(det - kMaxAntecedentTokens, 0);
  const absl::string_view head = TokenText(text_, tokens_[s.last - 1]);
  for (int j = LastSameWord(det - 1, lo, head); j > len; j = LastSameWord(j - 1, lo, head)) {
    if (InTitleOf(e, j)) return false;  // the holder's own title phrase
    bool same = true;  // the phrase's words end there ("executive" alone may not)
    for (int k = 1; k < len && same; ++k) {
      same = TokenText(text_, tokens_[j - k]) == TokenText(text_, tokens_[s.last - 1 - k]);
    }
    // ("a chief executive forum": no holder; "the chief executive" again
    // repeats it; "who became chief executive" names no one new.)
    if (same && EndsTitlePhrase(j) && OpensAnotherHolder(j - len)) return true;
  }
  return false;
}

bool SpeakerFinder::EndsTitlePhrase(int j) const {
  if (j + 1 >= static_cast<int>(tokens_.size())) return true;
  const Token& n = tokens_[j + 1];
  return n.kind != TokenKind::kWord || n.cue != 0 || (n.classes & kAffiliationPrep) != 0 ||
         absl::EndsWith(TokenText(text_, n), "ed");
}

bool SpeakerFinder::OpensAnotherHolder(int before) const {
  const Token& b = tokens_[before];
  const absl::string_view w = TokenText(text_, b);
  if (b.possessive ||
      ((lexicon::IsArticle(w) || lexicon::IsTitleOwner(w)) && !lexicon::IsDefiniteArticle(w))) {
    return true;  // "The rival firm's", "A", "their"
  }
  // "the deputy chief executive", "A rival chief executive": one lowercase
  // modifier after a determiner.
  if (before == 0 || b.kind != TokenKind::kWord || b.upper || lexicon::IsDefiniteArticle(w)) {
    return false;
  }
  const Token& d = tokens_[before - 1];
  const absl::string_view dw = TokenText(text_, d);
  return d.possessive || lexicon::IsArticle(dw) || lexicon::IsTitleOwner(dw);
}

bool SpeakerFinder::InTitleOf(int e, int j) const {
  const std::vector<Mention>& all = mentions_.mentions();
  auto it = std::upper_bound(all.begin(), all.end(), j,
                             [](int k, const Mention& m) { return k < m.first; });
  for (int steps = 0; it != all.begin() && steps < kMaxNominalTokens; ++steps) {
    --it;
    if (it->entity != e) continue;
    if (it->appositive_end > j ||
        (it->title_first >= 0 && it->title_first <= j && j < it->title_last)) {
      return true;
    }
  }
  // "Fiji Airways' chief executive, Ana Lee,": the name right after it.
  for (int k = j + 1; k <= j + 2 && k < static_cast<int>(tokens_.size()); ++k) {
    const int m = mentions_.MentionStartingAt(k);
    if (m >= 0) return all[m].entity == e;
  }
  return false;
}

bool SpeakerFinder::IsEpithet(int det, int head) const {
  const Token& h = tokens_[head];
  const absl::string_view w = TokenText(text_, h);
  // "the 19-year-old" is one number token.
  if (h.kind == TokenKind::kNumber && !h.possessive && absl::EndsWith(w, "-year-old")) {
    return true;
  }
  if (h.kind != TokenKind::kWord || h.possessive || h.all_caps ||
      (h.classes & (kSpeakerNoun | kOrgKind | kCountry)) != 0) {
    return false;
  }
  if (absl::EndsWith(w, "s")) return false;  // "the Democrats", "the Smiths"
  // A nationality or a people ("the Dutchman", "the Kenyan"), an occupation
  // ("the striker", "the actress"), or an age ("the 22-year-old", "the
  // teenager").
  if (h.upper || (h.classes & (kTitle | kTitleHead)) != 0 ||
      absl::EndsWith(w, "-year-old") || lexicon::IsPersonAgeNoun(w)) {
    return true;
  }
  for (int k = det + 1; k < head; ++k) {
    if (tokens_[k].kind == TokenKind::kNumber) return true;
  }
  return false;
}

void SpeakerFinder::FindAntecedent(int det, Speaker* s) const {
  // "According to the city's environmental agency, ... The agency said": the
  // same unnamed source.
  const int head = s->last - 1;
  const absl::string_view word = TokenText(text_, tokens_[head]);
  if (tokens_[head].upper) return;
  const int lo = std::max(det - kMaxAntecedentTokens, 0);
  for (int j = LastSameWord(det - 1, lo, word); j >= 0; j = LastSameWord(j - 1, lo, word)) {
    if (tokens_[j].possessive || tokens_[j].upper) continue;
    int first = j;
    while (first > 0 && j - first < kMaxNominalTokens) {
      const Token& p = tokens_[first - 1];
      if (p.kind != TokenKind::kWord ||
          (!p.possessive && (p.classes & (kStarter | kAffiliationPrep | kCue |
                                          kRelative | kFiller)) != 0) ||
          lexicon::IsPhraseBreakWord(TokenText(text_, p))) {
        break;
      }
      --first;
    }
    if (tokens_[first].possessive) ++first;
    if (first == j && j + 1 < static_cast<int>(tokens_.size())) {
      // "a spokesman for the agency": the phrase runs on to its organisation.
      const Token& n = tokens_[j + 1];
      if ((n.classes & kAffiliationPrep) != 0 && !n.upper) {
        int k = j + 2;
        if (k < det && TokenText(text_, tokens_[k]) == "the") ++k;
        if (const int m = mentions_.MentionStartingAt(k); m >= 0) {
          s->name_first = first;
          s->name_last = mentions_.mentions()[m].last;
          return;
        }
      }
    }
    if (first == j) return;  // "the agency" again: nothing more to name
    s->name_first = first;
    s->name_last = j + 1;
    return;
  }
}

int SpeakerFinder::RepeatedTitleHolder(int det, const Speaker& s) const {
  if (det < 0 || det + 1 >= s.last) return -1;
  const int head = s.last - 1;
  // Only a noun that names a person repeats a title (PersonInApposition asks
  // the same of the earlier, identical word): no look back for the others.
  if (!NamesPersonByRole(head)) return -1;
  const int j = LastSameWord(det - 1, std::max(det - kMaxAntecedentTokens, 0),
                             TokenText(text_, tokens_[head]));
  return j >= 0 ? PersonInApposition(j, det + 1, s.last) : -1;
}

int SpeakerFinder::LaterTitleHolder(const Speaker& s) const {
  int owner = s.first;
  if (lexicon::IsDefiniteArticle(TokenText(text_, tokens_[owner]))) ++owner;
  int p = owner + 1;  // the "'s"
  while (p < s.last && !tokens_[p].possessive) ++p;
  if (p + 1 >= s.last || p - owner > 2) return -1;
  const auto text = [&](int first, int last) {
    return text_.substr(tokens_[first].begin, tokens_[last - 1].end - tokens_[first].begin);
  };
  const absl::string_view of = text(owner, p);            // "union"
  const absl::string_view title = text(p + 1, s.last);    // "chief executive"
  const std::vector<std::string> wanted = {absl::StrCat(title, " of the ", of),
                                           absl::StrCat(title, " at the ", of),
                                           absl::StrCat(title, " of ", of)};
  int found = -1;
  for (size_t e = 0; e < mentions_.entities().size(); ++e) {
    const Entity& x = mentions_.entities()[e];
    if (x.type != v1::SOURCE_TYPE_PERSON) continue;
    const bool fits = std::any_of(wanted.begin(), wanted.end(), [&](const std::string& w) {
                        return absl::EqualsIgnoreCase(x.title, w);
                      }) ||
                      (absl::EqualsIgnoreCase(x.title, title) &&
                       mention_internal::NameHasWord(x.affiliation, of));
    if (!fits) continue;
    if (found >= 0) return -1;  // two holders: none
    found = static_cast<int>(e);
  }
  return found;
}

int SpeakerFinder::LastSameWord(int from, int lo, absl::string_view word) const {
  // (Described asks RepeatedTitleHolder, then FindAntecedent, the same first
  // question: the last one asked is kept.)
  LastWordQuery& last = last_word_query_;
  if (from == last.from && lo == last.lo && word.data() == last.word.data() &&
      word.size() == last.word.size()) {
    return last.found;
  }
  last = {from, lo, word, -1};
  // The size first, then the bytes inline (SameWordBytes, no memcmp call): most
  // tokens differ in size, and those of the same size in their first bytes.
  const size_t size = word.size();
  for (int j = from; j >= lo; --j) {
    const Token& t = tokens_[j];
    if (static_cast<size_t>(t.end - t.begin) == size &&
        SameWordBytes(text_.data() + t.begin, word.data(), size) &&
        t.kind == TokenKind::kWord && !quoted_[j]) {
      last.found = j;
      return j;
    }
  }
  return -1;
}

int SpeakerFinder::PersonInApposition(int head, int first, int last) const {
  const int n = static_cast<int>(tokens_.size());
  if (head + 2 >= n || !IsPunct(tokens_[head + 1], ',') || head - (last - first) + 1 < 0) {
    return -1;
  }
  // A title names a person ("auditor", "chief"), not a thing ("In the cable,
  // Stevens wrote").
  if (!NamesPersonByRole(head)) return -1;
  // The noun heads the title ("the plant's largest union"), not a phrase
  // after its preposition ("president of the plant's largest union").
  for (int k = head - 1; k >= 0 && head - k <= kMaxNominalTokens + 1; --k) {
    if (tokens_[k].kind != TokenKind::kWord) break;
    if (IsAgentPreposition(k)) return -1;
  }
  // The later phrase repeats the end of the earlier one ("the auditor", "the
  // country's top auditor"), not another owner's ("the rival club's coach").
  for (int k = last - 1, e = head; k >= first; --k, --e) {
    if (!absl::EqualsIgnoreCase(TokenText(text_, tokens_[k]), TokenText(text_, tokens_[e])))
      return -1;
  }
  // The name after the comma (its mention may take the title in), else the
  // person whose appositive the comma closes (its mention's, or one opening
  // with an article).
  int m = -1;
  for (int k = head + 2; k < n && k < head + 2 + kMaxNominalTokens && m < 0; ++k) {
    m = MentionEndingAt(k);
    // (The name closes the apposition with a comma.)
    if (m >= 0 && (mentions_.mentions()[m].first != head + 2 || k + 1 >= n ||
                   !IsPunct(tokens_[k + 1], ','))) {
      m = -1;
    }
  }
  if (m < 0) m = mentions_.MentionWithAppositiveEndingAt(head + 1);
  // ("Ana Lima, the country's top auditor, warned": the appositive's person.)
  if (m < 0) return PersonBeforeAppositive(head + 1, 0);
  const Mention& named = mentions_.mentions()[m];
  return (named.kind == MentionKind::kPerson || named.kind == MentionKind::kName) &&
                 named.entity >= 0 &&
                 mentions_.entities()[named.entity].type == v1::SOURCE_TYPE_PERSON
             ? named.entity
             : -1;
}

Speaker SpeakerFinder::NominalStartingAt(int k, int hi) const {
  for (int j = k; j < hi && j < k + kMaxNominalTokens; ++j) {
    const Token& t = tokens_[j];
    if (t.kind != TokenKind::kWord) break;
    if ((t.classes & (kSpeakerNoun | kTitleHead)) != 0) {
      // "the official" -> "official": determiners are not part of the mention.
      return NominalEndingAt(CompoundHeadEnd(j, hi), k);
    }
    // "a WHO spokesperson": an acronym is no relative pronoun.
    if ((t.classes & (kCue | kRelative)) != 0 && !t.all_caps) break;
  }
  return Speaker{};
}

int SpeakerFinder::CompoundHeadEnd(int k, int hi) const {
  while (k + 1 < hi) {
    const Token& t = tokens_[k + 1];
    if (t.kind != TokenKind::kWord || t.upper || t.cue != 0 ||
        (t.classes & (kCue | kRelative)) != 0 || !NamesPersonByRole(k + 1)) {
      break;
    }
    ++k;
  }
  return k;
}

Speaker SpeakerFinder::Left(int cue, int lo, bool loose) const {
  // "The mayor went on to say that": the subject of "went on" speaks.
  if (cue - 3 >= lo && TokenText(text_, tokens_[cue - 1]) == "to" &&
      TokenText(text_, tokens_[cue - 2]) == "on" &&
      lexicon::IsGoingOnVerb(TokenText(text_, tokens_[cue - 3]))) {
    return Left(cue - 3, lo, loose);
  }
  int j = cue - 1;
  while (j >= lo && (IsFiller(j) || IsTimeBeforeCue(j))) --j;
  if (j < lo) return Speaker{};
  // "Joe Scarborough, host of “Morning Joe,” suggested": the comma before a
  // closing quote mark closes the aside.
  if (j - 1 > lo && tokens_[j].kind == TokenKind::kQuote && !tokens_[j].space_before &&
      IsPunct(tokens_[j - 1], ',')) {
    --j;
  }
  const Token& t = tokens_[j];
  // "The company cut 400 jobs. It added that ...": "it" opening its sentence
  // (or a clause after ", and": "..., and it warned that ...") before the cue is
  // the organisation named last.
  // (So does "it" in an attribution set off by commas: "That backlog, it said,
  // was the main cause".)
  const bool opens_clause =
      j == lo || j == 0 || IsPunct(tokens_[j - 1], ';') || ParentheticalAttribution(j, cue) ||
      (j - 2 >= lo && IsPunct(tokens_[j - 2], ',') && tokens_[j - 1].kind == TokenKind::kWord &&
       (TokenText(text_, tokens_[j - 1]) == "and" || TokenText(text_, tokens_[j - 1]) == "but"));
  // ("In the statement, it said, “…”": after a short opening adverbial too,
  // when an organisation was named.)
  const bool it = t.kind == TokenKind::kWord &&
                  (TokenText(text_, t) == "It" || TokenText(text_, t) == "it");
  const int org = it && (opens_clause || (j > lo && OpeningAdverbialEnd(lo, cue) == j - 1))
                      ? mentions_.LatestOrganization(j)
                      : -1;
  if (it && (opens_clause || org >= 0)) {
    // (With no organisation named, "It added, “…”" is still someone's: a letter,
    // a statement, an advert named before; the pronoun itself speaks.)
    Speaker s;
    s.first = j;
    s.last = j + 1;
    s.pronoun = true;
    s.entity = org;
    return s;
  }
  // "Critics, however, say": a sentence adverb between commas.
  if (IsPunct(t, ',') && j - 2 > lo && IsPunct(tokens_[j - 2], ',') &&
      tokens_[j - 1].kind == TokenKind::kWord && !tokens_[j - 1].upper &&
      (tokens_[j - 1].classes & kSentenceAdverb) != 0) {
    return Left(j - 2, lo, loose);
  }
  if (IsPunct(t, ',')) {
    // "The Minister for Roads, Jane Doe, said": the person after the title.
    if (Speaker named = NamedAfterTitlePhrase(j, lo); named.found()) return named;
    if (const int m = mentions_.MentionWithAppositiveEndingAt(j); m >= 0) {
      const int outer = OuterPerson(m);
      // "Later he thanked Rosa Kim, the relief coordinator, saying": before a
      // participle, a name with its appositive speaks only when it opens the
      // clause; after a verb or preposition it is the object.
      if ((tokens_[cue].cue & kCueParticiple) != 0 && !OpensClauseAt(mentions_.mentions()[outer], lo))
        return Speaker{};
      // "a spokeswoman for Tri-County Power, a cooperative ..., said".
      if (Speaker agent = AgentFor(mentions_.mentions()[outer], lo); agent.found()) {
        const int named = MentionEndingAt(j - 1);
        return named >= 0 && NamesAgent(agent, named) ? FromMention(named) : agent;
      }
      return FromMention(outer);
    }
    if (const int m = BodyAfterDescription(j, lo); m >= 0) return FromMention(m);
    if (const int open = AsideOpening(j, lo); open >= 0) return Left(open, lo, loose);
    if (const int open = SpeakingAsideOpening(j, lo); open >= 0) return Left(open, lo, loose);
    if (Speaker r = BeforeRelativeClause(j, lo); r.found()) return r;
    if ((tokens_[cue].cue & kCueParticiple) != 0) return Speaker{};
    if (Speaker named = BeforeAsides(j, lo); named.found()) return named;
    return NominalBeforeAppositive(j, lo);
  }
  if (t.punct == 'D' && j - 2 > lo) {
    // "Joyce — who is listed as an attorney — told": a dash aside after a name
    // (only words and commas inside it).
    for (int d = j - 2; d > lo && j - d <= kMaxParenTokens; --d) {
      const Token& x = tokens_[d];
      if (x.punct == 'D') {
        return MentionEndingAt(d - 1) >= 0 ? Left(d, lo, loose) : Speaker{};
      }
      if (x.kind != TokenKind::kWord && x.kind != TokenKind::kNumber && !IsPunct(x, ','))
        break;
    }
    return Speaker{};
  }
  if (IsPunct(t, ')') && MentionEndingAt(j) < 0) {
    // "Governor Mary Fallin (R-OK) said": skip the parenthesis.
    int k = j - 1;
    while (k > lo && !IsPunct(tokens_[k], '(') && j - k < kMaxParenTokens) --k;
    if (k > lo && IsPunct(tokens_[k], '(')) return Left(k, lo, loose);
    return Speaker{};
  }
  // "Nurses reached by the Evening Courier said": the subject before the
  // participle, when it opens the clause (not "a poll of 1,500 parents
  // commissioned by KidsCan found", where the participle may modify the poll).
  if (const int p = ParticipleBeforeAgent(j, lo); p >= 0) {
    const Speaker s = Left(p, lo, loose);
    if (s.found() && (s.first == lo || (tokens_[s.first - 1].kind != TokenKind::kWord &&
                                        tokens_[s.first - 1].kind != TokenKind::kNumber))) {
      return s;
    }
  }
  if (t.possessive && MentionEndingAt(j) < 0) return Speaker{};  // not "Moody's"
  if (const int m = mentions_.MentionEndingAt(j); m >= 0) {
    const Mention& mention = mentions_.mentions()[m];
    if (mention.possessive) return Speaker{};
    // "“…,” the Dutchman said": a lone capitalised singular noun after "the"
    // names no one; it is an epithet for someone named before.
    const bool noun_after_the =
        loose && mention.kind == MentionKind::kName && mention.last - mention.first == 1 &&
        mention.first > lo && mention.title_first < 0 &&
        TokenText(text_, tokens_[mention.first - 1]) == "the" &&
        !absl::EndsWith(TokenText(text_, tokens_[mention.first]), "s");
    // "..., the Minister said": the one person given that title before.
    if (loose && mention.owner < 0 && HolderOfTitle(mention.first, mention.last) >= 0) {
      return FromMention(m);
    }
    if (noun_after_the) return Epithet(LooseNominal(j, lo));
    if (Speaker g = GroupBeforeExamples(mention.start(), lo); g.found()) return g;
    // "a spokeswoman for Tesco said": the unnamed person speaks for it.
    if (Speaker agent = AgentFor(mention, lo); agent.found()) return agent;
    // "A spokeswoman for the health board in Dumfries said": the words before
    // the place speak, not the place.
    if (const int in = PlaceAfterIn(text_, tokens_, mention, lo);
        in >= 0 && !mentions_.IsSpokenTo(mention)) {
      if (Speaker s = Left(in, lo, loose); s.found()) return s;
    }
    return WithPartnerBefore(FromMention(m), lo);
  }
  // "Holt and Ortiz both said": the pair before "both".
  if (j > lo && TokenText(text_, t) == "both" &&
      (MentionEndingAt(j - 1) >= 0 || IsPunct(tokens_[j - 1], ','))) {
    return Left(j, lo, loose);
  }
  if ((t.classes & kRelative) != 0 && !t.upper) return RelativePronoun(j, lo);
  if (Speaker p = Pronoun(j); p.found()) return p;
  // "At the depot, a driver who asked not to be named said": the noun the
  // relative clause restricts speaks.
  if (Speaker r = BeforeRestrictiveRelative(j, lo); r.found()) return r;
  if (Speaker q = Proportion(j, lo); q.found()) return q;
  if (Speaker g = Quantifier(j, lo); g.found()) return g;
  Speaker n = NominalEndingAt(j, lo);
  // "A senior member of the governing coalition said": the person of the body
  // described speaks, not the body (not "a number of readers": no body). (Only
  // right before the cue or an aside's comma: "a spokeswoman for the health
  // board in Dumfries" is read whole by PersonAtPlace.)
  const bool before_cue = tokens_[cue].cue != 0 || IsPunct(tokens_[cue], ',');
  if (before_cue && n.found() && !n.pronoun && DescribesBody(n)) {
    if (Speaker a = AgentForPhrase(n.first, n.last, n.entity, lo); a.found()) return a;
  } else if (before_cue && !n.found() && speaker_internal::IsBodyKindWord(text_, t)) {
    // (A body named nowhere before: "of the governing coalition" all the same.)
    if (Speaker a = AgentForPhrase(LowercaseRunStart(j, lo), j + 1, -1, lo); a.found()) {
      return a;
    }
  }
  // "“…,” a clerk at the depot said": the person at the place speaks.
  if (!n.found() || (n.anonymous && n.entity < 0)) {
    if (Speaker p = PersonAtPlace(j, lo); p.found()) return p;
  }
  if (n.found() && n.anonymous && n.entity < 0 && !n.pronoun) {
    // "Minister says fees will rise" opening the headline: a common word
    // there, no mention, yet the one person the story titles so.
    if (const int holder = HeadlineTitleHolder(n); holder >= 0) {
      n.entity = holder;
      n.anonymous = false;
      n.name_first = n.name_last = -1;
      return n;
    }
  }
  if (n.found()) return loose ? Epithet(n) : n;
  if (Speaker o = OwnedNoun(j, lo); o.found()) return o;
  if (Speaker a = AnotherNominal(j, lo); a.found()) return a;
  if (Speaker g = GroupWithPlace(j, lo); g.found() || !loose) return g;
  return Epithet(LooseNominal(j, lo));
}

int SpeakerFinder::LowercaseRunStart(int k, int lo) const {
  int first = k;
  while (first - 1 >= lo && k - first < kMaxNominalTokens - 1) {
    const Token& t = tokens_[first - 1];
    if (t.kind != TokenKind::kWord || t.upper || t.possessive ||
        ((t.classes & kNotAgent) != 0 && !CueAsModifier(text_, tokens_, first - 1, lo)) ||
        lexicon::IsArticle(TokenText(text_, t))) {
      break;
    }
    --first;
  }
  return first;
}

bool SpeakerFinder::DescribesBody(const Speaker& s) const {
  if (s.entity >= 0) {
    return mentions_.entities()[s.entity].type == v1::SOURCE_TYPE_ORGANIZATION;
  }
  return speaker_internal::IsBodyKindWord(text_, tokens_[s.last - 1]);
}

bool SpeakerFinder::ParentheticalAttribution(int j, int cue) const {
  const int n = static_cast<int>(tokens_.size());
  if (j < 1 || cue + 1 >= n || !IsPunct(tokens_[j - 1], ',') || !IsPunct(tokens_[cue + 1], ',')) {
    return false;
  }
  // (Not the impersonal passive: "where, it is said, racists once ...".)
  for (int k = j + 1; k < cue; ++k) {
    if (lexicon::IsPassiveAuxiliary(TokenText(text_, tokens_[k]))) {
      return false;
    }
  }
  return true;
}

Speaker SpeakerFinder::Epithet(Speaker s) const {
  // "“…,” the Dutchman said", "“…,” the 22-year-old striker told": an epithet
  // for the person the text is about, resolved as "he" or "she" would be.
  if (!s.found() || !s.anonymous || s.entity >= 0 || s.name_first >= 0) return s;
  const int det = ArticleBefore(s);
  if (det < 0 || !IsEpithet(det, s.last - 1)) return s;
  const int person = mentions_.ResolveEpithet(det, s.last - 1);
  if (person < 0) return s;
  // "Mary Jones said her son ... the teenager said": a noun of age is only
  // someone the text gave an age.
  if (lexicon::IsPersonAgeNoun(TokenText(text_, tokens_[s.last - 1])) &&
      !GivenAgeBefore(text_, tokens_, mentions_.mentions(), person, det)) {
    return s;
  }
  s.entity = person;
  s.anonymous = false;
  return s;
}

int SpeakerFinder::MentionEndingAt(int k) const { return mentions_.MentionEndingAt(k); }

int SpeakerFinder::MentionBeforeParenthesis(int k, int lo) const {
  if (k < lo) return -1;
  if (!IsPunct(tokens_[k], ')')) return MentionEndingAt(k);
  // "Sen. Claire McCaskill (D-Mo.)": the name before a short parenthesis.
  for (int open = k - 1; open > lo && k - open <= kMaxPartyTagTokens; --open) {
    if (IsPunct(tokens_[open], '(')) return MentionEndingAt(open - 1);
    if (IsPunct(tokens_[open], ')')) return -1;
  }
  return -1;
}

bool SpeakerFinder::IsPossessiveMark(int k) const {
  const int n = static_cast<int>(tokens_.size());
  if (k < 1 || k + 1 >= n) return false;
  const Token& t = tokens_[k];
  if (t.kind != TokenKind::kQuote || t.space_before ||
      (t.quote != QuoteMark::kSingleClose && t.quote != QuoteMark::kSingleEither)) {
    return false;
  }
  const Token& word = tokens_[k - 1];
  const Token& next = tokens_[k + 1];
  const char last = text_[word.end - 1];
  return word.kind == TokenKind::kWord && (last == 's' || last == 'S') && next.space_before &&
         next.kind == TokenKind::kWord && !next.upper;
}

}  // namespace factwire
