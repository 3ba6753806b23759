#include "tests/query-service/answer/answerer_fixture.h"

#include <memory>
#include <utility>

#include "absl/status/statusor.h"

namespace factwire {

void StoredAnswererTest::SetUp() {
  ASSERT_FALSE(dir_.path().empty()) << "no temp dir";
  StoreOptions options;
  options.path = dir_.File("factwire.db").string();
  absl::StatusOr<std::unique_ptr<Store>> store = Store::Open(options);
  ASSERT_TRUE(store.ok()) << store.status();
  store_ = *std::move(store);
  for (const v1::Document& document : Documents()) {
    absl::StatusOr<PutResult> put = store_->Put(document);
    ASSERT_TRUE(put.ok()) << put.status();
  }
  answerer_ = std::make_unique<Answerer>(store_.get());
}

}  // namespace factwire
