#ifndef FACTWIRE_INGEST_SERVICE_PARSE_HTML_TOKENIZER_H_
#define FACTWIRE_INGEST_SERVICE_PARSE_HTML_TOKENIZER_H_

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/string_view.h"

namespace factwire {

// One attribute of a tag, as written: `value` still holds its entities.
struct HtmlAttribute {
  absl::string_view name;  // as written (compare case-insensitively)
  absl::string_view value;
};

// One token of an HTML page.
struct HtmlToken {
  enum class Kind {
    kText,      // character data, entities not decoded
    kRawText,   // the content of <script>, <style>, <title>, <textarea> ...
    kStartTag,  // name + attributes
    kEndTag,    // name only
  };
  Kind kind = Kind::kText;
  // Lowercased tag name for tags (at most kMaxNameBytes bytes are kept).
  std::string name;
  // Text for kText and kRawText (a view into the page).
  absl::string_view text;
  std::vector<HtmlAttribute> attributes;  // start tags only
  bool self_closing = false;              // "<br/>"

  // The value of attribute `name` (lowercase), or nullptr when absent.
  const absl::string_view* Attribute(absl::string_view name) const;
};

// HtmlTokenizer
//
// A tolerant, allocation-light HTML tokenizer after the WHATWG tokenizer's main
// states: tags with quoted, unquoted and bare attributes, any letter case,
// comments, doctypes, processing instructions and CDATA sections (dropped), raw
// text elements (script, style, noscript is NOT raw) returned whole as kRawText,
// a '<' that opens no tag kept as text, an unterminated tag at the end dropped.
// It builds no tree: the caller keeps its own stack. Views point into `html`,
// which must outlive the tokenizer. Not thread-safe; cheap to create.
class HtmlTokenizer {
 public:
  // Tag names longer than this are truncated (they match no known element).
  static constexpr size_t kMaxNameBytes = 32;

  explicit HtmlTokenizer(absl::string_view html) : html_(html) {}

  // Fills `token` with the next token; false at the end of the page. `token`'s
  // buffers are reused between calls, so one token object serves a whole page.
  bool Next(HtmlToken* token);

 private:
  bool ReadMarkup(HtmlToken* token);
  bool ReadTag(HtmlToken* token, bool end_tag);
  void ReadAttributes(HtmlToken* token);
  void SkipPast(absl::string_view terminator);
  void ReadRawText(HtmlToken* token);

  absl::string_view html_;
  size_t pos_ = 0;
  // Set after a raw text start tag: the end tag name the raw text runs to.
  std::string raw_until_;
};

}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_PARSE_HTML_TOKENIZER_H_
