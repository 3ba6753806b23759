// Source shapes of session 34: names with lowercase particles ("Hafsa
// el-Masri", "Moussa ag Intalla", "Joost van der Linden") are people, and
// later back-references by the surname alone, its particle capitalised or left
// out, are the same people; a name a kind of organisation gives by a naming
// participle ("a charity called ...") is an organisation; a business opening a
// results story employs the corporate posts named far down it; an unnamed
// post after a lowercase body works for it.
#include <string>

#include "gtest/gtest.h"
#include "ingest-service/extract/extractor.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::ClaimCase;
using ::factwire::testing_extract::ExpectSourceNames;
using ::factwire::testing_extract::ExpectSpeakers;
using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::SourceOfClaim;
using ::factwire::testing_extract::SourceTypeIn;

// A surname with a hyphened particle ("el-Masri") is a name word: the person
// is found with the title and employer of the appositive.
TEST(SourceS34, HyphenedParticleSurnameIsAName) {
  v1::Document doc = Extract(
      "Dr Hafsa el-Masri, a soil chemist at the University of Tripoli, said the "
      "aquifer was turning salty.");
  const v1::Source* s = SourceOfClaim(doc, "aquifer was turning salty");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->name(), "Hafsa el-Masri");
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_PERSON);
  EXPECT_EQ(s->title(), "soil chemist");
  EXPECT_EQ(s->affiliation(), "University of Tripoli");
}

// Particles that are acronyms or legal forms in capitals ("ag", "AG") join a
// name only in lowercase.
TEST(SourceS34, LowercaseParticlesOfSahelAndArabNamesJoinTheName) {
  const ClaimCase cases[] = {
      {"Moussa ag Intalla said the convoy had reached Kidal.", "convoy had reached",
       "Moussa ag Intalla"},
      {"Sidi ould Bechir told reporters that the border would reopen.", "border would reopen",
       "Sidi ould Bechir"},
      {"Noura bint Khalid said the library would open in March.", "library would open",
       "Noura bint Khalid"},
  };
  ExpectSourceNames(cases);
}

// The surname alone, later: with its particle capitalised as a sentence or an
// inverted attribution opens it, or without a hyphened particle, is the person
// named in full before; the speaker is written as the text writes it.
TEST(SourceS34, SurnameWithCapitalisedOrDroppedParticleIsThePersonNamedBefore) {
  const ClaimCase cases[] = {
      {"Joost van der Linden said dyke repairs were late. Van der Linden said the "
       "money had run out.",
       "money had run out", "Joost van der Linden"},
      {"Joost van der Linden said dyke repairs were late. \"We are behind,\" said "
       "Van der Linden.",
       "We are behind", "Joost van der Linden"},
      {"Hafsa el-Masri said the wells were failing. El-Masri said farmers would leave.",
       "farmers would leave", "Hafsa el-Masri"},
      {"General Khalifa al-Tamimi said the road was safe. \"We hold it,\" Tamimi said.",
       "We hold it", "Khalifa al-Tamimi"},
      {"Inés de la Vega said the harvest was poor. \"It rained too late,\" De la Vega said.",
       "rained too late", "Inés de la Vega"},
  };
  ExpectSourceNames(cases);
  const ClaimCase speakers[] = {
      {"Joost van der Linden said dyke repairs were late. Van der Linden said the "
       "money had run out.",
       "money had run out", "Van der Linden"},
  };
  ExpectSpeakers(speakers);
}

// A capitalised "De", "Van" opening a sentence before a capitalised word, with
// no particle between, is no particle run ("De Smet", "Van Damme" are read as
// before); a hyphened "al-" before a lowercase word is no name.
TEST(SourceS34, ParticleRunsNeedAParticleAndACapitalisedSurname) {
  const ClaimCase cases[] = {
      {"Lotte De Wolf said the strike would go on. De Wolf said talks had failed.",
       "talks had failed", "Lotte De Wolf"},
  };
  ExpectSourceNames(cases);
  v1::Document doc = Extract("The al-based alloy failed, engineers said.");
  for (const v1::Source& s : doc.sources()) EXPECT_NE(s.type(), v1::SOURCE_TYPE_PERSON) << s.name();
}

// "a group known as X", "a charity called X": the name is the body's.
TEST(SourceS34, NameAKindGivesByANamingParticipleIsAnOrganisation) {
  EXPECT_EQ(SourceTypeIn("A charity called Bright Harbour said the shelter would close.",
                         "bright-harbour"),
            v1::SOURCE_TYPE_ORGANIZATION);
  EXPECT_EQ(SourceTypeIn("An armed group known as Saraya al-Nasr said it had taken the bridge.",
                         "saraya-al-nasr"),
            v1::SOURCE_TYPE_ORGANIZATION);
  // ("a man named X" is a person: "man" is no kind of organisation.)
  EXPECT_EQ(SourceTypeIn("A man named Oskar Lind said the shelter would close.", "oskar-lind"),
            v1::SOURCE_TYPE_PERSON);
}

// A name ending in a holding company's or a terminal
// operator's head word, or in "Nation" (a people's government), is an
// organisation's, with nothing else in the text saying so.
TEST(SourceS34, HoldingTerminalAndNationHeadsMakeOrganisations) {
  EXPECT_EQ(SourceTypeIn("Gulf Cargo Holding said its profit rose.", "gulf-cargo-holding"),
            v1::SOURCE_TYPE_ORGANIZATION);
  EXPECT_EQ(SourceTypeIn("Port operator Tema Box Terminal said the cranes were idle.",
                         "tema-box-terminal"),
            v1::SOURCE_TYPE_ORGANIZATION);
  EXPECT_EQ(SourceTypeIn("The Kaska Dena First Nation said the river had risen.",
                         "kaska-dena-first-nation"),
            v1::SOURCE_TYPE_ORGANIZATION);
}

// An unnamed speaker's post after a body named in lowercase by its kind ("a
// fisheries ministry official", "a government spokesperson"), with no such
// body named before, works for that body; a post's rank or a determiner in
// the run keeps the phrase whole ("a senior administration official").
TEST(SourceS34, LowercaseBodyBeforeAnUnnamedPostIsItsAffiliation) {
  struct Case {
    const char* text;
    const char* words;
    const char* title;
    const char* affiliation;
  };
  const Case cases[] = {
      {"A fisheries ministry official said the licences would be cut.", "licences would be cut",
       "official", "fisheries ministry"},
      {"A government spokesperson said the cabinet would resign.", "cabinet would resign",
       "spokesperson", "government"},
      {"A port authority spokesman said the cranes were idle.", "cranes were idle", "spokesman",
       "port authority"},
      {"A senior administration official said talks had stalled.", "talks had stalled",
       "senior administration official", ""},
  };
  for (const Case& c : cases) {
    v1::Document doc = Extract(c.text);
    const v1::Source* s = SourceOfClaim(doc, c.words);
    ASSERT_NE(s, nullptr) << c.text;
    EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ANONYMOUS) << c.text;
    EXPECT_EQ(s->title(), c.title) << c.text;
    EXPECT_EQ(s->affiliation(), c.affiliation) << c.text;
  }
}

// A business opening a results story stays its subject past eight sentences:
// "Chief Financial Officer X" far down works for it.
TEST(SourceS34, CorporatePostFarDownAResultsStoryIsTheOpeningBusinesss) {
  std::string text =
      "Harrowfield Mills Ltd, the Yorkshire-based maker of worsted cloth, cut its "
      "profit forecast on Monday.";
  for (int i = 0; i < 10; ++i) {
    text += " Orders from Italian tailors fell again in the quarter.";
  }
  text += " Chief Financial Officer Imogen Tate said the mill would keep its dividend.";
  v1::Document doc = Extract(text);
  const v1::Source* s = SourceOfClaim(doc, "keep its dividend");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->name(), "Imogen Tate");
  EXPECT_EQ(s->affiliation(), "Harrowfield Mills Ltd");
}

}  // namespace
}  // namespace factwire
