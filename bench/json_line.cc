#include "bench/json_line.h"

#include "google/protobuf/util/json_util.h"

namespace factwire {

JsonLine& JsonLine::Set(const std::string& key, double value) {
  (*object_.mutable_fields())[key].set_number_value(value);
  return *this;
}

JsonLine& JsonLine::Set(const std::string& key, const std::string& value) {
  (*object_.mutable_fields())[key].set_string_value(value);
  return *this;
}

std::string JsonLine::ToString() const {
  std::string json;
  (void)google::protobuf::util::MessageToJsonString(object_, &json);
  return json;
}

}  // namespace factwire
