// The shapes of header text: sentence ends, title case, section labels, ledes
// and standfirsts, quotation, capitalised words.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"
#include "ingest-service/parse/dates.h"
#include "ingest-service/parse/header_words.h"
#include "ingest-service/parse/layout.h"
#include "ingest-service/parse/layout_internal.h"
#include "ingest-service/parse/utf8.h"

namespace factwire {
namespace layout_internal {
namespace {

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c == '\n';
}

// U+00A0 NO-BREAK SPACE in UTF-8: pages pad blank lines with it.
constexpr absl::string_view kNoBreakSpace = "\xC2\xA0";

// True when text[at, end) starts with a no-break space.
bool IsNoBreakSpaceAt(absl::string_view text, size_t at, size_t end) {
  return end - at >= kNoBreakSpace.size() &&
         text.substr(at, kNoBreakSpace.size()) == kNoBreakSpace;
}

bool HasQuoteMark(absl::string_view s) {
  return absl::StrContains(s, "\"") || absl::StrContains(s, "\xE2\x80\x9C") ||
         absl::StrContains(s, "\xE2\x80\x9D");
}

// True when an auxiliary ("has", "have", "had", "was", "were") is followed by
// a participle-like word ("has approved", "have been", "was taken"): a news
// lede reports what happened; a standfirst sums up in the present.
bool HasPerfectOrPassive(absl::string_view s) {
  static const char* const kAuxiliaries[] = {" has ", " have ", " had ", " was ",
                                             " were "};
  for (const char* aux : kAuxiliaries) {
    for (size_t at = s.find(aux); at != absl::string_view::npos;
         at = s.find(aux, at + 1)) {
      const size_t begin = at + std::char_traits<char>::length(aux);
      size_t end = begin;
      while (end < s.size() && absl::ascii_isalpha(s[end])) ++end;
      const absl::string_view word = s.substr(begin, end - begin);
      if (word.size() > 3 && (absl::EndsWith(word, "ed") || absl::EndsWith(word, "en")))
        return true;
    }
  }
  return false;
}

// "Workers told the site will shut in March", "Staff told to stay home": a
// reported verb at `at` after a subject of one or two words, in a line that ends
// no sentence, sums up as a headline does (the "are" left out); a lede
// ("The manager told the hearing that …") ends its sentence.
bool IsHeadlineStyleReport(absl::string_view s, size_t at) {
  constexpr int kMaxSubjectWords = 2;
  return !EndsSentence(s) && WordCount(s.substr(0, at)) <= kMaxSubjectWords;
}

// "Ruth Amsel and Tomas Kerr", "Ruth Amsel, Reuters": a few words, each
// capitalised but "and" and "&".
bool IsNameList(absl::string_view s) {
  constexpr int kMaxNameListWords = 6;
  if (WordCount(s) > kMaxNameListWords) return false;
  for (absl::string_view word : absl::StrSplit(s, ' ', absl::SkipEmpty())) {
    if (word == "and" || word == "&") continue;
    if (!OpensWithCapital(word)) return false;
  }
  return true;
}

// True when `lines` (of `text`) are single-spaced copy: several lines, no blank
// line between any two, and none running on into a lowercase next line (a
// hard-wrapped block). There every line break ends a paragraph, as a blank
// line does elsewhere.
bool IsSingleSpaced(absl::string_view text, const std::vector<Line>& lines) {
  constexpr size_t kMinLines = 3;
  if (lines.size() < kMinLines) return false;
  for (size_t k = 1; k < lines.size(); ++k) {
    if (lines[k].blank_before) return false;
    const absl::string_view before = text.substr(lines[k - 1].begin,
                                                 lines[k - 1].end - lines[k - 1].begin);
    if (!EndsSentence(before) && absl::ascii_islower(text[lines[k].begin])) return false;
  }
  return true;
}

}  // namespace

std::vector<Line> SplitLines(absl::string_view text) {
  // Room for the lines of most articles: one allocation, no copy as it grows.
  constexpr size_t kLinesReserved = 16;
  std::vector<Line> lines;
  lines.reserve(kLinesReserved);
  bool blank_before = true;
  size_t i = 0;
  while (i <= text.size()) {
    size_t end = text.find('\n', i);
    if (end == absl::string_view::npos) end = text.size();
    size_t b = i, e = end;
    while (b < e) {
      if (IsSpace(text[b])) {
        ++b;
      } else if (IsNoBreakSpaceAt(text, b, e)) {
        b += kNoBreakSpace.size();
      } else {
        break;
      }
    }
    while (e > b) {
      if (IsSpace(text[e - 1])) {
        --e;
      } else if (e - b >= kNoBreakSpace.size() &&
                 IsNoBreakSpaceAt(text, e - kNoBreakSpace.size(), e)) {
        e -= kNoBreakSpace.size();
      } else {
        break;
      }
    }
    if (b == e) {
      blank_before = true;
    } else {
      lines.push_back(Line{static_cast<int>(b), static_cast<int>(e), blank_before});
      blank_before = false;
    }
    i = end + 1;
  }
  if (IsSingleSpaced(text, lines)) {
    for (Line& line : lines) line.blank_before = true;
  }
  return lines;
}

int SentenceEnds(absl::string_view s) {
  int ends = EndsSentence(s) ? 1 : 0;
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    const char c = s[i];
    if ((c == '.' || c == '!' || c == '?') && s[i + 1] == ' ' && i + 2 < s.size() &&
        absl::ascii_isupper(s[i + 2])) {
      ++ends;
    }
  }
  return ends;
}

bool ReadsLikeLede(absl::string_view s) {
  static const char* const kLedeWords[] = {
      " said",      " told ",       " according to ", " announced ",
      " on Monday", " on Tuesday",  " on Wednesday",  " on Thursday",
      " on Friday", " on Saturday", " on Sunday"};
  // The first four attribute ("Workers told …" may sum up a story as a headline).
  constexpr size_t kReportedVerbs = 4;
  for (size_t k = 0; k < std::size(kLedeWords); ++k) {
    const size_t at = s.find(kLedeWords[k]);
    if (at == absl::string_view::npos) continue;
    if (k >= kReportedVerbs || !IsHeadlineStyleReport(s, at)) return true;
  }
  constexpr int kMaxStandfirstWords = 30;
  return HasPerfectOrPassive(s) || std::count(s.begin(), s.end(), ',') >= 2 ||
         WordCount(s) > kMaxStandfirstWords;
}

bool IsTitleCase(absl::string_view s) {
  int words = 0, capitalised = 0;
  for (absl::string_view word : absl::StrSplit(s, absl::ByAnyChar(" \t\r\f\v\n"),
                                               absl::SkipEmpty())) {
    // Words opened by a letter, any script's ("Économie"), are counted.
    int size = 0;
    const uint32_t first = FirstCodePoint(word, &size);
    if (IsCapitalLetter(first)) {
      ++words;
      ++capitalised;
    } else if (IsSmallLetter(first)) {
      ++words;
    }
  }
  return words >= 2 && capitalised * 4 >= words * 3;
}

bool IsSectionLabel(absl::string_view s) {
  return s.size() <= kMaxSectionBytes && WordCount(s) <= 3 && !EndsSentence(s) &&
         OpensWithCapital(s) && s.back() != ':';
}

bool IsHeadlineLike(absl::string_view s) {
  return !s.empty() && s.size() <= kMaxHeadlineBytes && (!EndsSentence(s) || IsTitleCase(s)) &&
         s.back() != ':' && s.back() != ',';
}

bool IsStandfirst(absl::string_view s) {
  return s.size() <= kMaxStandfirstBytes && SentenceEnds(s) <= 1 && !HasQuoteMark(s) &&
         !OpensWithDateline(s) && !ReadsLikeLede(s) && !IsNameList(s) && !IsTimeLine(s);
}

bool IsStandfirstOverHeader(absl::string_view s) {
  // Over the credits a standfirst may run to a long sentence or two, and
  // quote someone ("Mayor says the city had “no choice” as cracks spread").
  constexpr size_t kMaxBytes = 300;
  constexpr int kMaxSentences = 2;
  return s.size() <= kMaxBytes && SentenceEnds(s) <= kMaxSentences && !OpensWithDateline(s) &&
         !IsNameList(s) && !IsTimeLine(s);
}

bool QuotesSomeone(absl::string_view s) {
  // HasQuoteMark's marks, and the low-9 and guillemet openers and closers.
  if (HasQuoteMark(s)) return true;
  for (const char* mark : {"\xE2\x80\x9E", "\xC2\xAB", "\xC2\xBB"}) {
    if (absl::StrContains(s, mark)) return true;
  }
  for (size_t i = 0; i < s.size(); ++i) {
    const bool opens_word = i == 0 || s[i - 1] == ' ';
    if (!opens_word) continue;
    if (s[i] == '\'' && i + 1 < s.size() && absl::ascii_isalpha(s[i + 1])) return true;
    if (absl::StartsWith(s.substr(i), "\xE2\x80\x98")) return true;  // U+2018
  }
  return false;
}

bool IsShortLabel(absl::string_view s) {
  if (s.empty() || s.size() > kMaxSectionBytes || WordCount(s) > 4 || EndsSentence(s) ||
      !OpensWithCapital(s)) {
    return false;
  }
  return !HasDigit(s);
}

bool IsUpperPlace(absl::string_view s) {
  return !s.empty() && !HasSmallLetter(s);
}

bool IsUpperPlaceOpenedLikeAName(absl::string_view s) {
  return IsUpperPlace(s) && OpensPlaceOrPersonName(s);
}

bool IsCapitalisedWords(absl::string_view s, bool title_words) {
  if (s.empty()) return false;
  bool first = true;
  for (absl::string_view word : absl::StrSplit(s, ' ', absl::SkipEmpty())) {
    const bool title_word = title_words && (word == "&" || (!first && IsShortWord(word)));
    if (!OpensWithCapital(word) && !absl::ascii_isdigit(word[0]) && !title_word) {
      return false;
    }
    first = false;
  }
  return true;
}

}  // namespace layout_internal

using layout_internal::IsSpace;

int WordCount(absl::string_view s) {
  int words = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = IsSpace(c);
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

}  // namespace factwire
