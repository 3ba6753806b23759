#include "ingest-service/parse/html_charset.h"

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/strip.h"
#include "ingest-service/parse/html_entities.h"

namespace factwire {
namespace {

// How far browsers look for a <meta> charset declaration.
constexpr size_t kPrescanBytes = 1024;

// windows-1252 bytes 0x80-0x9F (the rest of the code page is Latin-1).
constexpr uint16_t kHigh[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020,
                                0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D,
                                0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D,
                                0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
                                0x0153, 0x009D, 0x017E, 0x0178};

// The label after "charset=" in `s` (an attribute or a Content-Type value), or "".
std::string CharsetParameter(absl::string_view s) {
  const std::string lower = absl::AsciiStrToLower(s);
  const size_t at = lower.find("charset");
  if (at == std::string::npos) return "";
  absl::string_view rest = absl::string_view(lower).substr(at + 7);
  rest = absl::StripLeadingAsciiWhitespace(rest);
  if (!absl::ConsumePrefix(&rest, "=")) return "";
  rest = absl::StripLeadingAsciiWhitespace(rest);
  if (!rest.empty() && (rest[0] == '"' || rest[0] == '\'')) rest.remove_prefix(1);
  size_t end = 0;
  while (end < rest.size() &&
         (absl::ascii_isalnum(rest[end]) || rest[end] == '-' || rest[end] == '_' ||
          rest[end] == ':' || rest[end] == '.')) {
    ++end;
  }
  return std::string(rest.substr(0, end));
}

}  // namespace

HtmlEncoding EncodingForLabel(absl::string_view label) {
  label = absl::StripAsciiWhitespace(label);
  label = absl::StripPrefix(absl::StripSuffix(label, "\""), "\"");
  const std::string l = absl::AsciiStrToLower(label);
  if (l.empty() || l == "utf-8" || l == "utf8" || l == "unicode-1-1-utf-8") {
    return HtmlEncoding::kUtf8;
  }
  static const char* const k1252[] = {
      "windows-1252",   "cp1252",     "x-cp1252", "iso-8859-1", "iso8859-1",
      "iso_8859-1",     "latin1",     "l1",       "us-ascii",   "ascii",
      "ansi_x3.4-1968", "iso-ir-100", "ibm819",   "cp819",      "csisolatin1"};
  for (const char* name : k1252) {
    if (l == name) return HtmlEncoding::kWindows1252;
  }
  return HtmlEncoding::kUnsupported;
}

std::string SniffHtmlCharset(absl::string_view html) {
  if (absl::StartsWith(html, "\xEF\xBB\xBF")) return "utf-8";
  const absl::string_view head = html.substr(0, kPrescanBytes);
  size_t at = 0;
  while ((at = head.find('<', at)) != absl::string_view::npos) {
    ++at;
    if (at + 4 > head.size() || !absl::EqualsIgnoreCase(head.substr(at, 4), "meta")) {
      continue;
    }
    const size_t close = head.find('>', at);
    const absl::string_view tag = head.substr(
        at, close == absl::string_view::npos ? absl::string_view::npos : close - at);
    const std::string label = CharsetParameter(tag);
    if (!label.empty()) return label;
  }
  return "";
}

uint32_t Windows1252CodePoint(unsigned char byte) {
  return byte >= 0x80 && byte <= 0x9F ? kHigh[byte - 0x80] : byte;
}

std::string Windows1252ToUtf8(absl::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (const char c : bytes) {
    const unsigned char byte = static_cast<unsigned char>(c);
    if (byte < 0x80) {
      out.push_back(c);
    } else {
      AppendUtf8(Windows1252CodePoint(byte), &out);
    }
  }
  return out;
}

}  // namespace factwire
