#include "ingest-service/extract/figures.h"

#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "gtest/gtest.h"
#include "ingest-service/extract/figure_lexicon.h"
#include "ingest-service/extract/lexicon/lexicon.h"
#include "ingest-service/extract/tokens.h"
#include "tests/ingest-service/extract/figure_test_support.h"

namespace factwire {
namespace {

using figure_test::Find;
using figure_test::Texts;
using v1::Figure;

// The one figure in `text`; fails the test when there is not exactly one.
Figure One(const std::string& text) {
  const std::vector<Figure> figures = Find(text);
  EXPECT_EQ(figures.size(), 1u) << text;
  return figures.empty() ? Figure() : figures[0];
}


TEST(FindFiguresTest, DigitsWithSeparatorsAndDecimals) {
  const Figure f = One("Officials counted 12,450 ballots on Tuesday.");
  EXPECT_EQ(f.text(), "12,450");
  EXPECT_DOUBLE_EQ(f.value(), 12450);
  EXPECT_EQ(f.dimension(), v1::DIMENSION_COUNT);
  EXPECT_EQ(f.unit(), "");
  EXPECT_EQ(f.qualifier(), v1::QUALIFIER_EXACT);
  EXPECT_EQ(f.span().begin(), 18);
  EXPECT_EQ(f.span().end(), 24);
  EXPECT_DOUBLE_EQ(One("The index rose to 3.75 points.").value(), 3.75);
}

TEST(FindFiguresTest, SpansAreOffsetsIntoTheWholeText) {
  const std::string text = "First sentence. The port handled 40 ships.";
  v1::TextSpan sentence;
  sentence.set_begin(16);
  sentence.set_end(static_cast<int>(text.size()));
  const std::vector<Figure> figures = FindFigures(text, sentence);
  ASSERT_EQ(figures.size(), 1u);
  EXPECT_EQ(text.substr(figures[0].span().begin(),
                        figures[0].span().end() - figures[0].span().begin()),
            "40");
}

TEST(FindFiguresTest, AppendingKeepsEarlierFiguresAndAddsTheSameOnes) {
  const std::string text =
      "The port handled 40 ships. Last year it moved 1.2 million tonnes in 30 days.";
  v1::TextSpan first, second;
  first.set_begin(0);
  first.set_end(26);
  second.set_begin(27);
  second.set_end(static_cast<int>(text.size()));
  std::vector<Figure> gathered;
  FindFigures(text, first, &gathered);
  ASSERT_EQ(gathered.size(), 1u);
  FindFigures(text, second, &gathered);
  const std::vector<Figure> alone = FindFigures(text, second);
  ASSERT_EQ(alone.size(), 2u);
  ASSERT_EQ(gathered.size(), 3u);
  EXPECT_EQ(gathered[0].text(), "40");
  for (size_t i = 0; i < alone.size(); ++i) {
    EXPECT_EQ(gathered[1 + i].SerializeAsString(), alone[i].SerializeAsString());
  }
  EXPECT_EQ(gathered[1].subject(), alone[0].subject());
}

TEST(FindFiguresTest, CountedWritingReusesEntriesPastTheCountAsIfFresh) {
  const std::string text =
      "Some 300 people, nearly 45% of them, paid $1.2 million. It took 30 days.";
  v1::TextSpan first, second;
  first.set_begin(0);
  first.set_end(55);
  second.set_begin(56);
  second.set_end(static_cast<int>(text.size()));
  // Entries left by an earlier document: every field set, more than needed.
  std::vector<Figure> kept = FindFigures(text, first);
  ASSERT_EQ(kept.size(), 3u);
  size_t count = 0;
  FindFigures(text, second, &kept, &count);
  ASSERT_EQ(count, 1u);
  EXPECT_EQ(kept.size(), 3u);  // no growth while entries are left
  const std::vector<Figure> alone = FindFigures(text, second);
  ASSERT_EQ(alone.size(), 1u);
  EXPECT_EQ(kept[0].SerializeAsString(), alone[0].SerializeAsString());
  // Writing past the entries grows the vector; the earlier entry stays.
  FindFigures(text, first, &kept, &count);
  FindFigures(text, first, &kept, &count);
  ASSERT_EQ(count, 7u);
  EXPECT_EQ(kept.size(), 7u);
  EXPECT_EQ(kept[0].SerializeAsString(), alone[0].SerializeAsString());
  const std::vector<Figure> firsts = FindFigures(text, first);
  for (size_t i = 0; i < firsts.size(); ++i) {
    EXPECT_EQ(kept[1 + i].SerializeAsString(), firsts[i].SerializeAsString());
    EXPECT_EQ(kept[4 + i].SerializeAsString(), firsts[i].SerializeAsString());
  }
}

// MayHoldFigures() over all the tokens of `text` read as one sentence, checked
// against FindFigures(): false only where it finds nothing.
bool MayHold(const std::string& text) {
  absl::StatusOr<Lexicon> lexicon = Lexicon::Build();
  EXPECT_TRUE(lexicon.ok());
  const std::vector<Token> tokens =
      Tokenize(text, {{0, static_cast<int>(text.size())}}, *lexicon);
  const bool may = MayHoldFigures(text, tokens, 0, static_cast<int>(tokens.size()));
  if (!may) {
    EXPECT_TRUE(Find(text).empty()) << text;
  }
  return may;
}

TEST(FindFiguresTest, MayHoldFiguresRulesOutSentencesWithoutAmounts) {
  EXPECT_FALSE(MayHold("The committee met on Tuesday in a hurry."));
  EXPECT_FALSE(MayHold("The mayor's office didn't say."));
  EXPECT_FALSE(MayHold("\xE2\x80\x9CWe are ready,\xE2\x80\x9D she said \xE2\x80\x94 again."));
  EXPECT_FALSE(MayHold("An official said a deal was near."));
  EXPECT_TRUE(MayHold("It took 12 days."));
  EXPECT_TRUE(MayHold("Twenty people came."));
  EXPECT_TRUE(MayHold("Twenty-one people came."));
  EXPECT_TRUE(MayHold("It lasted a couple of days."));
  EXPECT_TRUE(MayHold("The shelter is a mile away."));
  EXPECT_TRUE(MayHold("A dollar buys less."));
  EXPECT_TRUE(MayHold("Add \xC2\xBE of the flour."));
  EXPECT_TRUE(MayHold("It costs a $ more."));
  EXPECT_TRUE(MayHold("Mr. Smith saw a few."));
  EXPECT_TRUE(MayHold("The COVID19 wave passed."));
}

TEST(FindFiguresTest, MayHoldFiguresReadsJoinedWords) {
  // Abbreviations, hyphens and curly apostrophes with no count word inside.
  EXPECT_FALSE(MayHold("Sen. Lee wasn\xE2\x80\x99t at the long-awaited hearing."));
  EXPECT_FALSE(MayHold("The self-described moderate met Mr. Ortiz in the U.K."));
  EXPECT_FALSE(MayHold("The mayor\xE2\x80\x99s re-election team didn\xE2\x80\x99t say."));
  // A count word, "a" or "an", a digit or an unread byte inside keeps it.
  EXPECT_TRUE(MayHold("The one-off payment went ahead."));
  EXPECT_TRUE(MayHold("The pay-a-dollar scheme ended."));
  EXPECT_TRUE(MayHold("A half-dozen boats left."));
  EXPECT_TRUE(MayHold("The F-35 program grew."));
  EXPECT_TRUE(MayHold("Jos\xC3\xA9 Ruiz spoke."));
  EXPECT_TRUE(MayHold("Prices rose by a third-quarter high."));
  EXPECT_TRUE(MayHold("It was a so-called deal."));  // after "a": not read
}

// MayHoldFigures() reads a word's AmountFlag bits off its token: every word of
// the figure lexicon that opens an amount, or is a unit or a currency after "a",
// must carry them in the main lexicon, in any case.
TEST(FindFiguresTest, LexiconCarriesEveryAmountWordOfTheFigureLexicon) {
  absl::StatusOr<Lexicon> lexicon = Lexicon::Build();
  ASSERT_TRUE(lexicon.ok());
  using figure_internal::kRoleCountNoun;
  using figure_internal::kRoleCurrency;
  using figure_internal::kRoleNumberWord;
  using figure_internal::kRoleUnit;
  int count_words = 0, units = 0;
  figure_internal::GetFigureLexicon().roles.ForEach([&](absl::string_view word, uint32_t roles) {
    const bool count = (roles & (kRoleNumberWord | kRoleCountNoun)) != 0;
    const bool unit = (roles & (kRoleUnit | kRoleCurrency)) != 0;
    count_words += count;
    units += unit;
    for (const std::string& w : {std::string(word), absl::AsciiStrToUpper(word)}) {
      const Lexicon::Entry e = lexicon->Find(w);
      EXPECT_EQ((e.amount & kAmountCountWord) != 0, count) << w;
      EXPECT_EQ((e.amount & kAmountUnit) != 0, unit) << w;
    }
  });
  EXPECT_GT(count_words, 20);
  EXPECT_GT(units, 20);
  // Tokenize() copies the bits onto the words it reads.
  const std::string text = "Seven MILES, the Dollar";
  const std::vector<Token> tokens =
      Tokenize(text, {{0, static_cast<int>(text.size())}}, *lexicon);
  ASSERT_EQ(tokens.size(), 5u);
  EXPECT_EQ(tokens[0].amount, kAmountCountWord);
  EXPECT_EQ(tokens[1].amount & kAmountUnit, kAmountUnit);
  EXPECT_EQ(tokens[3].amount, 0);
  EXPECT_EQ(tokens[4].amount & kAmountUnit, kAmountUnit);
  // Numbers, and only they, are marked kAmountNumber.
  const std::string numbers = "In 2024, 1,500 of 3.5 were No. 7 a.m.";
  const std::vector<Token> read =
      Tokenize(numbers, {{0, static_cast<int>(numbers.size())}}, *lexicon);
  for (const Token& t : read) {
    EXPECT_EQ((t.amount & kAmountNumber) != 0, t.kind == TokenKind::kNumber)
        << numbers.substr(t.begin, t.end - t.begin);
  }
}

TEST(FindFiguresTest, MayHoldFiguresReadsPossessivesWhole) {
  // "dozen's" is no count word as the figure tokens read it: the sentence is
  // looked at as before the flags.
  EXPECT_FALSE(MayHold("The mayor's team met the council's staff."));
  EXPECT_TRUE(MayHold("The seven met."));
  EXPECT_TRUE(MayHold("The shelter is a kilometre away."));
}

TEST(FindFiguresTest, NumberWordsAndCompounds) {
  EXPECT_DOUBLE_EQ(One("They hired ninety five nurses.").value(), 95);
  EXPECT_DOUBLE_EQ(One("They hired twenty-one nurses.").value(), 21);
  EXPECT_DOUBLE_EQ(One("Ten thousand fans came.").value(), 10000);
  EXPECT_DOUBLE_EQ(One("We need a hundred and two chairs.").value(), 102);
  EXPECT_DOUBLE_EQ(One("She bought a dozen lamps.").value(), 12);
  EXPECT_DOUBLE_EQ(One("Two dozen boats left.").value(), 24);
  EXPECT_DOUBLE_EQ(
      One("It cost seven hundred twenty-one thousand and twelve pesos.")
          .value(),
      721012);
}

TEST(FindFiguresTest, ScaleWordsAndSuffixes) {
  EXPECT_DOUBLE_EQ(One("The city has 1.5 million residents.").value(), 1.5e6);
  EXPECT_DOUBLE_EQ(One("The city has 1.5m residents.").value(), 1.5e6);
  const Figure bn = One("The deal was worth $2.4bn in the end.");
  EXPECT_DOUBLE_EQ(bn.value(), 2.4e9);
  EXPECT_EQ(bn.unit(), "USD");
  EXPECT_DOUBLE_EQ(One("The club paid £750m for the site.").value(), 7.5e8);
  EXPECT_DOUBLE_EQ(One("Streams passed 40k by noon.").value(), 40000);
  EXPECT_DOUBLE_EQ(One("The mayor announced 5 thousand new homes.").value(),
                   5000);
}

TEST(FindFiguresTest, Currencies) {
  const Figure usd = One("The grant totals $1.3 billion for rural clinics.");
  EXPECT_EQ(usd.text(), "$1.3 billion");
  EXPECT_DOUBLE_EQ(usd.value(), 1.3e9);
  EXPECT_EQ(usd.dimension(), v1::DIMENSION_CURRENCY);
  EXPECT_EQ(usd.unit(), "USD");
  EXPECT_EQ(One("Tickets cost C$45 each.").unit(), "CAD");
  EXPECT_EQ(One("Tickets cost US$45 each.").unit(), "USD");
  EXPECT_EQ(One("Tickets cost A$45 each.").unit(), "AUD");
  EXPECT_EQ(One("Tickets cost CDN$45 each.").unit(), "CAD");
  EXPECT_EQ(One("Tickets cost \xE2\x82\xAC"
                "45 each.")
                .unit(),
            "EUR");
  EXPECT_EQ(One("Tickets cost \xC2\xA3"
                "45 each.")
                .unit(),
            "GBP");
  EXPECT_EQ(One("Tickets cost \xC2\xA5"
                "4500 each.")
                .unit(),
            "JPY");
  EXPECT_EQ(One("Tickets cost EUR 45 each.").unit(), "EUR");
  EXPECT_EQ(One("Tickets cost Rs. 45 each.").unit(), "INR");
  EXPECT_EQ(One("Fines reached 300 euros last month.").unit(), "EUR");
  EXPECT_EQ(One("Fines reached 300 Canadian dollars last month.").unit(),
            "CAD");
  const Figure pence = One("A stamp rose by 20 pence.");
  EXPECT_EQ(pence.unit(), "penny");
  EXPECT_EQ(pence.dimension(), v1::DIMENSION_CURRENCY);
  EXPECT_DOUBLE_EQ(One("Lunch was $12 and 50 cents.").value(), 12.5);
}

TEST(FindFiguresTest, MassUnitsKeepTonAndTonneApart) {
  const Figure ton = One("Agents seized 3 tons of cocaine.");
  EXPECT_EQ(ton.unit(), "ton");
  EXPECT_EQ(ton.dimension(), v1::DIMENSION_MASS);
  EXPECT_NEAR(ton.normalized_value(), 2721.55422, 1e-3);
  EXPECT_EQ(ton.normalized_unit(), "kg");
  const Figure tonne = One("Agents seized 3 tonnes of cocaine.");
  EXPECT_EQ(tonne.unit(), "tonne");
  EXPECT_DOUBLE_EQ(tonne.normalized_value(), 3000);
  EXPECT_EQ(One("Agents seized 12 kg of cocaine.").unit(), "kg");
  EXPECT_EQ(One("Agents seized 12kg of cocaine.").unit(), "kg");
  EXPECT_EQ(One("The parcel weighed 4 lbs.").unit(), "lb");
}

TEST(FindFiguresTest, LengthAreaVolumeTimeSpeedTemperature) {
  EXPECT_EQ(One("The fence runs 40 miles.").unit(), "mi");
  EXPECT_EQ(One("The fence runs 40 km.").unit(), "km");
  const Figure area = One("Fire burned 2,300 square kilometres of forest.");
  EXPECT_EQ(area.dimension(), v1::DIMENSION_AREA);
  EXPECT_DOUBLE_EQ(area.normalized_value(), 2.3e9);
  EXPECT_EQ(One("The lake covers 12 km2 today.").dimension(),
            v1::DIMENSION_AREA);
  const Figure volume = One("The tanker spilled 500 litres of oil.");
  EXPECT_EQ(volume.dimension(), v1::DIMENSION_VOLUME);
  EXPECT_EQ(volume.unit(), "l");
  // An acre-foot is water one foot deep over an acre: a volume, not an area.
  for (const char* text : {"Arizona will lose 592,000 acre-feet next year.",
                           "The deal leaves 1 acre-foot in the lake.",
                           "Flows averaged 12.4 million acre feet."}) {
    const Figure water = One(text);
    EXPECT_EQ(water.dimension(), v1::DIMENSION_VOLUME) << text;
    EXPECT_EQ(water.unit(), "acre-ft") << text;
  }
  EXPECT_NEAR(One("It holds 2 acre-feet.").normalized_value(), 2466963.675,
              0.01);
  const Figure time = One("The strike lasted 14 days.");
  EXPECT_EQ(time.dimension(), v1::DIMENSION_DURATION);
  EXPECT_EQ(time.unit(), "day");
  EXPECT_EQ(One("Winds reached 120 km/h overnight.").dimension(),
            v1::DIMENSION_SPEED);
  EXPECT_EQ(One("Winds reached 75 mph overnight.").unit(), "mile per hour");
  const Figure temp = One("It hit 41 degrees Celsius in the shade.");
  EXPECT_EQ(temp.dimension(), v1::DIMENSION_TEMPERATURE);
  EXPECT_EQ(temp.unit(), "celsius");
  EXPECT_NEAR(One("It hit 100 \xC2\xB0"
                  "F at noon.")
                  .normalized_value(),
              37.7778, 1e-3);
}

TEST(FindFiguresTest, Percentages) {
  EXPECT_EQ(One("Turnout was 64% in the north.").unit(), "percent");
  EXPECT_EQ(One("Turnout was 64 per cent in the north.").unit(), "percent");
  EXPECT_EQ(One("Turnout was 64 percent in the north.").dimension(),
            v1::DIMENSION_PERCENT);
  EXPECT_EQ(One("Rates rose 2 percentage points.").unit(), "percentage point");
}

TEST(FindFiguresTest, Qualifiers) {
  struct Case {
    const char* text;
    const char* figure;
    v1::Qualifier qualifier;
  };
  const Case cases[] = {
      {"They found approximately 7,000 files.", "approximately 7,000",
       v1::QUALIFIER_APPROXIMATE},
      {"They found about 30 files.", "about 30", v1::QUALIFIER_APPROXIMATE},
      {"They found some 300 files.", "some 300", v1::QUALIFIER_APPROXIMATE},
      {"They found nearly 30 files.", "nearly 30", v1::QUALIFIER_APPROXIMATE},
      {"They moved over two tons of grain.", "over two tons",
       v1::QUALIFIER_MORE_THAN},
      {"They found more than 30 files.", "more than 30",
       v1::QUALIFIER_MORE_THAN},
      {"They found at least 30 files.", "at least 30", v1::QUALIFIER_AT_LEAST},
      {"They moved less than 8 kilograms of grain.", "less than 8 kilograms",
       v1::QUALIFIER_LESS_THAN},
      {"They found fewer than 30 files.", "fewer than 30",
       v1::QUALIFIER_LESS_THAN},
      {"Children under 5 ride free.", "under 5", v1::QUALIFIER_LESS_THAN},
      {"They could fine up to $500 per day.", "up to $500",
       v1::QUALIFIER_AT_MOST},
      {"They found 30 or more files.", "30 or more", v1::QUALIFIER_AT_LEAST},
  };
  for (const Case& c : cases) {
    const Figure f = One(c.text);
    EXPECT_EQ(f.text(), c.figure) << c.text;
    EXPECT_EQ(f.qualifier(), c.qualifier) << c.text;
  }
}

TEST(FindFiguresTest, Ranges) {
  const Figure between = One("Each crate holds between 5 and 10 kilograms.");
  EXPECT_EQ(between.text(), "between 5 and 10 kilograms");
  EXPECT_EQ(between.qualifier(), v1::QUALIFIER_RANGE);
  EXPECT_DOUBLE_EQ(between.value(), 5);
  EXPECT_DOUBLE_EQ(between.value_max(), 10);
  EXPECT_EQ(between.unit(), "kg");
  const Figure loose = One("Patients got between 44 mg to 50 mg daily.");
  EXPECT_EQ(loose.qualifier(), v1::QUALIFIER_RANGE);
  EXPECT_DOUBLE_EQ(loose.value_max(), 50);
  const Figure dash = One("Expect 20-30 arrests.");
  EXPECT_DOUBLE_EQ(dash.value(), 20);
  EXPECT_DOUBLE_EQ(dash.value_max(), 30);
  const Figure scaled = One("Costs run 5 to 10 million dollars.");
  EXPECT_DOUBLE_EQ(scaled.value(), 5e6);
  EXPECT_DOUBLE_EQ(scaled.value_max(), 1e7);
  EXPECT_EQ(scaled.unit(), "USD");
}

TEST(FindFiguresTest, FractionsAgesMultipliers) {
  const Figure third = One("A third of voters stayed home.");
  EXPECT_NEAR(third.value(), 1.0 / 3, 1e-9);
  EXPECT_EQ(third.dimension(), v1::DIMENSION_RATIO);
  EXPECT_NEAR(One("Two thirds of voters stayed home.").value(), 2.0 / 3, 1e-9);
  const Figure half = One("More than half of nurses quit.");
  EXPECT_EQ(half.text(), "More than half");
  EXPECT_DOUBLE_EQ(half.value(), 0.5);
  EXPECT_EQ(half.subject(), "nurses");
  EXPECT_TRUE(Find("Sales fell in the second half of the year.").empty());
  EXPECT_DOUBLE_EQ(One("The pipe is 2 1/2 inches wide.").value(), 2.5);
  const Figure age = One("An 8-year-old boy was rescued.");
  EXPECT_EQ(age.text(), "8-year-old");
  EXPECT_EQ(age.dimension(), v1::DIMENSION_AGE);
  EXPECT_EQ(age.unit(), "year");
  EXPECT_DOUBLE_EQ(age.value(), 8);
  const Figure times = One("Prices are three times higher.");
  EXPECT_EQ(times.text(), "three times");
  EXPECT_EQ(times.dimension(), v1::DIMENSION_RATIO);
  EXPECT_DOUBLE_EQ(times.value(), 3);
}

TEST(FindFiguresTest, DatesTimesAndYearsAreNotFigures) {
  EXPECT_TRUE(Find("The law passed in 2019.").empty());
  EXPECT_TRUE(Find("Updated: Mar 12, 2024").empty());
  EXPECT_TRUE(Find("It took effect on 12 March 2024.").empty());
  EXPECT_TRUE(Find("The vote is on March 12.").empty());
  EXPECT_TRUE(Find("Doors open at 7 pm sharp.").empty());
  EXPECT_TRUE(Find("Doors open at 7:30 sharp.").empty());
  EXPECT_TRUE(Find("Figures cover 2013-14 only.").empty());
  EXPECT_TRUE(Find("Posted 2016-02-15 by staff.").empty());
  EXPECT_TRUE(Find("The poll ran March 15-17.").empty());
  EXPECT_TRUE(Find("Stamp 1449075600 was logged.").empty());
  EXPECT_TRUE(Find("It was a 1990s trend.").empty());
}

TEST(FindFiguresTest, OrdinalsPhonesAddressesNamesAreNotFigures) {
  EXPECT_TRUE(Find("She finished 3rd in the race.").empty());
  EXPECT_TRUE(Find("Call 555-0199 for details.").empty());
  EXPECT_TRUE(Find("Call (613) 555-0199 for details.").empty());
  EXPECT_TRUE(Find("The office is at 24 Sussex Drive.").empty());
  EXPECT_TRUE(Find("Leaders met at the G7 summit.").empty());
  EXPECT_TRUE(Find("The Covid-19 rules ended.").empty());
  EXPECT_TRUE(Find("He recalled the Apollo 11 landing.").empty());
  EXPECT_TRUE(Find("She bought an iPhone 13 yesterday.").empty());
  EXPECT_TRUE(Find("Airbus's 320 Neo is popular.").empty());
  // A possessive name before the number of a stock index names the index.
  EXPECT_TRUE(Find("Funds lagged the Standard & Poor's 500 index.").empty());
  EXPECT_TRUE(Find("It trailed Standard & Poor's 500-stock index.").empty());
  EXPECT_EQ(Texts("Shoppers at Marks & Spencer's 300 stores paid more."),
            (std::vector<std::string>{"300"}));
  EXPECT_TRUE(Find("She is one of the best.").empty());
  EXPECT_TRUE(Find("No one came.").empty());
}

TEST(FindFiguresTest, SubjectTimeScopeAndPlace) {
  const Figure deaths =
      One("Officials blame the drug for roughly 9,000 "
          "poisoning deaths yearly within "
          "New Zealand alone.");
  EXPECT_EQ(deaths.text(), "roughly 9,000");
  EXPECT_EQ(deaths.subject(), "poisoning deaths");
  EXPECT_EQ(deaths.time_scope(), "yearly");
  EXPECT_EQ(deaths.place(), "New Zealand");
  EXPECT_EQ(One("The state sent 2,000 Highway Patrol officers to the coast.")
                .subject(),
            "Highway Patrol officers sent");
  EXPECT_EQ(One("Police found over two tons of counterfeit watches.").subject(),
            "counterfeit watches");
  EXPECT_EQ(One("The plan sets aside $40 million for rural broadband networks.")
                .subject(),
            "rural broadband networks");
}

TEST(FindFiguresTest, OverBeforeAPeriodIsNotAQualifier) {
  EXPECT_EQ(Texts("The plan costs $9 million over four years."),
            (std::vector<std::string>{"$9 million", "four years"}));
  EXPECT_EQ(One("He led the band for over 30 years.").qualifier(),
            v1::QUALIFIER_MORE_THAN);
}

// "over" before a time after a noun or its object spreads something across
// it, even when a modifier stands before the unit ("over two budget years");
// after a verb whose time is the amount ("lasted", "waited", "served") it
// is a bound, as after "took".
TEST(FindFiguresTest, OverAcrossAPeriodAndOverAfterAVerbOfTime) {
  const std::vector<Figure> spread =
      Find("The ministry is phasing the grants over three budget years.");
  ASSERT_EQ(spread.size(), 1u);
  EXPECT_EQ(spread[0].qualifier(), v1::QUALIFIER_EXACT);
  EXPECT_EQ(One("The board agreed a gradual cut over two seasons.").qualifier(),
            v1::QUALIFIER_EXACT);
  EXPECT_EQ(One("The inquest lasted over three weeks.").qualifier(),
            v1::QUALIFIER_MORE_THAN);
  EXPECT_EQ(One("Families waited over six hours at the border.").qualifier(),
            v1::QUALIFIER_MORE_THAN);
  EXPECT_EQ(One("The repairs took over two years.").qualifier(),
            v1::QUALIFIER_MORE_THAN);
  EXPECT_EQ(One("Over 300 volunteers came.").qualifier(),
            v1::QUALIFIER_MORE_THAN);
  EXPECT_EQ(One("The hearing lasted a little over four hours.").qualifier(),
            v1::QUALIFIER_MORE_THAN);
}

// A count of modified periods after "over" and a verb whose object it is
// ("cost over 400 school days") keeps the bound; after a verb of spreading
// it is a period.
TEST(FindFiguresTest, OverAfterAVerbOfItsAmountStaysABound) {
  EXPECT_EQ(One("The closure cost over 400 school days.").qualifier(),
            v1::QUALIFIER_MORE_THAN);
  EXPECT_EQ(One("Crews recorded over 2 million flight hours.").qualifier(),
            v1::QUALIFIER_MORE_THAN);
  EXPECT_EQ(One("The payments were spread over four tax years.").qualifier(),
            v1::QUALIFIER_EXACT);
}

// A lone "half" is a figure when it is a share of what follows ("half
// that", "half its size") or the size of a change after "by" ending its
// phrase ("cut the levy by half"); not "by half a point".
TEST(FindFiguresTest, HalfOfWhatFollowsAndByHalfAreRatios) {
  EXPECT_EQ(Texts("The ministry will cut the levy by half."),
            (std::vector<std::string>{"half"}));
  EXPECT_EQ(One("Bus fares fell by half in 2025.").value(), 0.5);
  EXPECT_EQ(Texts("The vase would fetch half that at auction."),
            (std::vector<std::string>{"half"}));
  EXPECT_EQ(One("The new ward is half its old size.").value(), 0.5);
  for (const Figure& f : Find("Yields rose by half a point.")) {
    EXPECT_NE(f.text(), "half");
  }
}

// "double", "triple" before what they multiply are multipliers as "twice"
// is ("more than double the £4.5m of last year"); "double as a shelter"
// names a role, no figure.
TEST(FindFiguresTest, DoubleBeforeWhatItMultipliesIsAMultiplier) {
  const std::vector<Figure> f =
      Find("Takings were more than double the £3.2m of 2024.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].text(), "more than double");
  EXPECT_EQ(f[0].value(), 2);
  EXPECT_EQ(f[0].qualifier(), v1::QUALIFIER_MORE_THAN);
  EXPECT_EQ(One("Rents are now triple what they were.").value(), 3);
  EXPECT_EQ(Texts("The gym will double as a shelter."),
            std::vector<std::string>{});
  EXPECT_EQ(Texts("It was a double blow for the club."),
            std::vector<std::string>{});
}

TEST(FindFiguresTest, SubjectOfAgesAndCompoundAdjectives) {
  EXPECT_EQ(One("Police said a 19-year-old cyclist was hurt.").subject(),
            "cyclist");
  EXPECT_EQ(One("She won a 10-km race.").subject(), "race");
  EXPECT_EQ(One("Fares range from $3 to $5.").subject(), "Fares");
  const Figure cpi = One("Prices eased to 2.1% in October, the agency said.");
  EXPECT_EQ(cpi.subject(), "Prices");
  EXPECT_EQ(cpi.time_scope(), "in October");
}

TEST(FindFiguresTest, SubjectBeforeAQuantityVerb) {
  EXPECT_EQ(One("The flood toll climbed to 45 on Sunday.").subject(),
            "flood toll");
  EXPECT_EQ(One("Turnout was 64% in the north.").subject(), "Turnout");
  EXPECT_EQ(One("About 90 percent of your parcels arrive late.").subject(),
            "parcels");
}

TEST(FindFiguresTest, TimeScopeOfYearSpans) {
  EXPECT_EQ(One("Exports grew 40% between 2019 and 2023.").time_scope(),
            "between 2019 and 2023");
  EXPECT_EQ(One("The town lost 300 jobs in 2022.").time_scope(), "in 2022");
}

TEST(FindFiguresTest, UnitFigureInheritsParallelSubject) {
  const std::vector<Figure> figures = Find(
      "Rangers caught less than 5 kilograms of ivory at the port over the past "
      "fiscal year, compared to 2 tons from inland routes.");
  ASSERT_EQ(figures.size(), 2u);
  EXPECT_EQ(figures[0].text(), "less than 5 kilograms");
  EXPECT_EQ(figures[0].subject(), "ivory");
  EXPECT_EQ(figures[0].time_scope(), "past fiscal year");
  EXPECT_EQ(figures[1].text(), "2 tons");
  EXPECT_EQ(figures[1].subject(), "ivory");
}

TEST(FindFiguresTest, SeveralFiguresInOrder) {
  EXPECT_EQ(
      Texts("Police seized 40 kg of heroin and $2 million in cash in 2023."),
      (std::vector<std::string>{"40 kg", "$2 million"}));
}

TEST(FindFiguresTest, VagueAmountsAreApproximate) {
  const Figure several = One("Several thousand protesters marched.");
  EXPECT_EQ(several.text(), "Several thousand");
  EXPECT_DOUBLE_EQ(several.value(), 3000);
  EXPECT_EQ(several.qualifier(), v1::QUALIFIER_APPROXIMATE);
  const Figure hundreds = One("Hundreds of families fled the valley.");
  EXPECT_DOUBLE_EQ(hundreds.value(), 100);
  EXPECT_EQ(hundreds.subject(), "families");
  EXPECT_DOUBLE_EQ(One("Tens of thousands of voters waited.").value(), 10000);
  EXPECT_DOUBLE_EQ(One("Half a million voters waited.").value(), 5e5);
}

TEST(FindFiguresTest, RatiosAndAppositiveAges) {
  const Figure ratio = One("Nearly one in five nurses quit.");
  EXPECT_EQ(ratio.text(), "Nearly one in five");
  EXPECT_DOUBLE_EQ(ratio.value(), 0.2);
  EXPECT_EQ(ratio.dimension(), v1::DIMENSION_RATIO);
  EXPECT_TRUE(Find("She is seeking a third term.").empty());
  EXPECT_EQ(One("Voters aged 18 turned out.").dimension(), v1::DIMENSION_AGE);
  const Figure age = One("The founder, Ada Moreau, 71, retired in May.");
  EXPECT_EQ(age.dimension(), v1::DIMENSION_AGE);
  EXPECT_DOUBLE_EQ(age.value(), 71);
}

TEST(FindFiguresTest, NegativeNumbersAndTolerances) {
  EXPECT_DOUBLE_EQ(One("The low was -12 overnight.").value(), -12);
  EXPECT_DOUBLE_EQ(One("The low was minus 12 degrees.").value(), -12);
  EXPECT_DOUBLE_EQ(One("The rod weighs 3.2\xC2\xB1"
                       "0.1 kg in total.")
                       .value(),
                   3.2);
}

TEST(FindFiguresTest, LabelsScoresAndCodesAreNotFigures) {
  EXPECT_TRUE(Find("Read part 2 tomorrow.").empty());
  EXPECT_TRUE(Find("The firm filed for Chapter 11 protection.").empty());
  EXPECT_TRUE(Find("The home side won 3-1 at the weekend.").empty());
  EXPECT_TRUE(Find("The 9/11 commission met.").empty());
  EXPECT_TRUE(
      Find("She called it \"the Gang of Eight\" coalition.").empty() ||
      Find("She called it \"the Gang of Eight\" coalition.")[0].unit().empty());
  EXPECT_TRUE(Find("Post 746104714429927424 was deleted.").empty());
  EXPECT_TRUE(Find("Carriers rolled out 5G in rural areas.").empty());
  EXPECT_TRUE(Find("The printer makes 3D parts.").empty());
  EXPECT_EQ(Texts("1. Budgets rose 4%."), (std::vector<std::string>{"4%"}));
  EXPECT_EQ(One("The shelf is 9\" deep.").unit(), "in");
}

TEST(FindFiguresTest, ArticleBeforeAUnit) {
  EXPECT_EQ(One("Add a kilogram of rice.").text(), "a kilogram");
  EXPECT_DOUBLE_EQ(One("Add a kilogram of rice.").value(), 1);
  EXPECT_EQ(One("The camp is a mile away.").unit(), "mi");
  EXPECT_TRUE(Find("The dog sat in a yard.").empty());
  EXPECT_DOUBLE_EQ(One("He stayed a year and a half.").value(), 1.5);
  EXPECT_EQ(One("It is as high as three-quarters in Ohio.").unit(), "");
  EXPECT_TRUE(Find("Crews installed a meter.").empty());
}

TEST(FindFiguresTest, SharedUnitAcrossAnd) {
  const std::vector<Figure> figures = Find("Doses of 45 and 50 mg were given.");
  ASSERT_EQ(figures.size(), 2u);
  EXPECT_EQ(figures[0].unit(), "mg");
  EXPECT_EQ(figures[0].text(), "45");
  EXPECT_EQ(figures[1].unit(), "mg");
}

TEST(FindFiguresTest, CompositeMeasuresUseTheSmallerUnit) {
  const Figure f = One("The player is 6 feet 2 inches tall.");
  EXPECT_EQ(f.text(), "6 feet 2 inches");
  EXPECT_DOUBLE_EQ(f.value(), 74);
  EXPECT_EQ(f.unit(), "in");
}

TEST(FindFiguresTest, SpokenNumbers) {
  const Figure point = One("The jobless rate is point 77 above forecast.");
  EXPECT_EQ(point.text(), "point 77");
  EXPECT_DOUBLE_EQ(point.value(), 0.77);
  EXPECT_DOUBLE_EQ(One("Inflation fell to point five percent.").value(), 0.5);
  EXPECT_DOUBLE_EQ(One("At this point 200 people have left.").value(), 200);
  const Figure flight = One("The caller read out one twenty two twice.");
  EXPECT_EQ(flight.text(), "one twenty two");
  EXPECT_DOUBLE_EQ(flight.value(), 122);
  EXPECT_EQ(Texts("Three twenty-year-olds were hurt."),
            (std::vector<std::string>{"Three", "twenty-year-olds"}));
  EXPECT_DOUBLE_EQ(One("The ferry carried one ton of mail.").value(), 1);
  EXPECT_DOUBLE_EQ(One("The bakery sold a gross of rolls.").value(), 144);
  const std::vector<Figure> shut =
      Find("Three-quarters of schools and a half-dozen clinics closed.");
  ASSERT_EQ(shut.size(), 2u);
  EXPECT_EQ(shut[1].text(), "a half-dozen");
  EXPECT_DOUBLE_EQ(shut[1].value(), 6);
  EXPECT_DOUBLE_EQ(One("A half-million people live there.").value(), 5e5);
  EXPECT_TRUE(Find("The club sits in the top 10 again.").empty());
}

TEST(FindFiguresTest, MultiplierVerbs) {
  const Figure doubled = One("Rents doubled across the county.");
  EXPECT_EQ(doubled.text(), "doubled");
  EXPECT_DOUBLE_EQ(doubled.value(), 2);
  EXPECT_EQ(doubled.dimension(), v1::DIMENSION_RATIO);
  EXPECT_EQ(doubled.subject(), "Rents");
  EXPECT_DOUBLE_EQ(One("Fares have tripled since the merger.").value(), 3);
  EXPECT_DOUBLE_EQ(One("The agency halved its staff.").value(), 0.5);
  EXPECT_TRUE(Find("The senator doubled down on Friday.").empty());
}

// "over" after a change verb opens the span the change took when a
// determiner or a number follows it; otherwise the verb is the phrasal
// "double over" (bend in pain). The plain form "halve" is a multiplier too.
TEST(FindFiguresTest, MultiplierVerbsBeforeASpanOfTimeAndHalve) {
  std::vector<Figure> f =
      Find("Water bills have doubled over the past three years.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].text(), "doubled");
  EXPECT_EQ(f[0].subject(), "Water bills");
  EXPECT_EQ(One("Bus use halved over a decade.").text(), "halved");
  EXPECT_TRUE(Find("The runner doubled over in pain.").empty());
  EXPECT_TRUE(Find("She doubled over, gasping.").empty());
  const Figure halve = One("The council wants to halve its waiting lists.");
  EXPECT_EQ(halve.text(), "halve");
  EXPECT_DOUBLE_EQ(halve.value(), 0.5);
  EXPECT_EQ(halve.dimension(), v1::DIMENSION_RATIO);
}

// A length joined to its number by a hyphen is an adjective: after "the"
// with no noun after it, it names a thing (the curling house's "four-foot"
// ring), not a measure; with its noun it stays a figure.
TEST(FindFiguresTest, AHyphenedLengthUsedAsANounIsNoFigure) {
  EXPECT_TRUE(Find("Her second stone curled into the eight-foot.").empty());
  EXPECT_TRUE(Find("His guard sat just outside the twelve-foot, short.")
                  .empty());
  EXPECT_EQ(One("She won the 400-metre final easily.").text(), "400-metre");
  EXPECT_EQ(One("Crews closed the 30-metre gap.").text(), "30-metre");
  EXPECT_EQ(One("Police questioned the 34-year-old.").text(), "34-year-old");
}

// Only a length in feet names a curling ring after "the": a race in metres
// named without its noun is still a figure.
TEST(FindFiguresTest, AHyphenedLengthInMetresAfterTheStaysAFigure) {
  EXPECT_EQ(One("He won the 400-metre.").text(), "400-metre");
  EXPECT_EQ(One("She was fourth in the 1500-metre, behind Kipyegon.").text(),
            "1500-metre");
  EXPECT_TRUE(Find("The shot stopped short of the four-foot.").empty());
}

// A bare number dialled ("call 999") or naming a phone service or a route by
// a singular noun after "the" ("the 311 hotline", "the 38 bus") counts
// nothing; a plural noun after it is counted ("the 40 line workers").
TEST(FindFiguresTest, ServiceNumbersAndRoutesAreNotFigures) {
  for (const std::string& s :
       {std::string("Worried parents can call 111 for advice."),
        std::string("Dial 000 if the fire spreads."),
        std::string("Tenants may use the 311 hotline to report leaks."),
        std::string("The 811 nurse line answered most callers."),
        std::string("Commuters waited for the 42 bus in the rain.")}) {
    EXPECT_TRUE(Find(s).empty()) << s;
  }
  EXPECT_EQ(One("The 40 line workers walked out.").text(), "40");
  EXPECT_EQ(One("Prosecutors called 30 witnesses.").text(), "30");
  EXPECT_EQ(One("She phoned 12 times.").text(), "12 times");
}

// A verb of calling also takes people: the number after it is dialled only
// when it is short and nothing but urgency, purpose or a mark follows.
TEST(FindFiguresTest, CallVerbsDialOnlyAShortNumberThatEndsThePhrase) {
  EXPECT_TRUE(Find("If in danger, call 999 now.").empty());
  EXPECT_TRUE(Find("Residents should ring 101.").empty());
  EXPECT_EQ(One("Pollsters called 800 randomly selected voters.").text(),
            "800");
  EXPECT_EQ(One("Researchers phoned 600 and asked about their income.")
                .text(),
            "600");
  EXPECT_EQ(One("The charity rang 45 donors last week.").text(), "45");
  EXPECT_TRUE(Find("Staff dialled 112 repeatedly.").empty());
  EXPECT_EQ(One("Volunteers dialled 500 randomly chosen homes.").text(),
            "500");
  EXPECT_EQ(One("Unions said the 40 line staff were laid off.").text(), "40");
}

TEST(FindFiguresTest, RateUnits) {
  const Figure use = One("The prototype uses 12 l/km in town.");
  EXPECT_EQ(use.text(), "12 l/km");
  EXPECT_EQ(use.unit(), "litre per kilometre");
  EXPECT_EQ(use.dimension(), v1::DIMENSION_OTHER);
  EXPECT_DOUBLE_EQ(use.normalized_value(), 0.012);
  EXPECT_EQ(use.normalized_unit(), "l/m");
  const Figure link = One("The rural link delivers 2 kb per second.");
  EXPECT_EQ(link.unit(), "kilobit per second");
  const Figure speed = One("The train reached 90 miles/hour near Leeds.");
  EXPECT_EQ(speed.unit(), "mile per hour");
  EXPECT_EQ(speed.dimension(), v1::DIMENSION_SPEED);
  const Figure dose = One("Patients got 5 mg per kg of body weight.");
  EXPECT_EQ(dose.unit(), "milligram per kilogram");
  // A yield per area is an amount of what is yielded.
  const Figure yield = One("Farms harvested 6.1 tonnes per hectare of rice.");
  EXPECT_EQ(yield.unit(), "tonne per hectare");
  EXPECT_EQ(yield.dimension(), v1::DIMENSION_MASS);
}

TEST(FindFiguresTest, PricesPerUnitAndPerPeriod) {
  const Figure oil = One("Brent traded at $80 a barrel on Monday.");
  EXPECT_EQ(oil.text(), "$80 a barrel");
  EXPECT_EQ(oil.unit(), "USD per barrel");
  EXPECT_EQ(oil.dimension(), v1::DIMENSION_CURRENCY);
  EXPECT_DOUBLE_EQ(oil.value(), 80);
  const Figure metal =
      One("Gallium sold for \xE2\x82\xAC"
          "350 per kg last year.");
  EXPECT_EQ(metal.unit(), "EUR per kilogram");
  const Figure wage = One("Cleaners now earn $15.40/hour in the city.");
  EXPECT_EQ(wage.text(), "$15.40");
  EXPECT_EQ(wage.unit(), "USD");
  EXPECT_EQ(wage.time_scope(), "/hour");
  const Figure hourly = One("The minimum wage rises to $17 an hour.");
  EXPECT_EQ(hourly.unit(), "USD");
  EXPECT_EQ(hourly.time_scope(), "an hour");
  EXPECT_EQ(One("The smelter emits 40 tons a year.").time_scope(), "a year");
}

TEST(FindFiguresTest, KelvinOnlyBesideTemperatures) {
  const std::vector<Figure> figures = Find(
      "The reactor core ran at 300 \xC2\xB0"
      "C, or 573.15K, all week.");
  ASSERT_EQ(figures.size(), 2u);
  EXPECT_EQ(figures[1].unit(), "kelvin");
  EXPECT_DOUBLE_EQ(figures[1].value(), 573.15);
  EXPECT_NEAR(figures[1].normalized_value(), 300, 1e-9);
  EXPECT_DOUBLE_EQ(One("The clip drew 32K views overnight.").value(), 32000);
}

TEST(FindFiguresTest, PicometresAreNotClockTimes) {
  const Figure grid = One("The lattice spacing is 2.1 pm in the new chip.");
  EXPECT_EQ(grid.unit(), "picometre");
  EXPECT_TRUE(Find("The vote closes at 7.30 pm tonight.").empty());
  EXPECT_TRUE(Find("The vote closes at 7 pm tonight.").empty());
}

TEST(FindFiguresTest, AccountingNegatives) {
  const Figure loss = One("Quarterly net income was ($4.2 million).");
  EXPECT_EQ(loss.text(), "($4.2 million)");
  EXPECT_DOUBLE_EQ(loss.value(), -4.2e6);
  const std::vector<Figure> converted = Find(
      "The ticket costs \xE2\x82\xAC"
      "80 ($99.99) at the door.");
  ASSERT_EQ(converted.size(), 2u);
  EXPECT_DOUBLE_EQ(converted[1].value(), 99.99);
  EXPECT_DOUBLE_EQ(One("The fine ($500) was waived.").value(), 500);
}

TEST(FindFiguresTest, PoundsAreMoneyOrWeightByContext) {
  const Figure fine = One("The fine cost him ten pounds.");
  EXPECT_EQ(fine.unit(), "GBP");
  EXPECT_EQ(fine.dimension(), v1::DIMENSION_CURRENCY);
  EXPECT_EQ(One("The baby weighed ten pounds.").unit(), "lb");
  EXPECT_EQ(One("She paid for ten pounds of apples.").unit(), "lb");
  EXPECT_EQ(One("The club spent 40 million pounds.").unit(), "GBP");
  const std::vector<Figure> rice =
      Find("Shoppers pay $10 for a twenty-pound bag of rice.");
  ASSERT_EQ(rice.size(), 2u);
  EXPECT_EQ(rice[1].unit(), "lb");
  EXPECT_EQ(Find("Shoppers pay $10 for a twenty pound bag.")[1].unit(), "lb");
}

TEST(FindFiguresTest, QuarterCoinsOnlyInMoneyContext) {
  const Figure coin = One("A phone call cost a quarter in 1985.");
  EXPECT_EQ(coin.unit(), "USD");
  EXPECT_DOUBLE_EQ(coin.value(), 0.25);
  const Figure share = One("Profits fell by a quarter.");
  EXPECT_EQ(share.unit(), "");
  EXPECT_EQ(share.dimension(), v1::DIMENSION_RATIO);
  const Figure dimes = One("The candy costs 3 dimes.");
  EXPECT_EQ(dimes.unit(), "USD");
  EXPECT_NEAR(dimes.value(), 0.3, 1e-9);
}

TEST(FindFiguresTest, MoreQualifiers) {
  EXPECT_EQ(One("Almost 40 homes burned.").qualifier(),
            v1::QUALIFIER_APPROXIMATE);
  EXPECT_EQ(One("Roughly 40 homes burned.").qualifier(),
            v1::QUALIFIER_APPROXIMATE);
  const Figure under = One("The blaze covered under 3 sq km.");
  EXPECT_EQ(under.qualifier(), v1::QUALIFIER_LESS_THAN);
  EXPECT_EQ(under.dimension(), v1::DIMENSION_AREA);
}

TEST(FindFiguresTest, ChangesToALevelAreNotRanges) {
  EXPECT_EQ(Texts("Prices rose 0.4 percentage points to 3.2%."),
            (std::vector<std::string>{"0.4 percentage points", "3.2%"}));
  EXPECT_EQ(Texts("Shares fell 12p to 340p in London."),
            (std::vector<std::string>{"12p", "340p"}));
  const Figure range = One("Prices rose 5 to 10 percent.");
  EXPECT_EQ(range.qualifier(), v1::QUALIFIER_RANGE);
  EXPECT_DOUBLE_EQ(range.value_max(), 10);
}

TEST(FindFiguresTest, PeriodAfterAConversion) {
  EXPECT_EQ(Texts("The bill costs 750 million euros (\xC2\xA3"
                  "650m) over five years."),
            (std::vector<std::string>{"750 million euros",
                                      "\xC2\xA3"
                                      "650m",
                                      "five years"}));
}

TEST(FindFiguresTest, NamesAndSharesAtSentenceStart) {
  EXPECT_TRUE(Find("Apollo 11 landed on the moon.").empty());
  EXPECT_TRUE(Find("Delegates met at COP26 in Glasgow.").empty());
  EXPECT_EQ(Texts("The chain, 7-Eleven, runs 78,000 stores."),
            (std::vector<std::string>{"78,000"}));
  EXPECT_EQ(One("The fund holds USD 45 million.").unit(), "USD");
  EXPECT_EQ(One("The fund holds USD45 million.").unit(), "USD");
  // A capitalized qualifier opens the figure, not a name ("within" bounds it).
  EXPECT_EQ(One("Within 20 minutes the hall was empty.").text(),
            "Within 20 minutes");
  const std::vector<Figure> shares =
      Find("Two thirds of members and a fifth of staff agreed.");
  ASSERT_EQ(shares.size(), 2u);
  EXPECT_DOUBLE_EQ(shares[1].value(), 0.2);
}

TEST(FindFiguresTest, PlaceBetweenSubjectAndVerb) {
  const Figure deaths =
      One("Overdose deaths in Manitoba topped 7,000 in 2023.");
  EXPECT_EQ(deaths.subject(), "Overdose deaths");
  EXPECT_EQ(deaths.place(), "Manitoba");
  EXPECT_EQ(deaths.time_scope(), "in 2023");
  EXPECT_EQ(One("The whale weighed 30 tonnes, scientists said.").subject(),
            "whale");
  const Figure profit =
      One("The insurer earned $3.2 billion in the first "
          "quarter.");
  EXPECT_EQ(profit.subject(), "insurer");
  EXPECT_EQ(profit.time_scope(), "first quarter");
  EXPECT_EQ(One("GDP per capita reached $65,000.").subject(), "GDP per capita");
}

TEST(FindFiguresTest, TemperatureSpellings) {
  const Figure lake = One("The lake water reached 21 \xC2\xB0 Celsius in July.");
  EXPECT_DOUBLE_EQ(lake.value(), 21);
  EXPECT_EQ(lake.unit(), "celsius");
  EXPECT_EQ(lake.dimension(), v1::DIMENSION_TEMPERATURE);
  EXPECT_EQ(One("The oven ran at 350 \xC2\xBA Fahrenheit all day.").unit(),
            "fahrenheit");
  const Figure dawn = One("Sensors logged 12 deg. at dawn.");
  EXPECT_EQ(dawn.unit(), "degree");
  EXPECT_EQ(dawn.dimension(), v1::DIMENSION_TEMPERATURE);
  EXPECT_EQ(One("The pool is kept at 28 deg C year round.").unit(), "celsius");
}

TEST(FindFiguresTest, BelowZeroIsANegativeTemperature) {
  const Figure town = One("The town recorded 17 degrees below zero on Sunday.");
  EXPECT_EQ(town.text(), "17 degrees below zero");
  EXPECT_DOUBLE_EQ(town.value(), -17);
  EXPECT_EQ(town.dimension(), v1::DIMENSION_TEMPERATURE);
  const Figure night = One("Overnight the valley fell to 9 below zero.");
  EXPECT_DOUBLE_EQ(night.value(), -9);
  EXPECT_EQ(night.unit(), "degree");
  EXPECT_DOUBLE_EQ(One("It was 4 \xC2\xB0""C below zero at noon.").value(), -4);
  // Zero as a threshold is no amount.
  EXPECT_EQ(Texts("Temperatures dipped below zero overnight."),
            std::vector<std::string>{});
}

TEST(FindFiguresTest, RangeWithAQualifiedUpperBound) {
  const Figure dose =
      One("Each dose holds between 3 mg and about 8 mg of the drug.");
  EXPECT_EQ(dose.text(), "between 3 mg and about 8 mg");
  EXPECT_DOUBLE_EQ(dose.value(), 3);
  EXPECT_DOUBLE_EQ(dose.value_max(), 8);
  EXPECT_EQ(dose.qualifier(), v1::QUALIFIER_RANGE);
  const Figure tank = One("The tanks hold 40 - ~60 litres.");
  EXPECT_DOUBLE_EQ(tank.value(), 40);
  EXPECT_DOUBLE_EQ(tank.value_max(), 60);
  EXPECT_EQ(tank.unit(), "l");
}

TEST(FindFiguresTest, ThreeDigitsDashFourDigitsBeforeAUnitIsARange) {
  const Figure tank = One("The cisterns store 200-5000 litres each.");
  EXPECT_DOUBLE_EQ(tank.value(), 200);
  EXPECT_DOUBLE_EQ(tank.value_max(), 5000);
  EXPECT_EQ(tank.unit(), "l");
  const Figure fee = One("Fees run 250-1500 dollars a term.");
  EXPECT_EQ(fee.unit(), "USD");
  EXPECT_DOUBLE_EQ(fee.value_max(), 1500);
  EXPECT_EQ(Texts("Call 555-1234 for tickets."), std::vector<std::string>{});
}

TEST(FindFiguresTest, FluidOuncesAndExplosiveYield) {
  const Figure cream = One("Pour in 6 fl oz of cream.");
  EXPECT_EQ(cream.unit(), "fluid ounce");
  EXPECT_EQ(cream.dimension(), v1::DIMENSION_VOLUME);
  EXPECT_NEAR(cream.normalized_value(), 0.177441, 1e-6);
  const Figure bomb = One("The test bomb had a yield of 21 kilotons.");
  EXPECT_EQ(bomb.unit(), "kiloton");
  EXPECT_DOUBLE_EQ(bomb.value(), 21);
}

TEST(FindFiguresTest, CurrenciesNamedWithTheirCountry) {
  EXPECT_EQ(One("The fine was 40,000 Danish kroner.").unit(), "DKK");
  EXPECT_EQ(One("Fares rose to 950 Philippine pesos.").unit(), "PHP");
  EXPECT_EQ(One("A ticket costs 300 pesos.").unit(), "MXN");
  EXPECT_EQ(One("Lunch costs 120 baht there.").unit(), "THB");
  const Figure rp = One("The subsidy is Rp 25,000 a month.");
  EXPECT_EQ(rp.unit(), "IDR");
  EXPECT_DOUBLE_EQ(rp.value(), 25000);
  EXPECT_EQ(One("A bus ride is \xE2\x82\xB1""15 now.").unit(), "PHP");
}

TEST(FindFiguresTest, HalfAUnitMoreAfterTheUnit) {
  const Figure wait = One("Patients waited three hours and a half for a bed.");
  EXPECT_EQ(wait.text(), "three hours and a half");
  EXPECT_DOUBLE_EQ(wait.value(), 3.5);
  EXPECT_EQ(wait.unit(), "hour");
  EXPECT_DOUBLE_EQ(One("The strike lasted one week and half.").value(), 1.5);
  const Figure walk = One("They walked a mile and a half to school.");
  EXPECT_DOUBLE_EQ(walk.value(), 1.5);
  EXPECT_EQ(walk.unit(), "mi");
}

TEST(FindFiguresTest, ArticleMoneyWithCents) {
  const Figure fare = One("The fare rose to a dollar and 15 cents.");
  EXPECT_EQ(fare.text(), "a dollar and 15 cents");
  EXPECT_DOUBLE_EQ(fare.value(), 1.15);
  EXPECT_EQ(fare.unit(), "USD");
}

TEST(FindFiguresTest, SpacedDashBeforeTheUnitBearingBound) {
  const Figure dose = One("Adults take 4 -6 mg a day.");
  EXPECT_EQ(dose.text(), "4 -6 mg");
  EXPECT_DOUBLE_EQ(dose.value(), 4);
  EXPECT_DOUBLE_EQ(dose.value_max(), 6);
  EXPECT_EQ(dose.unit(), "mg");
  // Without a unit after it, "-2" stays a number of its own.
  EXPECT_EQ(Texts("The visitors won 3 -2 in extra time."),
            (std::vector<std::string>{"3", "-2"}));
}

TEST(FindFiguresTest, FromAAndBWithAUnitIsARange) {
  const Figure heat = One("Highs will range from 31 celsius and 36 celsius.");
  EXPECT_DOUBLE_EQ(heat.value(), 31);
  EXPECT_DOUBLE_EQ(heat.value_max(), 36);
  EXPECT_EQ(heat.qualifier(), v1::QUALIFIER_RANGE);
  // Without a unit on the second number, two counts.
  EXPECT_EQ(Texts("Aid arrived from 12 and 14 provinces."),
            (std::vector<std::string>{"12", "14"}));
  // A year after "from" starts no range with what follows "and".
  EXPECT_EQ(Texts("Turnout was up from 2016 and about 2 percentage points."),
            (std::vector<std::string>{"about 2 percentage points"}));
}

TEST(FindFiguresTest, AChangeToAQualifiedLevelIsTwoFigures) {
  // "about"/"almost" after "to" still make "to" the end of a change.
  EXPECT_EQ(Texts("Fraud offences climbed 19 per cent to almost 1.2 million."),
            (std::vector<std::string>{"19 per cent", "almost 1.2 million"}));
  EXPECT_EQ(Texts("Cases climbed 19 per cent to nearly 2,000."),
            (std::vector<std::string>{"19 per cent", "nearly 2,000"}));
  // A range with a qualifier on its second end stays one figure.
  EXPECT_EQ(Texts("Highs of 30 to about 35 degrees are forecast."),
            (std::vector<std::string>{"30 to about 35 degrees"}));
}

TEST(FindFiguresTest, BushelsAreAVolumeAndAPriceUnit) {
  const Figure price = One("Wheat fell to $5.31 a bushel.");
  EXPECT_EQ(price.text(), "$5.31 a bushel");
  EXPECT_EQ(price.unit(), "USD per bushel");
  const Figure crop = One("The farm grew 200,000 bushels of corn.");
  EXPECT_EQ(crop.dimension(), v1::DIMENSION_VOLUME);
  EXPECT_EQ(crop.unit(), "bushel");
  EXPECT_NEAR(crop.normalized_value(), 200000 * 35.23907016688, 1e-3);
}

TEST(FindFiguresTest, ARateEndsBeforeAnotherAmount) {
  // A rate's denominator closes the amount: "to" after it starts no range
  // with a bare count.
  EXPECT_EQ(Texts("The mill pays $3 a tonne to nearly 40 growers."),
            (std::vector<std::string>{"$3 a tonne", "nearly 40"}));
  EXPECT_EQ(Texts("Couriers earn 60 cents a mile to 25 stores."),
            (std::vector<std::string>{"60 cents a mile", "25"}));
  // Amounts with a shared rate stay ranges.
  EXPECT_EQ(Texts("Couriers earn 40 to 60 cents a mile."),
            (std::vector<std::string>{"40 to 60 cents a mile"}));
  EXPECT_EQ(Texts("Couriers earn $1 to $2 a mile."),
            (std::vector<std::string>{"$1 to $2 a mile"}));
}

TEST(FindFiguresTest, ABareNumberAfterAPersonAndIsIsAnAge) {
  const Figure age = One("She is 58.");
  EXPECT_EQ(age.dimension(), v1::DIMENSION_AGE);
  EXPECT_EQ(age.unit(), "year");
  EXPECT_EQ(One("I was 19 when the plant shut.").dimension(),
            v1::DIMENSION_AGE);
  EXPECT_EQ(One("The pastor, who is 66, spoke first.").dimension(),
            v1::DIMENSION_AGE);
  // Something counted after it, or a subject that is no person: no age.
  EXPECT_EQ(One("He was 12 points behind.").dimension(),
            v1::DIMENSION_COUNT);
  EXPECT_EQ(One("The tally is 58.").dimension(), v1::DIMENSION_COUNT);
  EXPECT_EQ(One("It was 40 at noon.").dimension(), v1::DIMENSION_COUNT);
}

TEST(FindFiguresTest, ABareNumberAfterAPersonNounAndWasIsAnAge) {
  EXPECT_EQ(One("The gunman was 27.").dimension(), v1::DIMENSION_AGE);
  EXPECT_EQ(One("Her husband is 80 and still farms.").dimension(),
            v1::DIMENSION_AGE);
  EXPECT_EQ(One("The pilot was 6 feet tall.").dimension(),
            v1::DIMENSION_LENGTH);
  EXPECT_EQ(One("The student was 3 of the finalists.").dimension(),
            v1::DIMENSION_COUNT);
}

TEST(FindFiguresTest, TimesBeforeAPeriodCountOccasions) {
  const Figure met =
      One("The board has convened at least five times this month.");
  EXPECT_EQ(met.dimension(), v1::DIMENSION_COUNT);
  EXPECT_EQ(met.unit(), "");
  EXPECT_EQ(
      One("Pilots flew the route four times these past weeks.").dimension(),
      v1::DIMENSION_COUNT);
  EXPECT_EQ(One("The panel has sat twice this week.").dimension(),
            v1::DIMENSION_COUNT);
  // Multipliers stay ratios, also before a period's possessive.
  EXPECT_EQ(One("Fares are three times this year's average.").dimension(),
            v1::DIMENSION_RATIO);
  EXPECT_EQ(One("The barn is four times as large.").dimension(),
            v1::DIMENSION_RATIO);
}

TEST(FindFiguresTest, ARangeKeepsTheRateOfItsSecondAmount) {
  // The denominator after the second amount is the first amount's too.
  Figure toll = One("Tolls run at $5 to $10 a kilometre.");
  EXPECT_EQ(toll.unit(), "USD per kilometre");
  EXPECT_EQ(toll.dimension(), v1::DIMENSION_CURRENCY);
  EXPECT_EQ(toll.value(), 5);
  EXPECT_EQ(toll.value_max(), 10);
  EXPECT_EQ(One("Trucks pay 1.60 to 1.90 euros a kilometre.").unit(),
            "EUR per kilometre");
  EXPECT_EQ(One("Prices were between $200 and $220 a tonne.").unit(),
            "USD per tonne");
  EXPECT_EQ(One("Diesel costs 180 to 190 cents per litre.").unit(),
            "cent per litre");
  // A period after the range stays a time scope, not a rate.
  EXPECT_EQ(One("The mine digs 10 to 12 tonnes a year.").unit(), "tonne");
}

TEST(FindFiguresTest, PointsNextToAPercentageArePercentagePoints) {
  std::vector<Figure> f = Find("Alberta's rate fell 0.3 points to 6.9%.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].text(), "0.3 points");
  EXPECT_EQ(f[0].dimension(), v1::DIMENSION_PERCENT);
  EXPECT_EQ(f[0].unit(), "percentage point");
  EXPECT_EQ(f[0].value(), 0.3);
  f = Find("The rate was up 0.2 percentage points from October and 1.3 "
           "points higher than a year earlier.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].text(), "1.3 points");
  EXPECT_EQ(f[1].unit(), "percentage point");
  // Scores stay counts.
  EXPECT_EQ(One("The Jets won by 12 points.").dimension(), v1::DIMENSION_COUNT);
  f = Find("Doncic scored 30 points and shot 55% from the field.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].dimension(), v1::DIMENSION_COUNT);
}

TEST(FindFiguresTest, AListOfPairsWithAFallingOneIsARunningScore) {
  // One falling pair ("81-77") makes a comma list of hyphened pairs a score
  // line; a list of rising bands keeps its ranges.
  EXPECT_TRUE(Texts("Quarter scores: 20-17, 38-41, 60-62, 81-77.").empty());
  EXPECT_TRUE(Texts("The sets went 6-3, 4-6, 7-6.").empty());
  EXPECT_EQ(Texts("Pupils were split into bands 5-7, 8-11 and 12-16."),
            (std::vector<std::string>{"5-7", "8-11", "12-16"}));
  EXPECT_EQ(Texts("Fees ranged 10-15, 20-25 across the region."),
            (std::vector<std::string>{"10-15", "20-25"}));
}

TEST(FindFiguresTest, PointsOfAVoteOrPollArePercentagePoints) {
  // A sentence about votes, polls, ratings, rates or shares counts its
  // points in percentage points, ranges too.
  Figure margin = One("The Liberals held the seat by six or seven points.");
  EXPECT_EQ(margin.text(), "six or seven points");
  EXPECT_EQ(margin.dimension(), v1::DIMENSION_PERCENT);
  EXPECT_EQ(margin.unit(), "percentage point");
  EXPECT_EQ(margin.qualifier(), v1::QUALIFIER_RANGE);
  EXPECT_EQ(margin.value(), 6);
  EXPECT_EQ(margin.value_max(), 7);
  Figure lead = One("A new poll gives the mayor a lead of 4 points.");
  EXPECT_EQ(lead.text(), "4 points");
  EXPECT_EQ(lead.unit(), "percentage point");
  EXPECT_EQ(One("The jobless rate fell 0.4 points in June.").unit(),
            "percentage point");
  EXPECT_EQ(One("Her approval rating slid 9 points over the summer.").unit(),
            "percentage point");
  Figure hyphened = One("The poll puts the mayor on a 16-point lead.");
  EXPECT_EQ(hyphened.text(), "16-point");
  EXPECT_EQ(hyphened.unit(), "percentage point");
  // Games, stock indexes and more points than a share can move stay counts.
  EXPECT_EQ(One("The Hawks built a 12-point lead at the break.").unit(), "");
  EXPECT_EQ(One("The Hawks led by six or seven points at the break.").unit(),
            "");
  EXPECT_EQ(One("The Dow lost 45 points as the rate outlook darkened.").unit(),
            "");
  EXPECT_EQ(One("Her approval rating is worth 150 points in the game.").unit(),
            "");
}

TEST(FindFiguresTest, PointsOutsideAPollsMarginOrClauseAreNoPercentagePoints) {
  // A hyphened "N-point" before a plan or a scale counts its points, and a
  // cue word in another clause does not govern the points.
  EXPECT_EQ(One("The government unveiled a 10-point plan to cut the "
                "unemployment rate.").unit(),
            "");
  EXPECT_EQ(One("The survey asked voters to rate the mayor on a 5-point "
                "scale.").unit(),
            "");
  const std::vector<Figure> game =
      Find("The crowd filled all 60,000 seats as the Rams won by 11 points.");
  ASSERT_EQ(game.size(), 2u);
  EXPECT_EQ(game[1].text(), "11");
  EXPECT_EQ(game[1].unit(), "");
  const std::vector<Figure> credit =
      Find("His credit score dropped 35 points in May, though the mortgage "
           "rate held at 5%.");
  ASSERT_FALSE(credit.empty());
  EXPECT_EQ(credit[0].text(), "35");
  EXPECT_EQ(credit[0].unit(), "");
  // A poll's margin keeps its percentage points.
  EXPECT_EQ(One("The poll shows a 7-point swing to the Greens.").unit(),
            "percentage point");
}

TEST(FindFiguresTest, BothScoreRulesReadTheSameGluedPair) {
  // A team's record and a running score are the same glued pair of whole
  // numbers; a decimal end makes neither, so the range stays.
  EXPECT_TRUE(Find("The Lions are 5-6 after the loss.").empty());
  EXPECT_TRUE(Find("Sets went 6-3, 4-6, 7-6.").empty());
  const Figure decimal = One("The Lions are 5.5-6 after the loss.");
  EXPECT_EQ(decimal.text(), "5.5-6");
  EXPECT_EQ(decimal.qualifier(), v1::QUALIFIER_RANGE);
  EXPECT_EQ(Find("Groups of 5-7, 8-11 and 12-16 pupils met.").size(), 3u);
}

TEST(FindFiguresTest, APrimaryBeforeANounNamesNoContest) {
  // "primary" before a noun modifies it; a primary contest keeps its points.
  EXPECT_EQ(One("The primary school side won the cup by 18 points.").unit(),
            "");
  EXPECT_EQ(One("She won the primary by 18 points.").unit(),
            "percentage point");
}

TEST(FindFiguresTest, CentsOfANamedCurrency) {
  const Figure loonie = One("The Canadian dollar fell to 71.05 U.S. cents.");
  EXPECT_EQ(loonie.text(), "71.05 U.S. cents");
  EXPECT_EQ(loonie.dimension(), v1::DIMENSION_CURRENCY);
  EXPECT_EQ(loonie.unit(), "cent");
  EXPECT_EQ(One("It trades at 93 US cents.").unit(), "cent");
}

TEST(FindFiguresTest, HyphenatedCompoundWithAStopWordIsOneWord) {
  EXPECT_EQ(One("A crew of 45 search-and-rescue divers came.").subject(),
            "search-and-rescue divers");
  EXPECT_EQ(One("The lab bought 12 state-of-the-art scanners.").subject(),
            "state-of-the-art scanners bought");
}

TEST(FindFiguresTest, PeriodThatIsTheClauseSubjectIsAFigure) {
  const Figure span = One("The first 36 hours were chaotic.");
  EXPECT_EQ(span.text(), "36 hours");
  EXPECT_EQ(span.dimension(), v1::DIMENSION_DURATION);
  // A period that is the time scope of the figure after it is a figure too.
  EXPECT_EQ(Texts("During the first 36 hours, 12 boats sank."),
            (std::vector<std::string>{"36 hours", "12"}));
}

TEST(FindFiguresTest, OneOfADurationAfterAHedgeIsAFigure) {
  const Figure talks = One("The talks dragged on for nearly a week.");
  EXPECT_EQ(talks.text(), "nearly a week");
  EXPECT_EQ(talks.dimension(), v1::DIMENSION_DURATION);
  EXPECT_EQ(talks.qualifier(), v1::QUALIFIER_APPROXIMATE);
  EXPECT_EQ(One("The mill shut for more than a year.").qualifier(),
            v1::QUALIFIER_MORE_THAN);
  EXPECT_TRUE(Find("The mill shut about a year ago.").empty());
  EXPECT_TRUE(Find("The town became almost a second home.").empty());
}

TEST(FindFiguresTest, DurationBeforeAPluralPossessiveCountsTheNounAfter) {
  EXPECT_EQ(One("Tenants get 28 days' warning.").subject(), "warning");
  EXPECT_EQ(One("Staff were owed two weeks\u2019 wages.").subject(), "wages");
}

TEST(FindFiguresTest, RateAdjectiveBeforeTheNounOfMoneyIsItsTimeScope) {
  const Figure grant = One("Farmers receive weekly aid of 400 rupees.");
  EXPECT_EQ(grant.subject(), "aid");
  EXPECT_EQ(grant.time_scope(), "weekly");
  EXPECT_EQ(One("Farmers receive aid of 400 rupees.").time_scope(), "");
}

TEST(FindFiguresTest, LeftSubjectSkipsARelativeClause) {
  EXPECT_EQ(One("The toll from the storm that battered the coast early on "
                "Monday climbed to 212.")
                .subject(),
            "toll");
  EXPECT_EQ(Find("Officials said that the tally rose to 45.")[0].subject(),
            "tally");
}

TEST(FindFiguresTest, LeftSubjectStopsAtAParticipleAfterAnAuxiliary) {
  EXPECT_EQ(One("Savers have seen deposit rates drop by almost a third.")
                .subject(),
            "deposit rates");
}

TEST(FindFiguresTest, OverAfterAConflictNounMeansAbout) {
  const Figure pay = One("Teachers walk out in a row over 6% pay award.");
  EXPECT_EQ(pay.text(), "6%");
  EXPECT_EQ(pay.qualifier(), v1::QUALIFIER_EXACT);
  EXPECT_EQ(One("Dockers plan a strike over 300 job cuts.").qualifier(),
            v1::QUALIFIER_EXACT);
  EXPECT_EQ(One("The firm hired over 300 staff.").qualifier(),
            v1::QUALIFIER_MORE_THAN);
}

TEST(FindFiguresTest, AmountAfterAVerbOfGoingBeyondIsALowerBound) {
  const Figure toll = One("Flood toll passes 2,300.");
  EXPECT_EQ(toll.qualifier(), v1::QUALIFIER_MORE_THAN);
  EXPECT_EQ(toll.subject(), "Flood toll");
  EXPECT_EQ(One("Exports surpassed $4 billion.").qualifier(),
            v1::QUALIFIER_MORE_THAN);
  EXPECT_EQ(One("Exports reached $4 billion.").qualifier(),
            v1::QUALIFIER_EXACT);
  EXPECT_EQ(One("She passed two driving tests.").qualifier(),
            v1::QUALIFIER_EXACT);
}

TEST(FindFiguresTest, NearBeforeAnAmountIsApproximate) {
  const Figure heat = One("Highs will stay near 95 degrees through Thursday.");
  EXPECT_EQ(heat.text(), "near 95 degrees");
  EXPECT_EQ(heat.qualifier(), v1::QUALIFIER_APPROXIMATE);
  EXPECT_EQ(One("Gold traded near $2,400 an ounce.").qualifier(),
            v1::QUALIFIER_APPROXIMATE);
}


// "<change verb> from about A to B": a move from an approximate old level to
// a new one, two figures, as without the qualifier; no change verb, a range.
TEST(FindFiguresTest, ChangeFromAQualifiedLevelIsTwoFigures) {
  const std::vector<Figure> moved =
      Find("The levy climbed from roughly 120 euros to 175 euros a tonne.");
  ASSERT_EQ(moved.size(), 2u);
  EXPECT_EQ(moved[0].qualifier(), v1::QUALIFIER_APPROXIMATE);
  EXPECT_DOUBLE_EQ(moved[0].value(), 120);
  EXPECT_DOUBLE_EQ(moved[0].value_max(), 0);
  EXPECT_EQ(moved[1].qualifier(), v1::QUALIFIER_EXACT);
  EXPECT_DOUBLE_EQ(moved[1].value(), 175);
  const std::vector<Figure> fell =
      Find("Turnout fell from about 3,400 voters to 2,900 voters.");
  ASSERT_EQ(fell.size(), 2u);
  EXPECT_EQ(fell[0].qualifier(), v1::QUALIFIER_APPROXIMATE);
  EXPECT_DOUBLE_EQ(fell[1].value(), 2900);
  const Figure span = One("Estimates run from about 40 to 60 tonnes.");
  EXPECT_EQ(span.qualifier(), v1::QUALIFIER_RANGE);
  EXPECT_DOUBLE_EQ(span.value_max(), 60);
}


// A hyphenated "A-to-B" before a noun is one range, as "A to B" is.
TEST(FindFiguresTest, HyphenatedToIsARange) {
  const Figure band = One("Buyers in the 35-to-44 bracket spent least.");
  EXPECT_EQ(band.qualifier(), v1::QUALIFIER_RANGE);
  EXPECT_DOUBLE_EQ(band.value(), 35);
  EXPECT_DOUBLE_EQ(band.value_max(), 44);
  const Figure span = One("Crews laid a 40-to-60-metre stretch each day.");
  EXPECT_EQ(span.qualifier(), v1::QUALIFIER_RANGE);
  EXPECT_DOUBLE_EQ(span.value_max(), 60);
}

// Not figures, or not bounds: an ordinal before a period noun, a year-shaped
// number before a capitalized unit word (a name), the base of a rate after
// "per", and "over" after a verb of spreading.
TEST(FindFiguresTest, OrdinalsNamesRateBasesAndSpreadOver) {
  EXPECT_EQ(Texts("The club topped the table for a fifth year."),
            std::vector<std::string>{});
  EXPECT_EQ(Texts("She is now in a third term."), std::vector<std::string>{});
  EXPECT_EQ(One("The drill lasted a quarter hour.").value(), 15);  // minutes
  EXPECT_EQ(One("A third of a mile was paved.").value(), 1.0 / 3);
  EXPECT_EQ(Texts("Rovers lifted the 1888 Cup on Saturday."),
            std::vector<std::string>{});
  EXPECT_EQ(Texts("Drivers paid for 2,000 litres of fuel."),
            std::vector<std::string>{"2,000 litres"});
  EXPECT_EQ(Texts("The drink holds 11g of sugar per 100 millilitres."),
            std::vector<std::string>{"11g"});
  const Figure sites = One("The new wards will be spread over four sites.");
  EXPECT_EQ(sites.text(), "four");
  EXPECT_EQ(sites.qualifier(), v1::QUALIFIER_EXACT);
  EXPECT_EQ(One("Turnout was over 60%.").qualifier(),
            v1::QUALIFIER_MORE_THAN);
}

TEST(FindFiguresTest, AYearShapedNumberBeforeAUnitSymbolIsAMeasure) {
  EXPECT_EQ(Texts("The grid added 1500 GWh last year."),
            std::vector<std::string>{"1500 GWh"});
  EXPECT_EQ(Texts("The wind farm made 1900 MWh in May."),
            std::vector<std::string>{"1900 MWh"});
  EXPECT_EQ(Texts("The pipeline runs 1200 Km to the coast."),
            std::vector<std::string>{"1200 Km"});
  EXPECT_EQ(Texts("She won the 2012 Mile at the games."),
            std::vector<std::string>{});
}

TEST(FindFiguresTest, AFractionBeforeYearOnYearIsARatioThenTheBase) {
  std::vector<Figure> f = Find("Exports fell by a third year on year to $4.2bn.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].text(), "a third");
  EXPECT_EQ(f[0].dimension(), v1::DIMENSION_RATIO);
  EXPECT_EQ(f[1].time_scope(), "year on year");
  f = Find("Exports rose by a fifth year-on-year.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].text(), "a fifth");
  EXPECT_EQ(f[0].dimension(), v1::DIMENSION_RATIO);
  f = Find("Imports fell by a quarter year on year.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].text(), "a quarter");
  EXPECT_EQ(f[0].dimension(), v1::DIMENSION_RATIO);
  EXPECT_EQ(Texts("The team won the league for a fifth year."),
            std::vector<std::string>{});
}

// "top" is a verb of going beyond after a modal, "to" or an adverb of
// frequency ("gusts often top 100 km/h"), not as an adjective ("the top
// 10%"); "over" after "hand" is a particle ("hand over a third").
TEST(FindFiguresTest, TopAsAVerbBoundsAndHandOverDoesNot) {
  EXPECT_EQ(One("Gusts on the pass often top 100 km/h.").qualifier(),
            v1::QUALIFIER_MORE_THAN);
  EXPECT_EQ(One("Exports are expected to top $3 billion.").qualifier(),
            v1::QUALIFIER_MORE_THAN);
  EXPECT_EQ(One("He is in the top 5% of earners.").qualifier(),
            v1::QUALIFIER_EXACT);
  EXPECT_EQ(One("Tenants must hand over a third of their income.").qualifier(),
            v1::QUALIFIER_EXACT);
}

// An emergency number called "only" in an emergency and an index named by
// initials with an ampersand and points ("the S.&P. 500") are no figures.
TEST(FindFiguresTest, CalledNumbersAndPointedIndexNamesAreNoFigures) {
  EXPECT_TRUE(Find("Residents should call 999 only if a life is at risk.")
                  .empty());
  EXPECT_TRUE(Find("The S.&P. 500 closed lower on Friday.").empty());
  EXPECT_EQ(Texts("The U.S. 30-year bond fell."),
            std::vector<std::string>{"30-year"});
}

// An amount after "of" and a noun of an upper limit ("a limit of 40 km/h",
// "a cap of 3%") is the most allowed; "a lower limit of" is no upper bound.
TEST(FindFiguresTest, AnAmountALimitNamesIsAnUpperBound) {
  EXPECT_EQ(One("Trucks must keep to a limit of 40 km/h in town.").qualifier(),
            v1::QUALIFIER_AT_MOST);
  EXPECT_EQ(One("The bill sets a cap of 3% on fee rises.").qualifier(),
            v1::QUALIFIER_AT_MOST);
  EXPECT_EQ(One("The club has a lower limit of 16 for members.").qualifier(),
            v1::QUALIFIER_EXACT);
}

// A measure or sum after "of" closing a noun phrase "within" opens is the
// most allowed; a count there, or a noun phrase without "within", stays
// exact.
TEST(FindFiguresTest, WithinANounOfAMeasureIsAnUpperBound) {
  EXPECT_EQ(One("Most repairs were done within the agreed target of 48 hours.")
                .qualifier(),
            v1::QUALIFIER_AT_MOST);
  EXPECT_EQ(One("The works came in within a budget of $3 million.").qualifier(),
            v1::QUALIFIER_AT_MOST);
  EXPECT_EQ(One("She grew up within a town of 30,000 people.").qualifier(),
            v1::QUALIFIER_EXACT);
  EXPECT_EQ(One("The council set a target of 48 hours.").qualifier(),
            v1::QUALIFIER_EXACT);
}

// "within" before a noun of time says when something happened, not a limit:
// the amount after "of" stays exact.
TEST(FindFiguresTest, WithinATimeNounOfAnAmountIsNoUpperBound) {
  EXPECT_EQ(One("The bank failed within weeks of $2 billion in deposits "
                "leaving.").qualifier(),
            v1::QUALIFIER_EXACT);
  EXPECT_EQ(One("Roads closed within hours of 60 mm of snow settling.")
                .qualifier(),
            v1::QUALIFIER_EXACT);
  EXPECT_EQ(One("Crews struck within minutes of $5 million being wired.")
                .qualifier(),
            v1::QUALIFIER_EXACT);
}

// A measure or sum after "can" and a verb of reaching is the most a thing
// attains; "could" and "will" forecast the amount, which stays exact.
TEST(FindFiguresTest, WhatAThingCanReachIsAnUpperBound) {
  EXPECT_EQ(One("The new ferries can reach 38 knots in calm water.").qualifier(),
            v1::QUALIFIER_AT_MOST);
  EXPECT_EQ(One("Fines for late filing can hit $2,500.").qualifier(),
            v1::QUALIFIER_AT_MOST);
  EXPECT_EQ(One("Losses could reach $40 million this year.").qualifier(),
            v1::QUALIFIER_EXACT);
  EXPECT_EQ(One("The fund will hit 12% growth.").qualifier(),
            v1::QUALIFIER_EXACT);
}

// A point-written range priced per unit after it ("a share", "per tonne")
// is a range of values, not hours of the day.
TEST(FindFiguresTest, APointRangePricedPerUnitIsNoClockSpan) {
  const std::vector<Figure> f =
      Find("Offers came in at 12.25 to 13.50 a share.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].qualifier(), v1::QUALIFIER_RANGE);
  EXPECT_DOUBLE_EQ(f[0].value_max(), 13.5);
}

// Two clock-shaped levels after a change verb or a copula are amounts (two
// levels, or a range of values); after a timetable's verb, or a copula whose
// subject is a stretch of time, they are hours of the day.
TEST(FindFiguresTest, ClockShapedLevelsAfterAChangeOrCopulaStayFigures) {
  const std::vector<Figure> moved =
      Find("The bond yield dropped from 11.25 to 10.40 over the month.");
  ASSERT_EQ(moved.size(), 2u);
  EXPECT_DOUBLE_EQ(moved[0].value(), 11.25);
  EXPECT_DOUBLE_EQ(moved[1].value(), 10.4);
  EXPECT_EQ(Find("Copper climbed from 10.05 to 11.30 in May.").size(), 2u);
  const std::vector<Figure> range =
      Find("Estimates for growth are 10.15 to 11.35, the lender said.");
  ASSERT_EQ(range.size(), 1u);
  EXPECT_EQ(range[0].qualifier(), v1::QUALIFIER_RANGE);
  EXPECT_TRUE(Find("The ferry service runs from 06.15 to 22.45.").empty());
  EXPECT_TRUE(Find("Visiting hours are from 14.00 to 16.30 daily.").empty());
  EXPECT_TRUE(Find("The canteen opened from 11.30 to 14.00 last week.").empty());
}

// "a third again as many" is the idiom for 1 1/3 times, not a share with
// "again" as its subject.
TEST(FindFiguresTest, AThirdAgainAsManyIsNoShare) {
  EXPECT_TRUE(Find("A fifth again as many pupils sat the exam.").empty());
}

// "can hit" with a deadline, or under a verb of forecasting, forecasts the
// amount: it stays exact. A capability reported by a source stays a maximum.
TEST(FindFiguresTest, WhatAThingCanReachInAForecastStaysExact) {
  EXPECT_EQ(One("Traders say gold can hit $3,000 by next spring.").qualifier(),
            v1::QUALIFIER_EXACT);
  EXPECT_EQ(One("Winds can reach 150 km/h on the coast, the agency warned.")
                .qualifier(),
            v1::QUALIFIER_EXACT);
  EXPECT_EQ(One("The drones can reach 90 km/h, the maker said.").qualifier(),
            v1::QUALIFIER_AT_MOST);
}

// A sentence opening with "Over" and a duration set off by a comma says when
// the rest held ("during"), not that the time was longer; a seasons of the
// year count as years.
TEST(FindFiguresTest, AnOpeningOverAPeriodIsDuring) {
  const Figure f = One("Over three winters, the pumps failed on the coldest nights.");
  EXPECT_EQ(f.text(), "three winters");
  EXPECT_EQ(f.qualifier(), v1::QUALIFIER_EXACT);
  EXPECT_EQ(f.dimension(), v1::DIMENSION_DURATION);
  EXPECT_EQ(f.unit(), "year");
  EXPECT_EQ(One("Over five years the town grew fast.").qualifier(),
            v1::QUALIFIER_MORE_THAN);
  EXPECT_EQ(One("Over 40 delegates, most of them farmers, walked out.").qualifier(),
            v1::QUALIFIER_MORE_THAN);
}

// Bare degrees of temperature are in the scale the article named before
// them, when that was Celsius alone; a story giving Fahrenheit too, or no
// scale before, leaves them bare.
TEST(FindFiguresTest, BareDegreesTakeTheArticlesCelsius) {
  const std::vector<Figure> celsius = figure_test::BySentence(
      "The town logged 44.8 degrees Celsius on Monday. Nurses saw miners "
      "with fevers above 40 degrees.");
  const Figure* bare = figure_test::FigureWithText(celsius, "above 40 degrees");
  ASSERT_NE(bare, nullptr);
  EXPECT_EQ(bare->unit(), "celsius");
  EXPECT_DOUBLE_EQ(bare->normalized_value(), 40);
  const std::vector<Figure> both = figure_test::BySentence(
      "It hit 104 degrees Fahrenheit (40C) on Monday. Nights stayed above 80 "
      "degrees.");
  const Figure* kept = figure_test::FigureWithText(both, "above 80 degrees");
  ASSERT_NE(kept, nullptr);
  EXPECT_EQ(kept->unit(), "degree");
  const std::vector<Figure> after = figure_test::BySentence(
      "Nights stayed above 20 degrees. The day peaked at 31C.");
  const Figure* first = figure_test::FigureWithText(after, "above 20 degrees");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->unit(), "degree");
}

// A bare degree past any Celsius temperature of air, water or a body is in
// another scale, whatever the article named before ("113 degrees" in a
// desert city after "41C" in Europe).
TEST(FindFiguresTest, BareDegreesPastCelsiusStayBare) {
  const std::vector<Figure> f = figure_test::BySentence(
      "Lisbon sweltered at 41C on Sunday. In Las Vegas, the gauge at the "
      "airport showed 113 degrees.");
  const Figure* bare = figure_test::FigureWithText(f, "113 degrees");
  ASSERT_NE(bare, nullptr);
  EXPECT_EQ(bare->unit(), "degree");
  const std::vector<Figure> range = figure_test::BySentence(
      "Lisbon sweltered at 41C on Sunday. Inland, it was 38 to 40 degrees.");
  const Figure* kept = figure_test::FigureWithText(range, "38 to 40 degrees");
  ASSERT_NE(kept, nullptr);
  EXPECT_EQ(kept->unit(), "celsius");
}

// "half" before a noun of a price is a share of the full price ("ride for
// half fare"), a figure of its own.
TEST(FindFiguresTest, HalfBeforeAPriceNounIsAShare) {
  for (const std::string text : {"Veterans ride for half fare on Sundays.",
                                 "Tickets bought online cost half price."}) {
    const Figure f = One(text);
    EXPECT_EQ(f.dimension(), v1::DIMENSION_RATIO) << text;
    EXPECT_DOUBLE_EQ(f.value(), 0.5) << text;
  }
}

// "top" after a plural noun is a verb of going beyond too ("winds top 80
// km/h"); after a possessive or "its" it stays an adjective.
TEST(FindFiguresTest, TopAfterAPluralNounBounds) {
  EXPECT_EQ(One("On the ridge, winds top 80 km/h most nights.").qualifier(),
            v1::QUALIFIER_MORE_THAN);
  EXPECT_EQ(One("Remittances top $4 billion a year.").qualifier(),
            v1::QUALIFIER_MORE_THAN);
  EXPECT_EQ(One("The region's top 5% of farms got most aid.").qualifier(),
            v1::QUALIFIER_EXACT);
  EXPECT_EQ(One("The firm kept its top 3% of staff.").qualifier(),
            v1::QUALIFIER_EXACT);
}

// "hands" is also the noun ("changed hands", "farm hands"), after which
// "over" is a bound; the verb "hand over" gives a thing up.
TEST(FindFiguresTest, HandsAsANounLeavesOverABound) {
  EXPECT_EQ(One("The old mill has changed hands over 12 times.").qualifier(),
            v1::QUALIFIER_MORE_THAN);
  EXPECT_EQ(One("Dock hands over 50 lost their shifts.").qualifier(),
            v1::QUALIFIER_MORE_THAN);
  EXPECT_EQ(One("Sellers must hand over a fifth of the fee.").qualifier(),
            v1::QUALIFIER_EXACT);
}

// The present tense "hands over" is the verb too: it gives the amount up.
TEST(FindFiguresTest, TheVerbHandsOverGivesUpTheAmount) {
  EXPECT_EQ(One("The mayor hands over 300 keys to new tenants.").qualifier(),
            v1::QUALIFIER_EXACT);
  EXPECT_EQ(One("The state hands over 25% of the levy to towns.").qualifier(),
            v1::QUALIFIER_EXACT);
  EXPECT_EQ(One("The cottage changed hands over 9 times.").qualifier(),
            v1::QUALIFIER_MORE_THAN);
}

// "to top N%" before a plural noun or "of" is the preposition and the
// adjective ("limited to top 2% earners"); before nothing counted, the verb.
TEST(FindFiguresTest, ToTopAPercentageOfAGroupIsNoBound) {
  EXPECT_EQ(One("The rebate is limited to top 2% earners.").qualifier(),
            v1::QUALIFIER_EXACT);
  EXPECT_EQ(One("The award is open to top 10% of entrants.").qualifier(),
            v1::QUALIFIER_EXACT);
  EXPECT_EQ(One("Turnout is likely to top 60%.").qualifier(),
            v1::QUALIFIER_MORE_THAN);
}

// A forecast's "to top N% of ..." is the verb: the share is passed.
TEST(FindFiguresTest, AForecastToTopAPercentageOfIsABound) {
  EXPECT_EQ(One("The bloc is expected to top 45% of the seats.").qualifier(),
            v1::QUALIFIER_MORE_THAN);
  EXPECT_EQ(One("Arrears are set to top 70% of output.").qualifier(),
            v1::QUALIFIER_MORE_THAN);
  EXPECT_EQ(One("Grants are restricted to top 3% of pupils.").qualifier(),
            v1::QUALIFIER_EXACT);
}

// A limit's noun phrase that makes it a floor or an age ("the lower age
// limit of 16", "a minimum age limit") gives no upper bound.
TEST(FindFiguresTest, AFloorOrAgeLimitIsNoUpperBound) {
  EXPECT_EQ(One("The lower age limit of 17 will be raised.").qualifier(),
            v1::QUALIFIER_EXACT);
  EXPECT_EQ(One("A minimum age limit of 21 applies to buyers.").qualifier(),
            v1::QUALIFIER_EXACT);
  EXPECT_EQ(One("The age limit of 18 for the pass stays.").qualifier(),
            v1::QUALIFIER_EXACT);
  EXPECT_EQ(One("Boats keep to a speed limit of 8 knots.").qualifier(),
            v1::QUALIFIER_AT_MOST);
}

// "upper" or "maximum" makes even an age limit a ceiling.
TEST(FindFiguresTest, AnUpperOrMaximumAgeLimitIsACeiling) {
  EXPECT_EQ(One("The upper age limit of 32 for pilots stays.").qualifier(),
            v1::QUALIFIER_AT_MOST);
  EXPECT_EQ(One("A maximum age limit of 45 applies to donors.").qualifier(),
            v1::QUALIFIER_AT_MOST);
}

}  // namespace
}  // namespace factwire
