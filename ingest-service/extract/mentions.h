#ifndef FACTWIRE_INGEST_SERVICE_EXTRACT_MENTIONS_H_
#define FACTWIRE_INGEST_SERVICE_EXTRACT_MENTIONS_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"
#include "factwire/v1/records.pb.h"
#include "ingest-service/extract/sentences.h"
#include "ingest-service/extract/tokens.h"

namespace factwire {

enum class MentionKind { kPerson, kOrganization, kPlace, kName, kPronoun, kNominal };

// A reference to someone: a name (with its title), a pronoun or a speaking noun
// phrase. Token ranges are half-open.
struct Mention {
  int first = 0;  // the name itself
  int last = 0;
  int title_first = -1;  // title tokens before the name, if any
  int title_last = -1;
  // The mention's first token: its title's, else its name's.
  int start() const { return title_first >= 0 ? title_first : first; }
  MentionKind kind = MentionKind::kName;
  int entity = -1;          // index into EntityTable, -1 if none
  int appositive_end = -1;  // the comma closing "Name, title at Org," if any
  int owner = -1;  // for an affiliation mention: the person mention it belongs to
  bool possessive = false;  // followed by 's
  int sentence_first = 0;   // first token of the mention's sentence
  // A quoted nickname inside the name ('Marcus "The Hammer" Bell'), its marks
  // included, which the name leaves out; -1 if none.
  int nickname_first = -1;
  int nickname_last = -1;
  // The sentence's first person or name mention outside a prepositional phrase:
  // its likely subject ("Prosecutor Jane Doe told the court that Smith ...").
  bool subject = false;
};

// Someone the document names, merged across mentions ("Justin Trudeau", "Trudeau").
struct Entity {
  std::string name;
  v1::SourceType type = v1::SOURCE_TYPE_PERSON;
  std::vector<std::string> aliases;
  std::string title;
  bool appositive_title = false;  // the title came from an appositive ("X, a nurse,")
  std::string affiliation;
  // What kind of organisation the text says it is ("agency", "group"), lowercase,
  // from its name, an appositive or a noun before it; and their kOrgKind bits.
  std::vector<std::string> kinds;
  uint32_t kind_classes = 0;
  // The name the source id is made from when it differs from `name`: without
  // middle initials ("Samuel K. Okafor" -> "Samuel Okafor"), so that documents
  // with and without the initial share the source. Empty: use `name`.
  std::string key;
  // 1 male, 2 female, from an honorific or a gendered title ("Mrs.",
  // "Congresswoman", "spokesman"); 0 when the text does not say.
  int gender = 0;
};

// True when `w` ends like a noun for someone who does something ("biologist",
// "teacher", "resident", "historian") and is long enough to be one.
bool HasAgentSuffix(absl::string_view w);

// True when word `w` stands for one of the words of organisation name `name`:
// the same word (any case), or for words of five bytes or more, one opening
// with the same five ("regional" for "Region", "electoral" for "Elections").
bool WordInName(absl::string_view w, absl::string_view name);

// True when word `head` (any case) is the head of organisation name `name`:
// its last word after another ("Development Authority"), or a word before
// "for" or "of" and more ("National Commission for Local Elections",
// "Ministry of Health").
bool HeadOfName(absl::string_view head, absl::string_view name);

// True when tokens [first, last) read as a title-case headline ("Clinton Says
// Russians Hacked DNC"): three or more words of three letters or more, all but
// one capitalised ("of", "and", "the" left aside). There a capitalised cue is a
// verb, not part of a name.
bool IsTitleCase(absl::string_view text, const std::vector<Token>& tokens, int first,
                 int last);

// Mentions and entities of one document, built sentence by sentence.
class MentionFinder {
 public:
  MentionFinder(absl::string_view text, const std::vector<Token>& tokens,
                const std::vector<int>& quote_depth);

  // Finds the mentions in `sentence` (names outside quotes), resolving them to
  // entities met so far. Mentions are appended in text order.
  void AddSentence(const Sentence& sentence);

  // Forgets every sentence added, for a new document whose text is `text` and
  // whose tokens and quote depths the caller has put in the vectors it gave
  // the constructor (a finder kept per thread: the extractor's). Keeps the
  // containers' capacity. Every member below text_ is set as on construction.
  void Reset(absl::string_view text);

  // The mention whose name ends at token `k` (inclusive), or -1.
  int MentionEndingAt(int k) const;
  // The mention whose title or name starts at token `k`, or -1.
  int MentionStartingAt(int k) const;
  // The mention whose appositive closes with the comma at `k`, or -1.
  int MentionWithAppositiveEndingAt(int k) const;
  // The entity a he/she at token `k` most likely refers to, or -1: the latest
  // person named before it in its own sentence, else the subject of the latest
  // earlier sentence naming a person (else that sentence's latest person),
  // unless a he/she of the same gender opens a sentence since: then the person
  // that one stood for. A person of the other gender (by honorific or title, or
  // as a pronoun before k taught: GenderBefore()) is passed over. A he/she
  // opening a sentence is resolved once, as its sentence is added
  // (NoteSubjectPronoun()), and that answer is kept.
  int ResolvePronoun(int k) const;
  // True when mention `m` is the one a verb of talking is addressed to ("The
  // Nation spoke to Otieno", "talked with Ann Bett"): a person, no place.
  bool IsSpokenTo(const Mention& m) const;
  // The gender (see Entity::gender) the word at token `k` gives, else 0.
  int GenderOfToken(int k) const;
  // The gender of entity `entity`: from its honorific, else its title's words.
  int EntityGender(int entity) const;
  // The person an occupation epithet ("the 22-year-old striker": article at
  // `det`, head noun at `head`) stands for, or -1: a recent person whose title
  // ends in the head noun; else the person a he/she at `det` would be, unless
  // that person's title names another role; else the latest untitled person
  // named in the latest sentence naming someone. A capitalised head ("the
  // Dutchman") or an age ("the 43-year-old") fits anyone: the he/she person.
  int ResolveEpithet(int det, int head) const;
  // The organisation a definite description with head noun at token `head` refers
  // to ("the agency" -> the "... Transit Authority" named before it), or -1: the
  // head must be a singular organisation kind after "the" (up to two modifiers
  // between), and an organisation of that kind must be named earlier; for a
  // business ("the company") with none, a name of two words, the first in
  // capitals, that nothing showed was a person ("TS Laevad said ..."). One
  // whose name also has a modifier of the description comes first ("the guide
  // association"); "the government" is only a body named as a government. A
  // head of no organisation kind refers by its name (OrganizationNamedByHead).
  int ResolveDescription(int head) const;
  // The organisation a definite description whose head noun at token `head` is
  // no organisation kind refers to by its name's head ("the district" ->
  // "Anchorage School District", "the survey" -> "Geological Survey of
  // Greenland": HeadOfName()), or -1: "the" before the head (up to two
  // lowercase modifiers between), and the one such organisation named before
  // it within kMaxPronounLookback mentions (none when two are).
  int OrganizationNamedByHead(int head) const;
  // The organisation a lowercase kind word at token `head` names as an unnamed
  // speaker's employer ("A council spokesperson said" after "Otago Regional
  // Council said", "a company engineer" after "Orkubú Vestfjarða, the regional
  // power company,"), or -1: the latest organisation named before `head`
  // (within kMaxPronounLookback mentions) that the text gave that kind
  // (Entity::kinds).
  int OrganizationOfKind(int head) const;
  // True when a lowercase word of tokens [first, last) (a description's
  // modifiers: "guide" of "the guide association") is a word of organisation
  // name `name`, a plural or possessive "s" aside ("Rowe Guides' Association").
  bool NameHasModifier(absl::string_view name, int first, int last) const;
  // The organisation the story is about at token `k`, or -1: the latest
  // business that opened one of the last kMaxStoryBusinessSentences sentences,
  // else the latest organisation that opened one of the last
  // kMaxStorySentences, as its subject ("Kaimai Dairy Co-operative
  // (KDC) said ...", "OSLO - Nordfjord Bio ASA said ..."): its first mention,
  // no preposition before it.
  int StoryOrganization(int k) const;
  // True when token `k` is in a sentence added earlier that reads as a title-case
  // headline ("Transit Agency Freezes Fares as Ridership Recovers"), where
  // capitalised words need not be a name.
  bool InTitleCaseSentence(int k) const;
  // The person a "the <title>" with head noun at token `head` refers to ("the
  // judge" -> "Judge Andrew Menary" named before it), or -1: the head must be a
  // lowercase singular title word and the last word of a recent person's title
  // given by then, or the role that title word names ("the judge" for "Justice
  // Ann Bell", "the senator" for "Sen. Rita Vance": lexicon::TitleWordNamesRole).
  int ResolveTitle(int head) const;
  // True when a mention of entity `entity` before token `k` carries a title
  // before the name or an appositive after it ("Judge Ann Bell", "Crown
  // prosecutor Ann Bell", "Ann Bell, the judge,"): the text has given the
  // title by `k`.
  bool TitledBefore(int entity, int k) const;
  // True for a lone capitalised plural at token `k` naming a people or a party
  // ("Democrats", "Americans"): an anonymous group that speaks, not a name.
  bool IsGroupPlural(int k) const;
  // The organisation whose mention opens the sentence before the one starting at
  // token `first` (after an article or a place compound at most: "The Pune
  // Commuters' Forum said ...", "Bradford-based Kershaw Textiles said ..."), as
  // "Its" opening a sentence refers to; or -1.
  int SubjectOrganization(int first) const;
  // The mention of a name (no place) opening the sentence before the one
  // starting at token `first`, as SubjectOrganization() reads it; or -1.
  int OpeningMentionBefore(int first) const;
  // The latest organisation named before token `k` ("its annual budget"), or -1.
  int LatestOrganization(int k) const;

  const std::vector<Mention>& mentions() const { return mentions_; }
  std::vector<Entity>& entities() { return entities_; }
  const std::vector<Entity>& entities() const { return entities_; }
  std::string Text(int first, int last) const;

 private:
  int ReadName(const Sentence& s, int k);
  // True when the capitalised word at token `k`, opening sentence `s` before a
  // lowercase word ("About a third ...", "Capital spending would rise", "Stamp
  // duty adds"), is a common word: no one of that name was met before and the
  // text has it in lowercase elsewhere ("about", "capital"). Also a word opening
  // a sentence before a colon ("Electricity: Regulator approves ..."), a topic
  // label, not a speaker's (no speaking noun, organisation or title word).
  bool CommonWordOpener(int k, const Sentence& s);
  // True when the capitalised word at token `k` is a name's particle before one
  // or two lowercase particles and a capitalised word, before `last` ("Van den
  // Berg", "De la Fuente" opening a sentence): a surname, though the text
  // writes the particle in lowercase elsewhere ("Pieter van den Berg").
  bool CapitalisedParticleOpener(int k, int last) const;
  // True when the word at token `k` opening sentence `s` ends like a noun for
  // someone who does something and opens a compound noun before a verb
  // ("Planner approval was given", "Developer consent has lapsed"): a common
  // word, no one's name (not "Walker won", "Baker also said").
  bool RoleNounCompound(int k, const Sentence& s) const;
  // True when the capitalised word at token `k` ends like an abstract noun
  // (lexicon::HasAbstractNounSuffix: "Electricity", "Production",
  // "Investment"), is long enough not to be a given name ("Trinity",
  // "Clement"), comes before no speech verb ("Sharption said"), and the text
  // writes it nowhere else: a common noun opening a sentence, no one's name.
  bool AbstractNounOpener(int k) const;
  // True when token `k` is a capitalised plural of a word for people who do
  // something ("Commuters", "Farmers", "Cyclists"), not a surname met before
  // ("Sanders"): before a plural's apostrophe it opens a group's name.
  bool PluralOfRole(int k) const;
  // For a country's name at token `k` owning a public body named in lowercase
  // ("Ukraine's foreign ministry", "Japan's health department"): the token after
  // the body's kind word; else -1. A named government body is an organisation;
  // "a ministry official" stays anonymous.
  int CountryBodyEnd(int k, const Sentence& s) const;
  // The end of a nation's public body named by its nationality after "the" at
  // token `k` ("the Scottish government", "the French foreign ministry", "the
  // U.S. government"), or -1 (also when it owns or describes someone: "the
  // Irish government's", "the French government spokesman").
  int NationBodyEnd(int k, const Sentence& s) const;
  // The end of up to two lowercase modifiers and a public body's kind after
  // token `j` ("foreign ministry"), not before another kind or a possessive;
  // or -1.
  int PublicKindEnd(int j, const Sentence& s) const;
  // The end of a public body named in lowercase after "the" at token `k` ("the
  // economy ministry", "the county health department said"; PublicKindEnd()
  // with at least one modifier), or -1: not when a modifier is no part of a name
  // ("the same agency", "the new regulator") or the body describes what follows
  // ("the health department spokesman", "the state regulator Ofgem"), or it
  // describes an organisation named before (ResolveDescription()). Only a
  // portfolio (lexicon::IsPortfolio) as the first modifier and kinds
  // lexicon::IsLowercaseBodyHead() lists ("the law enforcement agency" may be
  // the FBI named before or after).
  int LowercaseBodyEnd(int k, const Sentence& s) const;
  // The end of a body named in lowercase by its members after "the" at token
  // `k` ("the nurses' union", "The growers' association said", "the farmers'
  // co-operative"): one lowercase plural, its apostrophe and a group's kind
  // (kOrgKindGroup); or -1: not when a name or "of" follows ("the farmers'
  // union Coldiretti", "the growers' union of Kisii County": a longer name) or
  // is set off before or after it ("Usdaw, the shopworkers'
  // union,"), or the body describes a person ("the nurses' union leader") or
  // one named before (ResolveDescription()).
  int MembersBodyEnd(int k, const Sentence& s) const;
  // True when "the" at token `k` is followed by a lowercase noun's possessive
  // that owns a body ("the city's transport department").
  bool PossessedBodyOwner(int k) const;
  // True when the capitalised word at token `k`, opening a sentence, is a kind
  // of organisation before a cue ("Union says ..."): a headline's common noun.
  bool KindOpeningAClaim(int k) const;
  // True when the capitalised word at token `k`, opening sentence `s`, heads a
  // to-infinitive, or is joined by "and" to a lowercase singular noun, that an
  // auxiliary or modal then makes a clause's subject before any comma
  // ("Failure to meet the deadline would add ...", "Plans to widen the road
  // were dropped", "Installation and testing would take"): a common noun (not
  // a headline's "Ruto to visit Paris", nor "Smith and colleagues will").
  bool InfinitiveSubject(int k, const Sentence& s) const;
  // Adds the organisation mention [k, end) CountryBodyEnd() found; returns `end`.
  int AddCountryBody(const Sentence& s, int k, int end);
  // The first token after a dateline opening paragraph `s` ("BRUSSELS/KYIV, March
  // 12 (Reuters) -", "LONDON —": capitals, a date, an agency, a dash), else
  // s.first. A dateline names no source.
  int DatelineEnd(const Sentence& s) const;
  // For a name from token `k` to `j` (exclusive): the first of up to three
  // particles right before it that with it end the name of a person named before
  // ("..., de la Cruz said" after "Lucia de la Cruz"), when nothing but
  // punctuation, a quote or a cue precedes them; else `k`.
  int ParticlesBefore(const Sentence& s, int k, int j) const;
  // True when the capitalised word at token `k` is glued to a "$" after it
  // ("NZ$78", "US$5 million", "HK$"): a currency's prefix, no name.
  bool CurrencyPrefixAt(int k) const;
  // IsTitleCase() for `s`, computed once per sentence.
  bool TitleCaseSentence(const Sentence& s);
  // True for a person mention `m` that a he/she may refer to (not a place after
  // "in", "to", ...).
  bool IsPronounTarget(const Mention& m) const;
  // Records the he/she opening sentence `s` outside quotes ("He alleged that
  // ..."), resolved by ResolvePronoun(), so that a later he/she reads the chain
  // of sentences about the same person through it; a person it resolves to
  // whose gender the text does not give takes the pronoun's (GenderBefore()).
  void NoteSubjectPronoun(const Sentence& s);
  // "Symms said he ...": a he/she right after a say verb right after the
  // subject of sentence `s` (a mention from index `from` on, or its
  // appositive) teaches that person's gender (GenderBefore()) when the text
  // gives none, and only when no other word of `s` has the pronoun's gender
  // ("a good wife", "his daughter") and no other person the pronoun may mean
  // is named in `s` or the kGenderWindow sentences before it.
  void NoteSaidPronouns(const Sentence& s, size_t from);
  // The entity of the latest sentence-opening pronoun of gender `gender` noted
  // (NoteSubjectPronoun()) in a sentence of index `from` or later and before
  // index `own`, or -1 when none is (or it stands for no one).
  int ChainedPronoun(int from, int own, int gender) const;
  // The sentence-opening pronoun noted (NoteSubjectPronoun()) for the sentence
  // of index `sentence` when it stands at token `k`, else nullptr.
  struct SubjectPronoun;
  const SubjectPronoun* OpeningPronounAt(int sentence, int k) const;
  // True when the sentence before sentence `own` (an index of sentence_firsts_)
  // names entity `e` or opens with a pronoun of gender `gender` noted for it,
  // and no other person a pronoun of that gender may stand for is named in the
  // kGenderWindow sentences before `own`: a pronoun opening `own` resolved to
  // `e` can only mean `e`.
  bool OnlyPersonBefore(int e, int own, int gender) const;
  // True when person mention `m` is a weak antecedent for a pronoun at token
  // `k`: nothing shows its entity is a person (no title, gender, affiliation,
  // never a sentence's subject before `k`, not right before the word opening
  // the pronoun's clause: "asking Kamau why he", no "who" clause right after
  // the name: "led by Olunga, who ...") and it is a bare one-word name
  // or a name after a preposition ("the Medina and Tilène districts", "Enugu
  // coach Ike Obi", "at New Civic Hall"). Any other person within the
  // look-back wins.
  bool WeakAntecedent(const Mention& m, int k) const;
  // True when mention `m` is its sentence's subject (Mention::subject) and
  // opens it or a clause: not after an article or a preposition ("the Medina
  // and Tilène districts", "in Gondar").
  bool OpensClause(const Mention& m) const;
  // The gender of entity `e` as the text gives it (EntityGender()), else as a
  // pronoun resolved to it before token `k` gave it, else 0.
  int GenderBefore(int e, int k) const;
  // What the text taught about entity `e` so far (EntityFacts), grown to hold
  // it on first use.
  struct EntityFacts;
  EntityFacts& FactsOf(int e);
  // The same when recorded, else nullptr.
  const EntityFacts* RecordedFacts(int e) const;
  // Records that a pronoun at token `k` gave entity `e` gender `gender`,
  // unless one already did.
  void LearnGender(int e, int gender, int k);
  // Records the organisation opening sentence `s` as its subject (mentions from
  // index `from` on are the sentence's; there is at least one), for
  // StoryOrganization().
  void NoteStoryOrganization(const Sentence& s, size_t from);
  // "Chief executive Helen Marsters said": a person of this sentence (mentions
  // from index `from` on) titled right before the name by an organisation's
  // post (lexicon::IsOrganisationPost) and named with no organisation works for
  // the organisation the story is about (StoryOrganization()); not a title that
  // names its own body ("Union president", "Shels boss") or an owner's ("the
  // firm's chief executive").
  void ImpliedAffiliations(const Sentence& s, size_t from);
  // Marks the sentence's first person or name mention from index `from` on that
  // no preposition introduces as its subject.
  void MarkSubject(const Sentence& s, size_t from);
  // True when mention `m` is a bare one-word name: no title, honorific or
  // gender, never named in full ("Voltaro", "Kestrix"), still a person only
  // because nothing said otherwise.
  bool BareName(const Mention& m) const;
  // True when mention `m` is a name of two or more words written as its
  // entity's name, with no title, honorific, gender, affiliation or alias
  // ("Kelso Marine", "Visit Greenland"): a person only because nothing said
  // otherwise; what only a body has after its 's ("Kelso Marine's chief
  // executive") or "its" after it as the subject of a verb that is no cue
  // ("Visit Greenland cut its forecast") makes it an organisation
  // (OrganisationEvidence()).
  bool BareFullName(const Mention& m) const;
  // What sentence `s` (its mentions from index `from` on, perhaps none) says of
  // a bare name (BareName()) that makes it an organisation: "its" after it as
  // the subject of its clause ("Voltaro says its crews ..."), a post or holding
  // only a body has after its 's ("Tallow's chief executive", "Fenmore's
  // shareholders"), or a business described after it (DescribedBareName()).
  // Records the sentence's bare subject for the next sentence.
  void OrganisationEvidence(const Sentence& s, size_t from);
  // True when mention `m` is a bare name (BareName(), or BareFullName() not led
  // by capitals: "Tasman Link will raise fares") that is the subject of
  // sentence `s`, opening it or a clause after a dash or colon ("Kestrix will
  // cut ...", "14:05 - Zentaro has ..."), not before a preposition ("Shares in
  // the company").
  bool BareSubject(const Sentence& s, const Mention& m) const;
  // True when "its" follows mention `m` (the caller has checked that it is a
  // BareSubject()) after
  // at most kMaxVerbGroup lowercase words with no article, pronoun or name
  // between ("X says its", "X will not renew its"; not "X said the council
  // lost its way").
  bool ItsAfterSubject(const Sentence& s, const Mention& m) const;
  // True when the possessive mention `m` is followed by up to two lowercase
  // modifiers and a word for what only a body has (lexicon::IsOrganisationHolding),
  // or by a name of two or more words ending in a business's part
  // (lexicon::IsBusinessPart: "Deloitte's Sports Business Group").
  bool OwnsABodysHolding(const Sentence& s, const Mention& m) const;
  // True when the words set off from the comma at token `comma` to the next
  // comma (or the end of sentence `s`) hold a title word or an owner's 's
  // ("Assem, the plane's co-pilot,"): a person's description, no business's.
  bool PostOrOwnerSetOff(const Sentence& s, int comma) const;
  // "Kestrix will cut 400 jobs, the company said", "Lunova posted a loss. The
  // retailer said ...": a business described after "the" (up to two modifiers)
  // before a cue, when no organisation named before is what it describes
  // (ResolveDescription()), is the entity of the bare subject mention `subject`
  // of sentence `s` when it comes before, else `before`, the bare subject of
  // the sentence before (-1: none); it becomes a business of that kind, and
  // the story's organisation from its sentence on (StoryOrganization()).
  void DescribedBareName(const Sentence& s, int subject, int before);
  void ReadAppositive(const Sentence& s, int m);
  void ReadAffiliation(const Sentence& s, int m);
  // True when token `k` (before `last`) is an "and" opening a second description
  // in an appositive: "and" and then an article or possessive ("and the report's
  // lead author", "and a former adviser").
  bool SecondDescriptionAt(int k, int last) const;
  // For an appositive from token `a` whose description ends before `end`: the
  // token "in" opening a place of up to three capitalised words at its end ("a
  // nurse in Cork", "... Studies in Bologna"), else `end`.
  int PlaceAtEnd(int a, int end) const;
  // For an affiliation from token `first` ending at the comma `comma` in a
  // state's name ("the University of California,"): the token after the campus
  // of one or two capitalised words that follows ("Davis", "Los Angeles") when
  // a comma or period closes it; else -1.
  int CampusEnd(int first, int comma, int last) const;
  // The place a "who represents" clause names from token `k` in sentence `s`:
  // "the", a run of capitalised words and a lowercase word for a seat's area
  // or a number ("the South Isles", "the Westray ward"), or a country or a
  // known name without "the"; closing the object; no person's name. Else "".
  std::string RepresentedName(const Sentence& s, int k) const;
  // For a name `entity` after "Her company," or "his firm," (the kind of
  // organisation at token `head`, a comma after it): the name is a body's,
  // and the body is where the person the pronoun stands for works
  // (ResolvePronoun()), when no affiliation is known.
  void EmployerOfPronounOwner(const Sentence& s, int head, int entity);
  // For a name run ending before token `end`: where the name ends when a
  // lowercase connector ("of", "for"; not "and") and another run, or a plural's
  // apostrophe and a body's name (PluralOwnerOfBody), continue it ("the
  // Federation of American Scientists", "the Western Suburbs Commuters'
  // Forum"); else `end`. Not past `last`.
  int JoinedNameEnd(int end, int last) const;
  // For a "who heads ..." clause whose object starts at token `k`: the name of the
  // organisation it runs (as named before, if it was), or "".
  std::string LedOrganization(const Sentence& s, int k) const;
  // For a "who works ..." clause whose words start at token `k`: the
  // organisation after its "at" (LedOrganization) becomes mention `index`'s
  // entity's affiliation, if it has none.
  void WorkPlace(const Sentence& s, int k, int index);
  int Resolve(const Mention& m);
  // For an organisation's name of one or two plain capitalised words and a
  // business or group kind word ("Harbourline Bank", "Northwind Air Group"): the
  // token where its short name ends (the kind word); else -1.
  int ShortNameEnd(const Mention& m) const;
  // True when the word at token `k`, the last of a business's short name
  // ("Chocolate" of "Brantwood Chocolate Co."), is written in lowercase
  // elsewhere in the text as a whole word: a common noun, no surname.
  bool CommonNounShortName(int k) const;
  // For a surname with an honorific or title `m` ("Ms. O'Brien", "Dr. O'Brien")
  // whose person named first is `first_named`: among the persons with that
  // surname in the last 64 mentions whose gender does not contradict the
  // honorific, the latest named with the same title; else -1 (keep
  // `first_named`) when it fits and was named without a title or no one else
  // was; else the latest named without a title. -1 for a bare surname.
  int LatestNamesake(const Mention& m, absl::string_view surname, int first_named) const;
  bool IsNameToken(int k) const;
  // For a name run from token `k` whose title word at `title` is the last before
  // the name at `name_first`: the token where the words serving the holder end
  // (-1 if none) when a rank's kind opens the title ("Cal Fire Battalion Chief":
  // "Battalion"), or when a jurisdiction's name ("San Diego County Supervisor")
  // or a party's ("Labour MP") stands before it; the words from that token on
  // are the title.
  int ServedBeforeTitle(int k, int title, int name_first) const;
  // True when the capitalised word at token `k`, in brackets after an
  // organisation's name from token `first`, is its short name: it starts with
  // the same letter and names no place ("... Corporation Ltd (Maha-Metro)").
  bool ShortNameOf(int first, int k) const;
  // True when token `k` is a word of two or more capitals, Latin-1 ones included
  // ("RCMP", "RT\xC3\x89"): Token::all_caps counts ASCII capitals only.
  bool AllCapitals(int k) const;
  bool StartsName(int k, const Sentence& s) const;
  // True when the word at token `k` is the name (or short name) of an
  // organisation met before, not a place ("Europe").
  bool KnownOrganization(int k) const;
  bool RunHasOrgWord(int first, int last) const;
  // True when token `k` is a capitalised word that ends the names of businesses
  // or public bodies (lexicon::OrgNameHeadKind: "Energy", "Operator"), or the
  // last letter of a slashed legal form ("A/S").
  bool OrgHeadAt(int k) const;
  // True when the capitalised word at token `k` is one hyphenated name that is
  // no person's: a business's head word before the hyphen ("Hydro-Qu\xC3\xA9bec")
  // or a lowercase part of three or more letters after it, with a letter beyond
  // ASCII or among three parts or more ("Urgences-sant\xC3\xA9",
  // "Saint-Jean-sur-Richelieu"; not "Jean-Luc", "Kim Jong-un", "T-shirt").
  bool HyphenatedBodyName(int k) const;
  // True when tokens [first, last) name a local government by its kind, "of"
  // and its place ("City of Montreal", "Town of Oakville").
  bool CityOfName(int first, int last) const;
  // True when the organisation word at token `k` ("University") is also a word
  // of tokens [first, last) (exact bytes).
  bool RunHasWord(int first, int last, int k) const;
  // True when tokens [first, last) hold a capitalised title or honorific (no
  // organisation word) with two more words after it: a titled person's name
  // ("House Speaker Paul Ryan").
  bool RunHasTitle(int first, int last) const;
  // True when tokens [first, title) are dotted capitals ("U.S.", "U.N.") or a
  // country's capitals ("UK") and token `title` is a title word.
  bool LettersBeforeTitle(int first, int title) const;
  // For an opening quote mark at token `q` after a first name: the surname's
  // first token when one to three capitalised words and a closing mark follow,
  // then a capitalised word (no cue, title or organisation word) outside quotes
  // ('Marcus "The Hammer" Bell'); else -1.
  int NicknameEnd(int q, int last) const;
  // True when the capitalised organisation word at token `i` is a first name:
  // a capitalised title word (no organisation word) right before it and one
  // plain capitalised word, the surname, ending the run at `last` ("Attorney
  // General Charity Clark").
  bool GivenNameAfterTitle(int i, int last) const;
  // True when tokens [first, last) end in a capitalised title word (no
  // organisation word) and a first and last name, or three names ("Mayor Ana
  // Ruiz", "Police Chief Tom Hale", "Bank of England Governor Andrew Bailey").
  bool TitledName(int first, int last) const;
  // True when tokens [first, last) hold any title or honorific word.
  bool RunHasTitleWord(int first, int last) const;
  // True when token `k` is a capitalised plural that may end or open a group's
  // name ("Dimes", "Borders", "Veterans"): letters ending in "s", not "ss", "us",
  // "is", "as" or "os", and no place, title or honorific.
  bool PluralNameWord(int k) const;
  // True when tokens [first, last) (three or more, no title before) name a group
  // by a word, a preposition ("of", "for", "Without", "Against") and more words,
  // with a plural at the end or (ending in a consonant and "s", or in "ies") at
  // the start: "March of Dimes", "Doctors Without Borders", "Veterans of Foreign
  // Wars", "Families Against Violence".
  bool PluralOrgName(int first, int last) const;
  // True when the capitalised month at token `k` opens a name before `last`
  // ("March of Dimes"): "of" and a name ending in a plural follow.
  bool MonthLedName(int k, int last) const;
  // True when the "of" at token `of` ends a titled person's name run from `k`
  // and opens a home town of one or two words ("Republican Sen. Dale Hoskins of
  // Kingman", "President Xi Jinping of China"): the "of" joins no name.
  bool HomeTownAt(int k, int of, int last) const;
  // The organisation the "its" at token `its` of sentence `s` stands for: opening
  // the sentence, the subject of the sentence before (SubjectOrganization()), or
  // a bare name (BareName()) opening it, which owning a post through "Its" shows
  // to be an organisation ("Debswana said output fell. Its managing director,
  // Jo Moyo, said ...") and which is retyped ORGANIZATION here, unless that
  // sentence names an organisation after it ("Retail trade body Powerwise said
  // ...") or the name named something else "Its" may stand for
  // (OnlySpokeBefore()); else LatestOrganization().
  int ItsOwner(const Sentence& s, int its);
  // True when every mention of mention `m`'s entity up to `m` (within
  // kMaxEntityLookback mentions) is the subject of a say verb after it (past
  // up to two kFiller words: "also", "has") whose clause opens, past a
  // conjunction ("that"), with no determiner ("Debswana said output fell"): a name
  // that acted on a thing ("Moyo toured the plant") or said something of one
  // ("Ndlovu said the clinic ...") leaves "Its" that thing's.
  bool OnlySpokeBefore(int m) const;
  // The first token of the subject of the clause the say verb at token `verb`
  // reports: past the listener of a verb that takes one (kCueObject: "told
  // reporters"), a time phrase (AfterTimePhrase(): "said on Friday"), a
  // phrase of where it was said (lexicon::IsMediumPreposition(): "said in a
  // statement") and a conjunction ("that"), then another time phrase ("said
  // that on Monday the mill ..."). May be one past the last token.
  int ReportedSubjectAt(int verb) const;
  // The token after the time phrase opening at token `k`: up to two
  // lexicon::IsTimeOpener() words, then kTimeWord words ("on Friday", "last
  // week", "earlier this month", "yesterday"); `k` when none opens there.
  int AfterTimePhrase(int k) const;
  // The token after the plain noun phrase opening at token `k` (a listener
  // after "told", a venue after "in"): a determiner of its own, then up to
  // kMaxPlainPhraseWords words up to a determiner, a conjunction or a time
  // phrase ("reporters", "the county board", "CNN", "a statement"), so "told
  // reporters the clinic ..." stops at "the".
  int AfterPlainNounPhrase(int k) const;
  // True when a mention after mention `m` in its sentence is an organisation's.
  bool OrganisationLaterInSentence(int m) const;
  // TitleBeforeComma() steps for a title starting at `p + 1` in sentence `s`:
  // The entity owning the title from the word at `p` before it: an owner's 's
  // ("the club's", "the Shire of Narrogin's"), "its" (ItsOwner()), an
  // organisation after an article ("A Commission spokeswoman"); else -1, and
  // `*titled` false unless the word is a title owner ("the", "his") or "a"/"an"
  // before a title word (`title_head`). Nothing before the sentence: -1.
  int TitleOwnerBefore(const Sentence& s, int p, bool title_head, bool* titled);
  // The owner `owner` (-1: none) becomes the affiliation of entity `entity`
  // with the title [tf, title_end), if it has none, unless the owner is
  // another person named in full or with a gender (not when the title is
  // what only a body holds: "Plata Sierra's chief executive").
  void AffiliateByOwner(int entity, int owner, int tf, int title_end);
  // "The club's chairman, Gary Holt,": the title (and the organisation owning it)
  // ending at the comma before a name becomes the entity's.
  void TitleBeforeComma(const Sentence& s, int comma, int entity);
  // For a phrase ending at the comma `comma` in an organisation or other name
  // (not a place) after "for", "of", "at" or "with" ("for the ministry" meaning
  // one named before, "for the Bureau of Land Management", "for Halden
  // Appliance", "for Senator Ruth Allard"): its entity, with the preposition's
  // token in `*connector`; else -1.
  int EmployerBeforeComma(const Sentence& s, int comma, int* connector) const;
  // For the lowercase words ending at `last` in `s`, the post before them that
  // a title preposition (lexicon::IsTitlePreposition) and up to three lowercase
  // words name the field of ("national clinical lead for immunisation",
  // "spokesman on finance", "head of policy"), or -1.
  int PostBeforeField(const Sentence& s, int last) const;
  // The post of a seat (SeatAt()) whose constituency's name ends right before
  // the comma at `comma` ("The member for Eastwood, Gary Moss,"), or -1.
  int SeatBeforeComma(const Sentence& s, int comma) const;
  // "said chief executive Priya Raman", "Goldman Sachs analyst Jan Hatzius": the
  // lowercase title right before the name at `k` (and the name before it as the
  // affiliation) become the entity's. Returns the title's first token, or -1
  // when there is none. Called before the name's mention is added: a body named
  // before that opens the sentence ("Unite negotiator Sam Blackwood") gets that
  // mention as its owner.
  int TitleBeforeName(const Sentence& s, int k, int entity);
  // For a lowercase title from token `tf` to its head word at `head` in
  // sentence `s`: the token where it starts when a title, or a modifier of the
  // same head, and "and" come before it ("president and chief executive",
  // "search and rescue coordinator", "Founder and managing director" opening
  // the sentence; not "his band and collaborator"), else `tf`. Not a name met
  // before ("Whitcombe and finance director").
  int CoordinatedTitleStart(const Sentence& s, int tf, int head) const;
  // True when the lowercase title at `tf` follows a body's capitalised common
  // noun opening sentence `s` ("Police spokesman", "Council member"): the
  // title holds the noun too.
  bool GenericBodyOpener(const Sentence& s, int tf) const;
  // For a lone capitalised word at token `k` before a lowercase title ("United
  // manager"): a recent entity other than `except` whose name of two or more
  // words ends in it, an organisation's or (for a club's last word,
  // lexicon::IsClubNameHead) any ("Eastbridge United"); else -1.
  int FullNameEndingIn(int k, int except) const;
  // True when mention `pm` is one capitalised topic word right before the
  // lowercase title starting at `tf`, named nowhere before ("Education" in
  // ", Education critic Wayne Balcaen says"): part of the title.
  bool PortfolioBeforeTitle(int pm, int tf) const;
  // The entity other than `entity` that the capitalised word at token `k`
  // names, by its whole name or an alias (not a person shown by a title or
  // gender, nor a place), or as the first word of an organisation's two-word
  // name ("Vantis" for "Vantis Health"), mentioned before token
  // `sentence_first`; else -1. Opening a sentence before a lowercase title
  // ("Unite negotiator Sam Blackwood" after "Unite and the GMB called ..."), the
  // body the official works for, no part of the title.
  int BodyNamedBefore(int k, int sentence_first, int entity) const;
  // The mention of an organisation's name ending right before the lowercase
  // kind at token `k` that ends it ("the Allied Dockers union": NameTailAt()),
  // or -1.
  int NameBeforeKindAt(int k) const;
  // True when mention `om` (-1: none) is an organisation's (not a place's) after
  // an article and lowercase modifiers, or opening sentence `s` ("A Commission
  // spokeswoman", "the White House spokesman", "A longtime JNF official").
  bool ArticleOrganization(const Sentence& s, int om) const;
  // True when the lowercase noun at `k` follows an owner's 's and at most two
  // lowercase modifiers ("the HSE's national clinical lead").
  bool OwnedNoun(const Sentence& s, int k) const;
  // True for a lowercase word at `i` that may stand inside a title before its
  // head ("chief financial officer", "transport correspondent").
  bool TitleModifierAt(int i) const;
  // ReadName() steps for a mention `m` resolved to its entity:
  // The source id's base of a person named in full (SetSourceKey): without
  // middle initials ("Samuel K. Okafor" -> "Samuel Okafor"), curly apostrophes
  // straightened ("O\xE2\x80\x99Brien" -> "O'Brien").
  void SetSourceKey(const Mention& m);
  // The title of `m` from the title words of its run starting at `k` ("U.S.
  // District Judge", "Mayor Pro Tem"), and the affiliation the run gives
  // before them (an organisation, a place, what ServedBeforeTitle() found up
  // to `served_end`, a party).
  void TitleFromRunPrefix(const Mention& m, int k, int served_end);
  // Links `m` (to be mention `index`) to the mention before it: a person's
  // organisation after "from"/"at"/"of" ("Zoe Liu from the Council on Foreign
  // Relations"), a name inside a person's appositive, the place of an
  // affiliation or of an organisation ("The Ministry of Health in South Sudan").
  void LinkToPreviousMention(Mention& m, int index);
  // TitleBeforeName() steps for the person `entity` whose lowercase title
  // starts at `tf` before the name at `k`:
  // The title when the word before it ends the full name of the team or body
  // `team` named before ("United manager" after "Eastbridge United"), which is
  // where the person works and no person itself.
  void TitleAtTeam(int tf, int k, int entity, int team);
  // The affiliation a name right before the title gives ("Goldman Sachs analyst
  // Jan Hatzius", "Morland & Keats, whose partner Julian Okoro"), or a body
  // named before whose name the opener repeats ("Unite negotiator ..."), or
  // the body an "its" before the title stands for (ItsOwner()).
  void OwnerBeforeTitle(const Sentence& s, int tf, int entity);
  // The entity owning what follows the 's at `p`: the name of two or more
  // words whose mention ends right before it ("the Shire of Narrogin's", "Wyre
  // Forest District Council's"), else the one word there by name; or -1.
  int OwnerNameBefore(int p) const;
  // For an organisation's full name `name`: the entity met before under its
  // short name `short_name` alone, with no title, affiliation or gender, which
  // takes the full name (the short one becomes an alias) and is an
  // organisation; or -1.
  int AdoptShortNameMetBefore(const std::string& short_name, const std::string& name);
  // Gives the affiliations copied from an organisation's name `from` before
  // the text named it in full its full name `to` ("Kanemori" -> "Kanemori
  // Industries" once the headline's short name meets the full one).
  void RenameAffiliations(const std::string& from, const std::string& to);
  // For an organisation named in capitals, `name`: the one body named before
  // only in lowercase whose head is its head and whose other words stand for
  // words of it (HeadOfName(), WordInName(): "electoral commission" for the
  // "National Commission for Local Elections", "health ministry" for the
  // "Ministry of Health"), renamed to `name`, the lowercase name an alias; -1
  // when none or two. Not when a place stands before mention `m` in its
  // sentence ("In neighbouring Uganda, the Ministry of Health") or the
  // lowercase body was tied to one (LowercaseBodyTiedToAPlace()).
  int AdoptLowercaseBodyMetBefore(const Mention& m, const std::string& name);
  // True when a capitalised place word (kCountry) stands in tokens [first, last).
  bool PlaceBeforeInSentence(int first, int last) const;
  // True when the latest mention of lowercase body `id` had a place before it
  // in its sentence ("Kenya's health ministry") or a place preposition and a
  // capitalised word after it ("the health ministry in Nairobi").
  bool LowercaseBodyTiedToAPlace(int id) const;
  // True when token `i` (after `first`) may end an organisation's name after a
  // capitalised word though it is no capitalised word itself: a number ("Amalgamated
  // Transit Union Local 1505") or a lowercase kind ("the Allied Nurses union").
  bool NameTailAt(int i, int first) const;
  // For the first kind of organisation among title tokens [first, last) of
  // sentence `s`, lowercase or capitalised only as the sentence's first word
  // ("union" in "union president", "Board chairman ..."): NearestBodyHeadedBy
  // that kind, or -1.
  int BodyOfKindIn(const Sentence& s, int first, int last) const;
  // The organisation of the latest of the last kMaxEntityLookback mentions
  // whose name `kind` heads (mention_internal::NameHead, ignoring case: "Allied
  // Nurses Union", not "Union Bank of Tarsia"), no union of states ("European
  // Union"); or -1.
  int NearestBodyHeadedBy(absl::string_view kind) const;
  // True when the token at `q` (before `last`) is a plural's apostrophe ("Pune
  // Commuters' Forum", "The Workers' Pension Board") after a word for people
  // who do something (PluralOfRole) and before a capitalised run that is a
  // body's name (an organisation word in it or its head at its end).
  bool PluralOwnerOfBody(int q, int last) const;
  // True when tokens [first, and_at) and [and_at + 1, end) are portfolios
  // (PortfolioRun) and the second ends in a nation ("Fisheries and Oceans
  // Canada"): one government body's name.
  bool NationBodyAfterAnd(int first, int and_at, int end) const;
  // For an organisation named `name` with its acronym `acronym` in brackets:
  // the entity met before under the acronym alone ("..., PLA says" in a
  // standfirst before "The Lisbon Port Authority (PLA)") takes the full name,
  // so that one source holds both. Nothing when the name is known or the
  // acronym's entity is a person or has aliases.
  void AdoptAcronymMetBefore(const std::string& acronym, const std::string& name);
  // The party opening the title tokens [first, last) before more title words
  // ("Liberal" in "Liberal housing critic", "Liberal Democrat" in "Liberal
  // Democrat MP": lexicon::IsPartyName, IsPartySecondWord) when the title ends
  // in a party's post (lexicon::IsPartyPost; not "Labor Secretary", a
  // portfolio, nor "Conservative radio host", an outlook), else "".
  std::string PartyOpening(int first, int last) const;
  // True when "the", up to two lowercase words and a kind of organisation or
  // business (kOrgKind, lexicon::IsBusinessBeforeName) come before the comma
  // at `k - 1` in sentence `s`, the article opening the sentence or after a
  // word that is no preposition tying it to someone ("The ferry operator,
  // <name at k>", "The regulator, <name>", "..., the operator, <name>,
  // confirmed", "after the terminal operator, <name>, said"; not "A spokesman
  // for the group, <name>,"). The name is that body's.
  bool BodyKindOpens(const Sentence& s, int k) const;
  // True when the capitalised word at `k` in `s` is a level of government
  // (lexicon::IsOfficeLevel) before a capitalised office title and a name
  // ("State Sen. Rita Vance said"): an adjective of the title, not the verb.
  bool OfficeLevelAt(int k, const Sentence& s) const;
  // True when the capitalised word at `i`, after the title word or title
  // suffix at `i - 1` (not before `first`), qualifies the title ("Mayor Pro Tem
  // Dale Okonkwo", "Professor Emeritus Ann Lee").
  bool TitleSuffixAt(int first, int i) const;
  // True when the post at `post` is held for a constituency named after the
  // "for" at `post + 1` ("the member for Eastwood"): the place is part of the
  // title, not where the person works.
  bool SeatAt(int post) const;
  // True when tokens [first, last) before a title word name a portfolio
  // ("Emergency Preparedness"), not a place, nationality or organisation.
  bool PortfolioRun(int first, int last) const;
  // True when tokens [first, last) are portfolios (PortfolioRun) joined by
  // commas and one "and" ("Works and Transport", "Culture, Media and Sport"),
  // none of them a name met before.
  bool PortfolioList(int first, int last) const;
  // True when tokens [first, last) are one part of a list of portfolios: one
  // word, or two with no title word (PortfolioRun: "Transport", "Social Care";
  // not "Premier Tom Walsh").
  bool PortfolioPart(int first, int last) const;
  // True when a part of tokens [first, last) between commas is a name met
  // before ("Smith" in "Smith and Health Minister Jo Ng").
  bool NamedPart(int first, int last) const;
  // For a name run from token `k` that reaches a comma or "and" at `j` after a
  // portfolio ("Works and Transport Minister Anita Ramdeen", "Culture,
  // Heritage and Sport Minister X"): where the run ends when portfolios joined
  // by commas and "and" lead to capitalised title words and a name
  // (PortfolioBeforeTitledName); else -1.
  int PortfolioListEnd(int k, int j, int last) const;
  // For a name run from token `k` that reaches the "and" at `j` after a title's
  // "of"/"for" and one or two portfolio words ("Minister of Trade and Industry
  // Bounmy Vongsa"): where the run ends when one or two more portfolio words
  // and a first and last name follow; else -1.
  int PortfolioPairEnd(int k, int j, int last) const;
  // True when the capitalised word at token `k` of `s` opens such a list before
  // a titled name (PortfolioListEnd at the comma or "and" after it).
  bool PortfolioListAt(int k, const Sentence& s) const;
  // True when the name run [first, last) is a portfolio, capitalised title
  // words and a first and last name ("Transport Minister Anita Ramdeen").
  bool PortfolioBeforeTitledName(int first, int last) const;
  // True when tokens [first, last) are all capitalised office titles, no
  // organisation's word ("Minister", "Chief Whip").
  bool OfficeWords(int first, int last) const;
  // True for a lowercase "of"/"for" at `k` right after a capitalised title word
  // ("Secretary of", "Minister for").
  bool IsPortfolioConnector(int k) const;
  // For a name run whose title words end at the connector `c` ("Secretary of
  // State John Kerry", run ending before `j`): the first token of the name (the
  // last two capitalised words, none a title, organisation or place word, after at
  // least one portfolio word; the last word alone when it is the surname of a
  // person named before: "Secretary of State Rubio"); else `c`.
  int PortfolioNameStart(int c, int j) const;
  // True for a lowercase particle inside names at `k` ("van", "der", "de", "la").
  bool IsParticle(int k) const;
  // True when the name in tokens [first, last) opens with a kind of body in a
  // language that puts it first (lexicon::IsForeignOrgOpener: "Groupement des
  // Exportateurs ...", "Cámara de Comercio"), after an article at most
  // (lexicon::IsForeignArticle: "Les Amis de la Plaine"): an organisation's
  // name; a person's with "de" opens with a given name ("Inés Cordero de la
  // Vega").
  bool ForeignBodyOpens(int first, int last) const;
  // True when name tokens [first, last) are a sports club's: two words or
  // more, the first or last a club's letters (lexicon::IsClubMark: "FC
  // Kestrel", "Kestrel BK") or the last a sport (lexicon::IsClubSport:
  // "Insjon Bandy"), the town's words capitalised, in a sports story
  // (SportsStory()): elsewhere "SK Sharma", "Ann Bandy" are people.
  bool ClubName(int first, int last) const;
  // True when name run [k, j) holds an organisation's word and token j is a
  // lowercase connector, j + 1 "a" or "an" and j + 2 a name token ("Alliance
  // | for a | New Togo"): the body's name goes on.
  bool IndefiniteArticleInBodyName(int k, int j, int last) const;
  // True when the text writes a lowercase word only a sports story writes
  // (lexicon::IsSportsStoryWord: "coach", "league", "match"); computed once.
  bool SportsStory() const;
  // For a sports club's name [first, last) (ClubName()): the town's words
  // without the club's letters or sport, as [*short_first, *short_last)
  // ("Kestrel" of "FC Kestrel" and of "Kestrel BK"); false, unset, for any
  // other name.
  bool ClubShortName(int first, int last, int* short_first, int* short_last) const;
  // True when one-word name mention `m` of sentence `s` follows "near" after a
  // word for people ("a farmer near Tarn", "residents near Bray":
  // lexicon::IsLocalGroupPlural, mention_internal::IsRoleNoun): a place.
  bool WordAfterNear(const Mention& m, const Sentence& s) const;
  // The token of a lowercase kind of organisation before a participle naming
  // the name at token `k` (not before `first`): "a terrorist group known as
  // <k>", "a charity called <k>" (lexicon::IsNamingParticiple); else -1.
  int KindBeforeNaming(int k, int first) const;
  // True when one-word name mention `m` of sentence `s`, after a comma, is set
  // off by a comma after it too, a verb of saying follows, and a lowercase kind
  // of organisation stands before the first comma ("The island's largest
  // co-operative, Dornoch, said"): the appositive names the body (not a list:
  // "the union, Smith, Brown and Jones,").
  bool KindBeforeSetOffName(const Mention& m, const Sentence& s) const;
  // True when name mention `m` of sentence `s` (no title, no possessive)
  // follows "in" right after an organisation's mention ("the Harlow Institute
  // in Dunmore said"): where the body sits, a place.
  bool PlaceAfterBodyIn(const Mention& m, const Sentence& s) const;
  // True when the name at token `k` of sentence `s` follows "according to the",
  // a kind of organisation or a business's word and a comma ("according to the
  // operator, Austral Link"): a body's name, not a person's.
  bool KindAfterAccording(const Sentence& s, int k) const;
  // The end of the run of name tokens starting at `k`, before `last`, past a
  // slashed legal form that closes it ("Vestkyst Blade A/S").
  int NameRunEnd(int k, int last) const;
  // For a comma at token `comma` after a name run from `k`: the first token of
  // the list's last item when capitalised items separated by commas and "and"
  // continue an organisation's name: after a body's word and "of"/"for"
  // ("Department for Environment, Food and Rural Affairs"), or ending in a
  // plural of a role ("Fish, Food and Allied Workers"), or plurals and a body's
  // word ("Nurses, Midwives and Carers Association"); else -1 ("Apple, Google
  // and Microsoft", "Barclays, Lloyds and NatWest Group").
  int NameListEnd(int k, int comma, int last) const;
  // True when a name [first, last) (before `end`) is a place by its own words:
  // two or more ending in a venue's word (lexicon::IsVenueHead) after a
  // preposition of place but "from" ("at New Civic Hall", "in Tafawa Balewa
  // Square"), or one word before a lowercase kind of
  // area, alone or after "and" and another one-word name (lexicon::IsAreaKind:
  // "the Medina district", "the Medina and Tilene districts").
  bool PlaceByItsWords(int first, int last, int end) const;
  // True when token `k` may be a word of an item in such a list: a plain
  // capitalised word (no acronym, organisation, title, honorific or country
  // word, and no name met before).
  bool NameListWord(int k) const;
  // True when token `k` can be an organisation's acronym ("RCMP", not "R-TX").
  bool IsAcronym(int k) const;
  // True when "(ACRONYM)" follows tokens [first, last) and the acronym's capitals
  // are the initials of their capitalised words, all of them (`whole`) or at
  // least the last two ("the Health and Safety Executive (HSE)", "the New
  // Zealand Dairy Workers Union (DWU)"): one organisation's name.
  bool AcronymOfInitials(int first, int last, bool whole) const;
  // True when tokens [first, last) are an acronym of three or more letters and a
  // place ("NHS Wales"): a public body's name, not a person's.
  bool AcronymAndPlace(int first, int last) const;
  // True when a word for a kind of organisation follows a name ending before
  // token `end`, after at most two lowercase modifiers ("the Llais patient
  // watchdog", "the Harbor Watch group").
  bool KindAfterName(int end, int last) const;
  // The end of the organisation's name opening title words [first, last) ("the
  // Plaid Cymru health spokesperson": "Plaid Cymru"), or `first` when none does
  // (a place, nationality, party modifier, office or known person).
  int NameBeforeTitle(int first, int last) const;
  // True when an appositive in tokens [a, e) ranks a body by its size before a
  // preposition: a size superlative (lexicon::IsSizeSuperlative), up to
  // kMaxRankedModifiers lowercase modifiers, then an organisation's kind or a
  // body noun ending the phrase ("the country's third-largest brewer",
  // "Europe's biggest carrier", "the largest listed safari operator"; not "the
  // biggest donor").
  bool SizeRankedBody(int a, int e) const;
  // Most lowercase modifiers between a size superlative and the body's kind
  // SizeRankedBody() reads past ("largest listed safari operator").
  static constexpr int kMaxRankedModifiers = 2;
  // True when token `k` is a lowercase word that may stand inside a noun
  // phrase: no possessive, preposition, relative, cue or name connector.
  bool PlainLowercase(int k) const;
  // For an appositive from token `a` (before `e`) opening with a capitalised
  // owner ("Botswana's", "Tolland Water's"): the token after the owner's 's or
  // apostrophe, else -1.
  int AfterOwner(int a, int e) const;
  // True when a word of tokens [first, last) is in lowercase ("of" in
  // "Holger Schmieding of Berenberg").
  bool RunHasLowercase(int first, int last) const;
  // Records `kind` (a kOrgKind token) as what entity `e` is.
  void AddKind(int e, int kind);
  // The organisation-kind head of an appositive in tokens [a, e) ("a local
  // advocacy group"), or -1.
  int OrgKindHead(int a, int e) const;
  // "the agency's chief executive" at token `a` (appositive ends before `e`): sets
  // the entity's affiliation to the agency named earlier and returns the token
  // after the 's; else returns `a`.
  int PossessiveAffiliation(int a, int e, Entity* entity) const;
  // For an owner's name of two or more capitalised words from token `first`
  // (with "of", "and" or "&" between them: "Interior Department", "March of
  // Dimes") followed by an 's or a plural's apostrophe before `e`: the token of
  // the 's or apostrophe; else -1.
  int OwnerNameEnd(int first, int e) const;
  // As PossessiveAffiliation() for an owner of two to four words after "the" at
  // `a` ending in a lowercase organisation kind ("the Russian foreign ministry's
  // spokeswoman"): the organisation named before that it describes, else (with a
  // capitalised word in it) its words.
  int LongPossessiveAffiliation(int a, int e, Entity* entity) const;
  // For a workplace named at tokens [first, last) that is a unit of an
  // organisation, a lowercase noun after the owner's 's: the owner ("the
  // University of Exeter's Penryn campus" -> "University of Exeter", "the
  // agency's Kagoshima office" -> the agency named before,
  // ResolveDescription()); "" when no organisation owns it ("Exeter's Royal
  // Devon hospital", "Kagoshima office").
  std::string UnitOwner(int first, int last) const;
  // Reserves room in the containers for a document of tokens_.size() tokens.
  void ReserveRoom();

  // (A member added here is set again in Reset().)
  absl::string_view text_;
  const std::vector<Token>& tokens_;
  const std::vector<int>& quote_depth_;
  std::vector<Mention> mentions_;
  std::vector<int> sentence_firsts_;  // first token of each sentence added, in order
  // The organisation that opened a sentence as its subject, and the index in
  // sentence_firsts_ of the latest such sentence (NoteStoryOrganization).
  int story_organization_ = -1;
  int story_sentence_ = -1;
  int story_business_ = -1;  // the same for a business (kOrgKindBusiness)
  int story_business_sentence_ = -1;
  // The entity of the latest bare name (BareName()) that was a sentence's
  // subject, and the index in sentence_firsts_ of that sentence.
  int bare_subject_ = -1;
  int bare_subject_sentence_ = -1;
  std::vector<Entity> entities_;
  absl::flat_hash_map<int, int> by_end_;
  absl::flat_hash_map<int, int> by_start_;
  absl::flat_hash_map<int, int> by_appositive_;
  absl::flat_hash_map<std::string, int> by_name_;  // names, aliases, surnames
  // CommonWordOpener()'s answers by the opener's bytes in text_, which outlives them.
  absl::flat_hash_map<absl::string_view, bool> common_openers_;
  mutable int sports_story_ = -1;  // SportsStory()'s answer once known, else -1
  int title_case_first_ = -1;  // the sentence title_case_ was computed for
  bool title_case_ = false;
  // Sentence-opening he/she pronouns (NoteSubjectPronoun()), in text order.
  struct SubjectPronoun {
    int sentence = 0;  // index in sentence_firsts_
    int gender = 0;
    int entity = -1;
    int token = -1;  // the pronoun
  };
  std::vector<SubjectPronoun> subject_pronouns_;
  // What the text taught about one entity, by entity index (FactsOf()).
  struct EntityFacts {
    // The gender a pronoun resolved to an entity with no gender of its own gave
    // it (NoteSubjectPronoun(), NoteSaidPronouns()), and the pronoun's token
    // (-1: none learned).
    int learned_gender = 0;
    int learned_at = -1;
    // The first token of its first mention marked a subject opening a clause
    // (OpensClause()), or -1.
    int first_subject = -1;
  };
  std::vector<EntityFacts> entity_facts_;
};

}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_EXTRACT_MENTIONS_H_
