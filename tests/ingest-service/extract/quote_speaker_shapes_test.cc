// Who speaks a direct quote in shapes common on unseen newswire: a title with
// a tail before the name, a pronoun after an unnamed person, quotes running on
// over paragraphs.
#include <string>

#include "gtest/gtest.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::FindClaim;
using ::factwire::testing_extract::kClose;
using ::factwire::testing_extract::kOpen;

// The speaker of the claim whose words contain `words`; "<none>" without a claim.
std::string SpeakerOf(const v1::Document& doc, const std::string& words) {
  const v1::Claim* c = FindClaim(doc, words);
  return c != nullptr ? c->speaker() : "<none>";
}

// After an inverted cue, a title that runs on through "of", "at" or "for" (an
// owner's or with an article) and a comma: the person named after it speaks.
TEST(QuoteSpeakerShapes, NameAfterATitleWithATailSpeaks) {
  struct Case {
    std::string text, words, speaker;
  };
  const Case cases[] = {
      {kOpen + "The wells are lower than any of us remember," + kClose +
           " said Tarnside Water's head of supply and networks, Dr Olu Bankole.",
       "wells are lower", "Dr Olu Bankole"},
      {kOpen + "Nobody is going to get a bargain this spring," + kClose +
           " said the chief economist at the lender, Priya Mehra.",
       "get a bargain", "Priya Mehra"},
      {kOpen + "We cannot keep the wards open on goodwill," + kClose +
           " said the director of nursing at Holloway General Hospital, Ruth Adeyemi, on Friday.",
       "wards open", "Ruth Adeyemi"},
      {"\"Freight volumes have simply not come back,\" says the port authority's "
       "manager for operations and safety, Lars Vinter.",
       "Freight volumes", "Lars Vinter"},
      {kOpen + "It was the wrong call at the wrong time," + kClose +
           " said the council's cabinet member for housing, Councillor Jo Pryce.",
       "wrong call", "Councillor Jo Pryce"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(SpeakerOf(Extract(c.text), c.words), c.speaker) << c.text;
  }
}

// The person a speaker addresses is no speaker: after "she told", "the head of
// the inquiry, Tom Reyes" is the listener.
TEST(QuoteSpeakerShapes, TitleTailAfterTheSpeakerIsTheListener) {
  const v1::Document doc =
      Extract("Mara Quist gave evidence on Monday. " + kOpen +
              "I warned them twice in writing," + kClose +
              " she told the head of the inquiry, Tom Reyes.");
  EXPECT_EQ(SpeakerOf(doc, "warned them twice"), "she");
}

}  // namespace
}  // namespace factwire
