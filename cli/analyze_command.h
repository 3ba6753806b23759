#ifndef FACTWIRE_CLI_ANALYZE_COMMAND_H_
#define FACTWIRE_CLI_ANALYZE_COMMAND_H_

#include <iosfwd>
#include <string>

namespace factwire {

// Options of `factwire analyze`.
struct AnalyzeOptions {
  // JSON Lines mode (DESIGN §7): each input line is {"id","media_type","content"}
  // (one JSON object, read by ParseAnalyzeRequestLine); each output line is the
  // Document as proto3 JSON (external_id = id), the bytes protobuf's
  // MessageToJsonString writes, or {"id":…,"error":{"code":…,"message":…}} with the
  // line's id ("" if the line broke before its id). A bad line never stops the run.
  bool jsonl = false;
  // The input file; "" or "-" reads standard input. Without --jsonl the whole input
  // is one document whose external_id is the file's name (ExternalIdForFile, as
  // `factwire ingest` sends it), or "" for standard input.
  std::string file;
  // Media type of the single document (without --jsonl).
  std::string media_type = "text/plain";
  // Worker threads of --jsonl mode; each parses, analyzes and prints whole lines.
  // The output bytes are the same for every value; 1 (or less) uses no extra thread.
  int threads = 1;
};

// RunAnalyze()
//
// Runs parse + extract locally (no services needed) and writes proto3 JSON to `out`.
// Returns the process exit code: 0 on success (in --jsonl mode, even when some lines
// were rejected), 1 if the input can't be read or the single document is rejected
// (the reason goes to `err`).
int RunAnalyze(const AnalyzeOptions& options, std::istream& in, std::ostream& out,
               std::ostream& err);

}  // namespace factwire

#endif  // FACTWIRE_CLI_ANALYZE_COMMAND_H_
