#include "bench/corpus.h"

#include <ctime>
#include <fstream>

#include "absl/strings/str_cat.h"
#include "google/protobuf/struct.pb.h"
#include "google/protobuf/util/json_util.h"

namespace factwire {
namespace {

std::string StringField(const google::protobuf::Struct& object,
                        const std::string& key) {
  auto it = object.fields().find(key);
  return it == object.fields().end() ? std::string() : it->second.string_value();
}

}  // namespace

absl::StatusOr<std::vector<AnalyzeInput>> ReadCorpus(const std::string& path,
                                                     size_t limit) {
  std::ifstream in(path);
  if (!in) return absl::NotFoundError(absl::StrCat("cannot read ", path));
  std::vector<AnalyzeInput> documents;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (limit > 0 && documents.size() >= limit) break;
    if (line.empty()) continue;
    google::protobuf::Struct object;
    if (!google::protobuf::util::JsonStringToMessage(line, &object).ok()) {
      return absl::InvalidArgumentError(
          absl::StrCat(path, ":", number, ": not a JSON object"));
    }
    AnalyzeInput input;
    input.external_id = StringField(object, "id");
    input.media_type = StringField(object, "media_type");
    input.content = StringField(object, "content");
    documents.push_back(std::move(input));
  }
  return documents;
}

double CpuSeconds() {
  timespec now;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  return now.tv_sec + now.tv_nsec / 1e9;
}

double CorpusBytes(const std::vector<AnalyzeInput>& inputs) {
  double bytes = 0;
  for (const AnalyzeInput& input : inputs) bytes += input.content.size();
  return bytes;
}

}  // namespace factwire
