// The subject of the clause a figure is the predicate of ("Attendance was a
// poor 31%", "The inquiry is expected to last six weeks"), and the last
// fallback for a figure still without one, read from its clause's grammar
// ("Tea exports brought in $340 million", "speeds below 30 km/h"):
// ContextFinder steps (see figure_context_finder.h).

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "ingest-service/extract/figure_context_finder.h"
#include "ingest-service/extract/lexicon/figure_context_words.h"
#include "ingest-service/extract/lexicon/number_words.h"
#include "ingest-service/extract/lexicon/speech_words.h"

namespace factwire {
namespace figure_internal {

namespace {

// True if the figures at `a` and `b`, `a` first, of the sentence `v` are the
// two ends of one change: "from A to B" or "to B from A", nothing between
// them but the second preposition and the first end's year ("from 2,350 in
// 2011 to 1,800").
bool ChangeEnds(const TokenView& v, const FigurePlace& a,
                const FigurePlace& b) {
  int second = a.end;
  const Token* year = v.At(a.end + 1);
  if (v.IsWord(second, "in") && year != nullptr &&
      IsFourDigitYear(*year, kFirstModernYear)) {
    second += 2;
  }
  if (second + 1 != b.first) return false;
  return (v.IsWord(a.first - 1, "from") && v.IsWord(second, "to")) ||
         (v.IsWord(a.first - 1, "to") && v.IsWord(second, "from"));
}

// The subject of the other end of the change figure `i` is an end of
// (ChangeEnds: "raise the allowance to J$450,000 from J$300,000", "expand
// its lease from 480 hectares to 730 hectares"), when of the same dimension
// and unit; "" otherwise.
std::string ChangeEndSubject(const TokenView& v,
                             const std::vector<FigurePlace>& places, size_t i,
                             absl::Span<const v1::Figure> figures) {
  const v1::Figure& f = figures[i];
  for (const size_t other : {i - 1, i + 1}) {
    if (other >= places.size()) continue;  // i - 1 wraps past 0
    const v1::Figure& e = figures[other];
    const bool ends = other < i ? ChangeEnds(v, places[other], places[i])
                                : ChangeEnds(v, places[i], places[other]);
    if (ends && e.dimension() == f.dimension() && e.unit() == f.unit() &&
        !e.subject().empty()) {
      return e.subject();
    }
  }
  return std::string();
}

// True if tokens[k] of `v` is a lowercase verb: a past form or participle,
// a verb of quantity ("reached", "topped") or of cost ("cost", "costs").
bool LowerVerbAt(const TokenView& v, int k) {
  const Token* t = v.At(k);
  return t != nullptr && t->kind == TokenKind::kWord && !IsCapitalized(*t) &&
         !HasRole(*t, kRoleSubjectStop) &&
         (HasRole(*t, kRoleQuantityVerb) || IsVerbFormShape(t->lower) ||
          lexicon::IsIrregularPast(t->lower) || lexicon::IsCostVerb(t->lower));
}

// The subject of the figure before figure `i` when `i` is the object of a
// second verb of its predicate ("The project will cover about 190 hectares
// and cost an estimated €118 million": "and", a verb, the figure; "and have
// cost": auxiliaries between) and that
// subject is written before it, the clause's own (not "sold 40 cars and
// earned $90,000": "cars" counts the first figure alone); "" otherwise.
std::string SharedPredicateSubject(const TokenView& v, absl::string_view text,
                                   const std::vector<FigurePlace>& places,
                                   size_t i,
                                   absl::Span<const v1::Figure> figures) {
  if (i == 0) return std::string();
  const FigurePlace& before = places[i - 1];
  const int verb = places[i].first - 1;
  int joint = verb - 1;  // "and have cost", "and will cost"
  while (joint > before.end && v.At(joint)->kind == TokenKind::kWord &&
         lexicon::IsSubjectAuxiliary(v.At(joint)->lower)) {
    --joint;
  }
  const v1::Figure& e = figures[i - 1];
  if (before.end != joint || !v.IsWord(before.end, "and") ||
      !LowerVerbAt(v, verb) || e.subject().empty()) {
    return std::string();
  }
  const size_t first = v.At(0)->begin;
  const size_t figure = v.At(before.first)->begin;
  const size_t at = text.substr(first, figure - first).find(e.subject());
  return at == absl::string_view::npos ? std::string() : e.subject();
}

// True if the duration `f` can be how far back a record reaches: a span of
// a week or more ("the first increase in 11 years", "first win in three
// weeks"), or a span in a unit of its own ("in five seasons"); not a clock
// time an act took ("scored his first goal in 10 minutes", "won her first
// marathon in 2 hours 21 minutes").
bool ReachSpan(const v1::Figure& f) {
  constexpr double kWeekSeconds = 7 * 24 * 3600;
  constexpr absl::string_view kSecondsUnit = "s";
  return f.normalized_unit() != kSecondsUnit ||
         f.normalized_value() >= kWeekSeconds;
}

// True if every word of `subject` is capitalized ("Koraput", "New
// Delhi"): a name, not a noun phrase.
bool CapitalizedWords(absl::string_view subject) {
  for (absl::string_view word : absl::StrSplit(subject, ' ')) {
    if (word.empty() ||
        !absl::ascii_isupper(static_cast<unsigned char>(word[0]))) {
      return false;
    }
  }
  return !subject.empty();
}

// True if the words of `subject` are the tokens from tokens[first] of `v`,
// each a name's capital, ASCII or Latin ("\xC3\x96stersund"): a name.
bool NameTokensAt(const TokenView& v, int first, absl::string_view subject) {
  int k = first;
  for (absl::string_view word : absl::StrSplit(subject, ' ')) {
    const Token* t = v.At(k++);
    if (t == nullptr || t->raw != word || !IsNameCapitalized(*t)) return false;
  }
  return true;
}

// The place names of a temperature's subject `subject`, whose first word
// is tokens[first]: with one capitalized name joined before it by "and",
// both ("Sonepur and Rairakhol both crossed 45C"); else `subject`.
std::string JoinedPlaceNames(const TokenView& v, int first,
                             absl::string_view subject) {
  const Token* joint = v.At(first - 1);
  const Token* name = v.At(first - 2);
  if (joint == nullptr || name == nullptr ||
      !lexicon::IsClauseAnd(joint->lower) || name->kind != TokenKind::kWord ||
      !IsCapitalized(*name)) {
    return std::string(subject);
  }
  return absl::StrCat(name->raw, " ", joint->raw, " ", subject);
}

// True if the phrase `subject` names a quantity of one mass ("Enrolment in
// state schools", "Transatlantic traffic"): its head, the last word before
// a preposition, is no plural, possessive or pronoun ("Shipments", "it").
bool MassSubject(absl::string_view subject) {
  absl::string_view head;
  for (absl::string_view word : absl::StrSplit(subject, ' ')) {
    if (lexicon::IsNounPostmodifierPreposition(word)) break;
    head = word;
  }
  return head.size() > 2 && !lexicon::LooksPlural(head) &&
         !absl::EndsWith(head, "'") &&
         !lexicon::IsSubjectPronoun(absl::AsciiStrToLower(head));
}

// The subject of the change figure `i` - 1 for the count `i` that is the
// level the change reached, when `i` counts only its own noun: "Enrolment in
// state schools fell by 9pc this year to about 4.1 million pupils" ->
// "Enrolment in state schools" (the words from that subject up to the verb,
// written before the change); "" when the change's subject is no mass
// (MassSubject: "Shipments rose 14% to 6.9 million bags" keeps "bags") or
// more than a few words of the same clause stand between the two figures.
std::string ChangeLevelSubject(const TokenView& v, absl::string_view text,
                               const std::vector<FigurePlace>& places,
                               size_t i, absl::Span<const v1::Figure> figures) {
  constexpr int kMaxBetween = 4;  // "by 9pc this year to"
  const FigurePlace& p = places[i];
  const v1::Figure& f = figures[i];
  const Token* noun = v.At(p.end);
  if (i == 0 || p.money || !f.unit().empty() || noun == nullptr ||
      !absl::StartsWith(f.subject(), noun->raw) || !v.IsWord(p.first - 1, "to")) {
    return std::string();
  }
  const FigurePlace& c = places[i - 1];
  const v1::Figure& e = figures[i - 1];
  if (e.dimension() != v1::DIMENSION_PERCENT || c.end > p.first - 1 ||
      p.first - 1 - c.end > kMaxBetween || !MassSubject(e.subject())) {
    return std::string();
  }
  for (int k = c.end; k < p.first - 1; ++k) {
    if (v.At(k)->kind != TokenKind::kWord) return std::string();
  }
  constexpr int kMaxSubjectWords = 8;
  const int verb = v.IsWord(c.first - 1, "by") ? c.first - 2 : c.first - 1;
  if (verb < 1 || v.At(verb)->kind != TokenKind::kWord) return std::string();
  const size_t begin = v.At(0)->begin;
  const size_t end = v.At(verb)->begin;
  const size_t at = text.substr(begin, end - begin).find(e.subject());
  if (at == absl::string_view::npos) return std::string();
  const absl::string_view phrase = absl::StripTrailingAsciiWhitespace(
      text.substr(begin + at, end - begin - at));
  const bool one_phrase =
      !absl::StrContains(phrase, ",") &&
      std::count(phrase.begin(), phrase.end(), ' ') < kMaxSubjectWords;
  return one_phrase ? std::string(phrase) : std::string();
}

// "average speed of <subject>" for the speed `f` at `p` that a form of
// "average" takes ("Trains average only 87 km/h", "the ferry averaged 30
// knots"): what the speed is, with what moves; "" when `f` is no speed, its
// verb no "average" (past "only", "about", ...) or its subject names a
// speed already.
std::string AverageSpeedSubject(const TokenView& v, const FigurePlace& p,
                                const v1::Figure& f) {
  if (f.dimension() != v1::DIMENSION_SPEED || f.subject().empty() ||
      absl::StrContains(f.subject(), lexicon::kSpeedWord)) {
    return std::string();
  }
  int k = p.first - 1;
  const Token* t = v.At(k);
  if (t != nullptr && lexicon::IsHedgeOrFocusWord(t->lower)) t = v.At(--k);
  if (t == nullptr || !lexicon::IsAverageVerb(t->lower)) return std::string();
  return absl::StrCat(lexicon::kAverageSpeedSubject, " of ", f.subject());
}

}  // namespace

// Contract beyond the header's (figure_context_finder.h belongs to another
// owner, so the note lives here): after giving a predicate figure its
// clause's subject, ClauseSubjects also overwrites subjects earlier passes
// set, in two cases: a count that a change of one mass reached takes the
// change's subject (ChangeLevelSubject: "Freight traffic fell 8% to 2.1
// million containers" -> "Freight traffic", not "containers"), and a
// temperature whose subject is a place name a verb reached counts
// "temperature" (lexicon::kTemperatureSubject: "while Koraput and Bolangir
// both crossed 44C") and the names become its place.
std::string ContextFinder::PricedSubject(const FigurePlace& p) const {
  int verb = BeforeCostObject(p.first - 1);  // "costs local businesses"
  if (IsWordWith(verb, lexicon::IsObjectPronoun)) --verb;  // "costs us"
  if (!IsWordWith(verb, lexicon::IsPriceVerb)) return std::string();
  int end = verb - 1;  // "will cost", "have cost"
  while (IsWordWith(end, lexicon::IsModalAuxiliary) ||
         IsWordWith(end, lexicon::IsFiniteAuxiliary)) {
    --end;
  }
  if (end < 0) return std::string();  // "Costs $5" opening the sentence
  int first = end;  // the clause's first word: after a mark, "that" or a
                    // verb of saying ("said fuel had cost")
  while (first > 0 &&
         ((d_[first - 1].kind == TokenKind::kWord &&
           !IsWord(first - 1, "that") &&
           !IsWordWith(first - 1, lexicon::IsSayVerb)) ||
          IsDash(d_[first - 1]) || InsideFigure(first - 1))) {
    --first;  // "in a four-star hotel": the figure and its dash go on
  }
  if (IsWordWith(first, lexicon::IsDistributiveDeterminer)) ++first;
  const int act = GerundSubjectStart(end);
  if (act >= first) return Slice(act, end + 1);  // "Replacing the pumps cost"
  TokenRange r = NounPhraseRange(first);
  if (r.last < r.first || r.last > end || Gerund(d_[r.first].lower)) {
    return std::string();  // not "caring for a child ... can cost": an act
  }
  if (IsWord(r.last + 1, "of") || IsWord(r.last + 1, "without")) {
    // "A litre of milk", "Each lost day of the festival", "Every week
    // without power": the complement is part of what is priced
    const TokenRange whole = NounPhraseRange(r.last + 2);
    if (whole.last >= whole.first && whole.first <= end) {
      r.last = std::min(whole.last, end);  // not the verb: "milk costs"
    }
  }
  const int after = r.last + 1;  // a preposition, not "a change the company
                                 // estimates would cost"
  if (after <= end &&
      !IsWordWith(after, lexicon::IsNounPostmodifierPreposition) &&
      !HasRole(d_[after], kRolePlacePreposition) && !IsWord(after, "without")) {
    return std::string();
  }
  for (int j = r.last + 1; j <= end; ++j) {  // prepositional phrases only
    const Token& t = d_[j];
    if (InsideFigure(j) || IsDash(t)) continue;
    if (t.kind != TokenKind::kWord || VerbForm(t.lower) ||
        Gerund(t.lower) || IsWordWith(j, lexicon::IsSubjectPronoun) ||
        IsWord(j, "which") || IsWord(j, "who") || IsWord(j, "that")) {
      return std::string();  // a clause of its own
    }
  }
  return PhraseOf(r);
}

std::string ContextFinder::PredicateClauseSubject(const FigurePlace& p) const {
  bool tied = false;
  const int verb = PredicateVerbStart(p, &tied);
  if (verb < 1) return std::string();
  const int end = tied ? ObjectRelativeEnd(verb - 1) : verb - 1;
  if (end == verb - 1 && !SubjectWordAt(end) && GerundSubjectStart(end) < 0) {
    return std::string();  // "it's"; not "rebuilding them would take"
  }
  std::string subject = SubjectEndingAt(end, /*of=*/false, /*worth=*/false,
                                        /*at=*/false, /*earner=*/false);
  if (EndsWithVerb(subject)) subject.clear();
  return subject;
}

int ContextFinder::GerundSubjectStart(int end) const {
  constexpr int kMaxObjectWords = 4;  // "repairing the old coast road"
  bool gerund = false;  // most subjects hold none: one suffix test a word
  for (int g = std::max(end - kMaxObjectWords, 0); g < end && !gerund; ++g) {
    gerund = d_[g].kind == TokenKind::kWord && Gerund(d_[g].lower);
  }
  if (!gerund) return -1;
  if (!IsWordWith(end, lexicon::IsObjectPronoun) && !NounWord(end)) return -1;
  for (int g = end - 1; g >= 0 && g >= end - kMaxObjectWords; --g) {
    const Token& t = d_[g];
    if (t.kind != TokenKind::kWord || InsideFigure(g)) return -1;
    if (Gerund(t.lower) && !HasRole(t, kRoleSubjectStop) &&
        !IsWordWith(g - 1, lexicon::IsNounPhraseDeterminer)) {  // not "the
                                                               // remaining"
      // not ", claiming the party's move would cost": a participle of the
      // clause before, whose object is the subject
      const int before =
          At(g - 1) != nullptr && IsSymbol(d_[g - 1], ",") ? g - 2 : g - 1;
      const bool opens = OpensSentence(g) || IsWord(g - 1, "that") ||
                         IsWordWith(before, lexicon::IsSayVerb);
      return opens && !lexicon::IsSayVerb(t.lower) ? g : -1;
    }
    if (!IsWordWith(g, lexicon::IsNounPhraseDeterminer) &&
        HasRole(t, kRoleSubjectStop)) {
      return -1;  // "caring for a child": no object right after the act
    }
  }
  return -1;
}

void ContextFinder::ClauseSubjects(absl::Span<v1::Figure> figures) const {
  for (size_t i = 0; i < places_.size(); ++i) {
    if (!figures[i].subject().empty()) continue;
    if (!EndsPhrase(places_[i])) continue;  // "at 25 randomly selected sites"
    std::string subject = PredicateClauseSubject(places_[i]);
    if (!subject.empty()) figures[i].set_subject(std::move(subject));
  }
  for (size_t i = 0; i < places_.size(); ++i) {
    std::string level = ChangeLevelSubject(*this, text_, places_, i, figures);
    if (!level.empty()) figures[i].set_subject(std::move(level));
    std::string speed = AverageSpeedSubject(*this, places_[i], figures[i]);
    if (!speed.empty()) figures[i].set_subject(std::move(speed));
    const std::string& subject = figures[i].subject();
    if (figures[i].dimension() != v1::DIMENSION_TEMPERATURE ||
        subject.empty()) {
      continue;
    }
    // "while Koraput and Bolangir both crossed 44C": the heat, not the
    // towns, which become its place (nearer than one set before); not
    // "Temperatures fell to 2C", a noun opening the sentence
    const int first = SubjectStartBefore(places_[i].first, subject);
    if (first > 0 && !OpensSentence(first) &&
        (CapitalizedWords(subject) || NameTokensAt(*this, first, subject))) {
      figures[i].set_place(JoinedPlaceNames(*this, first, subject));
      figures[i].set_subject(std::string(lexicon::kTemperatureSubject));
    }
  }
}

bool ContextFinder::SeaLevelAt(int k) const {
  for (const absl::string_view word : lexicon::kSeaLevelWords) {
    if (!IsWord(k++, word)) return false;
  }
  return true;
}

void ContextFinder::BearingSubjects(absl::Span<v1::Figure> figures) const {
  for (size_t i = 0; i < places_.size(); ++i) {
    const v1::Figure& f = figures[i];
    if (f.dimension() == v1::DIMENSION_LENGTH && SeaLevelAt(places_[i].end)) {
      figures[i].set_subject(std::string(lexicon::kAltitudeSubject));
      continue;
    }
    if (f.dimension() != v1::DIMENSION_LENGTH || !f.subject().empty() ||
        (At(places_[i].first - 1) != nullptr &&
         IsSymbol(d_[places_[i].first - 1], ","))) {
      continue;  // "the new site, 6 km from the centre,": the site's
    }
    const int bearing = places_[i].end;
    int k = bearing;  // the first word of the place's noun phrase
    if (CompoundDash(k + 1) && IsWordWith(k + 2, lexicon::IsCompassPoint)) {
      k += 2;  // "south-east of": the last point before "of"
    }
    if (IsWord(k, "from")) {
      ++k;
    } else if (IsWordWith(k, lexicon::IsCompassPoint) && IsWord(k + 1, "of")) {
      k += 2;
    } else {
      continue;
    }
    const TokenRange place = NounPhraseRange(k);
    if (place.last < place.first || place.first > k + 1) continue;
    figures[i].set_subject(absl::StrCat(lexicon::kDistanceSubject, " ",
                                        Slice(bearing, place.last + 1)));
  }
}

bool ContextFinder::EndsPhrase(const FigurePlace& p) const {
  const Token* next = At(p.end);
  if (next == nullptr || next->kind == TokenKind::kWord) {
    return next == nullptr || HasRole(*next, kRoleSubjectStop);
  }
  return next->kind == TokenKind::kSymbol && !lexicon::IsQuoteMark(next->raw);
}

bool ContextFinder::SubjectWordAt(int j) const {
  const Token* t = At(j);
  if (t == nullptr) return false;
  if (t->kind != TokenKind::kWord) return IsSymbol(*t, ",");  // an aside
  const bool contraction = (absl::StrContains(t->lower, "'") ||
                            absl::StrContains(t->lower, "\xE2\x80\x99")) &&
                           !NounPossessive(j);
  return !contraction && !lexicon::IsSubjectPronoun(t->lower);  // "it's"
}

int ContextFinder::PredicateVerbStart(const FigurePlace& p, bool* tied) const {
  int k = BeforePredicateLink(p.first - 1, tied);
  const bool by = *tied && IsWord(k + 1, "by");  // "shrunk by", not "named by"
  k = BeforeBearingAdverbs(k);  // "is moving west-northwest at 17 km/h"
  // "are thinning by 4 metres", "has crept north at about 2km": verb groups
  // tied to a measure only, not to a bare number ("is getting help from two
  // groups")
  const Token& last = d_[p.end - 1];
  const bool measure = *tied && last.kind != TokenKind::kNumber &&
                       lex_.NumberWord(last) == nullptr;
  if (by && !(IsWordWith(k, lexicon::IsChangeFromWord) ||
              IsWordWith(k, lexicon::IsPredicateParticiple) ||
              (At(k) != nullptr && HasRole(d_[k], kRoleQuantityVerb)) ||
              (measure && ProgressiveAt(k)))) {
    return -1;
  }
  if (*tied && IsWordWith(k, lexicon::IsPredicateParticle) &&
      PredicateVerbAt(k - 1)) {
    --k;  // "came in at 1.9%"
  }
  int start = -1;           // the group's leftmost verb or auxiliary
  int left = -1;            // its leftmost token, adverbs too: "now stands"
  int next = -1;            // the verb next to the figure
  bool be = false;          // a form of "be" is in the group
  for (int n = 0; n < 6 && k >= 0 && !InsideFigure(k); ++n, left = k--) {
    const bool auxiliary = IsWordWith(k, lexicon::IsSubjectAuxiliary);
    if (auxiliary || PredicateVerbAt(k) ||
        (measure && (ProgressiveAt(k) || PerfectParticipleAt(k)))) {
      if (start < 0) next = k;
      be = be || IsWordWith(k, lexicon::IsAnyBeForm);
      start = k;
      continue;
    }
    if (LyAdverb(k) || IsWordWith(k, lexicon::IsHedgeOrFocusWord)) {
      continue;  // "now stands", "alone lasted"
    }
    break;
  }
  if (start < 0) return -1;
  const Token& verb = d_[next];
  const bool participle = VerbForm(verb.lower);
  if (by && participle && be) return -1;  // "was decided by 2%": an agent
  if (!*tied && ((participle && be) ||  // "was fined £2m"
                 !(HasRole(verb, kRoleQuantityVerb) ||
                   lexicon::IsMeasureBaseVerb(verb.lower)))) {
    return -1;  // "would spend £120m", "recorded just 41mm": an object
  }
  const Token& first = d_[start];
  const bool finite =
      lexicon::IsFiniteAuxiliary(first.lower) ||
      (!lexicon::IsSubjectAuxiliary(first.lower) && !Gerund(first.lower) &&
       (HasRole(first, kRoleQuantityVerb) || VerbForm(first.lower) ||
        lexicon::IsLevelPassive(first.lower)));  // "put", "cut"
  return finite ? left : -1;
}

int ContextFinder::BeforeBearingAdverbs(int k) const {
  const int end = k;
  while (IsWordWith(k, lexicon::IsCompassPoint) ||
         (CompoundDash(k) && IsWordWith(k + 1, lexicon::IsCompassPoint))) {
    --k;  // "west-northwest": the points and the dash between
  }
  return k != end && !InsideFigure(k) ? k : end;
}

bool ContextFinder::ProgressiveAt(int k) const {
  const Token* t = At(k);
  if (t == nullptr || t->kind != TokenKind::kWord || IsCapitalized(*t) ||
      !Gerund(t->lower) || InsideFigure(k)) {
    return false;
  }
  int be = k - 1;
  if (LyAdverb(be)) --be;  // "is steadily growing by"
  return IsWordWith(be, lexicon::IsAnyBeForm);
}

bool ContextFinder::PerfectParticipleAt(int k) const {
  const Token* t = At(k);
  if (t == nullptr || t->kind != TokenKind::kWord || IsCapitalized(*t) ||
      InsideFigure(k) || HasRole(*t, kRoleSubjectStop) || Gerund(t->lower)) {
    return false;
  }
  return IsWord(k - 1, "has") || IsWord(k - 1, "have") || IsWord(k - 1, "had");
}

int ContextFinder::BeforePredicateLink(int j, bool* tied) const {
  for (int n = 0; n < 6; ++n) {
    j = BeforeJudgingArticle(j);
    if (IsWordWith(j, lexicon::IsPredicatePreposition) && !InsideFigure(j)) {
      --j;  // "gone from", "shrunk by", "came in at"
      *tied = true;
    } else if (*tied && InsideFigure(j)) {
      while (InsideFigure(j)) --j;  // "from four hours to"
    } else if ((IsWord(j, "up") || IsWord(j, "down")) && At(j - 1) != nullptr &&
               IsSymbol(d_[j - 1], ",") && InsideFigure(j - 2)) {
      j -= 2;  // "was a poor 31%, down from 44%"
      while (InsideFigure(j)) --j;
    } else if (*tied && At(j) != nullptr && IsSymbol(d_[j], ",") &&
               (LyAdverb(j - 1) || PredicateVerbAt(j - 1))) {
      --j;  // "slipped slightly, from 61% to 58%"
    } else {
      break;
    }
  }
  return j;
}

int ContextFinder::BeforeJudgingArticle(int j) const {
  int k = j;
  for (int words = 0; words < 2; ++words) {
    const Token* t = At(k);
    if (t == nullptr || t->kind != TokenKind::kWord || IsCapitalized(*t) ||
        InsideFigure(k) || HasRole(*t, kRoleSubjectStop)) {
      break;
    }
    --k;
    if (CompoundDash(k)) k -= 2;  // "an eye-watering"
  }
  return k != j && (IsWord(k, "a") || IsWord(k, "an")) ? k - 1 : j;
}

bool ContextFinder::PredicateVerbAt(int k) const {
  const Token* t = At(k);
  if (t == nullptr || t->kind != TokenKind::kWord || IsCapitalized(*t) ||
      InsideFigure(k)) {
    return false;
  }
  if (IsWord(k - 1, "to") || IsWordWith(k - 1, lexicon::IsModalAuxiliary)) {
    return true;  // "to last", "will take"
  }
  if (HasRole(*t, kRoleSubjectStop) || lexicon::IsFindingVerb(t->lower)) {
    return false;  // "said", "found": what someone says or finds
  }
  return HasRole(*t, kRoleQuantityVerb) || VerbForm(t->lower) ||
         lexicon::IsLevelPassive(t->lower);
}

int ContextFinder::ObjectRelativeEnd(int j) const {
  for (int k = j; k >= 0 && k > j - 7; --k) {
    const Token& t = d_[k];
    if (t.kind != TokenKind::kWord && !InsideFigure(k) && !CompoundDash(k)) {
      return j;  // "which one Asia-Europe operator lifted" reads on
    }
    if (t.lower == "which") {
      return At(k - 1) != nullptr && IsSymbol(d_[k - 1], ",") ? k : k - 1;
    }
    if (t.lower == "that") return k < j && NounWord(k - 1) ? k - 1 : j;
    if (HasRole(t, kRoleSubjectStop) && !lexicon::IsSubjectPronoun(t.lower) &&
        !IsWord(k, "the") && !IsWord(k, "a") && !IsWord(k, "an")) {
      return j;
    }
  }
  return j;
}

bool ContextFinder::EndsWithVerb(absl::string_view subject) const {
  const size_t space = subject.rfind(' ');
  const absl::string_view last =
      space == absl::string_view::npos ? subject : subject.substr(space + 1);
  if (absl::EndsWith(last, "eed") && !IrregularPast(last) &&
      !lexicon::IsPredicateParticiple(last)) {
    return false;  // "speed"
  }
  return VerbForm(last);
}

void ContextFinder::FallbackSubjects(absl::Span<v1::Figure> figures) const {
  for (size_t i = 0; i < places_.size(); ++i) {
    if (!figures[i].subject().empty()) continue;
    const FigurePlace& p = places_[i];
    std::string subject = RecordReachSubject(p, figures[i]);
    if (subject.empty()) subject = QualifiedNounSubject(p, figures[i]);
    if (subject.empty()) subject = PartOfWholeSubject(i, figures);
    if (subject.empty()) subject = ScoreSubject(i, figures);
    if (subject.empty()) subject = SpannedChangeSubject(i, figures);
    if (subject.empty()) subject = ParticipleSubject(p);
    if (subject.empty()) subject = LabelSubject(p);
    if (subject.empty()) subject = RelativeLinkSubject(p);
    if (subject.empty()) subject = MovedObjectSubject(p);
    if (subject.empty()) subject = ObjectSubject(p, figures[i]);
    if (subject.empty()) subject = TimedActSubject(p, figures[i]);
    if (subject.empty()) subject = EventOffsetSubject(p, figures[i]);
    if (subject.empty()) subject = ChangeEndSubject(*this, places_, i, figures);
    if (subject.empty()) {
      subject = SharedPredicateSubject(*this, text_, places_, i, figures);
    }
    // "they earn about $19"; the verb is looked for only with no subject yet
    const int verb = subject.empty() ? ObjectVerbBefore(p.first) : -1;
    if (verb >= 0 && absl::string_view(figures[i].unit()) != "times") {
      subject = ActNounSubject(p, figures[i], verb, true);
    }
    if (!subject.empty()) figures[i].set_subject(std::move(subject));
  }
  RespectiveSubjects(figures);
}

void ContextFinder::RespectiveSubjects(absl::Span<v1::Figure> figures) const {
  for (size_t i = 1; i < places_.size(); ++i) {
    const FigurePlace& a = places_[i - 1];
    const FigurePlace& b = places_[i];
    if (a.end != b.first - 1 || !IsWord(a.end, "and") || !RespectivelyAfter(b.end)) {
      continue;  // the token tests first: the subject is copied only for a pair
    }
    const std::string shared = figures[i - 1].subject();
    const bool second_free = figures[i].subject().empty();  // "45 million
    // and 33 million, respectively": the second took no noun of its own
    if (shared.empty() || (figures[i].subject() != shared && !second_free)) continue;
    const int s = SubjectStartBefore(a.first, shared);
    int k = s - 1;  // "Labour and the Greens"
    if (IsWordWith(k, lexicon::IsNounPhraseDeterminer)) --k;
    const Token* pair = At(k - 1);
    if (s < 0 || !IsWord(k, "and") || pair == nullptr ||
        pair->kind != TokenKind::kWord || InsideFigure(k - 1) ||
        HasRole(*pair, kRoleSubjectStop)) {
      continue;
    }
    const size_t head = shared.find(' ');
    figures[i].set_subject(shared);
    figures[i - 1].set_subject(
        head == std::string::npos || LooksPlural(pair->lower)
            ? std::string(pair->raw)
            : absl::StrCat(pair->raw, shared.substr(head)));
  }
}

int ContextFinder::SubjectStartBefore(int end, absl::string_view subject) const {
  constexpr int kMaxBack = 12;  // "Exports and imports of grain both rose"
  for (int j = end - 1; j >= 0 && j >= end - kMaxBack; --j) {
    const Token& t = d_[j];
    if (IsSymbol(t, ".") || IsSymbol(t, ";") || IsSymbol(t, ":")) return -1;
    if (t.kind != TokenKind::kWord ||
        !absl::StartsWith(subject, t.raw)) {
      continue;
    }
    for (int e = j + 1; e <= end; ++e) {
      if (Slice(j, e) == subject) return j;
    }
  }
  return -1;
}

bool ContextFinder::RespectivelyAfter(int end) const {
  constexpr int kMaxGap = 5;  // "41% of the vote, respectively"
  for (int j = end; j < n_ && j <= end + kMaxGap; ++j) {
    if (IsWord(j, "respectively")) return true;
    const Token& t = d_[j];
    if (IsSymbol(t, ".") || IsSymbol(t, ";") || IsSymbol(t, ":") ||
        InsideFigure(j)) {
      return false;
    }
  }
  return false;
}

std::string ContextFinder::QualifiedNounSubject(const FigurePlace& p,
                                                const v1::Figure& f) const {
  const v1::Qualifier q = f.qualifier();
  const bool bound = q == v1::QUALIFIER_MORE_THAN ||
                     q == v1::QUALIFIER_LESS_THAN ||
                     q == v1::QUALIFIER_AT_LEAST || q == v1::QUALIFIER_AT_MOST;
  const int j = p.first - 1;
  if (!bound || f.dimension() == v1::DIMENSION_DURATION ||
      d_[p.first].kind != TokenKind::kWord || !NounWord(j) || LyAdverb(j) ||
      IsWordWith(j, lexicon::IsFlatAdverb) ||
      IsWordWith(j, lexicon::IsFigureHedge)) {
    return std::string();  // "rose well above", "is still below"
  }
  // The noun opens its phrase after a determiner ("the rate above"), or a
  // plural one after a preposition ("keep to speeds below"); not a verb
  // after its subject or modal ("they work more than", "will win at least").
  std::string noun = NounsEndingAt(j);
  const int before = PhraseStart(j, noun) - 1;
  if (before < 0) return std::string();
  const bool determined = IsWordWith(before, lexicon::IsNounPhraseDeterminer);
  if (determined && ObjectTakingWordAt(before - 1) &&
      IsWordWith(before - 1, lexicon::IsTwoObjectVerb) &&
      !IsWordWith(p.first, lexicon::IsPositionBound)) {
    return std::string();  // "lent the country more than $3bn": a second
  }                        // object, not the noun's figure
  const bool opens = determined ||
                     (IsWordWith(before, lexicon::IsBoundNounPreposition) &&
                      LooksPlural(d_[j].lower));
  for (int k = before + 1; k <= j; ++k) {
    if (IsCapitalized(d_[k])) return std::string();  // "France kills"
  }
  return opens ? noun : std::string();
}

bool ContextFinder::ObjectTakingWordAt(int k) const {
  const Token* t = At(k);
  return t != nullptr && t->kind == TokenKind::kWord && !IsCapitalized(*t) &&
         !InsideFigure(k) && !HasRole(*t, kRoleSubjectStop) &&
         !LyAdverb(k) &&  // "owes", "lent"; not "to", "in", "only"
         VerbBeforeObject(k);
}

int ContextFinder::VerbBeforeFirstObject(int j) const {
  if (!GivingVerbOpensObjectNear(j)) return j;  // most figures: no lookup more
  const Token* t = At(j);
  if (t == nullptr || t->kind != TokenKind::kWord || IsCapitalized(*t) ||
      !NounWord(j)) {
    return j;
  }
  const std::string noun = NounsEndingAt(j);
  const int determiner = noun.empty() ? -1 : PhraseStart(j, noun) - 1;
  const bool first_object =
      determiner > j - 5 && GivingVerbBeforeDeterminer(determiner);
  return first_object ? determiner - 1 : j;  // not "fined the employer £4m"
}

bool ContextFinder::GivingVerbBeforeDeterminer(int d) const {
  return IsWordWith(d, lexicon::IsNounPhraseDeterminer) &&
         (IsWordWith(d - 1, lexicon::IsDonationVerb) ||
          IsWordWith(d - 1, lexicon::IsCostVerb));
}

bool ContextFinder::GivingVerbOpensObjectNear(int j) const {
  for (int d = j - 1; d > j - 5; --d) {
    if (GivingVerbBeforeDeterminer(d)) return true;
  }
  return false;
}

int ContextFinder::PhraseStart(int k, absl::string_view phrase) const {
  constexpr int kMaxReach = 16;  // SubjectEndingAt's words and skipped phrases
  for (int i = k; i >= 0 && i > k - kMaxReach; --i) {
    if (text_.substr(d_[i].begin, phrase.size()) == phrase) return i;
  }
  return -1;
}

bool ContextFinder::NameOnly(int first, int last) const {
  if (!IsCapitalized(d_[last])) return false;  // "the police"
  return !(first == last && OpensSentence(first) &&
           LooksPlural(d_[first].lower));  // "Sales will account for"
}

std::string ContextFinder::PartOfWholeSubject(
    size_t i, absl::Span<const v1::Figure> figures) const {
  if (i + 1 >= places_.size() || !IsWord(places_[i].end, "of")) {
    return std::string();
  }
  int k = places_[i].end + 1;  // "of the town's", "of its"
  if (IsWordWith(k, lexicon::IsNounPhraseDeterminer)) ++k;
  if (NounPossessive(k)) ++k;
  const FigurePlace& whole = places_[i + 1];
  const bool modifier = Adjectival(whole) || TightWord(whole.end);
  return whole.first == k && !modifier ? figures[i + 1].subject()
                                       : std::string();  // not "112-member"
}

std::string ContextFinder::ScoreSubject(
    size_t i, absl::Span<const v1::Figure> figures) const {
  const int to = places_[i].first - 1;
  if (!BareCount(figures[i], places_[i]) || !IsWord(to, "to")) {
    return std::string();
  }
  const Token* number = At(to - 2);
  if (number != nullptr && number->kind == TokenKind::kNumber &&
      !InsideFigure(to - 2) && LowerNoun(to - 1) &&
      LooksPlural(d_[to - 1].lower)) {
    return std::string(d_[to - 1].raw);  // "48 goals to 46", no figure of
  }                                      // its own before
  if (i == 0 || !BareCount(figures[i - 1], places_[i - 1])) {
    return std::string();
  }
  int k = places_[i - 1].end;  // "90 to", "3 goals to"
  if (k < to && LowerNoun(k)) ++k;
  return k == to ? figures[i - 1].subject() : std::string();
}

std::string ContextFinder::SpannedChangeSubject(
    size_t i, absl::Span<const v1::Figure> figures) const {
  if (i < 2 || figures[i - 1].dimension() != v1::DIMENSION_DURATION) {
    return std::string();
  }
  const FigurePlace& change = places_[i - 2];
  const FigurePlace& span = places_[i - 1];
  const bool joined =
      span.end + 1 == places_[i].first && IsWord(span.end, "to") &&
      change.end + 1 == span.first &&
      IsWordWith(change.end, lexicon::IsPeriodSpanPreposition);
  return joined ? figures[i - 2].subject() : std::string();
}

std::string ContextFinder::ParticipleSubject(const FigurePlace& p) const {
  const int j = p.first - 1;
  const Token* t = At(j);
  if (t == nullptr || t->kind != TokenKind::kWord || InsideFigure(j) ||
      IsCapitalized(*t) || HasRole(*t, kRoleSubjectStop) ||
      !Gerund(t->lower) || lexicon::IsIngNoun(t->lower) || !NounWord(j - 1) ||
      !SubjectWordAt(j - 1) || !LooksPlural(d_[j - 1].lower) ||
      HasRole(d_[j - 1], kRolePeriodNoun) ||
      !(EndsPhrase(p) || IsWordWith(p.end, lexicon::IsSubjectAuxiliary))) {
    return std::string();  // "an unfavorable rating above", "they're
                           // paying", "leaving 35 randomly selected sites"
  }
  return NounsEndingAt(j - 1);
}

std::string ContextFinder::LabelSubject(const FigurePlace& p) const {
  constexpr int kMaxLabelWords = 3;
  const int colon = p.first - 1;
  if (colon < 1 || colon > kMaxLabelWords || !IsSymbol(d_[colon], ":") ||
      !CapitalizedAt(0)) {
    return std::string();
  }
  for (int k = 0; k < colon; ++k) {
    if (d_[k].kind != TokenKind::kWord || InsideFigure(k) ||
        (k > 0 && IsCapitalized(d_[k]))) {
      return std::string();  // not "Hillary Clinton: 1,769."
    }
  }
  if (!IsWordWith(colon - 1, lexicon::IsLevelNoun) &&
      !IsWordWith(colon - 1, lexicon::IsLabelMeasureNoun)) {
    return std::string();  // a measure, not a name: not "Clinton: 547."
  }
  const Token* after = At(p.end);  // the figure ends the line
  const bool ends = after == nullptr ||
                    (IsSymbol(*after, ".") && At(p.end + 1) == nullptr);
  return ends ? Slice(0, colon) : std::string();
}

std::string ContextFinder::ReportedRelativeSubject(int link) const {
  int say = -1;
  for (int k = link - 1; k >= 2 && k > link - 12; --k) {
    const Token& t = d_[k];
    if (t.kind != TokenKind::kWord || InsideFigure(k)) return std::string();
    if (lexicon::IsSayVerb(t.lower) || lexicon::IsFindingVerb(t.lower)) {
      say = k;
    } else if (lexicon::IsRelativeOpener(t.lower) &&
               IsSymbol(d_[k - 1], ",")) {
      const int a = k - 2;  // "Freight costs, which the company said had"
      const bool reported = say > k + 1 && ClauseVerbAt(say + 1) &&
                            !IsWord(say + 1, "that");
      const Token& noun = d_[a];  // "costs" may be a verb's form too
      const bool antecedent = noun.kind == TokenKind::kWord &&
                              !IsCapitalized(noun) &&
                              !HasRole(noun, kRoleSubjectStop) &&
                              !VerbForm(noun.lower);
      return reported && antecedent ? NounsEndingAt(a) : std::string();
    }
  }
  return std::string();
}

std::string ContextFinder::MovedObjectSubject(const FigurePlace& p) const {
  int link = p.first - 1;
  if (At(link) != nullptr && lexicon::IsQuoteMark(d_[link].raw)) {
    --link;  // put the damage at "no less than €300m"
  }
  const bool at = IsWord(link, "at");  // "kept their target price at"
  if (!IsWord(link, "to") && !IsWord(link, "by") && !at) return std::string();
  int end = link - 1;
  for (const Mention& m : times_) {
    if (m.first <= end && end < m.end) end = m.first - 1;  // "this year at"
  }
  int first = MovedObjectStart(end, at);
  if (first < 0) {  // "the price of its stout to bars by 7%"
    int prep = end - 1;
    while (prep > end - 3 && (NounWord(prep) || CapitalizedAt(prep))) {
      --prep;  // "for Hradek shares"
    }
    if (prep > end - 4 && DeterminerBefore(prep) &&
        !IsWordWith(prep, lexicon::IsBoundNounPreposition)) {
      --prep;  // "the likely loss for his company at"
    }
    if (!IsWordWith(prep, lexicon::IsBoundNounPreposition) &&
        !IsWord(prep, "in")) {
      return std::string();
    }
    end = prep - 1;
    first = MovedObjectStart(end, at);
  }
  if (first < 0 || (at && BareAge(p) && !IsWordWith(end, lexicon::IsLevelNoun))) {
    return std::string();  // "kept her seat at 71": her age, not the seat's
  }
  return Slice(first, end + 1);
}

bool ContextFinder::BareAge(const FigurePlace& p) const {
  const Token& t = d_[p.first];
  return p.end == p.first + 1 && !p.money && t.kind == TokenKind::kNumber &&
         !t.has_decimal && !t.has_separator && t.value >= 1 &&
         t.value <= kOldestAge;
}

int ContextFinder::MovedObjectStart(int end, bool at) const {
  const Token* t = At(end);  // "cut" in "the chance of another cut" is a noun
  if (t == nullptr || t->kind != TokenKind::kWord || InsideFigure(end) ||
      IsCapitalized(*t) || HasRole(*t, kRoleSubjectStop) || LyAdverb(end) ||
      LooksLikeVerb(t->lower) || Gerund(t->lower)) {
    return -1;  // "raised gradually to"
  }
  const ObjectPhrase object = DeterminedObject(end);
  int first = object.first;
  int verb = object.verb;
  if (first < 0) {  // "raise national maize output"
    verb = end - 1;
    while (verb > end - 3 && NounWord(verb) &&
           !IsWordWith(verb, lexicon::IsMoveToWord)) {
      --verb;
    }
    first = verb + 1;
  }
  const bool moves =
      at ? IsWordWith(verb, lexicon::IsLevelPassive)
         : IsWordWith(verb, lexicon::IsMoveToWord) ||
               IsWordWith(verb, lexicon::IsTransitiveChangeWord);
  return moves && !IsCapitalized(d_[verb]) ? first : -1;
}

std::string ContextFinder::RelativeLinkSubject(const FigurePlace& p) const {
  const int link = p.first - 1;
  if (!IsWordWith(link, lexicon::IsPredicatePreposition) ||
      InsideFigure(link)) {
    return std::string();
  }
  const int a = RelativeAntecedent(link);
  if (a < 0) return ReportedRelativeSubject(link);
  if (IsCapitalized(d_[a]) && !OpensSentence(a)) {
    return std::string();  // a name; "Turnout, which" is a noun
  }
  int pronoun = a + 1;  // "which", "that", "who"; its verb follows
  while (pronoun < link && !IsWordWith(pronoun, lexicon::IsRelativeOpener)) {
    ++pronoun;
  }
  for (int k = pronoun + 2; k < link; ++k) {
    if (VerbForm(d_[k].lower) || Gerund(d_[k].lower)) {
      return std::string();  // "which involved reducing the holes to 18"
    }
  }
  return NounsEndingAt(a);
}

std::string ContextFinder::ObjectSubject(const FigurePlace& p,
                                         const v1::Figure& f) const {
  if (ElidedOrPlacing(p)) return std::string();
  // "Sales will account for about 80,000 tonnes", "was closed for 9 days",
  // "was approved in 41 days"
  const bool duration = f.dimension() == v1::DIMENSION_DURATION;
  const bool for_link =
      IsWord(p.first - 1, "for") ||
      (duration && IsWordWith(p.first - 1, lexicon::IsTimeTakenPreposition));
  int j = for_link ? p.first - 2 : BeforeJudgingArticle(p.first - 1);
  if (duration && IsWord(p.first - 1, "for")) {
    std::string held = HeldObjectSubject(j);
    if (!held.empty()) return held;  // "closed the line for two months"
  }
  if (for_link && !IsWord(p.first - 1, "for") && !PastFormAt(j)) {
    return std::string();  // "to pass any measures in two decades"
  }
  if (IsWordWith(j, lexicon::IsPredicateParticle) && ObjectVerbAt(j - 1)) --j;
  if (p.money && !for_link) j = VerbBeforeFirstObject(j);
  if (!ObjectVerbAt(j) || IsWordWith(j, lexicon::IsTalkVerb)) {
    return std::string();  // "The president spoke for 40 minutes"
  }
  const bool participle = VerbForm(d_[j].lower) && !for_link;
  int k = j - 1;
  bool be = false;
  for (int n = 0; n < 4; ++n, --k) {
    if (IsWord(k, "to") && !IsWordWith(k - 1, lexicon::IsSubjectAuxiliary)) {
      return InfinitiveSubject(k);  // "expects the work to take"
    }
    if (f.dimension() == v1::DIMENSION_DURATION && !for_link) {
      return std::string();
    }
    if (IsWordWith(k, lexicon::IsSubjectAuxiliary)) {
      be = be || IsWordWith(k, lexicon::IsAnyBeForm);
    } else if (!LyAdverb(k) && !IsWord(k, "not") &&
               !IsWordWith(k, lexicon::IsFigureHedge)) {
      break;
    }
  }
  if (participle && be) return std::string();  // "was fined £2m"
  if (IsWord(k, "and")) k = CoordinatedSubjectEnd(k);  // "... and lost"
  return ObjectClauseSubject(k, for_link);
}

std::string ContextFinder::RecordReachSubject(const FigurePlace& p,
                                              const v1::Figure& f) const {
  constexpr int kMaxPhraseWords = 4;  // "its smallest quarterly profit"
  constexpr int kMaxPlaceWords = 3;   // "in New South Wales"
  if (f.dimension() != v1::DIMENSION_DURATION || !ReachSpan(f) ||
      !(IsWord(p.first - 1, "in") || IsWord(p.first - 1, "for"))) {
    return std::string();  // not "his first goal in 10 minutes"
  }
  int j = p.first - 2;
  int k = j;
  while (k > j - kMaxPlaceWords && CapitalizedAt(k) && !InsideFigure(k)) --k;
  if (k < j && IsWord(k, "in")) j = k - 1;  // "the lowest reading in Finland"
  for (int a = j; a >= 0 && a > j - kMaxPhraseWords; --a) {
    if (IsWordWith(a, lexicon::IsReachWord)) {
      const bool named = a < j && !IsWordWith(j, lexicon::IsOccasionNoun);
      return named ? Slice(a, j + 1) : std::string();  // not "the lowest
                                                       // in", "the first time"
    }
    const bool ing = !IsCapitalized(d_[a]) && Gerund(d_[a].lower);
    if (!NounWord(a) && !ing) return std::string();  // "reading", "flooding"
  }
  return std::string();
}

bool ContextFinder::PastFormAt(int j) const {
  const Token* t = At(j);
  return t != nullptr && t->kind == TokenKind::kWord &&
         (VerbForm(t->lower) || IrregularPast(t->lower));
}

std::string ContextFinder::TimedActSubject(const FigurePlace& p,
                                            const v1::Figure& f) const {
  if (f.dimension() != v1::DIMENSION_DURATION) return std::string();
  int link = p.first - 1;
  if (!IsWordWith(link, lexicon::IsTimedActLink)) {
    link = p.first;  // "within six weeks" may be the figure's own words
    if (!IsWordWith(link, lexicon::IsTimedActLink)) return std::string();
  }
  const int verb = TimedActVerb(link);
  if (verb < 0 || IsWordWith(verb, lexicon::IsTalkVerb)) return std::string();
  const bool be = IsWordWith(verb, lexicon::IsAnyBeForm);
  const Token* next = At(verb + 1);
  const bool object =
      !be && verb + 1 < link && next->kind == TokenKind::kWord &&
      !lexicon::IsObjectPronoun(next->lower) && !LyAdverb(verb + 1) &&
      (IsWordWith(verb + 1, lexicon::IsNounPhraseDeterminer) ||
       !HasRole(*next, kRoleSubjectStop));
  if (object) {
    int end = verb + 2;  // up to a preposition: "rotates staff at all ports"
    while (end < link && (!HasRole(d_[end], kRoleSubjectStop) ||
                          IsWord(end, "of") ||
                          IsWordWith(end, lexicon::IsNounPhraseDeterminer))) {
      ++end;
    }
    return Slice(verb, end);
  }
  int k = verb - 1;  // the subject ends before the verb group
  bool passive = be;
  while (IsWordWith(k, lexicon::IsSubjectAuxiliary) || LyAdverb(k) ||
         IsWord(k, "not")) {
    passive = passive || IsWordWith(k, lexicon::IsAnyBeForm);
    --k;
  }
  std::string subject = k >= 0 ? ObjectClauseSubject(k, /*for_link=*/true)
                               : std::string();
  if (subject.empty() && !passive && verb + 1 < link &&
      (HasRole(*next, kRolePlacePreposition) ||
       lexicon::IsSitePreposition(next->lower))) {
    subject = Slice(verb, link);  // "slept in their cabs"
  }
  return subject;
}

std::string ContextFinder::EventOffsetSubject(const FigurePlace& p,
                                               const v1::Figure& f) const {
  constexpr int kMaxEventWords = 4;  // "the presidential vote"
  if (f.dimension() != v1::DIMENSION_DURATION ||
      !IsWordWith(p.end, lexicon::IsEventOffsetWord) ||
      IsWordWith(p.first - 1, lexicon::IsClauseSplitter) ||
      (IsWord(p.first - 1, "with") &&
       IsWordWith(p.first - 2, lexicon::IsClauseSplitter))) {
    return std::string();  // "against eight minutes before the pandemic":
                           // the compared figure's subject
  }
  const TokenRange r = NounPhraseRange(p.end + 1, kMaxEventWords);
  if (r.last < r.first || Gerund(d_[r.first].lower) || PastFormAt(r.last) ||
      PresentAfterNounAt(r.last) || !EventPhraseEndsAt(r.last + 1)) {
    return std::string();  // "after taking office", "after Trump told",
                           // "before the line opens"
  }
  return absl::StrCat("time ", Slice(p.end, r.last + 1));
}

bool ContextFinder::PresentAfterNounAt(int k) const {
  return k > 0 && LooksPlural(d_[k].lower) && NounWord(k - 1) &&
         !LooksPlural(d_[k - 1].lower);
}

bool ContextFinder::EventPhraseEndsAt(int k) const {
  const Token* t = At(k);
  if (t == nullptr) return true;
  if (t->kind != TokenKind::kWord) {  // a mark ends it; an abbreviation's
                                      // point inside a sentence does not
    return !IsSymbol(*t, "/") && !(IsSymbol(*t, ".") && At(k + 1) != nullptr);
  }
  return HasRole(*t, kRolePlacePreposition) ||
         lexicon::IsSitePreposition(t->lower) ||
         (HasRole(*t, kRoleSubjectStop) && !VerbForm(t->lower) &&
          !IrregularPast(t->lower) &&
          !lexicon::IsSubjectAuxiliary(t->lower));  // "through", "of"
}

int ContextFinder::TimedActVerb(int link) const {
  constexpr int kMaxTimedActWords = 6;  // "has fallen across eastern Jamaica"
  for (int k = link - 1; k >= 0 && k >= link - kMaxTimedActWords - 1; --k) {
    const Token& t = d_[k];
    if (t.kind != TokenKind::kWord || InsideFigure(k) ||
        lexicon::IsClauseSplitter(t.lower)) {
      return -1;  // a mark, a figure, "that", "while": another clause
    }
    if (IsCapitalized(t)) {
      const bool opening = k == 0 || d_[k - 1].kind == TokenKind::kSymbol;
      if (opening && Gerund(t.lower)) return k;  // "Closing the road for"
      continue;  // a name in a place phrase: "across eastern Jamaica"
    }
    if (HasRole(t, kRoleSubjectStop) && !lexicon::IsAnyBeForm(t.lower)) {
      continue;
    }
    if (k > 0 && IsDash(d_[k - 1]) && !t.space_before) return -1;  // "U.S.-led"
    const bool after_subject =  // a plural after "been" is no verb: "been
                                // friends with"
        (IsWordWith(k - 1, lexicon::IsSubjectAuxiliary) &&
         !LooksPlural(t.lower)) ||
        IsWordWith(k - 1, lexicon::IsSubjectPronoun) || IsWord(k - 1, "who");
    if (ObjectVerbAt(k) || PastFormAt(k) || after_subject) return k;
  }
  return -1;
}

std::string ContextFinder::HeldObjectSubject(int j) const {
  constexpr int kMaxObjectWords = 3;  // "the main rail line"
  int verb = j;
  while (verb > j - kMaxObjectWords && NounWord(verb)) --verb;
  if (verb == j) return std::string();
  const int first = verb + 1;
  if (IsWordWith(verb, lexicon::IsNounPhraseDeterminer)) --verb;
  return IsWordWith(verb, lexicon::IsStateSettingVerb) && NounWord(first)
             ? Slice(first, j + 1)
             : std::string();
}

std::string ContextFinder::ObjectClauseSubject(int k, bool for_link) const {
  if (!SubjectWordAt(k) || At(k)->kind != TokenKind::kWord) {
    return std::string();  // "it lost", an aside
  }
  std::string subject = SubjectEndingAt(k, /*of=*/false, /*worth=*/false,
                                        /*at=*/false, /*earner=*/false);
  if (subject.empty() || EndsWithVerb(subject)) return std::string();
  // The subject may end before tokens[k] ("The bridge at Kafue").
  const int first = PhraseStart(k, subject);
  if (first < 0) return std::string();
  const int end = d_[first].begin + static_cast<int>(subject.size());
  int head = first;  // the subject's last word
  while (head < k && d_[head].end < end) ++head;
  if ((for_link && NameOnly(first, head)) || Gerund(d_[first].lower) ||
      (first < k && !IsCapitalized(d_[first]) && CapitalizedAt(first + 1))) {
    return std::string();  // "Smith was jailed for"; "I understand Clinton
                           // has got", "charging students": a verb first
  }
  return subject;
}

int ContextFinder::CoordinatedSubjectEnd(int k) const {
  for (int v = k - 1; v > 0 && v > k - 10; --v) {
    const Token& t = d_[v];
    if (t.kind == TokenKind::kSymbol && !InsideFigure(v)) return -1;
    if (t.kind == TokenKind::kWord && lexicon::IsClauseSplitter(t.lower)) {
      return -1;  // "that", "while": another clause
    }
    if (ObjectVerbAt(v) && !IsWord(v - 1, "to") &&
        !IsWordWith(v - 1, lexicon::IsSubjectAuxiliary) &&
        (NounWord(v - 1) || CapitalizedAt(v - 1))) {
      return v - 1;
    }
  }
  return -1;
}

bool ContextFinder::ElidedOrPlacing(const FigurePlace& p) const {
  const Token& last = d_[p.end - 1];
  return (!p.money && (last.kind == TokenKind::kNumber ||
                       lex_.NumberWord(last) != nullptr)) ||
         ModifierGerund(p.end) ||  // "spend $40m expanding the mill": for
                                   // what the gerund says, not the spender
         IsWordWith(p.end, lexicon::IsPointInTimeWord) ||
         IsWordWith(p.end, lexicon::IsOnwardWord) ||
         (!p.money && IsWordWith(p.end, lexicon::IsBearingWord));
}

bool ContextFinder::ObjectVerbAt(int k) const {
  const Token* t = At(k);
  if (t == nullptr || t->kind != TokenKind::kWord || IsCapitalized(*t) ||
      InsideFigure(k) || HasRole(*t, kRoleSubjectStop) ||
      lexicon::IsFindingVerb(t->lower)) {
    return false;
  }
  if (IsWord(k - 1, "to") || IsWordWith(k - 1, lexicon::IsModalAuxiliary)) {
    return true;  // "will earn", "to take"
  }
  return HasRole(*t, kRoleQuantityVerb) || LooksLikeVerb(t->lower) ||
         IrregularPast(t->lower);
}

std::string ContextFinder::InfinitiveSubject(int k) const {
  const int end = k - 1;
  int first = k;  // up to three words back to the verb of expecting
  while (first > end - 3 && first > 0) {
    const Token* t = At(first - 1);  // "prices" may be a verb's form too
    if (t->kind != TokenKind::kWord || InsideFigure(first - 1) ||
        HasRole(*t, kRoleSubjectStop) || VerbForm(t->lower) ||
        Gerund(t->lower) || lexicon::IsInfinitiveObjectVerb(t->lower)) {
      break;
    }
    --first;
  }
  int before = first - 1;
  if (IsWordWith(before, lexicon::IsNounPhraseDeterminer) ||
      IsWordWith(before, lexicon::IsQuantifierDeterminer)) {
    --before;
  }
  return first <= end && IsWordWith(before, lexicon::IsInfinitiveObjectVerb)
             ? Slice(first, end + 1)
             : std::string();
}

}  // namespace figure_internal
}  // namespace factwire
