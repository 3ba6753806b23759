#include "ingest-service/extract/figure_amount_parts.h"

#include <cmath>

#include "ingest-service/extract/lexicon/figure_context_words.h"
#include "ingest-service/extract/lexicon/number_words.h"
#include "ingest-service/extract/lexicon/speech_words.h"

namespace factwire {
namespace figure_internal {

using lexicon::CurrencyEntry;
using lexicon::MoneyKind;
using lexicon::UnitEntry;
using lexicon::UnitSystem;
using lexicon::UnitUse;

// "2,000.45±0.01", "9.83e-3 +/- 1e-5": the tolerance joins the figure text.
void AmountParts::Tolerance(Amount* a) const {
  int k = a->end;
  const Token* t = At(k);
  if (t == nullptr) return;
  if (IsSymbol(*t, "\xC2\xB1")) {
    ++k;
  } else if (IsSymbol(*t, "+") && At(k + 1) && IsSymbol(*At(k + 1), "/") &&
             At(k + 2) && IsMinusSign(*At(k + 2))) {
    k += 3;
  } else {
    return;
  }
  const NumberParse np = ParseNumber(t_, k, false, lex_);
  if (np.ok && np.digits) a->end = np.end;
}

// "millions of dollars", "tens of thousands of euros": a vague sum of money.
void AmountParts::VagueMoney(Amount* a) const {
  if (!IsWord(a->end, "of")) return;
  const PhraseMatch m = lex_.currency_phrases.Match(t_, a->end + 1);
  if (!m.found()) return;
  const CurrencyEntry& e = lexicon::Currencies()[m.index];
  if (e.kind != MoneyKind::kMajor || !(e.places & lexicon::kAfter) ||
      d_[a->end + 1].kind != TokenKind::kWord) {
    return;
  }
  a->currency = &e;
  a->end += 1 + m.length;
}

void AmountParts::Age(Amount* a) const {
  if (a->unit->dimension != v1::DIMENSION_DURATION) return;
  const int k = a->end;
  const Token* t = At(k);
  if (t == nullptr) return;
  if (IsDash(*t) && !t->space_before &&
      (IsWord(k + 1, "old") || IsWord(k + 1, "olds"))) {
    a->age = true;
    a->end = k + 2;
  } else if (IsWord(k, "old") || IsWord(k, "olds")) {
    a->age = true;
    a->end = k + 1;
  } else if (IsWord(k, "of") && IsWord(k + 1, "age")) {
    a->age = true;
    a->end = k + 2;
  } else if (absl::string_view(a->unit->unit) == "year" &&
             a->first == a->number_first && At(a->first - 1) != nullptr &&
             (lexicon::IsAgeLabel(At(a->first - 1)->lower) || InAgeBand(*a))) {
    a->age = true;  // "aged 5 years and under", "the age range is 41 years"
  }
}

// "Jerome Arthur, 98, of Mamaroneck": an age set off by commas after a name.
void AmountParts::AppositiveAge(Amount* a) const {
  const Token& number = d_[a->number_first];
  const Token* comma = At(a->first - 1);
  const Token* name = At(a->first - 2);
  const Token* next = At(a->end);
  const Token* label =  // "aged between 23 and 67"
      comma != nullptr && (comma->lower == "between" || comma->lower == "from")
          ? name
          : comma;
  if (label != nullptr && lexicon::IsAgeLabel(label->lower) &&
      a->value >= 0 && a->value <= 120) {
    SetYearsOfAge(a);  // "aged 8", "ages 18-34"
    return;
  }
  if (comma != nullptr && comma->lower == "of" && name != nullptr &&
      lexicon::IsAgeLabel(name->lower) && a->value >= 0 && a->value <= 120 &&
      (next == nullptr || next->kind != TokenKind::kWord ||
       !lexicon::LooksPlural(next->lower))) {
    // "died at the age of 43", "between the ages of 18 and 29"; not "the age
    // of 50 trees"
    SetYearsOfAge(a);
    return;
  }
  if (number.kind != TokenKind::kNumber || number.has_decimal ||
      number.has_separator || a->first != a->number_first || a->value < 1 ||
      a->value > 120) {
    return;
  }
  if (PersonPredicateAge(*a) || InAgeBand(*a) || AgeNounIs(*a)) {
    SetYearsOfAge(a);  // "He is 71.", "she was 34 when", "the 18-34 age group"
    return;
  }
  if (comma != nullptr && IsSymbol(*comma, ",") &&
      CountedPersonsBefore(a->first - 2) && ListedNumberAfter(a->end) &&
      ClosedAgeListAfter(a->end, name->lower, a->value)) {
    SetYearsOfAge(a);  // "Two men, 22 and 25, were"
    return;
  }
  if (comma == nullptr || !IsSymbol(*comma, ",") || name == nullptr ||
      !(IsNameCapitalized(*name) || AbbreviatedNameEnd(a->first - 2) ||
        PersonNounBefore(a->first - 2))) {
    return;
  }
  if (next != nullptr && !IsSymbol(*next, ",") && !IsSymbol(*next, ";") &&
      !IsSymbol(*next, ".") && !IsSymbol(*next, ")")) {
    return;
  }
  SetYearsOfAge(a);
}

bool AmountParts::PersonNounBefore(int k) const {
  const Token* noun = At(k);
  const Token* lead = At(k - 1);
  return noun != nullptr && noun->kind == TokenKind::kWord &&
         lexicon::IsAgedPersonNoun(noun->lower) && lead != nullptr &&
         lead->kind == TokenKind::kWord &&
         lexicon::IsObjectDeterminer(lead->lower);
}

bool AmountParts::CountedPersonsBefore(int k) const {
  const Token* noun = At(k);
  return noun != nullptr && noun->kind == TokenKind::kWord &&
         lexicon::IsAgedPersonPlural(noun->lower) && StartsNumber(k - 1);
}

bool AmountParts::ListedNumberAfter(int k) const {
  const Token* link = At(k);
  const Token* number = At(k + 1);
  return link != nullptr && (IsWord(k, "and") || IsSymbol(*link, ",")) &&
         number != nullptr && number->kind == TokenKind::kNumber;
}

bool AmountParts::ClosedAgeListAfter(int k, absl::string_view plural,
                                     double first) const {
  if (!lexicon::IsPlausibleListedAge(plural, first)) return false;
  while (ListedNumberAfter(k)) {
    const Token& number = d_[k + 1];
    if (number.has_decimal || number.has_separator ||
        !lexicon::IsPlausibleListedAge(plural, number.value)) {
      return false;
    }
    k += 2;
  }
  const Token* comma = At(k);
  const Token* word = At(k + 1);
  return comma != nullptr && IsSymbol(*comma, ",") && word != nullptr &&
         word->kind == TokenKind::kWord && !IsCapitalized(*word);
}

bool AmountParts::AbbreviatedNameEnd(int k) const {
  const Token* dot = At(k);
  const Token* word = At(k - 1);
  return dot != nullptr && IsSymbol(*dot, ".") && !dot->space_before &&
         word != nullptr && IsCapitalized(*word) &&
         lexicon::IsNameSuffix(word->lower);
}

// "He is 71.", "who was 34 when", "The victim was 34.": a bare number after a
// person pronoun or noun and "is"/"was" with nothing counted after it.
bool AmountParts::PersonPredicateAge(const Amount& a) const {
  int v = a.first - 1;
  if (At(v) != nullptr && lexicon::IsAgeAdverb(At(v)->lower)) --v;
  return PersonIs(v) && NothingCountedAfter(a);
}

bool AmountParts::NothingCountedAfter(const Amount& a) const {
  const Token* next = At(a.end);
  if (next == nullptr) return true;
  if (next->kind == TokenKind::kSymbol) {
    return IsSymbol(*next, ".") || IsSymbol(*next, ",") ||
           IsSymbol(*next, ";");
  }
  return lexicon::IsAfterAgeWord(next->lower);
}

bool AmountParts::PersonIs(int v) const {
  const Token* verb = At(v);
  if (verb == nullptr) return false;
  if (lexicon::IsPersonBeContraction(verb->lower)) return true;  // "she's"
  const Token* person = At(v - 1);
  if (person == nullptr ||
      (verb->lower != "is" && verb->lower != "was" && verb->lower != "am")) {
    return false;
  }
  const absl::string_view who = person->lower;
  return who == "he" || who == "she" || who == "i" || who == "who" ||
         lexicon::IsAgedPersonNoun(who);  // "The victim was 34." too
}

bool AmountParts::InAgeBand(const Amount& a) const {
  const int k = PastRangeTail(a.end);
  const Token* band = At(k + 1);
  if (IsWord(k, "age") && band != nullptr &&
      lexicon::IsAgeBandNoun(band->lower)) {
    return true;  // "the 18-34 age group"
  }
  const Token* be = At(a.first - 1);
  if (be == nullptr || !lexicon::IsBeForm(be->lower)) return false;
  constexpr int kReach = 6;  // "the largest age group among applicants was"
  for (int j = a.first - 2; j >= 1 && j >= a.first - kReach; --j) {
    if (d_[j].kind != TokenKind::kWord) return false;
    if (lexicon::IsAgeBandNoun(d_[j].lower) && IsWord(j - 1, "age")) {
      return true;
    }
  }
  return false;
}

bool AmountParts::AgeNounIs(const Amount& a) const {
  int be = a.first - 1;
  if (At(be) != nullptr && lexicon::IsAgeAdverb(At(be)->lower)) --be;
  if (At(be) == nullptr || !lexicon::IsBeForm(At(be)->lower)) return false;
  if (!NothingCountedAfter(a)) return false;  // "was 26 goals"
  constexpr int kReach = 6;  // "the average age of dairy producers was"
  for (int j = be - 1; j >= 0 && j >= be - kReach; --j) {
    if (d_[j].kind != TokenKind::kWord) return false;
    if (lexicon::IsAgeNoun(d_[j].lower) &&
        (j + 1 == be || lexicon::IsAgeNounLink(d_[j + 1].lower))) {
      return AgeNounHeads(j);
    }
  }
  return false;
}

bool AmountParts::AgeNounHeads(int k) const {
  for (int j = k - 1; j >= 0 && j >= k - 2; --j) {
    if (d_[j].kind != TokenKind::kWord) return true;
    if (lexicon::IsAgeNounLink(d_[j].lower)) return false;
  }
  return true;
}

int AmountParts::PastRangeTail(int k) const {
  const Token* t = At(k);
  if (t == nullptr) return k;
  const bool dash = IsDash(*t) && !t->space_before;
  if (dash && IsWord(k + 1, "plus")) return k + 2;  // "65-plus"
  if (IsSymbol(*t, "+") && !t->space_before) return k + 1;  // "65+"
  int j = k;
  if (dash && IsWord(k + 1, "to") && At(k + 2) && IsDash(*At(k + 2))) {
    j = k + 3;  // "18-to-25"
  } else if (dash || IsWord(k, "to")) {
    j = k + 1;  // "18-34", "40 to 49"
  } else {
    return k;
  }
  const Token* number = At(j);
  return number != nullptr && number->kind == TokenKind::kNumber ? j + 1 : k;
}

void AmountParts::SetYearsOfAge(Amount* a) const {
  for (const UnitEntry& u : lex_.units) {
    if (absl::string_view(u.surface) == "years") a->unit = &u;
  }
  a->age = true;
}

// "one in five", "3 out of 4": a ratio.
void AmountParts::InRatio(Amount* a) const {
  int k = a->end;
  const Token* dash = At(k);
  const bool dashed = dash != nullptr && IsDash(*dash) && !dash->space_before &&
                      IsWord(k + 1, "in") && At(k + 2) && IsDash(*At(k + 2));
  if (dashed) ++k;  // "one-in-five"
  if (IsWord(k, "in")) {
    k += dashed ? 2 : 1;
  } else if (IsWord(k, "out") && IsWord(k + 1, "of")) {
    k += 2;
  } else {
    return;
  }
  if (a->number.fraction || a->number.scale > 1 ||
      a->value != std::floor(a->value))
    return;
  const NumberParse np = ParseNumber(t_, k, false, lex_);
  const Token& denominator = d_[k];
  const bool year = denominator.kind == TokenKind::kNumber &&
                    denominator.int_digits == 4 && !denominator.has_separator &&
                    np.end == k + 1;
  if (!np.ok || np.fraction || np.article || np.value <= a->value ||
      np.value != std::floor(np.value) || year) {
    return;
  }
  a->value /= np.value;
  a->ratio = true;
  a->end = np.end;
}

void AmountParts::Times(Amount* a) const {
  if (a->number.multiplier) {
    a->times = true;
    return;
  }
  InRatio(a);
  if (a->ratio) return;
  const int k = a->end;
  if (IsWord(k, "times")) {
    a->times = true;
    a->end = k + 1;
  } else if (At(k) && IsDash(*At(k)) && !At(k)->space_before &&
             IsWord(k + 1, "fold")) {
    a->times = true;
    a->end = k + 2;
  }
}

// "7 feet and 10 inches", "2 km, 1 metre": summed in the smallest unit
// (metric wins when systems mix).
void AmountParts::CompositeMeasure(Amount* a) const {
  const UnitEntry* first = a->unit;
  const bool duration = first->dimension == v1::DIMENSION_DURATION;
  if (first->dimension != v1::DIMENSION_LENGTH &&
      first->dimension != v1::DIMENSION_MASS &&
      first->dimension != v1::DIMENSION_VOLUME && !duration) {
    return;
  }
  double base_total = a->value * first->factor;
  const UnitEntry* last = first;
  const UnitEntry* out = first;
  bool mixed = false;
  int end = a->end;
  while (true) {
    int k = end;
    if (At(k) && IsSymbol(*At(k), ",")) ++k;
    if (IsWord(k, "and")) ++k;
    if (duration && k != end) break;  // "21 years and six months": two
    const NumberParse np = ParseNumber(t_, k, false, lex_);
    if (!np.ok || np.scale > 1) break;
    const PhraseMatch m = lex_.unit_phrases.Match(t_, np.end);
    if (!m.found()) break;
    const UnitEntry* u = &lex_.units[m.index];
    const int after = np.end + m.length;
    if (u->dimension != first->dimension ||
        absl::string_view(u->unit) == last->unit ||
        (u->use == UnitUse::kAdjacent && d_[np.end].space_before)) {
      break;
    }
    if (absl::string_view(u->surface) == "in" && !Boundary(after)) break;
    if (Glued(after)) break;
    if (duration && np.value * u->factor >= last->factor) {
      break;  // "20 minutes 2 hours", "6 years 18 months": a list
    }
    base_total += (a->value < 0 ? -np.value : np.value) * u->factor;
    if (u->system != out->system) mixed = true;
    if (Better(u, out, mixed)) out = u;
    last = u;
    end = after;
  }
  if (last == first) return;
  if (mixed && out->system != UnitSystem::kMetric) out = first;
  a->value = base_total / out->factor;
  a->unit = out;
  a->end = end;
}

bool AmountParts::Better(const UnitEntry* candidate, const UnitEntry* current,
                         bool mixed) {
  if (mixed && candidate->system != current->system) {
    return candidate->system == UnitSystem::kMetric;
  }
  return candidate->factor < current->factor;
}

// "$20 and 43c", "20 dollars 43 cents", "3 GBP and one".
void AmountParts::CompositeMoney(Amount* a) const {
  if (a->currency->kind != MoneyKind::kMajor || a->number.scale > 1 ||
      a->number.fraction || a->value != std::floor(a->value)) {
    return;
  }
  int k = a->end;
  if (IsWord(k, "and")) ++k;
  if (At(k) == nullptr ||
      (At(k)->kind == TokenKind::kNumber && At(k)->has_decimal))
    return;
  const NumberParse np = ParseNumber(t_, k, false, lex_);
  if (!np.ok || np.fraction || np.scale > 1 || np.value <= 0 ||
      np.value >= 100 || np.value != std::floor(np.value)) {
    return;
  }
  int after = np.end;
  const PhraseMatch m = lex_.currency_phrases.Match(t_, after);
  const bool minor = m.found() &&
                     lexicon::Currencies()[m.index].kind == MoneyKind::kMinor &&
                     !Glued(after + m.length);
  if (minor) {
    after += m.length;
  } else if (!Boundary(after) ||
             (At(after) && At(after)->kind == TokenKind::kWord)) {
    return;
  }
  a->value += (a->value < 0 ? -np.value : np.value) / 100;
  a->end = after;
}

// "forty-five (45)", "45 (forty five)": the bracketed repeat belongs to the
// figure.
void AmountParts::ParenDuplicate(Amount* a) const {
  const int k = a->end;
  if (!(At(k) && IsSymbol(*At(k), "("))) return;
  const NumberParse np = ParseNumber(t_, k + 1, false, lex_);
  if (!np.ok || !(At(np.end) && IsSymbol(*At(np.end), ")"))) return;
  if (np.value != a->number.value || np.words == a->number.words) return;
  a->end = np.end + 1;
}

// The unit after "/", "per" or (after money) "a"/"an" at tokens[k]: "/km",
// "per kg", "a barrel". Letters that are also words ("m", "in") only after
// "/".
bool AmountParts::RateDenominator(const Amount& a, int k, int* after,
                                  const UnitEntry** unit) const {
  const Token* t = At(k);
  if (t == nullptr) return false;
  const bool slash = IsSymbol(*t, "/");
  const bool article =
      (IsWord(k, "a") || IsWord(k, "an")) && a.currency != nullptr;
  if (!slash && !IsWord(k, "per") && !article) return false;
  const PhraseMatch m = lex_.unit_phrases.Match(t_, k + 1);
  if (!m.found()) return false;
  const UnitEntry* u = &lex_.units[m.index];
  const int end = k + 1 + m.length;
  if (Glued(end)) return false;
  const absl::string_view surface = u->surface;
  if (u->use == UnitUse::kAdjacent && d_[k + 1].space_before) return false;
  if (u->use == UnitUse::kAmbiguous && !slash &&
      (surface.size() <= 2 || surface == "in.")) {
    return false;
  }
  switch (u->dimension) {
    case v1::DIMENSION_MASS:
    case v1::DIMENSION_LENGTH:
    case v1::DIMENSION_AREA:
    case v1::DIMENSION_VOLUME:
    case v1::DIMENSION_DURATION:
    case v1::DIMENSION_OTHER:
      *after = end;
      *unit = u;
      return true;
    default:
      return false;
  }
}

// The speed unit worth `factor` m/s ("miles/hour" -> mph), or nullptr.
const UnitEntry* AmountParts::SpeedUnit(double factor) const {
  for (const UnitEntry& u : lex_.units) {
    if (u.dimension == v1::DIMENSION_SPEED &&
        std::fabs(u.factor - factor) <= 1e-9 * factor) {
      return &u;
    }
  }
  return nullptr;
}

bool AmountParts::MoneyRateAt(int k) const {
  Amount money;
  money.currency = CurrencyByCode("USD");  // any currency: "a" opens a rate
  int after = 0;
  const UnitEntry* unit = nullptr;
  return RateDenominator(money, k, &after, &unit);
}

void AmountParts::PerUnit(Amount* a) const {
  for (int n = 0; n < 2; ++n) {
    int after = 0;
    const UnitEntry* u = nullptr;
    if (!RateDenominator(*a, a->end, &after, &u)) return;
    const UnitEntry* num = a->unit;
    if (u->dimension == v1::DIMENSION_DURATION) {
      if (num != nullptr && num->dimension == v1::DIMENSION_LENGTH && n == 0) {
        const UnitEntry* speed = SpeedUnit(num->factor / u->factor);
        if (speed != nullptr) {
          a->unit = speed;  // "miles/hour"
          a->end = after;
          return;
        }
      } else if (num == nullptr || num->dimension != v1::DIMENSION_OTHER) {
        return;  // "$15/hour", "10 tons a year": a time scope
      }
    }
    (n == 0 ? a->per : a->per2) = u;
    a->end = after;
  }
}

void AmountParts::AccountingNegative(Amount* a) const {
  const Token* open = At(a->first - 1);
  const Token* close = At(a->end);
  const Token* before = At(a->first - 2);
  if (a->currency == nullptr || a->value <= 0 || open == nullptr ||
      close == nullptr || !IsSymbol(*open, "(") || !IsSymbol(*close, ")") ||
      before == nullptr || before->kind != TokenKind::kWord) {
    return;
  }
  if (!HasRole(*before, kRoleQuantityVerb) && before->lower != "of" &&
      before->lower != "at") {
    return;  // "the fine ($500)", "€80 ($99.99)"
  }
  a->value = -a->value;
  a->first -= 1;
  a->end += 1;
}

void AmountParts::CoinQuarters(Amount* a) const {
  const absl::string_view last = d_[a->number_end - 1].lower;
  if (a->currency != nullptr || a->unit != nullptr || !a->number.fraction ||
      !a->number.words || (last != "quarter" && last != "quarters") ||
      IsWord(a->end, "of") || !Boundary(a->end)) {
    return;
  }
  // "a quarter less fruit", "a quarter more homes": a share of a noun.
  if (a->end < n_ && d_[a->end].kind == TokenKind::kWord &&
      lexicon::IsShareComparative(d_[a->end].lower)) {
    return;
  }
  // A fraction is a part of something; with nothing else in the sentence
  // ("Four quarters.") the coins are meant.
  const bool alone = a->first == 0 &&
                     (a->end == n_ || (a->end == n_ - 1 &&
                                       d_[a->end].kind == TokenKind::kSymbol));
  if (!alone && (!MoneyContext() || ChangeSize(a->first))) return;
  a->currency = CurrencyByCode("USD");  // n quarters: n/4 dollars
}

bool AmountParts::ChangeSize(int first) const {
  constexpr int kMaxQualifierWords = 3;  // "by well over a quarter"
  for (int k = first - 1; k >= 0 && k >= first - 1 - kMaxQualifierWords;
       --k) {
    if (d_[k].kind != TokenKind::kWord) return false;
    if (lexicon::IsChangeSizePreposition(d_[k].lower)) return true;
    if (!HasRole(d_[k], kRolePrefixQualifier) &&
        !lexicon::IsComparativeCloser(d_[k].lower)) {
      return false;
    }
  }
  return false;
}

bool AmountParts::AnyWord(absl::Span<const char* const> words) const {
  for (const Token& t : t_) {
    if (t.kind != TokenKind::kWord) continue;
    for (const char* w : words) {
      if (t.lower == w) return true;
    }
  }
  return false;
}

bool AmountParts::MoneyContext() const {
  for (const Token& t : t_) {
    if (t.kind == TokenKind::kSymbol && HasRole(t, kRoleCurrency)) return true;
  }
  return AnyWord(lexicon::MoneyCueWords());
}

bool AmountParts::MassContext() const {
  return AnyWord(lexicon::MassCueWords());
}

}  // namespace figure_internal
}  // namespace factwire
