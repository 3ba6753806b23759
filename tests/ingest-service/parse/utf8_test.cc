#include "ingest-service/parse/utf8.h"

#include <string>

#include "gtest/gtest.h"

namespace factwire {
namespace {

TEST(IsValidUtf8, AcceptsAsciiAndWellFormedSequences) {
  EXPECT_TRUE(IsValidUtf8(""));
  EXPECT_TRUE(IsValidUtf8("plain ASCII text, long enough for whole 8-byte blocks."));
  EXPECT_TRUE(IsValidUtf8("caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x98\x80 end"));
}

TEST(IsValidUtf8, FindsABadByteAtAnyOffsetOfAnAsciiRun) {
  // The ASCII fast path reads eight bytes at a time: a bad byte must be caught
  // wherever it falls, including the last byte and the unaligned tail.
  for (size_t at = 0; at < 40; ++at) {
    for (const char* bad : {"\x80", "\xFF", "\xC3", "\xE2\x80", "\xED\xA0\x80", "\xC0\xAF"}) {
      std::string text(40, 'a');
      text.insert(at, bad);
      EXPECT_FALSE(IsValidUtf8(text)) << "offset " << at;
    }
    std::string good(40, 'a');
    good.insert(at, "\xC3\xA9");
    EXPECT_TRUE(IsValidUtf8(good)) << "offset " << at;
  }
}

}  // namespace
}  // namespace factwire
