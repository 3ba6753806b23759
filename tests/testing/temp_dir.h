#ifndef FACTWIRE_TESTS_TESTING_TEMP_DIR_H_
#define FACTWIRE_TESTS_TESTING_TEMP_DIR_H_

#include <filesystem>
#include <string>

namespace factwire {

// TempDir
//
// A fresh directory of its own under the test temp dir (mkdtemp), removed with
// everything in it on destruction. Each test gets its own, so tests that ctest
// runs in parallel (one process per test case) never share a path. The
// constructor fails the running test (ADD_FAILURE) if it cannot create one.
//
// Not thread-safe; not copyable.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  // The directory.
  const std::filesystem::path& path() const { return path_; }

  // `name` inside the directory (not created).
  std::filesystem::path File(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

}  // namespace factwire

#endif  // FACTWIRE_TESTS_TESTING_TEMP_DIR_H_
