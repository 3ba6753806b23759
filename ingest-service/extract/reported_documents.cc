// Reported speech from documents and labels: "according to X", "in the poll,
// ...", "the study found", whose document speaks, and "Name: ..." colon labels
// and transcripts.
#include <algorithm>
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "ingest-service/extract/claim_finder.h"
#include "ingest-service/extract/lexicon/figure_context_words.h"
#include "ingest-service/extract/lexicon/speech_words.h"
#include "ingest-service/extract/mention_internal.h"

namespace factwire {
namespace claims_internal {
namespace {

// Up to this many tokens in a short adverbial before "according to" ("About
// 10:03 p.m.,", "On Tuesday night,").
constexpr int kMaxAccordingLeadTokens = 6;

// True when token `k` opens a short adverbial of time: a number, a time word, an
// adverbial opener (lexicon::IsAdverbialOpener: "On", "Since", "Earlier") or a
// dating preposition before a number or time word (lexicon::IsDatingPreposition:
// "In 2014").
bool OpensTimeAdverbial(const std::vector<Token>& tokens, absl::string_view text, int k) {
  const Token& t = tokens[k];
  if (t.kind == TokenKind::kNumber || (t.classes & kTimeWord) != 0) return true;
  if (!IsWord(t)) return false;
  const std::string w = absl::AsciiStrToLower(TokenText(text, t));
  if (lexicon::IsAdverbialOpener(w)) return true;
  const Token& next = tokens[k + 1];
  return lexicon::IsDatingPreposition(w) &&
         (next.kind == TokenKind::kNumber || (next.classes & kTimeWord) != 0);
}

// The first token of the clause "according to" at `c` stands in, sentence
// `first` to `c`: after the last colon or semicolon before it ("It has
// not gone unnoticed: According to ..."), then past a linking opener
// (lexicon::IsLinkingOpener: "But according to ...") and its comma, then past a
// short adverbial of time closed by a comma right before `c` (OpensTimeAdverbial,
// then up to kMaxAccordingLeadTokens numbers, dots, time words and
// lexicon::IsTimeAdverbialWord words: "On Tuesday night, according to ..."),
// which sets when and is no claim. `c` when the phrase
// opens its clause so.
int AccordingClauseLead(const std::vector<Token>& tokens, absl::string_view text, int first,
                        int c) {
  int lead = first;
  for (int k = c - 1; k > first; --k) {
    if (IsPunct(tokens[k], ':') || IsPunct(tokens[k], ';')) {
      lead = k + 1;
      break;
    }
  }
  while (lead < c && !IsWord(tokens[lead])) ++lead;
  if (lead < c && lexicon::IsLinkingOpener(TokenText(text, tokens[lead]))) {
    ++lead;
    if (lead < c && IsPunct(tokens[lead], ',')) ++lead;
  }
  if (lead + 1 < c && c - lead <= kMaxAccordingLeadTokens + 1 && IsPunct(tokens[c - 1], ',') &&
      OpensTimeAdverbial(tokens, text, lead)) {
    bool adverbial = true;
    for (int k = lead + 1; k < c - 1 && adverbial; ++k) {
      const Token& t = tokens[k];
      adverbial = t.kind == TokenKind::kNumber || IsPunct(t, '.') || IsPunct(t, ':') ||
                  (t.classes & kTimeWord) != 0 ||
                  (IsWord(t) && lexicon::IsTimeAdverbialWord(TokenText(text, t)));
    }
    if (adverbial) lead = c;
  }
  return lead;
}

// True if `entity` (an index into `mentions`' entities, or -1) is an
// organisation.
bool IsOrganization(const MentionFinder& mentions, int entity) {
  return entity >= 0 && mentions.entities()[entity].type == v1::SOURCE_TYPE_ORGANIZATION;
}

// "according to Quebec's environment ministry": speaker `sp` (the owner
// alone, as SpeakerFinder::Right reads a place's name) run on over the owner's
// "'s" and lowercase words (at most kMaxNominalAsideTokens) whose head is a
// body's kind or a title, up to a comma or the sentence's end `hi`: the body
// or officer, unnamed, speaks. `sp` when no such phrase follows it.
Speaker WithPossessedBody(const std::vector<Token>& tokens, Speaker sp, int hi) {
  if (!sp.found() || sp.pronoun || sp.last + 1 >= hi || !tokens[sp.last].possessive) return sp;
  int k = sp.last + 1;
  // (A cue word is a noun here: "Yucatán's state civil protection agency".)
  while (k < hi && k - sp.last <= kMaxNominalAsideTokens && tokens[k].kind == TokenKind::kWord &&
         !tokens[k].upper) {
    ++k;
  }
  const Token& head = tokens[k - 1];
  if (k == sp.last + 1 || (head.classes & (kOrgKind | kTitle | kTitleHead | kSpeakerNoun)) == 0 ||
      (k < hi && !IsPunct(tokens[k], ',') && !IsTerminal(tokens[k]))) {
    return sp;
  }
  sp.last = k;
  sp.entity = -1;
  sp.anonymous = true;
  sp.name_first = sp.name_last = -1;
  return sp;
}

}  // namespace

Speaker ClaimFinder::DocumentSubject(const Sentence& s, int before) const {
  for (int k = s.first; k < before; ++k) {
    const Token& t = t_[k];
    if (t.kind != TokenKind::kWord || t.upper || (t.classes & kSpeakerNoun) == 0)
      continue;
    Speaker sp;
    sp.first = k;
    sp.last = k + 1;
    sp.anonymous = true;
    if (IsDocumentSpeaker(sp)) return sp;
  }
  return Speaker{};
}

Speaker ClaimFinder::ThingOrAgent(Speaker sp) const {
  const int head = sp.last - 1;
  const Token& h = t_[head];
  if (h.upper || h.all_caps || h.kind != TokenKind::kWord ||
      (h.classes & (kSpeakerNoun | kTitleHead | kOrgKind)) != 0 ||
      speakers_.IsAgentNoun(head)) {
    return sp;
  }
  // "according to its annual budget": a thing, not a source; its owner speaks
  // when the text says whose it is ("according to its results" too).
  const absl::string_view owner = Word(sp.first);
  const bool body_owner = mention_internal::IsIts(owner) || owner == "their" || owner == "Their";
  const bool person_owner =
      owner == "his" || owner == "her" || owner == "His" || owner == "Her";
  // ("according to official results": the records an office keeps speak.)
  if (!body_owner && !person_owner && RecordNounAfter(head, head - 1)) return sp;
  sp.anonymous = false;
  if (body_owner) {
    sp.entity = mentions_.LatestOrganization(sp.first);
  } else if (person_owner) {
    sp.entity = mentions_.ResolvePronoun(sp.first);
  }
  return sp;
}

bool ClaimFinder::ResearchersFound(const Speaker& sp, int cue, const Sentence& s) const {
  if (!sp.anonymous || sp.entity >= 0 || cue + 1 >= s.last || Word(cue + 1) != "that")
    return false;
  // People ("researchers", "investigators"), not papers ("filings", "surveys"),
  // and the subject itself, not "polling of union voters".
  if (sp.first > s.first && (t_[sp.first - 1].classes & kAffiliationPrep) != 0)
    return false;
  const int head = sp.last - 1;
  const Token& h = t_[head];
  // ("Researchers found that ...": capitalised only as the clause's first word.)
  return h.kind == TokenKind::kWord && absl::EndsWith(Word(head), "s") &&
         (h.upper ? head == sp.first && OpeningAgentNoun(head) : speakers_.IsAgentNoun(head));
}

bool ClaimFinder::PersonNameAt(int k) const {
  const int m = mentions_.MentionStartingAt(k);
  return m >= 0 && PersonNamedInFull(mentions_.mentions()[m].entity);
}

bool ClaimFinder::PersonNamedInFull(int entity) const {
  if (entity < 0) return false;
  const Entity& e = mentions_.entities()[entity];
  return e.type == v1::SOURCE_TYPE_PERSON && absl::StrContains(e.name, ' ');
}

Speaker ClaimFinder::TheyForResearchers(Speaker sp, int cue, const Sentence& s) const {
  if (!sp.found() || !sp.pronoun || sp.entity >= 0 || sp.last != sp.first + 1 ||
      !absl::EqualsIgnoreCase(Word(sp.first), "they") || cue + 1 >= s.last ||
      Word(cue + 1) != "that" || sp.first != s.first || !OnlyFillersBetween(sp.first, cue)) {
    return Speaker{};
  }
  const int si = m_.sentence_of_token[s.first];
  if (si == 0 || m_.sentences[si - 1].paragraph + 1 < s.paragraph) return Speaker{};
  const auto [first, last] = ResearchersOpening(m_.sentences[si - 1]);
  if (first < 0) return Speaker{};
  sp.anonymous = true;
  sp.name_first = first;
  sp.name_last = last;
  return sp;
}

std::pair<int, int> ClaimFinder::ResearchersOpening(const Sentence& s) const {
  int k = std::max(speakers_.MainClauseStart(s, s.last), AfterDateline(s.first));
  const int first = k;
  if (k < s.last && t_[k].kind == TokenKind::kWord && lexicon::IsArticle(Word(k))) ++k;
  for (int head = k; head < s.last && head <= k + 2; ++head) {
    const Token& t = t_[head];
    if (t.kind != TokenKind::kWord || t.possessive) break;
    // People who study ("Auditors", "marine biologists"; not "Protesters"),
    // not a name of that ending ("Sanders", "Rogers").
    if (!t.all_caps && (!t.upper || (head == first && !PersonNameAt(head))) &&
        lexicon::IsStudyAgent(Word(head))) {
      return {first, head + 1};
    }
    // Only modifiers stand before the head, a capitalised one only first: a
    // verb makes the people its object ("Floods kept inspectors away").
    if ((t.upper && head != first) || !NounModifierAt(head)) break;
  }
  return {-1, -1};
}

bool ClaimFinder::NounModifierAt(int k) const {
  const Token& t = t_[k];
  if (IsNounPhraseBreak(k) || t.cue != 0 ||
      (t.classes & (kCue | kDeterminer | kFiller | kPersonPronoun | kOtherPronoun | kRelative |
                    kTimeWord)) != 0) {
    return false;
  }
  // (Lists are lowercase; a capitalised first word is no past of theirs.)
  return t.upper || !lexicon::IsIrregularPast(Word(k));
}

bool ClaimFinder::PublicBodyFound(const Speaker& sp, int cue, const Sentence& s) const {
  if (!sp.anonymous || sp.entity >= 0 || cue + 1 >= s.last) return false;
  // "The forecaster expects more rain to fall", "Economists expect ...": a
  // definite body's or forecasters' view (NotSpeech has asked "expects" for a
  // clause).
  if (lexicon::IsForecastCue(Word(cue))) {
    const bool body = DefiniteBodyHead(sp) >= 0;
    return (body || ForecastingHead(sp)) && !ExpectsOfPeople(cue, s, body);
  }
  if (Word(cue + 1) != "that") return false;
  const Token& h = t_[sp.last - 1];
  return h.kind == TokenKind::kWord && !h.upper && (h.classes & kOrgKindPublic) != 0;
}

bool ClaimFinder::FinderFound(const Speaker& sp, int cue, const Sentence& s) const {
  if (!sp.found() || sp.pronoun || cue + 1 >= s.last || !lexicon::IsFindingCue(Word(cue))) {
    return false;
  }
  // A bare clause only after a body or officer that judges or studies ("The
  // inquest found he had drowned"): a person's "found her car had been towed"
  // is a discovery, "found that ..." a finding.
  const int last = NamingLast(sp);
  if (!(Word(cue + 1) == "that" && OpensClause(cue + 1)) &&
      !((JudgingSpeaker(sp) || lexicon::IsStudyAgent(Word(last - 1))) &&
        ClauseSubjectAt(cue + 1, s))) {
    return false;
  }
  // (A person named in full: not a capitalised plural opening the sentence,
  // "Divers found the wreck was ...".)
  if (sp.entity >= 0) return PersonNamedInFull(sp.entity);
  return sp.anonymous && (SpeakingNounAt(last - 1) || lexicon::IsFindingBodyNoun(Word(last - 1)));
}

bool ClaimFinder::ClauseSubjectAt(int k, const Sentence& s) const {
  // ("he had drowned": a subject pronoun and its verb.)
  if (k + 1 < s.last && t_[k].kind == TokenKind::kWord && !t_[k].upper &&
      lexicon::IsSubjectPronoun(Word(k))) {
    return t_[k + 1].kind == TokenKind::kWord && !t_[k + 1].upper &&
           lexicon::IsFiniteAuxiliary(Word(k + 1));
  }
  if (k < s.last && t_[k].kind == TokenKind::kWord && (t_[k].classes & kDeterminer) != 0) ++k;
  if (const int m = mentions_.MentionStartingAt(k); m >= 0) {
    k = mentions_.mentions()[m].last;
  } else {
    const int first = k;
    while (k < s.last && k - first < 4 && (IsModifierWord(k) || t_[k].possessive)) ++k;
    if (k == first) return false;
  }
  return k < s.last && t_[k].kind == TokenKind::kWord && !t_[k].upper &&
         lexicon::IsFiniteAuxiliary(Word(k));
}

bool ClaimFinder::ForecastingHead(const Speaker& sp) const {
  const Token& h = t_[sp.last - 1];
  const absl::string_view w = Word(sp.last - 1);
  // (Lowered only when capitalised: "Economists expect ...".)
  if (h.kind != TokenKind::kWord || h.all_caps) return false;
  // (So do officials and sources whose words are reported: "Officials expect
  // that ...".)
  const std::string lower = h.upper ? absl::AsciiStrToLower(w) : std::string(w);
  return lexicon::IsForecastingNoun(lower) || lexicon::IsDescriberHead(lower);
}

bool ClaimFinder::ExpectsOfPeople(int cue, const Sentence& s, bool body) const {
  int k = cue + 1;
  // ("all travellers", "every driver", "all its staff": a quantifier first.)
  if (k + 2 < s.last && t_[k].kind == TokenKind::kWord && !t_[k].upper &&
      lexicon::IsEachQuantifier(Word(k))) {
    ++k;
  }
  // ("its passengers", "the public": a determiner before the people.)
  if (k + 2 < s.last && (t_[k].classes & kDeterminer) != 0) ++k;
  if (k + 1 >= s.last || t_[k].kind != TokenKind::kWord || t_[k].upper || Word(k + 1) != "to") {
    return false;
  }
  const absl::string_view w = Word(k);
  if (lexicon::IsSecondPersonPronoun(w)) return true;
  if (!body) return false;
  // ("expects customers to report leaks", "expects staff to return": people,
  // doers by their ending or the people a body serves, asked to do a duty; "The
  // IMF expects borrowers to struggle" and "expects orders to rise" forecast.)
  if (k + 2 >= s.last || !lexicon::IsDutyVerb(Word(k + 2))) return false;
  return lexicon::IsPersonNoun(w) || lexicon::IsPersonObjectPronoun(w) ||
         speakers_.IsAgentNoun(k) || lexicon::IsServedPeopleNoun(w);
}

bool ClaimFinder::IsDocumentNoun(int k) const {
  return lexicon::IsDocumentNoun(Word(k));
}

bool ClaimFinder::IsDocumentSpeaker(const Speaker& sp) const {
  if (sp.entity >= 0) {
    return mentions_.entities()[sp.entity].type == v1::SOURCE_TYPE_ORGANIZATION;
  }
  return sp.anonymous && IsDocumentNoun(sp.last - 1);
}

bool ClaimFinder::IsDocumentNounAnyCase(int k) const {
  if (t_[k].kind != TokenKind::kWord) return false;
  if (!t_[k].upper) return IsDocumentNoun(k);
  return !t_[k].all_caps && lexicon::IsDocumentNoun(absl::AsciiStrToLower(Word(k)));
}

Speaker ClaimFinder::SubjectDocumentMaker(int c, const Sentence& s) const {
  // The phrase opens the sentence, after a dateline at most.
  // (Cheap first: a "from" or "by" before the cue, no comma between.)
  if (c - s.first > kMaxDocumentPhraseTokens + kMaxVenueWords) return Speaker{};
  int by = -1;
  for (int j = c - 2; j > s.first; --j) {
    if (t_[j].kind == TokenKind::kPunct && t_[j].punct != '(' && t_[j].punct != ')') break;
    if (t_[j].kind != TokenKind::kWord || t_[j].upper || t_[j].end - t_[j].begin > 4) continue;
    const absl::string_view w = Word(j);
    if (w == "from" || w == "by") by = j;
  }
  if (by < 0) return Speaker{};
  const int start = AfterDateline(s.first);
  if (by <= start) return Speaker{};
  // The document noun, after determiners and up to two modifiers ("New
  // provisional figures"), then one participle at most ("published").
  int noun = start;
  while (noun < by && (t_[noun].classes & kDeterminer) != 0) ++noun;
  while (noun < by && noun - start < 3 && !IsDocumentNounAnyCase(noun)) ++noun;
  if (noun >= by || !IsDocumentNounAnyCase(noun)) return Speaker{};
  if (by > noun + 2 || (by == noun + 2 && !IsParticiple(noun + 1) &&
                        !lexicon::IsIrregularParticiple(Word(noun + 1)))) {
    return Speaker{};
  }
  int k = by + 1;
  if (k < c && (Word(k) == "the" || Word(k) == "The")) ++k;
  const int m = mentions_.MentionStartingAt(k);
  if (m < 0) return Speaker{};
  const Mention& mention = mentions_.mentions()[m];
  if (mention.entity < 0 || mention.last > c ||
      mentions_.entities()[mention.entity].type != v1::SOURCE_TYPE_ORGANIZATION) {
    return Speaker{};
  }
  // ("... by Statistics Norway on Monday showed": a time may follow the name;
  // "... from the Ports Agency (PA) show": its acronym.)
  for (int j = AfterParenthesisedAcronym(mention.last, s); j < c; ++j) {
    if (!IsWord(t_[j]) || t_[j].cue != 0) return Speaker{};
  }
  Speaker sp;
  sp.first = start;
  sp.last = mention.last;
  sp.entity = mention.entity;
  return sp;
}

Speaker ClaimFinder::DocumentOwner(Speaker sp) const {
  // "ONS data showed", "figures from the UK Health Security Agency": the
  // organisation whose document it is speaks.
  if (!sp.found() || !sp.anonymous || sp.entity >= 0) return sp;
  bool document = false;
  for (int k = sp.first; k < sp.last && !document; ++k) document = IsDocumentNoun(k);
  if (!document) return sp;
  for (int k = sp.first; k < sp.last; ++k) {
    const int m = mentions_.MentionStartingAt(k);
    if (m < 0) continue;
    const Mention& mention = mentions_.mentions()[m];
    if (mention.entity >= 0 && mention.last <= sp.last &&
        mentions_.entities()[mention.entity].type == v1::SOURCE_TYPE_ORGANIZATION) {
      sp.entity = mention.entity;
      sp.anonymous = false;
      return sp;
    }
  }
  return WithBodyOwner(sp);
}

Speaker ClaimFinder::WithBodyOwner(Speaker sp) const {
  // "The ministry's own figures show ...": the body owning the document names it.
  const Sentence& s = m_.sentences[m_.sentence_of_token[sp.first]];
  for (int k = sp.first + 1; k + 1 < sp.last; ++k) {
    if (!t_[k + 1].possessive) continue;
    // (A body, not a document: "The report's authors found" stays.)
    if (const int det = DefiniteBodyEndingAt(k, s); det >= sp.first && !IsDocumentNoun(k)) {
      sp.name_first = det;
      sp.name_last = k + 1;
    }
    return sp;
  }
  return sp;
}

int ClaimFinder::LabelColon(const Sentence& s) const {
  int colon = -1;
  const Token& first = t_[s.first];
  // "Q. Why did you leave?" / "A. I wanted to play.": the label is its own colon.
  if (first.ends_period && first.end - first.begin == 2 && s.first + 1 < s.last &&
      (s.first == 0 || t_[s.first - 1].paragraph != first.paragraph)) {
    const char letter = m_.text[first.begin];
    if (letter == 'Q' || letter == 'A') return s.first;
  }
  if (const int m = mentions_.MentionStartingAt(s.first); m >= 0) {
    const Mention& mention = mentions_.mentions()[m];
    if (mention.kind == MentionKind::kPlace) return -1;  // "Iowa: Tim Albrecht, ..."
    colon = mention.last;
  } else if (first.kind == TokenKind::kWord && first.upper && !first.possessive &&
             (first.classes & kSpeakerNoun) != 0) {
    colon = s.first + 1;  // "Poll: ...", "Historians: ..."
  }
  if (colon < 0 || colon >= s.last || !IsPunct(t_[colon], ':')) return -1;
  // "CORRECTION:", "Paid Notice:", "Delegate Update:": a rubric, not a speaker.
  if (colon > s.first && t_[colon - 1].kind == TokenKind::kWord &&
      lexicon::IsRubricLabel(absl::AsciiStrToLower(Word(colon - 1)))) {
    return -1;
  }
  return colon;
}

bool ClaimFinder::IsTranscript() {
  if (labelled_paragraphs_ < 0) {
    labelled_paragraphs_ = 0;
    for (size_t i = 0; i < m_.sentences.size(); ++i) {
      const Sentence& s = m_.sentences[i];
      if ((i == 0 || m_.sentences[i - 1].paragraph != s.paragraph) && LabelColon(s) >= 0)
        ++labelled_paragraphs_;
    }
  }
  return labelled_paragraphs_ >= 2;
}

bool ClaimFinder::IsQaTranscript() {
  if (qa_paragraphs_ < 0) {
    bool q = false, a = false;
    for (const Sentence& s : m_.sentences) {
      if (LabelColon(s) != s.first) continue;
      (m_.text[t_[s.first].begin] == 'Q' ? q : a) = true;
    }
    qa_paragraphs_ = q && a ? 1 : 0;
  }
  return qa_paragraphs_ == 1;
}

void ClaimFinder::ColonHeadline(const Sentence& s) {
  int colon = LabelColon(s);
  // "A. Smith said": "Q."/"A." label paragraphs only in an interview with both.
  if (colon == s.first && !IsQaTranscript()) colon = -1;
  int label_first = s.first;
  int from = colon + 1;
  if (colon < 0) {
    // "Alder: Absolutely. We built it for a century.": in a transcript (two or
    // more paragraphs open with a label), every sentence of a labelled paragraph
    // is the speaker's.
    // (Not for a paragraph's first sentence; IsTranscript, read once per text,
    // before the walk back to the opener, whose label is sought again for each
    // of its paragraph's sentences.)
    int first = m_.sentence_of_token[s.first];
    if (first == 0 || m_.sentences[first - 1].paragraph != s.paragraph || !IsTranscript()) {
      return;
    }
    while (first > 0 && m_.sentences[first - 1].paragraph == s.paragraph) --first;
    const Sentence& opener = m_.sentences[first];
    colon = LabelColon(opener);
    if (colon < 0 || t_[colon + 1].kind == TokenKind::kQuote ||
        (colon == opener.first && !IsQaTranscript())) {
      return;
    }
    for (int k = opener.first; k < colon; ++k) {
      if (t_[k].kind == TokenKind::kWord && !t_[k].upper) return;  // "Follow X on Y:"
    }
    label_first = opener.first;
    from = s.first;
  }
  if (from + 1 >= s.last || t_[from].kind == TokenKind::kQuote) return;
  int e = s.last;
  while (e > from && (IsTerminal(t_[e - 1]) || IsPunct(t_[e - 1], ','))) --e;
  if (WordsIn(from, e) < 3) return;
  Speaker sp = speakers_.Right(label_first - 1, colon);
  if (colon == label_first ||
      (colon == label_first + 1 && t_[label_first].end - t_[label_first].begin == 1)) {
    // "Q:" and "A:" in an interview: the interviewer and the interviewee,
    // unnamed here but for the interviewee named before the questions.
    sp.entity = m_.text[t_[label_first].begin] == 'A' ? Interviewee() : -1;
    sp.anonymous = sp.entity < 0;
  }
  if (!sp.found()) {
    // "Poll: ...", "Historians: ...": a speaking noun as the label.
    sp.first = label_first;
    sp.last = std::max(colon, label_first + 1);
    sp.anonymous = true;
  }
  Emit(v1::CLAIM_KIND_ATTRIBUTED, {from, e}, colon, colon, sp, /*may_mix=*/false);
}

int ClaimFinder::DocumentPhraseEnd(int in, int hi) const {
  // "in the latest Washington Post-ABC News poll", "in Monday's survey": words,
  // names, numbers, possessives and joining marks up to a document noun.
  for (int k = in + 1; k < hi && k <= in + kMaxDocumentPhraseTokens; ++k) {
    const Token& t = t_[k];
    if (t.kind == TokenKind::kWord && !t.upper && !t.possessive && IsDocumentNoun(k)) {
      // One document ("the survey"), not the idiom "in the polls".
      const absl::string_view w = Word(k);
      const bool plural = absl::EndsWith(w, "s") && !absl::EndsWith(w, "sis");
      return k == in + 1 || plural ? -1 : k + 1;
    }
    const bool joiner = IsPunct(t, '/') || IsPunct(t, '-') || t.punct == 'D';
    // ("in Toronto on Wednesday after the report": a preposition or
    // subordinator inside opens another phrase.)
    if (!(IsWord(t) || joiner) || (t.classes & (kRelative | kCue)) != 0 ||
        (k > in + 1 && !t.upper &&
         ((t.classes & kAffiliationPrep) != 0 || lexicon::IsVenuePreposition(Word(k)) ||
          lexicon::IsSubordinator(Word(k))))) {
      return -1;
    }
  }
  return -1;
}

void ClaimFinder::InDocument(const Sentence& s) {
  // Where the phrase may start: the sentence's first word, or the "in" before a
  // document noun ending the sentence.
  int last_word = s.last - 1;
  while (last_word > s.first && IsTerminal(t_[last_word])) --last_word;
  const int tail_from = std::max(s.first + 1, last_word - kMaxDocumentPhraseTokens);
  // (Speaking nouns hold the document nouns: a bit test before the lookup.)
  const bool tail = last_word > s.first + 2 && t_[last_word].kind == TokenKind::kWord &&
                    (t_[last_word].classes & kSpeakerNoun) != 0 && IsDocumentNoun(last_word);
  for (int k = s.first; k + 2 < s.last; k = k == s.first ? (tail ? tail_from : s.last) : k + 1) {
    const Token& t = t_[k];
    if (t.end - t.begin != 2 || t.kind != TokenKind::kWord) continue;  // cheap first
    const absl::string_view w = Word(k);
    if (!(w == "in" || (w == "In" && k == s.first))) continue;
    const int end = DocumentPhraseEnd(k, s.last);
    if (end < 0) continue;
    // "in the survey, taken Monday": a participle phrase about the document.
    int after = end;
    if (after < s.last && IsParticiple(after)) {
      while (after < s.last && !IsPunct(t_[after], ',') && !IsTerminal(t_[after])) ++after;
    }
    if (after < s.last && !IsPunct(t_[after], ',') && !IsTerminal(t_[after])) continue;
    std::pair<int, int> content;
    if (k == s.first) {
      if (after >= s.last || !IsPunct(t_[after], ',')) continue;
      int e = s.last;
      while (e > after + 1 && (IsTerminal(t_[e - 1]) || IsPunct(t_[e - 1], ','))) --e;
      content = {after + 1, e};
    } else {
      int e = k;
      while (e > s.first && IsPunct(t_[e - 1], ',')) --e;
      content = {s.first, e};
    }
    if (WordsIn(content.first, content.second) < 3) continue;
    // The words have an attribution of their own ("In the poll, 40% said ...").
    bool own_cue = false;
    for (int c = content.first; c < content.second && !own_cue; ++c) {
      own_cue = IsCue(c, kCueReport | kCueDocument) || t_[c].kind == TokenKind::kQuote;
    }
    if (own_cue) continue;
    Speaker sp;
    sp.first = t_[k + 1].kind == TokenKind::kWord && (t_[k + 1].classes & kDeterminer) != 0
                   ? k + 2
                   : k + 1;
    sp.last = end;
    sp.anonymous = true;
    Emit(v1::CLAIM_KIND_ATTRIBUTED, content, k, k, DocumentOwner(sp), /*may_mix=*/false);
    return;
  }
}

void ClaimFinder::According(int c, const Sentence& s) {
  if (c + 1 >= s.last || Word(c + 1) != "to") return;
  Speaker sp = speakers_.Right(c + 1, s.last);
  // "according to central bank data": the body speaks, the phrase ends after it.
  const int data_end = BodyDataEnd(sp, s);
  // "according to Quebec's environment ministry": the body, not its place (a
  // document's or data's head, "Quebec's annual report", "Meridian Rail's
  // figures", stays the owner's).
  if (data_end < 0) {
    if (const Speaker body = WithPossessedBody(t_, sp, s.last);
        body.last != sp.last && !IsDocumentNoun(body.last - 1) && !DataNounAt(body.last - 1)) {
      sp = body;
    }
  }
  // "according to the police report": the document the speaker's noun modifies,
  // whose noun is no cue; so are the records an office keeps ("according to
  // court records").
  if (data_end < 0 && sp.found() && sp.anonymous && sp.last < s.last && IsWord(t_[sp.last]) &&
      !t_[sp.last].upper &&
      (IsDocumentNoun(sp.last) || RecordNounAfter(sp.last, sp.last - 1))) {
    cue_used_[sp.last] = true;
    ++sp.last;
  }
  sp = WithCompoundHead(sp, s);
  if (!sp.found()) {
    // "according to the state Division of Gaming Enforcement": the phrase up to
    // the next comma or the sentence end.
    // ("a New York Times/CBS News poll": names joined by a slash or hyphen.)
    // ("a 2025 report by the audit office": a year dating the document.)
    const int year = DocumentYearEnd(c + 1, s) - 1;
    int e = c + 2;
    int document_end = -1;  // after the first document noun ("... exit poll")
    // A named document's participle phrase stays with it ("a Pew report
    // released by the office"); an unnamed one's ends it ("figures published").
    bool named = false;
    while (e < s.last && e - c <= kMaxAccordingTokens &&
           (t_[e].kind == TokenKind::kWord || IsPunct(t_[e], '/') || IsPunct(t_[e], '-') ||
            e == year) &&
           !(ParticipleAfterDocument(e) && !named)) {
      named = named || t_[e].upper;
      if (document_end < 0 && t_[e].kind == TokenKind::kWord && !t_[e].upper &&
          IsDocumentNoun(e)) {
        document_end = e + 1;
      }
      ++e;
    }
    // ("... released by the Electoral Board (EB).": an acronym after the phrase
    // closes it like the punctuation after it.)
    const int stop = AfterParenthesisedAcronym(e, s);
    if (stop < s.last && !IsPunct(t_[stop], ',') && !IsTerminal(t_[stop]) &&
        !(ParticipleAfterDocument(stop) && !named)) {
      // "..., according to early results of the exit poll conducted for The
      // Associated Press and television networks.": a long phrase closing the
      // sentence is its document and what follows it.
      int f = e;
      while (f < s.last && !IsPunct(t_[f], ',') && !IsTerminal(t_[f])) ++f;
      if (document_end < 0 || f < s.last - 1 || c == s.first) return;
      e = document_end;
    }
    if (e == c + 2) return;
    sp.first = c + 2;
    sp.last = DatedDocumentEnd(year, e);
    sp.anonymous = true;
    for (int k = c + 2; k < sp.last; ++k) {
      // "according to the state Division of Gaming Enforcement": the name that
      // ends the phrase, not one modifying its head.
      const int m = mentions_.MentionStartingAt(k);
      if (m >= 0 && mentions_.mentions()[m].last >= sp.last) {
        sp.entity = mentions_.mentions()[m].entity;
        sp.anonymous = false;
        break;
      }
    }
  }
  sp = NamedDocument(sp, s);
  // "according to a report by the Office of the Provincial Auditor released on
  // Wednesday": the organisation named right after "by"/"from" made it.
  if (sp.found() && sp.anonymous && sp.entity < 0 && sp.last + 1 < s.last &&
      IsDocumentNoun(sp.last - 1) && !t_[sp.last].upper &&
      (Word(sp.last) == "by" || Word(sp.last) == "from")) {
    int k = sp.last + 1;
    if (k + 1 < s.last && (Word(k) == "the" || Word(k) == "The")) ++k;
    if (const int m = mentions_.MentionStartingAt(k); m >= 0) {
      const Mention& maker = mentions_.mentions()[m];
      if (maker.entity >= 0 &&
          mentions_.entities()[maker.entity].type == v1::SOURCE_TYPE_ORGANIZATION) {
        sp.entity = maker.entity;
        sp.anonymous = false;
        sp.last = maker.last;
      }
    }
  }
  // "according to a summary released by negotiators": the phrase's maker (not
  // when a name is the document's: "a Pew report released by the office").
  for (int k = sp.first + 1; sp.anonymous && sp.entity < 0 && k + 1 < sp.last; ++k) {
    if (t_[k - 1].upper) break;
    if (!IsParticiple(k - 1)) continue;
    if (Speaker maker = MakerAfterBy(k, s); maker.found() && maker.last <= sp.last) sp = maker;
  }
  if (sp.anonymous) sp = ThingOrAgent(sp);
  sp = HoldingDocument(sp);
  // "according to a study published Monday in The Lancet": the speaker runs on to
  // where the document appeared or who made it.
  // ("figures seen by the Northfield Courier": an irregular participle too.)
  if (sp.anonymous && sp.last + 2 < s.last &&
      (IsParticiple(sp.last) ||
       (!t_[sp.last].upper && lexicon::IsIrregularParticiple(Word(sp.last))))) {
    int k = sp.last + 1;
    while (k < s.last && k - sp.last <= 3 &&
           ((t_[k].classes & kTimeWord) != 0 || Word(k) == "on" || Word(k) == "last")) {
      ++k;
    }
    // ("a summary released by negotiators": a maker with no name speaks.)
    if (Speaker maker = MakerAfterBy(k, s); maker.found()) {
      sp = maker;
    } else if (const int named = Word(k) == "by" ? NameEndingPhrase(k + 1, s) : -1;
               named >= 0) {
      // ("figures published by the regulator Ofwat": the name ending the
      // phrase made the document and speaks.)
      sp.entity = mentions_.mentions()[named].entity;
      sp.anonymous = false;
      sp.last = mentions_.mentions()[named].last;
    } else if (k + 1 < s.last && (Word(k) == "in" || Word(k) == "by")) {
      ++k;
      int m = mentions_.MentionStartingAt(k);
      if (m < 0 && k + 1 < s.last && (Word(k) == "the" || Word(k) == "The")) {
        m = mentions_.MentionStartingAt(k + 1);
      }
      if (m >= 0) sp.last = mentions_.mentions()[m].last;
    }
  }
  // "according to figures from the county's schools forum": a body after
  // "from"/"by" made the document and speaks.
  if (sp.anonymous && sp.entity < 0 && sp.last + 1 < s.last && IsDocumentNoun(sp.last - 1) &&
      (Word(sp.last) == "from" || Word(sp.last) == "by")) {
    if (Speaker maker = MakerPhraseAfter(sp.last, s);
        maker.found() && BodyNounAt(MakerHead(maker))) {
      sp = maker;
    }
  }
  // "according to a spokesperson for Greenpeace": the speaker runs on.
  if (sp.anonymous && sp.last + 1 < s.last &&
      (t_[sp.last].classes & kAffiliationPrep) != 0) {
    int k = sp.last + 1;
    if (Word(k) == "the" && k + 1 < s.last) ++k;
    if (const int m = mentions_.MentionStartingAt(k); m >= 0) {
      sp.last = mentions_.mentions()[m].last;
    } else if (t_[k].kind == TokenKind::kWord && !t_[k].upper &&
               (t_[k].classes & kOrgKind) != 0 && Word(k - 1) == "the") {
      // "according to a statement from the company": the organisation meant.
      sp.last = k + 1;
      if (const int org = mentions_.ResolveDescription(k); org >= 0) {
        sp.entity = org;
        sp.anonymous = false;
      }
    }
  }
  sp = DocumentOwner(sp);
  if (sp.found()) sp.last = ModifiedSourceEnd(sp.last, s);
  std::pair<int, int> content;
  int lead = s.first;
  while (lead < c && !IsWord(t_[lead])) ++lead;
  if (lead != c && AccordingClauseLead(t_, m_.text, s.first, c) == c) {
    lead = c;
  }
  if (lead == c) {
    int k = std::max(sp.last, data_end);
    // "according to the Securities and Exchange Commission (SEC), ...".
    if (k + 2 < s.last && IsPunct(t_[k], '(') && IsPunct(t_[k + 2], ')')) k += 3;
    k = AfterDocumentAgent(k, s, sp);
    k = AfterDocumentParticiplePhrase(c + 2, k, s, sp);
    while (k < s.last && IsPunct(t_[k], ',')) ++k;
    int e = s.last;
    while (e > k && (IsTerminal(t_[e - 1]) || IsPunct(t_[e - 1], ','))) --e;
    content = {k, e};
  } else {
    int e = c;
    while (e > s.first && IsPunct(t_[e - 1], ',')) --e;
    content = {s.first, e};
    // "Fundraising, according to the campaign, has surged": the sentence goes on
    // after the phrase; what the source says is all of it.
    int k = std::max(sp.last, data_end);
    if (k + 2 < s.last && IsPunct(t_[k], '(') && IsPunct(t_[k + 2], ')')) k += 3;
    // "according to the Tamsin campaign,": the phrase may run on past a name.
    while (k < s.last && k - sp.last < 3 && t_[k].kind == TokenKind::kWord && !t_[k].upper)
      ++k;
    int end = s.last;
    while (end > k && (IsTerminal(t_[end - 1]) || IsPunct(t_[end - 1], ','))) --end;
    // Not an appositive or relative clause about the source ("according to
    // CrowdTangle, a social media firm", "..., who are offering").
    const bool about_source =
        k + 1 < s.last && ((t_[k + 1].classes & kRelative) != 0 ||
                           Word(k + 1) == "a" || Word(k + 1) == "an" ||
                           Word(k + 1) == "the");
    // Nor a clause with a speaker of its own ("according to the water department,
    // and officials said repairs would take two days").
    if (IsPunct(t_[c - 1], ',') && k < s.last && IsPunct(t_[k], ',') && !about_source &&
        WordsIn(k + 1, end) >= 2 && !QuoteClaimedAt(k + 1) && !ClauseWithOwnSpeaker(k, s)) {
      content = {s.first, end};
    }
  }
  if (WordsIn(content.first, content.second) < 2) return;
  Emit(v1::CLAIM_KIND_ATTRIBUTED, content, c, c + 1, sp);
}

Speaker ClaimFinder::HoldingDocument(Speaker sp) const {
  if (!sp.found() || sp.pronoun || sp.entity >= 0 || sp.last - sp.first < 4) return sp;
  const Token& end = t_[sp.last - 1];
  if (end.kind != TokenKind::kWord || end.upper ||
      !lexicon::IsHoldingDocumentNoun(Word(sp.last - 1))) {
    return sp;
  }
  for (int k = sp.first + 1; k + 1 < sp.last; ++k) {
    if (Word(k) != "in") continue;
    // (A reckoning or a document before "in": "an estimate", "figures".)
    const Token& h = t_[k - 1];
    if (h.kind != TokenKind::kWord || h.upper || (h.cue == 0 && !IsDocumentNoun(k - 1))) {
      return sp;
    }
    for (int j = k + 1; j + 1 < sp.last; ++j) {
      if (!IsWord(t_[j]) || t_[j].upper || t_[j].cue != 0) return sp;
    }
    // (The document speaks, not a thing of someone's: ThingOrAgent() has read
    // "an estimate" as one.)
    sp.first = k + 1;
    sp.name_first = sp.name_last = -1;
    sp.anonymous = true;
    return sp;
  }
  return sp;
}

int ClaimFinder::DocumentYearEnd(int to, const Sentence& s) const {
  const int year = to + 2;
  if (year + 1 >= s.last || !lexicon::IsArticle(Word(to + 1)) ||
      t_[year].kind != TokenKind::kNumber || !IsWord(t_[year + 1]) ||
      !lexicon::IsWrittenPieceNoun(Word(year + 1))) {
    return to + 1;
  }
  return IsYearNumber(year) ? year + 1 : to + 1;
}

bool ClaimFinder::IsYearNumber(int k) const {
  const absl::string_view w = Word(k);
  constexpr int kFirstYear = 1900;
  constexpr int kLastYear = 2100;
  int value = 0;
  return t_[k].kind == TokenKind::kNumber && w.size() == 4 && absl::SimpleAtoi(w, &value) &&
         value >= kFirstYear && value <= kLastYear;
}

int ClaimFinder::DatedDocumentEnd(int year, int e) const {
  const int noun = year + 1;
  if (t_[year].kind != TokenKind::kNumber || noun + 2 >= e || !IsDocumentNoun(noun) ||
      !IsWord(t_[noun + 1]) || t_[noun + 1].upper ||
      !lexicon::IsIssuerPreposition(Word(noun + 1))) {
    return e;
  }
  // (A maker with a name is read by the mention finder: "by the Audit Office",
  // "by economists Ann Roe and Raj Das".)
  for (int k = noun + 2; k < e; ++k) {
    if (t_[k].upper) return e;
  }
  return noun + 1;
}

Speaker ClaimFinder::NamedDocument(Speaker sp, const Sentence& s) const {
  if (!sp.found() || sp.pronoun) return sp;
  int end = sp.last;
  if (end + 1 < s.last && t_[end].possessive) {
    constexpr int kMaxDocumentNameWords = 4;
    int k = end + 1;
    while (k < s.last && k - end <= kMaxDocumentNameWords && IsWord(t_[k]) && t_[k].upper) ++k;
    end = k;
  }
  const Token& head = t_[end - 1];
  if (!head.upper || head.all_caps || !IsWord(head)) return sp;
  // (A document name read as an organisation's stays one: "the Economic Review".)
  if (end == sp.last && sp.entity >= 0 &&
      mentions_.entities()[sp.entity].type != v1::SOURCE_TYPE_PERSON) {
    return sp;
  }
  // (An organisation owning the document speaks: "Statistics Norway's Housing
  // Survey", as "the ministry's figures" are the ministry's.)
  if (IsOrganization(mentions_, sp.entity)) return sp;
  // (The word list last: its lowercase copy allocates.)
  if (!lexicon::IsNamedDocumentHead(absl::AsciiStrToLower(Word(end - 1)))) return sp;
  // ("the IMF's World Economic Outlook": the name read as a person's, after its
  // owner's "'s".)
  if (end == sp.last && sp.first >= s.first + 2 && t_[sp.first - 1].possessive) {
    const int m = mentions_.MentionEndingAt(sp.first - 2);
    if (m >= 0 && IsOrganization(mentions_, mentions_.mentions()[m].entity)) {
      sp.first = mentions_.mentions()[m].first;
      sp.last = mentions_.mentions()[m].last;
      sp.entity = mentions_.mentions()[m].entity;
      sp.anonymous = false;
      return sp;
    }
  }
  sp.last = end;
  sp.entity = -1;
  sp.anonymous = true;
  return sp;
}

int ClaimFinder::BodyDataEnd(Speaker& sp, const Sentence& s) {
  if (!sp.found() || sp.pronoun) return -1;
  // The data noun ends the phrase ("the central bank's data") or follows it
  // ("central bank data", "Eurostat's estimates").
  int data = sp.last - 1;
  if (!DataNounAt(data)) {
    data = sp.last;
    if (data < s.last && t_[data].possessive) ++data;
    if (data >= s.last || !DataNounAt(data)) return -1;
  }
  const int body_end = t_[data - 1].possessive ? data - 1 : data;
  if (body_end <= sp.first) return -1;
  // A name or a body ("bank", "operator", "commission"; or a word that makes
  // a name an organisation, kOrgWord: "police data", "army figures"), not a
  // kind of data ("official data", "ship-tracking data") nor a document ("the
  // study's figures").
  if (!(sp.entity >= 0 || (!sp.anonymous && t_[body_end - 1].upper) ||
        BodyNounAt(body_end - 1) ||
        (!t_[body_end - 1].upper && (t_[body_end - 1].classes & kOrgWord) != 0))) {
    return -1;
  }
  cue_used_[data] = true;
  sp.last = body_end;
  return data + 1;
}

bool ClaimFinder::DataNounAt(int k) const {
  const Token& t = t_[k];
  return t.kind == TokenKind::kWord && !t.upper && lexicon::IsDataNoun(Word(k));
}

void ClaimFinder::SaidThingFrom(const Sentence& s) {
  // (Most sentences have no "from": the class bit first, "from" being an
  // affiliation preposition, with the bounds and tokens held in locals.)
  const Token* const t = t_.data();
  const int last = s.last;
  for (int k = s.first; k + 3 < last; ++k) {
    if ((t[k + 1].classes & kAffiliationPrep) == 0 || t[k].kind != TokenKind::kWord ||
        t[k].upper || Word(k + 1) != "from" || !lexicon::IsSaidThingNoun(Word(k))) {
      continue;
    }
    int that = k + 2;
    while (that < s.last && that - k - 2 <= kMaxSourceModifierTokens && IsWord(t_[that]) &&
           Word(that) != "that") {
      ++that;
    }
    if (that >= s.last || Word(that) != "that" || !OpensClause(that)) continue;
    const Speaker sp = HeadNounPhrase(k + 2, that);
    const int e = ClauseEnd(that + 1, s.last);
    if (!sp.found() || WordsIn(that + 1, e) < 3) continue;
    Emit(v1::CLAIM_KIND_INDIRECT_QUOTE, {that + 1, e}, k, k, sp);
  }
}

Speaker ClaimFinder::WithArticle(Speaker sp) const {
  if (!sp.found() || !sp.anonymous || sp.pronoun || sp.entity >= 0 || sp.first < 1) {
    return sp;
  }
  // (The one article look-up before the written-piece look-ups.)
  const Token& t = t_[sp.first - 1];
  // (Not before a possessor, whose article it is: "the city's water department".)
  if (t.kind != TokenKind::kWord || !lexicon::IsArticle(Word(sp.first - 1)) ||
      (sp.first + 1 < sp.last && t_[sp.first + 1].possessive)) {
    return sp;
  }
  bool document = false;
  for (int k = sp.first; k < sp.last && k < sp.first + kMaxLabelLeadWords && !document; ++k) {
    document = t_[k].kind == TokenKind::kWord && !t_[k].upper &&
               lexicon::IsWrittenPieceNoun(Word(k));
  }
  if (!document) return sp;
  // ("a new study": the study.)
  int first = sp.first;
  while (first + 1 < sp.last && !t_[first].upper && lexicon::IsRecencyAdjective(Word(first))) {
    ++first;
  }
  if (sp.name_first < 0 && first > sp.first) {
    sp.name_first = first;
    sp.name_last = sp.last;
  }
  --sp.first;
  return sp;
}

Speaker ClaimFinder::WithCompoundHead(Speaker sp, const Sentence& s) const {
  if (!sp.found() || !sp.anonymous || sp.pronoun || sp.entity >= 0) return sp;
  while (sp.last < s.last && t_[sp.last].kind == TokenKind::kWord && !t_[sp.last].upper &&
         lexicon::IsDescriberHead(Word(sp.last))) {
    ++sp.last;
  }
  return sp;
}

int ClaimFinder::AfterParenthesisedAcronym(int k, const Sentence& s) const {
  if (k + 2 < s.last && IsPunct(t_[k], '(') && IsPunct(t_[k + 2], ')') &&
      t_[k + 1].kind == TokenKind::kWord && t_[k + 1].all_caps) {
    return k + 3;
  }
  return k;
}

Speaker ClaimFinder::MakerAfterBy(int by, const Sentence& s) const {
  if (by + 1 >= s.last || Word(by) != "by") return Speaker{};
  return MakerPhraseAfter(by, s);
}

Speaker ClaimFinder::MakerPhraseAfter(int by, const Sentence& s) const {
  if (by + 1 >= s.last) return Speaker{};
  int e = by + 1;
  // (A cue word after an article is a noun: "the state tourism department".)
  while (e < s.last && e - by <= kMaxNominalAsideTokens && t_[e].kind == TokenKind::kWord &&
         !t_[e].upper && (t_[e].classes & (kRelative | kAffiliationPrep)) == 0 &&
         (t_[e].cue == 0 || lexicon::IsArticle(Word(e - 1))) && !ParticipleAfterBody(e, by)) {
    ++e;
  }
  const int head = e - 1;
  e = BodyOfPhraseEnd(e, s);
  if (e == by + 1 ||
      (e < s.last && !IsPunct(t_[e], ',') && !IsTerminal(t_[e]) && !ParticipleAfterBody(e, by))) {
    return Speaker{};
  }
  Speaker sp;
  sp.first = by + 1;
  sp.last = e;
  sp.anonymous = true;
  if ((t_[head].classes & kOrgKind) != 0 && lexicon::IsNounDeterminer(Word(by + 1))) {
    if (const int org = mentions_.ResolveDescription(head); org >= 0) {
      sp.entity = org;
      sp.anonymous = false;
    }
  }
  return sp;
}

bool ClaimFinder::ParticipleAfterBody(int k, int by) const {
  return k > by + 1 && k < static_cast<int>(t_.size()) && BodyNounAt(k - 1) &&
         (HasParticipleShape(k) ||
          (t_[k].kind == TokenKind::kWord && lexicon::IsIrregularParticiple(Word(k))));
}

int ClaimFinder::BodyOfPhraseEnd(int k, const Sentence& s) const {
  if (k + 1 >= s.last || Word(k) != "of" || !BodyNounAt(k - 1)) return k;
  int e = k + 1;
  while (e < s.last && e - k <= kMaxBodyOfWords && t_[e].kind == TokenKind::kWord &&
         !t_[e].upper && t_[e].cue == 0 &&
         (t_[e].classes & (kRelative | kAffiliationPrep | kDeterminer)) == 0) {
    ++e;
  }
  if (e == k + 1 || e - k > kMaxBodyOfWords) return k;
  return e;
}

int ClaimFinder::MakerHead(const Speaker& maker) const {
  for (int k = maker.first + 1; k < maker.last; ++k) {
    if (Word(k) == "of") return k - 1;
  }
  return maker.last - 1;
}

int ClaimFinder::NameEndingPhrase(int from, const Sentence& s) const {
  int e = from;
  while (e < s.last && e - from < kMaxAccordingTokens && IsWord(t_[e])) ++e;
  if (e >= s.last || !(IsPunct(t_[e], ',') || IsTerminal(t_[e]))) return -1;
  for (int k = from; k < e; ++k) {
    const int m = mentions_.MentionStartingAt(k);
    if (m >= 0 && mentions_.mentions()[m].last == e && mentions_.mentions()[m].entity >= 0) {
      return m;
    }
  }
  return -1;
}

int ClaimFinder::AfterDocumentAgent(int k, const Sentence& s, Speaker& sp) const {
  // "According to a survey by the forum, ...", "According to data from the
  // census bureau, ...": the phrase runs on to its comma; a named maker speaks.
  if (!sp.anonymous || k + 1 >= s.last || !IsWord(t_[k]) ||
      (Word(k) != "by" && Word(k) != "from")) {
    return k;
  }
  int comma = k + 1;
  while (comma < s.last && comma - k <= kMaxAccordingTokens && IsWord(t_[comma])) ++comma;
  if (comma >= s.last || !IsPunct(t_[comma], ',')) return k;
  int first = k + 1;
  if (Word(first) == "the" || Word(first) == "The") ++first;
  if (const int m = mentions_.MentionStartingAt(first);
      m >= 0 && mentions_.mentions()[m].last == comma && mentions_.mentions()[m].entity >= 0) {
    sp.entity = mentions_.mentions()[m].entity;
    sp.anonymous = false;
  }
  sp.last = comma;
  return comma;
}

bool ClaimFinder::ParticipleAfterDocument(int k) const {
  if (k < 1 || t_[k].kind != TokenKind::kWord || t_[k].upper) return false;
  if (!IsParticiple(k) && !lexicon::IsIrregularParticiple(Word(k))) return false;
  return IsWord(t_[k - 1]) && !t_[k - 1].upper &&
         (IsDocumentNoun(k - 1) || RecordNounAfter(k - 1, k - 2));
}

int ClaimFinder::AfterDocumentParticiplePhrase(int from, int k, const Sentence& s,
                                               const Speaker& sp) const {
  // "According to figures published in March, ...": the participle phrase
  // dates or places the document; what it says starts after its comma.
  // ("... polls conducted by a pollster for the Daily Courier and two radio
  // stations, ...": the speaker may have run on into the phrase.)
  if (!sp.found() || k >= s.last || k < sp.last) return k;
  int p = from;
  while (p <= k && !ParticipleAfterDocument(p)) ++p;
  if (p > k) return k;
  int comma = k;
  while (comma < s.last && comma - k <= kMaxAccordingTokens && IsWord(t_[comma])) ++comma;
  return comma < s.last && IsPunct(t_[comma], ',') ? comma : k;
}

}  // namespace claims_internal
}  // namespace factwire
