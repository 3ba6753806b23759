// factwire-bench-extract: analyzes a corpus in-process on one thread, --repeat
// times, and prints one JSON line: article megabytes per CPU second of the best
// pass (parse + extract + records, what `factwire analyze` does before printing),
// plus a digest of the serialized documents so two builds can be compared for
// identical output.
//
//   taskset -c 0 factwire-bench-extract --corpus=bench/out/corpus-6mb.jsonl --repeat=5
#include <cstdio>
#include <ctime>
#include <functional>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/status/statusor.h"
#include "bench/corpus.h"
#include "bench/json_line.h"

ABSL_FLAG(std::string, corpus, "", "analyze JSON Lines corpus (gen_corpus.py)");
ABSL_FLAG(int, limit, 0, "documents to use (0 = all)");
ABSL_FLAG(int, repeat, 3, "passes over the corpus; the fastest counts");

namespace factwire {
namespace {

int Fail(const std::string& message) {
  std::fprintf(stderr, "factwire-bench-extract: %s\n", message.c_str());
  return 1;
}

// One pass: analyzes every input; adds the documents' digest to `digest` and the
// failures to `failed`. Returns the CPU seconds Analyze() took (the digest's
// serialization is not counted).
double Pass(const Analyzer& analyzer, const std::vector<AnalyzeInput>& inputs,
            size_t* digest, int* failed) {
  std::string bytes;
  double seconds = 0;
  for (const AnalyzeInput& input : inputs) {
    const double start = CpuSeconds();
    absl::StatusOr<v1::Document> document = analyzer.Analyze(input);
    seconds += CpuSeconds() - start;
    if (!document.ok()) {
      ++*failed;
      continue;
    }
    bytes.clear();
    document->SerializeToString(&bytes);
    *digest = *digest * 1000003 ^ std::hash<std::string>()(bytes);  // stable per build
  }
  return seconds;
}

int Run() {
  absl::StatusOr<std::vector<AnalyzeInput>> inputs =
      ReadCorpus(absl::GetFlag(FLAGS_corpus), absl::GetFlag(FLAGS_limit));
  if (!inputs.ok()) return Fail(inputs.status().ToString());
  absl::StatusOr<std::unique_ptr<Analyzer>> analyzer = Analyzer::Create();
  if (!analyzer.ok()) return Fail(analyzer.status().ToString());
  const double bytes = CorpusBytes(*inputs);

  double best = 1e300, total = 0;
  size_t digest = 0;
  int failed = 0;
  const int repeat = std::max(1, absl::GetFlag(FLAGS_repeat));
  for (int r = 0; r < repeat; ++r) {
    size_t pass_digest = 0;
    failed = 0;
    const double seconds = Pass(**analyzer, *inputs, &pass_digest, &failed);
    best = std::min(best, seconds);
    total += seconds;
    digest = pass_digest;
  }
  char hex[17];
  std::snprintf(hex, sizeof(hex), "%016zx", digest);
  JsonLine line;
  line.Set("documents", inputs->size()).Set("failed", failed).Set("mb", bytes / 1e6);
  line.Set("repeat", repeat).Set("best_cpu_s", best).Set("mean_cpu_s", total / repeat);
  line.Set("mb_per_cpu_s", bytes / 1e6 / best);
  line.Set("digest", std::string(hex));
  std::printf("%s\n", line.ToString().c_str());
  return 0;
}

}  // namespace
}  // namespace factwire

int main(int argc, char** argv) {
  absl::ParseCommandLine(argc, argv);
  return factwire::Run();
}
