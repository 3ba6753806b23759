#ifndef FACTWIRE_INGEST_SERVICE_EXTRACT_CLAIMS_H_
#define FACTWIRE_INGEST_SERVICE_EXTRACT_CLAIMS_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "factwire/v1/records.pb.h"
#include "ingest-service/extract/mentions.h"
#include "ingest-service/extract/quotes.h"
#include "ingest-service/extract/sentences.h"
#include "ingest-service/extract/speakers.h"
#include "ingest-service/extract/tokens.h"

namespace factwire {

// A claim before ids and sources are assigned. Spans are bytes of the text.
struct ClaimDraft {
  v1::ClaimKind kind = v1::CLAIM_KIND_UNSPECIFIED;
  int begin = 0;  // the claimed words
  int end = 0;
  std::string text;    // set when the words are not one stretch (split quotes)
  int cue_token = -1;  // first token of the cue
  int cue_begin = -1;
  int cue_end = -1;
  std::string cue;  // set when the cue is not text (unused otherwise)
  Speaker speaker;
  bool inherited = false;     // speaker carried over from an earlier quote
  int inherited_entity = -1;  // ... when that quote had only an entity
  float confidence = 0;
};

// The tokenized document the claim finder reads.
struct TextModel {
  absl::string_view text;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<int> sentence_of_token;
  std::vector<QuoteSpan> quotes;
  std::vector<int> quote_depth;  // per token: 1 inside a quote (marks excluded), else 0
};

// FindClaims()
//
// Direct quotes (with speakers before, after or around them, split quotes,
// colon and dash attributions, speakers carried over to unattributed quotes),
// mixed quotes, reported speech ("X warned that ...", "..., X said") and
// "according to X" claims, in no particular order. Scare quotes and titles of works
// yield no claim of their own. Pure function of its inputs.
std::vector<ClaimDraft> FindClaims(const TextModel& model, const MentionFinder& mentions);

}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_EXTRACT_CLAIMS_H_
