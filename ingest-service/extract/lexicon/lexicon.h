#ifndef FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_LEXICON_H_
#define FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_LEXICON_H_

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/ascii.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "ingest-service/extract/lexicon/word_table.h"

namespace factwire {

// Word classes; a word may belong to several (bit set).
enum WordClass : uint32_t {
  kCue = 1u << 0,               // attribution verb form ("said", "warns", "according")
  kTitle = 1u << 1,             // title before a name ("President", "Cpl.")
  kTitleModifier = 1u << 2,     // "former", "acting", "deputy"
  kHonorific = 1u << 3,         // "Mr.", "Ms." (not kept as a title)
  kOrgWord = 1u << 4,           // a word that makes a name an organisation ("Police")
  kCountry = 1u << 5,           // single-word country or place ("Mexico")
  kPersonPronoun = 1u << 6,     // "he", "she"
  kOtherPronoun = 1u << 7,      // "they", "we", "I", "it", "who"
  kSpeakerNoun = 1u << 8,       // common nouns that speak ("officials", "reports")
  kAbbreviation = 1u << 9,      // abbreviation with a period ("Inc.", "Jan.")
  kStarter = 1u << 10,          // words that start sentences ("The", "He")
  kNotName = 1u << 11,          // capitalised at a sentence start but not a name
  kTitleHead = 1u << 12,        // heads of appositive titles ("chief", "director")
  kFiller = 1u << 13,           // words between a speaker and the cue ("also", "has")
  kNameConnector = 1u << 14,    // lowercase words inside names ("of", "on", "de")
  kDeterminer = 1u << 15,       // "the", "a", "numerous"
  kTimeWord = 1u << 16,         // weekdays, months, "Today": never speakers
  kAffiliationPrep = 1u << 17,  // "at", "from", "of", "with", "for"
  kRelative = 1u << 18,         // "who", "which", "whose"
  kAdverbial = 1u << 19,  // words of trailing adverbials ("in a statement on Monday")
  // Nouns naming a kind of organisation, in three families that "the agency",
  // "the company", "the group" may refer across ("the agency" -> "... Authority").
  kOrgKindPublic = 1u << 20,    // "agency", "authority", "department", "ministry"
  kOrgKindBusiness = 1u << 21,  // "company", "firm", "corporation", "airline"
  kOrgKindGroup = 1u << 22,     // "group", "coalition", "association", "union"
  kPostNominal = 1u << 23,      // honours and posts after a name ("KC", "MP", "OBE")
  kProportion = 1u << 24,       // shares of a group that speak ("percent", "half")
  kNumberWord = 1u << 25,       // small numbers spelled out ("six", "twenty")
  kSentenceAdverb = 1u << 26,   // set off by commas inside a clause ("however")
  // A nation whose name ends the names of its government bodies ("Health Canada",
  // "Sport England"); not a city, state or word of a longer name.
  kNation = 1u << 27,
  // Staff who speak for their employer ("analysts at Goldman Sachs expect",
  // "the bank's economists said"): the organisation is the source.
  kStaffGroup = 1u << 28,
  // Abbreviations only before a number ("No. 5", "nos. 3 and 4"): before a
  // word, the period ends the sentence ("She said no. Asked why, ...").
  kNumberAbbreviation = 1u << 29,
  // Institutions people work at ("hospital", "university", "school"): "the
  // hospital's chief executive" is the "... Children's Hospital" named before.
  kOrgKindInstitution = 1u << 30,
  // Verbs of running an organisation after "who" ("who heads the WHO's ...",
  // "who directs ... at the International Crisis Group"): where someone works.
  kLeadVerb = 1u << 31,
};

// Every organisation-kind family.
constexpr uint32_t kOrgKind =
    kOrgKindPublic | kOrgKindBusiness | kOrgKindGroup | kOrgKindInstitution;

// How a word may open a figure's amount (Lexicon::Entry::amount), from the
// figure lexicon's roles (figure_lexicon.h): MayHoldFigures() reads them off
// the tokens instead of looking each word up again.
enum AmountFlag : uint8_t {
  kAmountCountWord = 1 << 0,  // a number word or "couple", "pair", "few"
  kAmountUnit = 1 << 1,       // the first word of a unit or a currency ("mile", "dollar")
  // A token of digits (TokenKind::kNumber): set by Tokenize(), no lexicon word
  // has it.
  kAmountNumber = 1 << 2,
};

// Cue properties (only for kCue words).
enum CueFlag : uint8_t {
  kCueQuote = 1 << 0,       // introduces direct quotes ("said", "stating")
  kCueReport = 1 << 1,      // introduces reported speech ("announced", "warned")
  kCueParticiple = 1 << 2,  // "-ing" form: its speaker is the clause subject
  kCueObject = 1 << 3,      // takes a listener object ("told reporters that")
  kCueAccording = 1 << 4,   // "according" (to)
  kCueAfterOnly = 1 << 5,   // only after a quote ("read the statement")
  kCueDocument = 1 << 6,    // only for documents and organisations ("the study found")
  kCuePhrase = 1 << 7,      // a cue only before its particle ("shot back", "went on")
};

struct CueEntry {
  const char* word;
  uint8_t flags;
};

struct ClassEntry {
  const char* word;
  uint32_t classes;
};

// The built-in tables (lexicon/*.cc). Lowercase; multi-class words may repeat.
absl::Span<const CueEntry> CueTable();
absl::Span<const ClassEntry> WordClassTable();

// The lookup built from the tables. Immutable after Build(); thread-safe.
class Lexicon {
 public:
  struct Entry {
    uint32_t classes = 0;
    uint8_t cue = 0;
    uint8_t amount = 0;  // AmountFlag bits
  };

  // The words of the tables, and the figure lexicon's words that may open an
  // amount (Entry::amount). kInternal when a table entry is empty or not
  // lowercase.
  static absl::StatusOr<Lexicon> Build();

  // The classes of `word` (case-insensitive; at most 40 bytes looked up).
  Entry Find(absl::string_view word) const;

  // As Find() for a `word` with no byte >= 0x80 (plain ASCII), which it does
  // not check.
  Entry FindAscii(absl::string_view word) const;

  // As FindAscii() for a word of 1 to 8 plain ASCII bytes given as
  // PackShortWord() packs them (capitals allowed) with its `size`, for callers
  // that hold its bytes in an integer already.
  Entry FindShortAscii(uint64_t packed, size_t size) const {
    return FindShortLower(word_table_internal::LowerAsciiWord(packed), size);
  }

  // As FindShortAscii() for a word its caller has lowered already ("said",
  // not "Said"; a run of ASCII letters OR-ed with 0x20 in every byte is).
  Entry FindShortLower(uint64_t lower, size_t size) const {
    const uint64_t hash = ShortHash(lower, size);
    // Most words in no table are told by their hash's filter bit, from a
    // kilobyte that stays in cache, without probing the table.
    if (!short_shapes_.Has(ShortShape(hash))) return Entry{};
    // The entry sits in its slot: one memory access for a word found.
    for (size_t i = ShortSlot(hash);; i = (i + 1) & short_mask_) {
      const ShortEntry& s = short_entries_[i];
      if (s.size == 0) return Entry{};
      if (s.key == lower && s.size == size) return Entry{s.classes, s.cue, s.amount};
    }
  }

 private:
  // A word of 1 to 8 bytes (packed by PackShortWord) with its entry; size 0
  // marks an empty slot.
  struct ShortEntry {
    uint64_t key = 0;
    uint32_t classes = 0;
    uint8_t cue = 0;
    uint8_t size = 0;
    uint8_t amount = 0;
  };

  // The filter bits short_shapes_ holds (a power of two).
  static constexpr int kShortShapeBits = 13;
  // The hash of a word of 1 to 8 bytes packed (PackShortWord, lowercase) and
  // its `size`: its top kShortShapeBits bits give its filter bit
  // (ShortShape), the bits below them its slot (ShortSlot).
  static uint64_t ShortHash(uint64_t packed, size_t size) {
    return (packed + size) * 0x9E3779B97F4A7C15ull;
  }
  static size_t ShortShape(uint64_t hash) { return hash >> (64 - kShortShapeBits); }
  // The first slot of short_entries_ to probe for a word of ShortHash `hash`.
  size_t ShortSlot(uint64_t hash) const { return (hash << kShortShapeBits) >> short_shift_; }

  // The filter bit of a word of 9 to 40 bytes: its size and the low five bits
  // (the same for a letter in either case) of its first and last bytes.
  static size_t LongShape(absl::string_view word) {
    return (word.size() - 9) << 10 | (static_cast<size_t>(word.front()) & 0x1F) << 5 |
           (static_cast<size_t>(word.back()) & 0x1F);
  }

  WordTable<Entry> entries_;  // lowercase words, curly apostrophes straightened
  BitFilter<(1 << kShortShapeBits)> short_shapes_;  // ShortShape() of the short words
  BitFilter<(32 << 10)> long_shapes_;   // LongShape() of the others
  // The words of 1 to 8 bytes again, by open addressing over a power-of-two
  // array at most half full (FindShortAscii).
  std::vector<ShortEntry> short_entries_;
  size_t short_mask_ = 0;  // short_entries_.size() - 1, kept for the probe loop
  int short_shift_ = 64;
};

namespace lexicon {

// The kOrgKind family that `word` (exact bytes, capitalised) gives a name of two
// or more words it ends ("AGL Energy", "Snowy Hydro", "Kestrel Telecom": a
// business; "Australian Energy Market Operator": a public body; "Grand Canyon
// Chapter": a group), else 0. Words
// that are also common surnames ("Power", "Mills") are left out.
uint32_t OrgNameHeadKind(absl::string_view word);

// True for a word that opens an organisation's name in a language that puts the
// kind of body first ("Unione" in "Unione Agricola Sarda", "Huileries",
// "Sociedad", "Grupo"; exact bytes).
bool IsForeignOrgOpener(absl::string_view word);

// True for an article that may open a body's name before an IsForeignOrgOpener()
// word ("Les" in "Les Amis de la Plaine", "La", "Los"; exact bytes).
bool IsForeignArticle(absl::string_view word);

// True for the last word of a name of islands, a coast or a stretch of land
// ("Islands", "Coast", "Valley", "Highlands"; exact bytes): a name ending in it
// is no person's ("Statistics Faroe Islands", "Havbrún Islands").
bool IsPlaceFeatureTail(absl::string_view word);

// True for a present-tense verb of working somewhere that takes the place after
// "at" ("who studies ocean microbes at the Woods Hole Oceanographic
// Institution", "who teaches at Harvard"): where someone works.
bool IsWorkPlaceVerb(absl::string_view word);

// True for a compound of a place and where someone or a business sits or
// trades ("Arica-based", "Oslo-listed", "Kremlin-owned"; the end in exact
// bytes): before a name, the compound is no part of it.
bool IsPlaceCompound(absl::string_view word);

// True for an IsPlaceCompound() word only a business is ("Oslo-listed",
// "Kremlin-owned", "Delaware-registered"; not "Texas-based").
bool IsBusinessCompound(absl::string_view word);

// True for a capitalised plural that names a party on its own ("Greens",
// "Republicans", "Tories"; exact bytes).
bool IsPartyPlural(absl::string_view word);

// True for a capitalised title of an elected or public office ("Sen.", "Rep.",
// "Governor", "Minister"; exact bytes): a title before a name that an
// appositive's description does not replace.
bool IsOfficeTitle(absl::string_view word);

// True for a lowercase government portfolio ("economy", "health", "foreign";
// exact bytes): before "ministry" or "department" it names one body ("the economy
// ministry"), which only a body with that word in its name can be.
bool IsPortfolio(absl::string_view word);

// True for "the" (any case). Inline, byte by byte: it is asked of most
// mentions and phrases.
inline bool IsDefiniteArticle(absl::string_view word) {
  return word.size() == 3 && absl::ascii_tolower(word[0]) == 't' &&
         absl::ascii_tolower(word[1]) == 'h' && absl::ascii_tolower(word[2]) == 'e';
}

// True for "a", "an" and "the" (any case). Inline, byte by byte, as
// IsDefiniteArticle.
inline bool IsArticle(absl::string_view word) {
  if (word.empty() || absl::ascii_tolower(word[0]) != 'a') return IsDefiniteArticle(word);
  return word.size() == 1 || (word.size() == 2 && absl::ascii_tolower(word[1]) == 'n');
}

// True for a capitalised word naming the kind of a rank before a title word
// ("Battalion" in "Battalion Chief", "Division", "Station"; exact bytes).
bool IsRankWord(absl::string_view word);

// True for a capitalised last word of a jurisdiction's name before an office
// ("County" in "San Diego County Supervisor", "City", "Borough"; exact bytes).
bool IsJurisdictionHead(absl::string_view word);

// True for a lowercase preposition before a place's name ("in", "near", "from";
// exact bytes).
bool IsPlacePreposition(absl::string_view word);

// True for a lowercase preposition before a street's or a place's name where a
// person described is found ("on" in "a shop owner on Load Street"; exact bytes).
bool IsAddressPreposition(absl::string_view word);

// True for "Dr", "Prof." or "Comrade" (exact bytes): an honorific that is no part
// of an office named before it ("Health Minister Dr Priya Venkatesan").
bool IsScholarlyHonorific(absl::string_view word);

// True for an honorific of a degree that names no post ("Dr", "Dr."; not
// "Prof."): alone before a name it is no title.
bool IsDegreeHonorific(absl::string_view word);

// True for the word of a police force ("police", "Police", "gendarmerie",
// "carabinieri"; exact bytes): speaking, the force is an institution.
bool IsPoliceForce(absl::string_view word);

// True for a party named by one capitalised word before a member's title
// ("Labour", "Green", "SNP"; exact bytes).
bool IsPartyName(absl::string_view word);

// True for a lowercase modifier that keeps "the <modifier> ministry" from naming
// one body ("same", "new", "relevant"; exact bytes).
bool IsNotBodyModifier(absl::string_view word);

// True for a lowercase kind of public body that after "the" and a field names
// one body ("ministry", "department", "regulator", "office", "service"; exact
// bytes; not "board").
bool IsLowercaseBodyHead(absl::string_view word);

// True for a lowercase kind of institution that, after "the" and a modifier,
// names a body speaking for itself: an IsLowercaseBodyHead() word or "bureau",
// "centre", "government", "federation" ("the regional water authority", "the
// statistics bureau"; exact bytes).
bool IsInstitutionHead(absl::string_view word);

// True for a lowercase place or government whose "'s" before a portfolio's body
// owns a public body ("city", "province", "country", "council", "government";
// exact bytes; not "company" nor a title such as "minister").
bool IsPublicBodyOwner(absl::string_view word);

// True for a capitalised nationality adjective ("Scottish", "French", "Irish";
// exact bytes): before a public body's kind it names that nation's body ("the
// Scottish government").
bool IsNationality(absl::string_view word);

// True for a capitalised adjective of a continent or a family of nations
// ("European", "African", "Arab"; exact bytes): with IsNationality(), before
// "Union" or "League" it names a union of states, not a trade body.
bool IsContinentAdjective(absl::string_view word);

// True for a first-person pronoun or determiner ("I", "We", "our", "my"; both
// cases, exact bytes): a quote opening with one speaks for people, never as a
// document.
bool IsFirstPersonWord(absl::string_view word);

// True for a lowercase particle inside a person's name that kNameConnector
// leaves out ("ab", "ap", "ag", "ould"; exact bytes: "AP" is an acronym).
bool IsLowercaseParticle(absl::string_view word);

// True for a lowercase particle that a hyphen joins to a capitalised surname
// ("al" of "al-Kathiri", "el" of "el-Baz", "bin"; exact bytes): such a word is
// capitalised as a name is (Token::upper).
bool IsHyphenedParticle(absl::string_view word);

// True for a capitalised preposition inside a group's name ("Without" in
// "Doctors Without Borders", "Against"; exact bytes).
bool IsNamePreposition(absl::string_view word);

// True for a capitalised plural of an amount or span ("Thousands", "Dozens",
// "Years"; exact bytes): it opens a phrase ("Thousands of Oromos"), not a name.
bool IsAmountPlural(absl::string_view word);

// True for a lowercase word for a business that may also be someone's job
// ("carrier", "broadcaster", "miner"; exact bytes): a business only right before
// a one-word name ("Danish carrier Maersk", not "letter carrier Bob Mason").
bool IsBusinessBeforeName(absl::string_view word);

// True for a lowercase word for a role one business plays for another
// ("lender", "insurer", "landlord", "owner", "partner"; exact bytes): a
// one-word name set off after it ("The chain's main lender, Barclays,") is an
// organisation's, and a name after it ending in a business's head word
// ("development partner Arnel Biologics") is one.
bool IsBusinessRole(absl::string_view word);

// True for a capitalised last word of sports clubs' names ("United", "Rovers",
// "City"; exact bytes): alone before a title ("United manager") it is the
// club named before in full ("Eastbridge United").
bool IsClubNameHead(absl::string_view word);

// True for the letters that mark a sports club's name before or after its
// town's ("FC" of "FC Kestrel", "BK" of "Kestrel BK"; exact bytes).
bool IsClubMark(absl::string_view word);

// True for a capitalised sport closing a club's name after its town's
// ("Bandy" of "Insjon Bandy", "Hockey"; exact bytes).
bool IsClubSport(absl::string_view word);

// True for a lowercase word only a sports story writes ("coach", "league",
// "match", "referee", "cup"; exact bytes): the story's clubs are clubs.
bool IsSportsStoryWord(absl::string_view word);

// True when `word` ends like an abstract noun, singular or plural ("-ity",
// "-tion", "-sion", "-ment", "-ism", "-ship", "-ancy", "-ency", and "-tions",
// "-ments", "-isms", "-ships": "Electricity", "investments", "Agency"; exact
// bytes, so a capitalised word matches by its lowercase ending).
bool HasAbstractNounSuffix(absl::string_view word);

// True for the label of a caption or credit line ("photo", "image",
// "credit", a writer's "text", a match official's "referee"; lowercase, exact
// bytes): "Photo: Ari Jonsson" credits a picture.
bool IsCreditLabel(absl::string_view word);

// True for the one-word label of a line of scores or of a page's date stamp
// ("halves", "quarters", "sets", "score", "updated", "filed", "published";
// lowercase, exact bytes): "Halves: 6-4, 3-6" and "Filed: 03.04.2026" name no
// one, while "Ruto: 2,000 new teachers ..." is Ruto's.
bool IsScoreOrStampLabel(absl::string_view word);

// True for one who speaks for the body they belong to ("spokeswoman",
// "official", "representative"; lowercase, exact bytes): "A Treasury
// spokesman said" quotes the Treasury too.
bool IsBodyVoice(absl::string_view word);

// True for a compound ending in a plural agent noun of a trade or a people with
// two or more letters before it ("Dockworkers", "Shipowners", "Islanders";
// exact bytes of the tail, "workers", "landers"): a plural of people, not a
// surname ("Flanders" has one letter before "landers").
bool IsPeopleCompoundPlural(absl::string_view word);

// True for a lowercase plural of a kind of body ("co-operatives", "unions",
// "agencies"; exact bytes): capitalised to open a sentence, many bodies, no
// name.
bool IsBodyKindPlural(absl::string_view word);

}  // namespace lexicon
}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_LEXICON_H_
