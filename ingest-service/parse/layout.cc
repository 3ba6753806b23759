#include "ingest-service/parse/layout.h"

#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_split.h"

namespace factwire {
namespace {

// A header line longer than this is body text.
constexpr size_t kMaxHeadlineBytes = 300;
constexpr size_t kMaxStandfirstBytes = 200;
constexpr size_t kMaxSectionBytes = 40;

struct Line {
  int begin;
  int end;
  bool blank_before;  // a blank line (or the start) precedes it
};

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c == '\n';
}

std::vector<Line> SplitLines(absl::string_view text) {
  std::vector<Line> lines;
  bool blank_before = true;
  size_t i = 0;
  while (i <= text.size()) {
    size_t end = text.find('\n', i);
    if (end == absl::string_view::npos) end = text.size();
    size_t b = i, e = end;
    while (b < e && IsSpace(text[b])) ++b;
    while (e > b && IsSpace(text[e - 1])) --e;
    if (b == e) {
      blank_before = true;
    } else {
      lines.push_back(Line{static_cast<int>(b), static_cast<int>(e), blank_before});
      blank_before = false;
    }
    i = end + 1;
  }
  return lines;
}

absl::string_view View(absl::string_view text, const Line& line) {
  return text.substr(line.begin, line.end - line.begin);
}

bool EndsSentence(absl::string_view s) {
  if (s.empty()) return false;
  const char last = s.back();
  return last == '.' || last == '!' || last == '?' || last == '"' ||
         absl::EndsWith(s, "\xE2\x80\x9D") || absl::EndsWith(s, "\xE2\x80\x99");
}

bool HasQuoteMark(absl::string_view s) {
  return absl::StrContains(s, "\"") || absl::StrContains(s, "\xE2\x80\x9C") ||
         absl::StrContains(s, "\xE2\x80\x9D");
}

// The number of sentence ends in `s`: ". ", "? ", "! " and a final mark.
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

// "The agency said on Friday that ...", "A man has been charged after ...", a
// sentence of three clauses: a first paragraph reports; a standfirst sums up in
// one short clause. Past-tense attribution, a weekday, a perfect or passive
// verb, two or more commas or more than 30 words mark a news lede.
bool ReadsLikeLede(absl::string_view s) {
  static const char* const kLedeWords[] = {
      " said",      " told ",       " according to ", " announced ",
      " on Monday", " on Tuesday",  " on Wednesday",  " on Thursday",
      " on Friday", " on Saturday", " on Sunday"};
  for (const char* word : kLedeWords) {
    if (absl::StrContains(s, word)) return true;
  }
  constexpr int kMaxStandfirstWords = 30;
  return HasPerfectOrPassive(s) || std::count(s.begin(), s.end(), ',') >= 2 ||
         WordCount(s) > kMaxStandfirstWords;
}

// "Today : Feb 04, 2025", "Home | News": site furniture around the article.
bool IsChrome(absl::string_view s) {
  const std::string lower = absl::AsciiStrToLower(s.substr(0, 16));
  return absl::StartsWith(lower, "today") || absl::StrContains(s, " | ") ||
         absl::StartsWith(lower, "home ") || absl::StartsWith(lower, "advertisement");
}

// True when most words start with a capital ("Bees Return To City Parks!").
bool IsTitleCase(absl::string_view s) {
  int words = 0, capitalised = 0;
  bool at_word = true;
  for (char c : s) {
    if (IsSpace(c)) {
      at_word = true;
      continue;
    }
    if (at_word && absl::ascii_isalpha(c)) {
      ++words;
      if (absl::ascii_isupper(c)) ++capitalised;
    }
    at_word = false;
  }
  return words >= 2 && capitalised * 4 >= words * 3;
}

// A line is a section label when short, unpunctuated and capitalised.
bool IsSectionLabel(absl::string_view s) {
  return s.size() <= kMaxSectionBytes && WordCount(s) <= 3 && !EndsSentence(s) &&
         absl::ascii_isupper(s[0]) && s.back() != ':';
}

// A standfirst is one short line summing up the story: a single sentence at most,
// no quotation, no dateline, not a reported lede.
bool IsStandfirst(absl::string_view s) {
  return s.size() <= kMaxStandfirstBytes && SentenceEnds(s) <= 1 && !HasQuoteMark(s) &&
         Dateline(s).empty() && !ReadsLikeLede(s);
}

// True when `s` holds a double quote mark, or a single one opening a word at
// its start or after a space ('We built it': ...), not an apostrophe.
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

// Appends the body paragraphs of lines[from, to).
void AddBody(absl::string_view text, const std::vector<Line>& lines, size_t from,
             Layout* layout) {
  size_t i = from;
  while (i < lines.size()) {
    size_t j = i + 1;
    while (j < lines.size() && !lines[j].blank_before) ++j;
    // A block is hard-wrapped when a line runs on into a lowercase next line.
    bool wrapped = false;
    for (size_t k = i + 1; k < j; ++k) {
      if (!EndsSentence(View(text, lines[k - 1])) &&
          absl::ascii_islower(text[lines[k].begin])) {
        wrapped = true;
      }
    }
    if (wrapped) {
      layout->paragraphs.emplace_back(lines[i].begin, lines[j - 1].end);
    } else {
      for (size_t k = i; k < j; ++k)
        layout->paragraphs.emplace_back(lines[k].begin, lines[k].end);
    }
    i = j;
  }
}

// A date line sets layout->publish_date (unless one is set), a byline sets
// layout->authors; true for either, false (nothing changed) for other lines.
bool TakeDateOrByline(absl::string_view s, Layout* layout) {
  if (auto date = ParseDateLine(s)) {
    if (!layout->publish_date) layout->publish_date = date;
    return true;
  }
  if (auto authors = Byline(s); !authors.empty()) {
    layout->authors = authors;
    return true;
  }
  return false;
}

}  // namespace

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

std::vector<std::string> SplitNames(absl::string_view names) {
  std::vector<std::string> authors;
  for (absl::string_view part : absl::StrSplit(names, absl::ByAnyChar(",&"))) {
    for (absl::string_view name : absl::StrSplit(part, " and ")) {
      name = absl::StripAsciiWhitespace(name);
      if (!name.empty() && absl::ascii_isupper(name[0])) authors.emplace_back(name);
    }
  }
  return authors;
}

std::vector<std::string> Byline(absl::string_view s) {
  if (!absl::StartsWith(s, "By ") || s.size() > 120 || EndsSentence(s)) return {};
  return SplitNames(s.substr(3));
}

std::string Dateline(absl::string_view paragraph) {
  static const char* const kDashes[] = {" \xE2\x80\x94 ", " \xE2\x80\x93 ", " - ",
                                        " -- "};
  constexpr size_t kMaxPlaceBytes = 60;
  for (const char* dash : kDashes) {
    // Only a dash starting within kMaxPlaceBytes counts: the search reads no
    // further (a whole paragraph has a space, the dashes' first byte, every few
    // bytes).
    const absl::string_view d(dash);
    const size_t at = paragraph.substr(0, kMaxPlaceBytes + d.size()).find(d);
    if (at == absl::string_view::npos || at == 0 || at > kMaxPlaceBytes) continue;
    absl::string_view head = paragraph.substr(0, at);
    if (const size_t paren = head.find(" ("); paren != absl::string_view::npos) {
      head = head.substr(0, paren);
    }
    bool upper = !head.empty();
    for (char c : head) {
      if (absl::ascii_islower(c)) upper = false;
    }
    if (upper) return std::string(head);
  }
  return "";
}

Layout ReadLayout(absl::string_view text) {
  Layout layout;
  const std::vector<Line> lines = SplitLines(text);
  std::optional<CivilDate> chrome_date;
  size_t i = 0;
  bool have_headline = false;
  ByteRange headline_range;
  // Header: chrome, section, date, byline, then the headline.
  for (; i < lines.size() && !have_headline; ++i) {
    const absl::string_view s = View(text, lines[i]);
    const bool more = i + 1 < lines.size();
    if (IsChrome(s)) {
      if (!chrome_date) chrome_date = ParseDateLine(s);
      continue;
    }
    if (TakeDateOrByline(s, &layout)) continue;
    if (!more || s.size() > kMaxHeadlineBytes) break;
    const bool next_joined = !lines[i + 1].blank_before;
    if (layout.section.empty() && IsSectionLabel(s) && next_joined &&
        View(text, lines[i + 1]).size() <= kMaxHeadlineBytes) {
      layout.section = std::string(s);
      continue;
    }
    // A headline does not end like a sentence unless it is title case.
    if (EndsSentence(s) && !IsTitleCase(s)) break;
    if (s.back() == ':' || s.back() == ',') break;
    layout.headline = std::string(s);
    headline_range = {lines[i].begin, lines[i].end};
    have_headline = true;
  }
  if (!have_headline) {
    // No header after all: everything from the first non-metadata line is body.
    layout.section.clear();
  }
  // After the headline: byline, date, standfirst.
  for (; have_headline && i < lines.size(); ++i) {
    const absl::string_view s = View(text, lines[i]);
    if (TakeDateOrByline(s, &layout)) continue;
    const bool alone = i + 1 < lines.size() && lines[i + 1].blank_before;
    size_t body_after = 0;
    for (size_t k = i + 1; k < lines.size(); ++k)
      body_after += lines[k].blank_before ? 1 : 0;
    if (layout.subheadline.empty() && alone && body_after >= 2 && IsStandfirst(s)) {
      layout.subheadline = std::string(s);
      continue;
    }
    break;
  }
  if (!layout.publish_date) layout.publish_date = chrome_date;
  AddBody(text, lines, i, &layout);
  if (!layout.paragraphs.empty()) {
    const ByteRange& first = layout.paragraphs.front();
    layout.dateline = Dateline(text.substr(first.first, first.second - first.first));
  }
  // "“We will not back down,” says minister": a headline that quotes someone is
  // read for its quote too.
  if (have_headline && QuotesSomeone(layout.headline)) {
    layout.paragraphs.insert(layout.paragraphs.begin(), headline_range);
  }
  return layout;
}

}  // namespace factwire
