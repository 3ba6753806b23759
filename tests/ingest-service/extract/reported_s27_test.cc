// Reported speech of session 27: words before an attribution between commas
// whose cue a quote after it took ("The new levy, she said, would “hit
// renters hardest.”").
#include <string>

#include "gtest/gtest.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::FindClaim;
using ::factwire::testing_extract::SpanText;

// "<subject>, X said, <verb> ... “…”": the subject and its verb are one
// mixed claim, the attribution left out of its text.
TEST(ReportedS27, SubjectBeforeAnAttributionJoinsTheMixedQuoteAfterIt) {
  v1::Document doc = Extract(
      "Harbour officials met on Tuesday. The new ferry levy, Rania Haddad said, would "
      "“hit renters hardest” in the outer islands.");
  const v1::Claim* c = FindClaim(doc, "The new ferry levy would");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->kind(), v1::CLAIM_KIND_MIXED_QUOTE);
  EXPECT_EQ(c->speaker(), "Rania Haddad");
  EXPECT_EQ(c->text(), "The new ferry levy would “hit renters hardest” in the outer islands");
  EXPECT_EQ(SpanText(doc, c->span()).rfind("The new ferry levy, Rania Haddad said,", 0), 0u)
      << SpanText(doc, c->span());
}

// "<clause>, X said, but “…”": a clause before the attribution is a claim of
// the speaker's of its own, beside the quote.
TEST(ReportedS27, ClauseBeforeAnAttributionIsAClaimBesideTheQuote) {
  v1::Document doc = Extract(
      "The co-operative has paid its growers on time every month this year, Tomasz "
      "Wielgus said, but “the price of diesel is eating everything.”");
  const v1::Claim* before = FindClaim(doc, "paid its growers on time");
  ASSERT_NE(before, nullptr);
  EXPECT_EQ(before->speaker(), "Tomasz Wielgus");
  EXPECT_EQ(before->cue(), "said");
  EXPECT_EQ(before->text(), "The co-operative has paid its growers on time every month this year");
  const v1::Claim* quote = FindClaim(doc, "the price of diesel");
  ASSERT_NE(quote, nullptr);
  EXPECT_EQ(quote->speaker(), "Tomasz Wielgus");

  // A condition opens the claim too.
  doc = Extract(
      "If the council approves the budget, the mayor said, “we will have to close the "
      "east library.”");
  const v1::Claim* condition = FindClaim(doc, "If the council approves the budget");
  ASSERT_NE(condition, nullptr);
  EXPECT_EQ(condition->speaker(), "mayor");
}

// When and where it was said, a question put, a participle scene or a lone
// adverb before the attribution is no claim.
TEST(ReportedS27, SceneBeforeAnAttributionIsNoClaim) {
  const char* kTexts[] = {
      "In a statement on Thursday, Ingrid Solberg said, “We have nothing to hide.”",
      "At a rally in Tromso on Monday night, Ingrid Solberg said, “We have nothing to hide.”",
      "Asked whether she would resign, Ingrid Solberg said, “We have nothing to hide.”",
      "Holding up a copy of the audit, Ingrid Solberg said, “We have nothing to hide.”",
      "Later that week, as the inquiry opened, Ingrid Solberg said, “We have nothing to hide.”",
      "But, said Ingrid Solberg, “we have nothing to hide.”",
      "Two weeks later, Ingrid Solberg wrote, “We have nothing to hide.”",
  };
  for (const char* text : kTexts) {
    v1::Document doc = Extract(text);
    ASSERT_EQ(doc.claims_size(), 1) << text;
    EXPECT_NE(doc.claims(0).text().find("nothing to hide"), std::string::npos) << text;
  }
}

// "<claim>, <aside>, said <Name>, <appositive>.": the name after the cue
// speaks, not the noun before the aside.
TEST(ReportedS27, NameAfterACueClosingTheSentenceSpeaksPastAnAside) {
  v1::Document doc = Extract(
      "The closures will hurt traders in Ostrava, who already pay the highest rents in "
      "the region, said Pavla Novotna, head of the local chamber of commerce.");
  const v1::Claim* c = FindClaim(doc, "The closures will hurt traders");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "Pavla Novotna");
  EXPECT_EQ(c->cue(), "said");
  EXPECT_EQ(c->text().find("Pavla"), std::string::npos) << c->text();

  // A name after the cue with its own verb is what was said.
  doc = Extract("Mr. Kaplan, who chairs the panel, said Ms. Ortiz had resigned.");
  const v1::Claim* d = FindClaim(doc, "Ms. Ortiz had resigned");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->speaker(), "Mr. Kaplan");
}

}  // namespace
}  // namespace factwire
