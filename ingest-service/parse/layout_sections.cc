// Sections: lines of metadata parts, breadcrumbs ("Home > News > Politics"),
// a section beside a date, sections written in capitals.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"
#include "ingest-service/parse/dates.h"
#include "ingest-service/parse/header_words.h"
#include "ingest-service/parse/html_entities.h"
#include "ingest-service/parse/layout_internal.h"
#include "ingest-service/parse/utf8.h"

namespace factwire {
namespace layout_internal {
namespace {

// Separate the steps of a masthead or breadcrumb line joined by bars, middle
// dots or bullets ("KNB NEWS | Counties | Nakuru", "Trade Weekly · Dairy").
constexpr absl::string_view kStepSeparators[] = {" | ", " \xC2\xB7 ", " \xE2\x80\xA2 "};

// A line of more steps than this is no breadcrumb.
constexpr size_t kMaxSteps = 4;

// True when a step before steps[k] is a topical section (IsTopicalSection).
bool HasTopicBefore(const std::vector<absl::string_view>& steps, size_t k) {
  return std::any_of(steps.begin(), steps.begin() + k,
                     [](absl::string_view step) { return IsTopicalSection(step); });
}

// True when a crumb's step names what stories are about: a desk or a sport
// (IsDeskSection), a topical section (IsTopicalSection), or a beat no list
// holds, a word of one ("Mining", "Fisheries": HasTopicNounEnding).
bool IsTopicStep(absl::string_view step) {
  return IsDeskSection(step) || IsTopicalSection(step) ||
         (step.find(' ') == absl::string_view::npos && !IsSectionName(step) &&
          !IsCountryName(step) && HasTopicNounEnding(step));
}

// The section breadcrumb step `k` of `steps` gives: the step, or the step
// before it when step `k` only names the country, region or state
// (IsCountryName, IsRegionName, NamesADivision: "Politics | Maine") that a
// topic before it covers, the crumb's first topic: a
// desk's edition ("Business | Czech Republic", "Home > Sport > Kenya" ->
// "Business", "Sport"; "News > UK > Wales" -> "Wales": UK is no topic), a
// sport's team ("Cricket | India" -> "Cricket": a sport is a desk to
// IsDeskSection), or a beat's ("Agriculture | Vietnam", "Mining | East
// Africa" -> the beat: what the story is about, as readers name it). Under a
// topic that is itself under a topic ("Markets / Companies / Indonesia",
// "Politics > Elections > Montenegro") the crumb follows the site's tree down
// a branch, and the country is its deepest step: the section. Root steps
// ("Home", a site's name, "News") are no topics, so a crumb reads the same
// with or without them: "Home > Sport > Brazil" and "Sport | Brazil" give
// Sport, "Home > Sport > Football > Brazil" and "Sport > Football > Brazil"
// Brazil.
absl::string_view CountryUnderTopic(const std::vector<absl::string_view>& steps, size_t k) {
  if (k > 0 && (IsCountryName(steps[k]) || IsRegionName(steps[k]) || NamesADivision(steps[k])) &&
      IsTopicStep(steps[k - 1]) &&
      IsSectionLabel(steps[k - 1]) && !HasTopicBefore(steps, k - 1)) {
    return steps[k - 1];
  }
  return steps[k];
}

// Separates the steps of a breadcrumb written with hyphens ("News - Estonia -
// Transport"): read only when every step is a short title-case label.
constexpr absl::string_view kDashStepSeparators[] = {" - "};

// A step of a hyphenated breadcrumb has at most this many words: a headline's
// clauses ("Kenya - Talks With Uganda Resume") run longer.
constexpr int kMaxDashedStepWords = 2;

// "News - Estonia - Transport", "ERR News - Transport": a root step
// (IsRootStep) other than a country and steps of one or two capitalised words
// joined by " - ": the section after the root (SectionAfterRoot). "" for other
// lines ("Kenya - Talks With Uganda Resume", "Obama - Clinton", "Kenya - Uganda
// - Tanzania").
std::string DashedSection(absl::string_view s) {
  const std::vector<absl::string_view> parts = SplitParts(s, kDashStepSeparators);
  // (A country first is a headline's: "Kenya - Uganda - Tanzania".)
  if (parts.size() < 2 || parts.size() > kMaxSteps || IsCountryName(parts[0])) return "";
  for (size_t k = 1; k < parts.size(); ++k) {
    if (!IsShortLabel(parts[k]) || !IsCapitalisedWords(parts[k]) ||
        WordCount(parts[k]) > kMaxDashedStepWords) {
      return "";
    }
  }
  return SectionAfterRoot(parts);
}

// "News | Sport | Weather | Travel", "Home | News | Sport | Business": a
// site's menu, no breadcrumb: four parts or more, those after the first
// known section names.
bool IsMenu(const std::vector<absl::string_view>& parts) {
  constexpr size_t kMinMenuParts = 4;
  return parts.size() >= kMinMenuParts &&
         std::all_of(parts.begin() + 1, parts.end(),
                     [](absl::string_view part) { return IsSectionName(part); });
}

// "LOCAL NEWS | CITY HALL", "KNB NEWS | Counties | Nakuru", "Dairy Trade
// Weekly · Milk Prices": a root step (RootStep) and short labels joined by
// bars, middle dots or bullets are a breadcrumb: its last step (or the topic
// over a country, CountryUnderTopic). "" for other lines, when the last step
// names an outlet, an agency or a kicker, and for a menu (a root and three
// known sections or more: "News | Sport | Weather | Travel"). A line of no bar,
// dot or bullet may be a hyphenated breadcrumb (DashedSection).
std::string SteppedSection(absl::string_view s) {
  const std::vector<absl::string_view> parts = SplitParts(s, kStepSeparators);
  if (parts.size() < 2) return DashedSection(s);
  if (parts.size() > kMaxSteps || !IsRootStep(parts[0])) return "";
  for (size_t k = 1; k < parts.size(); ++k) {
    if (!IsShortLabel(parts[k])) return "";
  }
  return IsMenu(parts) ? "" : SectionAfterRoot(parts);
}

}  // namespace

bool IsOutletStep(absl::string_view s) {
  if (!IsShortLabel(s)) return false;
  return IsMastheadWord(s.substr(s.rfind(' ') + 1)) || absl::StartsWithIgnoreCase(s, "the ");
}

bool IsRootStep(absl::string_view s) {
  return absl::EqualsIgnoreCase(s, "home") || IsSectionName(s) || IsOutletStep(s) ||
         IsCountryName(s);
}

bool TakeMastheadLine(absl::string_view s, Layout* layout) {
  const std::vector<absl::string_view> parts = SplitParts(s, kStepSeparators);
  if (parts.size() < 3 || parts.size() > kMaxSteps || !IsOutletStep(parts[0])) return false;
  // (A site's name, not "The Budget" opening a headline: a masthead word or
  // capitals.)
  const absl::string_view site = parts[0];
  if (!IsMastheadWord(site.substr(site.rfind(' ') + 1)) && !IsUpperPlace(site)) return false;
  // The labels after the site's name, up to the first part that is none.
  std::vector<absl::string_view> labels = {parts[0]};
  while (labels.size() < parts.size() && IsShortLabel(parts[labels.size()])) {
    labels.push_back(parts[labels.size()]);
  }
  // (All labels: SteppedSection's; no label after the name: a headline's parts.)
  if (labels.size() == parts.size() || labels.size() < 2) return false;
  // A date among the parts: a date line's (TakeMetaParts).
  for (size_t k = labels.size(); k < parts.size(); ++k) {
    if (ParseDateLine(parts[k]).has_value()) return false;
  }
  if (layout->section.empty()) layout->section = SectionAfterRoot(labels);
  return true;
}

namespace {

// A mark between steps is at most this many bytes (" :: ", " ›› ", " ⟫ ").
constexpr size_t kMaxStepMarkBytes = 6;

// True for a byte a step mark may hold: no ASCII letter, digit or space, so
// punctuation and the bytes of other scripts' symbols ("¦", "◆", "→").
bool IsMarkByte(char c) {
  return c != ' ' && !absl::ascii_isalnum(static_cast<unsigned char>(c));
}

// The first mark standing alone between spaces in `s` (" ¦ "), with its spaces;
// "" when none.
absl::string_view FirstSpacedMark(absl::string_view s) {
  for (size_t i = 0; i + 2 < s.size(); ++i) {
    if (s[i] != ' ' || !IsMarkByte(s[i + 1])) continue;
    size_t end = i + 1;  // one past the mark's last byte
    while (end < s.size() && end - (i + 1) <= kMaxStepMarkBytes && IsMarkByte(s[end])) ++end;
    if (end < s.size() && s[end] == ' ' && end - (i + 1) <= kMaxStepMarkBytes) {
      return s.substr(i, end - i + 1);
    }
  }
  return absl::string_view();
}

// True when a space in `s` (before its last two bytes) is followed by a mark
// byte (IsMarkByte), as every part and crumb separator and every spaced mark
// (FirstSpacedMark) opens: one pass that turns most lines of words away.
bool HasSpaceBeforeMark(absl::string_view s) {
  for (size_t i = 0; i + 2 < s.size(); ++i) {
    if (s[i] == ' ' && IsMarkByte(s[i + 1])) return true;
  }
  return false;
}

// Marks that join a headline's words as often as a breadcrumb's steps: dashes
// ("Kenya - Uganda - Tanzania", "Ruto – Raila – Kalonzo"), '&', '+', commas.
constexpr absl::string_view kHeadlineMarks[] = {
    "-", "\xE2\x80\x93", "\xE2\x80\x94", "--", "&", "+", ",", ";", ":", "..."};

// Arrows, which also join the steps of a headline's story ("Drought → Hunger
// → Migration"): a breadcrumb of them holds a known step.
constexpr absl::string_view kArrowMarks[] = {"\xE2\x86\x92", "\xE2\x9F\xB6", "\xE2\x9E\x94",
                                             "\xE2\x9E\x9C", "\xE2\x87\x92", "->", "=>"};

// True when `mark` (with its spaces) is one of `marks`.
template <size_t N>
bool MarkIn(absl::string_view mark, const absl::string_view (&marks)[N]) {
  const absl::string_view bare = mark.substr(1, mark.size() - 2);
  return std::find(std::begin(marks), std::end(marks), bare) != std::end(marks);
}

// "N.L.", "U.S.": a step of capital initials, each with its period.
bool IsInitialsStep(absl::string_view s) {
  constexpr size_t kMaxInitialsBytes = 8;
  return s.size() >= 2 && s.size() <= kMaxInitialsBytes && s.back() == '.' &&
         std::all_of(s.begin(), s.end(),
                     [](char c) { return c == '.' || absl::ascii_isupper(c); });
}

}  // namespace

std::vector<absl::string_view> RepeatedMarkSteps(absl::string_view s) {
  if (s.size() > kMaxMetaLineBytes) return {};
  const absl::string_view mark = FirstSpacedMark(s);
  if (mark.empty() || MarkIn(mark, kHeadlineMarks)) return {};
  std::vector<absl::string_view> steps;
  for (size_t at = s.find(mark); at != absl::string_view::npos; at = s.find(mark)) {
    steps.push_back(absl::StripAsciiWhitespace(s.substr(0, at)));
    s.remove_prefix(at + mark.size());
  }
  steps.push_back(absl::StripAsciiWhitespace(s));
  constexpr size_t kMinMarkedSteps = 3;  // two marks: one may be a headline's dash
  if (steps.size() < kMinMarkedSteps || steps.size() > kMaxSteps) return {};
  // Arrows need a step a breadcrumb would hold: home, a section, a site or a
  // country ("Drought → Hunger → Migration" has none: a headline's).
  bool known = !MarkIn(mark, kArrowMarks);
  for (absl::string_view step : steps) {
    if (!(IsShortLabel(step) || IsInitialsStep(step)) || !IsCapitalisedWords(step) ||
        !FirstSpacedMark(step).empty()) {
      return {};
    }
    known = known || IsRootStep(step) || IsSectionName(step);
  }
  return known ? steps : std::vector<absl::string_view>();
}

bool IsSectionStep(absl::string_view s) {
  return IsShortLabel(s) && IsSectionLabel(s) && !IsOutletStep(s) && !IsNewsAgency(s) &&
         !IsKicker(s);
}

bool IsSeparated(absl::string_view s) {
  size_t size = 0;
  return s.size() <= kMaxMetaLineBytes && HasSpaceBeforeMark(s) &&
         (FindSeparator(s, kPartSeparators, &size) != absl::string_view::npos ||
          FindSeparator(s, kCrumbSeparators, &size) != absl::string_view::npos ||
          !RepeatedMarkSteps(s).empty());
}

bool IsSectionBesideDate(absl::string_view label) {
  return IsSectionLabel(label) && !IsNewsAgency(label) &&
         (IsSectionName(label) || IsRegionName(label) || WordCount(label) == 1 ||
          absl::StrContains(label, " & "));
}

std::string SectionAfterRoot(const std::vector<absl::string_view>& labels) {
  if (labels.size() < 2 || !IsRootStep(labels[0]) || !IsSectionStep(labels.back())) return "";
  return std::string(CountryUnderTopic(labels, labels.size() - 1));
}

namespace {

// The dashes that set a site's name apart from the breadcrumb after it
// ("Balkan Courier — Politics › Courts").
constexpr absl::string_view kSiteDashes[] = {" \xE2\x80\x94 ", " \xE2\x80\x93 "};

// "VALLEY POST — Economy / Farming", "Balkan Courier — Politics › Courts ›
// Kotor": `steps` with a site's name and its dash opening the first step cut
// off: the name a short label in capitals or an outlet's (IsOutletStep), or
// any short label before three steps or more; the step after the dash a
// short label. Other steps unchanged.
void CutSiteName(std::vector<absl::string_view>* steps) {
  absl::string_view& first = steps->front();
  size_t size = 0;
  const size_t at = FindSeparator(first, kSiteDashes, &size);
  if (at == absl::string_view::npos) return;
  const absl::string_view site = first.substr(0, at);
  const absl::string_view step = absl::StripAsciiWhitespace(first.substr(at + size));
  constexpr size_t kManySteps = 3;
  if (!IsShortLabel(site) || !IsShortLabel(step) ||
      !(IsUpperPlace(site) || IsOutletStep(site) || steps->size() >= kManySteps)) {
    return;
  }
  first = step;
}

}  // namespace

std::string BreadcrumbSection(absl::string_view s) {
  std::vector<absl::string_view> parts = SplitParts(s, kCrumbSeparators);
  if (parts.size() >= 2) CutSiteName(&parts);
  if (parts.size() < 2) {
    if (std::string stepped = SteppedSection(s); !stepped.empty()) return stepped;
    // Steps joined by bars, dots or bullets that SteppedSection turned down (a
    // menu: "News | Sport | Weather | Travel") are no breadcrumb of other marks.
    if (size_t size = 0; FindSeparator(s, kStepSeparators, &size) != absl::string_view::npos) {
      return "";
    }
    parts = RepeatedMarkSteps(s);  // "Home ›› Regions ›› Courts", "A ¦ B ¦ C"
    if (parts.empty()) return "";
  }
  // Two steps joined by a slash are a breadcrumb only when each is one or two
  // capitalised words ("News / Environment", "Sport / Rugby Union"), or in
  // sentence case under a known section ("Sport / Rugby union").
  constexpr int kMaxSlashedStepWords = 2;
  const bool two_slashed = parts.size() < 3 && absl::StrContains(s, " / ");
  const bool under_section = IsSectionName(parts.front());
  // "Photo: Owen Hale / AFP", "Owen Hale / Reuters": a caption's label or a
  // picture agency's credit makes the line a credit, no breadcrumb.
  if (IsPictureCredit(parts.back()) || parts.front().find(':') != absl::string_view::npos) {
    return "";
  }
  for (absl::string_view part : parts) {
    if (!IsShortLabel(part) && !IsInitialsStep(part)) return "";  // "N.L."
    if (two_slashed &&
        (WordCount(part) > kMaxSlashedStepWords ||
         !(IsCapitalisedWords(part) || (under_section && OpensWithCapital(part))))) {
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

namespace {

// The marks between the parts of a section line over the headline
// (SectionLineSection): dashes, a middle dot, a bar, a slash, angle marks.
constexpr absl::string_view kSectionLineSeparators[] = {
    " \xE2\x80\x94 ", " \xE2\x80\x93 ", " \xC2\xB7 ", " | ",
    " / ",              " \xE2\x80\xBA ", " \xC2\xBB ", " > "};

// "Weather & Climate", "INDIAN OCEAN", "Science and Environment": a short
// label (IsShortLabel) whose words are capitalised, but for '&' and short
// words after the first ("and", "of": IsCapitalisedWords' title words); no
// colon or comma.
bool IsCapitalisedLabel(absl::string_view s) {
  return IsShortLabel(s) && s.find_first_of(":,") == absl::string_view::npos &&
         IsCapitalisedWords(s, /*title_words=*/true);
}

// True when `s` is a known section, region or country name.
bool IsKnownSectionOrPlace(absl::string_view s) {
  return IsSectionName(s) || IsRegionName(s) || IsCountryName(s);
}

// "LOCAL GOVERNANCE", "FISHERIES", "RURAL BROADBAND PROVISION": a label of
// one to three words, none a short word of a title or a preposition
// (IsShortWord: "of", "the", "with"; IsLongPreposition: "without", "after"),
// nor after the first a verb's finite form (IsFiniteVerbForm), as a page's
// furniture names a field; a kicker's phrase joins its words with one ("LIFE
// WITHOUT ELECTRICITY"), states its news with a verb as a headline does
// ("COUNCIL BLAMES GOVERNMENT") or runs longer.
bool IsBriefFieldLabel(absl::string_view label) {
  constexpr int kMaxFieldLabelWords = 3;
  if (WordCount(label) > kMaxFieldLabelWords) return false;
  bool first = true;
  for (absl::string_view word : absl::StrSplit(label, ' ', absl::SkipEmpty())) {
    if (IsShortWord(word) || IsLongPreposition(word)) return false;
    if (!first && IsFiniteVerbForm(word)) return false;
    first = false;
  }
  return true;
}

}  // namespace

std::vector<std::string> ColumnistAfterSection(absl::string_view s) {
  if (s.size() > kMaxMetaLineBytes) return {};
  const std::vector<absl::string_view> parts = SplitParts(s, kSectionLineSeparators);
  if (parts.size() != 2 || !IsColumnSection(parts[0]) || IsKnownSectionOrPlace(parts[1])) {
    return {};
  }
  return PersonNames(parts[1]);
}

bool TakeColumnLabelAndWriter(absl::string_view s, Layout* layout) {
  const size_t colon = s.find(": ");
  if (colon == absl::string_view::npos || s.size() > kMaxMetaLineBytes) return false;
  const absl::string_view column = s.substr(0, colon);
  const absl::string_view name = absl::StripAsciiWhitespace(s.substr(colon + 2));
  if (!IsColumnSection(column) || IsKnownSectionOrPlace(name)) return false;
  std::vector<std::string> names = PersonNames(name);
  if (names.empty()) return false;
  if (layout->section.empty()) layout->section = std::string(column);
  if (layout->authors.empty()) layout->authors = std::move(names);
  return true;
}

std::string SectionLineSection(absl::string_view s) {
  if (s.size() > kMaxMetaLineBytes) return "";
  const std::vector<absl::string_view> parts = SplitParts(s, kSectionLineSeparators);
  if (parts.size() < 2 || parts.size() > kMaxSteps || IsMenu(parts)) return "";
  for (absl::string_view part : parts) {
    if (!IsCapitalisedLabel(part)) return "";
  }
  const absl::string_view first = parts.front();
  const absl::string_view last = parts.back();
  if (!IsSectionStep(last)) return "";
  // "Opinion — Jo Moyo": the columnist under a column section.
  if (IsColumnSection(first) && !PersonNames(last).empty() && !IsKnownSectionOrPlace(last)) {
    return std::string(first);
  }
  // A step under a known section is one word, a tag ("Health · Alberta"), or
  // names a region, a place or a field itself ("Agriculture – West Cork",
  // "Indian Ocean Islands", "Rural Local Government"): "Sport — Rovers Draw"
  // and "China — Trade War Deepens" are headlines' clauses.
  const bool field = HasTopicNounEnding(last.substr(last.rfind(' ') + 1));
  const bool under_section =
      IsSectionName(first) &&
      (WordCount(last) == 1 || OpensWithCompassWord(last) || NamesAPlace(last) || field);
  // "KERALA | LOCAL GOVERNANCE": labels set in capitals, as a page sets its
  // furniture, the last a brief label naming a field, under any first part.
  const bool capital_field = field && IsUpperPlace(s) && IsBriefFieldLabel(last);
  if (!IsKnownSectionOrPlace(last) && !under_section && !capital_field) return "";
  return std::string(CountryUnderTopic(parts, parts.size() - 1));
}

std::string TightBarSection(absl::string_view s) {
  if (s.size() > kMaxMetaLineBytes) return "";
  // "Hong Kong/Politics": read as "Hong Kong / Politics" when it opens with a
  // root step or closes with a section name ("Labour/Tory Split" is none).
  if (const size_t slash = s.find('/'); slash != absl::string_view::npos &&
                                        !absl::StrContains(s, " /") &&
                                        !absl::StrContains(s, "/ ")) {
    if (!IsRootStep(s.substr(0, slash)) && !IsSectionName(s.substr(s.rfind('/') + 1))) return "";
    return BreadcrumbSection(absl::StrReplaceAll(s, {{"/", " / "}}));
  }
  if (s.find('|') == absl::string_view::npos || absl::StrContains(s, " |") ||
      absl::StrContains(s, "| ")) {
    return "";
  }
  return SteppedSection(absl::StrReplaceAll(s, {{"|", " | "}}));
}

namespace {

// "GOVERNANCE" -> "Governance", "ASIA-PACIFIC" -> "Asia-Pacific", "SĂNĂTATE"
// -> "Sănătate": `word` with every letter after the first of each part
// (after a hyphen or a slash) in lowercase, any script's (ToSmallLetter).
std::string CapitalOnlyFirst(absl::string_view word) {
  std::string out;
  bool first = true;
  for (size_t k = 0; k < word.size();) {
    int size = 0;
    const uint32_t cp = FirstCodePoint(word.substr(k), &size);
    if (size == 1 && static_cast<unsigned char>(word[k]) >= 0x80) {
      out.push_back(word[k]);  // a stray byte: kept as written
    } else {
      AppendUtf8(first ? cp : ToSmallLetter(cp), &out);
    }
    first = cp == '-' || cp == '/';
    k += size;
  }
  return out;
}

}  // namespace

void TitleCaseCapitals(std::string* label) {
  // Most inputs read no section: nothing to split.
  if (label->empty() || HasSmallLetter(*label)) return;
  // Initials: a word of two letters ("UK"), or a label of one word of three
  // ("UAE", "NHS").
  const bool one_word = label->find(' ') == std::string::npos;
  const size_t max_initials_bytes = one_word ? 3 : 2;
  std::string out;
  bool first = true;
  for (absl::string_view word : absl::StrSplit(*label, ' ')) {
    if (!first) out.push_back(' ');
    const bool initials = word.find('.') != absl::string_view::npos ||
                          (word.size() <= max_initials_bytes && !IsShortWord(word));
    if (!first && IsShortWord(word)) {
      out.append(absl::AsciiStrToLower(word));
    } else if (!initials) {
      out.append(CapitalOnlyFirst(word));
    } else {
      out.append(word.data(), word.size());
    }
    first = false;
  }
  *label = std::move(out);
}

absl::string_view LabelledSection(absl::string_view s) {
  constexpr size_t kMaxLeadBytes = 12;
  const size_t colon = s.substr(0, kMaxLeadBytes + 1).find(':');
  if (colon == absl::string_view::npos || !IsSectionLead(s.substr(0, colon))) return {};
  // "Topic: Floods", or "Topic:Floods" as some pages copy it.
  const absl::string_view label = absl::StripLeadingAsciiWhitespace(s.substr(colon + 1));
  if (!IsShortLabel(label) || !IsSectionLabel(label)) return {};
  return label;
}

}  // namespace layout_internal
}  // namespace factwire
