// Where a figure holds (place) in shapes met on news text we had not tuned
// on: a named place or facility after "on", "at" or "to", a region the text
// marks as a place as the clause's subject or owner, "the country" of the
// dateline, a people's adjective, and coordinate clauses each with their own
// place. Sentences written for these tests.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "ingest-service/extract/figures.h"
#include "tests/ingest-service/extract/figure_test_support.h"

namespace factwire {
namespace {

using figure_test::BySentence;
using figure_test::Find;
using figure_test::FigureWithText;
using v1::Figure;

TEST(FigureContextPlacesTest, AFacilityOrFeatureAfterASitePrepositionIsThePlace) {
  // Weather desk: the facility's or feature's head word makes the place.
  std::vector<Figure> f =
      Find("The storm forced the cancellation of about 210 flights at "
           "Kushiro Airport.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "Kushiro Airport");
  f = Find("Winds reached gusts of up to 96 km/h to the Shiretoko Peninsula.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "Shiretoko Peninsula");
  f = Find("About 900 trucks were stuck on the Hamadori Expressway.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "Hamadori Expressway");
  f = Find("A total of 388 mm of rain fell at the Kilwinning station.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "Kilwinning station");
}

TEST(FigureContextPlacesTest, ASiteNameIsAPlaceOnlyWhenItShowsIt) {
  // A company, a day, a topic, a modifier: no place.
  std::vector<Figure> f = Find("Toyota said 40 workers at Toyota stayed home.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "");
  f = Find("Officials counted 40 ballots on Saturday, Alaska said.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "");
  f = Find("The group sent a memo on Syria signed by 51 diplomats.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "");
  f = Find("The firm sold 20 jets to Qatar.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "");
}

TEST(FigureContextPlacesTest, ANameTheDatelineMarksIsAPlaceAfterASitePreposition) {
  const std::string text =
      "Snow chaos\n\nHAKODATE, Japan (FW) \xE2\x80\x94 A storm hit the city. "
      "The storm dumped more than 45 cm of snow on Hakodate overnight.";
  const std::vector<Figure> f = BySentence(text);
  const Figure* snow = FigureWithText(f, "more than 45 cm");
  ASSERT_NE(snow, nullptr);
  EXPECT_EQ(snow->place(), "Hakodate");
}

TEST(FigureContextPlacesTest, ANameTheTextMarksIsAskedAgainForEachDocument) {
  // Two stories of one size read in turn from one buffer: the second does
  // not mark Hakodate a place, so the first's answer must not carry over;
  // the same name asked twice in one story keeps its answer.
  std::string text =
      "Snow chaos\n\nHAKODATE, Japan (FW) \xE2\x80\x94 A storm hit the city. "
      "The storm dumped more than 45 cm of snow on Hakodate overnight. "
      "It left 12 cm of ice on Hakodate overnight.";
  std::vector<Figure> f = BySentence(text);
  const Figure* snow = FigureWithText(f, "more than 45 cm");
  const Figure* ice = FigureWithText(f, "12 cm");
  ASSERT_NE(snow, nullptr);
  ASSERT_NE(ice, nullptr);
  EXPECT_EQ(snow->place(), "Hakodate");
  EXPECT_EQ(ice->place(), "Hakodate");
  text.replace(text.find("HAKODATE"), 8, "YOKOHAMA");
  f = BySentence(text);
  snow = FigureWithText(f, "more than 45 cm");
  ASSERT_NE(snow, nullptr);
  EXPECT_EQ(snow->place(), "");
}

TEST(FigureContextPlacesTest, ADemonymOnPeopleOfMeansNamesNoPlace) {
  // Money desk: rich people and investors hold their money anywhere, as
  // soldiers serve abroad; growers' exports still leave their country.
  std::vector<Figure> f =
      Find("Two American billionaires pledged $2 billion to the fund.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].place(), "");
  EXPECT_EQ(f[1].place(), "");
  f = Find("Three British soldiers were wounded in the attack.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "");
  f = Find("Chinese investors bought $3 billion of the bonds.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "");
  f = Find("Last year, Kenyan growers exported 540,000 tonnes of tea.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "Kenya");
}

TEST(FigureContextPlacesTest, ADemonymPlacesOnlyPeopleWhoseWorkIsAtHome) {
  // Who acts is not where the figure holds: doctors, hackers and drones
  // may be counted abroad; farmers, pupils and officials at home.
  std::vector<Figure> f =
      Find("Filipino nurses fill 8 percent of the posts in the wards.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "");
  f = Find("Polish officials said Russian drones struck 14 fuel depots.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "Poland");
  f = Find("Last month, Chinese hackers stole 300 million passwords.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "");
  f = Find("Last season, Ghanaian farmers sold 700,000 tonnes of cocoa.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "Ghana");
  f = Find("The share of Jamaican pupils passing rose to 52 per cent.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "Jamaica");
}

TEST(FigureContextPlacesTest, ARegionTheTextMarksIsTheClauseSubjectsPlace) {
  // Energy wire: the island is the dateline's second part; the earlier level
  // after ", up from" shares the clause.
  const std::string text =
      "Island grid\n\nAJACCIO, Corsica \xE2\x80\x94 The island is ahead. "
      "Corsica generated 28% of its electricity from wind, up from 21%. "
      "Galicia's mussel farms produced 240,000 tonnes, the region of Galicia "
      "said.";
  const std::vector<Figure> f = BySentence(text);
  const Figure* share = FigureWithText(f, "28%");
  const Figure* before = FigureWithText(f, "21%");
  const Figure* mussels = FigureWithText(f, "240,000 tonnes");
  ASSERT_NE(share, nullptr);
  ASSERT_NE(before, nullptr);
  ASSERT_NE(mussels, nullptr);
  EXPECT_EQ(share->place(), "Corsica");
  EXPECT_EQ(before->place(), "Corsica");
  EXPECT_EQ(mussels->place(), "Galicia");
}

TEST(FigureContextPlacesTest, APlaceOwningTheSubjectHoldsForTheClausesLaterFigures) {
  // Farm desk: the sale's value after a comma is the same industry's.
  std::vector<Figure> f =
      Find("Tasmania's oyster farms produced about 4,000 tonnes last year, "
           "worth A$60 million.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].place(), "Tasmania");
  EXPECT_EQ(f[1].place(), "Tasmania");
  // A contrast opens another clause.
  f = Find("Tasmania's oyster farms produced about 4,000 tonnes, while "
           "growers elsewhere sold 900 tonnes.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].place(), "Tasmania");
  EXPECT_EQ(f[1].place(), "");
}

TEST(FigureContextPlacesTest, APlacesPossessiveInTheClauseBeforeTheFigureIsItsPlace) {
  std::vector<Figure> f =
      Find("Ridership on New York City's ferries climbed to 24 million trips.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "New York City");
  f = Find("Factories shed 9,700 jobs, led by Ontario's car makers, where four "
           "assembly plants cut shifts.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].place(), "Ontario");
  // A phrase of its own between them, a person's possessive: no place.
  f = Find("Iowa's caucuses have been a poor guide in the past two contests.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "");
  f = Find("Smith's bakery earned $5 million.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "");
  f = Find("The survey by Statistics Canada's labour team found 14 gaps.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "");
}

TEST(FigureContextPlacesTest, TheCountryIsTheDatelinesCountry) {
  const std::string text =
      "Dry year\n\nRABAT, Morocco \xE2\x80\x94 Farmers fear a third dry year. "
      "The country has about 1.1 million hectares under almond trees.";
  const std::vector<Figure> f = BySentence(text);
  const Figure* area = FigureWithText(f, "about 1.1 million hectares");
  ASSERT_NE(area, nullptr);
  EXPECT_EQ(area->place(), "Morocco");
}

TEST(FigureContextPlacesTest, ADemonymBeforeAPluralNounNamesTheCountry) {
  std::vector<Figure> f =
      Find("The share of Kenyan pupils passing maths rose to 41 per cent.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "Kenya");
  // The demonym in the clause before the figure, not in its subject.
  f = Find("Last year, Kenyan growers exported 540,000 tonnes of tea.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "Kenya");
  f = Find("Few share the views of the American people on those two issues.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "");
  // People abroad, a longer name, a mass noun: no place.
  f = Find("The government will admit 2,000 Syrian refugees.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "");
  f = Find("A group of 67 Latin American writers signed the letter.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "");
}

TEST(FigureContextPlacesTest, EachCoordinateClauseHasItsOwnPlace) {
  const std::vector<Figure> f =
      Find("In Montego Bay, 61 per cent of pupils passed, while in Portland "
           "the figure was 37 per cent and in Clarendon 29 per cent.");
  ASSERT_EQ(f.size(), 3u);
  EXPECT_EQ(f[0].place(), "Montego Bay");
  EXPECT_EQ(f[1].place(), "Portland");
  EXPECT_EQ(f[2].place(), "Clarendon");
}

TEST(FigureContextPlacesTest, TheFirstOfTwoPlacesIsTheMoreSpecific) {
  const std::vector<Figure> f =
      Find("Officials will recount three wards in Assomada, on the island of "
           "Santiago.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "Assomada");
}

TEST(FigureContextPlacesTest, APlaceInAppositionWithAFigureIsItsPlace) {
  // "X, a town of N": the appositive says the figure is X's own.
  std::vector<Figure> f =
      Find("Kavaja, a coastal town of about 30,000 people south of Durres, "
           "voted on Sunday.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "Kavaja");
  f = Find("Voters in Tromsdal, a small port city of 12,500, went to the "
           "polls.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "Tromsdal");
  // A person's appositive or an unnamed city: no place.
  f = Find("Marta Hoxha, a resident of 30 years, left.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "");
  f = Find("The capital, a city of 2 million, was calm.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "");
}

TEST(FigureContextPlacesTest, AnOpeningConnectiveIsNoPartOfTheAppositivesPlace) {
  // review23 #4: a sentence's opening "But", "Still" or adverb before the
  // place in apposition is not part of the place's name.
  std::vector<Figure> f =
      Find("But Ghana, a country of 34 million, grows more cocoa.");
  ASSERT_FALSE(f.empty());
  EXPECT_EQ(f[0].place(), "Ghana");
  f = Find("Meanwhile Nairobi, a city of 4 million, saw 210 new cases.");
  ASSERT_FALSE(f.empty());
  EXPECT_EQ(f[0].place(), "Nairobi");
  f = Find("Still Tromsdal, a port town of 12,500, voted.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "Tromsdal");
}

TEST(FigureContextPlacesTest, EachClauseOfAListOfResultsByPlaceHasItsPlace) {
  // Exam results by district: the second clause repeats the first's verb.
  // The later subject is a place the text names as one (review23b #5: the
  // repeated verb alone no longer makes it one).
  std::vector<Figure> f =
      Find("Kerala had a pass rate of 97.8 per cent, while Malabrin had "
           "91.3 per cent. Malabrin, a hill district, lags.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].place(), "Kerala");
  EXPECT_EQ(f[1].place(), "Malabrin");
  f = Find("Tarvona district recorded the highest turnout at 71 per cent, "
           "while Osk recorded the lowest at 52 per cent. Osk, a town of "
           "farms, voted late.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].place(), "Tarvona district");
  EXPECT_EQ(f[1].place(), "Osk");
  // A company or a business after a place's clause: no place.
  f = Find("Texas added 40,000 jobs, while Amazon added 12,000.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].place(), "");
  f = Find("Brazil exported 3 million tonnes, while Cargill exported 2 "
           "million tonnes.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].place(), "");
  // A company after a clause about sales: no place.
  f = Find("Sales rose 4%, while Tesco posted 3% growth.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].place(), "");
}

TEST(FigureContextPlacesTest, ACompassWordAndARegionsHeadNameAPlace) {
  std::vector<Figure> f =
      Find("Only about 58 per cent of North Zone patients had surgery.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "North Zone");
  f = Find("The Western Province recorded 420 new cases.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "Western Province");
  f = Find("The district saw 30 applicants.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "");
}

TEST(FigureContextPlacesTest, ABusinessUnitsCompassNameIsNoPlace) {
  // review23b #6: a company's or league's "Eastern Division" and a
  // "Central" unit name no place; only a compass point names a region.
  std::vector<Figure> f = Find("Eastern Division sales rose 5% to $3 billion.");
  ASSERT_FALSE(f.empty());
  EXPECT_EQ(f[0].place(), "");
  f = Find("Central Zone revenue fell 3%.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "");
  f = Find("About 70 per cent of Southern Region clinics had a nurse.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "Southern Region");
}

TEST(FigureContextPlacesTest, AnAreaWideCompoundIsThePlace) {
  std::vector<Figure> f =
      Find("Province-wide, about 3,200 nurses walked out.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "Province-wide");
  f = Find("Some 140 libraries will close county-wide.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "county-wide");
  // A noun it qualifies: the sample's reach, not the figure's place.
  f = Find("A state-wide survey of 900 voters found support.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "");
}

TEST(FigureContextPlacesTest, AVenueTheCrowdFillsOrIsAtIsThePlace) {
  std::vector<Figure> f =
      Find("A record crowd of 8,700 filled the Dumaguete Coliseum.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "Dumaguete Coliseum");
  f = Find("Nearly 31,000 supporters packed Hollins Park Stadium on Sunday.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "Hollins Park Stadium");
  f = Find("About 2,500 people heard the choir at the Orrin Hall.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "Orrin Hall");
  // Not a venue's name: no place.
  f = Find("Some 500 delegates packed the Liberals' conference.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "");
}

// Two compass points sharing one name make one place ("North and South
// Kivu"), not the first point alone.
TEST(FigureContextPlacesTest, CompassPointsSharingANameAreOnePlace) {
  std::vector<Figure> f = Find(
      "Most new clinics will open in East and West Sepik, where waits have "
      "reached 19 days.");
  ASSERT_FALSE(f.empty());
  EXPECT_EQ(f.back().place(), "East and West Sepik");
}

// "The county", "the district": the area the text names with that noun.
TEST(FigureContextPlacesTest, TheCountyIsTheCountyTheTextNames) {
  std::vector<Figure> f = BySentence(
      "Doctors at the Harlow County Infirmary are stretched. Some 2,300 "
      "cases were reported in the county last week.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "Harlow County");
  f = BySentence("About 640 homes in the district lost power.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "district");  // no district named
}

// "The state", "the province", "the village": the division or place the
// text names before ("the state" after "Kerala"; "the village of Marnach"),
// not the bare common noun.
TEST(FigureContextPlacesTest, TheStateIsTheDivisionTheTextNamed) {
  std::vector<Figure> f = BySentence(
      "Heat warnings were issued across eastern Kerala on Friday. Power "
      "demand in the state rose to 4,900 megawatts.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "Kerala");
  f = BySentence(
      "Floods cut roads in Sindh for a week. Officials said 210 schools "
      "across the province were shut.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "Sindh");
  f = BySentence(
      "Rallies filled arenas in Oregon. Later the Vermont senator said 40 "
      "offices in the state had opened.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "Oregon");  // "the Vermont senator" names no place
  f = BySentence(
      "A quarry is planned near the village of Marnach. Some 300 residents "
      "in the village signed a letter.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "Marnach");
  f = BySentence(
      "Officials declared the state of emergency. About 640 homes in the "
      "state lost power.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "state");  // no state named
}

// The name of "the region" is found wherever the text writes it, in either
// spelling: before the figure, or only after it, in the text's last words.
TEST(FigureContextPlacesTest, AnAreasNameIsFoundInEitherSpellingAnywhere) {
  std::vector<Figure> f = BySentence(
      "Rain fell for a week. Some 120 schools in the region closed. Most "
      "of the damage was to roads in lower Velden region.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "Velden region");
  f = BySentence(
      "Farmers across Upper Tarn Region sold their crop early this year. "
      "Buyers said 45 mills in the region had closed since spring.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "Upper Tarn Region");
}

// A place opening the sentence is the clause subject's place past an
// apposition that calls it a place; a state the gazetteer holds is a place
// after a fronted phrase.
TEST(FigureContextPlacesTest, APlaceSubjectPastItsAppositionOrAFrontedPhrase) {
  std::vector<Figure> f = Find(
      "Tivat, a town of about 14,000 residents, received more than 300,000 "
      "visitors last year.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].place(), "Tivat");
  f = Find("According to the tourism board, Odisha received 1.4 crore "
           "visitors in 2024.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "Odisha");
}

// A sentence's opening preposition, a day or an article before "County" or
// "Region" is no part of the area's name.
TEST(FigureContextPlacesTest, AnOpenerOrADayIsNoPartOfAnAreasName) {
  std::vector<Figure> f = Find(
      "On Tuesday County engineers said 25 bridges in the county were "
      "closed.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "county");
  f = Find("A Region official said 9 clinics in the region were shut.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "region");
}

// A person's apposition that ends in a place noun is no place apposition:
// its head comes before "of" or a preposition.
TEST(FigureContextPlacesTest, APersonsAppositionEndingInAPlaceNounIsNoPlace) {
  std::vector<Figure> f =
      Find("Mwangi, a trader from the town, sold 200 sacks of beans.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "");
  f = Find("Doyle, a member of the parish, gave $500 to the appeal.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "");
  f = Find("Kotor, an old port city of the Adriatic, received 90,000 "
           "visitors.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "Kotor");
}

// A place that is the first object of a verb of costing or earning is where
// the sum holds; a company or a people so named is none.
TEST(FigureContextPlacesTest, APlaceASumCostsOrEarnsIsThePlace) {
  std::vector<Figure> f =
      Find("Cocoa exports earned Ghana about $2.1 billion last year.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "Ghana");
  f = Find("The drought cost Zambia $400 million.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "Zambia");
  f = Find("The strike cost Heineken $40 million.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "");
}

// After a contest's result the country a sum costs or earns is a team.
TEST(FigureContextPlacesTest, ACountryAContestResultCostsOrEarnsIsATeam) {
  std::vector<Figure> f = Find("The defeat cost Scotland $3 million.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "");
  f = Find("The victory earned Ghana $4 million.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "");
  // "loss" and "exit" are as often a market's or a union's: the country
  // keeps its place.
  f = Find("The exit cost Norway $20 billion in lost trade.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "Norway");
  f = Find("The loss cost Peru $700 million in copper revenue.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "Peru");
}

// With no dateline naming one, "the country" is the first country the
// story's opening names (headline, section line, lead); "a country's" is
// none, nor "the country" when the opening names no country.
TEST(FigureContextPlacesTest, TheCountryIsTheOneTheOpeningNames) {
  const std::string story =
      "Markets | Norway | Finnmark\n\nCold spell lifts Finnmark heating "
      "demand\n\nHAMMERFEST - Temperatures fell overnight. Power use across "
      "the country peaked at 24,100 megawatts. The country's gas exports rose "
      "4% in March. A country's debt of 90% is high. ";
  std::vector<Figure> f = BySentence(story);
  ASSERT_EQ(f.size(), 3u);
  EXPECT_EQ(f[0].place(), "Norway");
  EXPECT_EQ(f[1].place(), "Norway");
  EXPECT_EQ(f[1].subject(), "gas exports");
  EXPECT_EQ(f[2].place(), "");
  f = Find("Power use across the country peaked at 24,100 megawatts.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "country");
}

// A part's share "of" a whole: the place the clause opens with is the
// figure's, not the whole's owner, who leaves the subject all the same.
TEST(FigureContextPlacesTest, APartsShareOfAWholeIsThePartsPlace) {
  std::vector<Figure> f = Find("Ontario accounted for 38% of Canada's new jobs.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "Ontario");
  EXPECT_EQ(f[0].subject(), "new jobs");
  f = Find("Canada's new jobs rose 38%.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "Canada");
}

// A name before a division noun beyond county and district ("zone",
// "regency", "oblast") is a place with it; "the euro zone" names none.
TEST(FigureContextPlacesTest, ANameBeforeADivisionNounIsAPlace) {
  std::vector<Figure> f =
      Find("Floods damaged 4,000 homes in Kherson oblast.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "Kherson oblast");
  f = Find("The co-operative has about 9,000 members in Sidama zone.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "Sidama zone");
  f = Find("Prices rose 4% in the euro zone.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "");
}

// reviewB #4: after "the <Name>" a division noun needs the name to be a known
// place; an alliance's or a scheme's zone is no division of a country.
TEST(FigureContextPlacesTest, ADivisionNounAfterTheNeedsAKnownPlace) {
  std::vector<Figure> f =
      Find("Some 500 soldiers are posted in the NATO zone.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "");
  f = Find("About 60 factories work in the Ghana Free Trade zone.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "");
  f = Find("Shelling hit 300 homes in the Kyiv oblast.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "Kyiv oblast");
}

// reviewB #5: "the country's" elsewhere in the sentence does not make a
// generic "a country's" subject the story's country.
TEST(FigureContextPlacesTest, OnlyTheFiguresOwnPossessiveAsksTheArticle) {
  std::vector<Figure> f = BySentence(
      "Markets | Ghana\n\nGhana cocoa talks stall\n\nAnalysts note a "
      "country's imports fell 6% when its harvest failed, and the country's "
      "trade minister agreed. ");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "");
}

// A place written with its accents keys a shared currency as its plain
// spelling does ("Medellín" as "Medellin").
TEST(FigureContextPlacesTest, AnAccentedPlaceKeysASharedCurrency) {
  std::vector<Figure> f =
      Find("In Medellín, a monthly metro pass now costs 98,000 pesos.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].unit(), "COP");
  f = BySentence(
      "Fares rise in Bogotá\n\nCommuters were angry on Monday. A single "
      "ride will cost 3,250 pesos from July.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].unit(), "COP");
}

// A road named by its head and number is a place after a site preposition;
// a year after the head is no road's number.
TEST(FigureContextPlacesTest, ARoadsHeadAndNumberIsAPlace) {
  std::vector<Figure> f = Find("Crashes on Route 9 fell 14% last year.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "Route 9");
  f = Find("The audit praised the line for safety on Highway 57, where it "
           "said crashes had fallen by 9%.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "Highway 57");
  f = Find("Spending on Route 2030 plans rose 6%.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "");
}

// A compass point "of" a name is the place ("homes north of Kandy"), but
// not after a distance ("40 km east of", "a two-hour drive south of") nor
// after a figure that measures a place noun ("a town of 90,000 people").
TEST(FigureContextPlacesTest, ACompassPointOfANameIsAPlaceUnlessMeasured) {
  std::vector<Figure> f =
      Find("Landslides cut power to 9,000 homes north of Kandy.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "north of Kandy");
  f = Find("The blaze burned 300 hectares about 40 km east of Kandy.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].place(), "");
  EXPECT_EQ(f[1].place(), "");
  f = Find("It sits a two-hour drive south of Kandy.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "");
  f = Find("Matale, a town of 90,000 people north of Kandy, lost power.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_NE(f[0].place(), "north of Kandy");
}

// "The state" calls back a division the text names as a whole run of
// capitalized words, or one after a capitalized opening preposition; never
// the first word of a person's or a company's name (review26 A#6).
TEST(FigureContextPlacesTest, TheStateIsNoFirstWordOfALongerName) {
  std::vector<Figure> f = BySentence(
      "Storms hit Oregon on Monday. Lawyers for Georgia Mbeki said 3 claims "
      "were filed. Officials in the state said repairs cost $40 million.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].place(), "Oregon");
  f = BySentence(
      "Storms hit Oregon, and Texas Instruments shut a plant. Officials in "
      "the state said repairs cost $40 million.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "Oregon");
  f = BySentence(
      "In Ohio, storms have closed roads. Officials in the state said "
      "repairs cost $40 million.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "Ohio");
}

// A division written with Latin-1 accents is one run of capitalized words
// and keys the lexicon's plain spelling ("São Paulo" as "sao paulo"), so
// "the state" calls it back (review26 A#15).
TEST(FigureContextPlacesTest, AnAccentedDivisionIsNamedWhole) {
  std::vector<Figure> f = BySentence(
      "Storms flooded towns across São Paulo on Monday. Officials in the "
      "state said repairs cost $40 million.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "São Paulo");
}

}  // namespace
}  // namespace factwire
