// Closed word lists of the mention, quote and reported-speech finders. One list
// per question the code asks; lowercase unless a comment says otherwise.
#include "ingest-service/extract/lexicon/speech_words.h"

#include <cstdint>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "ingest-service/extract/lexicon/word_set.h"

namespace factwire {
namespace lexicon {
namespace {

// The singular endings; a plural adds the 's' ("teachers", "residents").
constexpr absl::string_view kAgentEndings[] = {"er", "or", "ist", "ian", "ant", "ent"};

// A bit per lowercase letter (bit c - 'a') that ends one of kAgentEndings.
constexpr uint32_t AgentEndingLastLetters() {
  uint32_t bits = 0;
  for (absl::string_view ending : kAgentEndings) bits |= uint32_t{1} << (ending.back() - 'a');
  return bits;
}

constexpr absl::string_view kTitleOwners[] = {"the", "his", "her", "their", "our", "my"};

constexpr absl::string_view kPlaceBeforeName[] = {"in", "to", "near", "around", "across", "into"};

constexpr absl::string_view kPlaceBeforeFullName[] = {"in", "near", "around", "across", "into"};

constexpr absl::string_view kObjectPrepositions[] = {"in",   "to",      "by",   "on",
                                                     "about", "against", "than", "like"};

// "Like" and "Unlike" capitalised: only as the sentence's first word.
constexpr absl::string_view kPhrasePrepositions[] = {"in", "on",     "to",   "by",
                                                     "during", "after", "Like", "Unlike"};

constexpr absl::string_view kQuantifierPronouns[] = {
    "some", "many", "most", "others", "few", "both", "several", "another", "none"};

// Quantifiers that deny the group speaks ("Few people said", "none said", "no
// hotel said"): no count to strip from a source's name (see
// IsNegativeQuantifier).
constexpr absl::string_view kNegativeQuantifiers[] = {"few", "none", "no"};

// Number words a vague quantifier scales ("several hundred workers", "a few
// thousand fans"; see IsScaledCountWord).
// See IsSpokesNoun.
constexpr absl::string_view kSpokesNouns[] = {"spokesperson", "spokeswoman", "spokesman"};

constexpr absl::string_view kScaledCountWords[] = {"hundred", "thousand", "dozen", "million",
                                                   "billion"};

constexpr absl::string_view kTensWords[] = {"twenty", "thirty",  "forty",  "fifty",
                                           "sixty",  "seventy", "eighty", "ninety"};

constexpr absl::string_view kAuxiliaries[] = {
    "is",   "are", "was",  "were",  "be",    "been",   "being", "am",   "has", "have", "had",
    "would", "will", "may", "might", "could", "can", "should", "must", "did", "does", "do"};

// Capitalised: only as a sentence's first word.
constexpr absl::string_view kClauseOpeners[] = {
    "Asked",  "When",    "After",   "As",        "While",      "If",      "Although",
    "Though", "Because", "Since",   "Before",    "Despite",    "Unlike",  "Like",
    "During", "Following", "Pressed", "Speaking", "Back",      "Alongside", "In",
    "On",     "At",      "For",     "With",      "Without",    "Amid",    "Earlier",
    "Later",  "Until",   "Throughout", "From",   "Under",      "Among"};

constexpr absl::string_view kConditionOpeners[] = {"If", "Although", "Though", "Because"};

constexpr absl::string_view kPersonObjectPronouns[] = {"him", "them", "me", "us"};

constexpr absl::string_view kObjectPronouns[] = {"him", "them", "it", "me", "us", "you"};

constexpr absl::string_view kCallObjectEnds[] = {"on",    "in",      "after", "before",
                                                 "during", "about",  "by",    "when",
                                                 "while", "because", "as",    "since"};

constexpr absl::string_view kObjectDeterminers[] = {"a",     "an",  "the", "his", "her",
                                                    "their", "its", "our", "my"};

constexpr absl::string_view kTimeOpeners[] = {"on",   "last",  "this", "earlier",
                                              "late", "early", "next"};

constexpr absl::string_view kDurationPrepositions[] = {"for", "over", "in", "during",
                                                       "throughout"};
constexpr absl::string_view kDurationUnits[] = {
    "days", "weeks", "months", "years", "decades", "hours", "day", "week", "month",
    "year", "decade", "campaign", "meeting", "hearing", "weekend", "summer", "winter",
    "spring", "autumn", "fall", "pandemic", "while", "time", "interviews"};
constexpr absl::string_view kDurationModifiers[] = {
    "the", "past", "last", "recent", "several", "many", "some", "two", "three", "four",
    "five", "six", "ten", "few", "a", "this", "coming", "previous"};

constexpr absl::string_view kAnswerToCues[] = {
    "respond", "responded", "responds", "responding", "reply",   "replied",
    "replies", "replying",  "react",    "reacted",    "reacts",  "reacting"};

// (reported_spans.cc's MayJoinClauses() lets through only the sizes and first
// letters of these words: a word added here may need it widened.)
constexpr absl::string_view kClauseLinks[] = {"after",   "while",  "but",     "and",
                                              "whereas", "though", "although"};

constexpr absl::string_view kCreditPrepositions[] = {"to", "on", "in", "about", "during"};

constexpr absl::string_view kNonParticleConnectors[] = {"and", "of", "on", "for", "the", "&"};

constexpr absl::string_view kPersonOrgConnectors[] = {"of", "for", "on"};
constexpr absl::string_view kOwnerNameCues[] = {"said", "says", "told", "warned"};

constexpr absl::string_view kNounPhraseBreaks[] = {"in", "that", "and", "or"};

constexpr absl::string_view kAfterOrgKindHead[] = {
    "that", "in", "based", "led", "founded", "representing", "on", "to"};

constexpr absl::string_view kIndefiniteOpeners[] = {"a", "an", "one", "another",
                                                    "A", "An", "One", "Another"};

constexpr absl::string_view kNounDeterminers[] = {"the",   "a",     "an",    "his",
                                                  "her",   "their", "its",   "these",
                                                  "those", "our",   "my",    "your"};

// Nouns that head a phrase naming an unnamed person who speaks, after the
// words that say whose ("a ministry source", "two police officials").
constexpr absl::string_view kDescriberHeads[] = {
    "source",    "sources",   "official",  "officials", "insider",  "insiders",
    "spokesman", "spokeswoman", "spokesperson", "aide",  "aides",    "executive",
    "executives", "officer",  "officers",  "diplomat",  "diplomats", "adviser",
    "advisers",  "advisor",   "advisors",  "staffer",   "staffers"};

// Prepositions that place an unnamed source somewhere, after its head noun
// ("a nurse in Galway", "an engineer at the depot", "a trader from Lagos").
constexpr absl::string_view kPlacingPrepositions[] = {"at", "in", "from", "on", "near", "around"};

// Those and "of", after a plural group of people ("Residents of Kilby",
// "Parents at the school", "Shop owners in Leith").
constexpr absl::string_view kGroupPrepositions[] = {"of", "at", "in", "from", "on", "near", "around"};

constexpr absl::string_view kCueParticles[] = {"back", "on", "in", "up", "out", "it"};

constexpr absl::string_view kClauseJoins[] = {"and", "but", "while", "whereas", "yet"};

constexpr absl::string_view kConjunctions[] = {
    "but",     "and", "while", "as", "although", "though", "when",
    "because", "so",  "yet",   "or", "that",     "before", "after", "if"};

constexpr absl::string_view kClauseContinuations[] = {"and", "but", "as", "while"};

constexpr absl::string_view kDocumentNouns[] = {
    "report",   "study",   "survey", "data",    "poll",          "analysis",
    "research", "review",  "audit",  "census",  "investigation", "probe",
    "studies",  "reports", "polls",  "surveys", "figures",       "statistics",
    "filing",   "filings", "minutes"};

// Bodies named by what they do, besides the kOrgKind words (see IsBodyNoun).
constexpr absl::string_view kBodyNouns[] = {
    "chain",    "unit",     "co-operative", "carrier",   "operator",  "brewer",
    "miner",    "producer", "developer",    "publisher", "broadcaster", "exporter",
    "builder",  "housebuilder", "grocer",   "force",     "municipality", "outlet",
    "platform", "forecaster", "centre",  "center",  "chamber"};

// Members of a court or panel who rule or dissent together ("Two of the
// court's seven justices dissented"; see IsBenchMember).
constexpr absl::string_view kBenchMembers[] = {"judges",     "justices",    "jurors",
                                               "magistrates", "arbitrators", "panellists",
                                               "panelists"};

// Members of a bench who speak for its court ("The judges found"; see
// IsCourtBenchMember): jurors, panellists and arbitrators are not the court.
constexpr absl::string_view kCourtBenchMembers[] = {"judges", "justices", "magistrates"};

// Bodies whose members sit as a bench (see IsBenchBody): "The judges found"
// speaks for the court.
constexpr absl::string_view kBenchBodies[] = {"court", "tribunal"};

// Groups that report research as one (see IsResearchGroupNoun).
constexpr absl::string_view kResearchGroupNouns[] = {"researchers", "scientists"};

// Groups that do research only where their sentence names its report: a
// sports or rescue "team" is no laboratory's (see IsResearchTeamNoun).
constexpr absl::string_view kResearchTeamNouns[] = {"team"};

// Nouns by which a sentence names a research report (see IsResearchReportNoun).
constexpr absl::string_view kResearchReportNouns[] = {"study", "studies", "journal", "paper",
                                                      "findings"};

// Capitalised words that name a research body (see IsResearchBodyWord).
constexpr absl::string_view kResearchBodyWords[] = {"Institute", "University", "Laboratory",
                                                    "Observatory"};

// Past verbs by which a member of a group takes a stand with no object before a
// participle's comma ("Two of the justices dissented, arguing that ..."; see
// IsStanceVerb).
constexpr absl::string_view kStanceVerbs[] = {
    "abstained", "dissented", "objected", "resigned",  "protested", "disagreed", "concurred",
    "demurred",  "balked",    "relented", "refused",   "quit",      "recused",   "withdrew"};

// People whose trade is to forecast (see IsForecastingNoun).
constexpr absl::string_view kForecastingNouns[] = {
    "economist", "economists", "analyst",    "analysts",    "forecaster",
    "forecasters", "strategist", "strategists", "experts"};

// Records an office keeps, after the office that keeps them: "according to
// court records", "according to police documents", "according to court papers".
constexpr absl::string_view kRecordNouns[] = {"records", "documents", "filings", "papers",
                                              "transcripts"};

// Nouns for the outcome of a count, records an office keeps only as its tally
// (after kTallyWords): "according to official results", not "according to
// blood test results".
constexpr absl::string_view kTallyNouns[] = {"results"};

// Nouns for a body's books, records it keeps only after kBookKeeperWords:
// "according to club accounts", not "according to early accounts" (witnesses').
constexpr absl::string_view kBookNouns[] = {"accounts"};

// Words right before a kBookNouns noun that make it a body's books: its keeper
// ("club", "company") or its kind ("annual", "audited", "published").
constexpr absl::string_view kBookKeeperWords[] = {"club",     "company",   "annual",
                                                  "audited",  "published", "financial",
                                                  "statutory"};

// Words right before a kTallyNouns noun that make it a count's tally: its
// standing ("official", "preliminary", "final"), the count ("election", "poll"),
// or "the" of a count named before ("..., according to the results").
constexpr absl::string_view kTallyWords[] = {
    "official", "unofficial", "preliminary", "provisional", "partial",  "final",
    "certified", "early",     "election",    "poll",        "polling",  "vote",
    "referendum", "primary",  "the"};

// Heads of a document's name ("the State's Economic Review", "the Monetary
// Policy Report"): the document, not a person or its owner, speaks.
constexpr absl::string_view kNamedDocumentHeads[] = {"review", "survey",  "report", "study",
                                                     "audit",  "census",  "outlook", "bulletin"};

// Numbers a body compiles and publishes as its own: "according to central bank
// data", "grid operator figures" cite the bank and the operator (see IsDataNoun).
// (Not "records": court records are what others filed with the court.)
constexpr absl::string_view kDataNouns[] = {"data",    "figures",   "statistics", "stats",
                                            "estimates", "numbers", "projections", "forecasts",
                                            "tallies"};

// Verbs of finding that report what a named person, an inquiry or a court
// found when a clause follows (see IsFindingCue).
constexpr absl::string_view kFindingCues[] = {"found", "finds"};

// Proceedings that find as a body does: "the inquiry found the council had
// ignored warnings", "the inquest found he had drowned" (see IsFindingBodyNoun).
constexpr absl::string_view kFindingBodyNouns[] = {"inquiry", "inquest", "jury", "hearing"};

// Participles of putting a value on something or contesting it, whose agent
// after "by" makes the sentence its claim ("costs, estimated by the union at
// 40,000 pounds"; "a figure disputed by the council"). See IsValuingParticiple.
constexpr absl::string_view kValuingParticiples[] = {"estimated", "disputed", "contested",
                                                     "reckoned",  "valued",   "calculated"};

// Prepositions that give the value after a valuing participle's agent
// ("estimated by the union at 40,000", "reckoned by the club as a loss").
constexpr absl::string_view kValueGivingPrepositions[] = {"at", "as", "to", "in", "on"};

// Courts, their officers and bodies that sit in judgment, whose "ruled" or
// "charged" reports a bare clause as "that" would ("The tribunal ruled the
// company may operate ..."; not "The king ruled the country had ..."). With
// kBenchMembers and kFindingBodyNouns (see IsJudgingNoun). Prosecutors
// "charged" as officers of a court do.
constexpr absl::string_view kJudgingNouns[] = {
    "court",     "courts",     "tribunal",    "tribunals",  "judge",      "justice",
    "magistrate", "coroner",   "coroners",    "inquiries",  "inquests",   "regulator",
    "regulators", "watchdog",  "ombudsman",   "arbitrator", "arbiter",    "prosecutor",
    "prosecutors", "prosecution"};

// Words that introduce an issued document as new or as someone's: "a
// statement", "its ruling", "in an email".
constexpr absl::string_view kIssuedIntroducers[] = {"a", "an", "its", "his", "her", "their"};

// Verbs by which a body or person issues a document: "X issued a statement",
// "X sent a letter to members".
constexpr absl::string_view kIssueVerbs[] = {"issued", "released", "published", "sent",
                                             "posted", "filed",    "wrote",     "put"};

// Prepositions that name a document's issuer after it: "a statement from the
// ministry", "a ruling by the High Court".
constexpr absl::string_view kIssuerPrepositions[] = {"from", "by"};

// Of those, the papers a body issues about its own business: "council papers
// show" cites the council (see IsIssuedPaperNoun).
constexpr absl::string_view kIssuedPaperNouns[] = {"papers"};

// Prepositions opening where something was said, right after the cue: "said in
// a statement", "said on television", "told reporters at a briefing", "said
// during an interview".
constexpr absl::string_view kVenuePrepositions[] = {"in", "on", "at", "during"};

// Words after which a document noun is that noun, not a verb of speech ("the
// report said", "its annual reports"), besides the title owners ("the", "his").
constexpr absl::string_view kDocumentDeterminers[] = {
    "a", "an", "this", "its", "new", "latest", "annual", "final", "interim"};

// Cue words that are nouns as often as verbs: "its 2017 estimate", "claims of
// fraud", "calls for calm" (the last goes by "for", not here).
constexpr absl::string_view kNounLikeCues[] = {
    "estimate", "estimates", "claim",  "claims",  "call",    "calls",   "comment",
    "comments", "answer",    "answers", "demand", "demands", "finds",   "cites",
    "forecast", "forecasts"};

// Cues that report a clause but not a bare noun phrase: "Obama touted the law's
// accomplishments", "Ryan blasted the FBI", "Schlafly maintained an energetic
// pace" name what was praised or kept, not what was said; "understands the
// risks" names what is grasped ("The Courier understands the vote will be
// close" reports). ("Trump proposed tariffs" stays: a proposal is a claim of his.)
constexpr absl::string_view kClauseOnlyCues[] = {
    "maintain", "maintained", "maintains", "touted",     "blasted",    "denied",
    "denies",   "denying",    "reveal",    "revealed",   "revealing",  "reveals",
    "echoed",   "echoes",     "echoing",   "reiterated", "reiterates", "reiterating",
    "disputed", "understands", "complain", "complained", "complains"};

// Of those, cues of grasping (see IsGraspCue).
constexpr absl::string_view kGraspCues[] = {"understands"};

// Subordinators that open the circumstance of a saying after "<claim>, X said,"
// ("..., the company said, after a valve failed").
constexpr absl::string_view kCircumstanceOpeners[] = {
    "after", "before", "as", "while", "when", "although", "despite"};

// Prepositions that time a saying right after its cue ("..., the mayor said
// after the council meeting.").
constexpr absl::string_view kSayingTimePrepositions[] = {"after", "before", "following"};

// Adverbs that time a saying right after its cue, before its time or at the
// sentence end ("..., the ministry said late on Tuesday.", "said shortly before
// midnight", "said overnight."). (Not manner adverbs in "-ly": "Clinton
// testified voluntarily in 1998" is no attribution.)
constexpr absl::string_view kSayingTimeAdverbs[] = {"late",  "early", "shortly",
                                                    "soon",  "just",  "overnight"};

// Subordinators opening the speaker's reason after "<claim>, X said,".
constexpr absl::string_view kReasonOpeners[] = {"because", "since"};

// Cues that report only the that-clause they open ("critics charged that the
// plan ..."); "charged with fraud", "had charged 90 people" and a headline's
// "Owner Charged With ..." are prosecutions, not speech; "the judge ruled that
// ..." is a finding, "ruled the island", "ruled out a rise" are not. Capitalised
// forms for headlines.
// (The participles "finding", "holding" and "ruling" of a body's decision, after a
// comma: "The regulator fined the firm, finding that ...".)
constexpr absl::string_view kThatOnlyCues[] = {"charged", "Charged", "ruled", "Ruled",
                                               "finding", "holding", "ruling"};

// Verbs of ordering that report only with "that" right after them: "the judge
// ordered that the wages be paid" reports an order; "ordered a recall",
// "ordered staff to leave", "ordered the bank to pay" do not (see IsOrderCue).
constexpr absl::string_view kOrderCues[] = {"ordered"};

// Verbs that tie a cause to an outcome, reported only with "to" in their
// clause: "Analysts linked the fall to the strike" states a cause; "the bridge
// links the two towns" and "linked arms" do not (see IsLinkCue).
constexpr absl::string_view kLinkCues[] = {"linked", "links"};

// Verbs of blaming: "Officials blamed the delays on the strike" and "The firm
// blamed weaker demand" state a cause; "The manager blamed himself after the
// loss" blames a person for nothing said (see IsBlameCue).
constexpr absl::string_view kBlameCues[] = {"blame", "blamed", "blames"};
constexpr absl::string_view kBlameCausePrepositions[] = {"on", "for"};

// Plural verbs that follow a plural subject noun and never a saying verb's
// object clause ("Jobless claims were revised", "the estimates have grown").
constexpr absl::string_view kPluralSubjectVerbs[] = {"were", "are", "have", "had"};

// Words ending an editorial label before a colon, which names no speaker
// ("CORRECTION:", "Paid Notice:", "Delegate Update:", "Question:", "BOOM:").
constexpr absl::string_view kRubricLabels[] = {
    "correction", "clarification", "notice", "update",   "updated", "exclusive",
    "breaking",   "question",      "name",   "busted",   "boom",    "bombshell",
    "look",       "wow",           "plus",   "related",  "note",
    "video",      "photos"};

// Cues that count when a quantity follows ("will add 2,200 megawatts", "added
// 300 jobs").
constexpr absl::string_view kQuantityCues[] = {"add",    "adds",    "added",    "adding",
                                                "recall", "recalls", "recalled", "recalling"};

// Envoys a government withdraws: "Chile recalled its ambassador".
constexpr absl::string_view kEnvoyNouns[] = {"ambassador", "ambassadors", "envoy", "envoys",
                                             "diplomats"};

constexpr absl::string_view kWithObjectCues[] = {"reckon", "reckoned", "reckons"};

constexpr absl::string_view kQuestionWords[] = {"how",  "what",    "why",   "where",
                                                 "when", "whether", "which", "who"};

// Forms of "go" that with "on to" carry a cue to their subject ("She went on
// to say that ...", see IsGoingOnVerb).
constexpr absl::string_view kGoingOnVerbs[] = {"go", "goes", "went", "going", "gone"};

// Relative pronouns that stand for a person ("Wanyama, who scored twice").
constexpr absl::string_view kPersonRelatives[] = {"who", "whom", "whose"};

// Cues of a view of what will happen ("The forecaster expects more rain").
constexpr absl::string_view kForecastCues[] = {"expect", "expects"};

// Quantifiers that pick out each of the people a rule is for (see
// IsEachQuantifier).
constexpr absl::string_view kEachQuantifiers[] = {"all", "every", "each", "any"};

// The people a body serves, employs or admits (see IsServedPeopleNoun).
constexpr absl::string_view kServedPeopleNouns[] = {
    "staff",   "fans",     "members", "member",  "employees", "employee", "guests", "guest",
    "parents", "citizens", "clients", "client",  "tenants",   "tenant",   "pupil",  "athletes",
    "athlete", "public",   "crowds",  "patrons", "personnel", "crew",     "crews",  "families"};

// What a rule asks people to do (see IsDutyVerb).
// (Not acts a forecast tells of as well: "produce", "show", "apply", "turn".)
constexpr absl::string_view kDutyVerbs[] = {
    "carry",   "wear",    "arrive",  "report", "behave", "return",  "comply", "register",
    "follow",  "queue",   "book",    "stay",   "obey",   "pay",     "present", "attend",
    "observe", "respect", "abide",   "submit", "sort",   "wash",    "declare", "dress",
    "sign",    "notify",  "bring",   "check"};

// Things named with an agent's ending (see IsThingInAgentForm).
constexpr absl::string_view kThingsInAgentForm[] = {
    "numbers",  "orders",   "centers",  "centres",  "letters",  "papers",   "matters",
    "waters",   "quarters", "headquarters", "meters", "metres", "chapters", "powers",
    "borders",  "layers",   "towers",   "rivers",   "corners",  "sectors",  "factors",
    "errors",   "colors",   "colours",  "motors",   "plants",   "grants",   "events",
    "comments", "documents", "statements", "payments", "elements", "segments",
    "computers", "containers", "offers", "answers", "shelters", "disasters"};

// Pronouns that address the reader ("expects you to wash your hands"): an
// instruction, never a forecast.
constexpr absl::string_view kSecondPersonPronouns[] = {"you", "yourself", "yourselves"};

constexpr absl::string_view kThatNouns[] = {
    "fact",    "news",     "idea",   "ideas",    "belief",  "beliefs",  "hope",
    "hopes",   "fear",     "fears",  "view",     "notion",  "suggestion", "possibility",
    "sense",   "argument", "claim",  "claims",   "allegation", "allegations",   "report",  "reports",  "evidence",
    "warning", "warnings", "concern", "concerns", "assurance", "assurances", "rumours",
    "rumors",  "signs",    "much",   "so",       "such"};

constexpr absl::string_view kIrregularParticiples[] = {
    "seen", "sent", "shown", "given", "made", "known",   "held",
    "led",  "drawn", "taken", "brought", "written", "kept", "built"};

// Cues whose past participle does not end in "-ed": "was told to", "is
// forecast to slow".
constexpr absl::string_view kUninflectedPastCues[] = {"told", "forecast"};

// Cues that name a figure as nouns after a noun modifier and before "for"/"of"
// ("the weather forecast for Sunday", "revenue estimates for 2026").
constexpr absl::string_view kFigureNounCues[] = {"forecast", "forecasts", "estimate",
                                                 "estimates"};

// Prepositions after a figure noun cue ("forecast for", "estimate of").
constexpr absl::string_view kFigureNounComplements[] = {"for", "of"};

constexpr absl::string_view kPassiveAuxiliaries[] = {"was", "were", "been", "being",
                                                     "is",  "are",  "be"};

constexpr absl::string_view kCallForParticles[] = {"for", "on", "upon"};

constexpr absl::string_view kCallOffParticles[] = {"off", "up", "in", "back", "around", "at"};

constexpr absl::string_view kSubordinators[] = {
    "after", "before", "because", "when",   "while",  "although",
    "though", "if",    "since",   "until",  "unless", "whereas"};

constexpr absl::string_view kContractedPronouns[] = {"i",  "we", "you", "they",
                                                     "he", "she", "We", "You",
                                                     "They", "He", "She", "I"};

constexpr absl::string_view kContractedAuxiliaries[] = {"ve", "d", "ll", "re", "m"};

constexpr absl::string_view kPhrasalObjectPrepositions[] = {
    "against", "on", "at", "in", "about", "to", "for", "with", "from", "of", "over"};

constexpr absl::string_view kMessageNouns[] = {
    "message", "warning", "verdict", "view", "response", "reaction", "word",
    "plea",    "promise", "assessment", "conclusion", "argument", "answer"};

constexpr absl::string_view kMaleWords[] = {
    "mr",         "mr.",         "sir",          "lord",        "king",     "prince",
    "he",         "him",         "his",          "himself",     "spokesman", "chairman",
    "congressman", "businessman", "councilman",  "assemblyman", "alderman", "husband",
    "father",     "son",         "brother",      "monsieur",    "m.",       "herr",
    "duke",       "earl",        "baron",        "sheikh",      "imam",     "pope"};

constexpr absl::string_view kFemaleWords[] = {
    "mrs",           "mrs.",          "ms",            "ms.",         "miss",
    "dame",          "lady",          "queen",         "princess",    "she",
    "her",           "hers",          "herself",       "spokeswoman", "chairwoman",
    "congresswoman", "businesswoman", "councilwoman",  "assemblywoman", "alderwoman",
    "actress",       "wife",          "mother",        "daughter",    "sister",
    "madam",         "madame",        "mme",           "mme.",        "frau",
    "duchess",       "countess",      "baroness"};

// ("a person with knowledge of the talks": the noun after "with" ties too.)
constexpr absl::string_view kSourceModifiers[] = {
    "close", "familiar", "briefed", "knowledgeable", "involved", "aware", "privy", "closest",
    "knowledge"};

constexpr absl::string_view kSourceModifierTies[] = {"with"};

constexpr absl::string_view kMediumPrepositions[] = {"in", "on", "during", "at", "through",
                                                      "via", "over"};

constexpr absl::string_view kTopicPrepositions[] = {"on", "over"};

constexpr absl::string_view kAccountNouns[] = {"evidence", "testimony", "news", "assurance",
                                               "assurances"};

constexpr absl::string_view kParticipleParticles[] = {
    "by",   "to",   "out",  "up",    "off",   "on",     "in",      "as",      "for",
    "from", "at",   "with", "over",  "about", "into",   "down",    "back",    "of",
    "under", "after", "through", "within", "without", "against", "away"};

constexpr absl::string_view kPhraseBreakWords[] = {"to",    "every", "each", "any", "no",
                                                   "by",    "into",  "than", "about", "over",
                                                   "under", "like"};

// (Not "each": "the two papers each called it ...".)
constexpr absl::string_view kNounPrepositions[] = {"from",   "of",   "in",    "by",   "per",
                                                   "every",  "across", "into", "among", "about",
                                                   "with", "without"};

constexpr absl::string_view kRefusalCues[] = {"declined", "declines", "declining"};

constexpr absl::string_view kNamingCues[] = {"call",    "calls",   "called",  "calling",
                                             "dub",     "dubs",    "dubbed",  "labels",
                                             "labeled", "labelled", "brands", "branded"};

constexpr absl::string_view kSpeakingVerbs[] = {
    "comment", "elaborate", "discuss", "specify", "speculate", "respond", "answer",
    "say",     "confirm",   "disclose", "detail", "reveal",    "explain", "address",
    "name",    "identify",  "release",  "provide", "give",     "describe", "characterize"};

constexpr absl::string_view kWorkNouns[] = {
    "show",   "shows",  "book",    "books",   "film",    "films",  "movie",   "movies",
    "series", "album",  "song",    "songs",   "novel",   "memoir", "program", "programme",
    "podcast", "column", "play",   "musical", "documentary", "sitcom", "episode", "blog"};

// The labels of the pointer lines a page puts between paragraphs, whole and
// with single spaces ("Related:", "Read more:", "See also:", "Watch:"): what
// follows the colon is the title of another piece, not anyone's words. (The
// link leads of parse/header_words.cc kPromoLeads, which the extractor cannot
// reach, and the labels of video, audio and reading lists.)
constexpr absl::string_view kPointerLabels[] = {
    "related",     "read more",           "read also",       "also read", "see also",
    "more",        "watch",               "listen",          "video",     "podcast",
    "recommended", "recommended reading", "further reading", "explore",
    "related story", "related stories", "related article", "related articles",
    "related coverage", "related reading"};

// People who study, inspect or investigate, whose "They found that ..." after
// a sentence they open reports their finding ("Inspectors visited the depot.
// They found that ..."); besides any "-ologists" (kStudyAgentEnding).
constexpr absl::string_view kStudyAgents[] = {
    "researchers",  "scientists",   "inspectors",    "investigators", "auditors",
    "analysts",     "economists",   "statisticians", "surveyors",     "examiners",
    "assessors",    "reviewers",    "detectives",    "engineers",     "physicists",
    "chemists",     "astronomers",  "academics",     "pollsters",     "testers",
    "evaluators",   "observers",    "monitors",      "experts",       "doctors",
    "physicians",   "vets",         "veterinarians", "scholars",      "historians",
    "mathematicians", "specialists", "consultants",  "regulators",    "archivists",
    "neuroscientists", "geneticists", "botanists"};

// The ending of nouns for people who study a field ("geologists",
// "climatologists"), in any number of letters before it.
constexpr absl::string_view kStudyAgentEnding = "ologists";

// Irregular participles that end a body's head before its agent ("a service
// run by donors", "a fund overseen by the bank"), besides "-ed"/"-en" forms
// and kIrregularParticiples ("held", "led", "kept").
constexpr absl::string_view kAgentParticiples[] = {"run", "set", "paid"};

// Participles by which a body makes a document, so that the body after "by"
// speaks for it (see IsMakingParticiple): "The census, compiled by the
// education department, found"; not "seen by", "obtained by", nor "carried
// by", which relays a report another made.
constexpr absl::string_view kMakingParticiples[] = {
    "compiled", "published", "released", "prepared", "produced",
    "conducted", "issued",   "written",  "drawn",    "commissioned"};

// Participles by which a document comes out or reaches the reporter, besides
// kMakingParticiples: after a document's noun they modify it ("A court
// document filed Thursday says", "a memo sent to staff on Friday said"; see
// IsIssuingParticiple).
constexpr absl::string_view kIssuingParticiples[] = {
    "filed", "sent",   "signed",    "obtained", "seen",     "leaked",    "posted",
    "dated", "lodged", "submitted", "presented", "circulated", "unveiled", "delivered"};

// Court and petition papers that speak like documents ("the lawsuit says",
// "the indictment alleges"; see IsFiledPieceNoun).
constexpr absl::string_view kFiledPieceNouns[] = {
    "lawsuit", "suit", "complaint", "indictment", "affidavit", "petition", "transcript"};

// Written pieces that speak like documents ("the paper", "a memo") besides
// kDocumentNouns: their article stays with them as written.
constexpr absl::string_view kWrittenPieceNouns[] = {"paper", "papers", "article", "memo",
                                                    "letter", "filing", "filings", "document",
                                                    "documents", "minutes"};

// Documents that hold others' reckonings besides the written pieces (see
// IsHoldingDocumentNoun): "according to an estimate in the court file".
constexpr absl::string_view kHoldingDocumentNouns[] = {"file", "files", "budget", "accounts",
                                                       "dossier", "prospectus", "submission"};

// Nouns for something said that "from" someone and a that-clause follow
// ("warnings from residents that ...", "claims from the union that ...").
constexpr absl::string_view kSaidThingNouns[] = {
    "warning",    "warnings",    "claim",   "claims",   "assurance", "assurances",
    "allegation", "allegations", "promise", "promises", "pledge",    "pledges"};

// Nouns for what a body or person issues in writing ("said in a statement",
// "in a letter to members"): once introduced, "the statement said" speaks for
// the one who issued it (see IsIssuedNoun). (Findings' documents, "the
// report", are credited by CreditDefiniteBodies.)
constexpr absl::string_view kIssuedNouns[] = {"statement", "release", "letter",   "notice",
                                              "ruling",    "filing",  "memo",     "communique",
                                              "judgment",  "judgement", "email"};

// Adjectives that date a document rather than name it ("a new study", "the
// latest survey"): the source is the study.
constexpr absl::string_view kRecencyAdjectives[] = {"new", "recent", "latest"};

constexpr absl::string_view kTimeAdverbs[] = {"shortly", "soon", "just", "right", "long",
                                              "briefly", "immediately"};

constexpr absl::string_view kAnswerWords[] = {"yes", "no", "maybe"};

constexpr absl::string_view kQuestionOpeners[] = {"Asked", "asked"};

constexpr absl::string_view kSayVerbs[] = {"say", "says", "said"};

constexpr absl::string_view kMannerParticiples[] = {"speaking", "talking", "writing"};

constexpr absl::string_view kNonSubjectOpeners[] = {
    "What", "Whatever", "How",  "However", "Why",  "Where", "When", "Whether", "If",
    "Which", "Who",     "Whoever", "But",  "And",  "Yet",   "So",   "Still",   "Now",
    "Also", "Then",     "There",  "Here",  "It",   "Asked", "Just", "Even",    "Only"};

// Capitalised words that link a sentence to the one before and open its
// clause ("But according to the police, ..."; see IsLinkingOpener).
constexpr absl::string_view kLinkingOpeners[] = {"But",  "And",     "Yet",       "So",
                                                 "Still", "Instead", "Meanwhile", "However"};

// Lowercased first words of a short adverbial of time or place opening a
// sentence ("On Tuesday,", "About 10 p.m.,", "Earlier,"; see
// IsAdverbialOpener).
constexpr absl::string_view kAdverbialOpeners[] = {
    "on",    "during", "about", "around", "since",   "after",
    "before", "until", "last",  "early",  "earlier", "later", "overnight"};

// Words that may follow the opener of a short adverbial of time besides
// numbers and kTimeWord words ("On Tuesday night,", "About 10:03 p.m.,",
// "Two weeks ago,"; see IsTimeAdverbialWord).
constexpr absl::string_view kTimeAdverbialWords[] = {
    "night", "nights", "noon", "midnight", "dawn", "dusk", "day",   "days", "weeks",
    "months", "years", "hours", "minutes", "ago", "p.m.", "a.m.", "p.m", "a.m", "pm", "am",
    "p",     "m",     "the",   "of",       "early", "late", "next", "that", "same"};

// Prepositions that open a short adverbial only before a number or a time
// word ("In 2014,", "At 3 p.m.,", "By Friday,"; not "At the heart of the
// trouble,"; see IsDatingPreposition).
constexpr absl::string_view kDatingPrepositions[] = {"in", "at", "by"};

constexpr absl::string_view kNounPhraseLinks[] = {
    "of",     "to",    "in",   "on",     "at",     "for",     "from",   "with",
    "by",     "and",   "across", "among", "near",  "inside",  "outside", "within"};

}  // namespace

bool HasAgentEnding(absl::string_view word) {
  if (!word.empty() && word.back() == 's') word.remove_suffix(1);  // the plural's 's'
  if (word.empty()) return false;
  // Most words end in a letter no ending ends in: one bit test turns them away.
  const unsigned letter = static_cast<unsigned char>(word.back()) - 'a';
  constexpr uint32_t kLastLetters = AgentEndingLastLetters();
  if (letter >= 26 || ((kLastLetters >> letter) & 1) == 0) return false;
  for (absl::string_view ending : kAgentEndings) {
    if (absl::EndsWith(word, ending)) return true;
  }
  return false;
}

bool IsTitleOwner(absl::string_view word) {
  for (absl::string_view w : kTitleOwners) {
    if (w.size() == word.size() && absl::EqualsIgnoreCase(w.substr(0, 1), word.substr(0, 1)) &&
        w.substr(1) == word.substr(1)) {
      return true;
    }
  }
  return false;
}

bool IsPlaceBeforeName(absl::string_view word) { return InWordLists<kPlaceBeforeName>(word); }

bool IsPlaceBeforeFullName(absl::string_view word) {
  return InWordLists<kPlaceBeforeFullName>(word);
}

bool IsObjectPreposition(absl::string_view word) {
  return InWordLists<kObjectPrepositions>(word);
}

bool IsPhrasePreposition(absl::string_view word) {
  return InWordLists<kPhrasePrepositions>(word);
}

bool IsQuantifierPronoun(absl::string_view word) {
  if (word.size() < 3 || word.size() > 8) return false;
  switch (word[0] | 0x20) {  // first letters of the list, either case
    case 's': case 'm': case 'o': case 'f': case 'b': case 'a': case 'n':
      break;
    default:
      return false;
  }
  for (absl::string_view w : kQuantifierPronouns) {
    if (absl::EqualsIgnoreCase(w, word)) return true;
  }
  return false;
}

bool IsNegativeQuantifier(absl::string_view word) {
  return InWordLists<kNegativeQuantifiers>(word);
}

bool IsScaledCountWord(absl::string_view word) { return InWordLists<kScaledCountWords>(word); }

bool IsSpokesNoun(absl::string_view word) { return InWordLists<kSpokesNouns>(word); }

bool IsTensWord(absl::string_view word) { return InWordLists<kTensWords>(word); }

bool IsAuxiliary(absl::string_view word) {
  return word.size() <= 6 && InWordLists<kAuxiliaries>(word);
}

bool IsClauseOpener(absl::string_view word) { return InWordLists<kClauseOpeners>(word); }

bool IsPersonRelative(absl::string_view word) { return InWordLists<kPersonRelatives>(word); }

bool IsGoingOnVerb(absl::string_view word) { return InWordLists<kGoingOnVerbs>(word); }

bool IsConditionClauseOpener(absl::string_view word) { return InWordLists<kConditionOpeners>(word); }

bool IsPersonObjectPronoun(absl::string_view word) {
  return InWordLists<kPersonObjectPronouns>(word);
}

bool IsObjectPronoun(absl::string_view word) { return InWordLists<kObjectPronouns>(word); }

bool IsCallObjectEnd(absl::string_view word) { return InWordLists<kCallObjectEnds>(word); }

bool IsObjectDeterminer(absl::string_view word) { return InWordLists<kObjectDeterminers>(word); }

bool IsTimeOpener(absl::string_view word) { return InWordLists<kTimeOpeners>(word); }

bool IsDurationPreposition(absl::string_view word) {
  return InWordLists<kDurationPrepositions>(word);
}

bool IsDurationUnit(absl::string_view word) { return InWordLists<kDurationUnits>(word); }

bool IsDurationModifier(absl::string_view word) {
  return InWordLists<kDurationModifiers>(word);
}

bool IsAnswerToCue(absl::string_view word) { return InWordLists<kAnswerToCues>(word); }

bool IsClauseLink(absl::string_view word) { return InWordLists<kClauseLinks>(word); }

bool IsCreditPreposition(absl::string_view word) {
  return InWordLists<kCreditPrepositions>(word);
}

bool IsNonParticleConnector(absl::string_view word) {
  return InWordLists<kNonParticleConnectors>(word);
}

bool IsPersonOrgConnector(absl::string_view word) {
  return InWordLists<kPersonOrgConnectors>(word);
}

bool IsOwnerNameCue(absl::string_view word) { return InWordLists<kOwnerNameCues>(word); }

bool IsNounPhraseBreak(absl::string_view word) { return InWordLists<kNounPhraseBreaks>(word); }

bool IsAfterOrgKindHead(absl::string_view word) { return InWordLists<kAfterOrgKindHead>(word); }

bool IsNounDeterminer(absl::string_view word) {
  return word.size() <= 5 && InWordLists<kNounDeterminers>(word);
}

bool IsPlacingPreposition(absl::string_view word) {
  return InWordLists<kPlacingPrepositions>(word);
}

bool IsIndefiniteOpener(absl::string_view word) {
  return InWordLists<kIndefiniteOpeners>(word);
}

bool IsDescriberHead(absl::string_view word) { return InWordLists<kDescriberHeads>(word); }

bool IsCueParticle(absl::string_view word) { return InWordLists<kCueParticles>(word); }

bool IsClauseJoin(absl::string_view word) { return InWordLists<kClauseJoins>(word); }

bool IsConjunction(absl::string_view word) { return InWordLists<kConjunctions>(word); }

bool IsClauseContinuation(absl::string_view word) {
  return InWordLists<kClauseContinuations>(word);
}

bool IsDocumentDeterminer(absl::string_view word) {
  return IsTitleOwner(word) || InWordLists<kDocumentDeterminers>(word);
}

bool IsDocumentNoun(absl::string_view word) {
  return word.size() >= 4 && word.size() <= 13 && InWordLists<kDocumentNouns>(word);
}

bool IsBodyNoun(absl::string_view word) { return InWordLists<kBodyNouns>(word); }

bool IsBenchMember(absl::string_view word) { return InWordLists<kBenchMembers>(word); }

bool IsCourtBenchMember(absl::string_view word) {
  return InWordLists<kCourtBenchMembers>(word);
}

bool IsBenchBody(absl::string_view word) { return InWordLists<kBenchBodies>(word); }

bool IsResearchGroupNoun(absl::string_view word) {
  return InWordLists<kResearchGroupNouns>(word);
}

bool IsResearchTeamNoun(absl::string_view word) {
  return InWordLists<kResearchTeamNouns>(word);
}

bool IsResearchReportNoun(absl::string_view word) {
  return InWordLists<kResearchReportNouns>(word);
}

bool IsResearchBodyWord(absl::string_view word) {
  return InWordLists<kResearchBodyWords>(word);
}

bool IsStanceVerb(absl::string_view word) { return InWordLists<kStanceVerbs>(word); }

bool IsForecastingNoun(absl::string_view word) { return InWordLists<kForecastingNouns>(word); }

bool IsRecordNoun(absl::string_view word, absl::string_view before) {
  return InWordLists<kRecordNouns>(word) ||
         (InWordLists<kTallyNouns>(word) && InWordLists<kTallyWords>(before)) ||
         (InWordLists<kBookNouns>(word) && InWordLists<kBookKeeperWords>(before));
}

bool IsDataNoun(absl::string_view word) { return InWordLists<kDataNouns>(word); }

bool IsFindingCue(absl::string_view word) { return InWordLists<kFindingCues>(word); }

bool IsFindingBodyNoun(absl::string_view word) { return InWordLists<kFindingBodyNouns>(word); }

bool IsValuingParticiple(absl::string_view word) {
  return InWordLists<kValuingParticiples>(word);
}

bool IsValueGivingPreposition(absl::string_view word) {
  return InWordLists<kValueGivingPrepositions>(word);
}

bool IsJudgingNoun(absl::string_view word) {
  return InWordLists<kJudgingNouns, kBenchMembers, kFindingBodyNouns>(word);
}

bool IsIssuedIntroducer(absl::string_view word) {
  return InWordLists<kIssuedIntroducers>(word);
}

bool IsIssueVerb(absl::string_view word) { return InWordLists<kIssueVerbs>(word); }

bool IsIssuerPreposition(absl::string_view word) {
  return InWordLists<kIssuerPrepositions>(word);
}

bool IsIssuedPaperNoun(absl::string_view word) { return InWordLists<kIssuedPaperNouns>(word); }

bool IsVenuePreposition(absl::string_view word) {
  return InWordLists<kVenuePrepositions>(word);
}

bool IsPassiveAuxiliary(absl::string_view word) {
  return InWordLists<kPassiveAuxiliaries>(word);
}

bool IsCallForParticle(absl::string_view word) { return InWordLists<kCallForParticles>(word); }

bool IsCallOffParticle(absl::string_view word) { return InWordLists<kCallOffParticles>(word); }

bool IsSubordinator(absl::string_view word) { return InWordLists<kSubordinators>(word); }

bool IsPronounContraction(absl::string_view word) {
  size_t mark = word.find('\'');
  size_t after = mark + 1;
  if (mark == absl::string_view::npos) {
    mark = word.find("\xE2\x80\x99");  // ’
    after = mark + 3;
  }
  if (mark == absl::string_view::npos || mark == 0 || after >= word.size()) return false;
  return InWordLists<kContractedPronouns>(word.substr(0, mark)) &&
         InWordLists<kContractedAuxiliaries>(word.substr(after));
}

bool IsPhrasalObjectPreposition(absl::string_view word) {
  return InWordLists<kPhrasalObjectPrepositions>(word);
}

bool IsMessageNoun(absl::string_view word) { return InWordLists<kMessageNouns>(word); }

int GenderOfWord(absl::string_view word) {
  if (InWordLists<kMaleWords>(word)) return 1;
  return InWordLists<kFemaleWords>(word) ? 2 : 0;
}

bool IsSourceModifier(absl::string_view word) { return InWordLists<kSourceModifiers>(word); }

bool IsSourceModifierTie(absl::string_view word) {
  return InWordLists<kSourceModifierTies>(word);
}

bool IsMediumPreposition(absl::string_view word) {
  return InWordLists<kMediumPrepositions>(word);
}

bool IsTopicPreposition(absl::string_view word) {
  return InWordLists<kTopicPrepositions>(word);
}

bool IsAccountNoun(absl::string_view word) { return InWordLists<kAccountNouns>(word); }

bool IsParticipleParticle(absl::string_view word) {
  return InWordLists<kParticipleParticles>(word);
}

bool IsRefusalCue(absl::string_view word) { return InWordLists<kRefusalCues>(word); }

bool IsNamingCue(absl::string_view word) { return InWordLists<kNamingCues>(word); }

bool IsNounLikeCue(absl::string_view word) { return InWordLists<kNounLikeCues>(word); }

bool IsSayingTimePreposition(absl::string_view word) {
  return InWordLists<kSayingTimePrepositions>(word);
}

bool IsNamedDocumentHead(absl::string_view word) {
  return InWordLists<kNamedDocumentHeads>(word);
}

bool IsSayingAdverb(absl::string_view word) { return InWordLists<kSayingTimeAdverbs>(word); }

bool IsGroupPreposition(absl::string_view word) {
  return InWordLists<kGroupPrepositions>(word);
}

bool IsQuantityCue(absl::string_view word) { return InWordLists<kQuantityCues>(word); }

bool IsUninflectedPastCue(absl::string_view word) {
  return InWordLists<kUninflectedPastCues>(word);
}

bool IsPastParticipleCue(absl::string_view word) {
  return absl::EndsWith(word, "ed") || IsUninflectedPastCue(word);
}

bool IsFigureNounCue(absl::string_view word) { return InWordLists<kFigureNounCues>(word); }

bool IsFigureNounComplement(absl::string_view word) {
  return InWordLists<kFigureNounComplements>(word);
}

bool IsEnvoyNoun(absl::string_view word) { return InWordLists<kEnvoyNouns>(word); }

bool IsQuestionWord(absl::string_view word) { return InWordLists<kQuestionWords>(word); }

bool IsThatNoun(absl::string_view word) { return InWordLists<kThatNouns>(word); }

bool IsForecastCue(absl::string_view word) { return InWordLists<kForecastCues>(word); }

bool IsEachQuantifier(absl::string_view word) { return InWordLists<kEachQuantifiers>(word); }

bool IsServedPeopleNoun(absl::string_view word) {
  return InWordLists<kServedPeopleNouns>(word);
}

bool IsDutyVerb(absl::string_view word) { return InWordLists<kDutyVerbs>(word); }

bool IsThingInAgentForm(absl::string_view word) {
  return InWordLists<kThingsInAgentForm>(word);
}

bool IsSecondPersonPronoun(absl::string_view word) {
  return InWordLists<kSecondPersonPronouns>(word);
}

bool IsIrregularParticiple(absl::string_view word) {
  return InWordLists<kIrregularParticiples>(word);
}

bool IsWithObjectCue(absl::string_view word) { return InWordLists<kWithObjectCues>(word); }

bool IsClauseOnlyCue(absl::string_view word) { return InWordLists<kClauseOnlyCues>(word); }

bool IsGraspCue(absl::string_view word) { return InWordLists<kGraspCues>(word); }

bool IsReasonOpener(absl::string_view word) { return InWordLists<kReasonOpeners>(word); }

bool IsCircumstanceOpener(absl::string_view word) {
  return InWordLists<kCircumstanceOpeners>(word);
}

bool IsThatOnlyCue(absl::string_view word) { return InWordLists<kThatOnlyCues>(word); }

bool IsOrderCue(absl::string_view word) { return InWordLists<kOrderCues>(word); }

bool IsLinkCue(absl::string_view word) { return InWordLists<kLinkCues>(word); }
bool IsBlameCue(absl::string_view word) { return InWordLists<kBlameCues>(word); }
bool IsBlameCausePreposition(absl::string_view word) {
  return InWordLists<kBlameCausePrepositions>(word);
}

bool IsConstructionCue(absl::string_view word) {
  return InWordLists<kOrderCues, kLinkCues, kBlameCues, kRefusalCues, kNounLikeCues,
                     kFigureNounCues, kQuantityCues>(word);
}

bool IsPluralSubjectVerb(absl::string_view word) {
  return InWordLists<kPluralSubjectVerbs>(word);
}

bool IsRubricLabel(absl::string_view word) { return InWordLists<kRubricLabels>(word); }

bool IsSpeakingVerb(absl::string_view word) { return InWordLists<kSpeakingVerbs>(word); }

bool IsSayVerb(absl::string_view word) { return InWordLists<kSayVerbs>(word); }

bool IsMannerParticiple(absl::string_view word) {
  return InWordLists<kMannerParticiples>(word);
}

bool IsLinkingOpener(absl::string_view word) { return InWordLists<kLinkingOpeners>(word); }

bool IsAdverbialOpener(absl::string_view word) {
  return InWordLists<kAdverbialOpeners>(word);
}

bool IsTimeAdverbialWord(absl::string_view word) {
  return InWordLists<kTimeAdverbialWords>(word);
}

bool IsDatingPreposition(absl::string_view word) {
  return InWordLists<kDatingPrepositions>(word);
}

bool IsNonSubjectOpener(absl::string_view word) {
  return InWordLists<kNonSubjectOpeners>(word);
}

bool IsNounPhraseLink(absl::string_view word) { return InWordLists<kNounPhraseLinks>(word); }

bool IsWorkNoun(absl::string_view word) { return InWordLists<kWorkNouns>(word); }

bool IsFurnitureLabelWord(absl::string_view word) {
  static const word_set_internal::WordSet* const kWords = [] {
    auto* words = new word_set_internal::WordSet();
    for (absl::string_view label : kPointerLabels) {
      for (absl::string_view w : absl::StrSplit(label, ' ')) words->Add(w);
    }
    return words;
  }();
  return kWords->Has(word);
}

bool IsPointerLabel(absl::string_view label) {
  for (absl::string_view whole : kPointerLabels) {
    if (absl::EqualsIgnoreCase(label, whole)) return true;
  }
  return false;
}

bool IsAgentParticiple(absl::string_view word) {
  return InWordLists<kIrregularParticiples, kAgentParticiples>(word);
}

bool IsStudyAgent(absl::string_view word) {
  constexpr size_t kMaxWord = 24;
  if (word.empty() || word.size() > kMaxWord) return false;
  char lower[kMaxWord];
  word.copy(lower, word.size());
  lower[0] = absl::ascii_tolower(lower[0]);  // "Auditors" opening a sentence
  const absl::string_view w(lower, word.size());
  return InWordLists<kStudyAgents>(w) ||
         (w.size() > kStudyAgentEnding.size() + 1 && absl::EndsWith(w, kStudyAgentEnding));
}

bool IsWrittenPieceNoun(absl::string_view word) {
  return InWordLists<kDocumentNouns, kWrittenPieceNouns>(word);
}

bool IsMakingParticiple(absl::string_view word) {
  return InWordLists<kMakingParticiples>(word);
}

bool IsIssuingParticiple(absl::string_view word) {
  return InWordLists<kMakingParticiples, kIssuingParticiples>(word);
}

bool IsFiledPieceNoun(absl::string_view word) { return InWordLists<kFiledPieceNouns>(word); }

bool IsHoldingDocumentNoun(absl::string_view word) {
  return InWordLists<kDocumentNouns, kWrittenPieceNouns, kHoldingDocumentNouns>(word);
}

bool IsIssuedNoun(absl::string_view word) { return InWordLists<kIssuedNouns>(word); }

bool IsSaidThingNoun(absl::string_view word) { return InWordLists<kSaidThingNouns>(word); }

bool IsRecencyAdjective(absl::string_view word) {
  return InWordLists<kRecencyAdjectives>(word);
}

bool IsTimeAdverb(absl::string_view word) { return InWordLists<kTimeAdverbs>(word); }

bool IsNounPreposition(absl::string_view word) { return InWordLists<kNounPrepositions>(word); }

bool IsPhraseBreakWord(absl::string_view word) { return InWordLists<kPhraseBreakWords>(word); }

bool IsAnswerWord(absl::string_view word) { return InWordLists<kAnswerWords>(word); }

bool IsQuestionOpener(absl::string_view word) { return InWordLists<kQuestionOpeners>(word); }

}  // namespace lexicon
}  // namespace factwire
