#include "cli/json_text.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "google/protobuf/stubs/logging.h"
#include "google/protobuf/util/json_util.h"
#include "google/protobuf/wrappers.pb.h"
#include "gtest/gtest.h"

namespace factwire {
namespace {

using google::protobuf::DoubleValue;
using google::protobuf::FloatValue;
using google::protobuf::StringValue;
using google::protobuf::util::MessageToJsonString;

// What protobuf's printer writes for a message: a wrapper prints as its value.
std::string ProtobufJson(const google::protobuf::Message& message) {
  std::string json;
  EXPECT_TRUE(MessageToJsonString(message, &json).ok());
  return json;
}

std::string ProtobufString(const std::string& text) {
  StringValue value;
  value.set_value(text);
  return ProtobufJson(value);
}

std::string OurString(const std::string& text) {
  std::string json;
  AppendJsonString(text, &json);
  return json;
}

// WriteJsonString's text for `text`.
std::string WriteString(const std::string& text) {
  std::vector<char> room(JsonStringRoom(text.size()));
  return std::string(room.data(), WriteJsonString(text, room.data()));
}

std::string OurDouble(double value) {
  std::string json;
  AppendJsonDouble(value, &json);
  return json;
}

std::string OurFloat(float value) {
  std::string json;
  AppendJsonFloat(value, &json);
  return json;
}

std::string ProtobufDouble(double value) {
  DoubleValue message;
  message.set_value(value);
  return ProtobufJson(message);
}

std::string ProtobufFloat(float value) {
  FloatValue message;
  message.set_value(value);
  return ProtobufJson(message);
}

TEST(JsonSink, AppendsAfterWhatTheStringHeld) {
  std::string out = "prefix:";
  {
    JsonSink sink(&out, 4);
    EXPECT_EQ(sink.size(), 7u);
    const std::string big(10000, 'x');  // past the room made up front
    sink.append(big.data(), big.size());
    sink.push_back('!');
    EXPECT_EQ(sink.size(), 7u + 10001u);
  }
  EXPECT_EQ(out, "prefix:" + std::string(10000, 'x') + "!");
}

TEST(JsonSink, ReserveGivesRoomToFormatInPlace) {
  std::string out = "n=";
  {
    JsonSink sink(&out, 1);
    for (int i = 0; i < 3000; ++i) {  // past the first room, so the sink grows
      char* at = sink.Reserve(8);
      std::memcpy(at, "12345678", 8);
      sink.Advance(i % 2 == 0 ? 3 : 1);  // only what was kept counts
    }
  }
  std::string want = "n=";
  for (int i = 0; i < 3000; ++i) want += i % 2 == 0 ? "123" : "1";
  EXPECT_EQ(out, want);
}

TEST(JsonSink, TruncateDropsTheLaterPieces) {
  std::string out = "[";
  {
    JsonSink sink(&out, 16);
    sink.append("abc", 3);
    const size_t mark = sink.size();
    sink.append("def", 3);
    sink.Truncate(mark);
    sink.push_back(']');
  }
  EXPECT_EQ(out, "[abc]");
}

TEST(JsonSink, ASinkOpenedInsideAnotherWritesItsOwnString) {
  std::string outer, inner = "<";
  {
    JsonSink a(&outer, 8);
    a.append("one", 3);
    {
      JsonSink b(&inner, 2);
      b.append("two-and-more", 12);
      b.Finish();
      b.push_back('>');
    }
    a.append("three", 5);
    a.Finish();
    EXPECT_EQ(outer, "onethree");
    a.push_back('.');
  }
  EXPECT_EQ(outer, "onethree.");
  EXPECT_EQ(inner, "<two-and-more>");
  // The thread's buffer is free again: a new sink starts empty.
  std::string next;
  { JsonSink c(&next, 1); c.append("4", 1); }
  EXPECT_EQ(next, "4");
}

TEST(JsonBuffer, KeepsWhatWasWrittenAcrossGrowth) {
  JsonBuffer buffer;
  EXPECT_TRUE(buffer.empty());
  buffer.append("n=", 2);
  for (int i = 0; i < 3000; ++i) {  // past the first room, so the buffer grows
    char* at = buffer.Reserve(8);
    std::memcpy(at, "12345678", 8);
    buffer.Advance(i % 2 == 0 ? 3 : 1);  // only what was kept counts
  }
  buffer.push_back('.');
  std::string want = "n=";
  for (int i = 0; i < 3000; ++i) want += i % 2 == 0 ? "123" : "1";
  EXPECT_EQ(std::string(buffer.view()), want + ".");
  buffer.Truncate(2);
  EXPECT_EQ(std::string(buffer.view()), "n=");
}

TEST(JsonBuffer, ClearKeepsTheRoomAndShrinkFreesIt) {
  JsonBuffer buffer;
  buffer.append(std::string(5000, 'x').data(), 5000);
  const char* room = buffer.data();
  buffer.clear();
  EXPECT_TRUE(buffer.empty());
  buffer.append("ab", 2);
  EXPECT_EQ(buffer.data(), room);  // the same room, not a new one
  buffer.ShrinkIfAbove(1 << 20);   // small enough to keep
  EXPECT_EQ(std::string(buffer.view()), "ab");
  buffer.ShrinkIfAbove(100);  // above the limit: emptied and freed
  EXPECT_TRUE(buffer.empty());
  EXPECT_EQ(buffer.data(), nullptr);
  buffer.push_back('c');
  EXPECT_EQ(std::string(buffer.view()), "c");
}

// DropFront moves the rest to the front; FitIfAbove gives back a large room but
// keeps the bytes in it.
TEST(JsonBuffer, DropFrontKeepsTheRestAndFitKeepsTheBytes) {
  JsonBuffer buffer;
  buffer.append(std::string(6000, 'x').data(), 6000);
  buffer.append("tail", 4);
  buffer.DropFront(6000);
  EXPECT_EQ(std::string(buffer.view()), "tail");
  EXPECT_GE(buffer.capacity(), 6004u);
  buffer.FitIfAbove(1 << 20);  // small enough to keep
  EXPECT_GE(buffer.capacity(), 6004u);
  buffer.FitIfAbove(100);  // above the limit: the four bytes in a room of four
  EXPECT_EQ(std::string(buffer.view()), "tail");
  EXPECT_EQ(buffer.capacity(), 4u);
  buffer.append("!", 1);  // and it grows again from there
  EXPECT_EQ(std::string(buffer.view()), "tail!");
  buffer.DropFront(5);
  EXPECT_TRUE(buffer.empty());
  buffer.FitIfAbove(1);  // nothing to keep: freed
  EXPECT_EQ(buffer.data(), nullptr);
  EXPECT_EQ(buffer.capacity(), 0u);
}

// The Write* functions write the Append* functions' text in place, within their room.
TEST(WriteJson, WritesTheAppendedTextWithinItsRoom) {
  std::mt19937_64 random(3);
  for (int round = 0; round < 2000; ++round) {
    std::string text(random() % 40, ' ');
    for (char& c : text) c = static_cast<char>(random() % 4 == 0 ? random() : 'a' + random() % 26);
    std::vector<char> room(JsonStringRoom(text.size()) + 1, '#');
    char* const end = WriteJsonString(text, room.data());
    ASSERT_LE(static_cast<size_t>(end - room.data()), JsonStringRoom(text.size()));
    ASSERT_EQ(std::string(room.data(), end), OurString(text));
  }
  // Every byte escaped to six: the room is just enough.
  const std::string controls(9, '\x01');
  std::vector<char> room(JsonStringRoom(controls.size()));
  EXPECT_EQ(WriteJsonString(controls, room.data()), room.data() + room.size());
  for (const double value : {0.0, -0.0, 0.1, 1e21, -123.0, 5e-324, 1.0 / 3}) {
    char number[kJsonNumberRoom];
    EXPECT_EQ(std::string(number, WriteJsonDouble(value, number)), OurDouble(value));
    const float narrow = static_cast<float>(value);
    EXPECT_EQ(std::string(number, WriteJsonFloat(narrow, number)), OurFloat(narrow));
  }
}

// Integers are written as std::to_chars writes them, the short ones with one
// four-byte move: every digit count, both signs, the ends of the range.
TEST(WriteJsonInt32, WritesWhatToCharsWrites) {
  std::vector<int32_t> values = {0,      1,       9,        10,        99,        100,
                                 999,    1000,    9999,     10000,     99999,     100000,
                                 999999, 1000000, 99999999, 100000000, 999999999, 1000000000,
                                 std::numeric_limits<int32_t>::max(),
                                 std::numeric_limits<int32_t>::min()};
  std::mt19937 random(17);
  for (int i = 0; i < 20000; ++i) {
    values.push_back(static_cast<int32_t>(random() >> (random() % 32)));
  }
  for (const int32_t v : values) {
    for (const int32_t value : {v, v == std::numeric_limits<int32_t>::min() ? v : -v}) {  // both signs
      char want[kJsonInt32Room];
      const std::string expected(want, std::to_chars(want, want + sizeof(want), value).ptr);
      char room[kJsonInt32Room + 4];
      std::memset(room, '#', sizeof(room));
      char* const end = WriteJsonInt32(value, room);
      ASSERT_EQ(std::string(room, end), expected) << value;
      ASSERT_EQ(std::string(room + kJsonInt32Room, 4), "####") << value;  // within its room
    }
  }
}

// Numbers stay within kJsonNumberRoom, remembered texts (copied padded) too.
TEST(WriteJson, NumbersStayWithinTheirRoom) {
  for (int round = 0; round < 2; ++round) {  // the second round copies remembered texts
    for (const double value : {0.1, 1.0 / 3, -2.5, 1e21, 48000000.0, 4046.8564224, -1e-300}) {
      char room[kJsonNumberRoom + 8];
      std::memset(room, '#', sizeof(room));
      char* end = WriteJsonDouble(value, room);
      ASSERT_EQ(std::string(room, end), OurDouble(value));
      ASSERT_EQ(std::string(room + kJsonNumberRoom, 8), "########") << value;
      std::memset(room, '#', sizeof(room));
      const float narrow = static_cast<float>(value);
      end = WriteJsonFloat(narrow, room);
      ASSERT_EQ(std::string(room, end), OurFloat(narrow));
      ASSERT_EQ(std::string(room + kJsonNumberRoom, 8), "########") << narrow;
    }
  }
}

// Short strings are copied in 16-byte pieces when they need no escape: the same
// text as AppendJsonString for every length around the 16-byte steps and an escape
// (or a multi-byte character) at every position, within the room each may use.
TEST(WriteShortJsonString, WritesWhatAppendJsonStringWrites) {
  for (size_t length = 0; length <= kShortJsonString + 20; ++length) {
    for (size_t at = 0; at <= length; ++at) {  // at == length: no special byte
      for (const std::string special : {"\"", "\n", "\xc3\xa9", "<"}) {
        std::string text(length, 'x');
        if (at < length) text.replace(at, 1, special);
        std::vector<char> room(JsonStringRoom(text.size()) + 16 + 4, '#');
        char* const end = WriteShortJsonString(text, room.data());
        ASSERT_EQ(std::string(room.data(), end), OurString(text)) << length << " " << at;
        ASSERT_EQ(std::string(room.end() - 4, room.end()), "####") << length << " " << at;
        std::vector<char> exact(JsonStringRoom(text.size()) + 4, '#');
        char* const exact_end = WriteJsonString(text, exact.data());
        ASSERT_EQ(std::string(exact.data(), exact_end), OurString(text)) << length << " " << at;
        ASSERT_EQ(std::string(exact.end() - 4, exact.end()), "####") << length << " " << at;
      }
    }
  }
}

TEST(AppendJsonString, EscapesWhatJsonAndHtmlNeed) {
  EXPECT_EQ(OurString("plain text"), "\"plain text\"");
  EXPECT_EQ(OurString("a\"b\\c/d"), "\"a\\\"b\\\\c/d\"");
  EXPECT_EQ(OurString("\b\t\n\f\r"), "\"\\b\\t\\n\\f\\r\"");
  EXPECT_EQ(OurString(std::string("\0\x01\x0b\x1f\x7f", 5)),
            "\"\\u0000\\u0001\\u000b\\u001f\\u007f\"");
  EXPECT_EQ(OurString("<b>"), "\"\\u003cb\\u003e\"");
  EXPECT_EQ(OurString(""), "\"\"");
}

TEST(AppendJsonString, KeepsUnicodeButEscapesInvisibleFormatCharacters) {
  EXPECT_EQ(OurString("caf\xc3\xa9 \xe2\x80\x9cq\xe2\x80\x9d \xf0\x9f\x98\x80"),
            "\"caf\xc3\xa9 \xe2\x80\x9cq\xe2\x80\x9d \xf0\x9f\x98\x80\"");
  EXPECT_EQ(OurString("\xc2\x85|\xc2\xad|\xe2\x80\xa8|\xe2\x80\xa9|\xef\xbb\xbf"),
            "\"\\u0085|\\u00ad|\\u2028|\\u2029|\\ufeff\"");
  EXPECT_EQ(OurString("\xf3\xa0\x80\x81"), "\"\\udb40\\udc01\"");  // U+E0001
  // The edges of the punctuation kept without decoding (U+2010 to U+2027): U+200F
  // and U+2028 around them are escaped; their bytes cut short by the end are
  // dropped, as protobuf drops them.
  const std::string edges = "\xe2\x80\x8f|\xe2\x80\x90|\xe2\x80\xa7|\xe2\x80\xa8|\xe2\x80\x94";
  EXPECT_EQ(OurString(edges), "\"\\u200f|\xe2\x80\x90|\xe2\x80\xa7|\\u2028|\xe2\x80\x94\"");
  EXPECT_EQ(OurString(edges), ProtobufString(edges));
  google::protobuf::LogSilencer quiet;
  EXPECT_EQ(OurString("a\xe2\x80"), ProtobufString("a\xe2\x80"));
}

TEST(AppendJsonString, DropsBrokenUtf8AsProtobufDoes) {
  google::protobuf::LogSilencer quiet;  // protobuf logs every string that is not UTF-8
  // A stray continuation byte; a lead byte and the ASCII byte that cut it short; an
  // encoded surrogate; a code point above U+10FFFF; a sequence cut by the end.
  const std::string broken = "a\x80|\xc3" "A|\xed\xa0\x80|\xf4\x90\x80\x80|end\xe2\x82";
  EXPECT_EQ(OurString(broken), "\"a||||end\"");
  EXPECT_EQ(OurString(broken), ProtobufString(broken));
  // Overlong forms are read as the code point they spell.
  EXPECT_EQ(OurString("\xc0\xa2"), "\"\\\"\"");
  EXPECT_EQ(OurString("\xc0\xa2"), ProtobufString("\xc0\xa2"));
}

// Random byte strings, mostly UTF-8 with every kind of break: the same bytes as
// protobuf's printer, and those that are UTF-8 read back as themselves.
TEST(AppendJsonString, MatchesProtobufOnRandomBytes) {
  google::protobuf::LogSilencer quiet;
  std::mt19937 random(20261128);
  const std::vector<std::string> pieces = {
      "a", "Z", " ", "\"", "\\", "/", "<", ">", "\n", "\t", std::string(1, '\0'), "\x1f",
      "\x7f", "\xc2\x80", "\xc2\xa0", "\xc2\xad", "\xc3\xa9", "\xe2\x80\x8b",
      "\xe2\x80\x9c", "\xe2\x80\xa8", "\xef\xbb\xbf", "\xef\xbf\xbd", "\xf0\x9f\x98\x80",
      "\xf0\x9d\x85\xb3", "\xf3\xa0\x80\xa0", "\xf4\x8f\xbf\xbf"};
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int length = static_cast<int>(random() % 12);
    for (int i = 0; i < length; ++i) {
      if (random() % 4 == 0) {
        text.push_back(static_cast<char>(random() % 256));  // any byte at all
      } else {
        text += pieces[random() % pieces.size()];
      }
    }
    ASSERT_EQ(OurString(text), ProtobufString(text)) << testing::PrintToString(text);
  }
}

// Plain text is read many bytes at a time: an escape is found at every position
// of strings of every length around those steps, after other escapes too.
TEST(AppendJsonString, FindsAnEscapeAtEveryPosition) {
  for (size_t length = 1; length <= 140; ++length) {  // past the 32- and 64-byte steps too
    for (size_t at = 0; at < length; ++at) {
      std::string text(length, 'x');
      text[at] = '"';
      const std::string want =
          "\"" + text.substr(0, at) + "\\\"" + text.substr(at + 1) + "\"";
      ASSERT_EQ(OurString(text), want) << length << " " << at;
      text[0] = '<';  // one escape before the other
      if (at > 0) {
        ASSERT_EQ(OurString(text), "\"\\u003c" + want.substr(2)) << length << " " << at;
      }
    }
  }
}

// Every special byte (controls, DEL, quote, backslash, angle brackets, every byte
// >= 0x80 as a stray) and the bytes around them, at every position of long texts:
// as the byte-at-a-time reference finds them, whatever steps the scan takes.
TEST(AppendJsonString, TellsEverySpecialByteFromItsNeighbours) {
  google::protobuf::LogSilencer quiet;
  for (int c = 0; c < 256; ++c) {
    for (const size_t at : {0, 15, 16, 31, 32, 47, 63, 64, 65, 95, 99}) {
      std::string text(100, 'x');
      text[at] = static_cast<char>(c);
      ASSERT_EQ(OurString(text), ProtobufString(text)) << c << " at " << at;
      ASSERT_EQ(WriteString(text), OurString(text)) << c << " at " << at;
    }
  }
}

TEST(AppendJsonString, ReadsBackAsTheSameString) {
  const std::string text = "q \"x\" \\ <a> \x01\t\xe2\x80\xa8 \xf3\xa0\x80\x81 \xc3\xa9";
  StringValue parsed;
  ASSERT_TRUE(google::protobuf::util::JsonStringToMessage(OurString(text), &parsed).ok());
  EXPECT_EQ(parsed.value(), text);
}

TEST(AppendJsonDouble, PrintsTheShortestOf15Or17Digits) {
  EXPECT_EQ(OurDouble(0), "0");
  EXPECT_EQ(OurDouble(-0.0), "-0");
  EXPECT_EQ(OurDouble(0.1), "0.1");
  EXPECT_EQ(OurDouble(48000000), "48000000");
  EXPECT_EQ(OurDouble(-2.5), "-2.5");
  EXPECT_EQ(OurDouble(1.0 / 3), "0.33333333333333331");
  EXPECT_EQ(OurDouble(1e21), "1e+21");
  EXPECT_EQ(OurDouble(1e-7), "1e-07");
  EXPECT_EQ(OurDouble(123456789012345680.0), "1.2345678901234568e+17");
  EXPECT_EQ(OurDouble(std::numeric_limits<double>::max()), "1.7976931348623157e+308");
  EXPECT_EQ(OurDouble(5e-324), "4.94065645841247e-324");  // subnormal: 15 digits read back
}

// Whole numbers take a shortcut up to 15 digits; %.15g's exponent form begins at 16.
TEST(AppendJsonDouble, WholeNumbersAsProtobufPrintsThem) {
  for (const double value :
       {1.0, -1.0, 7.0, 2019.0, -48000000.0, 999999999999999.0, -999999999999999.0, 1e15,
        -1e15, 1e15 + 2, 123456789012345678.0, 9007199254740993.0, 4503599627370497.0,
        1e14, 1e14 + 0.5, 0.5, -0.5, 1e300}) {
    EXPECT_EQ(OurDouble(value), ProtobufDouble(value)) << value;
  }
  std::mt19937_64 random(13);
  for (int round = 0; round < 20000; ++round) {
    const double whole = static_cast<double>(static_cast<int64_t>(random() >> (random() % 64)));
    ASSERT_EQ(OurDouble(whole), ProtobufDouble(whole)) << whole;
    ASSERT_EQ(OurDouble(-whole), ProtobufDouble(-whole)) << -whole;
  }
}

TEST(AppendJsonDouble, NonFiniteValuesAreQuotedNames) {
  EXPECT_EQ(OurDouble(std::nan("")), "\"NaN\"");
  EXPECT_EQ(OurDouble(std::numeric_limits<double>::infinity()), "\"Infinity\"");
  EXPECT_EQ(OurDouble(-std::numeric_limits<double>::infinity()), "\"-Infinity\"");
  EXPECT_EQ(OurFloat(std::numeric_limits<float>::quiet_NaN()), "\"NaN\"");
  EXPECT_EQ(OurFloat(-std::numeric_limits<float>::infinity()), "\"-Infinity\"");
}

TEST(AppendJsonFloat, PrintsTheShortestOf6Or9Digits) {
  EXPECT_EQ(OurFloat(0.1f), "0.1");
  EXPECT_EQ(OurFloat(0.85f), "0.85");
  EXPECT_EQ(OurFloat(1.0f / 3), "0.333333343");
  EXPECT_EQ(OurFloat(std::numeric_limits<float>::max()), "3.40282347e+38");
  EXPECT_EQ(OurFloat(1e-40f), "9.9999461e-41");  // subnormal: protobuf's strtof check
}

double DoubleFromBits(uint64_t bits) {
  double value;
  std::memcpy(&value, &bits, sizeof(value));
  return value;
}

float FloatFromBits(uint32_t bits) {
  float value;
  std::memcpy(&value, &bits, sizeof(value));
  return value;
}

// Random bit patterns (every exponent, subnormals with few and many bits, NaNs)
// and random "nice" numbers as an article states them: the same text as
// protobuf's printer.
TEST(AppendJsonDouble, MatchesProtobufOnRandomValues) {
  std::mt19937_64 random(7);
  for (int round = 0; round < 20000; ++round) {
    const double subnormal = DoubleFromBits(random() >> (12 + random() % 52));
    ASSERT_EQ(OurDouble(subnormal), ProtobufDouble(subnormal)) << subnormal;
    const double bits = DoubleFromBits(random());
    ASSERT_EQ(OurDouble(bits), ProtobufDouble(bits)) << bits;
    const double nice = static_cast<double>(random() % 100000) / std::pow(10, random() % 8);
    ASSERT_EQ(OurDouble(nice), ProtobufDouble(nice)) << nice;
    const double scaled = nice * std::pow(10, static_cast<int>(random() % 40) - 20);
    ASSERT_EQ(OurDouble(scaled), ProtobufDouble(scaled)) << scaled;
  }
}

// Decimals of 1 to 15 significant digits with 1 to 15 fractional digits, and the
// doubles next to them (which need 16 or 17 digits), as protobuf prints them.
TEST(AppendJsonDouble, DecimalsAndTheirNeighboursAsProtobufPrintsThem) {
  for (const double value : {0.001, 0.0015, 0.045, 0.1 + 0.2, 4046.8564224, 1609.344,
                             999999999999999.9, 99999999999999.98, 0.00099999999999999,
                             123456789.123456, -2.5, -0.001}) {
    EXPECT_EQ(OurDouble(value), ProtobufDouble(value)) << value;
  }
  std::mt19937_64 random(23);
  for (int round = 0; round < 30000; ++round) {
    const int digits = 1 + static_cast<int>(random() % 15);
    const uint64_t whole = random() % static_cast<uint64_t>(std::pow(10, digits));
    const double value = static_cast<double>(whole) / std::pow(10, 1 + random() % 15);
    for (const double v : {value, std::nextafter(value, 0.0), std::nextafter(value, 1e300),
                           -value}) {
      ASSERT_EQ(OurDouble(v), ProtobufDouble(v)) << v;
    }
  }
}

TEST(AppendJsonDouble, RepeatedValuesPrintAsTheFirstTime) {
  // More distinct values than the printer remembers, each seen many times, so
  // remembered texts are both reused and replaced.
  std::mt19937_64 random(5);
  std::vector<double> values;
  for (int i = 0; i < 3000; ++i) values.push_back(DoubleFromBits(random()));
  for (int round = 0; round < 30000; ++round) {
    const double value = values[random() % values.size()];
    ASSERT_EQ(OurDouble(value), ProtobufDouble(value)) << value;
    const float narrow = static_cast<float>(value);
    ASSERT_EQ(OurFloat(narrow), ProtobufFloat(narrow)) << narrow;
  }
}

TEST(AppendJsonFloat, MatchesProtobufOnRandomValues) {
  std::mt19937 random(11);
  for (int round = 0; round < 20000; ++round) {
    const float subnormal = FloatFromBits(static_cast<uint32_t>(random()) >> (9 + random() % 23));
    ASSERT_EQ(OurFloat(subnormal), ProtobufFloat(subnormal)) << subnormal;
    const float bits = FloatFromBits(static_cast<uint32_t>(random()));
    ASSERT_EQ(OurFloat(bits), ProtobufFloat(bits)) << bits;
    const float fraction = static_cast<float>(random() % 1001) / 1000.0f;
    ASSERT_EQ(OurFloat(fraction), ProtobufFloat(fraction)) << fraction;
  }
}

}  // namespace
}  // namespace factwire
