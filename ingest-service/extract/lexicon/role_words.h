#ifndef FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_ROLE_WORDS_H_
#define FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_ROLE_WORDS_H_

#include "absl/strings/string_view.h"

namespace factwire {
namespace lexicon {

// True when a person titled `title_word` (the last word of a title before a
// name, in any case: "Sen.", "Justice", "Cllr") is the one a later "the
// `role`" means (`role` lowercase: "senator", "judge", "councillor"): a title
// written short or in court style whose holder newsrooms call by another noun.
// A title that is the role word itself ("Judge", "Mayor") is not listed.
bool TitleWordNamesRole(absl::string_view title_word, absl::string_view role);

// True for a lowercase noun for a whole government ("government", "cabinet"):
// "the government" is no ministry or agency named before (a part of it), only
// a body named as a government ("the Scottish Government").
bool IsWholeGovernmentNoun(absl::string_view word);

// True for a lowercase noun for a body of one form ("council", "court",
// "committee", "ministry"): "the council" is only a body whose name has the
// word, never another public body named before ("the Transit Authority").
bool IsOwnFormBodyNoun(absl::string_view word);

// True for a lowercase noun for the people who work under one person ("team",
// "lab", "colleagues"): "Magnusson's team" reports for Magnusson.
bool IsTeamNoun(absl::string_view word);

// True for a lowercase adjective of age, order, size or standing ("new",
// "former", "first", "largest", "main", "national"; exact bytes): it describes
// a body without naming it ("the new company", "the town's largest food
// bank"), so it is no word of the body's name.
bool IsDescribingAdjective(absl::string_view word);

// True for a word before a title that makes its holder someone other than the
// one the bare title names ("Vice President", "Deputy Finance Minister",
// "Former Prime Minister", "Acting Mayor"): "the President" is not the vice
// president. Any case.
bool IsTitleRankModifier(absl::string_view word);

// True for a word that puts a post in its holder's past ("former", "ex",
// "then", "late"; any case): "the former manager of Town" is no post held now.
bool IsPastPostModifier(absl::string_view word);

// True for a preposition that opens a title's tail, what the title serves
// ("Minister for Justice", "Secretary to the Treasury", "chief executive of
// Fiji Airways", "director at Harbour Holdings"): the title's head ends before
// it. Lowercase input.
bool IsTitleTailPreposition(absl::string_view word);

// True for a lowercase noun for a trade someone is employed in ("specialist",
// "lecturer", "researcher", "engineer"; exact bytes): "An education specialist
// at Eastmoor University" works there. Not a noun for someone who is only
// present or served there ("shopper", "passenger", "visitor", "protester").
bool IsOccupationNoun(absl::string_view word);

// True for a lowercase singular noun that names someone by age or stage of
// life ("teenager", "youngster", "pensioner", "octogenarian"; exact bytes):
// like "the 19-year-old", "the teenager said" is the person the text is about.
bool IsPersonAgeNoun(absl::string_view word);

// True for a lowercase singular noun for a person whose age may follow it
// ("The victim was 34.", "Her father is 71", "The pensioner, 81,"; exact
// bytes): a noun of age (IsPersonAgeNoun) or of kin, sex, trade or part in an
// event ("man", "son", "driver", "suspect").
bool IsAgedPersonNoun(absl::string_view word);

// True for a title that names someone only as the counterpart of another
// ("counterpart", "opposite number"; exact bytes): "His opposite number, Ben
// Arrieta," holds the post of the one "his" stands for, on the other side.
bool IsCounterpartTitle(absl::string_view title);

// True for a lowercase singular noun of an activity or process, by its ending
// ("testing", "installation", "revision", "management", "maintenance"; six
// letters or more, exact bytes): "Installation and testing would take" joins
// two tasks. Not a noun for people around someone ("team", "family").
bool IsProcessNoun(absl::string_view word);

// The lowercase kind of body a post is held in when the post names it by
// itself ("headmistress", "headteacher", "principal": "school"; "judge":
// "court"; lowercase input), else "": "The headmistress, Ana Diaz," works at
// the one school the story names.
absl::string_view BodyKindOfPost(absl::string_view post);

// True for a reflexive pronoun of a person ("himself", "herself",
// "themselves"; exact bytes): in "Ana Ruiz, herself a former nurse," it sets
// off the description and is no word of the title.
bool IsReflexivePronoun(absl::string_view word);

}  // namespace lexicon
}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_ROLE_WORDS_H_
