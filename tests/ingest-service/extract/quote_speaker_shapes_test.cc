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
using ::factwire::testing_extract::FindSource;
using ::factwire::testing_extract::kClose;
using ::factwire::testing_extract::kOpen;
using ::factwire::testing_extract::SpeakerOf;

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

// A he/she after a quote stands for the person the sentence before is about:
// its subject, even an unnamed one ("One porter, who ..., said ..."), not a
// name inside its opening phrase ("In Harrogate, ...", "At Millbrook Rovers,").
TEST(QuoteSpeakerShapes, PronounAfterAQuoteIsThePreviousSubject) {
  struct Case {
    std::string text, words, source;
  };
  const Case cases[] = {
      {"In Harrogate, pensioner Edith Marlow, 78, said the surgery had shut. " + kOpen +
           "I have nowhere else to go," + kClose + " she said.",
       "nowhere else", "Edith Marlow"},
      {"At Millbrook Rovers, the veteran goalkeeper Tom Akers said he would retire. " +
           kOpen + "It is time," + kClose + " he said.",
       "It is time", "Tom Akers"},
      {"One porter, who has worked at the station for 30 years and asked not to be "
       "named, said morale had collapsed. " +
           kOpen + "Nobody tells us anything," + kClose + " he said.",
       "Nobody tells us", "porter"},
      {"A bus driver who asked not to be identified described the night shifts as chaotic.\n\n" +
           kOpen + "We were covering three routes each," + kClose + " she told the paper.",
       "three routes", "bus driver"},
      {"Near the harbour, a fish trader said prices had crashed. " + kOpen +
           "We can't cover the diesel," + kClose + " he added.",
       "cover the diesel", "fish trader"},
  };
  for (const Case& c : cases) {
    const v1::Document doc = Extract(c.text);
    const v1::Claim* claim = FindClaim(doc, c.words);
    ASSERT_NE(claim, nullptr) << c.text;
    const v1::Source* source = FindSource(doc, claim->source_id());
    ASSERT_NE(source, nullptr) << c.text;
    EXPECT_NE(source->name().find(c.source), std::string::npos)
        << c.text << " -> " << source->name();
  }
}

// A named person in the main clause before stays the antecedent: the subject of
// the sentence before does not take over a pronoun that resolves to someone
// it names after its cue.
TEST(QuoteSpeakerShapes, PronounKeepsANamedAntecedentOfTheMainClause) {
  const v1::Document doc =
      Extract("Mrs. Okoye introduced Mr. Baptiste to the committee. " + kOpen +
              "I am here to listen," + kClose + " he said.");
  const v1::Claim* claim = FindClaim(doc, "here to listen");
  ASSERT_NE(claim, nullptr);
  const v1::Source* source = FindSource(doc, claim->source_id());
  ASSERT_NE(source, nullptr);
  EXPECT_NE(source->name().find("Baptiste"), std::string::npos) << source->name();
}

}  // namespace
}  // namespace factwire
