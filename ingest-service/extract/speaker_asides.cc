// SpeakerFinder: what stands between a speaker and its cue (asides between
// commas, relative clauses, "by" agents).
#include "ingest-service/extract/speakers.h"

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "ingest-service/extract/lexicon/clause_words.h"
#include "ingest-service/extract/lexicon/lexicon.h"
#include "ingest-service/extract/lexicon/speech_words.h"
#include "ingest-service/extract/speaker_internal.h"

namespace factwire {

using speaker_internal::kMaxRelativeClauseTokens;
using speaker_internal::kMaxAsideTokens;
using speaker_internal::kMaxAsideWords;
using speaker_internal::kMaxSpeakingAsideTokens;
using speaker_internal::kMaxAgentTokens;
using speaker_internal::kMaxNominalTokens;

int SpeakerFinder::ParticipleBeforeAgent(int j, int lo) const {
  for (int k = j - 2; k - 1 >= lo && j - k <= kMaxAgentTokens; --k) {
    const Token& by = tokens_[k + 1];
    if (by.kind != TokenKind::kWord || by.cue != 0) return -1;
    if (tokens_[k].kind != TokenKind::kWord) return -1;
    if (by.upper || TokenText(text_, by) != "by") continue;
    const Token& participle = tokens_[k];
    const Token& subject = tokens_[k - 1];
    const absl::string_view w = TokenText(text_, participle);
    if (participle.upper || !absl::EndsWith(w, "ed") || subject.kind != TokenKind::kWord ||
        lexicon::IsPassiveAuxiliary(absl::AsciiStrToLower(TokenText(text_, subject)))) {
      return -1;
    }
    return k;
  }
  return -1;
}

Speaker SpeakerFinder::RelativePronoun(int j, int lo) const {
  // "the report, which notes": the relative word, resolved to what it follows.
  Speaker s;
  s.first = j;
  s.last = j + 1;
  s.pronoun = true;
  const bool comma = j - 2 >= lo && IsPunct(tokens_[j - 1], ',');
  if (comma) {
    int m = mentions_.MentionEndingAt(j - 2);
    if (m < 0) m = mentions_.MentionWithAppositiveEndingAt(j - 1);
    if (m >= 0) {
      s.entity = FromMention(m).entity;
      return s;
    }
  }
  // "Smith, a senator who", "Lloyd Grove, the editor who wrote": the person the
  // appositive describes.
  if (TokenText(text_, tokens_[j]) == "who") {
    s.entity = PersonBeforeAppositive(comma ? j - 1 : j, lo);
    if (s.entity >= 0) return s;
  }
  // "developers who say", "Orchard growers, who argue": the unnamed group the
  // pronoun stands for names the source; the speaker stays the pronoun.
  const int head = comma ? j - 2 : j - 1;
  if (head < lo) return s;
  const Speaker group = NominalEndingAt(head, lo);
  if (!group.found()) return s;
  if (!group.anonymous) {
    s.entity = group.entity;
    return s;
  }
  s.anonymous = true;
  if (group.name_first >= 0) {
    s.name_first = group.name_first;
    s.name_last = group.name_last;
    return s;
  }
  // ("digging up dirt on journalists who", "Trump dismissed critics who": the
  // group starts after a preposition or a verb, though "a retired general" keeps
  // its participle.)
  s.name_first = head;
  while (s.name_first > group.first) {
    const int k = s.name_first - 1;
    const Token& x = tokens_[k];
    const absl::string_view w = TokenText(text_, x);
    const bool verb_like =
        absl::EndsWith(w, "ed") || absl::EndsWith(w, "ing") || absl::EndsWith(w, "ly");
    if (x.kind != TokenKind::kWord ||
        (!x.upper && (lexicon::IsObjectPreposition(w) || lexicon::IsPhrasePreposition(w) ||
                      (verb_like && (k == 0 || (tokens_[k - 1].classes & kDeterminer) == 0))))) {
      break;
    }
    --s.name_first;
  }
  // (Not from the "’s" of "his show’s listeners".)
  const Token& lead = tokens_[s.name_first];
  if (s.name_first < head && !absl::ascii_isalnum(text_[lead.begin])) ++s.name_first;
  s.name_last = head + 1;
  return s;
}

int SpeakerFinder::OuterPerson(int m) const {
  const Mention& mention = mentions_.mentions()[m];
  if (mention.entity < 0 ||
      mentions_.entities()[mention.entity].type != v1::SOURCE_TYPE_ORGANIZATION) {
    return m;
  }
  const int outer = mentions_.MentionWithAppositiveEndingAt(mention.last);
  if (outer < 0 || outer == m) return m;
  const int e = mentions_.mentions()[outer].entity;
  return e >= 0 && mentions_.entities()[e].type == v1::SOURCE_TYPE_PERSON ? outer : m;
}

int SpeakerFinder::AsideOpening(int comma, int lo) const {
  int i = comma - 1;
  while (i > lo && comma - i <= kMaxAsideWords && tokens_[i].kind == TokenKind::kWord &&
         !tokens_[i].upper && !tokens_[i].possessive && (tokens_[i].classes & kCue) == 0) {
    --i;
  }
  if (i <= lo || i + 1 >= comma || !IsPunct(tokens_[i], ',')) return -1;
  const Token& first = tokens_[i + 1];
  const absl::string_view w = TokenText(text_, first);
  const bool preposition = (first.classes & kAffiliationPrep) != 0 ||
                           lexicon::IsObjectPreposition(w) || lexicon::IsPhrasePreposition(w);
  return preposition ? i : -1;
}

int SpeakerFinder::PersonBeforeAppositive(int comma, int lo) const {
  for (int p = comma - 1; p > lo + 1 && comma - p <= kMaxAsideTokens; --p) {
    const Token& t = tokens_[p];
    if (t.kind != TokenKind::kWord && t.kind != TokenKind::kNumber) {
      if (!IsPunct(t, ',')) return -1;
      // The appositive opens with its article: ", a structural engineer ...,".
      const absl::string_view det = TokenText(text_, tokens_[p + 1]);
      if (det != "a" && det != "an" && det != "the") return -1;
      const int m = mentions_.MentionEndingAt(p - 1);
      if (m < 0) return -1;
      const int entity = mentions_.mentions()[m].entity;
      return entity >= 0 && mentions_.entities()[entity].type == v1::SOURCE_TYPE_PERSON
                 ? entity
                 : -1;
    }
  }
  return -1;
}

int SpeakerFinder::BodyAfterDescription(int comma, int lo) const {
  const int m = MentionBeforeParenthesis(comma - 1, lo);
  if (m < 0) return -1;
  const Mention& body = mentions_.mentions()[m];
  if (body.possessive || body.entity < 0 ||
      mentions_.entities()[body.entity].type != v1::SOURCE_TYPE_ORGANIZATION) {
    return -1;
  }
  // The comma before the name (or before its article) ends the description.
  int d = body.start() - 1;
  if (d > lo && lexicon::IsDefiniteArticle(TokenText(text_, tokens_[d]))) --d;
  const int head = d - 1;
  if (head <= lo || !IsPunct(tokens_[d], ',')) return -1;
  const Token& h = tokens_[head];
  if (h.kind != TokenKind::kWord || h.upper ||
      !speaker_internal::IsBodyKindWord(text_, h)) {
    return -1;
  }
  // Its words (and the mark of "farmers' union") back to the determiner that
  // opens the clause: at `lo`, after a dateline or a short opening adverbial
  // ("On Monday, the party, ..."), not after a fronted claim ("Prices fell, the
  // union, ..., said").
  for (int k = head - 1; k >= lo && head - k <= kMaxNominalTokens + 2; --k) {
    const Token& t = tokens_[k];
    if (t.kind == TokenKind::kQuote && IsPossessiveMark(k)) continue;
    if (t.kind != TokenKind::kWord || (t.classes & (kCue | kRelative)) != 0) return -1;
    if ((t.classes & kDeterminer) != 0 &&
        (k == lo || k == AfterDateline(lo) || OpeningAdverbialEnd(lo, k) == k - 1)) {
      return m;
    }
  }
  return -1;
}

Speaker SpeakerFinder::NominalBeforeAppositive(int comma, int lo) const {
  // "One of them, a retired shepherd, told", "One of the organisers, a teacher
  // who sells honey, said": a share of a group says who speaks only through the
  // appositive after it (up to a relative clause), which does.
  if (comma - lo > 4 && lexicon::IsIndefiniteOpener(TokenText(text_, tokens_[lo])) &&
      TokenText(text_, tokens_[lo + 1]) == "of") {
    int p = lo + 2;
    while (p < comma && p - lo <= kMaxNominalTokens + 2 && tokens_[p].kind == TokenKind::kWord) ++p;
    if (p + 1 >= comma || !IsPunct(tokens_[p], ',') ||
        !lexicon::IsArticle(TokenText(text_, tokens_[p + 1]))) {
      return Speaker{};
    }
    int end = p + 2;
    while (end < comma &&
           (tokens_[end].kind == TokenKind::kWord || tokens_[end].kind == TokenKind::kNumber) &&
           (tokens_[end].classes & (kCue | kRelative)) == 0) {
      ++end;
    }
    if (end < comma && (tokens_[end].classes & kRelative) == 0) return Speaker{};
    return speaker_internal::AnonymousSpeaker(p + 1, end);
  }
  // The appositive: words and numbers, no cue or relative, back to the comma
  // that opens it, with its article after that comma.
  int p = comma - 1;
  while (p > lo && comma - p <= kMaxAsideTokens &&
         (tokens_[p].kind == TokenKind::kWord || tokens_[p].kind == TokenKind::kNumber) &&
         (tokens_[p].classes & (kCue | kRelative)) == 0) {
    --p;
  }
  if (p <= lo || p + 1 >= comma || !IsPunct(tokens_[p], ',') ||
      !lexicon::IsArticle(TokenText(text_, tokens_[p + 1]))) {
    return Speaker{};
  }
  // The unnamed phrase before it opens the clause (after its determiner).
  const Speaker s = NominalEndingAt(p - 1, lo);
  if (!s.found() || !s.anonymous || s.entity >= 0) return Speaker{};
  return StartWithDeterminer(s, lo) == lo ? s : Speaker{};
}

Speaker SpeakerFinder::GroupBeforeExamples(int first, int lo) const {
  // Back over the names, commas and "and" of the list to its opener.
  for (int k = first - 1; k > lo && first - k <= kMaxAsideTokens; --k) {
    const Token& t = tokens_[k];
    if (IsPunct(t, ',') || (t.kind == TokenKind::kWord && t.upper)) continue;
    if (t.kind != TokenKind::kWord) return Speaker{};
    const absl::string_view w = TokenText(text_, t);
    if (lexicon::IsListJoiner(w)) continue;
    const int opener = lexicon::ExampleOpenerWords(TokenText(text_, tokens_[k - 1]), w);
    const int noun = k - opener;
    if (opener == 0 || noun < lo) return Speaker{};
    // "Residents of outlying districts such as ...": the group at the place.
    if (Speaker g = GroupWithPlace(noun, lo); g.found()) return g;
    // "Companies such as Apple and Google said": a plural opening the clause.
    if (Speaker g = PluralOpeningClause(noun, lo); g.found()) return g;
    const Speaker s = NominalEndingAt(noun, lo);
    if (!s.found() || !s.anonymous || s.entity >= 0) return Speaker{};
    return StartWithDeterminer(s, lo) == lo ? s : Speaker{};
  }
  return Speaker{};
}

int SpeakerFinder::StartWithDeterminer(const Speaker& s, int lo) const {
  const int start = s.first;
  return start - 1 >= lo && (tokens_[start - 1].classes & kDeterminer) != 0 ? start - 1 : start;
}

Speaker SpeakerFinder::PluralOpeningClause(int noun, int lo) const {
  const Token& n = tokens_[noun];
  if (n.kind != TokenKind::kWord || n.possessive || !absl::EndsWith(TokenText(text_, n), "s") ||
      (n.classes & (kCue | kDeterminer | kRelative | kPersonPronoun | kOtherPronoun)) != 0) {
    return Speaker{};
  }
  if (noun != lo && !(noun - 1 == lo && (tokens_[lo].classes & kDeterminer) != 0)) {
    return Speaker{};
  }
  return speaker_internal::AnonymousSpeaker(lo, noun + 1);
}

int SpeakerFinder::SpeakingAsideOpening(int comma, int lo) const {
  for (int i = comma - 1; i > lo && comma - i <= kMaxSpeakingAsideTokens; --i) {
    const Token& t = tokens_[i];
    if (t.kind != TokenKind::kWord && t.kind != TokenKind::kNumber) return -1;
    if (!IsPunct(tokens_[i - 1], ',')) continue;
    // The word after the opening comma.
    const absl::string_view w = TokenText(text_, t);
    return w == "speaking" || w == "talking" ? i - 1 : -1;
  }
  return -1;
}

Speaker SpeakerFinder::BeforeRelativeClause(int comma, int lo) const {
  // "Melanne Verveer, who served as chief of staff, told CBS": skip the clause.
  for (int i = comma - 1; i - 2 >= lo && comma - i < kMaxRelativeClauseTokens; --i) {
    const Token& t = tokens_[i];
    // "Humphrey, who calls Trump a “sociopath,” said": quoted words inside the
    // clause; a quote with its own attribution ends the search.
    if (t.kind == TokenKind::kQuote && (t.cue != 0 || IsPunct(tokens_[i - 1], ','))) break;
    if (t.kind == TokenKind::kQuote) continue;
    if ((t.classes & kRelative) == 0 || t.upper) continue;
    // "Residents, many of whom have lived there for decades, say": the clause
    // opens at its quantifier.
    if (i - 4 >= lo && TokenText(text_, tokens_[i - 1]) == "of" &&
        tokens_[i - 2].kind == TokenKind::kWord && !tokens_[i - 2].upper &&
        IsPunct(tokens_[i - 3], ',')) {
      i -= 2;
    }
    if (!IsPunct(tokens_[i - 1], ',')) continue;
    // "Sam Solovey, a contestant on the show, who went on to ..., said": the
    // person whose appositive the clause follows.
    if (const int m = mentions_.MentionWithAppositiveEndingAt(i - 1); m >= 0) {
      return WithPartnerBefore(FromMention(OuterPerson(m)), lo);
    }
    if (const int m = MentionBeforeParenthesis(i - 2, lo); m >= 0) {
      // "Residents of districts such as Marsa and Qormi, where ...": the group
      // the examples belong to.
      if (Speaker g = GroupBeforeExamples(mentions_.mentions()[m].start(), lo); g.found()) {
        return g;
      }
      // "Residents in Selby, many of whom ...": the people in the place.
      if (Speaker agent = AgentFor(mentions_.mentions()[m], lo); agent.found()) return agent;
      return WithPartnerBefore(FromMention(m), lo);
    }
    // "One resident of the estate, who ..., told": the person, not the place.
    if (Speaker s = PersonAtPlace(i - 2, lo); s.found()) return s;
    // "The victims' son, who travelled ..., said": the owned noun, its owner
    // with it.
    if (Speaker s = OwnedNoun(i - 2, lo); s.found()) return s;
    if (Speaker s = NominalEndingAt(i - 2, lo); s.found()) return s;
    // "A juror, who asked ..., told": any noun after an article, when the
    // phrase opens the clause.
    if (Speaker s = LooseNominal(i - 2, lo); s.found() && s.anonymous && s.entity < 0) {
      int start = s.first;
      if (start - 1 >= lo && ((tokens_[start - 1].classes & kDeterminer) != 0 ||
                              lexicon::IsIndefiniteOpener(TokenText(text_, tokens_[start - 1])))) {
        --start;  // "A", "One"
      }
      if (start == lo || tokens_[start - 1].kind == TokenKind::kPunct) return s;
    }
    // "The union, which represents 40,000 nurses, said": a kind of organisation
    // after its article, even with none named before.
    const Token& head = tokens_[i - 2];
    if (i - 3 >= lo && head.kind == TokenKind::kWord && !head.upper &&
        (head.classes & kOrgKind) != 0) {
      const absl::string_view det = TokenText(text_, tokens_[i - 3]);
      if (det == "the" || det == "The") {
        Speaker s;
        s.first = i - 3;
        s.last = i - 1;
        s.anonymous = true;
        return s;
      }
    }
    return Speaker{};
  }
  return Speaker{};
}

Speaker SpeakerFinder::BeforeRestrictiveRelative(int j, int lo) const {
  for (int i = j - 1; i - 1 >= lo && j - i < kMaxRelativeClauseTokens; --i) {
    const Token& t = tokens_[i];
    if (t.kind != TokenKind::kWord && t.kind != TokenKind::kNumber) return Speaker{};
    if (t.upper || TokenText(text_, t) != "who") continue;
    // ("a deckhand who": any noun after an article, as "who" is for people.)
    Speaker s = NominalEndingAt(i - 1, lo);
    if (!s.found()) s = LooseNominal(i - 1, lo);
    if (!s.found() || !s.anonymous) return Speaker{};
    // The noun phrase (after its article) opens the clause, at `lo` or after a
    // comma.
    const int start = StartWithDeterminer(s, lo);
    if (start == lo) return s;
    if (!IsPunct(tokens_[start - 1], ',')) return Speaker{};
    // "Senator Bob Corker, a Tennessee Republican who has met ..., said": the
    // phrase describes the person named before it.
    if (const int m = MentionEndingAt(start - 2); m >= 0) {
      const Speaker person = FromMention(m);
      if (IsNamedPerson(person, /*full_name=*/false)) return person;
    }
    return s;
  }
  return Speaker{};
}

Speaker SpeakerFinder::BeforeAsides(int comma, int lo) const {
  // "Cecelia Purner, 67, a retired clerk in Allentown, Pa., said": the name before
  // a run of comma-separated asides.
  // "Dr. Amara Osei of the University of Ghana, said": the organisation owned by
  // a person stands for that person.
  auto person = [&](int m) {
    if (m < 0) return -1;
    const Mention& mention = mentions_.mentions()[m];
    if (mention.owner >= 0) return mention.owner;
    return mention.kind == MentionKind::kPerson || mention.kind == MentionKind::kName ? m
                                                                                      : -1;
  };
  int earliest = -1;
  // "A spokesman for Tri-County Power, a utility that serves 40,000 homes,
  // said": the unnamed person speaking for the organisation before the aside.
  Speaker agent;
  auto consider = [&](int m) {
    if (const int p = person(m); p >= 0) {
      // "NLC President, Comrade Yusuf Bello, said": the person named after a
      // bare title speaks.
      if (earliest >= 0 && BareTitleBefore(p, earliest)) return;
      earliest = p;
      agent = Speaker{};
    } else if (m >= 0) {
      // ("A spokeswoman for Acme Corp., Tara Kinney, said": she is named.)
      if (Speaker a = AgentFor(mentions_.mentions()[m], lo);
          a.found() && !(earliest >= 0 && NamesAgent(a, earliest))) {
        agent = a;
        earliest = -1;
      }
    }
  };
  if (comma - 1 >= lo) consider(MentionBeforeParenthesis(comma - 1, lo));
  for (int i = comma - 1; i >= lo && comma - i < kMaxAsideTokens; --i) {
    const Token& t = tokens_[i];
    // (A cue word before a name modifies it: "state Sen. Lila Morrow".)
    const bool modifier = i + 1 < comma && tokens_[i + 1].upper;
    if ((t.kind == TokenKind::kQuote && !IsPossessiveMark(i)) ||
        ((t.classes & kCue) != 0 && !modifier)) {
      break;
    }
    if (t.kind == TokenKind::kPunct && t.punct != ',' && t.punct != '.' &&
        t.punct != '(' && t.punct != ')') {
      break;
    }
    if (!IsPunct(t, ',') || i == 0) continue;
    // Keep going: the first name of the chain is the speaker ("Sen. Roy Blunt
    // (R-Mo.), facing a challenge from Jason Kander, noted": Blunt).
    consider(MentionBeforeParenthesis(i - 1, lo));
  }
  if (agent.found()) return agent;
  if (earliest < 0) return Speaker{};
  // "Residents in York, many of whom were flooded, said": the people in the
  // place speak, not the place.
  if (Speaker agent = AgentFor(mentions_.mentions()[earliest], lo); agent.found()) return agent;
  return WithPartnerBefore(FromMention(earliest), lo);
}

}  // namespace factwire
