// Checks shared by the page-header tests (header_layouts_test.cc,
// site_headers_test.cc, datelines_test.cc, header_credits_test.cc,
// regional_headers_test.cc).
#ifndef FACTWIRE_TESTS_INGEST_SERVICE_PARSE_LAYOUT_TEST_SUPPORT_H_
#define FACTWIRE_TESTS_INGEST_SERVICE_PARSE_LAYOUT_TEST_SUPPORT_H_

#include <string>

#include "absl/strings/string_view.h"
#include "gtest/gtest.h"
#include "ingest-service/parse/layout.h"

namespace factwire {
namespace testing_layout {

// Expects `layout` to carry the publish date `year`-`month`-`day`; `text` (the
// header read) is printed with any failure, and a missing date is one failure.
inline void ExpectDay(const Layout& layout, int year, int month, int day,
                      absl::string_view text) {
  if (!layout.publish_date.has_value()) {
    ADD_FAILURE() << "no date: " << text;
    return;
  }
  EXPECT_EQ(layout.publish_date->year, year) << text;
  EXPECT_EQ(layout.publish_date->month, month) << text;
  EXPECT_EQ(layout.publish_date->day, day) << text;
}

// The text of `layout`'s first body paragraph in `text`; "" when it has none.
inline std::string FirstParagraph(const std::string& text, const Layout& layout) {
  if (layout.paragraphs.empty()) return "";
  const ByteRange& first = layout.paragraphs.front();
  return text.substr(first.first, first.second - first.first);
}

}  // namespace testing_layout
}  // namespace factwire

#endif  // FACTWIRE_TESTS_INGEST_SERVICE_PARSE_LAYOUT_TEST_SUPPORT_H_
