#include "cli/table.h"

#include "gtest/gtest.h"

namespace factwire {
namespace {

TEST(FormatTable, PadsColumnsToTheWidestCell) {
  EXPECT_EQ(
      FormatTable({"ID", "NAME", "N"}, {{"1", "Mike Vigil", "3"}, {"22", "RCMP", "10"}}),
      "ID  NAME        N\n"
      "1   Mike Vigil  3\n"
      "22  RCMP        10\n");
}

TEST(FormatTable, MeasuresCodePointsNotBytes) {
  EXPECT_EQ(FormatTable({"A", "B"}, {{"“é”", "x"}, {"abcd", "y"}}),
            "A     B\n"
            "“é”   x\n"
            "abcd  y\n");
}

TEST(FormatTable, FillsShortRowsAndTrimsTrailingSpaces) {
  EXPECT_EQ(FormatTable({"A", "B", "C"}, {{"x"}}), "A  B  C\nx\n");
}

TEST(FormatTable, EmptyTableIsTheHeader) {
  EXPECT_EQ(FormatTable({"A", "B"}, {}), "A  B\n");
}

TEST(FormatFields, AlignsValuesAndSkipsEmptyOnes) {
  EXPECT_EQ(FormatFields({{"name", "Mike Vigil"}, {"url", ""}, {"documents", "2"}}),
            "name:       Mike Vigil\n"
            "documents:  2\n");
}

TEST(PadRight, PadsToWidthInCodePoints) {
  EXPECT_EQ(PadRight("é", 3), "é  ");
  EXPECT_EQ(PadRight("abcd", 2), "abcd");
}

TEST(CodePoints, CountsUtf8Sequences) {
  EXPECT_EQ(CodePoints(""), 0u);
  EXPECT_EQ(CodePoints("abc"), 3u);
  EXPECT_EQ(CodePoints("“é”"), 3u);
}

TEST(OneLine, CollapsesWhitespace) {
  EXPECT_EQ(OneLine("  one\n\ttwo   three \n", 100), "one two three");
}

TEST(OneLine, CutsWithAnEllipsis) {
  EXPECT_EQ(OneLine("abcdef", 6), "abcdef");
  EXPECT_EQ(OneLine("abcdefg", 6), "abcde…");
  EXPECT_EQ(OneLine("ab defg", 4), "ab…");
}

TEST(OneLine, NeverSplitsACodePoint) {
  EXPECT_EQ(OneLine("ééééé", 3), "éé…");
  EXPECT_EQ(OneLine("“quoted”", 2), "“…");
}

}  // namespace
}  // namespace factwire
