// Reported speech of session 29: a document modified by the participle it came
// out with ("A court document filed Thursday says ...", "The report released
// Monday said ...") speaks; "according to" opening its clause after a colon,
// "But" or a time adverbial reports the clause after it.
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
      // (An unnamed body after "by" made the document and speaks.)
      {"A report released on Monday by the regional civil protection service said 14 "
       "kilometres of channels had been buried.",
       "14 kilometres of channels had been buried", "the regional civil protection service"},
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

// "according to <source>" opening the clause after a colon, a linking opener
// ("But", "Yet") or a short time adverbial ("On Tuesday night,", "About 10:03
// p.m.,", "Since March,"): the claim is the clause after the phrase, without
// the adverbial or the words before the colon.
TEST(ReportedS29, AccordingToOpeningItsClauseReportsTheClauseAfterIt) {
  struct Case {
    const char* text;
    const char* words;
    const char* speaker;
  };
  const Case kCases[] = {
      {"The warning came too late: According to the coastguard, two trawlers had already sunk.",
       "two trawlers had already sunk", "coastguard"},
      {"But according to the port authority, the quay will reopen in May.",
       "the quay will reopen in May", "port authority"},
      {"On Tuesday night, according to witnesses, the crowd threw stones at the ferry office.",
       "the crowd threw stones at the ferry office", "witnesses"},
      {"About 10:40 p.m., according to a police timeline, the first officers reached the pier.",
       "the first officers reached the pier", "police"},
      {"Since March, according to the health board, 212 patients have waited more than a year.",
       "212 patients have waited more than a year", "health board"},
  };
  for (const Case& c : kCases) {
    const v1::Document doc = Extract(c.text);
    const v1::Claim* claim = FindClaim(doc, c.words);
    ASSERT_NE(claim, nullptr) << c.text;
    EXPECT_EQ(claim->kind(), v1::CLAIM_KIND_ATTRIBUTED) << c.text;
    EXPECT_NE(claim->speaker().find(c.speaker), std::string::npos) << claim->speaker();
    EXPECT_EQ(claim->text().find("ccording"), std::string::npos) << claim->text();
  }
}

// Words before "according to" that are no adverbial of time stay the claim's:
// a subject ("Fundraising, according to ..., has surged") or a fronted phrase
// of the clause ("At the heart of the trouble, according to ..., was ...").
TEST(ReportedS29, AccordingToAfterASubjectKeepsTheWordsBeforeIt) {
  const char* const kTexts[] = {
      "Fundraising, according to the campaign, has surged since the debate.",
      "At the heart of the dispute, according to the union, was a change to night shifts.",
  };
  for (const char* text : kTexts) {
    const v1::Document doc = Extract(text);
    ASSERT_EQ(doc.claims_size(), 1) << text;
    const std::string first_words = std::string(text).substr(0, 12);
    EXPECT_NE(doc.claims(0).text().find(first_words), std::string::npos) << doc.claims(0).text();
  }
}

}  // namespace
}  // namespace factwire
