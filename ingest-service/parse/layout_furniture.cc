// Page furniture among header lines: photo credits, captions, contact lines,
// issue numbers, share and listen buttons, calls to act.

#include <algorithm>
#include <cstddef>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"
#include "absl/strings/strip.h"
#include "ingest-service/parse/header_words.h"
#include "ingest-service/parse/html_elements.h"
#include "ingest-service/parse/layout_internal.h"

namespace factwire {
namespace layout_internal {
namespace {

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

// "/", "|", "·", "— —": a short line of marks, no letter or digit (the
// separator between two header parts that copied onto a line of its own):
// ASCII punctuation and spaces, and the Latin-1 (lead byte 0xC2) and general
// punctuation and shapes (lead byte 0xE2) blocks.
bool IsMarksOnly(absl::string_view s) {
  constexpr size_t kMaxMarksBytes = 8;
  constexpr unsigned char kLatin1Lead = 0xC2;
  constexpr unsigned char kPunctuationLead = 0xE2;
  constexpr unsigned char kFirstTrail = 0x80;
  constexpr unsigned char kLastTrail = 0xBF;
  return !s.empty() && s.size() <= kMaxMarksBytes &&
         std::all_of(s.begin(), s.end(), [&](char ch) {
           const unsigned char c = static_cast<unsigned char>(ch);
           return absl::ascii_ispunct(c) || c == ' ' || c == kLatin1Lead ||
                  c == kPunctuationLead || (c >= kFirstTrail && c <= kLastTrail);
         });
}

// "UPDATE 2", "REFILE", "CORRECTED": a wire desk's tag after a slug, in
// brackets: capitals, digits and spaces.
bool IsSlugTag(absl::string_view tag) {
  return !tag.empty() && std::all_of(tag.begin(), tag.end(), [](char c) {
    return absl::ascii_isupper(c) || absl::ascii_isdigit(c) || c == ' ';
  });
}

// "MADAGASCAR-VANILLA/PRICES", "USA-ELECTION/", "HEALTH-CORONAVIRUS/BRAZIL",
// "BELGIUM-CUSTOMS/CORRUPTION (UPDATE 2)": a wire story's slug, the desk's
// keywords for it: one word in capitals of letters and digits, a topic joined
// to its subject by a hyphen, and a slash after them; a desk's tag in
// brackets may follow (IsSlugTag).
bool IsWireSlug(absl::string_view s) {
  constexpr size_t kMaxSlugBytes = 60;
  if (absl::EndsWith(s, ")")) {
    const size_t open = s.rfind(" (");
    if (open == absl::string_view::npos || !IsSlugTag(s.substr(open + 2, s.size() - open - 3))) {
      return false;
    }
    s = s.substr(0, open);
  }
  // The bytes asked first: most lines are longer or open in lowercase.
  if (s.empty() || s.size() > kMaxSlugBytes ||
      !(absl::ascii_isupper(s[0]) || absl::ascii_isdigit(s[0]))) {
    return false;
  }
  const size_t hyphen = s.find('-');
  const size_t slash = s.find('/');
  if (hyphen == absl::string_view::npos || hyphen == 0 ||
      slash == absl::string_view::npos || slash < hyphen) {
    return false;
  }
  return std::all_of(s.begin(), s.end(), [](char c) {
    return absl::ascii_isupper(c) || absl::ascii_isdigit(c) || c == '-' || c == '/';
  });
}

}  // namespace

bool IsContactLine(absl::string_view s) {
  constexpr size_t kMaxContactBytes = 64;
  absl::ConsumePrefix(&s, "Follow ");
  return s.size() <= kMaxContactBytes && s.find('@') != absl::string_view::npos &&
         s.find(' ') == absl::string_view::npos;
}

namespace {

// "(Rijasolo/AFP)", "(Getty Images)", "(Photo: Owen Hale)": a picture's
// credit in brackets: a photographer and an agency (IsPhotoCredit), a picture
// agency that is no news agency, or a caption label and its name. A bare news
// agency ("(Reuters)", "(AP)") closes a wire story's text and is none.
bool IsBracketedPictureCredit(absl::string_view s) {
  if (s.size() < 3 || s.size() > kMaxCreditBytes || s.front() != '(') return false;
  const absl::string_view inner = absl::StripAsciiWhitespace(s.substr(1, s.size() - 2));
  if (inner.empty()) return false;
  if (inner.find('/') != absl::string_view::npos) return IsPhotoCredit(inner);
  if (const size_t colon = inner.find(':'); colon != absl::string_view::npos) {
    return colon <= kMaxLabelBytes && IsCaptionLabel(inner.substr(0, colon));
  }
  return IsPictureCredit(inner) && !IsNewsAgency(inner);
}

// "A grower sorts pods near Sambava. (Rijasolo/AFP)": a caption whose
// sentence closes before a picture's credit in brackets
// (IsBracketedPictureCredit); "..., the ministry said. (Reuters)" is a wire
// story's lede.
bool IsCaptionWithBracketedCredit(absl::string_view s) {
  if (s.back() != ')') return false;
  const size_t open = s.rfind(" (");
  if (open == absl::string_view::npos || open == 0) return false;
  return IsBracketedPictureCredit(s.substr(open + 1)) && EndsSentence(s.substr(0, open));
}

}  // namespace

bool IsCaptionWithCredit(absl::string_view s) {
  constexpr size_t kMaxCaptionBytes = 300;
  constexpr int kMaxCreditWords = 6;
  // The credit's six words and the label fit in the last 80 bytes.
  constexpr size_t kMaxTailBytes = 80;
  if (s.size() > kMaxCaptionBytes || s.size() < 2) return false;
  if (IsCaptionWithBracketedCredit(s)) return true;
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

bool IsDomainName(absl::string_view s) {
  constexpr size_t kMaxDomainBytes = 40;
  constexpr size_t kMinTopBytes = 2;
  constexpr size_t kMaxTopBytes = 6;
  if (s.size() > kMaxDomainBytes || s.find('.') == absl::string_view::npos) return false;
  for (char c : s) {
    if (!absl::ascii_isalnum(c) && c != '.' && c != '-') return false;
  }
  const absl::string_view top = s.substr(s.rfind('.') + 1);
  const absl::string_view name = s.substr(0, s.rfind('.'));
  if (name.empty() || name.back() == '.' || name.front() == '.' || top.size() < kMinTopBytes ||
      top.size() > kMaxTopBytes) {
    return false;
  }
  // "stuff.co.nz", "NATION.CO.KE"; not "St.Kitts".
  const bool lower_top =
      std::all_of(top.begin(), top.end(), [](char c) { return absl::ascii_islower(c); });
  const bool capitals = IsUpperPlace(s) &&
                        std::all_of(top.begin(), top.end(), [](char c) { return absl::ascii_isupper(c); });
  return lower_top || capitals;
}

bool IsHeaderFurniture(absl::string_view s, bool separated) {
  if (IsFurnitureLine(s) || IsIssueNumber(s) || IsCreditAlone(s) || IsUnnamedByline(s) ||
      IsFiledPlaceLine(s)) {
    return true;
  }
  // "/", "·", "—": a separator left alone on its line; a wire story's slug.
  if (IsMarksOnly(s) || IsWireSlug(s)) return true;
  // "NATION.CO.KE", "www.islandpost.com": the site's address.
  if (IsDomainName(s)) return true;
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
  constexpr size_t kMaxContentsBytes = 200;
  const size_t colon = s.substr(0, kMaxLabelBytes + 1).find(':');
  if (colon != absl::string_view::npos && IsCaptionLabel(s.substr(0, colon))) return true;
  // "Photo / Owen Hale": a caption label before a slash, as some papers credit.
  if (const size_t slash = s.substr(0, kMaxLabelBytes + 1).find(" / ");
      slash != absl::string_view::npos && s.size() <= kMaxCreditBytes &&
      IsCaptionLabel(s.substr(0, slash))) {
    return true;
  }
  // "In this issue: Durban backlog; rail tariffs": a newsletter's contents.
  if (colon != absl::string_view::npos && s.size() <= kMaxContentsBytes &&
      IsContentsLabel(s.substr(0, colon))) {
    return true;
  }
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
  // "6 min read", "5 minute read"; "0 comments", "12 Comments".
  if (s.size() <= kMaxReadingTimeBytes && absl::ascii_isdigit(s[0])) {
    const size_t space = s.rfind(' ');
    if (space != absl::string_view::npos && IsCountedFurniture(s.substr(space + 1))) return true;
  }
  // "Listen to this article 00:03:12", "Watch 2:30": a furniture line and its
  // running time.
  if (s.size() <= kMaxReadingTimeBytes) {
    const size_t digit = s.find_first_of("0123456789");
    if (digit != absl::string_view::npos && digit > 0 && IsFurnitureLine(s.substr(0, digit)) &&
        IsTimeLine(s.substr(digit))) {
      return true;
    }
  }
  // "Listen to article (4 min)": a furniture line and a short note in brackets.
  if (s.back() == ')' && s.size() <= kMaxCreditBytes) {
    const size_t open = s.rfind(" (");
    if (open != absl::string_view::npos && IsFurnitureLine(s.substr(0, open))) return true;
  }
  return IsPhotoCredit(s) || IsBracketedCredit(s);
}

bool IsBodyFurniture(absl::string_view s) {
  constexpr size_t kMaxPromoBytes = 150;
  if (s.size() <= kMaxPromoBytes && OpensWithPromo(s)) return true;
  if (s.size() > kMaxCreditBytes) return false;
  // "Read more:" alone, its link lost in the copy; "Filed from Suva".
  if (IsPromoLabel(s) || IsFiledPlaceLine(s)) return true;
  const size_t colon = s.substr(0, kMaxLabelBytes + 1).find(':');
  return (colon != absl::string_view::npos && IsCaptionLabel(s.substr(0, colon))) ||
         IsPhotoCredit(s) || IsBracketedCredit(s);
}

namespace {

// "Trevor Banks", "AP Photo", "Photo: Owen Hale", "AFP via Getty Images": a
// part of a credit line between its slashes that is an agency or a few
// capitalised words, no figure; "Ipsos poll puts the governor ahead" is none.
bool IsCreditNamePart(absl::string_view part) {
  constexpr int kMaxNameWords = 4;
  part = absl::StripAsciiWhitespace(part);
  if (const size_t via = part.rfind(" via "); via != absl::string_view::npos) {
    return IsCreditNamePart(part.substr(0, via)) && IsCreditNamePart(part.substr(via + 5));
  }
  return IsPictureCredit(part) ||
         (WordCount(part) <= kMaxNameWords && IsCapitalisedWords(part) && !HasDigit(part));
}

}  // namespace

bool IsPhotoCredit(absl::string_view s) {
  if (s.size() > kMaxCreditBytes || EndsSentence(s)) return false;
  const size_t slash = s.find('/');
  // The longest picture agency ("AFP via Getty Images") is shorter than this.
  constexpr size_t kMaxAgencyBytes = 24;
  if (slash == absl::string_view::npos) {
    return s.size() <= kMaxAgencyBytes && IsPictureCredit(s);
  }
  // An agency before the first slash or closing the line, asked first (two
  // look-ups), and made of names and agencies only: "Reuters/Ipsos poll puts
  // ..." is a line of the story.
  absl::string_view last = s.substr(slash + 1);
  if (const size_t via = last.rfind(" via "); via != absl::string_view::npos) {
    last = last.substr(via + 5);
  }
  if (!IsPictureCredit(s.substr(0, slash)) && !IsPictureCredit(last)) return false;
  for (absl::string_view part : absl::StrSplit(s, '/')) {
    if (!IsCreditNamePart(part)) return false;
  }
  return true;
}

}  // namespace layout_internal
}  // namespace factwire
