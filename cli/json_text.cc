#include "cli/json_text.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <system_error>
#include <type_traits>
#include <utility>

namespace factwire {
namespace {

constexpr char kHexDigits[] = "0123456789abcdef";

// True for the bytes AppendJsonString must look at: the ASCII ones it escapes and
// every byte of a multi-byte (or broken) UTF-8 sequence.
constexpr std::array<bool, 256> SpecialBytes() {
  std::array<bool, 256> special{};
  for (int c = 0; c < 256; ++c) {
    special[c] = c < 0x20 || c >= 0x7f || c == '"' || c == '\\' || c == '<' || c == '>';
  }
  return special;
}
constexpr std::array<bool, 256> kSpecial = SpecialBytes();

template <typename Out>
void AppendHex4(uint32_t unit, Out* out) {
  const char escape[6] = {'\\', 'u', kHexDigits[(unit >> 12) & 0xf],
                          kHexDigits[(unit >> 8) & 0xf], kHexDigits[(unit >> 4) & 0xf],
                          kHexDigits[unit & 0xf]};
  out->append(escape, sizeof(escape));
}

// The escapes of code points below U+00A0: the short forms JSON has, else \u00XX.
template <typename Out>
void AppendLowEscape(uint32_t cp, Out* out) {
  char escape = 0;
  switch (cp) {
    case '"': escape = '"'; break;
    case '\\': escape = '\\'; break;
    case '\b': escape = 'b'; break;
    case '\t': escape = 't'; break;
    case '\n': escape = 'n'; break;
    case '\f': escape = 'f'; break;
    case '\r': escape = 'r'; break;
    default: AppendHex4(cp, out); return;
  }
  const char pair[2] = {'\\', escape};
  out->append(pair, 2);
}

// The index of the first byte at or after `i` that kSpecial marks, or text.size().
size_t FindSpecial(absl::string_view text, size_t i) {
#if defined(__SSE2__)
  // 16 bytes at a time.
  for (; i + 16 <= text.size(); i += 16) {
    const unsigned mask = json_text_internal::SpecialMask(
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i)));
    if (mask != 0) return i + static_cast<size_t>(__builtin_ctz(mask));
  }
  if (i >= text.size()) return i;
  // The last 1 to 15 bytes in one more step: the 16 bytes ending at the end,
  // without those before `i`.
  if (text.size() >= 16) {
    const unsigned mask = json_text_internal::SpecialMask(_mm_loadu_si128(
                              reinterpret_cast<const __m128i*>(text.data() + text.size() - 16))) >>
                          (16 - (text.size() - i));
    return mask == 0 ? text.size() : i + static_cast<size_t>(__builtin_ctz(mask));
  }
  // A whole string of 8 to 15 bytes (most are short: ids, names, units) in one
  // step too: its first and last eight bytes side by side.
  if (i == 0 && text.size() >= 8) {
    uint64_t first, last;
    std::memcpy(&first, text.data(), 8);
    std::memcpy(&last, text.data() + text.size() - 8, 8);
    const unsigned mask = json_text_internal::SpecialMask(_mm_set_epi64x(static_cast<int64_t>(last),
                                                     static_cast<int64_t>(first)));
    if ((mask & 0xFF) != 0) return static_cast<size_t>(__builtin_ctz(mask));
    if (mask != 0) return text.size() - 8 + static_cast<size_t>(__builtin_ctz(mask >> 8));
    return text.size();
  }
#endif
  while (i < text.size() && !kSpecial[static_cast<unsigned char>(text[i])]) ++i;
  return i;
}

bool IsLowEscaped(uint32_t cp) {
  return cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp == '"' || cp == '\\' ||
         cp == '<' || cp == '>';
}

// Format characters at or above U+00A0 written as one \uXXXX.
bool IsHexEscaped(uint32_t cp) {
  return cp == 0xad || (cp >= 0x600 && cp <= 0x603) || cp == 0x6dd || cp == 0x70f ||
         cp == 0x17b4 || cp == 0x17b5 || (cp >= 0x200b && cp <= 0x200f) ||
         (cp >= 0x2028 && cp <= 0x202e) || (cp >= 0x2060 && cp <= 0x2064) ||
         (cp >= 0x206a && cp <= 0x206f) || cp == 0xfeff || (cp >= 0xfff9 && cp <= 0xfffb);
}

// Supplementary format characters written as a surrogate pair.
bool IsPairEscaped(uint32_t cp) {
  return cp == 0xe0001 || (cp >= 0x1d173 && cp <= 0x1d17a) ||
         (cp >= 0xe0020 && cp <= 0xe007f);
}

bool NeedsEscape(uint32_t cp) {
  return cp < 0xa0 ? IsLowEscaped(cp) : IsHexEscaped(cp) || IsPairEscaped(cp);
}

template <typename Out>
void AppendEscape(uint32_t cp, Out* out) {
  if (cp < 0xa0) {
    AppendLowEscape(cp, out);
  } else if (IsHexEscaped(cp)) {
    AppendHex4(cp, out);
  } else {
    AppendHex4(0xd7c0 + (cp >> 10), out);
    AppendHex4(0xdc00 + (cp & 0x3ff), out);
  }
}

// One UTF-8 sequence read the way protobuf's JsonEscaping reads it.
struct CodePoint {
  uint32_t value = 0;
  size_t length = 0;  // bytes consumed, the bad ones included
  bool valid = false;
};

// Reads the sequence whose lead byte (>= 0x80) is text[i]. The lead byte fixes the
// length; every byte after it is consumed, a bad one too.
CodePoint ReadCodePoint(absl::string_view text, size_t i) {
  CodePoint cp;
  const uint32_t lead = static_cast<unsigned char>(text[i]);
  cp.length = 1;
  int more = 0;
  if (lead >= 0xc0 && lead <= 0xdf) {
    cp.value = lead & 0x1f;
    more = 1;
  } else if (lead >= 0xe0 && lead <= 0xef) {
    cp.value = lead & 0x0f;
    more = 2;
  } else if (lead >= 0xf0 && lead <= 0xf7) {
    cp.value = lead & 0x07;
    more = 3;
  } else {
    return cp;  // a continuation byte or 0xF8..0xFF: invalid alone
  }
  for (; more > 0; --more) {
    if (i + cp.length >= text.size()) return cp;  // cut short by the end
    const uint32_t next = static_cast<unsigned char>(text[i + cp.length]);
    ++cp.length;
    cp.value = (cp.value << 6) | (next & 0x3f);
    if (next < 0x80 || next > 0xbf) return cp;
  }
  const bool surrogate = (cp.value & 0xfffff800) == 0xd800;
  cp.valid = !surrogate && cp.value <= 0x10ffff;
  return cp;
}

// %.{precision}g of `value`, as printf writes it.
std::to_chars_result PrintG(char* first, char* last, double value, int precision) {
  return std::to_chars(first, last, value, std::chars_format::general, precision);
}

// Whether `text` reads back as `value` through protobuf's safe_strtof, which also
// rejects a read that sets errno (as an underflow to a subnormal does).
bool StrtofReadsBack(const char* first, const char* last, float value) {
  const std::string text(first, last);
  errno = 0;
  const float parsed = std::strtof(text.c_str(), nullptr);
  return errno == 0 && parsed == value;
}

// Longest number text written: a sign, 17 digits, a point, "e-308", quotes.
constexpr size_t kNumberBuffer = 40;
static_assert(kNumberBuffer <= kJsonNumberRoom);

// Writes `digits` (d1 d2 ... dk, no trailing zeros) times 10^(exponent - k + 1),
// negated if `negative`, as printf's %.{precision}g writes a value whose rounding
// to `precision` digits is exactly that: fixed notation for exponents from -4 to
// precision - 1, else d1.d2...dke±XX. Returns the end of what it wrote.
char* WriteG(bool negative, absl::string_view digits, int exponent, int precision,
             char* p) {
  if (negative) *p++ = '-';
  const int count = static_cast<int>(digits.size());
  const auto copy = [&p](const char* from, int n) {
    std::memcpy(p, from, static_cast<size_t>(n));
    p += n;
  };
  if (exponent < -4 || exponent >= precision) {
    *p++ = digits[0];
    if (count > 1) {
      *p++ = '.';
      copy(digits.data() + 1, count - 1);
    }
    *p++ = 'e';
    *p++ = exponent < 0 ? '-' : '+';
    const int magnitude = exponent < 0 ? -exponent : exponent;
    if (magnitude < 10) *p++ = '0';
    return std::to_chars(p, p + 4, magnitude).ptr;
  }
  if (exponent < 0) {
    *p++ = '0';
    *p++ = '.';
    for (int i = exponent + 1; i < 0; ++i) *p++ = '0';
    copy(digits.data(), count);
  } else if (count <= exponent + 1) {
    copy(digits.data(), count);
    for (int i = count; i <= exponent; ++i) *p++ = '0';
  } else {
    copy(digits.data(), exponent + 1);
    *p++ = '.';
    copy(digits.data() + exponent + 1, count - exponent - 1);
  }
  return p;
}

// Writes a finite `value` as %.{precision}g if its shortest round-trip form has at
// most `precision` digits: then %.{precision}g rounds to those same digits (for a
// normal number they lie within half a unit of the binary value, far less than half
// a step of `precision` digits), and it reads back. nullptr, with nothing written,
// otherwise.
template <typename Float>
char* WriteShortestAsG(Float value, int precision, char* out) {
  char buffer[kNumberBuffer];
  const char* end =
      std::to_chars(buffer, buffer + sizeof(buffer), value, std::chars_format::scientific)
          .ptr;
  const char* p = buffer;
  const bool negative = *p == '-';
  if (negative) ++p;
  char digits[20];
  size_t count = 0;
  for (; p < end && *p != 'e'; ++p) {
    if (*p != '.' && count < sizeof(digits)) digits[count++] = *p;
  }
  if (count > static_cast<size_t>(precision) || p == end) return nullptr;
  int exponent = 0;
  std::from_chars(p + (p[1] == '+' ? 2 : 1), end, exponent);
  return WriteG(negative, absl::string_view(digits, count), exponent, precision, out);
}

// Writes "NaN", "Infinity" or "-Infinity", quoted; nullptr if `value` is finite.
char* WriteNonFinite(double value, char* out) {
  const char* text = nullptr;
  if (std::isnan(value)) {
    text = "\"NaN\"";
  } else if (std::isinf(value)) {
    text = value > 0 ? "\"Infinity\"" : "\"-Infinity\"";
  } else {
    return nullptr;
  }
  const size_t length = std::strlen(text);
  std::memcpy(out, text, length);
  return out + length;
}

// Writes `value` if it is a nonzero integer of at most 15 digits, as %.15g writes
// it (its digits, which read back exactly); nullptr, with nothing written, otherwise.
// Most figures are such integers; -0 is not one.
char* WriteSmallInteger(double value, char* out) {
  if (!(value > -1e15 && value < 1e15) || value == 0) return nullptr;  // NaN: false
  const int64_t integer = static_cast<int64_t>(value);
  if (static_cast<double>(integer) != value) return nullptr;
  if (integer >= INT32_MIN && integer <= INT32_MAX) {
    return WriteJsonInt32(static_cast<int32_t>(integer), out);
  }
  return std::to_chars(out, out + kNumberBuffer, integer).ptr;
}

// Writes `value` if it is a decimal of at most 15 significant digits in fixed
// notation (1e-3 <= |value| < 1e15) with k <= 15 fractional digits, found as the
// first k for which value * 10^k is whole and reads back as value when divided by
// 10^k (both operands exact doubles, so the quotient is the correctly rounded
// decimal, as strtod reads it). Such a decimal lies within half an ulp of value,
// less than half a step of 15 significant digits, so it is what %.15g prints. Most
// figures with decimals (unit conversions, shares) take this path instead of the
// shortest-digits search. nullptr, with nothing written, otherwise.
char* WriteFewDecimals(double value, char* out) {
  static constexpr double kPowers[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                       1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
  const double magnitude = std::fabs(value);
  if (!(magnitude >= 1e-3 && magnitude < 1e15)) return nullptr;
  for (int k = 1; k <= 15; ++k) {
    const double scaled = magnitude * kPowers[k];
    if (!(scaled < 1e15)) return nullptr;  // more than 15 digits
    if (scaled != std::floor(scaled)) continue;
    const uint64_t digits = static_cast<uint64_t>(scaled);
    if (static_cast<double>(digits) / kPowers[k] != magnitude) return nullptr;
    const uint64_t scale = static_cast<uint64_t>(kPowers[k]);
    uint64_t fraction = digits % scale;
    if (fraction == 0) return nullptr;  // whole: WriteSmallInteger's
    int fraction_digits = k;
    while (fraction % 10 == 0) {
      fraction /= 10;
      --fraction_digits;
    }
    if (value < 0) *out++ = '-';
    out = std::to_chars(out, out + kNumberBuffer, digits / scale).ptr;
    *out++ = '.';
    char* const end = out + fraction_digits;
    for (char* p = end; p > out;) {
      *--p = static_cast<char>('0' + fraction % 10);
      fraction /= 10;
    }
    return end;
  }
  return nullptr;
}

// Writes `value` as protobuf's SimpleDtoa does: %.15g if it reads back, else %.17g.
char* WriteDouble(double value, char* out) {
  if (char* end = WriteNonFinite(value, out)) return end;
  if (char* end = WriteFewDecimals(value, out)) return end;
  if (std::fpclassify(value) != FP_SUBNORMAL) {
    if (char* end = WriteShortestAsG(value, 15, out)) return end;
  } else {
    // Subnormals hold fewer digits, so the shortcut's reasoning does not hold: do
    // what protobuf does.
    char* end = PrintG(out, out + kNumberBuffer, value, 15).ptr;
    if (std::strtod(std::string(out, end).c_str(), nullptr) == value) return end;
  }
  return PrintG(out, out + kNumberBuffer, value, 17).ptr;
}

// Writes `value` as protobuf's SimpleFtoa does: %.6g if it reads back (through a
// strtof that must not set errno), else %.9g.
char* WriteFloat(float value, char* out) {
  if (char* end = WriteNonFinite(value, out)) return end;
  if (std::fpclassify(value) != FP_SUBNORMAL) {
    if (char* end = WriteShortestAsG(value, 6, out)) return end;
  } else {
    char* end = PrintG(out, out + kNumberBuffer, value, 6).ptr;
    if (StrtofReadsBack(out, end, value)) return end;
  }
  return PrintG(out, out + kNumberBuffer, value, 9).ptr;
}

template <typename Out>
void AppendString(absl::string_view text, Out* out) {
  out->push_back('"');
  size_t run = 0;  // start of the bytes not yet appended
  size_t i = 0;
  while ((i = FindSpecial(text, i)) < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      out->append(text.data() + run, i - run);
      AppendLowEscape(c, out);
      run = ++i;
      continue;
    }
    // The punctuation of most texts (‘ ’ “ ” – — …: U+2010 to U+2027, bytes
    // E2 80 90..A7) is never escaped: copied with the run without decoding.
    if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
        static_cast<unsigned>(static_cast<unsigned char>(text[i + 2])) - 0x90u <= 0x17u) {
      i += 3;
      continue;
    }
    const CodePoint cp = ReadCodePoint(text, i);
    if (cp.valid && !NeedsEscape(cp.value)) {
      i += cp.length;  // copied with the run
      continue;
    }
    out->append(text.data() + run, i - run);
    if (cp.valid) AppendEscape(cp.value, out);
    i += cp.length;
    run = i;
  }
  out->append(text.data() + run, text.size() - run);
  out->push_back('"');
}

// Appends to memory the caller made room in: the Out of the templates above for
// the Write* functions.
struct RawOut {
  char* at;
  void append(const char* bytes, size_t n) {
    std::memcpy(at, bytes, n);
    at += n;
  }
  void push_back(char c) { *at++ = c; }
};

// The texts of the numbers a thread printed last, by the bits of their value:
// documents repeat a few values (scores to 0.001, confidences) many times, and a
// hit copies the text instead of formatting it again. Direct-mapped: a value whose
// slot holds another value is formatted and replaces it.
template <typename Bits, size_t kTextBytes, int kSlotBits>
class NumberTextCache {
 public:
  // Appends the text of the value with `bits`, written by `write` on a miss.
  template <typename Write, typename Out>
  void Append(Bits bits, Write write, Out* out) {
    Entry& e = entries_[Slot(bits)];
    if (e.length == 0 || e.bits != bits) {
      char buffer[kNumberBuffer];
      const size_t length = static_cast<size_t>(write(buffer) - buffer);
      if (length > kTextBytes) {
        out->append(buffer, length);
        return;
      }
      e.bits = bits;
      e.length = static_cast<uint8_t>(length);
      std::memcpy(e.text, buffer, length);
    }
    if constexpr (std::is_same_v<Out, RawOut>) {
      // The room of a number holds the whole padded text: one fixed-size move.
      static_assert(kTextBytes <= kJsonNumberRoom);
      std::memcpy(out->at, e.text, kTextBytes);
      out->at += e.length;
    } else {
      out->append(e.text, e.length);
    }
  }

 private:
  static size_t Slot(Bits bits) {
    const uint64_t h = (static_cast<uint64_t>(bits) ^ (static_cast<uint64_t>(bits) >> 32)) *
                       0x9E3779B97F4A7C15ull;
    return static_cast<size_t>(h >> (64 - kSlotBits));
  }
  struct Entry {
    Bits bits = 0;
    uint8_t length = 0;  // 0: empty
    char text[kTextBytes];
  };
  Entry entries_[size_t{1} << kSlotBits];
};

template <typename Out>
void AppendDouble(double value, Out* out) {
  if constexpr (std::is_same_v<Out, RawOut>) {
    if (char* end = WriteSmallInteger(value, out->at)) {  // in place: room for kNumberBuffer
      out->at = end;
      return;
    }
  } else {
    char integer[kNumberBuffer];
    if (const char* end = WriteSmallInteger(value, integer)) {
      out->append(integer, static_cast<size_t>(end - integer));
      return;
    }
  }
  thread_local NumberTextCache<uint64_t, 24, 6> cache;
  uint64_t bits;
  std::memcpy(&bits, &value, sizeof(bits));
  cache.Append(bits, [value](char* buffer) { return WriteDouble(value, buffer); }, out);
}

template <typename Out>
void AppendFloat(float value, Out* out) {
  thread_local NumberTextCache<uint32_t, 16, 8> cache;
  uint32_t bits;
  std::memcpy(&bits, &value, sizeof(bits));
  cache.Append(bits, [value](char* buffer) { return WriteFloat(value, buffer); }, out);
}


// `value` as `digits` decimal digits, zero-padded.
template <typename Out>
void AppendPadded(int64_t value, int digits, Out* out) {
  char buffer[10];
  for (int i = digits - 1; i >= 0; --i) {
    buffer[i] = static_cast<char>('0' + value % 10);
    value /= 10;
  }
  out->append(buffer, static_cast<size_t>(digits));
}

// The proleptic Gregorian date of day `days` since 1970-01-01 (H. Hinnant's
// civil_from_days).
void CivilFromDays(int64_t days, int64_t* year, int64_t* month, int64_t* day) {
  days += 719468;
  const int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const int64_t day_of_era = days - era * 146097;
  const int64_t year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const int64_t day_of_year =
      day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const int64_t shifted_month = (5 * day_of_year + 2) / 153;
  *day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
  *month = shifted_month < 10 ? shifted_month + 3 : shifted_month - 9;
  *year = year_of_era + era * 400 + (*month <= 2 ? 1 : 0);
}

// Fractional seconds: none, or 3, 6 or 9 digits, the fewest that hold `nanos`.
template <typename Out>
void AppendNanos(int64_t nanos, Out* out) {
  if (nanos == 0) return;
  out->push_back('.');
  if (nanos % 1000000 == 0) {
    AppendPadded(nanos / 1000000, 3, out);
  } else if (nanos % 1000 == 0) {
    AppendPadded(nanos / 1000, 6, out);
  } else {
    AppendPadded(nanos, 9, out);
  }
}

// The buffer the thread's outermost JsonSink writes into; its size only grows,
// so its bytes are zeroed once, not per sink.
struct SinkBuffer {
  std::string bytes;
  bool in_use = false;
};

SinkBuffer& ThreadSinkBuffer() {
  thread_local SinkBuffer buffer;
  return buffer;
}

}  // namespace

JsonSink::JsonSink(std::string* out, size_t expected)
    : out_(out), base_(out->size()), size_(0) {
  SinkBuffer& shared = ThreadSinkBuffer();
  owns_buffer_ = !shared.in_use;
  if (owns_buffer_) {
    shared.in_use = true;
    buffer_ = &shared.bytes;
    if (buffer_->size() < expected) buffer_->resize(expected);
    data_ = buffer_->data();
    capacity_ = buffer_->size();
  } else {
    buffer_ = out_;
    buffer_->resize(base_ + expected);
    data_ = buffer_->data() + base_;
    capacity_ = expected;
  }
}

JsonSink::~JsonSink() {
  Finish();
  if (!owns_buffer_) return;
  SinkBuffer& shared = ThreadSinkBuffer();
  shared.in_use = false;
  // A rare huge document does not pin its size for the thread's lifetime.
  constexpr size_t kKeptBytes = size_t{4} << 20;
  if (shared.bytes.size() > kKeptBytes) std::string().swap(shared.bytes);
}

void JsonSink::Finish() {
  if (owns_buffer_) {
    out_->append(data_, size_);
    base_ = out_->size();
    size_ = 0;
  } else {
    out_->resize(base_ + size_);
    base_ += size_;
    size_ = 0;
    data_ = out_->data() + base_;
    capacity_ = 0;
  }
}

void JsonSink::Grow(size_t more) {
  const size_t offset = owns_buffer_ ? 0 : base_;
  const size_t capacity = std::max(2 * capacity_, size_ + more + 1024);
  buffer_->resize(offset + capacity);
  data_ = buffer_->data() + offset;
  capacity_ = capacity;
}

void AppendJsonString(absl::string_view text, std::string* out) { AppendString(text, out); }
void AppendJsonString(absl::string_view text, JsonSink* out) { AppendString(text, out); }
void AppendJsonDouble(double value, std::string* out) { AppendDouble(value, out); }
void AppendJsonDouble(double value, JsonSink* out) { AppendDouble(value, out); }
void AppendJsonFloat(float value, std::string* out) { AppendFloat(value, out); }
void AppendJsonFloat(float value, JsonSink* out) { AppendFloat(value, out); }

char* WriteJsonString(absl::string_view text, char* at) {
#if defined(__SSE2__)
  const size_t size = text.size();
  if (size > 16 && size <= kShortJsonString) {
    // Whole 16-byte pieces copied while looked at, then the 16 bytes ending at the
    // end; if an escape turns up, AppendString starts over.
    unsigned special = 0;
    for (size_t i = 0; i + 16 < size; i += 16) {
      const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
      special |= json_text_internal::SpecialMask(bytes);
      _mm_storeu_si128(reinterpret_cast<__m128i*>(at + 1 + i), bytes);
    }
    const __m128i last =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + size - 16));
    if ((special | json_text_internal::SpecialMask(last)) == 0) {
      *at = '"';
      _mm_storeu_si128(reinterpret_cast<__m128i*>(at + 1 + size - 16), last);
      at[size + 1] = '"';
      return at + size + 2;
    }
  }
#endif
  RawOut out{at};
  AppendString(text, &out);
  return out.at;
}
char* WriteJsonDouble(double value, char* at) {
  RawOut out{at};
  AppendDouble(value, &out);
  return out.at;
}
char* WriteJsonFloat(float value, char* at) {
  RawOut out{at};
  AppendFloat(value, &out);
  return out.at;
}

namespace json_text_internal {

char* WriteAbove9999(uint32_t value, char* at) {
  const int count = value < 100000 ? 5 : value < 1000000 ? 6 : value < 10000000 ? 7
                  : value < 100000000 ? 8 : value < 1000000000 ? 9 : 10;
  char* const end = at + count;
  char* p = end;
  while (value >= 100) {
    p -= 2;
    std::memcpy(p, kDigitPairs + 2 * (value % 100), 2);
    value /= 100;
  }
  if (value >= 10) {
    std::memcpy(p - 2, kDigitPairs + 2 * value, 2);
  } else {
    p[-1] = static_cast<char>('0' + value);
  }
  return end;
}

}  // namespace json_text_internal

void JsonBuffer::Grow(size_t n) {
  const size_t capacity = std::max(2 * capacity_, size_ + n + 1024);
  std::unique_ptr<char[]> data(new char[capacity]);
  if (size_ > 0) std::memcpy(data.get(), data_.get(), size_);
  data_ = std::move(data);
  capacity_ = capacity;
}

void JsonBuffer::ShrinkIfAbove(size_t max_capacity) {
  if (capacity_ <= max_capacity) return;
  data_.reset();
  size_ = 0;
  capacity_ = 0;
}

void JsonBuffer::FitIfAbove(size_t max_capacity) {
  if (capacity_ <= max_capacity) return;
  if (size_ == 0) {
    ShrinkIfAbove(max_capacity);
    return;
  }
  std::unique_ptr<char[]> data(new char[size_]);
  std::memcpy(data.get(), data_.get(), size_);
  data_ = std::move(data);
  capacity_ = size_;
}

namespace {

template <typename Out>
void AppendTimestamp(int64_t seconds, int64_t nanos, Out* out) {
  const int64_t days = (seconds >= 0 ? seconds : seconds - 86399) / 86400;
  const int64_t second_of_day = seconds - days * 86400;
  int64_t year = 0, month = 0, day = 0;
  CivilFromDays(days, &year, &month, &day);
  out->push_back('"');
  AppendPadded(year, 4, out);
  out->push_back('-');
  AppendPadded(month, 2, out);
  out->push_back('-');
  AppendPadded(day, 2, out);
  out->push_back('T');
  AppendPadded(second_of_day / 3600, 2, out);
  out->push_back(':');
  AppendPadded(second_of_day / 60 % 60, 2, out);
  out->push_back(':');
  AppendPadded(second_of_day % 60, 2, out);
  AppendNanos(nanos, out);
  out->append("Z\"", 2);
}

}  // namespace

void AppendJsonTimestamp(int64_t seconds, int64_t nanos, JsonSink* out) {
  AppendTimestamp(seconds, nanos, out);
}
void AppendJsonTimestamp(int64_t seconds, int64_t nanos, JsonBuffer* out) {
  AppendTimestamp(seconds, nanos, out);
}

}  // namespace factwire
