// Periods and places of figures (time_scope, place): ContextFinder steps (see
// figure_context_finder.h).

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "ingest-service/extract/figure_context_finder.h"
#include "ingest-service/extract/lexicon/currencies.h"
#include "ingest-service/extract/lexicon/figure_context_words.h"
#include "ingest-service/extract/lexicon/figure_place_words.h"
#include "ingest-service/extract/lexicon/lexicon.h"
#include "ingest-service/extract/lexicon/number_words.h"
#include "ingest-service/extract/lexicon/speech_words.h"

namespace factwire {
namespace figure_internal {
namespace {

// How far into the text a dateline stands: the headline, standfirst and
// dateline ("TUNIS, Tunisia").
constexpr size_t kDatelineOpening = 600;

// True if text[at, end) stands as a whole word: no letter or digit touches
// it on either side ("Japan", not the "Japan" of "Japanese").
bool WholeWordAt(absl::string_view text, size_t at, size_t end) {
  const auto letter = [text](size_t k) {
    return absl::ascii_isalnum(static_cast<unsigned char>(text[k]));
  };
  return (at == 0 || !letter(at - 1)) && (end >= text.size() || !letter(end));
}

// True if text[at...] opens an indefinite appositive headed by a kind of
// place within a few words, ended by a mark or "of" ("a hill district of
// 310,000", "a country of 50 million,", "an island."): the name before its
// comma is a place. Not "a city councillor", whose head is a person, nor a
// head before "of" or a preposition ("a resident of the town", "a farmer
// from the village").
bool AppositivePlaceNounAt(absl::string_view text, size_t at) {
  constexpr int kWordReach = 4;  // "a small coastal port city of"
  absl::string_view rest = text.substr(at, 80);
  if (!absl::StartsWith(rest, "a ") && !absl::StartsWith(rest, "an ")) {
    return false;
  }
  rest.remove_prefix(rest.find(' ') + 1);
  for (int w = 0; w < kWordReach; ++w) {
    size_t len = 0;
    while (len < rest.size() &&
           absl::ascii_islower(static_cast<unsigned char>(rest[len]))) {
      ++len;
    }
    if (len == 0 || len == rest.size()) return false;
    const absl::string_view word = rest.substr(0, len);
    if (lexicon::IsPlacePreposition(word) ||
        lexicon::IsNounPhraseDeterminer(word)) {
      return false;  // "a farmer from the village": the head came before
    }
    // asked only for the head: most words of the phrase are not it
    const auto place = [word] {
      return lexicon::IsPlaceNoun(word) || lexicon::IsCountryNoun(word);
    };
    if (rest[len] != ' ') return place();
    rest.remove_prefix(len + 1);
    if (absl::StartsWith(rest, "of ")) return place();  // not "a resident of"
  }
  return false;
}

// The capitalized words (at most three, none a lexicon IsAreaNameStop: "The",
// "On", "A", "Monday") ending right before the space at text[at - 1], with
// the word after that space up to `end`: "Kiambu County" for the "County" at
// [at, end); "" when no capitalized word stands there.
absl::string_view NamedBefore(absl::string_view text, size_t at, size_t end) {
  constexpr int kMaxWords = 3;  // "Prince George's County"
  size_t first = at;
  for (int w = 0; w < kMaxWords && first >= 2 && text[first - 1] == ' ';
       ++w) {
    size_t k = first - 1;
    while (k > 0 && !absl::ascii_isspace(static_cast<unsigned char>(
                        text[k - 1]))) {
      --k;
    }
    const absl::string_view word = text.substr(k, first - 1 - k);
    if (word.empty() || !absl::ascii_isupper(static_cast<unsigned char>(word[0])) ||
        !absl::ascii_isalpha(static_cast<unsigned char>(word.back())) ||
        lexicon::IsAreaNameStop(absl::AsciiStrToLower(word))) {
      break;  // not "The", "On Monday", "A" before "County"
    }
    first = k;
  }
  return first == at ? absl::string_view() : text.substr(first, end - first);
}

// Calls `at(k)` for each k, in text order, where text[k, k + noun.size())
// spells `noun` (lowercase, at least two letters) or it with a capital first
// letter ("region", "Region"): one pass over the text for both spellings,
// sixteen places a step on the noun's second and last letters, which both
// share (most steps hold neither; a memchr per "r" stopped at each).
template <typename At>
void ForEachSpelling(absl::string_view text, absl::string_view noun, At at) {
  const size_t n = noun.size();
  if (n < 2 || n > text.size()) return;
  const char lower = noun[0];
  const char upper = absl::ascii_toupper(static_cast<unsigned char>(lower));
  const char* p = text.data();
  const auto spelled = [&](size_t k) {
    return (p[k] == lower || p[k] == upper) &&
           std::memcmp(p + k + 1, noun.data() + 1, n - 1) == 0;
  };
  const size_t last_start = text.size() - n;  // the last place it fits
  size_t k = 0;
#if defined(__SSE2__)
  const __m128i second = _mm_set1_epi8(noun[1]);
  const __m128i back = _mm_set1_epi8(noun.back());
  for (; k + 15 <= last_start; k += 16) {
    const __m128i a =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + k + 1));
    const __m128i b =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + k + n - 1));
    auto places = static_cast<unsigned>(_mm_movemask_epi8(
        _mm_and_si128(_mm_cmpeq_epi8(a, second), _mm_cmpeq_epi8(b, back))));
    for (; places != 0; places &= places - 1) {
      const size_t hit = k + static_cast<size_t>(__builtin_ctz(places));
      if (spelled(hit)) at(hit);
    }
  }
#endif
  for (; k <= last_start; ++k) {
    if (spelled(k)) at(k);
  }
}

// The names the text gives an area of kind `noun` (lowercase: "county"),
// written before it ("Cluj county", "Kiambu County"), as byte ranges in
// text order.
std::vector<std::pair<int, int>> NamedAreasIn(absl::string_view text,
                                              absl::string_view noun) {
  std::vector<std::pair<int, int>> named;
  ForEachSpelling(text, noun, [&](size_t k) {
    const size_t end = k + noun.size();
    if (!WholeWordAt(text, k, end)) return;
    const absl::string_view name = NamedBefore(text, k, end);
    if (name.empty()) return;
    named.emplace_back(static_cast<int>(name.data() - text.data()),
                       static_cast<int>(end));
  });
  std::sort(named.begin(), named.end());
  return named;
}

// The end of the run of capitalized words (at most kMaxWords, joined by one
// space, letters, Latin-1 letters and inner dashes: "Baden-Wurttemberg",
// "São Paulo") opening at text[at]; `at` when no capitalized word opens
// there.
size_t CapitalizedRunEnd(absl::string_view text, size_t at, int max_words) {
  size_t end = at;
  size_t k = at;
  for (int w = 0; w < max_words; ++w) {
    if (k >= text.size() ||
        !absl::ascii_isupper(static_cast<unsigned char>(text[k]))) {
      break;
    }
    size_t e = k;
    while (e < text.size() &&
           (LetterByteAt(text, e) || (text[e] == '-' && e > k))) {
      ++e;
    }
    if (!WholeWordAt(text, k, e)) break;  // a word glued to a digit
    end = e;
    if (e + 1 >= text.size() || text[e] != ' ') break;
    k = e + 1;
  }
  return end;
}

// Adds to `named` the names the text gives a place of kind `noun`
// (lowercase: "village", "state") after "the <noun> of" ("the village of
// Oberau", "the state of Odisha"; not "the state of emergency"), as byte
// ranges.
void NamedAfterKindIn(absl::string_view text, absl::string_view noun,
                      std::vector<std::pair<int, int>>* named) {
  constexpr int kMaxWords = 3;  // "the province of Khyber Pakhtunkhwa"
  ForEachSpelling(text, noun, [&](size_t k) {
    const size_t end = k + noun.size();
    if (k < 4 || !WholeWordAt(text, k, end) ||
        !absl::EndsWithIgnoreCase(text.substr(k - 4, 4), "the ") ||
        text.substr(end, 4) != " of ") {
      return;
    }
    const size_t name = end + 4;
    const size_t name_end = CapitalizedRunEnd(text, name, kMaxWords);
    if (name_end == name || text.substr(name, 4) == "The ") return;
    named->emplace_back(static_cast<int>(name), static_cast<int>(name_end));
  });
}

// The offset in `run` (a lowercased run of capitalized words) of the
// first-level division it names, or npos: the whole run ("New Hampshire"),
// or the run less an opening place preposition ("In Ohio" opening a
// sentence); never the first words of a longer name ("Texas Instruments",
// "Virginia Giuffre", "New York City").
size_t DivisionInRun(absl::string_view run);

// Adds to `named` the first-level divisions (lexicon::IsFirstLevelDivision:
// "Odisha", "New Hampshire") the text names, as byte ranges in text order:
// what "the state" and "the province" call back; not one modifying a noun
// after "the" ("the Vermont senator"), nor one opening a longer name
// (DivisionInRun). One pass over the text.
void DivisionsNamedIn(absl::string_view text,
                      std::vector<std::pair<int, int>>* named) {
  constexpr int kMaxWords = 4;  // "Rio Grande do Sul" has a lowercase "do"
  std::string lower;
  for (size_t at = 0; at < text.size(); ++at) {
    if (!absl::ascii_isupper(static_cast<unsigned char>(text[at])) ||
        (at > 0 && absl::ascii_isalnum(static_cast<unsigned char>(text[at - 1])))) {
      continue;  // the cheap test first: most bytes open no capitalized word
    }
    const size_t run_end = CapitalizedRunEnd(text, at, kMaxWords);
    if (run_end == at) continue;
    if (at >= 4 && absl::EndsWithIgnoreCase(text.substr(at - 4, 4), "the ") &&
        run_end + 1 < text.size() && text[run_end] == ' ' &&
        absl::ascii_islower(static_cast<unsigned char>(text[run_end + 1]))) {
      at = run_end;  // "the Vermont senator": a modifier, no place named
      continue;
    }
    lower.clear();
    AppendFoldedLower(text.substr(at, run_end - at), &lower);  // "sao paulo"
    // an offset past an ASCII preposition: the same in the run as written
    const size_t name = DivisionInRun(lower);
    if (name != std::string::npos) {
      named->emplace_back(static_cast<int>(at + name),
                          static_cast<int>(run_end));
    }
    at = run_end;
  }
}

size_t DivisionInRun(absl::string_view run) {
  if (lexicon::IsFirstLevelDivision(run)) return 0;
  const size_t space = run.find(' ');  // "In Ohio, floods ...": a
  if (space == absl::string_view::npos ||  // capitalized opener
      !lexicon::IsPlacePreposition(run.substr(0, space))) {
    return absl::string_view::npos;  // "Texas Instruments", "Virginia Giuffre"
  }
  return lexicon::IsFirstLevelDivision(run.substr(space + 1))
             ? space + 1
             : absl::string_view::npos;
}

// True if a periodic measure's or an event's noun (lexicon::IsYearScopedNoun)
// stands among the few words after the year at t[year], before t[end]:
// "their 2027 inflation forecast", "the 2012 attacks"; not "The 2019 law
// caps rents at 5%", which names the law by its year.
bool YearScopedNounAfter(const std::vector<Token>& t, int year, int end) {
  constexpr int kYearNounReach = 3;  // "2012 general election"
  const int last = std::min(end, year + 1 + kYearNounReach);
  for (int k = year + 1; k < last; ++k) {
    if (t[k].kind == TokenKind::kWord &&
        lexicon::IsYearScopedNoun(t[k].lower)) {
      return true;
    }
  }
  return false;
}

// The first country (lexicon::IsDemonymCountryName) the story's opening
// names, its headline, section line or lead ("News | Finland | Lapland",
// "Mauritius solar park misses ..."), in a capitalized word or two, or "":
// the country "the country" stands for when no dateline names one.
absl::string_view OpeningCountry(absl::string_view text) {
  constexpr int kMaxWords = 3;  // "United Arab Emirates"
  const absl::string_view opening = text.substr(0, kDatelineOpening);
  for (size_t at = 0; at < opening.size(); ++at) {
    const unsigned char c = static_cast<unsigned char>(opening[at]);
    if (!absl::ascii_isupper(c) ||
        (at > 0 && absl::ascii_isalnum(
                       static_cast<unsigned char>(opening[at - 1])))) {
      continue;  // the cheap test first: most bytes start no capitalized word
    }
    size_t end = at;
    for (int w = 0; w < kMaxWords; ++w) {
      while (end < opening.size() &&
             absl::ascii_isalpha(static_cast<unsigned char>(opening[end]))) {
        ++end;
      }
      if (!WholeWordAt(text, at, end)) break;
      const absl::string_view name = opening.substr(at, end - at);
      if (lexicon::IsDemonymCountryName(name)) return name;
      if (end + 1 >= opening.size() || opening[end] != ' ' ||
          !absl::ascii_isupper(static_cast<unsigned char>(opening[end + 1]))) {
        break;
      }
      ++end;  // "United States": the next capitalized word
    }
  }
  return absl::string_view();
}

// The end of the earlier sitting a figure right before tokens[i] is
// compared with: "last time", or "at"/"in the previous" with up to two
// modifiers and a dated event's noun, with its year after "in" ("down from
// 49.1% at the previous local polls", "54.3% at the last local election in
// 2022"); i when none.
int EarlierSittingEnd(const std::vector<Token>& t, int i) {
  constexpr int kModifierReach = 2;  // "the previous local council polls"
  const int n = static_cast<int>(t.size());
  const auto word = [&t, n](int k, bool (*is)(absl::string_view)) {
    return k < n && t[k].kind == TokenKind::kWord && is(t[k].lower);
  };
  if (word(i, lexicon::IsEarlierSittingWord) && i + 1 < n &&
      t[i + 1].lower == "time") {
    return i + 2;  // "up from 7% last time"
  }
  if (!word(i, lexicon::IsYearPreposition) && t[i].lower != "at") return i;
  int k = i + 1;
  if (k >= n || t[k].lower != "the" ||
      !word(k + 1, lexicon::IsEarlierSittingWord)) {
    return i;
  }
  k += 2;
  for (int m = 0; m < kModifierReach && word(k, lexicon::IsDatedNounModifier);
       ++m) {
    ++k;
  }
  if (!word(k, lexicon::IsYearScopedNoun) &&
      !word(k, lexicon::IsDatedSittingNoun)) {
    return i;
  }
  const bool dated = k + 2 < n && word(k + 1, lexicon::IsYearPreposition) &&
                     IsFourDigitYear(t[k + 2], kFirstModernYear);
  return dated ? k + 3 : k + 1;  // "at the last local election in 2022"
}

}  // namespace

bool ContextFinder::DefinitePossessive(absl::string_view noun, int at) const {
  constexpr int kReach = 12;  // the words a subject spans around its figure
  const int fig = static_cast<int>(
      std::lower_bound(t_.begin(), t_.end(), at,
                       [](const Token& t, int b) { return t.begin < b; }) -
      t_.begin());
  for (int d = 1; d <= kReach; ++d) {  // nearest first, before then after
    for (const int k : {fig - d, fig + d - 1}) {
      if (k < 1 || k >= n_) continue;
      const absl::string_view w = d_[k].lower;
      if (w.size() > noun.size() && absl::StartsWith(w, noun) &&
          IsPossessive(w)) {
        return IsWord(k - 1, "the");
      }
    }
  }
  return false;
}

absl::string_view ContextFinder::StoryCountry() const {
  const absl::string_view dateline = DatelineCountry();
  return dateline.empty() ? OpeningCountry(text_) : dateline;
}

void ContextFinder::PossessivePlace(bool set_place, v1::Figure* f) const {
  const std::string& s = f->subject();
  size_t mark = s.find('\'');  // memchr: most subjects have no apostrophe
  size_t size = 2;
  if (mark == std::string::npos) {
    mark = s.find('\xE2');
    size = 4;
    if (mark != std::string::npos && s.compare(mark, 4, "\xE2\x80\x99s") != 0)
      return;
  } else if (s.compare(mark, 2, "'s") != 0) {
    return;
  }
  if (mark == std::string::npos || mark == 0 ||
      (mark + size < s.size() && s[mark + size] != ' ')) {
    return;
  }
  absl::string_view owner = absl::string_view(s).substr(0, mark);
  std::string rest =
      mark + size < s.size() ? s.substr(mark + size + 1) : std::string();
  const bool people =  // "Shetland's population": a place's people
      absl::ascii_isupper(static_cast<unsigned char>(owner[0])) &&
      lexicon::IsPopulationNoun(rest);
  if (lexicon::IsCountryNoun(owner)) {
    if (!DefinitePossessive(owner, f->span().begin())) {
      return;  // not "a country's"
    }
    owner = StoryCountry();  // "the country's tea exports"
    if (owner.empty()) return;
  } else if (!people && !PlaceName(owner) && !TextMarksPlace(owner)) {
    return;
  }
  if (absl::StartsWith(rest, "own ")) rest.erase(0, 4);  // "Georgia's own"
  if (set_place) f->set_place(std::string(owner));
  f->set_subject(std::move(rest));  // "Quebec's was unchanged": none
}

void ContextFinder::ModifierPlace(v1::Figure* f) const {
  const absl::string_view s = f->subject();
  size_t run = absl::string_view::npos;  // where the capitalized words start
  size_t at = 0;
  while (at < s.size()) {
    const size_t space = s.find(' ', at);
    if (space == absl::string_view::npos) return;  // the last word is the noun
    const absl::string_view word = s.substr(at, space - at);
    const bool capital = !word.empty() && word[0] >= 'A' && word[0] <= 'Z';
    if (!capital) {
      run = absl::string_view::npos;
    } else if (run == absl::string_view::npos) {
      run = at;
    }
    const char next = space + 1 < s.size() ? s[space + 1] : ' ';
    if (capital && next >= 'a' && next <= 'z') {
      // the longest place ending the run: "Democrat U.S." -> "U.S."
      for (size_t from = run; from < space; from = s.find(' ', from) + 1) {
        const absl::string_view name = s.substr(from, space - from);
        if (PlaceName(name)) {
          f->set_place(std::string(name));
          return;
        }
      }
      const absl::string_view country = DemonymPlace(s, at, space);
      if (!country.empty()) {
        f->set_place(std::string(country));
        return;
      }
      run = absl::string_view::npos;
    }
    at = space + 1;
  }
}

absl::string_view ContextFinder::DemonymPlace(absl::string_view s,
                                              size_t at, size_t space) {
  if (at >= 2) {  // a capitalized word before: "Latin American artists"
    if (s[at - 2] >= 'A' && s[at - 2] <= 'Z') return absl::string_view();
    const size_t before = s.rfind(' ', at - 2);
    const size_t from = before == absl::string_view::npos ? 0 : before + 1;
    if (s[from] >= 'A' && s[from] <= 'Z') return absl::string_view();
  }
  const absl::string_view country =
      lexicon::DemonymCountry(s.substr(at, space - at));
  if (country.empty()) return country;
  size_t end = s.find(' ', space + 1);
  if (end == absl::string_view::npos) end = s.size();
  const absl::string_view noun = s.substr(space + 1, end - space - 1);
  return LooksPlural(noun) && !lexicon::IsPeopleAbroadNoun(noun)
             ? country
             : absl::string_view();  // not "Russian gas", "Syrian refugees"
}

void ContextFinder::WherePlace(const FigurePlace& p, v1::Figure* f) const {
  int w = p.first - 1;
  while (w > 0 && w > p.first - 8 && !IsWord(w, "where")) {
    if (d_[w].kind == TokenKind::kSymbol && !InsideFigure(w)) return;
    --w;
  }
  if (w < 2 || !IsWord(w, "where") || !IsSymbol(d_[w - 1], ",")) return;
  const int end = w - 1;  // the comma
  int first = end;
  while (first > 0 && (IsCapitalized(d_[first - 1]) ||
                       (IsWordWith(first - 1, lexicon::IsPlaceNameJoiner) &&
                        first - 2 >= 0 && IsCapitalized(d_[first - 2])))) {
    --first;
  }
  for (; first < end; ++first) {  // the longest place ending the run
    if (!IsCapitalized(d_[first])) continue;
    const absl::string_view name =
        text_.substr(d_[first].begin, d_[end - 1].end - d_[first].begin);
    if (PlaceName(name)) {
      f->set_place(std::string(name));
      return;
    }
  }
}

void ContextFinder::VenueObjectPlace(const FigurePlace& p,
                                     v1::Figure* f) const {
  constexpr int kVerbReach = 4;  // "9,200 spectators filled", "fans packed"
  if (f->dimension() != v1::DIMENSION_COUNT) return;  // a crowd is a count
  const auto fills = [this](int v) {  // the cheap test first: an object name
    return (PlaceWord(v + 1) || (IsWord(v + 1, "the") && PlaceWord(v + 2))) &&
           IsWordWith(v, lexicon::IsVenueFillVerb);
  };
  int v = p.end;
  while (v < n_ && v < p.end + kVerbReach && d_[v].kind == TokenKind::kWord &&
         !InsideFigure(v) && !fills(v)) {
    ++v;
  }
  if (v >= n_ || InsideFigure(v) || !fills(v)) return;
  const int first = IsWord(v + 1, "the") ? v + 2 : v + 1;
  const int end = CapitalRun(first);
  if (end - 1 <= first || !IsWordWith(end - 1, lexicon::IsPlaceFeatureHead)) {
    return;  // "filled 40 seats", "packed the Tories' conference"
  }
  f->set_place(Slice(first, end));
}

bool ContextFinder::AppositionPlace(const FigurePlace& p,
                                    v1::Figure* f) const {
  constexpr int kAdjectiveReach = 3;  // "a small coastal port city of"
  const int noun = p.first - 2;
  if (!IsWord(p.first - 1, "of") ||
      !(IsWordWith(noun, lexicon::IsPlaceNoun) ||
        IsWordWith(noun, lexicon::IsCountryNoun))) {
    return false;
  }
  int det = noun - 1;
  while (det > 0 && det >= noun - kAdjectiveReach &&
         d_[det].kind == TokenKind::kWord && !IsCapitalized(d_[det]) &&
         !IsWord(det, "a") && !IsWord(det, "an")) {
    --det;
  }
  if (det < 2 || !(IsWord(det, "a") || IsWord(det, "an")) ||
      !IsSymbol(d_[det - 1], ",")) {
    return false;
  }
  const int end = det - 1;  // the comma
  int first = end;
  while (first > 0 && IsCapitalized(d_[first - 1]) && !InsideFigure(first - 1))
    --first;
  while (first < end && HasRole(d_[first], kRolePlacePreposition |
                                                kRoleSubjectStop)) {
    ++first;  // "In Durres, a city of", "But Kenya, a country of"
  }
  if (first == 0 && end - first > 1 &&
      IsWordWith(first, lexicon::IsSentenceAdverb)) {
    ++first;  // a sentence's opening adverb: "Meanwhile Lagos, a city of"
  }
  if (first >= end) return false;
  f->set_place(Slice(first, end));
  return true;
}

void ContextFinder::ClausePossessivePlace(const FigurePlace& p,
                                          v1::Figure* f) const {
  constexpr int kReach = 12;  // "Ridership on New York City's subway climbed"
  if (Adjectival(p) || f->dimension() == v1::DIMENSION_DURATION) {
    return;  // "In America's two-party system", "for three decades"
  }
  const int stop = std::max(0, p.first - kReach);
  if (!OwnerInClauseBefore(p.first, stop)) return;  // no word lists asked
  for (int j = p.first - 1; j >= stop; --j) {
    const Token& t = d_[j];
    if (InsideFigure(j)) return;  // another figure's clause
    if (t.kind == TokenKind::kSymbol) {
      if (IsSymbol(t, ",") && IsWord(j + 1, "where")) continue;
      if (IsDash(t) && !t.space_before) continue;  // "Miami-Dade's"
      return;
    }
    if (lexicon::IsContrastWord(t.lower) || lexicon::IsWhWord(t.lower) ||
        lexicon::IsPhraseBoundary(t.lower)) {
      if (!IsWord(j, "where")) return;  // "to speak with one voice"
    }
    if (!IsCapitalized(t)) continue;
    if (!IsPossessive(t.lower)) {
      const absl::string_view country = DemonymBefore(j);
      if (country.empty()) continue;
      f->set_place(std::string(country));  // "the share of Kenyan pupils"
      return;
    }
    int k = j;
    while (k > 0 && (PlaceWord(k - 1) || IsWord(k - 1, "of"))) --k;
    if (IsWord(k, "the") && k < j) ++k;  // "The United Kingdom's"
    if (PossessivePlaceAt(k, j)) {  // the whole name: not "Statistics Canada's"
      const int cut = absl::EndsWith(d_[j].raw, "'s") ? 2 : 4;  // "’s"
      f->set_place(std::string(
          text_.substr(d_[k].begin, d_[j].end - cut - d_[k].begin)));
    }
    return;  // "Smith's": no place
  }
}

bool ContextFinder::OwnerInClauseBefore(int first, int stop) const {
  for (int j = first - 1; j >= stop; --j) {
    const Token& t = d_[j];
    if (InsideFigure(j)) return false;
    if (t.kind == TokenKind::kSymbol) {
      if (IsSymbol(t, ",") && IsWord(j + 1, "where")) continue;
      if (IsDash(t) && !t.space_before) continue;
      return false;
    }
    if (IsCapitalized(t) &&
        (IsPossessive(t.lower) || !DemonymBefore(j).empty())) {
      return true;
    }
  }
  return false;
}

absl::string_view ContextFinder::DemonymBefore(int j) const {
  const Token* noun = At(j + 1);
  if (noun == nullptr || noun->kind != TokenKind::kWord ||
      IsCapitalized(*noun) || !lexicon::IsHomeWorkNoun(noun->lower) ||
      (j > 0 && IsCapitalized(d_[j - 1]) && !IsWord(j - 1, "the"))) {
    return absl::string_view();  // "Latin American writers", "Syrian
                                 // refugees", "Russian hackers"
  }
  return lexicon::DemonymCountry(d_[j].raw);
}

bool ContextFinder::RestatedFromAt(int k, int figure) const {
  return k + 3 == figure && IsSymbol(d_[k], ",") &&
         (IsWord(k + 1, "up") || IsWord(k + 1, "down")) && IsWord(k + 2, "from");
}

bool ContextFinder::SubjectGovernsFigure(int verb, const FigurePlace& p) const {
  for (int k = verb + 1; k < p.first; ++k) {
    if (InsideFigure(k)) continue;
    const Token& t = d_[k];
    if (RestatedFromAt(k, p.first)) return true;
    if (t.kind == TokenKind::kSymbol || IsCapitalized(t) ||
        lexicon::IsWhWord(t.lower)) {
      return false;  // "to Peru ... 14 crew", "the 17 million Kazakh", "what 40"
    }
  }
  const bool passive = IsWordWith(verb, lexicon::IsBeForm);
  for (int k = verb + 1; k < p.first; ++k) {
    if (IsWord(k, "by") && (passive || k == p.first - 1)) {
      return false;  // "France was named by a paltry 3%": the agent's figure
    }
  }
  return true;
}

void ContextFinder::MoneyObjectPlace(const FigurePlace& p,
                                     v1::Figure* f) const {
  constexpr int kMaxName = 3;  // "earned the Dominican Republic"
  int first = p.first;
  while (first > 0 && p.first - first < kMaxName && PlaceWord(first - 1) &&
         !InsideFigure(first - 1)) {
    --first;
  }
  const int verb = IsWord(first - 1, "the") ? first - 2 : first - 1;
  if (first == p.first || (!IsWordWith(verb, lexicon::IsCostVerb) &&
                           !IsWordWith(verb, lexicon::IsEarnVerb))) {
    return;
  }
  if (IsWordWith(verb - 1, lexicon::IsContestResultNoun)) {
    return;  // "The defeat cost Wales $2 million": the team, not the place
  }
  const std::string name = Slice(first, p.first);
  if (PlaceName(name)) f->set_place(name);
}

void ContextFinder::ClauseSubjectPlace(const FigurePlace& p,
                                       v1::Figure* f) const {
  const int end = OpeningVerb();  // the cheap tests before the place's
  if (end <= 0 || end >= p.first || !SubjectGovernsFigure(end, p) ||
      OpeningPlaceVerb() <= 0) {
    return;
  }
  f->set_place(Slice(OpeningPlaceFirst(), clause_name_end_));
}

int ContextFinder::OpeningPlaceFirst() const {
  return IsWord(0, "the") && PlaceWord(1) ? 1 : 0;  // "The Western Region"
}

int ContextFinder::OpeningVerb() const {
  if (clause_verb_ == kNotAsked) {  // once per sentence, not per figure
    clause_name_end_ = AreaNounAfter(CapitalRun(0));
    const int verb =
        clause_name_end_ > 0 ? AfterPlaceApposition(clause_name_end_) : 0;
    clause_verb_ = verb > 0 && CountryVerbAt(verb) ? verb : 0;
  }
  return clause_verb_;
}

int ContextFinder::OpeningPlaceVerb() const {
  const int end = OpeningVerb();
  if (end <= 0) return 0;
  if (clause_place_ == kNotAsked) {
    const int first = OpeningPlaceFirst();
    clause_place_ =
        first < clause_name_end_ && NamesPlace(first, clause_name_end_) ? 1
                                                                        : 0;
  }
  return clause_place_ == 1 ? end : 0;
}

int ContextFinder::AfterPlaceApposition(int k) const {
  constexpr int kReach = 12;  // ", a port town of about 27,000 residents,"
  if (!IsSymbol(d_[k], ",") || At(k + 1) == nullptr ||
      !AppositivePlaceNounAt(text_, static_cast<size_t>(d_[k + 1].begin))) {
    return k;
  }
  for (int j = k + 2; j < n_ && j <= k + kReach; ++j) {
    if (IsSymbol(d_[j], ",")) return j + 1;
    if (IsSymbol(d_[j], ";")) break;
  }
  return k;
}

int ContextFinder::AreaNounAfter(int end) const {
  return end > 0 && IsWordWith(end, lexicon::IsAreaNoun) &&
                 !IsCapitalized(d_[end])
             ? end + 1
             : end;
}

bool ContextFinder::NamesPlace(int first, int end) const {
  if (end - 1 > first && !IsCapitalized(d_[end - 1]) &&
      IsWordWith(end - 1, lexicon::IsAreaNoun)) {
    return !IsWord(first, "the");  // "Kiambu county"; not "The district"
  }
  const absl::string_view name =
      text_.substr(d_[first].begin, d_[end - 1].end - d_[first].begin);
  return PlaceName(name) || TextMarksPlace(name);
}

void ContextFinder::ContrastClausePlace(const FigurePlace& p,
                                        v1::Figure* f) const {
  constexpr int kReach = 12;  // ", while Wayanad had the lowest pass rate at"
  if (f->dimension() == v1::DIMENSION_DURATION) return;  // "is in for 4 years"
  const int stop = std::max(1, p.first - kReach);
  const Token* const tokens = t_.data();  // not reloaded at every token
  const uint8_t* const inside = inside_.data();
  int c = p.first - 1;
  while (c >= stop && inside[c] == 0 &&
         (tokens[c].kind != TokenKind::kSymbol ||
          (tokens[c].raw != "," && tokens[c].raw != ";"))) {
    --c;  // a word's kind is read once, its bytes never
  }
  if (c < stop || InsideFigure(c)) return;  // no clause of its own
  int k = c + 1;
  if (IsWordWith(k, lexicon::IsContrastWord) ||
      IsWordWith(k, lexicon::IsListConjunction)) {
    ++k;  // else a fronted phrase's comma: "In 2011, Israel freed 1,000"
  }
  if (IsWord(k, "the") && PlaceWord(k + 1)) ++k;
  const int run = CapitalRun(k);
  const int end = run > k ? AreaNounAfter(run) : run;
  if (end <= k || end >= p.first || !CountryVerbAt(end) ||
      !SubjectGovernsFigure(end, p)) {
    return;
  }
  // The later subject must itself be a place: a parallel verb alone does not
  // make "Amazon" a place in "Texas added 40,000 jobs, while Amazon added".
  if (NamesPlace(k, end)) f->set_place(Slice(k, end));
}

void ContextFinder::CountryNounPlace(const FigurePlace& p,
                                     v1::Figure* f) const {
  if (!IsWord(0, "the") || !IsWordWith(1, lexicon::IsCountryNoun) ||
      p.first <= 2 || !CountryVerbAt(2) || !SubjectGovernsFigure(2, p)) {
    return;
  }
  const absl::string_view country = DatelineCountry();
  if (!country.empty()) f->set_place(std::string(country));
}

absl::string_view ContextFinder::DatelineCountry() const {
  const absl::string_view opening = text_.substr(0, kDatelineOpening);
  size_t line = 0;
  while (line < opening.size()) {
    size_t next = opening.find('\n', line);
    if (next == absl::string_view::npos) next = opening.size();
    size_t k = line;
    while (k < next && ((opening[k] >= 'A' && opening[k] <= 'Z') ||
                        opening[k] == ' ' || opening[k] == '.')) {
      ++k;
    }
    if (k > line + 2 && opening.substr(k, 2) == ", ") {  // "TUNIS, Tunisia"
      size_t end = k + 2;
      while (end < next && opening[end] != ' ' && opening[end] != ',' &&
             opening[end] != '(') {
        ++end;
      }
      const absl::string_view name = opening.substr(k + 2, end - k - 2);
      if (PlaceName(name) && DatelinePartAt(k + 2, end)) return name;
    }
    line = next + 1;
  }
  return absl::string_view();
}

bool ContextFinder::DatelinePartAt(size_t begin, size_t end) const {
  size_t line = text_.rfind('\n', begin);
  line = line == absl::string_view::npos ? 0 : line + 1;
  size_t caps = line;  // the capitals opening the line: "ORISTANO"
  while (caps < end && ((text_[caps] >= 'A' && text_[caps] <= 'Z') ||
                          text_[caps] == ' ' || text_[caps] == '.')) {
    ++caps;
  }
  if (caps < line + 3) return false;
  if (caps != end && !(caps == begin - 2 && text_[caps] == ',')) return false;
  const absl::string_view rest = text_.substr(end, 5);
  return absl::StartsWith(rest, ",") || absl::StartsWith(rest, " \xE2\x80\x94") ||
         absl::StartsWith(rest, " \xE2\x80\x93") || absl::StartsWith(rest, " -") ||
         absl::StartsWith(rest, " (");
}

bool ContextFinder::PlaceMarkAround(size_t begin, size_t end) const {
  const auto word_before = [this](size_t at) {  // the word ending at `at`
    size_t first = at;
    while (first > 0 && absl::ascii_isalpha(
                            static_cast<unsigned char>(text_[first - 1]))) {
      --first;
    }
    return text_.substr(first, at - first);
  };
  if (begin > 4 && text_.substr(begin - 4, 4) == " of " &&
      lexicon::IsPlaceNoun(word_before(begin - 4))) {
    return true;  // "the island of Corsica"
  }
  size_t after = end + 1;
  while (after < text_.size() &&
         absl::ascii_isalpha(static_cast<unsigned char>(text_[after]))) {
    ++after;
  }
  const absl::string_view next = text_.substr(end + 1, after - end - 1);
  if (end < text_.size() && text_[end] == ' ' && !next.empty() &&
      absl::ascii_islower(static_cast<unsigned char>(next[0]))) {
    return lexicon::IsPlaceNoun(next);  // "Kushiro prefecture"
  }
  if (text_.substr(end, 2) != ", ") return false;
  if (AppositivePlaceNounAt(text_, end + 2)) return true;  // "X, a district"
  after = end + 2;
  while (after < text_.size() &&
         absl::ascii_isalpha(static_cast<unsigned char>(text_[after]))) {
    ++after;
  }
  const absl::string_view country = text_.substr(end + 2, after - end - 2);
  if (country.empty() || !absl::ascii_isupper(country[0])) return false;
  std::string& lower = scratch_.lower;  // kept: no allocation per mark
  lower.assign(country.data(), country.size());
  absl::AsciiStrToLower(&lower);
  return lex_.IsPlaceName(lower);  // "Hakodate, Japan"
}

void ContextFinder::NoteReading(size_t figures) {
  ContextScratch& s = scratch_;
  marks_current_ = s.marks_for_last && !earlier_.empty() &&
                   earlier_.data() == s.last_figures &&
                   earlier_.size() == s.last_figures_end &&
                   text_.data() == s.last_text.data() &&
                   text_.size() == s.last_text.size();
  s.marks_for_last = marks_current_;
  s.last_text = text_;
  s.last_figures = earlier_.data();
  s.last_figures_end = earlier_.size() + figures;
}

void ContextFinder::SyncScratch() const {
  if (marks_current_) return;  // a memcmp per document, not a scan per mention
  if (scratch_.marks_text != text_) {
    scratch_.marks_text.assign(text_.data(), text_.size());
    scratch_.marks.clear();
    scratch_.named_areas.clear();
  }
  marks_current_ = true;
  scratch_.marks_for_last = true;
}

bool ContextFinder::TextMarksPlace(absl::string_view name) const {
  if (name.empty()) return false;
  SyncScratch();
  const auto known = scratch_.marks.find(name);
  if (known != scratch_.marks.end()) return known->second;
  const bool marked = TextMarksPlaceUncached(name);
  scratch_.marks.emplace(name, marked);
  return marked;
}

bool ContextFinder::DatelineMarksPlace(absl::string_view name) const {
  const absl::string_view opening = text_.substr(0, kDatelineOpening);
  std::string upper(name);  // the capitals a dateline writes
  absl::AsciiStrToUpper(&upper);
  for (size_t at = opening.find(upper); at != absl::string_view::npos;
       at = opening.find(upper, at + 1)) {  // memchr, not a compare per byte
    const size_t end = at + name.size();
    if (WholeWordAt(text_, at, end) && DatelinePartAt(at, end)) return true;
  }
  return false;
}

bool ContextFinder::TextMarksPlaceUncached(absl::string_view name) const {
  if (DatelineMarksPlace(name)) return true;
  for (size_t at = text_.find(name); at != absl::string_view::npos;
       at = text_.find(name, at + 1)) {
    const size_t end = at + name.size();
    if (WholeWordAt(text_, at, end) &&
        ((at < kDatelineOpening && DatelinePartAt(at, end)) ||
         PlaceMarkAround(at, end))) {
      return true;
    }
  }
  return false;
}

bool ContextFinder::ModifierAfter(int k) const {
  const Token* after = At(k);
  return after != nullptr && after->kind == TokenKind::kWord &&
         !IsCapitalized(*after) && !HasRole(*after, kRoleSubjectStop) &&
         !HasRole(*after, kRoleQuantityVerb) && !LooksLikeVerb(after->lower) &&
         !IrregularPast(after->lower) &&  // "in Panabo lost 85 hectares"
         !LyAdverb(k);  // "in Heraklion regularly exceed": an adverb
}

int ContextFinder::SitePlaceMention(int i) {
  const int first = IsWord(i + 1, "the") ? i + 2 : i + 1;
  int end = CapitalRun(first);
  if (end <= first) return i + 1;
  for (int k = first; k < end; ++k) {
    if (HasRole(d_[k], kRoleWeekday) || IsWord(k, "of")) {
      return i + 1;  // "on Saturday, Alaska", "at the Church of Elizabeth"
    }
  }
  if (IsWord(end + 1, "of") && !IsCapitalized(d_[end])) {
    return i + 1;  // "on the Greek island of Lesbos": the place is after "of"
  }
  bool place =
      end - 1 > first && IsWordWith(end - 1, lexicon::IsPlaceFeatureHead);
  if (!place && RoadNumberAt(end)) {
    place = true;  // "on Highway 57", "crashes on Route 9 fell"
    ++end;
  }
  if (!place && first == i + 2 && !IsCapitalized(d_[end]) &&
      IsWordWith(end, lexicon::IsPlaceFeatureHead) && !IsWord(end + 1, "of")) {
    place = true;  // "at the Kilwinning station"; not "the Greek island of"
    ++end;
  }
  const Token* after = At(end);
  const bool modifier = after != nullptr && ModifierAfter(end) &&
                        LooksPlural(after->lower);  // not "on Hakodate overnight"
  if (!place && !IsWordWith(i, lexicon::IsDestinationPreposition) &&
      !modifier) {
    // a place word alone is often a topic: "a memo on Syria", "focused on
    // Ohio"; the text must call the name a place
    place = TextMarksPlace(
        text_.substr(d_[first].begin, d_[end - 1].end - d_[first].begin));
  }
  if (!place) return i + 1;  // "on Monday", "at Toyota"
  places_found_.push_back({first, end});
  return end;
}

bool ContextFinder::MeasuredBefore(int i) const {
  if (i < 1 || InsideFigure(i - 1)) return i >= 1;  // "50 km west of Durres"
  if (i < 2 || !InsideFigure(i - 2)) return false;
  if (!LooksPlural(d_[i - 1].lower)) return true;  // "a two-hour drive west"
  int k = i - 2;
  while (k > 0 && InsideFigure(k - 1)) --k;
  return IsWord(k - 1, "of");  // "a city of 90,000 people west of"
}

bool ContextFinder::CompassOfPlace(int i) {
  if (IsCapitalized(d_[i]) || !lexicon::IsCompassPoint(d_[i].lower) ||
      MeasuredBefore(i)) {
    return false;
  }
  const int first = i + 2;
  const int end = CapitalRun(first);
  if (end <= first || end > first + 3 || MonthAt(first) ||
      HasRole(d_[first], kRoleWeekday)) {
    return false;  // a compass point "of" a name places it: "west of Bo"
  }
  places_found_.push_back({i, end});
  return true;
}

bool ContextFinder::RoadNumberAt(int k) const {
  const Token* number = At(k);
  return number != nullptr && number->kind == TokenKind::kNumber &&
         !InsideFigure(k) && !number->raw.empty() &&
         absl::ascii_isdigit(static_cast<unsigned char>(number->raw[0])) &&
         IsCapitalized(d_[k - 1]) && IsWordWith(k - 1, lexicon::IsRoadHead) &&
         !IsYearToken(k);
}

bool ContextFinder::CoordinatePlace(size_t fi, int first) const {
  if (fi + 1 >= places_.size() || places_[fi + 1].first < first) return false;
  const int lead = IsWord(first - 1, "the") ? first - 2 : first - 1;
  if (lead < 1 || d_[lead].kind != TokenKind::kWord ||
      !(HasRole(d_[lead], kRolePlacePreposition) ||
        lexicon::IsSitePreposition(d_[lead].lower))) {
    return false;
  }
  return IsWordWith(lead - 1, lexicon::IsListConjunction) ||
         IsWordWith(lead - 1, lexicon::IsContrastWord);
}

bool ContextFinder::CountryVerbAt(int k) const {
  const Token* t = At(k);
  if (t == nullptr || t->kind != TokenKind::kWord || IsCapitalized(*t)) {
    return false;
  }
  return (HasRole(*t, kRoleQuantityVerb) || VerbForm(t->lower) ||
          IrregularPast(t->lower) || lexicon::IsFiniteAuxiliary(t->lower) ||
          lexicon::IsPlaceOutputVerb(t->lower)) &&
         !lexicon::IsContestVerb(t->lower);  // the rarer word asked last
}

bool ContextFinder::PlaceName(absl::string_view name) const {
  std::string& lower = scratch_.lower;  // kept: no allocation per name
  lower.assign(name.data(), name.size());
  absl::AsciiStrToLower(&lower);  // a joiner is lowercase already
  bool each = true;
  for (size_t begin = 0; begin <= name.size();) {
    size_t end = name.find(' ', begin);
    if (end == absl::string_view::npos) end = name.size();
    const absl::string_view word = name.substr(begin, end - begin);
    if (word.empty()) return false;
    if (word[0] < 'A' || word[0] > 'Z') {  // "Newfoundland and Labrador"
      if (begin == 0 || !lexicon::IsPlaceNameJoiner(word)) return false;
      each = false;
    } else {
      const absl::string_view w =
          absl::string_view(lower).substr(begin, end - begin);
      each = each && (lex_.IsPlaceName(w) ||
                      (begin == 0 && lexicon::IsCompassAdjective(w) &&
                       name.size() > word.size()));
    }
    begin = end + 1;
  }
  if (each || lex_.IsPlaceName(lower)) return true;
  if (CompassRegionName(lower)) return true;  // "North Zone"
  // "New York City", "Mexico City": a place's city (the call reuses `lower`)
  return absl::EndsWith(lower, " city") &&
         PlaceName(name.substr(0, name.size() - 5));
}

bool ContextFinder::CompassRegionName(absl::string_view lower) {
  const size_t first_end = lower.find(' ');
  const size_t last_begin = lower.rfind(' ');
  if (first_end == absl::string_view::npos) return false;
  absl::string_view first = lower.substr(0, first_end);
  if (absl::EndsWith(first, "ern")) first.remove_suffix(3);  // "western"
  return lexicon::IsCompassPoint(first) &&  // not "Central", "Greater"
         lexicon::IsRegionHead(lower.substr(last_begin + 1));
}

bool ContextFinder::PossessivePlaceAt(int k, int j) const {
  if (!IsCapitalized(d_[j])) return false;
  const absl::string_view w = d_[j].raw;
  const size_t mark = absl::EndsWith(w, "'s") ? 2 : 4;  // "’s"
  const int begin = d_[k].begin;
  const int end = d_[j].end - static_cast<int>(mark);
  return end > begin && PlaceName(text_.substr(begin, end - begin));
}

const Mention* ContextFinder::Nearest(const std::vector<Mention>& mentions,
                                      size_t fi) const {
  const FigurePlace& p = places_[fi];
  auto it =
      std::lower_bound(mentions.begin(), mentions.end(), p.end,
                       [](const Mention& m, int end) { return m.first < end; });
  const bool times = &mentions == &times_;
  if (it != mentions.end() && AfterInClause(fi, it->first) &&
      (&mentions != &places_found_ || !CoordinatePlace(fi, it->first)) &&
      (!times || !ConditionBetween(p.end, it->first))) {
    if (times && RateThenPeriod(it, mentions.end())) ++it;
    return &*it;
  }
  for (auto back = it; back != mentions.begin();) {
    --back;
    if (back->end > p.first) continue;
    if (OwnedByEarlier(fi, *back) && Break(back->end, p.first, false)) {
      return nullptr;
    }
    return &*back;
  }
  return nullptr;
}

bool ContextFinder::ConditionBetween(int from, int to) const {
  for (int i = from; i < to; ++i) {
    if (IsWordWith(i, lexicon::IsConditionOpener)) return true;
  }
  return false;
}

bool ContextFinder::AgeLabelled(const FigurePlace& p) const {
  return IsWordWith(p.first - 1, lexicon::IsAgeLabel) ||  // "aged 30"
         (IsWord(p.first - 1, "of") &&
          IsWordWith(p.first - 2, lexicon::IsAgeLabel)) ||  // "the ages of 18"
         (IsWord(p.first, "between") && IsWord(p.first + 1, "the") &&
          IsWordWith(p.first + 2, lexicon::IsAgeLabel) &&
          IsWord(p.first + 3, "of"));  // "between the ages of 8 and 12"
}

bool ContextFinder::AgeSpan(size_t fi) const {
  const auto joined = [this](size_t a) {  // figure a + 1 joined to figure a
    return a + 1 < places_.size() &&
           places_[a].end + 1 == places_[a + 1].first &&
           (IsWord(places_[a].end, "and") || IsWord(places_[a].end, "to"));
  };
  const FigurePlace& p = places_[fi];
  if (fi > 0 && joined(fi - 1) && AgeLabelled(places_[fi - 1])) return true;
  if (!AgeLabelled(p)) return false;
  if (joined(fi)) return true;  // "ages of 18 and 29"
  for (int k = p.first + 1; k < p.end; ++k) {
    if (IsWord(k, "to") || IsWord(k, "and")) return true;  // "aged 54 to 65"
  }
  return false;
}

bool ContextFinder::RateThenPeriod(std::vector<Mention>::const_iterator rate,
                                   std::vector<Mention>::const_iterator end)
    const {
  const auto next = rate + 1;
  return next != end && next->first == rate->end &&
         rate->end - rate->first == 2 &&
         IsWordWith(next->first, lexicon::IsPeriodSpanPreposition) &&
         (IsWord(rate->first, "a") || IsWord(rate->first, "an") ||
          IsWord(rate->first, "per"));
}

bool ContextFinder::Break(int from, int to, bool comma) const {
  for (int i = from; i < to; ++i) {
    const Token& t = d_[i];
    if (t.kind == TokenKind::kSymbol) {
      if (t.raw == ";" || (comma && t.raw == ",")) return true;
    } else if (lexicon::IsContrastWord(t.lower) ||
               (lexicon::IsClauseAnd(t.lower) &&
                (!comma || IsWordWith(i + 1, lexicon::IsComplementOpener)))) {
      return true;  // "... 42% below average and that cuts ... from April"
    }
  }
  return false;
}

int ContextFinder::PastRestatement(size_t fi) const {
  const FigurePlace& p = places_[fi];
  const auto restates = [this](const FigurePlace& q) {
    return IsWord(q.first - 1, "or") && At(q.first - 2) != nullptr &&
           IsSymbol(d_[q.first - 2], ",") && At(q.end) != nullptr &&
           IsSymbol(d_[q.end], ",");
  };
  if (restates(p)) return p.end + 1;  // "or 0.9%, in the 12 months"
  // a figure set off by commas between its noun and the verb: "The previous
  // high, 15,105 megawatts, was set in January 2016"
  const Token* verb = At(p.end + 1);
  if (p.first >= 2 && IsSymbol(d_[p.first - 1], ",") &&
      d_[p.first - 2].kind == TokenKind::kWord && !InsideFigure(p.first - 2) &&
      !IsCapitalized(d_[p.first - 2]) &&  // not an age: "Ramos, 58, told"
      !BareAge(p) &&  // nor after a noun: "The driver, 58, was held in May"
      At(p.end) != nullptr && IsSymbol(d_[p.end], ",") && verb != nullptr &&
      verb->kind == TokenKind::kWord &&
      (lexicon::IsBeForm(verb->lower) || lexicon::IsFiniteAuxiliary(verb->lower) ||
       LooksLikeVerb(verb->lower) || IrregularPast(verb->lower))) {
    return p.end + 1;
  }
  int k = p.end;  // the figure's noun: "390,000 people"
  while (k < p.end + 3 && At(k) != nullptr &&
         d_[k].kind == TokenKind::kWord && !InsideFigure(k)) {
    ++k;
  }
  if (fi + 1 < places_.size() && places_[fi + 1].first == k + 2 &&
      restates(places_[fi + 1])) {
    return places_[fi + 1].end + 1;  // "390,000 people, or 0.9%, in"
  }
  return p.end;
}

bool ContextFinder::AfterInClause(size_t fi, int first) const {
  const FigurePlace& p = places_[fi];
  if (Break(PastRestatement(fi), first, true)) return false;
  if (fi + 1 >= places_.size() || places_[fi + 1].first >= first) return true;
  size_t last = fi + 1;
  while (last + 1 < places_.size() && places_[last + 1].first < first) ++last;
  for (int i = p.end; i < places_[last].first; ++i) {
    const Token& t = d_[i];
    if (t.kind != TokenKind::kWord || InsideFigure(i)) continue;
    const absl::string_view w = t.lower;
    if (LooksLikeVerb(w) || HasRole(t, kRoleQuantityVerb) ||
        lexicon::IsChangeFromWord(w) ||
        (w.size() > 5 && w.substr(w.size() - 3) == "ing")) {
      return false;
    }
    if (lexicon::IsClauseSplitter(w)) return false;
  }
  return true;
}

bool ContextFinder::OwnedByEarlier(size_t fi, const Mention& m) const {
  for (size_t j = fi; j-- > 0;) {
    if (places_[j].end <= m.first) {
      return !Break(places_[j].end, m.first, true);
    }
  }
  return false;
}

int ContextFinder::AreaDayOrNamedPeriod(int i, uint32_t roles) {
  if ((roles & kRolePlaceScope) != 0) {
    if (PlaceScopeAt(i)) areas_.push_back({i, i + 1});
    return i + 1;
  }
  if ((roles & kRoleWeekday) != 0) {
    const int day_end = WeekdayEnd(i);
    if (day_end > i) days_.push_back({i, day_end});
    return std::max(i + 1, day_end);
  }
  const int named = (roles & kRolePeriodNoun) != 0 ? NamedPeriodStart(i) : -1;
  if (named < 0) return -1;
  // "First-half sales": not "a second" in "a second-half"
  while (!times_.empty() && times_.back().end > named) times_.pop_back();
  times_.push_back({named, i + 1});
  return i + 1;
}

void ContextFinder::FindMentions() {
  const Token* const tokens = t_.data();  // not reloaded at every token
  const uint8_t* const inside = inside_.data();
  for (int i = 0; i < n_;) {
    // Only these roles start a period (TimeAt) or a place (PlaceStart); a
    // period noun may end "two years ago".
    const uint32_t roles = tokens[i].roles;
    if ((roles & (kTimeStartRoles | kRolePlacePreposition | kRolePeriodNoun |
                  kRoleWeekday | kRolePlaceScope)) == 0 ||
        inside[i] != 0) {
      if (tokens[i].lower.size() == 4 && tokens[i].lower[0] == 'w' &&
          inside[i] == 0 && WideAreaAt(i)) {
        areas_.push_back({i - 2, i + 1});  // "province-wide"
      }
      if (inside[i] == 0 && tokens[i].lower.size() >= 4 &&
          IsWord(i + 1, "of") && CompassOfPlace(i)) {
        i += 2;  // "villages west of Tirana": the name is read at "of"
        continue;
      }
      // "to", "onto", "off": site prepositions no period opens with
      i = (roles & kRoleSubjectStop) != 0 && inside[i] == 0 && SiteAhead(i)
              ? SitePlaceMention(i)
              : i + 1;
      continue;
    }
    const int next = AreaDayOrNamedPeriod(i, roles);
    if (next >= 0) {
      i = next;
      continue;
    }
    if ((roles & (kTimeStartRoles | kRolePlacePreposition)) == 0) {
      if (AgoAt(i)) times_.push_back({i - 1, i + 2});
      ++i;
      continue;
    }
    const int time_end = TimeAt(i);
    if (time_end > i) {
      (PeriodPossessive(time_end - 1) ? days_ : times_)
          .push_back({TimeFirst(i), time_end});
      i = time_end;
      continue;
    }
    i = PlaceMentionEnd(i);
  }
}

int ContextFinder::PlaceMentionEnd(int i) {
  const int place_first = PlaceStart(i);
  if (place_first <= i) return SiteAhead(i) ? SitePlaceMention(i) : i + 1;
  int place_end = CapitalRun(place_first);
  // A division noun after "the <Name>" needs a known place: "in Jimma zone",
  // "in the Kherson oblast"; not "in the NATO zone", "the Kenya Export
  // Processing zone" (a body or a scheme owns the zone, not a country).
  const bool division =
      IsWordWith(place_end, lexicon::IsDivisionNoun) &&
      (!IsWord(place_first - 1, "the") ||
       (place_end > place_first &&
        PlaceName(text_.substr(d_[place_first].begin,
                               d_[place_end - 1].end - d_[place_first].begin))));
  if (place_end > place_first &&
      (IsWordWith(place_end, lexicon::IsAreaNoun) || division) &&
      !IsCapitalized(d_[place_end]) && !IsWord(place_end + 1, "of")) {
    ++place_end;  // "in the Sarah Baartman district", "in Kiambu county",
                  // "in Jimma zone"; not "in the French Riviera city of Nice"
  }
  const bool modifier =
      ModifierAfter(place_end) &&
      !(IsWord(place_first - 1, "the") && LocalityAfter(place_end));
  if (place_end > place_first && !modifier &&
      !IsWordWith(i - 1, lexicon::IsHoldingNoun)) {  // "shares in AGL"
    places_found_.push_back({place_first, place_end});
    return place_end;
  }
  if (place_end == place_first && AreaPlaceAt(place_first)) {
    areas_.push_back({place_first, place_first + 1});
    return place_first + 1;
  }
  return i + 1;
}

bool ContextFinder::LocalityAfter(int k) const {
  const int noun = IsWordWith(k, lexicon::IsLocalityNoun) ? k : k + 1;
  return IsWordWith(noun, lexicon::IsLocalityNoun) &&
         !IsCapitalized(d_[noun]) && !IsWord(noun + 1, "of") &&
         (noun == k || ModifierAfter(k));
}

bool ContextFinder::PlaceScopeAt(int i) const {
  const Token* after = At(i + 1);
  if (IsCapitalized(d_[i])) {
    return i == 0 && after != nullptr && IsSymbol(*after, ",") &&
           !AppositionAfter(i + 1);
  }
  if (after == nullptr || after->kind == TokenKind::kSymbol ||
      HasRole(*after, kRoleSubjectStop)) {
    return true;
  }
  return (LooksLikeVerb(after->lower) || IrregularPast(after->lower)) &&
         !AttributiveParticiple(i + 1);
}

bool ContextFinder::WideAreaAt(int i) const {
  const Token& t = d_[i];
  if (t.lower.size() != 4 || t.lower != "wide" || i < 2 ||
      !CompoundDash(i - 1) || !IsWordWith(i - 2, lexicon::IsAreaNoun) ||
      InsideFigure(i - 2)) {
    return false;  // the cheap test first: most words are not "wide"
  }
  if (IsCapitalized(d_[i - 2])) {  // "Province-wide, 3,200 nurses ..."
    return i == 2 && At(i + 1) != nullptr && IsSymbol(d_[i + 1], ",") &&
           !AppositionAfter(i + 1);
  }
  return PlaceScopeAt(i);  // "on strike province-wide"; not "a state-wide
                           // survey of 900 voters"
}

// Only inside a noun phrase: a determiner or a preposition right before the
// adverb ("The nationally televised debate", "of globally traded goods"); after
// a noun the participle is the clause's verb ("Prices nationally rose again",
// "Home prices nationally increased almost 7%").
bool ContextFinder::AttributiveParticiple(int j) const {
  const bool in_noun_phrase =
      IsWordWith(j - 2, lexicon::IsNounPhraseDeterminer) ||
      IsWordWith(j - 2, lexicon::IsNounPreposition);
  return in_noun_phrase && AdjectivePosition(j) && !LyAdverb(j + 1);
}

bool ContextFinder::AppositionAfter(int comma) const {
  constexpr int kReach = 10;  // "Nationwide, the UK's largest lender, said"
  if (!IsWord(comma + 1, "the") && !IsWord(comma + 1, "a") &&
      !IsWord(comma + 1, "an")) {
    return false;  // "Nationally, about a quarter of students graduate"
  }
  for (int k = comma + 1; k < n_ && k <= comma + kReach; ++k) {
    const Token& t = d_[k];
    if (t.kind == TokenKind::kSymbol) {
      if (t.raw == ",") return true;
      continue;
    }
    if (HasRole(t, kRoleQuantityVerb) || LooksLikeVerb(t.lower) ||
        IrregularPast(t.lower) || lexicon::IsBeForm(t.lower)) {
      return false;  // "Nationwide, turnout was 61%"
    }
  }
  return false;
}

bool ContextFinder::AreaPlaceAt(int k) const {
  if (!IsWord(k - 1, "the") || IsCapitalized(d_[k]) ||
      !(IsWordWith(k, lexicon::IsAreaNoun) ||
        IsWordWith(k, lexicon::IsPlaceNoun))) {
    return false;
  }
  if (IsWord(k + 1, "of") && InsideFigure(k + 2)) {
    return true;  // "in the village of some 1,300 people"
  }
  const Token* after = At(k + 1);
  if (after == nullptr || after->kind == TokenKind::kSymbol) {
    return after == nullptr ||
           (!IsDash(*after) &&  // not "the state-run"
            !(IsSymbol(*after, ",") && At(k + 2) != nullptr &&
              IsCapitalized(d_[k + 2])));
  }
  return after->lower != "of" && !IsCapitalized(*after) &&
         (HasRole(*after, kRoleSubjectStop) ||
          HasRole(*after, kRoleQuantityVerb) || LooksLikeVerb(after->lower) ||
          IrregularPast(after->lower));
}

int ContextFinder::NamedPeriodStart(int i) const {
  if (CompoundDash(i - 1) && !InsideFigure(i - 2) &&
      lexicon::IsPeriodCompound(d_[i - 2].lower, d_[i].lower)) {
    return i - 2;  // "First-half", "full-year"
  }
  if (MonthAt(i - 1) && IsWord(i, "quarter")) {
    // "the June quarter", "the July-September quarter"
    return CompoundDash(i - 2) && MonthAt(i - 3) ? i - 3 : i - 1;
  }
  return -1;
}

bool ContextFinder::AgoAt(int i) const {
  if (i < 1 || inside_[i - 1] != 0 || !IsWord(i + 1, "ago")) return false;
  const Token& number = d_[i - 1];
  return number.kind == TokenKind::kNumber || HasRole(number, kRoleNumberWord);
}

bool ContextFinder::IsYearToken(int i) const {
  const Token* t = At(i);
  return t != nullptr && IsFourDigitYear(*t, kFirstModernYear);
}

int ContextFinder::TimeAt(int i) const {
  // Every period mention starts with a token of these roles; the words
  // tested in PeriodAt are in figure_lexicon.cc's kTimeLeads.
  if (i < 0 || i >= n_ || !HasRole(d_[i], kTimeStartRoles)) return i;
  return PeriodAt(i);
}

int ContextFinder::PeriodAt(int i) const {
  if (IsWord(i, "for")) return ForYearEnd(i);  // "for the season": from "the"
  const PhraseMatch m = lex_.time_scopes.Match(t_, i);
  if (m.found()) {
    const bool initial = i == 0 || d_[i - 1].kind == TokenKind::kSymbol;
    const Token* name = At(i + m.length);  // "Daily Mirror" opening it
    if (IsCapitalized(d_[i]) &&
        (!initial || (name != nullptr && name->kind == TokenKind::kWord &&
                      IsCapitalized(*name)))) {
      return i;  // not "Daily News"
    }
    const Token* next = At(i + m.length);
    const bool adjective =
        m.length == 1 && next != nullptr && next->kind == TokenKind::kWord &&
        !HasRole(*next, kRoleSubjectStop) && !IsCapitalized(*next);
    if ((d_[i].lower == "a" || d_[i].lower == "an") && next != nullptr &&
        next->kind == TokenKind::kWord) {
      const absl::string_view w = next->lower;
      const bool point = lexicon::IsPointInTimeWord(w);
      const bool ordinal =
          d_[i + 1].lower == "second" && !HasRole(*next, kRoleSubjectStop);
      if (ordinal) return i;  // "a second tremor"
      if (point) {  // "980 a year earlier"; "up 4.1% on a year earlier",
                    // the base of a change: year on year
        const bool base = (IsWord(i - 1, "from") || IsWord(i - 1, "on")) &&
                          InsideFigure(i - 2);
        const bool past = lexicon::IsPastPointWord(w) && PastPointAnchored(i);
        return InsideFigure(i - 1) || base || past ? i + m.length + 1
                   : i;
      }
    }
    return adjective ? i : i + m.length;  // not "hourly earnings"
  }
  if ((IsWord(i + 1, "rest") || IsWord(i + 1, "remainder")) &&
      IsWord(i, "the") && IsWord(i + 2, "of")) {
    const int end = PeriodAfterOf(i + 3);  // "(for) the rest of the year"
    return end > 0 ? end : i;
  }
  const int date = DateEnd(i);
  if (date > i) return date;
  if (HasRole(d_[i], kRoleMonth)) {  // the cheap test before the call
    const int months = MonthRangeEnd(i);
    if (months > i) return months;
  }
  if (IsWord(i + 1, "same")) {  // the rare word before the call
    const int same = SamePeriodEnd(i);
    if (same > i) return same;
  }
  if (InsideFigure(i - 1)) {  // the cheap test first: most words follow none
    const int earlier = EarlierSittingEnd(t_, i);  // "7% last time"
    if (earlier > i) return earlier;
  }
  const int clock = OccasionEnd(i);  // "by late afternoon", "the first round"
  if (clock > i) return clock;
  const int kind = KindOfPeriodEnd(i);  // "in a normal year"
  if (kind > i) return kind;
  if (!MayOpenPeriod(i)) return i;
  const int named = NamedSeasonEnd(i);
  if (named > i) return named;
  int k = IsWord(i, "the") ? i + 1 : i;
  const Token* t = At(k);
  if (t == nullptr || t->kind == TokenKind::kNumber) return i;
  if (k > i && InsideFigure(i - 1) && HasRole(*t, kRolePeriodNoun) &&
      IsWordWith(k + 1, lexicon::IsPointInTimeWord)) {
    return k + 2;  // "817 the year before"
  }
  if (HasRole(*t, kRolePeriodOpener) && t->kind == TokenKind::kWord) {
    int j = k + 1;
    if (IsWordWith(j, lexicon::IsYearKindWord)) {  // "last fiscal year"
      ++j;
    }
    const bool counted = At(j + 1) && HasRole(*At(j + 1), kRolePeriodNoun);
    if (counted && At(j)->kind == TokenKind::kNumber && !IsYearToken(j)) {
      ++j;  // "the past 12 months"
    } else if (counted && lex_.NumberWord(*At(j)) != nullptr) {
      ++j;  // "the past five years", not "the first quarter"
    }
    if (At(j) && (HasRole(*At(j), kRolePeriodNoun) || PeriodPossessive(j))) {
      return j + 1;  // "last year", "last year's revenue"
    }
    if (IsYearToken(j)) return j + 1;  // "fiscal 2024"
    if (k == i && j == k + 1 && MonthAt(j)) return j + 1;  // "last December"
    if (k == i && j == k + 1 && IsWordWith(k, lexicon::IsDayPartOpener) &&
        IsWordWith(j, lexicon::IsDayPartWord)) {
      return j + 1;  // "this morning", "last night"
    }
    return i;
  }
  const int edge = PeriodEdgeEnd(i);
  if (edge > i) return edge;
  const int until = PeriodToDateEnd(i);
  if (until > i) return until;
  const int span = PeriodSpanEnd(i);
  if (span > i) return span;
  if ((IsWord(i, "between") || IsWord(i, "from")) && IsYearToken(i + 1) &&
      IsWordWith(i + 2, lexicon::IsYearSpanJoiner) && IsYearToken(i + 3)) {
    return i + 4;  // "between 2019 and 2023"
  }
  const int months = BetweenMonthsEnd(i);
  if (months > i) return months;
  if ((IsWordWith(i, lexicon::IsYearPreposition) || IsWord(i, "fiscal")) &&
      IsYearToken(i + 1)) {
    return i + 2;
  }
  if (IsCapitalized(*t) && HasRole(*t, kRoleMonth) && IsYearToken(i + 1))
    return i + 2;
  if (IsWord(i, "since") && IsWord(i + 1, "the") && DecadeAt(i + 2)) {
    return i + 4;  // "since the 1990s"; "in the 1990s" is often a story's
                   // background, far from its figures
  }
  if (IsWord(i, "in") && IsWord(i + 1, "the") && DecadeAt(i + 2) &&
      FigureEndsJustBefore(i)) {
    return i + 4;  // "about 90 days in the 1980s", "8 metres deep in the
                   // 1990s": the decade the figure held in
  }
  const int part = MonthPartEnd(i);
  if (part > i) return part;
  const Token* month = At(i + 1);
  if ((IsWord(i, "in") || IsWord(i, "since") || IsWord(i, "during") ||
       IsWord(i, "until") || IsWord(i, "through")) &&
      month != nullptr && IsCapitalized(*month) &&
      HasRole(*month, kRoleMonth)) {
    const int range = MonthRangeEnd(i + 1);  // "in March-May"
    if (range > i + 1) return range;
    return IsYearToken(i + 2) ? i + 3 : MonthYearEnd(i + 2);  // "in September"
  }
  return i;
}

int ContextFinder::BetweenMonthsEnd(int i) const {
  if (!IsWord(i, "between") || !MonthAt(i + 1) ||
      !IsCapitalized(d_[i + 1])) {
    return i;  // the cheap test first: most spans are no months'
  }
  const int first_end = MonthDateEnd(i + 1, false);
  if (!IsWord(first_end, "and") || !MonthAt(first_end + 1) ||
      !IsCapitalized(d_[first_end + 1])) {
    return i;
  }
  const int end = MonthDateEnd(first_end + 1, false);
  const Token* after = At(end);  // "between May and June Smith's arrival":
  const bool name = after != nullptr &&  // the second "month" opens a name
                    after->kind == TokenKind::kWord && IsCapitalized(*after);
  return name ? i : end;
}

int ContextFinder::OccasionEnd(int i) const {
  // Both shapes open with a time lead (kRoleTimeLead): "the" or a month part
  // word (lexicon::IsMonthPartWord: "early", "late", "mid").
  if (!HasRole(d_[i], kRoleTimeLead)) return i;
  const Token* next = At(i + 1);
  if (next == nullptr || next->kind != TokenKind::kWord) return i;
  // The words from i first: most leads open neither shape, and then the
  // preposition before them need not be read.
  const bool day_part = IsWordWith(i, lexicon::IsMonthPartWord) &&
                        lexicon::IsDayPartWord(next->lower);
  const bool round = !day_part && IsWord(i, "the") &&
                     HasRole(*next, kRolePeriodOpener) &&
                     IsWordWith(i + 2, lexicon::IsRoundNoun) &&
                     !IsWord(i + 3, "of");
  if (!day_part && !round) return i;
  const bool opened = IsWordWith(i - 1, lexicon::IsOccasionPreposition) ||
                      (IsWord(i - 1, "the") &&
                       IsWordWith(i - 2, lexicon::IsOccasionPreposition));
  if (!opened) return i;
  if (day_part) return i + 2;  // "by late afternoon", "in the early evening"
  // "in the first round"; not "the second round of talks", nor a funding
  // round ("raised $20 million in the first round")
  return SentenceOfAVote() ? i + 3 : i;
}

bool ContextFinder::SentenceOfAVote() const {
  for (const Token& w : t_) {
    if (w.kind == TokenKind::kWord && lexicon::IsVoteWord(w.lower)) return true;
  }
  return false;
}

int ContextFinder::MonthRangeEnd(int i) const {
  if (!MonthAt(i) || !CompoundDash(i + 1) || !MonthAt(i + 2)) return i;
  const bool noun = IsWordWith(i + 3, lexicon::IsPeriodPhraseHead) ||
                    (At(i + 3) != nullptr && HasRole(d_[i + 3], kRolePeriodNoun));
  return noun ? i + 4 : i + 3;
}

int ContextFinder::MonthYearEnd(int k) const {
  if (!HasRole(d_[k - 1], kRoleMonth) || At(k) == nullptr ||
      !HasRole(d_[k], kRolePeriodOpener)) {
    return k;  // the cheap test first: most months end their period
  }
  return IsWord(k + 1, "year") ? k + 2 : k;  // not "in May first-half"
}

Mention ContextFinder::PeriodModifierInClause(const FigurePlace& p) const {
  constexpr int kReach = 8;  // "the annual licence fee for each shack to"
  if (IsWord(p.end + 1, "in") && IsWordWith(p.end, lexicon::IsChangeNoun)) {
    const Mention after = PeriodModifierAt(p.end + 2);
    if (after.first >= 0) return after;  // "a 41% rise in nine-month profit"
  }
  // the word before the figure first: most figures are no sum's level, and
  // then the clause need not be read
  if (!SumLevelLinked(p)) return Mention{-1, -1};
  const int stop = std::max(0, p.first - kReach);
  int j = p.first - 1;
  while (j >= stop && !(InsideFigure(j)
                            ? (inside_[j] & kModifierEnd) != 0
                            : IsWordWith(j, lexicon::IsPeriodicAdjective))) {
    --j;  // the cheap test first: most clauses hold no period modifier
  }
  if (j < stop) return Mention{-1, -1};
  while (j > 0 && InsideFigure(j - 1) && FigureStartingAt(j) == nullptr) --j;
  const Mention m = PeriodModifierAt(j);
  if (m.first < 0) return m;
  for (int k = m.end; k < p.first; ++k) {  // no break or figure between
    const Token& t = d_[k];
    if (InsideFigure(k) || IsSymbol(t, ",") || IsSymbol(t, ";") ||
        (t.kind == TokenKind::kWord && lexicon::IsContrastWord(t.lower))) {
      return Mention{-1, -1};
    }
  }
  return m;
}

bool ContextFinder::SumLevelLinked(const FigurePlace& p) const {
  return IsWordWith(p.first - 1, lexicon::IsBeForm) ||  // "is one-third less"
         (p.money && (IsWordWith(p.first - 1, lexicon::IsSumLevelLink) ||
                      IsWordWith(p.first - 1, lexicon::IsSumReachVerb)));
}

Mention ContextFinder::PeriodModifierAt(int k) const {
  constexpr int kNounReach = 3;  // "nine-month net attributable profit"
  const Token* t = At(k);
  if (t == nullptr) return Mention{-1, -1};
  int end = k + 1;
  if (InsideFigure(k)) {
    const FigurePlace* f = FigureStartingAt(k);
    if (f == nullptr || !Adjectival(*f) ||
        !HasRole(d_[f->end - 1], kRolePeriodNoun)) {
      return Mention{-1, -1};  // not "a 20-litre", "the 2,000-tonne"
    }
    end = f->end;  // "nine-month"
  } else if (t->kind != TokenKind::kWord || (IsCapitalized(*t) && k > 0) ||
             !lexicon::IsPeriodicAdjective(t->lower)) {  // "Daily wages are"
    return Mention{-1, -1};
  }
  for (int j = end; j < end + kNounReach && j < n_; ++j) {
    const Token& w = d_[j];
    if (w.kind != TokenKind::kWord || InsideFigure(j) || IsCapitalized(w) ||
        HasRole(w, kRoleSubjectStop)) {
      break;
    }
    if (lexicon::IsResultsNoun(w.lower) || lexicon::IsPeriodicSumNoun(w.lower)) {
      return Mention{k, end};
    }
  }
  return Mention{-1, -1};
}

int ContextFinder::YearModifierInClause(const FigurePlace& p) const {
  constexpr int kYearModifierReach = 8;  // "their 2027 inflation forecast to"
  const int stop = std::max(2, p.first - kYearModifierReach);
  bool year_in_reach = false;  // the cheap test first: most clauses have none
  for (int y = stop - 1; y < p.first - 1 && !year_in_reach; ++y) {
    year_in_reach = IsYearToken(y) && !InsideFigure(y);
  }
  if (!year_in_reach) return -1;
  for (int j = p.first - 1; j >= stop; --j) {
    const Token& t = d_[j];
    if (InsideFigure(j)) {
      if ((j + 1 < p.first && InsideFigure(j + 1)) || IsWord(j + 1, "from") ||
          IsWord(j + 1, "to")) {
        continue;
      }
      return -1;  // "to 3.6% from 4.1%": the pair shares its period
    }
    if (IsSymbol(t, ",") || IsSymbol(t, ";") ||
        lexicon::IsContrastWord(t.lower)) {
      return -1;
    }
    const int year = YearModifierBefore(j);
    if (year >= 0 && YearScopedNounAfter(t_, year, p.first)) return year;
  }
  return -1;
}

bool ContextFinder::FigureEndsJustBefore(int i) const {
  return InsideFigure(i - 1) ||
         (InsideFigure(i - 2) && d_[i - 1].kind == TokenKind::kWord);
}

int ContextFinder::KindOfPeriodEnd(int i) const {
  if (!(IsWord(i, "in") || IsWord(i, "during")) ||
      !(IsWord(i + 1, "a") || IsWord(i + 1, "an"))) {
    return i;  // the cheap test first: most periods open otherwise
  }
  const Token* kind = At(i + 2);
  const Token* noun = At(i + 3);
  const bool read =
      kind != nullptr && noun != nullptr && kind->kind == TokenKind::kWord &&
      !IsCapitalized(*kind) && !InsideFigure(i + 2) &&
      !HasRole(*kind, kRoleSubjectStop | kRolePeriodNoun) &&
      lex_.NumberWord(*kind) == nullptr && noun->kind == TokenKind::kWord &&
      HasRole(*noun, kRolePeriodNoun) && !LooksPlural(noun->lower);
  return read ? i + 4 : i;
}

bool ContextFinder::DecadeAt(int k) const {
  const Token* s = At(k + 1);
  return IsYearToken(k) && !InsideFigure(k) &&
         static_cast<int>(d_[k].value) % 10 == 0 && s != nullptr &&
         !s->space_before && s->lower == "s";
}

int ContextFinder::ForYearEnd(int i) const {
  if (!IsWord(i, "for")) return i;
  if (MonthAt(i + 1) && IsCapitalized(d_[i + 1]) && !MonthIsAName(i + 1)) {
    // "bookings for March", "net profit for October to December", "planned
    // for December and January": a month, or a span of months, is the
    // figure's period; not "for May to resign", nor a month modifying a noun
    // ("for March tickets")
    const int end = MonthDateEnd(i + 1, false);
    const bool to =
        IsWord(end, "to") || IsWord(end, "and") || CompoundDash(end);
    if (to && MonthAt(end + 1) && IsCapitalized(d_[end + 1])) {
      return MonthDateEnd(end + 1, false);
    }
    return to || ModifierAfter(end) ? i : end;
  }
  const bool year = IsYearToken(i + 1);
  const Token* noun = At(i + 2);  // "for the quarter": a results period
  const bool period = !year && IsWord(i + 1, "the") && noun != nullptr &&
                      HasRole(*noun, kRolePeriodNoun) &&
                      !LooksPlural(noun->lower) &&
                      !lexicon::IsIdiomPeriodNoun(noun->lower);
  if (!year && !period) return i;
  const int end = year ? i + 2 : i + 3;
  const Token* after = At(end);
  if (after != nullptr && lexicon::IsPeriodEndWord(after->lower)) {
    return i;  // "for the quarter ended June 30": the period reads on
  }
  const bool verb = after != nullptr && after->kind == TokenKind::kWord &&
                    (lexicon::IsBeForm(after->lower) ||
                     lexicon::IsFiniteAuxiliary(after->lower) ||
                     LooksLikeVerb(after->lower) || IrregularPast(after->lower));
  // "for the season" before a mark or a stop word names a figure's period
  // only if it opens its clause or a figure stands before it there ("For the
  // year, sales rose", "rose 8% for the year, it said"; not "He was jailed
  // for the year, and his partner was fined £500")
  const auto scopes = [this, i]() {
    for (int k = i - 1; k >= 0; --k) {
      if (InsideFigure(k)) return true;
      if (d_[k].kind == TokenKind::kSymbol) return k == i - 1;
    }
    return i == 0;
  };
  const bool mark = after == nullptr || after->kind == TokenKind::kSymbol ||
                    HasRole(*after, kRoleSubjectStop);
  const bool amount = after != nullptr && HasRole(*after, kRoleQuantityVerb);
  const bool ends = year ? mark || amount
                         : verb || amount ||  // "Net profit for the quarter came in"
                               (mark && scopes());
  return ends && !InsideFigure(i + 1) ? end : i;
}

int ContextFinder::DateEnd(int i) const {
  // Every date preposition (lexicon::IsDatePreposition) is a time lead
  // (kRoleTimeLead): a token without the role opens no date.
  if (!HasRole(d_[i], kRoleTimeLead)) return i;
  int k = i + 1;
  const bool day_first = DayNumberAt(k) && MonthAt(k + 1);
  if (day_first) ++k;  // "on 1 July"
  // The month first: most leads ("the", "in") have none after them.
  if (!MonthAt(k) || !IsWordWith(i, lexicon::IsDatePreposition)) return i;
  if (!day_first && !DayNumberAt(k + 1) &&
      (!IsWordWith(i, lexicon::IsBareMonthPreposition) || MonthIsAName(k))) {
    return i;  // "in September" alone: PeriodAt's own reading
  }
  const int end = MonthDateEnd(k, day_first);
  if (!IsWordWith(end, lexicon::IsDateRangeJoiner)) return end;
  const int to_day = DayNumberAt(end + 1) && MonthAt(end + 2) ? end + 2 : -1;
  if (to_day > 0) return MonthDateEnd(to_day, true);  // "to 30 June"
  return MonthAt(end + 1) ? MonthDateEnd(end + 1, false) : end;
}

int ContextFinder::MonthDateEnd(int k, bool day_first) const {
  int end = k + 1;
  const Token* stop = At(end);
  if (!day_first && stop != nullptr && IsSymbol(*stop, ".") &&
      !stop->space_before && DayNumberAt(end + 1)) {
    ++end;  // "on Oct. 5": the abbreviation's full stop
  }
  if (!day_first && DayNumberAt(end)) ++end;  // "by March 31"
  return IsYearToken(end) ? end + 1 : MonthYearEnd(end);
}

bool ContextFinder::MonthIsAName(int k) const {
  const Token* next = At(k + 1);
  return next != nullptr && next->kind == TokenKind::kWord &&
         (IsCapitalized(*next) || LooksLikeVerb(next->lower) ||
          IrregularPast(next->lower));
}

int ContextFinder::WeekdayEnd(int i) const {
  if (!IsCapitalized(d_[i]) ||
      (At(i + 1) != nullptr && IsCapitalized(d_[i + 1])))
    return i;
  const Token* part = At(i + 1);
  const bool day_part =
      part != nullptr && lexicon::IsDayPartWord(part->lower);
  return day_part ? i + 2 : i + 1;
}

int ContextFinder::MonthPartEnd(int i) const {
  if (!IsWordWith(i, lexicon::IsMonthPartWord)) {
    return i;
  }
  int k = i + 1;
  if (IsWord(i, "mid") && At(k) != nullptr && IsDash(d_[k])) ++k;
  const Token* month = At(k);
  if (month == nullptr || !IsCapitalized(*month) ||
      !HasRole(*month, kRoleMonth)) {
    return i;
  }
  return IsYearToken(k + 1) ? k + 2 : k + 1;
}

bool ContextFinder::MayOpenPeriod(int i) const {
  if (HasRole(d_[i], kRolePeriodOpener)) return true;
  const Token* next = At(i + 1);
  if (next == nullptr) return false;
  if (IsWord(i, "the")) {
    return HasRole(*next,
                   kRolePeriodNoun | kRolePeriodOpener | kRoleNumberWord) ||
           IsYearToken(i + 1);  // "the 2025/26 season"
  }
  return next->lower == "the" || HasRole(*next, kRoleMonth) ||
         IsYearToken(i + 1) || (IsDash(*next) && IsWord(i, "mid")) ||
         (HasRole(*next, kRolePeriodNoun) && IsWord(i + 2, "of") &&
          IsYearToken(i + 3));  // "by spring of 2012"
}

int ContextFinder::PeriodToDateEnd(int i) const {
  int k = IsWord(i, "in") || IsWord(i, "over") ? i + 1 : i;
  if (!IsWord(k, "the")) return i;
  ++k;
  if (StartsNumber(k) && !InsideFigure(k) && At(k + 1) != nullptr &&
      HasRole(*At(k + 1), kRolePeriodNoun)) {
    ++k;  // "the three months to"; not "the quarter"
  } else if (LowerNoun(k) && At(k + 1) != nullptr &&
             HasRole(*At(k + 1), kRolePeriodNoun) &&
             IsWordWith(k + 2, lexicon::IsPeriodEndWord)) {
    ++k;  // "the marketing year to June", "the financial year to March"
  }
  if (At(k) == nullptr || !HasRole(*At(k), kRolePeriodNoun) ||
      !IsWordWith(k + 1, lexicon::IsPeriodEndWord)) {
    return i;
  }
  if (IsWord(k + 2, "the") && IsWordWith(k + 3, lexicon::IsPeriodEdge) &&
      IsWord(k + 4, "of")) {
    k += 3;  // "the six months to the end of June"
  }
  const bool day_first = DayNumberAt(k + 2) && MonthAt(k + 3);
  if (day_first) ++k;  // "the year to 31 March"
  if (!MonthAt(k + 2)) return i;
  int end = k + 3;
  if (!day_first && DayNumberAt(end)) ++end;  // "September 30"
  return IsYearToken(end) ? end + 1 : end;
}

int ContextFinder::PeriodSpanEnd(int i) const {
  if (!IsWord(i, "the") ||
      !IsWordWith(i - 1, lexicon::IsPeriodSpanPreposition)) {
    return i;
  }
  const Token* noun = At(i + 1);
  if (noun == nullptr || !HasRole(*noun, kRolePeriodNoun) ||
      LooksPlural(noun->lower) || IsWordWith(i + 1, lexicon::IsChangeNoun) ||
      lexicon::IsIdiomPeriodNoun(noun->lower) ||
      IsWordWith(i - 2, lexicon::IsPointInTimeWord)) {
    return i;  // "over the years", "in the fall in prices", "back in the
               // day", "earlier in the week"
  }
  const Token* after = At(i + 2);
  if (after != nullptr && after->kind == TokenKind::kWord &&
      (HasRole(*after, kRoleSubjectStop) ||
       lexicon::IsPeriodEndWord(after->lower))) {
    return i;  // "in the year to June", "in the week after the storm"
  }
  return i + 2;
}

void ContextFinder::DurationPeriods(absl::Span<const v1::Figure> figures) {
  for (size_t d = 1; d < places_.size(); ++d) {
    if (figures[d].dimension() != v1::DIMENSION_DURATION) continue;
    const FigurePlace& span = places_[d];
    Mention m{-1, -1};
    int before = span.first;  // the span preposition, or the figure
    if (IsWordWith(span.first, lexicon::IsPeriodSpanPreposition)) {
      m = {span.first, span.end};  // "within six months": in the figure
    } else if (IsWordWith(span.first - 1, lexicon::IsPeriodSpanPreposition)) {
      m = {span.first, span.end};  // "over four years": the subject is
      before = span.first - 1;     // still read past the preposition
    } else if (IsWord(span.first - 1, "the") &&
               IsWordWith(span.first - 2, lexicon::IsPeriodSpanPreposition)) {
      m = {span.first, span.end};  // "shipped 0.8 million tonnes in the six
      before = span.first - 2;     // months": the period named before
    } else if (IsWordWith(span.end, lexicon::IsPointInTimeWord)) {
      m = {span.first, span.end + 1};  // "five years earlier"
    }
    if (m.first < 0 || IsWordWith(before - 1, lexicon::IsOccasionNoun) ||
        !PlainPhraseBetween(places_[d - 1].end, before) ||
        RecordBefore(places_[d - 1].first)) {
      continue;  // not "the first time in eight years", "the biggest ... in"
    }
    times_.insert(std::upper_bound(times_.begin(), times_.end(), m,
                                   [](const Mention& a, const Mention& b) {
                                     return a.first < b.first;
                                   }),
                  m);
  }
}

bool ContextFinder::RecordBefore(int k) const {
  constexpr int kMaxRecordWords = 6;  // "biggest one - day fall of"
  for (int j = k - 1; j >= 0 && j >= k - kMaxRecordWords; --j) {
    if (d_[j].kind == TokenKind::kSymbol && !IsDash(d_[j])) return false;
    if (IsWordWith(j, lexicon::IsRecordAdjective)) return true;
  }
  return false;
}

bool ContextFinder::PlainPhraseBetween(int from, int to) const {
  if (to - from > 4) return false;
  for (int k = from; k < to; ++k) {
    const Token& t = d_[k];
    if (t.kind != TokenKind::kWord || InsideFigure(k) || Gerund(t.lower) ||
        VerbForm(t.lower) || HasRole(t, kRoleQuantityVerb) ||
        lexicon::IsClauseSplitter(t.lower) ||
        lexicon::IsListConjunction(t.lower)) {
      return false;  // "£2m for him and he left within two years"
    }
  }
  return true;
}

bool ContextFinder::DayNumberAt(int k) const {
  const Token* day = At(k);
  return day != nullptr && day->kind == TokenKind::kNumber &&
         !InsideFigure(k) && !IsYearToken(k) && !day->has_decimal &&
         day->int_digits <= 2;
}

bool ContextFinder::MonthAt(int k) const {
  const Token* month = At(k);
  return month != nullptr && IsCapitalized(*month) &&
         HasRole(*month, kRoleMonth);
}

int ContextFinder::NamedSeasonEnd(int i) const {
  int k = IsWord(i, "the") ? i : i + 1;
  if (IsWord(k, "the")) ++k;  // also "by spring of 2012"
  const Token* season = At(k);
  if (season != nullptr && HasRole(*season, kRolePeriodNoun) &&
      IsWord(k + 1, "of") && IsYearToken(k + 2)) {
    return k + 3;  // "the summer of 2024"
  }
  if (!IsYearToken(k) || !IsWord(k - 1, "the")) return i;
  int end = k + 1;
  const Token* slash = At(end);
  const Token* second = At(end + 1);
  if (slash != nullptr && second != nullptr && !slash->space_before &&
      !second->space_before && (IsSymbol(*slash, "/") || IsDash(*slash)) &&
      second->kind == TokenKind::kNumber && !InsideFigure(end + 1) &&
      (second->int_digits == 2 || IsYearToken(end + 1))) {
    end += 2;  // "2025/26"
  }
  return DatedNounEnd(k, end, i);
}

int ContextFinder::DatedNounEnd(int year, int k, int i) const {
  constexpr int kModifierReach = 2;  // "the 2023 local council elections"
  int n = k;
  while (n < k + kModifierReach &&
         IsWordWith(n, lexicon::IsDatedNounModifier)) {
    ++n;
  }
  const Token* noun = At(n);
  if (noun == nullptr || noun->kind != TokenKind::kWord) return i;
  if (HasRole(*noun, kRolePeriodNoun)) return n + 1;  // "2025-26 fiscal year"
  const bool when = IsWordWith(year - 2, lexicon::IsYearPreposition) ||
                    IsWord(year - 2, "at");  // not "of the 2016 election"
  if (!when || !(lexicon::IsYearScopedNoun(noun->lower) ||
                 lexicon::IsDatedSittingNoun(noun->lower))) {
    return i;
  }
  // A relative clause set off by a comma, with no figure of its own, dates
  // its own event, not the main clause's figures: "The minister, who lost
  // her seat in the 2019 general election, said 40 schools would close".
  for (int j = year - 3; j > 0 && !InsideFigure(j); --j) {
    if (!IsSymbol(d_[j], ",")) continue;
    if (!IsWordWith(j + 1, lexicon::IsRelativeOpener)) return n + 1;
    for (int k = n + 1; k < n_ && !IsSymbol(d_[k], ","); ++k) {
      if (InsideFigure(k)) return n + 1;  // "who won 40% in the 2019 vote"
    }
    return i;
  }
  return n + 1;
}

bool ContextFinder::PastPointAnchored(int i) const {
  constexpr int kNounReach = 3;  // "1,402 government schools a year ago"
  if (i == 0 || d_[i - 1].kind == TokenKind::kSymbol) {
    return true;  // "A day earlier, six people ..."
  }
  for (int j = i - 1; j >= 0 && j >= i - 1 - kNounReach; --j) {
    if (InsideFigure(j)) return true;
    if (IsWord(j, "than") && j == i - 1) continue;  // "40% higher than"
    if (d_[j].kind != TokenKind::kWord || IsCapitalized(d_[j]) ||
        HasRole(d_[j], kRoleSubjectStop)) {
      return false;  // "his prediction a year ago", "caucuses a week earlier"
    }
  }
  return false;
}

int ContextFinder::SamePeriodEnd(int i) const {
  if (!IsWord(i, "the") || !IsWord(i + 1, "same")) return i;
  const Token* noun = At(i + 2);
  if (noun == nullptr || !(HasRole(*noun, kRolePeriodNoun) ||
                           IsWordWith(i + 2, lexicon::IsSamePeriodNoun))) {
    return i;
  }
  if (IsWord(i + 3, "of") || IsWord(i + 3, "in")) {
    const int end = PeriodAfterOf(i + 4);  // "the same period of 2023"
    return end > 0 ? end : i;
  }
  const int end = TimeAt(i + 3);  // "the same quarter last year"
  return end > i + 3 ? end : i;   // "the same period" alone: anaphora
}

int ContextFinder::PeriodEdgeEnd(int i) const {
  if (!IsWord(i + 1, "the")) return i;
  if ((IsWord(i, "by") || IsWord(i, "until") || IsWord(i, "since") ||
       (InsideFigure(i - 1) &&
        IsWordWith(i, lexicon::IsPeriodSpanPreposition) &&
        !IsWordWith(i + 2, lexicon::IsActNounSeason))) &&
      IsWordWith(i + 2, lexicon::IsSeason) && !IsWord(i + 3, "of")) {
    return i + 3;  // "by the spring", "spent €2 million in the summer"; not
                   // "in the fall" away from a figure, mostly an election's,
                   // nor right after one: "plunged 30 metres in the fall"
  }
  if (!IsWord(i + 3, "of")) return i;
  if (!IsWordWith(i, lexicon::IsYearPreposition) && !IsWord(i, "at") &&
      !IsWord(i, "before")) {
    return i;
  }
  if (!IsWordWith(i + 2, lexicon::IsPeriodEdge)) return i;
  const int end = PeriodAfterOf(i + 4);
  return end > 0 ? end : i;
}

int ContextFinder::PeriodAfterOf(int k) const {
  if (IsYearToken(k)) return k + 1;
  const Token* t = At(k);
  if (t != nullptr && IsCapitalized(*t) && HasRole(*t, kRoleMonth)) {
    return IsYearToken(k + 1) ? k + 2 : k + 1;
  }
  if ((IsWord(k, "the") || IsWord(k, "this") || IsWord(k, "next") ||
       IsWord(k, "last")) &&
      At(k + 1) != nullptr && HasRole(*At(k + 1), kRolePeriodNoun)) {
    return k + 2;
  }
  return -1;
}

int ContextFinder::PlaceStart(int i) const {
  const Token* t = At(i);
  if (t == nullptr || t->kind != TokenKind::kWord ||
      !HasRole(*t, kRolePlacePreposition)) {
    return i;
  }
  int k = IsWord(i + 1, "the") ? i + 2 : i + 1;
  // "in the inland city of Asahikawa": one modifier before the place noun
  const int noun = k > i + 1 && LowerNoun(k) &&
                           IsWordWith(k + 1, lexicon::IsPlaceNoun)
                       ? k + 1
                       : k;
  if (IsWordWith(noun, lexicon::IsPlaceNoun) && IsWord(noun + 1, "of") &&
      PlaceWord(noun + 2)) {
    return noun + 2;  // "in the port of Algeciras", "in the city of Lyon"
  }
  if (IsWordWith(k, lexicon::IsCompassAdjective) && !IsCapitalized(d_[k]) &&
      PlaceWord(k + 1)) {
    ++k;  // "across the northern Sacramento Valley", "in eastern Ukraine"
  }
  return k;
}

bool ContextFinder::CompassPairAt(int j) const {
  return IsWordWith(j, lexicon::IsListConjunction) && PlaceWord(j + 1) &&
         PlaceWord(j + 2) && lexicon::IsCompassPoint(d_[j - 1].lower) &&
         lexicon::IsCompassPoint(d_[j + 1].lower);
}

// The key under which scratch_.named_areas keeps DivisionsNamedIn's answer
// for the document, the same for "state" and "province": no area noun holds
// a space.
constexpr absl::string_view kDivisionsKey = " divisions";

std::vector<std::pair<int, int>> ContextFinder::AreaNamesIn(
    absl::string_view noun) const {
  std::vector<std::pair<int, int>> named;
  if (lexicon::IsAdminAreaHead(noun)) named = NamedAreasIn(text_, noun);
  NamedAfterKindIn(text_, noun, &named);
  if (lexicon::IsDivisionKindNoun(noun)) {
    // one scan per document (AreaPlace has synced scratch_), not per noun
    auto divisions = scratch_.named_areas.find(kDivisionsKey);
    if (divisions == scratch_.named_areas.end()) {
      std::vector<std::pair<int, int>> found;
      DivisionsNamedIn(text_, &found);
      divisions = scratch_.named_areas
                      .emplace(std::string(kDivisionsKey), std::move(found))
                      .first;
    }
    named.insert(named.end(), divisions->second.begin(),
                 divisions->second.end());
  }
  std::sort(named.begin(), named.end());
  return named;
}

std::string ContextFinder::AreaPlace(const Mention& area) const {
  const Token& noun = d_[area.first];
  if (area.end == area.first + 1 && IsWord(area.first - 1, "the") &&
      lexicon::IsCountryNoun(noun.lower)) {
    const absl::string_view country = StoryCountry();  // "across the country"
    if (!country.empty()) return std::string(country);
  }
  if (area.end != area.first + 1 || !IsWord(area.first - 1, "the") ||
      !(lexicon::IsAdminAreaHead(noun.lower) ||
        lexicon::IsPlaceNoun(noun.lower))) {
    return Slice(area.first, area.end);  // "nationwide"
  }
  SyncScratch();  // one scan of the text per noun, not one per figure
  auto known = scratch_.named_areas.find(noun.lower);
  if (known == scratch_.named_areas.end()) {
    known = scratch_.named_areas
                .emplace(std::string(noun.lower), AreaNamesIn(noun.lower))
                .first;
  }
  const std::vector<std::pair<int, int>>& named = known->second;
  if (named.empty()) {
    // "in the district" stays "district"; "in the village" names nothing
    return lexicon::IsAreaNoun(noun.lower) ? Slice(area.first, area.end)
                                           : std::string();
  }
  auto after = std::lower_bound(named.begin(), named.end(),
                                std::make_pair(noun.begin, 0));
  if (after != named.begin()) --after;  // the nearest before, else the first
  return std::string(text_.substr(after->first, after->second - after->first));
}

int ContextFinder::CapitalRun(int i) const {
  int end = i;
  int j = i;
  while (j < n_) {
    if (PlaceWord(j)) {
      end = ++j;
      if (At(j) && IsSymbol(*At(j), ".") && !At(j)->space_before &&
          d_[j - 1].raw.size() == 1) {
        end = ++j;  // "U.S."
      }
      continue;
    }
    if (j > i && IsWord(j, "of") && PlaceWord(j + 1)) {
      ++j;
      continue;
    }
    if (j == i + 1 && d_[j].kind == TokenKind::kWord &&
        d_[j].lower.size() <= 3 && CompassPairAt(j)) {  // "and", "or" first
      j += 2;  // "North and South Kivu": one name
      continue;
    }
    if (j > i && CompoundDash(j) && PlaceWord(j + 1)) {
      ++j;  // "Guinea-Bissau", "the Do-O Expressway"
      continue;
    }
    break;
  }
  return end;
}

}  // namespace figure_internal
}  // namespace factwire
