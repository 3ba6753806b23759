// What the rest of a document says about a one-word name that shows no person
// (no first name, title, honorific or gender): "its" after it as a subject, an
// owner's post only a body has ("X's chief executive", "X's shareholders"), a
// "the company" / "the utility" that can only mean it, or a word for a body
// right before it ("trade body X") make it an organisation. A name with person
// evidence stays a person.
#include <string>

#include "gtest/gtest.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::FindSource;
using ::factwire::testing_extract::SourceTypeIn;

TEST(SourceUsage, ItsAfterASubjectNameMakesAnOrganisation) {
  // Utility wire, business page, local paper, sport, liveblog: the verb group
  // between the name and "its" varies (says / has told / will not renew).
  const char* kCases[][2] = {
      {"Voltaro says its crews have restored power to all but 2,000 homes.", "voltaro"},
      {"Quillon told investors on Tuesday that its margins would recover next year, "
       "and Quillon said hiring would resume.",
       "quillon"},
      {"Brightwell said its fees would rise by 6% in September.", "brightwell"},
      {"Harwick will not renew its shirt deal, Harwick confirmed in a statement.", "harwick"},
      {"14:05 - Zentaro has cancelled its remaining flights to the island, Zentaro said.",
       "zentaro"},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(SourceTypeIn(c[0], c[1]), v1::SOURCE_TYPE_ORGANIZATION) << c[0];
  }
}

TEST(SourceUsage, PostsOnlyABodyHasMakeTheOwnerAnOrganisation) {
  const char* kCases[][2] = {
      {"Tallow's chief executive left in May. Tallow said sales had slowed since.",
       "tallow"},
      {"Fenmore's shareholders will vote on the offer next month, Fenmore said.", "fenmore"},
      {"The vote by Carran's board was unanimous, Carran said on Friday.", "carran"},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(SourceTypeIn(c[0], c[1]), v1::SOURCE_TYPE_ORGANIZATION) << c[0];
  }
}

TEST(SourceUsage, ABodyDescribedAfterTheNameIsTheName) {
  // "the company said" with no company named before: the one-word subject.
  const char* kCases[][2] = {
      {"Kestrix will cut 400 jobs at two plants, the company said on Monday.", "kestrix"},
      {"Lunova posted a loss of $3 million for the year. The retailer said demand "
       "had slumped after Christmas.",
       "lunova"},
      {"Marrick plans to raise bills by 4% from April. The utility said gas costs had "
       "doubled.",
       "marrick"},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(SourceTypeIn(c[0], c[1]), v1::SOURCE_TYPE_ORGANIZATION) << c[0];
  }
}

TEST(SourceUsage, AWordForABodyBeforeTheNameMakesAnOrganisation) {
  const char* kCases[][2] = {
      {"Trade body Vintara said exports fell 4% last year.", "vintara"},
      {"The Indian software sector employs about 5 million people, according to "
       "industry body Cortexa.",
       "cortexa"},
      {"Fares to Lisbon rose 11%, according to the comparison site Farely.", "farely"},
      {"Property website Homelyst said on Monday that rents rose 9% in a year.", "homelyst"},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(SourceTypeIn(c[0], c[1]), v1::SOURCE_TYPE_ORGANIZATION) << c[0];
  }
}

TEST(SourceUsage, ItsOpeningASentenceIsTheSubjectAfterAPlaceCompound) {
  // The owner named before is an organisation too; "Its" is the one opening
  // the sentence before, after a place compound.
  v1::Document doc = Extract(
      "Wexby's chief executive said the chain would close 20 stores. Leeds-based "
      "Harland Logistics said it was owed about 900,000 pounds. Its finance director, "
      "Ruth Ambler, said the firm would survive.");
  const v1::Source* ambler = FindSource(doc, "ruth-ambler");
  ASSERT_NE(ambler, nullptr);
  EXPECT_EQ(ambler->affiliation(), "Harland Logistics");
}

TEST(SourceUsage, ADescriptionIsNotAnOwnerNamedInPassing) {
  // Wexby is a body (its chief executive), but "the rating agency" is the
  // subject that named it in passing.
  v1::Document doc = Extract(
      "Wexby's chief executive resigned in June. Morrow Ratings, which downgraded "
      "Wexby's debt last week, said lenders were nervous. The rating agency said "
      "Wexby had little cash left.");
  const v1::Claim* c = testing_extract::FindClaim(doc, "Wexby had little cash left");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "morrow-ratings");
}

TEST(SourceUsage, APersonWithPersonEvidenceStaysAPerson) {
  const char* kCases[][2] = {
      // A surname of someone named in full before.
      {"Dana Ruddock chairs the committee. Ruddock said its report was flawed.",
       "dana-ruddock"},
      // A title before the name.
      {"Mayor Tull said its budget had been cut twice.", "tull"},
      // A first and last name.
      {"Priya Castell said its findings were wrong.", "priya-castell"},
      // An honorific.
      {"Mrs Okafor said its rules had changed.", "okafor"},
      // "its" after an object, not the subject's.
      {"Hallam said the council had lost its way.", "hallam"},
      // A post word after a preposition, not the owner's holding.
      {"Brandt's review of executive pay was published, and Brandt said more would "
       "follow.",
       "brandt"},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(SourceTypeIn(c[0], c[1]), v1::SOURCE_TYPE_PERSON) << c[0];
  }
  // A capitalised plural opening a sentence before a preposition is no name
  // "the retailer" could mean, nor an amount's unit after a number.
  v1::Document doc = Extract(
      "Orders in the spring slumped. The retailer said sales fell 3%. A pint will cost "
      "92 Kc in most pubs, the brewer said.");
  EXPECT_EQ(FindSource(doc, "orders"), nullptr);
  EXPECT_EQ(FindSource(doc, "kc"), nullptr);
  // A name described by a person's post is not the company described after.
  EXPECT_NE(SourceTypeIn("Tarek, the ship\u2019s engineer,\u00a0had logged 900 hours with Nordline, "
                   "the company said. He joined in 2011, the company added.",
                   "tarek"),
            v1::SOURCE_TYPE_ORGANIZATION);
}

}  // namespace
}  // namespace factwire
