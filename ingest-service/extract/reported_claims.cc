// Reported speech sentence by sentence: cue verbs ("X warned that ...",
// "..., the agency said."), their speakers and the claims they report.
// Span edges live in reported_spans.cc; documents, "according to" and colon
// labels in reported_documents.cc.
#include <algorithm>
#include <cstddef>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "ingest-service/extract/claim_finder.h"
#include "ingest-service/extract/lexicon/figure_context_words.h"
#include "ingest-service/extract/lexicon/speech_words.h"
#include "ingest-service/extract/mentions.h"

namespace factwire {
namespace claims_internal {
namespace {

// The latest of `claims` (up to kMaxClaimLookback back) whose cue opens at token
// `c`, or null.
ClaimDraft* LastClaimOfCue(std::vector<ClaimDraft>* claims, int c) {
  int steps = 0;
  for (auto it = claims->rbegin(); it != claims->rend() && ++steps <= kMaxClaimLookback; ++it) {
    if (it->cue_token == c) return &*it;
  }
  return nullptr;
}

// True if a quotation mark lies among `tokens` [from, to).
bool HasQuoteMark(const std::vector<Token>& tokens, int from, int to) {
  for (int k = from; k < to; ++k) {
    if (tokens[k].kind == TokenKind::kQuote) return true;
  }
  return false;
}

// Up to this many words between a document's issuing participle and the cue
// ("filed in federal court on Thursday").
constexpr int kMaxIssuedAsideWords = 8;  // "on Monday by the regional civil protection service"

// True for a lowercase document noun that speaks as its subject: a written
// piece, an issued paper or a court paper ("report", "memo", "statement",
// "lawsuit").
bool IsSpeakingDocumentAt(const std::vector<Token>& tokens, absl::string_view text, int k) {
  if (tokens[k].kind != TokenKind::kWord || tokens[k].upper) return false;
  const absl::string_view w = TokenText(text, tokens[k]);
  return lexicon::IsWrittenPieceNoun(w) || lexicon::IsIssuedNoun(w) ||
         lexicon::IsFiledPieceNoun(w);
}

// "A court document filed Thursday says ...", "The report released Monday
// said ...": `tokens` [start, c) read as determiners, up to two modifiers, a
// document noun (IsSpeakingDocumentAt), an issuing participle
// (lexicon::IsIssuingParticiple) and up to kMaxIssuedAsideWords words or
// numbers, no cue, relative or punctuation among them, before cue `c`: the
// document's phrase [start, noun + 1) speaks, unnamed, or the body that made it
// when "by" and lowercase words ending in a kind of organisation close the run
// ("by the civil protection service"); else nothing.
Speaker DocumentBeforeIssuingParticiple(const std::vector<Token>& tokens, absl::string_view text,
                                        int start, int c) {
  if (start < 0 || c - start < 3 || c - start > kMaxDocumentPhraseTokens + kMaxIssuedAsideWords)
    return Speaker{};
  int noun = start;
  while (noun < c && (tokens[noun].classes & kDeterminer) != 0) ++noun;
  const int modifiers_end = noun + 2;
  while (noun < c && noun < modifiers_end && tokens[noun].kind == TokenKind::kWord &&
         !IsSpeakingDocumentAt(tokens, text, noun)) {
    ++noun;
  }
  const int participle = noun + 1;
  if (participle >= c || !IsSpeakingDocumentAt(tokens, text, noun) ||
      tokens[participle].kind != TokenKind::kWord || tokens[participle].upper ||
      !lexicon::IsIssuingParticiple(TokenText(text, tokens[participle]))) {
    return Speaker{};
  }
  if (c - participle - 1 > kMaxIssuedAsideWords) return Speaker{};
  int maker = -1;  // the first word after "by" when only lowercase words follow
  bool named_maker = false;  // a capitalised word after "by"
  for (int j = participle + 1; j < c; ++j) {
    const Token& t = tokens[j];
    if ((t.kind != TokenKind::kWord && t.kind != TokenKind::kNumber) || t.cue != 0 ||
        (t.classes & kRelative) != 0) {
      return Speaker{};
    }
    if (TokenText(text, t) == "by") {
      maker = j + 1;
    } else if (t.upper || t.kind == TokenKind::kNumber) {
      named_maker = named_maker || (maker >= 0 && t.upper);
      maker = -1;
    }
  }
  // ("A poll released Sunday by The Washington Post and ABC News shows": a
  // named maker is read by the name readers; not a holder, "obtained by the
  // Nordlys newspaper".)
  if (named_maker && lexicon::IsMakingParticiple(TokenText(text, tokens[participle]))) {
    return Speaker{};
  }
  Speaker sp;
  sp.first = start;
  sp.last = noun + 1;
  sp.anonymous = true;
  // ("... released on Monday by the regional civil protection service said":
  // the unnamed body that made it speaks.)
  if (maker >= 0 && maker < c && (tokens[c - 1].classes & kOrgKind) != 0) {
    sp.first = maker;
    sp.last = c;
  }
  return sp;
}

// True when `tokens` [first, name) are a title set before a name between
// commas: an owner's or an article's phrase ("the company's chief executive",
// "its spokeswoman") of at most kMaxNominalAsideTokens words in lowercase but
// an owner's name, its head a title or speaking noun, closed by the comma at
// name - 1 (", said the company's chief executive, John Ferriola.").
bool TitleAppositiveBefore(const std::vector<Token>& tokens, int first, int name) {
  const int head = name - 2;
  if (head <= first || head - first > kMaxNominalAsideTokens || !IsPunct(tokens[name - 1], ',')) {
    return false;
  }
  const Token& opener = tokens[first];
  const Token& h = tokens[head];
  if (opener.kind != TokenKind::kWord || opener.upper || (opener.classes & kDeterminer) == 0 ||
      h.kind != TokenKind::kWord || h.upper ||
      (h.classes & (kTitle | kTitleHead | kSpeakerNoun)) == 0) {
    return false;
  }
  for (int k = first + 1; k < head; ++k) {
    const Token& t = tokens[k];
    if (!(t.kind == TokenKind::kWord || t.possessive) || (t.cue != 0 && !t.upper)) return false;
  }
  return true;
}

}  // namespace

bool ClaimFinder::IsRelativeSpeaker(const Speaker& sp) const {
  return sp.found() && sp.last == sp.first + 1 &&
         (Word(sp.first) == "who" || Word(sp.first) == "which");
}

bool ClaimFinder::InsideEarlierClaim(int c, const Sentence& s,
                                     const ClaimDraft** outer) const {
  int steps = 0;
  for (auto it = claims_.rbegin(); it != claims_.rend() && ++steps <= kMaxClaimLookback;
       ++it) {
    if (it->cue_token < s.first || it->cue_token >= c) continue;
    if (it->begin <= t_[c].begin && t_[c].end <= it->end) {
      if (outer != nullptr) *outer = &*it;
      return true;
    }
  }
  return false;
}

bool ClaimFinder::CoordinatedCue(int c, const Sentence& s) const {
  int j = c - 1;
  while (j > s.first && t_[j].kind == TokenKind::kWord && !t_[j].upper &&
         ((t_[j].classes & kFiller) != 0 ||
          (absl::EndsWith(Word(j), "ly") && Word(j).size() > 4))) {
    --j;
  }
  if (j <= s.first + 1 || t_[j].kind != TokenKind::kWord || t_[j].upper) return false;
  const absl::string_view w = Word(j);
  return w == "and" || w == "but";
}

bool ClaimFinder::NotSpeech(int c, const Sentence& s) const {
  const absl::string_view w = Word(c);
  // "Parents are being urged to check", "He was told to leave": the subject
  // heard it. ("X was asked about Y" stays: the answer follows.)
  if (c > s.first && (t_[c].cue & kCueObject) != 0 && PassiveCue(c)) return true;
  // "When Ortiz was asked about the poll, she said ...": a question put to the
  // subject of a fronted subordinate clause sets the scene; the answer reports.
  if (c > s.first + 1 && absl::StartsWith(w, "ask") && lexicon::IsPassiveAuxiliary(Word(c - 1)) &&
      t_[s.first].kind == TokenKind::kWord &&
      lexicon::IsSubordinator(absl::AsciiStrToLower(Word(s.first)))) {
    return true;
  }
  // "The deadline has been pushed back three times", "The firm had been cited by
  // inspectors": the subject of a passive report verb is what was reported; only
  // a that-clause after it reports ("It was reported on Monday that ...").
  // (Cheap first: no participle cue, a word of at most five letters before it,
  // the auxiliary or the adverb after one, then a past form.)
  if (c > s.first && (t_[c].cue & kCueParticiple) == 0 && t_[c - 1].kind == TokenKind::kWord &&
      (t_[c - 1].end - t_[c - 1].begin <= 5 || (t_[c - 1].classes & kFiller) != 0 ||
       absl::EndsWith(Word(c - 1), "ly")) &&
      lexicon::IsPastParticipleCue(w) && PassiveCue(c)) {
    for (int j = c + 1; j < s.last && j <= c + kMaxDirectGapWords + 2 && IsWord(t_[j]); ++j) {
      if (Word(j) == "that") return false;
    }
    return true;
  }
  // "who asked not to be named", "requested not to be identified": a request for
  // anonymity says nothing.
  if (c + 3 < s.last && Word(c + 1) == "not" && Word(c + 2) == "to" && Word(c + 3) == "be" &&
      (w == "asked" || w == "requested" || w == "asking" || w == "requesting")) {
    return true;
  }
  // "Chile recalled its ambassador to Peru": the envoy is withdrawn, not quoted.
  if (absl::StartsWith(w, "recall") && c + 1 < s.last) {
    const int k = (t_[c + 1].classes & kDeterminer) != 0 && c + 2 < s.last ? c + 2 : c + 1;
    if (lexicon::IsEnvoyNoun(Word(k))) return true;
  }
  // "reckoned with the defeat": faced it, said nothing.
  if (c + 1 < s.last && Word(c + 1) == "with" && lexicon::IsWithObjectCue(w)) return true;
  if (absl::StartsWith(w, "expect")) {
    // "expects fuel costs to stay high", "expects that ..." report a view;
    // "expects to hire" (a plan) and "expects a slowdown" (no clause) do not.
    if (c + 1 >= s.last || Word(c + 1) == "to") return true;
    if (Word(c + 1) == "that" || ForecastAmountAfter(c, s)) return false;
    for (int j = c + 2; j < s.last && j <= c + 7 && IsWord(t_[j]); ++j) {
      if (Word(j) == "to") return false;
    }
    return true;
  }
  if (!absl::StartsWith(w, "call") || c + 1 >= s.last) return false;
  // "called for a review", "called on the mayor to resign", "called “a disgrace”".
  const absl::string_view next = Word(c + 1);
  const bool quote_next = t_[c + 1].kind == TokenKind::kQuote;
  // "called into the show", "called her to get together": a telephone call.
  if (next == "into" ||
      (c + 2 < s.last && Word(c + 2) == "to" && (t_[c + 1].classes & kOtherPronoun) == 0 &&
       (lexicon::IsPersonObjectPronoun(next) || next == "her"))) {
    return true;
  }
  // "a firm called Cambridge Analytica", "a website called “Cape Breton If ...”",
  // "a competition called the House to Home Prize": a noun after "a" is named,
  // no one speaks.
  const bool name_next =
      t_[c + 1].upper || (quote_next && c + 2 < s.last && t_[c + 2].upper) ||
      (next == "the" && c + 2 < s.last && t_[c + 2].upper);
  if (c >= 2 && !t_[c - 1].upper && IsWord(t_[c - 1]) &&
      (t_[c - 1].classes & (kPersonPronoun | kOtherPronoun | kFiller | kRelative)) == 0 &&
      name_next) {
    for (int d = c - 2; d >= s.first && d >= c - 4; --d) {
      const absl::string_view det = Word(d);
      if (det == "a" || det == "an" || det == "A" || det == "An") return true;
      if (!IsWord(t_[d]) || t_[d].upper) break;
    }
  }
  if (lexicon::IsCallForParticle(next) || quote_next) return false;
  if (lexicon::IsCallOffParticle(next)) return true;  // "called off the search", "called in sick"
  // "called the plan a disaster" / "called it reckless" / "called the plan weak"
  // name something; "called her mother on Sunday" phones someone.
  int words = 0;
  const absl::string_view object = Word(c + 1);
  const bool pronoun_object = lexicon::IsObjectPronoun(object);
  for (int j = c + 1; j < s.last; ++j) {
    const Token& t = t_[j];
    if (t.kind == TokenKind::kQuote) return false;
    if (!IsWord(t)) break;
    const absl::string_view x = Word(j);
    // "called on X to resign", "called out Trump for ...", "called himself a ...".
    if (x == "to" || x == "for" || x == "out" || absl::EndsWith(x, "self") ||
        absl::EndsWith(x, "selves")) {
      return false;
    }
    if ((t.classes & kAffiliationPrep) != 0 || lexicon::IsCallObjectEnd(x)) break;
    if (++words >= 3 || (pronoun_object && words == 2)) return false;
    if (j > c + 1 && lexicon::IsObjectDeterminer(x)) {
      return false;  // "called the plan a disaster", "called her son her hero"
    }
    if (j > c + 1 && !t.upper &&
        (absl::EndsWith(x, "less") || absl::EndsWith(x, "ous") ||
         absl::EndsWith(x, "ible") || absl::EndsWith(x, "able") ||
         absl::EndsWith(x, "ive") || absl::EndsWith(x, "ful") || absl::EndsWith(x, "ic") ||
         absl::EndsWith(x, "ent") || absl::EndsWith(x, "ant") || absl::EndsWith(x, "al"))) {
      return false;
    }
  }
  return true;
}

bool ClaimFinder::ForecastAmountAfter(int c, const Sentence& s) const {
  constexpr int kMaxLeadWords = 2;  // "revenue of", "about"
  for (int j = c + 1; j < s.last && j <= c + kMaxLeadWords + 1; ++j) {
    if (IsPunct(t_[j], '$') || (IsCountWord(j) && !IsYearNumber(j))) return true;
    if (t_[j].kind != TokenKind::kWord || t_[j].upper) return false;
  }
  return false;
}

Speaker ClaimFinder::SettledSpeaker(Speaker sp, int c, const Sentence& s,
                                    bool participle) const {
  // "Trump issued a statement saying ...": the issuer speaks.
  if (participle && sp.found() && sp.anonymous && sp.first > s.first &&
      (Word(sp.first - 1) == "a" || Word(sp.first - 1) == "an")) {
    if (Speaker subject = speakers_.Subject(s, sp.first); subject.found()) sp = subject;
  }
  // "Figures from the Transport Ministry show ...": the document's maker.
  if (!participle) {
    if (Speaker maker = SubjectDocumentMaker(c, s); maker.found()) sp = maker;
  }
  // (Cheap first: only an unnamed phrase may have a plural owner, only a
  // pronoun opening the sentence an earlier subject.)
  if (sp.anonymous && !sp.pronoun) {
    sp = WithCollective(WithPluralOwner(WithNounCueModifiers(sp, s), s), s);
  }
  if (sp.pronoun && sp.first == s.first) sp = ItForEarlierSubject(sp, s);
  sp = DocumentOwner(sp);
  // ("Tolland Water expects customers to report leaks": what an organisation
  // requires of people is no view of it.)
  if (sp.entity >= 0 && lexicon::IsForecastCue(Word(c)) && IsDocumentSpeaker(sp) &&
      ExpectsOfPeople(c, s, /*body=*/true)) {
    return Speaker{};
  }
  // ("The new bridge links the island to the mainland": a thing ties nothing
  // as a claim.)
  if (lexicon::IsLinkCue(Word(c)) && !LinkingSpeaker(sp, c)) return Speaker{};
  if ((t_[c].cue & kCueDocument) == 0) return sp;
  if (Speaker they = TheyForResearchers(sp, c, s); they.found()) return they;
  // ("..., the court found.": a judging body closing the sentence finds as a
  // document does; not "The jury found him guilty".)
  const bool judged = sp.found() && sp.first > s.first && IsPunct(t_[sp.first - 1], ',') &&
                      JudgingSpeaker(sp) &&
                      AtSentenceEnd(AfterSayingAdverbs(c + 1, s), s, /*circumstance_ends=*/true);
  if (!(sp.found() && (IsDocumentSpeaker(sp) || ResearchersFound(sp, c, s) ||
                       PublicBodyFound(sp, c, s) || judged ||
                       // ("A study published in The Lancet found": the study.)
                       (FinderFound(sp, c, s) && !DocumentSubject(s, sp.first).found())))) {
    sp = DocumentSubject(s, c);  // "A study published in The Lancet found ..."
  }
  return sp;
}

bool ClaimFinder::WithinRelativeClause(const Speaker& sp, int c, const Sentence& s,
                                       std::pair<int, int>* content) const {
  // "The changes, which officials said will start in May, will not apply to
  // ...": a cue inside a relative clause between commas reports up to the
  // clause's closing comma when the main clause's verb follows it.
  // ("Orchard, which reported $41.2 billion in revenue, said ...", "X, a
  // professor who has written about Y, said ...": the relative pronoun is the
  // speaker, and a bare phrase as the clause's object reports nothing.)
  const bool pronoun_speaker = IsRelativeSpeaker(sp);
  int relative = pronoun_speaker ? sp.first : sp.first - 1;  // (an article may open it)
  if (!pronoun_speaker && relative > s.first && (t_[relative].classes & kDeterminer) != 0 &&
      !t_[relative].upper)
    --relative;
  if (relative <= s.first || content->first <= c ||
      !(pronoun_speaker || IsPunct(t_[relative - 1], ',')) ||
      !(Word(relative) == "which" || Word(relative) == "who" || Word(relative) == "whom")) {
    return true;
  }
  const int e = ClauseEnd(content->first, s.last);
  // (A cue may be the main verb after a pronoun speaker: "..., said".)
  const bool main_verb = ClauseVerbAt(e + 1, s.last) ||
                         (pronoun_speaker && e + 1 < s.last && IsCue(e + 1, kCueReport));
  if (e >= content->second || !IsPunct(t_[e], ',') || !main_verb) return true;
  content->second = e;
  return !(pronoun_speaker && !lexicon::IsRefusalCue(Word(c)) &&
           BareNounPhrase(content->first, e));
}

void ClaimFinder::EndBeforeJoinedSpeakers(size_t first) {
  for (size_t b = first + 1; b < claims_.size(); ++b) {
    const Speaker& sp = claims_[b].speaker;
    // (The speaker opens a clause: ", and hotels ...".)
    if (!sp.found() || sp.first < 3 || claims_[b].cue_token <= sp.first ||
        !IsPunct(t_[sp.first - 2], ',') || t_[sp.first - 1].kind != TokenKind::kWord ||
        t_[sp.first - 1].upper || !lexicon::IsClauseLink(Word(sp.first - 1))) {
      continue;
    }
    const int opens = t_[sp.first].begin;
    for (size_t a = first; a < b; ++a) {
      ClaimDraft& claim = claims_[a];
      if (claim.text.empty() && claim.begin < opens && opens < claim.end) {
        claim.end = t_[sp.first - 3].end;
      }
    }
  }
}

void ClaimFinder::Reported(const Sentence& s) {
  const size_t first_claim = claims_.size();
  ColonHeadline(s);
  InDocument(s);
  SaidThingFrom(s);
  bool earlier_cue = false;
  int main_start = -1;  // MainClauseStart(s), computed when first needed
  const auto main_clause = [&] {
    if (main_start < 0) main_start = speakers_.MainClauseStart(s, s.last);
    return main_start;
  };
  for (int c = s.first; c < s.last; ++c) {
    if (!IsCue(c, kCueReport | kCueDocument) || NotSpeech(c, s)) continue;
    const bool participle = (t_[c].cue & kCueParticiple) != 0;
    // "pointed out that ...": the particle belongs to the cue, not the words.
    const int cue_last = (t_[c].cue & kCuePhrase) != 0 ? c + 1 : c;
    // (Also "acknowledging X but warning that Y": a participle joined to the
    // earlier cue, with an object: not "an awkward but promising transition".)
    const bool joined = c > s.first && (Word(c - 1) == "and" || Word(c - 1) == "but") &&
                        OpensObject(c + 1);
    if (participle && earlier_cue && !cue_used_[c] && c > s.first &&
        (IsPunct(t_[c - 1], ',') || joined)) {
      // "..., McCain said, citing low growth": the earlier speaker goes on; when
      // the earlier cue made no claim ("responded by pointing a finger, saying"),
      // the sentence subject.
      Speaker sp = EarlierSpeaker(s.first, c);
      if (!sp.found()) sp = speakers_.Subject(s, c);
      if (!sp.found()) {
        sp = CommonNounSubject(std::max(main_clause(), AfterDateline(s.first)), c, s);
      }
      const std::pair<int, int> content = ContentAfter(c, cue_last + 1, s);
      if (sp.found() && WordsIn(content.first, content.second) >= 2) {
        Emit(v1::CLAIM_KIND_INDIRECT_QUOTE, content, c, cue_last, sp);
      }
      continue;
    }
    if (participle && c > s.first && Word(c - 1) == "by") continue;  // "by echoing"
    if (!participle && ValuedByAgent(c, s)) continue;
    // "The firm, told by regulators to cut prices, will appeal ...": a passive
    // participle's aside after its noun attributes nothing.
    if (!participle && PassiveAside(c, s)) continue;
    // "Citing “…,” the spokeswoman told POLITICO that Gore plans ...": a cue the
    // quote before it took still reports the clause it opens.
    // So does "Asked whether “…,” 75 percent said yes": an answer.
    const bool reports_on =
        cue_used_[c] && !participle && c > s.first &&
        (OpensClause(AfterListener(c, s)) ||
         (c + 1 < s.last && OneWordAnswer({c + 1, c + 2}, s))) &&
        IsAttributionOfEarlierQuote(c);
    if ((cue_used_[c] && !reports_on) || (participle && earlier_cue)) {
      earlier_cue = true;
      // "An ambassador's job, he said, should be to “…”", "Back then, Ms. Ripert
      // said, she found Ms. Sherry ''very quiet''": the words before an
      // attribution between commas whose cue the quote after it took are the
      // speaker's too: one claim with a subject whose verb the mixed quote opens
      // (its text the two joined, as EmitAroundAttribution), else a claim of
      // their own.
      ClaimDraft* quote = cue_used_[c] && !participle ? LastClaimOfCue(&claims_, c) : nullptr;
      if (quote == nullptr || quote->begin <= t_[c].begin || !quote->speaker.found()) continue;
      const Speaker sp = quote->speaker;
      const int cue_last = (t_[c].cue & kCuePhrase) != 0 ? c + 1 : c;
      if (sp.last != c && sp.first != cue_last + 1) continue;
      int group_first = TitleAsideBefore(std::min(sp.first, c), s);
      if (group_first > s.first + 1 && !t_[group_first - 1].upper &&
          lexicon::IsNounDeterminer(Word(group_first - 1)) && IsPunct(t_[group_first - 2], ',')) {
        --group_first;
      }
      const int group_last = std::max(sp.last - 1, cue_last);
      if (group_first <= s.first + 1 || !IsPunct(t_[group_first - 1], ',') ||
          group_last + 1 >= s.last || !WordsBeforeAttribution(group_first, s) ||
          HasQuoteMark(t_, s.first, group_first)) {
        continue;
      }
      // (A clause or a subject, not when or where it was said: "In a statement
      // Thursday, Ms. Lee said, “…”", "Asked about it, he replied, “…”", "Six
      // months ago, she wrote, “…”".)
      const bool subject = WordsIn(s.first, group_first - 1) >= 2 &&
                           !absl::EndsWith(Word(s.first), "ing") &&
                           !lexicon::IsPointInTimeWord(Word(group_first - 2)) &&
                           SubjectBeforeAttribution(s.first, group_first - 1);
      if (!subject && !FrontedClaimBefore(group_first, s)) continue;
      const int close = IsPunct(t_[group_last + 1], ',') ? group_last + 1
                                                          : SayingEndComma(group_last + 1, c, s);
      if (close < 0 || close + 1 >= s.last || quote->begin < t_[close].begin) continue;
      if (subject && quote->kind == v1::CLAIM_KIND_MIXED_QUOTE && quote->text.empty() &&
          ClauseVerbAt(close + 1, s.last)) {
        const int rest_begin = t_[close + 1].begin;
        const int subject_begin = t_[s.first].begin;
        quote->text = absl::StrCat(
            m_.text.substr(subject_begin, t_[group_first - 2].end - subject_begin), " ",
            m_.text.substr(rest_begin, quote->end - rest_begin));
        quote->begin = subject_begin;
        continue;
      }
      Emit(v1::CLAIM_KIND_INDIRECT_QUOTE, {s.first, group_first - 1}, c, cue_last, sp);
      continue;
    }
    earlier_cue = true;
    if ((t_[c].cue & kCueAccording) != 0) {
      According(c, s);
      continue;
    }
    // "..., who already pay more, said Rolant Hansen, chair of the island
    // council.": a name (or a title: "said an official") right after a cue
    // that follows a comma speaks when it (with an appositive or a relative
    // aside) closes the sentence, not a phrase before the cue.
    bool inverted = false;
    Speaker sp;
    if (!participle && c > s.first + 1 && IsPunct(t_[c - 1], ',') &&
        (t_[c].cue & kCueObject) == 0) {
      // (Also after the name's title: "..., said the company's chief
      // executive, John Ferriola.")
      if (Speaker right = speakers_.Right(c, s.last);
          right.found() &&
          (right.first <= c + 2 || TitleAppositiveBefore(t_, c + 1, right.first)) &&
          ((right.entity >= 0 && t_[right.first].upper) ||
           ((t_[right.first].classes & kDeterminer) != 0 &&
            (t_[right.last - 1].classes & (kSpeakerNoun | kTitle | kTitleHead)) != 0)) &&
          !FollowedByVerb(right, s.last) &&
          !PronounOpensContent(c, right) &&
          (AtSentenceEnd(right.last, s) || AppositiveToEnd(right.last, s) ||
           RelativeAsideToEnd(right.last, s))) {
        sp = right;
        inverted = true;
      }
    }
    if (!sp.found() && !participle) {
      const int clause = std::max(main_clause(), AfterDateline(s.first));
      sp = DocumentBeforeIssuingParticiple(t_, m_.text, clause, c);
    }
    if (!sp.found() && !participle) sp = ContactClauseSubject(c, s);
    if (!sp.found()) sp = SourceWithModifier(c, s.first);
    if (!sp.found() && !participle) sp = SubjectBeforeAside(c, s);
    // (Before a name inside the clause: "Businesses that rely on tourists say".)
    if (!sp.found() && !participle) sp = SubjectBeforeRelative(c, s, /*that_only=*/true);
    if (!sp.found() && !participle && c >= s.first + 3) {
      sp = IndefiniteDescribedSubject(c, main_clause(), s);
      if (!sp.found()) sp = PluralDescribedSubject(c, main_clause(), s);
      // (", and a senior diplomat from another country said": the clause a
      // join opens.)
      if (!sp.found()) sp = DescribedSubjectAfterJoin(c, JoinedClauseStart(c, s), s);
    }
    if (!sp.found()) sp = PhraseHoldingPlace(speakers_.Left(c, s.first), c, s);
    if (!sp.found() && !participle) sp = speakers_.OpeningNounPhrase(s, c);
    if (!sp.found() && !participle) sp = SubjectBeforeRelative(c, s, /*that_only=*/false);
    // "The mayor toured the site and said ...": the subject of the verb the cue
    // is coordinated with speaks.
    // (Not when the cue lies inside the clause an earlier cue reported: "said the
    // agency was reviewing it and would announce ..." joins the clause's verbs.)
    if (!sp.found() && !participle && CoordinatedCue(c, s) && !InsideEarlierClaim(c, s)) {
      sp = speakers_.Subject(s, c);
    }
    // "X struck a measured tone, saying ...": the subject speaks; so does it
    // after an object with an aside ("Fiorina criticised Donald Trump, the
    // front-runner, saying ...": Fiorina, not Trump).
    if (participle && c > s.first && IsPunct(t_[c - 1], ',')) {
      // (The clause starts after a dateline: "PARIS, Aug 31 (Reuters) - ...".)
      const int clause = std::max(main_clause(), AfterDateline(s.first));
      if (!sp.found()) {
        sp = speakers_.Subject(s, c);
        // ("The regulator ordered a recall, saying ...": a body's common noun.)
        if (!sp.found()) sp = CommonNounSubject(clause, c, s);
        sp = NamedFromPhrase(sp);
      } else if (sp.first > clause + 1) {
        const Speaker subject = speakers_.Subject(s, c);
        // (Not a bare phrase for a named speaker: "France's far-right party leader,
        // Marine Le Pen, voiced support ..., saying".)
        if (subject.found() && subject.first >= clause && subject.first < sp.first &&
            !(subject.anonymous && !sp.anonymous)) {
          sp = subject;
        }
      }
    }
    // "He resigned while insisting that ...", "... after saying in a debate that
    // he ...": a participle after a subordinator is the clause subject's when it
    // reports a clause (not "while saying goodbye", "after announcing her run").
    bool after_subordinator = false;
    if (!sp.found() && participle && c > s.first + 1 && t_[c - 1].kind == TokenKind::kWord &&
        !t_[c - 1].upper && lexicon::IsSubordinator(Word(c - 1))) {
      sp = speakers_.Subject(s, c);
      after_subordinator = sp.found();
    }
    // "..., people close to Clinton say.": the phrase after the comma speaks.
    if (!participle &&
        AtSentenceEnd(AfterSayingAdverbs(AfterListener(c, s), s), s, /*circumstance_ends=*/true)) {
      if (Speaker np = PhraseAfterComma(c, s); np.found()) sp = WithoutTrailingFillers(np);
    }
    // "..., the central bank has said, which officials say ...": so does a
    // phrase between commas before a relative clause.
    const bool relative_after = RelativeAfterAttribution(c, s);
    if (!sp.found() && !participle && relative_after) {
      sp = WithoutTrailingFillers(PhraseAfterComma(c, s));
    }
    // ("The planning department reported a surge in applications": a speaking
    // noun right before the cue is its subject, not a phrase after it.)
    if (!sp.found() && !participle && c > s.first && SpeakingNounAt(c - 1)) {
      sp = PlainSubject(c, s);
    }
    // (After a listener cue the name is the listener: "the dockers' union told
    // members to ...".)
    // (Not so between commas before the claim's verb: "A fresh lockdown, warned
    // the minister, would ruin ...".)
    if (!sp.found() && !participle &&
        ((t_[c].cue & kCueObject) == 0 || InvertedBetweenCommas(c, s))) {
      sp = speakers_.Right(c, s.last);
      // "said they were ...": a subject followed by its verb starts the content;
      // so does a pronoun right after the cue, whatever stands later ("said it
      // backed the lawsuit" has no speaker "the lawsuit").
      if (sp.found() && (FollowedByVerb(sp, s.last) || PronounOpensContent(c, sp))) {
        sp = Speaker{};
      }
      inverted = sp.found();
    }
    // "Consumer group Which? said ...": a name ending in a question mark ended
    // the sentence before the cue; that name speaks.
    if (!sp.found() && !participle) sp = NameEndingInMark(c, s);
    if (!sp.found() && !participle) sp = PlainSubject(c, s);
    if (!sp.found() && !participle) sp = JoinedPlainSubject(c, s);
    if (!sp.found() && !participle) sp = SubjectBeforeAppositive(c, s);
    if (!sp.found() && !participle) sp = RelativeClauseIt(c, s);
    if (!sp.found() && !participle) sp = HeadlineBody(c, s);
    sp = SettledSpeaker(sp, c, s, participle);
    if (!sp.found()) continue;
    // "Its chief, Dr X, said staff would be asked to cover ...": a cue inside the
    // words an earlier cue reported takes no speaker from before that cue's own
    // speaker. (Not when a relative pronoun spoke first: "Humphrey, who calls him
    // “X,” said".)
    if (const ClaimDraft* outer = nullptr;
        InsideEarlierClaim(c, s, &outer) && outer->speaker.found() &&
        sp.last <= outer->speaker.first && !IsRelativeSpeaker(outer->speaker)) {
      continue;
    }
    int group_first = TitleAsideBefore(std::min(sp.first, c), s);
    // "..., the agency said, ...": the speaker's article belongs to the group.
    if (group_first > s.first + 1 && !t_[group_first - 1].upper &&
        lexicon::IsNounDeterminer(Word(group_first - 1)) && IsPunct(t_[group_first - 2], ',')) {
      --group_first;
    }
    // ("..., said a senior official at the ministry, who asked not to be
    // named.": the employer belongs to the speaker.)
    if (inverted) sp.last = AffiliationBeforeRelativeAside(sp.last, s);
    const int group_last = std::max(sp.last - 1, cue_last);
    const bool after_comma = group_first > s.first && IsPunct(t_[group_first - 1], ',');
    std::pair<int, int> content;
    if (after_comma && group_first > s.first + 1 &&
        // (A clause before the attribution, not an adverbial: "In those years,
        // Ms. Ripert said, when she ..., a boss ..." goes on after it.)
        (AtSentenceEnd(
             AfterSayingAdverbs(group_last == c ? AfterListener(c, s) : group_last + 1, s), s,
             /*circumstance_ends=*/FrontedClaimBefore(group_first, s)) ||
         // (An appositive, not a verb: "..., warned the minister, would ruin ...".)
         (inverted && AppositiveToEnd(group_last + 1, s) &&
          !ClauseVerbAt(group_last + 2, s.last)) ||
         // (Or a relative clause on the speaker: "..., said an aide, who asked not
         // to be named.")
         (inverted && RelativeAsideToEnd(group_last + 1, s)))) {
      // ("The harbour master, Lena Voss, replied.": the words are the
      // speaker's title; not "..., his top aide, Tad Devine, told ...",
      // whose title is the group's.)
      if (group_first == sp.first && TitleBeforeSpeaker(sp, c)) continue;
      content = {s.first, group_first - 1};
      AfterSemicolon(group_last + 1, c, sp, s);
      ReasonAfter(group_last + 1, c, sp, s);
    } else if (after_comma && group_last + 1 < s.last &&
               IsPunct(t_[group_last + 1], ',')) {
      // "Back then, Ms. Ripert said, she found ...": words on both sides.
      // (Not when an earlier cue of the sentence reported those words: "X said
      // that ... no different, he said, from ...".)
      const bool before = WordsBeforeAttribution(group_first, s);
      // "A fresh lockdown, she warned, would ruin ...": a subject before the
      // attribution and its verb after it are one claim.
      if (before && EmitAroundAttribution(group_first, group_last + 1, c, cue_last, sp, s)) {
        continue;
      }
      if (before) {
        Emit(v1::CLAIM_KIND_INDIRECT_QUOTE, {s.first, group_first - 1}, c, cue_last, sp);
      }
      content = ContentAfter(c, group_last + 1, s);
      // "..., the bank has said, which officials say added to costs": a relative
      // clause with a cue of its own is that cue's claim.
      if (before && relative_after) continue;
      // "..., the study found, with most of the rest released as ...": a phrase
      // that only qualifies the words before is no claim of its own.
      if (before && OpensQualifyingPhrase(content.first)) continue;
    } else if (const int close = after_comma ? SayingEndComma(group_last + 1, c, s) : -1;
               close >= 0 && WordsBeforeAttribution(group_first, s) &&
               EmitAroundAttribution(group_first, close, c, cue_last, sp, s)) {
      // ("The plant, the company said on Monday, will close ...": when and to
      // whom it was said close the attribution.)
      continue;
    } else {
      content = ContentAfter(c, inverted ? sp.last : cue_last + 1, s);
    }
    // "While the president has said he opposes X, his administration ...": a cue
    // inside an opening subordinate clause reports only up to that clause's end.
    if (const int clause = main_clause(); clause > c + 1 && clause - 1 > content.first &&
                                          clause - 1 < content.second) {
      content.second = clause - 1;
    }
    if (!WithinRelativeClause(sp, c, s, &content)) continue;
    // "said yes while 48 percent disagreed": the answer is all the speaker said.
    if (content.second - content.first > 1 && t_[content.first].kind == TokenKind::kWord &&
        !t_[content.first].upper && lexicon::IsAnswerWord(Word(content.first)) &&
        (IsPunct(t_[content.first + 1], ',') ||
         lexicon::IsConjunction(Word(content.first + 1)))) {
      content.second = content.first + 1;
    }
    // "the 3.5 million its backers had forecast, according to a review": a cue
    // whose words would be only an attribution has no object here (not "reported
    // that, according to an analysis, 85 of ...": words follow the phrase).
    if (OnlyAccordingPhrase(content, c)) continue;
    // "pushed back against the charge": the phrasal cue's object, not speech.
    if (cue_last > c && content.first == cue_last + 1 && content.first < s.last &&
        lexicon::IsPhrasalObjectPreposition(Word(content.first))) {
      continue;
    }
    // "Trump proposed barring all foreign Muslims", "Obama touted the law's
    // accomplishments": a cue that reports only a clause names no claim with a
    // bare noun phrase after it.
    // ("Omar understands the risks of the merger": what is grasped, even with
    // a cue word or past form in it; "she understands how hard it is": a
    // pronoun's grasp is a thought, an outlet's "understands" its reporting.)
    // (Nor a preposition's object right after it: "complained of chest pains",
    // "complained bitterly about the deal".)
    if (content.first > c && lexicon::IsClauseOnlyCue(Word(c)) &&
        (BareNounPhrase(content.first, content.second) ||
         (content.first == c + 1 && PrepositionAfterAdverbs(c + 1, content.second)) ||
         (lexicon::IsGraspCue(Word(c)) &&
          (sp.pronoun || ObjectOnly(content.first, content.second) ||
           lexicon::IsQuestionWord(Word(content.first)))))) {
      continue;
    }
    // "Owner Charged With Fraud", "had charged 90 people": a cue that reports
    // only a that-clause reports nothing else after it.
    // ("The tribunal ruled the company may operate ...": a court's or a
    // judging body's clause subject and verb report as "that" does; not "The
    // king ruled the country had ...".)
    if (content.first > c && lexicon::IsThatOnlyCue(Word(c)) &&
        !(content.first > c + 1 && Word(content.first - 1) == "that") &&
        !(content.first == c + 1 && JudgingSpeaker(sp) && ClauseSubjectAt(content.first, s))) {
      continue;
    }
    if (after_subordinator && !(content.first > c + 1 && Word(content.first - 1) == "that") &&
        !OpensClause(content.first)) {
      continue;
    }
    // "..., who declined to comment, was born ...": a refusal ends with its clause.
    const bool refusal = lexicon::IsRefusalCue(Word(c));
    if (refusal) content.second = std::min(content.second, ClauseEnd(content.first, s.last));
    const int words = WordsIn(content.first, content.second);
    if ((words < 2 && !(words == 1 && OneWordAnswer(content, s))) || IntroducesQuote(s) ||
        (CreditLine(content) && !refusal)) {
      continue;
    }
    // "Clinton Calls ISIS Violence ‘Genocide’": a headline's scare quotes make
    // no mixed quote.
    const bool headline_cue = t_[c].upper && c != s.first;
    Emit(v1::CLAIM_KIND_INDIRECT_QUOTE, content, c, cue_last, sp, /*may_mix=*/!headline_cue);
  }
  if (claims_.size() > first_claim + 1) EndBeforeJoinedSpeakers(first_claim);
}

bool ClaimFinder::JudgingSpeaker(const Speaker& sp) const {
  if (!sp.found()) return false;
  auto judging = [this](int k) {
    const Token& t = t_[k];
    if (t.kind != TokenKind::kWord) return false;
    return t.upper ? lexicon::IsJudgingNoun(absl::AsciiStrToLower(Word(k)))
                   : lexicon::IsJudgingNoun(Word(k));
  };
  // ("Judge Farah Qureshi": the title before the name.)
  const int from = sp.first > 0 && t_[sp.first - 1].upper ? sp.first - 1 : sp.first;
  for (int k = from; k < sp.last; ++k) {
    if (judging(k)) return true;
  }
  for (int k = sp.name_first; k >= 0 && k < sp.name_last; ++k) {
    if (judging(k)) return true;
  }
  return false;
}

Speaker ClaimFinder::PlainSubject(int c, const Sentence& s) const {
  // ("The council's finance department estimates that ...": another report
  // verb wants a body or speaking noun right before it.)
  if (t_[c].upper || c == s.first ||
      !(lexicon::IsSayVerb(Word(c)) || SpeakingNounAt(c - 1))) {
    return Speaker{};
  }
  return PlainSubjectFrom(speakers_.MainClauseStart(s, c), c, /*bare_plural=*/false);
}

Speaker ClaimFinder::JoinedPlainSubject(int c, const Sentence& s) const {
  const int joined = JoinedClauseStart(c, s);
  // ("..., but few guesthouses said anything": a denying count names no one.)
  if (joined < 0 || t_[c].upper || !lexicon::IsSayVerb(Word(c)) ||
      lexicon::IsNegativeQuantifier(Word(joined))) {
    return Speaker{};
  }
  return PlainSubjectFrom(joined, c, /*bare_plural=*/true);
}

Speaker ClaimFinder::PhraseHoldingPlace(Speaker sp, int c, const Sentence& s) const {
  if (!sp.found() || sp.anonymous || sp.entity < 0 || sp.first < 2 || t_[c].upper) return sp;
  int place = sp.first;
  // ("in Göreme and Uçhisar": the first of two places joined by "and".)
  if (Word(place - 1) == "and") {
    const int before = mentions_.MentionEndingAt(place - 2);
    if (before >= 0 && mentions_.mentions()[before].first >= 1) {
      place = mentions_.mentions()[before].first;
    }
  }
  const Token& p = t_[place - 1];
  if (p.kind != TokenKind::kWord || p.upper || !lexicon::IsPlacingPreposition(Word(place - 1))) {
    return sp;
  }
  // (A body is no place: "Audit files from NGP VAN show".)
  const int m = mentions_.MentionStartingAt(place);
  if (m < 0) return sp;
  const Mention& name = mentions_.mentions()[m];
  if (name.kind != MentionKind::kPlace &&
      (mentions_.entities()[sp.entity].type == v1::SOURCE_TYPE_ORGANIZATION ||
       speakers_.StandsAsPerson(name))) {
    return sp;
  }
  const int joined = JoinedClauseStart(c, s);
  const Speaker phrase =
      PlainSubjectFrom(joined >= 0 ? joined : speakers_.MainClauseStart(s, c), c,
                       /*bare_plural=*/true);
  return phrase.found() && phrase.anonymous && phrase.first < place - 1 ? phrase : sp;
}

Speaker ClaimFinder::PlainSubjectFrom(int start, int c, bool bare_plural) const {
  if (c - start < 2 || c - start > kMaxPlainSubjectTokens) return Speaker{};
  const Token& first = t_[start];
  // ("..., but hotels on the island said": a plural noun opens the phrase.)
  const bool plural = bare_plural && first.kind == TokenKind::kWord && !first.upper &&
                      first.cue == 0 && (first.classes & kNotSubjectWord) == 0 &&
                      !lexicon::IsAuxiliary(Word(start)) && Word(start).size() > 3 &&
                      absl::EndsWith(Word(start), "s");
  if (!(first.upper || first.kind == TokenKind::kNumber || plural ||
        (first.classes & (kDeterminer | kNumberWord)) != 0) ||
      lexicon::IsNonSubjectOpener(Word(start)) ||
      lexicon::IsSubordinator(absl::AsciiStrToLower(Word(start)))) {
    return Speaker{};
  }
  for (int k = start; k < c; ++k) {
    const Token& t = t_[k];
    // ("The farmers' union said": a plural's apostrophe owns the next word.)
    if (m_.quote_depth[k] != 0 || !(IsWord(t) || t.possessive || speakers_.IsPossessiveMark(k))) {
      return Speaker{};
    }
    if (t.kind != TokenKind::kWord || t.upper || t.possessive || k == start) continue;
    const absl::string_view w = Word(k);
    // A verb or a clause inside ("The plan he backed", "Reading the report"):
    // no noun phrase; nor a second determiner without a preposition before it
    // ("The way the vote went").
    // ("Let me just say", "Stewart wouldn't say": an object pronoun or a
    // contracted auxiliary makes a clause too.)
    // (A cue word that reads as a noun stays: "the flood forecast centre".)
    // (A participle right before the speaking noun is its adjective: "The
    // ruling party said".)
    const bool modifier = k == c - 2 && SpeakingNounAt(c - 1);
    // (So does a cue word right after the determiner, modifying the head: "The
    // state weather bureau warned".)
    const bool noun_cue = k + 1 < c && (t_[k - 1].classes & kDeterminer) != 0;
    if ((t.cue != 0 && !NounOrQuantityCue(k) && !noun_cue &&
         !(modifier && (t.cue & kCueParticiple) != 0)) ||
        (t.classes & (kPersonPronoun | kOtherPronoun | kRelative)) != 0 ||
        lexicon::IsAuxiliary(w) || lexicon::IsSubordinator(w) || w == "that" ||
        lexicon::IsObjectPronoun(w) || absl::StrContains(w, "'") ||
        absl::StrContains(w, "\xE2\x80\x99") ||
        (w.size() > 4 && absl::EndsWith(w, "ing") && !modifier) ||
        (absl::EndsWith(w, "ed") && k + 1 < c) ||
        ((t.classes & kDeterminer) != 0 && !lexicon::IsNounPhraseLink(Word(k - 1)))) {
      return Speaker{};
    }
  }
  Speaker sp;
  sp.first = start;
  sp.last = c;
  sp.anonymous = true;
  // ("State initially said": the adverb is the saying's.)
  while (sp.last - 1 > start && !t_[sp.last - 1].upper && Word(sp.last - 1).size() > 4 &&
         absl::EndsWith(Word(sp.last - 1), "ly")) {
    --sp.last;
  }
  if (const int m = mentions_.MentionStartingAt(start); m >= 0) {
    const Mention& mention = mentions_.mentions()[m];
    // "Halvorsen Marine itself": the name is the phrase's head.
    if (mention.last + 1 >= sp.last && mention.entity >= 0) {
      sp.entity = mention.entity;
      sp.anonymous = false;
    }
  }
  return sp;
}

Speaker ClaimFinder::RelativeClauseIt(int c, const Sentence& s) const {
  const int it = c - 1;
  if (it - 1 <= s.first || Word(it) != "it" || Word(it - 1) != "which") return Speaker{};
  // The subject of the clause "which" follows ("Ofgem fined Tolland Water ...,
  // which it said was a record"), else the organisation or definite body named
  // nearest before "which" ("..., the agency's methods, which it said ...").
  Speaker sp = OpeningSubjectBody(s, it - 1);
  for (int k = it - 2; !sp.found() && k >= s.first; --k) sp = BodyEndingAt(k, s);
  if (!sp.found()) sp.entity = mentions_.LatestOrganization(it);
  // (No organisation named at all: "Complaints rose 40%, which it said ...".)
  if (sp.entity < 0 && sp.name_first < 0) return Speaker{};
  sp.first = it;
  sp.last = c;
  sp.pronoun = true;
  return sp;
}

Speaker ClaimFinder::BodyEndingAt(int k, const Sentence& s) const {
  Speaker sp;
  if (const int m = mentions_.MentionEndingAt(k); m >= 0) {
    const int entity = mentions_.mentions()[m].entity;
    if (entity >= 0 && mentions_.entities()[entity].type == v1::SOURCE_TYPE_ORGANIZATION) {
      sp.entity = entity;
      sp.first = mentions_.mentions()[m].first;
      sp.last = k + 1;
      return sp;
    }
  }
  if (const int det = DefiniteBodyEndingAt(k, s); det >= 0) {
    sp.anonymous = true;
    sp.first = sp.name_first = det;
    sp.last = sp.name_last = k + 1;
  }
  return sp;
}

Speaker ClaimFinder::OpeningSubjectBody(const Sentence& s, int hi) const {
  // The name or the body's head may end up to kMaxOwnedVenueWords + 1 words in.
  for (int k = s.first; k < hi && k - s.first <= kMaxOwnedVenueWords + 1; ++k) {
    if (!IsWord(t_[k])) return Speaker{};
    const Speaker body = BodyEndingAt(k, s);
    if (!body.found() || body.first > s.first + 1) continue;
    if (body.first == s.first + 1 && !lexicon::IsArticle(Word(s.first))) continue;
    // (A name owning a "'s" opens no subject: "Zesco's grid failed".)
    if (k + 1 < hi && !t_[k + 1].possessive && SubjectVerbAt(AfterSubjectAside(k + 1, hi), hi)) {
      return body;
    }
  }
  return Speaker{};
}

int ClaimFinder::AfterSubjectAside(int k, int hi) const {
  if (k < hi && IsPunct(t_[k], ',')) {
    int j = k + 1;
    while (j < hi && j - k <= kMaxSubjectAsideTokens && !IsPunct(t_[j], ',') &&
           (IsWord(t_[j]) || t_[j].possessive)) {
      ++j;
    }
    if (j < hi && j > k + 1 && IsPunct(t_[j], ',')) k = j + 1;
  }
  // ("on Monday", "last week", "yesterday": when, then the verb; a preposition
  // may open the time, a noun may not: "Glencore Plc shares yesterday fell".)
  if (k + 1 < hi && t_[k].kind == TokenKind::kWord && !t_[k].upper &&
      lexicon::IsDatePreposition(Word(k)) && (t_[k + 1].classes & kTimeWord) != 0) {
    ++k;
  }
  while (k < hi && t_[k].kind == TokenKind::kWord && (t_[k].classes & kTimeWord) != 0) ++k;
  return k;
}

bool ClaimFinder::SubjectVerbAt(int k, int hi) const {
  // ("also bought", "quickly said": an adverb may stand before the verb.)
  if (k + 1 < hi && IsWord(t_[k]) && !t_[k].upper && (t_[k].classes & kAdverbial) != 0) ++k;
  if (k >= hi || t_[k].kind != TokenKind::kWord || t_[k].upper) return false;
  const absl::string_view w = Word(k);
  if (ClauseVerbAt(k, hi) || t_[k].cue != 0 || lexicon::IsIrregularPast(w)) return true;
  // "sells its stake", "plans a sale": a present in -s before its object.
  return w.size() > 3 && absl::EndsWith(w, "s") && !absl::EndsWith(w, "ss") && k + 1 < hi &&
         IsWord(t_[k + 1]) && (t_[k + 1].classes & (kDeterminer | kPersonPronoun)) != 0;
}

int ClaimFinder::DefiniteBodyEndingAt(int k, const Sentence& s) const {
  if (t_[k].kind != TokenKind::kWord || t_[k].upper) return -1;
  for (int det = k - 1; det >= s.first && k - det <= 4; --det) {
    if (Word(det) != "the" && Word(det) != "The") continue;
    Speaker body;
    body.first = det;
    body.last = k + 1;
    body.anonymous = true;
    return DefiniteBodyHead(body) == k ? det : -1;
  }
  return -1;
}

Speaker ClaimFinder::WithPluralOwner(Speaker sp, const Sentence& s) const {
  if (!sp.found() || !sp.anonymous || sp.pronoun || sp.entity >= 0 || sp.name_first >= 0 ||
      sp.first - 2 < s.first || !speakers_.IsPossessiveMark(sp.first - 1)) {
    return sp;
  }
  sp.first -= 2;
  if (sp.first > s.first && t_[sp.first - 1].kind == TokenKind::kWord &&
      lexicon::IsArticle(Word(sp.first - 1))) {
    --sp.first;
  }
  return sp;
}

Speaker ClaimFinder::DescribedSubjectAfterJoin(int c, int joined, const Sentence& s) const {
  if (joined < 0) return Speaker{};
  const Speaker sp = IndefiniteDescribedSubject(c, joined, s);
  if (!sp.found()) return sp;
  int p = sp.first + 1;
  while (p < c && !(IsWord(t_[p]) && lexicon::IsPlacingPreposition(Word(p)))) ++p;
  // (A noun that speaks before the place: not "a neighbor came in and told".)
  return p < c && SpeakingNounAt(p - 1) ? sp : Speaker{};
}

int ClaimFinder::JoinedClauseStart(int c, const Sentence& s) const {
  for (int k = c - 1; k > s.first && c - k <= kMaxClauseCueOffset + 2; --k) {
    if (!IsPunct(t_[k - 1], ',')) continue;
    if (t_[k].kind == TokenKind::kWord && !t_[k].upper && lexicon::IsClauseLink(Word(k))) {
      return k + 1;
    }
  }
  return -1;
}

bool ClaimFinder::PronounOpensContent(int c, const Speaker& sp) const {
  // (Not an owner's "his", "her", "its": "said her husband, Miguel Ortiz".)
  const Token& t = t_[c + 1];
  return sp.first > c + 1 && t.kind == TokenKind::kWord &&
         (t.classes & (kPersonPronoun | kOtherPronoun)) != 0 && (t.classes & kDeterminer) == 0;
}

Speaker ClaimFinder::WithNounCueModifiers(Speaker sp, const Sentence& s) const {
  if (!sp.found() || sp.entity >= 0 || sp.name_first >= 0 || sp.first - 1 <= s.first ||
      t_[sp.first - 1].cue == 0 || !NounOrQuantityCue(sp.first - 1)) {
    return sp;
  }
  int k = sp.first - 1;
  while (k - 1 >= s.first && k - 1 > sp.first - kMaxLabelLeadWords && IsModifierWord(k - 1)) --k;
  if (k - 1 >= s.first && lexicon::IsArticle(Word(k - 1))) --k;
  sp.first = k;
  return sp;
}

Speaker ClaimFinder::WithCollective(Speaker sp, const Sentence& s) const {
  if (!sp.found() || !sp.anonymous || sp.pronoun || sp.entity >= 0 || sp.name_first >= 0 ||
      sp.first - 3 < s.first || Word(sp.first - 1) != "of") {
    return sp;
  }
  const int head = sp.first - 2;
  const Token& h = t_[head];
  if (h.kind != TokenKind::kWord || h.upper || (h.classes & kOrgKindGroup) == 0 ||
      !lexicon::IsArticle(Word(head - 1))) {
    return sp;
  }
  sp.first = head - 1;
  return sp;
}

bool ClaimFinder::PrepositionAfterAdverbs(int k, int hi) const {
  while (k < hi && IsWord(t_[k]) && !t_[k].upper && Word(k).size() > 4 &&
         absl::EndsWith(Word(k), "ly")) {
    ++k;
  }
  return k < hi && t_[k].kind == TokenKind::kWord && !t_[k].upper &&
         lexicon::IsPhrasalObjectPreposition(Word(k));
}

Speaker ClaimFinder::ItForEarlierSubject(Speaker sp, const Sentence& s) const {
  if (!sp.pronoun || sp.first != s.first || sp.last != sp.first + 1 || Word(sp.first) != "It") {
    return sp;
  }
  const int own = m_.sentence_of_token[s.first];
  if (own == 0 || m_.sentences[own - 1].paragraph != s.paragraph) return sp;
  const Sentence& prev = m_.sentences[own - 1];
  // (Its subject, the name its verb follows: not "Glencore Plc shares fell".)
  if (const Speaker subject = OpeningSubjectBody(prev, prev.last); subject.entity >= 0) {
    sp.entity = subject.entity;
  }
  return sp;
}

bool ClaimFinder::OpeningAgentNoun(int k) const {
  const Token& t = t_[k];
  if (t.kind != TokenKind::kWord || !t.upper || t.all_caps) return false;
  // (The endings are lowercase and shorter than the shortest agent noun, so the
  // capital need not be lowered for them; things so named are no doers:
  // "Numbers in the report show".)
  return speakers_.HasAgentEnding(t) &&
         !lexicon::IsThingInAgentForm(absl::AsciiStrToLower(Word(k)));
}

bool ClaimFinder::SpeakingNounAt(int k) const {
  const Token& t = t_[k];
  return BodyNounAt(k) ||
         (t.kind == TokenKind::kWord && !t.upper &&
          ((t.classes & (kSpeakerNoun | kTitle | kTitleHead)) != 0 || speakers_.IsAgentNoun(k) ||
           lexicon::IsBenchMember(Word(k))));
}

Speaker ClaimFinder::ContactClauseSubject(int c, const Sentence& s) const {
  // The subject runs from `b` to the cue, after ", in a <noun>".
  for (int b = c - 1; b >= c - kMaxContactSubjectWords && b - 4 >= s.first; --b) {
    const Token& t = t_[b];
    if (t.kind != TokenKind::kWord || t.cue != 0 ||
        (t.classes & (kPersonPronoun | kOtherPronoun | kRelative | kDeterminer)) != 0) {
      return Speaker{};
    }
    const Token& noun = t_[b - 1];
    if (noun.kind != TokenKind::kWord || noun.upper || noun.cue != 0 ||
        (noun.classes & kDeterminer) != 0 || !IsPunct(t_[b - 4], ',') ||
        Word(b - 3) != "in" || (Word(b - 2) != "a" && Word(b - 2) != "an")) {
      continue;
    }
    Speaker sp;
    sp.first = b;
    sp.last = c;
    sp.anonymous = true;
    if (const int m = mentions_.MentionStartingAt(b); m >= 0 &&
        mentions_.mentions()[m].last + 1 >= c && mentions_.mentions()[m].entity >= 0) {
      sp.entity = mentions_.mentions()[m].entity;
      sp.anonymous = false;
    }
    return sp;
  }
  return Speaker{};
}

Speaker ClaimFinder::NameEndingInMark(int c, const Sentence& s) const {
  if (c < 2 || t_[c].upper || !IsPunct(t_[c - 1], '?') ||
      t_[c - 2].kind != TokenKind::kWord || !t_[c - 2].upper ||
      t_[c - 1].begin != t_[c - 2].end || t_[c - 1].paragraph != t_[c].paragraph) {
    return Speaker{};
  }
  const Sentence& before = m_.sentences[m_.sentence_of_token[c - 1]];
  return speakers_.Left(c - 1, std::min(before.first, s.first));
}

int ClaimFinder::ModifiedSourceEnd(int k, const Sentence& s) const {
  if (k >= s.last || !IsWord(t_[k]) || t_[k].upper) return k;
  // ("two people with knowledge of the talks": the modifier after "with".)
  const int modifier = lexicon::IsSourceModifierTie(Word(k)) && k + 1 < s.last ? k + 1 : k;
  if (!lexicon::IsSourceModifier(Word(modifier))) return k;
  int e = k + 1;
  while (e < s.last && e - k <= kMaxSourceModifierTokens && IsWord(t_[e]) && t_[e].cue == 0)
    ++e;
  return e < s.last && (IsPunct(t_[e], ',') || IsTerminal(t_[e])) ? e : k;
}

Speaker ClaimFinder::SourceWithModifier(int c, int lo) const {
  for (int j = c - 2; j > lo && c - j <= kMaxSourceModifierTokens; --j) {
    const Token& t = t_[j];
    if (!IsWord(t) || t.cue != 0) return Speaker{};
    // (Cheap first: the modifiers are 5 to 13 letters.)
    if (t.upper || t.end - t.begin < 5 || t.end - t.begin > 13 ||
        !lexicon::IsSourceModifier(Word(j))) {
      continue;
    }
    const int tie = ModifierTieBefore(j, lo);
    Speaker head = speakers_.Left(tie, lo);
    if (!head.found() || head.last != tie || head.pronoun) return Speaker{};
    head.last = c;
    return head;
  }
  return Speaker{};
}

int ClaimFinder::ModifierTieBefore(int j, int lo) const {
  int k = j - 1;
  // ("people with direct knowledge of": one plain word between.)
  if (k - 1 > lo && IsWord(t_[k]) && !t_[k].upper && t_[k].cue == 0 &&
      !lexicon::IsSourceModifierTie(Word(k))) {
    --k;
  }
  return k > lo && IsWord(t_[k]) && !t_[k].upper && lexicon::IsSourceModifierTie(Word(k)) ? k
                                                                                          : j;
}

int ClaimFinder::TitleAsideBefore(int k, const Sentence& s) const {
  if (k - 3 <= s.first || !IsPunct(t_[k - 1], ',')) return k;
  const int head = k - 2;
  const Token& h = t_[head];
  if (h.kind != TokenKind::kWord || h.upper ||
      ((h.classes & (kTitle | kTitleHead | kSpeakerNoun)) == 0 && !speakers_.IsAgentNoun(head))) {
    return k;
  }
  for (int p = head - 1; p > s.first && head - p <= kMaxNominalAsideTokens; --p) {
    const Token& t = t_[p];
    if (IsPunct(t, ',')) {
      // The aside opens with its owner or article: "his top aide", "a spokesman".
      return (t_[p + 1].classes & kDeterminer) != 0 ? p + 1 : k;
    }
    if (t.kind != TokenKind::kWord || t.upper || t.cue != 0) return k;
  }
  return k;
}

bool ClaimFinder::RelativeThatAt(int r, const Sentence& s) const {
  if (Word(r) != "that" || r == s.first || r + 1 >= s.last) return false;
  // (Not after a question word: "Here's how that gutsy call was ...".)
  if (lexicon::IsQuestionWord(Word(r - 1))) return false;
  // After a noun ("Charities that run ..."), before a verb or a subject's word:
  // not "said that", "so much that", "the fact that".
  const Token& noun = t_[r - 1];
  if (noun.kind != TokenKind::kWord || noun.cue != 0 ||
      (noun.classes & (kDeterminer | kAffiliationPrep | kPersonPronoun | kOtherPronoun |
                       kFiller | kTimeWord | kAdverbial)) != 0 ||
      lexicon::IsThatNoun(Word(r - 1))) {
    return false;
  }
  return IsWord(t_[r + 1]) && !t_[r + 1].upper;
}

Speaker ClaimFinder::SubjectBeforeRelative(int c, const Sentence& s, bool that_only) const {
  if (that_only && !IsWord(t_[c - 1])) return Speaker{};
  for (int r = c - 2; r > s.first && c - r <= kMaxRelativeClauseWords; --r) {
    const Token& t = t_[r];
    if (!IsWord(t)) return Speaker{};
    if (t.upper) continue;
    // (Cheap first: "who" is a relative word, "that" four letters.)
    const bool who = !that_only && (t.classes & kRelative) != 0 && Word(r) == "who";
    if (!who && !(t.end - t.begin == 4 && IsWord(t_[c - 1]) && RelativeThatAt(r, s))) continue;
    // "a system that's been criticized", "any guest who is asked to ...": a
    // passive cue inside the clause reports nothing of the subject's.
    if (lexicon::IsPassiveAuxiliary(Word(c - 1))) return Speaker{};
    Speaker sp = speakers_.Left(r, s.first);
    if (!sp.found()) sp = speakers_.OpeningNounPhrase(s, r);
    const int start = speakers_.MainClauseStart(s, r);
    // "Local businesses that ...", "But charities that ...": a short plain noun
    // phrase opening the clause (after a conjunction).
    if (!sp.found() && r - start <= kMaxNominalAsideTokens + 1) {
      const bool join = r > start + 2 && t_[start].upper &&
                        lexicon::IsClauseJoin(absl::AsciiStrToLower(Word(start)));
      sp = HeadNounPhrase(join ? start + 1 : start, r);
    }
    // "A senior official at the ministry who asked ... said": the phrase the
    // clause describes, not a name inside its prepositional phrase.
    if (sp.found() && sp.first > start + 1 && who) {
      if (Speaker head = HeadNounPhrase(start, r); head.found()) sp = head;
    }
    // The subject opens the clause, after one adverb at most ("Even").
    if (!sp.found() || sp.first > start + 1) return Speaker{};
    return sp;
  }
  return Speaker{};
}

bool ClaimFinder::IsNounPhraseBreak(int k) const {
  const Token& t = t_[k];
  if (t.kind != TokenKind::kWord) return true;
  const absl::string_view w = Word(k);
  return IsParticiple(k) || (t.classes & kAffiliationPrep) != 0 ||
         lexicon::IsObjectPreposition(w) || (!t.upper && lexicon::IsIrregularParticiple(w));
}

bool ClaimFinder::OpensNounAside(int k, const Sentence& s) const {
  const Token& t = t_[k];
  if (t.kind != TokenKind::kWord || t.upper) return false;
  const absl::string_view w = Word(k);
  return w == "who" || w == "which" || w == "whose" || IsParticiple(k) ||
         lexicon::IsIrregularParticiple(w) || lexicon::IsMannerParticiple(w) ||
         (k + 1 < s.last && Word(k + 1) == "by" && t.cue == 0);
}

Speaker ClaimFinder::SubjectBeforeAside(int c, const Sentence& s) const {
  if (c < s.first + 4 || !IsPunct(t_[c - 1], ',')) return Speaker{};
  int a = c - 2;  // the aside's opening comma
  while (a > s.first && IsWord(t_[a])) --a;
  // (A relative or manner aside may run long: "who asked not to be named
  // because she was not cleared to speak to reporters".)
  const bool long_aside = a + 1 < c - 1 && (Word(a + 1) == "who" || Word(a + 1) == "whose" ||
                                            lexicon::IsMannerParticiple(Word(a + 1)));
  if (a <= s.first || !IsPunct(t_[a], ',') || a + 1 >= c - 1 ||
      WordsIn(a + 1, c - 1) > (long_aside ? kMaxLongAsideWords : kMaxRelativeClauseWords) ||
      !OpensNounAside(a + 1, s)) {
    return Speaker{};
  }
  // The phrase opens the main clause, or follows a fronted claim's comma (a
  // clause with a verb: not the name of "Jo Hale, 58, who ...", "X, director of
  // Y, which ...").
  const int main_start = speakers_.MainClauseStart(s, a);
  int start = a - 1;
  while (start > s.first && IsWord(t_[start - 1])) --start;
  // ("..., and a senior diplomat from another country, speaking ..., said":
  // the link opens the phrase's clause.)
  const int opener = start;
  if (start > main_start && start + 1 < a && !t_[start].upper &&
      lexicon::IsClauseLink(Word(start))) {
    ++start;
  }
  if (start > main_start) {
    if (!IsPunct(t_[opener - 1], ',') || WordsIn(main_start, opener - 1) < kMinFrontedClaimWords)
      return Speaker{};
    bool verb = false;
    for (int k = main_start; k < opener - 1 && !verb; ++k) verb = ClauseVerbAt(k, opener - 1);
    if (!verb) return Speaker{};
  }
  start = std::max(start, main_start);
  // "A broker who manages flats in Leeds, speaking ...,": the phrase a relative
  // clause describes ends before it.
  for (int r = start + 1; r < a; ++r) {
    if (t_[r].kind == TokenKind::kWord && (Word(r) == "who" || Word(r) == "whose")) {
      a = r;
      break;
    }
  }
  return MakerInAside(HeadNounPhrase(start, a), a, c - 1, s);
}

Speaker ClaimFinder::SubjectBeforeAppositive(int c, const Sentence& s) const {
  if (c < s.first + 4 || !IsPunct(t_[c - 1], ',') || t_[c].upper) return Speaker{};
  int a = c - 2;  // the appositive's opening comma
  for (; a > s.first && IsWord(t_[a]); --a) {
    if (c - a > kMaxLongAsideWords + 2) return Speaker{};
  }
  if (a <= s.first + 1 || !IsPunct(t_[a], ',') || a + 1 >= c - 1) return Speaker{};
  const Token& open = t_[a + 1];
  if (!(open.upper || open.kind == TokenKind::kNumber ||
        lexicon::IsNounDeterminer(Word(a + 1)) || lexicon::IsArticle(Word(a + 1)))) {
    return Speaker{};
  }
  // (A verb before any "who" makes a clause: "X, the council said, will ...".)
  for (int k = a + 1; k < c - 1; ++k) {
    if (Word(k) == "who" || Word(k) == "whose") break;
    if (t_[k].cue != 0 || ClauseVerbAt(k, c - 1)) return Speaker{};
  }
  const int start = speakers_.MainClauseStart(s, a);
  if (start >= a || a - start > kMaxPlainSubjectTokens) return Speaker{};
  const Speaker before = speakers_.Left(a, start);
  if (before.found() && before.first == start && !before.anonymous) return before;
  // ("The largest shareholder, Pemberton Capital,": the name the phrase describes.)
  if (const Speaker named = speakers_.Left(c - 1, a + 1);
      named.found() && !named.anonymous && named.first == a + 1) {
    return named;
  }
  return before.found() && before.first == start ? before : Speaker{};
}

bool ClaimFinder::OnlyAccordingPhrase(std::pair<int, int> content, int c) const {
  if (content.first <= c || content.first >= content.second ||
      (t_[content.first].cue & kCueAccording) == 0) {
    return false;
  }
  for (int k = content.first + 1; k < content.second; ++k) {
    if (IsPunct(t_[k], ',')) return false;
  }
  return true;
}

Speaker ClaimFinder::MakerInAside(Speaker sp, int a, int close, const Sentence& s) const {
  const int by = a + 2;
  if (!sp.found() || !sp.anonymous || sp.entity >= 0 || by + 1 >= close ||
      !IsDocumentNoun(sp.last - 1) || Word(by) != "by" ||
      !lexicon::IsMakingParticiple(Word(a + 1))) {
    return sp;
  }
  // (A named maker: "compiled by the Statistics Bureau"; the name opens the
  // phrase after "by" or "by the", never a place ending it: "released by
  // police in Texas".)
  const int named = NameEndingPhrase(by + 1, s);
  const int opens = lexicon::IsDefiniteArticle(Word(by + 1)) ? by + 2 : by + 1;
  if (named >= 0) {
    const Mention& nm = mentions_.mentions()[named];
    if (nm.first == opens && nm.last == close && nm.entity >= 0 &&
        mentions_.entities()[nm.entity].type == v1::SOURCE_TYPE_ORGANIZATION) {
      sp.first = nm.first;
      sp.last = close;
      sp.entity = nm.entity;
      sp.anonymous = false;
      return sp;
    }
  }
  const Speaker maker = MakerAfterBy(by, s);
  return maker.found() && maker.last == close && BodyNounAt(MakerHead(maker)) ? maker : sp;
}

Speaker ClaimFinder::CommonNounSubject(int start, int c, const Sentence& s) const {
  const int phrase = CountedPhraseStart(start, c);
  if (start + 3 >= c || t_[start].kind != TokenKind::kWord ||
      (phrase < 0 && (!lexicon::IsArticle(Word(start)) ||
                      lexicon::IsIndefiniteOpener(Word(start))))) {
    return Speaker{};
  }
  const int from = phrase < 0 ? start + 1 : phrase;
  int v = from;
  // (A cue word read as a noun stays: "The state weather service"; so do an
  // owner's "'s" and a count: "the court's seven justices".)
  while (v < c && v - from <= 3 && t_[v].kind == TokenKind::kWord && !t_[v].upper &&
         (IsCountWord(v) || (!IsCue(v, kCueQuote | kCueReport) && !IsNounPhraseBreak(v))) &&
         (t_[v].possessive || (v + 1 < c && t_[v + 1].possessive) ||
          !(v + 1 < c && OpensObject(v + 1)))) {
    ++v;
  }
  // The verb after the phrase takes an object ("ordered a recall", "kept its
  // warning", "accepted all nine") or, in the past, none before the comma
  // ("Two judges dissented, arguing"); the phrase's head is a body or someone
  // who speaks ("regulator", "ministry", "spokesman"; not "The first taste").
  // (Only when the participle reports a clause: "abstained, citing a
  // conflict of interest" gives a reason.)
  const bool intransitive = v + 2 == c && IsPunct(t_[v + 1], ',') &&
                            lexicon::IsStanceVerb(Word(v)) && ReportsClauseAfter(c, s);
  if (v == from || v + 1 >= c || t_[v].kind != TokenKind::kWord || t_[v].upper ||
      (t_[v].cue != 0 && !OrderWithoutThat(v)) || (t_[v].classes & kAffiliationPrep) != 0 ||
      !(OpensObject(v + 1) || intransitive) || !SpeakingNounAt(v - 1)) {
    return Speaker{};
  }
  Speaker sp;
  sp.first = start;
  sp.last = v;
  sp.anonymous = true;
  return sp;
}

bool ClaimFinder::ReportsClauseAfter(int c, const Sentence& s) const {
  const int from = (t_[c].cue & kCuePhrase) != 0 ? c + 2 : c + 1;
  return from < s.last && !BareNounPhrase(from, ClauseEnd(from, s.last));
}

int ClaimFinder::CountedPhraseStart(int start, int c) const {
  if (start + 1 >= c || !IsCountWord(start) || lexicon::IsIndefiniteOpener(Word(start))) {
    return -1;
  }
  // "Two of the court's seven justices": the group after "of the".
  if (start + 3 < c && Word(start + 1) == "of" && lexicon::IsDefiniteArticle(Word(start + 2))) {
    return start + 3;
  }
  return start + 1;
}

bool ClaimFinder::IsCountWord(int k) const {
  const Token& t = t_[k];
  return t.kind == TokenKind::kNumber ||
         (t.kind == TokenKind::kWord && (t.classes & kNumberWord) != 0);
}

Speaker ClaimFinder::PlainPhraseSpeaker(int first, int from, int c) const {
  for (int k = from; k < c; ++k) {
    if (!IsWord(t_[k]) || IsCue(k, kCueQuote | kCueReport) || ClauseVerbAt(k, c) ||
        (t_[k].classes & (kPersonPronoun | kOtherPronoun | kRelative)) != 0) {
      return Speaker{};
    }
  }
  Speaker sp;
  sp.first = first;
  sp.last = c;
  sp.anonymous = true;
  return sp;
}

Speaker ClaimFinder::IndefiniteDescribedSubject(int c, int clause, const Sentence& s) const {
  int start = std::max(clause, AfterDateline(s.first));
  // ("Yesterday a nurse from Galway warned ...": one time word before it.)
  if (start + 1 < c && (t_[start].classes & kTimeWord) != 0) ++start;
  if (start + 3 >= c || !lexicon::IsIndefiniteOpener(Word(start))) return Speaker{};
  int p = start + 1;
  // (Modifiers and the head only: not "A survey by the organization in March".)
  while (p < c && p - start <= 4 && t_[p].kind == TokenKind::kWord && !t_[p].upper &&
         !lexicon::IsPlacingPreposition(Word(p)) && !IsNounPhraseBreak(p) &&
         !lexicon::IsNounDeterminer(Word(p))) {
    ++p;
  }
  if (p == start + 1 || p >= c - 1 || t_[p].upper || !lexicon::IsPlacingPreposition(Word(p)) ||
      c - p - 1 > kMaxSourceModifierTokens) {
    return Speaker{};
  }
  // (The head is a noun: "One steward at", not "One day in".)
  if ((t_[p - 1].classes & (kTimeWord | kNumberWord)) != 0) return Speaker{};
  return PlainPhraseSpeaker(start, start + 1, c);
}

Speaker ClaimFinder::NamedFromPhrase(Speaker sp) const {
  if (!sp.found() || !sp.anonymous || sp.pronoun || sp.entity >= 0) return sp;
  const int m = mentions_.MentionStartingAt(sp.first);
  if (m < 0) return sp;
  const Mention& mention = mentions_.mentions()[m];
  if (mention.entity < 0 || mention.last < sp.last) return sp;
  sp.entity = mention.entity;
  sp.anonymous = false;
  sp.last = mention.last;
  return sp;
}

Speaker ClaimFinder::PluralDescribedSubject(int c, int clause, const Sentence& s) const {
  int start = std::max(clause, AfterDateline(s.first));
  // ("But protest organizers in Cleveland say": the join opens the clause.)
  if (start + 1 < c && t_[start].upper &&
      lexicon::IsClauseJoin(absl::AsciiStrToLower(Word(start)))) {
    ++start;
  }
  if (start + 2 >= c) return Speaker{};
  int p = start;  // the head noun, after up to three modifiers
  while (p < c && p - start < 4 && t_[p].kind == TokenKind::kWord &&
         (!t_[p].upper || p == start) && !IsNounPhraseBreak(p) &&
         !lexicon::IsGroupPreposition(Word(p)) && (t_[p].classes & kDeterminer) == 0) {
    ++p;
  }
  const int head = p - 1;
  if (head < start || p >= c - 1 || t_[p].upper || !lexicon::IsGroupPreposition(Word(p)) ||
      c - p - 1 > kMaxSourceModifierTokens || !absl::EndsWith(Word(head), "s") ||
      !((t_[head].classes & kSpeakerNoun) != 0 ||
        (lexicon::IsVenuePreposition(Word(p)) &&
         ((speakers_.IsAgentNoun(head) && !lexicon::IsThingInAgentForm(Word(head))) ||
          (head == start && OpeningAgentNoun(head)))))) {
    return Speaker{};
  }
  // ("Experts at the University of Leeds": an organisation they speak for.)
  if (const int m = mentions_.MentionEndingAt(c - 1);
      m >= 0 && mentions_.mentions()[m].entity >= 0 &&
      mentions_.entities()[mentions_.mentions()[m].entity].type ==
          v1::SOURCE_TYPE_ORGANIZATION) {
    return Speaker{};
  }
  return PlainPhraseSpeaker(start, p + 1, c);
}

Speaker ClaimFinder::HeadNounPhrase(int start, int a) const {
  if (a <= start || a - start > kMaxPlainSubjectTokens) return Speaker{};
  for (int k = start; k < a; ++k) {
    // (A cue word after an article is a noun: "at the state forestry department".)
    const bool noun_cue = k > start && !t_[k - 1].upper && lexicon::IsNounDeterminer(Word(k - 1));
    if (ClauseVerbAt(k, a) || (t_[k].cue != 0 && !noun_cue) || IsPunct(t_[k], ',') ||
        (t_[k].classes & (kPersonPronoun | kOtherPronoun | kRelative)) != 0) {
      return Speaker{};
    }
  }
  // A name ending right before `a` speaks as named (not the object of a
  // preposition in the phrase: "A letter from the ministry to Parliament").
  int head = start;
  while (head < a && !IsNounPhraseBreak(head)) ++head;
  if (Speaker named = speakers_.Left(a, start); named.found() && named.last == a &&
      named.first <= head) {
    return named;
  }
  head = start;
  while (head < a && (t_[head].classes & kDeterminer) != 0) ++head;
  int end = head;
  // (The clause's first word is capitalised: "One nurse", "Analysts"; so is an
  // adjective of place after the article: "A Western diplomat in Lima".)
  const bool proper_adjective =
      head > start && head + 1 < a && t_[head].upper && !t_[head + 1].upper;
  while (end < a && end - head < 4 &&
         (!t_[end].upper || end == start || (end == head && proper_adjective)) &&
         !IsNounPhraseBreak(end)) {
    ++end;
  }
  if (end == head || (end < a && end - head >= 4)) return Speaker{};
  // A capitalised word after the head is a name with its title ("Professor Ada
  // Quist of Lund University, who ..."): the name finders read it, not the title.
  if (end < a && t_[end].upper && end != start) return Speaker{};
  Speaker sp;
  sp.first = start;
  sp.last = AffiliationEnd(head, end, a);
  sp.anonymous = true;
  return sp;
}

bool ClaimFinder::RelativeAsideToEnd(int k, const Sentence& s) const {
  if (k + 2 >= s.last || !IsPunct(t_[k], ',') ||
      !(Word(k + 1) == "who" || Word(k + 1) == "whose")) {
    return false;
  }
  int words = 0;
  for (int j = k + 1; j < s.last; ++j) {
    if (IsWord(t_[j])) {
      if (++words > kMaxLongAsideWords) return false;
    } else if (!IsTerminal(t_[j])) {
      return false;  // another clause or a quote: not one aside
    }
  }
  return true;
}

int ClaimFinder::AffiliationBeforeRelativeAside(int k, const Sentence& s) const {
  if (k >= s.last || t_[k].kind != TokenKind::kWord || (t_[k].classes & kAffiliationPrep) == 0)
    return k;
  int e = k + 1;
  while (e < s.last && e - k <= kMaxNominalAsideTokens && IsWord(t_[e])) ++e;
  return e > k + 1 && RelativeAsideToEnd(e, s) ? e : k;
}

int ClaimFinder::AffiliationEnd(int head, int end, int a) const {
  if (end >= a || (t_[end].classes & kAffiliationPrep) == 0) return end;
  for (int k = head; k < end; ++k) {
    // (Not a written piece's maker: "Exit polls from the New Hampshire primary".)
    if ((t_[k].classes & kSpeakerNoun) != 0 && !lexicon::IsWrittenPieceNoun(Word(k))) return a;
  }
  return end;
}

int ClaimFinder::AfterDateline(int k) const { return speakers_.AfterDateline(k); }

Speaker ClaimFinder::ReportedPronounSpeaker(const Speaker& sp) const {
  if (!sp.found() || !sp.pronoun) return sp;
  const int own = m_.sentence_of_token[sp.first];
  if (own == 0 || m_.sentences[own - 1].paragraph + 1 < m_.sentences[own].paragraph) return sp;
  const Sentence& prev = m_.sentences[own - 1];
  const Speaker r = speakers_.PronounAntecedent(sp, m_.sentences[own], prev);
  if (r.anonymous || (t_[sp.first].classes & kPersonPronoun) == 0) return r;
  // "One baker on Mill Lane, whose shop ..., said ... He said ...": the unnamed
  // source a claim of the sentence before brought in with "a"/"one", when the
  // pronoun read as no one, as a name inside that source's own phrase or as
  // someone named before that sentence.
  const ClaimDraft* said = EarlierClaim(prev.first, prev.last);
  if (said == nullptr || !said->speaker.anonymous || said->speaker.pronoun ||
      said->speaker.entity >= 0 || said->speaker.name_first >= 0 ||
      !lexicon::IsIndefiniteOpener(Word(said->speaker.first))) {
    return r;
  }
  // (Someone else keeps the pronoun: the antecedent PronounAntecedent chose, or
  // one named in the sentence before or before the pronoun.)
  const Sentence& this_one = m_.sentences[own];
  const auto named_in = [&](int first, int before) {
    return speakers_.NamedBetween(r.entity, first, before, /*as_subject=*/false);
  };
  if (r.entity >= 0 && !named_in(said->speaker.first, said->cue_token) &&
      (r.entity != sp.entity || named_in(prev.first, prev.last) ||
       named_in(this_one.first, sp.first))) {
    return r;
  }
  Speaker named = sp;
  named.entity = -1;
  named.anonymous = true;
  const auto [first, last] = DescriberCore(said->speaker.first, said->speaker.last);
  named.name_first = first >= 0 ? first : said->speaker.first;
  named.name_last = first >= 0 ? last : said->speaker.last;
  return named;
}

bool ClaimFinder::TitleBeforeSpeaker(const Speaker& sp, int c) const {
  return sp.first > 0 && sp.last < c && IsPunct(t_[sp.first - 1], ',') &&
         IsPunct(t_[sp.last], ',') && OnlyFillersBetween(sp.last, c);
}

bool ClaimFinder::WordsBeforeAttribution(int group_first, const Sentence& s) const {
  return WordsIn(s.first, group_first - 1) >= 1 && !IntroducesQuote(s) &&
         !ClaimEndsAt(s.first, group_first - 2);
}

int ClaimFinder::AfterSayingAdverbs(int k, const Sentence& s) const {
  constexpr int kMaxSayingAdverbs = 2;
  for (int n = 0; n < kMaxSayingAdverbs && k < s.last; ++n, ++k) {
    const Token& t = t_[k];
    if (t.kind != TokenKind::kWord || t.upper || !lexicon::IsSayingAdverb(Word(k))) break;
  }
  return k;
}

bool ClaimFinder::FrontedClaimBefore(int group_first, const Sentence& s) const {
  const int end = group_first - 1;
  if (WordsIn(s.first, end) < kMinFrontedClaimWords) return false;
  // ("If Clinton is elected, he said, ...": a condition is part of the claim.)
  const bool condition = lexicon::IsConditionClauseOpener(Word(s.first));
  int from = s.first;
  if (lexicon::IsClauseOpener(Word(s.first)) && !condition) {
    from = speakers_.MainClauseStart(s, s.last);
    if (from <= s.first || from >= end || WordsIn(from, end) < kMinFrontedClaimWords) return false;
  }
  // ("Holding up a copy of the bill, ...", "In May, as the talks stalled, ...":
  // a participle or a subordinate clause sets the scene.)
  const absl::string_view head = Word(from);
  if (!condition && ((head.size() > 5 && absl::EndsWith(head, "ing")) ||
                     lexicon::IsSubordinator(absl::AsciiStrToLower(head)) || head == "as")) {
    return false;
  }
  // A clause has a verb after its subject; a scene has none ("At a rally in
  // Ohio on Monday night").
  for (int k = from + 1; k < end; ++k) {
    if (SubjectVerbAt(k, end)) return true;
  }
  return false;
}

bool ClaimFinder::RelativeAfterAttribution(int c, const Sentence& s) const {
  const int comma = c + 1;
  if (comma + 2 >= s.last || !IsPunct(t_[comma], ',') || t_[comma + 1].upper ||
      (t_[comma + 1].classes & kRelative) == 0) {
    return false;
  }
  for (int k = comma + 2; k < s.last && !IsPunct(t_[k], ','); ++k) {
    if (IsCue(k, kCueReport)) return true;
  }
  return false;
}

Speaker ClaimFinder::HeadlineBody(int c, const Sentence& s) const {
  const Token& noun = t_[s.first];
  // (A headline: the text's first line, with no full stop.)
  if (s.first != 0 || c != s.first + 1 || c + 2 >= s.last || IsTerminal(t_[s.last - 1]) ||
      noun.kind != TokenKind::kWord || !noun.upper || noun.all_caps ||
      (noun.classes & kOrgKind) == 0) {
    return Speaker{};
  }
  Speaker sp;
  sp.first = s.first;
  sp.last = s.first + 1;
  sp.anonymous = true;
  // The body of that kind the article names ("the Nurses' Union", an
  // "association" called so in an appositive).
  const std::string kind = absl::AsciiStrToLower(Word(s.first));
  const std::vector<Entity>& entities = mentions_.entities();
  for (int e = 0; e < static_cast<int>(entities.size()); ++e) {
    if (entities[e].type != v1::SOURCE_TYPE_ORGANIZATION) continue;
    const std::vector<std::string>& kinds = entities[e].kinds;
    if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end()) continue;
    sp.entity = e;
    sp.anonymous = false;
    break;
  }
  return sp;
}

Speaker ClaimFinder::WithoutTrailingFillers(Speaker sp) const {
  while (sp.found() && sp.last - sp.first > 1 && t_[sp.last - 1].kind == TokenKind::kWord &&
         !t_[sp.last - 1].upper && (t_[sp.last - 1].classes & kFiller) != 0) {
    --sp.last;
  }
  return sp;
}

bool ClaimFinder::SubjectBeforeAttribution(int first, int end) const {
  return end > first && t_[first].kind == TokenKind::kWord &&
         !lexicon::IsClauseOpener(Word(first)) && BareNounPhrase(first, end);
}

bool ClaimFinder::EmitAroundAttribution(int group_first, int close, int cue_first, int cue_last,
                                        const Speaker& sp, const Sentence& s) {
  if (!SubjectBeforeAttribution(s.first, group_first - 1)) return false;
  const std::pair<int, int> rest = ContentAfter(cue_first, close, s);
  if (rest.first != close + 1 || !ClauseVerbAt(rest.first, rest.second)) return false;
  Emit(v1::CLAIM_KIND_INDIRECT_QUOTE, {s.first, rest.second}, cue_first, cue_last, sp);
  ClaimDraft& claim = claims_.back();
  const int subject_end = t_[group_first - 2].end;
  const int rest_begin = t_[rest.first].begin;
  if (claim.begin < subject_end && claim.end > rest_begin) {
    claim.text = absl::StrCat(m_.text.substr(claim.begin, subject_end - claim.begin), " ",
                              m_.text.substr(rest_begin, claim.end - rest_begin));
  }
  return true;
}

int ClaimFinder::AsideBeforeVerbEnd(int c, const Sentence& s) const {
  if (c <= s.first + 1 || !IsPunct(t_[c - 1], ',')) return -1;
  for (int e = c + 1; e < s.last && e - c <= kMaxPlainSubjectTokens; ++e) {
    if (IsPunct(t_[e], ',')) return e > c + 1 && ClauseVerbAt(e + 1, s.last) ? e : -1;
    if (t_[e].kind != TokenKind::kWord || t_[e].cue != 0) return -1;
  }
  return -1;
}

bool ClaimFinder::InvertedBetweenCommas(int c, const Sentence& s) const {
  return AsideBeforeVerbEnd(c, s) >= 0;
}

bool ClaimFinder::PassiveAside(int c, const Sentence& s) const {
  // (Not "according to", nor a cue whose particle is its own: "shot back".)
  if ((t_[c].cue & (kCueAccording | kCuePhrase)) != 0) return false;
  return c + 1 < s.last && t_[c + 1].kind == TokenKind::kWord && !t_[c + 1].upper &&
         lexicon::IsParticipleParticle(Word(c + 1)) && AsideBeforeVerbEnd(c, s) >= 0;
}

bool ClaimFinder::ValuedByAgent(int c, const Sentence& s) {
  // (After a comma only: "worth less than the $36 billion estimated by a
  // magazine" is the writer's sentence with a value credited inside it.)
  if (c == s.first || c + 2 >= s.last || t_[c].upper || Word(c + 1) != "by" ||
      !IsPunct(t_[c - 1], ',') || !lexicon::IsValuingParticiple(Word(c))) {
    return false;
  }
  Speaker sp = speakers_.Right(c + 1, s.last);
  if (!sp.found()) return false;
  for (int k = sp.first + 1; k < sp.last; ++k) {
    if (t_[k].kind == TokenKind::kNumber || lexicon::IsValueGivingPreposition(Word(k))) {
      sp.last = k;  // "by the union at about 40,000 pounds": the union
      break;
    }
  }
  // The whole sentence, its dateline aside, is what the agent put a value on.
  int end = s.last;
  while (end > s.first && (IsTerminal(t_[end - 1]) || IsPunct(t_[end - 1], ','))) --end;
  if (WordsIn(s.first, end) < 4) return false;
  // Only a phrase closing the sentence: in "The bill, estimated by the union
  // at 40,000 pounds, will fall on tenants" the rest is not the union's.
  // (A comma inside an amount, "M350,000", has no space after it.)
  for (int k = c + 2; k < end; ++k) {
    if ((IsPunct(t_[k], ',') || IsPunct(t_[k], ';')) && t_[k].end < t_[k + 1].begin) {
      return false;
    }
  }
  Emit(v1::CLAIM_KIND_ATTRIBUTED, {s.first, end}, c, c + 1, sp);
  return true;
}

int ClaimFinder::SayingEndComma(int k, int cue, const Sentence& s) const {
  if ((t_[cue].cue & kCueObject) != 0 && k == cue + 1) k = AfterListener(cue, s);
  for (int words = 0; k < s.last && words <= kMaxSayingCircumstanceWords; ++k, ++words) {
    const Token& t = t_[k];
    if (IsPunct(t, ',')) return words > 0 ? k : -1;
    if (t.kind != TokenKind::kWord || (t.classes & (kAdverbial | kTimeWord | kFiller)) == 0) {
      return -1;
    }
  }
  return -1;
}

void ClaimFinder::Emit(v1::ClaimKind kind, std::pair<int, int> content, int cue_first,
                       int cue_last, const Speaker& sp, bool may_mix) {
  if (const int after = AfterDateline(content.first);
      after > content.first && after < content.second) {
    content.first = after;  // the dateline is where, not what
  }
  // ("- About 40,000 people were moved ..., according to ...": a list's
  // dash opens the line, not the claim.)
  if (content.second - content.first > 1 && IsPunct(t_[content.first], '-')) ++content.first;
  ClaimDraft claim;
  claim.kind = kind;
  claim.begin = t_[content.first].begin;
  claim.end = t_[content.second - 1].end;
  claim.speaker = WithArticle(ReportedPronounSpeaker(sp));
  claim.confidence = 0.7f;
  SetCue(cue_first, cue_last, &claim);
  const int index = static_cast<int>(claims_.size());
  int last_close = -1;
  if (AbsorbQuotes(content.first, content.second, index, &last_close) && may_mix) {
    claim.kind = v1::CLAIM_KIND_MIXED_QUOTE;
    if (last_close >= 0 && last_close + 1 < content.second) {
      const int e = ClauseEnd(last_close + 1, content.second);
      if (e > last_close) claim.end = t_[std::max(e - 1, last_close)].end;
    }
  }
  AddClaim(std::move(claim));
}

}  // namespace claims_internal
}  // namespace factwire
