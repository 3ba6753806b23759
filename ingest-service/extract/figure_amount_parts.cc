#include "ingest-service/extract/figure_amount_parts.h"

#include <cmath>

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
      t_[a->end + 1].kind != TokenKind::kWord) {
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
  }
}

// "Jerome Arthur, 98, of Mamaroneck": an age set off by commas after a name.
void AmountParts::AppositiveAge(Amount* a) const {
  const Token& number = t_[a->number_first];
  const Token* comma = At(a->first - 1);
  const Token* name = At(a->first - 2);
  const Token* next = At(a->end);
  if (comma != nullptr &&
      (comma->lower == "age" || comma->lower == "aged" ||
       comma->lower == "ages") &&
      a->value >= 0 && a->value <= 120) {
    SetYearsOfAge(a);  // "aged 8", "ages 18-34"
    return;
  }
  if (number.kind != TokenKind::kNumber || number.has_decimal ||
      number.has_separator || a->first != a->number_first || a->value < 1 ||
      a->value > 120 || comma == nullptr || !IsSymbol(*comma, ",") ||
      name == nullptr || !IsCapitalized(*name)) {
    return;
  }
  if (next != nullptr && !IsSymbol(*next, ",") && !IsSymbol(*next, ";") &&
      !IsSymbol(*next, ".") && !IsSymbol(*next, ")")) {
    return;
  }
  SetYearsOfAge(a);
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
  if (IsWord(k, "in")) {
    ++k;
  } else if (IsWord(k, "out") && IsWord(k + 1, "of")) {
    k += 2;
  } else {
    return;
  }
  if (a->number.fraction || a->number.scale > 1 ||
      a->value != std::floor(a->value))
    return;
  const NumberParse np = ParseNumber(t_, k, false, lex_);
  const Token& denominator = t_[k];
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
  if (first->dimension != v1::DIMENSION_LENGTH &&
      first->dimension != v1::DIMENSION_MASS &&
      first->dimension != v1::DIMENSION_VOLUME) {
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
    const NumberParse np = ParseNumber(t_, k, false, lex_);
    if (!np.ok || np.scale > 1) break;
    const PhraseMatch m = lex_.unit_phrases.Match(t_, np.end);
    if (!m.found()) break;
    const UnitEntry* u = &lex_.units[m.index];
    const int after = np.end + m.length;
    if (u->dimension != first->dimension ||
        absl::string_view(u->unit) == last->unit ||
        (u->use == UnitUse::kAdjacent && t_[np.end].space_before)) {
      break;
    }
    if (absl::string_view(u->surface) == "in" && !Boundary(after)) break;
    if (Glued(after)) break;
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

}  // namespace figure_internal
}  // namespace factwire
