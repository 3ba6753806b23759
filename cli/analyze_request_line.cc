#include "cli/analyze_request_line.h"

#include <array>
#include <cstdint>
#include <string>

#include "absl/strings/str_cat.h"
#include "ingest-service/parse/html_entities.h"  // AppendUtf8

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace factwire {
namespace {

// Deepest nesting of arrays and objects accepted in ignored members.
constexpr int kMaxDepth = 100;

// Bytes a string copies without a look: ASCII but the quote and the backslash.
constexpr std::array<bool, 256> PlainStringBytes() {
  std::array<bool, 256> plain{};
  for (int c = 0; c < 0x80; ++c) plain[c] = c != '"' && c != '\\';
  return plain;
}
constexpr std::array<bool, 256> kPlain = PlainStringBytes();

// The index of the first byte at or after `i` that kPlain does not mark (a quote, a
// backslash or a non-ASCII byte), or text.size().
size_t FindNotPlain(absl::string_view text, size_t i) {
#if defined(__SSE2__)
  const __m128i quote = _mm_set1_epi8('"');
  const __m128i backslash = _mm_set1_epi8('\\');
  for (; i + 16 <= text.size(); i += 16) {
    const __m128i bytes =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    // A quote or backslash compares to 0xff; a non-ASCII byte has its top bit set.
    const __m128i stop = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash)),
        bytes);
    const int mask = _mm_movemask_epi8(stop);
    if (mask != 0) return i + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
  }
#endif
  while (i < text.size() && kPlain[static_cast<unsigned char>(text[i])]) ++i;
  return i;
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The length of the well-formed UTF-8 sequence (Unicode table 3-7) starting at
// `text[0]` (a byte >= 0x80), or 0 if it is not one.
size_t Utf8SequenceLength(absl::string_view text) {
  const auto byte = [&text](size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(0);
  size_t length = 0;
  unsigned char low = 0x80, high = 0xbf;  // the range of the second byte
  if (lead >= 0xc2 && lead <= 0xdf) {
    length = 2;
  } else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead == 0xe0) low = 0xa0;
    if (lead == 0xed) high = 0x9f;  // no surrogates
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead == 0xf0) low = 0x90;
    if (lead == 0xf4) high = 0x8f;  // nothing above U+10FFFF
  } else {
    return 0;
  }
  if (text.size() < length || byte(1) < low || byte(1) > high) return 0;
  for (size_t i = 2; i < length; ++i) {
    if (byte(i) < 0x80 || byte(i) > 0xbf) return 0;
  }
  return length;
}

// A recursive-descent reader of one request line. Each Read/Skip function starts
// at its token, leaves `pos_` after it, and returns false after Fail() on error.
class LineReader {
 public:
  explicit LineReader(absl::string_view text) : text_(text) {}

  absl::Status Read(AnalyzeRequestLine* request) {
    SkipSpace();
    const bool ok = Expect('{', "expected '{'") && ReadMembers(request) && AtEnd();
    if (ok) return absl::OkStatus();
    return absl::InvalidArgumentError(
        absl::StrCat("line is not a JSON object: ", error_, " at byte ", error_at_ + 1));
  }

 private:
  // The members after the object's '{': the three known ones fill `request`.
  bool ReadMembers(AnalyzeRequestLine* request) {
    std::string* const fields[] = {&request->id, &request->media_type, &request->content};
    static const char* const kNames[] = {"id", "media_type", "content"};
    bool seen[3] = {false, false, false};
    return ReadObjectMembers([&](size_t key_at) {
      int known = -1;
      for (int i = 0; i < 3; ++i) {
        if (key_ == kNames[i]) known = i;
      }
      if (known < 0) return SkipValue(1);
      if (seen[known]) {
        pos_ = key_at;
        return Fail(absl::StrCat("duplicate key \"", key_, "\""));
      }
      seen[known] = true;
      if (Peek() != '"') return SkipValue(1);
      std::string* field = fields[known];
      // The rest of the line bounds the decoded bytes (no escape decodes longer
      // than itself): the content grows once, not once per doubling.
      if (known == 2) field->reserve(text_.size() - pos_);
      if (ReadString(field)) return true;
      field->clear();
      return false;
    });
  }

  // The members of an object whose '{' was just read, up to its '}': each key is
  // read into key_ and `read_value(key position)` reads the value after the ':'.
  template <typename ReadValue>
  bool ReadObjectMembers(ReadValue read_value) {
    SkipSpace();
    if (Peek() == '}') return ++pos_, true;
    while (true) {
      SkipSpace();
      const size_t key_at = pos_;
      if (Peek() != '"') return Fail("expected a key string");
      key_.clear();
      if (!ReadString(&key_)) return false;
      SkipSpace();
      if (!Expect(':', "expected ':'")) return false;
      SkipSpace();
      if (!read_value(key_at)) return false;
      SkipSpace();
      if (Peek() == '}') return ++pos_, true;
      if (!Expect(',', "expected ',' or '}'")) return false;
    }
  }

  // A string from its opening quote; its decoded bytes are appended to `out` (on
  // failure, some of them). Valid UTF-8 sequences are copied with the plain bytes
  // around them, in one piece up to the next quote or escape.
  bool ReadString(std::string* out) {
    ++pos_;
    size_t run = pos_;  // the first byte not yet appended
    while (true) {
      pos_ = FindNotPlain(text_, pos_);
      if (pos_ >= text_.size()) return Fail("unterminated string");
      const char c = text_[pos_];
      if (static_cast<unsigned char>(c) >= 0x80) {
        const size_t length = Utf8SequenceLength(text_.substr(pos_));
        if (length == 0) return Fail("invalid UTF-8");
        pos_ += length;
        continue;
      }
      out->append(text_.data() + run, pos_ - run);
      if (c == '"') return ++pos_, true;
      if (!ReadEscape(out)) return false;
      run = pos_;
    }
  }

  bool ReadEscape(std::string* out) {
    ++pos_;
    if (pos_ >= text_.size()) return Fail("unterminated string");
    const char c = text_[pos_++];
    switch (c) {
      case '"': case '\\': case '/': out->push_back(c); return true;
      case 'b': out->push_back('\b'); return true;
      case 'f': out->push_back('\f'); return true;
      case 'n': out->push_back('\n'); return true;
      case 'r': out->push_back('\r'); return true;
      case 't': out->push_back('\t'); return true;
      case 'u': return ReadUnicodeEscape(out);
      default: --pos_; return Fail("bad escape");
    }
  }

  // After "\u": one code point, two escapes for a surrogate pair.
  bool ReadUnicodeEscape(std::string* out) {
    uint32_t unit = 0;
    if (!ReadHex4(&unit)) return false;
    if (unit >= 0xdc00 && unit <= 0xdfff) return Fail("lone low surrogate");
    if (unit >= 0xd800 && unit <= 0xdbff) {
      uint32_t low = 0;
      if (text_.substr(pos_, 2) != "\\u") return Fail("high surrogate without a low one");
      pos_ += 2;
      if (!ReadHex4(&low)) return false;
      if (low < 0xdc00 || low > 0xdfff) return Fail("high surrogate without a low one");
      unit = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
    }
    AppendUtf8(unit, out);
    return true;
  }

  bool ReadHex4(uint32_t* unit) {
    *unit = 0;
    for (int i = 0; i < 4; ++i, ++pos_) {
      const int digit = pos_ < text_.size() ? HexValue(text_[pos_]) : -1;
      if (digit < 0) return Fail("bad \\u escape");
      *unit = *unit * 16 + static_cast<uint32_t>(digit);
    }
    return true;
  }

  bool SkipValue(int depth) {
    if (depth > kMaxDepth) return Fail("nesting deeper than 100");
    switch (Peek()) {
      case '"': ignored_.clear(); return ReadString(&ignored_);
      case '{': return SkipObject(depth);
      case '[': return SkipArray(depth);
      case 't': return SkipWord("true");
      case 'f': return SkipWord("false");
      case 'n': return SkipWord("null");
      default: return SkipNumber();
    }
  }

  bool SkipObject(int depth) {
    ++pos_;
    return ReadObjectMembers([this, depth](size_t) { return SkipValue(depth + 1); });
  }

  bool SkipArray(int depth) {
    ++pos_;
    SkipSpace();
    if (Peek() == ']') return ++pos_, true;
    while (true) {
      SkipSpace();
      if (!SkipValue(depth + 1)) return false;
      SkipSpace();
      if (Peek() == ']') return ++pos_, true;
      if (!Expect(',', "expected ',' or ']'")) return false;
    }
  }

  bool SkipWord(absl::string_view word) {
    if (text_.substr(pos_, word.size()) != word) return Fail("expected a value");
    pos_ += word.size();
    return true;
  }

  // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
  bool SkipNumber() {
    if (Peek() == '-') ++pos_;
    if (Peek() == '0') {
      ++pos_;
    } else if (!SkipDigits()) {
      return Fail("expected a value");
    }
    if (Peek() == '.') {
      ++pos_;
      if (!SkipDigits()) return Fail("expected a digit");
    }
    if (Peek() == 'e' || Peek() == 'E') {
      ++pos_;
      if (Peek() == '+' || Peek() == '-') ++pos_;
      if (!SkipDigits()) return Fail("expected a digit");
    }
    return true;
  }

  // One or more digits; false if there is none.
  bool SkipDigits() {
    const size_t start = pos_;
    while (Peek() >= '0' && Peek() <= '9') ++pos_;
    return pos_ > start;
  }

  void SkipSpace() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t' ||
                                   text_[pos_] == '\r' || text_[pos_] == '\n')) {
      ++pos_;
    }
  }

  bool AtEnd() {
    SkipSpace();
    return pos_ == text_.size() || Fail("text after the object");
  }

  // The next byte, or '\0' at the end.
  char Peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }

  bool Expect(char c, const char* what) {
    if (Peek() != c) return Fail(what);
    ++pos_;
    return true;
  }

  bool Fail(std::string what) {
    error_ = std::move(what);
    error_at_ = pos_;
    return false;
  }

  absl::string_view text_;
  size_t pos_ = 0;
  std::string key_;      // the member name just read
  std::string ignored_;  // strings of ignored members
  std::string error_;
  size_t error_at_ = 0;
};

}  // namespace

absl::Status ParseAnalyzeRequestLine(absl::string_view line, AnalyzeRequestLine* request) {
  request->id.clear();  // cleared, not replaced: a reused request keeps its room
  request->media_type.clear();
  request->content.clear();
  return LineReader(line).Read(request);
}

}  // namespace factwire
