#include "store/records.h"

#include <algorithm>
#include <initializer_list>

#include "absl/strings/str_cat.h"

namespace factwire {
namespace store_internal {

std::string DocumentName(absl::string_view document_id) {
  return absl::StrCat("documents/", document_id);
}

std::string ClaimName(absl::string_view document_id,
                      absl::string_view claim_id) {
  return absl::StrCat("documents/", document_id, "/claims/", claim_id);
}

std::string FigureName(absl::string_view document_id,
                       absl::string_view figure_id) {
  return absl::StrCat("documents/", document_id, "/figures/", figure_id);
}

int64_t ToMicros(const google::protobuf::Timestamp& timestamp) {
  return timestamp.seconds() * 1000000 + timestamp.nanos() / 1000;
}

google::protobuf::Timestamp FromMicros(int64_t micros) {
  google::protobuf::Timestamp timestamp;
  int64_t seconds = micros / 1000000;
  int64_t rest = micros % 1000000;
  if (rest < 0) {
    seconds -= 1;
    rest += 1000000;
  }
  timestamp.set_seconds(seconds);
  timestamp.set_nanos(static_cast<int32_t>(rest * 1000));
  return timestamp;
}

int64_t ToMicros(absl::Time time) { return absl::ToUnixMicros(time); }

absl::Status ValidatePage(const PageQuery& page) {
  if (page.limit < 1) {
    return absl::InvalidArgumentError(
        absl::StrCat("page limit must be at least 1, got ", page.limit));
  }
  if (page.after < 0) {
    return absl::InvalidArgumentError(
        absl::StrCat("page position must not be negative, got ", page.after));
  }
  return absl::OkStatus();
}

absl::string_view SpanText(absl::string_view text,
                           const factwire::v1::TextSpan& span) {
  int64_t size = static_cast<int64_t>(text.size());
  int64_t begin = std::clamp<int64_t>(span.begin(), 0, size);
  int64_t end = std::clamp<int64_t>(span.end(), begin, size);
  return text.substr(begin, end - begin);
}

namespace {

// `columns` (comma-separated names) each prefixed with "`alias`.".
std::string Qualified(absl::string_view alias,
                      std::initializer_list<absl::string_view> columns) {
  std::string list;
  for (absl::string_view column : columns) {
    absl::StrAppend(&list, list.empty() ? "" : ", ", alias,
                    alias.empty() ? "" : ".", column);
  }
  return list;
}

}  // namespace

std::string ClaimFieldColumns(absl::string_view table_alias) {
  return Qualified(table_alias, {"claim_id", "kind", "text", "speaker",
                                 "source_id", "checkworthiness"});
}

std::string FigureFieldColumns(absl::string_view table_alias) {
  return Qualified(table_alias,
                   {"figure_id", "subject", "dimension", "unit",
                    "normalized_value", "qualifier", "place", "claim_id"});
}

std::string SourceFieldColumns(absl::string_view table_alias) {
  return Qualified(table_alias, {"source_id", "title", "affiliation"});
}

void SetColumnFields(const Statement& row, int first,
                     factwire::v1::Claim* claim) {
  claim->set_claim_id(row.Text(first));
  claim->set_kind(static_cast<factwire::v1::ClaimKind>(row.Int(first + 1)));
  claim->set_text(row.Text(first + 2));
  claim->set_speaker(row.Text(first + 3));
  claim->set_source_id(row.Text(first + 4));
  // Stored from the proto's float: converting back is exact.
  claim->set_checkworthiness(static_cast<float>(row.Double(first + 5)));
}

void SetColumnFields(const Statement& row, int first,
                     factwire::v1::Figure* figure) {
  figure->set_figure_id(row.Text(first));
  figure->set_subject(row.Text(first + 1));
  figure->set_dimension(
      static_cast<factwire::v1::Dimension>(row.Int(first + 2)));
  figure->set_unit(row.Text(first + 3));
  figure->set_normalized_value(row.Double(first + 4));
  figure->set_qualifier(
      static_cast<factwire::v1::Qualifier>(row.Int(first + 5)));
  figure->set_place(row.Text(first + 6));
  figure->set_claim_id(row.Text(first + 7));
}

void SetColumnFields(const Statement& row, int first,
                     factwire::v1::Source* source) {
  source->set_source_id(row.Text(first));
  source->set_title(row.Text(first + 1));
  source->set_affiliation(row.Text(first + 2));
}

void ClearColumnFields(factwire::v1::Claim* claim) {
  claim->clear_claim_id();
  claim->clear_kind();
  claim->clear_text();
  claim->clear_speaker();
  claim->clear_source_id();
  claim->clear_checkworthiness();
}

void ClearColumnFields(factwire::v1::Figure* figure) {
  figure->clear_figure_id();
  figure->clear_subject();
  figure->clear_dimension();
  figure->clear_unit();
  figure->clear_normalized_value();
  figure->clear_qualifier();
  figure->clear_place();
  figure->clear_claim_id();
}

void ClearColumnFields(factwire::v1::Source* source) {
  source->clear_source_id();
  source->clear_title();
  source->clear_affiliation();
}

}  // namespace store_internal
}  // namespace factwire
