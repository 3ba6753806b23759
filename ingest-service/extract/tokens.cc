#include "ingest-service/extract/tokens.h"

#include <cstddef>
#include <cstring>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "absl/strings/ascii.h"

namespace factwire {
namespace {

enum class CharClass : uint8_t { kSpace, kLetter, kDigit, kPunct };

// The class of each ASCII byte (the same answers as Classify() below).
struct AsciiClasses {
  CharClass of[128];
  constexpr AsciiClasses() : of() {
    for (int c = 0; c < 128; ++c) {
      const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      const bool space = c == ' ' || (c >= '\t' && c <= '\r');
      of[c] = alpha                    ? CharClass::kLetter
              : (c >= '0' && c <= '9') ? CharClass::kDigit
              : space                  ? CharClass::kSpace
                                       : CharClass::kPunct;
    }
  }
};
constexpr AsciiClasses kAscii;

// The bytes after a run of ASCII letters at which Word() ends a word of letters
// with nothing more to read: ASCII that is no letter, digit, apostrophe, hyphen
// or period (those may join what follows, or keep an abbreviation's period).
struct EndsLetterWordTable {
  bool of[256];
  constexpr EndsLetterWordTable() : of() {
    for (int c = 0; c < 128; ++c) {
      of[c] = kAscii.of[c] != CharClass::kLetter && kAscii.of[c] != CharClass::kDigit &&
              c != '\'' && c != '-' && c != '.';
    }
  }
};
constexpr EndsLetterWordTable kEndsLetterWord;

// The code point at text[i] and its byte length (invalid bytes read as U+FFFD, 1).
std::pair<uint32_t, int> Decode(absl::string_view text, size_t i) {
  const char* const p = text.data();  // unchecked: absl's operator[] checks bounds
  const auto c = static_cast<unsigned char>(p[i]);
  if (c < 0x80) return {c, 1};
  int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  if (len == 1 || i + len > text.size()) return {0xFFFD, 1};
  uint32_t cp = c & (0x3F >> (len - 1));
  for (int k = 1; k < len; ++k)
    cp = (cp << 6) | (static_cast<unsigned char>(p[i + k]) & 0x3F);
  return {cp, len};
}

CharClass Classify(uint32_t cp) {
  if (cp < 0x80) return kAscii.of[cp];
  if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x3000) {
    return CharClass::kSpace;
  }
  if ((cp >= 0x2010 && cp <= 0x206F) || (cp >= 0xA1 && cp <= 0xBF) || cp == 0xD7 ||
      cp == 0xF7 || (cp >= 0x20A0 && cp <= 0x20CF)) {
    return CharClass::kPunct;
  }
  return CharClass::kLetter;
}

// A character of the text: code point, byte length and class.
struct Char {
  uint32_t cp;
  int len;
  CharClass cls;
};


bool IsApostrophe(uint32_t cp) { return cp == '\'' || cp == 0x2019; }

// True when `cp` (past ASCII) is a capital letter of the scripts names in news
// copy are written in: Latin-1 ("Émile", "Øyvind"), Latin Extended-A and the
// comma-below letters of Extended-B ("Šimko", "Łukasz", "Ștefan"), Greek and
// Cyrillic. In Extended-A and -B the capital is the first of each pair.
bool IsCapitalLetter(uint32_t cp) {
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;  // not "×"
  if (cp >= 0x100 && cp <= 0x137) return cp % 2 == 0;
  if (cp >= 0x139 && cp <= 0x148) return cp % 2 == 1;
  if (cp >= 0x14A && cp <= 0x177) return cp % 2 == 0;
  if (cp >= 0x178 && cp <= 0x17E) return cp == 0x178 || cp % 2 == 1;
  if (cp >= 0x200 && cp <= 0x233) return cp % 2 == 0;
  if (cp >= 0x391 && cp <= 0x3A9) return cp != 0x3A2;
  return cp >= 0x400 && cp <= 0x42F;
}

// The ASCII letters, capitals and digits among eight bytes: the high bit of each
// byte that is one.
struct AsciiAlnum {
  uint64_t letters;
  uint64_t uppers;
  uint64_t digits;
};

// The number of bytes whose high bit is set in `high_bits` (only high bits set):
// one multiply adds them up in the top byte (a popcount instruction is not part
// of the baseline x86-64 the build targets, and its library call costs more).
inline int CountHighBits(uint64_t high_bits) {
  return static_cast<int>(((high_bits >> 7) * 0x0101010101010101ull) >> 56);
}

inline AsciiAlnum ClassifyEight(uint64_t w) {
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  const uint64_t ascii = ~w & kHigh;
  const uint64_t low7 = w & ~kHigh;  // no byte carries into the next below
  const uint64_t folded = (w | 0x2020202020202020ull) & ~kHigh;  // capitals lowered
  const uint64_t letters = (folded + 0x1F * kOnes) & ~(folded + 0x05 * kOnes) & ascii;
  const uint64_t uppers = (low7 + 0x3F * kOnes) & ~(low7 + 0x25 * kOnes) & ascii;
  const uint64_t digits = (low7 + 0x50 * kOnes) & ~(low7 + 0x46 * kOnes) & ascii;
  return {letters, uppers, digits};
}

// The bit that makes an ASCII capital its lowercase letter, in every byte.
constexpr uint64_t kLowercaseBits = 0x2020202020202020ull;

class Tokenizer {
 public:
  Tokenizer(absl::string_view text, const Lexicon& lexicon, std::vector<Token>* out)
      : text_(text), p_(text.data()), lexicon_(lexicon), out_(out) {}

  // The character at text_[i]; ASCII without decoding. (The loops read the
  // text's bytes through p_ alone: with p_ as well, the compiler keeps
  // two registers for one pointer and spills others on every token.)
  Char CharAt(size_t i) const {
    const auto c = static_cast<unsigned char>(p_[i]);
    if (c < 0x80) return {c, 1, kAscii.of[c]};
    const auto [cp, len] = Decode(text_, i);
    return {cp, len, Classify(cp)};
  }

  void Run(int begin, int end, int paragraph) {
    const size_t paragraph_first = out_->size();
    size_t i = begin;
    bool space = true;
    while (i < static_cast<size_t>(end)) {
      if (p_[i] == ' ') {  // the most common byte between tokens, first
        space = true;
        ++i;
        continue;
      }
      const auto [cp, len, cls] = CharAt(i);
      if (cls == CharClass::kSpace) {
        space = true;
        i += len;
        continue;
      }
      // Filled in place: a token built on the stack and copied in is a wide
      // load right after narrow stores, which stalls (a third of the time here).
      Token& t = out_->emplace_back();
      t.begin = static_cast<int>(i);
      t.paragraph = paragraph;
      t.space_before = space;
      space = false;
      if (cls == CharClass::kPunct) {
        i = Punct(i, end, cp, len, &t);
        t.may_end_sentence = IsSentenceMark(t);
      } else if (cp < 0x80 && ShortWord(i, end, &t)) {
        // The common token, complete (ShortWord set its end; it splits off no
        // possessive); the space after it is skipped here too.
        i = static_cast<size_t>(t.end);
        if (p_[i] == ' ') {
          space = true;
          ++i;
        }
        continue;
      } else {
        i = Word(i, end, cls == CharClass::kDigit, &t);
      }
      t.end = static_cast<int>(i);
      if (possessive_pending_) {
        SplitPossessive();
        i = out_->back().end;
      }
    }
    if (out_->size() > paragraph_first) out_->back().may_end_sentence = true;
  }

 private:
  size_t Punct(size_t i, int end, uint32_t cp, int len, Token* t) {
    t->kind = TokenKind::kPunct;
    const size_t next = i + len;
    auto at = [&](size_t k) { return k < static_cast<size_t>(end) ? p_[k] : '\0'; };
    switch (cp) {
      case 0x201C:
        t->kind = TokenKind::kQuote;
        t->quote = MisturnedClose(i, next, end, *t) ? QuoteMark::kDoubleClose
                                                    : QuoteMark::kDoubleOpen;
        return next;
      case 0x201E:
      case 0xAB:
        t->kind = TokenKind::kQuote;
        t->quote = QuoteMark::kDoubleOpen;
        return next;
      case 0x201D:
      case 0xBB:
        t->kind = TokenKind::kQuote;
        t->quote = QuoteMark::kDoubleClose;
        return next;
      case '"':
        t->kind = TokenKind::kQuote;
        t->quote = QuoteMark::kDoubleEither;
        return next;
      case 0x2018:
        t->kind = TokenKind::kQuote;
        t->quote = QuoteMark::kSingleOpen;
        return next;
      case 0x2019:
        t->kind = TokenKind::kQuote;
        t->quote = QuoteMark::kSingleClose;
        return next;
      case '`':
        t->kind = TokenKind::kQuote;
        t->quote = QuoteMark::kDoubleOpen;
        return at(next) == '`' ? next + 1 : next;
      case '\'':
        t->kind = TokenKind::kQuote;
        // "country,'''": a single mark closes before the double one.
        if (at(next) == '\'' && at(next + 1) == '\'' && !t->space_before) {
          t->quote = QuoteMark::kSingleEither;
          return next;
        }
        if (at(next) == '\'') {
          t->quote = QuoteMark::kDoubleEither;
          return next + 1;
        }
        t->quote = QuoteMark::kSingleEither;
        return next;
      case 0x2014:
      case 0x2013:
      case 0x2015:
      case 0x2012:
        t->punct = 'D';
        return next;
      case 0x2026:
        t->punct = 'E';
        return next;
      default:
        break;
    }
    if (cp == '-' && at(next) == '-') {
      t->punct = 'D';
      return next + 1;
    }
    if (cp == '.' && at(next) == '.' && at(next + 1) == '.') {
      t->punct = 'E';
      return next + 2;
    }
    t->punct = cp < 0x80 ? static_cast<char>(cp) : 'U';  // "°", "€": not a '?'
    return next;
  }

  // Word() for the most common word: one to eight ASCII letters before an ASCII
  // byte that ends a word of letters there in Word() too (EndsLetterWord), read
  // in one load. Fills `*t` as Word() would (end included) and returns true, or
  // returns false for any other word or number at text_[i].
  bool ShortWord(size_t i, int end, Token* t) const {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (i + 8 > static_cast<size_t>(end)) return false;
    uint64_t w;
    std::memcpy(&w, p_ + i, 8);
    const AsciiAlnum a = ClassifyEight(w);
    const uint64_t not_letter = ~a.letters & 0x8080808080808080ull;
    // Eight letters end at the byte after them, which must be in the paragraph.
    if (not_letter == 0 && i + 8 >= static_cast<size_t>(end)) return false;
    const int run = not_letter == 0 ? 8 : __builtin_ctzll(not_letter) / 8;
    if (run == 0) return false;
    const auto next = static_cast<unsigned char>(p_[i + run]);
    const bool before_period = next == '.';
    if (!kEndsLetterWord.of[next] && !(before_period && run < 8)) return false;
    if (next == '/' && run == 1) return false;  // perhaps "A/S": Word() reads it
    const uint64_t in_run = run == 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * run)) - 1;
    t->kind = TokenKind::kWord;
    t->letters_only = true;
    t->upper = absl::ascii_isupper(p_[i]);
    // Only a word that starts with a capital may be all capitals.
    t->all_caps = t->upper && run >= 2 && (a.letters & ~a.uppers & in_run) == 0;
    // Every byte of the run is an ASCII letter (and a period 0x2E): with its
    // 0x20 bit set, the lowercase letter (the period itself).
    const uint64_t lower = w | kLowercaseBits;
    if (before_period) return WordBeforePeriod(i, end, lower, run, t);
    const Lexicon::Entry e = lexicon_.FindShortLower(lower & in_run, static_cast<size_t>(run));
    SetEntry(e, t);
    t->end = static_cast<int>(i) + run;
    return true;
#else
    return false;
#endif
  }

  // The rest of ShortWord() for `run` (1 to 7) letters before a period (`lower`:
  // the eight bytes read, the run lowercase), as Word()
  // reads them: the word keeps its period if it is an initial or an abbreviation
  // ("Mr.", looked up with the period), else ends before it. Returns false, with
  // `*t` left for Word() to fill, when the period may join the letters after it
  // ("U.S"): a word of three letters or fewer before a period and a letter.
  bool WordBeforePeriod(size_t i, int end, uint64_t lower, int run, Token* t) const {
    const size_t after = i + static_cast<size_t>(run) + 1;
    if (run <= 3 && after < static_cast<size_t>(end)) {
      const auto c = static_cast<unsigned char>(p_[after]);
      if (c >= 0x80 || kAscii.of[c] == CharClass::kLetter) return false;
    }
    const Lexicon::Entry with_period =
        lexicon_.FindShortLower(lower & ((uint64_t{1} << (8 * (run + 1))) - 1),
                                static_cast<size_t>(run) + 1);
    const bool initial = run == 1 && t->upper;
    if (initial || (with_period.classes & kAbbreviation) != 0) {
      t->ends_period = true;
      t->may_end_sentence = true;
      t->letters_only = false;
      SetEntry(with_period, t);
      t->end = static_cast<int>(after);
      return true;
    }
    const Lexicon::Entry e = lexicon_.FindShortLower(lower & ((uint64_t{1} << (8 * run)) - 1),
                                                     static_cast<size_t>(run));
    SetEntry(e, t);
    t->end = static_cast<int>(i) + run;
    return true;
  }

  // True if the slash at text_[slash] stands between two single capitals, the
  // word that starts at text_[start] being the first: "A/S", "S/A", "N/A", a
  // legal form or an abbreviation read as one word. Longer words keep their
  // slash a mark of its own ("AC/DC", "km/h").
  bool SlashedCapitals(size_t start, size_t slash, int end) const {
    if (slash != start + 1 || !absl::ascii_isupper(p_[start]) ||
        slash + 2 > static_cast<size_t>(end) || !absl::ascii_isupper(p_[slash + 1])) {
      return false;
    }
    if (slash + 2 == static_cast<size_t>(end)) return true;
    const CharClass after = CharAt(slash + 2).cls;
    return after != CharClass::kLetter && after != CharClass::kDigit;
  }

  size_t Word(size_t i, int end, bool digit_start, Token* t) {
    t->kind = digit_start ? TokenKind::kNumber : TokenKind::kWord;
    const size_t start = i;
    size_t segment = i;  // start of the current period-separated segment
    bool internal_period = false;
    int letters = 0;
    uint64_t not_capital = 0;  // nonzero once a letter is not an ASCII capital
    bool non_ascii = false;
    int apostrophes = 0;  // joined inside the word
    bool particle_name = false;  // "al-Kathiri": HyphenedParticleName()
    auto cls_at = [&](size_t k) {
      return k < static_cast<size_t>(end) ? CharAt(k).cls : CharClass::kSpace;
    };
    while (i < static_cast<size_t>(end)) {
      if (i + 8 <= static_cast<size_t>(end)) {  // ASCII letters and digits, 8 at a time
        uint64_t w;
        std::memcpy(&w, p_ + i, 8);
        const AsciiAlnum a = ClassifyEight(w);
        const uint64_t other = ~(a.letters | a.digits) & 0x8080808080808080ull;
        if (other == 0) {
          letters += CountHighBits(a.letters);
          not_capital |= a.letters & ~a.uppers;
          i += 8;
          continue;
        }
        const int run = __builtin_ctzll(other) / 8;
        if (run > 0) {
          const uint64_t in_run = (uint64_t{1} << (8 * run)) - 1;
          letters += CountHighBits(a.letters & in_run);
          not_capital |= a.letters & ~a.uppers & in_run;
          i += run;
        }
      }
      if (p_[i] == ' ') break;  // the common end of a word, first
      const auto [cp, len, cls] = CharAt(i);
      if (cls == CharClass::kLetter || cls == CharClass::kDigit) {
        if (cls == CharClass::kLetter) {
          ++letters;
          if (cp < 'A' || cp > 'Z') not_capital = 1;
        }
        if (len > 1 || cp >= 0x80) non_ascii = true;  // not a plain ASCII byte
        i += len;
        continue;
      }
      if (cp == '/' && SlashedCapitals(start, i, end)) {  // "A/S", "N/A": one word
        ++letters;
        i += 2;
        continue;
      }
      // Only apostrophes, hyphens, commas and periods can join what follows.
      if (cp != '\'' && cp != 0x2019 && cp != '-' && cp != ',' && cp != '.') break;
      const CharClass after = cls_at(i + len);
      const bool alnum_after = after == CharClass::kLetter || after == CharClass::kDigit;
      if (IsApostrophe(cp) && alnum_after && i > start) {
        // Possessive "'s": split it off.
        const size_t s = i + len;
        if ((p_[s] == 's' || p_[s] == 'S') && cls_at(s + 1) != CharClass::kLetter &&
            cls_at(s + 1) != CharClass::kDigit) {
          possessive_pending_ = true;
          break;
        }
        if (len > 1) non_ascii = true;  // a curly apostrophe inside the word
        ++apostrophes;
        i += len;
        continue;
      }
      if (cp == '-' && alnum_after && i > start) {
        if (segment == start) particle_name = HyphenedParticleName(start, i);
        i += len;
        segment = i;
        continue;
      }
      if ((cp == ',' || cp == '.') && digit_start && after == CharClass::kDigit) {
        i += len;
        continue;
      }
      if (cp == '.' && after == CharClass::kLetter && i - segment <= 3 && !digit_start) {
        internal_period = true;
        i += len;
        segment = i;
        continue;
      }
      if (cp == '-' && i > start && p_[i - 1] == '.' && alnum_after) {
        i += len;
        segment = i;
        continue;
      }
      break;
    }
    t->upper = !digit_start && (absl::ascii_isupper(p_[start]) ||
                                (static_cast<unsigned char>(p_[start]) >= 0x80 &&
                                 IsCapitalLetter(CharAt(start).cp)) ||
                                particle_name);
    t->all_caps = letters >= 2 && not_capital == 0;
    t->letters_only =
        !digit_start && !non_ascii && letters + apostrophes == static_cast<int>(i - start);
    const uint8_t number = digit_start ? kAmountNumber : 0;  // marks a number token
    // Keep the period of abbreviations and initials.
    if (i < static_cast<size_t>(end) && p_[i] == '.' && !possessive_pending_) {
      const absl::string_view with(p_ + start, i + 1 - start);
      const bool initial = letters == 1 && not_capital == 0 && i - start == 1;
      const Lexicon::Entry e = Find(with, non_ascii);  // looked up once
      if (internal_period || initial || (e.classes & kAbbreviation) != 0) {
        t->ends_period = true;
        t->may_end_sentence = true;
        t->letters_only = false;
        SetEntry(e, t);
        t->amount |= number;
        return i + 1;
      }
    }
    const Lexicon::Entry e = Find(start, i - start, non_ascii);
    SetEntry(e, t);
    t->amount |= number;
    return i;
  }

  // True when the word from `start`, at its first hyphen `hyphen`, is a
  // lowercase particle, the hyphen and a capitalised surname ("al-Kathiri",
  // "el-Baz": lexicon::IsHyphenedParticle).
  bool HyphenedParticleName(size_t start, size_t hyphen) const {
    return absl::ascii_islower(p_[start]) && absl::ascii_isupper(p_[hyphen + 1]) &&
           lexicon::IsHyphenedParticle(absl::string_view(p_ + start, hyphen - start));
  }

  // Copies the lexicon's `e` for the word into `*t`.
  static void SetEntry(const Lexicon::Entry& e, Token* t) {
    t->classes = e.classes;
    t->cue = e.cue;
    t->amount = e.amount;
  }

  Lexicon::Entry Find(absl::string_view word, bool non_ascii) const {
    return non_ascii ? lexicon_.Find(word) : lexicon_.FindAscii(word);
  }

  // Find() for the word of `size` bytes at text_[start]: a plain ASCII word of
  // up to eight bytes (most words) is read in one load and masked, which packs
  // it as PackShortWord() does (bytes in memory order on a little-endian host).
  Lexicon::Entry Find(size_t start, size_t size, bool non_ascii) const {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (!non_ascii && size - 1 < 8 && start + 8 <= text_.size()) {
      uint64_t w;
      std::memcpy(&w, p_ + start, 8);
      if (size < 8) w &= (uint64_t{1} << (8 * size)) - 1;
      return lexicon_.FindShortAscii(w, size);
    }
#endif
    return Find(absl::string_view(p_ + start, size), non_ascii);
  }

  // “unusual,“ said Noble: an opening mark glued to the end of a clause, with a
  // space or the paragraph end after it, is a misturned closing mark.
  bool MisturnedClose(size_t i, size_t next, int end, const Token& t) const {
    if (t.space_before || i == 0) return false;
    const char prev = p_[i - 1];
    if (prev != ',' && prev != '.' && prev != '?' && prev != '!') return false;
    return next >= static_cast<size_t>(end) || p_[next] == ' ' || p_[next] == '\n';
  }

  void SplitPossessive() {
    Token& word = out_->back();
    possessive_pending_ = false;
    Token s;
    s.begin = word.end;
    s.paragraph = word.paragraph;
    s.kind = TokenKind::kWord;
    s.possessive = true;
    size_t k = s.begin;
    k += Decode(text_, k).second;  // the apostrophe
    s.end = static_cast<int>(k + 1);
    out_->push_back(s);
  }

  absl::string_view text_;
  // text_'s bytes, indexed without the bounds check absl::string_view's
  // operator[] makes in Debian's (hardened) Abseil: the loops here index the
  // text once or twice per byte, always below text_.size().
  const char* const p_;
  const Lexicon& lexicon_;
  std::vector<Token>* out_;
  bool possessive_pending_ = false;
};

}  // namespace

void Tokenize(absl::string_view text, const std::vector<std::pair<int, int>>& paragraphs,
              const Lexicon& lexicon, std::vector<Token>* tokens) {
  tokens->clear();
  tokens->reserve(text.size() / 5 + 16);
  Tokenizer tokenizer(text, lexicon, tokens);
  for (size_t p = 0; p < paragraphs.size(); ++p) {
    tokenizer.Run(paragraphs[p].first, paragraphs[p].second, static_cast<int>(p));
  }
}

std::vector<Token> Tokenize(absl::string_view text,
                            const std::vector<std::pair<int, int>>& paragraphs,
                            const Lexicon& lexicon) {
  std::vector<Token> tokens;
  Tokenize(text, paragraphs, lexicon, &tokens);
  return tokens;
}

int AfterDateline(const std::vector<Token>& tokens, int k) {
  constexpr int kMaxDatelineTokens = 12;  // "SAN JUAN, Puerto Rico (AP) —" is 9
  if (k > 0 && tokens[k - 1].paragraph == tokens[k].paragraph) return k;
  // "LONDON — ...", "WASHINGTON (Reuters) - ...": capitals, a source in
  // parentheses, then a dash.
  for (int j = k; j < static_cast<int>(tokens.size()) && j < k + kMaxDatelineTokens; ++j) {
    const Token& t = tokens[j];
    if (t.paragraph != tokens[k].paragraph) return k;
    if (t.punct == 'D' || IsPunct(t, '-')) return j > k ? j + 1 : k;
    // "NAIROBI, Kenya (AP) —", "LONDON, Jan 5 (Reuters) -": after an all-caps
    // city, a capitalised region or a date.
    const bool after_city =
        j > k && tokens[k].all_caps && (t.upper || t.kind == TokenKind::kNumber);
    const bool caps = (t.kind == TokenKind::kWord && (t.all_caps || t.end - t.begin == 1)) ||
                      after_city;
    const bool paren =
        IsPunct(t, '(') || IsPunct(t, ')') || (j > k && IsPunct(tokens[j - 1], '('));
    // ("BRUSSELS/KYIV, March 12 (Reuters) -": two cities; "UPDATE: 5/12 —".)
    if (!caps && !paren && !IsPunct(t, ',') && !IsPunct(t, '/') && !IsPunct(t, ':')) {
      return k;
    }
  }
  return k;
}

namespace {

// True if `word` sits at text[at] with no ASCII letter right before or after it.
bool WholeWordAt(absl::string_view text, size_t at, absl::string_view word) {
  const char* p = text.data();
  const size_t end = at + word.size();
  return std::memcmp(p + at, word.data(), word.size()) == 0 &&
         (at == 0 || !absl::ascii_isalpha(p[at - 1])) &&
         (end == text.size() || !absl::ascii_isalpha(p[end]));
}

}  // namespace

bool HasWholeWord(absl::string_view text, absl::string_view word) {
  const size_t n = word.size();
  if (n == 0 || n > text.size()) return false;
  const size_t last_start = text.size() - n;  // the last place the word fits
  size_t at = 0;
#if defined(__SSE2__)
  // Sixteen places at once: those with the word's first byte there and its last
  // byte n - 1 on; only they are compared in full.
  const __m128i first = _mm_set1_epi8(word.front());
  const __m128i back = _mm_set1_epi8(word.back());
  const char* p = text.data();
  // The places among sixteen at p + k where the first and last bytes match.
  auto matches = [&](size_t k) {
    const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + k));
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + k + n - 1));
    return _mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, back));
  };
  // Thirty-two places a step, tested together: most steps have none.
  for (; at + 31 <= last_start; at += 32) {
    const __m128i low = matches(at);
    const __m128i high = matches(at + 16);
    if (_mm_movemask_epi8(_mm_or_si128(low, high)) == 0) continue;
    auto places = static_cast<unsigned>(_mm_movemask_epi8(low)) |
                  static_cast<unsigned>(_mm_movemask_epi8(high)) << 16;
    for (; places != 0; places &= places - 1) {
      if (WholeWordAt(text, at + static_cast<size_t>(__builtin_ctz(places)), word)) return true;
    }
  }
  for (; at + 15 <= last_start; at += 16) {
    auto places = static_cast<unsigned>(_mm_movemask_epi8(matches(at)));
    for (; places != 0; places &= places - 1) {
      if (WholeWordAt(text, at + static_cast<size_t>(__builtin_ctz(places)), word)) return true;
    }
  }
#endif
  for (; at <= last_start; ++at) {
    if (text.data()[at] == word.front() && WholeWordAt(text, at, word)) return true;
  }
  return false;
}

}  // namespace factwire
