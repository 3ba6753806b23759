#include "store/row_encoding.h"

#include <string>
#include <utility>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "store/record_writer.h"
#include "store/records.h"

namespace factwire {
namespace store_internal {
namespace {

using factwire::v1::Document;

// kInvalidArgument naming the first id of `records` that repeats.
template <typename Records, typename Id>
absl::Status CheckUnique(const Records& records, absl::string_view name,
                         absl::string_view field, Id id) {
  absl::flat_hash_set<absl::string_view> seen;
  seen.reserve(static_cast<size_t>(records.size()));
  for (const auto& record : records) {
    if (seen.insert(id(record)).second) continue;
    return absl::InvalidArgumentError(
        absl::StrCat(name, ": ", field, " \"", id(record),
                     "\" appears more than once in the document"));
  }
  return absl::OkStatus();
}

absl::Status CheckUniqueIds(const Document& document) {
  absl::Status status =
      CheckUnique(document.sources(), "sources", "source_id",
                  [](const factwire::v1::Source& r) -> absl::string_view {
                    return r.source_id();
                  });
  if (!status.ok()) return status;
  status = CheckUnique(document.claims(), "claims", "claim_id",
                       [](const factwire::v1::Claim& r) -> absl::string_view {
                         return r.claim_id();
                       });
  if (!status.ok()) return status;
  return CheckUnique(document.figures(), "figures", "figure_id",
                     [](const factwire::v1::Figure& r) -> absl::string_view {
                       return r.figure_id();
                     });
}

absl::Status Validate(const Document& document) {
  if (document.document_id().empty()) {
    return absl::InvalidArgumentError("document_id is required");
  }
  if (document.content_sha256().empty()) {
    return absl::InvalidArgumentError("content_sha256 is required");
  }
  for (int i = 0; i < document.claims_size(); ++i) {
    if (document.claims(i).claim_id().empty()) {
      return absl::InvalidArgumentError(
          absl::StrCat("claims[", i, "].claim_id is required"));
    }
  }
  for (int i = 0; i < document.figures_size(); ++i) {
    if (document.figures(i).figure_id().empty()) {
      return absl::InvalidArgumentError(
          absl::StrCat("figures[", i, "].figure_id is required"));
    }
  }
  for (int i = 0; i < document.sources_size(); ++i) {
    if (document.sources(i).source_id().empty()) {
      return absl::InvalidArgumentError(
          absl::StrCat("sources[", i, "].source_id is required"));
    }
  }
  return CheckUniqueIds(document);
}

// `record` serialized without name and document (readers set them from the
// document), copying it only when it has them.
template <typename Record>
std::string WithoutNames(const Record& record) {
  if (record.name().empty() && record.document().empty()) {
    return record.SerializeAsString();
  }
  Record copy = record;
  copy.clear_name();
  copy.clear_document();
  return copy.SerializeAsString();
}

// The document serialized without text, records, name, revision and
// ingest_time: those fields are swapped into `held` and back, not copied.
std::string MetadataWithoutStamp(Document* document) {
  Document held;
  auto swap_fields = [&] {
    held.mutable_text()->swap(*document->mutable_text());
    held.mutable_name()->swap(*document->mutable_name());
    held.mutable_claims()->Swap(document->mutable_claims());
    held.mutable_figures()->Swap(document->mutable_figures());
    held.mutable_sources()->Swap(document->mutable_sources());
    int32_t revision = held.revision();
    held.set_revision(document->revision());
    document->set_revision(revision);
  };
  swap_fields();
  std::string bytes;
  if (document->has_ingest_time()) {
    Document copy = *document;
    copy.clear_ingest_time();
    bytes = copy.SerializeAsString();
  } else {
    bytes = document->SerializeAsString();
  }
  swap_fields();
  return bytes;
}

}  // namespace

void Encode(Document* document, EncodedRows* rows) {
  rows->valid = Validate(*document);
  if (!rows->valid.ok()) return;
  rows->metadata = MetadataWithoutStamp(document);
  rows->claims.reserve(static_cast<size_t>(document->claims_size()));
  for (const factwire::v1::Claim& claim : document->claims()) {
    rows->claims.push_back(WithoutNames(claim));
  }
  rows->figures.reserve(static_cast<size_t>(document->figures_size()));
  for (const factwire::v1::Figure& figure : document->figures()) {
    rows->figures.push_back(WithoutNames(figure));
  }
  rows->sources.reserve(static_cast<size_t>(document->sources_size()));
  for (const factwire::v1::Source& source : document->sources()) {
    rows->sources.push_back(HasQueryFields(source)
                                ? DocumentSourceRecord(source).SerializeAsString()
                                : source.SerializeAsString());
  }
}

std::string StampedMetadata(const EncodedRows& rows,
                            const std::string& document_id, int32_t revision,
                            absl::Time ingest_time) {
  // Fields parse last-wins, and the metadata has none of these, so
  // appending them equals serializing the stamped document.
  Document stamp;
  stamp.set_name(DocumentName(document_id));
  stamp.set_revision(revision);
  *stamp.mutable_ingest_time() = FromMicros(ToMicros(ingest_time));
  return absl::StrCat(rows.metadata, stamp.SerializeAsString());
}

}  // namespace store_internal

std::shared_ptr<const EncodedRows> EncodeRows(
    factwire::v1::Document* document) {
  auto rows = std::make_shared<EncodedRows>();
  store_internal::Encode(document, rows.get());
  return rows;
}

}  // namespace factwire
