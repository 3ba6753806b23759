#include "ingest-service/parse/json_ld.h"

#include "gtest/gtest.h"

namespace factwire {
namespace {

TEST(ReadJsonLdArticle, TopLevelNewsArticle) {
  std::optional<JsonLdArticle> a = ReadJsonLdArticle(R"json(
    {"@context": "https://schema.org", "@type": "NewsArticle",
     "headline": "Storm hits coast", "datePublished": "2025-02-04T10:00:00Z",
     "author": {"@type": "Person", "name": "Ana Diaz"},
     "articleSection": ["Weather", "News"], "inLanguage": "en-US",
     "mainEntityOfPage": {"@type": "WebPage", "@id": "https://x.example/storm"}})json");
  ASSERT_TRUE(a.has_value());
  EXPECT_EQ(a->headline, "Storm hits coast");
  EXPECT_EQ(a->date_published, "2025-02-04T10:00:00Z");
  EXPECT_EQ(a->authors, std::vector<std::string>{"Ana Diaz"});
  EXPECT_EQ(a->section, "Weather");
  EXPECT_EQ(a->language, "en-US");
  EXPECT_EQ(a->url, "https://x.example/storm");
}

TEST(ReadJsonLdArticle, GraphWithAuthorReferencesAndTypeLists) {
  std::optional<JsonLdArticle> a = ReadJsonLdArticle(R"json(<!--
    {"@graph": [{"@type": "WebSite", "name": "Herald"},
                {"@type": "Person", "@id": "#p1", "name": "Lee Park"},
                {"@type": ["ReportageNewsArticle"], "headline": "Fares frozen",
                 "author": [{"@id": "#p1"}, "Ana Diaz", {"name": "Sam Roe"}]}]}
    -->)json");
  ASSERT_TRUE(a.has_value());
  EXPECT_EQ(a->headline, "Fares frozen");
  EXPECT_EQ(a->authors, (std::vector<std::string>{"Lee Park", "Ana Diaz", "Sam Roe"}));
}

TEST(ReadJsonLdArticle, RawLineBreaksInStringsAreTolerated) {
  std::optional<JsonLdArticle> a = ReadJsonLdArticle(
      "[{\"@type\":\"BreadcrumbList\"},{\"@type\":\"BlogPosting\","
      "\"headline\":\"Two\nlines\"}]");
  ASSERT_TRUE(a.has_value());
  EXPECT_EQ(a->headline, "Two lines");
}

TEST(ReadJsonLdArticle, NoArticleOrNoJson) {
  EXPECT_FALSE(ReadJsonLdArticle(R"({"@type": "Organization", "name": "X"})"));
  EXPECT_FALSE(ReadJsonLdArticle("not json"));
  EXPECT_FALSE(ReadJsonLdArticle("{\"@type\": \"NewsArticle\", "));
}

}  // namespace
}  // namespace factwire
