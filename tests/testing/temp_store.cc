#include "tests/testing/temp_store.h"

#include <utility>

#include "absl/status/statusor.h"
#include "gtest/gtest.h"

namespace factwire {

void OpenTempStore(const TempDir& dir, std::unique_ptr<Store>* store) {
  ASSERT_FALSE(dir.path().empty()) << "no temp dir";
  StoreOptions options;
  options.path = dir.File("factwire.db").string();
  absl::StatusOr<std::unique_ptr<Store>> opened = Store::Open(options);
  ASSERT_TRUE(opened.ok()) << opened.status();
  *store = *std::move(opened);
}

}  // namespace factwire
