// A capitalised title standing alone as a speaker ("The Magistrate", "the
// Speaker") stands for the person named before with that title ("Magistrate
// Ruth Kamau"), whichever way the speaker is found (a subject before
// "saying", before "said", after a quote).
#include <string>

#include "gtest/gtest.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::kClose;
using ::factwire::testing_extract::kOpen;
using ::factwire::testing_extract::SourceNameOf;

TEST(TitleHolders, BareTitleSubjectIsThePersonHoldingIt) {
  // Court report: a participle cue after the bare title.
  v1::Document court = Extract(
      "Magistrate Ruth Kamau heard the application on Monday. The defence asked for "
      "bail.\n\nThe Magistrate refused bail, saying the inquiry was at " +
      kOpen + "a delicate stage" + kClose + ".");
  EXPECT_EQ(SourceNameOf(court, "delicate stage"), "Ruth Kamau");
  // Parliament: "The Speaker said".
  v1::Document house = Extract(
      "Speaker Nomvula Dube called the House to order at noon. The Speaker said the "
      "member for Umlazi was " + kOpen + "out of line" + kClose + ".");
  EXPECT_EQ(SourceNameOf(house, "out of line"), "Nomvula Dube");
  // Inquest: after a quote.
  v1::Document inquest = Extract(
      "Coroner Alan Pryce opened the inquest in Truro. " + kOpen +
      "This death was entirely avoidable," + kClose + " the Coroner said.");
  const std::string coroner = SourceNameOf(inquest, "entirely avoidable");
  EXPECT_NE(coroner.find("Alan Pryce"), std::string::npos) << coroner;
}

TEST(TitleHolders, TitleNobodyHeldBeforeStaysUnresolved) {
  // Precision: no earlier "President <Name>"; the senator does not take it.
  v1::Document doc = Extract(
      "Senator Ada Greer spoke first. The President refused, saying the bill was " +
      kOpen + "dead on arrival" + kClose + ".");
  EXPECT_EQ(SourceNameOf(doc, "dead on arrival").find("Greer"), std::string::npos);
}

// An owner's title phrase named in apposition ("The region's chief
// planner, Hamid Rauf,") and repeated later as the subject ("The region's
// chief planner said") stands for the person named with it; another owner's
// title does not.
TEST(TitleHolders, RepeatedTitlePhraseIsThePersonNamedWithIt) {
  v1::Document plan = Extract(
      "The region's chief planner, Hamid Rauf, has opposed the tower for a year. "
      "The region's chief planner said the height breached the local plan.");
  EXPECT_EQ(SourceNameOf(plan, "breached the local plan"), "Hamid Rauf");
  // The name first, the title in its appositive.
  v1::Document audit = Extract(
      "Petra Alvik, the nation's top auditor, opened the inquiry in June. Later the "
      "nation's top auditor said two contracts had been signed without a tender.");
  EXPECT_EQ(SourceNameOf(audit, "signed without a tender"), "Petra Alvik");
  v1::Document rival = Extract(
      "The club's head coach, Ines Varga, left in May. The rival club's head coach "
      "said the job was a poisoned chalice.");
  EXPECT_NE(SourceNameOf(rival, "poisoned chalice"), "Ines Varga");
}

// "A police officer said" after "Tom Hale, a police officer,": an indefinite
// article introduces someone else, not the person named before.
TEST(TitleHolders, AnIndefiniteRepeatIsSomeoneElse) {
  v1::Document doc = Extract(
      "Tom Hale, a police officer, was injured in the clash. A police officer said "
      "shots were fired.");
  EXPECT_NE(SourceNameOf(doc, "shots were fired"), "Tom Hale");
}

}  // namespace
// A capitalised title after "the" closing a sentence ("..., the Minister
// said.") stands for the one person named before with a title of that head
// ("Fisheries Minister Tomasi Vula", "Ana Lee, chief executive of ..."); when
// two people hold it, neither.
TEST(TitleHolders, CapitalisedTitleAfterTheClaimIsItsSoleHolder) {
  v1::Document reef = Extract(
      "Fisheries Minister Tomasi Vula opened the new hatchery on Friday. The hatchery "
      "will raise 40,000 fingerlings a year, the Minister said.");
  EXPECT_EQ(SourceNameOf(reef, "40,000 fingerlings"), "Tomasi Vula");
  v1::Document fares = Extract(
      "Ana Lee, chief executive of Fiji Airways, met unions on Monday. Fares on the "
      "Nadi route would rise in May, the Chief Executive said.");
  EXPECT_EQ(SourceNameOf(fares, "Nadi route"), "Ana Lee");
  v1::Document two = Extract(
      "Fisheries Minister Tomasi Vula opened the hatchery. Trade Minister Litia Rabuka "
      "was there too. The hatchery will raise 40,000 fingerlings a year, the Minister "
      "said.");
  const std::string neither = SourceNameOf(two, "40,000 fingerlings");
  EXPECT_EQ(neither.find("Vula"), std::string::npos) << neither;
  EXPECT_EQ(neither.find("Rabuka"), std::string::npos) << neither;
}

// A title of two or more words given in an appositive with its employer ("Ana
// Lee, the chief executive of Fiji Airways,") and repeated later after "the"
// ("the chief executive said") stands for that person; a longer title that
// only shares the head ("the deputy chief executive") does not.
TEST(TitleHolders, RepeatedTitleOfSeveralWordsIsItsHolder) {
  v1::Document fares = Extract(
      "Ana Lee, the chief executive of Fiji Airways, said fares would rise.\n\n" + kOpen +
      "Fuel costs us more every month," + kClose + " the chief executive said.");
  EXPECT_EQ(SourceNameOf(fares, "Fuel costs us more"), "Ana Lee");
  v1::Document port = Extract(
      "Tomas Reyes, the finance director at Harbour Holdings, said the dredging "
      "would wait. " + kOpen + "We cannot pay for it this year," + kClose +
      " the finance director told the board.");
  EXPECT_EQ(SourceNameOf(port, "cannot pay for it"), "Tomas Reyes");
  v1::Document deputy = Extract(
      "Ana Lee, the chief executive of Fiji Airways, said fares would rise.\n\n" + kOpen +
      "Fuel costs us more every month," + kClose + " the deputy chief executive said.");
  EXPECT_NE(SourceNameOf(deputy, "Fuel costs us more"), "Ana Lee");
}

// A nearer phrase that gives the same title to someone else (another owner's
// "The rival firm's chief executive", an indefinite "A chief executive at ...")
// is the one a later "the chief executive" repeats, not the named holder
// before it; a bare repeat "the chief executive" in between stays the holder's.
TEST(TitleHolders, ANearerHolderOfTheSameTitleIsTheOneRepeated) {
  v1::Document rival = Extract(
      "Ana Lee, the chief executive of Fiji Airways, said fares would rise. The rival "
      "firm's chief executive disagreed. " + kOpen + "They are wrong," + kClose +
      " the chief executive said.");
  EXPECT_NE(SourceNameOf(rival, "They are wrong"), "Ana Lee");
  v1::Document other = Extract(
      "Sipho Dlamini, the finance director of Cape Mills, defended the bonus. A finance "
      "director at a smaller mill called it reckless. " + kOpen + "Nobody earned it," +
      kClose + " the finance director said.");
  EXPECT_NE(SourceNameOf(other, "Nobody earned it"), "Sipho Dlamini");
  v1::Document again = Extract(
      "Ana Lee, the chief executive of Fiji Airways, said fares would rise. " + kOpen +
      "Fuel costs us more," + kClose + " the chief executive said. " + kOpen +
      "We have no choice," + kClose + " the chief executive added.");
  EXPECT_EQ(SourceNameOf(again, "We have no choice"), "Ana Lee");
  // The title after a verb, or as a modifier of another noun, names no one new.
  v1::Document became = Extract(
      "Ana Lee, the chief executive of Fiji Airways, said fares would rise. Lee, who "
      "became chief executive in 2019, has cut routes. " + kOpen + "Fuel costs us more," +
      kClose + " the chief executive said.");
  EXPECT_EQ(SourceNameOf(became, "Fuel costs us more"), "Ana Lee");
  v1::Document forum = Extract(
      "Ana Lee, the chief executive of Fiji Airways, said fares would rise. Lee spoke at a "
      "chief executive forum in Suva. " + kOpen + "Fuel costs us more," + kClose +
      " the chief executive said.");
  EXPECT_EQ(SourceNameOf(forum, "Fuel costs us more"), "Ana Lee");
}

// A court title or a title written short before a name ("Justice Ann Bell",
// "Sen. Rita Vance", "Cllr Ian Moss") is held by the one a later "the judge",
// "the senator", "the councillor" means; a title the text gives only after
// the description is not.
TEST(TitleHolders, ShortOrCourtTitleHolderIsTheRoleNoun) {
  v1::Document court = Extract(
      "Justice Amara Okonjo said the ministry had kept no record of the tenders. A lawyer "
      "for the ministry, Bola Ade, said it would appeal.\n\n" + kOpen +
      "The statute leaves no room for doubt," + kClose + " the judge said.");
  EXPECT_EQ(SourceNameOf(court, "no room for doubt"), "Amara Okonjo");
  v1::Document senate = Extract(
      "Sen. Marta Kolb voted against the bill on Tuesday. Her aides said the vote was "
      "close. " + kOpen + "We will try again in spring," + kClose + " the senator said.");
  EXPECT_EQ(SourceNameOf(senate, "try again in spring"), "Marta Kolb");
  v1::Document council = Extract(
      "Cllr Ian Moss chaired the planning meeting. The plan was approved. " + kOpen +
      "It took two years," + kClose + " the councillor said.");
  EXPECT_EQ(SourceNameOf(council, "took two years"), "Ian Moss");
  // Precision: "Gov. Ray Tull" only further down; "the governor" is not he.
  v1::Document later = Extract(
      "Ray Tull toured the flooded valley on Friday. " + kOpen + "We need help now," +
      kClose + " the governor said.\n\nGov. Ray Tull later asked for federal aid.");
  EXPECT_EQ(SourceNameOf(later, "need help now").find("Tull"), std::string::npos);
}

// An owner's title phrase in a standfirst ("The union's chief executive says
// ...") is the one person named later with that title of that owner; the
// same title of another owner is someone else.
TEST(TitleHolders, StandfirstTitlePhraseIsThePersonNamedLater) {
  v1::Document strike = Extract(
      "Bus drivers vote to strike\n\n"
      "The union's general secretary says drivers have waited long enough.\n\n"
      "Drivers at three depots voted for a walkout, the Transit Workers Union said.\n\n"
      "Lena Park, general secretary of the union, said pay had fallen behind prices.");
  EXPECT_EQ(SourceNameOf(strike, "waited long enough"), "Lena Park");
  v1::Document other = Extract(
      "Bus drivers vote to strike\n\n"
      "The union's general secretary says drivers have waited long enough.\n\n"
      "Lena Park, general secretary of the council, said pay had kept up with prices.");
  EXPECT_NE(SourceNameOf(other, "waited long enough"), "Lena Park");
}

// A court word closing a minister's title ("Minister for Justice", "Secretary
// of Justice") names a portfolio, not a bench: a later "the judge" is someone
// else. A court title that heads its title ("Chief Justice") still maps.
TEST(TitleHolders, JusticeAfterOfOrForIsAPortfolioNotAJudge) {
  v1::Document minister = Extract(
      "Minister for Justice Orla Brennan said the rules would be tightened. At the "
      "hearing, the judge said the defendant faced eight years in jail.");
  EXPECT_EQ(SourceNameOf(minister, "eight years in jail").find("Brennan"), std::string::npos);
  v1::Document secretary = Extract(
      "Secretary of Justice Ramon Dizon ordered a review of the case. In court, the judge "
      "said 12 witnesses would be heard.");
  EXPECT_EQ(SourceNameOf(secretary, "witnesses would be heard").find("Dizon"),
            std::string::npos);
  v1::Document chief = Extract(
      "Chief Justice Lena Moyo opened the session on Monday. The bench heard two appeals. " +
      kOpen + "Delay is its own injustice," + kClose + " the judge said.");
  EXPECT_EQ(SourceNameOf(chief, "its own injustice"), "Lena Moyo");
}

// An everyday role noun introduced with "a" after a titled holder ("a union
// representative" after "Rep. Dana Whitfield") is the one a later "the
// representative" means.
TEST(TitleHolders, AnUnnamedHolderIntroducedLaterIsTheRoleNoun) {
  v1::Document doc = Extract(
      "Rep. Dana Whitfield attacked the plan on Monday. At the depot, drivers met a union "
      "representative. The representative said 200 jobs could go.");
  EXPECT_EQ(SourceNameOf(doc, "200 jobs could go").find("Whitfield"), std::string::npos);
  v1::Document named = Extract(
      "Rep. Dana Whitfield attacked the plan on Monday. Drivers at the depot cheered. " +
      kOpen + "This plan is dead," + kClose + " the representative said.");
  EXPECT_EQ(SourceNameOf(named, "plan is dead"), "Dana Whitfield");
}

// A title set apart by rank or time ("Vice President", "Deputy Health
// Minister", "Acting Mayor") does not hold the bare title: "the President" is
// someone else, and the one plain holder named beside the vice president is
// still found. A title's tail after "to" names what it serves ("Secretary to
// the Council"): "the Council" is that body, not the secretary.
TEST(TitleHolders, ARankedHolderOrATitlesTailHoldsNoBareTitle) {
  v1::Document vice = Extract(
      "Vice President Rosa Elling toured the dam on Friday. " + kOpen +
      "The water will last the summer," + kClose + " the President said.");
  EXPECT_EQ(SourceNameOf(vice, "last the summer").find("Elling"), std::string::npos);
  v1::Document deputy = Extract(
      "Deputy Health Minister Kofi Boateng opened the clinic. The clinic will treat 300 "
      "patients a week, the Minister said.");
  EXPECT_EQ(SourceNameOf(deputy, "300 patients").find("Boateng"), std::string::npos);
  v1::Document acting = Extract(
      "Acting Mayor Lina Torvik cut the ribbon. The bridge will reopen in June, the "
      "Mayor said.");
  EXPECT_EQ(SourceNameOf(acting, "reopen in June").find("Torvik"), std::string::npos);
  v1::Document both = Extract(
      "President Omar Sefu met Vice President Rosa Elling in the capital. The President "
      "said the two had agreed on the budget.");
  EXPECT_EQ(SourceNameOf(both, "agreed on the budget"), "Omar Sefu");
  v1::Document clerk = Extract(
      "Ivo Marsh, Secretary to the Council, said the vote was valid. The Council said it "
      "would meet again in March.");
  EXPECT_NE(SourceNameOf(clerk, "meet again in March"), "Ivo Marsh");
}

// The walk back from a bare title to its holder is bounded by mentions of any
// kind as well as by persons: a minister named before some hundreds of
// mentions of bodies is not the one a late "the Minister" means.
TEST(TitleHolders, TheWalkBackToAHolderIsBoundedByMentions) {
  std::string text = "Energy Minister Dara Quill opened the grid office. ";
  for (int i = 0; i < 300; ++i) {
    text += "Kestrel Power Ltd and Osprey Grid Authority signed contract " +
            std::to_string(i) + ". ";
  }
  text += "The grid will reach 40 towns, the Minister said.";
  v1::Document doc = Extract(text);
  EXPECT_EQ(SourceNameOf(doc, "reach 40 towns").find("Quill"), std::string::npos);
  // Nearer, with few mentions between, the holder is found.
  v1::Document near = Extract(
      "Energy Minister Dara Quill opened the grid office. Kestrel Power Ltd and Osprey Grid "
      "Authority signed the contract. The grid will reach 40 towns, the Minister said.");
  EXPECT_EQ(SourceNameOf(near, "reach 40 towns"), "Dara Quill");
}

// "the former Prime Minister said" stands for the one person whose title holds
// that rank word before the same title ("Former Prime Minister Rolf Aske"),
// not the current holder; "the Prime Minister" stays the current one.
TEST(TitleHolders, FormerTitleIsItsFormerHolder) {
  v1::Document doc = Extract(
      "Former Prime Minister Rolf Aske sat in the gallery. Prime Minister Une Dahl "
      "spoke first.\n\n" + kOpen + "The bridge is late and over budget," + kClose +
      " the former Prime Minister said.\n\n" + kOpen + "It will open in May," + kClose +
      " the Prime Minister said.");
  EXPECT_EQ(SourceNameOf(doc, "late and over budget"), "Rolf Aske");
  EXPECT_EQ(SourceNameOf(doc, "open in May"), "Une Dahl");
  // A former deputy is not "the former Prime Minister".
  v1::Document deputy = Extract(
      "Former Deputy Prime Minister Rolf Aske sat in the gallery.\n\n" + kOpen +
      "The bridge is late," + kClose + " the former Prime Minister said.");
  EXPECT_NE(SourceNameOf(deputy, "bridge is late"), "Rolf Aske");
}

// A bare title opening a headline or its deck ("...; Minister says ...")
// stands for the one person the story names with that title, later.
TEST(TitleHolders, HeadlineTitleIsTheHolderTheStoryNames) {
  const std::string story =
      "Bus fares frozen; Minister says the budget " + kOpen + "can carry it" + kClose +
      "\n\nTransport Minister Kofi Ansah froze bus fares for a year on Monday.\n\n"
      "The freeze will cost 12 million cedis, he said.";
  EXPECT_EQ(SourceNameOf(Extract(story), "can carry it"), "Kofi Ansah");
  // Two ministers: the headline names neither.
  const std::string two =
      "Bus fares frozen; Minister says the budget " + kOpen + "can carry it" + kClose +
      "\n\nTransport Minister Kofi Ansah froze bus fares on Monday. Finance Minister "
      "Ama Boateng agreed.\n\nThe freeze will cost 12 million cedis, he said.";
  const std::string neither = SourceNameOf(Extract(two), "can carry it");
  EXPECT_EQ(neither.find("Ansah"), std::string::npos) << neither;
  // A bare title in a body sentence is no headline.
  const std::string body =
      "Transport Minister Kofi Ansah froze bus fares on Monday. In the north, "
      "fares rose anyway.\n\nMinister says the budget " + kOpen + "can carry it" +
      kClose + " was the line the opposition mocked in a long debate that ran late into "
      "the night, with speeches from every bench and a vote at dawn on the bill.";
  EXPECT_NE(SourceNameOf(Extract(body), "can carry it"), "Kofi Ansah");
}

// A bare title that opens the headline itself ("Minister says ...", a common
// word there, no name) is the one person the story gives that title; with
// two such people, neither.
TEST(TitleHolders, TitleOpeningTheHeadlineIsTheHolderTheStoryNames) {
  const std::string one =
      "Minister says rail fares will double\n\nTransport Minister Ewa Nowak said on "
      "Tuesday the rise was overdue.";
  EXPECT_EQ(SourceNameOf(Extract(one), "rail fares will double"), "Ewa Nowak");
  const std::string president =
      "President says ports will reopen\n\nPresident Tomas Varga said the ports would "
      "reopen by May.";
  EXPECT_EQ(SourceNameOf(Extract(president), "ports will reopen"), "Tomas Varga");
  const std::string two =
      "Minister says rail fares will double\n\nTransport Minister Ewa Nowak said on "
      "Tuesday the rise was overdue. Finance Minister Jan Kral disagreed.";
  const std::string neither = SourceNameOf(Extract(two), "rail fares will double");
  EXPECT_EQ(neither.find("Nowak"), std::string::npos) << neither;
  EXPECT_EQ(neither.find("Kral"), std::string::npos) << neither;
}

}  // namespace factwire
