// Amounts on news text: how much a figure is, in which unit or currency, and
// which numbers are not figures at all.

#include <string>
#include <utility>
#include <vector>

#include "figure_test_support.h"
#include "gtest/gtest.h"

namespace factwire {
namespace {

using figure_test::FigureWithText;
using figure_test::Find;

// True if some figure of `figures` is money in `code`.
bool AnyInCurrency(const std::vector<v1::Figure>& figures,
                   const std::string& code) {
  for (const v1::Figure& f : figures) {
    if (f.unit() == code) return true;
  }
  return false;
}

// A capital-letter currency glued to an amount shaped like money (a scale or
// thousands grouping) is that currency: "N40m" naira, "R3.1bn" rand.
TEST(LetterCurrencyTest, ScaledOrGroupedAmountIsMoney) {
  struct Case {
    std::string sentence;
    std::string text;
    double value;
    std::string code;
  };
  const std::vector<Case> cases = {
      {"The ministry paid contractors N85m in arrears last year.", "N85m",
       85e6, "NGN"},
      {"Kano state has set aside N3.2bn for flood defences.", "N3.2bn", 3.2e9,
       "NGN"},
      {"A bag of rice now sells for N78,000 in Ibadan markets.", "N78,000",
       78000, "NGN"},
      {"The council approved N4.5 billion for school feeding.",
       "N4.5 billion", 4.5e9, "NGN"},
      {"Eskom wants a further R3.1bn from the Treasury.", "R3.1bn", 3.1e9,
       "ZAR"},
  };
  for (const Case& c : cases) {
    const std::vector<v1::Figure> figures = Find(c.sentence);
    const v1::Figure* f = FigureWithText(figures, c.text);
    ASSERT_NE(f, nullptr) << c.sentence;
    EXPECT_DOUBLE_EQ(f->value(), c.value) << c.sentence;
    EXPECT_EQ(f->unit(), c.code) << c.sentence;
    EXPECT_EQ(f->dimension(), v1::DIMENSION_CURRENCY) << c.sentence;
  }
}

// A letter before a bare number is a name, not money: masks, roads, gases.
TEST(LetterCurrencyTest, LetterBeforePlainNumberIsAName) {
  const std::vector<std::string> sentences = {
      "Nurses were handed N95 masks at the gate.",
      "Traffic on the N1 road was backed up for hours.",
      "Farm emissions of N2O rose last year.",
      "The R5 route reopened on Monday.",
  };
  for (const std::string& s : sentences) {
    const std::vector<v1::Figure> figures = Find(s);
    EXPECT_FALSE(AnyInCurrency(figures, "NGN")) << s;
    EXPECT_FALSE(AnyInCurrency(figures, "ZAR")) << s;
  }
}

// A number after a minus sign, a minus word or an en dash set against it is
// below zero: "minus 7", and the signs U+2212 and U+2013 before "7C".
TEST(SignedAmountTest, DashOrMinusBeforeNumberIsNegative) {
  struct Case {
    std::string sentence;
    double value;
  };
  const std::vector<Case> cases = {
      {"Overnight lows reached \xE2\x80\x93" "9C in Tromso.", -9},
      {"Forecasters expect \xE2\x80\x93" "14 C by Friday.", -14},
      {"The thermometer read \xE2\x88\x92" "21C at dawn.", -21},
      {"It was minus 6 degrees at the summit.", -6},
  };
  for (const Case& c : cases) {
    const std::vector<v1::Figure> figures = Find(c.sentence);
    ASSERT_EQ(figures.size(), 1u) << c.sentence;
    EXPECT_DOUBLE_EQ(figures[0].value(), c.value) << c.sentence;
    EXPECT_EQ(figures[0].dimension(), v1::DIMENSION_TEMPERATURE) << c.sentence;
  }
}

// An en dash between two numbers or set apart by spaces is a range or a
// pause, never a sign.
TEST(SignedAmountTest, DashBetweenNumbersIsNotASign) {
  const std::vector<std::string> sentences = {
      "Highs of 12\xE2\x80\x93" "15C are expected.",
      "The count \xE2\x80\x93 40 people \xE2\x80\x93 was low.",
  };
  for (const std::string& s : sentences) {
    for (const v1::Figure& f : Find(s)) EXPECT_GE(f.value(), 0) << s;
  }
}

// "half-built", "half-year", "half-hour": "half" joined to a word that it
// modifies names a kind of thing, not an amount of one half.
TEST(HalfCompoundTest, HalfJoinedToAModifierIsNotAFraction) {
  const std::vector<std::string> sentences = {
      "Inspectors found four half-built clinics near the border.",
      "The lender posted a half-year profit of $2.1 billion.",
      "She presents a half-hour programme on Sundays.",
      "Staff staged a half-day strike over pay.",
  };
  for (const std::string& s : sentences) {
    for (const v1::Figure& f : Find(s)) {
      EXPECT_NE(f.value(), 0.5) << s << ": " << f.text();
      EXPECT_NE(f.value(), 2.0) << s << ": " << f.text();  // four halves
    }
  }
  const std::vector<v1::Figure> clinics = Find(
      "Inspectors found four half-built clinics near the border.");
  const v1::Figure* four = FigureWithText(clinics, "four");
  ASSERT_NE(four, nullptr);
  EXPECT_DOUBLE_EQ(four->value(), 4);
  EXPECT_NE(FigureWithText(Find("The lender posted a half-year profit of $2.1 "
                                "billion."),
                           "$2.1 billion"),
            nullptr);
}

// A half of a unit stays a figure: "half a litre", "a half-litre bottle",
// "two and a half hours".
TEST(HalfCompoundTest, HalfOfAUnitStaysAFigure) {
  struct Case {
    std::string sentence;
    std::string text;
    double value;
  };
  const std::vector<Case> cases = {
      {"Each pupil gets half a litre of milk.", "half a litre", 0.5},
      {"Runners carried a half-litre flask.", "half-litre", 0.5},
      {"The hearing lasted two and a half hours.", "two and a half hours",
       2.5},
  };
  for (const Case& c : cases) {
    const v1::Figure* f = nullptr;
    const std::vector<v1::Figure> figures = Find(c.sentence);
    for (const v1::Figure& g : figures) {
      if (g.text().find(c.text) != std::string::npos) f = &g;
    }
    ASSERT_NE(f, nullptr) << c.sentence;
    EXPECT_DOUBLE_EQ(f->value(), c.value) << c.sentence;
  }
}

// "400m freestyle", "100m hurdles": "m" glued to digits before a track or
// pool event is metres, not million; before people it stays million.
TEST(EventDistanceTest, MetresBeforeAnEventName) {
  struct Case {
    std::string sentence;
    std::string text;
    double value;
    std::string unit;
  };
  const std::vector<Case> cases = {
      {"Okafor took gold in the 800m freestyle on Tuesday.", "800m", 800,
       "m"},
      {"She set a national record in the 400m hurdles.", "400m", 400, "m"},
      {"He finished fifth in the 200m backstroke final.", "200m", 200, "m"},
      {"The scheme drew 2.4m people last year.", "2.4m", 2.4e6, ""},
  };
  for (const Case& c : cases) {
    const std::vector<v1::Figure> figures = Find(c.sentence);
    const v1::Figure* f = FigureWithText(figures, c.text);
    ASSERT_NE(f, nullptr) << c.sentence;
    EXPECT_DOUBLE_EQ(f->value(), c.value) << c.sentence;
    EXPECT_EQ(f->unit(), c.unit) << c.sentence;
  }
}

// "he is just 15", "she's only 16": a person, a form of "be", an adverb of
// degree and a bare whole number is an age in years.
TEST(BareAgeTest, PersonIsJustANumber) {
  const std::vector<std::string> sentences = {
      "Her coach said she is only 16.",
      "He was barely 14 when he left home.",
      "She's just 17, and already a starter.",
      "I'm still 19, the forward said.",
  };
  for (const std::string& s : sentences) {
    const std::vector<v1::Figure> figures = Find(s);
    ASSERT_EQ(figures.size(), 1u) << s;
    EXPECT_EQ(figures[0].dimension(), v1::DIMENSION_AGE) << s;
    EXPECT_EQ(figures[0].unit(), "year") << s;
  }
}

// A number that counts something after the adverb is no age.
TEST(BareAgeTest, CountedNumberAfterTheAdverbIsNoAge) {
  const std::vector<std::string> sentences = {
      "The team is just 15 points clear.",
      "He is only 3 votes short of a majority.",
  };
  for (const std::string& s : sentences) {
    for (const v1::Figure& f : Find(s)) {
      EXPECT_NE(f.dimension(), v1::DIMENSION_AGE) << s;
    }
  }
}

// "back in '87", "the class of \xE2\x80\x99" "92": two digits after an apostrophe are a
// year with its century left out, not a count.
TEST(ElidedYearTest, ApostropheAndTwoDigitsIsAYear) {
  const std::vector<std::string> sentences = {
      "Rates last hit that level back in '81, a trader said.",
      "He met her at Leeds, in the class of \xE2\x80\x99" "94.",
      "The plant has been shut since '09 and is for sale.",
      "Fans still talk about the final of '66 at Wembley.",
  };
  for (const std::string& s : sentences) {
    EXPECT_TRUE(Find(s).empty()) << s << ": " << Find(s)[0].text();
  }
}

// Two digits opening a single-quoted quotation still count.
TEST(ElidedYearTest, QuotedCountStays) {
  const std::vector<v1::Figure> figures =
      Find("'40 people lost their homes,' the mayor said.");
  ASSERT_EQ(figures.size(), 1u);
  EXPECT_DOUBLE_EQ(figures[0].value(), 40);
}

// A stop word after an elided year makes it a year after a word ("the '98
// and '02 sides"), not after a mark, where the apostrophe opens a quotation.
TEST(ElidedYearTest, StopWordAfterTheYearOnlyAfterAWord) {
  EXPECT_TRUE(Find("Fans compare the '98 and the current side.").empty());
  const std::vector<v1::Figure> figures =
      Find("She told us: '40 of the flats are empty.'");
  ASSERT_EQ(figures.size(), 1u);
  EXPECT_DOUBLE_EQ(figures[0].value(), 40);
}

// "Reading time: 6 mins", "3 min read": page furniture giving how long a
// story takes to read, not a figure of the story.
TEST(ReadingTimeTest, ReadingTimeIsNoFigure) {
  const std::vector<std::string> sentences = {
      "Reading time: 6 mins",
      "Politics | 3 min read",
      "Opinion \xC2\xB7 8-minute read",
  };
  for (const std::string& s : sentences) {
    EXPECT_TRUE(Find(s).empty()) << s;
  }
  const std::vector<v1::Figure> speech = Find("The speech lasted 6 mins.");
  ASSERT_EQ(speech.size(), 1u);
  EXPECT_EQ(speech[0].dimension(), v1::DIMENSION_DURATION);
}

// "a 2.8-mill levy": a property tax rate in mills (a dollar per $1,000 of
// assessed value): dimension OTHER, as the contract keeps PERCENT for amounts
// written in percent; normalized, a tenth of a percent. "two mills closed"
// are factories.
TEST(MillRateTest, HyphenedMillIsATaxRate) {
  const std::vector<v1::Figure> levy =
      Find("Voters in the township backed a 2.8-mill school levy.");
  const v1::Figure* f = FigureWithText(levy, "2.8-mill");
  ASSERT_NE(f, nullptr);
  EXPECT_DOUBLE_EQ(f->value(), 2.8);
  EXPECT_EQ(f->unit(), "mill");
  EXPECT_EQ(f->dimension(), v1::DIMENSION_OTHER);
  EXPECT_DOUBLE_EQ(f->normalized_value(), 0.28);
  for (const v1::Figure& g : Find("Two mills closed after the flood.")) {
    EXPECT_NE(g.unit(), "mill") << g.text();
  }
}

// A race time ("1:58.40", "2:03:37") is a duration in seconds; a clock time
// ("10:48", "10:48:30 a.m.") is not a figure.
TEST(RaceTimeTest, MinutesSecondsAndHundredthsAreADuration) {
  struct Case {
    std::string sentence;
    std::string text;
    double seconds;
  };
  const std::vector<Case> cases = {
      {"Mwangi won the 800m in 1:44.71 on Friday.", "1:44.71", 104.71},
      {"She clocked 2:21:09 in the Berlin marathon.", "2:21:09", 8469},
  };
  for (const Case& c : cases) {
    const std::vector<v1::Figure> figures = Find(c.sentence);
    const v1::Figure* f = FigureWithText(figures, c.text);
    ASSERT_NE(f, nullptr) << c.sentence;
    EXPECT_EQ(f->dimension(), v1::DIMENSION_DURATION) << c.sentence;
    EXPECT_NEAR(f->normalized_value(), c.seconds, 1e-6) << c.sentence;
  }
  EXPECT_TRUE(Find("The ferry left at 10:48 sharp.").empty());
  EXPECT_TRUE(Find("The alarm went off at 10:48:30 a.m.").empty());
}

// A period that runs "to" a date ends at the date: "the nine months to 31
// March" is a period the sentence is about and the date that ends it, not a
// 9-31 month range; "18 to 24 months" and "between 5 and 10 months" stay
// ranges.
TEST(PeriodToADateTest, PeriodEndingAtADateIsNoRange) {
  const std::vector<std::string> sentences = {
      "Profit rose 12% in the nine months to 31 March.",
      "Sales fell in the six months to 30 June 2024, the group said.",
      "Output grew by 4% over 12 weeks to 4 August.",
  };
  for (const std::string& s : sentences) {
    for (const v1::Figure& f : Find(s)) {
      EXPECT_NE(f.qualifier(), v1::QUALIFIER_RANGE) << s << ": " << f.text();
      EXPECT_EQ(f.value_max(), 0) << s << ": " << f.text();
    }
  }
  for (const std::string& s : {std::string("The project will take 18 to 24 months."),
                               std::string("The wait is between 5 and 10 months.")}) {
    const std::vector<v1::Figure> range = Find(s);
    ASSERT_EQ(range.size(), 1u) << s;
    EXPECT_EQ(range[0].qualifier(), v1::QUALIFIER_RANGE) << s;
  }
}

// The quintal (100 kg), the mass unit Indian crop prices are quoted in: a
// price "per quintal" is a rate, and "quintals of" a mass.
TEST(QuintalTest, QuintalIsAMassUnit) {
  const std::vector<v1::Figure> price = Find(
      "Mandi traders in Bathinda paid Rs 3,150 per quintal for mustard.");
  const v1::Figure* f = FigureWithText(price, "Rs 3,150 per quintal");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->unit(), "INR per quintal");
  EXPECT_EQ(f->dimension(), v1::DIMENSION_CURRENCY);
  const std::vector<v1::Figure> paddy =
      Find("The cooperative stored 640 quintals of paddy after the rains.");
  const v1::Figure* g = FigureWithText(paddy, "640 quintals");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->dimension(), v1::DIMENSION_MASS);
  EXPECT_DOUBLE_EQ(g->normalized_value(), 64000);
}

// A length of time written in falling units side by side is one duration in
// the smallest unit ("2 hours 40 minutes" = 160 minutes); joined by "and" or
// a comma its parts stay figures of their own, as the dev set counts them.
TEST(CompoundDurationTest, FallingUnitsOfTimeSideBySideAreOneDuration) {
  struct Case {
    std::string sentence;
    std::string text;
    double value;
    std::string unit;
  };
  const Case cases[] = {
      {"The crossing takes 2 hours 40 minutes in calm seas.",
       "2 hours 40 minutes", 160, "minute"},
      {"Rescuers reached the climbers after 3 hrs 20 mins.", "3 hrs 20 mins",
       200, "minute"},
      {"Her winning time was 1 hour 58 minutes 20 seconds.",
       "1 hour 58 minutes 20 seconds", 7100, "second"},
      {"The sentence is one year six months.", "one year six months", 18,
       "month"},
  };
  for (const Case& c : cases) {
    const std::vector<v1::Figure> f = Find(c.sentence);
    ASSERT_EQ(f.size(), 1u) << c.sentence;
    EXPECT_EQ(f[0].text(), c.text);
    EXPECT_DOUBLE_EQ(f[0].value(), c.value) << c.sentence;
    EXPECT_EQ(f[0].unit(), c.unit) << c.sentence;
    EXPECT_EQ(f[0].dimension(), v1::DIMENSION_DURATION);
  }
  // Joined, rising, or the same unit twice: separate lengths of time.
  EXPECT_EQ(Find("He was jailed for four years and eight months.").size(), 2u);
  EXPECT_EQ(Find("The record stood for one year, seven months.").size(), 2u);
  EXPECT_EQ(Find("She waited 20 minutes and then two hours more.").size(), 2u);
  EXPECT_EQ(Find("Queues of 3 hours and 2 hours were reported.").size(), 2u);
  EXPECT_EQ(Find("He got 6 years 18 months in all.").size(), 2u);
  EXPECT_EQ(Find("Three classes a week, 40 minutes each, were cut.").size(), 2u);
}

// A bare price after "sells for" borrows the currency of the amount before it,
// never its unit: a percent or a weight before the sale is no price.
TEST(SalePriceTest, APriceBorrowsACurrencyButNoUnit) {
  struct Case {
    std::string sentence;
    std::string text;
  };
  const std::vector<Case> bare = {
      {"Inflation hit 9% and bread now sells for 45 a loaf.", "45"},
      {"The stock gained 12% in a year and now sells for 40 a share.", "40"},
      {"The harvest reached 40 tonnes and now sells for 300 a bag.", "300"},
      {"Each hive gives 8 kg of honey, which sells for 90 a jar.", "90"},
  };
  for (const Case& c : bare) {
    const std::vector<v1::Figure> figures = Find(c.sentence);
    const v1::Figure* f = FigureWithText(figures, c.text);
    ASSERT_NE(f, nullptr) << c.sentence;
    EXPECT_EQ(f->unit(), "") << c.sentence;
    EXPECT_NE(f->dimension(), v1::DIMENSION_PERCENT) << c.sentence;
    EXPECT_NE(f->dimension(), v1::DIMENSION_MASS) << c.sentence;
  }
  const std::vector<v1::Figure> priced =
      Find("A sack that cost $30 in May now sells for 45.");
  const v1::Figure* now = FigureWithText(priced, "45");
  ASSERT_NE(now, nullptr);
  EXPECT_EQ(now->unit(), "USD");
}

// "dram", Armenia's currency, is money after an amount in digits, singular or
// plural; a dram of drink ("a dram of whisky", "2 drams of rum") is not.
TEST(DramTest, DramAfterDigitsIsArmenianMoney) {
  const std::vector<std::pair<std::string, std::string>> money = {
      {"The new metro line will cost 18 billion dram.", "18 billion dram"},
      {"A bus ride costs 250 dram in Gyumri.", "250 dram"},
      {"Nurses earn about 280,000 dram a month.", "about 280,000 dram"},
      {"The fine was raised to 40,000 drams.", "40,000 drams"},
  };
  for (const auto& c : money) {
    const std::vector<v1::Figure> figures = Find(c.first);
    const v1::Figure* f = FigureWithText(figures, c.second);
    ASSERT_NE(f, nullptr) << c.first;
    EXPECT_EQ(f->unit(), "AMD") << c.first;
    EXPECT_EQ(f->dimension(), v1::DIMENSION_CURRENCY) << c.first;
  }
  for (const std::string& s :
       {std::string("The landlord poured a dram of whisky for each guest."),
        std::string("She allows herself one dram of rum on Fridays."),
        std::string("He drank 3 drams of brandy at the wake.")}) {
    EXPECT_FALSE(AnyInCurrency(Find(s), "AMD")) << s;
  }
}

// A small count of drams shared out is drink; a price in drams is not small.
TEST(DramTest, AFewDramsEachAreDrinkNotMoney) {
  EXPECT_FALSE(AnyInCurrency(Find("Tasters poured 2 drams each."), "AMD"));
  const std::vector<v1::Figure> fare =
      Find("Tickets cost 300 dram each at the kiosk.");
  const v1::Figure* f = FigureWithText(fare, "300 dram");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->unit(), "AMD");
}

// Nordic and Balkan desks: the krona of a story from the Faroe Islands is the
// Danish krone the islands use; Iceland's where the text names no islands;
// Albania's lek after digits, not "a lek" of birds.
TEST(CrownAndLekTest, FaroeseKronurAreDanishAndLekAfterDigitsIsAlbanian) {
  const std::vector<v1::Figure> faroe = Find(
      "KLAKSVIK, Faroe Islands — The farmer made 212 million Faroese kr\xC3\xB3nur, "
      "or 4.10 kr\xC3\xB3nur per kilogram.");
  const v1::Figure* whole = FigureWithText(faroe, "212 million Faroese kr\xC3\xB3nur");
  ASSERT_NE(whole, nullptr);
  EXPECT_EQ(whole->unit(), "DKK");
  const v1::Figure* per_kilo = FigureWithText(faroe, "4.10 kr\xC3\xB3nur per kilogram");
  ASSERT_NE(per_kilo, nullptr);
  EXPECT_EQ(per_kilo->unit(), "DKK per kilogram");
  const std::vector<v1::Figure> iceland =
      Find("The Reykjavik bank earned 3 billion kr\xC3\xB3nur last year.");
  const v1::Figure* isk = FigureWithText(iceland, "3 billion kr\xC3\xB3nur");
  ASSERT_NE(isk, nullptr);
  EXPECT_EQ(isk->unit(), "ISK");
  const std::vector<v1::Figure> lek =
      Find("The port will cost 1.6 billion lek, and a ferry ticket 420 lek\xC3\xAB.");
  for (const char* text : {"1.6 billion lek", "420 lek\xC3\xAB"}) {
    const v1::Figure* f = FigureWithText(lek, text);
    ASSERT_NE(f, nullptr) << text;
    EXPECT_EQ(f->unit(), "ALL") << text;
    EXPECT_EQ(f->dimension(), v1::DIMENSION_CURRENCY) << text;
  }
  EXPECT_FALSE(AnyInCurrency(Find("Grouse gather at a lek each spring."), "ALL"));
}

// A bare number after "from" takes the currency of the level before it also
// over a phrase of the period the level covers.
TEST(ElidedUnitTest, ABareNumberBorrowsOverAPeriodPhrase) {
  const std::vector<v1::Figure> figures =
      Find("Profit fell to 84 million krónur in the July-September quarter, "
           "from 97 million a year earlier.");
  const v1::Figure* f = FigureWithText(figures, "97 million");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->dimension(), v1::DIMENSION_CURRENCY);
  EXPECT_EQ(f->unit(), FigureWithText(figures, "84 million krónur")->unit());
}

// The period phrase may end in "period" ("in the April-June period").
TEST(ElidedUnitTest, ABareNumberBorrowsOverANamedPeriod) {
  const std::vector<v1::Figure> figures =
      Find("Rents rose to 52 million rand in the April-June period, from 47 "
           "million a year earlier.");
  const v1::Figure* f = FigureWithText(figures, "47 million");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->dimension(), v1::DIMENSION_CURRENCY);
  EXPECT_EQ(f->unit(), "ZAR");
}

}  // namespace
}  // namespace factwire
