#include <algorithm>
#include <cstddef>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "ingest-service/extract/claim_finder.h"
#include "ingest-service/extract/lexicon/clause_words.h"
#include "ingest-service/extract/lexicon/figure_context_words.h"
#include "ingest-service/extract/lexicon/lexicon.h"
#include "ingest-service/extract/lexicon/speech_words.h"

namespace factwire {
namespace claims_internal {

bool ClaimFinder::CueReadsAsCue(int k, uint8_t flags) const {
  // (The document bit counts only for a document cue, the quote bit only for
  // a capitalised word: a cue asked with other flags is asked once.)
  const Token& t = t_[k];
  const bool document = (t.cue & kCueDocument) != 0 && (flags & kCueDocument) != 0;
  const bool quote = t.upper && (flags & kCueQuote) != 0;
  const int shift = 2 * ((document ? 1 : 0) | (quote ? 2 : 0));
  uint8_t& kept = cue_reads_[k];
  if ((kept >> shift & 1) != 0) return (kept >> (shift + 1) & 1) != 0;
  const bool reads = CueReadsAsCueUncached(k, flags);
  kept = static_cast<uint8_t>(kept | (1 | (reads ? 2 : 0)) << shift);
  return reads;
}

bool ClaimFinder::CueReadsAsCueUncached(int k, uint8_t flags) const {
  const Token& t = t_[k];
  if (m_.quote_depth[k] != 0) return false;
  // "The report's author": a word with a possessive "'s" is a noun, not the verb.
  if (k + 1 < static_cast<int>(t_.size()) && t_[k + 1].possessive) return false;
  // "found", "shows": only where documents and organisations are asked for.
  if ((t.cue & kCueDocument) != 0 && (flags & kCueDocument) == 0) return false;
  if ((t.cue & kCuePhrase) != 0 && !HasCueParticle(k)) return false;
  // "..., finding that ...": a that-only participle ("finding", "holding") is a
  // cue only after a comma and before "that" (not "credited her with holding",
  // "reported finding 300 emails").
  const int n = static_cast<int>(t_.size());
  if ((t.cue & kCueParticiple) != 0 &&
      !(k > 0 && IsPunct(t_[k - 1], ',') && k + 1 < n && Word(k + 1) == "that") &&
      lexicon::IsThatOnlyCue(Word(k))) {
    return false;
  }
  // (Most cues, "said" and "told", are on none of the lists these tests ask.)
  if (lexicon::IsConstructionCue(Word(k)) && ConstructionCueReadsOtherwise(k)) return false;
  // "by 9 points in Ohio", "three points in Iowa": a counted noun, no "points out".
  if ((t.cue & kCuePhrase) != 0 && k > 0 && IsCountWord(k - 1)) {
    return false;
  }
  const Sentence& sentence = m_.sentences[m_.sentence_of_token[k]];
  // "Asked whether ..., Smith said": the participle opening the sentence is not
  // the attribution; the main clause's cue is.
  if (k == sentence.first && lexicon::IsQuestionOpener(Word(k))) return false;
  if (k == 0) return true;
  // A capitalised cue inside a sentence is a name ("State Senator José Rodríguez").
  // In a title-case headline it is a verb ("Clinton Says Russians Hacked DNC"),
  // for reported speech only: the headline's quotes are scare quotes.
  // (Not "According" after a colon, which opens a clause: "It has not gone
  // unnoticed: According to recent polls, ...".)
  if (t.upper && sentence.first != k && t_[k - 1].kind != TokenKind::kQuote &&
      !((t.cue & kCueAccording) != 0 && IsPunct(t_[k - 1], ':')) &&
      ((flags & kCueQuote) != 0 || !IsTitleCase(m_.text, t_, sentence.first, sentence.last))) {
    return false;
  }
  // "Ginsburg’s comments", "the reports": nouns, not verbs.
  const Token& prev = t_[k - 1];
  // (Not a name ending in 's: "Moody's said".)
  if (prev.possessive && mentions_.MentionEndingAt(k - 1) < 0) return false;
  // "vary from state to state", "in remarks to donors", "dozens of calls": after a
  // preposition, a noun (participles stay: "by saying", "in arguing").
  if ((t.cue & kCueParticiple) == 0 && prev.kind == TokenKind::kWord && !prev.upper &&
      lexicon::IsNounPreposition(Word(k - 1))) {
    return false;
  }
  // ("from state to state": the noun again after "to".)
  if (k >= 3 && Word(k - 1) == "to" && Word(k - 2) == Word(k) &&
      lexicon::IsNounPreposition(Word(k - 3))) {
    return false;
  }
  return !lexicon::IsNounDeterminer(Word(k - 1));
}

bool ClaimFinder::ConstructionCueReadsOtherwise(int k) const {
  if (OrderWithoutThat(k) || LinkWithoutTo(k) || BlameWithoutCause(k)) return true;
  // "declined to comment", "declined to say whether" are speech; "prices declined
  // 5%", "declined to run" are not.
  if (lexicon::IsRefusalCue(Word(k)) &&
      (k + 2 >= static_cast<int>(t_.size()) || Word(k + 1) != "to" ||
       !lexicon::IsSpeakingVerb(Word(k + 2)))) {
    return true;
  }
  return NounOrQuantityCue(k);
}

bool ClaimFinder::OrderWithoutThat(int k) const {
  return lexicon::IsOrderCue(Word(k)) &&
         !(k + 1 < static_cast<int>(t_.size()) && Word(k + 1) == "that");
}

bool ClaimFinder::LinkWithoutTo(int k) const {
  if (!lexicon::IsLinkCue(Word(k))) return false;
  const int n = static_cast<int>(t_.size());
  for (int j = k + 1; j < n && j <= k + kMaxLinkObjectWords + 1 && IsWord(t_[j]); ++j) {
    if (Word(j) == "to") return j == k + 1;  // "linked to the fall" has no object
  }
  return true;
}

bool ClaimFinder::BlamedPersonAt(int k) const {
  const int n = static_cast<int>(t_.size());
  if (k < n && t_[k].kind == TokenKind::kWord && !t_[k].upper &&
      (t_[k].classes & kDeterminer) != 0) {
    ++k;
  }
  // ("the court's four justices": an owner is no object's head.)
  if (k >= n || t_[k].kind != TokenKind::kWord || t_[k].upper ||
      (k + 1 < n && t_[k + 1].possessive)) {
    return false;
  }
  const absl::string_view w = Word(k);
  return lexicon::IsPersonObjectPronoun(w) || w == "her" || absl::EndsWith(w, "self") ||
         absl::EndsWith(w, "selves") || (t_[k].classes & (kSpeakerNoun | kTitle)) != 0 ||
         lexicon::IsPersonNoun(w);
}

bool ClaimFinder::BlameWithoutCause(int k) const {
  if (!lexicon::IsBlameCue(Word(k))) return false;
  const int n = static_cast<int>(t_.size());
  const bool person = BlamedPersonAt(k + 1);
  for (int j = k + 1; j < n && j <= k + kMaxLinkObjectWords + 1; ++j) {
    if (IsTerminal(t_[j]) || IsPunct(t_[j], ',') || IsPunct(t_[j], ';')) return person;
    if (!IsWord(t_[j]) || !lexicon::IsBlameCausePreposition(Word(j))) continue;
    if (j + 1 < n && (t_[j + 1].classes & kTimeWord) != 0) continue;  // "on Monday"
    return false;
  }
  return person;
}

bool ClaimFinder::LinkingSpeaker(const Speaker& sp, int c) const {
  if (!sp.found()) return false;
  const int head = NamingLast(sp) - 1;
  const Token& h = t_[head];
  if (h.kind != TokenKind::kWord || h.possessive) return false;
  const std::string lower = absl::AsciiStrToLower(Word(head));
  if (!absl::EndsWith(Word(c), "ed")) {
    return IsDocumentNounAnyCase(head) || lexicon::IsStudyAgent(lower);
  }
  if (sp.entity >= 0) return true;
  if (sp.pronoun) return (h.classes & kPersonPronoun) != 0;
  return SpeakingNounAt(head) || ForecastingHead(sp) || JudgingSpeaker(sp) ||
         (h.classes & (kSpeakerNoun | kTitle | kTitleHead)) != 0 ||
         lexicon::IsPersonNoun(lower) || lexicon::IsBodyNoun(lower) ||
         lexicon::IsPoliceForce(lower) || lexicon::IsStudyAgent(lower);
}

bool ClaimFinder::NounOrQuantityCue(int k) const {
  const int n = static_cast<int>(t_.size());
  const absl::string_view w = Word(k);
  const auto is_number = [&](int j) {
    return j >= 0 && j < n && IsCountWord(j);
  };
  // A number or an amount of money opens at `j` ("2,200", "$5", "A$2", "£14m").
  const auto is_amount = [&](int j) {
    if (j >= n) return false;
    if (is_number(j) || IsPunct(t_[j], '$')) return true;
    const absl::string_view x = Word(j);
    if (absl::StartsWith(x, "\xC2\xA3") || absl::StartsWith(x, "\xE2\x82\xAC")) return true;
    return j + 1 < n && t_[j].upper && x.size() <= 2 && IsPunct(t_[j + 1], '$');
  };
  // (Asked once: three of the tests below want it.)
  const bool noun_like = lexicon::IsNounLikeCue(w);
  // "its original 2017 estimate of A$2 billion" (claims of "significant
  // breakthroughs" stay: speech).
  if (noun_like &&
      (is_number(k - 1) || (k + 2 < n && Word(k + 1) == "of" && is_amount(k + 2)))) {
    return true;
  }
  // "Jobless claims rose 4%", "the estimates were revised": a plural noun-like
  // cue after a noun or adjective and before a change verb or a plural verb is
  // that clause's subject noun (not "which he estimates would cost", "who she
  // claims has").
  if (k >= 1 && k + 1 < n && absl::EndsWith(w, "s") && noun_like &&
      t_[k + 1].kind == TokenKind::kWord && !t_[k + 1].upper &&
      (lexicon::IsPluralSubjectVerb(Word(k + 1)) || lexicon::IsChangeVerb(Word(k + 1))) &&
      t_[k - 1].kind == TokenKind::kWord &&
      (t_[k - 1].classes & (kPersonPronoun | kOtherPronoun)) == 0 &&
      (!t_[k - 1].upper || m_.sentences[m_.sentence_of_token[k]].first == k - 1)) {
    return true;
  }
  // "OBR forecasts show borrowing will rise", "Treasury forecasts published on
  // Monday showed ...": a plural noun-like cue before another cue, or before a
  // participle and its preposition (a reduced relative clause), is that verb's
  // subject noun, whatever the word before it.
  if (k + 2 < n && absl::EndsWith(w, "s") && noun_like &&
      t_[k + 1].kind == TokenKind::kWord && !t_[k + 1].upper &&
      (t_[k + 1].cue != 0 ||
       (absl::EndsWith(Word(k + 1), "ed") && lexicon::IsObjectPreposition(Word(k + 2))))) {
    return true;
  }
  // "the weather forecast for Sunday", "revenue estimates for 2026": a figure
  // noun after a lowercase modifier (no pronoun, auxiliary or adverb) and
  // before "for"/"of" (not "The IMF forecast that", "has forecast growth").
  if (k >= 1 && k + 1 < n && lexicon::IsFigureNounCue(w) &&
      lexicon::IsFigureNounComplement(Word(k + 1)) && IsModifierWord(k - 1)) {
    return true;
  }
  // "the flood forecast centre says", "the forecast office warned": a noun-like
  // cue before a lowercase body noun that a cue follows names the body.
  if (k + 2 < n && noun_like && BodyNounAt(k + 1) && t_[k + 2].cue != 0) {
    return true;
  }
  // "which will add 2,200 megawatts", "added 300 jobs", "adds A$2 billion".
  return lexicon::IsQuantityCue(w) && is_amount(k + 1);
}

bool ClaimFinder::BodyNounAt(int k) const {
  const Token& t = t_[k];
  return t.kind == TokenKind::kWord && !t.upper &&
         ((t.classes & kOrgKind) != 0 || lexicon::IsBodyNoun(Word(k)));
}

bool ClaimFinder::IsModifierWord(int k) const {
  const Token& t = t_[k];
  if (t.kind != TokenKind::kWord || t.upper || t.cue != 0) return false;
  const absl::string_view w = Word(k);
  return (t.classes & (kPersonPronoun | kOtherPronoun | kRelative | kFiller | kDeterminer |
                       kAffiliationPrep)) == 0 &&
         !lexicon::IsAuxiliary(w) && !lexicon::IsObjectPreposition(w) &&
         !lexicon::IsConjunction(w) && !absl::EndsWith(w, "ly");
}

bool ClaimFinder::HasCueParticle(int k) const {
  const int n = static_cast<int>(t_.size());
  if (k + 1 >= n || t_[k + 1].kind != TokenKind::kWord) return false;
  if (!lexicon::IsCueParticle(Word(k + 1))) return false;
  // "went on to win": a particle followed by "to" is not speech ("put it to me"
  // is).
  return !(k + 2 < n && Word(k + 2) == "to" && Word(k + 1) != "it");
}

bool ClaimFinder::PassiveCue(int c) const {
  const absl::string_view w = Word(c);
  if (c < 1 || t_[c].upper || !lexicon::IsPastParticipleCue(w) ||
      absl::StartsWith(w, "ask")) {
    return false;
  }
  if (c + 1 < static_cast<int>(t_.size()) && Word(c + 1) == "as") return false;
  int aux = c - 1;
  if (aux > 0 && t_[aux].kind == TokenKind::kWord && !t_[aux].upper &&
      ((t_[aux].classes & kFiller) != 0 || absl::EndsWith(Word(aux), "ly")) &&
      !lexicon::IsPassiveAuxiliary(Word(aux))) {
    --aux;  // "was also accused", "were widely criticised"
  }
  return t_[aux].kind == TokenKind::kWord && lexicon::IsPassiveAuxiliary(Word(aux));
}

int ClaimFinder::LastToken(const QuoteSpan& q) const {
  if (q.close >= 0) return q.close;
  int k = q.open;
  while (k + 1 < static_cast<int>(t_.size()) &&
         t_[k + 1].paragraph == t_[q.open].paragraph)
    ++k;
  return k;
}

int ClaimFinder::WordsIn(int from, int to) const {
  int n = 0;
  for (int k = from; k < to; ++k) n += IsWord(t_[k]) ? 1 : 0;
  return n;
}

std::pair<int, int> ClaimFinder::Trim(int begin, int end) const {
  const absl::string_view text = m_.text;
  while (begin < end && absl::ascii_isspace(text[begin])) ++begin;
  while (end > begin && (absl::ascii_isspace(text[end - 1]) || text[end - 1] == ','))
    --end;
  return {begin, end};
}

void ClaimFinder::SetCue(int first, int last, ClaimDraft* claim, bool use) {
  claim->cue_begin = t_[first].begin;
  claim->cue_end = t_[last].end;
  claim->cue_token = first;
  for (int k = first; use && k <= last; ++k) cue_used_[k] = true;
}

int ClaimFinder::AddClaim(ClaimDraft claim) {
  claims_.push_back(std::move(claim));
  return static_cast<int>(claims_.size()) - 1;
}

int ClaimFinder::ParagraphAt(int byte) const {
  auto it = std::lower_bound(t_.begin(), t_.end(), byte,
                             [](const Token& t, int b) { return t.end <= b; });
  return it == t_.end() ? t_.back().paragraph : it->paragraph;
}

size_t ClaimFinder::FirstQuoteFrom(int k) const {
  auto it = std::lower_bound(m_.quotes.begin(), m_.quotes.end(), k,
                             [](const QuoteSpan& q, int t) { return q.open < t; });
  return static_cast<size_t>(it - m_.quotes.begin());
}

bool ClaimFinder::QuoteClaimedAt(int open) const {
  const size_t i = FirstQuoteFrom(open);
  return i < m_.quotes.size() && m_.quotes[i].open == open && quote_claim_[i] >= 0;
}

bool ClaimFinder::AbsorbQuotes(int first, int last, int claim, int* last_close) {
  bool any = false;
  for (size_t i = FirstQuoteFrom(first); i < m_.quotes.size() && m_.quotes[i].open < last;
       ++i) {
    if (quote_claim_[i] < 0) {
      quote_claim_[i] = claim;
      any = true;
    }
    *last_close = m_.quotes[i].close;
  }
  return any;
}

bool ClaimFinder::FollowedByVerb(const Speaker& sp, int hi) const {
  if (sp.last >= hi) return false;
  const Token& t = t_[sp.last];
  return t.kind == TokenKind::kWord && !t.upper &&
         (t.classes & (kAdverbial | kTimeWord | kRelative)) == 0;
}

bool ClaimFinder::HasClauseBreak(int from, int to) const {
  for (int k = from; k < to; ++k) {
    if (IsPunct(t_[k], ',') || IsPunct(t_[k], ';') || IsTerminal(t_[k])) return true;
  }
  return false;
}

int ClaimFinder::ClauseEnd(int from, int sentence_last) const {
  int e = from;
  for (; e < sentence_last; ++e) {
    const Token& t = t_[e];
    if (IsPunct(t, ',') || IsPunct(t, ';') || t.punct == 'D' || IsPunct(t, '(')) break;
  }
  while (e > from && IsTerminal(t_[e - 1])) --e;
  return std::max(e, from);
}

bool ClaimFinder::IsUnnamedGroup(const Speaker& sp) const {
  if (!sp.found() || !sp.anonymous || sp.pronoun) return false;
  const int head = NamingLast(sp) - 1;
  const Token& t = t_[head];
  if (t.kind != TokenKind::kWord || t.possessive || t.upper) return false;
  const absl::string_view w = Word(head);
  return w.size() > 3 && absl::EndsWith(w, "s") && !absl::EndsWith(w, "ss");
}

void ClaimFinder::LendPluralAntecedents() {
  for (ClaimDraft& claim : claims_) {
    Speaker& sp = claim.speaker;
    if (!sp.found() || !sp.pronoun || sp.entity >= 0 || sp.anonymous ||
        sp.last != sp.first + 1 || (Word(sp.first) != "they" && Word(sp.first) != "They")) {
      continue;
    }
    const int paragraph = t_[sp.first].paragraph;
    const Speaker* best = nullptr;
    for (const ClaimDraft& c : claims_) {
      const Speaker& o = c.speaker;
      if (!o.found() || o.first >= sp.first || (best != nullptr && o.first <= best->first) ||
          t_[o.first].paragraph < paragraph - 1) {
        continue;
      }
      best = &o;
    }
    if (best == nullptr || !IsUnnamedGroup(*best)) continue;
    sp.anonymous = true;
    sp.name_first = best->name_first >= 0 ? best->name_first : best->first;
    sp.name_last = best->name_first >= 0 ? best->name_last : best->last;
  }
}

void ClaimFinder::LendOfficeOwners() {
  for (ClaimDraft& claim : claims_) {
    Speaker& sp = claim.speaker;
    if (!sp.found() || !sp.anonymous || sp.last != sp.first + 2 || sp.name_first >= 0) continue;
    const absl::string_view owner = Word(sp.first);
    const Token& head = t_[sp.first + 1];
    if ((owner != "his" && owner != "His" && owner != "her" && owner != "Her") ||
        head.kind != TokenKind::kWord || head.upper || (head.classes & kOrgKind) == 0) {
      continue;
    }
    const int person = mentions_.ResolvePronoun(sp.first);
    if (person < 0 || mentions_.entities()[person].type != v1::SOURCE_TYPE_PERSON) continue;
    sp.entity = person;
    sp.anonymous = false;
  }
}

void ClaimFinder::CreditDefiniteBodies() {
  // (Cheap first: the few speakers that are definite bodies, and the claims of
  // named speakers, each in text order.)
  std::vector<std::pair<int, int>> bodies, named;  // speaker's first token, claim
  std::vector<int> heads;                           // each body's head, by claim
  std::vector<int8_t> document_named;               // head from DocumentBodyHead, by claim
  named.reserve(claims_.size());  // (its bodies credited too: at most one a claim)
  for (size_t i = 0; i < claims_.size(); ++i) {
    const Speaker& sp = claims_[i].speaker;
    if (sp.found() && sp.entity >= 0) {
      named.emplace_back(sp.first, static_cast<int>(i));
      continue;
    }
    const int document_head = DocumentBodyHead(sp);
    const int head = std::max(DefiniteBodyHead(sp), document_head);
    if (head < 0) continue;
    if (heads.empty()) {
      heads.assign(claims_.size(), -1);
      document_named.assign(claims_.size(), 0);
      bodies.reserve(claims_.size() - i);
    }
    bodies.emplace_back(sp.first, static_cast<int>(i));
    heads[i] = head;
    document_named[i] = document_head == head;
  }
  if (bodies.empty()) return;
  std::sort(bodies.begin(), bodies.end());
  std::sort(named.begin(), named.end());
  std::vector<int8_t> names_document;  // by sentence (SpeaksOfDocument)
  std::vector<std::pair<int, int>> makers;  // UnnamedMakers(), sought once when needed
  bool makers_sought = false;
  for (const auto& body : bodies) {
    Speaker& sp = claims_[body.second].speaker;
    const int head = heads[body.second];
    const int paragraph = t_[body.first].paragraph;
    // (A document's maker is sought further back: "the report" names the one
    // report the story is about.)
    const bool document = IsDocumentNoun(head);
    const int window = document ? kDocumentParagraphs : kBodyParagraphs;
    // The body speaks for `entity`; its claim may credit the next body ("The
    // airline announced ... The airline said").
    const auto credit = [&](int entity) {
      sp.entity = entity;
      sp.anonymous = false;
      sp.name_first = sp.name_last = -1;
      named.insert(std::upper_bound(named.begin(), named.end(), body), body);
    };
    // ("Kafue Copper Smelting will lay off 400 workers, the company said": the
    // organisation the fronted claim opens with.)
    if (const int subject = FrontedClaimSubject(claims_[body.second], head); subject >= 0) {
      credit(subject);
      continue;
    }
    int unfit = -1;  // the entity found not to fit last
    bool credited = false;
    auto it = std::lower_bound(named.begin(), named.end(), body);
    while (it != named.begin()) {
      const ClaimDraft& claim = claims_[(--it)->second];
      const int entity = claim.speaker.entity;
      if (t_[it->first].paragraph < paragraph - window) break;
      if (entity == unfit) continue;
      if (!BodyFits(entity, head) && !ForecasterFits(claim, head)) {
        unfit = entity;
        continue;
      }
      if (document && !SpeaksOfDocument(claim, &names_document)) continue;
      credit(entity);
      credited = true;
      break;
    }
    // ("according to a report by the state audit office ... The report found":
    // the unnamed body that made an earlier document names it.)
    if (!credited && document && !makers_sought) {
      makers = UnnamedMakers();
      makers_sought = true;
    }
    if (const Speaker maker =
            credited || !document ? Speaker{} : UnnamedMakerBefore(makers, body.first, window);
        maker.found()) {
      sp.name_first = maker.first;
      sp.name_last = maker.last;
      continue;
    }
    // ("ministry figures show" with no ministry before: named by its body.)
    if (!credited && document_named[body.second] != 0) {
      sp.name_first = head;
      sp.name_last = head + 1;
    }
  }
}

std::vector<std::pair<int, int>> ClaimFinder::UnnamedMakers() const {
  std::vector<std::pair<int, int>> makers;
  for (size_t i = 0; i < claims_.size(); ++i) {
    const Speaker& maker = claims_[i].speaker;
    if (!maker.found() || !maker.anonymous || maker.entity >= 0 || maker.pronoun ||
        maker.first < 2 || !BodyNounAt(MakerHead(maker))) {
      continue;
    }
    int by = maker.first - 1;
    if (lexicon::IsArticle(Word(by)) && by > 0) --by;
    if (lexicon::IsIssuerPreposition(Word(by)) && by > 0 && IsDocumentNoun(by - 1)) {
      makers.emplace_back(maker.first, static_cast<int>(i));
    }
  }
  std::sort(makers.begin(), makers.end());
  return makers;
}

Speaker ClaimFinder::UnnamedMakerBefore(const std::vector<std::pair<int, int>>& makers,
                                        int first, int window) const {
  // (A body credited since UnnamedMakers() is named now: skipped. Of makers
  // starting at one token, the first claim's.)
  const int paragraph = t_[first].paragraph;
  const Speaker* best = nullptr;
  auto it = std::lower_bound(makers.begin(), makers.end(), std::make_pair(first, -1));
  while (it != makers.begin()) {
    --it;
    const Speaker& maker = claims_[it->second].speaker;
    if (best != nullptr && maker.first != best->first) break;
    if (t_[maker.first].paragraph < paragraph - window) break;
    if (maker.anonymous && maker.entity < 0) best = &maker;
  }
  return best != nullptr ? *best : Speaker{};
}

void ClaimFinder::CreditBenchMembers() {
  int court = -2;  // (-2: not sought yet; sought only for a bench member)
  std::vector<int> court_paragraphs;  // of the court's own claims, before any lent
  for (ClaimDraft& claim : claims_) {
    Speaker& sp = claim.speaker;
    // ("The judges": the article inside the speaker or right before it.)
    const int head = sp.last - 1;
    if (!sp.found() || !sp.anonymous || sp.entity >= 0 || sp.pronoun || head < 1 ||
        sp.last - sp.first > 2 || !lexicon::IsDefiniteArticle(Word(head - 1)) ||
        t_[head].upper || !lexicon::IsCourtBenchMember(Word(head))) {
      continue;
    }
    if (court == -2) {
      court = SingleCreditedCourt();
      if (court >= 0) court_paragraphs = ClaimParagraphsOf(court);
    }
    if (court < 0) return;
    if (!NearAParagraph(court_paragraphs, t_[head].paragraph, kBodyParagraphs)) continue;
    sp.entity = court;
    sp.anonymous = false;
    sp.name_first = sp.name_last = -1;
  }
}

std::vector<int> ClaimFinder::ClaimParagraphsOf(int entity) const {
  std::vector<int> paragraphs;
  for (const ClaimDraft& claim : claims_) {
    if (claim.speaker.found() && claim.speaker.entity == entity) {
      paragraphs.push_back(t_[claim.speaker.first].paragraph);
    }
  }
  return paragraphs;
}

bool ClaimFinder::NearAParagraph(const std::vector<int>& paragraphs, int paragraph,
                                 int window) {
  for (int p : paragraphs) {
    if (std::abs(p - paragraph) <= window) return true;
  }
  return false;
}

void ClaimFinder::CreditResearchTeams() {
  int body = -2;  // (-2: not sought yet; sought only for a research group)
  for (ClaimDraft& claim : claims_) {
    Speaker& sp = claim.speaker;
    // ("the researchers": the article inside the speaker or right before it.)
    const int head = sp.last - 1;
    if (!sp.found() || !sp.anonymous || sp.entity >= 0 || sp.pronoun || head < 1 ||
        sp.last - sp.first > 2 || !lexicon::IsDefiniteArticle(Word(head - 1)) ||
        t_[head].upper || !ResearchGroupAt(head)) {
      continue;
    }
    if (body == -2) body = SingleResearchBody();
    if (body < 0) return;
    sp.entity = body;
    sp.anonymous = false;
    sp.name_first = sp.name_last = -1;
  }
}

bool ClaimFinder::ResearchGroupAt(int head) const {
  if (lexicon::IsResearchGroupNoun(Word(head))) return true;
  if (!lexicon::IsResearchTeamNoun(Word(head))) return false;
  const Sentence& s = m_.sentences[m_.sentence_of_token[head]];
  for (int k = s.first; k < s.last; ++k) {
    if (t_[k].kind == TokenKind::kWord && lexicon::IsResearchReportNoun(Word(k))) return true;
  }
  return false;
}

int ClaimFinder::SingleResearchBody() const {
  int body = -1;
  const auto& entities = mentions_.entities();
  for (size_t i = 0; i < entities.size(); ++i) {
    if (entities[i].type != v1::SOURCE_TYPE_ORGANIZATION) continue;
    bool research = false;
    for (absl::string_view w : absl::StrSplit(entities[i].name, ' ')) {
      research = research || lexicon::IsResearchBodyWord(w);
    }
    if (!research) continue;
    if (body >= 0) return -1;
    body = static_cast<int>(i);
  }
  return body;
}

int ClaimFinder::SingleCreditedCourt() const {
  int court = -1;
  for (const ClaimDraft& claim : claims_) {
    const int entity = claim.speaker.entity;
    if (!claim.speaker.found() || entity < 0 || entity == court ||
        mentions_.entities()[entity].type != v1::SOURCE_TYPE_ORGANIZATION) {
      continue;
    }
    bool bench = false;
    for (absl::string_view w : absl::StrSplit(mentions_.entities()[entity].name, ' ')) {
      bench = bench || lexicon::IsBenchBody(absl::AsciiStrToLower(w));
    }
    if (!bench) continue;
    if (court >= 0) return -1;
    court = entity;
  }
  return court;
}

bool ClaimFinder::ForecasterFits(const ClaimDraft& claim, int head) const {
  const int entity = claim.speaker.entity;
  return lexicon::IsForecastingNoun(Word(head)) && claim.cue_token >= 0 &&
         lexicon::IsForecastCue(Word(claim.cue_token)) &&
         mentions_.entities()[entity].type == v1::SOURCE_TYPE_ORGANIZATION;
}

bool ClaimFinder::FiledWithBody(int body, int noun) const {
  const absl::string_view w = Word(noun);
  return !lexicon::IsIssuedPaperNoun(w) && RecordNounAfter(noun, body);
}

bool ClaimFinder::RecordNounAfter(int noun, int before) const {
  return lexicon::IsRecordNoun(Word(noun), absl::AsciiStrToLower(Word(before)));
}

int ClaimFinder::DocumentBodyHead(const Speaker& sp) const {
  if (!sp.found() || !sp.anonymous || sp.pronoun || sp.entity >= 0) return -1;
  // (Or the earlier phrase naming it: "The same papers" after "council papers".)
  const int first = sp.name_first >= 0 ? sp.name_first : sp.first;
  const int last = NamingLast(sp);
  if (last - first > 3 || last - first < 2) return -1;
  const int head = last - 2;
  const Token& h = t_[head];
  const Token& d = t_[last - 1];
  if (d.kind != TokenKind::kWord || d.upper ||
      !(IsDocumentNoun(last - 1) || lexicon::IsIssuedPaperNoun(Word(last - 1))) ||
      h.kind != TokenKind::kWord || h.possessive ||
      (h.upper && head != m_.sentences[m_.sentence_of_token[head]].first) ||
      ((h.classes & kOrgKind) == 0 && !lexicon::IsBodyNoun(Word(head))) ||
      FiledWithBody(head, last - 1)) {
    return -1;
  }
  // Nothing but "the" before the body: "ministry figures", "the council papers".
  return head == first || (head == first + 1 && lexicon::IsDefiniteArticle(Word(first)))
             ? head
             : -1;
}

int ClaimFinder::FrontedClaimSubject(const ClaimDraft& claim, int head) const {
  if (IsDocumentNoun(head) || claim.end > t_[claim.speaker.first].begin) return -1;
  const auto first = std::lower_bound(
      t_.begin(), t_.end(), claim.begin,
      [](const Token& t, int byte) { return t.begin < byte; });
  int k = static_cast<int>(first - t_.begin());
  if (k + 1 >= claim.speaker.first) return -1;
  // ("The Drewry World Container Index ...": the article opens the name's phrase.)
  if (lexicon::IsArticle(Word(k)) && mentions_.MentionStartingAt(k) < 0) ++k;
  const int m = mentions_.MentionStartingAt(k);
  if (m < 0) return -1;
  const int entity = mentions_.mentions()[m].entity;
  if (entity < 0 || mentions_.entities()[entity].type != v1::SOURCE_TYPE_ORGANIZATION ||
      !BodyFits(entity, head)) {
    return -1;
  }
  return entity;
}

int ClaimFinder::DefiniteBodyHead(const Speaker& sp) const {
  if (!sp.found() || !sp.anonymous || sp.pronoun || sp.entity >= 0 || sp.name_first >= 0) {
    return -1;
  }
  const int head = sp.last - 1;
  const Token& h = t_[head];
  if (h.kind != TokenKind::kWord || h.upper || h.possessive) return -1;
  int det = sp.first;
  if (Word(det) != "the" && Word(det) != "The") --det;
  if (det < 0 || (Word(det) != "the" && Word(det) != "The") || head - det > 4) return -1;
  const absl::string_view w = Word(head);
  const bool document = IsDocumentNoun(head);
  if (!document && (h.classes & kOrgKind) == 0 && !lexicon::IsBodyNoun(w)) return -1;
  // (A singular: "the airlines", "the figures" are many.)
  if (absl::EndsWith(w, "s") && !absl::EndsWith(w, "is") && !absl::EndsWith(w, "us")) return -1;
  // ("the congressional report", "the economy ministry" are another's document
  // or body than the one before.)
  if ((document || (h.classes & kOrgKindPublic) != 0) && head != det + 1) return -1;
  for (int k = det + 1; k < head; ++k) {
    const Token& t = t_[k];
    const absl::string_view x = Word(k);
    // "the accountancy firm", "the Denver-based airline"; not "the county's
    // utility", "the Ashby club": another's body.
    if (t.kind != TokenKind::kWord || t.possessive || t.cue != 0 ||
        (t.upper && x.find('-') == absl::string_view::npos) ||
        (t.classes & (kDeterminer | kAffiliationPrep | kRelative)) != 0) {
      return -1;
    }
  }
  return head;
}

bool ClaimFinder::SpeaksOfDocument(const ClaimDraft& claim,
                                   std::vector<int8_t>* names_document) const {
  if (claim.cue_token >= 0 && (t_[claim.cue_token].cue & kCueDocument) != 0) return true;
  const int sentence = m_.sentence_of_token[claim.speaker.first];
  if (names_document->empty()) names_document->assign(m_.sentences.size(), -1);
  int8_t& known = (*names_document)[sentence];
  if (known < 0) {
    const Sentence& s = m_.sentences[sentence];
    known = 0;
    for (int k = s.first; k < s.last && known == 0; ++k) {
      known = t_[k].kind == TokenKind::kWord && !t_[k].upper && IsDocumentNoun(k);
    }
  }
  return known != 0 && DocumentOutsideWords(claim, m_.sentences[sentence]);
}

bool ClaimFinder::DocumentOutsideWords(const ClaimDraft& claim, const Sentence& s) const {
  for (int k = s.first; k < s.last; ++k) {
    const Token& t = t_[k];
    if ((t.begin < claim.begin || t.begin >= claim.end) && t.kind == TokenKind::kWord &&
        !t.upper && IsDocumentNoun(k)) {
      return true;
    }
  }
  return false;
}

bool ClaimFinder::BodyFits(int entity, int head) const {
  const Entity& e = mentions_.entities()[entity];
  const absl::string_view w = Word(head);
  const bool organisation = e.type == v1::SOURCE_TYPE_ORGANIZATION;
  const uint32_t family = t_[head].classes & kOrgKind;
  // (Cheap first: an organisation fits a document, and a business's or group's
  // noun unless it is a public body or known to be of another kind: "Unite, the
  // union, ... The airline said" is no union.)
  const bool unknown_kind = e.kinds.empty() && e.kind_classes == 0;
  if (organisation &&
      (IsDocumentNoun(head) ||
       ((family & kOrgKindPublic) == 0 && (e.kind_classes & kOrgKindPublic) == 0 &&
        (family == 0 || unknown_kind || (e.kind_classes & family) != 0)))) {
    return true;
  }
  // ("the unit" for "Fraud Investigating Unit": the name's last word.)
  const absl::string_view name = e.name;
  const size_t space = name.rfind(' ');
  if (space != absl::string_view::npos && absl::EqualsIgnoreCase(name.substr(space + 1), w)) {
    return true;
  }
  // ("The ministry said" after an agency is another body; a kind the text
  // gave the organisation fits it whatever its family.)
  return organisation && std::find(e.kinds.begin(), e.kinds.end(), w) != e.kinds.end();
}

void ClaimFinder::NameIndefiniteTitles() {
  const std::vector<Mention>& all = mentions_.mentions();
  for (ClaimDraft& claim : claims_) {
    Speaker& sp = claim.speaker;
    if (!sp.found() || !sp.anonymous || sp.name_first >= 0 || sp.last - sp.first > 2) continue;
    const Token& head = t_[sp.last - 1];
    const int article = sp.last - 2;  // "a judge", the article inside or before the phrase
    if (article < 0 ||
        (Word(article) != "a" && Word(article) != "A" && Word(article) != "an") ||
        head.kind != TokenKind::kWord || head.upper || (head.classes & kTitle) == 0) {
      continue;
    }
    const absl::string_view title = Word(sp.last - 1);
    auto it = std::lower_bound(all.begin(), all.end(), sp.last,
                               [](const Mention& m, int k) { return m.first < k; });
    for (; it != all.end() && it->first - sp.last <= kMaxCataphoraTokens; ++it) {
      if (it->title_first < 0 || it->entity < 0) continue;
      bool same = false;
      for (int k = it->title_first; k <= it->title_last && !same; ++k) {
        same = absl::EqualsIgnoreCase(Word(k), title);
      }
      if (!same) continue;
      sp.entity = it->entity;
      sp.anonymous = false;
      break;
    }
  }
}

void ClaimFinder::NameDescribers() {
  for (ClaimDraft& claim : claims_) {
    Speaker& sp = claim.speaker;
    if (!sp.found() || !sp.anonymous || sp.entity >= 0) continue;
    const bool named_earlier = sp.name_first >= 0;
    // ("A customer in Moose Jaw, who ..., said ... She said": the pronoun is
    // named by its antecedent's describer, as the antecedent's own claim is.)
    if (sp.pronoun && !named_earlier) continue;
    const auto [first, last] = DescriberCore(named_earlier ? sp.name_first : sp.first,
                                             named_earlier ? sp.name_last : sp.last);
    if (first < 0) continue;
    sp.name_first = first;
    sp.name_last = last;
  }
}

void ClaimFinder::NameGroupMembers() {
  // The unnamed speakers in text order (claims_ holds quotes before reported
  // speech), read once: the latest group by its name's first word, lowercased.
  // Each with its GroupMemberHead(), found once.
  std::vector<std::pair<Speaker*, int>> order;
  order.reserve(claims_.size());
  bool any_member = false;  // (Most documents have none: no sort, no map.)
  for (ClaimDraft& claim : claims_) {
    Speaker& sp = claim.speaker;
    if (!sp.found() || !sp.anonymous || sp.pronoun || sp.entity >= 0) continue;
    order.emplace_back(&sp, GroupMemberHead(sp));
    any_member = any_member || order.back().second >= 0;
  }
  if (!any_member || order.size() < 2) return;
  std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) {
    return a.first->first < b.first->first;
  });
  // Each first word's latest group (the words compared in any case): a
  // document's unnamed speakers open with few words, so a short list.
  std::vector<std::pair<int, int>> latest;
  latest.reserve(order.size());
  const auto latest_of = [&](absl::string_view word) {
    for (auto& group : latest) {
      if (absl::EqualsIgnoreCase(Word(group.first), word)) return &group;
    }
    return static_cast<std::pair<int, int>*>(nullptr);
  };
  for (const auto& [sp, head] : order) {
    if (head >= 0) {
      // (The nearest group wins, a bare "people" too, which names no one.)
      const std::pair<int, int>* group = latest_of(Word(head));
      constexpr int kMinGroupWords = 3;  // a head and its tie: "people familiar with"
      constexpr int kMaxGroupMemberSentences = 4;  // a member met soon after its group
      if (group != nullptr && group->second - group->first >= kMinGroupWords &&
          m_.sentence_of_token[sp->first] - m_.sentence_of_token[group->first] <=
              kMaxGroupMemberSentences) {
        sp->name_first = group->first;
        sp->name_last = group->second;
      }
      continue;
    }
    const int first = sp->name_first >= 0 ? sp->name_first : sp->first;
    const int last = sp->name_first >= 0 ? sp->name_last : sp->last;
    std::pair<int, int>* group = latest_of(Word(first));
    if (group == nullptr) group = &latest.emplace_back();
    *group = {first, last};
  }
}

int ClaimFinder::GroupMemberHead(const Speaker& sp) const {
  const int head = sp.last - 1;
  const int article = head - 1;
  if (article < 0 || t_[head].kind != TokenKind::kWord || t_[head].upper ||
      !lexicon::IsDefiniteArticle(Word(article))) {
    return -1;
  }
  // (A name lent from an earlier group's head word alone is no describer.)
  if (sp.name_first >= 0 && (sp.name_last - sp.name_first != 1 ||
                             !absl::EqualsIgnoreCase(Word(sp.name_first), Word(head)))) {
    return -1;
  }
  int first = article;
  if (first >= 2 && lexicon::IsPartitiveLink(Word(first - 1)) && IsCountWord(first - 2)) {
    first -= 2;
  }
  // (Only a phrase opening its sentence, or the attribution closing it after a comma
  // ("..., the people said."): "At the market, the people said ..." are others.)
  const Sentence& s = m_.sentences[m_.sentence_of_token[first]];
  constexpr int kTrailingCueTokens = 3;  // the head, its verb, the full stop
  const bool trailing = first > s.first && IsPunct(t_[first - 1], ',') &&
                        s.last <= head + kTrailingCueTokens;
  if (s.first != first && !trailing) return -1;
  // The speaker is that phrase or its tail ("the people", "people").
  return sp.first >= first && sp.first <= head ? head : -1;
}

std::pair<int, int> ClaimFinder::DescriberCore(int first, int last) const {
  if (const int group = CountedGroupHead(first, last); group >= 0) return {group, last};
  if (const int body = OwnedBodyStart(first, last); body >= 0) return {body, last};
  if (const int counted = CountedNameStart(first, last); counted >= 0) return {counted, last};
  // (Not a count: "42%", "4 in 10".)
  for (int k = first; k < last; ++k) {
    if (t_[k].kind == TokenKind::kNumber) return {-1, -1};
  }
  int e = first + 1;
  while (e < last) {
    const Token& t = t_[e];
    // ("the YouGov/Economist survey": a slash or hyphen joins words.)
    if (t.kind == TokenKind::kPunct && (t.punct == '/' || t.punct == '-')) {
      ++e;
      continue;
    }
    if (!IsWord(t) || (!t.upper && ((t.classes & (kAffiliationPrep | kRelative)) != 0 ||
                                    lexicon::IsObjectPreposition(Word(e))))) {
      break;
    }
    // ("the information service run by donors": a participle before its agent
    // ends a body's head; a document keeps its maker, below.)
    if (!t.upper && e + 1 < last && Word(e + 1) == "by" &&
        !lexicon::IsWrittenPieceNoun(Word(e - 1)) &&
        (IsParticiple(e) || lexicon::IsAgentParticiple(Word(e)))) {
      break;
    }
    ++e;
  }
  if (e >= last) return {-1, -1};
  // "One in five", "Some of the women": a count or quantifier alone is no
  // describer; the phrase names the source.
  if (e == first + 1 && (lexicon::IsQuantifierPronoun(Word(first)) ||
                         lexicon::IsIndefiniteOpener(Word(first)))) {
    return {-1, -1};
  }
  const absl::string_view w = Word(e);
  // "Analysts at Komerční banka", "a press release from Judicial Watch": a
  // name after the preposition is what the source speaks for.
  // ("A trader at Wakulima Market", "One official at the Treasury": one unnamed
  // person is named by the describer, and the body is where that person works;
  // not "A statement from Harbour Watch".)
  const auto one_person = [&] {
    return lexicon::IsIndefiniteOpener(Word(first)) &&
           (lexicon::IsDescriberHead(Word(e - 1)) ||
            (t_[e - 1].classes & (kTitle | kTitleHead)) != 0 || speakers_.IsAgentNoun(e - 1));
  };
  if ((w == "at" || w == "from" || w == "by") && e + 1 < last && t_[e + 1].upper &&
      !lexicon::IsArticle(Word(e + 1)) && !one_person()) {
    return {-1, -1};
  }
  // "people familiar with the talks": the tie names the source; "62 percent
  // of voters", "a majority of members": a share is named by what it is a
  // share of; "estimates from the Election Lab": a document by its maker; "a
  // spokesperson for FoodDash": a name the source speaks for (not "for the
  // Treasury").
  // ("a study published in JAMA Neurology": where a document appeared.)
  for (int k = first; k < last; ++k) {
    if (t_[k].kind == TokenKind::kWord && !t_[k].upper &&
        (lexicon::IsSourceModifier(Word(k)) || (k < e && IsParticiple(k)))) {
      // ("Two people familiar with the talks": without the count, as one of
      // them is the same source.)
      if (const int counted = CountedNameStart(first, k); counted >= 0) return {counted, last};
      return {-1, -1};
    }
  }
  // ("a coalition of farm groups": a collective by its members.)
  if ((w == "of" && (t_[e - 1].classes & (kProportion | kOrgKindGroup)) != 0) ||
      ((w == "from" || w == "by") &&
       (IsDocumentNoun(e - 1) || lexicon::IsNounLikeCue(Word(e - 1)))) ||
      (w == "for" && e + 1 < last && t_[e + 1].upper && !lexicon::IsArticle(Word(e + 1)))) {
    return {-1, -1};
  }
  // ("One nurse from the ward": the count is dropped here too.)
  if (const int counted = CountedNameStart(first, e); counted >= 0) return {counted, e};
  return {first, e};
}

int ClaimFinder::OwnedBodyStart(int first, int last) const {
  int k = first;
  if (k < last && lexicon::IsDefiniteArticle(Word(k))) ++k;
  // "the province's energy ministry": a common noun owns the body.
  // (A lone noun keeps its owner: "the bank's board".)
  if (k + 4 > last || t_[k].kind != TokenKind::kWord || t_[k].upper || !t_[k + 1].possessive ||
      last - (k + 2) > 3 || !BodyNounAt(last - 1)) {
    return -1;
  }
  for (int j = k + 2; j < last; ++j) {
    if (t_[j].kind != TokenKind::kWord || t_[j].upper || t_[j].possessive) return -1;
  }
  return k + 2;
}

int ClaimFinder::CountedNameStart(int first, int last) const {
  // "One juror", "Two council leaders": a count word opens an unnamed
  // source's phrase of one to three lowercase words, after "the" too ("The two
  // lawmakers"). (Not a share: "Thirty percent", "47 percent of voters" are
  // named by the share.)
  // ("some voters", "Many farmers": a vague quantifier too, with no article:
  // "the most recent data" is a superlative.)
  const bool article = first + 2 < last && lexicon::IsDefiniteArticle(Word(first));
  if (article) ++first;
  if (first + 1 >= last || last - first > 4 || t_[first].kind != TokenKind::kWord ||
      !(IsCountWord(first) || (!article && VagueQuantifierAt(first))) ||
      (t_[first + 1].classes & kProportion) != 0) {
    return -1;
  }
  // ("Several hundred workers": the number word a vague quantifier scales is
  // part of the count.)
  if (!IsCountWord(first) && first + 2 < last && lexicon::IsScaledCountWord(Word(first + 1))) {
    ++first;
  }
  // (A lone quantifier is no name: "Two others" keeps its count.)
  if (last == first + 2 && lexicon::IsQuantifierPronoun(Word(first + 1))) return -1;
  // (Nor a share of a group: "one of the people".)
  if (lexicon::IsPartitiveLink(Word(first + 1))) return -1;
  for (int k = first + 1; k < last; ++k) {
    const Token& t = t_[k];
    if (t.kind != TokenKind::kWord || t.upper || t.possessive || IsCountWord(k)) return -1;
  }
  return first + 1;
}

bool ClaimFinder::VagueQuantifierAt(int k) const {
  const Token& t = t_[k];
  if (t.kind != TokenKind::kWord || t.all_caps || t.end - t.begin > kMaxQuantifierLetters) {
    return false;
  }
  // ("Few people said": a negative quantifier is no count; the phrase stays.)
  const std::string lower = absl::AsciiStrToLower(Word(k));
  return lexicon::IsQuantifierPronoun(lower) && !lexicon::IsNegativeQuantifier(lower);
}

int ClaimFinder::CountedGroupHead(int first, int last) const {
  if (first + 3 >= last || !lexicon::IsPartitiveLink(Word(first + 1)) ||
      CountedPhraseStart(first, last) < 0) {
    return -1;
  }
  int k = last;
  while (k - 1 > first + 1 && t_[k - 1].kind == TokenKind::kWord && !t_[k - 1].upper &&
         !t_[k - 1].possessive && !IsCountWord(k - 1) &&
         (t_[k - 1].classes & (kDeterminer | kPersonPronoun | kOtherPronoun)) == 0) {
    --k;
  }
  return k < last && SpeakingNounAt(last - 1) ? k : -1;
}

}  // namespace claims_internal

std::vector<ClaimDraft> FindClaims(const TextModel& model,
                                   const MentionFinder& mentions) {
  return claims_internal::ClaimFinder(model, mentions).Run();
}

}  // namespace factwire
