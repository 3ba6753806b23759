#include "ingest-service/analyzer.h"

#include <string>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "ingest-service/parse/parser.h"
#include "ingest-service/sha256_hex.h"

namespace factwire {
namespace {

// Copies the non-empty metadata fields of `overrides` onto `doc`.
void ApplyOverrides(const v1::Document& overrides, v1::Document* doc) {
  if (!overrides.headline().empty()) doc->set_headline(overrides.headline());
  if (!overrides.subheadline().empty()) doc->set_subheadline(overrides.subheadline());
  if (!overrides.section().empty()) doc->set_section(overrides.section());
  if (!overrides.dateline().empty()) doc->set_dateline(overrides.dateline());
  if (!overrides.language().empty()) doc->set_language(overrides.language());
  if (overrides.authors_size() > 0) *doc->mutable_authors() = overrides.authors();
  if (overrides.has_publish_time())
    *doc->mutable_publish_time() = overrides.publish_time();
  if (overrides.has_ingest_time()) *doc->mutable_ingest_time() = overrides.ingest_time();
}

// Parses `input` into `*doc`, keeping the claim, figure and source messages
// `*doc` held (Extract() clears and reuses them, with their strings' room, instead
// of allocating new ones); the rest of `*doc` is replaced.
absl::Status ParseKeepingRecords(const AnalyzeInput& input, v1::Document* doc) {
  if (doc->GetArena() != nullptr) {
    return ParseDocumentInto(input.content, input.media_type, doc, input.content_is_utf8);
  }
  v1::Document records;  // the parser writes none: they wait here meanwhile
  records.mutable_claims()->Swap(doc->mutable_claims());
  records.mutable_figures()->Swap(doc->mutable_figures());
  records.mutable_sources()->Swap(doc->mutable_sources());
  absl::Status parsed =
      ParseDocumentInto(input.content, input.media_type, doc, input.content_is_utf8);
  doc->mutable_claims()->Swap(records.mutable_claims());
  doc->mutable_figures()->Swap(records.mutable_figures());
  doc->mutable_sources()->Swap(records.mutable_sources());
  return parsed;
}

}  // namespace

Analyzer::Analyzer(std::unique_ptr<Extractor> extractor)
    : extractor_(std::move(extractor)) {}

absl::StatusOr<std::unique_ptr<Analyzer>> Analyzer::Create() {
  absl::StatusOr<std::unique_ptr<Extractor>> extractor = Extractor::Create();
  if (!extractor.ok()) return absl::InternalError(extractor.status().message());
  return std::unique_ptr<Analyzer>(new Analyzer(*std::move(extractor)));
}

absl::StatusOr<v1::Document> Analyzer::Analyze(const AnalyzeInput& input) const {
  v1::Document doc;
  if (absl::Status status = AnalyzeInto(input, &doc); !status.ok()) return status;
  return doc;
}

absl::Status Analyzer::AnalyzeInto(const AnalyzeInput& input, v1::Document* doc) const {
  if (input.content.size() > kMaxContentBytes) {
    return absl::ResourceExhaustedError(
        absl::StrCat("content: ", input.content.size(), " bytes exceeds the limit of ",
                     kMaxContentBytes, " bytes (kMaxContentBytes)"));
  }
  if (absl::Status parsed = ParseKeepingRecords(input, doc); !parsed.ok()) return parsed;
  ApplyOverrides(input.metadata, doc);
  char content_hash[kSha256HexSize];
  Sha256Hex(input.content, content_hash);
  doc->mutable_content_sha256()->assign(content_hash, kSha256HexSize);
  char external_hash[kSha256HexSize];
  const char* id_hash = content_hash;
  if (!input.external_id.empty()) {
    Sha256Hex(input.external_id, external_hash);
    id_hash = external_hash;
  }
  constexpr size_t kIdSize = 16;
  doc->mutable_document_id()->assign(id_hash, kIdSize);
  constexpr absl::string_view kNamePrefix = "documents/";
  std::string* name = doc->mutable_name();
  name->assign(kNamePrefix.data(), kNamePrefix.size());
  name->append(id_hash, kIdSize);
  doc->set_external_id(input.external_id);
  if (!input.url.empty()) doc->set_url(input.url);  // else the page's own (HTML)
  return extractor_->Extract(doc);
}

}  // namespace factwire
