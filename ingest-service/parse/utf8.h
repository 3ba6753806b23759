#ifndef FACTWIRE_INGEST_SERVICE_PARSE_UTF8_H_
#define FACTWIRE_INGEST_SERVICE_PARSE_UTF8_H_

#include <cstdint>

#include "absl/strings/string_view.h"

namespace factwire {

// True when `bytes` is well-formed UTF-8 (no overlongs, surrogates or values past
// U+10FFFF). Pure function.
bool IsValidUtf8(absl::string_view bytes);

// The letters below are those of the scripts news copy names people, places
// and sections in: ASCII, Latin-1 ("Émile", "Açores"), Latin Extended-A and
// the comma-below letters of Extended-B ("Ştiri", "Łódź", "İzmir"), Latin
// Extended Additional ("Đà Nẵng"), Greek and Cyrillic. Pure functions.

// The code point opening `s` and its size in *size: 0 and size 0 for an
// empty `s`; a byte past ASCII that opens no well-formed sequence is U+FFFD
// (the replacement character) with size 1.
uint32_t FirstCodePoint(absl::string_view s, int* size);

// True for a capital letter of the scripts above ('A', 'É', 'Ş', 'Ð', 'Δ').
bool IsCapitalLetter(uint32_t cp);

// True for a small letter of the scripts above ('a', 'é', 'ş', 'ß', 'δ').
bool IsSmallLetter(uint32_t cp);

// The small letter of capital `cp` ('É' -> 'é', 'İ' -> 'i'); other code
// points unchanged (html_entities.h's AppendUtf8 writes it back).
uint32_t ToSmallLetter(uint32_t cp);

// True when `s` opens with a capital letter (IsCapitalLetter): "Ştiri",
// "Économie", "Kenya".
bool OpensWithCapital(absl::string_view s);

// True when `s` holds a small letter (IsSmallLetter) anywhere.
bool HasSmallLetter(absl::string_view s);

}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_PARSE_UTF8_H_
