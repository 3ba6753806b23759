#include "cli/query_commands.h"

#include "gtest/gtest.h"

// RunClaims, RunFigures, RunSources and RunDoc run against the real query server
// in query_commands_server_test.cc.

namespace factwire {
namespace {

TEST(ResourceName, AddsTheCollectionOnce) {
  EXPECT_EQ(ResourceName("documents", "abc"), "documents/abc");
  EXPECT_EQ(ResourceName("documents", "documents/abc"), "documents/abc");
  EXPECT_EQ(ResourceName("sources", "jane-roe"), "sources/jane-roe");
}

}  // namespace
}  // namespace factwire
