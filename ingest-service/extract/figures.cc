#include "ingest-service/extract/figures.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <utility>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "ingest-service/extract/figure_amount.h"
#include "ingest-service/extract/figure_context.h"
#include "ingest-service/extract/figure_filters.h"
#include "ingest-service/extract/figure_lexicon.h"
#include "ingest-service/extract/figure_token_view.h"
#include "ingest-service/extract/figure_tokens.h"
#include "ingest-service/extract/lexicon/figure_context_words.h"
#include "ingest-service/extract/lexicon/lexicon.h"
#include "ingest-service/extract/lexicon/number_words.h"
#include "ingest-service/extract/lexicon/qualifiers.h"
#include "ingest-service/extract/lexicon/speech_words.h"
#include "ingest-service/extract/lexicon/units.h"

namespace factwire {
namespace {

using figure_internal::Amount;
using figure_internal::FigureLexicon;
using figure_internal::FigurePlace;
using figure_internal::PhraseMatch;
using figure_internal::Token;
using figure_internal::TokenKind;

// A figure found among the tokens, before it becomes a proto.
struct Found {
  int first = 0;
  int end = 0;
  Amount amount;
  double value = 0;
  double value_max = 0;
  v1::Qualifier qualifier = v1::QUALIFIER_EXACT;
  bool date_range = false;  // "2013-14": not a figure
};

// Finds the figures of one sentence, left to right.
class FigureScanner : public figure_internal::TokenView {
 public:
  using TokenView::TokenView;

  // Fills `found` (cleared first).
  void Scan(std::vector<Found>* found) {
    found->clear();
    // One Found for every try: zeroing it anew each time (152 bytes, a "rep
    // stos") cost more than the rest of a failed try. TryAt() sets every field
    // of a figure it finds but these two.
    Found f;
    last_first_ = last_end_ = -1;
    int i = 0;
    while (i < n_) {
      if (CannotStart(i)) {
        ++i;
        continue;
      }
      const int phone = d_[i].kind == TokenKind::kWord ? i : PhoneAt(i);
      if (phone > i) {
        i = phone;
        continue;
      }
      f.value_max = 0;
      f.date_range = false;
      int skip_to = i + 1;
      if (TryAt(i, &f, &skip_to)) {
        found->push_back(f);
        last_first_ = f.first;
        last_end_ = f.end;
        i = f.end;
      } else {
        i = std::max(i + 1, skip_to);
      }
    }
    ListedAges(found);
    PerCountRates(found);
    OccasionTimes(found);
    PercentagePoints(found);
    ScoreLists(found);
  }

 private:
  // The tokens of the figure Scan() found last, [last_first_, last_end_), or
  // -1 before the first.
  int last_first_ = -1;
  int last_end_ = -1;

  // True if neither a phone number nor a figure can start at tokens[i] (TryAt
  // would fail without skipping): a word that starts no figure, or a symbol
  // that is no qualifier, currency or vulgar fraction ("½"), nor a minus
  // sign, "+" or "(" before a number.
  bool CannotStart(int i) const {
    const Token& t = d_[i];
    if (t.kind == TokenKind::kNumber) return false;
    if (HasRole(t, figure_internal::kFigureStartRoles)) return false;
    if (t.kind == TokenKind::kWord) return true;
    if (figure_internal::MayBeVulgarFraction(t)) return false;
    const bool sign =
        figure_internal::IsMinusSign(t) || t.raw == "+" || t.raw == "(";
    return !sign || i + 1 >= n_ || d_[i + 1].kind != TokenKind::kNumber;
  }

  // The end of a phone number at tokens[i] ("1-800-555-0199" too), or i.
  int PhoneAt(int i) const {
    int phone = figure_internal::PhoneNumberEnd(t_, i);
    if (phone == i && i + 2 < n_ && d_[i].kind == TokenKind::kNumber &&
        d_[i].int_digits == 1 && figure_internal::IsDash(d_[i + 1])) {
      phone = figure_internal::PhoneNumberEnd(t_, i + 2);  // "1-800-555-0199"
      if (phone == i + 2) phone = i;
    }
    if (phone == i + 3 && figure_internal::IsDash(d_[i + 1]) &&
        MeasureWordAt(phone)) {
      return i;  // "100-1000 liters": a range, not "555-1234"
    }
    return phone;
  }

  // True if a unit or currency word follows at tokens[k], set apart.
  bool MeasureWordAt(int k) const {
    const Token* t = At(k);
    return t != nullptr && t->kind == TokenKind::kWord && t->space_before &&
           HasRole(*t, figure_internal::kRoleUnit |
                           figure_internal::kRoleCurrency);
  }

  // True if the prefix qualifier `q` at tokens[i] compares lengths
  // (QualifierEntry::length_or_time, "as long as") and is the conjunction
  // before the amount `a`: `a` is neither a length nor a duration ("as long
  // as 20 members agree"), or a word other than a phrase end follows it
  // ("as long as 30 days notice is given", "as long as 10-year yields stay
  // low") and no verb of lasting or waiting stands before it ("waited as
  // long as five hours").
  bool ConditionalMeasureBound(int i, const PhraseMatch& q,
                               const Amount& a) const {
    if (!lexicon::PrefixQualifiers()[q.index].length_or_time) return false;
    if (a.unit == nullptr || (a.unit->dimension != v1::DIMENSION_LENGTH &&
                              a.unit->dimension != v1::DIMENSION_DURATION)) {
      return true;
    }
    const Token* next = At(a.end);
    if (next == nullptr || next->kind != TokenKind::kWord ||
        lexicon::IsMeasurePhraseEnd(next->lower)) {
      return false;
    }
    const Token* before = At(i - 1);
    return before == nullptr || before->kind != TokenKind::kWord ||
           !lexicon::IsOverQualifierLead(before->lower);
  }

  bool TryAt(int i, Found* f, int* skip_to) {
    int k = i;
    v1::Qualifier qualifier = v1::QUALIFIER_EXACT;
    const PhraseMatch q = lex_.prefix_qualifiers.Match(t_, k);
    if (!q.found() && d_[i].kind == TokenKind::kWord && NoAmountAtWord(i)) {
      return false;
    }
    if (q.found() && ParticleUp(i, q.length)) return false;
    if (q.found() && AboutOver(i)) return false;  // retried without "over"
    if (q.found()) {
      qualifier = lexicon::PrefixQualifiers()[q.index].qualifier;
      k += q.length;
      const Token* next = At(k + 1);
      if ((IsWord(k, "a") || IsWord(k, "an")) && next != nullptr &&
          next->kind == TokenKind::kNumber &&
          (qualifier == v1::QUALIFIER_APPROXIMATE || q.length > 1)) {
        ++k;  // "about a 70% chance", "more than a 20% drop"; not "over a
              // 40-year career"
      }
    }
    const Amount a = figure_internal::ParseAmount(t_, k, lex_);
    if (a.ok && q.found() && a.number.words && a.value == 0 &&
        a.unit == nullptr && a.currency == nullptr) {
      *skip_to = std::max(*skip_to, a.end);
      return false;  // "dipped below zero": a threshold, not an amount
    }
    if (a.ok && q.found() && TemporalOver(i, a)) {
      return false;  // "C$2.5 billion over five years": retried without "over"
    }
    if (a.ok && q.found() && ConditionalMeasureBound(i, q, a)) {
      return false;  // "as long as 20 members agree": retried without it
    }
    if (!a.ok) {
      *skip_to = std::max(*skip_to, a.skip_to);
      return false;
    }
    f->amount = a;
    f->first = q.found() ? i : a.first;
    f->end = a.end;
    f->value = a.value;
    f->qualifier = qualifier;
    const bool between =
        qualifier == v1::QUALIFIER_RANGE && d_[i].lower == "between";
    const bool change = ChangeFrom(i, q.found(), qualifier);
    if (!Range(f, between, qualifier == v1::QUALIFIER_RANGE && !between &&
                               !change && d_[i].lower == "from")) {
      if (qualifier == v1::QUALIFIER_RANGE) {
        f->qualifier = v1::QUALIFIER_EXACT;
        f->first = a.first;
      }
    } else if ((change || ChangeByThenLevel(i, *f)) &&
               f->qualifier == v1::QUALIFIER_RANGE) {
      // "went up from £1.50 to £2": the old level; the new one follows.
      // "will rise by €2,000 to €46,000": the change; the new level follows,
      // and "by about €2,000" keeps its own qualifier.
      const bool own = q.found() && qualifier != v1::QUALIFIER_RANGE;
      f->qualifier = own ? qualifier : v1::QUALIFIER_EXACT;
      f->first = own ? i : a.first;
      f->end = f->amount.end;
      f->value_max = 0;
    }
    if (f->date_range) {
      *skip_to = f->end;
      return false;
    }
    if (f->qualifier == v1::QUALIFIER_EXACT && a.number.vague) {
      f->qualifier = v1::QUALIFIER_APPROXIMATE;
    }
    SharedUnit(f);
    SuffixQualifier(f);
    BeyondVerb(f);
    LimitOf(f);
    WithinNounOf(f);
    AbilityReach(f);
    PersonAge(i, q.found(), f);
    if (q.found()) PlaceRadius(i, f);
    if (q.found()) CoveringDepth(i, f);
    // A vague amount ("a few weeks", "hundreds of years") is approximate by
    // itself, not qualified by the writer.
    const bool vague_only = !q.found() && a.number.vague &&
                            f->qualifier == v1::QUALIFIER_APPROXIMATE;
    const bool qualified = f->first != a.first ||
                           (f->qualifier != v1::QUALIFIER_EXACT && !vague_only);
    if (figure_internal::NotAFigure(t_, a, qualified, lex_)) {
      *skip_to = std::max(*skip_to, f->end);  // "February 15-17" entirely
      return false;
    }
    return true;
  }

  // True if ParseAmount finds no amount at the word tokens[i], told from the
  // roles of it and the next token: a word that opens none ("in", "more"
  // without their qualifier phrase), "a"/"an" before no number word,
  // "couple"/"pair"/"few", unit or currency word ("a spokesperson"),
  // "several"/"few"/"many" before no number word ("few noticed"), and a
  // currency word ("new", "a" of "A$") outside its currency phrase.
  bool NoAmountAtWord(int i) const {
    using figure_internal::kRoleCountNoun;
    using figure_internal::kRoleCurrency;
    using figure_internal::kRoleNumberWord;
    using figure_internal::kRoleStarter;
    using figure_internal::kRoleUnit;
    const Token& t = d_[i];
    if (!HasRole(t, kRoleNumberWord | kRoleCurrency | kRoleStarter)) return true;
    if (HasRole(t, kRoleNumberWord)) return false;
    const absl::string_view w = t.lower;
    if (w == "a" || w == "an") {
      return !NextHasRole(i, kRoleNumberWord | kRoleCountNoun | kRoleUnit |
                                 kRoleCurrency) &&
             !lex_.currency_phrases.Match(t_, i).found();
    }
    if (w == "several" || w == "few" || w == "many") {
      return !NextHasRole(i, kRoleNumberWord) &&
             !lex_.currency_phrases.Match(t_, i).found();
    }
    return !HasRole(t, kRoleStarter) &&
           !lex_.currency_phrases.Match(t_, i).found();
  }

  // True if the qualifier phrase of `length` tokens at i is "up to" after a
  // verb whose particle the "up" is ("inflation edged up to 3.8%"): a move to
  // a level, retried from "to", not a limit. Not after a noun of the same
  // spelling, which a determiner or a preposition opens ("stuck in drifts up
  // to 2 metres deep").
  bool ParticleUp(int i, int length) const {
    const Token* verb = At(i - 1);
    const Token* opener = At(i - 2);
    return length == 2 && d_[i].lower == "up" && IsWord(i + 1, "to") &&
           verb != nullptr && verb->kind == TokenKind::kWord &&
           lexicon::IsUpParticleVerb(verb->lower) &&
           !(opener != nullptr && opener->kind == TokenKind::kWord &&
             (lexicon::IsNounPhraseDeterminer(opener->lower) ||
              HasRole(*opener, figure_internal::kRolePlacePreposition)));
  }

  // True if tokens[i + 1] exists and has any of the `roles` bits.
  bool NextHasRole(int i, uint32_t roles) const {
    const Token* next = At(i + 1);
    return next != nullptr && HasRole(*next, roles);
  }

  // True if a verb of change shortly precedes tokens[i] in its clause ("cut
  // the tax rate from", "will go up from").
  // True if `f`, a range "A to B" at i, is a change and the level it reaches:
  // "rise by €2,000 to €46,000" (A with its own unit, B at least three times
  // A), not "rise by 5 to 10 per cent".
  bool ChangeByThenLevel(int i, const Found& f) const {
    return f.qualifier == v1::QUALIFIER_RANGE && IsWord(i - 1, "by") &&
           ChangeBefore(i - 1) && IsWord(f.amount.end, "to") &&
           (f.amount.unit != nullptr || f.amount.currency != nullptr) &&
           f.value_max >= 3 * f.value;
  }

  // True if a verb of change stands within ten words before tokens[i] in
  // its clause. The figure found last counts as one word ("raised the price
  // of a 20-litre jerrican from", "rose 6.2 per cent from", "went up by a
  // third, from"), or as the verb when it is one ("doubled from"); a comma
  // just before tokens[i] or after one word is skipped ("rose slightly,
  // from"), and so is a hyphen inside a word ("car-and-driver"); any other
  // comma or mark, or a verb of level or range that is no change ("ranged",
  // "stood"; not the noun in "the cost of"), ends the search.
  bool ChangeBefore(int i) const {
    int words = 0;
    for (int j = i - 1; j >= 0 && words < 10; --j) {
      if (j >= last_first_ && j < last_end_) {
        if (ChangeWord(d_[j].lower)) return true;  // "doubled"
        j = last_first_;  // the figure found before: one word
        ++words;
        continue;
      }
      if (IsSymbol(d_[j], ",") && (j == i - 1 || words < 2)) continue;
      if (figure_internal::IsDash(d_[j]) && !d_[j].space_before &&
          j + 1 < i && !d_[j + 1].space_before) {
        continue;  // "a car-and-driver crossing from"
      }
      if (d_[j].kind != TokenKind::kWord) return false;
      if (ChangeWord(d_[j].lower)) return true;
      if (HasRole(d_[j], figure_internal::kRoleQuantityVerb) &&
          !(j > 0 && d_[j - 1].kind == TokenKind::kWord &&
            lexicon::IsArticle(d_[j - 1].lower))) {
        return false;  // "ranged from", not "the cost of ... from"
      }
      ++words;
    }
    return false;
  }

  // True if `word` (lowercase) is a verb or noun of change before "from":
  // "rose", "cut", "expand", "expansion".
  static bool ChangeWord(absl::string_view word) {
    return lexicon::IsChangeFromWord(word) || lexicon::IsChangeFromForm(word);
  }

  // True if the amount at tokens[i] (after a prefix qualifier when
  // `qualified`) is the old level of a change: "rose from $5 to $7", "rose
  // from about $5 to $7"; not "ranged from about $5 to $7".
  bool ChangeFrom(int i, bool qualified, v1::Qualifier qualifier) const {
    if (qualifier == v1::QUALIFIER_RANGE) {
      return d_[i].lower == "from" && ChangeBefore(i);
    }
    return qualified && IsWord(i - 1, "from") && ChangeBefore(i - 1);
  }

  // "since", "in", "by", "until", "during" at tokens[i]: a year follows.
  bool YearPreposition(int i) const {
    const Token* t = At(i);
    return t != nullptr && t->kind == TokenKind::kWord &&
           lexicon::IsYearPreposition(t->lower);
  }

  // True if the amount is a whole number of years a person could be old.
  static bool AgeLike(const Amount& a) {
    const bool years = a.unit != nullptr &&
                       a.unit->dimension == v1::DIMENSION_DURATION &&
                       absl::string_view(a.unit->unit) == "year";
    return (years || (a.unit == nullptr && a.currency == nullptr)) &&
           !a.times && !a.ratio && !a.number.fraction && a.per == nullptr &&
           a.value >= 1 && a.value <= 120 &&
           a.value == static_cast<int>(a.value);
  }

  // "within 20 kilometres of the highway", "within a mile of the school":
  // how near a place lies, a place range and no limit on the distance, which
  // stands as said (EXACT, "within" left out of the figure); "within six
  // weeks" keeps its AT_MOST.
  void PlaceRadius(int i, Found* f) const {
    const lexicon::UnitEntry* u = f->amount.unit;
    if (f->qualifier != v1::QUALIFIER_AT_MOST ||  // the cheap tests first
        u == nullptr || u->dimension != v1::DIMENSION_LENGTH ||
        f->amount.per != nullptr || !IsWord(f->end, "of") ||
        !lexicon::IsRadiusLead(d_[i].lower)) {
      return;
    }
    f->qualifier = v1::QUALIFIER_EXACT;
    f->first = f->amount.first;
  }

  // "the square is under half a metre of water", "buried under 30 cm of
  // snow": a depth "of" a covering layer after "under" says what lies below
  // the layer, no bound on the depth, which stands as said (EXACT, "under"
  // left out of the figure); "under 2 metres" alone stays LESS_THAN.
  void CoveringDepth(int i, Found* f) const {
    const lexicon::UnitEntry* u = f->amount.unit;
    const Token* layer = At(f->end + 1);
    if (f->qualifier != v1::QUALIFIER_LESS_THAN || u == nullptr ||  // cheap
        u->dimension != v1::DIMENSION_LENGTH || f->amount.per != nullptr ||
        !IsWord(f->end, "of") || layer == nullptr ||
        !lexicon::IsCoveringLead(d_[i].lower) ||
        !lexicon::IsCoveringLayer(layer->lower)) {
      return;
    }
    f->qualifier = v1::QUALIFIER_EXACT;
    f->first = f->amount.first;
  }

  // "children under 16", "adults over 65", "aged under 18": an age limit.
  void PersonAge(int i, bool qualified, Found* f) const {
    if (!qualified || f->amount.age || !AgeLike(f->amount)) return;
    const absl::string_view q = d_[i].lower;
    if (q != "under" && q != "over" && q != "above" && q != "below") return;
    const int who = BeforeCopula(i);  // "victims were under"
    const Token* person = At(who);
    if (person == nullptr || person->kind != TokenKind::kWord ||
        (!lexicon::IsPersonNoun(person->lower) &&
         !lexicon::IsAgeCohortNoun(person->lower) && !WholeGroup(who))) {
      return;
    }
    const Token* next = At(f->end);
    if (next != nullptr && next->kind == TokenKind::kWord &&
        !HasRole(*next, figure_internal::kRoleSubjectStop) &&
        f->amount.unit == nullptr && next->lower.size() > 3 &&
        next->lower.back() == 's') {
      return;  // "workers over 50 shifts": what the number counts
    }
    SetAge(&f->amount);
  }

  // True if tokens[k] is an object pronoun for people that a partitive
  // makes a whole group ("all of them over 70"); not a verb's object ("gave
  // them over 40", "cost them over 50").
  bool WholeGroup(int k) const {
    const Token* lead = At(k - 1);
    return lexicon::IsAgedGroupPronoun(d_[k].lower) && lead != nullptr &&
           lexicon::IsGroupPronounLead(lead->lower);
  }

  // The index of the word before the "is/are/was/were" or the modal of a
  // requirement and "be" ("must be") that end at tokens[i - 1]; i - 1 when
  // none ("will be over 100" says how many, not how old).
  int BeforeCopula(int i) const {
    const Token* verb = At(i - 1);
    if (verb == nullptr) return i - 1;
    if (lexicon::IsBeForm(verb->lower)) return i - 2;
    const Token* modal = At(i - 2);
    if (lexicon::IsBeBaseForm(verb->lower) && modal != nullptr &&
        lexicon::IsRequirementModal(modal->lower)) {
      return i - 3;  // "applicants must be under 30"
    }
    return i - 1;
  }

  void SetAge(Amount* a) const {
    for (const lexicon::UnitEntry& u : lex_.units) {
      if (absl::string_view(u.surface) == "years") a->unit = &u;
    }
    a->age = true;
  }

  // "aged 31, 35 and 42": numbers listed after an age are ages too.
  void ListedAges(std::vector<Found>* found) const {
    for (size_t j = 1; j < found->size(); ++j) {
      const Found& prev = (*found)[j - 1];
      Found& f = (*found)[j];
      if (!prev.amount.age || f.amount.age || f.amount.unit != nullptr ||
          f.qualifier != v1::QUALIFIER_EXACT || !AgeLike(f.amount) ||
          f.first <= prev.end) {
        continue;
      }
      bool list = true;
      for (int k = prev.end; k < f.first && list; ++k) {
        list = IsSymbol(d_[k], ",") || IsWord(k, "and") || IsWord(k, "or");
      }
      if (list && (f.end >= n_ || Boundary(f.end))) SetAge(&f.amount);
    }
  }

  // "18.6 deaths per 100,000 live births", "59.8 per 100,000": a rate; the
  // count after "per" (a power of ten) is its base, not a figure of its own.
  void PerCountRates(std::vector<Found>* found) const {
    for (size_t j = 1; j < found->size(); ++j) {
      Found& rate = (*found)[j - 1];
      const Found& base = (*found)[j];
      const Amount& a = rate.amount;
      const Amount& b = base.amount;
      if (!IsWord(base.first - 1, "per") || !PowerOfTen(base) ||
          b.unit != nullptr || b.currency != nullptr || b.times || b.ratio ||
          a.unit != nullptr || a.currency != nullptr || a.times || a.ratio ||
          a.per != nullptr || base.first - 1 - rate.end > 2) {
        continue;
      }
      bool nouns = true;  // only the words of what is counted between
      for (int k = rate.end; k < base.first - 1 && nouns; ++k) {
        nouns = d_[k].kind == TokenKind::kWord &&
                !HasRole(d_[k], figure_internal::kRoleSubjectStop);
      }
      if (!nouns) continue;
      rate.amount.ratio = true;
      if (base.first - 1 == rate.end) rate.end = base.end;  // "28 per 100,000"
      found->erase(found->begin() + j);
    }
  }

  // "fell 0.3 points to 6.9%", "up 0.2 percentage points from October and
  // 1.3 points higher": a bare number before "points" next to a percentage
  // moves it by percentage points, as do the points of a sentence about
  // votes, polls, rates or shares (SharePoints), there also hyphened ("a
  // 16-point lead"). Sports scores ("won by 12 points") stay counts.
  void PercentagePoints(std::vector<Found>* found) const {
    for (size_t j = 0; j < found->size(); ++j) {
      Found& f = (*found)[j];
      const Amount& a = f.amount;
      if (a.unit != nullptr || a.currency != nullptr || a.times || a.ratio ||
          a.age) {
        continue;
      }
      if (HyphenedPoint(f.end)) {  // "a 16-point lead" in a poll
        if (SharePoints(f) && PercentagePointUnit() != nullptr) {
          f.amount.unit = PercentagePointUnit();
          f.end += 2;
        }
        continue;
      }
      if (!IsWord(f.end, "points") && !IsWord(f.end, "point")) continue;
      const Found* next = j + 1 < found->size() ? &(*found)[j + 1] : nullptr;
      const Found* before = j > 0 ? &(*found)[j - 1] : nullptr;
      const bool to_level = next != nullptr && next->first == f.end + 2 &&
                            (IsWord(f.end + 1, "to") || IsWord(f.end + 1, "from")) &&
                            Percent(*next);  // "0.3 points to 6.9%"
      const bool listed = before != nullptr && PercentagePoint(*before) &&
                          JoinedAfter(before->end, f.first);
      const bool range = f.qualifier == v1::QUALIFIER_RANGE;
      if ((range || (!to_level && !listed)) && !SharePoints(f)) continue;
      const lexicon::UnitEntry* point = PercentagePointUnit();
      if (point == nullptr) continue;
      f.amount.unit = point;
      f.end += 1;
    }
  }

  // True if tokens[k] is a hyphen glued to "point" after it and a margin
  // noun follows, perhaps past a poll word ("16-point lead", "a 9-point
  // swing", "a 3-point polling lead"); not a count of items or a scale ("a
  // 10-point plan", "a 5-point scale").
  bool HyphenedPoint(int k) const {
    const Token* dash = At(k);
    if (dash == nullptr || !figure_internal::IsDash(*dash) ||
        dash->space_before || !IsWord(k + 1, "point") ||
        d_[k + 1].space_before) {
      return false;
    }
    const Token* noun = At(k + 2);
    if (noun != nullptr && noun->kind == TokenKind::kWord &&
        lexicon::IsPercentagePointCue(noun->lower)) {
      noun = At(k + 3);  // "a 3-point polling lead"
    }
    return noun != nullptr && noun->kind == TokenKind::kWord &&
           lexicon::IsPointMarginNoun(noun->lower);
  }

  // True if the points of `f` (a number or range before "points") can be
  // percentage points by the sentence they stand in: at most 100 of them (a
  // share moves at most 100 points), no stock index in the sentence, and the
  // sentence names votes, polls, ratings or shares, or the points' own
  // clause names a rate or a seat (PointClauseCue): "Labour held the seat by
  // six or seven points", "the poll gives her a lead of 4 points"; not "the
  // Tigers led by 12 points", "the Dow fell 24 points as rates rose",
  // "filled all 50,000 seats as the Chiefs won by 14 points".
  bool SharePoints(const Found& f) const {
    constexpr double kMaxPoints = 100;
    const double top =
        f.qualifier == v1::QUALIFIER_RANGE ? f.value_max : f.value;
    if (top > kMaxPoints || top <= 0) return false;
    bool cue = false;
    for (const Token& t : t_) {
      if (t.kind != TokenKind::kWord) continue;
      if (lexicon::IsIndexPointWord(t.lower)) return false;
      cue = cue || lexicon::IsPercentagePointCue(t.lower);
    }
    return cue || PointClauseCue(f.first, -1) || PointClauseCue(f.end, 1);
  }

  // True if a clause cue (lexicon::IsClausePointCue: "rate", "seat") stands
  // between tokens[from] and the clause's edge in direction `step` (-1 back,
  // 1 on): the sentence's edge, a ";" or a word opening another clause
  // (lexicon::IsPointClauseBreak: "as", "though", "while"). From
  // tokens[from - 1] back, from tokens[from] on.
  bool PointClauseCue(int from, int step) const {
    for (int k = step < 0 ? from - 1 : from; k >= 0 && k < n_; k += step) {
      const Token& t = d_[k];
      if (IsSymbol(t, ";")) return false;
      if (t.kind != TokenKind::kWord) continue;
      if (lexicon::IsPointClauseBreak(t.lower)) return false;
      if (lexicon::IsClausePointCue(t.lower) && !CueModifiesNoun(k)) {
        return true;
      }
    }
    return false;
  }

  // True if the clause cue at tokens[k] is an adjective ("primary",
  // lexicon::IsAdjectivalPointCue) before a lowercase word that is no
  // function word: it then modifies that noun ("the primary school team"),
  // and names no contest ("won the primary by 20 points").
  bool CueModifiesNoun(int k) const {
    const Token* next = At(k + 1);
    return lexicon::IsAdjectivalPointCue(d_[k].lower) && next != nullptr &&
           next->kind == TokenKind::kWord &&
           !figure_internal::IsCapitalized(*next) &&
           !HasRole(*next, figure_internal::kRoleSubjectStop);
  }

  // "Quarters: 18-21, 35-40, 52-58, 78-74": a list of two or more bare
  // number pairs glued by hyphens, one of them falling ("78-74", a score),
  // is a game's running score, so none of its rising pairs is a range. A list
  // of bands that all rise ("18-24, 25-34, 35-44") keeps its ranges.
  void ScoreLists(std::vector<Found>* found) const {
    found->erase(std::remove_if(found->begin(), found->end(),
                                [&](const Found& f) {
                                  return f.qualifier == v1::QUALIFIER_RANGE &&
                                         f.end == f.first + 3 &&
                                         ScorePair(f.first) >= 0 &&
                                         InScoreList(f.first);
                                }),
                 found->end());
  }

  // Whether tokens[i..i+3) are two whole numbers glued by a hyphen ("52-58",
  // GluedWholePair): 1 if the first is the greater (a falling pair), 0 if
  // not, -1 if no pair.
  int ScorePair(int i) const {
    if (!GluedWholePair(i)) return -1;
    return d_[i].value > d_[i + 2].value ? 1 : 0;
  }

  // True if tokens[i..i+3) are two plain whole numbers in digits glued by a
  // hyphen, no space on either side ("52-58", "5-6"; not "5.5-6", "1,200-900"
  // or "5 -6"): the pair both score rules (ScorePair, WinLossRecord) read.
  bool GluedWholePair(int i) const {
    const Token* a = At(i);
    const Token* dash = At(i + 1);
    const Token* b = At(i + 2);
    return a != nullptr && b != nullptr && a->kind == TokenKind::kNumber &&
           b->kind == TokenKind::kNumber && !a->has_decimal &&
           !b->has_decimal && !a->has_separator && !b->has_separator &&
           figure_internal::IsDash(*dash) && !dash->space_before &&
           !b->space_before;
  }

  // True if the pair at tokens[i] stands in a comma list of two or more pairs
  // (ScorePair) one of which falls.
  bool InScoreList(int i) const {
    while (i >= 4 && IsSymbol(d_[i - 1], ",") && ScorePair(i - 4) >= 0) i -= 4;
    int pairs = 0;
    bool falls = false;
    for (int k = i;; k += 4) {
      const int score = ScorePair(k);
      if (score < 0) break;
      ++pairs;
      falls = falls || score == 1;
      if (At(k + 3) == nullptr || !IsSymbol(d_[k + 3], ",")) break;
    }
    return pairs >= 2 && falls;
  }

  // True if the figure is a percentage ("6.9%", "5 per cent").
  static bool Percent(const Found& f) {
    const lexicon::UnitEntry* u = f.amount.unit;
    return u != nullptr && f.amount.per == nullptr &&
           u->dimension == v1::DIMENSION_PERCENT;
  }

  // True if the figure is in percentage points ("0.2 percentage points").
  static bool PercentagePoint(const Found& f) {
    return Percent(f) &&
           absl::string_view(f.amount.unit->unit) == "percentage point";
  }

  // True if tokens [from, to) join a list's next item in one clause: at most
  // six words, one of them "and", no mark but a comma ("from October and").
  bool JoinedAfter(int from, int to) const {
    if (to - from > 6) return false;
    bool joined = false;
    for (int k = from; k < to; ++k) {
      const Token& t = d_[k];
      if (t.kind == TokenKind::kNumber) return false;
      if (t.kind == TokenKind::kSymbol && t.raw != ",") return false;
      joined = joined || IsWord(k, "and");
    }
    return joined;
  }

  // The lexicon's "percentage point" unit (nullptr if it has none).
  const lexicon::UnitEntry* PercentagePointUnit() const {
    for (const lexicon::UnitEntry& u : lex_.units) {
      if (absl::string_view(u.unit) == "percentage point") return &u;
    }
    return nullptr;
  }

  // "used the route at least six times", "arrested three times since": a
  // count of occasions (a whole number), not a multiplier ("six times the rate", "three times
  // as many", "four times higher").
  void OccasionTimes(std::vector<Found>* found) const {
    for (Found& f : *found) {
      if (f.amount.times && ClauseAfter(f.end)) {
        f.amount.times = false;  // "warned three times that the wall was unsafe"
        continue;
      }
      if (f.amount.times && IsWord(f.end - 1, "twice") && PeriodAfter(f.end)) {
        f.amount.times = false;  // "has ruled twice this week"
        continue;
      }
      if (!f.amount.times || !IsWord(f.end - 1, "times")) continue;
      if (f.value != std::floor(f.value)) continue;  // "3.1 times earnings"
      const Token* next = At(f.end);
      if (next == nullptr || next->kind != TokenKind::kWord) {
        if (next == nullptr || IsSymbol(*next, ",") || IsSymbol(*next, ".") ||
            IsSymbol(*next, ";")) {
          const Token* before = At(f.first - 1);
          f.amount.times = before != nullptr &&
                           before->kind == TokenKind::kWord &&
                           IsLinkingVerb(before->lower);
        }
        continue;
      }
      // "nearly three times Peralta's budget": a possessive compares too
      if ((!lexicon::IsMultiplierFollower(next->lower) &&
           !IsComparative(next->lower) &&
           !lexicon::IsPossessiveForm(next->lower)) ||
          PeriodAfter(f.end)) {
        f.amount.times = false;
      }
    }
  }

  // True if tokens[k] is a "that" opening a clause, an article or a subject
  // pronoun after it ("three times that the wall", "twice that it would"): the
  // times before it are occasions of a verb; "three times that of 2019" and
  // "twice that amount" stay comparisons.
  bool ClauseAfter(int k) const {
    const Token* next = At(k + 1);
    return IsWord(k, "that") && next != nullptr &&
           next->kind == TokenKind::kWord &&
           (lexicon::IsArticle(next->lower) ||
            (next->lower != "one" && lexicon::IsSubjectPronoun(next->lower)));
  }

  // True if tokens[k] opens a period: "this year", "that week", "these past
  // months" (not "this year's rate").
  bool PeriodAfter(int k) const {
    if (!IsWord(k, "this") && !IsWord(k, "that") && !IsWord(k, "these") &&
        !IsWord(k, "those")) {
      return false;
    }
    ++k;
    if (IsWord(k, "past") || IsWord(k, "last")) ++k;
    const PhraseMatch m = lex_.unit_phrases.Match(t_, k);
    if (!m.found() ||
        lex_.units[m.index].dimension != v1::DIMENSION_DURATION) {
      return false;
    }
    const Token* after = At(k + m.length);
    return after == nullptr || after->kind != TokenKind::kSymbol ||
           (!absl::StartsWith(after->raw, "'") &&
            !absl::StartsWith(after->raw, "\xE2\x80\x99"));
  }

  // "is", "was": "Its debt is three times." keeps the multiplier.
  static bool IsLinkingVerb(absl::string_view w) {
    return w == "is" || w == "was" || w == "are" || w == "were" || w == "be";
  }

  // "higher", "faster", "larger": a comparison after a multiplier.
  static bool IsComparative(absl::string_view w) {
    return w.size() > 4 && w.substr(w.size() - 2) == "er" && w != "after" &&
           w != "over" && w != "under" && w != "ever" && w != "never";
  }

  static bool PowerOfTen(const Found& f) {
    if (f.qualifier != v1::QUALIFIER_EXACT || f.value < 10) return false;
    double v = f.value;
    while (v >= 10 && std::fmod(v, 10) == 0) v /= 10;
    return v == 1;
  }

  // True if one lowercase modifier and a unit of time follow at tokens[k]
  // ("two budget years", "three financial years"): a bare count of periods.
  bool ModifiedPeriodAt(int k) const {
    const Token* t = At(k);
    if (t == nullptr || t->kind != TokenKind::kWord ||
        figure_internal::IsCapitalized(*t) ||
        HasRole(*t, figure_internal::kRoleSubjectStop)) {
      return false;
    }
    const PhraseMatch m = lex_.unit_phrases.Match(t_, k + 1);
    return m.found() &&
           lex_.units[m.index].dimension == v1::DIMENSION_DURATION;
  }

  // "over five years" after an amount is a period, not "more than five years";
  // "for over 20 years" and "in over a decade" keep the qualifier.
  bool TemporalOver(int i, const Amount& a) const {
    if (d_[i].lower != "over" || a.age) return false;  // most qualifiers
    const bool duration =
        a.unit != nullptr ? a.unit->dimension == v1::DIMENSION_DURATION
                          : a.currency == nullptr && ModifiedPeriodAt(a.end);
    if (!duration) return false;
    const Token* prev = At(i - 1);
    if (prev == nullptr) return OpeningPeriod(a);  // "Over two winters, ..."
    if (prev->kind == TokenKind::kNumber) return true;  // "£200,000 over 25 years"
    if (prev->kind == TokenKind::kSymbol) {
      return prev->raw == ")" || prev->raw == "," ||  // "(£650m) over 5 years"
             prev->raw == "%";                         // "5% over a decade"
    }
    if (prev->kind != TokenKind::kWord) return false;
    if (a.unit == nullptr && AmountVerb(prev->lower)) return false;
    // "cost over 400 working days" is a bound; "hired over two academic
    // years" a period.
    if (ModifiedPeriodAt(a.number_end) && lexicon::IsCostVerb(prev->lower)) {
      return false;
    }
    return !lexicon::IsOverQualifierLead(prev->lower);
  }

  // "Over two winters, the system found 37 faults": a sentence that opens
  // with "over" and a duration set off by a comma says during what time the
  // rest held, not that the time was more than that.
  bool OpeningPeriod(const Amount& a) const {
    const Token* after = At(a.end);
    return after != nullptr && after->kind == TokenKind::kSymbol &&
           after->raw == ",";
  }

  // True if `w` (lowercase) is a verb whose object is the amount after "over"
  // ("cost over 300 working days", "logged over 3 million work hours"): a
  // past form or a verb of cost, not one of spreading ("spread over three
  // budget years").
  static bool AmountVerb(absl::string_view w) {
    return (figure_internal::IsVerbFormShape(w) || lexicon::IsCostVerb(w)) &&
           !lexicon::IsSpreadVerb(w);
  }

  // The separator of a range after tokens[k], and where the second amount
  // starts.
  int RangeSecondStart(int k, bool between, bool from) const {
    const Token* s = At(k);
    const Token* next = At(k + 1);
    if (s == nullptr || next == nullptr) return -1;
    if (between) {  // "between 5 and 10", also "between 5 to 10"
      return IsWord(k, "and") || IsWord(k, "to") || figure_internal::IsDash(*s)
                 ? k + 1
                 : -1;
    }
    if (IsWord(k, "to") || IsWord(k, "through")) return k + 1;
    if (from && IsWord(k, "and")) return k + 1;  // "from 30 and 40 degrees"
    if (IsWord(k, "or") && !from) return k + 1;  // "three or four rounds"
    const bool dash =
        figure_internal::IsDash(*s) || IsSymbol(*s, "\xE2\x80\x94");
    if (!dash) return -1;
    if (IsWord(k + 1, "to")) {  // "8- to 16-meter"
      const Token* dash2 = At(k + 2);
      const Token* b = At(k + 3);
      const bool hyphened = !s->space_before && !next->space_before &&
                            dash2 != nullptr &&
                            figure_internal::IsDash(*dash2) &&
                            !dash2->space_before && b != nullptr &&
                            b->kind == TokenKind::kNumber && !b->space_before;
      return hyphened ? k + 3 : k + 2;  // "the 18-to-25 band"
    }
    const bool tight = !s->space_before && !next->space_before;
    const bool loose = s->space_before && next->space_before;
    const bool minus_like = s->space_before && !next->space_before &&
                            next->kind == TokenKind::kNumber;
    return tight || loose || minus_like ? k + 1 : -1;
  }

  // Whether the verb of amount at `k` reads as a timetable's: a schedule verb
  // ("Service runs from 04.30 to 23.30") or a verb after a period noun, the
  // subject being a stretch of time ("Opening hours are from 09.00 to 17.00").
  bool ScheduleLead(int k) const {
    const Token* before = At(k - 1);
    return lexicon::IsScheduleVerb(d_[k].lower) ||
           (before != nullptr &&
            HasRole(*before, figure_internal::kRolePeriodNoun));
  }

  // "Polls are open from 18.30 to 20.00", "Service runs from 04.30 to
  // 23.30", "served 8.30-17.00": two ends shaped like times of day
  // (figure_internal::IsClockRange) are a span of the day, unless a verb
  // of amount other than a timetable's comes before: one spreading a level's
  // values ("ranged from 18.30 to 20.00"), a change ("fell from 12.50 to
  // 10.25", two levels) or a copula ("Bids were from 10.20 to 11.40").
  // A range priced "a share" or "per tonne" after it is values, not hours
  // ("Bids came in at 10.15 to 11.40 a share").
  bool ClockSpan(const Found& f, const Amount& b) const {
    const Token* lead = At(f.first - 1);  // before "from" or the number
    if (lead != nullptr && lead->kind == TokenKind::kWord &&
        (lexicon::IsValueSpanVerb(lead->lower) ||
         (HasRole(*lead, figure_internal::kRoleQuantityVerb) &&
          !ScheduleLead(f.first - 1)))) {
      return false;
    }
    const Token* each = At(b.end);  // "a share", "per tonne"; not "a day"
    const Token* noun = At(b.end + 1);
    if (each != nullptr && each->kind == TokenKind::kWord &&
        lexicon::IsEachUnitWord(each->lower) && noun != nullptr &&
        !HasRole(*noun, figure_internal::kRolePeriodNoun)) {
      return false;
    }
    return figure_internal::IsClockRange(t_, f.amount, b);
  }

  // The range "A to B", "A-B", "between A and B" (`between`) or "from A and
  // B" (`from`, B with its unit) whose first amount is in `f`.
  bool Range(Found* f, bool between, bool from) {
    int start = RangeSecondStart(f->end, between, from);
    if (start < 0) return false;
    const bool to = IsWord(start - 1, "to");  // before any "about" after it
    const PhraseMatch q = lex_.prefix_qualifiers.Match(t_, start);
    if (q.found() && lexicon::PrefixQualifiers()[q.index].qualifier ==
                         v1::QUALIFIER_APPROXIMATE) {
      start += q.length;  // "between 2 g and about 7 g", "2 - ~7 grams"
    }
    Amount b = figure_internal::ParseAmount(t_, start, lex_);
    // "between 800,000 and a million": an amount with an article closes
    // only a "between" range, above its first end.
    if (!b.ok || (b.number.article && (!between || b.value <= f->amount.value))) return false;
    const bool shared = SharedDenominator(f->amount, b);
    if (b.ratio && !f->amount.ratio && !shared) NumeratorOnly(&b);
    if (f->amount.number.multiplier && !b.number.multiplier) {
      return false;  // "doubled to $4m": the ratio, then the new level
    }
    if (to && MoneyThenCount(f->amount, b)) return false;
    const bool alternative = IsWord(start - 1, "or");
    if (alternative && !OrRange(f->amount, b)) return false;
    if (to && b.unit == nullptr && b.currency == nullptr &&
        !figure_internal::IsYearLike(t_, f->amount) &&
        figure_internal::NotAFigure(t_, b, false, lex_)) {
      return false;  // "the nine months to 31 March": a period, then a date
    }
    if (from && IsWord(f->end, "and") &&
        ((b.unit == nullptr && b.currency == nullptr) ||
         figure_internal::IsYearLike(t_, f->amount) ||
         b.value <= f->amount.value)) {
      return false;  // "from 12 and 14 provinces", "from 2012 and 3 points"
    }
    const Token& sep = d_[start - 1];
    if (figure_internal::IsDash(sep) && sep.space_before &&
        !d_[start].space_before &&
        (f->amount.unit != nullptr || f->amount.currency != nullptr ||
         (b.unit == nullptr && b.currency == nullptr) || b.first != start)) {
      return false;  // "2 -7 g" is a range only when the unit comes last
    }
    if (figure_internal::IsCapitalized(d_[start]) && !between &&
        !IsWord(start - 1, "to")) {
      return false;  // "7-Eleven": a name
    }
    if (!between && ClockSpan(*f, b)) {
      f->date_range = true;  // "open from 18.30 to 20.00": hours, no figure
      f->end = b.end;
      return true;
    }
    if (!between && WinLossRecord(f->amount, b, start)) {
      f->date_range = true;  // "the Lions are 5-6": a record, no figure
      f->end = b.end;
      return true;
    }
    Amount& a = f->amount;
    if (figure_internal::IsYearLike(t_, a) && !between &&
        !figure_internal::IsYearLike(t_, b) && b.number.digits &&
        (d_[b.number_first].int_digits > 2 || b.currency != nullptr ||
         b.unit != nullptr || to) &&
        (YearPreposition(f->first - 1) || (to && IsWord(f->first - 1, "for")))) {
      // "from 19 in 2023 to 27 last year": after a year preposition, "to"
      // and two digits are the new level, not the year's end ("2023-24").
      return false;  // "since 2011 to 142,000", "in 2023 to €5.4m", "cut its
                     // forecast for 2026 to 66,000 tonnes": a year, then a figure
    }
    if (figure_internal::IsYearLike(t_, a) &&
        (figure_internal::IsYearLike(t_, b) ||
         (d_[b.number_first].kind == TokenKind::kNumber &&
          d_[b.number_first].int_digits == 2 && b.unit == nullptr &&
          b.currency == nullptr))) {
      f->date_range = true;
      f->end = b.end;
      const Token* dash = At(f->end);
      const Token* day = At(f->end + 1);
      if (dash != nullptr && figure_internal::IsDash(*dash) &&
          !dash->space_before && day != nullptr &&
          day->kind == TokenKind::kNumber && !day->space_before &&
          day->int_digits <= 2) {
        f->end += 2;  // "2016-02-15"
      }
      return true;
    }
    if ((a.currency != nullptr) != (b.currency != nullptr) && a.unit != nullptr)
      return false;
    if (a.currency != nullptr && b.unit != nullptr) return false;
    if (a.currency != nullptr && b.currency != nullptr &&
        absl::string_view(a.currency->code) != b.currency->code) {
      return false;
    }
    if (a.unit != nullptr && b.unit != nullptr &&
        (a.unit->dimension != b.unit->dimension ||
         absl::string_view(a.unit->base) != b.unit->base)) {
      return false;  // "0.4 percentage points to 3.2%"
    }
    if (a.per != nullptr && b.per != a.per) {
      return false;  // "54 cents a kilometre to about 90 families"
    }
    if (to && ChangeThenLevel(*f, a.value, b.value)) {
      return false;  // "shares fell 12p to 340p": a change, then a level
    }
    double low = a.value;
    double high = b.value;
    if ((!shared && (a.ratio || b.ratio)) ||
        (to && FractionSizesChange(a, b))) {
      return false;
    }
    if (shared) {  // "between 3 and 5 in 10": 3 in 10 to 5 in 10
      low = a.value * b.value / b.number.value;
      a.ratio = true;
    }
    const bool bare_first = a.unit == nullptr && a.currency == nullptr;
    if (bare_first) {
      a.unit = b.unit;
      a.currency = b.currency;
      a.age = b.age;
      a.times = b.times;
    } else if (a.unit != nullptr && b.unit != nullptr && a.unit != b.unit) {
      high = (b.value * b.unit->factor + b.unit->offset - a.unit->offset) /
             a.unit->factor;
    }
    if (a.per == nullptr) {  // "$5 to $10 a kilometre": both are per km
      a.per = b.per;
      a.per2 = b.per2;
    }
    if (a.number.scale == 1 && b.number.scale > 1 && a.value < 1000 &&
        !d_[a.number_first].has_separator) {
      low *= b.number.scale;  // "5 to 10 million"; not "$500,000 and $1 million"
    }
    if (low >= high && low >= 0 && !between) {
      // "won 42-40": a score, not a figure; "212,205 to 210,424": two figures.
      if (to || alternative) return false;  // "climbed 19% to almost 1.2
                                            // million", "12 or 9" too
      if (bare_first && a.number.digits &&
          (b.unit != nullptr || b.currency != nullptr)) {
        return false;  // "a 73-to-25 percent win": two figures in b's unit
      }
      f->date_range = true;
      f->end = b.end;
      return true;
    }
    if (low > high) std::swap(low, high);
    f->value = low;
    f->value_max = high;
    f->qualifier = v1::QUALIFIER_RANGE;
    f->end = b.end;
    return true;
  }

  // True if the bare "N-M" of whole numbers `a` and `b` (b starting at
  // tokens[start], a pair glued by a hyphen as ScorePair reads it:
  // GluedWholePair) follows a be-form, "to" or a verb of standing ("went",
  // "finished") with no plural noun after it: a team's
  // win-loss record or a score ("the Lions are 5-6 after", "went 5-6 last
  // season"), not a range ("are 25-30 pupils", "aged 5-6"). After a
  // be-form or "to" a side must hold it (SideHoldsRecord): "Turnout was
  // 40-45" and "Temperatures will rise to 25-30" are ranges.
  bool WinLossRecord(const Amount& a, const Amount& b, int start) const {
    if (!BareWhole(a) || !BareWhole(b) || start < 2 ||
        a.first != start - 2 || !GluedWholePair(a.first)) {
      return false;
    }
    const Token* verb = At(a.first - 1);
    if (verb == nullptr || verb->kind != TokenKind::kWord) return false;
    const bool be = lexicon::IsBeForm(verb->lower);
    const bool to = verb->lower == "to";
    if (!(be || to || lexicon::IsStandingVerb(verb->lower)) ||
        (be && !SideHoldsRecord(a.first - 1)) ||
        (to && !SideHoldsRecord(VerbGroupStart(a.first - 2)))) {
      return false;
    }
    const Token* next = At(b.end);
    return next == nullptr || next->kind != TokenKind::kWord ||
           HasRole(*next, figure_internal::kRoleSubjectStop) ||
           next->lower.back() != 's';
  }

  // The first token of the verb group ending at tokens[verb]: back over the
  // auxiliaries and focus words before it ("will rise", "could also drop").
  int VerbGroupStart(int verb) const {
    while (verb > 0 && d_[verb - 1].kind == TokenKind::kWord &&
           lexicon::IsVerbGroupFiller(d_[verb - 1].lower)) {
      --verb;
    }
    return verb;
  }

  // True if a record read at tokens[verb] belongs to a side: the sentence
  // speaks of games ("this season", "with the win"), or the clause's subject
  // ending before `verb` is a side (SideSubjectBefore). A measured noun's
  // "Temperatures were 25-30" keeps its range.
  bool SideHoldsRecord(int verb) const {
    for (const Token& w : t_) {
      if (w.kind == TokenKind::kWord && lexicon::IsGameWord(w.lower)) {
        return true;
      }
    }
    return SideSubjectBefore(verb);
  }

  // True if the words before tokens[end], back to the clause's start (the
  // sentence's start, a mark or a conjunction), are only side joiners
  // ("the", "and"), side pronouns and capitalized words, one of them a side
  // pronoun or a capitalized word not opening the sentence: "The Lions",
  // "She and Ortiz"; not "Turnout" or "The age limit for Erasmus".
  bool SideSubjectBefore(int end) const {
    int opening = 0;  // the sentence's first word
    while (opening < n_ && d_[opening].kind != TokenKind::kWord) ++opening;
    bool side = false;
    for (int i = end - 1; i >= 0 && d_[i].kind == TokenKind::kWord; --i) {
      const absl::string_view w = d_[i].lower;
      if (lexicon::IsSidePronoun(w)) {
        side = true;
      } else if (figure_internal::IsCapitalized(d_[i])) {
        side = side || i != opening;
      } else if (lexicon::IsSideJoiner(w)) {
        continue;
      } else if (lexicon::IsConjunction(w)) {
        break;  // "after the Lions were 5-6"
      } else {
        return false;
      }
    }
    return side;
  }

  // True if `a` is one plain whole number in digits, with no unit, currency,
  // scale or other reading.
  bool BareWhole(const Amount& a) const {
    const Token& n = d_[a.number_first];
    return a.first == a.number_first && a.number_end == a.number_first + 1 &&
           n.kind == TokenKind::kNumber && !n.has_decimal &&
           !n.has_separator && a.unit == nullptr && a.currency == nullptr &&
           !a.times && !a.ratio && !a.age && a.per == nullptr &&
           a.end == a.number_end;
  }

  // True if the range's first end `a` is a bare whole number below the
  // numerator of the ratio `b` over a power of ten ("between 3 and 5 in 10
  // adults", "from 20 to 30 in 100"): both ends share b's denominator, as
  // news writes a share of ten or a hundred; not "aged between 2 and 17 in
  // 41 villages" (an age, and no share of 41).
  static bool SharedDenominator(const Amount& a, const Amount& b) {
    if (!b.ratio || a.ratio || a.unit != nullptr || a.currency != nullptr ||
        a.age || a.times || a.per != nullptr || a.number.scale != 1 ||
        a.value != std::floor(a.value) || a.value >= b.number.value ||
        b.value <= 0) {
      return false;
    }
    double denominator = std::round(b.number.value / b.value);
    while (denominator >= 10 && std::fmod(denominator, 10) == 0) {
      denominator /= 10;
    }
    return denominator == 1;
  }

  // Keeps the bare count of the ratio `b` read as a range's second end
  // ("aged between 1 and 29 in 38 districts": 29, then 38 districts): a
  // range joins two amounts of one form, and its first end is no ratio.
  static void NumeratorOnly(Amount* b) {
    b->ratio = false;
    b->value = b->number.value;
    b->end = b->number_end;
  }

  // True if the end `b` after "to" counts the plain noun after it while `a`
  // is money: "at least Rs5,000 to some 300,000 retirees" gives an amount to
  // people, two figures; not "$5 to 10 million" (b scaled), "aged 15 to
  // 24 who" (a measure's bare end shares its unit) nor "from $100 to 500
  // depending on" (a verb after it).
  bool MoneyThenCount(const Amount& a, const Amount& b) const {
    if (a.currency == nullptr || b.currency != nullptr ||
        b.unit != nullptr || b.number.scale != 1) {
      return false;
    }
    const Token* noun = At(b.end);
    return noun != nullptr && noun->kind == TokenKind::kWord &&
           !figure_internal::IsCapitalized(*noun) &&
           !figure_internal::IsGerundShape(noun->lower) &&
           !figure_internal::IsVerbFormShape(noun->lower) &&
           !HasRole(*noun, figure_internal::kRoleSubjectStop |
                               figure_internal::kRoleNumberWord |
                               figure_internal::kRoleTimeScope);
  }

  // True if "A or B" may be one estimate, a range: both written in digits or
  // both in words, A no year nor "one", and A bare or in B's unit ("three or
  // four rounds", "5 or 6 per cent", "$5 or $6"); whether B is above A is
  // asked later, with the scales applied.
  bool OrRange(const Amount& a, const Amount& b) const {
    if (a.number.digits != b.number.digits || a.number.fraction ||
        b.number.fraction || figure_internal::IsYearLike(t_, a) ||
        (a.number.words && a.value == 1)) {
      return false;  // "one or two" keeps its pronoun reading
    }
    return (a.unit == nullptr && a.currency == nullptr) ||
           (a.unit == b.unit && a.currency == b.currency);
  }

  // True if `a` is a bare fraction in words before a level `b` in a unit
  // or currency ("by a quarter to 78 cents", "cut by a third to 40
  // tonnes"): the size of a change, never the low end of a range ("one-
  // quarter to one-third" stays one).
  static bool FractionSizesChange(const Amount& a, const Amount& b) {
    return a.number.fraction && a.number.words && a.currency == nullptr &&
           a.unit == nullptr && (b.currency != nullptr || b.unit != nullptr);
  }

  // True if "<change verb> [by] A to B" reads as a move by A to the level B
  // ("rose 0.4 points to 3.2", "fell 12p to 340p"), not a range: B is many
  // times A. "rose 5 to 10 percent" stays a range.
  bool ChangeThenLevel(const Found& f, double low, double high) const {
    int k = f.first - 1;
    if (IsWord(k, "by")) --k;
    const Token* verb = At(k);
    if (verb == nullptr || verb->kind != TokenKind::kWord ||
        !lexicon::IsChangeVerb(verb->lower)) {
      return false;
    }
    return low > 0 && high >= 3 * low;
  }

  // "45 and 50 mg", "3 or 4 tons": the first number takes the unit of the
  // second.
  void SharedUnit(Found* f) {
    Amount& a = f->amount;
    if (a.unit != nullptr || a.currency != nullptr || a.times || a.age ||
        f->qualifier == v1::QUALIFIER_RANGE) {
      return;
    }
    if (!IsWord(f->end, "and") && !IsWord(f->end, "or")) return;
    const Amount b = figure_internal::ParseAmount(t_, f->end + 1, lex_);
    if (!b.ok || b.number.article || b.first != b.number_first) return;
    a.unit = b.unit;
    a.currency = b.currency;
  }

  // Where a bound starting "or" stands after the one or two words of the
  // noun a bare count counts ("four goals or more", "50 pupils or fewer",
  // "250 full-time staff or less"), or -1. The bound must end its phrase,
  // before a mark or a function word, unless its last word is one ("or
  // more", "or fewer"): "three children or older relatives" has none.
  int CountedNounBound(const Found& f) const {
    const Amount& a = f.amount;
    if (a.unit != nullptr || a.currency != nullptr || a.times || a.age ||
        a.ratio || a.per != nullptr || f.qualifier != v1::QUALIFIER_EXACT) {
      return -1;
    }
    for (int k = f.end; k < f.end + 3 && k < n_; ++k) {
      const Token& w = d_[k];
      if (k > f.end && IsWord(k, "or")) {
        const PhraseMatch q = lex_.suffix_qualifiers.Match(t_, k);
        if (!q.found() || IsWord(k + q.length, "than")) return -1;
        const Token& last = d_[k + q.length - 1];
        return Boundary(k + q.length) ||
                       HasRole(last, figure_internal::kRoleSubjectStop)
                   ? k
                   : -1;
      }
      if (w.kind != TokenKind::kWord || figure_internal::IsCapitalized(w) ||
          HasRole(w, figure_internal::kRoleSubjectStop |
                         figure_internal::kRoleNumberWord)) {
        return -1;
      }
    }
    return -1;
  }

  // "strike over 4.5% pay offer", "row over 10% cut": "over" after a noun of
  // conflict or worry means "about"; "spread over three sites", "split over
  // two floors": after a verb of spreading it tells across what; "hand over
  // a quarter": after "hand" it is a particle.
  bool AboutOver(int i) const {
    const Token* prev = At(i - 1);
    return d_[i].lower == "over" && prev != nullptr &&
           prev->kind == TokenKind::kWord &&
           (lexicon::IsAboutOverNoun(prev->lower) ||
            lexicon::IsSpreadVerb(prev->lower) || HandOverVerb(i - 1));
  }

  // True if tokens[k] is a verb whose particle "over" gives a thing up
  // ("hand", "hands over 2,000 deeds"); not "hands" as the noun after a
  // word that makes it one ("changed hands", "dock hands": a bound).
  bool HandOverVerb(int k) const {
    if (!lexicon::IsHandOverVerb(d_[k].lower)) return false;
    const Token* lead = At(k - 1);
    return lead == nullptr || lead->kind != TokenKind::kWord ||
           !lexicon::IsHandsNounLead(lead->lower);
  }

  // "Death toll passes 1,400", "sales topped $2 billion": an exact amount
  // right after a verb of going beyond is a lower bound.
  // "passed three background checks" counts what it passed; a word that
  // opens no counted noun after the amount leaves it bare ("passed 120,000
  // last year", "expects to pass 1.5 million by 2028"; not "of").
  void BeyondVerb(Found* f) const {
    const Token* prev = At(f->first - 1);
    if (f->qualifier != v1::QUALIFIER_EXACT || prev == nullptr ||
        prev->kind != TokenKind::kWord) {
      return;
    }
    const Token* next = At(f->end);
    const bool bare =
        f->amount.unit != nullptr || f->amount.currency != nullptr || next == nullptr ||
        next->kind != TokenKind::kWord ||
        (next->lower != "of" &&
         HasRole(*next, figure_internal::kRoleSubjectStop | figure_internal::kRolePeriodOpener));
    // "pass $12 trillion to the next generation", "passed it on to": handed on.
    const bool handed = IsWord(f->end, "to") || (IsWord(f->end, "on") && IsWord(f->end + 1, "to"));
    if ((lexicon::IsBeyondVerb(prev->lower) ||
         (bare && !handed && lexicon::IsPassVerb(prev->lower)) ||
         (bare && !handed && BaseBeyondVerb(f->first - 1) && !RankAfterTo(*f))) &&
        !ThresholdClauseBefore(f->first - 1)) {  // "when readings exceeded"
      f->qualifier = v1::QUALIFIER_MORE_THAN;
    }
  }

  // True if a threshold clause's opener (lexicon::IsThresholdClauseOpener:
  // "when", "where", "if") stands within four words before the verb at
  // tokens[verb], no mark between: "close when readings exceeded".
  bool ThresholdClauseBefore(int verb) const {
    constexpr int kReach = 4;
    for (int k = verb - 1; k >= 0 && k >= verb - kReach; --k) {
      if (d_[k].kind != TokenKind::kWord) return false;
      if (lexicon::IsThresholdClauseOpener(d_[k].lower)) return true;
    }
    return false;
  }

  // "limited to top 1% earners", "open to top 5% of students": "to" is the
  // preposition and "top" the adjective when a percentage is followed by a
  // plural noun, or by "of" after a word of limiting or opening before "to"
  // ("expected to top 40% of the vote" and "expected to top 10%" stay verbs).
  bool RankAfterTo(const Found& f) const {
    const Token* lead = At(f.first - 2);
    const Token* next = At(f.end);
    if (lead == nullptr || !lexicon::IsPrepositionalTopLead(lead->lower) ||
        !Percent(f) || next == nullptr || next->kind != TokenKind::kWord) {
      return false;
    }
    if (PluralNoun(*next, false)) return true;
    const Token* limiter = At(f.first - 3);
    return lexicon::IsRankPhraseLink(next->lower) && limiter != nullptr &&
           lexicon::IsRankLimitingWord(limiter->lower);
  }

  // "a limit of 30 km/h", "a cap of 2%": an exact amount after "of" and a
  // noun of an upper limit is the most allowed; not when the limit's noun
  // phrase makes it a floor or an age ("a lower limit", "the minimum age
  // limit of 18", "the age limit of 16").
  void LimitOf(Found* f) const {
    const Token* noun = At(f->first - 2);
    if (f->qualifier != v1::QUALIFIER_EXACT || !IsWord(f->first - 1, "of") ||
        noun == nullptr || !lexicon::IsLimitNoun(noun->lower) ||
        FloorLimit(f->first - 2)) {
      return;
    }
    f->qualifier = v1::QUALIFIER_AT_MOST;
  }

  // "within the national benchmark of 26 weeks", "within a budget of $2
  // million": a measure or sum after "of" closing a noun phrase that
  // "within" opens (up to three words: the article, adjectives and the
  // noun) is the most allowed; a count stays exact ("within a city of
  // 300,000 people"), and so does an amount after a noun of time, where
  // "within" says when ("within days of $4 billion arriving", "within
  // minutes of 80 mm falling").
  void WithinNounOf(Found* f) const {
    constexpr int kReach = 4;  // "within the national benchmark"
    const bool measure =
        f->amount.unit != nullptr || f->amount.currency != nullptr;
    if (f->qualifier != v1::QUALIFIER_EXACT || !measure ||
        !IsWord(f->first - 1, "of")) {
      return;
    }
    for (int k = f->first - 2; k >= 0 && k >= f->first - 1 - kReach; --k) {
      const Token& w = d_[k];
      if (w.kind != TokenKind::kWord || figure_internal::IsCapitalized(w) ||
          HasRole(w, figure_internal::kRolePeriodNoun |
                         figure_internal::kRoleUnit)) {
        return;
      }
      if (lexicon::IsRadiusLead(w.lower)) {
        if (k < f->first - 2) f->qualifier = v1::QUALIFIER_AT_MOST;
        return;
      }
    }
  }

  // "Trains can reach 160 km/h", "fines can hit $10,000": an exact measure
  // or sum right after a modal of ability and a verb of reaching is the most
  // the thing attains ("could reach" and "will hit" forecast it instead,
  // and so does "can hit" with a deadline or under a verb of forecasting:
  // ForecastFramed).
  void AbilityReach(Found* f) const {
    const Token* verb = At(f->first - 1);
    const Token* modal = At(f->first - 2);
    const bool measure =
        f->amount.unit != nullptr || f->amount.currency != nullptr;
    if (f->qualifier != v1::QUALIFIER_EXACT || !measure || verb == nullptr ||
        modal == nullptr || !lexicon::IsReachVerb(verb->lower) ||
        !lexicon::IsAbilityModal(modal->lower) || ForecastFramed(*f)) {
      return;
    }
    f->qualifier = v1::QUALIFIER_AT_MOST;
  }

  // True if the amount in `f` is set a deadline ("can hit $100,000 by the
  // end of the year") or its sentence holds a verb of forecasting ("the
  // storm can reach 200 km/h, forecasters warned"): a forecast, not a
  // maximum. Reads the sentence once, only for a "can reach" amount.
  bool ForecastFramed(const Found& f) const {
    const Token* after = At(f.end);
    if (after != nullptr && after->kind == TokenKind::kWord &&
        lexicon::IsDeadlineWord(after->lower)) {
      return true;
    }
    return std::any_of(t_.begin(), t_.end(), [](const Token& w) {
      return w.kind == TokenKind::kWord && lexicon::IsForecastFrameWord(w.lower);
    });
  }

  // True if a word of the noun phrase ending in the limit noun at
  // tokens[noun] (up to three words back, stopping at an article or a
  // non-word) makes the limit a floor ("lower", "minimum"), or an age
  // ("age") unless a ceiling adjective says it is one ("the upper age
  // limit of 35", "the maximum age limit of 40").
  bool FloorLimit(int noun) const {
    constexpr int kReach = 3;  // "the lower statutory age limit"
    bool age = false;
    for (int k = noun - 1; k >= 0 && k >= noun - kReach; --k) {
      const Token& w = d_[k];
      if (w.kind != TokenKind::kWord || lexicon::IsArticle(w.lower)) break;
      if (lexicon::IsFloorAdjective(w.lower)) return true;
      if (lexicon::IsCeilingAdjective(w.lower)) return false;
      age = age || lexicon::IsAgeNoun(w.lower);
    }
    return age;
  }

  // "gusts regularly top 90 km/h", "expected to top $2 billion", "winds
  // top 60 km/h": tokens[k] is "top" as a verb, after a modal, "to", an
  // adverb of frequency or a plural noun; not "the top 10%", "its top 5".
  bool BaseBeyondVerb(int k) const {
    const Token* lead = At(k - 1);
    return lexicon::IsBaseBeyondVerb(d_[k].lower) && lead != nullptr &&
           lead->kind == TokenKind::kWord &&
           (lexicon::IsBaseVerbLead(lead->lower) ||
            lexicon::IsModalAuxiliary(lead->lower) ||
            PluralNoun(*lead, k - 1 == 0));
  }

  // True if the word looks like a plural noun (lexicon::LooksPlural: "-s"
  // but not "-ss", "-us", "-is", or an irregular plural), not a possessive
  // ("'s"), no stop word ("its", "this", "was"), and in lowercase unless it
  // opens the sentence (`first`).
  static bool PluralNoun(const Token& w, bool first) {
    const absl::string_view s = w.lower;
    return lexicon::LooksPlural(s) && !absl::EndsWith(s, "'s") &&
           (first || !figure_internal::IsCapitalized(w)) &&
           !HasRole(w, figure_internal::kRoleSubjectStop);
  }

  // "20 or more", "70 or older", "four goals or more": a bound written after
  // the amount, or after the noun it counts; the figure's text takes it in.
  void SuffixQualifier(Found* f) {
    PhraseMatch q = lex_.suffix_qualifiers.Match(t_, f->end);
    if (!q.found()) {
      const int at = CountedNounBound(*f);
      if (at < 0) return;
      q = lex_.suffix_qualifiers.Match(t_, at);
      f->end = at;
    }
    const Token& first = d_[f->end];
    if (first.kind == TokenKind::kSymbol && first.space_before)
      return;  // "+" is written tight
    if (f->qualifier == v1::QUALIFIER_EXACT) {
      f->qualifier = lexicon::SuffixQualifiers()[q.index].qualifier;
    }
    const absl::string_view last = d_[f->end + q.length - 1].lower;
    if ((last == "older" || last == "younger") && !f->amount.age &&
        AgeLike(f->amount)) {
      SetAge(&f->amount);  // "women 40 and older": an age
    }
    f->end += q.length;
  }
};

// "10 l/km" -> "litre per kilometre", 0.01 "l/m"; "$350 per kg" -> "USD per
// kilogram", 350 "USD/kg"; "2 kb per second" -> "kilobit per second". The
// dimension: CURRENCY for money, SPEED for a length per time, the measure's
// own for a yield per area ("5.2 tonnes per hectare": MASS), else OTHER.
void SetRate(const Found& f, v1::Figure* fig) {
  const Amount& a = f.amount;
  std::string* unit = fig->mutable_unit();  // written in place: room kept
  std::string* base = fig->mutable_normalized_unit();
  double value = f.value;
  if (a.currency != nullptr) {
    unit->assign(a.currency->code);
    base->assign(a.currency->code);
  } else {
    const absl::string_view name = lexicon::LongUnitName(a.unit->unit);
    unit->assign(name.data(), name.size());
    base->assign(a.unit->base);
    value = f.value * a.unit->factor + a.unit->offset;
  }
  for (const lexicon::UnitEntry* per : {a.per, a.per2}) {
    if (per == nullptr) continue;
    absl::StrAppend(unit, " per ", lexicon::LongUnitName(per->unit));
    absl::StrAppend(base, "/", per->base);
    value /= per->factor;
  }
  const bool one_per = a.unit != nullptr && a.per2 == nullptr;
  const bool speed = one_per && a.unit->dimension == v1::DIMENSION_LENGTH &&
                     a.per->dimension == v1::DIMENSION_DURATION;
  // A yield, "5.2 tonnes per hectare", is an amount of its measure.
  const bool yield = one_per && a.per->dimension == v1::DIMENSION_AREA;
  fig->set_dimension(a.currency != nullptr ? v1::DIMENSION_CURRENCY
                     : speed               ? v1::DIMENSION_SPEED
                     : yield               ? a.unit->dimension
                                           : v1::DIMENSION_OTHER);
  fig->set_normalized_value(value);
}

// Sets the figure's unit and normalized unit to `unit` and `base`, copied
// into its strings (a reused figure keeps their room; set_unit(const char*)
// would build a temporary string first).
void SetUnits(const char* unit, const char* base, v1::Figure* fig) {
  fig->mutable_unit()->assign(unit);
  fig->mutable_normalized_unit()->assign(base);
}

// Fills dimension, unit and normalized value from the amount.
void SetMeasure(const Found& f, v1::Figure* fig) {
  const Amount& a = f.amount;
  fig->set_normalized_value(f.value);
  if (a.per != nullptr && (a.currency != nullptr || a.unit != nullptr)) {
    SetRate(f, fig);
  } else if (a.currency != nullptr) {
    fig->set_dimension(v1::DIMENSION_CURRENCY);
    SetUnits(a.currency->code, a.currency->code, fig);
  } else if (a.unit != nullptr) {
    fig->set_dimension(a.age ? v1::DIMENSION_AGE : a.unit->dimension);
    SetUnits(a.unit->unit, a.unit->base, fig);
    fig->set_normalized_value(f.value * a.unit->factor + a.unit->offset);
  } else if (a.ratio) {
    fig->set_dimension(v1::DIMENSION_RATIO);
  } else if (a.times) {
    fig->set_dimension(v1::DIMENSION_RATIO);
    SetUnits("times", "times", fig);
  } else if (a.number.fraction && f.value < 1 && f.value > -1) {
    fig->set_dimension(v1::DIMENSION_RATIO);
  } else {
    fig->set_dimension(v1::DIMENSION_COUNT);
  }
}

constexpr double kPowersOfTen[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,
                                   1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                   1e12, 1e13, 1e14, 1e15, 1e16, 1e17,
                                   1e18, 1e19, 1e20, 1e21, 1e22};

// floor(log10(a)) + 1 for a > 0, as std::log10 computes it, without calling
// it when a is not within a hair of a power of ten (where the rounding of
// log10 decides).
int IntegerDigits(double a) {
  if (a >= 1 && a < 1e15) {
    // From the binary exponent e (2^e <= a): floor(e * 1233 / 4096) is at
    // most floor(e * log10(2)), so at most the k sought, and one step short.
    uint64_t bits;
    std::memcpy(&bits, &a, sizeof(bits));
    const int e = static_cast<int>((bits >> 52) & 0x7FF) - 1023;
    int k = (e * 1233) >> 12;
    while (a >= kPowersOfTen[k + 1]) ++k;  // 10^k <= a < 10^(k+1)
    if (a > kPowersOfTen[k] * (1 + 1e-9) &&
        a < kPowersOfTen[k + 1] * (1 - 1e-9)) {
      return k + 1;
    }
  }
  return static_cast<int>(std::floor(std::log10(a))) + 1;
}

// std::pow(10.0, e), from a table where 10^e is exact.
double TenTo(int e) {
  return e >= 0 && e <= 22 ? kPowersOfTen[e] : std::pow(10.0, e);
}

// "34.2 billion" is 34200000000, not the 34200000000.000004 that 34.2 * 1e9
// gives, and "3 dimes" 0.3: a value within two ulps of a number with 12
// significant digits is that number (1/3 stays 1/3).
double Clean(double value) {
  if (value == 0 || !std::isfinite(value)) return value;
  const int digits = IntegerDigits(std::fabs(value));
  const double step = TenTo(12 - digits);
  const double rounded = std::round(value * step) / step;
  if (!std::isfinite(rounded)) return value;
  return std::fabs(rounded - value) <= 4.5e-16 * std::fabs(value) ? rounded
                                                                  : value;
}

// Clears `fig` as Clear() does, but hands its span message (which Clear()
// deletes) back to it emptied, so a reused figure allocates none.
void ClearKeepingSpan(v1::Figure* fig) {
  v1::TextSpan* span = fig->has_span() ? fig->release_span() : nullptr;
  fig->Clear();
  if (span != nullptr) {
    span->Clear();
    fig->set_allocated_span(span);
  }
}

// Drops from `found` the amounts that are money only where the text names a
// country writing their currency so (Amount::needs_country: a currency
// letter's cents, a Gulf sign) when it names none: "Release R21.02 of the
// software" and "the QR 2 code" are names, "R21.90" in a story from Durban
// the rand, "RO 720" in one from Muscat Omani rials.
void DropUnplacedLetterCents(absl::string_view text,
                             const std::vector<Token>& tokens,
                             std::vector<Found>* found) {
  const size_t begin = tokens.front().begin;
  const size_t end = tokens.back().end;
  found->erase(std::remove_if(found->begin(), found->end(),
                              [&](const Found& f) {
                                return f.amount.needs_country &&
                                       !figure_internal::NamesCurrencyCountry(
                                           text, begin, end,
                                           f.amount.currency->code);
                              }),
               found->end());
}

// True if `f` is a bare number that leaves out its unit because an amount
// said just before gives it: qualified or a range ("required at least 30",
// "more like eight to twelve") or after "like"/"than" or "closer to", and
// ending its clause (nothing counted after it: "at least 30 schools" counts
// schools).
bool ElidedShape(const std::vector<Token>& t, const Found& f) {
  const Amount& a = f.amount;
  if (a.unit != nullptr || a.currency != nullptr || a.times || a.ratio ||
      a.age || a.per != nullptr || a.number.vague || a.number.fraction) {
    return false;
  }
  const int n = static_cast<int>(t.size());
  if (f.end < n) {
    const Token& next = t[f.end];
    if (next.kind != TokenKind::kSymbol || figure_internal::IsSymbol(next, "/") ||
        (figure_internal::IsDash(next) && !next.space_before)) {
      return false;  // "two-dozen counties", "a 30-point lead", "24/7"
    }
  }
  const bool lead = f.first > 0 && t[f.first - 1].kind == TokenKind::kWord &&
                    lexicon::IsElisionLead(t[f.first - 1].lower);
  const bool closer = f.first > 1 && t[f.first - 1].lower == "to" &&
                      lexicon::IsElisionComparative(t[f.first - 2].lower);
  return f.qualifier != v1::QUALIFIER_EXACT || lead || closer;
}

// The figure just before figures[i] when it is in the same sentence or the
// one before (one sentence end and no line break between, the sentence of
// figures[i] starting at `begin`) and measured in a unit or currency, not
// as a hyphened modifier ("a 90-minute crossing"); else nullptr.
const v1::Figure* UnitCounterpart(absl::string_view text,
                                  const std::vector<v1::Figure>& figures,
                                  size_t i, int begin) {
  if (i == 0) return nullptr;
  const v1::Figure& prev = figures[i - 1];
  const v1::Dimension d = prev.dimension();
  if (prev.unit().empty() || d == v1::DIMENSION_COUNT ||
      d == v1::DIMENSION_AGE || d == v1::DIMENSION_RATIO ||
      (d == v1::DIMENSION_TEMPERATURE &&
       prev.unit() != prev.normalized_unit())) {
    return nullptr;  // a scale with an offset ("F") is no plain factor
  }
  if (prev.qualifier() != v1::QUALIFIER_RANGE &&
      prev.text().find('-') != std::string::npos) {
    return nullptr;  // "a 90-minute crossing ... up to 120": a modifier
  }
  int ends = 0;
  for (int k = prev.span().end(); k < begin; ++k) {
    const char c = text.data()[k];
    if (c == '\n') return nullptr;
    if ((c == '.' || c == '?' || c == '!') && ++ends > 1) return nullptr;
  }
  return &prev;
}

// True if the two figures are within a factor of ten of each other (their
// upper ends), as the two sides of one comparison are.
bool SameMagnitude(const v1::Figure& a, const v1::Figure& b) {
  const double x = a.qualifier() == v1::QUALIFIER_RANGE ? a.value_max() : a.value();
  const double y = b.qualifier() == v1::QUALIFIER_RANGE ? b.value_max() : b.value();
  constexpr double kFactor = 10;
  return x > 0 && y > 0 && x <= y * kFactor && y <= x * kFactor;
}

// "had only 14 days to object, when the rules required at least 30": a bare
// number of the sentence's figures figures[first..] (found[k] for
// figures[first + k]) that leaves out its unit (ElidedShape) takes the
// unit, dimension and normalisation of the amount just before it in this
// sentence or the one before ("twenty years. Now ... more like eight to
// twelve"), when the two are of one magnitude.
void ElidedUnits(absl::string_view text, const std::vector<Token>& tokens,
                 const std::vector<Found>& found, size_t first, int begin,
                 std::vector<v1::Figure>* figures) {
  for (size_t k = 0; k < found.size(); ++k) {
    if (!ElidedShape(tokens, found[k])) continue;
    v1::Figure* fig = &(*figures)[first + k];
    const v1::Figure* prev = UnitCounterpart(text, *figures, first + k, begin);
    if (prev == nullptr || !SameMagnitude(*prev, *fig)) continue;
    fig->set_dimension(prev->dimension());
    fig->set_unit(prev->unit());
    fig->set_normalized_unit(prev->normalized_unit());
    const double scale =
        prev->value() != 0 ? prev->normalized_value() / prev->value() : 1;
    fig->set_normalized_value(Clean(fig->value() * scale));
  }
}

// "more than two decades" -> 20 "year", "a quarter of an hour" -> 15
// "minute": a plain unit of time that figures restate in a finer unit
// (lexicon::RestatedUnit) scales value and value_max and takes the finer
// code; the normalized value stays. Rates ("per decade") keep theirs.
void RestateUnit(const Found& f, v1::Figure* fig) {
  const Amount& a = f.amount;
  if (a.unit == nullptr || a.per != nullptr || a.currency != nullptr) return;
  const lexicon::UnitRestatement* r = lexicon::RestatedUnit(a.unit->unit);
  if (r == nullptr) return;
  const bool range = f.qualifier == v1::QUALIFIER_RANGE;
  if (r->fraction_only &&
      (!a.number.fraction || !a.number.words || f.value >= 1 ||
       (range && f.value_max >= 1))) {
    return;
  }
  fig->mutable_unit()->assign(r->as);
  fig->set_value(Clean(f.value * r->factor));
  if (range) fig->set_value_max(Clean(f.value_max * r->factor));
}

// The scale the figures before a bare degree set: Celsius when one of them
// was in Celsius and none in Fahrenheit (a story giving both leaves bare
// degrees bare). One running flag, updated figure by figure.
struct ArticleScale {
  bool celsius = false;
  bool fahrenheit = false;

  // Takes `b`'s scale into the flag, if `b` is a temperature.
  void See(const v1::Figure& b) {
    if (b.dimension() != v1::DIMENSION_TEMPERATURE) return;
    fahrenheit = fahrenheit || b.unit() == lexicon::kFahrenheitCode;
    celsius = celsius || b.unit() == lexicon::kCelsiusCode;
  }
};

// True if `fig` (a bare degree, a range too) reads as a Celsius temperature
// of air, water or a body: "above 41 degrees", not "115 degrees".
bool PlausibleCelsius(const v1::Figure& fig) {
  const bool range = fig.qualifier() == v1::QUALIFIER_RANGE;
  const double low = fig.value();
  const double high = range ? fig.value_max() : low;
  return low >= lexicon::kPlausibleCelsiusMin &&
         high <= lexicon::kPlausibleCelsiusMax;
}

// "body temperatures above 41 degrees" after "46.2 degrees Celsius": a
// bare degree of temperature among figures[first..end) is in the scale the
// article named before it (ArticleScale over figures[0..k)) when that is
// Celsius alone and the value is a plausible Celsius temperature. The
// earlier figures are read once per call, and only when a bare degree is
// in this sentence.
void ArticleDegrees(size_t first, size_t end,
                    std::vector<v1::Figure>* figures) {
  auto bare = [](const v1::Figure& f) {
    return f.dimension() == v1::DIMENSION_TEMPERATURE &&
           f.unit() == lexicon::kDegreeCode;
  };
  if (std::none_of(figures->begin() + first, figures->begin() + end, bare)) {
    return;
  }
  ArticleScale scale;
  for (size_t k = 0; k < end; ++k) {
    v1::Figure* fig = &(*figures)[k];
    if (k >= first && bare(*fig) && scale.celsius && !scale.fahrenheit &&
        PlausibleCelsius(*fig)) {
      fig->mutable_unit()->assign(lexicon::kCelsiusCode);
      fig->mutable_normalized_unit()->assign(lexicon::kCelsiusCode);
    }
    scale.See(*fig);
  }
}

// Fills the empty `fig` from `f`.
void ToFigure(absl::string_view text, const std::vector<Token>& tokens,
              const Found& f, v1::Figure* fig) {
  const int begin = tokens[f.first].begin;
  const int end = tokens[f.end - 1].end;
  fig->mutable_text()->assign(text.data() + begin, end - begin);  // room kept
  fig->mutable_span()->set_begin(begin);
  fig->mutable_span()->set_end(end);
  fig->set_value(Clean(f.value));
  if (f.qualifier == v1::QUALIFIER_RANGE) fig->set_value_max(Clean(f.value_max));
  fig->set_qualifier(f.qualifier);
  SetMeasure(f, fig);
  RestateUnit(f, fig);
  fig->set_normalized_value(Clean(fig->normalized_value()));
}

}  // namespace

namespace {

// True if a count word ("twelve", "couple") may be read in the word `word`
// (ASCII, lowered into `buffer`, at most kMaxWord bytes).
bool IsCountWordAt(const FigureLexicon& lex, const char* word, size_t size, char* buffer) {
  if (size == 0 || !lex.MayBeCountWord(size, static_cast<char>(word[0] | 0x20),
                                       static_cast<char>(word[size - 1] | 0x20))) {
    return false;
  }
  LowerAscii(word, size, buffer);
  return lex.IsCountWord(absl::string_view(buffer, size));
}

// MayHoldFigures() for the word token [begin, end) of `text` that is not
// letters_only ("Mr.", "self-described", "wasn’t", "COVID-19"): false
// only when the figure tokens made of it can hold no amount. Its ASCII letter
// runs between hyphens, periods and apostrophes (straight or curly) are all
// the words the figure tokenizer may make of it, with the whole word: true if
// one of those is a count word or "a"/"an" (a unit may follow), or if the
// word holds a digit or any other byte (a non-ASCII letter, a vulgar
// fraction), which this does not read.
bool JoinedWordMayHoldAmount(const FigureLexicon& lex, absl::string_view text, int begin,
                             int end, char* buffer, size_t buffer_size) {
  const char* const p = text.data();
  const size_t size = static_cast<size_t>(end - begin);
  if (size > buffer_size) return true;
  bool ascii = true;
  int run = begin;  // the first byte of the current run of letters
  for (int i = begin; i <= end; ++i) {
    const auto c = i < end ? static_cast<unsigned char>(p[i]) : '-';
    const bool letter = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    if (letter) continue;
    int skip = 1;
    if (c == 0xE2 && i + 2 < end && static_cast<unsigned char>(p[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(p[i + 2]) == 0x98 ||
         static_cast<unsigned char>(p[i + 2]) == 0x99)) {
      skip = 3;  // a curly apostrophe
      ascii = false;
    } else if (c != '-' && c != '.' && c != '\'') {
      return true;  // a digit, a non-ASCII letter or mark, another joiner
    }
    const size_t run_size = static_cast<size_t>(i - run);
    if (run_size == 1 && (p[run] | 0x20) == 'a') return true;
    if (run_size == 2 && (p[run] | 0x20) == 'a' && (p[run + 1] | 0x20) == 'n') return true;
    if (IsCountWordAt(lex, p + run, run_size, buffer)) return true;
    i += skip - 1;
    run = i + 1;
  }
  return ascii && IsCountWordAt(lex, p + begin, size, buffer);
}

}  // namespace

bool MayHoldFigures(absl::string_view text, const std::vector<factwire::Token>& tokens,
                    int first, int last) {
  using MainKind = factwire::TokenKind;
  // The common answer, first: a number (Tokenize() marks number tokens, and
  // only those, kAmountNumber), looked for four tokens at a time.
  const factwire::Token* const d = tokens.data();
  int j = first;
  for (; j + 4 <= last; j += 4) {
    if (((d[j].amount | d[j + 1].amount | d[j + 2].amount | d[j + 3].amount) &
         kAmountNumber) != 0) {
      return true;
    }
  }
  for (; j < last; ++j) {
    if (d[j].kind == MainKind::kNumber) return true;
  }
  const FigureLexicon& lex = figure_internal::GetFigureLexicon();
  constexpr int kMaxWord = 64;
  char buffer[kMaxWord];
  bool after_article = false;  // the word before was "a" or "an"
  // Bytes are read as text.data()[i]: absl::string_view's operator[] checks its
  // bounds in Debian's hardened Abseil (the token offsets are in the text).
  for (int k = first; k < last; ++k) {
    const factwire::Token& t = tokens[k];
    if (t.kind != MainKind::kWord) {
      // Quote marks, ASCII marks, dashes and ellipses are figure symbols that
      // open no amount; another non-ASCII mark may be a vulgar fraction ("½").
      if (after_article || t.punct == 'U') return true;
      continue;
    }
    if (!t.letters_only) {
      if (after_article ||
          JoinedWordMayHoldAmount(lex, text, t.begin, t.end, buffer, kMaxWord)) {
        return true;
      }
      continue;  // after_article stays false: the word was no "a" or "an"
    }
    // The figure tokens read "mayor's" as one word.
    int end = t.end;
    const bool joined =
        k + 1 < last && tokens[k + 1].possessive && !tokens[k + 1].space_before;
    if (joined) {
      end = tokens[++k].end;
      if (static_cast<size_t>(end) < text.size() &&
          (text.data()[end] == '\'' || static_cast<unsigned char>(text.data()[end]) >= 0x80)) {
        return true;  // may join on ("X's'y")
      }
    }
    const int size = end - t.begin;
    const char c0 = static_cast<char>(text.data()[t.begin] | 0x20);  // letters lowered
    if (!joined) {
      // The word whole, as Tokenize() looked it up: its AmountFlag bits answer
      // what the figure lexicon would.
      if ((t.amount & kAmountCountWord) != 0) return true;
      if (after_article && ((t.amount & kAmountUnit) != 0 || size > kMaxWord)) return true;
    } else if (after_article ||
               lex.MayBeCountWord(static_cast<size_t>(size), c0,
                                  static_cast<char>(text.data()[end - 1] | 0x20))) {
      if (size > kMaxWord) return true;
      LowerAscii(text.data() + t.begin, static_cast<size_t>(size), buffer);
      const absl::string_view w(buffer, static_cast<size_t>(size));
      if (lex.IsCountWord(w)) return true;
      if (after_article &&
          (lex.RolesOf(w) & (figure_internal::kRoleUnit | figure_internal::kRoleCurrency)) != 0) {
        return true;  // "a mile away", "a dollar"
      }
    }
    after_article =
        c0 == 'a' && (size == 1 || (size == 2 && (text.data()[t.begin + 1] | 0x20) == 'n'));
  }
  return false;
}

void FindFigures(absl::string_view text, const v1::TextSpan& sentence,
                 std::vector<v1::Figure>* figures) {
  size_t count = figures->size();
  FindFigures(text, sentence, figures, &count);
}

void FindFigures(absl::string_view text, const v1::TextSpan& sentence,
                 std::vector<v1::Figure>* figures, size_t* count) {
  const int size = static_cast<int>(text.size());
  const int begin = std::clamp(sentence.begin(), 0, size);
  const int end = std::clamp(sentence.end(), begin, size);
  thread_local std::string lower;
  thread_local std::vector<figure_internal::Token> tokens;
  figure_internal::TokenizeForFigures(text, begin, end, &lower, &tokens);
  const FigureLexicon& lex = figure_internal::GetFigureLexicon();
  lex.AssignRoles(&tokens);
  if (!lex.MayHoldAmount(tokens)) return;  // Scan would find nothing
  thread_local std::vector<Found> found;
  FigureScanner(tokens, lex).Scan(&found);
  DropUnplacedLetterCents(text, tokens, &found);
  if (found.empty()) return;
  const size_t first = *count;
  *count = first + found.size();
  if (figures->size() < *count) figures->resize(*count);
  thread_local std::vector<FigurePlace> places;
  places.clear();
  for (size_t i = 0; i < found.size(); ++i) {
    const Found& f = found[i];
    v1::Figure* figure = &(*figures)[first + i];
    ClearKeepingSpan(figure);
    ToFigure(text, tokens, f, figure);
    places.push_back({f.first, f.end, f.amount.currency != nullptr});
  }
  ElidedUnits(text, tokens, found, first, begin, figures);
  ArticleDegrees(first, *count, figures);
  figure_internal::AddFigureContext(
      text, tokens, places, lex, absl::MakeConstSpan(figures->data(), first),
      absl::MakeSpan(figures->data() + first, found.size()));
}

std::vector<v1::Figure> FindFigures(absl::string_view text,
                                    const v1::TextSpan& sentence) {
  std::vector<v1::Figure> figures;
  FindFigures(text, sentence, &figures);
  return figures;
}

}  // namespace factwire
