#include "ingest-service/extract/number_words_parser.h"

#include "absl/strings/match.h"
#include "ingest-service/extract/lexicon/figure_context_words.h"
#include "ingest-service/extract/lexicon/lexicon.h"

namespace factwire {
namespace figure_internal {

using lexicon::NumberWordEntry;
using lexicon::NumberWordKind;

NumberParse WordNumberParser::Parse(int i) const {
  const Token& first = d_[i];
  const bool article = first.lower == "a" || first.lower == "an";
  if (article) {
    const NumberWordEntry* w = WordAt(i + 1);
    if (w == nullptr || (w->kind != NumberWordKind::kHundred &&
                         w->kind != NumberWordKind::kScale &&
                         w->kind != NumberWordKind::kDozen)) {
      return Article(i);
    }
  }
  if (first.lower == "point") return LeadingPoint(i);
  const NumberWordEntry* lead = lex_.NumberWord(first);
  if (lead != nullptr && lead->use != lexicon::NumberWordUse::kAny) {
    return {};  // "Kr", "cr" alone: an abbreviation, not a number
  }
  if (IsKind(lead, NumberWordKind::kFraction)) return BareFraction(i, *lead);
  if (first.lower == "several" || first.lower == "few" ||
      first.lower == "many" || first.lower == "tens" ||
      IsKind(lead, NumberWordKind::kDozen) ||
      ((IsKind(lead, NumberWordKind::kScale) ||
        IsKind(lead, NumberWordKind::kHundred)) &&
       first.lower.back() == 's')) {
    return Vague(i);
  }
  return Compound(i, article);
}

const NumberWordEntry* WordNumberParser::WordAt(int i) const {
  const Token* t = At(i);
  if (t == nullptr || t->kind != TokenKind::kWord) return nullptr;
  return lex_.NumberWord(*t);
}

void WordNumberParser::AndAHalf(NumberParse* r) const {
  const int end = HalfTailEnd(r->end);
  if (end < 0) return;
  r->value += 0.5;
  r->end = end;
}

// The token after "and a half" / "and one half" at tokens[k], its words set
// apart by spaces ("four and a half") or all joined by hyphens
// ("four-and-a-half-year", "2-and-one-half"); -1 when none is there.
int WordNumberParser::HalfTailEnd(int k) const {
  const bool hyphens = TightDash(k);
  const int step = hyphens ? 2 : 1;
  const int first = hyphens ? k + 1 : k;
  for (int w = 1; w < 3; ++w) {
    if (hyphens && !TightDash(first + step * w - 1)) return -1;
  }
  if (!IsWord(first, "and") ||
      !(IsWord(first + step, "a") || IsWord(first + step, "one")) ||
      !IsWord(first + 2 * step, "half")) {
    return -1;
  }
  return first + 2 * step + 1;
}

// True if tokens[k] is a dash glued to the tokens on both sides of it.
bool WordNumberParser::TightDash(int k) const {
  const Token* dash = At(k);
  const Token* next = At(k + 1);
  return dash != nullptr && IsDash(*dash) && !dash->space_before &&
         next != nullptr && !next->space_before;
}

NumberParse WordNumberParser::Compound(int i, bool article) const {
  NumberParse r;
  Sum sum;
  int j = i;
  if (article) {
    sum.current = 1;
    r.article = true;
    j = i + 1;
  }
  while (j < n_) {
    const NumberWordEntry* w = WordAt(j);
    if (w != nullptr) {
      const Step step = Add(*w, j, article, &sum, &r);
      if (step == Step::kDone) return r;
      if (step == Step::kStop) break;
      sum.any = true;
      ++j;
      continue;
    }
    if (!sum.any) break;
    const int next = Joiner(j, &sum);
    if (next < 0) break;
    j = next;
  }
  if (!sum.any) return {};
  r.ok = r.words = true;
  r.value = sum.total + sum.current;
  r.end = j;
  r.single_one = (j == i + 1 && d_[i].lower == "one");
  AndAHalf(&r);
  return r;
}

// "twice as many", "threefold increase", "twice the size", "double the
// £4.5m", "double last year's": a multiplier, not "met twice" (how often something happened) nor
// "double as a shelter" (a role).
bool WordNumberParser::ComparativeUse(int next) const {
  const Token* t = At(next);
  if (t == nullptr || t->kind != TokenKind::kWord) return false;
  if (IsWord(next, "as") && (IsWord(next + 1, "a") || IsWord(next + 1, "an"))) {
    return false;  // "will double as a shelter": a role
  }
  if (IsWord(next, "last") || IsWord(next, "next")) {
    // "nearly double last season's audience"; not "met twice last week"
    const Token* owner = At(next + 1);
    return owner != nullptr && owner->kind == TokenKind::kWord &&
           lexicon::IsPossessiveForm(owner->lower);
  }
  return lexicon::IsComparativeFollower(t->lower);
}

// "more than double a year earlier", "roughly triple within five years",
// "output roughly doubles.": a degree word before the multiplier at j and
// nothing it could qualify as an adjective after it ("nearly double digits"),
// or "to" or a modal before the degree word, which makes the multiplier a
// verb whatever follows ("plans to almost triple headcount", "could roughly
// double output").
bool WordNumberParser::DegreeOfChange(int j) const {
  const Token* before = At(j - 1);
  if (before == nullptr || before->kind != TokenKind::kWord) return false;
  const bool degree =
      lexicon::IsMultiplierDegreeWord(before->lower) ||
      (before->lower == "than" && j >= 2 && At(j - 2)->kind == TokenKind::kWord &&
       lexicon::IsDegreeComparative(At(j - 2)->lower));
  if (!degree) return false;
  const Token* verb_lead = At(j - 2);
  if (d_[j].lower.back() != 's' && verb_lead != nullptr &&
      verb_lead->kind == TokenKind::kWord &&
      (verb_lead->lower == "to" || lexicon::IsModalAuxiliary(verb_lead->lower))) {
    return true;
  }
  const Token* next = At(j + 1);
  return next == nullptr || next->kind != TokenKind::kWord ||
         lexicon::IsChangeMultiplierFollower(next->lower);
}

// "visit every ward twice a day", "meets thrice weekly": "twice" before a
// rate counts occasions (a count, as "three times a week" is), not "met
// twice" alone.
bool WordNumberParser::Occasions(int j) const {
  if (!lexicon::IsOccasionMultiplier(d_[j].lower)) return false;
  const Token* next = At(j + 1);
  if (next == nullptr || next->kind != TokenKind::kWord) return false;
  if (lexicon::IsRateAdjective(next->lower)) return true;
  const Token* period = At(j + 2);
  return (next->lower == "a" || next->lower == "an" || next->lower == "per" ||
          next->lower == "every" || next->lower == "each") &&
         period != nullptr && HasRole(*period, kRolePeriodNoun);
}

bool WordNumberParser::PhrasalParticle(int next) const {
  if (IsWord(next, "down") || IsWord(next, "up")) return true;
  if (!IsWord(next, "over")) return false;
  const Token* t = At(next + 1);
  if (t == nullptr || t->kind == TokenKind::kNumber) return t == nullptr;
  return !lexicon::IsTimeSpanLead(t->lower) && WordAt(next + 1) == nullptr;
}

// True if the fraction word at j after a numerator at least its denominator
// (`improper`) is a noun counted: a period or part word leads the number ("the
// fastest pace in eight quarters", "the two halves"); "three halves" alone
// stays 1.5.
bool WordNumberParser::CountedParts(int j, bool improper) const {
  if (!improper) return false;
  int k = j - 1;
  while (k >= 0 && (WordAt(k) != nullptr || IsDash(d_[k]))) --k;
  const Token* lead = At(k);
  return lead != nullptr && lead->kind == TokenKind::kWord &&
         lexicon::IsCountedPartLead(lead->lower);
}

// Adds one number word to the sum. kDone means `r` is complete (a fraction or
// a multiplier ends the number).
WordNumberParser::Step WordNumberParser::Add(const NumberWordEntry& w, int j,
                                             bool article, Sum* sum,
                                             NumberParse* r) const {
  const double v = w.value;
  const Last last = sum->last;
  switch (w.kind) {
    case NumberWordKind::kUnit:
      if (last == Last::kUnit || (last == Last::kTens && (v >= 10 || v == 0))) {
        return Step::kStop;
      }
      sum->current += v;
      sum->last = Last::kUnit;
      return Step::kTaken;
    case NumberWordKind::kTens:
      if (last == Last::kUnit && SpokenHundreds(j, *sum)) {
        sum->current = sum->current * 100 + v;  // "one twenty two"
        sum->last = Last::kTens;
        return Step::kTaken;
      }
      if (last == Last::kUnit || last == Last::kTens) return Step::kStop;
      sum->current += v;
      sum->last = Last::kTens;
      return Step::kTaken;
    case NumberWordKind::kHundred:
      if (last == Last::kHundred) return Step::kStop;
      sum->current = (sum->current == 0 ? 1 : sum->current) * 100;
      sum->last = Last::kHundred;
      return Step::kTaken;
    case NumberWordKind::kScale:
      if (sum->current == 0 && sum->total > 0) {
        sum->total *= v;  // "three thousand millions"
      } else {
        sum->total += (sum->current == 0 ? 1 : sum->current) * v;
      }
      if (v > r->scale) r->scale = v;
      sum->current = 0;
      sum->last = Last::kScale;
      return Step::kTaken;
    case NumberWordKind::kDozen: {
      const double so_far = sum->total + sum->current;
      sum->current = (so_far == 0 ? 1 : so_far) * v;
      sum->total = 0;
      sum->last = Last::kScale;
      return Step::kTaken;
    }
    case NumberWordKind::kFraction:
      if ((last != Last::kUnit && last != Last::kTens) || sum->total != 0 ||
          sum->current <= 0 || CountedParts(j, sum->current >= v) ||
          JoinedModifier(j)) {
        return Step::kStop;
      }
      r->ok = r->words = r->fraction = true;  // "two thirds"
      r->value = sum->current / v;
      r->end = j + 1;
      return Step::kDone;
    case NumberWordKind::kMultiplier: {
      if (last != Last::kNone || article) return Step::kStop;
      const absl::string_view word = d_[j].lower;
      const bool verb_s = word.back() == 's';  // "doubles": only by degree
      const bool ratio =
          (!verb_s && (absl::EndsWith(word, "fold") || ComparativeUse(j + 1))) ||
          DegreeOfChange(j);
      if (!ratio && !Occasions(j)) return Step::kStop;
      r->ok = r->words = true;  // "twice as many"; "twice a day" counts
      r->multiplier = ratio;
      r->value = v;
      r->end = j + 1;
      return Step::kDone;
    }
    case NumberWordKind::kMultiplierVerb:
      if (last != Last::kNone || article || PhrasalParticle(j + 1)) {
        return Step::kStop;  // "doubled down", "doubled over in pain"
      }
      r->ok = r->words = r->multiplier = true;  // "prices doubled"
      r->value = v;
      r->end = j + 1;
      return Step::kDone;
  }
  return Step::kStop;
}

// True if the fraction word at j is joined by a hyphen to a word that is not
// a unit ("four half-built clinics", "two quarter-finals"): the first part of
// a compound word, not the denominator of the number before it ("three
// quarter-mile laps" keeps its unit).
bool WordNumberParser::JoinedModifier(int j) const {
  const Token* dash = At(j + 1);
  const Token* word = At(j + 2);
  return dash != nullptr && IsDash(*dash) && !dash->space_before &&
         word != nullptr && word->kind == TokenKind::kWord &&
         !word->space_before && !lex_.unit_phrases.Match(t_, j + 2).found();
}

// "one twenty two" (122), "nine fifty": a digit word read as hundreds before
// a tens word, as numbers are spoken. Not "three twenty-year-olds".
bool WordNumberParser::SpokenHundreds(int j, const Sum& sum) const {
  if (sum.total != 0 || sum.current < 1 || sum.current > 9) return false;
  const Token* dash = At(j + 1);
  if (dash == nullptr || !IsDash(*dash) || dash->space_before) return true;
  return IsKind(WordAt(j + 2), NumberWordKind::kUnit);
}

// The token after a joiner inside a compound number ("hundred and two",
// "twenty-one", "one-half", "million, two hundred", "two point five"), or -1.
int WordNumberParser::Joiner(int j, Sum* sum) const {
  const Token& tok = d_[j];
  const Last last = sum->last;
  const NumberWordEntry* next = WordAt(j + 1);
  const bool next_small = IsKind(next, NumberWordKind::kUnit) ||
                          IsKind(next, NumberWordKind::kTens);
  if ((tok.lower == "and" || IsSymbol(tok, "&")) &&
      (last == Last::kHundred || last == Last::kScale) && next_small) {
    sum->last = Last::kAnd;
    return j + 1;
  }
  const bool tight =
      IsDash(tok) && !tok.space_before && At(j + 1) && !At(j + 1)->space_before;
  if (tight && ((last == Last::kTens && IsKind(next, NumberWordKind::kUnit) &&
                 next->value < 10) ||
                ((last == Last::kUnit || last == Last::kTens) &&
                 (IsKind(next, NumberWordKind::kFraction) ||
                  IsKind(next, NumberWordKind::kDozen))))) {
    return j + 1;  // "twenty-one", "two-thirds", "two-dozen"
  }
  if (IsSymbol(tok, ",") && last == Last::kScale && sum->total >= 1000 &&
      (next_small || IsKind(next, NumberWordKind::kHundred))) {
    return j + 1;
  }
  if (tok.lower == "point" && (last == Last::kUnit || last == Last::kTens)) {
    return PointDecimals(j, sum);
  }
  return -1;
}

// "point 77", "point five": a spoken decimal without its zero. Only where an
// amount may start ("the rate is point 77"), not "at this point 200 people".
NumberParse WordNumberParser::LeadingPoint(int i) const {
  NumberParse r;
  const Token* prev = At(i - 1);
  const bool opens = prev == nullptr || prev->kind == TokenKind::kSymbol ||
                     HasRole(*prev, kRoleQuantityVerb | kRolePrefixQualifier) ||
                     prev->lower == "to" || prev->lower == "by" ||
                     prev->lower == "of" || prev->lower == "from";
  const Token* next = At(i + 1);
  if (!opens || next == nullptr) return r;
  if (next->kind == TokenKind::kNumber) {
    if (next->has_decimal || next->has_separator || next->leading_zero) {
      return r;
    }
    double digits = next->value;
    for (int k = 0; k < next->int_digits; ++k) digits /= 10;
    r.value = digits;
    r.end = i + 2;
    r.digits = true;
  } else {
    Sum sum;
    r.end = PointDecimals(i, &sum);
    if (r.end < 0) return NumberParse();
    r.value = sum.current;
    r.words = true;
  }
  r.ok = true;
  return r;
}

// "two point two five": the digit words after "point" as decimals.
int WordNumberParser::PointDecimals(int j, Sum* sum) const {
  int k = j + 1;
  double frac = 0;
  double place = 0.1;
  while (k < n_) {
    const NumberWordEntry* d = WordAt(k);
    if (!IsKind(d, NumberWordKind::kUnit) || d->value >= 10) break;
    frac += d->value * place;
    place /= 10;
    ++k;
  }
  if (k == j + 1) return -1;
  sum->current += frac;
  sum->last = Last::kHundred;  // only scales may follow
  return k;
}

// "a dozen", "a third", "a couple", "a hundred and two".
NumberParse WordNumberParser::Article(int i) const {
  NumberParse r;
  const NumberWordEntry* w = WordAt(i + 1);
  const Token* after = At(i + 2);
  const bool joined =
      after != nullptr && IsDash(*after) && !after->space_before;
  if (IsWord(i - 1, "and") && !IsWord(i + 2, "of") && !joined) {
    return r;  // "a year and a half": not a figure ("and a fifth of" is)
  }
  if (w != nullptr && w->kind == NumberWordKind::kFraction &&
      IsSingularFraction(i + 1) && !OrdinalUse(i + 2)) {
    r.ok = r.words = r.fraction = r.article = true;
    r.value = 1 / w->value;
    r.end = i + 2;
    FractionOfScale(&r);
    return r;
  }
  if (IsWord(i + 1, "couple") || IsWord(i + 1, "pair") ||
      IsWord(i + 1, "few")) {
    r.ok = r.words = r.article = true;
    r.value = IsWord(i + 1, "few") ? 3 : 2;
    r.vague = IsWord(i + 1, "few");  // "a few weeks": about three
    r.end = i + 2;
    const NumberWordEntry* scale = WordAt(i + 2);
    if (IsKind(scale, NumberWordKind::kScale) ||
        IsKind(scale, NumberWordKind::kHundred)) {
      r.value *= scale->value;  // "a few hundred"
      r.scale = scale->value;
      r.vague = true;
      r.end = i + 3;
    }
    return r;
  }
  return r;
}

// "half a million", "a quarter of a billion", "a half-dozen".
void WordNumberParser::FractionOfScale(NumberParse* r) const {
  int k = r->end;
  const Token* dash = At(k);
  const bool joined = dash != nullptr && IsDash(*dash) && !dash->space_before &&
                      At(k + 1) != nullptr && !At(k + 1)->space_before;
  if (!joined) {  // "a half-dozen": the dash stands where "a" would
    if (IsWord(k, "of")) ++k;
    if (!IsWord(k, "a")) return;
  }
  const NumberWordEntry* scale = WordAt(k + 1);
  if (!IsKind(scale, NumberWordKind::kScale) &&
      !IsKind(scale, NumberWordKind::kDozen))
    return;
  r->value *= scale->value;
  r->scale = scale->value;
  r->fraction = r->bare_fraction = false;
  r->end = k + 2;
}

// "a third term", "a fourth straight win", "for a fifth year": "third" is an
// ordinal before a noun, and an ordinal spelling ("-th", "-rd") before a
// period noun too ("a third of", "a quarter mile", "a quarter hour", "a
// fifth year on year" stay fractions).
bool WordNumberParser::OrdinalUse(int next) const {
  const Token* t = At(next);
  if (t == nullptr || t->kind != TokenKind::kWord) return false;
  if (PeriodRepeatEnd(t_, next) > next) return false;  // "a third year on year"
  if (HasRole(*t, kRolePeriodNoun) && OrdinalSpelling(next - 1)) return true;
  const bool clause_word = lexicon::IsFractionClauseWord(t->lower);
  if (clause_word && EquativeAfter(next + 1)) return true;  // "a third again
                                                            // as many"
  if (HasRole(*t, kRoleSubjectStop | kRoleUnit | kRoleNumberWord) ||
      clause_word) {
    return false;  // "a third of", "a third whenever"
  }
  return !IsCapitalized(*t) || next > 0;
}

// True if tokens[i] opens an equative comparison ("a third again as many
// voters": the idiom for 1 1/3 times, which is no share of anything).
bool WordNumberParser::EquativeAfter(int i) const {
  const Token* t = At(i);
  return t != nullptr && t->kind == TokenKind::kWord &&
         lexicon::IsEquativeWord(t->lower);
}

bool WordNumberParser::OrdinalSpelling(int i) const {
  const Token* t = At(i);
  if (t == nullptr || t->lower.size() < 5) return false;
  const absl::string_view end = t->lower.substr(t->lower.size() - 2);
  return end == "th" || end == "rd";
}

bool WordNumberParser::IsSingularFraction(int i) const {
  const Token* t = At(i);
  return t != nullptr && !t->lower.empty() && t->lower.back() != 's';
}

// "half a liter", "quarter-litre", "tenth of a gallon": needs a unit after
// it.
NumberParse WordNumberParser::BareFraction(int i,
                                           const NumberWordEntry& w) const {
  NumberParse r;
  const Token* prev = At(i - 1);
  const bool determiner =
      prev != nullptr && lexicon::IsFractionDeterminer(prev->lower);
  const bool joined =
      (At(i + 1) && IsDash(*At(i + 1)) && !At(i + 1)->space_before) ||
      IsWord(i + 1, "of");
  if (determiner || !IsSingularFraction(i) || (w.value != 2 && !joined))
    return r;
  r.ok = r.words = r.fraction = r.bare_fraction = true;
  r.value = 1 / w.value;
  r.end = i + 1;
  FractionOfScale(&r);
  if (w.value == 2 && r.bare_fraction &&
      (HalfShare(i) || ByHalf(i) || WorthHalfOf(i) || HalfPrice(i))) {
    r.bare_fraction = false;  // "half of voters", "half that", "by half",
                              // "worth half a bag", "half price"
  }
  return r;
}

bool WordNumberParser::HalfShare(int i) const {
  if (IsWord(i + 1, "of")) return !IsWord(i + 2, "a") && !IsWord(i + 2, "an");
  return IsWord(i + 1, "all") || ComparativeUse(i + 1);
}

bool WordNumberParser::WorthHalfOf(int i) const {
  if (!IsWord(i - 1, "worth") || !(IsWord(i + 1, "a") || IsWord(i + 1, "an"))) {
    return false;
  }
  const Token* noun = At(i + 2);
  return noun != nullptr && noun->kind == TokenKind::kWord &&
         !HasRole(*noun, kRoleUnit | kRoleCurrency | kRoleNumberWord |
                             kRoleSubjectStop);
}

bool WordNumberParser::HalfPrice(int i) const {
  int k = i + 1;
  const Token* dash = At(k);
  if (dash != nullptr && IsDash(*dash) && !dash->space_before) ++k;
  const Token* noun = At(k);
  return noun != nullptr && noun->kind == TokenKind::kWord &&
         lexicon::IsHalfPriceNoun(noun->lower);
}

bool WordNumberParser::ByHalf(int i) const {
  if (!IsWord(i - 1, "by")) return false;
  const Token* next = At(i + 1);
  return next == nullptr || next->kind != TokenKind::kWord ||
         (HasRole(*next, kRoleSubjectStop) && !lexicon::IsArticle(next->lower));
}

// "several thousand", "a few hundred", "hundreds of", "tens of thousands of",
// "dozens of": an approximate amount (several = 3).
NumberParse WordNumberParser::Vague(int i) const {
  NumberParse r;
  const absl::string_view w = d_[i].lower;
  const NumberWordEntry* lead = lex_.NumberWord(d_[i]);
  if (w == "several" || w == "few" || w == "many") {
    const NumberWordEntry* scale = WordAt(i + 1);
    if (!IsKind(scale, NumberWordKind::kScale) &&
        !IsKind(scale, NumberWordKind::kHundred)) {
      return r;
    }
    r.value = (w == "many" ? 1 : 3) * scale->value;
    r.scale = scale->value;
    r.end = i + 2;
  } else if (w == "tens" || IsKind(lead, NumberWordKind::kDozen)) {
    const double unit = w == "tens" ? 10 : lead->value;
    if (!IsWord(i + 1, "of")) {
      if (w == "dozens") {
        r.value = unit;
        r.end = i + 1;
      } else {
        return r;
      }
    } else {
      const NumberWordEntry* scale = WordAt(i + 2);
      if (IsKind(scale, NumberWordKind::kScale) ||
          IsKind(scale, NumberWordKind::kHundred)) {
        r.value = unit * scale->value;
        r.scale = scale->value;
        r.end = i + 3;
      } else if (w == "dozens") {
        r.value = unit;
        r.end = i + 1;
      } else {
        return r;
      }
    }
  } else {
    r.value = lead->value;  // "hundreds", "thousands", "millions"
    r.scale = lead->value;
    r.end = i + 1;
    const NumberWordEntry* more = WordAt(i + 2);
    if (IsWord(i + 1, "of") && IsKind(more, NumberWordKind::kScale) &&
        d_[i + 2].lower.back() == 's') {
      r.value *= more->value;  // "hundreds of thousands"
      r.scale = r.value;
      r.end = i + 3;
    }
  }
  r.ok = r.words = r.vague = true;
  return r;
}

}  // namespace figure_internal
}  // namespace factwire
