#include "store/store.h"

#include <sys/stat.h>

#include <algorithm>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "store/change_log.h"
#include "store/checkpointer.h"
#include "store/connection_pool.h"
#include "store/fts_index.h"
#include "store/reader.h"
#include "store/schema.h"
#include "store/sqlite.h"
#include "store/writer.h"

namespace factwire {

using store_internal::Connection;
using store_internal::Transaction;

struct Store::Impl {
  StoreOptions options;
  std::unique_ptr<store_internal::ConnectionPool> pool;
  // Writers only; destroyed before the pool (declared after it).
  std::unique_ptr<store_internal::Checkpointer> checkpointer;

  absl::Time Now() const {
    return options.clock ? options.clock() : absl::Now();
  }

  absl::Time ReadDeadline() const {
    if (options.read_timeout == absl::InfiniteDuration()) {
      return absl::InfiniteFuture();
    }
    return absl::Now() + options.read_timeout;
  }

  absl::Status CheckWritable() const {
    if (!options.read_only) return absl::OkStatus();
    return absl::FailedPreconditionError("the store was opened read-only");
  }

  // Runs `read(Connection*)` on a leased connection in one read transaction,
  // so every statement it runs sees the same snapshot, stopping it at
  // options.read_timeout.
  template <typename Read>
  auto ReadConsistently(Read read) -> decltype(read(nullptr)) {
    store_internal::ConnectionPool::Lease lease = pool->Acquire();
    absl::StatusOr<Transaction> transaction =
        Transaction::Begin(lease.get(), Transaction::Mode::kRead);
    if (!transaction.ok()) return transaction.status();
    // Only the read is interrupted, never BEGIN, COMMIT or ROLLBACK.
    auto result = [&] {
      store_internal::InterruptAfter interrupt(lease.get(), ReadDeadline());
      return read(lease.get());
    }();
    if (!result.ok()) return result;
    absl::Status status = transaction->Commit();
    if (!status.ok()) return status;
    return result;
  }

  // ReadConsistently() for a `read` that runs a single statement, which sees
  // one snapshot by itself: no BEGIN and COMMIT around it (~2,600
  // instructions of a point lookup's ~28,000 in the store).
  template <typename Read>
  auto ReadOneStatement(Read read) -> decltype(read(nullptr)) {
    store_internal::ConnectionPool::Lease lease = pool->Acquire();
    store_internal::InterruptAfter interrupt(lease.get(), ReadDeadline());
    return read(lease.get());
  }
};

namespace {

// A record read by `fill(&record)` (one of the in-place Get* forms below),
// returned by value for the StatusOr forms.
template <typename Record, typename Fill>
absl::StatusOr<Record> ReadInto(Fill fill) {
  Record record;
  absl::Status status = fill(&record);
  if (!status.ok()) return status;
  return record;
}

// WAL pages after which the background checkpointer copies the WAL into the
// database (SQLite's automatic checkpoint threshold is 1000): a larger WAL
// lets pages rewritten by several transactions (index and FTS5 pages) be
// copied once.
constexpr int kCheckpointFrames = 4000;
// The WAL size (pages) at which the writer checkpoints itself (Checkpointer):
// 16 background thresholds, 256 MB at 4 KB pages.
constexpr int kCheckpointLimitFrames = 16 * kCheckpointFrames;

bool FileExists(const std::string& path) {
  struct stat info;
  return stat(path.c_str(), &info) == 0;
}

// One more connection to options.path: foreign keys on, the page cache sized,
// temporary sort tables in memory.
absl::StatusOr<std::unique_ptr<Connection>> OpenConnection(
    const StoreOptions& options) {
  int flags = options.read_only ? SQLITE_OPEN_READONLY
                                : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  absl::StatusOr<std::unique_ptr<Connection>> connection =
      Connection::Open(options.path, flags, options.busy_timeout);
  if (!connection.ok()) return connection.status();
  // PRAGMAs take no bound parameters; the values are numbers, not user text.
  std::string pragmas = absl::StrCat(
      "PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY; PRAGMA cache_size "
      "= ",
      -std::max<int64_t>(options.cache_bytes / 1024, 64), ";",
      // Readers map the file: a page read is a memory access instead of a
      // pread() and a copy into the page cache (~25% of a name search's CPU).
      // SQLite caps the size at its build's limit (2 GB in Debian's).
      options.read_only ? " PRAGMA mmap_size = 1099511627776;" : "");
  absl::Status status = (*connection)->Exec(pragmas.c_str());
  if (!status.ok()) return status;
  return connection;
}

// The first connection migrates (writer) or checks (reader) the schema; the
// rest open after it.
absl::StatusOr<std::vector<std::unique_ptr<Connection>>> OpenConnections(
    const StoreOptions& options) {
  if (options.path.empty()) {
    return absl::InvalidArgumentError("store path is empty");
  }
  if (options.read_only && !FileExists(options.path)) {
    return absl::NotFoundError(
        absl::StrCat("store ", options.path, " does not exist"));
  }
  std::vector<std::unique_ptr<Connection>> connections;
  for (int i = 0; i < std::max(options.connections, 1); ++i) {
    absl::StatusOr<std::unique_ptr<Connection>> connection =
        OpenConnection(options);
    if (!connection.ok()) return connection.status();
    connections.push_back(*std::move(connection));
    if (i > 0) continue;
    absl::Status status =
        options.read_only ? store_internal::CheckSchema(connections[0].get())
                          : store_internal::Migrate(connections[0].get());
    if (!status.ok()) return status;
  }
  return connections;
}

}  // namespace

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Store::~Store() = default;

absl::StatusOr<std::unique_ptr<Store>> Store::Open(
    const StoreOptions& options) {
  absl::StatusOr<std::vector<std::unique_ptr<Connection>>> connections =
      OpenConnections(options);
  if (!connections.ok()) return connections.status();
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  Connection* writer = connections->front().get();
  impl->pool =
      std::make_unique<store_internal::ConnectionPool>(*std::move(connections));
  if (!options.read_only) {
    absl::StatusOr<std::unique_ptr<Connection>> checkpoints =
        OpenConnection(options);
    if (!checkpoints.ok()) return checkpoints.status();
    impl->checkpointer = std::make_unique<store_internal::Checkpointer>(
        writer, *std::move(checkpoints), kCheckpointFrames, kCheckpointLimitFrames);
  }
  return std::unique_ptr<Store>(new Store(std::move(impl)));
}

absl::StatusOr<PutResult> Store::Put(const factwire::v1::Document& document) {
  std::vector<PutItem> items(1);
  items[0].document = document;
  return std::move(PutBatch(std::move(items))[0]);
}

absl::StatusOr<PutResult> Store::Put(const factwire::v1::Document& document,
                                     const RequestKey& key) {
  std::vector<PutItem> items(1);
  items[0].document = document;
  items[0].key = key;
  return std::move(PutBatch(std::move(items))[0]);
}

std::vector<absl::StatusOr<PutResult>> Store::PutBatch(
    std::vector<PutItem> items) {
  absl::Status status = impl_->CheckWritable();
  if (!status.ok()) {
    return std::vector<absl::StatusOr<PutResult>>(items.size(), status);
  }
  if (items.empty()) return {};
  store_internal::ConnectionPool::Lease lease = impl_->pool->AcquireFirst();
  return store_internal::WriteDocuments(lease.get(), std::move(items),
                                       impl_->Now());
}

absl::Status Store::Delete(absl::string_view document_id) {
  absl::Status status = impl_->CheckWritable();
  if (!status.ok()) return status;
  store_internal::ConnectionPool::Lease lease = impl_->pool->AcquireFirst();
  return store_internal::EraseDocument(lease.get(), document_id, impl_->Now());
}

absl::StatusOr<bool> Store::MergeIndexes(int pages) {
  absl::Status status = impl_->CheckWritable();
  if (!status.ok()) return status;
  store_internal::ConnectionPool::Lease lease = impl_->pool->AcquireFirst();
  return store_internal::MergeSegments(lease.get(), pages);
}

absl::StatusOr<factwire::v1::Document> Store::GetDocument(
    absl::string_view document_id, bool full) {
  return ReadInto<factwire::v1::Document>([&](factwire::v1::Document* out) {
    return GetDocument(document_id, full, out);
  });
}

absl::Status Store::GetDocument(absl::string_view document_id, bool full,
                                factwire::v1::Document* document) {
  auto read = [&](Connection* connection) {
    return store_internal::ReadDocument(connection, document_id, full,
                                        document);
  };
  // The BASIC view is one statement (reader.h).
  if (!full) return impl_->ReadOneStatement(read);
  return impl_->ReadConsistently(read);
}

absl::StatusOr<Page<factwire::v1::Document>> Store::ListDocuments(
    const PageQuery& page) {
  DocumentQuery query;
  query.page = page;
  return SearchDocuments(query);
}

absl::StatusOr<Page<factwire::v1::Document>> Store::SearchDocuments(
    const DocumentQuery& query) {
  return impl_->ReadConsistently([&](Connection* connection) {
    return store_internal::ReadDocuments(connection, query);
  });
}

absl::StatusOr<Page<factwire::v1::Claim>> Store::SearchClaims(
    const ClaimQuery& query) {
  google::protobuf::RepeatedPtrField<factwire::v1::Claim> claims;
  absl::StatusOr<PageEnd> end = SearchClaims(query, &claims);
  if (!end.ok()) return end.status();
  Page<factwire::v1::Claim> page;
  page.items.reserve(static_cast<size_t>(claims.size()));
  for (factwire::v1::Claim& claim : claims) {
    page.items.push_back(std::move(claim));
  }
  page.next_after = end->next_after;
  page.next_after_key = std::move(end->next_after_key);
  return page;
}

absl::StatusOr<PageEnd> Store::SearchClaims(
    const ClaimQuery& query,
    google::protobuf::RepeatedPtrField<factwire::v1::Claim>* claims) {
  return impl_->ReadConsistently([&](Connection* connection) {
    return store_internal::ReadClaims(connection, query, claims);
  });
}

absl::StatusOr<Page<factwire::v1::Figure>> Store::ListFigures(
    const FigureQuery& query) {
  return impl_->ReadConsistently([&](Connection* connection) {
    return store_internal::ReadFigures(connection, query);
  });
}

absl::StatusOr<factwire::v1::Source> Store::GetSource(
    absl::string_view source_id) {
  return ReadInto<factwire::v1::Source>(
      [&](factwire::v1::Source* out) { return GetSource(source_id, out); });
}

absl::Status Store::GetSource(absl::string_view source_id,
                              factwire::v1::Source* source) {
  return impl_->ReadOneStatement([&](Connection* connection) {
    return store_internal::ReadSource(connection, source_id, source);
  });
}

absl::StatusOr<Page<factwire::v1::Source>> Store::ListSources(
    const SourceQuery& query) {
  return impl_->ReadConsistently([&](Connection* connection) {
    return store_internal::ReadSources(connection, query);
  });
}

absl::StatusOr<factwire::v1::Claim> Store::GetClaim(
    absl::string_view document_id, absl::string_view claim_id) {
  return ReadInto<factwire::v1::Claim>([&](factwire::v1::Claim* out) {
    return GetClaim(document_id, claim_id, out);
  });
}

absl::Status Store::GetClaim(absl::string_view document_id,
                             absl::string_view claim_id,
                             factwire::v1::Claim* claim) {
  return impl_->ReadOneStatement([&](Connection* connection) {
    return store_internal::ReadClaim(connection, document_id, claim_id, claim);
  });
}

absl::StatusOr<factwire::v1::Figure> Store::GetFigure(
    absl::string_view document_id, absl::string_view figure_id) {
  return impl_->ReadOneStatement([&](Connection* connection) {
    return store_internal::ReadFigure(connection, document_id, figure_id);
  });
}

absl::Status Store::Check() {
  store_internal::ConnectionPool::Lease lease = impl_->pool->AcquireFirst();
  return store_internal::CheckIntegrity(lease.get(), !impl_->options.read_only);
}

absl::StatusOr<Page<Change>> Store::ListChanges(const PageQuery& page) {
  return impl_->ReadConsistently([&](Connection* connection) {
    return store_internal::ReadChanges(connection, page);
  });
}

absl::StatusOr<int64_t> Store::LastChangeSequence() {
  return impl_->ReadConsistently([&](Connection* connection) {
    return store_internal::LastSequence(connection);
  });
}

}  // namespace factwire
