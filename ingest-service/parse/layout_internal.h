// Shared by the files that implement ReadLayout (layout.cc, layout_text.cc,
// layout_sections.cc, layout_furniture.cc, layout_bylines.cc,
// layout_meta_lines.cc, layout_datelines.cc, layout_mastheads.cc). Internal:
// include only from those files.

#ifndef FACTWIRE_INGEST_SERVICE_PARSE_LAYOUT_INTERNAL_H_
#define FACTWIRE_INGEST_SERVICE_PARSE_LAYOUT_INTERNAL_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "ingest-service/parse/layout.h"

namespace factwire {
namespace layout_internal {

// A header line longer than this is body text.
inline constexpr size_t kMaxHeadlineBytes = 300;
inline constexpr size_t kMaxStandfirstBytes = 200;
inline constexpr size_t kMaxSectionBytes = 40;
inline constexpr size_t kMaxKickerBytes = 24;

// The fewest words of a headline that a short line over it (a step, a label, a
// site's name, a columnist's name) may stand above.
inline constexpr int kMinHeadlineWords = 5;

struct Line {
  int begin;
  int end;
  bool blank_before;  // a blank line (or the start) precedes it
};

// A label before its colon ("Reporter:", "Photo:", "Image source,") is at
// most this long.
inline constexpr size_t kMaxLabelBytes = 24;

// A photo credit is at most this long.
inline constexpr size_t kMaxCreditBytes = 80;

// Separators between the parts of a header line ("Politics | 14 June 2022",
// "By Jane Doe · 3 March 2024").
inline constexpr absl::string_view kPartSeparators[] = {
    " | ", " \xC2\xB7 ", " \xE2\x80\xA2 ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " - ",
    // "Jakarta \xE2\x97\x8F Mon, November 3, 2025": a black circle.
    " \xE2\x97\x8F "};
// Separators between the steps of a breadcrumb ("Home > Business > Markets"):
// '>', '›', '»', '/', and the small, large and pointer triangles '▸', '▶', '►'
// ("ERR NEWS ▸ Estonia ▸ Transport").
inline constexpr absl::string_view kCrumbSeparators[] = {
    " > ", " \xE2\x80\xBA ", " \xC2\xBB ", " / ", " \xE2\x96\xB8 ", " \xE2\x96\xB6 ",
    " \xE2\x96\xBA "};

// The longest separator, " — ", is this long.
inline constexpr size_t kMaxSeparatorBytes = 5;

// The parts of a date line may also be set apart by slashes ("Nov 3, 2025 /
// 11:40 PM / Island Courier").
inline constexpr absl::string_view kSlashSeparator[] = {" / "};

// A line of metadata parts or a breadcrumb is at most this long.
inline constexpr size_t kMaxMetaLineBytes = 120;

// The position of the first separator of `separators` (each a space, a byte
// other than a space, then more bytes) in `s` and its size in *size; npos when
// there is none. Only a space followed by a separator's second byte is compared
// further.
template <size_t N>
size_t FindSeparator(absl::string_view s, const absl::string_view (&separators)[N],
                     size_t* size) {
  // The separators' second bytes, as a set of 256 bits: most spaces open a
  // word, whose byte is none of them.
  uint64_t second[4] = {};
  for (absl::string_view sep : separators) {
    const unsigned char b = static_cast<unsigned char>(sep[1]);
    second[b >> 6] |= uint64_t{1} << (b & 63);
  }
  for (size_t i = 0; i + 2 < s.size(); ++i) {
    if (s[i] != ' ') continue;
    const unsigned char next = static_cast<unsigned char>(s[i + 1]);
    if (((second[next >> 6] >> (next & 63)) & 1) == 0) continue;
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

// What a header line TakeMetaParts or TakeDateOrByline reads holds.
enum class MetaLine { kNone, kDate, kByline };

// A byline without "By" is at most this long.
inline constexpr size_t kMaxBylineBytes = 120;

// What the line under a line of names makes of them (TakeNamesOver).
enum class NamesOver { kNone, kCredit, kDate, kBio };

// layout_text.cc.

// The non-blank lines of `text`, trimmed of spaces and no-break spaces, each
// marked when a blank line (or the start) precedes it. In single-spaced copy
// (three or more lines, no blank line, no hard-wrapped block) every line is
// marked: each line is a paragraph.
std::vector<Line> SplitLines(absl::string_view text);

// The text of `line` in `text`.
inline absl::string_view View(absl::string_view text, const Line& line) {
  return text.substr(line.begin, line.end - line.begin);
}

// True when `s` holds an ASCII digit.
inline bool HasDigit(absl::string_view s) {
  for (char c : s) {
    if (absl::ascii_isdigit(c)) return true;
  }
  return false;
}

// True when `s` ends like a sentence: '.', '!', '?' or a closing quote mark.
inline bool EndsSentence(absl::string_view s) {
  if (s.empty()) return false;
  const char last = s.back();
  return last == '.' || last == '!' || last == '?' || last == '"' ||
         absl::EndsWith(s, "\xE2\x80\x9D") || absl::EndsWith(s, "\xE2\x80\x99");
}

// The number of sentence ends in `s`: ". ", "? ", "! " and a final mark.
int SentenceEnds(absl::string_view s);

// "The agency said on Friday that ...", "A man has been charged after ...", a
// sentence of three clauses: a first paragraph reports; a standfirst sums up in
// one short clause. Past-tense attribution, a weekday, a perfect or passive
// verb, two or more commas or more than 30 words mark a news lede.
bool ReadsLikeLede(absl::string_view s);

// True when most words start with a capital ("Bees Return To City Parks!").
bool IsTitleCase(absl::string_view s);

// A line is a section label when short, unpunctuated and capitalised.
bool IsSectionLabel(absl::string_view s);

// A line that may be a headline: at most kMaxHeadlineBytes, not ending like a
// sentence unless title case, nor with ':' or ','.
bool IsHeadlineLike(absl::string_view s);

// A standfirst is one short line summing up the story: a single sentence at most,
// no quotation, no dateline, not a reported lede.
bool IsStandfirst(absl::string_view s);

// A standfirst with a byline or date line under it may read like a report
// ("Minister has blamed fuel costs", "Fares rise, crossings fall, and …"),
// quote someone and run longer (300 bytes): two sentences at most, no
// dateline, no list of names or time.
bool IsStandfirstOverHeader(absl::string_view s);

// True when `s` holds a double quote mark, or a single one opening a word at
// its start or after a space ('We built it': ...), not an apostrophe.
bool QuotesSomeone(absl::string_view s);

// A short label: one to four capitalised-first words, no digit, no sentence end
// ("Politics", "Reuters", "World News", "Maria Lopez").
bool IsShortLabel(absl::string_view s);

// True when `s` is not empty and has no lowercase letter ("OTTAWA", "NEW YORK").
bool IsUpperPlace(absl::string_view s);

// "MOUNT GAMBIER", "SANTA CLARA": a name opened by a word that opens places'
// and persons' names (OpensPlaceOrPersonName) set all in capitals
// (IsUpperPlace), as a dateline's place is and a person's name seldom.
bool IsUpperPlaceOpenedLikeAName(absl::string_view s);

// True when every word of `s` starts with a capital or a digit ("Ireland, June
// 21", "Sept. 3"); with `title_words`, '&' and a short word a title keeps in
// lowercase after its first word (IsShortWord) may stand too ("Weather &
// Climate", "Science and Environment").
bool IsCapitalisedWords(absl::string_view s, bool title_words = false);

// layout_sections.cc.

// The steps of a breadcrumb whose marks are not the usual ones: three or four
// short capitalised labels joined by one mark of symbols or punctuation standing
// between spaces, the same each time ("Home ›› Regions ›› Moldova ›› Courts",
// "Central Asia ¦ Kyrgyzstan ¦ Education", "BUSINESS :: ENERGY :: SARAWAK");
// not dashes, '&' or '+', which join a headline's words too ("Kenya - Uganda -
// Tanzania"), and arrows only with a step that is home, a section, a site or a
// country ("TRANSPORT → EAST AFRICA → RWANDA", not "Drought → Hunger →
// Migration"). Empty for any other line.
std::vector<absl::string_view> RepeatedMarkSteps(absl::string_view s);

// True when `s` is short enough to be a line of metadata parts or a breadcrumb
// and holds a separator of either.
bool IsSeparated(absl::string_view s);

// A label beside a date is the section when it is a known section name, a
// region (IsRegionName), one word or labels joined by '&', and no agency
// ("Politics", "World News", "Central Asia", "Wellbeing", "Food & Drink"); a
// person or an agency ("Maria Lopez", "Reuters") is not.
bool IsSectionBesideDate(absl::string_view label);

// "KNB NEWS", "Dairy Trade Weekly", "The Fenland Times": a site's name as a
// step of a masthead line: a short label closed by a masthead word
// (IsMastheadWord) or opened by "The".
bool IsOutletStep(absl::string_view s);

// The first step of a breadcrumb or masthead line: "Home", a known section
// name ("News", "LOCAL NEWS"), a site's name (IsOutletStep) or a country
// ("SINGAPORE | Transport").
bool IsRootStep(absl::string_view s);

// "THE ISLAND WEEKLY · Regional · Week of November 16-22, 2026": a site's name
// (IsOutletStep), then parts joined by bars, middle dots or bullets, three or
// four parts of which one is no short label and no date (an edition, a span of
// days, an issue). True for such a line, which is no headline; the label after the
// site's name and before the other parts is layout->section (SectionAfterRoot)
// unless one was read. False, nothing changed, for other lines.
bool TakeMastheadLine(absl::string_view s, Layout* layout);

// A step that may be a breadcrumb's section: a short section label that names
// no outlet, agency or kicker ("Counties", "Milk Prices", "Rift Valley").
bool IsSectionStep(absl::string_view s);

// The section of the labels of a metadata line beside its date ("The Fenland
// Times | Farming | 9 Feb 2026" -> labels "The Fenland Times", "Farming"):
// after a root step (IsRootStep), the last label, as a breadcrumb's
// (SteppedSection); "" otherwise.
std::string SectionAfterRoot(const std::vector<absl::string_view>& labels);

// "Home > Business > Markets", "News / UK / Politics": short labels joined by
// '>', '›' or '»' (two or more), or by '/' (three or more, or two of one or two
// capitalised words each, as a headline may join two things with a slash). The
// last step that is not "Home" is the section. Steps joined by bars, middle
// dots or bullets after a root step ("KNB NEWS | Counties | Nakuru", "Dairy
// Trade Weekly · Milk Prices") give their last step too, unless they are a
// menu ("News | Sport | Weather | Travel"). "" for other lines, and for a
// credit: a caption's label and colon opening it, or a picture or news agency
// as the last step ("Photo: Owen Hale / AFP"). A site's name and a dash
// opening the line ("VALLEY POST — Farming / Dairy") are no step. A country
// under the crumb's first topic gives the topic ("Business | Czech
// Republic"); under a topic under a topic it is the section ("Markets /
// Companies / Malaysia"). Only for lines IsSeparated() accepts.
std::string BreadcrumbSection(absl::string_view s);

// "Weather & Climate — Africa", "Health · Alberta", "ENERGY | INDIAN OCEAN":
// a section line over the headline: two to four parts joined by a dash (em or
// en), a middle dot, a bar, a slash or an angle mark, each a short label of
// capitalised words ('&' and short words like "and" between them), the last
// no outlet, agency or kicker, and either a known section, region or country
// name or a step under a known section of one or two words or naming a place
// or a field ("Indian Ocean Islands"), or a field under any part when the line
// is set in capitals ("KERRY | LOCAL GOVERNANCE"); no site's menu ("News |
// Sport | Weather | Travel"). Its last part is the section, or the
// topic over a country ("Politics — Kenya" -> "Politics"), as a breadcrumb's;
// a column section over its columnist's name gives the column section
// ("Opinion — Jo Moyo" -> "Opinion"); "" for other lines ("China — Trade War
// Deepens"). Asked of a line over a longer headline, and by CrumbSection of
// any separated line no breadcrumb reads.
std::string SectionLineSection(absl::string_view s);

// "Opinion — Jo Moyo" -> {"Jo Moyo"}: the names of a columnist after a column
// section (IsColumnSection) on a section line of two parts (as
// SectionLineSection splits it), no known section or place; empty for other
// lines.
std::vector<std::string> ColumnistAfterSection(absl::string_view s);

// "Opinion: Jo Moyo", "Analysis: Jo Moyo": a column section (IsColumnSection),
// a colon and a columnist's names (PersonNames; no known section or place):
// the section (unless one was read) and the authors (unless read). True when
// `s` was one; nothing changed otherwise.
bool TakeColumnLabelAndWriter(absl::string_view s, Layout* layout);

// "News|Climate Crisis", "Home|Business|Markets", "Hong Kong/Politics": steps
// joined by bars or slashes with no space around them, as some sites'
// breadcrumbs copy; the section SteppedSection (bars) or BreadcrumbSection
// (slashes) gives the line with spaced marks; "" for other lines (and any line
// with a spaced bar or slash).
std::string TightBarSection(absl::string_view s);

// "CITY HALL" -> "City Hall", "SCIENCE AND ENVIRONMENT" -> "Science and
// Environment", "U.S. NEWS" -> "U.S. News": a label written in capitals (no
// lowercase letter) in title case; its short words ("and", "of") after the
// first in lowercase, initials (a word with a dot, a word of two letters: "UK",
// or a lone word of three: "UAE") kept. A label with a lowercase letter is kept
// as written.
void TitleCaseCapitals(std::string* label);

// "Topic: Floods", "Section: Business", "Filed under: Courts", "Topic:Floods"
// -> the label after a section lead (IsSectionLead) and a colon (a space after
// it or none), when it is a short section label; "" for other lines.
absl::string_view LabelledSection(absl::string_view s);

// layout_furniture.cc.

// "Owen Hale/AFP via Getty Images", "Getty Images", "AP Photo/Owen Hale": a short
// line, no sentence, whose last part after a slash or " via " (or the whole line)
// names a picture agency, or whose first part before a slash does, and whose
// parts are all names or agencies ("Reuters/Ipsos poll puts ..." is none).
bool IsPhotoCredit(absl::string_view s);

// "@owenhale", "owen.hale@courier.example", "Follow @owenhale": a handle or an
// email address alone, or after "Follow".
bool IsContactLine(absl::string_view s);

// "Dust on the playground. Photo: Ann Lee/Reuters", "The quarry in February
// (Image: Getty Images)": a caption closed by a credit, a caption label
// ("Photo", "Photograph", "Picture", "Image") after a sentence end or an opening
// bracket, a colon and at most six words ending no sentence; or a caption whose
// sentence ends before a picture credit in brackets ("A grower sorts pods.
// (Rijasolo/AFP)"). Captions are at most 300 bytes.
bool IsCaptionWithCredit(absl::string_view s);

// "NATION.CO.KE", "stuff.co.nz", "www.islandpost.com": a site's address alone
// on a line: letters, digits and hyphens in two or more dotted parts, the last
// of two to six letters in lowercase (or the whole in capitals); at most 40
// bytes. "St.Kitts", "U.S." and "Amazon.com to cut jobs" are none.
bool IsDomainName(absl::string_view s);

// Page furniture among header lines: "Share this article", "Listen to this
// article · 4 min", "6 min read", a caption or credit ("Photo: …", "Image: Getty"),
// an issue number ("Issue 412"), an editor's credit ("Edited by Sam Roe"), a
// call to act or a link ("Follow us on WhatsApp …", "ALSO READ: …"), the
// site's address ("NATION.CO.KE"), a wire story's slug ("USA-ELECTION/POLLS").
// `separated`: IsSeparated(s).
bool IsHeaderFurniture(absl::string_view s, bool separated);

// "Photo: Ann Lee / AFP", "Getty Images", "(Image: Reuters)", "Read more:
// Floods close the coast road": a line among the body's paragraphs that
// captions or credits a picture (a caption label and colon, a picture
// credit, at most 80 bytes) or links to another story (OpensWithPromo, at
// most 150 bytes; "Read more:" alone), or names the place the story was filed
// from ("Filed from Suva": IsFiledPlaceLine): furniture, no paragraph.
bool IsBodyFurniture(absl::string_view s);

// layout_bylines.cc.

// Byline(s), and *date where a date closing it starts ("By Ann Lee on 9 March
// 2021": the space before "on"; npos when none does), found once for the names
// and the date both. When no date closes `s`, one is looked for in `s` without
// a place or category closing it (WithoutPlace: "Posted by Ann Lee on Mar 14,
// 2026 in Regional News"); *dated is the part searched last (`s` or that
// prefix of it). *date and *dated are unchanged when `s` is no byline (no
// lead, over 120 bytes or a sentence).
std::vector<std::string> BylineAndDateStart(absl::string_view s, size_t* date,
                                            absl::string_view* dated);

// "Bay of Plenty Times", "The Island Gazette": an outlet's name on a line of
// its own: a title-case line of up to five words closed by a masthead word
// (IsMastheadWord), no sentence end.
bool IsOutletLine(absl::string_view s);

// "Staff Reporter", "Special Correspondent", "Reuters", "San Jose Mercury
// News": a section label (IsSectionLabel: one to three words, no closing
// colon: "Fox News reports:" is none) or an outlet's name (IsOutletLine; no
// name and job: NameBeforeTitleCaseJob) of capitalised words and no digit
// that credits an agency, a paper ("Cape Times", "Manila Bulletin":
// NamesAPaper) or names a job and no person, and is no section name
// ("News", "Local News").
bool IsCreditAlone(absl::string_view s);

// "By our correspondent in Lusaka", "From our own correspondent", "By Lusaka
// Times Reporter", "Our Correspondent", "Reuters staff", "By AFP", "By admin":
// a credit that names no person: a byline lead ("By", "From") or "Our"
// opening it, or a word in lowercase in it, then up to five words, each
// capitalised or an unnamed credit's word (IsUnnamedCreditWord), the last a
// job (IsRoleWord) or "agencies", or a news agency, or after "By" one word of
// letters (a site's account); maybe a place after " in " or " at ".
bool IsUnnamedByline(absl::string_view s);

// "Leila Haddad at Anfield", "Leila Haddad in Muscat" -> "Leila Haddad": `s`
// without a place of one to three capitalised words after " at " or " in "
// closing it; `s` when none does.
absl::string_view WithoutPlace(absl::string_view s);

// "Filed from Suva", "Reporting from Suva, Fiji", "Dateline: Suva", "Suva,
// Fiji": a line naming the place a story was filed from: a lead
// (FiledPlaceLeadSize) and one to three capitalised words, maybe a comma and
// its region, no digit, closed by a letter; without a lead the region is
// needed. No section name or credit, and no paper after the comma ("Ann Lee,
// Cape Times": NamesAPaper), nor a person's name before the town ("Ann Lee,
// Suva, Fiji").
bool IsFiledPlaceLine(absl::string_view s);

// "Jo Moyo for The Namibian", "Ann Lee for the Guardian" -> the name: `s`
// without " for " and an outlet of one to four capitalised words (maybe after
// "the") closing it; `s` when none does.
absl::string_view WithoutOutlet(absl::string_view s);

// "Jane Wambui, Nakuru" -> "Jane Wambui": `s` without a place of one to three
// capitalised words and no digit after its last ", "; `s` when none closes it.
// A list of names ("Jane Doe, Sam Roe") loses its last name: ask PersonNames()
// of the whole line first.
absl::string_view WithoutFiledPlace(absl::string_view s);

// "Priya Natarajan and Owen Hale" -> the names, split at ',', '&' and " and ";
// empty unless every part is a person's name.
std::vector<std::string> PersonNames(absl::string_view s);

// The size of the lead opening a byline in `s`: BylineLeadSize's ("By ",
// "Reported by "), or a writer's credit label (CreditLabelLeadSize: "Text: ",
// "Words: ") when a person's name or names (PersonNames) follow it up to a
// comma or a part's separator ("Text: Ana Lopes, farming correspondent"; not
// "Text: Full Statement From the Minister", "Text: Section 4 of the Farm
// Act"); 0 otherwise.
size_t WriterLeadSize(absl::string_view s);

// "Owen Hale Economics Reporter", "Ann Lee Senior Writer": a name of two words
// and a job in title case (one to three capitalised words, the last a role
// word) with no comma -> the name; empty for other lines. A short title-case
// headline may read so too ("Jane Roe Named Editor"): ask only of a line
// under the headline, over a date line or byline.
std::vector<std::string> NameBeforeTitleCaseJob(absl::string_view s);

// "CNN", "BBC", "NPR": one word of two to five capitals, an outlet's initials.
bool IsOutletAcronym(absl::string_view s);

// "Transport Correspondent", "Reuters", "The Island Courier", "Cape Times",
// "BBC News, Kendal": a short capitalised label that names an agency or a
// job, or an outlet ("The …", a paper's name:
// NamesAPaper), maybe with a place after a comma; with
// `any_label` (the byline's parts are set apart by a bar or a dot), any short
// label.
bool IsCreditLabel(absl::string_view s, bool any_label);

// "Local Democracy Reporter·NZ Herald·": credits joined by middle dots with or
// without spaces (a trailing dot too), the first an agency, a job or an outlet
// (IsCreditLabel), the others any short label.
bool IsGluedCreditLine(absl::string_view s);

// "Jane Wambui, Nakuru", "Jo Moyo in Lusaka", "Jo Moyo for The Namibian",
// "Ann Lee and Jo Moyo, Business Desk": the people's names (PersonNames) of
// `s`, or of `s` without the place filed from or the credit after its last
// comma (WithoutFiledPlace), the place after " in " or " at "
// (WithoutPlace) or the outlet after " for " (WithoutOutlet), or without a
// town and its country ("Jane Wambui, Nakuru, Kenya"); empty when none reads
// as names.
std::vector<std::string> NamesBeforePlaceOrOutlet(absl::string_view s);

// "Priya Natarajan and Owen Hale" over "Reuters" or "Senior Reporter" (a line
// crediting an agency, a job or an outlet: kCredit), or "Owen Hale" over a date
// line or a time ("4 hours ago": kDate; the line is read next), or over the
// author's bio ("Owen Hale covers …": kBio), in one block: takes the names as
// the authors. kNone, nothing changed, for other lines.
NamesOver TakeNamesOver(absl::string_view names, absl::string_view next, Layout* layout);

// "Owen Hale is a reporter based in Kirkwall.": a line under a byline that opens
// with one of `authors` and a lowercase word, one or two sentences.
bool IsAuthorBio(absl::string_view s, const std::vector<std::string>& authors);

// "(Reporting by Ann Lee in Kyiv; Editing by Sam Roe)", "Writing by Ann Lee":
// a wire story's closing credit line, at most 200 bytes, whose first part names
// people after its lead. Sets layout->authors to them when no byline did (not
// for "Editing by" or "Additional reporting by" first). False, nothing changed,
// for other lines.
bool TakeClosingCredit(absl::string_view s, Layout* layout);

// "First published on 3 March 2026", "Published: 03.03.2026, 07:15", "This
// story was first published on 2 March 2026." closing the story, its last
// paragraph: a line that reads as a date line as a whole (ParseDateLine; a
// final '.' and a lead ItemRanLeadSize reads aside), at most
// kMaxMetaLineBytes; its date is
// offered as a header line's is (taken when none was read, or only an
// update's). True when `s` was one (no body then).
bool TakeClosingDate(absl::string_view s, Layout* layout);

// "Reporter:\nKevin Murphy", "Author:\nJane Doe", "Email:\njane@…": a label
// line (`label`, closed by a colon) over its value (`value`, the next line of
// its block). A job ("Reporter", "Correspondent") or byline lead ("Author",
// "Written by") over a person's name sets layout->authors; a label over a
// contact line (IsContactLine) is furniture. False, nothing changed, for
// other lines.
bool TakeLabelOverValue(absl::string_view label, absl::string_view value, Layout* layout);

// "Columnist: Andile Nkosi", "Staff Writer: Ruth Kamau" -> the names after a
// job or agency label (IsCredit) and a colon; empty for other lines.
std::vector<std::string> JobLabelledNames(absl::string_view s);

// layout_meta_lines.cc.

// "Politics | 14 June 2022", "By Jane Doe | 3 March 2024", "By Jane Doe and John
// Roe | Reuters", "BISHKEK, Nov 30 (Reuters) · 9:15 AM": a line of parts each a
// date, a byline, a wire dateline's head (WireDatelinePlace) or a short label,
// with at least one date, byline or dateline. Takes the date, the authors and
// the dateline's place (each unless set) and a lone label beside a date as the
// section (unless set); a person's name and a known section beside a date
// ("22 Feb 2026 | Jo Moyo | Africa") are the author and the section; kDate
// when a part is a date or a dateline, else
// kByline; kNone, nothing changed, for other lines. Only for lines
// IsSeparated() accepts.
MetaLine TakeMetaParts(absl::string_view s, Layout* layout, bool slashes = false);

// A date line sets layout->publish_date (unless one is set), a byline sets
// layout->authors, a line of date, byline and label parts (TakeMetaParts) sets
// what it holds; kDate when the line holds a date, kByline when only names,
// kNone (nothing changed) for other lines. `separated`: IsSeparated(s).
MetaLine TakeDateOrByline(absl::string_view s, bool separated, Layout* layout);

// layout_datelines.cc.

// True when `s` opens with a dateline, or with a place label in capitals
// before a colon ("KOTA BHARU: The …"): a lede, no standfirst.
bool OpensWithDateline(absl::string_view s);

// "BISHKEK, Nov 30 (Reuters)": a wire dateline's head as a part of a header
// line: a place (IsPlaceWords), a comma, a date (with a digit: "Nov 30", a
// year or none) and a known agency in brackets closing it. Returns the
// place and sets *date to the date's text ("Nov 30"); "" for other parts,
// *date then unchanged.
absl::string_view WireDatelinePlace(absl::string_view part, absl::string_view* date);

// "Colombo, Nov 27 (Island News Wire) –", "KANDY, Nov 27 (Reuters)": a wire
// dateline's head on a line of its own (at most 80 bytes): a place, a comma,
// a date (with a digit), and in brackets a known agency or a credit
// (IsCreditLabel: "Island News Wire", not "Photos"), maybe a dash or a
// colon. Returns the
// place and sets *date to the date's text ("Nov 27"); "" for other lines,
// *date then unchanged.
absl::string_view WireDatelineLinePlace(absl::string_view s, absl::string_view* date);

// "KIRKWALL —", "Kirkwall, Orkney —", "STROMNESS, Nov 30": a dateline on a
// line of its own over `next`, a lede (it ends a sentence and reads like one:
// ReadsLikeLede): place words (any case), maybe a region or date after a
// comma, closed by a dash or with a date, or a wire dateline's head
// (WireDatelineLinePlace); no section name, kicker or agency. Returns the
// place, "" for other lines.
absl::string_view DatelineLinePlace(absl::string_view s, absl::string_view next);

// Reads the dateline opening the first body paragraph (ReadBodyDateline) into
// layout->dateline (when there is one), its full date into layout->publish_date
// (when none is set) and starts the paragraph at the lede. An author whose
// name the body's dateline writes again ("Santa Clara" over "SANTA CLARA, Calif.
// — …") is the place, and dropped from layout->authors.
void TakeDateline(absl::string_view text, bool have_header, Layout* layout);

// layout_mastheads.cc.

// The size of a label and its mark opening a line: letters and spaces (at most
// 24 bytes) that `is_label` takes, then ": " or a separator (" | ", " - ", " · "),
// or glued by a hyphen in capitals ("UPDATE 2-"); 0 when the line opens with
// none, or nothing of two words or more follows it, or only a label of
// capitalised words ("Interview | South Asia" is a crumb).
size_t LabelPrefixSize(absl::string_view s, bool (*is_label)(absl::string_view));

// The size of a kicker (IsKicker) and its separator opening a line
// ("EXCLUSIVE: ", "Analysis | ", "SKETCH - "), as LabelPrefixSize.
size_t KickerPrefixSize(absl::string_view s);

// A page title: "<headline> | The Namibian", "<headline> - BBC News",
// "<headline> | Business | Mining", "Regional | <headline>": the headline
// part of `s` (five words or more, no byline or date), the other parts short
// capitalised labels: after it site names (IsOutletStep, a news agency) or
// section steps, the first a known section when no site is named; before it
// one known section. *section is the last section step, "" when none. Empty
// when `s` is no page title.
absl::string_view TitleHeadline(absl::string_view s, std::string* section);

// "The Moorland Gazette — Your valley, your news", "DALESWIRE | Independent
// reporting since 2004": the size of the site name before a dash or bar that
// opens a tagline (two or more words, the first capitalised, not title case, at
// most 80 bytes: a headline's second half after a dash opens in lowercase), or
// npos when `s` has no tagline.
size_t SiteNameBeforeTagline(absl::string_view s);

// "The Lakeside Courier\n\nHome › News\n\n<headline>": line `i` is a site
// name: a short title-case line closed by a masthead word, then one or more
// breadcrumb, section or date lines, then a longer line that may be a headline.
// With a tagline after a dash or bar ("Upland Voice – Local news that
// matters", "DALESWIRE — Independent reporting …") the name may be one word in
// capitals, and needs no masthead word when it is in capitals or a breadcrumb,
// section or date line follows.
bool IsSiteName(absl::string_view text, const std::vector<Line>& lines, size_t i);

// True when line `k` is a date line or a byline (with the line under it: a
// name over a credit or a date), or a credit alone ("Staff Reporter") or one
// naming no one ("From our correspondent in Sambava"), not only furniture;
// or a place filed from (IsFiledPlaceLine: "Filed from Suva") over one.
bool IsDateOrBylineAt(absl::string_view text, const std::vector<Line>& lines, size_t k);

// "Montreal\n\n<headline>\n\n<standfirst>\n\nJane Doe · <date>": line `i` is a
// place or desk label over the headline: one to three capitalised words, no
// kicker, over a headline-like line of five words or more, with a date line or
// a byline among the two lines after that headline (a short headline over its
// standfirst has none there). A label of words in sentence case ("Rail
// fares") needs a standfirst and then a date line or byline under the headline.
bool IsLabelOverHeadline(absl::string_view text, const std::vector<Line>& lines, size_t i);

}  // namespace layout_internal
}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_PARSE_LAYOUT_INTERNAL_H_
