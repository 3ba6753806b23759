#include "cli/proto_json_plan.h"

#include <algorithm>
#include <charconv>

#include "absl/strings/str_cat.h"
#include "cli/json_text.h"
#include "proto/wire_reader.h"

namespace factwire {
namespace proto_json_internal {
namespace {

using google::protobuf::Descriptor;
using google::protobuf::EnumDescriptor;
using google::protobuf::FieldDescriptor;

// Field numbers up to this are found through a table, larger ones through a map.
constexpr int kMaxTabledNumber = 4096;

// The shape and wire type of `field`'s values; false for groups, which protobuf's
// printer does not write either.
bool ShapeOf(const FieldDescriptor* field, Shape* shape, int* wire_type) {
  *wire_type = WireReader::kVarint;
  switch (field->type()) {
    case FieldDescriptor::TYPE_INT32: *shape = Shape::kInt32; return true;
    case FieldDescriptor::TYPE_INT64: *shape = Shape::kInt64; return true;
    case FieldDescriptor::TYPE_UINT32: *shape = Shape::kUint32; return true;
    case FieldDescriptor::TYPE_UINT64: *shape = Shape::kUint64; return true;
    case FieldDescriptor::TYPE_SINT32: *shape = Shape::kSint32; return true;
    case FieldDescriptor::TYPE_SINT64: *shape = Shape::kSint64; return true;
    case FieldDescriptor::TYPE_BOOL: *shape = Shape::kBool; return true;
    case FieldDescriptor::TYPE_ENUM: *shape = Shape::kEnum; return true;
    default: break;
  }
  *wire_type = WireReader::kFixed32;
  switch (field->type()) {
    case FieldDescriptor::TYPE_FIXED32: *shape = Shape::kFixed32; return true;
    case FieldDescriptor::TYPE_SFIXED32: *shape = Shape::kSfixed32; return true;
    case FieldDescriptor::TYPE_FLOAT: *shape = Shape::kFloat; return true;
    default: break;
  }
  *wire_type = WireReader::kFixed64;
  switch (field->type()) {
    case FieldDescriptor::TYPE_FIXED64: *shape = Shape::kFixed64; return true;
    case FieldDescriptor::TYPE_SFIXED64: *shape = Shape::kSfixed64; return true;
    case FieldDescriptor::TYPE_DOUBLE: *shape = Shape::kDouble; return true;
    default: break;
  }
  *wire_type = WireReader::kLengthDelimited;
  switch (field->type()) {
    case FieldDescriptor::TYPE_STRING: *shape = Shape::kString; return true;
    case FieldDescriptor::TYPE_BYTES: *shape = Shape::kBytes; return true;
    case FieldDescriptor::TYPE_MESSAGE: *shape = Shape::kMessage; return true;
    default: return false;
  }
}

bool IsOneOf(const std::string& name, std::initializer_list<const char*> names) {
  return std::any_of(names.begin(), names.end(),
                     [&name](const char* candidate) { return name == candidate; });
}

MessageKind KindOf(const Descriptor* type) {
  const std::string& name = type->full_name();
  if (name == "google.protobuf.Timestamp") return MessageKind::kTimestamp;
  if (IsOneOf(name, {"google.protobuf.DoubleValue", "google.protobuf.FloatValue",
                     "google.protobuf.Int64Value", "google.protobuf.UInt64Value",
                     "google.protobuf.Int32Value", "google.protobuf.UInt32Value",
                     "google.protobuf.BoolValue", "google.protobuf.StringValue",
                     "google.protobuf.BytesValue"})) {
    return MessageKind::kWrapper;
  }
  if (IsOneOf(name, {"google.protobuf.Duration", "google.protobuf.Struct",
                     "google.protobuf.Value", "google.protobuf.ListValue",
                     "google.protobuf.FieldMask", "google.protobuf.Any"})) {
    return MessageKind::kFallback;
  }
  return MessageKind::kObject;
}

bool IsNullValue(const EnumDescriptor* type) {
  return type->full_name() == "google.protobuf.NullValue";
}

// Each named value's JSON by number, up to the largest number (none past the table
// limit: those are looked up by name when written).
std::vector<std::string> EnumTexts(const EnumDescriptor* type) {
  int max_number = -1;
  for (int i = 0; i < type->value_count(); ++i) {
    max_number = std::max(max_number, type->value(i)->number());
  }
  if (max_number > kMaxTabledNumber) return {};
  std::vector<std::string> texts(static_cast<size_t>(max_number + 1));
  for (int i = 0; i < type->value_count(); ++i) {
    const int number = type->value(i)->number();
    if (number < 0) continue;
    std::string& text = texts[static_cast<size_t>(number)];
    if (!text.empty()) continue;  // an alias: the first name is printed
    const auto* first = type->FindValueByNumber(number);
    if (IsNullValue(type)) {
      text = "null";
    } else {
      AppendJsonString(first->name(), &text);
    }
  }
  return texts;
}

FieldPlan PlanField(const FieldDescriptor* field, PlanMap* plans);

// Fills `plan` for `type`; `plan` is already in `plans`, so a type that holds
// itself finds it.
void FillPlan(const Descriptor* type, MessagePlan* plan, PlanMap* plans) {
  plan->kind = KindOf(type);
  plan->type = type;
  plan->type_url = absl::StrCat(kTypeUrlPrefix, "/", type->full_name());
  int max_number = 0;
  for (int i = 0; i < type->field_count(); ++i) {
    max_number = std::max(max_number, type->field(i)->number());
  }
  plan->index_by_number.assign(
      static_cast<size_t>(std::min(max_number, kMaxTabledNumber) + 1), 0);
  for (int i = 0; i < type->field_count(); ++i) {
    const FieldDescriptor* field = type->field(i);
    Shape shape;
    int wire_type;
    if (!ShapeOf(field, &shape, &wire_type)) continue;
    plan->fields.push_back(PlanField(field, plans));
    const int index = static_cast<int>(plan->fields.size());
    const auto number = static_cast<size_t>(field->number());
    if (number < plan->index_by_number.size()) {
      plan->index_by_number[number] = index;
    } else {
      plan->index_by_big_number[number] = index;
    }
  }
}

FieldPlan PlanField(const FieldDescriptor* field, PlanMap* plans) {
  FieldPlan plan;
  AppendJsonString(field->json_name(), &plan.key);
  plan.key.push_back(':');
  plan.json_name = field->json_name();
  ShapeOf(field, &plan.shape, &plan.wire_type);
  plan.repeated = field->is_repeated();
  plan.map = field->is_map();
  plan.packable = plan.repeated && plan.wire_type != WireReader::kLengthDelimited;
  if (plan.shape == Shape::kMessage) {
    AddPlans(field->message_type(), plans);
    plan.message = plans->at(field->message_type()).get();
  }
  if (plan.shape == Shape::kEnum) {
    plan.enum_type = field->enum_type();
    plan.enum_texts = EnumTexts(field->enum_type());
  }
  return plan;
}

}  // namespace

void FieldPlan::AppendEnum(int32_t number, JsonSink* out) const {
  if (number >= 0 && static_cast<size_t>(number) < enum_texts.size() &&
      !enum_texts[static_cast<size_t>(number)].empty()) {
    const std::string& text = enum_texts[static_cast<size_t>(number)];
    out->append(text.data(), text.size());
    return;
  }
  const auto* value = enum_type->FindValueByNumber(number);
  if (value == nullptr) {
    char buffer[16];
    const char* end = std::to_chars(buffer, buffer + sizeof(buffer), number).ptr;
    out->append(buffer, static_cast<size_t>(end - buffer));
  } else if (IsNullValue(enum_type)) {
    out->append("null", 4);
  } else {
    AppendJsonString(value->name(), out);
  }
}

int MessagePlan::FindBig(uint64_t number) const {
  auto found = index_by_big_number.find(number);
  return found == index_by_big_number.end() ? 0 : found->second;
}

void AddPlans(const Descriptor* type, PlanMap* plans) {
  if (plans->contains(type)) return;
  auto plan = std::make_unique<MessagePlan>();
  MessagePlan* filling = plan.get();
  plans->emplace(type, std::move(plan));
  FillPlan(type, filling, plans);
}

}  // namespace proto_json_internal
}  // namespace factwire
