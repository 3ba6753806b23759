#ifndef FACTWIRE_INGEST_SERVICE_PARSE_LAYOUT_H_
#define FACTWIRE_INGEST_SERVICE_PARSE_LAYOUT_H_

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "ingest-service/parse/dates.h"

namespace factwire {

// A half-open byte range of the text.
using ByteRange = std::pair<int, int>;

// What the layout of a plain-text article shows.
struct Layout {
  std::string headline;
  std::string subheadline;
  std::string section;
  std::string dateline;
  std::vector<std::string> authors;
  std::optional<CivilDate> publish_date;
  // publish_date was read from an update stamp ("Updated: 15 March 2026"): a
  // header line's date that is none replaces it ("Published: 14 March 2026").
  bool dated_by_update = false;
  // Body paragraphs (header lines excluded, except a headline that quotes someone,
  // listed first so its quote is read), trimmed of surrounding spaces; the first
  // starts after its dateline or kicker ("LONDON (Reuters) - ", "BREAKING: ").
  std::vector<ByteRange> paragraphs;
};

// WordCount()
//
// The number of runs of non-space characters in `s` (spaces, tabs and line breaks
// separate them). Pure function.
int WordCount(absl::string_view s);

// SplitNames()
//
// "Jane Doe, John Roe and Ann Lee" -> the names, split at ',', '&' and " and ",
// keeping only those that start with a capital. Pure function.
std::vector<std::string> SplitNames(absl::string_view names);

// Byline()
//
// "By Jane Doe and John Roe" -> {"Jane Doe", "John Roe"}; empty unless `line` is a
// byline: "By " (or "BY ") and names, at most 120 bytes, not ending like a
// sentence. Agencies and job titles are no names ("By Ann Lee, Associated Press",
// "By Ann Lee, Health Editor" -> {"Ann Lee"}); nor is a place after " in " or
// " at " ("By Ann Lee in Kyiv" -> {"Ann Lee"}). Pure function.
std::vector<std::string> Byline(absl::string_view line);

// CreditedNames()
//
// A byline without "By": "Priya Natarajan, Transport Correspondent", "Ann Lee and
// Owen Hale, Reuters", "OWEN HALE | The Courier" -> the people's names (each two
// to four capitalised words). The names come first, then after ", " (or, when
// `separated`, after a " | " or " · " separator) one or more credits: an agency,
// a job, an outlet ("The …"), or with `separated` any short label, or in
// brackets ("Ann Lee (The Jakarta Post)"); or, with no
// comma, one name and a job in sentence case ("Owen Hale Transport
// correspondent"). Empty for
// other lines, and for lines longer than 120 bytes or ending like a sentence.
// Pure function.
std::vector<std::string> CreditedNames(absl::string_view line, bool separated);

// What the dateline opening an article's body holds (ReadBodyDateline).
struct BodyDateline {
  std::string place;  // "LONDON", "Kampala"; "" when there is none
  // The bytes of the first paragraph before its lede: the dateline ("LONDON
  // (Reuters) - ") or a kicker ("BREAKING: "); 0 when the lede opens it.
  size_t lede = 0;
  std::optional<CivilDate> date;  // a full date after the place, when it has one
};

// ReadBodyDateline()
//
// Reads the dateline opening `paragraphs[0]` within its first 60 bytes: a place
// in capitals before a dash ("OTTAWA — The council…" -> "OTTAWA", "WASHINGTON
// (Reuters) - …", "LONDON, June 21 (Reuters) - …", "HALIFAX, N.S. — …" -> the
// place before the comma); in title case before a dash with a region, a date or
// an agency ("Kampala, Uganda — The …", "New York (AFP) – The …"); before a
// colon with a date or an agency ("Stromness, Nov 30: The …", "PETALING JAYA
// (Bernama): The …"); or with a comma part and an agency before the lede
// ("Bhubaneswar, Nov 24 (IANS) The …"). A full date after the place is read too
// ("LUXEMBOURG, March 13, 2025 (AFP) - …"). With two paragraphs or more, where no
// later paragraph opens with a label and the words after it are no speech, a
// bare place label before a colon is a dateline too: in capitals ("KOTA BHARU:
// The …"), or in title case when `have_header` (the text has a headline) and the
// lede reports ("Jaipur: The state said on Monday …"). A kicker ("BREAKING: The
// …", "EXCLUSIVE – …") is cut and names no place; a note ("Correction: …") or a
// transcript's speaker ("HOST: …") is no dateline. Pure function.
BodyDateline ReadBodyDateline(absl::Span<const absl::string_view> paragraphs,
                              bool have_header);

// HeadlineKickerSize()
//
// The size of the kicker or story type and its mark opening `headline`
// ("EXCLUSIVE: ", "SKETCH | ", "Analysis - ", wire style "UPDATE 2-"), so the
// headline is the words after it, as a reader takes it; 0 when it opens with
// none ("Minister: We will…" keeps its speaker). Pure function.
size_t HeadlineKickerSize(absl::string_view headline);

// TakeHeaderLine()
//
// Reads a header line that holds only metadata or page furniture into `*layout`:
// a date line, a byline, a line of date, byline and section parts ("Politics | 14
// June 2022", "By Ann Lee | 9 March 2021"), a caption or furniture line ("Photo:
// …", "Share this article", "6 min read"). A date or section `*layout` already
// holds is kept; a byline replaces its authors. True for these lines; false,
// nothing changed, for others.
bool TakeHeaderLine(absl::string_view line, Layout* layout);

// ReadLayout()
//
// Splits plain text into header lines (page chrome, section, date, headline,
// standfirst, byline) and body paragraphs. A text without a recognisable header is
// all body. Blocks are separated by blank lines; inside a block each line is its own
// paragraph unless the block is hard-wrapped. Header lines may join a section, a
// date and a byline with '|', '·', '•' or a dash ("Politics | 14 June 2022");
// a label under a date line is the section; a breadcrumb ("Home > Business >
// Markets") gives its last step as the section when no line names one, or the
// topical step before a last step that only names a country ("Business | Czech
// Republic" -> "Business"; "News > UK > Wales" -> "Wales"), as does a short
// line of labels joined by a dash or dot over a longer headline ("Weather &
// Climate — Africa" -> "Africa"); kickers ("EXCLUSIVE"), captions ("Photo: …"),
// wire slugs and furniture ("Share this article", "6 min read") are skipped. A
// headline or standfirst hard-wrapped over the lines of its block is read
// whole. Captions, picture credits, links ("Read more: …") and "Filed from …"
// lines among the body are no paragraphs. Pure function.
Layout ReadLayout(absl::string_view text);

}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_PARSE_LAYOUT_H_
