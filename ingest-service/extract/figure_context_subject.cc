// The subject read after a figure ("70,000 overdose deaths"), relative clauses,
// predicates and appositions: ContextFinder steps (see
// figure_context_finder.h).

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
#include "ingest-service/extract/lexicon/lexicon.h"
#include "ingest-service/extract/lexicon/number_words.h"
#include "ingest-service/extract/lexicon/speech_words.h"

namespace factwire {
namespace figure_internal {

namespace {

// How many words before a figure PriceSession looks for a quoted price noun
// ("Shares of Acme closed down $2": four).
constexpr int kPriceSubjectReach = 6;

// The first token of a person's name that ends right before the comma at
// `comma` and that an age is in apposition to ("said Gagik Martirosyan, a
// 54-year-old driver", "Djamila Tavares, a 39-year-old", "said Okafor,
// 29."), or -1: up to three capitalized words, no subject stop among them,
// and none after a place preposition ("in Cape Town, a 300-year-old city"),
// no month or weekday ("on Tuesday, a 15-year-old girl"). A single word
// opening the sentence is no name ("Police, 24,").
int NameBeforeComma(const TokenView& v, int comma) {
  constexpr int kMaxNameWords = 3;
  const Token* mark = v.At(comma);
  if (mark == nullptr || !IsSymbol(*mark, ",")) return -1;
  int first = comma;
  while (first > comma - kMaxNameWords) {
    const Token* t = v.At(first - 1);
    if (t == nullptr || t->kind != TokenKind::kWord || !IsCapitalized(*t) ||
        HasRole(*t, kRoleSubjectStop | kRoleMonth | kRoleWeekday) ||
        absl::StrContains(t->raw, "'")) {
      break;
    }
    --first;
  }
  if (first == comma || (first == 0 && comma == 1)) return -1;
  const Token* before = v.At(first - 1);
  if (before != nullptr &&
      (HasRole(*before, kRolePlacePreposition) ||
       (before->kind == TokenKind::kWord && IsCapitalized(*before)))) {
    return -1;  // "in Old Town,": the run stopped inside a name
  }
  return first;
}

// True if tokens[last + 1] of `v` is "and" and the noun phrase
// [more_first, more_last] after it ends its clause or meets a preposition
// ("on drip irrigation and a new boiler at the mill"): a second object of
// the same preposition, not a new clause ("and the minister said", "and
// our credit was"). Not when the preposition at `prep` comes again after
// it: a gapped clause ("in Kenya and the rest in Ghana").
bool SecondObjectJoins(const TokenView& v, int prep, int last, int more_first,
                       int more_last) {
  const Token* next = v.At(more_last + 1);
  const bool ends =
      next == nullptr || (next->kind == TokenKind::kSymbol && !IsDash(*next)) ||
      (next->kind == TokenKind::kWord && lexicon::IsObjectCloser(next->lower) &&
       !(v.At(prep) != nullptr && next->lower == v.At(prep)->lower));
  return v.IsWord(last + 1, "and") && more_last >= more_first &&
         more_first == last + 2 + (v.At(last + 2) != nullptr &&
                                   lexicon::IsNounPhraseDeterminer(
                                       v.At(last + 2)->lower)) &&
         ends;
}

}  // namespace

bool ContextFinder::LooksPlural(absl::string_view w) {
  return lexicon::LooksPlural(w);
}

bool ContextFinder::AdjectivePosition(int j) const {
  const Token* next = At(j + 1);
  return next != nullptr && next->kind == TokenKind::kWord &&
         !IsCapitalized(*next) && !HasRole(*next, kRoleSubjectStop) &&
         !LooksLikeVerb(next->lower);
}

bool ContextFinder::IsAdverbBeforeVerb(int j) const {
  const absl::string_view w = d_[j].lower;
  const Token* next = At(j + 1);
  return w.size() > 4 && w.substr(w.size() - 2) == "ly" && next != nullptr &&
         next->kind == TokenKind::kWord && LooksLikeVerb(next->lower);
}

ContextFinder::TokenRange ContextFinder::NounPhraseRange(int k,
                                                         int max_words) const {
  if (IsWordWith(k, lexicon::IsNounPhraseDeterminer)) ++k;
  int last = -1;
  int words = 0;
  for (int j = k; j < n_ && words < max_words; ++j) {
    const Token& tok = d_[j];
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
      // "first-half profit", "third-quarter sales"; a number word outside
      // figures: "a one-way adult ticket", "a two-storey extension"
      const bool compound =
          ((HasRole(tok, kRolePeriodOpener) &&
            !HasRole(tok, kRoleSubjectStop)) ||
           lex_.NumberWord(tok) != nullptr) &&
          CompoundDash(j + 1);
      if (compound) {
        last = j + 2;
        j += 2;
        ++words;
        continue;
      }
      if ((HasRole(tok, kRoleSubjectStop | kRolePeriodOpener) &&
           !OpenerAdjective(j) && !RateAdjectiveAt(j)) ||
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
      if (IsPossessive(tok.lower) && words == 0 && IsWord(j - 1, "the") &&
          !IsCapitalized(tok) && NounWord(j + 1) &&
          !IsWordWith(j + 1, lexicon::IsQuantifierDeterminer) &&
          !IsWordWith(j + 1, lexicon::IsSequenceAdjective)) {
        last = j;  // "of the island's water": the whole it is a share of
        ++words;
        continue;
      }
      if (IsPossessive(tok.lower) && words == 0) {
        k = j + 1;  // "of Clinton's released emails"
        continue;
      }
      // after a place's possessive the participle modifies the noun after
      // it, as after "the": "of Argentina's bottled wine"
      const bool owned =
          last >= 0 && last == j - 1 && IsPossessive(d_[last].lower);
      if (LooksLikeVerb(tok.lower) &&
          (!AdjectivePosition(j) ||
           (words > 0 && last == j - 1 && !owned &&
            !LooksPlural(d_[j + 1].lower)))) {
        break;  // "of snow hampered relief efforts"; "registered voters"
      }
      if (words > 0 && IrregularPast(tok.lower)) break;
      if (words > 0 && InsideFigure(j + 1) &&
          (lexicon::IsCostVerb(tok.lower) ||
           HasRole(tok, kRoleQuantityVerb))) {
        break;  // "90 per cent of arsenic costs around 350 soles": the verb
      }
      if (IsAdverbBeforeVerb(j)) break;  // "hundreds peacefully streamed"
      last = j;
      ++words;
      // a plural before a joining dash opens a compound: "police-related"
      if (LooksPlural(tok.lower) && !CompoundDash(j + 1)) break;
      continue;
    }
    if (IsSymbol(tok, ".") && !tok.space_before && last == j - 1 &&
        d_[last].raw.size() == 1 && IsCapitalized(d_[last])) {
      last = j;  // "U.S. counties"
      continue;
    }
    if (IsDash(tok) && last == j - 1 && !tok.space_before && At(j + 1) &&
        !At(j + 1)->space_before && At(j + 1)->kind == TokenKind::kWord) {
      const int end = StopWordCompoundEnd(j + 1);
      if (end > j + 1) {  // "search-and-rescue specialists": one word
        last = end;
        j = end;
        if (LooksPlural(d_[end].lower)) break;
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

bool ContextFinder::OpenerAdjective(int j) const {
  if (!HasRole(d_[j], kRolePeriodOpener) || HasRole(d_[j], kRoleSubjectStop))
    return false;
  const Token* next = At(j + 1);
  return next != nullptr && next->kind == TokenKind::kWord &&
         next->lower != "time" && !IsCapitalized(*next) &&
         !InsideFigure(j + 1) &&
         !HasRole(*next, kRolePeriodNoun | kRoleSubjectStop |
                             kRolePeriodOpener | kRoleNumberWord);
}

int ContextFinder::AfterModifierFigures(int j) const {
  int end = j;
  int at = j;
  while (true) {
    const FigurePlace* q = FigureStartingAt(at);
    if (q == nullptr || !Adjectival(*q)) return end;
    end = q->end;
    if (At(end) == nullptr || !IsSymbol(d_[end], ",")) return end;
    at = end + 1;  // "500-megawatt, 2,000-megawatt-hour"
  }
}

const FigurePlace* ContextFinder::FigureStartingAt(int j) const {
  for (const FigurePlace& q : places_) {
    if (q.first == j) return &q;
  }
  return nullptr;
}

bool ContextFinder::CapitalPairAt(int j) const {
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

int ContextFinder::CountedNounInFigure(const FigurePlace& p) const {
  constexpr int kMaxNounTokens = 4;  // "full - time staff"
  if (p.end - p.first < 4 || !IsWord(p.end - 2, "or")) return -1;
  int j = p.end - 3;
  while (j > p.first && p.end - 3 - j < kMaxNounTokens &&
         ((d_[j].kind == TokenKind::kWord && !IsCapitalized(d_[j]) &&
           !HasRole(d_[j], kRoleNumberWord)) ||
          IsDash(d_[j]))) {
    --j;
  }
  const Token& number = d_[j];
  const bool counted = number.kind == TokenKind::kNumber || HasRole(number, kRoleNumberWord);
  return counted && j < p.end - 3 && d_[j + 1].kind == TokenKind::kWord ? j + 1 : -1;
}

bool ContextFinder::LowerPairAt(int j) const {
  if (!NounWord(j - 1) || LooksPlural(d_[j - 1].lower)) return false;
  for (int k = j + 1; k <= j + 3; ++k) {
    if (!NounWord(k)) return false;
    if (LooksPlural(d_[k].lower)) return !VerbBeforeObject(k);
  }
  return false;
}

std::string ContextFinder::Subject(const FigurePlace& p,
                                   const v1::Figure& f) const {
  int k = p.money ? AfterConversion(p.end) : p.end;
  if (p.money) k = AfterPeriodFigure(k);  // "£12m over three years on"
  const bool count = f.unit().empty() && !p.money;
  if (count) {
    const int noun = CountedNounInFigure(p);
    if (noun >= 0) return Slice(noun, p.end - 2);  // "four goals or more"
  }
  if (count && PopulationCount(p)) {
    return std::string(lexicon::kPopulationSubject);  // "a city of 175,000"
  }
  if (IsWord(k, "of") && IsWord(k + 1, "the") && IsWord(k + 2, "time")) {
    return std::string();  // "84.1% of the time": how often, not of what
  }
  if (YardstickLevel(p, f, k)) {
    return std::string();  // "at 23% of capacity": the clause's subject
  }
  if (f.dimension() == v1::DIMENSION_LENGTH &&
      IsWordWith(k, lexicon::IsExtentAdjective)) {
    std::string measured = NounsEndingAt(p.first - 1);
    if (!measured.empty()) return measured;  // "drifts up to 2 metres deep"
  }
  if (IsWord(k, "of")) {
    if (DemonstrativeThat(k + 1)) ++k;  // "9% of that funding"
    if (IsWord(k + 1, "total")) {
      const TokenRange total = NounPhraseRange(k + 2);
      if (total.last >= total.first) {
        return Slice(k + 1, total.last + 1);  // "a quarter of total revenue"
      }
    }
    const TokenRange joined = WithJoinedNouns(NounPhraseRange(k + 1), k);
    std::string noun =
        PhraseOf(WithParticiplePhrase(WithRelativeClause(joined), true));
    const int after = FigureEndAt(k + 1);
    if (noun.empty() && after >= 0 && At(after) != nullptr &&
        !LooksLikeVerb(At(after)->lower)) {
      noun = PhraseOf(WithParticiplePhrase(
          WithRelativeClause(NounPhraseRange(after)), true));
    }
    return noun;  // "412 of the 650 seats": seats
  }
  // After "12% less/more" a noun the share counts ("less diesel", "more
  // olive oil"): no adverb ("less overall", "more often"), no adjective
  // ("more expensive") unless a noun follows ("more productive workers").
  const auto counted = [this](int i) {
    return NounWord(i) && !LyAdverb(i) &&
           !IsWordWith(i, lexicon::IsFlatAdverb);
  };
  if (f.dimension() == v1::DIMENSION_PERCENT &&
      IsWordWith(k, lexicon::IsShareComparative) && counted(k + 1) &&
      (!lexicon::HasAdjectiveEnding(d_[k + 1].lower) ||
       (counted(k + 2) && !IsWordWith(k + 2, lexicon::IsComparativeCloser))) &&
      ObjectVerbAt(p.first - 1)) {
    return NounPhrase(k + 1);  // "used 15% less diesel than planned"
  }
  const bool level = f.dimension() == v1::DIMENSION_PERCENT ||
                     f.dimension() == v1::DIMENSION_TEMPERATURE ||
                     f.dimension() == v1::DIMENSION_SPEED;
  if (level && IsWordWith(p.first, lexicon::IsBoundComparison) &&
      counted(p.first - 1) &&
      !IsWordWith(p.first - 1, lexicon::IsBoundDegreeWord) &&
      !IsWordWith(p.first - 2, lexicon::IsSubjectPronoun) &&
      !HasRole(d_[p.first - 1], kRoleTimeScope | kRolePeriodNoun)) {
    // "with body heat above 40C"; "must keep acidity below 0.5%": the noun
    // alone, not the verb after the modal
    std::string bounded = NounsEndingAt(p.first - 1);
    const int first = SubjectStartBefore(p.first, bounded);
    if (first >= 0 && (IsWord(first - 1, "to") ||
                       IsWordWith(first - 1, lexicon::IsModalAuxiliary))) {
      return std::string(d_[p.first - 1].raw);
    }
    return bounded;
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
    return std::string(d_[k].raw);  // "wheat with 12.5% protein"
  }
  if (count && PerUnit(k)) {
    return std::string();  // "crowds of about 7,000 a match": a rate
  }
  if (f.dimension() == v1::DIMENSION_AREA) {
    std::string crop = CultivatedOnSubject(p);
    if (!crop.empty()) return crop;  // "grows bananas on two hectares"
  }
  if (f.dimension() == v1::DIMENSION_DURATION) {
    std::string penalty = PenaltyDurationSubject(p);
    if (!penalty.empty()) return penalty;  // "was banned for three years"
    std::string activity = ActivityDurationSubject(p, f);
    if (!activity.empty()) return activity;  // "who has farmed here for"
    const int custody = CustodyEnd(k);  // "up to 20 years in prison"
    if (custody > k) return Slice(IsWord(k, "in") ? k + 1 : k, custody);
  }
  if (f.dimension() == v1::DIMENSION_DURATION && IsWord(k, "to") &&
      !IsWord(p.first - 1, "from")) {
    const int granted = TimeGrantingVerbBefore(p.first);
    std::string act =
        granted >= 0 ? InfinitiveActSubject(k + 1) : std::string();
    const bool own = !IsWordWith(granted, lexicon::IsTimeTakingVerb);
    if (!act.empty() && (own || absl::StrContains(act, " "))) {
      return act;  // "has 21 days to lodge an appeal"; not "homes took 41
                   // days to sell": the homes'
    }
  }
  if (f.dimension() == v1::DIMENSION_DURATION && PluralPossessiveMark(k)) {
    return NounPhrase(k + 1);  // "14 days' notice", "three months' pay"
  }
  if ((f.dimension() == v1::DIMENSION_PERCENT ||
       f.dimension() == v1::DIMENSION_DURATION || p.money) &&
      (IsWord(k, "to") || IsWord(k, "off")) &&
      (IsWordWith(p.first - 1, lexicon::IsContributionVerb) ||
       (p.money && IsWord(k, "to") &&
        IsWordWith(p.first - 1, lexicon::IsDonationVerb)))) {
    const TokenRange to = NounPhraseRange(k + 1);
    if (to.last < to.first) return std::string();
    if (IsWordWith(to.last, lexicon::IsAgedPersonNoun)) {
      return std::string();  // "He gave $5 to the man": a payment, not a fund
    }
    return Slice(to.first, to.last + 1);  // "added 0.4 percentage points to
                                          // inflation", "added $40 million to
                                          // the costs", "sent $12 billion to
                                          // the northern ports"
  }
  if (count && TightWord(k)) {
    return NounPhrase(k + 1, 2);  // "3,500-seat stadium", "31-page report"
  }
  const PhraseMatch per = lex_.time_scopes.Match(t_, k);
  if ((per.found() || TimeAt(k) > k) && !RateAdjectiveAt(k)) {
    const int e = per.found() ? k + per.length : TimeAt(k);
    const int destination = p.money ? AllocatedTo(e) : -1;
    if (destination > 0) {
      return NounPhrase(destination);  // "£2.3bn a year spent on agency staff"
    }
    if (p.money && IsWordWith(e, lexicon::IsMoneyDestinationPreposition) &&
        (IsWordWith(e + 1, lexicon::IsNounPhraseDeterminer) ||
         (NounWord(e + 1) && LooksPlural(d_[e + 1].lower)))) {
      return NounPhrase(e + 1);  // "£160 million a season to the leagues"
    }
    return std::string();  // "up from 980 a year earlier", "10,000 this year"
  }
  if (count && IsWordWith(k, lexicon::IsCountedNounOpener)) {
    ++k;  // "1,200 more women", "5,000 fewer jobs", "four other men"
  }
  if (count && IsWordWith(k, lexicon::IsPossessiveDeterminer)) {
    const TokenRange owner = NounPhraseRange(k);
    if (owner.last >= owner.first &&
        (IsWordWith(owner.last + 1, lexicon::IsSubjectAuxiliary) ||
         PastVerbAt(owner.last + 1))) {
      return std::string();  // "the 3 million its backers had forecast":
    }                        // the backers forecast, the count is elided
  }
  if (count) {
    const TokenRange noun = NounPhraseRange(k);
    const TokenRange counted =
        SampledCount(p)
            ? WithRelativeClause(noun)
            : WithParticiplePhrase(WithRelativeClause(noun), GovernedCount(p));
    std::string subject = WithOfComplement(counted);
    return counted.last == noun.last ? WithActParticiple(p, std::move(subject))
                                     : subject;  // "people who were hurt"
  }
  if (f.dimension() == v1::DIMENSION_AGE && Adjectival(p) &&
      (IsWord(p.first - 1, "a") || IsWord(p.first - 1, "an"))) {
    const int name = NameBeforeComma(*this, p.first - 2);
    if (name >= 0) return Slice(name, p.first - 2);  // "Tavares, a 39-year-old"
  }
  if (f.dimension() == v1::DIMENSION_AGE || Adjectival(p)) {
    return NounPhrase(k);  // "a 34-year-old man", "a 10-km race"
  }
  if (absl::string_view(f.unit()) == "times" &&
      (IsWordWith(k, lexicon::IsNounPhraseDeterminer) ||
       (NounWord(k) && !IsWordWith(k, lexicon::IsMultiplierFollower) &&
        !absl::EndsWith(d_[k].lower, "er")))) {
    // "Copper levels were up to five times the guideline": the factor of
    // the clause's subject, the noun after it what it is compared with;
    // "3.5 times the rate of ...", "3.1 times core earnings" in an aside
    // count that noun; not "as many", "10 times harder"
    std::string compared = PredicateClauseSubject(p);
    return compared.empty() ? NounPhrase(k) : compared;
  }
  const int destination = p.money ? AllocatedTo(k) : -1;
  if (destination > 0) return NounPhrase(destination);  // "€300m would go to"
  if (ArticleBefore(p) && At(k) != nullptr &&
      (!HasRole(*At(k), kRoleTimeScope) || RateAdjectiveAt(k))) {
    std::string noun = NounPhrase(k);  // "a £23.5m funding gap"
    if (!noun.empty()) return WithChangeObject(k, std::move(noun));
  }
  if (p.money && BareModifiedNoun(k)) {
    return NounPhrase(k);  // "Budget 2026: €9.4bn package with tax cuts"
  }
  if (p.money) {
    const bool season =  // "came down by 3p in the spring"
        IsWord(k + 1, "the") && IsWordWith(k + 2, lexicon::IsSeason);
    if ((IsWord(k, "in") || IsWord(k, "for") || IsWord(k, "on")) &&
        (TimeAt(k) > k || TimeAt(k + 1) > k + 1 || DayAt(k + 1) || season)) {
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
    if (IsWord(k, "on") && ChangeLevel(p)) {
      return std::string();  // "rose 6% to 412 billion tenge on higher
                             // volumes": why it moved, not what it counts
    }
    if (IsWord(k, "in") && (PeriodNounPhrase(k + 1) || PriceSession(p, k))) {
      return std::string();  // "$14.2 billion in the January-September
                             // period": when, not what
    }
    if (IsWord(k, "from") &&
        IsWordWith(k + 1, lexicon::IsNounPhraseDeterminer)) {
      const TokenRange pot = NounPhraseRange(k + 1);
      if (pot.last >= pot.first && IsWordWith(pot.last, lexicon::IsFundNoun)) {
        return PhraseOf(pot);  // "released $2m from its disaster fund"
      }
    }
    if (IsWord(k, "for") || IsWord(k, "in") || IsWord(k, "on") ||
        IsWord(k, "off")) {
      const TokenRange r = NounPhraseRange(k + 1);
      if (r.last >= r.first && IsWordWith(r.last, lexicon::IsTimeStretchNoun)) {
        return std::string();  // "earns $40 on a good day": when, not what
      }
      if (!IsWord(k, "off")) {
        return PhraseOf(WithJoinedNouns(r, k));  // "for schools and a clinic"
      }
      return PhraseOf(r);  // "wiped €212m off its profit"
    }
    if (IsWord(k, "worth") && IsWord(k + 1, "of")) return NounPhrase(k + 2);
    const Token* verb = At(k + 1);
    if (IsWord(k, "to") && verb != nullptr && verb->kind == TokenKind::kWord &&
        !IsCapitalized(*verb) && !HasRole(*verb, kRoleSubjectStop) &&
        !InsideFigure(k + 1) && !LooksPlural(verb->lower)) {
      return WithCountedObject(k + 1);  // "$400 million to repair roads"
    }
  }
  return std::string();
}

bool ContextFinder::ChangeLevel(const FigurePlace& p) const {
  if (!IsWord(p.first - 1, "to")) return false;
  int j = p.first - 2;
  while (InsideFigure(j)) --j;  // "rose 6% to": past the change's amount
  const Token* verb = At(j);
  return verb != nullptr &&
         (HasRole(*verb, kRoleQuantityVerb) || ChangeParticle(j));
}

bool ContextFinder::PeriodNounPhrase(int k) const {
  const TokenRange r = NounPhraseRange(k);
  if (r.last < r.first) return false;
  if (IsWordWith(r.last, lexicon::IsSessionNoun)) return NamedSession(k, r);
  const Token* next = At(r.last + 1);
  return IsWordWith(r.last, lexicon::IsPeriodPhraseHead) ||
         HasRole(d_[r.last], kRolePeriodNoun) ||
         (next != nullptr && HasRole(*next, kRolePeriodNoun));
}

bool ContextFinder::NamedSession(int k, const TokenRange& r) const {
  for (int j = k; j < r.last; ++j) {
    if (CapitalizedAt(j) || HasRole(d_[j], kRolePeriodNoun) ||
        TradingSession(j) || IsWordWith(j, lexicon::IsSessionModifier)) {
      return true;  // "Toronto trading", "the week's trading", "heavy trading"
    }
  }
  const int at = r.last + 1;  // "trading on Monday", "dealings in London"
  if (!IsWordWith(at, lexicon::IsDayPreposition) &&
      !IsWordWith(at, lexicon::IsChangeObjectLink)) {
    return false;
  }
  const int name =
      IsWordWith(at + 1, lexicon::IsDefiniteArticle) ? at + 2 : at + 1;
  return DayAt(at + 1) || CapitalizedAt(name);
}

bool ContextFinder::PriceSession(const FigurePlace& p, int k) const {
  const TokenRange r = NounPhraseRange(k + 1);
  if (r.last < r.first || !IsWordWith(r.last, lexicon::IsSessionNoun)) {
    return false;
  }
  for (int j = p.first - 1; j >= 0 && j >= p.first - kPriceSubjectReach;
       --j) {
    if (d_[j].kind != TokenKind::kWord) return false;
    if (IsWordWith(j, lexicon::IsQuotedPriceNoun)) return true;
  }
  return false;
}

int ContextFinder::ChangeNounObjectStart(int j) const {
  int k = j;
  while (k > j - 4 && NounWord(k)) --k;
  if (k == j) return -1;
  int first = k + 1;
  if (ModifierFigureEndsAt(k)) {
    while (InsideFigure(k)) --k;  // "in nine-month net profit"
  }
  for (const Mention& m : times_) {
    if (m.first <= first && first <= m.end && m.end <= j) {
      first = m.end;  // "in first-half net income": the period's "half"
      k = m.first - 1;
    }
  }
  if (IsWordWith(k, lexicon::IsDefiniteArticle)) --k;
  if (!IsWordWith(k, lexicon::IsChangeObjectLink) ||
      !IsWordWith(k - 1, lexicon::IsChangeNoun)) {
    return -1;
  }
  // the change is an amount's or an article's: "a 41% rise", "a rise"; not
  // "its revenue growth in constant currency to 5%"
  return InsideFigure(k - 2) || IsWordWith(k - 2, lexicon::IsIndefiniteArticle)
             ? first
             : -1;
}

bool ContextFinder::BareModifiedNoun(int k) const {
  if (!NounWord(k) || LyAdverb(k) || IsWordWith(k, lexicon::IsUnitNoun) ||
      (IsWordWith(k, lexicon::IsFlatAdverb) && !NounWord(k + 1)) ||
      VerbForm(d_[k].lower) || IsWordWith(k, lexicon::IsLevelPassive) ||
      lex_.currency_phrases.Match(t_, k).found()) {
    return false;  // not "set aside for", "$1.3 million dollars"
  }
  const Token* after = At(k + 1);  // the noun phrase ends or goes on
  return after == nullptr || after->kind == TokenKind::kSymbol ||
         HasRole(*after, kRoleSubjectStop) || NounWord(k + 1);
}

bool ContextFinder::YardstickAt(int k) const {
  if (IsWord(k, "what")) return true;  // "80% of what they were"
  const TokenRange r = NounPhraseRange(k);
  return r.last >= r.first && IsWordWith(r.last, lexicon::IsYardstickNoun);
}

bool ContextFinder::YardstickLevel(const FigurePlace& p, const v1::Figure& f,
                                   int k) const {
  const absl::string_view unit = f.unit();
  const bool times = unit == "times";
  if (p.money || !(unit.empty() || unit == "percent" || times)) return false;
  if (!IsWord(k, "of") && !times) return false;
  if (!YardstickAt(IsWord(k, "of") ? k + 1 : k)) return false;
  const int j = p.first - 1;
  return IsWordWith(j, lexicon::IsBeForm) || IsWord(j, "be") ||
         IsWord(j, "been") || IsWordWith(j, lexicon::IsPredicatePreposition) ||
         IsWordWith(j, lexicon::IsYardstickVerb);
}

bool ContextFinder::DemonstrativeThat(int k) const {
  const Token* noun = At(k + 1);
  return IsWord(k, "that") && noun != nullptr &&
         noun->kind == TokenKind::kWord && !InsideFigure(k + 1) &&
         !HasRole(*noun, kRoleSubjectStop | kRoleQuantityVerb) &&
         !LooksLikeVerb(noun->lower) && !IrregularPast(noun->lower);
}

std::string ContextFinder::WithOfComplement(TokenRange r) const {
  if (r.last < r.first) return std::string();
  const int of = r.last + 1;
  if (IsWord(of, "of") && (LooksPlural(d_[r.last].lower) ||
                           IsWordWith(r.last, lexicon::IsInvariantCountNoun))) {
    int m = of + 1;  // lowercase words up to a stop word or symbol
    while (m < of + 5 && LowerNoun(m) && !LooksLikeVerb(d_[m].lower) &&
           !IrregularPast(d_[m].lower)) {
      ++m;
    }
    const bool cut = At(m) != nullptr && IsDash(d_[m]) && !d_[m].space_before;
    if (m > of + 1 && !cut) r.last = m - 1;  // not "handfuls of anti-Trump"
  }
  return Slice(r.first, r.last + 1);
}

bool ContextFinder::PopulationCount(const FigurePlace& p) const {
  if (!IsWord(p.first - 1, "of") ||
      !IsWordWith(p.first - 2, lexicon::IsPlaceNoun) ||
      !(IsWordWith(p.first - 3, lexicon::IsNounPhraseDeterminer) ||
        IsWordWith(p.first - 4, lexicon::IsNounPhraseDeterminer))) {
    return false;
  }
  const Token* next = At(p.end);
  return next == nullptr || (next->kind == TokenKind::kSymbol &&
                             !IsDash(*next)) ||
         IsWordWith(p.end, lexicon::IsSubjectAuxiliary) ||
         LooksLikeVerb(next->lower) || IrregularPast(next->lower);
}

ContextFinder::TokenRange ContextFinder::WithRelativeClause(
    TokenRange r) const {
  constexpr int kMaxClauseWords = 8;
  const int rel = r.last + 1;
  const bool opener =  // the cheap test first: most phrases end without one
      IsWord(rel, "who") || IsWord(rel, "that") || IsWord(rel, "which");
  if (r.last < r.first || !opener || IsCapitalized(d_[rel]) ||
      !LooksPlural(d_[r.last].lower)) {
    return r;
  }
  const Token* verb = At(rel + 1);
  const bool who = IsWord(rel, "who") && verb != nullptr &&
                   verb->kind == TokenKind::kWord && !IsCapitalized(*verb) &&
                   (!HasRole(*verb, kRoleSubjectStop) || ClauseVerbAt(rel + 1));
  const bool that = (IsWord(rel, "that") || IsWord(rel, "which")) &&
                    ClauseVerbAt(rel + 1);
  if (!who && !that) return r;  // "students who appeared", "schools that
                                // recorded"
  int end = rel;
  for (int m = rel + 1, words = 0; m < n_; ++m) {
    if (InsideFigure(m) || CompoundDash(m) || IsYearToken(m)) {
      end = m;  // "that recorded a 100 per cent pass", "who came in 2008"
      continue;
    }
    if (RelativeClauseBreak(m, rel)) break;
    if (++words > kMaxClauseWords) return r;
    end = m;
  }
  return end > rel && WholeClauseEnd(end) ? TokenRange{r.first, end} : r;
}

bool ContextFinder::RelativeClauseBreak(int m, int rel) const {
  const Token& t = d_[m];
  if (t.kind != TokenKind::kWord || lexicon::IsClauseAnd(t.lower) ||
      t.lower == "but" || (m > rel + 1 && lexicon::IsRelativeOpener(t.lower))) {
    return true;  // a mark, a conjunction, another relative clause
  }
  const bool after_verb = ClauseVerbAt(m - 1) || LyAdverb(m - 1) ||
                          IsWordWith(m - 1, lexicon::IsVerbGroupFiller) ||
                          IsWord(m - 1, "not") || InsideFigure(m - 1);
  return m > rel + 1 && t.lower != "to" && !IsCapitalized(t) &&
         ClauseVerbAt(m) && !after_verb;  // "who sat the test failed"
}

bool ContextFinder::WholeClauseEnd(int end) const {
  const Token& t = d_[end];
  if (InsideFigure(end) || IsYearToken(end)) return true;
  return t.kind == TokenKind::kWord && !HasRole(t, kRoleSubjectStop) &&
         !LyAdverb(end) && !lexicon::IsVerbGroupFiller(t.lower) &&
         !lexicon::IsSubjectPronoun(t.lower) && !IsWord(end, "not");
}

ContextFinder::TokenRange ContextFinder::WithParticiplePhrase(
    TokenRange r, bool governed) const {
  constexpr int kMaxObjectWords = 3;
  const int verb = r.last + 1;
  if (r.last < r.first || !PastParticipleAt(verb) ||
      !LooksPlural(d_[r.last].lower)) {
    return r;
  }
  const int prep = verb + 1;
  if (!IsWordWith(prep, lexicon::IsAgentPreposition) &&
      !(governed && IsWordWith(prep, lexicon::IsParticiplePlacePreposition))) {
    return r;  // "Eight candidates went on the attack": the clause's verb
  }
  const Token* next = At(prep + 1);
  if (next == nullptr || Gerund(next->lower)) return r;  // "balked at doing"
  if (TimeAt(prep) > prep || TimeAt(prep + 1) > prep + 1 || DayAt(prep + 1)) {
    return TokenRange{r.first, verb};  // "people arrested on Monday"
  }
  const TokenRange object = NounPhraseRange(prep + 1, kMaxObjectWords);
  return object.last < object.first ? r : TokenRange{r.first, object.last};
}

bool ContextFinder::GovernedCount(const FigurePlace& p) const {
  int j = p.first - 1;
  if (IsWordWith(j, lexicon::IsDefiniteArticle)) --j;
  const Token* t = At(j);
  if (t == nullptr || t->kind != TokenKind::kWord || IsCapitalized(*t) ||
      InsideFigure(j)) {
    return false;
  }
  if (lexicon::IsClauseReportVerb(t->lower)) return false;  // "showed 40
                                                            // firms collapsed"
  return lexicon::IsCountGoverningPreposition(t->lower) ||
         LooksLikeVerb(t->lower) || IrregularPast(t->lower);
}

std::string ContextFinder::WithActParticiple(const FigurePlace& p,
                                             std::string noun) const {
  const int j = p.first - 1;
  const Token* t = At(j);
  if (noun.empty() || t == nullptr || t->kind != TokenKind::kWord ||
      IsCapitalized(*t) || InsideFigure(j) ||
      HasRole(*t, kRoleSubjectStop | kRoleQuantityVerb) ||
      IsWordWith(j - 1, lexicon::IsNounPhraseDeterminer)) {
    return noun;
  }
  const absl::string_view w = t->lower;
  const bool regular = w.size() >= 5 && absl::EndsWith(w, "ed") &&
                       !absl::EndsWith(w, "eed") && w != "aged" &&
                       !IrregularPast(w) && !lexicon::IsInventoryVerb(w) &&
                       !lexicon::IsClauseReportVerb(w) &&
                       !lexicon::IsSayVerb(w);
  if (!regular && !lexicon::IsObjectParticiple(w)) return noun;
  return absl::StrCat(noun, " ", t->raw);  // "flights cancelled"
}

bool ContextFinder::SampledCount(const FigurePlace& p) const {
  return IsWord(p.first - 1, "of") &&
         IsWordWith(p.first - 2, lexicon::IsSampleNoun);
}

bool ContextFinder::PastParticipleAt(int k) const {
  const Token* t = At(k);
  if (t == nullptr || t->kind != TokenKind::kWord || IsCapitalized(*t) ||
      InsideFigure(k) || HasRole(*t, kRoleSubjectStop)) {
    return false;
  }
  const absl::string_view w = t->lower;
  return (w.size() >= 5 && absl::EndsWith(w, "ed") &&
          !absl::EndsWith(w, "eed") && w != "aged") ||
         IrregularPast(w);
}

std::string ContextFinder::WithChangeObject(int k, std::string noun) const {
  int m = k;
  while (m < k + 3 && !IsWordWith(m, lexicon::IsChangeNoun)) ++m;
  if (!IsWordWith(m, lexicon::IsChangeNoun) || !IsWord(m + 1, "in") ||
      !absl::EndsWith(noun, d_[m].raw)) {
    return noun;
  }
  // "a 41% rise in nine-month net profit": the noun after the period's figure
  const int after = AfterModifierFigures(m + 2);
  const bool past_period = after > m + 2 && NounWord(after);
  if (!past_period && (TimeAt(m + 1) > m + 1 || TimeAt(m + 2) > m + 2 ||
                       PlaceMentionAt(m + 2) || DayAt(m + 2))) {
    return noun;
  }
  const std::string changed = NounPhrase(past_period ? after : m + 2);
  if (changed.empty()) return noun;
  return absl::StrCat(noun, " in ", changed);
}

std::string ContextFinder::WithCountedObject(int k) const {
  const TokenRange r = NounPhraseRange(k);
  const FigurePlace* object =
      r.first == r.last ? FigureStartingAt(r.last + 1) : nullptr;
  if (object == nullptr) return NounPhrase(k);  // "to repair roads"
  // "$14.5 million to recruit 60 nurses": a verb alone names nothing
  const TokenRange noun = NounPhraseRange(object->end);
  return noun.last < noun.first ? std::string()
                                : Slice(r.first, noun.last + 1);
}

void ContextFinder::RelativeClauseSubjects(
    absl::Span<v1::Figure> figures) const {
  for (size_t i = 0; i < places_.size(); ++i) {
    v1::Figure& f = figures[i];
    if (!f.subject().empty() ||
        (f.dimension() != v1::DIMENSION_DURATION &&
         !RelativeVerbBefore(places_[i].first - 1))) {
      continue;
    }
    const int a = RelativeAntecedent(places_[i].first - 1);
    if (a < 0) continue;
    int first = a;  // a name: its capitalized words ("Barack Obama")
    while (IsCapitalized(d_[a]) && first > 0 && first > a - 3 &&
           AntecedentWord(first - 1) && IsCapitalized(d_[first - 1])) {
      --first;
    }
    f.set_subject(IsCapitalized(d_[a]) ? Slice(first, a + 1)
                                       : NounsEndingAt(a));
  }
}

bool ContextFinder::RelativeVerbBefore(int j) const {
  if (!ClauseVerbAt(j) || IsWordWith(j, lexicon::IsSubjectAuxiliary)) {
    return false;
  }
  if (IsWordWith(j - 1, lexicon::IsSubjectAuxiliary)) --j;  // "which has lent"
  // "that" before a verb after a lowercase noun is a relative pronoun too:
  // "A mature steer that fetched about 40,000 shillings"
  const bool that = IsWord(j - 1, "that") && AntecedentWord(j - 2) &&
                    !IsCapitalized(d_[j - 2]);
  return IsWord(j - 1, "which") || IsWord(j - 1, "who") || that;
}

int ContextFinder::RelativeAntecedent(int j) const {
  for (int k = j; k >= 1 && k > j - 10; --k) {
    const Token& t = d_[k];
    if (t.kind == TokenKind::kSymbol && !InsideFigure(k)) {
      if (!IsSymbol(t, ",") || !ClauseVerbAt(k + 1)) return -1;
      const int start = RelativeClauseStart(k);  // ", who ..., could miss"
      return start >= 1 && AntecedentWord(start - 1) &&
                     IsCapitalized(d_[start - 1])
                 ? start - 1
                 : -1;
    }
    if (IsWord(k, "with")) return -1;
    if (t.kind != TokenKind::kWord || !lexicon::IsRelativeOpener(t.lower)) {
      continue;
    }
    if (!ClauseVerbAt(k + 1)) {
      return -1;  // "that" opening what was said: "warned that repairs"
    }
    const bool comma = IsSymbol(d_[k - 1], ",") && t.lower != "that";
    const int a = comma ? k - 2 : k - 1;
    // "that" after a name is rarely the name's: "an interaction with
    // Hillary Clinton that took place three weeks after"
    const bool name_that = t.lower == "that" && a >= 0 && IsCapitalized(d_[a]);
    return a >= 0 && AntecedentWord(a) && !name_that ? a : -1;
  }
  return -1;
}

bool ContextFinder::ClauseVerbAt(int k) const {
  const Token* verb = At(k);
  if (verb == nullptr || verb->kind != TokenKind::kWord) return false;
  const absl::string_view w = verb->lower;
  // After "which" a word in -s is the present of its verb ("which raises
  // £300m a year"), not a plural.
  const bool present = IsWord(k - 1, "which") &&
                       w.size() > 3 && absl::EndsWith(w, "s") &&
                       !absl::EndsWith(w, "ss") && !IsCapitalized(*verb);
  return LooksLikeVerb(w) || IrregularPast(w) ||
         lexicon::IsSubjectAuxiliary(w) || HasRole(*verb, kRoleQuantityVerb) ||
         present;
}

bool ContextFinder::AntecedentWord(int a) const {
  const Token* t = At(a);
  return t != nullptr && t->kind == TokenKind::kWord && !InsideFigure(a) &&
         !HasRole(*t, kRoleSubjectStop | kRoleQuantityVerb) &&
         !LooksLikeVerb(t->lower) && !IrregularPast(t->lower);
}

void ContextFinder::PredicateSubjects(absl::Span<v1::Figure> figures) const {
  for (size_t i = 0; i < places_.size(); ++i) {
    const FigurePlace& p = places_[i];
    if (figures[i].dimension() != v1::DIMENSION_AGE) {
      std::string act = MeasuredActSubject(p, figures[i]);
      if (!act.empty()) figures[i].set_subject(std::move(act));
    }
    if (figures[i].subject().empty() &&
        figures[i].dimension() == v1::DIMENSION_PERCENT) {
      figures[i].set_subject(ShareOfThemSubject(p, i, figures));
    }
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
                     : PastVerbAt(p.first - 1)  ? p.first - 1
                                                : -1;
    if (verb >= 0) figures[i].set_subject(std::string(d_[verb].raw));
  }
}

std::string ContextFinder::MeasuredActSubject(const FigurePlace& p,
                                              const v1::Figure& f) const {
  const int verb = ObjectVerbBefore(p.first);
  if (verb < 0 || absl::string_view(f.unit()) == "times") {
    return std::string();  // a factor ("3 times"): a size test, no strlen
  }
  if (lexicon::IsSpendingVerb(d_[verb].lower)) {
    if (f.dimension() == v1::DIMENSION_DURATION) {
      return SpentOnClause(p.end);  // a time is spent "on" a place or state,
                                    // not bought: "spent 3 hours on the
                                    // train", "two years on loan"
    }
    // "spent €2m (about $2.2m) last summer on new players"
    const int k = AfterSpendingTime(p.money ? AfterConversion(p.end) : p.end);
    if (IsWord(k, "on") && TimeAt(k + 1) <= k + 1 && !DayAt(k + 1)) {
      const TokenRange on = NounPhraseRange(k + 1);
      const TokenRange more = NounPhraseRange(on.last + 2);
      if (on.last >= on.first &&
          SecondObjectJoins(*this, k, on.last, more.first, more.last)) {
        return Slice(on.first, more.last + 1);  // "on drip irrigation and a
      }                                         // new boiler"
      if (on.last >= on.first) return PhraseOf(on);
    }
    return SpentOnClause(k);
  }
  return f.subject().empty() ? ActNounSubject(p, f, verb, false)
                             : std::string();
}

std::string ContextFinder::ActNounSubject(const FigurePlace& p,
                                          const v1::Figure& f, int verb,
                                          bool paid) const {
  lexicon::ActFigures figures = lexicon::ActFigures::kAny;
  const absl::string_view noun =
      lexicon::MeasuredActNoun(d_[verb].lower, &figures);
  const bool money_act = figures == lexicon::ActFigures::kMoney;
  if (noun.empty() || money_act != paid || (money_act && !p.money) ||
      NounAfterFigure(p.end)) {
    return std::string();  // not "harvest 40% more grapes"
  }
  if (figures == lexicon::ActFigures::kAny &&
      f.dimension() == v1::DIMENSION_DURATION) {
    return std::string();  // times the act: "sold 3 weeks after", "harvest
                           // 2 weeks early"
  }
  if (IsWord(p.end, "for") && !InsideFigure(p.end + 1)) {
    const TokenRange what = NounPhraseRange(p.end + 1);
    if (what.last >= what.first && !TimePhrase(p.end + 1, what.last)) {
      // "wait for a knee replacement"
      return absl::StrCat(noun, " ", Slice(p.end, what.last + 1));
    }
  }
  return figures == lexicon::ActFigures::kWithFor ? std::string()
                                                  : std::string(noun);
}

bool ContextFinder::TimePhrase(int first, int last) const {
  return TimeAt(first) != first ||  // "for next year"
         HasRole(d_[last], kRolePeriodNoun) ||  // "for the year"
         IsWordWith(last, lexicon::IsOccasionNoun);  // "for the first time"
}

bool ContextFinder::NounAfterFigure(int end) const {
  int k = end;
  if (IsWordWith(k, lexicon::IsCountedNounOpener)) ++k;  // "40% more grapes"
  return TimeAt(k) == k && NounWord(k);  // not "3 million last year"
}

std::string ContextFinder::SpentOnClause(int k) const {
  const Token* ing = At(k);
  if (ing == nullptr || ing->kind != TokenKind::kWord || !Gerund(ing->lower) ||
      HasRole(*ing, kRoleSubjectStop)) {
    return std::string();  // "spending $9 million during the month"
  }
  const Token* after = At(k + 2);
  const bool her = IsWord(k + 1, "her") &&
                   (after == nullptr || after->kind != TokenKind::kWord);
  if (her || IsWordWith(k + 1, lexicon::IsObjectPronoun)) {
    return Slice(k, k + 2);  // "spent $1 million supporting her"
  }
  const TokenRange object = NounPhraseRange(k + 1);
  return Slice(k, std::max(object.last, k) + 1);  // "excavating the site"
}

std::string ContextFinder::InfinitiveActSubject(int v) const {
  constexpr int kMaxObjectWords = 3;  // "restore the tidal wetland"
  const Token* verb = At(v);
  if (verb == nullptr || verb->kind != TokenKind::kWord ||
      IsCapitalized(*verb) || InsideFigure(v) ||
      HasRole(*verb, kRoleSubjectStop | kRolePeriodNoun) ||
      LooksPlural(verb->lower) || LooksLikeVerb(verb->lower) ||
      Gerund(verb->lower) || TimeAt(v) > v) {
    return std::string();  // "to the end of June", "to March"
  }
  const bool object = IsWordWith(v + 1, lexicon::IsNounPhraseDeterminer) ||
                      NounWord(v + 1) || ProperObjectAt(v + 1);
  if (!object && lexicon::IsIdleInfinitive(verb->lower)) {
    return std::string();  // "to go", "18 months to run on his contract";
                           // not "to run the company"
  }
  const TokenRange r =
      object ? NounPhraseRange(v + 1, kMaxObjectWords) : TokenRange{v, v - 1};
  return Slice(v, r.last > v ? r.last + 1 : v + 1);
}

bool ContextFinder::ProperObjectAt(int k) const {
  const Token* t = At(k);
  return t != nullptr && t->kind == TokenKind::kWord && IsCapitalized(*t) &&
         !InsideFigure(k) && !HasRole(*t, kRoleSubjectStop | kRolePeriodNoun) &&
         TimeAt(k) <= k;
}

int ContextFinder::TimeGrantingVerbBefore(int first) const {
  constexpr int kMaxObjectTokens = 3;  // "gave the company", "took crews"
  for (int j = first - 1; j >= 0 && j >= first - 1 - kMaxObjectTokens; --j) {
    const Token& t = d_[j];
    if (t.kind != TokenKind::kWord || InsideFigure(j)) return -1;
    if (lexicon::IsTimeGrantingVerb(t.lower)) return j;
    if (j < first - 1 && !NounWord(j) && !CapitalizedAt(j) &&
        !IsWordWith(j, lexicon::IsNounPhraseDeterminer) &&
        !IsWordWith(j, lexicon::IsObjectPronoun)) {
      return -1;  // "trained for 18 months": a purpose, not a time given
    }
  }
  return -1;
}

int ContextFinder::AfterSpendingTime(int k) const {
  const bool season =  // "in the summer", "over the winter"
      IsWord(k + 1, "the") && IsWordWith(k + 2, lexicon::IsSeason);
  if (IsWordWith(k, lexicon::IsPeriodSpanPreposition)) {
    if (season) return k + 3;
    if (TimeAt(k + 1) > k + 1) return TimeAt(k + 1);
    return k;
  }
  return TimeAt(k) > k ? TimeAt(k) : k;  // "last year", "this season"
}

int ContextFinder::ObjectVerbBefore(int first) const {
  int j = first - 1;
  while (IsWordWith(j, lexicon::IsFigureHedge)) --j;
  if (IsWord(j, "of") && IsWordWith(j - 1, lexicon::IsStatisticNoun) &&
      (IsWord(j - 2, "a") || IsWord(j - 2, "an"))) {
    j -= 3;  // "waited a median of 47 weeks"
  }
  if (IsWordWith(j, lexicon::IsObjectPronoun)) --j;  // "fined it £4.2m"
  const Token* verb = At(j);
  return verb != nullptr && verb->kind == TokenKind::kWord &&
                 !IsCapitalized(*verb) && !InsideFigure(j)
             ? j
             : -1;
}

std::string ContextFinder::ShareOfThemSubject(
    const FigurePlace& p, size_t i, absl::Span<const v1::Figure> figures) const {
  constexpr int kMaxGap = 160;  // bytes back to the sentence before's count
  const Token* after = At(p.end + 2);
  const bool verb = IsWord(p.end + 1, "them")
                        ? ClauseVerbAt(p.end + 2)
                        : IsWordWith(p.end + 2, lexicon::IsSubjectAuxiliary);
  if (!IsWord(p.end, "of") ||
      !(IsWord(p.end + 1, "them") || IsWord(p.end + 1, "those")) ||
      (after != nullptr && after->kind == TokenKind::kWord && !verb)) {
    return std::string();  // "27 per cent of them were done"; not "of
                           // those surveyed say"
  }
  for (size_t j = i; j-- > 0;) {  // a count of this sentence before it
    if (figures[j].dimension() == v1::DIMENSION_COUNT &&
        !figures[j].subject().empty()) {
      return figures[j].subject();
    }
  }
  if (earlier_.empty()) return std::string();
  const v1::Figure& e = earlier_.back();  // "14,870 replacements were done."
  return e.dimension() == v1::DIMENSION_COUNT && !e.subject().empty() &&
                 LooksPlural(e.subject()) &&
                 d_[0].begin - e.span().end() < kMaxGap
             ? e.subject()
             : std::string();
}

bool ContextFinder::PastVerbAt(int k) const {
  const Token* t = At(k);
  return t != nullptr && t->kind == TokenKind::kWord && !InsideFigure(k) &&
         !IsCapitalized(*t) && !HasRole(*t, kRoleSubjectStop) &&
         (LooksLikeVerb(t->lower) || IrregularPast(t->lower));
}

int ContextFinder::CustodyEnd(int k) const {
  if (IsWord(k, "behind") && IsWord(k + 1, "bars")) return k + 2;
  if (!IsWord(k, "in")) return -1;
  for (int j = k + 1; j <= k + 3; ++j) {
    if (IsWordWith(j, lexicon::IsCustodyNoun)) return j + 1;
    if (!NounWord(j)) return -1;
  }
  return -1;
}

int ContextFinder::BeforeChangePeriod(int j) const {
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

bool ContextFinder::DayAt(int k) const {
  for (const Mention& m : days_) {
    if (m.first == k) return true;
  }
  return false;
}

int ContextFinder::AfterPeriodFigure(int k) const {
  if (!IsWord(k, "over") && !IsWord(k, "across") && !IsWord(k, "within")) {
    return k;
  }
  const FigurePlace* q = FigureStartingAt(k + 1);
  if (q == nullptr || q->money) return k;
  int end = q->end;  // "over three budget years": the count's period nouns
  if (NounWord(end) && At(end + 1) != nullptr &&
      HasRole(d_[end + 1], kRolePeriodNoun)) {
    end += 2;
  }
  return end;
}

int ContextFinder::BeforeCostObject(int j) const {
  int k = j;
  while (k > j - 3 && NounWord(k)) --k;
  if (k == j) {  // "earned Ghana $2 billion": a name as the first object
    while (k > j - 3 && CapitalizedAt(k) && !InsideFigure(k)) --k;
    return k < j && MoneyObjectVerbAt(k) ? k : j;
  }
  if (MoneyObjectVerbAt(k)) return k;  // "cost taxpayers $3 billion"
  if (!IsWordWith(k, lexicon::IsNounPhraseDeterminer)) return j;
  return MoneyObjectVerbAt(k - 1) ? k - 1 : j;
}

bool ContextFinder::MoneyObjectVerbAt(int k) const {
  return IsWordWith(k, lexicon::IsCostVerb) ||
         IsWordWith(k, lexicon::IsEarnVerb);
}

std::string ContextFinder::NounsEndingAt(int j) const {
  int first = -1;
  for (int k = j; k >= 0 && k > j - 3; --k) {
    if (first == k + 1 && CompoundDash(k)) {
      first = --k;  // "the first-time buyers"
      continue;
    }
    const Token& t = d_[k];
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

int ContextFinder::RateAdjectiveBefore(int j) const {
  const Token* noun = At(j);
  if (noun == nullptr || noun->kind != TokenKind::kWord || j < 1 ||
      d_[j - 1].kind != TokenKind::kWord ||
      !absl::EndsWith(d_[j - 1].lower, "ly")) {
    return -1;
  }
  const PhraseMatch m = lex_.time_scopes.Match(t_, j - 1);
  return m.found() && m.length == 1 ? j - 1 : -1;
}

bool ContextFinder::PluralPossessiveMark(int k) const {
  const Token* mark = At(k);
  return mark != nullptr && k > 0 && mark->kind == TokenKind::kSymbol &&
         !mark->space_before && d_[k - 1].kind == TokenKind::kWord &&
         (mark->raw == "'" || mark->raw == "\xE2\x80\x99");
}

int ContextFinder::StopWordCompoundEnd(int k) const {
  if (!HasRole(d_[k], kRoleSubjectStop) || !CompoundDash(k + 1)) return k;
  int end = k + 2;
  while (CompoundDash(end + 1)) end += 2;
  return end;
}

bool ContextFinder::CompoundDash(int k) const {
  const Token* dash = At(k);
  if (dash == nullptr || dash->kind != TokenKind::kSymbol) {
    return false;  // most tokens: a word or number, no neighbour read
  }
  const Token* before = At(k - 1);
  const Token* after = At(k + 1);
  return before != nullptr && after != nullptr && IsDash(*dash) &&
         !dash->space_before && !after->space_before &&
         before->kind == TokenKind::kWord && after->kind == TokenKind::kWord &&
         !InsideFigure(k - 1);
}

std::string ContextFinder::BetweenSubject(const FigurePlace& p,
                                          const v1::Figure& f) const {
  if (f.qualifier() != v1::QUALIFIER_RANGE || !IsWord(p.first, "between") ||
      !NounWord(p.first - 1) || !LooksPlural(d_[p.first - 1].lower)) {
    return std::string();
  }
  return NounsEndingAt(p.first - 1);
}

int ContextFinder::AfterBearing(const FigurePlace& p,
                               const v1::Figure& f) const {
  constexpr int kMaxWords = 6;  // "north of the Arctic Circle"
  if (f.dimension() != v1::DIMENSION_LENGTH ||
      !(IsWordWith(p.end, lexicon::IsBearingWord) ||
        IsWordWith(p.end, lexicon::IsCompassPoint))) {
    return p.end;
  }
  for (int k = p.end + 1; k <= p.end + kMaxWords && k < n_; ++k) {
    if (IsSymbol(d_[k], ",")) return k;
    if (d_[k].kind != TokenKind::kWord || InsideFigure(k)) break;
  }
  return p.end;
}

std::string ContextFinder::AppositiveSubject(const FigurePlace& p,
                                             const v1::Figure& f) const {
  int open = p.first - 1;
  while (IsWordWith(open, lexicon::IsFigureHedge)) --open;  // ", now £420,"
  open = BeforeJudgingArticle(open);  // ", a record £310m,"
  if (AsideParticipleAt(open)) --open;  // ", covering 18 hectares,"
  // ", 6 km from the centre,": after a lowercase noun, whose distance it
  // is (a name's is a place's: "Hart, about 80 miles south,")
  const bool noun = AntecedentWord(open - 1) && !IsCapitalized(d_[open - 1]);
  const int bearing = noun ? AfterBearing(p, f) : p.end;
  const int close = bearing != p.end ? bearing : AfterRate(p.end);
  const Token* before = At(open);
  const Token* after = At(close);
  if (before == nullptr || after == nullptr || !IsSymbol(*before, ",") ||
      !IsSymbol(*after, ",")) {
    return std::string();
  }
  const bool plain = open == p.first - 1 && close == p.end;
  if (!plain && !ClauseGoesOn(close + 1)) {
    return std::string();  // "On Monday, just 12 days later, the ...": no
                           // noun's amount
  }
  if (RateEndsBefore(open)) return std::string();  // "a day, about £4.20,"
  int j = open - 1;
  if ((IsWord(j - 1, "any") || IsWord(j - 1, "all")) && IsWord(j - 2, "of")) {
    j -= 3;  // "the highest revenue of any club, £715 million,"
  }
  return NounsEndingAt(j);
}

bool ContextFinder::AsideParticipleAt(int k) const {
  const Token* t = At(k);
  return t != nullptr && t->kind == TokenKind::kWord && !IsCapitalized(*t) &&
         !InsideFigure(k) && !HasRole(*t, kRoleSubjectStop) &&
         (Gerund(t->lower) || LooksLikeVerb(t->lower)) && At(k - 1) != nullptr &&
         IsSymbol(d_[k - 1], ",");
}

bool ContextFinder::RateEndsBefore(int k) const {
  for (const FigurePlace& q : places_) {
    if (q.end >= k) break;
    if (q.end < k - 1 && AfterRate(q.end) == k) return true;
  }
  return false;
}

int ContextFinder::AfterRate(int k) const {
  const PhraseMatch per = lex_.time_scopes.Match(t_, k);
  if (per.found()) return k + per.length;  // "a year", "a week"
  if ((IsWord(k, "a") || IsWord(k, "an") || IsWord(k, "per")) &&
      NounWord(k + 1) && !InsideFigure(k + 1)) {
    return k + 2;  // "a litre", "per kilolitre"
  }
  return k;
}

bool ContextFinder::ClauseGoesOn(int k) const {
  const Token* t = At(k);
  if (t == nullptr || t->kind != TokenKind::kWord || IsCapitalized(*t)) {
    return false;
  }
  return lexicon::IsSubjectAuxiliary(t->lower) ||
         HasRole(*t, kRoleQuantityVerb) || LooksLikeVerb(t->lower) ||
         IrregularPast(t->lower);
}

std::string ContextFinder::AgeAppositionSubject(const FigurePlace& p,
                                                const v1::Figure& f) const {
  const int j = p.first - 1;
  const Token* after = At(p.end);
  if (f.dimension() == v1::DIMENSION_AGE &&
      (after == nullptr || IsSymbol(*after, "."))) {
    const int name = NameBeforeComma(*this, j);  // "said Okafor, 29."
    if (name >= 0) return Slice(name, j);
  }
  if (f.dimension() == v1::DIMENSION_AGE && IsWord(j, "the") &&
      (At(j - 1) == nullptr || !IsSymbol(d_[j - 1], ","))) {
    // "Lantz, 58, ... the 58-year-old told reporters": who that age was
    // given to before
    for (size_t k = earlier_.size(); k-- > 0;) {
      const v1::Figure& e = earlier_[k];
      if (e.dimension() == v1::DIMENSION_AGE && e.value() == f.value() &&
          !e.subject().empty()) {
        return e.subject();
      }
    }
  }
  if (f.dimension() != v1::DIMENSION_AGE ||
      !(IsWord(j, "the") || IsWord(j, "a") || IsWord(j, "an")) ||
      At(j - 1) == nullptr || !IsSymbol(d_[j - 1], ",")) {
    return std::string();
  }
  return NounsEndingAt(j - 2);
}

int ContextFinder::AllocatedTo(int k) const {
  if (At(k) != nullptr && IsSymbol(*At(k), ",")) ++k;
  for (int n = 0; n < 3 && IsWordWith(k, lexicon::IsSubjectAuxiliary); ++n) {
    ++k;  // "will", "would be", "is set to"
  }
  if (!IsWordWith(k, lexicon::IsAllocationVerb)) return -1;
  ++k;
  if (IsWord(k, "directly") || IsWord(k, "mainly") || IsWord(k, "largely")) ++k;
  const bool to = IsWord(k, "to") || IsWord(k, "towards") || IsWord(k, "on") ||
                  IsWord(k, "for") || IsWord(k, "into");
  return to && !IsWordWith(k + 1, lexicon::IsSubjectAuxiliary) ? k + 1 : -1;
}

bool ContextFinder::PlaceMentionAt(int k) const {
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

int ContextFinder::FigureEndAt(int k) const {
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

bool ContextFinder::PerUnit(int k) const {
  if (!IsWord(k, "a") && !IsWord(k, "an") && !IsWord(k, "per")) return false;
  const Token* noun = At(k + 1);
  const Token* after = At(k + 2);
  return noun != nullptr && noun->kind == TokenKind::kWord &&
         !IsCapitalized(*noun) && !LooksPlural(noun->lower) &&
         !HasRole(*noun, kRoleSubjectStop) && !InsideFigure(k + 1) &&
         (after == nullptr ||
          (after->kind == TokenKind::kSymbol && !IsDash(*after)) ||
          HasRole(*after, kRoleSubjectStop));
}

bool ContextFinder::TightWord(int k) const {
  const Token* dash = At(k);
  const Token* word = At(k + 1);
  return dash != nullptr && IsDash(*dash) && !dash->space_before &&
         word != nullptr && word->kind == TokenKind::kWord &&
         !word->space_before;
}

bool ContextFinder::ArticleBefore(const FigurePlace& p) const {
  if (IsWord(p.first - 1, "a") || IsWord(p.first - 1, "an")) return true;
  if (DeterminerBefore(p.first - 1) ||
      (NounWord(p.first - 1) && DeterminerBefore(p.first - 2))) {
    return true;  // "the 5 per cent rule", "the higher 40 per cent rate"
  }
  if (NounWord(p.first - 1) &&
      (IsWord(p.first - 2, "a") || IsWord(p.first - 2, "an")) &&
      NounWord(p.end) && !MeasuredComparative(p.end)) {
    return true;  // "a new 132 kV line"; not "a man five decades younger",
                  // "a survey a few days earlier"
  }
  if ((NounPossessive(p.first - 1) ||
       (NounWord(p.first - 1) && NounPossessive(p.first - 2))) &&
      NounWord(p.end)) {
    return true;  // "the Bank of England's 2 per cent target"
  }
  for (int i = p.first; i + 1 < p.end; ++i) {
    if ((IsWord(i, "a") || IsWord(i, "an")) &&
        d_[i + 1].kind != TokenKind::kWord) {
      return true;
    }
  }
  return false;
}

bool ContextFinder::MeasuredComparative(int k) const {
  return IsWordWith(k, lexicon::IsMeasuredComparative) ||
         IsWordWith(k + 1, lexicon::IsComparativeCloser);
}

bool ContextFinder::DeterminerBefore(int i) const {
  const Token* t = At(i);
  if (t == nullptr || t->kind != TokenKind::kWord) return false;
  const absl::string_view w = t->lower;
  return w == "the" || w == "its" || w == "their" || w == "this" ||
         w == "that" || w == "his" || w == "her" || w == "our";
}

bool ContextFinder::NounPossessive(int i) const {
  const Token* t = At(i);
  if (t == nullptr || t->kind != TokenKind::kWord || !IsPossessive(t->lower))
    return false;
  const absl::string_view w = t->lower;
  const size_t mark = absl::EndsWith(w, "'s") ? 2 : 4;  // "'s" or "’s"
  return !lexicon::IsContractedPronoun(w.substr(0, w.size() - mark));
}

bool ContextFinder::ConjunctAt(int first, bool listed) const {
  const Token* t = At(first);
  return t != nullptr && t->kind == TokenKind::kWord && !Gerund(t->lower) &&
         !PastVerbAt(first) && !IrregularPast(t->lower) &&
         !(listed && IsCapitalized(*t));
}

ContextFinder::TokenRange ContextFinder::WithJoinedNouns(TokenRange r,
                                                         int prep) const {
  constexpr int kMaxListItems = 4;
  if (r.last < r.first) return r;
  int last = r.last;
  for (int items = 0; items < kMaxListItems && At(last + 1) != nullptr &&
                     IsSymbol(d_[last + 1], ",");
       ++items) {
    const TokenRange item = NounPhraseRange(last + 2);
    if (item.first != last + 2 || item.last < item.first ||
        !ConjunctAt(item.first, true)) {
      return r;  // "two daughters, Elizabeth and Carol": an apposition
    }
    last = item.last;  // "boreholes, desalination units and pipe repairs"
  }
  if (!IsWord(last + 1, "and")) return r;
  const TokenRange more = NounPhraseRange(last + 2);
  if (!SecondObjectJoins(*this, prep, last, more.first, more.last) ||
      !ConjunctAt(more.first, last > r.last) || InsideFigure(more.last + 2)) {
    return r;  // "jobs and raising incomes", "501 delegates and Sanders at
               // least 69"
  }
  return TokenRange{r.first, more.last};
}

std::string ContextFinder::CultivatedOnSubject(const FigurePlace& p) const {
  constexpr int kMaxObjectWords = 4;
  const int on = p.first - 1;
  if (!IsWord(on, "on")) return std::string();
  for (int v = on - 1; v >= 0 && v >= on - 1 - kMaxObjectWords; --v) {
    if (!IsWordWith(v, lexicon::IsCultivationVerb) || InsideFigure(v)) {
      if (d_[v].kind != TokenKind::kWord || InsideFigure(v)) break;
      continue;
    }
    const TokenRange object = NounPhraseRange(v + 1);
    return object.last == on - 1 ? PhraseOf(object) : std::string();
  }
  return std::string();
}

std::string ContextFinder::PenaltyDurationSubject(const FigurePlace& p) const {
  constexpr int kMaxPenaltyWords = 8;
  const int for_at = p.first - 1;
  if (IsWord(for_at, "to") && At(for_at - 1) != nullptr &&
      !IsWord(p.end, "in") && !IsWord(p.end, "behind")) {
    bool persons_only = false;  // "were each sentenced to five years"; a
                                // term "in prison" counts the custody
    return std::string(
        lexicon::PenaltyNoun(d_[for_at - 1].lower, &persons_only));
  }
  if (!IsWord(for_at, "for")) return std::string();
  for (int v = for_at - 1; v >= 0 && v >= for_at - kMaxPenaltyWords; --v) {
    const Token& verb = d_[v];
    if (IsDash(verb)) continue;  // "jailed a dried-fruit trader for"
    if (verb.kind != TokenKind::kWord || InsideFigure(v)) break;
    bool persons_only = false;
    const absl::string_view noun =
        lexicon::PenaltyNoun(verb.lower, &persons_only);
    if (noun.empty()) continue;
    int from = v + 1;  // "banned him from operating any vessel for"
    if (IsWordWith(from, lexicon::IsObjectPronoun) ||
        (IsWord(from, "her") && IsWord(from + 1, "from"))) {
      ++from;  // "her" is no possessive before "from"
    }
    if (IsWord(from, "from") && from + 1 < for_at &&
        Gerund(d_[from + 1].lower)) {
      return absl::StrCat(noun, " on ", Slice(from + 1, for_at));
    }
    // "jailed a trader for five years"; not "suspended all fixtures for two
    // weeks": the object's state
    return from == for_at || persons_only ? std::string(noun) : std::string();
  }
  return std::string();
}

std::string ContextFinder::ActivityDurationSubject(const FigurePlace& p,
                                                   const v1::Figure& f) const {
  constexpr int kMaxActivityWords = 8;
  const int for_at = p.first - 1;
  if (f.dimension() != v1::DIMENSION_DURATION || !IsWord(for_at, "for")) {
    return std::string();
  }
  for (int v = for_at - 1; v > 0 && v >= for_at - kMaxActivityWords; --v) {
    const Token& verb = d_[v];
    if (verb.kind != TokenKind::kWord || InsideFigure(v) ||
        lexicon::IsModalAuxiliary(verb.lower)) {
      break;  // a mark, a figure, "the race would grind on for"
    }
    if (IsCapitalized(verb) || HasRole(verb, kRoleSubjectStop)) continue;
    int s = v - 1;
    if (IsWord(s, "been") && Gerund(verb.lower)) --s;  // "has been fishing"
    const bool perfect = IsWordWith(s, lexicon::IsPerfectAuxiliary);
    if (perfect) --s;  // "who has run a bakery": any verb after "has"
    if (!(perfect || PastVerbAt(v)) ||
        !IsWordWith(s, lexicon::IsActorSubject)) {
      continue;
    }
    const bool gap = !IsWord(s, "who") &&
                     (IsWord(s - 1, "which") || IsWord(s - 1, "that") ||
                      NounWord(s - 1));
    return gap ? std::string() : Slice(v, for_at);  // not "the deal he
                                                    // pushed for a decade"
  }
  return std::string();
}

}  // namespace figure_internal
}  // namespace factwire
