#include "ingest-service/extract/number_parser.h"

#include <cmath>

#include "ingest-service/extract/figure_token_view.h"
#include "ingest-service/extract/lexicon/figure_context_words.h"
#include "ingest-service/extract/lexicon/units.h"
#include "ingest-service/extract/number_words_parser.h"

namespace factwire {
namespace figure_internal {
namespace {

using lexicon::NumberWordEntry;
using lexicon::NumberWordKind;

// The value of a vulgar fraction character ("½"), or 0.
double VulgarFraction(const Token& t) {
  // Every fraction below is U+00BC-U+00BE or U+2153-U+215E.
  if (!MayBeVulgarFraction(t)) return 0;
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

class Parser : public TokenView {
 public:
  Parser(const std::vector<Token>& tokens, bool money, const FigureLexicon& lex)
      : TokenView(tokens, lex), money_(money), words_(tokens, lex) {}

  NumberParse Parse(int i) {
    if (i >= n_) return {};
    const Token& tok = d_[i];
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
    return words_.Parse(i);
  }

 private:
  // True if tokens[i] opens what a "m" suffix before it counts in millions:
  // a lowercase content word ("1.5m people") or a unit written out in
  // lowercase letters ("2.5m tonnes", "40m cubic metres", "1.2m hectares");
  // never a symbol, an abbreviation or a unit that is also a word ("in",
  // "t"), where the "m" may be metres. One match of the unit table for both.
  bool CountedInMillions(int i) const {
    const Token* t = At(i);
    if (t == nullptr || t->kind != TokenKind::kWord || IsCapitalized(*t))
      return false;
    const PhraseMatch m = lex_.unit_phrases.Match(t_, i);
    if (!m.found()) return !HasRole(*t, kRoleSubjectStop);
    const lexicon::UnitEntry& u = lex_.units[m.index];
    constexpr size_t kShortestWord = 4;  // "acre", "tonne"; not "kg", "mph"
    return u.use == lexicon::UnitUse::kFree && !u.case_sensitive &&
           absl::string_view(u.surface).size() >= kShortestWord;
  }

  // True if the sentence names a temperature scale or speaks of temperature
  // ("300 °C", "degrees Fahrenheit"): then "573.15K" is kelvin.
  bool TemperatureContext() const {
    for (int i = 0; i < n_; ++i) {
      const Token& t = d_[i];
      if (t.lower == "temperature" || t.lower == "temperatures") return true;
      const PhraseMatch m = lex_.unit_phrases.Match(t_, i);
      if (!m.found()) continue;
      const lexicon::UnitEntry& u = lex_.units[m.index];
      if (u.dimension == v1::DIMENSION_TEMPERATURE &&
          absl::string_view(u.surface).size() > 1 &&
          absl::string_view(u.base) == "celsius") {
        return true;
      }
    }
    return false;
  }

  // Scale words after a number: "5 million", "2 dozens", "30 lakh".
  void ScaleWords(NumberParse* r) const {
    while (true) {
      const Token* dash = At(r->end);
      const bool hyphen = dash != nullptr && IsDash(*dash) &&
                          !dash->space_before && At(r->end + 1) &&
                          !At(r->end + 1)->space_before;
      const NumberWordEntry* w = words_.WordAt(hyphen ? r->end + 1 : r->end);
      if (w == nullptr || w->use == lexicon::NumberWordUse::kAfterWords) {
        return;  // "500 kr": kronor
      }
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
    r.value = d_[i].value;
    int j = i + 1;
    const Token* a = At(j);
    const Token* slash = At(j + 1);
    const Token* b = At(j + 2);
    const bool whole = !d_[i].has_decimal && !d_[i].has_separator;
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
    words_.AndAHalf(&r);
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
    const Token& digits = d_[r->end - 1];
    const bool decimal =
        digits.kind == TokenKind::kNumber && digits.has_decimal;
    if (t->raw == "K" && !money_ && TemperatureContext()) return;  // kelvin
    const Token* after = At(r->end + 1);
    if (t->lower == "k" && !money_ && after != nullptr &&
        lexicon::IsRaceWord(after->lower)) {
      return;  // "a 5k race": kilometres (figure_amount.cc)
    }
    if (t->raw == "m" && !money_ && after != nullptr &&
        lexicon::IsMetreEventWord(after->lower)) {
      return;  // "400m freestyle": metres
    }
    if (e.ambiguous && !money_ &&
        !(t->raw == "m" && CountedInMillions(r->end + 1)) &&
        !(t->raw == "G" && decimal)) {
      return;  // "9m" is metres, "5G" a network, "1500b" bits
    }
    r->value *= e.value;
    r->scale *= e.value;
    ++r->end;
  }

  const bool money_;
  const WordNumberParser words_;
};

}  // namespace

NumberParse ParseNumber(const std::vector<Token>& tokens, int i, bool money,
                        const FigureLexicon& lexicon) {
  return Parser(tokens, money, lexicon).Parse(i);
}

}  // namespace figure_internal
}  // namespace factwire
