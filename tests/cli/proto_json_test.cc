#include "cli/proto_json.h"

#include <cmath>
#include <cstdint>
#include <limits>
#include <memory>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "absl/status/statusor.h"
#include "cli/document_json.h"
#include "cli/json_text.h"
#include "factwire/v1/records.pb.h"
#include "google/protobuf/stubs/logging.h"
#include "google/protobuf/util/json_util.h"
#include "google/protobuf/util/message_differencer.h"
#include "gtest/gtest.h"
#include "ingest-service/analyzer.h"
#include "proto_json_test.pb.h"  // tests/cli/proto_json_test.proto

namespace factwire {
namespace {

using google::protobuf::Message;
using google::protobuf::util::MessageDifferencer;
using test::Color;
using test::Every;

constexpr int64_t kInt64Min = std::numeric_limits<int64_t>::min();
constexpr int64_t kInt64Max = std::numeric_limits<int64_t>::max();
constexpr int32_t kInt32Min = std::numeric_limits<int32_t>::min();
constexpr double kInfinity = std::numeric_limits<double>::infinity();

std::string Ours(const Message& message) {
  static const ProtoJsonPrinter printer;
  std::string json;
  const absl::Status status = printer.Append(message, &json);
  EXPECT_TRUE(status.ok()) << status;
  return json;
}

std::string Protobufs(const Message& message) {
  std::string json;
  const auto status = google::protobuf::util::MessageToJsonString(message, &json);
  EXPECT_TRUE(status.ok()) << status;
  return json;
}

// Our JSON parsed back with protobuf's parser is `message` again.
void ExpectReadsBack(const Message& message) {
  const std::string json = Ours(message);
  std::unique_ptr<Message> parsed(message.New());
  const auto status = google::protobuf::util::JsonStringToMessage(json, parsed.get());
  ASSERT_TRUE(status.ok()) << status << "\n" << json;
  EXPECT_TRUE(MessageDifferencer::Equals(message, *parsed))
      << "printed:  " << json << "\nreprinted: " << Ours(*parsed);
}

// DocumentJsonPrinter's JSON of `document`.
std::string OursTyped(const v1::Document& document) {
  static const DocumentJsonPrinter printer;
  std::string json;
  const absl::Status status = printer.Append(document, &json);
  EXPECT_TRUE(status.ok()) << status;
  return json;
}

// The same bytes as protobuf's printer, which read back as `message`; a Document
// also printed so by DocumentJsonPrinter.
void ExpectAsProtobuf(const Message& message) {
  EXPECT_EQ(Ours(message), Protobufs(message));
  if (const auto* document = dynamic_cast<const v1::Document*>(&message)) {
    EXPECT_EQ(OursTyped(*document), Protobufs(message));
  }
  ExpectReadsBack(message);
}

Every AllSet() {
  Every every;
  every.set_declared_first("first");
  every.set_f_double(-1234.5678e-9);
  every.set_f_float(0.3f);
  every.set_f_int32(kInt32Min);
  every.set_f_int64(kInt64Min);
  every.set_f_uint32(std::numeric_limits<uint32_t>::max());
  every.set_f_uint64(std::numeric_limits<uint64_t>::max());
  every.set_f_sint32(-7);
  every.set_f_sint64(kInt64Min);
  every.set_f_fixed32(4000000000u);
  every.set_f_fixed64(18000000000000000000ull);
  every.set_f_sfixed32(-5);
  every.set_f_sfixed64(kInt64Max);
  every.set_f_bool(true);
  every.set_f_string("caf\xc3\xa9 \"<quoted>\" \\ \n\t\x01 \xe2\x80\xa8 \xf0\x9f\x98\x80");
  std::string all_bytes;
  for (int c = 0; c < 256; ++c) all_bytes.push_back(static_cast<char>(c));
  every.set_f_bytes(all_bytes);
  every.set_f_enum(test::COLOR_GREEN);
  every.mutable_child()->set_f_int32(1);
  every.mutable_child()->mutable_child()->set_f_string("grandchild");
  for (double value : {0.0, 1e300, -2.5, 1.0 / 3, 5e-324, -2.2250738585072014e-308}) {
    every.add_r_double(value);
  }
  for (int64_t value : {kInt64Min, int64_t{0}, kInt64Max, int64_t{9007199254740993}}) {
    every.add_r_int64(value);
  }
  for (const char* text : {"", "a", "\xef\xbb\xbf", "</script>"}) every.add_r_string(text);
  every.add_r_enum(test::COLOR_RED);
  every.add_r_enum(test::COLOR_UNSPECIFIED);
  every.add_r_child();
  every.add_r_child()->set_f_bool(true);
  every.add_r_bytes("");
  every.add_r_bytes("\xff\x00z");
  for (float value : {0.0f, 0.1f, -1e30f, 16777217.0f}) every.add_r_float(value);
  every.add_r_bool(false);
  every.add_r_bool(true);
  every.add_r_uint32(0);
  every.add_r_uint32(4294967295u);
  every.set_o_double(2.5);
  every.set_o_int32(-3);
  every.set_o_string("optional");
  every.set_o_enum(test::COLOR_RED);
  every.mutable_c_child()->set_f_uint64(1);
  every.mutable_time()->set_seconds(63072020);
  every.mutable_time()->set_nanos(21000000);
  every.mutable_w_int64()->set_value(kInt64Min);
  every.mutable_w_string()->set_value("wrapped \"x\"");
  every.mutable_w_double()->set_value(-0.5);
  every.mutable_w_bool()->set_value(true);
  every.mutable_w_bytes()->set_value("\x01\x02");
  every.mutable_duration()->set_seconds(-3);
  every.mutable_duration()->set_nanos(-500);
  (*every.mutable_object()->mutable_fields())["k"].set_string_value("v");
  every.mutable_value()->set_number_value(1.5);
  (*every.mutable_m_string())["only"] = 7;
  (*every.mutable_m_int64())[kInt64Min].set_f_string("map value");
  (*every.mutable_m_bool())[true] = "yes";
  (*every.mutable_m_enum())[3] = test::COLOR_GREEN;
  every.set_renamed("custom json_name");
  return every;
}

TEST(ProtoJsonPrinter, AnEmptyMessageIsAnEmptyObject) {
  ExpectAsProtobuf(Every());
  EXPECT_EQ(Ours(Every()), "{}");
}

TEST(ProtoJsonPrinter, EveryFieldTypeAsProtobufPrintsIt) {
  const Every every = AllSet();
  ExpectAsProtobuf(every);
  // Field-number order, not declaration order; json_name; int64 as strings.
  const std::string json = Ours(every);
  EXPECT_EQ(json.rfind("{\"fDouble\":", 0), 0u) << json;
  EXPECT_NE(json.find("\"fInt64\":\"-9223372036854775808\""), std::string::npos);
  EXPECT_NE(json.find("\"customKey\":\"custom json_name\""), std::string::npos);
  EXPECT_NE(json.find("\"declaredFirst\":\"first\"}"), std::string::npos);
}

// Defaults are left out, except where the field has presence; present defaults
// are printed, empty repeated fields are not.
TEST(ProtoJsonPrinter, ZeroValuesWithPresenceArePrinted) {
  Every every;
  every.set_f_int32(0);
  every.set_f_string("");
  every.set_o_double(0);
  every.set_o_int32(0);
  every.set_o_string("");
  every.set_o_enum(test::COLOR_UNSPECIFIED);
  every.set_c_string("");
  every.mutable_child();
  every.mutable_w_int64();
  every.mutable_w_string();
  every.mutable_w_double();
  every.mutable_w_bool();
  every.mutable_w_bytes();
  every.mutable_time();
  every.add_r_double(0);
  every.add_r_string("");
  every.add_r_child();
  every.mutable_r_int64();  // touched, still empty
  ExpectAsProtobuf(every);
  EXPECT_EQ(Ours(every),
            "{\"child\":{},\"rDouble\":[0],\"rString\":[\"\"],\"rChild\":[{}],"
            "\"oDouble\":0,\"oInt32\":0,\"oString\":\"\",\"oEnum\":\"COLOR_UNSPECIFIED\","
            "\"cString\":\"\",\"time\":\"1970-01-01T00:00:00Z\",\"wInt64\":\"0\","
            "\"wString\":\"\",\"wDouble\":0,\"wBool\":false,\"wBytes\":\"\"}");
}

// (Protobuf's parser reads "-0" back as 0, so only the bytes are compared.)
TEST(ProtoJsonPrinter, NegativeZeroIsNotADefault) {
  Every every;
  every.set_f_double(-0.0);
  EXPECT_EQ(Ours(every), Protobufs(every));
  EXPECT_EQ(Ours(every), "{\"fDouble\":-0}");
}

TEST(ProtoJsonPrinter, NonFiniteNumbersAsProtobufPrintsThem) {
  Every every;
  every.set_f_double(std::nan(""));
  every.set_f_float(-std::numeric_limits<float>::infinity());
  every.add_r_double(kInfinity);
  every.add_r_double(-kInfinity);
  every.mutable_w_double()->set_value(std::nan(""));
  EXPECT_EQ(Ours(every), Protobufs(every));
  EXPECT_EQ(Ours(every),
            "{\"fDouble\":\"NaN\",\"fFloat\":\"-Infinity\",\"rDouble\":[\"Infinity\","
            "\"-Infinity\"],\"wDouble\":\"NaN\"}");
}

TEST(ProtoJsonPrinter, EnumNumbersWithoutANameArePrintedAsNumbers) {
  Every every;
  every.set_f_enum(static_cast<Color>(42));
  every.add_r_enum(static_cast<Color>(-1));
  every.add_r_enum(test::COLOR_GREEN);
  (*every.mutable_m_enum())[1] = static_cast<Color>(7);
  ExpectAsProtobuf(every);
  EXPECT_NE(Ours(every).find("\"fEnum\":42"), std::string::npos);
}

TEST(ProtoJsonPrinter, NullValueFieldsPrintAsNull) {
  Every every;
  every.set_null_value(google::protobuf::NULL_VALUE);  // the default: left out
  every.mutable_value()->set_null_value(google::protobuf::NULL_VALUE);
  ExpectAsProtobuf(every);
}

TEST(ProtoJsonPrinter, TimestampsInRfc3339) {
  const struct {
    int64_t seconds;
    int32_t nanos;
    const char* text;
  } kCases[] = {
      {0, 0, "1970-01-01T00:00:00Z"},
      {63072020, 21000000, "1972-01-01T00:00:20.021Z"},
      {951782400, 1000, "2000-02-29T00:00:00.000001Z"},
      {-1, 999999999, "1969-12-31T23:59:59.999999999Z"},
      {-62135596800, 0, "0001-01-01T00:00:00Z"},
      {253402300799, 999999999, "9999-12-31T23:59:59.999999999Z"},
      {1700000000, 5000000, "2023-11-14T22:13:20.005Z"},
  };
  for (const auto& c : kCases) {
    Every every;
    every.mutable_time()->set_seconds(c.seconds);
    every.mutable_time()->set_nanos(c.nanos);
    every.add_times()->set_seconds(c.seconds);
    ExpectAsProtobuf(every);
    EXPECT_NE(Ours(every).find(std::string("\"time\":\"") + c.text + "\""),
              std::string::npos)
        << Ours(every);
  }
}

// Protobuf refuses a Timestamp outside years 1..9999 or with bad nanos; so do we,
// and leave the output as it was.
TEST(ProtoJsonPrinter, TimestampsOutOfRangeAreErrors) {
  google::protobuf::LogSilencer quiet;  // protobuf logs its half-written object
  const ProtoJsonPrinter printer;
  for (const auto& [seconds, nanos] : std::vector<std::pair<int64_t, int32_t>>{
           {-62135596801, 0}, {253402300800, 0}, {0, -1}, {0, 1000000000}}) {
    Every every;
    every.set_f_int32(1);
    every.mutable_time()->set_seconds(seconds);
    every.mutable_time()->set_nanos(nanos);
    std::string json;
    EXPECT_FALSE(google::protobuf::util::MessageToJsonString(every, &json).ok());
    std::string out = "kept";
    EXPECT_EQ(printer.Append(every, &out).code(), absl::StatusCode::kInternal);
    EXPECT_EQ(out, "kept");
  }
}

// Maps print in the order protobuf serializes them, which is not fixed: compare
// what they read back as.
TEST(ProtoJsonPrinter, MapsOfEveryKeyKind) {
  Every every;
  for (int i = 0; i < 20; ++i) {
    (*every.mutable_m_string())["key \"" + std::to_string(i) + "\" \xc3\xa9"] = i - 10;
    (*every.mutable_m_int64())[int64_t{i} * 1000000000000 - 5].set_f_int32(i);
    (*every.mutable_m_enum())[static_cast<uint32_t>(i)] = static_cast<Color>(i % 7);
  }
  (*every.mutable_m_string())[""] = 0;
  (*every.mutable_m_int64())[0];
  (*every.mutable_m_bool())[false] = "";
  (*every.mutable_m_bool())[true] = "t";
  ExpectReadsBack(every);
}

// Messages nested 64 deep print; one more is an error, for protobuf too.
TEST(ProtoJsonPrinter, NestingIsLimitedAsInProtobuf) {
  google::protobuf::LogSilencer quiet;
  for (int depth : {63, 64, 65}) {
    Every every;
    Every* inner = &every;
    for (int i = 0; i < depth; ++i) inner = inner->mutable_child();
    inner->set_f_int32(depth);
    std::string theirs;
    const bool protobuf_ok = google::protobuf::util::MessageToJsonString(every, &theirs).ok();
    const ProtoJsonPrinter printer;
    std::string ours;
    EXPECT_EQ(printer.Append(every, &ours).ok(), protobuf_ok) << depth;
    if (protobuf_ok) {
      EXPECT_EQ(ours, theirs);
    }
  }
}

// A random string of UTF-8 pieces that need every kind of escaping.
std::string RandomText(std::mt19937* random, int max_length) {
  static const char* const kPieces[] = {
      "a", "Harbor", " ", "\"", "\\", "/", "<", ">", "&", "\n", "\r", "\t", "\x01",
      "\x7f", "\xc2\x85", "\xc2\xad", "\xc3\xa9", "\xe2\x80\x8b", "\xe2\x80\x9c",
      "\xe2\x80\xa8", "\xe2\x82\xac", "\xef\xbb\xbf", "\xf0\x9f\x98\x80",
      "\xf3\xa0\x80\x81"};
  std::string text;
  const int length = static_cast<int>((*random)() % static_cast<unsigned>(max_length + 1));
  for (int i = 0; i < length; ++i) {
    text += kPieces[(*random)() % (sizeof(kPieces) / sizeof(kPieces[0]))];
  }
  return text;
}

double RandomDouble(std::mt19937* random) {
  switch ((*random)() % 5) {
    case 0: return 0;
    case 1: return static_cast<double>((*random)() % 1000000) / 100;
    case 2: return -static_cast<double>((*random)()) * 1e9;
    case 3: return std::ldexp(static_cast<double>((*random)()), static_cast<int>((*random)() % 200) - 100);
    default: return 1.0 / ((*random)() % 1000 + 1);
  }
}

v1::TextSpan RandomSpan(std::mt19937* random) {
  v1::TextSpan span;
  span.set_begin(static_cast<int32_t>((*random)() % 5000));
  span.set_end(span.begin() + static_cast<int32_t>((*random)() % 300));
  return span;
}

v1::Document RandomDocument(std::mt19937* random) {
  v1::Document document;
  document.set_name("documents/" + RandomText(random, 3));
  document.set_external_id(RandomText(random, 4));
  document.set_headline(RandomText(random, 8));
  document.set_text(RandomText(random, 200));
  document.set_revision(static_cast<int32_t>((*random)() % 3));
  if ((*random)() % 2) document.mutable_publish_time()->set_seconds((*random)() % 2000000000);
  for (int i = static_cast<int>((*random)() % 4); i > 0; --i) {
    document.add_authors(RandomText(random, 3));
    *document.add_paragraphs() = RandomSpan(random);
  }
  for (int i = static_cast<int>((*random)() % 6); i > 0; --i) {
    v1::Claim* claim = document.add_claims();
    claim->set_claim_id("c" + std::to_string(i));
    claim->set_kind(static_cast<v1::ClaimKind>((*random)() % 6));
    claim->set_text(RandomText(random, 20));
    if ((*random)() % 2) *claim->mutable_span() = RandomSpan(random);
    claim->set_speaker(RandomText(random, 3));
    claim->add_figure_ids("f" + std::to_string(i));
    claim->set_confidence(static_cast<float>((*random)() % 101) / 100);
    claim->set_checkworthiness(static_cast<float>(RandomDouble(random)));
  }
  for (int i = static_cast<int>((*random)() % 6); i > 0; --i) {
    v1::Figure* figure = document.add_figures();
    figure->set_figure_id("f" + std::to_string(i));
    if ((*random)() % 3) figure->set_value(RandomDouble(random));
    figure->set_value_max(RandomDouble(random));
    figure->set_normalized_value(RandomDouble(random));
    figure->set_dimension(static_cast<v1::Dimension>((*random)() % 14));
    figure->set_qualifier(static_cast<v1::Qualifier>((*random)() % 8));
    figure->set_unit(RandomText(random, 2));
  }
  for (int i = static_cast<int>((*random)() % 4); i > 0; --i) {
    v1::Source* source = document.add_sources();
    source->set_source_id(RandomText(random, 3));
    source->set_type(static_cast<v1::SourceType>((*random)() % 4));
    source->add_aliases(RandomText(random, 3));
    source->set_claim_count(static_cast<int32_t>((*random)() % 5));
  }
  return document;
}

// A document with every field set, its figures at the edges of what doubles hold.
v1::Document RichDocument() {
  v1::Document document;
  document.set_name("documents/0f72edb12639339f");
  document.set_document_id("0f72edb12639339f");
  document.set_external_id("cms/\"2026\"/harbor <draft>");
  document.set_url("https://example.org/a?b=1&c=\xe2\x80\x9c");
  document.set_media_type("text/plain");
  document.set_content_sha256(std::string(64, 'a'));
  document.set_headline("Caf\xc3\xa9 owners say \xe2\x80\x9cno\xe2\x80\x9d");
  document.set_subheadline("Sub\theadline\x1f");
  document.set_section("Local");
  document.add_authors("Ana Ortiz");
  document.add_authors("");
  document.set_dateline("PORTLAND, Maine \xe2\x80\x94");
  document.mutable_publish_time()->set_seconds(1764288000);
  document.mutable_ingest_time()->set_seconds(1764288000);
  document.mutable_ingest_time()->set_nanos(123456789);
  document.set_language("en");
  document.set_text("Line one.\n\n\"Quoted,\" she said.\r\n\xf0\x9f\x98\x80 \\ end");
  document.add_paragraphs()->set_end(9);
  document.add_paragraphs()->set_begin(11);
  v1::Claim* claim = document.add_claims();
  claim->set_name("documents/0f72edb12639339f/claims/c1");
  claim->set_document("documents/0f72edb12639339f");
  claim->set_claim_id("c1");
  claim->set_kind(v1::CLAIM_KIND_DIRECT_QUOTE);
  claim->set_text("Quoted,");
  claim->mutable_span()->set_begin(12);
  claim->mutable_sentence_span()->set_end(40);
  claim->set_speaker("she");
  claim->mutable_speaker_span();
  claim->set_source_id("ana-ortiz");
  claim->set_cue("said");
  claim->mutable_cue_span()->set_begin(-1);
  claim->add_figure_ids("f1");
  claim->set_confidence(0.7f);
  claim->set_checkworthiness(0.85f);
  for (double value : {0.0, -12.5, 0.1, 1e21, 1.7976931348623157e308, 48e6, 1.0 / 3}) {
    v1::Figure* figure = document.add_figures();
    figure->set_figure_id("f" + std::to_string(document.figures_size()));
    figure->set_text("$48 million");
    figure->set_value(value);
    figure->set_value_max(-value - 1);
    figure->set_dimension(v1::DIMENSION_CURRENCY);
    figure->set_unit("USD");
    figure->set_normalized_value(value * 1000);
    figure->set_normalized_unit("USD");
    figure->set_qualifier(v1::QUALIFIER_RANGE);
    figure->set_subject("harbor cleanup");
    figure->set_time_scope("last year");
    figure->set_place("Portland");
    figure->set_claim_id("c1");
  }
  v1::Source* source = document.add_sources();
  source->set_source_id("ana-ortiz");
  source->set_type(v1::SOURCE_TYPE_PERSON);
  source->set_name("Ana Ortiz");
  source->add_aliases("Ortiz");
  source->set_title("Mayor");
  source->set_affiliation("City of Portland");
  source->set_claim_count(3);
  source->set_document_count(2);
  source->add_titles("Mayor");
  source->add_affiliations("City");
  document.add_sources();  // all defaults
  document.set_extractor_version("factwire-extract/1.0");
  document.set_revision(2);
  return document;
}

TEST(ProtoJsonPrinter, ARichDocumentAsProtobufPrintsIt) {
  ExpectAsProtobuf(RichDocument());
}

TEST(ProtoJsonPrinter, RandomMessagesAsProtobufPrintsThem) {
  std::mt19937 random(20261128);
  for (int round = 0; round < 300; ++round) {
    const v1::Document document = RandomDocument(&random);
    ASSERT_EQ(Ours(document), Protobufs(document)) << round;
    ASSERT_EQ(OursTyped(document), Protobufs(document)) << round;
    ExpectReadsBack(document);
  }
}

// Documents the real analyzer makes from short articles.
TEST(ProtoJsonPrinter, AnalyzedArticlesAsProtobufPrintsThem) {
  absl::StatusOr<std::unique_ptr<Analyzer>> analyzer = Analyzer::Create();
  ASSERT_TRUE(analyzer.ok()) << analyzer.status();
  const char* const kArticles[] = {
      "Harbor plan approved\n\nThe council approved a $48 million plan to clean up the "
      "harbor. \"We will finish by 2028,\" said Mayor Ana Ortiz. About 1,200 jobs "
      "depend on it, according to the Port Authority.\n",
      "Caf\xc3\xa9 prices rise\n\nPrices rose 4.5 percent last year, officials said. "
      "\xe2\x80\x9cIt is not enough,\xe2\x80\x9d Delgado argued. The city spent "
      "\xe2\x82\xac" "3.2 billion, or roughly 0.7 percent of output.\n",
      "Storm\n\nMore than 20 kilograms of debris and 3 tonnes of sand were removed. "
      "Dr. Lee Park, a spokesperson for the Weather Service, warned that winds of 120 "
      "km/h could return. <b>Update</b>: 0 injuries.\n",
  };
  int id = 0;
  for (const char* article : kArticles) {
    AnalyzeInput input;
    input.content = article;
    input.media_type = "text/plain";
    input.external_id = "article-" + std::to_string(++id);
    absl::StatusOr<v1::Document> document = (*analyzer)->Analyze(input);
    ASSERT_TRUE(document.ok()) << document.status();
    EXPECT_GT(document->figures_size(), 0) << article;
    ExpectAsProtobuf(*document);
  }
}

// One printer on several threads at once (its plans built while they race).
TEST(ProtoJsonPrinter, ThreadsShareAPrinter) {
  const ProtoJsonPrinter printer;
  const v1::Document document = RichDocument();
  const std::string expected = Protobufs(document);
  std::vector<std::string> outputs(4);
  std::vector<std::thread> threads;
  for (std::string& output : outputs) {
    threads.emplace_back([&printer, &document, &output] {
      for (int i = 0; i < 50; ++i) {
        output.clear();
        (void)printer.Append(document, &output);
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (const std::string& output : outputs) EXPECT_EQ(output, expected);
}

TEST(ProtoJsonPrinter, AppendsAfterWhatIsThere) {
  std::string out = "[";
  const ProtoJsonPrinter printer;
  ASSERT_TRUE(printer.Append(RichDocument(), &out).ok());
  EXPECT_EQ(out, "[" + Protobufs(RichDocument()));
}

}  // namespace
}  // namespace factwire

namespace factwire {
namespace {

TEST(DocumentJsonPrinter, KnowsTheFieldsOfTheCompiledRecords) {
  // False would mean records.proto changed without document_json.cc: every
  // document would still print right, through ProtoJsonPrinter, but slower.
  EXPECT_TRUE(DocumentJsonPrinter().typed());
}

TEST(DocumentJsonPrinter, EveryRecordFieldAsProtobufPrintsIt) {
  v1::Document document = RichDocument();
  v1::Claim* claim = document.add_claims();
  claim->set_kind(static_cast<v1::ClaimKind>(99));  // a number without a name
  claim->set_confidence(-0.0f);                     // printed: only +0 is a default
  claim->set_checkworthiness(std::numeric_limits<float>::quiet_NaN());
  claim->add_figure_ids("");
  // Spans with either, both or neither number at its default, and the extremes.
  claim->mutable_cue_span();
  claim->mutable_speaker_span()->set_begin(-7);
  claim->mutable_span()->set_begin(std::numeric_limits<int32_t>::min());
  claim->mutable_span()->set_end(std::numeric_limits<int32_t>::max());
  v1::Figure* figure = document.add_figures();
  figure->set_name("documents/x/figures/f9");
  figure->set_document("documents/x");
  figure->mutable_span()->set_end(3);
  figure->set_value(0);  // explicit presence: printed
  figure->set_value_max(-0.0);
  figure->set_normalized_value(-kInfinity);
  figure->set_dimension(static_cast<v1::Dimension>(-4));
  // (NaN does not compare equal, so the document is not read back here.)
  EXPECT_EQ(OursTyped(document), Protobufs(document));
}

// Strings whose every byte is escaped to six, in every string field and list, many
// times over: the printer's room for each object holds them.
TEST(DocumentJsonPrinter, StringsOfEscapesFitTheirRoom) {
  const std::string controls(200, '\x01');
  v1::Document document;
  document.set_text(controls);
  document.add_authors(controls);
  document.set_extractor_version(controls);
  for (int i = 0; i < 50; ++i) {
    v1::Claim* claim = document.add_claims();
    claim->set_text(controls);
    claim->set_speaker(controls);
    claim->add_figure_ids(controls);
    claim->add_figure_ids(controls);
    claim->set_document(controls);
    v1::Figure* figure = document.add_figures();
    figure->set_text(controls);
    figure->set_place(controls);
    v1::Source* source = document.add_sources();
    source->set_name(controls);
    source->add_aliases(controls);
    source->add_affiliations(controls);
  }
  EXPECT_EQ(OursTyped(document), Protobufs(document));
  JsonBuffer buffer;
  ASSERT_TRUE(DocumentJsonPrinter().Append(document, &buffer).ok());
  EXPECT_EQ(std::string(buffer.view()), Protobufs(document));
}

TEST(DocumentJsonPrinter, TimestampsOutOfRangeFailAsInProtobuf) {
  google::protobuf::LogSilencer quiet;
  const DocumentJsonPrinter printer;
  for (const auto& [seconds, nanos] : std::vector<std::pair<int64_t, int32_t>>{
           {-62135596801, 0}, {253402300800, 0}, {0, -1}, {0, 1000000000}}) {
    v1::Document document = RichDocument();
    document.mutable_ingest_time()->set_seconds(seconds);
    document.mutable_ingest_time()->set_nanos(nanos);
    std::string out = "kept";
    EXPECT_EQ(printer.Append(document, &out).code(), absl::StatusCode::kInternal);
    EXPECT_EQ(out, "kept");
    JsonBuffer buffer;
    buffer.append("kept", 4);
    EXPECT_EQ(printer.Append(document, &buffer).code(), absl::StatusCode::kInternal);
    EXPECT_EQ(std::string(buffer.view()), "kept");
  }
  v1::Document edge;
  edge.mutable_publish_time()->set_seconds(253402300799);
  edge.mutable_publish_time()->set_nanos(999999999);
  edge.mutable_ingest_time();  // present, all zero: 1970-01-01T00:00:00Z
  ExpectAsProtobuf(edge);
}

TEST(DocumentJsonPrinter, AppendsAfterWhatIsThere) {
  std::string out = "[";
  ASSERT_TRUE(DocumentJsonPrinter().Append(RichDocument(), &out).ok());
  EXPECT_EQ(out, "[" + Protobufs(RichDocument()));
  JsonBuffer buffer;
  buffer.append("[", 1);
  ASSERT_TRUE(DocumentJsonPrinter().Append(RichDocument(), &buffer).ok());
  EXPECT_EQ(std::string(buffer.view()), "[" + Protobufs(RichDocument()));
  const v1::Document empty;
  EXPECT_EQ(OursTyped(empty), "{}");
}

}  // namespace
}  // namespace factwire
