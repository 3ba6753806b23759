// Data: how article extraction treats HTML elements and class names.
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
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
    "skip",         "disclaimer",  "copyright",      "pullquote",  "pull",
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
    "see also",
    "also read",
    "read next",
    "read",
    "more",
    "watch",
    "listen",
    "recommended",
    "related coverage",
    "more coverage",
    "skip advertisement",
    "continue reading",
    "read more",
    "read the full story",
    "share this article",
    "share this story",
    "share this",
    "share article",
    "social sharing",
    "share",
    "sign up",
    "subscribe",
    "listen to this article",
    "listen to article",
    "published",
    "updated",
    "last updated",
    "first published",
    "comments",
    "listen to the article",
    "listen to this story",
    "print this article",
    "print this story",
    "print article",
    "print",
    "email this article",
    "email this story",
    "share on facebook",
    "share on twitter",
    "share on x",
    "share on linkedin",
    "share on whatsapp",
    "share on telegram",
    "tweet",
    "facebook",
    "twitter",
    "linkedin",
    "whatsapp",
    "telegram",
    "pinterest",
    "reddit",
    "share via email",
    "copy link",
    "email",
    "print",
    "click here",
    "get the latest news",
    "most read",
    "related",
    "related stories",
    "related articles",
    "more on this story",
    "you may also like",
    "save",
    "save article",
    "gift this article",
    "gift article",
    "more by this author",
    "key events",
    "show key events only",
    "text size",
    "more from this author",
};

// The longest entry of the word lists is shorter than this.
constexpr size_t kMaxWord = 48;

using WordSet = absl::flat_hash_set<absl::string_view>;

template <size_t N>
const WordSet* MakeSet(const char* const (&words)[N]) {
  auto* set = new WordSet();
  for (const char* word : words) set->insert(word);
  return set;
}

// True when `word`, lowercased, is in `set`.
bool InSet(const WordSet& set, absl::string_view word) {
  if (word.size() >= kMaxWord) return false;
  char buffer[kMaxWord];
  for (size_t i = 0; i < word.size(); ++i) buffer[i] = absl::ascii_tolower(word[i]);
  return set.contains(absl::string_view(buffer, word.size()));
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
  static const WordSet* const kWords = MakeSet(kBoilerplateWords);
  size_t i = 0;
  while (i < value.size()) {
    while (i < value.size() && !absl::ascii_isalnum(value[i])) ++i;
    const size_t begin = i;
    while (i < value.size() && absl::ascii_isalnum(value[i])) ++i;
    if (i > begin && InSet(*kWords, value.substr(begin, i - begin))) return true;
  }
  return false;
}

bool IsArticleBodyClass(absl::string_view value) {
  static const WordSet* const kNames = MakeSet(kArticleBodyNames);
  // Whitespace separates class names; '-' and '_' join the words of one.
  size_t i = 0;
  while (i < value.size()) {
    while (i < value.size() && absl::ascii_isspace(value[i])) ++i;
    char name[kMaxWord];
    size_t n = 0;
    for (; i < value.size() && !absl::ascii_isspace(value[i]); ++i) {
      if (absl::ascii_isalnum(value[i]) && n < kMaxWord) {
        name[n++] = absl::ascii_tolower(value[i]);
      }
    }
    if (n > 0 && n < kMaxWord && kNames->contains(absl::string_view(name, n)))
      return true;
  }
  return false;
}

bool IsFurnitureLine(absl::string_view text) {
  static const WordSet* const kLines = MakeSet(kFurnitureLines);
  if (text.size() > 40) return false;
  while (!text.empty() && (absl::ascii_ispunct(text.back()) || text.back() == ' ')) {
    text.remove_suffix(1);
  }
  return InSet(*kLines, text);
}

}  // namespace factwire
