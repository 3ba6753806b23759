#ifndef FACTWIRE_BENCH_CORPUS_H_
#define FACTWIRE_BENCH_CORPUS_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "ingest-service/analyzer.h"

namespace factwire {

// ReadCorpus()
//
// The documents of an analyze JSON Lines file (lines {"id","media_type",
// "content"}, as bench/gen_corpus.py writes them), at most `limit` of them
// (0 = all). kNotFound if the file cannot be read; kInvalidArgument naming the
// line number for a line that is not such an object.
absl::StatusOr<std::vector<AnalyzeInput>> ReadCorpus(const std::string& path,
                                                     size_t limit);

// CpuSeconds()
//
// CPU seconds this process has used so far, all threads.
double CpuSeconds();

// CorpusBytes()
//
// The bytes of content of `inputs`, summed.
double CorpusBytes(const std::vector<AnalyzeInput>& inputs);

}  // namespace factwire

#endif  // FACTWIRE_BENCH_CORPUS_H_
