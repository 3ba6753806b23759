// Header lines of dates, bylines and labels ("Politics | 14 June 2022", "By Jane
// Doe on 9 March 2021", "Jane Doe Published November 30, 2026").

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
#include "absl/strings/strip.h"
#include "ingest-service/parse/dates.h"
#include "ingest-service/parse/header_words.h"
#include "ingest-service/parse/layout.h"
#include "ingest-service/parse/layout_internal.h"
#include "ingest-service/parse/utf8.h"

namespace factwire {
namespace layout_internal {
namespace {

// "Jo Moyo": a date line's label that reads as a person's name and no tag: no
// site, place or region ("Nakuru County"), no word of it a section or country
// word ("World Cup", "Climate Change"), its last word no tag's head
// (IsTagHead: "Premier League", "Lagos State") or label's head (IsLabelHead:
// "Morning Briefing", "Editorial Board", "Prime Minister").
bool ReadsAsPersonTag(absl::string_view s) {
  if (IsRootStep(s) || NamesAPlace(s) || IsRegionName(s)) return false;
  const size_t last = s.rfind(' ');
  if (last == absl::string_view::npos || IsTagHead(s.substr(last + 1)) ||
      IsLabelHead(s.substr(last + 1))) {
    return false;
  }
  for (absl::string_view word : absl::StrSplit(s, ' ', absl::SkipEmpty())) {
    if (IsSectionName(word) || IsCountryName(word)) return false;
  }
  return true;
}

// "Last Updated: November 4", "Updated Nov 4": a part of a date line that dates
// an update, opened by an update label (before a colon, or its first one or two
// words).
bool IsUpdateStamp(absl::string_view part) {
  constexpr size_t kMaxUpdateLabelBytes = 16;
  const absl::string_view head = part.substr(0, kMaxUpdateLabelBytes + 1);
  if (const size_t colon = head.find(':'); colon != absl::string_view::npos) {
    return IsUpdateLabel(head.substr(0, colon));
  }
  const size_t first = head.find(' ');
  if (first == absl::string_view::npos) return false;
  if (IsUpdateLabel(head.substr(0, first))) return true;
  const size_t second = head.find(' ', first + 1);
  return second != absl::string_view::npos && IsUpdateLabel(head.substr(0, second));
}

// Offers `date`, read from a header line, as the publish date: taken when
// `layout` holds none, or holds an update's date and `update` (the line's date
// is an update's too) is false: "Updated: 15 March" over "Published: 14
// March" dates the story 14 March.
void OfferDate(const std::optional<CivilDate>& date, bool update, Layout* layout) {
  if (!date || (layout->publish_date && (!layout->dated_by_update || update))) return;
  layout->publish_date = date;
  layout->dated_by_update = update;
}

// A line of names and a date is at most this long.
constexpr size_t kMaxBylineBytesForDate = 120;

// "Leila Haddad Published November 30, 2026", "LEILA HADDAD Posted: Nov 30,
// 2026", "Ann Lee, Mumbai, Nov 3, 2025 10:42 IST": a person's name (two to four
// capitalised words, no "By" lead), maybe a comma and the place it was filed
// from and a comma, then a date line. Sets *names and
// layout->publish_date (unless set); false, nothing changed, for other lines.
bool TakeNamesBeforeDate(absl::string_view s, std::vector<std::string>* names,
                         Layout* layout) {
  constexpr size_t kMaxNamesBytes = 60;
  // One name of two to four words: the date starts after its second to
  // fourth word, and holds a digit.
  constexpr int kMinNameWords = 2;
  constexpr int kMaxNameWords = 4;
  // With a comma, a name of four words and the place it was filed from, of three.
  constexpr int kMaxNameAndPlaceWords = 7;
  if (s.empty() || s.size() > kMaxBylineBytesForDate || !OpensWithCapital(s) ||
      !HasDigit(s) || WriterLeadSize(s) > 0) {
    return false;
  }
  const int max_words = s.substr(0, kMaxNamesBytes).find(", ") != absl::string_view::npos
                            ? kMaxNameAndPlaceWords
                            : kMaxNameWords;
  int words = 1;
  for (size_t k = s.find(' '); k != absl::string_view::npos && k <= kMaxNamesBytes &&
                               words <= max_words;
       k = s.find(' ', k + 1), ++words) {
    if (words < kMinNameWords) continue;
    // A date line opens with a capital or a digit (ParseDateLine turns other
    // first words away before reading on).
    if (k + 1 >= s.size()) break;
    const char next = s[k + 1];
    if (!absl::ascii_isupper(next) && !absl::ascii_isdigit(next)) continue;
    bool update = false;
    std::optional<CivilDate> date = ParseDateLine(s.substr(k + 1), &update);
    if (!date) continue;
    // "Ann Lee, Mumbai, Nov 3, 2025": the name, maybe its place, a comma.
    absl::string_view before = s.substr(0, k);
    const bool comma = absl::ConsumeSuffix(&before, ",");
    std::vector<std::string> found = PersonNames(before);
    if (found.empty() && comma) found = PersonNames(WithoutFiledPlace(before));
    if (found.empty()) return false;
    OfferDate(date, update, layout);
    *names = std::move(found);
    return true;
  }
  return false;
}

// "Tuesday 3 March 2026 06:00, UK" (a date line, then the place it was filed
// from) or "Košice, 3.9.2026 (updated 17:05 CET)" (the place first): the date of
// a line of a date line and a place of one to three capitalised words, no digit,
// joined by a comma; nullopt for other lines.
std::optional<CivilDate> DateBesidePlace(absl::string_view s) {
  constexpr int kMaxPlaceWords = 3;
  if (s.size() > kMaxMetaLineBytes) return std::nullopt;
  const auto is_place = [](absl::string_view place) {
    return WordCount(place) <= kMaxPlaceWords && IsCapitalisedWords(place) && !HasDigit(place);
  };
  // find() skips ahead with memchr; the byte-wise rfind() runs only on a
  // line that holds a comma and a space.
  const size_t first = s.find(", ");
  if (first == absl::string_view::npos) return std::nullopt;
  if (const size_t last = s.rfind(", "); is_place(s.substr(last + 2))) {
    if (std::optional<CivilDate> date = ParseDateLine(s.substr(0, last))) return date;
  }
  if (is_place(s.substr(0, first))) return ParseDateLine(s.substr(first + 2));
  return std::nullopt;
}

// "Story published: 14 March 2026", "Date of release: 14 March 2026": the
// date after a label in sentence case of a few words before ": ", one of them
// a date label's (IsDateLabelWord); nullopt for other lines ("LEILA HADDAD
// Posted: …" is a name before a date line).
std::optional<CivilDate> LabelledDate(absl::string_view s) {
  const size_t colon = s.substr(0, kMaxLabelBytes + 1).find(": ");
  if (colon == absl::string_view::npos) return std::nullopt;
  bool dated = false;
  bool first = true;
  for (absl::string_view word : absl::StrSplit(s.substr(0, colon), ' ', absl::SkipEmpty())) {
    if (!first && !absl::ascii_islower(word[0])) return std::nullopt;
    first = false;
    dated = dated || IsDateLabelWord(word);
  }
  return dated ? ParseDateLine(s.substr(colon + 2)) : std::nullopt;
}

// True when `second`, after the desk of a dated line of parts, is the place
// filed from: a place's name (NamesAPlace), or after a region (`after_region`:
// IsRegionName of the desk) one capitalised word without a digit that is no
// section, kicker or credit ("Central Asia | Almaty | <date>"; not "East
// Africa | Reuters | <date>", "Northern Europe | Analysis | <date>").
bool IsPlaceAfterDesk(bool after_region, absl::string_view second) {
  if (NamesAPlace(second)) return true;
  return after_region && WordCount(second) == 1 && IsCapitalisedWords(second) &&
         !HasDigit(second) && !IsSectionName(second) && !IsKicker(second) &&
         !IsCreditLabel(second, false);
}

// "Lima | Ann Lee | <date>": the place filed from before its author's name,
// as some pages set the place first: `first` a place (IsPlaceAfterDesk's
// test after a region: one capitalised word that is no section, kicker or
// credit, or a place's name) and `second` a person's name (ReadsAsPersonTag,
// PersonNames). The names, with `first` set as the dateline (unless one was
// read); none, nothing changed, otherwise.
std::vector<std::string> NameAfterPlace(absl::string_view first, absl::string_view second,
                                        Layout* layout) {
  if (!IsPlaceAfterDesk(true, first) || IsRegionName(first) || !ReadsAsPersonTag(second)) {
    return {};
  }
  std::vector<std::string> authors = PersonNames(second);
  if (!authors.empty() && layout->dateline.empty()) layout->dateline = std::string(first);
  return authors;
}

// The first two labels `first`, `second` of a dated line of parts:
// "Ann Lee · Island News · Posted: …": a person's name before a credit;
// "Ann Lee | Stone Town | <date>": or before a place's name (NamesAPlace), the
// place filed from, set as the dateline. "Middle East · Abu Dhabi · <date>",
// "East Africa | Port Louis | <date>", "Central Asia | Almaty | <date>": a
// known section or a region (IsRegionName) before a place (IsPlaceAfterDesk) is
// the desk, set as the section, and names no one. "Ann Lee | Cusco | <date>":
// a label that reads as a person's name (ReadsAsPersonTag) before one
// capitalised word that is no section, kicker or credit (IsPlaceAfterDesk's
// test after a region) names its author and the place filed from too. The
// person's names read; none otherwise.
std::vector<std::string> NameBesidePlaceOrCredit(absl::string_view first,
                                                 absl::string_view second, Layout* layout) {
  const bool region = IsRegionName(first);
  const bool desk = IsSectionName(first) || region;
  const bool place = IsPlaceAfterDesk(region || (!desk && ReadsAsPersonTag(first)), second);
  std::vector<std::string> authors;
  if (!desk && (place || IsCreditLabel(second, false))) authors = PersonNames(first);
  if (!place || (!desk && authors.empty())) return authors;
  if (layout->dateline.empty()) layout->dateline = std::string(second);
  if (desk && layout->section.empty()) layout->section = std::string(first);
  return authors;
}

// "Lagos, Nigeria", "Owerri, Imo State": a part of a line of parts that names
// a town and its region after a comma (IsFiledPlaceLine without a lead): the
// town a place's name (NamesAPlace: "Port Harcourt, Rivers"), or no person's
// name ("Ann Lee, Lagos" names her) before a region of a place's shape: a
// country, a world region, a place's name or a country's division
// (IsCountryName, IsRegionName, NamesAPlace, NamesADivision; not "Reporting,
// Editing" nor "Moyo, Banda").
bool IsTownAndRegionPart(absl::string_view part) {
  if (FiledPlaceLeadSize(part) != 0 || !IsFiledPlaceLine(part)) return false;
  const absl::string_view town = WithoutFiledPlace(part);
  if (NamesAPlace(town)) return true;
  const absl::string_view region = part.substr(std::min(part.size(), town.size() + 2));
  return PersonNames(town).empty() && (IsCountryName(region) || IsRegionName(region) ||
                                       NamesAPlace(region) || NamesADivision(region));
}

// "3/14/2026" then "11:20 AM", parts of one line: sets *date (read from
// `date_part`) to the time of `time_part` when it has none and the two read
// as one date line give that day; unchanged otherwise ("Updated 5 hours ago"
// gives no time).
void TakeTimePart(absl::string_view date_part, absl::string_view time_part, CivilDate* date) {
  if (date_part.empty() || date->hour != 0 || date->minute != 0) return;
  const std::optional<CivilDate> timed =
      ParseDateLine(absl::StrCat(date_part, " ", time_part));
  if (timed && timed->year == date->year && timed->month == date->month &&
      timed->day == date->day) {
    *date = *timed;
  }
}

// What the parts of a line TakeMetaParts reads hold, read part by part.
struct MetaParts {
  std::optional<CivilDate> date;
  bool update = false;  // `date` is an update's ("Updated: Nov 4")
  std::vector<std::string> authors;
  std::vector<absl::string_view> labels;
  size_t labels_before_date = 0;  // labels before the first date part
  absl::string_view wire_place;   // "BISHKEK" of "BISHKEK, Nov 30 (Reuters)"
  absl::string_view date_part;    // the part `date` was read from
  absl::string_view filed_place;  // "Lagos, Nigeria": a town and its region
};

// A date line as a part of a line of parts: the first date read into *m,
// or a published date after an update's ("Updated: Nov 4 | Published: Nov
// 3"). True when `part` is a date line.
bool ReadDatePart(absl::string_view part, MetaParts* m) {
  bool part_update = false;
  std::optional<CivilDate> d = ParseDateLine(part, &part_update);
  if (!d) return false;
  if (!m->date || (m->update && !part_update)) {
    if (!m->date) m->labels_before_date = m->labels.size();
    m->date = d;
    m->date_part = part;
    m->update = part_update;
  }
  return true;
}

// A part of a line of parts that is a date, a byline, a wire dateline's
// head, a town and its region or a short label (*m keeps what it holds), or
// page furniture (skipped). False for any other part: the line is no line of
// parts.
bool ReadMetaPart(absl::string_view part, MetaParts* m) {
  if (ReadDatePart(part, m)) return true;
  if (m->date && IsTimeLine(part)) {
    // "Maseru | 3/14/2026 | 11:20 AM": the time of the date before it.
    TakeTimePart(m->date_part, part, &*m->date);
  } else if (std::vector<std::string> names = Byline(part); !names.empty()) {
    if (m->authors.empty()) m->authors = std::move(names);
  } else if (std::vector<std::string> credited = CreditedNames(part, false);
             !credited.empty()) {
    // "Ann Lee, Transport Reporter | 9 March 2021".
    if (m->authors.empty()) m->authors = std::move(credited);
  } else if (absl::string_view wire_date, wire = WireDatelinePlace(part, &wire_date);
             !wire.empty()) {
    // "BISHKEK, Nov 30 (Reuters) · 9:15 AM GMT+6": the place; a date
    // without its year dates nothing ("NAIROBI, Nov 24, 2026 (Xinhua)" does).
    if (m->wire_place.empty()) m->wire_place = wire;
    if (std::optional<CivilDate> d = ParseDateLine(wire_date); d && !m->date) {
      m->labels_before_date = m->labels.size();
      m->date = d;
    }
  } else if (IsTownAndRegionPart(part)) {
    // "Ann Lee | Lagos, Nigeria | <date>": the place filed from.
    if (m->filed_place.empty()) m->filed_place = part;
  } else if (IsShortLabel(part) && !IsUpdateLabel(part)) {
    // ("Updated / Monday, 3 Nov 2025 10:45": a label of the date, no section.)
    m->labels.push_back(part);
  } else if (!IsHeaderFurniture(part, false) && !IsTimeLine(part) && !IsUpdateStamp(part) &&
             !IsContactLine(part)) {
    // "5 min read", "11:40 PM", "Updated: Nov 4", "@coastnews" are skipped
    return false;
  }
  return true;
}

// The places of a dated line of parts `m`: the wire dateline's place, else
// the town of a town and its region, as the dateline unless one was read.
void TakeMetaPlaces(const MetaParts& m, Layout* layout) {
  if (!m.wire_place.empty() && layout->dateline.empty()) {
    layout->dateline = std::string(m.wire_place);
  }
  if (m.date && !m.filed_place.empty() && layout->dateline.empty()) {
    layout->dateline = std::string(WithoutFiledPlace(m.filed_place));
  }
}

// "Ann Lee | Stone Town | <date>", "Lima | Ann Lee | <date>": the first two
// labels of a dated line of parts with no byline, a person's name beside a
// place or a credit, or after a place (NameBesidePlaceOrCredit,
// NameAfterPlace), into m->authors.
void TakeNameBesidePlace(MetaParts* m, Layout* layout) {
  if (!m->date || !m->authors.empty() || m->labels.size() < 2) return;
  m->authors = NameBesidePlaceOrCredit(m->labels[0], m->labels[1], layout);
  if (m->authors.empty() && m->labels_before_date >= 2) {
    m->authors = NameAfterPlace(m->labels[0], m->labels[1], layout);
  }
}

// A dated line's two labels `m`, no byline read: "National | 14 March 2026 |
// Jo Moyo": a known section and a person's name beside the date; "14 March
// 2026 | Jo Moyo | Africa": a person's name (no place, region, site or tag:
// "WESTERN VALLEYS ECHO | Business | <date>", "Premier League | Sport";
// ReadsAsPersonTag) and a known section, in either order. The name becomes
// m->authors (and the author unless one was read), leaving the section label.
void TakeNameBesideSection(MetaParts* m, Layout* layout) {
  std::vector<absl::string_view>& labels = m->labels;
  if (m->date && m->authors.empty() && labels.size() == 2 && IsSectionName(labels[0])) {
    m->authors = PersonNames(labels[1]);
    if (!m->authors.empty()) labels.pop_back();
    if (layout->authors.empty()) layout->authors = m->authors;
  }
  if (m->date && m->authors.empty() && labels.size() == 2 && IsSectionName(labels[1]) &&
      ReadsAsPersonTag(labels[0])) {
    m->authors = PersonNames(labels[0]);
    if (!m->authors.empty()) labels.erase(labels.begin());
    if (layout->authors.empty()) layout->authors = m->authors;
  }
}

// "Jo Moyo | 14 March 2026", "Jo Moyo · 14 March 2026 · 10:15": a lone label
// of `m` opening the line (`first`, of `parts` parts) before the date that
// reads as a person's name (ReadsAsPersonTag, no field's name: "Water
// Sanitation"), not set in capitals as a newsletter's or a site's name is
// ("COLD CHAIN BRIEFING | Issue 287 | <date>"), is the byline without its
// "By": m->authors, and the author unless one was read.
void TakeLoneNameBesideDate(absl::string_view first, size_t parts, MetaParts* m,
                            Layout* layout) {
  constexpr size_t kMaxBylineParts = 3;
  const std::vector<absl::string_view>& labels = m->labels;
  if (m->date && m->authors.empty() && labels.size() == 1 && m->labels_before_date == 1 &&
      labels[0] == first && parts <= kMaxBylineParts && !IsUpperPlace(labels[0]) &&
      ReadsAsPersonTag(labels[0]) &&
      !HasTopicNounEnding(labels[0].substr(labels[0].rfind(' ') + 1))) {
    m->authors = PersonNames(labels[0]);
    if (!m->authors.empty()) m->labels.clear();
    if (layout->authors.empty()) layout->authors = m->authors;
  }
}

// The section of a dated line of parts `m` (unless one was read): "14 March
// 2026 | By Jo Moyo | Regional News": a lone label beside the date, only a
// known section name beside a byline; "BAKERY TRADE WEEKLY · Flour & Grains ·
// <date>": the section after the site, before the date ("THE POST — <date> —
// Lisbon edition" has none).
void TakeMetaSection(const MetaParts& m, Layout* layout) {
  const std::vector<absl::string_view>& labels = m.labels;
  if (m.date && labels.size() == 1 && layout->section.empty() &&
      IsSectionBesideDate(labels.front()) &&
      (m.authors.empty() || IsSectionName(labels.front()))) {
    layout->section = std::string(labels.front());
  }
  if (m.date && m.authors.empty() && layout->section.empty() &&
      m.labels_before_date == labels.size()) {
    layout->section = SectionAfterRoot(labels);
  }
}

}  // namespace

MetaLine TakeMetaParts(absl::string_view s, Layout* layout, bool slashes) {
  constexpr size_t kMaxParts = 4;
  const std::vector<absl::string_view> parts =
      slashes ? SplitParts(s, kSlashSeparator) : SplitParts(s, kPartSeparators);
  if (parts.size() < 2 || parts.size() > kMaxParts) return MetaLine::kNone;
  MetaParts m;
  for (absl::string_view part : parts) {
    if (!ReadMetaPart(part, &m)) return MetaLine::kNone;
  }
  if (!m.date && m.authors.empty() && m.wire_place.empty()) return MetaLine::kNone;
  TakeMetaPlaces(m, layout);
  TakeNameBesidePlace(&m, layout);
  OfferDate(m.date, m.update, layout);
  if (!m.authors.empty() && layout->authors.empty()) layout->authors = m.authors;
  TakeNameBesideSection(&m, layout);
  TakeLoneNameBesideDate(parts[0], parts.size(), &m, layout);
  TakeMetaSection(m, layout);
  return m.date || !m.wire_place.empty() ? MetaLine::kDate : MetaLine::kByline;
}

namespace {

// A date line (ParseDateLine), a date beside a place (DateBesidePlace) or
// after a labelled colon (LabelledDate) in `s`: its date is offered
// (OfferDate). True when `s` was one.
bool TakeDatedLine(absl::string_view s, Layout* layout) {
  bool update = false;
  std::optional<CivilDate> date = ParseDateLine(s, &update);
  if (!date) date = DateBesidePlace(s);
  if (!date) date = LabelledDate(s);
  if (!date) return false;
  OfferDate(date, update, layout);
  return true;
}

// A line of parts (TakeMetaParts) when `separated`, or parts between slashes
// ("Nov 3, 2025 / 11:40 PM / Island Courier"); kNone for other lines.
MetaLine TakeSeparatedParts(absl::string_view s, bool separated, Layout* layout) {
  if (!separated) return MetaLine::kNone;
  if (const MetaLine parts = TakeMetaParts(s, layout); parts != MetaLine::kNone) return parts;
  if (!absl::StrContains(s, " / ")) return MetaLine::kNone;
  return TakeMetaParts(s, layout, true);
}

// "Posted on 9 March 2021 by Ann Lee": a date line, then "by" and names,
// maybe with the place filed from or a credit ("by Ann Lee, Kitwe Bureau",
// "by Ann Lee and Jo Moyo, Senior Reporters": NamesBeforePlaceOrOutlet,
// CreditedNames; "by Ann Lee | Kitwe Bureau" on a line of parts, `separated`);
// or "Posted on November 3, 2025 by Admin": a site's account (up to two words,
// no sentence) after a date; or names after a time without a date ("Posted 4
// hours ago by Ann Lee", IsTimeLine). True when read (the date offered, the
// names the authors).
bool TakeDateThenNames(absl::string_view s, bool separated, Layout* layout) {
  constexpr size_t kMaxDatedBylineBytes = 120;
  constexpr int kMaxAccountWords = 2;
  const size_t by = s.size() <= kMaxDatedBylineBytes ? s.find(" by ") : s.npos;
  if (by == absl::string_view::npos) return false;
  const absl::string_view account = s.substr(by + 4);
  std::vector<std::string> names = NamesBeforePlaceOrOutlet(account);
  if (names.empty()) names = CreditedNames(account, separated);
  if (names.empty() && (WordCount(account) > kMaxAccountWords || EndsSentence(account))) {
    return false;
  }
  bool update = false;
  const absl::string_view stamp = s.substr(0, by);
  const std::optional<CivilDate> date = ParseDateLine(stamp, &update);
  // "Posted 4 hours ago by Ann Lee": a time without a date gives the names only.
  if (!date && !IsTimeLine(stamp)) return false;
  OfferDate(date, update, layout);
  if (!names.empty()) layout->authors = std::move(names);
  return true;
}

// "Ann Lee @annlee": a name and the author's handle (no byline lead). True
// when read (the name the author).
bool TakeNameAndHandle(absl::string_view s, Layout* layout) {
  const size_t at = s.size() <= kMaxBylineBytes ? s.find(" @") : s.npos;
  if (at == absl::string_view::npos || WriterLeadSize(s) != 0 ||
      !IsContactLine(s.substr(at + 1))) {
    return false;
  }
  std::vector<std::string> names = PersonNames(s.substr(0, at));
  if (names.empty()) return false;
  layout->authors = std::move(names);
  return true;
}

// A byline (Byline): its names are the authors, and a date after them is
// offered ("By Ann Lee on 9 March 2021", "Posted by Ann Lee on Mar 14, 2026
// in Regional News": a blog's category or a place after the date, a known
// section the section). kDate or kByline; kNone for other lines.
MetaLine TakeBylineAndDate(absl::string_view s, Layout* layout) {
  size_t at = absl::string_view::npos;
  absl::string_view dated;
  const std::vector<std::string> authors = BylineAndDateStart(s, &at, &dated);
  if (authors.empty()) return MetaLine::kNone;
  layout->authors = authors;
  if (at == absl::string_view::npos) return MetaLine::kByline;
  // The words after " in " or " at " that WithoutPlace cut: a known section
  // is the section.
  const absl::string_view after =
      dated.size() < s.size() ? s.substr(dated.size() + 4) : absl::string_view();
  if (layout->section.empty() && IsSectionName(after)) layout->section = std::string(after);
  bool update = false;
  OfferDate(ParseDateLine(dated.substr(at + 1), &update), update, layout);
  return MetaLine::kDate;
}

// "Filed from Cusco by Ana Quispe", "Reporting from Suva by Jo Moyo and Sam
// Roe", "From Cusco, Peru, by Ana Quispe": a line naming the place filed from (IsFiledPlaceLine, with its lead:
// FiledPlaceLeadSize) and, after its last " by ", the people who filed
// (PersonNames). Sets the authors and the dateline (unless one was read) to
// the place. True when read; nothing changed for other lines.
bool TakeFiledPlaceAndNames(absl::string_view s, Layout* layout) {
  constexpr absl::string_view kBy = " by ";
  if (s.size() > kMaxBylineBytes || FiledPlaceLeadSize(s) == 0) return false;
  const size_t by = s.rfind(kBy);
  if (by == absl::string_view::npos) return false;
  // "From Cusco, Peru, by Ana Quispe": the comma before "by" closes the place.
  const absl::string_view filed = absl::StripSuffix(s.substr(0, by), ",");
  if (!IsFiledPlaceLine(filed)) return false;
  std::vector<std::string> names = PersonNames(s.substr(by + kBy.size()));
  if (names.empty()) return false;
  layout->authors = std::move(names);
  if (layout->dateline.empty()) {
    layout->dateline = std::string(filed.substr(FiledPlaceLeadSize(filed)));
  }
  return true;
}

}  // namespace

MetaLine TakeDateOrByline(absl::string_view s, bool separated, Layout* layout) {
  if (TakeDatedLine(s, layout)) return MetaLine::kDate;
  if (const MetaLine parts = TakeSeparatedParts(s, separated, layout);
      parts != MetaLine::kNone) {
    return parts;
  }
  if (TakeDateThenNames(s, separated, layout)) return MetaLine::kDate;
  // "Leila Haddad Published November 30, 2026": names, then a date line.
  if (std::vector<std::string> names; TakeNamesBeforeDate(s, &names, layout)) {
    layout->authors = std::move(names);
    return MetaLine::kDate;
  }
  if (TakeNameAndHandle(s, layout)) return MetaLine::kByline;
  // "Columnist: Andile Nkosi".
  if (auto authors = JobLabelledNames(s); !authors.empty()) {
    layout->authors = std::move(authors);
    return MetaLine::kByline;
  }
  if (const MetaLine byline = TakeBylineAndDate(s, layout); byline != MetaLine::kNone) {
    return byline;
  }
  // "Filed from Cusco by Ana Quispe".
  if (TakeFiledPlaceAndNames(s, layout)) return MetaLine::kByline;
  // "Priya Natarajan, Transport Correspondent", "OWEN HALE | The Courier".
  if (auto authors = CreditedNames(s, separated); !authors.empty()) {
    layout->authors = std::move(authors);
    return MetaLine::kByline;
  }
  return MetaLine::kNone;
}

bool TakeClosingDate(absl::string_view s, Layout* layout) {
  if (s.size() > kMaxMetaLineBytes) return false;
  absl::ConsumeSuffix(&s, ".");
  if (SentenceEnds(s) > 0) return false;
  // "This story was first published on 2 March 2026.": the stamp after it.
  s.remove_prefix(ItemRanLeadSize(s));
  bool update = false;
  const std::optional<CivilDate> date = ParseDateLine(s, &update);
  if (!date) return false;
  OfferDate(date, update, layout);
  return true;
}

}  // namespace layout_internal

using layout_internal::IsHeaderFurniture;
using layout_internal::IsSeparated;
using layout_internal::MetaLine;
using layout_internal::TakeDateOrByline;

bool TakeHeaderLine(absl::string_view line, Layout* layout) {
  const bool separated = IsSeparated(line);
  return TakeDateOrByline(line, separated, layout) != MetaLine::kNone ||
         IsHeaderFurniture(line, separated);
}

}  // namespace factwire
