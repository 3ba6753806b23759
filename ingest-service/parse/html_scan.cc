#include "ingest-service/parse/html_scan.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "ingest-service/parse/html_elements.h"
#include "ingest-service/parse/html_text.h"
#include "ingest-service/parse/html_tokenizer.h"

namespace factwire {
namespace {

using Role = HtmlElementRole;

// Elements nested deeper are not pushed (their text flows into the element at this
// depth), as browsers flatten deep trees: stack searches stay bounded, so hostile
// nesting ("<div>" x 200000, then as many stray end tags) stays linear.
constexpr size_t kMaxDepth = 512;
// An implied </p> or </li> is looked for this far down the stack at most.
constexpr size_t kMaxImpliedSearch = 32;

// Flags of an open element: what popping it undoes.
enum OpenFlag : uint8_t {
  kSkip = 1,        // page furniture: its text is no block
  kLink = 2,        // <a>
  kHeader = 4,      // a <header> inside a content container
  kRelAuthor = 8,   // <a rel=author>
  kContainer = 16,  // opened a content container
  kTimeText = 32,   // a <time> without datetime: its text is the time
};

struct Open {
  std::string name;
  Role role;
  uint8_t flags;
  HtmlBlockKind kind;  // the block kind text inside it gets
};

bool StructuralRole(Role role) {
  return role == Role::kBoundary || role == Role::kParagraph || role == Role::kHeading ||
         role == Role::kListItem || role == Role::kQuote;
}

HtmlBlockKind KindOf(absl::string_view name, Role role, HtmlBlockKind inherited) {
  switch (role) {
    case Role::kParagraph:
      return HtmlBlockKind::kParagraph;
    case Role::kHeading:
      return name == "h1" ? HtmlBlockKind::kHeadline : HtmlBlockKind::kHeading;
    case Role::kListItem:
      return HtmlBlockKind::kListItem;
    case Role::kQuote:
      return HtmlBlockKind::kQuote;
    case Role::kInline:
    case Role::kVoid:
    case Role::kBreak:
    case Role::kBoundary:
    case Role::kSkipped:
      return inherited;
  }
  return inherited;
}

std::string Lower(absl::string_view s) { return absl::AsciiStrToLower(s); }

// `needle` is lowercase.
bool ContainsIgnoreCase(absl::string_view haystack, absl::string_view needle) {
  return absl::StrContains(Lower(haystack), needle);
}

// The attributes of a start tag the scan reads, found in one pass; nullptr when
// absent.
struct Tag {
  absl::string_view name;
  const absl::string_view* klass = nullptr;
  const absl::string_view* id = nullptr;
  const absl::string_view* role = nullptr;
  const absl::string_view* itemprop = nullptr;
  const absl::string_view* style = nullptr;
  const absl::string_view* aria_hidden = nullptr;
  const absl::string_view* rel = nullptr;
  const absl::string_view* href = nullptr;
  const absl::string_view* content = nullptr;
  const absl::string_view* property = nullptr;
  const absl::string_view* meta_name = nullptr;
  const absl::string_view* lang = nullptr;
  const absl::string_view* datetime = nullptr;
  const absl::string_view* type = nullptr;
  bool hidden = false;
  bool pubdate = false;
};

Tag Inspect(const HtmlToken& t) {
  Tag tag;
  tag.name = t.name;
  for (const HtmlAttribute& a : t.attributes) {
    const absl::string_view n = a.name;
    const auto is = [n](absl::string_view name) {
      return absl::EqualsIgnoreCase(n, name);
    };
    const absl::string_view** slot = nullptr;
    switch (n.size()) {
      case 2:
        if (is("id")) slot = &tag.id;
        break;
      case 3:
        if (is("rel")) slot = &tag.rel;
        break;
      case 4:
        if (is("role"))
          slot = &tag.role;
        else if (is("href"))
          slot = &tag.href;
        else if (is("name"))
          slot = &tag.meta_name;
        else if (is("lang"))
          slot = &tag.lang;
        else if (is("type"))
          slot = &tag.type;
        break;
      case 5:
        if (is("class"))
          slot = &tag.klass;
        else if (is("style"))
          slot = &tag.style;
        break;
      case 6:
        if (is("hidden")) tag.hidden = true;
        break;
      case 7:
        if (is("content"))
          slot = &tag.content;
        else if (is("pubdate"))
          tag.pubdate = true;
        break;
      case 8:
        if (is("itemprop"))
          slot = &tag.itemprop;
        else if (is("property"))
          slot = &tag.property;
        else if (is("datetime"))
          slot = &tag.datetime;
        break;
      case 11:
        if (is("aria-hidden")) slot = &tag.aria_hidden;
        break;
      default:
        break;
    }
    if (slot != nullptr && *slot == nullptr) *slot = &a.value;
  }
  return tag;
}

// True when the attributes hide the element or name page furniture.
bool IsFurniture(const Tag& t) {
  if (t.hidden) return true;
  if (t.aria_hidden != nullptr && absl::EqualsIgnoreCase(*t.aria_hidden, "true")) {
    return true;
  }
  if (t.style != nullptr) {
    std::string compact;
    for (char c : *t.style) {
      if (!absl::ascii_isspace(c)) compact.push_back(absl::ascii_tolower(c));
    }
    if (absl::StrContains(compact, "display:none")) return true;
  }
  return (t.klass != nullptr && IsBoilerplateClass(*t.klass)) ||
         (t.id != nullptr && IsBoilerplateClass(*t.id));
}

// 1 for a strong content container, 2 for a weak one, 0 for none.
int ContainerStrength(const Tag& t) {
  if (t.name == "article") return 1;
  if (t.itemprop != nullptr && ContainsIgnoreCase(*t.itemprop, "articlebody")) return 1;
  if ((t.klass != nullptr && IsArticleBodyClass(*t.klass)) ||
      (t.id != nullptr && IsArticleBodyClass(*t.id))) {
    return 1;
  }
  if (t.name == "main" ||
      (t.role != nullptr && absl::EqualsIgnoreCase(*t.role, "main"))) {
    return 2;
  }
  return 0;
}

class Scanner {
 public:
  explicit Scanner(HtmlScan* out) : out_(out) {}

  void Start(const HtmlToken& t);
  void End(absl::string_view name);
  void Text(absl::string_view raw);
  void RawText(const HtmlToken& t);
  void Finish();

 private:
  void CaptureMetadata(const Tag& t);
  // Sets *strength to ContainerStrength(t).
  uint8_t FlagsFor(const Tag& t, Role role, int* strength);
  void Push(const Tag& t, Role role, uint8_t flags, int strength);
  void PopTo(size_t index);
  void CloseImplied(absl::string_view name, Role role);
  void Break();
  void Flush();

  HtmlScan* out_;
  std::vector<Open> stack_;
  int skip_ = 0;
  int links_ = 0;
  int headers_ = 0;
  int rel_authors_ = 0;
  int container_ = -1;
  bool body_started_ = false;
  bool head_open_ = false;
  enum class Pending { kNone, kTitle, kJsonLd } pending_ = Pending::kNone;
  std::string block_;
  size_t block_link_bytes_ = 0;
  std::string rel_author_;
  int time_texts_ = 0;  // open <time> elements without datetime
  bool time_published_ = false;
  std::string time_text_;
};

void Scanner::CaptureMetadata(const Tag& t) {
  const absl::string_view name = t.name;
  if (name == "meta") {
    if (t.content == nullptr) return;
    const absl::string_view* key = t.property != nullptr    ? t.property
                                   : t.meta_name != nullptr ? t.meta_name
                                                            : t.itemprop;
    if (key != nullptr)
      out_->metas.emplace_back(Lower(*key), DecodeHtmlValue(*t.content));
  } else if (name == "link" || name == "a") {
    if (t.rel != nullptr && t.href != nullptr) {
      out_->links.emplace_back(Lower(*t.rel), DecodeHtmlValue(*t.href));
    }
  } else if (name == "html") {
    if (t.lang != nullptr) out_->language = DecodeHtmlValue(*t.lang);
  } else if (name == "time") {
    if (t.datetime == nullptr) return;
    const bool published =
        t.pubdate ||
        (t.itemprop != nullptr && ContainsIgnoreCase(*t.itemprop, "datepublished"));
    out_->times.push_back(
        {DecodeHtmlValue(*t.datetime), container_, published, skip_ > 0});
  } else if (name == "script") {
    if (t.type != nullptr && ContainsIgnoreCase(*t.type, "ld+json")) {
      pending_ = Pending::kJsonLd;
    }
  } else if (name == "title") {
    if (!body_started_ && out_->title.empty()) pending_ = Pending::kTitle;
  }
}

uint8_t Scanner::FlagsFor(const Tag& t, Role role, int* strength) {
  uint8_t flags = 0;
  const absl::string_view name = t.name;
  *strength = ContainerStrength(t);
  if (*strength > 0) {
    flags |= kContainer;
  } else if (role == Role::kSkipped ||
             (name != "html" && name != "body" && IsFurniture(t))) {
    flags |= kSkip;
  } else if (name == "header") {
    flags |= container_ >= 0 ? kHeader : kSkip;
  }
  if (name == "time" && t.datetime == nullptr) flags |= kTimeText;
  if (name == "a") {
    flags |= kLink;
    if (t.rel != nullptr && ContainsIgnoreCase(*t.rel, "author")) flags |= kRelAuthor;
  }
  return flags;
}

void Scanner::Push(const Tag& t, Role role, uint8_t flags, int strength) {
  const HtmlBlockKind inherited =
      stack_.empty() ? HtmlBlockKind::kLoose : stack_.back().kind;
  stack_.push_back(
      Open{std::string(t.name), role, flags, KindOf(t.name, role, inherited)});
  if (t.name == "head") head_open_ = true;
  if (flags & kSkip) ++skip_;
  if (flags & kLink) ++links_;
  if (flags & kHeader) ++headers_;
  if (flags & kRelAuthor) ++rel_authors_;
  if (flags & kTimeText) {
    ++time_texts_;
    time_text_.clear();
    time_published_ =
        t.pubdate || (t.itemprop != nullptr && ContainsIgnoreCase(*t.itemprop, "datepublished"));
  }
  if (flags & kContainer) {
    out_->containers.push_back(HtmlContainer{strength == 1, container_});
    container_ = static_cast<int>(out_->containers.size()) - 1;
  }
}

// Closes stack_[index] and everything opened after it.
void Scanner::PopTo(size_t index) {
  for (size_t i = index; i < stack_.size(); ++i) {
    if (StructuralRole(stack_[i].role)) {
      Flush();
      break;
    }
  }
  while (stack_.size() > index) {
    const Open& open = stack_.back();
    if (open.flags & kSkip) --skip_;
    if (open.flags & kLink) --links_;
    if (open.flags & kHeader) --headers_;
    if (open.flags & kRelAuthor) {
      --rel_authors_;
      TrimTrailingSpace(&rel_author_);
      if (!rel_author_.empty()) out_->rel_authors.push_back(rel_author_);
      rel_author_.clear();
    }
    if (open.flags & kTimeText) {
      --time_texts_;
      TrimTrailingSpace(&time_text_);
      if (!time_text_.empty()) {
        out_->times.push_back({time_text_, container_, time_published_, skip_ > 0});
      }
      time_text_.clear();
    }
    if (open.flags & kContainer) container_ = out_->containers[container_].parent;
    if (open.name == "head") head_open_ = false;
    stack_.pop_back();
  }
}

// The closes the HTML parser implies: the head before body content, an open <p>
// before a block, an open <li> before the next item.
void Scanner::CloseImplied(absl::string_view name, Role role) {
  // <html> opens the page, not its body: the <head> (and its <title>) follows.
  if (name == "html" || (!StructuralRole(role) && name != "body")) return;
  body_started_ = true;
  if (head_open_) {
    for (size_t i = 0; i < stack_.size(); ++i) {
      if (stack_[i].name == "head") {
        PopTo(i);
        break;
      }
    }
  }
  const bool li = name == "li";
  const size_t floor =
      stack_.size() > kMaxImpliedSearch ? stack_.size() - kMaxImpliedSearch : 0;
  for (size_t i = stack_.size(); i-- > floor;) {
    const Open& open = stack_[i];
    if (open.name == "p" || (li && open.name == "li")) {
      PopTo(i);
      return;
    }
    if (open.role == Role::kInline || open.role == Role::kSkipped) continue;
    if (li && open.name == "div") continue;
    return;
  }
}

void Scanner::Start(const HtmlToken& token) {
  const Role role = HtmlElementRoleOf(token.name);
  const Tag t = Inspect(token);
  CaptureMetadata(t);
  if (role == Role::kVoid) return;
  if (role == Role::kBreak) {
    Break();
    return;
  }
  CloseImplied(t.name, role);
  if (StructuralRole(role)) Flush();
  if (token.self_closing) return;  // "<div/>": XHTML's empty element
  if (stack_.size() >= kMaxDepth) return;
  int strength = 0;
  const uint8_t flags = FlagsFor(t, role, &strength);
  Push(t, role, flags, strength);
}

void Scanner::End(absl::string_view name) {
  if (name == "title" || name == "script") pending_ = Pending::kNone;
  for (size_t i = stack_.size(); i-- > 0;) {
    if (stack_[i].name == name) {
      PopTo(i);
      return;
    }
  }
  if (name == "p") Flush();   // a stray </p> still ends the paragraph
  if (name == "br") Break();  // </br> is read as <br>
}

void Scanner::Text(absl::string_view raw) {
  if (rel_authors_ > 0) AppendHtmlText(raw, &rel_author_);
  if (time_texts_ > 0) AppendHtmlText(raw, &time_text_);
  if (skip_ > 0) return;
  const size_t before = block_.size();
  AppendHtmlText(raw, &block_);
  if (links_ > 0) block_link_bytes_ += block_.size() - before;
}

void Scanner::RawText(const HtmlToken& t) {
  if (pending_ == Pending::kTitle && t.name == "title") {
    out_->title = DecodeHtmlValue(t.text);
  } else if (pending_ == Pending::kJsonLd && t.name == "script") {
    out_->json_ld.emplace_back(t.text);
  }
  // Other raw text (scripts, styles, form input, SVG titles) is not body text.
  pending_ = Pending::kNone;
}

void Scanner::Break() {
  if (skip_ > 0) return;
  if (!block_.empty() && block_.back() == '\n') {
    Flush();
    return;
  }
  TrimTrailingSpace(&block_);
  if (!block_.empty()) block_.push_back('\n');
}

void Scanner::Flush() {
  TrimTrailingSpace(&block_);
  if (!block_.empty()) {
    HtmlBlock block;
    block.text = std::move(block_);
    block.kind = stack_.empty() ? HtmlBlockKind::kLoose : stack_.back().kind;
    block.container = container_;
    block.in_header = headers_ > 0;
    block.link_bytes = std::min(block_link_bytes_, block.text.size());
    out_->blocks.push_back(std::move(block));
  }
  block_.clear();
  block_link_bytes_ = 0;
}

void Scanner::Finish() {
  PopTo(0);
  Flush();
}

}  // namespace

HtmlScan ScanHtml(absl::string_view html) {
  HtmlScan scan;
  Scanner scanner(&scan);
  HtmlTokenizer tokenizer(html);
  HtmlToken token;
  while (tokenizer.Next(&token)) {
    switch (token.kind) {
      case HtmlToken::Kind::kText:
        scanner.Text(token.text);
        break;
      case HtmlToken::Kind::kRawText:
        scanner.RawText(token);
        break;
      case HtmlToken::Kind::kStartTag:
        scanner.Start(token);
        break;
      case HtmlToken::Kind::kEndTag:
        scanner.End(token.name);
        break;
    }
  }
  scanner.Finish();
  return scan;
}

}  // namespace factwire
