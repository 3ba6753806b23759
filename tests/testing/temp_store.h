#ifndef FACTWIRE_TESTS_TESTING_TEMP_STORE_H_
#define FACTWIRE_TESTS_TESTING_TEMP_STORE_H_

#include <memory>

#include "store/store.h"
#include "tests/testing/temp_dir.h"

namespace factwire {

// OpenTempStore()
//
// Opens (creating it) the writable store "factwire.db" in `dir` with default
// options into `*store`. Fails the running test fatally (ASSERT) if the store
// cannot be opened, so call it from SetUp() or check HasFatalFailure().
void OpenTempStore(const TempDir& dir, std::unique_ptr<Store>* store);

}  // namespace factwire

#endif  // FACTWIRE_TESTS_TESTING_TEMP_STORE_H_
