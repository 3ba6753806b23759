#include "cli/record_format.h"

#include <string>

#include "gtest/gtest.h"

namespace factwire {
namespace {

v1::Claim QuoteClaim() {
  v1::Claim claim;
  claim.set_document("documents/d1");
  claim.set_claim_id("c1");
  claim.set_kind(v1::CLAIM_KIND_DIRECT_QUOTE);
  claim.set_speaker("Jane Roe");
  claim.set_source_id("jane-roe");
  claim.set_text("The harbor\nwill be clean.");
  return claim;
}

v1::Figure RangeFigure() {
  v1::Figure figure;
  figure.set_document("documents/d1");
  figure.set_figure_id("f1");
  figure.set_text("between 5 and 10 tonnes");
  figure.set_value(5);
  figure.set_value_max(10);
  figure.set_unit("tonne");
  figure.set_dimension(v1::DIMENSION_MASS);
  figure.set_qualifier(v1::QUALIFIER_RANGE);
  figure.set_subject("sediment");
  figure.set_time_scope("a year");
  figure.set_place("Bay");
  return figure;
}

TEST(FormatClaims, OneRowPerClaimOnOneLine) {
  v1::Document document;
  *document.add_claims() = QuoteClaim();
  EXPECT_EQ(
      FormatClaims(document.claims()),
      "DOCUMENT  CLAIM  KIND          SPEAKER   SOURCE    TEXT\n"
      "d1        c1     DIRECT_QUOTE  Jane Roe  jane-roe  The harbor will be clean.\n");
}

TEST(FormatFigures, ShowsRangesUnitsAndScope) {
  v1::Document document;
  *document.add_figures() = RangeFigure();
  const std::string table = FormatFigures(document.figures());
  EXPECT_NE(table.find("d1        f1      between 5 and 10 tonnes  5–10   tonne  MASS"),
            std::string::npos)
      << table;
  EXPECT_NE(table.find("RANGE      sediment  a year, Bay\n"), std::string::npos) << table;
}

TEST(FormatSources, IncludesCounts) {
  v1::Document document;
  v1::Source* source = document.add_sources();
  source->set_source_id("jane-roe");
  source->set_type(v1::SOURCE_TYPE_PERSON);
  source->set_name("Jane Roe");
  source->set_title("mayor");
  source->set_claim_count(3);
  source->set_document_count(2);
  EXPECT_EQ(FormatSources(document.sources()),
            "SOURCE    TYPE    NAME      CLAIMS  DOCS  TITLE  AFFILIATION\n"
            "jane-roe  PERSON  Jane Roe  3       2     mayor\n");
}

TEST(FormatSource, PrefersTitlesSeenAcrossDocuments) {
  v1::Source source;
  source.set_source_id("jane-roe");
  source.set_type(v1::SOURCE_TYPE_PERSON);
  source.set_name("Jane Roe");
  source.set_title("mayor");
  source.add_titles("mayor");
  source.add_titles("former councillor");
  source.add_aliases("Roe");
  source.set_claim_count(3);
  source.set_document_count(2);
  EXPECT_EQ(FormatSource(source),
            "name:       Jane Roe\n"
            "resource:   sources/jane-roe\n"
            "type:       PERSON\n"
            "aliases:    Roe\n"
            "titles:     mayor; former councillor\n"
            "claims:     3\n"
            "documents:  2\n");
}

TEST(FormatDocument, MetadataThenRecordTablesWithoutTheDocumentColumn) {
  v1::Document document;
  document.set_name("documents/d1");
  document.set_headline("Harbor plan");
  document.mutable_publish_time()->set_seconds(1735689600);  // 2025-01-01
  *document.add_claims() = QuoteClaim();
  const std::string text = FormatDocument(document);
  EXPECT_EQ(text,
            "name:       documents/d1\n"
            "headline:   Harbor plan\n"
            "published:  2025-01-01T00:00:00+00:00\n"
            "\n"
            "claims (1):\n"
            "CLAIM  KIND          SPEAKER   SOURCE    TEXT\n"
            "c1     DIRECT_QUOTE  Jane Roe  jane-roe  The harbor will be clean.\n");
}

TEST(FormatFigureValue, PlainDecimals) {
  v1::Figure figure;
  figure.set_value(1.3e9);
  EXPECT_EQ(FormatFigureValue(figure), "1300000000");
  figure.set_value(2.5);
  EXPECT_EQ(FormatFigureValue(figure), "2.5");
  figure.set_value(0.1);
  EXPECT_EQ(FormatFigureValue(figure), "0.1");
  EXPECT_EQ(FormatFigureValue(RangeFigure()), "5–10");
}

TEST(ShortEnumName, StripsThePrefix) {
  EXPECT_EQ(ShortEnumName("CLAIM_KIND_DIRECT_QUOTE", "CLAIM_KIND_"), "DIRECT_QUOTE");
  EXPECT_EQ(ShortEnumName("CLAIM_KIND_UNSPECIFIED", "CLAIM_KIND_"), "");
}

TEST(DocumentId, FromAnyResourceName) {
  EXPECT_EQ(DocumentId("documents/abc"), "abc");
  EXPECT_EQ(DocumentId("documents/abc/claims/c1"), "abc");
  EXPECT_EQ(DocumentId("abc"), "abc");
}

}  // namespace
}  // namespace factwire
