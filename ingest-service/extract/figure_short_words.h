#ifndef FACTWIRE_INGEST_SERVICE_EXTRACT_FIGURE_SHORT_WORDS_H_
#define FACTWIRE_INGEST_SERVICE_EXTRACT_FIGURE_SHORT_WORDS_H_

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "absl/strings/string_view.h"
#include "ingest-service/extract/lexicon/word_table.h"

namespace factwire {
namespace figure_internal {

// ShortWordMap
//
// Values of words of 1 to 8 bytes, by cuckoo hashing: a word is in one of its
// two slots, so a lookup reads the first and, when the word is not there, the
// second, with no probe loop. A word not held reads as V() (the tables of the
// figure lexicon keep their "none" there: no roles, no phrases). Built once by
// Build(); read-only (and thread-safe) after.
template <typename V>
class ShortWordMap {
 public:
  // Holds `words`: (word of 1 to 8 bytes, value), words distinct.
  void Build(const std::vector<std::pair<absl::string_view, V>>& words) {
    int bits = 1;
    while ((size_t{1} << bits) < 2 * words.size()) ++bits;  // at most half full
    uint64_t seed = 0x9E3779B97F4A7C15ull;
    for (int attempt = 1;; ++attempt) {
      slots_.assign(size_t{1} << bits, Slot());
      shift_ = 64 - bits;
      for (uint64_t& m : multiplier_) {
        seed = seed * 6364136223846793005ull + 1442695040888963407ull;
        m = seed | 1;
      }
      if (TryPlace(words)) return;
      if (attempt % 16 == 0) ++bits;  // crowded: more room
    }
  }

  struct Slot {
    uint64_t key = 0;  // PackShortWord
    V value = V();
    uint32_t size = 0;  // 0: empty
  };

  // What a lookup reads, copied out of the map so that a loop over tokens
  // keeps it in registers (the compiler cannot tell the tokens' writes from
  // the map).
  struct Lookup {
    const Slot* slots;
    uint64_t multiplier[2];
    int shift;

    // The value of the word of `size` bytes (1 to 8) packed as `key`
    // (PackShortWord), V() when the map does not hold it.
    V Find(uint64_t key, size_t size) const {
      const Slot& a = slots[SlotOf(key, size, multiplier[0], shift)];
      if (a.key == key && a.size == size) return a.value;
      const Slot& b = slots[SlotOf(key, size, multiplier[1], shift)];
      return b.key == key && b.size == size ? b.value : V();
    }
  };

  Lookup lookup() const {
    return {slots_.data(), {multiplier_[0], multiplier_[1]}, shift_};
  }

  // The value of `word` (1 to 8 bytes), V() when the map does not hold it.
  V Find(absl::string_view word) const {
    return lookup().Find(PackShortWord(word), word.size());
  }

 private:
  static size_t SlotOf(uint64_t key, size_t size, uint64_t multiplier,
                       int shift) {
    return static_cast<size_t>(((key + size) * multiplier) >> shift);
  }

  // Places every word with the current multipliers and slots; false if a
  // word finds no room (Build() then tries other multipliers).
  bool TryPlace(const std::vector<std::pair<absl::string_view, V>>& words) {
    constexpr int kMaxMoves = 500;
    for (const auto& [word, value] : words) {
      Slot moving{PackShortWord(word), value, static_cast<uint32_t>(word.size())};
      size_t i = SlotOf(moving.key, moving.size, multiplier_[0], shift_);
      for (int move = 0;; ++move) {
        if (move == kMaxMoves) return false;
        std::swap(moving, slots_[i]);
        if (moving.size == 0) break;  // the slot was empty
        // The word put out goes to its other slot.
        const size_t first = SlotOf(moving.key, moving.size, multiplier_[0], shift_);
        i = i == first ? SlotOf(moving.key, moving.size, multiplier_[1], shift_)
                       : first;
      }
    }
    return true;
  }

  std::vector<Slot> slots_ = std::vector<Slot>(2);  // 2^(64 - shift_)
  uint64_t multiplier_[2] = {0, 0};
  int shift_ = 63;
};

}  // namespace figure_internal
}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_EXTRACT_FIGURE_SHORT_WORDS_H_
