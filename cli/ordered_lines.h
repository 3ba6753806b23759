#ifndef FACTWIRE_CLI_ORDERED_LINES_H_
#define FACTWIRE_CLI_ORDERED_LINES_H_

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <string>

#include "cli/json_text.h"

namespace factwire {

// Appends the output line for one input line (without the newline) to `*out`,
// keeping what `*out` holds. Called from several threads at once, so it must be
// thread-safe. On one thread the buffer is the batch written out (no copy between).
// The unit of TransformLinesInOrder's writes (see there).
inline constexpr size_t kOutputBatchBytes = size_t{256} << 10;

using LineTransform = std::function<void(const std::string& line, JsonBuffer* out)>;

// TransformLinesInOrder()
//
// Reads `in` line by line, skipping lines that are empty or only whitespace, runs
// `transform` on each remaining line on `threads` worker threads, and writes each
// result followed by '\n' to `out` in input order: the output bytes do not depend on
// `threads`. At most a small window of lines (a few per thread) is held in memory at
// once, never the whole input. `threads` <= 1 runs everything on the calling thread.
// Results are written in batches of whole multiples of kOutputBatchBytes (counted
// from the first byte written; the bytes past the last multiple wait for the next
// batch), and whenever reading the next line might wait for input (nothing more
// buffered or known to be at hand), so a caller that sends a line and waits for
// its answer gets it. Flushes `out` before returning.
void TransformLinesInOrder(std::istream& in, std::ostream& out, int threads,
                           const LineTransform& transform);

}  // namespace factwire

#endif  // FACTWIRE_CLI_ORDERED_LINES_H_
