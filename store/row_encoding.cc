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

// What a kept message holds while a record is serialized: the fields its row
// keeps in columns (records.h) and those readers set (name, document), moved
// out of the record and back by swaps, so nothing is copied.
template <typename Record>
class HeldFields;

// Swaps `*held` with the string field `value` (whose mutable pointer
// `mutable_value` returns) unless both are empty: an empty field is left
// as it is rather than given a string of its own.
template <typename MutableValue>
void SwapText(std::string* held, const std::string& value,
              MutableValue mutable_value) {
  if (held->empty() && value.empty()) return;
  held->swap(*mutable_value());
}

template <>
class HeldFields<factwire::v1::Claim> {
 public:
  static void Swap(factwire::v1::Claim* claim) {
    thread_local factwire::v1::Claim held;
    SwapText(held.mutable_name(), claim->name(),
             [&] { return claim->mutable_name(); });
    SwapText(held.mutable_document(), claim->document(),
             [&] { return claim->mutable_document(); });
    SwapText(held.mutable_claim_id(), claim->claim_id(),
             [&] { return claim->mutable_claim_id(); });
    SwapText(held.mutable_text(), claim->text(),
             [&] { return claim->mutable_text(); });
    SwapText(held.mutable_speaker(), claim->speaker(),
             [&] { return claim->mutable_speaker(); });
    SwapText(held.mutable_source_id(), claim->source_id(),
             [&] { return claim->mutable_source_id(); });
    factwire::v1::ClaimKind kind = held.kind();
    held.set_kind(claim->kind());
    claim->set_kind(kind);
    float checkworthiness = held.checkworthiness();
    held.set_checkworthiness(claim->checkworthiness());
    claim->set_checkworthiness(checkworthiness);
  }
};

template <>
class HeldFields<factwire::v1::Figure> {
 public:
  static void Swap(factwire::v1::Figure* figure) {
    thread_local factwire::v1::Figure held;
    SwapText(held.mutable_name(), figure->name(),
             [&] { return figure->mutable_name(); });
    SwapText(held.mutable_document(), figure->document(),
             [&] { return figure->mutable_document(); });
    SwapText(held.mutable_figure_id(), figure->figure_id(),
             [&] { return figure->mutable_figure_id(); });
    SwapText(held.mutable_subject(), figure->subject(),
             [&] { return figure->mutable_subject(); });
    SwapText(held.mutable_unit(), figure->unit(),
             [&] { return figure->mutable_unit(); });
    SwapText(held.mutable_place(), figure->place(),
             [&] { return figure->mutable_place(); });
    SwapText(held.mutable_claim_id(), figure->claim_id(),
             [&] { return figure->mutable_claim_id(); });
    factwire::v1::Dimension dimension = held.dimension();
    held.set_dimension(figure->dimension());
    figure->set_dimension(dimension);
    double normalized_value = held.normalized_value();
    held.set_normalized_value(figure->normalized_value());
    figure->set_normalized_value(normalized_value);
    factwire::v1::Qualifier qualifier = held.qualifier();
    held.set_qualifier(figure->qualifier());
    figure->set_qualifier(qualifier);
  }
};

template <>
class HeldFields<factwire::v1::Source> {
 public:
  static void Swap(factwire::v1::Source* source) {
    thread_local factwire::v1::Source held;
    SwapText(held.mutable_source_id(), source->source_id(),
             [&] { return source->mutable_source_id(); });
    SwapText(held.mutable_title(), source->title(),
             [&] { return source->mutable_title(); });
    SwapText(held.mutable_affiliation(), source->affiliation(),
             [&] { return source->mutable_affiliation(); });
  }
};

// `record` serialized without the fields HeldFields<Record> holds (the kept
// message starts and ends with them cleared, so two swaps restore `record`).
template <typename Record>
std::string WithoutColumnFields(Record* record) {
  HeldFields<Record>::Swap(record);
  std::string bytes = record->SerializeAsString();
  HeldFields<Record>::Swap(record);
  return bytes;
}

// The document serialized without text, records, name, revision and
// ingest_time: those fields are swapped into `held` and back, not copied.
std::string MetadataWithoutStamp(Document* document) {
  Document held;
  auto swap_fields = [&] {
    SwapText(held.mutable_text(), document->text(),
             [&] { return document->mutable_text(); });
    SwapText(held.mutable_name(), document->name(),
             [&] { return document->mutable_name(); });
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
  for (factwire::v1::Claim& claim : *document->mutable_claims()) {
    rows->claims.push_back(WithoutColumnFields(&claim));
  }
  rows->figures.reserve(static_cast<size_t>(document->figures_size()));
  for (factwire::v1::Figure& figure : *document->mutable_figures()) {
    rows->figures.push_back(WithoutColumnFields(&figure));
  }
  rows->sources.reserve(static_cast<size_t>(document->sources_size()));
  for (factwire::v1::Source& source : *document->mutable_sources()) {
    if (HasQueryFields(source)) {
      factwire::v1::Source record = DocumentSourceRecord(source);
      rows->sources.push_back(WithoutColumnFields(&record));
    } else {
      rows->sources.push_back(WithoutColumnFields(&source));
    }
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
