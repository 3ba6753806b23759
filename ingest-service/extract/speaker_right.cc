// SpeakerFinder: the speaker after an inverted cue ("said Vigil", "said the
// official", "said her husband, Miguel Ortiz").
#include "ingest-service/extract/speakers.h"

#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "ingest-service/extract/lexicon/lexicon.h"
#include "ingest-service/extract/lexicon/speech_words.h"
#include "ingest-service/extract/speaker_internal.h"

namespace factwire {

using speaker_internal::kMaxNominalTokens;
using speaker_internal::kMaxTitleTailTokens;
using speaker_internal::AnonymousSpeaker;

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
  // "“…,” said another.", "“…,” added one,": someone new, unnamed, as in
  // "another said" (not the speaker of the quote before).
  if (cue + 1 < hi && tokens_[cue + 1].kind == TokenKind::kWord &&
      lexicon::IsIndefiniteOpener(TokenText(text_, tokens_[cue + 1])) &&
      !lexicon::IsArticle(TokenText(text_, tokens_[cue + 1])) &&
      (cue + 2 >= hi || IsPunct(tokens_[cue + 2], '.') || IsPunct(tokens_[cue + 2], ','))) {
    return AnonymousSpeaker(cue + 1, cue + 2);
  }
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
  // (A phrase whose name only modifies a role noun starts here: "the Odinga aide".)
  const int phrase = j;
  // "according to the Ministry for ...": the article is not part of the name.
  if (TokenText(text_, tokens_[j]) == "the" && j + 1 < hi &&
      mentions_.MentionStartingAt(j + 1) >= 0) {
    ++j;
  }
  if (const int m = mentions_.MentionStartingAt(j); m >= 0) {
    // "said Ohio State University professor Paul Beck": the person, not the school.
    const Mention& mention = mentions_.mentions()[m];
    const bool modifier = BeforeRoleNoun(mention, hi);
    if (modifier) {
      // "said Rubio spokesman Alex Conant": the person; "said the Odinga aide.":
      // the aide, unnamed, when the phrase ends the attribution (not "accused
      // Clinton allies of ...", an object).
      if (const int person = PersonAfterRoleNouns(mention.last, hi); person >= 0)
        return FromMention(person);
      if (Speaker n = NominalStartingAt(phrase, hi);
          n.found() && (n.last >= hi || IsPunct(tokens_[n.last], ',') ||
                        IsPunct(tokens_[n.last], '.'))) {
        return n;
      }
    }
    // "said Novatek's spokesperson.": the owner's role noun speaks, as before the
    // cue ("Novatek's spokesperson said"); not a document, data or a body
    // ("according to the company's annual report", "according to Meridian
    // Rail's figures": the owner; kSpeakerNoun holds the document nouns too).
    if (mention.possessive) {
      if (Speaker n = NominalStartingAt(phrase, hi);
          n.found() && n.last > mention.last && NamesPersonByRole(n.last - 1) &&
          !lexicon::IsDocumentNoun(TokenText(text_, tokens_[n.last - 1])) &&
          (n.last >= hi || IsPunct(tokens_[n.last], ',') || IsPunct(tokens_[n.last], '.'))) {
        return n;
      }
    }
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
      // ("said one Odinga supporter": the name modifies the speaker.)
      if (BeforeRoleNoun(mention, hi)) break;
      if (mention.kind == MentionKind::kPerson || mention.kind == MentionKind::kName) {
        return FromMention(m);
      }
    }
  }
  if (Speaker n = WithOwnedNoun(NominalStartingAt(j, hi), hi); n.found()) {
    // "by host Bill Maher": the name after the noun is the speaker.
    if (n.last < hi) {
      if (const int m = mentions_.MentionStartingAt(n.last); m >= 0)
        return FromMention(m);
    }
    return BodyInApposition(n, hi);
  }
  // "“...”, says watchdog": a bare kind of organisation ending the attribution.
  if (tokens_[j].kind == TokenKind::kWord && !tokens_[j].upper &&
      (tokens_[j].classes & kOrgKind) != 0 &&
      (j + 1 >= hi || IsPunct(tokens_[j + 1], '.') || IsPunct(tokens_[j + 1], ','))) {
    return BareTitle(j, j + 1);
  }
  return BodyInApposition(WithOwnedNoun(DeterminerPhrase(j, hi), hi), hi);
}

Speaker SpeakerFinder::WithOwnedNoun(Speaker s, int hi) const {
  if (!s.found() || !s.anonymous || s.pronoun || s.entity >= 0 || s.last + 1 >= hi ||
      !IsPossessiveMark(s.last)) {
    return s;
  }
  const Token& noun = tokens_[s.last + 1];
  if (noun.kind != TokenKind::kWord || noun.upper ||
      (noun.classes & (kCue | kFiller | kRelative | kDeterminer)) != 0) {
    return s;
  }
  const int end = s.last + 2;
  if (end < hi && !IsPunct(tokens_[end], '.') && !IsPunct(tokens_[end], ',')) return s;
  s.last = end;
  return s;
}

Speaker SpeakerFinder::BodyInApposition(Speaker s, int hi) const {
  if (!s.found() || !s.anonymous || s.entity >= 0 || s.last + 1 >= hi ||
      !IsPunct(tokens_[s.last], ',')) {
    return s;
  }
  int k = s.last + 1;
  if (lexicon::IsDefiniteArticle(TokenText(text_, tokens_[k]))) ++k;
  const int m = mentions_.MentionStartingAt(k);
  if (m < 0) return s;
  const Mention& body = mentions_.mentions()[m];
  // (The name closes the attribution: "..., Samarkand Urban Transit." or a
  // comma before more about it.)
  if (body.kind != MentionKind::kOrganization || body.entity < 0 ||
      mentions_.entities()[body.entity].type != v1::SOURCE_TYPE_ORGANIZATION ||
      (body.last < hi && !IsPunct(tokens_[body.last], '.') &&
       !IsPunct(tokens_[body.last], ','))) {
    return s;
  }
  return FromMention(m);
}

bool SpeakerFinder::BeforeRoleNoun(const Mention& m, int hi) const {
  if ((m.kind != MentionKind::kPerson && m.kind != MentionKind::kName) || m.last >= hi)
    return false;
  const Token& t = tokens_[m.last];
  return t.kind == TokenKind::kWord && !t.upper && t.cue == 0 && NamesPersonByRole(m.last);
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

}  // namespace factwire
