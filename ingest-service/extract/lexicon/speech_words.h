#ifndef FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_SPEECH_WORDS_H_
#define FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_SPEECH_WORDS_H_

#include "absl/strings/string_view.h"

namespace factwire {
namespace lexicon {

// Closed word lists the mention, quote and reported-speech finders consult
// (lexicon/speech_words.cc holds them). Each predicate compares the word's bytes
// with lowercase entries exactly unless its comment says otherwise; the word
// classes of lexicon.h are for words the tokenizer tags once per token.

// Endings of nouns for someone who does something ("biologist", "teacher",
// "residents"); the caller checks the word is long enough to be one.
bool HasAgentEnding(absl::string_view word);

// Determiners that may open a descriptive title before a comma ("the club's
// chairman, Gary Holt,", "our editor, ..."); the first letter in either case.
bool IsTitleOwner(absl::string_view word);

// Prepositions after which a lone capitalised name is a place, not a person a
// pronoun may refer to ("told reporters in Madrid", "flew to Paris").
bool IsPlaceBeforeName(absl::string_view word);

// Prepositions after which even a two-word name is a place ("a rally in San
// Diego"); "to" is left out ("spoke to Jane Doe").
bool IsPlaceBeforeFullName(absl::string_view word);

// Prepositions whose object is not the sentence's subject ("a letter to Smith",
// "than Biden"), besides the affiliation prepositions.
bool IsObjectPreposition(absl::string_view word);

// Prepositions that put a name inside a phrase, not in the subject ("at a rally
// in Portsmouth", "during Smith's visit"); "Like" and "Unlike" only capitalised,
// opening the sentence ("Like Smith, she said").
bool IsPhrasePreposition(absl::string_view word);

// Quantifiers that stand alone for people as a clause's subject ("Some say",
// "others said", "Many believe"); either case.
bool IsQuantifierPronoun(absl::string_view word);
// True for a quantifier that denies its group speaks: "few", "none". Exact
// bytes, lowercase.
bool IsNegativeQuantifier(absl::string_view word);
// True for a number word a vague quantifier scales: "hundred", "thousand",
// "dozen", "million" ("several hundred workers"). Exact bytes, lowercase.
bool IsScaledCountWord(absl::string_view word);

// Tens spelled out ("twenty" ... "ninety"): the first half of "Twenty-four".
bool IsTensWord(absl::string_view word);

// Auxiliary and modal verbs ("is", "has", "would", "can"): a word after a noun
// phrase that makes it a clause's subject.
bool IsAuxiliary(absl::string_view word);

// Capitalised words that open a subordinate or prepositional clause before the
// main one ("Asked about it, ...", "When she arrived, ...", "In 1999, ..."); as
// written at a sentence start.
bool IsClauseOpener(absl::string_view word);

// Relative pronouns that stand for a person ("who", "whom", "whose"),
// lowercase: "Wanyama, who scored twice" names a person.
bool IsPersonRelative(absl::string_view word);

// Forms of "go" ("went", "goes") that before "on to" and a cue make the cue
// their subject's ("He went on to say that ..."), lowercase.
bool IsGoingOnVerb(absl::string_view word);

// Openers of a condition, a concession or a cause ("If", "Although",
// "Though", "Because"), as written at a sentence start: their clause belongs
// to the claim it opens ("If rates rise, she said, ..."), not to when or where
// it was said.
bool IsConditionClauseOpener(absl::string_view word);

// Object pronouns for people ("him", "them", "me", "us"; "her" is also a
// possessive and left out).
bool IsPersonObjectPronoun(absl::string_view word);

// Object pronouns ("him", "them", "it", "me", "us", "you").
bool IsObjectPronoun(absl::string_view word);

// Words that end the object of "called" ("called the plan reckless on Monday",
// "... because", "... by").
bool IsCallObjectEnd(absl::string_view word);

// Articles and possessive determiners that open a second noun phrase after
// "called X" ("called the plan a disaster", "called her son her hero").
bool IsObjectDeterminer(absl::string_view word);

// Words that open a time adverbial with a time word ("on Tuesday", "last week",
// "earlier today", "early next month").
bool IsTimeOpener(absl::string_view word);

// Prepositions that open a span of time ("for months", "over the past year",
// "in recent weeks", "throughout the campaign"), lowercase.
bool IsDurationPreposition(absl::string_view word);

// Words of a span of time after such a preposition: units ("months", "years"),
// their plural counts ("decades") and modifiers ("past", "recent", "several"),
// lowercase. A unit word is what makes the span ("for the public" is none).
bool IsDurationUnit(absl::string_view word);
bool IsDurationModifier(absl::string_view word);

// Cues whose "to" object is what they answer, reported as the content ("did not
// respond to requests for comment", "replied to the letter"), lowercase.
bool IsAnswerToCue(absl::string_view word);

// Conjunctions that link a clause after a comma ("..., after half said so",
// "..., while others say").
bool IsClauseLink(absl::string_view word);

// Prepositions that open a credit line or a short circumstance, not what was
// said ("reported from Los Angeles" goes by the class; "to", "on", "in",
// "about", "during").
bool IsCreditPreposition(absl::string_view word);

// Name connectors that are not name particles ("van", "de" are; "of", "and"
// are not).
bool IsNonParticleConnector(absl::string_view word);

// Connectors that join a title or organisation's words but do not join a
// person's name to an organisation ("John Hale of Acme Corp").
bool IsPersonOrgConnector(absl::string_view word);

// Speech verbs that are never nouns or adjectives, so an 's right before one
// ends a business's name ("Moody's said"; not "Trump's proposed tax cuts").
bool IsOwnerNameCue(absl::string_view word);

// Words that end the first noun phrase of an appositive before its head ("a
// group that", "a coalition in", "advocates and").
bool IsNounPhraseBreak(absl::string_view word);

// Words after an organisation-kind noun that make it the appositive's head ("a
// charity based in", "a group led by", "a group that").
bool IsAfterOrgKindHead(absl::string_view word);

// Determiners before a cue word that make it a noun ("the reports", "his
// comments").
bool IsNounDeterminer(absl::string_view word);

// Determiners that bring someone new into the text ("a", "an", "one",
// "another"; lowercase or capitalised): "One porter said" names no one met before.
bool IsIndefiniteOpener(absl::string_view word);

// Prepositions that place an unnamed source after its head noun: "at", "in",
// "from", "on", "near" ("a nurse in Galway", "an engineer at the depot").
bool IsPlacingPreposition(absl::string_view word);

// "after", "before", "following": they time a saying right after its cue
// ("..., the mayor said after the council meeting."). Lowercase input.
bool IsSayingTimePreposition(absl::string_view word);

// An adverb that times a saying right after its cue: "late", "early",
// "shortly", "soon", "just" ("..., the ministry said late on Tuesday.").
// Lowercase input.
bool IsSayingAdverb(absl::string_view word);

// The head of a document's name, lowercased: "review", "survey", "report",
// "study", "audit", "census", "outlook", "bulletin" ("according to the State's
// Economic Review").
bool IsNamedDocumentHead(absl::string_view word);

// Those and "of", after a plural group of people: "Residents of Kilby",
// "Shop owners in Leith". Lowercase input.
bool IsGroupPreposition(absl::string_view word);

// Lowercase nouns that head the phrase of an unnamed person who speaks, after
// the words that say whose: "source", "officials", "spokeswoman" ("a ministry
// source", "two police officials").
bool IsDescriberHead(absl::string_view word);

// Singular nouns of one who speaks for a body by trade ("spokesperson",
// "spokeswoman", "spokesman"): "a spokesperson for the utility" is written "a
// spokesperson", the body being whose voice it is, not part of the name.
bool IsSpokesNoun(absl::string_view word);

// Particles that make a phrase cue speech ("shot back", "went on", "spoke up").
bool IsCueParticle(absl::string_view word);

// Words that join two clauses, so that a quote's attribution cannot span them
// ("and", "but", "whereas").
bool IsClauseJoin(absl::string_view word);

// Conjunctions and subordinators that open a clause ("because", "although",
// "that", "if").
bool IsConjunction(absl::string_view word);

// Words after a past-tense verb that show a new clause follows it ("barked and
// ...", "snapped as ...").
bool IsClauseContinuation(absl::string_view word);

// Nouns for documents and studies that report findings ("report", "survey",
// "statistics", "filings", "minutes").
bool IsDocumentNoun(absl::string_view word);

// Nouns that name a body by what it does, besides the organisation kinds
// ("the chain", "the unit", "the carrier", "the co-operative"): a definite
// one that speaks may stand for the organisation named before it.
bool IsBodyNoun(absl::string_view word);

// True if `word` names the members of a court or panel, in the plural
// ("judges", "justices", "jurors").
bool IsBenchMember(absl::string_view word);
// True for the members of a court's bench who speak for it: "judges",
// "justices", "magistrates" (not jurors, panellists or arbitrators). Exact
// bytes, lowercase.
bool IsCourtBenchMember(absl::string_view word);
// True for a body whose members sit as a bench: "court", "tribunal". Lowercase
// input.
bool IsBenchBody(absl::string_view word);

// True for a group that does research and speaks as one in a report of its
// work: "researchers", "scientists" ("the researchers noted"). Exact bytes,
// lowercase.
bool IsResearchGroupNoun(absl::string_view word);
// True for a group that reports research only in a sentence naming a study,
// journal, paper or findings (IsResearchReportNoun): "team". Exact bytes,
// lowercase.
bool IsResearchTeamNoun(absl::string_view word);
// True for a noun naming a research report: "study", "journal", "paper",
// "findings". Exact bytes, lowercase.
bool IsResearchReportNoun(absl::string_view word);
// True for the capitalised word that makes an organisation's name a research
// body's: "Institute", "University", "Laboratory", "Observatory". Exact bytes.
bool IsResearchBodyWord(absl::string_view word);

// Past verbs of taking a stand with no object ("abstained", "dissented",
// "resigned"): a counted group's verb right before a speech participle.
bool IsStanceVerb(absl::string_view word);

// People whose trade is to forecast ("economists", "analysts", "forecasters"):
// what they "expect" is a reported view, as a body's is (not "commuters expect").
bool IsForecastingNoun(absl::string_view word);

// Plural nouns for the records an office keeps ("records", "documents",
// "filings"): "according to court records" cites the records, not the court;
// so do "results" after `before`, the word before them, when it makes them a
// count's tally ("official results", "election results", "the results"), not
// a test's ("blood test results"); so do "accounts" after a keeper or kind of
// books ("club accounts", "annual accounts"), not a witness's ("early
// accounts"). Lowercase input.
bool IsRecordNoun(absl::string_view word, absl::string_view before);

// Plural nouns for the numbers a body compiles ("data", "figures",
// "statistics", "estimates"): "according to central bank data" cites the bank.
bool IsDataNoun(absl::string_view word);

// Verbs of finding ("found", "finds"): with a clause after them, what a named
// person, an official or a body found.
bool IsFindingCue(absl::string_view word);

// Lowercase nouns for proceedings that find as a body does ("inquiry",
// "inquest", "jury").
bool IsFindingBodyNoun(absl::string_view word);

// True if `word` (lowercase) names a court, a member or officer of one, or a
// body that sits in judgment ("tribunal", "judge", "coroner", "inquiry",
// "regulator", "justices", "prosecutors"): whose "ruled"/"charged" reports a
// bare clause.
bool IsJudgingNoun(absl::string_view word);

// True if `word` (lowercase) is a participle of valuing or contesting
// ("estimated", "disputed", "valued"): with its agent after "by" the sentence
// is the agent's claim ("legal costs, estimated by the union at ...").
bool IsValuingParticiple(absl::string_view word);

// True if `word` (lowercase) gives the value after a valuing participle's
// agent ("at", "as": "estimated by the union at 40,000"): the agent ends there.
bool IsValueGivingPreposition(absl::string_view word);

// Words that introduce an issued document as new or as someone's ("a
// statement", "its ruling", "in an email"). Lowercase input.
bool IsIssuedIntroducer(absl::string_view word);

// Verbs by which a body or person issues a document ("issued", "released",
// "sent": "X issued a statement"). Exact bytes.
bool IsIssueVerb(absl::string_view word);

// Prepositions that name a document's issuer after it ("from", "by": "a
// statement from the ministry"). Exact bytes.
bool IsIssuerPreposition(absl::string_view word);

// True for the record nouns a body issues about its own business ("papers"):
// "council papers show" cites the council.
bool IsIssuedPaperNoun(absl::string_view word);

// Prepositions that open where something was said right after its cue ("in",
// "on", "at", "during": "said in a statement that ...").
bool IsVenuePreposition(absl::string_view word);

// Articles, possessives and a few adjectives after which a document noun is a
// noun ("the report said", "its annual reports"), not a cue verb ("officials
// report that"); lowercase only.
bool IsDocumentDeterminer(absl::string_view word);

// Forms of "be" that make a following participle passive ("was told", "are
// being urged").
bool IsPassiveAuxiliary(absl::string_view word);

// Particles after "call" that make it speech about something ("called for",
// "called on", "called upon").
bool IsCallForParticle(absl::string_view word);

// Particles after "call" that make it no speech ("called off", "called in sick").
bool IsCallOffParticle(absl::string_view word);

// Subordinators that open a clause and never join a noun phrase's words ("a
// water crisis after figures showed": "after", not "that" or "as").
bool IsSubordinator(absl::string_view word);

// A personal pronoun with a contracted auxiliary, either apostrophe ("they've",
// "We’d", "I'll"): a speaker, never a name.
bool IsPronounContraction(absl::string_view word);

// Prepositions that open the object of a phrasal cue, not reported words
// ("pushed back against the charge", "pointed out to reporters").
bool IsPhrasalObjectPreposition(absl::string_view word);

// Nouns that name what someone said ("That was the message from ...",
// "That is the verdict of ...").
bool IsMessageNoun(absl::string_view word);

// 1 for a word that makes a person male ("mr.", "he", "spokesman", "sir"), 2
// for female ("mrs.", "she", "spokeswoman", "dame"), else 0. Lowercase input.
int GenderOfWord(absl::string_view word);

// Words that tie an unnamed source to what it knows ("sources close to the
// talks", "people familiar with the matter", "officials briefed on the plan").
bool IsSourceModifier(absl::string_view word);

// The preposition that ties an unnamed source to a noun modifier of what it
// knows: "with" ("people with knowledge of the talks"). Lowercase input.
bool IsSourceModifierTie(absl::string_view word);

// Prepositions that open where or how something was said ("in a court filing",
// "during an interview", "through a spokesman").
bool IsMediumPreposition(absl::string_view word);

// Of the medium prepositions, those that can also open what a verb governs, the
// topic it answers ("ruled on the claim that", "a row over the idea that");
// "in", "during", "through", "via" and "at" only say where. Lowercase.
bool IsTopicPreposition(absl::string_view word);

// Nouns for an account someone gives or a bulletin it is given in, which take a
// that-clause yet name where it was said ("said in his evidence that", "said on
// the news that", "in its assurance that"), not a proposition answered. Lowercase.
bool IsAccountNoun(absl::string_view word);

// Prepositions and particles that, right after a past participle, make it a
// passive or phrasal verb ("told by regulators", "reported out of committee",
// "said to be"), not an attribution's verb before its speaker. Lowercase.
bool IsParticipleParticle(absl::string_view word);

// Prepositions and quantifiers after which a cue word is a noun ("from state to
// state", "in remarks", "every report"). Lowercase input.
bool IsNounPreposition(absl::string_view word);

// Cues of a refusal to speak, speech only before "to" ("declined to comment",
// "declines to say"; not "prices declined 5%"). Lowercase input.
bool IsRefusalCue(absl::string_view word);

// Cues that name their object ("calls the plan “reckless”", "dubbed the bill
// “a giveaway”"): the words right after them are what is named, never the
// speaker. Lowercase input.
bool IsNamingCue(absl::string_view word);

// Cue words that are nouns as often as verbs ("estimate", "claims", "calls"):
// nouns after a number ("its 2017 estimate") or before "of" ("claims of
// fraud"). Lowercase input.
bool IsNounLikeCue(absl::string_view word);

// Cues whose past participle does not end in "-ed" ("told", "forecast"): after
// a passive auxiliary the subject is what was told or forecast. Lowercase input.
bool IsUninflectedPastCue(absl::string_view word);

// True if cue `word` has a past participle's form: "-ed" ("reported") or an
// uninflected past (IsUninflectedPastCue: "told", "forecast"). Lowercase input.
bool IsPastParticipleCue(absl::string_view word);

// Cues that name a figure as nouns ("forecast", "estimates"): after a noun
// modifier and before IsFigureNounComplement() ("the weather forecast for
// Sunday"). Lowercase input.
bool IsFigureNounCue(absl::string_view word);

// "for", "of": what follows a figure noun cue used as a noun. Lowercase input.
bool IsFigureNounComplement(absl::string_view word);

// Cues that count when a number follows them ("will add 2,200 megawatts",
// "added 300 jobs", "recalled 1.2 million cars"): no speech then. Lowercase input.
bool IsQuantityCue(absl::string_view word);

// Envoys a government recalls ("ambassador", "envoys", "diplomats"): after
// "recalled [its]" the verb withdraws them and reports nothing.
bool IsEnvoyNoun(absl::string_view word);

// Cues that take "with" as their object and then report nothing: "reckoned with
// the defeat" faces it; "reckons the colt can win" is a view.
bool IsWithObjectCue(absl::string_view word);

// Past participles not ending in "-ed"/"-en" that open an aside after a noun
// ("a letter, seen by Reuters, said", "an email sent to parents"). Lowercase.
bool IsIrregularParticiple(absl::string_view word);

// Nouns that take a that-clause of their own ("the fact that", "fears that",
// "reports that"): a "that" after them opens no relative clause. Lowercase.
bool IsThatNoun(absl::string_view word);

// Cues of a view of what will happen: "expect", "expects" ("The forecaster
// expects more rain to fall"). Lowercase.
bool IsForecastCue(absl::string_view word);

// Pronouns that address the reader: "you", "yourself", "yourselves". Lowercase.
bool IsSecondPersonPronoun(absl::string_view word);

// Quantifiers that pick out each of the people a rule is for ("all travellers",
// "every driver", "each pupil"), before them or their determiner. Lowercase.
bool IsEachQuantifier(absl::string_view word);

// Lowercase nouns for the people a body serves, employs or admits, without an
// agent's ending ("staff", "fans", "members", "employees", "guests"): what a
// body "expects" of them is a requirement, not a forecast. Lowercase.
bool IsServedPeopleNoun(absl::string_view word);

// Verbs of a duty, what a rule asks people to do ("carry", "wear", "arrive",
// "report", "behave", "return", "comply"): after "expects <people> to" they make
// the sentence a requirement, while other acts ("to struggle", "to spend less",
// "to hire fewer") keep it a forecast. Lowercase.
bool IsDutyVerb(absl::string_view word);

// Plural nouns with an agent's ending that name things, not doers ("numbers",
// "orders", "centers", "letters", "papers", "matters"): "Numbers in the report
// show" names no group of people. Lowercase.
bool IsThingInAgentForm(absl::string_view word);

// Question words ("how", "what", "why"): a "that" after them is a determiner
// ("how that call was"), not a relative pronoun. Lowercase.
bool IsQuestionWord(absl::string_view word);

// Cues that report a clause but not a bare noun phrase after them ("touted his
// record", "denied the report", "blasted the FBI"). Lowercase input.
bool IsClauseOnlyCue(absl::string_view word);

// Clause-only cues whose object names what is grasped ("understands the risks
// of the merger", "understands the importance of winning the state"): any
// object without a clause of its own, cue words and past forms included, is
// no claim. Lowercase input.
bool IsGraspCue(absl::string_view word);

// Subordinators that, after a comma closing "<claim>, X said[ time]", open
// the circumstance of the saying, not more of what was said ("..., its
// developer said, after a valve failed", "despite"); not reasons ("because",
// "since"), which go on with what was said. Lowercase input.
bool IsCircumstanceOpener(absl::string_view word);

// Subordinators that open the speaker's reason after "<claim>, X said,"
// ("..., the company said, because demand fell", "since"): more of what was
// said, a claim of its own by the same speaker. Lowercase input.
bool IsReasonOpener(absl::string_view word);

// "were", "are", "have", "had": after a plural noun-like cue ("claims were
// revised") they make it a noun. Lowercase input.
bool IsPluralSubjectVerb(absl::string_view word);

// Cues that report words after them only when "that" opens them ("charged
// that the plan ..."; not "charged with fraud", "charged 90 people"); words
// before them stay reported ("..., critics charged."). Lowercase or
// capitalised input. The participles "finding" and "holding" report so only
// after a comma ("The regulator fined the firm, finding that ...").
bool IsThatOnlyCue(absl::string_view word);

// Verbs of ordering ("ordered"): a cue only with "that" right after it ("the
// judge ordered that the wages be paid"), never before an object ("ordered a
// recall", "ordered the bank to pay"). Lowercase input.
bool IsOrderCue(absl::string_view word);

// Verbs that tie a cause to an outcome ("linked", "links"): a cue only with
// "to" later in their clause ("linked the fall to the strike"). Lowercase input.
bool IsLinkCue(absl::string_view word);

// Verbs of blaming ("blamed", "blames", "blame"): a cause is their claim, with
// or without an outcome ("blamed the delays on the strike", "blamed weaker
// demand"); a person blamed with no cause preposition (IsBlameCausePreposition)
// later in the clause reports nothing ("blamed himself after the loss").
// Lowercase input.
bool IsBlameCue(absl::string_view word);

// Prepositions that hand the blame to its outcome or cause after a blaming
// verb's object ("on", "for"). Lowercase input.
bool IsBlameCausePreposition(absl::string_view word);

// True for a cue word on any list that makes a cue read otherwise in some
// constructions (IsOrderCue, IsLinkCue, IsBlameCue, IsRefusalCue, IsNounLikeCue,
// IsFigureNounCue, IsQuantityCue): one look-up that lets the common cues ("said",
// "told") skip the tests those lists feed. Exact bytes.
bool IsConstructionCue(absl::string_view word);

// Words ending an editorial label before a colon ("CORRECTION:", "Paid
// Notice:", "Delegate Update:", "Question:"): no one speaks after it.
// Lowercase input.
bool IsRubricLabel(absl::string_view word);

// Bare verbs of speaking a refusal names ("declined to comment", "to elaborate",
// "to say", "to discuss"). Lowercase input.
bool IsSpeakingVerb(absl::string_view word);

// The forms of "say" ("say", "says", "said"): the cue a plain noun phrase
// subject speaks with.
bool IsSayVerb(absl::string_view word);

// Participles that say how a source spoke after its attribution ("..., the
// people said, speaking on condition of anonymity", "talking to reporters");
// lowercase.
bool IsMannerParticiple(absl::string_view word);

// Capitalised words that link a sentence to the one before and open its
// clause ("But", "And", "Yet", "Meanwhile"); as written.
bool IsLinkingOpener(absl::string_view word);

// True for the first word of a short adverbial of time opening a sentence
// ("on", "since", "about", "earlier", "overnight"). Lowercase input.
bool IsAdverbialOpener(absl::string_view word);
// True for a word that may follow the opener of a short adverbial of time
// besides numbers and time words ("night", "p.m", "ago", "the"). Lowercase
// input.
bool IsTimeAdverbialWord(absl::string_view word);
// True for a preposition that opens a short adverbial of time only before a
// number or a time word ("in", "at", "by": "In 2014,"). Lowercase input.
bool IsDatingPreposition(absl::string_view word);

// Capitalised words that open a clause or an adverbial, not a noun phrase that
// speaks ("What he decides says ...", "But", "Still"); as written.
bool IsNonSubjectOpener(absl::string_view word);

// Prepositions and "and" after which a noun phrase goes on with a determiner
// ("the head of the delegation to the forum"); lowercase.
bool IsNounPhraseLink(absl::string_view word);

// Nouns for works whose quoted title follows them ("the TV show “The
// Apprentice.”", "his book, ''An American Son.''"). Lowercase input.
bool IsWorkNoun(absl::string_view word);

// A word of one of a page's pointer labels (IsPointerLabel: "related",
// "more", "see", "watch"): before a colon it names no one. Lowercase input.
bool IsFurnitureLabelWord(absl::string_view word);

// True when `label`, any case, words joined by single spaces, is a whole
// pointer label ("Related", "Read more", "SEE ALSO", "Watch"; not "Also" or
// "More also"): a quote after it and a colon titles another piece.
bool IsPointerLabel(absl::string_view label);

// Plural nouns for people who study, inspect or investigate ("researchers",
// "auditors", "inspectors", any "-ologists"): a "They found that ..." after a
// sentence they open is their finding. Lowercase, or capitalised first letter.
bool IsStudyAgent(absl::string_view word);

// Irregular participles that end a body's head before "by" and its agent
// ("run", "set", "paid": "a service run by donors"; and every
// IsIrregularParticiple: "held", "led"). Lowercase input.
bool IsAgentParticiple(absl::string_view word);

// Documents (IsDocumentNoun) and other written pieces that speak ("paper",
// "memo", "letter", "filing", "minutes"). Lowercase input.
bool IsWrittenPieceNoun(absl::string_view word);
// True for a document another's reckoning can stand in: a written piece
// (IsWrittenPieceNoun) or a file, budget, accounts, dossier, prospectus or
// submission ("an estimate in the court file").
bool IsHoldingDocumentNoun(absl::string_view word);
// True for a participle by which a body makes a document ("compiled",
// "published", "released", "conducted", "commissioned"), not one by which it
// only holds or reads it ("seen", "obtained"). Lowercase input.
bool IsMakingParticiple(absl::string_view word);

// True for a participle by which a document comes out or reaches someone
// (IsMakingParticiple and "filed", "sent", "signed", "obtained", "leaked"): "A
// court document filed Thursday says". Lowercase input.
bool IsIssuingParticiple(absl::string_view word);
// True for court and petition papers that speak like documents ("lawsuit",
// "complaint", "indictment", "affidavit"). Lowercase input.
bool IsFiledPieceNoun(absl::string_view word);

// Nouns for what a body or person issues in writing ("statement", "letter",
// "ruling", "email"): "the statement said" speaks for its issuer. Lowercase
// input.
bool IsIssuedNoun(absl::string_view word);

// Nouns for something said ("warning", "claims", "assurances", "pledge")
// that may take "from" and a speaker, then a that-clause. Lowercase input.
bool IsSaidThingNoun(absl::string_view word);

// Adjectives that date a document rather than name it ("new", "recent",
// "latest"). Lowercase input.
bool IsRecencyAdjective(absl::string_view word);

// Adverbs of time that may stand before a preposition after a cue ("conceded
// shortly before midnight", "spoke soon after"). Lowercase input.
bool IsTimeAdverb(absl::string_view word);

// Words a noun phrase does not run back across when naming an unnamed source
// from an earlier mention ("a clear message to every water company": not
// "message to every water company"). Lowercase input.
bool IsPhraseBreakWord(absl::string_view word);

// One-word answers that are all a speaker said ("Asked whether he would run,
// Alvarez said no.").
bool IsAnswerWord(absl::string_view word);

// Openers of a question put to the speaker before the main clause ("Asked
// whether ..., X said", "When asked about ...").
bool IsQuestionOpener(absl::string_view word);

}  // namespace lexicon
}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_SPEECH_WORDS_H_
