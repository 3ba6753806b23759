#include "cli/client_flags.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace factwire {
namespace {

using Args = std::vector<std::string>;

TEST(ParseFlags, ValuesSwitchesAndPositionals) {
  std::string query;
  std::string filter;
  bool json = false;
  Args positional;
  const FlagSpec spec = {{{"--query", &query}, {"--filter", &filter}},
                         {{"--json", &json}}};
  ASSERT_TRUE(ParseFlags({"harbor", "--query=h:1", "--filter", "kind = \"X\"", "--json",
                          "-", "--", "--not-a-flag"},
                         spec, &positional)
                  .ok());
  EXPECT_EQ(query, "h:1");
  EXPECT_EQ(filter, "kind = \"X\"");
  EXPECT_TRUE(json);
  EXPECT_EQ(positional, (Args{"harbor", "-", "--not-a-flag"}));
}

TEST(ParseFlags, RejectsUnknownFlagsMissingValuesAndValuedSwitches) {
  std::string query;
  bool json = false;
  Args positional;
  const FlagSpec spec = {{{"--query", &query}}, {{"--json", &json}}};
  absl::Status status = ParseFlags({"--jsn"}, spec, &positional);
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(status.message(), "unknown flag --jsn");
  EXPECT_EQ(ParseFlags({"--query"}, spec, &positional).message(),
            "--query needs a value");
  EXPECT_EQ(ParseFlags({"--json=yes"}, spec, &positional).message(),
            "--json takes no value");
}

TEST(ParseIngestFlags, AddressAndPaths) {
  absl::StatusOr<IngestOptions> options =
      ParseIngestFlags({"a.txt", "--ingest", "h:9", "dir"});
  ASSERT_TRUE(options.ok()) << options.status();
  EXPECT_EQ(options->address, "h:9");
  EXPECT_EQ(options->paths, (Args{"a.txt", "dir"}));
  EXPECT_EQ(ParseIngestFlags({"a.txt"})->address, kDefaultIngestAddress);
}

TEST(ParseIngestFlags, NeedsAPathAndAnAddress) {
  EXPECT_FALSE(ParseIngestFlags({}).ok());
  EXPECT_FALSE(ParseIngestFlags({"--ingest=", "a.txt"}).ok());
  EXPECT_FALSE(ParseIngestFlags({"--query=h:1", "a.txt"}).ok());
}

TEST(ParseClaimsFlags, WordsFilterJson) {
  absl::StatusOr<ClaimsOptions> options =
      ParseClaimsFlags({"--json", "harbor", "plan", "--filter=source = \"jane-roe\""});
  ASSERT_TRUE(options.ok()) << options.status();
  EXPECT_EQ(options->address, kDefaultQueryAddress);
  EXPECT_TRUE(options->json);
  EXPECT_EQ(options->words, (Args{"harbor", "plan"}));
  EXPECT_EQ(options->filter, "source = \"jane-roe\"");
  EXPECT_EQ(options->order_by, "");
  EXPECT_EQ(ParseClaimsFlags({"--order-by", "publish_time desc"})->order_by,
            "publish_time desc");
}

TEST(ParseFiguresFlags, ParentAndNoPositionals) {
  absl::StatusOr<FiguresOptions> options =
      ParseFiguresFlags({"--parent", "documents/d1"});
  ASSERT_TRUE(options.ok()) << options.status();
  EXPECT_EQ(options->parent, "documents/d1");
  EXPECT_EQ(ParseFiguresFlags({"--order-by=value desc"})->order_by, "value desc");
  EXPECT_FALSE(ParseFiguresFlags({"deaths"}).ok());
}

TEST(ParseSourcesFlags, ListOrOneName) {
  EXPECT_EQ(ParseSourcesFlags({})->name, "");
  EXPECT_EQ(ParseSourcesFlags({"jane-roe"})->name, "jane-roe");
  EXPECT_FALSE(ParseSourcesFlags({"a", "b"}).ok());
  EXPECT_EQ(ParseSourcesFlags({"--order-by=name"})->order_by, "name");
  EXPECT_FALSE(ParseSourcesFlags({"a", "--order-by=name"}).ok());
  EXPECT_FALSE(ParseSourcesFlags({"a", "--filter=type = \"PERSON\""}).ok());
}

TEST(ParseDocFlags, ExactlyOneName) {
  absl::StatusOr<DocOptions> options =
      ParseDocFlags({"--json", "documents/d1", "--query=h:2"});
  ASSERT_TRUE(options.ok()) << options.status();
  EXPECT_EQ(options->name, "documents/d1");
  EXPECT_EQ(options->address, "h:2");
  EXPECT_TRUE(options->json);
  EXPECT_FALSE(ParseDocFlags({}).ok());
  EXPECT_FALSE(ParseDocFlags({"a", "b"}).ok());
}

}  // namespace
}  // namespace factwire
