#include "cli/ingest_files.h"

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/testing/temp_dir.h"

namespace factwire {
namespace {

namespace fs = std::filesystem;

class IngestFilesTest : public ::testing::Test {
 protected:
  std::string Write(const std::string& relative) {
    const fs::path path = root_ / relative;
    fs::create_directories(path.parent_path());
    std::ofstream(path) << "Headline\n\nBody.\n";
    return path.string();
  }

  TempDir dir_;
  const fs::path root_ = dir_.path();
};

std::vector<std::string> ExternalIds(const std::vector<IngestFile>& files) {
  std::vector<std::string> ids;
  for (const IngestFile& file : files) ids.push_back(file.external_id);
  return ids;
}

TEST_F(IngestFilesTest, DirectoriesGiveSortedTxtFilesRelativeToTheArgument) {
  Write("b.txt");
  Write("a.txt");
  Write("sub/c.txt");
  Write("notes.md");
  Write(".hidden.txt");
  Write(".git/d.txt");
  absl::StatusOr<std::vector<IngestFile>> files = CollectIngestFiles({root_.string()});
  ASSERT_TRUE(files.ok()) << files.status();
  EXPECT_EQ(ExternalIds(*files),
            (std::vector<std::string>{"a.txt", "b.txt", "sub/c.txt"}));
  EXPECT_EQ((*files)[2].path, (root_ / "sub/c.txt").string());
  EXPECT_EQ((*files)[2].media_type, "text/plain");
}

TEST_F(IngestFilesTest, DirectoriesAlsoGiveWebPagesWithTheirMediaTypes) {
  Write("b.html");
  Write("a.txt");
  Write("sub/c.HTM");
  Write("sub/d.xhtml");
  Write("styles.css");
  Write("page.html.bak");
  absl::StatusOr<std::vector<IngestFile>> files = CollectIngestFiles({root_.string()});
  ASSERT_TRUE(files.ok()) << files.status();
  EXPECT_EQ(ExternalIds(*files),
            (std::vector<std::string>{"a.txt", "b.html", "sub/c.HTM", "sub/d.xhtml"}));
  EXPECT_EQ((*files)[0].media_type, "text/plain");
  EXPECT_EQ((*files)[1].media_type, "text/html");
  EXPECT_EQ((*files)[2].media_type, "text/html");
  EXPECT_EQ((*files)[3].media_type, "application/xhtml+xml");
}

TEST_F(IngestFilesTest, AFileArgumentIsSentAsItsFileNameWhateverItsExtension) {
  const std::string page = Write("sub/page.HTML");
  const std::string text = Write("sub/c.txt");
  absl::StatusOr<std::vector<IngestFile>> files = CollectIngestFiles({page, text});
  ASSERT_TRUE(files.ok()) << files.status();
  ASSERT_EQ(files->size(), 2u);
  EXPECT_EQ((*files)[0].path, page);
  EXPECT_EQ((*files)[0].external_id, "page.HTML");
  EXPECT_EQ((*files)[0].media_type, "text/html");
  EXPECT_EQ((*files)[1].external_id, "c.txt");
}

TEST_F(IngestFilesTest, AMissingArgumentIsNotFound) {
  absl::StatusOr<std::vector<IngestFile>> files =
      CollectIngestFiles({(root_ / "missing.txt").string()});
  EXPECT_EQ(files.status().code(), absl::StatusCode::kNotFound);
  EXPECT_NE(files.status().message().find("missing.txt"), std::string::npos);
}

TEST_F(IngestFilesTest, AnEmptyDirectoryGivesNoFiles) {
  absl::StatusOr<std::vector<IngestFile>> files = CollectIngestFiles({root_.string()});
  ASSERT_TRUE(files.ok()) << files.status();
  EXPECT_TRUE(files->empty());
}

TEST(ExternalIdForFile, IsTheFileName) {
  EXPECT_EQ(ExternalIdForFile("dir/sub/a.txt"), "a.txt");
  EXPECT_EQ(ExternalIdForFile("/abs/page.HTML"), "page.HTML");
  EXPECT_EQ(ExternalIdForFile("a.txt"), "a.txt");
}

TEST(MediaTypeForPath, ByExtension) {
  EXPECT_EQ(MediaTypeForPath("a/b.txt"), "text/plain");
  EXPECT_EQ(MediaTypeForPath("a/b.htm"), "text/html");
  EXPECT_EQ(MediaTypeForPath("a/b.Html"), "text/html");
  EXPECT_EQ(MediaTypeForPath("a/b.XHTML"), "application/xhtml+xml");
  EXPECT_EQ(MediaTypeForPath("README"), "text/plain");
}

}  // namespace
}  // namespace factwire
