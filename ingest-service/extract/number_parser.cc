#include "ingest-service/extract/number_parser.h"

#include <cmath>

namespace factwire {
namespace figure_internal {
namespace {

using lexicon::NumberWordEntry;
using lexicon::NumberWordKind;

// The value of a vulgar fraction character ("½"), or 0.
double VulgarFraction(const Token& t) {
  if (t.kind != TokenKind::kSymbol) return 0;
  struct Entry {
    const char* raw;
    double value;
  };
  static constexpr Entry kFractions[] = {
      {"\xC2\xBD", 1.0 / 2},     {"\xC2\xBC", 1.0 / 4},
      {"\xC2\xBE", 3.0 / 4},     {"\xE2\x85\x93", 1.0 / 3},
      {"\xE2\x85\x94", 2.0 / 3}, {"\xE2\x85\x95", 1.0 / 5},
      {"\xE2\x85\x96", 2.0 / 5}, {"\xE2\x85\x97", 3.0 / 5},
      {"\xE2\x85\x98", 4.0 / 5}, {"\xE2\x85\x99", 1.0 / 6},
      {"\xE2\x85\x9A", 5.0 / 6}, {"\xE2\x85\x9B", 1.0 / 8},
      {"\xE2\x85\x9C", 3.0 / 8}, {"\xE2\x85\x9D", 5.0 / 8},
      {"\xE2\x85\x9E", 7.0 / 8}};
  for (const Entry& e : kFractions) {
    if (t.raw == e.raw) return e.value;
  }
  return 0;
}

// "3/4", "1/40", "20/100" read as fractions; "9/11" and "24/7" do not.
bool LooksLikeFraction(double numerator, double denominator) {
  if (numerator >= denominator) return false;
  if (numerator == 1) return true;
  static constexpr double kDenominators[] = {2,  3,  4,  5,  6,  8,  10,  12,
                                             16, 20, 25, 32, 50, 64, 100, 1000};
  for (double d : kDenominators) {
    if (denominator == d) return true;
  }
  return false;
}

class Parser {
 public:
  Parser(const std::vector<Token>& tokens, bool money, const FigureLexicon& lex)
      : t_(tokens),
        n_(static_cast<int>(tokens.size())),
        money_(money),
        lex_(lex) {}

  NumberParse Parse(int i) {
    if (i >= n_) return {};
    const Token& tok = t_[i];
    if (tok.kind == TokenKind::kNumber) return Digits(i);
    if (tok.kind == TokenKind::kSymbol) {
      const double f = VulgarFraction(tok);
      if (f == 0) return {};
      NumberParse r;
      r.ok = r.digits = r.fraction = true;
      r.value = f;
      r.end = i + 1;
      return r;
    }
    return Words(i);
  }

 private:
  const Token* At(int i) const { return i >= 0 && i < n_ ? &t_[i] : nullptr; }

  bool IsWord(int i, absl::string_view lower) const {
    const Token* t = At(i);
    return t != nullptr && t->kind == TokenKind::kWord && t->lower == lower;
  }

  const NumberWordEntry* WordAt(int i) const {
    const Token* t = At(i);
    if (t == nullptr || t->kind != TokenKind::kWord) return nullptr;
    return lex_.NumberWord(*t);
  }

  bool IsKind(const NumberWordEntry* w, NumberWordKind kind) const {
    return w != nullptr && w->kind == kind;
  }

  // A lowercase content word that a "m" suffix may count ("1.5m people").
  bool LooksLikeCountedNoun(int i) const {
    const Token* t = At(i);
    if (t == nullptr || t->kind != TokenKind::kWord || IsCapitalized(*t))
      return false;
    if (HasRole(*t, kRoleSubjectStop)) return false;
    return !lex_.unit_phrases.Match(t_, i).found();
  }

  // "and a half" after a number.
  void AndAHalf(NumberParse* r) const {
    if (IsWord(r->end, "and") &&
        (IsWord(r->end + 1, "a") || IsWord(r->end + 1, "one")) &&
        IsWord(r->end + 2, "half")) {
      r->value += 0.5;
      r->end += 3;
    }
  }

  // Scale words after a number: "5 million", "2 dozens", "30 lakh".
  void ScaleWords(NumberParse* r) const {
    while (true) {
      const Token* dash = At(r->end);
      const bool hyphen = dash != nullptr && IsDash(*dash) &&
                          !dash->space_before && At(r->end + 1) &&
                          !At(r->end + 1)->space_before;
      const NumberWordEntry* w = WordAt(hyphen ? r->end + 1 : r->end);
      if (w == nullptr) return;
      if (hyphen && w->kind != NumberWordKind::kScale)
        return;  // "$1.3-billion"
      if (hyphen) ++r->end;
      if (w->kind != NumberWordKind::kHundred &&
          w->kind != NumberWordKind::kScale &&
          w->kind != NumberWordKind::kDozen) {
        return;
      }
      r->value *= w->value;
      r->scale *= w->value;
      ++r->end;
    }
  }

  NumberParse Digits(int i) {
    NumberParse r;
    r.ok = r.digits = true;
    r.value = t_[i].value;
    int j = i + 1;
    const Token* a = At(j);
    const Token* slash = At(j + 1);
    const Token* b = At(j + 2);
    const bool whole = !t_[i].has_decimal && !t_[i].has_separator;
    if (whole && a && a->kind == TokenKind::kNumber && a->space_before &&
        slash && IsSymbol(*slash, "/") && !slash->space_before && b &&
        b->kind == TokenKind::kNumber && !b->space_before &&
        b->value > a->value && !(At(j + 3) && IsSymbol(*At(j + 3), "/"))) {
      r.value += a->value / b->value;  // "2 1/2"
      r.fraction = true;
      j += 3;
    } else if (a && IsSymbol(*a, "/") && !a->space_before && slash &&
               slash->kind == TokenKind::kNumber && !slash->space_before) {
      if ((b && IsSymbol(*b, "/") && !b->space_before) || slash->value == 0) {
        r.ok = false;  // "3/15/2024", "1/0"
        r.date_like = true;
        r.end = b && IsSymbol(*b, "/") ? j + 3 : j + 2;
        return r;
      }
      if (!LooksLikeFraction(r.value, slash->value)) {
        r.ok = false;  // "9/11", "24/7"
        r.date_like = true;
        r.end = j + 2;
        return r;
      }
      r.value /= slash->value;  // "3/4"
      r.fraction = true;
      j += 2;
    }
    if (At(j) && !At(j)->space_before && VulgarFraction(*At(j)) > 0) {
      r.value += VulgarFraction(*At(j));  // "2½"
      r.fraction = true;
      ++j;
    }
    r.end = j;
    Scientific(&r);
    PointDigits(&r);
    SuffixScale(&r);
    AndAHalf(&r);
    ScaleWords(&r);
    return r;
  }

  // "2.48×10−5", "5.5x10-3", "8x2^10".
  void Scientific(NumberParse* r) const {
    const int j = r->end;
    const Token* x = At(j);
    const Token* base = At(j + 1);
    if (x == nullptr || base == nullptr || x->space_before ||
        base->space_before)
      return;
    if (!(IsSymbol(*x, "\xC3\x97") ||
          (x->kind == TokenKind::kWord && x->lower == "x")))
      return;
    if (base->kind != TokenKind::kNumber || base->has_decimal ||
        base->has_separator)
      return;
    int k = j + 2;
    const bool caret = At(k) && IsSymbol(*At(k), "^") && !At(k)->space_before;
    if (caret) ++k;
    if (!caret && base->value != 10) return;
    double sign = 1;
    if (At(k) && !At(k)->space_before &&
        (IsSymbol(*At(k), "-") || IsSymbol(*At(k), "\xE2\x88\x92"))) {
      sign = -1;
      ++k;
    }
    const Token* exponent = At(k);
    if (exponent == nullptr || exponent->space_before ||
        exponent->kind != TokenKind::kNumber || exponent->has_decimal ||
        exponent->has_separator) {
      return;
    }
    r->value *= std::pow(base->value, sign * exponent->value);
    r->end = k + 1;
  }

  // "1 point 1".
  void PointDigits(NumberParse* r) const {
    const Token* point = At(r->end);
    const Token* digits = At(r->end + 1);
    if (point == nullptr || point->lower != "point" || digits == nullptr ||
        digits->kind != TokenKind::kNumber || digits->has_decimal ||
        digits->has_separator || r->fraction ||
        r->value != std::floor(r->value)) {
      return;
    }
    r->value += digits->value / std::pow(10.0, digits->int_digits);
    r->end += 2;
  }

  // A scale written against the digits: "10k", "1.3bn", "$750m".
  void SuffixScale(NumberParse* r) const {
    const Token* t = At(r->end);
    if (t == nullptr || t->kind != TokenKind::kWord || t->space_before) return;
    const PhraseMatch m = lex_.scale_suffixes.Match(t_, r->end);
    if (!m.found() || m.length != 1) return;
    const lexicon::ScaleSuffixEntry& e = lexicon::ScaleSuffixes()[m.index];
    if (e.ambiguous && !money_ &&
        !(t->raw == "m" && LooksLikeCountedNoun(r->end + 1)))
      return;
    r->value *= e.value;
    r->scale *= e.value;
    ++r->end;
  }

  // "a dozen", "a third", "a couple", "a hundred and two".
  NumberParse Article(int i) {
    NumberParse r;
    const NumberWordEntry* w = WordAt(i + 1);
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

  // "half a million", "a quarter of a billion".
  void FractionOfScale(NumberParse* r) const {
    int k = r->end;
    if (IsWord(k, "of")) ++k;
    if (!IsWord(k, "a")) return;
    const NumberWordEntry* scale = WordAt(k + 1);
    if (!IsKind(scale, NumberWordKind::kScale) &&
        !IsKind(scale, NumberWordKind::kDozen))
      return;
    r->value *= scale->value;
    r->scale = scale->value;
    r->fraction = r->bare_fraction = false;
    r->end = k + 2;
  }

  // "a third term", "a fourth straight win": "third" is an ordinal before a
  // noun
  // ("a third of", "a quarter mile" stay fractions).
  bool OrdinalUse(int next) const {
    const Token* t = At(next);
    if (t == nullptr || t->kind != TokenKind::kWord) return false;
    if (HasRole(*t, kRoleSubjectStop | kRoleUnit | kRoleNumberWord))
      return false;
    return !IsCapitalized(*t) || next > 0;
  }

  bool IsSingularFraction(int i) const {
    const Token* t = At(i);
    return t != nullptr && !t->lower.empty() && t->lower.back() != 's';
  }

  // "half a liter", "quarter-litre", "tenth of a gallon": needs a unit after
  // it.
  NumberParse BareFraction(int i, const NumberWordEntry& w) const {
    NumberParse r;
    const Token* prev = At(i - 1);
    const bool determiner =
        prev != nullptr && (prev->lower == "the" || prev->lower == "this" ||
                            prev->lower == "that" || prev->lower == "each" ||
                            prev->lower == "every" || prev->lower == "its");
    const bool joined =
        (At(i + 1) && IsDash(*At(i + 1)) && !At(i + 1)->space_before) ||
        IsWord(i + 1, "of");
    if (determiner || !IsSingularFraction(i) || (w.value != 2 && !joined))
      return r;
    r.ok = r.words = r.fraction = r.bare_fraction = true;
    r.value = 1 / w.value;
    r.end = i + 1;
    FractionOfScale(&r);
    return r;
  }

  // "several thousand", "a few hundred", "hundreds of", "tens of thousands of",
  // "dozens of": an approximate amount (several = 3).
  NumberParse Vague(int i) const {
    NumberParse r;
    const absl::string_view w = t_[i].lower;
    const NumberWordEntry* lead = lex_.NumberWord(t_[i]);
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
          t_[i + 2].lower.back() == 's') {
        r.value *= more->value;  // "hundreds of thousands"
        r.scale = r.value;
        r.end = i + 3;
      }
    }
    r.ok = r.words = r.vague = true;
    return r;
  }

  enum class Last { kNone, kUnit, kTens, kHundred, kScale, kAnd };

  NumberParse Words(int i) {
    NumberParse r;
    const Token& first = t_[i];
    const bool article = first.lower == "a" || first.lower == "an";
    if (article) {
      const NumberWordEntry* w = WordAt(i + 1);
      if (w == nullptr || (w->kind != NumberWordKind::kHundred &&
                           w->kind != NumberWordKind::kScale &&
                           w->kind != NumberWordKind::kDozen)) {
        return Article(i);
      }
    }
    const NumberWordEntry* lead = lex_.NumberWord(first);
    if (IsKind(lead, NumberWordKind::kFraction)) return BareFraction(i, *lead);
    if (first.lower == "several" || first.lower == "few" ||
        first.lower == "many" || first.lower == "tens" ||
        IsKind(lead, NumberWordKind::kDozen) ||
        ((IsKind(lead, NumberWordKind::kScale) ||
          IsKind(lead, NumberWordKind::kHundred)) &&
         first.lower.back() == 's')) {
      return Vague(i);
    }
    double total = 0;
    double current = 0;
    Last last = Last::kNone;
    bool any = false;
    int j = article ? i + 1 : i;
    if (article) {
      current = 1;
      r.article = true;
    }
    while (j < n_) {
      const Token& tok = t_[j];
      const NumberWordEntry* w = WordAt(j);
      if (w != nullptr) {
        const double v = w->value;
        bool stop = false;
        switch (w->kind) {
          case NumberWordKind::kUnit:
            if (last == Last::kUnit ||
                (last == Last::kTens && (v >= 10 || v == 0))) {
              stop = true;
            } else {
              current += v;
              last = Last::kUnit;
            }
            break;
          case NumberWordKind::kTens:
            if (last == Last::kUnit || last == Last::kTens) {
              stop = true;
            } else {
              current += v;
              last = Last::kTens;
            }
            break;
          case NumberWordKind::kHundred:
            if (last == Last::kHundred) {
              stop = true;
            } else {
              current = (current == 0 ? 1 : current) * 100;
              last = Last::kHundred;
            }
            break;
          case NumberWordKind::kScale:
            if (current == 0 && total > 0) {
              total *= v;
            } else {
              total += (current == 0 ? 1 : current) * v;
            }
            if (v > r.scale) r.scale = v;
            current = 0;
            last = Last::kScale;
            break;
          case NumberWordKind::kDozen:
            current = (total + current == 0 ? 1 : total + current) * v;
            total = 0;
            last = Last::kScale;
            break;
          case NumberWordKind::kFraction:
            if ((last == Last::kUnit || last == Last::kTens) && total == 0 &&
                current > 0) {
              r.ok = r.words = r.fraction = true;
              r.value = current / v;
              r.end = j + 1;
              return r;
            }
            stop = true;
            break;
          case NumberWordKind::kMultiplier:
            if (last == Last::kNone && !article) {
              r.ok = r.words = r.multiplier = true;
              r.value = v;
              r.end = j + 1;
              return r;
            }
            stop = true;
            break;
        }
        if (stop) break;
        any = true;
        ++j;
        continue;
      }
      if (!any) break;
      const NumberWordEntry* next = WordAt(j + 1);
      const bool next_small = IsKind(next, NumberWordKind::kUnit) ||
                              IsKind(next, NumberWordKind::kTens);
      if ((tok.lower == "and" || IsSymbol(tok, "&")) &&
          (last == Last::kHundred || last == Last::kScale) && next_small) {
        last = Last::kAnd;
        ++j;
        continue;
      }
      if (IsDash(tok) && !tok.space_before && At(j + 1) &&
          !At(j + 1)->space_before &&
          ((last == Last::kTens && IsKind(next, NumberWordKind::kUnit) &&
            next->value < 10) ||
           ((last == Last::kUnit || last == Last::kTens) &&
            IsKind(next, NumberWordKind::kFraction)))) {
        ++j;
        continue;
      }
      if (IsSymbol(tok, ",") && last == Last::kScale && total >= 1000 &&
          (next_small || IsKind(next, NumberWordKind::kHundred))) {
        ++j;
        continue;
      }
      if (tok.lower == "point" &&
          (last == Last::kUnit || last == Last::kTens) && j + 1 < n_) {
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
        if (k == j + 1) break;
        current += frac;
        j = k;
        last = Last::kHundred;  // only scales may follow
        continue;
      }
      break;
    }
    if (!any) return {};
    r.ok = r.words = true;
    r.value = total + current;
    r.end = j;
    r.single_one = (j == i + 1 && first.lower == "one");
    AndAHalf(&r);
    return r;
  }

  const std::vector<Token>& t_;
  const int n_;
  const bool money_;
  const FigureLexicon& lex_;
};

}  // namespace

NumberParse ParseNumber(const std::vector<Token>& tokens, int i, bool money,
                        const FigureLexicon& lexicon) {
  return Parser(tokens, money, lexicon).Parse(i);
}

}  // namespace figure_internal
}  // namespace factwire
