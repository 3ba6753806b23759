#include "ingest-service/parse/html_tokenizer.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace factwire {
namespace {

// Renders each token: "<name a=v>", "</name>", "T:text", "R:raw".
std::vector<std::string> Tokens(absl::string_view html) {
  std::vector<std::string> out;
  HtmlTokenizer tokenizer(html);
  HtmlToken token;
  while (tokenizer.Next(&token)) {
    switch (token.kind) {
      case HtmlToken::Kind::kText:
        out.push_back("T:" + std::string(token.text));
        break;
      case HtmlToken::Kind::kRawText:
        out.push_back("R:" + std::string(token.text));
        break;
      case HtmlToken::Kind::kStartTag: {
        std::string tag = "<" + token.name;
        for (const HtmlAttribute& a : token.attributes) {
          tag += " " + std::string(a.name) + "=" + std::string(a.value);
        }
        out.push_back(tag + (token.self_closing ? "/>" : ">"));
        break;
      }
      case HtmlToken::Kind::kEndTag:
        out.push_back("</" + token.name + ">");
        break;
    }
  }
  return out;
}

using Strings = std::vector<std::string>;

TEST(HtmlTokenizer, TagsTextAndAttributeForms) {
  EXPECT_EQ(Tokens("<P CLASS=\"a b\" id='x' data-n=3 hidden>Hi <B>there</B></P>"),
            (Strings{"<p CLASS=a b id=x data-n=3 hidden=>", "T:Hi ", "<b>", "T:there",
                     "</b>", "</p>"}));
}

TEST(HtmlTokenizer, SelfClosingAndUnquotedSlashes) {
  EXPECT_EQ(Tokens("<br/><img src=/a/b.jpg><a href=/x/>y</a>"),
            (Strings{"<br/>", "<img src=/a/b.jpg>", "<a href=/x/>", "T:y", "</a>"}));
}

TEST(HtmlTokenizer, QuotedValuesMayHoldMarkup) {
  EXPECT_EQ(Tokens("<a title=\"1 > 0 <b>\">z</a>"),
            (Strings{"<a title=1 > 0 <b>>", "T:z", "</a>"}));
}

TEST(HtmlTokenizer, CommentsDoctypeCdataAndInstructionsAreDropped) {
  EXPECT_EQ(Tokens("<!DOCTYPE html><?xml version=\"1.0\"?><!-- <p>no</p> -->a"
                   "<![CDATA[ <p>x</p> ]]>b<!---->c<!-->d"),
            (Strings{"T:a", "T:b", "T:c", "T:d"}));
}

TEST(HtmlTokenizer, RawTextRunsToItsEndTagInAnyCase) {
  EXPECT_EQ(Tokens("<script>if (a<b) x='</p>';</SCRIPT >after<style>p{}</style>"),
            (Strings{"<script>", "R:if (a<b) x='</p>';", "</script>", "T:after",
                     "<style>", "R:p{}", "</style>"}));
  // "</scripts" does not end a script.
  EXPECT_EQ(Tokens("<script>a</scripts>b</script>"),
            (Strings{"<script>", "R:a</scripts>b", "</script>"}));
}

TEST(HtmlTokenizer, SelfClosedScriptHasNoContent) {
  EXPECT_EQ(Tokens("<script src=x.js /><p>t</p>"),
            (Strings{"<script src=x.js/>", "<p>", "T:t", "</p>"}));
}

TEST(HtmlTokenizer, LoneLessThanIsText) {
  EXPECT_EQ(Tokens("1 < 2 and 3 <4"), (Strings{"T:1 ", "T:< 2 and 3 ", "T:<4"}));
}

TEST(HtmlTokenizer, BogusEndTagsAndTruncatedTags) {
  EXPECT_EQ(Tokens("a</>b</ x>c<p class=\"open"), (Strings{"T:a", "T:b", "T:c"}));
  EXPECT_EQ(Tokens("x<div"), (Strings{"T:x"}));
}

TEST(HtmlTokenizer, UnterminatedRawTextEndsWithThePage) {
  EXPECT_EQ(Tokens("<title>Half"), (Strings{"<title>", "R:Half"}));
}

TEST(HtmlToken, AttributeLookupIgnoresCase) {
  HtmlTokenizer tokenizer("<meta Property=\"og:title\" CONTENT=x>");
  HtmlToken token;
  ASSERT_TRUE(tokenizer.Next(&token));
  ASSERT_NE(token.Attribute("property"), nullptr);
  EXPECT_EQ(*token.Attribute("property"), "og:title");
  EXPECT_EQ(*token.Attribute("content"), "x");
  EXPECT_EQ(token.Attribute("name"), nullptr);
}

}  // namespace
}  // namespace factwire
