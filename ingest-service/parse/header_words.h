#ifndef FACTWIRE_INGEST_SERVICE_PARSE_HEADER_WORDS_H_
#define FACTWIRE_INGEST_SERVICE_PARSE_HEADER_WORDS_H_

#include <cstddef>

#include "absl/strings/string_view.h"
#include "absl/types/span.h"

namespace factwire {

// Closed word lists the plain-text layout reader consults for an article's header
// lines (header_words.cc holds them). Each predicate compares any case and ignores
// surrounding spaces. Pure functions.

// IsSectionName()
//
// True for a common newsroom section name ("Politics", "World News", "Science &
// Environment", "Middle East"): the whole label is one, or each of its words is one
// (joined by "&" or "and").
bool IsSectionName(absl::string_view label);

// IsCountryName()
//
// True for a country or a nation ("Czech Republic", "Kenya", "UK", "Wales").
bool IsCountryName(absl::string_view label);

// OpensWithCompassWord()
//
// True for a name of two words or more opened by a compass word ("West Cork",
// "North Kerry", "Southern Highlands"; any case): a part of a place, as a
// region is (IsRegionName) of a continent or a country.
bool OpensWithCompassWord(absl::string_view name);

// IsRegionName()
//
// True for a compass word (or two) before a continent, a sea region or a country
// ("East Africa", "Central Asia", "Northern Europe", "North America", "South
// East Asia", "Eastern Mediterranean", "Sub-Saharan Africa", "North Wales",
// "Western Australia"): a region a desk files under, no person's name.
bool IsRegionName(absl::string_view label);

// IsTopicalSection()
//
// True for a section name (IsSectionName) that says what stories are about
// ("Business", "Sport", "Politics", "Science & Environment"), not where they
// happen or how widely they matter ("World", "Local News", "Europe", "India").
bool IsTopicalSection(absl::string_view label);

// IsDeskSection()
//
// True for a topical section that is one of a paper's broad desks
// ("Business", "Sport", "Politics", "Health", "Science & Technology"; any
// case) or a sport, filed under as a desk ("Cricket", "Rugby Union"), not a
// beat under one ("Energy", "Mining", "Farming", "Elections"): a country
// under a desk names the desk's edition ("Business | Botswana"), under a
// sport a team ("Cricket | India"), and one under a beat is the section
// ("Mining | Zambia").
bool IsDeskSection(absl::string_view label);

// IsKicker()
//
// True for a label set above a headline that says what kind of story follows, not
// where it runs ("EXCLUSIVE", "ANALYSIS", "BREAKING NEWS", "EXPLAINER"), and story
// types ("SKETCH", "COMMENT", "REVIEW", "INTERVIEW").
bool IsKicker(absl::string_view label);

// IsContentsLabel()
//
// True for the label before the colon of a newsletter's contents line ("In this
// issue", "In today's briefing", "Today's highlights") or of a page's tags
// ("Tags", "Keywords").
bool IsContentsLabel(absl::string_view label);

// IsSectionLead()
//
// True for a label that names the section after its colon ("Topic", "Section",
// "Category", "Filed under").
bool IsSectionLead(absl::string_view label);

// IsCountedFurniture()
//
// True for the word closing a count that is page furniture ("6 min read", "12
// Comments": "read", "comments", "comment"), in any case.
bool IsCountedFurniture(absl::string_view word);

// IsFurnitureLabel()
//
// True for the label before the colon of a page furniture line ("Reading time",
// "Estimated reading time", "Listen").
bool IsFurnitureLabel(absl::string_view label);

// IsPictureCredit()
//
// True for a picture agency or library a photo credit names ("Getty Images",
// "AP Photo", "Shutterstock", "File") or a news agency (IsNewsAgency: "AFP").
bool IsPictureCredit(absl::string_view name);

// IsNewsAgency()
//
// True for a news agency or a newsroom credit written in a byline or beside a
// date ("Reuters", "Associated Press", "AFP", "PA Media", "Staff Reporter").
bool IsNewsAgency(absl::string_view name);

// IsRoleWord()
//
// True for a word naming a journalist's job or desk, or an outlet, in a byline
// ("Correspondent", "Editor", "Reporter", "Writer", "News", "Press"): "Jane Doe,
// Economics Correspondent" and "Jane Doe, CBC News" name one person.
bool IsRoleWord(absl::string_view word);

// IsUpdateLabel()
//
// True for the label of a line's updated date: an update word
// (UpdateStampWords), maybe after "Last" ("Updated", "Last Updated",
// "Modified", "Stand"): "Posted: Nov 3, 2025 | Last Updated: Nov 4" is dated
// by its first part.
bool IsUpdateLabel(absl::string_view label);

// UpdateStampWords(), PublishStampWords()
//
// The words, in lowercase, that label a date on a date line as an update
// ("updated", "modified", "edited", "aktualisiert", "stand") or as the first
// publication ("published", "posted", "originally", "created", "issued",
// "released", "filed", "release"): the one list the date reader (dates.cc)
// and IsUpdateLabel() read.
absl::Span<const absl::string_view> UpdateStampWords();
absl::Span<const absl::string_view> PublishStampWords();

// IsMastheadWord()
//
// True for a word that closes a newspaper's or a site's name on its masthead
// ("Courier", "Gazette", "Times", "Review": "The Lakeside Courier").
bool IsMastheadWord(absl::string_view word);

// BylineLeadSize()
//
// The size of the words that open a byline ("By ", "BY ", "By: ", "by ", "Posted by ",
// "Written by ", "Words by ", "Story by ", "Author: ", "Reporting by ", "Reported
// by ", "Opinion by ", "Analysis by ", "Commentary by ", "Filed by "; the "By"
// leads only as written, the others in any case and with a colon after "by":
// "author: Jane Doe", "Reported by: Jane Doe", "REPORTED BY: JANE DOE"), 0 when
// `line` opens with none.
size_t BylineLeadSize(absl::string_view line);

// CreditLabelLeadSize()
//
// The size of a writer's credit label opening `line` ("Text: ", "Words: ";
// the first letter in either case: "TEXT: "), 0 when it opens with none. The
// label opens a byline only over a name (layout's WriterLeadSize).
size_t CreditLabelLeadSize(absl::string_view line);

// EditorLeadSize()
//
// The size of the words that open an editor's credit ("Edited by ", "Edited
// by: ", "Editing by "; any case), 0 when `line` opens with none.
size_t EditorLeadSize(absl::string_view line);

// OpensWithOutletCredit()
//
// True when `line` opens with the words that credit the outlet a story was
// written for, and has more after them ("Special to The Namibian", "Special
// for the Times", "Exclusive to …", "for The Namibian"; any case).
bool OpensWithOutletCredit(absl::string_view line);

// IsDateLabelWord()
//
// True for a word of a label before a colon that dates what follows ("Story
// published:", "Date of release:", "Dated:", "Timestamp:"; any case): "date",
// "dated", "timestamp", or a word of PublishStampWords() but "originally"
// and "created".
bool IsDateLabelWord(absl::string_view word);

// FiledPlaceLeadSize()
//
// The size of the lead of a line naming the place a story was filed from
// ("Filed from ", "Reporting from ", "From ", "Dateline: "; any case), 0 when
// `line` opens with none.
size_t FiledPlaceLeadSize(absl::string_view line);

// OpensWithPromo()
//
// True when `line` opens with a call to act or a link to another story and
// has more after it ("Follow us on WhatsApp …", "Join our channel …", "Sign up
// for …", "ALSO READ: …", "Read more: …"; any case).
bool OpensWithPromo(absl::string_view line);

// IsPromoLabel()
//
// True when `line` is only the label of a link to another story, its link
// lost in the copy ("Read more:", "ALSO READ:", "Related:"; any case).
bool IsPromoLabel(absl::string_view line);

// IsIssueLabel()
//
// True for the label of an issue number ("Issue", "Vol.", "No.", "Edition").
bool IsIssueLabel(absl::string_view label);

// OpensWithPictureCredit()
//
// True when `line` opens with the lead of a picture or design credit
// ("Photography by ", "Illustration by ", "Video by "; the first letter in either
// case) and names something after it.
bool OpensWithPictureCredit(absl::string_view line);

// WireCreditLeadSize()
//
// The size of the words that open a wire story's closing credit line
// ("Reporting by ", "Writing by ", "Additional reporting by ", "Editing by ", as
// written), 0 when `line` opens with none.
size_t WireCreditLeadSize(absl::string_view line);

// IsCaptionLabel()
//
// True for the label before the colon of a picture caption or credit line
// ("Image", "Photo", "Photograph", "Caption", "Credit", "File photo").
bool IsCaptionLabel(absl::string_view label);

// IsShortWord()
//
// True for a short word a title keeps in lowercase after its first word
// ("and", "of", "the", "in", "for"): "City and County".
bool IsShortWord(absl::string_view word);

// ItemRanLeadSize()
//
// The size of "This story was ", "This article was ", "This story " or "This
// article " (any case) opening `s`, as a closing line saying when the item
// first ran opens ("This story was first published on 2 March 2026"); 0 for
// other lines.
size_t ItemRanLeadSize(absl::string_view s);

// IsPlacePreposition()
//
// True for a preposition a story puts before a place's name: "in", "near",
// "at", "outside", "around", "from" (any case).
bool IsPlacePreposition(absl::string_view word);

// IsFiniteVerbForm()
//
// True for a verb a headline states its news with, in its "-s" or "-ed" form
// ("blames", "deepens", "slashes", "denied", "scrapped"; any case), from a
// list of verbs whose forms no field's label uses as a noun: "COUNCIL BLAMES
// GOVERNMENT" is a headline's clause, "PUBLIC WORKS DEPARTMENT" a label.
bool IsFiniteVerbForm(absl::string_view word);

// IsLongPreposition()
//
// True for a preposition longer than a title's short words (IsShortWord):
// "without", "after", "between", "under" (any case), which join a phrase's
// words ("Living Without Electricity") as a field's label does not.
bool IsLongPreposition(absl::string_view word);

// IsNoteLabel()
//
// True for the label before the colon of a note or a reader's aid opening a
// paragraph ("Note", "Editor's Note", "Correction", "Background", "Q"): no
// place, so no dateline ("Note: This story was corrected …").
bool IsNoteLabel(absl::string_view label);

// IsUnnamedCreditWord()
//
// True for a word in lowercase that a credit naming no one may hold beside
// its job ("our", "a", "own", "special" of "By our own correspondent", "By a
// staff reporter"); matched in any case.
bool IsUnnamedCreditWord(absl::string_view word);

// IsSpeakerPronoun()
//
// True for a first- or second-person pronoun or determiner ("I", "we", "you",
// "our"; "I" only as written): words a speaker says, not a news report's.
bool IsSpeakerPronoun(absl::string_view word);

// IsTagHead()
//
// True for a word that closes a tag of a topic, a contest, an event or a part
// of a country and no person's name ("League", "Cup", "Change", "State",
// "Election"; any case).
bool IsTagHead(absl::string_view word);

// IsLabelHead()
//
// True for a word that closes the name of a page's item or furniture, an
// office or the things a label is about, and no person's name ("Briefing",
// "Board", "Column", "Content", "Minister", "Prices"; any case).
bool IsLabelHead(absl::string_view word);

// IsItemKindWord()
//
// True for a word naming the kind of an item, its medium, its sponsor or a
// part of the page rather than a topic ("Promotion", "Advertisement",
// "Sponsored", "Illustration", "Version", "Submission", "Section"; any case).
bool IsItemKindWord(absl::string_view word);

// IsColumnSection()
//
// True for a section that prints columns under their writers' names
// ("Opinion", "Comment", "Columnists", "Analysis"; any case).
bool IsColumnSection(absl::string_view label);

// HasTopicNounEnding()
//
// True for a word with an ending English gives common nouns of a field or an
// activity ("Sanitation", "Government", "Economics", "Fisheries", "Tourism",
// "Dairy", "Forestry"; any case), or a field's gerund ("Mining", "Shipping":
// towns end in "-ing" too): a label closed by one names a topic, where a
// proper name ("Lusaka", "Reading", "Coventry") names a place.
bool HasTopicNounEnding(absl::string_view word);

// OpensPlaceOrPersonName()
//
// True for a name of two words or more opened by a word that opens places' names
// and persons' alike ("Mount Gambier", "Santa Clara", "Lake Bell", "Grand
// Forks"), which NamesAPlace alone does not take for a place.
bool OpensPlaceOrPersonName(absl::string_view name);

// NamesAPlace()
//
// True for a name of two words or more a place is called by, not a person:
// opened by a word place names open with and person's names do not ("New
// Delhi", "San Jose", "Port Louis", "Fort William", "Kuala Lumpur"), closed by
// a word for a kind of place ("Stone Town", "Kansas City", "Alice Springs",
// "Grand Rapids"), or a capital's or large city's name ("Addis Ababa", "Rio
// de Janeiro"; any case). False for a paper's name ("San Jose Mercury News":
// IsMastheadWord closes it) and for a person's ("Lake Bell"). Pure function.
bool NamesAPlace(absl::string_view name);

// NamesADivision()
//
// True for a name of two words or more closed by a word for a part a country
// is divided into ("Rivers State", "Eastern Province", "Ashanti Region",
// "Northern Territory"; any case), or a known state or province ("Texas",
// "Nova Scotia", "Queensland"). Pure function.
bool NamesADivision(absl::string_view name);

// NamesAPaper()
//
// True for a paper's name: closed by a word no person's name closes
// ("Chicago Tribune", "Manila Bulletin", "Cape Times"), or a place's name and
// a masthead word (IsMastheadWord: "Kansas City Star", "San Jose Mercury
// News"; its place opened by a word of NamesAPlace's openers, or a place
// NamesAPlace knows); any case. Pure function.
bool NamesAPaper(absl::string_view name);

// IsPlaceParticle()
//
// True for a lowercase word a place's name keeps between its capitalised
// words ("es" in "Dar es Salaam", "de" in "Rio de Janeiro", "upon" in
// "Newcastle upon Tyne"; as written). Pure function.
bool IsPlaceParticle(absl::string_view word);

// IsPlaceOnlyParticle()
//
// True for a particle of IsPlaceParticle that no person's name keeps ("es",
// "upon"), where "de", "da" and "al" are in names too ("Carlos da Silva",
// "Ahmed al Mansouri"; as written). Pure function.
bool IsPlaceOnlyParticle(absl::string_view word);

// IsNameParticle()
//
// True for a particle of IsPlaceParticle a person's name keeps too ("da" in
// "Carlos da Silva", "al" in "Ahmed al Mansouri", "de" in "Rio de Janeiro";
// as written). Pure function.
bool IsNameParticle(absl::string_view word);

}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_PARSE_HEADER_WORDS_H_
