// Source shapes from unseen news text (session 29): a business named in two
// or more words that nothing marks as a person, typed by what the text says of
// it, and who the people it employs work for.
#include <string>

#include "gtest/gtest.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::SourceOfClaim;

// "Tarvik Haulage cut its ...", "Mbeya Teas's shareholders": the evidence
// that makes a one-word name a business also makes a name of two words one,
// and the chief executive named after it works there.
TEST(SourceS29, TwoWordBusinessIsTypedByItsOrItsHolding) {
  v1::Document doc = Extract(
      "Tarvik Haulage cut its lorry routes to Narvik in March, a notice to drivers "
      "showed. Chief executive Sunniva Holm said diesel had cost the firm 40 million "
      "kroner.\n\n"
      "Mbeya Teas's shareholders approved the sale, Mbeya Teas said on Friday.");
  const v1::Source* b = SourceOfClaim(doc, "diesel had cost the firm");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->type(), v1::SOURCE_TYPE_PERSON);
  EXPECT_EQ(b->affiliation(), "Tarvik Haulage");
  const v1::Source* c = SourceOfClaim(doc, "shareholders approved the sale");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->name(), "Mbeya Teas");
  EXPECT_EQ(c->type(), v1::SOURCE_TYPE_ORGANIZATION);
}

// A person named in full keeps being a person: a pronoun or a title marks one,
// and "its" after another subject is not theirs.
TEST(SourceS29, PersonNamedInFullStaysAPerson) {
  v1::Document doc = Extract(
      "Marta Ilves said the ferry was late again. She said its engine had failed twice.\n\n"
      "Councillor Ruben Sepp said the council would review its budget.");
  const v1::Source* a = SourceOfClaim(doc, "the ferry was late again");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->type(), v1::SOURCE_TYPE_PERSON);
  const v1::Source* b = SourceOfClaim(doc, "would review its budget");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->name(), "Ruben Sepp");
  EXPECT_EQ(b->type(), v1::SOURCE_TYPE_PERSON);
}

// "Northlink Island Ferries", "Callao Bulk Terminals", "Metales Industrias":
// a name ending in a word for what a transport operator or an industry runs
// is a business's, also after "the operator," sets it off.
TEST(SourceS29, NameEndingInAnOperatorsWordIsABusiness) {
  v1::Document doc = Extract(
      "Sailings to Rousay were cancelled on Monday, the operator, Northlink Island "
      "Ferries, said.\n\n"
      "Callao Bulk Terminals said it would hire 200 dockers.\n\n"
      "Metales Industrias said exports rose 9%.");
  for (const char* words : {"Sailings to Rousay were cancelled", "would hire 200 dockers",
                            "exports rose 9%"}) {
    const v1::Source* s = SourceOfClaim(doc, words);
    ASSERT_NE(s, nullptr) << words;
    EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION) << words;
  }
}

}  // namespace
}  // namespace factwire
