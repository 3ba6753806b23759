// The currencies of lexicon/currencies.cc read in sentences: ISO codes before
// and after an amount, the som and the leu of the country the text names, the
// dong and the zloty with their diacritics, and the ngultrum's "Nu".

#include <string>
#include <vector>

#include "figure_test_support.h"
#include "gtest/gtest.h"
#include "ingest-service/extract/lexicon/currencies.h"

namespace factwire {
namespace {

using figure_test::FigureWithText;
using figure_test::Find;

// Checks that `sentence` has the figure `text` of `value` in `code`, as money.
void ExpectMoney(const std::string& sentence, const std::string& text, double value,
                 const std::string& code) {
  figure_test::ExpectFigure(sentence, text, value, code, v1::DIMENSION_CURRENCY);
}

TEST(CurrenciesTest, IsoCodesBeforeAndAfterTheAmount) {
  ExpectMoney("A ride across the city costs RWF 1,200 at peak hours.", "RWF 1,200", 1200,
              "RWF");
  ExpectMoney("The ministry set aside KZT 40 billion for new clinics.", "KZT 40 billion",
              4e10, "KZT");
  ExpectMoney("Fares rose to 35 TTD on the ferry.", "35 TTD", 35, "TTD");
  ExpectMoney("The contract is worth XOF 2.5 billion.", "XOF 2.5 billion", 2.5e9, "XOF");
}

// Codes that are English words or common acronyms stay out: "TOP 10", "SDG 4".
TEST(CurrenciesTest, CodesThatAreWordsAreNotMoney) {
  for (const std::string sentence :
       {"The TOP 10 list came out on Monday.", "Progress on SDG 4 has stalled.",
        "The ALL 3 option was dropped."}) {
    for (const v1::Figure& f : Find(sentence)) {
      EXPECT_NE(f.dimension(), v1::DIMENSION_CURRENCY) << sentence << ": " << f.text();
    }
  }
}

TEST(CurrenciesTest, SomIsTheCurrencyOfTheCountryTheTextNames) {
  ExpectMoney("Teachers in Bishkek earn about 24,000 som a month.", "about 24,000 som", 24000,
              "KGS");
  ExpectMoney("Uzbekistan will spend 3 trillion som on roads.", "3 trillion som", 3e12, "UZS");
  ExpectMoney("A loaf costs 40 som.", "40 som", 40, "som");
}

// "crowns", as English wire copy names the crown: the country's adjective, or
// the country the text names, decides the code; with no country the family
// ("kr"); after a number word it is no money ("won five crowns").
TEST(CurrenciesTest, CrownsAreTheCrownOfTheCountryNamed) {
  ExpectMoney("The fine was 40,000 Swedish crowns.", "40,000 Swedish crowns", 40000, "SEK");
  ExpectMoney("A pass costs 900 Czech crowns.", "900 Czech crowns", 900, "CZK");
  ExpectMoney("Cod from Norway fetched 61 crowns a kilogram.", "61 crowns a kilogram", 61,
              "NOK per kilogram");
  ExpectMoney("In Copenhagen the fee is 45 crowns.", "45 crowns", 45, "DKK");
  ExpectMoney("The levy rose to 95 crowns.", "95 crowns", 95, "kr");
  for (const v1::Figure& f : Find("The club has won five crowns since 2010.")) {
    EXPECT_NE(f.dimension(), v1::DIMENSION_CURRENCY) << f.text();
  }
}

// "kroner" is Norway's krone unless the text names Denmark, Greenland or the
// Faroes; the normalized unit takes the country's code too (it kept the
// family's name: "krone", "som", "kr").
TEST(CurrenciesTest, KronerAreDanishInAStoryFromDenmarkOrGreenland) {
  ExpectMoney("In Nuuk, Greenland, the fee is 300 kroner.", "300 kroner", 300, "DKK");
  ExpectMoney("In Copenhagen a beer costs 60 kroner.", "60 kroner", 60, "DKK");
  ExpectMoney("The ferry fare rose to 450 kroner.", "450 kroner", 450, "NOK");
  const std::vector<v1::Figure> kroner = Find("In Copenhagen a beer costs 60 kroner.");
  ASSERT_NE(FigureWithText(kroner, "60 kroner"), nullptr);
  EXPECT_EQ(FigureWithText(kroner, "60 kroner")->normalized_unit(), "DKK");
  const std::vector<v1::Figure> som = Find("Teachers in Bishkek earn 24,000 som a month.");
  ASSERT_NE(FigureWithText(som, "24,000 som"), nullptr);
  EXPECT_EQ(FigureWithText(som, "24,000 som")->normalized_unit(), "KGS");
}

TEST(CurrenciesTest, LeuIsMoldovasInAStoryFromMoldova) {
  ExpectMoney("Moldova's agency owes growers 86 million lei.", "86 million lei", 8.6e7, "MDL");
  ExpectMoney("In Chisinau a bus ticket costs 6 lei.", "6 lei", 6, "MDL");
  ExpectMoney("A tram ticket in Cluj costs 3 lei.", "3 lei", 3, "RON");
}

// The Malawian kwacha's "MK" before an amount; "Mk2" (a model's mark) is none.
TEST(CurrenciesTest, MalawianKwacha) {
  ExpectMoney("A bag now costs MK15,000 at the depot.", "MK15,000", 15000, "MWK");
  ExpectMoney("The subsidy costs about MK210 billion a year.", "about MK210 billion", 2.1e11,
              "MWK");
  for (const v1::Figure& f : Find("The Golf Mk2 sold well.")) {
    EXPECT_NE(f.dimension(), v1::DIMENSION_CURRENCY) << f.text();
  }
}

// "kwacha" in words is the currency of the country the text names: Malawi's
// in a story from Malawi (its places too), Zambia's in one from Zambia or
// naming neither.
TEST(CurrenciesTest, KwachaInWordsIsTheNamedCountrys) {
  ExpectMoney("In Malawi a strip test costs about 1,300 kwacha.", "about 1,300 kwacha", 1300,
              "MWK");
  ExpectMoney("Clinics in Zomba charge 4,500 kwacha for the test.", "4,500 kwacha", 4500, "MWK");
  ExpectMoney("Maize sold for 390 kwacha in Lusaka.", "390 kwacha", 390, "ZMW");
  ExpectMoney("The levy raised 600 million kwacha last year.", "600 million kwacha", 6e8, "ZMW");
}

// A currency's name glued by a hyphen to digits makes an adjective of money
// ("a 350-peso ticket", "a five-dollar pass"); a pound so glued stays a
// weight ("a 50-pound sack"), and "a million-dollar home" is no sum.
TEST(CurrenciesTest, HyphenedCurrencyAdjectives) {
  ExpectMoney("Visitors pay a 350-peso fee at the gate.", "350-peso", 350, "MXN");
  ExpectMoney("Drivers face a 90-euro fine for parking there.", "90-euro", 90, "EUR");
  ExpectMoney("He changed a 100-rupee note.", "100-rupee", 100, "INR");
  ExpectMoney("The town won a 2-million-euro grant.", "2-million-euro", 2e6, "EUR");
  const std::vector<v1::Figure> sack = Find("She carried a 50-pound sack of rice.");
  const v1::Figure* f = FigureWithText(sack, "50-pound");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->dimension(), v1::DIMENSION_MASS);
  ExpectMoney("They sold a five-dollar pass.", "five-dollar", 5, "USD");
  for (const v1::Figure& g : Find("They bought a million-dollar home.")) {
    EXPECT_NE(g.dimension(), v1::DIMENSION_CURRENCY) << g.text();
  }
}

// The won and the sol after a scaled amount or a word of paying; after a
// plain number "won" is the verb.
TEST(CurrenciesTest, WonAndSolAfterAScaleOrPaying) {
  ExpectMoney("The club paid 1.8 billion won for the striker.", "1.8 billion won", 1.8e9,
              "KRW");
  ExpectMoney("A bus ride costs 1,450 won in Busan.", "1,450 won", 1450, "KRW");
  ExpectMoney("The water plan will cost 48 million sol.", "48 million sol", 4.8e7, "PEN");
  for (const v1::Figure& f : Find("Of the 12 candidates, 8 won seats.")) {
    EXPECT_NE(f.dimension(), v1::DIMENSION_CURRENCY) << f.text();
  }
}

// Iceland's krónur after the amount.
TEST(CurrenciesTest, IcelandicKronur) {
  ExpectMoney("Heating bills rose to 12,970 kr\xC3\xB3nur.", "12,970 kr\xC3\xB3nur", 12970, "ISK");
  ExpectMoney("The utility lost 2.6 billion kronur.", "2.6 billion kronur", 2.6e9, "ISK");
}

// Cape Verde's escudo, the one escudo in use.
TEST(CurrenciesTest, CapeVerdeanEscudos) {
  ExpectMoney("Roads will cost about 3.1 billion escudos.", "about 3.1 billion escudos", 3.1e9,
              "CVE");
  ExpectMoney("Fines reach 20,000 escudos.", "20,000 escudos", 20000, "CVE");
}

TEST(CurrenciesTest, NamesWithDiacriticsAndTheNgultrum) {
  ExpectMoney("Each farm was paid 120 million \xC4\x91\xE1\xBB\x93ng.",
              "120 million \xC4\x91\xE1\xBB\x93ng", 1.2e8, "VND");
  ExpectMoney("The fee is 500 z\xC5\x82oty.", "500 z\xC5\x82oty", 500, "PLN");
  ExpectMoney("Indian visitors pay Nu 1,200 a night.", "Nu 1,200", 1200, "BTN");
  ExpectMoney("The levy raised Nu. 4.8 billion last year.", "Nu. 4.8 billion", 4.8e9, "BTN");
}

// The Gulf press's signs before an amount: "RO" (Omani rial), "QR" (Qatari
// riyal), "KD" (Kuwaiti dinar).
TEST(CurrenciesTest, GulfSignsBeforeTheAmount) {
  ExpectMoney("Nurses in Muscat will start on RO 810 a month.", "RO 810", 810,
              "OMR");
  ExpectMoney("The new port will cost RO 95 million.", "RO 95 million", 9.5e7,
              "OMR");
  ExpectMoney("The stadium deal is worth QR 2 billion.", "QR 2 billion", 2e9,
              "QAR");
  ExpectMoney("A permit in Kuwait now costs KD 150.", "KD 150", 150, "KWD");
  ExpectMoney("Dubai will spend Dhs2.4 billion on new roads.",
              "Dhs2.4 billion", 2.4e9, "AED");
}

// Placed signs of other small currencies: the Jordanian dinar, the Maldivian
// rufiyaa and the Vanuatu vatu, money where the text names the country; and
// "VT 12 engine" stays a name where it names none.
TEST(CurrenciesTest, PlacedSignsOfJordanTheMaldivesAndVanuatu) {
  ExpectMoney("Growers near Amman sold a box for JD3.", "JD3", 3, "JOD");
  ExpectMoney("The Maldives will charge Rf 75 a month.", "Rf 75", 75, "MVR");
  ExpectMoney("A fisheries officer in Vanuatu took VT 900,000.", "VT 900,000", 900000,
              "VUV");
  for (const v1::Figure& f : Find("The VT 12 engine failed twice.")) {
    EXPECT_NE(f.dimension(), v1::DIMENSION_CURRENCY);
  }
}

// Symbols of the colón, tögrög, kip, guaraní, tenge, manat and lari, and the
// crowns as the Financial Times writes them.
TEST(CurrenciesTest, MoreSymbolsAndFinancialTimesCrowns) {
  ExpectMoney("A kilo of pineapple fetched \xE2\x82\xA1" "190.", "\xE2\x82\xA1" "190", 190, "CRC");
  ExpectMoney("The fare in Tbilisi is \xE2\x82\xBE" "1.5.", "\xE2\x82\xBE" "1.5", 1.5, "GEL");
  ExpectMoney("Rent in Almaty rose to \xE2\x82\xB8" "250,000.", "\xE2\x82\xB8" "250,000", 250000,
              "KZT");
  ExpectMoney("Volvo Cars lost SKr1.2bn in the quarter.", "SKr1.2bn", 1.2e9, "SEK");
  ExpectMoney("Equinor paid NKr40bn in tax.", "NKr40bn", 4e10, "NOK");
}

// The CFA franc is Central Africa's in a story from Cameroon, Gabon or Chad,
// West Africa's otherwise; bare francs there are the CFA franc too. The somoni
// and its dirams are Tajikistan's; wire copy spaces its short scales.
TEST(CurrenciesTest, CfaFrancsSomoniAndWireScales) {
  ExpectMoney("In Yaounde the brewer earned 21.4 bln CFA francs.", "21.4 bln CFA francs",
              2.14e10, "XAF");
  ExpectMoney("Traders in Dakar paid 600 CFA francs a kilo.", "600 CFA francs a kilo", 600,
              "XOF per kilogram");
  ExpectMoney("Libreville will spend 18 billion francs on roads.", "18 billion francs", 1.8e10,
              "XAF");
  ExpectMoney("The dam cost 21 billion somoni.", "21 billion somoni", 2.1e10, "TJS");
  ExpectMoney("Exports rose to 3.2 bn euros.", "3.2 bn euros", 3.2e9, "EUR");
}

// Pesos are the currency of the country the text names, Mexico's when it
// names none; rupees in a story from Port Louis are Mauritian.
TEST(CurrenciesTest, PesosAndRupeesFollowThePlacesNamed) {
  ExpectMoney("Growers in Patagonia were paid 95,000 pesos for the crop.",
              "95,000 pesos", 95000, "ARS");
  ExpectMoney("In Bogota, the bus fare rose to 3,200 pesos.", "3,200 pesos",
              3200, "COP");
  ExpectMoney("In Port Louis, a kilo of rice costs Rs 48.", "Rs 48", 48,
              "MUR");
  ExpectMoney("A taxi ride cost 120 pesos.", "120 pesos", 120, "MXN");
}

// A Gulf sign is money only before a scale, in a sentence naming its
// currency, or in a text naming its country: "QR 3 code" is a name.
TEST(CurrenciesTest, GulfSignsNeedTheirCountryOrAScale) {
  for (const std::string s :
       {"Scan the QR 3 code at the door.",
        "The RO 200 filter unit cleans 90 litres an hour.",
        "KD 28 points was his best night."}) {
    for (const v1::Figure& f : Find(s)) {
      EXPECT_NE(f.dimension(), v1::DIMENSION_CURRENCY) << s;
    }
  }
  ExpectMoney("A permit costs KD 150, paid in Kuwaiti dinars.", "KD 150", 150,
              "KWD");
  ExpectMoney("Clinics in Doha charge QR 90 a visit.", "QR 90", 90, "QAR");
}

// A grouped or decimal number, or a word of paying right before the sign,
// shows a Gulf sign is money with no country named.
TEST(CurrenciesTest, GulfSignsBeforeAMoneyShapedNumberOrPaying) {
  ExpectMoney("The penalty is QR 20,000, the court said.", "QR 20,000", 20000,
              "QAR");
  ExpectMoney("Each driver was fined RO 300 on the spot.", "RO 300", 300,
              "OMR");
  ExpectMoney("The levy rose to KD 7.5 this year.", "KD 7.5", 7.5, "KWD");
}

// "Mendoza" and "Rosario" are also people's names: they name no country.
TEST(CurrenciesTest, PesosFollowNoPersonsName) {
  ExpectMoney("Judge Luis Mendoza set bail at 20,000 pesos.", "20,000 pesos",
              20000, "MXN");
  ExpectMoney("Rosa Rosario sold her stall for 3,000 pesos.", "3,000 pesos",
              3000, "MXN");
}

// The place words of a shared currency are one lookup each: the code a
// place gives its family, none for another family or an unknown word.
TEST(CurrenciesTest, RegionalPlaceCodeLooksUpAFamilysPlace) {
  EXPECT_EQ(lexicon::RegionalPlaceCode("dirham", "rabat"), "MAD");
  EXPECT_EQ(lexicon::RegionalPlaceCode("peso", "bogota"), "COP");
  EXPECT_EQ(lexicon::RegionalPlaceCode("P", "gaborone"), "BWP");
  EXPECT_EQ(lexicon::RegionalPlaceCode("peso", "gaborone"), "");
  EXPECT_EQ(lexicon::RegionalPlaceCode("peso", "mendoza"), "");
  EXPECT_TRUE(lexicon::WritesCurrency("P", "PHP"));
  EXPECT_TRUE(lexicon::WritesCurrency("ZAR", "ZAR"));
  EXPECT_FALSE(lexicon::WritesCurrency("peso", "BWP"));
}

// Every place of a country serves each shared name of its currency: a city
// listed once for the Omani rial's sign serves "rials" too; Serbian cities
// decide "dinars"; and each code is a family of its own places.
TEST(CurrenciesTest, ACountrysPlacesServeEverySharedNameOfItsCurrency) {
  EXPECT_EQ(lexicon::RegionalPlaceCode("rial", "salalah"), "OMR");
  EXPECT_EQ(lexicon::RegionalPlaceCode("riyal", "sohar"), "OMR");
  EXPECT_EQ(lexicon::RegionalPlaceCode("OMR", "salalah"), "OMR");
  EXPECT_EQ(lexicon::RegionalPlaceCode("dinar", "salalah"), "");
  ExpectMoney("Tappers near Salalah earn up to 60 rials a month.", "up to 60 rials", 60,
              "OMR");
  ExpectMoney("Bus fares in Novi Sad rise to 110 dinars.", "110 dinars", 110, "RSD");
  ExpectMoney("The Kragujevac plant cost 4.8 billion dinars.", "4.8 billion dinars", 4.8e9,
              "RSD");
}

// The Bahraini dinar's Gulf sign, the Gambian dalasi's and the old leone's
// letters need their country; the new leone's "NLe" is money anywhere.
TEST(CurrenciesTest, BahrainGambiaAndSierraLeoneSigns) {
  ExpectMoney("Manama's port operator earned BD10.6 million.", "BD10.6 million", 1.06e7,
              "BHD");
  ExpectMoney("In Banjul a bag of fishmeal fetches D1,800.", "D1,800", 1800, "GMD");
  ExpectMoney("Stolen drugs were worth NLe 2.4 million.", "NLe 2.4 million", 2.4e6, "SLE");
  ExpectMoney("A Freetown trader paid Le 5,000 for rice.", "Le 5,000", 5000, "SLE");
  for (const std::string s : {"The D 200 series trains are late.", "Le 14 juillet is a holiday.",
                              "The BD 2 code was scanned."}) {
    for (const v1::Figure& f : Find(s)) {
      EXPECT_NE(f.dimension(), v1::DIMENSION_CURRENCY) << s;
    }
  }
}

}  // namespace
}  // namespace factwire
