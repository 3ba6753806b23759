// Groups and bodies that report, and attributions that interrupt or follow the
// claim (session 19): "The council's finance department estimates that ...",
// "..., which it said was ...", "A fresh lockdown, she warned, would ...".
#include <string>

#include "gtest/gtest.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::FindClaim;
using ::factwire::testing_extract::SpeakerOf;

struct Case {
  const char* text;
  const char* words;    // words of the claim
  const char* speaker;  // its speaker as written
};

TEST(ReportedGroups, AnOwnedBodyReportsWithAnyReportVerb) {
  const Case cases[] = {
      // Local paper: a council's department and a report verb other than "say".
      {"The borough's housing department estimates that 1,200 families are waiting "
       "for a home.",
       "1,200 families are waiting", "The borough's housing department"},
      // An -ing modifier names the department, it opens no clause.
      {"The county's planning department said the bypass would open in 2028.",
       "the bypass would open in 2028", "The county's planning department"},
      {"The city's licensing office warned that late bars would lose their permits.",
       "late bars would lose their permits", "The city's licensing office"},
  };
  for (const Case& c : cases) {
    const v1::Document doc = Extract(c.text);
    EXPECT_EQ(SpeakerOf(doc, c.words), c.speaker) << c.text;
  }
  // A thing is no speaker ("The town's new budget estimates that ...").
  const v1::Document doc = Extract("The town's new budget estimates that rates will rise.");
  const v1::Claim* claim = FindClaim(doc, "rates will rise");
  if (claim != nullptr) {
    EXPECT_EQ(claim->speaker(), "");
  }
}

}  // namespace
}  // namespace factwire
