#include <algorithm>
#include <cstddef>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "ingest-service/extract/claim_finder.h"
#include "ingest-service/extract/lexicon/speech_words.h"

namespace factwire {
namespace claims_internal {

Speaker ClaimFinder::DocumentSubject(const Sentence& s, int before) const {
  for (int k = s.first; k < before; ++k) {
    const Token& t = t_[k];
    if (t.kind != TokenKind::kWord || t.upper || (t.classes & kSpeakerNoun) == 0)
      continue;
    Speaker sp;
    sp.first = k;
    sp.last = k + 1;
    sp.anonymous = true;
    if (IsDocumentSpeaker(sp)) return sp;
  }
  return Speaker{};
}

Speaker ClaimFinder::ThingOrAgent(Speaker sp) const {
  const int head = sp.last - 1;
  const Token& h = t_[head];
  if (h.upper || h.all_caps || h.kind != TokenKind::kWord ||
      (h.classes & (kSpeakerNoun | kTitleHead | kOrgKind)) != 0 ||
      speakers_.IsAgentNoun(head)) {
    return sp;
  }
  // "according to its annual budget": a thing, not a source; its owner speaks
  // when the text says whose it is.
  sp.anonymous = false;
  const absl::string_view owner = Word(sp.first);
  if (owner == "its" || owner == "their" || owner == "Its" || owner == "Their") {
    sp.entity = mentions_.LatestOrganization(sp.first);
  } else if (owner == "his" || owner == "her" || owner == "His" || owner == "Her") {
    sp.entity = mentions_.ResolvePronoun(sp.first);
  }
  return sp;
}

bool ClaimFinder::ResearchersFound(const Speaker& sp, int cue, const Sentence& s) const {
  if (!sp.anonymous || sp.entity >= 0 || cue + 1 >= s.last || Word(cue + 1) != "that")
    return false;
  // People ("researchers", "investigators"), not papers ("filings", "surveys"),
  // and the subject itself, not "polling of union voters".
  if (sp.first > s.first && (t_[sp.first - 1].classes & kAffiliationPrep) != 0)
    return false;
  const int head = sp.last - 1;
  const Token& h = t_[head];
  return h.kind == TokenKind::kWord && !h.upper && absl::EndsWith(Word(head), "s") &&
         speakers_.IsAgentNoun(head);
}

bool ClaimFinder::PublicBodyFound(const Speaker& sp, int cue, const Sentence& s) const {
  if (!sp.anonymous || sp.entity >= 0 || cue + 1 >= s.last || Word(cue + 1) != "that")
    return false;
  const Token& h = t_[sp.last - 1];
  return h.kind == TokenKind::kWord && !h.upper && (h.classes & kOrgKindPublic) != 0;
}

bool ClaimFinder::IsDocumentNoun(int k) const {
  return lexicon::IsDocumentNoun(Word(k));
}

bool ClaimFinder::IsDocumentSpeaker(const Speaker& sp) const {
  if (sp.entity >= 0) {
    return mentions_.entities()[sp.entity].type == v1::SOURCE_TYPE_ORGANIZATION;
  }
  return sp.anonymous && IsDocumentNoun(sp.last - 1);
}

Speaker ClaimFinder::DocumentOwner(Speaker sp) const {
  // "ONS data showed", "figures from the UK Health Security Agency": the
  // organisation whose document it is speaks.
  if (!sp.found() || !sp.anonymous || sp.entity >= 0) return sp;
  bool document = false;
  for (int k = sp.first; k < sp.last && !document; ++k) document = IsDocumentNoun(k);
  if (!document) return sp;
  for (int k = sp.first; k < sp.last; ++k) {
    const int m = mentions_.MentionStartingAt(k);
    if (m < 0) continue;
    const Mention& mention = mentions_.mentions()[m];
    if (mention.entity >= 0 && mention.last <= sp.last &&
        mentions_.entities()[mention.entity].type == v1::SOURCE_TYPE_ORGANIZATION) {
      sp.entity = mention.entity;
      sp.anonymous = false;
      return sp;
    }
  }
  return sp;
}

int ClaimFinder::InfinitiveSubject(int cue, int from, const Sentence& s) const {
  int k = from;
  // "called on the minister to resign", "called for donors to give", "asked
  // for people to chip in".
  const bool call = absl::StartsWith(Word(cue), "call");
  if (!call && (t_[cue].cue & kCueObject) == 0) return -1;
  if (k < s.last && lexicon::IsCallForParticle(Word(k)) && (call || Word(k) == "for")) {
    ++k;
  } else if (call) {
    return -1;
  }
  // (Cheap first: a "to" within reach.)
  int to = k;
  while (to < s.last && to - k <= kMaxListenerTokens && (IsWord(t_[to]) || t_[to].possessive) &&
         Word(to) != "to") {
    ++to;
  }
  if (to >= s.last || to - k > kMaxListenerTokens || Word(to) != "to") return -1;
  int j = k;
  for (; j < to; ++j) {
    const Token& t = t_[j];
    if (m_.quote_depth[j] != 0) return -1;
    // A clause ("told reporters he would", "told her that"), a topic ("asked
    // him about plans to ...") or a cue: no listener of an infinitive.
    const absl::string_view w = Word(j);
    if ((t.cue != 0 && !t.upper) || w == "that" || w == "about" ||
        ((t.classes & (kPersonPronoun | kOtherPronoun | kRelative)) != 0 &&
         !lexicon::IsObjectPronoun(w)) ||
        lexicon::IsAuxiliary(w) || lexicon::IsSubordinator(w)) {
      return -1;
    }
  }
  // The infinitive: "to" and a lowercase verb ("to compromise"; not "to
  // clients", "to the board", "to him").
  if (j == k || j + 1 >= s.last) return -1;
  const Token& verb = t_[j + 1];
  if (verb.kind != TokenKind::kWord || verb.upper ||
      (verb.classes & kDeterminer) != 0 || lexicon::IsObjectPronoun(Word(j + 1)) ||
      PluralNoun(j + 1)) {
    return -1;
  }
  // "..., as his supporters urged them to do.": the object of "do" went before
  // the cue; the words after it say nothing.
  if (Word(j + 1) == "do" && (j + 2 >= s.last || !IsWord(t_[j + 2]))) return -1;
  return k;
}

int ClaimFinder::ContentStart(int cue, int from, const Sentence& s) const {
  int k = from;
  if ((t_[cue].cue & kCueObject) != 0 && k < s.last) {
    // "told the BBC he ...": the article goes with the listener's name; so do
    // lowercase titles ("told host Chris Cuomo she ...").
    if (k + 1 < s.last && Word(k) == "the" && mentions_.MentionStartingAt(k + 1) >= 0) ++k;
    int title = k;
    while (title < s.last && title - k < 3 && t_[title].kind == TokenKind::kWord &&
           !t_[title].upper && (t_[title].classes & (kTitle | kTitleHead)) != 0) {
      ++title;
    }
    if (title > k && mentions_.MentionStartingAt(title) >= 0) k = title;
    if (const int m = mentions_.MentionStartingAt(k); m >= 0) {
      k = mentions_.mentions()[m].last;
      // "told BBC reporters the plan ...", "told OSHA inspectors about ...": the
      // listeners the name modifies, when a clause or "about" follows them.
      const Token& noun = t_[std::min(k, s.last - 1)];
      if (k + 1 < s.last && noun.kind == TokenKind::kWord && !noun.upper &&
          absl::EndsWith(Word(k), "s") && !IsDocumentNoun(k) &&
          ((noun.classes & kSpeakerNoun) != 0 || speakers_.IsAgentNoun(k))) {
        const Token& next = t_[k + 1];
        if (Word(k + 1) == "that" || Word(k + 1) == "about" ||
            (next.kind == TokenKind::kWord &&
             (next.classes & (kDeterminer | kPersonPronoun | kOtherPronoun)) != 0)) {
          ++k;
        }
      }
    } else if (k + 1 < s.last && (Word(k) == "the" || Word(k) == "a" || Word(k) == "an")) {
      // "told the court the victim ...", "told a news conference that ...".
      int e = k + 1;
      while (e < s.last && e - k <= 3 && t_[e].kind == TokenKind::kWord && !t_[e].upper &&
             (t_[e].classes & (kDeterminer | kPersonPronoun | kOtherPronoun | kCue |
                               kFiller | kRelative)) == 0 &&
             Word(e) != "that" && Word(e) != "to") {
        ++e;
      }
      // Only when a clause follows: not "asked the crowd to stand", "told a tale."
      const bool clause_follows =
          e + 1 < s.last && (Word(e) == "that" || t_[e].upper ||
                             (t_[e].classes & (kDeterminer | kPersonPronoun |
                                               kOtherPronoun)) != 0);
      if (e > k + 1 && clause_follows) k = e;
    } else if (t_[k].kind == TokenKind::kWord && Word(k) != "that") {
      ++k;
    }
  }
  // "said on Friday that ...", "told CNN in an interview that ...": the content
  // follows "that" after a short adverbial.
  // So does "told a rally in Kisumu that ...": a listener's plain words; and
  // "said in a court filing that ...": where it was said.
  const bool object = (t_[cue].cue & kCueObject) != 0 ||
                      (k < s.last && t_[k].kind == TokenKind::kWord &&
                       lexicon::IsMediumPreposition(Word(k)));
  bool listener_words = false;
  for (int j = k; j < s.last && j < k + kMaxDirectGapWords + 2; ++j) {
    if (Word(j) == "that") {
      // (After a listener's plain words, only a "that" opening a clause: not
      // "urged people to seek shelter that way".)
      const bool clause = j + 1 < s.last && IsWord(t_[j + 1]) &&
                          (t_[j + 1].upper || t_[j + 1].kind == TokenKind::kNumber ||
                           (t_[j + 1].classes &
                            (kDeterminer | kPersonPronoun | kOtherPronoun)) != 0);
      if (j > k && (!listener_words || clause)) k = j;
      break;
    }
    const Token& t = t_[j];
    // "told his Peruvian counterpart, Alfonso Ugarte, that ...": the listener's
    // name between commas.
    if (object && IsPunct(t, ',') && j > k) {
      if (const int m = mentions_.MentionStartingAt(j + 1); m >= 0) {
        const int a = mentions_.mentions()[m].last;
        if (a + 1 < s.last && IsPunct(t_[a], ',') && Word(a + 1) == "that") k = a + 1;
      }
      break;
    }
    const bool listener_word =
        object && t.kind == TokenKind::kWord && t.cue == 0 &&
        (t.classes & (kPersonPronoun | kOtherPronoun | kRelative)) == 0;
    // ("has said repeatedly that ...", "warned publicly that ...": a filler adverb.)
    constexpr uint32_t kBeforeThat = kAdverbial | kTimeWord | kFiller;
    if (!(IsWord(t) && (t.upper || listener_word || (t.classes & kBeforeThat) != 0))) break;
    listener_words |= listener_word && !t.upper && (t.classes & kBeforeThat) == 0;
  }
  k = AfterTimeAdverbial(k, s);
  k = AfterMediumAdverbial(k, s);
  while (k < s.last &&
         (Word(k) == "that" || IsPunct(t_[k], ',') || IsPunct(t_[k], ':')) &&
         !(k + 1 < s.last && t_[k + 1].possessive)) {
    ++k;
  }
  return k;
}

std::pair<int, int> ClaimFinder::ContentAfter(int cue, int from,
                                              const Sentence& s) const {
  int k = InfinitiveSubject(cue, from, s);
  if (k < 0) k = ContentStart(cue, from, s);
  int e = k;
  for (; e < s.last; ++e) {
    if (IsPunct(t_[e], ',') && e + 1 < s.last && IsCue(e + 1, kCueParticiple)) break;
    if (t_[e].kind == TokenKind::kQuote && QuoteClaimedAt(e)) break;
    if (e > k && ClauseWithOwnSpeaker(e, s)) break;
    // "called the plan reckless and accused the council of ...": a second verb
    // of the speaker's ends what the first reported.
    if (e > k && CoordinatedVerbAt(e, cue, k, s)) break;
    // "said yes, but added that ...": a coordinated cue reports words of its own.
    if (e > k && IsPunct(t_[e], ',') && e + 2 < s.last && lexicon::IsClauseJoin(Word(e + 1))) {
      int v = e + 2;
      while (v + 1 < s.last && t_[v].kind == TokenKind::kWord && (t_[v].classes & kFiller) != 0)
        ++v;
      if (IsCue(v, kCueReport | kCueQuote) && (t_[v].cue & kCueParticiple) == 0) break;
    }
  }
  while (e > k && (IsTerminal(t_[e - 1]) || IsPunct(t_[e - 1], ',') ||
                   IsPunct(t_[e - 1], ';') || t_[e - 1].punct == 'D' ||
                   (IsPunct(t_[e - 1], '-') && t_[e - 1].space_before))) {
    --e;
  }
  return {k, e};
}

bool ClaimFinder::OpensObject(int k) const {
  const int n = static_cast<int>(t_.size());
  if (k >= n) return false;
  const Token& t = t_[k];
  const absl::string_view w = Word(k);
  // "urging members to keep talking": a bare noun the infinitive follows.
  if (k + 1 < n && t.kind == TokenKind::kWord && Word(k + 1) == "to") return true;
  return t.upper || t.kind == TokenKind::kNumber || t.kind == TokenKind::kQuote ||
         (t.classes & (kDeterminer | kPersonPronoun | kOtherPronoun)) != 0 || w == "to" ||
         w == "that" || w == "how" || w == "why" || w == "what" || w == "whether" ||
         lexicon::IsObjectPronoun(w);
}

bool ClaimFinder::ObjectOnly(int from, int to) const {
  // "said that ...", "says it started ...": a clause.
  if (from >= to || Word(from) == "that" || (from > 0 && Word(from - 1) == "that") ||
      OpensClause(from)) {
    return false;
  }
  for (int k = from; k < to; ++k) {
    const Token& t = t_[k];
    if (t.kind != TokenKind::kWord || t.upper || m_.quote_depth[k] != 0) continue;
    // "he spoke to Trump and asked him", "if Trump benefits ... and alleged
    // fraud": a clause, whose verbs the "and" may join.
    const absl::string_view w = Word(k);
    if (((t.classes & (kPersonPronoun | kOtherPronoun | kRelative)) != 0 &&
         !lexicon::IsObjectPronoun(w)) ||
        lexicon::IsAuxiliary(w) || lexicon::IsSubordinator(w) || w == "that" ||
        w == "whether" || w == "how" || w == "why" || w == "what") {
      return false;
    }
  }
  return true;
}

bool ClaimFinder::BareNounPhrase(int from, int to) const {
  if (!ObjectOnly(from, to)) return false;
  // "As POLITICO revealed, the RNC agreed to ...", "touted its polling shows
  // ...": a past verb or a cue word makes a clause.
  for (int k = from; k < to; ++k) {
    const Token& t = t_[k];
    if (t.kind != TokenKind::kWord || t.upper || m_.quote_depth[k] != 0) continue;
    if (t.cue != 0 || absl::EndsWith(Word(k), "ed")) return false;
  }
  return true;
}

bool ClaimFinder::CoordinatedVerbAt(int j, int cue, int content, const Sentence& s) const {
  const Token& join = t_[j];
  if (join.kind != TokenKind::kWord || join.upper || join.end - join.begin > 3 ||
      (Word(j) != "and" && Word(j) != "but")) {
    return false;
  }
  // What comes before must stand alone as a claim ("blasted Rubio and defended
  // Cruz" stays whole).
  if (WordsIn(content, j) < 2 || CreditLine({content, j})) return false;
  int v = j + 1;
  while (v + 1 < s.last && t_[v].kind == TokenKind::kWord && !t_[v].upper &&
         ((t_[v].classes & kFiller) != 0 ||
          (Word(v).size() > 4 && absl::EndsWith(Word(v), "ly")))) {
    ++v;
  }
  if (v + 1 >= s.last || t_[v].kind != TokenKind::kWord || t_[v].upper ||
      m_.quote_depth[v] != 0 || t_[v + 1].possessive) {
    return false;
  }
  const absl::string_view verb = Word(v);
  const bool speech_verb = t_[v].cue != 0 && (t_[v].cue & kCueAccording) == 0;
  // The verb takes an object or a clause ("accused him", "questioned how",
  // "argued that"), unlike an adjective ("and alleged fraud"); a speech verb
  // after a verb's object also a clause opening with a bare noun ("announced a
  // fund and said families who ... would"; not "and state offices").
  const bool bare_clause = speech_verb && (t_[cue].cue & kCueParticiple) == 0 &&
                           (t_[v].cue & kCueParticiple) == 0 &&
                           t_[v + 1].kind == TokenKind::kWord &&
                           (absl::EndsWith(verb, "ed") || verb == "said" || verb == "says");
  if (!OpensObject(v + 1) && !bare_clause) return false;
  // "calling him a stiff and accusing him of ...", "acknowledging X but warning
  // that Y": a second participle of the same subject.
  if ((t_[cue].cue & kCueParticiple) != 0) {
    return speech_verb && (t_[v].cue & kCueParticiple) != 0;
  }
  // "called him divisive and accused him of ...", "called her “third-rate” and
  // boycotted the debate": after an object (no clause of its own, whose verbs
  // the "and" could join), a speech verb or a past-tense verb with an object.
  if (!ObjectOnly(content, j)) return false;
  if (speech_verb) return (t_[v].cue & kCueParticiple) == 0;
  return absl::EndsWith(verb, "ed") && verb.size() >= 5 &&
         (t_[v].classes & kWordClassesNotVerbs) == 0;
}

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
    if (Word(c + 1) == "that") return false;
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

int ClaimFinder::AfterTimeAdverbial(int k, const Sentence& s) const {
  // "said on Tuesday it would cut jobs", "said last week the plan": the time
  // belongs to the saying, not to what was said.
  int j = k;
  bool time = false;
  while (j < s.last && j - k < 3 && IsWord(t_[j])) {
    const absl::string_view w = Word(j);
    if ((t_[j].classes & kTimeWord) != 0) {
      time = true;
    } else if (!lexicon::IsTimeOpener(w)) {
      break;
    }
    ++j;
  }
  if (!time || j >= s.last || !IsWord(t_[j]) || (t_[j].classes & kTimeWord) != 0)
    return k;
  return j;
}

bool ClaimFinder::ClauseWithOwnSpeaker(int k, const Sentence& s) const {
  // "Six in 10 say he is decisive, after half said so", "... - but she also
  // insisted ...", "... although he tweeted ...": the words after the join have
  // a speaker and a cue of their own.
  if (k + 2 >= s.last) return false;
  const Token& join = t_[k];
  const bool mark = IsPunct(join, ',') || IsPunct(join, ';') || join.punct == 'D' ||
                    (IsPunct(join, '-') && join.space_before);
  // Without a mark, a conjunction that opens a clause; a bare "and" also joins
  // nouns ("the mayor and the council agreed"), so only a pronoun after it.
  bool pronoun_only = false;
  if (!mark) {
    if (join.kind != TokenKind::kWord || join.upper || !lexicon::IsClauseLink(Word(k)) ||
        Word(k) == "after") {
      return false;
    }
    pronoun_only = Word(k) == "and";
  }
  int from = k + 1;
  if (mark && lexicon::IsClauseLink(Word(from))) ++from;
  // "..., but ultimately Prager thinks": a sentence adverb before the subject.
  while (from + 1 < s.last && t_[from].kind == TokenKind::kWord && !t_[from].upper &&
         Word(from).size() > 4 && absl::EndsWith(Word(from), "ly")) {
    ++from;
  }
  // "... but that she was told ...": a second clause the same cue reports.
  if (Word(from) == "that") return false;
  for (int c = from + 1; c < s.last && c <= from + kMaxClauseCueOffset; ++c) {
    if (!IsWord(t_[c])) return false;
    if (!IsCue(c, kCueReport | kCueQuote) || (t_[c].cue & kCueParticiple) != 0) continue;
    if (!mark && PassiveCue(c)) return false;  // "... and he was told to wait"
    // The speaker opens the clause ("the engineers": after its article), or the
    // relative clause of a short noun phrase that does ("- a point that
    // intelligence officials have disputed").
    const Speaker sp = speakers_.Left(c, from);
    const bool determiner = (t_[from].classes & kDeterminer) != 0;
    const bool relative = sp.found() && determiner && sp.first - 1 > from + 1 &&
                          sp.first - 1 - from <= 3 && Word(sp.first - 1) == "that";
    const bool opens =
        sp.found() && (sp.first == from || (sp.first == from + 1 && determiner) || relative);
    return opens && (!pronoun_only || sp.pronoun);
  }
  return false;
}

int ClaimFinder::AfterMediumAdverbial(int k, const Sentence& s) const {
  // "said in a statement it had hired lawyers": where it was said is not what.
  const absl::string_view w = Word(k);
  if (!lexicon::IsVenuePreposition(w)) return k;
  int j = k + 1;
  while (j < s.last && j - k <= 4 && t_[j].kind == TokenKind::kWord && !t_[j].upper &&
         (t_[j].classes & kAdverbial) != 0) {
    ++j;
  }
  if (j == k + 1 || j >= s.last) return k;
  const Token& next = t_[j];
  // "said in a statement to the Associated Press that ...", "in an MSNBC
  // interview he ...", "in a statement Tuesday she ...": a name or a day in the
  // phrase belongs to where (or when) it was said when a clause follows it.
  if (next.upper) {
    int v = j;
    if (const int m = mentions_.MentionStartingAt(j); m >= 0) {
      v = mentions_.mentions()[m].last;
    } else {
      while (v < s.last && t_[v].upper && (t_[v].classes & kTimeWord) != 0) ++v;
    }
    const int name_end = v;
    while (v < s.last && v - name_end < 3 && t_[v].kind == TokenKind::kWord && !t_[v].upper &&
           (t_[v].classes & (kAdverbial | kTimeWord)) != 0 && Word(v) != "that") {
      ++v;
    }
    if (v > j && v + 1 < s.last && t_[v].kind == TokenKind::kWord && !t_[v].upper) {
      if (Word(v) == "that") return v + 1;
      if ((t_[v].classes & (kPersonPronoun | kOtherPronoun | kDeterminer)) != 0) return v;
    }
  }
  const bool clause_starts =
      next.upper || Word(j) == "that" ||
      (next.classes & (kPersonPronoun | kOtherPronoun | kDeterminer)) != 0;
  return clause_starts ? (Word(j) == "that" ? j + 1 : j) : k;
}

bool ClaimFinder::OpensQualifyingPhrase(int k) const {
  const Token& t = t_[k];
  if (t.kind != TokenKind::kWord || t.upper) return false;
  const absl::string_view w = Word(k);
  return w == "with" || w == "as" || w == "amid" || w == "despite";
}

bool ClaimFinder::CreditLine(std::pair<int, int> content) const {
  // "conceded shortly before midnight", "spoke soon after the vote": an adverb
  // of time before the preposition.
  if (content.second - content.first > 2 && t_[content.first].kind == TokenKind::kWord &&
      lexicon::IsTimeAdverb(Word(content.first))) {
    ++content.first;
  }
  const Token& t = t_[content.first];
  if (t.kind != TokenKind::kWord || t.upper) return false;
  const absl::string_view w = Word(content.first);
  // "(Reporting by Jo Ng; Editing by ...)", "responded by pointing a finger":
  // words after "by" are who or how, never what was said.
  if (w == "by" && (content.first == 0 || Word(content.first - 1) != "that")) return true;
  // ("tweeting after the speech": when, not what.)
  const bool preposition = (t.classes & kAffiliationPrep) != 0 ||
                           lexicon::IsCreditPreposition(w) || lexicon::IsSubordinator(w);
  return preposition && WordsIn(content.first, content.second) <= 5;
}

Speaker ClaimFinder::PhraseAfterComma(int cue, const Sentence& s) const {
  int p = cue - 1;
  while (p > s.first && cue - p <= kMaxFinalSpeakerTokens && !IsPunct(t_[p], ',')) {
    if (t_[p].kind != TokenKind::kWord || (t_[p].cue != 0 && p != cue)) return Speaker{};
    --p;
  }
  if (p <= s.first || !IsPunct(t_[p], ',') || p + 1 >= cue) return Speaker{};
  Speaker sp = speakers_.Left(cue, p + 1);
  if (sp.found() && sp.first == p + 1) return sp;
  // Start the phrase with a determiner, a name, a pronoun or a speaking noun,
  // or a count of a group ("one of the people", "two of the bankers").
  const Token& first = t_[p + 1];
  const bool count = (first.classes & kNumberWord) != 0 && p + 2 < cue && Word(p + 2) == "of";
  const bool plausible =
      first.upper || (first.classes & (kDeterminer | kSpeakerNoun)) != 0 || count;
  if (!plausible) return Speaker{};
  Speaker np;
  np.first = p + 1;
  np.last = cue;
  np.anonymous = true;
  if (const int m = mentions_.MentionStartingAt(p + 1); m >= 0) {
    np.entity = mentions_.mentions()[m].entity;
    np.anonymous = false;
  }
  return np;
}

bool ClaimFinder::AppositiveToEnd(int k, const Sentence& s) const {
  // ", an appositive" or a relative clause ("said Democrats who point to ...").
  if (k >= s.last || !(IsPunct(t_[k], ',') || (t_[k].kind == TokenKind::kWord &&
                                              !t_[k].upper && (t_[k].classes & kRelative) != 0))) {
    return false;
  }
  for (int j = k + 1; j < s.last; ++j) {
    if (t_[j].cue != 0 && !t_[j].upper) return false;
    // A quote opening here (not the apostrophe of "terrorists'").
    if (t_[j].kind == TokenKind::kQuote) {
      const size_t q = FirstQuoteFrom(j);
      if (q < m_.quotes.size() && m_.quotes[q].open == j) return false;
    }
  }
  return true;
}

bool ClaimFinder::IntroducesQuote(const Sentence& s) const {
  return s.last < static_cast<int>(t_.size()) && IsPunct(t_[s.last - 1], ':') &&
         t_[s.last].kind == TokenKind::kQuote;
}

bool ClaimFinder::AtSentenceEnd(int k, const Sentence& s, bool circumstance_ends) const {
  int words = 0;
  for (int j = k; j < s.last; ++j) {
    const Token& t = t_[j];
    // "..., Roe said, citing low growth": a participle opens its own claim;
    // "..., the company said in a statement, helped by demand": a passive one
    // goes on with the words before the attribution.
    // So does how the speaker spoke ("..., the people said, speaking on
    // condition of anonymity").
    if (IsPunct(t, ',') && j + 1 < s.last &&
        (IsCue(j + 1, kCueParticiple) || IsPassiveClause(j + 1) ||
         (t_[j + 1].kind == TokenKind::kWord && lexicon::IsMannerParticiple(Word(j + 1))))) {
      return true;
    }
    if (IsWord(t)) {
      if (++words > 6 || (t.classes & (kAdverbial | kTimeWord | kFiller)) == 0) {
        // "..., she said Wednesday on MSNBC's “Morning Joe.”": from the last
        // medium preposition, where it was said.
        for (int p = j; p >= k; --p) {
          if (IsWord(t_[p]) && lexicon::IsMediumPreposition(Word(p))) return VenueToEnd(p, s);
        }
        return false;
      }
      continue;
    }
    // "..., his aides argued in interviews; rather, ...": the clause ends.
    if (IsPunct(t, ';')) return true;
    // "..., its developer said on Thursday, after a valve failed": the
    // circumstance of the saying follows.
    // (Not before a participle, whose subject is the claim's: "..., officials
    // said, before being shot by police".)
    if (circumstance_ends && IsPunct(t, ',') && j + 2 < s.last &&
        t_[j + 1].kind == TokenKind::kWord && !t_[j + 1].upper &&
        lexicon::IsCircumstanceOpener(Word(j + 1)) && !absl::EndsWith(Word(j + 2), "ing")) {
      return true;
    }
    // "..., the agency said on Thursday, a setback for the plan": an indefinite
    // noun phrase after the saying comments on the claim.
    if (circumstance_ends && IsPunct(t, ',') && j + 2 < s.last && IsWord(t_[j + 2]) &&
        (Word(j + 1) == "a" || Word(j + 1) == "an")) {
      return true;
    }
    // "..., the company said on Monday, because demand fell": the reason is a
    // claim of its own (ReasonAfter()).
    if (circumstance_ends && ReasonOpensAt(j, s)) return true;
    if (t.kind == TokenKind::kPunct && !IsTerminal(t)) return false;
  }
  return true;
}

bool ClaimFinder::PluralNoun(int k) const {
  const absl::string_view w = Word(k);
  return w.size() > 3 && absl::EndsWith(w, "s") && !absl::EndsWith(w, "ss") &&
         !absl::EndsWith(w, "us") && t_[k].cue == 0;
}

bool ClaimFinder::VenueToEnd(int k, const Sentence& s) const {
  // ("reported at least six planes": a number's qualifier.)
  // ("insisted on acting now": a gerund is what was said.)
  if (k + 1 < s.last && (Word(k + 1) == "least" || Word(k + 1) == "most" ||
                         (!t_[k + 1].upper && absl::EndsWith(Word(k + 1), "ing")))) {
    return false;
  }
  int words = 0;
  for (int j = k + 1; j < s.last; ++j) {
    const Token& t = t_[j];
    if (t.kind == TokenKind::kQuote || IsTerminal(t)) continue;
    // "in his 2012 book, “An American Son.”": the comma before a work's title.
    if (IsPunct(t, ',') && WorkNounBefore(j + 1)) continue;
    if (!IsWord(t) || ++words > kMaxVenueWords ||
        (t.classes & (kPersonPronoun | kOtherPronoun | kRelative)) != 0) {
      return false;
    }
    // ("said in a note to clients": a cue word after an article is a noun.)
    const bool noun = j > k + 1 && lexicon::IsNounDeterminer(Word(j - 1));
    if (!t.upper && (Word(j) == "that" || (t.cue != 0 && !noun))) return false;
    // "called on tech companies to become ...": an infinitive is a clause (not
    // a plural noun: "to clients", "to investors").
    if (Word(j) == "to" && j + 1 < s.last && t_[j + 1].kind == TokenKind::kWord &&
        !t_[j + 1].upper && !lexicon::IsNounDeterminer(Word(j + 1)) &&
        !PluralNoun(j + 1)) {
      return false;
    }
  }
  return words > 0;
}

int ClaimFinder::AfterListener(int c, const Sentence& s) const {
  int k = c + 1;
  if ((t_[c].cue & kCueObject) == 0 || k >= s.last) return k;
  // "told The Huffington Post": the article may open the name.
  int m = mentions_.MentionStartingAt(k);
  if (m < 0 && k + 1 < s.last && (Word(k) == "the" || Word(k) == "The")) {
    m = mentions_.MentionStartingAt(k + 1);
  }
  return m >= 0 ? mentions_.mentions()[m].last : c + 1;
}

bool ClaimFinder::IsParticiple(int k) const {
  const Token& t = t_[k];
  if (t.kind != TokenKind::kWord || t.upper || t.cue != 0 ||
      (t.classes & kWordClassesNotVerbs) != 0) {
    return false;
  }
  const absl::string_view w = Word(k);
  return w.size() > 4 && (absl::EndsWith(w, "ed") || absl::EndsWith(w, "en"));
}

bool ClaimFinder::IsPassiveClause(int k) const {
  return IsParticiple(k) && k + 1 < static_cast<int>(t_.size()) && Word(k + 1) == "by";
}

bool ClaimFinder::ReasonOpensAt(int j, const Sentence& s) const {
  return IsPunct(t_[j], ',') && j + 3 < s.last && t_[j + 1].kind == TokenKind::kWord &&
         !t_[j + 1].upper && lexicon::IsReasonOpener(Word(j + 1));
}

void ClaimFinder::ReasonAfter(int k, int cue, const Speaker& sp, const Sentence& s) {
  int comma = k;
  while (comma < s.last && !IsPunct(t_[comma], ',')) ++comma;
  if (comma >= s.last || !ReasonOpensAt(comma, s)) return;
  const std::pair<int, int> reason = ContentAfter(cue, comma + 1, s);
  if (reason.first != comma + 1 || WordsIn(reason.first, reason.second) < 3) return;
  Emit(v1::CLAIM_KIND_INDIRECT_QUOTE, reason, cue, cue, sp);
}

void ClaimFinder::AfterSemicolon(int k, int cue, const Speaker& sp, const Sentence& s) {
  int semi = k;
  while (semi < s.last && !IsPunct(t_[semi], ';')) {
    if (IsPunct(t_[semi], ',')) return;  // "..., Roe said, citing ...; ..."
    ++semi;
  }
  if (semi + 1 >= s.last) return;
  int e = s.last;
  while (e > semi + 1 && (IsTerminal(t_[e - 1]) || IsPunct(t_[e - 1], ','))) --e;
  if (WordsIn(semi + 1, e) < 3) return;
  for (int j = semi + 1; j < e; ++j) {
    if (t_[j].kind == TokenKind::kQuote || IsCue(j, kCueReport | kCueQuote)) return;
  }
  Emit(v1::CLAIM_KIND_INDIRECT_QUOTE, {semi + 1, e}, cue, cue, sp);
}

bool ClaimFinder::IsAttributionOfEarlierQuote(int c) const {
  int steps = 0;
  for (auto it = claims_.rbegin(); it != claims_.rend() && ++steps <= kMaxClaimLookback;
       ++it) {
    if (it->cue_token == c) return it->end <= t_[c].begin;
  }
  return false;
}

bool ClaimFinder::ClaimEndsAt(int first, int last) const {
  if (last < first) return false;
  int steps = 0;
  for (auto it = claims_.rbegin(); it != claims_.rend() && ++steps <= kMaxClaimLookback;
       ++it) {
    if (it->begin >= t_[first].begin && it->begin <= t_[last].begin &&
        it->end >= t_[last].end) {
      return true;
    }
  }
  return false;
}

Speaker ClaimFinder::EarlierSpeaker(int first, int before) const {
  int steps = 0;
  for (auto it = claims_.rbegin(); it != claims_.rend() && ++steps <= kMaxClaimLookback;
       ++it) {
    if (it->cue_token >= first && it->cue_token < before && it->speaker.found()) {
      return it->speaker;
    }
  }
  return Speaker{};
}

int ClaimFinder::LabelColon(const Sentence& s) const {
  int colon = -1;
  const Token& first = t_[s.first];
  // "Q. Why did you leave?" / "A. I wanted to play.": the label is its own colon.
  if (first.ends_period && first.end - first.begin == 2 && s.first + 1 < s.last &&
      (s.first == 0 || t_[s.first - 1].paragraph != first.paragraph)) {
    const char letter = m_.text[first.begin];
    if (letter == 'Q' || letter == 'A') return s.first;
  }
  if (const int m = mentions_.MentionStartingAt(s.first); m >= 0) {
    const Mention& mention = mentions_.mentions()[m];
    if (mention.kind == MentionKind::kPlace) return -1;  // "Iowa: Tim Albrecht, ..."
    colon = mention.last;
  } else if (first.kind == TokenKind::kWord && first.upper && !first.possessive &&
             (first.classes & kSpeakerNoun) != 0) {
    colon = s.first + 1;  // "Poll: ...", "Historians: ..."
  }
  if (colon < 0 || colon >= s.last || !IsPunct(t_[colon], ':')) return -1;
  // "CORRECTION:", "Paid Notice:", "Delegate Update:": a rubric, not a speaker.
  if (colon > s.first && t_[colon - 1].kind == TokenKind::kWord &&
      lexicon::IsRubricLabel(absl::AsciiStrToLower(Word(colon - 1)))) {
    return -1;
  }
  return colon;
}

bool ClaimFinder::IsTranscript() {
  if (labelled_paragraphs_ < 0) {
    labelled_paragraphs_ = 0;
    for (size_t i = 0; i < m_.sentences.size(); ++i) {
      const Sentence& s = m_.sentences[i];
      if ((i == 0 || m_.sentences[i - 1].paragraph != s.paragraph) && LabelColon(s) >= 0)
        ++labelled_paragraphs_;
    }
  }
  return labelled_paragraphs_ >= 2;
}

bool ClaimFinder::IsQaTranscript() {
  if (qa_paragraphs_ < 0) {
    bool q = false, a = false;
    for (const Sentence& s : m_.sentences) {
      if (LabelColon(s) != s.first) continue;
      (m_.text[t_[s.first].begin] == 'Q' ? q : a) = true;
    }
    qa_paragraphs_ = q && a ? 1 : 0;
  }
  return qa_paragraphs_ == 1;
}

void ClaimFinder::ColonHeadline(const Sentence& s) {
  int colon = LabelColon(s);
  // "A. Smith said": "Q."/"A." label paragraphs only in an interview with both.
  if (colon == s.first && !IsQaTranscript()) colon = -1;
  int label_first = s.first;
  int from = colon + 1;
  if (colon < 0) {
    // "Alder: Absolutely. We built it for a century.": in a transcript (two or
    // more paragraphs open with a label), every sentence of a labelled paragraph
    // is the speaker's.
    int first = m_.sentence_of_token[s.first];
    while (first > 0 && m_.sentences[first - 1].paragraph == s.paragraph) --first;
    const Sentence& opener = m_.sentences[first];
    if (&opener == &s || opener.paragraph != s.paragraph) return;
    colon = LabelColon(opener);
    if (colon < 0 || t_[colon + 1].kind == TokenKind::kQuote || !IsTranscript() ||
        (colon == opener.first && !IsQaTranscript())) {
      return;
    }
    for (int k = opener.first; k < colon; ++k) {
      if (t_[k].kind == TokenKind::kWord && !t_[k].upper) return;  // "Follow X on Y:"
    }
    label_first = opener.first;
    from = s.first;
  }
  if (from + 1 >= s.last || t_[from].kind == TokenKind::kQuote) return;
  int e = s.last;
  while (e > from && (IsTerminal(t_[e - 1]) || IsPunct(t_[e - 1], ','))) --e;
  if (WordsIn(from, e) < 3) return;
  Speaker sp = speakers_.Right(label_first - 1, colon);
  if (colon == label_first ||
      (colon == label_first + 1 && t_[label_first].end - t_[label_first].begin == 1)) {
    // "Q:" and "A:" in an interview: the interviewer and the interviewee,
    // unnamed here.
    sp.entity = -1;
    sp.anonymous = true;
  }
  if (!sp.found()) {
    // "Poll: ...", "Historians: ...": a speaking noun as the label.
    sp.first = label_first;
    sp.last = std::max(colon, label_first + 1);
    sp.anonymous = true;
  }
  Emit(v1::CLAIM_KIND_ATTRIBUTED, {from, e}, colon, colon, sp, /*may_mix=*/false);
}

int ClaimFinder::DocumentPhraseEnd(int in, int hi) const {
  // "in the latest Washington Post-ABC News poll", "in Monday's survey": words,
  // names, numbers, possessives and joining marks up to a document noun.
  for (int k = in + 1; k < hi && k <= in + kMaxDocumentPhraseTokens; ++k) {
    const Token& t = t_[k];
    if (t.kind == TokenKind::kWord && !t.upper && !t.possessive && IsDocumentNoun(k)) {
      // One document ("the survey"), not the idiom "in the polls".
      const absl::string_view w = Word(k);
      const bool plural = absl::EndsWith(w, "s") && !absl::EndsWith(w, "sis");
      return k == in + 1 || plural ? -1 : k + 1;
    }
    const bool joiner = IsPunct(t, '/') || IsPunct(t, '-') || t.punct == 'D';
    // ("in Toronto on Wednesday after the report": a preposition or
    // subordinator inside opens another phrase.)
    if (!(IsWord(t) || joiner) || (t.classes & (kRelative | kCue)) != 0 ||
        (k > in + 1 && !t.upper &&
         ((t.classes & kAffiliationPrep) != 0 || lexicon::IsVenuePreposition(Word(k)) ||
          lexicon::IsSubordinator(Word(k))))) {
      return -1;
    }
  }
  return -1;
}

void ClaimFinder::InDocument(const Sentence& s) {
  // Where the phrase may start: the sentence's first word, or the "in" before a
  // document noun ending the sentence.
  int last_word = s.last - 1;
  while (last_word > s.first && IsTerminal(t_[last_word])) --last_word;
  const int tail_from = std::max(s.first + 1, last_word - kMaxDocumentPhraseTokens);
  // (Speaking nouns hold the document nouns: a bit test before the lookup.)
  const bool tail = last_word > s.first + 2 && t_[last_word].kind == TokenKind::kWord &&
                    (t_[last_word].classes & kSpeakerNoun) != 0 && IsDocumentNoun(last_word);
  for (int k = s.first; k + 2 < s.last; k = k == s.first ? (tail ? tail_from : s.last) : k + 1) {
    const Token& t = t_[k];
    if (t.end - t.begin != 2 || t.kind != TokenKind::kWord) continue;  // cheap first
    const absl::string_view w = Word(k);
    if (!(w == "in" || (w == "In" && k == s.first))) continue;
    const int end = DocumentPhraseEnd(k, s.last);
    if (end < 0) continue;
    // "in the survey, taken Monday": a participle phrase about the document.
    int after = end;
    if (after < s.last && IsParticiple(after)) {
      while (after < s.last && !IsPunct(t_[after], ',') && !IsTerminal(t_[after])) ++after;
    }
    if (after < s.last && !IsPunct(t_[after], ',') && !IsTerminal(t_[after])) continue;
    std::pair<int, int> content;
    if (k == s.first) {
      if (after >= s.last || !IsPunct(t_[after], ',')) continue;
      int e = s.last;
      while (e > after + 1 && (IsTerminal(t_[e - 1]) || IsPunct(t_[e - 1], ','))) --e;
      content = {after + 1, e};
    } else {
      int e = k;
      while (e > s.first && IsPunct(t_[e - 1], ',')) --e;
      content = {s.first, e};
    }
    if (WordsIn(content.first, content.second) < 3) continue;
    // The words have an attribution of their own ("In the poll, 40% said ...").
    bool own_cue = false;
    for (int c = content.first; c < content.second && !own_cue; ++c) {
      own_cue = IsCue(c, kCueReport | kCueDocument) || t_[c].kind == TokenKind::kQuote;
    }
    if (own_cue) continue;
    Speaker sp;
    sp.first = t_[k + 1].kind == TokenKind::kWord && (t_[k + 1].classes & kDeterminer) != 0
                   ? k + 2
                   : k + 1;
    sp.last = end;
    sp.anonymous = true;
    Emit(v1::CLAIM_KIND_ATTRIBUTED, content, k, k, DocumentOwner(sp), /*may_mix=*/false);
    return;
  }
}

void ClaimFinder::Reported(const Sentence& s) {
  ColonHeadline(s);
  InDocument(s);
  bool earlier_cue = false;
  int main_start = -1;  // MainClauseStart(s), computed when first needed
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
      const std::pair<int, int> content = ContentAfter(c, cue_last + 1, s);
      if (sp.found() && WordsIn(content.first, content.second) >= 2) {
        Emit(v1::CLAIM_KIND_INDIRECT_QUOTE, content, c, cue_last, sp);
      }
      continue;
    }
    if (participle && c > s.first && Word(c - 1) == "by") continue;  // "by echoing"
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
      continue;
    }
    earlier_cue = true;
    if ((t_[c].cue & kCueAccording) != 0) {
      According(c, s);
      continue;
    }
    Speaker sp = SourceWithModifier(c, s.first);
    if (!sp.found() && !participle) sp = SubjectBeforeAside(c, s);
    // (Before a name inside the clause: "Businesses that rely on tourists say".)
    if (!sp.found() && !participle) sp = SubjectBeforeRelative(c, s, /*that_only=*/true);
    if (!sp.found()) sp = speakers_.Left(c, s.first);
    if (!sp.found() && !participle) sp = speakers_.OpeningNounPhrase(s, c);
    if (!sp.found() && !participle) sp = SubjectBeforeRelative(c, s, /*that_only=*/false);
    // "The mayor toured the site and said ...": the subject of the verb the cue
    // is coordinated with speaks.
    // (Not when the cue lies inside the clause an earlier cue reported: "said the
    // agency was reviewing it and would announce ..." joins the clause's verbs.)
    if (!sp.found() && !participle && CoordinatedCue(c, s) && !InsideEarlierClaim(c, s)) {
      sp = speakers_.Subject(s, c);
    }
    bool inverted = false;
    // "X struck a measured tone, saying ...": the subject speaks; so does it
    // after an object with an aside ("Fiorina criticised Donald Trump, the
    // front-runner, saying ...": Fiorina, not Trump).
    if (participle && c > s.first && IsPunct(t_[c - 1], ',')) {
      if (main_start < 0) main_start = speakers_.MainClauseStart(s, s.last);
      // (The clause starts after a dateline: "PARIS, Aug 31 (Reuters) - ...".)
      const int clause = std::max(main_start, AfterDateline(s.first));
      if (!sp.found()) {
        sp = speakers_.Subject(s, c);
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
    if (!participle && AtSentenceEnd(AfterListener(c, s), s, /*circumstance_ends=*/true)) {
      if (Speaker np = PhraseAfterComma(c, s); np.found()) sp = np;
    }
    // (After a listener cue the name is the listener: "the dockers' union told
    // members to ...".)
    if (!sp.found() && !participle && (t_[c].cue & kCueObject) == 0) {
      sp = speakers_.Right(c, s.last);
      // "said they were ...": a subject followed by its verb starts the content.
      if (sp.found() && FollowedByVerb(sp, s.last)) sp = Speaker{};
      inverted = sp.found();
    }
    // "Consumer group Which? said ...": a name ending in a question mark ended
    // the sentence before the cue; that name speaks.
    if (!sp.found() && !participle) sp = NameEndingInMark(c, s);
    if (!sp.found() && !participle) sp = PlainSubject(c, s);
    // "Trump issued a statement saying ...": the issuer speaks.
    if (participle && sp.found() && sp.anonymous && sp.first > s.first &&
        (Word(sp.first - 1) == "a" || Word(sp.first - 1) == "an")) {
      if (Speaker subject = speakers_.Subject(s, sp.first); subject.found()) sp = subject;
    }
    sp = DocumentOwner(sp);
    if ((t_[c].cue & kCueDocument) != 0 &&
        !(sp.found() && (IsDocumentSpeaker(sp) || ResearchersFound(sp, c, s) ||
                      PublicBodyFound(sp, c, s)))) {
      sp = DocumentSubject(s, c);  // "A study published in The Lancet found ..."
    }
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
    const int group_last = std::max(sp.last - 1, cue_last);
    const bool after_comma = group_first > s.first && IsPunct(t_[group_first - 1], ',');
    std::pair<int, int> content;
    if (after_comma && group_first > s.first + 1 &&
        // (A clause before the attribution, not an adverbial: "In those years,
        // Ms. Ripert said, when she ..., a boss ..." goes on after it.)
        (AtSentenceEnd(group_last == c ? AfterListener(c, s) : group_last + 1, s,
                       /*circumstance_ends=*/WordsIn(s.first, group_first - 1) >=
                               kMinFrontedClaimWords &&
                           !lexicon::IsClauseOpener(Word(s.first))) ||
         (inverted && AppositiveToEnd(group_last + 1, s)))) {
      content = {s.first, group_first - 1};
      AfterSemicolon(group_last + 1, c, sp, s);
      ReasonAfter(group_last + 1, c, sp, s);
    } else if (after_comma && group_last + 1 < s.last &&
               IsPunct(t_[group_last + 1], ',')) {
      // "Back then, Ms. Ripert said, she found ...": words on both sides.
      // (Not when an earlier cue of the sentence reported those words: "X said
      // that ... no different, he said, from ...".)
      const bool before = WordsIn(s.first, group_first - 1) >= 1 && !IntroducesQuote(s) &&
                          !ClaimEndsAt(s.first, group_first - 2);
      if (before) {
        Emit(v1::CLAIM_KIND_INDIRECT_QUOTE, {s.first, group_first - 1}, c, cue_last, sp);
      }
      content = ContentAfter(c, group_last + 1, s);
      // "..., the study found, with most of the rest released as ...": a phrase
      // that only qualifies the words before is no claim of its own.
      if (before && OpensQualifyingPhrase(content.first)) continue;
    } else {
      content = ContentAfter(c, inverted ? sp.last : cue_last + 1, s);
    }
    // "While the president has said he opposes X, his administration ...": a cue
    // inside an opening subordinate clause reports only up to that clause's end.
    if (main_start < 0) main_start = speakers_.MainClauseStart(s, s.last);
    if (main_start > c + 1 && main_start - 1 > content.first &&
        main_start - 1 < content.second) {
      content.second = main_start - 1;
    }
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
    if (relative > s.first && content.first > c &&
        (pronoun_speaker || IsPunct(t_[relative - 1], ',')) &&
        (Word(relative) == "which" || Word(relative) == "who" || Word(relative) == "whom")) {
      const int e = ClauseEnd(content.first, s.last);
      // (A cue may be the main verb after a pronoun speaker: "..., said".)
      const bool main_verb = ClauseVerbAt(e + 1, s.last) ||
                             (pronoun_speaker && e + 1 < s.last && IsCue(e + 1, kCueReport));
      if (e < content.second && IsPunct(t_[e], ',') && main_verb) {
        content.second = e;
        if (pronoun_speaker && !lexicon::IsRefusalCue(Word(c)) && BareNounPhrase(content.first, e)) {
          continue;
        }
      }
    }
    // "said yes while 48 percent disagreed": the answer is all the speaker said.
    if (content.second - content.first > 1 && t_[content.first].kind == TokenKind::kWord &&
        !t_[content.first].upper && lexicon::IsAnswerWord(Word(content.first)) &&
        (IsPunct(t_[content.first + 1], ',') ||
         lexicon::IsConjunction(Word(content.first + 1)))) {
      content.second = content.first + 1;
    }
    // "pushed back against the charge": the phrasal cue's object, not speech.
    if (cue_last > c && content.first == cue_last + 1 && content.first < s.last &&
        lexicon::IsPhrasalObjectPreposition(Word(content.first))) {
      continue;
    }
    // "Trump proposed barring all foreign Muslims", "Obama touted the law's
    // accomplishments": a cue that reports only a clause names no claim with a
    // bare noun phrase after it.
    if (content.first > c && lexicon::IsClauseOnlyCue(Word(c)) &&
        BareNounPhrase(content.first, content.second)) {
      continue;
    }
    // "Owner Charged With Fraud", "had charged 90 people": a cue that reports
    // only a that-clause reports nothing else after it.
    if (content.first > c && lexicon::IsThatOnlyCue(Word(c)) &&
        !(content.first > c + 1 && Word(content.first - 1) == "that")) {
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
}

Speaker ClaimFinder::PlainSubject(int c, const Sentence& s) const {
  if (t_[c].upper || !lexicon::IsSayVerb(Word(c))) return Speaker{};
  const int start = speakers_.MainClauseStart(s, c);
  if (c - start < 2 || c - start > kMaxPlainSubjectTokens) return Speaker{};
  const Token& first = t_[start];
  if (!(first.upper || first.kind == TokenKind::kNumber ||
        (first.classes & (kDeterminer | kNumberWord)) != 0) ||
      lexicon::IsNonSubjectOpener(Word(start))) {
    return Speaker{};
  }
  for (int k = start; k < c; ++k) {
    const Token& t = t_[k];
    if (m_.quote_depth[k] != 0 || !(IsWord(t) || t.possessive)) return Speaker{};
    if (t.kind != TokenKind::kWord || t.upper || t.possessive || k == start) continue;
    const absl::string_view w = Word(k);
    // A verb or a clause inside ("The plan he backed", "Reading the report"):
    // no noun phrase; nor a second determiner without a preposition before it
    // ("The way the vote went").
    // ("Let me just say", "Stewart wouldn't say": an object pronoun or a
    // contracted auxiliary makes a clause too.)
    if (t.cue != 0 || (t.classes & (kPersonPronoun | kOtherPronoun | kRelative)) != 0 ||
        lexicon::IsAuxiliary(w) || lexicon::IsSubordinator(w) || w == "that" ||
        lexicon::IsObjectPronoun(w) || absl::StrContains(w, "'") ||
        absl::StrContains(w, "\xE2\x80\x99") ||
        (w.size() > 4 && absl::EndsWith(w, "ing")) ||
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
  if (k >= s.last || !IsWord(t_[k]) || t_[k].upper || !lexicon::IsSourceModifier(Word(k))) {
    return k;
  }
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
    Speaker head = speakers_.Left(j, lo);
    if (!head.found() || head.last != j || head.pronoun) return Speaker{};
    head.last = c;
    return head;
  }
  return Speaker{};
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
  return w == "who" || w == "which" || IsParticiple(k) || lexicon::IsIrregularParticiple(w) ||
         (k + 1 < s.last && Word(k + 1) == "by" && t.cue == 0);
}

Speaker ClaimFinder::SubjectBeforeAside(int c, const Sentence& s) const {
  if (c < s.first + 4 || !IsPunct(t_[c - 1], ',')) return Speaker{};
  int a = c - 2;  // the aside's opening comma
  while (a > s.first && IsWord(t_[a])) --a;
  if (a <= s.first || !IsPunct(t_[a], ',') || a + 1 >= c - 1 ||
      WordsIn(a + 1, c - 1) > kMaxRelativeClauseWords || !OpensNounAside(a + 1, s)) {
    return Speaker{};
  }
  // The phrase opens the main clause, or follows a fronted claim's comma (a
  // clause with a verb: not the name of "Jo Hale, 58, who ...", "X, director of
  // Y, which ...").
  const int main_start = speakers_.MainClauseStart(s, a);
  int start = a - 1;
  while (start > s.first && IsWord(t_[start - 1])) --start;
  if (start > main_start) {
    if (!IsPunct(t_[start - 1], ',') || WordsIn(main_start, start - 1) < kMinFrontedClaimWords)
      return Speaker{};
    bool verb = false;
    for (int k = main_start; k < start - 1 && !verb; ++k) verb = ClauseVerbAt(k, start - 1);
    if (!verb) return Speaker{};
  }
  start = std::max(start, main_start);
  return HeadNounPhrase(start, a);
}

Speaker ClaimFinder::HeadNounPhrase(int start, int a) const {
  if (a <= start || a - start > kMaxPlainSubjectTokens) return Speaker{};
  for (int k = start; k < a; ++k) {
    if (ClauseVerbAt(k, a) || t_[k].cue != 0 || IsPunct(t_[k], ',') ||
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
  // (The clause's first word is capitalised: "One nurse", "Analysts".)
  while (end < a && end - head < 4 && (!t_[end].upper || end == start) &&
         !IsNounPhraseBreak(end)) {
    ++end;
  }
  if (end == head || (end < a && end - head >= 4)) return Speaker{};
  // A capitalised word after the head is a name with its title ("Professor Ada
  // Quist of Lund University, who ..."): the name finders read it, not the title.
  if (end < a && t_[end].upper && end != start) return Speaker{};
  Speaker sp;
  sp.first = start;
  sp.last = end;
  sp.anonymous = true;
  return sp;
}

bool ClaimFinder::OneWordAnswer(std::pair<int, int> content, const Sentence& s) const {
  int k = content.first;
  while (k < content.second && !IsWord(t_[k])) ++k;
  if (k >= content.second || t_[k].kind != TokenKind::kWord) return false;
  if (!t_[k].upper) {
    absl::string_view w = Word(k);
    if (t_[k].ends_period) w.remove_suffix(1);  // "said no.": kept like "No. 10"
    return lexicon::IsAnswerWord(w);
  }
  // A name answers only a question the sentence opens with, and ends it.
  int j = k + 1;
  while (j < s.last && IsTerminal(t_[j])) ++j;
  int opener = s.first;
  if (opener + 1 < s.last && (Word(opener) == "When" || Word(opener) == "when")) ++opener;
  return j == s.last && lexicon::IsQuestionOpener(Word(opener));
}

void ClaimFinder::According(int c, const Sentence& s) {
  if (c + 1 >= s.last || Word(c + 1) != "to") return;
  Speaker sp = speakers_.Right(c + 1, s.last);
  // "according to the police report": the document the speaker's noun modifies,
  // whose noun is no cue; so are the records an office keeps ("according to
  // court records").
  if (sp.found() && sp.anonymous && sp.last < s.last && IsWord(t_[sp.last]) &&
      !t_[sp.last].upper &&
      (IsDocumentNoun(sp.last) || lexicon::IsRecordNoun(Word(sp.last)))) {
    cue_used_[sp.last] = true;
    ++sp.last;
  }
  if (!sp.found()) {
    // "according to the state Division of Gaming Enforcement": the phrase up to
    // the next comma or the sentence end.
    // ("a New York Times/CBS News poll": names joined by a slash or hyphen.)
    int e = c + 2;
    int document_end = -1;  // after the first document noun ("... exit poll")
    while (e < s.last && e - c <= kMaxAccordingTokens &&
           (t_[e].kind == TokenKind::kWord || IsPunct(t_[e], '/') || IsPunct(t_[e], '-'))) {
      if (document_end < 0 && t_[e].kind == TokenKind::kWord && !t_[e].upper &&
          IsDocumentNoun(e)) {
        document_end = e + 1;
      }
      ++e;
    }
    if (e < s.last && !IsPunct(t_[e], ',') && !IsTerminal(t_[e])) {
      // "..., according to early results of the exit poll conducted for The
      // Associated Press and television networks.": a long phrase closing the
      // sentence is its document and what follows it.
      int f = e;
      while (f < s.last && !IsPunct(t_[f], ',') && !IsTerminal(t_[f])) ++f;
      if (document_end < 0 || f < s.last - 1 || c == s.first) return;
      e = document_end;
    }
    if (e == c + 2) return;
    sp.first = c + 2;
    sp.last = e;
    sp.anonymous = true;
    for (int k = c + 2; k < e; ++k) {
      // "according to the state Division of Gaming Enforcement": the name that
      // ends the phrase, not one modifying its head.
      const int m = mentions_.MentionStartingAt(k);
      if (m >= 0 && mentions_.mentions()[m].last >= e) {
        sp.entity = mentions_.mentions()[m].entity;
        sp.anonymous = false;
        break;
      }
    }
  }
  if (sp.anonymous) sp = ThingOrAgent(sp);
  // "according to a study published Monday in The Lancet": the speaker runs on to
  // where the document appeared or who made it.
  if (sp.anonymous && sp.last + 2 < s.last && IsParticiple(sp.last)) {
    int k = sp.last + 1;
    while (k < s.last && k - sp.last <= 3 &&
           ((t_[k].classes & kTimeWord) != 0 || Word(k) == "on" || Word(k) == "last")) {
      ++k;
    }
    if (k + 1 < s.last && (Word(k) == "in" || Word(k) == "by")) {
      ++k;
      int m = mentions_.MentionStartingAt(k);
      if (m < 0 && k + 1 < s.last && (Word(k) == "the" || Word(k) == "The")) {
        m = mentions_.MentionStartingAt(k + 1);
      }
      if (m >= 0) sp.last = mentions_.mentions()[m].last;
    }
  }
  // "according to a spokesperson for Greenpeace": the speaker runs on.
  if (sp.anonymous && sp.last + 1 < s.last &&
      (t_[sp.last].classes & kAffiliationPrep) != 0) {
    int k = sp.last + 1;
    if (Word(k) == "the" && k + 1 < s.last) ++k;
    if (const int m = mentions_.MentionStartingAt(k); m >= 0) {
      sp.last = mentions_.mentions()[m].last;
    } else if (t_[k].kind == TokenKind::kWord && !t_[k].upper &&
               (t_[k].classes & kOrgKind) != 0 && Word(k - 1) == "the") {
      // "according to a statement from the company": the organisation meant.
      sp.last = k + 1;
      if (const int org = mentions_.ResolveDescription(k); org >= 0) {
        sp.entity = org;
        sp.anonymous = false;
      }
    }
  }
  sp = DocumentOwner(sp);
  if (sp.found()) sp.last = ModifiedSourceEnd(sp.last, s);
  std::pair<int, int> content;
  int lead = s.first;
  while (lead < c && !IsWord(t_[lead])) ++lead;
  if (lead == c) {
    int k = sp.last;
    // "according to the Securities and Exchange Commission (SEC), ...".
    if (k + 2 < s.last && IsPunct(t_[k], '(') && IsPunct(t_[k + 2], ')')) k += 3;
    k = AfterDocumentAgent(k, s, sp);
    while (k < s.last && IsPunct(t_[k], ',')) ++k;
    int e = s.last;
    while (e > k && (IsTerminal(t_[e - 1]) || IsPunct(t_[e - 1], ','))) --e;
    content = {k, e};
  } else {
    int e = c;
    while (e > s.first && IsPunct(t_[e - 1], ',')) --e;
    content = {s.first, e};
    // "Fundraising, according to the campaign, has surged": the sentence goes on
    // after the phrase; what the source says is all of it.
    int k = sp.last;
    if (k + 2 < s.last && IsPunct(t_[k], '(') && IsPunct(t_[k + 2], ')')) k += 3;
    // "according to the Tamsin campaign,": the phrase may run on past a name.
    while (k < s.last && k - sp.last < 3 && t_[k].kind == TokenKind::kWord && !t_[k].upper)
      ++k;
    int end = s.last;
    while (end > k && (IsTerminal(t_[end - 1]) || IsPunct(t_[end - 1], ','))) --end;
    // Not an appositive or relative clause about the source ("according to
    // CrowdTangle, a social media firm", "..., who are offering").
    const bool about_source =
        k + 1 < s.last && ((t_[k + 1].classes & kRelative) != 0 ||
                           Word(k + 1) == "a" || Word(k + 1) == "an" ||
                           Word(k + 1) == "the");
    // Nor a clause with a speaker of its own ("according to the water department,
    // and officials said repairs would take two days").
    if (IsPunct(t_[c - 1], ',') && k < s.last && IsPunct(t_[k], ',') && !about_source &&
        WordsIn(k + 1, end) >= 2 && !QuoteClaimedAt(k + 1) && !ClauseWithOwnSpeaker(k, s)) {
      content = {s.first, end};
    }
  }
  if (WordsIn(content.first, content.second) < 2) return;
  Emit(v1::CLAIM_KIND_ATTRIBUTED, content, c, c + 1, sp);
}

int ClaimFinder::AfterDocumentAgent(int k, const Sentence& s, Speaker& sp) const {
  // "According to a survey by the forum, ...", "According to data from the
  // census bureau, ...": the phrase runs on to its comma; a named maker speaks.
  if (!sp.anonymous || k + 1 >= s.last || !IsWord(t_[k]) ||
      (Word(k) != "by" && Word(k) != "from")) {
    return k;
  }
  int comma = k + 1;
  while (comma < s.last && comma - k <= kMaxAccordingTokens && IsWord(t_[comma])) ++comma;
  if (comma >= s.last || !IsPunct(t_[comma], ',')) return k;
  int first = k + 1;
  if (Word(first) == "the" || Word(first) == "The") ++first;
  if (const int m = mentions_.MentionStartingAt(first);
      m >= 0 && mentions_.mentions()[m].last == comma && mentions_.mentions()[m].entity >= 0) {
    sp.entity = mentions_.mentions()[m].entity;
    sp.anonymous = false;
  }
  sp.last = comma;
  return comma;
}

int ClaimFinder::AfterDateline(int k) const { return speakers_.AfterDateline(k); }

void ClaimFinder::Emit(v1::ClaimKind kind, std::pair<int, int> content, int cue_first,
                       int cue_last, const Speaker& sp, bool may_mix) {
  if (const int after = AfterDateline(content.first);
      after > content.first && after < content.second) {
    content.first = after;  // the dateline is where, not what
  }
  ClaimDraft claim;
  claim.kind = kind;
  claim.begin = t_[content.first].begin;
  claim.end = t_[content.second - 1].end;
  claim.speaker = sp;
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
