// Reported speech of session 29: a document modified by the participle it came
// out with ("A court document filed Thursday says ...", "The report released
// Monday said ...") speaks.
#include <string>

#include "gtest/gtest.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::FindClaim;

// "<document> <issuing participle> <when, where, to whom> <cue> <clause>": the
// document speaks, not a place or a body inside the participle's phrase, and
// the claim is the clause after the cue.
TEST(ReportedS29, DocumentWithItsIssuingParticipleSpeaks) {
  struct Case {
    const char* text;
    const char* words;
    const char* speaker;
  };
  const Case kCases[] = {
      {"A court document filed Tuesday says the harbour pilot will not face charges.",
       "the harbour pilot will not face charges", "A court document"},
      {"The audit released on Monday said the water board had ignored three warnings.",
       "the water board had ignored three warnings", "The audit"},
      {"The lawsuit filed in the district court says the mill dumped waste into the Ruvu.",
       "the mill dumped waste into the Ruvu", "The lawsuit"},
      {"A memo sent to ward managers on Friday said night shifts would be cut by a third.",
       "night shifts would be cut by a third", "A memo"},
      {"TROMSØ — An internal report obtained by the Nordlys newspaper found that two of the "
       "five ferries had failed safety checks.",
       "two of the five ferries had failed safety checks", "An internal report"},
  };
  for (const Case& c : kCases) {
    const v1::Document doc = Extract(c.text);
    const v1::Claim* claim = FindClaim(doc, c.words);
    ASSERT_NE(claim, nullptr) << c.text;
    EXPECT_EQ(claim->kind(), v1::CLAIM_KIND_INDIRECT_QUOTE) << c.text;
    EXPECT_EQ(claim->speaker(), c.speaker) << c.text;
    EXPECT_EQ(claim->text().find("filed"), std::string::npos) << claim->text();
  }
}

// Not a document's participle: a person or body before the participle, or a
// clause of its own between the participle and the cue, keeps its reading.
TEST(ReportedS29, IssuingParticipleAfterAPersonIsNoDocument) {
  {
    const v1::Document doc =
        Extract("Nurses reached by the Evening Courier said the ward had been short of staff.");
    const v1::Claim* claim = FindClaim(doc, "the ward had been short of staff");
    ASSERT_NE(claim, nullptr);
    EXPECT_EQ(claim->speaker(), "Nurses");
  }
  {
    const v1::Document doc = Extract(
        "The report, which was released on Monday, said the board had ignored warnings.");
    const v1::Claim* claim = FindClaim(doc, "the board had ignored warnings");
    ASSERT_NE(claim, nullptr);
    EXPECT_NE(claim->speaker().find("report"), std::string::npos) << claim->speaker();
  }
}

}  // namespace
}  // namespace factwire
