// SpeakerFinder: title phrases and the person named with them ("The Minister
// for Roads, Jane Doe,", "the company's chief executive, Laura Brenner").
#include "ingest-service/extract/speakers.h"

#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/string_view.h"
#include "ingest-service/extract/lexicon/figure_context_words.h"
#include "ingest-service/extract/lexicon/lexicon.h"
#include "ingest-service/extract/lexicon/speech_words.h"
#include "ingest-service/extract/speaker_internal.h"

namespace factwire {

using speaker_internal::kGlossJoin;
using speaker_internal::kMaxNominalTokens;
using speaker_internal::kMaxTitleTailTokens;
using speaker_internal::kMaxTitlePhraseTokens;

namespace {

// For the comma `comma` after a title, the comma closing a gloss set off
// after it (", or mayor,": "or" and one to kMaxNominalTokens lowercase words,
// no "'s"), else -1. Whether the gloss names a role is the caller's to ask.
int GlossCommaAfter(absl::string_view text, const std::vector<Token>& tokens, int comma,
                    int hi) {
  if (comma + 2 >= hi || !IsPunct(tokens[comma], ',') ||
      TokenText(text, tokens[comma + 1]) != kGlossJoin) {
    return -1;
  }
  const int first = comma + 2;
  int k = first;
  while (k < hi && k - first < kMaxNominalTokens && tokens[k].kind == TokenKind::kWord &&
         !tokens[k].upper && !tokens[k].possessive) {
    ++k;
  }
  return k > first && k < hi && IsPunct(tokens[k], ',') ? k : -1;
}

}  // namespace

bool SpeakerFinder::BareTitleBefore(int m, int named) const {
  const Mention& title = mentions_.mentions()[m];
  const Token& head = tokens_[title.last - 1];
  // The title word is the whole name's head: "TUC President", "Director-General".
  if (m == named || !head.upper || head.possessive || (head.classes & kTitle) == 0) {
    return false;
  }
  // No name word before it: an acronym, an organisation or title word ("TUC",
  // "Union", "Deputy"), not "Peter T. King".
  const int start = title.start();
  for (int k = start; k + 1 < title.last; ++k) {
    const Token& t = tokens_[k];
    if (!t.all_caps && (t.classes & (kTitle | kTitleModifier | kOrgWord)) == 0) return false;
  }
  const Mention& name = mentions_.mentions()[named];
  const int name_start = name.start();
  // The name fills an appositive after the comma closing the title phrase.
  if (name_start <= title.last || !IsPunct(tokens_[name_start - 1], ',')) return false;
  return IsNamedPerson(FromMention(named), /*full_name=*/true);
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
      (!of_person && !NamesPersonByRole(k - 1))) {
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
  // "his spokesman, Ana Reis,": a possessive determiner opens the title as
  // "the" does.
  if (tokens_[j].kind == TokenKind::kWord &&
      lexicon::IsPossessiveDeterminer(absl::AsciiStrToLower(w))) {
    return j + 1;
  }
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
  // (A title modifier the lexicon also counts a determiner stays: "her senior
  // adviser".)
  auto in_title = [&](const Token& t) {
    const uint32_t det = (t.classes & kTitleModifier) != 0 ? 0u : uint32_t{kDeterminer};
    return t.kind == TokenKind::kWord && !t.possessive &&
           (t.classes & (kRelative | kFiller | kAffiliationPrep | det | kPersonPronoun |
                         kOtherPronoun)) == 0 &&
           (t.upper || (t.classes & kCue) == 0);
  };
  while (k < hi && k - title < kMaxNominalTokens && in_title(tokens_[k])) ++k;
  if (k == title || k >= hi || EndsPersonalName(k - 1)) return -1;
  // "the city's hokim, or mayor,": the gloss names the role.
  if (const int gloss = GlossCommaAfter(text_, tokens_, k, hi);
      gloss > k && NamesPersonByRole(gloss - 1)) {
    return gloss;
  }
  if (!NamesPersonByRole(k - 1)) return -1;
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
  const int before = name.start() - 1;
  if (before - 1 < lo || !IsPunct(tokens_[before], ',')) return Speaker{};
  // The title phrase opens the clause: only words back to `lo` or punctuation.
  int p = before - 1;
  auto word = [&](int k) {
    return tokens_[k].kind == TokenKind::kWord || tokens_[k].kind == TokenKind::kNumber;
  };
  while (p > lo && before - p < kMaxTitlePhraseTokens && word(p - 1)) --p;
  // (Past a gloss: "the city's hokim, or mayor, Akmal Nurmatov,".)
  if (p - 2 > lo && TokenText(text_, tokens_[p]) == kGlossJoin && IsPunct(tokens_[p - 1], ',')) {
    p -= 2;
    while (p > lo && before - p < kMaxTitlePhraseTokens && word(p - 1)) --p;
  }
  if (!word(p) || (p > lo && word(p - 1))) return Speaker{};
  return TitlePhraseEnd(p, before + 1) == before ? FromMention(m) : Speaker{};
}

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

}  // namespace factwire
