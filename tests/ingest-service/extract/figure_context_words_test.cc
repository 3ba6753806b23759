#include "ingest-service/extract/lexicon/figure_context_words.h"

#include <algorithm>
#include <string>

#include "gtest/gtest.h"
#include "ingest-service/extract/lexicon/figure_place_words.h"

namespace factwire {
namespace {

bool Lists(absl::Span<const char* const> words, const std::string& word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

TEST(FigureContextWords, PredicatesMatchLowercaseWordsExactly) {
  EXPECT_TRUE(lexicon::IsInchFollower("thick"));
  EXPECT_FALSE(lexicon::IsInchFollower("Thick"));
  EXPECT_FALSE(lexicon::IsInchFollower("thickness"));
  EXPECT_TRUE(lexicon::IsUnitNoun("yard"));
  EXPECT_FALSE(lexicon::IsUnitNoun("kilogram"));  // "a kilogram" is a measure
  EXPECT_TRUE(lexicon::IsArticleUnitEnd("away"));
  EXPECT_FALSE(lexicon::IsArticleUnitEnd("and"));
  EXPECT_TRUE(lexicon::IsIrregularPlural("children"));
  EXPECT_FALSE(lexicon::IsIrregularPlural("child"));
  EXPECT_FALSE(lexicon::IsIrregularPlural(""));
}

// review23 #11: the past points ("ago", "earlier") are one list, read by
// both predicates; the period rule's other points are the rest of it.
TEST(FigureContextWords, DatePrepositionsAreTimeLeads) {
  // ContextFinder::DateEnd reads a date only after a token of kRoleTimeLead.
  for (const char* word : lexicon::DatePrepositions()) {
    EXPECT_TRUE(lexicon::IsDatePreposition(word)) << word;
    EXPECT_TRUE(Lists(lexicon::TimeLeadWords(), word)) << word;
  }
}

TEST(FigureContextWords, MonthPartWordsAreTimeLeads) {
  // ContextFinder::OccasionEnd reads a part of the day only after a token of
  // kRoleTimeLead ("by late afternoon").
  for (const char* word : {"early", "late", "mid"}) {
    EXPECT_TRUE(lexicon::IsMonthPartWord(word)) << word;
    EXPECT_TRUE(Lists(lexicon::TimeLeadWords(), word)) << word;
  }
  EXPECT_TRUE(Lists(lexicon::TimeLeadWords(), "the"));  // "in the first round"
}

TEST(FigureContextWords, PastPointsAreThePointInTimeWordsCountedBack) {
  for (const char* w : {"ago", "earlier"}) {
    EXPECT_TRUE(lexicon::IsPastPointWord(w)) << w;
    EXPECT_TRUE(lexicon::IsPointInTimeWord(w)) << w;
  }
  for (const char* w : {"before", "prior", "later", "after"}) {
    EXPECT_FALSE(lexicon::IsPastPointWord(w)) << w;
    EXPECT_TRUE(lexicon::IsPointInTimeWord(w)) << w;
  }
}

// review23b #13: one list of compass points serves the area nouns, the
// bearings and the region names; one of administrative heads serves the
// area nouns, the features' heads and the regions' heads.
TEST(FigureContextWords, CompassPointsAndAreaHeadsAreOneListEach) {
  for (const char* w : {"north", "south-west", "north-east", "southeast"}) {
    EXPECT_TRUE(lexicon::IsCompassPoint(w)) << w;
    EXPECT_TRUE(lexicon::IsAreaNoun(w)) << w;
    EXPECT_TRUE(lexicon::IsBearingWord(w)) << w;
  }
  EXPECT_FALSE(lexicon::IsCompassPoint("mid"));
  EXPECT_FALSE(lexicon::IsCompassPoint("central"));
  for (const char* w : {"district", "province", "region", "county"}) {
    EXPECT_TRUE(lexicon::IsAdminAreaHead(w)) << w;
    EXPECT_TRUE(lexicon::IsAreaNoun(w)) << w;
  }
}

TEST(FigureContextWords, SubjectWordsSeparateDeterminersAuxiliariesAndClauses) {
  EXPECT_TRUE(lexicon::IsNounPhraseDeterminer("their"));
  EXPECT_TRUE(lexicon::IsNounPhraseDeterminer("all"));
  EXPECT_FALSE(lexicon::IsNounPhraseDeterminer("some"));
  EXPECT_TRUE(lexicon::IsSubjectAuxiliary("expected"));  // "is expected to"
  EXPECT_FALSE(lexicon::IsSubjectAuxiliary("must"));
  EXPECT_TRUE(lexicon::IsClauseSplitter("versus"));
  EXPECT_FALSE(lexicon::IsClauseSplitter("and"));
  EXPECT_TRUE(lexicon::IsTradingSessionWord("premarket"));
  EXPECT_FALSE(lexicon::IsTradingSessionWord("trading"));
}

TEST(FigureContextWords, ReportingPeriodsAreToldFromOtherPeriods) {
  EXPECT_TRUE(lexicon::NamesReportPeriod("the six months to June"));
  EXPECT_TRUE(lexicon::NamesReportPeriod("in the year ended March 31"));
  EXPECT_TRUE(lexicon::NamesReportPeriod("third-quarter"));
  EXPECT_TRUE(lexicon::NamesReportPeriod("fiscal 2025"));
  EXPECT_FALSE(lexicon::NamesReportPeriod("the current fiscal year"));
  EXPECT_FALSE(lexicon::NamesReportPeriod("last year"));
  EXPECT_FALSE(lexicon::NamesReportPeriod("2024"));
  EXPECT_TRUE(lexicon::IsResultsNoun("revenue"));
  EXPECT_FALSE(lexicon::IsResultsNoun("pilots"));
}

TEST(FigureContextWords, TimeWordsKeepPrepositionsApart) {
  EXPECT_TRUE(lexicon::IsYearPreposition("since"));
  EXPECT_FALSE(lexicon::IsYearPreposition("from"));
  EXPECT_TRUE(lexicon::IsOverQualifierLead("for"));  // "for over 20 years"
  EXPECT_FALSE(lexicon::IsOverQualifierLead("since"));
  EXPECT_TRUE(Lists(lexicon::TimeLeadWords(), "fiscal"));
  EXPECT_FALSE(Lists(lexicon::TimeLeadWords(), "over"));
  EXPECT_TRUE(Lists(lexicon::NumberStarterWords(), "minus"));
  EXPECT_FALSE(Lists(lexicon::NumberStarterWords(), "the"));
}

TEST(FigureContextWords, CombinedListsAnswerAsTheirPartsDo) {
  // One lookup for the words between a subject and its verb.
  for (const char* w : {"could", "is", "about", "also", "alone", "themselves",
                        "now", "rose", "the", "sales", "Also"}) {
    EXPECT_EQ(lexicon::IsVerbGroupFiller(w),
              lexicon::IsSubjectAuxiliary(w) || lexicon::IsFigureHedge(w) ||
                  lexicon::IsFocusWord(w))
        << w;
    EXPECT_EQ(lexicon::IsHedgeOrFocusWord(w),
              lexicon::IsFigureHedge(w) || lexicon::IsFocusWord(w))
        << w;
  }
  EXPECT_TRUE(lexicon::IsVerbGroupFiller("also"));
  EXPECT_TRUE(lexicon::IsVerbGroupFiller("could"));
  EXPECT_FALSE(lexicon::IsHedgeOrFocusWord("could"));
  EXPECT_FALSE(lexicon::IsVerbGroupFiller("rose"));
}

}  // namespace
}  // namespace factwire
