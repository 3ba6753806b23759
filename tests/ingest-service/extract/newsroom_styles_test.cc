// Classes of error found on news in styles other than US political copy: British
// and wire conventions (titles, post-nominals, "of Org" appositives), court and
// sports reports ("the judge said"), science copy ("researchers found that"),
// business copy (parenthetical attributions), transcripts and multi-paragraph
// quotes. Every text here is written for the test.
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

// The name of the source a claim is credited to, or "".
std::string SourceName(const v1::Document& doc, const v1::Claim* claim) {
  if (claim == nullptr) return "";
  for (const v1::Source& s : doc.sources()) {
    if (s.source_id() == claim->source_id()) return s.name();
  }
  return "";
}

TEST(NewsroomStyles, PronounTakesEarlierSentenceSubjectNotLastName) {
  v1::Document doc = Extract(
      "Counsel Priya Natarajan told the tribunal that Colin Reeve had forged the "
      "invoices. " + kOpen + "It was deliberate from the first day," + kClose +
      " he said.");
  const v1::Claim* c = FindClaim(doc, "deliberate from the first day");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(SourceName(doc, c), "Priya Natarajan");
}

TEST(NewsroomStyles, PronounSkipsOwnerAndCapitalI) {
  v1::Document doc = Extract(
      "Tomas Berg's budget was cut, Lena Voss said. " + kOpen +
      "We will appeal the decision," + kClose + " she said.");
  const v1::Claim* c = FindClaim(doc, "appeal the decision");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(SourceName(doc, c), "Lena Voss");
}

TEST(NewsroomStyles, TheTitleRefersToThePersonWithThatTitle) {
  v1::Document doc = Extract(
      "Magistrate Helen Achebe heard the case on Monday. " + kOpen +
      "The evidence is overwhelming," + kClose + " the magistrate said.");
  const v1::Claim* c = FindClaim(doc, "evidence is overwhelming");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(SourceName(doc, c), "Helen Achebe");
}

TEST(NewsroomStyles, TitleRunsOverLowercaseWordsBeforeTheName) {
  v1::Document doc = Extract(
      "Chief operating officer Nadia Petrov said margins would recover. "
      "Opposition spokesman Ravi Menon said the plan was flawed. "
      "Morgan Stanley economist Ellen Zhou said rates would fall.");
  const v1::Source* petrov = FindSource(doc, "nadia-petrov");
  ASSERT_NE(petrov, nullptr);
  EXPECT_EQ(petrov->title(), "Chief operating officer");
  const v1::Source* menon = FindSource(doc, "ravi-menon");
  ASSERT_NE(menon, nullptr);
  EXPECT_EQ(menon->title(), "Opposition spokesman");
  const v1::Source* zhou = FindSource(doc, "ellen-zhou");
  ASSERT_NE(zhou, nullptr);
  EXPECT_EQ(zhou->title(), "economist");
  EXPECT_EQ(zhou->affiliation(), "Morgan Stanley");
  // "Opposition" opened the sentence; it is no source of its own.
  EXPECT_EQ(FindSource(doc, "opposition"), nullptr);
}

TEST(NewsroomStyles, OccupationBeforeNameIsTitle) {
  v1::Document doc = Extract("Veteran actor Paolo Ricci said the script was weak.");
  const v1::Source* s = FindSource(doc, "paolo-ricci");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "Veteran actor");
}

TEST(NewsroomStyles, AppositiveOpeningWithOfGivesAffiliation) {
  v1::Document doc = Extract(
      "Sergeant Owen Price, of Thames Valley Police, said two men were arrested.");
  const v1::Source* s = FindSource(doc, "owen-price");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->affiliation(), "Thames Valley Police");
  EXPECT_NE(FindClaim(doc, "two men were arrested"), nullptr);
}

TEST(NewsroomStyles, AgeThenTitleAppositive) {
  v1::Document doc =
      Extract("Doris Kemp, 80, a retired postmistress, said the bus never came.");
  const v1::Source* s = FindSource(doc, "doris-kemp");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "retired postmistress");
}

TEST(NewsroomStyles, OurCorrespondentBeforeNameIsTitle) {
  v1::Document doc = Extract(
      "She told our health editor, Amir Haddad, that waiting lists were growing. "
      "Amir Haddad said the figures were new.");
  const v1::Source* s = FindSource(doc, "amir-haddad");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "health editor");
}

TEST(NewsroomStyles, DescriptiveTitleBeforeCommaBeatsHonorific) {
  v1::Document doc = Extract(
      "The trust's medical director, Dr Sunita Rao, said beds were full.");
  const v1::Source* s = FindSource(doc, "sunita-rao");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "medical director");
}

TEST(NewsroomStyles, PossessiveOrganisationNameIsOneSource) {
  v1::Document doc = Extract(
      "The Children's Hospital Foundation said it had raised 2 million pounds.");
  const v1::Claim* c = FindClaim(doc, "raised 2 million pounds");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(SourceName(doc, c), "Children's Hospital Foundation");
  EXPECT_EQ(FindSource(doc, "children"), nullptr);
}

TEST(NewsroomStyles, PostNominalIsNotPartOfTheName) {
  v1::Document doc = Extract(
      "Judge Miriam Kolb KC said the sentence must deter others. "
      "Ian Birch MP said he would raise the case in Parliament.");
  const v1::Source* kolb = FindSource(doc, "miriam-kolb");
  ASSERT_NE(kolb, nullptr);
  EXPECT_EQ(kolb->title(), "Judge");
  EXPECT_NE(FindSource(doc, "ian-birch"), nullptr);
}

TEST(NewsroomStyles, MultiWordSurnameJoinsFullName) {
  v1::Document doc = Extract(
      "The trial was led by Sofia van der Berg of Leiden University. "
      + kOpen + "We saw the effect within weeks," + kClose + " van der Berg said.");
  const v1::Claim* c = FindClaim(doc, "effect within weeks");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(SourceName(doc, c), "Sofia van der Berg");
  const v1::Source* s = FindSource(doc, "sofia-van-der-berg");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->affiliation(), "Leiden University");
}

TEST(NewsroomStyles, TranscriptLabelCoversItsParagraph) {
  v1::Document doc = Extract(
      "Maya Lind: Thanks for having me.\n\n"
      "Karl Ost: Sure. The port lost money for three straight years. We cannot "
      "keep it open.\n\n"
      "Maya Lind: Who decides?\n");
  const v1::Claim* c = FindClaim(doc, "lost money for three straight years");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(SourceName(doc, c), "Karl Ost");
  const v1::Claim* d = FindClaim(doc, "cannot keep it open");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(SourceName(doc, d), "Karl Ost");
}

TEST(NewsroomStyles, SingleHeadingLabelDoesNotCoverItsParagraph) {
  v1::Document doc = Extract(
      "Maya Lind: the road ahead. Budgets are tight this year. Voters want "
      "lower taxes and better schools.\n");
  EXPECT_EQ(FindClaim(doc, "Voters want lower taxes"), nullptr);
}

TEST(NewsroomStyles, QuestionLabelIsAnonymous) {
  v1::Document doc = Extract(
      "Q: Will the bridge open on time?\n\nA: We expect it to open in May.\n");
  const v1::Claim* c = FindClaim(doc, "bridge open on time");
  ASSERT_NE(c, nullptr);
  const v1::Source* s = nullptr;
  for (const v1::Source& x : doc.sources()) {
    if (x.source_id() == c->source_id()) s = &x;
  }
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ANONYMOUS);
}

TEST(NewsroomStyles, QuoteAfterParagraphNamingSomeoneElseIsTheirs) {
  v1::Document doc = Extract(
      "Councillor Amy Fenn, who opposed the plan, said it was " + kOpen + "reckless" +
      kClose + ".\n\n"
      "Bruno Salas's reply was blunt. " + kOpen +
      "We have waited ten years for this road and we will not wait another ten." +
      kClose + "\n");
  const v1::Claim* c = FindClaim(doc, "waited ten years");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(SourceName(doc, c), "Bruno Salas");
}

TEST(NewsroomStyles, AccordingToDocumentRunsOnToWhereItAppeared) {
  v1::Document doc = Extract(
      "Night shifts raise the risk of diabetes by 40%, according to a review "
      "published on Friday in The BMJ.");
  const v1::Claim* c = FindClaim(doc, "Night shifts raise the risk");
  ASSERT_NE(c, nullptr);
  EXPECT_NE(c->speaker().find("The BMJ"), std::string::npos) << c->speaker();
}

TEST(NewsroomStyles, ParentheticalAttributionBeforePassiveClause) {
  v1::Document doc = Extract(
      "Sales rose 9% in the quarter, the retailer said on Tuesday, driven by "
      "online orders.");
  const v1::Claim* c = FindClaim(doc, "Sales rose 9%");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->kind(), v1::CLAIM_KIND_INDIRECT_QUOTE);
}

TEST(NewsroomStyles, ParentheticalAttributionBeforeMainVerbKeepsBothSides) {
  v1::Document doc = Extract("The new rules, they said, raised costs for farmers.");
  EXPECT_NE(FindClaim(doc, "raised costs for farmers"), nullptr);
}

TEST(NewsroomStyles, ResearchersFoundThatIsReportedSpeech) {
  v1::Document doc = Extract(
      "The researchers found that children who slept less scored lower. "
      "The court filings show that the firm paid 3 million dollars.");
  const v1::Claim* c = FindClaim(doc, "children who slept less");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->kind(), v1::CLAIM_KIND_INDIRECT_QUOTE);
  // Filings are documents: what they show is theirs, not the court's.
  const v1::Claim* d = FindClaim(doc, "the firm paid");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->speaker(), "The court filings");
}

TEST(NewsroomStyles, TheCompanyRefersToAGroupNamedEarlier) {
  v1::Document doc = Extract(
      "Harlow Retail Group cut 400 jobs on Monday. Profits fell 12%, the company "
      "said.");
  const v1::Claim* c = FindClaim(doc, "Profits fell 12%");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(SourceName(doc, c), "Harlow Retail Group");
}

TEST(NewsroomStyles, OwnedNounSpeaksWithItsOwner) {
  v1::Document doc =
      Extract("The victim's sister said the family wanted answers from the police.");
  const v1::Claim* c = FindClaim(doc, "the family wanted answers");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "The victim's sister");
}

TEST(NewsroomStyles, SaidHerRelativeThenName) {
  v1::Document doc = Extract(
      "Ana Reyes, a nurse, died in the fire. " + kOpen + "She never left anyone behind," +
      kClose + " said her brother, Luis Reyes. " + kOpen + "She was the bravest of us." + kClose);
  const v1::Claim* c = FindClaim(doc, "never left anyone behind");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(SourceName(doc, c), "Luis Reyes");  // not Ana Reyes: same surname
  const v1::Claim* d = FindClaim(doc, "bravest of us");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(SourceName(doc, d), "Luis Reyes");
}

TEST(NewsroomStyles, LowercaseTitleBeforeRankAndName) {
  v1::Document doc = Extract(
      "Dublin Fire Brigade spokesman Capt. Liam Doyle said the roof had collapsed.");
  const v1::Source* s = FindSource(doc, "liam-doyle");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "spokesman");
  EXPECT_EQ(s->affiliation(), "Dublin Fire Brigade");
}

TEST(NewsroomStyles, AcronymBeforeTitleIsAffiliation) {
  v1::Document doc = Extract(
      "The Irish Nurses Organisation (INO) backed the strike. INO president Karen "
      "Walsh said wards were understaffed.");
  const v1::Source* s = FindSource(doc, "karen-walsh");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "president");
  EXPECT_EQ(s->affiliation(), "Irish Nurses Organisation");
}

TEST(NewsroomStyles, ShareOfThosePolledSpeaks) {
  v1::Document doc = Extract(
      "Seven in 10 say the trains are too crowded. About 40 percent of commuters "
      "said they had missed work. Nearly half said fares were too high.");
  const v1::Claim* a = FindClaim(doc, "trains are too crowded");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->speaker(), "Seven in 10");
  const v1::Claim* b = FindClaim(doc, "had missed work");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->speaker(), "About 40 percent of commuters");
  const v1::Claim* c = FindClaim(doc, "fares were too high");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "Nearly half");
  for (const v1::Source& src : doc.sources()) {
    EXPECT_EQ(src.type(), v1::SOURCE_TYPE_ANONYMOUS) << src.name();
  }
}

TEST(NewsroomStyles, ReportedWordsEndWhereAnotherSpeakerBegins) {
  v1::Document doc = Extract(
      "Mara Holt said the bridge was safe, while the engineers said it needed "
      "repairs.");
  const v1::Claim* c = FindClaim(doc, "the bridge was safe");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->text(), "the bridge was safe");
  const v1::Claim* d = FindClaim(doc, "it needed repairs");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->speaker(), "engineers");
}

TEST(NewsroomStyles, ThinkingAndAgreeingOpenNoReportedSpeech) {
  v1::Document doc = Extract(
      "Investigators believe the blaze was set on purpose. Tom Reed agreed to pay "
      "the fine. Six states passed similar laws. " + kOpen +
      "It was a mistake to wait," + kClose + " Ruth Ngata agreed.");
  for (const char* words : {"blaze was set on purpose", "pay the fine", "similar laws"}) {
    const v1::Claim* c = FindClaim(doc, words);
    EXPECT_TRUE(c == nullptr || c->source_id().empty()) << words;
  }
  const v1::Claim* c = FindClaim(doc, "mistake to wait");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(SourceName(doc, c), "Ruth Ngata");
}

TEST(NewsroomStyles, WrongDirectionMarkOpeningAParagraphOpensAQuote) {
  v1::Document doc = Extract(
      "The hearing ran late.\n\n" + kClose + "Nobody asked the tenants what they wanted," +
      kClose + " said Omar Farouk, a tenant.\n");
  const v1::Claim* c = FindClaim(doc, "Nobody asked the tenants");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->kind(), v1::CLAIM_KIND_DIRECT_QUOTE);
  EXPECT_EQ(SourceName(doc, c), "Omar Farouk");
}

TEST(NewsroomStyles, NameOfOrganisationBeforeCommaSpeaks) {
  v1::Document doc = Extract(
      "The report's co-author, Dr. Lina Haddad of the University of Amman, said the "
      "findings alarmed her colleagues.");
  const v1::Claim* c = FindClaim(doc, "findings alarmed her colleagues");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(SourceName(doc, c), "Lina Haddad");
  const v1::Source* s = FindSource(doc, "lina-haddad");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->affiliation(), "University of Amman");
}

TEST(NewsroomStyles, ToldTheCourtIsTheListener) {
  v1::Document doc = Extract(
      "Helen Park, prosecuting, told the jury the fire had been started deliberately.");
  const v1::Claim* c = FindClaim(doc, "the fire had been started");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->text(), "the fire had been started deliberately");
  EXPECT_EQ(SourceName(doc, c), "Helen Park");
}

TEST(NewsroomStyles, InAStatementIsWhereNotWhat) {
  v1::Document doc =
      Extract("Brightline Energy said in a statement it had paused the project.");
  const v1::Claim* c = FindClaim(doc, "paused the project");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->text(), "it had paused the project");
}

TEST(NewsroomStyles, SpokeswomanForOrganisationIsAnonymous) {
  v1::Document doc =
      Extract("A spokeswoman for Lidl said the stores would reopen on Monday.");
  const v1::Claim* c = FindClaim(doc, "stores would reopen");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "A spokeswoman");
  for (const v1::Source& src : doc.sources()) {
    EXPECT_EQ(src.type(), v1::SOURCE_TYPE_ANONYMOUS) << src.name();
  }
}

TEST(NewsroomStyles, EpithetAfterQuoteIsThePersonNamedBefore) {
  v1::Document doc = Extract(
      "City's coach, Arne ter Horst, said his players were tired. " + kOpen +
      "We need a week off before the derby," + kClose + " the Dutchman said.");
  const v1::Claim* c = FindClaim(doc, "week off before the derby");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(SourceName(doc, c), "Arne ter Horst");
  EXPECT_EQ(FindSource(doc, "dutchman"), nullptr);
}

TEST(NewsroomStyles, FiguresFromAnOrganisationAreItsClaim) {
  v1::Document doc = Extract(
      "Burglaries fell by 12 per cent last year, according to figures from the "
      "Scottish Crime Survey Office.");
  const v1::Claim* c = FindClaim(doc, "Burglaries fell");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(SourceName(doc, c), "Scottish Crime Survey Office");
}

TEST(NewsroomStyles, OccupationInAPlaceIsTitle) {
  v1::Document doc =
      Extract("Ravi Shah, a florist in Croydon, said break-ins had doubled.");
  const v1::Source* s = FindSource(doc, "ravi-shah");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "florist");
}

TEST(NewsroomStyles, ItOpeningASentenceIsTheLastOrganisation) {
  v1::Document doc = Extract(
      "Harbour Freight Ltd cut 300 jobs on Monday. It added that further cuts were "
      "unlikely this year.");
  const v1::Claim* c = FindClaim(doc, "further cuts were unlikely");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(SourceName(doc, c), "Harbour Freight Ltd");
}

TEST(NewsroomStyles, PortfolioBeforeTitleWordIsPartOfTitle) {
  v1::Document doc = Extract(
      "Treasury Secretary Alma Reyes said the deficit would narrow. New Haven Mayor "
      "Tom Birch said the city was ready. Spanish Prime Minister Pedro Vela agreed.");
  const v1::Source* reyes = FindSource(doc, "alma-reyes");
  ASSERT_NE(reyes, nullptr);
  EXPECT_EQ(reyes->title(), "Treasury Secretary");
  const v1::Source* birch = FindSource(doc, "tom-birch");
  ASSERT_NE(birch, nullptr);
  EXPECT_EQ(birch->title(), "Mayor");
}

TEST(NewsroomStyles, PlaceEndingLikeAParticipleIsAName) {
  v1::Document doc =
      Extract("Beijing has rejected the report, insisting that its data were accurate.");
  const v1::Claim* c = FindClaim(doc, "its data were accurate");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(SourceName(doc, c), "Beijing");
}

TEST(NewsroomStyles, OfficialsInAPlaceAreAnonymous) {
  v1::Document doc = Extract("Officials in Nairobi said the border would reopen.");
  const v1::Claim* c = FindClaim(doc, "border would reopen");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "Officials in Nairobi");
  for (const v1::Source& src : doc.sources()) {
    EXPECT_EQ(src.type(), v1::SOURCE_TYPE_ANONYMOUS) << src.name();
  }
}

TEST(NewsroomStyles, SentenceAdverbBetweenSubjectAndCue) {
  v1::Document doc = Extract(
      "Some economists, however, argue that the new rules will push rents higher. "
      "Mona Stiles, meanwhile, said tenants would gain.");
  const v1::Claim* c = FindClaim(doc, "push rents higher");
  ASSERT_NE(c, nullptr);
  EXPECT_NE(c->speaker().find("economists"), std::string::npos) << c->speaker();
  const v1::Source* s = FindSource(doc, "mona-stiles");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "");
}

TEST(NewsroomStyles, CreditLineWithByIsNoClaim) {
  v1::Document doc = Extract("(Reporting by Ana Lopes in Lisbon; Editing by Tom Hill)");
  for (const v1::Claim& c : doc.claims()) {
    EXPECT_EQ(c.text().find("Ana Lopes"), std::string::npos) << c.text();
  }
}

TEST(NewsroomStyles, BodyNamedForItsNationIsAnOrganisation) {
  v1::Document doc = Extract(
      "Fisheries Canada said the cod stocks had recovered. Heritage Scotland warned "
      "that the castle roof would need repairs.");
  const v1::Source* s = FindSource(doc, "fisheries-canada");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
  const v1::Source* h = FindSource(doc, "heritage-scotland");
  ASSERT_NE(h, nullptr);
  EXPECT_EQ(h->type(), v1::SOURCE_TYPE_ORGANIZATION);
}

TEST(NewsroomStyles, PersonWithTitleBeforeNationSurnameStaysAPerson) {
  v1::Document doc =
      Extract("Coach Mike England said the squad was ready for the final.");
  const v1::Source* s = FindSource(doc, "mike-england");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_PERSON);
  v1::Document aged =
      Extract("Tom Scotland, 34, said the ferry had been cancelled twice.");
  const v1::Source* t = FindSource(aged, "tom-scotland");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->type(), v1::SOURCE_TYPE_PERSON);
}

TEST(NewsroomStyles, StaffAtAnOrganisationSpeakForIt) {
  v1::Document doc = Extract(
      "Economists at Northgate Capital expect interest rates to fall by the autumn. " +
      kOpen + "Demand is fading faster than the central bank thinks," + kClose +
      " the firm's economists wrote in a note.");
  const v1::Claim* c = FindClaim(doc, "interest rates to fall");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(SourceName(doc, c), "Northgate Capital");
  const v1::Claim* q = FindClaim(doc, "Demand is fading faster");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(SourceName(doc, q), "Northgate Capital");
  const v1::Source* s = FindSource(doc, "northgate-capital");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
}

TEST(NewsroomStyles, ExpectReportsOnlyAnOrganisationsViewOfWhatWillHappen) {
  v1::Document doc =
      Extract("Many commuters expect the trains to run late again this winter.");
  EXPECT_EQ(FindClaim(doc, "trains to run late"), nullptr);
  v1::Document plan = Extract(
      "Economists at Northgate Capital expect to hire 40 graduates. Economists at "
      "Northgate Capital expect a slowdown.");
  for (const v1::Claim& c : plan.claims()) {
    EXPECT_EQ(c.kind(), v1::CLAIM_KIND_STATEMENT) << c.text();
  }
}

TEST(NewsroomStyles, RoleEpithetIsThePersonWithThatRole) {
  v1::Document doc = Extract(
      "Kate Lind crossed for midfielder Rosa Ibarra, who scored twice. " + kOpen +
      "I only had to get a foot to it," + kClose + " the 24-year-old midfielder said.");
  const v1::Claim* c = FindClaim(doc, "get a foot to it");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(SourceName(doc, c), "Rosa Ibarra");
}

TEST(NewsroomStyles, RoleEpithetSkipsASubjectWithAnotherRole) {
  v1::Document doc = Extract(
      "Goalkeeper Tom Reyes saved a penalty before Ana Ruiz struck in the last minute. " +
      kOpen + "I just hit it and hoped," + kClose + " the 19-year-old winger said.");
  const v1::Claim* c = FindClaim(doc, "hit it and hoped");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(SourceName(doc, c), "Ana Ruiz");
}

TEST(NewsroomStyles, RoleEpithetNobodyFitsStaysUnnamed) {
  v1::Document doc = Extract(
      "Coach Dan Voss praised goalkeeper Eli Park after the draw. " + kOpen +
      "We deserved all three points," + kClose + " the 31-year-old striker said.");
  const v1::Claim* c = FindClaim(doc, "deserved all three points");
  ASSERT_NE(c, nullptr);
  EXPECT_NE(SourceName(doc, c), "Dan Voss");
  EXPECT_NE(SourceName(doc, c), "Eli Park");
}

// "The changes, which officials said will start in May, will not apply ...": a
// cue inside a relative clause between commas reports the clause, not the main
// clause's predicate after it; a clause that ends the sentence keeps its commas.
TEST(NewsroomStyles, CueInsideARelativeClauseEndsWithTheClause) {
  v1::Document doc = Extract(
      "The policy changes, which officials said will go into effect in May, will not "
      "apply to seasonal workers. The shooting, which police say was gang-related, "
      "happened at 2 a.m. He listed the applicants, which he said were evenly split, "
      "with a couple undecided.");
  const v1::Claim* c = FindClaim(doc, "will go into effect");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->text(), "will go into effect in May");
  EXPECT_EQ(c->speaker(), "officials");
  const v1::Claim* d = FindClaim(doc, "was gang-related");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->text(), "was gang-related");
  const v1::Claim* e = FindClaim(doc, "were evenly split");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->text(), "were evenly split, with a couple undecided");
}

}  // namespace
}  // namespace factwire
