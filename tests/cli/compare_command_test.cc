#include "cli/compare_command.h"

#include <limits>
#include <string>

#include "cli/client_flags.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

// RunCompare and `claims --parent` run against the real query server in
// query_commands_server_test.cc.

namespace factwire {
namespace {

using ::testing::HasSubstr;

v1::FigureGroup TollGroup() {
  v1::FigureGroup group;
  group.set_subject("deaths");
  group.set_dimension(v1::DIMENSION_COUNT);
  group.set_place("Riverton");
  group.set_verdict(v1::VERDICT_SUPERSEDED);
  group.set_explanation("the count only grew over time");
  for (int value : {12, 41}) {
    v1::FigureObservation* observation = group.add_observations();
    observation->set_figure("documents/day" + std::to_string(value) +
                            "/figures/f1");
    observation->set_document("documents/day" + std::to_string(value));
    observation->mutable_publish_time()->set_seconds(1740787200 + value * 3600);
    observation->set_text(std::to_string(value));
    observation->set_source("sources/ana-ruiz");
    observation->mutable_interval()->set_lower(value);
    observation->mutable_interval()->set_upper(
        std::numeric_limits<double>::infinity());
    observation->mutable_interval()->set_lower_closed(true);
    observation->set_superseded(value == 12);
  }
  return group;
}

TEST(FormatInterval, Brackets) {
  v1::Interval interval;
  interval.set_lower(40);
  interval.set_upper(std::numeric_limits<double>::infinity());
  EXPECT_EQ(FormatInterval(interval), "(40, inf)");
  interval.set_lower_closed(true);
  interval.set_upper(1.3e9);
  interval.set_upper_closed(true);
  EXPECT_EQ(FormatInterval(interval), "[40, 1300000000]");
}

TEST(FormatGroups, HeadingExplanationAndObservations) {
  google::protobuf::RepeatedPtrField<v1::FigureGroup> groups;
  *groups.Add() = TollGroup();
  const std::string text = FormatGroups(groups);
  EXPECT_THAT(text, HasSubstr("SUPERSEDED  deaths (COUNT, Riverton)\n"));
  EXPECT_THAT(text, HasSubstr("\n    the count only grew over time\n"));
  EXPECT_THAT(text, HasSubstr("    DATE        DOCUMENT  FIGURE"));
  EXPECT_THAT(text, HasSubstr("2025-03-01  day12     f1      12    [12, inf)"));
  EXPECT_THAT(text, HasSubstr("ana-ruiz  superseded\n"));
  EXPECT_EQ(text.back(), '\n');
}

TEST(ParseCompareFlags, FilterAddressAndJson) {
  absl::StatusOr<CompareOptions> options = ParseCompareFlags(
      {"--filter", "subject:deaths", "--query=h:1", "--json"});
  ASSERT_TRUE(options.ok()) << options.status();
  EXPECT_EQ(options->filter, "subject:deaths");
  EXPECT_EQ(options->address, "h:1");
  EXPECT_TRUE(options->json);
  EXPECT_FALSE(ParseCompareFlags({"deaths"}).ok());
  EXPECT_FALSE(ParseCompareFlags({"--query="}).ok());
}

}  // namespace
}  // namespace factwire
