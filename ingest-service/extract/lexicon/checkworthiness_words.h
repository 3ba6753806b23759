#ifndef FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_CHECKWORTHINESS_WORDS_H_
#define FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_CHECKWORTHINESS_WORDS_H_

#include <cstdint>

#include "absl/types/span.h"

namespace factwire {
namespace lexicon {

// What a word or phrase tells the checkworthiness scorer about a claim
// (ingest-service/extract/checkworthiness.h holds the weights).
enum class CheckWordKind : uint8_t {
  kComparative,  // "more than", "highest", "doubled", "record", "rose"
  kCausal,       // "because", "led to", "due to", "resulted in"
  kFactualVerb,  // "is", "was", "has": a stated fact
  kEvidence,     // "data", "study", "census": a checkable record
  kTimeWord,     // months, weekdays, "yesterday", "last year"
  kOpinion,      // "great", "terrible", "I think", "hope": judgement or feeling
  kOpinionCue,   // "believes", "hopes": a cue that makes what follows an opinion
  kModal,        // "should", "must", "need to": a prescription
  kFuture,       // "will", "going to", "plan to": a promise or forecast
  kPromiseCue,   // "promised", "vowed": a cue that makes what follows a promise
  kFirstPerson,  // "I", "my", "I'm"
  kFirstPlural,  // "we", "our", "us"
  kHedge,        // "maybe", "perhaps", "might"
  kProcedural,   // "declined to comment", "thank you", "will begin at"
};

// The number of CheckWordKind values.
inline constexpr int kCheckWordKinds = 14;

// The words and phrases of one kind. A phrase is words separated by single
// spaces, matched word by word (punctuation between the words is ignored).
struct CheckWordGroup {
  CheckWordKind kind;
  absl::Span<const char* const> phrases;
};

// CheckworthinessWords()
//
// Every word and phrase the scorer knows, one group per kind. Lowercase ASCII;
// apostrophes are straight ("i'm"); at most 4 words per phrase. A word may
// appear in several groups.
absl::Span<const CheckWordGroup> CheckworthinessWords();

}  // namespace lexicon
}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_CHECKWORTHINESS_WORDS_H_
