#include "ingest-service/parse/html_tokenizer.h"

#include <algorithm>
#include <cstring>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"

namespace factwire {
namespace {

bool IsHtmlSpace(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
}

// Elements whose content is text up to their end tag (WHATWG "raw text" and
// "escapable raw text" elements, plus the obsolete ones browsers still honour).
bool IsRawTextElement(absl::string_view name) {
  switch (name.size()) {
    case 3:
      return name == "xmp";
    case 5:
      return name == "style" || name == "title";
    case 6:
      return name == "script" || name == "iframe";
    case 7:
      return name == "noembed";
    case 8:
      return name == "textarea" || name == "noframes";
    case 9:
      return name == "plaintext";
    default:
      return false;
  }
}

// The offset of the next '<' at or after `from`, or html.size().
size_t FindLt(absl::string_view html, size_t from) {
  if (from >= html.size()) return html.size();
  const void* lt = std::memchr(html.data() + from, '<', html.size() - from);
  return lt == nullptr ? html.size()
                       : static_cast<size_t>(static_cast<const char*>(lt) - html.data());
}

}  // namespace

const absl::string_view* HtmlToken::Attribute(absl::string_view name) const {
  for (const HtmlAttribute& attribute : attributes) {
    if (absl::EqualsIgnoreCase(attribute.name, name)) return &attribute.value;
  }
  return nullptr;
}

bool HtmlTokenizer::Next(HtmlToken* token) {
  if (!raw_until_.empty()) {
    ReadRawText(token);
    if (!token->text.empty()) return true;
  }
  while (pos_ < html_.size()) {
    if (html_[pos_] != '<') {
      const size_t lt = FindLt(html_, pos_);
      token->kind = HtmlToken::Kind::kText;
      token->text = html_.substr(pos_, lt - pos_);
      pos_ = lt;
      return true;
    }
    if (ReadMarkup(token)) return true;
  }
  return false;
}

// At a '<': reads a tag (true), skips a comment or declaration (false), or returns
// a '<' that opens nothing as text (true).
bool HtmlTokenizer::ReadMarkup(HtmlToken* token) {
  const size_t size = html_.size();
  const char next = pos_ + 1 < size ? html_[pos_ + 1] : '\0';
  if (absl::ascii_isalpha(next)) return ReadTag(token, false);
  if (next == '/') {
    const char after = pos_ + 2 < size ? html_[pos_ + 2] : '\0';
    if (absl::ascii_isalpha(after)) return ReadTag(token, true);
    if (after == '>') {
      pos_ += 3;  // "</>" is ignored
    } else {
      SkipPast(">");  // "</ ..." is a bogus comment
    }
    return false;
  }
  if (next == '!') {
    const absl::string_view rest = html_.substr(pos_);
    if (absl::StartsWith(rest, "<!--")) {
      pos_ += 4;
      // "<!-->" and "<!--->" close at once.
      if (pos_ < size && html_[pos_] == '>') {
        ++pos_;
      } else if (absl::StartsWith(html_.substr(pos_), "->")) {
        pos_ += 2;
      } else {
        SkipPast("-->");
      }
    } else if (absl::StartsWith(rest, "<![CDATA[")) {
      SkipPast("]]>");
    } else {
      SkipPast(">");  // <!DOCTYPE ...> and other declarations
    }
    return false;
  }
  if (next == '?') {
    SkipPast(">");  // <?xml ...?>
    return false;
  }
  // A '<' that opens nothing is text, up to the next '<'.
  const size_t lt = FindLt(html_, pos_ + 1);
  token->kind = HtmlToken::Kind::kText;
  token->text = html_.substr(pos_, lt - pos_);
  pos_ = lt;
  return true;
}

bool HtmlTokenizer::ReadTag(HtmlToken* token, bool end_tag) {
  const size_t size = html_.size();
  size_t i = pos_ + (end_tag ? 2 : 1);
  const size_t name_begin = i;
  while (i < size && !IsHtmlSpace(html_[i]) && html_[i] != '/' && html_[i] != '>') ++i;
  const size_t name_bytes = std::min(i - name_begin, kMaxNameBytes);
  token->name.assign(html_.data() + name_begin, name_bytes);
  for (char& c : token->name) c = absl::ascii_tolower(c);
  token->kind = end_tag ? HtmlToken::Kind::kEndTag : HtmlToken::Kind::kStartTag;
  token->attributes.clear();
  token->self_closing = false;
  token->text = absl::string_view();
  pos_ = i;
  ReadAttributes(token);
  if (pos_ > size) {  // the page ended inside the tag: drop it
    pos_ = size;
    return false;
  }
  if (end_tag) token->attributes.clear();
  if (!end_tag && !token->self_closing && IsRawTextElement(token->name)) {
    raw_until_ = token->name;
  }
  return true;
}

// Reads attributes up to and past the closing '>'; leaves pos_ past the end of the
// page (size + 1) when the page ends first.
void HtmlTokenizer::ReadAttributes(HtmlToken* token) {
  const size_t size = html_.size();
  size_t i = pos_;
  while (true) {
    while (i < size && (IsHtmlSpace(html_[i]) || html_[i] == '/')) {
      if (html_[i] == '/' && i + 1 < size && html_[i + 1] == '>')
        token->self_closing = true;
      ++i;
    }
    if (i >= size) break;
    if (html_[i] == '>') {
      pos_ = i + 1;
      return;
    }
    const size_t name_begin = i++;  // the first character may be '='
    while (i < size && !IsHtmlSpace(html_[i]) && html_[i] != '/' && html_[i] != '>' &&
           html_[i] != '=') {
      ++i;
    }
    HtmlAttribute attribute{html_.substr(name_begin, i - name_begin), {}};
    size_t j = i;
    while (j < size && IsHtmlSpace(html_[j])) ++j;
    if (j < size && html_[j] == '=') {
      ++j;
      while (j < size && IsHtmlSpace(html_[j])) ++j;
      if (j < size && (html_[j] == '"' || html_[j] == '\'')) {
        const size_t close = html_.find(html_[j], j + 1);
        if (close == absl::string_view::npos) break;
        attribute.value = html_.substr(j + 1, close - j - 1);
        i = close + 1;
      } else {
        const size_t value_begin = j;
        while (j < size && !IsHtmlSpace(html_[j]) && html_[j] != '>') ++j;
        attribute.value = html_.substr(value_begin, j - value_begin);
        i = j;
      }
    }
    token->attributes.push_back(attribute);
  }
  pos_ = size + 1;
}

void HtmlTokenizer::SkipPast(absl::string_view terminator) {
  const size_t end = html_.find(terminator, pos_);
  pos_ = end == absl::string_view::npos ? html_.size() : end + terminator.size();
}

// Reads the raw text of the element named raw_until_ up to its end tag (not
// consumed) or the end of the page.
void HtmlTokenizer::ReadRawText(HtmlToken* token) {
  const size_t begin = pos_;
  const size_t size = html_.size();
  const size_t name_size = raw_until_.size();
  size_t i = FindLt(html_, pos_);
  for (; i < size; i = FindLt(html_, i + 1)) {
    if (i + 2 + name_size > size || html_[i + 1] != '/') continue;
    if (!absl::EqualsIgnoreCase(html_.substr(i + 2, name_size), raw_until_)) continue;
    const size_t after = i + 2 + name_size;
    if (after == size || IsHtmlSpace(html_[after]) || html_[after] == '>' ||
        html_[after] == '/') {
      break;
    }
  }
  token->kind = HtmlToken::Kind::kRawText;
  token->name = raw_until_;
  token->text = html_.substr(begin, std::min(i, size) - begin);
  pos_ = std::min(i, size);
  raw_until_.clear();
}

}  // namespace factwire
