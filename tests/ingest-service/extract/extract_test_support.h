// Helpers shared by the extractor tests: run the extractor over a short text and
// look up the claims and sources it found.
#ifndef FACTWIRE_TESTS_INGEST_SERVICE_EXTRACT_EXTRACT_TEST_SUPPORT_H_
#define FACTWIRE_TESTS_INGEST_SERVICE_EXTRACT_EXTRACT_TEST_SUPPORT_H_

#include <cstddef>
#include <string>

#include "factwire/v1/records.pb.h"
#include "gtest/gtest.h"

namespace factwire {
namespace testing_extract {

// Curly opening and closing quote marks (U+201C, U+201D) in UTF-8.
extern const std::string kOpen;
extern const std::string kClose;

// Extract()
//
// Runs a fresh Extractor over a document with id "d1" and text `text` and returns
// the document with its records. Adds a non-fatal test failure if the extractor
// cannot be created or fails.
v1::Document Extract(const std::string& text);

// The first claim of `doc` whose text contains `words`; nullptr if none does.
// The pointer lives as long as `doc`.
const v1::Claim* FindClaim(const v1::Document& doc, const std::string& words);

// The speaker as written of the first claim of `doc` whose text contains
// `words`; "<none>" if no claim does.
std::string SpeakerOf(const v1::Document& doc, const std::string& words);

// The source of `doc` with source id `id`; nullptr if none has it.
// The pointer lives as long as `doc`.
const v1::Source* FindSource(const v1::Document& doc, const std::string& id);

// The name of the source of the first claim of `doc` whose text contains
// `words`; "<no claim>" or "<no source>" when there is none.
std::string SourceNameOf(const v1::Document& doc, const std::string& words);

// The source of the first claim of `doc` whose text contains `words`; nullptr
// when there is no such claim or it cites no source of `doc`. The pointer lives
// as long as `doc`.
const v1::Source* SourceOfClaim(const v1::Document& doc, const std::string& words);

// The type of the source with id `id` that extracting `text` gives;
// SOURCE_TYPE_UNSPECIFIED when there is none.
v1::SourceType SourceTypeIn(const std::string& text, const std::string& id);

// The bytes of `doc`'s text that `span` covers.
std::string SpanText(const v1::Document& doc, const v1::TextSpan& span);

// A short text, words of one of its claims, and what that claim should give
// (a speaker as written or a source's name).
struct ClaimCase {
  std::string text, words, expected;
};

// Checks that the claim holding each case's `words` in Extract(text) has the
// speaker `expected` as written (SpeakerOf).
template <size_t N>
void ExpectSpeakers(const ClaimCase (&cases)[N]) {
  for (const ClaimCase& c : cases) {
    EXPECT_EQ(SpeakerOf(Extract(c.text), c.words), c.expected) << c.text;
  }
}

// Checks that the claim holding each case's `words` in Extract(text) is
// credited to the source named `expected` (SourceNameOf).
template <size_t N>
void ExpectSourceNames(const ClaimCase (&cases)[N]) {
  for (const ClaimCase& c : cases) {
    EXPECT_EQ(SourceNameOf(Extract(c.text), c.words), c.expected) << c.text;
  }
}

}  // namespace testing_extract
}  // namespace factwire

#endif  // FACTWIRE_TESTS_INGEST_SERVICE_EXTRACT_EXTRACT_TEST_SUPPORT_H_
