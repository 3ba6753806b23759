// SpeakerFinder: the person a he/she/they speaker after a quote stands for.
#include "ingest-service/extract/speakers.h"

#include <algorithm>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "ingest-service/extract/lexicon/lexicon.h"
#include "ingest-service/extract/lexicon/role_words.h"
#include "ingest-service/extract/lexicon/speech_words.h"
#include "ingest-service/extract/speaker_internal.h"

namespace factwire {

using speaker_internal::kMaxNominalTokens;
using speaker_internal::kMaxPersonPlaceTokens;
using speaker_internal::kShareTokens;
using speaker_internal::kNotAgent;

namespace {

// Makes `*s` an anonymous speaker named by the unnamed phrase `said`.
void NameByPhrase(Speaker* s, const Speaker& said) {
  s->anonymous = true;
  s->name_first = said.first;
  s->name_last = said.last;
}

// The unnamed speaker a claim credited `credited` stands for: an unnamed
// phrase, or the phrase a pronoun was resolved to ("She" for "A customer in
// Moose Jaw"); nothing for a name or a pronoun resolved to a name (the pronoun
// of the quote resolves to names by itself).
Speaker Unchained(const Speaker& credited) {
  if (!credited.anonymous) return Speaker{};
  if (!credited.pronoun) return credited;
  if (credited.name_first < 0) return Speaker{};
  return speaker_internal::AnonymousSpeaker(credited.name_first, credited.name_last);
}

}  // namespace

Speaker SpeakerFinder::PreviousSpeaker(const Sentence& prev) const {
  Speaker relative;  // the speaker of a cue inside a relative clause
  for (int k = prev.first; k < prev.last; ++k) {
    const Token& t = tokens_[k];
    if (t.kind != TokenKind::kWord || t.upper || (t.cue & (kCueQuote | kCueReport)) == 0 ||
        (t.cue & kCueParticiple) != 0 || quoted_[k]) {
      continue;
    }
    // ("A midwife who asked not to be named described ...": not "who".)
    Speaker s = Left(k, MainClauseStart(prev, k));
    // "One shopkeeper on the high street, who ..., said": the described
    // subject opening the clause, as reported speech reads it.
    if (!s.found()) s = OpeningNounPhrase(prev, k);
    // "“…,” said one former port director.": the speaker after a cue that
    // follows the closing mark.
    if (!s.found() && k > prev.first && tokens_[k - 1].kind == TokenKind::kQuote) {
      s = Right(k, prev.last);
    }
    // "A nurse at a clinic in rural Kasungu, who ..., told": the person
    // described, not a name that stands as no person.
    if (s.found() && !s.anonymous && s.entity >= 0 && !EntityStandsAsPerson(s.entity, s.last)) {
      s = DescribedBefore(MainClauseStart(prev, k), s.first);
    }
    s = AgentBefore(s, prev.first);
    if (!s.found() || (s.pronoun && s.entity < 0)) continue;
    // "A diplomat, who spoke on condition of anonymity, said ...": the relative
    // clause's own cue reports no one; the main clause's cue does.
    if (IsRelativeWord(s)) {
      if (!relative.found()) relative = s;
      continue;
    }
    return s;
  }
  return relative;
}

Speaker SpeakerFinder::DescribedBefore(int start, int name) const {
  if (start + 2 >= name || tokens_[start].kind != TokenKind::kWord ||
      !lexicon::IsIndefiniteOpener(TokenText(text_, tokens_[start]))) {
    return Speaker{};
  }
  int j = start + 1;
  while (j < name && j - start <= kMaxNominalTokens && tokens_[j].kind == TokenKind::kWord &&
         !tokens_[j].upper && (tokens_[j].classes & kNotAgent) == 0 && !BeforeAddress(j)) {
    ++j;
  }
  if (j == start + 1 || j >= name || !(IsAgentPreposition(j) || BeforeAddress(j))) {
    return Speaker{};
  }
  // (With its opener, as the clause's subject is named: "One shop owner".)
  return speaker_internal::AnonymousSpeaker(start, j);
}

bool SpeakerFinder::BeforeAddress(int k) const {
  const Token& t = tokens_[k];
  if (t.kind != TokenKind::kWord || t.upper ||
      !lexicon::IsAddressPreposition(TokenText(text_, t))) {
    return false;
  }
  int n = k + 1;
  if (n < static_cast<int>(tokens_.size()) && lexicon::IsArticle(TokenText(text_, tokens_[n]))) {
    ++n;
  }
  return n < static_cast<int>(tokens_.size()) && tokens_[n].kind == TokenKind::kWord &&
         tokens_[n].upper;
}

Speaker SpeakerFinder::PersonAtPlace(int j, int lo) const {
  // The place: a lowercase preposition and a few plain words ending at `j`.
  int prep = -1;
  int window = kMaxPersonPlaceTokens;
  for (int k = j - 1; k >= lo && j - k <= window && prep < 0; --k) {
    const Token& t = tokens_[k];
    if (t.kind != TokenKind::kWord ||
        (t.classes & (kCue | kRelative | kPersonPronoun | kOtherPronoun)) != 0 ||
        (!t.upper && lexicon::IsAuxiliary(TokenText(text_, t)))) {
      return Speaker{};
    }
    if (!IsAgentPreposition(k)) continue;
    // "at one of the Nyalenda stations": a share of the place, whose "of" is
    // not the person's preposition.
    if (k - 2 >= lo && TokenText(text_, t) == "of" &&
        lexicon::IsIndefiniteOpener(TokenText(text_, tokens_[k - 1])) &&
        IsAgentPreposition(k - 2)) {
      window += kShareTokens;
      continue;
    }
    prep = k;
  }
  // ("a group of conservative leaders", "a number of readers": a share of
  // people, whose people speak.)
  if (prep < 0 || (TokenText(text_, tokens_[prep]) == "of" && !tokens_[j].upper &&
                   absl::EndsWith(TokenText(text_, tokens_[j]), "s"))) {
    return Speaker{};
  }
  // The person: "a"/"an"/"one"/"another" and its words before the preposition,
  // opening the clause.
  for (int k = prep - 2; k >= lo && prep - k <= kMaxNominalTokens + 1; --k) {
    if (!lexicon::IsIndefiniteOpener(TokenText(text_, tokens_[k]))) continue;
    if (k > lo && tokens_[k - 1].kind != TokenKind::kPunct) return Speaker{};
    // (With its opener, as the clause's subject is named: "One nurse".)
    Speaker s = DescribedBefore(k, prep + 1);
    if (!s.found() || s.last != prep) return Speaker{};
    s.first = k;
    // With its place ("a senior member of the ruling party"), unless another
    // place follows ("for the health board [in Dumfries]": the words before it
    // are asked alone).
    if (j + 1 >= static_cast<int>(tokens_.size()) || !IsAgentPreposition(j + 1)) s.last = j + 1;
    return s;
  }
  return Speaker{};
}

Speaker SpeakerFinder::AgentBefore(Speaker s, int lo) const {
  if (!s.found() || !s.anonymous || s.pronoun || s.entity >= 0) return s;
  int p = s.first - 1;
  if (p >= lo && lexicon::IsArticle(TokenText(text_, tokens_[p]))) --p;
  if (p - 1 < lo || !IsAgentPreposition(p)) return s;
  Speaker agent = NominalEndingAt(p - 1, lo);
  if (!agent.found() || !agent.anonymous || agent.name_first >= 0) return s;
  agent.last = s.last;
  return agent;
}

bool SpeakerFinder::IsAgentPreposition(int k) const {
  const Token& t = tokens_[k];
  return t.kind == TokenKind::kWord && !t.upper &&
         ((t.classes & kAffiliationPrep) != 0 || TokenText(text_, t) == "in");
}

bool SpeakerFinder::OpensIndefinitely(const Speaker& s) const {
  // (The article may stand before the phrase: "A juror" is "juror".)
  return lexicon::IsIndefiniteOpener(TokenText(text_, tokens_[s.first])) ||
         (s.first > 0 && lexicon::IsIndefiniteOpener(TokenText(text_, tokens_[s.first - 1])));
}

int SpeakerFinder::PhraseHead(const Speaker& s) const {
  for (int k = s.first + 1; k + 1 < s.last; ++k) {
    if (IsAgentPreposition(k)) return k - 1;
  }
  return s.last - 1;
}

bool SpeakerFinder::IsRelativeWord(const Speaker& s) const {
  const Token& t = tokens_[s.first];
  return s.pronoun && s.last == s.first + 1 && !t.upper && (t.classes & kRelative) != 0;
}

bool SpeakerFinder::IsOnePerson(const Speaker& s) const {
  if (!s.found() || s.pronoun) return false;
  if (!s.anonymous) {
    return s.entity >= 0 && mentions_.entities()[s.entity].type == v1::SOURCE_TYPE_PERSON;
  }
  if (s.name_first >= 0) return false;  // "the spokesman" of an earlier "a spokesman for X"
  const int k = PhraseHead(s);
  const Token& head = tokens_[k];
  const absl::string_view w = TokenText(text_, head);
  if (head.kind != TokenKind::kWord || head.upper || (head.classes & kOrgKind) != 0 ||
      (absl::EndsWith(w, "s") && !absl::EndsWith(w, "ss"))) {
    return false;
  }
  return (head.classes & (kTitle | kTitleHead)) != 0 || IsAgentNoun(k);
}

bool SpeakerFinder::NamedBetween(int entity, int start, int before, bool as_subject) const {
  if (entity < 0) return false;
  const std::vector<Mention>& all = mentions_.mentions();
  for (auto it = std::lower_bound(all.begin(), all.end(), start,
                                  [](const Mention& m, int k) { return m.first < k; });
       it != all.end() && it->first < before; ++it) {
    if (it->entity != entity) continue;
    // ("Asked by Matt Lauer ..., she said": not a name inside a phrase.)
    const int first = it->start();
    const Token& p = tokens_[std::max(first - 1, 0)];
    const bool in_phrase = first > 0 && p.kind == TokenKind::kWord &&
                           ((p.classes & kAffiliationPrep) != 0 ||
                            lexicon::IsPhrasePreposition(TokenText(text_, p)));
    if (!as_subject || it->subject || !in_phrase) return true;
  }
  return false;
}

bool SpeakerFinder::IsBareUnnamed(const Speaker& s) const {
  return s.found() && !s.pronoun && s.anonymous && s.name_first < 0;
}

bool SpeakerFinder::IsOneUnnamedSource(const Speaker& s) const {
  if (!IsBareUnnamed(s)) return false;
  if (IsOnePerson(s)) return true;
  // "a ministry source", "One campaign aide": a singular speaking noun (not a
  // document: "a report", "the survey").
  const Token& head = tokens_[PhraseHead(s)];
  const absl::string_view w = TokenText(text_, head);
  // "A juror", "One shopkeeper": "a"/"one" brings in someone new, whatever the
  // noun.
  const bool speaking = (head.classes & kSpeakerNoun) != 0 || OpensIndefinitely(s);
  return head.kind == TokenKind::kWord && !head.upper && speaking &&
         (head.classes & (kOrgKind | kCue | kTimeWord)) == 0 && !absl::EndsWith(w, "s") &&
         !lexicon::IsDocumentNoun(w);
}

bool SpeakerFinder::IsGroupNoun(int k, bool opening) const {
  const Token& head = tokens_[k];
  if (head.kind != TokenKind::kWord || head.possessive || head.all_caps ||
      (head.upper && !opening) || (head.classes & kOrgKind) != 0) {
    return false;
  }
  const absl::string_view w = TokenText(text_, head);
  if (!absl::EndsWith(w, "s")) return false;
  // (A plural in "s" never ends in "-ent", which HasAgentEnding refuses.)
  return (head.classes & (kSpeakerNoun | kStaffGroup)) != 0 || HasAgentEnding(head);
}

Speaker SpeakerFinder::GroupOpening(const Sentence& prev) const {
  const int k = MainClauseStart(prev, prev.last);
  if (k + 3 >= prev.last || !IsGroupNoun(k, /*opening=*/true) || !IsAgentPreposition(k + 1)) {
    return Speaker{};
  }
  Speaker s;
  s.first = k;
  int j = k + 2;
  if (lexicon::IsArticle(TokenText(text_, tokens_[j]))) ++j;
  if (const int m = mentions_.MentionStartingAt(j); m >= 0) {
    s.entity = mentions_.mentions()[m].entity;
    j = mentions_.mentions()[m].last;
  } else {
    // "Economists at the central bank": lowercase words up to the cue.
    const int end = j + kMaxNominalTokens;
    while (j < end && j < prev.last && tokens_[j].kind == TokenKind::kWord &&
           !tokens_[j].upper && tokens_[j].cue == 0) {
      ++j;
    }
  }
  s.last = j;
  while (j < prev.last && (IsFiller(j) || IsTimeBeforeCue(j))) ++j;
  if (j >= prev.last || (tokens_[j].cue & (kCueQuote | kCueReport)) == 0 ||
      (tokens_[j].cue & kCueParticiple) != 0) {
    return Speaker{};
  }
  s.anonymous = s.entity < 0;
  return s;
}

Speaker SpeakerFinder::TheyAntecedent(Speaker s, const Sentence& prev) const {
  if (s.entity >= 0 || s.anonymous) return s;
  const Speaker said = PreviousSpeaker(prev);
  // "Analysts at Halden Securities said ... “…,” they wrote.": the group
  // (its organisation when named), as "Residents of the estate said".
  Speaker group = said.found() ? Speaker{} : GroupOpening(prev);
  if (!group.found() && said.anonymous && said.name_first < 0 &&
      IsGroupNoun(PhraseHead(said), PhraseHead(said) == said.first)) {
    group = said;
  }
  if (group.found() && !AnotherGroupJoins(prev, group.last)) {
    s.entity = group.entity;
    s.anonymous = group.entity < 0;
    if (s.anonymous) NameByPhrase(&s, group);
    return s;
  }
  if (IsOneUnnamedSource(said)) NameByPhrase(&s, said);
  // "Magnusson's team used drones ... They found that ...": the team's head.
  if (!said.found() && !s.anonymous && s.entity < 0) s.entity = TeamOwnerOpening(prev);
  return s;
}

int SpeakerFinder::TeamOwnerOpening(const Sentence& prev) const {
  const int m = mentions_.MentionStartingAt(MainClauseStart(prev, prev.last));
  if (m < 0) return -1;
  const Mention& owner = mentions_.mentions()[m];
  // (Tokens: the name, its "'s", the noun, the verb.)
  if (!owner.possessive || owner.entity < 0 || owner.last + 2 >= prev.last ||
      mentions_.entities()[owner.entity].type != v1::SOURCE_TYPE_PERSON) {
    return -1;
  }
  // (The team noun must be the subject's head: "Magnusson's team used", not
  // "Magnusson's team leader said".)
  const Token& noun = tokens_[owner.last + 1];
  const Token& next = tokens_[owner.last + 2];
  if (noun.kind != TokenKind::kWord || noun.upper ||
      !lexicon::IsTeamNoun(TokenText(text_, noun)) || next.kind != TokenKind::kWord ||
      next.upper || (next.classes & (kTitleHead | kSpeakerNoun)) != 0) {
    return -1;
  }
  return owner.entity;
}

bool SpeakerFinder::AnotherGroupJoins(const Sentence& prev, int after) const {
  for (int k = after; k + 1 < prev.last; ++k) {
    if (tokens_[k].kind != TokenKind::kWord ||
        !lexicon::IsClauseJoin(TokenText(text_, tokens_[k]))) {
      continue;
    }
    // A main clause of its own: after a comma (", but critics disagreed"), or
    // with a cue of its own ("but critics said"); not one inside what the
    // group said ("the lifts had failed and engineers were slow").
    const bool comma = IsPunct(tokens_[k - 1], ',');
    // ("but many critics", "while the farmers": a determiner may come first.)
    for (int h = k + 1; h + 1 < prev.last && h <= k + 2; ++h) {
      if (IsGroupNoun(h, /*opening=*/false) &&
          (comma || (tokens_[h + 1].cue & (kCueQuote | kCueReport)) != 0)) {
        return true;
      }
    }
  }
  return false;
}

bool SpeakerFinder::QuoteOpensInFirstPerson(const Sentence& own, int before) const {
  for (int k = own.first; k < before; ++k) {
    if (quoted_[k] && tokens_[k].kind == TokenKind::kWord) {
      return lexicon::IsFirstPersonWord(TokenText(text_, tokens_[k]));
    }
  }
  return false;
}

Speaker SpeakerFinder::ItAntecedent(Speaker s, const Sentence& own, const Sentence& prev) const {
  const Speaker said = PreviousSpeaker(prev);
  if (!IsBareUnnamed(said)) return s;
  const Token& head = tokens_[PhraseHead(said)];
  const absl::string_view w = TokenText(text_, head);
  if (head.kind != TokenKind::kWord || head.upper || head.possessive ||
      absl::EndsWith(w, "s") ||
      ((head.classes & kOrgKind) == 0 && !lexicon::IsDocumentNoun(w))) {
    return s;
  }
  // ("“We reject the findings,” it said." after "The audit said": not the audit.)
  if ((head.classes & kOrgKind) == 0 && QuoteOpensInFirstPerson(own, s.first)) return s;
  NameByPhrase(&s, said);
  return s;
}

Speaker SpeakerFinder::PronounAntecedent(Speaker s, const Sentence& own, const Sentence& prev,
                                         const Speaker* credited) const {
  if (!s.pronoun || s.anonymous || s.last != s.first + 1 || prev.last > s.first) return s;
  // "“…,” they said." after "One campaign aide ... said": the unnamed source.
  if (absl::EqualsIgnoreCase(TokenText(text_, tokens_[s.first]), "they") &&
      !tokens_[s.first].all_caps) {
    return TheyAntecedent(s, prev);
  }
  // "“…,” it said." after "The dairy workers' union said": the body.
  if (absl::EqualsIgnoreCase(TokenText(text_, tokens_[s.first]), "it") && s.entity < 0) {
    return ItAntecedent(s, own, prev);
  }
  // A he/she resolved to no one who stands as a person ("passed Additional
  // Mathematics", "in rural Kasungu") keeps nothing from that resolution.
  const bool person = s.entity >= 0 && EntityStandsAsPerson(s.entity, s.first);
  if ((tokens_[s.first].classes & kPersonPronoun) == 0 ||
      (person && NamedBetween(s.entity, own.first, s.first, /*as_subject=*/true))) {
    return s;
  }
  Speaker said = PreviousSpeaker(prev);
  if (credited != nullptr && (!said.found() || said.pronoun)) said = Unchained(*credited);
  // ("An executive at a rival bank said": any singular speaking noun is one
  // person.)
  if ((!IsOnePerson(said) && !IsOneUnnamedSource(said)) ||
      (said.entity >= 0 && said.entity == s.entity)) {
    return s;
  }
  // Someone named after the speaker in the main clause (whom the speaker told or
  // introduced) keeps the pronoun; a name in the speaker's own title phrase or
  // owner ("The Minister for Schools, Kwesi Boakye,", "Mayor Olsen's rival,")
  // does not.
  if (person && NamedBetween(s.entity, std::max(MainClauseStart(prev, prev.last), said.last),
                             prev.last, /*as_subject=*/false)) {
    return s;
  }
  if (said.entity >= 0) {
    const int gender = mentions_.GenderOfToken(s.first);
    const int other = mentions_.EntityGender(said.entity);
    if (gender != 0 && other != 0 && gender != other) return s;
    s.entity = said.entity;
    return s;
  }
  // ("“…,” his brother added. “…,” he said.": "the" or "his" may name someone
  // named before; only "a"/"one" brings in a new person.)
  if (person && !OpensIndefinitely(said)) return s;
  s.entity = -1;
  NameByPhrase(&s, said);
  return s;
}

}  // namespace factwire
