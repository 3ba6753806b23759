#include "tests/query-service/answer/answerer_fixture.h"

#include <memory>
#include <utility>

#include "absl/status/statusor.h"
#include "tests/testing/temp_store.h"

namespace factwire {

void StoredAnswererTest::SetUp() {
  OpenTempStore(dir_, &store_);
  if (HasFatalFailure()) return;
  for (const v1::Document& document : Documents()) {
    absl::StatusOr<PutResult> put = store_->Put(document);
    ASSERT_TRUE(put.ok()) << put.status();
  }
  answerer_ = std::make_unique<Answerer>(store_.get());
}

}  // namespace factwire
