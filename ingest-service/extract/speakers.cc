#include "ingest-service/extract/speakers.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "ingest-service/extract/lexicon/lexicon.h"
#include "ingest-service/extract/lexicon/speech_words.h"

namespace factwire {
namespace {

constexpr int kMaxNominalTokens = 4;
// Tokens from "another" to the head of its noun phrase ("another elderly resident").
constexpr int kMaxAnotherTokens = 2;
constexpr uint32_t kNotAgent = kFiller | kAffiliationPrep | kDeterminer | kCue |
                               kTimeWord | kAdverbial | kRelative | kNameConnector |
                               kNotName | kStarter;
constexpr int kMaxRelativeClauseTokens = 30;
constexpr int kMaxAsideTokens = 30;
constexpr int kMaxTitleTailTokens = 4;  // "secretary of [homeland security] Jeh Johnson"
// "the Chief Executive of the Harbour Board of Kettleby": a title phrase with its tail.
constexpr int kMaxTitlePhraseTokens = kMaxNominalTokens + kMaxTitleTailTokens + 5;
constexpr int kMaxPartyTagTokens = 8;  // "(D-Mo.)", "(R-N.Y.)", "(I-Vt.)"
constexpr int kMaxParenTokens = 24;  // "Sen. Chris Murphy (a Connecticut Democrat ...)"
constexpr int kMaxAsideWords = 5;  // ", on the other hand,"
// ", speaking on condition of anonymity because they were not authorized to
// discuss the matter publicly,"
constexpr int kMaxSpeakingAsideTokens = 24;
constexpr int kMaxOpeningPhraseTokens = 9;  // "One longtime dockhand on Monday told"
constexpr int kMaxAntecedentTokens = 160;  // "the agency" looks this far back
constexpr int kMaxAgentTokens = 6;  // "by the Evening Courier of Leeds"

// An unnamed speaker written as tokens [first, last): "the spokesman",
// "officials in Kyiv".
Speaker AnonymousSpeaker(int first, int last) {
  Speaker s;
  s.first = first;
  s.last = last;
  s.anonymous = true;
  return s;
}

}  // namespace

SpeakerFinder::SpeakerFinder(absl::string_view text, const std::vector<Token>& tokens,
                             const MentionFinder& mentions,
                             const std::vector<QuoteSpan>& quotes)
    : text_(text), tokens_(tokens), mentions_(mentions), quoted_(tokens.size(), false) {
  for (const QuoteSpan& q : quotes) {
    for (int k = q.open + 1; k < q.close && k < static_cast<int>(quoted_.size()); ++k) {
      quoted_[k] = true;
    }
  }
}

bool SpeakerFinder::IsFiller(int k) const {
  const Token& t = tokens_[k];
  if (t.kind != TokenKind::kWord || t.upper) return false;
  if ((t.classes & kFiller) != 0) return true;
  const absl::string_view w = TokenText(text_, t);
  return w.size() > 4 && absl::EndsWith(w, "ly") && (t.classes & kCue) == 0;
}

bool SpeakerFinder::IsTimeBeforeCue(int k) const {
  const Token& t = tokens_[k];
  if (t.kind != TokenKind::kWord || t.possessive) return false;
  if ((t.classes & kTimeWord) != 0) return true;
  // "on Thursday", "last week": the word that opens the time.
  if (t.upper || k + 1 >= static_cast<int>(tokens_.size()) ||
      (tokens_[k + 1].classes & kTimeWord) == 0) {
    return false;
  }
  return lexicon::IsTimeOpener(TokenText(text_, t));
}

bool SpeakerFinder::IsAgentNoun(int k) const {
  // "strategists", "organizer", "politicians": agent nouns speak.
  const Token& t = tokens_[k];
  if (t.upper || (t.classes & kNotAgent) != 0) return false;
  const absl::string_view w = TokenText(text_, t);
  return HasAgentSuffix(w) && !absl::EndsWith(w, "ent");  // "president" is a title
}

Speaker SpeakerFinder::FromMention(int m) const {
  const Mention& mention = mentions_.mentions()[m];
  if (mention.owner >= 0) return FromMention(mention.owner);
  Speaker s;
  s.first = mention.title_first >= 0 ? mention.title_first : mention.first;
  s.last = mention.last;
  // "Others said", "Some chanted": a quantifier opening a sentence names no one.
  if (s.last == s.first + 1 &&
      lexicon::IsQuantifierPronoun(TokenText(text_, tokens_[s.first]))) {
    s.anonymous = true;
    return s;
  }
  s.entity = mention.entity;
  return s;
}

Speaker SpeakerFinder::Pronoun(int k) const {
  Speaker s;
  const Token& t = tokens_[k];
  if (t.kind != TokenKind::kWord) return s;
  const absl::string_view w = TokenText(text_, t);
  if (t.classes == 0 && lexicon::IsPronounContraction(w)) {
    // "they’ve suggested": the pronoun with its auxiliary, unresolved.
    s.first = k;
    s.last = k + 1;
    s.pronoun = true;
    return s;
  }
  if ((t.classes & (kPersonPronoun | kOtherPronoun)) == 0 || t.all_caps)
    return s;  // not "WHO"
  if (w == "it" || w == "It" || w == "who" || w == "you" || w == "You") return s;
  s.first = k;
  s.last = k + 1;
  s.pronoun = true;
  if ((t.classes & kPersonPronoun) != 0) s.entity = mentions_.ResolvePronoun(k);
  return s;
}

Speaker SpeakerFinder::NominalEndingAt(int k, int lo) const {
  Speaker s;
  const Token& head = tokens_[k];
  // "the department said": an organisation kind speaks when it names an
  // organisation met earlier.
  if (head.kind != TokenKind::kWord || head.possessive ||
      ((head.classes & (kSpeakerNoun | kTitleHead)) == 0 && !IsAgentNoun(k) &&
       !mentions_.IsGroupPlural(k) && mentions_.ResolveDescription(k) < 0)) {
    return s;
  }
  int first = k;
  while (first - 1 >= lo && k - first < kMaxNominalTokens) {
    const Token& t = tokens_[first - 1];
    if (t.kind != TokenKind::kWord || (t.classes & (kCue | kFiller)) != 0) break;
    const absl::string_view w = TokenText(text_, t);
    if (w == "the" || w == "a" || w == "an" || w == "of") break;
    // "..., but Republicans say": a clause join is no part of the phrase; nor is
    // the "that" opening a reported clause ("said that tracking data showed").
    if (lexicon::IsClauseJoin(w) || w == "that") break;
    // "a water crisis after figures showed", "As one crofter put it": a
    // subordinator opens the clause.
    if (t.upper ? lexicon::IsClauseOpener(w) : lexicon::IsSubordinator(w)) break;
    if (w == "as") break;  // "... ‘cut corners’ as anglers describe ...": a clause opens
    if ((t.classes & (kAffiliationPrep | kRelative | kPersonPronoun | kOtherPronoun)) !=
            0 &&
        !t.all_caps) {
      break;  // "WHO officials": an acronym, not the pronoun
    }
    --first;
  }
  s.first = first;
  s.last = k + 1;
  s.anonymous = true;
  return Described(s);
}

int SpeakerFinder::ArticleBefore(const Speaker& s) const {
  for (int d = s.last - 2; d >= 0 && d >= s.last - 4; --d) {
    const absl::string_view w = TokenText(text_, tokens_[d]);
    if (w == "the" || w == "The") return d;
  }
  return -1;
}

Speaker SpeakerFinder::Described(Speaker s) const {
  const int det = ArticleBefore(s);
  // "The agency said": the organisation of that kind named earlier.
  int org = mentions_.ResolveDescription(s.last - 1);
  // "the judge said": the person named earlier with that title.
  if (org < 0 && det >= 0 && det == s.last - 2) org = mentions_.ResolveTitle(s.last - 1);
  if (org < 0 && s.anonymous) org = StaffEmployer(s.last - 1);
  if (org < 0) {
    if (det >= 0 && s.anonymous) FindAntecedent(det, &s);
    return s;
  }
  s.entity = org;
  s.anonymous = false;
  if (det >= 0) s.first = std::min(s.first, det);
  return s;
}

bool SpeakerFinder::IsEpithet(int det, int head) const {
  const Token& h = tokens_[head];
  const absl::string_view w = TokenText(text_, h);
  // "the 19-year-old" is one number token.
  if (h.kind == TokenKind::kNumber && !h.possessive && absl::EndsWith(w, "-year-old")) {
    return true;
  }
  if (h.kind != TokenKind::kWord || h.possessive || h.all_caps ||
      (h.classes & (kSpeakerNoun | kOrgKind | kCountry)) != 0) {
    return false;
  }
  if (absl::EndsWith(w, "s")) return false;  // "the Democrats", "the Smiths"
  // A nationality or a people ("the Dutchman", "the Kenyan"), an occupation
  // ("the striker", "the actress"), or an age ("the 22-year-old").
  if (h.upper || (h.classes & (kTitle | kTitleHead)) != 0 ||
      absl::EndsWith(w, "-year-old")) {
    return true;
  }
  for (int k = det + 1; k < head; ++k) {
    if (tokens_[k].kind == TokenKind::kNumber) return true;
  }
  return false;
}

void SpeakerFinder::FindAntecedent(int det, Speaker* s) const {
  // "According to the city's environmental agency, ... The agency said": the
  // same unnamed source.
  const int head = s->last - 1;
  const absl::string_view word = TokenText(text_, tokens_[head]);
  if (tokens_[head].upper) return;
  for (int j = det - 1; j >= 0 && det - j <= kMaxAntecedentTokens; --j) {
    const Token& t = tokens_[j];
    if (t.kind != TokenKind::kWord || t.upper || t.possessive || quoted_[j] ||
        TokenText(text_, t) != word) {
      continue;
    }
    int first = j;
    while (first > 0 && j - first < kMaxNominalTokens) {
      const Token& p = tokens_[first - 1];
      if (p.kind != TokenKind::kWord ||
          (!p.possessive && (p.classes & (kStarter | kAffiliationPrep | kCue |
                                          kRelative | kFiller)) != 0) ||
          lexicon::IsPhraseBreakWord(TokenText(text_, p))) {
        break;
      }
      --first;
    }
    if (tokens_[first].possessive) ++first;
    if (first == j && j + 1 < static_cast<int>(tokens_.size())) {
      // "a spokesman for the agency": the phrase runs on to its organisation.
      const Token& n = tokens_[j + 1];
      if ((n.classes & kAffiliationPrep) != 0 && !n.upper) {
        int k = j + 2;
        if (k < det && TokenText(text_, tokens_[k]) == "the") ++k;
        if (const int m = mentions_.MentionStartingAt(k); m >= 0) {
          s->name_first = first;
          s->name_last = mentions_.mentions()[m].last;
          return;
        }
      }
    }
    if (first == j) return;  // "the agency" again: nothing more to name
    s->name_first = first;
    s->name_last = j + 1;
    return;
  }
}

Speaker SpeakerFinder::NominalStartingAt(int k, int hi) const {
  for (int j = k; j < hi && j < k + kMaxNominalTokens; ++j) {
    const Token& t = tokens_[j];
    if (t.kind != TokenKind::kWord) break;
    if ((t.classes & (kSpeakerNoun | kTitleHead)) != 0) {
      Speaker s = NominalEndingAt(j, k);
      // "the official" -> "official": determiners are not part of the mention.
      return s;
    }
    // "a WHO spokesperson": an acronym is no relative pronoun.
    if ((t.classes & (kCue | kRelative)) != 0 && !t.all_caps) break;
  }
  return Speaker{};
}

Speaker SpeakerFinder::Left(int cue, int lo, bool loose) const {
  int j = cue - 1;
  while (j >= lo && (IsFiller(j) || IsTimeBeforeCue(j))) --j;
  if (j < lo) return Speaker{};
  // "Joe Scarborough, host of “Morning Joe,” suggested": the comma before a
  // closing quote mark closes the aside.
  if (j - 1 > lo && tokens_[j].kind == TokenKind::kQuote && !tokens_[j].space_before &&
      IsPunct(tokens_[j - 1], ',')) {
    --j;
  }
  const Token& t = tokens_[j];
  // "The company cut 400 jobs. It added that ...": "it" opening its sentence
  // (or a clause after ", and": "..., and it warned that ...") before the cue is
  // the organisation named last.
  const bool opens_clause =
      j == lo || j == 0 || IsPunct(tokens_[j - 1], ';') ||
      (j - 2 >= lo && IsPunct(tokens_[j - 2], ',') && tokens_[j - 1].kind == TokenKind::kWord &&
       (TokenText(text_, tokens_[j - 1]) == "and" || TokenText(text_, tokens_[j - 1]) == "but"));
  if (t.kind == TokenKind::kWord && opens_clause &&
      (TokenText(text_, t) == "It" || TokenText(text_, t) == "it")) {
    // (With no organisation named, "It added, “…”" is still someone's: a letter,
    // a statement, an advert named before; the pronoun itself speaks.)
    const int org = mentions_.LatestOrganization(j);
    Speaker s;
    s.first = j;
    s.last = j + 1;
    s.pronoun = true;
    s.entity = org;
    return s;
  }
  // "Critics, however, say": a sentence adverb between commas.
  if (IsPunct(t, ',') && j - 2 > lo && IsPunct(tokens_[j - 2], ',') &&
      tokens_[j - 1].kind == TokenKind::kWord && !tokens_[j - 1].upper &&
      (tokens_[j - 1].classes & kSentenceAdverb) != 0) {
    return Left(j - 2, lo, loose);
  }
  if (IsPunct(t, ',')) {
    // "The Minister for Roads, Jane Doe, said": the person after the title.
    if (Speaker named = NamedAfterTitlePhrase(j, lo); named.found()) return named;
    if (const int m = mentions_.MentionWithAppositiveEndingAt(j); m >= 0) {
      const int outer = OuterPerson(m);
      // "Later he thanked Rosa Kim, the relief coordinator, saying": before a
      // participle, a name with its appositive speaks only when it opens the
      // clause; after a verb or preposition it is the object.
      if ((tokens_[cue].cue & kCueParticiple) != 0 && !OpensClauseAt(mentions_.mentions()[outer], lo))
        return Speaker{};
      // "a spokeswoman for Tri-County Power, a cooperative ..., said".
      if (Speaker agent = AgentFor(mentions_.mentions()[outer], lo); agent.found()) {
        const int named = MentionEndingAt(j - 1);
        return named >= 0 && NamesAgent(agent, named) ? FromMention(named) : agent;
      }
      return FromMention(outer);
    }
    if (const int open = AsideOpening(j, lo); open >= 0) return Left(open, lo, loose);
    if (const int open = SpeakingAsideOpening(j, lo); open >= 0) return Left(open, lo, loose);
    if (Speaker r = BeforeRelativeClause(j, lo); r.found()) return r;
    if ((tokens_[cue].cue & kCueParticiple) != 0) return Speaker{};
    return BeforeAsides(j, lo);
  }
  if (t.punct == 'D' && j - 2 > lo) {
    // "Joyce — who is listed as an attorney — told": a dash aside after a name
    // (only words and commas inside it).
    for (int d = j - 2; d > lo && j - d <= kMaxParenTokens; --d) {
      const Token& x = tokens_[d];
      if (x.punct == 'D') {
        return MentionEndingAt(d - 1) >= 0 ? Left(d, lo, loose) : Speaker{};
      }
      if (x.kind != TokenKind::kWord && x.kind != TokenKind::kNumber && !IsPunct(x, ','))
        break;
    }
    return Speaker{};
  }
  if (IsPunct(t, ')') && MentionEndingAt(j) < 0) {
    // "Governor Mary Fallin (R-OK) said": skip the parenthesis.
    int k = j - 1;
    while (k > lo && !IsPunct(tokens_[k], '(') && j - k < kMaxParenTokens) --k;
    if (k > lo && IsPunct(tokens_[k], '(')) return Left(k, lo, loose);
    return Speaker{};
  }
  // "Nurses reached by the Evening Courier said": the subject before the
  // participle, when it opens the clause (not "a poll of 1,500 parents
  // commissioned by KidsCan found", where the participle may modify the poll).
  if (const int p = ParticipleBeforeAgent(j, lo); p >= 0) {
    const Speaker s = Left(p, lo, loose);
    if (s.found() && (s.first == lo || (tokens_[s.first - 1].kind != TokenKind::kWord &&
                                        tokens_[s.first - 1].kind != TokenKind::kNumber))) {
      return s;
    }
  }
  if (t.possessive && MentionEndingAt(j) < 0) return Speaker{};  // not "Moody's"
  if (const int m = mentions_.MentionEndingAt(j); m >= 0) {
    const Mention& mention = mentions_.mentions()[m];
    if (mention.possessive) return Speaker{};
    // "“…,” the Dutchman said": a lone capitalised singular noun after "the"
    // names no one; it is an epithet for someone named before.
    const bool noun_after_the =
        loose && mention.kind == MentionKind::kName && mention.last - mention.first == 1 &&
        mention.first > lo && mention.title_first < 0 &&
        TokenText(text_, tokens_[mention.first - 1]) == "the" &&
        !absl::EndsWith(TokenText(text_, tokens_[mention.first]), "s");
    if (noun_after_the) return Epithet(LooseNominal(j, lo));
    // "a spokeswoman for Tesco said": the unnamed person speaks for it.
    if (Speaker agent = AgentFor(mention, lo); agent.found()) return agent;
    return WithPartnerBefore(FromMention(m), lo);
  }
  // "Holt and Ortiz both said": the pair before "both".
  if (j > lo && TokenText(text_, t) == "both" &&
      (MentionEndingAt(j - 1) >= 0 || IsPunct(tokens_[j - 1], ','))) {
    return Left(j, lo, loose);
  }
  if ((t.classes & kRelative) != 0 && !t.upper) return RelativePronoun(j, lo);
  if (Speaker p = Pronoun(j); p.found()) return p;
  // "At the depot, a driver who asked not to be named said": the noun the
  // relative clause restricts speaks.
  if (Speaker r = BeforeRestrictiveRelative(j, lo); r.found()) return r;
  if (Speaker q = Proportion(j, lo); q.found()) return q;
  if (Speaker g = Quantifier(j, lo); g.found()) return g;
  if (Speaker n = NominalEndingAt(j, lo); n.found()) return loose ? Epithet(n) : n;
  if (Speaker o = OwnedNoun(j, lo); o.found()) return o;
  if (Speaker a = AnotherNominal(j, lo); a.found()) return a;
  if (Speaker g = GroupWithPlace(j, lo); g.found() || !loose) return g;
  return Epithet(LooseNominal(j, lo));
}

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

Speaker SpeakerFinder::GroupWithPlace(int j, int lo) const {
  constexpr int kMaxPlaceTokens = 8;
  // The place: lowercase words (and names) after a preposition, no verb or
  // punctuation ("in several rural school districts", "at the county hospital").
  const auto place_preposition = [](absl::string_view w) {
    return w == "in" || w == "of" || w == "at" || w == "from" || w == "across";
  };
  int p = j;
  while (p > lo && j - p < kMaxPlaceTokens) {
    const Token& t = tokens_[p];
    if (t.kind != TokenKind::kWord && t.kind != TokenKind::kNumber) return Speaker{};
    if (t.kind == TokenKind::kWord && !t.upper &&
        (t.classes & (kCue | kRelative | kPersonPronoun | kOtherPronoun)) != 0) {
      return Speaker{};
    }
    const absl::string_view w = TokenText(text_, t);
    if (w == "and" || w == "or" || w == "but") return Speaker{};
    if (!t.upper && place_preposition(w)) break;
    --p;
  }
  if (p <= lo || p == j || !place_preposition(TokenText(text_, tokens_[p]))) return Speaker{};
  // The group: a plural speaking noun right before it, opening the clause alone
  // or after one determiner ("Parents", "The tenants", "Many nurses").
  const int noun = p - 1;
  const Token& n = tokens_[noun];
  if (n.kind != TokenKind::kWord || n.possessive || (n.upper && noun != lo) ||
      !absl::EndsWith(TokenText(text_, n), "s") ||
      ((n.classes & kSpeakerNoun) == 0 && !IsAgentNoun(noun) && !mentions_.IsGroupPlural(noun))) {
    return Speaker{};
  }
  if (noun != lo && !(noun - 1 == lo && (tokens_[lo].classes & kDeterminer) != 0))
    return Speaker{};
  return AnonymousSpeaker(lo, j + 1);
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

Speaker SpeakerFinder::Epithet(Speaker s) const {
  // "“…,” the Dutchman said", "“…,” the 22-year-old striker told": an epithet
  // for the person the text is about, resolved as "he" or "she" would be.
  if (!s.found() || !s.anonymous || s.entity >= 0 || s.name_first >= 0) return s;
  const int det = ArticleBefore(s);
  if (det < 0 || !IsEpithet(det, s.last - 1)) return s;
  const int person = mentions_.ResolveEpithet(det, s.last - 1);
  if (person < 0) return s;
  s.entity = person;
  s.anonymous = false;
  return s;
}

bool SpeakerFinder::IsNumeral(int k) const {
  const Token& t = tokens_[k];
  if (t.kind == TokenKind::kNumber) return true;
  if (t.kind != TokenKind::kWord) return false;
  if ((t.classes & kNumberWord) != 0) return true;
  // "Twenty-four": a tens word and a unit joined by a hyphen.
  if (t.end - t.begin < 8) return false;  // "Forty-one" at the shortest
  const absl::string_view w = TokenText(text_, t);
  const size_t dash = w.find('-');
  return dash != absl::string_view::npos &&
         lexicon::IsTensWord(absl::AsciiStrToLower(w.substr(0, dash)));
}

Speaker SpeakerFinder::Proportion(int j, int lo) const {
  // "47 percent (of Democrats) said", "Six in 10 say", "a third said", "Nearly
  // half said": a share of those asked, an anonymous speaker.
  int head = j;
  // "of Democrats", "of likely voters": the group after the share.
  for (int k = j; k > lo && j - k < kMaxNominalTokens; --k) {
    if (TokenText(text_, tokens_[k]) == "of") {
      head = k - 1;
      break;
    }
    if (tokens_[k].kind != TokenKind::kWord) break;
  }
  if (head < lo) return Speaker{};
  int first = -1;
  const Token& h = tokens_[head];
  if (h.kind == TokenKind::kWord && (h.classes & kProportion) != 0) {
    first = head;
    if (head - 1 >= lo && (IsNumeral(head - 1) || TokenText(text_, tokens_[head - 1]) == "a"))
      first = head - 1;
    if (first == head && TokenText(text_, h) != "half" && TokenText(text_, h) != "majority" &&
        TokenText(text_, h) != "minority") {
      return Speaker{};  // "percent" needs its number
    }
  } else if ((IsPunct(h, '%') && head - 1 >= lo && IsNumeral(head - 1)) ||
             (h.kind == TokenKind::kNumber && absl::EndsWith(TokenText(text_, h), "%"))) {
    first = IsPunct(h, '%') ? head - 1 : head;  // "42% say", "42 % said"
  } else if (IsNumeral(head) && head - 2 >= lo &&
             TokenText(text_, tokens_[head - 1]) == "in" && IsNumeral(head - 2)) {
    first = head - 2;  // "Six in 10"
  }
  if (first < 0) return Speaker{};
  // "Nearly half", "About 40 percent", "The majority": one word before it.
  if (first - 1 >= lo && tokens_[first - 1].kind == TokenKind::kWord &&
      (tokens_[first - 1].classes & (kDeterminer | kAdverbial | kStarter | kNotName)) == 0 &&
      (tokens_[first - 1].upper || absl::EndsWith(TokenText(text_, tokens_[first - 1]), "ly"))) {
    --first;
  }
  return AnonymousSpeaker(first, j + 1);
}

Speaker SpeakerFinder::Quantifier(int j, int lo) const {
  const Token& t = tokens_[j];
  if (t.kind != TokenKind::kWord || t.possessive || t.end - t.begin > 8 ||
      !lexicon::IsQuantifierPronoun(TokenText(text_, t))) {
    return Speaker{};
  }
  // It opens its clause: "Some say ...", "..., but others said ...".
  if (j > lo) {
    const Token& prev = tokens_[j - 1];
    const absl::string_view w = TokenText(text_, prev);
    if (prev.kind != TokenKind::kPunct && w != "and" && w != "but" && w != "while")
      return Speaker{};
  }
  return AnonymousSpeaker(j, j + 1);
}

Speaker SpeakerFinder::AgentFor(const Mention& org, int lo) const {
  // "a spokeswoman for Tesco", "an analyst at Barclays", "Officials in Ottawa".
  int p = org.title_first >= 0 ? org.title_first - 1 : org.first - 1;
  if (p >= lo && TokenText(text_, tokens_[p]) == "the") --p;
  if (p - 1 < lo || tokens_[p].upper ||
      ((tokens_[p].classes & kAffiliationPrep) == 0 && TokenText(text_, tokens_[p]) != "in")) {
    return Speaker{};
  }
  const int noun = p - 1;
  const Token& n = tokens_[noun];
  // Lowercase, or capitalised only as the sentence's first word.
  if (n.kind != TokenKind::kWord || (n.upper && noun != lo) || n.all_caps ||
      (n.classes & kSpeakerNoun) == 0) {
    return Speaker{};
  }
  int first = noun;
  const absl::string_view det =
      noun - 1 >= lo ? TokenText(text_, tokens_[noun - 1]) : absl::string_view();
  if (det == "a" || det == "an" || det == "A" || det == "An") {
    first = noun - 1;
  } else if (!absl::EndsWith(TokenText(text_, n), "s")) {
    return Speaker{};  // a bare singular is no phrase of its own
  }
  Speaker s;
  s.first = first;
  s.last = org.last;
  s.anonymous = true;
  // "Analysts at Goldman Sachs said": staff speak for the organisation.
  if ((n.classes & kStaffGroup) != 0 && org.entity >= 0 &&
      mentions_.entities()[org.entity].type == v1::SOURCE_TYPE_ORGANIZATION) {
    s.entity = org.entity;
    s.anonymous = false;
  }
  return s;
}

bool SpeakerFinder::IsNamedPerson(const Speaker& s, bool full_name) const {
  if (!s.found() || s.anonymous || s.pronoun || s.entity < 0) return false;
  // (A one-word "person" may be a place or a field: "Blackpool", "Medicine".)
  const Entity& e = mentions_.entities()[s.entity];
  return e.type == v1::SOURCE_TYPE_PERSON &&
         (!full_name || e.name.find(' ') != std::string::npos);
}

Speaker SpeakerFinder::WithPartnerBefore(Speaker s, int lo) const {
  // "Holt and Ortiz said", "Pardy and his brother Wayne said".
  if (!IsNamedPerson(s, /*full_name=*/false)) return s;
  int k = s.first - 1;
  // ("his brother": a relation between "and" and the name.)
  for (int words = 0; k > lo && words < 2 && tokens_[k].kind == TokenKind::kWord &&
                      !tokens_[k].upper && TokenText(text_, tokens_[k]) != "and";
       ++words) {
    --k;
  }
  if (k < s.first - 1) {
    const absl::string_view owner = TokenText(text_, tokens_[k + 1]);
    if (owner != "his" && owner != "her" && owner != "their") return s;
  }
  if (k - 1 < lo || TokenText(text_, tokens_[k]) != "and") return s;
  const int m = MentionBeforeParenthesis(k - 1, lo);
  if (m < 0 || mentions_.mentions()[m].possessive) return s;
  const Speaker partner = FromMention(m);
  if (!IsNamedPerson(partner, /*full_name=*/true) || partner.entity == s.entity) return s;
  s.first = partner.first;  // (the name next to the cue stays the source)
  return s;
}

Speaker SpeakerFinder::WithPartnerAfter(Speaker s, int hi) const {
  // "said Lena Fisk and Omar Haddad": the span covers both; the first speaks.
  if (!IsNamedPerson(s, /*full_name=*/true) || s.last + 1 >= hi ||
      TokenText(text_, tokens_[s.last]) != "and") {
    return s;
  }
  const int m = mentions_.MentionStartingAt(s.last + 1);
  if (m < 0 || mentions_.mentions()[m].possessive) return s;
  const Speaker partner = FromMention(m);
  if (!IsNamedPerson(partner, /*full_name=*/false) || partner.entity == s.entity) return s;
  // Not "said Fisk and Haddad would ...": the pair ends the attribution.
  const int after = partner.last;
  if (after < hi && !IsPunct(tokens_[after], ',') && !IsPunct(tokens_[after], '.')) return s;
  s.last = partner.last;
  return s;
}

bool SpeakerFinder::BareTitleBefore(int m, int named) const {
  const Mention& title = mentions_.mentions()[m];
  const Token& head = tokens_[title.last - 1];
  // The title word is the whole name's head: "TUC President", "Director-General".
  if (m == named || !head.upper || head.possessive || (head.classes & kTitle) == 0) {
    return false;
  }
  // No name word before it: an acronym, an organisation or title word ("TUC",
  // "Union", "Deputy"), not "Peter T. King".
  const int start = title.title_first >= 0 ? title.title_first : title.first;
  for (int k = start; k + 1 < title.last; ++k) {
    const Token& t = tokens_[k];
    if (!t.all_caps && (t.classes & (kTitle | kTitleModifier | kOrgWord)) == 0) return false;
  }
  const Mention& name = mentions_.mentions()[named];
  const int name_start = name.title_first >= 0 ? name.title_first : name.first;
  // The name fills an appositive after the comma closing the title phrase.
  if (name_start <= title.last || !IsPunct(tokens_[name_start - 1], ',')) return false;
  return IsNamedPerson(FromMention(named), /*full_name=*/true);
}

bool SpeakerFinder::NamesAgent(const Speaker& agent, int m) const {
  const Mention& name = mentions_.mentions()[m];
  const int start = name.title_first >= 0 ? name.title_first : name.first;
  return agent.anonymous && start == agent.last + 1 && IsPunct(tokens_[agent.last], ',') &&
         name.entity >= 0 && mentions_.entities()[name.entity].type == v1::SOURCE_TYPE_PERSON;
}

int SpeakerFinder::StaffEmployer(int head) const {
  const Token& h = tokens_[head];
  if (h.kind != TokenKind::kWord || h.upper || (h.classes & kStaffGroup) == 0) return -1;
  // "the bank's analysts": the bank named earlier.
  if (head >= 1 && tokens_[head - 1].possessive) {
    if (const int org = mentions_.ResolveDescription(head - 1); org >= 0) return org;
  }
  // "Analysts at Goldman Sachs ... the bank's analysts": the same staff named
  // with their organisation before.
  const absl::string_view word = TokenText(text_, h);
  for (int j = head - 2; j >= 0 && head - j <= kMaxAntecedentTokens; --j) {
    const Token& t = tokens_[j];
    if (t.kind != TokenKind::kWord || !absl::EqualsIgnoreCase(TokenText(text_, t), word) ||
        (tokens_[j + 1].classes & kAffiliationPrep) == 0 || tokens_[j + 1].upper) {
      continue;
    }
    int k = j + 2;
    if (k < head && TokenText(text_, tokens_[k]) == "the") ++k;
    const int m = mentions_.MentionStartingAt(k);
    if (m < 0) return -1;
    const int e = mentions_.mentions()[m].entity;
    if (e < 0 || mentions_.entities()[e].type != v1::SOURCE_TYPE_ORGANIZATION) return -1;
    return e;
  }
  return -1;
}

Speaker SpeakerFinder::OwnedNoun(int j, int lo) const {
  // "the victim's mother said", "a neighbour's son told": the owned noun speaks,
  // with its owner.
  if (j - 3 < lo) return Speaker{};
  const Token& noun = tokens_[j];
  const Token& owner = tokens_[j - 2];
  if (noun.kind != TokenKind::kWord || noun.upper ||
      (noun.classes & (kCue | kFiller | kTimeWord | kAdverbial | kRelative)) != 0 ||
      !tokens_[j - 1].possessive || owner.kind != TokenKind::kWord || owner.upper ||
      ((owner.classes & kSpeakerNoun) == 0 && !IsAgentNoun(j - 2))) {
    return Speaker{};
  }
  const absl::string_view det = TokenText(text_, tokens_[j - 3]);
  if (det != "the" && det != "a" && det != "The" && det != "A") return Speaker{};
  return AnonymousSpeaker(j - 3, j + 1);
}

Speaker SpeakerFinder::LooseNominal(int j, int lo) const {
  // "the gambling tycoon told", "One attendee said": a noun phrase after a
  // determiner speaks.
  const Token& t = tokens_[j];
  // "the Republican said", "the 43-year-old asked": a capitalised or numeric head
  // is a noun after a determiner.
  if ((t.kind != TokenKind::kWord && t.kind != TokenKind::kNumber) ||
      (t.classes & (kCue | kFiller)) != 0) {
    return Speaker{};
  }
  for (int d = j - 1; d >= lo && j - d <= kMaxNominalTokens; --d) {
    const Token& dt = tokens_[d];
    if (dt.possessive && d > lo) {
      // "Powell's office said": the owner's noun phrase speaks.
      const int m = mentions_.MentionEndingAt(d - 1);
      if (m < 0) break;
      Speaker s = FromMention(m);
      s.last = j + 1;
      s.anonymous = true;
      s.entity = -1;
      return s;
    }
    if (dt.kind != TokenKind::kWord || (dt.classes & (kCue | kRelative)) != 0) break;
    const absl::string_view w = TokenText(text_, dt);
    const bool owner = w == "his" || w == "her" || w == "their" || w == "His" ||
                       w == "Her" || w == "Their";  // "his colleague wrote"
    if (w == "the" || w == "a" || w == "an" || w == "one" || w == "One" || w == "The" ||
        w == "A" || w == "An" || w == "another" || w == "Another" || owner) {
      Speaker s;
      s.first = d + 1 < j && (w == "one" || w == "One") ? d : d + 1;
      s.last = j + 1;
      s.anonymous = true;
      return Described(s);
    }
  }
  return Speaker{};
}

Speaker SpeakerFinder::AnotherNominal(int j, int lo) const {
  // "Another child said, “…”": "another" picks one more person out of a group
  // already in the story, whatever the noun; only when it opens its clause and
  // at most one modifier stands between ("Another elderly resident said"; not
  // "Another featured five vintage photos telling").
  for (int d = j - 1; d >= lo && j - d <= kMaxAnotherTokens; --d) {
    const Token& dt = tokens_[d];
    if (dt.kind != TokenKind::kWord || dt.possessive || (dt.classes & (kCue | kRelative)) != 0)
      return Speaker{};
    if (absl::AsciiStrToLower(TokenText(text_, dt)) != "another") continue;
    if (d > lo && tokens_[d - 1].kind != TokenKind::kPunct &&
        !lexicon::IsConjunction(TokenText(text_, tokens_[d - 1]))) {
      return Speaker{};
    }
    // The speaker names the group with its determiner ("Another child").
    Speaker s = LooseNominal(j, lo);
    if (s.found() && s.anonymous) s.first = std::min(s.first, d);
    return s;
  }
  return Speaker{};
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
      // "Residents in Selby, many of whom ...": the people in the place.
      if (Speaker agent = AgentFor(mentions_.mentions()[m], lo); agent.found()) return agent;
      return WithPartnerBefore(FromMention(m), lo);
    }
    if (Speaker s = NominalEndingAt(i - 2, lo); s.found()) return s;
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
    int start = s.first;
    if (start - 1 >= lo && (tokens_[start - 1].classes & kDeterminer) != 0) --start;
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

int SpeakerFinder::MentionEndingAt(int k) const { return mentions_.MentionEndingAt(k); }

int SpeakerFinder::MentionBeforeParenthesis(int k, int lo) const {
  if (k < lo) return -1;
  if (!IsPunct(tokens_[k], ')')) return MentionEndingAt(k);
  // "Sen. Claire McCaskill (D-Mo.)": the name before a short parenthesis.
  for (int open = k - 1; open > lo && k - open <= kMaxPartyTagTokens; --open) {
    if (IsPunct(tokens_[open], '(')) return MentionEndingAt(open - 1);
    if (IsPunct(tokens_[open], ')')) return -1;
  }
  return -1;
}

bool SpeakerFinder::IsPossessiveMark(int k) const {
  const int n = static_cast<int>(tokens_.size());
  if (k < 1 || k + 1 >= n) return false;
  const Token& t = tokens_[k];
  if (t.kind != TokenKind::kQuote || t.space_before ||
      (t.quote != QuoteMark::kSingleClose && t.quote != QuoteMark::kSingleEither)) {
    return false;
  }
  const Token& word = tokens_[k - 1];
  const Token& next = tokens_[k + 1];
  const char last = text_[word.end - 1];
  return word.kind == TokenKind::kWord && (last == 's' || last == 'S') && next.space_before &&
         next.kind == TokenKind::kWord && !next.upper;
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

Speaker SpeakerFinder::DeterminerPhrase(int k, int hi) const {
  // "says a narrator", "said the 46-year-old".
  const absl::string_view w = TokenText(text_, tokens_[k]);
  if (w != "the" && w != "a" && w != "an" && w != "one") return Speaker{};
  int e = k + 1;
  // ("the owner of a shop that sells shoes": "that" opens a relative clause.)
  auto relative = [&](int x) {
    return (tokens_[x].classes & kRelative) != 0 ||
           (x > k + 1 && TokenText(text_, tokens_[x]) == "that");
  };
  while (e < hi && e - k <= kMaxNominalTokens + 1 &&
         (tokens_[e].kind == TokenKind::kWord || tokens_[e].kind == TokenKind::kNumber) &&
         (tokens_[e].classes & kCue) == 0 && !relative(e)) {
    // "predicted the council would fold": a clause, not a speaker.
    if (!tokens_[e].upper && lexicon::IsAuxiliary(TokenText(text_, tokens_[e])))
      return Speaker{};
    ++e;
  }
  if (e == k + 1 || e >= hi ||
      (!IsPunct(tokens_[e], '.') && !IsPunct(tokens_[e], ',') && !relative(e))) {
    return Speaker{};
  }
  // "said the results surprised her team": a verb with its object is a clause,
  // not a speaker ("said a retired teacher" is one).
  for (int i = k + 2; i + 1 < e; ++i) {
    const Token& t = tokens_[i];
    if (t.kind == TokenKind::kWord && !t.upper &&
        absl::EndsWith(TokenText(text_, t), "ed") &&
        (tokens_[i + 1].classes & kDeterminer) != 0 && !tokens_[i + 1].upper) {
      return Speaker{};
    }
  }
  Speaker s;
  s.first = k + 1;
  s.last = e;
  s.anonymous = true;
  return Described(s);
}

Speaker SpeakerFinder::Right(int cue, int hi) const {
  // "said the company's chief executive, Laura Brenner": the person named.
  if (Speaker named = OwnerTitleName(cue + 1, hi); named.found()) return named;
  if (Speaker named = TitlePhraseName(cue + 1, hi); named.found()) return named;
  int j = cue + 1;
  while (j < hi && tokens_[j].kind == TokenKind::kWord && !tokens_[j].upper &&
         (tokens_[j].classes & (kTitle | kTitleModifier)) != 0) {
    ++j;
  }
  // "said former secretary of state Hillary Clinton": the title runs on
  // through "of" or "for" and a few lowercase words to the name.
  if (j > cue + 1 && j + 1 < hi &&
      (TokenText(text_, tokens_[j]) == "of" || TokenText(text_, tokens_[j]) == "for")) {
    for (int k = j + 1; k < hi && k - j <= kMaxTitleTailTokens; ++k) {
      const int m = mentions_.MentionStartingAt(k);
      if (m >= 0 && mentions_.mentions()[m].kind == MentionKind::kPerson) {
        j = k;
        break;
      }
      const Token& t = tokens_[k];
      // ("state" is a cue word, here a noun.)
      if (t.kind != TokenKind::kWord || t.upper ||
          (t.classes & (kRelative | kPersonPronoun | kOtherPronoun)) != 0) {
        break;
      }
    }
  }
  if (j >= hi || IsPunct(tokens_[j], '.') || IsPunct(tokens_[j], ',')) {
    return BareTitle(cue + 1, j);  // "says minister", "said defence minister."
  }
  // "according to the Ministry for ...": the article is not part of the name.
  if (TokenText(text_, tokens_[j]) == "the" && j + 1 < hi &&
      mentions_.MentionStartingAt(j + 1) >= 0) {
    ++j;
  }
  if (const int m = mentions_.MentionStartingAt(j); m >= 0) {
    // "said Ohio State University professor Paul Beck": the person, not the school.
    const Mention& mention = mentions_.mentions()[m];
    if (mention.kind == MentionKind::kOrganization ||
        mention.kind == MentionKind::kPlace) {
      int k = mention.last;
      while (k < hi && tokens_[k].kind == TokenKind::kWord && !tokens_[k].upper &&
             (tokens_[k].classes & (kTitle | kTitleHead | kTitleModifier)) != 0) {
        ++k;
      }
      if (k > mention.last && k < hi) {
        const int person = mentions_.MentionStartingAt(k);
        if (person >= 0) return FromMention(person);
      }
      // "said Ohio steward Rita Vance", "said Fresno farmer Luis Ortega": any
      // lowercase role noun between the place or organisation and a name.
      if (const int person = PersonAfterRoleNouns(mention.last, hi); person >= 0)
        return FromMention(person);
    }
    return WithPartnerAfter(FromMention(m), hi);
  }
  if (Speaker p = Pronoun(j); p.found()) return p;
  // "said Republican party boss Reince Priebus": modifiers before the name.
  for (int k = j + 1; k < hi && k <= j + kMaxNominalTokens; ++k) {
    const Token& t = tokens_[k - 1];
    if (t.kind != TokenKind::kWord ||
        (t.upper && mentions_.MentionStartingAt(k - 1) >= 0) ||
        (t.classes & (kCue | kRelative | kDeterminer | kFiller | kPersonPronoun |
                      kOtherPronoun)) != 0) {
      break;
    }
    if (const int m = mentions_.MentionStartingAt(k); m >= 0) {
      const Mention& mention = mentions_.mentions()[m];
      if (mention.kind == MentionKind::kPerson || mention.kind == MentionKind::kName) {
        return FromMention(m);
      }
    }
  }
  if (Speaker n = NominalStartingAt(j, hi); n.found()) {
    // "by host Bill Maher": the name after the noun is the speaker.
    if (n.last < hi) {
      if (const int m = mentions_.MentionStartingAt(n.last); m >= 0)
        return FromMention(m);
    }
    return n;
  }
  // "“...”, says watchdog": a bare kind of organisation ending the attribution.
  if (tokens_[j].kind == TokenKind::kWord && !tokens_[j].upper &&
      (tokens_[j].classes & kOrgKind) != 0 &&
      (j + 1 >= hi || IsPunct(tokens_[j + 1], '.') || IsPunct(tokens_[j + 1], ','))) {
    return BareTitle(j, j + 1);
  }
  return DeterminerPhrase(j, hi);
}

int SpeakerFinder::PersonAfterRoleNouns(int k, int hi) const {
  const int first = k;
  while (k < hi && k - first < kMaxNominalTokens && tokens_[k].kind == TokenKind::kWord &&
         !tokens_[k].upper &&
         (tokens_[k].classes & (kCue | kRelative | kDeterminer | kFiller | kPersonPronoun |
                                kOtherPronoun)) == 0) {
    ++k;
  }
  if (k == first || k >= hi) return -1;
  const int m = mentions_.MentionStartingAt(k);
  if (m < 0) return -1;
  const MentionKind kind = mentions_.mentions()[m].kind;
  return kind == MentionKind::kPerson || kind == MentionKind::kName ? m : -1;
}

Speaker SpeakerFinder::BareTitle(int first, int last) const {
  if (last <= first) return Speaker{};
  return AnonymousSpeaker(first, last);
}

Speaker SpeakerFinder::OwnerTitleName(int j, int hi) const {
  // "the company's" or "Tesla's", then lowercase title words and a comma; or a
  // person's ("Halvorsen's niece, Kirsten Halvorsen"), then any short noun phrase
  // (a relative, a friend), as after "his" or "her".
  int k = -1;
  bool of_person = false;
  if (j + 3 < hi && (TokenText(text_, tokens_[j]) == "the" ||
                     TokenText(text_, tokens_[j]) == "The") &&
      tokens_[j + 1].kind == TokenKind::kWord && !tokens_[j + 1].upper &&
      tokens_[j + 2].possessive) {
    k = j + 3;
  } else if (const int m = mentions_.MentionStartingAt(j);
             m >= 0 && mentions_.mentions()[m].possessive) {
    const MentionKind kind = mentions_.mentions()[m].kind;
    of_person = kind == MentionKind::kPerson || kind == MentionKind::kName;
    if (of_person || kind == MentionKind::kOrganization) k = mentions_.mentions()[m].last + 1;
  }
  if (k < 0 || k >= hi) return Speaker{};
  const int title = k;
  while (k < hi && k - title < kMaxNominalTokens && tokens_[k].kind == TokenKind::kWord &&
         !tokens_[k].upper && (tokens_[k].classes & (kCue | kRelative | kFiller)) == 0) {
    ++k;
  }
  if (k == title || k + 1 >= hi || !IsPunct(tokens_[k], ',') ||
      (!of_person && (tokens_[k - 1].classes & (kTitle | kTitleHead | kSpeakerNoun)) == 0 &&
       !IsAgentNoun(k - 1))) {
    return Speaker{};
  }
  return PersonEndingAttribution(k + 1, hi);
}

Speaker SpeakerFinder::PersonEndingAttribution(int k, int hi) const {
  const int m = mentions_.MentionStartingAt(k);
  if (m < 0 || mentions_.mentions()[m].kind != MentionKind::kPerson) return Speaker{};
  const int after = mentions_.mentions()[m].last;
  if (after < hi && !IsPunct(tokens_[after], ',') && !IsPunct(tokens_[after], '.'))
    return Speaker{};
  return FromMention(m);
}

int SpeakerFinder::AfterOwner(int j, int hi) const {
  if (j >= hi) return -1;
  if (const int m = mentions_.MentionStartingAt(j);
      m >= 0 && mentions_.mentions()[m].possessive) {
    return mentions_.mentions()[m].last + 1;
  }
  const absl::string_view w = TokenText(text_, tokens_[j]);
  if (w != "the" && w != "The") return -1;
  // "the port authority's": up to two lowercase words and the "'s".
  int k = j + 1;
  while (k < hi && k - j <= 2 && tokens_[k].kind == TokenKind::kWord && !tokens_[k].upper &&
         !tokens_[k].possessive) {
    ++k;
  }
  return k > j + 1 && k < hi && tokens_[k].possessive ? k + 1 : j + 1;
}

int SpeakerFinder::TitlePhraseEnd(int j, int hi) const {
  int k = AfterOwner(j, hi);
  if (k < 0) k = j;  // "Transport Secretary, ..."
  // The title: words ending in a title head ("Minister", "chief economist").
  const int title = k;
  auto in_title = [&](const Token& t) {
    return t.kind == TokenKind::kWord && !t.possessive &&
           (t.classes & (kRelative | kFiller | kAffiliationPrep | kDeterminer | kPersonPronoun |
                         kOtherPronoun)) == 0 &&
           (t.upper || (t.classes & kCue) == 0);
  };
  while (k < hi && k - title < kMaxNominalTokens && in_title(tokens_[k])) ++k;
  if (k == title || k >= hi ||
      ((tokens_[k - 1].classes & (kTitle | kTitleHead | kSpeakerNoun)) == 0 &&
       !IsAgentNoun(k - 1)) ||
      EndsPersonalName(k - 1)) {
    return -1;
  }
  if (IsPunct(tokens_[k], ',')) return k;
  if (tokens_[k].upper || (tokens_[k].classes & kAffiliationPrep) == 0) return -1;
  // The tail: "of State for Housing", "of nursing at Holloway General Hospital".
  const int tail = ++k;
  while (k < hi && k - tail <= kMaxTitleTailTokens + 2 &&
         (tokens_[k].kind == TokenKind::kWord || tokens_[k].kind == TokenKind::kNumber ||
          tokens_[k].possessive) &&
         (tokens_[k].classes & (kRelative | kPersonPronoun | kOtherPronoun)) == 0) {
    ++k;
  }
  return k > tail && k < hi && IsPunct(tokens_[k], ',') ? k : -1;
}

bool SpeakerFinder::EndsPersonalName(int k) const {
  const int m = MentionEndingAt(k);
  if (m < 0 || mentions_.mentions()[m].kind != MentionKind::kPerson) return false;
  for (int i = mentions_.mentions()[m].first; i < k; ++i) {
    const Token& t = tokens_[i];
    if (t.upper && (t.classes & (kTitle | kTitleModifier | kOrgWord)) == 0 &&
        !lexicon::IsPortfolio(absl::AsciiStrToLower(TokenText(text_, t)))) {
      return true;  // (not "Transport" in "Transport Secretary")
    }
  }
  return false;
}

Speaker SpeakerFinder::TitlePhraseName(int j, int hi) const {
  // ("the alleged shooter, Robert Lewis Dear, is": after a cue word, no title
  // phrase without its article or owner.)
  if (AfterOwner(j, hi) < 0) return Speaker{};
  const int comma = TitlePhraseEnd(j, hi);
  return comma >= 0 && comma + 1 < hi ? PersonEndingAttribution(comma + 1, hi) : Speaker{};
}

Speaker SpeakerFinder::NamedAfterTitlePhrase(int comma, int lo) const {
  const int m = MentionEndingAt(comma - 1);
  if (m < 0) return Speaker{};
  const Mention& name = mentions_.mentions()[m];
  if (name.kind != MentionKind::kPerson || name.possessive) return Speaker{};
  const int before = (name.title_first >= 0 ? name.title_first : name.first) - 1;
  if (before - 1 < lo || !IsPunct(tokens_[before], ',')) return Speaker{};
  // The title phrase opens the clause: only words back to `lo` or punctuation.
  int p = before - 1;
  auto word = [&](int k) {
    return tokens_[k].kind == TokenKind::kWord || tokens_[k].kind == TokenKind::kNumber;
  };
  while (p > lo && before - p < kMaxTitlePhraseTokens && word(p - 1)) --p;
  if (!word(p) || (p > lo && word(p - 1))) return Speaker{};
  return TitlePhraseEnd(p, before + 1) == before ? FromMention(m) : Speaker{};
}

Speaker SpeakerFinder::RelativeOf(int j, int hi) const {
  // "said her husband, Miguel Ortiz": the name after the comma; "said his
  // lawyer" alone: that noun phrase, unnamed.
  const absl::string_view w = TokenText(text_, tokens_[j]);
  if (w != "his" && w != "her" && w != "their" && w != "its" && w != "our") return Speaker{};
  int k = j + 1;
  while (k < hi && k - j <= 3 && tokens_[k].kind == TokenKind::kWord && !tokens_[k].upper &&
         !tokens_[k].possessive &&
         (tokens_[k].classes & (kCue | kRelative | kAffiliationPrep | kFiller)) == 0) {
    ++k;
  }
  if (k == j + 1) return Speaker{};
  // "his best friend at Lehigh, Bruce Turry": where the relation holds.
  if (k + 2 < hi && (tokens_[k].classes & kAffiliationPrep) != 0 && !tokens_[k].upper) {
    int at = k + 1;
    if (TokenText(text_, tokens_[at]) == "the") ++at;
    if (const int m = mentions_.MentionStartingAt(at);
        m >= 0 && IsPunct(tokens_[mentions_.mentions()[m].last], ',')) {
      k = mentions_.mentions()[m].last;
    }
  }
  if (k + 1 < hi && IsPunct(tokens_[k], ',')) {
    // The name must end the attribution ("..., Miguel Ortiz." or "..., Ortiz, a
    // teacher"), not open a clause.
    const int m = mentions_.MentionStartingAt(k + 1);
    if (m >= 0 && (mentions_.mentions()[m].kind == MentionKind::kPerson ||
                   mentions_.mentions()[m].kind == MentionKind::kName)) {
      const int after = mentions_.mentions()[m].last;
      if (after >= hi || IsPunct(tokens_[after], ',') || IsPunct(tokens_[after], '.'))
        return FromMention(m);
    }
  }
  if (k < hi && !IsPunct(tokens_[k], ',') && !IsPunct(tokens_[k], '.')) return Speaker{};
  return AnonymousSpeaker(j, k);
}

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
    if (absl::EndsWith(w, "ing") || (absl::EndsWith(w, "ed") && !after_determiner) ||
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
  const int start = m.title_first >= 0 ? m.title_first : m.first;
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

int SpeakerFinder::AfterOpeningAdverbial(int first, int before) const {
  constexpr int kMaxAdverbialTokens = 6;  // "Later in the summer of 2015,"
  for (int k = first + 1; k < before && k - first <= kMaxAdverbialTokens; ++k) {
    const Token& t = tokens_[k];
    if (IsPunct(t, ',')) {
      const Token& p = tokens_[k + 1];
      return k + 1 < before && p.kind == TokenKind::kWord && (p.classes & kPersonPronoun) != 0 &&
                     !p.upper
                 ? k + 1
                 : first;
    }
    if (t.kind == TokenKind::kNumber) continue;
    if (t.kind != TokenKind::kWord || t.upper || (t.classes & kCue) != 0) return first;
  }
  return first;
}

int SpeakerFinder::AfterDateline(int k) const { return factwire::AfterDateline(tokens_, k); }

Speaker SpeakerFinder::NamedAfterTitle(const Speaker& title) const {
  const int m = mentions_.MentionStartingAt(title.last);
  if (m < 0) return Speaker{};
  const Mention& mention = mentions_.mentions()[m];
  // (Not "The editor I was talking to": a pronoun names no one.)
  if (mention.possessive || mention.first != title.last ||
      (tokens_[mention.first].classes & (kPersonPronoun | kOtherPronoun)) != 0 ||
      (mention.kind != MentionKind::kPerson && mention.kind != MentionKind::kName) ||
      mention.entity < 0 ||
      mentions_.entities()[mention.entity].type != v1::SOURCE_TYPE_PERSON) {
    return Speaker{};
  }
  return FromMention(m);
}

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

Speaker SpeakerFinder::PreviousSpeaker(const Sentence& prev) const {
  for (int k = prev.first; k < prev.last; ++k) {
    const Token& t = tokens_[k];
    if (t.kind != TokenKind::kWord || t.upper || (t.cue & (kCueQuote | kCueReport)) == 0 ||
        (t.cue & kCueParticiple) != 0 || quoted_[k]) {
      continue;
    }
    // ("A midwife who asked not to be named described ...": not "who".)
    const Speaker s = Left(k, MainClauseStart(prev, k));
    if (s.found() && (!s.pronoun || s.entity >= 0)) return s;
  }
  return Speaker{};
}

bool SpeakerFinder::IsOnePerson(const Speaker& s) const {
  if (!s.found() || s.pronoun) return false;
  if (!s.anonymous) {
    return s.entity >= 0 && mentions_.entities()[s.entity].type == v1::SOURCE_TYPE_PERSON;
  }
  if (s.name_first >= 0) return false;  // "the spokesman" of an earlier "a spokesman for X"
  const Token& head = tokens_[s.last - 1];
  const absl::string_view w = TokenText(text_, head);
  if (head.kind != TokenKind::kWord || head.upper || (head.classes & kOrgKind) != 0 ||
      (absl::EndsWith(w, "s") && !absl::EndsWith(w, "ss"))) {
    return false;
  }
  return (head.classes & (kTitle | kTitleHead)) != 0 || IsAgentNoun(s.last - 1);
}

bool SpeakerFinder::NamedBetween(int entity, int start, int before, bool as_subject) const {
  if (entity < 0) return false;
  const std::vector<Mention>& all = mentions_.mentions();
  for (auto it = std::lower_bound(all.begin(), all.end(), start,
                                  [](const Mention& m, int k) { return m.first < k; });
       it != all.end() && it->first < before; ++it) {
    if (it->entity != entity) continue;
    // ("Asked by Matt Lauer ..., she said": not a name inside a phrase.)
    const int first = it->title_first >= 0 ? it->title_first : it->first;
    const Token& p = tokens_[std::max(first - 1, 0)];
    const bool in_phrase = first > 0 && p.kind == TokenKind::kWord &&
                           ((p.classes & kAffiliationPrep) != 0 ||
                            lexicon::IsPhrasePreposition(TokenText(text_, p)));
    if (!as_subject || it->subject || !in_phrase) return true;
  }
  return false;
}

bool SpeakerFinder::IsOneUnnamedSource(const Speaker& s) const {
  if (!s.found() || s.pronoun || !s.anonymous || s.name_first >= 0) return false;
  if (IsOnePerson(s)) return true;
  // "a ministry source", "One campaign aide": a singular speaking noun (not a
  // document: "a report", "the survey").
  const Token& head = tokens_[s.last - 1];
  const absl::string_view w = TokenText(text_, head);
  return head.kind == TokenKind::kWord && !head.upper && (head.classes & kSpeakerNoun) != 0 &&
         (head.classes & kOrgKind) == 0 && !absl::EndsWith(w, "s") &&
         !lexicon::IsDocumentNoun(w);
}

Speaker SpeakerFinder::TheyAntecedent(Speaker s, const Sentence& prev) const {
  if (s.entity >= 0 || s.anonymous) return s;
  const Speaker said = PreviousSpeaker(prev);
  if (!IsOneUnnamedSource(said)) return s;
  s.anonymous = true;
  s.name_first = said.first;
  s.name_last = said.last;
  return s;
}

Speaker SpeakerFinder::PronounAntecedent(Speaker s, const Sentence& own,
                                         const Sentence& prev) const {
  if (!s.pronoun || s.anonymous || s.last != s.first + 1 || prev.last > s.first) return s;
  // "“…,” they said." after "One campaign aide ... said": the unnamed source.
  if (absl::EqualsIgnoreCase(TokenText(text_, tokens_[s.first]), "they") &&
      !tokens_[s.first].all_caps) {
    return TheyAntecedent(s, prev);
  }
  if ((tokens_[s.first].classes & kPersonPronoun) == 0 ||
      NamedBetween(s.entity, own.first, s.first, /*as_subject=*/true)) {
    return s;
  }
  const Speaker said = PreviousSpeaker(prev);
  if (!IsOnePerson(said) || (said.entity >= 0 && said.entity == s.entity)) return s;
  // Someone named after the speaker in the main clause (whom the speaker told or
  // introduced) keeps the pronoun; a name in the speaker's own title phrase or
  // owner ("The Minister for Schools, Kwesi Boakye,", "Mayor Olsen's rival,")
  // does not.
  if (NamedBetween(s.entity, std::max(MainClauseStart(prev, prev.last), said.last), prev.last,
                   /*as_subject=*/false)) {
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
  if (s.entity >= 0 && !lexicon::IsIndefiniteOpener(TokenText(text_, tokens_[said.first])))
    return s;
  s.entity = -1;
  s.anonymous = true;
  s.name_first = said.first;
  s.name_last = said.last;
  return s;
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
  // "His chief aide doubled down on Clinton's fitness, saying": a speaking noun
  // phrase right after the determiner opening the clause is its subject.
  if (sentence.first + 1 < before &&
      (tokens_[sentence.first].classes & kDeterminer) != 0) {
    Speaker n = NominalStartingAt(sentence.first + 1, before);
    if (n.found() && n.first == sentence.first + 1) {
      // "The union leader Sharon Graham issued ...": the name after the title.
      if (Speaker named = NamedAfterTitle(n); named.found()) return named;
      return n;
    }
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
        fallback.first = m.title_first >= 0 ? m.title_first : m.first;
        fallback.last = noun + 1;
        fallback.anonymous = true;
        // "Congressman Trey Gowdy's office slammed ... his Benghazi committee".
        fallback_opens = fallback.first == sentence.first;
      }
      continue;
    }
    if (fallback_opens) return fallback;
    // "at a rally in Portsmouth": names inside prepositional phrases are not subjects.
    const int start = m.title_first >= 0 ? m.title_first : m.first;
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
