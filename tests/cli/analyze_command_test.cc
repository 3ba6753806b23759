#include "cli/analyze_command.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "cli/ingest_files.h"
#include "gtest/gtest.h"
#include "tests/testing/temp_dir.h"

namespace factwire {
namespace {

namespace fs = std::filesystem;

constexpr char kArticle[] =
    "Harbor plan approved\n"
    "\n"
    "The council approved a $48 million plan to clean up the harbor.\n";

// `factwire analyze FILE` gives the document the external_id `factwire ingest`
// sends for the same file argument (its name), not the path as typed.
TEST(RunAnalyze, AFileGetsTheExternalIdIngestSends) {
  TempDir dir;
  const fs::path file = dir.File("sub") / "harbor.txt";
  fs::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary) << kArticle;
  AnalyzeOptions options;
  options.file = file.string();
  std::istringstream in;
  std::ostringstream out;
  std::ostringstream err;
  ASSERT_EQ(RunAnalyze(options, in, out, err), 0) << err.str();

  absl::StatusOr<std::vector<IngestFile>> ingested = CollectIngestFiles({file.string()});
  ASSERT_TRUE(ingested.ok()) << ingested.status();
  ASSERT_EQ(ingested->size(), 1u);
  EXPECT_EQ((*ingested)[0].external_id, "harbor.txt");
  EXPECT_NE(out.str().find("\"externalId\": \"harbor.txt\""), std::string::npos)
      << out.str();
  EXPECT_EQ(out.str().find(file.parent_path().string()), std::string::npos) << out.str();
}

TEST(RunAnalyze, StandardInputHasNoExternalId) {
  AnalyzeOptions options;
  options.file = "-";
  std::istringstream in(kArticle);
  std::ostringstream out;
  std::ostringstream err;
  ASSERT_EQ(RunAnalyze(options, in, out, err), 0) << err.str();
  EXPECT_EQ(out.str().find("externalId"), std::string::npos) << out.str();
}

}  // namespace
}  // namespace factwire
