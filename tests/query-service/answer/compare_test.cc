#include "query-service/answer/compare.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace factwire {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

// Days after 2025-03-01T00:00:00Z.
constexpr int64_t kMarch1 = 1740787200;

struct Spec {
  std::string document = "";
  std::string figure_id = "";
  double value = 0;
  v1::Qualifier qualifier = v1::QUALIFIER_EXACT;
  int day = -1;  // no publish_time
  std::string source = "";
  std::string subject = "deaths";
  v1::Dimension dimension = v1::DIMENSION_COUNT;
  std::string unit = "";
  double normalized = -1;  // = value
  std::string normalized_unit = "";
};

FigureRecord Make(const Spec& spec) {
  FigureRecord record;
  v1::Figure& figure = record.figure;
  figure.set_figure_id(spec.figure_id);
  figure.set_document("documents/" + spec.document);
  figure.set_name(figure.document() + "/figures/" + spec.figure_id);
  figure.set_text(spec.figure_id + " as written");
  figure.set_value(spec.value);
  figure.set_normalized_value(spec.normalized < 0 ? spec.value
                                                  : spec.normalized);
  figure.set_unit(spec.unit);
  figure.set_normalized_unit(
      spec.normalized_unit.empty() ? spec.unit : spec.normalized_unit);
  figure.set_qualifier(spec.qualifier);
  figure.set_dimension(spec.dimension);
  figure.set_subject(spec.subject);
  if (spec.day >= 0) {
    record.has_publish_time = true;
    record.publish_time.set_seconds(kMarch1 + spec.day * 86400);
  }
  record.source_id = spec.source;
  return record;
}

std::vector<std::string> FigureNames(const v1::FigureGroup& group) {
  std::vector<std::string> names;
  for (const auto& observation : group.observations()) {
    names.push_back(observation.figure());
  }
  return names;
}

v1::FigureGroup OnlyGroup(std::vector<FigureRecord> records) {
  std::vector<v1::FigureGroup> groups =
      CompareFigureRecords(std::move(records));
  EXPECT_EQ(groups.size(), 1u);
  return groups.empty() ? v1::FigureGroup() : groups.front();
}

TEST(CompareFigures, OverlappingIntervalsAreConsistent) {
  v1::FigureGroup group = OnlyGroup({
      Make({.document = "a",
            .figure_id = "f1",
            .value = 70000,
            .qualifier = v1::QUALIFIER_APPROXIMATE,
            .day = 1}),
      Make({.document = "b", .figure_id = "f1", .value = 72500, .day = 2}),
      Make({.document = "c",
            .figure_id = "f1",
            .value = 60000,
            .qualifier = v1::QUALIFIER_MORE_THAN,
            .day = 3}),
  });
  EXPECT_EQ(group.verdict(), v1::VERDICT_CONSISTENT) << group.explanation();
  EXPECT_THAT(group.explanation(), HasSubstr("all 3 figures allow"));
  EXPECT_EQ(group.subject(), "deaths");
  EXPECT_EQ(group.dimension(), v1::DIMENSION_COUNT);
  ASSERT_EQ(group.observations_size(), 3);
  const v1::FigureObservation& first = group.observations(0);
  EXPECT_EQ(first.figure(), "documents/a/figures/f1");
  EXPECT_EQ(first.document(), "documents/a");
  EXPECT_EQ(first.publish_time().seconds(), kMarch1 + 86400);
  EXPECT_DOUBLE_EQ(first.interval().lower(), 63000);
  EXPECT_DOUBLE_EQ(first.interval().upper(), 77000);
  EXPECT_FALSE(first.superseded());
}

TEST(CompareFigures, OneTonAndNineHundredSevenKilogramsAgree) {
  v1::FigureGroup group = OnlyGroup({
      Make({.document = "a",
            .figure_id = "f1",
            .value = 1,
            .day = 1,
            .subject = "cocaine",
            .dimension = v1::DIMENSION_MASS,
            .unit = "ton",
            .normalized = 907.18474,
            .normalized_unit = "kg"}),
      Make({.document = "b",
            .figure_id = "f1",
            .value = 907,
            .day = 2,
            .subject = "cocaine",
            .dimension = v1::DIMENSION_MASS,
            .unit = "kg"}),
  });
  EXPECT_EQ(group.verdict(), v1::VERDICT_CONSISTENT) << group.explanation();
  EXPECT_EQ(group.unit(), "kg");
}

TEST(CompareFigures, OneTonneAndOneTonConflict) {
  v1::FigureGroup group = OnlyGroup({
      Make({.document = "a",
            .figure_id = "f1",
            .value = 1,
            .day = 1,
            .subject = "cocaine",
            .dimension = v1::DIMENSION_MASS,
            .unit = "tonne",
            .normalized = 1000,
            .normalized_unit = "kg"}),
      Make({.document = "b",
            .figure_id = "f1",
            .value = 1,
            .day = 2,
            .subject = "cocaine",
            .dimension = v1::DIMENSION_MASS,
            .unit = "ton",
            .normalized = 907.18474,
            .normalized_unit = "kg"}),
  });
  EXPECT_EQ(group.verdict(), v1::VERDICT_CONFLICTING);
  EXPECT_THAT(group.explanation(), HasSubstr("do not overlap"));
  EXPECT_THAT(group.explanation(), HasSubstr("documents/a"));
  EXPECT_THAT(group.explanation(), HasSubstr("kg"));
}

TEST(CompareFigures, BillionsAndMillionsOfDollarsAgree) {
  v1::FigureGroup group = OnlyGroup({
      Make({.document = "a",
            .figure_id = "f1",
            .value = 1.3e9,
            .day = 1,
            .subject = "budget",
            .dimension = v1::DIMENSION_CURRENCY,
            .unit = "USD"}),
      Make({.document = "b",
            .figure_id = "f1",
            .value = 1300e6,
            .day = 1,
            .subject = "budget",
            .dimension = v1::DIMENSION_CURRENCY,
            .unit = "USD"}),
  });
  EXPECT_EQ(group.verdict(), v1::VERDICT_CONSISTENT);
  EXPECT_EQ(group.unit(), "USD");
}

TEST(CompareFigures, DifferentCurrenciesAreIncomparable) {
  v1::FigureGroup group = OnlyGroup({
      Make({.document = "a",
            .figure_id = "f1",
            .value = 1e6,
            .day = 1,
            .subject = "budget",
            .dimension = v1::DIMENSION_CURRENCY,
            .unit = "USD"}),
      Make({.document = "b",
            .figure_id = "f1",
            .value = 1e6,
            .day = 2,
            .subject = "budget",
            .dimension = v1::DIMENSION_CURRENCY,
            .unit = "CAD"}),
  });
  EXPECT_EQ(group.verdict(), v1::VERDICT_INCOMPARABLE);
  EXPECT_EQ(group.unit(), "USD, CAD");
  EXPECT_EQ(group.observations(1).unit(), "CAD");
  EXPECT_THAT(group.explanation(), HasSubstr("one currency"));
}

TEST(CompareFigures, MissingValueIsIncomparable) {
  v1::FigureGroup group = OnlyGroup({
      Make({.document = "a",
            .figure_id = "f1",
            .value = 30,
            .qualifier = v1::QUALIFIER_RANGE,
            .day = 1}),
      Make({.document = "b", .figure_id = "f1", .value = 25, .day = 2}),
  });
  EXPECT_EQ(group.verdict(), v1::VERDICT_INCOMPARABLE);
  EXPECT_THAT(group.explanation(), HasSubstr("no usable value"));
  EXPECT_FALSE(group.observations(0).has_interval());
  EXPECT_TRUE(group.observations(1).has_interval());
}

TEST(CompareFigures, RisingDeathTollIsSuperseded) {
  v1::FigureGroup group = OnlyGroup({
      Make({.document = "day3", .figure_id = "f1", .value = 41, .day = 3}),
      Make({.document = "day1", .figure_id = "f1", .value = 12, .day = 1}),
      Make({.document = "day1b",
            .figure_id = "f2",
            .value = 12,
            .day = 1,
            .subject = "deaths"}),
      Make({.document = "day2",
            .figure_id = "f1",
            .value = 20,
            .qualifier = v1::QUALIFIER_MORE_THAN,
            .day = 2}),
  });
  EXPECT_EQ(group.verdict(), v1::VERDICT_SUPERSEDED) << group.explanation();
  EXPECT_THAT(
      FigureNames(group),
      ElementsAre("documents/day1/figures/f1", "documents/day1b/figures/f2",
                  "documents/day2/figures/f1", "documents/day3/figures/f1"));
  EXPECT_TRUE(group.observations(0).superseded());
  EXPECT_TRUE(group.observations(1).superseded());
  EXPECT_FALSE(group.observations(2).superseded());  // over 20 allows 41
  EXPECT_FALSE(group.observations(3).superseded());
  EXPECT_THAT(group.explanation(), HasSubstr("only grew"));
  EXPECT_THAT(group.explanation(), HasSubstr("documents/day3"));
}

TEST(CompareFigures, FallingCountFromOtherSourcesConflicts) {
  v1::FigureGroup group = OnlyGroup({
      Make({.document = "a", .figure_id = "f1", .value = 41, .day = 1}),
      Make({.document = "b", .figure_id = "f1", .value = 12, .day = 3}),
  });
  EXPECT_EQ(group.verdict(), v1::VERDICT_CONFLICTING);
}

TEST(CompareFigures, SameSourceRevisingDownIsSuperseded) {
  v1::FigureGroup group = OnlyGroup({
      Make({.document = "a",
            .figure_id = "f1",
            .value = 41,
            .day = 1,
            .source = "coroner"}),
      Make({.document = "b",
            .figure_id = "f1",
            .value = 38,
            .day = 3,
            .source = "coroner"}),
  });
  EXPECT_EQ(group.verdict(), v1::VERDICT_SUPERSEDED);
  EXPECT_THAT(group.explanation(), HasSubstr("same source"));
  EXPECT_EQ(group.observations(0).source(), "sources/coroner");
  EXPECT_TRUE(group.observations(0).superseded());
}

TEST(CompareFigures, SameDayDisagreementConflicts) {
  v1::FigureGroup group = OnlyGroup({
      Make({.document = "a", .figure_id = "f1", .value = 12, .day = 1}),
      Make({.document = "b", .figure_id = "f1", .value = 41, .day = 1}),
  });
  EXPECT_EQ(group.verdict(), v1::VERDICT_CONFLICTING);
}

TEST(CompareFigures, GrowthWithoutPublishTimesConflicts) {
  v1::FigureGroup group = OnlyGroup({
      Make({.document = "a", .figure_id = "f1", .value = 12}),
      Make({.document = "b", .figure_id = "f1", .value = 41, .day = 2}),
  });
  EXPECT_EQ(group.verdict(), v1::VERDICT_CONFLICTING);
  // Observations without publish_time come last.
  EXPECT_EQ(group.observations(1).document(), "documents/a");
}

TEST(CompareFigures, GrowingNonCountsConflict) {
  v1::FigureGroup group = OnlyGroup({
      Make({.document = "a",
            .figure_id = "f1",
            .value = 10,
            .day = 1,
            .subject = "cocaine",
            .dimension = v1::DIMENSION_MASS,
            .unit = "kg"}),
      Make({.document = "b",
            .figure_id = "f1",
            .value = 20,
            .day = 2,
            .subject = "cocaine",
            .dimension = v1::DIMENSION_MASS,
            .unit = "kg"}),
  });
  EXPECT_EQ(group.verdict(), v1::VERDICT_CONFLICTING);
}

TEST(CompareFigures, FiguresOfOneDocumentDoNotDisagree) {
  // "Deaths rose from 12 to 41" in one article; another says 41.
  v1::FigureGroup group = OnlyGroup({
      Make({.document = "a", .figure_id = "f1", .value = 12, .day = 1}),
      Make({.document = "a", .figure_id = "f2", .value = 41, .day = 1}),
      Make({.document = "b", .figure_id = "f1", .value = 41, .day = 1}),
  });
  // 12 (a) and 41 (b) still disagree across documents, on the same day.
  EXPECT_EQ(group.verdict(), v1::VERDICT_CONFLICTING);

  group = OnlyGroup({
      Make({.document = "a", .figure_id = "f1", .value = 12, .day = 1}),
      Make({.document = "a", .figure_id = "f2", .value = 41, .day = 1}),
      Make({.document = "b",
            .figure_id = "f1",
            .value = 10,
            .qualifier = v1::QUALIFIER_MORE_THAN,
            .day = 1}),
  });
  EXPECT_EQ(group.verdict(), v1::VERDICT_CONSISTENT) << group.explanation();
  EXPECT_THAT(group.explanation(), HasSubstr("one document"));
}

TEST(CompareFigures, GroupsBySubjectDimensionPlaceAndTime) {
  std::vector<FigureRecord> records = {
      Make({.document = "a",
            .figure_id = "f1",
            .value = 5,
            .day = 1,
            .subject = "overdose deaths"}),
      Make({.document = "b",
            .figure_id = "f1",
            .value = 5,
            .day = 1,
            .subject = "Deaths from overdoses"}),
      Make({.document = "c",
            .figure_id = "f1",
            .value = 5,
            .day = 1,
            .subject = "overdose deaths",
            .dimension = v1::DIMENSION_PERCENT,
            .unit = "percent"}),
      Make({.document = "d",
            .figure_id = "f1",
            .value = 9,
            .day = 1,
            .subject = "arrests"}),
  };
  records[0].figure.set_place("the United States");
  records[1].figure.set_place("United States");
  records[2].figure.set_place("United States");
  std::vector<v1::FigureGroup> groups = CompareFigureRecords(records);
  ASSERT_EQ(groups.size(), 1u);  // percent and arrests stand alone
  EXPECT_EQ(groups[0].subject(), "overdose deaths");
  EXPECT_EQ(groups[0].place(), "the United States");
  EXPECT_EQ(groups[0].observations_size(), 2);

  records[1].figure.set_time_scope("last year");
  EXPECT_THAT(CompareFigureRecords(records), IsEmpty());
}

TEST(CompareFigures, NeedsTwoDocumentsAndASubject) {
  EXPECT_THAT(
      CompareFigureRecords({
          Make({.document = "a", .figure_id = "f1", .value = 5, .day = 1}),
          Make({.document = "a", .figure_id = "f2", .value = 9, .day = 1}),
      }),
      IsEmpty());
  EXPECT_THAT(
      CompareFigureRecords({
          Make({.document = "a",
                .figure_id = "f1",
                .value = 5,
                .subject = "the"}),
          Make({.document = "b", .figure_id = "f1", .value = 5, .subject = ""}),
      }),
      IsEmpty());
}

TEST(CompareFigures, GroupsComeInKeyOrder) {
  std::vector<v1::FigureGroup> groups = CompareFigureRecords({
      Make({.document = "a",
            .figure_id = "f1",
            .value = 5,
            .subject = "zebras"}),
      Make(
          {.document = "b", .figure_id = "f1", .value = 5, .subject = "zebra"}),
      Make({.document = "a",
            .figure_id = "f2",
            .value = 5,
            .subject = "arrests"}),
      Make({.document = "b",
            .figure_id = "f2",
            .value = 5,
            .subject = "arrest"}),
  });
  ASSERT_EQ(groups.size(), 2u);
  EXPECT_EQ(groups[0].subject(), "arrests");
  EXPECT_EQ(groups[1].subject(), "zebras");
}

}  // namespace
}  // namespace factwire
