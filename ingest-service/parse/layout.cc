#include "ingest-service/parse/layout.h"

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"
#include "ingest-service/parse/dates.h"
#include "ingest-service/parse/header_words.h"
#include "ingest-service/parse/layout_internal.h"

namespace factwire {
namespace layout_internal {
namespace {

// "Kisumu", "Dar es Salaam": the place an author files from, on a line of its
// own under the byline: one to three words, the first capitalised, no digit or
// sentence end, no section name.
bool IsBureauLine(absl::string_view s) {
  constexpr int kMaxPlaceWords = 3;
  return IsShortLabel(s) && WordCount(s) <= kMaxPlaceWords && !IsSectionName(s);
}

// "Bay of Plenty Times", "The Island Gazette": an outlet's name on a line of
// its own under the byline: a short title-case line closed by a masthead word
// (IsMastheadWord), no sentence end.
bool IsOutletLine(absl::string_view s) {
  constexpr size_t kMaxOutletBytes = 40;
  constexpr int kMaxOutletWords = 5;
  return s.size() <= kMaxOutletBytes && WordCount(s) <= kMaxOutletWords &&
         !EndsSentence(s) && IsTitleCase(s) && IsMastheadWord(s.substr(s.rfind(' ') + 1));
}

// "Today : Feb 04, 2025", "Home | News", "Home" (a breadcrumb's first step
// on a line of its own): site furniture around the article.
bool IsChrome(absl::string_view s) {
  const std::string lower = absl::AsciiStrToLower(s.substr(0, 16));
  return absl::StartsWith(lower, "today") || absl::StrContains(s, " | ") ||
         absl::StartsWith(lower, "home ") || lower == "home" ||
         absl::StartsWith(lower, "advertisement");
}

// True when `s` is a labelled section line ("Topic: Floods", LabelledSection):
// its section is layout->section unless one was read before.
bool TakeLabelledSection(absl::string_view s, Layout* layout) {
  const absl::string_view labelled = LabelledSection(s);
  if (labelled.empty()) return false;
  if (layout->section.empty()) layout->section = std::string(labelled);
  return true;
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

// "Will the taps run dry this winter?" at lines[i] over a date or byline line,
// or over a standfirst over one: a question of one sentence is a headline.
bool IsQuestionOverCredits(absl::string_view text, const std::vector<Line>& lines, size_t i) {
  const absl::string_view s = View(text, lines[i]);
  if (s.back() != '?' || SentenceEnds(s) != 1 || i + 1 >= lines.size()) return false;
  return IsDateOrBylineAt(text, lines, i + 1) ||
         (IsStandfirstOverHeader(View(text, lines[i + 1])) &&
          IsDateOrBylineAt(text, lines, i + 2));
}

// The fewest words of a headline under a short step or a columnist's name.
constexpr int kMinHeadlineWords = 5;

// "Jo Moyo", "Tom Bell": words a byline reads as a person's name (PersonNames),
// none of them a section or country word ("Local Government", "East Africa"
// are labels).
bool ReadsAsName(absl::string_view s) {
  if (PersonNames(s).empty()) return false;
  for (absl::string_view word : absl::StrSplit(s, ' ', absl::SkipEmpty())) {
    if (IsSectionName(word) || IsCountryName(word)) return false;
  }
  return true;
}

// "Mining" over "Water plant to close for repairs after cracks found": a label
// of one or two capitalised words, no person's name, over a line of five words
// or more.
bool IsShortStepOver(absl::string_view s, absl::string_view next) {
  constexpr int kMaxStepWords = 2;
  return WordCount(s) <= kMaxStepWords && IsCapitalisedWords(s) && !IsKicker(s) &&
         !ReadsAsName(s) && WordCount(next) >= kMinHeadlineWords;
}

// "Jo Moyo" over "Why the copper boom will not last this time": a columnist's
// name (ReadsAsName) over a line of five words or more.
bool IsNameOverHeadline(absl::string_view s, absl::string_view next) {
  return ReadsAsName(s) && WordCount(next) >= kMinHeadlineWords;
}

// "Mining", "Local Government", "Regional News": a label that names a topic
// or a section (its last word a section name or with a common noun's ending:
// HasTopicNounEnding), not a place ("Lusaka", "Kitwe, Zambia", "Zambia").
bool ReadsAsTopic(absl::string_view s) {
  if (absl::StrContains(s, ',') || IsCountryName(s)) return false;
  const size_t space = s.rfind(' ');
  const absl::string_view last = space == absl::string_view::npos ? s : s.substr(space + 1);
  return IsSectionName(s) || IsSectionName(last) || HasTopicNounEnding(last);
}

// The section a breadcrumb line gives ("Business | Mining", "NEWS / LOCAL",
// "Home > Region > North"); "" for other lines, and for a byline or names
// with a credit ("JANE DOE / Staff Writer").
std::string CrumbSection(absl::string_view s) {
  std::string crumb = IsSeparated(s) ? BreadcrumbSection(s) : TightBarSection(s);
  if (!crumb.empty() && (BylineLeadSize(s) > 0 || !CreditedNames(s, true).empty())) return "";
  return crumb;
}

// "Mining", "Water & Sanitation": a section label (IsSectionLabel) of
// capitalised words, no digit, no kicker or credit.
bool IsPlainSectionLabel(absl::string_view s) {
  return IsSectionLabel(s) && IsCapitalisedWords(s) && !HasDigit(s) && !IsKicker(s) &&
         !IsCreditAlone(s);
}

// "Mining" at lines[i], alone over a date or byline line, or over a
// standfirst over one.
bool IsLabelOverCredits(absl::string_view text, const std::vector<Line>& lines, size_t i) {
  if (!lines[i].blank_before || i + 1 >= lines.size() || !lines[i + 1].blank_before ||
      !IsPlainSectionLabel(View(text, lines[i]))) {
    return false;
  }
  return IsDateOrBylineAt(text, lines, i + 1) ||
         (IsStandfirstOverHeader(View(text, lines[i + 1])) &&
          IsDateOrBylineAt(text, lines, i + 2));
}

// "Regional News", "Business | Mining", "Mining" over "14 March 2026" or "By
// Ann Lee": a section or breadcrumb line at lines[k], joined to a date or
// byline line under it.
bool IsSectionOverDateOrByline(absl::string_view text, const std::vector<Line>& lines,
                               size_t k) {
  if (k + 1 >= lines.size() || lines[k + 1].blank_before) return false;
  const absl::string_view s = View(text, lines[k]);
  return (IsPlainSectionLabel(s) || !CrumbSection(s).empty()) &&
         IsDateOrBylineAt(text, lines, k + 1);
}

}  // namespace
}  // namespace layout_internal

using layout_internal::AddBody;
using layout_internal::BreadcrumbSection;
using layout_internal::CrumbSection;
using layout_internal::EndsSentence;
using layout_internal::IsAuthorBio;
using layout_internal::IsBureauLine;
using layout_internal::IsCaptionWithCredit;
using layout_internal::IsChrome;
using layout_internal::IsContactLine;
using layout_internal::IsCreditAlone;
using layout_internal::IsCreditLabel;
using layout_internal::IsDateOrBylineAt;
using layout_internal::IsHeaderFurniture;
using layout_internal::IsGluedCreditLine;
using layout_internal::IsHeadlineLike;
using layout_internal::IsLabelOverCredits;
using layout_internal::IsLabelOverHeadline;
using layout_internal::IsNameOverHeadline;
using layout_internal::IsOutletLine;
using layout_internal::IsPlainSectionLabel;
using layout_internal::IsQuestionOverCredits;
using layout_internal::IsSectionLabel;
using layout_internal::IsSectionOverDateOrByline;
using layout_internal::IsSeparated;
using layout_internal::IsShortStepOver;
using layout_internal::IsSiteName;
using layout_internal::IsStandfirst;
using layout_internal::IsStandfirstOverHeader;
using layout_internal::IsTitleCase;
using layout_internal::IsUnnamedByline;
using layout_internal::KickerPrefixSize;
using layout_internal::Line;
using layout_internal::MetaLine;
using layout_internal::NameBeforeTitleCaseJob;
using layout_internal::NamesOver;
using layout_internal::PersonNames;
using layout_internal::QuotesSomeone;
using layout_internal::ReadsAsTopic;
using layout_internal::SectionAfterRoot;
using layout_internal::SiteNameBeforeTagline;
using layout_internal::SplitLines;
using layout_internal::TakeClosingCredit;
using layout_internal::TakeDateOrByline;
using layout_internal::TakeDateline;
using layout_internal::TakeDatelineLine;
using layout_internal::TakeLabelOverValue;
using layout_internal::TakeLabelledSection;
using layout_internal::TakeMastheadLine;
using layout_internal::TakeMetaParts;
using layout_internal::TakeNamesOver;
using layout_internal::TightBarSection;
using layout_internal::TitleCaseCapitals;
using layout_internal::TitleHeadline;
using layout_internal::View;
using layout_internal::WithoutPlace;
using layout_internal::kMaxBylineBytes;
using layout_internal::kMaxHeadlineBytes;
using layout_internal::kMaxKickerBytes;

Layout ReadLayout(absl::string_view text) {
  Layout layout;
  const std::vector<Line> lines = SplitLines(text);
  std::optional<CivilDate> chrome_date;
  std::string crumb_section;  // from a breadcrumb, when no section line says
  size_t i = 0;
  bool have_headline = false;
  // The line a section label was read from (npos when none was).
  size_t section_line = std::string::npos;
  bool after_date = false;  // the line before is a date line or page chrome
  ByteRange headline_range;
  // Header: chrome, section, date, byline, then the headline.
  for (; i < lines.size() && !have_headline; ++i) {
    // "EXCLUSIVE: <headline>": the kicker is no part of the line's headline.
    // ("Updated: 15 March 2026" keeps its label: the date is an update's.)
    size_t kicker = KickerPrefixSize(View(text, lines[i]));
    if (kicker > 0 && ParseDateLine(View(text, lines[i])).has_value()) kicker = 0;
    const absl::string_view s = View(text, lines[i]).substr(kicker);
    const bool more = i + 1 < lines.size();
    const bool joined_to_date = after_date && !lines[i].blank_before;
    after_date = false;
    const bool separated = IsSeparated(s);
    if (std::string crumb = separated ? BreadcrumbSection(s) : TightBarSection(s);
        !crumb.empty()) {
      if (crumb_section.empty()) crumb_section = std::move(crumb);
      continue;
    }
    // "THE ISLAND WEEKLY · Regional · Week of November 16-22, 2026".
    if (separated && TakeMastheadLine(s, &layout)) continue;
    // "Topic: Floods": a labelled section.
    if (TakeLabelledSection(s, &layout)) continue;
    // "The Moorland Gazette — Your valley, your news" opening the page: no
    // byline or chrome.
    if (i == 0 && kicker == 0 && separated &&
        SiteNameBeforeTagline(s) != absl::string_view::npos && IsSiteName(text, lines, i)) {
      continue;
    }
    // "<headline> | The Namibian": a page title.
    if (std::string title_section; separated && more) {
      if (const absl::string_view title = TitleHeadline(s, &title_section); !title.empty()) {
        layout.headline = std::string(title);
        const int begin = static_cast<int>(title.data() - text.data());
        headline_range = {begin, begin + static_cast<int>(title.size())};
        if (layout.section.empty()) layout.section = std::move(title_section);
        have_headline = true;
        continue;
      }
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
      section_line = i;
      continue;
    }
    // "Politics\n\n<headline>\n\n…": a known section name alone before a line
    // that reads as a headline.
    if (layout.section.empty() && IsSectionLabel(s) && IsSectionName(s) &&
        i + 2 < lines.size() && IsHeadlineLike(View(text, lines[i + 1]))) {
      layout.section = std::string(s);
      section_line = i;
      continue;
    }
    // "World\nAfrica\n<headline>": a section name under the section line is its
    // step, as a breadcrumb's ("Business\nKenya" keeps "Business"); so is a
    // label of one or two capitalised words over a headline of five words or
    // more ("Business\nMining\n<headline>").
    if (section_line != std::string::npos && section_line + 1 == i && IsSectionLabel(s) &&
        (IsSectionName(s) || IsCountryName(s) || IsShortStepOver(s, View(text, lines[i + 1]))) &&
        i + 2 < lines.size() && IsHeadlineLike(View(text, lines[i + 1]))) {
      const std::string prior = layout.section;
      if (std::string step = SectionAfterRoot({prior, s}); !step.empty()) {
        layout.section = std::move(step);
      }
      continue;
    }
    // "Opinion\nJo Moyo\n<headline>": a columnist's name under the section line
    // is the author.
    if (section_line != std::string::npos && section_line + 1 == i && layout.authors.empty() &&
        IsNameOverHeadline(s, View(text, lines[i + 1])) && i + 2 < lines.size() &&
        IsHeadlineLike(View(text, lines[i + 1]))) {
      layout.authors = PersonNames(s);
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
    // A headline does not end like a sentence unless it is title case or a
    // question over the header's credits.
    if (EndsSentence(s) && !IsTitleCase(s) && !IsQuestionOverCredits(text, lines, i)) break;
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
  // A date line was read under the headline when a byline had been read: the
  // header's credit block is over.
  bool credited_and_dated = false;
  for (; have_headline && i < lines.size(); ++i) {
    const absl::string_view s = View(text, lines[i]);
    // "Business | Mining", "Home > Region > North" under the headline.
    if (std::string crumb = CrumbSection(s); !crumb.empty()) {
      if (layout.section.empty()) layout.section = std::move(crumb);
      continue;
    }
    // "By Owen Hale\nTransport reporter\nKirkwall": a bio or a job line under a
    // byline, and the place the author files from or the outlet in its block.
    // ("Regional News" there, a known section name, is the section.)
    const bool section_name = IsSectionName(s);
    const bool bio =
        after_byline &&
        (IsAuthorBio(s, layout.authors) || (IsCreditLabel(s, false) && !section_name) ||
         IsGluedCreditLine(s) ||
         (!lines[i].blank_before &&
          (IsBureauLine(s) || (IsOutletLine(s) && !section_name))));
    after_byline = bio;
    if (bio) continue;

    // "Reporter:\nKevin Murphy", "Email:\nkevin@…": a label over its value.
    if (s.back() == ':' && i + 1 < lines.size() && !lines[i + 1].blank_before &&
        TakeLabelOverValue(s, View(text, lines[i + 1]), &layout)) {
      ++i;
      continue;
    }
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
        lines[i].blank_before && i + 1 < lines.size() && BylineLeadSize(s) == 0) {
      // "Leila Haddad at Anfield": the name without the place.
      std::vector<std::string> names = PersonNames(WithoutPlace(s));
      if (!names.empty() && lines[i + 1].blank_before && IsDateOrBylineAt(text, lines, i + 1)) {
        // "NAIROBI WATER CRISIS\n\nBy Jane Doe": a label over a byline that
        // names the author is no author and no body.
        if (BylineLeadSize(View(text, lines[i + 1])) == 0) layout.authors = std::move(names);
        continue;
      }
      // "Owen Hale\n\nLocal Democracy Reporting Service\n\n18:00, 3 NOV 2025",
      // "Ann Lee\n\nNairobi\n\n<date>", "Ann Lee and Jo Moyo\nNairobi\n<date>": the
      // names over a credit or the place they filed from, and a date or byline.
      const absl::string_view under = View(text, lines[i + 1]);
      if (!names.empty() && (IsCreditLabel(under, false) || IsBureauLine(under)) &&
          IsDateOrBylineAt(text, lines, i + 2)) {
        layout.authors = std::move(names);
        ++i;
        after_byline = true;
        continue;
      }
    }
    // "Section: Regional News" (no credit "Regional News").
    if (TakeLabelledSection(s, &layout)) continue;
    const std::vector<std::string> authors_before = layout.authors;
    const bool had_date = layout.publish_date.has_value();
    if (TakeHeaderLine(s, &layout)) {
      // "Our Correspondent\nLusaka": a credit naming no one, then its place.
      after_byline = layout.authors != authors_before || IsCreditAlone(s) ||
                     IsUnnamedByline(s);
      credited_and_dated = credited_and_dated || (!had_date && layout.publish_date.has_value() &&
                                                  !layout.authors.empty());
      continue;
    }
    // "Owen Hale Economics Reporter" over "Published November 3, 2025".
    if (layout.authors.empty()) {
      if (std::vector<std::string> names = NameBeforeTitleCaseJob(s);
          !names.empty() && IsDateOrBylineAt(text, lines, i + 1)) {
        layout.authors = std::move(names);
        after_byline = true;
        continue;
      }
    }
    // "<headline>\n\nKIRKWALL —\n\n<lede>": the dateline on its own line.
    if (TakeDatelineLine(s, text, lines, &i, &layout)) break;
    // "<standfirst>\nMining\nBy Ann Lee": a label joined over the credits (not
    // under a byline: "By Ann Lee\nCochabamba\n<date>" is the place filed from;
    // nor a byline or names, read above); a place there ("<standfirst>\nLusaka\n
    // By Ann Lee") is where the story was filed from, no section.
    if (layout.section.empty() && !lines[i].blank_before && IsPlainSectionLabel(s) &&
        IsSectionOverDateOrByline(text, lines, i)) {
      if (ReadsAsTopic(s)) layout.section = std::string(s);
      continue;
    }
    // "<headline>\n\nPolitics\n\n<standfirst>": a known section name alone.
    if (layout.section.empty() && IsSectionLabel(s) && IsSectionName(s)) {
      layout.section = std::string(s);
      continue;
    }
    // "<headline>\n\nMining\n\nBy Ann Lee": a label of capitalised words alone
    // over a date or byline line; a place there ("Lusaka", "Kitwe, Zambia") is
    // where the story was filed from, no section.
    if (layout.section.empty() && IsLabelOverCredits(text, lines, i)) {
      if (ReadsAsTopic(s)) layout.section = std::string(s);
      continue;
    }
    // "<headline>\n\nLive\nUpdated …", "<headline>\n\nAnalysis": a kicker or story
    // type under the headline.
    if (s.size() <= kMaxKickerBytes && IsKicker(s)) continue;
    // "2 hours ago", "10.15am BST": a time without a date sets no date;
    // "@owenhale": the author's handle.
    if (IsTimeLine(s) || IsContactLine(s)) continue;
    const bool alone = i + 1 < lines.size() && lines[i + 1].blank_before;
    size_t body_after = 0;
    for (size_t k = i + 1; k < lines.size(); ++k)
      body_after += lines[k].blank_before ? 1 : 0;
    // "By Owen Hale\n\n<date>\n\n<lede>": under the byline and a date line a
    // sentence is the lede, no standfirst.
    const bool lede = credited_and_dated && EndsSentence(s);
    if (layout.subheadline.empty() && !lede && alone && body_after >= 2 &&
        (IsStandfirst(s) ||
         (IsStandfirstOverHeader(s) && IsDateOrBylineAt(text, lines, i + 1)))) {
      layout.subheadline = std::string(s);
      continue;
    }
    // "<headline>\n<standfirst>\nBy Owen Hale\n<date>": one block, the
    // standfirst over the byline or date line.
    if (layout.subheadline.empty() && !lede && !alone && i + 1 < lines.size() &&
        body_after >= 1 &&
        static_cast<size_t>(lines[i + 1].end - lines[i + 1].begin) <= kMaxBylineBytes &&
        !absl::ascii_islower(text[lines[i + 1].begin]) && IsStandfirstOverHeader(s) &&
        (IsDateOrBylineAt(text, lines, i + 1) ||
         IsSectionOverDateOrByline(text, lines, i + 1))) {
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
