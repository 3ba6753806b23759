// Unnamed sources described by what they are (session 15): "one worker", "a
// senior official at the ministry", "according to a ministry source". The
// describer is the source, named by its head noun phrase.
#include <string>

#include "gtest/gtest.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::FindClaim;
using ::factwire::testing_extract::FindSource;

// The name of the source of the first claim containing `words`; "<none>" when
// no such claim or source exists.
std::string SourceNameOf(const v1::Document& doc, const std::string& words) {
  const v1::Claim* c = FindClaim(doc, words);
  if (c == nullptr) return "<no claim>";
  const v1::Source* s = FindSource(doc, c->source_id());
  return s == nullptr ? "<no source>" : s->name();
}

// An unnamed source is named by its describer: the head noun phrase without
// a phrase after it that places it ("at the ministry", "in Tromso") or the
// organisation it speaks for ("for the Home Office"); the speaker stays as
// written.
TEST(ReportedDescribers, AnUnnamedSourceIsNamedByItsDescriber) {
  v1::Document doc = Extract(
      "The bypass will open in June, a senior official at the ministry said on Friday. "
      "Officials in Tromso said the ferry would resume on Monday. A spokeswoman for the "
      "Home Office said the pier would be repaired. An engineer who inspected the "
      "bridge said the cracks were not new.");
  EXPECT_EQ(SourceNameOf(doc, "The bypass will open in June"), "senior official");
  EXPECT_EQ(SourceNameOf(doc, "the ferry would resume"), "Officials");
  EXPECT_EQ(SourceNameOf(doc, "the pier would be repaired"), "spokeswoman");
  EXPECT_EQ(SourceNameOf(doc, "the cracks were not new"), "engineer");
  const v1::Claim* c = FindClaim(doc, "The bypass will open in June");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "a senior official at the ministry");

  // What ties the source to the story, what a share is of, a name spoken for
  // and a count are part of its name; a named source keeps its name.
  doc = Extract(
      "People familiar with the talks said the bid would be raised. Some 62 percent of "
      "members said the fees were too high. A spokesman for Kestrel said the mine would "
      "stay open. Two market traders said stall rents had doubled. The Harbour Trust "
      "said the slipway would reopen.");
  EXPECT_EQ(SourceNameOf(doc, "the bid would be raised"), "People familiar with the talks");
  EXPECT_EQ(SourceNameOf(doc, "the fees were too high"), "62 percent of members");
  EXPECT_EQ(SourceNameOf(doc, "the mine would stay open"), "spokesman for Kestrel");
  EXPECT_EQ(SourceNameOf(doc, "stall rents had doubled"), "Two market traders");
  EXPECT_EQ(SourceNameOf(doc, "the slipway would reopen"), "Harbour Trust");
}

}  // namespace
}  // namespace factwire
