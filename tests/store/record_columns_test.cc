// Schema 12: claim, figure and per-document source records are stored without
// the fields their rows keep in columns, readers set them back, and rows
// stored whole before schema 12 read the same.

#include <string>
#include <vector>

#include "google/protobuf/util/message_differencer.h"
#include "gtest/gtest.h"
#include "store/store.h"
#include "tests/store/fixtures.h"

namespace factwire {
namespace {

using factwire::v1::Claim;
using factwire::v1::Document;
using factwire::v1::Figure;
using factwire::v1::Source;
using google::protobuf::util::MessageDifferencer;
using testing_store::Options;
using testing_store::RawRecords;
using testing_store::SeizureArticle;
using testing_store::TempDir;

// Everything the store answers about the seizure article: the full document,
// each claim and figure alone, and the claims and figures as lists (by id,
// sorted, searched, by subject).
std::vector<std::string> Answers(Store& store) {
  std::vector<std::string> answers;
  auto add = [&](const google::protobuf::Message& message) {
    answers.push_back(message.DebugString());
  };
  absl::StatusOr<Document> full = store.GetDocument("seizure", true);
  EXPECT_TRUE(full.ok()) << full.status();
  if (!full.ok()) return answers;
  add(*full);
  for (const Claim& claim : full->claims()) {
    absl::StatusOr<Claim> one = store.GetClaim("seizure", claim.claim_id());
    EXPECT_TRUE(one.ok()) << one.status();
    if (one.ok()) add(*one);
  }
  for (const Figure& figure : full->figures()) {
    absl::StatusOr<Figure> one = store.GetFigure("seizure", figure.figure_id());
    EXPECT_TRUE(one.ok()) << one.status();
    if (one.ok()) add(*one);
  }
  std::vector<ClaimQuery> claim_queries(3);
  claim_queries[1].order_by = {"checkworthiness", true};
  claim_queries[2].text = "overdose";
  for (const ClaimQuery& query : claim_queries) {
    absl::StatusOr<Page<Claim>> page = store.SearchClaims(query);
    EXPECT_TRUE(page.ok()) << page.status();
    if (!page.ok()) continue;
    EXPECT_FALSE(page->items.empty());
    for (const Claim& claim : page->items) add(claim);
  }
  std::vector<FigureQuery> figure_queries(3);
  figure_queries[1].order_by = {"value", false};
  figure_queries[2].subject_words = {"fentanyl"};
  for (const FigureQuery& query : figure_queries) {
    absl::StatusOr<Page<Figure>> page = store.ListFigures(query);
    EXPECT_TRUE(page.ok()) << page.status();
    if (!page.ok()) continue;
    EXPECT_FALSE(page->items.empty());
    for (const Figure& figure : page->items) add(figure);
  }
  return answers;
}

TEST(RecordColumns, RecordsLeaveOutTheFieldsTheirColumnsHold) {
  TempDir dir;
  std::string path = dir.File("store.db");
  auto store = Store::Open(Options(path));
  ASSERT_TRUE(store.ok()) << store.status();
  Document input = SeizureArticle();
  ASSERT_TRUE((*store)->Put(input).ok());

  std::vector<std::string> claims = RawRecords(path, "claims");
  ASSERT_EQ(claims.size(), 3u);
  for (int i = 0; i < 3; ++i) {
    Claim stored;
    ASSERT_TRUE(stored.ParseFromString(claims[i]));
    EXPECT_EQ(stored.claim_id(), "");
    EXPECT_EQ(stored.text(), "");
    EXPECT_EQ(stored.speaker(), "");
    EXPECT_EQ(stored.source_id(), "");
    EXPECT_EQ(stored.kind(), factwire::v1::CLAIM_KIND_UNSPECIFIED);
    EXPECT_EQ(stored.checkworthiness(), 0);
    // What no column holds stays.
    EXPECT_TRUE(MessageDifferencer::Equals(stored.sentence_span(),
                                           input.claims(i).sentence_span()));
  }
  std::vector<std::string> figures = RawRecords(path, "figures");
  ASSERT_EQ(figures.size(), 2u);
  for (int i = 0; i < 2; ++i) {
    Figure stored;
    ASSERT_TRUE(stored.ParseFromString(figures[i]));
    EXPECT_EQ(stored.figure_id(), "");
    EXPECT_EQ(stored.subject(), "");
    EXPECT_EQ(stored.place(), "");
    EXPECT_EQ(stored.normalized_value(), 0);
    EXPECT_EQ(stored.qualifier(), factwire::v1::QUALIFIER_UNSPECIFIED);
    EXPECT_EQ(stored.dimension(), factwire::v1::DIMENSION_UNSPECIFIED);
    EXPECT_EQ(stored.value(), input.figures(i).value());
    EXPECT_EQ(stored.text(), input.figures(i).text());
  }
  std::vector<std::string> sources = RawRecords(path, "document_sources");
  ASSERT_EQ(sources.size(), 3u);
  Source source;
  ASSERT_TRUE(source.ParseFromString(sources[0]));
  EXPECT_EQ(source.source_id(), "");
  EXPECT_EQ(source.title(), "");
  EXPECT_EQ(source.name(), "Arash Seyed");

  // Every reader sets them back: the input's records, as Put() answered.
  absl::StatusOr<Document> full = (*store)->GetDocument("seizure", true);
  ASSERT_TRUE(full.ok()) << full.status();
  ASSERT_EQ(full->claims_size(), 3);
  for (int i = 0; i < 3; ++i) {
    Claim expected = input.claims(i);
    expected.set_name("documents/seizure/claims/" + expected.claim_id());
    expected.set_document("documents/seizure");
    EXPECT_TRUE(MessageDifferencer::Equals(full->claims(i), expected))
        << full->claims(i).DebugString();
  }
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(full->sources(i).source_id(), input.sources(i).source_id());
    EXPECT_EQ(full->sources(i).title(), input.sources(i).title());
    EXPECT_EQ(full->sources(i).affiliation(), input.sources(i).affiliation());
  }
  EXPECT_GE(Answers(**store).size(),
            1u + 3u + 2u + 3u + 3u + 1u + 2u + 2u + 1u);
}

TEST(RecordColumns, RowsStoredWholeBeforeSchemaTwelveReadTheSame) {
  TempDir dir;
  std::string path = dir.File("store.db");
  Document input = SeizureArticle();
  std::vector<std::string> before;
  {
    auto store = Store::Open(Options(path));
    ASSERT_TRUE(store.ok()) << store.status();
    ASSERT_TRUE((*store)->Put(input).ok());
    before = Answers(**store);
  }
  testing_store::RawStoreWholeRecords(path, input);
  testing_store::RawExec(path, "PRAGMA user_version = 11");

  // A version 11 file opens read-only as it is, and answers the same.
  auto reader = Store::Open(Options(path, true));
  ASSERT_TRUE(reader.ok()) << reader.status();
  EXPECT_EQ(Answers(**reader), before);
  EXPECT_GE(before.size(), 18u);
  // A writer upgrades it without rewriting a row.
  auto writer = Store::Open(Options(path));
  ASSERT_TRUE(writer.ok()) << writer.status();
  EXPECT_EQ(Answers(**writer), before);
  EXPECT_EQ(RawRecords(path, "claims")[0], input.claims(0).SerializeAsString());
}

}  // namespace
}  // namespace factwire
