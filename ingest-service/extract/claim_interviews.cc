// Interviews set out as questions and answers: the answers are the
// interviewee's (ClaimFinder::Interviewee(), CreditInterviewAnswers()).
#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "ingest-service/extract/claim_finder.h"
#include "ingest-service/extract/lexicon/speech_words.h"

namespace factwire {
namespace claims_internal {

bool ClaimFinder::QuestionParagraphAt(int i) const {
  const int n = static_cast<int>(m_.sentences.size());
  if (i >= n || (i > 0 && m_.sentences[i - 1].paragraph == m_.sentences[i].paragraph)) {
    return false;
  }
  // (Cheap first: every sentence of the paragraph ends with "?" outside
  // quotation marks; most paragraphs fail at their first sentence.)
  const Sentence& opener = m_.sentences[i];
  for (int j = i; j < n && m_.sentences[j].paragraph == opener.paragraph; ++j) {
    const Sentence& s = m_.sentences[j];
    const Token& end = t_[s.last - 1];
    if (end.kind != TokenKind::kPunct || end.punct != '?' || m_.quote_depth[s.last - 1] != 0) {
      return false;
    }
  }
  if (m_.text[t_[opener.first].begin] == 'Q' && LabelColon(opener) == opener.first + 1) {
    return true;  // "Q: Did you ...?"
  }
  // ("Why so few young trees?", "Is that a lot?": a question word or an
  // auxiliary opens it.)
  const Token& first = t_[opener.first];
  if (first.kind != TokenKind::kWord || !first.upper) return false;
  const std::string word = absl::AsciiStrToLower(Word(opener.first));
  return lexicon::IsQuestionWord(word) || lexicon::IsAuxiliary(word);
}

int ClaimFinder::AnswerAfter(int i) const {
  if (!QuestionParagraphAt(i)) return -1;
  const int n = static_cast<int>(m_.sentences.size());
  int next = i + 1;
  while (next < n && m_.sentences[next].paragraph == m_.sentences[i].paragraph) ++next;
  return next >= n || QuestionParagraphAt(next) ? -1 : next;
}

int ClaimFinder::Interviewee() {
  if (interviewee_ != -2) return interviewee_;
  interviewee_ = -1;
  const int n = static_cast<int>(m_.sentences.size());
  int first_question = -1, answers = 0;
  for (int i = 0; i < n; ++i) {
    if (AnswerAfter(i) < 0) continue;
    if (first_question < 0) first_question = i;
    ++answers;
  }
  if (answers < kMinInterviewAnswers) return interviewee_;
  // (Mentions come in text order: the first person of the paragraph before
  // the first question, as an introduction names one: "Ana Choque, 52, grew up
  // ... We spoke to her".)
  const int before = m_.sentences[first_question].first;
  const std::vector<Mention>& all = mentions_.mentions();
  const auto stands = [&](const Mention& m) {
    // (Not a place or a thing named so: "Dhofar's frankincense scientist".)
    return m.entity >= 0 && mentions_.entities()[m.entity].type == v1::SOURCE_TYPE_PERSON &&
           !m.possessive && speakers_.StandsAsPerson(m);
  };
  const int paragraph = first_question > 0 ? m_.sentences[first_question - 1].paragraph : -1;
  int best = -1;
  for (const Mention& m : all) {
    if (m.first >= before) break;
    if (t_[m.first].paragraph == paragraph && stands(m)) {
      best = m.entity;
      break;
    }
  }
  interviewee_ = best;
  return interviewee_;
}

void ClaimFinder::CreditInterviewAnswers() {
  const int person = Interviewee();
  if (person < 0) return;
  // (The interviewee's claims by start, to ask which sentences hold one.)
  std::vector<int> starts;
  for (const ClaimDraft& c : claims_) {
    if (c.speaker.entity == person || c.inherited_entity == person) starts.push_back(c.begin);
  }
  std::sort(starts.begin(), starts.end());
  const int n = static_cast<int>(m_.sentences.size());
  for (int i = 0; i < n; ++i) {
    int j = AnswerAfter(i);
    if (j < 0) continue;
    for (const int paragraph = m_.sentences[j].paragraph;
         j < n && m_.sentences[j].paragraph == paragraph; ++j) {
      const Sentence& s = m_.sentences[j];
      const auto at = std::lower_bound(starts.begin(), starts.end(), s.begin);
      if ((at != starts.end() && *at < s.end) || t_[s.first].kind == TokenKind::kQuote ||
          WordsIn(s.first, s.last) < 3) {
        continue;
      }
      // ("A: Because ...": the words after a one-letter label.)
      const int from = s.first + 2 < s.last && IsPunct(t_[s.first + 1], ':') &&
                               t_[s.first].end - t_[s.first].begin == 1
                           ? s.first + 2
                           : s.first;
      int e = s.last;
      while (e > from && IsTerminal(t_[e - 1])) --e;
      if (WordsIn(from, e) < 3) continue;
      ClaimDraft claim;
      claim.kind = v1::CLAIM_KIND_ATTRIBUTED;
      claim.begin = t_[from].begin;
      claim.end = t_[e - 1].end;
      claim.inherited = true;
      claim.inherited_entity = person;
      claim.confidence = 0.6f;
      AddClaim(std::move(claim));
    }
  }
}

}  // namespace claims_internal
}  // namespace factwire
