#include "ingest-service/extract/extractor.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "ingest-service/extract/claims.h"
#include "ingest-service/extract/figures.h"
#include "ingest-service/extract/lexicon/lexicon.h"
#include "ingest-service/extract/lexicon/speech_words.h"
#include "ingest-service/extract/mentions.h"
#include "ingest-service/extract/quotes.h"
#include "ingest-service/extract/records.h"
#include "ingest-service/extract/sentences.h"
#include "ingest-service/extract/tokens.h"

namespace factwire {

struct Extractor::Lexicons {
  Lexicon lexicon;
};

namespace {

using Ranges = std::vector<std::pair<int, int>>;

// The headline's and then the subheadline's places in the text, when they
// stand before the first of `ranges` (the parsers lay them out there), put in
// front of `*ranges`: a headline states figures and attributions as the body
// does ("Spain seizes 13 tonnes of cocaine", "Mayor: “We will rebuild”").
void AddLeadLines(const v1::Document& doc, Ranges* ranges) {
  const std::string& text = doc.text();
  const size_t limit = ranges->empty() ? text.size() : static_cast<size_t>(ranges->front().first);
  Ranges lead;
  size_t from = 0;
  for (const std::string* line : {&doc.headline(), &doc.subheadline()}) {
    if (line->empty()) continue;
    const size_t at = text.find(*line, from);
    if (at == std::string::npos || at + line->size() > limit) continue;
    from = at + line->size();
    lead.emplace_back(static_cast<int>(at), static_cast<int>(from));
  }
  ranges->insert(ranges->begin(), lead.begin(), lead.end());
}

// The paragraphs the document lists, after its headline and subheadline
// (AddLeadLines), or its blank-line-separated blocks, into `*ranges`
// (replacing its contents).
void Paragraphs(const v1::Document& doc, Ranges* out) {
  Ranges& ranges = *out;
  ranges.clear();
  const int size = static_cast<int>(doc.text().size());
  for (const v1::TextSpan& p : doc.paragraphs()) {
    if (p.begin() >= 0 && p.begin() < p.end() && p.end() <= size) {
      ranges.emplace_back(p.begin(), p.end());
    }
  }
  if (!ranges.empty()) {
    AddLeadLines(doc, &ranges);
    return;
  }
  const std::string& text = doc.text();
  int begin = 0;
  for (int i = 0; i <= size; ++i) {
    const bool blank_line = i == size || (text[i] == '\n' && i + 1 < size &&
                                          (text[i + 1] == '\n' || text[i + 1] == '\r'));
    if (!blank_line) continue;
    if (i > begin) ranges.emplace_back(begin, i);
    begin = i + 1;
  }
}

// "the report said", "its latest reports": a document noun after an article, a
// possessive or an adjective of reports (lexicon::IsDocumentDeterminer) is a
// noun that may speak, not the cue verb it also is ("officials report that").
void DocumentNounsAreNouns(absl::string_view text, std::vector<Token>* tokens) {
  Token* const d = tokens->data();
  const size_t n = tokens->size();
  for (size_t k = 1; k < n; ++k) {
    // Most tokens are no cue: four are passed over with one test.
    while (k + 4 <= n && (d[k].cue | d[k + 1].cue | d[k + 2].cue | d[k + 3].cue) == 0) {
      k += 4;
    }
    if (k >= n) break;
    Token& t = d[k];
    const Token& before = d[k - 1];
    if (t.cue == 0 || t.kind != TokenKind::kWord || before.kind != TokenKind::kWord ||
        !lexicon::IsDocumentNoun(TokenText(text, t))) {
      continue;
    }
    const std::string word =
        absl::AsciiStrToLower(text.substr(before.begin, before.end - before.begin));
    if (!lexicon::IsDocumentDeterminer(word)) continue;
    t.cue = 0;
    t.classes &= ~kCue;
  }
}

// Makes `*v` hold `n` zeros, as assign(n, 0) does, with one memset (assign()'s
// out-of-line fill stores an int at a time).
void ZeroFill(size_t n, std::vector<int>* v) {
  v->resize(n);
  if (n > 0) std::memset(v->data(), 0, n * sizeof(int));
}

// Sets to 1 the entries of `*depth` of the tokens inside quote `q`: after its
// opening mark, up to its closing mark, or (never closed) those beginning
// before its end.
void MarkQuoted(const QuoteSpan& q, const std::vector<Token>& tokens, std::vector<int>* depth) {
  const int size = static_cast<int>(tokens.size());
  const int first = q.open + 1;
  int end = first;
  if (q.close >= 0) {
    end = std::min(q.close, size);
  } else {
    while (end < size && tokens[end].begin < q.end) ++end;
  }
  if (end > first) std::fill(depth->begin() + first, depth->begin() + end, 1);
}

// Fills `*model` from the document, reusing the capacity of its vectors (the
// caller keeps one model per thread, so a document costs no large allocations).
void BuildModel(const v1::Document& doc, const Lexicon& lexicon, TextModel* model) {
  thread_local Ranges paragraphs;
  model->text = doc.text();
  Paragraphs(doc, &paragraphs);
  Tokenize(model->text, paragraphs, lexicon, &model->tokens);
  DocumentNounsAreNouns(model->text, &model->tokens);
  SplitSentences(model->tokens, &model->sentences);
  ZeroFill(model->tokens.size(), &model->sentence_of_token);
  for (size_t s = 0; s < model->sentences.size(); ++s) {
    const Sentence& sentence = model->sentences[s];
    if (sentence.last <= sentence.first) continue;
    std::fill(model->sentence_of_token.begin() + sentence.first,
              model->sentence_of_token.begin() + sentence.last, static_cast<int>(s));
  }
  model->quotes = PairQuotes(model->tokens);
  ZeroFill(model->tokens.size(), &model->quote_depth);
  for (const QuoteSpan& q : model->quotes) MarkQuoted(q, model->tokens, &model->quote_depth);
}

// True when `figure` is "one" written as a word that opens the speaker of one
// of `drafts` or stands right before it ("One economist, who asked not to be
// named, said ...", "one fan said"): the number picks out an unnamed person; it counts
// nothing a reader would look up.
bool IsSpeakerDeterminer(const v1::Figure& figure, const std::vector<ClaimDraft>& drafts,
                         const TextModel& model) {
  const int begin = figure.span().begin();
  const int end = figure.span().end();
  if (end - begin != 3 || !absl::EqualsIgnoreCase(model.text.substr(begin, 3), "one")) {
    return false;
  }
  for (const ClaimDraft& d : drafts) {
    if (!d.speaker.found()) continue;
    const int first = d.speaker.first;
    // "One economist" as the speaker, or "one" just before a speaker "fan".
    if ((model.tokens[first].begin == begin && d.speaker.last - first > 1) ||
        (first > 0 && model.tokens[first - 1].begin == begin)) {
      return true;
    }
  }
  return false;
}

// Drops the speaker determiners (IsSpeakerDeterminer) from figures[0, *count),
// keeping the others' order; the dropped entries stay behind *count for reuse.
void DropSpeakerDeterminers(const std::vector<ClaimDraft>& drafts, const TextModel& model,
                            std::vector<v1::Figure>* figures, size_t* count) {
  size_t kept = 0;
  for (size_t i = 0; i < *count; ++i) {
    if (IsSpeakerDeterminer((*figures)[i], drafts, model)) continue;
    if (kept != i) (*figures)[kept].Swap(&(*figures)[i]);
    ++kept;
  }
  *count = kept;
}

}  // namespace

Extractor::Extractor(std::unique_ptr<const Lexicons> lexicons)
    : lexicons_(std::move(lexicons)) {}

Extractor::~Extractor() = default;

absl::StatusOr<std::unique_ptr<Extractor>> Extractor::Create() {
  absl::StatusOr<Lexicon> lexicon = Lexicon::Build();
  if (!lexicon.ok()) return lexicon.status();
  auto lexicons = std::make_unique<Lexicons>();
  lexicons->lexicon = *std::move(lexicon);
  return std::unique_ptr<Extractor>(new Extractor(std::move(lexicons)));
}

absl::Status Extractor::Extract(v1::Document* document) const {
  thread_local TextModel model;
  BuildModel(*document, lexicons_->lexicon, &model);
  // The thread's, as the model is: reset for each document, its containers
  // keep their capacity.
  thread_local MentionFinder mentions(model.text, model.tokens, model.quote_depth);
  mentions.Reset(model.text);
  for (const Sentence& s : model.sentences) mentions.AddSentence(s);
  std::vector<ClaimDraft> drafts = FindClaims(model, mentions);
  // The thread's: each sentence's figures are built in its first `count`
  // entries, and the figures (and their strings) of earlier documents are
  // reused rather than freed and allocated again.
  thread_local std::vector<v1::Figure> figures;
  size_t count = 0;
  v1::TextSpan span;
  for (const Sentence& s : model.sentences) {
    span.set_begin(s.begin);
    span.set_end(s.end);
    if (MayHoldFigures(model.text, model.tokens, s.first, s.last)) {
      FindFigures(model.text, span, &figures, &count);
    }
  }
  DropSpeakerDeterminers(drafts, model, &figures, &count);
  BuildRecords(model, mentions, std::move(drafts),
               absl::MakeSpan(figures.data(), count), document);
  document->set_extractor_version(kExtractorVersion);
  return absl::OkStatus();
}

}  // namespace factwire
