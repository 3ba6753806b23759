// Figure subjects of session 32: the clause subject of a price or duration
// read past a raising participle ("is estimated to cost", "is scheduled to
// take"); adverbs of place and repetition ("elsewhere", "again") are never
// a figure's subject; nor is the noun of a rate an aside restates ("a day,
// about £4.20,"); a length "above sea level" counts the altitude; a
// restrictive relative clause in the present ("The dam that supplies the
// town holds ...") is skipped to the noun before it, and a verb of cost or
// quantity before a figure ends the noun phrase an "of" figure counts; an
// aside between a subject and its verb may hold a figure alone or a
// participle and its figure, which counts the noun before the aside; a
// prepositional aside may run longer; a second verb after "and" keeps the
// predicate's subject past its auxiliaries ("and have cost"); a route
// whose start is a common noun ("from the old town to Xieng Maen") is
// skipped like a named one; "once" opens a clause and ends a phrase; a
// length set off with its bearing after a lowercase noun is that noun's.
// Periods: "this morning", "last night" are a figure's time scope. Places:
// the capitalized owner of a population ("Shetland's population") is one.
// Sentences written for these tests.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "ingest-service/extract/figures.h"
#include "tests/ingest-service/extract/figure_test_support.h"

namespace factwire {
namespace figure_test {
namespace {

// "<subject> is estimated / thought / scheduled to <verb> <figure>": the
// raising participle stands in the verb group like "is expected to".
TEST(FigureContextS32Test, ARaisingParticipleKeepsTheClauseSubject) {
  EXPECT_EQ(OnlySubject("The new ring road is estimated to cost 210 million "
                        "zlotys."),
            "new ring road");
  EXPECT_EQ(OnlySubject("The refit of the ferry is scheduled to take nine "
                        "months."),
            "refit of the ferry");
  EXPECT_EQ(OnlySubject("The wreck is thought to hold about 40 tonnes of "
                        "fuel oil."),
            "fuel oil");
}

// "elsewhere" and "again" after a figure name no noun it counts.
TEST(FigureContextS32Test, AnAdverbAfterAFigureIsNoSubject) {
  const std::vector<v1::Figure> f =
      Find("Rents rose 6% in Tallinn, compared with 2% elsewhere.");
  const v1::Figure* other = FigureWithText(f, "2%");
  ASSERT_NE(other, nullptr);
  EXPECT_EQ(other->subject(), "Rents");
  EXPECT_EQ(OnlySubject("After the storm the river rose 3 metres again."),
            "river");
}

// "<money> a day, about <money>,": the aside restates the rate's money, and
// "day" counts neither.
TEST(FigureContextS32Test, ARatesNounBeforeARestatingAsideIsNoSubject) {
  const std::vector<v1::Figure> f =
      Find("A porter said he was paid 900 rupees a day, about $11, and had "
           "no contract.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_NE(f[0].subject(), "day");
  EXPECT_NE(f[1].subject(), "day");
  EXPECT_EQ(f[1].time_scope(), "a day");
  // an aside after a noun phrase still gives that noun its amount
  EXPECT_EQ(OnlySubject("Relief funding, roughly 9 million rand a year, ran "
                        "out in March."),
            "Relief funding");
}

// "<length> above sea level": how high a place lies, whatever noun the
// clause holds before it.
TEST(FigureContextS32Test, ALengthAboveSeaLevelCountsTheAltitude) {
  EXPECT_EQ(OnlySubject("Quinoa growers near Oruro farm at about 3,700 metres "
                        "above sea level."),
            "altitude");
  EXPECT_EQ(OnlySubject("The observatory, which the university opened in "
                        "1998, sits at 2,400 metres above sea level."),
            "altitude");
  // below sea level is no altitude read by this rule
  EXPECT_NE(OnlySubject("The salt flats lie 60 metres below sea level."),
            "altitude");
}

// "sol", Peru's currency in the singular, as a modifier before the noun the
// money pays for; the conversion in brackets shares that noun.
TEST(FigureContextS32Test, ASolModifierIsMoneyForTheNounAfterIt) {
  const std::vector<v1::Figure> f =
      Find("Cusco approved a 12 million sol (about $3.2 million) plan to "
           "rebuild the market.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].unit(), "PEN");
  EXPECT_EQ(f[0].subject(), "plan");
  EXPECT_EQ(f[1].subject(), "plan");
}

// "<noun> that <verb>s <object> <verb> <figure>": the noun the relative
// clause describes, not the clause's object.
TEST(FigureContextS32Test, APresentRelativeClauseIsSkippedToItsNoun) {
  EXPECT_EQ(OnlySubject("The pipeline that feeds Mombasa has shrunk to a "
                        "third of capacity."),
            "pipeline");
  EXPECT_EQ(OnlySubject("The ferry that links Ometepe carries 900 "
                        "passengers."),
            "passengers");
  EXPECT_EQ(OnlySubject("The depot that repairs the trams will cost 55 "
                        "million euros."),
            "depot");
  EXPECT_EQ(OnlySubject("A kit that detects lead costs about 40 rand."), "kit");
  // a figure inside the relative clause is passed over
  const std::vector<v1::Figure> f =
      Find("A pump that lifts about 80 per cent of the water costs around 900 "
           "lari.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].subject(), "water");
  EXPECT_EQ(f[1].subject(), "pump");
  // a complement clause keeps its own subject
  EXPECT_EQ(OnlySubject("Officials said that rents rose 5%."), "rents");
}

// "<noun>, <figure>, <verb> <figure>" and "<noun>, <participle> <figure>,
// <verb> <figure>": the aside is skipped to the noun for the second figure,
// and the participle's figure counts that noun.
TEST(FigureContextS32Test, AnAsideWithAFigureIsSkippedToItsNoun) {
  const std::vector<v1::Figure> f =
      Find("A return ticket from Tbilisi to Batumi, about 360 km, will now "
           "cost 70 lari.");
  const v1::Figure* fare = FigureWithText(f, "70 lari");
  ASSERT_NE(fare, nullptr);
  EXPECT_EQ(fare->subject(), "return ticket");
  const std::vector<v1::Figure> g =
      Find("The new wharf, about 400 metres long, will cost 30 million "
           "dirhams.");
  const v1::Figure* wharf = FigureWithText(g, "30 million dirhams");
  ASSERT_NE(wharf, nullptr);
  EXPECT_EQ(wharf->subject(), "new wharf");
  const std::vector<v1::Figure> h =
      Find("The solar park, covering 90 hectares, is expected to take two "
           "years to build.");
  ASSERT_EQ(h.size(), 2u);
  EXPECT_EQ(h[0].subject(), "solar park");
  EXPECT_EQ(h[1].subject(), "solar park");
  EXPECT_EQ(OnlySubject("Tourists, numbering 2.1 million, outnumbered "
                        "residents."),
            "Tourists");
}

// "<noun>, <preposition> ... <Name> ..., was <figure>": a prepositional
// aside of up to eleven words is skipped.
TEST(FigureContextS32Test, ALongerPrepositionalAsideIsSkipped) {
  EXPECT_EQ(OnlySubject("The deepest borehole, at a farm outside the town of "
                        "Tsumeb, reached 310 metres."),
            "deepest borehole");
}

// "<subject> <verb> <figure> and <auxiliaries> <verb> <figure>": both
// figures count the subject.
TEST(FigureContextS32Test, ASecondVerbAfterAuxiliariesSharesTheSubject) {
  const std::vector<v1::Figure> f =
      Find("The wind farms are designed to generate 600 megawatts and will "
           "cost about 2 billion euros.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].subject(), "wind farms");
}

// "<noun> from the <words> to <Name> <verb> <figure>": the noun before the
// route, not the route's start.
TEST(FigureContextS32Test, ARouteFromACommonNounIsSkipped) {
  EXPECT_EQ(OnlySubject("Bus fares from the main square to Ohrid rose 8%."),
            "Bus fares");
  EXPECT_EQ(OnlySubject("A taxi ride from the old harbour to Kotor costs "
                        "about 25 euros."),
            "taxi ride");
}

// "<figure> to <verb> once ...", "<figure> for <noun> once ...": "once"
// opens a clause of its own, not part of the act or noun.
TEST(FigureContextS32Test, OnceEndsTheActAfterADuration) {
  EXPECT_EQ(OnlySubject("The new runway is expected to take two years to "
                        "finish once the loan is signed."),
            "new runway");
  const std::vector<v1::Figure> f =
      Find("A kit costs 900 shillings, against about 3,000 shillings for a lab "
           "test once staff time is counted.");
  const v1::Figure* lab = FigureWithText(f, "about 3,000 shillings");
  ASSERT_NE(lab, nullptr);
  EXPECT_EQ(lab->subject(), "lab test");
}

// "<noun>, <length> <bearing ...>, <verb>": the noun's distance; not a
// name's ("Hart, about 80 miles south,": a place's).
TEST(FigureContextS32Test, ALengthAsideWithItsBearingCountsTheNoun) {
  EXPECT_EQ(OnlySubject("Traders say the new depot, 9 km from the port, will "
                        "cost them time."),
            "new depot");
  EXPECT_EQ(OnlySubject("The weir, about 2 km upstream, was damaged."), "weir");
  const std::vector<v1::Figure> f =
      Find("Hollis, about 60 miles south, has 41 voters.");
  const v1::Figure* distance = FigureWithText(f, "about 60 miles");
  ASSERT_NE(distance, nullptr);
  EXPECT_NE(distance->subject(), "Hollis");
}

// "this" or "last" and a part of the day is a period; another opener with
// it is not ("the final night of the festival").
TEST(FigureContextS32Test, ThisMorningAndLastNightArePeriods) {
  const std::vector<v1::Figure> f =
      Find("Gusts reached 110 km/h at the airport this morning.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "this morning");
  const std::vector<v1::Figure> g =
      Find("Firefighters rescued 14 people from the flats last night.");
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].time_scope(), "last night");
  const std::vector<v1::Figure> h =
      Find("In 2019, 40,000 people came on the final night of the festival.");
  const v1::Figure* crowd = FigureWithText(h, "40,000");
  ASSERT_NE(crowd, nullptr);
  EXPECT_NE(crowd->time_scope(), "final night");
}

// "<Name>'s population of <figure>": the name is the place, known to the
// lexicon or not, and the subject drops the possessive.
TEST(FigureContextS32Test, APopulationsOwnerIsItsPlace) {
  const std::vector<v1::Figure> f =
      Find("Tórshavn's population of about 14,000 has grown for a decade.");
  const v1::Figure* people = FigureWithText(f, "about 14,000");
  ASSERT_NE(people, nullptr);
  EXPECT_EQ(people->subject(), "population");
  EXPECT_EQ(people->place(), "Tórshavn");
}

}  // namespace
}  // namespace figure_test
}  // namespace factwire
