#include <string>
#include <utility>
#include <vector>

#include "gtest/gtest.h"
#include "ingest-service/extract/lexicon/lexicon.h"
#include "ingest-service/extract/quotes.h"
#include "ingest-service/extract/tokens.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::FindClaim;
using ::factwire::testing_extract::FindSource;
using ::factwire::testing_extract::SpanText;
using ::factwire::testing_extract::kClose;
using ::factwire::testing_extract::kOpen;

// PairQuotes on `paragraphs` (joined by blank lines): each span's text, with
// " [single]" for single marks and " [open]" for a quote its paragraph ends.
std::vector<std::string> QuoteTexts(const std::vector<std::string>& paragraphs) {
  std::string text;
  std::vector<std::pair<int, int>> spans;
  for (const std::string& p : paragraphs) {
    if (!text.empty()) text += "\n\n";
    spans.emplace_back(static_cast<int>(text.size()), static_cast<int>(text.size() + p.size()));
    text += p;
  }
  absl::StatusOr<Lexicon> lexicon = Lexicon::Build();
  EXPECT_TRUE(lexicon.ok());
  std::vector<std::string> out;
  for (const QuoteSpan& q : PairQuotes(Tokenize(text, spans, *lexicon))) {
    out.push_back(text.substr(q.begin, q.end - q.begin) + (q.single ? " [single]" : "") +
                  (q.close < 0 ? " [open]" : ""));
  }
  return out;
}

// Marks pair only within their paragraph: a double quote left open runs to its
// paragraph's end, a closing mark opening a paragraph opens, a single mark
// pairs from the second token on (an empty ‘’ is no quote) and within a
// sentence's worth of tokens.
TEST(PairQuotes, MarksPairWithinTheirParagraph) {
  std::string long_single = "He called it 'a plan";
  for (int i = 0; i < 30; ++i) long_single += " and more";
  long_single += "' before noon.";
  const std::vector<std::string> quotes = QuoteTexts({
      "\u201cThe ferry will not sail today",
      "\u201dWe were told at noon,\u201d she said, and \u2018fine\u2019 was the word.",
      "Its crew said 'no' twice, and the mate said '",
      "' was all.",
      long_single,
      "The sign read \u2018\u2019 and nothing more.",
  });
  ASSERT_EQ(quotes.size(), 4u);
  EXPECT_EQ(quotes[0], "The ferry will not sail today [open]");
  EXPECT_EQ(quotes[1], "We were told at noon,");
  EXPECT_EQ(quotes[2], "fine [single]");
  EXPECT_EQ(quotes[3], "no [single]");
}

TEST(Quotes, SpeakerBeforeWithTitle) {
  v1::Document doc =
      Extract("Sgt. Lena Ortiz noted, " + kOpen + "The roads are closed." + kClose);
  const v1::Claim* c = FindClaim(doc, "roads are closed");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->kind(), v1::CLAIM_KIND_DIRECT_QUOTE);
  EXPECT_EQ(c->speaker(), "Sgt. Lena Ortiz");
  EXPECT_EQ(c->cue(), "noted");
  EXPECT_EQ(SpanText(doc, c->cue_span()), "noted");
  EXPECT_EQ(c->source_id(), "lena-ortiz");
  const v1::Source* s = FindSource(doc, "lena-ortiz");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "Sgt.");
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_PERSON);
}

TEST(Quotes, InvertedCueAfterQuoteResolvesSurname) {
  v1::Document doc = Extract(
      "Health officer Paul Grant visited the clinic on Monday.\n\n"
      "\"We need more nurses,\" said Grant.");
  const v1::Claim* c = FindClaim(doc, "We need more nurses");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "Grant");
  EXPECT_EQ(c->source_id(), "paul-grant");
  EXPECT_EQ(c->cue(), "said");
}

TEST(Quotes, PronounAfterQuoteResolves) {
  v1::Document doc = Extract("Maria Lopez spoke to the council. " + kOpen +
                             "This budget fails our schools," + kClose + " she said.");
  const v1::Claim* c = FindClaim(doc, "budget fails");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "she");
  EXPECT_EQ(c->source_id(), "maria-lopez");
}

TEST(Quotes, SplitQuoteIsOneClaim) {
  v1::Document doc = Extract(kOpen + "We tried," + kClose + " Tom Hale said, " + kOpen +
                             "but the river rose too fast." + kClose);
  ASSERT_EQ(doc.claims_size(), 1);
  EXPECT_EQ(doc.claims(0).text(), "We tried but the river rose too fast.");
  EXPECT_EQ(doc.claims(0).source_id(), "tom-hale");
}

TEST(Quotes, ParticipleCueTakesSentenceSubject) {
  v1::Document doc = Extract(
      "Dana Reyes, former director of research at the IMF, commented on the plan, "
      "stating, " +
      kOpen + "It will not hold." + kClose);
  const v1::Claim* c = FindClaim(doc, "It will not hold");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "dana-reyes");
  const v1::Source* s = FindSource(doc, "dana-reyes");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "former director of research");
  EXPECT_EQ(s->affiliation(), "IMF");
}

TEST(Quotes, ScareQuotesAndTitlesAreNotQuotes) {
  v1::Document doc = Extract("The city named a " + kOpen + "heat czar" + kClose +
                             " last year. She read " + kOpen + "The Old Man and the Sea" +
                             kClose + " twice.");
  for (const v1::Claim& c : doc.claims()) {
    EXPECT_NE(c.text(), "heat czar");
    EXPECT_NE(c.text(), "The Old Man and the Sea");
  }
}

TEST(Quotes, MixedQuoteInReportedSpeech) {
  v1::Document doc =
      Extract("Jon Bell said the deal was " + kOpen + "a total mess" + kClose + ".");
  ASSERT_EQ(doc.claims_size(), 1);
  EXPECT_EQ(doc.claims(0).kind(), v1::CLAIM_KIND_MIXED_QUOTE);
  EXPECT_EQ(doc.claims(0).source_id(), "jon-bell");
}

TEST(Quotes, MixedQuoteEndsWithItsClause) {
  v1::Document doc =
      Extract("Sam Ortiz said that families would pay " + kOpen + "slightly more" +
              kClose + " in taxes, an admission that the plan costs money.");
  ASSERT_GE(doc.claims_size(), 1);
  const v1::Claim& c = doc.claims(0);
  EXPECT_EQ(c.kind(), v1::CLAIM_KIND_MIXED_QUOTE);
  EXPECT_EQ(c.text(),
            "families would pay " + kOpen + "slightly more" + kClose + " in taxes");
}

TEST(Quotes, EmbeddedQuoteOfTheSubject) {
  v1::Document doc = Extract("Ann Lee summed up the mayor as " + kOpen + "terrible" +
                             kClose + " at the rally.");
  ASSERT_EQ(doc.claims_size(), 1);
  EXPECT_EQ(doc.claims(0).kind(), v1::CLAIM_KIND_MIXED_QUOTE);
  EXPECT_EQ(doc.claims(0).source_id(), "ann-lee");
  EXPECT_EQ(doc.claims(0).cue(), "summed");
}

TEST(Quotes, ColonAttribution) {
  v1::Document doc =
      Extract("Ruth Kim: " + kOpen + "Nobody expected the vote to pass." + kClose);
  ASSERT_EQ(doc.claims_size(), 1);
  EXPECT_EQ(doc.claims(0).cue(), ":");
  EXPECT_EQ(doc.claims(0).source_id(), "ruth-kim");
}

TEST(Quotes, UnattributedQuoteInheritsSpeaker) {
  v1::Document doc = Extract(
      "\"The water is safe,\" said Ann Cole.\n\n"
      "\"We test it every single day of the year.\"");
  const v1::Claim* c = FindClaim(doc, "We test it");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->kind(), v1::CLAIM_KIND_DIRECT_QUOTE);
  EXPECT_EQ(c->source_id(), "ann-cole");
}

// A title-case quote after a noun for a work ("book", "show"), even after a comma
// or with a final period inside the marks, is the work's title: no quote, and the
// cue before it reports the words before it.
TEST(Quotes, TitleAfterAWorkNoun) {
  v1::Document doc = Extract(
      "His parents had planned to return home, Mr. Rubio said in his 2012 book, " + kOpen +
      "An American Son." + kClose + " So they stayed.");
  for (const v1::Claim& c : doc.claims()) {
    EXPECT_EQ(c.text().find("American Son"), std::string::npos) << c.text();
  }
  const v1::Claim* c = FindClaim(doc, "planned to return home");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "Mr. Rubio");
}

// A pointer line between paragraphs ("Related:", "Read more:", "Watch:", or a
// title and a dash before "our series", "a podcast") names another piece: the
// quoted title, in any case and mark style, is no one's words.
TEST(Quotes, PointerLinesTitleOtherPieces) {
  v1::Document doc = Extract(
      "The quay was closed for a week.\n\n"
      "Related: \u2018Salt on the Wind\u2019 \u2014 our series on island ferries\n\n"
      "Read more: " + kOpen + "Why the quay keeps flooding" + kClose + "\n\n"
      "Watch: \"We have nowhere else to go\"\n\n"
      "\"Tides and Timetables\" - a podcast about harbour towns\n\n"
      "The harbour board said repairs would start in May.");
  for (const v1::Claim& c : doc.claims()) {
    EXPECT_TRUE(c.kind() != v1::CLAIM_KIND_DIRECT_QUOTE && c.kind() != v1::CLAIM_KIND_MIXED_QUOTE)
        << c.text();
  }
  EXPECT_NE(FindClaim(doc, "repairs would start in May"), nullptr);
}

// A quote opening its paragraph before a dash and a cue ("— he told the
// programme", "— she told the radio show on Friday") is that speaker's words,
// though a noun for a work follows the cue: the pointer line's dash is followed
// by the work's own phrase ("— our series on ...").
TEST(Quotes, DashThenCueBeforeAWorkNounIsASpeaker) {
  v1::Document doc = Extract(
      "The mill will shut in June.\n\n"
      "\u201cWe cannot let 400 jobs go\u201d \u2014 she told the programme on Monday.\n\n"
      "\"Nobody asked the town\" - he told the show.");
  const v1::Claim* c = FindClaim(doc, "We cannot let 400 jobs go");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->kind(), v1::CLAIM_KIND_DIRECT_QUOTE);
  EXPECT_EQ(c->speaker(), "she");
  c = FindClaim(doc, "Nobody asked the town");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->kind(), v1::CLAIM_KIND_DIRECT_QUOTE);
  EXPECT_EQ(c->speaker(), "he");
}

// Only a whole pointer label ("Related:", "Read more:", "See also:", "READ
// MORE:") makes the quote after it another piece's title; words of such
// labels alone ("Also:", "Further:", "See:") do not, and the quote after them
// is the speaker's.
TEST(Quotes, OnlyAWholePointerLabelTitlesAPiece) {
  const char* const labels[] = {"Also", "Further", "See"};
  for (const char* label : labels) {
    SCOPED_TRACE(label);
    v1::Document doc = Extract(std::string("The ferry will run all winter.\n\n") + label +
                               ": \u201cWe will not cut a single crossing,\u201d the operator "
                               "said.");
    const v1::Claim* c = FindClaim(doc, "We will not cut a single crossing");
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->kind(), v1::CLAIM_KIND_DIRECT_QUOTE);
    EXPECT_EQ(c->speaker(), "operator");
  }
  v1::Document doc = Extract(
      "The ferry will run all winter.\n\n"
      "READ MORE: \u201cWhy the crossing keeps being cancelled\u201d\n\n"
      "See also: \"Who runs the island boats\"\n\n"
      "The operator said fares would not rise.");
  for (const v1::Claim& c : doc.claims()) {
    EXPECT_TRUE(c.kind() != v1::CLAIM_KIND_DIRECT_QUOTE && c.kind() != v1::CLAIM_KIND_MIXED_QUOTE)
        << c.text();
  }
}

// "Related stories:", "RELATED ARTICLE:" label a pointer line too: the quoted
// title after them is no one's words, and the label is no speaker.
TEST(Quotes, RelatedStoryLabelsTitleOtherPieces) {
  v1::Document doc = Extract(
      "The ferry will run all winter.\n\n"
      "Related stories: \u201cWhy the crossing keeps being cancelled\u201d\n\n"
      "RELATED ARTICLE: \"Who runs the island boats\"\n\n"
      "The operator said fares would not rise.");
  for (const v1::Claim& c : doc.claims()) {
    EXPECT_TRUE(c.kind() != v1::CLAIM_KIND_DIRECT_QUOTE && c.kind() != v1::CLAIM_KIND_MIXED_QUOTE)
        << c.text();
  }
  EXPECT_NE(FindClaim(doc, "fares would not rise"), nullptr);
}

// "“…” — he said.": a pronoun and a cue after the dash attribute the quote as
// "“…,” he said" does.
TEST(Quotes, PronounAndCueAfterADashSpeak) {
  v1::Document doc = Extract(
      "The mill will shut in June.\n\n"
      "\u201cNobody asked the town\u201d \u2014 he said on Monday.");
  const v1::Claim* c = FindClaim(doc, "Nobody asked the town");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->kind(), v1::CLAIM_KIND_DIRECT_QUOTE);
  EXPECT_EQ(c->speaker(), "he");
}

}  // namespace
}  // namespace factwire
