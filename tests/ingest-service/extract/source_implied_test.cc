// Affiliations the text implies: a post inside an organisation named before a
// person ("Chief executive Helen Marsters said") with no organisation in the
// sentence is at the organisation the story is about, the one that opened a
// recent sentence as its subject.
#include <string>

#include "gtest/gtest.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::FindSource;

// The affiliation of the source `id` in `text`, or "<none>" when there is no
// such source.
std::string AffiliationOf(const std::string& text, const std::string& id) {
  v1::Document doc = Extract(text);
  const v1::Source* s = FindSource(doc, id);
  return s == nullptr ? "<none>" : s->affiliation();
}

TEST(SourceImplied, PostBeforeANameIsAtTheStorysOrganisation) {
  // Results story: the post opening its sentence.
  EXPECT_EQ(AffiliationOf("Pellham Foods said on Thursday that first-half profit fell 12%. "
                          "Sales of frozen meals slowed in the spring. Chief executive "
                          "Dana Whitcombe said the company would cut prices.",
                          "dana-whitcombe"),
            "Pellham Foods");
  // Lowercase post after a quote, with a scholar's honorific.
  EXPECT_EQ(AffiliationOf("Corvane Therapeutics said its lead drug cut relapses by a "
                          "third. \"We are pleased,\" chief medical officer Dr Ines Barros "
                          "told analysts.",
                          "ines-barros"),
            "Corvane Therapeutics");
  // Local paper: a spokesperson of a building society named in the lead.
  EXPECT_EQ(AffiliationOf("Tamworth Building Society will close four branches next year, "
                          "leaving two towns without one. Spokeswoman Kerry Bolton said "
                          "staff would be offered other roles.",
                          "kerry-bolton"),
            "Tamworth Building Society");
}

TEST(SourceImplied, TitlesThatNameTheirOwnBodyOrAnOfficeGetNone) {
  const std::string lead =
      "Harlow Freight Ltd said it would cut 200 jobs at its Essex depot. ";
  // The post names its own body; an elected office; an owner before the post.
  EXPECT_NE(AffiliationOf(lead + "Union president Carla Diaz said members would strike.",
                          "carla-diaz"),
            "Harlow Freight Ltd");
  EXPECT_EQ(AffiliationOf(lead + "Mayor Tom Hale said the town would lose its largest "
                                 "employer.",
                          "tom-hale"),
            "");
  // A post with its own organisation keeps it.
  EXPECT_EQ(AffiliationOf(lead + "Jan Ruiz, chief executive of the Road Haulage Forum, said "
                                 "the cuts were a warning.",
                          "jan-ruiz"),
            "Road Haulage Forum");
}

}  // namespace
}  // namespace factwire
