#include "ingest-service/extract/figure_context.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <iterator>
#include <string>
#include <utility>

#include "absl/strings/match.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "ingest-service/extract/figure_token_view.h"
#include "ingest-service/extract/lexicon/currencies.h"
#include "ingest-service/extract/lexicon/figure_context_words.h"

namespace factwire {
namespace figure_internal {
namespace {

// A stretch of tokens [first, end) that names a period or a place.
struct Mention {
  int first;
  int end;
};

// Buffers a ContextFinder reuses from one sentence to the next.
struct ContextScratch {
  std::vector<uint8_t> inside;
  std::vector<Mention> times;
  // Weekdays and periods' possessives ("last year's"), asked only when no
  // other period is near.
  std::vector<Mention> days;
  std::vector<Mention> places;
  std::vector<int> before;  // InheritSubjects' nearest figures with subjects
  std::vector<int> after;
};

// Finds subjects, periods and places for the figures of one sentence.
class ContextFinder : public TokenView {
 public:
  // `scratch` is cleared and must outlive the finder.
  ContextFinder(absl::string_view text, const std::vector<Token>& tokens,
                const std::vector<FigurePlace>& places,
                absl::Span<const v1::Figure> earlier, const FigureLexicon& lex,
                ContextScratch* scratch)
      : TokenView(tokens, lex),
        text_(text),
        places_(places),
        earlier_(earlier),
        inside_(scratch->inside),
        times_(scratch->times),
        days_(scratch->days),
        places_found_(scratch->places),
        before_(scratch->before),
        after_(scratch->after) {
    inside_.assign(tokens.size(), 0);
    times_.clear();
    days_.clear();
    places_found_.clear();
    for (const FigurePlace& p : places) {
      for (int i = p.first; i < p.end; ++i) inside_[i] = 1;
    }
  }

  void Run(absl::Span<v1::Figure> figures) {
    FindMentions();
    for (size_t i = 0; i < places_.size(); ++i) {
      v1::Figure& f = figures[i];
      const bool of_before = IsWord(places_[i].first - 1, "of");
      std::string subject;
      if (places_[i].money && (of_before || SaleFor(places_[i]))) {
        subject = LeftSubject(places_[i]);  // "a cutoff of $50,440 in ..."
      }
      if (subject.empty()) subject = Subject(places_[i], f);
      if (subject.empty()) subject = LeftSubject(places_[i]);
      if (subject.empty()) subject = AppositiveSubject(places_[i]);
      if (subject.empty()) subject = AgeAppositionSubject(places_[i], f);
      if (subject.empty()) subject = BetweenSubject(places_[i], f);
      if (!subject.empty()) f.set_subject(std::move(subject));
      const Mention* when = Nearest(times_, i);
      if (when == nullptr && !days_.empty()) when = Nearest(days_, i);
      if (when != nullptr) f.set_time_scope(Slice(when->first, when->end));
      if (when == nullptr && places_[i].money && of_before) {
        const int rate = RateAdjectiveBefore(places_[i].first - 2);
        if (rate >= 0) f.set_time_scope(std::string(t_[rate].raw));
      }
      const Mention* where = Nearest(places_found_, i);
      if (where != nullptr) f.set_place(Slice(where->first, where->end));
      if (!f.subject().empty()) PossessivePlace(where == nullptr, &f);
      if (f.place().empty() && !f.subject().empty()) ModifierPlace(&f);
      if (f.place().empty()) WherePlace(places_[i], &f);
    }
    RateSubjects(figures, places_);
    TemperatureSubjects(figures, places_);
    ComparedSubjects(figures);
    ElidedSubjects(figures);
    SurveySubjects(figures);
    ParallelSubjects(figures);
    RestatedSubjects(figures);
    ChangeNounSubjects(figures);
    ConvertedSubjects(figures);
    RelativeClauseSubjects(figures);
    InheritSubjects(figures);
    PronounSubjects(figures);
    PredicateSubjects(figures);
  }

 private:
  std::string Slice(int first, int end) const {
    return std::string(
        text_.substr(t_[first].begin, t_[end - 1].end - t_[first].begin));
  }

  bool InsideFigure(int i) const {
    return i >= 0 && i < n_ && inside_[i] != 0;
  }

  // True if tokens[i] is a word that `is_word` accepts (lowercase).
  bool IsWordWith(int i, bool (*is_word)(absl::string_view)) const {
    const Token* t = At(i);
    return t != nullptr && t->kind == TokenKind::kWord && is_word(t->lower);
  }

  static bool LooksPlural(absl::string_view w) {
    if (w.size() > 3 && w.back() == 's') {
      const absl::string_view tail = w.substr(w.size() - 2);
      if (tail != "ss" && tail != "us" && tail != "is") return true;
    }
    return lexicon::IsIrregularPlural(w);
  }

  static bool IsPossessive(absl::string_view w) {
    return (w.size() > 2 && w.substr(w.size() - 2) == "'s") ||
           (w.size() > 4 && w.substr(w.size() - 4) == "\xE2\x80\x99s");
  }

  // A participle followed by a content word modifies it ("registered voters").
  bool AdjectivePosition(int j) const {
    const Token* next = At(j + 1);
    return next != nullptr && next->kind == TokenKind::kWord &&
           !IsCapitalized(*next) && !HasRole(*next, kRoleSubjectStop) &&
           !LooksLikeVerb(next->lower);
  }

  bool IsAdverbBeforeVerb(int j) const {
    const absl::string_view w = t_[j].lower;
    const Token* next = At(j + 1);
    return w.size() > 4 && w.substr(w.size() - 2) == "ly" && next != nullptr &&
           next->kind == TokenKind::kWord && LooksLikeVerb(next->lower);
  }

  static bool LooksLikeVerb(absl::string_view w) {
    return w.size() > 4 && (w.substr(w.size() - 2) == "ed");
  }

  // "running", "rising": a participle, not a noun of the subject.
  static bool Gerund(absl::string_view w) {
    return w.size() > 5 && w.substr(w.size() - 3) == "ing";
  }

  static bool IrregularPast(absl::string_view w) {
    return lexicon::IsIrregularPast(w);
  }

  // The noun phrase from tokens[k] on ("overdose deaths", "National Guard
  // troops").
  std::string NounPhrase(int k, int max_words = 6) const {
    const TokenRange r = NounPhraseRange(k, max_words);
    return r.last < r.first ? std::string() : Slice(r.first, r.last + 1);
  }

  // The tokens [first, last] of NounPhrase(k, max_words); last < first when
  // there is none.
  struct TokenRange {
    int first;
    int last;
  };
  TokenRange NounPhraseRange(int k, int max_words = 6) const {
    if (IsWordWith(k, lexicon::IsNounPhraseDeterminer)) ++k;
    int last = -1;
    int words = 0;
    for (int j = k; j < n_ && words < max_words; ++j) {
      const Token& tok = t_[j];
      if (tok.kind == TokenKind::kWord) {
        if ((tok.lower == "and" || tok.lower == "or") &&
            (CapitalPairAt(j) || (words == 1 && LowerPairAt(j)))) {
          continue;  // "three Colombian and Ecuadorian suppliers", "4,712
                     // knife and sharp instrument offences"
        }
        const bool back_pay =  // "€13.7bn in back taxes", "back wages"
            words == 0 && tok.lower == "back" && At(j + 1) != nullptr &&
            At(j + 1)->kind == TokenKind::kWord &&
            !HasRole(*At(j + 1), kRoleSubjectStop) &&
            LooksPlural(At(j + 1)->lower);
        if (back_pay) {
          last = j;
          ++words;
          continue;
        }
        const bool compound =  // "first-half profit", "third-quarter sales"
            HasRole(tok, kRolePeriodOpener) && !HasRole(tok, kRoleSubjectStop) &&
            CompoundDash(j + 1);
        if (compound) {
          last = j + 2;
          j += 2;
          ++words;
          continue;
        }
        if ((HasRole(tok, kRoleSubjectStop | kRolePeriodOpener) &&
             !OpenerAdjective(j)) ||
            lex_.prefix_qualifiers.Match(t_, j).found() ||
            (lex_.NumberWord(tok) != nullptr &&
             (words == 0 || tok.lower != "gross")) ||
            InsideFigure(j)) {
          break;  // "average gross income" goes on
        }
        if (IsPossessive(tok.lower) && (words == 0 || last == j - 1) &&
            PossessivePlaceAt(k, j)) {
          last = j;  // "of New Hampshire's electorate": PossessivePlace()
          ++words;
          continue;
        }
        if (IsPossessive(tok.lower) && words == 0) {
          k = j + 1;  // "of Clinton's released emails"
          continue;
        }
        if (LooksLikeVerb(tok.lower) &&
            (!AdjectivePosition(j) ||
             (words > 0 && last == j - 1 && !LooksPlural(t_[j + 1].lower)))) {
          break;  // "of snow hampered relief efforts"; "registered voters"
        }
        if (words > 0 && IrregularPast(tok.lower)) break;
        if (IsAdverbBeforeVerb(j)) break;  // "hundreds peacefully streamed"
        last = j;
        ++words;
        if (LooksPlural(tok.lower)) break;
        continue;
      }
      if (IsSymbol(tok, ".") && !tok.space_before && last == j - 1 &&
          t_[last].raw.size() == 1 && IsCapitalized(t_[last])) {
        last = j;  // "U.S. counties"
        continue;
      }
      if (IsDash(tok) && last == j - 1 && !tok.space_before && At(j + 1) &&
          !At(j + 1)->space_before && At(j + 1)->kind == TokenKind::kWord) {
        const int end = StopWordCompoundEnd(j + 1);
        if (end > j + 1) {  // "search-and-rescue specialists": one word
          last = end;
          j = end;
          if (LooksPlural(t_[end].lower)) break;
        }
        continue;
      }
      if (IsYearToken(j) && !InsideFigure(j) && At(j + 1) != nullptr &&
          At(j + 1)->kind == TokenKind::kWord) {
        continue;  // "its original 2017 estimate", "the 2016 vote"
      }
      if (words == 0 && InsideFigure(j)) {
        const int after = AfterModifierFigures(j);
        if (after > j) {  // "a 500-megawatt, 2,000-megawatt-hour battery"
          k = after;
          j = after - 1;
          continue;
        }
      }
      break;
    }
    return TokenRange{k, last};
  }

  // True if the period opener at j modifies a noun that names no period
  // ("14% of the current fleet", "the previous record"; not "the current
  // quarter", "the past 12 months", "for the first time").
  bool OpenerAdjective(int j) const {
    if (!HasRole(t_[j], kRolePeriodOpener) || HasRole(t_[j], kRoleSubjectStop))
      return false;
    const Token* next = At(j + 1);
    return next != nullptr && next->kind == TokenKind::kWord &&
           next->lower != "time" &&
           !IsCapitalized(*next) && !InsideFigure(j + 1) &&
           !HasRole(*next, kRolePeriodNoun | kRoleSubjectStop |
                               kRolePeriodOpener | kRoleNumberWord);
  }

  // The token after the figures joined to a noun by a dash that start at j,
  // one or a list ("500-megawatt, 2,000-megawatt-hour"), or j when none.
  int AfterModifierFigures(int j) const {
    int end = j;
    int at = j;
    while (true) {
      const FigurePlace* q = FigureStartingAt(at);
      if (q == nullptr || !Adjectival(*q)) return end;
      end = q->end;
      if (At(end) == nullptr || !IsSymbol(t_[end], ",")) return end;
      at = end + 1;  // "500-megawatt, 2,000-megawatt-hour"
    }
  }

  // The figure whose first token is tokens[j], or nullptr.
  const FigurePlace* FigureStartingAt(int j) const {
    for (const FigurePlace& q : places_) {
      if (q.first == j) return &q;
    }
    return nullptr;
  }

  // True if the conjunction at j joins two capitalized modifiers of one noun
  // ("Colombian and Ecuadorian suppliers", "Labour or Tory MPs").
  bool CapitalPairAt(int j) const {
    const Token* before = At(j - 1);
    const Token* after = At(j + 1);
    const Token* noun = At(j + 2);
    return before != nullptr && after != nullptr && noun != nullptr &&
           before->kind == TokenKind::kWord && IsCapitalized(*before) &&
           !LooksPlural(before->lower) && !InsideFigure(j - 1) &&
           after->kind == TokenKind::kWord && IsCapitalized(*after) &&
           noun->kind == TokenKind::kWord && !IsCapitalized(*noun) &&
           !HasRole(*noun, kRoleSubjectStop);
  }

  // True if the conjunction at j joins a singular modifier (one word, the
  // caller's test) to the rest of one noun phrase ending in a plural within
  // three words ("knife and sharp instrument offences", "stop and
  // searches"); not two plurals ("cats and dogs").
  bool LowerPairAt(int j) const {
    if (!NounWord(j - 1) || LooksPlural(t_[j - 1].lower)) return false;
    for (int k = j + 1; k <= j + 3; ++k) {
      if (!NounWord(k)) return false;
      if (LooksPlural(t_[k].lower)) return !VerbBeforeObject(k);
    }
    return false;
  }

  // True if the -s word at k takes an object, so it is a verb: a figure or
  // a determiner follows ("of its food and ships 40,000 tonnes", "and buys
  // the rest"); a plural noun ends its phrase.
  bool VerbBeforeObject(int k) const {
    return InsideFigure(k + 1) ||
           IsWordWith(k + 1, lexicon::IsNounPhraseDeterminer) ||
           DeterminerBefore(k + 1);
  }

  std::string Subject(const FigurePlace& p, const v1::Figure& f) const {
    int k = p.money ? AfterConversion(p.end) : p.end;
    if (p.money) k = AfterPeriodFigure(k);  // "£12m over three years on"
    const bool count = f.unit().empty() && !p.money;
    if (IsWord(k, "of") && IsWord(k + 1, "the") && IsWord(k + 2, "time")) {
      return std::string();  // "84.1% of the time": how often, not of what
    }
    if (IsWord(k, "of")) {
      if (DemonstrativeThat(k + 1)) ++k;  // "9% of that funding"
      std::string noun = NounPhrase(k + 1);
      const int after = FigureEndAt(k + 1);
      if (noun.empty() && after >= 0 && At(after) != nullptr &&
          !LooksLikeVerb(At(after)->lower)) {
        noun = NounPhrase(after);
      }
      return noun;  // "412 of the 650 seats": seats
    }
    if (f.dimension() == v1::DIMENSION_AGE &&
        (IsWord(p.first - 1, "aged") || IsWord(p.first - 1, "ages"))) {
      // "The suspects are aged between 23 and 67", "41 people aged 23 to 67"
      int j = p.first - 2;
      while (IsWord(j, "are") || IsWord(j, "were") || IsWord(j, "is") ||
             IsWord(j, "was")) {
        --j;
      }
      return NounsEndingAt(j);
    }
    if (f.dimension() == v1::DIMENSION_AGE && At(p.first - 1) != nullptr &&
        At(p.first - 1)->kind == TokenKind::kWord &&
        lexicon::IsPersonNoun(At(p.first - 1)->lower) &&
        !IsWord(p.first - 1, "aged") && !IsWord(p.first - 1, "ages")) {
      return std::string(At(p.first - 1)->raw);  // "voters under 25"
    }
    if (f.dimension() == v1::DIMENSION_PERCENT && IsWord(p.first - 1, "with") &&
        NounWord(k) && !LyAdverb(k) && !NounWord(k + 1)) {
      return std::string(t_[k].raw);  // "wheat with 12.5% protein"
    }
    if (count && PerUnit(k)) {
      return std::string();  // "crowds of about 7,000 a match": a rate
    }
    if (f.dimension() == v1::DIMENSION_DURATION) {
      const int custody = CustodyEnd(k);  // "up to 20 years in prison"
      if (custody > k) return Slice(IsWord(k, "in") ? k + 1 : k, custody);
    }
    if (f.dimension() == v1::DIMENSION_DURATION && PluralPossessiveMark(k)) {
      return NounPhrase(k + 1);  // "14 days' notice", "three months' pay"
    }
    if ((f.dimension() == v1::DIMENSION_PERCENT || p.money) &&
        (IsWord(k, "to") || IsWord(k, "off")) &&
        (IsWordWith(p.first - 1, lexicon::IsContributionVerb) ||
         (p.money && IsWord(k, "to") &&
          IsWordWith(p.first - 1, lexicon::IsDonationVerb)))) {
      return NounPhrase(k + 1);  // "added 0.4 percentage points to inflation",
                                 // "added $40 million to the costs"
    }
    if (count && TightWord(k)) {
      return NounPhrase(k + 1, 2);  // "3,500-seat stadium", "31-page report"
    }
    const PhraseMatch per = lex_.time_scopes.Match(t_, k);
    if (per.found() || TimeAt(k) > k) {
      const int e = per.found() ? k + per.length : TimeAt(k);
      const int destination = p.money ? AllocatedTo(e) : -1;
      if (destination > 0) {
        return NounPhrase(destination);  // "£2.3bn a year spent on agency staff"
      }
      if (p.money && (IsWord(e, "to") || IsWord(e, "for") || IsWord(e, "on")) &&
          (IsWordWith(e + 1, lexicon::IsNounPhraseDeterminer) ||
           (NounWord(e + 1) && LooksPlural(t_[e + 1].lower)))) {
        return NounPhrase(e + 1);  // "£160 million a season to the leagues"
      }
      return std::string();  // "up from 980 a year earlier", "10,000 this year"
    }
    if (count && (IsWord(k, "more") || IsWord(k, "fewer") ||
                  IsWord(k, "additional") || IsWord(k, "extra"))) {
      ++k;  // "1,200 more women", "5,000 fewer jobs"
    }
    if (count) return WithOfComplement(NounPhraseRange(k));
    if (f.dimension() == v1::DIMENSION_AGE || Adjectival(p)) {
      return NounPhrase(k);  // "a 34-year-old man", "a 10-km race"
    }
    if (absl::string_view(f.unit()) == "times" &&
        (IsWordWith(k, lexicon::IsNounPhraseDeterminer) ||
         (NounWord(k) && !IsWordWith(k, lexicon::IsMultiplierFollower) &&
          !absl::EndsWith(t_[k].lower, "er")))) {
      return NounPhrase(k);  // "3.5 times the rate of ...", "3.1 times core
                             // earnings"; not "as many", "10 times harder"
    }
    const int destination = p.money ? AllocatedTo(k) : -1;
    if (destination > 0) return NounPhrase(destination);  // "€300m would go to"
    if (ArticleBefore(p) && At(k) != nullptr &&
        !HasRole(*At(k), kRoleTimeScope)) {
      std::string noun = NounPhrase(k);  // "a £23.5m funding gap"
      if (!noun.empty()) return WithChangeObject(k, std::move(noun));
    }
    if (p.money) {
      if ((IsWord(k, "in") || IsWord(k, "for") || IsWord(k, "on")) &&
          (TimeAt(k) > k || TimeAt(k + 1) > k + 1 || DayAt(k + 1))) {
        return std::string();  // "$48.3 billion in fiscal 2025", "$3,600
                               // for the rest of the quarter", "$4.10 a
                               // pound on Friday"
      }
      if (IsWord(k, "in") && TradingSession(k + 1)) return std::string();
      if (IsWord(k, "in") && PlaceMentionAt(k + 1)) {
        return std::string();  // "to 208.75 euros a tonne in Paris"
      }
      if (IsWord(k, "on") && IsWord(p.first - 1, "at") && IsWord(k + 1, "the") &&
          CapitalizedAt(k + 2)) {
        return std::string();  // "closed higher at $41.20 on the Toronto
                               // Stock Exchange": where, not what
      }
      if (IsWord(k, "for") || IsWord(k, "in") || IsWord(k, "on") ||
          IsWord(k, "off")) {
        return NounPhrase(k + 1);  // "wiped €212m off its profit"
      }
      if (IsWord(k, "worth") && IsWord(k + 1, "of")) return NounPhrase(k + 2);
      const Token* verb = At(k + 1);
      if (IsWord(k, "to") && verb != nullptr &&
          verb->kind == TokenKind::kWord && !IsCapitalized(*verb) &&
          !HasRole(*verb, kRoleSubjectStop) && !InsideFigure(k + 1) &&
          !LooksPlural(verb->lower)) {
        return NounPhrase(k + 1);  // "$400 million to repair roads"
      }
    }
    return std::string();
  }

  // True if tokens[k] is "that" as a demonstrative before its noun ("of that
  // funding"), not a relative pronoun ("of that which").
  bool DemonstrativeThat(int k) const {
    const Token* noun = At(k + 1);
    return IsWord(k, "that") && noun != nullptr &&
           noun->kind == TokenKind::kWord && !InsideFigure(k + 1) &&
           !HasRole(*noun, kRoleSubjectStop | kRoleQuantityVerb) &&
           !LooksLikeVerb(noun->lower) && !IrregularPast(noun->lower);
  }

  // The counted noun phrase `r` with the bare noun phrase after "of" when it
  // ends in a plural ("four counts of bank fraud", "212 cases of whooping
  // cough"); not a determiner's or pronoun's ("300 residents of the
  // estate", "of them").
  std::string WithOfComplement(TokenRange r) const {
    if (r.last < r.first) return std::string();
    const int of = r.last + 1;
    if (IsWord(of, "of") && LooksPlural(t_[r.last].lower)) {
      int m = of + 1;  // lowercase words up to a stop word or symbol
      while (m < of + 5 && LowerNoun(m) && !LooksLikeVerb(t_[m].lower) &&
             !IrregularPast(t_[m].lower)) {
        ++m;
      }
      const bool cut = At(m) != nullptr && IsDash(t_[m]) && !t_[m].space_before;
      if (m > of + 1 && !cut) r.last = m - 1;  // not "handfuls of anti-Trump"
    }
    return Slice(r.first, r.last + 1);
  }

  // `noun`, the noun phrase from tokens[k], with what it changes when it ends
  // in a change noun before "in" and a noun phrase that names no period or
  // place ("a 7.5% rise in quarterly sales" -> "rise in quarterly sales"; not
  // "a 4% fall in the third quarter").
  std::string WithChangeObject(int k, std::string noun) const {
    int m = k;
    while (m < k + 3 && !IsWordWith(m, lexicon::IsChangeNoun)) ++m;
    if (!IsWordWith(m, lexicon::IsChangeNoun) || !IsWord(m + 1, "in") ||
        !absl::EndsWith(noun, t_[m].raw) || TimeAt(m + 1) > m + 1 ||
        TimeAt(m + 2) > m + 2 || PlaceMentionAt(m + 2) || DayAt(m + 2)) {
      return noun;
    }
    const std::string changed = NounPhrase(m + 2);
    if (changed.empty()) return noun;
    return absl::StrCat(noun, " in ", changed);
  }

  // A duration without a subject in a relative clause counts the clause's
  // antecedent ("a firing that lasted nine seconds" -> "firing", "Okoye, who
  // limped off after 35 minutes" -> "Okoye"); one in the clause after a
  // relative aside counts the noun the aside follows ("Okoye, who ..., could
  // miss up to three weeks").
  void RelativeClauseSubjects(absl::Span<v1::Figure> figures) const {
    for (size_t i = 0; i < places_.size(); ++i) {
      v1::Figure& f = figures[i];
      if (!f.subject().empty() || f.dimension() != v1::DIMENSION_DURATION) {
        continue;
      }
      const int a = RelativeAntecedent(places_[i].first - 1);
      if (a < 0) continue;
      int first = a;  // a name: its capitalized words ("Barack Obama")
      while (IsCapitalized(t_[a]) && first > 0 && first > a - 3 &&
             AntecedentWord(first - 1) && IsCapitalized(t_[first - 1])) {
        --first;
      }
      f.set_subject(IsCapitalized(t_[a]) ? Slice(first, a + 1)
                                         : NounsEndingAt(a));
    }
  }

  // The last token of the antecedent of the relative clause that tokens[j]
  // ends (its pronoun within 10 tokens, words and figures only between, no
  // "with": "strength that could help ... with only five months"), or of a
  // name before a relative aside whose closing comma comes first and a verb
  // right after it ("Okoye, who ..., could miss"); -1 when none.
  int RelativeAntecedent(int j) const {
    for (int k = j; k >= 1 && k > j - 10; --k) {
      const Token& t = t_[k];
      if (t.kind == TokenKind::kSymbol && !InsideFigure(k)) {
        if (!IsSymbol(t, ",") || !ClauseVerbAt(k + 1)) return -1;
        const int start = RelativeClauseStart(k);  // ", who ..., could miss"
        return start >= 1 && AntecedentWord(start - 1) &&
                       IsCapitalized(t_[start - 1])
                   ? start - 1
                   : -1;
      }
      if (IsWord(k, "with")) return -1;
      if (t.kind != TokenKind::kWord ||
          (t.lower != "that" && t.lower != "which" && t.lower != "who")) {
        continue;
      }
      if (!ClauseVerbAt(k + 1)) {
        return -1;  // "that" opening what was said: "warned that repairs"
      }
      const bool comma = IsSymbol(t_[k - 1], ",") && t.lower != "that";
      const int a = comma ? k - 2 : k - 1;
      // "that" after a name is rarely the name's: "an interaction with
      // Hillary Clinton that took place three weeks after"
      const bool name_that =
          t.lower == "that" && a >= 0 && IsCapitalized(t_[a]);
      return a >= 0 && AntecedentWord(a) && !name_that ? a : -1;
    }
    return -1;
  }

  // True if tokens[k] is a verb opening a clause's predicate: a past form, an
  // auxiliary or a quantity verb ("lasted", "had", "could").
  bool ClauseVerbAt(int k) const {
    const Token* verb = At(k);
    return verb != nullptr && verb->kind == TokenKind::kWord &&
           (LooksLikeVerb(verb->lower) || IrregularPast(verb->lower) ||
            lexicon::IsSubjectAuxiliary(verb->lower) ||
            HasRole(*verb, kRoleQuantityVerb));
  }

  // True if tokens[a] can end a relative clause's antecedent: a lowercase
  // noun (an -ing one too: "a firing that lasted") or a capitalized word, no
  // stop word, past verb or figure.
  bool AntecedentWord(int a) const {
    const Token* t = At(a);
    return t != nullptr && t->kind == TokenKind::kWord && !InsideFigure(a) &&
           !HasRole(*t, kRoleSubjectStop | kRoleQuantityVerb) &&
           !LooksLikeVerb(t->lower) && !IrregularPast(t->lower);
  }

  // Money with no subject yet and no noun after it counts the verb it is the
  // object or subject of: "and recovered about $4 million." -> "recovered",
  // "About £2.5m has been returned" -> "returned".
  void PredicateSubjects(absl::Span<v1::Figure> figures) const {
    for (size_t i = 0; i < places_.size(); ++i) {
      const FigurePlace& p = places_[i];
      const Token* next = At(p.end);  // the sentence or clause ends there
      if (!p.money || !figures[i].subject().empty() ||
          (next != nullptr && next->kind != TokenKind::kSymbol &&
           (IsWord(p.end, "to") ||
            !IsWordWith(p.end, lexicon::IsSubjectAuxiliary)))) {
        continue;  // not "returned $25 billion to shareholders"
      }
      int k = p.end;  // "has been repaid", "was recovered"
      for (int n = 0; n < 2 && IsWordWith(k, lexicon::IsSubjectAuxiliary); ++n) {
        ++k;
      }
      const int verb = k > p.end && PastVerbAt(k) ? k
                       : PastVerbAt(p.first - 1) ? p.first - 1
                                                 : -1;
      if (verb >= 0) figures[i].set_subject(std::string(t_[verb].raw));
    }
  }

  // True if tokens[k] is a lowercase past verb or participle outside figures
  // ("recovered", "repaid", "stolen").
  bool PastVerbAt(int k) const {
    const Token* t = At(k);
    return t != nullptr && t->kind == TokenKind::kWord && !InsideFigure(k) &&
           !IsCapitalized(*t) && !HasRole(*t, kRoleSubjectStop) &&
           (LooksLikeVerb(t->lower) || IrregularPast(t->lower));
  }

  // The end of "in prison", "in federal prison", "in pretrial detention" or
  // "behind bars" starting at tokens[k] (up to two modifiers before a custody
  // noun), or -1.
  int CustodyEnd(int k) const {
    if (IsWord(k, "behind") && IsWord(k + 1, "bars")) return k + 2;
    if (!IsWord(k, "in")) return -1;
    for (int j = k + 1; j <= k + 3; ++j) {
      if (IsWordWith(j, lexicon::IsCustodyNoun)) return j + 1;
      if (!NounWord(j)) return -1;
    }
    return -1;
  }

  // "fell 4% over the quarter to $310 million": the last token of the change
  // figure before "in/over/during" and a period noun ending at j, when "to"
  // and the level follow; j otherwise.
  int BeforeChangePeriod(int j) const {
    if (!IsWord(j + 1, "to")) return j;
    int k = j;
    while (k > j - 2 && NounWord(k)) --k;  // "quarter", "review period"
    if (k == j) return j;
    if (IsWord(k, "the") || IsWord(k, "its") || IsWord(k, "their")) --k;
    if (!IsWord(k, "in") && !IsWord(k, "over") && !IsWord(k, "during")) {
      return j;
    }
    return InsideFigure(k - 1) ? k - 1 : j;
  }

  // True if a weekday mention ("Friday", "Tuesday afternoon") or a period's
  // possessive starts at tokens[k]: when a price was quoted, not what for.
  bool DayAt(int k) const {
    for (const Mention& m : days_) {
      if (m.first == k) return true;
    }
    return false;
  }

  // The token after "over/across/within" and the figure after it ("£12
  // million over three years on school repairs": the "on"), or k.
  int AfterPeriodFigure(int k) const {
    if (!IsWord(k, "over") && !IsWord(k, "across") && !IsWord(k, "within")) {
      return k;
    }
    const FigurePlace* q = FigureStartingAt(k + 1);
    return q != nullptr && !q->money ? q->end : k;
  }

  // "Road crashes cost the economy $4 billion": the verb before the object
  // noun phrase (a determiner and up to three words) that ends at j, when
  // the verb gives money to or takes it from the object; j otherwise.
  int BeforeCostObject(int j) const {
    int k = j;
    while (k > j - 3 && NounWord(k)) --k;
    if (k == j || !IsWordWith(k, lexicon::IsNounPhraseDeterminer)) return j;
    return IsWordWith(k - 1, lexicon::IsCostVerb) ? k - 1 : j;
  }

  // Up to three words of a noun phrase ending at tokens[j] ("The suspects",
  // "Georgia's own rate"), or "".
  std::string NounsEndingAt(int j) const {
    int first = -1;
    for (int k = j; k >= 0 && k > j - 3; --k) {
      if (first == k + 1 && CompoundDash(k)) {
        first = --k;  // "the first-time buyers"
        continue;
      }
      const Token& t = t_[k];
      if (t.kind != TokenKind::kWord || InsideFigure(k) ||
          HasRole(t, kRoleSubjectStop) || LooksLikeVerb(t.lower) ||
          IrregularPast(t.lower)) {
        break;
      }
      first = k;
      if (IsPossessive(t.lower)) break;  // "Georgia's own rate"
    }
    return first < 0 ? std::string() : Slice(first, j + 1);
  }

  // "monthly support of 2,500 dirhams", "a weekly rent of £300": the
  // "-ly" time scope word before the noun at j whose money follows "of";
  // -1 when none.
  int RateAdjectiveBefore(int j) const {
    const Token* noun = At(j);
    if (noun == nullptr || noun->kind != TokenKind::kWord || j < 1 ||
        t_[j - 1].kind != TokenKind::kWord ||
        !absl::EndsWith(t_[j - 1].lower, "ly")) {
      return -1;
    }
    const PhraseMatch m = lex_.time_scopes.Match(t_, j - 1);
    return m.found() && m.length == 1 ? j - 1 : -1;
  }

  // True if tokens[k] is the apostrophe of a plural possessive glued to the
  // word before it ("days' notice").
  bool PluralPossessiveMark(int k) const {
    const Token* mark = At(k);
    return mark != nullptr && k > 0 && mark->kind == TokenKind::kSymbol &&
           !mark->space_before && t_[k - 1].kind == TokenKind::kWord &&
           (mark->raw == "'" || mark->raw == "\xE2\x80\x99");
  }

  // The last word of a hyphenated compound whose inner word at k is a stop
  // word ("and" in "search-and-rescue", "of the" in "state-of-the-art");
  // k when tokens[k] is no such inner word.
  int StopWordCompoundEnd(int k) const {
    if (!HasRole(t_[k], kRoleSubjectStop) || !CompoundDash(k + 1)) return k;
    int end = k + 2;
    while (CompoundDash(end + 1)) end += 2;
    return end;
  }

  // True if tokens[k] is a dash joining the words on either side without
  // spaces into one ("pre-tax", "first-time"), the one before no figure.
  bool CompoundDash(int k) const {
    const Token* dash = At(k);
    const Token* before = At(k - 1);
    const Token* after = At(k + 1);
    return dash != nullptr && before != nullptr && after != nullptr &&
           IsDash(*dash) && !dash->space_before && !after->space_before &&
           before->kind == TokenKind::kWord &&
           after->kind == TokenKind::kWord && !InsideFigure(k - 1);
  }

  // "sells for about 60 euros", "sold for $1.2 million": a price; what is sold
  // comes before the verb.
  bool SaleFor(const FigurePlace& p) const {
    return IsWord(p.first - 1, "for") &&
           IsWordWith(p.first - 2, lexicon::IsSaleVerb);
  }

  // "Forecasters expected highs between 108 and 112": the plural noun right
  // before a range opened by "between" is what it spans.
  std::string BetweenSubject(const FigurePlace& p, const v1::Figure& f) const {
    if (f.qualifier() != v1::QUALIFIER_RANGE || !IsWord(p.first, "between") ||
        !NounWord(p.first - 1) || !LooksPlural(t_[p.first - 1].lower)) {
      return std::string();
    }
    return NounsEndingAt(p.first - 1);
  }

  // "Georgia's own rate, about 28 per 100,000, is ...": a figure set off by
  // commas after a noun phrase gives its amount.
  std::string AppositiveSubject(const FigurePlace& p) const {
    const Token* before = At(p.first - 1);
    const Token* after = At(p.end);
    if (before == nullptr || after == nullptr || !IsSymbol(*before, ",") ||
        !IsSymbol(*after, ",")) {
      return std::string();
    }
    int j = p.first - 2;
    if ((IsWord(j - 1, "any") || IsWord(j - 1, "all")) && IsWord(j - 2, "of")) {
      j -= 3;  // "the highest revenue of any club, £715 million,"
    }
    return NounsEndingAt(j);
  }

  // "Mensah, the 22-year-old who arrived", "The goalkeeper, a 31-year-old
  // from Porto": an age with no noun of its own after a comma and an article
  // describes the noun phrase before the comma.
  std::string AgeAppositionSubject(const FigurePlace& p,
                                   const v1::Figure& f) const {
    const int j = p.first - 1;
    if (f.dimension() != v1::DIMENSION_AGE ||
        !(IsWord(j, "the") || IsWord(j, "a") || IsWord(j, "an")) ||
        At(j - 1) == nullptr || !IsSymbol(t_[j - 1], ",")) {
      return std::string();
    }
    return NounsEndingAt(j - 2);
  }

  // "€300m would go to a new scheme", "roughly €2.6bn, will go to housing",
  // "£5bn will be spent on roads": the first token of what money after its
  // figure is given to, or -1.
  int AllocatedTo(int k) const {
    if (At(k) != nullptr && IsSymbol(*At(k), ",")) ++k;
    for (int n = 0; n < 3 && IsWordWith(k, lexicon::IsSubjectAuxiliary); ++n) {
      ++k;  // "will", "would be", "is set to"
    }
    if (!IsWordWith(k, lexicon::IsAllocationVerb)) return -1;
    ++k;
    if (IsWord(k, "directly") || IsWord(k, "mainly") || IsWord(k, "largely"))
      ++k;
    const bool to = IsWord(k, "to") || IsWord(k, "towards") ||
                    IsWord(k, "on") || IsWord(k, "for") || IsWord(k, "into");
    return to && !IsWordWith(k + 1, lexicon::IsSubjectAuxiliary) ? k + 1 : -1;
  }

  // True if a place mention found in the sentence starts at tokens[k] or,
  // after "the", at tokens[k + 1] ("in Paris", "in the United States") and
  // ends its phrase: at the end, a comma or stop, or a stop word other than
  // "and"/"or" ("in TV and radio advertising" may be what money is for).
  bool PlaceMentionAt(int k) const {
    for (const Mention& m : places_found_) {
      if (m.first != k && (m.first != k + 1 || !IsWord(k, "the"))) continue;
      const Token* after = At(m.end);
      if (after == nullptr) return true;
      if (after->kind == TokenKind::kSymbol) return !IsDash(*after);
      return HasRole(*after, kRoleSubjectStop) && after->lower != "and" &&
             after->lower != "or";
    }
    return false;
  }

  // "late trading", "after-hours trading": when a price was quoted, not what
  // the money is for.
  bool TradingSession(int k) const {
    return IsWordWith(k, lexicon::IsTradingSessionWord);
  }

  // The end of the figure starting at tokens[k] (or after a determiner,
  // possessive and up to two sequence words there: "their last six"), or -1.
  int FigureEndAt(int k) const {
    if (IsWord(k, "the") || IsWord(k, "its") || IsWord(k, "their") ||
        IsWord(k, "all") || IsWord(k, "these") || IsWord(k, "those")) {
      ++k;  // "a quarter of all five-minute trading intervals"
    }
    if (At(k) != nullptr && IsPossessive(At(k)->lower)) ++k;  // "the state's"
    for (int n = 0; n < 2 && IsWordWith(k, lexicon::IsSequenceAdjective); ++n) {
      ++k;  // "five of their last six matches", "most recent"
    }
    for (const FigurePlace& q : places_) {
      if (q.first == k) return q.end;
    }
    return -1;
  }

  // "a match", "per game" closing a phrase after a count: what the count is
  // per, not what it counts.
  bool PerUnit(int k) const {
    if (!IsWord(k, "a") && !IsWord(k, "an") && !IsWord(k, "per")) return false;
    const Token* noun = At(k + 1);
    const Token* after = At(k + 2);
    return noun != nullptr && noun->kind == TokenKind::kWord &&
           !IsCapitalized(*noun) && !LooksPlural(noun->lower) &&
           !HasRole(*noun, kRoleSubjectStop) && !InsideFigure(k + 1) &&
           (after == nullptr || (after->kind == TokenKind::kSymbol &&
                                 !IsDash(*after)) ||
            HasRole(*after, kRoleSubjectStop));
  }

  // A word glued to the figure by a dash: "3,500-seat".
  bool TightWord(int k) const {
    const Token* dash = At(k);
    const Token* word = At(k + 1);
    return dash != nullptr && IsDash(*dash) && !dash->space_before &&
           word != nullptr && word->kind == TokenKind::kWord &&
           !word->space_before;
  }

  // "a $1.3 billion package", "about a 70% chance": the figure modifies the
  // noun after it.
  bool ArticleBefore(const FigurePlace& p) const {
    if (IsWord(p.first - 1, "a") || IsWord(p.first - 1, "an")) return true;
    if (DeterminerBefore(p.first - 1) ||
        (NounWord(p.first - 1) && DeterminerBefore(p.first - 2))) {
      return true;  // "the 5 per cent rule", "the higher 40 per cent rate"
    }
    if ((NounPossessive(p.first - 1) ||
         (NounWord(p.first - 1) && NounPossessive(p.first - 2))) &&
        NounWord(p.end)) {
      return true;  // "the Bank of England's 2 per cent target"
    }
    for (int i = p.first; i + 1 < p.end; ++i) {
      if ((IsWord(i, "a") || IsWord(i, "an")) &&
          t_[i + 1].kind != TokenKind::kWord) {
        return true;
      }
    }
    return false;
  }

  // True if tokens[i] is a definite determiner or possessive ("the", "its").
  bool DeterminerBefore(int i) const {
    const Token* t = At(i);
    if (t == nullptr || t->kind != TokenKind::kWord) return false;
    const absl::string_view w = t->lower;
    return w == "the" || w == "its" || w == "their" || w == "this" ||
           w == "that" || w == "his" || w == "her" || w == "our";
  }

  // True if tokens[i] is a noun's possessive ("the Bank of England's",
  // "Obama's"), not a pronoun's contraction with "is" ("that's", "it's").
  bool NounPossessive(int i) const {
    const Token* t = At(i);
    if (t == nullptr || t->kind != TokenKind::kWord || !IsPossessive(t->lower))
      return false;
    const absl::string_view w = t->lower;
    const size_t mark = absl::EndsWith(w, "'s") ? 2 : 4;  // "'s" or "’s"
    return !lexicon::IsContractedPronoun(w.substr(0, w.size() - mark));
  }

  // "10-km" in "a 10-km race": the figure modifies the noun after it.
  bool Adjectival(const FigurePlace& p) const {
    return p.end - 2 >= p.first && IsDash(t_[p.end - 2]) &&
           !t_[p.end - 2].space_before;
  }

  // "The death toll climbed to 45", "Turnout was 64%": the noun phrase before a
  // quantity verb.
  std::string LeftSubject(const FigurePlace& p) const {
    const int statistic = BeforeStatistic(p.first - 1);
    if (statistic != p.first - 1) {  // "rose to an average of £1,335"
      std::string subject = LeftSubjectFrom(p, statistic);
      if (!subject.empty()) return subject;
    }
    const int j = p.first - 1;
    if (IsWord(j, "of") &&
        (IsWord(j - 1, "rate") || IsWord(j - 1, "pace") ||
         IsWord(j - 1, "speed")) &&
        IsWord(j - 2, "a") && IsWord(j - 3, "at")) {
      // "This fire was moving at a rate of roughly 4,000 acres an hour": what
      // moves, not the rate
      std::string subject = LeftSubjectFrom(p, j - 3);
      if (!subject.empty()) return subject;
    }
    return LeftSubjectFrom(p, j);
  }

  // LeftSubject() read from tokens[j] leftwards.
  std::string LeftSubjectFrom(const FigurePlace& p, int j) const {
    if (IsWordWith(j, lexicon::IsFigureHedge)) --j;  // "is somewhere between"
    if ((IsWord(j, "it") || IsWord(j, "them") || IsWord(j, "us")) &&
        At(j - 1) != nullptr && HasRole(t_[j - 1], kRoleQuantityVerb)) {
      --j;  // "which costs it about €9": the object between verb and figure
    } else if (p.money) {
      j = BeforeCostObject(j);  // "cost the economy $4 billion"
    }
    if (IsWord(j, "record")) {  // "rose 10% to a record 253,000 hectares"
      --j;
      if (IsWord(j, "new")) --j;
      if (IsWord(j, "a")) --j;
    }
    // "revenue of $4.2 billion", "tax cuts worth €1.3bn"
    const bool worth = IsWord(j, "worth");
    const bool of = IsWord(j, "of") || worth;
    const bool at = IsWord(j, "at");  // "inflation at 2 per cent"
    if (IsWord(j, "to") || at || IsWord(j, "by") || IsWord(j, "from")) {
      --j;
      if (LyAdverb(j) && At(j - 1) != nullptr &&
          HasRole(t_[j - 1], kRoleQuantityVerb)) {
        --j;  // "fell slightly to 10.2%", "rose sharply to"
      }
      if (At(j) != nullptr && IsSymbol(t_[j], ",") && !of &&
          (InsideFigure(j - 1) || InPeriod(j - 1))) {
        --j;  // "rose 6.7 per cent in the year to September, to"
      } else if (At(j) != nullptr && IsSymbol(t_[j], ",") && !of &&
                 At(j - 2) != nullptr && HasRole(t_[j - 2], kRoleQuantityVerb) &&
                 (LyAdverb(j - 1) || absl::EndsWith(t_[j - 1].lower, "er"))) {
        j -= 2;  // "weekend trips rose faster, by 11%"
      }
    }
    if (at && (IsWord(j, "higher") || IsWord(j, "lower")) &&
        InsideFigure(j - 1)) {
      --j;  // "closed 2.3% higher at $41.20": the change before
    } else if (at && IsWord(j - 1, "to") && InsideFigure(j - 2)) {
      j -= 2;  // "was up 46 cents to settle at $41.60"
    }
    if (InsideFigure(j)) {  // "shares rose 2.1% to $181.20"
      while (InsideFigure(j)) --j;
      if (IsWord(j, "by")) --j;
      if (IsWord(j, "or") && At(j - 1) != nullptr && IsSymbol(t_[j - 1], ",") &&
          InsideFigure(j - 2)) {
        j -= 2;  // "fell 3.2 euros, or 1.5%, to 208.75 euros"
        while (InsideFigure(j)) --j;
      }
    }
    for (const Mention& m : times_) {
      if (m.first <= j && j < m.end) j = m.first - 1;  // "year-on-year to"
    }
    for (const Mention& m : days_) {
      if (m.first <= j && j < m.end) j = m.first - 1;  // "fell Tuesday to"
    }
    j = BeforeChangePeriod(j);  // "fell 4% over the quarter to"
    if (IsWord(j, "the") && InsideFigure(j - 2) &&
        (IsWord(j - 1, "in") || IsWord(j - 1, "over") ||
         IsWord(j - 1, "during"))) {
      --j;  // "rose 9% in the first half to"
    }
    if ((IsWord(j, "from") || IsWord(j, "on") || IsWord(j, "in") ||
         IsWord(j, "over") || IsWord(j, "during")) &&
        InsideFigure(j - 1) && j + 1 < p.first && !InsideFigure(j + 1)) {
      --j;  // "rose 3.6% from a year earlier to C$36.12": the base's period;
            // "rose 18% in the first nine months to Dh74.3bn": the change's
    }
    if (InsideFigure(j)) {  // "grew 4.5% year-on-year to $3.2 billion"
      while (InsideFigure(j)) --j;
      if (IsWord(j, "by")) --j;
    }
    if (IsWord(j, "record")) {  // "hit a record $22.3 billion"
      --j;
      if (IsWord(j, "new")) --j;
      if (IsWord(j, "a")) --j;
    }
    if (IsWord(j, "time") && IsWord(j - 1, "on") && At(j - 2) != nullptr &&
        HasRole(t_[j - 2], kRoleQuantityVerb)) {
      j -= 2;  // "trains ran on time 84.1% of the time"
    }
    bool earner = false;  // the noun before "earning"/"paying" is the subject
    // The verb ends the figure: "rents doubled", "had more than doubled".
    const lexicon::NumberWordEntry* verb = lex_.NumberWord(t_[p.end - 1]);
    if (ChangeParticle(j) ||
        ((IsWord(j, "up") || IsWord(j, "down")) &&
         IsWordWith(j - 1, lexicon::IsSubjectAuxiliary) &&
         !IsWord(p.end - 1, "times"))) {  // not "up three times as often"
      --j;  // "inflation edged up to 3.8%", "will go up by $9", "fell back
            // 2%": the verb before its particle; "The total was up 7.4%"
    } else if (verb != nullptr &&
        verb->kind == lexicon::NumberWordKind::kMultiplierVerb) {
      if (IsWordWith(p.end, lexicon::IsNounPhraseDeterminer) &&
          TimeAt(p.end) == p.end) {
        return std::string();  // "Trump nearly quintupled the rent": agent
      }
      j = p.first;  // "rents doubled": the figure is the verb
    } else if (p.money && At(j) != nullptr && Gerund(t_[j].lower) &&
               !(at && IsWordWith(j, lexicon::IsIngNoun)) &&
               (EarnerBefore(j) ||
                (IsWordWith(j - 1, lexicon::IsSubjectAuxiliary) &&
                 EarnerBefore(j - 1))) &&
               !IsWord(p.end, "on") && !IsWord(p.end, "for")) {
      // "a worker earning €50,000", "households paying £1,000", "Families
      // are paying A$300": who earns or pays
      earner = true;
    } else if (SaleFor(p)) {
      --j;  // "A gram of cocaine sells for about 60 euros"
    } else if ((IsWord(j, "up") || IsWord(j, "down")) && NounWord(j - 1)) {
      // "with prices up 2.1 per cent": the noun is the subject
    } else if (at && IsWordWith(j, lexicon::IsLevelPassive) &&
               (IsWordWith(j - 1, lexicon::IsSubjectAuxiliary) ||
                (IsWordWith(j - 1, lexicon::IsFigureHedge) &&
                 IsWordWith(j - 2, lexicon::IsSubjectAuxiliary)) ||
                LevelVerbAt(j - 1))) {
      // "the surplus is forecast at €8.6bn": the verb sets a level; "Corn
      // futures were little changed at $3.97"; "The rate held steady at"
      if (LevelVerbAt(j - 1)) --j;
    } else if (at && (IsWord(j, "unchanged") || IsWord(j, "steady")) &&
               NounWord(j - 1)) {
      // "would keep the interim dividend unchanged at 18 cents a share"
      return NounsEndingAt(j - 1);
    } else if (at && NounBeforeAt(j)) {
      ++j;  // "the pound at $1.27": the noun itself is the subject
    } else if (!of && PeriodThenTo(j + 1) &&
               (IsWord(j, "for") || NounWord(j))) {
      // "raised its growth forecast for next year to 2.4%"
      const int last = IsWord(j, "for") ? j - 1 : j;
      const int object = ChangedObject(last, true);
      return object < 0 ? std::string() : Slice(object, last + 1);
    } else if (!of && !(At(j) && HasRole(*At(j), kRoleQuantityVerb))) {
      const int object = ChangedObject(j);  // "cut the tax rate from 7%"
      return object < 0 ? std::string() : Slice(object, j + 1);
    } else if (!of && (IsWord(j + 1, "by") || IsWord(j + 1, "from")) &&
               BareChangedObject(j) >= 0) {
      return Slice(BareChangedObject(j), j + 1);  // "cut costs by £6m"
    } else if (IsWordWith(j, lexicon::IsReceiveVerb) && IsWord(j - 1, "to") &&
               !IsWord(j - 2, "expected") &&
               !IsWordWith(j - 2, lexicon::IsLevelPassive) &&
               !(NounWord(j - 2) && DeterminerBefore(j - 3))) {
      // "is everybody supposed to earn $12 an hour?", "working to raise";
      // not "is expected to raise", "expects the increase to raise"
      return std::string();
    }
    --j;
    if (LyAdverb(j) && !DeterminerBefore(j - 1) && !IsWord(j - 1, "a")) {
      --j;  // "Workers there typically earn"; not "the tally rose"
    }

    for (int n = 0; n < 3; ++n) {
      if (!IsWordWith(j, lexicon::IsSubjectAuxiliary) &&
          !IsWordWith(j, lexicon::IsFigureHedge) && !AdverbAfterNoun(j)) {
        break;
      }
      --j;  // "could drop", "is expected to reach", "now costs", "sharply
            // rose"
    }
    if (!of) j = BeforeRelativeClause(j);
    // "credit monitoring, which costs it": the noun before ", which" is the
    // subject itself, no place to skip.
    const bool relative = IsWord(j, "which") || IsWord(j, "that");
    j = BeforeAside(j);
    j = BeforeAgeBand(j);
    for (const Mention& m : times_) {
      if (m.first <= j && m.end == j + 1) {
        j = m.first - 1;  // "The budget for this year is $19.9 billion"
        if (IsWord(j, "the")) --j;  // "in the first six days"
        if (IsWord(j, "for") || IsWord(j, "in")) --j;
      }
    }
    if (!relative && !earner) j = BeforePlace(j, !of);
    if (!of) j = BeforeAgent(j);
    if (!of) j = BeforeWithFigure(j);
    const int last = j;
    int first = -1;
    int words = 0;
    const int max_words = worth ? 3 : 5;  // "the plan includes tax cuts worth"
    while (j >= 0 && words < max_words) {
      const Token& tok = t_[j];
      if (first == j + 1 && CompoundDash(j)) {
        first = j - 1;  // "Pre-tax profit", "first-time buyers": one word
        j -= 2;
        continue;
      }
      if (tok.kind != TokenKind::kWord || InsideFigure(j)) break;
      if ((tok.lower == "of" || tok.lower == "per" || tok.lower == "for") &&
          first >= 0 && j > 0 && At(j - 1)->kind == TokenKind::kWord &&
          !HasRole(*At(j - 1), kRoleSubjectStop) && !InsideFigure(j - 1)) {
        // "the price of oil", "the nil-rate band for first-time buyers"
        --j;
        continue;
      }
      // "sets total spending at": "total" before the noun a level is set for
      const bool total = at && first == j + 1 && tok.lower == "total";
      if (!total && (HasRole(tok, kRoleSubjectStop) ||
                     lex_.NumberWord(tok) != nullptr)) {
        break;
      }
      if (worth && (Gerund(tok.lower) || LooksLikeVerb(tok.lower))) break;
      if (first >= 0 && VerbAfterSubject(j)) {
        break;  // "figures showed consumer price inflation rose"
      }
      if (first >= 0 && AuxiliaryParticiple(j)) {
        break;  // "nurses have seen real-terms pay fall": the noun's verb
      }
      if (at && (LooksLikeVerb(tok.lower) || IrregularPast(tok.lower) ||
                 tok.lower == "put" || tok.lower == "puts" ||
                 tok.lower == "sets" || tok.lower == "estimates")) {
        break;  // "the bank estimated direct damage at $34.2 billion"
      }
      first = j;
      ++words;
      --j;
    }
    return first < 0 ? std::string() : Slice(first, last + 1);
  }



  // True if tokens[j] is the particle of a verb of change before it ("edged
  // up", "will go up", "came down", "fell back").
  bool ChangeParticle(int j) const {
    if (IsWord(j, "back")) {
      return (At(j - 1) != nullptr && HasRole(t_[j - 1], kRoleQuantityVerb)) ||
             IsWordWith(j - 1, lexicon::IsChangeFromWord);
    }
    return (IsWord(j, "up") || IsWord(j, "down")) &&
           (IsWordWith(j - 1, lexicon::IsUpParticleVerb) ||
            IsWordWith(j - 1, lexicon::IsPhrasalChangeVerb));
  }

  // True if tokens[j] is a participle after an auxiliary ("have seen", "had
  // received"): a verb whose object the noun after it is.
  bool AuxiliaryParticiple(int j) const {
    const absl::string_view w = t_[j].lower;
    return (LooksLikeVerb(w) || IrregularPast(w) ||
            lexicon::IsLevelPassive(w)) &&
           !IsWord(j - 1, "to") &&
           IsWordWith(j - 1, lexicon::IsSubjectAuxiliary);
  }

  // True if tokens[k] is a verb that keeps a level before an adjective
  // ("held steady", "stayed flat", "remained unchanged").
  bool LevelVerbAt(int k) const {
    const Token* t = At(k);
    return t != nullptr && t->kind == TokenKind::kWord && !InsideFigure(k) &&
           (HasRole(*t, kRoleQuantityVerb) || lexicon::IsLevelPassive(t->lower)) &&
           !lexicon::IsSubjectAuxiliary(t->lower);
  }

  // "rose to an average of £1,335", "the total of 41": the token before the
  // article, read as if the figure stood there (a statistic is not what the
  // figure counts); j when tokens[..j] do not end so.
  int BeforeStatistic(int j) const {
    if (!IsWord(j, "of") || !IsWordWith(j - 1, lexicon::IsStatisticNoun)) {
      return j;
    }
    return IsWord(j - 2, "a") || IsWord(j - 2, "an") || IsWord(j - 2, "the")
               ? j - 3
               : j;
  }

  // True if tokens[j] is an -ly adverb after a noun, before its verb ("the
  // nonprofit subsequently paid"): not a noun that ends so ("oil supply").
  bool AdverbAfterNoun(int j) const {
    const Token* t = At(j);
    const Token* before = At(j - 1);
    return t != nullptr && t->kind == TokenKind::kWord && t->lower.size() > 5 &&
           absl::EndsWith(t->lower, "ly") && !IsCapitalized(*t) &&
           !lexicon::IsLyNoun(t->lower) && before != nullptr &&
           before->kind == TokenKind::kWord &&
           !HasRole(*before, kRoleSubjectStop) && !InsideFigure(j - 1);
  }

  // True if tokens[j] is a period noun's possessive ("year's", "month’s").
  bool PeriodPossessive(int j) const {
    const absl::string_view w = t_[j].lower;
    if (!IsPossessive(w)) return false;
    const size_t mark = absl::EndsWith(w, "'s") ? 2 : 4;  // "'s" or "’s"
    return (lex_.RolesOf(w.substr(0, w.size() - mark)) & kRolePeriodNoun) != 0;
  }

  // True if tokens[k] is in a period mention ("in the year to September").
  bool InPeriod(int k) const {
    for (const Mention& m : times_) {
      if (m.first <= k && k < m.end) return true;
    }
    return false;
  }

  // True if the past-tense word at j follows a word that can be its subject
  // ("the ONS showed"), so it is a verb; after a determiner, stop word,
  // possessive or adverb, or opening the sentence, it modifies a noun ("the
  // estimated cost", "Trump's declared goal", "federally mandated wage").
  bool VerbAfterSubject(int j) const {
    const absl::string_view w = t_[j].lower;
    if (!LooksLikeVerb(w) && !IrregularPast(w)) return false;
    const Token* before = At(j - 1);
    return before != nullptr && before->kind == TokenKind::kWord &&
           !HasRole(*before, kRoleSubjectStop) && !InsideFigure(j - 1) &&
           !IsPossessive(before->lower) && !absl::EndsWith(before->lower, "ly");
  }

  // True if the word before the participle at j can be who earns or pays:
  // "a worker earning", "Households paying" (capitalized only first).
  bool EarnerBefore(int j) const {
    const Token* t = At(j - 1);
    return t != nullptr && t->kind == TokenKind::kWord && !InsideFigure(j - 1) &&
           !HasRole(*t, kRoleSubjectStop | kRoleQuantityVerb) &&
           !LooksLikeVerb(t->lower) && !Gerund(t->lower) &&
           (OpensSentence(j - 1) || !IsCapitalized(*t));
  }

  // True if tokens[i] is a lowercase -ly word that is no noun ("typically",
  // not "supply").
  bool LyAdverb(int i) const {
    const Token* t = At(i);
    return t != nullptr && t->kind == TokenKind::kWord && t->lower.size() > 4 &&
           absl::EndsWith(t->lower, "ly") && !IsCapitalized(*t) &&
           !lexicon::IsLyNoun(t->lower);
  }

  // True if only symbols (an opening quote mark) come before tokens[i].
  bool OpensSentence(int i) const {
    for (int k = 0; k < i; ++k) {
      if (t_[k].kind != TokenKind::kSymbol) return false;
    }
    return true;
  }

  // The token before a comma-set aside that ends at j ("The operation, which
  // lasted", "Growth, excluding one-offs, will be held at"); j when none.
  int BeforeAside(int j) const {
    if ((IsWord(j, "which") || IsWord(j, "that")) && At(j - 1) != nullptr &&
        IsSymbol(*At(j - 1), ",")) {
      return j - 2;  // "The operation, which lasted 18 months"
    }
    if (At(j) == nullptr || !IsSymbol(*At(j), ",")) return j;
    const int relative = RelativeClauseStart(j);
    if (relative >= 0) return relative - 1;  // "Core inflation, which ...,"
    bool figure = false;
    for (int k = j - 1; k >= 0 && k > j - 16; --k) {
      if (t_[k].kind == TokenKind::kSymbol && !IsDash(t_[k])) {
        if (!IsSymbol(t_[k], ",")) return j;
        // A short aside without figures ("once-off" goes on), or a noun
        // phrase in apposition ("The index, a composite of eight routes,").
        return (!figure && k > j - 8) || AppositionAt(k) ? k - 1 : j;
      }
      figure = figure || InsideFigure(k);
    }
    return j;
  }

  // "The unemployment rate for people aged 15 to 24 rose": the token before
  // "aged" when an age after it ends at j (the people are part of the
  // subject, the age band is a figure of its own), or the noun for people
  // right before the age ("Obesity among children under 12 rose"); j
  // otherwise.
  int BeforeAgeBand(int j) const {
    if (!InsideFigure(j)) return j;
    int k = j;
    while (InsideFigure(k)) --k;
    if (!IsWord(k, "aged") && !IsWord(k, "ages")) {
      return IsWordWith(k, lexicon::IsPersonNoun) ? k : j;  // "people under 25"
    }
    const Token* noun = At(k - 1);
    return noun != nullptr && noun->kind == TokenKind::kWord &&
                   !HasRole(*noun, kRoleSubjectStop)
               ? k - 1
               : j;
  }

  // True if the comma at k opens a noun phrase in apposition to the word
  // before it: an article after it ("The employment rate, the share of ...").
  bool AppositionAt(int k) const {
    const Token* before = At(k - 1);
    return before != nullptr && before->kind == TokenKind::kWord &&
           !InsideFigure(k - 1) &&
           (IsWord(k + 1, "a") || IsWord(k + 1, "an") || IsWord(k + 1, "the"));
  }

  // "The toll from the quake that struck the Atlas mountains late on Friday
  // rose": the noun before a relative clause without commas that ends at j
  // (its pronoun after a noun and before a past verb); j when none. Not
  // "officials said that the toll rose" (a verb before "that").
  int BeforeRelativeClause(int j) const {
    for (int k = j - 1; k >= 1 && k > j - 16; --k) {
      const Token& t = t_[k];
      if (t.kind != TokenKind::kWord || InsideFigure(k)) return j;
      if (t.lower != "that" && t.lower != "which" && t.lower != "who") {
        continue;
      }
      const Token* verb = At(k + 1);
      const bool past = verb != nullptr && verb->kind == TokenKind::kWord &&
                        (LooksLikeVerb(verb->lower) ||
                         IrregularPast(verb->lower));
      const bool clause =
          past || IsWordWith(k + 1, lexicon::IsSubjectAuxiliary);  // "were"
      if (!clause || k + 1 >= j) return j;
      if (InsideFigure(k - 1)) {
        const int noun = BeforeAgeBand(k - 1);  // "children aged 2 to 14 who"
        return noun != k - 1 ? noun : j;
      }
      return NounWord(k - 1) || OpeningNoun(k - 1) ? k - 1 : j;
    }
    return j;
  }

  // True if tokens[k] opens the sentence with a capital and could be a noun
  // ("Adults who met ...", "Pupils who"): no stop word or figure.
  bool OpeningNoun(int k) const {
    const Token* t = At(k);
    return t != nullptr && t->kind == TokenKind::kWord && OpensSentence(k) &&
           !InsideFigure(k) && !HasRole(*t, kRoleSubjectStop | kRoleQuantityVerb);
  }

  // The comma opening a relative clause (", which strips out energy, food
  // and tobacco,") that the comma at j closes, or -1.
  int RelativeClauseStart(int j) const {
    for (int k = j - 2; k >= 1 && k > j - 24; --k) {
      const Token& t = t_[k];
      if (InsideFigure(k) || IsSymbol(t, ";") || IsSymbol(t, ".") ||
          IsSymbol(t, "\"")) {
        return -1;
      }
      if ((IsWord(k, "which") || IsWord(k, "who")) && IsSymbol(t_[k - 1], ",")) {
        return k - 1;
      }
    }
    return -1;
  }

  // True if tokens[j] is a noun opening its phrase before "at": "with the
  // pound at $1.27", "and inflation at 2 per cent" (not "now sits at 40%").
  bool NounBeforeAt(int j) const {
    int k = j;
    while (k >= 0 && k > j - 3 &&
           ((NounWord(k) && !IsWordWith(k, lexicon::IsLevelPassive)) ||
            (LowerNoun(k) && IsWordWith(k, lexicon::IsIngNoun)) ||
            (k < j && (IsWord(k, "total") ||
                       (LowerNoun(k) && Gerund(t_[k].lower)))))) {
      --k;  // "global ending stocks", "sets total spending at"; not "puts"
    }
    const Token* before = At(k);
    if (k == j || before == nullptr) return false;
    const absl::string_view b = before->lower;
    return b == "the" || b == "with" || b == "and" || b == "its" ||
           b == "their" || b == "," ||
           (lexicon::IsLevelPassive(b) && !IsWord(k - 1, "be") &&
            !IsWordWith(k - 1, lexicon::IsSubjectAuxiliary));
    // "put world wheat production at 798 million tonnes"
  }

  // A lowercase word that can be part of a noun phrase (not a verb or stop).
  bool NounWord(int k) const {
    const Token* t = At(k);
    return t != nullptr && t->kind == TokenKind::kWord && !InsideFigure(k) &&
           !IsCapitalized(*t) &&
           !HasRole(*t, kRoleSubjectStop | kRoleQuantityVerb) &&
           !LooksLikeVerb(t->lower) && !IrregularPast(t->lower) &&
           !Gerund(t->lower);
  }

  // True if a period mention starts at tokens[k] and "to" follows it ("for
  // next year to 2.4%", "for 2026 to 3%").
  bool PeriodThenTo(int k) const {
    for (const Mention& m : times_) {
      if (m.first == k) return IsWord(m.end, "to");
    }
    return false;
  }

  // The first token of "the tax rate" in "cut the tax rate from 7%" (or "by
  // 0.5 points"), where j is its last; -1 when no verb of change governs the
  // noun phrase ending at j.
  int ChangedObject(int j, bool to_after_period = false) const {
    // "bringing the death toll to 45"; with `to_after_period`, "its forecast
    // for next year to 2.4%"
    const bool to = to_after_period || IsWord(j + 1, "to");
    const bool by = IsWord(j + 1, "by");  // "cut its base rate by 0.25"
    if ((!IsWord(j + 1, "from") && !to && !by) || At(j) == nullptr) return -1;
    if (to && NounWord(j) && LooksPlural(t_[j].lower) &&
        IsWordWith(j - 1, lexicon::IsMoveToWord)) {
      return j;  // "set thermostats to 78 degrees"
    }
    int k = j;
    while (k >= 0 && k > j - 4 && t_[k].kind == TokenKind::kWord &&
           !HasRole(t_[k], kRoleSubjectStop) && !InsideFigure(k)) {
      --k;
    }
    if (k == j || k < 1 ||
        !(IsWord(k, "the") || IsWord(k, "its") || IsWord(k, "their") ||
          IsWord(k, "a"))) {
      return to ? -1 : BareChangedObject(j);
    }
    if (IsWord(k - 1, "of") && NounWord(k - 2) && k >= 4 &&
        (IsWord(k - 3, "the") || IsWord(k - 3, "its") ||
         IsWord(k - 3, "their"))) {
      k -= 3;  // "reduced the weight of the films by 18%"
    }
    const absl::string_view verb = t_[k - 1].lower;
    if (to) return lexicon::IsMoveToWord(verb) ? k + 1 : -1;
    if (by && lexicon::IsMoveToWord(verb)) return k + 1;
    return lexicon::IsChangeFromWord(verb) ? k + 1 : -1;
  }

  // The first token of "bread prices" in "raised bread prices by 8%" (or
  // "from"), where j is its last: up to three lowercase nouns right after a
  // verb of change that takes an object, itself after no determiner ("the
  // cuts"); -1 otherwise. Tokens[j] may be a quantity verb's form ("cut costs
  // by", "raised fees by") when it looks plural and is no verb of change.
  int BareChangedObject(int j) const {
    const Token* last = At(j);
    if (last == nullptr || last->kind != TokenKind::kWord) return -1;
    const bool plural_verb = HasRole(*last, kRoleQuantityVerb) &&
                             LooksPlural(last->lower) &&
                             !lexicon::IsChangeFromWord(last->lower) &&
                             !lexicon::IsMoveToWord(last->lower);
    if (!NounWord(j) && !plural_verb) return -1;
    int m = j - 1;
    while (m > j - 3 && NounWord(m) &&
           !IsWordWith(m, lexicon::IsTransitiveChangeWord)) {
      --m;  // "cut" is a noun too
    }
    if (!IsWordWith(m, lexicon::IsTransitiveChangeWord) ||
        IsCapitalized(t_[m]) || DeterminerBefore(m - 1) || IsWord(m - 1, "a") ||
        IsWord(m - 1, "of")) {
      return -1;
    }
    return m + 1;
  }

  // "Overdose deaths in Canada topped 7,000", "seizures at the border rose to
  // 27,000 pounds": the place before a quantity verb is not the subject;
  // returns the last token before "in Canada" (j when tokens[..j] do not end
  // with a place).
  int BeforePlace(int j, bool verb) const {
    int k = j;
    if (verb && LowerNoun(j) && CapitalizedAt(j - 1)) {
      k = j - 1;  // "Diesel use in NSW mining averages"
    } else if (verb && LowerNoun(j) && LowerNoun(j - 1) &&
               CapitalizedAt(j - 2)) {
      k = j - 2;
    }
    while (k >= 0 && IsCapitalized(t_[k])) --k;
    if (k == j) return BeforeCommonPlace(j, verb);
    if (IsWord(k, "of") && IsWordWith(k - 1, lexicon::IsPlaceNoun)) {
      k -= IsWord(k - 2, "the") ? 3 : 2;  // "in the state of New York"
    }
    if (IsWordWith(k, lexicon::IsCompassAdjective)) --k;  // "northern Texas"
    if (IsWord(k, "the")) --k;  // "across the United States"
    if (verb && (IsWord(k, "to") || IsWord(k, "from"))) {
      return BeforeRoute(j, k);
    }

    // "Profits at Barclays rose", "wheat on Euronext fell": a name after "at"
    // or "on" places the subject too.
    const bool at_name = verb && (IsWord(k, "at") || IsWord(k, "on"));
    if (k < 1 || (!HasRole(t_[k], kRolePlacePreposition) && !at_name)) {
      return j;
    }
    const Token& before = t_[k - 1];
    if (before.kind != TokenKind::kWord || HasRole(before, kRoleSubjectStop)) {
      return j;
    }
    return k - 1;
  }

  // "Rates from Shanghai to Rotterdam jumped", "Imports from China fell",
  // "Visitors to Britain rose": the last token before a route of places
  // whose last preposition ("to", "from") is tokens[k]; j when tokens[..k]
  // hold no such route after a noun.
  int BeforeRoute(int j, int k) const {
    int m = k;
    if (IsWord(k, "to")) {
      m = k - 1;
      while (m >= 0 && IsCapitalized(t_[m])) --m;
      if (IsWord(m, "the")) --m;
      if (m == k - 1 || !IsWord(m, "from")) {
        // "the Shanghai to Los Angeles lane": the route names the noun
        if (m < k - 1 && !IsCapitalized(t_[j])) return j;
        m = k;  // "Visitors to Britain"
      }
    }
    if (m < 1) return j;
    const Token& before = t_[m - 1];
    if (before.kind != TokenKind::kWord || HasRole(before, kRoleSubjectStop) ||
        InsideFigure(m - 1)) {
      return j;
    }
    return m - 1;
  }

  // A lowercase word outside figures that may end a noun phrase ("mining").
  bool LowerNoun(int i) const {
    const Token* t = At(i);
    return t != nullptr && t->kind == TokenKind::kWord && !IsCapitalized(*t) &&
           !InsideFigure(i) &&
           !HasRole(*t, kRoleSubjectStop | kRoleQuantityVerb);
  }

  bool CapitalizedAt(int i) const {
    const Token* t = At(i);
    return t != nullptr && IsCapitalized(*t);
  }

  // "Wheat with 12.5% protein was quoted at": the last token before "with",
  // a figure and the noun it measures ending at j, or j.
  int BeforeWithFigure(int j) const {
    int k = j;
    while (k >= 0 && k > j - 4 && t_[k].kind == TokenKind::kWord &&
           !InsideFigure(k) &&
           (!HasRole(t_[k], kRoleSubjectStop) || IsWord(k, "for"))) {
      --k;  // "with 12.5% protein for September delivery"
    }
    if (k == j || !InsideFigure(k)) return j;
    while (InsideFigure(k)) --k;
    return IsWord(k, "with") && At(k - 1) != nullptr &&
                   t_[k - 1].kind == TokenKind::kWord &&
                   !HasRole(t_[k - 1], kRoleSubjectStop) && !InsideFigure(k - 1)
               ? k - 1
               : j;
  }

  // "Knife crime recorded by West Midlands Police fell": the last token
  // before a participle and its agent that end at j, or j.
  int BeforeAgent(int j) const {
    for (int k = j; k >= 2 && k > j - 6; --k) {
      const Token& t = t_[k];
      if (t.kind != TokenKind::kWord || InsideFigure(k)) return j;
      if (IsWord(k, "by") || IsWord(k, "to")) {  // "reported to Action Fraud"
        const absl::string_view w = t_[k - 1].lower;
        const bool participle = t_[k - 1].kind == TokenKind::kWord &&
                                (LooksLikeVerb(w) || IrregularPast(w));
        const Token& noun = t_[k - 2];
        const bool subject = noun.kind == TokenKind::kWord &&
                             !InsideFigure(k - 2) &&
                             !HasRole(noun, kRoleSubjectStop);
        return participle && k < j && subject ? k - 2 : j;
      }
      if (HasRole(t, kRoleSubjectStop) && !IsWord(k, "the") &&
          !IsWord(k, "of")) {
        return j;
      }
    }
    return j;
  }

  // "prices in the district", "fentanyl at the border": the last token before
  // a lowercase place phrase, or j.
  int BeforeCommonPlace(int j, bool verb) const {
    int k = j;
    while (k >= 0 && k > j - 3 && t_[k].kind == TokenKind::kWord &&
           !HasRole(t_[k], kRoleSubjectStop) && !InsideFigure(k)) {
      --k;
    }
    if (verb && k < j && InsideFigure(k)) {
      while (InsideFigure(k)) --k;  // "Wages across the 20 clubs rose 9%"
    }
    if (k == j || k < 1) return j;
    // "prices in the district"; before a verb also without "the": "a tax on
    // financial transactions would raise"
    const bool the = IsWord(k, "the") ||  // "on some suburban lines"
                     IsWordWith(k, lexicon::IsQuantifierDeterminer);
    if (!the && (!verb || InsideFigure(k))) return j;
    const int at = the ? k - 1 : k;
    if (at < 1) return j;
    const Token& preposition = t_[at];
    const absl::string_view w = preposition.lower;
    // "for" without "the" joins its noun to the head: "Demand for oil fell".
    const bool object = verb && (w == "on" || (w == "for" && the) ||
                                 w == "from" || w == "among");
    if (!HasRole(preposition, kRolePlacePreposition) && w != "at" && !object) {
      return j;  // "numbers on the existing line fell 12%" (before a verb)
    }
    const Token& before = t_[at - 1];
    if (before.kind != TokenKind::kWord || HasRole(before, kRoleSubjectStop) ||
        InsideFigure(at - 1) ||
        (!the && (LooksLikeVerb(before.lower) || IrregularPast(before.lower)))) {
      return j;  // not "came from donors giving $200"
    }
    return at - 1;
  }

  // True if the figure at p is compared with the figure before it: "up from
  // 10,000", "compared with 817", "than 12", "versus 14.5", ", up 19 per
  // cent".
  bool ComparedWithEarlier(const FigurePlace& p) const {
    const int j = p.first - 1;
    if (IsWord(j, "with") && (IsWord(j - 1, "compared") ||
                              IsWord(j - 1, "comparison"))) {
      return true;
    }
    if (IsWord(j, "from") || IsWord(j, "than") || IsWord(j, "versus") ||
        IsWord(j, "vs")) {
      return true;
    }
    return (IsWord(j, "up") || IsWord(j, "down")) && At(j - 1) != nullptr &&
           IsSymbol(*At(j - 1), ",");
  }

  // A figure without a subject compared with the figure before it counts what
  // that one counts: "12,500 new social homes, up from 10,000 this year" (the
  // nearest of its own dimension, else the nearest); a bare number compared
  // with a rate is a rate ("18.6 deaths per 100,000, down from 22.3").
  void ComparedSubjects(absl::Span<v1::Figure> figures) const {
    for (size_t i = 1; i < places_.size(); ++i) {
      v1::Figure& f = figures[i];
      if (!f.subject().empty() || !ComparedWithEarlier(places_[i])) continue;
      int same = -1;
      int any = -1;
      for (size_t j = i; j-- > 0;) {
        if (figures[j].subject().empty()) continue;
        if (any < 0) any = static_cast<int>(j);
        if (figures[j].dimension() == f.dimension()) {
          same = static_cast<int>(j);
          break;
        }
      }
      const int from = same >= 0 ? same : any;
      if (from < 0) continue;
      f.set_subject(figures[from].subject());
      if (BareCount(f, places_[i]) &&
          figures[from].dimension() == v1::DIMENSION_RATIO &&
          figures[from].unit().empty()) {
        f.set_dimension(v1::DIMENSION_RATIO);
      }
    }
  }

  // A number without unit, currency or scale word.
  static bool BareCount(const v1::Figure& f, const FigurePlace& p) {
    return f.dimension() == v1::DIMENSION_COUNT && f.unit().empty() &&
           !p.money;
  }

  // "the rate fell to 12.4", "the rate of 14.5": a bare number whose subject
  // is a rate is a rate.
  static void RateSubjects(absl::Span<v1::Figure> figures,
                           const std::vector<FigurePlace>& places) {
    for (size_t i = 0; i < places.size(); ++i) {
      v1::Figure& f = figures[i];
      if (!BareCount(f, places[i])) continue;
      // The last word of the subject is "rate" or "Rate".
      const absl::string_view subject = f.subject();
      const size_t size = subject.size();
      const bool rate =
          size >= 4 && (size == 4 || subject[size - 5] == ' ') &&
          (subject.substr(size - 4) == "rate" ||
           subject.substr(size - 4) == "Rate");
      if (rate) {
        f.set_dimension(v1::DIMENSION_RATIO);
      }
    }
  }

  // True if the bare count at p leaves out the noun it counts: "3,200 more.",
  // "410,000 of them", "as many as 150,000 could lose power".
  bool ElidedNoun(const FigurePlace& p) const {
    const int k = p.end;
    if (IsWord(k, "more") || IsWord(k, "fewer") || IsWord(k, "others")) {
      const Token* after = At(k + 1);
      return after == nullptr || after->kind == TokenKind::kSymbol;
    }
    if (IsWord(k, "of")) {
      return IsWord(k + 1, "them") || IsWord(k + 1, "those") ||
             IsWord(k + 1, "these") || IsWord(k + 1, "which") ||
             IsWord(k + 1, "whom");  // "around a fifth of which led to"
    }
    return IsWordWith(k, lexicon::IsElisionVerb);
  }

  // A bare count that leaves out its noun counts what a count before it in
  // the sentence counts, the one nearest in size (then in place): "about
  // 61,000 customers in five counties ... as many as 150,000 could lose
  // electricity".
  void ElidedSubjects(absl::Span<v1::Figure> figures) const {
    for (size_t i = 1; i < places_.size(); ++i) {
      v1::Figure& f = figures[i];
      // "some 500 people, about a third of them contractors": a share of the
      // nearest count
      const bool share = f.dimension() == v1::DIMENSION_RATIO &&
                         f.unit().empty() && IsWord(places_[i].end, "of");
      if (!f.subject().empty() || (!BareCount(f, places_[i]) && !share) ||
          !ElidedNoun(places_[i])) {
        continue;
      }
      int best = -1;
      double best_gap = 0;
      for (size_t j = i; j-- > 0;) {
        if (!BareCount(figures[j], places_[j]) || figures[j].subject().empty()) {
          continue;
        }
        if (share) {
          best = static_cast<int>(j);
          break;
        }
        const double gap = SizeGap(f.value(), figures[j].value());
        if (best < 0 || gap < best_gap) {
          best = static_cast<int>(j);
          best_gap = gap;
        }
      }
      if (best >= 0) f.set_subject(figures[best].subject());
    }
  }

  // True if a finding verb ("found", "showed"), with or without "that", or
  // "of them" after it, marks the share at p as a share of people or things
  // counted before it: "a poll of 2,000 tenants found that 41% had ...",
  // "showed 12% of them had ...".
  bool FindingShare(const FigurePlace& p) const {
    int j = p.first - 1;
    if (IsWord(j, "that")) --j;
    return IsWordWith(j, lexicon::IsFindingVerb);
  }

  // A share after a finding verb, with no subject of its own ("found that
  // 41% had fallen behind", "showed 12% of them"), counts what the nearest
  // count before it in the sentence counts: "A poll of 2,000 tenants found
  // that 41% ..." -> "tenants".
  void SurveySubjects(absl::Span<v1::Figure> figures) const {
    for (size_t i = 1; i < places_.size(); ++i) {
      v1::Figure& f = figures[i];
      const bool pronoun = f.subject() == "them" || f.subject() == "those";
      if ((!f.subject().empty() && !pronoun) ||
          (f.dimension() != v1::DIMENSION_PERCENT &&
           f.dimension() != v1::DIMENSION_RATIO) ||
          !FindingShare(places_[i])) {
        continue;
      }
      for (size_t j = i; j-- > 0;) {
        if (BareCount(figures[j], places_[j]) && !figures[j].subject().empty()) {
          f.set_subject(figures[j].subject());
          break;
        }
      }
    }
  }

  // "The Long Island Rail Road carried 81 million passengers ... and
  // Metro-North carried 66 million": a bare count after the same verb as a
  // count before it counts what that one counts.
  void ParallelSubjects(absl::Span<v1::Figure> figures) const {
    for (size_t i = 1; i < places_.size(); ++i) {
      v1::Figure& f = figures[i];
      const Token* verb = At(places_[i].first - 1);
      if (!f.subject().empty() || !BareCount(f, places_[i]) ||
          verb == nullptr || verb->kind != TokenKind::kWord ||
          HasRole(*verb, kRoleSubjectStop) || !IsWordEnd(places_[i].end)) {
        continue;
      }
      for (size_t j = i; j-- > 0;) {
        const Token* other = At(places_[j].first - 1);
        if (other != nullptr && other->lower == verb->lower &&
            BareCount(figures[j], places_[j]) && !figures[j].subject().empty()) {
          f.set_subject(figures[j].subject());
          break;
        }
      }
    }
  }

  // True if no noun follows the figure ending at k: the end, a symbol or a
  // stop word ("66 million, up 9 per cent").
  bool IsWordEnd(int k) const {
    const Token* t = At(k);
    return t == nullptr || t->kind == TokenKind::kSymbol ||
           HasRole(*t, kRoleSubjectStop);
  }

  // "1.5 million homes by 2029, or 300,000 a year": a figure after ", or"
  // restates the figure of its dimension shortly before it and counts what
  // that one counts.
  void RestatedSubjects(absl::Span<v1::Figure> figures) const {
    for (size_t i = 1; i < places_.size(); ++i) {
      v1::Figure& f = figures[i];
      const int first = places_[i].first;
      if (!f.subject().empty() || !IsWord(first - 1, "or") ||
          At(first - 2) == nullptr || !IsSymbol(t_[first - 2], ",")) {
        continue;
      }
      const v1::Figure& before = figures[i - 1];
      // "fell 3.2 euros, or 1.5%": a change restated as a share
      const bool share = f.dimension() == v1::DIMENSION_PERCENT &&
                         before.dimension() != v1::DIMENSION_COUNT;
      if (before.subject().empty() ||
          (before.dimension() != f.dimension() && !share) ||
          first - 2 - places_[i - 1].end > 5 ||
          Break(places_[i - 1].end, first - 2, true)) {
        continue;
      }
      f.set_subject(before.subject());
    }
  }

  // "9.4 million incidents ..., a fall of 6% from the year before": a change
  // noun set off after a figure measures what that figure counts ("fall in
  // incidents").
  void ChangeNounSubjects(absl::Span<v1::Figure> figures) const {
    for (size_t i = 1; i < places_.size(); ++i) {
      const int first = places_[i].first;
      if (!IsWord(first - 1, "of") ||
          !IsWordWith(first - 2, lexicon::IsChangeNoun) ||
          !(IsWord(first - 3, "a") || IsWord(first - 3, "an")) ||
          At(first - 4) == nullptr || !IsSymbol(t_[first - 4], ",")) {
        continue;
      }
      const v1::Figure& before = figures[i - 1];
      if (before.subject().empty() || Break(places_[i - 1].end, first - 4, false))
        continue;
      // the counted head: "9.4 million incidents of crime, a fall of 6%"
      absl::string_view counted = before.subject();
      counted = counted.substr(0, counted.find(" of "));
      figures[i].set_subject(absl::StrCat(t_[first - 2].raw, " in ", counted));
    }
  }

  // The token after a sum in brackets that starts at k ("A$1.1 billion ($720
  // million) on a battery": the "on"), or k.
  int AfterConversion(int k) const {
    if (At(k) == nullptr || !IsSymbol(t_[k], "(")) return k;
    for (const FigurePlace& q : places_) {
      if (q.first == k + 1 && q.money && At(q.end) != nullptr &&
          IsSymbol(t_[q.end], ")")) {
        return q.end + 1;
      }
    }
    return k;
  }

  // A sum in brackets right after a sum converts it and counts the same
  // thing: "A$1.1 billion ($720 million) on a new battery".
  void ConvertedSubjects(absl::Span<v1::Figure> figures) const {
    for (size_t i = 1; i < places_.size(); ++i) {
      const FigurePlace& p = places_[i];
      const FigurePlace& before = places_[i - 1];
      if (!p.money || !before.money || before.end != p.first - 1 ||
          !IsSymbol(t_[before.end], "(")) {
        continue;
      }
      v1::Figure& f = figures[i];
      v1::Figure& g = figures[i - 1];
      if (f.subject().empty() && !g.subject().empty()) {
        f.set_subject(g.subject());
      } else if (g.subject().empty() && !f.subject().empty()) {
        g.set_subject(f.subject());
      }
    }
  }

  // How far apart two counts are in size: the ratio of the larger to the
  // smaller (counts below 1 taken as 1).
  static double SizeGap(double a, double b) {
    a = std::max(a, 1.0);
    b = std::max(b, 1.0);
    return a > b ? a / b : b / a;
  }

  // "highs between 108 and 112", "Temperatures reached 114": a bare number
  // whose subject ends with "temperature(s)", "highs" or "lows" is a
  // temperature (in no unit the text states).
  static void TemperatureSubjects(absl::Span<v1::Figure> figures,
                                  const std::vector<FigurePlace>& places) {
    for (size_t i = 0; i < places.size(); ++i) {
      v1::Figure& f = figures[i];
      if (!BareCount(f, places[i]) || f.subject().empty()) continue;
      const absl::string_view subject = f.subject();
      const size_t space = subject.rfind(' ');
      const absl::string_view last =
          space == absl::string_view::npos ? subject : subject.substr(space + 1);
      if (lexicon::IsTemperatureNoun(last)) {
        f.set_dimension(v1::DIMENSION_TEMPERATURE);
      }
    }
  }

  // The nearest figure of the same dimension with a subject, looking one way,
  // into `nearest` (one entry per figure, -1 for none).
  static void NearestWithSubject(absl::Span<const v1::Figure> figures,
                                 bool forward, std::vector<int>* nearest) {
    const int count = static_cast<int>(figures.size());
    nearest->assign(count, -1);
    int last[v1::Dimension_ARRAYSIZE];
    std::fill(std::begin(last), std::end(last), -1);
    for (int n = 0; n < count; ++n) {
      const int i = forward ? n : count - 1 - n;
      const int dimension = figures[i].dimension();
      (*nearest)[i] = last[dimension];
      if (!figures[i].subject().empty()) last[dimension] = i;
    }
  }

  // "about 80 km south of the city", "130 km to the east", "5 miles from the
  // scene": a distance that places something, not an amount of the subject
  // of another figure.
  bool Bearing(const v1::Figure& f, size_t i) const {
    if (f.dimension() != v1::DIMENSION_LENGTH) return false;
    int k = places_[i].end;
    if (IsWord(k, "to") && IsWord(k + 1, "the")) k += 2;
    return IsWordWith(k, lexicon::IsBearingWord);
  }

  // "... and are forecast to hit €34bn": a figure after a quantity verb whose
  // subject was left out shares the subject of a figure before it.
  bool AfterQuantityVerb(const FigurePlace& p) const {
    int j = p.first - 1;
    if (IsWord(j, "to") || IsWord(j, "at") || IsWord(j, "by")) --j;
    return At(j) != nullptr && HasRole(*At(j), kRoleQuantityVerb);
  }

  // True if a name and its verb stand right before the figure at p
  // ("Trump received 37 percent, Clinton had 36 percent", "Cruz is at 20
  // percent"): it has a subject of its own, not one to inherit.
  bool NamedSubjectBefore(const FigurePlace& p) const {
    int k = p.first - 1;
    if (IsWord(k, "at") || IsWord(k, "with") || IsWord(k, "on")) --k;
    const Token* verb = At(k);
    const Token* name = At(k - 1);
    if (verb == nullptr || name == nullptr || verb->kind != TokenKind::kWord ||
        name->kind != TokenKind::kWord || !IsCapitalized(*name) ||
        IsCapitalized(*verb) || OpensSentence(k - 1) ||
        HasRole(*name, kRoleMonth | kRoleWeekday)) {
      return false;
    }
    const absl::string_view w = verb->lower;
    return w != "to" && (lexicon::IsSubjectAuxiliary(w) ||
                         HasRole(*verb, kRoleQuantityVerb) ||
                         LooksLikeVerb(w) || IrregularPast(w));
  }

  // True if tokens [from, to) hold ";" or a contrast ("while", "whereas",
  // "but"): "to 208.75 euros a tonne, while Chicago wheat futures dropped".
  bool ContrastBetween(int from, int to) const {
    for (int k = from; k < to; ++k) {
      if (IsSymbol(t_[k], ";") || IsWord(k, "while") || IsWord(k, "whereas") ||
          IsWord(k, "but")) {
        return true;
      }
    }
    return false;
  }

  void InheritSubjects(absl::Span<v1::Figure> figures) const {
    const bool any = std::any_of(
        figures.begin(), figures.end(), [](const v1::Figure& f) {
          return f.subject().empty() && !f.unit().empty();
        });
    if (!any) return;  // no figure to give a subject to
    const std::vector<int>& before = before_;
    const std::vector<int>& after = after_;
    NearestWithSubject(figures, true, &before_);
    NearestWithSubject(figures, false, &after_);
    for (size_t i = 0; i < figures.size(); ++i) {
      v1::Figure& f = figures[i];
      if (!f.subject().empty() || f.unit().empty() || Bearing(f, i)) continue;
      if (NamedSubjectBefore(places_[i])) continue;
      const int i_int = static_cast<int>(i);
      const int next = after[i];
      // A name with its own verb is the subject of its clause alone.
      int best = before[i];
      if (next >= 0 && !NamedSubjectBefore(places_[next]) &&
          !ContrastBetween(places_[i].end, places_[next].first) &&
          (best < 0 || (next - i_int < i_int - best &&
                        !AfterQuantityVerb(places_[i])))) {
        best = next;
      }
      if (best >= 0) f.set_subject(figures[best].subject());
    }
  }

  // "Ontario's jobless rate climbed to 8.0%", "China's exports": a place
  // owning the subject leaves it (the rest is the subject) and, with
  // `set_place` (no place found after a preposition), is the figure's place.
  void PossessivePlace(bool set_place, v1::Figure* f) const {
    const std::string& s = f->subject();
    size_t mark = s.find('\'');  // memchr: most subjects have no apostrophe
    size_t size = 2;
    if (mark == std::string::npos) {
      mark = s.find('\xE2');
      size = 4;
      if (mark != std::string::npos && s.compare(mark, 4, "\xE2\x80\x99s") != 0)
        return;
    } else if (s.compare(mark, 2, "'s") != 0) {
      return;
    }
    if (mark == std::string::npos || mark == 0 ||
        (mark + size < s.size() && s[mark + size] != ' ')) {
      return;
    }
    const absl::string_view owner = absl::string_view(s).substr(0, mark);
    if (!PlaceName(owner)) return;
    std::string rest =
        mark + size < s.size() ? s.substr(mark + size + 1) : std::string();
    if (absl::StartsWith(rest, "own ")) rest.erase(0, 4);  // "Georgia's own"
    if (set_place) f->set_place(std::string(owner));
    f->set_subject(std::move(rest));  // "Quebec's was unchanged": none
  }

  // "The average UK house price reached", "35% of U.S. counties", "New
  // Hampshire voters": capitalized words modifying the subject's lowercase
  // noun, or their last words, that name a place are the figure's place;
  // the subject keeps them.
  void ModifierPlace(v1::Figure* f) const {
    const absl::string_view s = f->subject();
    size_t run = absl::string_view::npos;  // where the capitalized words start
    size_t at = 0;
    while (at < s.size()) {
      const size_t space = s.find(' ', at);
      if (space == absl::string_view::npos) return;  // the last word is the noun
      const absl::string_view word = s.substr(at, space - at);
      const bool capital = !word.empty() && word[0] >= 'A' && word[0] <= 'Z';
      if (!capital) {
        run = absl::string_view::npos;
      } else if (run == absl::string_view::npos) {
        run = at;
      }
      const char next = space + 1 < s.size() ? s[space + 1] : ' ';
      if (capital && next >= 'a' && next <= 'z') {
        // the longest place ending the run: "Democrat U.S." -> "U.S."
        for (size_t from = run; from < space; from = s.find(' ', from) + 1) {
          const absl::string_view name = s.substr(from, space - from);
          if (PlaceName(name)) {
            f->set_place(std::string(name));
            return;
          }
        }
        run = absl::string_view::npos;
      }
      at = space + 1;
    }
  }

  // "... apart from Newfoundland and Labrador, where it stood at 10.4%": a
  // figure in a clause that ", where" opens after a place is in that place.
  void WherePlace(const FigurePlace& p, v1::Figure* f) const {
    int w = p.first - 1;
    while (w > 0 && w > p.first - 8 && !IsWord(w, "where")) {
      if (t_[w].kind == TokenKind::kSymbol && !InsideFigure(w)) return;
      --w;
    }
    if (w < 2 || !IsWord(w, "where") || !IsSymbol(t_[w - 1], ",")) return;
    const int end = w - 1;  // the comma
    int first = end;
    while (first > 0 && (IsCapitalized(t_[first - 1]) ||
                         ((IsWord(first - 1, "and") || IsWord(first - 1, "of")) &&
                          first - 2 >= 0 && IsCapitalized(t_[first - 2])))) {
      --first;
    }
    for (; first < end; ++first) {  // the longest place ending the run
      if (!IsCapitalized(t_[first])) continue;
      const absl::string_view name = text_.substr(
          t_[first].begin, t_[end - 1].end - t_[first].begin);
      if (PlaceName(name)) {
        f->set_place(std::string(name));
        return;
      }
    }
  }

  // True if `name` (words joined by spaces) is a place: capitalized words,
  // each a place word ("South Korea", a compass word first: "Northern
  // Ontario") or all one place ("New South Wales"); not "Statistics Canada".
  bool PlaceName(absl::string_view name) const {
    std::string lower;
    bool each = true;
    for (absl::string_view word : absl::StrSplit(name, ' ')) {
      if (word.empty()) return false;
      if (word[0] < 'A' || word[0] > 'Z') {  // "Newfoundland and Labrador"
        if (lower.empty() || (word != "and" && word != "of")) return false;
        each = false;
        absl::StrAppend(&lower, " ", word);
        continue;
      }
      const std::string w = absl::AsciiStrToLower(word);
      each = each && (lex_.IsPlaceName(w) ||
                      (lower.empty() && lexicon::IsCompassAdjective(w) &&
                       name.size() > word.size()));
      if (!lower.empty()) lower.push_back(' ');
      lower += w;
    }
    if (each || lex_.IsPlaceName(lower)) return true;
    // "New York City", "Mexico City": a place's city
    return absl::EndsWith(lower, " city") &&
           PlaceName(name.substr(0, name.size() - 5));
  }

  // True if the possessive at tokens[j] ends a place's name that starts at
  // tokens[k] ("of New Hampshire's electorate").
  bool PossessivePlaceAt(int k, int j) const {
    if (!IsCapitalized(t_[j])) return false;
    const absl::string_view w = t_[j].raw;
    const size_t mark = absl::EndsWith(w, "'s") ? 2 : 4;  // "’s"
    const int begin = t_[k].begin;
    const int end = t_[j].end - static_cast<int>(mark);
    return end > begin && PlaceName(text_.substr(begin, end - begin));
  }

  // "Barge freight ... rose to about 45 euros a tonne. It rose 18% on
  // Monday": a figure whose sentence opens with "It" or "They" and has no
  // subject of its own takes the subject the sentence before (same
  // paragraph) gives a figure, written before that figure; the one written
  // first when several are. Not for durations and ages ("It took 14 days").
  void PronounSubjects(absl::Span<v1::Figure> figures) const {
    if (!IsWord(0, "it") && !IsWord(0, "they")) return;
    const int begin = static_cast<int>(t_[0].begin);
    std::string antecedent;
    bool looked = false;
    for (size_t i = 0; i < figures.size(); ++i) {
      v1::Figure& f = figures[i];
      if (!f.subject().empty() || f.dimension() == v1::DIMENSION_DURATION ||
          f.dimension() == v1::DIMENSION_AGE || !InPronounClause(places_[i])) {
        continue;
      }
      if (!looked) antecedent = SubjectOfSentenceBefore(begin);
      looked = true;
      if (!antecedent.empty()) f.set_subject(antecedent);
    }
  }

  // True if the figure at p is in the clause the sentence's first word opens:
  // words and figures only between them ("It rose 18% on Monday", "They
  // were up 1.1%"; not "It said on Monday, after 3% ...").
  bool InPronounClause(const FigurePlace& p) const {
    for (int k = 1; k < p.first; ++k) {
      if (t_[k].kind == TokenKind::kSymbol && !InsideFigure(k)) return false;
    }
    return true;
  }

  // The earliest written subject of a figure of the sentence ending before
  // byte `begin` (see PronounSubjects), or "".
  std::string SubjectOfSentenceBefore(int begin) const {
    const int start = SentenceStartBefore(begin);
    if (start < 0) return std::string();
    size_t best = absl::string_view::npos;
    const std::string* subject = nullptr;
    for (size_t k = earlier_.size(); k-- > 0;) {
      const v1::Figure& e = earlier_[k];
      if (e.span().begin() < start) break;
      if (e.span().end() > begin || e.subject().empty()) continue;
      const size_t at = text_.substr(0, e.span().begin()).find(e.subject(), start);
      if (at != absl::string_view::npos && at <= best) {
        best = at;
        subject = &e.subject();
      }
    }
    return subject == nullptr ? std::string() : *subject;
  }

  // The first byte of the sentence that ends right before byte `begin`, in
  // the same paragraph; -1 when a line break comes first.
  int SentenceStartBefore(int begin) const {
    int k = std::min(begin, static_cast<int>(text_.size()));
    while (k > 0 && (text_[k - 1] == ' ' || text_[k - 1] == '\t')) --k;
    if (k == 0 || text_[k - 1] == '\n') return -1;
    --k;  // the sentence's last mark
    while (k > 0) {
      const char c = text_[k - 1];
      if (c == '\n') return k;
      if ((c == ' ' || c == '\t') && k >= 2 &&
          (text_[k - 2] == '.' || text_[k - 2] == '?' || text_[k - 2] == '!')) {
        return k;
      }
      --k;
    }
    return 0;
  }

  // The period or place of figure `fi`: the first mention after it in its
  // clause, else the nearest before it unless that one belongs to an earlier
  // figure of another clause ("£2 an hour, and the fee will rise to £55").
  const Mention* Nearest(const std::vector<Mention>& mentions,
                         size_t fi) const {
    const FigurePlace& p = places_[fi];
    auto it = std::lower_bound(
        mentions.begin(), mentions.end(), p.end,
        [](const Mention& m, int end) { return m.first < end; });
    if (it != mentions.end() && AfterInClause(fi, it->first)) return &*it;
    for (auto back = it; back != mentions.begin();) {
      --back;
      if (back->end > p.first) continue;
      if (OwnedByEarlier(fi, *back) && Break(back->end, p.first, false)) {
        return nullptr;
      }
      return &*back;
    }
    return nullptr;
  }

  // True if tokens [from, to) hold a clause break: ";", "while", "but",
  // "whereas", and with `comma` a comma; without it "and" counts too.
  bool Break(int from, int to, bool comma) const {
    for (int i = from; i < to; ++i) {
      const Token& t = t_[i];
      if (t.kind == TokenKind::kSymbol) {
        if (t.raw == ";" || (comma && t.raw == ",")) return true;
      } else if (t.lower == "while" || t.lower == "but" ||
                 t.lower == "whereas" || (!comma && t.lower == "and")) {
        return true;
      }
    }
    return false;
  }

  // True if a mention starting at token `first` after figure `fi` is in its
  // clause: no break between, and no verb or contrast between the figure and
  // a figure after it ("64 cases in 17 states in 2024" shares the period;
  // "3.9% from 3.7% in January" and "0.1% after climbing 0.5% in May" do not).
  bool AfterInClause(size_t fi, int first) const {
    const FigurePlace& p = places_[fi];
    if (Break(p.end, first, true)) return false;
    if (fi + 1 >= places_.size() || places_[fi + 1].first >= first) return true;
    size_t last = fi + 1;
    while (last + 1 < places_.size() && places_[last + 1].first < first) ++last;
    for (int i = p.end; i < places_[last].first; ++i) {
      const Token& t = t_[i];
      if (t.kind != TokenKind::kWord || InsideFigure(i)) continue;
      const absl::string_view w = t.lower;
      if (LooksLikeVerb(w) || HasRole(t, kRoleQuantityVerb) ||
          lexicon::IsChangeFromWord(w) ||
          (w.size() > 5 && w.substr(w.size() - 3) == "ing")) {
        return false;
      }
      if (lexicon::IsClauseSplitter(w)) return false;
    }
    return true;
  }

  // True if the mention sits right after an earlier figure, in its clause.
  bool OwnedByEarlier(size_t fi, const Mention& m) const {
    for (size_t j = fi; j-- > 0;) {
      if (places_[j].end <= m.first) {
        return !Break(places_[j].end, m.first, true);
      }
    }
    return false;
  }

  void FindMentions() {
    const Token* const tokens = t_.data();  // not reloaded at every token
    const uint8_t* const inside = inside_.data();
    for (int i = 0; i < n_;) {
      // Only these roles start a period (TimeAt) or a place (PlaceStart); a
      // period noun may end "two years ago".
      const uint32_t roles = tokens[i].roles;
      if ((roles & (kTimeStartRoles | kRolePlacePreposition | kRolePeriodNoun |
                    kRoleWeekday)) == 0 ||
          inside[i] != 0) {
        ++i;
        continue;
      }
      if ((roles & kRoleWeekday) != 0) {
        const int day_end = WeekdayEnd(i);
        if (day_end > i) days_.push_back({i, day_end});
        i = std::max(i + 1, day_end);
        continue;
      }
      if ((roles & (kTimeStartRoles | kRolePlacePreposition)) == 0) {
        if (AgoAt(i)) times_.push_back({i - 1, i + 2});
        ++i;
        continue;
      }
      const int time_end = TimeAt(i);
      if (time_end > i) {
        (PeriodPossessive(time_end - 1) ? days_ : times_)
            .push_back({TimeFirst(i), time_end});
        i = time_end;
        continue;
      }
      const int place_first = PlaceStart(i);
      if (place_first > i) {
        const int place_end = CapitalRun(place_first);
        const Token* after = At(place_end);
        const bool modifier =
            after != nullptr && after->kind == TokenKind::kWord &&
            !IsCapitalized(*after) && !HasRole(*after, kRoleSubjectStop) &&
            !HasRole(*after, kRoleQuantityVerb) && !LooksLikeVerb(after->lower);
        if (place_end > place_first && !modifier &&
            !IsWordWith(i - 1, lexicon::IsHoldingNoun)) {  // "shares in AGL"
          places_found_.push_back({place_first, place_end});
          i = place_end;
          continue;
        }
      }
      ++i;
    }
  }

  // True if the period noun at i ends "two years ago", "18 months ago": a
  // number outside any figure before it, "ago" after it.
  bool AgoAt(int i) const {
    if (i < 1 || inside_[i - 1] != 0 || !IsWord(i + 1, "ago")) return false;
    const Token& number = t_[i - 1];
    return number.kind == TokenKind::kNumber ||
           HasRole(number, kRoleNumberWord);
  }

  bool IsYearToken(int i) const {
    const Token* t = At(i);
    return t != nullptr && t->kind == TokenKind::kNumber &&
           t->int_digits == 4 && !t->has_separator && !t->has_decimal &&
           t->value >= 1900 && t->value <= 2100;
  }

  // The first token of a period mention found at i (drops a leading "the").
  int TimeFirst(int i) const { return IsWord(i, "the") ? i + 1 : i; }

  // The end of a period mention at i: "annually", "the last fiscal year", "in
  // 2024", "since 2019", "February 2025", "the past five years"; i when none.
  int TimeAt(int i) const {
    // Every period mention starts with a token of these roles; the words
    // tested in PeriodAt are in figure_lexicon.cc's kTimeLeads.
    if (i < 0 || i >= n_ || !HasRole(t_[i], kTimeStartRoles)) return i;
    return PeriodAt(i);
  }

  // TimeAt() for a token that may start a period mention.
  int PeriodAt(int i) const {
    const PhraseMatch m = lex_.time_scopes.Match(t_, i);
    if (m.found()) {
      const bool initial = i == 0 || t_[i - 1].kind == TokenKind::kSymbol;
      if (IsCapitalized(t_[i]) && !initial) return i;  // not "Daily News"
      const Token* next = At(i + m.length);
      const bool adjective =
          m.length == 1 && next != nullptr && next->kind == TokenKind::kWord &&
          !HasRole(*next, kRoleSubjectStop) && !IsCapitalized(*next);
      if ((t_[i].lower == "a" || t_[i].lower == "an") && next != nullptr &&
          next->kind == TokenKind::kWord) {
        const absl::string_view w = next->lower;
        const bool point = w == "earlier" || w == "ago" || w == "later" ||
                           w == "before" || w == "prior" || w == "after";
        const bool ordinal =
            t_[i + 1].lower == "second" && !HasRole(*next, kRoleSubjectStop);
        if (ordinal) return i;  // "a second tremor"
        if (point) {  // "980 a year earlier"; "up 4.1% on a year earlier",
                      // the base of a change: year on year
          const bool base = (IsWord(i - 1, "from") || IsWord(i - 1, "on")) &&
                            InsideFigure(i - 2);
          return InsideFigure(i - 1) || base ? i + m.length + 1 : i;
        }
      }
      return adjective ? i : i + m.length;  // not "hourly earnings"
    }
    if ((IsWord(i + 1, "rest") || IsWord(i + 1, "remainder")) &&
        IsWord(i, "the") && IsWord(i + 2, "of")) {
      const int end = PeriodAfterOf(i + 3);  // "(for) the rest of the year"
      return end > 0 ? end : i;
    }
    if (!MayOpenPeriod(i)) return i;
    const int named = NamedSeasonEnd(i);
    if (named > i) return named;
    int k = IsWord(i, "the") ? i + 1 : i;
    const Token* t = At(k);
    if (t == nullptr || t->kind == TokenKind::kNumber) return i;
    if (k > i && InsideFigure(i - 1) && HasRole(*t, kRolePeriodNoun) &&
        IsWordWith(k + 1, lexicon::IsPointInTimeWord)) {
      return k + 2;  // "817 the year before"
    }
    if (HasRole(*t, kRolePeriodOpener) && t->kind == TokenKind::kWord) {
      int j = k + 1;
      if (IsWord(j, "fiscal") || IsWord(j, "calendar") ||
          IsWord(j, "financial") || IsWord(j, "school") ||
          IsWord(j, "academic")) {
        ++j;
      }
      const bool counted = At(j + 1) && HasRole(*At(j + 1), kRolePeriodNoun);
      if (counted && At(j)->kind == TokenKind::kNumber && !IsYearToken(j)) {
        ++j;  // "the past 12 months"
      } else if (counted && lex_.NumberWord(*At(j)) != nullptr) {
        ++j;  // "the past five years", not "the first quarter"
      }
      if (At(j) && (HasRole(*At(j), kRolePeriodNoun) || PeriodPossessive(j))) {
        return j + 1;  // "last year", "last year's revenue"
      }
      if (IsYearToken(j)) return j + 1;  // "fiscal 2024"
      return i;
    }
    const int edge = PeriodEdgeEnd(i);
    if (edge > i) return edge;
    const int until = PeriodToDateEnd(i);
    if (until > i) return until;
    if ((IsWord(i, "between") || IsWord(i, "from")) && IsYearToken(i + 1) &&
        (IsWord(i + 2, "and") || IsWord(i + 2, "to")) && IsYearToken(i + 3)) {
      return i + 4;  // "between 2019 and 2023"
    }
    if ((IsWord(i, "in") || IsWord(i, "since") || IsWord(i, "during") ||
         IsWord(i, "by") || IsWord(i, "until") || IsWord(i, "through") ||
         IsWord(i, "fiscal")) &&
        IsYearToken(i + 1)) {
      return i + 2;
    }
    if (IsCapitalized(*t) && HasRole(*t, kRoleMonth) && IsYearToken(i + 1))
      return i + 2;
    const int part = MonthPartEnd(i);
    if (part > i) return part;
    const Token* month = At(i + 1);
    if ((IsWord(i, "in") || IsWord(i, "since") || IsWord(i, "during") ||
         IsWord(i, "until") || IsWord(i, "through")) &&
        month != nullptr && IsCapitalized(*month) &&
        HasRole(*month, kRoleMonth)) {
      return IsYearToken(i + 2) ? i + 3 : i + 2;  // "in September"
    }
    return i;
  }

  // The end of "Sunday", "Monday evening" at i: a capitalized weekday not in
  // a name ("Sunday Times", "Super Tuesday" stays a day); i when none.
  int WeekdayEnd(int i) const {
    if (!IsCapitalized(t_[i]) || (At(i + 1) != nullptr && IsCapitalized(t_[i + 1])))
      return i;
    const Token* part = At(i + 1);
    const bool day_part =
        part != nullptr && (part->lower == "morning" || part->lower == "afternoon" ||
                            part->lower == "evening" || part->lower == "night");
    return day_part ? i + 2 : i + 1;
  }

  // The end of "early July", "late June 2024", "mid-March" at i; i when none.
  int MonthPartEnd(int i) const {
    if (!IsWord(i, "early") && !IsWord(i, "late") && !IsWord(i, "mid")) {
      return i;
    }
    int k = i + 1;
    if (IsWord(i, "mid") && At(k) != nullptr && IsDash(t_[k])) ++k;
    const Token* month = At(k);
    if (month == nullptr || !IsCapitalized(*month) ||
        !HasRole(*month, kRoleMonth)) {
      return i;
    }
    return IsYearToken(k + 1) ? k + 2 : k + 1;
  }

  // A cheap test run before PeriodAt's rules after the time-scope phrases:
  // each of them needs a period opener at i, after "the" a period noun,
  // opener or number word, else "the", a month or a year at i + 1; false when
  // none is there.
  bool MayOpenPeriod(int i) const {
    if (HasRole(t_[i], kRolePeriodOpener)) return true;
    const Token* next = At(i + 1);
    if (next == nullptr) return false;
    if (IsWord(i, "the")) {
      return HasRole(*next,
                     kRolePeriodNoun | kRolePeriodOpener | kRoleNumberWord) ||
             IsYearToken(i + 1);  // "the 2025/26 season"
    }
    return next->lower == "the" || HasRole(*next, kRoleMonth) ||
           IsYearToken(i + 1) || (IsDash(*next) && IsWord(i, "mid")) ||
           (HasRole(*next, kRolePeriodNoun) && IsWord(i + 2, "of") &&
            IsYearToken(i + 3));  // "by spring of 2012"
  }

  // The end of "in the year to August", "the 12 months to March 31", "the
  // quarter ended June 30" at i; i when none.
  int PeriodToDateEnd(int i) const {
    int k = IsWord(i, "in") || IsWord(i, "over") ? i + 1 : i;
    if (!IsWord(k, "the")) return i;
    ++k;
    if (StartsNumber(k) && !InsideFigure(k) && At(k + 1) != nullptr &&
        HasRole(*At(k + 1), kRolePeriodNoun)) {
      ++k;  // "the three months to"; not "the quarter"
    }
    if (At(k) == nullptr || !HasRole(*At(k), kRolePeriodNoun) ||
        !IsWordWith(k + 1, lexicon::IsPeriodEndWord)) {
      return i;
    }
    if (IsWord(k + 2, "the") && IsWordWith(k + 3, lexicon::IsPeriodEdge) &&
        IsWord(k + 4, "of")) {
      k += 3;  // "the six months to the end of June"
    }
    const Token* month = At(k + 2);
    if (month == nullptr || !IsCapitalized(*month) ||
        !HasRole(*month, kRoleMonth)) {
      return i;
    }
    int end = k + 3;
    const Token* day = At(end);
    if (day != nullptr && day->kind == TokenKind::kNumber && !IsYearToken(end) &&
        day->int_digits <= 2) {
      ++end;  // "September 30"
    }
    return IsYearToken(end) ? end + 1 : end;
  }

  // The end of "the summer of 2024", "the 2025/26 season", "the 2024-25
  // season" at i (after "in", "since", ... or "the"); i when none.
  int NamedSeasonEnd(int i) const {
    int k = IsWord(i, "the") ? i : i + 1;
    if (IsWord(k, "the")) ++k;  // also "by spring of 2012"
    const Token* season = At(k);
    if (season != nullptr && HasRole(*season, kRolePeriodNoun) &&
        IsWord(k + 1, "of") && IsYearToken(k + 2)) {
      return k + 3;  // "the summer of 2024"
    }
    if (!IsYearToken(k) || !IsWord(k - 1, "the")) return i;
    int end = k + 1;
    const Token* slash = At(end);
    const Token* second = At(end + 1);
    if (slash != nullptr && second != nullptr && !slash->space_before &&
        !second->space_before && (IsSymbol(*slash, "/") || IsDash(*slash)) &&
        second->kind == TokenKind::kNumber && !InsideFigure(end + 1) &&
        (second->int_digits == 2 || IsYearToken(end + 1))) {
      end += 2;  // "2025/26"
    }
    const Token* noun = At(end);
    return noun != nullptr && HasRole(*noun, kRolePeriodNoun) ? end + 1 : i;
  }

  // The end of "by the end of 2026", "at the start of March", "until the
  // end of the year", "by the spring" at i; i when none.
  int PeriodEdgeEnd(int i) const {
    if (!IsWord(i + 1, "the")) return i;
    if ((IsWord(i, "by") || IsWord(i, "until") || IsWord(i, "since")) &&
        IsWordWith(i + 2, lexicon::IsSeason) && !IsWord(i + 3, "of")) {
      return i + 3;  // "by the spring"; not "in the fall", mostly an
                     // election's, far from any figure
    }
    if (!IsWord(i + 3, "of")) return i;
    if (!IsWordWith(i, lexicon::IsYearPreposition) && !IsWord(i, "at") &&
        !IsWord(i, "before")) {
      return i;
    }
    if (!IsWordWith(i + 2, lexicon::IsPeriodEdge)) return i;
    const int end = PeriodAfterOf(i + 4);
    return end > 0 ? end : i;
  }

  // The end of the period after "the end of" that starts at k ("2026",
  // "March 2025", "the year", "next quarter"), or -1.
  int PeriodAfterOf(int k) const {
    if (IsYearToken(k)) return k + 1;
    const Token* t = At(k);
    if (t != nullptr && IsCapitalized(*t) && HasRole(*t, kRoleMonth)) {
      return IsYearToken(k + 1) ? k + 2 : k + 1;
    }
    if ((IsWord(k, "the") || IsWord(k, "this") || IsWord(k, "next") ||
         IsWord(k, "last")) &&
        At(k + 1) != nullptr && HasRole(*At(k + 1), kRolePeriodNoun)) {
      return k + 2;
    }
    return -1;
  }

  // The first capitalized token of a place introduced at i ("in the United
  // States").
  int PlaceStart(int i) const {
    const Token* t = At(i);
    if (t == nullptr || t->kind != TokenKind::kWord ||
        !HasRole(*t, kRolePlacePreposition)) {
      return i;
    }
    int k = IsWord(i + 1, "the") ? i + 2 : i + 1;
    if (IsWordWith(k, lexicon::IsPlaceNoun) && IsWord(k + 1, "of") &&
        PlaceWord(k + 2)) {
      return k + 2;  // "in the port of Algeciras", "in the city of Lyon"
    }
    if (IsWordWith(k, lexicon::IsCompassAdjective) && !IsCapitalized(t_[k]) &&
        PlaceWord(k + 1)) {
      ++k;  // "across the northern Sacramento Valley", "in eastern Ukraine"
    }
    return k;
  }

  bool PlaceWord(int i) const {
    const Token* t = At(i);
    return t != nullptr && IsCapitalized(*t) && !HasRole(*t, kRoleMonth);
  }

  // The end of a run of capitalized words ("United States", "U.S.", "Republic
  // of Korea").
  int CapitalRun(int i) const {
    int end = i;
    int j = i;
    while (j < n_) {
      if (PlaceWord(j)) {
        end = ++j;
        if (At(j) && IsSymbol(*At(j), ".") && !At(j)->space_before &&
            t_[j - 1].raw.size() == 1) {
          end = ++j;  // "U.S."
        }
        continue;
      }
      if (j > i && IsWord(j, "of") && PlaceWord(j + 1)) {
        ++j;
        continue;
      }
      break;
    }
    return end;
  }

  absl::string_view text_;
  const std::vector<FigurePlace>& places_;
  absl::Span<const v1::Figure> earlier_;  // figures of earlier sentences
  std::vector<uint8_t>& inside_;  // token i is part of a figure
  std::vector<Mention>& times_;
  std::vector<Mention>& days_;  // weekdays, periods' possessives
  std::vector<Mention>& places_found_;
  std::vector<int>& before_;
  std::vector<int>& after_;
};

// The code the capitalized `word` gives the shared currency `family` ("Rabat"
// -> "MAD" for "dirham"), or "".
absl::string_view RegionalCodeOf(absl::string_view word,
                                 absl::string_view family) {
  constexpr size_t kMaxWord = 12;  // "casablanca", "jordanians"
  if (word.size() < 3 || word.size() > kMaxWord ||
      !absl::ascii_isupper(static_cast<unsigned char>(word[0]))) {
    return absl::string_view();  // places are capitalized: not "jordan"
  }
  char buffer[kMaxWord];
  for (size_t k = 0; k < word.size(); ++k) {
    buffer[k] = absl::ascii_tolower(static_cast<unsigned char>(word[k]));
  }
  const absl::string_view lower(buffer, word.size());
  for (const lexicon::RegionalCurrency& r : lexicon::RegionalCurrencies()) {
    if (family == r.family && lower == r.place) return r.code;
  }
  return absl::string_view();
}

// The code the first word of text[begin, end) naming a country of the shared
// currency `family` gives it, reading forwards, or backwards with
// `backwards`; "" when none.
absl::string_view RegionalCodeIn(absl::string_view text, size_t begin,
                                 size_t end, absl::string_view family,
                                 bool backwards) {
  const auto letter = [&text](size_t i) {
    return absl::ascii_isalpha(static_cast<unsigned char>(text[i]));
  };
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
    const absl::string_view code =
        RegionalCodeOf(text.substr(first, last - first), family);
    if (!code.empty()) return code;
  }
  return absl::string_view();
}

// The code of the shared currency `family` in the sentence text[begin, end):
// a country the sentence names, else the nearest one named in the text before
// it (within a few paragraphs), else the story's own (its headline and
// dateline), else RegionalDefault().
absl::string_view RegionalCode(absl::string_view text, size_t begin,
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
  return code.empty() ? lexicon::RegionalDefault(family) : code;
}

// Gives money in a currency several countries name alike ("dirhams",
// "riyals", "Dh5bn") the code of the country the text names, in `unit` and
// the normalized unit ("dirham per tonne" -> "MAD per tonne").
void ResolveRegionalCurrencies(absl::string_view text,
                               const std::vector<Token>& tokens,
                               const std::vector<FigurePlace>& places,
                               absl::Span<v1::Figure> figures) {
  for (size_t i = 0; i < places.size(); ++i) {
    if (!places[i].money) continue;
    v1::Figure& f = figures[i];
    const absl::string_view unit = f.unit();
    const absl::string_view family = unit.substr(0, unit.find(' '));
    if (!lexicon::IsRegionalCurrency(family)) continue;
    const absl::string_view code =
        RegionalCode(text, tokens.front().begin, tokens.back().end, family);
    if (code == family) continue;
    const size_t size = family.size();
    f.mutable_unit()->replace(0, size, code.data(), code.size());
    std::string* base = f.mutable_normalized_unit();
    if (absl::StartsWith(*base, family)) {
      base->replace(0, size, code.data(), code.size());
    }
  }
}

}  // namespace

void AddFigureContext(absl::string_view text, const std::vector<Token>& tokens,
                      const std::vector<FigurePlace>& places,
                      const FigureLexicon& lexicon,
                      absl::Span<const v1::Figure> earlier,
                      absl::Span<v1::Figure> figures) {
  thread_local ContextScratch scratch;
  ContextFinder(text, tokens, places, earlier, lexicon, &scratch).Run(figures);
  ResolveRegionalCurrencies(text, tokens, places, figures);
}

}  // namespace figure_internal
}  // namespace factwire
