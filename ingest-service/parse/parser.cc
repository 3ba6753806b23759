#include "ingest-service/parse/parser.h"

#include <string>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "ingest-service/parse/dates.h"
#include "ingest-service/parse/layout.h"
#include "ingest-service/parse/utf8.h"

namespace factwire {
namespace {

constexpr char kTextPlain[] = "text/plain";

// "text/plain; charset=utf-8" -> true; "" counts as text/plain.
bool IsTextPlain(absl::string_view media_type) {
  const size_t semi = media_type.find(';');
  absl::string_view essence = absl::StripAsciiWhitespace(media_type.substr(0, semi));
  if (essence.empty()) return true;
  if (!absl::EqualsIgnoreCase(essence, kTextPlain)) return false;
  if (semi == absl::string_view::npos) return true;
  const std::string params = absl::AsciiStrToLower(media_type.substr(semi + 1));
  return !absl::StrContains(params, "charset") || absl::StrContains(params, "utf-8") ||
         absl::StrContains(params, "utf8") || absl::StrContains(params, "us-ascii");
}

void FillDocument(absl::string_view content, const Layout& layout, v1::Document* doc) {
  doc->set_media_type(kTextPlain);
  doc->set_text(std::string(content));
  doc->set_language("en");
  doc->set_headline(layout.headline);
  doc->set_subheadline(layout.subheadline);
  doc->set_section(layout.section);
  doc->set_dateline(layout.dateline);
  for (const std::string& author : layout.authors) doc->add_authors(author);
  if (layout.publish_date) {
    doc->mutable_publish_time()->set_seconds(ToUnixSeconds(*layout.publish_date));
  }
  for (const ByteRange& range : layout.paragraphs) {
    v1::TextSpan* span = doc->add_paragraphs();
    span->set_begin(range.first);
    span->set_end(range.second);
  }
}

}  // namespace

absl::StatusOr<v1::Document> ParseDocument(absl::string_view content,
                                           absl::string_view media_type) {
  if (!IsTextPlain(media_type)) {
    return absl::InvalidArgumentError(
        absl::StrCat("media_type: unsupported media type \"", media_type,
                     "\" (supported: text/plain)"));
  }
  if (content.empty()) return absl::InvalidArgumentError("content: must not be empty");
  if (!IsValidUtf8(content))
    return absl::InvalidArgumentError("content: not valid UTF-8");
  v1::Document doc;
  FillDocument(content, ReadLayout(content), &doc);
  return doc;
}

}  // namespace factwire
