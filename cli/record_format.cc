#include "cli/record_format.h"

#include <string>
#include <utility>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/strip.h"
#include "absl/time/time.h"
#include "cli/table.h"

namespace factwire {
namespace {

using google::protobuf::RepeatedPtrField;

constexpr size_t kTextWidth = 100;
constexpr size_t kCellWidth = 40;

// The claims table, with or without the DOCUMENT column.
std::string ClaimTable(const RepeatedPtrField<v1::Claim>& claims, bool with_document) {
  TableRow header = {"CLAIM", "KIND", "SPEAKER", "SOURCE", "TEXT"};
  if (with_document) header.insert(header.begin(), "DOCUMENT");
  std::vector<TableRow> rows;
  for (const v1::Claim& claim : claims) {
    TableRow row = {claim.claim_id(),
                    ShortEnumName(v1::ClaimKind_Name(claim.kind()), "CLAIM_KIND_"),
                    OneLine(claim.speaker(), kCellWidth), claim.source_id(),
                    OneLine(claim.text(), kTextWidth)};
    if (with_document) row.insert(row.begin(), DocumentId(claim.document()));
    rows.push_back(std::move(row));
  }
  return FormatTable(header, rows);
}

std::string WhenWhere(const v1::Figure& figure) {
  std::vector<std::string> parts;
  if (!figure.time_scope().empty()) parts.push_back(figure.time_scope());
  if (!figure.place().empty()) parts.push_back(figure.place());
  return OneLine(absl::StrJoin(parts, ", "), kCellWidth);
}

std::string FigureTable(const RepeatedPtrField<v1::Figure>& figures, bool with_document) {
  TableRow header = {"FIGURE",    "TEXT",      "VALUE",   "UNIT",
                     "DIMENSION", "QUALIFIER", "SUBJECT", "WHEN/WHERE"};
  if (with_document) header.insert(header.begin(), "DOCUMENT");
  std::vector<TableRow> rows;
  for (const v1::Figure& figure : figures) {
    TableRow row = {figure.figure_id(),
                    OneLine(figure.text(), kCellWidth),
                    FormatFigureValue(figure),
                    figure.unit(),
                    ShortEnumName(v1::Dimension_Name(figure.dimension()), "DIMENSION_"),
                    ShortEnumName(v1::Qualifier_Name(figure.qualifier()), "QUALIFIER_"),
                    OneLine(figure.subject(), kCellWidth),
                    WhenWhere(figure)};
    if (with_document) row.insert(row.begin(), DocumentId(figure.document()));
    rows.push_back(std::move(row));
  }
  return FormatTable(header, rows);
}

std::string SourceTable(const RepeatedPtrField<v1::Source>& sources, bool with_counts) {
  TableRow header = {"SOURCE", "TYPE", "NAME", "TITLE", "AFFILIATION"};
  if (with_counts) header.insert(header.begin() + 3, {"CLAIMS", "DOCS"});
  std::vector<TableRow> rows;
  for (const v1::Source& source : sources) {
    TableRow row = {source.source_id(),
                    ShortEnumName(v1::SourceType_Name(source.type()), "SOURCE_TYPE_"),
                    OneLine(source.name(), kCellWidth),
                    OneLine(source.title(), kCellWidth),
                    OneLine(source.affiliation(), kCellWidth)};
    if (with_counts) {
      row.insert(row.begin() + 3, {absl::StrCat(source.claim_count()),
                                   absl::StrCat(source.document_count())});
    }
    rows.push_back(std::move(row));
  }
  return FormatTable(header, rows);
}

std::string FormatTime(const google::protobuf::Timestamp& time) {
  if (time.seconds() == 0 && time.nanos() == 0) return "";
  return absl::FormatTime(absl::RFC3339_sec, absl::FromUnixSeconds(time.seconds()),
                          absl::UTCTimeZone());
}

// "label (N):\n" + table, or "" when there are no records.
std::string Section(absl::string_view label, int count, const std::string& table) {
  if (count == 0) return "";
  return absl::StrCat("\n", label, " (", count, "):\n", table);
}

// `values` joined by "; ", or `fallback` when there are none.
std::string JoinOr(const RepeatedPtrField<std::string>& values,
                   const std::string& fallback) {
  return values.empty() ? fallback : absl::StrJoin(values, "; ");
}

}  // namespace

std::string FormatClaims(const RepeatedPtrField<v1::Claim>& claims) {
  return ClaimTable(claims, /*with_document=*/true);
}

std::string FormatFigures(const RepeatedPtrField<v1::Figure>& figures) {
  return FigureTable(figures, /*with_document=*/true);
}

std::string FormatSources(const RepeatedPtrField<v1::Source>& sources) {
  return SourceTable(sources, /*with_counts=*/true);
}

std::string FormatSource(const v1::Source& source) {
  return FormatFields({
      {"name", source.name()},
      {"resource", "sources/" + source.source_id()},
      {"type", ShortEnumName(v1::SourceType_Name(source.type()), "SOURCE_TYPE_")},
      {"aliases", absl::StrJoin(source.aliases(), "; ")},
      {"titles", JoinOr(source.titles(), source.title())},
      {"affiliations", JoinOr(source.affiliations(), source.affiliation())},
      {"claims", absl::StrCat(source.claim_count())},
      {"documents", absl::StrCat(source.document_count())},
  });
}

std::string FormatDocument(const v1::Document& document) {
  std::string text = FormatFields({
      {"name", document.name()},
      {"external id", document.external_id()},
      {"url", document.url()},
      {"headline", OneLine(document.headline(), kTextWidth)},
      {"subheadline", OneLine(document.subheadline(), kTextWidth)},
      {"section", document.section()},
      {"authors", absl::StrJoin(document.authors(), "; ")},
      {"dateline", document.dateline()},
      {"published", FormatTime(document.publish_time())},
      {"ingested", FormatTime(document.ingest_time())},
      {"language", document.language()},
      {"media type", document.media_type()},
      {"revision", document.revision() == 0 ? "" : absl::StrCat(document.revision())},
      {"sha-256", document.content_sha256()},
      {"extractor", document.extractor_version()},
      {"paragraphs",
       document.paragraphs().empty() ? "" : absl::StrCat(document.paragraphs_size())},
  });
  absl::StrAppend(&text,
                  Section("claims", document.claims_size(),
                          ClaimTable(document.claims(), /*with_document=*/false)),
                  Section("figures", document.figures_size(),
                          FigureTable(document.figures(), /*with_document=*/false)),
                  Section("sources", document.sources_size(),
                          SourceTable(document.sources(), /*with_counts=*/false)));
  return text;
}

std::string FormatFigureValue(const v1::Figure& figure) {
  std::string value = absl::StrFormat("%.15g", figure.value());
  if (figure.qualifier() == v1::QUALIFIER_RANGE) {
    absl::StrAppend(&value, "–", absl::StrFormat("%.15g", figure.value_max()));
  }
  return value;
}

std::string ShortEnumName(absl::string_view name, absl::string_view prefix) {
  if (absl::EndsWith(name, "_UNSPECIFIED")) return "";
  absl::ConsumePrefix(&name, prefix);
  return std::string(name);
}

std::string DocumentId(absl::string_view name) {
  if (!absl::ConsumePrefix(&name, "documents/")) return std::string(name);
  return std::string(name.substr(0, name.find('/')));
}

}  // namespace factwire
