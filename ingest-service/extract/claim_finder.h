#ifndef FACTWIRE_INGEST_SERVICE_EXTRACT_CLAIM_FINDER_H_
#define FACTWIRE_INGEST_SERVICE_EXTRACT_CLAIM_FINDER_H_

// Internal to claims.cc, quote_claims.cc and reported_*.cc (reported_claims.cc:
// cue verbs and their speakers; reported_spans.cc: where reported words begin and
// end; reported_documents.cc: "according to", documents, colon labels): the state
// and steps of FindClaims(). Not part of the extractor's interface.

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "absl/strings/string_view.h"
#include "ingest-service/extract/claims.h"

namespace factwire {
namespace claims_internal {

constexpr int kAfterWindow = 40;       // tokens between a quote and its cue
constexpr int kMaxSpeakerOffset = 10;  // tokens between a quote and its speaker
constexpr int kNextSentenceCue = 6;    // “… done.” Trump said: cue this close
constexpr int kMaxDirectGapWords = 5;  // "said in a statement on Tuesday:"
// Tokens from a listener cue to the "that" its clause opens with ("told a town
// hall in Salem, New Hampshire, on Monday that"), and words of a listener before
// the clause's subject pronoun ("told the county court she").
constexpr int kMaxListenerThatTokens = 16;
constexpr int kMaxListenerWords = 4;
constexpr int kSentenceLikeWords = 6;  // an unattributed quote this long is speech
constexpr int kLendWindow =
    2000;  // bytes: reported claims this far back may hold a quote
constexpr int kMaxClaimLookback = 32;  // claims searched for a speaker going on
constexpr int kMaxEmbeddedGap = 8;     // tokens between the verb and an embedded quote
constexpr int kMaxFinalSpeakerTokens = 8;  // "..., people close to the campaign said."
constexpr int kMaxAccordingTokens = 12;    // "according to an analysis by Lee Epstein"
constexpr int kMaxTitleWords = 6;          // “Green Eggs and Ham”
constexpr int kMaxClauseCueOffset = 6;     // ", after half of those polled said"
constexpr int kMaxLabelLeadWords = 4;
constexpr int kMaxRelativeClauseWords = 10;  // "who have praised his candidacy"
constexpr int kMaxLongAsideWords = 20;  // ", who asked not to be named because ...,"
constexpr int kMinFrontedClaimWords = 4;  // "The lander will not launch, ..." (not "Back then, ...")
constexpr int kMaxNominalAsideTokens = 5;  // ", his top campaign aide,"
constexpr int kMaxSourceModifierTokens = 8;  // "people familiar with the company's plans"
constexpr int kMaxContactSubjectWords = 3;  // "in a decision consumer groups said"
constexpr int kMaxLinkObjectWords = 8;  // "linked the low turnout in the north to"
constexpr int kMaxListenerTokens = 8;  // "urged legislators in other states to"
constexpr int kMaxSayingCircumstanceWords = 5;  // "said on Monday in a statement,"
constexpr int kMaxPlainSubjectTokens = 12;  // "the deputy head of ... to the forum said"
constexpr int kMaxDashLineTokens = 16;  // "-President Obama, tweeting after ..."
constexpr int kMaxCataphoraTokens = 120;  // "a judge ... Judge Catherine Ashworth"
constexpr int kMaxOwnedVenueWords = 4;  // "in its monthly market outlook that"
constexpr int kMaxSubjectAsideTokens = 8;  // ", the country's largest copper producer,"
constexpr int kMaxVenueWords = 12;  // "in a video message to the party's convention"
constexpr int kMinInterviewAnswers = 2;  // question-and-answer pairs that make an interview
constexpr int kBodyParagraphs = 3;  // "The airline said" this far after its claim
constexpr int kDocumentParagraphs = 8;  // "the report said" this far after its maker's
constexpr int kMaxQuantifierLetters = 7;  // "several", "another"
constexpr int kMaxBodyOfWords = 3;  // "chamber of agriculture and fisheries"
constexpr int kMaxDocumentPhraseTokens = 9;  // "in the latest Washington Post-ABC News poll"      // "'…': an interview with Gwen Alder"
// Classes of a word that opens no noun phrase ("also", "in", "who", "they"):
// no subject's first word.
constexpr uint32_t kNotSubjectWord = kFiller | kAffiliationPrep | kTimeWord | kAdverbial |
                                     kRelative | kPersonPronoun | kOtherPronoun |
                                     kSentenceAdverb | kNameConnector;
constexpr uint32_t kWordClassesNotVerbs =
    kDeterminer | kAffiliationPrep | kTitle | kSpeakerNoun | kTimeWord | kRelative;

inline bool IsWord(const Token& t) {
  return t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber;
}
inline bool IsTerminal(const Token& t) {
  return t.kind == TokenKind::kPunct &&
         (t.punct == '.' || t.punct == '!' || t.punct == '?' || t.punct == 'E');
}

// Finds the claims of one document: quotes first (quote_claims.cc), then reported
// speech sentence by sentence (reported_claims.cc), then speakers lent to bare
// quotes and quotes embedded in someone's clause. Single use; not thread-safe.
class ClaimFinder {
 public:
  ClaimFinder(const TextModel& model, const MentionFinder& mentions)
      : m_(model),
        t_(model.tokens),
        mentions_(mentions),
        speakers_(model.text, model.tokens, mentions, model.quotes),
        cue_used_(model.tokens.size(), false),
        cue_reads_(model.tokens.size(), 0),
        quote_claim_(model.quotes.size(), -1),
        attribution_end_(model.quotes.size(), -1) {}

  std::vector<ClaimDraft> Run() {
    // (About a claim a quote and one a sentence: room made once, not moved
    // at every doubling.)
    claims_.reserve(m_.quotes.size() + m_.sentences.size());
    for (size_t q = 0; q < m_.quotes.size(); ++q) Quote(static_cast<int>(q));
    LendContinuedSpeakers();
    const size_t first_reported = claims_.size();
    for (const Sentence& s : m_.sentences) Reported(s);
    ChainPronounSpeakers(first_reported);
    LendReportedSpeakers(first_reported);
    LendEarlierSpeakers(first_reported);
    LendMentionedSpeakers(first_reported);
    for (size_t q = 0; q < m_.quotes.size(); ++q) {
      if (quote_claim_[q] < 0) EmbeddedQuote(static_cast<int>(q));
    }
    LendPluralAntecedents();
    LendOfficeOwners();
    CreditDefiniteBodies();
    CreditBenchMembers();
    CreditResearchTeams();
    NameIndefiniteTitles();
    NameDescribers();
    NameGroupMembers();
    CreditInterviewAnswers();
    return std::move(claims_);
  }

 private:
  absl::string_view Word(int k) const { return TokenText(m_.text, t_[k]); }
  // True if token `k` is a word with one of the cue `flags` that reads as a cue
  // there (not quoted, not a noun, a phrase cue with its particle, ...).
  bool IsCue(int k, uint8_t flags) const {
    const Token& t = t_[k];
    return t.kind == TokenKind::kWord && (t.cue & flags) != 0 && CueReadsAsCue(k, flags);
  }
  // IsCue() for a word whose cue flags meet `flags`: the checks of its context.
  // The answer hangs on `k` and two bits of `flags` only (kCueDocument for a
  // document cue, kCueQuote for a capitalised word); it is kept in cue_reads_
  // (a cue is asked again and again, with various flags).
  bool CueReadsAsCue(int k, uint8_t flags) const;
  // CueReadsAsCue() uncached.
  bool CueReadsAsCueUncached(int k, uint8_t flags) const;
  // True when the cue word at `k`, one of lexicon::IsConstructionCue(), reads as
  // no cue in its construction here: OrderWithoutThat, LinkWithoutTo,
  // BlameWithoutCause, a refusal not before "to" and a speaking verb, or
  // NounOrQuantityCue.
  bool ConstructionCueReadsOtherwise(int k) const;
  // True when a particle ("back", "on", "in", "up", "out", "it") follows a phrase cue at
  // `k`.
  bool HasCueParticle(int k) const;
  // True when the cue word at `k` is a noun or counts something here: a
  // noun-like cue after a number or before "of" and an amount ("its 2017
  // estimate of A$2 billion"), "add" before a number or money ("will add 2,200
  // megawatts"), a plural noun-like cue after a noun or adjective and before a
  // change verb or a plural verb ("Jobless claims rose", "the estimates were
  // revised").
  bool NounOrQuantityCue(int k) const;
  // True when token `k` is a verb of ordering (lexicon::IsOrderCue) without
  // "that" right after it: an act ("ordered a recall"), no speech.
  bool OrderWithoutThat(int k) const;
  // True when token `k` is a verb that ties a cause to an outcome
  // (lexicon::IsLinkCue) with no object and "to" after it within
  // kMaxLinkObjectWords words of its clause: "the bridge links the two towns",
  // "was linked to the gang" (not "linked the fall to the strike").
  bool LinkWithoutTo(int k) const;
  // True when token `k` is a verb of blaming (lexicon::IsBlameCue) whose
  // object is a person (BlamedPersonAt) with no cause preposition after it
  // (lexicon::IsBlameCausePreposition, not "on" before a time word: "on
  // Monday") within kMaxLinkObjectWords tokens of its clause: "blamed himself
  // after the loss", "blamed the referee" (not "blamed
  // the referee for the defeat", "blamed weaker demand").
  bool BlameWithoutCause(int k) const;
  // True when token `k` (after one lowercase determiner) opens a person as an
  // object: a person's object pronoun, "her", a reflexive ("himself",
  // "themselves"), a speaker noun or title ("the minister") or a person noun
  // (lexicon::IsPersonNoun); not an "-er" thing ("the weather").
  bool BlamedPersonAt(int k) const;
  // True when `sp` can tie a cause to an outcome with the link cue at `c` as a
  // claim of theirs. For the past "linked": a named person or body, he/she
  // (kPersonPronoun), or an unnamed head that is a speaking noun, a person, a
  // body, a police force, forecasters or a study ("Police", "Economists", "the
  // coroner"); for the present "links" only a document or a study ("A new study
  // links ...": "The company links pay to performance" is a practice). Never a
  // thing ("The new bridge", "The railway").
  bool LinkingSpeaker(const Speaker& sp, int c) const;
  // True if token `k` is a lowercase body noun: a kOrgKind word or
  // lexicon::IsBodyNoun ("ministry", "centre", "operator").
  bool BodyNounAt(int k) const;
  // True when token `k` may modify a noun after it ("weather", "growth",
  // "revised"): a lowercase word that is no cue, pronoun, determiner, relative,
  // filler, auxiliary, preposition, conjunction or "-ly" adverb.
  bool IsModifierWord(int k) const;
  // Last token of the quote: the close mark, or the paragraph's last token.
  int LastToken(const QuoteSpan& q) const;
  int WordsIn(int from, int to) const;
  // The quoted words without surrounding spaces and a trailing comma.
  std::pair<int, int> Trim(int begin, int end) const;
  void SetCue(int first, int last, ClaimDraft* claim, bool use = true);
  int AddClaim(ClaimDraft claim);
  // "“…,” said Vigil", "“…,” Vigil said", "“…” ― Name". Sets cue and speaker.
  bool After(int close, int hi, ClaimDraft* claim, int* end_token);
  // True when token `k` (before `hi`) reads as the verb of a clause ("would",
  // "has", "doesn't", "wanted"): a name before it is that clause's subject.
  bool ClauseVerbAt(int k, int hi) const;
  // "“…”: Gwen Alder", "'…': an interview with Gwen Alder": a colon right after
  // the quote's close mark at `close`, up to kMaxLabelLeadWords lowercase words,
  // and a person's name ending the sentence (before `hi`); else nothing.
  Speaker LabelAfter(int close, int hi) const;
  // "X noted, “…”", "…, stating, “…”", "according to X, “…”", "X: “…”".
  // Sets *mixed when words stand between the cue and the quote.
  bool Before(int open, int lo, const Sentence& first_sentence, ClaimDraft* claim,
              bool* mixed, int* content_first);
  void Quote(int qi);
  // The person or name mention ending just before the first comma of [a, cue) and
  // starting near `a` ("Nate Silver, the polling guru who founded the site,
  // tweeted"), or nothing.
  Speaker NameBeforeAppositive(int a, int cue) const;
  // True when "and", "but", "while", "whereas", "yet" or ";" lies in [from, to).
  bool HasClauseJoin(int from, int to) const;
  // True when tokens (a, c) are all fillers ("it now says").
  bool OnlyFillersBetween(int a, int c) const;
  // "The harbour master, Lena Voss, did not reply.": true when speaker `sp` is
  // set off by commas and only fillers stand between the second comma and the
  // cue at `c`: the words before the first comma are the speaker's title, no
  // claim (not "X is unsafe, Lena Voss, the harbour master, said").
  bool TitleBeforeSpeaker(const Speaker& sp, int c) const;
  // “Hallelujah”, “The Godfather”: a short quote in title case inside a sentence,
  // after a word and not before a comma, names a work; it is no claim.
  bool IsTitleOfWork(const QuoteSpan& q) const;
  // True when a noun for a work ("show", "book", "film"), maybe and a comma, stands
  // right before the quote opening at token `open`.
  bool WorkNounBefore(int open) const;
  // "Related: ‘The Long Road’", "Read more: “Why the river keeps rising”": true
  // when the quote opening at token `open` follows a colon after a whole
  // pointer label (up to kMaxLabelLeadWords words, lexicon::IsPointerLabel; not
  // "Also:") that opens its paragraph: the title of another piece, no claim.
  bool AfterFurnitureLabel(int open) const;
  // "‘The Long Road’ — our series on life along the highway": true when the
  // quote `q` opens its paragraph and a dash and up to kMaxLabelLeadWords
  // lowercase words, no cue or pronoun among them, ending in a noun for a work
  // (lexicon::IsWorkNoun) that closes its phrase (ClosesWorkPhrase) follow it:
  // a pointer line's title. Not "— she told the programme on Sunday".
  bool WorkNounAfter(const QuoteSpan& q) const;
  // True when the work noun at token `k` ends its noun phrase: it is no
  // possessive, and the paragraph, a mark or a preposition of its topic or
  // maker follows ("our series on ...", "a podcast about ...", "a film.").
  bool ClosesWorkPhrase(int k) const;
  // A quote that titles a piece rather than quoting anyone: IsTitleOfWork,
  // AfterFurnitureLabel or WorkNounAfter.
  bool NamesAWork(const QuoteSpan& q) const;
  // "Cruz continued:" / "Politico reveals the facts:" before a quote, in the same
  // or the previous paragraph: the cue's speaker, else the sentence subject.
  bool ColonIntro(int open, ClaimDraft* claim);
  // "“We're not going anywhere.” That was the message from striking workers.": a
  // sentence after the quote naming it a message, warning or verdict from or of
  // someone credits it to them.
  bool MessageFrom(const QuoteSpan& q, ClaimDraft* claim);
  // "Her verdict on the plan is blunt: “…”": a his/her/their message noun
  // ("verdict", "answer", "warning") opening sentence `s` and a short predicate up
  // to the colon at `colon`: the owner, as a pronoun speaker; else nothing.
  Speaker MessageOwner(const Sentence& s, int colon) const;
  // "“…” ¶ -Michelle Marks, Philadelphia.": a short line opening with a dash and
  // a person's name right under a quote that ends its paragraph signs the quote.
  bool DashLine(const QuoteSpan& q, ClaimDraft* claim);
  // A quote with no attribution near it: speech when it reads like a sentence,
  // credited to the speaker of the last quote in this or the previous paragraph.
  bool Unattributed(const QuoteSpan& q, int begin, int end, ClaimDraft* claim);
  int ParagraphAt(int byte) const;
  // The latest person named before token `k` in its paragraph, or nothing.
  Speaker PersonInParagraphBefore(int k) const;
  // Tokens [k, end) of the reported words after a cue: skips a listener
  // ("told reporters"), "that" and punctuation; stops before a participle that
  // introduces a quote or at a quote credited elsewhere. An empty range
  // {from, from} when the cue reports nothing ("wrote to the board asking").
  std::pair<int, int> ContentAfter(int cue, int from, const Sentence& s) const;
  // The first token of the reported words after cue `cue` (from token `from`):
  // past the listener ("told reporters"), "that", a time or medium adverbial;
  // -1 when the cue reports nothing ("wrote to the board asking for ...").
  int ContentStart(int cue, int from, const Sentence& s) const;
  // The token after a vote's tally opening at token `k` of `s` ("5-2", "7 - 2"
  // without a space before the dash), else `k`.
  int VoteTallyEnd(int k, const Sentence& s) const;
  // True when token `k` is a lowercase "-ly" adverb of more than four letters
  // ("publicly", "insistently"), not a noun of that ending ("family",
  // "assembly", "rally"; lexicon::IsLyNoun).
  bool LyAdverbAt(int k) const;
  // "urged both sides to compromise", "told members to reject it", "called on
  // the minister to resign": the first token of a listener the infinitive after
  // it makes the subject of what the cue reports (up to kMaxListenerTokens words,
  // no clause, topic or cue among them); -1 when the cue takes no such listener.
  int InfinitiveSubject(int cue, int from, const Sentence& s) const;
  // Index of the first quote opening at or after token `k`.
  size_t FirstQuoteFrom(int k) const;
  bool QuoteClaimedAt(int open) const;
  // Marks unclaimed quotes inside [first, last) as part of a claim; true if any.
  bool AbsorbQuotes(int first, int last, int claim, int* last_close);
  // "Trump further summed up Clinton as “terrible”": a quote inside a clause whose
  // subject names someone is a mixed quote of that subject; the verb is the cue.
  void EmbeddedQuote(int qi);
  // True when a lowercase word that reads as a verb follows the speaker phrase.
  bool FollowedByVerb(const Speaker& sp, int hi) const;
  // True when a comma or semicolon lies in tokens [from, to).
  bool HasClauseBreak(int from, int to) const;
  // The end (exclusive) of the clause running on from token `from`: the first
  // comma, semicolon, dash or parenthesis, else the sentence end without its final
  // punctuation. Used to end mixed quotes.
  int ClauseEnd(int from, int sentence_last) const;
  // A lowercase past-tense verb ending the clause: "he surmised.", "she went on,".
  bool IsSpeechVerbAfter(int k) const;
  // True when a clause-joining word lies in tokens [from, to) ("..., but he warned").
  bool HasConjunction(int from, int to) const;
  // The first cue in tokens [from, to) with a subject of its own, or -1:
  // "Obama said he expected that Americans will say “no”" -> "said".
  int OuterCue(int from, int to, Speaker* speaker) const;
  // A quote that runs to the end of its paragraph and goes on in a quote opening
  // the next one (“A ¶ “B,” said X) is X's too, unless it has its own speaker.
  void LendContinuedSpeakers();
  // "A customer ..., who asked not to be named, said .... She said .... ¶ “…,”
  // she said.": a quote's own he/she speaker resolves again
  // (SpeakerFinder::PronounAntecedent) against the speaker of the claim whose
  // speaker comes first in the sentence before, reported speech included, when
  // that speaker is unnamed and the sentence's own cue yields no speaker or only
  // a pronoun; quotes that inherited the old speaker take the new one.
  void ChainPronounSpeakers(size_t first_reported);
  // True when quote `q` opens its claim and that claim's speaker is its own
  // he/she (not inherited, not yet resolved to an unnamed phrase).
  bool OwnPronounSpeaker(int q) const;
  // The first token of what was said after a listener cue `cue` (kCueObject:
  // "told", "assured") whose words start at `k`, before the quote at `open`: the
  // token after "that" (kMaxListenerThatTokens), after a listener pronoun ("told
  // them"), or the subject pronoun opening the clause after a short listener
  // ("told the court she had"); else `k`.
  int ContentAfterListener(int k, int open, int cue) const;
  // “...” in the 2008 primary, said Paul Beck: a quote with no speaker of its own
  // inside reported speech takes the reporter's speaker.
  void LendReportedSpeakers(size_t first_reported);
  // "Regalado said he was inundated. “…”": a quote still without a speaker takes
  // the speaker of the latest claim before it in its paragraph, reported speech
  // included (quotes inherit from earlier quotes in Unattributed()).
  void LendEarlierSpeakers(size_t first_reported);
  // "Still, the authors cautioned ... “…,” they wrote.": a "they" that resolves
  // to no one names the source of the nearest earlier claim in its own or the
  // previous paragraph when that speaker is an unnamed group ("the authors",
  // "officials"); the speaker stays "they".
  void LendPluralAntecedents();
  // "his campaign said", "her office said": an unnamed speaker of two words, a
  // his/her and an organisation kind, speaks for the person the pronoun
  // resolves to, who becomes the source; the speaker stays the phrase.
  void LendOfficeOwners();
  // "The unit said", "..., the co-operative said", "The audit found that": an
  // unnamed speaker that is a definite body or document (DefiniteBodyHead())
  // speaks for the organisation credited with the latest claim before it within
  // kBodyParagraphs (a document: kDocumentParagraphs) paragraphs that fits it
  // (BodyFits(); for a document, a claim
  // of a document, SpeaksOfDocument()); the speaker stays the
  // phrase. Claims are taken in text order, so one credited so may credit the
  // next ("the airline announced ... The airline said"). A document credited
  // to no organisation is named by the unnamed maker of an earlier document
  // within the window ("a report by the state audit office ... The report
  // found": UnnamedMakers(), UnnamedMakerBefore()).
  void CreditDefiniteBodies();
  // "The judges found that ...": an unnamed speaker that is "the" and a
  // court's bench member (lexicon::IsCourtBenchMember: judges, justices,
  // magistrates) speaks for the court (an organisation whose name holds
  // lexicon::IsBenchBody) credited with a claim, when the document's claims
  // credit exactly one such court and one of its own claims lies within
  // kBodyParagraphs of the members' paragraph; the speaker stays as written.
  void CreditBenchMembers();
  // The paragraphs of the claims credited to `entity`, in claim order.
  std::vector<int> ClaimParagraphsOf(int entity) const;
  // True when one of `paragraphs` lies within `window` paragraphs of
  // `paragraph`, before or after it.
  static bool NearAParagraph(const std::vector<int>& paragraphs, int paragraph, int window);
  // "the researchers noted", "the team reported": a definite research group
  // (lexicon::IsResearchGroupNoun) that is an unnamed speaker speaks for the
  // one research body the document names (SingleResearchBody); the speaker
  // stays as written.
  void CreditResearchTeams();
  // True when token `head` names a research group: "researchers",
  // "scientists" (lexicon::IsResearchGroupNoun), or "team"
  // (lexicon::IsResearchTeamNoun) in a sentence naming a study, journal, paper
  // or findings (lexicon::IsResearchReportNoun); a sports "team" is not.
  bool ResearchGroupAt(int head) const;
  // The one organisation entity of the document whose name holds a research
  // body's word (lexicon::IsResearchBodyWord: "Institute", "University",
  // "Laboratory"), -1 when none or more than one.
  int SingleResearchBody() const;
  // The one court or tribunal organisation credited with a claim in the
  // document (CreditBenchMembers), -1 when none or more than one.
  int SingleCreditedCourt() const;
  // "according to a report by the state audit office": the claims whose
  // unnamed, non-pronoun speaker is a body (MakerHead() a body noun) right
  // after a document noun and an issuer preposition ("by", "from":
  // lexicon::IsIssuerPreposition; an article between), as (speaker's first
  // token, claim) in text order. One pass over the claims.
  std::vector<std::pair<int, int>> UnnamedMakers() const;
  // Of `makers` (UnnamedMakers()), the latest speaker starting before token
  // `first` and at most `window` paragraphs before it that is still unnamed
  // (no entity credited since); else nothing. Walks back from `first` only.
  Speaker UnnamedMakerBefore(const std::vector<std::pair<int, int>>& makers, int first,
                             int window) const;
  // "Kafue Copper Smelting will lay off 400 workers, the company said": the
  // organisation whose name opens `claim` (after an article) when the claim
  // stands before its speaker, a definite body whose noun at `head` fits it
  // (BodyFits; not a document's noun); else -1.
  int FrontedClaimSubject(const ClaimDraft& claim, int head) const;
  // The head token of speaker `sp` when it reads "the" (inside or right before
  // it), up to three lowercase or hyphenated modifiers and a singular body noun
  // (kOrgKind, lexicon::IsBodyNoun), or right after "the" a public body's or a
  // document noun ("the agency", "the audit"); else -1. Not a speaker an
  // earlier phrase names (name_first).
  int DefiniteBodyHead(const Speaker& sp) const;
  // "ministry figures show", "Council papers show": the body noun (kOrgKind,
  // lexicon::IsBodyNoun; capitalised only opening its sentence) right before
  // the document noun (or lexicon::IsIssuedPaperNoun) ending unnamed speaker `sp` (or the earlier phrase
  // that names it: "The same papers"), after nothing or "the"; else -1. Not credited to an organisation, such a speaker is named by
  // that body noun (CreditDefiniteBodies).
  int DocumentBodyHead(const Speaker& sp) const;
  // "court filings", "police records": true when the noun at `noun` names
  // records kept or filed with the body at `body` (lexicon::IsRecordNoun), not
  // papers it issues (lexicon::IsIssuedPaperNoun: "council papers"); such
  // records speak for themselves.
  bool FiledWithBody(int body, int noun) const;
  // True if the word at `noun`, after the word at `before`, names records an
  // office keeps ("court records", "official results"; lexicon::IsRecordNoun
  // on the lowercased word before).
  bool RecordNounAfter(int noun, int before) const;
  // The end of the phrase that names speaker `sp`: the earlier phrase it
  // repeats ([name_first, name_last)) when there is one, else its own.
  static int NamingLast(const Speaker& sp) {
    return sp.name_first >= 0 ? sp.name_last : sp.last;
  }
  // "The Met Service expects rain ... The forecaster said ...": true when the
  // body noun at `head` names forecasters (lexicon::IsForecastingNoun) and
  // `claim`, an organisation's, is a forecast (lexicon::IsForecastCue).
  bool ForecasterFits(const ClaimDraft& claim, int head) const;
  // True when entity `entity` may be what the body or document noun at `head`
  // describes: its name ends in that word ("the unit" for "Fraud Investigating
  // Unit"); else an organisation: any for a document, of no public kind for a
  // business's or group's noun, of that kind word for a public body's ("the
  // agency" for an organisation the text calls an agency).
  bool BodyFits(int entity, int head) const;
  // True when `claim` reports a document's words: its cue speaks for documents
  // ("found", "show") or its speaker's sentence names a document ("according to
  // a report by ...", "said in a report"). `names_document` caches, by
  // sentence, whether a sentence names a document (-1: not yet read); it is
  // sized on first use.
  // (A document named only inside the claimed words is what the speaker talks
  // about, not where they speak: "It said the audit ignored ...":
  // DocumentOutsideWords().)
  bool SpeaksOfDocument(const ClaimDraft& claim, std::vector<int8_t>* names_document) const;
  // True when sentence `s` holds a lowercase document noun outside the claimed
  // words of `claim` ("according to a report by ...", "said in a report that").
  bool DocumentOutsideWords(const ClaimDraft& claim, const Sentence& s) const;
  // "in what a judge called “…” ... Judge Catherine Ashworth said": an unnamed "a
  // <title>" speaker with no one before it is the person named next with that
  // title, within kMaxCataphoraTokens; the speaker stays the phrase.
  void NameIndefiniteTitles();
  // "a senior official at the ministry said", "Officials in Tromso said": an
  // unnamed speaker is named by its describer (DescriberCore); the speaker
  // stays as written.
  void NameDescribers();
  // "Two people familiar with the talks said ... one of the people said": an
  // unnamed "the <noun>" or "<count> of the <noun>" speaker (GroupMemberHead),
  // after the claim or before it, is named by the nearest unnamed speaker
  // before it whose name opens with that noun, when that one runs on
  // (kMinGroupWords: a bare "people" nearer names no one); the speaker stays as
  // written. One pass over the speakers in text order.
  void NameGroupMembers();
  // The lowercase noun ending a speaker written as "the <noun>", "<count> of
  // the <noun>" (lexicon::IsPartitiveLink) or the tail of either in the text
  // ("people" after "One of the"), whose name is its own or that noun alone
  // ("one of the people" -> "people"); else -1.
  int GroupMemberHead(const Speaker& sp) const;
  // The describer in tokens [first, last) of an unnamed source: its head noun
  // phrase without what follows it ("at the ministry", "in Tromso", "who ...");
  // all of it for a count ("4 in 10"), a source tied to the story ("people
  // familiar with the talks"), a share ("62 percent of voters"), a document's
  // maker ("estimates from the Election Lab") or a name spoken for ("a
  // spokesperson for FoodDash"). {-1, -1} when that is the whole range.
  // (A participle before "by" ends the head of what is no document: "the
  // information service run by donors" -> "information service".)
  std::pair<int, int> DescriberCore(int first, int last) const;
  // "Two of the court's seven justices": for a count other than "one" and
  // "of" opening tokens [first, last), the first of the lowercase words
  // ending the range (no count, determiner, pronoun or owner) when the last is
  // a speaking noun (SpeakingNounAt): "justices"; else -1.
  int CountedGroupHead(int first, int last) const;
  // "the council's finance department": for tokens [first, last) of "the",
  // a lowercase owner with its "'s" and two or three lowercase words ending in
  // a body noun (BodyNounAt), the first of those words; else -1. (A name's
  // body keeps its owner, "Ukraine's foreign ministry", and so does a lone
  // noun, "the bank's board".)
  int OwnedBodyStart(int first, int last) const;
  // "One juror", "The two lawmakers", "some voters": for tokens [first, last)
  // of an unnamed source's phrase, a count word or a vague quantifier
  // (VagueQuantifierAt; "the" may open it) and one to three lowercase words,
  // not a share ("Thirty percent"), the first word after the count (and after
  // a number word the quantifier scales: "Several hundred workers" ->
  // "workers"); else -1.
  // (The speaker's text keeps the count.)
  int CountedNameStart(int first, int last) const;
  // True when token `k` is a quantifier standing for a number, in any case
  // ("some", "Many", "several": lexicon::IsQuantifierPronoun), not a negative
  // one ("Few", "none": lexicon::IsNegativeQuantifier).
  bool VagueQuantifierAt(int k) const;
  // True when `sp` is an unnamed group: an anonymous phrase ending in a
  // lowercase plural ("the authors", "Marine conservation groups").
  bool IsUnnamedGroup(const Speaker& sp) const;
  // "…, since Trump spoke only in bromides. ¶ “We have to be tougher.”": a quote
  // still without a speaker takes the latest person named before it in its own or
  // the previous paragraph.
  void LendMentionedSpeakers(size_t first_reported);
  // True when the cue at `c` is no speech here: a passive listener verb ("was told
  // to leave", "are being urged to") or "call" that phones or cancels
  // ("called her mother", "called off the search") rather than names ("called the
  // plan reckless") or asks ("called for a review", "called on X to resign"), a
  // request for anonymity ("who asked not to be named"), or "recall" that
  // withdraws an envoy ("recalled its ambassador").
  bool NotSpeech(int c, const Sentence& s) const;
  // True when the verb at `c` is a passive participle ("have been accused of",
  // "was also criticised"): its subject is who was spoken about, not the
  // speaker. Not "was asked" (an answer follows) nor "was quoted as saying".
  bool PassiveCue(int c) const;
  // True when a reported clause starts at token `k`: "that", or a lowercase
  // pronoun and a verb ("he would", "it had").
  bool OpensClause(int k) const;
  // The agent of a passive cue at `verb` named after the quote closing at
  // `close` ("has been called “strategic ambiguity” by Joshua Hendrick"), before
  // `hi`; nothing when the verb is active or no "by" follows the quote.
  Speaker PassiveAgent(int verb, int close, int hi) const;
  // True when the cue at `c` follows "and" or "but" (fillers between) with no
  // subject of its own: "toured the site and then said", "declined but said".
  bool CoordinatedCue(int c, const Sentence& s) const;
  // True when the word at `k` looks like a plural noun ("clients"), not a verb.
  bool PluralNoun(int k) const;
  // True when `sp` is a bare relative pronoun ("who", "which").
  bool IsRelativeSpeaker(const Speaker& sp) const;
  // True when cue `c` (below `hi`) is a passive "be asked to": a request the
  // subject hears ("staff would be asked to cover").
  bool PassiveRequest(int c, int hi) const;
  // True when cue `c` lies inside the words of a claim an earlier cue of sentence
  // `s` reported ("said the agency was reviewing it and would announce ..."); sets
  // `*outer` (when given) to that claim.
  bool InsideEarlierClaim(int c, const Sentence& s, const ClaimDraft** outer = nullptr) const;
  // True when "and" or "but" at `j` (adverbs after it) joins a second verb of the
  // speaker of cue `cue` to the reported words starting at `content`: after a
  // participle cue, another speech participle ("calling him X and accusing him");
  // after an object (ObjectOnly), a speech verb or a past-tense verb with an
  // object ("called it reckless and accused ...", "... and boycotted the debate").
  bool CoordinatedVerbAt(int j, int cue, int content, const Sentence& s) const;
  // ObjectOnly() with no past verb or cue word in [from, to) either: "the
  // charges through his lawyer", not "the RNC agreed to allow ...".
  bool BareNounPhrase(int from, int to) const;
  // True when tokens [from, to) read as a verb's object, with no clause of their
  // own: no "that", subject pronoun, relative word or auxiliary.
  bool ObjectOnly(int from, int to) const;
  // True when token `k`, right after a verb, opens its object or clause: a name,
  // number, quote, determiner, pronoun, "to", "that", a question word, a
  // quantifier of each ("accepted all nine", lexicon::IsEachQuantifier), or a
  // word before "to" ("urging members to ...").
  bool OpensObject(int k) const;
  // The first token after a time adverbial ("on Tuesday", "last week") that
  // opens the reported words at `k`, else `k`.
  int AfterTimeAdverbial(int k, const Sentence& s) const;
  // The "that" after a span of time at `k` ("for months", "over the past year")
  // when "that" follows it, else `k`.
  int AfterDurationAdverbial(int k, const Sentence& s) const;
  // For "to" at `k` opening a noun phrase right after a cue ("wrote to the board
  // ...", "adding to their lead"): the "that" after the phrase, or the first
  // token of the clause a subject pronoun or question word opens ("... to the
  // board they ...", "explained to the players why ..."), or
  // -1 when no clause follows (the verb reports nothing); `k` when `k` opens no
  // such phrase ("vowed to reopen").
  int AfterToPhrase(int k, const Sentence& s) const;
  // The first token after "in a statement", "on a call", "during an interview"
  // at `k` when a clause follows it, else `k`.
  // "said in its annual report that the lists grew": after the venue
  // preposition at `k`, a determiner and up to kMaxOwnedVenueWords lowercase
  // words (no pronoun, relative word or second determiner) before a "that" that
  // opens a clause (no verb right after it: not "the report that was
  // published"), not after a phrasal cue's particle ("pushes back on the
  // narrative that"): the token after "that"; else `k`.
  int AfterOwnedVenue(int k, const Sentence& s) const;
  // "ruled on the claim that the firm had lied": at `k`, a medium preposition,
  // a determiner and up to kMaxOwnedVenueWords lowercase words ending in a
  // noun with a that-clause of its own (lexicon::IsThatNoun; not a document,
  // message or account, which are where it was said) right before "that", the
  // preposition one that can open a topic (lexicon::IsTopicPreposition: "on",
  // "over"; not "in his evidence"). The clause is the noun's, what the saying
  // was about, and no one's claim.
  bool AboutContentNounClause(int k, const Sentence& s) const;
  int AfterMediumAdverbial(int k, const Sentence& s) const;
  // "Lerer reported from Los Angeles": a short prepositional phrase says nothing;
  // nor does one opening with "by" ("Reporting by Jo Ng").
  bool CreditLine(std::pair<int, int> content) const;
  // The noun phrase between the last comma and a sentence-final cue
  // ("..., people close to Clinton say."), or nothing.
  Speaker PhraseAfterComma(int cue, const Sentence& s) const;
  // True when only ", an appositive" or a relative clause ("who point to ...")
  // without cues follows token `k` to the sentence end.
  bool AppositiveToEnd(int k, const Sentence& s) const;
  // "Cruz called them on it:" before a quote: the quote is the claim.
  bool IntroducesQuote(const Sentence& s) const;
  // An anonymous "according to" phrase `sp` kept when its head is a person, group
  // or document that speaks ("officials", "reports"); a thing ("its annual
  // budget", "the schedule") is no source: not anonymous, credited to its owner
  // ("its" -> the latest organisation, "his"/"her" -> the person) when known.
  Speaker ThingOrAgent(Speaker sp) const;
  // "researchers found that ...", "Researchers found that ...": people who study
  // something, as a plural speaking noun (capitalised only as the phrase's first
  // word), with "that" right after the document cue at `cue`.
  bool ResearchersFound(const Speaker& sp, int cue, const Sentence& s) const;
  // "Researchers at the university surveyed 400 farms. They found that ...": a
  // "they" speaker `sp` of a cue with a that-clause at `cue`, opening sentence
  // `s` right before the cue (fillers between), names the researchers that open the
  // main clause of the sentence before (same or previous paragraph):
  // ResearchersOpening(): `sp`, still "they", with that phrase as its name.
  // Else nothing.
  Speaker TheyForResearchers(Speaker sp, int cue, const Sentence& s) const;
  // Tokens [first, last) of a plural agent noun phrase ("Researchers", "The
  // marine biologists": an optional article, up to two modifiers
  // (NounModifierAt; capitalised only first) and a plural head naming people
  // who study, inspect or investigate: lexicon::IsStudyAgent, not "Protesters")
  // opening the main clause of `s`; {-1, -1}
  // when there is none or a word that modifies no noun comes first ("Floods
  // kept inspectors").
  std::pair<int, int> ResearchersOpening(const Sentence& s) const;
  // True if word token `k` can modify a noun after it: no break of a noun
  // phrase (IsNounPhraseBreak: a preposition or participle), cue, determiner,
  // filler, pronoun, relative, time word or irregular past ("kept", "made").
  bool NounModifierAt(int k) const;
  // True if a mention of a person the text names in full starts at token `k`
  // ("Sanders" after "Bernie Sanders"; not a lone "Auditors").
  bool PersonNameAt(int k) const;
  // True if entity `entity` (-1: none) is a person named in full: a PERSON
  // whose name has a space ("Ruth Abernethy", not "Sanders").
  bool PersonNamedInFull(int entity) const;
  // "the watchdog found that ...", "a tribunal found that ...": an unnamed public
  // body (a kOrgKindPublic head: "regulator", "court", "committee") with "that"
  // right after the document cue at `cue` reports its findings; so does a
  // definite body (DefiniteBodyHead) or forecasters (ForecastingHead) that
  // "expect" (lexicon::IsForecastCue: "The forecaster expects more rain to
  // fall", "Economists expect ..."), not of people (ExpectsOfPeople).
  bool PublicBodyFound(const Speaker& sp, int cue, const Sentence& s) const;
  // "Tribunal member Ruth Abernethy found that ...", "The coroner found the
  // crash was an accident", "The inquiry found the council had ignored ...": a
  // person named (an entity) or an unnamed one or body by its speaking noun
  // (SpeakingNounAt), no pronoun, reports a finding when the cue at `cue` is a
  // verb of finding (lexicon::IsFindingCue) and a clause follows it in `s`:
  // "that" (OpensClause), or a subject and its verb (ClauseSubjectAt) after a
  // court or judging body (JudgingSpeaker) or people who study
  // (lexicon::IsStudyAgent); "Police found drugs in the car", "Romney found it
  // difficult", "Maria Lopez found her car had been towed" report nothing.
  bool FinderFound(const Speaker& sp, int cue, const Sentence& s) const;
  // True when a clause's subject and its finite verb start at token `k` of `s`:
  // a subject pronoun (lexicon::IsSubjectPronoun: "he had drowned"), or
  // an optional determiner, a name (a mention) or one to four plain nouns and
  // modifiers (IsModifierWord, an owner's "'s"), then a finite auxiliary
  // (lexicon::IsFiniteAuxiliary): "the company may operate", "the council had
  // ignored"; not "drugs in the car", "the defendant guilty".
  bool ClauseSubjectAt(int k, const Sentence& s) const;
  // True when speaker `sp` is a court, its officer or a body that sits in
  // judgment (lexicon::IsJudgingNoun, any case): a word of its phrase, of the
  // earlier phrase it repeats, or a title right before its name ("The
  // tribunal", "the Supreme Court", "Judge Farah Qureshi", "Prosecutors"); not
  // "The king".
  bool JudgingSpeaker(const Speaker& sp) const;
  // True if the head of `sp` names forecasters in any case
  // (lexicon::IsForecastingNoun: "Economists", "analysts") or the people whose
  // words are reported (lexicon::IsDescriberHead: "Officials", "sources").
  bool ForecastingHead(const Speaker& sp) const;
  // "The airline expects passengers to arrive early", "expects you to wash":
  // after the forecast cue at `cue`, a second-person pronoun, or (for a
  // definite `body`) people (lexicon::IsPersonNoun, a person's object pronoun,
  // or an agent noun or one of the people a body serves, lexicon::
  // IsServedPeopleNoun) after a quantifier (lexicon::IsEachQuantifier: "all",
  // "every") and a determiner at most, then "to" and a duty verb (lexicon::
  // IsDutyVerb: "customers to report", "staff to return"): what is required of
  // them, no view ("borrowers to struggle", "orders to rise" are forecasts).
  bool ExpectsOfPeople(int cue, const Sentence& s, bool body) const;
  // True for a noun naming a document that speaks at `k` ("report", "data").
  bool IsDocumentNoun(int k) const;
  // An anonymous document phrase `sp` credited to the organisation named in it
  // ("ONS data", "figures from the Health Agency"); else `sp`.
  Speaker DocumentOwner(Speaker sp) const;
  // Unnamed document speaker `sp` named by the definite body owning the document
  // ("The ministry's own figures": DefiniteBodyEndingAt before the "'s"); `sp`
  // otherwise.
  Speaker WithBodyOwner(Speaker sp) const;
  // "Figures from the Transport Ministry show ...", "Statistics published by
  // Statistics Norway on Monday showed ...": a document noun (any case, after
  // determiners and up to two modifiers) opening sentence `s` (after a dateline),
  // "from"/"by" (after one participle at most) and an organisation's name, then
  // up to cue `c` no comma or cue: the phrase, credited to that organisation;
  // else nothing.
  Speaker SubjectDocumentMaker(int c, const Sentence& s) const;
  // True when the word at `k` is a document noun in any case ("Figures").
  bool IsDocumentNounAnyCase(int k) const;
  // "the study found", "the FBI found": documents and organisations only.
  bool IsDocumentSpeaker(const Speaker& sp) const;
  // The first document noun of the sentence before token `before`, if any.
  Speaker DocumentSubject(const Sentence& s, int before) const;
  // True for a lowercase "-ed" or "-en" word at `k` that is no cue
  // ("published", "driven").
  bool IsParticiple(int k) const;
  // True for a lowercase "-ed" or "-en" word at `k` that is no determiner, title,
  // speaker noun, time word or relative, cue or not ("pushed", "published").
  bool HasParticipleShape(int k) const;
  // An "-ed"/"-en" word (a cue word too) with "by" after it, or a particle and
  // "by" ("helped by demand", "pushed up by dearer fuel"): a passive clause.
  bool IsPassiveClause(int k) const;
  // True when the comma, semicolon or dash at `k` (or a bare clause link:
  // "although", "but", "while"; "and" before a pronoun) opens a clause whose
  // subject speaks ("..., after half said so", "... - but she insisted ..."):
  // reported words end there.
  bool ClauseWithOwnSpeaker(int k, const Sentence& s) const;
  // True when token `k` opens a phrase that only qualifies what comes before it:
  // lowercase "with", "as", "amid" or "despite" (not "because", "to", "while":
  // those words report a reason or an aim of their own).
  bool OpensQualifyingPhrase(int k) const;
  // True when only adverbials follow token k to the sentence end, or where the
  // words were said ("she said in a video message to the convention."); with
  // `circumstance_ends`, also before a comma and a subordinator that opens the
  // saying's circumstance ("..., its developer said Thursday, after a valve
  // failed") or the speaker's reason ("..., he said, because ...").
  bool AtSentenceEnd(int k, const Sentence& s, bool circumstance_ends = false) const;
  // True when the token at `j` is a comma before a speech participle ("...,
  // citing low growth"), a passive clause ("..., helped by demand") or a manner
  // participle ("..., speaking on condition of anonymity").
  bool CommaOpensParticiple(int j, const Sentence& s) const;
  // True when token `k` (inside `s`) is a lowercase "-ing" word of six letters
  // or more ("blaming", "adding"): after a comma that ends the saying's time or
  // venue, the speaker's own clause.
  bool IngWordAt(int k, const Sentence& s) const;
  // True when tokens [k, s.last) are a phrase saying where or how the words were
  // said: a medium preposition ("in", "on", "at", "during", ...) and up to
  // kMaxVenueWords words without a clause of their own (no "that", comma,
  // cue, subject pronoun or relative): "on MSNBC's “Morning Joe.”".
  bool VenueToEnd(int k, const Sentence& s) const;
  // The token after the listener of an object cue at `c` ("told POLITICO",
  // "told the BBC"), else c + 1.
  int AfterListener(int c, const Sentence& s) const;
  // "It was never about him, his aides argued in interviews; it was about ...":
  // the clause after a semicolon that ends the attribution at token `k` (cue
  // `cue`) is the same speaker's too; emitted when it has no cue or quote.
  void AfterSemicolon(int k, int cue, const Speaker& sp, const Sentence& s);
  // "The plant will close, the company said on Monday, because demand fell.": the
  // reason after a comma and "because"/"since" following the attribution that
  // ends at token `k` (cue `cue`) is the same speaker's; emitted as its own claim
  // (without the time of the saying). Nothing when no reason opens there.
  void ReasonAfter(int k, int cue, const Speaker& sp, const Sentence& s);
  // True when token `j` is a comma before a reason opener and 2+ more tokens.
  bool ReasonOpensAt(int j, const Sentence& s) const;
  // True when the claim that took cue `c` is a quote ending before it ("“…,” X
  // told Y that ..."), not one the cue introduces.
  bool IsAttributionOfEarlierQuote(int c) const;
  // True when one of the latest claims starts in tokens [first, last] and runs to
  // the end of token `last` ("X said that ... no different, he said, from ...":
  // the words before ", he said" are already X's).
  bool ClaimEndsAt(int first, int last) const;
  // The latest claim (within kMaxClaimLookback) whose cue lies in [first,
  // before) and whose speaker was found, or nullptr.
  const ClaimDraft* EarlierClaim(int first, int before) const;
  // The speaker of EarlierClaim(first, before), or no speaker.
  Speaker EarlierSpeaker(int first, int before) const;
  // The colon after a name (not a place) or a capitalised speaking noun opening
  // sentence `s` ("Gwen Alder: ...", "Poll: ..."), or -1.
  int LabelColon(const Sentence& s) const;
  // True when two or more paragraphs open with "Name:" (computed once).
  bool IsTranscript();
  // True when paragraphs open with both "Q." and "A." (computed once).
  bool IsQaTranscript();
  // The person an interview questions, or -1 (computed once): when at least
  // kMinInterviewAnswers question paragraphs (QuestionParagraphAt) are each
  // followed by a paragraph that is none, the first PERSON entity (standing
  // as a person, not as an owner) of the paragraph before the first of them.
  int Interviewee();
  // True when sentence `i` opens a paragraph that asks a question: it opens
  // with a question word or an auxiliary ("Why ...", "Is ...") and every
  // sentence of it ends with "?" outside quotation marks, or it opens with a
  // "Q:" label; not past the text's last sentence.
  bool QuestionParagraphAt(int i) const;
  // The first sentence of the answer to the question paragraph opening at
  // sentence `i`: the next paragraph's, when it asks no question itself; -1
  // when `i` opens no question paragraph or no answer follows it.
  int AnswerAfter(int i) const;
  // In an interview (Interviewee), each sentence of a paragraph right after a
  // question paragraph, when no claim of the interviewee's starts in it and it
  // opens with no quote mark, is the interviewee's (also when it reports
  // another: "The company says ..."): an ATTRIBUTED claim with no cue, the
  // interviewee's entity as its speaker.
  void CreditInterviewAnswers();
  // "John McCain: Republican anger appeals to bad angels": a name, a colon, words;
  // in a transcript, the later sentences of the labelled paragraph too ("A:"
  // credits the Interviewee()).
  void ColonHeadline(const Sentence& s);
  // "In the latest poll, Clinton leads by 9 points", "Trump leads Cruz, in the
  // RealClearPolitics average": a short "in <document>" phrase opening or
  // closing a sentence without an attribution of its own credits the rest of it
  // to the document (or the organisation named in it).
  void InDocument(const Sentence& s);
  // The end (exclusive) of a document phrase after "in" at `in` whose head is a
  // document noun ("the latest Fox poll"), before `hi`; -1 when there is none.
  int DocumentPhraseEnd(int in, int hi) const;
  // True when the reported words `content` of sentence `s` are one word that
  // answers a question: "yes", "no", or a name after an opening "Asked which ...,"
  // ("Asked which candidate she backs, she said Moreno.").
  bool OneWordAnswer(std::pair<int, int> content, const Sentence& s) const;
  // "Consumer group Which? said ...": the name glued to a question mark right
  // before the cue `c` of sentence `s` (or ending the sentence before it), as
  // the speaker; else nothing.
  Speaker NameEndingInMark(int c, const Sentence& s) const;
  // "..., the court ruled, in a decision consumer groups said could ...": the
  // subject of a contact clause after ", in a <noun>" (up to
  // kMaxContactSubjectWords words right before cue `c` of `s`, no pronoun,
  // determiner or cue), as an unnamed speaker (the entity when a name is it);
  // else nothing.
  Speaker ContactClauseSubject(int c, const Sentence& s) const;
  // "The deputy head of the delegation to the forum said", "Ford itself said":
  // the noun phrase from the main clause's start to a "say" cue `c` of `s`, or
  // to another report cue after a speaking noun (SpeakingNounAt) (2 to
  // kMaxPlainSubjectTokens tokens, opening with a name, determiner or number, no
  // verb, pronoun, relative word or unlinked second determiner in it), as an
  // unnamed speaker (the entity when a name heads it); else nothing.
  Speaker PlainSubject(int c, const Sentence& s) const;
  // "..., but several resorts on the island said", "..., and farmers in the
  // valley say": PlainSubject() of the clause a link after a comma opens
  // (JoinedClauseStart) before a "say" cue `c` of `s`, which may also open with
  // a lowercase plural noun, but not with a denying count ("few", "no"); else
  // nothing.
  Speaker JoinedPlainSubject(int c, const Sentence& s) const;
  // "Hotels in Göreme say", "the mills near Tartu say": for a named speaker
  // `sp` of cue `c` of `s` that stands as no person (a place after a placing
  // preposition: SpeakerFinder::StandsAsPerson), the plain noun phrase holding
  // it from the clause's start (JoinedClauseStart, else MainClauseStart) to the
  // cue, as an unnamed speaker; else `sp`.
  Speaker PhraseHoldingPlace(Speaker sp, int c, const Sentence& s) const;
  // PlainSubject()'s noun phrase from token `start` to cue `c`; with
  // `bare_plural`, a lowercase plural (no auxiliary, preposition, pronoun or
  // adverbial) may open it.
  Speaker PlainSubjectFrom(int start, int c, bool bare_plural) const;
  // "Tolland Water raised its charges, which it said was needed to ...": a
  // lowercase "it" between "which" and cue `c` of `s` as a pronoun speaker
  // standing for the subject of the clause before "which" when an organisation
  // or definite body opens it (OpeningSubjectBody), else for the one named
  // nearest before "which" (BodyEndingAt), else for the organisation named last
  // (as "It said" opening a sentence does); nothing when none is named.
  Speaker RelativeClauseIt(int c, const Sentence& s) const;
  // The organisation whose name ends at token `k` (its entity, first and last)
  // or the definite body whose head is `k` (DefiniteBodyEndingAt: anonymous,
  // the phrase as its name); else nothing.
  Speaker BodyEndingAt(int k, const Sentence& s) const;
  // The organisation or definite body opening `s` (after an article) as the
  // subject of a verb before `hi` (SubjectVerbAt after it and AfterSubjectAside,
  // no "'s"):
  // "Ofgem fined ...", "The agency stood by ..."; not "Glencore Plc shares
  // fell" (the name modifies the subject). Else nothing.
  Speaker OpeningSubjectBody(const Sentence& s, int hi) const;
  // True if token `k` (before `hi`), after an adverb, reads as a finite verb
  // after its subject: ClauseVerbAt, a cue, an irregular past ("bought",
  // "fell") or a present in "-s" before a determiner or pronoun ("sells its").
  bool SubjectVerbAt(int k, int hi) const;
  // The token after what may stand between a subject ending before `k` and its
  // verb: an appositive between commas of up to kMaxSubjectAsideTokens (",
  // the copper producer,") and when ("on Monday", "last week": time words and
  // a date preposition opening them, lexicon::IsDatePreposition; not a noun:
  // "Glencore Plc shares yesterday fell"); `k` when none.
  int AfterSubjectAside(int k, int hi) const;
  // The "the" opening a definite body phrase of `s` whose head is token `k`
  // ("the agency", "the water utility": DefiniteBodyHead), else -1.
  int DefiniteBodyEndingAt(int k, const Sentence& s) const;
  // Unnamed speaker `sp` of `s` with the plural owner before it ("Supporters'
  // groups", "the riders' union": a word and its possessive mark, and an
  // article before them); `sp` itself otherwise.
  Speaker WithPluralOwner(Speaker sp, const Sentence& s) const;
  // "A coalition of civil society groups said": unnamed speaker `sp` of `s`
  // after "of", a lowercase collective (kOrgKindGroup: "coalition", "alliance",
  // "group") and an article runs back over them; `sp` itself otherwise.
  Speaker WithCollective(Speaker sp, const Sentence& s) const;
  // "The flood forecast office said": unnamed speaker `sp` of `s` after a cue
  // word that reads as a noun there (NounOrQuantityCue) runs back over it, the
  // modifiers before it (IsModifierWord) and an article; `sp` otherwise.
  Speaker WithNounCueModifiers(Speaker sp, const Sentence& s) const;
  // True when a pronoun (no owner's determiner) stands right after cue `c` and
  // speaker `sp` found after the cue starts later: the pronoun opens the
  // reported words.
  bool PronounOpensContent(int c, const Speaker& sp) const;
  // The first token after a comma and a clause link (lexicon::IsClauseLink:
  // ", and", ", but") up to kMaxClauseCueOffset + 2 tokens before cue `c` of
  // `s`: the clause that link opens; else -1.
  int JoinedClauseStart(int c, const Sentence& s) const;
  // IndefiniteDescribedSubject() of the clause opening at `joined` (none when
  // -1) before cue `c` of `s`, when a speaking noun (SpeakingNounAt) stands
  // before its place ("a senior diplomat from ..."); else nothing.
  Speaker DescribedSubjectAfterJoin(int c, int joined, const Sentence& s) const;
  // True when a noun phrase opening at `from`, an aside between commas and a
  // cue after the second comma follow (SubjectBeforeAside of that cue starts
  // at `from`): a clause with a speaker of its own.
  bool SubjectWithAsideOpensAt(int from, const Sentence& s) const;
  // True if a lowercase preposition that opens a verb's object
  // (lexicon::IsPhrasalObjectPreposition) stands at token `k`, after any "-ly"
  // adverbs, before `hi` ("of chest pains", "bitterly about the deal").
  bool PrepositionAfterAdverbs(int k, int hi) const;
  // "Kestrel Mining expects a loss after Zesco cut its power. It said ...": an
  // "It" speaker opening `s` stands for the organisation whose name opens the
  // sentence before in the same paragraph as its subject (OpeningSubjectBody),
  // not the one named last; `sp` itself otherwise.
  Speaker ItForEarlierSubject(Speaker sp, const Sentence& s) const;
  // True if token `k` is a word capitalised only because it opens its clause
  // that names someone by what they do ("Buyers at the market", "Herders in
  // Laikipia": SpeakerFinder::HasAgentEnding, the word test IsAgentNoun asks
  // of lowercase words; that one refuses capitals). PluralDescribedSubject
  // asks both only before where the group is (lexicon::IsVenuePreposition:
  // "in", "at", "on"), not "from" or "of", after which things a body issued
  // stand ("Orders from the ministry say", "numbers from the ministry show");
  // neither takes a thing so named (lexicon::IsThingInAgentForm: "Numbers in
  // the report show", "Orders at the port say").
  bool OpeningAgentNoun(int k) const;
  // True if token `k` is a lowercase noun that can speak: a body (BodyNounAt), a
  // speaking noun, a title, an agent noun or members of a bench
  // (lexicon::IsBenchMember) ("department", "spokesman", "minister",
  // "forecaster", "justices").
  bool SpeakingNounAt(int k) const;
  // "according to people familiar with the case,": where a source phrase ending
  // at token `k` ends when a source modifier ("familiar", "briefed", "with
  // knowledge") opens a run of plain words up to a comma or the end of `s`;
  // else `k`.
  int ModifiedSourceEnd(int k, const Sentence& s) const;
  // "Sources close to the talks said", "a person familiar with the matter said":
  // the unnamed source with what ties it to the story, ending at cue `c` (not
  // before `lo`); else nothing.
  Speaker SourceWithModifier(int c, int lo) const;
  // "people with knowledge of the talks": the tie (lexicon::IsSourceModifierTie)
  // before the source modifier at `j`, right before it or past one plain word
  // ("with direct knowledge"), after `lo`; else `j`.
  int ModifierTieBefore(int j, int lo) const;
  // "..., his top aide, Tad Devine, said": the start of a lowercase title aside
  // ending at the comma before token `k` (a name), else `k`.
  int TitleAsideBefore(int k, const Sentence& s) const;
  // "Even Republicans who have praised him warned that ...": the subject before
  // a "who" clause (no punctuation in it) that runs up to cue `c` and opens the
  // main clause of `s`; else nothing.
  // (Also before a relative "that": "Charities that run food banks say ...";
  // only that one with `that_only`.)
  Speaker SubjectBeforeRelative(int c, const Sentence& s, bool that_only) const;
  // True when "that" at token `r` opens a relative clause after a noun
  // ("charities that run"), not a that-clause ("said that", "the fact that").
  bool RelativeThatAt(int r, const Sentence& s) const;
  // "A letter from the ministry, seen by Reuters, said ...", "One nurse at a
  // Leeds hospital, who asked not to be named, said ...": when cue `c` follows an
  // aside between commas that opens with a past participle, a passive ("seen
  // by") or "who"/"which", the noun phrase before the aside (opening the main
  // clause or following a fronted claim's comma) speaks: the name ending there,
  // else its head up to the first preposition or participle, as an unnamed
  // source. Nothing for any other shape, or when a verb stands in the phrase
  // ("The plant will close, ...").
  Speaker SubjectBeforeAside(int c, const Sentence& s) const;
  // "Dr Ana Ruiz, a hydrologist at Exeter's campus who advised the group,
  // said", "Carrow's largest shareholder, Pemberton Capital, said", "One cutter,
  // a 19-year-old who asked not to be named, said": for cue `c` of `s` right
  // after a comma closing an appositive (opening with an article, a
  // determiner or a capitalised word; no cue before a "who"; up to
  // kMaxLongAsideWords words) whose noun phrase opens the main clause: that
  // phrase's named speaker; else the appositive when it is all one name; else
  // the phrase as an unnamed speaker; else nothing.
  Speaker SubjectBeforeAppositive(int c, const Sentence& s) const;
  // "The annual census, compiled by the education department, found": when
  // speaker `sp` is an unnamed document and the aside after its comma at `a`
  // (closing at comma `close`) is a making participle (lexicon::IsMakingParticiple)
  // and "by" an organisation's name or a body's plain phrase up to `close`, that
  // maker; else `sp`.
  Speaker MakerInAside(Speaker sp, int a, int close, const Sentence& s) const;
  // True when `content`, after cue `c`, is only an "according to" phrase with
  // no comma in it ("..., its backers had forecast, according to a review.").
  bool OnlyAccordingPhrase(std::pair<int, int> content, int c) const;
  // "A senior diplomat in Vienna said", "One steward at Hampden Park said": a
  // main clause (after a dateline or one time word) opening with an indefinite
  // opener ("a", "an", "one", "another"), up to four lowercase words ending in a
  // head noun (no time or number word), a placing
  // preposition (lexicon::IsPlacingPreposition) and up to
  // kMaxSourceModifierTokens words without a comma, cue, pronoun or verb right
  // up to cue `c`: the whole phrase as an unnamed source (named by its head,
  // NameDescribers), not the place named in it; else nothing.
  // `clause` is the main clause's first token (MainClauseStart).
  Speaker IndefiniteDescribedSubject(int c, int clause, const Sentence& s) const;
  // "The Saskatchewan Utilities Review Board fined ..., ruling that": an
  // unnamed speaker phrase `sp` that a name opens and the name covers (a name
  // the phrase cut short) is that name's entity; else `sp`.
  Speaker NamedFromPhrase(Speaker sp) const;
  // The unnamed speaker tokens [first, c) when tokens [from, c), the words
  // between the phrase's head and the cue at `c`, are plain words (no cue,
  // clause verb or pronoun: "protest organizers in Cleveland"); none otherwise.
  Speaker PlainPhraseSpeaker(int first, int from, int c) const;
  // "Residents of Kirkby Moor and Hallam Green said", "Reef tour operators in
  // far north Queensland say": a main clause (`clause`, after a dateline)
  // opening with up to three modifiers and a plural speaking noun (kSpeakerNoun,
  // or an agent noun before a venue preposition), a group preposition and up
  // to kMaxSourceModifierTokens words without a cue, verb or pronoun right up
  // to cue `c`: the whole phrase as an unnamed source (named by its head), not
  // the place named in it; else nothing (and for an organisation's name
  // ending the phrase: "Experts at the University of Leeds" speak for it).
  Speaker PluralDescribedSubject(int c, int clause, const Sentence& s) const;
  // "The regulator ordered a recall, saying ...": the clause (from `start`)
  // opening with "the", one to four lowercase words (no cue, preposition or
  // participle) ending in a body or speaking noun (kOrgKind, kSpeakerNoun, a
  // title or an agent noun) and a lowercase verb whose object opens right after
  // it, before the participle cue `c`: "the" and those words as an unnamed
  // speaker; else nothing.
  // (Also after a count instead of "the", "Two judges dissented, saying", and a
  // count of a group, "Two of the court's seven justices dissented, arguing";
  // a stance verb (lexicon::IsStanceVerb) may stand right before the cue's
  // comma when the cue reports a clause of sentence `s`.)
  Speaker CommonNounSubject(int start, int c, const Sentence& s) const;
  // True when the words after cue `c` up to the clause's end in sentence `s`
  // are a clause ("that ...", a verb: "saying the fines were too high"), not a
  // bare noun phrase ("citing poor pay").
  bool ReportsClauseAfter(int c, const Sentence& s) const;
  // For a clause opening at `start` with a count other than "one" ("Two",
  // "3"): the first token of the counted phrase, after "of the" when a
  // partitive follows ("Two of the court's judges" -> "court's"); else -1.
  int CountedPhraseStart(int start, int c) const;
  // True if token `k` is a number or a number word.
  bool IsCountWord(int k) const;
  // True if token `k` is a number from 1900 to 2100 written as four digits.
  bool IsYearNumber(int k) const;
  // "expects between 45,000 and 55,000 journeys", "expects revenue of $3
  // billion": true when a number (no year) or a money sign follows the cue at
  // `c` after at most two lowercase words: a forecast of an amount.
  bool ForecastAmountAfter(int c, const Sentence& s) const;
  // The end of an inverted speaker ending before `k`: past an affiliation
  // phrase at `k` ("at the water ministry", up to kMaxNominalAsideTokens
  // tokens) when a relative aside follows it to the sentence end
  // (RelativeAsideToEnd()), else `k`.
  int AffiliationBeforeRelativeAside(int k, const Sentence& s) const;
  // True when the comma at `k` opens a relative clause on the speaker ("who",
  // "whose") of at most kMaxLongAsideWords words that runs to the end of `s`
  // with no other punctuation (", who asked not to be named.").
  bool RelativeAsideToEnd(int k, const Sentence& s) const;
  // The end of a speaker phrase whose words [head, end) stop before token
  // `end`: `a` (the phrase's end) when a speaker noun among them (not a
  // written piece: "polls", "letter") is followed
  // by an affiliation preposition at `end` ("A senior official | at the state
  // forestry department"), else `end`.
  int AffiliationEnd(int head, int end, int a) const;
  // The noun phrase in tokens [start, a) as a speaker: the name ending at `a`,
  // else the head (determiners and up to four words before a preposition or
  // participle; with its affiliation, AffiliationEnd()) as an unnamed source;
  // nothing when a verb, a cue (not one after an article: "the state") or a
  // pronoun stands in [start, a).
  Speaker HeadNounPhrase(int start, int a) const;
  // True when token `k` opens an aside that qualifies the noun before it: "who",
  // "which", a past participle ("published"), or a word before "by" ("seen by").
  bool OpensNounAside(int k, const Sentence& s) const;
  // True when token `k` ends the head of a noun phrase: a preposition, a
  // participle ("sent", "published") or punctuation.
  bool IsNounPhraseBreak(int k) const;
  void Reported(const Sentence& s);
  // "Crews say trips kept them busy, and hotels on the island said bookings
  // rose": each reported claim found from `first` on whose words run over a
  // later claim's speaker opening a clause after a comma and a clause link
  // (lexicon::IsClauseLink) ends before that comma.
  void EndBeforeJoinedSpeakers(size_t first);
  // Reported's last word on speaker `sp` of cue `c`: the issuer of "a
  // statement saying", a document's maker (SubjectDocumentMaker), a plural
  // owner, the subject an opening "It" stands for, a document's owner, and for
  // a document cue a speaker that can report a finding (a document, researchers,
  // a public body, a judging body after a comma closing the sentence:
  // JudgingSpeaker) (else DocumentSubject);
  // nothing for an organisation that "expects" people to act (ExpectsOfPeople).
  Speaker SettledSpeaker(Speaker sp, int c, const Sentence& s, bool participle) const;
  // A cue `c` inside a relative clause between commas ("The changes, which
  // officials said will start in May, will ...") reports only up to the
  // clause's closing comma when the main verb follows it: ends `*content`
  // there. False when the relative pronoun speaks and only a bare noun phrase
  // is left ("Orchard, which reported $41.2 billion in revenue, said"): no claim.
  bool WithinRelativeClause(const Speaker& sp, int c, const Sentence& s,
                            std::pair<int, int>* content) const;
  // "... said X. He said ...": a he/she speaker `sp` of reported words is the
  // person (or described unnamed source) the sentence before reports speaking,
  // as for quotes (SpeakerFinder::PronounAntecedent); else `sp`.
  // (Also the unnamed source "a"/"one" brought in, which a claim of the sentence
  // before credits, when the pronoun read as no one, as a name inside that
  // source's phrase or as someone named only before that sentence: "One baker
  // on Mill Lane, whose ..., said ... He said".)
  Speaker ReportedPronounSpeaker(const Speaker& sp) const;
  void According(int c, const Sentence& s);
  // "according to a 2025 report by the audit office": when "to" at `to` is
  // followed by an article, a year (1900-2100) and a document noun, the token
  // after the year; else `to` + 1.
  int DocumentYearEnd(int to, const Sentence& s) const;
  // "according to a 2025 report by the audit office": the end of the phrase
  // [.., `e`) whose year DocumentYearEnd() admitted at `year`: the token after
  // the document noun (IsDocumentNoun) when a lowercase maker follows it after
  // "by"/"from" (lexicon::IsIssuerPreposition), so the maker speaks as it does
  // undated; else `e` (no year at `year`, or a maker with a capitalised word).
  int DatedDocumentEnd(int year, int e) const;
  // "according to the State's Economic Review", "according to the bank's
  // Monetary Policy Report": speaker `sp` runs on past an owner's "'s" to the
  // capitalised name of a document (lexicon::IsNamedDocumentHead), and a
  // document name read as a person's or an owner's is the document, an unnamed
  // source; else `sp`.
  Speaker NamedDocument(Speaker sp, const Sentence& s) const;
  // "according to central bank data", "According to Cal Fire figures, ...",
  // "according to the ministry's figures": when the speaker `sp` read after
  // "according to" is a name or ends in a lowercase body (BodyNounAt) and an
  // optional "'s" and a data noun (DataNounAt) end it or follow it in `s`,
  // the body speaks: `sp` is cut back to it, the data noun is marked used and
  // the token after it is returned; else -1 and `sp` unchanged.
  int BodyDataEnd(Speaker& sp, const Sentence& s);
  // True if token `k` is a lowercase data noun (lexicon::IsDataNoun: "data",
  // "figures", "estimates").
  bool DataNounAt(int k) const;
  // "despite warnings from residents of the isles that the increase will push
  // families away": a noun for something said (lexicon::IsSaidThingNoun),
  // "from", a plain noun phrase (HeadNounPhrase, up to
  // kMaxSourceModifierTokens words) and a that-clause in `s`: emits the
  // clause up to its end (ClauseEnd) as the phrase's claim, the noun as cue.
  void SaidThingFrom(const Sentence& s);
  // "according to the paper", "..., the study found": an unnamed document
  // speaker `sp` (no pronoun, no entity, a written piece among its first
  // kMaxLabelLeadWords words: lexicon::IsWrittenPieceNoun) whose article
  // ("the", "a", "an") stands right
  // before it takes the article: the mention as written (not an article of
  // a possessor opening it: "the city's water department"). The source stays
  // named by the words without it and without a leading recency adjective
  // (name_first/name_last; "a new study" -> "study").
  Speaker WithArticle(Speaker sp) const;
  // "According to a survey by the forum, ...": when the unnamed document `sp`
  // ending at `k` is followed by "by"/"from" and words up to a comma, the speaker
  // runs on to that comma (and is the name there, if one ends at it); returns the
  // comma, else `k`.
  int AfterDocumentAgent(int k, const Sentence& s, Speaker& sp) const;
  // True if token `k` is a lowercase participle right after a document or
  // record noun ("figures published", "club accounts filed").
  bool ParticipleAfterDocument(int k) const;
  // "According to figures published in March, ...": when a document's
  // participle (ParticipleAfterDocument) lies in tokens [`from`, `k`] of the
  // phrase naming speaker `sp` (ending by `k`) and plain words run on from `k`
  // to a comma, returns that comma, else `k`.
  int AfterDocumentParticiplePhrase(int from, int k, const Sentence& s,
                                    const Speaker& sp) const;
  // The maker a document's participle names at `by` ("a summary released by
  // negotiators", "data published by the ministry"): the plain noun phrase after
  // "by" up to a comma or the sentence end, resolved when it describes an
  // organisation named earlier ("the ministry"); not found when `by` is not "by"
  // or the phrase holds a capitalised word (names are read by the mention
  // finder). The caller checks that a participle goes before.
  Speaker MakerAfterBy(int by, const Sentence& s) const;
  // MakerAfterBy() after any preposition at `by` ("figures from the county's
  // schools forum"); the caller checks the preposition.
  Speaker MakerPhraseAfter(int by, const Sentence& s) const;
  // True when token `k` (after the maker phrase opened by `by`) is a participle
  // right after a body noun: "by the state audit office published on Monday"
  // (the participle dates the document, the body made it).
  bool ParticipleAfterBody(int k, int by) const;
  // "according to an estimate in the court file": when speaker `sp` (unnamed,
  // or read as a thing) reads a reckoning (a cue noun: "estimate") or a document noun, "in" and a
  // lowercase phrase ending in a document that holds it
  // (lexicon::IsHoldingDocumentNoun), that document, from its article on; else
  // `sp`.
  Speaker HoldingDocument(Speaker sp) const;
  // "the regional chamber of agriculture": when "of" at `k` follows a body noun
  // and one to kMaxBodyOfWords plain lowercase words (no cue, determiner,
  // relative or preposition) follow it, the token after them; else `k`.
  int BodyOfPhraseEnd(int k, const Sentence& s) const;
  // The head noun of a maker phrase: the word before its "of" ("chamber" in "the
  // regional chamber of agriculture"), else its last word.
  int MakerHead(const Speaker& maker) const;
  // "figures published by the regulator Ofwat.": the mention of a name (with an
  // entity) that ends the plain words from token `from` (up to
  // kMaxAccordingTokens) at a comma or the sentence's end; else -1.
  int NameEndingPhrase(int from, const Sentence& s) const;
  // "according to a ministry source": an unnamed speaker `sp` that stopped at
  // a modifier runs on over the describer head nouns after it in `s`
  // (lexicon::IsDescriberHead; a compound's head is its last noun).
  Speaker WithCompoundHead(Speaker sp, const Sentence& s) const;
  // The token after a parenthesised acronym at `k` ("(ECI)") inside sentence
  // `s`, else `k`.
  int AfterParenthesisedAcronym(int k, const Sentence& s) const;
  // The first token after a dateline ("LONDON —", "WASHINGTON (Reuters) -")
  // opening the paragraph at token `k`, else `k`.
  int AfterDateline(int k) const;
  void Emit(v1::ClaimKind kind, std::pair<int, int> content, int cue_first, int cue_last,
            const Speaker& sp, bool may_mix = true);
  // True if `s` has words before the attribution that opens at `group_first`
  // after a comma, they introduce no quote (IntroducesQuote) and no earlier cue
  // of `s` reported them ("X said that ... no different, he said, from ...").
  bool WordsBeforeAttribution(int group_first, const Sentence& s) const;
  // Token `k` past up to two adverbs that time the saying right after its cue
  // (lexicon::IsSayingAdverb: "said shortly before midnight", "said late on
  // Tuesday"), else `k`.
  int AfterSayingAdverbs(int k, const Sentence& s) const;
  // True when the words of `s` before the attribution opening at `group_first`
  // are a claim of their own whose attribution's circumstance may follow it:
  // kMinFrontedClaimWords words or more, not an adverbial opener alone ("In
  // those years, Ms. Ripert said, when ..."); after an opener, the main clause
  // (speakers_.MainClauseStart) holds that many ("With 214 of 226 stations
  // counted, Ruiz had 51.6%, the commission said before midnight"), except
  // after a condition opener (lexicon::IsConditionClauseOpener: "If Clinton
  // is elected, he said, ..."), whose clause is part of the claim. Words
  // opening with a participle or a subordinator ("Holding up a copy of the
  // bill,", "As the talks stalled,") set the scene, and words with no verb
  // after a subject ("At a rally in Ohio on Monday night") are no claim.
  bool FrontedClaimBefore(int group_first, const Sentence& s) const;
  // True when a comma and a relative pronoun follow cue `c` and the relative
  // clause has a report cue of its own ("..., the bank has said, which
  // officials say added to costs").
  bool RelativeAfterAttribution(int c, const Sentence& s) const;
  // Speaker `sp` without the lowercase kFiller words ("has", "also") that end
  // it before its cue ("the central bank has" -> "the central bank").
  Speaker WithoutTrailingFillers(Speaker sp) const;
  // "Union says overnight closures are sending patients away": a headline's (the
  // text's first sentence, without a full stop) capitalised organisation kind (kOrgKind) as the whole subject of cue `c`
  // speaks: the organisation of that kind the article names (Entity::kinds),
  // else an unnamed source; else no speaker.
  Speaker HeadlineBody(int c, const Sentence& s) const;
  // True if tokens [first, end) before an interrupting attribution are a bare
  // noun phrase that may be a subject ("A fresh lockdown, she warned, would ...";
  // not an adverbial opener such as "In May" or "Back then").
  bool SubjectBeforeAttribution(int first, int end) const;
  // "A fresh lockdown, she warned, would ruin ...": when the words of `s` before
  // the attribution (which opens at `group_first` after a comma and closes at the
  // comma `close`) are a subject (SubjectBeforeAttribution) and those after
  // `close` open with its verb, emits one reported claim of `sp` from the subject
  // through the verb's clause, its text the two joined by a space (the
  // attribution left out), and returns true; else emits nothing, returns false.
  bool EmitAroundAttribution(int group_first, int close, int cue_first, int cue_last,
                             const Speaker& sp, const Sentence& s);
  // The comma closing an attribution whose cue `cue` is followed from token `k`
  // by when and where it was said and to whom (a listener, then up to
  // kMaxSayingCircumstanceWords time, adverbial or filler words: "said on
  // Monday,", "told reporters,"), with at least one word before it; else -1.
  int SayingEndComma(int k, int cue, const Sentence& s) const;
  // True if listener cue `c` of `s` follows a comma and the words after it (no
  // cue, up to kMaxPlainSubjectTokens) close at a comma before a verb: the
  // speaker of an interrupting inverted attribution, not a listener ("A fresh
  // lockdown, warned the minister, would ruin ...").
  bool InvertedBetweenCommas(int c, const Sentence& s) const;
  // The comma closing the words after cue `c` of `s` when the cue follows a
  // comma and those words (at least one, no cue, up to kMaxPlainSubjectTokens)
  // close at a comma before a verb (an aside between subject and verb); else -1.
  int AsideBeforeVerbEnd(int c, const Sentence& s) const;
  // True if cue `c` opens such an aside (AsideBeforeVerbEnd) with a preposition
  // or particle right after it (lexicon::IsParticipleParticle): a passive
  // participle after its noun ("The firm, told by regulators to cut prices,
  // will ...", "The plan, announced by the minister, would ..."), no attribution.
  // Not "according to" nor a phrasal cue's own particle.
  bool PassiveAside(int c, const Sentence& s) const;
  // "the legal costs, estimated by the union at about 40,000 pounds": when cue
  // `c` in `s` is a valuing participle (lexicon::IsValuingParticiple) after a
  // comma, with "by" and a speaker after it, and its phrase closes the
  // sentence, emits the sentence as that speaker's claim and returns true;
  // else false.
  bool ValuedByAgent(int c, const Sentence& s);
  const TextModel& m_;
  const std::vector<Token>& t_;
  const MentionFinder& mentions_;
  SpeakerFinder speakers_;
  std::vector<bool> cue_used_;
  // CueReadsAsCue()'s answers by token: for each of the four cases of its two
  // bits of flags, bit 2c set when asked and bit 2c+1 the answer.
  mutable std::vector<uint8_t> cue_reads_;
  std::vector<int> quote_claim_;
  std::vector<int> attribution_end_;
  std::vector<ClaimDraft> claims_;
  int labelled_paragraphs_ = -1;  // see IsTranscript()
  int qa_paragraphs_ = -1;        // see IsQaTranscript()
  int interviewee_ = -2;          // see Interviewee(); -2 until computed
};

}  // namespace claims_internal
}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_EXTRACT_CLAIM_FINDER_H_
