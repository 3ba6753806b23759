#include "query-service/watch/change_feed.h"

#include <algorithm>
#include <utility>

#include "absl/time/clock.h"

namespace factwire {

absl::StatusOr<std::unique_ptr<ChangeFeed>> ChangeFeed::Create(
    Store* store, const ChangeFeedOptions& options) {
  absl::StatusOr<int64_t> head = store->LastChangeSequence();
  if (!head.ok()) return head.status();
  return std::unique_ptr<ChangeFeed>(new ChangeFeed(store, options, *head));
}

ChangeFeed::ChangeFeed(Store* store, const ChangeFeedOptions& options,
                       int64_t head)
    : store_(store), options_(options), cache_floor_(head), head_(head) {}

ChangeFeed::~ChangeFeed() {
  Close();
  if (poller_.joinable()) poller_.join();
}

void ChangeFeed::Start() {
  poller_ = std::thread([this] { PollUntilClosed(); });
}

void ChangeFeed::PollUntilClosed() {
  while (!stop_.WaitForNotificationWithTimeout(options_.poll_interval)) {
    Poll(absl::Now()).IgnoreError();  // The next poll retries.
  }
}

absl::Status ChangeFeed::Poll(absl::Time now) {
  absl::Status status = ReadNew();
  absl::MutexLock lock(&listeners_mu_);
  if (closed_) return status;
  for (ChangeListener* listener : listeners_) listener->OnPoll(now);
  return status;
}

absl::Status ChangeFeed::ReadNew() {
  int limit = std::max(options_.page_size, 1);
  while (true) {
    int64_t after = head();
    absl::StatusOr<Page<Change>> page =
        store_->ListChanges(PageQuery{after, limit});
    if (!page.ok()) return page.status();
    absl::MutexLock lock(&cache_mu_);
    for (Change& change : page->items) {
      head_ = change.sequence;
      cache_.push_back(std::move(change));
    }
    while (cache_.size() > std::max<size_t>(options_.cache_size, 1)) {
      cache_floor_ = cache_.front().sequence;
      cache_.pop_front();
    }
    if (page->next_after == 0) return absl::OkStatus();
  }
}

int64_t ChangeFeed::head() {
  absl::MutexLock lock(&cache_mu_);
  return head_;
}

absl::StatusOr<int64_t> ChangeFeed::LatestSequence() {
  return store_->LastChangeSequence();
}

absl::StatusOr<std::vector<Change>> ChangeFeed::Read(int64_t after, int limit) {
  {
    absl::MutexLock lock(&cache_mu_);
    if (after >= cache_floor_) {
      auto first = std::upper_bound(cache_.begin(), cache_.end(), after,
                                    [](int64_t sequence, const Change& change) {
                                      return sequence < change.sequence;
                                    });
      size_t count = std::min(static_cast<size_t>(cache_.end() - first),
                              static_cast<size_t>(std::max(limit, 1)));
      return std::vector<Change>(first, first + count);
    }
  }
  absl::StatusOr<Page<Change>> page =
      store_->ListChanges(PageQuery{after, std::max(limit, 1)});
  if (!page.ok()) return page.status();
  return std::move(page->items);
}

bool ChangeFeed::Subscribe(ChangeListener* listener) {
  absl::MutexLock lock(&listeners_mu_);
  if (closed_) return false;
  listeners_.push_back(listener);
  return true;
}

void ChangeFeed::Unsubscribe(ChangeListener* listener) {
  absl::MutexLock lock(&listeners_mu_);
  listeners_.erase(std::remove(listeners_.begin(), listeners_.end(), listener),
                   listeners_.end());
}

void ChangeFeed::Close() {
  {
    absl::MutexLock lock(&listeners_mu_);
    if (closed_) return;
    closed_ = true;
    for (ChangeListener* listener : listeners_) listener->OnClose();
    listeners_.clear();
  }
  stop_.Notify();
}

}  // namespace factwire
