#ifndef FACTWIRE_PROTO_WIRE_READER_H_
#define FACTWIRE_PROTO_WIRE_READER_H_

#include <cstdint>
#include <cstring>

#include "absl/strings/string_view.h"

namespace factwire {

static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
              "WireReader reads fixed32/fixed64 values in host byte order");

// WireReader
//
// Reads protobuf wire format (varints, fixed32/64, length-delimited bytes) from a
// buffer it does not own. Every read checks the bounds: a read past the end or a
// varint longer than 10 bytes returns false and leaves the reader failed (ok()
// false) at the end of the buffer, so a loop `while (!at_end())` always stops.
class WireReader {
 public:
  // Wire types (the low 3 bits of a tag).
  static constexpr int kVarint = 0;
  static constexpr int kFixed64 = 1;
  static constexpr int kLengthDelimited = 2;
  static constexpr int kStartGroup = 3;
  static constexpr int kEndGroup = 4;
  static constexpr int kFixed32 = 5;

  explicit WireReader(absl::string_view data)
      : pos_(data.data()), end_(data.data() + data.size()) {}

  bool at_end() const { return pos_ == end_; }
  bool ok() const { return ok_; }
  // The next byte to read (the end once at_end() or failed).
  const char* position() const { return pos_; }

  bool ReadVarint(uint64_t* value) {
    uint64_t result = 0;
    for (int shift = 0; shift < 70; shift += 7) {
      if (pos_ == end_) return Fail();
      const uint8_t byte = static_cast<uint8_t>(*pos_++);
      result |= static_cast<uint64_t>(byte & 0x7f) << shift;
      if (byte < 0x80) {
        *value = result;
        return true;
      }
    }
    return Fail();
  }

  bool ReadFixed32(uint32_t* value) { return ReadLittleEndian(value); }
  bool ReadFixed64(uint64_t* value) { return ReadLittleEndian(value); }

  // A length-delimited field's bytes (pointing into the buffer).
  bool ReadBytes(absl::string_view* bytes) {
    uint64_t length = 0;
    if (!ReadVarint(&length)) return false;
    if (length > static_cast<uint64_t>(end_ - pos_)) return Fail();
    *bytes = absl::string_view(pos_, static_cast<size_t>(length));
    pos_ += length;
    return true;
  }

  // Skips the value of a field with tag `tag`; groups are skipped whole.
  bool SkipField(uint64_t tag) {
    uint64_t ignored64 = 0;
    uint32_t ignored32 = 0;
    absl::string_view ignored;
    switch (tag & 7) {
      case kVarint: return ReadVarint(&ignored64);
      case kFixed64: return ReadFixed64(&ignored64);
      case kLengthDelimited: return ReadBytes(&ignored);
      case kFixed32: return ReadFixed32(&ignored32);
      case kStartGroup: return SkipGroup(tag >> 3);
      default: return Fail();
    }
  }

  // The next tag without consuming it; 0 at the end.
  uint64_t PeekTag() const {
    WireReader copy = *this;
    uint64_t tag = 0;
    return copy.ReadVarint(&tag) ? tag : 0;
  }

 private:
  template <typename T>
  bool ReadLittleEndian(T* value) {
    if (static_cast<size_t>(end_ - pos_) < sizeof(T)) return Fail();
    std::memcpy(value, pos_, sizeof(T));
    pos_ += sizeof(T);
    return true;
  }

  bool SkipGroup(uint64_t number) {
    uint64_t tag = 0;
    while (ReadVarint(&tag)) {
      if ((tag & 7) == kEndGroup) return (tag >> 3) == number || Fail();
      if (!SkipField(tag)) return false;
    }
    return false;
  }

  bool Fail() {
    ok_ = false;
    pos_ = end_;
    return false;
  }

  const char* pos_;
  const char* end_;
  bool ok_ = true;
};

}  // namespace factwire

#endif  // FACTWIRE_PROTO_WIRE_READER_H_
