#include "ingest-service/parse/parser.h"

#include <string>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "ingest-service/parse/dates.h"
#include "ingest-service/parse/html_document.h"
#include "ingest-service/parse/layout.h"
#include "ingest-service/parse/utf8.h"

namespace factwire {
namespace {

constexpr char kTextPlain[] = "text/plain";
constexpr char kTextHtml[] = "text/html";
constexpr char kXhtml[] = "application/xhtml+xml";

// A media type split into its essence (lowercase, "" when absent) and its charset
// parameter (lowercase, "" when absent).
struct MediaType {
  std::string essence;
  std::string charset;
};

MediaType SplitMediaType(absl::string_view media_type) {
  MediaType type;
  const size_t semi = media_type.find(';');
  type.essence =
      absl::AsciiStrToLower(absl::StripAsciiWhitespace(media_type.substr(0, semi)));
  if (semi == absl::string_view::npos) return type;
  for (absl::string_view param : absl::StrSplit(media_type.substr(semi + 1), ';')) {
    const size_t eq = param.find('=');
    if (eq == absl::string_view::npos) continue;
    if (!absl::EqualsIgnoreCase(absl::StripAsciiWhitespace(param.substr(0, eq)),
                                "charset")) {
      continue;
    }
    absl::string_view value = absl::StripAsciiWhitespace(param.substr(eq + 1));
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
      value = value.substr(1, value.size() - 2);
    }
    type.charset = absl::AsciiStrToLower(value);
  }
  return type;
}

// text/plain is read as UTF-8 only.
bool IsUtf8Charset(absl::string_view charset) {
  return charset.empty() || charset == "utf-8" || charset == "utf8" ||
         charset == "us-ascii";
}

absl::Status UnsupportedMediaType(absl::string_view media_type) {
  return absl::InvalidArgumentError(absl::StrCat(
      "media_type: unsupported media type \"", media_type,
      "\" (supported: text/plain, text/html, application/xhtml+xml; charset utf-8, or "
      "iso-8859-1/windows-1252 for HTML)"));
}

void FillDocument(absl::string_view content, const Layout& layout, v1::Document* doc) {
  doc->set_media_type(kTextPlain);
  doc->mutable_text()->assign(content.data(), content.size());  // one copy
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
  v1::Document doc;
  if (absl::Status status = ParseDocumentInto(content, media_type, &doc); !status.ok()) {
    return status;
  }
  return doc;
}

absl::Status ParseDocumentInto(absl::string_view content, absl::string_view media_type,
                               v1::Document* doc, bool content_is_utf8) {
  const MediaType type = SplitMediaType(media_type);
  const bool html = type.essence == kTextHtml || type.essence == kXhtml;
  if (!html && !(type.essence.empty() || type.essence == kTextPlain)) {
    return UnsupportedMediaType(media_type);
  }
  if (!html && !IsUtf8Charset(type.charset)) return UnsupportedMediaType(media_type);
  if (content.empty()) return absl::InvalidArgumentError("content: must not be empty");
  if (html) {
    absl::StatusOr<v1::Document> page = ParseHtmlDocument(content, type.essence, type.charset);
    if (!page.ok()) return page.status();
    *doc = *std::move(page);
    return absl::OkStatus();
  }
  if (!content_is_utf8 && !IsValidUtf8(content))
    return absl::InvalidArgumentError("content: not valid UTF-8");
  doc->Clear();
  FillDocument(content, ReadLayout(content), doc);
  return absl::OkStatus();
}

}  // namespace factwire
