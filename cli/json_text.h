#ifndef FACTWIRE_CLI_JSON_TEXT_H_
#define FACTWIRE_CLI_JSON_TEXT_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>

#include "absl/strings/string_view.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

// JsonBuffer
//
// A growable byte buffer that formatting code writes into in place: unlike
// std::string, making room does not zero it, so a writer can reserve a bound on
// what it writes, write, and count only the bytes it wrote. Not thread-safe.
class JsonBuffer {
 public:
  JsonBuffer() = default;
  JsonBuffer(JsonBuffer&&) = default;
  JsonBuffer& operator=(JsonBuffer&&) = default;

  const char* data() const { return data_.get(); }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  absl::string_view view() const { return absl::string_view(data_.get(), size_); }
  // Drops the bytes and keeps the room.
  void clear() { size_ = 0; }
  // Drops the bytes after the first `size` (at most size()).
  void Truncate(size_t size) { size_ = size; }
  // Drops the first `n` bytes (at most size()); the rest move to the front.
  void DropFront(size_t n) {
    size_ -= n;
    if (size_ > 0) std::memmove(data_.get(), data_.get() + n, size_);
  }
  // Room for at least `n` more bytes: returns where they go (valid until the next
  // call that makes room); Advance() then counts the bytes written there.
  char* Reserve(size_t n) {
    if (n >= capacity_ - size_) Grow(n);
    return data_.get() + size_;
  }
  void Advance(size_t n) { size_ += n; }
  void append(const char* bytes, size_t n) {
    std::memcpy(Reserve(n), bytes, n);
    size_ += n;
  }
  void push_back(char c) {
    *Reserve(1) = c;
    ++size_;
  }
  // Frees the room if it holds more than `max_capacity` bytes, so one huge
  // document does not pin its size for the buffer's lifetime.
  void ShrinkIfAbove(size_t max_capacity);
  // If the room holds more than `max_capacity` bytes, moves the bytes into a
  // room of their own size (freed if there are none): ShrinkIfAbove for a buffer
  // that still holds bytes it must keep.
  void FitIfAbove(size_t max_capacity);
  // The bytes the buffer holds room for.
  size_t capacity() const { return capacity_; }

 private:
  void Grow(size_t n);

  std::unique_ptr<char[]> data_;
  size_t size_ = 0;
  size_t capacity_ = 0;
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

// JsonStringRoom()
//
// The most bytes WriteJsonString() writes for a text of `bytes` bytes: an escape
// is at most six bytes per byte it replaces, and the quotes.
constexpr size_t JsonStringRoom(size_t bytes) { return 6 * bytes + 2; }

// WriteJsonString()
//
// As AppendJsonString, written at `at`, which has room for
// JsonStringRoom(text.size()) bytes. Returns the end of what it wrote. A text of
// 17 to kShortJsonString bytes that needs no escape is copied in 16-byte pieces.
inline constexpr size_t kShortJsonString = 64;
char* WriteJsonString(absl::string_view text, char* at);

namespace json_text_internal {
#if defined(__SSE2__)
// A bit per byte of `bytes` that AppendJsonString must look at: the ASCII bytes it
// escapes and every byte of a multi-byte (or broken) UTF-8 sequence. Byte + 1
// compares (signed) below 0x21 for the C0 controls, DEL (0x80 after the add) and
// every byte >= 0x80; byte | 2 is '>' for '<' and '>' alone.
inline unsigned SpecialMask(__m128i bytes) {
  const __m128i low = _mm_cmplt_epi8(_mm_add_epi8(bytes, _mm_set1_epi8(1)), _mm_set1_epi8(0x21));
  const __m128i angle = _mm_cmpeq_epi8(_mm_or_si128(bytes, _mm_set1_epi8(2)), _mm_set1_epi8('>'));
  const __m128i quote = _mm_cmpeq_epi8(bytes, _mm_set1_epi8('"'));
  const __m128i backslash = _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\\'));
  return static_cast<unsigned>(
      _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(low, angle), _mm_or_si128(quote, backslash))));
}
#endif
}  // namespace json_text_internal

// WriteShortJsonString()
//
// As WriteJsonString, but it may also change the 16 bytes after what it writes:
// `at` has room for JsonStringRoom(text.size()) + 16 bytes. A string of at most 16
// bytes that needs no escape is written inline, with two fixed-size moves; this
// reads the 16 bytes from text.data(), which std::string holds (its inline buffer,
// or an allocation past its size for a longer capacity).
inline char* WriteShortJsonString(const std::string& text, char* at) {
#if defined(__SSE2__)
  const size_t size = text.size();
  const char* const data = text.data();
  if (size <= 16) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data));
    const unsigned in_text = (1u << size) - 1;
    if ((json_text_internal::SpecialMask(bytes) & in_text) == 0) {
      *at = '"';
      _mm_storeu_si128(reinterpret_cast<__m128i*>(at + 1), bytes);
      at[size + 1] = '"';
      return at + size + 2;
    }
  }
#endif
  return WriteJsonString(text, at);
}

// The most bytes WriteJsonInt32() writes: "-2147483648".
inline constexpr size_t kJsonInt32Room = 11;

namespace json_text_internal {
// "00" to "99".
inline constexpr char kDigitPairs[] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

// Writes `value` (below 10000) at `at` with one four-byte move; returns the end.
inline char* WriteBelow10000(uint32_t value, char* at) {
  const uint32_t high = value / 100;
  const uint32_t low = value % 100;
  const int count = 1 + (value >= 10) + (value >= 100) + (value >= 1000);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  uint16_t high_pair, low_pair;
  std::memcpy(&high_pair, kDigitPairs + 2 * high, 2);
  std::memcpy(&low_pair, kDigitPairs + 2 * low, 2);
  // Four digits, the first in the lowest byte; the leading zeros shifted out.
  const uint32_t digits = (high_pair | static_cast<uint32_t>(low_pair) << 16) >> (8 * (4 - count));
  std::memcpy(at, &digits, 4);
#else
  char digits[4];
  std::memcpy(digits, kDigitPairs + 2 * high, 2);
  std::memcpy(digits + 2, kDigitPairs + 2 * low, 2);
  std::memcpy(at, digits + 4 - count, 4);  // at has room for four
#endif
  return at + count;
}

// Writes `value` (10000 or more) at `at`; returns the end.
char* WriteAbove9999(uint32_t value, char* at);
}  // namespace json_text_internal

// WriteJsonInt32()
//
// Writes `value` in decimal as std::to_chars does at `at`, which has room for
// kJsonInt32Room bytes (four at least, however short the number); returns the end.
inline char* WriteJsonInt32(int32_t value, char* at) {
  uint32_t magnitude = static_cast<uint32_t>(value);
  if (value < 0) {
    *at++ = '-';
    magnitude = 0u - magnitude;
  }
  if (magnitude < 10000) return json_text_internal::WriteBelow10000(magnitude, at);
  return json_text_internal::WriteAbove9999(magnitude, at);
}

// The most bytes WriteJsonDouble() and WriteJsonFloat() write.
inline constexpr size_t kJsonNumberRoom = 40;

// AppendJsonDouble()
//
// Appends a finite `value` as a JSON number: printf's %.15g when that reads back as
// the same double, else %.17g (protobuf's SimpleDtoa): 0.1, -0, 1e+21,
// 0.33333333333333331. NaN and the infinities as the strings "NaN", "Infinity" and
// "-Infinity", quotes included.
void AppendJsonDouble(double value, std::string* out);
void AppendJsonDouble(double value, JsonSink* out);
// The same text written at `at`, which has room for kJsonNumberRoom bytes; returns
// the end of what it wrote.
char* WriteJsonDouble(double value, char* at);

// AppendJsonFloat()
//
// As AppendJsonDouble for a float, with %.6g, else %.9g (protobuf's SimpleFtoa).
void AppendJsonFloat(float value, std::string* out);
void AppendJsonFloat(float value, JsonSink* out);
// The same text written at `at`, which has room for kJsonNumberRoom bytes; returns
// the end of what it wrote.
char* WriteJsonFloat(float value, char* at);

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
void AppendJsonTimestamp(int64_t seconds, int64_t nanos, JsonBuffer* out);

}  // namespace factwire

#endif  // FACTWIRE_CLI_JSON_TEXT_H_
