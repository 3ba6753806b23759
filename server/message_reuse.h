#ifndef FACTWIRE_SERVER_MESSAGE_REUSE_H_
#define FACTWIRE_SERVER_MESSAGE_REUSE_H_

#include <grpcpp/support/message_allocator.h>

#include <cstddef>
#include <mutex>
#include <vector>

namespace factwire {

// MessageReuse
//
// A gRPC message allocator for one callback unary method that destroys a
// finished call's request and response when a later call of the method starts,
// on that call's thread, instead of wherever gRPC completes the finished call.
// gRPC allocates a call's messages on the thread that then runs its handler, so
// a large response (a page of claims: ~1,000 small heap blocks) is freed just
// before the next handler allocates as many blocks on the same thread, from the
// per-thread cache (alloc/thread_cache_new.h) that freeing them just warmed.
// Freed by gRPC at completion, the blocks went cold before their reuse:
// operator new was ~11% of factwire-query's CPU on name searches, nearly all
// of it loading the reused block's first line.
//
// `Request` and `Response` need a default constructor and Swap(T*) (protobuf
// messages have both). With `kClearResponse` a reused response is Clear()ed
// instead (it needs Clear() and GetCachedSize()): its repeated fields keep
// their cleared elements for a handler that fills the response in place
// (Add() reuses them), unless it last serialized to more than
// kMaxClearedBytes, whose memory is not worth keeping. Register with the
// generated SetMessageAllocatorFor_<Method>(); must outlive the server.
// Thread-safe.
template <typename Request, typename Response, bool kClearResponse = false>
class MessageReuse final : public grpc::MessageAllocator<Request, Response> {
 public:
  // Keeps at most `spare` released holders, each with its old messages until
  // it is reused (holders released beyond that are freed at release).
  explicit MessageReuse(size_t spare = 64) : spare_(spare) {}
  ~MessageReuse() override {
    for (Holder* holder : released_) delete holder;
  }
  MessageReuse(const MessageReuse&) = delete;
  MessageReuse& operator=(const MessageReuse&) = delete;

  // The largest response (serialized bytes) kClearResponse keeps cleared.
  static constexpr int kMaxClearedBytes = 1 << 20;

  // A holder with an empty request and response; a reused one's old messages
  // are destroyed here, on the calling thread.
  grpc::MessageHolder<Request, Response>* AllocateMessages() override {
    Holder* holder = nullptr;
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (!released_.empty()) {
        holder = released_.back();
        released_.pop_back();
      }
    }
    if (holder == nullptr) return new Holder(this);
    Request().Swap(&holder->request_message);
    if constexpr (kClearResponse) {
      if (holder->response_message.GetCachedSize() <= kMaxClearedBytes) {
        holder->response_message.Clear();
        return holder;
      }
    }
    Response().Swap(&holder->response_message);
    return holder;
  }

 private:
  struct Holder final : grpc::MessageHolder<Request, Response> {
    explicit Holder(MessageReuse* owner) : owner(owner) {
      this->set_request(&request_message);
      this->set_response(&response_message);
    }
    void Release() override { owner->Keep(this); }

    MessageReuse* owner;
    Request request_message;
    Response response_message;
  };

  // Files a released holder for reuse, messages and all.
  void Keep(Holder* holder) {
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (released_.size() < spare_) {
        released_.push_back(holder);
        return;
      }
    }
    delete holder;
  }

  const size_t spare_;
  std::mutex mu_;
  std::vector<Holder*> released_;  // guarded by mu_
};

}  // namespace factwire

#endif  // FACTWIRE_SERVER_MESSAGE_REUSE_H_
