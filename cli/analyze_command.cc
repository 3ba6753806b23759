#include "cli/analyze_command.h"

#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "cli/ingest_files.h"
#include "google/protobuf/struct.pb.h"
#include "google/protobuf/util/json_util.h"
#include "ingest-service/analyzer.h"

namespace factwire {
namespace {

using google::protobuf::Struct;
using google::protobuf::util::JsonParseOptions;
using google::protobuf::util::JsonPrintOptions;
using google::protobuf::util::JsonStringToMessage;
using google::protobuf::util::MessageToJsonString;

std::string StringField(const Struct& object, const std::string& key) {
  auto it = object.fields().find(key);
  if (it == object.fields().end() || !it->second.has_string_value()) return "";
  return it->second.string_value();
}

// {"id":…,"error":{"code":"INVALID_ARGUMENT","message":…}} for a rejected line.
std::string ErrorLine(const std::string& id, const absl::Status& status) {
  Struct line;
  (*line.mutable_fields())["id"].set_string_value(id);
  Struct* error = (*line.mutable_fields())["error"].mutable_struct_value();
  (*error->mutable_fields())["code"].set_string_value(
      absl::StatusCodeToString(status.code()));
  (*error->mutable_fields())["message"].set_string_value(std::string(status.message()));
  std::string json;
  (void)MessageToJsonString(line, &json);
  return json;
}

// The output line for one JSONL input line.
std::string AnalyzeLine(const Analyzer& analyzer, const std::string& line) {
  Struct request;
  JsonParseOptions parse;
  parse.ignore_unknown_fields = true;
  if (!JsonStringToMessage(line, &request, parse).ok()) {
    return ErrorLine("", absl::InvalidArgumentError("line is not a JSON object"));
  }
  const std::string id = StringField(request, "id");
  AnalyzeInput input;
  input.content = StringField(request, "content");
  input.media_type = StringField(request, "media_type");
  input.external_id = id;
  absl::StatusOr<v1::Document> document = analyzer.Analyze(input);
  if (!document.ok()) return ErrorLine(id, document.status());
  std::string json;
  // Default options: zero values are omitted, except Figure.value, which has
  // explicit presence (printing every default field costs 3x the extraction).
  if (!MessageToJsonString(*document, &json).ok()) {
    return ErrorLine(id, absl::InternalError("document could not be printed as JSON"));
  }
  return json;
}

int RunJsonLines(const Analyzer& analyzer, std::istream& in, std::ostream& out) {
  std::string line;
  while (std::getline(in, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    out << AnalyzeLine(analyzer, line) << '\n';
  }
  out.flush();
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
  std::ifstream file;
  std::istream* input = &in;
  if (!options.file.empty() && options.file != "-") {
    file.open(options.file, std::ios::binary);
    if (!file) {
      err << "factwire analyze: cannot read " << options.file << '\n';
      return 1;
    }
    input = &file;
  }
  if (options.jsonl) return RunJsonLines(**analyzer, *input, out);
  return RunSingle(**analyzer, options, *input, out, err);
}

}  // namespace factwire
