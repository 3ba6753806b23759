// Bylines and credits: "By Jane Doe", names over a credit or a date, job and
// agency credits, a wire story's closing credit line.

#include <algorithm>
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
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

// Splits names at " and ", or at " AND " in a byline written in capitals
// ("BY RUTH AMSEL AND TOMAS KERR").
struct AndSeparator {
  absl::string_view Find(absl::string_view text, size_t pos) const {
    const size_t lower = text.find(" and ", pos);
    const size_t upper = text.find(" AND ", pos);
    const size_t at = std::min(lower, upper);
    return at == absl::string_view::npos ? absl::string_view(text.data() + text.size(), 0)
                                         : text.substr(at, 5);
  }
};

// "Associated Press", "Economics Correspondent", "Chief Boxing Writer": a byline
// part that credits an agency or names a job, not a person.
bool IsCredit(absl::string_view name) {
  if (IsNewsAgency(name)) return true;
  for (absl::string_view word : absl::StrSplit(name, ' ', absl::SkipEmpty())) {
    if (IsRoleWord(word)) return true;
  }
  return false;
}

// The apostrophes that may open a name's word before its capital, as
// Sesotho names write a dropped syllable ("'Mamello", "’Maseabata") and
// Hawaiian ones their glottal stop ("ʻIolani"): the straight one, the curly
// ones (’ and ‘, which pages set for either) and the okina.
constexpr absl::string_view kNameApostrophes[] = {"'", "\xE2\x80\x99", "\xE2\x80\x98",
                                                  "\xCA\xBB"};

// The size of an apostrophe (kNameApostrophes) opening `word`, or closing it
// when `closing`; 0 when none does.
size_t ApostropheSize(absl::string_view word, bool closing) {
  for (absl::string_view mark : kNameApostrophes) {
    if (closing ? absl::EndsWith(word, mark) : absl::StartsWith(word, mark)) return mark.size();
  }
  return 0;
}

// True when `word` opens a name's word: a capital ("Ann"), or an apostrophe
// and a capital ("'Mamello") in a word no apostrophe closes (a quotation's
// "'Save" ... "Park'" is none).
bool OpensNameWord(absl::string_view word) {
  if (OpensWithCapital(word)) return true;
  const size_t mark = ApostropheSize(word, false);
  return mark > 0 && OpensWithCapital(word.substr(mark)) && ApostropheSize(word, true) == 0;
}

// True when `s` opens with a capital letter alone that is an initial written
// without its point, as Indian, Sri Lankan and Malaysian bylines set one ("A
// Lakshmi", "A R Venkatesan"): the letter, then another such initial, or one
// word closing the name that reads as no common noun ("A Celebration" is a
// title: HasTopicNounEnding).
bool OpensWithBareInitial(absl::string_view s) {
  const size_t space = s.find(' ');
  if (space != 1 || !absl::ascii_isupper(static_cast<unsigned char>(s[0]))) return false;
  const absl::string_view rest = absl::StripLeadingAsciiWhitespace(s.substr(space));
  const absl::string_view next = rest.substr(0, rest.find(' '));
  if (next.size() == 1) return absl::ascii_isupper(static_cast<unsigned char>(next[0]));
  return next.size() == rest.size() && !HasTopicNounEnding(next);
}

// True when `s` is a person's name as a byline writes it: two to four words,
// each opening with a capital (OpensNameWord: "'Mamello Lerotholi" too) but
// for particles between them (IsNameParticle: "Carlos da Silva"), the first
// no short word of a title of three letters or one ("The", "For", "A": "The
// Full Report" is a title; "An" opens Vietnamese names) but an initial
// without its point (OpensWithBareInitial: "A Lakshmi"), no word closed by an
// apostrophe (a quotation's), no digit, no job or agency, and no place's name
// ("Priya Natarajan", "OWEN HALE", "Mary-Jane O'Neil"; not "Stone Town" or
// "Port Louis": NamesAPlace, nor "MOUNT GAMBIER": IsUpperPlaceOpenedLikeAName,
// nor "Cape Times": NamesAPaper), no byline's or place's lead ("By Ann Lee",
// "From Mombasa": BylineLeadSize, FiledPlaceLeadSize).
bool IsPersonName(absl::string_view s) {
  constexpr int kMaxNameWords = 4;
  constexpr size_t kNameShortWordBytes = 2;  // "An", "To": names too
  const int words = WordCount(s);
  if (words < 2 || words > kMaxNameWords || IsCredit(s)) return false;
  // "By Ann Lee", "From Mombasa": a byline's or a place's lead opens no name.
  if (BylineLeadSize(s) > 0 || FiledPlaceLeadSize(s) > 0) return false;
  int at = 0;
  for (absl::string_view word : absl::StrSplit(s, ' ', absl::SkipEmpty())) {
    // "Columnist: Andile Nkosi": a label is no part of a name.
    const bool particle = at > 0 && at + 1 < words && IsNameParticle(word);
    if ((!OpensNameWord(word) && !particle) || word.back() == ':' ||
        ApostropheSize(word, true) > 0) {
      return false;
    }
    if (at == 0 && word.size() != kNameShortWordBytes && IsShortWord(word) &&
        !OpensWithBareInitial(s)) {
      return false;
    }
    ++at;
  }
  return !HasDigit(s) && !NamesAPlace(s) && !IsUpperPlaceOpenedLikeAName(s) &&
         !NamesAPaper(s);
}

// "Amina Wanjiru/Nation Correspondent", "JANE DOE / Staff Writer": the names
// before a slash when a job or an outlet (IsCreditLabel) follows it and the
// line is no photo credit ("Jane Doe/Reuters", "Jane Doe/AFP via Getty
// Images" credit a picture); empty for other lines.
std::vector<std::string> NamesOverSlashedCredit(absl::string_view s) {
  const size_t slash = s.find('/');
  if (slash == absl::string_view::npos) return {};
  const absl::string_view credit = absl::StripLeadingAsciiWhitespace(s.substr(slash + 1));
  if (!IsCreditLabel(credit, false) || IsPhotoCredit(s)) return {};
  return PersonNames(absl::StripTrailingAsciiWhitespace(s.substr(0, slash)));
}

// "Ann Lee (The Jakarta Post)", "Owen Hale (Reuters)": names, then in brackets
// closing the line a credit (IsCreditLabel: an agency, a job or an outlet).
// The names; empty for other lines.
std::vector<std::string> NamesBeforeBracketedCredit(absl::string_view s) {
  const size_t open = s.rfind(" (");
  if (s.empty() || s.back() != ')' || open == absl::string_view::npos) return {};
  const absl::string_view credit = s.substr(open + 2, s.size() - open - 3);
  if (!IsCreditLabel(credit, false)) return {};
  return PersonNames(s.substr(0, open));
}

// "Owen Hale Transport correspondent", "Ann Lee Senior economics reporter":
// one person's name (two to four words), then with no comma a job written in
// sentence case, as some sites print a byline: two to four words, the first
// capitalised, the rest in lowercase, the last a role word. The name; empty
// for other lines.
std::vector<std::string> NameBeforeSentenceCaseJob(absl::string_view s) {
  constexpr int kMinJobWords = 2;
  constexpr int kMaxJobWords = 4;
  // (Most lines end in no role word: no split for them.)
  const size_t last_space = s.rfind(' ');
  if (last_space == absl::string_view::npos || !IsRoleWord(s.substr(last_space + 1))) return {};
  const std::vector<absl::string_view> words = absl::StrSplit(s, ' ', absl::SkipEmpty());
  if (words.size() < 4) return {};
  size_t job = words.size();  // the job's first word: its words after it are lowercase
  while (job > 1 && absl::ascii_islower(words[job - 1][0])) --job;
  --job;
  const int job_words = static_cast<int>(words.size() - job);
  if (job < 2 || job_words < kMinJobWords || job_words > kMaxJobWords ||
      !absl::ascii_isupper(words[job][0])) {
    return {};
  }
  const absl::string_view name(
      words.front().data(),
      static_cast<size_t>(words[job - 1].data() + words[job - 1].size() - words.front().data()));
  if (!IsPersonName(name)) return {};
  return {std::string(name)};
}

// "Ann Lee Associated Press", "Ann Lee Reuters" -> "Ann Lee": `name` without
// a news agency of one or two words (IsNewsAgency) closing it with no comma,
// as a wire story's byline sets it, when two words or more stay; `name` when
// none does.
std::string WithoutClosingAgency(std::string name) {
  constexpr int kMaxAgencyWords = 2;
  constexpr int kMinNameWords = 2;
  size_t cut = name.size();
  for (int k = 0; k < kMaxAgencyWords && cut > 0; ++k) {
    cut = absl::string_view(name).rfind(' ', cut - 1);
    if (cut == std::string::npos) break;
    const absl::string_view head = absl::string_view(name).substr(0, cut);
    if (WordCount(head) >= kMinNameWords &&
        IsNewsAgency(absl::string_view(name).substr(cut + 1))) {
      name.resize(cut);
      break;
    }
  }
  return name;
}

}  // namespace

std::vector<std::string> NameBeforeTitleCaseJob(absl::string_view s) {
  constexpr size_t kNameWords = 2;
  constexpr size_t kMaxJobWords = 3;
  const size_t last_space = s.rfind(' ');
  if (s.size() > kMaxBylineBytes || last_space == absl::string_view::npos ||
      !IsRoleWord(s.substr(last_space + 1)) || WriterLeadSize(s) > 0 ||
      s.find_first_of("/|,") != absl::string_view::npos) {
    return {};
  }
  const std::vector<absl::string_view> words = absl::StrSplit(s, ' ', absl::SkipEmpty());
  if (words.size() <= kNameWords || words.size() > kNameWords + kMaxJobWords ||
      !IsRoleWord(words.back())) {
    return {};
  }
  const size_t name_end = static_cast<size_t>(words[kNameWords - 1].data() +
                                              words[kNameWords - 1].size() - s.data());
  const absl::string_view name = s.substr(0, name_end);
  const absl::string_view job = absl::StripLeadingAsciiWhitespace(s.substr(name_end));
  if (!IsPersonName(name) || !IsCapitalisedWords(job) || !IsCreditLabel(job, false)) return {};
  return {std::string(name)};
}

namespace {

// Where a date closing a byline starts ("By Ann Lee on 9 March 2021": the space
// before "on"), npos when none does. Tried at each space: bylines are short.
// When none does in `s`, tried again in `s` without a place or category
// closing it (WithoutPlace: "Posted by Ann Lee on Mar 14, 2026 in Regional
// News"); *dated is the part searched last (`s` or that prefix of it).
size_t BylineDateStart(absl::string_view s, absl::string_view* dated) {
  const auto date_at_space = [](absl::string_view line) {
    for (size_t k = line.find(' '); k != absl::string_view::npos; k = line.find(' ', k + 1)) {
      if (ParseDateLine(line.substr(k + 1))) return k;
    }
    return absl::string_view::npos;
  };
  *dated = s;
  if (const size_t at = date_at_space(s); at != absl::string_view::npos) return at;
  // Searched again only when a place was cut: the same line is not searched
  // twice.
  const absl::string_view placeless = WithoutPlace(s);
  if (placeless.size() == s.size()) return absl::string_view::npos;
  *dated = placeless;
  return date_at_space(placeless);
}

}  // namespace

bool IsOutletLine(absl::string_view s) {
  constexpr size_t kMaxOutletBytes = 40;
  constexpr int kMaxOutletWords = 5;
  return !s.empty() && s.size() <= kMaxOutletBytes && WordCount(s) <= kMaxOutletWords &&
         !EndsSentence(s) && IsTitleCase(s) && IsMastheadWord(s.substr(s.rfind(' ') + 1));
}

bool IsCreditAlone(absl::string_view s) {
  if (s.empty()) return false;
  const bool label = IsSectionLabel(s);
  // "Cape Times", "Manila Bulletin": a paper (NamesAPaper) credits it, as
  // "Reuters" does.
  if ((!label && !IsOutletLine(s)) || !IsCapitalisedWords(s) || HasDigit(s) ||
      !(IsCredit(s) || NamesAPaper(s)) || IsSectionName(s)) {
    return false;
  }
  // "Owen Hale Economics Reporter" is a name and a job, no outlet.
  return label || NameBeforeTitleCaseJob(s).empty();
}

bool IsUnnamedByline(absl::string_view s) {
  constexpr int kMaxCreditWords = 5;
  if (s.size() > kMaxCreditBytes || EndsSentence(s)) return false;
  const size_t by = WriterLeadSize(s);
  size_t lead = by;
  if (lead == 0 && absl::StartsWithIgnoreCase(s, "from ")) lead = 5;
  const absl::string_view credit = WithoutPlace(s.substr(lead));
  // Without a lead: "Our Correspondent", or a credit with a word in lowercase
  // ("Reuters staff", "Guardian staff and agencies"; "Regional News" is none).
  if (lead == 0 && !absl::StartsWithIgnoreCase(s, "our ") && IsCapitalisedWords(credit)) {
    return false;
  }
  // "By AFP", "By The Associated Press in Suva".
  if (IsNewsAgency(credit)) return true;
  // "By Ann Lee Associated Press": a person's names before the agency (after a
  // writer's lead only: the copy is made for those lines alone).
  if (by > 0) {
    if (const std::string named = WithoutClosingAgency(std::string(credit));
        named.size() < credit.size() && IsPersonName(named)) {
      return false;
    }
  }
  // The words are counted, and the last one kept, in one pass that stores
  // none: most lines asked (headlines) fail on those two.
  int words = 0;
  absl::string_view last;
  for (absl::string_view word : absl::StrSplit(credit, ' ', absl::SkipEmpty())) {
    ++words;
    last = word;
  }
  // "By admin", "By webdesk": "By" and a site's account of one word of letters.
  if (by > 0 && words == 1 &&
      std::all_of(credit.begin(), credit.end(), [](char c) { return absl::ascii_isalpha(c); })) {
    return true;
  }
  if (words == 0 || words > kMaxCreditWords) return false;
  if (!IsRoleWord(last) && !IsNewsAgency(last)) return false;
  for (absl::string_view word : absl::StrSplit(credit, ' ', absl::SkipEmpty())) {
    if (!absl::ascii_isupper(word[0]) && !IsUnnamedCreditWord(word) && !IsRoleWord(word) &&
        !IsNewsAgency(word)) {
      return false;
    }
  }
  return true;
}

absl::string_view WithoutPlace(absl::string_view s) {
  constexpr int kMaxPlaceWords = 3;
  constexpr absl::string_view kPlaceWords[] = {" at ", " in "};
  constexpr size_t kWords = sizeof(kPlaceWords) / sizeof(kPlaceWords[0]);
  // The last place of each word, found in one pass over the spaces (find()
  // skips ahead with memchr; only a space followed by the word's letter is
  // compared further).
  size_t last[kWords];
  std::fill(last, last + kWords, absl::string_view::npos);
  for (size_t k = s.find(' '); k != absl::string_view::npos; k = s.find(' ', k + 1)) {
    for (size_t w = 0; w < kWords; ++w) {
      if (k + 1 < s.size() && s[k + 1] == kPlaceWords[w][1] &&
          s.compare(k, kPlaceWords[w].size(), kPlaceWords[w]) == 0) {
        last[w] = k;
      }
    }
  }
  for (size_t w = 0; w < kWords; ++w) {
    if (last[w] == absl::string_view::npos) continue;
    const absl::string_view place = s.substr(last[w] + kPlaceWords[w].size());
    if (WordCount(place) <= kMaxPlaceWords && IsCapitalisedWords(place)) {
      return s.substr(0, last[w]);
    }
  }
  return s;
}

absl::string_view WithoutOutlet(absl::string_view s) {
  constexpr int kMaxOutletWords = 4;
  const size_t at = s.rfind(" for ");
  if (at == absl::string_view::npos) return s;
  absl::string_view outlet = s.substr(at + 5);
  absl::ConsumePrefix(&outlet, "the ");
  if (WordCount(outlet) > kMaxOutletWords || !IsCapitalisedWords(outlet) || HasDigit(outlet)) {
    return s;
  }
  return s.substr(0, at);
}

bool IsFiledPlaceLine(absl::string_view s) {
  constexpr int kMaxPlaceWords = 3;
  // A place ends in a letter: most lines fail here, before any word is read.
  if (s.empty() || !absl::ascii_isalpha(s.back())) return false;
  const size_t lead = FiledPlaceLeadSize(s);
  const absl::string_view place = s.substr(lead);
  if (place.empty() || HasDigit(place)) return false;
  const absl::string_view town = WithoutFiledPlace(place);
  // Without a lead, a town and the region or country it is in.
  if (lead == 0 && town.size() == place.size()) return false;
  // A byline ("By Amina Juma, Stone Town") names its author first: asked
  // last, of the few lines that pass the rest.
  // "Ann Lee, Cape Times": a paper after the comma (NamesAPaper) is no
  // region.
  const absl::string_view region =
      town.size() < place.size() ? place.substr(town.size() + 2) : absl::string_view();
  // "Amina Juma, Mombasa, Kenya": a person's name before the town is no place.
  if (const size_t comma = town.find(','); comma != absl::string_view::npos &&
                                           !PersonNames(town.substr(0, comma)).empty()) {
    return false;
  }
  return WordCount(town) <= kMaxPlaceWords && IsCapitalisedWords(town) &&
         !IsSectionName(town) && !IsCredit(place) && !NamesAPaper(region) &&
         WriterLeadSize(s) == 0;
}

absl::string_view WithoutFiledPlace(absl::string_view s) {
  constexpr int kMaxPlaceWords = 3;
  if (s.find(", ") == absl::string_view::npos) return s;  // find() is the cheap test
  const size_t comma = s.rfind(", ");
  const absl::string_view place = s.substr(comma + 2);
  if (WordCount(place) > kMaxPlaceWords || !IsCapitalisedWords(place) || HasDigit(place)) return s;
  return s.substr(0, comma);
}

std::vector<std::string> PersonNames(absl::string_view s) {
  std::vector<std::string> names;
  for (absl::string_view part : absl::StrSplit(s, absl::ByAnyChar(",&"))) {
    for (absl::string_view name : absl::StrSplit(part, AndSeparator())) {
      name = absl::StripAsciiWhitespace(name);
      if (!IsPersonName(name)) return {};
      names.emplace_back(name);
    }
  }
  return names;
}

size_t WriterLeadSize(absl::string_view s) {
  if (const size_t by = BylineLeadSize(s); by > 0) return by;
  const size_t label = CreditLabelLeadSize(s);
  if (label == 0) return 0;
  // The names end at the first comma, bar, slash or middle dot ("Text: Ana
  // Lopes, farming correspondent", "Words: Sam Roe | Photo: Jo Moyo").
  absl::string_view names = s.substr(label);
  size_t size = 0;
  names = names.substr(
      0, std::min(names.find_first_of(",/"), FindSeparator(names, kPartSeparators, &size)));
  return PersonNames(absl::StripAsciiWhitespace(names)).empty() ? 0 : label;
}

bool IsOutletAcronym(absl::string_view s) {
  constexpr size_t kMaxAcronymBytes = 5;
  return s.size() >= 2 && s.size() <= kMaxAcronymBytes &&
         std::all_of(s.begin(), s.end(), [](char c) { return absl::ascii_isupper(c); });
}

bool IsCreditLabel(absl::string_view s, bool any_label) {
  constexpr int kMaxCreditWords = 5;
  if (s.empty() || !OpensWithCapital(s) || WordCount(s) > kMaxCreditWords ||
      EndsSentence(s)) {
    return false;
  }
  // "Cape Times", "Manila Bulletin": a paper's name (NamesAPaper).
  if (any_label || IsCredit(s) || absl::StartsWith(s, "The ") || IsOutletAcronym(s) ||
      NamesAPaper(s)) {
    return true;
  }
  // "Special to the Times".
  if (OpensWithOutletCredit(s) && IsCapitalisedWords(s.substr(s.rfind(' ') + 1))) return true;
  // "BBC News, Kendal": a credit and the place it reports from.
  const size_t comma = s.find(", ");
  return comma != absl::string_view::npos && IsCredit(s.substr(0, comma)) &&
         IsCapitalisedWords(s.substr(comma + 2));
}

bool IsGluedCreditLine(absl::string_view s) {
  constexpr absl::string_view kMiddleDot = "\xC2\xB7";
  if (s.size() > kMaxBylineBytes || !absl::StrContains(s, kMiddleDot)) return false;
  int credits = 0;
  for (absl::string_view part : absl::StrSplit(s, kMiddleDot)) {
    part = absl::StripAsciiWhitespace(part);
    if (part.empty()) continue;
    if (!IsCreditLabel(part, credits > 0)) return false;
    ++credits;
  }
  return credits > 0;
}

NamesOver TakeNamesOver(absl::string_view names, absl::string_view next, Layout* layout) {
  // "BY ANN LEE" over a date: a byline, read with its lead.
  if (names.size() > kMaxBylineBytes || WriterLeadSize(names) > 0) return NamesOver::kNone;
  // "Owen Hale\n4 hours ago": a time without a date is read (and skipped) next.
  const NamesOver kind = IsCreditLabel(next, false) || IsContactLine(next) ? NamesOver::kCredit
                         : ParseDateLine(next) || IsTimeLine(next)         ? NamesOver::kDate
                                                                           : NamesOver::kBio;
  // "Owen Hale @owenhale": the name without the handle.
  names = names.substr(0, names.find(" @"));
  // A bio opens with the name's first word.
  if (kind == NamesOver::kBio && !absl::StartsWith(next, names.substr(0, names.find(' ')))) {
    return NamesOver::kNone;
  }
  // "Jane Wambui, Nakuru", "Jo Moyo in Lusaka" over a date: the name without
  // the place it was filed from or the outlet it was written for.
  std::vector<std::string> authors =
      kind == NamesOver::kDate ? NamesBeforePlaceOrOutlet(names) : PersonNames(names);
  if (authors.empty()) return NamesOver::kNone;
  // "Owen Hale\nOwen Hale covers the islands.": the bio is skipped with the name.
  if (kind == NamesOver::kBio && !IsAuthorBio(next, authors)) return NamesOver::kNone;
  layout->authors = std::move(authors);
  return kind;
}

std::vector<std::string> NamesBeforePlaceOrOutlet(absl::string_view s) {
  std::vector<std::string> names = PersonNames(s);
  for (auto without : {WithoutFiledPlace, WithoutPlace, WithoutOutlet}) {
    if (names.empty()) names = PersonNames(without(s));
  }
  // "Amina Juma, Mombasa, Kenya": a town and its country after the name.
  if (names.empty()) names = PersonNames(WithoutFiledPlace(WithoutFiledPlace(s)));
  // "Ann Lee in Lecce and Tom Reid in Bari": each writer with a place.
  if (const size_t and_at = s.rfind(" and "); names.empty() && and_at != absl::string_view::npos) {
    const absl::string_view first = s.substr(0, and_at);
    if (WithoutPlace(first).size() < first.size()) {
      names = PersonNames(WithoutPlace(first));
      std::vector<std::string> second = PersonNames(WithoutPlace(s.substr(and_at + 5)));
      if (names.empty() || second.empty()) return {};
      names.insert(names.end(), second.begin(), second.end());
    }
  }
  return names;
}

bool IsAuthorBio(absl::string_view s, const std::vector<std::string>& authors) {
  constexpr size_t kMaxBioBytes = 300;
  if (s.size() > kMaxBioBytes || SentenceEnds(s) > 2) return false;
  for (const std::string& author : authors) {
    if (absl::StartsWith(s, author) && s.size() > author.size() + 2 &&
        s[author.size()] == ' ' && absl::ascii_islower(s[author.size() + 1])) {
      return true;
    }
  }
  return false;
}

bool TakeClosingCredit(absl::string_view s, Layout* layout) {
  constexpr size_t kMaxCreditLineBytes = 200;
  if (s.size() > kMaxCreditLineBytes) return false;
  if (s.size() > 2 && s.front() == '(' && s.back() == ')') s = s.substr(1, s.size() - 2);
  const size_t lead = WireCreditLeadSize(s);
  if (lead == 0) return false;
  const absl::string_view first = s.substr(lead, s.find(';') - lead);
  std::vector<std::string> names;
  for (std::string& name : SplitNames(first)) {
    for (const char* place : {" in ", " at "}) {
      if (const size_t at = name.find(place); at != std::string::npos) name.resize(at);
    }
    if (!IsPersonName(name)) return false;
    names.push_back(std::move(name));
  }
  if (names.empty() || WordCount(first) > 3 * static_cast<int>(names.size()) + 4) {
    return false;
  }
  if (layout->authors.empty() && !absl::StartsWith(s, "Editing by ") &&
      !absl::StartsWith(s, "Additional reporting by ")) {
    layout->authors = std::move(names);
  }
  return true;
}

bool TakeLabelOverValue(absl::string_view label, absl::string_view value, Layout* layout) {
  if (label.size() > kMaxLabelBytes || !absl::ConsumeSuffix(&label, ":")) return false;
  label = absl::StripTrailingAsciiWhitespace(label);
  if (label.empty()) return false;
  // "Email:\njane.doe@courier.example".
  if (IsContactLine(value)) return true;
  // "Reporter:", "Author:", "Written by:".
  const bool names_author =
      (label.find(' ') == absl::string_view::npos && IsRoleWord(label)) ||
      BylineLeadSize(std::string(label) + ": ") > 0 ||
      CreditLabelLeadSize(std::string(label) + ": ") > 0;
  if (!names_author) return false;
  std::vector<std::string> names = PersonNames(value);
  if (names.empty()) return false;
  layout->authors = std::move(names);
  return true;
}

std::vector<std::string> JobLabelledNames(absl::string_view s) {
  const size_t colon = s.substr(0, kMaxLabelBytes + 1).find(": ");
  if (colon == absl::string_view::npos || s.size() > kMaxBylineBytes) return {};
  const absl::string_view label = s.substr(0, colon);
  if (!IsCredit(label)) return {};
  return PersonNames(s.substr(colon + 2));
}

}  // namespace layout_internal

using layout_internal::AndSeparator;
using layout_internal::BylineAndDateStart;
using layout_internal::EndsSentence;
using layout_internal::IsCredit;
using layout_internal::IsCreditLabel;
using layout_internal::PersonNames;
using layout_internal::SplitParts;
using layout_internal::NameBeforeSentenceCaseJob;
using layout_internal::NamesBeforeBracketedCredit;
using layout_internal::kMaxBylineBytes;
using layout_internal::kPartSeparators;
using layout_internal::NamesOverSlashedCredit;
using layout_internal::OpensNameWord;

std::vector<std::string> CreditedNames(absl::string_view s, bool separated) {
  if (s.size() > kMaxBylineBytes || EndsSentence(s)) return {};
  // "Amina Wanjiru/Nation Correspondent": a job after a slash.
  if (std::vector<std::string> names = NamesOverSlashedCredit(s); !names.empty()) {
    return names;
  }
  // "Ann Lee (The Jakarta Post)": a credit in brackets.
  if (std::vector<std::string> names = NamesBeforeBracketedCredit(s); !names.empty()) {
    return names;
  }
  if (!separated && s.find(", ") == absl::string_view::npos) {
    if (std::vector<std::string> name = NameBeforeSentenceCaseJob(s); !name.empty()) return name;
  }
  std::vector<absl::string_view> parts;
  if (separated) {
    parts = SplitParts(s, kPartSeparators);
  } else {
    parts = absl::StrSplit(s, ", ");
  }
  // The credits close the line: "Ann Lee, Senior Reporter, Reuters".
  size_t credits = 0;
  while (credits + 1 < parts.size() &&
         IsCreditLabel(parts[parts.size() - 1 - credits], separated)) {
    ++credits;
  }
  if (credits == 0) return {};
  const absl::string_view names = s.substr(
      0, parts[parts.size() - 1 - credits].end() - s.begin());
  return PersonNames(names);
}

std::vector<std::string> SplitNames(absl::string_view names) {
  std::vector<std::string> authors;
  for (absl::string_view part : absl::StrSplit(names, absl::ByAnyChar(",&"))) {
    for (absl::string_view name : absl::StrSplit(part, AndSeparator())) {
      name = absl::StripAsciiWhitespace(name);
      if (OpensNameWord(name)) authors.emplace_back(name);
    }
  }
  return authors;
}

std::vector<std::string> Byline(absl::string_view s) {
  size_t date = absl::string_view::npos;
  absl::string_view dated;
  return BylineAndDateStart(s, &date, &dated);
}

namespace layout_internal {

namespace {

// "Ann Lee with AFP", "Ann Lee with agencies" -> "Ann Lee": `name` without
// " with " and a news agency (IsNewsAgency) that helped write the story
// closing it; `name` when none does.
std::string WithoutAgencyHelp(std::string name) {
  constexpr absl::string_view kWith = " with ";
  const size_t at = absl::string_view(name).rfind(kWith);
  if (at != std::string::npos &&
      IsNewsAgency(absl::string_view(name).substr(at + kWith.size()))) {
    name.resize(at);
  }
  return name;
}

// "Pacific affairs reporter Mere Kila", "political editor Ann Lee" -> the
// names: a job of up to four words closed by a role word (IsRoleWord) before
// them, as some sites print a byline's writer; `s` when none opens it.
absl::string_view WithoutLeadingJob(absl::string_view s) {
  constexpr int kMaxJobWords = 4;
  size_t at = 0;
  for (int k = 0; k < kMaxJobWords; ++k) {
    const size_t space = s.find(' ', at);
    if (space == absl::string_view::npos) return s;
    if (IsRoleWord(s.substr(at, space - at))) {
      const absl::string_view rest = s.substr(space + 1);
      return OpensNameWord(rest) && !PersonNames(rest).empty() ? rest : s;
    }
    at = space + 1;
  }
  return s;
}

}  // namespace

std::vector<std::string> BylineAndDateStart(absl::string_view s, size_t* date,
                                            absl::string_view* dated) {
  if (s.size() > 120) return {};  // the cheap test first
  const size_t lead = WriterLeadSize(s);
  if (lead == 0 || EndsSentence(s)) return {};
  std::vector<std::string> names;
  // "Posted by Ann Lee on Mar 14, 2026 in Regional News": the date before a
  // place or category.
  *date = BylineDateStart(s, dated);
  absl::string_view names_part =
      s.substr(lead, *date == absl::string_view::npos ? absl::string_view::npos : *date - lead);
  // "Reporting by Ann Lee; Editing by Sam Roe": the reporters; "By ANN LEE /
  // Staff Writer", "By Ann Lee/Staff Reporter": the name before the slash.
  names_part = names_part.substr(0, names_part.find(';'));
  names_part = absl::StripTrailingAsciiWhitespace(names_part.substr(0, names_part.find('/')));
  for (std::string& name : SplitNames(WithoutLeadingJob(names_part))) {
    // "Ann Lee @annlee": the name without the handle.
    if (const size_t at = name.find(" @"); at != std::string::npos) name.resize(at);
    // "By Ann Lee Associated Press": the name without the agency (after
    // "Ann Lee with AFP" lost its helper).
    name = WithoutClosingAgency(WithoutAgencyHelp(std::move(name)));
    // "By Ann Lee, CNN", "By Ann Lee, The Courier", "By Ann Lee, Cape Times":
    // one word, "The …" or a paper's name (NamesAPaper)
    // after a name is an outlet, not a person; "By Ann Lee, Stone Town": a
    // place's name (NamesAPlace) is where she filed from.
    if (IsCredit(name) || (!names.empty() && (name.find(' ') == std::string::npos ||
                                              absl::StartsWith(name, "The ") ||
                                              NamesAPlace(name) || NamesAPaper(name)))) {
      continue;
    }
    // "Conor Heaney in Kyiv", "Ann Lee at Wembley", "Filed by Ann Lee from
    // Cusco": the name without the place.
    for (const char* place : {" in ", " at ", " from "}) {
      if (const size_t at = name.find(place); at != std::string::npos) name.resize(at);
    }
    names.push_back(WithoutAgencyHelp(std::move(name)));
  }
  return names;
}

}  // namespace layout_internal
}  // namespace factwire
