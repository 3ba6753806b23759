#include "query-service/answer/queries.h"

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "google/protobuf/descriptor.h"
#include "query-service/answer/filter.h"
#include "query-service/answer/names.h"

namespace factwire {
namespace {

using google::protobuf::EnumDescriptor;
using google::protobuf::EnumValueDescriptor;

// "filter: kind" for a term's field, as error messages name it.
std::string FieldName(const FilterTerm& term) {
  return absl::StrCat("filter: ", term.field);
}

// The enum value a term names, with or without the type's prefix, any case
// ("DIRECT_QUOTE", "claim_kind_direct_quote"); never the *_UNSPECIFIED value.
absl::StatusOr<int> ParseEnumTerm(const EnumDescriptor* type,
                                  absl::string_view prefix,
                                  const FilterTerm& term) {
  std::string name = absl::AsciiStrToUpper(term.value);
  const EnumValueDescriptor* value = type->FindValueByName(name);
  if (value == nullptr)
    value = type->FindValueByName(absl::StrCat(prefix, name));
  if (value != nullptr && value->number() != 0) return value->number();
  std::vector<std::string> names;
  for (int i = 1; i < type->value_count(); ++i) {
    names.push_back(type->value(i)->name().substr(prefix.size()));
  }
  return absl::InvalidArgumentError(absl::StrFormat(
      "filter: %s \"%s\" at position %d is not one of %s", term.field,
      absl::CHexEscape(term.value), term.position, absl::StrJoin(names, ", ")));
}

// True if `query` has a letter, digit or non-ASCII character FTS5 can match.
bool HasSearchableWord(absl::string_view query) {
  for (char c : query) {
    if (absl::ascii_isalnum(static_cast<unsigned char>(c)) ||
        static_cast<unsigned char>(c) >= 0x80) {
      return true;
    }
  }
  return false;
}

// Applies one SearchClaims filter term to `query`.
absl::Status ApplyClaimTerm(const FilterTerm& term, ClaimQuery& query) {
  if (term.field == "kind") {
    absl::StatusOr<int> kind =
        ParseEnumTerm(v1::ClaimKind_descriptor(), "CLAIM_KIND_", term);
    if (!kind.ok()) return kind.status();
    query.kind = static_cast<v1::ClaimKind>(*kind);
    return absl::OkStatus();
  }
  bool source = term.field == "source";
  absl::StatusOr<std::string> id = ParseNameOrId(
      FieldName(term), source ? "sources" : "documents", term.value);
  if (!id.ok()) return id.status();
  (source ? query.source_id : query.document_id) = *std::move(id);
  return absl::OkStatus();
}

// Applies one ListFigures filter term to `query`.
absl::Status ApplyFigureTerm(const FilterTerm& term, FigureQuery& query) {
  if (term.field == "dimension") {
    absl::StatusOr<int> dimension =
        ParseEnumTerm(v1::Dimension_descriptor(), "DIMENSION_", term);
    if (!dimension.ok()) return dimension.status();
    query.dimension = static_cast<v1::Dimension>(*dimension);
  } else if (term.field == "subject") {
    if (!HasSearchableWord(term.value)) {
      return absl::InvalidArgumentError(
          absl::StrFormat("filter: subject at position %d has no word to match",
                          term.position));
    }
    query.subject_words = absl::StrSplit(term.value, absl::ByAnyChar(" \t\r\n"),
                                         absl::SkipEmpty());
  } else {
    query.unit = term.value;
  }
  return absl::OkStatus();
}

absl::StatusOr<std::string> FiguresParent(absl::string_view parent) {
  if (parent.empty() || parent == "documents/-") return std::string();
  return ParseName("parent", "documents", parent);
}

}  // namespace

absl::StatusOr<ClaimQuery> ToClaimQuery(
    const v1::SearchClaimsRequest& request) {
  if (!request.query().empty() && !HasSearchableWord(request.query())) {
    return absl::InvalidArgumentError(
        "query has no word to search for (letters or digits)");
  }
  absl::StatusOr<std::vector<FilterTerm>> terms =
      ParseFilter(request.filter(), {"source", "kind", "document"});
  if (!terms.ok()) return terms.status();
  ClaimQuery query;
  query.text = request.query();
  for (const FilterTerm& term : *terms) {
    absl::Status applied = ApplyClaimTerm(term, query);
    if (!applied.ok()) return applied;
  }
  return query;
}

absl::StatusOr<FigureQuery> ToFigureQuery(
    const v1::ListFiguresRequest& request) {
  absl::StatusOr<std::string> document_id = FiguresParent(request.parent());
  if (!document_id.ok()) return document_id.status();
  absl::StatusOr<std::vector<FilterTerm>> terms =
      ParseFilter(request.filter(), {"subject", "dimension", "unit"});
  if (!terms.ok()) return terms.status();
  FigureQuery query;
  query.document_id = *std::move(document_id);
  for (const FilterTerm& term : *terms) {
    absl::Status applied = ApplyFigureTerm(term, query);
    if (!applied.ok()) return applied;
  }
  return query;
}

absl::StatusOr<SourceQuery> ToSourceQuery(
    const v1::ListSourcesRequest& request) {
  absl::StatusOr<std::vector<FilterTerm>> terms =
      ParseFilter(request.filter(), {"type"});
  if (!terms.ok()) return terms.status();
  SourceQuery query;
  for (const FilterTerm& term : *terms) {
    absl::StatusOr<int> type =
        ParseEnumTerm(v1::SourceType_descriptor(), "SOURCE_TYPE_", term);
    if (!type.ok()) return type.status();
    query.type = static_cast<v1::SourceType>(*type);
  }
  return query;
}

}  // namespace factwire
