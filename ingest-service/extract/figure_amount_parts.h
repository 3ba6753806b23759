#ifndef FACTWIRE_INGEST_SERVICE_EXTRACT_FIGURE_AMOUNT_PARTS_H_
#define FACTWIRE_INGEST_SERVICE_EXTRACT_FIGURE_AMOUNT_PARTS_H_

#include "ingest-service/extract/figure_amount.h"
#include "ingest-service/extract/figure_token_view.h"

namespace factwire {
namespace figure_internal {

// The steps of ParseAmount() after the number. Each looks at the tokens from
// amount->end and, when they continue the amount, extends it (end, value,
// unit).
class AmountParts : public TokenView {
 public:
  using TokenView::TokenView;

  // "2,000.45±0.01", "9.83e-3 +/- 1e-5": the tolerance joins the figure text.
  void Tolerance(Amount* a) const;

  // "millions of dollars": a vague sum of money.
  void VagueMoney(Amount* a) const;

  // "8-year-old", "8 years old", "8 years of age".
  void Age(Amount* a) const;

  // "Jerome Arthur, 98, of Mamaroneck", "aged 8", "ages 18-34".
  void AppositiveAge(Amount* a) const;

  // "three times", "3-fold", "twice", and ratios "one in five".
  void Times(Amount* a) const;

  // "7 feet and 10 inches": summed in the smallest unit (metric when mixed).
  // A length of time too when its parts stand side by side, falling and each
  // less than one of the unit before ("2 hours 40 minutes", "3 hrs 20
  // mins"); joined by "and" or a comma they stay apart ("21 years and six
  // months", "3 years, 2 months"), and so does "6 years 18 months".
  void CompositeMeasure(Amount* a) const;

  // "$20 and 43c", "20 dollars 43 cents", "3 GBP and one".
  void CompositeMoney(Amount* a) const;

  // "forty-five (45)", "45 (forty five)": the bracketed repeat joins the
  // figure.
  void ParenDuplicate(Amount* a) const;

  // "10 l/km", "$350 per kg", "$80 a barrel", "2 kb per second": a rate. A
  // period after money or an amount of stuff ("$15/hour", "10 tons a year")
  // stays out: it is the figure's time scope. Length per time becomes the
  // matching speed unit ("km/hr").
  void PerUnit(Amount* a) const;

  // "revenue is ($99.99)": an accounting negative, brackets included.
  void AccountingNegative(Amount* a) const;

  // "it costs a quarter", "paid four quarters": 25-cent coins, only where the
  // sentence speaks of money or says nothing else (elsewhere a quarter is a
  // fraction).
  void CoinQuarters(Amount* a) const;
  // True if "by" stands before tokens[first], maybe across a prefix
  // qualifier ("cut by more than a quarter"): the size of a change, a
  // fraction, not a coin.
  bool ChangeSize(int first) const;

  // True if tokens[k] open the denominator of a price ("per kWh", "a litre",
  // "/kg", "a month").
  bool MoneyRateAt(int k) const;

  // True if the sentence speaks of paying or prices ("cost", "paid", "£").
  bool MoneyContext() const;

  // True if the sentence speaks of weight ("weighed", "heavy").
  bool MassContext() const;

 private:
  void InRatio(Amount* a) const;
  // True if `a`, a bare whole number, is a person's age given by "he/she/I/who"
  // or a person noun and "is/was/am" before it, maybe with an adverb of degree
  // between, and nothing counted after it ("He is 71.", "The victim was 34.",
  // "she's only 16").
  bool PersonPredicateAge(const Amount& a) const;
  // True if tokens[k] is a noun of a person that an age may follow set off
  // by commas (lexicon::IsAgedPersonNoun) after an article or a possessive
  // ("Her son, 22, did not vote", "the driver, 41,"); not a bare noun in a
  // list ("a man, 3 boys").
  bool PersonNounBefore(int k) const;
  // True if tokens[k] is a plural noun of persons (lexicon::
  // IsAgedPersonPlural) after a count ("Two men", "three teenagers"), whose
  // ages a list set off by commas may give ("Two men, 22 and 25, were").
  bool CountedPersonsBefore(int k) const;
  // True if tokens[k] is "and" or a comma with a number in digits after it:
  // the amount before it opens a list ("22 and 25", "19, 20 and 23").
  bool ListedNumberAfter(int k) const;
  // True if the list that ListedNumberAfter(k) opens runs on in whole
  // numbers after "and" or commas, closes with a comma and a lowercase word
  // (the clause goes on: "22 and 25, were"), and `first` and every listed
  // number is an age the persons `plural` names may have
  // (lexicon::IsPlausibleListedAge). Not "1 and 2 in the rankings, meet".
  bool ClosedAgeListAfter(int k, absl::string_view plural,
                          double first) const;
  // True if tokens[k] is the point closing a name's suffix glued to it:
  // "Jr.", "Sr." ("John Smith Jr., 56").
  bool AbbreviatedNameEnd(int k) const;
  // True if tokens[v] is "is/was/am" after "he/she/I/who" or a person noun,
  // or a contraction of them ("she's", "I'm").
  bool PersonIs(int v) const;
  void SetYearsOfAge(Amount* a) const;
  // True if `a` is named as a band of ages: "age group/band/bracket" after it
  // or after the other end of its range ("the 18-34 age group", "the 65-plus
  // age bracket"), or ending the words before "is/was" ahead of it ("the age
  // group was 31", "the largest age group among them was 31").
  bool InAgeBand(const Amount& a) const;
  // True if `a` is the number an age noun is said to be: "age", then
  // "of"/"in"/"among" or the "is/was" ahead of `a` (an adverb of degree may
  // follow it), among the six words before ("the average age of producers
  // was now 56", "the median age in the town is 41", "the retirement age is
  // 67"), the age noun heading its phrase (AgeNounHeads) and nothing counted
  // after `a` (NothingCountedAfter: not "was 26 goals").
  bool AgeNounIs(const Amount& a) const;
  // True if the age noun at tokens[k] heads its noun phrase: no preposition
  // (lexicon::IsAgeNounLink) among the two words before it, which would make
  // it a modifier of another noun ("pupils of school age", "men of working
  // age").
  bool AgeNounHeads(int k) const;
  // True if nothing counted follows `a`: the end of the sentence, a ".", ","
  // or ";", or a word opening another phrase (lexicon::IsAfterAgeWord:
  // "when", "and", "for"), as after an age ("She was 34 when ...").
  bool NothingCountedAfter(const Amount& a) const;
  // The token after the range tail at tokens[k] ("-34", " to 40", "-plus"),
  // or k when none is there.
  int PastRangeTail(int k) const;
  bool RateDenominator(const Amount& a, int k, int* after,
                       const lexicon::UnitEntry** unit) const;
  const lexicon::UnitEntry* SpeedUnit(double factor) const;
  bool AnyWord(absl::Span<const char* const> words) const;
  static bool Better(const lexicon::UnitEntry* candidate,
                     const lexicon::UnitEntry* current, bool mixed);
};

}  // namespace figure_internal
}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_EXTRACT_FIGURE_AMOUNT_PARTS_H_
