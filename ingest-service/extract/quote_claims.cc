#include <algorithm>
#include <cstddef>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "ingest-service/extract/claim_finder.h"
#include "ingest-service/extract/lexicon/speech_words.h"
#include "ingest-service/extract/quotes.h"

namespace factwire {
namespace claims_internal {

namespace {

// Most tokens between an issuer's name and its issuing verb ("on Tuesday").
constexpr int kMaxIssuerGapTokens = 3;

// The lowercase word between "the" and the issued noun at token `head` ("the
// written statement", "the joint statement"), or "" when there is none.
absl::string_view IssuedModifier(const TextModel& m, int head) {
  if (head < 2) return "";
  const Token& w = m.tokens[head - 1];
  if (w.kind != TokenKind::kWord || w.upper || w.possessive ||
      !lexicon::IsDefiniteArticle(TokenText(m.text, m.tokens[head - 2]))) {
    return "";
  }
  return TokenText(m.text, w);
}

// The head token of unresolved anonymous speaker `sp` when it reads "the" (in
// it or right before it), a lowercase word at most (IssuedModifier) and an
// issued noun (lexicon::IsIssuedNoun): "the statement", "the joint statement" (also
// when it repeats an earlier phrase: "a statement from X"); else -1.
int IssuedNounHead(const TextModel& m, const Speaker& sp) {
  if (!sp.found() || !sp.anonymous || sp.pronoun || sp.entity >= 0) return -1;
  const int head = sp.last - 1;
  const Token& h = m.tokens[head];
  if (head < 2 || h.kind != TokenKind::kWord || h.upper || h.possessive ||
      !lexicon::IsIssuedNoun(TokenText(m.text, h)) || head - sp.first > 2) {
    return -1;
  }
  if (lexicon::IsDefiniteArticle(TokenText(m.text, m.tokens[head - 1]))) return head;
  return IssuedModifier(m, head).empty() ? -1 : head;
}

// True when token `j` of sentence `s` lies in the attribution of `claim`,
// not in its claimed words: at most kMaxVenueWords after its cue ("said in a
// statement", "according to a statement from") or in a phrase opening the
// sentence with a venue preposition ("In a statement, the board said").
bool InAttribution(const TextModel& m, const Sentence& s, const ClaimDraft& claim, int j) {
  const int at = m.tokens[j].begin;
  if (at >= claim.begin && at < claim.end) return false;
  const int cue = claim.cue_token;
  if (cue >= 0 && j > cue && j - cue <= kMaxVenueWords) return true;
  return j - s.first <= 3 &&
         lexicon::IsVenuePreposition(absl::AsciiStrToLower(TokenText(m.text, m.tokens[s.first])));
}

// The first issued noun `noun` in the sentence holding token `k` (in the
// attribution of `claim` when one is given: InAttribution) with "a"/"an"/a
// possessive (lexicon::IsIssuedIntroducer) at most one word before it ("said
// in a statement", "issued a written statement", "in its ruling"), that word
// `modifier` when one is given ("a joint statement" for "the joint
// statement"); -1 when the sentence introduces no such document.
int IntroducedIssuedNoun(const TextModel& m, int k, absl::string_view noun,
                         absl::string_view modifier, const ClaimDraft* claim) {
  const Sentence& s = m.sentences[m.sentence_of_token[k]];
  for (int j = s.first + 1; j < s.last; ++j) {
    if (m.tokens[j].kind != TokenKind::kWord || TokenText(m.text, m.tokens[j]) != noun ||
        (!modifier.empty() && TokenText(m.text, m.tokens[j - 1]) != modifier) ||
        (claim != nullptr && !InAttribution(m, s, *claim, j))) {
      continue;
    }
    for (int d = j - 1; d >= s.first && d >= j - 2; --d) {
      if (lexicon::IsIssuedIntroducer(absl::AsciiStrToLower(TokenText(m.text, m.tokens[d])))) {
        return j;
      }
    }
  }
  return -1;
}

// What the issuer look-back reads: the text, its names and its speakers.
struct IssuerReader {
  const TextModel& m;
  const MentionFinder& mentions;
  const SpeakerFinder& speakers;
};

// "The company issued a statement": the entity the speaker finder gives a
// "the <noun>" subject opening sentence `s` before an issuing verb
// (lexicon::IsIssueVerb) at most three tokens before the introduced noun at
// `noun`, as it would before "said"; else -1.
int DefiniteIssuer(const IssuerReader& r, const Sentence& s, int noun) {
  if (!lexicon::IsDefiniteArticle(TokenText(r.m.text, r.m.tokens[s.first]))) return -1;
  for (int v = std::max(s.first + 2, noun - 3); v < noun; ++v) {
    if (!lexicon::IsIssueVerb(TokenText(r.m.text, r.m.tokens[v]))) continue;
    const Speaker sp = r.speakers.Left(v, s.first, /*loose=*/true);
    return sp.found() && sp.first <= s.first + 1 ? sp.entity : -1;
  }
  return -1;
}

// The mention starting at token `k` of sentence `s`, or after a "the" there;
// -1 when none starts there or it names no entity.
int NamedMentionAt(const TextModel& m, const MentionFinder& mentions, const Sentence& s, int k) {
  int mi = mentions.MentionStartingAt(k);
  if (mi < 0 && k + 1 < s.last && lexicon::IsDefiniteArticle(TokenText(m.text, m.tokens[k]))) {
    mi = mentions.MentionStartingAt(k + 1);
  }
  return mi >= 0 && mentions.mentions()[mi].entity >= 0 ? mi : -1;
}

// The entity that issues the document introduced at token `noun` of sentence
// `s`: the name right after it and a lexicon::IsIssuerPreposition word ("a
// statement from the Ministry of Fisheries"), else the name opening the
// sentence when an issuing verb (lexicon::IsIssueVerb) follows it within
// kMaxIssuerGapTokens words (a possessive name: its organisation word, "Clinton's campaign") and
// the noun follows that verb within three tokens ("The Seafood Council issued
// a statement", "The board on Friday sent a letter"); else -1.
int IssuerInSentence(const IssuerReader& r, const Sentence& s, int noun) {
  const TextModel& m = r.m;
  const MentionFinder& mentions = r.mentions;
  if (noun + 2 < s.last &&
      lexicon::IsIssuerPreposition(TokenText(m.text, m.tokens[noun + 1]))) {
    if (const int by = NamedMentionAt(m, mentions, s, noun + 2); by >= 0) {
      return mentions.mentions()[by].entity;
    }
  }
  const int mi = NamedMentionAt(m, mentions, s, s.first);
  if (mi < 0) return DefiniteIssuer(r, s, noun);
  const int end = mentions.mentions()[mi].last;
  // ("Clinton's campaign sent": a possessive name issues through its body, as
  // "her campaign said" speaks for her; not "Vail's lawyer sent".)
  if (end + 1 < s.last && m.tokens[end].possessive &&
      (m.tokens[end + 1].upper || (m.tokens[end + 1].classes & kOrgKind) == 0)) {
    return -1;
  }
  for (int v = end; v < noun && v <= end + kMaxIssuerGapTokens; ++v) {
    if (m.tokens[v].kind != TokenKind::kWord) return -1;
    if (lexicon::IsIssueVerb(TokenText(m.text, m.tokens[v])) && noun - v <= 3) {
      return mentions.mentions()[mi].entity;
    }
  }
  return -1;
}

// True when tokens[k, k + 3) read "quoted as <speech participle>" after a form
// of "be" at k - 1 ("is quoted as saying", "was quoted as telling").
bool IsQuotedAsSaying(absl::string_view text, const std::vector<Token>& t, int k, int hi) {
  if (k < 1 || k + 2 >= hi || t[k].upper) return false;
  if (TokenText(text, t[k]) != "quoted" || TokenText(text, t[k + 1]) != "as") return false;
  if ((t[k + 2].cue & kCueParticiple) == 0) return false;
  return t[k - 1].kind == TokenKind::kWord &&
         lexicon::IsPassiveAuxiliary(TokenText(text, t[k - 1]));
}

// True when cue token `c` (before `hi`) is the verb of a relative aside that
// opens with ", who" or ", which" right before it and closes with a comma
// before the main clause's cue ("…,” a clerk at the depot, who asked not to
// be named, said"): the aside's verb attributes nothing.
bool InRelativeAside(const std::vector<Token>& t, int c, int hi) {
  if (c < 2 || t[c - 1].kind != TokenKind::kWord || t[c - 1].upper ||
      (t[c - 1].classes & kRelative) == 0 || !IsPunct(t[c - 2], ',')) {
    return false;
  }
  for (int k = c + 1; k + 1 < hi && k - c <= kMaxRelativeClauseWords; ++k) {
    if (t[k].kind == TokenKind::kQuote) return false;
    if (IsPunct(t[k], ',')) return (t[k + 1].cue & (kCueQuote | kCueReport)) != 0;
  }
  return false;
}

// True when quote `q` of `m.quotes` is the whole of its paragraph: it opens
// the paragraph and closes it, at most a closing punctuation mark after it
// ("“We have to be a lot tougher.”").
bool FillsParagraph(const TextModel& m, int q) {
  const std::vector<Token>& t = m.tokens;
  const QuoteSpan& span = m.quotes[q];
  if (span.close < 0 || !StartsParagraph(t, span.open)) return false;
  const int paragraph = t[span.open].paragraph;
  int k = span.close + 1;
  if (k < static_cast<int>(t.size()) && t[k].paragraph == paragraph && IsTerminal(t[k])) ++k;
  return k == static_cast<int>(t.size()) || t[k].paragraph != paragraph;
}

// For quote `q` of `m.quotes` opening a paragraph: the claim of the quote left
// open at the end of the paragraph before, or of the quote that is the whole
// of the paragraph before (FillsParagraph: a run of quoted paragraphs
// "Trump spoke only in bromides. ¶ “We have to ...” ¶ “We are ...”"), when
// it has a speaker; else the first reported claim (`claims` from
// `first_reported` on) with a speaker whose
// cue lies in the sentence closing that paragraph; else nullptr.
// `quote_claim` holds each quote's claim index (-1 for none).
const ClaimDraft* ParagraphLender(const TextModel& m, const std::vector<ClaimDraft>& claims,
                                  const std::vector<int>& quote_claim, size_t first_reported,
                                  int q) {
  const std::vector<Token>& t = m.tokens;
  const int open = m.quotes[q].open;
  const int paragraph = t[open].paragraph;
  if (open == 0 || t[open - 1].paragraph == paragraph) return nullptr;
  if (q > 0 && (m.quotes[q - 1].close < 0 || FillsParagraph(m, q - 1)) &&
      quote_claim[q - 1] >= 0 && t[m.quotes[q - 1].open].paragraph + 1 == paragraph) {
    const ClaimDraft& before = claims[quote_claim[q - 1]];
    if (before.speaker.found() || before.inherited_entity >= 0) return &before;
  }
  const int own = m.sentence_of_token[open];
  if (own == 0) return nullptr;
  const Sentence& last = m.sentences[own - 1];
  if (last.paragraph + 1 != paragraph) return nullptr;
  for (size_t j = first_reported; j < claims.size(); ++j) {
    const ClaimDraft& r = claims[j];
    if (r.speaker.found() && r.cue_token >= last.first && r.cue_token < last.last) return &r;
  }
  return nullptr;
}

// For quote `qi` of `m.quotes`: true when the token before its opening mark is
// a colon inside the quote before, left open to the end of its paragraph
// ("“... Here they are: ¶ “Has the candidate ...?"): the speech goes on, and
// no colon introduction names the speaker.
bool ColonQuoted(const TextModel& m, int qi, int last_of_previous) {
  const QuoteSpan& q = m.quotes[qi];
  return qi > 0 && m.quotes[qi - 1].close < 0 && q.open > 0 &&
         last_of_previous >= q.open - 1 && IsPunct(m.tokens[q.open - 1], ':');
}

// (token, entity) pairs before token `at`, in sentences at most
// kDocumentParagraphs paragraphs back, of those who introduce the issued noun
// `noun` (after `modifier` when it is not empty): the speakers of claims whose attributions introduce it (RURA in
// "RURA said in a statement that ...") and the issuers
// other sentences name (IssuerInSentence: "X issued a statement", "a
// statement from X"; -1 for one that introduces it but names no issuer).
std::vector<std::pair<int, int>> IssuersBefore(const IssuerReader& r,
                                               const std::vector<ClaimDraft>& claims, int at,
                                               absl::string_view noun,
                                               absl::string_view modifier) {
  const TextModel& m = r.m;
  const int paragraph = m.tokens[at].paragraph;
  const int sentence = m.sentence_of_token[at];
  std::vector<std::pair<int, int>> issuers;
  std::vector<int> claimed;  // the sentences of those claims
  for (const ClaimDraft& c : claims) {
    const int k = c.speaker.first;
    if (c.speaker.found() && c.speaker.entity >= 0 && k < at &&
        m.sentence_of_token[k] != sentence &&
        m.tokens[k].paragraph >= paragraph - kDocumentParagraphs &&
        IntroducedIssuedNoun(m, k, noun, modifier, &c) >= 0) {
      issuers.emplace_back(k, c.speaker.entity);
      claimed.push_back(m.sentence_of_token[k]);
    }
  }
  for (int si = sentence - 1; si >= 0; --si) {
    const Sentence& s = m.sentences[si];
    if (s.first >= s.last) continue;
    if (m.tokens[s.first].paragraph < paragraph - kDocumentParagraphs) break;
    if (std::find(claimed.begin(), claimed.end(), si) != claimed.end()) continue;
    const int introduced = IntroducedIssuedNoun(m, s.first, noun, modifier, nullptr);
    // (Issued by someone not named: "The group issued a statement" hides the
    // statements before it.)
    if (introduced >= 0) issuers.emplace_back(s.first, IssuerInSentence(r, s, introduced));
  }
  return issuers;
}

// The entity that latest before `claim` introduces the issued noun at token
// `head` (IssuersBefore): the document meant is the one last introduced; -1
// when none does, its issuer is unknown, or another entity (or an unknown
// one) introduces one in the same paragraph.
int LatestIssuer(const IssuerReader& r, const std::vector<ClaimDraft>& claims,
                 const ClaimDraft& claim, int head) {
  const TextModel& m = r.m;
  const std::vector<std::pair<int, int>> issuers = IssuersBefore(
      r, claims, claim.speaker.first, TokenText(m.text, m.tokens[head]), IssuedModifier(m, head));
  int latest = -1;  // the token of the latest introduction
  for (const auto& [k, entity] : issuers) latest = std::max(latest, k);
  if (latest < 0) return -1;
  int issuer = -1;
  for (const auto& [k, entity] : issuers) {
    if (m.tokens[k].paragraph != m.tokens[latest].paragraph) continue;
    if (entity < 0 || (issuer >= 0 && issuer != entity)) return -1;
    issuer = entity;
  }
  return issuer;
}

// "RURA said in a statement that ... “...,” the statement said": each claim
// whose speaker is "the" and an issued noun (IssuedNounHead) speaks for the
// latest issuer of that noun before it (LatestIssuer); the speaker stays as written.
void CreditIssuedDocuments(const IssuerReader& r, std::vector<ClaimDraft>* claims) {
  for (ClaimDraft& claim : *claims) {
    const int head = IssuedNounHead(r.m, claim.speaker);
    if (head < 0) continue;
    const int issuer = LatestIssuer(r, *claims, claim, head);
    if (issuer < 0) continue;
    claim.speaker.entity = issuer;
    claim.speaker.anonymous = false;
  }
}

}  // namespace

bool ClaimFinder::After(int close, int hi, ClaimDraft* claim, int* end_token) {
  // A quote ending mid-clause (“no idea” if he ...) only takes a speaker that
  // follows at once; one ending with , . ? ! may take "Senate leader Harry Reid".
  const char last = m_.text[t_[close].begin - 1];
  const int max_offset =
      (last == ',' || last == '.' || last == '?' || last == '!') ? kMaxSpeakerOffset : 2;
  int a = close + 1;
  if (Speaker label = LabelAfter(close, hi); label.found()) {
    // "“…”: Gwen Alder", "'…': an interview with Gwen Alder" (headlines).
    claim->speaker = label;
    SetCue(close + 1, close + 1, claim);
    *end_token = label.last - 1;
    return true;
  }
  while (a < hi && IsPunct(t_[a], ',')) ++a;
  // “…,” as Cruz said on Monday: "as" opens the attribution.
  if (a + 2 < hi && Word(a) == "as") ++a;
  if (a >= hi) return false;
  if (t_[a].punct == 'D' || (IsCue(a, kCueQuote) && (t_[a].cue & kCueParticiple) == 0)) {
    Speaker s = speakers_.Right(a, hi);
    // "“…,” said her husband, Miguel Ortiz."
    if (!s.found() && t_[a].punct != 'D' && a + 1 < hi) s = speakers_.RelativeOf(a + 1, hi);
    // "“…” ― Name", not "“…” — that was the message from doctors".
    if (!s.found() || (t_[a].punct == 'D' && s.first > a + 2)) return false;
    // "“…” — he said": after a dash, a pronoun's own cue says the quote.
    const bool dash_cue = t_[a].punct == 'D' && s.pronoun && IsCue(s.last, kCueQuote) &&
                          (t_[s.last].cue & kCueParticiple) == 0;
    // "host of “Morning Joe,” suggested Trump would win", "a “boondoggle,” said
    // he doubts": the name opens a clause after the cue; it does not say the
    // quote.
    if (!dash_cue && (ClauseVerbAt(s.last, hi) || (s.pronoun && FollowedByVerb(s, hi)))) {
      return false;
    }
    claim->speaker = s;
    SetCue(dash_cue ? s.last : a, dash_cue ? s.last : a, claim);
    *end_token = dash_cue ? s.last : s.last - 1;
    return true;
  }
  for (int c = a + 1; c < hi && c < a + kAfterWindow; ++c) {
    // “…,” Braynard is quoted as saying: the subject of the passive speaks.
    if (IsQuotedAsSaying(m_.text, t_, c, hi)) {
      const Speaker s = speakers_.Left(c - 1, a, /*loose=*/true);
      if (!s.found() || s.first - a > max_offset || s.last != c - 1) return false;
      claim->speaker = s;
      SetCue(c + 2, c + 2, claim);
      *end_token = c + 2;
      return true;
    }
    const bool abbreviation =  // "Pa., said", "(R-Fla.) said"
        c + 1 < hi && (IsPunct(t_[c + 1], ',') || IsPunct(t_[c + 1], ')'));
    if (speakers_.IsPossessiveMark(c)) continue;  // "Sanders’ campaign manager"
    if (t_[c].kind == TokenKind::kQuote || (IsTerminal(t_[c]) && !abbreviation))
      return false;
    // “…” without reporters asking him: a participle after the quote is no
    // attribution of it.
    if (!IsCue(c, kCueQuote) || (t_[c].cue & kCueParticiple) != 0) {
      if (!IsSpeechVerbAfter(c)) continue;
      // “…,” some protesters chanted: any past-tense verb right after the speaker;
      // “…?” Hannity pressed: a one-word speaker only when it is a name or pronoun.
      Speaker s = speakers_.Left(c, a, /*loose=*/true);
      if (!s.found() || s.first != a || s.last != c || max_offset == 2) continue;
      if (c == a + 1 && !(s.pronoun || (s.entity >= 0 && t_[a].upper))) continue;
      claim->speaker = s;
      SetCue(c, c, claim);
      *end_token = c;
      return true;
    }
    if (InRelativeAside(t_, c, hi)) continue;
    // “…,” a person familiar with the talks said: the source with its tie.
    Speaker s = SourceWithModifier(c, a - 1);
    // ("“…,” the victims' daughter said": with the plural owner.)
    if (!s.found()) {
      s = WithPluralOwner(speakers_.Left(c, a, /*loose=*/true),
                          m_.sentences[m_.sentence_of_token[c]]);
    }
    // “…,” it said: right after a quote, "it" (a letter, a statement) speaks.
    if (!s.found() && (Word(a) == "it" || Word(a) == "It") && OnlyFillersBetween(a, c)) {
      s.first = a;
      s.last = a + 1;
      s.pronoun = true;
    }
    // “…,” Nate Silver, the guru who founded the site, tweeted: the name that
    // opens the attribution, before its appositive.
    if (!s.found()) s = NameBeforeAppositive(a, c);
    // "“…,” the Florida senator and Republican presidential candidate said": a
    // determiner, plain words and a conjunction right before the speaker join
    // two titles of one person.
    const auto titles_joined = [&](int from, int to) {
      if (to - from < 3 || (t_[from].classes & kDeterminer) == 0 ||
          !lexicon::IsConjunction(Word(to - 1))) {
        return false;
      }
      for (int k = from + 1; k < to - 1; ++k) {
        const Token& t = t_[k];
        if (t.kind != TokenKind::kWord || t.cue != 0 || lexicon::IsConjunction(Word(k)) ||
            (!t.upper && absl::EndsWith(Word(k), "ed"))) {
          return false;
        }
      }
      return true;
    };
    if (!s.found() || s.first - a > max_offset ||
        (HasConjunction(a, s.first) && !titles_joined(a, s.first)))
      return false;
    // “We are refugees.” Mr. Zahed said: “...”: a cue ending in a colon
    // introduces the quote after it, not the one before.
    if (c + 2 < static_cast<int>(t_.size()) && IsPunct(t_[c + 1], ':') &&
        t_[c + 2].kind == TokenKind::kQuote) {
      return false;
    }
    // “…” Ohio Gov. John Kasich said he would have fired him.: a cue opening the
    // next sentence attributes the quote only when no clause of its own follows.
    if (m_.sentence_of_token[c] != m_.sentence_of_token[close] &&
        OpensClause(AfterListener(c, m_.sentences[m_.sentence_of_token[c]]))) {
      return false;
    }
    claim->speaker = s;
    SetCue(c, c, claim);
    *end_token = c;
    return true;
  }
  return false;
}

bool ClaimFinder::ClauseVerbAt(int k, int hi) const {
  if (k >= hi || t_[k].kind != TokenKind::kWord || t_[k].upper) return false;
  const absl::string_view w = Word(k);
  // "would", "has", "is"; "doesn't"; "wanted".
  return lexicon::IsAuxiliary(w) || absl::EndsWith(w, "n't") || absl::EndsWith(w, "n\xE2\x80\x99t") ||
         (absl::EndsWith(w, "ed") && w.size() > 4 && t_[k].cue == 0);
}

Speaker ClaimFinder::LabelAfter(int close, int hi) const {
  const int colon = close + 1;
  if (colon + 1 >= hi || !IsPunct(t_[colon], ':')) return Speaker{};
  // A short lowercase lead may stand before the name ("an interview with").
  int k = colon + 1;
  while (k < hi && k - colon <= kMaxLabelLeadWords && t_[k].kind == TokenKind::kWord &&
         !t_[k].upper && t_[k].cue == 0) {
    ++k;
  }
  const int m = mentions_.MentionStartingAt(k);
  if (m < 0) return Speaker{};
  const Mention& mention = mentions_.mentions()[m];
  if (mention.kind != MentionKind::kPerson && mention.kind != MentionKind::kName)
    return Speaker{};
  // The name ends the sentence: nothing but closing punctuation after it.
  for (int j = mention.last; j < hi; ++j) {
    if (!IsTerminal(t_[j])) return Speaker{};
  }
  Speaker s;
  s.first = mention.start();
  s.last = mention.last;
  s.entity = mention.entity;
  return s;
}

bool ClaimFinder::PassiveRequest(int c, int hi) const {
  return c > 0 && c + 1 < hi && absl::StartsWith(Word(c), "ask") && Word(c + 1) == "to" &&
         t_[c - 1].kind == TokenKind::kWord && lexicon::IsPassiveAuxiliary(Word(c - 1));
}

bool ClaimFinder::Before(int open, int lo, const Sentence& first_sentence,
                         ClaimDraft* claim, bool* mixed, int* content_first) {
  int cue = -1;
  for (int c = open - 1; c >= lo; --c) {
    if (t_[c].kind == TokenKind::kQuote) break;
    if (IsCue(c, kCueQuote | kCueReport) && (t_[c].cue & kCueAfterOnly) == 0) {
      // "staff would be asked to cover ... “…”": a request heard, not a cue.
      if (c > lo && (t_[c].cue & kCueObject) != 0 &&
          (PassiveCue(c) || PassiveRequest(c, open))) {
        continue;
      }
      if (!cue_used_[c]) cue = c;
      break;
    }
  }
  // "When Paul Okafor announced his campaign, he described ... as “tired”": a
  // cue inside the sentence's opening subordinate clause does not reach a quote
  // in the main clause ("Speaking to reporters, ..." does: its subject speaks).
  if (cue >= 0 && (t_[cue].cue & kCueParticiple) == 0) {
    const int main_start = speakers_.MainClauseStart(first_sentence, open);
    if (cue < main_start && main_start < open) return false;
  }
  const int b = open - 1;
  if (cue < 0) {
    // "Trump: “…”"
    if (b - 1 >= lo && IsPunct(t_[b], ':')) {
      const int m = mentions_.MentionEndingAt(b - 1);
      const Token& label = t_[b - 1];
      if (m < 0 && b - 1 == first_sentence.first && label.kind == TokenKind::kWord &&
          label.upper && (label.classes & (kSpeakerNoun | kTitle | kTitleHead)) != 0) {
        // "Minister: 'We will act'", "Police: “…”": a headline's speaking noun.
        claim->speaker.first = b - 1;
        claim->speaker.last = b;
        claim->speaker.anonymous = true;
        SetCue(b, b, claim);
        claim->cue = ":";
        *mixed = false;
        return true;
      }
      if (m < 0) return false;
      const Mention& mention = mentions_.mentions()[m];
      const int start = mention.start();
      if (start != first_sentence.first) return false;
      claim->speaker = speakers_.Right(start - 1, open);
      if (!claim->speaker.found()) return false;
      SetCue(b, b, claim);
      claim->cue = ":";
      *mixed = false;
      return true;
    }
    return false;
  }
  Speaker s;
  bool inverted = false;
  int cue_last = cue;
  const size_t qi = FirstQuoteFrom(open);
  if (Speaker agent = PassiveAgent(cue, m_.quotes[qi].close,
                                   m_.sentences[m_.sentence_of_token[open]].last);
      agent.found()) {
    s = agent;  // "was called “…” by Hendrick"
  } else if (Word(cue) == "according" || Word(cue) == "According") {
    if (cue + 1 >= open || Word(cue + 1) != "to") return false;
    s = speakers_.Right(cue + 1, open);
    if (s.anonymous) s = ThingOrAgent(s);
    cue_last = cue + 1;
    inverted = true;
  } else if (cue + 1 < open && Word(cue + 1) == "by") {
    // "Sanders was asked by host Bill Maher, “…”"
    s = speakers_.Right(cue + 1, open);
    cue_last = cue + 1;
    inverted = true;
  } else if ((t_[cue].cue & kCueParticiple) != 0) {
    // "Clinton claimed that statements by Trump calling for ...": the outer cue's
    // speaker; else the participle's own subject.
    Speaker outer;
    if (OuterCue(first_sentence.first, cue, &outer) >= 0) {
      s = outer;
    } else {
      s = speakers_.Left(cue, first_sentence.first);
    }
    // "“…,” Law said, noting that donors feel “…”": the speaker goes on.
    if (!s.found() && cue > 0 && IsPunct(t_[cue - 1], ',')) {
      s = EarlierSpeaker(first_sentence.first, cue);
    }
    if (!s.found()) s = speakers_.Subject(first_sentence, cue);
    // "Andanar released a statement saying “…”": the issuer speaks.
    if (s.found() && s.anonymous && s.first > first_sentence.first &&
        (Word(s.first - 1) == "a" || Word(s.first - 1) == "an")) {
      if (Speaker subject = speakers_.Subject(first_sentence, s.first); subject.found())
        s = subject;
    }
  } else {
    s = speakers_.Left(cue, first_sentence.first);
    Speaker outer;
    // (Nor inside a relative clause with its own subject: "..., which he
    // called “a cartel”" is his word for it.)
    const bool relative_subject =
        s.found() && s.first - 2 >= first_sentence.first && IsPunct(t_[s.first - 2], ',') &&
        (Word(s.first - 1) == "which" || Word(s.first - 1) == "whom");
    // "..., which Peru says was fishing illegally, had “no basis in law”": a
    // relative clause that closes before the quote does not reach it.
    if (relative_subject) {
      const int e = ClauseEnd(cue + 1, open);
      if (e < open && IsPunct(t_[e], ',') && ClauseVerbAt(e + 1, open)) return false;
    }
    if (s.found() && s.first > first_sentence.first && !relative_subject &&
        (t_[s.first].classes & kRelative) == 0) {
      // "Despite what he wrote, Cross said he “…”": not inside an opening clause.
      const int c0 =
          OuterCue(speakers_.MainClauseStart(first_sentence, s.first), s.first, &outer);
      // "a woman asked for a photo and Clinton said, “…”": coordinated clauses
      // each have their own speaker.
      if (c0 >= 0 && !HasClauseJoin(c0 + 1, s.first)) {
        s = outer;
        cue = cue_last = c0;
      }
    }
    // "X said it would “…” and accused officials of “…”": the verb joined to an
    // earlier cue of the sentence has that cue's speaker; the words after it
    // are its object.
    if (!s.found() && cue > first_sentence.first &&
        (Word(cue - 1) == "and" || Word(cue - 1) == "but")) {
      s = EarlierSpeaker(first_sentence.first, cue - 1);
    }
    // "..., but told his supporters, “…”": after "told" comes the listener;
    // "calls the ruling “…”": after a naming verb, what it names.
    if (!s.found() && (t_[cue].cue & kCueObject) == 0 && !lexicon::IsNamingCue(Word(cue))) {
      s = speakers_.Right(cue, open);
      if (s.found() && FollowedByVerb(s, open)) s = Speaker{};
      inverted = s.found();
    }
    if (!s.found()) s = speakers_.Subject(first_sentence, cue);
  }
  if (!s.found()) return false;
  // "The nurses' union said ... “…”": the union speaks, with its owner.
  s = WithPluralOwner(s, first_sentence);
  const bool punct_before =
      IsPunct(t_[b], ',') || IsPunct(t_[b], ':') || t_[b].punct == 'D';
  int gap_words = 0;
  int k = (inverted ? std::max(s.last, cue_last + 1) : cue_last + 1);
  // "according to his doctor, the patient had “…”": not from the comma.
  while (inverted && k + 1 < open && IsPunct(t_[k], ',')) ++k;
  *content_first = k;
  for (int j = k; j < open; ++j) {
    const Token& t = t_[j];
    if (!IsWord(t) || Word(j) == "that" || (t.classes & kFiller) != 0) continue;
    ++gap_words;
  }
  // "said in a statement that ...", "told CNN Tuesday that ...": content follows "that".
  for (int j = k; j < open && j < k + kMaxDirectGapWords + 2; ++j) {
    if (Word(j) == "that") {
      *content_first = j + 1;
      break;
    }
    const Token& t = t_[j];
    if (!(t.upper || (t.classes & (kAdverbial | kTimeWord | kFiller)) != 0)) break;
  }
  // "said in a statement to the Associated Press that its vessel “…”": where it
  // was said, up to "that", is not what.
  if (*content_first == k && k < open) {
    const int after = AfterMediumAdverbial(k, first_sentence);
    if (after > k && after < open && Word(after - 1) == "that") *content_first = after;
  }
  // "told a town hall in Salem on Monday that ...", "told the court she had":
  // the listener is not what was said.
  if (*content_first == k && k < open && !inverted) {
    *content_first = ContentAfterListener(k, open, cue);
  }
  *mixed = !(gap_words == 0 ||
             (punct_before && (gap_words <= kMaxDirectGapWords || inverted)));
  if (*mixed && punct_before) {
    // "After Brown criticized Clinton, Hillary shot back, “…”": a new clause
    // subject between the cue and the quote speaks.
    for (int j = k; j + 1 < open; ++j) {
      if (!IsPunct(t_[j], ',')) continue;
      const int m = mentions_.MentionStartingAt(j + 1);
      if (m < 0 || mentions_.mentions()[m].possessive) continue;
      const int after = mentions_.mentions()[m].last;
      if (after < open && IsWord(t_[after]) && !t_[after].upper) {
        s = speakers_.Right(j, open);
        *mixed = false;
        break;
      }
    }
  }
  claim->speaker = s;
  SetCue(cue, cue_last, claim);
  return true;
}

void ClaimFinder::Quote(int qi) {
  const QuoteSpan& q = m_.quotes[qi];
  const int last = LastToken(q);
  const Sentence& so = m_.sentences[m_.sentence_of_token[q.open]];
  const Sentence& sc = m_.sentences[m_.sentence_of_token[last]];
  int lo = so.first;
  if (qi > 0 && m_.quotes[qi - 1].close >= lo) lo = m_.quotes[qi - 1].close + 1;
  int hi = sc.last;
  // “Who are they?” Trump said.: the attribution may open the next sentence.
  if (q.close >= 0 && hi == q.close + 1 && q.end > q.begin && q.open == so.first &&
      m_.sentence_of_token[q.close] + 1 < static_cast<int>(m_.sentences.size())) {
    const Sentence& next = m_.sentences[m_.sentence_of_token[q.close] + 1];
    if (next.paragraph == sc.paragraph) {
      hi = std::min(next.last, q.close + 1 + kNextSentenceCue);
      // “…?” Miller, a retired worker, said: an appositive may run longer.
      const int m = mentions_.MentionStartingAt(next.first);
      if (m >= 0 && mentions_.mentions()[m].last < next.last &&
          IsPunct(t_[mentions_.mentions()[m].last], ',')) {
        hi = next.last;
      }
    }
  }
  if (qi + 1 < static_cast<int>(m_.quotes.size()) && m_.quotes[qi + 1].open < hi) {
    hi = m_.quotes[qi + 1].open;
  }
  const auto [begin, end] = Trim(q.begin, q.end);
  if (end <= begin || NamesAWork(q)) return;
  // “…,” he said, “…”: the second part continues the first.
  if (qi > 0 && quote_claim_[qi - 1] >= 0 && attribution_end_[qi - 1] >= 0) {
    int k = attribution_end_[qi - 1] + 1;
    while (k < q.open && (IsPunct(t_[k], ',') || IsPunct(t_[k], ':'))) ++k;
    if (k == q.open) {
      ClaimDraft& c = claims_[quote_claim_[qi - 1]];
      if (c.text.empty()) c.text = std::string(m_.text.substr(c.begin, c.end - c.begin));
      c.text += " ";
      c.text.append(m_.text.data() + begin, end - begin);
      c.end = end;
      quote_claim_[qi] = quote_claim_[qi - 1];
      return;
    }
  }
  ClaimDraft claim;
  claim.begin = begin;
  claim.end = end;
  claim.kind = v1::CLAIM_KIND_DIRECT_QUOTE;
  claim.confidence = 0.9f;
  int end_token = -1;
  bool mixed = false;
  int content_first = 0;
  if (q.close >= 0 && After(q.close, hi, &claim, &end_token)) {
    if (WordsIn(lo, q.open) >= 2) {
      claim.kind = v1::CLAIM_KIND_MIXED_QUOTE;
      claim.begin = t_[lo].begin;
      claim.end = t_[q.close].end;
    }
    attribution_end_[qi] = end_token;
  } else if (Before(q.open, lo, so, &claim, &mixed, &content_first)) {
    // Obama said “it gets me mad” every time ...: the sentence runs on.
    // (Not into "by" and a passive's agent: "was called “…” by Hendrick".)
    const bool runs_on = q.close >= 0 && q.close + 1 < sc.last &&
                         IsWord(t_[q.close + 1]) && m_.text[q.end - 1] != ',' &&
                         !IsCue(q.close + 1, kCueParticiple) &&
                         !(Word(q.close + 1) == "by" && PassiveCue(claim.cue_token));
    if (mixed || runs_on) {
      claim.kind = v1::CLAIM_KIND_MIXED_QUOTE;
      claim.begin = t_[content_first].begin;
      const int e = ClauseEnd(q.close >= 0 ? q.close + 1 : last, sc.last);
      claim.end = std::max(t_[e - 1].end, claim.end);
    }
  } else if ((ColonQuoted(m_, qi, qi > 0 ? LastToken(m_.quotes[qi - 1]) : -1) ||
              !ColonIntro(q.open, &claim)) &&
             !DashLine(q, &claim) && !MessageFrom(q, &claim) &&
             !Unattributed(q, begin, end, &claim)) {
    return;
  }
  // “…,” he said.: the person the sentence before reports speaking.
  if (claim.speaker.pronoun && claim.speaker.found()) {
    const int own = m_.sentence_of_token[std::min(q.open, claim.speaker.first)];
    if (own > 0 && m_.sentences[own - 1].paragraph + 1 >= m_.sentences[own].paragraph) {
      claim.speaker = speakers_.PronounAntecedent(
          claim.speaker, m_.sentences[m_.sentence_of_token[claim.speaker.first]],
          m_.sentences[own - 1]);
    }
  }
  quote_claim_[qi] = AddClaim(std::move(claim));
}

int ClaimFinder::ContentAfterListener(int k, int open, int cue) const {
  if ((t_[cue].cue & kCueObject) == 0) return k;
  for (int j = k; j < open && j - k < kMaxListenerThatTokens; ++j) {
    const Token& t = t_[j];
    if (IsWord(t) && Word(j) == "that") return j + 1;
    if (!IsWord(t) && t.kind != TokenKind::kNumber && !IsPunct(t, ',')) break;
  }
  // "told them Clinton “…”": a listener pronoun.
  if (IsWord(t_[k]) && lexicon::IsPersonObjectPronoun(Word(k))) return k + 1;
  // "told the court she had “…”", "told reporters he was “…”": the reported
  // clause opens with its subject pronoun.
  // (Not past a preposition, relative or question word: "asked Trump about
  // statements he had made", "the story of how he".)
  for (int j = k + 1; j < open && j - k <= kMaxListenerWords; ++j) {
    if (!IsWord(t_[j]) || lexicon::IsPhrasalObjectPreposition(Word(j)) ||
        lexicon::IsPhrasePreposition(Word(j)) || lexicon::IsQuestionWord(Word(j)) ||
        (t_[j].classes & kRelative) != 0) {
      break;
    }
    const uint32_t c = t_[j].classes;
    if (!t_[j].upper && (c & (kPersonPronoun | kOtherPronoun)) != 0) {
      return j;
    }
  }
  return k;
}

bool ClaimFinder::OpensClause(int k) const {
  const int n = static_cast<int>(t_.size());
  if (k + 1 >= n || t_[k].kind != TokenKind::kWord || t_[k].upper) return false;
  const Token& next = t_[k + 1];
  // "that the plan failed", not "that day" or "that night".
  if (Word(k) == "that") {
    return next.kind == TokenKind::kWord && (next.classes & kTimeWord) == 0 &&
           TokenText(m_.text, next) != "day";
  }
  return (t_[k].classes & (kPersonPronoun | kOtherPronoun)) != 0 &&
         next.kind == TokenKind::kWord && !next.upper && next.cue == 0;
}

Speaker ClaimFinder::PassiveAgent(int verb, int close, int hi) const {
  if (close < 0 || close + 2 >= hi || Word(close + 1) != "by" || !PassiveCue(verb))
    return Speaker{};
  return speakers_.Right(close + 1, hi);
}

bool ClaimFinder::IsTitleOfWork(const QuoteSpan& q) const {
  if (q.close < 0 || q.open == 0 || WordsIn(q.open + 1, q.close) > kMaxTitleWords)
    return false;
  // “Hallelujah” after a verb or a preposition, not “…,” said X or X: “…”.
  // "the reality TV show “The Apprentice.”", "his 2012 book, ''An American Son.''":
  // after a noun for a work (and a comma), a comma or a final period may follow
  // the title.
  const bool work = WorkNounBefore(q.open);
  const Token& before = t_[q.open - 1];
  if ((!IsWord(before) && !work) ||
      m_.sentences[m_.sentence_of_token[q.open]].first == q.open) {
    return false;
  }
  if (!work && q.close + 1 < static_cast<int>(t_.size()) && IsPunct(t_[q.close + 1], ','))
    return false;
  int words = 0;
  for (int k = q.open + 1; k < q.close; ++k) {
    const Token& t = t_[k];
    if (work && k + 1 == q.close && (IsPunct(t, '.') || IsPunct(t, ','))) continue;
    if (t.kind == TokenKind::kPunct && t.punct != '\'' && t.punct != '-' && t.punct != '&')
      return false;  // "Go home!" or “no,” are speech, not titles
    if (t.kind != TokenKind::kWord) continue;
    ++words;
    if (!t.upper && (words == 1 || (t.classes & kNameConnector) == 0)) return false;
  }
  return words > 0;
}

bool ClaimFinder::WorkNounBefore(int open) const {
  int k = open - 1;
  if (k > 0 && IsPunct(t_[k], ',')) --k;
  return k >= 0 && t_[k].kind == TokenKind::kWord && !t_[k].upper &&
         lexicon::IsWorkNoun(Word(k));
}

bool ClaimFinder::AfterFurnitureLabel(int open) const {
  const int colon = open - 1;
  if (colon < 1 || !IsPunct(t_[colon], ':')) return false;
  const int first = m_.sentences[m_.sentence_of_token[colon]].first;
  if (colon == first || !StartsParagraph(t_, first) || colon - first > kMaxLabelLeadWords) {
    return false;
  }
  for (int k = first; k < colon; ++k) {
    if (t_[k].kind != TokenKind::kWord) return false;
  }
  return lexicon::IsPointerLabel(m_.text.substr(t_[first].begin, t_[colon - 1].end - t_[first].begin));
}

bool ClaimFinder::WorkNounAfter(const QuoteSpan& q) const {
  const int n = static_cast<int>(t_.size());
  const int close = q.close;
  if (close < 0 || close + 2 >= n || !StartsParagraph(t_, q.open) ||
      !(IsPunct(t_[close + 1], '-') || t_[close + 1].punct == 'D')) {
    return false;
  }
  for (int k = close + 2; k < n && k - close - 1 <= kMaxLabelLeadWords; ++k) {
    const Token& t = t_[k];
    // ("— she told the programme": a speaker and a cue, not a work's phrase.)
    if (t.kind != TokenKind::kWord || t.upper ||
        (t.classes & (kCue | kPersonPronoun | kOtherPronoun)) != 0) {
      return false;
    }
    if (lexicon::IsWorkNoun(Word(k)) && ClosesWorkPhrase(k)) return true;
  }
  return false;
}

bool ClaimFinder::ClosesWorkPhrase(int k) const {
  if (t_[k].possessive) return false;  // "the show's host said"
  if (k + 1 >= static_cast<int>(t_.size()) || t_[k + 1].paragraph != t_[k].paragraph ||
      t_[k + 1].kind != TokenKind::kWord) {
    return true;
  }
  const Token& next = t_[k + 1];
  const absl::string_view w = Word(k + 1);
  return !next.upper && ((next.classes & kAffiliationPrep) != 0 ||
                         lexicon::IsNounPreposition(w) || lexicon::IsTopicPreposition(w));
}

bool ClaimFinder::NamesAWork(const QuoteSpan& q) const {
  return IsTitleOfWork(q) || AfterFurnitureLabel(q.open) || WorkNounAfter(q);
}

bool ClaimFinder::OnlyFillersBetween(int a, int c) const {
  for (int k = a + 1; k < c; ++k) {
    if (t_[k].kind != TokenKind::kWord || (t_[k].classes & kFiller) == 0) return false;
  }
  return true;
}

Speaker ClaimFinder::NameBeforeAppositive(int a, int cue) const {
  // "House Speaker Paul Ryan, the convention chair, told": the name before the
  // first comma, titles included.
  int comma = a + 1;
  while (comma < cue && !IsPunct(t_[comma], ',')) {
    if (!IsWord(t_[comma])) return Speaker{};
    ++comma;
  }
  if (comma >= cue) return Speaker{};
  const int m = mentions_.MentionEndingAt(comma - 1);
  if (m < 0) return Speaker{};
  const Mention& mention = mentions_.mentions()[m];
  const int start = mention.start();
  if ((mention.kind != MentionKind::kPerson && mention.kind != MentionKind::kName) ||
      start < a || start > a + kMaxSpeakerOffset) {
    return Speaker{};
  }
  return speakers_.Left(comma, a);
}

bool ClaimFinder::HasClauseJoin(int from, int to) const {
  for (int k = from; k < to; ++k) {
    if (IsPunct(t_[k], ';') || lexicon::IsClauseJoin(Word(k))) return true;
  }
  return false;
}

bool ClaimFinder::ColonIntro(int open, ClaimDraft* claim) {
  const int colon = open - 1;
  if (colon < 0 || !IsPunct(t_[colon], ':')) return false;
  const Sentence& s = m_.sentences[m_.sentence_of_token[colon]];
  Speaker sp;
  int cue = -1;
  for (int c = colon - 1; c >= s.first; --c) {
    if (t_[c].kind == TokenKind::kQuote) break;
    if (IsCue(c, kCueQuote | kCueReport) && !cue_used_[c]) {
      cue = c;
      break;
    }
  }
  // "More from Jones: “…”": the name right before the colon.
  if (const int m = mentions_.MentionEndingAt(colon - 1); m >= 0 && cue < 0) {
    const Mention& mention = mentions_.mentions()[m];
    const int start = mention.start();
    // Only a heading-like name: at the sentence start, or after "from" or a dash.
    const bool heading =
        start == s.first ||
        (start > s.first && (Word(start - 1) == "from" || t_[start - 1].punct == 'D' ||
                             IsPunct(t_[start - 1], '-')));
    if (heading &&
        (mention.kind == MentionKind::kPerson || mention.kind == MentionKind::kName)) {
      sp = speakers_.Right(mention.first - 1, colon);
    }
  }
  if (sp.found()) {
    // taken from the colon
  } else if (const int outer = OuterCue(s.first, colon, &sp); outer >= 0) {
    cue = outer;
  } else if (cue >= 0 && (t_[cue].cue & kCueParticiple) == 0) {
    sp = speakers_.Right(cue, colon);
  }
  if (!sp.found()) sp = speakers_.Subject(s, cue >= 0 ? cue : colon);
  if (!sp.found() && cue < 0) sp = MessageOwner(s, colon);
  if (!sp.found()) return false;
  claim->speaker = sp;
  if (cue >= 0) {
    SetCue(cue, cue, claim, /*use=*/false);
  } else {
    SetCue(colon, colon, claim);
  }
  claim->confidence = 0.7f;
  return true;
}

Speaker ClaimFinder::MessageOwner(const Sentence& s, int colon) const {
  // "Her verdict on the automation is blunt: “…”", "His answer: “…”".
  const int k = speakers_.MainClauseStart(s, colon);
  if (k + 1 >= colon || t_[k].kind != TokenKind::kWord) return Speaker{};
  const absl::string_view owner = Word(k);
  const bool person = owner == "His" || owner == "Her" || owner == "his" || owner == "her";
  if (!person && owner != "Their" && owner != "their") return Speaker{};
  int noun = k + 1;
  while (noun < colon && noun - k <= 3 && t_[noun].kind == TokenKind::kWord &&
         !t_[noun].upper && !lexicon::IsMessageNoun(Word(noun))) {
    ++noun;  // "her final verdict", "his blunt answer"
  }
  if (noun >= colon || !lexicon::IsMessageNoun(Word(noun))) return Speaker{};
  // Up to the colon: a short predicate ("is blunt", "to the council was simple").
  if (colon - noun > kMaxDirectGapWords + 1) return Speaker{};
  for (int j = noun + 1; j < colon; ++j) {
    if (!IsWord(t_[j]) || t_[j].cue != 0) return Speaker{};
  }
  Speaker sp;
  sp.first = k;
  sp.last = k + 1;
  sp.pronoun = true;
  if (person) sp.entity = mentions_.ResolvePronoun(k);
  return sp;
}

bool ClaimFinder::MessageFrom(const QuoteSpan& q, ClaimDraft* claim) {
  if (q.close < 0) return false;
  const int si = m_.sentence_of_token[q.close] + 1;
  if (si >= static_cast<int>(m_.sentences.size())) return false;
  const Sentence& next = m_.sentences[si];
  if (next.first != q.close + 1 || next.paragraph != m_.sentences[si - 1].paragraph ||
      next.first + 5 >= next.last) {
    return false;
  }
  // "That was the message from", "This is the verdict of".
  int k = next.first;
  const absl::string_view pronoun = Word(k);
  if (pronoun != "That" && pronoun != "This" && pronoun != "Such") return false;
  const absl::string_view be = Word(++k);
  if (be != "was" && be != "is" && be != "were" && be != "are") return false;
  if (Word(k + 1) == "the") ++k;
  ++k;
  while (k + 1 < next.last && t_[k].kind == TokenKind::kWord && !t_[k].upper &&
         !lexicon::IsMessageNoun(Word(k)) && k - next.first < 6) {
    ++k;  // "the blunt message", "the defiant reaction"
  }
  if (!lexicon::IsMessageNoun(Word(k)) || k + 2 >= next.last) return false;
  const absl::string_view prep = Word(k + 1);
  if (prep != "from" && prep != "of") return false;
  Speaker sp = speakers_.Right(k + 1, next.last);
  if (!sp.found()) return false;
  claim->speaker = sp;
  SetCue(k, k, claim);
  claim->confidence = 0.6f;
  return true;
}

bool ClaimFinder::DashLine(const QuoteSpan& q, ClaimDraft* claim) {
  if (q.close < 0) return false;
  const int n = static_cast<int>(t_.size());
  const int paragraph = t_[q.close].paragraph;
  int k = q.close + 1;
  while (k < n && t_[k].paragraph == paragraph && IsTerminal(t_[k])) ++k;
  if (k + 1 >= n || t_[k].paragraph != paragraph + 1 ||
      !(t_[k].punct == 'D' || IsPunct(t_[k], '-'))) {
    return false;
  }
  const int m = mentions_.MentionStartingAt(k + 1);
  if (m < 0) return false;
  const MentionKind kind = mentions_.mentions()[m].kind;
  if (kind != MentionKind::kPerson && kind != MentionKind::kName) return false;
  int last = k + 1;
  while (last + 1 < n && t_[last + 1].paragraph == t_[k].paragraph) ++last;
  if (last - k > kMaxDashLineTokens) return false;
  const Speaker sp = speakers_.Right(k, last + 1);
  if (!sp.found()) return false;
  claim->speaker = sp;
  SetCue(k, k, claim);
  return true;
}

bool ClaimFinder::Unattributed(const QuoteSpan& q, int begin, int end,
                               ClaimDraft* claim) {
  const int last = LastToken(q);
  const int words = WordsIn(q.open + 1, last);
  int capitalised = 0, lower = 0;
  for (int k = q.open + 1; k < last; ++k) {
    if (t_[k].kind != TokenKind::kWord || (t_[k].classes & kNameConnector) != 0) continue;
    ++(t_[k].upper ? capitalised : lower);
  }
  // Titles of works and headlines: "Oil Pays Him a Lot of Money."
  const bool all_capitalised = capitalised >= 2 && lower * 4 <= capitalised;
  const bool terminal_inside = last - 1 > q.open && IsTerminal(t_[last - 1]);
  const bool starts_sentence = m_.sentences[m_.sentence_of_token[q.open]].first == q.open;
  // "“…,” Tester said. “Very good.”": a quoted sentence of any length opening
  // the sentence right after the one that attributed the quote before it.
  const auto after_attribution = [&]() {
    const size_t qi = FirstQuoteFrom(q.open);
    if (qi == 0 || quote_claim_[qi - 1] < 0) return false;
    const ClaimDraft& before = claims_[quote_claim_[qi - 1]];
    const int cue = before.cue_token;
    return cue > m_.quotes[qi - 1].close && before.speaker.found() && !before.inherited &&
           m_.sentence_of_token[cue] + 1 == m_.sentence_of_token[q.open] &&
           t_[cue].paragraph == t_[q.open].paragraph;
  };
  const bool sentence_like =
      words >= kSentenceLikeWords || (words >= 3 && (terminal_inside || starts_sentence)) ||
      (words >= 1 && terminal_inside && starts_sentence && after_attribution());
  if (!sentence_like || all_capitalised) return false;
  claim->confidence = 0.4f;
  claim->begin = begin;
  claim->end = end;
  // "Chow “cut the budget to the bone” in her first year, said Omar Reyes.",
  // "“We are thrilled” about the ruling, said Dana Whitfield.": the sentence's
  // final attribution reports the clause holding the quote (or opening with
  // it); left unclaimed, the quote joins that reported claim as a mixed quote.
  const Sentence& own = m_.sentences[m_.sentence_of_token[q.open]];
  const auto final_attribution = [&]() {
    constexpr int kMaxFinalAttributionTokens = 2 * kMaxFinalSpeakerTokens;
    bool comma = false;
    for (int c = q.close + 1; c < own.last; ++c) {
      if (t_[c].kind == TokenKind::kQuote) return false;
      if (IsPunct(t_[c], ',')) {
        comma = true;
      } else if (comma && own.last - c <= kMaxFinalAttributionTokens &&
                 IsCue(c, kCueQuote) && (t_[c].cue & kCueParticiple) == 0) {
        // Only "Axelrod said.", "said Omar Reyes", "said the mayor": not a cue
        // taking words of its own ("the Post reported ten days ago").
        const Token& next = t_[c + 1];
        return IsTerminal(next) || (next.kind == TokenKind::kWord &&
                                    (next.upper || lexicon::IsObjectDeterminer(Word(c + 1))));
      }
    }
    return false;
  };
  const bool runs_on = q.close >= 0 && q.close + 1 < own.last && IsWord(t_[q.close + 1]) &&
                       !IsTerminal(t_[q.close - 1]) && !IsPunct(t_[q.close - 1], ',');
  if (q.close >= 0 && (!starts_sentence || runs_on) && final_attribution()) return false;
  // "He offered “my thoughts and prayers.”": a person subject of the quote's own
  // sentence speaks before anyone quoted earlier.
  if (!starts_sentence) {
    const Sentence& s = m_.sentences[m_.sentence_of_token[q.open]];
    const Speaker sp = speakers_.Subject(s, q.open);
    if (sp.found() && !sp.anonymous && sp.first == s.first &&
        (sp.pronoun || (sp.entity >= 0 && mentions_.entities()[sp.entity].type ==
                                              v1::SOURCE_TYPE_PERSON))) {
      claim->speaker = sp;
      claim->confidence = 0.5f;
      return true;
    }
  }
  const int paragraph = t_[q.open].paragraph;
  for (auto it = claims_.rbegin(); it != claims_.rend(); ++it) {
    if (it->begin > begin) continue;
    const int claim_paragraph = ParagraphAt(it->begin);
    if (claim_paragraph < paragraph - 1) break;
    // "Mounier's speech ran long. “…”" after someone else's claim in the
    // paragraph before: the person named in the quote's own paragraph speaks.
    if (claim_paragraph < paragraph) {
      if (const Speaker sp = PersonInParagraphBefore(q.open); sp.found()) {
        claim->speaker = sp;
        claim->inherited = true;
        claim->confidence = 0.5f;
        break;
      }
    }
    if (it->speaker.found() || it->inherited_entity >= 0) {
      claim->speaker = it->speaker;
      claim->inherited_entity = it->inherited_entity;
      claim->inherited = true;
      claim->confidence = 0.6f;
      break;
    }
  }
  claim->begin = begin;
  claim->end = end;
  return true;
}

Speaker ClaimFinder::PersonInParagraphBefore(int k) const {
  const std::vector<Mention>& all = mentions_.mentions();
  auto it = std::lower_bound(all.begin(), all.end(), k,
                             [](const Mention& m, int b) { return m.first < b; });
  while (it != all.begin()) {
    --it;
    if (t_[it->first].paragraph != t_[k].paragraph) break;
    if (it->entity < 0 || it->owner >= 0 ||
        (it->kind != MentionKind::kPerson && it->kind != MentionKind::kName) ||
        mentions_.entities()[it->entity].type != v1::SOURCE_TYPE_PERSON) {
      continue;
    }
    Speaker sp;
    sp.first = it->start();
    sp.last = it->last;
    sp.entity = it->entity;
    return sp;
  }
  return Speaker{};
}

void ClaimFinder::EmbeddedQuote(int qi) {
  const QuoteSpan& q = m_.quotes[qi];
  if (q.close < 0) return;
  const Sentence& s = m_.sentences[m_.sentence_of_token[q.open]];
  Speaker sp = speakers_.Subject(s, q.open);
  // A named person, or "he"/"she" even when the text never names them.
  const bool person =
      sp.found() && (sp.entity >= 0 ? mentions_.entities()[sp.entity].type ==
                                          v1::SOURCE_TYPE_PERSON
                                    : sp.pronoun && (t_[sp.first].classes & kPersonPronoun) != 0);
  if (!person || sp.anonymous || sp.last >= q.open) return;
  int verb = sp.last;
  while (verb < q.open && t_[verb].kind == TokenKind::kWord && !t_[verb].upper &&
         (t_[verb].classes & kFiller) != 0) {
    ++verb;
  }
  if (verb >= q.open || t_[verb].kind != TokenKind::kWord || t_[verb].upper ||
      (t_[verb].classes & kWordClassesNotVerbs) != 0) {
    return;
  }
  const absl::string_view v = Word(verb);
  if (!absl::EndsWith(v, "ed") || q.open - verb > kMaxEmbeddedGap) return;
  // "Duterte has been called “the Trump of the East” by critics": the agent.
  if (Speaker agent = PassiveAgent(verb, q.close, s.last); agent.found()) sp = agent;
  int first = verb + 1;
  while (first < q.open && (Word(first) == "up" || Word(first) == "that")) ++first;
  // “…,” with the comma inside the marks and a new subject after it ("slammed as
  // “careless,” Clinton has ..."): the clause ends at the quote.
  const bool subject_next =
      m_.text[q.end - 1] == ',' && q.close + 1 < s.last &&
      t_[q.close + 1].kind == TokenKind::kWord &&
      (t_[q.close + 1].upper ||
       (t_[q.close + 1].classes & (kPersonPronoun | kDeterminer)) != 0);
  const int end = subject_next ? q.close + 1 : ClauseEnd(q.close + 1, s.last);
  if (HasClauseBreak(first, q.open)) return;
  ClaimDraft claim;
  claim.kind = v1::CLAIM_KIND_MIXED_QUOTE;
  claim.begin = t_[first].begin;
  claim.end = t_[std::max(end - 1, q.close)].end;
  claim.speaker = sp;
  claim.confidence = 0.5f;
  SetCue(verb, verb, &claim);
  quote_claim_[qi] = AddClaim(std::move(claim));
}

bool ClaimFinder::IsSpeechVerbAfter(int k) const {
  const Token& t = t_[k];
  if (t.kind != TokenKind::kWord || t.upper || (t.classes & kWordClassesNotVerbs) != 0) {
    return false;
  }
  const absl::string_view w = Word(k);
  if (w.size() < 4 || !absl::EndsWith(w, "ed")) return false;
  const int next = k + 1;
  if (next >= static_cast<int>(t_.size()) || t_[next].kind == TokenKind::kPunct ||
      (t_[next].classes & (kAdverbial | kTimeWord | kFiller)) != 0) {
    return true;
  }
  // “Go back,” Trump barked and a guard ...: a clause may follow.
  return lexicon::IsClauseContinuation(Word(next));
}

bool ClaimFinder::HasConjunction(int from, int to) const {
  for (int k = from; k < to; ++k) {
    if (lexicon::IsConjunction(Word(k))) return true;
  }
  return false;
}

int ClaimFinder::OuterCue(int from, int to, Speaker* speaker) const {
  for (int c = from; c < to; ++c) {
    if (!IsCue(c, kCueQuote | kCueReport) || cue_used_[c] ||
        (t_[c].cue & (kCueParticiple | kCueAccording)) != 0) {
      continue;
    }
    Speaker s = speakers_.Left(c, from);
    if (s.found()) {
      *speaker = s;
      return c;
    }
  }
  return -1;
}

void ClaimFinder::LendMentionedSpeakers(size_t first_reported) {
  const std::vector<Mention>& all = mentions_.mentions();
  for (size_t q = 0; q < m_.quotes.size(); ++q) {
    // Only quotes that stand as sentences of their own, not phrases inside one.
    const int open = m_.quotes[q].open;
    if (quote_claim_[q] < 0 || static_cast<size_t>(quote_claim_[q]) >= first_reported ||
        m_.sentences[m_.sentence_of_token[open]].first != open) {
      continue;
    }
    ClaimDraft& quote = claims_[quote_claim_[q]];
    if (quote.kind != v1::CLAIM_KIND_DIRECT_QUOTE || quote.speaker.found() ||
        quote.inherited_entity >= 0) {
      continue;
    }
    // A quote opening a paragraph: the speaker of the quote left open at the end
    // of the paragraph before (“A ¶ “B”), else the speaker the sentence closing
    // that paragraph reports ("Roe said the walkout would go ahead. ¶ “…”").
    if (const ClaimDraft* lender =
            ParagraphLender(m_, claims_, quote_claim_, first_reported, static_cast<int>(q));
        lender != nullptr) {
      quote.speaker = lender->speaker;
      quote.inherited_entity = lender->inherited_entity;
      quote.inherited = true;
      quote.confidence = 0.5f;
      continue;
    }
    const int paragraph = ParagraphAt(quote.begin);
    auto it = std::lower_bound(all.begin(), all.end(), quote.begin,
                               [&](const Mention& m, int b) { return t_[m.first].end <= b; });
    // The latest person opening a sentence ("Richards also spoke about the
    // Hellerstedt case"), else the latest person named at all.
    const Mention* subject = nullptr;
    const Mention* any = nullptr;
    for (int steps = 0; it != all.begin() && steps < kMaxClaimLookback; ++steps) {
      --it;
      if (t_[it->first].paragraph < paragraph - 1) break;
      // (Not "at the Maelor", "at Tolka": a name where no person stands.)
      if (it->entity < 0 || it->owner >= 0 || !speakers_.StandsAsPerson(*it)) continue;
      if (any == nullptr) any = &*it;
      const int start = it->start();
      if (m_.sentences[m_.sentence_of_token[start]].first == start) {
        subject = &*it;
        break;
      }
    }
    const Mention* chosen = subject != nullptr ? subject : any;
    if (chosen != nullptr) {
      quote.speaker.first = chosen->start();
      quote.speaker.last = chosen->last;
      quote.speaker.entity = chosen->entity;
      quote.inherited = true;
      quote.confidence = 0.3f;
    }
  }
  // (Here, once all claims are found and before CreditDefiniteBodies.)
  CreditIssuedDocuments(IssuerReader{m_, mentions_, speakers_}, &claims_);
}

void ClaimFinder::LendContinuedSpeakers() {
  for (int q = static_cast<int>(m_.quotes.size()) - 2; q >= 0; --q) {
    const QuoteSpan& a = m_.quotes[q];
    const QuoteSpan& b = m_.quotes[q + 1];
    const int ca = quote_claim_[q], cb = quote_claim_[q + 1];
    if (a.close >= 0 || ca < 0 || cb < 0 || ca == cb) continue;
    const bool opens_next = t_[b.open].paragraph == t_[LastToken(a)].paragraph + 1 &&
                            StartsParagraph(t_, b.open);
    // “A,” she said. “B ¶ “C,” ...: B goes on from A, whose speaker it has.
    const bool goes_on = q > 0 && quote_claim_[q - 1] >= 0 &&
                         t_[LastToken(m_.quotes[q - 1])].paragraph == t_[a.open].paragraph;
    ClaimDraft& first = claims_[ca];
    const ClaimDraft& next = claims_[cb];
    if (!opens_next || goes_on || (first.speaker.found() && !first.inherited) ||
        (!next.speaker.found() && next.inherited_entity < 0)) {
      continue;
    }
    first.speaker = next.speaker;
    first.inherited_entity = next.inherited_entity;
    first.inherited = true;
    first.confidence = std::max(first.confidence, 0.6f);
  }
}

bool ClaimFinder::OwnPronounSpeaker(int q) const {
  const int ci = quote_claim_[q];
  if (ci < 0 || (q > 0 && quote_claim_[q - 1] == ci)) return false;
  const ClaimDraft& quote = claims_[ci];
  const Speaker& sp = quote.speaker;
  return !quote.inherited && sp.pronoun && !sp.anonymous && sp.last == sp.first + 1 &&
         (t_[sp.first].classes & kPersonPronoun) != 0;
}

void ClaimFinder::ChainPronounSpeakers(size_t first_reported) {
  const int n = static_cast<int>(m_.quotes.size());
  int q = 0;
  while (q < n && !OwnPronounSpeaker(q)) ++q;
  if (q == n) return;
  // The claim whose speaker comes first in each sentence (PreviousSpeaker reads
  // a sentence's first cue too), found once all claims are.
  std::vector<int> credited(m_.sentences.size(), -1);
  for (size_t i = 0; i < claims_.size(); ++i) {
    const Speaker& sp = claims_[i].speaker;
    if (!sp.found() || claims_[i].inherited) continue;
    int& slot = credited[m_.sentence_of_token[sp.first]];
    if (slot < 0 || sp.first < claims_[slot].speaker.first) slot = static_cast<int>(i);
  }
  for (; q < n; ++q) {
    if (!OwnPronounSpeaker(q)) continue;
    const int ci = quote_claim_[q];
    ClaimDraft& quote = claims_[ci];
    const Speaker old = quote.speaker;
    const int own = m_.sentence_of_token[std::min(m_.quotes[q].open, old.first)];
    if (own == 0 || m_.sentences[own - 1].paragraph + 1 < m_.sentences[own].paragraph) continue;
    const int lender = credited[own - 1];
    // (Only an unnamed source is lent: PronounAntecedent read names already.)
    if (lender < 0 || lender == ci || !claims_[lender].speaker.anonymous) continue;
    quote.speaker = speakers_.PronounAntecedent(
        old, m_.sentences[m_.sentence_of_token[old.first]], m_.sentences[own - 1],
        &claims_[lender].speaker);
    const Speaker& now = quote.speaker;
    if (now.entity == old.entity && now.anonymous == old.anonymous) continue;
    // ("“A,” she said. “B.”": B took the speaker A had.)
    for (size_t j = ci + 1; j < first_reported; ++j) {
      ClaimDraft& later = claims_[j];
      if (later.inherited && later.speaker.first == old.first && later.speaker.last == old.last) {
        later.speaker = now;
      }
    }
  }
}

void ClaimFinder::LendReportedSpeakers(size_t first_reported) {
  const size_t n = claims_.size();
  size_t from = first_reported;
  for (size_t i = 0; i < first_reported; ++i) {
    ClaimDraft& quote = claims_[i];
    if (quote.kind != v1::CLAIM_KIND_DIRECT_QUOTE || quote.speaker.found() ||
        quote.inherited_entity >= 0) {
      continue;
    }
    // Both lists run in text order; reported claims ending well before the quote
    // can be skipped for good.
    while (from < n && claims_[from].end + kLendWindow < quote.begin) ++from;
    for (size_t j = from; j < n && claims_[j].begin <= quote.begin; ++j) {
      const ClaimDraft& r = claims_[j];
      if (r.kind == v1::CLAIM_KIND_DIRECT_QUOTE || !r.speaker.found()) continue;
      if (r.begin <= quote.begin && quote.end <= r.end + 4) {
        quote.speaker = r.speaker;
        quote.cue_begin = r.cue_begin;
        quote.cue_end = r.cue_end;
        quote.cue_token = r.cue_token;
        quote.confidence = 0.6f;
        break;
      }
    }
  }
}

void ClaimFinder::LendEarlierSpeakers(size_t first_reported) {
  for (size_t i = 0; i < first_reported; ++i) {
    ClaimDraft& quote = claims_[i];
    if (quote.kind != v1::CLAIM_KIND_DIRECT_QUOTE || quote.speaker.found() ||
        quote.inherited_entity >= 0) {
      continue;
    }
    const int paragraph = ParagraphAt(quote.begin);
    const ClaimDraft* best = nullptr;
    for (const ClaimDraft& c : claims_) {
      if (!c.speaker.found() || c.inherited || c.begin >= quote.begin ||
          (best != nullptr && c.begin <= best->begin) ||
          ParagraphAt(c.begin) != paragraph) {
        continue;
      }
      best = &c;
    }
    if (best == nullptr) continue;
    quote.speaker = best->speaker;
    quote.inherited = true;
    quote.confidence = 0.5f;
  }
}

}  // namespace claims_internal
}  // namespace factwire
