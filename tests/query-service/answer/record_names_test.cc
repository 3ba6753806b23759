#include "query-service/answer/record_names.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace factwire {
namespace {

using ::testing::HasSubstr;

TEST(ParseRecordName, SplitsDocumentAndRecord) {
  absl::StatusOr<RecordName> name =
      ParseRecordName("name", "claims", "documents/abc/claims/c1");
  ASSERT_TRUE(name.ok()) << name.status();
  EXPECT_EQ(name->document_id, "abc");
  EXPECT_EQ(name->record_id, "c1");
}

TEST(ParseRecordName, RejectsOtherShapes) {
  for (const char* bad :
       {"", "documents/abc", "documents/abc/figures/f1", "documents//claims/c1",
        "documents/abc/claims/", "documents/abc/claims/c1/x",
        "sources/abc/claims/c1"}) {
    absl::StatusOr<RecordName> name = ParseRecordName("name", "claims", bad);
    EXPECT_EQ(name.status().code(), absl::StatusCode::kInvalidArgument) << bad;
    EXPECT_THAT(name.status().message(),
                HasSubstr("name must look like \"documents/{document}/claims"));
  }
}

TEST(DocumentsParent, AllOrOne) {
  EXPECT_EQ(*DocumentsParent(""), "");
  EXPECT_EQ(*DocumentsParent("documents/-"), "");
  EXPECT_EQ(*DocumentsParent("documents/abc"), "abc");
  EXPECT_EQ(DocumentsParent("sources/abc").status().code(),
            absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace factwire
