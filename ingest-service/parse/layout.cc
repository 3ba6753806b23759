#include "ingest-service/parse/layout.h"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"
#include "ingest-service/parse/dates.h"
#include "ingest-service/parse/header_words.h"
#include "ingest-service/parse/layout_internal.h"
#include "ingest-service/parse/utf8.h"

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

// "Today : Feb 04, 2025", "Home | News", "Home" (a breadcrumb's first step
// on a line of its own): site furniture around the article.
bool IsChrome(absl::string_view s) {
  // (The bar by memchr first: a whole unwrapped text has a space every few bytes.)
  return absl::StartsWithIgnoreCase(s, "today") ||
         (s.find('|') != absl::string_view::npos && absl::StrContains(s, " | ")) ||
         absl::StartsWithIgnoreCase(s, "home ") || absl::EqualsIgnoreCase(s, "home") ||
         absl::StartsWithIgnoreCase(s, "advertisement");
}

// True when `s` is a labelled section line ("Topic: Floods", LabelledSection):
// its section is layout->section unless one was read before.
bool TakeLabelledSection(absl::string_view s, Layout* layout) {
  const absl::string_view labelled = LabelledSection(s);
  if (labelled.empty()) return false;
  if (layout->section.empty()) layout->section = std::string(labelled);
  return true;
}

// The header's first lines this reach: a hard-wrapped headline or standfirst
// lies among them.
constexpr size_t kWrappedHeaderLines = 12;

// The most lines a hard-wrapped headline or standfirst runs over.
constexpr size_t kMaxWrappedLines = 3;

// "as prices slide for a third month": a line that may carry a header line
// on: its first word all lowercase letters ("iPhone", "eBay" open names), and
// no byline or credit ("by Ann Lee", "via Reuters": the words after the first
// a credit alone), date or time ("updated 3 March 2026"), handle, email or
// site address (IsContactLine, IsDomainName).
bool IsHeaderContinuation(absl::string_view s) {
  const size_t space = s.find(' ');
  const absl::string_view first = s.substr(0, space);
  if (!std::all_of(first.begin(), first.end(), [](char c) { return absl::ascii_islower(c); })) {
    return false;
  }
  const absl::string_view rest =
      space == absl::string_view::npos ? absl::string_view() : s.substr(space + 1);
  if (WriterLeadSize(s) > 0 || EditorLeadSize(s) > 0 || OpensWithPictureCredit(s) ||
      (!rest.empty() && IsCreditAlone(rest))) {
    return false;
  }
  if (HasDigit(s) &&
      (ParseDateLine(s) || ParseDateLine(rest) || IsTimeLine(s) || IsTimeLine(rest))) {
    return false;
  }
  return !IsContactLine(s) && !IsDomainName(s);
}

// The end of the block that opens at lines[k] (one past its last line) when
// it is a hard-wrapped header line: two or three lines, each after the first
// one that carries the line before on (IsHeaderContinuation:
// "Owen Hale\nowen.hale@courier.example" and "Floods hit Lagos\nby Ann Lee"
// are a name and its byline), none but the last ending a sentence, at most
// kMaxHeadlineBytes in all; k itself for other blocks.
size_t WrappedBlockEnd(absl::string_view text, const std::vector<Line>& lines, size_t k) {
  size_t j = k + 1;
  while (j < lines.size() && !lines[j].blank_before) {
    const absl::string_view s = View(text, lines[j]);
    if (j - k >= kMaxWrappedLines || !absl::ascii_islower(s[0]) ||
        EndsSentence(View(text, lines[j - 1])) || !IsHeaderContinuation(s)) {
      return k;
    }
    ++j;
  }
  const bool fits = static_cast<size_t>(lines[j - 1].end - lines[k].begin) <= kMaxHeadlineBytes;
  return j > k + 1 && fits ? j : k;
}

// "Vanilla farmers count losses\nas prices slide for a third month": a
// headline or standfirst hard-wrapped over the lines of its block
// (WrappedBlockEnd) among the first kWrappedHeaderLines lines is one line (its
// text then holds the line breaks). The body reads such a block as one
// paragraph either way (AddBody).
void JoinWrappedHeaderLines(absl::string_view text, std::vector<Line>* lines) {
  for (size_t k = 0; k + 1 < lines->size() && k < kWrappedHeaderLines; ++k) {
    // A block of one line (single-spaced copy: every line) wraps nothing.
    if (!(*lines)[k].blank_before || (*lines)[k + 1].blank_before) continue;
    const size_t end = WrappedBlockEnd(text, *lines, k);
    if (end == k) continue;
    (*lines)[k].end = (*lines)[end - 1].end;
    lines->erase(lines->begin() + k + 1, lines->begin() + end);
  }
}

// "Vanilla farmers count losses\nas prices slide": `*s` with each line break
// and the spaces around it made one space.
void UnwrapLines(std::string* s) {
  if (s->find('\n') == std::string::npos) return;
  std::string out;
  for (absl::string_view part : absl::StrSplit(*s, '\n')) {
    if (!out.empty()) out.push_back(' ');
    absl::StrAppend(&out, absl::StripAsciiWhitespace(part));
  }
  *s = std::move(out);
}

// Appends the body paragraphs of lines[from, to), but for furniture lines
// (IsBodyFurniture) outside a hard-wrapped block.
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
      for (size_t k = i; k < j; ++k) {
        // "Photo: Ann Lee / AFP" between paragraphs: no paragraph.
        if (IsBodyFurniture(View(text, lines[k]))) continue;
        layout->paragraphs.emplace_back(lines[k].begin, lines[k].end);
      }
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

// "Colombo, Nov 27 (Island News Wire) –" at lines[k] over the header's date
// or byline line ("Thursday, 27.11.2026 | 14:05 SLST"): a wire dateline's
// head (WireDatelineLinePlace) on a line of its own over the credits. Its
// place, *date set to its date's text; "" for other lines.
absl::string_view WireDatelineOverCreditsAt(absl::string_view text,
                                            const std::vector<Line>& lines, size_t k,
                                            absl::string_view* date) {
  if (k >= lines.size()) return {};
  const absl::string_view place = WireDatelineLinePlace(View(text, lines[k]), date);
  if (place.empty() || !IsDateOrBylineAt(text, lines, k + 1)) return {};
  return place;
}

// True when lines[k] is a wire dateline's head over the credits
// (WireDatelineOverCreditsAt).
bool IsWireDatelineOverCreditsAt(absl::string_view text, const std::vector<Line>& lines,
                                 size_t k) {
  absl::string_view date;
  return !WireDatelineOverCreditsAt(text, lines, k, &date).empty();
}

// A wire dateline's head over the credits at lines[i] (WireDatelineOverCreditsAt)
// gives the dateline (unless one was read) and, with its year, the publish
// date (unless one was read); it is no standfirst and no body. True when
// lines[i] was one.
bool TakeWireDatelineOverCredits(absl::string_view text, const std::vector<Line>& lines,
                                 size_t i, Layout* layout) {
  absl::string_view date;
  const absl::string_view place = WireDatelineOverCreditsAt(text, lines, i, &date);
  if (place.empty()) return false;
  if (layout->dateline.empty()) layout->dateline = std::string(place);
  if (!layout->publish_date) layout->publish_date = ParseDateLine(date);
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

// True when a word of the name `name` of three letters or more opens a word
// of `headline` ("Kgosi" in "What Neo Kgosi got wrong", "Ramaphosa's"): the
// headline is about the one named.
bool HeadlineRepeatsName(absl::string_view name, absl::string_view headline) {
  constexpr size_t kMinNameWord = 3;
  for (absl::string_view word : absl::StrSplit(name, ' ', absl::SkipEmpty())) {
    if (word.size() < kMinNameWord) continue;
    for (size_t at = headline.find(word); at != absl::string_view::npos;
         at = headline.find(word, at + 1)) {
      const size_t end = at + word.size();
      if ((at == 0 || !absl::ascii_isalpha(headline[at - 1])) &&
          (end == headline.size() || !absl::ascii_isalpha(headline[end]))) {
        return true;
      }
    }
  }
  return false;
}

// "Mining", "Local Government", "Regional News": a label that names a topic
// or a section (its last word a section name or with a common noun's ending:
// HasTopicNounEnding), not a place ("Lusaka", "Kitwe, Zambia", "Zambia",
// "Kansas City": NamesAPlace).
bool ReadsAsTopic(absl::string_view s) {
  if (absl::StrContains(s, ',') || IsCountryName(s)) return false;
  if (NamesAPlace(s) && !IsSectionName(s)) return false;
  const size_t space = s.rfind(' ');
  const absl::string_view last = space == absl::string_view::npos ? s : s.substr(space + 1);
  return IsSectionName(s) || IsSectionName(last) || HasTopicNounEnding(last);
}

// The section a breadcrumb line gives ("Business | Mining", "NEWS / LOCAL",
// "Home > Region > North"), or a section line of labels under a first one
// that is no root step ("KERRY | LOCAL GOVERNANCE", "Weather & Climate —
// Africa": SectionLineSection); "" for other lines, and for a byline or names
// with a credit ("JANE DOE / Staff Writer").
std::string CrumbSection(absl::string_view s) {
  const bool separated = IsSeparated(s);
  std::string crumb = separated ? BreadcrumbSection(s) : TightBarSection(s);
  if (crumb.empty() && separated) crumb = SectionLineSection(s);
  if (!crumb.empty() && (WriterLeadSize(s) > 0 || !CreditedNames(s, true).empty())) return "";
  return crumb;
}

// "Paid Promotion", "Photo Illustration", "Opinion Section", "A Deepening
// Frustration": a label naming the kind, medium or sponsor of the item or a
// part of the page (IsItemKindWord), or opening with an article or another
// short word (IsShortWord) as a kicker's phrase does; no topic's label.
bool NamesAnItemsKind(absl::string_view s) {
  const absl::string_view first = s.substr(0, s.find(' '));
  if (IsShortWord(first)) return true;
  for (absl::string_view word : absl::StrSplit(s, ' ', absl::SkipEmpty())) {
    if (IsItemKindWord(word)) return true;
  }
  return false;
}

// "Mining", "Water & Sanitation": a section label (IsSectionLabel) of
// capitalised words, no digit, no kicker or credit.
bool IsPlainSectionLabel(absl::string_view s) {
  return IsSectionLabel(s) && IsCapitalisedWords(s) && !HasDigit(s) && !IsKicker(s) &&
         !IsCreditAlone(s);
}

// "Dar es Salaam", "Newcastle upon Tyne": a place's name of two to four
// words, capitalised but for the particles between them (IsPlaceParticle), no
// digit or sentence end. A particle persons' names keep too ("Carlos da
// Silva", "Maria de Souza") makes a place only of a name NamesAPlace knows
// ("Rio de Janeiro").
bool IsPlaceWithParticles(absl::string_view s) {
  constexpr int kMaxPlaceWords = 4;
  if (!IsShortLabel(s) || WordCount(s) > kMaxPlaceWords) return false;
  int particles = 0;
  bool place_only = false;
  absl::string_view last;
  for (absl::string_view word : absl::StrSplit(s, ' ', absl::SkipEmpty())) {
    last = word;
    if (IsPlaceParticle(word)) {
      ++particles;
      place_only = place_only || IsPlaceOnlyParticle(word);
    } else if (!OpensWithCapital(word)) {
      return false;
    }
  }
  return particles > 0 && !IsPlaceParticle(last) && (place_only || NamesAPlace(s));
}

// "Ho Chi Minh City", "Santa Cruz de Tenerife", "MOUNT GAMBIER": a place's
// name NamesAPlace knows or IsUpperPlaceOpenedLikeAName on a line of its own,
// up to four capitalised words (IsShortLabel).
bool IsNamedPlaceLabel(absl::string_view s) {
  return IsShortLabel(s) && (NamesAPlace(s) || IsUpperPlaceOpenedLikeAName(s));
}

// "Aine Keogh" over "12 February 2026": a person's name or names alone at
// lines[k] (a block of one line, PersonNames) over a date or byline line in
// the next block, as TakeNamesAlone reads them.
bool IsNamesAloneOverCreditsAt(absl::string_view text, const std::vector<Line>& lines, size_t k) {
  if (k + 1 >= lines.size() || !lines[k + 1].blank_before) return false;
  const absl::string_view s = View(text, lines[k]);
  return s.size() <= kMaxBylineBytes && !PersonNames(s).empty() &&
         IsDateOrBylineAt(text, lines, k + 1);
}

// "Sofia Gallo in Lecce" alone at lines[k]: a person's name or names
// (PersonNames) with the place filed from (WithoutPlace) and no lead, a byline
// as some pages print it over a picture's caption rather than a date.
bool IsNamesFromPlaceAloneAt(absl::string_view text, const std::vector<Line>& lines, size_t k) {
  if (k >= lines.size() || (k + 1 < lines.size() && !lines[k + 1].blank_before)) return false;
  const absl::string_view s = View(text, lines[k]);
  if (s.size() > kMaxBylineBytes || EndsSentence(s)) return false;
  const absl::string_view front = WithoutPlace(s);
  return front.size() < s.size() && !PersonNames(front).empty();
}

// "Mining", "Dar es Salaam", "Ho Chi Minh City" at lines[i], alone over a
// date or byline line, over a standfirst over one, or over a name alone over
// one ("Mining\n\nAine Keogh\n\n12 February 2026").
bool IsLabelOverCredits(absl::string_view text, const std::vector<Line>& lines, size_t i) {
  if (!lines[i].blank_before || i + 1 >= lines.size() || !lines[i + 1].blank_before) {
    return false;
  }
  if (const absl::string_view s = View(text, lines[i]);
      !IsPlainSectionLabel(s) && !IsPlaceWithParticles(s) && !IsNamedPlaceLabel(s)) {
    return false;
  }
  return IsDateOrBylineAt(text, lines, i + 1) ||
         (IsStandfirstOverHeader(View(text, lines[i + 1])) &&
          IsDateOrBylineAt(text, lines, i + 2)) ||
         IsNamesAloneOverCreditsAt(text, lines, i + 1);
}

// "Regional News", "Business | Mining", "Mining", "Ho Chi Minh City" over "14
// March 2026" or "By Ann Lee": a section or breadcrumb line or a place's name
// (IsNamedPlaceLabel) at lines[k], joined to a date or byline line under it.
bool IsSectionOverDateOrByline(absl::string_view text, const std::vector<Line>& lines,
                               size_t k) {
  if (k + 1 >= lines.size() || lines[k + 1].blank_before) return false;
  const absl::string_view s = View(text, lines[k]);
  return (IsPlainSectionLabel(s) || IsNamedPlaceLabel(s) || !CrumbSection(s).empty()) &&
         IsDateOrBylineAt(text, lines, k + 1);
}

// What the header over the headline has read so far (ReadHeader).
struct HeaderState {
  std::optional<CivilDate> chrome_date;  // from page chrome ("Today : Feb 04, 2025")
  std::string crumb_section;  // from a breadcrumb, when no section line says
  bool have_headline = false;
  // The line a section label was read from (npos when none was).
  size_t section_line = std::string::npos;
  bool after_date = false;  // the line before is a date line or page chrome
  ByteRange headline_range;
};

// A breadcrumb ("Business | Mining": kept for when no section line says), a
// masthead line, "Topic: Floods", a site's name over its tagline opening the
// page, or "<headline> | The Namibian" (a page title: its headline and
// section are read) at lines[i], `s` its text after a kicker of `kicker`
// bytes, `separated` IsSeparated(s): true when lines[i] was one of them.
bool TakeTitleOrCrumb(absl::string_view s, bool separated, absl::string_view text,
                      const std::vector<Line>& lines, size_t i, size_t kicker, HeaderState* state,
                      Layout* layout) {
  if (std::string crumb = separated ? BreadcrumbSection(s) : TightBarSection(s);
      !crumb.empty()) {
    if (state->crumb_section.empty()) state->crumb_section = std::move(crumb);
    return true;
  }
  // "THE ISLAND WEEKLY · Regional · Week of November 16-22, 2026".
  if (separated && TakeMastheadLine(s, layout)) return true;
  if (TakeLabelledSection(s, layout)) return true;
  // "The Moorland Gazette — Your valley, your news": no byline or chrome.
  if (i == 0 && kicker == 0 && separated &&
      SiteNameBeforeTagline(s) != absl::string_view::npos && IsSiteName(text, lines, i)) {
    return true;
  }
  if (std::string title_section; separated && i + 1 < lines.size()) {
    if (const absl::string_view title = TitleHeadline(s, &title_section); !title.empty()) {
      layout->headline = std::string(title);
      const int begin = static_cast<int>(title.data() - text.data());
      state->headline_range = {begin, begin + static_cast<int>(title.size())};
      if (layout->section.empty()) layout->section = std::move(title_section);
      state->have_headline = true;
      return true;
    }
  }
  return false;
}

// Page chrome ("Today : Feb 04, 2025": its date kept for when no date line
// says), a date or byline line (TakeDateOrByline), header furniture or a
// kicker over the headline, `s` the line's text, `separated` IsSeparated(s).
// True when `s` was one of them; state->after_date says whether it was chrome
// or a date line.
bool TakeChromeOrMeta(absl::string_view s, bool separated, HeaderState* state, Layout* layout) {
  if (IsChrome(s) && (!separated || TakeMetaParts(s, layout) == MetaLine::kNone)) {
    if (!state->chrome_date) state->chrome_date = ParseDateLine(s);
    state->after_date = true;
    return true;
  }
  if (const MetaLine meta = TakeDateOrByline(s, separated, layout); meta != MetaLine::kNone) {
    state->after_date = meta == MetaLine::kDate;
    return true;
  }
  return IsHeaderFurniture(s, separated) || (s.size() <= kMaxKickerBytes && IsKicker(s));
}

// Under the section line, over `next` read as a headline: "Africa" (a section
// or country name) or "Mining" (IsShortStepOver) is the section's step, as a
// breadcrumb's ("Business\nKenya" keeps "Business"); "Jo Moyo"
// (IsNameOverHeadline) is the columnist under a column section
// (IsColumnSection: "Opinion") when the headline does not repeat the name,
// else a topic tag ("Sport\nKaizer Chiefs"), skipped. True when `s` was one
// of them.
bool TakeStepOrColumnist(absl::string_view s, absl::string_view next, Layout* layout) {
  if (IsSectionLabel(s) &&
      (IsSectionName(s) || IsCountryName(s) || IsShortStepOver(s, next))) {
    const std::string prior = layout->section;
    if (std::string step = SectionAfterRoot({prior, s}); !step.empty()) {
      layout->section = std::move(step);
    }
    return true;
  }
  if (!IsNameOverHeadline(s, next)) return false;
  if (layout->authors.empty() && IsColumnSection(layout->section) &&
      !HeadlineRepeatsName(s, next)) {
    layout->authors = PersonNames(s);
  }
  return true;
}

// "Weather & Climate — Africa" over "Vanilla farmers count losses as prices
// slide": a section line (SectionLineSection) over a longer line that reads
// as a headline (five words or more, no full stop closing it), or joined over
// a date line (`joined`: the two lines share a block).
// The byte tests come first and the word count last: `next` is most often
// the lede. `separated` is IsSeparated(s), read once by the caller.
bool IsSectionLineOver(absl::string_view s, absl::string_view next, bool joined,
                       bool separated) {
  if (!separated) return false;
  const bool over_headline = next.size() > s.size() && next.size() <= kMaxHeadlineBytes &&
                             next.back() != '.' && IsHeadlineLike(next) &&
                             WordCount(next) >= kMinHeadlineWords;
  return (over_headline || (joined && ParseDateLine(next).has_value())) &&
         !SectionLineSection(s).empty();
}

// "Weather & Climate — Africa", "KERALA | LOCAL GOVERNANCE": a section line
// of parts (`s`, `separated` IsSeparated(s)) at lines[i] over a longer
// headline or joined over a date line (IsSectionLineOver) sets
// layout->section and *section_line, unless a section was read; asked before
// page chrome, which a line of bars may also read as. True when read.
bool TakeSectionLineOver(absl::string_view s, bool separated, absl::string_view text,
                         const std::vector<Line>& lines, size_t i, size_t* section_line,
                         Layout* layout) {
  if (!separated || !layout->section.empty() || i + 1 >= lines.size() ||
      !IsSectionLineOver(s, View(text, lines[i + 1]), !lines[i + 1].blank_before, separated)) {
    return false;
  }
  layout->section = SectionLineSection(s);
  *section_line = i;
  return true;
}

// A section line over the headline at lines[i] (a next line exists), `s` its
// text: a label joined over a line of headline size, a known section name
// alone over a headline ("Politics\n\n<headline>"), a step or columnist under
// the section line (TakeStepOrColumnist), a place label over the headline
// ("Montreal\n\n<headline>\n\n<standfirst>\n\n<byline>"), or a label joined
// under a date line ("Tuesday, 5 September 2023\nScience"). Under a breadcrumb
// (`crumb_read`) a label over the headline that is no known section name
// ("RUGBY EUROPE CHAMPIONSHIP", a company's name) is a kicker: read, and the
// crumb's section kept. True when read.
bool TakeSectionOverHeadline(absl::string_view s, absl::string_view text,
                             const std::vector<Line>& lines, size_t i, bool joined_to_date,
                             bool crumb_read, size_t* section_line, Layout* layout) {
  const absl::string_view next = View(text, lines[i + 1]);
  if (layout->section.empty() && IsSectionLabel(s) &&
      ((!lines[i + 1].blank_before && next.size() <= kMaxHeadlineBytes) ||
       (IsSectionName(s) && i + 2 < lines.size() && IsHeadlineLike(next)))) {
    layout->section = std::string(s);
    *section_line = i;
    return true;
  }
  if (*section_line != std::string::npos && *section_line + 1 == i && i + 2 < lines.size() &&
      IsHeadlineLike(next) && TakeStepOrColumnist(s, next, layout)) {
    return true;
  }
  if (layout->section.empty() &&
      (IsLabelOverHeadline(text, lines, i) ||
       (joined_to_date && IsSectionLabel(s) && !IsNewsAgency(s)))) {
    if (!crumb_read || IsSectionName(s)) layout->section = std::string(s);
    return true;
  }
  return false;
}

// "Live: Tuscany floods – rivers burst their banks": the lead a live page's
// headline opens with in title case, part of the page's name (a label in
// capitals, "LIVE: ...", is a kicker).
constexpr absl::string_view kLivePageLead = "Live: ";

// True when `s` opens with kLivePageLead and a headline's words after it.
bool OpensWithLivePageLead(absl::string_view s) {
  return absl::StartsWith(s, kLivePageLead) && s.size() > kLivePageLead.size() &&
         absl::ascii_isupper(static_cast<unsigned char>(s[kLivePageLead.size()]));
}

// "GAZA | Hospitals run out of fuel as the siege enters its third week",
// "GAZA | AID | <headline>": the size of one to three labels, each of one to
// three words in capitals with its bar, opening a line whose rest reads as a
// headline of five words or more not in capitals; a lone label no known
// section (a page title's, TitleHeadline); 0 for other lines.
size_t CapitalLabelPrefixSize(absl::string_view s) {
  constexpr absl::string_view kBar[] = {" | "};
  constexpr int kMaxLabelWords = 3;
  constexpr int kMaxLabels = 3;
  const size_t window = kMaxKickerBytes + kBar[0].size();
  size_t size = 0;
  // The cheap test first: a small ASCII letter (no bar byte) before the first
  // bar puts it in the first label, which is then no label in capitals.
  const size_t small = static_cast<size_t>(
      std::find_if(s.begin(), s.begin() + std::min(s.size(), window),
                   [](char c) { return absl::ascii_islower(c); }) -
      s.begin());
  if (small < window && FindSeparator(s.substr(0, small), kBar, &size) == absl::string_view::npos) {
    return 0;
  }
  size_t prefix = 0;
  int labels = 0;
  bool section_label = false;
  for (; labels < kMaxLabels; ++labels) {
    const absl::string_view left = s.substr(prefix);
    const size_t at = FindSeparator(left.substr(0, window), kBar, &size);
    if (at == absl::string_view::npos || at == 0) break;
    const absl::string_view label = left.substr(0, at);
    if (!IsUpperPlace(label) || WordCount(label) > kMaxLabelWords || HasDigit(label)) break;
    section_label = section_label || IsSectionName(label);
    prefix += at + size;
  }
  const absl::string_view rest = s.substr(prefix);
  if (labels == 0 || (labels == 1 && section_label) || !HasSmallLetter(rest) ||
      !IsHeadlineLike(rest) || WordCount(rest) < kMinHeadlineWords) {
    return 0;
  }
  return prefix;
}

// The header over the headline from lines[*i]: chrome, section, date, byline,
// then the headline (state->have_headline when read). Leaves *i past the last
// line read as header, or at the line that ended it.
void ReadHeader(absl::string_view text, const std::vector<Line>& lines, size_t* at,
                HeaderState* state, Layout* layout) {
  size_t& i = *at;
  for (; i < lines.size() && !state->have_headline; ++i) {
    // "EXCLUSIVE: <headline>": the kicker is no part of the line's headline.
    // ("Updated: 15 March 2026" keeps its label: the date is an update's; so
    // does a live page's "Live: <headline>", OpensWithLivePageLead.)
    size_t kicker = KickerPrefixSize(View(text, lines[i]));
    if (kicker > 0 && (ParseDateLine(View(text, lines[i])).has_value() ||
                       OpensWithLivePageLead(View(text, lines[i])))) {
      kicker = 0;
    }
    // "GAZA | <headline>": a place's or a topic's label in capitals too.
    if (kicker == 0) {
      kicker = CapitalLabelPrefixSize(View(text, lines[i]));
      // "WORLD | AFRICA | <headline>": labels after a known section are a
      // crumb ("PERU | FLOODS" is a kicker's).
      const absl::string_view labels =
          absl::StripAsciiWhitespace(View(text, lines[i]).substr(0, kicker > 2 ? kicker - 2 : 0));
      if (kicker > 0 && state->crumb_section.empty() &&
          IsSectionName(labels.substr(0, labels.find(" | ")))) {
        state->crumb_section = BreadcrumbSection(labels);
      }
    }
    const absl::string_view s = View(text, lines[i]).substr(kicker);
    const bool joined_to_date = state->after_date && !lines[i].blank_before;
    state->after_date = false;
    const bool separated = IsSeparated(s);  // read once for both
    if (TakeTitleOrCrumb(s, separated, text, lines, i, kicker, state, layout)) continue;
    if (TakeSectionLineOver(s, separated, text, lines, i, &state->section_line, layout)) {
      continue;
    }
    if (TakeChromeOrMeta(s, separated, state, layout)) continue;
    if (i + 1 >= lines.size() || s.size() > kMaxHeadlineBytes) break;
    if (kicker == 0 && IsSiteName(text, lines, i)) continue;
    if (TakeSectionOverHeadline(s, text, lines, i, joined_to_date,
                                !state->crumb_section.empty(), &state->section_line, layout)) {
      continue;
    }
    // "KIRKWALL —" over the lede: the dateline, and no headline.
    if (TakeDatelineLine(s, text, lines, &i, layout)) break;
    // "Updated at 10:15": a time is no headline.
    if (IsTimeLine(s)) continue;
    // A headline does not end like a sentence unless it is title case or a
    // question over the header's credits.
    if (EndsSentence(s) && !IsTitleCase(s) && !IsQuestionOverCredits(text, lines, i)) break;
    if (s.back() == ':' || s.back() == ',') break;
    layout->headline = std::string(s);
    state->headline_range = {lines[i].begin + static_cast<int>(kicker), lines[i].end};
    state->have_headline = true;
  }
}

// "By Owen Hale\nTransport reporter\nKirkwall": under a byline, a bio or a job
// line, or joined to the line before the place the author files from or the
// outlet in its block ("Regional News" there, a known section name, is the
// section, not a credit).
bool IsCreditBlockLine(absl::string_view s, bool blank_before,
                       const std::vector<std::string>& authors) {
  const bool section_name = IsSectionName(s);
  return IsAuthorBio(s, authors) || (IsCreditLabel(s, false) && !section_name) ||
         IsGluedCreditLine(s) ||
         (!blank_before && (IsBureauLine(s) || (IsOutletLine(s) && !section_name)));
}

// Under the headline, lines[*i] (text `s`) joined over the next line:
// "Reporter:\nKevin Murphy" (a label over its value), or names over a bio, a
// credit or a date (TakeNamesOver). True when read; *i is then at the last
// line read, and *after_byline set when the names had a credit.
bool TakeOverNextLine(absl::string_view s, absl::string_view text, const std::vector<Line>& lines,
                      size_t* i, bool* after_byline, Layout* layout) {
  if (*i + 1 >= lines.size() || lines[*i + 1].blank_before) return false;
  const absl::string_view next = View(text, lines[*i + 1]);
  if (s.back() == ':' && TakeLabelOverValue(s, next, layout)) {
    ++*i;
    return true;
  }
  const NamesOver over = TakeNamesOver(s, next, layout);
  if (over == NamesOver::kBio || over == NamesOver::kCredit) {
    ++*i;
    if (over == NamesOver::kCredit) *after_byline = true;
    return true;
  }
  // "Owen Hale" over "Mon 3 Nov 2025 23.40 GMT": the date is read next.
  return over == NamesOver::kDate;
}

// "Amina Juma, Stone Town" -> "Amina Juma": `s` without a place's name
// (NamesAPlace) after its last ", "; `s` when none closes it.
absl::string_view WithoutNamedPlace(absl::string_view s) {
  const absl::string_view front = WithoutFiledPlace(s);
  if (front.size() == s.size() || !NamesAPlace(s.substr(front.size() + 2))) return s;
  return front;
}

// True when lines[k] names the header's author: a byline with its lead ("By
// Aine Lawrence"), a header line that names people ("Aine Lawrence | 12
// February 2026", TakeHeaderLine), or a name alone over a date or byline
// line (IsNamesAloneOverCreditsAt).
bool NamesTheAuthorAt(absl::string_view text, const std::vector<Line>& lines, size_t k) {
  const absl::string_view s = View(text, lines[k]);
  if (WriterLeadSize(s) > 0) return true;
  Layout scratch;
  return (TakeHeaderLine(s, &scratch) && !scratch.authors.empty()) ||
         IsNamesAloneOverCreditsAt(text, lines, k);
}

// "OWEN HALE\n\nNovember 3, 2025": a name alone at lines[*i] (text `s`) over a
// date or byline block; "Owen Hale\n\nLocal Democracy Reporting Service\n\n
// 18:00, 3 NOV 2025", "Ann Lee\n\nNairobi\n\n<date>": names over a credit or
// the place they filed from, and a date or byline. True when read; *i is then
// at the last line read, and *after_byline set after a credit or place.
bool TakeNamesAlone(absl::string_view s, absl::string_view text, const std::vector<Line>& lines,
                    size_t* i, bool* after_byline, Layout* layout) {
  if (!layout->authors.empty() || s.size() > kMaxBylineBytes || EndsSentence(s) ||
      !lines[*i].blank_before || *i + 1 >= lines.size() || WriterLeadSize(s) != 0) {
    return false;
  }
  // "Leila Haddad at Anfield", "Amina Juma, Stone Town": the name without
  // the place.
  std::vector<std::string> names = PersonNames(WithoutPlace(s));
  if (names.empty()) names = PersonNames(WithoutNamedPlace(s));
  if (names.empty()) return false;
  const absl::string_view under = View(text, lines[*i + 1]);
  if (lines[*i + 1].blank_before && (IsDateOrBylineAt(text, lines, *i + 1) ||
                                     IsNamesAloneOverCreditsAt(text, lines, *i + 1))) {
    // "NAIROBI WATER CRISIS\n\nBy Jane Doe", "Local Governance\n\nAine
    // Lawrence\n\n<date>": a label over a line that names the author is no
    // author and no body; "LOCAL GOVERNANCE" there, a topic's label, is the
    // section unless one was read.
    if (!NamesTheAuthorAt(text, lines, *i + 1)) {
      layout->authors = std::move(names);
    } else if (layout->section.empty() && IsPlainSectionLabel(s) && ReadsAsTopic(s) &&
               !NamesAnItemsKind(s) && !HeadlineRepeatsName(s, under)) {
      layout->section = std::string(s);
    }
    return true;
  }
  if ((IsCreditLabel(under, false) || IsBureauLine(under)) &&
      IsDateOrBylineAt(text, lines, *i + 2)) {
    layout->authors = std::move(names);
    ++*i;
    *after_byline = true;
    return true;
  }
  return false;
}

// The text of the block of lines opened by lines[k] (up to the next blank
// line): a paragraph as the page sets it. Empty when k is past the end.
absl::string_view BlockAt(absl::string_view text, const std::vector<Line>& lines, size_t k) {
  if (k >= lines.size()) return {};
  size_t last = k;
  while (last + 1 < lines.size() && !lines[last + 1].blank_before) ++last;
  return text.substr(lines[k].begin, lines[last].end - lines[k].begin);
}

// True when the headline or the lede (`lede`) repeats a word of one of
// `names` (HeadlineRepeatsName): the story is about the one named.
bool StoryRepeatsAName(const std::vector<std::string>& names, absl::string_view headline,
                       absl::string_view lede) {
  return std::any_of(names.begin(), names.end(), [&](const std::string& name) {
    return HeadlineRepeatsName(name, headline) || HeadlineRepeatsName(name, lede);
  });
}

// "March 3, 2026\nAnn Lee": a person's name (or names) alone at lines[i]
// (text `s`), joined under a date line that names no one, when no author was
// read: the byline without its "By", set under the date as some pages do. No
// byline with its lead (read as one), credit ("Staff Report") or sentence, and
// no name the headline or the paragraph under it repeats (StoryRepeatsAName:
// "Real Madrid" over "Real Madrid beat …", "Hurricane Milton" under "Hurricane
// Milton nears …"): that is the one the story is about. True when read into
// layout->authors; nothing changed otherwise.
bool TakeNamesUnderDate(absl::string_view s, absl::string_view text,
                        const std::vector<Line>& lines, size_t i, Layout* layout) {
  if (!layout->authors.empty() || i == 0 || lines[i].blank_before || s.size() > kMaxBylineBytes ||
      EndsSentence(s) || WriterLeadSize(s) != 0 || IsCreditAlone(s)) {
    return false;
  }
  std::vector<std::string> names = PersonNames(WithoutPlace(s));
  if (names.empty() || StoryRepeatsAName(names, layout->headline, BlockAt(text, lines, i + 1))) {
    return false;
  }
  Layout scratch;
  if (!TakeHeaderLine(View(text, lines[i - 1]), &scratch) || !scratch.publish_date.has_value() ||
      !scratch.authors.empty()) {
    return false;
  }
  layout->authors = std::move(names);
  return true;
}

// A byline, date or other header line under the headline at lines[i] (text
// `s`, TakeHeaderLine), or "Owen Hale Economics Reporter" over "Published
// November 3, 2025" (NameBeforeTitleCaseJob). True when read; *after_byline
// says whether the line credited someone (or no one: "Our Correspondent" over
// "Lusaka", its place), *credited_and_dated turns true when a date was read
// after a byline.
bool TakeCreditLine(absl::string_view s, absl::string_view text, const std::vector<Line>& lines,
                    size_t i, bool* after_byline, bool* credited_and_dated, Layout* layout) {
  const std::vector<std::string> authors_before = layout->authors;
  const bool had_date = layout->publish_date.has_value();
  if (TakeHeaderLine(s, layout)) {
    // "Kitwe, Zambia", "Filed from Suva, Fiji": the place filed from; a line
    // that named the authors ("Owen Hale, BBC") is no town and region.
    const bool named = layout->authors != authors_before;
    if (layout->dateline.empty() && !named && IsFiledPlaceLine(s)) {
      layout->dateline = std::string(s.substr(FiledPlaceLeadSize(s)));
    }
    *after_byline = named || IsCreditAlone(s) || IsUnnamedByline(s);
    *credited_and_dated = *credited_and_dated || (!had_date && layout->publish_date.has_value() &&
                                                  !layout->authors.empty());
    return true;
  }
  if (layout->authors.empty()) {
    if (std::vector<std::string> names = NameBeforeTitleCaseJob(s);
        !names.empty() && IsDateOrBylineAt(text, lines, i + 1)) {
      layout->authors = std::move(names);
      *after_byline = true;
      return true;
    }
  }
  return false;
}

// A label over the credits, `s`: the section when it ReadsAsTopic ("Mining"),
// else the place the story was filed from ("Lusaka"), the dateline unless one
// was read (a dateline opening the lede is read later and wins); a topic's
// label that names the item's kind or opens like a kicker's phrase
// (NamesAnItemsKind) is neither.
void TakeTopicOrPlace(absl::string_view s, Layout* layout) {
  if (ReadsAsTopic(s)) {
    // "Paid Promotion", "A Lasting Frustration": the item's kind or a
    // kicker's phrase is no section.
    if (!NamesAnItemsKind(s)) layout->section = std::string(s);
  } else if (layout->dateline.empty()) {
    layout->dateline = std::string(s);
  }
}

// "Stone Town" over "9 February 2026" when a section was read before (from a
// breadcrumb): a label at lines[i] (text `s`) joined or alone over a date or
// byline line that names no topic (ReadsAsTopic) is the place the story was
// filed from, the dateline unless one was read. True when `s` was one.
bool TakePlaceUnderSection(absl::string_view s, absl::string_view text,
                           const std::vector<Line>& lines, size_t i, Layout* layout) {
  if (ReadsAsTopic(s) ||
      !(IsSectionOverDateOrByline(text, lines, i) || IsLabelOverCredits(text, lines, i))) {
    return false;
  }
  if (layout->dateline.empty()) layout->dateline = std::string(s);
  return true;
}

// A section label under the headline at lines[i], `s` its text: a label
// joined over the credits, at the head of its block or under a standfirst
// ("Mining\nBy Ann Lee", "<standfirst>\nMining\nBy Ann Lee"; not under a
// byline, where "By Ann Lee\nCochabamba\n<date>" is the place filed from), a
// known section name alone ("<headline>\n\nPolitics\n\n<standfirst>"), or a
// label of capitalised words alone over a date or byline line
// ("<headline>\n\nMining\n\nBy Ann Lee"). A place there ("Lusaka", "Kitwe,
// Zambia": no ReadsAsTopic) is where the story was filed from
// (TakeTopicOrPlace), no section; so it is when a section was read before
// ("Transport" from a breadcrumb). True when `s` was one of them.
bool TakeSectionUnderHeadline(absl::string_view s, absl::string_view text,
                              const std::vector<Line>& lines, size_t i, Layout* layout) {
  // A breadcrumb line was read before (ReadUnderHeadline): over a date or
  // byline, `s` is a section label or a place's name (IsSectionOverDateOrByline).
  if (!layout->section.empty()) return TakePlaceUnderSection(s, text, lines, i, layout);
  if (IsSectionOverDateOrByline(text, lines, i)) {
    TakeTopicOrPlace(s, layout);
    return true;
  }
  if (IsSectionLabel(s) && IsSectionName(s)) {
    layout->section = std::string(s);
    return true;
  }
  if (IsLabelOverCredits(text, lines, i)) {
    TakeTopicOrPlace(s, layout);
    return true;
  }
  return false;
}

// "Amina Juma", "Port Louis", "Staff Reporter": a short label alone at
// lines[k] over a date or byline block, or over a credit or the place filed
// from and then one ("Amina Juma\n\nPort Louis\n\n<date>"): the header's credits
// open there, as TakeNamesAlone and TakeSectionUnderHeadline read them.
bool IsLabelOverCreditsAt(absl::string_view text, const std::vector<Line>& lines, size_t k) {
  if (k + 1 >= lines.size() || !lines[k + 1].blank_before ||
      !IsShortLabel(View(text, lines[k]))) {
    return false;
  }
  if (IsDateOrBylineAt(text, lines, k + 1)) return true;
  const absl::string_view under = View(text, lines[k + 1]);
  return (IsCreditLabel(under, false) || IsBureauLine(under)) &&
         IsDateOrBylineAt(text, lines, k + 2);
}

// True when lines[k] opens the header's credits: a date or byline line
// (IsDateOrBylineAt), or a furniture line over one ("Filed from Suva" over
// "30 November 2026", "Photo: Ann Lee / AFP" over "By Ann Lee").
bool IsCreditsAt(absl::string_view text, const std::vector<Line>& lines, size_t k) {
  if (IsDateOrBylineAt(text, lines, k)) return true;
  if (k + 1 >= lines.size()) return false;
  const absl::string_view s = View(text, lines[k]);
  return IsHeaderFurniture(s, IsSeparated(s)) && IsDateOrBylineAt(text, lines, k + 1);
}

// "CLARE | HOMES WITHOUT INSULATION", "KERRY · FISHERIES": labels in
// capitals joined by a mark (IsSeparated), no lowercase letter (no lede) and
// no digit (a score or a result: "ROVERS 2 - 1 TOWN"), as a page sets its
// furniture.
bool IsCapitalLabelsLine(absl::string_view s) {
  return IsUpperPlace(s) && !HasDigit(s) && IsSeparated(s);
}

// "KERRY | LOCAL GOVERNANCE", "CLARE | HOMES WITHOUT INSULATION" at lines[k]
// over a date or byline line at lines[k + 1]: a section line (CrumbSection) or
// labels in capitals joined by a mark (page furniture) over the credits.
bool IsLabelLineOverCreditsAt(absl::string_view text, const std::vector<Line>& lines,
                              size_t k) {
  if (k + 1 >= lines.size()) return false;
  const absl::string_view s = View(text, lines[k]);
  return (!CrumbSection(s).empty() || IsCapitalLabelsLine(s)) &&
         IsDateOrBylineAt(text, lines, k + 1);
}

// True when the credits of a standfirst alone in its block start at lines[k]:
// a date or byline line, a label, section or wire dateline over them, or names
// alone with their place; or at the line after a picture's caption or credit
// there ("Photograph: Workers cut steel ...": IsHeaderFurniture).
bool CreditsUnderStandfirstAt(absl::string_view text, const std::vector<Line>& lines, size_t k) {
  for (int asked = 0; asked < 2 && k < lines.size(); ++asked, ++k) {
    if (IsDateOrBylineAt(text, lines, k) || IsLabelOverCreditsAt(text, lines, k) ||
        IsSectionOverDateOrByline(text, lines, k) || IsWireDatelineOverCreditsAt(text, lines, k) ||
        IsNamesFromPlaceAloneAt(text, lines, k)) {
      return true;
    }
    if (!IsHeaderFurniture(View(text, lines[k]), false)) return false;
  }
  return false;
}

// The standfirst at lines[i] (text `s`): alone over two blocks or more and a
// standfirst (IsStandfirst), or one over the header's credits
// (CreditsUnderStandfirstAt: a date or byline line, a label alone over one,
// a name with its place alone, also past a picture's caption); or in one block
// with the headline, over a short byline, date or section line, or furniture
// over one (IsCreditsAt), or a section or capitals label line over one
// (IsLabelLineOverCreditsAt). Under a byline and a date a sentence is the lede
// (`lede`), no standfirst. True when read into layout->subheadline.
bool TakeStandfirst(absl::string_view s, absl::string_view text, const std::vector<Line>& lines,
                    size_t i, bool lede, Layout* layout) {
  // "SLIGO | LIVING WITHOUT POWER": labels in capitals joined by a mark are
  // page furniture, no standfirst.
  if (!layout->subheadline.empty() || lede || IsCapitalLabelsLine(s)) return false;
  const bool alone = i + 1 < lines.size() && lines[i + 1].blank_before;
  // The blocks after lines[i], counted up to the two the tests below ask
  // for: no scan to the end of the document per header line.
  constexpr size_t kBlocksAsked = 2;
  size_t body_after = 0;
  for (size_t k = i + 1; k < lines.size() && body_after < kBlocksAsked; ++k)
    body_after += lines[k].blank_before ? 1 : 0;
  // The credits under `s` are asked before IsStandfirstOverHeader, the
  // dearer test and the one most lines pass.
  // ("Colombo, Nov 27 (Island News Wire) –" over the date line opens the
  // credits too: IsWireDatelineOverCreditsAt.)
  const bool standfirst =
      alone ? body_after >= 2 && (IsStandfirst(s) || (CreditsUnderStandfirstAt(text, lines, i + 1) &&
                                                      IsStandfirstOverHeader(s)))
            : i + 1 < lines.size() && body_after >= 1 &&
                  static_cast<size_t>(lines[i + 1].end - lines[i + 1].begin) <= kMaxBylineBytes &&
                  !absl::ascii_islower(text[lines[i + 1].begin]) &&
                  (IsCreditsAt(text, lines, i + 1) ||
                   IsSectionOverDateOrByline(text, lines, i + 1) ||
                   IsWireDatelineOverCreditsAt(text, lines, i + 1) ||
                   IsLabelLineOverCreditsAt(text, lines, i + 1)) &&
                  IsStandfirstOverHeader(s);
  if (standfirst) layout->subheadline = std::string(s);
  return standfirst;
}

// "Key points:", "In brief:" at lines[i], alone in its block over more: a
// short label (at most three words, the first capitalised, not all in
// capitals: "KOTA BHARU:" is a dateline) closed by a colon that heads a list,
// no standfirst.
bool IsListLabelAlone(absl::string_view text, const std::vector<Line>& lines, size_t i) {
  constexpr int kMaxLabelWords = 3;
  const absl::string_view s = View(text, lines[i]);
  return s.back() == ':' && s.size() <= kMaxLabelBytes && WordCount(s) <= kMaxLabelWords &&
         absl::ascii_isupper(s[0]) && !IsUpperPlace(s) && i + 1 < lines.size() &&
         lines[i + 1].blank_before;
}

// "Text: The Whole Story" over "17 November 2026", "SLIGO | LIVING WITHOUT
// POWER" over "By Ann Lee": a short line under the headline that no rule
// reads (a credit, a tag, a kicker or a label of a form not known), ending
// no sentence, quoting no one, over a date line (ParseDateLine) or a byline
// (IsDateOrBylineAt) joined to it or alone in the next block: the header's
// furniture, no body; the credits under it are read next.
bool IsUnreadLineOverCredits(absl::string_view text, const std::vector<Line>& lines, size_t i) {
  const absl::string_view s = View(text, lines[i]);
  return i + 1 < lines.size() && s.size() <= kMaxBylineBytes && !EndsSentence(s) &&
         !QuotesSomeone(s) &&
         (ParseDateLine(View(text, lines[i + 1])).has_value() ||
          IsDateOrBylineAt(text, lines, i + 1));
}

// The header's lines under the headline from lines[i]: byline, date,
// furniture, an author's bio, section, standfirst. The first body line.
size_t ReadUnderHeadline(absl::string_view text, const std::vector<Line>& lines, size_t i,
                         Layout* layout) {
  bool after_byline = false;
  // A date line was read under the headline when a byline had been read: the
  // header's credit block is over.
  bool credited_and_dated = false;
  for (; i < lines.size(); ++i) {
    const absl::string_view s = View(text, lines[i]);
    // "Business | Mining", "Home > Region > North" under the headline.
    if (std::string crumb = CrumbSection(s); !crumb.empty()) {
      if (layout->section.empty()) layout->section = std::move(crumb);
      // "Opinion — Jo Moyo": the column's writer is the author.
      if (layout->authors.empty()) layout->authors = ColumnistAfterSection(s);
      continue;
    }
    if (TakeColumnLabelAndWriter(s, layout)) continue;
    after_byline = after_byline && IsCreditBlockLine(s, lines[i].blank_before, layout->authors);
    if (after_byline) continue;
    if (TakeOverNextLine(s, text, lines, &i, &after_byline, layout) ||
        TakeNamesAlone(s, text, lines, &i, &after_byline, layout) ||
        TakeNamesUnderDate(s, text, lines, i, layout)) {
      continue;
    }
    // "Section: Regional News" (no credit "Regional News").
    if (TakeLabelledSection(s, layout)) continue;
    if (TakeCreditLine(s, text, lines, i, &after_byline, &credited_and_dated, layout)) continue;
    // "<headline>\n\nKIRKWALL —\n\n<lede>": the dateline on its own line.
    if (TakeDatelineLine(s, text, lines, &i, layout)) break;
    if (TakeWireDatelineOverCredits(text, lines, i, layout)) continue;
    if (TakeSectionUnderHeadline(s, text, lines, i, layout)) continue;
    // "<headline>\n\nLive\nUpdated …", "<headline>\n\nAnalysis": a kicker or story
    // type under the headline; "2 hours ago", "10.15am BST": a time without a
    // date sets no date; "@owenhale": the author's handle.
    if ((s.size() <= kMaxKickerBytes && IsKicker(s)) || IsTimeLine(s) || IsContactLine(s)) {
      continue;
    }
    // "Dust on the playground. Photo: Ann Lee/Reuters": a caption and its
    // credit; "Key points:" alone, a list's label: no standfirst.
    if (IsCaptionWithCredit(s) || IsListLabelAlone(text, lines, i)) continue;
    if (TakeStandfirst(s, text, lines, i, credited_and_dated && EndsSentence(s), layout)) continue;
    if (IsUnreadLineOverCredits(text, lines, i)) continue;
    // "CLARE | HOMES WITHOUT INSULATION": labels in capitals joined by a mark
    // (IsCapitalLabelsLine) are page furniture.
    if (IsCapitalLabelsLine(s)) continue;
    break;
  }
  return i;
}

// True when a line of lines[0, end) opens with `label` and a part's separator
// and holds a digit after it: "Cusco | 14/03/2026", "Cusco · 14 March 2026".
bool IsLabelBesideDateLine(absl::string_view text, const std::vector<Line>& lines, size_t end,
                           absl::string_view label) {
  for (size_t k = 0; k < end && k < lines.size(); ++k) {
    const absl::string_view s = View(text, lines[k]);
    if (!absl::StartsWith(s, label)) continue;
    const absl::string_view rest = s.substr(label.size());
    size_t size = 0;
    if (FindSeparator(rest, kPartSeparators, &size) == 0 && HasDigit(rest)) return true;
  }
  return false;
}

// True when `label` stands in `body` after a place's
// preposition (IsPlacePreposition: "in Cusco", "near Cusco"), ending a word.
bool NamedAfterPlacePreposition(absl::string_view body, absl::string_view label) {
  for (size_t at = body.find(label); at != absl::string_view::npos;
       at = body.find(label, at + 1)) {
    const size_t after = at + label.size();
    if (after < body.size() && absl::ascii_isalnum(static_cast<unsigned char>(body[after]))) {
      continue;
    }
    if (at < 2 || body[at - 1] != ' ') continue;
    const absl::string_view before = body.substr(0, at - 1);
    const size_t word = before.find_last_of(" \n") + 1;  // npos + 1 == 0
    if (IsPlacePreposition(before.substr(word))) return true;
  }
  return false;
}

// True when the story names `label` as a place: its dateline is `label` (any
// case), or `label` (or, set in capitals, its title-case form) follows a
// place's preposition in `body` (NamedAfterPlacePreposition).
bool StoryNamesPlace(absl::string_view body, absl::string_view dateline,
                     absl::string_view label) {
  if (absl::EqualsIgnoreCase(dateline.substr(0, dateline.find(',')), label)) return true;
  // "CUSCO" beside the date, "in Cusco" in the story.
  std::string titled(label);
  TitleCaseCapitals(&titled);
  return NamedAfterPlacePreposition(body, label) ||
         (titled != label && NamedAfterPlacePreposition(body, titled));
}

// "Cusco | 14/03/2026" in a header with no breadcrumb or section line: a lone
// one-word label beside the date that is no known section or region name, and
// that the story names as a place (StoryNamesPlace), is the dateline's place,
// no section. `end` is the first line of the body.
void PlaceBesideDateIsNoSection(absl::string_view text, const std::vector<Line>& lines,
                                size_t end, const HeaderState& header, Layout* layout) {
  const absl::string_view label = layout->section;
  if (label.empty() || !header.crumb_section.empty() ||
      header.section_line != std::string::npos || WordCount(label) != 1 ||
      IsSectionName(label) || IsRegionName(label) ||
      !IsLabelBesideDateLine(text, lines, end, label) || end >= lines.size() ||
      !StoryNamesPlace(text.substr(lines[end].begin), layout->dateline, label)) {
    return;
  }
  if (layout->dateline.empty()) layout->dateline = std::string(label);
  layout->section.clear();
}

}  // namespace
}  // namespace layout_internal

using layout_internal::AddBody;
using layout_internal::HeaderState;
using layout_internal::Line;
using layout_internal::PlaceBesideDateIsNoSection;
using layout_internal::QuotesSomeone;
using layout_internal::ReadHeader;
using layout_internal::ReadUnderHeadline;
using layout_internal::SplitLines;
using layout_internal::TakeClosingCredit;
using layout_internal::TakeClosingDate;
using layout_internal::TakeDateline;
using layout_internal::TitleCaseCapitals;

// "PORT VILA, Friday — <lede>\n\nBy Leias Tari, Court Reporter\n\nPublished
// 27 June 2025": credits some pages print under the lede. A byline or date
// paragraph among the few after the first is read as the header's (a date or
// authors read before are kept) and is no body.
void TakeCreditsUnderLede(absl::string_view text, Layout* layout) {
  constexpr size_t kMaxCreditParagraph = 3;  // the last paragraph index asked
  for (size_t k = 1; k < layout->paragraphs.size() && k <= kMaxCreditParagraph;) {
    const ByteRange& p = layout->paragraphs[k];
    const absl::string_view s = text.substr(p.first, p.second - p.first);
    Layout credits;
    if (s.size() > layout_internal::kMaxBylineBytes || !TakeHeaderLine(s, &credits) ||
        (!credits.publish_date.has_value() && credits.authors.empty())) {
      ++k;
      continue;
    }
    if (!layout->publish_date) layout->publish_date = credits.publish_date;
    if (layout->authors.empty()) layout->authors = std::move(credits.authors);
    layout->paragraphs.erase(layout->paragraphs.begin() + static_cast<std::ptrdiff_t>(k));
  }
}

Layout ReadLayout(absl::string_view text) {
  Layout layout;
  std::vector<Line> lines = SplitLines(text);
  layout_internal::JoinWrappedHeaderLines(text, &lines);
  HeaderState header;
  size_t i = 0;
  ReadHeader(text, lines, &i, &header, &layout);
  if (!header.have_headline) {
    // No header after all: everything from the first non-metadata line is body.
    layout.section.clear();
  } else {
    if (layout.section.empty()) layout.section = header.crumb_section;
    i = ReadUnderHeadline(text, lines, i, &layout);
  }
  if (!layout.publish_date) layout.publish_date = header.chrome_date;
  AddBody(text, lines, i, &layout);
  // "(Reporting by Ann Lee; Editing by Sam Roe)" closing a wire story, "First
  // published on 3 March 2026" closing a page: no body.
  while (layout.paragraphs.size() > 1) {
    const ByteRange& last = layout.paragraphs.back();
    const absl::string_view closing = text.substr(last.first, last.second - last.first);
    if (!TakeClosingCredit(closing, &layout) && !TakeClosingDate(closing, &layout)) break;
    layout.paragraphs.pop_back();
  }
  if (header.have_headline) TakeCreditsUnderLede(text, &layout);
  TakeDateline(text, header.have_headline, &layout);
  PlaceBesideDateIsNoSection(text, lines, i, header, &layout);
  // "“We will not back down,” says minister": a headline that quotes someone is
  // read for its quote too.
  if (header.have_headline && QuotesSomeone(layout.headline)) {
    layout.paragraphs.insert(layout.paragraphs.begin(), header.headline_range);
  }
  // "CITY HALL" -> "City Hall".
  TitleCaseCapitals(&layout.section);
  layout_internal::UnwrapLines(&layout.headline);
  layout_internal::UnwrapLines(&layout.subheadline);
  return layout;
}

}  // namespace factwire
