#include "tests/store/fixtures.h"

#include <sqlite3.h>

#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"

namespace factwire {
namespace testing_store {
namespace {

using factwire::v1::Claim;
using factwire::v1::Document;
using factwire::v1::Figure;
using factwire::v1::Source;

void SetSpan(const std::string& text, const std::string& words,
             factwire::v1::TextSpan* span) {
  size_t begin = text.find(words);
  EXPECT_NE(begin, std::string::npos) << words;
  if (begin == std::string::npos) return;
  span->set_begin(static_cast<int>(begin));
  span->set_end(static_cast<int>(begin + words.size()));
}

// The sentence around `span`: from after the previous ". " to the next '.'.
void SetSentence(const std::string& text, const factwire::v1::TextSpan& span,
                 factwire::v1::TextSpan* sentence) {
  size_t stop = text.rfind(". ", static_cast<size_t>(span.begin()));
  size_t begin = stop == std::string::npos ? 0 : stop + 2;
  size_t end = text.find('.', static_cast<size_t>(span.end()));
  end = end == std::string::npos ? text.size() : end + 1;
  sentence->set_begin(static_cast<int>(begin));
  sentence->set_end(static_cast<int>(end));
}

}  // namespace

absl::Time ClockStart() { return absl::FromUnixSeconds(1740830400); }

std::function<absl::Time()> CountingClock() {
  auto ticks = std::make_shared<int64_t>(0);
  return [ticks] { return ClockStart() + absl::Seconds((*ticks)++); };
}

StoreOptions Options(const std::string& path, bool read_only) {
  StoreOptions options;
  options.path = path;
  options.read_only = read_only;
  options.busy_timeout = absl::Milliseconds(200);
  options.clock = CountingClock();
  return options;
}

Document MakeDocument(const std::string& id, const std::string& text) {
  Document document;
  document.set_document_id(id);
  document.set_external_id(absl::StrCat("cms-", id));
  document.set_media_type("text/plain");
  document.set_content_sha256(
      absl::StrCat(std::hash<std::string>()(text), "-", text.size()));
  document.set_headline(absl::StrCat("Headline of ", id));
  document.set_section("World");
  document.add_authors("Staff Writer");
  document.set_language("en");
  document.mutable_publish_time()->set_seconds(1740000000);
  document.set_text(text);
  factwire::v1::TextSpan* paragraph = document.add_paragraphs();
  paragraph->set_begin(0);
  paragraph->set_end(static_cast<int>(text.size()));
  document.set_extractor_version("test-1");
  return document;
}

Claim* AddClaim(Document* document, const std::string& claim_id,
                factwire::v1::ClaimKind kind, const std::string& words,
                const std::string& speaker, const std::string& source_id) {
  Claim* claim = document->add_claims();
  claim->set_claim_id(claim_id);
  claim->set_kind(kind);
  claim->set_text(words);
  SetSpan(document->text(), words, claim->mutable_span());
  SetSentence(document->text(), claim->span(), claim->mutable_sentence_span());
  claim->set_speaker(speaker);
  claim->set_source_id(source_id);
  claim->set_confidence(0.9f);
  claim->set_checkworthiness(0.5f);
  return claim;
}

Figure* AddFigure(Document* document, const std::string& figure_id,
                  const std::string& text, double value,
                  factwire::v1::Dimension dimension, const std::string& unit,
                  const std::string& subject) {
  Figure* figure = document->add_figures();
  figure->set_figure_id(figure_id);
  figure->set_text(text);
  SetSpan(document->text(), text, figure->mutable_span());
  figure->set_value(value);
  figure->set_dimension(dimension);
  figure->set_unit(unit);
  figure->set_subject(subject);
  figure->set_qualifier(factwire::v1::QUALIFIER_EXACT);
  return figure;
}

Source* AddSource(Document* document, const std::string& source_id,
                  factwire::v1::SourceType type, const std::string& name,
                  const std::vector<std::string>& aliases,
                  const std::string& title, const std::string& affiliation) {
  Source* source = document->add_sources();
  source->set_source_id(source_id);
  source->set_type(type);
  source->set_name(name);
  for (const std::string& alias : aliases) source->add_aliases(alias);
  source->set_title(title);
  source->set_affiliation(affiliation);
  return source;
}

Document SeizureArticle(const std::string& id) {
  Document document = MakeDocument(
      id,
      "Police seized 20 kilograms of fentanyl in Surrey. \"This is the largest "
      "seizure in our history,\" said Cpl. Arash Seyed of the RCMP. Mike "
      "Vigil, "
      "former chief of international operations at the DEA, warned that "
      "overdose "
      "deaths would keep rising. About 70,000 people died of overdoses last "
      "year.");
  AddClaim(&document, "c1", factwire::v1::CLAIM_KIND_DIRECT_QUOTE,
           "This is the largest seizure in our history", "Cpl. Arash Seyed",
           "arash-seyed");
  AddClaim(&document, "c2", factwire::v1::CLAIM_KIND_INDIRECT_QUOTE,
           "overdose deaths would keep rising", "Mike Vigil", "mike-vigil");
  AddClaim(&document, "c3", factwire::v1::CLAIM_KIND_STATEMENT,
           "About 70,000 people died of overdoses last year", "", "");
  Figure* seized =
      AddFigure(&document, "f1", "20 kilograms", 20,
                factwire::v1::DIMENSION_MASS, "kg", "fentanyl seized");
  seized->set_normalized_value(20);
  seized->set_normalized_unit("kg");
  seized->set_place("Surrey");
  Figure* deaths =
      AddFigure(&document, "f2", "About 70,000", 70000,
                factwire::v1::DIMENSION_COUNT, "", "Overdose deaths");
  deaths->set_normalized_value(70000);
  deaths->set_qualifier(factwire::v1::QUALIFIER_APPROXIMATE);
  deaths->set_place("United States");
  AddSource(&document, "arash-seyed", factwire::v1::SOURCE_TYPE_PERSON,
            "Arash Seyed", {"Seyed"}, "Cpl.", "RCMP");
  AddSource(&document, "mike-vigil", factwire::v1::SOURCE_TYPE_PERSON,
            "Mike Vigil", {"Vigil"}, "former chief of international operations",
            "DEA");
  AddSource(&document, "rcmp", factwire::v1::SOURCE_TYPE_ORGANIZATION,
            "Royal Canadian Mounted Police", {"RCMP"}, "", "");
  return document;
}

Document CartelArticle(const std::string& id) {
  Document document = MakeDocument(
      id,
      "Cartels now ship precursor chemicals by sea, Vigil said. \"They adapt "
      "faster than any agency,\" said Michael Vigil, a retired DEA official.");
  AddClaim(&document, "c1", factwire::v1::CLAIM_KIND_INDIRECT_QUOTE,
           "Cartels now ship precursor chemicals by sea", "Vigil",
           "mike-vigil");
  AddClaim(&document, "c2", factwire::v1::CLAIM_KIND_DIRECT_QUOTE,
           "They adapt faster than any agency", "Michael Vigil", "mike-vigil");
  AddSource(&document, "mike-vigil", factwire::v1::SOURCE_TYPE_PERSON,
            "Mike Vigil", {"Vigil", "Michael Vigil"}, "retired DEA official",
            "DEA");
  return document;
}

void FilledStoreTest::SetUp() {
  ASSERT_FALSE(dir_.path().empty()) << "no temp dir";
  absl::StatusOr<std::unique_ptr<Store>> store =
      Store::Open(Options(dir_.File("s.db")));
  ASSERT_TRUE(store.ok()) << store.status();
  store_ = *std::move(store);
  for (const Document& document : Documents()) {
    absl::StatusOr<PutResult> put = store_->Put(document);
    ASSERT_TRUE(put.ok()) << put.status();
  }
}

FilterExpr Cmp(const std::string& field, FilterOp op, FilterValue value) {
  FilterComparison comparison;
  comparison.field = field;
  comparison.op = op;
  comparison.value = std::move(value);
  comparison.column = 7;
  return FilterExpr::Comparison(std::move(comparison));
}

void RawExec(const std::string& path, const char* sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  EXPECT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK)
      << sqlite3_errmsg(db);
  sqlite3_close(db);
}

std::string RawSql(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr), SQLITE_OK)
      << sqlite3_errmsg(db);
  std::string result;
  if (sqlite3_step(stmt) == SQLITE_ROW &&
      sqlite3_column_text(stmt, 0) != nullptr) {
    result = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return result;
}

std::vector<std::string> RawRecords(const std::string& path,
                                    const std::string& table) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  std::string sql = "SELECT record FROM " + table + " ORDER BY id";
  sqlite3_stmt* stmt = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr), SQLITE_OK)
      << sqlite3_errmsg(db);
  std::vector<std::string> records;
  while (sqlite3_step(stmt) == SQLITE_ROW) {
    const char* bytes = static_cast<const char*>(sqlite3_column_blob(stmt, 0));
    records.emplace_back(bytes == nullptr ? "" : bytes,
                         static_cast<size_t>(sqlite3_column_bytes(stmt, 0)));
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return records;
}

void RawSetRecords(const std::string& path, const std::string& table,
                   const std::vector<std::string>& records) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  std::string sql = "UPDATE " + table +
                    " SET record = ?1 WHERE id = (SELECT id FROM " + table +
                    " ORDER BY id LIMIT 1 OFFSET ?2)";
  sqlite3_stmt* stmt = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr), SQLITE_OK)
      << sqlite3_errmsg(db);
  for (size_t i = 0; i < records.size(); ++i) {
    sqlite3_bind_blob(stmt, 1, records[i].data(),
                      static_cast<int>(records[i].size()), SQLITE_TRANSIENT);
    sqlite3_bind_int(stmt, 2, static_cast<int>(i));
    EXPECT_EQ(sqlite3_step(stmt), SQLITE_DONE) << sqlite3_errmsg(db);
    EXPECT_EQ(sqlite3_changes(db), 1);
    sqlite3_reset(stmt);
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
}

void RawStoreWholeRecords(const std::string& path, const Document& document) {
  auto whole = [](const auto& records) {
    std::vector<std::string> bytes;
    for (const auto& record : records) {
      bytes.push_back(record.SerializeAsString());
    }
    return bytes;
  };
  RawSetRecords(path, "claims", whole(document.claims()));
  RawSetRecords(path, "figures", whole(document.figures()));
  RawSetRecords(path, "document_sources", whole(document.sources()));
}

}  // namespace testing_store
}  // namespace factwire
