#include "cli/document_json.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/base/attributes.h"
#include "cli/json_text.h"
#include "cli/proto_json_plan.h"
#include "google/protobuf/descriptor.h"
#include "google/protobuf/timestamp.pb.h"

namespace factwire {
namespace {

using google::protobuf::Descriptor;
using google::protobuf::FieldDescriptor;
using proto_json_internal::FieldPlan;
using proto_json_internal::PlanMap;

// A field as this printer reads it: number, type, repeated, explicit presence,
// and for a message field its type.
struct KnownField {
  int number;
  FieldDescriptor::Type type;
  bool repeated;
  bool presence;
  const Descriptor* message;
};

constexpr auto kString = FieldDescriptor::TYPE_STRING;
constexpr auto kInt32 = FieldDescriptor::TYPE_INT32;
constexpr auto kEnum = FieldDescriptor::TYPE_ENUM;
constexpr auto kFloat = FieldDescriptor::TYPE_FLOAT;
constexpr auto kDouble = FieldDescriptor::TYPE_DOUBLE;
constexpr auto kMessage = FieldDescriptor::TYPE_MESSAGE;

KnownField Scalar(int number, FieldDescriptor::Type type) {
  return {number, type, false, false, nullptr};
}
KnownField Strings(int number) { return {number, kString, true, false, nullptr}; }
KnownField Message(int number, const Descriptor* type) {
  return {number, kMessage, false, true, type};
}
KnownField Messages(int number, const Descriptor* type) {
  return {number, kMessage, true, false, type};
}

// True if `type` has exactly the fields `known`, as described.
bool HasExactly(const Descriptor* type, std::initializer_list<KnownField> known) {
  if (type->field_count() != static_cast<int>(known.size())) return false;
  for (const KnownField& k : known) {
    const FieldDescriptor* f = type->FindFieldByNumber(k.number);
    if (f == nullptr || f->type() != k.type || f->is_repeated() != k.repeated ||
        (!k.repeated && f->has_presence() != k.presence) ||
        (k.message != nullptr && f->message_type() != k.message)) {
      return false;
    }
  }
  return true;
}

// True if the compiled descriptors are the ones this printer was written for.
bool DescriptorsAreKnown() {
  const Descriptor* span = v1::TextSpan::descriptor();
  const Descriptor* time = google::protobuf::Timestamp::descriptor();
  return HasExactly(span, {Scalar(1, kInt32), Scalar(2, kInt32)}) &&
         HasExactly(v1::Claim::descriptor(),
                    {Scalar(1, kString), Scalar(2, kEnum), Scalar(3, kString),
                     Message(4, span), Message(5, span), Scalar(6, kString),
                     Message(7, span), Scalar(8, kString), Scalar(9, kString),
                     Message(10, span), Strings(11), Scalar(12, kFloat),
                     Scalar(13, kFloat), Scalar(17, kString), Scalar(18, kString)}) &&
         HasExactly(v1::Figure::descriptor(),
                    {Scalar(1, kString), Scalar(2, kString), Message(3, span),
                     {4, kDouble, false, true, nullptr}, Scalar(5, kDouble),
                     Scalar(6, kEnum), Scalar(7, kString), Scalar(8, kDouble),
                     Scalar(9, kString), Scalar(10, kEnum), Scalar(11, kString),
                     Scalar(12, kString), Scalar(13, kString), Scalar(14, kString),
                     Scalar(17, kString), Scalar(18, kString)}) &&
         HasExactly(v1::Source::descriptor(),
                    {Scalar(1, kString), Scalar(2, kEnum), Scalar(3, kString), Strings(4),
                     Scalar(5, kString), Scalar(6, kString), Scalar(7, kInt32),
                     Scalar(8, kInt32), Strings(9), Strings(10)}) &&
         HasExactly(v1::Document::descriptor(),
                    {Scalar(1, kString), Scalar(2, kString), Scalar(3, kString),
                     Scalar(4, kString), Scalar(5, kString), Scalar(6, kString),
                     Scalar(7, kString), Scalar(8, kString), Scalar(9, kString),
                     Strings(10), Scalar(11, kString), Message(12, time),
                     Message(13, time), Scalar(14, kString), Scalar(15, kString),
                     Messages(16, span), Messages(17, v1::Claim::descriptor()),
                     Messages(18, v1::Figure::descriptor()),
                     Messages(19, v1::Source::descriptor()), Scalar(20, kString),
                     Scalar(21, kInt32)});
}

bool InJsonRange(const google::protobuf::Timestamp& t) {
  return t.seconds() >= kMinJsonTimestampSeconds && t.seconds() <= kMaxJsonTimestampSeconds &&
         t.nanos() >= 0 && t.nanos() < kJsonNanosPerSecond;
}

}  // namespace

namespace document_json_internal {

// A field's plan and its key (",\"jsonName\":"), padded so it is copied with
// one fixed-size move; for an enum field, its values' texts padded so too.
struct Field {
  static constexpr size_t kPadded = 32;
  struct EnumText {
    char text[kPadded] = {};
    size_t size = 0;  // 0: none (a gap, or too long to pad): as the plan prints it
  };
  const FieldPlan* plan = nullptr;
  char key[kPadded + 1] = {};  // the comma first; the key after it
  size_t key_size = 0;     // without the comma
  std::vector<EnumText> enum_texts;  // by number, as plan->enum_texts
};

// The fields of each message, by field number.
struct Keys {
  PlanMap plans;
  std::array<Field, 3> span{};
  std::array<Field, 19> claim{};
  std::array<Field, 19> figure{};
  std::array<Field, 11> source{};
  std::array<Field, 22> document{};
  bool keys_fit = true;          // every key, with its comma, is shorter than kPadded

  template <size_t N>
  void Fill(const Descriptor* type, std::array<Field, N>* by_number) {
    proto_json_internal::AddPlans(type, &plans);
    for (size_t n = 1; n < N; ++n) {
      Field& field = (*by_number)[n];
      field.plan = plans.at(type)->Find(n);
      if (field.plan == nullptr) continue;
      if (field.plan->key.size() + 1 >= Field::kPadded) keys_fit = false;
      field.key[0] = ',';
      field.key_size = std::min(field.plan->key.size(), Field::kPadded - 1);
      std::memcpy(field.key + 1, field.plan->key.data(), field.key_size);
      for (const std::string& text : field.plan->enum_texts) {
        Field::EnumText& padded = field.enum_texts.emplace_back();
        if (text.size() > Field::kPadded) continue;
        std::memcpy(padded.text, text.data(), text.size());
        padded.size = text.size();
      }
    }
  }
};

}  // namespace document_json_internal

namespace {

using document_json_internal::Field;

constexpr size_t kInt32Digits = kJsonInt32Room;  // "-2147483648"
// A span object: braces and two keyed numbers.
constexpr size_t kSpanRoom = 2 + 2 * (Field::kPadded + kInt32Digits);

// The room of a list of strings: brackets, and each string with a comma.
size_t StringListRoom(const google::protobuf::RepeatedPtrField<std::string>& items) {
  size_t room = 2;
  for (const std::string& item : items) room += 1 + JsonStringRoom(item.size());
  return room;
}

// Writes one JSON object after another into a JsonBuffer; fields at their default
// value are left out as serialization leaves them out.
//
// Each object first makes room for the most it can write (kFieldRoom per field,
// and six bytes per string byte), then writes at a cursor without further checks.
// The keys must fit their padding (Keys::keys_fit). A string may write 16 bytes
// past its end (WriteShortJsonString): every field's room holds that too.
class Writer {
 public:
  Writer(const document_json_internal::Keys& keys, JsonBuffer* out) : k_(keys), out_(out) {}

  void Document(const v1::Document& d) {
    const auto& f = k_.document;
    Room(2 + 21 * kFieldRoom + JsonStringRoom(d.name().size()) +
         JsonStringRoom(d.document_id().size()) + JsonStringRoom(d.external_id().size()) +
         JsonStringRoom(d.url().size()) + JsonStringRoom(d.media_type().size()) +
         JsonStringRoom(d.content_sha256().size()) + JsonStringRoom(d.headline().size()) +
         JsonStringRoom(d.subheadline().size()) + JsonStringRoom(d.section().size()) +
         StringListRoom(d.authors()) + JsonStringRoom(d.dateline().size()) +
         JsonStringRoom(d.language().size()) + JsonStringRoom(d.text().size()));
    Open();
    String(f[1], d.name());
    String(f[2], d.document_id());
    String(f[3], d.external_id());
    String(f[4], d.url());
    String(f[5], d.media_type());
    String(f[6], d.content_sha256());
    String(f[7], d.headline());
    String(f[8], d.subheadline());
    String(f[9], d.section());
    StringList(f[10], d.authors());
    String(f[11], d.dateline());
    if (d.has_publish_time()) Time(f[12], d.publish_time());
    if (d.has_ingest_time()) Time(f[13], d.ingest_time());
    String(f[14], d.language());
    String(f[15], d.text());
    List(f[16], d.paragraphs(), [](const v1::TextSpan&) { return kSpanRoom; },
         [this](const v1::TextSpan& s) { Span(s); });
    List(f[17], d.claims(), ClaimRoom, [this](const v1::Claim& c) { Claim(c); });
    List(f[18], d.figures(), FigureRoom, [this](const v1::Figure& g) { Figure(g); });
    List(f[19], d.sources(), SourceRoom, [this](const v1::Source& s) { Source(s); });
    Room(2 * kFieldRoom + JsonStringRoom(d.extractor_version().size()) + 1);
    String(f[20], d.extractor_version());
    Int32(f[21], d.revision());
    Close();
    Commit();
  }

 private:
  // The room of each object but for its fixed part (kFieldRoom per field).
  static size_t ClaimRoom(const v1::Claim& c) {
    return JsonStringRoom(c.claim_id().size()) + JsonStringRoom(c.text().size()) +
           JsonStringRoom(c.speaker().size()) + JsonStringRoom(c.source_id().size()) +
           JsonStringRoom(c.cue().size()) + StringListRoom(c.figure_ids()) +
           JsonStringRoom(c.name().size()) + JsonStringRoom(c.document().size());
  }
  static size_t FigureRoom(const v1::Figure& g) {
    return JsonStringRoom(g.figure_id().size()) + JsonStringRoom(g.text().size()) +
           JsonStringRoom(g.unit().size()) + JsonStringRoom(g.normalized_unit().size()) +
           JsonStringRoom(g.subject().size()) + JsonStringRoom(g.time_scope().size()) +
           JsonStringRoom(g.place().size()) + JsonStringRoom(g.claim_id().size()) +
           JsonStringRoom(g.name().size()) + JsonStringRoom(g.document().size());
  }
  static size_t SourceRoom(const v1::Source& s) {
    return JsonStringRoom(s.source_id().size()) + JsonStringRoom(s.name().size()) +
           StringListRoom(s.aliases()) + JsonStringRoom(s.title().size()) +
           JsonStringRoom(s.affiliation().size()) + StringListRoom(s.titles()) +
           StringListRoom(s.affiliations());
  }

  void Claim(const v1::Claim& c) {
    const auto& f = k_.claim;
    Open();
    String(f[1], c.claim_id());
    Enum(f[2], c.kind());
    String(f[3], c.text());
    if (c.has_span()) SpanField(f[4], c.span());
    if (c.has_sentence_span()) SpanField(f[5], c.sentence_span());
    String(f[6], c.speaker());
    if (c.has_speaker_span()) SpanField(f[7], c.speaker_span());
    String(f[8], c.source_id());
    String(f[9], c.cue());
    if (c.has_cue_span()) SpanField(f[10], c.cue_span());
    StringList(f[11], c.figure_ids());
    Float(f[12], c.confidence());
    Float(f[13], c.checkworthiness());
    String(f[17], c.name());
    String(f[18], c.document());
    Close();
  }

  void Figure(const v1::Figure& g) {
    const auto& f = k_.figure;
    Open();
    String(f[1], g.figure_id());
    String(f[2], g.text());
    if (g.has_span()) SpanField(f[3], g.span());
    if (g.has_value()) {
      Key(f[4]);
      at_ = WriteJsonDouble(g.value(), at_);
    }
    Double(f[5], g.value_max());
    Enum(f[6], g.dimension());
    String(f[7], g.unit());
    Double(f[8], g.normalized_value());
    String(f[9], g.normalized_unit());
    Enum(f[10], g.qualifier());
    String(f[11], g.subject());
    String(f[12], g.time_scope());
    String(f[13], g.place());
    String(f[14], g.claim_id());
    String(f[17], g.name());
    String(f[18], g.document());
    Close();
  }

  void Source(const v1::Source& s) {
    const auto& f = k_.source;
    Open();
    String(f[1], s.source_id());
    Enum(f[2], s.type());
    String(f[3], s.name());
    StringList(f[4], s.aliases());
    String(f[5], s.title());
    String(f[6], s.affiliation());
    Int32(f[7], s.claim_count());
    Int32(f[8], s.document_count());
    StringList(f[9], s.titles());
    StringList(f[10], s.affiliations());
    Close();
  }

  // Spans are the most frequent object: written with their own first-key logic.
  // Room: kSpanRoom.
  void Span(const v1::TextSpan& s) {
    const int32_t begin = s.begin();
    const int32_t end = s.end();
    *at_++ = '{';
    if (begin != 0) {
      const Field& field = k_.span[1];
      std::memcpy(at_, field.key + 1, Field::kPadded);  // no comma: the first key
      at_ += field.key_size;
      at_ = WriteJsonInt32(begin, at_);
    }
    if (end != 0) {
      const Field& field = k_.span[2];
      const size_t skip = begin == 0 ? 1 : 0;
      std::memcpy(at_, field.key + skip, Field::kPadded);
      at_ += field.key_size + 1 - skip;
      at_ = WriteJsonInt32(end, at_);
    }
    *at_++ = '}';
    first_ = false;
  }

  void SpanField(const Field& field, const v1::TextSpan& s) {
    Key(field);
    Span(s);
  }

  // A timestamp goes through AppendJsonTimestamp, past the cursor.
  void Time(const Field& field, const google::protobuf::Timestamp& t) {
    Key(field);
    Commit();
    AppendJsonTimestamp(t.seconds(), t.nanos(), out_);
    at_ = out_->Reserve(room_);
  }

  // A list of messages: each item gets the room `item_room(item)` returns plus
  // its fixed part, and the comma before it.
  template <typename Items, typename ItemRoom, typename Write>
  void List(const Field& field, const Items& items, ItemRoom item_room, Write write) {
    if (items.empty()) return;
    Room(Field::kPadded + 1);
    Key(field);
    *at_++ = '[';
    for (int i = 0; i < items.size(); ++i) {
      const auto& item = items.Get(i);
      Room(2 + item_room(item) + 19 * kFieldRoom);
      if (i > 0) *at_++ = ',';
      write(item);
    }
    Room(1);
    *at_++ = ']';
  }

  // Room: StringListRoom(items) and a key.
  void StringList(const Field& field,
                  const google::protobuf::RepeatedPtrField<std::string>& items) {
    if (items.empty()) return;
    Key(field);
    *at_++ = '[';
    bool comma = false;
    for (const std::string& item : items) {
      if (comma) *at_++ = ',';
      comma = true;
      at_ = WriteShortJsonString(item, at_);
    }
    *at_++ = ']';
  }

  ABSL_ATTRIBUTE_ALWAYS_INLINE void String(const Field& field, const std::string& value) {
    if (value.empty()) return;
    Key(field);
    at_ = WriteShortJsonString(value, at_);
  }

  void Int32(const Field& field, int32_t value) {
    if (value == 0) return;
    Key(field);
    at_ = WriteJsonInt32(value, at_);
  }

  ABSL_ATTRIBUTE_ALWAYS_INLINE void Enum(const Field& field, int value) {
    if (value == 0) return;
    Key(field);
    if (value > 0 && static_cast<size_t>(value) < field.enum_texts.size() &&
        field.enum_texts[static_cast<size_t>(value)].size != 0) {
      const Field::EnumText& text = field.enum_texts[static_cast<size_t>(value)];
      std::memcpy(at_, text.text, Field::kPadded);
      at_ += text.size;
      return;
    }
    UnnamedEnum(field, value);
  }

  // A number without a text of its own: as the plan prints it, past the cursor.
  ABSL_ATTRIBUTE_NOINLINE void UnnamedEnum(const Field& field, int value) {
    Commit();
    std::string text;
    {
      JsonSink sink(&text, 0);
      field.plan->AppendEnum(value, &sink);
    }
    out_->append(text.data(), text.size());
    at_ = out_->Reserve(room_);
  }

  // Floats and doubles are left out only when their bits are zero (-0 is printed).
  void Float(const Field& field, float value) {
    uint32_t bits;
    std::memcpy(&bits, &value, sizeof(bits));
    if (bits == 0) return;
    Key(field);
    at_ = WriteJsonFloat(value, at_);
  }

  void Double(const Field& field, double value) {
    uint64_t bits;
    std::memcpy(&bits, &value, sizeof(bits));
    if (bits == 0) return;
    Key(field);
    at_ = WriteJsonDouble(value, at_);
  }

  void Open() {
    *at_++ = '{';
    first_ = true;
  }

  void Close() {
    *at_++ = '}';
    first_ = false;
  }

  ABSL_ATTRIBUTE_ALWAYS_INLINE void Key(const Field& field) {
    const size_t skip = first_ ? 1 : 0;  // no comma before the first key
    first_ = false;
    std::memcpy(at_, field.key + skip, Field::kPadded);
    at_ += field.key_size + 1 - skip;
  }

  // Makes room for `n` bytes at the cursor.
  void Room(size_t n) {
    Commit();
    at_ = out_->Reserve(n);
    room_ = n;
  }

  // Counts the bytes written at the cursor into the buffer.
  void Commit() {
    if (at_ != nullptr) {
      out_->Advance(static_cast<size_t>(at_ - (out_->data() + out_->size())));
    }
  }

  // The most a field takes but for its string bytes: a key, the largest value
  // that is not a string (a span), and a string's 16 bytes past its end.
  static constexpr size_t kFieldRoom =
      Field::kPadded + std::max({kSpanRoom, kJsonNumberRoom, Field::kPadded}) + 16;

  const document_json_internal::Keys& k_;
  JsonBuffer* const out_;
  char* at_ = nullptr;       // the cursor, in room made by Room()
  size_t room_ = 0;          // the room Room() last made
  bool first_ = true;
};

}  // namespace

DocumentJsonPrinter::DocumentJsonPrinter() {
  if (!DescriptorsAreKnown()) return;
  auto keys = std::make_unique<document_json_internal::Keys>();
  keys->Fill(v1::TextSpan::descriptor(), &keys->span);
  keys->Fill(v1::Claim::descriptor(), &keys->claim);
  keys->Fill(v1::Figure::descriptor(), &keys->figure);
  keys->Fill(v1::Source::descriptor(), &keys->source);
  keys->Fill(v1::Document::descriptor(), &keys->document);
  if (keys->keys_fit) keys_ = std::move(keys);
}

DocumentJsonPrinter::~DocumentJsonPrinter() = default;

absl::Status DocumentJsonPrinter::Append(const v1::Document& document,
                                         JsonBuffer* out) const {
  if (keys_ == nullptr || (document.has_publish_time() && !InJsonRange(document.publish_time())) ||
      (document.has_ingest_time() && !InJsonRange(document.ingest_time()))) {
    std::string json;
    absl::Status status = fallback_.Append(document, &json);
    if (status.ok()) out->append(json.data(), json.size());
    return status;
  }
  Writer(*keys_, out).Document(document);
  return absl::OkStatus();
}

absl::Status DocumentJsonPrinter::Append(const v1::Document& document,
                                         std::string* out) const {
  thread_local JsonBuffer buffer;
  buffer.clear();
  absl::Status status = Append(document, &buffer);
  if (status.ok()) out->append(buffer.data(), buffer.size());
  // A rare huge document does not pin its size for the thread's lifetime.
  buffer.ShrinkIfAbove(size_t{4} << 20);
  return status;
}

}  // namespace factwire
