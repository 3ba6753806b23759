#ifndef FACTWIRE_INGEST_SERVICE_EXTRACT_FIGURE_CONTEXT_FINDER_H_
#define FACTWIRE_INGEST_SERVICE_EXTRACT_FIGURE_CONTEXT_FINDER_H_

// Internal to figure_context.cc and the figure_context_*.cc files: the state
// and steps of AddFigureContext(). Not part of the extractor's interface.
//   figure_context_subject.cc  the noun phrase after a figure, relative
//                              clauses, predicates, appositions
//   figure_context_left.cc     the subject written before a figure
//   figure_context_shapes.cc   sentence-level passes (compared, elided, survey,
//                              parallel, restated, inherited, pronoun subjects)
//   figure_context_clause.cc   the subject of the clause a figure is the
//                              predicate of; the last fallback reading a
//                              clause's grammar (FallbackSubjects)
//   figure_context_where.cc    periods and places (time_scope, place)

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "factwire/v1/records.pb.h"
#include "ingest-service/extract/figure_context.h"
#include "ingest-service/extract/figure_lexicon.h"
#include "ingest-service/extract/figure_token_view.h"
#include "ingest-service/extract/figure_tokens.h"
#include "ingest-service/extract/lexicon/figure_context_words.h"
#include "ingest-service/extract/lexicon/figure_place_words.h"

namespace factwire {
namespace figure_internal {

// A stretch of tokens [first, end) that names a period or a place.
struct Mention {
  int first;
  int end;
};

// The oldest age a bare number is read as ("at 71").
inline constexpr double kOldestAge = 120;

// Buffers a ContextFinder reuses from one sentence to the next.
struct ContextScratch {
  std::vector<uint8_t> inside;
  std::vector<Mention> times;
  // Weekdays and periods' possessives ("last year's"), asked only when no
  // other period is near.
  std::vector<Mention> days;
  std::vector<Mention> places;
  // Common-noun and adverb places ("across the district", "nationwide"),
  // asked only when no named place is found.
  std::vector<Mention> areas;
  std::vector<int> before;  // InheritSubjects' nearest figures with subjects
  std::vector<int> after;
  // TextMarksPlace's answers by name for the document in `marks_text` (a
  // copy: a finder reads one sentence, and the next finder may read another
  // document in the same buffer).
  std::string marks_text;
  // The last finder's reading: where its text lay, and where its figures
  // ended in the array of its earlier figures. A finder whose earlier figures
  // end there, in the same array, over the same bytes, reads on in that
  // document (FindFigures' earlier figures are its text's): no memcmp.
  absl::string_view last_text;
  const v1::Figure* last_figures = nullptr;
  size_t last_figures_end = 0;
  bool marks_for_last = false;  // marks_text held the last finder's text
  absl::flat_hash_map<std::string, bool> marks;
  // AreaPlace's names by area noun ("county") for the same document: the
  // byte ranges of "Cluj county" and the like, in text order.
  absl::flat_hash_map<std::string, std::vector<std::pair<int, int>>>
      named_areas;
  std::string lower;  // PlaceMarkAround's lowercase country
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
        areas_(scratch->areas),
        before_(scratch->before),
        after_(scratch->after),
        scratch_(*scratch) {
    NoteReading(places.size());
    inside_.assign(tokens.size(), 0);
    inside_flags_ = inside_.data();
    times_.clear();
    days_.clear();
    places_found_.clear();
    areas_.clear();
    for (const FigurePlace& p : places) {
      for (int i = p.first; i < p.end; ++i) inside_[i] = kInside;
      if (Adjectival(p)) inside_[p.end - 1] |= kModifierEnd;  // "20-litre"
    }
  }

  // Sets subject, time_scope and place on `figures` (one per place, same
  // order); see AddFigureContext().
  void Run(absl::Span<v1::Figure> figures);

 private:
  std::string Slice(int first, int end) const {
    return std::string(
        text_.substr(d_[first].begin, d_[end - 1].end - d_[first].begin));
  }

  // Flags of inside_: a token of a figure; the last token of a figure joined
  // to the noun after it by a dash (Adjectival()).
  static constexpr uint8_t kInside = 1;
  static constexpr uint8_t kModifierEnd = 2;

  bool InsideFigure(int i) const {  // (one unsigned compare, as At())
    return Inside(i) && inside_flags_[i] != 0;
  }

  // True if tokens[i] is a word that `is_word` accepts (lowercase).
  bool IsWordWith(int i, bool (*is_word)(absl::string_view)) const {
    return Inside(i) && d_[i].kind == TokenKind::kWord && is_word(d_[i].lower);
  }

  // True if `w` reads as a plural noun ("deaths", "people").
  static bool LooksPlural(absl::string_view w);

  static bool IsPossessive(absl::string_view w) {
    return (w.size() > 2 && w.substr(w.size() - 2) == "'s") ||
           (w.size() > 4 && w.substr(w.size() - 4) == "\xE2\x80\x99s");
  }

  // A participle followed by a content word modifies it ("registered voters").
  bool AdjectivePosition(int j) const;

  // True if tokens[j] is an -ly adverb before an -ed verb ("sharply rose").
  bool IsAdverbBeforeVerb(int j) const;

  static bool LooksLikeVerb(absl::string_view w) {
    return w.size() > 4 && (w.substr(w.size() - 2) == "ed");
  }

  // "running", "rising": a participle, not a noun of the subject.
  static bool Gerund(absl::string_view w) { return IsGerundShape(w); }

  static bool IrregularPast(absl::string_view w) {
    return lexicon::IsIrregularPast(w);
  }

  // True if `w` (lowercase) has a verb's past or participle form
  // (IsVerbFormShape). The one verb-form test of figure_context_clause.cc.
  static bool VerbForm(absl::string_view w) { return IsVerbFormShape(w); }

  // The noun phrase from tokens[k] on ("overdose deaths", "National Guard
  // troops"), with a common noun's possessive after "the" ("the island's
  // water"; a name's is a place or dropped: "Clinton's emails" -> "emails").
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
  TokenRange NounPhraseRange(int k, int max_words = 6) const;

  // The text of the tokens of `r`, or "" when it has none.
  std::string PhraseOf(TokenRange r) const {
    return r.last < r.first ? std::string() : Slice(r.first, r.last + 1);
  }

  // True if the period opener at j modifies a noun that names no period
  // ("14% of the current fleet", "the previous record"; not "the current
  // quarter", "the past 12 months", "for the first time").
  bool OpenerAdjective(int j) const;

  // The token after the figures joined to a noun by a dash that start at j,
  // one or a list ("500-megawatt, 2,000-megawatt-hour"), or j when none.
  int AfterModifierFigures(int j) const;

  // The figure whose first token is tokens[j], or nullptr.
  const FigurePlace* FigureStartingAt(int j) const;

  // True if the conjunction at j joins two capitalized modifiers of one noun
  // ("Colombian and Ecuadorian suppliers", "Labour or Tory MPs").
  bool CapitalPairAt(int j) const;

  // True if the conjunction at j joins a singular modifier (one word, the
  // caller's test) to the rest of one noun phrase ending in a plural within
  // three words ("knife and sharp instrument offences", "stop and
  // searches"); not two plurals ("cats and dogs").
  bool LowerPairAt(int j) const;

  // True if the -s word at k takes an object, so it is a verb: a figure or
  // a determiner follows ("of its food and ships 40,000 tonnes", "and buys
  // the rest"); a plural noun ends its phrase.
  bool VerbBeforeObject(int k) const {
    return InsideFigure(k + 1) ||
           IsWordWith(k + 1, lexicon::IsNounPhraseDeterminer) ||
           DeterminerBefore(k + 1);
  }

  // The noun phrase the figure at `p` counts, read after it ("70,000 overdose
  // deaths" -> "overdose deaths", "20 kilograms of fentanyl" -> "fentanyl"),
  // or "".
  std::string Subject(const FigurePlace& p, const v1::Figure& f) const;

  // The first token of the noun a count's bound follows inside the figure at
  // `p` ("four goals or more", "250 full-time staff or less": the figure's text
  // takes the noun in), or -1.
  int CountedNounInFigure(const FigurePlace& p) const;

  // True if tokens[k] is "that" as a demonstrative before its noun ("of that
  // funding"), not a relative pronoun ("of that which").
  bool DemonstrativeThat(int k) const;

  // True if tokens[k], right after money, is a lowercase noun the money
  // modifies with no article before it ("€9.4bn package with tax cuts",
  // "a £2bn rail contract"): no -ly word, unit noun, verb form or verb
  // that sets a level ("set aside") or currency word, and its phrase ends or
  // goes on with a noun after it.
  bool BareModifiedNoun(int k) const;

  // True if the figure at `p` is the level a change reached: "to" right
  // before it after a verb of quantity or a change particle, with or without
  // the change's own amount between ("rose 6% to 412 billion", "fell to
  // $9", "edged up to 3.1%"). A phrase after such a level opened by "on" is
  // why it moved ("on higher volumes"), not what it counts.
  bool ChangeLevel(const FigurePlace& p) const;

  // True if the noun phrase at tokens[k] (after "in") names a period: it
  // ends on or just before a period noun or IsPeriodPhraseHead ("the
  // January-September period", "the October-December quarter"), or on a
  // NamedSession ("New York trading"; not "currency trading").
  bool PeriodNounPhrase(int k) const;

  // True if the noun phrase `r` opened at tokens[k], ending on a session
  // noun ("trading", "dealings"), is a market's session: a capitalized word
  // (a market, place or day), a period noun, a trading session word or a
  // session modifier before the noun, a possessive's owner too ("Toronto
  // trading", "Tuesday's trading", "heavy trading"), or "on"/"in" and a day
  // or a name after it ("trading on Monday", "dealings on the Nasdaq").
  bool NamedSession(int k, const TokenRange& r) const;

  // True if "in" at tokens[k] opens a noun phrase ending on a session noun
  // and a quoted price noun (IsQuotedPriceNoun) stands among the words right
  // before figure `p`, its clause subject: "The stock lost $4 in trading",
  // "Shares of Acme fell $2 in trading" (a session), not "The bank lost $2
  // billion in trading" (what the money was lost in).
  bool PriceSession(const FigurePlace& p, int k) const;

  // The first word of the noun phrase ending at tokens[j] when "<change
  // noun> in" comes before it, past a modifier figure, and a figure or "a"
  // before the change noun ("a 41% rise in nine-month net profit": "net
  // profit"); -1 otherwise.
  int ChangeNounObjectStart(int j) const;

  // True if the noun phrase at tokens[k] is a yardstick the figure before it
  // is measured against ("of capacity", "of its normal level", "times their
  // usual level", "of what they were"): the figure then counts its clause's
  // subject, not the phrase.
  bool YardstickAt(int k) const;

  // True if the figure `f` at `p`, followed by tokens[k], is a share or
  // multiple of a yardstick (YardstickAt()) set as a level by a form of
  // "be", a predicate preposition or a verb of reaching ("were at 23% of
  // capacity", "is 85% of its peak", "reached 91% of capacity"); not money,
  // a measure with a unit ("2,200 megawatts of capacity") or the object of
  // another verb ("absorbed 7% of fleet capacity").
  bool YardstickLevel(const FigurePlace& p, const v1::Figure& f, int k) const;

  // The counted noun phrase `r` with the bare noun phrase after "of" when it
  // ends in a plural or a counting noun ("four counts of bank fraud", "212
  // cases of whooping cough", "900 head of cattle"); not a determiner's or
  // pronoun's ("300 residents of the estate", "of them").
  std::string WithOfComplement(TokenRange r) const;

  // The noun phrase `r` after a preposition with the noun phrases a list's
  // commas and a final "and" join to it when the last one ends its clause or
  // meets a preposition (SecondObjectJoins): "298,000 tonnes of grain and
  // mineral concentrate through the port", "hundreds of letters and
  // cards", "for emergency boreholes, desalination units and pipe repairs";
  // `r` itself when the words after "and" go on into a clause ("tonnes of
  // grain and the port said") or a gapped one ("60% of the votes and
  // Pereira about 30%"). `prep` is the preposition before `r`.
  TokenRange WithJoinedNouns(TokenRange r, int prep) const;

  // True if tokens[first] can open a noun phrase WithJoinedNouns joins: a
  // word, no gerund or past form ("and raising incomes", "and fought"), and
  // when `listed` (an item after a list's comma) not capitalized ("two
  // daughters, Elizabeth and Carol" names them).
  bool ConjunctAt(int first, bool listed) const;

  // The crop or stock an area after "on" is land for: the object noun
  // phrase, up to 4 words, of a cultivation verb (lexicon::IsCultivationVerb)
  // just before "on" ("who grows bananas on two hectares" -> "bananas",
  // "farms Merino sheep on 4,200 hectares"); "" otherwise.
  std::string CultivatedOnSubject(const FigurePlace& p) const;

  // The penalty a duration after "for" measures, from a penalty verb
  // (lexicon::PenaltyNoun) up to 8 words before "for" in its clause: "was
  // jailed for six years" -> "jail term"; with what was barred when a gerund
  // follows "from": "banned him from driving for three years" -> "ban on
  // driving". "" otherwise, and when a noun object of a verb that may put
  // things in a state stands between verb and "for" ("suspended all
  // fixtures for two weeks": the fixtures' state).
  // A penalty verb right before "to" and the duration names it too ("were
  // sentenced to five years" -> "sentence"), unless a custody follows ("to
  // six years in state prison": the custody's, read elsewhere).
  std::string PenaltyDurationSubject(const FigurePlace& p) const;

  // What a duration after "for" measures when a person's clause says what
  // they did that long ("who has volunteered at the station for 31 years",
  // "she had sold fish there for 26 years", "who worked underground for 26
  // years"): the words from the verb up to "for", the verb a past form
  // (or a gerund after "been") whose subject is "who" or a personal pronoun
  // (IsActorSubject), a perfect auxiliary between them; "" otherwise ("costs
  // have risen for three years", "was jailed for six years", "the treaty
  // she negotiated for nine years": an object's gap, a mark, a figure or a
  // modal between verb and "for").
  std::string ActivityDurationSubject(const FigurePlace& p,
                                      const v1::Figure& f) const;

  // The counted noun phrase `r` with the short restrictive relative clause
  // after its plural head that says which ones are counted ("4.26 lakh
  // students who appeared for the examination", "1,214 schools that recorded
  // a 100 per cent pass"): "who" before a verb or a lowercase word, or
  // "that"/"which" before a verb (ClauseVerbAt), up to a mark, "and"/"but" or
  // a verb after a non-verb (the main clause's: "who sat the test failed"),
  // at most eight words; `r` itself otherwise.
  TokenRange WithRelativeClause(TokenRange r) const;

  // The counted noun phrase `r` with a participle after its plural head and
  // the short phrase after it that says which ones are counted ("one of 20
  // pupils hurt in the crash", "9 seats won by the Greens"): the participle,
  // a preposition and up to three words of noun phrase (not a gerund); the
  // participle alone before a time or day ("people arrested on Monday");
  // `r` itself otherwise. The preposition is "by", or with `governed` also
  // IsParticiplePlacePreposition: a count that is no clause subject ("of",
  // "to" or a verb before it) cannot take the -ed word as its verb ("Eight
  // candidates went on", "when 9 men talked at").
  TokenRange WithParticiplePhrase(TokenRange r, bool governed) const;

  // True if the count at `p` is governed (after "the" or not) by a
  // preposition of lexicon IsCountGoverningPreposition or a lowercase verb
  // ("told 200 people gathered at"), so no clause subject; not by a verb of
  // reporting or finding (IsClauseReportVerb: "Data showed 40 firms
  // collapsed in the region", the count opens the clause).
  bool GovernedCount(const FigurePlace& p) const;

  // `noun`, the bare noun phrase a count at `p` counts, with the participle
  // of the act whose object the count is ("LAM has cancelled 11 flights" ->
  // "flights cancelled", "Georgia won 23 seats" -> "seats won"): a regular
  // -ed past (not of reporting, saying or an inventory: "showed",
  // "included") or lexicon::IsObjectParticiple, lowercase, right before the
  // count and after no determiner ("an estimated 40 people" is no act).
  // `noun` itself otherwise, or when empty.
  std::string WithActParticiple(const FigurePlace& p, std::string noun) const;

  // True if the count at `p` follows "<sample noun> of" (lexicon
  // IsSampleNoun): a participle after its noun may be the sample's ("a poll
  // of 900 parents commissioned by a charity").
  bool SampledCount(const FigurePlace& p) const;

  // True if tokens[k] is a lowercase past participle outside any figure
  // ("employed", "won"): an -ed word of five letters or more, not "-eed" or
  // "aged", or an irregular past.
  bool PastParticipleAt(int k) const;

  // True if the bare count at `p` is how many people a place holds: after
  // "a <place noun> of" (lexicon::IsPlaceNoun; "a city of", "a port city
  // of", "the town of") with no noun after it, only a mark or a verb ("a
  // town of 4,000, which", "The town of 4,000 is"); a written noun stays the
  // subject ("a district of 310,000 people", "a city of 40,000 homes").
  bool PopulationCount(const FigurePlace& p) const;

  // True if the relative clause opened at tokens[rel] ends before tokens[m]:
  // a mark, "and", "but", another relative pronoun, or a lowercase verb (not
  // "to") after a word that is no verb, adverb or figure ("who sat the test
  // failed"; not "who were killed", "who are deeply disappointed").
  bool RelativeClauseBreak(int m, int rel) const;

  // True if a relative clause may end at tokens[end]: a figure, a year or a
  // word that is no stop word, adverb, auxiliary or pronoun (not "who had
  // just", "states that would have not yet"), so it was not cut short.
  bool WholeClauseEnd(int end) const;

  // `noun`, the noun phrase from tokens[k], with what it changes when it ends
  // in a change noun before "in" and a noun phrase that names no period or
  // place ("a 7.5% rise in quarterly sales" -> "rise in quarterly sales"; not
  // "a 4% fall in the third quarter").
  std::string WithChangeObject(int k, std::string noun) const;

  // The noun phrase from tokens[k] (the word after money's "to"), or, when
  // that is one word followed by a count, the word with the counted noun
  // phrase ("to recruit 60 nurses" -> "recruit 60 nurses"; "to repair roads"
  // -> "repair roads"); empty when the count has no noun.
  std::string WithCountedObject(int k) const;

  // A duration without a subject in a relative clause counts the clause's
  // antecedent ("a firing that lasted nine seconds" -> "firing", "Okoye, who
  // limped off after 35 minutes" -> "Okoye"); one in the clause after a
  // relative aside counts the noun the aside follows ("Okoye, who ..., could
  // miss up to three weeks").
  void RelativeClauseSubjects(absl::Span<v1::Figure> figures) const;

  // True if tokens[j] is the verb (not an auxiliary) of a clause that "which"
  // or "who" opens just before it ("The Bank, which lent $14 billion"), or
  // "that" after a lowercase noun ("a steer that fetched"): the figure after
  // it counts for the clause's antecedent.
  bool RelativeVerbBefore(int j) const;

  // The last token of the antecedent of the relative clause that tokens[j]
  // ends (its pronoun within 10 tokens, words and figures only between, no
  // "with": "strength that could help ... with only five months"), or of a
  // name before a relative aside whose closing comma comes first and a verb
  // right after it ("Okoye, who ..., could miss"); -1 when none.
  int RelativeAntecedent(int j) const;

  // True if tokens[k] is a verb opening a clause's predicate: a past form, an
  // auxiliary or a quantity verb ("lasted", "had", "could"), or a present in
  // -s after "which" ("which raises").
  bool ClauseVerbAt(int k) const;

  // True if tokens[a] can end a relative clause's antecedent: a lowercase
  // noun (an -ing one too: "a firing that lasted") or a capitalized word, no
  // stop word, past verb or figure.
  bool AntecedentWord(int a) const;

  // A figure a verb of a measured act takes counts the act
  // (MeasuredActSubject); money with no subject yet and no noun after
  // it counts the verb it is the object or subject of: "and recovered about
  // $4 million." -> "recovered", "About £2.5m has been returned" ->
  // "returned".
  void PredicateSubjects(absl::Span<v1::Figure> figures) const;

  // True if tokens[k] is a lowercase past verb or participle outside figures
  // ("recovered", "repaid", "stolen").
  bool PastVerbAt(int k) const;

  // The act the figure `f` at `p` measures: the -ing clause after it when a
  // verb of spending takes it (SpentOnClause; it replaces the clause's
  // subject), or, when `f` has no subject yet, ActNounSubject's act of a
  // verb that takes it (ObjectVerbBefore) and measures its act by any figure
  // ("was fined £38,000" -> "fine"; "waited a median of 47 weeks for a knee
  // replacement" -> "wait for a knee replacement"); "" when none, and for
  // multiples ("paying five times more").
  std::string MeasuredActSubject(const FigurePlace& p,
                                 const v1::Figure& f) const;

  // The noun of the act (lexicon::MeasuredActNoun) of the verb at tokens[verb]
  // that takes the figure at `p`, with the "for" phrase after the figure
  // ("wait for a knee replacement"): with `paid`, only of the verbs that
  // measure their act by money, for money ("earn about $19" -> "earnings",
  // FallbackSubjects' last step, after the clause is read: "expects the
  // terminal to earn £2m" is the terminal's); else only of the others.
  // "" when a noun follows the figure (NounAfterFigure: "harvest 40% more
  // grapes") and for a duration of a verb measured by any figure, which
  // times the act ("sold 3 weeks after it was listed").
  std::string ActNounSubject(const FigurePlace& p, const v1::Figure& f,
                             int verb, bool paid) const;

  // True if a noun follows the figure ending at tokens[end], after a word
  // like "more" or "extra" ("40% more grapes"); a period mention there is
  // no noun ("sold 3 million last year").
  bool NounAfterFigure(int end) const;

  // True if the phrase tokens[first, last] after "for" says when, not what
  // for: a period mention at `first` ("for next year") or a period or
  // occasion noun at its end ("for the year", "for the first time").
  bool TimePhrase(int first, int last) const;

  // "Some 14,870 replacements were done. About 27 per cent of them were
  // done in private clinics": a percent before "of them" and a verb or a
  // mark, or "of those" and an auxiliary or a mark (not "of those surveyed
  // say"), counts what the count before it counts: the last count
  // with a subject earlier in its sentence, else the last figure of the
  // sentence before when it is a count of a plural within kMaxGap bytes;
  // "" otherwise.
  std::string ShareOfThemSubject(const FigurePlace& p, size_t i,
                                 absl::Span<const v1::Figure> figures) const;

  // The -ing clause at tokens[k] a sum or time was spent on: the -ing word
  // (no preposition: "during") with its object pronoun ("her" only before a
  // mark or the end) or noun phrase ("excavating the site", "supporting
  // her"), or "".
  std::string SpentOnClause(int k) const;

  // The act an infinitive at tokens[v] names, a time given or taken for it
  // measures ("has 21 days to lodge an appeal", "was given a year to pay"):
  // the lowercase verb with its object noun phrase when one follows (up to
  // three words: "lodge an appeal", "restore the wetland"); "" when
  // tokens[v] is no verb ("to the end of June", "to March", "to 2030") or is
  // an idle verb with no object after it, which names no act
  // (lexicon::IsIdleInfinitive: "with two weeks to go"; not "to run the
  // company").
  std::string InfinitiveActSubject(int v) const;

  // True if tokens[k] is a capitalised word outside figures that names no
  // time or stop word, a name an infinitive can take as its object ("to
  // reach Athlone", "to repair Kilbride Bridge"; not "to March", "to The").
  bool ProperObjectAt(int k) const;

  // The verb that gives, has or takes the time starting at tokens[first]
  // (lexicon::IsTimeGrantingVerb), right before it or before its object of
  // up to three words ("has 21 days", "gave the company 18 months", "took
  // crews nine days"), or -1.
  int TimeGrantingVerbBefore(int first) const;

  // The token after the time phrase at tokens[k] that a sum or time spent is
  // dated by ("last year", "in 2024", "in the summer", "during the season":
  // lexicon::IsPeriodSpanPreposition), or k when none starts there.
  int AfterSpendingTime(int k) const;

  // The token of the verb the figure starting at `first` is the object of:
  // the word before it past hedges ("just"), "a median of" and an object
  // pronoun ("fined it"), when lowercase and outside figures; -1 when none.
  int ObjectVerbBefore(int first) const;

  // The end of "in prison", "in federal prison", "in pretrial detention" or
  // "behind bars" starting at tokens[k] (up to two modifiers before a custody
  // noun), or -1.
  int CustodyEnd(int k) const;

  // "fell 4% over the quarter to $310 million": the last token of the change
  // figure before "in/over/during" and a period noun ending at j, when "to"
  // and the level follow; j otherwise.
  int BeforeChangePeriod(int j) const;

  // True if a weekday mention ("Friday", "Tuesday afternoon") or a period's
  // possessive starts at tokens[k]: when a price was quoted, not what for.
  bool DayAt(int k) const;

  // The token after "over/across/within" and the figure after it ("£12
  // million over three years on school repairs": the "on"; with a bare count,
  // past one modifier and its period noun: "over three budget years"), or k.
  int AfterPeriodFigure(int k) const;

  // "Road crashes cost the economy $4 billion": the verb before the object
  // noun phrase (a determiner and up to three words, or up to three bare
  // nouns or capitalized words: "earned Ghana $2 billion") that ends at j,
  // when the verb gives money to or takes it from the object; j otherwise.
  int BeforeCostObject(int j) const;

  // The subject of the sentence a price at `p` is the predicate of after
  // "cost"/"costs" (lexicon::IsPriceVerb, with auxiliaries and the payer, a
  // noun or an object pronoun, between): the clause's opening noun phrase
  // (after a mark, "that" or a verb of saying; "each"/"every" skipped), with
  // an "of" or "without" complement ("A litre of
  // milk costs us €1.05" -> "litre of milk", "A package week in a
  // four-star hotel near Hersonissos costs about £1,150" -> "package
  // week"), when only prepositional phrases (opened by a noun's
  // postmodifier preposition, a place preposition or "without") stand
  // between it and the verb;
  // an act with its object opening the clause (GerundSubjectStart:
  // "Replacing the old pumps cost"); "" otherwise ("It costs", "Repairs
  // delayed by the storm will cost", "caring for a child can cost": a
  // gerund's act with no object).
  std::string PricedSubject(const FigurePlace& p) const;

  // True if tokens[k] is a verb whose first object gives or gets the money
  // after it (lexicon IsCostVerb, IsEarnVerb).
  bool MoneyObjectVerbAt(int k) const;

  // Up to three words of a noun phrase ending at tokens[j] ("The suspects",
  // "Georgia's own rate"), or "".
  std::string NounsEndingAt(int j) const;

  // "the 2022 record of 92 million tonnes", "its 2024 budget of £5m",
  // "expects 2026 revenue of": the year modifying the noun at j whose figure
  // follows "of" (the figure's time scope), or -1.
  int YearModifierBefore(int j) const {
    return NounWord(j) && IsYearToken(j - 1) && !InsideFigure(j - 1) &&
                   (DeterminerBefore(j - 2) || VerbBeforeYearAt(j - 2))
               ? j - 1
               : -1;
  }

  // True if tokens[k] is a lowercase word, no stop word, that a year
  // modifying the noun after it may follow as the verb's object ("expects
  // 2026 revenue of", "forecast 2025 sales of"; not "in 2025 revenue").
  bool VerbBeforeYearAt(int k) const {
    const Token* t = At(k);
    return t != nullptr && t->kind == TokenKind::kWord && !IsCapitalized(*t) &&
           !InsideFigure(k) && !HasRole(*t, kRoleSubjectStop);
  }

  // "cut their 2027 growth forecast to 3.6%", "the 2026 budget sets aside
  // $4bn": the year modifying a noun after a determiner in the words of the
  // figure's clause before it (back to a comma, a clause break or another
  // figure, at most kYearModifierReach tokens; a figure the change pair
  // joins by "to" or "from" is passed over), or -1.
  int YearModifierInClause(const FigurePlace& p) const;

  // The period adjective or duration modifier (PeriodModifierAt) of a sum
  // the figure at `p` is the level of: in its clause before it, back to a
  // comma, a contrast or another figure, at most a few tokens ("double the
  // annual licence fee to Rs 2 lakh", "net profit of $4m"), or after the
  // change noun it sizes ("a 41% rise in nine-month net profit"); {-1, -1}
  // when none.
  Mention PeriodModifierInClause(const FigurePlace& p) const;

  // True if the figure at `p` is the level of the sum before it: "is/was"
  // right before it, or money after "to", "of", "at" (lexicon
  // IsSumLevelLink) or a verb of reaching (lexicon::IsSumReachVerb): "the
  // monthly rent is $900", "hourly pay is one-third less", "the annual fee to
  // $2,400", "annual income of $3 million", "wages had reached 350 birr"; not a
  // count ("the annual fee was waived for 300 families", "paid to 2 million
  // retirees").
  bool SumLevelLinked(const FigurePlace& p) const;

  // The period adjective (lexicon::IsPeriodicAdjective: "annual") or the
  // duration figure joined to its noun by a dash ("nine-month") at tokens[k]
  // when a results noun or a periodic sum (lexicon::IsPeriodicSumNoun)
  // heads the few lowercase words after it ("annual licence fee",
  // "nine-month net profit"); {-1, -1} otherwise.
  Mention PeriodModifierAt(int k) const;

  // True if tokens[k] and the "s" glued to it write a decade ("1990s").
  bool DecadeAt(int k) const;

  // True if a figure ends right before tokens[i], or one word before it
  // ("8 metres deep in the 1990s").
  bool FigureEndsJustBefore(int i) const;

  // "in a normal year", "during a dry season": the end of "in" or "during",
  // "a" or "an", one lowercase word saying which kind of period (no number
  // word, stop word or period noun) and a singular period noun, after
  // tokens[i]; i when the words there are not such a period.
  int KindOfPeriodEnd(int i) const;

  // The end of "for 2028" at i when the year is not a modifier of a noun
  // after it ("for 2028 would be held"; not "bid for 2028 Olympics", "for
  // 2027 growth"), or of "for the quarter" (one period noun) before a mark,
  // a stop word or a verb ("Net profit for the quarter came in at"; not "for
  // the year to June", "ended", "ending", "through": lexicon::IsPeriodEndWord),
  // before a mark or a stop word only when it opens its clause or a figure
  // stands before it there ("For the year, sales rose"; not "He was jailed for
  // the year, and ..."), or of "for" and a capitalised month or span of
  // months ("for March", "for October to December"; not "for May to resign",
  // "for March tickets"); i when none.
  int ForYearEnd(int i) const;

  // "monthly support of 2,500 dirhams", "a weekly rent of £300": the
  // "-ly" time scope word before the noun at j whose money follows "of";
  // -1 when none.
  int RateAdjectiveBefore(int j) const;

  // True if tokens[k] is the apostrophe of a plural possessive glued to the
  // word before it ("days' notice").
  bool PluralPossessiveMark(int k) const;

  // The last word of a hyphenated compound whose inner word at k is a stop
  // word ("and" in "search-and-rescue", "of the" in "state-of-the-art");
  // k when tokens[k] is no such inner word.
  int StopWordCompoundEnd(int k) const;

  // True if tokens[k] is a dash joining the words on either side without
  // spaces into one ("pre-tax", "first-time"), the one before no figure.
  bool CompoundDash(int k) const;

  // "sells for about 60 euros", "sold for $1.2 million": a price; what is sold
  // comes before the verb.
  bool SaleFor(const FigurePlace& p) const {
    return IsWord(p.first - 1, "for") &&
           IsWordWith(p.first - 2, lexicon::IsSaleVerb);
  }

  // "Forecasters expected highs between 108 and 112": the plural noun right
  // before a range opened by "between" is what it spans.
  std::string BetweenSubject(const FigurePlace& p, const v1::Figure& f) const;

  // "Georgia's own rate, about 28 per 100,000, is ...": a figure set off by
  // commas after a noun phrase gives its amount; a hedge ("now", "currently"),
  // a judging article ("a record") before it or a rate after it ("a year",
  // "per kilolitre") may be set off with it when a verb follows the aside
  // ("Relief money, roughly $9m a year, ran out"); so may a participle
  // whose object the figure is ("The plant, covering 18 hectares, is"), and
  // a length its bearing follows ("the new site, 6 km from the centre,
  // will").
  std::string AppositiveSubject(const FigurePlace& p,
                                const v1::Figure& f) const;

  // The comma closing a bearing after the length `f` at `p` ("6 km from the
  // centre,", "about 4 km upstream,"): a bearing word or compass point right
  // after it, then at most six words; p.end when there is none.
  int AfterBearing(const FigurePlace& p, const v1::Figure& f) const;

  // The index after the rate phrase at tokens[k] ("a year", "a litre", "per
  // kilolitre"), or k when none starts there.
  int AfterRate(int k) const;

  // True if tokens[k] is a lowercase participle right after a comma, its
  // figure the object ("The plant, covering 18 hectares, is"): the aside
  // AppositiveSubject reads opens at the comma.
  bool AsideParticipleAt(int k) const;

  // True if a figure's rate ends right before tokens[k] ("650 taka a day"
  // before ", about £4.20,"): the aside at k restates that figure, and the
  // rate's noun is no subject.
  bool RateEndsBefore(int k) const;

  // True if tokens[k] is a lowercase verb or auxiliary that carries a clause
  // on after an aside ("ran", "will", "is").
  bool ClauseGoesOn(int k) const;

  // "Mensah, the 22-year-old who arrived", "The goalkeeper, a 31-year-old
  // from Porto": an age with no noun of its own after a comma and an article
  // describes the noun phrase before the comma.
  std::string AgeAppositionSubject(const FigurePlace& p,
                                   const v1::Figure& f) const;

  // "€300m would go to a new scheme", "roughly €2.6bn, will go to housing",
  // "£5bn will be spent on roads": the first token of what money after its
  // figure is given to, or -1.
  int AllocatedTo(int k) const;

  // True if a place mention found in the sentence starts at tokens[k] or,
  // after "the", at tokens[k + 1] ("in Paris", "in the United States") and
  // ends its phrase: at the end, a comma or stop, or a stop word other than
  // "and"/"or" ("in TV and radio advertising" may be what money is for).
  bool PlaceMentionAt(int k) const;

  // "late trading", "after-hours trading": when a price was quoted, not what
  // the money is for.
  bool TradingSession(int k) const {
    return IsWordWith(k, lexicon::IsTradingSessionWord);
  }

  // The end of the figure starting at tokens[k] (or after a determiner,
  // possessive and up to two sequence words there: "their last six"), or -1.
  int FigureEndAt(int k) const;

  // "a match", "per game" closing a phrase after a count: what the count is
  // per, not what it counts.
  bool PerUnit(int k) const;

  // A word glued to the figure by a dash: "3,500-seat".
  bool TightWord(int k) const;

  // "a $1.3 billion package", "about a 70% chance": the figure modifies the
  // noun after it.
  bool ArticleBefore(const FigurePlace& p) const;

  // Whether tokens[k] after a measure is a comparative it sizes ("five
  // decades younger", "a few days earlier", "two metres taller than"), not a
  // noun the measure modifies ("a 400 kV power line").
  bool MeasuredComparative(int k) const;

  // True if tokens[i] is a definite determiner or possessive ("the", "its").
  bool DeterminerBefore(int i) const;

  // True if tokens[i] is a noun's possessive ("the Bank of England's",
  // "Obama's"), not a pronoun's contraction with "is" ("that's", "it's").
  bool NounPossessive(int i) const;

  // "10-km" in "a 10-km race": the figure modifies the noun after it.
  bool Adjectival(const FigurePlace& p) const {
    return p.end - 2 >= p.first && IsDash(d_[p.end - 2]) &&
           !d_[p.end - 2].space_before;
  }

  // "The death toll climbed to 45", "Turnout was 64%": the noun phrase before a
  // quantity verb.
  std::string LeftSubject(const FigurePlace& p) const;

  // LeftSubject() read from tokens[j] leftwards.
  std::string LeftSubjectFrom(const FigurePlace& p, int j) const;

  // The noun phrase of a subject that ends at tokens[j], the token before its
  // verb: read past a relative clause, an aside, an age band, a period, a
  // place, an agent ("The toll from the quake that struck ...", "Core
  // inflation, which ...,"); `of`, `worth`, `at` say which word tied the
  // figure ("revenue of", "cuts worth", "inflation at"), `earner` that the
  // subject earns or pays. "" when no noun phrase ends there. An act with
  // its object opening the clause (GerundSubjectStart) is the whole subject
  // unless `of` or `worth`: "Repairing the coast road will take six weeks".
  std::string SubjectEndingAt(int j, bool of, bool worth, bool at,
                              bool earner) const;

  // A figure still without a subject that is the predicate of its clause
  // counts the clause's subject: "Attendance was a poor 31%", "The inquiry,
  // chaired by ..., is expected to last six weeks", "Turnaround time had
  // gone from four hours to more than 11" (both figures). Not a pronoun
  // ("it was 40%"), nor a person or thing fined or given money ("was fined
  // £2m"). Runs after every other pass.
  void ClauseSubjects(absl::Span<v1::Figure> figures) const;

  // A length still without a subject that a bearing and a noun phrase
  // follow counts the distance to that place: "lives 200 metres from the
  // shore" -> "distance from the shore", "about 270 km south of Addis
  // Ababa" -> "distance south of Addis Ababa". Not "2 km away" (no place
  // named), nor a length set off by a comma after a noun ("the new site,
  // 6 km from the centre": the noun's). A length followed by "above sea
  // level" counts the altitude (lexicon::kAltitudeSubject) over any subject
  // an earlier pass gave it ("the vineyard ..., which sits at 1,050 metres
  // above sea level"). Runs after ClauseSubjects.
  void BearingSubjects(absl::Span<v1::Figure> figures) const;

  // True if the words from tokens[k] are lexicon::kSeaLevelWords.
  bool SeaLevelAt(int k) const;

  // The subject of the clause whose predicate the figure at `p` is (read as
  // ClauseSubjects reads it: "Copper levels were up to five times",
  // "Attendance was a poor 31%"); empty when the figure is no predicate or
  // the subject is a pronoun or ends with a verb.
  // An act with its object is the whole subject (SubjectEndingAt): "Becerra
  // said rebuilding them would take three years" -> "rebuilding them".
  std::string PredicateClauseSubject(const FigurePlace& p) const;

  // The gerund opening the clause whose subject ends at token `end` with
  // that gerund's object (a pronoun or a short noun phrase: "crossing it",
  // "Repairing the coast road"), or -1. The clause opens the sentence or
  // follows "that" or a verb of saying, with or without a comma ("drivers
  // say, crossing it can take").
  int GerundSubjectStart(int end) const;

  // The last pass, for a figure still without a subject: what the grammar
  // of its clause says it counts, the first of QualifiedNounSubject,
  // PartOfWholeSubject, ScoreSubject, SpannedChangeSubject,
  // ParticipleSubject, RelativeLinkSubject, MovedObjectSubject and
  // ObjectSubject that finds one. Never a pronoun, never across a clause
  // break.
  void FallbackSubjects(absl::Span<v1::Figure> figures) const;

  // "Exports and imports rose 4% and 6% respectively": two figures joined
  // by "and" before "respectively" (within a few tokens, no clause end)
  // that share one subject (or the second has none), the second of a pair
  // joined by "and" before
  // them in the sentence, give the first figure the first of the pair,
  // with the pair's shared head noun when one follows ("Wheat and barley
  // prices" -> "Wheat prices"). Leaves every other figure as it is.
  void RespectiveSubjects(absl::Span<v1::Figure> figures) const;

  // The token index where `subject` is written ending before tokens[end]
  // in its sentence (up to kMaxBack tokens back, no ".", ";" or ":"
  // crossed), or -1.
  int SubjectStartBefore(int end, absl::string_view subject) const;

  // True if "respectively" follows tokens[end] within a few tokens of the
  // same clause ("6% respectively", "6% of the vote, respectively").
  bool RespectivelyAfter(int end) const;

  // "keep to speeds below 25 km/h", "with the rate above 7.5%": a bound (more
  // than, at most) written before the figure right after a lowercase noun
  // restricts that noun, which is what the figure counts; "" otherwise, and
  // "" for a verb's first object before "more than" or "at least" ("lent the
  // province more than $2bn": the sum is the subject's, not the receiver's).
  std::string QualifiedNounSubject(const FigurePlace& p,
                                   const v1::Figure& f) const;

  // "About 5,200 of the town's 11,000 registered voters": a figure before
  // "of", a determiner or possessive and another figure counts what that
  // figure counts (figures[i] is the part); "" otherwise.
  std::string PartOfWholeSubject(size_t i,
                                 absl::Span<const v1::Figure> figures) const;

  // "won by 3 goals to 1", "a vote of 90 to 10": a bare count right after
  // "to" and a bare count before it counts what that one counts; after a
  // number and its plural noun that make no figure ("beat Eureka 48 goals to
  // 46"), that noun; "" otherwise.
  std::string ScoreSubject(size_t i,
                           absl::Span<const v1::Figure> figures) const;

  // "Spot rates have risen 40% in six weeks to $3,100": a level after "to"
  // that follows a change and its span ("in", "over", "within" and a
  // duration) counts what the change counts; "" otherwise.
  std::string SpannedChangeSubject(size_t i,
                                   absl::Span<const v1::Figure> figures) const;

  // "vessels drawing up to 14.5 metres": a figure ending its phrase after a
  // participle that follows a lowercase plural noun (no period) counts for
  // that noun; "" otherwise.
  std::string ParticipleSubject(const FigurePlace& p) const;

  // "Attendance: 12,480.": a figure that is all of a label line's value
  // counts the label, one to three words before the colon that open the
  // sentence, only the first capitalized, the last a measure noun (lexicon
  // IsLevelNoun, IsLabelMeasureNoun); "" otherwise.
  std::string LabelSubject(const FigurePlace& p) const;

  // The last token of the subject of the verb before "and" at tokens[k],
  // whose second verb has no subject of its own ("Clubs spent 125% of their
  // revenue on wages and lost"): a noun right before the first verb, with
  // no punctuation or clause splitter between; -1 when none.
  int CoordinatedSubjectEnd(int k) const;

  // "Freight costs, which the company said had risen by about £6m": the
  // antecedent of ", which" when a subject and a verb of saying or finding
  // come between it and the verb the preposition `link` ties the figure to
  // (words only); "" otherwise.
  std::string ReportedRelativeSubject(int link) const;

  // "raise national maize output to 4 million tonnes", "will raise the price
  // of its stout to bars by 7%", "kept their target price for the shares at
  // 1,150 Kč": a figure after "to" or "by" counts the object of the verb
  // that moves it (lexicon::IsMoveToWord, a transitive change), one after
  // "at" the object of a verb that sets a level (lexicon::IsLevelPassive),
  // read past a period and one prepositional phrase; "" otherwise.
  std::string MovedObjectSubject(const FigurePlace& p) const;

  // True if the figure at `p` is one whole number of at most kOldestAge and
  // nothing else ("at 71"): after "at" and an object that is no level
  // (lexicon::IsLevelNoun), news reads it as an age ("set a record at 19").
  bool BareAge(const FigurePlace& p) const;

  // The first token of the object of a verb that moves a level (with `at`,
  // sets one) ending at tokens[end]: after a determiner (DeterminedObject())
  // or bare, up to three nouns after the verb; -1 when no such verb governs
  // it.
  int MovedObjectStart(int end, bool at) const;

  // "demand, which peaks at around 900 megawatts", "pay that trailed other
  // carriers by 20%": a figure tied by a preposition to the verb of a
  // relative clause counts the clause's antecedent; "" otherwise.
  std::string RelativeLinkSubject(const FigurePlace& p) const;

  // "Coffee exports brought in $210 million", "The utility lost N$90
  // million", "expects the sales to earn Rs 4 billion", "Sales will account
  // for 80,000 tonnes", "The road was closed for 9 days": the object of its
  // clause's verb (active, no object between), or a figure after "for" and
  // its verb (a common noun's), counts the clause's subject,
  // or an infinitive's subject after a verb of expecting or causing; not a
  // pronoun, a verb of saying, speaking ("spoke for 40 minutes") or finding,
  // a passive ("was fined £2m"; after "for" a passive's term is its
  // subject's: "The driver was jailed for 8 years", as is a time after "in"
  // or "within": "was approved in 41 days"; a state-setting verb's object
  // before "for" is the time's: HeldObjectSubject), a
  // duration or a measure that places something ("came 15 days before"),
  // nor a bare number whose noun is left out ("carried 66 million"); ""
  // otherwise.
  std::string ObjectSubject(const FigurePlace& p, const v1::Figure& f) const;

  // What a duration after "for", "within" or "every" (lexicon::
  // IsTimedActLink, before the figure or opening it) times when no other
  // pass found it: the act of its clause, the verb with its object up to a
  // preposition other than "of" ("halt imports of tomatoes for 60 days" ->
  // "halt imports of tomatoes", "review the timetable within six weeks"),
  // or, for a verb without an object (a pronoun is none), the clause's
  // subject ("Heavy rain has fallen across the east for 30 hours" -> "Heavy
  // rain", "Trains run every 20 minutes"), else the active verb with its
  // place phrase ("some have slept in their cabs for three nights" ->
  // "slept in their cabs"; lexicon place and site prepositions). The verb
  // is at
  // most kMaxTimedActWords words before the link, in the same clause (no
  // mark, figure or clause splitter between), no verb of talking or
  // finding, no form of "be" but for the subject; "" otherwise.
  std::string TimedActSubject(const FigurePlace& p,
                              const v1::Figure& f) const;

  // A duration set off from an event named by a noun phrase after "after"
  // or "before" (lexicon::IsEventOffsetWord) counts the time from or to it:
  // "equalised eight minutes after the restart" -> "time after the
  // restart", "two years before the presidential vote" -> "time before the
  // presidential vote". "" for other figures, and when the phrase is a
  // clause's subject ("two days after voters went to the polls":
  // EventPhraseEndsAt; "before the line opens": PresentAfterNounAt; a past
  // form ending the phrase), an act ("after taking office": a gerund), or
  // a figure compared with another ("every 12 minutes, against eight minutes
  // before the pandemic": after a clause splitter, or "compared with").
  std::string EventOffsetSubject(const FigurePlace& p,
                                 const v1::Figure& f) const;

  // True if the noun phrase of an event ends before tokens[k]: the sentence
  // ends, a mark other than "/" or an abbreviation's point ("Mrs.") follows,
  // or a preposition ("before the crash in Egypt", "through a penalty"); not
  // a verb or an auxiliary ("after Trump told", "before voters would").
  bool EventPhraseEndsAt(int k) const;

  // True if tokens[k] is an -s word after a lowercase singular noun word: a
  // present verb after its subject ("the line opens"), which a noun phrase
  // reader takes for a compound's head.
  bool PresentAfterNounAt(int k) const;

  // The verb TimedActSubject reads before the link at tokens[link]: the
  // nearest lowercase verb (ObjectVerbAt, a past form, a gerund, or a word
  // after an auxiliary, a modal or a subject pronoun; no plural after an
  // auxiliary, no word a dash joins: "been friends", "U.S.-led"), or a
  // gerund opening the sentence ("Closing the road for seven days"); -1 when
  // a mark, a figure or a clause splitter comes first.
  int TimedActVerb(int link) const;

  // The object of a verb that sets a state (lexicon::IsStateSettingVerb)
  // ending at tokens[j], right before the "for" of a time that state lasts:
  // up to three lowercase nouns after the verb and a determiner ("closed the
  // line", "suspended rail services"); "" otherwise.
  std::string HeldObjectSubject(int j) const;

  // True if tokens[j] is a word in a verb's past or participle form
  // ("approved", "came"): the act a time after "in" took.
  bool PastFormAt(int j) const;

  // The record a time after "in" or "for" is the reach of: the noun phrase
  // before it opened by a superlative or "first" (lexicon::IsReachWord),
  // past a place after "in" ("the lowest reading in Finland for seven years"
  // -> "lowest reading", "its smallest quarterly profit in 17 years"); "" for
  // other figures, a superlative with no noun ("the lowest in a decade"), an
  // occasion ("for the first time in 25 years": lexicon::IsOccasionNoun) and
  // a duration that is no reach (ReachSpan: a week or more or in a unit of its
  // own, not a time an act took: "first goal in 10 minutes").
  std::string RecordReachSubject(const FigurePlace& p,
                                 const v1::Figure& f) const;

  // The subject noun phrase ending at tokens[k], before the verb group an
  // object or "for" figure follows (ObjectSubject()); "" when it is a
  // pronoun, an aside, a verb's phrase ("charging students") or, after
  // `for_link`, a name ("Smith was jailed for").
  std::string ObjectClauseSubject(int k, bool for_link) const;

  // True if tokens[k] is a lowercase word that is no preposition,
  // conjunction or other subject stop and a determiner follows it
  // (VerbBeforeObject): a verb the phrase after it is the object of ("owes
  // its suppliers", "lent the province"); a noun does not stand before "the".
  bool ObjectTakingWordAt(int k) const;

  // The verb of giving or costing (lexicon IsDonationVerb, IsCostVerb)
  // before a determined lowercase noun phrase ending at tokens[j] ("lent the
  // province", "charged the drivers"): the verb's first object stands
  // between it and the sum it gives, charges or costs, which counts the
  // clause's subject as a direct object does; j otherwise ("fined the
  // employer £4,000" is the employer's fine).
  int VerbBeforeFirstObject(int j) const;

  // True if tokens[d] is a determiner right after a verb of giving or
  // costing ("lent the", "charged its"): where VerbBeforeFirstObject()'s
  // first object opens.
  bool GivingVerbBeforeDeterminer(int d) const;

  // True if such a determiner (GivingVerbBeforeDeterminer) stands among the
  // four tokens before tokens[j], the only places VerbBeforeFirstObject()
  // reads one at: four token checks that spare it building the noun phrase
  // for the figures (most) that have none.
  bool GivingVerbOpensObjectNear(int j) const;

  // The token where `phrase`, text read leftwards from tokens[k], starts;
  // -1 when it starts at none of the few tokens before.
  int PhraseStart(int k, absl::string_view phrase) const;

  // True if the phrase tokens[first..last] ends in a capitalized word, a
  // name ("Mr Obi", "Secretary of State John Kerry"), unless it is one plural
  // word opening the sentence ("Sales").
  bool NameOnly(int first, int last) const;

  // True if the figure at `p` leaves its noun out ("carried 66 million"),
  // places something in time or space ("came 15 days before", "2 km away")
  // or is spent on what a gerund after it says ("spend $40m expanding the
  // mill"): not an amount its clause's subject has.
  bool ElidedOrPlacing(const FigurePlace& p) const;

  // True if tokens[k] is a lowercase active verb that may take an amount as
  // its object: a past form, a quantity verb, or a base form after a modal
  // or "to"; not a verb of saying or finding.
  bool ObjectVerbAt(int k) const;

  // The subject of the infinitive "to" at tokens[k] opens after a verb of
  // expecting or causing ("expects the work to take", "forced some vessels
  // to wait"): the noun phrase right before "to"; "" when there is none.
  std::string InfinitiveSubject(int k) const;

  // The first token of the verb group whose predicate the figure at `p` is,
  // adverbs included ("was" in "was a poor 31%", "is" in "is expected to
  // last", "now" in "now stands at"), when the group opens with a finite
  // verb or auxiliary; -1 otherwise.
  // Sets `*tied` when a preposition ties the figure to the verb ("gone
  // from"); untied, the verb next to the figure must take a measure ("was",
  // "rose", "will last"), not any object ("spent", "recorded").
  int PredicateVerbStart(const FigurePlace& p, bool* tied) const;

  // "bunker surcharges, which one operator lifted to $420", "the subsidy,
  // which he put at N1.9tn": where the antecedent's phrase ends for
  // SubjectEndingAt() (the "which" after a comma, else the word before the
  // pronoun) when tokens[..j] end with "which"/"that" and the relative
  // clause's own subject; j otherwise.
  int ObjectRelativeEnd(int j) const;

  // True if the figure at `p` ends its phrase: the end, a stop word or
  // punctuation other than a quote mark follows ("was 40%.", "rose to 12 in
  // May"; not "at 25 randomly selected sites", "nine 'nonprobability'
  // samples").
  bool EndsPhrase(const FigurePlace& p) const;

  // True if tokens[j], before a predicate's verb group, can end the clause's
  // subject: a word that is no pronoun or pronoun's contraction ("it's",
  // "he'd"), or the comma closing an aside.
  bool SubjectWordAt(int j) const;

  // True if the last word of `subject` is a verb form ("restored"): a
  // clause, not a noun phrase, was read.
  bool EndsWithVerb(absl::string_view subject) const;

  // The token before what ties a predicate figure to its verb, read
  // leftwards from tokens[j]: an article and judging words ("a poor"),
  // prepositions ("from", "to", "in at"), an earlier figure of the chain
  // ("from four hours to"), ", down from". Sets `*tied` when a preposition
  // was read.
  int BeforePredicateLink(int j, bool* tied) const;

  // The token before the compass points that end at tokens[k] and tell a
  // movement's bearing ("moving west-northwest", "crept north"), or k when
  // tokens[k] is no compass point.
  int BeforeBearingAdverbs(int k) const;

  // True if tokens[k] is the -ing form of a progressive verb group, a form
  // of "be" (and an -ly adverb) before it ("are thinning", "is steadily
  // growing"): a verb the figure after it is the predicate of.
  bool ProgressiveAt(int k) const;

  // True if tokens[k] is a lowercase word right after "has", "have" or
  // "had": the participle of a perfect verb group, irregular ones too ("has
  // crept", "had spread").
  bool PerfectParticipleAt(int k) const;

  // The token before "a"/"an" and up to two judging words that end at
  // tokens[j] ("a dismal", "an eye-watering"), or j.
  int BeforeJudgingArticle(int j) const;

  // True if tokens[k] is a verb form of a predicate's verb group: a quantity
  // verb, a past form or participle, a level passive, or a base form after
  // "to" or a modal ("to last", "will take").
  bool PredicateVerbAt(int k) const;

  // The head noun before "of" when tokens[j] is the determiner that opens
  // the object of "of", or of a gerund after it ("the cost of the
  // extension", "the cost of deepening the channel": "cost"), or before
  // "for" when the head is a measure noun (lexicon::IsMeasureHeadNoun: "the
  // median wait for a knee replacement", "demand for the bikes"); -1
  // otherwise.
  int OfObjectHead(int j) const;

  // True if tokens[j], just before the figure at `p`, is a past verb whose
  // object the figure measures ("had burned 12,400 acres", "dumped 14
  // inches"; money only after a verb of giving: "which lent $14 billion"):
  // the figure counts for the verb's subject. Not a
  // finding ("a survey found 90%"), a time or distance that places something
  // ("was issued a half-hour before", "parked 2 km away") nor a bare number, whose noun is left out
  // ("carried 81 million passengers, and Metro-North carried 66 million").
  bool MeasureVerbAt(int j, const FigurePlace& p) const;

  // True if tokens[j] is "be" or "been" after up to three auxiliaries and a
  // noun ("The shortfall will be $2m", "Attendance is expected to be
  // 14,000", "The rating has been above 50%"): a level of that noun. Not
  // after a pronoun's contraction ("It's been two months"), a participle
  // ("going to be") or a predicate ("are sure to be").
  bool CopulaAt(int j) const;

  // True if tokens[j] is the particle of a verb of change before it ("edged
  // up", "will go up", "came down", "fell back", "closed down").
  bool ChangeParticle(int j) const;

  // True if tokens[j] is a participle after an auxiliary ("have seen", "had
  // received"): a verb whose object the noun after it is.
  bool AuxiliaryParticiple(int j) const;

  // True if tokens[k] is a verb that keeps a level before an adjective
  // ("held steady", "stayed flat", "remained unchanged").
  bool LevelVerbAt(int k) const;

  // "rose to an average of £1,335", "the total of 41": the token before the
  // article, read as if the figure stood there (a statistic is not what the
  // figure counts); j when tokens[..j] do not end so.
  int BeforeStatistic(int j) const;

  // True if tokens[j] is an -ly adverb after a noun, before its verb ("the
  // nonprofit subsequently paid"): not a noun that ends so ("oil supply").
  bool AdverbAfterNoun(int j) const;

  // True if tokens[j] is a period noun's possessive ("year's", "month’s").
  bool PeriodPossessive(int j) const;

  // True if tokens[k] is in a period mention ("in the year to September").
  bool InPeriod(int k) const;

  // True if the past-tense word at j follows a word that can be its subject
  // ("the ONS showed"), so it is a verb; after a determiner, stop word,
  // possessive or adverb, or opening the sentence, it modifies a noun ("the
  // estimated cost", "Trump's declared goal", "federally mandated wage").
  bool VerbAfterSubject(int j) const;

  // True if the word before the participle at j can be who earns or pays:
  // "a worker earning", "Households paying" (capitalized only first).
  bool EarnerBefore(int j) const;

  // True if tokens[i] is a lowercase -ly word that is no noun ("typically",
  // not "supply").
  bool LyAdverb(int i) const;

  // The token before a comma-set aside that ends at j ("The operation, which
  // lasted", "Growth, excluding one-offs, will be held at", "A single
  // journey, about 33 km, will cost": a figure alone); j when none.
  int BeforeAside(int j) const;

  // True if tokens[k] is a preposition that opens an aside after a noun
  // ("in a well near the valley", "from the coast"), which BeforeAside lets
  // run longer than other asides without figures.
  bool PrepositionalAsideAt(int k) const;

  // "The unemployment rate for people aged 15 to 24 rose": the token before
  // "aged" when an age after it ends at j (the people are part of the
  // subject, the age band is a figure of its own), or the noun for people
  // right before the age ("Obesity among children under 12 rose"); j
  // otherwise.
  int BeforeAgeBand(int j) const;

  // True if the comma at k opens a noun phrase in apposition to the word
  // before it: an article after it ("The employment rate, the share of ...")
  // or a partitive "one of" ("The glacier, one of the largest on the eastern
  // side, ...").
  bool AppositionAt(int k) const;

  // "The toll from the quake that struck the Atlas mountains late on Friday
  // rose": the noun before a relative clause without commas that ends at j
  // (its pronoun after a noun and before a past verb, or a present one that
  // takes an object: "The reservoir that serves Heraklion has fallen", "A
  // filter that removes 90% of arsenic costs"); j when none. Not "officials
  // said that the toll rose" (a verb before "that").
  int BeforeRelativeClause(int j) const;

  // True if tokens[k] is a lowercase -s verb taking an object: a figure or
  // a determiner (VerbBeforeObject), a name or a noun after it ("serves
  // Heraklion", "removes arsenic").
  bool PresentVerbWithObject(int k) const;

  // True if tokens[k] opens the sentence with a capital and could be a noun
  // ("Adults who met ...", "Pupils who"): no stop word or figure.
  bool OpeningNoun(int k) const {
    const Token* t = At(k);
    return t != nullptr && t->kind == TokenKind::kWord && OpensSentence(k) &&
           !InsideFigure(k) &&
           !HasRole(*t, kRoleSubjectStop | kRoleQuantityVerb);
  }

  // The comma opening a relative clause (", which strips out energy, food
  // and tobacco,") that the comma at j closes, or -1. The clause may hold
  // figures of its own (", which can take two hours,").
  int RelativeClauseStart(int j) const;

  // The comma opening a participle aside that the comma at j closes ("The
  // breakwater, damaged in a storm two winters ago, is", "The plant,
  // covering 18 hectares, is"): a lowercase past or -ing participle after
  // it, a noun or name before it; -1 when none. The aside may hold figures
  // of its own.
  int ParticipleAsideStart(int j) const;

  // True if tokens[j] is a noun opening its phrase before "at": "with the
  // pound at $1.27", "and inflation at 2 per cent" (not "now sits at 40%").
  bool NounBeforeAt(int j) const;

  // A lowercase word that can be part of a noun phrase (not a verb or stop).
  bool NounWord(int k) const;

  // True if a period mention starts at tokens[k] and "to" follows it ("for
  // next year to 2.4%", "for 2026 to 3%").
  bool PeriodThenTo(int k) const;

  // The first token of "the tax rate" in "cut the tax rate from 7%" (or "by
  // 0.5 points"), where j is its last; -1 when no verb of change governs the
  // noun phrase ending at j.
  int ChangedObject(int j, bool to_after_period = false) const;

  // The object noun phrase of a verb ending at tokens[j]: `first` its first
  // word after the determiner, `verb` the token before the determiner ("the",
  // "a", a possessive pronoun or a noun's possessive with its owner: "the
  // club's"; a period's possessive after its opener, "last year's", is a
  // determiner left out of the phrase). Read over up to five words,
  // hyphenated words and figures
  // joined to their noun ("a 20-litre jerrican") and one "of" ("the price of
  // a day return"). {-1, -1} when no determiner opens the phrase.
  struct ObjectPhrase {
    int first;
    int verb;
  };
  ObjectPhrase DeterminedObject(int j) const;

  // True if tokens[k] is the "for" after a forecast noun that is itself the
  // object of a verb that moves a level ("raised its forecast for" the wheat
  // crop "to 93 million tonnes"): the phrase after "for" is what changes.
  bool ForecastFor(int k) const;

  // True if tokens[k] is a lowercase -ing word outside figures that can
  // modify the noun after it ("asking rents", "running costs").
  bool ModifierGerund(int k) const {
    const Token* t = At(k);
    return t != nullptr && t->kind == TokenKind::kWord && !InsideFigure(k) &&
           !IsCapitalized(*t) && !HasRole(*t, kRoleSubjectStop) &&
           Gerund(t->lower);
  }

  // True if tokens[k] is a rate adjective (lexicon::IsRateAdjective) before
  // a noun it modifies ("a £1.50 daily charge", "raise daily capacity by",
  // "its weekly food distributions"), not a figure's time scope ("rose 2%
  // monthly").
  bool RateAdjectiveAt(int k) const {
    return IsWordWith(k, lexicon::IsRateAdjective) &&
           (NounWord(k + 1) || IsWordWith(k + 1, lexicon::IsIngNoun));
  }

  // True if tokens[k] ends a figure joined to the noun after it by a dash
  // ("20-litre", "72-seat").
  bool ModifierFigureEndsAt(int k) const;

  // The first token of "bread prices" in "raised bread prices by 8%" (or
  // "from"), where j is its last: up to three lowercase nouns right after a
  // verb of change that takes an object, itself after no determiner ("the
  // cuts"); -1 otherwise. Tokens[j] may be a quantity verb's form ("cut costs
  // by", "raised fees by") when it looks plural and is no verb of change.
  int BareChangedObject(int j) const;

  // "Overdose deaths in Canada topped 7,000", "seizures at the border rose to
  // 27,000 pounds": the place before a quantity verb is not the subject;
  // returns the last token before "in Canada" (j when tokens[..j] do not end
  // with a place).
  int BeforePlace(int j, bool verb) const;

  // The place preposition before a list of places whose conjunction is
  // tokens[k] ("in Wellington and Picton", "across the Netherlands and
  // Belgium"; capitalized words, no month), or k when tokens[..k] end with no
  // such list.
  int BeforePlaceList(int k) const;

  // The token before the lowercase words (up to three) of a route's start
  // ending at tokens[m] when "from" and "the" open them ("from the old town"
  // before "to Xieng Maen"): what BeforeRoute skips as a named start; m
  // when none.
  int BeforeCommonStart(int m) const;

  // "Rates from Shanghai to Rotterdam jumped", "Imports from China fell",
  // "Visitors to Britain rose": the last token before a route of places
  // whose last preposition ("to", "from") is tokens[k]; j when tokens[..k]
  // hold no such route after a noun.
  int BeforeRoute(int j, int k) const;

  // A lowercase word outside figures that may end a noun phrase ("mining").
  bool LowerNoun(int i) const;

  bool CapitalizedAt(int i) const {
    const Token* t = At(i);
    return t != nullptr && IsCapitalized(*t);
  }

  // "Wheat with 12.5% protein was quoted at": the last token before "with",
  // a figure and the noun it measures ending at j, or j.
  int BeforeWithFigure(int j) const;

  // "Knife crime recorded by West Midlands Police fell": the last token
  // before a participle and its agent that end at j, or j.
  int BeforeAgent(int j) const;

  // "the number of pupils enrolled in state schools had risen": the
  // participle after a plural noun when a place-like phrase ("in", "at",
  // "on", "from" and up to three nouns) after it ends at j; j otherwise.
  // The participle stays in the subject: it says which pupils are counted.
  int BeforeParticiplePhrase(int j) const;

  // Whether tokens[k] is a noun whose "by" names who acts ("sales by
  // Debswana", "Spending by households"): a lowercase noun, or a word
  // opening the sentence that is no verb; not a change noun ("a rise by").
  bool ActionNounAt(int k) const;

  // "prices in the district", "fentanyl at the border": the last token before
  // a lowercase place phrase, or j; j too for the "for" phrase of a measure
  // noun (lexicon::IsMeasureHeadNoun: "the median wait for a knee
  // operation"), which says what it measures.
  int BeforeCommonPlace(int j, bool verb) const;

  // True if the figure at p is compared with the figure before it: "up from
  // 10,000", "compared with 817", "than 12", "versus 14.5", ", up 19 per
  // cent".
  bool ComparedWithEarlier(const FigurePlace& p) const;

  // A figure without a subject compared with the figure before it counts what
  // that one counts: "12,500 new social homes, up from 10,000 this year" (the
  // nearest of its own dimension, else the nearest); a bare number compared
  // with a rate is a rate ("18.6 deaths per 100,000, down from 22.3").
  void ComparedSubjects(absl::Span<v1::Figure> figures) const;

  // A number without unit, currency or scale word.
  static bool BareCount(const v1::Figure& f, const FigurePlace& p) {
    return f.dimension() == v1::DIMENSION_COUNT && f.unit().empty() && !p.money;
  }

  // "the rate fell to 12.4", "the rate of 14.5": a bare number whose subject
  // is a rate is a rate.
  static void RateSubjects(absl::Span<v1::Figure> figures,
                           const std::vector<FigurePlace>& places);

  // True if the bare count at p leaves out the noun it counts: "3,200 more.",
  // "410,000 of them", "as many as 150,000 could lose power", "2,104 votes
  // to the DUP's 2,081" (a count owned by a noun, ending its phrase).
  bool ElidedNoun(const FigurePlace& p) const;

  // A bare count that leaves out its noun counts what a count before it in
  // the sentence counts, the one nearest in size (then in place): "about
  // 61,000 customers in five counties ... as many as 150,000 could lose
  // electricity".
  void ElidedSubjects(absl::Span<v1::Figure> figures) const;

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
  void SurveySubjects(absl::Span<v1::Figure> figures) const;

  // "The Long Island Rail Road carried 81 million passengers ... and
  // Metro-North carried 66 million": a bare count after the same verb as a
  // count before it counts what that one counts.
  // The possession verb "has" counts as such a verb ("Ted Cruz has 11
  // delegates, Marco Rubio has 10").
  void ParallelSubjects(absl::Span<v1::Figure> figures) const;

  // True if token k can be the verb ParallelSubjects compares: a word that
  // stops no subject, or a perfect auxiliary ("has") used as the verb.
  bool ParallelVerbAt(int k) const;

  // "Clinton now has at least 882 delegates. Sanders has at least 232.": a
  // bare count with no subject after the same verb as a count of the
  // sentence just before (earlier_, within a short gap) counts what that one
  // counts.
  void EarlierParallelSubjects(absl::Span<v1::Figure> figures) const;

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
  void RestatedSubjects(absl::Span<v1::Figure> figures) const;

  // "Canada's population grew by about 390,000 people, or 0.9%": a share
  // after ", or" restating a change by a count counts the subject of the
  // change's clause (and takes its place), not the count's noun; sets it on
  // figures[i] and returns true, else false.
  bool ChangeCountShare(size_t i, absl::Span<v1::Figure> figures) const;

  // "9.4 million incidents ..., a fall of 6% from the year before": a change
  // noun set off after a figure measures what that figure counts ("fall in
  // incidents").
  void ChangeNounSubjects(absl::Span<v1::Figure> figures) const;

  // The token after a sum in brackets that starts at k ("A$1.1 billion ($720
  // million) on a battery": the "on"), or k.
  int AfterConversion(int k) const;

  // A sum in brackets right after a sum, or after it and its rate ("90,000
  // kip a day ($4.20)"), converts it and counts the same thing: "A$1.1
  // billion ($720 million) on a new battery"; so does a sum in another
  // currency set off by a comma ("earn 650 taka a day, about £4.20", "130
  // billion euros, about $148 billion, on new equipment"). Not a list of
  // sums in one currency ("€200, €300").
  void ConvertedSubjects(absl::Span<v1::Figure> figures) const;

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
                                  const std::vector<FigurePlace>& places);

  // The nearest figure of the same dimension with a subject, looking one way,
  // into `nearest` (one entry per figure, -1 for none).
  static void NearestWithSubject(absl::Span<const v1::Figure> figures,
                                 bool forward, std::vector<int>* nearest);

  // "about 80 km south of the city", "130 km to the east", "5 miles from the
  // scene": a distance that places something, not an amount of the subject
  // of another figure.
  bool Bearing(const v1::Figure& f, size_t i) const;

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
  bool NamedSubjectBefore(const FigurePlace& p) const;

  // True if tokens [from, to) hold ";" or a contrast ("while", "whereas",
  // "but"): "to 208.75 euros a tonne, while Chicago wheat futures dropped".
  bool ContrastBetween(int from, int to) const;

  // Gives a figure without a subject the subject of the nearest figure of the
  // same dimension in the sentence, unless a contrast or a named subject
  // separates them or a verb of an act takes it (MeasuredActSubject: "a
  // capacity of 75 MW and produce 190 GWh" is production).
  void InheritSubjects(absl::Span<v1::Figure> figures) const;

  // "Ontario's jobless rate climbed to 8.0%", "China's exports": a place
  // owning the subject leaves it (the rest is the subject) and, with
  // `set_place` (no place found after a preposition), is the figure's place;
  // the owner "country" of "the country's" is StoryCountry() (left in the
  // subject when none).
  void PossessivePlace(bool set_place, v1::Figure* f) const;

  // "The average UK house price reached", "35% of U.S. counties", "New
  // Hampshire voters": capitalized words modifying the subject's lowercase
  // noun, or their last words, that name a place are the figure's place;
  // the subject keeps them.
  void ModifierPlace(v1::Figure* f) const;

  // The country of the demonym s[at, space) when the word after it in the
  // subject `s` is a plural noun ("Jamaican students" -> "Jamaica"; not
  // "Russian gas imports", whose place is the buyer's), else "".
  static absl::string_view DemonymPlace(absl::string_view s, size_t at,
                                        size_t space);

  // "... apart from Newfoundland and Labrador, where it stood at 10.4%": a
  // figure in a clause that ", where" opens after a place is in that place.
  void WherePlace(const FigurePlace& p, v1::Figure* f) const;

  // "Durres, a port city of about 175,000 people": a figure after "of" in
  // an appositive naming a place noun (lexicon::IsPlaceNoun, "a city",
  // "a small town") counts that place; the capitalized name before the comma
  // is its place. Returns false and leaves f alone when the shape is absent.
  bool AppositionPlace(const FigurePlace& p, v1::Figure* f) const;

  // "A crowd of 9,200 filled the Cebu Coliseum", "40,000 fans packed
  // Wembley Stadium": a verb of filling (lexicon::IsVenueFillVerb) a few
  // words after the figure, whose object is a name a venue's or feature's
  // head ends (lexicon::IsPlaceFeatureHead), puts the figure there.
  void VenueObjectPlace(const FigurePlace& p, v1::Figure* f) const;

  // "Kazakhstan harvested 26.7 million tonnes", "Kenya will import 400,000
  // tonnes": a place opening the sentence as its verb's subject
  // (CountryVerbAt) is where a figure of that clause holds: no mark, no
  // capitalized word (another place or people: "recalled its envoy to Peru
  // and sought 14 crew") and no relative pronoun ("what 40 states do")
  // between the verb and the figure, which is no agent after "by" (right
  // before it, or anywhere after a form of "be": "was named by a mere 3%").
  void ClauseSubjectPlace(const FigurePlace& p, v1::Figure* f) const;

  // The token of the verb after the capitalized subject opening the
  // sentence ("The Western Region recorded") when that subject is a place
  // (PlaceName, TextMarksPlace), else 0; asked once per sentence.
  int OpeningPlaceVerb() const;

  // The token of the verb after the capitalized subject opening the
  // sentence, whatever the subject names, past an apposition calling it a
  // place ("Tivat, a town of 14,000, received"), else 0; asked once per
  // sentence. Sets clause_name_end_.
  int OpeningVerb() const;

  // The token after an apposition set off by commas that calls the name
  // before it a place, whose first comma is tokens[k] (", a port town of
  // 14,000,"), or k when none.
  int AfterPlaceApposition(int k) const;

  // The first token of the opening subject's name: past a leading "The".
  int OpeningPlaceFirst() const;

  // `end`, the end of a capitalized run, or past the lowercase area noun
  // after it ("Kiambu county", "Pathanamthitta district").
  int AreaNounAfter(int end) const;

  // True if tokens [first, end) name a place: a capitalized name and a
  // lowercase area noun, or a name PlaceName() or TextMarksPlace() takes.
  bool NamesPlace(int first, int end) const;

  // "Kerala had 99.1 per cent, while Wayanad had 95.2 per cent": a
  // capitalized subject opening the figure's own clause after a comma or a
  // semicolon (and "while", "but", "and") is the figure's place when it is a
  // place's name, the text marks it one, or its verb repeats the verb after
  // a place opening the sentence (a list of results by place).
  void ContrastClausePlace(const FigurePlace& p, v1::Figure* f) const;

  // True if the clause subject before the verb at tokens[verb] is what the
  // figure p's clause is about: no mark, no capitalized word and no
  // relative pronoun between the verb and the figure (but ", up from" or
  // ", down from" right before it: the earlier level), and the figure is no
  // agent after "by" (ClauseSubjectPlace's conditions).
  bool SubjectGovernsFigure(int verb, const FigurePlace& p) const;

  // True if tokens[k] is the comma of ", up from" or ", down from" right
  // before the figure at tokens[figure]: the earlier level of the clause's
  // figure ("generated 28% ..., up from 21%"), in the same clause.
  bool RestatedFromAt(int k, int figure) const;

  // True if tokens[k] is a verb a place as subject governs: a past form, a
  // quantity verb, a finite auxiliary or a present verb of yielding or taking
  // in (lexicon::IsPlaceOutputVerb) ("harvested", "rose", "has", "exports");
  // not a verb of a match (lexicon::IsContestVerb: "England scored 350 runs").
  bool CountryVerbAt(int k) const;

  // True if `name` (words joined by spaces) is a place: capitalized words,
  // each a place word ("South Korea", a compass word first: "Northern
  // Ontario") or all one place ("New South Wales"); not "Statistics Canada".
  bool PlaceName(absl::string_view name) const;

  // True if `lower` (lowercase words joined by spaces) is a compass word and
  // a region's head ("north zone", "western province", "south-east
  // region"): the name of a part of a country.
  static bool CompassRegionName(absl::string_view lower);

  // True if the possessive at tokens[j] ends a place's name that starts at
  // tokens[k] ("of New Hampshire's electorate").
  bool PossessivePlaceAt(int k, int j) const;

  // True if the text marks `name` (capitalized words) a place somewhere: a
  // part of its dateline ("HAKODATE, Japan —", "ORISTANO, Sardinia —"), the
  // name after a place noun and "of" ("the island of Corsica"), before a
  // lowercase place noun ("Kushiro prefecture") or before a comma and a
  // place word ("Hakodate, Japan"). Reads the whole text once per name and
  // document (the answer is kept in the scratch): ask it last.
  bool TextMarksPlace(absl::string_view name) const;

  // TextMarksPlace's reading of the text, uncached.
  bool TextMarksPlaceUncached(absl::string_view name) const;

  // Whether the uppercase form of `name` stands as a part of the dateline in
  // the story's opening ("HAKODATE, Japan —").
  bool DatelineMarksPlace(absl::string_view name) const;

  // Whether text_[begin, end), an occurrence of a name, stands where
  // TextMarksPlace() looks for a place outside the dateline.
  bool PlaceMarkAround(size_t begin, size_t end) const;

  // Whether text_[begin, end), an occurrence of a name in the story's
  // opening, is a part of its dateline: the capitals opening a line, or the
  // place after them and a comma, before a dash or a comma.
  bool DatelinePartAt(size_t begin, size_t end) const;

  // The country of the story's dateline ("TUNIS, Tunisia —" -> "Tunisia"),
  // or "" when its opening has none a place word names.
  absl::string_view DatelineCountry() const;

  // The country "the country" or "the nation" stands for: DatelineCountry(),
  // else the first country the story's opening names ("News | Finland |
  // Lapland"); "" when neither names one.
  absl::string_view StoryCountry() const;

  // True if the possessive of the lowercase `noun` nearest the figure whose
  // text begins at byte `at` (within a few words either side) follows "the"
  // ("the country's exports rose 4%"); not "a country's exports rose 4%",
  // whatever else the sentence says of "the country's".
  bool DefinitePossessive(absl::string_view noun, int at) const;

  // True if the site preposition (lexicon::IsSitePreposition) at tokens[i]
  // may open a named place: a capitalized word after it or after its "the".
  bool SiteAhead(int i) const {
    const Token* next = At(i + 1);
    if (next == nullptr) return false;
    if (next->lower == "the") next = At(i + 2);
    return next != nullptr && IsCapitalized(*next) &&
           IsWordWith(i, lexicon::IsSitePreposition);
  }

  // Adds the named place after the site preposition at tokens[i] to
  // places_found_ ("snow on Hakodate", "flights at Kushiro Airport", "rain
  // at the Kilwinning station", "gusts to the Shiretoko Peninsula") and
  // returns the token after it, else i + 1. The capitalized words are a
  // place when a feature's head ends them (lexicon::IsPlaceFeatureHead,
  // capitalized or a lowercase word after them), or, after a preposition of
  // no destination, when they are a place's name (PlaceName) or the text
  // marks them one (TextMarksPlace); never when a lowercase noun follows
  // them ("at Toyota plants").
  int SitePlaceMention(int i);

  // True if tokens[k] is the number of a road named by a capitalized road
  // head before it (lexicon::IsRoadHead: "Highway 57", "Route 9"), not a
  // figure or a year.
  bool RoadNumberAt(int k) const;

  // True if the word at tokens[k], after a capitalized run, makes the run a
  // modifier of a lowercase noun ("in Ontario schools"): a lowercase word
  // that is no subject stop, quantity verb, -ed or irregular past verb or -ly
  // adverb ("in Heraklion regularly exceed", "in Panabo lost").
  bool ModifierAfter(int k) const;

  // True if tokens[k], right after a capitalized run opened by "the", is a
  // lowercase locality noun (lexicon::IsLocalityNoun), or one modifier and
  // such a noun, not before "of": the run names a place ("in the Niseko ski
  // area", "in the Khwai concession"; not "the Kenya area of expertise").
  bool LocalityAfter(int k) const;

  // "Shrimp exports earned Belize about $28 million", "The floods cost
  // Pakistan $30 billion": a place named as the first object of a verb of
  // costing or earning (lexicon::IsCostVerb, IsEarnVerb) right before the
  // money at `p` is where the sum holds.
  void MoneyObjectPlace(const FigurePlace& p, v1::Figure* f) const;

  // True if the place mention starting at tokens[first] opens a coordinate
  // clause after the figure places_[fi]: a conjunction right before its
  // preposition ("... was 34 per cent and in Portland 29 per cent") and a
  // later figure after it, whose place it is.
  bool CoordinatePlace(size_t fi, int first) const;

  // "The country has about 1.1 million hectares": "the country" or "the
  // nation" as the clause's subject (before a verb, CountryVerbAt, with no
  // mark before the figure) is the country of the story's dateline.
  void CountryNounPlace(const FigurePlace& p, v1::Figure* f) const;

  // "Ridership on New York City's subway climbed to 1.28 billion trips",
  // "led by Ontario's car makers, where three plants cut shifts": a place's
  // possessive, or a people's adjective (DemonymBefore: "The share of
  // Kenyan pupils passing maths rose to 41%"), before the figure in its
  // clause (no mark but ", where" and no contrast or other figure between)
  // is where the figure holds.
  void ClausePossessivePlace(const FigurePlace& p, v1::Figure* f) const;

  // True if a capitalized possessive ("Ontario's") or a people's adjective
  // (DemonymBefore) stands among tokens [stop, first), walking back from
  // first, before another figure or a mark (but ", where" and a dash inside
  // a name) ends the clause: ClausePossessivePlace's cheap first condition,
  // asked before its word lists.
  bool OwnerInClauseBefore(int first, int stop) const;

  // The country of the demonym at tokens[j] when a noun of people working at
  // home follows it (lexicon::IsHomeWorkNoun) and no other capitalized word
  // but "The" comes before it ("The share of Kenyan pupils", "Dutch
  // voters"; not "Russian hackers", "Indian doctors"), else "".
  absl::string_view DemonymBefore(int j) const;

  // Sets the place of figures[i]: a place mention near it (Nearest), the
  // place owning its subject ("Tasmania's salmon farms"; but for a share "of"
  // a whole the clause's place subject first: "Oromia accounts for 60% of
  // Ethiopia's coffee" is Oromia's), a place modifying it, ", where", the
  // clause's subject, "the country"; else the place of
  // the figure *owner (the last one whose subject a place owned) when no
  // break parts them ("Galicia's farms produced 240,000 tonnes, worth €120
  // million"); else a common-noun place. Sets *owner to i when a place owns
  // this figure's subject.
  void FindPlace(size_t i, absl::Span<v1::Figure> figures, int* owner) const;

  // True if the figure at `p` opens a period mention that runs past it: a
  // duration that is itself a time offset ("three weeks earlier"), which
  // holds at no period of its own.
  bool TimeOffset(const FigurePlace& p) const;

  // Sets the time scope of *f, the figure at places_[i] (`of_before`: "of"
  // right before it): the nearest period mention (Nearest), else a period
  // modifier of the sum it is the level of ("the annual fee to $2,400"), a
  // weekday, a rate adjective or a year modifying its noun.
  void SetTimeScope(size_t i, bool of_before, v1::Figure* f) const;

  // "Barge freight ... rose to about 45 euros a tonne. It rose 18% on
  // Monday": a figure whose sentence opens with "It" or "They" and has no
  // subject of its own takes the subject the sentence before (same
  // paragraph) gives a figure, written before that figure; the one written
  // first when several are. Not for durations and ages ("It took 14 days").
  void PronounSubjects(absl::Span<v1::Figure> figures) const;

  // "Vostok Mills reported a 21% drop in net profit for the nine months to
  // September. ... Net profit fell to 4.2 billion roubles": a results
  // figure (its subject ends in lexicon::IsResultsNoun) of a sentence that
  // names no period (a weekday is when it was said: "the company said on
  // Friday") and whose own figures gave it none takes the reporting period of
  // the results figures before it (ReportPeriodBefore).
  void ReportPeriods(absl::Span<v1::Figure> figures) const;

  // The time scope of the last figure of the earlier sentences that has one,
  // within a few paragraphs, when it names a reporting period
  // (lexicon::NamesReportPeriod) and a results noun is in its subject; else
  // nullptr (another period was named since, or none).
  const std::string* ReportPeriodBefore() const;

  // True if the figure at p is in the clause the sentence's first word opens:
  // words and figures only between them ("It rose 18% on Monday", "They
  // were up 1.1%"; not "It said on Monday, after 3% ...").
  bool InPronounClause(const FigurePlace& p) const;

  // The earliest written subject of a figure of the sentence ending before
  // byte `begin` (see PronounSubjects), or "".
  std::string SubjectOfSentenceBefore(int begin) const;

  // The first byte of the sentence that ends right before byte `begin`, in
  // the same paragraph; -1 when a line break comes first.
  int SentenceStartBefore(int begin) const;

  // The period or place of figure `fi`: the first mention after it in its
  // clause, else the nearest before it unless that one belongs to an earlier
  // figure of another clause ("£2 an hour, and the fee will rise to £55").
  const Mention* Nearest(const std::vector<Mention>& mentions, size_t fi) const;

  // True if a condition opens between tokens [from, to) (lexicon::
  // IsConditionOpener: "said they would back it if no deal is reached in
  // the second round"): a period after it is hypothetical.
  bool ConditionBetween(int from, int to) const;

  // True if the figure at `p` follows an age label ("aged 30", "the ages of
  // 18": lexicon::IsAgeLabel) or opens with one ("between the ages of 8").
  bool AgeLabelled(const FigurePlace& p) const;

  // At a lowercase compass point before "of" and a capitalized name of one
  // to three words, no month or weekday
  // ("12,000 homes west of Tirana"), records "west of Tirana" as a place
  // mention and returns true; false after a distance ("50 km west of X")
  // or a figure after "of" ("a city of 90,000 people west of X": the
  // figure measures the city the phrase locates).
  bool CompassOfPlace(int i);

  // True if a figure measures what stands before tokens[i]: a distance
  // ("50 km", "a two-hour drive": a figure and a singular noun) or a figure
  // after "of" ("a city of 90,000 people"), so a compass phrase at i gives
  // a bearing or locates the noun, no place of the figure.
  bool MeasuredBefore(int i) const;

  // True if figure `fi` is an end of a band of ages: after an age label and
  // spanning to another ("aged 54 to 65", "ages of 18 and 29"), or the far
  // end of one. A band of ages names a group, at no period; a single age
  // ("In 1962, at age 23") keeps its period.
  bool AgeSpan(size_t fi) const;

  // True if the period mention at `rate` is a rate ("a day", "per year":
  // two words) and a span another period opens follows it at once ("about
  // 410 a day in November last year", "a day during the quarter"): the rate
  // is the figure's unit, the span when it held. Not a deadline ("a year by
  // 2030", "a day until the end of June": the rate says how often). `end`
  // ends times_.
  bool RateThenPeriod(std::vector<Mention>::const_iterator rate,
                      std::vector<Mention>::const_iterator end) const;

  // True if tokens [from, to) hold a clause break: ";", "while", "but",
  // "whereas", and with `comma` a comma; without it "and" counts too.
  bool Break(int from, int to, bool comma) const;

  // True if a mention starting at token `first` after figure `fi` is in its
  // clause: no break between, and no verb or contrast between the figure and
  // a figure after it ("64 cases in 17 states in 2024" shares the period;
  // "3.9% from 3.7% in January" and "0.1% after climbing 0.5% in May" do not).
  bool AfterInClause(size_t fi, int first) const;

  // The token where the clause of figure `fi` goes on past a restatement
  // set off by commas ("grew by about 390,000 people, or 0.9%, in the 12
  // months to October": the "in" for both figures) or past the figure set
  // off by commas between a lowercase noun and its verb ("The previous high,
  // 15,105 megawatts, was set in January 2016"; not an age: "Ramos, 58,
  // told"), or the token after the figure when there is none.
  int PastRestatement(size_t fi) const;

  // True if the mention sits right after an earlier figure, in its clause.
  bool OwnedByEarlier(size_t fi, const Mention& m) const;

  // Collects the periods, weekdays and places of the sentence into times_,
  // days_ and places_found_.
  void FindMentions();

  // FindMentions' step at tokens[i] (with `roles`) for an area word
  // ("nationwide": areas_), a weekday (days_) or a named period ("First-half":
  // times_); the index to read next, or -1 when tokens[i] opens none.
  int AreaDayOrNamedPeriod(int i, uint32_t roles);

  // The first token of a named period ending with the period noun at i:
  // "First-half", "full-year", "third-quarter" (a head, a hyphen, the noun;
  // not inside a figure: "three-year" is a duration), "the June quarter"; -1
  // when there is none.
  int NamedPeriodStart(int i) const;

  // True if the period noun at i ends "two years ago", "18 months ago": a
  // number outside any figure before it, "ago" after it.
  bool AgoAt(int i) const;

  // True if tokens[i] is a year ("2024").
  bool IsYearToken(int i) const;

  // The first token of a period mention found at i (drops a leading "the").
  int TimeFirst(int i) const { return IsWord(i, "the") ? i + 1 : i; }

  // The end of a period mention at i: "annually", "the last fiscal year", "in
  // 2024", "since 2019", "February 2025", "the past five years"; i when none.
  int TimeAt(int i) const;

  // TimeAt() for a token that may start a period mention.
  int PeriodAt(int i) const;

  // The end of "Sunday", "Monday evening" at i: a capitalized weekday not in
  // a name ("Sunday Times", "Super Tuesday" stays a day); i when none.
  int WeekdayEnd(int i) const;

  // The end of a range of months joined by a dash at i, with the period
  // noun or period phrase head (lexicon::IsPeriodPhraseHead) after it
  // ("January-September", "the April-June quarter", "the January-September
  // period"); i when none.
  int MonthRangeEnd(int i) const;

  // The end of the month ending before tokens[k] with the year a period
  // opener after it names ("in November last year", "in March this
  // year"), or k when none follows.
  int MonthYearEnd(int k) const;

  // The end of "early July", "late June 2024", "mid-March" at i; i when none.
  int MonthPartEnd(int i) const;

  // The end of "between April and September" (each month with its day or
  // year, if written: "between March 2024 and May 2025") at i, or i; i
  // too when a capitalized word follows, the second month then opening a
  // name ("between May and June Smith's arrival").
  int BetweenMonthsEnd(int i) const;

  // The end of a time of day or a sitting a figure holds at, after a
  // preposition of time (lexicon::IsOccasionPreposition) and "the" if
  // written, from tokens[i]: a part of the day after "early"/"late"/"mid"
  // ("by late afternoon", "in the early evening"), or "the" with an
  // ordinal and a round noun (lexicon::IsRoundNoun: "47% in the first
  // round", not "the second round of talks"); i when none starts there.
  int OccasionEnd(int i) const;

  // True if a word of a vote (lexicon::IsVoteWord: "ballot", "turnout",
  // "election", "run-off") stands in the sentence: what makes "the first
  // round" a sitting of a vote. Asked only at a round noun.
  bool SentenceOfAVote() const;

  // A cheap test run before PeriodAt's rules after the time-scope phrases:
  // each of them needs a period opener at i, after "the" a period noun,
  // opener or number word, else "the", a month or a year at i + 1; false when
  // none is there.
  bool MayOpenPeriod(int i) const;

  // The end of "in the year to August", "the 12 months to March 31", "the
  // six months to 30 June 2025", "the quarter ended June 30" at i; i when
  // none.
  int PeriodToDateEnd(int i) const;

  // The end of "the quarter" in "during the quarter", "over the weekend",
  // "in the season" at i ("the"): a span preposition before it, a singular
  // period noun after it that no date, stop word or change follows; i when
  // none.
  int PeriodSpanEnd(int i) const;

  // A duration written as the span or point of an earlier figure is that
  // figure's period: "£30m over four years" ("four years"), "up 4.2 points
  // in two years", "from 3.4 million five years earlier" (a span preposition
  // before or in it, or a point-in-time word after it, at most four plain
  // words after the figure before; not "the first time in eight years").
  // Adds those periods to times_ (kept in order); the duration itself takes
  // none from them.
  void DurationPeriods(absl::Span<const v1::Figure> figures);

  // True if tokens [from, to) are at most four words with no verb form,
  // figure, conjunction or clause splitter ("to its bill", "in royalties").
  bool PlainPhraseBetween(int from, int to) const;

  // True if a superlative or "record" (lexicon::IsRecordAdjective) stands in
  // the few words before token `k`, with no mark between: "their biggest
  // one-day fall of" before "12% in five years".
  bool RecordBefore(int k) const;

  // True if tokens[k] is a day of a month: a number of one or two digits
  // outside figures ("30" in "to 30 June", "June 30").
  bool DayNumberAt(int k) const;

  // True if tokens[k] is a capitalized month ("June").
  bool MonthAt(int k) const;

  // The end of "the summer of 2024", "the 2025/26 season", "the 2024-25
  // season" at i (after "in", "since", ... or "the"); i when none.
  int NamedSeasonEnd(int i) const;

  // The end of the noun the year at tokens[year] (its "/26" ending before
  // tokens[k]) dates, at most two modifiers (lexicon::IsDatedNounModifier)
  // before it: a period noun ("the 2025-26 fiscal year"), or after "in",
  // "at", "since", ... (lexicon::IsYearPreposition) a periodic measure's or
  // an event's noun ("at the 2023 local elections"; not "of the 2016
  // election", a topic); i when none ("the 2019 law").
  int DatedNounEnd(int year, int k, int i) const;

  // True if "a year ago" or "a week earlier" at tokens[i] is when a figure
  // holds: it opens the sentence or a clause ("A day earlier, six ..."), or
  // follows a figure and at most a few lowercase nouns ("1,402 government
  // schools a year ago"); not "his prediction a year ago".
  bool PastPointAnchored(int i) const;

  // The end of "the same period of 2023", "the same quarter last year" at i
  // (on "the"); i when none, or when nothing says which year ("the same
  // period" alone refers back).
  int SamePeriodEnd(int i) const;

  // The end of "by the end of 2026", "at the start of March", "until the
  // end of the year", "by the spring", or a season right after a figure
  // ("spent €2 million in the summer") at i; i when none.
  int PeriodEdgeEnd(int i) const;

  // The end of the period after "the end of" that starts at k ("2026",
  // "March 2025", "the year", "next quarter"), or -1.
  int PeriodAfterOf(int k) const;

  // The first capitalized token of a place introduced at i ("in the United
  // States").
  int PlaceStart(int i) const;

  // Records the place the preposition at i introduces (a name in
  // places_found_, a common noun in areas_) and returns the token after it;
  // i + 1 when it introduces none. FindMentions' step for places.
  int PlaceMentionEnd(int i);

  // Whether the place-scope adverb at i ("nationwide") is one: lowercase and
  // not before a noun it qualifies ("1,008 adults nationwide said"; not "the
  // statewide vote"), or opening the sentence before a comma ("Nationwide,
  // turnout was 61%"); not a name ("Nationwide Building Society").
  bool PlaceScopeAt(int i) const;

  // True if tokens[i] ends "<area noun>-wide" ("province-wide", "city-wide")
  // standing where PlaceScopeAt() takes "nationwide": after the clause's
  // noun or verb, or opening the sentence before a comma.
  bool WideAreaAt(int i) const;

  // Whether the participle at j modifies the noun after it ("televised
  // debate", "traded goods"), so the adverb before it, itself after a
  // determiner or a preposition ("The nationally televised", "of globally
  // traded"), qualifies the participle; not a verb before an amount or an -ly
  // adverb ("nationally reached 61%", "increased sharply"), nor a verb after a
  // noun ("Home prices nationally increased almost 7%").
  bool AttributiveParticiple(int j) const;

  // The end of a date after a preposition at i ("on 1 July", "from April",
  // "by March 31, 2027", "since 4 May", "from April to June"), or i; "in
  // September" alone is left to PeriodAt, and a month naming a person ("by
  // April Ryan") is none.
  int DateEnd(int i) const;

  // The end of the date whose month is at k ("July", "Oct. 5", "March 31,
  // 2027"; "1 July" with `day_first`, its day before k).
  int MonthDateEnd(int k, bool day_first) const;

  // Whether the month word at k names a person: a capitalised word ("by
  // April Ryan") or a verb ("before May took office") follows it.
  bool MonthIsAName(int k) const;

  // Whether the words after the comma at `comma` open with an article and
  // reach another comma before any verb: an apposition to the word before
  // ("Nationwide, the UK's largest building society, said"), not the clause
  // it scopes.
  bool AppositionAfter(int comma) const;

  // Whether the lowercase area or place noun (lexicon IsAreaNoun,
  // IsPlaceNoun) at k after "the" is a place on its own ("across the
  // district", "in the north lost power", "in the village of some 1,300
  // people"); not a modifier ("in the district court"), nor "in the region
  // of" a name, nor before its name ("in the capital, Kabul").
  bool AreaPlaceAt(int k) const;

  // True if tokens[i] is a capitalized word, ASCII or a Latin capital
  // ("Évora", "Łódź": IsNameCapitalized), and no month: a word of a place's
  // name.
  bool PlaceWord(int i) const {
    const Token* t = At(i);
    return t != nullptr && IsNameCapitalized(*t) && !HasRole(*t, kRoleMonth);
  }

  // Empties scratch_'s answers by name when they are another document's
  // (a copy of the text is kept to tell); asked once per finder.
  void SyncScratch() const;

  // The place the common-noun place `area` names: for "the county", "the
  // district", "the state", "the village" and the like (lexicon
  // IsAdminAreaHead, IsPlaceNoun) a name the text gives such an area
  // (AreaNamesIn: "Cluj county", "the village of Oberau", "Odisha" for "the
  // state"), the nearest before the sentence, else the first after;
  // for "the country" or "the nation" StoryCountry(); else the area's own
  // words ("county", "nationwide").
  std::string AreaPlace(const Mention& area) const;

  // The names the text gives an area of kind `noun` (lowercase), as byte
  // ranges in text order: "Cluj county" for an admin area's head
  // (lexicon::IsAdminAreaHead), the name after "the <noun> of" ("the village
  // of Oberau" for "village"), and for "state" or "province"
  // (lexicon::IsDivisionKindNoun) each first-level division the text names
  // ("Odisha"). Reads the whole text: AreaPlace keeps the answer per noun.
  std::vector<std::pair<int, int>> AreaNamesIn(absl::string_view noun) const;

  // True if the conjunction at tokens[j] joins the compass point before it
  // to another before a name they share ("North and South Kivu", "East or
  // West Java").
  bool CompassPairAt(int j) const;

  // The end of a run of capitalized words ("United States", "U.S.", "Republic
  // of Korea", "North and South Kivu").
  int CapitalRun(int i) const;

  absl::string_view text_;
  const std::vector<FigurePlace>& places_;
  absl::Span<const v1::Figure> earlier_;  // figures of earlier sentences
  std::vector<uint8_t>& inside_;  // token i is part of a figure: kInside,
                                  // kModifierEnd
  // inside_.data(), one load away (inside_ keeps its size while the finder
  // lives).
  const uint8_t* inside_flags_ = nullptr;
  std::vector<Mention>& times_;
  std::vector<Mention>& days_;  // weekdays, periods' possessives
  std::vector<Mention>& places_found_;
  std::vector<Mention>& areas_;
  std::vector<int>& before_;
  std::vector<int>& after_;
  ContextScratch& scratch_;  // TextMarksPlace's answers and buffer
  mutable bool marks_current_ = false;  // scratch_.marks are text_'s
  // Sets marks_current_ when this finder reads on in the last finder's
  // document and the scratch's marks were that document's (see
  // ContextScratch::last_text), and notes this finder, with its `figures`
  // after earlier_, as the last.
  void NoteReading(size_t figures);
  // ClauseSubjectPlace's answers for the sentence, asked once: the token of
  // the verb after the capitalized subject opening it (0: none), and whether
  // that subject is a place (1) or not (0).
  static constexpr int kNotAsked = -1;
  mutable int clause_verb_ = kNotAsked;
  mutable int clause_name_end_ = 0;  // the end of that subject's name
  mutable int clause_place_ = kNotAsked;
};

// True if text[i] is a byte of a letter: an ASCII letter, or either byte of
// a Latin-1 letter written in UTF-8 ("Bogotá", "São Paulo": one word each).
bool LetterByteAt(absl::string_view text, size_t i);

// Appends `word` to `out` in lowercase with its Latin-1 letters folded to
// their ASCII base ("São Paulo" -> "sao paulo"), as the lexicon writes
// places; a Latin-1 sign or letter of no ASCII base is kept as written.
void AppendFoldedLower(absl::string_view word, std::string* out);

}  // namespace figure_internal
}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_EXTRACT_FIGURE_CONTEXT_FINDER_H_
