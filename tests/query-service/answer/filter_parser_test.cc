// The AIP-160 filter parser: grammar, precedence, typed values, and errors
// with their columns.

#include "query-service/answer/filter_parser.h"

#include <memory>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/time/time.h"
#include "factwire/v1/records.pb.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace factwire {
namespace {

using ::testing::HasSubstr;
using Kind = FilterExpr::Kind;

std::string ValueText(const FilterValue& value) {
  switch (value.type) {
    case FilterValue::Type::kNone:
      return "";
    case FilterValue::Type::kString:
      return absl::StrCat("'", value.text, "'");
    case FilterValue::Type::kNumber:
      return absl::StrCat(value.number);
    case FilterValue::Type::kEnum:
      return absl::StrCat("#", value.enum_number);
    case FilterValue::Type::kTime:
      return absl::FormatTime(absl::RFC3339_full, value.time,
                              absl::UTCTimeZone());
  }
  return "?";
}

// The tree in prefix form: (AND a (OR b c)), (NOT a), field=value@column.
std::string Show(const FilterExpr& expr) {
  std::vector<std::string> children;
  for (const FilterExpr& child : expr.children) children.push_back(Show(child));
  switch (expr.kind) {
    case Kind::kAnd:
      return absl::StrCat("(AND ", absl::StrJoin(children, " "), ")");
    case Kind::kOr:
      return absl::StrCat("(OR ", absl::StrJoin(children, " "), ")");
    case Kind::kNot:
      return absl::StrCat("(NOT ", absl::StrJoin(children, " "), ")");
    case Kind::kComparison:
      return absl::StrCat(
          expr.comparison.field, FilterOpText(expr.comparison.op),
          ValueText(expr.comparison.value), "@", expr.comparison.column);
  }
  return "?";
}

std::string Parse(FilterResource resource, absl::string_view filter) {
  absl::StatusOr<std::shared_ptr<const FilterExpr>> tree =
      ParseFilterTree(resource, filter);
  EXPECT_TRUE(tree.ok()) << filter << ": " << tree.status();
  if (!tree.ok()) return "error";
  if (*tree == nullptr) return "none";
  return Show(**tree);
}

std::string Claims(absl::string_view filter) {
  return Parse(FilterResource::kClaims, filter);
}

std::string Figures(absl::string_view filter) {
  return Parse(FilterResource::kFigures, filter);
}

std::string ErrorOf(FilterResource resource, absl::string_view filter) {
  absl::StatusOr<std::shared_ptr<const FilterExpr>> tree =
      ParseFilterTree(resource, filter);
  EXPECT_FALSE(tree.ok()) << filter;
  if (tree.ok()) return "";
  EXPECT_EQ(tree.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(tree.status().message()),
              ::testing::StartsWith("filter: "));
  return std::string(tree.status().message());
}

std::string ClaimsError(absl::string_view filter) {
  return ErrorOf(FilterResource::kClaims, filter);
}

TEST(ParseFilterTree, EmptyAndBlankAreNoFilter) {
  EXPECT_EQ(Claims(""), "none");
  EXPECT_EQ(Claims(" \t\n "), "none");
}

TEST(ParseFilterTree, OneComparison) {
  EXPECT_EQ(Claims("source = \"sources/mike-vigil\""), "source='mike-vigil'@1");
  EXPECT_EQ(Claims("  source=mike-vigil"), "source='mike-vigil'@3");
}

TEST(ParseFilterTree, OrBindsTighterThanAnd) {
  EXPECT_EQ(Claims("source = a AND kind = STATEMENT OR kind = ATTRIBUTED"),
            "(AND source='a'@1 (OR kind=#5@16 kind=#4@36))");
  EXPECT_EQ(Claims("kind = STATEMENT OR kind = ATTRIBUTED AND source = a"),
            "(AND (OR kind=#5@1 kind=#4@21) source='a'@43)");
}

TEST(ParseFilterTree, ParenthesesOverridePrecedence) {
  EXPECT_EQ(Claims("(source = a AND kind = STATEMENT) OR document = d"),
            "(OR (AND source='a'@2 kind=#5@17) document='d'@38)");
  EXPECT_EQ(Claims("((source = a))"), "source='a'@3");
}

TEST(ParseFilterTree, NotAndMinus) {
  EXPECT_EQ(Claims("NOT source = a"), "(NOT source='a'@5)");
  EXPECT_EQ(Claims("-source = a"), "(NOT source='a'@2)");
  // NOT binds tighter than OR.
  EXPECT_EQ(Claims("NOT source = a OR source = b"),
            "(OR (NOT source='a'@5) source='b'@19)");
  EXPECT_EQ(Claims("NOT (source = a OR source = b)"),
            "(NOT (OR source='a'@6 source='b'@20))");
  EXPECT_EQ(Claims("NOT(source = a)"), "(NOT source='a'@5)");
}

TEST(ParseFilterTree, JuxtapositionMeansAnd) {
  EXPECT_EQ(Claims("source = a kind = STATEMENT"),
            "(AND source='a'@1 kind=#5@12)");
}

TEST(ParseFilterTree, EveryOperator) {
  EXPECT_EQ(Figures("value = 5"), "value=5@1");
  EXPECT_EQ(Figures("value != 5"), "value!=5@1");
  EXPECT_EQ(Figures("value < -2.5"), "value<-2.5@1");
  EXPECT_EQ(Figures("value <= 1e6"), "value<=1e+06@1");
  EXPECT_EQ(Figures("value>7"), "value>7@1");
  EXPECT_EQ(Figures("value >= 0.25"), "value>=0.25@1");
  EXPECT_EQ(Figures("subject:overdose"), "subject:'overdose'@1");
  EXPECT_EQ(Figures("place:*"), "place:*@1");
  EXPECT_EQ(Figures("publish_time : *"), "publish_time:*@1");
}

TEST(ParseFilterTree, StringsQuotedOrBareWithEscapes) {
  EXPECT_EQ(Figures("subject = \"overdose deaths\""),
            "subject='overdose deaths'@1");
  EXPECT_EQ(Figures("unit = 'km/h'"), "unit='km/h'@1");
  EXPECT_EQ(Figures("place = \"a \\\"b\\\" \\\\ c\""),
            "place='a \"b\" \\ c'@1");
  EXPECT_THAT(ErrorOf(FilterResource::kFigures, "unit = kg)"),
              HasSubstr("unbalanced \")\" at column 10"));
}

TEST(ParseFilterTree, EnumsWithOrWithoutPrefixAnyCase) {
  EXPECT_EQ(Claims("kind = DIRECT_QUOTE"), "kind=#1@1");
  EXPECT_EQ(Claims("kind = \"CLAIM_KIND_DIRECT_QUOTE\""), "kind=#1@1");
  EXPECT_EQ(Claims("kind = direct_quote"), "kind=#1@1");
  EXPECT_EQ(Claims("kind:MIXED_QUOTE"), "kind:#2@1");
  EXPECT_EQ(Figures("dimension = MASS AND qualifier != APPROXIMATE"),
            "(AND dimension=#3@1 qualifier!=#2@22)");
  EXPECT_EQ(Parse(FilterResource::kSources, "type = ORGANIZATION"),
            "type=#2@1");
}

TEST(ParseFilterTree, ResourceNamesOrIds) {
  EXPECT_EQ(Claims("document = \"documents/abc\""), "document='abc'@1");
  EXPECT_EQ(Claims("document = abc"), "document='abc'@1");
  EXPECT_EQ(Claims("speaker = \"sources/mike-vigil\""),
            "speaker='mike-vigil'@1");
  EXPECT_EQ(Parse(FilterResource::kDocuments, "source = sources/rcmp"),
            "source='rcmp'@1");
}

TEST(ParseFilterTree, Timestamps) {
  EXPECT_EQ(Claims("publish_time > \"2025-01-01T00:00:00Z\""),
            "publish_time>2025-01-01T00:00:00+00:00@1");
  EXPECT_EQ(Claims("publish_time >= 2025-01-01T02:00:00+02:00"),
            "publish_time>=2025-01-01T00:00:00+00:00@1");
  EXPECT_EQ(Claims("publish_time < 2025-03-05"),
            "publish_time<2025-03-05T00:00:00+00:00@1");
  EXPECT_EQ(Claims("publish_time<2025-03-05T10:00:00.5Z AND kind=STATEMENT"),
            "(AND publish_time<2025-03-05T10:00:00.5+00:00@1 kind=#5@41)");
}

TEST(ParseFilterTree, NumbersAcceptQuotes) {
  EXPECT_EQ(Claims("checkworthiness >= \"0.5\""), "checkworthiness>=0.5@1");
}

TEST(ParseFilterTree, EveryResourceHasItsFields) {
  EXPECT_NE(Parse(FilterResource::kClaims,
                  "source=a speaker=a kind=STATEMENT document=d "
                  "publish_time:* checkworthiness>0"),
            "error");
  EXPECT_NE(Parse(FilterResource::kFigures,
                  "subject:a dimension=MASS unit=kg value>1 "
                  "normalized_value<2 qualifier=EXACT place=x "
                  "publish_time:* source=s document=d"),
            "error");
  EXPECT_NE(Parse(FilterResource::kDocuments,
                  "section=World headline:x publish_time:* source=s"),
            "error");
  EXPECT_NE(Parse(FilterResource::kSources,
                  "type=PERSON name:x affiliation=DEA title:x claim_count>1 "
                  "document_count>=1"),
            "error");
}

// ---- Errors ----

TEST(ParseFilterTree, UnknownFieldListsTheFields) {
  std::string error = ClaimsError("kind = STATEMENT AND foo = 1");
  EXPECT_THAT(error, HasSubstr("unknown field \"foo\" at column 22"));
  EXPECT_THAT(error, HasSubstr("claims filter fields are: source, speaker, "
                               "kind, document, publish_time, "
                               "checkworthiness"));
  EXPECT_THAT(ErrorOf(FilterResource::kSources, "kind = STATEMENT"),
              HasSubstr("unknown field \"kind\" at column 1; sources filter"));
}

TEST(ParseFilterTree, TypeMismatches) {
  EXPECT_THAT(ErrorOf(FilterResource::kFigures, "value = \"abc\""),
              HasSubstr("value at column 9 expects a number, got \"abc\""));
  EXPECT_THAT(ClaimsError("publish_time > 5"),
              HasSubstr("publish_time at column 16 expects an RFC 3339 time"));
  EXPECT_THAT(ClaimsError("kind = SHOUT"),
              HasSubstr("kind at column 8 expects one of DIRECT_QUOTE, "
                        "MIXED_QUOTE, INDIRECT_QUOTE, ATTRIBUTED, STATEMENT, "
                        "got bare \"SHOUT\""));
  EXPECT_THAT(ClaimsError("kind = UNSPECIFIED"), HasSubstr("kind at column 8"));
  EXPECT_THAT(ClaimsError("source = \"documents/x\""),
              HasSubstr("source at column 10 expects \"sources/{id}\" or an "
                        "id"));
  EXPECT_THAT(ClaimsError("document = \"\""),
              HasSubstr("document at column 12"));
  EXPECT_THAT(ErrorOf(FilterResource::kFigures, "value = inf"),
              HasSubstr("expects a number"));
}

TEST(ParseFilterTree, OperatorsAFieldDoesNotTake) {
  EXPECT_THAT(ClaimsError("kind > STATEMENT"),
              HasSubstr("kind at column 6 does not take \">\""));
  EXPECT_THAT(ClaimsError("source <= a"),
              HasSubstr("source at column 8 does not take \"<=\""));
  EXPECT_THAT(ErrorOf(FilterResource::kFigures, "value:5"),
              HasSubstr("value at column 6 does not take \":\""));
}

TEST(ParseFilterTree, SyntaxErrorsPointAtTheProblem) {
  EXPECT_THAT(ClaimsError("source"),
              HasSubstr("expected =, !=, <, <=, >, >= or : after \"source\" at "
                        "column 7, found the end"));
  EXPECT_THAT(ClaimsError("source ="),
              HasSubstr("expected a value at column 9"));
  EXPECT_THAT(ClaimsError("source = a AND"),
              HasSubstr("expected a field name, \"(\" or NOT at column 15"));
  EXPECT_THAT(ClaimsError("(source = a"),
              HasSubstr("expected \")\" at column 12"));
  EXPECT_THAT(ClaimsError("source = a)"),
              HasSubstr("unbalanced \")\" at column 11"));
  EXPECT_THAT(ClaimsError("source = \"a"),
              HasSubstr("unterminated string at column 10"));
  EXPECT_THAT(ClaimsError("source = a and kind = STATEMENT"),
              HasSubstr("write AND in upper case"));
  EXPECT_THAT(ClaimsError("source == a"),
              HasSubstr("expected a value at column 9"));
  EXPECT_THAT(ClaimsError("= a"),
              HasSubstr("expected a field name, \"(\" or NOT at column 1"));
  EXPECT_THAT(ClaimsError("NOT"), HasSubstr("at column 4"));
}

TEST(ParseFilterTree, ColumnsCountCharactersNotBytes) {
  EXPECT_THAT(ErrorOf(FilterResource::kFigures, "place = \"Zürich\" AND x = 1"),
              HasSubstr("unknown field \"x\" at column 22"));
}

TEST(ParseFilterTree, Limits) {
  std::string deep = "source = a";
  for (int i = 0; i < kMaxFilterDepth + 1; ++i) deep = "(" + deep + ")";
  EXPECT_THAT(ClaimsError(deep), HasSubstr("nested deeper than"));
  std::vector<std::string> many(kMaxFilterComparisons + 1, "source = a");
  EXPECT_THAT(ClaimsError(absl::StrJoin(many, " OR ")), HasSubstr("more than"));
  EXPECT_THAT(ClaimsError(std::string(kMaxFilterBytes + 1, ' ')),
              HasSubstr("longer than"));
}

TEST(ParseFilterTree, InjectionTextIsJustAValue) {
  EXPECT_EQ(Claims("source = \"x' OR 1=1 --\""), "source='x' OR 1=1 --'@1");
  EXPECT_EQ(Figures("subject = \"a\\\"; DROP TABLE figures; --\""),
            "subject='a\"; DROP TABLE figures; --'@1");
}

}  // namespace
}  // namespace factwire
