// Sources named by whole phrases (session 17): a business's short name met
// before its registered name, titles of coordinated words before a name.
#include <string>

#include "gtest/gtest.h"
#include "ingest-service/extract/records.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::FindSource;

// The source of `doc` named `name` or with `name` among its aliases, else null.
const v1::Source* SourceCalled(const v1::Document& doc, const std::string& name) {
  for (const v1::Source& s : doc.sources()) {
    if (s.name() == name) return &s;
    for (const std::string& alias : s.aliases()) {
      if (alias == name) return &s;
    }
  }
  return nullptr;
}

// Expects `short_name` and `full_name` to be one organisation in `doc`.
void ExpectOneOrganisation(const std::string& text, const std::string& short_name,
                           const std::string& full_name) {
  SCOPED_TRACE(text);
  const v1::Document doc = Extract(text);
  const v1::Source* full = SourceCalled(doc, full_name);
  const v1::Source* brief = SourceCalled(doc, short_name);
  ASSERT_NE(full, nullptr);
  ASSERT_NE(brief, nullptr);
  EXPECT_EQ(full, brief);
  EXPECT_EQ(full->type(), v1::SOURCE_TYPE_ORGANIZATION);
}

TEST(SourcePhrases, ShortNameMetBeforeTheRegisteredNameIsTheBusiness) {
  // A trade weekly: the subheading names the firm without its legal form.
  ExpectOneOrganisation(
      "Merrow Pottery says it will shut its last kiln\n\n"
      "Merrow Pottery Ltd, which has made pottery in the town since 1921, said on "
      "Tuesday that the factory would close in June.",
      "Merrow Pottery", "Merrow Pottery Ltd");
  // A wire story: the headline's short name, then "Corp" and a cue after.
  ExpectOneOrganisation(
      "Dunmore Timber says lumber prices have fallen for a year\n\n"
      "VANCOUVER (Reuters) - Dunmore Timber Corp said on Thursday it would cut 200 "
      "jobs at two sawmills after timber prices fell for a fourth month.",
      "Dunmore Timber", "Dunmore Timber Corp");
  // A local paper, "Co." after a trade word written in lowercase elsewhere.
  ExpectOneOrganisation(
      "Castell Cider says its cider will cost more\n\n"
      "Castell Cider Co. told shops the price of a bottle would rise by 20p, the "
      "second rise this year.",
      "Castell Cider", "Castell Cider Co.");
}

TEST(SourcePhrases, PersonWithTheSameNameAsAFirmStaysAPerson) {
  // Precision: a person named before, with a pronoun, keeps being a person; the
  // company named after her is another source.
  const v1::Document doc = Extract(
      "Lena Marsh said she had agreed to sell the business.\n\n"
      "Lena Marsh Ltd will be wound up next month, its accountants said.");
  const v1::Source* person = FindSource(doc, "lena-marsh");
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(person->type(), v1::SOURCE_TYPE_PERSON);
  // A surname that is no common word: "Rhodri Bevan" and "Rhodri Bevan Group".
  const v1::Document other = Extract(
      "Rhodri Bevan told the inquiry the contracts were lawful.\n\n"
      "Rhodri Bevan Group won four of the contracts.");
  const v1::Source* bevan = FindSource(other, "rhodri-bevan");
  ASSERT_NE(bevan, nullptr);
  EXPECT_EQ(bevan->type(), v1::SOURCE_TYPE_PERSON);
}

// The title of the source `id` in `text`, or "(none)" when there is no such
// source.
std::string TitleIn(const std::string& text, const std::string& id) {
  const v1::Document doc = Extract(text);
  const v1::Source* s = FindSource(doc, id);
  return s == nullptr ? "(none)" : s->title();
}

TEST(SourcePhrases, PortfoliosJoinedByAndBeforeATitleAreOneTitle) {
  // A parliamentary sketch, a wire story and a council report.
  EXPECT_EQ(TitleIn("Works and Transport Minister Anita Ramdeen said the tender for 150 "
                    "buses had closed.",
                    "anita-ramdeen"),
            "Works and Transport Minister");
  EXPECT_EQ(TitleIn("LONDON (Reuters) - Housing and Planning Secretary Tom Ellery told "
                    "lawmakers on Monday the target would be met.",
                    "tom-ellery"),
            "Housing and Planning Secretary");
  EXPECT_EQ(TitleIn("On Friday, Culture, Heritage and Sport Minister Rua Tane said the "
                    "stadium grant was safe.",
                    "rua-tane"),
            "Culture, Heritage and Sport Minister");
  // A portfolio that is also a title word ("Health", "Trade") opens the list.
  EXPECT_EQ(TitleIn("Health and Social Care Secretary Aled Morgan said waiting lists had "
                    "fallen for a third month.",
                    "aled-morgan"),
            "Health and Social Care Secretary");
  // The first portfolio is no source of its own.
  const v1::Document doc = Extract(
      "Works and Transport Minister Anita Ramdeen said the tender had closed.");
  for (const v1::Source& s : doc.sources()) EXPECT_NE(s.name(), "Works");
}

TEST(SourcePhrases, PortfolioBeforeTwoOfficeWordsIsPartOfTheTitle) {
  EXPECT_EQ(TitleIn("Opposition Chief Whip Desmond Alleyne said the bid was 40 per cent "
                    "above the estimate.",
                    "desmond-alleyne"),
            "Opposition Chief Whip");
  EXPECT_EQ(TitleIn("Government Chief Whip Mark Ellis told the chamber the vote would "
                    "go ahead.",
                    "mark-ellis"),
            "Government Chief Whip");
}

TEST(SourcePhrases, TitlesJoinedByAndBeforeANameAreOneTitle) {
  // A trade weekly, a business page, a search report, a factory story.
  EXPECT_EQ(TitleIn("President and chief executive Lauren Whitcombe said the firm now "
                    "pays three times as much for cocoa.",
                    "lauren-whitcombe"),
            "President and chief executive");
  EXPECT_EQ(TitleIn("The bakery's founder and managing director, Priya Shah, said it "
                    "would hire 20 staff.",
                    "priya-shah"),
            "founder and managing director");
  EXPECT_EQ(TitleIn("Late on Sunday, search and rescue coordinator Megan Ashby said the "
                    "ridge had been searched twice.",
                    "megan-ashby"),
            "search and rescue coordinator");
  EXPECT_EQ(TitleIn("Health and safety manager Ian Pike said the line was stopped at "
                    "once.",
                    "ian-pike"),
            "Health and safety manager");
}

TEST(SourcePhrases, NameBeforeAndIsNoPartOfATitle) {
  // Precision: a person met before, then "and" and another's title.
  EXPECT_EQ(TitleIn("Lauren Whitcombe chairs the board.\n\nWhitcombe and finance "
                    "director Tom Hale signed the letter. Hale said the firm would "
                    "survive.",
                    "tom-hale"),
            "finance director");
  EXPECT_EQ(TitleIn("Jane Roe and Health Minister Tom Hale said the clinic would reopen.",
                    "tom-hale"),
            "Health Minister");
  // A plain noun and "and" before a lone title word: two things, one title.
  EXPECT_EQ(TitleIn("The singer's band and producer Ana Lutz said the album was finished.",
                    "ana-lutz"),
            "producer");
}

TEST(SourcePhrases, BodyWordOpeningASentenceJoinsALowercaseTitle) {
  EXPECT_EQ(TitleIn("Police spokesman Grant Hollis said officers had answered 14 calls.",
                    "grant-hollis"),
            "Police spokesman");
  EXPECT_EQ(TitleIn("The vote was 5-2. Council member Ray Ortiz said the city was "
                    "borrowing too much.",
                    "ray-ortiz"),
            "Council member");
  // Precision: a body's name keeps being the affiliation, not the title.
  const v1::Document doc = Extract(
      "Reuters correspondent Ana Diaz said the port was closed.");
  const v1::Source* s = FindSource(doc, "ana-diaz");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "correspondent");
}

TEST(SourcePhrases, GuildIsABodysWordAfterAPluralsApostrophe) {
  const std::string texts[] = {
      "The Harrow Glassmakers' Guild said 12 of its members had cut staff.",
      "The Suffolk Potters' Guild warned that six kilns would close.",
      "Sales fell by a fifth, according to the Cheesemakers\u2019 Guild (CMG)."};
  const std::string names[] = {"Harrow Glassmakers' Guild", "Suffolk Potters' Guild",
                               "Cheesemakers\u2019 Guild"};
  for (int i = 0; i < 3; ++i) {
    SCOPED_TRACE(texts[i]);
    const v1::Document doc = Extract(texts[i]);
    const v1::Source* s = SourceCalled(doc, names[i]);
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
  }
}

}  // namespace
}  // namespace factwire
