// What stands over the headline: site names and their taglines, place and desk
// labels, kickers ("EXCLUSIVE: ", "UPDATE 2-").

#include <algorithm>
#include <cstddef>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/string_view.h"
#include "ingest-service/parse/dates.h"
#include "ingest-service/parse/header_words.h"
#include "ingest-service/parse/layout_internal.h"
#include "ingest-service/parse/utf8.h"

namespace factwire {
namespace layout_internal {
namespace {

// "UPDATE 2-", "EXCLUSIVE-": the size of a wire kicker in capitals, maybe
// numbered, glued to what follows by a hyphen, when s[0, at) holds its words
// and `is_label` takes them; 0 otherwise.
size_t WireKickerSize(absl::string_view s, size_t at,
                      bool (*is_label)(absl::string_view)) {
  size_t end = at;
  while (end < s.size() && absl::ascii_isdigit(s[end])) ++end;
  if (end + 1 >= s.size() || s[end] != '-' || !absl::ascii_isupper(s[end + 1])) return 0;
  const absl::string_view words = absl::StripTrailingAsciiWhitespace(s.substr(0, at));
  if (!IsUpperPlace(words) || !is_label(words)) return 0;
  return end + 1;
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

// "Rail fares\n\n<headline>\n\n<standfirst>\n\n<byline>": a topic label in
// sentence case over line `i` + 1, a headline, when a standfirst (no date or
// byline, IsStandfirstOverHeader) and then a date line or byline follow it: a
// short headline over its standfirst has its byline one line nearer.
bool IsTopicOverHeadlinePair(absl::string_view text, const std::vector<Line>& lines,
                             size_t i) {
  if (i + 3 >= lines.size() || IsDateOrBylineAt(text, lines, i + 2)) return false;
  return IsStandfirstOverHeader(View(text, lines[i + 2])) && IsDateOrBylineAt(text, lines, i + 3);
}

}  // namespace

size_t LabelPrefixSize(absl::string_view s, bool (*is_label)(absl::string_view)) {
  // The label's words: letters and spaces up to a colon or a separator.
  size_t at = 0;
  while (at < s.size() && at <= kMaxKickerBytes &&
         (absl::ascii_isalpha(s[at]) || s[at] == ' ')) {
    ++at;
  }
  if (at == 0 || at >= s.size() || at > kMaxKickerBytes) return 0;
  if (const size_t glued = WireKickerSize(s, at, is_label); glued > 0) return glued;
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
  // "Interview | South Asia": a label of capitalised words after the kicker
  // makes the line a crumb, and no headline follows the kicker.
  const absl::string_view rest = s.substr(at + size);
  if (!is_label(s.substr(0, at)) || WordCount(rest) < 2 ||
      (IsSectionLabel(rest) && IsCapitalisedWords(rest))) {
    return 0;
  }
  return at + size;
}

size_t KickerPrefixSize(absl::string_view s) { return LabelPrefixSize(s, IsKicker); }

absl::string_view TitleHeadline(absl::string_view s, std::string* section) {
  constexpr size_t kMaxParts = 4;
  if (s.size() > kMaxHeadlineBytes) return {};
  const std::vector<absl::string_view> parts = SplitParts(s, kPartSeparators);
  if (parts.size() < 2 || parts.size() > kMaxParts) return {};
  // The headline opens the title, or closes it after one known section.
  const size_t h = WordCount(parts[0]) >= WordCount(parts.back()) ? 0 : parts.size() - 1;
  const absl::string_view headline = parts[h];
  if ((h > 0 && (h > 1 || !IsSectionName(parts[0]))) ||
      WordCount(headline) < kMinHeadlineWords || WriterLeadSize(headline) > 0 ||
      !IsHeadlineLike(headline) || ParseDateLine(headline).has_value()) {
    return {};
  }
  bool site = false;
  absl::string_view step;
  for (size_t k = 0; k < parts.size(); ++k) {
    if (k == h) continue;
    const absl::string_view part = parts[k];
    if (!IsShortLabel(part) || !IsCapitalisedWords(part)) return {};
    // ("Regional News" is a section; "BBC News", "Lusaka Times" a site.)
    if (!IsSectionName(part) && (IsOutletStep(part) || IsNewsAgency(part))) {
      site = true;
    } else if (IsSectionStep(part)) {
      step = part;
    } else {
      return {};
    }
  }
  // With no site's name, the steps after the headline open with a known section.
  if (!site && h == 0 && !IsSectionName(parts[1])) return {};
  *section = std::string(step);
  return headline;
}

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
      EndsSentence(s) || !OpensWithCapital(s)) {
    return false;
  }
  const bool capitals = tagged && IsUpperPlace(s) && !HasDigit(s);
  if (!IsTitleCase(s) && !capitals) return false;
  size_t k = i + 1;
  while (k < lines.size() && IsUnderMasthead(View(text, lines[k]))) ++k;
  const size_t last_space = s.rfind(' ');
  const bool masthead = IsMastheadWord(s.substr(last_space + 1));
  if (!masthead && !(tagged && (capitals || k > i + 1))) return false;
  if (k + 1 >= lines.size()) return false;
  const absl::string_view headline = View(text, lines[k]);
  // "Orkney Gazette\n\n<headline>": directly over a headline of five words or
  // more. ("Local News", "Regional News", a section name, is the section, over
  // the headline or over a date line.)
  if (IsSectionName(s) || (k == i + 1 && WordCount(headline) < kMinHeadlineWords)) {
    return false;
  }
  return headline.size() > s.size() && IsHeadlineLike(headline);
}

namespace {

// True when line `k` alone is a date line or a byline (with the line under
// it: a name over a credit or a date), or a credit alone or one naming no one
// (IsDateOrBylineAt without a place filed from over the credits).
bool IsDateOrBylineLineAt(absl::string_view text, const std::vector<Line>& lines, size_t k) {
  if (k >= lines.size()) return false;
  Layout scratch;
  if (k + 1 < lines.size() && !lines[k + 1].blank_before &&
      TakeNamesOver(View(text, lines[k]), View(text, lines[k + 1]), &scratch) !=
          NamesOver::kNone) {
    return true;
  }
  // "Staff Reporter", "Reuters", "From our correspondent in Sambava": a
  // credit alone, or one that names no one, stands where a byline does.
  if (IsCreditAlone(View(text, lines[k])) || IsUnnamedByline(View(text, lines[k]))) return true;
  return TakeHeaderLine(View(text, lines[k]), &scratch) &&
         (scratch.publish_date.has_value() || !scratch.authors.empty());
}

}  // namespace

bool IsDateOrBylineAt(absl::string_view text, const std::vector<Line>& lines, size_t k) {
  if (IsDateOrBylineLineAt(text, lines, k)) return true;
  // "Filed from Suva\nBy Ann Lee": the place filed from opens the credits
  // over the byline or date line under it.
  return k + 1 < lines.size() && IsFiledPlaceLine(View(text, lines[k])) &&
         IsDateOrBylineLineAt(text, lines, k + 1);
}

bool IsLabelOverHeadline(absl::string_view text, const std::vector<Line>& lines, size_t i) {
  constexpr int kMaxLabelWords = 3;
  const absl::string_view s = View(text, lines[i]);
  if (i + 2 >= lines.size() || !IsShortLabel(s) || WordCount(s) > kMaxLabelWords ||
      IsKicker(s) || IsNewsAgency(s)) {
    return false;
  }
  const absl::string_view headline = View(text, lines[i + 1]);
  if (WordCount(headline) < kMinHeadlineWords || !IsHeadlineLike(headline)) return false;
  if (WordCount(s) > 1 && !IsTitleCase(s)) return IsTopicOverHeadlinePair(text, lines, i);
  return IsDateOrBylineAt(text, lines, i + 2) || IsDateOrBylineAt(text, lines, i + 3);
}

}  // namespace layout_internal

size_t HeadlineKickerSize(absl::string_view headline) {
  return layout_internal::KickerPrefixSize(headline);
}

}  // namespace factwire
