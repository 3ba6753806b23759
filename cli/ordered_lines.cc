#include "cli/ordered_lines.h"

#include <condition_variable>
#include <cstdint>
#include <istream>
#include <mutex>
#include <ostream>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace factwire {
namespace {

// Lines in flight per worker thread: enough to keep every worker busy while the
// oldest line is still being transformed, few enough to bound memory.
constexpr size_t kLinesPerThread = 16;

// A result buffer holding more than this is freed after use, so one huge line
// does not pin its size for the run.
constexpr size_t kKeptBufferBytes = size_t{4} << 20;

bool IsBlank(const std::string& line) {
  return line.find_first_not_of(" \t\r") == std::string::npos;
}

// Output lines gathered into writes of whole multiples of kOutputBatchBytes,
// counted from the first byte written: a large output goes out in a few hundred
// write calls instead of one per line, which costs less CPU in the kernel (a
// pipe's reader is woken less often, too), and a file written from its start
// gets writes that begin and end on the same 256 KiB boundaries, which its page
// cache fills with fewer and larger pages than writes cut at line ends. The bytes
// after the last boundary wait for the next write. A batch is written whole
// before a read of the input that may have to wait for more (so a caller that
// sends one line and waits for its answer gets it), and at the end.
class BatchedOutput {
 public:
  BatchedOutput(std::istream& in, std::ostream& out) : in_(in), out_(out) {}

  // Where the next line goes; LineDone() after appending it.
  JsonBuffer* pending() { return &pending_; }

  void LineDone() {
    if (pending_.size() >= kOutputBatchBytes) WriteToBoundary();
  }

  // Writes the batch, and flushes `out`, if reading the next line might wait:
  // nothing is buffered for the input stream and it cannot tell that more is at
  // hand.
  void BeforeRead() {
    if (!pending_.empty() && in_.rdbuf()->in_avail() <= 0) {
      Write(pending_.size());
      out_.flush();
    }
  }

  // Writes every pending byte (if there are any).
  void Write() { Write(pending_.size()); }

 private:
  // Writes the pending bytes up to the last multiple of kOutputBatchBytes reached
  // (at least one byte once a batch is full).
  void WriteToBoundary() {
    const uint64_t end = (written_ + pending_.size()) / kOutputBatchBytes * kOutputBatchBytes;
    if (end > written_) Write(static_cast<size_t>(end - written_));
  }

  // Writes the first `n` pending bytes and keeps the rest.
  void Write(size_t n) {
    if (n == 0) return;
    out_.write(pending_.data(), static_cast<std::streamsize>(n));
    written_ += n;
    pending_.DropFront(n);
    pending_.FitIfAbove(kKeptBufferBytes);  // a huge line's room is not kept
  }

  std::istream& in_;
  std::ostream& out_;
  JsonBuffer pending_;
  uint64_t written_ = 0;  // bytes written to `out_`
};

// A sliding window of lines numbered in input order. The calling thread submits
// lines and writes results; workers take the oldest untaken line and transform it.
// Slot `n % window` holds line n from Submit until its result is written.
class OrderedWindow {
 public:
  OrderedWindow(int threads, const LineTransform& transform)
      : transform_(transform), slots_(static_cast<size_t>(threads) * kLinesPerThread) {
    for (int i = 0; i < threads; ++i) workers_.emplace_back([this] { Work(); });
  }

  // Stops the workers once every submitted line is taken, and joins them.
  ~OrderedWindow() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      closed_ = true;
    }
    work_cv_.notify_all();
    for (std::thread& worker : workers_) worker.join();
  }

  // Transforms every line of `in` and writes the results to `out`, in order.
  void Run(std::istream& in, std::ostream& out) {
    BatchedOutput batch(in, out);
    std::string line;
    while (true) {
      // If reading may wait for input, the lines in flight are answered first: a
      // caller that sends a line and waits gets its answer.
      if (in.rdbuf()->in_avail() <= 0) WriteFinished(&batch, 0);
      batch.BeforeRead();
      if (!std::getline(in, line)) break;
      if (IsBlank(line)) continue;
      WriteFinished(&batch, slots_.size() - 1);
      Submit(std::move(line));
      WriteFinished(&batch, slots_.size());
    }
    WriteFinished(&batch, 0);
    batch.Write();
  }

 private:
  struct Slot {
    std::string line;   // the input line, until a worker takes it
    JsonBuffer result;  // its result, once done; an empty buffer kept for reuse
    bool done = false;
  };

  // Queues `line` as the next line; the window must have a free slot.
  void Submit(std::string line) {
    {
      std::lock_guard<std::mutex> lock(mu_);
      slots_[next_read_ % slots_.size()].line = std::move(line);
      ++next_read_;
    }
    work_cv_.notify_one();
  }

  // Adds finished results to `batch` in input order, waiting for the oldest
  // unfinished one while more than `max_pending` lines are in flight.
  void WriteFinished(BatchedOutput* batch, uint64_t max_pending) {
    while (TakeOldest(max_pending, &result_)) {
      batch->pending()->append(result_.data(), result_.size());
      batch->LineDone();
      result_.clear();
      result_.ShrinkIfAbove(kKeptBufferBytes);
    }
  }

  // Swaps the oldest line's result with `result` (an empty buffer) and frees its
  // slot; false if it is not finished and no more than `max_pending` lines are in
  // flight.
  bool TakeOldest(uint64_t max_pending, JsonBuffer* result) {
    std::unique_lock<std::mutex> lock(mu_);
    if (next_write_ == next_read_) return false;
    Slot& slot = slots_[next_write_ % slots_.size()];
    if (next_read_ - next_write_ > max_pending) {
      done_cv_.wait(lock, [&slot] { return slot.done; });
    }
    if (!slot.done) return false;
    std::swap(*result, slot.result);
    slot.done = false;
    ++next_write_;
    return true;
  }

  // A worker: transforms lines until the window is closed and drained.
  void Work() {
    uint64_t number = 0;
    std::string line;
    JsonBuffer result;  // swapped with the slot's emptied one: no copy, no allocation
    while (Take(&number, &line)) {
      result.clear();
      result.ShrinkIfAbove(kKeptBufferBytes);
      transform_(line, &result);
      result.push_back('\n');
      Finish(number, &result);
    }
  }

  // The oldest untaken line and its number; false once closed with nothing left.
  bool Take(uint64_t* number, std::string* line) {
    std::unique_lock<std::mutex> lock(mu_);
    work_cv_.wait(lock, [this] { return next_take_ < next_read_ || closed_; });
    if (next_take_ == next_read_) return false;
    *number = next_take_++;
    *line = std::move(slots_[*number % slots_.size()].line);
    return true;
  }

  // Stores the result of line `number`, swapping it with the slot's empty buffer.
  void Finish(uint64_t number, JsonBuffer* result) {
    {
      std::lock_guard<std::mutex> lock(mu_);
      Slot& slot = slots_[number % slots_.size()];
      std::swap(slot.result, *result);
      slot.done = true;
    }
    done_cv_.notify_one();
  }

  const LineTransform& transform_;
  std::mutex mu_;
  std::condition_variable work_cv_;  // a line was submitted, or the window closed
  std::condition_variable done_cv_;  // a line was finished
  std::vector<Slot> slots_;
  uint64_t next_read_ = 0;   // lines submitted
  uint64_t next_take_ = 0;   // lines taken by workers
  uint64_t next_write_ = 0;  // results written
  bool closed_ = false;
  JsonBuffer result_;  // the calling thread's: the result being written
  std::vector<std::thread> workers_;  // last: started after every other member
};

void TransformOnThisThread(std::istream& in, std::ostream& out,
                           const LineTransform& transform) {
  BatchedOutput batch(in, out);  // lines are written in place into its batch
  std::string line;
  while (batch.BeforeRead(), std::getline(in, line)) {
    if (IsBlank(line)) continue;
    transform(line, batch.pending());
    batch.pending()->push_back('\n');
    batch.LineDone();
  }
  batch.Write();
}

}  // namespace

void TransformLinesInOrder(std::istream& in, std::ostream& out, int threads,
                           const LineTransform& transform) {
  if (threads <= 1) {
    TransformOnThisThread(in, out, transform);
  } else {
    OrderedWindow(threads, transform).Run(in, out);
  }
  out.flush();
}

}  // namespace factwire
