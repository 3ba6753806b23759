#include "query-service/answer/answerer.h"

#include <string>
#include <utility>

#include "absl/strings/str_cat.h"
#include "query-service/answer/names.h"
#include "query-service/answer/paging.h"
#include "query-service/answer/queries.h"
#include "query-service/answer/span_encoder.h"

namespace factwire {
absl::StatusOr<v1::Document> Answerer::GetDocument(
    const v1::GetDocumentRequest& request) const {
  return Answer(&Answerer::GetDocument, request);
}

absl::Status Answerer::GetDocument(const v1::GetDocumentRequest& request,
                                   v1::Document* document) const {
  absl::Status valid = CheckOffsetEncoding(request.offset_encoding());
  if (!valid.ok()) return valid;
  absl::StatusOr<std::string> id =
      ParseName("name", "documents", request.name());
  if (!id.ok()) return id.status();
  absl::Status read = store_->GetDocument(
      *id, request.view() != v1::DOCUMENT_VIEW_BASIC, document);
  if (!read.ok()) return read;
  SpanEncoder(store_, request.offset_encoding()).Encode(*document);
  return absl::OkStatus();
}

absl::StatusOr<v1::ListDocumentsResponse> Answerer::ListDocuments(
    const v1::ListDocumentsRequest& request) const {
  absl::Status valid = CheckOffsetEncoding(request.offset_encoding());
  if (!valid.ok()) return valid;
  absl::StatusOr<DocumentQuery> query = ToDocumentQuery(request);
  if (!query.ok()) return query.status();
  uint64_t fingerprint = RequestFingerprint(
      {"ListDocuments", request.filter(), request.order_by()});
  absl::Status paged = ReadPageInto(request.page_size(), request.page_token(),
                                    fingerprint, &query->page);
  if (!paged.ok()) return paged;
  absl::StatusOr<Page<v1::Document>> documents =
      store_->SearchDocuments(*query);
  if (!documents.ok()) return documents.status();
  if (request.view() == v1::DOCUMENT_VIEW_FULL) {
    for (v1::Document& document : documents->items) {
      absl::StatusOr<v1::Document> full =
          store_->GetDocument(document.document_id(), /*full=*/true);
      if (!full.ok()) return full.status();
      document = *std::move(full);
      SpanEncoder(store_, request.offset_encoding()).Encode(document);
    }
  }
  v1::ListDocumentsResponse response;
  FillPage(*std::move(documents), fingerprint, response.mutable_documents(),
           response.mutable_next_page_token());
  return response;
}

absl::StatusOr<v1::SearchClaimsResponse> Answerer::SearchClaims(
    const v1::SearchClaimsRequest& request) const {
  return Answer(&Answerer::SearchClaims, request);
}

absl::Status Answerer::SearchClaims(const v1::SearchClaimsRequest& request,
                                    v1::SearchClaimsResponse* response) const {
  absl::Status valid = CheckOffsetEncoding(request.offset_encoding());
  if (!valid.ok()) return valid;
  absl::StatusOr<ClaimQuery> query = ToClaimQuery(request);
  if (!query.ok()) return query.status();
  uint64_t fingerprint = RequestFingerprint(
      {"SearchClaims", request.query(), request.filter(), request.order_by()});
  return ReadClaims(*std::move(query), request.page_size(),
                    request.page_token(), fingerprint,
                    request.offset_encoding(), response->mutable_claims(),
                    response->mutable_next_page_token());
}

absl::Status Answerer::ReadClaims(
    ClaimQuery query, int32_t page_size, absl::string_view page_token,
    uint64_t fingerprint, v1::OffsetEncoding encoding,
    google::protobuf::RepeatedPtrField<v1::Claim>* claims,
    std::string* next_page_token) const {
  absl::Status paged =
      ReadPageInto(page_size, page_token, fingerprint, &query.page);
  if (!paged.ok()) return paged;
  absl::StatusOr<PageEnd> end = store_->SearchClaims(query, claims);
  if (!end.ok()) return end.status();
  absl::Status encoded = SpanEncoder(store_, encoding).EncodeAll(*claims);
  if (!encoded.ok()) return encoded;
  *next_page_token =
      NextPageToken(end->next_after, end->next_after_key, fingerprint);
  return absl::OkStatus();
}

absl::StatusOr<v1::ListFiguresResponse> Answerer::ListFigures(
    const v1::ListFiguresRequest& request) const {
  absl::Status valid = CheckOffsetEncoding(request.offset_encoding());
  if (!valid.ok()) return valid;
  absl::StatusOr<FigureQuery> query = ToFigureQuery(request);
  if (!query.ok()) return query.status();
  uint64_t fingerprint =
      RequestFingerprint({"ListFigures", query->document_id, request.filter(),
                          request.order_by()});
  absl::Status paged = ReadPageInto(request.page_size(), request.page_token(),
                                    fingerprint, &query->page);
  if (!paged.ok()) return paged;
  absl::StatusOr<Page<v1::Figure>> figures = store_->ListFigures(*query);
  if (!figures.ok()) return figures.status();
  absl::Status encoded =
      SpanEncoder(store_, request.offset_encoding()).EncodeAll(figures->items);
  if (!encoded.ok()) return encoded;
  v1::ListFiguresResponse response;
  FillPage(*std::move(figures), fingerprint, response.mutable_figures(),
           response.mutable_next_page_token());
  return response;
}

absl::StatusOr<v1::Source> Answerer::GetSource(
    const v1::GetSourceRequest& request) const {
  return Answer(&Answerer::GetSource, request);
}

absl::Status Answerer::GetSource(const v1::GetSourceRequest& request,
                                 v1::Source* source) const {
  absl::StatusOr<std::string> id = ParseName("name", "sources", request.name());
  if (!id.ok()) return id.status();
  return store_->GetSource(*id, source);
}

absl::StatusOr<v1::ListSourcesResponse> Answerer::ListSources(
    const v1::ListSourcesRequest& request) const {
  absl::StatusOr<SourceQuery> query = ToSourceQuery(request);
  if (!query.ok()) return query.status();
  uint64_t fingerprint =
      RequestFingerprint({"ListSources", request.filter(), request.order_by()});
  absl::Status paged = ReadPageInto(request.page_size(), request.page_token(),
                                    fingerprint, &query->page);
  if (!paged.ok()) return paged;
  absl::StatusOr<Page<v1::Source>> sources = store_->ListSources(*query);
  if (!sources.ok()) return sources.status();
  v1::ListSourcesResponse response;
  FillPage(*std::move(sources), fingerprint, response.mutable_sources(),
           response.mutable_next_page_token());
  return response;
}

}  // namespace factwire
