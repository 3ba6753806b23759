#include "store/filter.h"

#include <vector>

namespace factwire {
namespace {

using Type = FilterFieldType;

const std::vector<FilterField>* ClaimFields() {
  static const auto* fields = new std::vector<FilterField>{
      {"source", Type::kResourceId, "sources"},
      {"speaker", Type::kResourceId, "sources"},
      {"kind", Type::kEnum, "factwire.v1.ClaimKind"},
      {"document", Type::kResourceId, "documents"},
      {"publish_time", Type::kTimestamp, ""},
      {"checkworthiness", Type::kNumber, ""},
  };
  return fields;
}

const std::vector<FilterField>* FigureFields() {
  static const auto* fields = new std::vector<FilterField>{
      {"subject", Type::kString, ""},
      {"dimension", Type::kEnum, "factwire.v1.Dimension"},
      {"unit", Type::kString, ""},
      {"value", Type::kNumber, ""},
      {"normalized_value", Type::kNumber, ""},
      {"qualifier", Type::kEnum, "factwire.v1.Qualifier"},
      {"place", Type::kString, ""},
      {"publish_time", Type::kTimestamp, ""},
      {"source", Type::kResourceId, "sources"},
      {"document", Type::kResourceId, "documents"},
  };
  return fields;
}

const std::vector<FilterField>* DocumentFields() {
  static const auto* fields = new std::vector<FilterField>{
      {"section", Type::kString, ""},
      {"headline", Type::kString, ""},
      {"publish_time", Type::kTimestamp, ""},
      {"source", Type::kResourceId, "sources"},
  };
  return fields;
}

const std::vector<FilterField>* SourceFields() {
  static const auto* fields = new std::vector<FilterField>{
      {"type", Type::kEnum, "factwire.v1.SourceType"},
      {"name", Type::kString, ""},
      {"affiliation", Type::kString, ""},
      {"title", Type::kString, ""},
      {"claim_count", Type::kNumber, ""},
      {"document_count", Type::kNumber, ""},
  };
  return fields;
}

}  // namespace

const std::vector<FilterField>& FilterFields(FilterResource resource) {
  switch (resource) {
    case FilterResource::kClaims:
      return *ClaimFields();
    case FilterResource::kFigures:
      return *FigureFields();
    case FilterResource::kDocuments:
      return *DocumentFields();
    case FilterResource::kSources:
      return *SourceFields();
  }
  return *ClaimFields();
}

const char* FilterResourceName(FilterResource resource) {
  switch (resource) {
    case FilterResource::kClaims:
      return "claims";
    case FilterResource::kFigures:
      return "figures";
    case FilterResource::kDocuments:
      return "documents";
    case FilterResource::kSources:
      return "sources";
  }
  return "records";
}

const char* FilterOpText(FilterOp op) {
  switch (op) {
    case FilterOp::kEqual:
      return "=";
    case FilterOp::kNotEqual:
      return "!=";
    case FilterOp::kLess:
      return "<";
    case FilterOp::kLessOrEqual:
      return "<=";
    case FilterOp::kGreater:
      return ">";
    case FilterOp::kGreaterOrEqual:
      return ">=";
    case FilterOp::kHas:
      return ":";
    case FilterOp::kPresent:
      return ":*";
  }
  return "?";
}

}  // namespace factwire
