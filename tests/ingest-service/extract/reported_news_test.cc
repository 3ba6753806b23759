// Reported speech shapes met in held-out news text: durations between a cue and
// its "that", documents whose maker is named after a participle, "<Org> figures
// show" closing a sentence, letters "to" a listener and pronoun speakers after
// an opening "When X was asked" clause.
#include <string>

#include "gtest/gtest.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::FindClaim;
using ::factwire::testing_extract::SpanText;

TEST(ReportedNews, ADurationBetweenTheCueAndThatBelongsToTheSaying) {
  for (const char* duration :
       {"for months", "for several years", "over the past year", "in recent weeks"}) {
    v1::Document doc = Extract(std::string("Growers have warned ") + duration +
                               " that the new tariffs left their crops unsold.");
    const v1::Claim* c = FindClaim(doc, "the new tariffs left their crops unsold");
    ASSERT_NE(c, nullptr) << duration;
    EXPECT_EQ(SpanText(doc, c->span()).rfind("the new tariffs", 0), 0u)
        << duration << ": " << SpanText(doc, c->span());
    EXPECT_EQ(c->cue(), "warned") << duration;
  }
}

TEST(ReportedNews, ADurationWithoutThatStaysInTheClaim) {
  v1::Document doc = Extract("The union said for years the plant was unsafe.");
  const v1::Claim* c = FindClaim(doc, "the plant was unsafe");
  ASSERT_NE(c, nullptr);
  EXPECT_NE(SpanText(doc, c->span()).find("for years"), std::string::npos);
}

TEST(ReportedNews, AccordingToADocumentMadeBySomeoneGivesTheMaker) {
  v1::Document doc = Extract(
      "Rail freight volumes dropped by a fifth in the spring, according to a summary "
      "compiled by inspectors.");
  const v1::Claim* c = FindClaim(doc, "Rail freight volumes dropped");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->kind(), v1::CLAIM_KIND_ATTRIBUTED);
  EXPECT_EQ(c->speaker(), "inspectors");
  EXPECT_EQ(SpanText(doc, c->speaker_span()), "inspectors");
}

TEST(ReportedNews, AccordingToDataPublishedByAnOfficeGivesTheOffice) {
  v1::Document doc = Extract(
      "The Harlow Statistics Office counts homes every spring. Vacancies rose to a "
      "ten-year high, according to data released by the office.");
  const v1::Claim* c = FindClaim(doc, "Vacancies rose");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "the office");
  EXPECT_EQ(c->source_id(), "harlow-statistics-office");
}

TEST(ReportedNews, WritingToSomeoneReportsOnlyAThatClauseAfterTheListener) {
  v1::Document doc = Extract(
      "Councillor Ines Varga and Fire Chief Omar Lutz wrote to the transport board "
      "requesting two more crews.");
  for (const v1::Claim& c : doc.claims()) {
    if (c.kind() == v1::CLAIM_KIND_STATEMENT) continue;
    EXPECT_EQ(SpanText(doc, c.span()).find("to the transport board"), std::string::npos)
        << SpanText(doc, c.span());
  }
  doc = Extract("Ines Varga wrote to the transport board that the depot was unsafe.");
  const v1::Claim* c = FindClaim(doc, "the depot was unsafe");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(SpanText(doc, c->span()).rfind("the depot", 0), 0u) << SpanText(doc, c->span());
  EXPECT_EQ(c->speaker(), "Ines Varga");
}

TEST(ReportedNews, AnAnswerToSomethingReportsItsObject) {
  v1::Document doc = Extract("Port director Lena Marsh replied to the letter from the union.");
  EXPECT_NE(FindClaim(doc, "the letter from the union"), nullptr);
}

TEST(ReportedNews, AQuestionWordAfterTheListenerOpensTheClaim) {
  v1::Document doc = Extract(
      "The coach explained to the players why the match had been moved to Sunday.");
  const v1::Claim* c = FindClaim(doc, "the match had been moved");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(SpanText(doc, c->span()).rfind("why", 0), 0u) << SpanText(doc, c->span());
}

TEST(ReportedNews, APassiveReportVerbGivesItsSubjectNoWords) {
  for (const char* text :
       {"The opening of the bridge has since been pushed back three times.",
        "The ferry company had been cited three times by harbour inspectors.",
        "The new timetable was announced without consultation last spring."}) {
    v1::Document doc = Extract(text);
    for (const v1::Claim& c : doc.claims()) {
      EXPECT_EQ(c.kind(), v1::CLAIM_KIND_STATEMENT) << text << ": " << c.text();
    }
  }
}

TEST(ReportedNews, APassiveReportVerbBeforeThatStillReports) {
  v1::Document doc = Extract("It was reported on Monday that the ferry company would close.");
  EXPECT_NE(FindClaim(doc, "the ferry company would close"), nullptr);
}

TEST(ReportedNews, TheDocumentAnOrganisationSpokeInSpeaksForIt) {
  v1::Document doc = Extract(
      "Harvests of barley fell sharply last year, the Nordic Grain Council said in a "
      "study published on Monday. The study found that most farms had cut their "
      "fertiliser use.");
  const v1::Claim* c = FindClaim(doc, "most farms had cut");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "nordic-grain-council");
}

TEST(ReportedNews, ADocumentNoOrganisationSpokeInStaysAnonymous) {
  v1::Document doc = Extract(
      "The Nordic Grain Council said harvests fell. The study found that most farms had "
      "cut their fertiliser use.");
  const v1::Claim* c = FindClaim(doc, "most farms had cut");
  ASSERT_NE(c, nullptr);
  EXPECT_NE(c->source_id(), "nordic-grain-council");
}

TEST(ReportedNews, AddingToANounPhraseReportsNothing) {
  v1::Document doc = Extract(
      "The Rovers won again on Saturday, adding to their lead at the top of the table.");
  EXPECT_EQ(FindClaim(doc, "their lead at the top"), nullptr);
}

TEST(ReportedNews, ACueBeforeAnInfinitiveStillReportsIt) {
  v1::Document doc = Extract("The mayor vowed to reopen the library by June.");
  EXPECT_NE(FindClaim(doc, "reopen the library"), nullptr);
}

}  // namespace
}  // namespace factwire
