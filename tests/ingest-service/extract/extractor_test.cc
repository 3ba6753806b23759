// The extractor's reading of a parsed document: which parts of its text it reads
// (the paragraphs the parser listed, and the headline and subheadline laid out
// before them), and what it leaves alone.
#include "ingest-service/extract/extractor.h"

#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "gtest/gtest.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using testing_extract::SpanText;

// A document laid out as the plain-text parser lays it out: `lines` joined by
// blank lines; the first is the headline, the second the subheadline when
// `subheadline` is set, the rest paragraphs.
v1::Document Laid(const std::vector<std::string>& lines, bool subheadline) {
  v1::Document doc;
  doc.set_document_id("d1");
  std::string text;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) text += "\n\n";
    const int begin = static_cast<int>(text.size());
    text += lines[i];
    if (i == 0) {
      doc.set_headline(lines[i]);
    } else if (i == 1 && subheadline) {
      doc.set_subheadline(lines[i]);
    } else {
      v1::TextSpan* p = doc.add_paragraphs();
      p->set_begin(begin);
      p->set_end(static_cast<int>(text.size()));
    }
  }
  doc.set_text(text);
  return doc;
}

v1::Document Extracted(v1::Document doc) {
  absl::StatusOr<std::unique_ptr<Extractor>> extractor = Extractor::Create();
  EXPECT_TRUE(extractor.ok()) << extractor.status();
  if (!extractor.ok()) return doc;
  const absl::Status status = (*extractor)->Extract(&doc);
  EXPECT_TRUE(status.ok()) << status;
  return doc;
}

// The text of every figure of `doc`, with where it begins.
std::vector<std::pair<std::string, int>> Figures(const v1::Document& doc) {
  std::vector<std::pair<std::string, int>> out;
  for (const v1::Figure& f : doc.figures()) out.emplace_back(SpanText(doc, f.span()), f.span().begin());
  return out;
}

// A figure no claim holds is linked to a statement of its own sentence, found
// by walking forward from the sentence of the figure before (BuildRecords):
// the walk passes sentences with no figure and stays for two in one sentence.
TEST(ExtractorTest, FiguresOutsideClaimsLinkToTheirOwnSentences) {
  const v1::Document doc = testing_extract::Extract(
      "The port handled 4,000 ships last year. It was a quiet season on the quays. "
      "Crews were calm. Exports fell 12% in May and imports rose 9% in June.");
  ASSERT_EQ(doc.figures_size(), 3);
  auto claim_text = [&doc](const v1::Figure& f) {
    for (const v1::Claim& c : doc.claims()) {
      if (c.claim_id() == f.claim_id()) return c.text();
    }
    return std::string("(none)");
  };
  EXPECT_EQ(claim_text(doc.figures(0)), "The port handled 4,000 ships last year.");
  for (int i = 1; i < 3; ++i) {
    EXPECT_EQ(claim_text(doc.figures(i)),
              "Exports fell 12% in May and imports rose 9% in June.")
        << SpanText(doc, doc.figures(i).span());
  }
}

TEST(ExtractorTest, ReadsTheHeadlineForFigures) {
  const v1::Document doc = Extracted(Laid({"Port seizes 13 tonnes of cocaine",
                                     "Police said on Tuesday that they found 13 tonnes of "
                                     "cocaine in a container."},
                                    /*subheadline=*/false));
  const std::vector<std::pair<std::string, int>> figures = Figures(doc);
  ASSERT_EQ(figures.size(), 2u);
  EXPECT_EQ(figures[0], std::make_pair(std::string("13 tonnes"), 12));
  EXPECT_EQ(doc.figures(0).subject(), "cocaine");
  EXPECT_EQ(figures[1].first, "13 tonnes");
  // The headline's figure is its own statement, not the first paragraph's claim.
  EXPECT_NE(doc.figures(0).claim_id(), doc.figures(1).claim_id());
}

TEST(ExtractorTest, ReadsTheSubheadlineAndAHeadlineAttribution) {
  const v1::Document doc =
      Extracted(Laid({"Mayor Ana Ruiz: \xe2\x80\x9cWe will rebuild the bridge\xe2\x80\x9d",
                "The repairs will cost about $4 million, the city says",
                "The bridge closed in March after an inspection."},
               /*subheadline=*/true));
  const v1::Claim* quote = testing_extract::FindClaim(doc, "We will rebuild the bridge");
  ASSERT_NE(quote, nullptr);
  EXPECT_EQ(quote->speaker(), "Mayor Ana Ruiz");
  const std::vector<std::pair<std::string, int>> figures = Figures(doc);
  ASSERT_EQ(figures.size(), 1u);
  EXPECT_EQ(figures[0].first, "about $4 million");
}

TEST(ExtractorTest, ReadsNoHeadlineThatIsNotBeforeTheParagraphs) {
  // A headline the text holds only after the first paragraph (as no parser lays
  // it out) is not read a second time out of place.
  v1::Document doc = Laid({"Budget passes", "The council passed a $2 million budget."},
                          /*subheadline=*/false);
  doc.set_headline("a $2 million budget");
  const std::vector<std::pair<std::string, int>> figures = Figures(Extracted(doc));
  ASSERT_EQ(figures.size(), 1u);
  EXPECT_EQ(figures[0].first, "$2 million");
}

TEST(ExtractorTest, ADocumentNounAfterItsArticleSpeaks) {
  // "report" is also a cue verb; after "the" or "its" it is the noun that speaks.
  const v1::Document doc = Extracted(Laid(
      {"Births study",
       "Medicaid paid for 41.5% of births, the report said. The agency's annual "
       "report found that rates fell in 30 states. Officials report that the "
       "clinics stayed open."},
      /*subheadline=*/false));
  const v1::Claim* births = testing_extract::FindClaim(doc, "Medicaid paid for 41.5%");
  ASSERT_NE(births, nullptr);
  EXPECT_EQ(births->speaker(), "the report");
  const v1::Claim* rates = testing_extract::FindClaim(doc, "rates fell in 30 states");
  ASSERT_NE(rates, nullptr);
  EXPECT_NE(rates->speaker(), "");
  const v1::Claim* clinics = testing_extract::FindClaim(doc, "the clinics stayed open");
  ASSERT_NE(clinics, nullptr);
  EXPECT_EQ(clinics->speaker(), "Officials");
}

TEST(ExtractorTest, AClaimsSentenceSpanRunsFromItsFirstToItsLastSentence) {
  // A quote of two sentences with its speaker in a third; a claim inside one
  // sentence; a claim after the first sentence of its paragraph.
  const v1::Document doc = Extracted(Laid(
      {"Bridge",
       "\xe2\x80\x9cThe bridge is closed. It will reopen in May,\xe2\x80\x9d the mayor "
       "said. Traffic will use the ferry.",
       "The city grew fast. Officials said that rents rose. Nobody moved."},
      /*subheadline=*/false));
  const v1::Claim* quote = testing_extract::FindClaim(doc, "It will reopen in May");
  ASSERT_NE(quote, nullptr);
  EXPECT_EQ(SpanText(doc, quote->sentence_span()),
            "\xe2\x80\x9cThe bridge is closed. It will reopen in May,\xe2\x80\x9d the "
            "mayor said.");
  const v1::Claim* rents = testing_extract::FindClaim(doc, "rents rose");
  ASSERT_NE(rents, nullptr);
  EXPECT_EQ(SpanText(doc, rents->sentence_span()), "Officials said that rents rose.");
}

// "One" that picks out an unnamed speaker ("One economist ... said", "one fan
// said") counts nothing and is no figure; "One person died" still counts.
TEST(ExtractorTest, OneBeforeASpeakerIsNoFigure) {
  const v1::Document doc = Extracted(Laid(
      {"Rates to rise",
       "One economist, who asked not to be named, said the rate would rise.",
       "\"It is over,\" one fan said after the match.",
       "One person died and three were injured."},
      false));
  std::vector<std::string> texts;
  for (const auto& [text, begin] : Figures(doc)) texts.push_back(text);
  EXPECT_EQ(texts, (std::vector<std::string>{"One", "three"}));
  ASSERT_EQ(doc.figures_size(), 2);
  EXPECT_GT(doc.figures(0).span().begin(), 100);
}

// The extractor keeps its text model and mention finder per thread and
// reuses them: a document extracted after another on the same thread reads as
// it reads on a thread of its own (no name, title or speaker carried over).
TEST(ExtractorTest, ADocumentReadsTheSameAfterAnotherOnItsThread) {
  const v1::Document first = Laid(
      {"Plant to open",
       "Ruth Halvorsen, chief executive of Nordfjord Bio, said the plant would "
       "open in May. Halvorsen said 40 people would work there.",
       "The company said it had spent $12 million."},
      false);
  const v1::Document second = Laid(
      {"Plant to close",
       "Halvorsen said the plant would close. She said 40 jobs would go.",
       "The company said it would sell the site."},
      false);
  std::string alone;
  std::thread([&] { alone = Extracted(second).SerializeAsString(); }).join();
  std::string after;
  std::thread([&] {
    Extracted(first);
    after = Extracted(second).SerializeAsString();
  }).join();
  EXPECT_FALSE(alone.empty());
  EXPECT_EQ(after, alone);
}

}  // namespace
}  // namespace factwire
