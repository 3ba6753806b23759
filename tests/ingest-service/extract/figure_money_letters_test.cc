// Money written with a currency letter or a regional prefix ("N209 per
// kilowatt-hour", "KSh 48", Ghana cedis): which plain numbers after a
// letter are money and which stay names.

#include <string>
#include <utility>
#include <vector>

#include "figure_test_support.h"
#include "gtest/gtest.h"

namespace factwire {
namespace {

using figure_test::FigureWithText;
using figure_test::Find;

// A currency letter before a plain number is money when a rate follows
// ("N209 per kilowatt-hour") or when it is the other end of a comparison with
// an amount of that currency ("N209 per kilowatt-hour from N66", "up from
// N950"); Kenyan and Ghanaian prefixes are currencies too.
TEST(LetterCurrencyTest, PlainAmountBeforeARateIsMoney) {
  struct Case {
    std::string sentence;
    std::string text;
    double value;
    std::string code;
  };
  const std::vector<Case> cases = {
      {"Households in Kaduna will pay N209 per kilowatt-hour from June.",
       "N209 per kilowatt-hour", 209, "NGN per kilowatt hour"},
      {"Petrol now sells for N617 a litre in Lagos.", "N617 a litre", 617,
       "NGN per litre"},
      {"Tariffs rose to N209 per kilowatt-hour from N66 overnight.", "N66", 66,
       "NGN"},
      {"Traders paid N4,300 per bag, up from N950 in March.", "N950", 950,
       "NGN"},
      {"Dairy farmers in Nyeri get KSh 48 per litre of milk.",
       "KSh 48 per litre", 48, "KES per litre"},
      {"The levy adds Ksh 2 to every loaf.", "Ksh 2", 2, "KES"},
      {"Cocoa farmers will receive GH\xE2\x82\xB5 3,228 for each bag.",
       "GH\xE2\x82\xB5 3,228", 3228, "GHS"},
  };
  for (const Case& c : cases) {
    const std::vector<v1::Figure> figures = Find(c.sentence);
    const v1::Figure* f = FigureWithText(figures, c.text);
    ASSERT_NE(f, nullptr) << c.sentence;
    EXPECT_DOUBLE_EQ(f->value(), c.value) << c.sentence;
    EXPECT_EQ(f->unit(), c.code) << c.sentence;
  }
}

// Every word that sets one amount against another joins a letter amount to
// money written with the same letter, as "from" does: "against", "versus",
// "compared with".
TEST(LetterCurrencyTest, ASetAgainstWordJoinsALetterAmountToMoney) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Diesel cost N890 per litre against N66 last year.", "N66"},
      {"Maize fetched N52,000 a bag, compared with N31 in May.", "N31"},
      {"The naira traded at N1,520 against N950 in January.", "N950"},
      {"Diesel cost N890 per litre versus N66 last year.", "N66"},
  };
  for (const auto& [sentence, text] : cases) {
    const v1::Figure* f = FigureWithText(Find(sentence), text);
    ASSERT_NE(f, nullptr) << sentence;
    EXPECT_EQ(f->dimension(), v1::DIMENSION_CURRENCY) << sentence;
  }
}

// A letter before a plain number stays a name beside a money amount when no
// rate or comparison joins them.
TEST(LetterCurrencyTest, NameBesideMoneyStaysAName) {
  const std::vector<std::string> sentences = {
      "Clinics bought N95 masks for N1.2bn last year.",
      "The N2 highway toll rose to N1,500 per car.",
  };
  for (const std::string& s : sentences) {
    for (const v1::Figure& f : Find(s)) {
      EXPECT_TRUE(f.text().find("N95") == std::string::npos &&
                  f.text().find("N2 ") == std::string::npos &&
                  f.text() != "N2")
          << s << ": " << f.text();
    }
  }
}

// A currency letter before an amount with two decimals (rands and cents) is
// money on its own: "costs R23.40", "N617.50".
TEST(LetterCurrencyTest, AnAmountInCentsIsMoney) {
  const std::vector<v1::Figure> rand = Find("A loaf of bread now costs R21.90.");
  const v1::Figure* loaf = FigureWithText(rand, "R21.90");
  ASSERT_NE(loaf, nullptr);
  EXPECT_EQ(loaf->unit(), "ZAR");
  EXPECT_DOUBLE_EQ(loaf->value(), 21.9);
  const std::vector<v1::Figure> naira =
      Find("The pump price rose to N617.50 in Lagos.");
  ASSERT_NE(FigureWithText(naira, "N617.50"), nullptr);
  // One decimal is no cents: "the R2.5 bypass" stays a name.
  for (const v1::Figure& f : Find("Work on the R2.5 bypass began.")) {
    EXPECT_EQ(f.text().find("R2.5"), std::string::npos) << f.text();
  }
}

// Cents alone make a currency letter money only where a price or payment is
// spoken of, or the text names the letter's country: "Release R21.02" and
// "station P14.50" are names; "R18.75" in a story from Durban is the rand.
TEST(LetterCurrencyTest, CentsAloneNeedAPriceOrTheLettersCountry) {
  EXPECT_EQ(FigureWithText(Find("Version R12.04 of the app fixed the bug."),
                           "R12.04"),
            nullptr);
  EXPECT_EQ(FigureWithText(Find("Polling station P14.50 closed late."),
                           "P14.50"),
            nullptr);
  EXPECT_EQ(FigureWithText(Find("Form N20.15 must be filed by hand."),
                           "N20.15"),
            nullptr);
  const std::vector<v1::Figure> durban =
      Find("In Durban, a taxi ride went to R18.75 this week.");
  const v1::Figure* ride = FigureWithText(durban, "R18.75");
  ASSERT_NE(ride, nullptr);
  EXPECT_EQ(ride->unit(), "ZAR");
  const std::vector<v1::Figure> pula =
      Find("Diesel in Maun now sells at P14.50.");
  const v1::Figure* diesel = FigureWithText(pula, "P14.50");
  ASSERT_NE(diesel, nullptr);
  EXPECT_EQ(diesel->unit(), "BWP");
  const std::vector<v1::Figure> fare = Find("The fare is now K12.50.");
  ASSERT_NE(FigureWithText(fare, "K12.50"), nullptr);
}

// A sentence that names the letter's own currency ("the rand", "the naira"),
// quotes an exchange rate ("against the dollar") or a market price ("shares",
// "traded", "closed at") speaks of money, so cents alone are money there;
// only "South Africa" names the rand's country, not any African mention; the
// pula named decides the "P" where no country does.
TEST(LetterCurrencyTest, CentsNamedByTheirCurrencyOrAMarketAreMoney) {
  struct Case {
    std::string sentence;
    std::string text;
    std::string code;
  };
  const std::vector<Case> cases = {
      {"The rand weakened to R18.25 against the dollar on Friday.", "R18.25",
       "ZAR"},
      {"The naira slipped to N14.75 on the parallel market.", "N14.75",
       "NGN"},
      {"The pula firmed to P14.25 against the rand.", "P14.25", "BWP"},
      {"Shoprite shares closed at R21.02 on Friday.", "R21.02", "ZAR"},
      {"The miner's stock traded at R33.40 by noon.", "R33.40", "ZAR"},
      {"Its shares ended the week at N12.60.", "N12.60", "NGN"},
      {"The currency firmed to R17.95 against the euro.", "R17.95", "ZAR"},
      {"Diesel will cost R24.10 in South Africa from Wednesday.", "R24.10",
       "ZAR"},
      {"South African motorists face R23.85 for petrol.", "R23.85", "ZAR"},
  };
  for (const Case& c : cases) {
    const std::vector<v1::Figure> figures = Find(c.sentence);
    const v1::Figure* f = FigureWithText(figures, c.text);
    if (f == nullptr) {
      ADD_FAILURE() << "no money in: " << c.sentence;
      continue;
    }
    EXPECT_EQ(f->unit(), c.code) << c.sentence;
  }
  const std::vector<std::string> names = {
      "The African Union released version R21.02 of the app.",
      "Release R14.06 of the software reached African users.",
      "Polling station P14.50 closed late.",
      "The office at N20.15 closed early.",
  };
  for (const std::string& s : names) {
    for (const v1::Figure& f : Find(s)) {
      EXPECT_NE(f.dimension(), v1::DIMENSION_CURRENCY) << s << ": " << f.text();
    }
  }
}


// The letter of a small country's currency ("M" the loti, "E" the
// lilangeni) is money only where the text names the country, scaled or not;
// elsewhere it is a name or a size ("M4 motorway", "size E").
TEST(LetterCurrencyTest, CountryLettersNeedTheirCountry) {
  const std::vector<v1::Figure> maseru =
      Find("A court in Maseru ordered the council to pay M2.7 million.");
  const v1::Figure* award = FigureWithText(maseru, "M2.7 million");
  ASSERT_NE(award, nullptr);
  EXPECT_EQ(award->unit(), "LSL");
  const std::vector<v1::Figure> fees =
      Find("Lesotho's clinics charge about M45,000 a year.");
  const v1::Figure* fee = FigureWithText(fees, "about M45,000");
  ASSERT_NE(fee, nullptr);
  EXPECT_EQ(fee->unit(), "LSL");
  const std::vector<v1::Figure> mbabane =
      Find("In Mbabane the levy rose to E250 a month.");
  const v1::Figure* levy = FigureWithText(mbabane, "E250");
  ASSERT_NE(levy, nullptr);
  EXPECT_EQ(levy->unit(), "SZL");
  EXPECT_EQ(FigureWithText(Find("The firm raised M4.5 million from backers."),
                           "M4.5 million"),
            nullptr);
  for (const v1::Figure& f :
       Find("Traffic on the M4 slowed near junction 12 after 30 minutes.")) {
    EXPECT_NE(f.unit(), "LSL") << f.text();
  }
}

// In a story from the letter's country a name with the letter and plain
// digits stays a name ("the M2 road"); paying makes the same shape money.
TEST(LetterCurrencyTest, CountryLetterBeforePlainDigitsNeedsPaying) {
  for (const v1::Figure& f :
       Find("In Maseru the M2 road was closed for 40 days.")) {
    EXPECT_NE(f.unit(), "LSL") << f.text();
  }
  const std::vector<v1::Figure> bales =
      Find("Farmers in Lesotho were paid M700 for each bale.");
  const v1::Figure* paid = FigureWithText(bales, "M700");
  ASSERT_NE(paid, nullptr);
  EXPECT_EQ(paid->unit(), "LSL");
}

// Paying elsewhere in the sentence does not make a road, a bus route or a
// fuel grade written with a country letter and plain digits money: the word
// of paying must come right before the letter (or its qualifier).
TEST(LetterCurrencyTest, CountryLetterNeedsPayingRightBeforeIt) {
  const std::vector<v1::Figure> bus =
      Find("In Maseru the M7 bus now costs M15 a ride.");
  EXPECT_EQ(FigureWithText(bus, "M7"), nullptr);
  const v1::Figure* fare = FigureWithText(bus, "M15");
  ASSERT_NE(fare, nullptr);
  EXPECT_EQ(fare->unit(), "LSL");
  for (const v1::Figure& f :
       Find("Drivers in Lesotho paid more for fuel near the M3 junction.")) {
    EXPECT_NE(f.unit(), "LSL") << f.text();
  }
  for (const v1::Figure& f :
       Find("In Eswatini the E5 blend costs more than petrol.")) {
    EXPECT_NE(f.unit(), "SZL") << f.text();
  }
  const std::vector<v1::Figure> fee =
      Find("Each pupil in Mbabane pays about E300 a term.");
  const v1::Figure* levy = FigureWithText(fee, "about E300");
  ASSERT_NE(levy, nullptr);
  EXPECT_EQ(levy->unit(), "SZL");
}

// A route's letter and number after "the" stays a name when the paying verb
// governs another amount later in the sentence (reviewB #7: the sentence's
// paying once made every letter amount in it money).
TEST(LetterCurrencyTest, ARouteNameBeforeALaterPaymentIsNoMoney) {
  const std::vector<v1::Figure> roads = Find(
      "Bus owners in Maseru said the A2 and M5 roads cost them trade, and "
      "riders paid M90 in fares.");
  EXPECT_EQ(FigureWithText(roads, "M5"), nullptr);
  const v1::Figure* fares = FigureWithText(roads, "M90");
  ASSERT_NE(fares, nullptr);
  EXPECT_EQ(fares->unit(), "LSL");
  const std::vector<v1::Figure> ride =
      Find("In Maseru, the M9 taxi costs M14 a ride.");
  EXPECT_EQ(FigureWithText(ride, "M9"), nullptr);
  ASSERT_NE(FigureWithText(ride, "M14"), nullptr);
}

}  // namespace
}  // namespace factwire
