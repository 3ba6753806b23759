#ifndef FACTWIRE_CLI_PROTO_JSON_PLAN_H_
#define FACTWIRE_CLI_PROTO_JSON_PLAN_H_

// The plans ProtoJsonPrinter (proto_json.h) writes messages by: per message type,
// what each field number means in JSON. Internal to the printer.

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "cli/json_text.h"
#include "google/protobuf/descriptor.h"

namespace factwire {
namespace proto_json_internal {

inline constexpr char kTypeUrlPrefix[] = "type.googleapis.com";

// How a field's wire value is read and written.
enum class Shape {
  kInt32, kInt64, kUint32, kUint64, kSint32, kSint64, kFixed32, kFixed64, kSfixed32,
  kSfixed64, kDouble, kFloat, kBool, kEnum, kString, kBytes, kMessage
};

// How a message is written.
enum class MessageKind {
  kObject,     // {"key":value,...}
  kTimestamp,  // "1972-01-01T10:00:20.021Z"
  kWrapper,    // its `value` field alone, default or not
  kFallback,   // by protobuf's own printer (Duration, Struct, Value, Any, ...)
};

struct MessagePlan;

// What one field of a message means in JSON.
struct FieldPlan {
  std::string key;        // "\"jsonName\":"
  std::string json_name;  // for error messages
  Shape shape = Shape::kInt32;
  int wire_type = 0;      // of one unpacked value
  bool repeated = false;
  bool map = false;
  bool packable = false;  // a repeated number, which may come packed
  const MessagePlan* message = nullptr;  // kMessage: the type's plan (a map's entry)
  const google::protobuf::EnumDescriptor* enum_type = nullptr;  // kEnum
  // kEnum: each value's JSON ("\"NAME\"", or null for google.protobuf.NullValue) by
  // number, for the numbers up to the largest named one; "" for a gap.
  std::vector<std::string> enum_texts;

  // Appends the JSON of enum value `number`: its name, or the number if it has none.
  void AppendEnum(int32_t number, JsonSink* out) const;
};

// What a message type's fields mean in JSON.
struct MessagePlan {
  MessageKind kind = MessageKind::kObject;
  const google::protobuf::Descriptor* type = nullptr;
  std::string type_url;  // for kFallback
  std::vector<FieldPlan> fields;
  std::vector<int> index_by_number;                      // number -> fields index + 1
  absl::flat_hash_map<uint64_t, int> index_by_big_number;  // past index_by_number

  // The field with `number`; nullptr if the type has none.
  const FieldPlan* Find(uint64_t number) const {
    const int index =
        number < index_by_number.size() ? index_by_number[number] : FindBig(number);
    return index == 0 ? nullptr : &fields[static_cast<size_t>(index - 1)];
  }

 private:
  int FindBig(uint64_t number) const;  // out of line, so Find() stays small
};

using PlanMap =
    absl::flat_hash_map<const google::protobuf::Descriptor*, std::unique_ptr<MessagePlan>>;

// AddPlans()
//
// Adds to `plans` the plan of `type` and of every message type its fields reach
// (those already there are reused). Plans point to each other, so none may be
// removed while the others are in use.
void AddPlans(const google::protobuf::Descriptor* type, PlanMap* plans);

}  // namespace proto_json_internal
}  // namespace factwire

#endif  // FACTWIRE_CLI_PROTO_JSON_PLAN_H_
