// MentionFinder: appositives after a name ("Name, title at Org,") and the
// affiliations they give (possessive owners, "who heads ...", campuses, places).

#include "ingest-service/extract/mentions.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "ingest-service/extract/lexicon/affiliation_words.h"
#include "ingest-service/extract/lexicon/role_words.h"
#include "ingest-service/extract/lexicon/speech_words.h"
#include "ingest-service/extract/mention_internal.h"

namespace factwire {
using mention_internal::IsWord;
using mention_internal::kMaxAppositiveTokens;
using mention_internal::kMaxNameTokens;
using mention_internal::kNotTitleWord;
using mention_internal::NamesOffice;

namespace {

// True when `title` ends in a lowercase noun for what someone does ("coach",
// "United striker", "spokesperson"): a role stated before the name, which a
// later plain description ("Hill, a former teacher who ...") does not
// replace. Not an honorific or office ("Dr.", "Mayor"): those are capitalised.
bool EndsInRoleNoun(absl::string_view title) {
  const size_t space = title.rfind(' ');
  const absl::string_view last = space == absl::string_view::npos ? title : title.substr(space + 1);
  if (last.empty() || absl::ascii_isupper(static_cast<unsigned char>(last[0]))) return false;
  return mention_internal::IsRoleNoun(last) || lexicon::IsOccupationNoun(last);
}

// True when title words [first, last) of an appositive opening at `a` name a
// post held now: a trade, playing position or title word ending them ("the new
// manager", "captain"; not "an early supporter") with an owner before them
// ("the club's new captain") or "the" and a body after them (`body_after`:
// "the new manager of Town": one post, held at the body), and no word putting
// it in the past ("the former manager of Town"). Such a post replaces a role
// written before the name ("Rovers coach Sam Hill").
bool NamesHeldPost(absl::string_view text, const std::vector<Token>& tokens, int a, int first,
                   int last, bool body_after) {
  if (first >= last) return false;
  const Token& head = tokens[last - 1];
  const absl::string_view word = TokenText(text, head);
  if (!lexicon::IsOccupationNoun(word) && !lexicon::IsPlayingPosition(word) &&
      (head.classes & (kTitle | kTitleHead)) == 0) {
    return false;
  }
  for (int i = a; i < last; ++i) {
    if (lexicon::IsPastPostModifier(TokenText(text, tokens[i]))) return false;
  }
  bool owned = body_after && lexicon::IsDefiniteArticle(TokenText(text, tokens[a]));
  for (int i = a; i < first && !owned; ++i) owned = tokens[i].possessive;
  return owned;
}

// True when the word at `i` (before `last`) is a participle that reports only
// before "that" (lexicon::IsThatOnlyCue: "ruling") and a word other than
// "that" follows it.
bool ThatOnlyParticiple(absl::string_view text, const std::vector<Token>& tokens, int i,
                        int last) {
  return (tokens[i].cue & kCueParticiple) != 0 && i + 1 < last &&
         lexicon::IsThatOnlyCue(TokenText(text, tokens[i])) &&
         TokenText(text, tokens[i + 1]) != "that";
}

// True when token `next` may open the noun a participle qualifies: a
// capitalised word, or a lowercase one that is no preposition, connector,
// determiner, relative or pronoun.
bool OpensQualifiedNoun(absl::string_view text, const Token& next) {
  return next.kind == TokenKind::kWord &&
         (next.upper || ((next.classes & (kAffiliationPrep | kNameConnector | kDeterminer |
                                          kRelative | kOtherPronoun | kPersonPronoun)) == 0 &&
                         !lexicon::IsObjectPreposition(TokenText(text, next))));
}

// True when the word at `i` (before `last`) is such a participle
// (ThatOnlyParticiple) and a noun, not a preposition, follows it: an
// adjective ("the ruling party"; not "a judge ruling on the case").
bool AdjectiveParticiple(absl::string_view text, const std::vector<Token>& tokens, int i,
                         int last) {
  return ThatOnlyParticiple(text, tokens, i, last) && OpensQualifiedNoun(text, tokens[i + 1]);
}

// True when the word at `i` (before `last`) is such a participle
// (ThatOnlyParticiple) followed by no noun: it opens a phrase of what the
// person does ("a judge ruling on the case"), which ends the title and
// reports nothing.
bool DoingParticiple(absl::string_view text, const std::vector<Token>& tokens, int i, int last) {
  return ThatOnlyParticiple(text, tokens, i, last) && !OpensQualifiedNoun(text, tokens[i + 1]);
}

// True when a token in [first, last) is capitalised ("Sanders campaign"): a
// body so named needs no place to say which one it is.
bool RunHasCapital(const std::vector<Token>& tokens, int first, int last) {
  for (int i = first; i < last; ++i) {
    if (tokens[i].upper) return true;
  }
  return false;
}

// True for a lowercase word that names what someone is: a role noun
// (mention_internal::IsRoleNoun), a trade (lexicon::IsOccupationNoun), a noun
// of a person by age or part (lexicon::IsAgedPersonNoun: "student") or a title
// word.
bool PersonNounAt(absl::string_view text, const Token& t) {
  if (!IsWord(t) || t.upper) return false;
  const absl::string_view w = TokenText(text, t);
  return (t.classes & (kTitle | kTitleHead)) != 0 || mention_internal::IsRoleNoun(w) ||
         lexicon::IsOccupationNoun(w) || lexicon::IsAgedPersonNoun(w);
}

// The first token of a phrase of what someone is doing that follows the noun
// for what they are in title words [a, title_end): a lowercase "-ing"
// participle right after a PersonNounAt word, before a preposition, article or
// pronoun ("a student travelling with friends", "a researcher working at the
// institute"); such a phrase is no part of the title. `title_end` when there
// is none.
int DoingPhraseAfterNoun(absl::string_view text, const std::vector<Token>& tokens, int a,
                         int title_end) {
  constexpr size_t kMinParticiple = 6;  // not "thing", "king"
  const int n = static_cast<int>(tokens.size());
  for (int i = a + 1; i < title_end && i + 1 < n; ++i) {
    const Token& t = tokens[i];
    if (!IsWord(t) || t.upper || (t.classes & (kTitle | kTitleHead)) != 0) continue;
    const absl::string_view w = TokenText(text, t);
    if (w.size() < kMinParticiple || !absl::EndsWith(w, "ing")) continue;
    if (PersonNounAt(text, tokens[i - 1]) && !OpensQualifiedNoun(text, tokens[i + 1])) return i;
  }
  return title_end;
}

// The article opening a second description in an appositive opening at `a`
// (before `last`) when it names a trade at a body and the first names a part
// in a piece of work: "the", a lowercase owner's "'s" that is no kind of body
// ("the study's"), one to three lowercase words, "and", "a" or "an", one to
// three lowercase words ending in a PersonNounAt word, then an affiliation
// preposition ("the study's lead author and a geophysicist at the
// institute"); else `a`. Not a part in a body ("the group's founder and a
// lawyer at ...": the founder's post stays).
int EmployedSecondDescription(absl::string_view text, const std::vector<Token>& tokens, int a,
                              int last) {
  constexpr int kMaxDescriptionWords = 3;
  if (a + 3 >= last || TokenText(text, tokens[a]) != "the") return a;
  const Token& owner = tokens[a + 1];
  if (!IsWord(owner) || owner.upper || !tokens[a + 2].possessive ||
      (owner.classes & kOrgKind) != 0) {
    return a;
  }
  auto lower = [&](int i) { return IsWord(tokens[i]) && !tokens[i].upper; };
  int k = a + 3;
  while (k < last && k - (a + 3) < kMaxDescriptionWords && lower(k) &&
         TokenText(text, tokens[k]) != "and") {
    ++k;
  }
  if (k == a + 3 || k + 3 >= last || TokenText(text, tokens[k]) != "and") return a;
  const int article = k + 1;
  const absl::string_view w = TokenText(text, tokens[article]);
  if (w != "a" && w != "an") return a;
  int prep = article + 1;
  while (prep < last && prep - article <= kMaxDescriptionWords && lower(prep) &&
         (tokens[prep].classes & kAffiliationPrep) == 0) {
    ++prep;
  }
  if (prep == article + 1 || prep >= last || !lower(prep) ||
      (tokens[prep].classes & kAffiliationPrep) == 0 || !PersonNounAt(text, tokens[prep - 1])) {
    return a;
  }
  return article;
}

// True when the "of" at `of` follows "member" and opens the name [first, last)
// of a legislature: its head (before its own "of", else its last word) is a
// lexicon::IsLegislatureHead word with nothing before it but a country, a
// nationality or a lexicon::IsLegislatureModifier word ("House of
// Representatives", "National Assembly", "Kenyan Parliament"; not "Royal
// Opera House", "Gikomba Traders Assembly").
bool SeatInLegislature(absl::string_view text, const std::vector<Token>& tokens, int of,
                       int first, int last) {
  if (of < 1 || first >= last || TokenText(text, tokens[of]) != "of" ||
      !absl::EqualsIgnoreCase(TokenText(text, tokens[of - 1]), "member")) {
    return false;
  }
  int head = last - 1;
  for (int i = first + 1; i < last; ++i) {
    const absl::string_view w = TokenText(text, tokens[i]);
    if (w == "of" || w == "for") {
      head = i - 1;
      break;
    }
  }
  if (!lexicon::IsLegislatureHead(TokenText(text, tokens[head]))) return false;
  for (int i = first; i < head; ++i) {
    const absl::string_view w = TokenText(text, tokens[i]);
    if ((tokens[i].classes & kCountry) == 0 && !lexicon::IsNationality(w) &&
        !lexicon::IsLegislatureModifier(w)) {
      return false;
    }
  }
  return true;
}

// True when the lead verb at `verb` (before `last`) tells a standing its
// subject is ahead in, not a body it runs: a verb that may mean "is ahead"
// (lexicon::IsAheadLeadVerb: "leads") whose clause, up to its punctuation, has
// "in" before a lowercase word ("who leads the Premier League in goals") or a
// standing noun ("who leads the Diamond League standings").
bool LeadsAStanding(absl::string_view text, const std::vector<Token>& tokens, int verb,
                    int last) {
  if (!lexicon::IsAheadLeadVerb(TokenText(text, tokens[verb]))) return false;
  for (int i = verb + 1; i < last && tokens[i].kind == TokenKind::kWord; ++i) {
    const absl::string_view w = TokenText(text, tokens[i]);
    if (lexicon::IsStandingNoun(w)) return true;
    // ("who leads the party in Kenya", "in the assembly": a place or a body.)
    if (w == "in" && i + 1 < last && IsWord(tokens[i + 1]) && !tokens[i + 1].upper &&
        !lexicon::IsArticle(TokenText(text, tokens[i + 1]))) {
      return true;
    }
  }
  return false;
}

// True when token `end` (before `last`) closes a name as a verb's object:
// the sentence ends there, punctuation follows, or a lowercase preposition,
// relative or cue opens what comes next ("who heads the Forestry Unit in
// Kandy"; not "the Europe and Central Asia programme", whose name goes on).
bool ClosesObject(absl::string_view text, const std::vector<Token>& tokens, int end, int last) {
  if (end >= last || tokens[end].kind != TokenKind::kWord) return true;
  const Token& t = tokens[end];
  return !t.upper && !t.possessive && TokenText(text, t) != "and" &&
         ((t.classes & (kAffiliationPrep | kRelative | kCue)) != 0 ||
          lexicon::IsObjectPreposition(TokenText(text, t)));
}

// The body a lead verb's object names in lowercase from token `k` (before
// `last`) as [first, last) of the pair, else an empty pair: past "the" and an
// owner's 's of up to three lowercase words ("the council's"; no body without
// an owner), two to five lowercase words, the first no describing adjective
// (lexicon::IsDescribingAdjective), "and" only between two of them, ending in
// a kind of organisation, a body noun or a lexicon::IsPostBodyHead word where
// the object closes (ClosesObject): "transport and harbours committee" in "who
// chairs the council's transport and harbours committee"; not "the board",
// "the family business", "the city's largest food bank".
std::pair<int, int> LowercaseLedBody(absl::string_view text, const std::vector<Token>& tokens,
                                     int k, int last) {
  constexpr int kMaxLedBodyWords = 5;
  auto lower = [&](int i) {
    return i < last && tokens[i].kind == TokenKind::kWord && !tokens[i].upper &&
           !tokens[i].all_caps;
  };
  const int det = k < last && lexicon::IsDefiniteArticle(TokenText(text, tokens[k])) ? k + 1 : k;
  int first = det;
  for (int j = det; lower(j) && j - det < 3; ++j) {
    if (tokens[j].possessive) {
      first = j + 1;
      break;
    }
  }
  if (first == det || !lower(first) ||
      lexicon::IsDescribingAdjective(TokenText(text, tokens[first]))) {
    return {0, 0};
  }
  int end = first;
  while (lower(end) && !tokens[end].possessive && end - first < kMaxLedBodyWords) {
    const absl::string_view w = TokenText(text, tokens[end]);
    const bool joins = w == "and" && end > first && lower(end + 1);
    // (A body's noun may also name a speaker: "committee", "board".)
    if (!joins && (tokens[end].classes & (kNotTitleWord & ~(kCue | kSpeakerNoun))) != 0) break;
    ++end;
  }
  if (end - first < 2 || !ClosesObject(text, tokens, end, last)) return {0, 0};
  const absl::string_view head = TokenText(text, tokens[end - 1]);
  const bool body = (tokens[end - 1].classes & kOrgKind) != 0 || lexicon::IsBodyNoun(head) ||
                    lexicon::IsPostBodyHead(head);
  return body ? std::make_pair(first, end) : std::make_pair(0, 0);
}

// The body a lead verb's object names without an owner from token `k` (before
// `last`) as [first, last) of the pair, else an empty pair: "the", up to one
// capitalised modifier, one to three lowercase words (a plural's apostrophe
// after one: "operators'") ending in a group's or a public body's kind
// (kOrgKindGroup, kOrgKindPublic) where the object closes: "Dalmatian boat
// operators' association" in "who heads the Dalmatian boat operators'
// association,", "taxi drivers' union"; not "the board" (a kind alone), "the
// family business" (a business), "the team" (no kind).
std::pair<int, int> UnownedLedBody(absl::string_view text, const std::vector<Token>& tokens,
                                   int k, int last) {
  constexpr int kMaxModifiers = 3;
  if (k + 2 >= last || !lexicon::IsDefiniteArticle(TokenText(text, tokens[k]))) return {0, 0};
  const int first = k + 1;
  int end = first;
  if (IsWord(tokens[end]) && tokens[end].upper && !tokens[end].possessive) ++end;
  int words = 0;
  while (end < last && words <= kMaxModifiers && IsWord(tokens[end]) && !tokens[end].upper &&
         !tokens[end].all_caps && !tokens[end].possessive &&
         (tokens[end].classes & (kNotTitleWord & ~(kCue | kSpeakerNoun | kOrgKind))) == 0) {
    ++end;
    ++words;
    if ((tokens[end - 1].classes & (kOrgKindGroup | kOrgKindPublic)) != 0) break;
    if (end < last && mention_internal::PluralApostrophe(text, tokens, end)) ++end;
  }
  if (words < 2 || (tokens[end - 1].classes & (kOrgKindGroup | kOrgKindPublic)) == 0 ||
      !ClosesObject(text, tokens, end, last)) {
    return {0, 0};
  }
  return {first, end};
}

// True for a lowercase word inside a name a lexicon::IsForeignInstitutionHead
// word opens ("primaire" in "Ecole primaire des Pins"): a plain word, no
// preposition, cue, relative, determiner, time word or pronoun of English.
bool ForeignNameWord(const Token& t) {
  return t.kind == TokenKind::kWord && !t.upper && !t.possessive &&
         (t.classes & (kAffiliationPrep | kCue | kRelative | kDeterminer | kTimeWord |
                       kPersonPronoun | kOtherPronoun)) == 0;
}

// True when one or more capitalised words from token `i` (before `e`) run to
// a possessive ("Guild" and its "'s" in "Nurses' Guild's").
bool NamePossessiveAfter(const std::vector<Token>& tokens, int i, int e) {
  for (int n = i; n < e && n - i < mention_internal::kMaxNameTokens; ++n) {
    const Token& t = tokens[n];
    if (t.possessive) return n > i;
    if (t.kind != TokenKind::kWord || !t.upper) return false;
  }
  return false;
}

}  // namespace

namespace mention_internal {

bool PluralApostrophe(absl::string_view text, const std::vector<Token>& tokens, int i) {
  if (i < 1 || i + 1 >= static_cast<int>(tokens.size())) return false;
  const Token& t = tokens[i];
  return (t.quote == QuoteMark::kSingleClose || t.quote == QuoteMark::kSingleEither) &&
         !t.space_before && tokens[i + 1].space_before &&
         absl::EndsWith(TokenText(text, tokens[i - 1]), "s");
}

int AfterAge(absl::string_view text, const std::vector<Token>& tokens, int first, int last) {
  constexpr int kMaxAgeTokens = 3;  // "21", "-", "year-old"
  for (int i = first; i < last && i - first < kMaxAgeTokens; ++i) {
    const absl::string_view w = TokenText(text, tokens[i]);
    if (absl::EndsWith(w, "year-old") || absl::EndsWith(w, "years-old")) return i + 1;
  }
  return first;
}

bool LowercaseBodyRun(absl::string_view text, const std::vector<Token>& tokens, int first,
                      int last) {
  constexpr int kMaxBodyRunWords = 4;
  if (last - first < 2 || last - first > kMaxBodyRunWords) return false;
  const Token& kind = tokens[last - 1];
  if (!IsWord(kind) || kind.upper ||
      ((kind.classes & kOrgKind) == 0 && !lexicon::IsBodyNoun(TokenText(text, kind)) &&
       !lexicon::IsPostBodyHead(TokenText(text, kind)))) {
    return false;
  }
  bool lowercase = false;  // capitalised words come first, then lowercase ones
  for (int i = first; i + 1 < last; ++i) {
    const Token& t = tokens[i];
    // ("the Quinchao workers' union": an owner's plural apostrophe after a
    // lowercase word, which may be a speaking noun.)
    if (lowercase && PluralApostrophe(text, tokens, i)) continue;
    if (!IsWord(t) || (t.upper && lowercase)) return false;
    if (t.upper) continue;
    lowercase = true;
    if (PluralApostrophe(text, tokens, i + 1)) continue;
    // (A cue word before the kind is a noun: "the forecast centre".)
    if ((t.classes & ((kNotTitleWord & ~kCue) | kOrgKind)) != 0 &&
        !AdjectiveParticiple(text, tokens, i, last)) {
      return false;
    }
  }
  return true;
}

}  // namespace mention_internal

void MentionFinder::ReadAppositive(const Sentence& s, int index) {
  int comma =
      mentions_[index].last + (IsPunct(tokens_[mentions_[index].last], '(') ? 3 : 0);
  if ((tokens_[comma].classes & kPostNominal) != 0) ++comma;  // "Jo Lee MP, a ..."
  int a = comma + 1;
  if (a >= s.last) return;
  // "Jim Bennett, 57, told": an age.
  if (tokens_[a].kind == TokenKind::kNumber && a + 1 < s.last &&
      IsPunct(tokens_[a + 1], ',')) {
    mentions_[index].appositive_end = a + 1;
    by_appositive_[a + 1] = index;
    // "Margaret Hughes, 71, a retired nurse from Leeds, said": a title follows;
    // "Petrus Nangolo, 47, who chairs ...": a relative clause.
    const absl::string_view next =
        a + 2 < s.last ? TokenText(text_, tokens_[a + 2]) : absl::string_view();
    if (!lexicon::IsArticle(next) && next != "who") return;
    a += 2;
  }
  // "AG Lynch, and Principal Deputy Assistant AG Vanita Gupta", "Sanders, and
  // you'll be on board": a conjunction opens the next item, not a description.
  if (const absl::string_view w = TokenText(text_, tokens_[a]);
      w == "and" || w == "or" || w == "but" || w == "nor") {
    return;
  }
  // "Critics, however, say": no appositive.
  if ((tokens_[a].classes & (kRelative | kPersonPronoun | kOtherPronoun | kCue |
                             kSentenceAdverb)) != 0) {
    // "Anne-Marie Dubois, who heads the WHO's vaccine programme,": where she works.
    if (TokenText(text_, tokens_[a]) == "who" && a + 1 < s.last &&
        (tokens_[a + 1].classes & kLeadVerb) != 0) {
      // ("who leads the league in goals": a standing, no post and no body.)
      if (LeadsAStanding(text_, tokens_, a + 1, s.last)) return;
      Entity& entity = entities_[mentions_[index].entity];
      std::string org = LedOrganization(s, a + 2);
      // ("who chairs the council's transport and harbours committee": a body
      // named in lowercase when no name is.)
      if (const auto [bf, bl] = LowercaseLedBody(text_, tokens_, a + 2, s.last);
          org.empty() && bl > bf) {
        org = Text(bf, bl);
      }
      // ("who heads the Dalmatian boat operators' association": one with no owner.)
      if (const auto [bf, bl] = UnownedLedBody(text_, tokens_, a + 2, s.last);
          org.empty() && bl > bf) {
        org = Text(bf, bl);
      }
      // ("who chairs the tenants' committee": the chair of it.)
      if (const absl::string_view post = lexicon::PostOfLeadVerb(TokenText(text_, tokens_[a + 1]));
          !org.empty() && !post.empty() && entity.title.empty()) {
        entity.title = std::string(post);
        entity.appositive_title = true;
      }
      if (entity.affiliation.empty() && org != entity.name) entity.affiliation = std::move(org);
    } else if (TokenText(text_, tokens_[a]) == "who" && a + 1 < s.last &&
               lexicon::IsRepresentVerb(TokenText(text_, tokens_[a + 1]))) {
      // "Inga Rendall, who represents the South Isles,": where she sits for.
      Entity& entity = entities_[mentions_[index].entity];
      // ("who represents the Unite union": a body, as after "who heads".)
      std::string seat = RepresentedName(s, a + 2);
      if (seat.empty()) seat = LedOrganization(s, a + 2);
      if (entity.affiliation.empty() && seat != entity.name) entity.affiliation = std::move(seat);
    } else if (TokenText(text_, tokens_[a]) == "who" && a + 1 < s.last &&
               lexicon::IsWorkPlaceVerb(TokenText(text_, tokens_[a + 1]))) {
      // "Melissa Grant, who studies ocean microbes at the Woods Hole
      // Oceanographic Institution": the organisation after "at".
      WorkPlace(s, a + 2, index);
    }
    return;
  }
  // "Kim Lee, the study's lead author and a geophysicist at the institute,":
  // the trade at a body says who someone is; the part in the study does not.
  a = EmployedSecondDescription(text_, tokens_, a, s.last);
  const Token& first = tokens_[a];
  if (first.kind != TokenKind::kWord) return;
  // "Ségolène Royal, alluded to ..., saying": a verb after the comma gives no title
  // (the comma closing it still ends the name's phrase for a participle); nor
  // does a participle taking an object ("fell 4% in Frankfurt, valuing the
  // group at €14bn": Frankfurt is no group).
  const absl::string_view first_word = TokenText(text_, first);
  const bool verb_first =
      !first.upper && (first.classes & (kTitle | kTitleHead | kTitleModifier | kDeterminer)) == 0 &&
      (absl::EndsWith(first_word, "ed") ||
       (absl::EndsWith(first_word, "ing") && a + 1 < s.last &&
        (tokens_[a + 1].classes & kDeterminer) != 0));
  // "Jenna Golden, Twitter’s director of political advertising,": allowed.
  // ("Martin Kettle, Tolland Water's chief executive,": an owner of two or
  // more words.)
  const bool possessive_org =
      first.upper && a + 1 < s.last &&
      (tokens_[a + 1].possessive ||
       (tokens_[a + 1].quote == QuoteMark::kSingleClose && !tokens_[a + 1].space_before) ||
       OwnerNameEnd(a, std::min(s.last, a + kMaxNameTokens)) > a);
  if (first.upper && !possessive_org &&
      (first.classes & (kTitle | kTitleModifier | kDeterminer)) == 0) {
    return;
  }
  // "Portsmouth, Senator Bernie Sanders endorsed": a titled name, no appositive.
  if (first.upper && !possessive_org && a + 1 < s.last && IsNameToken(a + 1) &&
      (tokens_[a + 1].classes & (kTitle | kOrgWord | kAffiliationPrep)) == 0) {
    return;
  }
  int e = a;
  bool has_head = false;
  // "a researcher at the Elcano Royal Institute who studies crime": a relative
  // clause ends the title and affiliation (the appositive still ends at the comma);
  // so does a second description after "and" ("a statistician at the NCHS and the
  // report's lead author").
  int clause = -1;
  bool relative = false;  // the clause opens with "who", "which", ...
  while (e < s.last && e - a < kMaxAppositiveTokens) {
    const Token& t = tokens_[e];
    // "host of MSNBC’s “Morning Joe,”": a quoted title inside the appositive.
    const bool quoted_title =
        t.kind == TokenKind::kQuote && e > a &&
        (t.space_before ? e + 1 < s.last && tokens_[e + 1].upper : tokens_[e - 1].upper);
    // ("the shopworkers' union": a straight one after a plural too.)
    const bool apostrophe =
        !t.space_before &&
        (t.quote == QuoteMark::kSingleClose ||
         (t.quote == QuoteMark::kSingleEither && e > a && tokens_[e - 1].kind == TokenKind::kWord &&
          absl::EndsWith(TokenText(text_, tokens_[e - 1]), "s")));
    if (IsPunct(t, ',') || IsPunct(t, '.') || IsPunct(t, ';') ||
        (t.kind == TokenKind::kQuote && !apostrophe && !quoted_title) || t.punct == 'D') {
      break;
    }
    // "the report's lead author": a cue word before 's is a noun, not a verb.
    const bool owner = e + 1 < s.last && tokens_[e + 1].possessive;
    // ("a law professor at Georgetown University who has written about
    // platform competition,": a cue inside a relative clause is the clause's.)
    const bool cue_verb = (t.classes & kCue) != 0 && !t.upper && !owner && !relative;
    // ("a judge ruling on the case": a phrase of what the person does ends
    // the title.)
    const bool doing = e > a + 1 && DoingParticiple(text_, tokens_, e, s.last);
    // ("director of the forecast centre": a cue word after an article is a noun.)
    // ("a candidate for the ruling party Rewmi": a participle that reports only
    // before "that" is an adjective here.)
    if (cue_verb && !doing && !(e > a && lexicon::IsArticle(TokenText(text_, tokens_[e - 1]))) &&
        !AdjectiveParticiple(text_, tokens_, e, s.last)) {
      return;
    }
    if (clause < 0 && e > a + 1 && !t.upper &&
        ((t.classes & kRelative) != 0 || TokenText(text_, t) == "that" || doing ||
         SecondDescriptionAt(e, s.last))) {
      clause = e;
      relative = (t.classes & kRelative) != 0;
    }
    if (clause < 0 && (t.classes & kTitleHead) != 0) has_head = true;
    ++e;
  }
  // ("a postdoctoral fellow at Brandeis University who spends about 60 hours
  // a week ...": a relative clause too long to see its end still ends the
  // description; the appositive then closes at no comma.)
  if (e - a >= kMaxAppositiveTokens && clause >= 0) e = clause;
  if (e == a || e - a >= kMaxAppositiveTokens) return;
  // The end of the title and affiliation: before a relative clause or a place
  // closing the description ("a historian at Johns Hopkins University's School of
  // Advanced International Studies in Bologna", "a public health nurse in Cork").
  const int described_end = clause >= 0 ? clause : e;
  int end = PlaceAtEnd(a, described_end);
  // "a hydrologist at the National Autonomous University of Mexico (UNAM),": the
  // acronym in brackets closes the name; it is no part of the title or affiliation.
  if (end - 3 > a && IsPunct(tokens_[end - 3], '(') && IsAcronym(end - 2) &&
      IsPunct(tokens_[end - 1], ')')) {
    end -= 3;
  }
  // Split "former chief of international operations at the DEA" at the first
  // preposition followed by nothing but a name ("at the University of Seville").
  int title_end = end, affiliation_first = -1;
  int affiliation_entity = -1;  // "a surgeon at the hospital": the one named before
  bool unnamed_body = false;    // the affiliation is a body named in lowercase
  bool home_town = false;       // "a salesman from Sumter": a title, no affiliation
  // "Leanne Shaw, of Greater Manchester Police,": the appositive may open with it.
  const bool opens_with_prep = (first.classes & kAffiliationPrep) != 0 && !first.upper;
  for (int p = opens_with_prep ? a : a + 1;
       p + 1 < end && affiliation_first < 0 && affiliation_entity < 0; ++p) {
    // ("the member for Eastwood": a seat, no employer.)
    // ("a partner in Deloitte's Sports Business Group": "in" after a post
    // before a name; a place closing the appositive is cut off before.)
    const bool in_post = TokenText(text_, tokens_[p]) == "in" &&
                         (tokens_[p - 1].classes & (kTitle | kTitleHead)) != 0 &&
                         tokens_[p + 1].upper;
    // ("a nurse in Kenya's Rift Valley": a place the cut-off missed, named
    // by no organisation's word, ends the title and is no employer.)
    if (in_post && !RunHasOrgWord(p + 1, end) && !OrgHeadAt(end - 1) &&
        !KnownOrganization(end - 1)) {
      title_end = p;
      home_town = true;
      break;
    }
    if (((tokens_[p].classes & kAffiliationPrep) == 0 && !in_post) || tokens_[p].upper ||
        SeatAt(p - 1)) {
      continue;
    }
    int q = p + 1;
    if (TokenText(text_, tokens_[q]) == "the" && q + 1 < end) ++q;
    if (q == p + 2 && q + 1 == end) {
      if (const int org = ResolveDescription(q); org >= 0) {
        title_end = p;
        affiliation_entity = org;
        continue;
      }
    }
    // "mayor of Saaremaa municipality", "director of the forecast centre": a
    // post at a body named in lowercase.
    if ((tokens_[p - 1].classes & (kTitle | kTitleHead)) != 0 && mention_internal::LowercaseBodyRun(text_, tokens_, q, end)) {
      title_end = p;
      affiliation_first = q;
      unnamed_body = true;
      continue;
    }
    // ("chair of the council's transport and harbours committee": one after
    // an owner's 's, as a lead verb's object is read.)
    if (const auto [bf, bl] = LowercaseLedBody(text_, tokens_, p + 1, end);
        bl == end && bf > q &&
        ((tokens_[p - 1].classes & (kTitle | kTitleHead)) != 0 ||
         HasAgentSuffix(TokenText(text_, tokens_[p - 1])))) {
      title_end = p;
      affiliation_first = bf;
      unnamed_body = true;
      continue;
    }
    int kind = -1;  // "at Singapore forwarder Kestrel Logistics": the name follows it
    // "of the conservative advocacy group Citizens United", "of the nonpartisan
    // Congressional Budget Office": up to three lowercase words after "the".
    if (q == p + 2) {
      // ("of the German offshore wind association BWO": a nationality first;
      // "of the Bodø-based stockfish exporter Lofotfisk AS": a place compound.)
      const absl::string_view opener = TokenText(text_, tokens_[q]);
      const int lower = q + 1 < end &&
                                (lexicon::IsNationality(opener) || lexicon::IsPlaceCompound(opener)) &&
                                !tokens_[q + 1].upper
                            ? q + 1
                            : q;
      int r = lower;
      // ("of the shepherds' association Pastori Uniti Sardegna", "of the
      // fishermen's cooperative ...": an owner's apostrophe among them.)
      while (r < end && r - lower < 3 &&
             ((IsWord(tokens_[r]) && !tokens_[r].upper &&
               ((tokens_[r].classes & (kAffiliationPrep | kRelative | kCue | kDeterminer |
                                       kNameConnector | kTimeWord)) == 0 ||
                AdjectiveParticiple(text_, tokens_, r, end))) ||
              (r > lower && (tokens_[r].possessive ||
                             mention_internal::PluralApostrophe(text_, tokens_, r))))) {
        ++r;
      }
      if (r > lower && r < end && (tokens_[r].upper || tokens_[r].all_caps)) kind = r - 1;
    } else if (q + 1 < end && IsWord(tokens_[q]) && !tokens_[q].upper &&
               tokens_[q + 1].upper &&
               ((tokens_[q].classes & kOrgKind) != 0 ||
                lexicon::IsBusinessBeforeName(TokenText(text_, tokens_[q])))) {
      kind = q;  // "at broker Peel Hunt", "at insurer Aviva"
    }
    // ("president of the Allied Nurses union": after a post, a name may end in
    // its kind or a number; not "particularly in the closing days of the Iowa
    // campaign".)
    // (So may one the appositive opens with: ", of the opposition Taxawu
    // coalition,".)
    const int tail_first =
        (tokens_[p - 1].classes & (kTitle | kTitleHead)) != 0 || (opens_with_prep && p == a)
            ? q
            : end;
    bool name = kind >= 0 || tokens_[q].upper || tokens_[q].all_caps;
    const bool foreign = kind < 0 && lexicon::IsForeignInstitutionHead(TokenText(text_, tokens_[q]));
    for (int i = kind >= 0 ? kind + 2 : q + 1; i < end && name; ++i) {
      const Token& t = tokens_[i];
      if (kind < 0 && IsWord(t) && !t.upper && (t.classes & kOrgKind) != 0 && i + 1 < end &&
          tokens_[i + 1].upper) {
        kind = i;
        continue;
      }
      // ("the Football Supporters' Association": a plural's apostrophe.)
      name = t.upper || t.all_caps || t.possessive || IsPunct(t, '&') ||
             (i + 1 == end && NameTailAt(i, tail_first)) ||
             (t.kind == TokenKind::kQuote && !t.space_before && i + 1 < end &&
              tokens_[i + 1].upper && absl::EndsWith(TokenText(text_, tokens_[i - 1]), "s")) ||
             ((t.classes & (kNameConnector | kAffiliationPrep)) != 0 && !t.upper) ||
             (foreign && ForeignNameWord(t));
    }
    name = name &&
           (tokens_[end - 1].upper || tokens_[end - 1].all_caps || NameTailAt(end - 1, tail_first));
    if (name && TokenText(text_, tokens_[p]) == "from" && kind < 0 && !RunHasOrgWord(q, end) &&
        !OrgHeadAt(end - 1) && !KnownOrganization(end - 1)) {
      title_end = p;  // "a three-term congresswoman from Tucson": a home town
      home_town = true;
      break;
    }
    if (name) {
      title_end = p;
      affiliation_first = kind >= 0 ? kind + 1 : q;
      // "at Bogota-based Andina Valores": the place compound is no part of it.
      if (affiliation_first + 1 < end &&
          lexicon::IsPlaceCompound(TokenText(text_, tokens_[affiliation_first]))) {
        ++affiliation_first;
      }
    }
  }
  // ("a student travelling with friends": the title ends before what the
  // person is doing.)
  title_end = DoingPhraseAfterNoun(text_, tokens_, a, title_end);
  Mention& m = mentions_[index];
  Entity& entity = entities_[m.entity];
  if (verb_first) {
    // Only for a name opening its clause ("leader, Marine Le Pen, voiced ...,
    // saying"), not an object ("who backs Trump, trashed ..., calling").
    const int start = m.start();
    const Token& before = tokens_[start > s.first ? start - 1 : start];
    const bool opens = start == s.first || before.kind != TokenKind::kWord || before.upper;
    if (opens && e < s.last && IsPunct(tokens_[e], ',')) {
      m.appositive_end = e;
      by_appositive_[e] = index;
    }
    return;
  }
  // "Kestrel Telecom, Europe's sixth-largest mobile operator,": an
  // organisation's appositive says what it is, never a title.
  if (m.kind == MentionKind::kOrganization) {
    if (const int kind = first.upper ? -1 : OrgKindHead(a, e); kind >= 0) AddKind(m.entity, kind);
    if (e < s.last && IsPunct(tokens_[e], ',')) {
      m.appositive_end = e;
      by_appositive_[e] = index;
    }
    return;
  }
  // "Harbor Watch, a local advocacy group,": the name is an organisation's;
  // so is one ranked by size ("the country's third-largest brewer"), also
  // after a capitalised owner ("Okavango Wilderness Lodges, Botswana's
  // largest listed safari operator,", "Berenberg, Germany's largest private
  // bank,").
  // (Not after a name joined by "of": "Holger Schmieding of Berenberg,
  // Germany's largest private bank," describes the bank.)
  if (const int described =
          first.upper ? (possessive_org && !RunHasLowercase(m.first, m.last) ? AfterOwner(a, e) : -1)
                      : a;
      described >= 0) {
    if (const int kind = OrgKindHead(described, e);
        kind >= 0 ||
        (SizeRankedBody(described, e) && !mention_internal::ShowsAPerson(entity))) {
      entity.type = v1::SOURCE_TYPE_ORGANIZATION;
      if (kind >= 0) AddKind(m.entity, kind);
      if (e < s.last && IsPunct(tokens_[e], ',')) {
        m.appositive_end = e;
        by_appositive_[e] = index;
      }
      return;
    }
  }
  // "a pharmacist in Leicester": the title ends before a place it is in.
  if (!has_head && affiliation_first < 0) {
    for (int p = a + 2; p < title_end; ++p) {
      const Token& t = tokens_[p];
      if (t.kind != TokenKind::kWord || t.upper || TokenText(text_, t) != "in") continue;
      const Token& before = tokens_[p - 1];
      if (before.kind == TokenKind::kWord && !before.upper &&
          HasAgentSuffix(TokenText(text_, before))) {
        title_end = p;
      }
      break;
    }
  }
  // "a retired marine biologist": a noun for what someone does heads the title.
  const Token& last_word = tokens_[title_end - 1];
  if (!has_head && title_end - a <= 4 && last_word.kind == TokenKind::kWord &&
      !last_word.upper && (last_word.classes & (kFiller | kCue | kTimeWord)) == 0 &&
      mention_internal::IsRoleNoun(TokenText(text_, last_word))) {
    has_head = true;
  }
  // "Doris Kemp, 80, a retired postmistress,": a short "a ..." description of
  // plain lowercase words names what someone is.
  const absl::string_view article = TokenText(text_, first);
  if (!has_head && (article == "a" || article == "an") && title_end - a >= 2 &&
      title_end - a <= 4) {
    bool plain = true;
    for (int i = a + 1; i < title_end; ++i) {
      const Token& t = tokens_[i];
      // "a Navy veteran": a capitalised modifier, not the head.
      plain = plain && t.kind == TokenKind::kWord && (!t.upper || i + 1 < title_end) &&
              !t.possessive && (t.classes & (kNotTitleWord & ~kDeterminer)) == 0;
    }
    has_head = plain;
  }
  // "a hydrologist at the University of Seville": a role at an organisation.
  if (!has_head &&
      ((affiliation_first < 0 && affiliation_entity < 0 && !home_town) || first.upper)) {
    return;
  }
  // "a Democrat from Tucson", "a Republican": a party or people and a home town,
  // no title.
  if ((article == "a" || article == "an") && title_end == a + 2 && tokens_[a + 1].upper &&
      !tokens_[a + 1].all_caps && (tokens_[a + 1].classes & (kTitle | kTitleHead)) == 0) {
    if (e < s.last && IsPunct(tokens_[e], ',')) {
      m.appositive_end = e;
      by_appositive_[e] = index;
    }
    return;
  }
  // "an opposition member of the House of Representatives": a seat in a
  // legislature keeps the legislature in the title.
  if (affiliation_first >= 0 && SeatInLegislature(text_, tokens_, title_end, affiliation_first, end)) {
    title_end = end;
  }
  int title_first = a;
  // ("Ana Ruiz, herself a former nurse,": the pronoun is no title word.)
  if (lexicon::IsReflexivePronoun(TokenText(text_, tokens_[a]))) ++title_first;
  while (title_first < title_end && lexicon::IsArticle(TokenText(text_, tokens_[title_first]))) {
    ++title_first;
  }
  if (const int after = PossessiveAffiliation(a, title_end, &entity); after != a) {
    title_first = after;
  }
  // ("Reyes, a 21-year-old from Tarlac,": an age alone is no title.)
  title_first = mention_internal::AfterAge(text_, tokens_, title_first, title_end);
  // "Klein, an influential activist," after "Morton Klein, president of ...": the
  // first description stays; so does an office held before the name ("Sen. Dale
  // Hoskins of Kingman, the bill's sponsor,", "Rep. Luisa Ortega ... Ortega, a
  // three-term congresswoman"), unless the appositive names a post at an
  // organisation ("Sen. Jon Tester, chairman of the Democratic Senatorial Campaign
  // Committee"); so does a role written before the name ("Rovers coach Sam
  // Hill ... Hill, a former teacher,"), unless the appositive names a post held
  // now ("Hill, the new manager of Town,": NamesHeldPost).
  const bool post_at_org = affiliation_entity >= 0 ||
                           (affiliation_first >= 0 && RunHasOrgWord(affiliation_first, end));
  const bool held_post = EndsInRoleNoun(entity.title) &&
                         NamesHeldPost(text_, tokens_, a, title_first, title_end,
                                       affiliation_first >= 0);
  if (title_first < title_end && !entity.appositive_title &&
      (post_at_org || held_post ||
       !(NamesOffice(entity.title) || EndsInRoleNoun(entity.title)))) {
    entity.title = Text(title_first, title_end);
    entity.appositive_title = true;
  }
  // "at the University of California, Davis,": a campus after the comma.
  int affiliation_end = end;
  // "superintendent of the district hospital in Bhadrak": a body named in
  // lowercase keeps the place that tells which one it is.
  if (unnamed_body && end < described_end && TokenText(text_, tokens_[end]) == "in" &&
      !RunHasCapital(tokens_, affiliation_first, end)) {
    affiliation_end = described_end;
  }
  if (const int campus =
          affiliation_first >= 0 && end == e ? CampusEnd(affiliation_first, e, s.last) : -1;
      campus > e) {
    e = affiliation_end = campus;
  }
  if (affiliation_first >= 0 && entity.affiliation.empty()) {
    entity.affiliation = UnitOwner(affiliation_first, affiliation_end);
    if (entity.affiliation.empty()) entity.affiliation = Text(affiliation_first, affiliation_end);
    // "Deloitte said ...", then "a partner at Deloitte": a lone word taken for a
    // person is where someone works, an organisation.
    if (auto it = by_name_.find(entity.affiliation);
        affiliation_end - affiliation_first == 1 && it != by_name_.end()) {
      Entity& org = entities_[it->second];
      if (org.type == v1::SOURCE_TYPE_PERSON && org.name == entity.affiliation &&
          org.title.empty() && org.gender == 0 && org.aliases.empty()) {
        org.type = v1::SOURCE_TYPE_ORGANIZATION;
      }
    }
  } else if (affiliation_entity >= 0 && entity.affiliation.empty()) {
    entity.affiliation = entities_[affiliation_entity].name;
  } else if (article == "the" && entity.affiliation.empty()) {
    // "the Plaid Cymru health spokesperson": the name before the title words.
    if (const int name_end = NameBeforeTitle(title_first, title_end); name_end > title_first) {
      entity.affiliation = Text(title_first, name_end);
    }
  }
  if (e < s.last && IsPunct(tokens_[e], ',')) {
    m.appositive_end = e;
    by_appositive_[e] = index;
  }
}

bool MentionFinder::SizeRankedBody(int a, int e) const {
  for (int i = a; i + 1 < e; ++i) {
    const Token& t = tokens_[i];
    if (!IsWord(t) || t.upper) continue;
    if ((t.classes & (kAffiliationPrep | kRelative | kCue)) != 0) return false;
    if (!lexicon::IsSizeSuperlative(TokenText(text_, t))) continue;
    // The noun phrase's last lowercase word, past up to kMaxRankedModifiers.
    int head = i + 1;
    while (head + 1 < e && head - i <= kMaxRankedModifiers && PlainLowercase(head) &&
           PlainLowercase(head + 1)) {
      ++head;
    }
    const Token& h = tokens_[head];
    return IsWord(h) && !h.upper &&
           ((h.classes & kOrgKind) != 0 || lexicon::IsBodyNoun(TokenText(text_, h)));
  }
  return false;
}

bool MentionFinder::PlainLowercase(int k) const {
  const Token& t = tokens_[k];
  return IsWord(t) && !t.upper && !t.possessive &&
         (t.classes & (kAffiliationPrep | kRelative | kCue | kNameConnector)) == 0;
}

bool MentionFinder::RunHasLowercase(int first, int last) const {
  for (int i = first; i < last; ++i) {
    if (IsWord(tokens_[i]) && !tokens_[i].upper && !tokens_[i].all_caps) return true;
  }
  return false;
}

int MentionFinder::AfterOwner(int a, int e) const {
  for (int i = a + 1; i < e && i - a <= kMaxNameTokens; ++i) {
    const Token& t = tokens_[i];
    if (t.possessive || (t.quote == QuoteMark::kSingleClose && !t.space_before)) return i + 1;
    if (!IsWord(t)) return -1;
  }
  return -1;
}

bool MentionFinder::NameTailAt(int i, int first) const {
  if (i <= first || !tokens_[i - 1].upper) return false;
  const Token& t = tokens_[i];
  return t.kind == TokenKind::kNumber ||
         (IsWord(t) && !t.upper && (t.classes & kOrgKind) != 0);
}

int MentionFinder::OwnerNameEnd(int first, int e) const {
  auto capitalised = [&](int i) {
    return IsWord(tokens_[i]) && (tokens_[i].upper || tokens_[i].all_caps) &&
           quote_depth_[i] == 0;
  };
  if (first >= e || !capitalised(first)) return -1;
  int i = first + 1;
  int words = 1;
  while (i < e && i - first < kMaxNameTokens) {
    if (capitalised(i)) {
      ++i;
      ++words;
      continue;
    }
    // "the Nova Scotia Nurses' Guild's": a plural's apostrophe inside a name
    // that goes on to its own possessive.
    if (mention_internal::PluralApostrophe(text_, tokens_, i) &&
        NamePossessiveAfter(tokens_, i + 1, e)) {
      ++i;
      continue;
    }
    // "March of Dimes", "Hygiene & Tropical Medicine".
    const bool connector = (IsWord(tokens_[i]) && !tokens_[i].upper &&
                            (tokens_[i].classes & kNameConnector) != 0) ||
                           IsPunct(tokens_[i], '&');
    if (!connector || i + 1 >= e || !capitalised(i + 1)) break;
    ++i;
  }
  if (words < 2 || i + 1 >= e) return -1;
  return tokens_[i].possessive || mention_internal::PluralApostrophe(text_, tokens_, i) ? i : -1;
}

int MentionFinder::PossessiveAffiliation(int a, int e, Entity* entity) const {
  const absl::string_view w = TokenText(text_, tokens_[a]);
  const int owner_token = (w == "the" || w == "The") ? a + 1 : a;
  // "the Interior Department's assistant secretary", "the March of Dimes' chief
  // medical officer": an owner named in two or more words.
  // (Not a person's: "Gov. Laura Whitfield's chief of staff" is titled "chief of
  // staff" and works for no organisation.)
  if (const int poss = OwnerNameEnd(owner_token, e); poss > owner_token) {
    std::string name = Text(owner_token, poss);
    auto it = by_name_.find(name);
    bool org = RunHasOrgWord(owner_token, poss) || OrgHeadAt(poss - 1);
    for (int i = owner_token; i < poss; ++i) org = org || !tokens_[i].upper;  // "of", "&"
    if (it != by_name_.end()) {
      org = entities_[it->second].type == v1::SOURCE_TYPE_ORGANIZATION;
      name = entities_[it->second].name;
    }
    if (org && entity->affiliation.empty()) entity->affiliation = std::move(name);
    return poss + 1;
  }
  if (owner_token + 2 < e && owner_token == a + 1 && !tokens_[owner_token + 1].possessive) {
    return LongPossessiveAffiliation(a, e, entity);
  }
  if (owner_token + 2 >= e || !tokens_[owner_token + 1].possessive) return a;
  const Token& owner = tokens_[owner_token];
  if (owner.upper || owner.all_caps) {
    // "the WHO's regional director", "Twitter's director of advertising".
    std::string name(TokenText(text_, owner));
    if (auto it = by_name_.find(name); it != by_name_.end()) name = entities_[it->second].name;
    if (entity->affiliation.empty()) entity->affiliation = name;
    return owner_token + 2;
  }
  // "the agency's chief executive": the agency named earlier.
  if (owner_token == a) return a;
  // (Not named before: "the union's general secretary" is still titled "general
  // secretary".)
  const int org = ResolveDescription(owner_token);
  // ("the president's deputy national security adviser": a person's title owns
  // the post; the title is the post; so does a place: "the city's water
  // director".)
  if (org < 0) {
    return (tokens_[owner_token].classes & (kOrgKind | kTitle | kTitleHead)) != 0 ||
                   lexicon::IsJurisdictionNoun(TokenText(text_, tokens_[owner_token]))
               ? owner_token + 2
               : a;
  }
  if (entity->affiliation.empty()) entity->affiliation = entities_[org].name;
  return owner_token + 2;
}

int MentionFinder::LongPossessiveAffiliation(int a, int e, Entity* entity) const {
  // "the Russian foreign ministry's spokeswoman": up to three words and an
  // organisation kind before the 's.
  int poss = -1;
  bool named = false;
  for (int i = a + 1; i < e && i <= a + 4; ++i) {
    const Token& t = tokens_[i];
    if (t.possessive) {
      poss = i;
      break;
    }
    if (!IsWord(t) || (t.classes & (kCue | kAffiliationPrep | kRelative)) != 0) return a;
    named = named || t.upper;
  }
  if (poss < a + 3 || poss + 1 >= e) return a;
  const Token& head = tokens_[poss - 1];
  if (head.upper || (head.classes & kOrgKind) == 0) return a;
  if (const int org = ResolveDescription(poss - 1); org >= 0) {
    if (entity->affiliation.empty()) entity->affiliation = entities_[org].name;
    return poss + 1;
  }
  if (!named) return a;
  if (entity->affiliation.empty()) entity->affiliation = Text(a + 1, poss);
  return poss + 1;
}

std::string MentionFinder::UnitOwner(int first, int last) const {
  const Token& unit = tokens_[last - 1];
  if (!IsWord(unit) || unit.upper || last - first < 2) return "";
  // "the agency's Kagoshima office": the owner's 's before the workplace.
  if (first >= 2 && tokens_[first - 1].possessive) {
    const int org = ResolveDescription(first - 2);
    return org >= 0 ? entities_[org].name : "";
  }
  // "the University of Exeter's Penryn campus": an organisation's name and 's.
  for (int poss = first + 1; poss + 1 < last; ++poss) {
    if (!tokens_[poss].possessive) continue;
    const bool org = RunHasOrgWord(first, poss) || OrgHeadAt(poss - 1) ||
                     KnownOrganization(poss - 1);
    return org ? Text(first, poss) : "";
  }
  return "";
}

void MentionFinder::WorkPlace(const Sentence& s, int k, int index) {
  for (int i = k; i < s.last && i - k < kMaxAppositiveTokens; ++i) {
    const Token& t = tokens_[i];
    if (!IsWord(t) || (t.classes & (kCue | kRelative)) != 0) return;
    if (t.upper || TokenText(text_, t) != "at") continue;
    Entity& entity = entities_[mentions_[index].entity];
    if (std::string org = LedOrganization(s, i + 1);
        entity.affiliation.empty() && !org.empty() && org != entity.name) {
      entity.affiliation = std::move(org);
    }
    return;
  }
}

int MentionFinder::JoinedNameEnd(int end, int last) const {
  while (end + 1 < last) {
    const Token& t = tokens_[end];
    // "the Federation of American Scientists", "Americans for Prosperity".
    const bool connector = IsWord(t) && !t.upper && (t.classes & kNameConnector) != 0 &&
                           TokenText(text_, t) != "and" && IsNameToken(end + 1);
    // "the Western Suburbs Commuters' Forum": a plural's apostrophe in a body's name.
    if (!connector && !PluralOwnerOfBody(end, last)) break;
    end = NameRunEnd(end + 1, last);
  }
  return end;
}

std::string MentionFinder::LedOrganization(const Sentence& s, int k) const {
  // The first organisation of the clause: an owner ("the WHO's"), a name after
  // "at", "of" or "for" ("programme at the International Crisis Group"), or the
  // object itself ("who heads Europol"); never a person ("who managed Al Gore's
  // campaign", "Mr. Obama's Council").
  for (int i = k; i < s.last && i - k < kMaxAppositiveTokens; ++i) {
    const Token& t = tokens_[i];
    if (IsPunct(t, ',') || IsPunct(t, '.') || IsPunct(t, ';') || t.kind == TokenKind::kQuote ||
        ((t.classes & (kCue | kRelative)) != 0 && !t.all_caps)) {
      break;
    }
    if (!IsNameToken(i)) continue;
    const int first_end = NameRunEnd(i, s.last);
    const int end = JoinedNameEnd(first_end, s.last);
    const bool owner = end < s.last && tokens_[end].possessive;
    int before = i - 1;
    if (before >= k && TokenText(text_, tokens_[before]) == "the") --before;
    const bool after_prep = before >= k && !tokens_[before].upper &&
                            (tokens_[before].classes & kAffiliationPrep) != 0;
    const std::string name = Text(i, end);
    auto it = by_name_.find(name);
    const bool known = it != by_name_.end();
    // "who runs the charity Families Against Violence": a kind of organisation
    // right before the name, or a group's name, is no person's.
    const bool kind_before = i > k && IsWord(tokens_[i - 1]) && !tokens_[i - 1].upper &&
                             (tokens_[i - 1].classes & kOrgKind) != 0;
    // "who chairs the Llais patient watchdog": or one after it (not after a
    // person's name: "who ran the Al Gore campaign").
    const bool kind_after =
        !owner && (tokens_[i].classes & kCountry) == 0 && KindAfterName(end, s.last);
    // ("who heads the National Malaria Control Unit": a name after the verb's
    // "the", closing its phrase, is a body's; no person takes an article.)
    const bool the_object = i == k + 1 &&
                            lexicon::IsDefiniteArticle(TokenText(text_, tokens_[k])) &&
                            (tokens_[i].classes & kCountry) == 0 && !owner &&
                            ClosesObject(text_, tokens_, end, s.last);
    const bool person = (tokens_[i].classes & kHonorific) != 0 ||
                        (!the_object &&
                         ((known && entities_[it->second].type == v1::SOURCE_TYPE_PERSON &&
                           !tokens_[i].all_caps) ||
                          (!known && end == first_end && end - i >= 2 &&
                           !RunHasOrgWord(i, end) && !kind_before && !PluralOrgName(i, end))));
    const bool org = RunHasOrgWord(i, end) || tokens_[i].all_caps ||
                     (known && entities_[it->second].type == v1::SOURCE_TYPE_ORGANIZATION &&
                      (tokens_[i].classes & kCountry) == 0) ||
                     (!known && PluralOrgName(i, end));
    if (!person && (owner || after_prep || kind_before || kind_after ||
                    (before == k - 1 && (org || the_object)))) {
      return known ? entities_[it->second].name : name;
    }
    i = end - 1;
  }
  return "";
}

std::string MentionFinder::RepresentedName(const Sentence& s, int k) const {
  const bool the = k < s.last && lexicon::IsDefiniteArticle(TokenText(text_, tokens_[k]));
  const int first = the ? k + 1 : k;
  if (first >= s.last || !IsNameToken(first) ||
      (tokens_[first].classes & (kHonorific | kTitle)) != 0) {
    return "";
  }
  int end = NameRunEnd(first, s.last);
  // ("who represents Ward 5", "the Westray ward": the area's word or number.)
  if (end < s.last && (tokens_[end].kind == TokenKind::kNumber ||
                       (IsWord(tokens_[end]) && lexicon::IsSeatArea(TokenText(text_, tokens_[end]))))) {
    ++end;
  }
  if (!ClosesObject(text_, tokens_, end, s.last)) return "";
  const std::string name = Text(first, end);
  // (Not a person: "who represents Mr. Dale", "who represented Dale Ames".)
  const auto it = by_name_.find(name);
  const bool person = it != by_name_.end() && entities_[it->second].type == v1::SOURCE_TYPE_PERSON &&
                      mention_internal::ShowsAPerson(entities_[it->second]);
  const bool bare = !the && end - first == 1 && (tokens_[first].classes & kCountry) == 0;
  return person || bare || (!the && end - first >= 2 && it == by_name_.end()) ? "" : name;
}

int MentionFinder::CampusEnd(int first, int comma, int last) const {
  if (comma + 2 >= last || !IsPunct(tokens_[comma], ',') ||
      (tokens_[comma - 1].classes & kCountry) == 0) {
    return -1;
  }
  bool university = false;
  for (int i = first; i < comma; ++i) {
    university = university || TokenText(text_, tokens_[i]) == "University";
  }
  int i = comma + 1;
  while (i < last && i - comma <= 2 && IsNameToken(i) &&
         (tokens_[i].classes & (kTitle | kHonorific | kCue | kOrgWord | kStarter)) == 0) {
    ++i;
  }
  if (!university || i == comma + 1 ||
      (i < last && !IsPunct(tokens_[i], ',') && !IsPunct(tokens_[i], '.'))) {
    return -1;
  }
  return i;
}

int MentionFinder::PlaceAtEnd(int a, int end) const {
  int k = end - 1;
  while (k > a && end - k <= 3 && IsNameToken(k) &&
         (tokens_[k].classes & (kOrgWord | kTitle)) == 0) {
    --k;
  }
  if (k == end - 1 || k <= a + 1 || TokenText(text_, tokens_[k]) != "in") return end;
  const Token& before = tokens_[k - 1];
  if (before.kind != TokenKind::kWord || before.possessive) return end;
  // "a broker based in Miami", "a retiree living in Ohio".
  const absl::string_view w = TokenText(text_, before);
  if (k - 1 > a + 1 && (w == "based" || w == "living" || w == "located")) return k - 1;
  return k;
}

bool MentionFinder::SecondDescriptionAt(int k, int last) const {
  if (k + 1 >= last || TokenText(text_, tokens_[k]) != "and") return false;
  const Token& next = tokens_[k + 1];
  if (next.kind != TokenKind::kWord || next.upper) return false;
  const absl::string_view w = TokenText(text_, next);
  // ("and one of the joint administrators": a share of a group.)
  if ((next.classes & kNumberWord) != 0 && k + 2 < last &&
      TokenText(text_, tokens_[k + 2]) == "of") {
    return true;
  }
  return w == "the" || w == "a" || w == "an" || w == "his" || w == "her" || w == "its" ||
         w == "their";
}

}  // namespace factwire
