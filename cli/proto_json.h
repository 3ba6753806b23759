#ifndef FACTWIRE_CLI_PROTO_JSON_H_
#define FACTWIRE_CLI_PROTO_JSON_H_

#include <memory>
#include <mutex>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "google/protobuf/descriptor.h"
#include "google/protobuf/message.h"
#include "google/protobuf/util/type_resolver.h"

namespace factwire {
namespace proto_json_internal {
struct MessagePlan;
}  // namespace proto_json_internal

// ProtoJsonPrinter
//
// Prints any message as compact proto3 JSON, the same bytes that
// google::protobuf::util::MessageToJsonString writes with default options, several
// times faster. Like protobuf's printer it serializes the message and walks the
// wire form, so fields come in the order they are serialized (field-number order)
// and exactly the fields serialization writes are printed; it reads the wire form
// with a plan built once per message type (field number -> JSON key already
// escaped, enum names already quoted), so a new field in a .proto needs no code here.
//
// What it writes (the proto3 JSON mapping): lowerCamelCase keys (json_name); fields
// at their default value left out unless they have presence (message fields, proto3
// `optional`, oneof members); empty repeated fields and maps left out; enums by name
// (a number without a name as the number); int64, uint64 and their fixed/sint kinds
// as quoted decimals; doubles and floats as json_text.h writes them; bytes as padded
// base64; google.protobuf.Timestamp as RFC 3339 in UTC with 0, 3, 6 or 9 fractional
// digits; wrapper types as their value. Duration, Struct, Value, ListValue,
// FieldMask and Any are handed to protobuf's own printer. Unknown fields, groups
// and extensions are left out, as protobuf leaves them out.
//
// Thread-safe. The descriptors of the messages printed must outlive the printer.
class ProtoJsonPrinter {
 public:
  ProtoJsonPrinter();
  ~ProtoJsonPrinter();
  ProtoJsonPrinter(const ProtoJsonPrinter&) = delete;
  ProtoJsonPrinter& operator=(const ProtoJsonPrinter&) = delete;

  // Append()
  //
  // Appends `message` as JSON (no newline) to `out`. kInternal, naming the field,
  // for what protobuf refuses to print too: a Timestamp outside years 1..9999 or
  // with nanos outside [0, 1e9), messages nested deeper than 64, or a fallback type
  // protobuf rejects; `out` is then as it was before the call.
  absl::Status Append(const google::protobuf::Message& message, std::string* out) const;

  // ResolverFor()
  //
  // The type resolver of `type`'s descriptor pool, for the types handed to
  // protobuf's printer; created on first use, owned by the printer.
  google::protobuf::util::TypeResolver* ResolverFor(
      const google::protobuf::Descriptor* type) const;

 private:
  // The plan for `type`, built on first use with the plans of the types it holds.
  const proto_json_internal::MessagePlan& PlanFor(
      const google::protobuf::Descriptor* type) const;

  mutable std::mutex mu_;
  mutable absl::flat_hash_map<const google::protobuf::Descriptor*,
                              std::unique_ptr<proto_json_internal::MessagePlan>>
      plans_;
  mutable absl::flat_hash_map<const google::protobuf::DescriptorPool*,
                              std::unique_ptr<google::protobuf::util::TypeResolver>>
      resolvers_;
};

}  // namespace factwire

#endif  // FACTWIRE_CLI_PROTO_JSON_H_
