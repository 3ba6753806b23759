// SpeakerFinder: the clause a speaker opens (opening clauses, datelines, the
// subject of a sentence before a participle cue).
#include "ingest-service/extract/speakers.h"

#include <algorithm>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "ingest-service/extract/lexicon/clause_words.h"
#include "ingest-service/extract/lexicon/figure_context_words.h"
#include "ingest-service/extract/lexicon/lexicon.h"
#include "ingest-service/extract/lexicon/speech_words.h"
#include "ingest-service/extract/speaker_internal.h"

namespace factwire {

using speaker_internal::kMaxNominalTokens;
using speaker_internal::kMaxOpeningPhraseTokens;

namespace {

// Tokens of a past verb's object before a joined cue ("welcomed the extra
// subsidy for the route but warned").
constexpr int kMaxVerbObjectTokens = 8;

// True if `w` (lowercase) reads as a verb's past form: a regular "-ed" past of
// five letters or more, or an irregular past from the lexicon ("won", "held").
bool PastForm(absl::string_view w) {
  return (w.size() > 4 && absl::EndsWith(w, "ed")) || lexicon::IsIrregularPast(w);
}

// The token after the body noun at `h` that is its clause's past verb: tokens[h
// + 1] when it has a past form, the participle after an auxiliary ("has
// voted"); else -1.
int PastVerbAfter(absl::string_view text, const std::vector<Token>& tokens, int h, int before) {
  int v = h + 1;
  auto lower_word = [&](int k) {
    return k < before && tokens[k].kind == TokenKind::kWord && !tokens[k].upper;
  };
  if (lower_word(v) && lexicon::IsAuxiliary(TokenText(text, tokens[v]))) ++v;
  return lower_word(v) && PastForm(TokenText(text, tokens[v])) ? v : -1;
}

// True if tokens (verb, before) are the past verb's object and a clause join
// right before the cue at `before` ("welcomed [the subsidy] but warned", "won
// [the vote], and later warned"): at least one object token, no other past
// form or cue before the join, the join at most one word before the cue.
bool ObjectThenJoinedCue(absl::string_view text, const std::vector<Token>& tokens, int verb,
                         int before) {
  for (int k = verb + 1; k < before && k - verb <= kMaxVerbObjectTokens; ++k) {
    const Token& t = tokens[k];
    if (t.kind != TokenKind::kWord) continue;
    const absl::string_view w = TokenText(text, t);
    if (lexicon::IsClauseJoin(w)) return k > verb + 1 && before - k <= 2;
    if ((t.classes & kCue) != 0 || (!t.upper && PastForm(w))) return false;
  }
  return false;
}

// "The union welcomed the offer but warned ...", "The regional council has
// voted to strike and warned": a kind of organisation (with lowercase
// modifiers) after the "the" at token `first`, right before its clause's past
// verb (after an auxiliary or not), that verb's object, then "but"/"and" and
// the cue at `before`, as an unnamed speaker; else nothing.
Speaker DefiniteBodyOpening(absl::string_view text, const std::vector<Token>& tokens, int first,
                            int before) {
  if (first + 2 >= before || !lexicon::IsDefiniteArticle(TokenText(text, tokens[first]))) {
    return Speaker{};
  }
  for (int h = first + 1; h + 1 < before && h - first <= kMaxNominalTokens; ++h) {
    const Token& t = tokens[h];
    const absl::string_view word = TokenText(text, t);
    // (Not "The concern within the administration is": a phrase's object.)
    if (t.kind != TokenKind::kWord || t.upper || t.possessive ||
        (t.classes & (kCue | kAffiliationPrep | kDeterminer)) != 0 ||
        lexicon::IsObjectPreposition(word) || lexicon::IsPhrasePreposition(word)) {
      return Speaker{};
    }
    if (!speaker_internal::IsBodyKindWord(text, t)) continue;
    const int verb = PastVerbAfter(text, tokens, h, before);
    if (verb < 0 || !ObjectThenJoinedCue(text, tokens, verb, before)) return Speaker{};
    return speaker_internal::AnonymousSpeaker(first, h + 1);
  }
  return Speaker{};
}

}  // namespace

Speaker SpeakerFinder::OpeningNounPhrase(const Sentence& sentence, int cue) const {
  // The phrase (a determiner, up to four words, fillers) starts the clause: a
  // cue far from the clause start has none.
  const int start = MainClauseStart(sentence, cue);
  if (cue - start > kMaxOpeningPhraseTokens) return Speaker{};
  const Speaker s = Left(cue, start, /*loose=*/true);
  if (!s.found()) return s;
  for (int k = start; k < s.first; ++k) {
    if ((tokens_[k].classes & kDeterminer) == 0) return Speaker{};  // "the", "One"
  }
  // "Rubio's team winning praise", "articles had helped add", "the case for
  // caution": a verb or a preposition inside the phrase makes it no subject.
  for (int k = std::max(s.first, start); k < s.last; ++k) {
    const Token& t = tokens_[k];
    if (t.kind != TokenKind::kWord || t.upper) continue;
    const absl::string_view w = TokenText(text_, t);
    const bool after_determiner = k > start && (tokens_[k - 1].classes & kDeterminer) != 0;
    // ("The hearing found": an -ing head right after its determiner is a noun
    // when it names a proceeding or a piece that speaks; not "The following".)
    const bool ing_noun = after_determiner && k + 1 == s.last && lexicon::IsSpeakingIngNoun(w);
    if ((absl::EndsWith(w, "ing") && !ing_noun) || (absl::EndsWith(w, "ed") && !after_determiner) ||
        (t.classes & (kAffiliationPrep | kPersonPronoun | kOtherPronoun)) != 0 ||
        lexicon::IsObjectPreposition(w)) {
      return Speaker{};
    }
  }
  // "derogatory comments had", "the jobs report exceeded", "echoes of": a cue
  // followed by an auxiliary, a preposition or a past verb is a noun.
  if (cue + 1 < sentence.last) {
    const Token& n = tokens_[cue + 1];
    if (n.kind == TokenKind::kWord && !n.upper &&
        ((n.classes & (kFiller | kAffiliationPrep)) != 0 ||
         absl::EndsWith(TokenText(text_, n), "ed")) &&
        !SaidWhere(cue, sentence.last)) {
      return Speaker{};
    }
  }
  return s;
}

bool SpeakerFinder::SaidWhere(int cue, int hi) const {
  if (cue + 2 >= hi) return false;
  const absl::string_view verb = TokenText(text_, tokens_[cue]);
  if (verb != "said" && verb != "says" && verb != "told" && verb != "wrote") return false;
  const absl::string_view in = TokenText(text_, tokens_[cue + 1]);
  const Token& next = tokens_[cue + 2];
  return lexicon::IsVenuePreposition(in) &&
         next.kind == TokenKind::kWord && !next.upper && (next.classes & kAdverbial) != 0;
}

bool SpeakerFinder::OpensClauseAt(const Mention& m, int lo) const {
  const int start = m.start();
  if (start <= lo) return true;
  const Token& prev = tokens_[start - 1];
  return prev.kind != TokenKind::kWord && prev.kind != TokenKind::kNumber;
}

bool SpeakerFinder::IsLeadAdverbBeforeOpener(int k) const {
  if (k + 1 >= static_cast<int>(tokens_.size())) return false;
  const Token& next = tokens_[k + 1];
  return next.kind == TokenKind::kWord && !next.upper &&
         lexicon::IsSubordinator(TokenText(text_, next));
}

int SpeakerFinder::MainClauseStart(const Sentence& sentence, int before) const {
  // "LONDON (Reuters) - After meeting ..., ...": the clause opens after a dateline.
  int first = AfterDateline(sentence.first);
  if (first >= before) first = sentence.first;
  const Token& t = tokens_[first];
  if (t.kind != TokenKind::kWord || !t.upper) return sentence.first;
  const absl::string_view w = TokenText(text_, t);
  // "Speaking to reporters, ..." and "Ever since she announced her bid, ..."
  // open a clause; "Beijing has ..." does not.
  const bool opener = (absl::EndsWith(w, "ing") && w.size() > 5 &&
                       (t.classes & kCountry) == 0) ||
                      lexicon::IsClauseOpener(w) || IsLeadAdverbBeforeOpener(first);
  if (!opener) return sentence.first;
  for (int k = first + 1; k < before && k < first + 30; ++k) {
    if (IsPunct(tokens_[k], ',')) {
      // "When Lisa Ortiz, the campaign chairwoman, was asked ..., she said": the
      // appositive's commas do not close the clause.
      const int end = AppositiveInClause(k, before);
      if (end < 0) return k + 1;
      k = end;
      continue;
    }
    if (tokens_[k].kind == TokenKind::kQuote) break;
  }
  return sentence.first;
}

int SpeakerFinder::AppositiveInClause(int comma, int before) const {
  const int m = MentionEndingAt(comma - 1);
  if (m < 0) return -1;
  const int end = mentions_.mentions()[m].appositive_end;
  if (end <= comma || end + 1 >= before) return -1;
  // The clause goes on with its verb after the closing comma ("was asked",
  // "arrived"); a name or pronoun there opens the main clause.
  const Token& next = tokens_[end + 1];
  if (next.kind != TokenKind::kWord || next.upper) return -1;
  const absl::string_view w = TokenText(text_, next);
  const bool verb = lexicon::IsAuxiliary(w) || (next.classes & kCue) != 0 ||
                    (absl::EndsWith(w, "ed") && (next.classes & kPersonPronoun) == 0);
  return verb ? end : -1;
}

int SpeakerFinder::OpeningAdverbialEnd(int first, int before) const {
  constexpr int kMaxAdverbialTokens = 6;  // "Later in the summer of 2015,"
  for (int k = first + 1; k < before && k - first <= kMaxAdverbialTokens; ++k) {
    const Token& t = tokens_[k];
    if (IsPunct(t, ',')) return k + 1 < before ? k : -1;
    if (t.kind == TokenKind::kNumber) continue;
    if (t.kind != TokenKind::kWord || t.upper || (t.classes & kCue) != 0) return -1;
  }
  return -1;
}

int SpeakerFinder::AfterOpeningAdverbial(int first, int before) const {
  const int comma = OpeningAdverbialEnd(first, before);
  if (comma < 0) return first;
  const Token& p = tokens_[comma + 1];
  return p.kind == TokenKind::kWord && (p.classes & kPersonPronoun) != 0 && !p.upper ? comma + 1
                                                                                      : first;
}

int SpeakerFinder::AfterDateline(int k) const { return factwire::AfterDateline(tokens_, k); }

Speaker SpeakerFinder::LeadingPronoun(int first, int before) const {
  constexpr int kMaxLeadTokens = 2;  // "And then she", "Later he"
  for (int k = first; k < before && k <= first + kMaxLeadTokens; ++k) {
    const Token& t = tokens_[k];
    if (t.kind != TokenKind::kWord || mentions_.MentionStartingAt(k) >= 0) break;
    if ((t.classes & kPersonPronoun) == 0) continue;
    const Token& next = tokens_[k + 1];
    if (k > first && (t.upper || k + 1 >= before || next.kind != TokenKind::kWord || next.upper))
      break;
    if (k == first) return Speaker{};
    // "Once he was president, Mr. Obama made ...": the pronoun's clause closes
    // with a comma before a new subject; it is not the main clause.
    for (int j = k + 2; j < before; ++j) {
      if (!IsPunct(tokens_[j], ',')) continue;
      if (j + 1 < before && mentions_.MentionStartingAt(j + 1) >= 0) return Speaker{};
      break;
    }
    return Pronoun(k);
  }
  return Speaker{};
}

Speaker SpeakerFinder::BareGroupOpening(int first, int before) const {
  const Token& t = tokens_[first];
  // (Only for a cue right after a comma: not "... think twice before agreeing",
  // "with Trump tweeting ... and asking".)
  if (first + 1 >= before || !IsPunct(tokens_[before - 1], ',') ||
      t.kind != TokenKind::kWord || t.possessive ||
      ((t.classes & kSpeakerNoun) == 0 && !HasAgentEnding(t)) ||
      !absl::EndsWith(TokenText(text_, t), "s")) {
    return Speaker{};
  }
  const Token& prep = tokens_[first + 1];
  if (prep.kind == TokenKind::kWord && !prep.upper && (prep.classes & kAffiliationPrep) != 0) {
    // "Economists at Danske Bank": read as before a cue after the body's name.
    const int m = mentions_.MentionStartingAt(first + 2);
    if (m < 0) return Speaker{};
    const int end = mentions_.mentions()[m].last;
    if (end >= before) return Speaker{};
    const Speaker s = Left(end, first);
    return s.found() && s.first == first ? s : Speaker{};
  }
  // ("Analysts cut ...": the noun alone, not "Analysts' forecasts".)
  if (prep.kind == TokenKind::kWord && (prep.classes & kCue) == 0 &&
      (prep.classes & (kSpeakerNoun | kTitleHead)) == 0) {
    return speaker_internal::AnonymousSpeaker(first, first + 1);
  }
  return Speaker{};
}

Speaker SpeakerFinder::Subject(const Sentence& whole, int before) const {
  // "Asked which county he likes, he demurred": the subject follows the opening
  // subordinate clause.
  Sentence sentence = whole;
  sentence.first = MainClauseStart(whole, before);
  // "BRUSSELS/KYIV, March 12 (Reuters) - Russia rejected ..., saying": not the
  // dateline's city.
  if (const int after = AfterDateline(whole.first); after > sentence.first && after < before) {
    sentence.first = after;
  }
  // "Hours later, she issued a statement calling ...": a pronoun after a short
  // opening adverbial of lowercase words and numbers is the subject.
  sentence.first = AfterOpeningAdverbial(sentence.first, before);
  // "She addressed Muslim-Americans, saying ...": a pronoun opening the sentence
  // is its subject.
  if (sentence.first < before) {
    const Token& t = tokens_[sentence.first];
    if (t.kind == TokenKind::kWord && (t.classes & kPersonPronoun) != 0) {
      if (Speaker p = Pronoun(sentence.first); p.found()) return p;
    }
  }
  // "The hospital's director, Andrej Pecnik, said ... and called": the person
  // named in apposition after a title phrase opening the clause.
  if (const int comma = TitlePhraseEnd(sentence.first, before); comma >= 0) {
    const Speaker named = PersonEndingAttribution(comma + 1, before);
    if (named.found() && named.last < before && IsPunct(tokens_[named.last], ',')) return named;
  }
  // "His chief aide doubled down on Clinton's fitness, saying": a speaking noun
  // phrase right after the determiner opening the clause is its subject.
  if (sentence.first + 1 < before &&
      (tokens_[sentence.first].classes & kDeterminer) != 0) {
    Speaker n = NominalStartingAt(sentence.first + 1, before);
    if (n.found() && n.first == sentence.first + 1) {
      // "The union leader Sharon Graham issued ...": the name after the title.
      if (Speaker named = NamedAfterTitle(n); named.found()) return named;
      // "The Magistrate refused bail, saying": the person holding the title.
      return WithTitleHolder(n);
    }
  }
  // "Analysts at Nordhavn Markets cut their target, saying": a plural speaking
  // noun opening the clause bare.
  if (Speaker group = BareGroupOpening(sentence.first, before); group.found()) return group;
  // "The union welcomed the offer but warned": a body's kind opening the clause.
  if (Speaker body = DefiniteBodyOpening(text_, tokens_, sentence.first, before); body.found()) {
    return body;
  }
  // "Then she turned on Tom Berger, calling ...": a he/she among the clause's
  // first words, before any name, is its subject.
  if (Speaker p = LeadingPronoun(sentence.first, before); p.found()) return p;
  Speaker fallback;
  bool fallback_opens = false;  // the fallback is the clause's first words
  const std::vector<Mention>& all = mentions_.mentions();
  auto from = std::lower_bound(all.begin(), all.end(), sentence.first,
                               [](const Mention& m, int k) { return m.first < k; });
  for (auto it = from; it != all.end(); ++it) {
    const Mention& m = *it;
    if (m.first < sentence.first || m.owner >= 0) continue;
    if (m.first >= before) break;
    if (m.possessive) {
      // "Congressman Trey Gowdy’s office slammed ...": the owner's noun speaks.
      const int noun = m.last + 1;
      if (!fallback.found() && noun < before && tokens_[noun].kind == TokenKind::kWord &&
          !tokens_[noun].upper && (tokens_[noun].classes & kCue) == 0) {
        fallback.first = m.start();
        fallback.last = noun + 1;
        fallback.anonymous = true;
        // "Congressman Trey Gowdy's office slammed ... his Benghazi committee".
        fallback_opens = fallback.first == sentence.first;
      }
      continue;
    }
    if (fallback_opens) return fallback;
    // "at a rally in Portsmouth": names inside prepositional phrases are not subjects.
    const int start = m.start();
    if (start > sentence.first) {
      const Token& prev = tokens_[start - 1];
      const absl::string_view w = TokenText(text_, prev);
      if ((prev.classes & kAffiliationPrep) != 0 || lexicon::IsPhrasePreposition(w)) {
        continue;
      }
    }
    const int index = static_cast<int>(&m - all.data());
    if (m.kind == MentionKind::kPerson || m.kind == MentionKind::kName)
      return FromMention(index);
    if (!fallback.found()) fallback = FromMention(index);
  }
  if (fallback.found()) return fallback;
  for (int k = sentence.first; k < before && k < sentence.first + 3; ++k) {
    if (Speaker p = Pronoun(k); p.found()) return p;
  }
  return fallback;
}

}  // namespace factwire
