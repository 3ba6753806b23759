#include "cli/analyze_request_line.h"

#include <random>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "google/protobuf/struct.pb.h"
#include "google/protobuf/util/json_util.h"
#include "gtest/gtest.h"

namespace factwire {
namespace {

AnalyzeRequestLine Parsed(const std::string& line) {
  AnalyzeRequestLine request;
  const absl::Status status = ParseAnalyzeRequestLine(line, &request);
  EXPECT_TRUE(status.ok()) << line << ": " << status;
  return request;
}

// The error for `line`, which must be rejected; `id` is what the request then holds.
std::string Rejected(const std::string& line, std::string* id = nullptr) {
  AnalyzeRequestLine request;
  request.content = "left over";
  const absl::Status status = ParseAnalyzeRequestLine(line, &request);
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument) << line;
  EXPECT_TRUE(absl::StartsWith(status.message(), "line is not a JSON object: "))
      << status;
  if (id != nullptr) *id = request.id;
  return std::string(status.message());
}

TEST(ParseAnalyzeRequestLine, ReadsTheThreeMembers) {
  const AnalyzeRequestLine request = Parsed(
      R"({"id": "a-1", "media_type": "text/plain", "content": "Harbor plan\n\nText."})");
  EXPECT_EQ(request.id, "a-1");
  EXPECT_EQ(request.media_type, "text/plain");
  EXPECT_EQ(request.content, "Harbor plan\n\nText.");
}

TEST(ParseAnalyzeRequestLine, AnyOrderAndWhitespace) {
  const AnalyzeRequestLine request =
      Parsed(" \t{ \"content\" :\"c\" ,\r\n\"id\":\"x\"}  \r");
  EXPECT_EQ(request.id, "x");
  EXPECT_EQ(request.content, "c");
  EXPECT_EQ(request.media_type, "");
}

TEST(ParseAnalyzeRequestLine, DecodesEveryEscape) {
  const AnalyzeRequestLine request =
      Parsed(R"({"content": "q\"b\\s\/ \b\f\n\r\t \u00e9\u00C9 \u2028 \u0000."})");
  EXPECT_EQ(request.content,
            "q\"b\\s/ \b\f\n\r\t \xc3\xa9\xc3\x89 \xe2\x80\xa8 " + std::string(1, '\0') + ".");
}

TEST(ParseAnalyzeRequestLine, JoinsSurrogatePairs) {
  EXPECT_EQ(Parsed(R"({"id": "\ud83d\ude00 \uD834\uDD1E"})").id,
            "\xf0\x9f\x98\x80 \xf0\x9d\x84\x9e");
}

TEST(ParseAnalyzeRequestLine, KeepsUtf8AndRawControlCharacters) {
  const std::string content = "caf\xc3\xa9 \xe2\x80\x9cquoted\xe2\x80\x9d \xf0\x9f\x98\x80\ttab";
  EXPECT_EQ(Parsed("{\"content\": \"" + content + "\"}").content, content);
}

// UTF-8 sequences next to escapes, at the ends of a string, and past 16 bytes
// (where plain bytes are looked at 16 at a time).
TEST(ParseAnalyzeRequestLine, KeepsUtf8BetweenEscapes) {
  const std::string dash = "\xe2\x80\x94", e = "\xc3\xa9", face = "\xf0\x9f\x98\x80";
  const std::string line = "{\"id\": \"" + e + "\", \"content\": \"" + dash + "\\n" + e +
                           "\\\"" + face + "\\u00e9" + dash + "plain text, longer than 16" + e +
                           "x\\t" + face + "\"}";
  const AnalyzeRequestLine request = Parsed(line);
  EXPECT_EQ(request.id, e);
  EXPECT_EQ(request.content, dash + "\n" + e + "\"" + face + e + dash +
                                 "plain text, longer than 16" + e + "x\t" + face);
}

TEST(ParseAnalyzeRequestLine, IgnoresUnknownMembersOfAnyShape) {
  const AnalyzeRequestLine request = Parsed(
      R"({"meta": {"a": [1, -2.5e+3, 0, true, false, null, {"id": "inner"}], "b": {}},)"
      R"( "list": [], "n": -0.125E-2, "id": "outer", "s": "\u00e9", "content": "c"})");
  EXPECT_EQ(request.id, "outer");
  EXPECT_EQ(request.content, "c");
}

TEST(ParseAnalyzeRequestLine, MissingOrNonStringMembersAreEmpty) {
  const AnalyzeRequestLine empty = Parsed("{}");
  EXPECT_EQ(empty.id, "");
  EXPECT_EQ(empty.content, "");
  const AnalyzeRequestLine odd = Parsed(R"({"id": 12, "content": null, "media_type": []})");
  EXPECT_EQ(odd.id, "");
  EXPECT_EQ(odd.content, "");
  EXPECT_EQ(odd.media_type, "");
}

TEST(ParseAnalyzeRequestLine, RejectsWhatIsNotOneJsonObject) {
  for (const char* line :
       {"", "not json", "[1]", "\"id\"", "{", "{\"id\": \"x\"", "{\"id\" \"x\"}",
        "{\"id\": \"x\",}", "{'id': 'x'}", "{id: \"x\"}", "{\"id\": \"x\"} extra",
        "{\"id\": \"x\"}{}", "{\"n\": 01}", "{\"n\": 1.}", "{\"n\": .5}", "{\"n\": +1}",
        "{\"n\": 1e}", "{\"n\": tru}", "{\"n\": nul}", "{\"n\": [1,]}", "{\"n\": [1 2]}",
        "{\"id\": \"unterminated}", "{\"a\": {\"b\": 1}"}) {
    Rejected(line);
  }
}

TEST(ParseAnalyzeRequestLine, RejectsBadEscapesAndLoneSurrogates) {
  EXPECT_NE(Rejected(R"({"id": "\x41"})").find("bad escape"), std::string::npos);
  EXPECT_NE(Rejected(R"({"id": "\u12"})").find("\\u escape"), std::string::npos);
  EXPECT_NE(Rejected(R"({"id": "\u12g4"})").find("\\u escape"), std::string::npos);
  EXPECT_NE(Rejected(R"({"id": "\ud83d"})").find("surrogate"), std::string::npos);
  EXPECT_NE(Rejected(R"({"id": "\ud83dx"})").find("surrogate"), std::string::npos);
  EXPECT_NE(Rejected(R"({"id": "\ud83d\u0041"})").find("surrogate"), std::string::npos);
  EXPECT_NE(Rejected(R"({"id": "\ude00"})").find("surrogate"), std::string::npos);
  EXPECT_NE(Rejected("{\"id\": \"\\").find("unterminated"), std::string::npos);
}

TEST(ParseAnalyzeRequestLine, RejectsInvalidUtf8) {
  for (const char* bad :
       {"\x80", "\xc3", "\xc3(", "\xc0\xaf", "\xe0\x80\xaf", "\xed\xa0\x80",
        "\xf4\x90\x80\x80", "\xf8\x88\x80\x80\x80", "\xff"}) {
    EXPECT_NE(Rejected(std::string("{\"content\": \"a") + bad + "b\"}").find("invalid UTF-8"),
              std::string::npos)
        << testing::PrintToString(bad);
  }
}

TEST(ParseAnalyzeRequestLine, RejectsAKnownMemberGivenTwice) {
  EXPECT_NE(Rejected(R"({"id": "a", "id": "b"})").find("duplicate key \"id\""),
            std::string::npos);
  Rejected(R"({"content": 1, "content": "b"})");
}

TEST(ParseAnalyzeRequestLine, RejectsNestingDeeperThan100) {
  const std::string deep = std::string(100, '[') + std::string(100, ']');
  Parsed("{\"n\": " + deep + "}");
  const std::string deeper = std::string(101, '[') + std::string(101, ']');
  EXPECT_NE(Rejected("{\"n\": " + deeper + "}").find("nesting"), std::string::npos);
}

TEST(ParseAnalyzeRequestLine, TheErrorSaysWhereAndKeepsTheIdReadBefore) {
  std::string id;
  EXPECT_EQ(Rejected(R"({"id": "doc-3", not json)", &id),
            "line is not a JSON object: expected a key string at byte 17");
  EXPECT_EQ(id, "doc-3");
  Rejected(R"({"content": "x" "id": "doc-4"})", &id);
  EXPECT_EQ(id, "");
  Rejected(R"({"id": "doc-\q"})", &id);
  EXPECT_EQ(id, "");
}

// Lines protobuf's printer writes for a Struct with random strings: the parser
// reads back the same members.
TEST(ParseAnalyzeRequestLine, ReadsWhatProtobufWrites) {
  std::mt19937 random(3);
  const std::vector<std::string> pieces = {"a", " ", "\"", "\\", "/", "<", "\n", "\t",
                                           std::string(1, '\0'), "\x1f", "\x7f",
                                           "\xc3\xa9", "\xe2\x80\xa8", "\xf0\x9f\x98\x80"};
  for (int round = 0; round < 500; ++round) {
    std::string texts[3];
    for (std::string& text : texts) {
      const int length = static_cast<int>(random() % 10);
      for (int i = 0; i < length; ++i) text += pieces[random() % pieces.size()];
    }
    google::protobuf::Struct line;
    (*line.mutable_fields())["id"].set_string_value(texts[0]);
    (*line.mutable_fields())["media_type"].set_string_value(texts[1]);
    (*line.mutable_fields())["content"].set_string_value(texts[2]);
    (*line.mutable_fields())["extra"].mutable_list_value()->add_values()->set_number_value(
        round);
    std::string json;
    ASSERT_TRUE(google::protobuf::util::MessageToJsonString(line, &json).ok());
    const AnalyzeRequestLine request = Parsed(json);
    EXPECT_EQ(request.id, texts[0]) << json;
    EXPECT_EQ(request.media_type, texts[1]) << json;
    EXPECT_EQ(request.content, texts[2]) << json;
  }
}

}  // namespace
}  // namespace factwire
