#include "ingest-service/parse/html_document.h"

#include <cstddef>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "ingest-service/parse/html_article.h"
#include "ingest-service/parse/html_charset.h"
#include "ingest-service/parse/utf8.h"

namespace factwire {
namespace {

constexpr char kUtf8Bom[] = "\xEF\xBB\xBF";

// The page as UTF-8 (transcoded into *storage when needed), or the error.
absl::StatusOr<absl::string_view> AsUtf8(absl::string_view content,
                                         absl::string_view charset,
                                         std::string* storage) {
  std::string label =
      absl::StartsWith(content, kUtf8Bom) ? "utf-8" : std::string(charset);
  if (label.empty()) label = SniffHtmlCharset(content);
  switch (EncodingForLabel(label)) {
    case HtmlEncoding::kUtf8:
      if (absl::StartsWith(content, kUtf8Bom)) content.remove_prefix(3);
      if (!IsValidUtf8(content)) {
        return absl::InvalidArgumentError(
            "content: not valid UTF-8 (an HTML page is read as UTF-8 unless its "
            "media type or a <meta> charset names ISO-8859-1 or windows-1252)");
      }
      return content;
    case HtmlEncoding::kWindows1252:
      *storage = Windows1252ToUtf8(content);
      return absl::string_view(*storage);
    case HtmlEncoding::kUnsupported:
      break;
  }
  return absl::InvalidArgumentError(
      absl::StrCat("content: charset \"", label,
                   "\" is not supported (supported: utf-8, iso-8859-1, windows-1252)"));
}

// Appends `paragraph` to the document's text and its span from byte `lede` of
// it on (a dateline before the lede is text but no part of the paragraph).
void AddParagraph(const std::string& paragraph, size_t lede, v1::Document* doc) {
  std::string* text = doc->mutable_text();
  if (!text->empty()) text->append("\n\n");
  v1::TextSpan* span = doc->add_paragraphs();
  span->set_begin(static_cast<int>(text->size() + lede));
  text->append(paragraph);
  span->set_end(static_cast<int>(text->size()));
}

}  // namespace

absl::StatusOr<v1::Document> ParseHtmlDocument(absl::string_view content,
                                               absl::string_view media_type,
                                               absl::string_view charset) {
  std::string transcoded;
  absl::StatusOr<absl::string_view> html = AsUtf8(content, charset, &transcoded);
  if (!html.ok()) return html.status();
  HtmlArticle article = ReadHtmlArticle(*html);
  if (article.headline.empty() && article.paragraphs.empty()) {
    return absl::InvalidArgumentError("content: the HTML page has no article text");
  }
  v1::Document doc;
  doc.set_media_type(std::string(media_type));
  doc.set_text(article.headline);
  for (size_t k = 0; k < article.paragraphs.size(); ++k) {
    AddParagraph(article.paragraphs[k], k == 0 ? article.lede : 0, &doc);
  }
  doc.mutable_text()->push_back('\n');
  doc.set_headline(std::move(article.headline));
  doc.set_subheadline(std::move(article.subheadline));
  doc.set_section(std::move(article.section));
  doc.set_url(std::move(article.url));
  doc.set_dateline(std::move(article.dateline));
  doc.set_language(article.language.empty() ? "en" : article.language);
  for (std::string& author : article.authors) doc.add_authors(std::move(author));
  if (article.publish_time)
    doc.mutable_publish_time()->set_seconds(*article.publish_time);
  return doc;
}

}  // namespace factwire
