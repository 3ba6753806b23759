#include "ingest-service/extract/lexicon/checkworthiness_words.h"

namespace factwire {
namespace lexicon {
namespace {

// Comparisons, superlatives, records and changes: "rose", "highest", "than".
constexpr const char* kComparative[] = {
    "than",      "compared",    "versus",     "vs",          "highest",    "lowest",
    "largest",   "biggest",     "smallest",   "fastest",     "slowest",    "deadliest",
    "oldest",    "youngest",    "richest",    "poorest",     "longest",    "shortest",
    "most",      "least",       "record",     "record-high", "record-low", "all-time",
    "doubled",   "tripled",     "quadrupled", "halved",      "twice",      "increase",
    "increased", "increases",   "decrease",   "decreased",   "rose",       "risen",
    "fell",      "fallen",      "dropped",    "surged",      "soared",     "plunged",
    "plummeted", "jumped",      "grew",       "shrank",      "climbed",    "higher",
    "lower",     "larger",      "bigger",     "smaller",     "worse",      "worst",
    "outnumber", "outnumbered", "exceeded",   "exceeds",     "outpaced",   "topped",
    "majority",  "average",     "per capita",
};

// Cause and effect: "because", "led to", "due to".
constexpr const char* kCausal[] = {
    "because",       "led to",    "leads to",        "leading to",     "lead to",
    "caused",        "causes",    "causing",         "cause of",       "resulted in",
    "results in",    "result of", "as a result",     "due to",         "owing to",
    "attributed to", "blamed",    "blames",          "contributed to", "driven by",
    "triggered",     "fueled",    "fuelled",         "thanks to",      "consequently",
    "therefore",     "linked to", "responsible for", "prompted",       "sparked",
};

// Verbs that state a fact in the present or past ("-ed" forms are found by
// their ending in the scorer).
constexpr const char* kFactualVerb[] = {
    "is", "are", "was", "were", "has", "have", "had", "been", "it's", "there's",
};

// Records a claim can be checked against.
constexpr const char* kEvidence[] = {
    "data",       "study",    "studies",   "survey",       "census",
    "statistics", "records",  "report",    "analysis",     "audit",
    "poll",       "estimate", "estimates", "researchers",  "research",
    "budget",     "found",    "showed",    "according to", "figures",
};

// Dates and periods that pin a claim in time ("may" is left out: a modal).
constexpr const char* kTimeWord[] = {
    "january",   "february",  "march",       "april",     "june",      "july",
    "august",    "september", "october",     "november",  "december",  "monday",
    "tuesday",   "wednesday", "thursday",    "friday",    "saturday",  "sunday",
    "yesterday", "last year", "last month",  "last week", "this year", "ago",
    "since",     "decade",    "fiscal year", "quarter",   "annually",
};

// Judgement and feeling.
constexpr const char* kOpinion[] = {
    "think",     "believe",      "feel",          "hope",       "hoping",
    "hopefully", "wish",         "love",          "loves",      "hate",
    "great",     "terrible",     "awful",         "wonderful",  "amazing",
    "fantastic", "incredible",   "horrible",      "disgrace",   "disgraceful",
    "shameful",  "outrageous",   "ridiculous",    "absurd",     "beautiful",
    "proud",     "happy",        "sad",           "excited",    "thrilled",
    "delighted", "disappointed", "disappointing", "grateful",   "honored",
    "honoured",  "pleased",      "glad",          "sorry",      "angry",
    "upset",     "frustrated",   "heartbroken",   "devastated", "tremendous",
    "excellent", "perfect",      "evil",          "stupid",     "crazy",
    "pathetic",  "unacceptable", "deserve",       "deserves",   "unfair",
    "wrong",     "nice",         "good",          "bad",        "best",
    "awesome",   "brilliant",    "exciting",      "concerned",  "worried",
    "afraid",    "scared",       "shocked",       "appalled",   "disgusted",
    "ashamed",   "important",    "obvious",       "in my view", "in my opinion",
};

// Cues that report an opinion or a feeling rather than a fact.
constexpr const char* kOpinionCue[] = {
    "believes", "believed", "thinks",    "hopes",    "hoped",   "feels",
    "felt",     "wishes",   "wished",    "opined",   "praised", "hailed",
    "slammed",  "blasted",  "lambasted", "welcomed",
};

// Prescriptions.
constexpr const char* kModal[] = {
    "should",   "shouldn't", "must",   "mustn't", "ought",  "need to",
    "needs to", "have to",   "has to", "let's",   "let us", "we urge",
};

// Promises and forecasts.
constexpr const char* kFuture[] = {
    "will",      "won't",      "going to", "gonna",    "plan to", "plans to",
    "intend to", "intends to", "promise",  "promises", "vow",     "pledge",
    "i'll",      "we'll",      "they'll",  "shall",
};

// Cues that report a promise.
constexpr const char* kPromiseCue[] = {
    "promised", "vowed", "pledged", "promising", "vowing", "pledging",
};

constexpr const char* kFirstPerson[] = {
    "i", "i'm", "i've", "i'd", "i'll", "me", "my", "mine", "myself",
};

constexpr const char* kFirstPlural[] = {
    "we", "we're", "we've", "we'd", "we'll", "our", "ours", "us", "ourselves",
};

constexpr const char* kHedge[] = {
    "maybe", "perhaps", "might", "possibly", "probably",   "seems",
    "seem",  "seemed",  "guess", "suppose",  "apparently",
};

// Meta and procedure: no comment, greetings, thanks, schedules, housekeeping.
constexpr const char* kProcedural[] = {
    "declined to comment",
    "declined comment",
    "to comment",
    "for comment",
    "no comment",
    "not comment",
    "declined to say",
    "declined to elaborate",
    "declined to discuss",
    "declined to provide",
    "not respond",
    "immediately respond",
    "didn't respond",
    "not responded",
    "not return",
    "immediately return",
    "didn't return",
    "not returned",
    "could not be reached",
    "be reached for",
    "thank you",
    "thanks for",
    "thanks everyone",
    "thanks again",
    "many thanks",
    "good morning",
    "good afternoon",
    "good evening",
    "hello",
    "welcome",
    "ladies and gentlemen",
    "congratulations",
    "will begin at",
    "begins at",
    "will start at",
    "starts at",
    "will be held",
    "will take place",
    "is scheduled",
    "are scheduled",
    "press conference",
    "news conference",
    "press release",
    "more information",
    "for details",
    "click here",
    "sign up",
    "subscribe",
    "stay tuned",
    "next question",
    "contributed to this report",
    "this story",
    "editor's note",
};

using K = CheckWordKind;

constexpr CheckWordGroup kGroups[] = {
    {K::kComparative, kComparative},
    {K::kCausal, kCausal},
    {K::kFactualVerb, kFactualVerb},
    {K::kEvidence, kEvidence},
    {K::kTimeWord, kTimeWord},
    {K::kOpinion, kOpinion},
    {K::kOpinionCue, kOpinionCue},
    {K::kModal, kModal},
    {K::kFuture, kFuture},
    {K::kPromiseCue, kPromiseCue},
    {K::kFirstPerson, kFirstPerson},
    {K::kFirstPlural, kFirstPlural},
    {K::kHedge, kHedge},
    {K::kProcedural, kProcedural},
};

}  // namespace

absl::Span<const CheckWordGroup> CheckworthinessWords() { return kGroups; }

}  // namespace lexicon
}  // namespace factwire
