#include "ingest-service/extract/records.h"

#include <algorithm>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "absl/types/span.h"
#include "ingest-service/extract/checkworthiness.h"
#include "ingest-service/extract/lexicon/affiliation_words.h"
#include "ingest-service/extract/lexicon/lexicon.h"
#include "ingest-service/extract/lexicon/speech_words.h"
#include "ingest-service/extract/mention_internal.h"
#include "ingest-service/extract/tokens.h"

namespace factwire {
namespace {

constexpr int kMaxNestedClaims = 8;

void SetSpan(int begin, int end, v1::TextSpan* span) {
  span->set_begin(begin);
  span->set_end(end);
}

// The spans the claims of a reused heap document held, handed to the claims built
// next: Claim::Clear() deletes a heap claim's spans, so without the pool every
// claim would allocate its two to four spans anew.
class SpanPool {
 public:
  SpanPool() = default;
  SpanPool(const SpanPool&) = delete;
  SpanPool& operator=(const SpanPool&) = delete;
  ~SpanPool() {
    for (v1::TextSpan* span : spans_) delete span;
  }

  // Moves the spans of `*doc`'s claims into the pool. `*doc` is on no arena.
  void Collect(v1::Document* doc) {
    for (v1::Claim& c : *doc->mutable_claims()) {
      if (c.has_span()) spans_.push_back(c.release_span());
      if (c.has_sentence_span()) spans_.push_back(c.release_sentence_span());
      if (c.has_cue_span()) spans_.push_back(c.release_cue_span());
      if (c.has_speaker_span()) spans_.push_back(c.release_speaker_span());
    }
  }

  // A heap span [begin, end), the caller's to own: a pooled one if there is one.
  v1::TextSpan* Take(int begin, int end) {
    v1::TextSpan* span;
    if (spans_.empty()) {
      span = new v1::TextSpan();
    } else {
      span = spans_.back();
      spans_.pop_back();
    }
    SetSpan(begin, end, span);
    return span;
  }

 private:
  std::vector<v1::TextSpan*> spans_;
};

// The end of the words naming speaker [first, last) as written: for an unnamed
// "a spokesperson for the utility" (an indefinite article, at most two
// modifiers, a lexicon::IsSpokesNoun and "for"), the token after the spokes
// noun ("a spokesperson"); else `last`.
int WrittenSpeakerEnd(absl::string_view text, const std::vector<Token>& tokens, int first,
                      int last) {
  const absl::string_view article = TokenText(text, tokens[first]);
  if (!lexicon::IsArticle(article) || lexicon::IsDefiniteArticle(article)) return last;
  for (int k = first + 1; k + 1 < last && k <= first + 3; ++k) {
    const Token& t = tokens[k];
    if (t.kind != TokenKind::kWord) return last;
    if (lexicon::IsSpokesNoun(TokenText(text, t))) {
      return TokenText(text, tokens[k + 1]) == "for" ? k + 1 : last;
    }
  }
  return last;
}

// Replaces the contents of `*to` with `bytes`, which must not point into it.
// The string keeps its room; clear() and append() copy without assign()'s
// general replace (which allows for overlap), a third of a short copy's cost.
void CopyInto(absl::string_view bytes, std::string* to) {
  to->clear();
  to->append(bytes.data(), bytes.size());
}

// Writes "c12", "f3" (`prefix` and the decimal `number`, as StrCat writes it)
// into `*id`, replacing its contents: a reused message's string keeps its room,
// and no temporary string is built and moved in.
void SetNumberedId(char prefix, size_t number, std::string* id) {
  char buffer[24];
  buffer[0] = prefix;
  const char* end = std::to_chars(buffer + 1, buffer + sizeof(buffer), number).ptr;
  CopyInto(absl::string_view(buffer, static_cast<size_t>(end - buffer)), id);
}

// Index of the sentence holding byte `b` (the nearest one before it; 0 before
// the first). A binary search whose steps are selects, not branches: which half
// holds `b` is as good as random, and mispredicted branches cost more here than
// the comparisons.
int SentenceAt(const std::vector<Sentence>& sentences, int b) {
  if (sentences.empty()) return 0;
  const Sentence* base = sentences.data();
  size_t n = sentences.size();
  while (n > 1) {  // the sentences starting at or before `b` end in [base, base + n]
    const size_t half = n / 2;
    base = base[half].begin <= b ? base + half : base;
    n -= half;
  }
  const size_t at_or_before = static_cast<size_t>(base - sentences.data()) +
                              (base->begin <= b ? 1 : 0);
  return at_or_before == 0 ? 0 : static_cast<int>(at_or_before) - 1;
}

// SentenceAt(sentences, b), given `from`, SentenceAt() of a byte at or before
// `b`: a walk forward from there (a claim's last byte is in its first sentence
// or one of the next few), not a second search.
int SentenceAtFrom(const std::vector<Sentence>& sentences, int from, int b) {
  const int n = static_cast<int>(sentences.size());
  while (from + 1 < n && sentences[from + 1].begin <= b) ++from;
  return from;
}

// The containers a RecordBuilder fills for a document, kept by the thread so
// their room serves the next document.
struct RecordScratch {
  std::vector<std::pair<int, int>> sentence_range;
  std::vector<int> figure_claim;
  std::vector<int> first_figure;
  std::vector<int> figure_at;
  std::vector<const std::string*> entity_source;  // by entity; nullptr: none yet
  absl::flat_hash_set<std::string> anonymous;
  // Sources by id once a document holds many (SourceWithId()): a view of the
  // id its Source owns, the first source so named.
  absl::flat_hash_map<absl::string_view, v1::Source*> source_by_id;
};

// Sources a document holds before SourceWithId() looks them up by id instead
// of scanning them: a scan of a few is cheaper than hashing.
constexpr int kScannedSources = 16;

// What a slug makes of each byte of a name: the byte it writes (an ASCII
// letter lowercased, a digit), nothing for '.' and the apostrophe (kSlugSkip),
// a dash before what follows for any other ASCII byte (kSlugDash), or a look at
// the character a byte of 0x80 or more starts (kSlugWide, ReadNonAscii). One
// load per byte instead of two tests.
constexpr unsigned char kSlugSkip = 0;
constexpr unsigned char kSlugDash = 1;
constexpr unsigned char kSlugWide = 2;
struct SlugBytes {
  unsigned char of[256];
  constexpr SlugBytes() : of() {
    for (int c = 0; c < 256; ++c) {
      const bool lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z';
      const bool kept = lower || upper || (c >= '0' && c <= '9');
      of[c] = static_cast<unsigned char>(kept        ? (upper ? c + ('a' - 'A') : c)
                                         : c >= 0x80 ? kSlugWide
                                         : c == '.' || c == '\'' ? kSlugSkip
                                                                 : kSlugDash);
    }
  }
};
constexpr SlugBytes kSlugBytes;

// For a two-byte UTF-8 capital of Latin-1 or Latin Extended-A led by `lead`
// and ending in `next` ("\xC3\x89" É, "\xC5\x81" Ł): the ending byte of its
// lowercase letter (same lead byte); else `next`.
unsigned char LowerLatinTail(unsigned char lead, unsigned char next) {
  const int cp = ((lead & 0x1F) << 6) | (next & 0x3F);
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return static_cast<unsigned char>(next + 0x20);
  // Latin Extended-A pairs capitals and small letters: even-odd below U+0138 and
  // from U+014A, odd-even between (a pair never crosses the lead byte here but
  // at U+013F, left as it is).
  const bool even_pair = (cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177);
  const bool odd_pair = (cp >= 0x139 && cp <= 0x13E) || (cp >= 0x141 && cp <= 0x148) ||
                        (cp >= 0x179 && cp <= 0x17E);
  if ((even_pair && cp % 2 == 0) || (odd_pair && cp % 2 == 1)) {
    return static_cast<unsigned char>(next + 1);
  }
  return next;
}

// True when a word of `title` is a town head's post ("Mayor", "deputy mayor
// responsible for urban development"; lexicon::IsTownHeadPost).
bool HoldsTownHeadPost(absl::string_view title) {
  for (absl::string_view word : absl::StrSplit(title, ' ')) {
    if (lexicon::IsTownHeadPost(word)) return true;
  }
  return false;
}

// Writes into `*place` the place a dateline names ("CHURCHILL", "QUEBEC CITY",
// "PERCÉ", "Stone Town"), its words in capitals written as names ("Churchill",
// "Quebec City", "Percé": Latin-1 and Latin Extended-A capitals lowered after a
// word's first letter, LowerLatinTail()); nothing for a dateline of two places
// ("BRUSSELS/KYIV") or none.
void WriteDatelinePlace(absl::string_view dateline, std::string* place) {
  if (dateline.empty() || dateline.find('/') != absl::string_view::npos) return;
  place->assign(dateline.data(), dateline.size());
  bool word_start = true;
  for (size_t i = 0; i < place->size(); ++i) {
    const auto c = static_cast<unsigned char>((*place)[i]);
    if (c == ' ' || c == '-') {
      word_start = true;
      continue;
    }
    if (c >= 0x80) {
      if ((c == 0xC3 || c == 0xC4 || c == 0xC5) && i + 1 < place->size()) {
        const auto next = static_cast<unsigned char>((*place)[i + 1]);
        if (!word_start) (*place)[i + 1] = static_cast<char>(LowerLatinTail(c, next));
        ++i;
      }
    } else if (!word_start) {
      (*place)[i] = absl::ascii_tolower(static_cast<char>(c));
    }
    word_start = false;
  }
}

// What the slug makes of the UTF-8 character starting at name[i] (a byte of
// 0x80 or more): the number of bytes it spans, its bytes lowercased into
// `*out` (kept), or a dash (general punctuation U+2000-U+203F: dashes, curly
// quotes) or nothing (the curly apostrophes U+2018, U+2019).
enum class SlugChar { kKept, kDash, kSkip };
SlugChar ReadNonAscii(absl::string_view name, size_t i, int* bytes, char* out) {
  const auto lead = static_cast<unsigned char>(name[i]);
  const auto next = i + 1 < name.size() ? static_cast<unsigned char>(name[i + 1]) : 0;
  if ((lead == 0xC3 || lead == 0xC4 || lead == 0xC5) && (next & 0xC0) == 0x80) {
    *bytes = 2;
    out[0] = static_cast<char>(lead);
    out[1] = static_cast<char>(LowerLatinTail(lead, next));
    return SlugChar::kKept;
  }
  if (lead == 0xE2 && next == 0x80 && i + 2 < name.size()) {
    *bytes = 3;
    const auto last = static_cast<unsigned char>(name[i + 2]);
    return last == 0x98 || last == 0x99 ? SlugChar::kSkip : SlugChar::kDash;
  }
  *bytes = 1;
  out[0] = static_cast<char>(lead);
  return SlugChar::kKept;
}

// AppendSlug() for a name holding a byte of 0x80 or more (kSlugWide), from its
// start; kept apart so that the loop for plain ASCII names stays small.
[[gnu::noinline]] void AppendWideSlug(absl::string_view name, std::string* out) {
  const size_t start = out->size();
  out->resize(start + name.size());
  char* const begin = &(*out)[start];
  char* at = begin;
  bool dash = false;
  for (size_t i = 0; i < name.size(); ++i) {
    const unsigned char b = kSlugBytes.of[static_cast<unsigned char>(name[i])];
    if (b > kSlugWide) {
      if (dash && at != begin) *at++ = '-';
      dash = false;
      *at++ = static_cast<char>(b);
    } else if (b == kSlugDash) {
      dash = true;
    } else if (b == kSlugWide) {
      char bytes[2];
      int n = 1;
      const SlugChar kind = ReadNonAscii(name, i, &n, bytes);
      i += static_cast<size_t>(n - 1);
      if (kind == SlugChar::kDash) {
        dash = true;
      } else if (kind == SlugChar::kKept) {
        if (dash && at != begin) *at++ = '-';
        dash = false;
        for (int c = 0; c < n; ++c) *at++ = bytes[c];
      }
    }
  }
  out->resize(start + static_cast<size_t>(at - begin));
}

// The number of ASCII letters and digits that `w` (eight bytes of a name, the
// first in its low byte) opens with.
inline size_t LeadingAsciiAlnums(uint64_t w) {
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  const uint64_t ascii = ~w & kHigh;
  const uint64_t folded = (w | 0x20 * kOnes) & ~kHigh;  // capitals lowered
  const uint64_t low7 = w & ~kHigh;
  // Each byte's high bit: set for 'a'-'z' (folded) and for '0'-'9'; no carry
  // crosses a byte, as every byte added to is under 0x80.
  const uint64_t letters = (folded + 0x1F * kOnes) & ~(folded + 0x05 * kOnes) & ascii;
  const uint64_t digits = (low7 + 0x50 * kOnes) & ~(low7 + 0x46 * kOnes) & ascii;
  const uint64_t other = ~(letters | digits) & kHigh;
  return other == 0 ? 8 : static_cast<size_t>(__builtin_ctzll(other)) / 8;
}

// Writes the slug of `name` to `out` (room for name.size() bytes) and returns
// its size, or returns kWideName, having written part of it, for a name holding
// a byte of 0x80 or more (kSlugWide), which AppendWideSlug() reads instead.
// A dash stands for a byte that wrote nothing, so the slug is never longer
// than the name.
constexpr size_t kWideName = ~size_t{0};
size_t WriteAsciiSlug(absl::string_view name, char* const out) {
  char* at = out;
  bool dash = false;
  const char* p = name.data();
  const char* const end = p + name.size();
  while (p != end) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    // A run of ASCII letters and digits, up to eight read at once: each byte
    // with its 0x20 bit set is what kSlugBytes makes of it (a letter lowered, a
    // digit as it is). All eight are stored: `at` trails `p` by at least the
    // dash it may write first, so they stay inside the name's room.
    if (end - p >= 8) {
      uint64_t w;
      std::memcpy(&w, p, 8);
      const size_t run = LeadingAsciiAlnums(w);
      if (run > 0) {
        if (dash && at != out) *at++ = '-';
        dash = false;
        w |= 0x2020202020202020ull;
        std::memcpy(at, &w, 8);
        at += run;
        p += run;
        continue;
      }
    }
#endif
    const unsigned char b = kSlugBytes.of[static_cast<unsigned char>(*p++)];
    if (b > kSlugWide) {
      if (dash && at != out) *at++ = '-';
      dash = false;
      *at++ = static_cast<char>(b);
    } else if (b == kSlugDash) {
      dash = true;
    } else if (b == kSlugWide) {
      return kWideName;
    }
  }
  return static_cast<size_t>(at - out);
}

// Appends the slug of `name` (see Slug()) to `*out`.
void AppendSlug(absl::string_view name, std::string* out) {
  // A name that fits is written on the stack and appended once: growing the
  // string to the name's size first would fill it with zeros.
  char buffer[128];
  if (name.size() <= sizeof(buffer)) {
    const size_t size = WriteAsciiSlug(name, buffer);
    if (size == kWideName) {
      AppendWideSlug(name, out);
    } else {
      out->append(buffer, size);
    }
    return;
  }
  const size_t start = out->size();
  out->resize(start + name.size());
  const size_t size = WriteAsciiSlug(name, &(*out)[start]);
  if (size == kWideName) {
    out->resize(start);
    AppendWideSlug(name, out);
    return;
  }
  out->resize(start + size);
}

// Writes the slug of `name` into `*slug`, replacing its contents.
void WriteSlug(absl::string_view name, std::string* slug) {
  slug->clear();
  AppendSlug(name, slug);
}

// Moves `figures` into `*out`, replacing its contents. On the heap the first
// figures swap with those `*out` held, which `figures` then holds as they were
// (FindFigures clears an entry before it reuses it): clearing them here as well
// would also delete each one's span, for FindFigures to allocate again. The
// rest are added with Add(), which reuses cleared figures; a move between
// messages of one arena (or none) swaps their fields.
void MoveFigures(absl::Span<v1::Figure> figures,
                 google::protobuf::RepeatedPtrField<v1::Figure>* out) {
  const int n = static_cast<int>(figures.size());
  if (out->GetArena() != nullptr) out->Clear();  // a swap across arenas copies twice
  while (out->size() > n) out->RemoveLast();     // cleared, kept for reuse
  const int swapped = out->size();
  for (int i = 0; i < swapped; ++i) out->Mutable(i)->Swap(&figures[i]);
  out->Reserve(n);
  for (int i = swapped; i < n; ++i) *out->Add() = std::move(figures[i]);
}

// Up to this many drafts are ordered by InsertionSort(): FindClaims makes them
// nearly in order, where it moves each a step or two (std::stable_sort
// allocates a buffer and merges).
constexpr size_t kMaxInsertionSorted = 64;

// Sorts `*items` by `less`, stably: equal items keep their order.
template <typename T, typename Less>
void InsertionSort(std::vector<T>* items, Less less) {
  for (size_t i = 1; i < items->size(); ++i) {
    T item = (*items)[i];
    size_t k = i;
    for (; k > 0 && less(item, (*items)[k - 1]); --k) (*items)[k] = (*items)[k - 1];
    (*items)[k] = item;
  }
}

// The organisation mention that opens at token `first`, or nullptr.
const Mention* BodyMentionAt(const MentionFinder& mentions, int first) {
  const int k = mentions.MentionStartingAt(first);
  if (k < 0) return nullptr;
  const Mention& mention = mentions.mentions()[k];
  return mention.entity >= 0 &&
                 mentions.entities()[mention.entity].type == v1::SOURCE_TYPE_ORGANIZATION
             ? &mention
             : nullptr;
}

// The organisation entity whose mention spans tokens [first, last) whole
// ("Narva City Council"), or -1.
int BodyEntity(const MentionFinder& mentions, int first, int last) {
  const Mention* mention = BodyMentionAt(mentions, first);
  return mention != nullptr && mention->last == last ? mention->entity : -1;
}

// The organisation entity an unnamed phrase [first, last) names by a kind of
// body before the body's name ("planning agency HCP", "ratings agency
// Moody's": lowercase words, the last a kind of organisation, then the whole
// of the body's mention, BodyEntity()), or -1.
int DescribedBody(const TextModel& m, const MentionFinder& mentions, int first, int last) {
  for (int k = first + 1; k < last; ++k) {
    const Token& t = m.tokens[k - 1];
    if (t.kind != TokenKind::kWord || t.upper) return -1;
    if ((t.classes & kOrgKind) != 0 && m.tokens[k].upper) return BodyEntity(mentions, k, last);
  }
  return -1;
}

// The organisation entity an institution named by its kind at tokens [first,
// last) describes ("regional development authority" and the "Mumbai
// Metropolitan Region Development Authority", "electoral commission" and the
// "National Commission for Local Elections": the same head word, HeadOfName(),
// and each word before it in the name, WordInName()), or -1.
int NamedInstitution(const TextModel& m, const MentionFinder& mentions, int first, int last) {
  const absl::string_view head = TokenText(m.text, m.tokens[last - 1]);
  const std::vector<Entity>& entities = mentions.entities();
  for (size_t e = 0; e < entities.size(); ++e) {
    const absl::string_view name = entities[e].name;
    if (entities[e].type != v1::SOURCE_TYPE_ORGANIZATION || !HeadOfName(head, name)) {
      continue;
    }
    int k = first;
    while (k + 1 < last && WordInName(TokenText(m.text, m.tokens[k]), name)) ++k;
    if (k + 1 == last) return static_cast<int>(e);
  }
  return -1;
}

// The organisation whose mention opens at token `first` and holds tokens
// [first, last) and more ("Independent Workers" of "The Independent Workers'
// Union of Great Britain welcomed ... but said"), or -1.
int EnclosingBody(const MentionFinder& mentions, int first, int last) {
  const Mention* mention = BodyMentionAt(mentions, first);
  return mention != nullptr && mention->last > last ? mention->entity : -1;
}

// True when the words of tokens [first, last) are those of `name` in order,
// some left out, with its first word (exact bytes) and last word (any case)
// ("Lakeshore health board" of "Lakeshore Regional Health Board").
bool ShortensName(const TextModel& m, int first, int last, absl::string_view name) {
  const absl::string_view opener = TokenText(m.text, m.tokens[first]);
  if (!absl::StartsWith(name, opener) || name.size() <= opener.size() ||
      name[opener.size()] != ' ') {
    return false;  // (most names: no words split)
  }
  const std::vector<absl::string_view> words = absl::StrSplit(name, ' ');
  const int n = last - first;
  // (words[0] is `opener`: the check above.)
  if (static_cast<int>(words.size()) <= n ||
      !absl::EqualsIgnoreCase(TokenText(m.text, m.tokens[last - 1]), words.back())) {
    return false;
  }
  size_t w = 1;
  for (int k = first + 1; k + 1 < last; ++k) {
    const absl::string_view word = TokenText(m.text, m.tokens[k]);
    while (w + 1 < words.size() && !absl::EqualsIgnoreCase(words[w], word)) ++w;
    if (w + 1 >= words.size()) return false;
    ++w;
  }
  return true;
}

// The organisation entity a body named in lowercase [first, last)
// (mention_internal::LowercaseBodyRun) shortens the full name of
// (ShortensName(): "Lakeshore health board" in a headline, "Lakeshore Regional
// Health Board" in the story), or -1.
int ShortenedBody(const TextModel& m, const MentionFinder& mentions, int first, int last) {
  if (last - first < 2 || !m.tokens[first].upper ||
      !mention_internal::LowercaseBodyRun(m.text, m.tokens, first, last)) {
    return -1;
  }
  const std::vector<Entity>& entities = mentions.entities();
  for (size_t e = 0; e < entities.size(); ++e) {
    if (entities[e].type == v1::SOURCE_TYPE_ORGANIZATION &&
        ShortensName(m, first, last, entities[e].name)) {
      return static_cast<int>(e);
    }
  }
  return -1;
}

// True when tokens [first, last) name an organisation: the whole of an
// organisation's mention (BodyEntity()), or a body named in lowercase as
// mention_internal::LowercaseBodyRun reads it ("Tartu municipality", "Senate
// ethics committee").
bool NamesBody(const TextModel& m, const MentionFinder& mentions, int first, int last) {
  return BodyEntity(mentions, first, last) >= 0 ||
         mention_internal::LowercaseBodyRun(m.text, m.tokens, first, last);
}

// True when the word at `k` names one who holds a post ("official",
// "spokeswoman", "analyst": a title or a title's head or staff who speak for
// their employer; or a lexicon::IsEmployeePlural word, "officials").
bool HoldsAPost(const TextModel& m, int k) {
  const Token& t = m.tokens[k];
  return t.kind == TokenKind::kWord &&
         ((t.classes & (kTitle | kTitleHead | kStaffGroup)) != 0 ||
          lexicon::IsEmployeePlural(absl::AsciiStrToLower(TokenText(m.text, t))));
}

// The organisation named earlier that "the" and a lone kind of body at
// tokens [k, last) mean ("at the company" after "Velmark Foods",
// MentionFinder::ResolveDescription()), or -1.
int DescribedEmployer(const TextModel& m, const MentionFinder& mentions, int k, int last) {
  if (k + 1 != last || k == 0 ||
      !absl::EqualsIgnoreCase(TokenText(m.text, m.tokens[k - 1]), "the")) {
    return -1;
  }
  return mentions.ResolveDescription(k);
}

// True when tokens [first, last) name the office a post's holder runs: a
// lowercase title, its "'s" and a lexicon::IsPostOfficeNoun word ("mayor's
// office", "governor's office").
bool PostOffice(const TextModel& m, int first, int last) {
  if (last - first != 3) return false;
  const Token& post = m.tokens[first];
  const Token& office = m.tokens[first + 2];
  return post.kind == TokenKind::kWord && !post.upper && !post.possessive &&
         (post.classes & (kTitle | kTitleHead)) != 0 && m.tokens[first + 1].possessive &&
         office.kind == TokenKind::kWord && !office.upper &&
         lexicon::IsPostOfficeNoun(TokenText(m.text, office));
}

// Up to this many capitalised words name the place after "in"
// (CapitalisedPlace()).
constexpr int kMaxPlaceWords = 3;

// True when tokens [first, last) are one to kMaxPlaceWords capitalised words,
// none a possessive, a time word or all capitals ("Weyburn", "Port Louis"):
// the name of a place after "in".
bool CapitalisedPlace(const TextModel& m, int first, int last) {
  if (first >= last || last - first > kMaxPlaceWords) return false;
  for (int k = first; k < last; ++k) {
    const Token& t = m.tokens[k];
    if (t.kind != TokenKind::kWord || !t.upper || t.possessive || t.all_caps ||
        (t.classes & kTimeWord) != 0) {
      return false;
    }
  }
  return true;
}

// For a body's words [first, last) that may end in "in" and a place ("rural
// high school in Trelawny"): the token of that "in" when the words before it
// name a body (NamesBody()), else -1.
int BodyInPlace(const TextModel& m, const MentionFinder& mentions, int first, int last) {
  for (int p = last - 1; p > first + 1 && last - p <= kMaxPlaceWords + 1; --p) {
    if (TokenText(m.text, m.tokens[p]) != "in") continue;
    return CapitalisedPlace(m, p + 1, last) && NamesBody(m, mentions, first, p) ? p : -1;
  }
  return -1;
}

// The organisation that once went by lowercase `words` and was renamed when
// named in full ("health ministry", then the "Ministry of Health": an alias
// MentionFinder::AdoptLowercaseBodyMetBefore() kept), or -1.
int OrganizationWithAlias(const MentionFinder& mentions, absl::string_view words) {
  const std::vector<Entity>& entities = mentions.entities();
  for (size_t e = 0; e < entities.size(); ++e) {
    if (entities[e].type != v1::SOURCE_TYPE_ORGANIZATION || entities[e].name == words) continue;
    for (const std::string& alias : entities[e].aliases) {
      if (alias == words) return static_cast<int>(e);
    }
  }
  return -1;
}

// For an unnamed speaker [first, last) named by its head words ending at
// `name_last` inside it ("A senior official at the Atlantic Pilotage Authority":
// "senior official"): the organisation the preposition after the head opens,
// when NamesBody() reads it so, without its article or lowercase modifiers
// before capitalised words (the entity's full name when a mention names it,
// "HRA" -> "Harwick Rail Authority"; the one named before that "the" and a
// kind mean, DescribedEmployer()); else "". Sets `*body` to the organisation's
// entity when a mention names it (BodyEntity()), else to -1.
absl::string_view UnnamedAffiliation(const TextModel& m, const MentionFinder& mentions,
                                     int first, int last, int name_last, int* body) {
  *body = -1;
  if (name_last <= first || name_last + 1 >= last) return {};
  const Token& prep = m.tokens[name_last];
  const absl::string_view p = TokenText(m.text, prep);
  // ("An official in the finance ministry": "in" too, after a post.)
  if (prep.upper || ((prep.classes & kAffiliationPrep) == 0 && p != "in")) return {};
  // ("Club members in Weyburn", "Residents in Carlow": a group of a place.)
  if (p == "in" && lexicon::IsLocalGroupPlural(TokenText(m.text, m.tokens[name_last - 1])) &&
      CapitalisedPlace(m, name_last + 1, last)) {
    return m.text.substr(m.tokens[name_last + 1].begin,
                         m.tokens[last - 1].end - m.tokens[name_last + 1].begin);
  }
  // ("A witness at the Senate committee": "at" names an employer only after a
  // post, not where someone is.)
  if ((p == "at" || p == "in") && !HoldsAPost(m, name_last - 1)) return {};
  int k = name_last + 1;
  if (k + 1 < last && lexicon::IsArticle(TokenText(m.text, m.tokens[k]))) ++k;
  if (const int org = DescribedEmployer(m, mentions, k, last); org >= 0) {
    *body = org;
    return mentions.entities()[org].name;
  }
  // ("the opposition Taxawu coalition": up to two lowercase modifiers before
  // capitalised words are no part of the name.)
  int j = k;
  while (j - k < 2 && j + 1 < last && m.tokens[j].kind == TokenKind::kWord && !m.tokens[j].upper) {
    ++j;
  }
  if (j > k && m.tokens[j].upper) k = j;
  // ("A principal at a rural high school in Trelawny", "a spokesperson for
  // the mayor's office": a body with its place, a post-holder's office.)
  if (!NamesBody(m, mentions, k, last)) {
    return BodyInPlace(m, mentions, k, last) >= 0 || PostOffice(m, k, last)
               ? m.text.substr(m.tokens[k].begin, m.tokens[last - 1].end - m.tokens[k].begin)
               : absl::string_view();
  }
  *body = BodyEntity(mentions, k, last);
  const absl::string_view words =
      m.text.substr(m.tokens[k].begin, m.tokens[last - 1].end - m.tokens[k].begin);
  // ("a spokeswoman for the health ministry" after "the health ministry" was
  // named in full, "Ministry of Health": the name it now goes by.)
  if (*body < 0) *body = OrganizationWithAlias(mentions, words);
  // ("A spokesman for the HRA": the body's full name, its acronym an alias.)
  if (*body >= 0) return mentions.entities()[*body].name;
  return words;
}

// Up to this many words after an unnamed speaker may name the body it works
// for before a comma (SetOffAffiliationEnd()).
constexpr int kMaxSetOffAffiliationWords = 8;  // "at a rural high school in Trelawny,"

// For an unnamed speaker ending before token `from` and followed by a
// preposition and words up to a comma ("A senior official | at the ministry,
// who asked not to be named, said"): the comma's token, else -1.
int SetOffAffiliationEnd(const TextModel& m, int from) {
  const int n = static_cast<int>(m.tokens.size());
  if (from >= n || m.tokens[from].kind != TokenKind::kWord || m.tokens[from].upper) return -1;
  for (int j = from + 1; j < n && j - from <= kMaxSetOffAffiliationWords; ++j) {
    const Token& t = m.tokens[j];
    if (IsPunct(t, ',')) return j > from + 1 ? j : -1;
    if (t.kind != TokenKind::kWord || t.paragraph != m.tokens[from].paragraph) return -1;
  }
  return -1;
}

// For an unnamed speaker ending before token `from` and followed by a
// preposition and words up to its speech verb ("A spokesperson | for the
// city council | said", "... | also said"): the token after those words
// (fillers before the verb left out), else -1.
int CueAffiliationEnd(const TextModel& m, int from) {
  const int n = static_cast<int>(m.tokens.size());
  if (from >= n || m.tokens[from].kind != TokenKind::kWord || m.tokens[from].upper) return -1;
  for (int j = from + 1; j < n && j - from <= kMaxSetOffAffiliationWords; ++j) {
    const Token& t = m.tokens[j];
    if (t.kind != TokenKind::kWord || t.paragraph != m.tokens[from].paragraph) return -1;
    if ((t.classes & kCue) == 0 || t.upper || t.possessive) continue;
    int end = j;
    while (end - 1 > from + 1 && (m.tokens[end - 1].classes & kFiller) != 0) --end;
    return end > from + 1 ? end : -1;
  }
  return -1;
}

class RecordBuilder {
 public:
  // `spans` (nullptr for a document on an arena) gives the claims their spans;
  // `scratch` is emptied and used for this document.
  RecordBuilder(const TextModel& model, MentionFinder& mentions, v1::Document* doc,
                SpanPool* spans, RecordScratch* scratch)
      : m_(model),
        mentions_(mentions),
        doc_(doc),
        spans_(spans),
        sentence_range_(scratch->sentence_range),
        figure_claim_(scratch->figure_claim),
        first_figure_(scratch->first_figure),
        figure_at_(scratch->figure_at),
        entity_source_(scratch->entity_source),
        anonymous_(scratch->anonymous),
        source_by_id_(scratch->source_by_id) {
    sentence_range_.clear();
    figure_claim_.clear();
    first_figure_.clear();
    figure_at_.clear();
    entity_source_.assign(mentions.entities().size(), nullptr);
    anonymous_.clear();
    source_by_id_.clear();
  }

  // Moves the figures out of `figures`.
  void Build(std::vector<ClaimDraft> drafts, absl::Span<v1::Figure> figures) {
    drafts_ = std::move(drafts);
    LinkFigures(figures);
    const std::vector<size_t> order = OrderByBegin(/*stable=*/true);
    std::vector<int> claim_number(drafts_.size());
    for (size_t i = 0; i < order.size(); ++i)
      claim_number[order[i]] = static_cast<int>(i) + 1;
    // The figures of each claim, by claim number, in figure order: figure_at_
    // [first_figure_[number], first_figure_[number + 1]).
    first_figure_.assign(drafts_.size() + 2, 0);
    for (size_t i = 0; i < figures.size(); ++i) {
      if (figure_claim_[i] >= 0) ++first_figure_[claim_number[figure_claim_[i]] + 1];
    }
    for (size_t n = 1; n < first_figure_.size(); ++n) first_figure_[n] += first_figure_[n - 1];
    figure_at_.resize(static_cast<size_t>(first_figure_.back()));
    std::vector<int> next(first_figure_.begin(), first_figure_.end() - 1);
    for (size_t i = 0; i < figures.size(); ++i) {
      v1::Figure& f = figures[i];
      SetNumberedId('f', i + 1, f.mutable_figure_id());
      if (figure_claim_[i] >= 0) {
        const int number = claim_number[figure_claim_[i]];
        SetNumberedId('c', static_cast<size_t>(number), f.mutable_claim_id());
        figure_at_[next[number]++] = static_cast<int>(i);
      }
    }
    doc_->mutable_claims()->Reserve(static_cast<int>(order.size()));
    for (size_t i : order) {
      // The ranges of the statements LinkFigures added were never looked up.
      const std::pair<int, int> range =
          i < sentence_range_.size() ? sentence_range_[i] : SentenceRange(drafts_[i]);
      AddClaim(drafts_[i], range, claim_number[i], figures);
    }
    DropSharedPostAliases();
    MoveFigures(figures, doc_->mutable_figures());
  }

 private:
  // Links each figure to a claim holding it, creating statement claims as needed.
  // Claims holding the figure's words win over claims holding its sentence.
  void LinkFigures(absl::Span<const v1::Figure> figures) {
    const std::vector<size_t> by_begin = OrderByBegin(/*stable=*/false);
    std::vector<int> claim_of_sentence(m_.sentences.size(), -1);
    sentence_range_.resize(drafts_.size());
    for (size_t c = 0; c < drafts_.size(); ++c) {
      sentence_range_[c] = SentenceRange(drafts_[c]);
      const auto [b, e] = sentence_range_[c];
      for (int k = b; k <= e; ++k) {
        if (claim_of_sentence[k] < 0) claim_of_sentence[k] = static_cast<int>(c);
      }
    }
    int sentence = 0, last_begin = -1;  // the sentence of the figure before
    for (const v1::Figure& f : figures) {
      int claim = ClaimHolding(by_begin, f.span().begin(), f.span().end());
      sentence = SentenceOfNext(sentence, last_begin, f.span().begin());
      last_begin = f.span().begin();
      if (claim < 0) claim = claim_of_sentence[sentence];
      if (claim < 0) {
        ClaimDraft statement;
        statement.kind = v1::CLAIM_KIND_STATEMENT;
        const Sentence& s = m_.sentences[sentence];
        statement.begin = s.begin;
        statement.end = s.end;
        statement.confidence = 0.5f;
        claim = static_cast<int>(drafts_.size());
        drafts_.push_back(statement);
        claim_of_sentence[sentence] = claim;
      }
      figure_claim_.push_back(claim);
    }
  }

  // SentenceAt(byte `b`) for the figures, which come in text order: a walk
  // forward from `sentence`, SentenceAt() of the figure before, which began at
  // `last_begin` (-1: none), instead of a search per figure; a search when `b`
  // goes back.
  int SentenceOfNext(int sentence, int last_begin, int b) const {
    return last_begin >= 0 && last_begin <= b ? SentenceAtFrom(m_.sentences, sentence, b)
                                              : SentenceAt(m_.sentences, b);
  }

  // The indices of drafts_ ordered by begin as std::stable_sort (`stable`) or
  // std::sort orders them, ties included. Sorting (begin, index) pairs by begin
  // alone makes the same comparisons, so the same permutation, without reaching
  // into the drafts; drafts already in order (the common case) are not sorted.
  std::vector<size_t> OrderByBegin(bool stable) const {
    const size_t n = drafts_.size();
    std::vector<size_t> order(n);
    bool in_order = true;  // begins increasing (non-decreasing when `stable`)
    for (size_t i = 0; i < n; ++i) {
      order[i] = i;
      if (i > 0) {
        const int prev = drafts_[i - 1].begin, cur = drafts_[i].begin;
        in_order = in_order && (stable ? prev <= cur : prev < cur);
      }
    }
    if (in_order) return order;
    std::vector<std::pair<int, size_t>> keyed(n);
    for (size_t i = 0; i < n; ++i) keyed[i] = {drafts_[i].begin, i};
    const auto by_begin = [](const std::pair<int, size_t>& a,
                             const std::pair<int, size_t>& b) { return a.first < b.first; };
    if (stable && n <= kMaxInsertionSorted) {
      InsertionSort(&keyed, by_begin);  // stable: std::stable_sort's order
    } else if (stable) {
      std::stable_sort(keyed.begin(), keyed.end(), by_begin);
    } else {
      std::sort(keyed.begin(), keyed.end(), by_begin);
    }
    for (size_t i = 0; i < n; ++i) order[i] = keyed[i].second;
    return order;
  }

  // A claim (index into drafts_) whose words hold [begin, end), or -1.
  int ClaimHolding(const std::vector<size_t>& by_begin, int begin, int end) const {
    auto it = std::upper_bound(by_begin.begin(), by_begin.end(), begin,
                               [&](int b, size_t c) { return b < drafts_[c].begin; });
    // Claims starting at or before the figure, nearest first; nesting is shallow.
    for (int steps = 0; it != by_begin.begin() && steps < kMaxNestedClaims; ++steps) {
      --it;
      if (drafts_[*it].end >= end) return static_cast<int>(*it);
    }
    return -1;
  }

  // First and last sentence index the claim (words, cue and speaker) touches.
  std::pair<int, int> SentenceRange(const ClaimDraft& c) const {
    int b = c.begin, e = c.end;
    if (c.cue_begin >= 0) {
      b = std::min(b, c.cue_begin);
      e = std::max(e, c.cue_end);
    }
    if (c.speaker.found() && !c.inherited) {
      b = std::min(b, m_.tokens[c.speaker.first].begin);
      e = std::max(e, m_.tokens[c.speaker.last - 1].end);
    }
    const int first = SentenceAt(m_.sentences, b);
    return {first, SentenceAtFrom(m_.sentences, first, std::max(b, e - 1))};
  }

  // Sets the span field of `*c` whose accessors are `set_allocated` and `mutable`
  // to [begin, end), with a span from spans_ if there is a pool.
  void SetClaimSpan(int begin, int end, v1::Claim* c,
                    void (v1::Claim::*set_allocated)(v1::TextSpan*),
                    v1::TextSpan* (v1::Claim::*mutable_span)()) {
    if (spans_ != nullptr) {
      (c->*set_allocated)(spans_->Take(begin, end));
    } else {
      SetSpan(begin, end, (c->*mutable_span)());
    }
  }

  // `range` is SentenceRange(d). Takes d.text and d.cue.
  void AddClaim(ClaimDraft& d, std::pair<int, int> range, int number,
                absl::Span<const v1::Figure> figures) {
    v1::Claim* c = doc_->add_claims();
    SetNumberedId('c', static_cast<size_t>(number), c->mutable_claim_id());
    c->set_kind(d.kind);
    // Words straight from the text are copied into the claim's string, whose
    // room a reused claim keeps.
    if (d.text.empty()) {
      CopyInto(m_.text.substr(d.begin, d.end - d.begin), c->mutable_text());
    } else {
      c->set_text(std::move(d.text));
    }
    SetClaimSpan(d.begin, d.end, c, &v1::Claim::set_allocated_span, &v1::Claim::mutable_span);
    const auto [sb, se] = range;
    SetClaimSpan(m_.sentences[sb].begin, m_.sentences[se].end, c,
                 &v1::Claim::set_allocated_sentence_span, &v1::Claim::mutable_sentence_span);
    if (d.cue_begin >= 0) {
      if (d.cue.empty()) {
        CopyInto(m_.text.substr(d.cue_begin, d.cue_end - d.cue_begin), c->mutable_cue());
      } else {
        c->set_cue(std::move(d.cue));
      }
      SetClaimSpan(d.cue_begin, d.cue_end, c, &v1::Claim::set_allocated_cue_span,
                   &v1::Claim::mutable_cue_span);
    }
    if (d.speaker.found()) {
      const int b = m_.tokens[d.speaker.first].begin;
      const int written = d.speaker.anonymous ? WrittenSpeakerEnd(m_.text, m_.tokens,
                                                                  d.speaker.first, d.speaker.last)
                                              : d.speaker.last;
      const int e = m_.tokens[written - 1].end;
      CopyInto(m_.text.substr(b, e - b), c->mutable_speaker());
      SetClaimSpan(b, e, c, &v1::Claim::set_allocated_speaker_span,
                   &v1::Claim::mutable_speaker_span);
      if (d.speaker.anonymous) {
        UnnamedSource(d.speaker, c);
      } else if (d.speaker.entity >= 0) {
        CopyInto(EntitySource(d.speaker.entity), c->mutable_source_id());
      } else if (!d.speaker.pronoun) {
        InstitutionOfFieldSource(d.speaker, c);
      }
    } else if (d.inherited_entity >= 0) {
      CopyInto(mentions_.entities()[d.inherited_entity].name, c->mutable_speaker());
      CopyInto(EntitySource(d.inherited_entity), c->mutable_source_id());
    }
    CheckworthinessInput worth = CheckworthinessInputAt(m_.text, *c);
    for (int k = first_figure_[number]; k < first_figure_[number + 1]; ++k) {
      const v1::Figure& f = figures[figure_at_[k]];
      c->add_figure_ids(f.figure_id());
      worth.figures.Add(f.dimension());
    }
    c->set_confidence(d.confidence);
    c->set_checkworthiness(ScoreCheckworthiness(worth));
  }

  // The source id of entity `entity`, its Source added on first use.
  const std::string& EntitySource(int entity) {
    if (static_cast<size_t>(entity) >= entity_source_.size()) {
      entity_source_.resize(static_cast<size_t>(entity) + 1, nullptr);
    }
    if (const std::string* id = entity_source_[entity]; id != nullptr) return *id;
    const Entity& e = mentions_.entities()[entity];
    if (const std::string* same = SourceOfSameSlug(e); same != nullptr) {
      entity_source_[entity] = same;
      return *same;
    }
    v1::Source* s = doc_->add_sources();
    CopyInto(slug_, s->mutable_source_id());  // (the slug SourceOfSameSlug() wrote)
    s->set_type(e.type);
    CopyInto(e.name, s->mutable_name());
    for (const std::string& alias : e.aliases) {
      if (alias != e.name) s->add_aliases(alias);
    }
    // An empty string is the field's default: setting one would only allocate it.
    if (!e.title.empty()) CopyInto(e.title, s->mutable_title());
    if (!e.affiliation.empty()) {
      CopyInto(e.affiliation, s->mutable_affiliation());
    } else if (e.type == v1::SOURCE_TYPE_PERSON && HoldsTownHeadPost(e.title)) {
      WriteDatelinePlace(doc_->dateline(), s->mutable_affiliation());
    }
    entity_source_[entity] = &s->source_id();  // the Source outlives the builder
    return s->source_id();
  }

  // The id of a source added before whose id is the slug of entity `e`'s name
  // (a body named in capitals and again in lowercase: "National Weather
  // Service", "the national weather service"), else nullptr: one source each,
  // named in capitals.
  const std::string* SourceOfSameSlug(const Entity& e) {
    WriteSlug(e.key.empty() ? e.name : e.key, &slug_);
    v1::Source* s = SourceWithId(slug_);
    if (s == nullptr) return nullptr;
    if (!s->name().empty() && !e.name.empty() && absl::ascii_islower(s->name()[0]) &&
        absl::ascii_isupper(e.name[0])) {
      s->set_name(e.name);
    }
    return &s->source_id();
  }

  // The first source added whose id is `id`, or nullptr. A few sources are
  // scanned; past kScannedSources, those added since the last look are indexed
  // by id, so a document's lookups cost time linear in its sources.
  v1::Source* SourceWithId(absl::string_view id) {
    auto& sources = *doc_->mutable_sources();
    if (sources.size() <= kScannedSources) {
      for (v1::Source& s : sources) {
        if (s.source_id() == id) return &s;
      }
      return nullptr;
    }
    for (int i = source_by_id_indexed_; i < sources.size(); ++i) {
      source_by_id_.try_emplace(sources[i].source_id(), &sources[i]);
    }
    source_by_id_indexed_ = sources.size();
    const auto it = source_by_id_.find(id);
    return it == source_by_id_.end() ? nullptr : it->second;
  }

  // Sets the source of claim `*c`, whose speaker `sp` names no one: "The agency"
  // repeating "the city's environmental agency" is one source, named without
  // its article ("The indictment says" is the source "according to an
  // indictment" named); a body the phrase names after its head ("A spokesman
  // for Wessex Vale Water", "A senior official at the Atlantic Pilotage
  // Authority", "A Scottish Government spokesperson") is also its affiliation
  // (UnnamedAffiliation(), PostAfterBody()) and, named by a mention, a source
  // of its own; a person's name heading it is that person (PersonNamedBy()).
  // A phrase that is an organisation's whole mention (BodyEntity(): "The
  // Kerala High Court") is that organisation. An institution named earlier (EarlierInstitution()), one named by its kind
  // (InstitutionByKind()) and a police force (PoliceForce()) are ORGANIZATION
  // sources; a post before the body's name ("spokesperson") is an alias of the
  // anonymous source (AddAlias()).
  void UnnamedSource(const Speaker& sp, v1::Claim* c) {
    int first = sp.name_first, last = sp.name_last;
    if (first < 0) {
      first = sp.first;
      last = sp.last;
    }
    int indefinite = -1;  // the token of "a" or "an" before the phrase, if any
    if (last - first > 1 && lexicon::IsArticle(TokenText(m_.text, m_.tokens[first]))) {
      if (!lexicon::IsDefiniteArticle(TokenText(m_.text, m_.tokens[first]))) indefinite = first;
      ++first;
    }
    if (int named = BodyEntity(mentions_, first, last); named >= 0 ||
        (named = DescribedBody(m_, mentions_, first, last)) >= 0 ||
        (named = ShortenedBody(m_, mentions_, first, last)) >= 0 ||
        (named = EnclosingBody(mentions_, first, last)) >= 0) {
      // "The Kerala High Court ..., observing that", "the planning agency HCP
      // said", "Lakeshore health board admits", part of a body's name: the body.
      CopyInto(EntitySource(named), c->mutable_source_id());
      return;
    }
    if (const v1::Source* earlier = EarlierInstitution(first, last); earlier != nullptr) {
      // "the department said" after "the regional agriculture department said".
      CopyInto(earlier->source_id(), c->mutable_source_id());
      return;
    }
    if (InstitutionByKind(first, last, c)) return;
    if (PoliceForce(first, last)) {
      // "Police said", "Lima police said": the force, named as written.
      UnnamedSourceOf(v1::SOURCE_TYPE_ORGANIZATION, Text(first, last), {},
                      c->mutable_source_id());
      return;
    }
    int body = -1;  // the organisation's entity, when a mention names it
    absl::string_view affiliation =
        UnnamedAffiliation(m_, mentions_, sp.first, sp.last, last, &body);
    // ("An official at the Spanish agriculture ministry": the source is named
    // by its describer, "official", as a later "the official" is; the phrase
    // with its body is an alias.)
    const absl::string_view phrase =
        !affiliation.empty() && first >= sp.first && last < sp.last ? Text(first, sp.last)
                                                                   : absl::string_view();
    int name_end = last;  // the head: "spokesman" of "spokesman for Wessex Vale Water"
    for (int p = first + 1; affiliation.empty() && p + 1 < last; ++p) {
      affiliation = UnnamedAffiliation(m_, mentions_, first, last, p, &body);
      if (!affiliation.empty()) name_end = p;
    }
    if (const int end =
            affiliation.empty() && sp.last == last ? SetOffAffiliationEnd(m_, last) : -1;
        end > 0) {
      // "A senior official at the ministry, who asked not to be named, said".
      affiliation = UnnamedAffiliation(m_, mentions_, first, end, last, &body);
    }
    if (const int end =
            affiliation.empty() && sp.last == last ? CueAffiliationEnd(m_, last) : -1;
        end > 0) {
      // "A spokesperson for the city council said".
      affiliation = UnnamedAffiliation(m_, mentions_, first, end, last, &body);
    }
    int post_first = first;  // the post's words end at name_end: "senior official"
    if (affiliation.empty() && PostAfterBody(first, last)) {
      // "A Scottish Government spokesperson": the body before the post, by
      // its full name ("A WFP official": "World Food Programme").
      body = BodyEntity(mentions_, first, last - 1);
      affiliation = mentions_.entities()[body].name;
      post_first = last - 1;
    }
    if (const int org = affiliation.empty() && last - first == 2 && SpeaksForBody(last - 1)
                            ? mentions_.OrganizationOfKind(first)
                            : -1;
        org >= 0) {
      // "A council spokesperson" after "Otago Regional Council said": the body
      // of that kind named before.
      affiliation = mentions_.entities()[org].name;
      post_first = last - 1;
    }
    if (affiliation.empty() && last - first >= 2 && SpeaksForBody(last - 1) &&
        LowercaseKindRun(first, last - 1)) {
      // "A fisheries ministry official", "A government spokesperson" with no
      // such body named before: the body as the phrase names it.
      affiliation = Text(first, last - 1);
      post_first = last - 1;
    }
    if (const int person = first == sp.first && !affiliation.empty()
                               ? PersonNamedBy(first, name_end)
                               : -1;
        person >= 0) {
      // "Fatou Diop of the opposition Taxawu coalition" (not "a New Hampshire
      // Republican").
      Entity& e = mentions_.entities()[person];
      if (e.affiliation.empty()) e.affiliation = std::string(affiliation);
      CopyInto(EntitySource(person), c->mutable_source_id());
      return;
    }
    // The body a document comes from is a source too, listed first; so is the
    // body a spokesman or official speaks for when the story names it again
    // (an actor of the story, not only the speaker's employer); not the state
    // a "Florida senator" serves.
    if (body >= 0 && (WorkOfBody(name_end) || (SpeaksForBody(name_end - 1) && NamedAgain(body)))) {
      EntitySource(body);
    }
    AnonymousSource(Text(first, last), affiliation, PostWords(post_first, name_end), phrase,
                    c->mutable_source_id());
    if (name_end < last && !affiliation.empty()) {
      AddAlias(c->source_id(), Text(first, name_end));  // "spokesperson"
    }
    // The head and the whole phrase as the text brings the speaker in: "A
    // spokesperson", "A spokesperson for the authority"; "an airport spokesman".
    if (indefinite >= 0) {
      AddAlias(c->source_id(), Text(indefinite, name_end));
      const int phrase_end = phrase.empty() ? last : sp.last;
      if (phrase_end > name_end) AddAlias(c->source_id(), Text(indefinite, phrase_end));
    }
  }

  // The post an unnamed speaker's head words [first, last) name, the title of
  // their source: the lowercase words ending in a post's word
  // (lexicon::kTitle or kTitleHead: "official", "senior official",
  // "spokesperson" of "Transport Scotland spokesperson" when `first` is the
  // post's token); "" when the last word is no singular post ("officials",
  // "residents", "witness"), only a portfolio ("home", "health"), or a
  // capitalised word or possessive is among them.
  absl::string_view PostWords(int first, int last) const {
    if (first >= last) return {};
    const Token& head = m_.tokens[last - 1];
    if (head.kind != TokenKind::kWord || (head.classes & (kTitle | kTitleHead)) == 0 ||
        lexicon::IsPortfolio(TokenText(m_.text, head))) {
      return {};
    }
    for (int k = first; k < last; ++k) {
      const Token& t = m_.tokens[k];
      if (t.kind != TokenKind::kWord || t.upper || t.possessive) return {};
    }
    return Text(first, last);
  }

  // Sets the source of claim `*c` when an unnamed speaker's tokens [first,
  // last) name an institution by its kind, and returns true: the body the
  // document names ("Electoral commission says" over a story on the
  // "Autonomous National Electoral Commission"; "The regional development
  // authority says" over one on the "Mumbai Metropolitan Region Development
  // Authority"; the kind alone: "according to council estimates" in a story
  // naming "West Coast Council", "the ministry said" in one naming the
  // "Ministry of Transportation"), else one named by its kind after "the"
  // ("the regional water authority said": InstitutionNameFirst()). False,
  // unset, otherwise.
  bool InstitutionByKind(int first, int last, v1::Claim* c) {
    const int name = InstitutionNameFirst(first, last);
    int named = lexicon::IsInstitutionHead(
                                         TokenText(m_.text, m_.tokens[last - 1]))
                    ? NamedInstitution(m_, mentions_, first, last)
                    : -1;
    if (named < 0 && name > first) named = NamedInstitution(m_, mentions_, name, last);
    if (named >= 0) {
      CopyInto(EntitySource(named), c->mutable_source_id());
      return true;
    }
    if (name < 0) return false;
    UnnamedSourceOf(v1::SOURCE_TYPE_ORGANIZATION, Text(name, last), {}, c->mutable_source_id());
    return true;
  }

  // True when tokens [first, last) name a police force by its word, last
  // (lexicon::IsPoliceForce), with at most capitalised words of a place before
  // it ("Police", "Lima police"; not "riot police", "two police", "But police").
  bool PoliceForce(int first, int last) const {
    if (!lexicon::IsPoliceForce(TokenText(m_.text, m_.tokens[last - 1]))) return false;
    for (int k = first; k + 1 < last; ++k) {
      const Token& t = m_.tokens[k];
      if (t.kind != TokenKind::kWord || !t.upper || t.possessive ||
          (t.classes & kStarter) != 0) {
        return false;  // (not "But police said")
      }
    }
    return true;
  }

  // Adds `alias` to the aliases of the source with id `id`, if it has it not:
  // the head of an unnamed speaker's phrase ("spokesperson" of "spokesperson
  // for Coralline"), what a later "the spokesperson" calls them.
  void AddAlias(absl::string_view id, absl::string_view alias) {
    v1::Source* s = SourceWithId(id);
    if (s == nullptr || s->name() == alias) return;
    for (const std::string& a : s->aliases()) {
      if (a == alias) return;
    }
    CopyInto(alias, s->add_aliases());
    post_aliases_.emplace_back(std::string(id), std::string(alias));
  }

  // Removes each alias AddAlias() gave that another source shares: one named
  // by the same post before its body ("spokeswoman for Harlow Mills" beside
  // "spokeswoman for Velmora Foods", alias "spokeswoman") or one that has it
  // too; a later "the spokeswoman" may be either, so the post is neither's.
  void DropSharedPostAliases() {
    for (const auto& [id, alias] : post_aliases_) {
      if (!PostSharedBeyond(id, alias)) continue;
      v1::Source* s = SourceWithId(id);
      auto* aliases = s->mutable_aliases();
      for (int i = aliases->size() - 1; i >= 0; --i) {
        if ((*aliases)[i] == alias) aliases->erase(aliases->begin() + i);
      }
    }
    post_aliases_.clear();
  }

  // True when a source other than the one with id `id` has the alias `alias`
  // or a name that opens with it and a space.
  bool PostSharedBeyond(absl::string_view id, absl::string_view alias) const {
    for (const v1::Source& s : doc_->sources()) {
      if (s.source_id() == id) continue;
      const absl::string_view name = s.name();
      if (name.size() > alias.size() && name[alias.size()] == ' ' &&
          absl::StartsWithIgnoreCase(name, alias)) {
        return true;
      }
      for (const std::string& a : s.aliases()) {
        if (a == alias) return true;
      }
    }
    return false;
  }

  // True when tokens [first, last) are an organisation's whole mention and one
  // who speaks for it after it ("Scottish Government spokesperson", "Treasury
  // officials"; SpeaksForBody()).
  bool PostAfterBody(int first, int last) const {
    return last - first >= 2 && SpeaksForBody(last - 1) &&
           BodyEntity(mentions_, first, last - 1) >= 0;
  }

  // True when the body after an unnamed speaker's head, ending before token
  // `name_end`, follows "from" ("a statement from Judicial Watch").
  bool WorkOfBody(int name_end) const {
    return static_cast<size_t>(name_end) < m_.tokens.size() &&
           TokenText(m_.text, m_.tokens[name_end]) == "from";
  }

  // True when the document has more than one mention of entity `body`
  // ("Wessex Water has been fined ... A spokesman for Wessex Water said"), not
  // only the one in an unnamed speaker's phrase ("A spokesperson for Transport
  // Canada said", the body named nowhere else).
  bool NamedAgain(int body) const {
    int seen = 0;
    for (const Mention& x : mentions_.mentions()) {
      if (x.entity == body && ++seen > 1) return true;
    }
    return false;
  }

  // True when tokens [first, last) are lowercase words, no possessive among
  // them, the last a kind of organisation ("fisheries ministry",
  // "government", "port authority"): a body named in lowercase. Not with a
  // word of a post's rank, a determiner or a connector among them ("senior
  // administration", "one former agency", "teachers and union"); a kind alone
  // only when it is a public body's ("government", not "company": any
  // business).
  bool LowercaseKindRun(int first, int last) const {
    for (int k = first; k < last; ++k) {
      const Token& t = m_.tokens[k];
      if (t.kind != TokenKind::kWord || t.upper || t.possessive ||
          (t.classes & (kDeterminer | kTitleModifier | kNameConnector)) != 0) {
        return false;
      }
    }
    const uint32_t kind = m_.tokens[last - 1].classes;
    return (kind & kOrgKind) != 0 && (last - first >= 2 || (kind & kOrgKindPublic) != 0);
  }

  // True when the word at token `k` is one who speaks for their body
  // (lexicon::IsBodyVoice: "spokeswoman", "officials").
  bool SpeaksForBody(int k) const {
    const Token& t = m_.tokens[k];
    return t.kind == TokenKind::kWord && !t.upper && lexicon::IsBodyVoice(TokenText(m_.text, t));
  }

  // The text of tokens [first, last).
  absl::string_view Text(int first, int last) const {
    return m_.text.substr(m_.tokens[first].begin,
                          m_.tokens[last - 1].end - m_.tokens[first].begin);
  }

  // The person entity whose name mention spans tokens [first, last) exactly,
  // its title or honorific included ("Dr Amal Noor"; a first and last name at
  // least), or -1.
  int PersonNamedBy(int first, int last) const {
    const int k = last - first >= 2 ? mentions_.MentionStartingAt(first) : -1;
    if (k < 0) return -1;
    const Mention& m = mentions_.mentions()[k];
    if ((m.first != first && m.start() != first) || m.last - m.first < 2 || m.last != last ||
        m.kind != MentionKind::kPerson || m.entity < 0 ||
        mentions_.entities()[m.entity].type != v1::SOURCE_TYPE_PERSON) {
      return -1;
    }
    return m.entity;
  }

  // The first token of the name of an institution that an unnamed speaker's
  // tokens [first, last) after "the" name by their kind: a kind of institution
  // last (lexicon::IsInstitutionHead), one to three words before it (four when a
  // lowercase reach, lexicon::IsBodyScope, comes first), capitalised ones first
  // (mention_internal::LowercaseBodyRun: "regional water authority", "Cusco
  // regional government"), none of them "same" or "new"
  // (lexicon::IsNotBodyModifier); after a lowercase place's or government's "'s"
  // (lexicon::IsPublicBodyOwner), the words after it ("finance department" of
  // "the council's finance department"). Else -1: a kind alone ("the
  // department") names no body of its own.
  int InstitutionNameFirst(int first, int last) const {
    int name = first;
    if (PublicOwnerAt(first - 2)) {
      first -= 2;  // the speaker's name without its owner: "statistics office"
    } else if (last - first >= 4 && PublicOwnerAt(first)) {
      name = first + 2;  // "the region's statistics office"
    }
    if (first == 0 || !lexicon::IsDefiniteArticle(TokenText(m_.text, m_.tokens[first - 1]))) {
      return -1;
    }
    if (!lexicon::IsInstitutionHead(TokenText(m_.text, m_.tokens[last - 1])) ||
        !InstitutionKindRun(name, last)) {
      return -1;
    }
    for (int k = name; k + 1 < last; ++k) {
      const Token& t = m_.tokens[k];
      if (t.possessive || lexicon::IsNotBodyModifier(TokenText(m_.text, t))) return -1;
    }
    return name;
  }

  // True when tokens [name, last) read as a body named by its kind
  // (mention_internal::LowercaseBodyRun), a lowercase reach first allowed
  // (lexicon::IsBodyScope, as MentionFinder::PublicKindEnd allows it): "the
  // federal aviation administration" as "the civil aviation authority", "the
  // federal government" as "the national government".
  bool InstitutionKindRun(int name, int last) const {
    if (mention_internal::LowercaseBodyRun(m_.text, m_.tokens, name, last)) return true;
    const Token& t = m_.tokens[name];
    if (t.kind != TokenKind::kWord || t.upper || !lexicon::IsBodyScope(TokenText(m_.text, t))) {
      return false;
    }
    return name + 2 == last ||
           mention_internal::LowercaseBodyRun(m_.text, m_.tokens, name + 1, last);
  }

  // Sets the source of claim `*c`, whose speaker `sp` is neither unnamed nor
  // an entity, to an institution its words name by kind and field after "the"
  // ("according to the regional bureau of agriculture": InstitutionNameFirst()
  // of the words before "of", the field a lowercase portfolio or
  // lexicon::IsBodyField word), named as written without the article; else
  // leaves it without one.
  void InstitutionOfFieldSource(const Speaker& sp, v1::Claim* c) {
    int first = sp.first;
    const int last = sp.last;
    if (last - first < 4) return;
    if (lexicon::IsDefiniteArticle(TokenText(m_.text, m_.tokens[first]))) ++first;
    const Token& field = m_.tokens[last - 1];
    const absl::string_view field_word = TokenText(m_.text, field);
    if (field.kind != TokenKind::kWord || field.upper ||
        TokenText(m_.text, m_.tokens[last - 2]) != "of" ||
        !(lexicon::IsPortfolio(field_word) || lexicon::IsBodyField(field_word))) {
      return;
    }
    const int name = InstitutionNameFirst(first, last - 2);
    if (name < 0) return;
    UnnamedSourceOf(v1::SOURCE_TYPE_ORGANIZATION, Text(name, last), {},
                    c->mutable_source_id());
  }

  // True when tokens `k` and `k + 1` are a lowercase place or government and
  // its "'s" (lexicon::IsPublicBodyOwner: "region's", "council's").
  bool PublicOwnerAt(int k) const {
    return k >= 0 && static_cast<size_t>(k + 1) < m_.tokens.size() &&
           m_.tokens[k + 1].possessive && m_.tokens[k].kind == TokenKind::kWord &&
           !m_.tokens[k].upper && lexicon::IsPublicBodyOwner(TokenText(m_.text, m_.tokens[k]));
  }

  // The organisation source added before whose name ends in the words of an
  // unnamed speaker's tokens [first, last), lowercase, the last a kind of
  // institution ("the department", "the agriculture department" after "the
  // state agriculture department", "the weather service" after "the national
  // weather service"), else nullptr; the latest such source.
  const v1::Source* EarlierInstitution(int first, int last) const {
    if (last - first > 3 || m_.tokens[first].upper ||
        !lexicon::IsInstitutionHead(TokenText(m_.text, m_.tokens[last - 1]))) {
      return nullptr;
    }
    const absl::string_view phrase = Text(first, last);
    const auto& sources = doc_->sources();
    for (int i = sources.size() - 1; i >= 0; --i) {
      const v1::Source& s = sources[i];
      const absl::string_view name = s.name();
      if (s.type() == v1::SOURCE_TYPE_ORGANIZATION && name.size() >= phrase.size() &&
          absl::EndsWithIgnoreCase(name, phrase) &&
          (name.size() == phrase.size() || name[name.size() - phrase.size() - 1] == ' ')) {
        return &s;
      }
    }
    return nullptr;
  }

  // Writes the id of the anonymous source named `name` (not a view of `*id`)
  // into `*id`, replacing its contents; its Source is added on first use, with
  // `affiliation`, `title` and the alias `phrase` where not empty.
  void AnonymousSource(absl::string_view name, absl::string_view affiliation,
                       absl::string_view title, absl::string_view phrase, std::string* id) {
    v1::Source* s = UnnamedSourceOf(v1::SOURCE_TYPE_ANONYMOUS, name, affiliation, id);
    if (s == nullptr) return;
    if (!title.empty()) CopyInto(title, s->mutable_title());
    if (!phrase.empty()) CopyInto(phrase, s->add_aliases());
  }

  // As AnonymousSource() for a source of type `type` that no name of its own
  // identifies across documents: an unnamed person or group, or an
  // institution named by its kind ("regional water authority"), whose id
  // stays scoped to the document ("anonymous-<document_id>-<slug>"). Returns
  // the Source when this call added it, else nullptr.
  v1::Source* UnnamedSourceOf(v1::SourceType type, absl::string_view name,
                              absl::string_view affiliation, std::string* id) {
    CopyInto("anonymous-", id);
    id->append(doc_->document_id());
    id->push_back('-');
    AppendSlug(name, id);
    if (!anonymous_.insert(*id).second) return nullptr;
    v1::Source* s = doc_->add_sources();
    CopyInto(*id, s->mutable_source_id());
    s->set_type(type);
    CopyInto(name, s->mutable_name());
    if (!affiliation.empty()) CopyInto(affiliation, s->mutable_affiliation());
    return s;
  }

  const TextModel& m_;
  MentionFinder& mentions_;
  v1::Document* doc_;
  SpanPool* spans_;
  std::vector<ClaimDraft> drafts_;
  std::vector<std::pair<int, int>>& sentence_range_;  // SentenceRange() by draft
  std::vector<int>& figure_claim_;
  std::vector<int>& first_figure_;  // by claim number (see Build)
  std::vector<int>& figure_at_;
  std::vector<const std::string*>& entity_source_;  // by entity index
  absl::flat_hash_set<std::string>& anonymous_;
  absl::flat_hash_map<absl::string_view, v1::Source*>& source_by_id_;  // SourceWithId()'s
  int source_by_id_indexed_ = 0;  // sources indexed in source_by_id_ so far
  // The (source id, alias) pairs AddAlias() gave, for DropSharedPostAliases().
  std::vector<std::pair<std::string, std::string>> post_aliases_;
  std::string slug_;  // SourceOfSameSlug()'s scratch
};

}  // namespace

std::string Slug(absl::string_view name) {
  std::string slug;
  WriteSlug(name, &slug);
  return slug;
}

void BuildRecords(const TextModel& model, MentionFinder& mentions,
                  std::vector<ClaimDraft> drafts, absl::Span<v1::Figure> figures,
                  v1::Document* document) {
  // The thread's pool: documents reused on one thread hand their spans on.
  thread_local SpanPool pool;
  SpanPool* spans = document->GetArena() == nullptr ? &pool : nullptr;
  if (spans != nullptr) spans->Collect(document);
  document->clear_claims();
  document->clear_sources();  // its figures are replaced in place (MoveFigures)
  thread_local RecordScratch scratch;
  RecordBuilder(model, mentions, document, spans, &scratch)
      .Build(std::move(drafts), figures);
}

}  // namespace factwire
