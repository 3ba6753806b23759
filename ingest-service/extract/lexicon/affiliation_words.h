// Words that say where a person named in a news story belongs: the body they
// work for or the place they represent.
#ifndef FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_AFFILIATION_WORDS_H_
#define FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_AFFILIATION_WORDS_H_

#include "absl/strings/string_view.h"

namespace factwire {
namespace lexicon {

// True for a capitalised head word that opens an institution's name in a
// language other than English ("Ecole" in "Ecole primaire des Pins", "Escola",
// "Universidad", "Lycée"; exact bytes): such a name may hold lowercase words
// ("primaire") that are no English modifiers.
bool IsForeignInstitutionHead(absl::string_view word);

// The English kind of organisation a capitalised head word opening a name in
// another language stands for ("Universidad", "Universiti" -> "university";
// "Consorzio" -> "consortium"; "Ministerio" -> "ministry"; exact bytes), so
// that "the university" may refer to "Universiti Sabah Borneo"; else "".
absl::string_view EnglishKindOfForeignHead(absl::string_view word);

// True for a verb of representing a place or body after "who" ("represents",
// "represented"; exact bytes): "who represents the South Isles" names what the
// person stands for.
bool IsRepresentVerb(absl::string_view word);

// True for a lowercase word for the area a representative's seat covers
// ("ward", "riding", "constituency", "district"; exact bytes): "who represents
// the Westray ward".
bool IsSeatArea(absl::string_view word);

// True for a lowercase word for a player's position in a team ("guard",
// "forward", "quarterback", "fly-half"; exact bytes) that no agent ending
// marks ("striker" and "winger" have theirs): "Alytus guard Tomas Rimkus".
bool IsPlayingPosition(absl::string_view word);

// True for a lowercase noun for the office a post's holder runs, after the
// post's "'s" ("office", "cabinet"; exact bytes): "a spokesperson for the
// mayor's office" works for that office.
bool IsPostOfficeNoun(absl::string_view word);

// True for a plural noun of people who speak as a group of a place, in any
// case ("members", "residents", "officials", "staff", "students", "workers",
// "parents", "farmers", "fishermen"): "Club members in Weyburn said" are of
// Weyburn.
bool IsLocalGroupPlural(absl::string_view word);

// True for a lowercase word for a side of politics that holds posts
// ("opposition", "government"; exact bytes): "the opposition's agriculture
// spokesman, Kwame Latchman," speaks for the opposition.
bool IsPoliticalSide(absl::string_view word);

// True for a lowercase preposition linking a role to the body its holder
// works in ("at", "with", "for"; exact bytes; not "of", which names what a
// post heads): "a researcher at the college's biology department".
bool IsWorkPlaceLink(absl::string_view word);

// True for a lowercase singular noun for a place that holds offices ("city",
// "province", "state", "county", "region"; exact bytes): in "the city's water
// director" the owner says where the post is held and is no word of the title.
bool IsJurisdictionNoun(absl::string_view word);

// True for a word of a post that a town's or city's head holds ("mayor",
// "Mayor", "reeve", "burgomaster"; any case): "Mayor Ana Reis" with no body
// named works for the town the story is datelined in.
bool IsTownHeadPost(absl::string_view word);

// True for a lowercase participle that names what comes after it ("called",
// "named", "dubbed"; exact bytes; "known" before "as"): "a group called Hope
// Rising" is that group's name.
bool IsNamingParticiple(absl::string_view word);

}  // namespace lexicon
}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_AFFILIATION_WORDS_H_
