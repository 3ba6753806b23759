#include "ingest-service/extract/figure_amount.h"
#include "ingest-service/extract/figure_filters.h"

#include <algorithm>
#include <cmath>

#include "ingest-service/extract/figure_amount_parts.h"
#include "ingest-service/extract/figure_token_view.h"
#include "ingest-service/extract/lexicon/currencies.h"
#include "ingest-service/extract/lexicon/figure_context_words.h"
#include "ingest-service/extract/lexicon/number_words.h"
#include "ingest-service/extract/lexicon/qualifiers.h"

namespace factwire {
namespace figure_internal {
namespace {

using lexicon::CurrencyEntry;
using lexicon::MoneyKind;
using lexicon::UnitEntry;
using lexicon::UnitUse;

class AmountParser : public TokenView {
 public:
  AmountParser(const std::vector<Token>& tokens, const FigureLexicon& lex)
      : TokenView(tokens, lex), parts_(tokens, lex) {}

  Amount Parse(int i) {
    Amount a;
    a.first = i;
    int k = i;
    bool negative = Sign(&k);
    PrefixCurrency(&k, &a);
    if (a.currency != nullptr && !negative) negative = Sign(&k);
    if (!negative && k == i && i > 0 && EnDashSign(i - 1)) {
      negative = true;  // the figure search starts no amount at a dash
      a.first = i - 1;
    }
    if (k >= n_) return {};
    const NumberParse np = ParseNumber(
        t_, k, a.currency != nullptr || MoneyComparisonEnd(k), lex_);
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
    if (RaceTime(&a)) {
      a.ok = true;
      return a;
    }
    parts_.Tolerance(&a);
    if (a.currency == nullptr) SuffixCurrency(&a);
    if (a.currency == nullptr && np.vague) parts_.VagueMoney(&a);
    if (a.currency == nullptr) Unit(&a);
    if (a.currency == nullptr) BelowZero(&a);
    if (a.unit != nullptr) UnitAndAHalf(&a);
    if (a.currency == nullptr && a.unit == nullptr) AbsoluteZero(&a);
    if (a.currency == nullptr && a.unit == nullptr) Magnitude(&a);
    if (np.bare_fraction && a.unit == nullptr && a.currency == nullptr)
      return {};
    if ((np.bare_fraction || (np.article && np.fraction)) &&
        HalfPeriodModifier(a)) {
      return {};
    }
    if (a.currency == nullptr && a.unit == nullptr) parts_.CoinQuarters(&a);
    if (a.currency != nullptr) {
      parts_.CompositeMoney(&a);
      parts_.PerUnit(&a);
    } else if (a.unit != nullptr) {
      parts_.Age(&a);
      parts_.CompositeMeasure(&a);
      if (!a.age) parts_.PerUnit(&a);
    } else {
      parts_.Times(&a);
      if (!a.times && !a.ratio) parts_.AppositiveAge(&a);
      if (!a.times && !a.ratio && !a.age) ElidedUnit(&a);
    }
    parts_.ParenDuplicate(&a);
    parts_.AccountingNegative(&a);
    a.ok = true;
    return a;
  }

 private:
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

  // "lows of –9C", "expect –14 C": an en dash set apart from the word
  // before and against the digits is a minus sign; not a range ("12–15C",
  // "12 –15") nor a pause ("the count – 40 people –").
  bool EnDashSign(int k) const {
    const Token& t = d_[k];
    if (t.kind != TokenKind::kSymbol) return false;
    const Token* prev = At(k - 1);
    const Token* next = At(k + 1);
    return IsSymbol(t, "\xE2\x80\x93") && t.space_before && prev != nullptr &&
           prev->kind == TokenKind::kWord && next != nullptr &&
           next->kind == TokenKind::kNumber && !next->space_before;
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
    if (e.acronym && !t->space_before) return;  // "COP26": a name
    if (e.letter && !LetterAmount(*k, next)) {
      if (!CentsLetter(*k, next)) return;
      // "costs R21.90", "the rand fell to R18.25" are money
      a->needs_country = !parts_.MoneyContext() && !CurrencyTalk(*k, e);
    }
    if (e.placed_sign) a->needs_country = !PlacedSignMoney(*k, next, e);
    if (e.country_letter) {
      if (!CountryLetterMoney(*k, next)) return;  // "the M23 rebels"
      a->needs_country = true;  // "M4.6 million" only in a Maseru story
    }
    a->currency = &e;
    a->currency_before = true;
    *k = next;
  }

  // "N40m", "N78,000", "R3.1bn", "N209 per kWh": a currency letter glued to
  // digits shaped like money, or the other end of a comparison with such an
  // amount ("from N66 to N209 per kWh", "up from N950"); "N95", "N1 road"
  // and "N2O" stay names.
  bool LetterAmount(int letter, int next) const {
    return MoneyShapedLetter(letter, next) || LetterPartner(letter);
  }

  // Whether tokens[next] are digits glued to the letter at tokens[letter]
  // with a scale, thousands grouping or a rate after them.
  bool MoneyShapedLetter(int letter, int next) const {
    if (!GluedToLetter(letter, next)) return false;
    if (d_[next].has_separator) return true;
    const NumberParse np = ParseNumber(t_, next, /*money=*/true, lex_);
    return np.scale > 1 || (np.ok && parts_.MoneyRateAt(np.end));
  }

  // Whether tokens[next] are digits with two decimals glued to the letter at
  // tokens[letter] (cents: "R23.40"): money where a price or the letter's
  // country is named, else a name ("Release R21.02").
  bool CentsLetter(int letter, int next) const {
    return GluedToLetter(letter, next) && d_[next].has_decimal &&
           d_[next].frac_digits == 2;
  }

  // Whether the sentence of the cents-shaped amount written with the letter
  // `e` at tokens[letter] speaks of currencies or a market: it names the
  // letter's own currency or an exchange rate (NamedCurrency: "the rand
  // weakened to R18.25", "against the dollar"), a market ("shares",
  // "traded": lexicon::IsMarketCueWord) or a day's price ("closed at R21.02").
  bool CurrencyTalk(int letter, const CurrencyEntry& e) const {
    if (IsWord(letter - 1, "at") && At(letter - 2) != nullptr &&
        lexicon::IsClosingPriceVerb(d_[letter - 2].lower)) {
      return true;
    }
    for (int j = 0; j < n_; ++j) {
      if (d_[j].kind != TokenKind::kWord || j == letter) continue;
      if (lexicon::IsMarketCueWord(d_[j].lower) || NamedCurrency(j, e)) {
        return true;
      }
    }
    return false;
  }

  // Whether a currency's name in words opens at tokens[j] ("rand", "US
  // dollar"; not a sign or a letter) that is the currency the letter `e`
  // writes ("pula" for "P") or follows "against (the)", an exchange rate.
  bool NamedCurrency(int j, const CurrencyEntry& e) const {
    const CurrencyEntry* named = lex_.CurrencyNamedAt(t_, j);
    if (named == nullptr || named->case_sensitive ||
        named->kind != MoneyKind::kMajor) {
      return false;
    }
    if (lexicon::WritesCurrency(e.code, named->code)) return true;
    const int before = IsWord(j - 1, "the") ? j - 2 : j - 1;
    return IsWord(before, "against");
  }

  // Whether the placed sign `e` at tokens[sign] before the number at
  // tokens[next] is money by its sentence alone: the number is shaped like
  // money (a scale, "QR 5 million"; a thousands grouping or decimals, "QR
  // 10,000", "KD 2.5"), a word of paying comes right before the sign
  // ("fined RO 150", "worth KD 40") or the sentence names its currency
  // ("Omani rials").
  bool PlacedSignMoney(int sign, int next, const CurrencyEntry& e) const {
    if (d_[next].has_separator || d_[next].has_decimal ||
        MoneyCueBefore(sign) ||
        ParseNumber(t_, next, /*money=*/true, lex_).scale > 1) {
      return true;
    }
    for (int j = 0; j < n_; ++j) {
      if (j != sign && d_[j].kind == TokenKind::kWord && NamedCurrency(j, e)) {
        return true;
      }
    }
    return false;
  }

  // Whether the word right before tokens[k] is a word of paying or money
  // (lexicon::IsMoneyCueWord: "fined", "worth", "cost", "paid").
  bool MoneyCueBefore(int k) const {
    const Token* w = At(k - 1);
    return w != nullptr && w->kind == TokenKind::kWord &&
           lexicon::IsMoneyCueWord(w->lower);
  }

  // Whether the country letter at tokens[letter] writes money before the
  // digits glued to it at tokens[next], its country aside: the amount is
  // shaped like money (LetterAmount, CentsLetter: "M4.6 million", "M18,000",
  // "E12.50") or a word of paying comes right before the letter, or before a
  // qualifier there (PayingCueBefore: "paid M500", "costs about M12"); not a
  // name, though the sentence pays elsewhere ("the M4 bus costs M12", "the
  // M23 rebels", "size M 40").
  bool CountryLetterMoney(int letter, int next) const {
    return GluedToLetter(letter, next) &&
           (LetterAmount(letter, next) || CentsLetter(letter, next) ||
            PayingCueBefore(letter));
  }

  // Whether a word of paying (MoneyCueBefore) comes right before tokens[k]
  // or before a prefix qualifier right before it ("paid about M500").
  bool PayingCueBefore(int k) const {
    if (MoneyCueBefore(k)) return true;
    const Token* q = At(k - 1);
    return q != nullptr && q->kind == TokenKind::kWord &&
           HasRole(*q, kRolePrefixQualifier) && MoneyCueBefore(k - 1);
  }

  // Whether tokens[next] are digits glued to the one letter at tokens[letter].
  bool GluedToLetter(int letter, int next) const {
    const Token* digits = At(next);
    return digits != nullptr && digits->kind == TokenKind::kNumber &&
           !digits->space_before && d_[letter].raw.size() == 1;
  }

  // Whether the plain letter amount at tokens[letter] follows a comparison
  // word (ComparisonLinkAt) and the same letter writes money shortly before
  // or after it.
  bool LetterPartner(int letter) const {
    const Token* digits = At(letter + 1);
    if (!ComparisonLinkAt(letter - 1) || digits == nullptr ||
        digits->kind != TokenKind::kNumber || digits->space_before) {
      return false;
    }
    constexpr int kReach = 12;
    for (int j = letter - kReach; j <= letter + kReach; ++j) {
      if (j != letter && At(j) != nullptr && d_[j].raw == d_[letter].raw &&
          (MoneyShapedLetter(j, j + 1) || CentsLetter(j, j + 1))) {
        return true;
      }
    }
    return false;
  }

  // The token after "of a"/"a" that follows a fraction ("half a cent", "a
  // tenth of a litre", "two-thirds of a mile") or after the "of" of "a
  // couple of" ("a couple of weeks"): where its unit stands; k for any other
  // amount.
  int PastFractionOf(const Amount& a, int k) const {
    if (a.number.article && IsWord(a.number_end - 1, "couple") &&
        IsWord(k, "of")) {
      return k + 1;
    }
    if (a.number.bare_fraction) {
      if (IsWord(k, "of")) ++k;                    // "tenth of a gallon"
      if (IsWord(k, "a") || IsWord(k, "an")) ++k;  // "half a liter"
    } else if (a.number.fraction && IsWord(k, "of") &&
               (IsWord(k + 1, "a") || IsWord(k + 1, "an"))) {
      k += 2;  // "a quarter of a percentage point", "two-thirds of a mile"
    }
    return k;
  }

  // The token after the "of" that follows a plural vague amount ("hundreds
  // of thousands of tonnes", "tens of thousands of litres", "dozens of
  // kilometres"): where its unit stands; k for any other amount, and when
  // the unit word opens a compound ("hundreds of seconds-long talks" counts
  // talks) or is "pounds of" ("hundreds of pounds of drugs": weight or money,
  // left unread).
  int PastVagueOf(const Amount& a, int k) const {
    const absl::string_view last = d_[a.number_end - 1].lower;
    if (!a.number.vague || !IsWord(k, "of") || last.back() != 's') return k;
    const PhraseMatch m = lex_.unit_phrases.Match(t_, k + 1);
    if (!m.found() || !lexicon::IsBulkOrTimeUnit(lex_.units[m.index])) {
      return k;  // "thousands of degrees", "dozens of cups of tea" count
    }
    const int after = k + 1 + m.length;
    if (HyphenJoinsWord(after)) return k;
    return PoundWord(k + 1) && IsWord(after, "of") ? k : k + 1;
  }

  // "nine straight days", "two more weeks": the token after an adjective of
  // a run (lexicon::IsRunAdjective) at tokens[k] when a unit of time follows
  // it, not joined by a hyphen ("two more week-long trips"); k otherwise.
  int PastRunAdjective(int k) const {
    const Token* t = At(k);
    if (t == nullptr || t->kind != TokenKind::kWord ||
        !lexicon::IsRunAdjective(t->lower)) {
      return k;
    }
    const PhraseMatch m = lex_.unit_phrases.Match(t_, k + 1);
    if (!m.found() || lex_.units[m.index].dimension !=
                          factwire::v1::Dimension::DIMENSION_DURATION) {
      return k;
    }
    return HyphenJoinsWord(k + 1 + m.length) ? k : k + 1;
  }

  // True if the plural unit word at tokens[k, after), set apart from the
  // number before it, opens a hyphenated adjective of a plural noun ("600
  // centuries-old trees", "two decades-long disputes"): the unit belongs to
  // the adjective and the number counts the noun. Not "a 600-year-old tree"
  // nor "five years old".
  bool PluralUnitCompound(int k, int after) const {
    if (!d_[k].space_before || d_[after - 1].lower.back() != 's' ||
        !HyphenJoinsWord(after)) {
      return false;  // the cheap tests first: most units end their figure
    }
    const Token* noun = At(after + 2);
    return noun != nullptr && noun->kind == TokenKind::kWord &&
           lexicon::LooksPlural(noun->lower);
  }

  // True if tokens[k] is a hyphen glued to the words on both sides
  // ("27-kilometer", "seconds-long").
  bool HyphenJoinsWord(int k) const {
    const Token* t = At(k);
    const Token* next = At(k + 1);
    return t != nullptr && IsDash(*t) && !t->space_before &&
           next != nullptr && !next->space_before &&
           next->kind == TokenKind::kWord;
  }

  // True if tokens[k] is "pound" or "pounds": a weight or sterling.
  bool PoundWord(int k) const {
    return IsWord(k, "pound") || IsWord(k, "pounds");
  }

  bool SuffixCurrency(Amount* a) {
    int k = PastFractionOf(*a, a->end);
    const bool hyphened = k == a->end && HyphenJoinsWord(k);
    if (hyphened) ++k;  // "a 350-peso ticket", "a 50-euro fine"
    const PhraseMatch m = lex_.currency_phrases.Match(t_, k);
    if (!m.found()) return false;
    const CurrencyEntry& e = lexicon::Currencies()[m.index];
    if (!(e.places & lexicon::kAfter)) return false;
    if (hyphened && !HyphenedCurrencyWord(*a, k, e)) return false;
    const int after = k + m.length;
    if (Glued(after)) return false;
    const absl::string_view surface = e.surface;
    const bool short_word = surface.size() <= 2 &&
                            d_[k].kind == TokenKind::kWord && !e.trailing_sign;
    if (short_word && d_[k].space_before && !Boundary(after)) return false;
    if (e.also_unit && !parts_.MoneyContext()) return false;  // "8 Ft tall"
    if (e.digits_only && !DigitMoney(*a, after)) return false;
    if (e.scaled_word && a->number.scale <= 1 && !PayingCueBefore(a->first)) {
      return false;  // "eight won seats"; "1.8 billion won", "paid 500 won"
    }
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

  // True if the currency `e` read at tokens[k], glued by a hyphen to the
  // amount `a`, makes it money: a currency's name in lowercase words ("a
  // 350-peso ticket", "a five-dollar bill"), not a sign, a code or a short
  // word, nor one that is also a unit or a measure of drink ("a 50-pound
  // sack", which Unit() reads); not after an article's amount ("a
  // million-dollar home" is a manner of speaking).
  bool HyphenedCurrencyWord(const Amount& a, int k, const CurrencyEntry& e) const {
    return !a.number.article && d_[k].kind == TokenKind::kWord &&
           d_[k].lower == d_[k].raw &&
           absl::string_view(e.surface).size() >= 3 && !e.also_unit &&
           !e.digits_only && !PoundWord(k);
  }

  // True if a currency that is also a measure of drink (CurrencyEntry::
  // digits_only) is money here: its amount is written in digits and no
  // "of" follows at tokens[after] ("300 dram", not "one dram of whisky"),
  // nor a word that shares out a small count ("2 drams each").
  bool DigitMoney(const Amount& a, int after) const {
    const Token* next = At(after);
    return d_[a.number_first].kind == TokenKind::kNumber &&
           !IsWord(after, "of") &&
           (next == nullptr || next->kind != TokenKind::kWord ||
            !lexicon::IsDrinkServing(a.value, next->lower));
  }

  static bool IsQuoteMark(const Token& t) {
    return IsSymbol(t, "\"") || IsSymbol(t, "'");
  }

  // '5"' is five inches only after digits and when the mark does not close a
  // quotation.
  bool QuoteMarkIsUnit(int k, const Amount& a) const {
    const Token& number = d_[a.number_first];
    if (number.kind != TokenKind::kNumber) return false;
    return (number.open_quotes & (d_[k].raw == "\"" ? 1 : 2)) == 0;
  }

  bool AmbiguousUnitOk(const UnitEntry& u, int k, int after,
                       const Amount& a) const {
    const absl::string_view s = u.surface;
    const bool adjacent = !d_[k].space_before;
    if (s == "in" || s == "in.") {
      const Token* t = At(after);
      if (IsDash(d_[k - 1]) && t != nullptr && IsDash(*t)) {
        return false;  // "one-in-five": a ratio
      }
      if (a.number.scale > 1 ||
          (t != nullptr && HasRole(*t, kRoleSubjectStop) &&
           t->kind == TokenKind::kWord && t->lower != "in" &&
           t->lower != "of" && t->lower != "by")) {
        return false;  // "4.1 million in the year to March"
      }
      if (t != nullptr && t->kind == TokenKind::kNumber) {
        return false;  // "down from 22.3 in 2022": a year, not inches
      }
      if (t != nullptr && IsCapitalized(*t) && t->raw.size() > 1 &&
          t->raw[1] >= 'a' && t->raw[1] <= 'z') {
        return false;  // "4.3 in March", "2.6 in France"; not "6.1 in OLED"
      }
      if (a.number.digits &&
          (a.number.fraction || d_[a.number_first].has_decimal)) {
        return true;  // "2 1/2 in thick"
      }
      if (t == nullptr) return true;
      if (t->kind == TokenKind::kSymbol)
        return t->raw != "(" && t->raw != "\xE2\x80\x9C";
      return lexicon::IsInchFollower(t->lower);
    }
    if (s == "h" || s == "W" || s == "V" || s == "J" || s == "b" ||
        s == "Ma" || s == "Ga")
      return adjacent || Boundary(after) ||
             (At(after) && IsSymbol(*At(after), "/"));
    if (s == "pm" || s == "am") {  // "2.1 pm" (picometres); "2.30 pm" is a time
      const Token& number = d_[a.number_first];
      return number.kind == TokenKind::kNumber && number.has_decimal &&
             number.frac_digits != 2 && a.number_end == a.number_first + 1;
    }
    if (s == "stone") return a.value <= 40;
    return true;
  }

  void Unit(Amount* a) {
    int k = a->end;
    const Token* t = At(k);
    if (t == nullptr) return;
    if (HyphenJoinsWord(k)) {
      ++k;  // "27-kilometer", "8-year-old", "half-litre"
    } else {
      k = PastVagueOf(*a, PastFractionOf(*a, k));
      // "in the 2015 fiscal year" names a year; "two fiscal years" a length
      if (!IsYearLike(t_, *a)) k = PastRunAdjective(k);
    }
    if (RaceKilometres(k, a)) return;
    const PhraseMatch m = lex_.unit_phrases.Match(t_, k);
    if (!m.found()) return;
    const UnitEntry* u = &lex_.units[m.index];
    int after = k + m.length;
    if (Glued(after)) return;
    if (k == a->end && PluralUnitCompound(k, after)) return;
    if (u->use == UnitUse::kAdjacent && d_[k].space_before) return;
    if (IsQuoteMark(d_[k]) && !QuoteMarkIsUnit(k, *a)) return;
    if (u->use == UnitUse::kAmbiguous && !AmbiguousUnitOk(*u, k, after, *a))
      return;
    if (PoundWord(k) &&
        (a->number.scale > 1 || IsWord(after, "sterling") ||
         (Boundary(after) && !IsWord(after, "of") && !IsDash(d_[k - 1]) &&
          parts_.MoneyContext() && !parts_.MassContext()))) {
      a->currency = CurrencyByCode("GBP");
      a->end = IsWord(after, "sterling") ? after + 1 : after;
      return;
    }
    if (absl::string_view(u->base) == "degree") u = DegreeScale(after);
    a->unit = u;
    a->end = after;
  }

  // "cut from 90 hours to 70", "rose to 12 tonnes from 9", "4.1%, down from
  // 4.3", "1.2 billion rand, up from 980 million", "EUR 120m compared with
  // 98m": a bare number at the other end of a comparison with an amount in a
  // unit or currency is in that unit, as is the price after "sells for" with
  // such an amount just before it. Only before a break, a preposition or
  // a time ("from 40% to 12 of the schools" counts schools), "from" only
  // after a level ("to"/"at" before it) or "up"/"down" ("fell 3% from 450"
  // is a change, then a level), and a scaled number ("980 million") only
  // from a scaled amount, a plain one only from a plain one. A bare year is
  // no elided amount ("EUR 2,100, compared with 2019, when ...").
  void ElidedUnit(Amount* a) const {
    const NumberParse& np = a->number;
    if (np.vague || np.fraction || a->first < 3 || !ElidedEndAt(a->end) ||
        IsYearLike(t_, *a)) {
      return;
    }
    const int link = a->first - 1;
    int sold = -1;  // the "for" of "sells for (under) 20,000"
    if (IsWord(link, "for")) {
      sold = link;
    } else if (HasRole(d_[link], kRolePrefixQualifier) &&
               IsWord(link - 1, "for")) {
      sold = link - 1;
    }
    const int against = SetAgainstStart(link);
    if (against >= 2) {
      const int k = IsSymbol(d_[against - 1], ",") ? against - 1 : against;
      // "compared with" reaches over a phrase as "up from" does ("40 kg of
      // cocaine in the port, compared with 35"); "against" only adjoins.
      const Reach reach =
          against == link ? Reach::kAdjacent : Reach::kOverWords;
      BorrowNearest(a, k, Lend::kUnitOrCurrency, reach);
    } else if (IsWord(link, "to")) {
      Borrow(a, link, Opener::kFrom);
    } else if (sold >= 1 && d_[sold - 1].kind == TokenKind::kWord &&
               lexicon::IsSaleVerb(d_[sold - 1].lower)) {
      // "fetched about 40,000 shillings in June now sells for under 20,000";
      // a price takes only a currency ("hit 9% and sells for 45 a loaf")
      BorrowNearest(a, sold - 1, Lend::kCurrency);
    } else if (IsWord(link, "from")) {
      int k = link - 1;
      const bool moved = IsWord(k, "up") || IsWord(k, "down");
      if (moved) --k;
      if (At(k) != nullptr && IsSymbol(d_[k], ",")) --k;
      Borrow(a, k + 1, moved ? Opener::kAny : Opener::kLevel);
    }
  }

  // Whether a bare number of a comparison may end before tokens[end]: at a
  // break or a stop word, or before a time ("4.3 a year earlier", "last
  // year"), but not before "of" ("12 of the 30 schools" counts schools).
  bool ElidedEndAt(int end) const {
    const bool time_after =
        IsWord(end, "a") || IsWord(end, "last") || IsWord(end, "this");
    return (Boundary(end) || time_after) && !IsWord(end, "of");
  }

  // "EUR 120m compared with 98m a year earlier", "rose to $45m from 38m":
  // whether the digits at tokens[k], with a scale letter that is also a unit
  // glued after them ("m": million or metres), are the bare end of a
  // comparison (ElidedEndAt) whose nearest amount before is money written
  // with a scale; then the letter is a scale, as after a currency.
  bool MoneyComparisonEnd(int k) const {
    const Token* letter = At(k + 1);
    if (letter == nullptr || letter->kind != TokenKind::kWord ||
        letter->space_before || k < 2 || !ElidedEndAt(k + 2) ||
        !IsAmbiguousScale(k + 1) || !ComparisonLinkAt(k - 1)) {
      return false;
    }
    constexpr int kReach = 10;
    for (int j = k - 2; j >= 0 && j >= k - kReach; --j) {
      if (d_[j].kind != TokenKind::kNumber) continue;
      const Amount other = AmountAtDigits(j);
      return other.ok && other.end < k && other.currency != nullptr &&
             other.number.scale > 1;
    }
    return false;
  }

  // Whether tokens[i] is a scale suffix that is also a unit ("m", "b").
  bool IsAmbiguousScale(int i) const {
    const PhraseMatch m = lex_.scale_suffixes.Match(t_, i);
    return m.found() && m.length == 1 &&
           lexicon::ScaleSuffixes()[m.index].ambiguous;
  }

  // Whether tokens[link] ends the words before the second amount of a
  // comparison ("from", "to", "than", "against", "compared with").
  bool ComparisonLinkAt(int link) const {
    const Token* t = At(link);
    return t != nullptr && t->kind == TokenKind::kWord &&
           (lexicon::IsComparisonLead(t->lower) || SetAgainstStart(link) >= 0);
  }

  // The first token of the words ending at tokens[link] that set the number
  // after them against the amount before them ("against", "versus",
  // "compared with", "compared to"), or -1.
  int SetAgainstStart(int link) const {
    const Token* t = At(link);
    if (t == nullptr || t->kind != TokenKind::kWord) return -1;
    const Token* verb = At(link - 1);
    if (lexicon::IsComparedLink(t->lower) && verb != nullptr &&
        verb->kind == TokenKind::kWord &&
        lexicon::IsSetAgainstWord(verb->lower)) {
      return link - 1;  // "compared with"
    }
    return lexicon::IsSetAgainstWord(t->lower) ? link : -1;
  }

  // Whether `other` and the bare number of `a` can be the two ends of one
  // comparison: `other` is scaled ("$4.5 billion") exactly when `a` is ("3.9
  // billion"), and the two are within a factor of ten ("fell 18% compared
  // with 2021" sets no year against a share).
  static bool Comparable(const Amount& a, const Amount& other) {
    constexpr double kFactor = 10;
    const double x = std::fabs(a.value);
    const double y = std::fabs(other.value);
    return (a.number.scale > 1) == (other.number.scale > 1) &&
           x <= y * kFactor && y <= x * kFactor;
  }

  // What must stand before the amount a bare number borrows its unit from.
  enum class Opener { kFrom, kLevel, kAny };

  // What the nearest amount lends: its unit or currency, or (a sale's price)
  // its currency alone.
  enum class Lend { kUnitOrCurrency, kCurrency };

  // Where the nearest amount may end: before words ("62 Kc in a typical pub,
  // up from 56") or right at the words of the comparison ("12 tonnes against
  // 9").
  enum class Reach { kOverWords, kAdjacent };

  // Gives `a` the unit or currency of an amount ending at tokens[end] (or a
  // rate period before it) that `opener` allows: after "from", after
  // "to"/"at", or, for kAny, the nearest amount (BorrowNearest).
  void Borrow(Amount* a, int end, Opener opener) const {
    if (opener == Opener::kAny) {
      BorrowNearest(a, end);
      return;
    }
    constexpr int kReach = 5;  // "from about $4.50 a kilo"
    end = PeriodPhraseStart(end);
    for (int j = end - 1; j >= 1 && j >= end - kReach; --j) {
      const bool opens = opener == Opener::kFrom
                             ? IsWord(j - 1, "from")
                             : IsWord(j - 1, "to") || IsWord(j - 1, "at");
      if (!opens) continue;
      const Amount other = AmountParser(t_, lex_).Parse(j);
      const bool rate_between =  // "to 12 tonnes a day from 9"
          other.end + 2 == end &&
          (IsWord(other.end, "a") || IsWord(other.end, "per"));
      if (!other.ok || (other.end != end && !rate_between) ||
          !Comparable(*a, other) ||
          (other.unit == nullptr && other.currency == nullptr) || other.age ||
          other.times) {
        continue;
      }
      a->unit = other.unit;
      a->currency = other.currency;
      return;
    }
  }

  // The first token of a phrase of the period an amount covers that ends
  // at tokens[end - 1]: "in"/"during"/"over" and words or dashes ending in a
  // period noun ("in the October-December quarter", "during the first
  // half"), as between the ends of "fell to 212 million kronur in the fourth
  // quarter, from 359 million"; end when there is none.
  int PeriodPhraseStart(int end) const {
    constexpr int kMaxTokens = 7;
    if (end < 2 || end > n_ ||
        (!HasRole(d_[end - 1], kRolePeriodNoun) &&
         !lexicon::IsPeriodPhraseHead(d_[end - 1].lower))) {
      return end;  // "in the first half", "in the January-June period"
    }
    for (int k = end - 2; k >= 0 && k >= end - kMaxTokens; --k) {
      if (d_[k].kind != TokenKind::kWord && !IsDash(d_[k])) return end;
      if (lexicon::IsPeriodSpanPreposition(d_[k].lower)) return k;
    }
    return end;
  }

  // "62 Kč in a typical pub, up from 56": gives `a` the unit or currency of
  // the nearest amount in digits before tokens[end] when only words stand
  // between them; a bare nearest amount ("1,200 jobs in Europe") lends none.
  // With Lend::kCurrency only an amount in a currency lends, and only that
  // ("reached 40 tonnes and now sells for 300 a bag" borrows no tonnes).
  // With Reach::kAdjacent the amount must end at tokens[end].
  void BorrowNearest(Amount* a, int end, Lend lend = Lend::kUnitOrCurrency,
                     Reach reach = Reach::kOverWords) const {
    constexpr int kReach = 10;
    for (int j = end - 1; j >= 0 && j >= end - kReach; --j) {
      const Token& t = d_[j];
      if (t.kind != TokenKind::kNumber) continue;
      const Amount other = AmountAtDigits(j);
      if (!other.ok || d_[other.number_first].kind != TokenKind::kNumber) {
        continue;  // the currency's digits are further on
      }
      if (reach == Reach::kAdjacent && other.end != end) return;
      for (int k = other.end; k < end; ++k) {
        if (d_[k].kind != TokenKind::kWord) return;
      }
      if (!Comparable(*a, other) || other.age || other.times ||
          (other.unit == nullptr && other.currency == nullptr) ||
          NamedPeriod(other) ||
          (lend == Lend::kCurrency && other.currency == nullptr)) {
        return;
      }
      if (lend == Lend::kUnitOrCurrency) a->unit = other.unit;
      a->currency = other.currency;
      return;
    }
  }

  // The amount read from the currency written before the digits at
  // tokens[j] ("NZ$2.75" from "NZ", "$2.75" from "$"), or from tokens[j].
  Amount AmountAtDigits(int j) const {
    constexpr int kCurrencyTokens = 2;  // "NZ" "$"
    for (int first = std::max(0, j - kCurrencyTokens); first < j; ++first) {
      if (!HasRole(d_[first], kRoleCurrency)) continue;
      const Amount a = AmountParser(t_, lex_).Parse(first);
      if (a.ok && a.number_first == j) return a;
    }
    return AmountParser(t_, lex_).Parse(j);
  }

  // "in the 12 months to September": a length of time after "the" names the
  // period a figure covers, not a level a later bare number is measured in
  // ("..., down from 5,296" counts what the figure before counts).
  bool NamedPeriod(const Amount& other) const {
    return other.unit != nullptr &&
           other.unit->dimension == v1::DIMENSION_DURATION &&
           other.first == other.number_first && IsWord(other.first - 1, "the");
  }

  // The two-digit group after a colon glued to both sides at tokens[k] ("58"
  // of "1:58.40"), or nullptr.
  const Token* TimeGroupAt(int k) const {
    const Token* colon = At(k);
    const Token* group = At(k + 1);
    if (colon == nullptr || !IsSymbol(*colon, ":") || colon->space_before ||
        group == nullptr || group->kind != TokenKind::kNumber ||
        group->space_before || group->int_digits != 2 ||
        group->has_separator || group->value >= 60) {
      return nullptr;
    }
    return group;
  }

  // "1:44.71", "2:21:09": a race time (minutes and seconds with a fraction, or
  // hours, minutes and seconds) is a duration in seconds; a clock ("10:48",
  // "10:48:30 a.m.") is not.
  bool RaceTime(Amount* a) const {
    const Token& lead = d_[a->number_first];
    if (a->currency != nullptr || a->number_end != a->number_first + 1 ||
        lead.kind != TokenKind::kNumber || lead.has_decimal ||
        lead.has_separator) {
      return false;
    }
    double seconds = lead.value;
    int k = a->number_end;
    int groups = 1;
    bool fraction = false;
    while (groups < 3 && !fraction) {
      const Token* group = TimeGroupAt(k);
      if (group == nullptr) break;
      seconds = seconds * 60 + group->value;
      fraction = group->has_decimal;
      k += 2;
      ++groups;
    }
    if (groups == 1 || (!fraction && groups < 3) || TimeGroupAt(k) != nullptr)
      return false;
    const Token* after = At(k);
    if (ClockWord(t_, k) ||
        (after != nullptr && after->kind == TokenKind::kWord &&
         (after->lower == "gmt" || after->lower == "utc"))) {
      return false;  // "10:48:30 a.m.", "10:48:30 GMT"
    }
    for (const UnitEntry& u : lex_.units) {
      if (absl::string_view(u.surface) == "seconds") a->unit = &u;
    }
    if (a->unit == nullptr) return false;
    a->value = a->value < 0 ? -seconds : seconds;
    a->number_end = a->end = k;
    return true;
  }

  // "a half-year profit", "a half-day strike", "a half-hour programme": a
  // fraction joined to a period before the noun it modifies names a kind of
  // period, not an amount of time ("half-litre bottle" stays a measure).
  bool HalfPeriodModifier(const Amount& a) const {
    if (a.unit == nullptr || a.unit->dimension != v1::DIMENSION_DURATION ||
        a.end != a.number_end + 2 || !IsDash(d_[a.number_end])) {
      return false;
    }
    const Token* next = At(a.end);
    return next != nullptr && next->kind == TokenKind::kWord &&
           next->space_before && !IsCapitalized(*next) &&
           !HasRole(*next, kRoleSubjectStop);
  }

  // "a 5k race", "the 10K run": k glued to the digits is kilometres there.
  bool RaceKilometres(int k, Amount* a) const {
    const Token* t = At(k);
    const Token* after = At(k + 1);
    if (t == nullptr || t->lower != "k" || t->space_before ||
        k != a->number_end || !a->number.digits || after == nullptr ||
        !lexicon::IsRaceWord(after->lower)) {
      return false;
    }
    for (const UnitEntry& u : lex_.units) {
      if (absl::string_view(u.surface) == "km" &&
          u.dimension == v1::DIMENSION_LENGTH) {
        a->unit = &u;
        a->end = k + 1;
        return true;
      }
    }
    return false;
  }

  // An earthquake's magnitude (the unit after the number, "7.8 magnitude",
  // is in the unit table): "magnitude 7.8", "magnitude-7.8" (from the word);
  // "the magnitude at 6.8", "a magnitude of 6.8" and a decimal before a
  // quake's noun, "a 7.0 quake" (from the number).
  void Magnitude(Amount* a) const {
    if (a->first != a->number_first || !a->number.digits || a->value > 12) return;
    int first = a->first;
    if (IsWord(first - 1, "magnitude")) {
      first -= 1;
    } else if (first >= 2 && IsDash(d_[first - 1]) && !d_[first - 1].space_before &&
               !d_[first].space_before && IsWord(first - 2, "magnitude")) {
      first -= 2;
    } else if (!((IsWord(first - 1, "at") || IsWord(first - 1, "of")) &&
                 IsWord(first - 2, "magnitude")) &&
               !(d_[a->number_first].has_decimal && At(a->end) != nullptr &&
                 lexicon::IsQuakeNoun(d_[a->end].lower))) {
      return;
    }
    for (const UnitEntry& u : lex_.units) {
      if (absl::string_view(u.surface) == "magnitude") a->unit = &u;
    }
    if (a->unit != nullptr) a->first = first;
  }

  // "2 degrees below zero", "15 below zero": a temperature under zero (in
  // degrees when no unit is said).
  void BelowZero(Amount* a) const {
    if (!IsWord(a->end, "below") || !IsWord(a->end + 1, "zero") ||
        a->value <= 0 || a->number.fraction ||
        (a->unit != nullptr &&
         a->unit->dimension != v1::DIMENSION_TEMPERATURE)) {
      return;
    }
    if (a->unit == nullptr) {
      for (const UnitEntry& u : lex_.units) {
        if (absl::string_view(u.surface) == "degrees") a->unit = &u;
      }
    }
    a->value = -a->value;
    a->end += 2;
  }

  // The tokens "and a half", "and one half" or "and half" at tokens[k] take;
  // 0 if none.
  int AndHalfAt(int k) const {
    if (!IsWord(k, "and")) return 0;
    if (IsWord(k + 1, "half")) return 2;
    return (IsWord(k + 1, "a") || IsWord(k + 1, "one")) && IsWord(k + 2, "half")
               ? 3
               : 0;
  }

  // "two hours and a half", "3 miles and a half": half a unit more.
  void UnitAndAHalf(Amount* a) const {
    const int half = AndHalfAt(a->end);
    if (half == 0 || a->value <= 0 || a->number.fraction ||
        a->number.scale > 1 || a->value != std::floor(a->value)) {
      return;
    }
    a->value += 0.5;
    a->end += half;
  }

  // "absolute zero": 0 kelvin.
  void AbsoluteZero(Amount* a) const {
    if (!a->number.words || a->value != 0 ||
        a->number_end != a->number_first + 1 || a->first != a->number_first ||
        !IsWord(a->first - 1, "absolute")) {
      return;
    }
    for (const UnitEntry& u : lex_.units) {
      if (absl::string_view(u.surface) == "kelvin") a->unit = &u;
    }
    a->first -= 1;
  }

  // "−273.15° on the Celsius scale": the scale named shortly after a bare
  // degree.
  const UnitEntry* DegreeScale(int from) const {
    const UnitEntry* degree = nullptr;
    for (const UnitEntry& u : lex_.units) {
      if (absl::string_view(u.surface) == "degrees") degree = &u;
    }
    for (int i = from; i < from + 6 && i < n_; ++i) {
      const absl::string_view w = d_[i].lower;
      if (w != "celsius" && w != "fahrenheit" && w != "centigrade") continue;
      const absl::string_view name =
          w == "fahrenheit" ? "fahrenheit" : "celsius";
      for (const UnitEntry& u : lex_.units) {
        if (absl::string_view(u.surface) == name) return &u;
      }
    }
    return degree;
  }

  // Whether "a <unit>" ends as a measure: "a kilogram of", "a mile away", "a
  // litre." Units that are also everyday nouns ("a yard", "a meter", "a cup")
  // need "of".
  bool ArticleUnitEnds(const Token& unit, int after) const {
    if (IsWord(after, "of")) return true;
    if (lexicon::IsUnitNoun(unit.lower)) return false;
    const Token* t = At(after);
    if (t != nullptr && t->kind == TokenKind::kWord &&
        lexicon::IsArticleUnitEnd(t->lower)) {
      return true;
    }
    return Boundary(after) && !IsWord(after, "and");
  }

  // "nearly a month", "almost a year", "more than a decade", "within a
  // decade" (a limit): one of a duration after a hedge is a length of time;
  // not "about a year ago" (a point in time), "almost a second home" (an
  // ordinal), "a month" alone ("once a month", "a month later") nor a
  // sentence-opening "Within a week, 200 people signed" (when the rest
  // holds: a time scope).
  bool HedgedDuration(const UnitEntry& u, int k, int after) const {
    if (u.dimension != v1::DIMENSION_DURATION || Glued(after)) return false;
    const Token* prev = At(k - 1);
    if (prev == nullptr || prev->kind != TokenKind::kWord) return false;
    if (prev->lower == "within" && OpensSentence(k - 1)) return false;
    const bool hedge = DurationHedgeBefore(k);
    const Token* next = At(after);
    const bool word = next != nullptr && next->kind == TokenKind::kWord;
    if (word && absl::string_view(u.surface) == "second") {
      return false;  // "almost a second home": an ordinal
    }
    return hedge && (!word || !lexicon::IsPointInTimeWord(next->lower));
  }

  // True if a prefix qualifier of the lexicon ends just before tokens[k]
  // and hedges a length of time: one of about ("nearly", "close to"), at
  // most ("within", "up to") or, in more than one word, more or less than
  // ("more than", "just over"); not a lone preposition of place or time
  // ("over a week", "under a year"), a range's opener ("between") nor,
  // until decided, an "at least" or "exactly".
  bool DurationHedgeBefore(int k) const {
    constexpr int kLongestHedge = 4;  // "in the region of"
    for (int start = std::max(0, k - kLongestHedge); start < k; ++start) {
      const PhraseMatch q = lex_.prefix_qualifiers.Match(t_, start);
      if (!q.found() || start + q.length != k) continue;
      const v1::Qualifier kind = lexicon::PrefixQualifiers()[q.index].qualifier;
      if (kind == v1::QUALIFIER_APPROXIMATE || kind == v1::QUALIFIER_AT_MOST) {
        return true;
      }
      return q.length > 1 && (kind == v1::QUALIFIER_MORE_THAN ||
                              kind == v1::QUALIFIER_LESS_THAN);
    }
    return false;
  }

  // "a kilogram", "a dollar", "an ml": one of the unit.
  Amount ArticleUnit(int k) {
    if (!(IsWord(k, "a") || IsWord(k, "an"))) return {};
    const Token* prev = At(k - 1);
    const Token* comparative = At(k - 2);
    const bool qualifier_than =
        prev != nullptr && prev->lower == "than" && comparative != nullptr &&
        (comparative->lower == "more" || comparative->lower == "less" ||
         comparative->lower == "fewer");  // "more than a foot of snow"
    if (prev != nullptr &&
        (prev->kind == TokenKind::kNumber || prev->lower == "per" ||
         prev->lower == "times" || prev->lower == "twice" ||
         prev->lower == "once" || (prev->lower == "than" && !qualifier_than) ||
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
          !Glued(after) && !e.digits_only &&
          (absl::string_view(e.surface) != "grand" || Boundary(after)) &&
          absl::string_view(e.surface).size() > 2) {
        a.currency = e.kind == MoneyKind::kCoin ? CurrencyByCode(e.code) : &e;
        a.value = e.kind == MoneyKind::kCoin ? e.factor : 1;
        a.end = after;
        if (e.kind == MoneyKind::kMajor && a.currency != nullptr) {
          parts_.CompositeMoney(&a);  // "a dollar and 42 cents"
        }
        a.ok = true;
        return a;
      }
    }
    const PhraseMatch m = lex_.unit_phrases.Match(t_, k + 1);
    if (!m.found()) return {};
    const UnitEntry& u = lex_.units[m.index];
    const absl::string_view surface = u.surface;
    const int after = k + 1 + m.length;
    const bool measure = u.dimension == v1::DIMENSION_MASS ||
                         u.dimension == v1::DIMENSION_LENGTH ||
                         u.dimension == v1::DIMENSION_AREA ||
                         u.dimension == v1::DIMENSION_VOLUME;
    const int half = AndHalfAt(after);
    if (half > 0 && (u.dimension == v1::DIMENSION_DURATION ||
                     (measure && u.use == UnitUse::kFree))) {
      a.unit = &u;  // "a year and a half", "a mile and a half"
      a.value = a.number.value = 1.5;
      a.end = after + half;
      a.ok = true;
      return a;
    }
    if (HedgedDuration(u, k, after)) {
      a.unit = &u;  // "nearly a month", "more than a year"
      a.end = after;
      a.ok = true;
      return a;
    }
    if (!measure || (u.use != UnitUse::kFree && surface != "pound") ||
        Glued(k + 1 + m.length) || surface == "in" || surface == "inch" ||
        !ArticleUnitEnds(d_[k + 1], k + 1 + m.length)) {
      return {};
    }
    a.unit = &u;
    a.end = k + 1 + m.length;
    a.ok = true;
    return a;
  }

  const AmountParts parts_;
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
