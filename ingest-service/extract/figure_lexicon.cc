#include "ingest-service/extract/figure_lexicon.h"

#include <algorithm>

#include "ingest-service/extract/lexicon/figure_context_words.h"

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

FigureLexicon* BuildLexicon() {
  auto* lex = new FigureLexicon();
  AddUnits(lex);
  AddPhrases(lex);
  for (const lexicon::NumberWordEntry& w : lexicon::NumberWords()) {
    lexicon::NumberWordEntry& entry = lex->number_words[w.word];
    if (entry.word == nullptr) entry = w;  // the first entry wins, as emplace did
    lex->roles[w.word] |= kRoleNumberWord;
  }
  for (const PhraseTable* table :
       {&lex->unit_phrases, &lex->currency_phrases, &lex->prefix_qualifiers,
        &lex->suffix_qualifiers, &lex->scale_suffixes, &lex->time_scopes}) {
    FillFirstWords(*table, lex);
  }
  Fill(lexicon::MonthWords(), kRoleMonth, lex);
  Fill(lexicon::SubjectStopWords(), kRoleSubjectStop, lex);
  Fill(lexicon::PeriodOpeners(), kRolePeriodOpener, lex);
  Fill(lexicon::PeriodNouns(), kRolePeriodNoun, lex);
  Fill(lexicon::PlacePrepositions(), kRolePlacePreposition, lex);
  Fill(lexicon::StreetWords(), kRoleStreet, lex);
  Fill(lexicon::NotNameWords(), kRoleNotName, lex);
  Fill(lexicon::PronounOneFollowers(), kRoleOneFollower, lex);
  for (const char* verb : lexicon::QuantityVerbs()) {
    const absl::string_view v = verb;
    lex->roles[std::string(v.substr(v.rfind(' ') + 1))] |= kRoleQuantityVerb;
  }
  static constexpr const char* kStarters[] = {"a",        "an",      "minus",
                                              "negative", "several", "few",
                                              "many",     "tens",    "point"};
  Fill(kStarters, kRoleStarter, lex);
  // The words figure_context.cc's TimeAt opens a period with besides time
  // scopes, period openers and months ("in 2024", "the past year").
  static constexpr const char* kTimeLeads[] = {
      "the", "between", "from",    "in",     "since",
      "by",  "during",  "until", "through", "fiscal"};
  Fill(kTimeLeads, kRoleTimeLead, lex);
  for (int c = 0; c < 128; ++c) {
    const char byte = static_cast<char>(c);
    const uint32_t* r = lex->roles.Find(absl::string_view(&byte, 1));
    lex->ascii_roles[c] = r == nullptr ? 0 : *r;
  }
  return lex;
}

}  // namespace

void PhraseTable::Add(absl::string_view surface, bool case_sensitive,
                      bool adjacent, int index) {
  std::string lower;
  std::vector<Token> tokens;
  TokenizeForFigures(surface, 0, static_cast<int>(surface.size()), &lower,
                     &tokens);
  if (tokens.empty()) return;
  Entry entry{{}, case_sensitive, adjacent, index};
  for (const Token& t : tokens) {
    entry.words.emplace_back(case_sensitive ? t.raw : t.lower);
  }
  auto& list = by_first_[tokens[0].lower];
  list.push_back(std::move(entry));
  std::stable_sort(list.begin(), list.end(),
                   [](const Entry& a, const Entry& b) {
                     return a.words.size() > b.words.size();
                   });
}

std::vector<std::string> PhraseTable::FirstWords() const {
  std::vector<std::string> words;
  by_first_.ForEach([&](absl::string_view word, const std::vector<Entry>&) {
    words.emplace_back(word);
  });
  return words;
}

PhraseMatch PhraseTable::MatchFirst(const std::vector<Token>& tokens,
                                    int i) const {
  const std::vector<Entry>* entries = by_first_.Find(tokens[i].lower);
  if (entries == nullptr) return {};
  for (const Entry& e : *entries) {
    const int n = static_cast<int>(e.words.size());
    if (i + n > static_cast<int>(tokens.size())) continue;
    bool ok = true;
    for (int k = 0; k < n && ok; ++k) {
      const Token& t = tokens[i + k];
      const absl::string_view w = e.case_sensitive ? t.raw : t.lower;
      const std::string& want = e.words[k];
      ok = w.size() == want.size() &&
           SameWordBytes(w.data(), want.data(), w.size()) &&
           (k == 0 || !e.adjacent || !t.space_before);
    }
    if (ok) return {e.index, n};
  }
  return {};
}

const lexicon::NumberWordEntry* FigureLexicon::NumberWord(
    const Token& token) const {
  if (!HasRole(token, kRoleNumberWord)) return nullptr;
  return number_words.Find(token.lower);
}

void FigureLexicon::AssignRoles(std::vector<Token>* tokens) const {
  for (Token& t : *tokens) {
    if (t.kind == TokenKind::kNumber) {
      t.roles = 0;
      continue;
    }
    if (t.lower.size() == 1 && static_cast<unsigned char>(t.lower[0]) < 128) {
      t.roles = ascii_roles[static_cast<unsigned char>(t.lower[0])];
      continue;  // "$", ",", "a": no hashing
    }
    const uint32_t* r = roles.Find(t.lower);
    t.roles = r == nullptr ? 0 : *r;
  }
}

const FigureLexicon& GetFigureLexicon() {
  static const FigureLexicon* const lexicon = BuildLexicon();
  return *lexicon;
}

}  // namespace figure_internal
}  // namespace factwire
