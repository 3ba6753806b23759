#ifndef FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_WORD_TABLE_H_
#define FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_WORD_TABLE_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace factwire {

// WordHash()
//
// A fast 64-bit hash of a short byte string (words of a lexicon): reads the
// bytes eight at a time. Not for untrusted keys in adversarial settings (the
// tables it serves are built from our own lexicons).
inline uint64_t WordHash(absl::string_view word) {
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
  const char* p = word.data();
  size_t n = word.size();
  uint64_t h = (n + 1) * kMul;
  while (n >= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ w) * kMul;
    h ^= h >> 32;
    p += 8;
    n -= 8;
  }
  uint64_t w = 0;
  if (n >= 4) {
    uint32_t a, b;
    std::memcpy(&a, p, 4);
    std::memcpy(&b, p + n - 4, 4);
    w = (static_cast<uint64_t>(a) << 32) | b;
  } else if (n > 0) {
    w = static_cast<uint64_t>(static_cast<unsigned char>(p[0])) |
        static_cast<uint64_t>(static_cast<unsigned char>(p[n / 2])) << 8 |
        static_cast<uint64_t>(static_cast<unsigned char>(p[n - 1])) << 16;
  }
  h = (h ^ w) * kMul;
  return h ^ (h >> 29);
}

// PackShortWord()
//
// The bytes of a word of 1 to 8 bytes in one integer, byte k at bits 8k..8k+7
// and zeros above: two words of the same length have the same bytes exactly
// when they pack to the same integer. Reads only word[0, size).
inline uint64_t PackShortWord(absl::string_view word) {
  const char* p = word.data();
  const size_t n = word.size();
  if (n >= 4) {  // the first and the last four bytes cover 4..8
    uint32_t first, last;
    std::memcpy(&first, p, 4);
    std::memcpy(&last, p + n - 4, 4);
    return first | static_cast<uint64_t>(last) << (8 * (n - 4));
  }
  // 1..3 bytes: the first, middle and last byte cover them all.
  const auto byte = [p](size_t k) {
    return static_cast<uint64_t>(static_cast<unsigned char>(p[k])) << (8 * k);
  };
  return byte(0) | byte(n / 2) | byte(n - 1);
}

// ShortWordHash()
//
// The hash of a word of 1 to 8 bytes packed (PackShortWord) with its `size`:
// WordTable's short slots are probed from its top bits, and a caller's filter
// of short words may take its bit from the same product (one multiply for
// both).
inline uint64_t ShortWordHash(uint64_t packed, size_t size) {
  return (packed + size) * 0x9E3779B97F4A7C15ull;
}

// SameWordBytes()
//
// True if a[0, n) and b[0, n) hold the same bytes. Inline and branch-light for
// the short words of a lexicon (memcmp costs a call and a size dispatch).
inline bool SameWordBytes(const char* a, const char* b, size_t n) {
  for (; n >= 8; a += 8, b += 8, n -= 8) {
    uint64_t x, y;
    std::memcpy(&x, a, 8);
    std::memcpy(&y, b, 8);
    if (x != y) return false;
  }
  if (n >= 4) {  // the first and the last four bytes cover 4..7
    uint32_t x0, y0, x1, y1;
    std::memcpy(&x0, a, 4);
    std::memcpy(&y0, b, 4);
    std::memcpy(&x1, a + n - 4, 4);
    std::memcpy(&y1, b + n - 4, 4);
    return ((x0 ^ y0) | (x1 ^ y1)) == 0;
  }
  // 0..3 bytes: the first, middle and last byte cover them all.
  return n == 0 || (a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1]);
}

// BitFilter
//
// A set of keys below kBits, one bit each: what turns most words away from a
// table by their shape (size, first and last bytes) before it is probed.
// Filled once, then read-only (thread-safe to read).
template <size_t kBits>
class BitFilter {
 public:
  // Adds `key` (< kBits).
  void Add(size_t key) { bits_[key / 64] |= uint64_t{1} << (key % 64); }

  // True if `key` (< kBits) was added.
  bool Has(size_t key) const { return ((bits_[key / 64] >> (key % 64)) & 1) != 0; }

 private:
  std::array<uint64_t, (kBits + 63) / 64> bits_{};
};

namespace word_table_internal {

// Lowercases the ASCII capitals among the bytes of `w` (any width), in parallel.
template <typename Word>
inline Word LowerAsciiWord(Word w) {
  constexpr Word kHigh = static_cast<Word>(0x8080808080808080ull);
  const Word low7 = w & ~kHigh;
  const Word above_z = low7 + static_cast<Word>(0x2525252525252525ull);  // high: > 'Z'
  const Word from_a = low7 + static_cast<Word>(0x3F3F3F3F3F3F3F3Full);   // high: >= 'A'
  const Word upper = (from_a ^ above_z) & ~w & kHigh;                    // 'A'-'Z'
  return w | (upper >> 2);                                               // + 0x20
}

// How many of the eight bytes of `w` (in memory order: a little-endian load)
// are ASCII letters before the first other byte; 8 when all are.
inline int LeadingAsciiLetters(uint64_t w) {
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  const uint64_t low7 = (w | 0x2020202020202020ull) & ~kHigh;  // 'A' -> 'a'
  const uint64_t from_a = low7 + 0x1F1F1F1F1F1F1F1Full;         // high bit: >= 'a'
  const uint64_t above_z = low7 + 0x0505050505050505ull;        // high bit: > 'z'
  const uint64_t letters = from_a & ~above_z & ~w & kHigh;
  const uint64_t others = ~letters & kHigh;
  return others == 0 ? 8 : __builtin_ctzll(others) / 8;
}

template <typename Word>
inline void LowerAsciiAt(const char* in, char* out) {
  Word w;
  std::memcpy(&w, in, sizeof(w));
  w = LowerAsciiWord(w);
  std::memcpy(out, &w, sizeof(w));
}

}  // namespace word_table_internal

// LowerAscii()
//
// Copies in[0, n) to out[0, n) with ASCII 'A'-'Z' lowercased and every other
// byte (UTF-8 included) unchanged; eight bytes at a time (the last, overlapping,
// group lowered again, which changes nothing). `in` and `out` may be the same
// buffer.
inline void LowerAscii(const char* in, size_t n, char* out) {
  using word_table_internal::LowerAsciiAt;
  if (n >= 8) {
    for (size_t i = 0; i + 8 <= n; i += 8) LowerAsciiAt<uint64_t>(in + i, out + i);
    if (n % 8 != 0) LowerAsciiAt<uint64_t>(in + n - 8, out + n - 8);
  } else if (n >= 4) {
    LowerAsciiAt<uint32_t>(in, out);
    LowerAsciiAt<uint32_t>(in + n - 4, out + n - 4);
  } else {
    for (size_t i = 0; i < n; ++i) {
      const char c = in[i];
      out[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
    }
  }
}

// HasNonAscii()
//
// True if a byte of p[0, n) is 0x80 or above (part of a UTF-8 sequence).
inline bool HasNonAscii(const char* p, size_t n) {
  uint64_t any = 0;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    any |= w;
  }
  for (; i < n; ++i) any |= static_cast<unsigned char>(p[i]);
  return (any & 0x8080808080808080ull) != 0;
}

// A map from words (exact bytes) to values of type V, built once and then read
// many times: open addressing over a power-of-two slot array at most half full,
// keys packed in one string, so a lookup is one hash, one or two probes and one
// short compare, with no allocation. Words of 1 to 8 bytes (most of them) are
// also kept packed in one integer (PackShortWord) in a second slot array, where a
// lookup is one multiply and an integer compare per probe.
// Not thread-safe while being built; const lookups are thread-safe.
template <typename V>
class WordTable {
 public:
  WordTable() { Rehash(16); }

  // Makes room for `words` words in all, so that adding up to that many rehashes
  // no more (a table built from lists of known size grows once, not at every
  // doubling). Call it before adding; it never shrinks the table.
  void Reserve(size_t words) {
    size_t capacity = slots_.size();
    while (capacity < 2 * words) capacity *= 2;
    if (capacity > slots_.size()) Rehash(capacity);
    values_.reserve(words);
  }

  // The value of `word`, default-constructed and added if absent. The reference
  // stays valid until the next insertion.
  V& operator[](absl::string_view word) {
    const uint64_t h = WordHash(word);
    size_t i = Probe(word, h);
    if (slots_[i].value == kEmpty) {
      if (2 * (values_.size() + 1) > slots_.size()) {
        Rehash(2 * slots_.size());
        i = Probe(word, h);
      }
      slots_[i] = Slot{static_cast<uint32_t>(h), static_cast<uint32_t>(keys_.size()),
                       static_cast<uint32_t>(word.size()),
                       static_cast<uint32_t>(values_.size())};
      keys_.append(word.data(), word.size());
      if (IsShort(word)) AddShort(word, slots_[i].value);
      values_.emplace_back();
    }
    return values_[slots_[i].value];
  }

  // The value of `word`, or nullptr.
  const V* Find(absl::string_view word) const {
    if (IsShort(word)) return FindShort(PackShortWord(word), word.size());
    const Slot& s = slots_[Probe(word, WordHash(word))];
    return s.value == kEmpty ? nullptr : &values_[s.value];
  }

  // As Find() for a word of 1 to 8 bytes given packed (PackShortWord) with its
  // size, for callers that build the packed bytes themselves.
  const V* FindShort(uint64_t packed, size_t size) const {
    const ShortSlot& s = short_slots_[ProbeShort(packed, size)];
    return s.value == kEmpty ? nullptr : &values_[s.value];
  }

  // Words held.
  size_t size() const { return values_.size(); }

  // Calls f(word, value) for every entry, in no particular order.
  template <typename F>
  void ForEach(F f) const {
    for (const Slot& s : slots_) {
      if (s.value != kEmpty) f(absl::string_view(keys_).substr(s.offset, s.length),
                               values_[s.value]);
    }
  }

 private:
  static constexpr uint32_t kEmpty = 0xFFFFFFFFu;
  struct Slot {
    uint32_t hash = 0;
    uint32_t offset = 0;
    uint32_t length = 0;
    uint32_t value = kEmpty;
  };

  // A word of 1 to 8 bytes, by its packed bytes.
  struct ShortSlot {
    uint64_t key = 0;
    uint32_t length = 0;
    uint32_t value = kEmpty;
  };

  static bool IsShort(absl::string_view word) { return word.size() - 1 < 8; }

  // The short slot holding the word that packs to `key` and has `length` bytes,
  // or the empty slot where it would go.
  size_t ProbeShort(uint64_t key, size_t length) const {
    const size_t mask = short_slots_.size() - 1;
    for (size_t i = ShortWordHash(key, length) >> short_shift_;;
         i = (i + 1) & mask) {
      const ShortSlot& s = short_slots_[i];
      if (s.value == kEmpty || (s.key == key && s.length == length)) return i;
    }
  }

  void AddShort(absl::string_view word, uint32_t value) {
    const uint64_t key = PackShortWord(word);
    short_slots_[ProbeShort(key, word.size())] =
        ShortSlot{key, static_cast<uint32_t>(word.size()), value};
  }

  // The slot holding `word`, or the empty slot where it would go.
  size_t Probe(absl::string_view word, uint64_t h) const {
    const size_t mask = slots_.size() - 1;
    const uint32_t tag = static_cast<uint32_t>(h);
    for (size_t i = (h >> 32) & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.value == kEmpty) return i;
      if (s.hash == tag && s.length == word.size() &&
          SameWordBytes(keys_.data() + s.offset, word.data(), word.size())) {
        return i;
      }
    }
  }

  void Rehash(size_t capacity) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(capacity, Slot{});
    short_slots_.assign(capacity, ShortSlot{});
    short_shift_ = 64 - __builtin_ctzll(capacity);  // the top log2(capacity) bits
    for (const Slot& s : old) {
      if (s.value == kEmpty) continue;
      const absl::string_view word(keys_.data() + s.offset, s.length);
      slots_[Probe(word, WordHash(word))] = s;
      if (IsShort(word)) AddShort(word, s.value);
    }
  }

  std::vector<Slot> slots_;
  std::vector<ShortSlot> short_slots_;  // as many as slots_, so at most half full
  int short_shift_ = 64;
  std::string keys_;
  std::vector<V> values_;
};

}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_WORD_TABLE_H_
