#include "cli/analyze_command.h"

#include <fcntl.h>  // F_SETPIPE_SZ (g++ defines _GNU_SOURCE)
#include <sys/stat.h>
#include <unistd.h>

#include <ext/stdio_filebuf.h>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <utility>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "cli/analyze_request_line.h"
#include "cli/document_json.h"
#include "cli/ingest_files.h"
#include "cli/json_text.h"
#include "cli/ordered_lines.h"
#include "google/protobuf/util/json_util.h"
#include "ingest-service/analyzer.h"

namespace factwire {
namespace {

using google::protobuf::util::JsonPrintOptions;
using google::protobuf::util::MessageToJsonString;

// Appends {"id":…,"error":{"code":"INVALID_ARGUMENT","message":…}} for a rejected
// line.
void AppendErrorLine(const std::string& id, const absl::Status& status, JsonBuffer* out) {
  std::string line = "{\"id\":";
  AppendJsonString(id, &line);
  line += ",\"error\":{\"code\":";
  AppendJsonString(absl::StatusCodeToString(status.code()), &line);
  line += ",\"message\":";
  AppendJsonString(status.message(), &line);
  line += "}}";
  out->append(line.data(), line.size());
}

// The printer of every output Document: its plans are built once per run.
const DocumentJsonPrinter& DocumentPrinter() {
  static const DocumentJsonPrinter* const printer = new DocumentJsonPrinter();
  return *printer;
}

// Frees the room of `text` if it holds more than a few MiB, so one huge line does
// not pin its size for the thread's lifetime.
void ReleaseIfHuge(std::string* text) {
  constexpr size_t kKeptBytes = size_t{4} << 20;
  if (text->capacity() > kKeptBytes) std::string().swap(*text);
}

// Appends the output line for one JSONL input line to `*out`.
void AnalyzeLine(const Analyzer& analyzer, const std::string& line, JsonBuffer* out) {
  // The thread's request and input, reused line after line: their strings keep
  // their room (the content is swapped between them, not copied), and the input's
  // metadata Document is made once.
  thread_local AnalyzeRequestLine request;
  thread_local AnalyzeInput input;
  struct ReleaseAtExit {
    ~ReleaseAtExit() {
      ReleaseIfHuge(&request.content);
      ReleaseIfHuge(&input.content);
    }
  } release;
  absl::Status parsed = ParseAnalyzeRequestLine(line, &request);
  if (!parsed.ok()) {
    AppendErrorLine(request.id, parsed, out);
    return;
  }
  input.content.swap(request.content);
  input.media_type.swap(request.media_type);
  input.external_id = request.id;
  input.content_is_utf8 = true;  // ParseAnalyzeRequestLine accepts only UTF-8 strings
  // Each worker thread fills one document line after line: AnalyzeInto reuses
  // its claim, figure and source messages and their strings' room, so most
  // records cost no allocation.
  thread_local v1::Document document;
  absl::Status analyzed = analyzer.AnalyzeInto(input, &document);
  if (!analyzed.ok()) {
    AppendErrorLine(request.id, analyzed, out);
    return;
  }
  // Zero values are omitted, except Figure.value, which has explicit presence.
  // On failure the printer leaves `*out` as it was.
  if (!DocumentPrinter().Append(document, out).ok()) {
    AppendErrorLine(request.id,
                    absl::InternalError("document could not be printed as JSON"), out);
  }
}

// If standard output is a pipe, asks for a pipe buffer of 1 MiB instead of the
// usual 64 KiB: megabytes of JSON then pass with far fewer waits for the reader
// (each a sleep and a wake-up, CPU spent by this process). Harmless if refused.
void EnlargeStdoutPipe() {
  struct stat st;
  if (fstat(STDOUT_FILENO, &st) == 0 && S_ISFIFO(st.st_mode)) {
    (void)fcntl(STDOUT_FILENO, F_SETPIPE_SZ, 1 << 20);
  }
}

// Bytes of input read per call.
constexpr size_t kInputBufferBytes = size_t{1} << 20;

// A buffer of kInputBufferBytes over a duplicate of standard input (closed with
// the buffer; standard input stays open), or null if it cannot be made. Only for
// standard input that nothing has read from yet.
std::unique_ptr<__gnu_cxx::stdio_filebuf<char>> LargeStdinBuffer() {
  const int fd = dup(STDIN_FILENO);
  if (fd < 0) return nullptr;
  auto buffer =
      std::make_unique<__gnu_cxx::stdio_filebuf<char>>(fd, std::ios::in, kInputBufferBytes);
  if (!buffer->is_open()) {
    close(fd);
    return nullptr;
  }
  return buffer;
}

int RunJsonLines(const Analyzer& analyzer, int threads, std::istream& in,
                 std::ostream& out) {
  if (&out == &std::cout) EnlargeStdoutPipe();
  TransformLinesInOrder(in, out, threads,
                        [&analyzer](const std::string& line, JsonBuffer* result) {
                          AnalyzeLine(analyzer, line, result);
                        });
  return 0;
}

int RunSingle(const Analyzer& analyzer, const AnalyzeOptions& options, std::istream& in,
              std::ostream& out, std::ostream& err) {
  std::ostringstream content;
  content << in.rdbuf();
  AnalyzeInput input;
  input.content = content.str();
  input.media_type = options.media_type;
  input.external_id = options.file == "-" ? "" : ExternalIdForFile(options.file);
  absl::StatusOr<v1::Document> document = analyzer.Analyze(input);
  if (!document.ok()) {
    err << "factwire analyze: " << document.status().ToString() << '\n';
    return 1;
  }
  JsonPrintOptions print;
  print.add_whitespace = true;
  std::string json;
  (void)MessageToJsonString(*document, &json, print);
  out << json;
  return 0;
}

}  // namespace

int RunAnalyze(const AnalyzeOptions& options, std::istream& in, std::ostream& out,
               std::ostream& err) {
  absl::StatusOr<std::unique_ptr<Analyzer>> analyzer = Analyzer::Create();
  if (!analyzer.ok()) {
    err << "factwire analyze: " << analyzer.status().ToString() << '\n';
    return 1;
  }
  // The input is read kInputBufferBytes at a time: std::cin and std::ifstream read
  // 8 KiB per call, a few hundred calls for megabytes of JSON lines.
  std::unique_ptr<char[]> file_buffer;  // outlives `file`
  std::ifstream file;
  std::unique_ptr<__gnu_cxx::stdio_filebuf<char>> stdin_buffer;
  std::istream stdin_stream(nullptr);
  std::istream* input = &in;
  if (!options.file.empty() && options.file != "-") {
    file_buffer.reset(new char[kInputBufferBytes]);
    file.rdbuf()->pubsetbuf(file_buffer.get(), kInputBufferBytes);  // before open()
    file.open(options.file, std::ios::binary);
    if (!file) {
      err << "factwire analyze: cannot read " << options.file << '\n';
      return 1;
    }
    input = &file;
  } else if (&in == &std::cin) {
    stdin_buffer = LargeStdinBuffer();
    if (stdin_buffer != nullptr) {
      stdin_stream.rdbuf(stdin_buffer.get());
      input = &stdin_stream;
    }
  }
  if (options.jsonl) return RunJsonLines(**analyzer, options.threads, *input, out);
  return RunSingle(**analyzer, options, *input, out, err);
}

}  // namespace factwire
