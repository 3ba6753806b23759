#ifndef FACTWIRE_QUERY_SERVICE_ANSWER_PAGING_H_
#define FACTWIRE_QUERY_SERVICE_ANSWER_PAGING_H_

#include <cstdint>
#include <initializer_list>
#include <string>
#include <utility>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "google/protobuf/repeated_ptr_field.h"
#include "store/store.h"

namespace factwire {

// Page sizes: 0 asks for the default; larger sizes are cut to the maximum.
inline constexpr int kDefaultPageSize = 50;
inline constexpr int kMaxPageSize = 1000;

// RequestFingerprint()
//
// A stable 64-bit hash of the request fields a page token is bound to (the RPC,
// query, filter, parent; never page_size or page_token). The same parts give
// the same fingerprint in every process.
uint64_t RequestFingerprint(std::initializer_list<absl::string_view> parts);

// ReadPage()
//
// The store page a list request asks for: its limit from `page_size` (0 -> 50,
// above 1000 -> 1000) and its cursor (after, after_key) from `page_token`
// ("" = first page).
// kInvalidArgument naming page_size when it is negative; naming page_token when
// the token is malformed or was issued for a request with another fingerprint.
absl::StatusOr<PageQuery> ReadPage(int32_t page_size,
                                   absl::string_view page_token,
                                   uint64_t fingerprint);

// ReadPageInto()
//
// ReadPage() stored into `*page` (a store query's page). The same errors;
// `*page` is left unchanged on error.
absl::Status ReadPageInto(int32_t page_size, absl::string_view page_token,
                          uint64_t fingerprint, PageQuery* page);

// NextPageToken()
//
// The opaque token for the page after `next_after` ("" when next_after is 0,
// i.e. the list is done), bound to `fingerprint`. URL-safe characters only.
std::string NextPageToken(int64_t next_after, uint64_t fingerprint);

// The same for a list with an order_by: the token also carries the last row's
// sort key (Page::next_after_key), which ReadPage() returns as
// PageQuery::after_key. An empty key makes the token NextPageToken() above
// makes.
std::string NextPageToken(int64_t next_after, absl::string_view next_after_key,
                          uint64_t fingerprint);

// FillPage()
//
// Moves the items of the store page `page` into a response's repeated field
// `items` and sets `*next_page_token` to the token for the page after it, bound
// to `fingerprint` ("" when the list is done).
template <typename T>
void FillPage(Page<T> page, uint64_t fingerprint,
              google::protobuf::RepeatedPtrField<T>* items,
              std::string* next_page_token) {
  items->Reserve(items->size() + static_cast<int>(page.items.size()));
  for (T& item : page.items) *items->Add() = std::move(item);
  *next_page_token =
      NextPageToken(page.next_after, page.next_after_key, fingerprint);
}

}  // namespace factwire

#endif  // FACTWIRE_QUERY_SERVICE_ANSWER_PAGING_H_
