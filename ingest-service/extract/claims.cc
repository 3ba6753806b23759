#include "ingest-service/extract/claims.h"

#include <algorithm>
#include <cstddef>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"

namespace factwire {
namespace {

constexpr int kAfterWindow = 24;       // tokens between a quote and its cue
constexpr int kMaxSpeakerOffset = 10;  // tokens between a quote and its speaker
constexpr int kNextSentenceCue = 6;    // “… done.” Trump said: cue this close
constexpr int kMaxDirectGapWords = 5;  // "said in a statement on Tuesday:"
constexpr int kSentenceLikeWords = 6;
constexpr uint32_t kWordClassesNotVerbs =
    kDeterminer | kAffiliationPrep | kTitle | kSpeakerNoun | kTimeWord | kRelative;
constexpr int kLendWindow = 2000;
constexpr int kMaxClaimLookback = 32;
constexpr int kMaxEmbeddedGap = 8;         // tokens between the verb and an embedded quote
constexpr int kMaxFinalSpeakerTokens = 8;
constexpr int kMaxAccordingTokens = 12;    // "according to an analysis by Lee Epstein"  // "..., people close to the campaign said."  // claims searched for a speaker going on      // bytes: reported claims this far back may hold a quote  // an unattributed quote this long is speech

bool IsPunct(const Token& t, char c) { return t.kind == TokenKind::kPunct && t.punct == c; }
bool IsWord(const Token& t) {
  return t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber;
}
bool IsTerminal(const Token& t) {
  return t.kind == TokenKind::kPunct &&
         (t.punct == '.' || t.punct == '!' || t.punct == '?' || t.punct == 'E');
}

class ClaimFinder {
 public:
  ClaimFinder(const TextModel& model, const MentionFinder& mentions)
      : m_(model),
        t_(model.tokens),
        mentions_(mentions),
        speakers_(model.text, model.tokens, mentions),
        cue_used_(model.tokens.size(), false),
        quote_claim_(model.quotes.size(), -1),
        attribution_end_(model.quotes.size(), -1) {}

  std::vector<ClaimDraft> Run() {
    for (size_t q = 0; q < m_.quotes.size(); ++q) Quote(static_cast<int>(q));
    const size_t first_reported = claims_.size();
    for (const Sentence& s : m_.sentences) Reported(s);
    LendReportedSpeakers(first_reported);
    for (size_t q = 0; q < m_.quotes.size(); ++q) {
      if (quote_claim_[q] < 0) EmbeddedQuote(static_cast<int>(q));
    }
    return std::move(claims_);
  }

 private:
  absl::string_view Word(int k) const { return TokenText(m_.text, t_[k]); }

  bool IsCue(int k, uint8_t flags) const {
    const Token& t = t_[k];
    if (t.kind != TokenKind::kWord || (t.cue & flags) == 0 || m_.quote_depth[k] != 0) return false;
    if (k == 0) return true;
    // "Ginsburg’s comments", "the reports": nouns, not verbs.
    const Token& prev = t_[k - 1];
    if (prev.possessive) return false;
    const absl::string_view p = Word(k - 1);
    return !(p == "the" || p == "a" || p == "an" || p == "his" || p == "her" || p == "their" ||
             p == "its" || p == "these" || p == "those" || p == "our" || p == "my" ||
             p == "your");
  }

  // Last token of the quote: the close mark, or the paragraph's last token.
  int LastToken(const QuoteSpan& q) const {
    if (q.close >= 0) return q.close;
    int k = q.open;
    while (k + 1 < static_cast<int>(t_.size()) && t_[k + 1].paragraph == t_[q.open].paragraph) ++k;
    return k;
  }

  int WordsIn(int from, int to) const {
    int n = 0;
    for (int k = from; k < to; ++k) n += IsWord(t_[k]) ? 1 : 0;
    return n;
  }

  // The quoted words without surrounding spaces and a trailing comma.
  std::pair<int, int> Trim(int begin, int end) const {
    const absl::string_view text = m_.text;
    while (begin < end && absl::ascii_isspace(text[begin])) ++begin;
    while (end > begin && (absl::ascii_isspace(text[end - 1]) || text[end - 1] == ',')) --end;
    return {begin, end};
  }

  void SetCue(int first, int last, ClaimDraft* claim, bool use = true) {
    claim->cue_begin = t_[first].begin;
    claim->cue_end = t_[last].end;
    claim->cue_token = first;
    for (int k = first; use && k <= last; ++k) cue_used_[k] = true;
  }

  int AddClaim(ClaimDraft claim) {
    claims_.push_back(std::move(claim));
    return static_cast<int>(claims_.size()) - 1;
  }

  // "“…,” said Vigil", "“…,” Vigil said", "“…” ― Name". Sets cue and speaker.
  bool After(int close, int hi, ClaimDraft* claim, int* end_token) {
    // A quote ending mid-clause (“no idea” if he ...) only takes a speaker that
    // follows at once; one ending with , . ? ! may take "Senate leader Harry Reid".
    const char last = m_.text[t_[close].begin - 1];
    const int max_offset =
        (last == ',' || last == '.' || last == '?' || last == '!') ? kMaxSpeakerOffset : 2;
    int a = close + 1;
    while (a < hi && IsPunct(t_[a], ',')) ++a;
    if (a >= hi) return false;
    if (t_[a].punct == 'D' || (IsCue(a, kCueQuote) && (t_[a].cue & kCueParticiple) == 0)) {
      Speaker s = speakers_.Right(a, hi);
      if (!s.found()) return false;
      claim->speaker = s;
      SetCue(a, a, claim);
      *end_token = s.last - 1;
      return true;
    }
    for (int c = a + 1; c < hi && c < a + kAfterWindow; ++c) {
      const bool abbreviation = c + 1 < hi && IsPunct(t_[c + 1], ',');  // "Pa., said"
      if (t_[c].kind == TokenKind::kQuote || (IsTerminal(t_[c]) && !abbreviation)) return false;
      if (!IsCue(c, kCueQuote)) {
        if (c == a + 1 || !IsSpeechVerbAfter(c)) continue;
        // “…,” some protesters chanted: any past-tense verb right after the speaker.
        Speaker s = speakers_.Left(c, a, /*loose=*/true);
        if (!s.found() || s.first != a || s.last != c || max_offset == 2) continue;
        claim->speaker = s;
        SetCue(c, c, claim);
        *end_token = c;
        return true;
      }
      Speaker s = speakers_.Left(c, a, /*loose=*/true);
      if (!s.found() || s.first - a > max_offset || HasConjunction(a, s.first)) return false;
      claim->speaker = s;
      SetCue(c, c, claim);
      *end_token = c;
      return true;
    }
    return false;
  }

  // "X noted, “…”", "…, stating, “…”", "according to X, “…”", "X: “…”".
  // Sets *mixed when words stand between the cue and the quote.
  bool Before(int open, int lo, const Sentence& first_sentence, ClaimDraft* claim,
              bool* mixed, int* content_first) {
    int cue = -1;
    for (int c = open - 1; c >= lo; --c) {
      if (t_[c].kind == TokenKind::kQuote) break;
      if (IsCue(c, kCueQuote | kCueReport) && (t_[c].cue & kCueAfterOnly) == 0) {
        if (!cue_used_[c]) cue = c;
        break;
      }
    }
    const int b = open - 1;
    if (cue < 0) {
      // "Trump: “…”"
      if (b - 1 >= lo && IsPunct(t_[b], ':')) {
        const int m = mentions_.MentionEndingAt(b - 1);
        if (m < 0) return false;
        const Mention& mention = mentions_.mentions()[m];
        const int start = mention.title_first >= 0 ? mention.title_first : mention.first;
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
    if (Word(cue) == "according" || Word(cue) == "According") {
      if (cue + 1 >= open || Word(cue + 1) != "to") return false;
      s = speakers_.Right(cue + 1, open);
      cue_last = cue + 1;
      inverted = true;
    } else if (cue + 1 < open && Word(cue + 1) == "by") {
      // "Sanders was asked by host Bill Maher, “…”"
      s = speakers_.Right(cue + 1, open);
      cue_last = cue + 1;
      inverted = true;
    } else if ((t_[cue].cue & kCueParticiple) != 0) {
      s = speakers_.Left(cue, first_sentence.first);
      // "“…,” Law said, noting that donors feel “…”": the speaker goes on.
      if (!s.found() && cue > 0 && IsPunct(t_[cue - 1], ',')) {
        s = EarlierSpeaker(first_sentence.first, cue);
      }
      if (!s.found()) s = speakers_.Subject(first_sentence, cue);
    } else {
      s = speakers_.Left(cue, first_sentence.first);
      Speaker outer;
      if (s.found() && s.first > first_sentence.first &&
          (t_[s.first].classes & kRelative) == 0) {
        const int c0 = OuterCue(first_sentence.first, s.first, &outer);
        if (c0 >= 0) {
          s = outer;
          cue = cue_last = c0;
        }
      }
      if (!s.found()) {
        s = speakers_.Right(cue, open);
        if (s.found() && FollowedByVerb(s, open)) s = Speaker{};
        inverted = s.found();
      }
      if (!s.found()) s = speakers_.Subject(first_sentence, cue);
    }
    if (!s.found()) return false;
    const bool punct_before = IsPunct(t_[b], ',') || IsPunct(t_[b], ':') || t_[b].punct == 'D';
    int gap_words = 0;
    int k = (inverted ? std::max(s.last, cue_last + 1) : cue_last + 1);
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
    *mixed = !(gap_words == 0 || (punct_before && (gap_words <= kMaxDirectGapWords || inverted)));
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

  void Quote(int qi) {
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
      if (next.paragraph == sc.paragraph) hi = std::min(next.last, q.close + 1 + kNextSentenceCue);
    }
    if (qi + 1 < static_cast<int>(m_.quotes.size()) && m_.quotes[qi + 1].open < hi) {
      hi = m_.quotes[qi + 1].open;
    }
    const auto [begin, end] = Trim(q.begin, q.end);
    if (end <= begin) return;
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
      const bool runs_on = q.close >= 0 && q.close + 1 < sc.last && IsWord(t_[q.close + 1]) &&
                           m_.text[q.end - 1] != ',' && !IsCue(q.close + 1, kCueParticiple);
      if (mixed || runs_on) {
        claim.kind = v1::CLAIM_KIND_MIXED_QUOTE;
        claim.begin = t_[content_first].begin;
        const int e = ClauseEnd(q.close >= 0 ? q.close + 1 : last, sc.last);
        claim.end = std::max(t_[e - 1].end, claim.end);
      }
    } else if (!ColonIntro(q.open, &claim) && !Unattributed(q, begin, end, &claim)) {
      return;
    }
    quote_claim_[qi] = AddClaim(std::move(claim));
  }

  // "Cruz continued:" / "Politico reveals the facts:" before a quote, in the same
  // or the previous paragraph: the cue's speaker, else the sentence subject.
  bool ColonIntro(int open, ClaimDraft* claim) {
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
    if (const int outer = OuterCue(s.first, colon, &sp); outer >= 0) {
      cue = outer;
    } else if (cue >= 0 && (t_[cue].cue & kCueParticiple) == 0) {
      sp = speakers_.Right(cue, colon);
    }
    if (!sp.found()) sp = speakers_.Subject(s, cue >= 0 ? cue : colon);
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

  // A quote with no attribution near it: speech when it reads like a sentence,
  // credited to the speaker of the last quote in this or the previous paragraph.
  bool Unattributed(const QuoteSpan& q, int begin, int end, ClaimDraft* claim) {
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
    const bool starts_sentence =
        m_.sentences[m_.sentence_of_token[q.open]].first == q.open;
    const bool sentence_like = words >= kSentenceLikeWords ||
                               (words >= 3 && (terminal_inside || starts_sentence));
    if (!sentence_like || all_capitalised) return false;
    claim->confidence = 0.4f;
    const int paragraph = t_[q.open].paragraph;
    for (auto it = claims_.rbegin(); it != claims_.rend(); ++it) {
      if (it->begin > begin) continue;
      const int claim_paragraph = ParagraphAt(it->begin);
      if (claim_paragraph < paragraph - 1) break;
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

  int ParagraphAt(int byte) const {
    auto it = std::lower_bound(t_.begin(), t_.end(), byte,
                               [](const Token& t, int b) { return t.end <= b; });
    return it == t_.end() ? t_.back().paragraph : it->paragraph;
  }

  // Tokens [k, end) of the reported words after a cue: skips a listener
  // ("told reporters"), "that" and punctuation; stops before a participle that
  // introduces a quote or at a quote credited elsewhere.
  std::pair<int, int> ContentAfter(int cue, int from, const Sentence& s) const {
    int k = from;
    if ((t_[cue].cue & kCueObject) != 0 && k < s.last) {
      if (const int m = mentions_.MentionStartingAt(k); m >= 0) {
        k = mentions_.mentions()[m].last;
      } else if (t_[k].kind == TokenKind::kWord && Word(k) != "that") {
        ++k;
      }
    }
    while (k < s.last && (Word(k) == "that" || IsPunct(t_[k], ',') || IsPunct(t_[k], ':')) &&
           !(k + 1 < s.last && t_[k + 1].possessive)) {
      ++k;
    }
    int e = k;
    for (; e < s.last; ++e) {
      if (IsPunct(t_[e], ',') && e + 1 < s.last && IsCue(e + 1, kCueParticiple)) break;
      if (t_[e].kind == TokenKind::kQuote && QuoteClaimedAt(e)) break;
    }
    while (e > k && (IsTerminal(t_[e - 1]) || IsPunct(t_[e - 1], ',') || IsPunct(t_[e - 1], ';'))) --e;
    return {k, e};
  }

  // Index of the first quote opening at or after token `k`.
  size_t FirstQuoteFrom(int k) const {
    auto it = std::lower_bound(m_.quotes.begin(), m_.quotes.end(), k,
                               [](const QuoteSpan& q, int t) { return q.open < t; });
    return static_cast<size_t>(it - m_.quotes.begin());
  }

  bool QuoteClaimedAt(int open) const {
    const size_t i = FirstQuoteFrom(open);
    return i < m_.quotes.size() && m_.quotes[i].open == open && quote_claim_[i] >= 0;
  }

  // Marks unclaimed quotes inside [first, last) as part of a claim; true if any.
  bool AbsorbQuotes(int first, int last, int claim, int* last_close) {
    bool any = false;
    for (size_t i = FirstQuoteFrom(first); i < m_.quotes.size() && m_.quotes[i].open < last;
         ++i) {
      if (quote_claim_[i] < 0) {
        quote_claim_[i] = claim;
        any = true;
      }
      *last_close = m_.quotes[i].close;
    }
    return any;
  }

  // "Trump further summed up Clinton as “terrible”": a quote inside a clause whose
  // subject names someone is a mixed quote of that subject; the verb is the cue.
  void EmbeddedQuote(int qi) {
    const QuoteSpan& q = m_.quotes[qi];
    if (q.close < 0) return;
    const Sentence& s = m_.sentences[m_.sentence_of_token[q.open]];
    Speaker sp = speakers_.Subject(s, q.open);
    if (!sp.found() || sp.anonymous || sp.last >= q.open || sp.entity < 0 ||
        mentions_.entities()[sp.entity].type != v1::SOURCE_TYPE_PERSON) {
      return;
    }
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
    int first = verb + 1;
    while (first < q.open && (Word(first) == "up" || Word(first) == "that")) ++first;
    const int end = ClauseEnd(q.close + 1, s.last);
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

  // True when a lowercase word that reads as a verb follows the speaker phrase.
  bool FollowedByVerb(const Speaker& sp, int hi) const {
    if (sp.last >= hi) return false;
    const Token& t = t_[sp.last];
    return t.kind == TokenKind::kWord && !t.upper &&
           (t.classes & (kAdverbial | kTimeWord | kRelative)) == 0;
  }

  // True when a comma or semicolon lies in tokens [from, to).
  bool HasClauseBreak(int from, int to) const {
    for (int k = from; k < to; ++k) {
      if (IsPunct(t_[k], ',') || IsPunct(t_[k], ';') || IsTerminal(t_[k])) return true;
    }
    return false;
  }

  // The end (exclusive) of the clause running on from token `from`: the first
  // comma, semicolon, dash or parenthesis, else the sentence end without its final
  // punctuation. Used to end mixed quotes.
  int ClauseEnd(int from, int sentence_last) const {
    int e = from;
    for (; e < sentence_last; ++e) {
      const Token& t = t_[e];
      if (IsPunct(t, ',') || IsPunct(t, ';') || t.punct == 'D' || IsPunct(t, '(')) break;
    }
    while (e > from && IsTerminal(t_[e - 1])) --e;
    return std::max(e, from);
  }

  // A lowercase past-tense verb ending the clause: "he surmised.", "she went on,".
  bool IsSpeechVerbAfter(int k) const {
    const Token& t = t_[k];
    if (t.kind != TokenKind::kWord || t.upper || (t.classes & kWordClassesNotVerbs) != 0) {
      return false;
    }
    const absl::string_view w = Word(k);
    if (w.size() < 4 || !absl::EndsWith(w, "ed")) return false;
    const int next = k + 1;
    return next >= static_cast<int>(t_.size()) || t_[next].kind == TokenKind::kPunct ||
           (t_[next].classes & (kAdverbial | kTimeWord | kFiller)) != 0;
  }

  // True when a clause-joining word lies in tokens [from, to) ("..., but he warned").
  bool HasConjunction(int from, int to) const {
    for (int k = from; k < to; ++k) {
      const absl::string_view w = Word(k);
      if (w == "but" || w == "and" || w == "while" || w == "as" || w == "although" ||
          w == "though" || w == "when" || w == "because" || w == "so" || w == "yet" ||
          w == "or" || w == "that" || w == "before" || w == "after" || w == "if") {
        return true;
      }
    }
    return false;
  }

  // The first cue in tokens [from, to) with a subject of its own, or -1:
  // "Obama said he expected that Americans will say “no”" -> "said".
  int OuterCue(int from, int to, Speaker* speaker) const {
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

  // “...” in the 2008 primary, said Paul Beck: a quote with no speaker of its own
  // inside reported speech takes the reporter's speaker.
  void LendReportedSpeakers(size_t first_reported) {
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

  // "Lerer reported from Los Angeles": a short prepositional phrase says nothing.
  bool CreditLine(std::pair<int, int> content) const {
    const Token& t = t_[content.first];
    if (t.kind != TokenKind::kWord || t.upper) return false;
    const absl::string_view w = Word(content.first);
    const bool preposition = (t.classes & kAffiliationPrep) != 0 || w == "to" || w == "on" ||
                             w == "in" || w == "about" || w == "during";
    return preposition && WordsIn(content.first, content.second) <= 5;
  }

  // The noun phrase between the last comma and a sentence-final cue
  // ("..., people close to Clinton say."), or nothing.
  Speaker PhraseAfterComma(int cue, const Sentence& s) const {
    int p = cue - 1;
    while (p > s.first && cue - p <= kMaxFinalSpeakerTokens && !IsPunct(t_[p], ',')) {
      if (t_[p].kind != TokenKind::kWord || (t_[p].cue != 0 && p != cue)) return Speaker{};
      --p;
    }
    if (p <= s.first || !IsPunct(t_[p], ',') || p + 1 >= cue) return Speaker{};
    Speaker sp = speakers_.Left(cue, p + 1);
    if (sp.found() && sp.first == p + 1) return sp;
    // Start the phrase with a determiner, a name, a pronoun or a speaking noun.
    const Token& first = t_[p + 1];
    const bool plausible = first.upper || (first.classes & (kDeterminer | kSpeakerNoun)) != 0;
    if (!plausible) return Speaker{};
    Speaker np;
    np.first = p + 1;
    np.last = cue;
    np.anonymous = true;
    if (const int m = mentions_.MentionStartingAt(p + 1); m >= 0) {
      np.entity = mentions_.mentions()[m].entity;
      np.anonymous = false;
    }
    return np;
  }

  // True when only ", an appositive" without cues follows to the sentence end.
  bool AppositiveToEnd(int k, const Sentence& s) const {
    if (k >= s.last || !IsPunct(t_[k], ',')) return false;
    for (int j = k + 1; j < s.last; ++j) {
      if (t_[j].kind == TokenKind::kQuote || (t_[j].cue != 0 && !t_[j].upper)) return false;
    }
    return true;
  }

  // "Cruz called them on it:" before a quote: the quote is the claim.
  bool IntroducesQuote(const Sentence& s) const {
    return s.last < static_cast<int>(t_.size()) && IsPunct(t_[s.last - 1], ':') &&
           t_[s.last].kind == TokenKind::kQuote;
  }

  // True when only adverbials follow token k to the sentence end.
  bool AtSentenceEnd(int k, const Sentence& s) const {
    int words = 0;
    for (int j = k; j < s.last; ++j) {
      const Token& t = t_[j];
      // "..., Roe said, citing low growth": a participle opens its own claim.
      if (IsPunct(t, ',') && j + 1 < s.last && IsCue(j + 1, kCueParticiple)) return true;
      if (IsWord(t)) {
        if (++words > 6 || (t.classes & (kAdverbial | kTimeWord | kFiller)) == 0) return false;
        continue;
      }
      if (t.kind == TokenKind::kPunct && !IsTerminal(t)) return false;
    }
    return true;
  }

  // The speaker of the latest claim whose cue lies in [first, before).
  Speaker EarlierSpeaker(int first, int before) const {
    int steps = 0;
    for (auto it = claims_.rbegin(); it != claims_.rend() && ++steps <= kMaxClaimLookback;
         ++it) {
      if (it->cue_token >= first && it->cue_token < before && it->speaker.found()) {
        return it->speaker;
      }
    }
    return Speaker{};
  }

  // "John McCain: Republican anger appeals to bad angels": a name, a colon, words.
  void ColonHeadline(const Sentence& s) {
    const int m = mentions_.MentionStartingAt(s.first);
    if (m < 0) return;
    const int colon = mentions_.mentions()[m].last;
    if (colon + 2 >= s.last || !IsPunct(t_[colon], ':') ||
        t_[colon + 1].kind == TokenKind::kQuote) {
      return;
    }
    int e = s.last;
    while (e > colon + 1 && (IsTerminal(t_[e - 1]) || IsPunct(t_[e - 1], ','))) --e;
    if (WordsIn(colon + 1, e) < 3) return;
    Emit(v1::CLAIM_KIND_ATTRIBUTED, {colon + 1, e}, colon, colon,
         speakers_.Right(s.first - 1, colon), /*may_mix=*/false);
  }

  void Reported(const Sentence& s) {
    ColonHeadline(s);
    bool earlier_cue = false;
    for (int c = s.first; c < s.last; ++c) {
      if (!IsCue(c, kCueReport)) continue;
      const bool participle = (t_[c].cue & kCueParticiple) != 0;
      if (participle && earlier_cue && !cue_used_[c] && c > s.first &&
          IsPunct(t_[c - 1], ',')) {
        // "..., McCain said, citing low growth": the earlier speaker goes on.
        const Speaker sp = EarlierSpeaker(s.first, c);
        const std::pair<int, int> content = ContentAfter(c, c + 1, s);
        if (sp.found() && WordsIn(content.first, content.second) >= 2) {
          Emit(v1::CLAIM_KIND_INDIRECT_QUOTE, content, c, c, sp);
        }
        continue;
      }
      if (participle && c > s.first && Word(c - 1) == "by") continue;  // "by echoing"
      if (cue_used_[c] || (participle && earlier_cue)) {
        earlier_cue = true;
        continue;
      }
      earlier_cue = true;
      if ((t_[c].cue & kCueAccording) != 0) {
        According(c, s);
        continue;
      }
      Speaker sp = speakers_.Left(c, s.first);
      bool inverted = false;
      // "X struck a measured tone, saying ...": the subject speaks.
      if (!sp.found() && participle && c > s.first && IsPunct(t_[c - 1], ',')) {
        sp = speakers_.Subject(s, c);
      }
      // "..., people close to Clinton say.": the phrase after the comma speaks.
      if (!participle && AtSentenceEnd(c + 1, s)) {
        if (Speaker np = PhraseAfterComma(c, s); np.found()) sp = np;
      }
      if (!sp.found() && !participle) {
        sp = speakers_.Right(c, s.last);
        // "said they were ...": a subject followed by its verb starts the content.
        if (sp.found() && FollowedByVerb(sp, s.last)) sp = Speaker{};
        inverted = sp.found();
      }
      // "Trump issued a statement saying ...": the issuer speaks.
      if (participle && sp.found() && sp.anonymous && sp.first > s.first &&
          (Word(sp.first - 1) == "a" || Word(sp.first - 1) == "an")) {
        if (Speaker subject = speakers_.Subject(s, sp.first); subject.found()) sp = subject;
      }
      if (!sp.found()) continue;
      const int group_first = std::min(sp.first, c);
      const int group_last = std::max(sp.last - 1, c);
      const bool after_comma = group_first > s.first && IsPunct(t_[group_first - 1], ',');
      std::pair<int, int> content;
      if (after_comma && group_first > s.first + 1 &&
          (AtSentenceEnd(group_last + 1, s) || (inverted && AppositiveToEnd(group_last + 1, s)))) {
        content = {s.first, group_first - 1};
      } else if (after_comma && group_last + 1 < s.last && IsPunct(t_[group_last + 1], ',')) {
        // "Back then, Ms. Ripert said, she found ...": words on both sides.
        if (WordsIn(s.first, group_first - 1) >= 1 && !IntroducesQuote(s)) {
          Emit(v1::CLAIM_KIND_INDIRECT_QUOTE, {s.first, group_first - 1}, c, c, sp);
        }
        content = ContentAfter(c, group_last + 1, s);
      } else {
        content = ContentAfter(c, inverted ? sp.last : c + 1, s);
      }
      if (WordsIn(content.first, content.second) < 2 || IntroducesQuote(s) ||
          CreditLine(content)) {
        continue;
      }
      Emit(v1::CLAIM_KIND_INDIRECT_QUOTE, content, c, c, sp);
    }
  }

  void According(int c, const Sentence& s) {
    if (c + 1 >= s.last || Word(c + 1) != "to") return;
    Speaker sp = speakers_.Right(c + 1, s.last);
    if (!sp.found()) {
      // "according to the state Division of Gaming Enforcement": the phrase up to
      // the next comma or the sentence end.
      int e = c + 2;
      while (e < s.last && e - c <= kMaxAccordingTokens && t_[e].kind == TokenKind::kWord) ++e;
      if (e == c + 2 || (e < s.last && !IsPunct(t_[e], ',') && !IsTerminal(t_[e]))) return;
      sp.first = c + 2;
      sp.last = e;
      sp.anonymous = true;
      for (int k = c + 2; k < e; ++k) {
        if (const int m = mentions_.MentionStartingAt(k); m >= 0) {
          sp.entity = mentions_.mentions()[m].entity;
          sp.anonymous = false;
          break;
        }
      }
    }
    // "according to a spokesperson for Greenpeace": the speaker runs on.
    if (sp.anonymous && sp.last + 1 < s.last && (t_[sp.last].classes & kAffiliationPrep) != 0) {
      int k = sp.last + 1;
      if (Word(k) == "the" && k + 1 < s.last) ++k;
      if (const int m = mentions_.MentionStartingAt(k); m >= 0) {
        sp.last = mentions_.mentions()[m].last;
      }
    }
    std::pair<int, int> content;
    int lead = s.first;
    while (lead < c && !IsWord(t_[lead])) ++lead;
    if (lead == c) {
      int k = sp.last;
      while (k < s.last && IsPunct(t_[k], ',')) ++k;
      int e = s.last;
      while (e > k && (IsTerminal(t_[e - 1]) || IsPunct(t_[e - 1], ','))) --e;
      content = {k, e};
    } else {
      int e = c;
      while (e > s.first && IsPunct(t_[e - 1], ',')) --e;
      content = {s.first, e};
    }
    if (WordsIn(content.first, content.second) < 2) return;
    Emit(v1::CLAIM_KIND_ATTRIBUTED, content, c, c + 1, sp);
  }

  void Emit(v1::ClaimKind kind, std::pair<int, int> content, int cue_first, int cue_last,
            const Speaker& sp, bool may_mix = true) {
    ClaimDraft claim;
    claim.kind = kind;
    claim.begin = t_[content.first].begin;
    claim.end = t_[content.second - 1].end;
    claim.speaker = sp;
    claim.confidence = 0.7f;
    SetCue(cue_first, cue_last, &claim);
    const int index = static_cast<int>(claims_.size());
    int last_close = -1;
    if (AbsorbQuotes(content.first, content.second, index, &last_close) && may_mix) {
      claim.kind = v1::CLAIM_KIND_MIXED_QUOTE;
      if (last_close >= 0 && last_close + 1 < content.second) {
        const int e = ClauseEnd(last_close + 1, content.second);
        if (e > last_close) claim.end = t_[std::max(e - 1, last_close)].end;
      }
    }
    AddClaim(std::move(claim));
  }

  const TextModel& m_;
  const std::vector<Token>& t_;
  const MentionFinder& mentions_;
  SpeakerFinder speakers_;
  std::vector<bool> cue_used_;
  std::vector<int> quote_claim_;
  std::vector<int> attribution_end_;
  std::vector<ClaimDraft> claims_;
};

}  // namespace

std::vector<ClaimDraft> FindClaims(const TextModel& model, const MentionFinder& mentions) {
  return ClaimFinder(model, mentions).Run();
}

}  // namespace factwire
