// A test fixture that answers from a real temp-file SQLite store.
#ifndef FACTWIRE_TESTS_QUERY_SERVICE_ANSWER_ANSWERER_FIXTURE_H_
#define FACTWIRE_TESTS_QUERY_SERVICE_ANSWER_ANSWERER_FIXTURE_H_

#include <memory>
#include <vector>

#include "factwire/v1/records.pb.h"
#include "gtest/gtest.h"
#include "query-service/answer/answerer.h"
#include "store/store.h"
#include "tests/testing/temp_dir.h"

namespace factwire {

// StoredAnswererTest
//
// Before each test, opens a fresh store in a directory of its own, puts every
// document of Documents() into it and builds `answerer_` over it. A failure to open
// or to put is fatal, so the test body does not run. After the test, the answerer,
// the store and the directory go, in that order.
class StoredAnswererTest : public ::testing::Test {
 protected:
  void SetUp() override;

  // The documents the store holds for every test of the derived fixture.
  virtual std::vector<v1::Document> Documents() const = 0;

  TempDir dir_;  // Declared first: outlives the store it holds.
  std::unique_ptr<Store> store_;
  std::unique_ptr<Answerer> answerer_;
};

}  // namespace factwire

#endif  // FACTWIRE_TESTS_QUERY_SERVICE_ANSWER_ANSWERER_FIXTURE_H_
