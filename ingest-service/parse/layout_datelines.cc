// Datelines: "LONDON (Reuters) - ", "Kampala, Uganda — ", "KOTA BHARU: " opening
// the body, and a dateline on a line of its own over the lede.

#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "absl/strings/strip.h"
#include "absl/types/span.h"
#include "ingest-service/parse/dates.h"
#include "ingest-service/parse/header_words.h"
#include "ingest-service/parse/layout.h"
#include "ingest-service/parse/layout_internal.h"
#include "ingest-service/parse/utf8.h"

namespace factwire {
namespace layout_internal {
namespace {

// The place of a dateline: one to four words, each opening with a capital, of
// letters (any script), '.', '\'', '-' and '/' ("ST. JOHN'S", "BRUSSELS/KYIV",
// "Navi Mumbai", "SÃO PAULO"); no digit, no sentence mark.
// A dateline's place (IsPlaceWords) is at most this long, in bytes and in words.
constexpr size_t kMaxPlaceBytes = 60;
constexpr int kMaxPlaceWords = 4;

bool IsPlaceWords(absl::string_view s) {
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
  return OpensWithCapital(s) || absl::ascii_isdigit(s[0]) || s[0] == '"' ||
         s[0] == '\'' || absl::StartsWith(s, "\xE2\x80\x9C") ||
         absl::StartsWith(s, "\xE2\x80\x98") || absl::StartsWith(s, "\xC2\xAB");
}

// True when no place IsPlaceWords reads can open `paragraph` before a
// dateline's end (FindDatelineEnd): it opens with an ASCII byte that is no
// capital, or its opening run of ASCII letters and spaces (which no dateline
// end, comma or bracket cuts) holds a small-letter word, more words than a
// place has, or more bytes. A cheap test, read before the dateline's end is
// looked for; most paragraphs fail it at their second word.
bool OpensWithNoPlace(absl::string_view paragraph) {
  auto letter_or_space = [](char c) { return absl::ascii_isalpha(c) || c == ' '; };
  if (paragraph.empty()) return true;
  const char first = paragraph[0];
  if (static_cast<unsigned char>(first) < 0x80 && first != ' ' &&
      !absl::ascii_isupper(first)) {
    return true;
  }
  // paragraph[0, k] lies in every place read when paragraph[k + 1] is still in
  // the run: a place is cut at most one byte (a space) before the run ends.
  int words = 0;
  for (size_t k = 0; k + 1 < paragraph.size() && letter_or_space(paragraph[k]) &&
                     letter_or_space(paragraph[k + 1]);
       ++k) {
    if (k >= kMaxPlaceBytes) return true;
    if (paragraph[k] == ' ' || (k > 0 && paragraph[k - 1] != ' ')) continue;
    if (absl::ascii_islower(paragraph[k]) || ++words > kMaxPlaceWords) return true;
  }
  return false;
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

// The point and dash Spanish-language agencies close a dateline with, after the
// agency's brackets ("Lima, Mar 3 (EFE).- ").
constexpr absl::string_view kAgencyDash = ".- ";

// The first place in paragraph[0, kMaxHeadBytes] that may close a dateline's
// head: a dash between spaces, ".- " after a bracket, ": ", or ") " before a
// lede. Sets *head_end
// (where the head ends) and *lede (where what follows starts).
DatelineEnd FindDatelineEnd(absl::string_view paragraph, size_t* head_end, size_t* lede) {
  // Only a head of at most this many bytes counts: the search reads no further
  // (a whole paragraph has a space every few bytes).
  constexpr size_t kMaxHeadBytes = 60;
  const size_t last = std::min(paragraph.size(), kMaxHeadBytes + 1);
  for (size_t i = 1; i < last; ++i) {
    const char c = paragraph[i];
    if (c == ' ') {
      // (The byte after the space first: most spaces open a word, no dash.)
      for (absl::string_view dash : kDatelineDashes) {
        if (i + 1 < paragraph.size() && paragraph[i + 1] == dash[1] &&
            paragraph.compare(i, dash.size(), dash) == 0) {
          *head_end = i;
          *lede = i + dash.size();
          return DatelineEnd::kDash;
        }
      }
    } else if (c == '.' && paragraph.compare(i, kAgencyDash.size(), kAgencyDash) == 0 &&
               paragraph[i - 1] == ')') {
      // "Lima, Mar 3 (EFE).- The …": a point and a dash after the agency.
      *head_end = i;
      *lede = i + kAgencyDash.size();
      return DatelineEnd::kDash;
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

// A dateline's head, before its dash, colon or lede (SplitDatelineHead).
struct DatelineHead {
  bool ok = false;                // a place, maybe what follows it, is read
  absl::string_view place;        // "LONDON"
  absl::string_view rest;         // "June 21": after the place's comma, "" when none
  bool known_agency = false;      // "(Reuters)" closes it: a known agency or outlet
  absl::string_view agency;       // "Reuters": the words in its brackets, "" when none
};

// "LONDON, June 21 (Reuters)", "Kirkwall, Orkney", "PETALING JAYA (Bernama)",
// "CUSCO, Peru, March 3, 2026 /PRNewswire/":
// the place (IsPlaceWords), capitalised words and numbers after its comma,
// and whether a known agency in brackets closes `head`; not ok for other
// text.
DatelineHead SplitDatelineHead(absl::string_view head) {
  DatelineHead h;
  absl::string_view agency;
  // "CUSCO, Peru, March 3, 2026 /PRNewswire/": a release wire between slashes
  // closes the head as an agency in brackets does.
  if (const size_t open = head.rfind(" /");
      head.size() > 2 && head.back() == '/' && open != absl::string_view::npos) {
    agency = head.substr(open + 2, head.size() - open - 3);
    head = head.substr(0, open);
  } else if (const size_t open = head.find(" ("); open != absl::string_view::npos) {
    if (head.back() != ')') return h;
    agency = head.substr(open + 2, head.size() - open - 3);
    head = head.substr(0, open);
  }
  const size_t comma = head.find(", ");
  h.place = head.substr(0, comma);
  h.rest = comma == absl::string_view::npos ? absl::string_view() : head.substr(comma + 2);
  if (!IsPlaceWords(h.place) || (!h.rest.empty() && !IsCapitalisedWords(h.rest))) return h;
  h.known_agency = !agency.empty() && (IsNewsAgency(agency) || IsOutletAcronym(agency));
  h.agency = agency;
  h.ok = true;
  return h;
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
  if (OpensWithNoPlace(paragraph)) return {};
  size_t head_end = 0, lede = 0;
  const DatelineEnd end = FindDatelineEnd(paragraph, &head_end, &lede);
  if (end == DatelineEnd::kNone) return {};
  const DatelineHead h = SplitDatelineHead(paragraph.substr(0, head_end));
  if (!h.ok) return {};
  const absl::string_view place = h.place;
  const absl::string_view rest = h.rest;
  const bool known_agency = h.known_agency;
  const bool dated = HasDigit(rest);
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
  constexpr size_t kMaxPlaceLabelBytes = 40;
  const size_t colon = paragraph.substr(0, kMaxPlaceLabelBytes + 1).find(": ");
  if (colon == absl::string_view::npos || colon < 2) return {};
  const absl::string_view label = paragraph.substr(0, colon);
  if (!IsPlaceWords(label) || !OpensLede(paragraph.substr(colon + 2))) return {};
  *lede = colon + 2;
  return label;
}

// True when `label` opening the body is furniture, no place: a kicker or a
// story type ("EXCLUSIVE", "SKETCH", "COMMENT") or a topical section
// ("BUSINESS", "OPINION"; not a country or a scope: "SCOTLAND", "METRO").
bool IsBodyLabel(absl::string_view label) {
  return IsKicker(label) || IsTopicalSection(label);
}

// True when `label` (LeadingLabel) names no place: a kicker ("BREAKING"), a
// note ("Editor's Note", "Correction"), a caption, furniture or update label,
// or a news agency.
bool IsLabelNoPlace(absl::string_view label) {
  return IsKicker(label) || IsNoteLabel(label) || IsCaptionLabel(label) ||
         IsFurnitureLabel(label) || IsUpdateLabel(label) || IsNewsAgency(label);
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
bool LabelsOpenLaterParagraphs(absl::Span<const absl::string_view> paragraphs) {
  for (size_t k = 1; k < paragraphs.size(); ++k) {
    size_t lede = 0;
    const absl::string_view label = LeadingLabel(paragraphs[k], &lede);
    if (!label.empty() && !IsKicker(label)) return true;
  }
  return false;
}

}  // namespace

bool OpensWithDateline(absl::string_view s) {
  size_t lede = 0;
  const absl::string_view label = LeadingLabel(s, &lede);
  return !MatchDateline(s).place.empty() ||
         (!label.empty() && IsUpperPlace(label) && !IsLabelNoPlace(label));
}

absl::string_view WireDatelinePlace(absl::string_view part, absl::string_view* date) {
  constexpr size_t kMaxWireHeadBytes = 60;
  if (part.size() > kMaxWireHeadBytes || part.empty() || part.back() != ')') return {};
  const DatelineHead h = SplitDatelineHead(part);
  if (!h.ok || !h.known_agency || !HasDigit(h.rest)) return {};
  *date = h.rest;
  return h.place;
}

namespace {

// Cuts a dash closing a dateline on its own line ("KIRKWALL —", "Kirkwall,
// Orkney –", "STROMNESS, Nov 30 -") off *s; true when there was one.
bool ConsumeClosingDash(absl::string_view* s) {
  for (absl::string_view d : {" \xE2\x80\x94", " \xE2\x80\x93", " --", " -"}) {
    if (absl::ConsumeSuffix(s, d)) return true;
  }
  return false;
}

}  // namespace

absl::string_view WireDatelineLinePlace(absl::string_view s, absl::string_view* date) {
  constexpr size_t kMaxWireLineBytes = 80;
  if (s.size() > kMaxWireLineBytes) return {};
  // "Colombo, Nov 27 (Island News Wire):" closes with a colon as a dateline
  // opening the lede may.
  if (!ConsumeClosingDash(&s)) absl::ConsumeSuffix(&s, ":");
  if (s.empty() || s.back() != ')') return {};
  const DatelineHead h = SplitDatelineHead(s);
  if (!h.ok || !HasDigit(h.rest) || !(h.known_agency || IsCreditLabel(h.agency, false))) {
    return {};
  }
  *date = h.rest;
  return h.place;
}

absl::string_view DatelineLinePlace(absl::string_view s, absl::string_view next) {
  constexpr size_t kMaxLineBytes = 60;
  if (s.empty() || s.size() > kMaxLineBytes || !OpensWithCapital(s)) return {};
  // "Colombo, Nov 27 (Island News Wire) –": a wire dateline's head (its
  // date is not needed here).
  absl::string_view unused_date;
  const bool wire = !WireDatelineLinePlace(s, &unused_date).empty();
  const bool dash = ConsumeClosingDash(&s);
  const size_t comma = s.find(", ");
  const absl::string_view place = s.substr(0, comma);
  const absl::string_view rest =
      comma == absl::string_view::npos ? absl::string_view() : s.substr(comma + 2);
  if (!wire && (!IsPlaceWords(place) || (!rest.empty() && !IsCapitalisedWords(rest)))) {
    return {};
  }
  if (IsSectionName(place) || IsKicker(place) || IsNewsAgency(place)) return {};
  // Without a dash, a date after the comma ("STROMNESS, Nov 30"): a place or
  // a label alone ("ORKNEY", "HARBOUR WATCH"), or a name and an age ("Mary
  // Sinclair, 52"), may be anything.
  const bool dated =
      HasDigit(rest) &&
      std::any_of(rest.begin(), rest.end(), [](char c) { return absl::ascii_isalpha(c); });
  if (!dash && !dated && !wire) return {};
  // The lede is read last: it may be a long paragraph.
  if (!EndsSentence(next) || !ReadsLikeLede(next)) return {};
  return place;
}

namespace {

// "Santa Clara\n<date>\n\nSANTA CLARA, Calif. — …": a name read as an author
// that the body's dateline `place` writes again (any case, up to a comma) is
// the place filed from, no person; it is dropped from `authors`.
void DropAuthorsNamingThePlace(absl::string_view place, std::vector<std::string>* authors) {
  place = place.substr(0, place.find(','));
  authors->erase(std::remove_if(authors->begin(), authors->end(),
                                [place](const std::string& name) {
                                  return absl::EqualsIgnoreCase(name, place);
                                }),
                 authors->end());
}

}  // namespace

void TakeDateline(absl::string_view text, bool have_header, Layout* layout) {
  if (layout->paragraphs.empty()) return;
  std::vector<absl::string_view> paragraphs;
  paragraphs.reserve(layout->paragraphs.size());
  for (const ByteRange& range : layout->paragraphs) {
    paragraphs.push_back(text.substr(range.first, range.second - range.first));
  }
  const BodyDateline found = ReadBodyDateline(paragraphs, have_header);
  if (!found.place.empty()) {
    layout->dateline = found.place;
    DropAuthorsNamingThePlace(found.place, &layout->authors);
  }
  if (!layout->publish_date) layout->publish_date = found.date;
  layout->paragraphs.front().first += static_cast<int>(found.lede);
}

}  // namespace layout_internal

using layout_internal::DatelineMatch;
using layout_internal::IsBodyLabel;
using layout_internal::IsLabelNoPlace;
using layout_internal::LabelPrefixSize;
using layout_internal::IsUpperPlace;
using layout_internal::LabelsOpenLaterParagraphs;
using layout_internal::LeadingLabel;
using layout_internal::MatchDateline;
using layout_internal::ReadsLikeLede;
using layout_internal::SpeaksInPerson;

BodyDateline ReadBodyDateline(absl::Span<const absl::string_view> paragraphs,
                              bool have_header) {
  BodyDateline found;
  if (paragraphs.empty()) return found;
  const absl::string_view paragraph = paragraphs.front();
  const DatelineMatch match = MatchDateline(paragraph);
  size_t lede = match.lede;
  if (!match.place.empty() && IsBodyLabel(match.place)) {
    // "EXCLUSIVE – Minister quits", "COMMENT — The …": a kicker or a section
    // label is cut, no dateline.
  } else if (!match.place.empty()) {
    found.place = std::string(match.place);
    if (!match.after_place.empty()) found.date = ParseDateLine(match.after_place);
    // "CUSCO, Peru, March 3, 2026": the date after the region's comma.
    if (const size_t comma = match.after_place.find(", ");
        !found.date && comma != absl::string_view::npos) {
      found.date = ParseDateLine(match.after_place.substr(comma + 2));
    }
  } else if (const size_t label = paragraphs.size() >= 2 ? LabelPrefixSize(paragraph, IsBodyLabel)
                                                          : 0;
             label > 0 && !LabelsOpenLaterParagraphs(paragraphs)) {
    // "ANALYSIS | The …", "Parliamentary sketch: The …", "BUSINESS: The …".
    lede = label;
  } else if (paragraphs.size() >= 2) {
    const absl::string_view label = LeadingLabel(paragraph, &lede);
    if (label.empty() || IsNoteLabel(label) || IsCaptionLabel(label) ||
        LabelsOpenLaterParagraphs(paragraphs) || SpeaksInPerson(paragraph.substr(lede))) {
      return found;
    }
    if (!IsBodyLabel(label)) {
      // "Jaipur: The …": a title-case place under a header, before a lede.
      const bool title_place = have_header && ReadsLikeLede(paragraph.substr(lede));
      if (IsLabelNoPlace(label) || !(IsUpperPlace(label) || title_place)) return found;
      found.place = std::string(label);
    }
  }
  while (lede < paragraph.size() && paragraph[lede] == ' ') ++lede;
  if (lede > 0 && lede < paragraph.size()) found.lede = lede;
  return found;
}

}  // namespace factwire
