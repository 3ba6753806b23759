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

}  // namespace
}  // namespace factwire
