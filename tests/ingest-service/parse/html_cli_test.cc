// `factwire analyze` on .html files through the real binary: the extension picks
// text/html, and the page's quotes come out as claims with speakers.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include "factwire/v1/records.pb.h"
#include "google/protobuf/util/json_util.h"
#include "gtest/gtest.h"
#include "tests/ingest-service/parse/html_pages.h"
#include "tests/testing/temp_dir.h"

namespace factwire {
namespace {

std::string Quote(const std::string& s) { return "'" + s + "'"; }

// Runs `factwire analyze ARGS` and parses its output as a Document.
v1::Document Analyze(const std::string& args) {
  const char* binaries = std::getenv("FACTWIRE_BINARY_DIR");
  EXPECT_NE(binaries, nullptr) << "FACTWIRE_BINARY_DIR must name the build directory";
  if (binaries == nullptr) return v1::Document();
  const std::string command =
      Quote(std::string(binaries) + "/cli/factwire") + " analyze " + args;
  FILE* pipe = popen(command.c_str(), "r");
  EXPECT_NE(pipe, nullptr) << command;
  if (pipe == nullptr) return v1::Document();
  std::string out;
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof(buffer), pipe)) > 0) out.append(buffer, n);
  EXPECT_EQ(pclose(pipe), 0) << command;
  v1::Document doc;
  EXPECT_TRUE(google::protobuf::util::JsonStringToMessage(out, &doc).ok()) << out;
  return doc;
}

void Write(const std::filesystem::path& path, const std::string& content) {
  std::ofstream(path, std::ios::binary) << content;
}

TEST(HtmlCli, AnalyzeHtmlFileExtractsQuotesWithSpeakers) {
  TempDir dir;
  Write(dir.File("harbour.html"), testing_pages::kArticlePage);
  const v1::Document doc = Analyze(Quote(dir.File("harbour.html").string()));
  EXPECT_EQ(doc.media_type(), "text/html");
  EXPECT_EQ(doc.external_id(), "harbour.html");
  EXPECT_EQ(doc.headline(),
            "Harbour clean-up will cost \xC2\xA3"
            "48m");
  ASSERT_EQ(doc.authors_size(), 1);
  EXPECT_EQ(doc.authors(0), "Priya Natarajan");
  EXPECT_EQ(doc.text().find('<'), std::string::npos) << "markup left in the text";
  bool quoted = false;
  for (const v1::Claim& claim : doc.claims()) {
    if (claim.text().find("That ends now") != std::string::npos) {
      quoted = claim.speaker().find("Marsh") != std::string::npos;
    }
  }
  EXPECT_TRUE(quoted);
}

TEST(HtmlCli, UppercaseHtmExtensionAndMediaTypeFlag) {
  TempDir dir;
  Write(dir.File("PAGE.HTM"), testing_pages::kLegacyPage);
  EXPECT_EQ(Analyze(Quote(dir.File("PAGE.HTM").string())).media_type(), "text/html");
  // --media-type wins over the extension: the markup is then plain text.
  const v1::Document plain =
      Analyze("--media-type text/plain " + Quote(dir.File("PAGE.HTM").string()));
  EXPECT_EQ(plain.media_type(), "text/plain");
  EXPECT_NE(plain.text().find("<BODY"), std::string::npos);
}

}  // namespace
}  // namespace factwire
