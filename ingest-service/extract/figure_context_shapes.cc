// Sentence-level subject passes (compared, elided, survey, parallel, restated,
// inherited and pronoun subjects): ContextFinder steps (see
// figure_context_finder.h).

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "ingest-service/extract/figure_context_finder.h"
#include "ingest-service/extract/lexicon/currencies.h"
#include "ingest-service/extract/lexicon/figure_context_words.h"

namespace factwire {
namespace figure_internal {
namespace {

// The ASCII word that ends, before spaces, at byte `at` of `text` ("has" for
// the "at least 882" of "now has at least 882"), or "".
absl::string_view WordBefore(absl::string_view text, size_t at) {
  size_t end = std::min(at, text.size());
  while (end > 0 && text[end - 1] == ' ') --end;
  size_t first = end;
  while (first > 0 &&
         absl::ascii_isalpha(static_cast<unsigned char>(text[first - 1]))) {
    --first;
  }
  return text.substr(first, end - first);
}

// True if `a` and `b` (lowercase) are the same verb of ParallelSubjects: one
// form, or two forms of "have" ("the Greens have nine").
bool SameParallelVerb(absl::string_view a, absl::string_view b) {
  return a == b ||
         (lexicon::IsPerfectAuxiliary(a) && lexicon::IsPerfectAuxiliary(b));
}

}  // namespace

bool ContextFinder::ComparedWithEarlier(const FigurePlace& p) const {
  const int j = p.first - 1;
  if (IsWord(j, "with") &&
      (IsWord(j - 1, "compared") || IsWord(j - 1, "comparison"))) {
    return true;
  }
  if (IsWord(j, "from") || IsWord(j, "than") || IsWord(j, "versus") ||
      IsWord(j, "vs")) {
    return true;
  }
  return (IsWord(j, "up") || IsWord(j, "down")) && At(j - 1) != nullptr &&
         IsSymbol(*At(j - 1), ",");
}

void ContextFinder::ComparedSubjects(absl::Span<v1::Figure> figures) const {
  for (size_t i = 1; i < places_.size(); ++i) {
    v1::Figure& f = figures[i];
    if (!f.subject().empty() || !ComparedWithEarlier(places_[i])) continue;
    int same = -1;
    int any = -1;
    for (size_t j = i; j-- > 0;) {
      if (figures[j].subject().empty()) continue;
      if (any < 0) any = static_cast<int>(j);
      if (figures[j].dimension() == f.dimension()) {
        same = static_cast<int>(j);
        break;
      }
    }
    const int from = same >= 0 ? same : any;
    if (from < 0) continue;
    f.set_subject(figures[from].subject());
    if (BareCount(f, places_[i]) &&
        figures[from].dimension() == v1::DIMENSION_RATIO &&
        figures[from].unit().empty()) {
      f.set_dimension(v1::DIMENSION_RATIO);
    }
  }
}

void ContextFinder::RateSubjects(absl::Span<v1::Figure> figures,
                                 const std::vector<FigurePlace>& places) {
  for (size_t i = 0; i < places.size(); ++i) {
    v1::Figure& f = figures[i];
    if (!BareCount(f, places[i])) continue;
    // The last word of the subject is "rate" or "Rate".
    const absl::string_view subject = f.subject();
    const size_t size = subject.size();
    const bool rate = size >= 4 && (size == 4 || subject[size - 5] == ' ') &&
                      (subject.substr(size - 4) == "rate" ||
                       subject.substr(size - 4) == "Rate");
    if (rate) {
      f.set_dimension(v1::DIMENSION_RATIO);
    }
  }
}

bool ContextFinder::ElidedNoun(const FigurePlace& p) const {
  const int k = p.end;
  if (IsWord(k, "more") || IsWord(k, "fewer") || IsWord(k, "others")) {
    const Token* after = At(k + 1);
    return after == nullptr || after->kind == TokenKind::kSymbol;
  }
  if (IsWord(k, "of")) {
    return IsWord(k + 1, "them") || IsWord(k + 1, "those") ||
           IsWord(k + 1, "these") || IsWord(k + 1, "which") ||
           IsWord(k + 1, "whom");  // "around a fifth of which led to"
  }
  if (NounPossessive(p.first - 1) && EndsPhrase(p)) {
    return true;  // "2,104 votes to the DUP's 2,081": the owner's votes
  }
  if (IsWordWith(p.first - 1, lexicon::IsRivalPreposition) &&
      IsWord(k, "for")) {
    return true;  // "won 21,806 votes against 21,394 for the incumbent"
  }
  return IsWordWith(k, lexicon::IsElisionVerb);
}

void ContextFinder::ElidedSubjects(absl::Span<v1::Figure> figures) const {
  for (size_t i = 1; i < places_.size(); ++i) {
    v1::Figure& f = figures[i];
    // "some 500 people, about a third of them contractors": a share of the
    // nearest count
    const bool share = f.dimension() == v1::DIMENSION_RATIO &&
                       f.unit().empty() && IsWord(places_[i].end, "of");
    if (!f.subject().empty() || (!BareCount(f, places_[i]) && !share) ||
        !ElidedNoun(places_[i])) {
      continue;
    }
    int best = -1;
    double best_gap = 0;
    for (size_t j = i; j-- > 0;) {
      if (!BareCount(figures[j], places_[j]) || figures[j].subject().empty()) {
        continue;
      }
      if (share) {
        best = static_cast<int>(j);
        break;
      }
      const double gap = SizeGap(f.value(), figures[j].value());
      if (best < 0 || gap < best_gap) {
        best = static_cast<int>(j);
        best_gap = gap;
      }
    }
    if (best >= 0) f.set_subject(figures[best].subject());
  }
}

void ContextFinder::SurveySubjects(absl::Span<v1::Figure> figures) const {
  for (size_t i = 1; i < places_.size(); ++i) {
    v1::Figure& f = figures[i];
    const bool pronoun = f.subject() == "them" || f.subject() == "those";
    if ((!f.subject().empty() && !pronoun) ||
        (f.dimension() != v1::DIMENSION_PERCENT &&
         f.dimension() != v1::DIMENSION_RATIO) ||
        !FindingShare(places_[i])) {
      continue;
    }
    for (size_t j = i; j-- > 0;) {
      if (BareCount(figures[j], places_[j]) && !figures[j].subject().empty()) {
        f.set_subject(figures[j].subject());
        break;
      }
    }
  }
}

void ContextFinder::ParallelSubjects(absl::Span<v1::Figure> figures) const {
  for (size_t i = 1; i < places_.size(); ++i) {
    v1::Figure& f = figures[i];
    if (!f.subject().empty() || !BareCount(f, places_[i]) ||
        !ParallelVerbAt(places_[i].first - 1) || !IsWordEnd(places_[i].end)) {
      continue;
    }
    const Token* verb = At(places_[i].first - 1);
    int same = -1;     // the nearest count after the very same verb
    int related = -1;  // else after another form of "have"
    for (size_t j = i; j-- > 0 && same < 0;) {
      const Token* other = At(places_[j].first - 1);
      if (other == nullptr || !BareCount(figures[j], places_[j]) ||
          figures[j].subject().empty()) {
        continue;
      }
      if (other->lower == verb->lower) same = static_cast<int>(j);
      if (related < 0 && SameParallelVerb(other->lower, verb->lower)) {
        related = static_cast<int>(j);
      }
    }
    // "which has 847,735 citizens, had 883" after "had 1,317 homicides"
    const int from = same >= 0 ? same : related;
    if (from >= 0) f.set_subject(figures[from].subject());
  }
}

bool ContextFinder::ParallelVerbAt(int k) const {
  const Token* verb = At(k);
  return verb != nullptr && verb->kind == TokenKind::kWord &&
         (!HasRole(*verb, kRoleSubjectStop) ||
          lexicon::IsPerfectAuxiliary(verb->lower));
}

void ContextFinder::EarlierParallelSubjects(
    absl::Span<v1::Figure> figures) const {
  constexpr int kMaxGap = 160;  // bytes back to the sentence before's count
  for (size_t i = 0; i < places_.size() && !earlier_.empty(); ++i) {
    v1::Figure& f = figures[i];
    const int verb = places_[i].first - 1;
    if (!f.subject().empty() || !BareCount(f, places_[i]) ||
        !ParallelVerbAt(verb) || !IsWordEnd(places_[i].end)) {
      continue;
    }
    for (size_t j = earlier_.size(); j-- > 0;) {
      const v1::Figure& e = earlier_[j];
      if (d_[0].begin - e.span().end() >= kMaxGap) break;
      if (e.dimension() == v1::DIMENSION_COUNT && e.unit().empty() &&
          !e.subject().empty() &&
          SameParallelVerb(WordBefore(text_, e.span().begin()),
                           d_[verb].lower)) {
        f.set_subject(e.subject());
        break;
      }
    }
  }
}

void ContextFinder::RestatedSubjects(absl::Span<v1::Figure> figures) const {
  for (size_t i = 1; i < places_.size(); ++i) {
    v1::Figure& f = figures[i];
    const int first = places_[i].first;
    if (!f.subject().empty() || !IsWord(first - 1, "or") ||
        At(first - 2) == nullptr || !IsSymbol(d_[first - 2], ",")) {
      continue;
    }
    const v1::Figure& before = figures[i - 1];
    if (ChangeCountShare(i, figures)) continue;
    // "fell 3.2 euros, or 1.5%": a change restated as a share
    const bool share = f.dimension() == v1::DIMENSION_PERCENT &&
                       before.dimension() != v1::DIMENSION_COUNT;
    if (before.subject().empty() ||
        (before.dimension() != f.dimension() && !share) ||
        first - 2 - places_[i - 1].end > 5 ||
        Break(places_[i - 1].end, first - 2, true)) {
      continue;
    }
    f.set_subject(before.subject());
  }
}

bool ContextFinder::ChangeCountShare(size_t i,
                                     absl::Span<v1::Figure> figures) const {
  const FigurePlace& count = places_[i - 1];
  v1::Figure& f = figures[i];
  if (f.dimension() != v1::DIMENSION_PERCENT ||
      figures[i - 1].dimension() != v1::DIMENSION_COUNT ||
      !IsWord(count.first - 1, "by") || places_[i].first - 2 - count.end > 2 ||
      Break(count.end, places_[i].first - 2, true)) {
    return false;
  }
  std::string subject = LeftSubject(count);
  if (subject.empty()) return false;
  f.set_subject(std::move(subject));
  PossessivePlace(f.place().empty(), &f);  // "Canada's population"
  return true;
}

void ContextFinder::ChangeNounSubjects(absl::Span<v1::Figure> figures) const {
  for (size_t i = 1; i < places_.size(); ++i) {
    const int first = places_[i].first;
    if (!IsWord(first - 1, "of") ||
        !IsWordWith(first - 2, lexicon::IsChangeNoun) ||
        !(IsWord(first - 3, "a") || IsWord(first - 3, "an")) ||
        At(first - 4) == nullptr || !IsSymbol(d_[first - 4], ",")) {
      continue;
    }
    const v1::Figure& before = figures[i - 1];
    if (before.subject().empty() || Break(places_[i - 1].end, first - 4, false))
      continue;
    // the counted head: "9.4 million incidents of crime, a fall of 6%"
    absl::string_view counted = before.subject();
    counted = counted.substr(0, counted.find(" of "));
    figures[i].set_subject(absl::StrCat(d_[first - 2].raw, " in ", counted));
  }
}

int ContextFinder::AfterConversion(int k) const {
  if (At(k) == nullptr || !IsSymbol(d_[k], "(")) return k;
  for (const FigurePlace& q : places_) {
    if (q.first == k + 1 && q.money && At(q.end) != nullptr &&
        IsSymbol(d_[q.end], ")")) {
      return q.end + 1;
    }
  }
  return k;
}

void ContextFinder::ConvertedSubjects(absl::Span<v1::Figure> figures) const {
  for (size_t i = 1; i < places_.size(); ++i) {
    const FigurePlace& p = places_[i];
    const FigurePlace& before = places_[i - 1];
    if (!p.money || !before.money) continue;
    const int mark = AfterRate(before.end);  // "90,000 kip a day, about $4.20"
    if (mark != p.first - 1) continue;
    v1::Figure& f = figures[i];
    v1::Figure& g = figures[i - 1];
    const bool aside = IsSymbol(d_[mark], ",") && f.unit() != g.unit();
    if (!IsSymbol(d_[mark], "(") && !aside) continue;
    if (f.subject().empty() && !g.subject().empty()) {
      f.set_subject(g.subject());
    } else if (g.subject().empty() && !f.subject().empty()) {
      g.set_subject(f.subject());
    }
  }
}

void ContextFinder::TemperatureSubjects(
    absl::Span<v1::Figure> figures, const std::vector<FigurePlace>& places) {
  for (size_t i = 0; i < places.size(); ++i) {
    v1::Figure& f = figures[i];
    if (!BareCount(f, places[i]) || f.subject().empty()) continue;
    const absl::string_view subject = f.subject();
    const size_t space = subject.rfind(' ');
    const absl::string_view last =
        space == absl::string_view::npos ? subject : subject.substr(space + 1);
    if (lexicon::IsTemperatureNoun(last)) {
      f.set_dimension(v1::DIMENSION_TEMPERATURE);
    }
  }
}

void ContextFinder::NearestWithSubject(absl::Span<const v1::Figure> figures,
                                       bool forward,
                                       std::vector<int>* nearest) {
  const int count = static_cast<int>(figures.size());
  nearest->assign(count, -1);
  int last[v1::Dimension_ARRAYSIZE];
  std::fill(std::begin(last), std::end(last), -1);
  for (int n = 0; n < count; ++n) {
    const int i = forward ? n : count - 1 - n;
    const int dimension = figures[i].dimension();
    (*nearest)[i] = last[dimension];
    if (!figures[i].subject().empty()) last[dimension] = i;
  }
}

bool ContextFinder::Bearing(const v1::Figure& f, size_t i) const {
  if (f.dimension() != v1::DIMENSION_LENGTH) return false;
  int k = places_[i].end;
  if (IsWord(k, "to") && IsWord(k + 1, "the")) k += 2;
  return IsWordWith(k, lexicon::IsBearingWord);
}

bool ContextFinder::NamedSubjectBefore(const FigurePlace& p) const {
  int k = p.first - 1;
  if (IsWord(k, "at") || IsWord(k, "with") || IsWord(k, "on")) --k;
  const Token* verb = At(k);
  const Token* name = At(k - 1);
  if (verb == nullptr || name == nullptr || verb->kind != TokenKind::kWord ||
      name->kind != TokenKind::kWord || !IsCapitalized(*name) ||
      IsCapitalized(*verb) || OpensSentence(k - 1) ||
      HasRole(*name, kRoleMonth | kRoleWeekday)) {
    return false;
  }
  const absl::string_view w = verb->lower;
  return w != "to" &&
         (lexicon::IsSubjectAuxiliary(w) || HasRole(*verb, kRoleQuantityVerb) ||
          LooksLikeVerb(w) || IrregularPast(w));
}

bool ContextFinder::ContrastBetween(int from, int to) const {
  for (int k = from; k < to; ++k) {
    if (IsSymbol(d_[k], ";") || IsWordWith(k, lexicon::IsContrastWord)) {
      return true;
    }
  }
  return false;
}

void ContextFinder::InheritSubjects(absl::Span<v1::Figure> figures) const {
  const bool any =
      std::any_of(figures.begin(), figures.end(), [](const v1::Figure& f) {
        return f.subject().empty() && !f.unit().empty();
      });
  if (!any) return;  // no figure to give a subject to
  const std::vector<int>& before = before_;
  const std::vector<int>& after = after_;
  NearestWithSubject(figures, true, &before_);
  NearestWithSubject(figures, false, &after_);
  for (size_t i = 0; i < figures.size(); ++i) {
    v1::Figure& f = figures[i];
    if (!f.subject().empty() || f.unit().empty() || Bearing(f, i)) continue;
    if (NamedSubjectBefore(places_[i])) continue;
    if (!MeasuredActSubject(places_[i], f).empty()) {
      continue;  // "and produce 420 GWh": the act's own (PredicateSubjects)
    }
    const int i_int = static_cast<int>(i);
    const int next = after[i];
    // A name with its own verb is the subject of its clause alone.
    int best = before[i];
    if (next >= 0 && !NamedSubjectBefore(places_[next]) &&
        !ContrastBetween(places_[i].end, places_[next].first) &&
        (best < 0 ||
         (next - i_int < i_int - best && !AfterQuantityVerb(places_[i])))) {
      best = next;
    }
    // a duration's activity ("who has worked there for 14 years") counts
    // nothing another figure could share
    if (best >= 0 &&
        ActivityDurationSubject(places_[best], figures[best]).empty()) {
      f.set_subject(figures[best].subject());
    }
  }
}

namespace {

// The index of "it" or "they" as the subject of the sentence's first clause:
// its first word, or the word after a short opening phrase of place ("In
// Praia it was below 37 per cent", "At the two rural sites, they were
// lower": a place preposition, up to four words and a comma); -1 when none.
int OpeningPronoun(const TokenView& v) {
  constexpr int kMaxOpening = 6;  // the preposition, four words, a comma
  const auto pronoun = [&v](int k) {
    return v.IsWord(k, "it") || v.IsWord(k, "they");
  };
  if (pronoun(0)) return 0;
  const Token* opener = v.At(0);
  if (opener == nullptr || !HasRole(*opener, kRolePlacePreposition)) return -1;
  for (int k = 1; k <= kMaxOpening; ++k) {
    if (pronoun(k)) return k >= 2 ? k : -1;
    const Token* t = v.At(k);
    if (t == nullptr || (t->kind != TokenKind::kWord && !IsSymbol(*t, ","))) {
      return -1;
    }
    if (IsSymbol(*t, ",") && !pronoun(k + 1)) return -1;
  }
  return -1;
}

// True if `subject` is one noun standing for a figure named before
// (lexicon::IsAnaphoricFigureNoun): "figure", "rate".
bool AnaphoricSubject(const std::string& subject) {
  return !subject.empty() && absl::ascii_islower(subject[0]) &&
         lexicon::IsAnaphoricFigureNoun(subject);
}

// True if `e` is a figure of the kind of `f`: the same dimension and unit.
bool SameKind(const v1::Figure& f, const v1::Figure& e) {
  return e.dimension() == f.dimension() && e.unit() == f.unit();
}

// The subject of `e`, a figure of `text` and the nearest of the kind of an
// anaphoric figure before it, if it can stand for it: a subject of its own
// that is no group `e` is a share of ("81 percent of Hispanics ... Among
// women, the figure is 75 percent": no share of Hispanics); else nullptr.
const std::string* AntecedentSubject(absl::string_view text,
                                     const v1::Figure& e) {
  const size_t end = static_cast<size_t>(e.span().end());
  if (e.subject().empty() || AnaphoricSubject(e.subject()) ||
      (end <= text.size() && absl::StartsWith(text.substr(end), " of "))) {
    return nullptr;
  }
  return &e.subject();
}

// Gives each figure of `figures` (of `text`) whose subject is only a noun
// standing for an earlier figure ("while in St Elizabeth the figure was 34
// per cent", "and in Trelawny 31 per cent" after it) the subject of the
// nearest figure of its kind (SameKind) before it: in its sentence, else
// among `earlier` from byte `start` (the sentence before; -1: none).
void AnaphoricSubjects(absl::string_view text, absl::Span<v1::Figure> figures,
                       absl::Span<const v1::Figure> earlier, int start) {
  for (size_t i = 0; i < figures.size(); ++i) {
    v1::Figure& f = figures[i];
    if (!AnaphoricSubject(f.subject())) continue;
    const v1::Figure* antecedent = nullptr;
    for (size_t j = i; antecedent == nullptr && j-- > 0;) {
      if (SameKind(f, figures[j])) antecedent = &figures[j];
    }
    for (size_t k = earlier.size();
         antecedent == nullptr && start >= 0 && k-- > 0;) {
      if (earlier[k].span().begin() < start) break;
      if (SameKind(f, earlier[k])) antecedent = &earlier[k];
    }
    const std::string* subject =
        antecedent == nullptr ? nullptr : AntecedentSubject(text, *antecedent);
    if (subject != nullptr) f.set_subject(*subject);
  }
}

}  // namespace

void ContextFinder::PronounSubjects(absl::Span<v1::Figure> figures) const {
  // (The sentence before is looked for only when a figure stands for another:
  // SentenceStartBefore walks back over it byte by byte.)
  if (std::any_of(figures.begin(), figures.end(), [](const v1::Figure& f) {
        return AnaphoricSubject(f.subject());
      })) {
    AnaphoricSubjects(text_, figures, earlier_,
                      SentenceStartBefore(static_cast<int>(d_[0].begin)));
  }
  const int pronoun = OpeningPronoun(*this);
  if (pronoun < 0) return;
  const int begin = static_cast<int>(d_[0].begin);
  std::string antecedent;
  bool looked = false;
  for (size_t i = 0; i < figures.size(); ++i) {
    v1::Figure& f = figures[i];
    if (!f.subject().empty() || f.dimension() == v1::DIMENSION_DURATION ||
        f.dimension() == v1::DIMENSION_AGE || !InPronounClause(places_[i]) ||
        places_[i].first <= pronoun) {
      continue;
    }
    if (!looked) antecedent = SubjectOfSentenceBefore(begin);
    looked = true;
    if (!antecedent.empty()) f.set_subject(antecedent);
  }
}

namespace {

// True if the word `word` lowercased is a results noun
// (lexicon::IsResultsNoun); words longer than any listed are not.
bool IsResultsWord(absl::string_view word) {
  constexpr size_t kLongest = 12;  // "deliveries", "shipments"
  if (word.empty() || word.size() > kLongest) return false;
  char lower[kLongest];
  for (size_t k = 0; k < word.size(); ++k) {
    lower[k] = absl::ascii_tolower(static_cast<unsigned char>(word[k]));
  }
  return lexicon::IsResultsNoun(absl::string_view(lower, word.size()));
}

// True if a word of `subject` ("drop in net profit"), or with `last_only`
// its last word ("Net profit"), is a results noun (lexicon::IsResultsNoun).
bool HasResultsWord(absl::string_view subject, bool last_only) {
  if (last_only) {
    const size_t space = subject.rfind(' ');
    return IsResultsWord(space == absl::string_view::npos
                             ? subject
                             : subject.substr(space + 1));
  }
  for (absl::string_view w : absl::StrSplit(subject, ' ')) {
    if (IsResultsWord(w)) return true;
  }
  return false;
}

}  // namespace

void ContextFinder::ReportPeriods(absl::Span<v1::Figure> figures) const {
  if (!times_.empty() || earlier_.empty()) return;  // a weekday is when
                                                    // it was said
  const std::string* period = nullptr;
  bool looked = false;
  for (v1::Figure& f : figures) {
    if (!f.time_scope().empty() || f.subject().empty() ||
        !HasResultsWord(f.subject(), true)) {
      continue;
    }
    if (!looked) period = ReportPeriodBefore();
    looked = true;
    if (period != nullptr) f.set_time_scope(*period);
  }
}

const std::string* ContextFinder::ReportPeriodBefore() const {
  constexpr int kReportReach = 2500;  // bytes: a results story's opening
  const int begin = static_cast<int>(d_[0].begin);
  for (size_t k = earlier_.size(); k-- > 0;) {
    const v1::Figure& e = earlier_[k];
    if (e.span().end() < begin - kReportReach) return nullptr;
    if (e.time_scope().empty()) continue;
    const bool report = lexicon::NamesReportPeriod(e.time_scope()) &&
                        HasResultsWord(e.subject(), false);
    return report ? &e.time_scope() : nullptr;
  }
  return nullptr;
}

bool ContextFinder::InPronounClause(const FigurePlace& p) const {
  // after the pronoun: an opening phrase's comma comes before it
  const int pronoun = OpeningPronoun(*this);
  for (int k = pronoun + 1; k < p.first; ++k) {
    if (d_[k].kind == TokenKind::kSymbol && !InsideFigure(k)) return false;
  }
  return true;
}

std::string ContextFinder::SubjectOfSentenceBefore(int begin) const {
  const int start = SentenceStartBefore(begin);
  if (start < 0) return std::string();
  size_t best = absl::string_view::npos;
  const std::string* subject = nullptr;
  for (size_t k = earlier_.size(); k-- > 0;) {
    const v1::Figure& e = earlier_[k];
    if (e.span().begin() < start) break;
    if (e.span().end() > begin || e.subject().empty()) continue;
    const size_t at =
        text_.substr(0, e.span().begin()).find(e.subject(), start);
    if (at != absl::string_view::npos && at <= best) {
      best = at;
      subject = &e.subject();
    }
  }
  return subject == nullptr ? std::string() : *subject;
}

int ContextFinder::SentenceStartBefore(int begin) const {
  int k = std::min(begin, static_cast<int>(text_.size()));
  while (k > 0 && (text_[k - 1] == ' ' || text_[k - 1] == '\t')) --k;
  if (k == 0 || text_[k - 1] == '\n') return -1;
  --k;  // the sentence's last mark
  while (k > 0) {
    const char c = text_[k - 1];
    if (c == '\n') return k;
    if ((c == ' ' || c == '\t') && k >= 2 &&
        (text_[k - 2] == '.' || text_[k - 2] == '?' || text_[k - 2] == '!')) {
      return k;
    }
    --k;
  }
  return 0;
}

}  // namespace figure_internal
}  // namespace factwire
