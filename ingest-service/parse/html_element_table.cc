// Data: how article extraction treats HTML elements and class names.
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "ingest-service/parse/html_elements.h"

namespace factwire {
namespace {

struct RoleEntry {
  const char* name;
  HtmlElementRole role;
};

using R = HtmlElementRole;

constexpr RoleEntry kRoles[] = {
    // Never body text: code, styling, embedded media, navigation, asides, figures
    // and their captions (a caption describes a picture, it is not the story),
    // form controls. <form> itself is a boundary: some sites wrap the whole page
    // in one.
    {"script", R::kSkipped},
    {"style", R::kSkipped},
    {"noscript", R::kSkipped},
    {"template", R::kSkipped},
    {"svg", R::kSkipped},
    {"math", R::kSkipped},
    {"nav", R::kSkipped},
    {"aside", R::kSkipped},
    {"figure", R::kSkipped},
    {"figcaption", R::kSkipped},
    {"button", R::kSkipped},
    {"select", R::kSkipped},
    {"option", R::kSkipped},
    {"optgroup", R::kSkipped},
    {"textarea", R::kSkipped},
    {"label", R::kSkipped},
    {"fieldset", R::kSkipped},
    {"legend", R::kSkipped},
    {"datalist", R::kSkipped},
    {"iframe", R::kSkipped},
    {"object", R::kSkipped},
    {"video", R::kSkipped},
    {"audio", R::kSkipped},
    {"canvas", R::kSkipped},
    {"picture", R::kSkipped},
    {"map", R::kSkipped},
    {"dialog", R::kSkipped},
    {"menu", R::kSkipped},
    {"caption", R::kSkipped},
    {"head", R::kSkipped},
    {"noembed", R::kSkipped},
    {"noframes", R::kSkipped},
    {"xmp", R::kSkipped},
    {"title", R::kSkipped},
    {"footer", R::kSkipped},
    {"address", R::kSkipped},
    // Void elements.
    {"area", R::kVoid},
    {"base", R::kVoid},
    {"col", R::kVoid},
    {"embed", R::kVoid},
    {"hr", R::kBoundary},
    {"img", R::kVoid},
    {"input", R::kVoid},
    {"link", R::kVoid},
    {"meta", R::kVoid},
    {"param", R::kVoid},
    {"source", R::kVoid},
    {"track", R::kVoid},
    {"wbr", R::kVoid},
    {"keygen", R::kVoid},
    {"br", R::kBreak},
    // Paragraphs.
    {"p", R::kParagraph},
    {"dd", R::kParagraph},
    {"dt", R::kParagraph},
    {"pre", R::kParagraph},
    {"td", R::kBoundary},
    {"th", R::kBoundary},
    {"h1", R::kHeading},
    {"h2", R::kHeading},
    {"h3", R::kHeading},
    {"h4", R::kHeading},
    {"h5", R::kHeading},
    {"h6", R::kHeading},
    {"li", R::kListItem},
    {"blockquote", R::kQuote},
    // Blocks that only separate paragraphs.
    {"html", R::kBoundary},
    {"body", R::kBoundary},
    {"div", R::kBoundary},
    {"section", R::kBoundary},
    {"article", R::kBoundary},
    {"main", R::kBoundary},
    {"header", R::kBoundary},
    {"hgroup", R::kBoundary},
    {"ul", R::kBoundary},
    {"ol", R::kBoundary},
    {"dl", R::kBoundary},
    {"table", R::kBoundary},
    {"thead", R::kBoundary},
    {"tbody", R::kBoundary},
    {"tfoot", R::kBoundary},
    {"tr", R::kBoundary},
    {"form", R::kBoundary},
    {"center", R::kBoundary},
    {"details", R::kBoundary},
    {"summary", R::kBoundary},
    {"frameset", R::kBoundary},
};

// Words of class and id values that mark page furniture, lowercase.
constexpr const char* kBoilerplateWords[] = {
    "ad",           "ads",         "adslot",         "advert",     "advertisement",
    "advertising",  "sponsor",     "sponsored",      "promo",      "promotion",
    "related",      "recommended", "recirc",         "outbrain",   "taboola",
    "share",        "sharing",     "social",         "newsletter", "subscribe",
    "subscription", "signup",      "paywall",        "comments",   "comment",
    "breadcrumb",   "breadcrumbs", "cookie",         "cookies",    "consent",
    "popular",      "trending",    "mostread",       "tags",       "tweet",
    "twitter",      "instagram",   "caption",        "credit",     "bio",
    "sr",           "visually",    "visuallyhidden", "offscreen",  "toolbar",
    "sidebar",      "modal",       "popup",          "footer",     "masthead",
    "skip",         "disclaimer",  "copyright",
};

// Class and id values of article body containers, lowercase, without '-' and '_'.
constexpr const char* kArticleBodyNames[] = {
    "articlebody",     "articlecontent", "storybody",     "storycontent", "storytext",
    "entrycontent",    "postcontent",    "postbody",      "articletext",  "bodytext",
    "articlebodytext", "contentbody",    "storybodytext",
};

// Whole blocks that are page furniture, lowercase, without final punctuation.
constexpr const char* kFurnitureLines[] = {
    "advertisement",
    "story continues below advertisement",
    "skip advertisement",
    "continue reading",
    "read more",
    "read the full story",
    "share this article",
    "share this story",
    "share",
    "sign up",
    "subscribe",
    "listen to this article",
    "click here",
    "get the latest news",
    "most read",
    "related",
    "related stories",
    "related articles",
    "more on this story",
    "you may also like",
};

// Calls `word` for every run of letters and digits in `value`, lowercased.
template <typename F>
bool AnyWord(absl::string_view value, F word) {
  size_t i = 0;
  while (i < value.size()) {
    while (i < value.size() && !absl::ascii_isalnum(value[i])) ++i;
    const size_t begin = i;
    while (i < value.size() && absl::ascii_isalnum(value[i])) ++i;
    if (i > begin && word(value.substr(begin, i - begin))) return true;
  }
  return false;
}

}  // namespace

HtmlElementRole HtmlElementRoleOf(absl::string_view name) {
  static const auto* const kByName = [] {
    auto* by_name = new absl::flat_hash_map<absl::string_view, HtmlElementRole>();
    for (const RoleEntry& entry : kRoles) by_name->emplace(entry.name, entry.role);
    return by_name;
  }();
  const auto it = kByName->find(name);
  return it == kByName->end() ? R::kInline : it->second;
}

bool IsBoilerplateClass(absl::string_view value) {
  return AnyWord(value, [](absl::string_view word) {
    for (const char* boilerplate : kBoilerplateWords) {
      if (absl::EqualsIgnoreCase(word, boilerplate)) return true;
    }
    return false;
  });
}

bool IsArticleBodyClass(absl::string_view value) {
  // Whitespace separates class names; '-' and '_' join the words of one.
  size_t i = 0;
  while (i < value.size()) {
    while (i < value.size() && absl::ascii_isspace(value[i])) ++i;
    std::string name;
    while (i < value.size() && !absl::ascii_isspace(value[i])) {
      if (absl::ascii_isalnum(value[i])) name.push_back(absl::ascii_tolower(value[i]));
      ++i;
    }
    for (const char* body : kArticleBodyNames) {
      if (name == body) return true;
    }
  }
  return false;
}

bool IsFurnitureLine(absl::string_view text) {
  if (text.size() > 40) return false;
  while (!text.empty() && (absl::ascii_ispunct(text.back()) || text.back() == ' ')) {
    text.remove_suffix(1);
  }
  for (const char* line : kFurnitureLines) {
    if (absl::EqualsIgnoreCase(text, line)) return true;
  }
  return false;
}

}  // namespace factwire
