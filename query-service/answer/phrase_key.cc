#include "query-service/answer/phrase_key.h"

#include <algorithm>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

namespace factwire {
namespace {

constexpr absl::string_view kStopwords[] = {
    "a",    "about", "after", "against", "all",  "an",   "and",    "any",
    "are",  "as",    "at",    "be",      "been", "by",   "during", "each",
    "for",  "from",  "had",   "has",     "have", "her",  "his",    "in",
    "into", "is",    "it",    "its",     "of",   "on",   "or",     "our",
    "over", "per",   "some",  "than",    "that", "the",  "their",  "these",
    "this", "those", "to",    "total",   "was",  "were", "which",  "with",
};

struct Irregular {
  absl::string_view plural;
  absl::string_view singular;
};

constexpr Irregular kIrregulars[] = {
    {"people", "person"},   {"children", "child"}, {"men", "man"},
    {"women", "woman"},     {"mice", "mouse"},     {"feet", "foot"},
    {"teeth", "tooth"},     {"geese", "goose"},    {"police", "police"},
    {"data", "data"},       {"news", "news"},      {"series", "series"},
    {"species", "species"},
};

bool IsStopword(absl::string_view word) {
  return std::find(std::begin(kStopwords), std::end(kStopwords), word) !=
         std::end(kStopwords);
}

bool IsWordByte(char c) {
  const unsigned char u = static_cast<unsigned char>(c);
  return absl::ascii_isalnum(u) || u >= 0x80;
}

std::vector<std::string> Words(absl::string_view phrase) {
  std::vector<std::string> words;
  size_t i = 0;
  while (i < phrase.size()) {
    if (!IsWordByte(phrase[i])) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < phrase.size() && IsWordByte(phrase[end])) ++end;
    words.push_back(absl::AsciiStrToLower(phrase.substr(i, end - i)));
    i = end;
  }
  return words;
}

}  // namespace

std::string Singular(absl::string_view word) {
  for (const Irregular& irregular : kIrregulars) {
    if (word == irregular.plural) return std::string(irregular.singular);
  }
  const size_t n = word.size();
  if (n > 4 && absl::EndsWith(word, "ies")) {
    return absl::StrCat(word.substr(0, n - 3), "y");
  }
  for (absl::string_view ending : {"sses", "xes", "ches", "shes", "zzes"}) {
    if (n > ending.size() + 1 && absl::EndsWith(word, ending)) {
      return std::string(word.substr(0, n - 2));
    }
  }
  for (absl::string_view kept : {"ss", "us", "is", "ous"}) {
    if (absl::EndsWith(word, kept)) return std::string(word);
  }
  if (n > 3 && word.back() == 's') return std::string(word.substr(0, n - 1));
  return std::string(word);
}

std::string PhraseKey(absl::string_view phrase) {
  std::vector<std::string> keys;
  for (const std::string& word : Words(phrase)) {
    if (IsStopword(word)) continue;
    keys.push_back(Singular(word));
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return absl::StrJoin(keys, " ");
}

}  // namespace factwire
