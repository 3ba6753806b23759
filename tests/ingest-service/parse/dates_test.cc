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
}

TEST(ParseDateLine, RejectsText) {
  EXPECT_EQ(Seconds("Health"), -1);
  EXPECT_EQ(Seconds("In May 2025 the council met"), -1);
  EXPECT_EQ(Seconds("Feb 31"), -1);
}

}  // namespace
}  // namespace factwire
