// Answerer: CompareFigures.
#include <algorithm>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "query-service/answer/answerer.h"
#include "query-service/answer/compare.h"
#include "query-service/answer/names.h"
#include "query-service/answer/paging.h"
#include "query-service/answer/queries.h"
#include "query-service/answer/span_encoder.h"

namespace factwire {
namespace {

// What CompareFigures reads from each figure's document.
struct DocumentFacts {
  google::protobuf::Timestamp publish_time;
  bool has_publish_time = false;
  // claim_id -> source_id.
  std::map<std::string, std::string> claim_sources;
};

// Every figure matching `query`; kResourceExhausted past kMaxComparedFigures.
absl::StatusOr<std::vector<v1::Figure>> AllFigures(Store& store,
                                                   FigureQuery query) {
  std::vector<v1::Figure> figures;
  query.page = PageQuery{0, kMaxPageSize};
  while (true) {
    absl::StatusOr<Page<v1::Figure>> page = store.ListFigures(query);
    if (!page.ok()) return page.status();
    for (v1::Figure& figure : page->items) figures.push_back(std::move(figure));
    if (figures.size() > static_cast<size_t>(Answerer::kMaxComparedFigures)) {
      return absl::ResourceExhaustedError(absl::StrCat(
          "CompareFigures compares at most ", Answerer::kMaxComparedFigures,
          " figures; narrow the filter"));
    }
    if (page->next_after == 0) return figures;
    query.page.after = page->next_after;
    query.page.after_key = page->next_after_key;
  }
}

absl::StatusOr<DocumentFacts> ReadFacts(Store& store,
                                        absl::string_view document) {
  absl::StatusOr<std::string> id = ParseName("document", "documents", document);
  if (!id.ok()) return id.status();
  absl::StatusOr<v1::Document> stored = store.GetDocument(*id, /*full=*/true);
  if (!stored.ok()) return stored.status();
  DocumentFacts facts;
  facts.has_publish_time = stored->has_publish_time();
  facts.publish_time = stored->publish_time();
  for (const v1::Claim& claim : stored->claims()) {
    facts.claim_sources[claim.claim_id()] = claim.source_id();
  }
  return facts;
}

// The figures with their documents' publish times and claims' sources.
absl::StatusOr<std::vector<FigureRecord>> ToRecords(
    Store& store, std::vector<v1::Figure> figures) {
  std::map<std::string, DocumentFacts> documents;
  std::vector<FigureRecord> records;
  records.reserve(figures.size());
  for (v1::Figure& figure : figures) {
    auto found = documents.find(figure.document());
    if (found == documents.end()) {
      absl::StatusOr<DocumentFacts> facts = ReadFacts(store, figure.document());
      if (!facts.ok()) return facts.status();
      found = documents.emplace(figure.document(), *std::move(facts)).first;
    }
    FigureRecord& record = records.emplace_back();
    record.publish_time = found->second.publish_time;
    record.has_publish_time = found->second.has_publish_time;
    auto source = found->second.claim_sources.find(figure.claim_id());
    if (source != found->second.claim_sources.end()) {
      record.source_id = source->second;
    }
    record.figure = std::move(figure);
  }
  return records;
}

}  // namespace

absl::StatusOr<v1::CompareFiguresResponse> Answerer::CompareFigures(
    const v1::CompareFiguresRequest& request) const {
  absl::Status valid = CheckOffsetEncoding(request.offset_encoding());
  if (!valid.ok()) return valid;
  v1::ListFiguresRequest list;
  list.set_filter(request.filter());
  absl::StatusOr<FigureQuery> query = ToFigureQuery(list);
  if (!query.ok()) return query.status();
  uint64_t fingerprint =
      RequestFingerprint({"CompareFigures", request.filter()});
  absl::StatusOr<PageQuery> page =
      ReadPage(request.page_size(), request.page_token(), fingerprint);
  if (!page.ok()) return page.status();
  absl::StatusOr<std::vector<v1::Figure>> figures =
      AllFigures(*store_, *std::move(query));
  if (!figures.ok()) return figures.status();
  absl::StatusOr<std::vector<FigureRecord>> records =
      ToRecords(*store_, *std::move(figures));
  if (!records.ok()) return records.status();
  std::vector<v1::FigureGroup> groups =
      CompareFigureRecords(*std::move(records));

  v1::CompareFiguresResponse response;
  SpanEncoder encoder(store_, request.offset_encoding());
  const size_t begin =
      std::min(groups.size(), static_cast<size_t>(page->after));
  const size_t end = std::min(groups.size(), begin + page->limit);
  for (size_t i = begin; i < end; ++i) {
    for (v1::FigureObservation& observation :
         *groups[i].mutable_observations()) {
      absl::Status encoded =
          encoder.Encode(observation.document(), *observation.mutable_span());
      if (!encoded.ok()) return encoded;
    }
    *response.add_groups() = std::move(groups[i]);
  }
  if (end < groups.size()) {
    response.set_next_page_token(
        NextPageToken(static_cast<int64_t>(end), fingerprint));
  }
  return response;
}

}  // namespace factwire
