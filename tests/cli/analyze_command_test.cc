#include "cli/analyze_command.h"

#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <ext/stdio_filebuf.h>
#include <filesystem>
#include <fstream>
#include <memory>
#include <mutex>
#include <sstream>
#include <streambuf>
#include <string>
#include <thread>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "cli/ingest_files.h"
#include "cli/ordered_lines.h"
#include "google/protobuf/struct.pb.h"
#include "google/protobuf/util/json_util.h"
#include "gtest/gtest.h"
#include "ingest-service/analyzer.h"
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

// One JSONL input line {"id","media_type","content"}.
std::string InputLine(const std::string& id, const std::string& media_type,
                      const std::string& content) {
  google::protobuf::Struct line;
  (*line.mutable_fields())["id"].set_string_value(id);
  (*line.mutable_fields())["media_type"].set_string_value(media_type);
  (*line.mutable_fields())["content"].set_string_value(content);
  std::string json;
  EXPECT_TRUE(google::protobuf::util::MessageToJsonString(line, &json).ok());
  return json;
}

// What line i of MixedInput() is: an article, a line that is not JSON, or a
// document the analyzer rejects.
enum class LineKind { kArticle, kNotJson, kRejected };

LineKind KindOf(int i) {
  if (i % 7 == 3) return LineKind::kNotJson;
  if (i % 5 == 4) return LineKind::kRejected;
  return LineKind::kArticle;
}

// 40 lines of every kind, articles of different lengths, and blank lines between.
std::string MixedInput() {
  std::string input;
  for (int i = 0; i < 40; ++i) {
    const std::string id = absl::StrCat("doc-", i);
    switch (KindOf(i)) {
      case LineKind::kArticle: {
        std::string article = absl::StrCat("Budget item ", i, "\n\n");
        for (int j = 0; j <= i % 6; ++j) {
          absl::StrAppend(&article, "\"We will spend $", i + j,
                          " million on roads,\" said Mayor Ana Ortiz. The council "
                          "approved ",
                          j + 2, " percent more for schools.\n");
        }
        absl::StrAppend(&input, InputLine(id, "text/plain", article), "\n");
        break;
      }
      case LineKind::kNotJson:
        absl::StrAppend(&input, "{\"id\": \"", id, "\", not json\n");
        break;
      case LineKind::kRejected:
        absl::StrAppend(&input, InputLine(id, "image/png", "not an article"), "\n");
        break;
    }
    if (i % 9 == 0) input += "  \n";
  }
  return input;
}

std::string AnalyzeJsonLines(const std::string& input, int threads) {
  AnalyzeOptions options;
  options.jsonl = true;
  options.threads = threads;
  std::istringstream in(input);
  std::ostringstream out;
  std::ostringstream err;
  EXPECT_EQ(RunAnalyze(options, in, out, err), 0) << err.str();
  return out.str();
}

// Each output line answers the input line in the same place: articles carry their
// id as externalId, bad lines an error, in input order.
TEST(RunAnalyze, JsonLinesAnswerEveryLineInOrder) {
  const std::string output = AnalyzeJsonLines(MixedInput(), 1);
  std::vector<std::string> lines = absl::StrSplit(output, '\n');
  ASSERT_EQ(lines.size(), 41u) << output;  // 40 lines and the final newline
  EXPECT_EQ(lines.back(), "");
  for (int i = 0; i < 40; ++i) {
    const std::string& line = lines[static_cast<size_t>(i)];
    const std::string id = absl::StrCat("\"doc-", i, "\"");
    switch (KindOf(i)) {
      case LineKind::kArticle:
        EXPECT_NE(line.find(absl::StrCat("\"externalId\":", id)), std::string::npos)
            << i << ": " << line;
        EXPECT_EQ(line.find("\"error\""), std::string::npos) << i << ": " << line;
        break;
      case LineKind::kNotJson:  // the id read before the fault still names it
      case LineKind::kRejected:
        EXPECT_EQ(line.rfind(absl::StrCat("{\"id\":", id,
                                          ",\"error\":{\"code\":\"INVALID_ARGUMENT\","
                                          "\"message\":\""),
                             0),
                  0u)
            << i << ": " << line;
        EXPECT_TRUE(absl::EndsWith(line, "\"}}")) << i << ": " << line;
        break;
    }
  }
}

// An article's line is the analyzer's Document, byte for byte as protobuf's own
// JSON printer writes it.
TEST(RunAnalyze, JsonLinesPrintDocumentsAsProtobufDoes) {
  const std::string article =
      "Caf\xc3\xa9 budget\n\n\xe2\x80\x9cWe will spend $12.5 million,\xe2\x80\x9d said "
      "Mayor Ana Ortiz. <Roads> got 3 percent \"more\".\n";
  const std::string output =
      AnalyzeJsonLines(InputLine("caf\xc3\xa9-1", "text/plain", article) + "\n", 1);
  absl::StatusOr<std::unique_ptr<Analyzer>> analyzer = Analyzer::Create();
  ASSERT_TRUE(analyzer.ok()) << analyzer.status();
  AnalyzeInput input;
  input.content = article;
  input.media_type = "text/plain";
  input.external_id = "caf\xc3\xa9-1";
  absl::StatusOr<v1::Document> document = (*analyzer)->Analyze(input);
  ASSERT_TRUE(document.ok()) << document.status();
  std::string expected;
  ASSERT_TRUE(google::protobuf::util::MessageToJsonString(*document, &expected).ok());
  EXPECT_EQ(output, expected + "\n");
}

// An error line prints the same bytes every time.
TEST(RunAnalyze, JsonLinesErrorsAreStable) {
  const std::string input = InputLine("png", "image/png", "x") + "\nnot json\n";
  const std::string first = AnalyzeJsonLines(input, 1);
  for (int run = 0; run < 20; ++run) EXPECT_EQ(AnalyzeJsonLines(input, 1), first);
}

// Worker threads change nothing in the output, byte for byte.
TEST(RunAnalyze, JsonLinesAreTheSameOnFourThreads) {
  const std::string input = MixedInput();
  const std::string one_thread = AnalyzeJsonLines(input, 1);
  EXPECT_EQ(AnalyzeJsonLines(input, 4), one_thread);
  EXPECT_EQ(AnalyzeJsonLines(input, 2), one_thread);
}

// Output written in several batches (about 256 KiB each): every line once, in
// order, on one thread and on three.
TEST(RunAnalyze, JsonLinesPastOneBatchOfOutput) {
  std::string article = "Harbor plan approved\n\n";
  for (int i = 0; i < 8; ++i) {
    absl::StrAppend(&article, "The council approved a $", 40 + i,
                    " million plan to clean up the harbor, Mayor Ana Ortiz said.\n\n");
  }
  std::string input;
  for (int i = 0; i < 300; ++i) {
    absl::StrAppend(&input, InputLine(absl::StrCat("doc-", i), "text/plain", article), "\n");
  }
  const std::string output = AnalyzeJsonLines(input, 1);
  EXPECT_GT(output.size(), size_t{3} << 18);  // more than three batches
  std::vector<std::string> lines = absl::StrSplit(output, '\n');
  ASSERT_EQ(lines.size(), 301u);
  for (int i = 0; i < 300; ++i) {
    EXPECT_NE(lines[static_cast<size_t>(i)].find(absl::StrCat("\"externalId\":\"doc-", i, "\"")),
              std::string::npos)
        << i;
  }
  EXPECT_EQ(AnalyzeJsonLines(input, 3), output);
}

// More threads than lines, and no lines at all.
TEST(RunAnalyze, JsonLinesWithFewLines) {
  const std::string input = InputLine("only", "text/plain", kArticle) + "\n";
  EXPECT_EQ(AnalyzeJsonLines(input, 8), AnalyzeJsonLines(input, 1));
  EXPECT_EQ(AnalyzeJsonLines("", 4), "");
  EXPECT_EQ(AnalyzeJsonLines("\n \n", 4), "");
}

// An output that counts the lines flushed to it, for a test to wait on.
class FlushedLines : public std::streambuf {
 public:
  // True once `lines` lines were flushed; false if that takes longer than 30 s.
  bool WaitFor(int lines) {
    std::unique_lock<std::mutex> lock(mu_);
    return flushed_cv_.wait_for(lock, std::chrono::seconds(30),
                                [&] { return flushed_ >= lines; });
  }

 protected:
  int overflow(int c) override {
    if (c != traits_type::eof()) pending_.push_back(static_cast<char>(c));
    return c;
  }
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    pending_.append(s, static_cast<size_t>(n));
    return n;
  }
  int sync() override {
    std::lock_guard<std::mutex> lock(mu_);
    for (const char c : pending_) flushed_ += c == '\n' ? 1 : 0;
    pending_.clear();
    flushed_cv_.notify_all();
    return 0;
  }

 private:
  std::string pending_;  // written, not yet flushed (the writing thread's)
  std::mutex mu_;
  std::condition_variable flushed_cv_;
  int flushed_ = 0;
};

// A caller that sends a line through a pipe and waits for its answer gets it
// before it sends the next, on one thread and on several.
TEST(TransformLinesInOrder, AnswersEachLineBeforeWaitingForTheNext) {
  for (const int threads : {1, 2}) {
    int fds[2];
    ASSERT_EQ(pipe(fds), 0);
    __gnu_cxx::stdio_filebuf<char> read_end(fds[0], std::ios::in);
    std::istream in(&read_end);
    FlushedLines flushed;
    std::ostream out(&flushed);
    std::thread transformer([&] {
      TransformLinesInOrder(in, out, threads, [](const std::string& line, JsonBuffer* result) {
        result->append(line.data(), line.size());
      });
    });
    for (int line = 1; line <= 3; ++line) {
      ASSERT_EQ(write(fds[1], "line\n", 5), 5);
      EXPECT_TRUE(flushed.WaitFor(line)) << threads << " threads, line " << line;
    }
    close(fds[1]);
    transformer.join();
  }
}


// An output that keeps the size of each write made to it.
class WriteSizes : public std::streambuf {
 public:
  const std::vector<size_t>& sizes() const { return sizes_; }
  size_t total() const {
    size_t sum = 0;
    for (const size_t size : sizes_) sum += size;
    return sum;
  }

 protected:
  int overflow(int c) override {
    if (c != traits_type::eof()) sizes_.push_back(1);
    return c;
  }
  std::streamsize xsputn(const char*, std::streamsize n) override {
    sizes_.push_back(static_cast<size_t>(n));
    return n;
  }

 private:
  std::vector<size_t> sizes_;
};

// While more input is at hand, output goes out in whole multiples of
// kOutputBatchBytes (the page cache of a file written from its start then fills
// whole aligned pieces), however the lines fall; the rest goes out at the end.
TEST(TransformLinesInOrder, WritesWholeBatchesWhileInputIsAtHand) {
  std::string input;
  for (int i = 0; i < 400; ++i) absl::StrAppend(&input, "line ", i, "\n");
  for (const int threads : {1, 3}) {
    std::istringstream in(input);
    WriteSizes writes;
    std::ostream out(&writes);
    // Lines of 3,001 bytes: no batch boundary falls between two lines.
    TransformLinesInOrder(in, out, threads, [](const std::string& line, JsonBuffer* result) {
      const std::string text = line + std::string(3000 - line.size(), '.');
      result->append(text.data(), text.size());
    });
    ASSERT_EQ(writes.total(), 400u * 3001u) << threads << " threads";
    ASSERT_GE(writes.sizes().size(), 4u) << threads << " threads";
    for (size_t i = 0; i + 1 < writes.sizes().size(); ++i) {
      EXPECT_EQ(writes.sizes()[i] % kOutputBatchBytes, 0u)
          << threads << " threads, write " << i << " of " << writes.sizes()[i] << " bytes";
    }
  }
}

// A line larger than the kept room (4 MiB) passes whole, before and after the
// bytes that wait for the next write, on one thread and on two.
TEST(TransformLinesInOrder, AHugeLineBetweenSmallOnesPassesWhole) {
  const std::string input = "a\nbig\nc\n";
  std::string want = "a\n" + std::string(size_t{5} << 20, 'b') + "\nc\n";
  for (const int threads : {1, 2}) {
    std::istringstream in(input);
    std::ostringstream out;
    TransformLinesInOrder(in, out, threads, [](const std::string& line, JsonBuffer* result) {
      const std::string text = line == "big" ? std::string(size_t{5} << 20, 'b') : line;
      result->append(text.data(), text.size());
    });
    EXPECT_TRUE(out.str() == want) << threads << " threads, " << out.str().size() << " bytes";
  }
}

}  // namespace
}  // namespace factwire
