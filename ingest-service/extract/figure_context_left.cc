// The subject written before a figure ("a cutoff of $50,440", "sales rose 4%"):
// ContextFinder steps (see figure_context_finder.h).

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
#include "ingest-service/extract/lexicon/number_words.h"
#include "ingest-service/extract/lexicon/speech_words.h"

namespace factwire {
namespace figure_internal {

namespace {

// True if tokens[k] of `v` is a word, lowercase, and no function word.
bool LowerContentWord(const TokenView& v, int k) {
  const Token* t = v.At(k);
  return t != nullptr && t->kind == TokenKind::kWord && !IsCapitalized(*t) &&
         !HasRole(*t, kRoleSubjectStop);
}

// True if tokens[k] of `v` is a lowercase content word, or a capitalised
// one opening the sentence ("Exports of tea", "Farmers growing").
bool ContentWordOrOpener(const TokenView& v, int k) {
  const Token* t = v.At(k);
  return LowerContentWord(v, k) ||
         (t != nullptr && t->kind == TokenKind::kWord && v.OpensSentence(k) &&
          !HasRole(*t, kRoleSubjectStop));
}

// The token before a month phrase ending at tokens[j] of `v` ("between
// October and March", "from May to July", "since June"), or j if none ends
// there: the months say when, the subject stands before them ("rainfall
// between October and March was 40% below").
int BeforeMonthPhrase(const TokenView& v, int j) {
  const Token* month = v.At(j);
  if (month == nullptr || !HasRole(*month, kRoleMonth) ||
      !IsCapitalized(*month)) {
    return j;
  }
  int k = j - 1;
  const Token* first = v.At(k - 1);
  if ((v.IsWord(k, "and") || v.IsWord(k, "to")) && first != nullptr &&
      HasRole(*first, kRoleMonth) && IsCapitalized(*first)) {
    k -= 2;  // "between October and March"
  }
  const bool opens = v.IsWord(k, "between") ||
                     (v.At(k) != nullptr && v.At(k)->kind == TokenKind::kWord &&
                      lexicon::IsDatePreposition(v.At(k)->lower));
  return opens && LowerContentWord(v, k - 1) ? k - 1 : j;
}

// The noun before a place name ending at tokens[j] of `v` and the "in" or
// "at" before the name ("the rink in Mora", "a hall at Falun"), or j if the
// words do not read so: what a ", which costs" after the name prices.
int BeforeNamedPlace(const TokenView& v, int j) {
  int k = j;
  while (v.At(k) != nullptr && v.At(k)->kind == TokenKind::kWord &&
         IsCapitalized(*v.At(k))) {
    --k;
  }
  if (k == j || !(v.IsWord(k, "in") || v.IsWord(k, "at"))) return j;
  return LowerContentWord(v, k - 1) ? k - 1 : j;
}

// The noun before a gerund phrase ending at tokens[j] of `v` ("a network of
// buoys covering the same stretch of coast"), or j if none: the gerund's
// object is not what the verb after the phrase says of its subject.
int BeforeGerundPhrase(const TokenView& v, int j) {
  constexpr int kMaxPhrase = 8;  // "covering the same stretch of the coast"
  if (!LowerContentWord(v, j) || IsGerundShape(v.At(j)->lower)) return j;
  for (int g = j - 1; g > 0 && g > j - kMaxPhrase; --g) {
    const Token& t = *v.At(g);
    if (t.kind != TokenKind::kWord) return j;
    const Token* det = v.At(g + 1);
    if (LowerContentWord(v, g) && IsGerundShape(t.lower) &&
        !lexicon::IsIngNoun(t.lower) && det != nullptr &&
        lexicon::IsNounPhraseDeterminer(det->lower)) {
      const Token* noun = v.At(g - 1);
      return ContentWordOrOpener(v, g - 1) && !IsVerbFormShape(noun->lower) &&
                     !IsGerundShape(noun->lower)
                 ? g - 1
                 : j;
    }
  }
  return j;
}

// True if tokens[k] of `v` is the first of "A and B" after "to" or "of"
// and a noun ("losses to rice and corn", "exports of tea and coffee"):
// the "and" at k + 1 joins two objects of one head, not two clauses.
bool JoinedObjects(const TokenView& v, int k) {
  for (const int noun : {k - 2, k, k + 2}) {  // not "sold to investors and
    const Token* t = v.At(noun);              // guaranteed repayment of"
    if (!(noun == k - 2 ? ContentWordOrOpener(v, noun)
                        : LowerContentWord(v, noun)) ||
        IsVerbFormShape(t->lower) ||
        IsGerundShape(t->lower)) {
      return false;
    }
  }
  return v.IsWord(k + 1, "and") &&
         (v.IsWord(k - 1, "to") || v.IsWord(k - 1, "of"));
}

}  // namespace

std::string ContextFinder::LeftSubject(const FigurePlace& p) const {
  const int statistic = BeforeStatistic(p.first - 1);
  if (statistic != p.first - 1) {  // "rose to an average of £1,335"
    std::string subject = LeftSubjectFrom(p, statistic);
    if (!subject.empty()) return subject;
    const Token* doer = At(statistic - 1);  // "Patients wait", "they spend"
    const bool present =
        doer != nullptr && doer->kind == TokenKind::kWord &&
        !InsideFigure(statistic - 1) &&
        ((LooksPlural(doer->lower) && !HasRole(*doer, kRoleSubjectStop)) ||
         lexicon::IsSubjectPronoun(doer->lower)) &&
        d_[statistic].kind == TokenKind::kWord &&
        !IsCapitalized(d_[statistic]) &&
        !HasRole(d_[statistic], kRoleSubjectStop) &&
        !IsWordWith(statistic, lexicon::IsBeForm);
    if ((PastVerbAt(statistic) || present) &&
        !HasRole(d_[statistic], kRoleQuantityVerb)) {
      return subject;  // "waited a median of 11.2 hours", "Commuters spend
                       // an average of 52 minutes": the waiting, not the
                       // median, is what the hours measure, in any tense
    }
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

std::string ContextFinder::LeftSubjectFrom(const FigurePlace& p, int j) const {
  if (IsWordWith(j, lexicon::IsFigureHedge)) --j;  // "is somewhere between"
  if ((IsWord(j, "it") || IsWord(j, "them") || IsWord(j, "us")) &&
      At(j - 1) != nullptr && HasRole(d_[j - 1], kRoleQuantityVerb)) {
    --j;  // "which costs it about €9": the object between verb and figure
  } else if (p.money) {
    j = BeforeCostObject(j);  // "cost the economy $4 billion"
  }
  if (IsWord(j, "record")) {  // "rose 10% to a record 253,000 hectares"
    --j;
    if (IsWord(j, "new")) --j;
    if (IsWord(j, "a")) --j;
  }
  const int judged = BeforeJudgingArticle(j);
  if (judged != j && IsWord(judged, "by")) j = judged;  // "by a further 3%"
  // "revenue of $4.2 billion", "tax cuts worth €1.3bn"
  const bool worth = IsWord(j, "worth");
  const bool of = IsWord(j, "of") || worth;
  const bool at = IsWord(j, "at");  // "inflation at 2 per cent"
  if (IsWord(j, "to") || at || IsWord(j, "by") || IsWord(j, "from")) {
    --j;
    if (LyAdverb(j) && At(j - 1) != nullptr &&
        HasRole(d_[j - 1], kRoleQuantityVerb)) {
      --j;  // "fell slightly to 10.2%", "rose sharply to"
    }
    if (At(j) != nullptr && IsSymbol(d_[j], ",") && !of &&
        (InsideFigure(j - 1) || InPeriod(j - 1))) {
      --j;  // "rose 6.7 per cent in the year to September, to"
    } else if (At(j) != nullptr && IsSymbol(d_[j], ",") && !of &&
               At(j - 2) != nullptr && HasRole(d_[j - 2], kRoleQuantityVerb) &&
               (LyAdverb(j - 1) || absl::EndsWith(d_[j - 1].lower, "er"))) {
      j -= 2;  // "weekend trips rose faster, by 11%"
    }
  }
  if (at && (IsWord(j, "higher") || IsWord(j, "lower")) &&
      InsideFigure(j - 1)) {
    --j;  // "closed 2.3% higher at $41.20": the change before
  } else if (at && IsWord(j - 1, "to") && InsideFigure(j - 2)) {
    j -= 2;  // "was up 46 cents to settle at $41.60"
  }
  int multiplier = -1;  // "Sales doubled to $4 billion": the change figure
  if (InsideFigure(j)) {  // "shares rose 2.1% to $181.20"
    const lexicon::NumberWordEntry* change = lex_.NumberWord(d_[j]);
    const bool multiplied =
        change != nullptr &&
        change->kind == lexicon::NumberWordKind::kMultiplierVerb &&
        IsWord(j + 1, "to");
    while (InsideFigure(j)) --j;
    if (multiplied) multiplier = j + 1;
    if (IsWord(j, "by")) --j;
    if (IsWord(j, "or") && At(j - 1) != nullptr && IsSymbol(d_[j - 1], ",") &&
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
  } else if ((IsWord(j, "in") || IsWord(j, "over")) && InsideFigure(j - 1) &&
             InsideFigure(j + 1) && j + 1 < p.first) {
    --j;  // "had risen by 11% in five years, to 812,000": the change's span
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
      HasRole(d_[j - 2], kRoleQuantityVerb)) {
    j -= 2;  // "trains ran on time 84.1% of the time"
  }
  bool earner = false;  // the noun before "earning"/"paying" is the subject
  // The verb ends the figure: "rents doubled", "had more than doubled".
  const lexicon::NumberWordEntry* verb = lex_.NumberWord(d_[p.end - 1]);
  if (multiplier >= 0) {
    j = multiplier;  // the level a multiplied amount reached counts what
                     // the verb's subject counts
  } else if (ChangeParticle(j) ||
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
  } else if (p.money && At(j) != nullptr && Gerund(d_[j].lower) &&
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
  } else if (!of && PeriodThenTo(j + 1) && (IsWord(j, "for") || NounWord(j))) {
    // "raised its growth forecast for next year to 2.4%"
    const int last = IsWord(j, "for") ? j - 1 : j;
    const int object = ChangedObject(last, true);
    return object < 0 ? std::string() : Slice(object, last + 1);
  } else if (!of && CopulaAt(j)) {
    // "The shortfall will be about $2.3 million": the auxiliaries below
  } else if (!of && !(At(j) && HasRole(*At(j), kRoleQuantityVerb))) {
    const int object = ChangedObject(j);  // "cut the tax rate from 7%"
    if (object >= 0) return Slice(object, j + 1);
    const int end =
        IsWordWith(j, lexicon::IsDayPreposition) && DayAt(j + 1) ? j - 1 : j;
    const int changed =
        IsWord(p.first - 1, "to") ? ChangeNounObjectStart(end) : -1;
    if (changed >= 0) return Slice(changed, end + 1);  // "a 41% rise in net
                                                       // profit to $1.9bn"
    // "The Mesa Fire had burned 12,400 acres": the verb's subject below
    if (!MeasureVerbAt(j, p)) return std::string();
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
    if (!IsWordWith(j, lexicon::IsVerbGroupFiller) && !AdverbAfterNoun(j)) {
      break;
    }
    --j;  // "could drop", "is expected to reach", "now costs", "sharply
          // rose"
  }
  if (IsWord(j + 1, "to") && IsWordWith(j, lexicon::IsInfinitiveObjectVerb)) {
    return std::string();  // "which analysts expect to rise to £5": the
  }                        // expecters are not what rises
  if (IsWordWith(j, lexicon::IsSayVerb) ||
      IsWordWith(j, lexicon::IsFindingVerb)) {
    return std::string();  // "costs, which auditors found had risen by":
  }                        // the finders report the clause, not its subject
  return SubjectEndingAt(j, of, worth, at, earner);
}

std::string ContextFinder::SubjectEndingAt(int j, bool of, bool worth, bool at,
                                           bool earner) const {
  const int act = of || worth ? -1 : GerundSubjectStart(j);
  if (act >= 0) return Slice(act, j + 1);  // "Repairing the road will take"
  if (worth && At(j) != nullptr && IsSymbol(d_[j], ",") &&
      !IsWordWith(j + 1, lexicon::IsSubjectAuxiliary) &&
      AntecedentWord(j - 1)) {
    // "The fund, worth $2bn, was closed", "The estate, now worth": the noun
    // before the aside; not "The pact, which ..., is worth": a verb after
    // the comma, which closes an aside of its own
    --j;
  }
  if (!of && IsWordWith(j, lexicon::IsFloatingQuantifier)) {
    --j;  // "Bolton and Wigan both reported": the words before "both"
  }
  if (!of) j = BeforeRelativeClause(j);
  // "credit monitoring, which costs it": the noun before ", which" is the
  // subject itself, no place to skip.
  const bool relative = IsWord(j, "which") || IsWord(j, "that");
  const bool priced = relative && IsWordWith(j + 1, lexicon::IsCostVerb);
  j = BeforeAside(j);
  if (priced) j = BeforeNamedPlace(*this, j);  // "the rink in Mora, which
                                               // costs": the rink
  j = BeforeAgeBand(j);
  for (const Mention& m : times_) {
    if (m.first <= j && m.end == j + 1) {
      j = m.first - 1;            // "The budget for this year is $19.9 billion"
      if (IsWord(j, "the")) --j;  // "in the first six days"
      if (IsWord(j, "for") || IsWord(j, "in")) --j;
    }
  }
  j = BeforeMonthPhrase(*this, j);
  if (!relative && !earner) {
    const int head = BeforePlace(j, !of);  // "Emissions from a plant near
    j = head == j || of ? head : BeforePlace(head, !of);  // the town fell"
  }
  if (!of) j = BeforeAgent(j);
  if (!of) j = BeforeParticiplePhrase(j);
  if (!of) j = BeforeGerundPhrase(*this, j);
  if (!of) j = BeforeWithFigure(j);
  const int last = j;
  int first = -1;
  int words = 0;
  const int max_words = worth ? 3 : 5;  // "the plan includes tax cuts worth"
  while (j >= 0 && words < max_words) {
    const Token& tok = d_[j];
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
    if (first == j + 1 && JoinedObjects(*this, j - 1)) {
      --j;  // "losses to rice and corn": both objects
      continue;
    }
    if (tok.lower == "to" && first >= 0 && !of && !IsCapitalized(d_[first]) &&
        ActionNounAt(j - 1)) {
      --j;  // "Zesco's debt to suppliers stands at", "Access to clean water"
      continue;
    }
    const int head = first == j + 1 ? OfObjectHead(j) : -1;
    if (head >= 0) {
      j = head;  // "The cost of the extension", "the cost of deepening the"
      continue;
    }
    // "sets total spending at": "total" before the noun a level is set for;
    // "The total was up 7.4%", "The rainfall total reached": the head after
    // a definite determiner and its nouns (not "has a total of 1,410": a
    // statistic)
    const bool total =
        tok.lower == "total" &&
        ((at && first == j + 1) ||
         (first < 0 && !of &&
          (DeterminerBefore(j - 1) ||
           (NounWord(j - 1) && DeterminerBefore(j - 2)))));
    if (!total &&
        (HasRole(tok, kRoleSubjectStop) || lex_.NumberWord(tok) != nullptr)) {
      break;
    }
    if (worth && (Gerund(tok.lower) || LooksLikeVerb(tok.lower))) break;
    if (IsWordWith(j - 1, lexicon::IsModalAuxiliary) && !IsCapitalized(tok) &&
        !IsCapitalized(d_[j - 1])) {
      break;  // "would receive prize money of", not the month "May"
    }
    if (first >= 0 && VerbAfterSubject(j)) {
      break;  // "figures showed consumer price inflation rose"
    }
    if (first >= 0 && AuxiliaryParticiple(j)) {
      break;  // "nurses have seen real-terms pay fall": the noun's verb
    }
    if (at && (LooksLikeVerb(tok.lower) || IrregularPast(tok.lower) ||
               tok.lower == "put" || tok.lower == "puts" ||
               tok.lower == "sets" || tok.lower == "estimates" ||
               (first >= 0 && lexicon::IsLevelPassive(tok.lower)))) {
      break;  // "the bank estimated direct damage at $34.2 billion", "the
              // bank holds rate at"
    }
    first = j;
    ++words;
    --j;
  }
  return first < 0 ? std::string() : Slice(first, last + 1);
}

int ContextFinder::OfObjectHead(int j) const {
  if (!IsWordWith(j, lexicon::IsNounPhraseDeterminer)) return -1;
  int of = j - 1;
  if (ModifierGerund(of) && !IsWordWith(of, lexicon::IsIngNoun)) {
    --of;  // "of deepening the channel"
  }
  const int h = of - 1;
  const Token* head = At(h);  // "cost" names a verb's noun too
  const bool measure_for =  // "the median wait for a knee replacement"
      IsWord(of, "for") && IsWordWith(h, lexicon::IsMeasureHeadNoun);
  if (!(IsWord(of, "of") || measure_for) || head == nullptr ||
      head->kind != TokenKind::kWord ||
      InsideFigure(h) || HasRole(*head, kRoleSubjectStop)) {
    return -1;
  }
  if (OpensSentence(h)) return h;  // "Sales of the group rose"
  // The head opens its own noun phrase: "the cost of", "Coca Cola's funding
  // of", "the total cost of"; not "71 delegates short of"
  const bool opens = IsWordWith(h - 1, lexicon::IsNounPhraseDeterminer) ||
                     NounPossessive(h - 1) ||
                     (NounWord(h - 1) && !LooksPlural(d_[h - 1].lower));
  return !IsCapitalized(*head) && opens ? h : -1;
}

// Beyond the header's contract (figure_context_finder.h is another owner's):
// money also after a verb of gathering it when a lowercase noun, a thing,
// raised it ("Ticket sales had raised $820,000"; not a name or pronoun: a
// fundraiser's figures read often on to others' sums), whose currency names
// what a bare number would leave out.
bool ContextFinder::MeasureVerbAt(int j, const FigurePlace& p) const {
  if (j != p.first - 1) return false;
  int doer = j - 1;
  while (IsWordWith(doer, lexicon::IsSubjectAuxiliary)) --doer;
  const bool gathered = p.money &&
                        IsWordWith(j, lexicon::IsMoneyGatheringVerb) &&
                        NounWord(doer) && !IsCapitalized(d_[doer]) &&
                        SubjectWordAt(doer);
  if (p.money && !gathered && !IsWordWith(j, lexicon::IsDonationVerb)) {
    return false;  // money: only who lends or gives it ("which lent $14bn")
  }                // or brings it in ("Ticket sales had raised £820,000")
  const Token* verb = At(j);
  const Token& last = d_[p.end - 1];
  if (!gathered &&
      (last.kind == TokenKind::kNumber || lex_.NumberWord(last) != nullptr)) {
    return false;  // "Metro-North carried 66 million": a noun left out
  }
  if (IsWordWith(p.end, lexicon::IsPointInTimeWord) || IsWord(p.end, "into") ||
      IsWord(p.end, "away") || IsWordWith(p.end, lexicon::IsBearingWord)) {
    return false;  // "issued a half-hour before", "came nine months into",
                   // "parked 2 km away": when or where, not what
  }
  return verb != nullptr && verb->kind == TokenKind::kWord &&
         !IsCapitalized(*verb) && !HasRole(*verb, kRoleSubjectStop) &&
         !lexicon::IsFindingVerb(verb->lower) &&  // "a survey found 90%"
         (LooksLikeVerb(verb->lower) || IrregularPast(verb->lower));
}

bool ContextFinder::CopulaAt(int j) const {
  if (!IsWord(j, "be") && !IsWord(j, "been")) return false;
  int k = j - 1;
  while (k > j - 4 && IsWordWith(k, lexicon::IsSubjectAuxiliary)) --k;
  const Token* t = At(k);
  if (k == j - 1 || t == nullptr || t->kind != TokenKind::kWord ||
      IsWordWith(k - 1, lexicon::IsSubjectAuxiliary)) {
    return false;  // no auxiliary, or "are sure to be"
  }
  const bool contraction =  // "It's been", "We'll be"; not "Obama's"
      (absl::StrContains(t->lower, "'") ||
       absl::StrContains(t->lower, "\xE2\x80\x99")) &&
      !NounPossessive(k);
  if (contraction) return false;
  if (IsCapitalized(*t)) {
    return !InsideFigure(k) && !HasRole(*t, kRoleSubjectStop);
  }
  return NounWord(k) && !absl::EndsWith(t->lower, "ing");  // "going to be"
}

bool ContextFinder::ChangeParticle(int j) const {
  if (IsWord(j, "back")) {
    return (At(j - 1) != nullptr && HasRole(d_[j - 1], kRoleQuantityVerb)) ||
           IsWordWith(j - 1, lexicon::IsChangeFromWord);
  }
  return (IsWord(j, "up") || IsWord(j, "down")) &&
         (IsWordWith(j - 1, lexicon::IsUpParticleVerb) ||
          IsWordWith(j - 1, lexicon::IsPhrasalChangeVerb) ||
          IsWordWith(j - 1, lexicon::IsSessionVerb));
}

bool ContextFinder::AuxiliaryParticiple(int j) const {
  const absl::string_view w = d_[j].lower;
  return (LooksLikeVerb(w) || IrregularPast(w) || lexicon::IsLevelPassive(w)) &&
         !IsWord(j - 1, "to") && IsWordWith(j - 1, lexicon::IsSubjectAuxiliary);
}

bool ContextFinder::LevelVerbAt(int k) const {
  const Token* t = At(k);
  return t != nullptr && t->kind == TokenKind::kWord && !InsideFigure(k) &&
         (HasRole(*t, kRoleQuantityVerb) ||
          lexicon::IsLevelPassive(t->lower)) &&
         !lexicon::IsSubjectAuxiliary(t->lower);
}

int ContextFinder::BeforeStatistic(int j) const {
  if (!IsWord(j, "of") || !IsWordWith(j - 1, lexicon::IsStatisticNoun)) {
    return j;
  }
  return IsWord(j - 2, "a") || IsWord(j - 2, "an") || IsWord(j - 2, "the")
             ? j - 3
             : j;
}

bool ContextFinder::AdverbAfterNoun(int j) const {
  const Token* t = At(j);
  const Token* before = At(j - 1);
  return t != nullptr && t->kind == TokenKind::kWord && t->lower.size() > 5 &&
         absl::EndsWith(t->lower, "ly") && !IsCapitalized(*t) &&
         !lexicon::IsLyNoun(t->lower) && before != nullptr &&
         before->kind == TokenKind::kWord &&
         !HasRole(*before, kRoleSubjectStop) && !InsideFigure(j - 1);
}

bool ContextFinder::PeriodPossessive(int j) const {
  const absl::string_view w = d_[j].lower;
  if (!IsPossessive(w)) return false;
  const size_t mark = absl::EndsWith(w, "'s") ? 2 : 4;  // "'s" or "’s"
  return (lex_.RolesOf(w.substr(0, w.size() - mark)) & kRolePeriodNoun) != 0;
}

bool ContextFinder::InPeriod(int k) const {
  for (const Mention& m : times_) {
    if (m.first <= k && k < m.end) return true;
  }
  return false;
}

bool ContextFinder::VerbAfterSubject(int j) const {
  const absl::string_view w = d_[j].lower;
  if (!LooksLikeVerb(w) && !IrregularPast(w)) return false;
  const Token* before = At(j - 1);
  return before != nullptr && before->kind == TokenKind::kWord &&
         !HasRole(*before, kRoleSubjectStop) && !InsideFigure(j - 1) &&
         !IsPossessive(before->lower) && !absl::EndsWith(before->lower, "ly");
}

bool ContextFinder::EarnerBefore(int j) const {
  const Token* t = At(j - 1);
  return t != nullptr && t->kind == TokenKind::kWord && !InsideFigure(j - 1) &&
         !HasRole(*t, kRoleSubjectStop | kRoleQuantityVerb) &&
         !LooksLikeVerb(t->lower) && !Gerund(t->lower) &&
         (OpensSentence(j - 1) || !IsCapitalized(*t));
}

bool ContextFinder::LyAdverb(int i) const {
  const Token* t = At(i);
  return t != nullptr && t->kind == TokenKind::kWord && t->lower.size() > 4 &&
         absl::EndsWith(t->lower, "ly") && !IsCapitalized(*t) &&
         !lexicon::IsLyNoun(t->lower);
}

int ContextFinder::BeforeAside(int j) const {
  if ((IsWord(j, "which") || IsWord(j, "that")) && At(j - 1) != nullptr &&
      IsSymbol(*At(j - 1), ",")) {
    return j - 2;  // "The operation, which lasted 18 months"
  }
  if (At(j) == nullptr || !IsSymbol(*At(j), ",")) return j;
  const int relative = RelativeClauseStart(j);
  if (relative >= 0) return relative - 1;  // "Core inflation, which ...,"
  const int participle = ParticipleAsideStart(j);
  if (participle >= 0) return participle - 1;  // "The pier, built in 1960,"
  bool figure = false;
  bool only_figure = true;  // ", about 33 km,": a figure alone
  for (int k = j - 1; k >= 0 && k > j - 16; --k) {
    if (d_[k].kind == TokenKind::kSymbol && !IsDash(d_[k]) &&
        !InsideFigure(k)) {
      if (!IsSymbol(d_[k], ",")) return j;
      // A short aside without figures ("once-off" goes on), a noun phrase
      // in apposition ("The index, a composite of eight routes,"), or a
      // figure alone after a noun.
      // A prepositional aside may run longer ("The highest reading, in a
      // well near the Colca valley, was").
      const int longest = PrepositionalAsideAt(k + 1) ? 12 : 8;
      return (!figure && k > j - longest) || AppositionAt(k) ||
                     (figure && only_figure && AntecedentWord(k - 1))
                 ? k - 1
                 : j;
    }
    const bool extent =  // "about 2 km long"
        k == j - 1 && IsWordWith(k, lexicon::IsExtentAdjective);
    figure = figure || InsideFigure(k);
    only_figure = only_figure && (InsideFigure(k) || extent);
  }
  return j;
}

bool ContextFinder::PrepositionalAsideAt(int k) const {
  return IsWordWith(k, lexicon::IsNounPostmodifierPreposition) ||
         (At(k) != nullptr && d_[k].kind == TokenKind::kWord &&
          HasRole(d_[k], kRolePlacePreposition));
}

int ContextFinder::BeforeAgeBand(int j) const {
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

bool ContextFinder::AppositionAt(int k) const {
  const Token* before = At(k - 1);
  return before != nullptr && before->kind == TokenKind::kWord &&
         !InsideFigure(k - 1) &&
         (IsWord(k + 1, "a") || IsWord(k + 1, "an") || IsWord(k + 1, "the") ||
          (IsWord(k + 1, "one") && IsWord(k + 2, "of")));  // "one of the"
}

int ContextFinder::BeforeRelativeClause(int j) const {
  bool figure = false;  // a figure of the clause: only a present verb's
  for (int k = j - 1; k >= 1 && k > j - 16; --k) {
    const Token& t = d_[k];
    if (InsideFigure(k)) {
      figure = true;  // "that removes about 90 per cent of arsenic"
      continue;
    }
    if (t.kind != TokenKind::kWord) return j;
    if (!lexicon::IsRelativeOpener(t.lower)) continue;
    const Token* verb = At(k + 1);
    const bool past =
        verb != nullptr && verb->kind == TokenKind::kWord &&
        (LooksLikeVerb(verb->lower) || IrregularPast(verb->lower));
    const bool present = PresentVerbWithObject(k + 1);
    if (figure && !present) return j;
    const bool clause = past || present ||
                        IsWordWith(k + 1, lexicon::IsSubjectAuxiliary);  // "were"
    if (!clause || k + 1 >= j) return j;
    if (InsideFigure(k - 1)) {
      const int noun = BeforeAgeBand(k - 1);  // "children aged 2 to 14 who"
      return noun != k - 1 ? noun : j;
    }
    return NounWord(k - 1) || OpeningNoun(k - 1) ? k - 1 : j;
  }
  return j;
}

bool ContextFinder::PresentVerbWithObject(int k) const {
  const Token* t = At(k);
  if (t == nullptr || t->kind != TokenKind::kWord || IsCapitalized(*t) ||
      HasRole(*t, kRoleSubjectStop) || !LooksPlural(t->lower)) {
    return false;
  }
  const Token* next = At(k + 1);
  return VerbBeforeObject(k) ||
         (next != nullptr && next->kind == TokenKind::kWord &&
          (IsNameCapitalized(*next) || NounWord(k + 1)));
}

int ContextFinder::RelativeClauseStart(int j) const {
  for (int k = j - 2; k >= 1 && k > j - 24; --k) {
    const Token& t = d_[k];
    if (IsSymbol(t, ";") || IsSymbol(t, ".") || IsSymbol(t, "\"")) {
      return -1;  // figures go on: "Microscopy, which can take two hours,"
    }
    if ((IsWord(k, "which") || IsWord(k, "who")) && IsSymbol(d_[k - 1], ",")) {
      return k - 1;
    }
  }
  return -1;
}

int ContextFinder::ParticipleAsideStart(int j) const {
  for (int k = j - 1; k >= 2 && k > j - 16; --k) {
    const Token& t = d_[k];
    if (t.kind != TokenKind::kSymbol || InsideFigure(k) || IsDash(t)) continue;
    if (!IsSymbol(t, ",")) return -1;
    const Token* verb = At(k + 1);
    const bool participle =
        verb != nullptr && verb->kind == TokenKind::kWord &&
        !IsCapitalized(*verb) && !InsideFigure(k + 1) &&
        !HasRole(*verb, kRoleSubjectStop) &&
        (LooksLikeVerb(verb->lower) || IrregularPast(verb->lower) ||
         Gerund(verb->lower));
    return participle && k + 2 < j && AntecedentWord(k - 1) ? k : -1;
  }
  return -1;
}

bool ContextFinder::NounBeforeAt(int j) const {
  int k = j;
  while (k >= 0 && k > j - 3 &&
         ((NounWord(k) && !IsWordWith(k, lexicon::IsLevelPassive)) ||
          (LowerNoun(k) && IsWordWith(k, lexicon::IsIngNoun)) ||
          (k < j &&
           (IsWord(k, "total") || (LowerNoun(k) && Gerund(d_[k].lower)))))) {
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

bool ContextFinder::NounWord(int k) const {
  const Token* t = At(k);
  return t != nullptr && t->kind == TokenKind::kWord && !InsideFigure(k) &&
         !IsCapitalized(*t) &&
         !HasRole(*t, kRoleSubjectStop | kRoleQuantityVerb) &&
         !LooksLikeVerb(t->lower) && !IrregularPast(t->lower) &&
         !Gerund(t->lower);
}

bool ContextFinder::PeriodThenTo(int k) const {
  for (const Mention& m : times_) {
    if (m.first == k) return IsWord(m.end, "to");
  }
  return false;
}

int ContextFinder::ChangedObject(int j, bool to_after_period) const {
  // "bringing the death toll to 45"; with `to_after_period`, "its forecast
  // for next year to 2.4%"
  const bool to = to_after_period || IsWord(j + 1, "to");
  const bool by = IsWord(j + 1, "by");  // "cut its base rate by 0.25"
  if ((!IsWord(j + 1, "from") && !to && !by) || At(j) == nullptr) return -1;
  if (to && NounWord(j) && LooksPlural(d_[j].lower) &&
      IsWordWith(j - 1, lexicon::IsMoveToWord)) {
    return j;  // "set thermostats to 78 degrees"
  }
  const ObjectPhrase object = DeterminedObject(j);
  if (object.first < 0) return to ? -1 : BareChangedObject(j);
  // "lift" moves to a level, "trimmed" changes from one, "raise" does both
  if (ForecastFor(object.verb)) {
    // "its forecast for the full year to $2.1bn": a period is when
    return HasRole(d_[j], kRolePeriodNoun) ? -1 : object.first;
  }
  if (IsWordWith(object.verb, lexicon::IsMoveToWord)) return object.first;
  return !to && IsWordWith(object.verb, lexicon::IsChangeFromWord)
             ? object.first
             : -1;
}

bool ContextFinder::ForecastFor(int k) const {
  if (!IsWord(k, "for") || !IsWordWith(k - 1, lexicon::IsForecastNoun)) {
    return false;
  }
  const ObjectPhrase forecast = DeterminedObject(k - 1);
  return forecast.first >= 0 &&
         IsWordWith(forecast.verb, lexicon::IsMoveToWord);
}

ContextFinder::ObjectPhrase ContextFinder::DeterminedObject(int j) const {
  int k = j;
  int words = 0;
  int ofs = 0;
  while (k > 0 && words < 5) {
    if (CompoundDash(k)) {
      k -= 2;  // "best-selling": the dash and the word before it
      continue;
    }
    if (words > 0 && ModifierFigureEndsAt(k)) {
      while (InsideFigure(k)) --k;  // "a 20-litre jerrican"
      ++words;
      continue;
    }
    if (words > 0 && IsYearToken(k) && !InsideFigure(k) &&
        DeterminerBefore(k - 1)) {
      return {k + 1, k - 2};  // "cut its 2026 harvest forecast to": the
    }                         // year is the time scope
    const Token& t = d_[k];
    if (t.kind != TokenKind::kWord || InsideFigure(k)) break;
    const bool article = IsWord(k, "a") || IsWord(k, "an");
    if (words > 0 && (article || DeterminerBefore(k))) {
      if (!IsWord(k - 1, "of")) return {k + 1, k - 1};
      if (ofs == 2 || !NounWord(k - 2)) break;  // "cut half of its staff"
      ++ofs;  // "the price of a day return"
      k -= 2;
      continue;
    }
    if (words > 0 && PeriodPossessive(k) && At(k - 1) != nullptr &&
        HasRole(d_[k - 1], kRolePeriodOpener)) {
      // "cut last year's harvest to": a determiner and the time scope
      return {k + 1, k - 2};
    }
    if (words > 0 && NounPossessive(k)) {
      int owner = k;  // "the club's", "Wexford County's": kept in the phrase
      while (owner > k - 3 && CapitalizedAt(owner - 1)) --owner;
      if (IsWord(owner - 1, "the")) return {owner, owner - 2};
      return {owner, owner - 1};
    }
    if (words > 0 && ofs < 2 && IsWord(k, "of") && NounWord(k - 1)) {
      ++ofs;  // "the cost of maize"
      --k;
      continue;
    }
    if ((HasRole(t, kRoleSubjectStop) && !RateAdjectiveAt(k)) ||
        lex_.NumberWord(t) != nullptr) {
      break;
    }
    ++words;
    --k;
  }
  return {-1, -1};
}

bool ContextFinder::ModifierFigureEndsAt(int k) const {
  return InsideFigure(k) && !InsideFigure(k + 1) &&
         (inside_[k] & kModifierEnd) != 0;
}

int ContextFinder::BareChangedObject(int j) const {
  const Token* last = At(j);
  if (last == nullptr || last->kind != TokenKind::kWord) return -1;
  const bool plural_verb = HasRole(*last, kRoleQuantityVerb) &&
                           LooksPlural(last->lower) &&
                           !lexicon::IsChangeFromWord(last->lower) &&
                           !lexicon::IsMoveToWord(last->lower);
  if (!NounWord(j) && !plural_verb) return -1;
  int m = j - 1;
  while (m > j - 3 && (NounWord(m) || ModifierGerund(m) || RateAdjectiveAt(m)) &&
         !IsWordWith(m, lexicon::IsTransitiveChangeWord)) {
    --m;  // "cut" is a noun too; "slashed asking rents"
  }
  if (!IsWordWith(m, lexicon::IsTransitiveChangeWord) || IsCapitalized(d_[m]) ||
      DeterminerBefore(m - 1) || IsWord(m - 1, "a") || IsWord(m - 1, "of")) {
    return -1;
  }
  return m + 1;
}

int ContextFinder::BeforePlace(int j, bool verb) const {
  int k = j;
  if (verb && LowerNoun(j) && CapitalizedAt(j - 1)) {
    k = j - 1;  // "Diesel use in NSW mining averages"
  } else if (verb && LowerNoun(j) && LowerNoun(j - 1) && CapitalizedAt(j - 2)) {
    k = j - 2;
  }
  while (k >= 0 && IsCapitalized(d_[k])) --k;
  if (k < j) k = BeforePlaceList(k);  // "charges in Wellington and Picton"
  if (k == j) return BeforeCommonPlace(j, verb);
  if (IsWord(k, "of") && IsWordWith(k - 1, lexicon::IsPlaceNoun)) {
    k -= 2;  // "in the state of New York"
    if (IsWord(k - 1, "the") && LowerNoun(k)) --k;  // "the inland city of"
    if (IsWord(k, "the")) --k;
  }
  if (IsWordWith(k, lexicon::IsCompassAdjective)) {
    --k;  // "northern Texas"
  } else if (k < j && LowerNoun(k) &&
             (IsWord(k - 1, "to") || IsWord(k - 1, "from") ||
              (At(k - 1) != nullptr &&
               HasRole(d_[k - 1], kRolePlacePreposition)))) {
    --k;  // "routes to continental Europe", "in rural Donegal"
  }
  if (IsWord(k, "the")) --k;  // "across the United States"
  if (verb && (IsWord(k, "to") || IsWord(k, "from"))) {
    return BeforeRoute(j, k);
  }

  // "Profits at Barclays rose", "wheat on Euronext fell": a name after "at"
  // or "on" places the subject too.
  const bool at_name = verb && (IsWord(k, "at") || IsWord(k, "on"));
  if (k < 1 || (!HasRole(d_[k], kRolePlacePreposition) && !at_name)) {
    return BeforeCommonPlace(j, verb);  // "waits for an MRI scan"
  }
  const Token& before = d_[k - 1];
  if (before.kind != TokenKind::kWord || HasRole(before, kRoleSubjectStop)) {
    return j;
  }
  return k - 1;
}

int ContextFinder::BeforePlaceList(int k) const {
  if (!IsWordWith(k, lexicon::IsListConjunction) || !PlaceWord(k - 1)) {
    return k;
  }
  int m = k - 1;
  while (m >= 0 && PlaceWord(m)) --m;
  if (IsWord(m, "the")) --m;  // "in the Netherlands and Belgium"
  return At(m) != nullptr && HasRole(d_[m], kRolePlacePreposition) ? m : k;
}

int ContextFinder::BeforeCommonStart(int m) const {
  constexpr int kMaxWords = 3;  // "the old river port"
  int k = m;
  while (k > m - kMaxWords && At(k) != nullptr &&
         d_[k].kind == TokenKind::kWord && !IsCapitalized(d_[k]) &&
         !InsideFigure(k) && !IsWord(k, "from") &&
         !IsWordWith(k, lexicon::IsNounPhraseDeterminer)) {
    --k;  // "old" too, a stop word elsewhere
  }
  const int opener = IsWord(k, "the") ? k - 1 : k;
  return k < m && IsWord(opener, "from") ? k : m;
}

int ContextFinder::BeforeRoute(int j, int k) const {
  int m = k;
  if (IsWord(k, "to")) {
    m = k - 1;
    while (m >= 0 && IsCapitalized(d_[m])) --m;
    if (m == k - 1) m = BeforeCommonStart(m);  // "from the old town to"
    if (IsWord(m, "the")) --m;
    if (m == k - 1 || !IsWord(m, "from")) {
      // "the Shanghai to Los Angeles lane": the route names the noun
      if (m < k - 1 && !IsCapitalized(d_[j])) return j;
      m = k;  // "Visitors to Britain"
    }
  }
  if (m < 1) return j;
  const Token& before = d_[m - 1];
  if (before.kind != TokenKind::kWord || HasRole(before, kRoleSubjectStop) ||
      InsideFigure(m - 1)) {
    return j;
  }
  return m - 1;
}

bool ContextFinder::LowerNoun(int i) const {
  const Token* t = At(i);
  return t != nullptr && t->kind == TokenKind::kWord && !IsCapitalized(*t) &&
         !InsideFigure(i) && !HasRole(*t, kRoleSubjectStop | kRoleQuantityVerb);
}

int ContextFinder::BeforeWithFigure(int j) const {
  int k = j;
  while (k >= 0 && k > j - 4 && d_[k].kind == TokenKind::kWord &&
         !InsideFigure(k) &&
         (!HasRole(d_[k], kRoleSubjectStop) || IsWord(k, "for"))) {
    --k;  // "with 12.5% protein for September delivery"
  }
  if (k == j || !InsideFigure(k)) return j;
  while (InsideFigure(k)) --k;
  return IsWord(k, "with") && At(k - 1) != nullptr &&
                 d_[k - 1].kind == TokenKind::kWord &&
                 !HasRole(d_[k - 1], kRoleSubjectStop) && !InsideFigure(k - 1)
             ? k - 1
             : j;
}

int ContextFinder::BeforeParticiplePhrase(int j) const {
  int k = j;
  while (k > j - 3 && NounWord(k)) --k;
  if (k == j) return j;
  if (IsWordWith(k, lexicon::IsNounPhraseDeterminer)) --k;
  if (!IsWordWith(k, lexicon::IsParticiplePlacePreposition)) return j;
  const int participle = k - 1;
  return PastParticipleAt(participle) && NounWord(participle - 1) &&
                 LooksPlural(d_[participle - 1].lower)
             ? participle
             : j;
}

int ContextFinder::BeforeAgent(int j) const {
  for (int k = j; k >= 1 && k > j - 6; --k) {
    if (k < j && CompoundDash(k)) {
      --k;  // "by the state-backed miner": one word
      continue;
    }
    const Token& t = d_[k];
    if (t.kind != TokenKind::kWord || InsideFigure(k)) return j;
    if (IsWord(k, "by") && k < j && ActionNounAt(k - 1)) {
      return k - 1;  // "Diamond sales by Debswana slumped": who acts
    }

    if (k >= 2 && (IsWord(k, "by") || IsWord(k, "to"))) {
      // "reported to Action Fraud"
      const absl::string_view w = d_[k - 1].lower;
      const bool participle = d_[k - 1].kind == TokenKind::kWord &&
                              (LooksLikeVerb(w) || IrregularPast(w));
      const Token& noun = d_[k - 2];
      const bool subject = noun.kind == TokenKind::kWord &&
                           !InsideFigure(k - 2) &&
                           !HasRole(noun, kRoleSubjectStop);
      return participle && k < j && subject ? k - 2 : j;
    }
    if (HasRole(t, kRoleSubjectStop) && !IsWord(k, "the") && !IsWord(k, "of")) {
      return j;
    }
  }
  return j;
}

bool ContextFinder::ActionNounAt(int k) const {
  if (IsWordWith(k, lexicon::IsChangeNoun)) return false;
  if (NounWord(k)) return true;
  const Token* t = At(k);  // "Sales by Debswana": capitalized, first
  return t != nullptr && t->kind == TokenKind::kWord && OpensSentence(k) &&
         !HasRole(*t, kRoleSubjectStop | kRoleQuantityVerb) &&
         !LooksLikeVerb(t->lower) && !IrregularPast(t->lower);
}

int ContextFinder::BeforeCommonPlace(int j, bool verb) const {
  int k = j;
  // "the south-west", "the week-long event": a compound is one word, its
  // last part a stop word or not
  for (int words = 0; words < 3 && k >= 0 && d_[k].kind == TokenKind::kWord &&
                      (!HasRole(d_[k], kRoleSubjectStop) || CompoundDash(k - 1)) &&
                      !InsideFigure(k);
       ++words) {
    k -= CompoundDash(k - 1) ? 3 : 1;
  }
  bool owner = false;  // "across the region's 22 municipalities"
  if (verb && k < j && InsideFigure(k)) {
    while (InsideFigure(k)) --k;  // "Wages across the 20 clubs rose 9%"
    owner = NounPossessive(k) && !InsideFigure(k);
    if (owner && IsWord(k - 1, "the")) --k;
  }
  if (k == j || k < 1) return j;
  // "prices in the district", "waits for a knee operation", "demand for its
  // models"; before a verb also without a determiner: "a tax on financial
  // transactions would raise"
  const bool the = IsWord(k, "the") || owner ||  // "on some suburban lines"
                   IsWordWith(k, lexicon::IsQuantifierDeterminer) ||
                   (verb && IsWordWith(k, lexicon::IsNounPhraseDeterminer));
  if (!the && (!verb || InsideFigure(k))) return j;
  const int at = the ? k - 1 : k;
  if (at < 1) return j;
  const Token& preposition = d_[at];
  const absl::string_view w = preposition.lower;
  // "for" without "the" joins its noun to the head: "Demand for oil fell".
  const bool object =
      verb && (lexicon::IsHeadObjectPreposition(w) ||
               (lexicon::IsDeterminedHeadObjectPreposition(w) &&
                the));  // "Repairs to the plant"
  if (!HasRole(preposition, kRolePlacePreposition) && w != "at" && !object) {
    return j;  // "numbers on the existing line fell 12%" (before a verb)
  }
  const Token& before = d_[at - 1];
  if (before.kind != TokenKind::kWord || HasRole(before, kRoleSubjectStop) ||
      InsideFigure(at - 1) ||
      (!the && (LooksLikeVerb(before.lower) || IrregularPast(before.lower)))) {
    return j;  // not "came from donors giving $200"
  }
  if (w == "for" && lexicon::IsMeasureHeadNoun(before.lower) &&
      !TimePhrase(at + 1, j) &&  // not "Demand for the first time"
      std::none_of(inside_.begin() + at, inside_.begin() + j + 1,
                   [](uint8_t in) { return in != 0; })) {
    return j;  // "the median wait for a knee operation": what it measures;
               // not "price for a 50-litre keg", which the walk stops in
  }
  return at - 1;
}

}  // namespace figure_internal
}  // namespace factwire
