#include "cli/analyze_command.h"

#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "cli/ingest_files.h"
#include "cli/ordered_lines.h"
#include "google/protobuf/descriptor.h"
#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/io/zero_copy_stream_impl_lite.h"
#include "google/protobuf/struct.pb.h"
#include "google/protobuf/util/json_util.h"
#include "google/protobuf/util/type_resolver.h"
#include "google/protobuf/util/type_resolver_util.h"
#include "ingest-service/analyzer.h"

namespace factwire {
namespace {

using google::protobuf::Struct;
using google::protobuf::util::BinaryToJsonString;
using google::protobuf::util::JsonParseOptions;
using google::protobuf::util::JsonPrintOptions;
using google::protobuf::util::JsonStringToMessage;
using google::protobuf::util::MessageToJsonString;

std::string StringField(const Struct& object, const std::string& key) {
  auto it = object.fields().find(key);
  if (it == object.fields().end() || !it->second.has_string_value()) return "";
  return it->second.string_value();
}

// `object` as JSON with its keys in sorted order: a Struct's map is printed in
// iteration order, which differs between two equal Structs, so MessageToJsonString
// alone would not give the same bytes twice.
std::string SortedJson(const Struct& object) {
  static google::protobuf::util::TypeResolver* const resolver =
      google::protobuf::util::NewTypeResolverForDescriptorPool(
          "type.googleapis.com", google::protobuf::DescriptorPool::generated_pool());
  std::string binary;
  {
    google::protobuf::io::StringOutputStream stream(&binary);
    google::protobuf::io::CodedOutputStream coded(&stream);
    coded.SetSerializationDeterministic(true);
    object.SerializeToCodedStream(&coded);
  }
  std::string json;
  (void)BinaryToJsonString(resolver, "type.googleapis.com/google.protobuf.Struct", binary,
                           &json);
  return json;
}

// {"error":{"code":"INVALID_ARGUMENT","message":…},"id":…} for a rejected line (keys
// sorted, so the same error always prints the same bytes).
std::string ErrorLine(const std::string& id, const absl::Status& status) {
  Struct line;
  (*line.mutable_fields())["id"].set_string_value(id);
  Struct* error = (*line.mutable_fields())["error"].mutable_struct_value();
  (*error->mutable_fields())["code"].set_string_value(
      absl::StatusCodeToString(status.code()));
  (*error->mutable_fields())["message"].set_string_value(std::string(status.message()));
  return SortedJson(line);
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

int RunJsonLines(const Analyzer& analyzer, int threads, std::istream& in,
                 std::ostream& out) {
  TransformLinesInOrder(in, out, threads, [&analyzer](const std::string& line) {
    return AnalyzeLine(analyzer, line);
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
  if (options.jsonl) return RunJsonLines(**analyzer, options.threads, *input, out);
  return RunSingle(**analyzer, options, *input, out, err);
}

}  // namespace factwire
