#ifndef FACTWIRE_BENCH_JSON_LINE_H_
#define FACTWIRE_BENCH_JSON_LINE_H_

#include <string>

#include "google/protobuf/struct.pb.h"

namespace factwire {

// A flat JSON object of measurements, printed as one line (the bench tools'
// output that bench/run_bench.py reads).
class JsonLine {
 public:
  // Sets `key` to a number or a string (replacing an earlier value).
  JsonLine& Set(const std::string& key, double value);
  JsonLine& Set(const std::string& key, const std::string& value);
  // The object itself, for nested values.
  google::protobuf::Struct& object() { return object_; }

  // The object as compact JSON, without a newline.
  std::string ToString() const;

 private:
  google::protobuf::Struct object_;
};

}  // namespace factwire

#endif  // FACTWIRE_BENCH_JSON_LINE_H_
