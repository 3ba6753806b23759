#include "ingest-service/parse/dates.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/string_view.h"
#include "ingest-service/parse/header_words.h"
#include "ingest-service/parse/utf8.h"

namespace factwire {
namespace {

enum class TokenKind { kWord, kNumber, kSymbol };

struct Token {
  TokenKind kind = TokenKind::kSymbol;
  std::string word;  // lowercased word, or the symbol
  int number = 0;
  int digits = 0;
  bool capitals = false;  // a word written in capitals ("EAT")
};

// The ASCII letters that letters with a diacritic past ASCII fold to, by
// ranges of code points: Latin-1, Latin Extended-A, and the Romanian
// comma-below letters of Extended-B.
struct FoldRange {
  uint32_t first;
  uint32_t last;
  char base;
};
constexpr FoldRange kFoldRanges[] = {
    {0xC0, 0xC5, 'a'},   {0xC7, 0xC7, 'c'},   {0xC8, 0xCB, 'e'},   {0xCC, 0xCF, 'i'},
    {0xD1, 0xD1, 'n'},   {0xD2, 0xD6, 'o'},   {0xD8, 0xD8, 'o'},   {0xD9, 0xDC, 'u'},
    {0xDD, 0xDD, 'y'},   {0xE0, 0xE5, 'a'},   {0xE7, 0xE7, 'c'},   {0xE8, 0xEB, 'e'},
    {0xEC, 0xEF, 'i'},   {0xF1, 0xF1, 'n'},   {0xF2, 0xF6, 'o'},   {0xF8, 0xF8, 'o'},
    {0xF9, 0xFC, 'u'},   {0xFD, 0xFD, 'y'},   {0xFF, 0xFF, 'y'},   {0x100, 0x105, 'a'},
    {0x106, 0x10D, 'c'}, {0x10E, 0x111, 'd'}, {0x112, 0x11B, 'e'}, {0x11C, 0x123, 'g'},
    {0x124, 0x127, 'h'}, {0x128, 0x131, 'i'}, {0x134, 0x135, 'j'}, {0x136, 0x137, 'k'},
    {0x139, 0x142, 'l'}, {0x143, 0x148, 'n'}, {0x14C, 0x151, 'o'}, {0x154, 0x159, 'r'},
    {0x15A, 0x161, 's'}, {0x162, 0x167, 't'}, {0x168, 0x173, 'u'}, {0x174, 0x175, 'w'},
    {0x176, 0x178, 'y'}, {0x179, 0x17E, 'z'}, {0x218, 0x219, 's'}, {0x21A, 0x21B, 't'},
};

// The ASCII letter, in lowercase, that the letter with a diacritic opening
// line[i] folds to ("ä" of "März" -> 'a', "é" of "février" -> 'e', "Ş" of
// "Şubat" -> 's'), its size in *size and its code point in *code_point (when
// given); 0 when line[i] opens no such letter. The ranges, in order, are
// searched by halves.
char FoldedLetterAt(absl::string_view line, size_t i, int* size,
                    uint32_t* code_point = nullptr) {
  if (static_cast<unsigned char>(line[i]) < 0x80) return 0;
  const uint32_t cp = FirstCodePoint(line.substr(i), size);
  if (code_point != nullptr) *code_point = cp;
  const FoldRange* r = std::lower_bound(
      std::begin(kFoldRanges), std::end(kFoldRanges), cp,
      [](const FoldRange& range, uint32_t c) { return range.last < c; });
  return r != std::end(kFoldRanges) && cp >= r->first ? r->base : 0;
}

// The digits to read of the run at line[i]: 4 when it is a year of 19xx or
// 20xx glued to the time or the day after it, as copied page stamps run
// together ("November 3, 20253:41 PM", "3 Nov 20253 Nov 2025": five or six
// digits, then ':' or a space and a letter); else up to 9.
int GluedYearSize(absl::string_view line, size_t i) {
  constexpr int kMaxDigits = 9;
  constexpr int kYearDigits = 4;
  size_t end = i;
  while (end < line.size() && absl::ascii_isdigit(line[end])) ++end;
  const size_t run = end - i;
  if (run < 5 || run > 6 || end >= line.size()) return kMaxDigits;
  const absl::string_view century = line.substr(i, 2);
  if (century != "19" && century != "20") return kMaxDigits;
  const bool time_after = line[end] == ':';
  const bool word_after = line[end] == ' ' && end + 1 < line.size() &&
                          absl::ascii_isalpha(line[end + 1]);
  return time_after || word_after ? kYearDigits : kMaxDigits;
}

// Reads the word at line[*i] into `*t` and moves *i past it: its letters in
// lowercase, those with a diacritic folded to ASCII (FoldedLetterAt: "März"
// -> "marz", "février" -> "fevrier"), its dots dropped ("Feb." -> "feb").
void ReadWord(absl::string_view line, size_t* at, Token* t) {
  size_t& i = *at;
  *t = Token{TokenKind::kWord, "", 0, 0, true};
  while (i < line.size()) {
    int size = 0;
    uint32_t code_point = 0;
    if (const char folded = FoldedLetterAt(line, i, &size, &code_point); folded != 0) {
      t->word.push_back(folded);
      t->capitals = t->capitals && !IsSmallLetter(code_point);
      i += size;
      continue;
    }
    if (!absl::ascii_isalpha(line[i]) && line[i] != '.') return;
    if (line[i] != '.') t->word.push_back(absl::ascii_tolower(line[i]));
    t->capitals = t->capitals && !absl::ascii_islower(line[i]);
    ++i;
  }
}

// Reads the token at or after line[*i] into `*t` and moves *i past it; false at
// the end of the line (spaces, commas, pipes and other separators carry no
// meaning here and are skipped; brackets are kept for notes like "(Nairobi
// time)").
bool NextToken(absl::string_view line, size_t* at, Token* t) {
  size_t& i = *at;
  while (i < line.size()) {
    const unsigned char c = line[i];
    if (absl::ascii_isdigit(c)) {
      *t = Token{TokenKind::kNumber, "", 0, 0};
      const int max_digits = GluedYearSize(line, i);
      while (i < line.size() && absl::ascii_isdigit(line[i]) && t->digits < max_digits) {
        t->number = t->number * 10 + (line[i] - '0');
        ++t->digits;
        ++i;
      }
      // Ordinal suffixes: 4th, 1st, 2nd, 3rd.
      if (i + 1 < line.size() && absl::ascii_isalpha(line[i]) &&
          absl::ascii_isalpha(line[i + 1]) &&
          (i + 2 >= line.size() || !absl::ascii_isalpha(line[i + 2]))) {
        const std::string suffix = absl::AsciiStrToLower(line.substr(i, 2));
        if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") i += 2;
      }
      return true;
    }
    int size = 0;
    if (absl::ascii_isalpha(c) || FoldedLetterAt(line, i, &size) != 0) {
      ReadWord(line, &i, t);
      return true;
    }
    // A dot between digits separates the parts of "10.15" and "21.11.2021",
    // and so does one before a space in "21. 11. 2021", as Central European
    // pages print it.
    const size_t next = i + 1 < line.size() && line[i + 1] == ' ' ? i + 2 : i + 1;
    const bool dot_in_number = c == '.' && i > 0 && absl::ascii_isdigit(line[i - 1]) &&
                               next < line.size() && absl::ascii_isdigit(line[next]);
    ++i;
    if (c == '-' || c == '/' || c == ':' || c == '+' || c == '(' || c == ')' ||
        dot_in_number) {
      *t = Token{TokenKind::kSymbol, std::string(1, c), 0, 0};
      return true;
    }
  }
  return false;
}

std::vector<Token> Tokenize(absl::string_view line) {
  std::vector<Token> tokens;
  // Room for a token every other byte, as words and spaces take: one
  // allocation, no token moved as the vector grows, for most lines.
  tokens.reserve(line.size() / 2 + 1);
  size_t i = 0;
  Token t;
  while (NextToken(line, &i, &t)) tokens.push_back(std::move(t));
  return tokens;
}

// The names of the months in English, and in the common European languages
// news sites print dates in (German, French, Spanish, Portuguese, Italian,
// Romanian, Dutch, the Nordic languages, Polish in the genitive of "12
// lutego 2026", Turkish), written as ReadWord folds them ("März" -> "marz"),
// with the short forms that are no English words ("Sept.", "janv.", "dic.";
// not the Portuguese "set", "out" nor the Spanish "ago"). Each row is one
// month's.
constexpr absl::string_view kMonthNames[12][14] = {
    {"jan", "january", "januar", "janvier", "janv", "enero", "ene", "janeiro", "gennaio",
     "ianuarie", "januari", "stycznia", "ocak"},
    {"feb", "february", "februar", "fevrier", "fevr", "febrero", "fevereiro", "fev",
     "febbraio", "februarie", "februari", "lutego", "subat"},
    {"mar", "march", "marz", "mars", "marzo", "marco", "martie", "maart", "marts", "marca",
     "mart"},
    {"apr", "april", "avril", "avr", "abril", "abr", "aprile", "aprilie", "kwietnia",
     "nisan"},
    {"may", "mai", "mayo", "maio", "maggio", "mei", "maj", "maja", "mayis"},
    {"jun", "june", "juni", "juin", "junio", "junho", "giugno", "iunie", "czerwca",
     "haziran"},
    {"jul", "july", "juli", "juillet", "juil", "julio", "julho", "luglio", "iulie", "lipca",
     "temmuz"},
    {"aug", "august", "aout", "agosto", "augustus", "augusti", "sierpnia", "agustos"},
    {"sep", "sept", "september", "septembre", "septiembre", "setiembre", "setembro",
     "settembre", "septembrie", "wrzesnia", "eylul"},
    {"oct", "okt", "october", "oktober", "octobre", "octubre", "outubro", "ottobre",
     "octombrie", "pazdziernika", "ekim"},
    {"nov", "november", "novembre", "noviembre", "novembro", "noiembrie", "listopada",
     "kasim"},
    {"dec", "dez", "december", "dezember", "decembre", "diciembre", "dic", "dezembro",
     "dicembre", "decembrie", "grudnia", "aralik"},
};

// The month (1-12) `w`, a word as ReadWord writes it, names; 0 for others.
int MonthNumber(absl::string_view w) {
  static const auto* const kMonths = [] {
    auto* months = new absl::flat_hash_map<absl::string_view, int>();
    for (int m = 0; m < 12; ++m) {
      for (absl::string_view name : kMonthNames[m]) {
        if (!name.empty()) months->emplace(name, m + 1);
      }
    }
    return months;
  }();
  const auto it = kMonths->find(w);
  return it == kMonths->end() ? 0 : it->second;
}

// Time zones of countries that write the day before the month ("05/06/2022
// 10:15 BST" is 5 June).
constexpr absl::string_view kDayFirstZones[] = {
    "gmt", "bst", "cet", "cest", "ist", "aest", "aedt", "nzst", "nzdt", "sast",
    "eet", "eest", "aet", "awst", "acst", "acdt", "nzt", "hkt", "sgt", "wib",
    "pkt", "msk", "mez", "mesz", "wat", "myt", "ict", "npt", "wita", "trt", "brt",
    "clt", "cot", "wet"};

// True when `w` is one of kDayFirstZones.
bool IsDayFirstZone(absl::string_view w) {
  for (absl::string_view z : kDayFirstZones) {
    if (w == z) return true;
  }
  return false;
}

// The words between a day and its month, or a month and its year ("17th of
// November", "17 de novembro de 2026", "17 del 2026").
constexpr absl::string_view kDayMonthLinks[] = {"of", "de", "del"};

// True when `w` (a lowercased word) links a day to its month or a month to
// its year (kDayMonthLinks).
bool IsDayMonthLink(absl::string_view w) {
  for (absl::string_view link : kDayMonthLinks) {
    if (w == link) return true;
  }
  return false;
}

// Zones of countries that write the day before the month, read only in
// capitals right after a time ("03/04/2026 14:05 SLST", "08:40 EAT" is 3
// April): as words some are common ("eat", "cat"), so they are no date noise.
bool IsDayFirstZoneAfterTime(absl::string_view w) {
  static constexpr absl::string_view kZones[] = {"eat", "cat", "slst", "bdt"};
  for (absl::string_view z : kZones) {
    if (w == z) return true;
  }
  return false;
}

// Words that may surround a date on a date line: weekdays, labels (the stamp
// words of UpdateStampWords and PublishStampWords among them), time zones
// (those of IsDayFirstZone too).
bool IsDateNoise(absl::string_view w) {
  static constexpr absl::string_view kNoise[] = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon",
      "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
      "sun", "last", "on", "at", "today",
      "date", "am", "pm", "utc", "et", "est", "edt", "pt",
      "pst", "pdt", "ct", "cst", "cdt", "t", "z", "hrs",
      "first", "read", "reading", "ago", "mst", "mdt",
      "hst", "akst", "akdt", "jst", "kst", "pht", "ast", "adt",
      "nst", "ndt",
      // "Updated about 2 hours ago", "just now", "Page last updated at".
      "about", "just", "now", "page",
      // "Yesterday at 9:40", "Yesterday, 14 March 2026".
      "yesterday",
      // German: weekdays, "Aktualisiert am", "um 22:15 Uhr" ("Stand:" and
      // "Aktualisiert" are stamp words).
      "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
      "um", "uhr",
      // The weekdays of the other languages MonthNumber reads months in
      // (folded as ReadWord folds them; "feira" of the Portuguese
      // "sexta-feira"): French, Spanish, Portuguese, Italian, Romanian.
      "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
      "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo",
      "segunda", "terca", "quarta", "quinta", "sexta", "feira",
      "lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "sabato", "domenica",
      "luni", "marti", "miercuri", "joi", "vineri", "sambata", "duminica",
      // The articles before their dates ("Publie le", "Publicado el/em",
      // "Pubblicato il") and the words before their times ("a 10h15", "a las
      // 10:15", "as 10h15", "alle 10:15", "alle ore 10:15", "ora 10:15"), folded;
      // "Mis a jour le" ("jour" is an update stamp word).
      "le", "el", "il", "em", "a", "las", "as", "alle", "ore", "ora", "mis"};
  // With the words that label the date as an update or the first
  // publication (UpdateStampWords, PublishStampWords), and the day-first
  // zones (IsDayFirstZone): one look-up answers.
  static const auto* const kSet = [] {
    auto* set = new absl::flat_hash_set<absl::string_view>(std::begin(kNoise), std::end(kNoise));
    set->insert(UpdateStampWords().begin(), UpdateStampWords().end());
    set->insert(PublishStampWords().begin(), PublishStampWords().end());
    set->insert(std::begin(kDayFirstZones), std::end(kDayFirstZones));
    return set;
  }();
  return kSet->contains(w);
}

// What the label words before a date on a date line say of it.
enum class StampLabel { kNone, kUpdate, kPublish };

// The label `w` (a lowercased word IsDateNoise accepts) gives the date after
// it: an update ("Updated", "Last modified on", "Stand:") or the first
// publication ("Published", "Posted", "Originally published", "Created:");
// kNone for other words.
StampLabel LabelOf(absl::string_view w) {
  for (absl::string_view u : UpdateStampWords()) {
    if (w == u) return StampLabel::kUpdate;
  }
  for (absl::string_view p : PublishStampWords()) {
    if (w == p) return StampLabel::kPublish;
  }
  return StampLabel::kNone;
}

// True when `t`, right after a time or its "am"/"pm", is a time zone: two to
// five letters written in capitals ("EAT", "CAT", "AEDT", "WITA", and the
// short zones of North America: "NT", "AT", "PT"), listed or not.
bool IsZoneAfterTime(const Token& t) {
  constexpr size_t kMinZoneBytes = 2;
  constexpr size_t kMaxZoneBytes = 5;
  return t.kind == TokenKind::kWord && t.capitals && t.word.size() >= kMinZoneBytes &&
         t.word.size() <= kMaxZoneBytes;
}

// The tokens of a zone in capitals (IsZoneAfterTime) at tokens[i], bare or in
// brackets ("SLST" 1, "(SLST)" 3), as it follows a time; 0 for anything else.
size_t ZoneAfterTimeSize(const std::vector<Token>& t, size_t i) {
  if (IsZoneAfterTime(t[i])) return 1;
  if (t[i].word == "(" && i + 2 < t.size() && IsZoneAfterTime(t[i + 1]) &&
      t[i + 2].word == ")") {
    return 3;
  }
  return 0;
}

// The tokens of an offset after a zone at tokens[i] ("GMT+1", "UTC+05:30",
// "UTC-0500": the sign and its number, then ":" and minutes), 0 when there is
// none. The offset is not applied: a date line's date is the local date.
size_t ZoneOffsetSize(const std::vector<Token>& t, size_t i) {
  if (t[i].word != "utc" && t[i].word != "gmt") return 0;
  if (i + 2 >= t.size() || (t[i + 1].word != "+" && t[i + 1].word != "-") ||
      t[i + 2].kind != TokenKind::kNumber || t[i + 2].digits > 4) {
    return 0;
  }
  if (i + 4 < t.size() && t[i + 3].word == ":" && t[i + 4].kind == TokenKind::kNumber &&
      t[i + 4].digits == 2) {
    return 4;
  }
  return 2;
}

// The tokens of a bare offset at tokens[i] after a sign ("+01:00", "-0500" of
// "2025-11-03T23:40:00+01:00"), 0 when there is none. Not applied, as
// ZoneOffsetSize's.
size_t BareOffsetSize(const std::vector<Token>& t, size_t i) {
  if (i >= t.size() || t[i].kind != TokenKind::kNumber ||
      (t[i].digits != 2 && t[i].digits != 4)) {
    return 0;
  }
  if (t[i].digits == 2 && i + 2 < t.size() && t[i + 1].word == ":" &&
      t[i + 2].kind == TokenKind::kNumber && t[i + 2].digits == 2) {
    return 3;
  }
  return 1;
}

// True for a word that dates a stamp relative to now ("yesterday", "just
// now"): a relative time, as "2 hours ago".
bool IsRelativeDay(absl::string_view w) { return w == "yesterday" || w == "now"; }

// Units of a reading time or a relative time ("6 min read", "5 hours ago",
// "2h ago", "3 weeks ago").
bool IsDurationUnit(absl::string_view w) {
  static constexpr absl::string_view kUnits[] = {
      "min", "mins", "minute", "minutes", "hour", "hours", "hr", "hrs",
      "sec", "secs", "seconds", "day", "days", "week", "weeks", "wk", "wks",
      "h", "m", "d", "w"};
  for (absl::string_view u : kUnits) {
    if (w == u) return true;
  }
  return false;
}

// The tokens of an amount of time at tokens[i]: a number and its unit ("6
// min", "2h") or "a"/"an" and a unit ("an hour ago"); 0 for anything else.
size_t DurationSize(const std::vector<Token>& t, size_t i) {
  if (i + 1 >= t.size() || t[i + 1].kind != TokenKind::kWord ||
      !IsDurationUnit(t[i + 1].word)) {
    return 0;
  }
  const bool article = t[i].word == "a" || t[i].word == "an";
  return t[i].kind == TokenKind::kNumber || article ? 2 : 0;
}

// True when the line's first token is a word that is no month, no date noise
// and no "a"/"an" (which may open an amount of time, "an hour ago"):
// ParseDateLine's loop would return nullopt there, at its first token.
bool FirstWordEndsIt(absl::string_view line) {
  size_t i = 0;
  Token first;
  return NextToken(line, &i, &first) && first.kind == TokenKind::kWord &&
         MonthNumber(first.word) == 0 && !IsDateNoise(first.word) && first.word != "a" &&
         first.word != "an";
}

bool Plausible(const CivilDate& d) {
  return d.year >= 1900 && d.year <= 2200 && d.month >= 1 && d.month <= 12 &&
         d.day >= 1 && d.day <= 31;
}

// True if `t` is the word "am" or "pm".
bool IsMeridiem(const Token& t) { return t.word == "am" || t.word == "pm"; }

// True for a word closing a time of day that a zone may follow: "am", "pm",
// and "hrs" of the 24-hour clock ("14:05 hrs EAT").
bool IsClockMark(const Token& t) { return IsMeridiem(t) || t.word == "hrs"; }

// Reads a time "HH:MM[:SS] [am|pm]" starting at tokens[i]; returns tokens used.
size_t ReadTime(const std::vector<Token>& t, size_t i, CivilDate* d) {
  // "6 a.m.", "11pm": an hour of the clock and "am" or "pm", no minutes.
  constexpr int kMaxClockHour = 12;
  if (i + 1 < t.size() && t[i].kind == TokenKind::kNumber && t[i].number >= 1 &&
      t[i].number <= kMaxClockHour && t[i + 1].kind == TokenKind::kWord &&
      IsMeridiem(t[i + 1])) {
    const bool pm = t[i + 1].word == "pm";
    d->hour = t[i].number % kMaxClockHour + (pm ? kMaxClockHour : 0);
    d->minute = 0;
    return 2;
  }
  // "14:30", "14.30", "14h30" (as French and much African copy writes it).
  const bool h_time = i + 2 < t.size() && t[i + 1].word == "h" && t[i + 2].digits == 2;
  if (i + 2 >= t.size() || t[i].kind != TokenKind::kNumber ||
      (t[i + 1].word != ":" && t[i + 1].word != "." && !h_time) ||
      t[i + 2].kind != TokenKind::kNumber) {
    return 0;
  }
  size_t used = 3;
  d->hour = t[i].number;
  d->minute = t[i + 2].number;
  if (i + 4 < t.size() && t[i + 3].word == ":" && t[i + 4].kind == TokenKind::kNumber) {
    d->second = t[i + 4].number;
    used = 5;
  }
  if (i + used < t.size() && t[i + used].kind == TokenKind::kWord) {
    const std::string& w = t[i + used].word;
    if (w == "pm" && d->hour < 12) d->hour += 12;
    if (w == "am" && d->hour == 12) d->hour = 0;
  }
  return used;
}

// The tokens of a note in brackets that says whose clock a time is on, at
// tokens[i]: "(Nairobi time)", "(local time)", "(Ulaanbaatar local time)" — one
// to three words before "time" — or "local time" unbracketed ("6:12 p.m.
// local time"); 0 for anything else.
size_t LocalTimeNoteSize(const std::vector<Token>& t, size_t i) {
  constexpr size_t kMaxPlaceWords = 3;
  if (i + 1 < t.size() && t[i].word == "local" && t[i + 1].word == "time") return 2;
  if (i >= t.size() || t[i].word != "(") return 0;
  size_t k = i + 1;
  while (k < t.size() && k - i - 1 < kMaxPlaceWords && t[k].kind == TokenKind::kWord &&
         t[k].word != "time") {
    ++k;
  }
  if (k == i + 1 || k + 1 >= t.size() || t[k].word != "time" || t[k + 1].word != ")") {
    return 0;
  }
  return k + 2 - i;
}

// The year a news page means by `year` written with two digits ("26" -> 2026,
// "98" -> 1998); a longer year as it is.
int FullYear(int year) {
  constexpr int kCenturyPivot = 70;  // two-digit years from 70 are 1970-1999
  if (year >= 100) return year;
  return year < kCenturyPivot ? 2000 + year : 1900 + year;
}

// Reads a date starting at tokens[i]; returns tokens used (0 if none).
// *ambiguous: a slashed date whose month and day could be swapped ("05/06/2022").
size_t ReadDate(const std::vector<Token>& t, size_t i, CivilDate* d, bool* ambiguous) {
  auto num = [&](size_t k) { return k < t.size() && t[k].kind == TokenKind::kNumber; };
  auto sym = [&](size_t k, const char* s) { return k < t.size() && t[k].word == s; };
  auto month = [&](size_t k) {
    return k < t.size() && t[k].kind == TokenKind::kWord ? MonthNumber(t[k].word) : 0;
  };
  if (num(i) && t[i].digits == 4 && sym(i + 1, "-") && num(i + 2) && sym(i + 3, "-") &&
      num(i + 4)) {
    *d = CivilDate{t[i].number, t[i + 2].number, t[i + 4].number, 0, 0, 0};
    return 5;
  }
  // "05/06/2022", "17-11-2026", "17/11/26": one separator twice (a year of two
  // digits only between slashes).
  const bool slashed = sym(i + 1, "/") && sym(i + 3, "/");
  const bool hyphenated = sym(i + 1, "-") && sym(i + 3, "-");
  if (num(i) && (slashed || hyphenated) && num(i + 2) && num(i + 4) &&
      (t[i + 4].digits == 4 || (slashed && t[i].digits <= 2 && t[i + 4].digits == 2))) {
    const bool day_first = t[i].number > 12;
    *ambiguous = t[i].number <= 12 && t[i + 2].number <= 12;
    *d = CivilDate{FullYear(t[i + 4].number),
                   day_first ? t[i + 2].number : t[i].number,
                   day_first ? t[i].number : t[i + 2].number,
                   0,
                   0,
                   0};
    return 5;
  }
  // "2026/03/14", and dotted "2026.03.14" as East Asian and Hungarian sites print it.
  const bool year_first_marks =
      (sym(i + 1, "/") && sym(i + 3, "/")) || (sym(i + 1, ".") && sym(i + 3, "."));
  if (num(i) && t[i].digits == 4 && year_first_marks && num(i + 2) && t[i + 2].digits <= 2 &&
      num(i + 4) && t[i + 4].digits <= 2) {
    *d = CivilDate{t[i].number, t[i + 2].number, t[i + 4].number, 0, 0, 0};
    return 5;
  }
  // "27.11.2026", "27.11.26", "27. 11. 2026": dotted dates are day first,
  // unless the second number can be no month ("3.14.2026": March 14).
  if (num(i) && t[i].digits <= 2 && sym(i + 1, ".") && num(i + 2) &&
      t[i + 2].digits <= 2 && sym(i + 3, ".") && num(i + 4) &&
      (t[i + 4].digits == 4 || t[i + 4].digits == 2)) {
    constexpr int kMaxMonth = 12;
    const bool month_first = t[i + 2].number > kMaxMonth && t[i].number <= kMaxMonth;
    *d = CivilDate{FullYear(t[i + 4].number), month_first ? t[i].number : t[i + 2].number,
                   month_first ? t[i + 2].number : t[i].number, 0, 0, 0};
    return 5;
  }
  if (month(i) && num(i + 1) && t[i + 1].digits <= 2 && num(i + 2) &&
      t[i + 2].digits == 4) {
    *d = CivilDate{t[i + 2].number, month(i), t[i + 1].number, 0, 0, 0};
    return 3;
  }
  // "17 Nov 2026", "17-Nov-2026", "17th of November 2026", and "17 de
  // novembro de 2026" as Portuguese and Spanish write it.
  auto of = [&](size_t k) { return k < t.size() && IsDayMonthLink(t[k].word); };
  if (num(i) && t[i].digits <= 2) {
    size_t k = i + 1;
    if (sym(k, "-") || of(k)) ++k;
    size_t y = k + 1;
    if ((sym(y, "-") && sym(k - 1, "-")) || (of(y) && of(k - 1))) ++y;
    if (month(k) && num(y) && t[y].digits == 4) {
      *d = CivilDate{t[y].number, month(k), t[i].number, 0, 0, 0};
      return y + 1 - i;
    }
  }
  return 0;
}

// Reads `count` digits at text[*i] into *value; false (nothing consumed) if absent.
bool ReadDigits(absl::string_view text, size_t* i, int count, int* value) {
  if (*i + count > text.size()) return false;
  int v = 0;
  for (int k = 0; k < count; ++k) {
    const char c = text[*i + k];
    if (!absl::ascii_isdigit(c)) return false;
    v = v * 10 + (c - '0');
  }
  *value = v;
  *i += count;
  return true;
}

// Reads "[:]SS[.fff]" and the zone ("Z", "+01:00", "-0500", none) after HH:MM;
// sets *offset to the zone's seconds east of UTC. False on anything else.
bool ReadSecondsAndZone(absl::string_view s, size_t i, CivilDate* d, int* offset) {
  if (i < s.size() && s[i] == ':') {
    ++i;
    if (!ReadDigits(s, &i, 2, &d->second)) return false;
    if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
      ++i;
      while (i < s.size() && absl::ascii_isdigit(s[i])) ++i;
    }
  }
  if (i < s.size() && (s[i] == 'Z' || s[i] == 'z')) ++i;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
    const int sign = s[i] == '-' ? -1 : 1;
    ++i;
    int hours = 0, minutes = 0;
    if (!ReadDigits(s, &i, 2, &hours)) return false;
    if (i < s.size() && s[i] == ':') ++i;
    if (i < s.size() && !ReadDigits(s, &i, 2, &minutes)) return false;
    *offset = sign * (hours * 3600 + minutes * 60);
  }
  return i == s.size();
}

// "2025-02-04[Thh:mm[:ss[.f]][zone]]" -> seconds, nullopt if not that shape.
std::optional<int64_t> ParseIso8601(absl::string_view s) {
  CivilDate d;
  size_t i = 0;
  if (!ReadDigits(s, &i, 4, &d.year) || i >= s.size() || s[i++] != '-' ||
      !ReadDigits(s, &i, 2, &d.month) || i >= s.size() || s[i++] != '-' ||
      !ReadDigits(s, &i, 2, &d.day) || !Plausible(d)) {
    return std::nullopt;
  }
  int offset = 0;
  if (i < s.size()) {
    if (s[i] != 'T' && s[i] != 't' && s[i] != ' ') return std::nullopt;
    ++i;
    if (!ReadDigits(s, &i, 2, &d.hour) || i >= s.size() || s[i++] != ':' ||
        !ReadDigits(s, &i, 2, &d.minute) || d.hour > 23 || d.minute > 59 ||
        !ReadSecondsAndZone(s, i, &d, &offset) || d.second > 60) {
      return std::nullopt;
    }
  }
  // The offset is read (it must be well formed) but not applied: the local time
  // as written, as a date line's.
  static_cast<void>(offset);
  return ToUnixSeconds(d);
}

// What ParseDateLine has read of a line so far.
struct DateLineScan {
  std::optional<CivilDate> found;
  std::optional<CivilDate> time_first;  // "10:43 AM EST, Feb 4, 2025"
  bool ambiguous = false;               // "05/06/2022": month or day first
  bool day_first_zone = false;          // "BST", "CET"…
  bool updated = false;                 // a later date ("Updated June 3, 2017") read
  bool time_read = false;               // a time after the first date read
  bool found_timed = false;             // the first date has its time
  bool after_time = false;              // the token before is a time or its "pm"
  StampLabel label = StampLabel::kNone;  // the label read since the last date
  bool found_by_update = false;          // the date found follows an update label
};

// TakeDateOrTime's answer for a date no calendar has: no date line.
constexpr size_t kImplausibleDate = static_cast<size_t>(-1);

// Keeps the date `d` just read: the first is the line's date (with a time read
// before it: "10:43 AM EST, Feb 4, 2025"); a later one is an update's, unless
// the first followed an update label and this one does not ("Updated: 15
// March 2026 | First published: 14 March 2026", "Updated March 15, 2026 ·
// March 14, 2026"): then the published date wins, and the time after it is
// its own.
void KeepDate(CivilDate d, DateLineScan* scan) {
  if (!scan->found && scan->time_first) {
    d.hour = scan->time_first->hour;
    d.minute = scan->time_first->minute;
    d.second = scan->time_first->second;
    scan->found_timed = true;
  }
  if (scan->found && scan->found_by_update && scan->label != StampLabel::kUpdate) {
    scan->found = d;
    scan->found_by_update = scan->updated = scan->found_timed = false;
  } else if (scan->found) {
    scan->updated = true;  // the first date is the publish date
  } else {
    scan->found = d;
    scan->found_by_update = scan->label == StampLabel::kUpdate;
  }
  scan->label = StampLabel::kNone;
}

// The tokens a date (ReadDate) or a time (ReadTime) at tokens[i] takes, read
// into *scan: a time before the first date is kept for it, one after it is
// its time, and a time after a later date or after the first date's time is
// an update's ("Published 07:00 BST, 3 Nov 2025 | Updated 09:12 BST, …"). 0
// when neither is there; kImplausibleDate for a date no calendar has.
size_t TakeDateOrTime(const std::vector<Token>& tokens, size_t i, DateLineScan* scan) {
  CivilDate d;
  bool later_ambiguous = false;
  if (const size_t used =
          ReadDate(tokens, i, &d, scan->found ? &later_ambiguous : &scan->ambiguous);
      used > 0) {
    if (!Plausible(d)) return kImplausibleDate;
    KeepDate(d, scan);
    return used;
  }
  if (!scan->found) {
    if (const size_t used = scan->time_first ? 0 : ReadTime(tokens, i, &d); used > 0) {
      scan->time_first = d;
      scan->after_time = true;
      return used;
    }
  } else if (const size_t used =
                 ReadTime(tokens, i, scan->updated || scan->found_timed ? &d : &*scan->found);
             used > 0) {
    scan->found_timed = true;
    scan->time_read = true;
    scan->after_time = true;
    return used;
  }
  return 0;
}

// The tokens at tokens[i] a date line may hold besides its dates and times,
// read into *scan: the offset after a time ("…T23:40:00+01:00"), labels and
// zones (IsDateNoise), "9.15am (Nairobi time)", a zone in capitals after the
// time, bare or in brackets ("08:40 EAT", "14:05 (SLST)"; `zone_may_follow`),
// a duration ("6 min read", "5 hours ago"), a printed page after the date
// ("page3"), or a symbol (a slash only once the
// date is read: "October 4, 2020 / 3:12 PM"). 0 when tokens[i] is none of
// them: no date line.
size_t DateNoiseSize(const std::vector<Token>& tokens, size_t i, bool zone_may_follow,
                     DateLineScan* scan) {
  const Token& t = tokens[i];
  if (scan->time_read && (t.word == "+" || t.word == "-")) {
    if (const size_t offset = BareOffsetSize(tokens, i + 1); offset > 0) return 1 + offset;
  }
  // "Mon, May 18, 2026 page3", "p. 12": the printed page after the date.
  if (scan->found && t.kind == TokenKind::kWord && (t.word == "page" || t.word == "p") &&
      i + 1 < tokens.size() && tokens[i + 1].kind == TokenKind::kNumber) {
    return 2;
  }
  if (t.kind == TokenKind::kWord && IsDateNoise(t.word)) {
    if (const StampLabel l = LabelOf(t.word); l != StampLabel::kNone) scan->label = l;
    scan->day_first_zone = scan->day_first_zone || IsDayFirstZone(t.word);
    scan->after_time = zone_may_follow && IsClockMark(t);
    return 1 + ZoneOffsetSize(tokens, i);
  }
  if (const size_t note = LocalTimeNoteSize(tokens, i); note > 0) return note;
  if (const size_t zone = zone_may_follow ? ZoneAfterTimeSize(tokens, i) : 0; zone > 0) {
    const Token& name = tokens[zone == 1 ? i : i + 1];
    scan->day_first_zone = scan->day_first_zone || IsDayFirstZoneAfterTime(name.word);
    return zone;
  }
  if (const size_t duration = DurationSize(tokens, i); duration > 0) return duration;
  if (t.kind == TokenKind::kSymbol && (t.word != "/" || scan->found)) return 1;
  return 0;
}

}  // namespace

std::optional<int64_t> ParseTimestamp(absl::string_view text) {
  text = absl::StripAsciiWhitespace(text);
  if (std::optional<int64_t> iso = ParseIso8601(text)) return iso;
  // A malformed ISO timestamp is no date line either.
  if (text.size() > 10 && absl::ascii_isdigit(text[0]) && text[4] == '-') {
    return std::nullopt;
  }
  if (std::optional<CivilDate> date = ParseDateLine(text)) return ToUnixSeconds(*date);
  return std::nullopt;
}

std::optional<CivilDate> ParseDateLine(absl::string_view line) {
  return ParseDateLine(line, nullptr);
}

std::optional<CivilDate> ParseDateLine(absl::string_view line, bool* update_stamp) {
  // A published and a modified stamp side by side ("Monday 3 November 2025
  // 14.32 GMT Last modified on Monday 3 November 2025 16.10 GMT") fit.
  constexpr size_t kMaxDateLineBytes = 100;
  if (line.size() > kMaxDateLineBytes) return std::nullopt;
  // Every date ReadDate reads holds a number, and numbers are ASCII digits: a
  // line without one is no date line (the cheapest test first).
  if (std::none_of(line.begin(), line.end(), [](char c) { return absl::ascii_isdigit(c); })) {
    if (update_stamp != nullptr) *update_stamp = false;
    return std::nullopt;
  }
  if (FirstWordEndsIt(line)) return std::nullopt;  // most lines: no full read
  const std::vector<Token> tokens = Tokenize(line);
  DateLineScan scan;
  size_t i = 0;
  while (i < tokens.size()) {
    const bool zone_may_follow = scan.after_time;
    scan.after_time = false;
    size_t used = TakeDateOrTime(tokens, i, &scan);
    if (used == kImplausibleDate) return std::nullopt;
    if (used == 0) used = DateNoiseSize(tokens, i, zone_may_follow, &scan);
    if (used == 0) return std::nullopt;
    i += used;
  }
  std::optional<CivilDate> found = scan.found;
  if (found && scan.ambiguous && scan.day_first_zone) std::swap(found->month, found->day);
  if (update_stamp != nullptr) *update_stamp = found && scan.found_by_update;
  return found;
}

bool IsTimeLine(absl::string_view line) {
  // "Published 12 minutes ago | Updated 2 minutes ago".
  constexpr size_t kMaxTimeLineBytes = 60;
  if (line.size() > kMaxTimeLineBytes || FirstWordEndsIt(line)) return false;
  const std::vector<Token> tokens = Tokenize(line);
  bool time = false;
  bool after_time = false;  // the token before is a time or its "pm"
  size_t i = 0;
  while (i < tokens.size()) {
    const bool zone_may_follow = after_time;
    after_time = false;
    CivilDate d;
    bool ambiguous = false;
    if (ReadDate(tokens, i, &d, &ambiguous) > 0) return false;
    if (const size_t used = ReadTime(tokens, i, &d); used > 0) {
      time = true;
      after_time = true;
      i += used;
      continue;
    }
    const Token& t = tokens[i];
    if (zone_may_follow && t.kind == TokenKind::kWord && !IsDateNoise(t.word) &&
        IsZoneAfterTime(t)) {
      ++i;
      continue;
    }
    if (const size_t duration = DurationSize(tokens, i); duration > 0) {
      time = true;
      i += duration;
      continue;
    }
    if (t.kind == TokenKind::kWord && IsRelativeDay(t.word)) time = true;
    if ((t.kind == TokenKind::kWord && IsDateNoise(t.word)) || t.kind == TokenKind::kSymbol) {
      after_time = zone_may_follow && IsMeridiem(t);
      // "9:15 AM GMT+6": a zone's offset with it.
      i += 1 + (t.kind == TokenKind::kWord ? ZoneOffsetSize(tokens, i) : 0);
      continue;
    }
    return false;
  }
  return time;
}

int64_t ToUnixSeconds(const CivilDate& date) {
  // Days from civil (Howard Hinnant's algorithm).
  const int y = date.year - (date.month <= 2 ? 1 : 0);
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned mp = static_cast<unsigned>(date.month + (date.month > 2 ? -3 : 9));
  const unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(date.day) - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  const int64_t days =
      static_cast<int64_t>(era) * 146097 + static_cast<int64_t>(doe) - 719468;
  return days * 86400 + date.hour * 3600 + date.minute * 60 + date.second;
}

}  // namespace factwire
