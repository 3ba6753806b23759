// Sections: lines of metadata parts, breadcrumbs ("Home > News > Politics"),
// a section beside a date, sections written in capitals.

#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "ingest-service/parse/header_words.h"
#include "ingest-service/parse/layout_internal.h"

namespace factwire {
namespace layout_internal {
namespace {

// Separates the two steps of a breadcrumb joined by a bar.
constexpr absl::string_view kBarSeparator[] = {" | "};

// The section breadcrumb step `k` of `steps` gives: the step, or the step
// before it when step `k` only names the country (IsCountryName) a topical
// section (IsTopicalSection) before it covers ("Business | Czech Republic",
// "Home > Sport > Kenya" -> "Business", "Sport"; "News > UK > Wales" ->
// "Wales": UK is no topic).
absl::string_view CountryUnderTopic(const std::vector<absl::string_view>& steps, size_t k) {
  if (k > 0 && IsCountryName(steps[k]) && IsTopicalSection(steps[k - 1]) &&
      IsSectionLabel(steps[k - 1])) {
    return steps[k - 1];
  }
  return steps[k];
}

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
  return std::string(CountryUnderTopic(parts, 1));
}

}  // namespace

bool IsSeparated(absl::string_view s) {
  size_t size = 0;
  return s.size() <= kMaxMetaLineBytes &&
         (FindSeparator(s, kPartSeparators, &size) != absl::string_view::npos ||
          FindSeparator(s, kCrumbSeparators, &size) != absl::string_view::npos);
}

bool IsSectionBesideDate(absl::string_view label) {
  return IsSectionLabel(label) && !IsNewsAgency(label) &&
         (IsSectionName(label) || WordCount(label) == 1);
}

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
      return std::string(CountryUnderTopic(parts, k));
    }
  }
  return "";
}

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

absl::string_view LabelledSection(absl::string_view s) {
  constexpr size_t kMaxLeadBytes = 12;
  const size_t colon = s.substr(0, kMaxLeadBytes + 1).find(": ");
  if (colon == absl::string_view::npos || !IsSectionLead(s.substr(0, colon))) return {};
  const absl::string_view label = s.substr(colon + 2);
  if (!IsShortLabel(label) || !IsSectionLabel(label)) return {};
  return label;
}

}  // namespace layout_internal
}  // namespace factwire
