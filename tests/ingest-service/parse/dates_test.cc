#include "ingest-service/parse/dates.h"

#include "gtest/gtest.h"

namespace factwire {
namespace {

int64_t Seconds(absl::string_view line) {
  std::optional<CivilDate> d = ParseDateLine(line);
  return d ? ToUnixSeconds(*d) : -1;
}

TEST(ParseDateLine, Formats) {
  const int64_t feb4 = 1738627200;  // 2025-02-04T00:00:00Z
  EXPECT_EQ(Seconds("04 February 2025"), feb4);
  EXPECT_EQ(Seconds("Feb 04, 2025"), feb4);
  EXPECT_EQ(Seconds("Feb. 4th, 2025"), feb4);
  EXPECT_EQ(Seconds("Tuesday, February 4, 2025"), feb4);
  EXPECT_EQ(Seconds("2025-02-04"), feb4);
  EXPECT_EQ(Seconds("02/04/2025"), feb4);
  EXPECT_EQ(Seconds("Published: Feb 4, 2025 10:30 pm ET"), feb4 + 22 * 3600 + 30 * 60);
  EXPECT_EQ(Seconds("Updated 10:43 PM EST, Tue February 4, 2025"),
            feb4 + 22 * 3600 + 43 * 60);
}

TEST(ParseDateLine, RejectsText) {
  EXPECT_EQ(Seconds("Health"), -1);
  EXPECT_EQ(Seconds("In May 2025 the council met"), -1);
  EXPECT_EQ(Seconds("Feb 31"), -1);
  EXPECT_EQ(Seconds("10:43 PM EST"), -1);
  EXPECT_EQ(Seconds("10:43 11:00 Feb 4, 2025"), -1);
}

TEST(ParseTimestamp, Iso8601WithZones) {
  const int64_t feb4 = 1738627200;  // 2025-02-04T00:00:00Z
  EXPECT_EQ(ParseTimestamp("2025-02-04"), feb4);
  EXPECT_EQ(ParseTimestamp("2025-02-04T10:30"), feb4 + 37800);
  EXPECT_EQ(ParseTimestamp(" 2025-02-04T10:30:15.250Z "), feb4 + 37815);
  EXPECT_EQ(ParseTimestamp("2025-02-04 10:30:15+01:00"), feb4 + 37815 - 3600);
  EXPECT_EQ(ParseTimestamp("2025-02-04T10:30:15-0500"), feb4 + 37815 + 5 * 3600);
  EXPECT_EQ(ParseTimestamp("2025-02-04T00:30:00+05:30"), feb4 + 1800 - 19800);
}

TEST(ParseTimestamp, FallsBackToDateLines) {
  EXPECT_EQ(ParseTimestamp("Feb 4, 2025 10:30 am"), 1738627200 + 37800);
}

TEST(ParseTimestamp, RejectsOtherText) {
  EXPECT_EQ(ParseTimestamp(""), std::nullopt);
  EXPECT_EQ(ParseTimestamp("2025-13-04"), std::nullopt);
  EXPECT_EQ(ParseTimestamp("2025-02-04T25:00"), std::nullopt);
  EXPECT_EQ(ParseTimestamp("2025-02-04Tnoon"), std::nullopt);
  EXPECT_EQ(ParseTimestamp("yesterday"), std::nullopt);
}

}  // namespace
}  // namespace factwire
