// SpeakerFinder: unnamed and plural speakers (groups, shares of those polled,
// quantifiers, staff of an organisation, pairs of people).
#include "ingest-service/extract/speakers.h"

#include <algorithm>
#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "ingest-service/extract/lexicon/lexicon.h"
#include "ingest-service/extract/lexicon/speech_words.h"
#include "ingest-service/extract/speaker_internal.h"

namespace factwire {

using speaker_internal::kMaxNominalTokens;
using speaker_internal::kMaxAnotherTokens;
using speaker_internal::kMaxAntecedentTokens;
using speaker_internal::kNotAgent;
using speaker_internal::AnonymousSpeaker;

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
    // ("from states such as Ohio": a cue word right after the preposition is
    // a noun.)
    const bool noun_after_preposition =
        p - 1 > lo && place_preposition(TokenText(text_, tokens_[p - 1])) &&
        (t.classes & (kRelative | kPersonPronoun | kOtherPronoun)) == 0;
    if (t.kind == TokenKind::kWord && !t.upper && !noun_after_preposition &&
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
  return AgentForPhrase(org.start(), org.last, org.entity, lo);
}

Speaker SpeakerFinder::AgentForPhrase(int start, int last, int entity, int lo) const {
  // "a spokeswoman for Tesco", "an analyst at Barclays", "Officials in Ottawa".
  int p = start - 1;
  if (p >= lo && TokenText(text_, tokens_[p]) == "the") --p;
  if (p - 1 < lo || !IsAgentPreposition(p)) return Speaker{};
  const int noun = p - 1;
  const Token& n = tokens_[noun];
  // Lowercase, or capitalised only as the sentence's first word.
  // ("a diplomat at the Foreign Office": a title head or agent noun speaks too.)
  if (n.kind != TokenKind::kWord || (n.upper && noun != lo) || n.all_caps ||
      ((n.classes & (kSpeakerNoun | kTitleHead)) == 0 && !IsAgentNoun(noun)) ||
      lexicon::IsThingInAgentForm(TokenText(text_, n))) {
    return Speaker{};  // (not "numbers from the ministry")
  }
  // "a senior official at the Ministry", "a senior government economist at
  // the bank": lowercase modifiers between the article and the noun.
  int first = noun;
  // ("senior", "top" are determiners to the lexicon; not before "in" and a
  // place: "A senior diplomat in Vienna" keeps its reading.)
  const bool affiliation = (tokens_[p].classes & kAffiliationPrep) != 0;
  while (affiliation && first - 1 > lo && noun - first < kMaxNominalTokens - 1) {
    const Token& m = tokens_[first - 1];
    if (m.kind != TokenKind::kWord || m.upper || m.possessive ||
        (m.classes & (kNotAgent & ~kDeterminer)) != 0 ||
        lexicon::IsArticle(TokenText(text_, m))) {
      break;
    }
    --first;
  }
  const absl::string_view det =
      first - 1 >= lo ? TokenText(text_, tokens_[first - 1]) : absl::string_view();
  // ("One member of the ruling party said", "another analyst at the bank".)
  if (lexicon::IsIndefiniteOpener(det)) {
    first = first - 1;
  } else if (first = noun; !absl::EndsWith(TokenText(text_, n), "s")) {
    return Speaker{};  // a bare singular is no phrase of its own
  }
  Speaker s;
  s.first = first;
  s.last = last;
  s.anonymous = true;
  // "Analysts at Goldman Sachs said": staff speak for the organisation.
  if ((n.classes & kStaffGroup) != 0 && entity >= 0 &&
      mentions_.entities()[entity].type == v1::SOURCE_TYPE_ORGANIZATION) {
    s.entity = entity;
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

bool SpeakerFinder::NamesAgent(const Speaker& agent, int m) const {
  const Mention& name = mentions_.mentions()[m];
  const int start = name.start();
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
  // "the victim's mother said", "a neighbour's son told", "the victims' son
  // said": the owned noun speaks, with its owner.
  if (j - 3 < lo) return Speaker{};
  const Token& noun = tokens_[j];
  const Token& owner = tokens_[j - 2];
  if (noun.kind != TokenKind::kWord || noun.upper ||
      (noun.classes & (kCue | kFiller | kTimeWord | kAdverbial | kRelative)) != 0 ||
      !(tokens_[j - 1].possessive || IsPossessiveMark(j - 1)) ||
      owner.kind != TokenKind::kWord || owner.upper ||
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
    if (!absl::EqualsIgnoreCase(TokenText(text_, dt), "another")) continue;
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

}  // namespace factwire
