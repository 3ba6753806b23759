// factwire-bench-archive: analyzes a corpus in-process (N threads), then stores
// every document with Store::Put (one writer), timing the two phases apart. It
// builds the archives the query benchmark reads and gives the ingest
// benchmark its references: extraction alone and raw Put of the same records.
//
//   factwire-bench-archive --corpus=corpus.jsonl --store=/tmp/a.db --threads=2 --targets=/tmp/a.targets.json
//
// Prints one JSON line of measurements; writes sampled ids to --targets.
#include <atomic>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/status/statusor.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "bench/corpus.h"
#include "google/protobuf/util/json_util.h"
#include "bench/json_line.h"
#include "store/store.h"

ABSL_FLAG(std::string, corpus, "", "analyze JSON Lines corpus (gen_corpus.py)");
ABSL_FLAG(std::string, store, "", "SQLite file to create (must not exist)");
ABSL_FLAG(int, threads, 2, "analyzer threads");
ABSL_FLAG(int, limit, 0, "documents to use (0 = all)");
ABSL_FLAG(std::string, targets, "", "where to write sampled ids (JSON)");
ABSL_FLAG(int, samples, 2000, "ids to sample of each kind for --targets");
ABSL_FLAG(bool, put, true,
          "store with Store::Put one document at a time (the raw Put "
          "reference; false leaves the --store empty)");
ABSL_FLAG(int, batch, 0,
          "also store the same documents into a second fresh store (--store "
          "with .batch appended) with Store::PutBatch, this many per "
          "transaction, and report put_batch_docs_per_s (0 = skip)");
ABSL_FLAG(bool, json_print, false,
          "also time printing every document as JSON (one thread), with and "
          "without always_print_primitive_fields (what analyze --jsonl uses)");

namespace factwire {
namespace {

using Documents = std::vector<std::optional<v1::Document>>;

int Fail(const std::string& message) {
  std::fprintf(stderr, "factwire-bench-archive: %s\n", message.c_str());
  return 1;
}

// Analyzes every input on `threads` threads; nullopt where analysis failed.
Documents AnalyzeAll(const Analyzer& analyzer,
                     const std::vector<AnalyzeInput>& inputs, int threads) {
  Documents documents(inputs.size());
  std::atomic<size_t> next{0};
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t) {
    pool.emplace_back([&] {
      for (size_t i = next++; i < inputs.size(); i = next++) {
        absl::StatusOr<v1::Document> document = analyzer.Analyze(inputs[i]);
        if (document.ok()) documents[i] = *std::move(document);
      }
    });
  }
  for (std::thread& thread : pool) thread.join();
  return documents;
}

// Removes `path` and its WAL files, if any.
void RemoveStore(const std::string& path) {
  for (const char* suffix : {"", "-wal", "-shm"}) {
    std::filesystem::remove(path + suffix);
  }
}

// Stores every document into a fresh store at `path` with PutBatch, `batch`
// per call; (stored, seconds).
absl::StatusOr<std::pair<int, double>> PutBatches(const Documents& documents,
                                                  const std::string& path,
                                                  int batch) {
  RemoveStore(path);
  StoreOptions options;
  options.path = path;
  absl::StatusOr<std::unique_ptr<Store>> store = Store::Open(options);
  if (!store.ok()) return store.status();
  absl::Time start = absl::Now();
  int stored = 0;
  std::vector<PutItem> items;
  for (size_t i = 0; i < documents.size(); ++i) {
    if (documents[i]) items.push_back(PutItem{*documents[i], std::nullopt});
    if (items.size() < static_cast<size_t>(batch) && i + 1 < documents.size()) {
      continue;
    }
    for (const absl::StatusOr<PutResult>& put :
         (*store)->PutBatch(std::move(items))) {
      if (put.ok()) ++stored;
    }
    items.clear();
  }
  store->reset();
  double seconds = absl::ToDoubleSeconds(absl::Now() - start);
  RemoveStore(path);
  return std::make_pair(stored, seconds);
}

// Seconds to print every document as JSON with `primitive` fields forced.
double JsonPrintSeconds(const Documents& documents, bool primitive) {
  google::protobuf::util::JsonPrintOptions options;
  options.always_print_primitive_fields = primitive;
  absl::Time start = absl::Now();
  std::string json;
  for (const std::optional<v1::Document>& document : documents) {
    json.clear();
    if (document) (void)google::protobuf::util::MessageToJsonString(*document, &json, options);
  }
  return absl::ToDoubleSeconds(absl::Now() - start);
}

// Adds every k-th id to the lists of `targets`, about `samples` of each.
void Sample(const Documents& documents, int samples,
            google::protobuf::Struct& targets) {
  auto list = [&](const char* key) {
    return (*targets.mutable_fields())[key].mutable_list_value();
  };
  size_t step = std::max<size_t>(1, documents.size() / std::max(1, samples));
  for (size_t i = 0; i < documents.size(); i += step) {
    if (!documents[i]) continue;
    const v1::Document& document = *documents[i];
    list("document_ids")->add_values()->set_string_value(document.document_id());
    if (document.claims_size() > 0) {
      const v1::Claim& claim = document.claims(i % document.claims_size());
      list("claim_names")->add_values()->set_string_value(
          "documents/" + document.document_id() + "/claims/" + claim.claim_id());
    }
    if (document.sources_size() > 0) {
      list("source_ids")->add_values()->set_string_value(
          document.sources(i % document.sources_size()).source_id());
    }
  }
}

int Run() {
  absl::StatusOr<std::vector<AnalyzeInput>> inputs =
      ReadCorpus(absl::GetFlag(FLAGS_corpus), absl::GetFlag(FLAGS_limit));
  if (!inputs.ok()) return Fail(inputs.status().ToString());
  absl::StatusOr<std::unique_ptr<Analyzer>> analyzer = Analyzer::Create();
  if (!analyzer.ok()) return Fail(analyzer.status().ToString());
  const double bytes = CorpusBytes(*inputs);

  absl::Time start = absl::Now();
  double cpu = CpuSeconds();
  Documents documents =
      AnalyzeAll(**analyzer, *inputs, absl::GetFlag(FLAGS_threads));
  double analyze_s = absl::ToDoubleSeconds(absl::Now() - start);
  double analyze_cpu_s = CpuSeconds() - cpu;

  StoreOptions options;
  options.path = absl::GetFlag(FLAGS_store);
  absl::StatusOr<std::unique_ptr<Store>> store = Store::Open(options);
  if (!store.ok()) return Fail(store.status().ToString());
  start = absl::Now();
  cpu = CpuSeconds();
  int stored = 0, failed = 0;
  for (const std::optional<v1::Document>& document : documents) {
    if (!document || !absl::GetFlag(FLAGS_put)) continue;
    absl::StatusOr<PutResult> put = (*store)->Put(*document);
    put.ok() ? ++stored : ++failed;
  }
  double put_s = absl::ToDoubleSeconds(absl::Now() - start);
  store->reset();
  double put_cpu_s = CpuSeconds() - cpu;

  JsonLine line;
  line.Set("documents", inputs->size()).Set("mb", bytes / 1e6);
  line.Set("analyze_s", analyze_s).Set("analyze_docs_per_s", inputs->size() / analyze_s);
  line.Set("analyze_mb_per_s", bytes / 1e6 / analyze_s);
  line.Set("stored", stored).Set("put_failed", failed).Set("put_s", put_s);
  line.Set("put_docs_per_s", stored / put_s);
  line.Set("analyze_cpu_s", analyze_cpu_s).Set("put_cpu_s", put_cpu_s);
  if (absl::GetFlag(FLAGS_batch) > 0) {
    cpu = CpuSeconds();
    absl::StatusOr<std::pair<int, double>> batched = PutBatches(
        documents, options.path + ".batch", absl::GetFlag(FLAGS_batch));
    if (!batched.ok()) return Fail(batched.status().ToString());
    line.Set("put_batch", absl::GetFlag(FLAGS_batch));
    line.Set("put_batch_s", batched->second);
    line.Set("put_batch_docs_per_s", batched->first / batched->second);
    line.Set("put_batch_cpu_s", CpuSeconds() - cpu);
  }
  if (absl::GetFlag(FLAGS_json_print)) {
    line.Set("json_print_s", JsonPrintSeconds(documents, false));
    line.Set("json_print_primitive_s", JsonPrintSeconds(documents, true));
  }
  line.Set("store_bytes", std::filesystem::file_size(options.path));
  std::printf("%s\n", line.ToString().c_str());

  if (!absl::GetFlag(FLAGS_targets).empty()) {
    JsonLine targets;
    Sample(documents, absl::GetFlag(FLAGS_samples), targets.object());
    std::ofstream(absl::GetFlag(FLAGS_targets)) << targets.ToString() << "\n";
  }
  return failed == 0 ? 0 : 1;
}

}  // namespace
}  // namespace factwire

int main(int argc, char** argv) {
  absl::ParseCommandLine(argc, argv);
  return factwire::Run();
}
