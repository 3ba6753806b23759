// Amounts written the way unseen copy writes them: currency signs after the
// number, signs several countries share, changes "from X to Y", durations
// and counts of occasions.

#include <string>
#include <utility>
#include <vector>

#include "figure_test_support.h"
#include "gtest/gtest.h"

namespace factwire {
namespace {

using figure_test::FigureWithText;
using figure_test::Find;

struct MoneyCase {
  std::string sentence;
  std::string text;  // the figure's text
  double value;
  std::string code;  // its unit
};

// Checks that `c.sentence` has the figure `c.text` of `c.value` in `c.code`.
void ExpectMoney(const MoneyCase& c) {
  const std::vector<v1::Figure> figures = Find(c.sentence);
  const v1::Figure* f = FigureWithText(figures, c.text);
  ASSERT_NE(f, nullptr) << c.sentence;
  EXPECT_DOUBLE_EQ(f->value(), c.value) << c.sentence;
  EXPECT_EQ(f->unit(), c.code) << c.sentence;
  EXPECT_EQ(f->dimension(), v1::DIMENSION_CURRENCY) << c.sentence;
}

// Central and northern European copy writes the currency sign after the
// amount: "110 zł", "55 Kč", "300 lei", "450 Ft", "48 kr".
TEST(CurrencyAfterNumberTest, SignAfterTheAmountIsItsCurrency) {
  const std::vector<MoneyCase> cases = {
      {"A monthly pass in Warsaw now costs 110 zł for adults.", "110 zł", 110,
       "PLN"},
      {"Fans at the Brno stadium paid 55 Kč for a beer on Saturday.", "55 Kč",
       55, "CZK"},
      {"Pensioners will receive an extra 300 lei a month from January.",
       "300 lei", 300, "RON"},
      {"The council charges 450 Ft for a single tram ticket.", "450 Ft", 450,
       "HUF"},
      {"Tickets for the final cost 3 000 € each.", "3 000 €", 3000, "EUR"},
      {"The Bulgarian mint sold the coins at 25 leva apiece.", "25 leva", 25,
       "BGN"},
  };
  for (const MoneyCase& c : cases) ExpectMoney(c);
}

// The shilling, taka and lira as the East African, Bangladeshi and Turkish
// press write them: "Sh2.4 billion", "Shs45 billion", "Tk 1,200 crore",
// "60 TL".
TEST(CurrencyAfterNumberTest, RegionalPressSigns) {
  const std::vector<MoneyCase> cases = {
      {"The county spent Sh2.4 billion on roads last year.", "Sh2.4 billion",
       2.4e9, "KES"},
      {"Kampala City Council approved Shs45 billion for drainage.",
       "Shs45 billion", 45e9, "UGX"},
      {"The bridge will cost Tk 1,200 crore, the ministry said.",
       "Tk 1,200 crore", 1.2e10, "BDT"},
      {"A kilo of tomatoes now costs 60 TL at the market.", "60 TL", 60,
       "TRY"},
  };
  for (const MoneyCase& c : cases) ExpectMoney(c);
}

// "kr" is the crown of Norway, Sweden, Denmark and Iceland: the country the
// text names decides which.
TEST(CurrencyAfterNumberTest, CrownTakesTheCountryOfTheText) {
  const std::vector<MoneyCase> cases = {
      {"Ferry fares out of Bergen will rise to 48 kr next month.", "48 kr",
       48, "NOK"},
      {"STOCKHOLM - The lender's shares closed at 214.60 kr on Friday.",
       "214.60 kr", 214.6, "SEK"},
      {"A hot dog at Copenhagen's central station now costs 35 kr.", "35 kr.",
       35, "DKK"},
      {"Analysts cut their target to 70 kr, valuing the group at NOK 3 "
       "billion.",
       "70 kr", 70, "NOK"},
  };
  for (const MoneyCase& c : cases) ExpectMoney(c);
}

// "Sh" is the shilling of Kenya unless the text names Tanzania, Uganda or
// Somalia; "K" before money-shaped amounts is the kwacha of Zambia unless the
// text names Malawi (or the kina of Papua New Guinea); "F$" is Fiji's dollar
// and "pc" glued to a number is per cent.
TEST(CurrencyAfterNumberTest, ShillingKwachaFijiAndPcTakeTheirCountry) {
  const std::vector<MoneyCase> cases = {
      {"Growers in Arusha were paid Sh1,850 a kilo for coffee.",
       "Sh1,850 a kilo", 1850, "TZS per kilogram"},
      {"DAR ES SALAAM - The cashew board said buyers in Tanzania offered "
       "Sh3,100 at the auction.",
       "Sh3,100", 3100, "TZS"},
      {"The county in western Kenya set aside Sh80 million for clinics.",
       "Sh80 million", 8e7, "KES"},
      {"The Lusaka city council will spend K18 million on drains.",
       "K18 million", 1.8e7, "ZMW"},
      {"Maize in Lilongwe now sells at K25,000 a bag.", "K25,000", 25000,
       "MWK"},
      {"The wharf upgrade in Suva will cost F$2.5 million.", "F$2.5 million",
       2.5e6, "FJD"},
  };
  for (const MoneyCase& c : cases) ExpectMoney(c);
  const std::vector<v1::Figure> pc = Find("House prices rose 9pc last year.");
  ASSERT_EQ(pc.size(), 1u);
  EXPECT_EQ(pc[0].unit(), "percent");
  EXPECT_DOUBLE_EQ(pc[0].value(), 9);
}

// "Rs" and "rupees" are the rupee of India unless the text names Pakistan,
// Sri Lanka or Nepal.
TEST(CurrencyAfterNumberTest, RupeeTakesTheCountryOfTheText) {
  const std::vector<MoneyCase> cases = {
      {"Stands at the Lahore ground charged Rs 50 for students.", "Rs 50", 50,
       "PKR"},
      {"COLOMBO - Petrol will cost Rs 370 a litre from Monday, the Sri Lankan "
       "energy ministry said.",
       "Rs 370 a litre", 370, "LKR per litre"},
      {"Tea stalls in Kathmandu have raised prices to 40 rupees a cup.",
       "40 rupees a cup", 40, "NPR per cup"},
      {"Mumbai commuters will pay Rs 30 for the shortest metro ride.",
       "Rs 30", 30, "INR"},
      {"The fine was raised to Rs 2,000 for a first offence.", "Rs 2,000",
       2000, "INR"},
  };
  for (const MoneyCase& c : cases) ExpectMoney(c);
}

// The same signs stay what they were elsewhere: feet in a sentence about
// length, dollars in an American story.
TEST(CurrencyAfterNumberTest, OtherReadingsStay) {
  const std::vector<v1::Figure> fence = Find("The fence stands 8 Ft tall.");
  const v1::Figure* f = FigureWithText(fence, "8 Ft");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->unit(), "ft");
  const std::vector<v1::Figure> dallas =
      Find("DALLAS - A ticket to the game now costs $45, up from $38.");
  ASSERT_NE(FigureWithText(dallas, "$45"), nullptr);
  EXPECT_EQ(FigureWithText(dallas, "$45")->unit(), "USD");
}

// A fraction of a coin or a currency is that share of it: "half a cent" is
// 0.5 cent, as "half a litre" is 0.5 litre.
TEST(FractionOfMoneyTest, FractionBeforeACurrencyIsAnAmountOfIt) {
  const std::vector<MoneyCase> cases = {
      {"The city's tax rate falls by half a cent next year.", "half a cent",
       0.5, "cent"},
      {"Bus fares went up by half a euro on Monday.", "half a euro", 0.5,
       "EUR"},
      {"A first-class stamp now costs a quarter of a dollar more.",
       "a quarter of a dollar", 0.25, "USD"},
      {"Wholesale gas prices rose three-quarters of a cent overnight.",
       "three-quarters of a cent", 0.75, "cent"},
      {"The duty adds a third of a penny per litre.",
       "a third of a penny per litre", 1.0 / 3, "penny per litre"},
  };
  for (const MoneyCase& c : cases) ExpectMoney(c);
}

// A fraction of a scale stays a number of the currency after it, and a
// fraction of what is no money stays what it was.
TEST(FractionOfMoneyTest, OtherFractionsStay) {
  ExpectMoney({"Her grandmother left half a million dollars to the church.",
               "half a million dollars", 500000, "USD"});
  const std::vector<v1::Figure> eggs =
      Find("Half a dozen eggs cost a dollar at the market.");
  const v1::Figure* dozen = FigureWithText(eggs, "Half a dozen");
  ASSERT_NE(dozen, nullptr);
  EXPECT_DOUBLE_EQ(dozen->value(), 6);
  EXPECT_EQ(dozen->unit(), "");
  // "by a quarter" sizes a change even where money is spoken of: a fraction,
  // not a 25-cent coin; "costs a quarter" stays the coin.
  const std::vector<v1::Figure> cut = Find(
      "The $3 kit cut infections by more than a quarter in rural clinics.");
  const v1::Figure* quarter = FigureWithText(cut, "more than a quarter");
  ASSERT_NE(quarter, nullptr);
  EXPECT_EQ(quarter->dimension(), v1::DIMENSION_RATIO);
  EXPECT_EQ(quarter->unit(), "");
  ExpectMoney({"A phone call from the booth costs a quarter.", "a quarter",
               0.25, "USD"});
}

// True if some figure of `figures` has the text `text`.
bool HasFigure(const std::vector<v1::Figure>& figures, const std::string& text) {
  return FigureWithText(figures, text) != nullptr;
}

// "twenty-foot equivalent units" names what is counted (a container size as
// a unit of count), so its number is no length; the count before it stays.
TEST(UnitNameNumberTest, MeasureBeforeEquivalentNamesTheUnit) {
  struct Case {
    std::string sentence;
    std::string count;     // the figure that stays
    std::string modifier;  // the measure inside the unit's name
  };
  const std::vector<Case> cases = {
      {"Volumes rose to 1.32 million twenty-foot equivalent units (TEUs) in "
       "May.",
       "1.32 million", "twenty-foot"},
      {"The port handled 4.1 million 20-foot equivalent units last year.",
       "4.1 million", "20-foot"},
      {"Its new ships can carry 24,000 forty-foot equivalent units between "
       "them.",
       "24,000", "forty-foot"},
      {"Throughput hit 2.5 million twenty-foot-equivalent units in 2025.",
       "2.5 million", "twenty-foot"},
  };
  for (const Case& c : cases) {
    const std::vector<v1::Figure> figures = Find(c.sentence);
    EXPECT_TRUE(HasFigure(figures, c.count)) << c.sentence;
    EXPECT_FALSE(HasFigure(figures, c.modifier)) << c.sentence;
  }
  // A measure of a thing stays a length.
  const std::vector<v1::Figure> wall =
      Find("Crews built a 20-foot wall around the depot.");
  const v1::Figure* f = FigureWithText(wall, "20-foot");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->unit(), "ft");
}

// "a couple of" before a unit or currency is two of it, as "two" would be.
TEST(CoupleOfUnitTest, CoupleBeforeAUnitIsTwoOfIt) {
  struct Case {
    std::string sentence;
    std::string text;
    std::string unit;
    v1::Dimension dimension;
  };
  const std::vector<Case> cases = {
      {"Repairs to the bridge will take a couple of weeks.",
       "a couple of weeks", "week", v1::DIMENSION_DURATION},
      {"The river rose a couple of metres overnight.", "a couple of metres",
       "m", v1::DIMENSION_LENGTH},
      {"Support for the party fell a couple of percentage points in May.",
       "a couple of percentage points", "percentage point",
       v1::DIMENSION_PERCENT},
      {"A pint now costs a couple of dollars more than last year.",
       "a couple of dollars", "USD", v1::DIMENSION_CURRENCY},
  };
  for (const Case& c : cases) {
    const std::vector<v1::Figure> figures = Find(c.sentence);
    const v1::Figure* f = FigureWithText(figures, c.text);
    ASSERT_NE(f, nullptr) << c.sentence;
    EXPECT_DOUBLE_EQ(f->value(), 2) << c.sentence;
    EXPECT_EQ(f->unit(), c.unit) << c.sentence;
    EXPECT_EQ(f->dimension(), c.dimension) << c.sentence;
  }
  // A couple of people stay a count.
  const std::vector<v1::Figure> residents =
      Find("A couple of residents complained to the council.");
  const v1::Figure* count = FigureWithText(residents, "A couple");
  ASSERT_NE(count, nullptr);
  EXPECT_EQ(count->dimension(), v1::DIMENSION_COUNT);
}

// The other end of a comparison written without its unit takes the unit of
// the end that has one: "from 90 hours to 70", "to 12 tonnes from 9",
// "4.1%, down from 4.3".
TEST(ElidedUnitTest, BareEndOfAComparisonTakesTheOtherEndsUnit) {
  struct Case {
    std::string sentence;
    std::string text;  // the bare end
    double value;
    std::string unit;
    v1::Dimension dimension;
  };
  const std::vector<Case> cases = {
      {"The union wants monthly flying time cut from 90 hours to 70.", "70",
       70, "hour", v1::DIMENSION_DURATION},
      {"The limit on the bypass was raised from 50 km/h to 60 on Monday.",
       "60", 60, "kilometre per hour", v1::DIMENSION_SPEED},
      {"Season tickets went up from \xC2\xA3" "240 to 265 this summer.", "265",
       265, "GBP", v1::DIMENSION_CURRENCY},
      {"Output at the mill rose to 12 tonnes a day from 9.", "9", 9, "tonne",
       v1::DIMENSION_MASS},
      {"The jobless rate was 4.1%, down from 4.3 a year earlier.", "4.3", 4.3,
       "percent", v1::DIMENSION_PERCENT},
  };
  for (const Case& c : cases) {
    const std::vector<v1::Figure> figures = Find(c.sentence);
    const v1::Figure* f = FigureWithText(figures, c.text);
    ASSERT_NE(f, nullptr) << c.sentence;
    EXPECT_DOUBLE_EQ(f->value(), c.value) << c.sentence;
    EXPECT_EQ(f->unit(), c.unit) << c.sentence;
    EXPECT_EQ(f->dimension(), c.dimension) << c.sentence;
  }
}

// "up from"/"down from" reach back over the words after the amount ("62 Kč in
// a typical pub, up from 56"); the nearest amount decides, so a bare count
// there lends no unit ("cut 1,200 jobs in Europe, up from 900").
TEST(ElidedUnitTest, UpFromReachesOverAPhrase) {
  struct Case {
    std::string sentence;
    std::string text;
    std::string unit;
  };
  const std::vector<Case> cases = {
      {"A pint costs 62 Kč in a typical Brno pub, up from 56.", "56", "CZK"},
      {"Unemployment stood at 4.1% in the capital, down from 4.6.", "4.6",
       "percent"},
      {"Inflation was 3% in June, up from 2.8 in May.", "2.8", "percent"},
      {"Fares were $2.75 on most routes, up from 2.50.", "2.50", "USD"},
      {"Fares were NZ$2.75 on most routes, up from 2.50.", "2.50", "NZD"},
      {"Sales were HK$212 million, up from 190 million.", "190 million",
       "HKD"},
      {"The bank cut 1,200 jobs in Europe, up from 900.", "900", ""},
      {"It sold 3 tonnes of grain to 40 farmers, up from 30.", "30", ""},
      // A named period lends no unit: "5,296" counts offences, not months.
      {"Police logged 4,100 thefts in the 12 months to June, down from "
       "4,650 a year earlier.",
       "4,650", ""},
  };
  for (const Case& c : cases) {
    const std::vector<v1::Figure> figures = Find(c.sentence);
    const v1::Figure* f = FigureWithText(figures, c.text);
    ASSERT_NE(f, nullptr) << c.sentence;
    EXPECT_EQ(f->unit(), c.unit) << c.sentence;
  }
}

// A scaled bare number borrows the currency or unit of a scaled amount at the
// other end of "from", "up from", "against" or "compared with"; a plain
// amount, an amount of another magnitude, an amount not adjoining the
// comparison and a year lend nothing.
TEST(ElidedUnitTest, ScaledBareEndAndSetAgainstTakeTheOtherEndsUnit) {
  struct Case {
    std::string sentence;
    std::string text;
    std::string unit;
  };
  const std::vector<Case> cases = {
      {"Net profit slipped to 212 million Norwegian kroner from 359 million.",
       "359 million", "NOK"},
      {"Sales of 1.2 billion rand, up from 980 million, pleased analysts.",
       "980 million", "ZAR"},
      {"The group earned $4.5 billion last year from 3.9 billion.",
       "3.9 billion", ""},
      {"Exports fell to $4.5 billion from 3.9 billion.", "3.9 billion",
       "USD"},
      {"Its debt stood at \xE2\x82\xAC" "120 million compared with 98 million a "
       "year earlier.",
       "98 million", "EUR"},
      {"The council borrowed \xC2\xA3" "2.1bn against 1.7bn in 2023.", "1.7bn",
       "GBP"},
      {"The harvest reached 12 million tonnes, up from 9 million.",
       "9 million", "tonne"},
      {"Jobless claims were 3.9% against 4.2 a month before.", "4.2",
       "percent"},
      {"Revenue rose to $3 billion from 90 million.", "90 million", ""},
      {"The mill employs 300 people and shipped 40 tonnes, compared with "
       "35 at the rival plant.",
       "35", "tonne"},
      {"Some 669 women died within 42 days of giving birth, compared with 817 "
       "the year before.",
       "817", ""},
      {"Yields averaged 6.1 tonnes across the region, compared with 5.7 a "
       "year earlier.",
       "5.7", "tonne"},
  };
  for (const Case& c : cases) {
    const std::vector<v1::Figure> figures = Find(c.sentence);
    const v1::Figure* f = FigureWithText(figures, c.text);
    ASSERT_NE(f, nullptr) << c.sentence;
    EXPECT_EQ(f->unit(), c.unit) << c.sentence;
  }
  EXPECT_EQ(FigureWithText(Find("Visits fell by 18% compared with 2021."),
                           "2021"),
            nullptr);
}

// A bare year at the other end of a comparison is a year, whatever the size
// of the amount before it: it takes no unit or currency and is no figure.
TEST(ElidedUnitTest, ABareYearIsNoElidedAmount) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Tourists paid \xE2\x82\xAC" "1,850 a night, compared with 2018, when "
       "rooms were cheaper.",
       "2018"},
      {"The port handled 2,400 tonnes, compared to 2020.", "2020"},
      {"The dam held 1,700 cubic metres against 2022.", "2022"},
      {"Rents climbed to \xC2\xA3" "1,950 a month from 2021.", "2021"},
  };
  for (const auto& [sentence, year] : cases) {
    EXPECT_EQ(FigureWithText(Find(sentence), year), nullptr) << sentence;
  }
}

// A scale letter glued to a bare number ("98m") at the other end of a
// comparison with a scaled amount of money is a scale, and the number takes
// the currency; "m" after a length, or before "of", stays metres.
TEST(ElidedUnitTest, AScaleLetterAfterAnAmountOfMoneyIsAScale) {
  struct Case {
    std::string sentence;
    std::string text;
    double value;
    std::string unit;
  };
  const std::vector<Case> cases = {
      {"The airline lost EUR 120m compared with 98m a year earlier.", "98m",
       98e6, "EUR"},
      {"Turnover at the brewer rose to $45m from 38m.", "38m", 38e6, "USD"},
      {"Ticket sales fell from \xC2\xA3" "12m to 9m this season.", "9m", 9e6,
       "GBP"},
      {"The port raised $2.1bn against 980m in 2023.", "980m", 980e6, "USD"},
      {"The new pool is 50m long, compared with 25m for the old one.", "25m",
       25, "m"},
      {"The firm spent $3m, and 400m of cable was laid.", "400m", 400, "m"},
  };
  for (const Case& c : cases) {
    const std::vector<v1::Figure> figures = Find(c.sentence);
    const v1::Figure* f = FigureWithText(figures, c.text);
    ASSERT_NE(f, nullptr) << c.sentence;
    EXPECT_DOUBLE_EQ(f->value(), c.value) << c.sentence;
    EXPECT_EQ(f->unit(), c.unit) << c.sentence;
  }
}

// A level after a change ("fell 3% to 450") and a number that counts a noun
// of its own keep no borrowed unit.
TEST(ElidedUnitTest, LevelsAfterAChangeAndCountedNumbersStay) {
  const std::vector<std::string> sentences = {
      "Shares in the lender fell 3% to 450 in early trading.",
      "Membership rose 4% from 120 a year ago.",
      "The share of pupils passing rose from 40% to 12 of the 30 schools.",
  };
  const std::vector<std::string> bare = {"450", "120", "12"};
  for (size_t i = 0; i < sentences.size(); ++i) {
    const std::vector<v1::Figure> figures = Find(sentences[i]);
    const v1::Figure* f = FigureWithText(figures, bare[i]);
    ASSERT_NE(f, nullptr) << sentences[i];
    EXPECT_EQ(f->unit(), "") << sentences[i];
  }
}

// "in" before a name (a month, a country, a city) is a preposition, even
// after a decimal: "4.3 in March" is no length in inches.
TEST(InBeforeANameTest, DecimalBeforeInAndANameIsNoInches) {
  struct Case {
    std::string sentence;
    std::string text;
  };
  const std::vector<Case> cases = {
      {"Rainfall at the airport was 4.3 in March.", "4.3"},
      {"Inflation eased to 2.6 in France, the statistics office said.", "2.6"},
      {"The index stood at 101.8 in Ontario and 99.2 in Quebec.", "101.8"},
  };
  for (const Case& c : cases) {
    const std::vector<v1::Figure> figures = Find(c.sentence);
    const v1::Figure* f = FigureWithText(figures, c.text);
    ASSERT_NE(f, nullptr) << c.sentence;
    EXPECT_EQ(f->unit(), "") << c.sentence;
  }
  // Inches stay inches before a word that is no name.
  const std::vector<v1::Figure> pipe = Find("The pipe is 2.5 in thick.");
  ASSERT_NE(FigureWithText(pipe, "2.5 in"), nullptr);
  EXPECT_EQ(FigureWithText(pipe, "2.5 in")->unit(), "in");
  const std::vector<v1::Figure> phone = Find("It has a 6.1 in OLED display.");
  ASSERT_NE(FigureWithText(phone, "6.1 in"), nullptr);
}

// "from X to Y" after a verb of
// change set off by a comma and an adverb is a change (two EXACT figures), and
// "between X and Y" and "ranges from X to Y" stay ranges.
TEST(ChangeFromToTest, CommaAndAdverbBeforeFromStillAChange) {
  const std::vector<std::string> sentences = {
      "Pass rates in science rose slightly, from 61.2 per cent to 63.5 per cent.",
      "The county's jobless rate fell again, from 5.9% to 5.1%.",
      "Average rents climbed sharply, from \xC2\xA3" "950 to \xC2\xA3" "1,120 a month.",
  };
  for (const std::string& s : sentences) {
    const std::vector<v1::Figure> figures = figure_test::Find(s);
    ASSERT_EQ(figures.size(), 2u) << s;
    EXPECT_EQ(figures[0].qualifier(), v1::QUALIFIER_EXACT) << s;
    EXPECT_EQ(figures[1].qualifier(), v1::QUALIFIER_EXACT) << s;
  }
  const std::vector<v1::Figure> range =
      figure_test::Find("The incubation period ranges, on average, from six to 21 days.");
  ASSERT_EQ(range.size(), 1u);
  EXPECT_EQ(range[0].qualifier(), v1::QUALIFIER_RANGE);
}

// after "in <year>", "to" and a
// two-digit number is the new level of a change, not the end of a span of
// years; "2023-24" and "from 2023 to 2025" stay no figure.
TEST(YearThenLevelTest, TwoDigitsAfterInYearToAreALevel) {
  const std::vector<std::string> sentences = {
      "Serious injuries in the sector rose from 19 in 2023 to 27 last year.",
      "Membership fell from 88 in 2019 to 61 this spring.",
      "Arrests went from 14 in 2021 to 39, police said.",
  };
  const std::vector<std::string> level = {"27", "61", "39"};
  for (size_t i = 0; i < sentences.size(); ++i) {
    EXPECT_NE(figure_test::FigureWithText(figure_test::Find(sentences[i]), level[i]),
              nullptr) << sentences[i];
  }
  EXPECT_TRUE(figure_test::Find("Rates were frozen for the 2023-24 season.").empty());
  EXPECT_TRUE(figure_test::Find("The plan ran from 2023 to 2025.").empty());
}

// "N times that <clause>" after a verb counts occasions of the verb (a COUNT),
// while "N times that of <year>" and "twice that amount" stay multipliers.
TEST(OccasionTimesTest, TimesBeforeAThatClauseAreOccasions) {
  const std::vector<std::pair<std::string, std::string>> occasions = {
      {"Inspectors had warned at least three times that the face was unstable.",
       "at least three times"},
      {"She told the board four times that it was running out of cash.",
       "four times"},
      {"The union reminded managers twice that they had agreed to a review.",
       "twice"},
  };
  for (const auto& [sentence, text] : occasions) {
    const std::vector<v1::Figure> figures = Find(sentence);
    const v1::Figure* f = FigureWithText(figures, text);
    ASSERT_NE(f, nullptr) << sentence;
    EXPECT_EQ(f->dimension(), v1::DIMENSION_COUNT) << sentence;
  }
  const std::vector<std::pair<std::string, std::string>> multipliers = {
      {"The bill is now three times that of 2019.", "three times"},
      {"Farmers were paid twice that amount last year.", "twice"},
  };
  for (const auto& [sentence, text] : multipliers) {
    const std::vector<v1::Figure> figures = Find(sentence);
    const v1::Figure* f = FigureWithText(figures, text);
    ASSERT_NE(f, nullptr) << sentence;
    EXPECT_EQ(f->dimension(), v1::DIMENSION_RATIO) << sentence;
  }
}

TEST(FractionOfMoneyTest, AFractionByWhichAPriceMovesIsARatio) {
  const std::vector<v1::Figure> f =
      Find("The price of a stamp went up by a quarter to 78 cents.");
  const v1::Figure* quarter = FigureWithText(f, "a quarter");
  ASSERT_NE(quarter, nullptr);
  EXPECT_EQ(quarter->dimension(), v1::DIMENSION_RATIO);
  EXPECT_EQ(quarter->unit(), "");
  const v1::Figure* third = FigureWithText(
      Find("Bus fares went up by a third to 80 cents."), "a third");
  ASSERT_NE(third, nullptr);
  EXPECT_EQ(third->dimension(), v1::DIMENSION_RATIO);
  // Two bare fractions are still a range.
  EXPECT_NE(FigureWithText(Find("He said one-quarter to one-third of staff "
                                "would leave."),
                           "one-quarter to one-third"),
            nullptr);
}

// Currencies named after the amount across the world (guaranies, pa'anga,
// tenge, dong, pula), and "francs" that are Rwanda's when the text is set
// there (Switzerland's when it names no country).
TEST(CurrencyAfterNumberTest, WorldCurrencyNamesAndTheFrancsOfTheirCountry) {
  const std::vector<MoneyCase> cases = {
      {"Farmers lost 310 million guaran\xC3\xAD" "es in the drought.",
       "310 million guaran\xC3\xAD" "es", 3.1e8, "PYG"},
      {"The fine was 95 pa'anga.", "95 pa'anga", 95, "TOP"},
      {"Herders received 150,000 tenge each.", "150,000 tenge", 150000, "KZT"},
      {"The hotel cost 2 million dong a night.", "2 million dong", 2e6, "VND"},
      {"Clinics got 4 million pula from the fund.", "4 million pula", 4e6, "BWP"},
      {"Each net costs about 1,300 Rwandan francs.", "about 1,300 Rwandan francs", 1300,
       "RWF"},
      {"Workers in Kigali earn 25,000 francs a month.", "25,000 francs", 25000, "RWF"},
      {"The Swiss bank paid 4 million francs.", "4 million francs", 4e6, "CHF"},
  };
  for (const MoneyCase& c : cases) ExpectMoney(c);
}

// "shillings" after the amount are the shilling of the country the text
// names, Kenya's when none; "fetched" gives the price its seller.
TEST(CurrencyAfterNumberTest, ShillingsAfterTheAmountTakeTheirCountry) {
  const std::vector<MoneyCase> cases = {
      {"A goat fetched about 9,000 shillings in Nanyuki.",
       "about 9,000 shillings", 9000, "KES"},
      {"In Kampala a goat fetched 150,000 shillings.", "150,000 shillings",
       150000, "UGX"},
  };
  for (const MoneyCase& c : cases) ExpectMoney(c);
  const std::vector<v1::Figure> goat =
      Find("A goat fetched about 9,000 shillings in Nanyuki.");
  ASSERT_EQ(goat.size(), 1u);
  EXPECT_EQ(goat[0].subject(), "goat");
  // A bare price after "sells for" borrows the currency of the amount just
  // before it.
  const std::vector<v1::Figure> now = Find(
      "A goat that fetched 9,000 shillings in May now sells for under 5,000.");
  const v1::Figure* under = FigureWithText(now, "under 5,000");
  ASSERT_NE(under, nullptr);
  EXPECT_EQ(under->unit(), "KES");
}

// Shillings in a story that names Britain are the British coin, which has no
// code: not Kenya's, whose shilling is the default only when no other
// shilling country is named.
TEST(CurrencyAfterNumberTest, BritishShillingsAreNotKenyas) {
  const char* const british[] = {
      "In 1960 a loaf of bread in London cost 2 shillings.",
      "Britain abolished the shilling in 1971, when a pint cost 12 shillings.",
      "A UK stamp cost 3 shillings in 1965.",
      "Before decimal coins, a ticket in England cost 5 shillings.",
  };
  for (const char* sentence : british) {
    for (const v1::Figure& f : Find(sentence)) {
      EXPECT_NE(f.unit(), "KES") << sentence;
    }
  }
  const std::vector<v1::Figure> nairobi =
      Find("In Nairobi a loaf of bread costs 60 shillings.");
  const v1::Figure* loaf = FigureWithText(nairobi, "60 shillings");
  ASSERT_NE(loaf, nullptr);
  EXPECT_EQ(loaf->unit(), "KES");
}

// Gem weight in carats and electric potential in volts are units.
TEST(UnitNamesTest, CaratsAndVoltsAreUnits) {
  using v1::Figure;
  const std::vector<Figure> carats =
      Find("Mine output rose to 6.2 million carats.");
  ASSERT_EQ(carats.size(), 1u);
  EXPECT_EQ(carats[0].unit(), "carat");
  EXPECT_EQ(carats[0].dimension(), v1::DIMENSION_MASS);
  EXPECT_EQ(carats[0].subject(), "Mine output");
  const std::vector<Figure> line = Find("The new 220 kV line cost $80m.");
  const v1::Figure* kv = FigureWithText(line, "220 kV");
  ASSERT_NE(kv, nullptr);
  EXPECT_EQ(kv->unit(), "kilovolt");
  const std::vector<Figure> grid = Find("Homes get 230V from the grid.");
  const v1::Figure* volts = FigureWithText(grid, "230V");
  ASSERT_NE(volts, nullptr);
  EXPECT_EQ(volts->unit(), "volt");
  // A lone capital V apart from the number is no unit ("5 V 3").
  const std::vector<Figure> score = Find("They won the final 5 V 3.");
  EXPECT_EQ(FigureWithText(score, "5 V"), nullptr);
}

// "P" before an amount shaped like money is the pula in a text set in
// Botswana and the peso in one set in the Philippines; not a name ("P45").
TEST(CurrencyLetterTest, PIsThePulaInBotswanaAndThePesoInThePhilippines) {
  const std::vector<MoneyCase> cases = {
      {"Botswana will spend P3.4 billion on clinics.", "P3.4 billion", 3.4e9,
       "BWP"},
      {"In Gaborone, bus fares rose to P1,250 a month.", "P1,250", 1250, "BWP"},
      {"Manila approved P12 billion for flood defences.", "P12 billion", 1.2e10,
       "PHP"},
  };
  for (const MoneyCase& c : cases) ExpectMoney(c);
  EXPECT_TRUE(Find("He handed in his P45 form.").empty());
}

// A plural vague amount before "of" and a unit is measured in that unit:
// "hundreds of thousands of tonnes" is a mass; "hundreds of pounds of" (weight
// or money) and a unit opening a compound ("seconds-long") stay counts.
TEST(VagueAmountUnitTest, PluralVagueAmountOfUnitIsAMeasure) {
  struct Case {
    std::string sentence;
    std::string text;
    v1::Dimension dimension;
    std::string unit;
  };
  const std::vector<Case> cases = {
      {"The strike stranded hundreds of thousands of tonnes of maize.",
       "hundreds of thousands of tonnes", v1::DIMENSION_MASS, "tonne"},
      {"Dairies dumped tens of thousands of litres of milk.",
       "tens of thousands of litres", v1::DIMENSION_VOLUME, "l"},
      {"Crews cleared dozens of kilometres of ditches.",
       "dozens of kilometres", v1::DIMENSION_LENGTH, "km"},
      {"Thousands of acres of pasture burned.", "Thousands of acres",
       v1::DIMENSION_AREA, "acre"},
  };
  for (const Case& c : cases) {
    const std::vector<v1::Figure> figures = Find(c.sentence);
    const v1::Figure* f = FigureWithText(figures, c.text);
    ASSERT_NE(f, nullptr) << c.sentence;
    EXPECT_EQ(f->dimension(), c.dimension) << c.sentence;
    EXPECT_EQ(f->unit(), c.unit) << c.sentence;
    EXPECT_EQ(f->qualifier(), v1::QUALIFIER_APPROXIMATE) << c.sentence;
  }
  const std::vector<v1::Figure> drugs =
      Find("Smugglers moved hundreds of pounds of heroin.");
  ASSERT_EQ(drugs.size(), 1u);
  EXPECT_EQ(drugs[0].unit(), "");
  const std::vector<v1::Figure> talks =
      Find("She held hundreds of seconds-long talks with voters.");
  ASSERT_EQ(talks.size(), 1u);
  EXPECT_EQ(talks[0].unit(), "");
}

// After "<plural vague amount> of" only a unit of bulk or time measures the
// amount; a unit word that also names counted things ("degrees", "bits",
// "cups", "nights", "seasons") is what the amount counts.
TEST(VagueAmountUnitTest, CountedThingAfterAVagueAmountIsNoUnit) {
  for (const std::string& s :
       {std::string("The college granted thousands of degrees this spring."),
        std::string("Divers lifted hundreds of bits of wreckage."),
        std::string("Volunteers poured dozens of cups of soup."),
        std::string("The hostel sold thousands of nights to students."),
        std::string("He coached for dozens of seasons.")}) {
    const std::vector<v1::Figure> figures = Find(s);
    ASSERT_EQ(figures.size(), 1u) << s;
    EXPECT_EQ(figures[0].dimension(), v1::DIMENSION_COUNT) << s;
    EXPECT_EQ(figures[0].unit(), "") << s;
  }
}

// A bare "N-M" after a be-form, "to" or "went"/"finished" with no plural
// noun after it is a team's record or a score, not a range.
TEST(NotAFigureTest, WinLossRecordIsNoRange) {
  for (const std::string& s :
       {std::string("The Rovers are 4-7 after a loss in Leeds."),
        std::string("The club went 6-9 last season."),
        std::string("She and Ortiz finished 1-2 in the sprint.")}) {
    EXPECT_TRUE(Find(s).empty()) << s;
  }
  EXPECT_NE(FigureWithText(Find("Most wards are 25-30 beds."), "25-30"),
            nullptr);
  EXPECT_NE(FigureWithText(Find("Most wards hold 25-30 patients."), "25-30"),
            nullptr);
}

// After a be-form or "went"/"finished", "N-M" is a side's record only when
// a side holds it (a name, "they", "we") or the sentence is about games; a
// measured noun's "N-M" stays a range.
TEST(NotAFigureTest, RangeOfAMeasuredSubjectIsNoRecord) {
  for (const std::string& s :
       {std::string("Highs were 21-24 on the coast."),
        std::string("Group sizes are 12-15 at most sites."),
        std::string("Turnout was 55-60 in the northern wards."),
        std::string("The entry age is 16-19 for the course.")}) {
    const v1::Figure* f = FigureWithText(Find(s), s.substr(s.find('-') - 2, 5));
    ASSERT_NE(f, nullptr) << s;
    EXPECT_EQ(f->qualifier(), v1::QUALIFIER_RANGE) << s;
  }
  for (const std::string& s :
       {std::string("The Hornets are 3-8 this year."),
        std::string("They were 2-5 before the break."),
        std::string("Hull went 7-4 over the winter.")}) {
    EXPECT_TRUE(Find(s).empty()) << s;
  }
}

// "to" after a verb of change sets a level: "N-M" there is a range unless a
// side's record is meant (a side as the subject, or games in the sentence).
TEST(NotAFigureTest, LevelAfterToIsARangeUnlessASideHoldsIt) {
  for (const std::string& s :
       {std::string("Highs will climb to 21-24 by Friday."),
        std::string("Group sizes could drop to 12-15 next term.")}) {
    const v1::Figure* f = FigureWithText(Find(s), s.substr(s.find('-') - 2, 5));
    ASSERT_NE(f, nullptr) << s;
    EXPECT_EQ(f->qualifier(), v1::QUALIFIER_RANGE) << s;
  }
  for (const std::string& s :
       {std::string("The Hornets improved to 4-8 on Saturday."),
        std::string("They slipped to 2-6 after the break."),
        std::string("Dunmore moved to 3-5 with the loss.")}) {
    EXPECT_TRUE(Find(s).empty()) << s;
  }
}

// The singular word "km", "kilometre" or "mile" before a number names a
// post along a road or river, not a distance.
TEST(NotAFigureTest, KilometrePostIsNoFigure) {
  for (const std::string& s :
       {std::string("The barge ran aground at Km 1,140 of the river."),
        std::string("Police closed the road at kilometre 38."),
        std::string("He dropped out at mile 19.")}) {
    EXPECT_TRUE(Find(s).empty()) << s;
  }
  EXPECT_NE(FigureWithText(Find("The wall runs 2 km 300 m."), "2 km 300 m"),
            nullptr);
}

// A lowercase "mile"/"km" before a number names a post only after a post
// preposition; after "every", "each" or "per" the number counts things.
TEST(NotAFigureTest, NumberAfterEachUnitIsNoPost) {
  for (const std::string& s :
       {std::string("For each mile 4 lamps were fitted."),
        std::string("Along every kilometre 6 benches were placed.")}) {
    const std::vector<v1::Figure> figures = Find(s);
    ASSERT_EQ(figures.size(), 1u) << s;
    EXPECT_EQ(figures[0].dimension(), v1::DIMENSION_COUNT) << s;
  }
  for (const std::string& s :
       {std::string("The convoy halted near Km 88 of the highway."),
        std::string("The leaders were clear past mile 20.")}) {
    EXPECT_TRUE(Find(s).empty()) << s;
  }
}

// "within a decade" is a limit of one decade, as "within six weeks" is.
TEST(QualifierTest, WithinOneUnitOfTimeIsAtMost) {
  const std::vector<v1::Figure> figures =
      Find("Engineers said the line could reach the port within a decade.");
  ASSERT_EQ(figures.size(), 1u);
  EXPECT_EQ(figures[0].text(), "within a decade");
  EXPECT_EQ(figures[0].unit(), "year");  // a decade is written as 10 years
  EXPECT_EQ(figures[0].qualifier(), v1::QUALIFIER_AT_MOST);
  EXPECT_DOUBLE_EQ(figures[0].value(), 10);
}

// A sentence-opening "Within a <unit>" says when the rest holds: no limit
// of its own, and the count after it keeps that period as its time scope.
TEST(QualifierTest, OpeningWithinOneUnitOfTimeIsATimeScope) {
  const std::vector<v1::Figure> figures =
      Find("Within a month, 350 residents had joined the scheme.");
  ASSERT_EQ(figures.size(), 1u);
  EXPECT_EQ(figures[0].text(), "350");
  EXPECT_EQ(figures[0].time_scope(), "a month");
}

// Every spelling of a hedge in the qualifier lexicon makes "a <unit of
// time>" a length ("close to a month", "up to a year", "just over a year"),
// but a lone preposition of time does not ("rose over a year").
TEST(QualifierTest, LexiconHedgesBeforeOneUnitOfTimeMakeALength) {
  struct Case {
    std::string sentence;
    std::string text;
    v1::Qualifier qualifier;
  };
  const std::vector<Case> cases = {
      {"The repairs took close to a month.", "close to a month",
       v1::QUALIFIER_APPROXIMATE},
      {"The closure could last up to a year.", "up to a year",
       v1::QUALIFIER_AT_MOST},
      {"The trial ran just over a year.", "just over a year",
       v1::QUALIFIER_MORE_THAN},
      {"She waited nearly a month for a reply.", "nearly a month",
       v1::QUALIFIER_APPROXIMATE},
  };
  for (const Case& c : cases) {
    const v1::Figure* f = FigureWithText(Find(c.sentence), c.text);
    ASSERT_NE(f, nullptr) << c.sentence;
    EXPECT_EQ(f->qualifier(), c.qualifier) << c.sentence;
    EXPECT_EQ(f->dimension(), v1::DIMENSION_DURATION) << c.sentence;
  }
  EXPECT_TRUE(Find("Prices rose sharply over a year.").empty());
}

// "within 20 kilometres of the highway" says how near a place lies: the
// distance stands as said; "within 5 km" alone and "within six weeks of"
// stay limits.
TEST(QualifierTest, WithinADistanceOfAPlaceIsNoLimit) {
  const std::vector<v1::Figure> near =
      Find("Most of the farms lie within 15 kilometres of the border.");
  ASSERT_EQ(near.size(), 1u);
  EXPECT_EQ(near[0].text(), "15 kilometres");
  EXPECT_EQ(near[0].qualifier(), v1::QUALIFIER_EXACT);
  const std::vector<v1::Figure> ban = Find("Drones are banned within 5 km.");
  ASSERT_EQ(ban.size(), 1u);
  EXPECT_EQ(ban[0].qualifier(), v1::QUALIFIER_AT_MOST);
  const std::vector<v1::Figure> weeks =
      Find("Results came within six weeks of the test.");
  ASSERT_EQ(weeks.size(), 1u);
  EXPECT_EQ(weeks[0].qualifier(), v1::QUALIFIER_AT_MOST);
}

// A qualified bare number or range ending its clause takes the unit of the
// amount just before it in the same or the previous sentence, when the two
// are of one magnitude: the unit is left out, not the thing counted.
TEST(ElidedUnitTest, BareCounterpartTakesTheUnitSaidBefore) {
  const std::vector<v1::Figure> days = Find(
      "Tenants got just 10 days to appeal, when the law required at least 28.");
  const v1::Figure* least = FigureWithText(days, "at least 28");
  ASSERT_NE(least, nullptr);
  EXPECT_EQ(least->dimension(), v1::DIMENSION_DURATION);
  EXPECT_EQ(least->unit(), "day");
  EXPECT_DOUBLE_EQ(least->normalized_value(), 28 * 86400.0);
  const std::string text =
      "\"We planned on fifteen years. Now it looks more like six to nine,\" "
      "he said.";
  std::vector<v1::Figure> figures;
  v1::TextSpan first, second;
  first.set_begin(0);
  first.set_end(static_cast<int>(text.find("Now")) - 1);
  second.set_begin(static_cast<int>(text.find("Now")));
  second.set_end(static_cast<int>(text.size()));
  FindFigures(text, first, &figures);
  FindFigures(text, second, &figures);
  const v1::Figure* range = FigureWithText(figures, "six to nine");
  ASSERT_NE(range, nullptr);
  EXPECT_EQ(range->unit(), "year");
  EXPECT_EQ(range->dimension(), v1::DIMENSION_DURATION);
}

// "closer to" compares as "like" does: "six days. Now it takes closer to
// ten" is ten days.
TEST(ElidedUnitTest, CloserToTakesTheUnitSaidBefore) {
  const std::vector<v1::Figure> figures =
      Find("The trip took four days; now it takes closer to seven.");
  const v1::Figure* seven = FigureWithText(figures, "seven");
  ASSERT_NE(seven, nullptr);
  EXPECT_EQ(seven->unit(), "day");
  EXPECT_EQ(seven->dimension(), v1::DIMENSION_DURATION);
}

// Not when something counted follows, the amount before is a hyphened
// modifier, or the two are far apart in size.
TEST(ElidedUnitTest, CountsModifiersAndOtherMagnitudesKeepNoUnit) {
  const std::vector<std::string> sentences = {
      "It rained for 14 days, and at least 30 homes flooded.",
      "The boat made a 45-minute crossing, though it may carry up to 150.",
      "The firm paid $3 million in fines; analysts had expected about 6.",
  };
  for (const std::string& s : sentences) {
    const std::vector<v1::Figure> figures = Find(s);
    ASSERT_EQ(figures.size(), 2u) << s;
    EXPECT_EQ(figures[1].unit(), "") << s;
    EXPECT_EQ(figures[1].dimension(), v1::DIMENSION_COUNT) << s;
  }
}

// "worth half a bag": a value put in a share of one counted thing is a
// figure (0.5), as "worth half a dollar" is money.
TEST(FractionTest, WorthHalfOfACountedThingIsAFigure) {
  const std::vector<v1::Figure> figures =
      Find("A sack sold now is worth half a sack sold after the rains.");
  ASSERT_EQ(figures.size(), 1u);
  EXPECT_EQ(figures[0].text(), "half");
  EXPECT_DOUBLE_EQ(figures[0].value(), 0.5);
  const std::vector<v1::Figure> coin = Find("The token is worth half a dollar.");
  ASSERT_EQ(coin.size(), 1u);
  EXPECT_EQ(coin[0].unit(), "USD");
  EXPECT_TRUE(Find("They gave it half a chance.").empty());
}

// A number word joined to "dozen" by a hyphen counts dozens: "two-dozen" is
// 24, as "two dozen" is.
TEST(NumberWordsTest, HyphenedDozenMultiplies) {
  const std::vector<v1::Figure> figures =
      Find("Almost three-dozen boats were lost in the storm.");
  ASSERT_EQ(figures.size(), 1u);
  EXPECT_EQ(figures[0].text(), "Almost three-dozen");
  EXPECT_DOUBLE_EQ(figures[0].value(), 36);
}

// A number joined by a hyphen to a noun it makes a kind of thing names the
// kind: "a single 3-pointer", "an 18-wheeler" count nothing; "three
// 3-pointers" counts three.
TEST(NotAFigureTest, NumberNamingAKindIsNoCount) {
  EXPECT_TRUE(Find("She hit a single 3-pointer in the game.").empty());
  EXPECT_TRUE(Find("An 18-wheeler blocked the road.").empty());
  const std::vector<v1::Figure> shots =
      Find("He made four 3-pointers in the second half.");
  ASSERT_EQ(shots.size(), 1u);
  EXPECT_EQ(shots[0].text(), "four");
}


// An age set off by commas after a person noun with an article or a
// possessive is an age, as after a name: "Her son, 22, ..."; a bare noun in a
// list is not ("a man, 3 boys").
TEST(AppositiveAgeTest, AfterAPersonNounWithADeterminer) {
  const std::vector<v1::Figure> son =
      Find("Her son, 19, stayed home on polling day.");
  ASSERT_EQ(son.size(), 1u);
  EXPECT_EQ(son[0].dimension(), v1::DIMENSION_AGE);
  EXPECT_EQ(son[0].unit(), "year");
  const std::vector<v1::Figure> driver =
      Find("The driver, 58, was taken to hospital.");
  ASSERT_EQ(driver.size(), 1u);
  EXPECT_EQ(driver[0].dimension(), v1::DIMENSION_AGE);
  const std::vector<v1::Figure> list =
      Find("Rescuers found a woman, 3 boys and a dog.");
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0].dimension(), v1::DIMENSION_COUNT);
}

// "as far as" a length, also with "away" after it, bounds it from above.
TEST(UpperBoundTest, AsFarAsALength) {
  const std::vector<v1::Figure> far =
      Find("The flare was seen from as far as 60 km away.");
  ASSERT_EQ(far.size(), 1u);
  EXPECT_EQ(far[0].qualifier(), v1::QUALIFIER_AT_MOST);
  EXPECT_EQ(far[0].unit(), "km");
}

// Sound levels in decibels, and the hundredths of the krona, krone and
// rupee.
TEST(UnitsTest, DecibelsAndMinorCurrencyUnits) {
  const std::vector<v1::Figure> noise =
      Find("Noise must stay below 50 decibels after 10pm.");
  ASSERT_EQ(noise.size(), 1u);
  EXPECT_EQ(noise[0].dimension(), v1::DIMENSION_OTHER);
  EXPECT_EQ(noise[0].unit(), "decibel");
  const std::vector<v1::Figure> ore =
      Find("Power cost 91 \xC3\xB6re per kilowatt hour in January.");
  ASSERT_EQ(ore.size(), 1u);
  EXPECT_EQ(ore[0].dimension(), v1::DIMENSION_CURRENCY);
  EXPECT_EQ(ore[0].unit(), "\xC3\xB6re per kilowatt hour");
  const std::vector<v1::Figure> paise = Find("Bus fares rose 50 paise.");
  ASSERT_EQ(paise.size(), 1u);
  EXPECT_EQ(paise[0].dimension(), v1::DIMENSION_CURRENCY);
}

// A time of day written with a point after "at" and a street named by a
// number after its street word are no figures; a level after a verb of
// amount is ("closed at 14.25").
TEST(NotAFigureTest, PointClockTimesAndStreetNumbers) {
  EXPECT_TRUE(Find("The final starts at 20.45 on Saturday.").empty());
  EXPECT_TRUE(Find("The away side kick off at 17.30.").empty());
  EXPECT_TRUE(Find("The clinic is on Rue 8.214 near the port.").empty());
  EXPECT_EQ(Find("The index closed at 14.25.").size(), 1u);
  EXPECT_EQ(Find("They met at 6.5 times the usual rate.").size(), 1u);
}

// Two ends shaped like times of day make a span of the day, no figure; after
// a verb of change or of a spread of values, with a unit, or with minutes past
// 59 they stay figures.
TEST(NotAFigureTest, ARangeOfPointClockTimesIsNoFigure) {
  EXPECT_TRUE(Find("The library is open from 09.30 to 17.00 on weekdays.").empty());
  EXPECT_TRUE(Find("Lunch is served 11.45-14.30 in the hall.").empty());
  EXPECT_TRUE(Find("Night buses run from 23.30 to 04.30.").empty());
  EXPECT_FALSE(Find("The shares rose from 18.30 to 20.00.").empty());
  EXPECT_FALSE(Find("Bids ranged from 12.30 to 14.00.").empty());
  EXPECT_FALSE(Find("Tickets cost from 12.50 to 14.00 euros.").empty());
  EXPECT_FALSE(Find("The ratio moved from 1.25 to 1.75 in a year.").empty());
  EXPECT_FALSE(Find("Readings ranged from 10.62 to 12.90 units.").empty());
}

// A number shaped like a clock time after "at" is a time of day only with
// clock evidence: a time zone or a part of the day ("in the morning"), a day
// after it or right before "at", or an event set for a time before "at"
// (also after a copula); a time in a race,
// a height or an exchange rate after "at" stays a figure.
TEST(NotAFigureTest, PointClockTimeNeedsClockEvidence) {
  EXPECT_TRUE(Find("Kick-off is at 19.45 on Saturday.").empty());
  EXPECT_TRUE(Find("The meeting ends at 16.30 local time.").empty());
  EXPECT_TRUE(Find("The ferry is due at 11.15, officials said.").empty());
  EXPECT_TRUE(Find("Voting will close at 21.00 tonight.").empty());
  EXPECT_TRUE(Find("The leaders visit Leeds on Sunday at 16.30.").empty());
  EXPECT_TRUE(Find("I leave the house at 4.30 in the morning.").empty());
  EXPECT_TRUE(Find("The last bus goes at 11.15 at night.").empty());
  for (const std::string sentence :
       {"She took the title at 10.82, a season's best.",
        "He cleared the bar at 2.28, his best jump.",
        "The long jump was won at 8.12.",
        "With the euro at 1.17, exporters are worried.",
        "The euro stood at 1.17 on Tuesday."}) {
    EXPECT_EQ(Find(sentence).size(), 1u) << sentence;
  }
}

// A clock-shaped number before a time zone's capitalised abbreviation is a
// time of day without "at" too ("14.31 BST" heading a live-blog entry); a
// lowercase word spelled like a zone, or a number not shaped like a clock,
// leaves the figure.
TEST(NotAFigureTest, ClockTimeBeforeAZoneAbbreviationIsNoFigure) {
  EXPECT_TRUE(Find("14.31 BST\n\nRescue crews reached the coast road.").empty());
  EXPECT_TRUE(Find("The polls closed 21.00 CET with queues outside.").empty());
  EXPECT_TRUE(Find("Update, 09.45 EDT: the storm weakened.").empty());
  EXPECT_EQ(Find("Prices rose 12.30 eat more.").size(), 1u);
  EXPECT_EQ(Find("The index closed at 1402.75 CET traders said.").size(), 1u);
  EXPECT_EQ(Find("Shares gained 14.75 GMT reported.").size(), 1u);
}

// A result an event was won or set at ("won the final at", "broke the world
// record at") keeps its figure though a day follows it; an event merely set
// for a time ("play the final at 18.30 on Sunday") stays a time of day.
TEST(NotAFigureTest, AResultWonAtATimeBeforeADayIsAFigure) {
  for (const std::string sentence :
       {"She won the final at 10.49 on Saturday.",
        "He broke the world record at 19.19 on Tuesday.",
        "He set a record at 9.58 on Friday."}) {
    EXPECT_EQ(Find(sentence).size(), 1u) << sentence;
  }
  EXPECT_TRUE(Find("They play the final at 18.30 on Sunday.").empty());
  EXPECT_TRUE(Find("The race at 14.30 on Sunday was cancelled.").empty());
}


// The hundredths of African, Gulf and Asian currencies written after the
// amount are money: "40 kobo", "80 pesewas", "250 fils".
TEST(UnitsTest, HundredthsOfOtherCurrencies) {
  for (const std::string sentence :
       {"A loaf of bread went up by 40 kobo.",
        "Each litre now costs 80 pesewas more.",
        "The fare is 250 fils for adults."}) {
    const std::vector<v1::Figure> figures = Find(sentence);
    ASSERT_EQ(figures.size(), 1u) << sentence;
    EXPECT_EQ(figures[0].dimension(), v1::DIMENSION_CURRENCY) << sentence;
  }
}


// A list of numbers set off by commas after a count of persons gives their
// ages ("Two men, 22 and 25, ..."); after a count of things it counts, and a
// part of the persons ("3 of them") stays a count.
TEST(AppositiveAgeTest, AListAfterCountedPersons) {
  const std::vector<v1::Figure> men =
      Find("Two women, 31 and 36, were charged on Friday.");
  ASSERT_EQ(men.size(), 3u);
  EXPECT_EQ(men[1].dimension(), v1::DIMENSION_AGE);
  EXPECT_EQ(men[2].dimension(), v1::DIMENSION_AGE);
  const std::vector<v1::Figure> teams =
      Find("Two clubs, 12 and 14, were relegated.");
  ASSERT_EQ(teams.size(), 3u);
  EXPECT_EQ(teams[1].dimension(), v1::DIMENSION_COUNT);
  const std::vector<v1::Figure> part =
      Find("Five children, 3 of them girls, were found.");
  ASSERT_EQ(part.size(), 2u);
  EXPECT_EQ(part[1].dimension(), v1::DIMENSION_COUNT);
}

// The list gives ages only when a comma closes it and the clause goes on
// after it, and when every number is an age the persons may have: a list
// running on into a phrase ("in the table") is a set of places or ranks, and
// men of 1 and 2 or teenagers of 8 and 9 are no ages.
TEST(AppositiveAgeTest, AListOfAgesClosesWithACommaAndFitsThePersons) {
  const std::vector<v1::Figure> ranks =
      Find("The two brothers, 1 and 2 in the national table, play today.");
  ASSERT_EQ(ranks.size(), 3u);
  EXPECT_EQ(ranks[1].dimension(), v1::DIMENSION_COUNT);
  EXPECT_EQ(ranks[2].dimension(), v1::DIMENSION_COUNT);
  const std::vector<v1::Figure> seats =
      Find("Two women, 5 and 6 on the party list, won seats.");
  ASSERT_EQ(seats.size(), 3u);
  EXPECT_EQ(seats[1].dimension(), v1::DIMENSION_COUNT);
  const std::vector<v1::Figure> young =
      Find("Two teenagers, 8 and 9, were picked for the squad.");
  ASSERT_EQ(young.size(), 3u);
  EXPECT_EQ(young[1].dimension(), v1::DIMENSION_COUNT);
  const std::vector<v1::Figure> kept =
      Find("Three girls, 14, 15 and 16, from the town were found safe.");
  ASSERT_EQ(kept.size(), 4u);
  EXPECT_EQ(kept[1].dimension(), v1::DIMENSION_AGE);
  EXPECT_EQ(kept[3].dimension(), v1::DIMENSION_AGE);
}

}  // namespace
}  // namespace factwire
