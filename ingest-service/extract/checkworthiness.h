#ifndef FACTWIRE_INGEST_SERVICE_EXTRACT_CHECKWORTHINESS_H_
#define FACTWIRE_INGEST_SERVICE_EXTRACT_CHECKWORTHINESS_H_

#include <array>

#include "absl/strings/string_view.h"
#include "factwire/v1/records.pb.h"

namespace factwire {

// The kinds of the figures linked to one claim.
struct ClaimFigureKinds {
  int currency = 0;
  int percent = 0;
  int other = 0;  // counts, masses, durations, ...

  // Counts one figure of dimension `d`.
  void Add(v1::Dimension d);
  int total() const { return currency + percent + other; }
};

// What the scorer reads about one claim. The views must outlive the call.
struct CheckworthinessInput {
  absl::string_view text;    // the claimed words
  absl::string_view before;  // the rest of its sentence before the words ...
  absl::string_view after;   // ... and after them (speaker, cue), may be empty
  v1::ClaimKind kind = v1::CLAIM_KIND_UNSPECIFIED;
  ClaimFigureKinds figures;
};

// CheckworthinessInputAt()
//
// The input for `claim` of a document whose text is `text`: the claim's text and
// kind, and the bytes of its sentence_span before and after its span (spans
// outside `text` are clamped). Figures are left for the caller to add. The
// views point into `text` and `claim`.
CheckworthinessInput CheckworthinessInputAt(absl::string_view text,
                                            const v1::Claim& claim);

// The evidence the scorer weighs. Each signal adds weight x min(count, cap)
// to the logit (see kSignals in checkworthiness.cc and README "Checkworthiness").
enum class CheckSignal {
  kFigure,              // a figure is linked to the claim
  kCurrencyFigure,      // ... an amount of money
  kPercentFigure,       // ... a percentage
  kOtherFigure,         // ... a count or a measure
  kNumber,              // digits that are no figure (years, dates) in the words
  kComparative,         // "more than", "highest", "doubled", "rose"
  kCausal,              // "because", "led to", "due to"
  kFactualVerb,         // "is", "was", "has", a past "-ed" form
  kEvidence,            // "data", "study", "census"
  kTimeWord,            // months, weekdays, "last year"
  kName,                // capitalised words inside a sentence (names, places)
  kAttributed,          // the claim has a speaker or a cue
  kOpinion,             // "great", "terrible", "I think", "hope"
  kModal,               // "should", "must", "need to"
  kFuture,              // "will", "going to", "plan to"
  kFirstPerson,         // "I", "my"
  kFirstPlural,         // "we", "our"
  kFirstPersonFeeling,  // first person singular together with an opinion
  kHedge,               // "maybe", "might"
  kQuestion,            // a question mark in the words
  kProcedural,          // "declined to comment", "thank you", "will begin at"
  kContextOpinion,      // the cue reports an opinion ("she believes ...")
  kContextPromise,      // the cue reports a promise ("he vowed ...")
  kContextProcedural,   // procedure next to the words ("..., declining to comment")
  kShort,               // 4 to 6 words
  kVeryShort,           // fewer than 4 words
};

// The number of CheckSignal values.
inline constexpr int kCheckSignals = 26;

// The score of one claim and how it came about.
struct CheckworthinessExplanation {
  float score = 0;  // 1 / (1 + exp(-logit)) to 0.001, in [0, 1]
  float logit = 0;  // the bias plus every contribution
  std::array<float, kCheckSignals> contribution{};  // by CheckSignal
};

// ExplainCheckworthiness()
//
// Scores how worth fact-checking a claim is: factual, numeric, comparative and
// causal statements high; opinions, questions, promises, procedure and very
// short texts low. One word-level pass over `text`, `before` and `after`; no
// allocation. Deterministic; thread-safe (the word table is built once, on
// first use).
CheckworthinessExplanation ExplainCheckworthiness(const CheckworthinessInput& input);

// ScoreCheckworthiness()
//
// ExplainCheckworthiness(input).score.
float ScoreCheckworthiness(const CheckworthinessInput& input);

// The signal's name ("comparative"), for explanations and test messages.
const char* CheckSignalName(CheckSignal signal);

}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_EXTRACT_CHECKWORTHINESS_H_
