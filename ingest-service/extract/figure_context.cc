#include "ingest-service/extract/figure_context.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <iterator>
#include <string>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "ingest-service/extract/figure_context_finder.h"
#include "ingest-service/extract/lexicon/currencies.h"
#include "ingest-service/extract/lexicon/figure_context_words.h"

namespace factwire {
namespace figure_internal {

void ContextFinder::Run(absl::Span<v1::Figure> figures) {
  FindMentions();
  // DurationPeriods and the passes in the block below read a figure against
  // an earlier one of the sentence: a sentence of one figure (most) has no
  // work for them, and their code is not touched.
  const bool several = places_.size() > 1;
  if (several) DurationPeriods(figures);
  int owner = -1;  // the last figure whose place owns its subject
  for (size_t i = 0; i < places_.size(); ++i) {
    v1::Figure& f = figures[i];
    const bool of_before = IsWord(places_[i].first - 1, "of");
    std::string subject;
    if (places_[i].money && (of_before || SaleFor(places_[i]))) {
      subject = LeftSubject(places_[i]);  // "a cutoff of $50,440 in ..."
    }
    if (subject.empty() && places_[i].money) {
      subject = PricedSubject(places_[i]);  // "A litre of milk costs us"
    }
    if (subject.empty()) subject = Subject(places_[i], f);
    if (subject.empty()) subject = LeftSubject(places_[i]);
    if (subject.empty()) subject = AppositiveSubject(places_[i], f);
    if (subject.empty()) subject = AgeAppositionSubject(places_[i], f);
    if (subject.empty()) subject = BetweenSubject(places_[i], f);
    if (!subject.empty()) f.set_subject(std::move(subject));
    if (!TimeOffset(places_[i]) && !AgeSpan(i)) {
      SetTimeScope(i, of_before, &f);
    }
    FindPlace(i, figures, &owner);
  }
  RateSubjects(figures, places_);
  TemperatureSubjects(figures, places_);
  if (several) {
    ComparedSubjects(figures);
    ElidedSubjects(figures);
    SurveySubjects(figures);
    ParallelSubjects(figures);
    RestatedSubjects(figures);
    ChangeNounSubjects(figures);
    ConvertedSubjects(figures);
  }
  EarlierParallelSubjects(figures);
  RelativeClauseSubjects(figures);
  InheritSubjects(figures);
  PronounSubjects(figures);
  PredicateSubjects(figures);
  ClauseSubjects(figures);
  BearingSubjects(figures);
  FallbackSubjects(figures);
  if (several) ConvertedSubjects(figures);  // a conversion shares a late act
                                            // noun: "earn 650 taka a day,
                                            // about £4.20"
  ReportPeriods(figures);
}

bool ContextFinder::TimeOffset(const FigurePlace& p) const {
  for (const Mention& m : times_) {
    if (m.first == p.first && m.end > p.end) return true;
  }
  return false;
}

void ContextFinder::SetTimeScope(size_t i, bool of_before,
                                 v1::Figure* f) const {
  const Mention* when = Nearest(times_, i);
  // "a 41% rise in nine-month profit on Monday": the sum's period, not
  // the weekday the results came out; not a span ("its smallest quarterly
  // profit in 17 years")
  const Mention modifier =
      when == nullptr && f->dimension() != v1::DIMENSION_DURATION
          ? PeriodModifierInClause(places_[i])
          : Mention{-1, -1};
  if (modifier.first >= 0) when = &modifier;
  if (when == nullptr && !days_.empty()) when = Nearest(days_, i);
  if (when != nullptr) f->set_time_scope(Slice(when->first, when->end));
  if (when == nullptr && places_[i].money && of_before) {
    const int rate = RateAdjectiveBefore(places_[i].first - 2);
    if (rate >= 0) f->set_time_scope(std::string(d_[rate].raw));
  }
  if (when == nullptr && of_before && f->time_scope().empty()) {
    const int year = YearModifierBefore(places_[i].first - 2);
    if (year >= 0) f->set_time_scope(std::string(d_[year].raw));
  }
  if (when == nullptr && f->time_scope().empty()) {
    const int year = YearModifierInClause(places_[i]);
    if (year >= 0) f->set_time_scope(std::string(d_[year].raw));
  }
}

void ContextFinder::FindPlace(size_t i, absl::Span<v1::Figure> figures,
                              int* owner) const {
  v1::Figure& f = figures[i];
  if (IsWord(places_[i].first - 1, "of") &&  // the cheap test before the call
      AppositionPlace(places_[i], &f)) {
    return;  // "Durres, a city of 9,000"
  }
  const Mention* where = Nearest(places_found_, i);
  if (where != nullptr) f.set_place(Slice(where->first, where->end));
  if (!f.subject().empty()) {
    if (where == nullptr && IsWord(places_[i].end, "of")) {
      // a part's share of a whole: the part the clause opens with, not the
      // whole's owner ("Oromia accounts for 60% of Ethiopia's coffee")
      ClauseSubjectPlace(places_[i], &f);
    }
    PossessivePlace(where == nullptr && f.place().empty(), &f);
    if (where == nullptr && !f.place().empty()) *owner = static_cast<int>(i);
  }
  if (f.place().empty() && !f.subject().empty()) ModifierPlace(&f);
  if (f.place().empty()) WherePlace(places_[i], &f);
  if (f.place().empty()) VenueObjectPlace(places_[i], &f);
  if (f.place().empty()) ContrastClausePlace(places_[i], &f);
  if (f.place().empty() && places_[i].money) MoneyObjectPlace(places_[i], &f);
  if (f.place().empty()) ClauseSubjectPlace(places_[i], &f);
  if (f.place().empty()) CountryNounPlace(places_[i], &f);
  if (f.place().empty()) ClausePossessivePlace(places_[i], &f);
  if (f.place().empty() && *owner >= 0 &&
      !Break(places_[*owner].end, places_[i].first, false)) {
    f.set_place(figures[*owner].place());  // "..., worth A$1.4 billion"
  }
  const Mention* area =
      f.place().empty() && !areas_.empty() ? Nearest(areas_, i) : nullptr;
  if (area != nullptr) f.set_place(AreaPlace(*area));
}

namespace {

// UTF-8's lead byte of the Latin-1 letters U+00C0-U+00FF ("á", "ñ", "É").
constexpr unsigned char kLatin1Lead = 0xC3;

// The lowercase ASCII letter the Latin-1 letter whose second UTF-8 byte is
// `tail` (after kLatin1Lead) folds to ("í" of "Medellín" -> 'i', "Ñ" ->
// 'n'), or 0 for a sign or a letter of no ASCII base ("ß", "æ", "×").
char FoldLatin1(unsigned char tail) {
  // U+00C0-U+00FF by its low six bits: ÀÁÂÃÄÅÆÇ ÈÉÊËÌÍÎÏ ÐÑÒÓÔÕÖ× ØÙÚÛÜÝÞß,
  // the same again in lowercase (÷ for ×, ÿ for ß).
  static constexpr char kBase[] = "aaaaaa\0ceeeeiiii\0nooooo\0ouuuuy\0\0";
  const unsigned int k = tail & 0x1F;
  return (tail & 0xC0) == 0x80 ? kBase[k] : 0;
}

// The code the capitalized `word` gives the shared currency `family` ("Rabat"
// -> "MAD" for "dirham"; "Medellín" -> "COP" for "peso": its Latin-1 letters
// folded to ASCII), or "".
absl::string_view RegionalCodeOf(absl::string_view word,
                                 absl::string_view family) {
  constexpr size_t kMaxWord = 16;  // "casablanca", "south africans"
  if (word.size() < 2 || word.size() > kMaxWord ||
      !absl::ascii_isupper(static_cast<unsigned char>(word[0]))) {
    return absl::string_view();  // places are capitalized: not "jordan"
  }
  char buffer[kMaxWord];
  size_t size = 0;
  for (size_t k = 0; k < word.size(); ++k) {
    const auto c = static_cast<unsigned char>(word[k]);
    if (c == kLatin1Lead && k + 1 < word.size()) {
      const char base = FoldLatin1(static_cast<unsigned char>(word[++k]));
      if (base == 0) return absl::string_view();
      buffer[size++] = base;
      continue;
    }
    buffer[size++] = absl::ascii_tolower(c);
  }
  // one hash look-up, not a walk of the whole table per capitalized word
  return lexicon::RegionalPlaceCode(family, absl::string_view(buffer, size));
}

// The code the word text[first, last), or it and the word after it ("South
// Africa"), gives the shared currency `family`, or "".
absl::string_view RegionalCodeAt(absl::string_view text, size_t first,
                                 size_t last, absl::string_view family) {
  const absl::string_view code =
      RegionalCodeOf(text.substr(first, last - first), family);
  if (!code.empty() || last + 1 >= text.size() || text[last] != ' ') {
    return code;
  }
  size_t after = last + 1;
  while (after < text.size() && LetterByteAt(text, after)) ++after;
  if (after == last + 1) return code;
  return RegionalCodeOf(text.substr(first, after - first), family);
}

// The code the first word of text[begin, end) naming a country of the shared
// currency `family` gives it, reading forwards, or backwards with
// `backwards`; "" when none.
absl::string_view RegionalCodeIn(absl::string_view text, size_t begin,
                                 size_t end, absl::string_view family,
                                 bool backwards) {
  const auto letter = [&text](size_t i) { return LetterByteAt(text, i); };
  size_t i = backwards ? end : begin;
  while (backwards ? i > begin : i < end) {
    size_t first = i;
    size_t last = i;
    if (backwards) {
      if (!letter(i - 1)) {
        --i;
        continue;
      }
      while (i > begin && letter(i - 1)) --i;
      first = i;
    } else {
      if (!letter(i)) {
        ++i;
        continue;
      }
      while (i < end && letter(i)) ++i;
      last = i;
    }
    const absl::string_view code = RegionalCodeAt(text, first, last, family);
    if (!code.empty()) return code;
  }
  return absl::string_view();
}

// The code of the shared currency `family` the country named for the
// sentence text[begin, end) gives it: a country the sentence names, else the
// nearest one named in the text before it (within a few paragraphs), else
// the story's own (its headline and dateline); "" when none is named.
absl::string_view NamedRegionalCode(absl::string_view text, size_t begin,
                                    size_t end, absl::string_view family) {
  constexpr size_t kLookBack = 3000;  // bytes of text before the sentence
  constexpr size_t kOpening = 600;    // the headline and dateline
  absl::string_view code = RegionalCodeIn(text, begin, end, family, false);
  if (code.empty()) {
    const size_t from = begin > kLookBack ? begin - kLookBack : 0;
    code = RegionalCodeIn(text, from, begin, family, true);
  }
  if (code.empty() && begin > kLookBack) {
    code = RegionalCodeIn(text, 0, std::min(kOpening, begin), family, false);
  }
  return code;
}

// The code of a currency of the shared `family` the sentence `tokens` names
// in words ("the pula" for the "P" sign: "BWP"), or "".
absl::string_view NamedFamilyMember(const std::vector<Token>& tokens,
                                    const FigureLexicon& lex,
                                    absl::string_view family) {
  const int n = static_cast<int>(tokens.size());
  for (int j = 0; j < n; ++j) {
    const lexicon::CurrencyEntry* e = lex.CurrencyNamedAt(tokens, j);
    if (e != nullptr && e->code != family &&
        lexicon::WritesCurrency(family, e->code)) {
      return e->code;
    }
  }
  return absl::string_view();
}

// The code of the shared currency `family` in the sentence `tokens` of
// `text`: NamedRegionalCode, else the family's currency the sentence names
// (NamedFamilyMember), else RegionalDefault().
absl::string_view RegionalCode(absl::string_view text,
                               const std::vector<Token>& tokens,
                               const FigureLexicon& lex,
                               absl::string_view family) {
  absl::string_view code = NamedRegionalCode(text, tokens.front().begin,
                                             tokens.back().end, family);
  if (code.empty()) code = NamedFamilyMember(tokens, lex, family);
  return code.empty() ? lexicon::RegionalDefault(family) : code;
}

// Gives money in a currency several countries name alike ("dirhams",
// "riyals", "Dh5bn") the code of the country the text names, or of the
// family's currency the sentence names ("the pula ... P14.50"), in `unit` and
// the normalized unit ("dirham per tonne" -> "MAD per tonne").
void ResolveRegionalCurrencies(absl::string_view text,
                               const std::vector<Token>& tokens,
                               const std::vector<FigurePlace>& places,
                               const FigureLexicon& lex,
                               absl::Span<v1::Figure> figures) {
  for (size_t i = 0; i < places.size(); ++i) {
    if (!places[i].money) continue;
    v1::Figure& f = figures[i];
    const absl::string_view unit = f.unit();
    const absl::string_view family = unit.substr(0, unit.find(' '));
    if (!lexicon::IsRegionalCurrency(family)) continue;
    const absl::string_view code = RegionalCode(text, tokens, lex, family);
    if (code == family) continue;
    const size_t size = family.size();
    // The normalized unit first: `family` views the unit's own bytes, which
    // the unit's rewrite replaces.
    std::string* base = f.mutable_normalized_unit();
    if (absl::StartsWith(*base, family)) {
      base->replace(0, size, code.data(), code.size());
    }
    f.mutable_unit()->replace(0, size, code.data(), code.size());
  }
}

}  // namespace

bool LetterByteAt(absl::string_view text, size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (absl::ascii_isalpha(c)) return true;
  if (c == kLatin1Lead) {
    return i + 1 < text.size() &&
           FoldLatin1(static_cast<unsigned char>(text[i + 1])) != 0;
  }
  return i > 0 && static_cast<unsigned char>(text[i - 1]) == kLatin1Lead &&
         FoldLatin1(c) != 0;
}

void AppendFoldedLower(absl::string_view word, std::string* out) {
  for (size_t k = 0; k < word.size(); ++k) {
    const auto c = static_cast<unsigned char>(word[k]);
    const char base =
        c == kLatin1Lead && k + 1 < word.size()
            ? FoldLatin1(static_cast<unsigned char>(word[k + 1]))
            : 0;
    if (base != 0) {
      out->push_back(base);
      ++k;
      continue;
    }
    out->push_back(absl::ascii_tolower(c));
  }
}

bool NamesCurrencyCountry(absl::string_view text, size_t begin, size_t end,
                          absl::string_view family) {
  return !NamedRegionalCode(text, begin, end, family).empty();
}

void AddFigureContext(absl::string_view text, const std::vector<Token>& tokens,
                      const std::vector<FigurePlace>& places,
                      const FigureLexicon& lexicon,
                      absl::Span<const v1::Figure> earlier,
                      absl::Span<v1::Figure> figures) {
  thread_local ContextScratch scratch;
  ContextFinder(text, tokens, places, earlier, lexicon, &scratch).Run(figures);
  ResolveRegionalCurrencies(text, tokens, places, lexicon, figures);
}

}  // namespace figure_internal
}  // namespace factwire
