#ifndef FACTWIRE_INGEST_SERVICE_EXTRACT_NUMBER_WORDS_PARSER_H_
#define FACTWIRE_INGEST_SERVICE_EXTRACT_NUMBER_WORDS_PARSER_H_

#include <vector>

#include "ingest-service/extract/figure_token_view.h"
#include "ingest-service/extract/lexicon/number_words.h"
#include "ingest-service/extract/number_parser.h"

namespace factwire {
namespace figure_internal {

// Reads numbers written in words: "ninety five", "a hundred and two",
// "seven hundred twenty-one thousand and twelve", "two thirds", "a dozen",
// "half a million", "several thousand", "tens of thousands".
class WordNumberParser : public TokenView {
 public:
  using TokenView::TokenView;

  // The number in words starting at tokens[i]; ok=false when none starts there.
  NumberParse Parse(int i) const;

  // Adds "and a half" after a number to it, also when hyphens join them
  // ("four-and-a-half-year").
  void AndAHalf(NumberParse* r) const;

  // The number word at tokens[i], or nullptr.
  const lexicon::NumberWordEntry* WordAt(int i) const;

  // True if `w` is a number word of `kind`.
  static bool IsKind(const lexicon::NumberWordEntry* w,
                     lexicon::NumberWordKind kind) {
    return w != nullptr && w->kind == kind;
  }

 private:
  int HalfTailEnd(int k) const;
  bool TightDash(int k) const;
  // What the previous word of a compound number was.
  enum class Last { kNone, kUnit, kTens, kHundred, kScale, kAnd };

  // The running sum of a compound number.
  struct Sum {
    double total = 0;
    double current = 0;
    Last last = Last::kNone;
    bool any = false;
  };

  // How a number word changed the sum.
  enum class Step { kTaken, kStop, kDone };

  NumberParse Compound(int i, bool article) const;
  Step Add(const lexicon::NumberWordEntry& w, int j, bool article, Sum* sum,
           NumberParse* r) const;
  int Joiner(int j, Sum* sum) const;
  int PointDecimals(int j, Sum* sum) const;
  bool SpokenHundreds(int j, const Sum& sum) const;
  NumberParse LeadingPoint(int i) const;
  bool ComparativeUse(int next) const;
  // True if the multiplier at tokens[j] is a size of change by the degree
  // word before it ("more than double", "roughly triple within").
  bool DegreeOfChange(int j) const;
  // True if "twice"/"thrice" at tokens[j] counts occasions in a rate ("twice
  // a day").
  bool Occasions(int j) const;
  // True if a change verb's particle at tokens[next] makes a phrasal verb
  // ("doubled down", "doubled up", "doubled over in pain"); "over" before a
  // period ("doubled over the past two years") is a preposition of time.
  bool PhrasalParticle(int next) const;
  bool CountedParts(int j, bool improper) const;
  bool JoinedModifier(int j) const;
  NumberParse Article(int i) const;
  void FractionOfScale(NumberParse* r) const;
  bool OrdinalUse(int next) const;
  // True if the word tokens[i] is spelled as an ordinal ("third", "fifth"),
  // not "half" or "quarter".
  bool EquativeAfter(int i) const;
  bool OrdinalSpelling(int i) const;
  bool IsSingularFraction(int i) const;
  NumberParse BareFraction(int i, const lexicon::NumberWordEntry& w) const;
  // True if the "half" at tokens[i] is a share of what follows it ("half of
  // voters", "half the country", "half that", "half its size", "half as
  // many"): a figure of its own, no unit needed.
  bool HalfShare(int i) const;
  // True if the "half" at tokens[i] is the size of a change after "by", its
  // phrase ending there ("cut the fee by half", "fell by half in 2024"); not
  // "by half a point" (a measure).
  bool ByHalf(int i) const;

  // True if "half" at tokens[i] follows "worth" and "a"/"an" and a word that
  // is no unit, currency or number word: a value put in a share of one
  // counted thing ("worth half a bag", "worth half a loaf").
  bool WorthHalfOf(int i) const;
  // True if "half" at tokens[i] comes before a noun of a price, maybe joined
  // by a hyphen ("travel for half price", "half fare", "half-price
  // tickets"): a share of the full price.
  bool HalfPrice(int i) const;
  NumberParse Vague(int i) const;
};

}  // namespace figure_internal
}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_EXTRACT_NUMBER_WORDS_PARSER_H_
