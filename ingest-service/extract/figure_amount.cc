#include "ingest-service/extract/figure_amount.h"

#include <cmath>

namespace factwire {
namespace figure_internal {
namespace {

using lexicon::CurrencyEntry;
using lexicon::MoneyKind;
using lexicon::UnitEntry;
using lexicon::UnitSystem;
using lexicon::UnitUse;

bool IsMinusSign(const Token& t) {
  return IsSymbol(t, "-") || IsSymbol(t, "\xE2\x88\x92");
}

class AmountParser {
 public:
  AmountParser(const std::vector<Token>& tokens, const FigureLexicon& lex)
      : t_(tokens), n_(static_cast<int>(tokens.size())), lex_(lex) {}

  Amount Parse(int i) {
    Amount a;
    a.first = i;
    int k = i;
    bool negative = Sign(&k);
    PrefixCurrency(&k, &a);
    if (a.currency != nullptr && !negative) negative = Sign(&k);
    if (k >= n_) return {};
    const NumberParse np = ParseNumber(t_, k, a.currency != nullptr, lex_);
    if (!np.ok) {
      if (np.date_like) {
        Amount skip;
        skip.skip_to = np.end;
        return skip;
      }
      if (a.currency == nullptr && !negative && k == i) return ArticleUnit(k);
      return {};
    }
    a.number = np;
    a.number_first = k;
    a.number_end = a.end = np.end;
    a.value = negative ? -np.value : np.value;
    Tolerance(&a);
    if (a.currency == nullptr) SuffixCurrency(&a);
    if (a.currency == nullptr && np.vague) VagueMoney(&a);
    if (a.currency == nullptr) Unit(&a);
    if (np.bare_fraction && a.unit == nullptr && a.currency == nullptr)
      return {};
    if (a.currency != nullptr) {
      CompositeMoney(&a);
    } else if (a.unit != nullptr) {
      Age(&a);
      CompositeMeasure(&a);
    } else {
      Times(&a);
      if (!a.times && !a.ratio) AppositiveAge(&a);
    }
    ParenDuplicate(&a);
    a.ok = true;
    return a;
  }

 private:
  const Token* At(int i) const { return i >= 0 && i < n_ ? &t_[i] : nullptr; }

  bool IsWord(int i, absl::string_view lower) const {
    const Token* t = At(i);
    return t != nullptr && t->kind == TokenKind::kWord && t->lower == lower;
  }

  // True where a figure may end: sentence end, punctuation, or a function word.
  bool Boundary(int i) const {
    const Token* t = At(i);
    if (t == nullptr) return true;
    if (t->kind == TokenKind::kSymbol) return !IsDash(*t) && t->raw != "/";
    return t->kind == TokenKind::kWord && HasRole(*t, kRoleSubjectStop);
  }

  // A word or number glued to the end of a unit ("06F6"): the unit is not one.
  bool Glued(int i) const {
    const Token* t = At(i);
    return t != nullptr && !t->space_before && t->kind != TokenKind::kSymbol;
  }

  bool StartsNumber(int i) const {
    const Token* t = At(i);
    if (t == nullptr) return false;
    if (t->kind == TokenKind::kNumber) return true;
    if (t->kind == TokenKind::kWord) return lex_.NumberWord(*t) != nullptr;
    return false;
  }

  bool Sign(int* k) {
    const Token* t = At(*k);
    if (t == nullptr) return false;
    if (t->kind == TokenKind::kWord &&
        (t->lower == "minus" || t->lower == "negative") &&
        StartsNumber(*k + 1)) {
      ++*k;
      return true;
    }
    if (!IsMinusSign(*t)) return false;
    const Token* next = At(*k + 1);
    if (next == nullptr || next->kind != TokenKind::kNumber) return false;
    const Token* prev = At(*k - 1);
    const bool free_standing = prev == nullptr || t->space_before ||
                               (prev->kind == TokenKind::kSymbol &&
                                !IsDash(*prev) && prev->raw != ")");
    if ((!next->space_before && free_standing) ||
        (prev == nullptr && next->space_before)) {
      ++*k;
      return true;
    }
    return false;
  }

  // "2,000.45±0.01", "9.83e-3 +/- 1e-5": the tolerance joins the figure text.
  void Tolerance(Amount* a) {
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

  void PrefixCurrency(int* k, Amount* a) {
    const PhraseMatch m = lex_.currency_phrases.Match(t_, *k);
    if (!m.found()) return;
    const CurrencyEntry& e = lexicon::Currencies()[m.index];
    if (!(e.places & lexicon::kBefore) || e.kind != MoneyKind::kMajor) return;
    const int next = *k + m.length;
    const Token* t = At(next);
    if (t == nullptr) return;
    const bool number_follows =
        StartsNumber(next) || (IsMinusSign(*t) && StartsNumber(next + 1));
    if (!number_follows) return;
    a->currency = &e;
    a->currency_before = true;
    *k = next;
  }

  bool SuffixCurrency(Amount* a) {
    const int k = a->end;
    const PhraseMatch m = lex_.currency_phrases.Match(t_, k);
    if (!m.found()) return false;
    const CurrencyEntry& e = lexicon::Currencies()[m.index];
    if (!(e.places & lexicon::kAfter)) return false;
    const int after = k + m.length;
    if (Glued(after)) return false;
    const absl::string_view surface = e.surface;
    const bool short_word =
        surface.size() <= 2 && t_[k].kind == TokenKind::kWord;
    if (short_word && t_[k].space_before && !Boundary(after)) return false;
    if (surface == "grand" && !Boundary(after)) return false;
    if (e.kind == MoneyKind::kCoin) {
      a->value *= e.factor;
      a->currency = CurrencyByCode(e.code);
    } else {
      a->currency = &e;
    }
    a->end = after;
    return true;
  }

  static bool IsQuoteMark(const Token& t) {
    return IsSymbol(t, "\"") || IsSymbol(t, "'");
  }

  // '5"' is five inches only after digits and when the mark does not close a
  // quotation.
  bool QuoteMarkIsUnit(int k, const Amount& a) const {
    if (t_[a.number_first].kind != TokenKind::kNumber) return false;
    int open = 0;
    for (int i = 0; i < a.number_first; ++i) {
      if (t_[i].raw == t_[k].raw) ++open;
    }
    return open % 2 == 0;
  }

  // "millions of dollars", "tens of thousands of euros": a vague sum of money.
  void VagueMoney(Amount* a) {
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

  bool AmbiguousUnitOk(const UnitEntry& u, int k, int after,
                       const Amount& a) const {
    const absl::string_view s = u.surface;
    const bool adjacent = !t_[k].space_before;
    if (s == "in" || s == "in.") {
      if (a.number.fraction || t_[a.number_first].has_decimal) return true;
      const Token* t = At(after);
      if (t == nullptr) return true;
      if (t->kind == TokenKind::kSymbol)
        return t->raw != "(" && t->raw != "\xE2\x80\x9C";
      static constexpr const char* kDimensionWords[] = {
          "thick",  "thin",     "long", "wide", "tall", "high", "deep",
          "across", "diameter", "in",   "of",   "by",   "x"};
      for (const char* w : kDimensionWords) {
        if (t->lower == w) return true;
      }
      return false;
    }
    if (s == "h" || s == "W" || s == "J" || s == "b")
      return adjacent || Boundary(after);
    if (s == "stone") return a.value <= 40;
    return true;
  }

  void Unit(Amount* a) {
    int k = a->end;
    const Token* t = At(k);
    if (t == nullptr) return;
    if (IsDash(*t) && !t->space_before && At(k + 1) &&
        !At(k + 1)->space_before && At(k + 1)->kind == TokenKind::kWord) {
      ++k;  // "27-kilometer", "8-year-old", "half-litre"
    } else if (a->number.bare_fraction) {
      if (IsWord(k, "of")) ++k;                    // "tenth of a gallon"
      if (IsWord(k, "a") || IsWord(k, "an")) ++k;  // "half a liter"
    }
    const PhraseMatch m = lex_.unit_phrases.Match(t_, k);
    if (!m.found()) return;
    const UnitEntry* u = &lex_.units[m.index];
    int after = k + m.length;
    if (Glued(after)) return;
    if (u->use == UnitUse::kAdjacent && t_[k].space_before) return;
    if (IsQuoteMark(t_[k]) && !QuoteMarkIsUnit(k, *a)) return;
    if (u->use == UnitUse::kAmbiguous && !AmbiguousUnitOk(*u, k, after, *a))
      return;
    if ((t_[k].lower == "pound" || t_[k].lower == "pounds") &&
        (a->number.scale > 1 || IsWord(after, "sterling"))) {
      a->currency = CurrencyByCode("GBP");
      a->end = IsWord(after, "sterling") ? after + 1 : after;
      return;
    }
    if (absl::string_view(u->base) == "degree") u = DegreeScale(after);
    a->unit = u;
    a->end = after;
  }

  // "−273.15° on the Celsius scale": the scale named shortly after a bare
  // degree.
  const UnitEntry* DegreeScale(int from) const {
    const UnitEntry* degree = nullptr;
    for (const UnitEntry& u : lex_.units) {
      if (absl::string_view(u.surface) == "degrees") degree = &u;
    }
    for (int i = from; i < from + 6 && i < n_; ++i) {
      const absl::string_view w = t_[i].lower;
      if (w != "celsius" && w != "fahrenheit" && w != "centigrade") continue;
      const absl::string_view name =
          w == "fahrenheit" ? "fahrenheit" : "celsius";
      for (const UnitEntry& u : lex_.units) {
        if (absl::string_view(u.surface) == name) return &u;
      }
    }
    return degree;
  }

  void Age(Amount* a) {
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
  void AppositiveAge(Amount* a) {
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

  void SetYearsOfAge(Amount* a) const {
    for (const UnitEntry& u : lex_.units) {
      if (absl::string_view(u.surface) == "years") a->unit = &u;
    }
    a->age = true;
  }

  // "one in five", "3 out of 4": a ratio.
  void InRatio(Amount* a) {
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
                      denominator.int_digits == 4 &&
                      !denominator.has_separator && np.end == k + 1;
    if (!np.ok || np.fraction || np.article || np.value <= a->value ||
        np.value != std::floor(np.value) || year) {
      return;
    }
    a->value /= np.value;
    a->ratio = true;
    a->end = np.end;
  }

  void Times(Amount* a) {
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
  void CompositeMeasure(Amount* a) {
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

  static bool Better(const UnitEntry* candidate, const UnitEntry* current,
                     bool mixed) {
    if (mixed && candidate->system != current->system) {
      return candidate->system == UnitSystem::kMetric;
    }
    return candidate->factor < current->factor;
  }

  // "$20 and 43c", "20 dollars 43 cents", "3 GBP and one".
  void CompositeMoney(Amount* a) {
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
    const bool minor =
        m.found() && lexicon::Currencies()[m.index].kind == MoneyKind::kMinor &&
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
  void ParenDuplicate(Amount* a) {
    const int k = a->end;
    if (!(At(k) && IsSymbol(*At(k), "("))) return;
    const NumberParse np = ParseNumber(t_, k + 1, false, lex_);
    if (!np.ok || !(At(np.end) && IsSymbol(*At(np.end), ")"))) return;
    if (np.value != a->number.value || np.words == a->number.words) return;
    a->end = np.end + 1;
  }

  // "a kilogram", "a dollar", "an ml": one of the unit.
  Amount ArticleUnit(int k) {
    if (!(IsWord(k, "a") || IsWord(k, "an"))) return {};
    const Token* prev = At(k - 1);
    if (prev != nullptr &&
        (prev->kind == TokenKind::kNumber || prev->lower == "per" ||
         prev->lower == "times" || prev->lower == "twice" ||
         prev->lower == "once" || prev->lower == "than" ||
         lex_.unit_phrases.Match(t_, k - 1).found() ||
         lex_.currency_phrases.Match(t_, k - 1).found())) {
      return {};
    }
    Amount a;
    a.first = a.number_first = k;
    a.number_end = k + 1;
    a.number.ok = a.number.words = a.number.article = true;
    a.number.value = a.value = 1;
    a.number.end = k + 1;
    const PhraseMatch c = lex_.currency_phrases.Match(t_, k + 1);
    if (c.found()) {
      const CurrencyEntry& e = lexicon::Currencies()[c.index];
      const int after = k + 1 + c.length;
      const char first = e.surface[0];
      if ((e.places & lexicon::kAfter) && first >= 'a' && first <= 'z' &&
          !Glued(after) &&
          (absl::string_view(e.surface) != "grand" || Boundary(after)) &&
          absl::string_view(e.surface).size() > 2) {
        a.currency = e.kind == MoneyKind::kCoin ? CurrencyByCode(e.code) : &e;
        a.value = e.kind == MoneyKind::kCoin ? e.factor : 1;
        a.end = after;
        a.ok = true;
        return a;
      }
    }
    const PhraseMatch m = lex_.unit_phrases.Match(t_, k + 1);
    if (!m.found()) return {};
    const UnitEntry& u = lex_.units[m.index];
    const absl::string_view surface = u.surface;
    const bool measure = u.dimension == v1::DIMENSION_MASS ||
                         u.dimension == v1::DIMENSION_LENGTH ||
                         u.dimension == v1::DIMENSION_AREA ||
                         u.dimension == v1::DIMENSION_VOLUME;
    if (!measure || (u.use != UnitUse::kFree && surface != "pound") ||
        Glued(k + 1 + m.length) || surface == "in" || surface == "inch") {
      return {};
    }
    a.unit = &u;
    a.end = k + 1 + m.length;
    a.ok = true;
    return a;
  }

  const std::vector<Token>& t_;
  const int n_;
  const FigureLexicon& lex_;
};

}  // namespace

const lexicon::CurrencyEntry* CurrencyByCode(absl::string_view code) {
  for (const CurrencyEntry& e : lexicon::Currencies()) {
    if (e.code == code && e.kind == MoneyKind::kMajor) return &e;
  }
  return nullptr;
}

Amount ParseAmount(const std::vector<Token>& tokens, int i,
                   const FigureLexicon& lexicon) {
  return AmountParser(tokens, lexicon).Parse(i);
}

}  // namespace figure_internal
}  // namespace factwire
