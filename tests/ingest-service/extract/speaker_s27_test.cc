// Who speaks when a name or a body only modifies the speaking noun: "said a
// ministry official", "tweeted Rubio spokesman Alex Conant", "one Odinga
// supporter", "His chief aide ..., saying". The speaker runs on to the noun
// the compound ends in, or to the person named after it.
#include <string>

#include "gtest/gtest.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::ExpectSourceNames;
using ::factwire::testing_extract::ExpectSpeakers;
using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::kClose;
using ::factwire::testing_extract::kOpen;
using ::factwire::testing_extract::SourceNameOf;
using ::factwire::testing_extract::SpeakerOf;

using Case = ::factwire::testing_extract::ClaimCase;

// After an inverted cue, a compound of speaking nouns ends in its last noun:
// "a ministry official" is an official, not the ministry.
TEST(SpeakerCompounds, InvertedCueReachesTheCompoundsLastNoun) {
  const Case cases[] = {
      {kOpen + "The bridge will open in June," + kClose + " said a ministry official.",
       "bridge will open", "ministry official"},
      {kOpen + "We have not seen the final text," + kClose +
           " said one former senior agency official.",
       "final text", "one former senior agency official"},
      {kOpen + "Turnout was lower than we hoped," + kClose + " said a Kenyatta campaign aide.",
       "Turnout was lower", "Kenyatta campaign aide"},
      {kOpen + "Nobody told us about the cuts," + kClose +
           " said one former campaign staffer, who asked not to be named.",
       "told us about", "one former campaign staffer"},
  };
  ExpectSpeakers(cases);
}

// A name right before a role noun modifies it: the person named after the
// role noun speaks, else the unnamed holder of the role.
TEST(SpeakerCompounds, NameBeforeARoleNounIsNoSpeaker) {
  const Case cases[] = {
      {kOpen + "It was a good night for us," + kClose + " tweeted Ruto spokesman Hussein Mohamed.",
       "good night", "Hussein Mohamed"},
      {kOpen + "The count is not over," + kClose + " said former Odinga adviser Salim Lone.",
       "count is not over", "Salim Lone"},
      {kOpen + "The rally went well," + kClose + " said one Odinga supporter.", "rally went well",
       "one Odinga supporter"},
  };
  ExpectSourceNames(cases);
  // "according to the Obiang aide": the aide, not Obiang.
  const v1::Document doc =
      Extract("According to the Obiang aide, the visit " + kOpen + "went well" + kClose + ".");
  EXPECT_EQ(SpeakerOf(doc, "went well"), "Obiang aide");
}

// A participle's subject that opens the sentence with a compound: "His chief
// aide doubled down ..., saying" and "A Lisbon council official ..., saying"
// are the aide and the official.
TEST(SpeakerCompounds, ParticipleSubjectReachesTheCompoundsLastNoun) {
  EXPECT_EQ(SpeakerOf(Extract("His chief aide doubled down on the attacks, saying the rally " +
                              kOpen + "went well" + kClose + "."),
                      "went well"),
            "chief aide");
  EXPECT_EQ(SpeakerOf(Extract("A Lisbon council official later walked back the claim, saying "
                              "the tender had been " +
                              kOpen + "paused, not cancelled" + kClose + "."),
                      "paused, not cancelled"),
            "Lisbon council official");
}

// The compound stops at the cue and at a name: "said the party spokeswoman"
// and "the ministry official said" keep working, and a role noun heading the
// phrase alone is unchanged.
TEST(SpeakerCompounds, SimplePhrasesStayAsTheyWere) {
  EXPECT_EQ(SpeakerOf(Extract(kOpen + "We will appeal," + kClose + " said the party spokeswoman."),
                      "We will appeal"),
            "party spokeswoman");
  EXPECT_EQ(SpeakerOf(Extract("The ministry official said the rally " + kOpen + "went well" +
                              kClose + "."),
                      "went well"),
            "The ministry official");
  EXPECT_EQ(SourceNameOf(Extract(kOpen + "We will appeal," + kClose +
                                 " said Hussein Mohamed, the party spokesman."),
                         "We will appeal"),
            "Hussein Mohamed");
}

// A he/she opening the sentence after "“…,” said a retired teacher." stands
// for that unnamed speaker (the cue after the closing mark names who spoke),
// not for a person named earlier.
TEST(SpeakerCompounds, PronounAfterAnInvertedUnnamedSpeaker) {
  const Case cases[] = {
      {"Juan Pérez said the talks had failed. " + kOpen + "Every hour costs money," + kClose +
           " said a retired crane operator. He said the delay cost about $40,000 a day.",
       "delay cost", "retired crane operator"},
      {"Tomasz Nowak called the plan reckless. " + kOpen + "Nobody asked the farmers," + kClose +
           " said one former ministry official. He said the consultation lasted a week.",
       "consultation lasted", "former ministry official"},
  };
  ExpectSourceNames(cases);
  // A named speaker after the mark keeps the pronoun as before.
  EXPECT_EQ(SourceNameOf(Extract("Juan Pérez said the talks had failed. " + kOpen +
                                 "Every hour costs money," + kClose +
                                 " said Pablo Ruiz. He said the delay cost $40,000 a day."),
                         "delay cost"),
            "Pablo Ruiz");
}

// "Lopez, she said, had never ...": a he/she set off by commas right after a
// name that is the whole phrase it interrupts is someone else, the person
// speaking before; "A Clinton presidency, she vowed," keeps Clinton.
TEST(SpeakerCompounds, NameAloneBeforeAParentheticalPronounIsNotTheSpeaker) {
  EXPECT_EQ(SourceNameOf(Extract("Maria Lopez was arrested in March. Her lawyer, Ana Ruiz, "
                                 "argued that the charges were weak. Lopez, she said, had "
                                 "never seen the documents."),
                         "never seen the documents"),
            "Ana Ruiz");
  EXPECT_EQ(SourceNameOf(Extract("Dariusz Wojcik was charged on Monday. His counsel, Piotr "
                                 "Lis, asked for bail. Wojcik, he said, had a heart condition."),
                         "heart condition"),
            "Piotr Lis");
  EXPECT_EQ(SourceNameOf(Extract("Hillary Clinton spoke in Ohio. A Clinton presidency, she "
                                 "vowed, would protect workers."),
                         "protect workers"),
            "Hillary Clinton");
}

}  // namespace
}  // namespace factwire
