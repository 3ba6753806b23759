#include "ingest-service/extract/figure_lexicon.h"

#include <algorithm>
#include <cstring>

#include "absl/strings/match.h"

#include "ingest-service/extract/lexicon/figure_context_words.h"
#include "ingest-service/extract/lexicon/lexicon.h"

namespace factwire {
namespace figure_internal {
namespace {

void Fill(absl::Span<const char* const> words, Role role, FigureLexicon* lex) {
  for (const char* word : words) lex->roles[word] |= role;
}

void FillFirstWords(const PhraseTable& table, FigureLexicon* lex) {
  for (const std::string& word : table.FirstWords())
    lex->roles[word] |= table.role();
}

// Square and cubic forms of the length spellings ("sq mi", "km2", "cubic
// metres").
void AddPowerUnits(FigureLexicon* lex) {
  for (const lexicon::PowerUnitEntry& p : lexicon::PowerUnits()) {
    const std::string s = p.surface;
    const bool abbreviation = s.size() <= 3 && s != "in";
    for (int power = 2; power <= 3; ++power) {
      lexicon::UnitEntry entry{};
      entry.surface = p.surface;
      entry.unit = power == 2 ? p.area_unit : p.volume_unit;
      entry.dimension = power == 2 ? v1::DIMENSION_AREA : v1::DIMENSION_VOLUME;
      entry.factor = power == 2 ? p.metres * p.metres
                                : p.metres * p.metres * p.metres * 1000;
      entry.base = power == 2 ? "m2" : "l";
      entry.system = p.system;
      entry.use = lexicon::UnitUse::kFree;
      const int index = static_cast<int>(lex->units.size());
      lex->units.push_back(entry);
      const std::string digit = power == 2 ? "2" : "3";
      const std::string sup = power == 2 ? "\xC2\xB2" : "\xC2\xB3";
      const std::vector<std::string> spaced =
          power == 2
              ? std::vector<std::string>{"square " + s, "sq " + s, "sq. " + s,
                                         s + " squared", s + " sq"}
              : std::vector<std::string>{"cubic " + s, "cu " + s, s + " cubed"};
      for (const std::string& form : spaced)
        lex->unit_phrases.Add(form, false, false, index);
      // The hyphened adjective of a spelled-out unit: "a 600-square-metre plot".
      if (!abbreviation) {
        lex->unit_phrases.Add((power == 2 ? "square-" : "cubic-") + s, false, false, index);
      }
      if (abbreviation || s == "in") {
        lex->unit_phrases.Add(s + sup, false, true, index);
        lex->unit_phrases.Add(s + "^" + digit, false, true, index);
      }
      if (abbreviation) lex->unit_phrases.Add(s + digit, false, true, index);
    }
  }
}

void AddUnits(FigureLexicon* lex) {
  for (const lexicon::UnitEntry& u : lexicon::Units()) {
    const int index = static_cast<int>(lex->units.size());
    lex->units.push_back(u);
    lex->unit_phrases.Add(u.surface, u.case_sensitive, false, index);
  }
  AddPowerUnits(lex);
}

void AddPhrases(FigureLexicon* lex) {
  const auto currencies = lexicon::Currencies();
  for (size_t i = 0; i < currencies.size(); ++i) {
    const bool spaced = absl::string_view(currencies[i].surface).find(' ') !=
                        absl::string_view::npos;
    lex->currency_phrases.Add(currencies[i].surface,
                              currencies[i].case_sensitive, !spaced,
                              static_cast<int>(i));
  }
  const auto prefix = lexicon::PrefixQualifiers();
  for (size_t i = 0; i < prefix.size(); ++i) {
    lex->prefix_qualifiers.Add(prefix[i].phrase, false, false,
                               static_cast<int>(i));
  }
  const auto suffix = lexicon::SuffixQualifiers();
  for (size_t i = 0; i < suffix.size(); ++i) {
    lex->suffix_qualifiers.Add(suffix[i].phrase, false, false,
                               static_cast<int>(i));
  }
  const auto scales = lexicon::ScaleSuffixes();
  for (size_t i = 0; i < scales.size(); ++i) {
    lex->scale_suffixes.Add(scales[i].surface, scales[i].case_sensitive, true,
                            static_cast<int>(i));
  }
  const auto times = lexicon::TimeScopeWords();
  for (size_t i = 0; i < times.size(); ++i) {
    lex->time_scopes.Add(times[i], false, false, static_cast<int>(i));
  }
}

// The words besides number words that can open an amount ("a couple").
constexpr const char* kCountNouns[] = {"couple", "pair", "few"};

// FigureLexicon::CountShape() of a non-empty word.
uint32_t CountShapeOf(absl::string_view w) {
  return FigureLexicon::CountShape(w.size(), w.front(), w.back());
}

// A word's size (its low three bits) and the low five bits of its first and
// last bytes: 13 bits, a kilobyte of filter that stays in cache.
uint32_t RoleShape(absl::string_view w) {
  return static_cast<uint32_t>(w.size() & 7) << 10 |
         (static_cast<uint32_t>(static_cast<unsigned char>(w.front())) & 0x1F) << 5 |
         (static_cast<uint32_t>(static_cast<unsigned char>(w.back())) & 0x1F);
}

constexpr size_t kMaxShortWord = 8;

void FillWordShapes(FigureLexicon* lex) {
  lex->roles.ForEach([&](absl::string_view word, uint32_t roles) {
    if ((roles & kRoleNumberWord) != 0 && !word.empty()) {
      lex->count_word_shapes.Add(CountShapeOf(word));
    }
  });
  for (const char* w : kCountNouns) lex->count_word_shapes.Add(CountShapeOf(w));
  lex->roles.ForEach([&](absl::string_view word, uint32_t roles) {
    if (roles != 0 && word.size() > kMaxShortWord) {
      lex->long_role_shapes.Add(RoleShape(word));
    }
  });
}

void FillShortRoles(FigureLexicon* lex) {
  std::vector<std::pair<absl::string_view, uint32_t>> words;
  lex->roles.ForEach([&](absl::string_view word, uint32_t roles) {
    if (roles != 0 && !word.empty() && word.size() <= kMaxShortWord) {
      words.emplace_back(word, roles);
    }
  });
  lex->short_roles.Build(words);
}

FigureLexicon* BuildLexicon() {
  auto* lex = new FigureLexicon();
  AddUnits(lex);
  AddPhrases(lex);
  for (const lexicon::NumberWordEntry& w : lexicon::NumberWords()) {
    lexicon::NumberWordEntry& entry = lex->number_words[w.word];
    if (entry.word == nullptr) entry = w;  // the first entry wins, as emplace did
    lex->roles[w.word] |= kRoleNumberWord;
  }
  for (PhraseTable* table :
       {&lex->unit_phrases, &lex->currency_phrases, &lex->prefix_qualifiers,
        &lex->suffix_qualifiers, &lex->scale_suffixes, &lex->time_scopes}) {
    table->Finish();
    FillFirstWords(*table, lex);
  }
  Fill(lexicon::MonthWords(), kRoleMonth, lex);
  Fill(lexicon::WeekdayWords(), kRoleWeekday, lex);
  Fill(lexicon::SubjectStopWords(), kRoleSubjectStop, lex);
  Fill(lexicon::PeriodOpeners(), kRolePeriodOpener, lex);
  Fill(lexicon::PeriodNouns(), kRolePeriodNoun, lex);
  Fill(lexicon::PlacePrepositions(), kRolePlacePreposition, lex);
  Fill(lexicon::PlaceScopeWords(), kRolePlaceScope, lex);
  Fill(lexicon::StreetWords(), kRoleStreet, lex);
  Fill(lexicon::NotNameWords(), kRoleNotName, lex);
  Fill(lexicon::PronounOneFollowers(), kRoleOneFollower, lex);
  for (const char* verb : lexicon::QuantityVerbs()) {
    const absl::string_view v = verb;
    lex->roles[v.substr(v.rfind(' ') + 1)] |= kRoleQuantityVerb;
  }
  Fill(lexicon::NumberStarterWords(), kRoleStarter, lex);
  Fill(kCountNouns, kRoleCountNoun, lex);
  // The words figure_context.cc's TimeAt opens a period with.
  Fill(lexicon::TimeLeadWords(), kRoleTimeLead, lex);
  for (const ClassEntry& e : WordClassTable()) {
    if ((e.classes & kCountry) != 0) lex->place_names[e.word] = 1;
  }
  for (const char* region : lexicon::RegionNames()) {
    lex->place_names[region] = 1;
  }
  FillWordShapes(lex);
  FillShortRoles(lex);
  return lex;
}

}  // namespace

void PhraseTable::Add(absl::string_view surface, bool case_sensitive,
                      bool adjacent, int index) {
  // Reused from phrase to phrase: the tables add a few thousand.
  thread_local std::string lower;
  thread_local std::vector<Token> tokens;
  TokenizeForFigures(surface, 0, static_cast<int>(surface.size()), &lower,
                     &tokens);
  if (tokens.empty()) return;
  Entry entry{{}, case_sensitive, adjacent, index};
  entry.words.reserve(tokens.size());
  for (const Token& t : tokens) {
    entry.words.emplace_back(case_sensitive ? t.raw : t.lower);
  }
  by_first_[tokens[0].lower].push_back(std::move(entry));  // Finish() sorts
}

void PhraseTable::Finish() {
  std::vector<std::pair<absl::string_view, Range>> short_first;
  std::vector<const Entry*> entries;  // one first word's, reused
  by_first_.ForEach([&](absl::string_view first, const std::vector<Entry>& added) {
    first_words_.emplace_back(first);
    // Longest first, in adding order among phrases of one length.
    entries.clear();
    for (const Entry& e : added) entries.push_back(&e);
    std::stable_sort(entries.begin(), entries.end(), [](const Entry* a, const Entry* b) {
      return a->words.size() > b->words.size();
    });
    const auto begin = static_cast<uint32_t>(phrases_.size());
    for (const Entry* e : entries) {
      phrases_.push_back({static_cast<uint32_t>(words_.size()),
                          static_cast<uint32_t>(e->words.size()), e->case_sensitive,
                          e->adjacent, e->index});
      for (const std::string& w : e->words) {
        words_.push_back({static_cast<uint32_t>(chars_.size()),
                          static_cast<uint32_t>(w.size())});
        chars_ += w;
      }
    }
    const Range range{begin, static_cast<uint32_t>(phrases_.size())};
    if (first.size() <= kMaxShortWord) {
      short_first.emplace_back(first, range);
    } else {
      phrases_of_[first] = range;
    }
  });
  short_phrases_of_.Build(short_first);
  by_first_ = WordTable<std::vector<Entry>>();
}


PhraseTable::Range PhraseTable::LongPhrasesOf(absl::string_view lower) const {
  const Range* range = phrases_of_.Find(lower);
  return range == nullptr ? Range() : *range;
}

inline PhraseTable::Range PhraseTable::PhrasesOf(absl::string_view lower) const {
  if (lower.size() - 1 < kMaxShortWord) return short_phrases_of_.Find(lower);
  return LongPhrasesOf(lower);
}

PhraseMatch PhraseTable::MatchFirst(const std::vector<Token>& tokens,
                                    int i) const {
  const Range range = PhrasesOf(tokens[i].lower);
  const int size = static_cast<int>(tokens.size());
  // The size of the word after tokens[i] (raw and lower alike), told first:
  // most phrases of a first word differ from the text there in it ("a year",
  // "a month" ... at "a rise").
  const size_t next_size = i + 1 < size ? tokens[i + 1].lower.size() : 0;
  for (uint32_t p = range.first; p < range.end; ++p) {
    const Phrase& e = phrases_[p];
    const int n = static_cast<int>(e.words);
    if (i + n > size) continue;
    if (n > 1 && words_[e.first_word + 1].size != next_size) continue;
    // The first word matched its lowercase key; as written it is compared
    // only when case matters.
    bool ok = !e.case_sensitive || SameWord(tokens[i].raw, words_[e.first_word]);
    for (int k = 1; k < n && ok; ++k) {
      const Token& t = tokens[i + k];
      ok = SameWord(e.case_sensitive ? t.raw : t.lower, words_[e.first_word + k]) &&
           (!e.adjacent || !t.space_before);
    }
    if (ok) return {e.index, n};
  }
  return {};
}

bool PhraseTable::SameWord(absl::string_view w, const Word& want) const {
  return w.size() == want.size &&
         SameWordBytes(w.data(), chars_.data() + want.offset, w.size());
}

const lexicon::NumberWordEntry* FigureLexicon::NumberWord(
    const Token& token) const {
  if (!HasRole(token, kRoleNumberWord)) return nullptr;
  return number_words.Find(token.lower);
}

void FigureLexicon::AssignRoles(std::vector<Token>* tokens) const {
  const ShortWordMap<uint32_t>::Lookup short_lookup = short_roles.lookup();
  const int size = static_cast<int>(tokens->size());
  for (int i = 0; i < size; ++i) {
    Token& t = (*tokens)[i];
    const size_t n = t.lower.size();
    if (t.kind == TokenKind::kNumber) {
      t.roles = 0;
      continue;
    }
    if (n - 1 < kMaxShortWord) {
      // PackShortWord in one load: the lowercase copy is padded past the end.
      uint64_t bytes;
      std::memcpy(&bytes, t.lower.data(), sizeof(bytes));
      t.roles = short_lookup.Find(bytes & (~uint64_t{0} >> (64 - 8 * n)), n);
    } else {
      t.roles = RolesOf(t.lower);
    }
    // "a quarter year on year": the period of a rate of change is no unit
    // (PeriodRepeatEnd reads only the words after i, not their roles).
    if ((t.roles & kRolePeriodNoun) != 0 && PeriodRepeatEnd(*tokens, i) > i) {
      t.roles &= ~kRoleUnit;
    }
    // "Teacher pay 5% rise": a noun-like verb no verb's neighbours frame.
    if ((t.roles & kRoleQuantityVerb) != 0 &&
        lexicon::IsNounlikeQuantityVerb(t.lower) &&
        !ReadsAsBareVerb(*tokens, i)) {
      t.roles &= ~kRoleQuantityVerb;
    }
  }
}

const lexicon::CurrencyEntry* FigureLexicon::CurrencyNamedAt(
    const std::vector<Token>& tokens, int j) const {
  const Token& t = tokens[j];
  if (t.kind != TokenKind::kWord || !HasRole(t, kRoleCurrency)) return nullptr;
  const PhraseMatch m = currency_phrases.Match(tokens, j);
  if (!m.found()) return nullptr;
  const lexicon::CurrencyEntry& e = lexicon::Currencies()[m.index];
  return e.letter ? nullptr : &e;
}

uint32_t FigureLexicon::RolesOf(absl::string_view word) const {
  const size_t n = word.size();
  if (n - 1 < kMaxShortWord) return short_roles.Find(word);
  if (n == 0 || !long_role_shapes.Has(RoleShape(word))) return 0;
  const uint32_t* r = roles.Find(word);
  return r == nullptr ? 0 : *r;
}

bool ReadsAsBareVerb(const std::vector<Token>& tokens, int i) {
  const int n = static_cast<int>(tokens.size());
  if (i + 1 < n && tokens[i + 1].kind == TokenKind::kWord &&
      lexicon::IsNounPhraseDeterminer(tokens[i + 1].lower)) {
    return true;  // "pay an average of", "pay their staff"
  }
  if (i == 0 || tokens[i - 1].kind != TokenKind::kWord) return false;
  const absl::string_view w = tokens[i - 1].lower;
  const bool adverb = w.size() > 4 && absl::EndsWith(w, "ly");
  return w == "to" || adverb || lexicon::IsModalAuxiliary(w) ||
         lexicon::IsSubjectPronoun(w) || lexicon::LooksPlural(w);
}

int PeriodRepeatEnd(const std::vector<Token>& tokens, int i) {
  const int n = static_cast<int>(tokens.size());
  int k = i + 1;
  if (k < n && IsDash(tokens[k])) ++k;
  if (k >= n || tokens[k].kind != TokenKind::kWord ||
      !lexicon::IsPeriodRepeatJoint(tokens[k].lower)) {
    return i;
  }
  ++k;
  if (k < n && IsDash(tokens[k])) ++k;
  return k < n && tokens[k].kind == TokenKind::kWord &&
                 tokens[k].lower == tokens[i].lower
             ? k + 1
             : i;
}

bool FigureLexicon::MayHoldAmount(const std::vector<Token>& tokens) const {
  for (const Token& t : tokens) {
    if (t.kind == TokenKind::kNumber) return true;  // the common case first
  }
  const size_t n = tokens.size();
  for (size_t i = 0; i < n; ++i) {
    const Token& t = tokens[i];
    if (t.kind == TokenKind::kSymbol) {
      if (MayBeVulgarFraction(t)) return true;  // "½": see ParseNumber
      continue;
    }
    if (HasRole(t, kRoleNumberWord | kRoleCountNoun)) return true;
    if ((t.lower == "a" || t.lower == "an") && i + 1 < n &&
        HasRole(tokens[i + 1], kRoleUnit | kRoleCurrency)) {
      return true;  // "a mile away", "a dollar" (ArticleUnit)
    }
  }
  return false;
}

bool FigureLexicon::IsCountWord(absl::string_view lower) const {
  if (lower.empty() || !count_word_shapes.Has(CountShapeOf(lower))) return false;
  return (RolesOf(lower) & (kRoleNumberWord | kRoleCountNoun)) != 0;
}

const FigureLexicon& GetFigureLexicon() {
  static const FigureLexicon* const lexicon = BuildLexicon();
  return *lexicon;
}

bool IsGerundShape(absl::string_view w) {
  return w.size() > 5 && absl::EndsWith(w, "ing");
}

bool IsVerbFormShape(absl::string_view w) {
  return (w.size() > 4 && absl::EndsWith(w, "ed")) || lexicon::IsIrregularPast(w) ||
         lexicon::IsPredicateParticiple(w);
}

}  // namespace figure_internal
}  // namespace factwire
