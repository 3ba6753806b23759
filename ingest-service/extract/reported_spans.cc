// Reported speech: where the words a cue reports begin and end (listeners,
// time and venue adverbials, coordinated verbs, clauses with a speaker of
// their own, attributions closing a sentence).
#include <algorithm>
#include <cstddef>
#include <utility>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "ingest-service/extract/claim_finder.h"
#include "ingest-service/extract/lexicon/figure_context_words.h"
#include "ingest-service/extract/lexicon/qualifiers.h"
#include "ingest-service/extract/lexicon/speech_words.h"

namespace factwire {
namespace claims_internal {
namespace {

// False when token `t` (of `text`) can join no clause that
// ClaimFinder::ClauseWithOwnSpeaker() or CoordinatedVerbAt() read after it: no
// comma, semicolon or dash, and no lowercase word whose size and first letter
// a lexicon::IsClauseLink() word has ("and", "but", "after", "while",
// "though", "whereas", "although"). ContentAfter() asks this before those two
// calls for every token: most tokens are turned away without them.
bool MayJoinClauses(const Token& t, absl::string_view text) {
  if (t.punct == ',' || t.punct == ';' || t.punct == 'D' || t.punct == '-') return true;
  if (t.kind != TokenKind::kWord || t.upper) return false;
  const char first = text.data()[t.begin];
  switch (t.end - t.begin) {
    case 3:
      return first == 'a' || first == 'b';
    case 5:
      return first == 'a' || first == 'w';
    case 6:
    case 7:
    case 8:
      return first == 'a' || first == 't' || first == 'w';
    default:
      return false;
  }
}

// True if `lower` (lowercase) is a one-word entry of
// lexicon::PrefixQualifiers() ("about", "around", "nearly"); the entries of
// several words ("more than", "up to") are never one token and are left out.
// The set is built on the first call (thread-safe) and never freed.
bool IsOneWordPrefixQualifier(absl::string_view lower) {
  static const absl::flat_hash_set<absl::string_view>* const kWords = [] {
    auto* words = new absl::flat_hash_set<absl::string_view>();
    for (const lexicon::QualifierEntry& q : lexicon::PrefixQualifiers()) {
      const absl::string_view phrase = q.phrase;
      if (!absl::StrContains(phrase, ' ')) words->insert(phrase);
    }
    return words;
  }();
  return kWords->contains(lower);
}

// True when `word` (as written, any case) qualifies an amount before the
// number token `next` ("about 70 beds", "around two dozen staff"): a
// figure's one-word qualifier (IsOneWordPrefixQualifier), not a preposition.
bool QualifiesNumber(absl::string_view word, const Token& next) {
  if (next.kind != TokenKind::kNumber && (next.classes & kNumberWord) == 0) return false;
  if (std::none_of(word.begin(), word.end(), absl::ascii_isupper)) {
    return IsOneWordPrefixQualifier(word);
  }
  return IsOneWordPrefixQualifier(absl::AsciiStrToLower(word));
}

}  // namespace

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
    } else if (t_[k].kind == TokenKind::kWord && Word(k) != "that" &&
               AfterDurationAdverbial(k, s) == k) {
      ++k;  // (Not "warned for months that ...": a span of time, no listener.)
    }
  }
  if ((t_[cue].cue & kCueObject) == 0 && from <= cue + 2 && !lexicon::IsAnswerToCue(Word(cue))) {
    k = AfterToPhrase(k, s);
    if (k < 0) return -1;
  }
  k = AfterDurationAdverbial(k, s);
  if (AboutContentNounClause(k, s)) return -1;
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
      // ("that, in retrospect, ...": an aside may open it.)
      const bool clause = j + 1 < s.last &&
                          (IsPunct(t_[j + 1], ',') ||
                           (IsWord(t_[j + 1]) &&
                            (t_[j + 1].upper || t_[j + 1].kind == TokenKind::kNumber ||
                             (t_[j + 1].classes &
                              (kDeterminer | kPersonPronoun | kOtherPronoun)) != 0)));
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
    // ("ruled 5-2 that", "ruled unanimously that": the vote, an "-ly" adverb.)
    if (const int tally = VoteTallyEnd(j, s); tally > j) {
      j = tally - 1;
      continue;
    }
    if (LyAdverbAt(j)) continue;
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

bool ClaimFinder::LyAdverbAt(int k) const {
  const Token& t = t_[k];
  if (t.kind != TokenKind::kWord || t.upper) return false;
  const absl::string_view w = Word(k);
  return w.size() > 4 && absl::EndsWith(w, "ly") && !lexicon::IsLyNoun(w);
}

int ClaimFinder::VoteTallyEnd(int k, const Sentence& s) const {
  if (t_[k].kind != TokenKind::kNumber) return k;
  // ("7-2" read as one number token.)
  const absl::string_view w = Word(k);
  const size_t dash = w.find('-');
  if (dash != absl::string_view::npos && dash > 0 && dash + 1 < w.size()) return k + 1;
  if (k + 2 < s.last && IsPunct(t_[k + 1], '-') && !t_[k + 1].space_before &&
      t_[k + 2].kind == TokenKind::kNumber) {
    return k + 3;
  }
  return k;
}

std::pair<int, int> ClaimFinder::ContentAfter(int cue, int from,
                                              const Sentence& s) const {
  int k = InfinitiveSubject(cue, from, s);
  if (k < 0) k = ContentStart(cue, from, s);
  if (k < 0) return {from, from};  // "wrote to the board asking ...": nothing reported
  int e = k;
  for (; e < s.last; ++e) {
    if (IsPunct(t_[e], ',') && e + 1 < s.last && IsCue(e + 1, kCueParticiple)) break;
    // ("..., according to minutes of the meeting": whose account it is.)
    if (IsPunct(t_[e], ',') && e + 2 < s.last && IsCue(e + 1, kCueAccording)) break;
    if (t_[e].kind == TokenKind::kQuote && QuoteClaimedAt(e)) break;
    if (e > k && MayJoinClauses(t_[e], m_.text)) {
      if (ClauseWithOwnSpeaker(e, s)) break;
      // "called the plan reckless and accused the council of ...": a second
      // verb of the speaker's ends what the first reported.
      if (CoordinatedVerbAt(e, cue, k, s)) break;
    }
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
         lexicon::IsObjectPronoun(w) || lexicon::IsEachQuantifier(w);  // "accepted all nine"
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

int ClaimFinder::AfterToPhrase(int k, const Sentence& s) const {
  if (k + 1 >= s.last || t_[k].kind != TokenKind::kWord || Word(k) != "to") return k;
  const Token& n = t_[k + 1];
  const bool noun_phrase =
      n.kind == TokenKind::kWord &&
      (n.upper || (n.classes & kDeterminer) != 0 || lexicon::IsObjectPronoun(Word(k + 1)) ||
       PluralNoun(k + 1));
  if (!noun_phrase) return k;
  for (int j = k + 2; j < s.last && j - k <= kMaxListenerTokens + 2; ++j) {
    const Token& t = t_[j];
    if (t.kind == TokenKind::kWord && !t.upper &&
        (Word(j) == "that" ||
         // ("explained to the panel why ...": not a relative "who", "which".)
         (lexicon::IsQuestionWord(Word(j)) && Word(j) != "who" && Word(j) != "which") ||
         ((t.classes & kPersonPronoun) != 0 && !lexicon::IsObjectPronoun(Word(j))))) {
      if (Word(j) != "that") return j;
      // (Not a relative "that" before its verb: "adds to the drama that has ...".)
      const bool relative = j + 1 < s.last && t_[j + 1].kind == TokenKind::kWord &&
                            !t_[j + 1].upper &&
                            (lexicon::IsAuxiliary(Word(j + 1)) ||
                             absl::EndsWith(Word(j + 1), "ed"));
      return relative || j + 1 >= s.last ? -1 : j;
    }
    // ("to Sanders’ Senate office": an apostrophe closing a possessive.)
    const bool apostrophe = t.kind == TokenKind::kQuote && !t.space_before;
    if (!(IsWord(t) || t.possessive || apostrophe)) break;
  }
  return -1;
}

int ClaimFinder::AfterDurationAdverbial(int k, const Sentence& s) const {
  // "warned for months that ...", "has argued over the past year that ...": the
  // span of time belongs to the saying (not "said for years the plant was ...",
  // where no "that" marks where the words begin).
  if (k >= s.last || t_[k].kind != TokenKind::kWord || t_[k].upper ||
      !lexicon::IsDurationPreposition(Word(k))) {
    return k;
  }
  bool unit = false;
  int j = k + 1;
  for (; j < s.last && j - k <= 4 && IsWord(t_[j]) && !t_[j].upper; ++j) {
    const absl::string_view w = Word(j);
    if (lexicon::IsDurationUnit(w)) {
      unit = true;
    } else if (t_[j].kind != TokenKind::kNumber && !lexicon::IsDurationModifier(w)) {
      break;
    }
  }
  return unit && j + 1 < s.last && Word(j) == "that" ? j : k;
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
  if (mark && SubjectWithAsideOpensAt(from, s)) return true;
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
    // (", and a senior diplomat from another country said ...": an unnamed
    // source described by where it is opens the clause after a mark.)
    if (!opens && mark && DescribedSubjectAfterJoin(c, from, s).found()) return true;
    return opens && (!pronoun_only || sp.pronoun);
  }
  return false;
}

bool ClaimFinder::SubjectWithAsideOpensAt(int from, const Sentence& s) const {
  // ("..., and a senior diplomat from another country, speaking on condition of
  // anonymity, said ...": the phrase, its aside and the cue after it.)
  int commas = 0;
  for (int c = from + 1; c < s.last && c - from <= kMaxSourceModifierTokens + kMaxLongAsideWords;
       ++c) {
    if (IsPunct(t_[c], ',') && ++commas > 2) return false;
    if (!IsWord(t_[c]) && !IsPunct(t_[c], ',')) return false;
    if (commas < 2 || !IsCue(c, kCueReport | kCueQuote) || (t_[c].cue & kCueParticiple) != 0) {
      continue;
    }
    const Speaker sp = SubjectBeforeAside(c, s);
    return sp.found() && sp.first == from;
  }
  return false;
}

int ClaimFinder::AfterOwnedVenue(int k, const Sentence& s) const {
  int j = k + 1;
  // (After a phrasal cue's particle the preposition opens its object: "pushes
  // back on the narrative that ...".)
  if (j >= s.last || t_[j].kind != TokenKind::kWord || t_[j].upper ||
      (t_[j].classes & kDeterminer) == 0 || lexicon::IsCueParticle(Word(k - 1))) {
    return k;
  }
  for (++j; j < s.last && j - k <= kMaxOwnedVenueWords + 1; ++j) {
    const Token& t = t_[j];
    if (t.kind != TokenKind::kWord || t.upper) return k;
    if (Word(j) == "that") break;
    if ((t.classes & (kPersonPronoun | kOtherPronoun | kRelative | kDeterminer)) != 0) return k;
  }
  if (j + 1 >= s.last || j == k + 2 || Word(j) != "that") return k;
  // (Not a relative "that": "in the report that was published ...".)
  const Token& next = t_[j + 1];
  const bool relative = next.kind == TokenKind::kWord && !next.upper &&
                        (ClauseVerbAt(j + 1, s.last) || next.cue != 0);
  return relative ? k : j + 1;
}

bool ClaimFinder::AboutContentNounClause(int k, const Sentence& s) const {
  // ("said in his evidence that": "in" only says where.)
  if (k + 3 >= s.last || t_[k].kind != TokenKind::kWord ||
      !lexicon::IsTopicPreposition(Word(k)) ||
      (t_[k + 1].classes & kDeterminer) == 0) {
    return false;
  }
  for (int j = k + 2; j < s.last && j - k <= kMaxOwnedVenueWords + 2; ++j) {
    if (t_[j].kind != TokenKind::kWord || t_[j].upper) return false;
    if (Word(j) != "that") continue;
    const absl::string_view noun = Word(j - 1);
    return j > k + 2 && lexicon::IsThatNoun(noun) && !lexicon::IsDocumentNoun(noun) &&
           !lexicon::IsMessageNoun(noun) && !lexicon::IsAccountNoun(noun);
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
  if (j == k + 1 || j >= s.last) return AfterOwnedVenue(k, s);
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
  if (!clause_starts) return AfterOwnedVenue(k, s);
  return Word(j) == "that" ? j + 1 : j;
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
  // ("said about 70 beds were blocked": the qualifier of a figure.)
  if (content.first + 1 < content.second && QualifiesNumber(w, t_[content.first + 1])) {
    return false;
  }
  // ("tweeting after the speech": when, not what.)
  const bool preposition = (t.classes & kAffiliationPrep) != 0 ||
                           lexicon::IsCreditPreposition(w) || lexicon::IsSubordinator(w);
  return preposition && WordsIn(content.first, content.second) <= 5;
}

Speaker ClaimFinder::PhraseAfterComma(int cue, const Sentence& s) const {
  int p = cue - 1;
  while (p > s.first && cue - p <= kMaxFinalSpeakerTokens && !IsPunct(t_[p], ',')) {
    // (A cue word read as a noun stays: "..., the state weather bureau said.")
    // (So does the apostrophe of a plural owner: "..., the nurses' union said.")
    if ((t_[p].kind != TokenKind::kWord && !speakers_.IsPossessiveMark(p)) ||
        (p != cue && IsCue(p, kCueQuote | kCueReport))) {
      return Speaker{};
    }
    --p;
  }
  if (p <= s.first || !IsPunct(t_[p], ',') || p + 1 >= cue) return Speaker{};
  Speaker sp = speakers_.Left(cue, p + 1);
  if (sp.found() && sp.first == p + 1) return sp;
  // "..., the Minister said": a title after "the" standing for the person
  // named with it before (not a name of its own: "the Chief Executive" read
  // as a person "Executive").
  if (sp.found() && sp.first == p + 2 && lexicon::IsDefiniteArticle(Word(p + 1)) &&
      !sp.anonymous && sp.entity >= 0 &&
      mentions_.entities()[sp.entity].type == v1::SOURCE_TYPE_PERSON &&
      !absl::StrContains(
          m_.text.substr(t_[sp.first].begin, t_[sp.last - 1].end - t_[sp.first].begin),
          mentions_.entities()[sp.entity].name)) {
    sp.first = p + 1;
    return sp;
  }
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
    // (After the saying's time, any "-ing" word: "..., it said on Tuesday,
    // blaming the cost"; not "..., the Times said, including speeches".)
    if (IsPunct(t, ',') && (CommaOpensParticiple(j, s) || (words > 0 && IngWordAt(j + 1, s)))) {
      return true;
    }
    if (IsWord(t)) {
      if (++words > 6 || (t.classes & (kAdverbial | kTimeWord | kFiller)) == 0) {
        // "..., she said Wednesday on MSNBC's “Morning Joe.”": from the last
        // medium preposition, where it was said.
        // (So does when: "..., the mayor said after the council meeting.")
        for (int p = j; p >= k; --p) {
          if (IsWord(t_[p]) && (lexicon::IsMediumPreposition(Word(p)) ||
                                (circumstance_ends && p == k && !t_[p].upper &&
                                 lexicon::IsSayingTimePreposition(Word(p))))) {
            return VenueToEnd(p, s);
          }
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
    // (So does "in a <noun> ...": "..., the court ruled, in a decision unions
    // said would ...".)
    if (circumstance_ends && IsPunct(t, ',') && j + 2 < s.last && IsWord(t_[j + 2]) &&
        (Word(j + 1) == "a" || Word(j + 1) == "an" ||
         (Word(j + 1) == "in" && j + 3 < s.last && IsWord(t_[j + 3]) &&
          (Word(j + 2) == "a" || Word(j + 2) == "an")))) {
      return true;
    }
    // "..., the company said on Monday, because demand fell": the reason is a
    // claim of its own (ReasonAfter()).
    if (circumstance_ends && ReasonOpensAt(j, s)) return true;
    if (t.kind == TokenKind::kPunct && !IsTerminal(t)) return false;
  }
  return true;
}

bool ClaimFinder::CommaOpensParticiple(int j, const Sentence& s) const {
  return IsPunct(t_[j], ',') && j + 1 < s.last &&
         (IsCue(j + 1, kCueParticiple) || IsPassiveClause(j + 1) ||
          (t_[j + 1].kind == TokenKind::kWord && lexicon::IsMannerParticiple(Word(j + 1))));
}

bool ClaimFinder::IngWordAt(int k, const Sentence& s) const {
  return k < s.last && t_[k].kind == TokenKind::kWord && !t_[k].upper &&
         t_[k].end - t_[k].begin > 5 && absl::EndsWith(Word(k), "ing");
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
    // "..., it said on Tuesday, blaming the cost of barley": a participle
    // after the venue (a cue or not: a lowercase "-ing" word of six letters or
    // more) is the speaker's clause.
    if (CommaOpensParticiple(j, s) || (IsPunct(t, ',') && IngWordAt(j + 1, s))) {
      return words > 0;
    }
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
  // "..., a spokesperson told us.": an object pronoun is the listener.
  if (t_[k].kind == TokenKind::kWord && !t_[k].upper && lexicon::IsObjectPronoun(Word(k))) {
    return k + 1;
  }
  // "told The Huffington Post": the article may open the name.
  int m = mentions_.MentionStartingAt(k);
  if (m < 0 && k + 1 < s.last && (Word(k) == "the" || Word(k) == "The")) {
    m = mentions_.MentionStartingAt(k + 1);
  }
  return m >= 0 ? mentions_.mentions()[m].last : c + 1;
}

bool ClaimFinder::IsParticiple(int k) const {
  return t_[k].cue == 0 && HasParticipleShape(k);
}

bool ClaimFinder::HasParticipleShape(int k) const {
  const Token& t = t_[k];
  if (t.kind != TokenKind::kWord || t.upper || (t.classes & kWordClassesNotVerbs) != 0) {
    return false;
  }
  const absl::string_view w = Word(k);
  return w.size() > 4 && (absl::EndsWith(w, "ed") || absl::EndsWith(w, "en"));
}

bool ClaimFinder::IsPassiveClause(int k) const {
  const int n = static_cast<int>(t_.size());
  if (k + 1 >= n || !HasParticipleShape(k)) return false;
  // (A cue word with "by" is passive too: "pushed by", "backed by".)
  int by = k + 1;
  if (by + 1 < n && Word(by) != "by" && t_[by].kind == TokenKind::kWord &&
      lexicon::IsParticipleParticle(Word(by))) {
    ++by;  // "pushed up by dearer fuel"
  }
  return Word(by) == "by";
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

const ClaimDraft* ClaimFinder::EarlierClaim(int first, int before) const {
  int steps = 0;
  for (auto it = claims_.rbegin(); it != claims_.rend() && ++steps <= kMaxClaimLookback;
       ++it) {
    if (it->cue_token >= first && it->cue_token < before && it->speaker.found()) return &*it;
  }
  return nullptr;
}

Speaker ClaimFinder::EarlierSpeaker(int first, int before) const {
  const ClaimDraft* claim = EarlierClaim(first, before);
  return claim != nullptr ? claim->speaker : Speaker{};
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

}  // namespace claims_internal
}  // namespace factwire
