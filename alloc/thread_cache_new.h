#ifndef FACTWIRE_ALLOC_THREAD_CACHE_NEW_H_
#define FACTWIRE_ALLOC_THREAD_CACHE_NEW_H_

#include <cstddef>

// The factwire and factwire-query binaries (and factwire-bench-extract, which
// measures what `factwire analyze` does) replace the global operator new and
// delete with a thin per-thread cache in front of malloc (thread_cache_new.cc,
// linked only into those executables and its test; not into factwire-ingest,
// where analysis threads allocate what the writer and gRPC threads free, so one
// side's caches fill while the other's miss: it measured slower there).
//
// Why: `analyze --jsonl` builds and drops a few hundred small heap blocks per
// document (protobuf strings, figures, vectors). glibc keeps only 7 freed blocks
// of a size per thread (tcache); the rest go to its fastbins and bins, where the
// next document's large allocation consolidates them all again. Keeping up to
// kMaxCachedBytesPerClass of each small size per thread makes a block's return and
// reuse a pointer push and pop.
//
// What it keeps: requests of at most kMaxCachedRequest bytes are served in 16-byte
// classes; larger ones up to kMaxCachedLargeRequest in power-of-two classes (2, 4,
// ..., 64 KiB: a request is rounded up to its class), for the vectors a document
// grows to a few KiB (claim drafts, mentions, entities: ~12 per document, each
// a malloc and a free of ~300 and ~150 instructions in glibc's bins). A block
// freed by a sized delete is filed by the size it was asked for (the class it
// was made for, without asking malloc); one freed by an unsized delete by its
// malloc_usable_size (the largest class it holds), so any block malloc gave out
// may be freed through that. A thread's cached blocks go back to free()
// when the thread ends; frees after that go to free() directly.

namespace factwire {

// Requests up to this size are served from the cache in 16-byte classes.
inline constexpr size_t kMaxCachedRequest = 1024;

// Larger requests up to this size are served from the cache in power-of-two
// classes.
inline constexpr size_t kMaxCachedLargeRequest = size_t{64} << 10;

// At most this many bytes of blocks of one class are kept per thread.
inline constexpr size_t kMaxCachedBytesPerClass = size_t{256} << 10;

// The number of freed blocks the calling thread holds for reuse (for tests).
size_t ThreadCachedBlocks();

}  // namespace factwire

#endif  // FACTWIRE_ALLOC_THREAD_CACHE_NEW_H_
