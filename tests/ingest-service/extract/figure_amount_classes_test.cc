// Amount classes found on unseen news text: country-prefixed dollars, unit
// codes as written, periods counted in quarters, short service numbers.

#include <string>
#include <vector>

#include "figure_test_support.h"
#include "gtest/gtest.h"

namespace factwire {
namespace {

using figure_test::FigureWithText;
using figure_test::Find;

struct MoneyCase {
  std::string sentence;
  std::string text;  // the whole figure, qualifier included
  double value;
  std::string code;
  v1::Qualifier qualifier;
};

// A dollar with its country's letters glued before the sign is that country's
// money, and a qualifier before the letters still qualifies it.
TEST(PrefixedDollarTest, CountryLettersNameTheDollar) {
  const std::vector<MoneyCase> cases = {
      {"Each idle month costs the island around J$2.3 billion, the institute "
       "estimates.",
       "around J$2.3 billion", 2.3e9, "JMD", v1::QUALIFIER_APPROXIMATE},
      {"Petrotrin's pension fund is short by about TT$40m.", "about TT$40m",
       40e6, "TTD", v1::QUALIFIER_APPROXIMATE},
      {"The OECS bank set aside roughly EC$ 5,000 per household.",
       "roughly EC$ 5,000", 5000, "XCD", v1::QUALIFIER_APPROXIMATE},
      {"Suva's new terminal will cost FJ$120 million.", "FJ$120 million",
       120e6, "FJD", v1::QUALIFIER_EXACT},
      {"Tourist arrivals brought in nearly Bds$900m last winter.",
       "nearly Bds$900m", 900e6, "BBD", v1::QUALIFIER_APPROXIMATE},
      {"Georgetown traders pay up to G$15,000 a month in rent.",
       "up to G$15,000", 15000, "GYD", v1::QUALIFIER_AT_MOST},
      {"Apia will borrow some WS$30 million for the wharf.",
       "some WS$30 million", 30e6, "WST", v1::QUALIFIER_APPROXIMATE},
  };
  for (const MoneyCase& c : cases) {
    const std::vector<v1::Figure> figures = Find(c.sentence);
    const v1::Figure* f = FigureWithText(figures, c.text);
    ASSERT_NE(f, nullptr) << c.sentence;
    EXPECT_DOUBLE_EQ(f->value(), c.value) << c.sentence;
    EXPECT_EQ(f->unit(), c.code) << c.sentence;
    EXPECT_EQ(f->qualifier(), c.qualifier) << c.sentence;
  }
}

// The dollars already known keep their codes, and a plain "$" stays USD.
TEST(PrefixedDollarTest, KnownAndPlainDollarsUnchanged) {
  const std::vector<MoneyCase> cases = {
      {"The fund raised about NZ$40m.", "about NZ$40m", 40e6, "NZD",
       v1::QUALIFIER_APPROXIMATE},
      {"Bids reached roughly S$5,000.", "roughly S$5,000", 5000, "SGD",
       v1::QUALIFIER_APPROXIMATE},
      {"Tickets cost around $40.", "around $40", 40, "USD",
       v1::QUALIFIER_APPROXIMATE},
  };
  for (const MoneyCase& c : cases) {
    const std::vector<v1::Figure> figures = Find(c.sentence);
    const v1::Figure* f = FigureWithText(figures, c.text);
    ASSERT_NE(f, nullptr) << c.sentence;
    EXPECT_EQ(f->unit(), c.code) << c.sentence;
    EXPECT_EQ(f->qualifier(), c.qualifier) << c.sentence;
  }
}

struct UnitCase {
  std::string sentence;
  std::string text;
  std::string unit;
};

// Engine sizes in "cc" are reported as "cc", as "ml" and "km" keep their
// abbreviations; cubic centimetres spelled out keep the name.
TEST(UnitCodeTest, EngineCubicCentimetresAreCc) {
  const std::vector<UnitCase> cases = {
      {"Cars up to 1,600cc pay the lower premium.", "up to 1,600cc", "cc"},
      {"The scooter has a 125 cc engine.", "125 cc", "cc"},
      {"Bikes above 250cc need a full licence.", "above 250cc", "cc"},
      {"The vial held 5 cubic centimetres of serum.",
       "5 cubic centimetres", "cubic centimetre"},
  };
  for (const UnitCase& c : cases) {
    const std::vector<v1::Figure> figures = Find(c.sentence);
    const v1::Figure* f = FigureWithText(figures, c.text);
    ASSERT_NE(f, nullptr) << c.sentence;
    EXPECT_EQ(f->unit(), c.unit) << c.sentence;
  }
}

}  // namespace
}  // namespace factwire
