// Descriptions of a body of one form ("the council", "the court"): they name
// only a body whose name has the word, never another public body named before,
// nor a headline's run of capitalised words.
#include <string>

#include "gtest/gtest.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::SourceNameOf;

TEST(MentionBodiesS29, TheCouncilIsNoAuthorityOrMinistryNamedBefore) {
  const v1::Document doc = Extract(
      "Harbour buses\n\nThe Ministry of Health runs 40 clinics in the region.\n\n"
      "According to the city council, 8,000 pupils took the bus in 2023.");
  EXPECT_EQ(SourceNameOf(doc, "8,000 pupils took the bus"), "city council");
}

TEST(MentionBodiesS29, TheCourtIsNoTransitAuthority) {
  const v1::Document doc = Extract(
      "Fares case\n\nThe Port Transit Authority raised fares by 9 per cent.\n\n"
      "The court said the rise had been lawful.");
  EXPECT_NE(SourceNameOf(doc, "the rise had been lawful"), "Port Transit Authority");
}

TEST(MentionBodiesS29, TheCouncilIsTheCouncilNamedBefore) {
  const v1::Document doc = Extract(
      "Harbour buses\n\nThe Narva City Council runs 40 buses.\n\n"
      "The council said 8,000 pupils took the bus in 2023.");
  EXPECT_EQ(SourceNameOf(doc, "8,000 pupils took the bus"), "Narva City Council");
}

TEST(MentionBodiesS29, AHeadlineRunIsNoCouncil) {
  const v1::Document doc = Extract(
      "Council Meets on Bus Budget\n\nThe Ministry of Health runs 40 clinics.\n\n"
      "The city council said 8,000 pupils took the bus in 2023.");
  EXPECT_EQ(SourceNameOf(doc, "8,000 pupils took the bus"), "city council");
}

}  // namespace
}  // namespace factwire
