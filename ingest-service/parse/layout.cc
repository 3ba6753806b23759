#include "ingest-service/parse/layout.h"

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "ingest-service/parse/header_words.h"
#include "ingest-service/parse/html_elements.h"

namespace factwire {
namespace {

// A header line longer than this is body text.
constexpr size_t kMaxHeadlineBytes = 300;
constexpr size_t kMaxStandfirstBytes = 200;
constexpr size_t kMaxSectionBytes = 40;
constexpr size_t kMaxKickerBytes = 24;

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

// Splits names at " and ", or at " AND " in a byline written in capitals
// ("BY RUTH AMSEL AND TOMAS KERR").
struct AndSeparator {
  absl::string_view Find(absl::string_view text, size_t pos) const {
    const size_t lower = text.find(" and ", pos);
    const size_t upper = text.find(" AND ", pos);
    const size_t at = std::min(lower, upper);
    return at == absl::string_view::npos ? absl::string_view(text.data() + text.size(), 0)
                                         : text.substr(at, 5);
  }
};

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

// "Workers told the site will shut in March", "Staff told to stay home": a
// reported verb at `at` after a subject of one or two words, in a line that ends
// no sentence, sums up as a headline does (the "are" left out); a lede
// ("The manager told the hearing that …") ends its sentence.
bool IsHeadlineStyleReport(absl::string_view s, size_t at) {
  constexpr int kMaxSubjectWords = 2;
  return !EndsSentence(s) && WordCount(s.substr(0, at)) <= kMaxSubjectWords;
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

// "Ruth Amsel and Tomas Kerr", "Ruth Amsel, Reuters": a few words, each
// capitalised but "and" and "&".
bool IsNameList(absl::string_view s) {
  constexpr int kMaxNameListWords = 6;
  if (WordCount(s) > kMaxNameListWords) return false;
  for (absl::string_view word : absl::StrSplit(s, ' ', absl::SkipEmpty())) {
    if (word == "and" || word == "&") continue;
    if (!absl::ascii_isupper(word[0])) return false;
  }
  return true;
}

// A line that may be a headline: at most kMaxHeadlineBytes, not ending like a
// sentence unless title case, nor with ':' or ','.
bool IsHeadlineLike(absl::string_view s) {
  return !s.empty() && s.size() <= kMaxHeadlineBytes && (!EndsSentence(s) || IsTitleCase(s)) &&
         s.back() != ':' && s.back() != ',';
}

bool OpensWithDateline(absl::string_view s);

// A standfirst is one short line summing up the story: a single sentence at most,
// no quotation, no dateline, not a reported lede.
bool IsStandfirst(absl::string_view s) {
  return s.size() <= kMaxStandfirstBytes && SentenceEnds(s) <= 1 && !HasQuoteMark(s) &&
         !OpensWithDateline(s) && !ReadsLikeLede(s) && !IsNameList(s) && !IsTimeLine(s);
}

// A standfirst with a byline or date line under it may read like a report
// ("Minister has blamed fuel costs", "Fares rise, crossings fall, and …"): one
// short sentence at most, no quotation, no dateline, no list of names or time.
bool IsStandfirstOverHeader(absl::string_view s) {
  return s.size() <= kMaxStandfirstBytes && SentenceEnds(s) <= 1 && !HasQuoteMark(s) &&
         !OpensWithDateline(s) && !IsNameList(s) && !IsTimeLine(s);
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

// Where a date closing a byline starts ("By Ann Lee on 9 March 2021": the space
// before "on"), npos when none does. Tried at each space: bylines are short.
size_t BylineDateStart(absl::string_view s) {
  for (size_t k = s.find(' '); k != absl::string_view::npos; k = s.find(' ', k + 1)) {
    if (ParseDateLine(s.substr(k + 1))) return k;
  }
  return absl::string_view::npos;
}

bool IsHeaderFurniture(absl::string_view s, bool separated);

// A photo credit is at most this long.
constexpr size_t kMaxCreditBytes = 80;

// "Owen Hale/AFP via Getty Images", "Getty Images", "AP Photo/Owen Hale": a short
// line, no sentence, whose last part after a slash or " via " (or the whole line)
// names a picture agency, or whose first part before a slash does.
bool IsPhotoCredit(absl::string_view s) {
  if (s.size() > kMaxCreditBytes || EndsSentence(s)) return false;
  const size_t slash = s.find('/');
  // The longest picture agency ("AFP via Getty Images") is shorter than this.
  constexpr size_t kMaxAgencyBytes = 24;
  if (slash == absl::string_view::npos) {
    return s.size() <= kMaxAgencyBytes && IsPictureCredit(s);
  }
  if (IsPictureCredit(s.substr(0, slash))) return true;
  absl::string_view last = s.substr(slash + 1);
  if (const size_t via = last.rfind(" via "); via != absl::string_view::npos) {
    last = last.substr(via + 5);
  }
  return IsPictureCredit(last);
}

// "@owenhale", "owen.hale@courier.example", "Follow @owenhale": a handle or an
// email address alone, or after "Follow".
bool IsContactLine(absl::string_view s) {
  constexpr size_t kMaxContactBytes = 64;
  absl::ConsumePrefix(&s, "Follow ");
  return s.size() <= kMaxContactBytes && s.find('@') != absl::string_view::npos &&
         s.find(' ') == absl::string_view::npos;
}

// "Dust on the playground. Photo: Ann Lee/Reuters", "The quarry in February
// (Image: Getty Images)": a caption closed by a credit, a caption label
// ("Photo", "Photograph", "Picture", "Image") after a sentence end or an opening
// bracket, a colon and at most six words ending no sentence. Captions are at
// most 300 bytes.
bool IsCaptionWithCredit(absl::string_view s) {
  constexpr size_t kMaxCaptionBytes = 300;
  constexpr int kMaxCreditWords = 6;
  // The credit's six words and the label fit in the last 80 bytes.
  constexpr size_t kMaxTailBytes = 80;
  if (s.size() > kMaxCaptionBytes || s.size() < 2) return false;
  if (s.back() == ')') s.remove_suffix(1);
  const size_t tail = s.size() > kMaxTailBytes ? s.size() - kMaxTailBytes : 0;
  const size_t in_tail = s.substr(tail).rfind(": ");
  if (in_tail == absl::string_view::npos) return false;
  const size_t colon = tail + in_tail;
  const absl::string_view credit = s.substr(colon + 2);
  if (credit.empty() || WordCount(credit) > kMaxCreditWords || EndsSentence(credit)) {
    return false;
  }
  const absl::string_view head = s.substr(0, colon);
  const size_t space = head.rfind(' ');
  if (space == absl::string_view::npos || space == 0) return false;
  const absl::string_view label = head.substr(space + 1);
  const char before = head[space - 1];
  const bool opens_part = before == '.' || (label.size() > 1 && label[0] == '(');
  return opens_part && IsCaptionLabel(label[0] == '(' ? label.substr(1) : label);
}

// "(Getty Images)", "[Photo: Owen Hale/AFP]": a credit or caption label line in
// brackets.
bool IsBracketedCredit(absl::string_view s) {
  if (s.size() < 3 || s.size() > kMaxCreditBytes) return false;
  if (!((s.front() == '(' && s.back() == ')') || (s.front() == '[' && s.back() == ']'))) {
    return false;
  }
  const absl::string_view inner = absl::StripAsciiWhitespace(s.substr(1, s.size() - 2));
  return !inner.empty() && IsHeaderFurniture(inner, false);
}

// Separators between the parts of a header line ("Politics | 14 June 2022",
// "By Jane Doe · 3 March 2024").
constexpr absl::string_view kPartSeparators[] = {
    " | ", " \xC2\xB7 ", " \xE2\x80\xA2 ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " - "};
// Separators between the steps of a breadcrumb ("Home > Business > Markets").
constexpr absl::string_view kCrumbSeparators[] = {" > ", " \xE2\x80\xBA ", " \xC2\xBB ",
                                                  " / "};

// The longest separator, " — ", is this long.
constexpr size_t kMaxSeparatorBytes = 5;

// The parts of a date line may also be set apart by slashes ("Nov 3, 2025 /
// 11:40 PM / Island Courier").
constexpr absl::string_view kSlashSeparator[] = {" / "};

// A line of metadata parts or a breadcrumb is at most this long.
constexpr size_t kMaxMetaLineBytes = 120;

// The position of the first separator of `separators` (each a space, a byte
// other than a space, then more bytes) in `s` and its size in *size; npos when
// there is none. Only a space followed by a separator's second byte is compared
// further.
template <size_t N>
size_t FindSeparator(absl::string_view s, const absl::string_view (&separators)[N],
                     size_t* size) {
  for (size_t i = 0; i + 2 < s.size(); ++i) {
    if (s[i] != ' ' || s[i + 1] == ' ') continue;
    for (absl::string_view sep : separators) {
      if (s[i + 1] == sep[1] && s.compare(i, sep.size(), sep) == 0) {
        *size = sep.size();
        return i;
      }
    }
  }
  return absl::string_view::npos;
}

// `s` split at every separator of `separators` (as FindSeparator finds them),
// each part trimmed.
template <size_t N>
std::vector<absl::string_view> SplitParts(absl::string_view s,
                                          const absl::string_view (&separators)[N]) {
  std::vector<absl::string_view> parts;
  size_t size = 0;
  for (size_t at = FindSeparator(s, separators, &size); at != absl::string_view::npos;
       at = FindSeparator(s, separators, &size)) {
    parts.push_back(absl::StripAsciiWhitespace(s.substr(0, at)));
    s.remove_prefix(at + size);
  }
  parts.push_back(absl::StripAsciiWhitespace(s));
  return parts;
}

// True when `s` is short enough to be a line of metadata parts or a breadcrumb
// and holds a separator of either.
bool IsSeparated(absl::string_view s) {
  size_t size = 0;
  return s.size() <= kMaxMetaLineBytes &&
         (FindSeparator(s, kPartSeparators, &size) != absl::string_view::npos ||
          FindSeparator(s, kCrumbSeparators, &size) != absl::string_view::npos);
}

// A short label: one to four capitalised-first words, no digit, no sentence end
// ("Politics", "Reuters", "World News", "Maria Lopez").
bool IsShortLabel(absl::string_view s) {
  if (s.empty() || s.size() > kMaxSectionBytes || WordCount(s) > 4 || EndsSentence(s) ||
      !absl::ascii_isupper(s[0])) {
    return false;
  }
  return std::none_of(s.begin(), s.end(), [](char c) { return absl::ascii_isdigit(c); });
}

// A label beside a date is the section when it is a known section name or one
// word that is no agency ("Politics", "World News", "Wellbeing"); a person or an
// agency ("Maria Lopez", "Reuters") is not.
bool IsSectionBesideDate(absl::string_view label) {
  return IsSectionLabel(label) && !IsNewsAgency(label) &&
         (IsSectionName(label) || WordCount(label) == 1);
}

// "Last Updated: November 4", "Updated Nov 4": a part of a date line that dates
// an update, opened by an update label (before a colon, or its first one or two
// words).
bool IsUpdateStamp(absl::string_view part) {
  constexpr size_t kMaxLabelBytes = 16;
  const absl::string_view head = part.substr(0, kMaxLabelBytes + 1);
  if (const size_t colon = head.find(':'); colon != absl::string_view::npos) {
    return IsUpdateLabel(head.substr(0, colon));
  }
  const size_t first = head.find(' ');
  if (first == absl::string_view::npos) return false;
  if (IsUpdateLabel(head.substr(0, first))) return true;
  const size_t second = head.find(' ', first + 1);
  return second != absl::string_view::npos && IsUpdateLabel(head.substr(0, second));
}

std::vector<std::string> PersonNames(absl::string_view s);
bool IsCreditAlone(absl::string_view s);
bool IsCreditLabel(absl::string_view s, bool any_label);
bool IsCapitalisedWords(absl::string_view s);

// A line of names and a date is at most this long.
constexpr size_t kMaxBylineBytesForDate = 120;

// What a header line TakeMetaParts or TakeDateOrByline reads holds.
enum class MetaLine { kNone, kDate, kByline };

// "Politics | 14 June 2022", "By Jane Doe | 3 March 2024", "By Jane Doe and John
// Roe | Reuters": a line of parts each a date, a byline or a short label, with at
// least one date or byline. Takes the date and the authors (unless set) and a
// lone label beside a date as the section (unless set); kDate when a part is a
// date, else kByline; kNone, nothing changed, for other lines. Only for lines
// IsSeparated() accepts.
MetaLine TakeMetaParts(absl::string_view s, Layout* layout, bool slashes = false) {
  constexpr size_t kMaxParts = 4;
  const std::vector<absl::string_view> parts =
      slashes ? SplitParts(s, kSlashSeparator) : SplitParts(s, kPartSeparators);
  if (parts.size() < 2 || parts.size() > kMaxParts) return MetaLine::kNone;
  std::optional<CivilDate> date;
  std::vector<std::string> authors;
  std::vector<absl::string_view> labels;
  for (absl::string_view part : parts) {
    if (std::optional<CivilDate> d = ParseDateLine(part)) {
      if (!date) date = d;
    } else if (std::vector<std::string> names = Byline(part); !names.empty()) {
      if (authors.empty()) authors = std::move(names);
    } else if (std::vector<std::string> credited = CreditedNames(part, false);
               !credited.empty()) {
      // "Ann Lee, Transport Reporter | 9 March 2021".
      if (authors.empty()) authors = std::move(credited);
    } else if (IsShortLabel(part)) {
      labels.push_back(part);
    } else if (!IsHeaderFurniture(part, false) && !IsTimeLine(part) &&
               !IsUpdateStamp(part)) {
      // "5 min read", "11:40 PM", "Updated: Nov 4" are skipped
      return MetaLine::kNone;
    }
  }
  if (!date && authors.empty()) return MetaLine::kNone;
  // "Ann Lee · Island News · Posted: …": a person's name before a credit.
  if (date && authors.empty() && labels.size() >= 2 && !IsSectionName(labels[0]) &&
      IsCreditLabel(labels[1], false)) {
    authors = PersonNames(labels[0]);
  }
  if (date && !layout->publish_date) layout->publish_date = date;
  if (!authors.empty() && layout->authors.empty()) layout->authors = authors;
  if (date && authors.empty() && labels.size() == 1 && layout->section.empty() &&
      IsSectionBesideDate(labels.front())) {
    layout->section = std::string(labels.front());
  }
  return date ? MetaLine::kDate : MetaLine::kByline;
}

// "Leila Haddad Published November 30, 2026", "LEILA HADDAD Posted: Nov 30,
// 2026": a person's name (two to four capitalised words, no "By" lead), then a
// date line. Sets *names and
// layout->publish_date (unless set); false, nothing changed, for other lines.
bool TakeNamesBeforeDate(absl::string_view s, std::vector<std::string>* names,
                         Layout* layout) {
  constexpr size_t kMaxNamesBytes = 60;
  // One name of two to four words: the date starts after its second to
  // fourth word, and holds a digit.
  constexpr int kMinNameWords = 2;
  constexpr int kMaxNameWords = 4;
  if (s.empty() || s.size() > kMaxBylineBytesForDate || !absl::ascii_isupper(s[0]) ||
      std::none_of(s.begin(), s.end(), [](char c) { return absl::ascii_isdigit(c); }) ||
      BylineLeadSize(s) > 0) {
    return false;
  }
  int words = 1;
  for (size_t k = s.find(' '); k != absl::string_view::npos && k <= kMaxNamesBytes &&
                               words <= kMaxNameWords;
       k = s.find(' ', k + 1), ++words) {
    if (words < kMinNameWords) continue;
    // A date line opens with a capital or a digit (ParseDateLine turns other
    // first words away before reading on).
    if (k + 1 >= s.size()) break;
    const char next = s[k + 1];
    if (!absl::ascii_isupper(next) && !absl::ascii_isdigit(next)) continue;
    std::optional<CivilDate> date = ParseDateLine(s.substr(k + 1));
    if (!date) continue;
    std::vector<std::string> found = PersonNames(s.substr(0, k));
    if (found.empty()) return false;
    if (!layout->publish_date) layout->publish_date = date;
    *names = std::move(found);
    return true;
  }
  return false;
}

// A date line sets layout->publish_date (unless one is set), a byline sets
// layout->authors, a line of date, byline and label parts (TakeMetaParts) sets
// what it holds; kDate when the line holds a date, kByline when only names,
// kNone (nothing changed) for other lines. `separated`: IsSeparated(s).
MetaLine TakeDateOrByline(absl::string_view s, bool separated, Layout* layout) {
  if (auto date = ParseDateLine(s)) {
    if (!layout->publish_date) layout->publish_date = date;
    return MetaLine::kDate;
  }
  // "Tuesday 3 March 2026 06:00, UK": a date line and the place it was filed
  // from (one to three capitalised words, no digit).
  constexpr int kMaxPlaceWords = 3;
  if (const size_t comma = s.size() <= kMaxMetaLineBytes ? s.rfind(", ") : s.npos;
      comma != absl::string_view::npos) {
    const absl::string_view place = s.substr(comma + 2);
    if (WordCount(place) <= kMaxPlaceWords && IsCapitalisedWords(place) &&
        std::none_of(place.begin(), place.end(),
                     [](char c) { return absl::ascii_isdigit(c); })) {
      if (auto date = ParseDateLine(s.substr(0, comma))) {
        if (!layout->publish_date) layout->publish_date = date;
        return MetaLine::kDate;
      }
    }
  }
  if (const MetaLine parts = separated ? TakeMetaParts(s, layout) : MetaLine::kNone;
      parts != MetaLine::kNone) {
    return parts;
  }
  // "Nov 3, 2025 / 11:40 PM / Island Courier".
  if (separated && absl::StrContains(s, " / ")) {
    if (const MetaLine parts = TakeMetaParts(s, layout, true); parts != MetaLine::kNone)
      return parts;
  }
  // "Posted on 9 March 2021 by Ann Lee": a date line, then "by" and names.
  constexpr size_t kMaxDatedBylineBytes = 120;
  if (const size_t by = s.size() <= kMaxDatedBylineBytes ? s.find(" by ") : s.npos;
      by != absl::string_view::npos) {
    std::vector<std::string> names = PersonNames(s.substr(by + 4));
    if (!names.empty()) {
      if (std::optional<CivilDate> date = ParseDateLine(s.substr(0, by))) {
        if (!layout->publish_date) layout->publish_date = date;
        layout->authors = std::move(names);
        return MetaLine::kDate;
      }
    }
  }
  // "Leila Haddad Published November 30, 2026": names, then a date line.
  if (std::vector<std::string> names; TakeNamesBeforeDate(s, &names, layout)) {
    layout->authors = std::move(names);
    return MetaLine::kDate;
  }
  if (auto authors = Byline(s); !authors.empty()) {
    layout->authors = authors;
    // "By Ann Lee on 9 March 2021".
    if (const size_t at = BylineDateStart(s); at != absl::string_view::npos) {
      if (!layout->publish_date) layout->publish_date = ParseDateLine(s.substr(at + 1));
      return MetaLine::kDate;
    }
    return MetaLine::kByline;
  }
  // "Priya Natarajan, Transport Correspondent", "OWEN HALE | The Courier".
  if (auto authors = CreditedNames(s, separated); !authors.empty()) {
    layout->authors = std::move(authors);
    return MetaLine::kByline;
  }
  return MetaLine::kNone;
}

// Separates the two steps of a breadcrumb joined by a bar.
constexpr absl::string_view kBarSeparator[] = {" | "};

// "LOCAL NEWS | CITY HALL", "Sport | Rugby League": a known section name and a
// section label joined by one bar are a breadcrumb: the label; "" for other
// lines, and when the label names an outlet ("The …", a masthead word), an
// agency or a kicker, or more steps follow (a menu: "News | Sport | Weather").
std::string BarredSection(absl::string_view s) {
  const std::vector<absl::string_view> parts = SplitParts(s, kBarSeparator);
  if (parts.size() != 2 || !IsSectionName(parts[0]) || !IsShortLabel(parts[1]) ||
      !IsSectionLabel(parts[1])) {
    return "";
  }
  const absl::string_view label = parts[1];
  const absl::string_view last_word = label.substr(label.rfind(' ') + 1);
  if (absl::StartsWithIgnoreCase(label, "the ") || IsMastheadWord(last_word) ||
      IsNewsAgency(label) || IsKicker(label)) {
    return "";
  }
  return std::string(label);
}

// "Home > Business > Markets", "News / UK / Politics": short labels joined by
// '>', '›' or '»' (two or more), or by '/' (three or more, or two of one or two
// capitalised words each, as a headline may join two things with a slash). The
// last step that is not "Home" is the section; "" for other lines. Only for
// lines IsSeparated() accepts.
std::string BreadcrumbSection(absl::string_view s) {
  const std::vector<absl::string_view> parts = SplitParts(s, kCrumbSeparators);
  if (parts.size() < 2) return BarredSection(s);
  // Two steps joined by a slash are a breadcrumb only when each is one or two
  // capitalised words ("News / Environment", "Sport / Rugby Union").
  constexpr int kMaxSlashedStepWords = 2;
  const bool two_slashed = parts.size() < 3 && absl::StrContains(s, " / ");
  for (absl::string_view part : parts) {
    if (!IsShortLabel(part)) return "";
    if (two_slashed &&
        (WordCount(part) > kMaxSlashedStepWords || !IsCapitalisedWords(part))) {
      return "";
    }
  }
  for (size_t k = parts.size(); k-- > 0;) {
    if (!absl::EqualsIgnoreCase(parts[k], "home") && IsSectionLabel(parts[k])) {
      return std::string(parts[k]);
    }
  }
  return "";
}

// "Issue 412", "Vol. 12, No. 34", "Edition #88": a newsletter's or a paper's
// issue number, one to three parts of an issue label and a number.
bool IsIssueNumber(absl::string_view s) {
  constexpr size_t kMaxIssueBytes = 40;
  constexpr size_t kMaxParts = 3;
  if (s.empty() || s.size() > kMaxIssueBytes) return false;
  const std::vector<absl::string_view> parts = absl::StrSplit(s, ", ");
  if (parts.size() > kMaxParts) return false;
  for (absl::string_view part : parts) {
    const size_t space = part.rfind(' ');
    if (space == absl::string_view::npos || !IsIssueLabel(part.substr(0, space))) return false;
    absl::string_view number = part.substr(space + 1);
    absl::ConsumePrefix(&number, "#");
    if (number.empty() || !std::all_of(number.begin(), number.end(),
                                       [](char c) { return absl::ascii_isdigit(c); })) {
      return false;
    }
  }
  return true;
}

// Page furniture among header lines: "Share this article", "Listen to this
// article · 4 min", "6 min read", a caption or credit ("Photo: …", "Image: Getty"),
// an issue number ("Issue 412"), an editor's credit ("Edited by Sam Roe"), a
// call to act or a link ("Follow us on WhatsApp …", "ALSO READ: …").
// `separated`: IsSeparated(s).
bool IsHeaderFurniture(absl::string_view s, bool separated) {
  if (IsFurnitureLine(s) || IsIssueNumber(s) || IsCreditAlone(s)) return true;
  // "Follow us on WhatsApp for the latest news", "ALSO READ: …".
  constexpr size_t kMaxPromoBytes = 150;
  if (s.size() <= kMaxPromoBytes && OpensWithPromo(s)) return true;
  // "Edited by: Sam Roe": an editor, no author.
  if (const size_t lead = EditorLeadSize(s);
      lead > 0 && s.size() <= kMaxCreditBytes && !PersonNames(s.substr(lead)).empty()) {
    return true;
  }
  // "Photography by Sam Roe".
  if (s.size() <= kMaxCreditBytes && OpensWithPictureCredit(s) && !EndsSentence(s)) {
    return true;
  }
  // "Listen to this article · 4 min": a furniture line opens the line.
  size_t size = 0;
  const size_t at = separated ? FindSeparator(s, kPartSeparators, &size)
                              : absl::string_view::npos;
  if (at != absl::string_view::npos && IsFurnitureLine(s.substr(0, at))) return true;
  constexpr size_t kMaxLabelBytes = 24;
  const size_t colon = s.substr(0, kMaxLabelBytes + 1).find(':');
  if (colon != absl::string_view::npos && IsCaptionLabel(s.substr(0, colon))) return true;
  // "Image source, Getty Images", "Image caption, …".
  if (const size_t comma = s.substr(0, kMaxLabelBytes + 1).find(", ");
      comma != absl::string_view::npos && WordCount(s.substr(0, comma)) == 2 &&
      IsCaptionLabel(s.substr(0, comma))) {
    return true;
  }
  // "Reading time: 4 min".
  constexpr size_t kMaxReadingTimeBytes = 40;
  if (colon != absl::string_view::npos && s.size() <= kMaxReadingTimeBytes &&
      IsFurnitureLabel(s.substr(0, colon))) {
    return true;
  }
  // "6 min read", "5 minute read".
  if (s.size() <= kMaxReadingTimeBytes && absl::ascii_isdigit(s[0]) &&
      absl::EndsWithIgnoreCase(s, " read")) {
    return true;
  }
  // "Listen to article (4 min)": a furniture line and a short note in brackets.
  if (s.back() == ')' && s.size() <= kMaxCreditBytes) {
    const size_t open = s.rfind(" (");
    if (open != absl::string_view::npos && IsFurnitureLine(s.substr(0, open))) return true;
  }
  return IsPhotoCredit(s) || IsBracketedCredit(s);
}

// "Associated Press", "Economics Correspondent", "Chief Boxing Writer": a byline
// part that credits an agency or names a job, not a person.
bool IsCredit(absl::string_view name) {
  if (IsNewsAgency(name)) return true;
  for (absl::string_view word : absl::StrSplit(name, ' ', absl::SkipEmpty())) {
    if (IsRoleWord(word)) return true;
  }
  return false;
}

// "Staff Reporter", "Special Correspondent", "Reuters": a line of one to three
// capitalised words, no digit and no closing colon ("Fox News reports:" is
// none), that credits an agency or names a job and no
// person, and is no section name ("News", "Local News").
bool IsCreditAlone(absl::string_view s) {
  constexpr int kMaxCreditWords = 3;
  return !s.empty() && s.size() <= kMaxSectionBytes && WordCount(s) <= kMaxCreditWords &&
         IsCapitalisedWords(s) && !EndsSentence(s) && s.back() != ':' && IsCredit(s) &&
         !IsSectionName(s) &&
         std::none_of(s.begin(), s.end(), [](char c) { return absl::ascii_isdigit(c); });
}

// "Leila Haddad at Anfield", "Leila Haddad in Muscat" -> "Leila Haddad": `s`
// without a place of one to three capitalised words after " at " or " in "
// closing it; `s` when none does.
absl::string_view WithoutPlace(absl::string_view s) {
  constexpr int kMaxPlaceWords = 3;
  for (absl::string_view word : {" at ", " in "}) {
    const size_t at = s.rfind(word);
    if (at == absl::string_view::npos) continue;
    const absl::string_view place = s.substr(at + word.size());
    if (WordCount(place) <= kMaxPlaceWords && IsCapitalisedWords(place)) return s.substr(0, at);
  }
  return s;
}

// True when `s` is not empty and has no lowercase letter ("OTTAWA", "NEW YORK").
bool IsUpperPlace(absl::string_view s) {
  return !s.empty() && std::none_of(s.begin(), s.end(),
                                    [](char c) { return absl::ascii_islower(c); });
}

// True when every word of `s` starts with a capital or a digit ("Ireland, June
// 21", "Sept. 3").
bool IsCapitalisedWords(absl::string_view s) {
  if (s.empty()) return false;
  for (absl::string_view word : absl::StrSplit(s, ' ', absl::SkipEmpty())) {
    if (!absl::ascii_isupper(word[0]) && !absl::ascii_isdigit(word[0])) return false;
  }
  return true;
}

// True when `s` is a person's name as a byline writes it: two to four words,
// each opening with a capital, no digit and no job or agency ("Priya
// Natarajan", "OWEN HALE", "Mary-Jane O'Neil").
bool IsPersonName(absl::string_view s) {
  constexpr int kMaxNameWords = 4;
  const int words = WordCount(s);
  if (words < 2 || words > kMaxNameWords || IsCredit(s)) return false;
  for (absl::string_view word : absl::StrSplit(s, ' ', absl::SkipEmpty())) {
    if (!absl::ascii_isupper(word[0])) return false;
  }
  return std::none_of(s.begin(), s.end(), [](char c) { return absl::ascii_isdigit(c); });
}

// "Priya Natarajan and Owen Hale" -> the names, split at ',', '&' and " and ";
// empty unless every part is a person's name.
std::vector<std::string> PersonNames(absl::string_view s) {
  std::vector<std::string> names;
  for (absl::string_view part : absl::StrSplit(s, absl::ByAnyChar(",&"))) {
    for (absl::string_view name : absl::StrSplit(part, AndSeparator())) {
      name = absl::StripAsciiWhitespace(name);
      if (!IsPersonName(name)) return {};
      names.emplace_back(name);
    }
  }
  return names;
}

// "CNN", "BBC", "NPR": one word of two to five capitals, an outlet's initials.
bool IsOutletAcronym(absl::string_view s) {
  constexpr size_t kMaxAcronymBytes = 5;
  return s.size() >= 2 && s.size() <= kMaxAcronymBytes &&
         std::all_of(s.begin(), s.end(), [](char c) { return absl::ascii_isupper(c); });
}

// "Transport Correspondent", "Reuters", "The Island Courier", "BBC News,
// Kendal": a short capitalised label that names an agency or a job, or an
// outlet ("The …"), maybe with a place after a comma; with
// `any_label` (the byline's parts are set apart by a bar or a dot), any short
// label.
bool IsCreditLabel(absl::string_view s, bool any_label) {
  constexpr int kMaxCreditWords = 5;
  if (s.empty() || !absl::ascii_isupper(s[0]) || WordCount(s) > kMaxCreditWords ||
      EndsSentence(s)) {
    return false;
  }
  if (any_label || IsCredit(s) || absl::StartsWith(s, "The ") || IsOutletAcronym(s)) {
    return true;
  }
  // "BBC News, Kendal": a credit and the place it reports from.
  const size_t comma = s.find(", ");
  return comma != absl::string_view::npos && IsCredit(s.substr(0, comma)) &&
         IsCapitalisedWords(s.substr(comma + 2));
}

// A byline without "By" is at most this long.
constexpr size_t kMaxBylineBytes = 120;

}  // namespace

std::vector<std::string> CreditedNames(absl::string_view s, bool separated) {
  if (s.size() > kMaxBylineBytes || EndsSentence(s)) return {};
  std::vector<absl::string_view> parts;
  if (separated) {
    parts = SplitParts(s, kPartSeparators);
  } else {
    parts = absl::StrSplit(s, ", ");
  }
  // The credits close the line: "Ann Lee, Senior Reporter, Reuters".
  size_t credits = 0;
  while (credits + 1 < parts.size() &&
         IsCreditLabel(parts[parts.size() - 1 - credits], separated)) {
    ++credits;
  }
  if (credits == 0) return {};
  const absl::string_view names = s.substr(
      0, parts[parts.size() - 1 - credits].end() - s.begin());
  return PersonNames(names);
}

namespace {

bool IsAuthorBio(absl::string_view s, const std::vector<std::string>& authors);

// What the line under a line of names makes of them (TakeNamesOver).
enum class NamesOver { kNone, kCredit, kDate, kBio };

// "Priya Natarajan and Owen Hale" over "Reuters" or "Senior Reporter" (a line
// crediting an agency, a job or an outlet: kCredit), or "Owen Hale" over a date
// line or a time ("4 hours ago": kDate; the line is read next), or over the
// author's bio ("Owen Hale covers …": kBio), in one block: takes the names as
// the authors. kNone, nothing changed, for other lines.
NamesOver TakeNamesOver(absl::string_view names, absl::string_view next, Layout* layout) {
  // "BY ANN LEE" over a date: a byline, read with its lead.
  if (names.size() > kMaxBylineBytes || BylineLeadSize(names) > 0) return NamesOver::kNone;
  // "Owen Hale\n4 hours ago": a time without a date is read (and skipped) next.
  const NamesOver kind = IsCreditLabel(next, false) || IsContactLine(next) ? NamesOver::kCredit
                         : ParseDateLine(next) || IsTimeLine(next)         ? NamesOver::kDate
                                                                           : NamesOver::kBio;
  // "Owen Hale @owenhale": the name without the handle.
  names = names.substr(0, names.find(" @"));
  // A bio opens with the name's first word.
  if (kind == NamesOver::kBio && !absl::StartsWith(next, names.substr(0, names.find(' ')))) {
    return NamesOver::kNone;
  }
  std::vector<std::string> authors = PersonNames(names);
  if (authors.empty()) return NamesOver::kNone;
  // "Owen Hale\nOwen Hale covers the islands.": the bio is skipped with the name.
  if (kind == NamesOver::kBio && !IsAuthorBio(next, authors)) return NamesOver::kNone;
  layout->authors = std::move(authors);
  return kind;
}

// "Owen Hale is a reporter based in Kirkwall.": a line under a byline that opens
// with one of `authors` and a lowercase word, one or two sentences.
bool IsAuthorBio(absl::string_view s, const std::vector<std::string>& authors) {
  constexpr size_t kMaxBioBytes = 300;
  if (s.size() > kMaxBioBytes || SentenceEnds(s) > 2) return false;
  for (const std::string& author : authors) {
    if (absl::StartsWith(s, author) && s.size() > author.size() + 2 &&
        s[author.size()] == ' ' && absl::ascii_islower(s[author.size() + 1])) {
      return true;
    }
  }
  return false;
}

// "UPDATE 2-", "EXCLUSIVE-": the size of a wire kicker in capitals, maybe
// numbered, glued to what follows by a hyphen, when s[0, at) holds its words;
// 0 otherwise.
size_t WireKickerSize(absl::string_view s, size_t at) {
  size_t end = at;
  while (end < s.size() && absl::ascii_isdigit(s[end])) ++end;
  if (end + 1 >= s.size() || s[end] != '-' || !absl::ascii_isupper(s[end + 1])) return 0;
  const absl::string_view words = absl::StripTrailingAsciiWhitespace(s.substr(0, at));
  if (!IsUpperPlace(words) || !IsKicker(words)) return 0;
  return end + 1;
}

// The size of a kicker and its separator opening a line ("EXCLUSIVE: ",
// "Analysis | ", "WATCH - "), 0 when the line opens with none or nothing of two
// words or more follows it.
size_t KickerPrefixSize(absl::string_view s) {
  // The kicker's words: letters and spaces up to a colon or a separator.
  size_t at = 0;
  while (at < s.size() && at <= kMaxKickerBytes &&
         (absl::ascii_isalpha(s[at]) || s[at] == ' ')) {
    ++at;
  }
  if (at == 0 || at >= s.size() || at > kMaxKickerBytes) return 0;
  if (const size_t glued = WireKickerSize(s, at); glued > 0) return glued;
  size_t size = 0;
  if (s[at] == ':' && at + 1 < s.size() && s[at + 1] == ' ') {
    size = 2;
  } else if (s[at - 1] == ' ' &&
             FindSeparator(s.substr(at - 1, kMaxSeparatorBytes), kPartSeparators, &size) ==
                 0) {
    --at;  // " | ", " - ", " · ": the separator starts at the space
  } else {
    return 0;
  }
  if (!IsKicker(s.substr(0, at)) || WordCount(s.substr(at + size)) < 2) return 0;
  return at + size;
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
    for (absl::string_view name : absl::StrSplit(part, AndSeparator())) {
      name = absl::StripAsciiWhitespace(name);
      if (!name.empty() && absl::ascii_isupper(name[0])) authors.emplace_back(name);
    }
  }
  return authors;
}

std::vector<std::string> Byline(absl::string_view s) {
  const size_t lead = BylineLeadSize(s);
  if (lead == 0 || s.size() > 120 || EndsSentence(s)) return {};
  std::vector<std::string> names;
  const size_t date = BylineDateStart(s);
  absl::string_view names_part =
      s.substr(lead, date == absl::string_view::npos ? absl::string_view::npos : date - lead);
  // "Reporting by Ann Lee; Editing by Sam Roe": the reporters; "By ANN LEE /
  // Staff Writer": the name before the slash.
  names_part = names_part.substr(0, names_part.find(';'));
  names_part = names_part.substr(0, names_part.find(" / "));
  for (std::string& name : SplitNames(names_part)) {
    // "Ann Lee @annlee": the name without the handle.
    if (const size_t at = name.find(" @"); at != std::string::npos) name.resize(at);
    // "By Ann Lee, CNN", "By Ann Lee, The Courier": one word or "The …" after a
    // name is an outlet, not a person.
    if (IsCredit(name) || (!names.empty() && (name.find(' ') == std::string::npos ||
                                              absl::StartsWith(name, "The ")))) {
      continue;
    }
    // "Conor Heaney in Kyiv", "Ann Lee at Wembley": the name without the place.
    for (const char* place : {" in ", " at "}) {
      if (const size_t at = name.find(place); at != std::string::npos) name.resize(at);
    }
    names.push_back(std::move(name));
  }
  return names;
}

namespace {

// The place of a dateline: one to four words, each opening with a capital, of
// letters (any script), '.', '\'', '-' and '/' ("ST. JOHN'S", "BRUSSELS/KYIV",
// "Navi Mumbai", "SÃO PAULO"); no digit, no sentence mark.
bool IsPlaceWords(absl::string_view s) {
  constexpr size_t kMaxPlaceBytes = 60;
  constexpr int kMaxPlaceWords = 4;
  if (s.empty() || s.size() > kMaxPlaceBytes || WordCount(s) > kMaxPlaceWords ||
      !IsCapitalisedWords(s) || absl::ascii_isdigit(s[0])) {
    return false;
  }
  return std::all_of(s.begin(), s.end(), [](char c) {
    return absl::ascii_isalpha(c) || c == ' ' || c == '.' || c == '\'' || c == '-' ||
           c == '/' || (static_cast<unsigned char>(c) & 0x80) != 0;
  });
}

// True when a lede may start at `s`: a capital, a digit or a quote mark.
bool OpensLede(absl::string_view s) {
  if (s.empty()) return false;
  return absl::ascii_isupper(s[0]) || absl::ascii_isdigit(s[0]) || s[0] == '"' ||
         s[0] == '\'' || absl::StartsWith(s, "\xE2\x80\x9C") ||
         absl::StartsWith(s, "\xE2\x80\x98") || absl::StartsWith(s, "\xC2\xAB");
}

// A dateline opening a paragraph, as MatchDateline reads it.
struct DatelineMatch {
  absl::string_view place;        // "LONDON", "Port Harcourt"; empty when none
  absl::string_view after_place;  // "June 21" of "LONDON, June 21 (Reuters) - …"
  size_t lede = 0;                // where the lede starts
};

// How a dateline's head ends.
enum class DatelineEnd { kNone, kDash, kColon, kBracket };

// The dashes that close a dateline.
constexpr absl::string_view kDatelineDashes[] = {" \xE2\x80\x94 ", " \xE2\x80\x93 ",
                                                 " - ", " -- "};

// The first place in paragraph[0, kMaxHeadBytes] that may close a dateline's
// head: a dash between spaces, ": ", or ") " before a lede. Sets *head_end
// (where the head ends) and *lede (where what follows starts).
DatelineEnd FindDatelineEnd(absl::string_view paragraph, size_t* head_end, size_t* lede) {
  // Only a head of at most this many bytes counts: the search reads no further
  // (a whole paragraph has a space every few bytes).
  constexpr size_t kMaxHeadBytes = 60;
  const size_t last = std::min(paragraph.size(), kMaxHeadBytes + 1);
  for (size_t i = 1; i < last; ++i) {
    const char c = paragraph[i];
    if (c == ' ') {
      for (absl::string_view dash : kDatelineDashes) {
        if (paragraph.compare(i, dash.size(), dash) == 0) {
          *head_end = i;
          *lede = i + dash.size();
          return DatelineEnd::kDash;
        }
      }
    } else if (c == ':' && i + 1 < paragraph.size() && paragraph[i + 1] == ' ') {
      *head_end = i;
      *lede = i + 2;
      return DatelineEnd::kColon;
    } else if (c == ')' && i + 1 < paragraph.size() && paragraph[i + 1] == ' ' &&
               OpensLede(paragraph.substr(i + 2))) {
      *head_end = i + 1;
      *lede = i + 2;
      return DatelineEnd::kBracket;
    }
  }
  return DatelineEnd::kNone;
}

// "LONDON, June 21 (Reuters) - The …", "Kirkwall, Orkney — The …", "PETALING
// JAYA (Bernama): The …", "Bhubaneswar, Nov 24 (IANS) The …": a place, maybe
// a date or region after a comma (capitalised words and numbers), maybe an
// agency in brackets, then a dash, a colon or (after the agency) the lede. A
// place in capitals before a dash needs nothing more; one in title case needs
// a date, a region or an agency, and a lede opening with a capital. Before a
// colon, a date or an agency is needed; a bare "PLACE: " is read in context
// (ReadLayout). Empty place when `paragraph` opens with none.
DatelineMatch MatchDateline(absl::string_view paragraph) {
  size_t head_end = 0, lede = 0;
  const DatelineEnd end = FindDatelineEnd(paragraph, &head_end, &lede);
  if (end == DatelineEnd::kNone) return {};
  absl::string_view head = paragraph.substr(0, head_end);
  absl::string_view agency;
  if (const size_t open = head.find(" ("); open != absl::string_view::npos) {
    if (head.back() != ')') return {};
    agency = head.substr(open + 2, head.size() - open - 3);
    head = head.substr(0, open);
  }
  const size_t comma = head.find(", ");
  const absl::string_view place = head.substr(0, comma);
  const absl::string_view rest =
      comma == absl::string_view::npos ? absl::string_view() : head.substr(comma + 2);
  if (!IsPlaceWords(place) || (!rest.empty() && !IsCapitalisedWords(rest))) return {};
  const bool known_agency = !agency.empty() && (IsNewsAgency(agency) || IsOutletAcronym(agency));
  const bool dated =
      std::any_of(rest.begin(), rest.end(), [](char c) { return absl::ascii_isdigit(c); });
  const absl::string_view after = paragraph.substr(lede);
  bool ok = false;
  switch (end) {
    case DatelineEnd::kDash:
      ok = IsUpperPlace(place) ||
           ((!rest.empty() || known_agency) && OpensLede(after));
      break;
    case DatelineEnd::kColon:
      ok = (dated || known_agency) && OpensLede(after);
      break;
    case DatelineEnd::kBracket:
      ok = !rest.empty() && known_agency;
      break;
    case DatelineEnd::kNone:
      break;
  }
  if (!ok) return {};
  return DatelineMatch{place, rest, lede};
}

// "KOTA BHARU: The …", "Jaipur: The …": the label (one to four place words of
// two letters or more) before ": " and a lede opening `paragraph`; empty when
// there is none. *lede is set to where the lede starts.
absl::string_view LeadingLabel(absl::string_view paragraph, size_t* lede) {
  constexpr size_t kMaxLabelBytes = 40;
  const size_t colon = paragraph.substr(0, kMaxLabelBytes + 1).find(": ");
  if (colon == absl::string_view::npos || colon < 2) return {};
  const absl::string_view label = paragraph.substr(0, colon);
  if (!IsPlaceWords(label) || !OpensLede(paragraph.substr(colon + 2))) return {};
  *lede = colon + 2;
  return label;
}

// True when `label` (LeadingLabel) names no place: a kicker ("BREAKING"), a
// note ("Editor's Note", "Correction"), a caption, furniture or update label,
// or a news agency.
bool IsLabelNoPlace(absl::string_view label) {
  return IsKicker(label) || IsNoteLabel(label) || IsCaptionLabel(label) ||
         IsFurnitureLabel(label) || IsUpdateLabel(label) || IsNewsAgency(label);
}

// True when `s` opens with a dateline, or with a place label in capitals
// before a colon ("KOTA BHARU: The …"): a lede, no standfirst.
bool OpensWithDateline(absl::string_view s) {
  size_t lede = 0;
  const absl::string_view label = LeadingLabel(s, &lede);
  return !MatchDateline(s).place.empty() ||
         (!label.empty() && IsUpperPlace(label) && !IsLabelNoPlace(label));
}

// "KIRKWALL —", "Kirkwall, Orkney —", "STROMNESS, Nov 30": a dateline on a
// line of its own over `next`, a lede (it ends a sentence and reads like one:
// ReadsLikeLede): place words (any case), maybe a region or date after a
// comma, closed by a dash or with a date; no section name, kicker or agency.
// Returns the place, "" for other lines.
absl::string_view DatelineLinePlace(absl::string_view s, absl::string_view next) {
  constexpr size_t kMaxLineBytes = 60;
  if (s.empty() || s.size() > kMaxLineBytes || !absl::ascii_isupper(s[0])) return {};
  bool dash = false;
  for (absl::string_view d : {" \xE2\x80\x94", " \xE2\x80\x93", " --", " -"}) {
    if (absl::ConsumeSuffix(&s, d)) {
      dash = true;
      break;
    }
  }
  const size_t comma = s.find(", ");
  const absl::string_view place = s.substr(0, comma);
  const absl::string_view rest =
      comma == absl::string_view::npos ? absl::string_view() : s.substr(comma + 2);
  if (!IsPlaceWords(place) || (!rest.empty() && !IsCapitalisedWords(rest)) ||
      IsSectionName(place) || IsKicker(place) || IsNewsAgency(place)) {
    return {};
  }
  // Without a dash, a date after the comma ("STROMNESS, Nov 30"): a place or
  // a label alone ("ORKNEY", "HARBOUR WATCH"), or a name and an age ("Mary
  // Sinclair, 52"), may be anything.
  const bool dated =
      std::any_of(rest.begin(), rest.end(), [](char c) { return absl::ascii_isdigit(c); }) &&
      std::any_of(rest.begin(), rest.end(), [](char c) { return absl::ascii_isalpha(c); });
  if (!dash && !dated) return {};
  // The lede is read last: it may be a long paragraph.
  if (!EndsSentence(next) || !ReadsLikeLede(next)) return {};
  return place;
}

}  // namespace

std::string Dateline(absl::string_view paragraph) {
  const absl::string_view place = MatchDateline(paragraph).place;
  return IsKicker(place) ? std::string() : std::string(place);
}

// "CITY HALL" -> "City Hall", "SCIENCE AND ENVIRONMENT" -> "Science and
// Environment", "U.S. NEWS" -> "U.S. News": a label written in capitals (no
// lowercase letter) in title case; its short words ("and", "of") after the
// first in lowercase, initials (a word with a dot, a word of two letters: "UK",
// or a lone word of three: "UAE") kept. A label with a lowercase letter is kept
// as written.
void TitleCaseCapitals(std::string* label) {
  if (std::any_of(label->begin(), label->end(), [](char c) { return absl::ascii_islower(c); }))
    return;
  // Initials: a word of two letters ("UK"), or a label of one word of three
  // ("UAE", "NHS").
  const bool one_word = label->find(' ') == std::string::npos;
  const size_t max_initials_bytes = one_word ? 3 : 2;
  size_t begin = 0;
  while (begin < label->size()) {
    size_t end = label->find(' ', begin);
    if (end == std::string::npos) end = label->size();
    const absl::string_view word(label->data() + begin, end - begin);
    const bool initials = word.find('.') != absl::string_view::npos ||
                          (word.size() <= max_initials_bytes && !IsShortWord(word));
    if (begin > 0 && IsShortWord(word)) {
      for (size_t k = begin; k < end; ++k) (*label)[k] = absl::ascii_tolower((*label)[k]);
    } else if (!initials) {
      // Lowercase after the first letter of each part ("ASIA-PACIFIC" -> "Asia-Pacific").
      for (size_t k = begin + 1; k < end; ++k) {
        const char before = (*label)[k - 1];
        if (before != '-' && before != '/') (*label)[k] = absl::ascii_tolower((*label)[k]);
      }
    }
    begin = end + 1;
  }
}

// A header line that a site name may stand over: a breadcrumb, a known section
// name alone, or a date line.
bool IsUnderMasthead(absl::string_view s) {
  if (IsSeparated(s) && !BreadcrumbSection(s).empty()) return true;
  if (IsSectionLabel(s) && IsSectionName(s)) return true;
  return ParseDateLine(s).has_value();
}

// Separators between a site name and its tagline.
constexpr absl::string_view kTaglineSeparators[] = {
    " \xE2\x80\x94 ", " \xE2\x80\x93 ", " | ", " - "};

// "The Moorland Gazette — Your valley, your news", "DALESWIRE | Independent
// reporting since 2004": the size of the site name before a dash or bar that
// opens a tagline (two or more words, the first capitalised, not title case, at
// most 80 bytes: a headline's second half after a dash opens in lowercase), or
// npos when `s` has no tagline.
size_t SiteNameBeforeTagline(absl::string_view s) {
  constexpr size_t kMaxTaglineBytes = 80;
  // The site name before the separator is at most this long and has at most
  // this many words (IsSiteName): only the spaces after its words are tried.
  constexpr size_t kMaxNameBytes = 40;
  constexpr int kMaxNameWords = 5;
  size_t at = 0, size = 0;
  for (int words = 0; size == 0; ++words) {
    at = s.find(' ', at + 1);
    if (words == kMaxNameWords || at == absl::string_view::npos || at > kMaxNameBytes ||
        at + 2 >= s.size()) {
      return absl::string_view::npos;
    }
    const char c = s[at + 1];
    if (c != '\xE2' && c != '|' && c != '-') continue;
    for (absl::string_view sep : kTaglineSeparators) {
      if (s.compare(at, sep.size(), sep) == 0) size = sep.size();
    }
  }
  const absl::string_view tagline = s.substr(at + size);
  if (tagline.size() > kMaxTaglineBytes || WordCount(tagline) < 2 ||
      !absl::ascii_isupper(tagline[0]) || IsTitleCase(tagline)) {
    return absl::string_view::npos;
  }
  return at;
}

// "The Lakeside Courier\n\nHome › News\n\n<headline>": line `i` is a site
// name: a short title-case line closed by a masthead word, then one or more
// breadcrumb, section or date lines, then a longer line that may be a headline.
// With a tagline after a dash or bar ("Upland Voice – Local news that
// matters", "DALESWIRE — Independent reporting …") the name may be one word in
// capitals, and needs no masthead word when it is in capitals or a breadcrumb,
// section or date line follows.
bool IsSiteName(absl::string_view text, const std::vector<Line>& lines, size_t i) {
  constexpr size_t kMaxSiteNameBytes = 40;
  constexpr int kMaxSiteNameWords = 5;
  const absl::string_view line = View(text, lines[i]);
  constexpr size_t kMaxTaggedLineBytes = 128;
  if (line.size() > kMaxTaggedLineBytes) return false;
  const size_t tagline = SiteNameBeforeTagline(line);
  const bool tagged = tagline != absl::string_view::npos;
  const absl::string_view s = tagged ? line.substr(0, tagline) : line;
  if (s.empty() || s.size() > kMaxSiteNameBytes || WordCount(s) > kMaxSiteNameWords ||
      EndsSentence(s) || !absl::ascii_isupper(s[0])) {
    return false;
  }
  const bool capitals = tagged && IsUpperPlace(s) &&
                        std::none_of(s.begin(), s.end(),
                                     [](char c) { return absl::ascii_isdigit(c); });
  if (!IsTitleCase(s) && !capitals) return false;
  size_t k = i + 1;
  while (k < lines.size() && IsUnderMasthead(View(text, lines[k]))) ++k;
  const size_t last_space = s.rfind(' ');
  const bool masthead = IsMastheadWord(s.substr(last_space + 1));
  if (!masthead && !(tagged && (capitals || k > i + 1))) return false;
  if (k + 1 >= lines.size()) return false;
  const absl::string_view headline = View(text, lines[k]);
  // "Orkney Gazette\n\n<headline>": directly over a headline of five words or
  // more ("Local News", a section name, is the section).
  constexpr int kMinHeadlineWords = 5;
  if (k == i + 1 && (IsSectionName(s) || WordCount(headline) < kMinHeadlineWords)) {
    return false;
  }
  return headline.size() > s.size() && IsHeadlineLike(headline);
}

// True when line `k` is a date line or a byline (with the line under it: a
// name over a credit or a date), or a credit alone ("Staff Reporter"), not
// only furniture.
bool IsDateOrBylineAt(absl::string_view text, const std::vector<Line>& lines, size_t k) {
  if (k >= lines.size()) return false;
  Layout scratch;
  if (k + 1 < lines.size() && !lines[k + 1].blank_before &&
      TakeNamesOver(View(text, lines[k]), View(text, lines[k + 1]), &scratch) !=
          NamesOver::kNone) {
    return true;
  }
  // "Staff Reporter", "Reuters": a credit alone stands where a byline does.
  if (IsCreditAlone(View(text, lines[k]))) return true;
  return TakeHeaderLine(View(text, lines[k]), &scratch) &&
         (scratch.publish_date.has_value() || !scratch.authors.empty());
}

// "Montreal\n\n<headline>\n\n<standfirst>\n\nJane Doe · <date>": line `i` is a
// place or desk label over the headline: one to three capitalised words, no
// kicker, over a headline-like line of five words or more, with a date line or
// a byline among the two lines after that headline (a short headline over its
// standfirst has none there).
bool IsLabelOverHeadline(absl::string_view text, const std::vector<Line>& lines, size_t i) {
  constexpr int kMaxLabelWords = 3;
  constexpr int kMinHeadlineWords = 5;
  const absl::string_view s = View(text, lines[i]);
  if (i + 2 >= lines.size() || !IsShortLabel(s) || WordCount(s) > kMaxLabelWords ||
      (WordCount(s) > 1 && !IsTitleCase(s)) || IsKicker(s) || IsNewsAgency(s)) {
    return false;
  }
  const absl::string_view headline = View(text, lines[i + 1]);
  if (WordCount(headline) < kMinHeadlineWords || !IsHeadlineLike(headline)) return false;
  return IsDateOrBylineAt(text, lines, i + 2) || IsDateOrBylineAt(text, lines, i + 3);
}

// "(Reporting by Ann Lee in Kyiv; Editing by Sam Roe)", "Writing by Ann Lee":
// a wire story's closing credit line, at most 200 bytes, whose first part names
// people after its lead. Sets layout->authors to them when no byline did (not
// for "Editing by" or "Additional reporting by" first). False, nothing changed,
// for other lines.
bool TakeClosingCredit(absl::string_view s, Layout* layout) {
  constexpr size_t kMaxCreditLineBytes = 200;
  if (s.size() > kMaxCreditLineBytes) return false;
  if (s.size() > 2 && s.front() == '(' && s.back() == ')') s = s.substr(1, s.size() - 2);
  const size_t lead = WireCreditLeadSize(s);
  if (lead == 0) return false;
  const absl::string_view first = s.substr(lead, s.find(';') - lead);
  std::vector<std::string> names;
  for (std::string& name : SplitNames(first)) {
    for (const char* place : {" in ", " at "}) {
      if (const size_t at = name.find(place); at != std::string::npos) name.resize(at);
    }
    if (!IsPersonName(name)) return false;
    names.push_back(std::move(name));
  }
  if (names.empty() || WordCount(first) > 3 * static_cast<int>(names.size()) + 4) {
    return false;
  }
  if (layout->authors.empty() && !absl::StartsWith(s, "Editing by ") &&
      !absl::StartsWith(s, "Additional reporting by ")) {
    layout->authors = std::move(names);
  }
  return true;
}

// True when `s` (its first 200 bytes) has a first- or second-person word
// outside quotation marks ("And obviously, you're supporting …", "I think
// …"): speech after a speaker's label, not a lede after a dateline.
bool SpeaksInPerson(absl::string_view s) {
  constexpr size_t kMaxBytes = 200;
  s = s.substr(0, kMaxBytes);
  bool quoted = false;
  size_t word = absl::string_view::npos;  // where the current word starts
  for (size_t i = 0; i <= s.size(); ++i) {
    const bool letter = i < s.size() && absl::ascii_isalpha(s[i]);
    if (letter) {
      if (word == absl::string_view::npos) word = i;
      continue;
    }
    if (word != absl::string_view::npos && !quoted &&
        IsSpeakerPronoun(s.substr(word, i - word))) {
      return true;
    }
    word = absl::string_view::npos;
    if (i == s.size()) break;
    // '"' toggles; U+201C opens and U+201D closes.
    if (s[i] == '"') quoted = !quoted;
    if (absl::StartsWith(s.substr(i), "\xE2\x80\x9C")) quoted = true;
    if (absl::StartsWith(s.substr(i), "\xE2\x80\x9D")) quoted = false;
  }
  return false;
}

// True when a paragraph of `paragraphs` after the first opens with a label
// before a colon that is no kicker ("MARY SINCLAIR: Thanks …"): the first
// paragraph's label is then a speaker's, as in a transcript.
bool LabelsOpenLaterParagraphs(absl::string_view text,
                               const std::vector<ByteRange>& paragraphs) {
  for (size_t k = 1; k < paragraphs.size(); ++k) {
    size_t lede = 0;
    const absl::string_view label = LeadingLabel(
        text.substr(paragraphs[k].first, paragraphs[k].second - paragraphs[k].first), &lede);
    if (!label.empty() && !IsKicker(label)) return true;
  }
  return false;
}

// Reads the dateline opening the first body paragraph into layout->dateline
// (MatchDateline; a full date after the place dates a story with no date line:
// "LUXEMBOURG, March 13, 2025 (AFP) - …") and starts the paragraph at the lede.
// In a text of two paragraphs or more where no later paragraph opens with a
// label and the words after it are no speech (SpeaksInPerson), a bare place
// label before a colon is a dateline too: in capitals
// ("KOTA BHARU: The …"), or in title case under a page header and over a
// lede that reports (ReadsLikeLede: "Jaipur: The state said on Monday …"); a
// kicker label ("BREAKING: The …") is cut, no dateline.
void TakeDateline(absl::string_view text, bool have_header, Layout* layout) {
  if (layout->paragraphs.empty()) return;
  ByteRange& first = layout->paragraphs.front();
  const absl::string_view paragraph = text.substr(first.first, first.second - first.first);
  const DatelineMatch match = MatchDateline(paragraph);
  size_t lede = match.lede;
  if (!match.place.empty() && IsKicker(match.place)) {
    // "EXCLUSIVE – Minister quits": a kicker is cut, no dateline.
  } else if (!match.place.empty()) {
    layout->dateline = std::string(match.place);
    if (!layout->publish_date && !match.after_place.empty()) {
      layout->publish_date = ParseDateLine(match.after_place);
    }
  } else if (layout->paragraphs.size() >= 2) {
    const absl::string_view label = LeadingLabel(paragraph, &lede);
    if (label.empty() || IsNoteLabel(label) || IsCaptionLabel(label) ||
        LabelsOpenLaterParagraphs(text, layout->paragraphs) ||
        SpeaksInPerson(paragraph.substr(lede))) {
      return;
    }
    if (!IsKicker(label)) {
      // "Jaipur: The …": a title-case place under a header, before a lede.
      const bool title_place = have_header && ReadsLikeLede(paragraph.substr(lede));
      if (IsLabelNoPlace(label) || !(IsUpperPlace(label) || title_place)) return;
      layout->dateline = std::string(label);
    }
  }
  while (lede < paragraph.size() && paragraph[lede] == ' ') ++lede;
  if (lede > 0 && lede < paragraph.size()) first.first += static_cast<int>(lede);
}

bool TakeHeaderLine(absl::string_view line, Layout* layout) {
  const bool separated = IsSeparated(line);
  return TakeDateOrByline(line, separated, layout) != MetaLine::kNone ||
         IsHeaderFurniture(line, separated);
}

namespace {

// True when `s`, the text of lines[*i], is a dateline line over the lede
// (DatelineLinePlace): sets layout->dateline and steps *i over the line.
bool TakeDatelineLine(absl::string_view s, absl::string_view text,
                      const std::vector<Line>& lines, size_t* i, Layout* layout) {
  if (*i + 1 >= lines.size()) return false;
  const absl::string_view place = DatelineLinePlace(s, View(text, lines[*i + 1]));
  if (place.empty()) return false;
  layout->dateline = std::string(place);
  ++*i;
  return true;
}

}  // namespace

Layout ReadLayout(absl::string_view text) {
  Layout layout;
  const std::vector<Line> lines = SplitLines(text);
  std::optional<CivilDate> chrome_date;
  std::string crumb_section;  // from a breadcrumb, when no section line says
  size_t i = 0;
  bool have_headline = false;
  bool after_date = false;  // the line before is a date line or page chrome
  ByteRange headline_range;
  // Header: chrome, section, date, byline, then the headline.
  for (; i < lines.size() && !have_headline; ++i) {
    // "EXCLUSIVE: <headline>": the kicker is no part of the line's headline.
    const size_t kicker = KickerPrefixSize(View(text, lines[i]));
    const absl::string_view s = View(text, lines[i]).substr(kicker);
    const bool more = i + 1 < lines.size();
    const bool joined_to_date = after_date && !lines[i].blank_before;
    after_date = false;
    const bool separated = IsSeparated(s);
    if (std::string crumb = separated ? BreadcrumbSection(s) : ""; !crumb.empty()) {
      if (crumb_section.empty()) crumb_section = std::move(crumb);
      continue;
    }
    // "The Moorland Gazette — Your valley, your news" opening the page: no
    // byline or chrome.
    if (i == 0 && kicker == 0 && separated &&
        SiteNameBeforeTagline(s) != absl::string_view::npos && IsSiteName(text, lines, i)) {
      continue;
    }
    if (IsChrome(s) && (!separated || TakeMetaParts(s, &layout) == MetaLine::kNone)) {
      if (!chrome_date) chrome_date = ParseDateLine(s);
      after_date = true;
      continue;
    }
    if (const MetaLine meta = TakeDateOrByline(s, separated, &layout);
        meta != MetaLine::kNone) {
      after_date = meta == MetaLine::kDate;
      continue;
    }
    if (IsHeaderFurniture(s, separated) || (s.size() <= kMaxKickerBytes && IsKicker(s))) {
      continue;
    }
    if (!more || s.size() > kMaxHeadlineBytes) break;
    if (kicker == 0 && IsSiteName(text, lines, i)) continue;
    const bool next_joined = !lines[i + 1].blank_before;
    if (layout.section.empty() && IsSectionLabel(s) && next_joined &&
        View(text, lines[i + 1]).size() <= kMaxHeadlineBytes) {
      layout.section = std::string(s);
      continue;
    }
    // "Politics\n\n<headline>\n\n…": a known section name alone before a line
    // that reads as a headline.
    if (layout.section.empty() && IsSectionLabel(s) && IsSectionName(s) &&
        i + 2 < lines.size() && IsHeadlineLike(View(text, lines[i + 1]))) {
      layout.section = std::string(s);
      continue;
    }
    // "Montreal\n\n<headline>\n\n<standfirst>\n\n<byline>": a place label.
    if (layout.section.empty() && IsLabelOverHeadline(text, lines, i)) {
      layout.section = std::string(s);
      continue;
    }
    // "Tuesday, 5 September 2023\nScience\n\n<headline>": a label under a date
    // line, ending its block.
    if (layout.section.empty() && joined_to_date && IsSectionLabel(s) &&
        !IsNewsAgency(s)) {
      layout.section = std::string(s);
      continue;
    }
    // "KIRKWALL —" over the lede: the dateline, and no headline.
    if (TakeDatelineLine(s, text, lines, &i, &layout)) break;
    // "Updated at 10:15": a time is no headline.
    if (IsTimeLine(s)) continue;
    // A headline does not end like a sentence unless it is title case.
    if (EndsSentence(s) && !IsTitleCase(s)) break;
    if (s.back() == ':' || s.back() == ',') break;
    layout.headline = std::string(s);
    headline_range = {lines[i].begin + static_cast<int>(kicker), lines[i].end};
    have_headline = true;
  }
  if (!have_headline) {
    // No header after all: everything from the first non-metadata line is body.
    layout.section.clear();
  } else if (layout.section.empty()) {
    layout.section = crumb_section;
  }
  // After the headline: byline, date, furniture, an author's bio, standfirst.
  bool after_byline = false;
  for (; have_headline && i < lines.size(); ++i) {
    const absl::string_view s = View(text, lines[i]);
    // "By Owen Hale\nTransport reporter": a bio or a job line under a byline.
    const bool bio =
        after_byline && (IsAuthorBio(s, layout.authors) || IsCreditLabel(s, false));
    after_byline = false;
    if (bio) continue;
    if (i + 1 < lines.size() && !lines[i + 1].blank_before) {
      const NamesOver over = TakeNamesOver(s, View(text, lines[i + 1]), &layout);
      if (over == NamesOver::kBio) {
        ++i;
        continue;
      }
      if (over == NamesOver::kCredit) {
        ++i;
        after_byline = true;
        continue;
      }
      // "Owen Hale" over "Mon 3 Nov 2025 23.40 GMT": the date is read next.
      if (over == NamesOver::kDate) continue;
    }
    // "OWEN HALE\n\nNovember 3, 2025": a name alone over a date or byline block.
    if (layout.authors.empty() && s.size() <= kMaxBylineBytes && !EndsSentence(s) &&
        lines[i].blank_before && i + 1 < lines.size() && lines[i + 1].blank_before &&
        BylineLeadSize(s) == 0) {
      // "Leila Haddad at Anfield": the name without the place.
      std::vector<std::string> names = PersonNames(WithoutPlace(s));
      if (!names.empty() && IsDateOrBylineAt(text, lines, i + 1)) {
        layout.authors = std::move(names);
        continue;
      }
    }
    const std::vector<std::string> authors_before = layout.authors;
    if (TakeHeaderLine(s, &layout)) {
      after_byline = layout.authors != authors_before;
      continue;
    }
    // "<headline>\n\nKIRKWALL —\n\n<lede>": the dateline on its own line.
    if (TakeDatelineLine(s, text, lines, &i, &layout)) break;
    // "<headline>\n\nPolitics\n\n<standfirst>": a known section name alone.
    if (layout.section.empty() && IsSectionLabel(s) && IsSectionName(s)) {
      layout.section = std::string(s);
      continue;
    }
    // "2 hours ago", "10.15am BST": a time without a date sets no date;
    // "@owenhale": the author's handle.
    if (IsTimeLine(s) || IsContactLine(s)) continue;
    const bool alone = i + 1 < lines.size() && lines[i + 1].blank_before;
    size_t body_after = 0;
    for (size_t k = i + 1; k < lines.size(); ++k)
      body_after += lines[k].blank_before ? 1 : 0;
    if (layout.subheadline.empty() && alone && body_after >= 2 &&
        (IsStandfirst(s) ||
         (IsStandfirstOverHeader(s) && IsDateOrBylineAt(text, lines, i + 1)))) {
      layout.subheadline = std::string(s);
      continue;
    }
    // "<headline>\n<standfirst>\nBy Owen Hale\n<date>": one block, the
    // standfirst over the byline or date line.
    if (layout.subheadline.empty() && !alone && i + 1 < lines.size() && body_after >= 1 &&
        static_cast<size_t>(lines[i + 1].end - lines[i + 1].begin) <= kMaxBylineBytes &&
        !absl::ascii_islower(text[lines[i + 1].begin]) && IsStandfirstOverHeader(s) &&
        IsDateOrBylineAt(text, lines, i + 1)) {
      layout.subheadline = std::string(s);
      continue;
    }
    // "Dust on the playground. Photo: Ann Lee/Reuters": a caption and its credit.
    if (IsCaptionWithCredit(s)) continue;
    break;
  }
  if (!layout.publish_date) layout.publish_date = chrome_date;
  AddBody(text, lines, i, &layout);
  // "(Reporting by Ann Lee; Editing by Sam Roe)" closing a wire story: no body.
  while (layout.paragraphs.size() > 1) {
    const ByteRange& last = layout.paragraphs.back();
    if (!TakeClosingCredit(text.substr(last.first, last.second - last.first), &layout)) {
      break;
    }
    layout.paragraphs.pop_back();
  }
  TakeDateline(text, have_headline, &layout);
  // "“We will not back down,” says minister": a headline that quotes someone is
  // read for its quote too.
  if (have_headline && QuotesSomeone(layout.headline)) {
    layout.paragraphs.insert(layout.paragraphs.begin(), headline_range);
  }
  // "CITY HALL" -> "City Hall".
  TitleCaseCapitals(&layout.section);
  return layout;
}

}  // namespace factwire
