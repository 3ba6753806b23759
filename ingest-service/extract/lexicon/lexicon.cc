#include "ingest-service/extract/lexicon/lexicon.h"

#include <cstdint>
#include <cstring>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "ingest-service/extract/figure_lexicon.h"

namespace factwire {
namespace {

constexpr size_t kMaxWord = 40;

bool IsLowercaseEntry(absl::string_view word) {
  if (word.empty()) return false;
  for (char c : word) {
    if (absl::ascii_isupper(c)) return false;
  }
  return true;
}

// The AmountFlag bits of a word with the figure lexicon's `roles`.
uint8_t AmountFlags(uint32_t roles) {
  using figure_internal::kRoleCountNoun;
  using figure_internal::kRoleCurrency;
  using figure_internal::kRoleNumberWord;
  using figure_internal::kRoleUnit;
  uint8_t flags = 0;
  if ((roles & (kRoleNumberWord | kRoleCountNoun)) != 0) flags |= kAmountCountWord;
  if ((roles & (kRoleUnit | kRoleCurrency)) != 0) flags |= kAmountUnit;
  return flags;
}

}  // namespace

absl::StatusOr<Lexicon> Lexicon::Build() {
  Lexicon lexicon;
  const figure_internal::FigureLexicon& figures = figure_internal::GetFigureLexicon();
  // Every word of the three sources, at most: the table grows once.
  lexicon.entries_.Reserve(CueTable().size() + WordClassTable().size() + figures.roles.size());
  for (const CueEntry& cue : CueTable()) {
    if (!IsLowercaseEntry(cue.word)) {
      return absl::InternalError(absl::StrCat("cue table: bad entry \"", cue.word, "\""));
    }
    Entry& e = lexicon.entries_[cue.word];
    e.classes |= kCue;
    e.cue |= cue.flags;
  }
  for (const ClassEntry& entry : WordClassTable()) {
    if (!IsLowercaseEntry(entry.word)) {
      return absl::InternalError(
          absl::StrCat("word table: bad entry \"", entry.word, "\""));
    }
    lexicon.entries_[entry.word].classes |= entry.classes;
  }
  // (The figure lexicon's words are lowercase: it keys them by the figure
  // tokens' lowercase copies.)
  figures.roles.ForEach(
      [&lexicon](absl::string_view word, uint32_t roles) {
        const uint8_t flags = AmountFlags(roles);
        if (flags != 0 && IsLowercaseEntry(word)) lexicon.entries_[word].amount |= flags;
      });
  size_t short_words = 0;
  lexicon.entries_.ForEach([&short_words](absl::string_view word, const Entry&) {
    if (!word.empty() && word.size() <= 8) ++short_words;
  });
  size_t capacity = 16;
  while (capacity < 2 * short_words) capacity *= 2;
  lexicon.short_entries_.assign(capacity, ShortEntry{});
  lexicon.short_mask_ = capacity - 1;
  lexicon.short_shift_ = 64 - __builtin_ctzll(capacity);
  lexicon.entries_.ForEach([&lexicon](absl::string_view word, const Entry& e) {
    if (word.empty() || word.size() > 8) return;
    const uint64_t key = PackShortWord(word);
    const size_t mask = lexicon.short_entries_.size() - 1;
    size_t i = lexicon.ShortSlot(ShortHash(key, word.size()));
    while (lexicon.short_entries_[i].size != 0) i = (i + 1) & mask;  // words are unique
    lexicon.short_entries_[i] = {key, e.classes, e.cue, static_cast<uint8_t>(word.size()),
                                 e.amount};
  });
  lexicon.entries_.ForEach([&lexicon](absl::string_view word, const Entry&) {
    if (word.empty() || word.size() > kMaxWord) return;
    if (word.size() <= 8) {
      lexicon.short_shapes_.Add(ShortShape(ShortHash(PackShortWord(word), word.size())));
    } else {
      lexicon.long_shapes_.Add(LongShape(word));
    }
  });
  return lexicon;
}

Lexicon::Entry Lexicon::Find(absl::string_view word) const {
  if (word.size() > kMaxWord) return Entry{};
  char buffer[kMaxWord];
  size_t n = 0;
  const char* p = word.data();
  const size_t size = word.size();
  if (!HasNonAscii(p, size) || std::memchr(p, '\xE2', size) == nullptr) {
    LowerAscii(p, size, buffer);  // no curly apostrophe: a plain lowercase copy
    n = size;
  } else {
    for (size_t i = 0; i < size; ++i) {
      const char c = p[i];
      if (c == '\xE2' && i + 2 < size && p[i + 1] == '\x80' && p[i + 2] == '\x99') {
        buffer[n++] = '\'';  // curly apostrophes compare as straight ones
        i += 2;
      } else {
        buffer[n++] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
      }
    }
  }
  const Entry* e = entries_.Find(absl::string_view(buffer, n));
  return e == nullptr ? Entry{} : *e;
}

Lexicon::Entry Lexicon::FindAscii(absl::string_view word) const {
  if (word.size() - 1 < 8) {  // 1 to 8 bytes: lowered in one integer
    return FindShortAscii(PackShortWord(word), word.size());
  }
  if (word.size() > kMaxWord) return Entry{};
  const size_t shape = LongShape(word);  // the same in any case
  if (!long_shapes_.Has(shape)) return Entry{};
  char buffer[kMaxWord];
  LowerAscii(word.data(), word.size(), buffer);
  const Entry* e = entries_.Find(absl::string_view(buffer, word.size()));
  return e == nullptr ? Entry{} : *e;
}

}  // namespace factwire
