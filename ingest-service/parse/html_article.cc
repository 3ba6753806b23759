#include "ingest-service/parse/html_article.h"

#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/strip.h"
#include "ingest-service/parse/dates.h"
#include "ingest-service/parse/html_elements.h"
#include "ingest-service/parse/html_metadata.h"
#include "ingest-service/parse/html_scan.h"
#include "ingest-service/parse/layout.h"

namespace factwire {
namespace {

// A container is the article when it holds at least 1/kMinShare of the page's text.
constexpr size_t kMinShare = 4;
// Loose text (in no paragraph element) is body only as a sentence of this many words.
constexpr int kMinLooseWords = 5;
// A header paragraph longer than this is no subheadline.
constexpr size_t kMaxStandfirstBytes = 300;
// How many leading body blocks may be bylines or date lines.
constexpr int kMaxLeadingMeta = 3;

using Blocks = std::vector<const HtmlBlock*>;

bool EndsLikeSentence(absl::string_view s) {
  for (const char* end : {".", "!", "?", "\"", ":", ")", "\xE2\x80\x9D", "\xE2\x80\x99",
                          "\xE2\x80\xA6", "'"}) {
    if (absl::EndsWith(s, end)) return true;
  }
  return false;
}

// "Read more: <a>Another story</a>": a furniture label, a colon, then mostly links.
bool IsLabelledLink(const HtmlBlock& block) {
  const size_t colon = block.text.find(':');
  return colon != std::string::npos && colon < 30 &&
         block.link_bytes * 2 >= block.text.size() &&
         IsFurnitureLine(absl::string_view(block.text).substr(0, colon));
}

// Link lists, furniture lines and loose fragments are not body text.
bool IsNoise(const HtmlBlock& block) {
  if (block.kind == HtmlBlockKind::kHeadline) return false;
  if (block.link_bytes * 10 >= block.text.size() * 9) return true;
  if (IsFurnitureLine(block.text) || IsLabelledLink(block)) return true;
  return block.kind == HtmlBlockKind::kLoose &&
         (WordCount(block.text) < kMinLooseWords || !EndsLikeSentence(block.text));
}

bool Within(const HtmlScan& scan, int container, int ancestor) {
  for (int c = container; c >= 0; c = scan.containers[c].parent) {
    if (c == ancestor) return true;
  }
  return false;
}

// The container holding the article's body, or -1 for the whole page.
int ChooseContainer(const HtmlScan& scan, const Blocks& blocks) {
  std::vector<size_t> bytes(scan.containers.size(), 0);
  size_t page = 0;
  for (const HtmlBlock* block : blocks) {
    if (block->kind == HtmlBlockKind::kHeadline || block->in_header) continue;
    page += block->text.size();
    for (int c = block->container; c >= 0; c = scan.containers[c].parent) {
      bytes[c] += block->text.size();
    }
  }
  for (const bool strong : {true, false}) {
    int best = -1;
    for (size_t c = 0; c < bytes.size(); ++c) {
      if (scan.containers[c].strong != strong || bytes[c] == 0) continue;
      if (best < 0 || bytes[c] > bytes[best]) best = static_cast<int>(c);
    }
    if (best >= 0 && bytes[best] * kMinShare >= page) return best;
  }
  return -1;
}

// "Updated 10:43 AM EST, Tue February 4, 2025": a short line with a year and a
// month name or a clock time, which ParseDateLine may not read.
bool IsTimestampLine(absl::string_view text) {
  if (WordCount(text) > 12) return false;
  bool year = false, clock = false;
  for (size_t i = 0; i + 4 <= text.size(); ++i) {
    const bool starts = i == 0 || !absl::ascii_isdigit(text[i - 1]);
    const bool ends = i + 4 == text.size() || !absl::ascii_isdigit(text[i + 4]);
    if (starts && ends && (text.substr(i, 2) == "19" || text.substr(i, 2) == "20") &&
        absl::ascii_isdigit(text[i + 2]) && absl::ascii_isdigit(text[i + 3])) {
      year = true;
    }
  }
  for (size_t i = 1; i + 2 < text.size(); ++i) {
    if (text[i] == ':' && absl::ascii_isdigit(text[i - 1]) &&
        absl::ascii_isdigit(text[i + 1]) && absl::ascii_isdigit(text[i + 2])) {
      clock = true;
    }
  }
  static const char* const kLabels[] = {"updated", "published", "posted", "last updated",
                                        "first published"};
  bool labelled = false;
  for (const char* label : kLabels) {
    if (absl::StartsWithIgnoreCase(text, label)) labelled = true;
  }
  return year && (clock || labelled);
}

// Takes `text` as a byline, a date line, a line of both or of a section and a
// date ("Politics | 14 June 2022"), or a caption or furniture line into
// `article` (each field only when it has none yet); false for other text.
bool TakeBylineOrDate(absl::string_view text, HtmlArticle* article) {
  Layout meta;
  if (TakeHeaderLine(text, &meta)) {
    if (article->authors.empty()) article->authors = std::move(meta.authors);
    if (!article->publish_time && meta.publish_date) {
      article->publish_time = ToUnixSeconds(*meta.publish_date);
    }
    if (article->section.empty()) article->section = std::move(meta.section);
    return true;
  }
  return IsTimestampLine(text);
}

std::optional<int64_t> TimeElement(const HtmlScan& scan, int container) {
  for (const bool published : {true, false}) {
    for (const HtmlTime& time : scan.times) {
      if (time.skipped || (published && !time.published) ||
          (!published && container >= 0 && !Within(scan, time.container, container))) {
        continue;
      }
      if (std::optional<int64_t> seconds = ParseTimestamp(time.datetime)) return seconds;
    }
  }
  for (const HtmlTime& time : scan.times) {
    if (time.skipped) continue;
    if (std::optional<int64_t> seconds = ParseTimestamp(time.datetime)) return seconds;
  }
  return std::nullopt;
}

std::string Headline(const HtmlMetadata& meta, const Blocks& scoped, const Blocks& all) {
  for (const HtmlBlock* block : scoped) {
    if (block->kind == HtmlBlockKind::kHeadline) return block->text;
  }
  if (!meta.og_title.empty()) return meta.og_title;
  if (!meta.ld_headline.empty()) return meta.ld_headline;
  for (const HtmlBlock* block : all) {
    if (block->kind == HtmlBlockKind::kHeadline) return block->text;
  }
  return meta.title;
}

// `text` without a final "..." or "…".
absl::string_view WithoutEllipsis(absl::string_view text) {
  text = absl::StripAsciiWhitespace(text);
  while (absl::ConsumeSuffix(&text, "\xE2\x80\xA6") || absl::ConsumeSuffix(&text, ".")) {
  }
  return absl::StripAsciiWhitespace(text);
}

// True when `description` is (a possibly truncated copy of) the start of `body`.
bool BodyStartsWith(absl::string_view body, absl::string_view description) {
  const absl::string_view d = WithoutEllipsis(description);
  const absl::string_view b = WithoutEllipsis(body);
  if (d.empty()) return true;
  return absl::StartsWithIgnoreCase(b, d) || absl::StartsWithIgnoreCase(d, b);
}

// The header paragraphs: bylines and dates into `article`; returns the first other
// short one (the standfirst), or "".
std::string ReadHeader(const Blocks& scoped, HtmlArticle* article) {
  std::string standfirst;
  for (const HtmlBlock* block : scoped) {
    if (!block->in_header || block->kind == HtmlBlockKind::kHeadline) continue;
    if (TakeBylineOrDate(block->text, article)) continue;
    if (standfirst.empty() && block->text.size() <= kMaxStandfirstBytes &&
        block->text != article->headline && WordCount(block->text) >= 4) {
      standfirst = block->text;
    }
  }
  return standfirst;
}

// The body paragraphs of `scoped`, leading bylines and date lines taken into
// `article`, headings with no paragraph under them dropped.
std::vector<std::string> ReadBody(const Blocks& scoped, HtmlArticle* article) {
  std::vector<const HtmlBlock*> body;
  int leading = 0;
  for (const HtmlBlock* block : scoped) {
    if (block->in_header || block->kind == HtmlBlockKind::kHeadline) continue;
    if (body.empty() && leading < kMaxLeadingMeta &&
        (block->text == article->headline || TakeBylineOrDate(block->text, article))) {
      ++leading;
      continue;
    }
    body.push_back(block);
  }
  std::vector<std::string> paragraphs;
  for (size_t i = 0; i < body.size(); ++i) {
    const bool heading = body[i]->kind == HtmlBlockKind::kHeading;
    if (heading &&
        (i + 1 == body.size() || body[i + 1]->kind == HtmlBlockKind::kHeading)) {
      continue;
    }
    paragraphs.push_back(body[i]->text);
  }
  return paragraphs;
}

// "ELDORET, Nov 30 (KNA) - The …": the dateline opening the first body
// paragraph (as ReadBodyDateline reads it, under the headline when there is
// one) into article->dateline and article->lede, its full date into
// article->publish_time when nothing else dated the page.
void TakeBodyDateline(HtmlArticle* article) {
  if (article->paragraphs.empty()) return;
  const std::vector<absl::string_view> paragraphs(article->paragraphs.begin(),
                                                  article->paragraphs.end());
  BodyDateline found = ReadBodyDateline(paragraphs, !article->headline.empty());
  article->dateline = std::move(found.place);
  article->lede = found.lede;
  if (!article->publish_time && found.date) {
    article->publish_time = ToUnixSeconds(*found.date);
  }
}

}  // namespace

HtmlArticle ReadHtmlArticle(absl::string_view html) {
  const HtmlScan scan = ScanHtml(html);
  const HtmlMetadata meta = ReadHtmlMetadata(scan);
  Blocks all;
  for (const HtmlBlock& block : scan.blocks) {
    if (!IsNoise(block)) all.push_back(&block);
  }
  const int container = ChooseContainer(scan, all);
  Blocks scoped;
  for (const HtmlBlock* block : all) {
    if (container < 0 || Within(scan, block->container, container))
      scoped.push_back(block);
  }
  HtmlArticle article;
  article.headline = Headline(meta, scoped, all);
  article.section = meta.section;
  article.url = meta.url;
  article.language = meta.language;
  article.authors = meta.authors;
  article.publish_time = meta.publish_time;
  if (!article.publish_time) article.publish_time = TimeElement(scan, container);
  const std::string standfirst = ReadHeader(scoped, &article);
  article.paragraphs = ReadBody(scoped, &article);
  if (!standfirst.empty()) {
    article.subheadline = standfirst;
  } else if (!meta.description.empty() && meta.description != article.headline &&
             (article.paragraphs.empty() ||
              !BodyStartsWith(article.paragraphs.front(), meta.description))) {
    article.subheadline = meta.description;
  } else if (meta.description.empty() && !meta.ld_alternative_headline.empty() &&
             meta.ld_alternative_headline != article.headline) {
    article.subheadline = meta.ld_alternative_headline;
  }
  TakeBodyDateline(&article);
  // "SKETCH: <headline>": the kicker is no part of it, as in plain text.
  article.headline.erase(0, HeadlineKickerSize(article.headline));
  return article;
}

}  // namespace factwire
