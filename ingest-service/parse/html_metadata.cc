#include "ingest-service/parse/html_metadata.h"

#include <algorithm>
#include <cstring>
#include <initializer_list>
#include <string>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/strip.h"
#include "ingest-service/parse/dates.h"
#include "ingest-service/parse/html_text.h"
#include "ingest-service/parse/json_ld.h"
#include "ingest-service/parse/layout.h"

namespace factwire {
namespace {

using Pairs = std::vector<std::pair<std::string, std::string>>;

// The first non-empty value of the first key in `keys` that `pairs` holds.
std::string First(const Pairs& pairs, std::initializer_list<const char*> keys) {
  for (const char* key : keys) {
    for (const auto& [name, value] : pairs) {
      if (name == key && !value.empty()) return value;
    }
  }
  return "";
}

bool IsUrl(absl::string_view s) {
  return absl::StrContains(s, "://") || absl::StartsWith(s, "www.") ||
         absl::StartsWith(s, "/");
}

// "By Jane Doe and John Roe" or "Jane Doe, John Roe" -> the names; URLs dropped.
std::vector<std::string> NamesIn(absl::string_view value) {
  value = absl::StripAsciiWhitespace(value);
  if (value.empty() || IsUrl(value)) return {};
  if (absl::StartsWithIgnoreCase(value, "by ")) value.remove_prefix(3);
  return SplitNames(value);
}

std::vector<std::string> MetaAuthors(const HtmlScan& scan,
                                     const std::optional<JsonLdArticle>& ld) {
  if (ld && !ld->authors.empty()) {
    std::vector<std::string> authors;
    for (const std::string& name : ld->authors) {
      if (!IsUrl(name)) authors.push_back(DecodeHtmlValue(name));
    }
    if (!authors.empty()) return authors;
  }
  for (const char* key : {"author", "article:author", "parsely-author", "sailthru.author",
                          "dc.creator", "byl"}) {
    for (const auto& [name, value] : scan.metas) {
      if (name != key) continue;
      std::vector<std::string> authors = NamesIn(value);
      if (!authors.empty()) return authors;
    }
  }
  std::vector<std::string> authors;
  for (const std::string& text : scan.rel_authors) {
    for (std::string& name : NamesIn(text)) {
      if (std::find(authors.begin(), authors.end(), name) == authors.end()) {
        authors.push_back(std::move(name));
      }
    }
  }
  return authors;
}

// "en-US" -> "en", "pt_BR" -> "pt".
std::string PrimaryLanguage(absl::string_view tag) {
  tag = absl::StripAsciiWhitespace(tag);
  const size_t end = tag.find_first_of("-_");
  return absl::AsciiStrToLower(tag.substr(0, end));
}

std::optional<int64_t> MetaPublishTime(const HtmlScan& scan,
                                       const std::optional<JsonLdArticle>& ld) {
  const std::string meta =
      First(scan.metas, {"article:published_time", "og:article:published_time",
                         "datepublished", "article.published", "parsely-pub-date",
                         "sailthru.date", "pubdate", "publishdate", "publish-date",
                         "dc.date.issued", "dcterms.created", "dc.date", "date"});
  if (std::optional<int64_t> time = ParseTimestamp(meta)) return time;
  if (ld) return ParseTimestamp(ld->date_published);
  return std::nullopt;
}

}  // namespace

std::string CutSiteName(absl::string_view title, absl::string_view site_name) {
  for (const char* separator :
       {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " \xC2\xBB "}) {
    const size_t at = title.rfind(separator);
    if (at == absl::string_view::npos || at == 0) continue;
    const absl::string_view head = title.substr(0, at);
    const absl::string_view tail =
        absl::StripAsciiWhitespace(title.substr(at + std::strlen(separator)));
    const auto words = [](absl::string_view s) {
      return 1 + std::count(s.begin(), s.end(), ' ');
    };
    if ((!site_name.empty() && absl::EqualsIgnoreCase(tail, site_name)) ||
        (words(tail) <= 4 && words(head) >= 3)) {
      return CutSiteName(head, site_name);
    }
  }
  return std::string(title);
}

HtmlMetadata ReadHtmlMetadata(const HtmlScan& scan) {
  std::optional<JsonLdArticle> ld;
  for (const std::string& json : scan.json_ld) {
    ld = ReadJsonLdArticle(json);
    if (ld) break;
  }
  HtmlMetadata meta;
  meta.og_title = First(scan.metas, {"og:title", "twitter:title"});
  const std::string site = First(scan.metas, {"og:site_name", "application-name"});
  meta.title = CutSiteName(scan.title, site);
  meta.description =
      First(scan.metas, {"og:description", "description", "twitter:description"});
  meta.section = First(scan.metas, {"article:section", "og:article:section", "section",
                                    "parsely-section"});
  meta.url = First(scan.links, {"canonical"});
  if (meta.url.empty()) meta.url = First(scan.metas, {"og:url", "twitter:url"});
  std::string language = scan.language;
  if (language.empty()) language = First(scan.metas, {"og:locale", "content-language"});
  if (ld) {
    meta.ld_headline = DecodeHtmlValue(ld->headline);
    meta.ld_alternative_headline = DecodeHtmlValue(ld->alternative_headline);
    if (meta.description.empty()) meta.description = DecodeHtmlValue(ld->description);
    if (meta.section.empty()) meta.section = DecodeHtmlValue(ld->section);
    if (meta.url.empty()) meta.url = ld->url;
    if (language.empty()) language = ld->language;
  }
  meta.language = PrimaryLanguage(language);
  meta.authors = MetaAuthors(scan, ld);
  meta.publish_time = MetaPublishTime(scan, ld);
  return meta;
}

}  // namespace factwire
