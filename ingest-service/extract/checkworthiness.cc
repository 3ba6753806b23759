#include "ingest-service/extract/checkworthiness.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "absl/base/attributes.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "ingest-service/extract/lexicon/checkworthiness_words.h"
#include "ingest-service/extract/lexicon/word_table.h"

namespace factwire {
namespace {

using lexicon::CheckWordKind;
using S = CheckSignal;

// The model: logit = kBias + sum of weight x min(count, cap); score = sigmoid.
// A plain factual sentence lands near 0.5, one with a figure near 0.8 and
// above, opinions, questions and procedure below 0.3.
constexpr float kBias = -0.4f;

struct SignalSpec {
  const char* name;
  float weight;
  int cap;
};

static_assert(static_cast<int>(CheckSignal::kVeryShort) + 1 == kCheckSignals,
              "kCheckSignals counts CheckSignal");
static_assert(static_cast<int>(CheckWordKind::kProcedural) + 1 ==
                  lexicon::kCheckWordKinds,
              "kCheckWordKinds counts CheckWordKind");

// By CheckSignal: name, weight, cap (counts above it add nothing).
constexpr SignalSpec kSignals[kCheckSignals] = {
    {"figure", 1.4f, 1},
    {"currency_figure", 0.4f, 1},
    {"percent_figure", 0.4f, 1},
    {"other_figure", 0.2f, 1},
    {"number", 0.5f, 1},
    {"comparative", 0.8f, 1},
    {"causal", 0.8f, 1},
    {"factual_verb", 0.4f, 1},
    {"evidence", 0.3f, 1},
    {"time_word", 0.3f, 1},
    {"name", 0.25f, 3},
    {"attributed", 0.2f, 1},
    {"opinion", -1.0f, 2},
    {"modal", -0.8f, 1},
    {"future", -0.5f, 1},
    {"first_person", -0.4f, 1},
    {"first_plural", -0.2f, 1},
    {"first_person_feeling", -0.4f, 1},
    {"hedge", -0.3f, 1},
    {"question", -1.5f, 1},
    {"procedural", -1.8f, 1},
    {"context_opinion", -0.9f, 1},
    {"context_promise", -0.6f, 1},
    {"context_procedural", -0.6f, 1},
    {"short", -0.6f, 1},
    {"very_short", -1.5f, 1},
};

constexpr int kMaxWord = 24;  // longer words are counted, not looked up
constexpr int kMaxPhraseWords = 4;

using KindBits = uint16_t;
static_assert(lexicon::kCheckWordKinds <= 16, "a bit per kind");

constexpr KindBits Bit(CheckWordKind k) {
  return static_cast<KindBits>(1u << static_cast<int>(k));
}

// A phrase of two or more words, stored under its last word.
struct Phrase {
  std::vector<int> earlier;  // the ids of the words before the last, in order
  CheckWordKind kind;
};

struct WordEntry {
  int id = 0;                   // for phrase matching
  KindBits kinds = 0;           // the word alone
  KindBits phrase_kinds = 0;    // the kinds of `phrases`
  std::vector<Phrase> phrases;  // phrases ending with the word
};

// The kinds read in the rest of the sentence, beside the claimed words.
constexpr KindBits kContextKinds = Bit(CheckWordKind::kOpinionCue) |
                                   Bit(CheckWordKind::kPromiseCue) |
                                   Bit(CheckWordKind::kProcedural);

// CheckworthinessWords() keyed by word: every word of every phrase has an entry.
// Immutable after construction.
class CheckWordIndex {
 public:
  CheckWordIndex() {
    for (const lexicon::CheckWordGroup& group : lexicon::CheckworthinessWords()) {
      for (const char* phrase : group.phrases) Add(phrase, group.kind);
    }
  }

  // The entry of a lowercase word of 1 to kMaxWord bytes, or nullptr. With
  // `context_only`, only the words of kContextKinds phrases are found.
  const WordEntry* Find(absl::string_view lower, bool context_only) const {
    if (IsShort(lower)) return FindPacked(PackShortWord(lower), lower.size(), context_only);
    const size_t key = LongFilterKey(lower);
    if (!(context_only ? long_context_filter_ : long_filter_).Has(key)) return nullptr;
    return words_.Find(lower);
  }

  // Find() for a word of 1 to 8 bytes given packed (PackShortWord: byte k at
  // bits 8k, zeros above) with its size.
  const WordEntry* FindPacked(uint64_t packed, size_t size, bool context_only) const {
    const size_t key = ShortFilterKey(packed, size);
    if (!(context_only ? short_context_filter_ : short_filter_).Has(key)) return nullptr;
    return words_.FindShort(packed, size);
  }

 private:
  static bool IsShort(absl::string_view w) { return w.size() - 1 < 8; }

  // Most words are in no list: a filter bit turns them away before the table
  // is probed. A word of 1 to 8 bytes takes its bit from the top of the hash
  // the table's probe starts from (ShortWordHash: the multiply serves both).
  static constexpr int kShortFilterBits = 15;
  static size_t ShortFilterKey(uint64_t packed, size_t size) {
    return ShortWordHash(packed, size) >> (64 - kShortFilterBits);
  }
  // A longer word's bit is its (length, low five bits of the first byte, of the
  // last byte): the low five bits tell the letters apart.
  static size_t LongFilterKey(absl::string_view w) {
    return w.size() << 10 | (static_cast<size_t>(static_cast<unsigned char>(w.front())) & 0x1F)
                                << 5 |
           (static_cast<size_t>(static_cast<unsigned char>(w.back())) & 0x1F);
  }

  WordEntry& Intern(const std::string& word, CheckWordKind kind) {
    const bool context = (Bit(kind) & kContextKinds) != 0;
    if (IsShort(word)) {
      const size_t key = ShortFilterKey(PackShortWord(word), word.size());
      short_filter_.Add(key);
      if (context) short_context_filter_.Add(key);
    } else {
      const size_t key = LongFilterKey(word);
      long_filter_.Add(key);
      if (context) long_context_filter_.Add(key);
    }
    WordEntry& entry = words_[word];
    if (entry.id == 0) entry.id = static_cast<int>(words_.size());
    return entry;
  }

  void Add(absl::string_view phrase, CheckWordKind kind) {
    const std::vector<std::string> words = absl::StrSplit(phrase, ' ');
    Phrase p{{}, kind};
    for (size_t k = 0; k + 1 < words.size(); ++k)
      p.earlier.push_back(Intern(words[k], kind).id);
    WordEntry& last = Intern(words.back(), kind);
    if (words.size() == 1) {
      last.kinds |= Bit(kind);
    } else {
      last.phrase_kinds |= Bit(kind);
      last.phrases.push_back(std::move(p));
    }
  }

  WordTable<WordEntry> words_;
  BitFilter<(size_t{1} << kShortFilterBits)> short_filter_;
  BitFilter<(size_t{1} << kShortFilterBits)> short_context_filter_;
  static constexpr size_t kLongFilterKeys = (kMaxWord + 1) << 10;
  BitFilter<kLongFilterKeys> long_filter_;
  BitFilter<kLongFilterKeys> long_context_filter_;
};

const CheckWordIndex& Table() {
  static const CheckWordIndex* const table = new CheckWordIndex();
  return *table;
}

// The ids of the last few words read, for phrase matching.
class RecentWords {
 public:
  // Forgets every word: a slot holding kNone matches no phrase word.
  void Clear() {
    for (int& id : ids_) id = kNone;
  }

  // Remembers a word by its id (kNone for a word in no list).
  void Push(int id) {
    ids_[next_] = id;
    next_ = (next_ + 1) & (kMaxPhraseWords - 1);
  }

  // The id of the word read last: kNone, or 0 if none was (no phrase word).
  int Last() const { return ids_[(next_ - 1) & (kMaxPhraseWords - 1)]; }

  // True if the words read most recently have the ids `earlier`, in order. The
  // ids of phrase words are 1 and up, so a slot not written since Clear() (kNone,
  // or 0 at first) ends the match.
  bool EndWith(const std::vector<int>& earlier) const {
    const int n = static_cast<int>(earlier.size());
    if (n > kMaxPhraseWords) return false;
    for (int k = 0; k < n; ++k) {
      if (earlier[k] != ids_[(next_ - n + k + kMaxPhraseWords) & (kMaxPhraseWords - 1)])
        return false;
    }
    return true;
  }

  static constexpr int kNone = -1;

 private:
  static_assert((kMaxPhraseWords & (kMaxPhraseWords - 1)) == 0, "a power of two");
  int ids_[kMaxPhraseWords] = {};
  int next_ = 0;
};

// What one pass over a text found.
struct Counts {
  int kinds[lexicon::kCheckWordKinds] = {};
  int words = 0;
  int names = 0;  // capitalised words not opening a sentence, acronyms
  int past = 0;   // unlisted words ending in "-ed"
  bool digits = false;
  bool question = false;
};

enum class Char { kLetter, kDigit, kJoiner, kBoundary, kQuestion, kOther };

// The scanner reads bytes as text.data()[i], not text[i]: Debian's Abseil is
// built hardened, and absl::string_view's operator[] checks its bounds on every
// read (every index here is checked against text.size() first).

// The classes of the ASCII characters.
struct AsciiClasses {
  Char of[128] = {};
  constexpr AsciiClasses() {
    for (int c = 0; c < 128; ++c) of[c] = Char::kOther;
    for (int c = 'a'; c <= 'z'; ++c) of[c] = of[c - 'a' + 'A'] = Char::kLetter;
    for (int c = '0'; c <= '9'; ++c) of[c] = Char::kDigit;
    of[static_cast<int>('\'')] = of[static_cast<int>('-')] = Char::kJoiner;
    of[static_cast<int>('?')] = Char::kQuestion;
    for (char c : {'.', '!', ':', ';', '"', '(', ')'}) {
      of[static_cast<int>(c)] = Char::kBoundary;
    }
  }
};
constexpr AsciiClasses kAscii;

Char MultiByteClassAt(absl::string_view text, size_t i, int* length);

// The class of the character at text[i]; sets `*length` to its bytes.
inline Char ClassAt(absl::string_view text, size_t i, int* length) {
  const auto c = static_cast<unsigned char>(text.data()[i]);
  *length = 1;
  return c < 0x80 ? kAscii.of[c] : MultiByteClassAt(text, i, length);
}

// ClassAt() for a byte >= 0x80.
Char MultiByteClassAt(absl::string_view text, size_t i, int* length) {
  const auto c = static_cast<unsigned char>(text.data()[i]);
  if (c == 0xE2 && i + 2 < text.size()) {  // general punctuation, currency signs
    *length = 3;
    const auto c1 = static_cast<unsigned char>(text.data()[i + 1]);
    const auto c2 = static_cast<unsigned char>(text.data()[i + 2]);
    if (c1 != 0x80) return Char::kOther;
    if (c2 == 0x98 || c2 == 0x99) return Char::kJoiner;    // ‘ ’
    if (c2 == 0x9C || c2 == 0x9D) return Char::kBoundary;  // “ ”
    return Char::kOther;
  }
  if (c == 0xC2) {  // no-break space, £, ¥, « »
    *length = 2;
    return Char::kOther;
  }
  if (c >= 0xF0) {
    *length = 4;
  } else if (c >= 0xE0) {
    *length = 3;
  } else if (c >= 0xC0) {
    *length = 2;
  }
  *length = static_cast<int>(std::min<size_t>(*length, text.size() - i));
  return Char::kLetter;  // accented and other letters
}

constexpr KindBits kAllKinds =
    static_cast<KindBits>((1u << lexicon::kCheckWordKinds) - 1);

// One left-to-right pass over a text: a full pass (`kFull`) counts every word
// kind, and words, names, "-ed" forms, digits and questions; a context pass
// counts only kContextKinds (a template argument: the context passes, a third
// of the words read, test none of what only a full pass counts).
template <bool kFull>
class Scanner {
 public:
  // `table` is Table(), looked up once by the caller for its three passes.
  Scanner(const CheckWordIndex& table, Counts* counts) : table_(table), counts_(counts) {}

  void Scan(absl::string_view text) {
    size_t i = 0;
    while (i < text.size()) {
      if (text.data()[i] == ' ') {  // the most common separator, which changes nothing
        ++i;
        continue;
      }
      int length = 1;
      const Char cls = ClassAt(text, i, &length);
      if (cls == Char::kLetter || cls == Char::kDigit) {
        i = ReadWord(text, i);
        continue;
      }
      if (cls == Char::kQuestion) counts_->question = true;
      // A period after a short word is an abbreviation ("Mr.", "U.S.").
      const bool abbreviation = text.data()[i] == '.' && last_length_ <= 2;
      if ((cls == Char::kBoundary && !abbreviation) || cls == Char::kQuestion ||
          (cls == Char::kJoiner && length == 3)) {
        boundary_ = true;
        recent_.Clear();
      }
      i += length;
    }
  }

 private:
  // Reads the word or number at text[i]; returns the index after it and the
  // space that ends it, if one does (Scan() would skip it). Inlined in
  // Scan(): it runs once per word, and a call costs a tenth of a short word.
  ABSL_ATTRIBUTE_ALWAYS_INLINE size_t ReadWord(absl::string_view text, size_t i) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    // Most words: up to eight ASCII letters before a space, the end of the
    // text or ASCII punctuation that joins no word (all but a hyphen or an
    // apostrophe), read in one load (the last bytes zero-padded) and looked up
    // packed (the loop below reads them the same and stops there too); and
    // numbers of up to eight digits that end the same way.
    {
      uint64_t w = 0;
      const size_t left = text.size() - i;
      if (left >= 8) {
        std::memcpy(&w, text.data() + i, 8);
      } else if (text.size() >= 8) {  // the last eight bytes, shifted down to text[i]
        std::memcpy(&w, text.data() + text.size() - 8, 8);
        w >>= 8 * (8 - left);
      }
      const size_t run = static_cast<size_t>(word_table_internal::LeadingAsciiLetters(w));
      if (run > 0) {
        const auto next = static_cast<unsigned char>(run < left ? text.data()[i + run] : ' ');
        if (next == ' ' || EndsLetterRun(next)) {
          // Every byte of the run is an ASCII letter: its 0x20 bit set is
          // the lowercase letter, clear the capital.
          const uint64_t packed = (w | 0x2020202020202020ull) &
                                  (run == 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * run)) - 1);
          const bool initial_upper = (w & 0x20) == 0;
          EndShortWord(packed, static_cast<int>(run), initial_upper,
                       initial_upper && run >= 2 && (w & 0x2000) == 0);
          // A space is skipped too, as below; punctuation is Scan()'s to read.
          return run < left && next == ' ' ? i + run + 1 : i + run;
        }
      } else {
        // A number of up to eight ASCII digits that nothing joins to ("2024",
        // "15."; not "3.5", "1,200", "10m" or "9-5"): counted as the loop below
        // counts it, without copying its bytes.
        const size_t digits = static_cast<size_t>(LeadingAsciiDigits(w));
        if (digits > 0 && EndsNumber(text, i + digits)) {
          EndWord(absl::string_view(text.data() + i, digits), /*digits=*/true,
                  /*initial_upper=*/false, /*acronym=*/false);
          const bool space = i + digits < text.size() && text.data()[i + digits] == ' ';
          return space ? i + digits + 1 : i + digits;
        }
      }
    }
#endif
    char buf[kMaxWord + 8];  // + room for the last 8-byte store of a letter run
    int len = 0;  // may pass kMaxWord: then the word is overlong
    bool digits = false;
    const size_t start = i;
    bool space_after = false;
    while (i < text.size()) {
      if (i + 8 <= text.size()) {  // ASCII letters eight at a time
        uint64_t w;
        std::memcpy(&w, text.data() + i, 8);
        const int run = word_table_internal::LeadingAsciiLetters(w);
        if (run > 0) {
          if (len < kMaxWord) {  // the bytes past the run are overwritten or unused
            w = word_table_internal::LowerAsciiWord(w);
            std::memcpy(buf + len, &w, 8);
          }
          len += run;
          i += run;
          // A full run may go on; a shorter one ends before a byte that is no
          // ASCII letter, read below.
          if (run == 8 || i >= text.size()) continue;
        }
      }
      const auto c = static_cast<unsigned char>(text.data()[i]);
      if (c == ' ') {  // the common end of a word, skipped here: it changes nothing
        space_after = true;
        break;
      }
      if (c < 0x80 && kAscii.of[c] == Char::kLetter) {  // near the end of the text
        if (len < kMaxWord) buf[len] = static_cast<char>(c | 0x20);
        ++len;
        ++i;
        continue;
      }
      int length = 1;
      const Char cls = ClassAt(text, i, &length);
      if (cls == Char::kDigit) {
        digits = true;
      } else if (cls != Char::kLetter && !JoinsWord(text, i, length, cls, digits)) {
        break;
      }
      // A joiner is kept as one ASCII byte ("’" as "'").
      const int bytes = cls == Char::kJoiner ? 1 : length;
      if (len + bytes <= kMaxWord) {
        if (cls == Char::kJoiner) {
          buf[len] = c == '-' ? '-' : '\'';
        } else if (i + 4 <= text.size()) {
          // A fixed-size copy (no library call): a character is at most four
          // bytes, and buf has room past kMaxWord for the bytes after it.
          std::memcpy(buf + len, text.data() + i, 4);
        } else {
          std::memcpy(buf + len, text.data() + i, bytes);
        }
      }
      len += bytes;
      i += length;
    }
    const bool initial_upper = IsUpper(text.data()[start]);
    const bool acronym = initial_upper && i - start >= 2 && IsUpper(text.data()[start + 1]);
    EndWord(absl::string_view(buf, len <= kMaxWord ? len : 0), digits, initial_upper,
            acronym);
    return space_after ? i + 1 : i;
  }

  static bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

  static bool IsDigit(char c) { return c >= '0' && c <= '9'; }

  // How many of the eight bytes of `w` (in memory order) are ASCII digits before
  // the first other byte; 8 when all are.
  static int LeadingAsciiDigits(uint64_t w) {
    constexpr uint64_t kHigh = 0x8080808080808080ull;
    const uint64_t low7 = w & ~kHigh;
    const uint64_t from_0 = low7 + 0x5050505050505050ull;    // high bit: >= '0'
    const uint64_t above_9 = low7 + 0x4646464646464646ull;   // high bit: > '9'
    const uint64_t digits = from_0 & ~above_9 & ~w & kHigh;
    const uint64_t others = ~digits & kHigh;
    return others == 0 ? 8 : __builtin_ctzll(others) / 8;
  }

  // True if a run of ASCII digits ending before text[end] ends a word there, as
  // the loop of ReadWord() would end it: at the end of the text, a space, or
  // ASCII that joins no number (JoinsWord(): not a letter, digit, joiner, or a
  // ',' or '.' before a digit).
  static bool EndsNumber(absl::string_view text, size_t end) {
    if (end >= text.size()) return true;
    const auto next = static_cast<unsigned char>(text.data()[end]);
    if (next == ' ') return true;
    if (!EndsLetterRun(next)) return false;
    return (next != ',' && next != '.') || end + 1 >= text.size() ||
           !IsDigit(text.data()[end + 1]);
  }

  // True if the byte `c` after a run of ASCII letters ends the word there: ASCII
  // that is no letter, digit or joiner (JoinsWord() joins only those to letters).
  static bool EndsLetterRun(unsigned char c) {
    if (c >= 0x80) return false;
    const Char cls = kAscii.of[c];
    return cls != Char::kLetter && cls != Char::kDigit && cls != Char::kJoiner;
  }

  // True if the joiner or separator at text[i] continues the word: an
  // apostrophe or hyphen before a letter, "," or "." inside a number.
  static bool JoinsWord(absl::string_view text, size_t i, int length, Char cls,
                        bool digits) {
    const size_t next = i + length;
    if (next >= text.size()) return false;
    if (cls != Char::kJoiner && (!digits || (text.data()[i] != ',' && text.data()[i] != '.'))) {
      return false;  // the common case: a space or punctuation ends the word
    }
    int next_length = 1;
    const Char next_cls = ClassAt(text, next, &next_length);
    if (cls == Char::kJoiner)
      return next_cls == Char::kLetter || next_cls == Char::kDigit;
    return digits && (text.data()[i] == ',' || text.data()[i] == '.') && next_cls == Char::kDigit;
  }

  // "I", "I'm", "I'd": capitalised without being a name.
  static bool FirstPersonI(absl::string_view word) {
    return word == "i" || absl::StartsWith(word, "i'");
  }

  void EndWord(absl::string_view word, bool digits, bool initial_upper, bool acronym) {
    last_length_ = static_cast<int>(word.size());
    if (kFull) {
      ++counts_->words;
      if (digits) counts_->digits = true;
      if (!digits && (acronym || (initial_upper && !boundary_ && !FirstPersonI(word)))) {
        ++counts_->names;
      }
    }
    boundary_ = false;
    if (digits || acronym || word.empty()) {
      recent_.Push(RecentWords::kNone);
      return;
    }
    const WordEntry* entry = table_.Find(word, /*context_only=*/!kFull);
    if (entry != nullptr) Count(*entry);
    if (kFull && (entry == nullptr || entry->kinds == 0) && word.size() >= 5 &&
        word.substr(word.size() - 2) == "ed") {
      ++counts_->past;
    }
    recent_.Push(entry != nullptr ? entry->id : RecentWords::kNone);
  }

  // EndWord() for a word of 1 to 8 ASCII letters without digits, given
  // lowercase and packed (PackShortWord) with its size.
  void EndShortWord(uint64_t packed, int size, bool initial_upper, bool acronym) {
    last_length_ = size;
    const bool first_person_i = size == 1 && packed == 'i';  // FirstPersonI()
    if (kFull) {
      ++counts_->words;
      if (acronym || (initial_upper && !boundary_ && !first_person_i)) ++counts_->names;
    }
    boundary_ = false;
    if (acronym) {
      recent_.Push(RecentWords::kNone);
      return;
    }
    const WordEntry* entry =
        table_.FindPacked(packed, static_cast<size_t>(size), /*context_only=*/!kFull);
    if (entry != nullptr) Count(*entry);
    constexpr uint64_t kEd = 'e' | ('d' << 8);
    if (kFull && (entry == nullptr || entry->kinds == 0) && size >= 5 &&
        ((packed >> (8 * (size - 2))) & 0xFFFF) == kEd) {
      ++counts_->past;
    }
    recent_.Push(entry != nullptr ? entry->id : RecentWords::kNone);
  }

  void Count(const WordEntry& entry) {
    for (unsigned kinds = entry.kinds & kMask; kinds != 0; kinds &= kinds - 1) {
      ++counts_->kinds[__builtin_ctz(kinds)];
    }
    // Most words end no phrase of the kinds counted, or follow a word in no
    // phrase (every phrase has an earlier word, with an id of 1 and up).
    if ((entry.phrase_kinds & kMask) == 0 || recent_.Last() <= 0) return;
    for (const Phrase& phrase : entry.phrases) {
      if ((Bit(phrase.kind) & kMask) && recent_.EndWith(phrase.earlier)) {
        ++counts_->kinds[static_cast<int>(phrase.kind)];
      }
    }
  }

  static constexpr KindBits kMask = kFull ? kAllKinds : kContextKinds;

  const CheckWordIndex& table_;
  Counts* const counts_;
  RecentWords recent_;
  bool boundary_ = true;  // the next word opens a sentence or a quote
  int last_length_ = 0;
};

// Cues and "declining to comment" stand next to the claimed words: the scorer
// reads only the context words within kContextBytes of them.
constexpr size_t kContextBytes = 48;

// The words of `before` that end within kContextBytes of its end.
absl::string_view NearEnd(absl::string_view before) {
  if (before.size() <= kContextBytes) return before;
  before.remove_prefix(before.size() - kContextBytes);
  const size_t space = before.find(' ');  // skip the cut word
  return space == absl::string_view::npos ? absl::string_view() : before.substr(space);
}

// The words of `after` that start within kContextBytes of its start.
absl::string_view NearStart(absl::string_view after) {
  if (after.size() <= kContextBytes) return after;
  const size_t space = after.find(' ', kContextBytes);
  return after.substr(0, space);
}

int Kind(const Counts& c, CheckWordKind k) { return c.kinds[static_cast<int>(k)]; }

// The count of every signal, before caps.
// Calls set(signal, count) for every signal, in CheckSignal order (the order
// the logit adds them up in).
template <typename Set>
ABSL_ATTRIBUTE_ALWAYS_INLINE inline void ForEachSignalCount(const CheckworthinessInput& in,
                                                            const Counts& text,
                                                            const Counts& context, Set set) {
  using K = CheckWordKind;
  const ClaimFigureKinds& f = in.figures;
  set(S::kFigure, f.total());
  set(S::kCurrencyFigure, f.currency);
  set(S::kPercentFigure, f.percent);
  set(S::kOtherFigure, f.other);
  set(S::kNumber, text.digits && f.total() == 0);
  set(S::kComparative, Kind(text, K::kComparative));
  set(S::kCausal, Kind(text, K::kCausal));
  set(S::kFactualVerb, Kind(text, K::kFactualVerb) + text.past);
  set(S::kEvidence, Kind(text, K::kEvidence));
  set(S::kTimeWord, Kind(text, K::kTimeWord));
  set(S::kName, text.names);
  set(S::kAttributed,
      in.kind != v1::CLAIM_KIND_STATEMENT && in.kind != v1::CLAIM_KIND_UNSPECIFIED);
  const int opinion = Kind(text, K::kOpinion) + Kind(text, K::kOpinionCue);
  set(S::kOpinion, opinion);
  set(S::kModal, Kind(text, K::kModal));
  set(S::kFuture, Kind(text, K::kFuture) + Kind(text, K::kPromiseCue));
  set(S::kFirstPerson, Kind(text, K::kFirstPerson));
  set(S::kFirstPlural, Kind(text, K::kFirstPlural));
  set(S::kFirstPersonFeeling, Kind(text, K::kFirstPerson) > 0 && opinion > 0);
  set(S::kHedge, Kind(text, K::kHedge));
  set(S::kQuestion, text.question);
  set(S::kProcedural, Kind(text, K::kProcedural));
  set(S::kContextOpinion, Kind(context, K::kOpinionCue));
  set(S::kContextPromise, Kind(context, K::kPromiseCue));
  set(S::kContextProcedural, Kind(context, K::kProcedural));
  set(S::kShort, text.words >= 4 && text.words <= 6);
  set(S::kVeryShort, text.words < 4);
}

std::array<int, kCheckSignals> SignalCounts(const CheckworthinessInput& in,
                                            const Counts& text, const Counts& context) {
  std::array<int, kCheckSignals> n{};
  ForEachSignalCount(in, text, context,
                     [&n](S s, int count) { n[static_cast<int>(s)] = count; });
  return n;
}

}  // namespace

void ClaimFigureKinds::Add(v1::Dimension d) {
  switch (d) {
    case v1::DIMENSION_CURRENCY:
      ++currency;
      break;
    case v1::DIMENSION_PERCENT:
      ++percent;
      break;
    case v1::DIMENSION_UNSPECIFIED:
    case v1::DIMENSION_COUNT:
    case v1::DIMENSION_MASS:
    case v1::DIMENSION_LENGTH:
    case v1::DIMENSION_AREA:
    case v1::DIMENSION_VOLUME:
    case v1::DIMENSION_DURATION:
    case v1::DIMENSION_AGE:
    case v1::DIMENSION_SPEED:
    case v1::DIMENSION_TEMPERATURE:
    case v1::DIMENSION_RATIO:
    case v1::DIMENSION_OTHER:
    case v1::Dimension_INT_MIN_SENTINEL_DO_NOT_USE_:
    case v1::Dimension_INT_MAX_SENTINEL_DO_NOT_USE_:
      ++other;
      break;
  }
}

CheckworthinessInput CheckworthinessInputAt(absl::string_view text,
                                            const v1::Claim& claim) {
  CheckworthinessInput in;
  in.text = claim.text();
  in.kind = claim.kind();
  const int size = static_cast<int>(text.size());
  auto clamp = [size](int b) { return std::max(0, std::min(b, size)); };
  const int sentence_begin = clamp(claim.sentence_span().begin());
  const int sentence_end = clamp(claim.sentence_span().end());
  const int begin = clamp(claim.span().begin()), end = clamp(claim.span().end());
  if (begin > sentence_begin)
    in.before = text.substr(sentence_begin, begin - sentence_begin);
  if (sentence_end > end) in.after = text.substr(end, sentence_end - end);
  return in;
}

namespace {

// Counts the words of `input`: one full pass over its words into `*text` and a
// context pass over the words next to them into `*context`.
void CountWords(const CheckworthinessInput& input, Counts* text, Counts* context) {
  const CheckWordIndex& table = Table();
  Scanner</*kFull=*/true>(table, text).Scan(input.text);
  Scanner</*kFull=*/false>(table, context).Scan(NearEnd(input.before));
  Scanner</*kFull=*/false>(table, context).Scan(NearStart(input.after));
}

// The contribution of signal `s` counted `count` (nonzero) times.
inline float Contribution(int s, int count) {
  const SignalSpec& spec = kSignals[s];
  return spec.weight * static_cast<float>(std::min(count, spec.cap));
}

// 1 / (1 + exp(-logit)), rounded to 0.001: three decimals carry the ranking,
// and they print short.
inline float Score(float logit) {
  return std::round(1000.0f / (1.0f + std::exp(-logit))) / 1000.0f;
}

// Score(logit) through a small cache of the values computed last: a claim's
// logit is the bias plus a few capped weights, so the claims of a run repeat a
// handful of values, and exp() costs more than a lookup. Direct-mapped by the
// logit's bits; the thread's own.
float CachedScore(float logit) {
  struct Slot {
    uint32_t bits = 0;
    float score = 0;
    bool filled = false;
  };
  constexpr int kSlotBits = 8;
  thread_local Slot slots[1 << kSlotBits];
  uint32_t bits;
  std::memcpy(&bits, &logit, sizeof(bits));
  Slot& slot = slots[(bits * 0x9E3779B1u) >> (32 - kSlotBits)];
  if (!slot.filled || slot.bits != bits) {
    slot.bits = bits;
    slot.score = Score(logit);
    slot.filled = true;
  }
  return slot.score;
}

}  // namespace

CheckworthinessExplanation ExplainCheckworthiness(const CheckworthinessInput& input) {
  Counts text, context;
  CountWords(input, &text, &context);
  const std::array<int, kCheckSignals> counts = SignalCounts(input, text, context);
  CheckworthinessExplanation out;
  out.logit = kBias;
  for (int s = 0; s < kCheckSignals; ++s) {
    if (counts[s] == 0) continue;
    out.contribution[s] = Contribution(s, counts[s]);
    out.logit += out.contribution[s];
  }
  out.score = Score(out.logit);
  return out;
}

float ScoreCheckworthiness(const CheckworthinessInput& input) {
  // ExplainCheckworthiness(input).score, the same sums in the same order,
  // without keeping every contribution.
  Counts text, context;
  CountWords(input, &text, &context);
  float logit = kBias;
  ForEachSignalCount(input, text, context, [&logit](S s, int count) {
    if (count != 0) logit += Contribution(static_cast<int>(s), count);
  });
  return CachedScore(logit);
}

const char* CheckSignalName(CheckSignal signal) {
  return kSignals[static_cast<int>(signal)].name;
}

}  // namespace factwire
