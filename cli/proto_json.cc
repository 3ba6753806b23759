#include "cli/proto_json.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "cli/json_text.h"
#include "cli/proto_json_plan.h"
#include "proto/wire_reader.h"
#include "google/protobuf/util/json_util.h"
#include "google/protobuf/util/type_resolver.h"
#include "google/protobuf/util/type_resolver_util.h"

namespace factwire {
namespace {

using google::protobuf::Descriptor;
using google::protobuf::DescriptorPool;
using google::protobuf::util::TypeResolver;
using proto_json_internal::FieldPlan;
using proto_json_internal::MessageKind;
using proto_json_internal::MessagePlan;
using proto_json_internal::Shape;

// Nested messages protobuf's printer goes into before it gives up.
constexpr int kMaxDepth = 64;

void Put(absl::string_view text, JsonSink* out) { out->append(text.data(), text.size()); }

template <typename Int>
void AppendInt(Int value, JsonSink* out) {
  char buffer[24];
  const char* end = std::to_chars(buffer, buffer + sizeof(buffer), value).ptr;
  out->append(buffer, static_cast<size_t>(end - buffer));
}

template <typename Int>
void AppendQuotedInt(Int value, JsonSink* out) {
  char buffer[26];
  buffer[0] = '"';
  char* end = std::to_chars(buffer + 1, buffer + sizeof(buffer) - 1, value).ptr;
  *end++ = '"';
  out->append(buffer, static_cast<size_t>(end - buffer));
}

int32_t ZigZag32(uint64_t value) {
  const uint32_t n = static_cast<uint32_t>(value);
  return static_cast<int32_t>((n >> 1) ^ (~(n & 1) + 1));
}

int64_t ZigZag64(uint64_t value) {
  return static_cast<int64_t>((value >> 1) ^ (~(value & 1) + 1));
}

absl::Status Malformed() {
  return absl::InternalError("message could not be read back from its wire form");
}

// Writes a message's wire form as JSON by its plan, the way protobuf's printer
// (ProtoStreamObjectSource) reads it: fields in the order they come, a repeated
// field's run of equal tags as one list.
class WireWriter {
 public:
  WireWriter(const ProtoJsonPrinter& printer, JsonSink* out)
      : printer_(printer), out_(out) {}

  // The message `bytes` of type `plan`, `depth` messages deep; `name` names it in
  // errors.
  absl::Status WriteMessage(const MessagePlan& plan, absl::string_view bytes, int depth,
                            const std::string& name) {
    switch (plan.kind) {
      case MessageKind::kObject: return WriteObject(plan, bytes, depth);
      case MessageKind::kTimestamp: return WriteTimestamp(bytes, name);
      case MessageKind::kWrapper: return WriteWrapper(plan, bytes, depth);
      case MessageKind::kFallback: return WriteFallback(plan, bytes);
    }
    return absl::OkStatus();
  }

 private:
  absl::Status WriteObject(const MessagePlan& plan, absl::string_view bytes, int depth) {
    WireReader reader(bytes);
    out_->push_back('{');
    bool first = true;
    while (!reader.at_end()) {
      uint64_t tag = 0;
      if (!reader.ReadVarint(&tag)) return Malformed();
      const FieldPlan* field = plan.Find(tag >> 3);
      const int wire_type = static_cast<int>(tag & 7);
      if (field == nullptr ||
          (wire_type != field->wire_type &&
           !(field->packable && wire_type == WireReader::kLengthDelimited))) {
        if (!reader.SkipField(tag)) return Malformed();
        continue;
      }
      if (!first) out_->push_back(',');
      first = false;
      Put(field->key, out_);
      absl::Status written = field->map        ? WriteMap(*field, tag, &reader, depth)
                             : field->repeated ? WriteList(*field, tag, &reader, depth)
                                               : WriteValue(*field, &reader, depth);
      if (!written.ok()) return written;
    }
    out_->push_back('}');
    return absl::OkStatus();
  }

  // Calls `write(first)` for the value at `reader`, then again for each value after
  // it that comes with the same `tag` (the run protobuf's printer makes one list).
  template <typename Write>
  static absl::Status ForEachInRun(uint64_t tag, WireReader* reader, Write write) {
    for (bool first = true; first || reader->PeekTag() == tag; first = false) {
      uint64_t same_tag = 0;
      if (!first) reader->ReadVarint(&same_tag);
      absl::Status written = write(first);
      if (!written.ok()) return written;
    }
    return absl::OkStatus();
  }

  // A repeated field: one packed run, or the elements while the same tag repeats.
  absl::Status WriteList(const FieldPlan& field, uint64_t tag, WireReader* reader,
                         int depth) {
    out_->push_back('[');
    if (field.packable && (tag & 7) == WireReader::kLengthDelimited) {
      absl::string_view packed;
      if (!reader->ReadBytes(&packed)) return Malformed();
      WireReader values(packed);
      for (bool first = true; !values.at_end(); first = false) {
        if (!first) out_->push_back(',');
        absl::Status written = WriteValue(field, &values, depth);
        if (!written.ok()) return written;
      }
    } else {
      absl::Status written = ForEachInRun(tag, reader, [&](bool first) {
        if (!first) out_->push_back(',');
        return WriteValue(field, reader, depth);
      });
      if (!written.ok()) return written;
    }
    out_->push_back(']');
    return absl::OkStatus();
  }

  // A map: {"key":value,...} from the run of entry messages (key = 1, value = 2).
  absl::Status WriteMap(const FieldPlan& field, uint64_t tag, WireReader* reader,
                        int depth) {
    out_->push_back('{');
    bool first = true;
    absl::Status written = ForEachInRun(tag, reader, [&](bool) {
      absl::string_view entry_bytes;
      if (!reader->ReadBytes(&entry_bytes)) return Malformed();
      return WriteMapEntry(*field.message, entry_bytes, depth, &first);
    });
    if (!written.ok()) return written;
    out_->push_back('}');
    return absl::OkStatus();
  }

  // One entry, as protobuf writes it: its key (the default key if none came before
  // the value) and value, nothing if it has no value.
  absl::Status WriteMapEntry(const MessagePlan& entry, absl::string_view bytes, int depth,
                             bool* first) {
    const FieldPlan* key_field = entry.Find(1);
    const FieldPlan* value_field = entry.Find(2);
    if (key_field == nullptr || value_field == nullptr) return Malformed();
    std::string key;
    WireReader reader(bytes);
    while (!reader.at_end()) {
      uint64_t tag = 0;
      if (!reader.ReadVarint(&tag)) return Malformed();
      const FieldPlan* field = entry.Find(tag >> 3);
      if (field == nullptr || static_cast<int>(tag & 7) != field->wire_type) {
        if (!reader.SkipField(tag)) return Malformed();
        continue;
      }
      if (field == key_field) {
        key.clear();
        absl::Status read = KeyText(*field, &reader, &key);
        if (!read.ok()) return read;
        continue;
      }
      if (key.empty()) key = DefaultKeyText(*key_field);
      if (!*first) out_->push_back(',');
      *first = false;
      AppendJsonString(key, out_);
      out_->push_back(':');
      absl::Status written = WriteValue(*field, &reader, depth);
      if (!written.ok()) return written;
    }
    return absl::OkStatus();
  }

  // A map key as text: the string itself, or the number or bool spelled out.
  absl::Status KeyText(const FieldPlan& field, WireReader* reader, std::string* key) {
    if (field.shape == Shape::kString) {
      absl::string_view text;
      if (!reader->ReadBytes(&text)) return Malformed();
      key->assign(text.data(), text.size());
      return absl::OkStatus();
    }
    absl::Status written;
    {
      JsonSink sink(key, 0);
      written = WireWriter(printer_, &sink).WriteValue(field, reader, 0);
    }  // the sink trims `key` to what it wrote
    if (!written.ok()) return written;
    if (!key->empty() && key->front() == '"') *key = key->substr(1, key->size() - 2);
    return absl::OkStatus();
  }

  static std::string DefaultKeyText(const FieldPlan& key) {
    if (key.shape == Shape::kString) return "";
    return key.shape == Shape::kBool ? "false" : "0";
  }

  // One value of `field` in its unpacked encoding.
  absl::Status WriteValue(const FieldPlan& field, WireReader* reader, int depth) {
    uint64_t varint = 0;
    uint32_t fixed32 = 0;
    uint64_t fixed64 = 0;
    absl::string_view bytes;
    bool read = true;
    switch (field.wire_type) {
      case WireReader::kVarint: read = reader->ReadVarint(&varint); break;
      case WireReader::kFixed32: read = reader->ReadFixed32(&fixed32); break;
      case WireReader::kFixed64: read = reader->ReadFixed64(&fixed64); break;
      default: read = reader->ReadBytes(&bytes); break;
    }
    if (!read) return Malformed();
    switch (field.shape) {
      case Shape::kInt32: AppendInt(static_cast<int32_t>(varint), out_); break;
      case Shape::kInt64: AppendQuotedInt(static_cast<int64_t>(varint), out_); break;
      case Shape::kUint32: AppendInt(static_cast<uint32_t>(varint), out_); break;
      case Shape::kUint64: AppendQuotedInt(varint, out_); break;
      case Shape::kSint32: AppendInt(ZigZag32(varint), out_); break;
      case Shape::kSint64: AppendQuotedInt(ZigZag64(varint), out_); break;
      case Shape::kFixed32: AppendInt(fixed32, out_); break;
      case Shape::kFixed64: AppendQuotedInt(fixed64, out_); break;
      case Shape::kSfixed32: AppendInt(static_cast<int32_t>(fixed32), out_); break;
      case Shape::kSfixed64: AppendQuotedInt(static_cast<int64_t>(fixed64), out_); break;
      case Shape::kDouble: {
        double value;
        std::memcpy(&value, &fixed64, sizeof(value));
        AppendJsonDouble(value, out_);
        break;
      }
      case Shape::kFloat: {
        float value;
        std::memcpy(&value, &fixed32, sizeof(value));
        AppendJsonFloat(value, out_);
        break;
      }
      case Shape::kBool: Put(varint != 0 ? "true" : "false", out_); break;
      case Shape::kEnum: field.AppendEnum(static_cast<int32_t>(varint), out_); break;
      case Shape::kString: AppendJsonString(bytes, out_); break;
      case Shape::kBytes:
        out_->push_back('"');
        Put(absl::Base64Escape(bytes), out_);
        out_->push_back('"');
        break;
      case Shape::kMessage:
        if (depth >= kMaxDepth) {
          return absl::InternalError(
              absl::StrCat("Message too deep. Max recursion depth reached for field: ",
                           field.json_name));
        }
        return WriteMessage(*field.message, bytes, depth + 1, field.json_name);
    }
    return absl::OkStatus();
  }

  absl::Status WriteTimestamp(absl::string_view bytes, const std::string& name) {
    int64_t seconds = 0;
    int32_t nanos = 0;
    WireReader reader(bytes);
    while (!reader.at_end()) {
      uint64_t tag = 0;
      uint64_t value = 0;
      if (!reader.ReadVarint(&tag)) return Malformed();
      if (tag != ((1 << 3) | WireReader::kVarint) && tag != ((2 << 3) | WireReader::kVarint)) {
        if (!reader.SkipField(tag)) return Malformed();
        continue;
      }
      if (!reader.ReadVarint(&value)) return Malformed();
      if ((tag >> 3) == 1) {
        seconds = static_cast<int64_t>(value);
      } else {
        nanos = static_cast<int32_t>(value);
      }
    }
    if (seconds < kMinJsonTimestampSeconds || seconds > kMaxJsonTimestampSeconds) {
      return absl::InternalError(
          absl::StrCat("Timestamp seconds exceeds limit for field: ", name));
    }
    if (nanos < 0 || nanos >= kJsonNanosPerSecond) {
      return absl::InternalError(
          absl::StrCat("Timestamp nanos exceeds limit for field: ", name));
    }
    AppendJsonTimestamp(seconds, nanos, out_);
    return absl::OkStatus();
  }

  // A wrapper's `value` (field 1), or its default when absent.
  absl::Status WriteWrapper(const MessagePlan& plan, absl::string_view bytes, int depth) {
    const FieldPlan* value = plan.Find(1);
    if (value == nullptr) return Malformed();
    WireReader reader(bytes);
    while (!reader.at_end()) {
      uint64_t tag = 0;
      if (!reader.ReadVarint(&tag)) return Malformed();
      if (tag == ((1u << 3) | static_cast<uint64_t>(value->wire_type))) {
        return WriteValue(*value, &reader, depth);
      }
      if (!reader.SkipField(tag)) return Malformed();
    }
    // Eight zero bytes read as any type's default: 0, false, or an empty string.
    WireReader zeros(absl::string_view("\0\0\0\0\0\0\0\0", 8));
    return WriteValue(*value, &zeros, depth);
  }

  absl::Status WriteFallback(const MessagePlan& plan, absl::string_view bytes) {
    std::string json;
    const auto status = google::protobuf::util::BinaryToJsonString(
        printer_.ResolverFor(plan.type), plan.type_url, std::string(bytes), &json);
    if (!status.ok()) return absl::InternalError(status.ToString());
    Put(json, out_);
    return absl::OkStatus();
  }

  const ProtoJsonPrinter& printer_;
  JsonSink* out_;
};

}  // namespace

ProtoJsonPrinter::ProtoJsonPrinter() = default;
ProtoJsonPrinter::~ProtoJsonPrinter() = default;

absl::Status ProtoJsonPrinter::Append(const google::protobuf::Message& message,
                                      std::string* out) const {
  const MessagePlan& plan = PlanFor(message.GetDescriptor());
  thread_local std::string wire;  // keeps its capacity from one message to the next
  message.SerializePartialToString(&wire);
  const size_t size_before = out->size();
  JsonSink sink(out, 2 * wire.size() + 64);  // JSON is rarely twice the wire form
  absl::Status written = WireWriter(*this, &sink).WriteMessage(plan, wire, 0, "");
  if (!written.ok()) sink.Truncate(size_before);
  return written;
}

const MessagePlan& ProtoJsonPrinter::PlanFor(const Descriptor* type) const {
  std::lock_guard<std::mutex> lock(mu_);
  auto found = plans_.find(type);
  if (found != plans_.end()) return *found->second;
  proto_json_internal::AddPlans(type, &plans_);
  return *plans_.at(type);
}

TypeResolver* ProtoJsonPrinter::ResolverFor(const Descriptor* type) const {
  std::lock_guard<std::mutex> lock(mu_);
  const DescriptorPool* pool = type->file()->pool();
  std::unique_ptr<TypeResolver>& resolver = resolvers_[pool];
  if (resolver == nullptr) {
    resolver.reset(google::protobuf::util::NewTypeResolverForDescriptorPool(
        proto_json_internal::kTypeUrlPrefix, pool));
  }
  return resolver.get();
}

}  // namespace factwire
