#include "store/row_encoding.h"

#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string>
#include <utility>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "proto/wire_reader.h"
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

// A set of field numbers below 64, as bits.
constexpr uint64_t Fields(std::initializer_list<int> numbers) {
  uint64_t bits = 0;
  for (int number : numbers) bits |= uint64_t{1} << number;
  return bits;
}

// What each record leaves out: the fields its row keeps in columns
// (records.h), those readers set (name, document), and a source's fields
// only queries fill (DocumentSourceRecord()).
using factwire::v1::Claim;
using factwire::v1::Figure;
using factwire::v1::Source;
constexpr uint64_t kClaimDropped =
    Fields({Claim::kNameFieldNumber, Claim::kDocumentFieldNumber,
            Claim::kClaimIdFieldNumber, Claim::kKindFieldNumber,
            Claim::kTextFieldNumber, Claim::kSpeakerFieldNumber,
            Claim::kSourceIdFieldNumber, Claim::kCheckworthinessFieldNumber});
constexpr uint64_t kFigureDropped =
    Fields({Figure::kNameFieldNumber, Figure::kDocumentFieldNumber,
            Figure::kFigureIdFieldNumber, Figure::kSubjectFieldNumber,
            Figure::kDimensionFieldNumber, Figure::kUnitFieldNumber,
            Figure::kNormalizedValueFieldNumber, Figure::kQualifierFieldNumber,
            Figure::kPlaceFieldNumber, Figure::kClaimIdFieldNumber});
constexpr uint64_t kSourceDropped =
    Fields({Source::kSourceIdFieldNumber, Source::kTitleFieldNumber,
            Source::kAffiliationFieldNumber, Source::kClaimCountFieldNumber,
            Source::kDocumentCountFieldNumber, Source::kTitlesFieldNumber,
            Source::kAffiliationsFieldNumber});

// `record` serialized without the fields in `dropped`: the whole
// serialization with those fields' bytes cut out in place (a message parses
// the same from its fields in any grouping). Bytes it cannot walk are kept
// whole.
std::string WithoutFields(const google::protobuf::Message& record,
                          uint64_t dropped) {
  std::string bytes = record.SerializeAsString();
  // Fields are only ever moved down over bytes already read.
  WireReader reader(bytes);
  char* out = bytes.data();
  while (!reader.at_end()) {
    const char* field = reader.position();
    uint64_t tag = 0;
    if (!reader.ReadVarint(&tag) || !reader.SkipField(tag)) {
      return record.SerializeAsString();
    }
    uint64_t number = tag >> 3;
    if (number < 64 && (dropped >> number & 1) != 0) continue;
    size_t length = static_cast<size_t>(reader.position() - field);
    if (out != field) std::memmove(out, field, length);
    out += length;
  }
  bytes.resize(static_cast<size_t>(out - bytes.data()));
  return bytes;
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
    rows->claims.push_back(WithoutFields(claim, kClaimDropped));
  }
  rows->figures.reserve(static_cast<size_t>(document->figures_size()));
  for (const factwire::v1::Figure& figure : document->figures()) {
    rows->figures.push_back(WithoutFields(figure, kFigureDropped));
  }
  rows->sources.reserve(static_cast<size_t>(document->sources_size()));
  for (const factwire::v1::Source& source : document->sources()) {
    rows->sources.push_back(WithoutFields(source, kSourceDropped));
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
