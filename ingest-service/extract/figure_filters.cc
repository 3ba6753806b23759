#include "ingest-service/extract/figure_filters.h"

#include <cmath>
#include <cstddef>

#include "absl/strings/match.h"

#include "ingest-service/extract/lexicon/figure_context_words.h"
#include "ingest-service/extract/lexicon/figure_place_words.h"
#include "ingest-service/extract/lexicon/number_words.h"
#include "ingest-service/extract/lexicon/units.h"

namespace factwire {
namespace figure_internal {
namespace {

// (One unsigned compare tests both ends: a negative i wraps above the size.)
const Token* At(const std::vector<Token>& t, int i) {
  return static_cast<size_t>(i) < t.size() ? &t[i] : nullptr;
}

bool PlainDigits(const Token* t, int digits) {
  return t != nullptr && t->kind == TokenKind::kNumber && !t->has_separator &&
         !t->has_decimal && t->int_digits == digits;
}

bool AdjacentDash(const std::vector<Token>& t, int i) {
  const Token* d = At(t, i);
  const Token* next = At(t, i + 1);
  return d != nullptr && IsDash(*d) && !d->space_before && next != nullptr &&
         !next->space_before;
}

bool IsWordAt(const std::vector<Token>& t, int i, absl::string_view lower) {
  const Token* w = At(t, i);
  return w != nullptr && w->kind == TokenKind::kWord && w->lower == lower;
}

}  // namespace

bool ClockWord(const std::vector<Token>& t, int i) {
  const Token* w = At(t, i);
  if (w == nullptr || w->kind != TokenKind::kWord) return false;
  if (w->lower == "am" || w->lower == "pm" || w->lower == "o'clock")
    return true;
  return (w->lower == "a" || w->lower == "p") && At(t, i + 1) &&
         IsSymbol(*At(t, i + 1), ".") && IsWordAt(t, i + 2, "m");
}

namespace {

bool IsClockTime(const std::vector<Token>& t, const Amount& a) {
  const Token& number = t[a.number_first];
  const Token* next = At(t, a.number_end);
  if (next != nullptr && IsSymbol(*next, ":") && !next->space_before &&
      At(t, a.number_end + 1) &&
      At(t, a.number_end + 1)->kind == TokenKind::kNumber &&
      !At(t, a.number_end + 1)->space_before) {
    return true;  // "10:30"
  }
  const Token* prev = At(t, a.number_first - 1);
  if (prev != nullptr && IsSymbol(*prev, ":") && !number.space_before &&
      !prev->space_before && At(t, a.number_first - 2) &&
      At(t, a.number_first - 2)->kind == TokenKind::kNumber) {
    return true;  // the minutes of "10:30"
  }
  if (!ClockWord(t, a.number_end)) return false;
  if (number.value > 12 || number.value < 0) return false;
  if (!number.has_decimal) return true;
  const double minutes =
      std::round((number.value - std::floor(number.value)) * 100);
  return number.frac_digits == 2 && minutes < 60;
}

// Whether `number` has the shape of a time of day written with a point: an
// hour 0-23 and exactly two digits of minutes 00-59 ("19.45", "9.30").
bool ClockShaped(const Token& number) {
  if (number.kind != TokenKind::kNumber || !number.has_decimal ||
      number.has_separator || number.frac_digits != 2 || number.value >= 24) {
    return false;
  }
  return std::round((number.value - std::floor(number.value)) * 100) < 60;
}

// Whether a word of an event set for a time of day (lexicon::IsClockEventWord:
// "Kick-off is at", "doors open at", "is due at") comes before tokens[at] in
// its clause: at most kReach tokens back, stopping at a mark other than a dash.
bool ClockEventBefore(const std::vector<Token>& t, int at) {
  constexpr int kReach = 8;
  for (int j = at - 1; j >= 0 && j >= at - kReach; --j) {
    if (t[j].kind == TokenKind::kSymbol && !IsDash(t[j])) return false;
    if (t[j].kind == TokenKind::kWord && lexicon::IsClockEventWord(t[j].lower))
      return true;
  }
  return false;
}

// Whether the words from tokens[end] name a time zone ("local time", "GMT")
// or a day ("tonight", "on Saturday") after a number; a part of the day ("in
// the morning", "at night") counts as a zone: no amount is said so.
bool ClockZoneOrDayAfter(const std::vector<Token>& t, int end, bool* zone) {
  const Token* next = At(t, end);
  if (next == nullptr || next->kind != TokenKind::kWord) return false;
  const Token* part = At(t, IsWordAt(t, end + 1, "the") ? end + 2 : end + 1);
  *zone = lexicon::IsClockZoneWord(next->lower) ||
          ((next->lower == "in" || next->lower == "at") && part != nullptr &&
           part->kind == TokenKind::kWord && lexicon::IsDayPartWord(part->lower));
  if (*zone || lexicon::IsClockDayWord(next->lower)) return true;
  const Token* day = At(t, end + 1);
  return next->lower == "on" && day != nullptr && HasRole(*day, kRoleWeekday);
}

// Whether a day ("on Sunday", "Saturday", "tonight") ends right before
// tokens[at]; *lead is set to the token before the day's phrase.
bool ClockDayBefore(const std::vector<Token>& t, int at, int* lead) {
  const Token* day = At(t, at - 1);
  if (day == nullptr || day->kind != TokenKind::kWord ||
      !(HasRole(*day, kRoleWeekday) || lexicon::IsClockDayWord(day->lower))) {
    return false;
  }
  *lead = IsWordAt(t, at - 2, "on") ? at - 3 : at - 2;
  return true;
}

// Whether tokens[at - 1] is a result noun (lexicon::IsResultEventNoun) with
// a verb of winning or setting (lexicon::IsResultVerb) at most kReach words
// before it, none of them a mark: "won the final at", "broke the world
// record at". Not "play the final at", "The race at".
bool ResultWonBefore(const std::vector<Token>& t, int at) {
  constexpr int kReach = 4;
  const Token* noun = At(t, at - 1);
  if (noun == nullptr || noun->kind != TokenKind::kWord ||
      !lexicon::IsResultEventNoun(noun->lower)) {
    return false;
  }
  for (int j = at - 2; j >= 0 && j >= at - 1 - kReach; --j) {
    if (t[j].kind != TokenKind::kWord) return false;
    if (lexicon::IsResultVerb(t[j].lower)) return true;
  }
  return false;
}

// Whether tokens[end] is a time zone written as its capitalised abbreviation
// (lexicon::IsClockZoneWord: "GMT", "CST", "BST"), which makes the clock-shaped
// number before it a time of day with or without "at" ("14.31 BST" heading a
// live-blog entry, "the vote closed 21.00 CET"); "local" and lowercase words
// ("eat", "cat") do not count here.
bool ZoneAbbreviationAfter(const std::vector<Token>& t, int end) {
  const Token* zone = At(t, end);
  if (zone == nullptr || zone->kind != TokenKind::kWord || zone->raw.size() < 3 ||
      zone->lower == "local" || !lexicon::IsClockZoneWord(zone->lower)) {
    return false;
  }
  for (char c : zone->raw) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

// "17.30" alone on its line, heading a live-blog entry: a clock-shaped
// number (ClockShaped) of a two-digit hour from 10 on that is the whole
// sentence, a full stop after it at most, is the entry's time of day; not
// "1.10" or "01.10" written alone (a number more often than an hour).
bool LoneClockLine(const std::vector<Token>& t, const Amount& a) {
  constexpr double kFirstTwoDigitHour = 10;
  if (a.first != 0 || a.number_first != 0 || a.number_end != 1 ||
      !ClockShaped(t[0]) || t[0].value < kFirstTwoDigitHour) {
    return false;
  }
  const size_t rest = t.size() - static_cast<size_t>(a.end);
  return rest == 0 || (rest == 1 && IsSymbol(t.back(), "."));
}

// "Kick-off is at 19.45 on Saturday", "at 18.30 local time", "host Eibar on
// Sunday at 18.30": a plain number shaped like a clock time (ClockShaped)
// after "at" is a time of day when a time zone follows, an event set for a
// time comes before "at" in its clause (ClockEventBefore), or a day comes
// right after the number or right before "at" and no verb of amount, currency
// or unit stands before them ("closed at 14.25 on Friday", "the pound at 1.25
// on Monday" are levels) nor a result won or set stands right before "at"
// (ResultWonBefore: "won the final at 9.58 on Sunday"). Clause end alone is
// no clock: "won the final at 9.58, a world record" and "the pound at 1.25"
// stay figures.
bool IsPointClockTime(const std::vector<Token>& t, const Amount& a) {
  if (!ClockShaped(t[a.number_first]) || a.first != a.number_first ||
      a.number_end != a.number_first + 1) {
    return false;
  }
  if (ZoneAbbreviationAfter(t, a.end)) return true;
  if (!IsWordAt(t, a.first - 1, "at")) return false;
  bool zone = false;
  const bool day_after = ClockZoneOrDayAfter(t, a.end, &zone);
  if (zone || ClockEventBefore(t, a.first - 1)) return true;
  if (ResultWonBefore(t, a.first - 1)) return false;
  int lead = a.first - 2;  // the word before "at"
  const bool day_before = ClockDayBefore(t, a.first - 1, &lead);
  if (!day_after && !day_before) return false;
  const Token* before = At(t, lead);
  return !(before != nullptr &&
           HasRole(*before, kRoleQuantityVerb | kRoleCurrency | kRoleUnit));
}

// "Rue 12.145", "Calle 72": a number after a capitalized street word written
// before it (lexicon::IsStreetLeadWord) names the street, unless a lowercase
// word after it, not a stop word ("near", "in"), is what it counts.
bool AfterStreetLeadWord(const std::vector<Token>& t, const Amount& a) {
  const Token* street = At(t, a.first - 1);
  const Token* next = At(t, a.end);
  return a.first == a.number_first && street != nullptr &&
         street->kind == TokenKind::kWord && IsCapitalized(*street) &&
         lexicon::IsStreetLeadWord(street->lower) &&
         (next == nullptr || next->kind != TokenKind::kWord ||
          IsCapitalized(*next) || HasRole(*next, kRoleSubjectStop));
}

bool IsMonth(const Token* t, const FigureLexicon& lex) {
  return t != nullptr && IsCapitalized(*t) && HasRole(*t, kRoleMonth);
}

bool IsDateDay(const std::vector<Token>& t, const Amount& a,
               const FigureLexicon& lex) {
  if (IsMonth(At(t, a.first - 1), lex)) return true;  // "Feb 04"
  if (At(t, a.first - 1) && IsSymbol(*At(t, a.first - 1), ".") &&
      IsMonth(At(t, a.first - 2), lex)) {
    return true;  // "Feb. 4"
  }
  if (IsMonth(At(t, a.end), lex)) return true;  // "04 February"
  return IsWordAt(t, a.end, "of") &&
         IsMonth(At(t, a.end + 1), lex);  // "4 of July"
}

// A word with a capital letter anywhere ("Apollo", "iPhone").
bool HasCapital(const Token& t) {
  if (t.kind != TokenKind::kWord) return false;
  for (char c : t.raw) {
    if (c >= 'A' && c <= 'Z') return true;
  }
  return false;
}

bool SentenceInitial(const std::vector<Token>& t, int i) {
  const Token* prev = At(t, i - 1);
  if (prev == nullptr) return true;
  if (prev->kind != TokenKind::kSymbol) return false;
  const absl::string_view r = prev->raw;
  return r == "." || r == "!" || r == "?" || r == "\"" || r == "\xE2\x80\x9C" ||
         r == ":" || r == "\xE2\x80\x94";
}

// A capitalized word opening a sentence before a number and a past-tense verb
// reads as a name ("Apollo 11 landed"); function words and adverbs do not
// ("Within 20 minutes", "Fully 20 percent", "Expect 20-30 arrests").
bool InitialName(const Token& word, const Token* after) {
  const absl::string_view w = word.lower;
  if (w.size() < 3 || (w.size() > 4 && w.substr(w.size() - 2) == "ly")) {
    return false;
  }
  if (after == nullptr || after->kind != TokenKind::kWord) return false;
  const absl::string_view verb = after->lower;
  if (verb.size() < 5 || verb.substr(verb.size() - 2) != "ed") return false;
  return !HasRole(word, kRoleSubjectStop | kRolePrefixQualifier |
                            kRoleTimeScope | kRoleNumberWord |
                            kRoleQuantityVerb | kRolePeriodOpener |
                            kRoleCurrency | kRoleStarter);
}

// True if a stock index is named at tokens[k]: "index" ("Poor's 500 index")
// or a hyphened word and then "index" ("Poor's 500-stock index").
bool IndexAt(const std::vector<Token>& t, int k) {
  const Token* w = At(t, k);
  if (w != nullptr && IsDash(*w) && !w->space_before) w = At(t, k + 2);
  return w != nullptr && w->kind == TokenKind::kWord &&
         lexicon::IsIndexPointWord(w->lower);
}

// True if tokens[k] ends initials joined by an ampersand and written tight,
// with or without points ("S.&P.", "A.&M."): a name, like "S&P".
bool EndsAmpersandInitials(const std::vector<Token>& t, int k) {
  constexpr int kReach = 6;  // "S", ".", "&", "P", "."
  bool ampersand = false;
  for (int j = k; j >= 0 && j > k - kReach; --j) {
    const Token& w = t[j];
    const bool initial = w.kind == TokenKind::kWord && w.raw.size() == 1 &&
                         IsCapitalized(w);
    if (!initial && !IsSymbol(w, ".") && !IsSymbol(w, "&")) break;
    ampersand = ampersand || IsSymbol(w, "&");
    if (w.space_before || j == 0) return ampersand && initial;
  }
  return false;
}

bool InName(const std::vector<Token>& t, const Amount& a,
            const FigureLexicon& lex) {
  const Token& number = t[a.number_first];
  if (number.kind != TokenKind::kNumber || a.first != a.number_first)
    return false;
  const Token* prev = At(t, a.first - 1);
  if (prev == nullptr) return false;
  if (!number.space_before && prev->kind == TokenKind::kWord)
    return true;  // "G7"
  if (!number.space_before && IsDash(*prev) && !prev->space_before &&
      At(t, a.first - 2) && At(t, a.first - 2)->kind == TokenKind::kWord) {
    return true;  // "Covid-19"
  }
  if (IsSymbol(*prev, "#")) return true;
  if (IsSymbol(*prev, ".") && EndsAmpersandInitials(t, a.first - 1)) {
    return true;  // "the S.&P. 500"
  }
  const Token* before = At(t, a.first - 2);
  if (!number.space_before && !prev->space_before && before != nullptr &&
      before->kind != TokenKind::kSymbol &&
      (IsSymbol(*prev, "+") || IsSymbol(*prev, "_") || IsSymbol(*prev, "."))) {
    return true;  // "J1149.5+6663", "v2.0.1"
  }
  if (IsSymbol(*prev, ".") && At(t, a.first - 2) &&
      (At(t, a.first - 2)->lower == "no" ||
       At(t, a.first - 2)->lower == "nos")) {
    return true;  // "No. 10"
  }
  const bool integer = !number.has_decimal && !number.has_separator;
  const bool possessive =
      prev->lower.size() > 2 && (prev->lower.back() == 's') &&
      (prev->lower.find('\'') != absl::string_view::npos ||
       prev->lower.find("\xE2\x80\x99") != absl::string_view::npos);
  const Token* after = At(t, a.end);
  const bool named_next = after != nullptr && IsCapitalized(*after);
  const bool index_next = IndexAt(t, a.end);  // "Standard & Poor's 500 index"
  if (integer && HasCapital(*prev) &&
      (!possessive || named_next || index_next) &&
      !HasRole(*prev, kRoleNotName) && !HasRole(*prev, kRoleMonth) &&
      (!SentenceInitial(t, a.first - 1) || named_next ||
       InitialName(*prev, after)) &&
      a.number.scale == 1) {
    return true;  // "Apollo 11", "iPhone 15", "Boeing's 737 Max"
  }
  const bool version = number.has_decimal && number.frac_digits == 1 &&
                       number.int_digits <= 2 && !number.has_separator;
  if (version && HasCapital(*prev) && !possessive &&
      !HasRole(*prev, kRoleNotName) && !HasRole(*prev, kRoleMonth) &&
      !SentenceInitial(t, a.first - 1) && a.number.scale == 1) {
    return true;  // "the Snowy 2.0 project", "Web 3.0"
  }
  const Token* next = At(t, a.end);
  if (next != nullptr && IsDash(*next) && !next->space_before &&
      At(t, a.end + 1) && !At(t, a.end + 1)->space_before &&
      IsCapitalized(*At(t, a.end + 1))) {
    return true;  // "7-Eleven"
  }
  return next != nullptr && !next->space_before &&
         next->kind != TokenKind::kSymbol;  // "3D"
}

// True if no word of the sentence opens with a lowercase letter of four
// letters or more: a headline set in title case ("Only Two Of Five Patients
// Got Care").
bool TitleCase(const std::vector<Token>& t) {
  for (const Token& w : t) {
    if (w.kind == TokenKind::kWord && w.raw.size() >= 4 && w.raw[0] >= 'a' &&
        w.raw[0] <= 'z') {
      return false;
    }
  }
  return true;
}

// True if the word tokens[i] opens with a capital and goes on in lowercase
// ("Zero", "Formula"; not "ZERO", "SHOOTING", "the").
bool NameCased(const std::vector<Token>& t, int i) {
  const Token* w = At(t, i);
  if (w == nullptr || w->kind != TokenKind::kWord || w->raw.size() < 2 ||
      !IsCapitalized(*w)) {
    return false;
  }
  for (char c : w->raw.substr(1)) {
    if (c >= 'a' && c <= 'z') return true;
  }
  return false;
}

// "Net Zero Secretary", "the Formula One team", "Channel Four News", "the
// Gang of Eight": a number word written with a capital inside a sentence,
// against another capitalized word or after "of" and one, is part of a name
// (an all-capitals headline run into the sentence is no name: "SHOOTING
// Three people were held").
bool NumberWordInName(const std::vector<Token>& t, const Amount& a) {
  if (t[a.number_first].kind != TokenKind::kWord ||
      !NameCased(t, a.number_first) || a.first != a.number_first ||
      SentenceInitial(t, a.number_first)) {
    return false;
  }
  const Token* before = At(t, a.first - 1);
  const bool of_name = before != nullptr && before->lower == "of" &&
                       NameCased(t, a.first - 2);  // "Group of Seven"
  const bool named = NameCased(t, a.first - 1) ||
                     NameCased(t, a.number_end) || of_name;
  return named && !TitleCase(t);
}

// "1. Despite ...", "5) Taliban ...": a numbered list item.
bool IsListMarker(const std::vector<Token>& t, const Amount& a) {
  const Token* next = At(t, a.number_end);
  return a.first == 0 && a.number_end == a.number_first + 1 &&
         t[a.number_first].int_digits <= 2 && !t[a.number_first].has_decimal &&
         next != nullptr && (IsSymbol(*next, ".") || IsSymbol(*next, ")")) &&
         (At(t, a.number_end + 1) == nullptr ||
          IsCapitalized(*At(t, a.number_end + 1)));
}

// "part 1", "Chapter 11", "Section 230", "Flight 370": a label, not an amount.
bool AfterIdentifierWord(const std::vector<Token>& t, const Amount& a) {
  const Token* prev = At(t, a.first - 1);
  if (prev == nullptr || prev->kind != TokenKind::kWord ||
      a.first != a.number_first || t[a.number_first].has_decimal ||
      t[a.number_first].has_separator) {
    return false;
  }
  return lexicon::IsIdentifierLabel(prev->lower);
}

// "at Km 1,075 of the waterway", "at kilometre 42", "past mile 23": a
// kilometre or mile post, named by the singular unit word just before the
// number after a post preposition ("at", "past"), or by a capitalized "Km"
// or "Mile" not after "every"/"each"/"per"/"a" (not "for every mile 3
// trees", nor after another number: "5 km 200").
bool IsDistancePost(const std::vector<Token>& t, const Amount& a,
                    const FigureLexicon& lex) {
  const Token* unit = At(t, a.first - 1);
  if (unit == nullptr || a.first != a.number_first ||
      unit->kind != TokenKind::kWord || unit->lower.back() == 's') {
    return false;
  }
  const PhraseMatch m = lex.unit_phrases.Match(t, a.first - 1);
  if (!m.found() || m.length != 1 ||
      !lexicon::IsPostUnit(lex.units[m.index].unit)) {
    return false;
  }
  const Token* before = At(t, a.first - 2);
  if (before == nullptr || before->kind != TokenKind::kWord) {
    return IsCapitalized(*unit) &&
           (before == nullptr || before->kind != TokenKind::kNumber);
  }
  if (lexicon::IsPostPreposition(before->lower)) return true;
  return IsCapitalized(*unit) && !lexicon::IsEachUnitWord(before->lower);
}

// "a single 3-pointer", "an 18-wheeler": a number joined by a hyphen to a
// noun it makes a kind of thing names that kind; it counts nothing.
bool InKindNoun(const std::vector<Token>& t, const Amount& a) {
  const Token* noun = At(t, a.number_end + 1);
  return AdjacentDash(t, a.number_end) && noun->kind == TokenKind::kWord &&
         lexicon::IsNumberedKindNoun(noun->lower);
}

// True if tokens[i] may end a noun phrase: nothing, a mark, a word that
// stops a subject ("to", "and") or a verb form ("received"), or an adverb in
// "-ly" that itself ends the phrase ("immediately."); not a noun the number
// could count ("workers") nor an adverb before one ("randomly selected").
bool EndsNamedThing(const std::vector<Token>& t, int i) {
  const Token* next = At(t, i);
  if (next == nullptr || next->kind != TokenKind::kWord) return true;
  const absl::string_view w = next->lower;
  if (w.size() > 4 && w.substr(w.size() - 2) == "ly") {
    const Token* after = At(t, i + 1);
    return after == nullptr || after->kind != TokenKind::kWord ||
           HasRole(*after, kRoleSubjectStop);
  }
  return HasRole(*next, kRoleSubjectStop) || IsVerbFormShape(w);
}

// "call 999", "call 911 now", "call 111 for advice": after a verb of calling
// that also takes people, a bare number is dialled only when it has 3 or 4
// digits and nothing or a word of urgency, purpose or condition follows.
bool CalledNumberEnds(const std::vector<Token>& t, const Amount& a) {
  const int digits = t[a.number_first].int_digits;
  if (a.number_end != a.number_first + 1 || digits < 3 || digits > 4) {
    return false;
  }
  const Token* next = At(t, a.end);
  return next == nullptr || next->kind != TokenKind::kWord ||
         lexicon::IsServiceCallFollower(next->lower);
}

// True if a noun that names a service stands at tokens[k], k being the
// amount's end or the word after it: a service noun at either ("the 311
// hotline", "the 38 bus"), "line"/"channel" only after a singular noun ("the
// 811 nurse line"; not "the 40 line workers", "the 24 care lines").
bool ServiceNounAt(const std::vector<Token>& t, const Amount& a, int k) {
  const Token& noun = t[k];
  if (lexicon::IsNumberedServiceNoun(noun.lower)) return true;
  if (k != a.end + 1 || !lexicon::IsNumberedLineNoun(noun.lower)) return false;
  const absl::string_view before = t[a.end].lower;
  return !before.empty() && before.back() != 's';
}

// "dial 911", "call 999 immediately", "the 311 hotline", "the 811 nurse
// line", "the 38 bus": a bare number dialled, or naming a phone service or a
// route by a singular noun after "the" (a count would take the plural).
bool IsServiceNumber(const std::vector<Token>& t, const Amount& a) {
  const Token& number = t[a.number_first];
  const Token* prev = At(t, a.first - 1);
  if (a.first != a.number_first || number.has_separator ||
      number.has_decimal || prev == nullptr || prev->kind != TokenKind::kWord) {
    return false;
  }
  if (lexicon::IsDialVerb(prev->lower)) return EndsNamedThing(t, a.end);
  if (lexicon::IsCallVerb(prev->lower)) return CalledNumberEnds(t, a);
  if (prev->lower != "the") return false;
  for (int k = a.end; k < a.end + 2; ++k) {
    const Token* noun = At(t, k);
    if (noun == nullptr || noun->kind != TokenKind::kWord) return false;
    if (ServiceNounAt(t, a, k)) return EndsNamedThing(t, k + 1);
  }
  return false;
}

// "one inside the four-foot", "rest in the eight-foot": a length in feet
// joined to its number by a hyphen is an adjective; after "the" with no noun
// after it it names a curling ring, not a measure ("the 100-metre final"
// keeps its noun, "won the 400-metre" is a race: both stay figures).
bool HyphenedLengthAsNoun(const std::vector<Token>& t, const Amount& a) {
  if (a.unit == nullptr || a.unit->dimension != v1::DIMENSION_LENGTH ||
      !lexicon::IsRingLengthUnit(a.unit->unit) ||
      a.first != a.number_first || a.number_first == 0 ||
      !IsWordAt(t, a.number_first - 1, "the") ||
      !AdjacentDash(t, a.number_end)) {
    return false;
  }
  const Token* next = At(t, a.end);
  return next == nullptr || next->kind != TokenKind::kWord ||
         HasRole(*next, kRoleSubjectStop);
}

bool IsStreetNumber(const std::vector<Token>& t, const Amount& a,
                    const FigureLexicon& lex) {
  int k = a.end;
  int capitals = 0;
  while (capitals < 3 && At(t, k) && IsCapitalized(*At(t, k))) {
    if (capitals > 0 && HasRole(*At(t, k), kRoleStreet)) return true;
    ++capitals;
    ++k;
  }
  return false;
}

// The word joining the low and the high end of a spelled range ("one to two
// degrees").
constexpr absl::string_view kRangeJoiner = "to";

// The value of tokens[i] as a count: a number, or a cardinal number word;
// -1 for anything else.
double CountValue(const std::vector<Token>& t, int i,
                  const FigureLexicon& lex) {
  const Token* w = At(t, i);
  if (w == nullptr) return -1;
  if (w->kind == TokenKind::kNumber) return w->value;
  const lexicon::NumberWordEntry* entry = lex.NumberWord(*w);
  return entry != nullptr && (entry->kind == lexicon::NumberWordKind::kUnit ||
                              entry->kind == lexicon::NumberWordKind::kTens)
             ? entry->value
             : -1;
}

// True if the unit word at tokens[k] is a preposition with its object after
// it ("in the final", "in 2020"), not the unit ("two in. of snow", "two in
// of rain").
bool PrepositionNotUnit(const std::vector<Token>& t, int k) {
  if (!HasRole(t[k], kRoleSubjectStop)) return false;
  const Token* object = At(t, k + 1);
  return object != nullptr && object->kind != TokenKind::kSymbol &&
         !IsWordAt(t, k + 1, "of");
}

// True if the lone "one" of `a` opens a range of things counted or measured
// ("one to two degrees", "one to 3 hours", "one to three Supreme Court
// appointments"): "to", a high end above one, then a unit, a scale or a
// noun; after "between", "and" and a high end above one ("between one and
// three"). A bare high end is a ratio, odds or a score ("odds of one to five",
// "one to nil", "from one to eight to one to twelve"); after a form of "be"
// a count of nouns is a ratio too ("He was one to 2,000 applicants"), a
// unit a range ("The wait is one to two weeks"). A word between a count and
// its noun is stepped over ("one to two more storms", "one to five other
// bidders"); a unit that is also a preposition is read as the preposition
// ("one to five in the final").
bool OneOpensRange(const std::vector<Token>& t, const Amount& a,
                   const FigureLexicon& lex) {
  if (IsWordAt(t, a.first - 1, "between") && IsWordAt(t, a.end, "and")) {
    return CountValue(t, a.end + 1, lex) > 1;  // "between one and three vials"
  }
  if (!IsWordAt(t, a.end, kRangeJoiner) || CountValue(t, a.end + 1, lex) <= 1) {
    return false;
  }
  int k = a.end + 2;
  const Token* opener = At(t, k);
  if (opener != nullptr && opener->kind == TokenKind::kWord &&
      lexicon::IsCountedNounOpener(opener->lower)) {
    ++k;  // "one to two more storms"
  }
  const Token* noun = At(t, k);
  if (noun == nullptr || noun->kind != TokenKind::kWord) return false;
  const lexicon::NumberWordEntry* scale = lex.NumberWord(*noun);
  if ((HasRole(*noun, kRoleUnit) && !PrepositionNotUnit(t, k)) ||
      (scale != nullptr && (scale->kind == lexicon::NumberWordKind::kScale ||
                            scale->kind == lexicon::NumberWordKind::kHundred))) {
    return true;  // "one to two degrees", "one to two million"
  }
  const Token* prev = At(t, a.first - 1);
  const bool copula = prev != nullptr && prev->kind == TokenKind::kWord &&
                      lexicon::IsBeForm(prev->lower);
  return !copula && !HasRole(*noun, kRoleSubjectStop) &&
         !HasRole(*noun, kRoleNumberWord);
}

// True if the lone "one" of `a` is a pronoun or an idiom ("one of them", "one
// suggested"), not a count; "one to two degrees" opens a range.
bool PronounOne(const std::vector<Token>& t, const Amount& a,
                const FigureLexicon& lex) {
  if (a.first == 0 && a.end == static_cast<int>(t.size())) return false;
  if (OneOpensRange(t, a, lex)) return false;
  const Token* next = At(t, a.end);
  if (next == nullptr || next->kind != TokenKind::kWord ||
      IsCapitalized(*next) || HasRole(*next, kRoleOneFollower) ||
      HasRole(*next, kRoleSubjectStop)) {
    return true;
  }
  const absl::string_view w = next->lower;
  if ((w.size() > 3 &&
       (w.substr(w.size() - 2) == "ed" || w.substr(w.size() - 3) == "ing")) ||
      w.find('\'') != absl::string_view::npos ||
      w.find("\xE2\x80\x99") != absl::string_view::npos) {
    return true;  // "one suggested", "one that's"
  }
  const Token* prev = At(t, a.first - 1);
  return prev != nullptr && prev->kind == TokenKind::kWord &&
         lexicon::IsPronounOneDeterminer(prev->lower);
}

// "6.85 per cent two years ago": a length of time counted back from now is a
// point in time (when), not an amount of time; "in the three months to
// September 30": a reporting window ending at a date is read as a time scope
// of the figures it bounds. A period the sentence is about otherwise ("over
// the next three years", "the past 12 months") is a figure of its own and
// also the time scope of the figures it bounds.
bool IsPointInTime(const std::vector<Token>& t, const Amount& a,
                   bool qualified) {
  if (qualified || a.unit == nullptr || a.age || a.per != nullptr ||
      a.unit->dimension != v1::DIMENSION_DURATION) {
    return false;
  }
  const Token* opener = At(t, a.first - 1);
  const Token* next = At(t, a.end);
  if (next == nullptr || next->kind != TokenKind::kWord) return false;
  if (lexicon::IsCountedBackWord(next->lower)) return true;
  return opener != nullptr && opener->lower == "the" &&
         lexicon::IsPeriodEndWord(next->lower);
}

// True if the word tokens[i] spells out `unit`'s name ("Mile", "Cups",
// "Kilometres") rather than writing its symbol ("Km", "GWh", "MWh").
bool SpellsUnitName(const std::vector<Token>& t, int i,
                    const lexicon::UnitEntry& unit) {
  const Token* w = At(t, i);
  return w != nullptr &&
         absl::StartsWith(w->lower, lexicon::LongUnitName(unit.unit));
}

// "the 1872 Cup", "the 2012 Mile": a year-shaped number before a unit name
// written with a capital inside a sentence is part of a name, not a measure
// (a symbol is a measure still: "1500 GWh", "1200 Km").
bool YearBeforeCapitalUnit(const std::vector<Token>& t, const Amount& a) {
  const Token& number = t[a.number_first];
  if (a.unit == nullptr || a.currency != nullptr || a.per != nullptr ||
      !IsFourDigitYear(number, kFirstYear) ||
      a.number_end != a.number_first + 1 || a.number.scale != 1) {
    return false;
  }
  return NameCased(t, a.number_end) &&
         SpellsUnitName(t, a.number_end, *a.unit) && !TitleCase(t);
}

// "30mg of sugar per 100 millilitres": a measure after "per" is the base of
// a rate, part of the figure before it, not a figure of its own (a bare
// count, "85 per 100,000", joins the rate later; "per 40-foot container" is
// a unit of the thing counted).
bool RateBase(const std::vector<Token>& t, const Amount& a) {
  const Token* prev = At(t, a.first - 1);
  if (prev == nullptr || prev->kind != TokenKind::kWord ||
      !lexicon::IsRatePreposition(prev->lower) || a.unit == nullptr) {
    return false;
  }
  const Token* joint = At(t, a.number_end);
  return joint == nullptr || !IsDash(*joint);
}

// "0113 496 0123", "020 7946 0958": a national number with a leading zero
// written in groups; returns its end or i.
int GroupedPhoneEnd(const std::vector<Token>& t, int i) {
  const Token* first = At(t, i);
  if (first == nullptr || !first->leading_zero || first->has_decimal ||
      first->has_separator || first->int_digits < 3 || first->int_digits > 5) {
    return i;
  }
  int k = i + 1;
  int digits = first->int_digits;
  while (k < i + 4 && At(t, k) && At(t, k)->kind == TokenKind::kNumber &&
         At(t, k)->space_before && !At(t, k)->has_decimal &&
         !At(t, k)->has_separator && At(t, k)->int_digits >= 3 &&
         At(t, k)->int_digits <= 4) {
    digits += At(t, k)->int_digits;
    ++k;
  }
  return k > i + 1 && digits >= 10 && digits <= 11 ? k : i;
}

// "a third-party candidate", "the fourth-largest": an ordinal joined to a
// word, not a fraction.
bool OrdinalAdjective(const std::vector<Token>& t, const Amount& a) {
  if (!a.number.fraction || !a.number.words || a.unit != nullptr ||
      a.currency != nullptr || !AdjacentDash(t, a.end)) {
    return false;
  }
  const absl::string_view w = t[a.number_end - 1].lower;
  const bool ordinal =
      w.size() > 3 && (w.substr(w.size() - 2) == "th" ||
                       w.substr(w.size() - 2) == "rd" || w == "second");
  const Token* word = At(t, a.end + 1);
  return ordinal && word != nullptr && word->kind == TokenKind::kWord;
}

// "+1 202-555-0143", "+44 20 7946 0958": a country code and at least eight
// digits in groups; returns the end or i.
int InternationalPhoneEnd(const std::vector<Token>& t, int i) {
  const Token* plus = At(t, i);
  const Token* code = At(t, i + 1);
  if (plus == nullptr || !IsSymbol(*plus, "+") || code == nullptr ||
      code->kind != TokenKind::kNumber || code->space_before) {
    return i;
  }
  int k = i + 1;
  int digits = 0;
  while (const Token* tok = At(t, k)) {
    if (tok->kind == TokenKind::kNumber && !tok->has_decimal) {
      digits += tok->int_digits;
    } else if (!(IsDash(*tok) || IsSymbol(*tok, "(") || IsSymbol(*tok, ")")) ||
               At(t, k + 1) == nullptr ||
               At(t, k + 1)->kind != TokenKind::kNumber) {
      break;
    }
    ++k;
  }
  return digits >= 8 ? k : i;
}

// "one-on-one", "two-by-four": number words joined into an idiom.
bool InNumberIdiom(const std::vector<Token>& t, const Amount& a) {
  const Token& number = t[a.number_first];
  if (number.kind != TokenKind::kWord || a.number_end != a.number_first + 1) {
    return false;
  }
  auto joiner = [&](int i) {
    const Token* w = At(t, i);
    return w != nullptr && w->kind == TokenKind::kWord &&
           (w->lower == "on" || w->lower == "by" || w->lower == "to" ||
            w->lower == "for");
  };
  const bool before = AdjacentDash(t, a.number_first - 1) &&
                      joiner(a.number_first - 2) &&
                      AdjacentDash(t, a.number_first - 3);
  const bool after = AdjacentDash(t, a.number_end) &&
                     joiner(a.number_end + 1) &&
                     AdjacentDash(t, a.number_end + 2);
  return before || after;
}

// "nil-rate band", "zero-hours contracts", "zero-sum game": "zero" or "nil"
// joined to the word after it names a kind of thing, not an amount of none
// ("zero-percent financing" stays a rate).
bool ZeroCompound(const std::vector<Token>& t, const Amount& a) {
  const Token& number = t[a.number_first];
  if (number.kind != TokenKind::kWord || a.value != 0 ||
      a.number_end != a.number_first + 1 || !AdjacentDash(t, a.number_end)) {
    return false;
  }
  const Token* next = At(t, a.number_end + 1);
  return next->kind == TokenKind::kWord &&
         (a.unit == nullptr || a.unit->dimension != v1::DIMENSION_PERCENT);
}

// "the 2027-28 season", "in 2024/25", "the 2019-2020 year": the number after
// a year and a dash or slash, glued to both, ends a span of years (two digits
// past the first year's, or a later year before a period noun), not a count.
bool EndsYearSpan(const std::vector<Token>& t, const Amount& a) {
  const Token& number = t[a.number_first];
  const Token* mark = At(t, a.number_first - 1);
  const Token* year = At(t, a.number_first - 2);
  if (a.first != a.number_first || number.kind != TokenKind::kNumber ||
      number.has_decimal || number.has_separator || number.space_before ||
      mark == nullptr || mark->space_before ||
      !(IsDash(*mark) || IsSymbol(*mark, "/")) || year == nullptr ||
      !IsFourDigitYear(*year, kFirstYear)) {
    return false;
  }
  if (number.int_digits == 2) {
    return number.value > static_cast<double>(static_cast<int>(year->value) % 100);
  }
  return number.int_digits == 4 && number.value > year->value &&
         number.value <= kLastYear && a.unit != nullptr &&
         a.unit->dimension == v1::DIMENSION_DURATION;
}

// "back in '87", "the class of '92", "since '09,": two digits glued after an
// apostrophe are a year with its century left out, when a time word leads,
// no word or a capitalized one follows, or a stop word follows after a word
// ("the '98 and '02 squads"); after a mark the apostrophe opens a quotation
// ("'40 people lost their homes'", "He said: '40 of us were hurt'").
bool IsElidedYear(const std::vector<Token>& t, const Amount& a) {
  const Token& number = t[a.number_first];
  const Token* mark = At(t, a.first - 1);
  if (a.first != a.number_first || a.number_end != a.number_first + 1 ||
      number.kind != TokenKind::kNumber || number.int_digits != 2 ||
      number.has_decimal || number.has_separator || number.space_before ||
      mark == nullptr || !(IsSymbol(*mark, "'") ||
                           IsSymbol(*mark, "\xE2\x80\x99"))) {
    return false;
  }
  const Token* lead = At(t, a.first - 2);
  if (lead != nullptr && lead->kind == TokenKind::kWord &&
      lexicon::IsElidedYearLead(lead->lower)) {
    return true;
  }
  const Token* next = At(t, a.end);
  if (lead == nullptr) return false;
  if (next == nullptr || next->kind != TokenKind::kWord ||
      IsCapitalized(*next)) {
    return true;
  }
  return lead->kind == TokenKind::kWord && HasRole(*next, kRoleSubjectStop);
}

// "Reading time: 6 mins", "3 min read", "8-minute read": page furniture
// telling how long the story takes to read.
bool IsReadingTime(const std::vector<Token>& t, const Amount& a) {
  if (a.unit == nullptr || absl::string_view(a.unit->unit) != "minute" ||
      a.per != nullptr) {
    return false;
  }
  if (IsWordAt(t, a.end, "read")) return true;
  const Token* colon = At(t, a.first - 1);
  return colon != nullptr && IsSymbol(*colon, ":") &&
         IsWordAt(t, a.first - 2, "time") &&
         (IsWordAt(t, a.first - 3, "reading") ||
          IsWordAt(t, a.first - 3, "read"));
}

// "twenty-foot equivalent units", "40-foot-equivalent": a measure joined to
// its number by a hyphen before "equivalent" names the unit things are
// counted in (a container size), not a length of anything.
bool InUnitName(const std::vector<Token>& t, const Amount& a) {
  if (a.unit == nullptr || a.number_end >= a.end) return false;
  const Token* joint = At(t, a.number_end);
  if (joint == nullptr || !IsDash(*joint) || joint->space_before) return false;
  int k = a.end;
  const Token* next = At(t, k);
  if (next != nullptr && IsDash(*next) && !next->space_before) ++k;
  return IsWordAt(t, k, "equivalent");
}

}  // namespace

int PhoneNumberEnd(const std::vector<Token>& t, int i) {
  const int grouped = GroupedPhoneEnd(t, i);
  if (grouped > i) return grouped;
  const int international = InternationalPhoneEnd(t, i);
  if (international > i) return international;
  int k = i;
  bool area = false;
  if (At(t, k) && IsSymbol(*At(t, k), "(") && PlainDigits(At(t, k + 1), 3) &&
      At(t, k + 2) && IsSymbol(*At(t, k + 2), ")")) {
    area = true;
    k += 3;
  }
  if (!PlainDigits(At(t, k), 3)) return i;
  if (!AdjacentDash(t, k + 1)) {
    // "613 555 1234" after an area code only.
    if (area && PlainDigits(At(t, k + 1), 4)) return k + 2;
    return i;
  }
  if (PlainDigits(At(t, k + 2), 4)) return k + 3;
  if (PlainDigits(At(t, k + 2), 3) && AdjacentDash(t, k + 3) &&
      PlainDigits(At(t, k + 4), 4)) {
    return k + 5;
  }
  return i;
}

bool IsYearLike(const std::vector<Token>& t, const Amount& a) {
  const Token& number = t[a.number_first];
  return IsFourDigitYear(number, kFirstYear) && !number.leading_zero &&
         a.number_end == a.number_first + 1 && a.number.scale == 1 &&
         a.currency == nullptr && a.unit == nullptr && !a.times && !a.age;
}

namespace {

// Whether amount `a` is one bare number shaped like a clock time
// (ClockShaped) whose minutes are in steps of five ("18.30", "07.45").
bool RoundClockAmount(const std::vector<Token>& t, const Amount& a) {
  constexpr int kMinuteStep = 5;
  if (a.unit != nullptr || a.currency != nullptr || a.per != nullptr ||
      a.number_end != a.number_first + 1 || !ClockShaped(t[a.number_first])) {
    return false;
  }
  const double v = t[a.number_first].value;
  const int minutes = static_cast<int>(std::round((v - std::floor(v)) * 100));
  return minutes % kMinuteStep == 0;
}

}  // namespace

bool IsClockRange(const std::vector<Token>& t, const Amount& first,
                  const Amount& second) {
  return RoundClockAmount(t, first) && RoundClockAmount(t, second) &&
         (t[first.number_first].int_digits == 2 ||
          t[second.number_first].int_digits == 2);
}

bool NotAFigure(const std::vector<Token>& t, const Amount& a, bool qualified,
                const FigureLexicon& lex) {
  const Token* after_number = At(t, a.number_end);
  if (after_number != nullptr && after_number->kind == TokenKind::kWord &&
      !after_number->space_before) {
    const absl::string_view w = after_number->lower;
    if (w == "st" || w == "nd" || w == "rd" || w == "th" || w == "s")
      return true;
  }
  const Token& number = t[a.number_first];
  if (OrdinalAdjective(t, a) || InNumberIdiom(t, a)) return true;
  if (ZeroCompound(t, a) || InUnitName(t, a)) return true;
  const Token* dash = At(t, a.number_first - 1);
  if (number.kind == TokenKind::kWord && IsCapitalized(number) &&
      !number.space_before && dash != nullptr && IsDash(*dash) &&
      At(t, a.number_first - 2) &&
      At(t, a.number_first - 2)->kind == TokenKind::kNumber) {
    return true;  // the "Eleven" of "7-Eleven"
  }
  if (number.kind == TokenKind::kNumber) {
    if (IsClockTime(t, a)) return true;
    if (number.int_digits >= 10 && !number.has_separator && !number.has_decimal)
      return true;
  }
  if (IsPointInTime(t, a, qualified) || IsReadingTime(t, a)) return true;
  if (YearBeforeCapitalUnit(t, a) || RateBase(t, a) || EndsYearSpan(t, a)) return true;
  if (HyphenedLengthAsNoun(t, a)) return true;
  const bool plain = a.currency == nullptr && a.unit == nullptr && !a.times &&
                     !a.age && !a.ratio;
  if (!plain) return false;
  if (number.kind == TokenKind::kNumber) {
    if (IsDateDay(t, a, lex) || IsListMarker(t, a) ||
        AfterIdentifierWord(t, a) || IsElidedYear(t, a) ||
        IsPointClockTime(t, a) || LoneClockLine(t, a) ||
        AfterStreetLeadWord(t, a) ||
        IsDistancePost(t, a, lex)) {
      return true;
    }
    if (IsYearLike(t, a)) {
      const Token* next = At(t, a.end);
      const bool counts = next != nullptr && next->kind == TokenKind::kWord &&
                          !IsCapitalized(*next) &&
                          !HasRole(*next, kRoleSubjectStop);
      return !(qualified && counts);
    }
    if (InName(t, a, lex) || IsStreetNumber(t, a, lex) ||
        IsServiceNumber(t, a)) {
      return true;
    }
  } else if (NumberWordInName(t, a)) {
    return true;
  }
  if (InKindNoun(t, a)) return true;
  return a.number.single_one && PronounOne(t, a, lex);
}

}  // namespace figure_internal
}  // namespace factwire
