#ifndef FACTWIRE_INGEST_SERVICE_EXTRACT_SPEAKERS_H_
#define FACTWIRE_INGEST_SERVICE_EXTRACT_SPEAKERS_H_

#include <cstdint>
#include <vector>

#include "absl/strings/string_view.h"
#include "ingest-service/extract/mentions.h"
#include "ingest-service/extract/quotes.h"
#include "ingest-service/extract/sentences.h"
#include "ingest-service/extract/tokens.h"

namespace factwire {

// Who a claim is credited to: a name, pronoun or speaking noun phrase (tokens
// [first, last)) and the entity it resolves to. Anonymous for noun phrases
// ("reports", "a senior official").
struct Speaker {
  int first = -1;
  int last = -1;
  int entity = -1;
  bool anonymous = false;
  bool pronoun = false;
  // For an anonymous "the spokesman" that repeats an earlier "a spokesman for the
  // agency": tokens [name_first, name_last) of that earlier phrase, which names
  // the source; -1 when the speaker names itself.
  int name_first = -1;
  int name_last = -1;
  bool found() const { return first >= 0; }
};

// Finds the speaker next to an attribution cue.
class SpeakerFinder {
 public:
  // `quotes` (the document's paired quotes, may be empty) keep words inside
  // quotation marks from naming an unnamed source ("‘a clear message to every
  // water company’ ... The company said").
  SpeakerFinder(absl::string_view text, const std::vector<Token>& tokens,
                const MentionFinder& mentions, const std::vector<QuoteSpan>& quotes);

  // The subject ending just before cue token `cue` (skipping adverbs, auxiliaries,
  // an appositive or a parenthesised acronym; before "went on to": "She went on
  // to say"), not reaching before `lo`.
  // `loose` also accepts any "the <noun>" (safe right after a quote).
  Speaker Left(int cue, int lo, bool loose = false) const;
  // The speaker just after cue token `cue` ("said Vigil", "said the official").
  Speaker Right(int cue, int hi) const;
  // "her husband, Miguel Ortiz" or "his lawyer" starting at token `j` (before
  // `hi`), as after "“…,” said": the named person, else the phrase as an
  // anonymous speaker; nothing when `j` holds no his/her/their/its/our.
  Speaker RelativeOf(int j, int hi) const;
  // "the company's chief executive, Laura Brenner", "Tesla's finance chief, Jo
  // Ng" or "Halvorsen's niece, Kirsten Halvorsen" (a person's: any short noun
  // phrase) starting at token `j` (before `hi`), the name ending the
  // attribution: the person named; else nothing.
  Speaker OwnerTitleName(int j, int hi) const;
  // "the Minister of State for Housing", "Transport Secretary", "the club's head
  // of youth development", "Tarnside Water's head of supply and networks": a
  // title phrase starting at token `j` (an optional article or owner's
  // possessive, up to kMaxNominalTokens title words ending in a title head or
  // agent noun, then optionally "of"/"at"/"for" and a few words) closed by a
  // comma before `hi`: the index of that comma; else -1.
  int TitlePhraseEnd(int j, int hi) const;
  // True when token `k` ends a person mention whose name has a capitalised word
  // before `k` that is no title, modifier, organisation word or portfolio:
  // "King" in "Peter T. King" is a surname, not the title "King" ("Transport
  // Secretary" is a title).
  bool EndsPersonalName(int k) const;
  // "the chief economist at the lender, Priya Mehra", "the Chief Executive of
  // the Harbour Board, Lars Vinter" starting at token `j` (before `hi`), as after
  // an inverted cue: the person named after the title phrase's comma when the
  // name ends the attribution; else nothing.
  Speaker TitlePhraseName(int j, int hi) const;
  // "The Minister for Roads, Jane Doe, said", "After the vote, the Lord Mayor of
  // Kettleby, Cllr Ann Pike, told": for the comma `comma` right before a cue
  // (fillers aside), the person named between it and the comma closing a title
  // phrase that opens the clause (at `lo` or after punctuation); else nothing
  // (not an object: "met the Minister for Health, Ama Boateng, and said").
  Speaker NamedAfterTitlePhrase(int comma, int lo) const;
  // The subject of the sentence before token `before` (for "..., stating, “…”"),
  // after a dateline ("BRUSSELS/KYIV, March 12 (Reuters) -").
  Speaker Subject(const Sentence& sentence, int before) const;
  // A plural speaking or agent noun ("Analysts", "Strategists") opening a
  // clause at token `first` with no article,
  // for the cue at token `before` right after a comma: with the body an affiliation preposition names
  // after it, as Left() reads the phrase before a cue ("Analysts at Nordhavn
  // Markets" cut ..., saying), else alone when a verb follows it ("Economists
  // raised ..."); else nothing.
  Speaker BareGroupOpening(int first, int before) const;
  // A he/she speaker `s` in sentence `own`, after the sentence `prev`: the
  // person `prev` reports speaking ("One porter, who ..., said ...", "In
  // Harrogate, pensioner Edith Marlow said ...", "The Minister for Schools,
  // Kwesi Boakye, said ..."), when `s` resolves to no subject of `own` before it
  // and no one named after that speaker in the main clause of `prev` (but to a
  // place or club in an opening phrase, a name in the speaker's title phrase or
  // owner, or someone earlier) and no gender contradicts;
  // an unnamed "the ..." or "his ..." only when `s` resolves to no one.
  // A "they" that resolves to no one: the unnamed singular source `prev` reports
  // speaking ("One campaign aide, who ..., said", "a ministry source said"),
  // as an anonymous speaker; else `s`.
  // `credited`, when given, is the speaker of the first claim the claim finder
  // credited in `prev`; when it is unnamed it speaks for `prev` where no speaker
  // of `prev` is found or only a pronoun ("A customer ... said .... She said
  // .... “…,” she said.": a pronoun stands for the phrase it was resolved to).
  Speaker PronounAntecedent(Speaker s, const Sentence& own, const Sentence& prev,
                            const Speaker* credited = nullptr) const;
  // The first token after a dateline opening paragraph token `k` ("LONDON —",
  // "WASHINGTON (Reuters) -", "NAIROBI, Kenya (AP) —"), else `k`.
  int AfterDateline(int k) const;
  // "Hours later, she ...", "Eight years ago, he ...": the person pronoun after a
  // short opening adverbial (a first word, then lowercase words and numbers up
  // to a comma) of the clause at token `first`, before `before`; else `first`.
  int AfterOpeningAdverbial(int first, int before) const;
  // The comma closing a short opening adverbial of the clause at token `first`
  // (a first word, then lowercase words and numbers, no cue, up to a comma
  // before `before`: "In the statement,", "Hours later,"); else -1.
  int OpeningAdverbialEnd(int first, int before) const;
  // "The businessman said", "One attendee told": a noun phrase of any head that
  // opens the main clause of `sentence` and ends right before cue token `cue`
  // (fillers between), as an anonymous speaker (or the person an epithet stands
  // for); nothing when the phrase does not start the clause.
  Speaker OpeningNounPhrase(const Sentence& sentence, int cue) const;
  // The first token after an opening subordinate or prepositional clause that ends
  // with a comma before token `before` ("Asked about it, ...", "When she arrived,
  // ...", "Back in 1999, ...", also after a dateline: "LONDON (Reuters) - After
  // meeting ..., ..."), else the sentence's first token.
  int MainClauseStart(const Sentence& sentence, int before) const;
  // True for a lowercase noun that names someone by what they do ("strategists",
  // "organizer", "politicians").
  bool IsAgentNoun(int k) const;
  // True for a word that names a person by a title or by what they do: a
  // kTitle, kTitleHead or kSpeakerNoun word, or IsAgentNoun ("auditor",
  // "chief", "strategists").
  bool NamesPersonByRole(int k) const;
  // IsAgentNoun's test of the word alone, whatever its case: an agent's ending
  // (HasAgentSuffix), not a kNotAgent word nor one in "-ent" ("president").
  bool HasAgentEnding(const Token& t) const;
  // True when the single quote mark at token `k` is the apostrophe of a plural
  // or s-final possessive ("Sanders’ campaign manager", "the voters' anger"):
  // glued to a word ending in "s", with a space and a lowercase word after it.
  bool IsPossessiveMark(int k) const;

  // True when entity `entity` is named in tokens [start, before) (with
  // `as_subject`, as a subject or outside a prepositional phrase: "When Lena
  // Fisk announced ...", "At the time, Trump seemed to ...", not "Asked by Matt
  // Lauer").
  bool NamedBetween(int entity, int start, int before, bool as_subject) const;
  // True when person or name mention `m` of a PERSON entity stands where a
  // person can: not a thing counted ("demanded 3.5 Bitcoin"), not a one-word
  // name before a number (a currency or unit: "Rs. 95 million"), not a name inside
  // a place phrase ("in rural Kasungu", "at the Maelor"), not the first part of
  // a longer name, owner or portfolio ("Côte d'Ivoire's", "Trinidad and
  // Tobago's", "Works and Transport Minister Anita Ramdeen").
  bool StandsAsPerson(const Mention& m) const;
  // True when some mention of `entity` among the kMaxPersonLookback mentions
  // before token `before` stands as a person (StandsAsPerson).
  bool EntityStandsAsPerson(int entity, int before) const;
  // The person whose team opens the main clause of `prev` as its subject
  // ("Magnusson's team used drones ...", "Dr Ana Ruiz's lab tested ..."), or
  // -1: a "they" after it reports for the team, whose named head is the source
  // (public: a findings cue's "They found that" may ask it too).
  int TeamOwnerOpening(const Sentence& prev) const;

 private:
  // The person mention starting at token `k` when it ends the attribution (a
  // comma, a period or `hi` after it): that person; else nothing.
  Speaker PersonEndingAttribution(int k, int hi) const;
  // The token after an owner opening a title at `j` (before `hi`): a
  // possessive name ("Tarnside Water's"), "the" and up to two lowercase words
  // with "'s" ("the port authority's"), a bare "the", or a possessive
  // determiner ("his", "Her": "In Lisbon, his spokesman, Ana Reis, said"); else -1.
  int AfterOwner(int j, int hi) const;
  // The speaker before the first speech cue of sentence `prev` that has one
  // (not a bare "who"; the noun phrase opening the clause when Left() finds
  // none; after a cue right after a closing quote mark, the speaker after it:
  // "“…,” said a retired teacher."), a cue in a relative clause ("A diplomat, who spoke on condition of
  // anonymity, said") only when no other cue has one; else nothing.
  Speaker PreviousSpeaker(const Sentence& prev) const;
  // "A spokeswoman for the hospital trust", "An aide in the mayor's office":
  // for unnamed speaker `s` (the trust, the office) after a lowercase
  // "for"/"at"/"of"/"in", the speaking noun before it (not before `lo`) with `s`
  // as its tail; else `s`.
  Speaker AgentBefore(Speaker s, int lo) const;
  // "A nurse at a clinic in rural Kasungu", "One shop owner on Load Street": for
  // a clause opening at `start` whose named speaker at token `name` stands as no
  // person, the unnamed "a"/"an"/"one" noun phrase, its opener included, before
  // the first lowercase at/from/of/with/for/in or BeforeAddress word, as an
  // anonymous speaker; else nothing.
  Speaker DescribedBefore(int start, int name) const;
  // True when token `k` is a lowercase lexicon::IsAddressPreposition word ("on")
  // before a capitalised word, an article between them allowed ("on Load
  // Street", "on the Strand"): where a person described is found.
  bool BeforeAddress(int k) const;
  // True when unnamed speaker `s` opens with, or right after, "a", "an", "one"
  // or "another" ("One juror", "A juror" written as "juror"): someone new.
  bool OpensIndefinitely(const Speaker& s) const;
  // True when token `k` is a lowercase "at", "from", "of", "with", "for" or
  // "in": the tie between a speaking noun and its body or place ("a spokeswoman
  // for the trust", "an aide in the mayor's office").
  bool IsAgentPreposition(int k) const;
  // The head noun of unnamed speaker `s`: the word before its first lowercase
  // preposition ("official" in "A senior official at the Ministry"), else its
  // last word.
  int PhraseHead(const Speaker& s) const;
  // "a clerk at the depot", "One resident of the estate" ending at token `j`
  // (not before `lo`): the place after a lowercase at/for/of/with/from/in
  // speaks for no one; the "a"/"an"/"one"/"another" noun phrase before it
  // (DescribedBefore, its opener included) does, when it opens its clause (at
  // `lo` or after punctuation), as an anonymous speaker written with its
  // place ("A senior member of the ruling party"). Nothing when no such phrase opens the clause;
  // nor for "a group of leaders" ("of" and a plural: the people speak).
  Speaker PersonAtPlace(int j, int lo) const;
  // True when `s` is the relative word "who" or "which" alone.
  bool IsRelativeWord(const Speaker& s) const;
  // True when `s` is one unnamed source: IsOnePerson's unnamed phrases, or one
  // headed by a singular speaking noun that is no document ("a ministry source").
  bool IsOneUnnamedSource(const Speaker& s) const;
  // True when `s` was found as an unnamed phrase of its own: no pronoun, and no
  // earlier phrase named for it yet (name_first unset).
  bool IsBareUnnamed(const Speaker& s) const;
  // True when token `k` is a plural speaking, staff or agent noun, not an
  // organisation's kind ("analysts", "residents"); capitalised only when
  // `opening` (the word opens its clause: "Economists").
  bool IsGroupNoun(int k, bool opening) const;
  // "Analysts at Halden Securities said", "Economists at the central bank
  // told": a group noun opening the main clause of `prev`, an agent
  // preposition, then an organisation (its entity) or lowercase words, and a
  // speech cue: that phrase as the speaker; else nothing.
  Speaker GroupOpening(const Sentence& prev) const;
  // For a "they" speaker `s` that resolves to no one, after sentence `prev`:
  // the group `prev` reports speaking (GroupOpening, or a phrase headed by a
  // group noun), its organisation when it has one; or the unnamed source it
  // reports speaking, as an anonymous speaker; else, when `prev` reports no
  // one speaking, the person whose team opens it (TeamOwnerOpening); else `s`.
  Speaker TheyAntecedent(Speaker s, const Sentence& prev) const;
  // True when, after the group speaking in `prev` (its phrase ending at token
  // `after`), a main clause joined to it (after a comma, or with a cue of its
  // own) opens with another group ("..., but critics disagreed", "but critics
  // said ..."): a "they" then names neither.
  bool AnotherGroupJoins(const Sentence& prev, int after) const;
  // For an "it" speaker `s` of sentence `own` that resolves to no one, after
  // sentence `prev`: the unnamed body or document `prev` reports speaking, a
  // singular lowercase organisation kind or document noun heading it ("The
  // dairy workers' union said", "The report said"), as an anonymous speaker;
  // not a document when the quote before `s` opens in the first person ("We
  // reject the findings"); else `s`.
  Speaker ItAntecedent(Speaker s, const Sentence& own, const Sentence& prev) const;
  // True when the first quoted word of `own` before token `before` is a
  // first-person word (lexicon::IsFirstPersonWord).
  bool QuoteOpensInFirstPerson(const Sentence& own, int before) const;
  // True when `s` is one person: a named person, or an unnamed singular noun
  // phrase headed by a title or agent noun ("One porter", "a trawlerman").
  bool IsOnePerson(const Speaker& s) const;
  // True when mention `m` (its title included) starts at `lo` or after
  // punctuation, not right after a word (a verb or preposition whose object it
  // would be).
  bool OpensClauseAt(const Mention& m, int lo) const;
  // "When Lisa Ortiz, the campaign chairwoman, was asked": for the comma at
  // `comma` opening the appositive of the name before it, the comma closing
  // that appositive when the clause's verb follows it (before `before`); else
  // -1 (the comma may close the clause).
  int AppositiveInClause(int comma, int before) const;
  // "Ever since", "Shortly after", "Even though": true when the word at `k` is
  // followed by a lowercase subordinator ("since", "after").
  bool IsLeadAdverbBeforeOpener(int k) const;
  // "Then she turned on ...", "And he told ...": a lowercase he/she after one or
  // two opening words (no name) of the clause at `first`, before `before` and
  // followed by a lowercase word, as a pronoun speaker; nothing when the
  // pronoun's clause ends at a comma before a name ("Once he was president,
  // Mr. Obama made ...") or no such pronoun opens the clause.
  Speaker LeadingPronoun(int first, int before) const;
  // "The union leader Sharon Graham": the person named right after the unnamed
  // title phrase `title` (not a possessive "Sharon Graham's"); else nothing.
  Speaker NamedAfterTitle(const Speaker& title) const;
  Speaker FromMention(int m) const;
  // "The Magistrate", "the Minister", "the Chief Executive": for up to
  // kMaxNominalTokens capitalised words [first, last) after "the", the one
  // person named before with a title whose head ends in those words ("General
  // Education Minister K. Sreedharan Pillai", "Minister for Justice Orla
  // Brennan") or with the one word right before the name ("Magistrate
  // Chaminda Perera"), among the kMaxPersonLookback person mentions before;
  // -1 when no one or two people hold it.
  // With a rank word `rank` between "the" and the words ("the former Prime
  // Minister"): the one person whose title holds that rank word before them
  // ("Former Prime Minister Walter Brisk").
  int HolderOfTitle(int first, int last, absl::string_view rank = {}) const;
  // True when the entity of person mention `m` holds the title `phrase`
  // (HolderOfTitle): its title's head ends in `phrase` with no rank word, or
  // with `rank` and no other; or, for a `one_word` phrase, the word right
  // before its name is `phrase`.
  bool HoldsTitle(const Mention& m, absl::string_view phrase, absl::string_view rank,
                  bool one_word) const;
  // A speaker `s` that is such a title ("The Magistrate refused bail", "the
  // former Minister said"), or a bare title opening a headline
  // (HeadlineTitleHolder), resolved to its holder as a named speaker; else `s`.
  Speaker WithTitleHolder(Speaker s) const;
  // "Minister says ..." in a headline or deck: for a speaker `s` of up to
  // kMaxNominalTokens capitalised words ending in a title word, opening a
  // headline paragraph (InHeadline), the one person in the document (not
  // `s`'s own entity) whose title's head ends in those words with no rank
  // word; -1 when no one or two people hold it.
  int HeadlineTitleHolder(const Speaker& s) const;
  // True when token `k` opens, or follows the ";" in, a paragraph among the
  // first kMaxHeadlineParagraph that has fewer than kMaxHeadlineTokens tokens
  // and ends without a sentence mark: a headline or deck.
  bool InHeadline(int k) const;
  // The person the he/she at token `k` stands for: `resolved` (the mention
  // finder's choice) when it stands as a person; else the person an earlier
  // he/she of the same gender stood for, or the latest name that stands as a
  // person of no other gender, searching kMaxAntecedentTokens back; else
  // `resolved`.
  int PersonForPronoun(int k, int resolved) const;
  // For the he/she at token `k` that the mention finder resolved to `resolved`,
  // a one-word name with nothing that shows a person (no title, no gender, no
  // mention that ShowsPersonHere(), no earlier he/she of the same gender
  // standing for it:
  // "Percé welcomes ...", "Musanze sits ...", "None was hurt"):
  // the latest person before `k`, at most kMaxAntecedentTokens back, who is
  // a sentence's subject or next to a cue, whose title or gender shows one
  // and whose gender does not differ from the pronoun's ("Mayor Nadine Huard
  // said ... Percé welcomes ... “…,” she said"); else -1.
  int ShownPersonOverBareName(int k, int resolved) const;
  // True when mention `m` shows where it stands that it names a person: next
  // to a cue (NextToCue()), talked to (MentionFinder::IsSpokenTo()) or
  // followed by ", who" ("Wanyama, who scored twice").
  bool ShowsPersonHere(const Mention& m) const;
  // True when mention `m` stands right before or after a cue of speech, or
  // before ", who" and one ("Percé said", "said Percé", "Percé, who said").
  bool NextToCue(const Mention& m) const;
  // "Prices, she said, had ...", "Even Harrogate, he said, has ...": for the
  // he/she at token `k` in a parenthesis (a comma before it, a cue and a comma
  // after it), the first of the words its opening comma closes, back to the
  // punctuation or sentence start before them (at most kMaxOpeningPhraseTokens
  // words): the clause the parenthesis interrupts, whose words the pronoun
  // does not stand for. -1 when `k` opens no such parenthesis.
  int InterruptedClauseStart(int k) const;
  // "Budget carrier FlyNor's chief executive, Karen Vold, apologised": for a
  // one-word name of entity `entity` opening a clause before token `k` and a
  // lowercase word, inside a title phrase (no punctuation, article,
  // preposition or cue; a title head or agent noun in it) closed by a
  // comma, the other person named right after that comma, who closes the
  // apposition with a comma; -1 when there is none or the gender of the
  // he/she at `k` contradicts it.
  int PersonAfterOwnTitle(int entity, int k) const;
  // True when 1 to kMaxPlaceModifiers lowercase words ("rural", "the") stand
  // between a place or affiliation preposition and token `start`; with
  // `right_after`, also when none do ("of Sabah").
  bool InsidePlacePhrase(int start, bool right_after) const;
  // True when mention `m` is followed by "and", "&" or a glued particle
  // ("d'Ivoire's") joining it to an owner's possessive or a titled person.
  bool JoinedToLongerName(const Mention& m) const;
  // True when mention `m` of two words or more ends in a capitalised street
  // word ("Load Street", "Harbour Road"): a place, not a person.
  bool EndsInStreetWord(const Mention& m) const;
  // True when `w` is a lexicon::StreetWords word, in any case.
  bool IsStreetWord(absl::string_view w) const;
  Speaker Pronoun(int k) const;
  Speaker NominalEndingAt(int k, int lo) const;
  // NominalEndingAt() as read, without the kept last answer.
  Speaker ReadNominalEndingAt(int k, int lo) const;
  // The noun phrase starting at token `k` (before `hi`) up to its first speaking
  // noun or title head, run on to the compound's last one ("a ministry
  // official", "his campaign manager"); else nothing.
  Speaker NominalStartingAt(int k, int hi) const;
  // The last of the lowercase words naming someone by role (NamesPersonByRole,
  // no cue) that follow token `k` without a break (before `hi`): the head of a
  // compound whose first noun is `k` ("ministry" in "ministry official",
  // "campaign" in "campaign staffer"); `k` when none follows.
  int CompoundHeadEnd(int k, int hi) const;
  bool IsFiller(int k) const;
  // True for a time word between a subject and its cue ("Gowdy earlier Thursday
  // said", "the agency on Monday announced"): a weekday, month or "today", or the
  // word opening the time before one ("on", "last", "early").
  bool IsTimeBeforeCue(int k) const;
  // The relative word "who" or "which" at token `j` (not before `lo`) as a
  // pronoun speaker resolved to what it follows: the entity of a name ("Smith,
  // who said"), or an unnamed group as an anonymous source named by
  // name_first/name_last ("developers who say"); unresolved otherwise.
  Speaker RelativePronoun(int j, int lo) const;
  Speaker BeforeRelativeClause(int comma, int lo) const;
  // "a driver who asked not to be named", "Nurses who staffed the ward" ending
  // at token `j` (not before `lo`): the noun phrase a "who" clause (no
  // punctuation inside) restricts, when that phrase opens its clause (after a
  // comma or at `lo`), as an anonymous speaker; the person it describes in
  // apposition ("Senator Bob Corker, a Tennessee Republican who has met ...");
  // else nothing.
  Speaker BeforeRestrictiveRelative(int j, int lo) const;
  Speaker DeterminerPhrase(int k, int hi) const;
  // "said the victims' daughter.": unnamed phrase `s` after a cue, ending in
  // a plural owner's possessive mark, run on over the one lowercase noun it
  // owns when that noun ends the attribution (punctuation or `hi` after it);
  // else `s`.
  Speaker WithOwnedNoun(Speaker s, int hi) const;
  // "according to the operator, Samarkand Urban Transit.": for an unnamed
  // phrase `s` after a cue, the organisation named right after its comma
  // (an article allowed) when that name ends the attribution (punctuation or
  // `hi` after it); else `s`.
  Speaker BodyInApposition(Speaker s, int hi) const;
  Speaker BeforeAsides(int comma, int lo) const;
  // True when person or name mention `m` is followed (before `hi`) by a
  // lowercase word naming someone by role that is no cue: the name modifies
  // that noun ("Rubio spokesman", "one Odinga supporter", "Band member").
  bool BeforeRoleNoun(const Mention& m, int hi) const;
  // "said Ohio steward Rita Vance": the person or name mention right after 1 to
  // kMaxNominalTokens lowercase content words starting at k (before hi); else -1.
  int PersonAfterRoleNouns(int k, int hi) const;
  // "“…,” says minister": lowercase title words [first, last) with no name after
  // them, as an anonymous speaker; nothing when the range is empty.
  Speaker BareTitle(int first, int last) const;
  // "The company, in a statement, said", "Residents, for their part, say": the
  // comma opening a short lowercase prepositional aside that closes with the
  // comma at `comma` (not before `lo`), or -1.
  int AsideOpening(int comma, int lo) const;
  // "Two officials, speaking on condition of anonymity because ..., said", "The
  // minister, talking to reporters in Lima, said": the comma opening an aside
  // of words that starts with "speaking" or "talking" and closes with the comma
  // at `comma` (not before `lo`), or -1.
  int SpeakingAsideOpening(int comma, int lo) const;
  // "Dr. Evelyn Marsh, a structural engineer retained by the prosecution, who",
  // "Lloyd Grove, the editor who": the entity of the person named right before
  // an appositive that opens with an article and closes at token `comma` (a
  // comma, or the "who" ending the appositive; not before `lo`), or -1.
  int PersonBeforeAppositive(int comma, int lo) const;
  // "The union, the National Teachers Union, said", "The main opposition party,
  // the Democratic Alliance (DA), said": the organisation mention named in
  // apposition (its article and a short parenthesis allowed) that closes at
  // token `comma`, after a description of its kind (a phrase headed by an
  // organisation-kind or body noun, opening with a determiner at `lo`, after a
  // dateline or after a short opening adverbial); else -1.
  int BodyAfterDescription(int comma, int lo) const;
  // "The appellants, a coalition of 11 groups, argued", "Residents, a group of 40
  // families, said": the unnamed phrase that opens the clause at `lo`, before an
  // appositive opening with an article and closing at token `comma`; after a
  // share of a group opening the clause ("One of them, a retired shepherd,
  // told", "One of the tenants, a bus driver, said") the appositive itself, up
  // to a relative clause closing it; else nothing.
  Speaker NominalBeforeAppositive(int comma, int lo) const;
  // "Residents of outlying districts such as Marsa and Qormi": when the names
  // ending before token `first` are a list of examples ("such as", "including")
  // after a group that opens the clause at `lo`, that group; else nothing.
  Speaker GroupBeforeExamples(int first, int lo) const;
  // "Companies [such as ...]", "The countries [including ...]": the plural
  // word at token `noun` (no pronoun, determiner or cue) when it opens the
  // clause at `lo`, alone or after one determiner, as an unnamed group; else
  // nothing. Asked only before a list of examples, which marks it a group.
  Speaker PluralOpeningClause(int noun, int lo) const;
  // The first token of phrase `s` with the one determiner right before it
  // ("[the] tenants", "[Many] nurses"), not before `lo`: asked to see whether
  // the phrase opens the clause at `lo`.
  int StartWithDeterminer(const Speaker& s, int lo) const;
  // True when token `j` (before cue token `cue`) opens an attribution set off by
  // commas on both sides ("That backlog, it said, was ..."), in the active voice
  // (not "where, it is said, ...").
  bool ParentheticalAttribution(int j, int cue) const;
  // True when cue token `cue` is "said", "says", "told" or "wrote" and "in",
  // "on", "at" or "during" and a lowercase venue word follow it before `hi`:
  // where it was said ("said in a statement", "said at a news conference").
  bool SaidWhere(int cue, int hi) const;
  // "Tom Fitton, the president of Judicial Watch, a conservative group, said": for
  // an organisation mention `m` whose name closes a person's appositive, that
  // person's mention; else `m`.
  int OuterPerson(int m) const;
  // "Nurses reached by the Evening Courier", "a report commissioned by the
  // ministry": the past participle (a lowercase "-ed" word after a subject word,
  // no form of "be" before it) that opens a "by" agent ending at token `j` (not
  // before `lo`); its subject speaks, not the agent. -1 when there is none.
  int ParticipleBeforeAgent(int j, int lo) const;
  Speaker LooseNominal(int j, int lo) const;
  // "Another child" ending at token `j` (not before `lo`), opening its clause
  // (at `lo`, after punctuation or a conjunction): an anonymous speaker, or
  // nothing.
  Speaker AnotherNominal(int j, int lo) const;
  // "the victim's mother", "the victims' son" ending at token `j` (not
  // before `lo`; a speaking or agent noun owns): an anonymous speaker, or
  // nothing.
  Speaker OwnedNoun(int j, int lo) const;
  // "Parents in several rural districts", "The tenants of the tower block": a
  // plural speaking noun opening the clause at `lo`, then a lowercase
  // prepositional phrase ending at token `j`; an anonymous speaker, or nothing.
  Speaker GroupWithPlace(int j, int lo) const;
  // "a spokeswoman for Tesco" ending with the name `org` (not before `lo`): the
  // unnamed person as an anonymous speaker, or nothing.
  Speaker AgentFor(const Mention& org, int lo) const;
  // AgentFor for a body written as tokens [start, last) with entity `entity`
  // (-1 when unresolved): a name or a described body ("a senior member of the
  // governing coalition", "a spokesman for the authority").
  Speaker AgentForPhrase(int start, int last, int entity, int lo) const;
  // True when speaker `s`, a noun phrase, names an organisation: its entity is
  // one, or unresolved, its head is a kind of body ("the ruling party", "the
  // authority"; IsBodyKindWord).
  bool DescribesBody(const Speaker& s) const;
  // The first of the lowercase words ending at token `k` (not before `lo`, at
  // most kMaxNominalTokens, no article, preposition or other kNotAgent word):
  // "governing" of "the governing coalition"; `k` when none stands before.
  int LowercaseRunStart(int k, int lo) const;
  // True when `s` is a named person (not a pronoun, phrase or organisation);
  // with `full_name`, one whose name has two words or more (a one-word
  // "person" may be a place: "Blackpool and Liverpool said").
  bool IsNamedPerson(const Speaker& s, bool full_name) const;
  // "Holt and Ortiz said", "Pardy and his brother Wayne said": for a named
  // person `s`, the span runs back to a person named before "and" (not before
  // `lo`; a full name); the source stays `s`, the name next to the cue (one
  // source per claim); else `s` unchanged.
  Speaker WithPartnerBefore(Speaker s, int lo) const;
  // "said Lena Fisk and Omar Haddad.": for a person `s` with a full name, the span runs on
  // to a second person named after "and" who ends the attribution (before
  // `hi`); the source stays `s`, the name next to the cue; else `s`.
  Speaker WithPartnerAfter(Speaker s, int hi) const;
  // "NLC President, Comrade Yusuf Bello,", "The Director-General of the Agency,
  // Dr Ada Obi,": true when mention `m`'s name ends in a capitalised title word
  // (a title standing for a name) and person mention `named`, a full name,
  // follows it after a comma.
  bool BareTitleBefore(int m, int named) const;
  // True when person mention `m` names anonymous `agent` in apposition, right
  // after its comma ("A spokeswoman for Acme Corp., Tara Kinney, said").
  bool NamesAgent(const Speaker& agent, int m) const;
  // True when "the ... <head>" (article at `det`) is an epithet for a person
  // named before: a nationality, an occupation or an age, not a speaking noun.
  bool IsEpithet(int det, int head) const;
  // `s` resolved to the person an epithet ("the Dutchman") stands for, when it is
  // one and someone was named before; else `s`.
  Speaker Epithet(Speaker s) const;
  // The "the" within the three tokens before the head of `s`, or -1.
  int ArticleBefore(const Speaker& s) const;
  // "47 percent of Democrats", "Six in 10", "a third" ending at token `j` (not
  // before `lo`): an anonymous share of those polled, or nothing.
  Speaker Proportion(int j, int lo) const;
  // "Some say", "..., but others said": a quantifier standing for people at token
  // `j`, opening its clause (not before `lo`), as an anonymous speaker.
  Speaker Quantifier(int j, int lo) const;
  // True for a number token or a spelled-out small number at `k`.
  bool IsNumeral(int k) const;
  // True when token `k` is a lowercase plural noun counted by the word right
  // before it (not before `lo`): a quantifier that does not deny ("several
  // resorts", "many hotels", "some growers") or a spelled-out number ("two
  // hotels"), the count opening its clause (after punctuation, a clause join
  // or `lo`): a group that speaks before a cue.
  bool CountedPlural(int k, int lo) const;
  // `s` resolved to the organisation a "the <kind>" phrase refers to, "the"
  // included, when there is one; else `s`.
  Speaker Described(Speaker s) const;
  // Described(), given `description`: what mentions_.ResolveDescription()
  // answers for the head of `s` (the caller asked it already).
  Speaker Described(Speaker s, int description) const;
  // "the chief executive" (`s`, two to kMaxNominalTokens lowercase words
  // after "the") said after "Ana Lee, the chief executive of Fiji Airways,":
  // the person ResolveTitle finds for its head whose title ends with all of
  // its words; else -1.
  int HolderOfTitlePhrase(const Speaker& s) const;
  // True when, between the title of person `e` and "the <phrase>" `s`, a nearer
  // phrase ending in the same words gives that title to someone else ("The
  // rival firm's chief executive disagreed."): an owner, another determiner or
  // modifier before it (OpensAnotherHolder), the phrase ending there
  // (EndsTitlePhrase); a bare "the <phrase>" repeat is passed over.
  bool TitleGivenToAnother(int e, const Speaker& s) const;
  // True when the title phrase whose head is token `j` ends its noun phrase:
  // punctuation, a cue, an agent preposition or a past tense after it ("chief
  // executive disagreed"), not another noun ("chief executive forum").
  bool EndsTitlePhrase(int j) const;
  // True when token `before`, right before a title phrase, gives it an owner
  // of its own: a possessive, "a"/"an" or a possessive determiner, or one
  // lowercase modifier after one of them ("the deputy"); not a bare "the".
  bool OpensAnotherHolder(int before) const;
  // True when token `j` is in a title of person `e`'s mention: before the name,
  // in its appositive, or right before it ("chief executive, Ana Lee").
  bool InTitleOf(int e, int j) const;
  // "The chamber said" after "Rodrigo Vélez is president of the Coastal
  // Aquaculture Chamber", "the operator said" after "according to the
  // operator, Samarkand Urban Transit": for "the" at token `det` and a
  // lowercase noun after it (no organisation kind, role or agent noun), the
  // one organisation among the kMaxBodyLookback mentions before whose name
  // ends in that noun or is given in apposition to it (AppositiveOfHead);
  // -1 when none or two.
  int SoleBodyWithHead(int det) const;
  // True when organisation mention `m` stands in apposition right after "the
  // `word`," ("the operator, Samarkand Urban Transit").
  bool AppositiveOfHead(const Mention& m, absl::string_view word) const;
  // The earlier noun phrase whose head is the head of "the <head>" ending at
  // token `head`, within kMaxAntecedentTokens: sets s->name_first/name_last.
  void FindAntecedent(int det, Speaker* s) const;
  // For unnamed "the ..." speaker `s` (article at `det`, or -1): the person
  // named in apposition (PersonInApposition) with the latest earlier phrase
  // of the same head within kMaxAntecedentTokens; else -1.
  int RepeatedTitleHolder(int det, const Speaker& s) const;
  // For an owner's title phrase `s` ("The union's chief executive", as a
  // standfirst says it before the story names the holder) that no earlier
  // phrase resolves: the one person the document names with that title of that
  // owner ("Amy Rowe, chief executive of the union"; or the title with an
  // affiliation whose name has the owner's word: "the Transit Workers Union"),
  // or -1 (none, or two).
  int LaterTitleHolder(const Speaker& s) const;
  // The last word token in [lo, from] outside quotes whose bytes are `word`'s
  // (exactly), or -1: the look-back FindAntecedent and RepeatedTitleHolder share.
  int LastSameWord(int from, int lo, absl::string_view word) const;
  // For an earlier title phrase whose head noun is at token `head` and whose
  // words end with tokens [first, last) of a later "the ..." phrase: the person
  // named with it in apposition ("the country's top auditor, Ana Lima," or
  // "Ana Lima, the country's top auditor,"); else -1.
  int PersonInApposition(int head, int first, int last) const;
  int MentionEndingAt(int k) const;
  // The mention ending at token `k`, or when `k` closes a short parenthesis
  // ("McCaskill (D-Mo.)", not before `lo`), the one ending before it; else -1.
  int MentionBeforeParenthesis(int k, int lo) const;
  // The organisation staff with head noun at token `head` speak for ("the bank's
  // analysts" -> the bank named earlier; "analysts" -> the organisation of an
  // earlier "analysts at Goldman Sachs"), or -1.
  int StaffEmployer(int head) const;

  absl::string_view text_;
  const std::vector<Token>& tokens_;
  const MentionFinder& mentions_;
  std::vector<bool> quoted_;  // per token: inside a paired quote
  // The last LastSameWord() question and its answer (the finder serves one
  // document on one thread).
  struct LastWordQuery {
    int from = -1;
    int lo = -1;
    absl::string_view word;
    int found = -1;
  };
  mutable LastWordQuery last_word_query_;
  // The last NominalEndingAt() question and its answer.
  struct NominalQuery {
    int k = -1;
    int lo = -1;
    Speaker result;
  };
  mutable NominalQuery last_nominal_;
  // EndsInStreetWord's answer for each token (-1: not yet asked), filled on
  // the first question.
  mutable std::vector<int8_t> street_word_;
};

}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_EXTRACT_SPEAKERS_H_
