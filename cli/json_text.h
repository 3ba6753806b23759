#ifndef FACTWIRE_CLI_JSON_TEXT_H_
#define FACTWIRE_CLI_JSON_TEXT_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

#include "absl/strings/string_view.h"

namespace factwire {

// JsonSink
//
// Appends to a std::string it does not own, with less work per piece than
// std::string::append: the pieces go into a buffer the thread keeps from one sink
// to the next (so it is neither allocated nor zeroed per sink; one past 4 MiB is
// released after its sink), and Finish() (or
// the destructor) appends them to the string in one copy. The string must not be
// used until then. A sink made while another is open on the same thread writes
// into its string directly. Not thread-safe.
class JsonSink {
 public:
  // Writes after what `out` holds; `expected` bytes are made room for up front.
  JsonSink(std::string* out, size_t expected);
  ~JsonSink();
  JsonSink(const JsonSink&) = delete;
  JsonSink& operator=(const JsonSink&) = delete;

  void append(const char* data, size_t size) {
    if (size > capacity_ - size_) Grow(size);
    std::memcpy(data_ + size_, data, size);
    size_ += size;
  }
  void push_back(char c) {
    if (size_ == capacity_) Grow(1);
    data_[size_++] = c;
  }
  // Room for `n` more bytes: returns where they go; Advance() then counts the
  // bytes written there (at most `n`). For writers that format in place.
  char* Reserve(size_t n) {
    if (n > capacity_ - size_) Grow(n);
    return data_ + size_;
  }
  void Advance(size_t n) { size_ += n; }
  // Bytes in the string, those before the sink's included.
  size_t size() const { return base_ + size_; }
  // Drops what was written after the first `size` bytes; `size` is at least
  // size() as of the sink's creation or its last Finish().
  void Truncate(size_t size) { size_ = size - base_; }
  // Moves what was written into the string; later writes go on after it.
  void Finish();

 private:
  void Grow(size_t more);

  std::string* out_;
  std::string* buffer_;  // the thread's buffer, or `out_` itself when nested
  bool owns_buffer_;     // this sink holds the thread's buffer
  size_t base_;          // bytes of `out_` before the pieces in the buffer
  char* data_;           // the pieces: buffer_->data() + (owns_buffer_ ? 0 : base_)
  size_t size_;          // bytes of pieces
  size_t capacity_;      // room for pieces
};

// The JSON text of strings and numbers, byte for byte as protobuf's JSON printer
// (libprotobuf 3.21, util::MessageToJsonString) writes them, so output built from
// these pieces can be compared with protobuf's own. All functions append to `out`
// and are thread-safe.

// AppendJsonString()
//
// Appends `text` as a quoted JSON string. Escapes `"` and `\` as \" and \\; \b \t
// \n \f \r as themselves; the other C0 controls, DEL, the C1 controls, `<` and `>`
// as \u00XX; and as \uXXXX (a surrogate pair above U+FFFF) the invisible format
// characters that JavaScript mishandles (U+00AD, U+200B..U+200F, U+2028..U+202E,
// U+FEFF, tag characters, ...). Every other code point is copied as its UTF-8 bytes.
//
// Bytes that are not UTF-8 are dropped as protobuf drops them: a stray continuation
// byte or a 0xF8..0xFF byte alone; a sequence cut short together with the byte that
// cut it (or the rest of the text); a complete sequence that encodes a surrogate or
// lies above U+10FFFF. Overlong sequences are kept (escaped when the code point
// they encode would be).
void AppendJsonString(absl::string_view text, std::string* out);
void AppendJsonString(absl::string_view text, JsonSink* out);

// AppendJsonDouble()
//
// Appends a finite `value` as a JSON number: printf's %.15g when that reads back as
// the same double, else %.17g (protobuf's SimpleDtoa): 0.1, -0, 1e+21,
// 0.33333333333333331. NaN and the infinities as the strings "NaN", "Infinity" and
// "-Infinity", quotes included.
void AppendJsonDouble(double value, std::string* out);
void AppendJsonDouble(double value, JsonSink* out);

// AppendJsonFloat()
//
// As AppendJsonDouble for a float, with %.6g, else %.9g (protobuf's SimpleFtoa).
void AppendJsonFloat(float value, std::string* out);
void AppendJsonFloat(float value, JsonSink* out);

// The range of google.protobuf.Timestamp in the JSON mapping:
// 0001-01-01T00:00:00Z .. 9999-12-31T23:59:59.999999999Z.
inline constexpr int64_t kMinJsonTimestampSeconds = -62135596800;
inline constexpr int64_t kMaxJsonTimestampSeconds = 253402300799;
inline constexpr int64_t kJsonNanosPerSecond = 1000000000;

// AppendJsonTimestamp()
//
// Appends the time `seconds` + `nanos` since 1970-01-01T00:00:00Z as protobuf
// prints a Timestamp: "YYYY-MM-DDThh:mm:ss[.fff]Z", quoted, with 0, 3, 6 or 9
// fractional digits (the fewest that hold `nanos`). The caller checks the range
// (the constants above; nanos in [0, kJsonNanosPerSecond)).
void AppendJsonTimestamp(int64_t seconds, int64_t nanos, JsonSink* out);

}  // namespace factwire

#endif  // FACTWIRE_CLI_JSON_TEXT_H_
