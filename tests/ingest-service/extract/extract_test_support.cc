#include "tests/ingest-service/extract/extract_test_support.h"

#include <memory>
#include <string>

#include "absl/status/statusor.h"
#include "gtest/gtest.h"
#include "ingest-service/extract/extractor.h"

namespace factwire {
namespace testing_extract {

const std::string kOpen = "\xE2\x80\x9C";
const std::string kClose = "\xE2\x80\x9D";

v1::Document Extract(const std::string& text) {
  absl::StatusOr<std::unique_ptr<Extractor>> extractor = Extractor::Create();
  EXPECT_TRUE(extractor.ok());
  v1::Document doc;
  doc.set_document_id("d1");
  doc.set_text(text);
  EXPECT_TRUE((*extractor)->Extract(&doc).ok());
  return doc;
}

const v1::Claim* FindClaim(const v1::Document& doc, const std::string& words) {
  for (const v1::Claim& c : doc.claims()) {
    if (c.text().find(words) != std::string::npos) return &c;
  }
  return nullptr;
}

std::string SpeakerOf(const v1::Document& doc, const std::string& words) {
  const v1::Claim* c = FindClaim(doc, words);
  return c != nullptr ? c->speaker() : "<none>";
}

const v1::Source* FindSource(const v1::Document& doc, const std::string& id) {
  for (const v1::Source& s : doc.sources()) {
    if (s.source_id() == id) return &s;
  }
  return nullptr;
}

std::string SourceNameOf(const v1::Document& doc, const std::string& words) {
  const v1::Claim* c = FindClaim(doc, words);
  if (c == nullptr) return "<no claim>";
  const v1::Source* s = FindSource(doc, c->source_id());
  return s == nullptr ? "<no source>" : s->name();
}

const v1::Source* SourceOfClaim(const v1::Document& doc, const std::string& words) {
  const v1::Claim* c = FindClaim(doc, words);
  return c == nullptr ? nullptr : FindSource(doc, c->source_id());
}

v1::SourceType SourceTypeIn(const std::string& text, const std::string& id) {
  v1::Document doc = Extract(text);
  const v1::Source* s = FindSource(doc, id);
  return s == nullptr ? v1::SOURCE_TYPE_UNSPECIFIED : s->type();
}

std::string SpanText(const v1::Document& doc, const v1::TextSpan& span) {
  return doc.text().substr(span.begin(), span.end() - span.begin());
}

}  // namespace testing_extract
}  // namespace factwire
