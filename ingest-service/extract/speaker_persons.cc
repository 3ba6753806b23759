// SpeakerFinder: whether a name stands where a person can, and the person a
// he/she stands for when the name it resolved to does not.
#include <algorithm>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"
#include "ingest-service/extract/lexicon/figure_context_words.h"
#include "ingest-service/extract/lexicon/lexicon.h"
#include "ingest-service/extract/lexicon/role_words.h"
#include "ingest-service/extract/lexicon/speech_words.h"
#include "ingest-service/extract/mention_internal.h"
#include "ingest-service/extract/speaker_internal.h"
#include "ingest-service/extract/speakers.h"

namespace factwire {

using speaker_internal::kMaxAntecedentTokens;
using speaker_internal::kMaxHeadlineParagraph;
using speaker_internal::kMaxHeadlineTokens;
using speaker_internal::kMaxJoinedNameTokens;
using speaker_internal::kMaxNominalTokens;
using speaker_internal::kMaxOpeningPhraseTokens;
using speaker_internal::kMaxPersonLookback;
using speaker_internal::kMaxPlaceModifiers;
using speaker_internal::kMaxTitleHolderLookback;
using speaker_internal::kMaxTitlePhraseTokens;

bool SpeakerFinder::StandsAsPerson(const Mention& m) const {
  if (m.entity < 0 || mentions_.entities()[m.entity].type != v1::SOURCE_TYPE_PERSON ||
      (m.kind != MentionKind::kPerson && m.kind != MentionKind::kName)) {
    return false;
  }
  const int start = m.start();
  // "demanded 3.5 Bitcoin": a thing counted (not a year: "In 2019 Smith ...").
  if (start > 0 && IsNumeral(start - 1) &&
      !(tokens_[start - 1].kind == TokenKind::kNumber &&
        tokens_[start - 1].end - tokens_[start - 1].begin == 4)) {
    return false;
  }
  // ("of Sabah": a lone name right after the preposition is a place too.)
  // "about Rs. 95 million", "KSh 300": a one-word name before a number is a
  // currency or unit.
  if (m.title_first < 0 && m.last == m.first + 1 && m.last < static_cast<int>(tokens_.size()) &&
      tokens_[m.last].kind == TokenKind::kNumber) {
    return false;
  }
  // ("The Nation spoke to Otieno": one talks to a person.)
  return (mentions_.IsSpokenTo(m) ||
          !InsidePlacePhrase(start, m.kind == MentionKind::kName && m.title_first < 0)) &&
         !JoinedToLongerName(m) && !EndsInStreetWord(m);
}

bool SpeakerFinder::EndsInStreetWord(const Mention& m) const {
  const int k = m.last - 1;
  if (m.last - m.first < 2 || !tokens_[k].upper) return false;
  // (Asked of the same mentions again and again as pronouns look back: each
  // last word is read once.)
  if (street_word_.empty()) street_word_.assign(tokens_.size(), -1);
  int8_t& known = street_word_[k];
  if (known < 0) known = IsStreetWord(TokenText(text_, tokens_[k])) ? 1 : 0;
  return known == 1;
}

bool SpeakerFinder::IsStreetWord(absl::string_view w) const {
  for (const char* street : lexicon::StreetWords()) {
    if (absl::EqualsIgnoreCase(w, street)) return true;
  }
  return false;
}

bool SpeakerFinder::InsidePlacePhrase(int start, bool right_after) const {
  int k = start - 1;
  int modifiers = 0;
  while (k >= 0 && modifiers <= kMaxPlaceModifiers) {
    const Token& t = tokens_[k];
    if (t.kind != TokenKind::kWord || t.upper || t.cue != 0) return false;
    const absl::string_view w = TokenText(text_, t);
    if ((t.classes & kAffiliationPrep) != 0 || lexicon::IsPlaceBeforeName(w)) {
      return modifiers > 0 || right_after;
    }
    // An article or a plain modifier ("the", "rural"); not a verb or a
    // question word ("aimed at portraying Cruz", "with what Melania Trump told").
    if (!lexicon::IsArticle(w) &&
        (t.classes != 0 || absl::EndsWith(w, "ing") || absl::EndsWith(w, "ed") ||
         lexicon::IsQuestionWord(w))) {
      return false;
    }
    ++modifiers;
    --k;
  }
  return false;
}

bool SpeakerFinder::JoinedToLongerName(const Mention& m) const {
  const int n = static_cast<int>(tokens_.size());
  int k = m.last;
  if (k >= n || tokens_[k].kind != TokenKind::kWord || tokens_[k].upper) return false;
  const absl::string_view joint = TokenText(text_, tokens_[k]);
  const bool glued_particle =  // "Côte d'Ivoire's"
      absl::StartsWith(joint, "d'") || absl::StartsWith(joint, "d\xE2\x80\x99");
  if (!glued_particle && !lexicon::IsConjunction(joint) && joint != "&") return false;
  if (tokens_[k].possessive || (k + 1 < n && tokens_[k + 1].possessive)) return true;
  if (glued_particle) return false;
  // "Works and Transport Minister Anita Ramdeen", "Trinidad and Tobago's":
  // capitalised words up to an owner's possessive or a titled person.
  for (++k; k < n && k <= m.last + kMaxJoinedNameTokens && tokens_[k].kind == TokenKind::kWord &&
            tokens_[k].upper;
       ++k) {
    const int next = mentions_.MentionStartingAt(k);
    if (next >= 0 && mentions_.mentions()[next].title_first == k) return true;
    if (tokens_[k].possessive || (k + 1 < n && tokens_[k + 1].possessive)) return true;
  }
  return false;
}

bool SpeakerFinder::EntityStandsAsPerson(int entity, int before) const {
  const std::vector<Mention>& all = mentions_.mentions();
  auto it = std::lower_bound(all.begin(), all.end(), before,
                             [](const Mention& m, int k) { return m.first < k; });
  for (int steps = 0; it != all.begin() && steps < kMaxPersonLookback; ++steps) {
    --it;
    if (it->entity == entity && StandsAsPerson(*it)) return true;
  }
  return false;
}

int SpeakerFinder::InterruptedClauseStart(int k) const {
  const int n = static_cast<int>(tokens_.size());
  if (k < 2 || k + 2 >= n || !IsPunct(tokens_[k - 1], ',') || !IsPunct(tokens_[k + 2], ',') ||
      (tokens_[k + 1].cue & (kCueQuote | kCueReport)) == 0) {
    return -1;
  }
  int first = k - 1;
  while (first > 0 && k - first <= kMaxOpeningPhraseTokens &&
         (tokens_[first - 1].kind == TokenKind::kWord ||
          tokens_[first - 1].kind == TokenKind::kNumber) &&
         tokens_[first - 1].paragraph == tokens_[k].paragraph) {
    --first;
  }
  const bool opens = first == 0 || tokens_[first - 1].kind != TokenKind::kWord;
  return first < k - 1 && k - first <= kMaxOpeningPhraseTokens && opens ? first : -1;
}

int SpeakerFinder::PersonAfterOwnTitle(int entity, int k) const {
  const std::vector<Mention>& all = mentions_.mentions();
  auto it = std::lower_bound(all.begin(), all.end(), k,
                             [](const Mention& m, int j) { return m.first < j; });
  const Mention* m = nullptr;
  for (int steps = 0; it != all.begin() && steps < kMaxPersonLookback && m == nullptr; ++steps) {
    if ((--it)->entity == entity) m = &*it;
  }
  // One capitalised word opening its clause before a lowercase word: a
  // modifier ("Budget carrier"), not a person ("Tom Brady met the coach, ...").
  if (m == nullptr || m->title_first >= 0 || m->possessive || m->last != m->first + 1 ||
      m->last >= k || tokens_[m->last].upper ||
      (m->first > 0 && tokens_[m->first - 1].kind == TokenKind::kWord)) {
    return -1;
  }
  bool title = false;
  int comma = m->last;
  for (; comma < k && comma - m->last <= kMaxTitlePhraseTokens; ++comma) {
    const Token& t = tokens_[comma];
    if (t.kind != TokenKind::kWord) break;
    if (t.upper) continue;  // an owner's name ("FlyNor's")
    if ((t.classes & (kCue | kAffiliationPrep)) != 0 || lexicon::IsArticle(TokenText(text_, t)))
      return -1;
    title = title || (t.classes & (kTitle | kTitleHead)) != 0 || IsAgentNoun(comma);
  }
  if (!title || comma + 1 >= k || !IsPunct(tokens_[comma], ',')) return -1;
  const int p = mentions_.MentionStartingAt(comma + 1);
  if (p < 0 || all[p].entity < 0 || all[p].entity == entity || all[p].last >= k ||
      !IsPunct(tokens_[all[p].last], ',') ||
      mentions_.entities()[all[p].entity].type != v1::SOURCE_TYPE_PERSON) {
    return -1;
  }
  const int gender = mentions_.GenderOfToken(k);
  const int other = mentions_.EntityGender(all[p].entity);
  return gender != 0 && other != 0 && gender != other ? -1 : all[p].entity;
}

int SpeakerFinder::PersonForPronoun(int k, int resolved) const {
  if (resolved < 0) return resolved;
  // "Prices, she said, had never risen so fast": not "Prices".
  const int cut = InterruptedClauseStart(k);
  // (A person named before may still be meant: "A Clinton presidency, she
  // vowed, would ...", but not when the name is the whole interrupted phrase:
  // "Pillai, he said, suffered from ...".)
  const int whole = cut >= 0 ? mentions_.MentionStartingAt(cut) : -1;
  const bool name_alone = whole >= 0 && mentions_.mentions()[whole].last == k - 1 &&
                          mentions_.mentions()[whole].entity == resolved;
  const bool interrupted = cut >= 0 && NamedBetween(resolved, cut, k - 1, /*as_subject=*/false) &&
                           (name_alone || !EntityStandsAsPerson(resolved, cut));
  if (const int named = PersonAfterOwnTitle(resolved, k); named >= 0) return named;
  if (const int shown = ShownPersonOverBareName(k, resolved); shown >= 0) return shown;
  if (!interrupted && EntityStandsAsPerson(resolved, k)) return resolved;
  const int gender = mentions_.GenderOfToken(k);
  const int lo = std::max(0, k - kMaxAntecedentTokens);
  for (int j = (cut >= 0 ? cut : k) - 1; j >= lo; --j) {
    const Token& t = tokens_[j];
    if (t.kind != TokenKind::kWord || quoted_[j]) continue;
    // "She said ... 3.5 Bitcoin. “…,” she told court.": the person the earlier
    // she stood for.
    if ((t.classes & kPersonPronoun) != 0) {
      if (gender == 0 || t.all_caps || mentions_.GenderOfToken(j) != gender) continue;
      const int e = mentions_.ResolvePronoun(j);
      if (e >= 0 && e != resolved && EntityStandsAsPerson(e, j)) return e;
      continue;
    }
    const int m = mentions_.MentionEndingAt(j);
    if (m < 0) continue;
    const Mention& named = mentions_.mentions()[m];
    if (named.entity < 0 || named.entity == resolved || !StandsAsPerson(named)) continue;
    // ("Asked by Matt Lauer ..., she said": not a name inside a phrase.)
    const int start = named.start();
    const Token& before = tokens_[std::max(start - 1, 0)];
    if (start > 0 && before.kind == TokenKind::kWord && !before.upper &&
        ((before.classes & kAffiliationPrep) != 0 ||
         lexicon::IsPhrasePreposition(TokenText(text_, before)))) {
      continue;
    }
    const int other = mentions_.EntityGender(named.entity);
    if (gender != 0 && other != 0 && other != gender) continue;
    return named.entity;
  }
  return interrupted ? -1 : resolved;
}

int SpeakerFinder::ShownPersonOverBareName(int k, int resolved) const {
  const int gender = mentions_.GenderOfToken(k);
  const std::vector<Entity>& entities = mentions_.entities();
  const Entity& bare = entities[resolved];
  if (gender == 0 || mention_internal::ShowsAPerson(bare) ||
      mentions_.EntityGender(resolved) != 0 || absl::StrContains(bare.name, ' ')) {
    return -1;
  }
  const std::vector<Mention>& all = mentions_.mentions();
  auto it = std::lower_bound(all.begin(), all.end(), k,
                             [](const Mention& m, int before) { return m.first < before; });
  const int lo = k - kMaxAntecedentTokens;
  int shown = -1;
  while (it != all.begin()) {
    --it;
    if (it->first < lo) break;
    if (it->entity == resolved) {
      if (ShowsPersonHere(*it)) return -1;  // "Percé said": it speaks
      continue;
    }
    if (shown >= 0 || it->entity < 0 || !StandsAsPerson(*it)) continue;
    const int other = mentions_.EntityGender(it->entity);
    if ((it->subject || NextToCue(*it)) && mention_internal::ShowsAPerson(entities[it->entity]) &&
        (other == 0 || other == gender)) {
      shown = it->entity;
    }
  }
  if (shown < 0) return -1;
  // ("A Clinton ally suggested she would ... Clinton caught flak ... she
  // said": an earlier he/she stood for the name, a person's.)
  for (int j = std::max(lo, 0); j < k; ++j) {
    if ((tokens_[j].classes & kPersonPronoun) != 0 && !quoted_[j] &&
        mentions_.GenderOfToken(j) == gender && mentions_.ResolvePronoun(j) == resolved) {
      return -1;
    }
  }
  return shown;
}

bool SpeakerFinder::ShowsPersonHere(const Mention& m) const {
  const int n = static_cast<int>(tokens_.size());
  return NextToCue(m) || mentions_.IsSpokenTo(m) ||
         (m.last + 1 < n && IsPunct(tokens_[m.last], ',') &&
          lexicon::IsPersonRelative(TokenText(text_, tokens_[m.last + 1])));
}

bool SpeakerFinder::NextToCue(const Mention& m) const {
  constexpr uint32_t kSpeech = kCueQuote | kCueReport;
  const int n = static_cast<int>(tokens_.size());
  int after = m.last;
  // ("Coun. Dwayne Hartie, who said": the cue after a relative pronoun.)
  if (after + 2 < n && IsPunct(tokens_[after], ',') &&
      (tokens_[after + 1].classes & kRelative) != 0) {
    after += 2;
  }
  return (after < n && (tokens_[after].cue & kSpeech) != 0) ||
         (m.start() > 0 && (tokens_[m.start() - 1].cue & kSpeech) != 0);
}

namespace {

// The words of title `title` before its first tail preposition: "Secretary"
// of "Secretary to the Treasury", "Minister" of "Minister for Justice".
absl::string_view TitleHead(absl::string_view title) {
  size_t word = 0;
  for (size_t i = 0; i <= title.size(); ++i) {
    if (i < title.size() && title[i] != ' ') continue;
    if (word > 0 && lexicon::IsTitleTailPreposition(title.substr(word, i - word))) {
      return title.substr(0, word - 1);
    }
    word = i + 1;
  }
  return title;
}

// True when some word of `words` (space-separated) sets a title's holder apart
// by rank or time ("Vice", "Deputy", "Former", "Acting").
bool HasRankModifier(absl::string_view words) {
  for (const absl::string_view w : absl::StrSplit(words, ' ', absl::SkipEmpty())) {
    if (lexicon::IsTitleRankModifier(w)) return true;
  }
  return false;
}

// True when title `title` ends, before any tail ("of", "for", "at", "to"), in
// the words `phrase` (any case, whole words) and no rank word stands before
// them: "General Education Minister" and "Minister for Justice" for
// "Minister", "chief executive of Fiji Airways" for "Chief Executive"; not
// "Deputy Finance Minister" or "Vice President" for "Minister", "President".
bool TitleHeadEndsWith(absl::string_view title, absl::string_view phrase) {
  // (Cutting a tail only shortens the title: most people have none.)
  if (title.size() < phrase.size()) return false;
  title = TitleHead(title);
  return speaker_internal::EndsInWords(title, phrase) &&
         !HasRankModifier(title.substr(0, title.size() - phrase.size()));
}

// True when the word right before mention `m`'s name is `phrase` (any case:
// "Magistrate" of "Magistrate Ruth Kamau") and no rank word stands earlier in
// its title ("Vice President Kamala Harris" holds no "President").
bool TitleWordBeforeName(absl::string_view text, const std::vector<Token>& tokens,
                         const Mention& m, absl::string_view phrase) {
  if (m.title_first < 0 || m.first <= m.title_first) return false;
  const Token& word = tokens[m.first - 1];
  const Token& title = tokens[m.title_first];
  return absl::EqualsIgnoreCase(TokenText(text, word), phrase) &&
         !HasRankModifier(text.substr(title.begin, word.begin - title.begin));
}

// True when title `title` ends, before any tail, in the words `phrase`, and
// the words before them hold the rank word `rank` and no other rank word:
// "Former Prime Minister" for "former" and "Prime Minister" (not "Prime
// Minister", nor "Former Deputy Prime Minister"). Any case.
bool RankedTitleHeadEndsWith(absl::string_view title, absl::string_view rank,
                             absl::string_view phrase) {
  title = TitleHead(title);
  if (!speaker_internal::EndsInWords(title, phrase)) return false;
  bool ranked = false;
  for (const absl::string_view w :
       absl::StrSplit(title.substr(0, title.size() - phrase.size()), ' ', absl::SkipEmpty())) {
    if (absl::EqualsIgnoreCase(w, rank)) {
      ranked = true;
    } else if (lexicon::IsTitleRankModifier(w)) {
      return false;
    }
  }
  return ranked;
}

}  // namespace

bool SpeakerFinder::HoldsTitle(const Mention& m, absl::string_view phrase,
                               absl::string_view rank, bool one_word) const {
  const absl::string_view title = mentions_.entities()[m.entity].title;
  if (!rank.empty()) return RankedTitleHeadEndsWith(title, rank, phrase);
  return TitleHeadEndsWith(title, phrase) ||
         (one_word && TitleWordBeforeName(text_, tokens_, m, phrase));
}

int SpeakerFinder::HolderOfTitle(int first, int last, absl::string_view rank) const {
  // (Any capitalised words: an earlier "Magistrate X" shows they are a title.)
  const int det = rank.empty() ? first - 1 : first - 2;
  if (det < 0 || last - first > kMaxNominalTokens ||
      !lexicon::IsDefiniteArticle(TokenText(text_, tokens_[det]))) {
    return -1;
  }
  for (int k = first; k < last; ++k) {
    const Token& t = tokens_[k];
    if (t.kind != TokenKind::kWord || !t.upper || t.possessive) return -1;
  }
  const absl::string_view phrase =
      text_.substr(tokens_[first].begin, tokens_[last - 1].end - tokens_[first].begin);
  const std::vector<Mention>& all = mentions_.mentions();
  auto it = std::lower_bound(all.begin(), all.end(), first,
                             [](const Mention& m, int j) { return m.first < j; });
  int holder = -1;
  // (At most kMaxPersonLookback persons, and kMaxTitleHolderLookback mentions
  // of any kind: the walk stays bounded in a long text with few persons.)
  for (int persons = 0, seen = 0; it != all.begin() && persons < kMaxPersonLookback &&
                                  seen < kMaxTitleHolderLookback;
       ++seen) {
    --it;
    if (it->entity < 0 || it->entity == holder || it->last - it->first < 2) continue;
    const Entity& e = mentions_.entities()[it->entity];
    if (e.type != v1::SOURCE_TYPE_PERSON) continue;
    ++persons;
    // The title given with the name ("General Education Minister K. Sreedharan
    // Pillai", "Ana Lee, chief executive of ..."), or the word right before it
    // when no rank word stands in that title ("Vice President Kamala Harris").
    if (!HoldsTitle(*it, phrase, rank, last == first + 1)) continue;
    if (holder >= 0) return -1;  // two people hold it: "the Minister" is neither
    holder = it->entity;
  }
  return holder;
}

Speaker SpeakerFinder::WithTitleHolder(Speaker s) const {
  // (A mention may take its article in: "the Coroner".)
  const bool article = lexicon::IsDefiniteArticle(TokenText(text_, tokens_[s.first]));
  int first = article ? s.first + 1 : s.first;
  // "the former Prime Minister": a lowercase rank word before the title.
  absl::string_view rank;
  if (first + 1 < s.last && tokens_[first].kind == TokenKind::kWord && !tokens_[first].upper &&
      lexicon::IsTitleRankModifier(TokenText(text_, tokens_[first]))) {
    rank = TokenText(text_, tokens_[first++]);
  }
  int holder = HolderOfTitle(first, s.last, rank);
  if (holder < 0 && !article && rank.empty()) holder = HeadlineTitleHolder(s);
  if (holder < 0) return s;
  s.entity = holder;
  s.anonymous = false;
  s.name_first = s.name_last = -1;
  return s;
}

int SpeakerFinder::HeadlineTitleHolder(const Speaker& s) const {
  if (s.last - s.first > kMaxNominalTokens || (tokens_[s.last - 1].classes & kTitle) == 0 ||
      !InHeadline(s.first)) {
    return -1;
  }
  for (int k = s.first; k < s.last; ++k) {
    const Token& t = tokens_[k];
    if (t.kind != TokenKind::kWord || !t.upper || t.possessive) return -1;
  }
  const absl::string_view phrase =
      text_.substr(tokens_[s.first].begin, tokens_[s.last - 1].end - tokens_[s.first].begin);
  const std::vector<Entity>& entities = mentions_.entities();
  int holder = -1;
  for (int e = 0; e < static_cast<int>(entities.size()); ++e) {
    if (e == s.entity || entities[e].type != v1::SOURCE_TYPE_PERSON ||
        !TitleHeadEndsWith(entities[e].title, phrase)) {
      continue;
    }
    if (holder >= 0) return -1;  // two people hold it: the headline names neither
    holder = e;
  }
  return holder;
}

bool SpeakerFinder::InHeadline(int k) const {
  const int para = tokens_[k].paragraph;
  if (para > kMaxHeadlineParagraph) return false;
  const int n = static_cast<int>(tokens_.size());
  // The words before `k` in its paragraph: none, or a clause closed by ";"
  // ("Pass rate dips; Minister says ...").
  if (k > 0 && tokens_[k - 1].paragraph == para && !IsPunct(tokens_[k - 1], ';')) return false;
  int end = k;
  while (end < n && tokens_[end].paragraph == para && end - k < kMaxHeadlineTokens) ++end;
  if (end < n && tokens_[end].paragraph == para) return false;  // a long paragraph
  int start = k;
  while (start > 0 && tokens_[start - 1].paragraph == para && k - start < kMaxHeadlineTokens) {
    --start;
  }
  return (start == 0 || tokens_[start - 1].paragraph != para) && !IsSentenceMark(tokens_[end - 1]);
}

}  // namespace factwire
