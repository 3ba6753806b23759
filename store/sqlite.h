#ifndef FACTWIRE_STORE_SQLITE_H_
#define FACTWIRE_STORE_SQLITE_H_

// A thin RAII layer over the SQLite C API: one connection, its cached prepared
// statements, bound parameters, transactions and the mapping of SQLite result
// codes to absl::Status. Internal to factwire_store.

#include <sqlite3.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <typeindex>
#include <unordered_map>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/time.h"

namespace factwire {
namespace store_internal {

struct SqliteCloser {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
struct StatementFinalizer {
  void operator()(sqlite3_stmt* stmt) const { sqlite3_finalize(stmt); }
};
using SqliteDb = std::unique_ptr<sqlite3, SqliteCloser>;
using SqliteStatement = std::unique_ptr<sqlite3_stmt, StatementFinalizer>;

// Maps a SQLite result code to a status: BUSY/LOCKED -> kUnavailable,
// CORRUPT/NOTADB -> kDataLoss, CONSTRAINT -> kInvalidArgument, READONLY ->
// kFailedPrecondition, CANTOPEN -> kNotFound, FULL -> kResourceExhausted,
// INTERRUPT -> kDeadlineExceeded,
// IOERR -> kUnavailable, anything else -> kInternal. The message is
// "`what`: <sqlite message>" using the connection's last error when `db` is
// set.
absl::Status SqliteError(int rc, sqlite3* db, absl::string_view what);

// A cached statement's parameter names seen so far, by the address of the
// name the caller passed (a string literal, in practice) with a copy of the
// name to check that the address still holds it.
struct ParameterIndex {
  const char* address;
  std::string name;
  int index;
};
using ParameterIndexes = std::vector<ParameterIndex>;

// One use of a prepared statement: bind, step, read columns. Resets the
// statement and clears its bindings when destroyed, so no read transaction
// stays open. Binding errors are reported by the next Step(). Move-only.
class Statement {
 public:
  Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  // A cached statement whose parameter indexes, once looked up, are kept in
  // `parameters` (owned by the cache) for the next uses.
  Statement(sqlite3* db, sqlite3_stmt* stmt, ParameterIndexes* parameters)
      : db_(db), stmt_(stmt), parameters_(parameters) {}
  // A statement that finalizes `owned` when destroyed
  // (Connection::PrepareOnce).
  Statement(sqlite3* db, SqliteStatement owned)
      : db_(db), stmt_(owned.get()), owned_(std::move(owned)) {}
  ~Statement();
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&&) = delete;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // Bind a value to the named parameter (":name"). A name the SQL does not
  // contain is reported as kInternal by Step().
  Statement& Bind(const char* name, int64_t value);
  Statement& Bind(const char* name, double value);
  Statement& Bind(const char* name, absl::string_view text);
  Statement& BindBlob(const char* name, absl::string_view bytes);
  Statement& BindNull(const char* name);
  // Bind() and BindBlob() without SQLite's copy of the bytes
  // (SQLITE_STATIC): the caller keeps them valid and unchanged until this
  // Statement is destroyed. For the writer's row inserts, whose text lives in
  // the documents being written.
  Statement& BindView(const char* name, absl::string_view text);
  Statement& BindBlobView(const char* name, absl::string_view bytes);

  // Resets the statement for another run (sqlite3_reset): the bindings stay
  // until bound again.
  void Reset();

  // Steps once: true if a row is ready, false when done.
  absl::StatusOr<bool> Step();
  // Steps until done (for statements that return no rows).
  absl::Status Run();

  // Columns of the current row, 0-based.
  int64_t Int(int column) const;
  double Double(int column) const;
  bool IsNull(int column) const;
  std::string Text(int column) const;
  std::string Blob(int column) const;
  // The column's bytes without a copy, valid until the next Step() or the
  // statement's reset.
  absl::string_view BlobView(int column) const;
  // Text(column) without a copy, valid like BlobView().
  absl::string_view TextView(int column) const;

 private:
  int Index(const char* name);
  // Binds text or a blob; `keep` is SQLITE_TRANSIENT (SQLite copies) or
  // SQLITE_STATIC (the caller keeps the bytes).
  Statement& BindText(const char* name, absl::string_view text,
                      sqlite3_destructor_type keep);
  Statement& BindBytes(const char* name, absl::string_view bytes,
                       sqlite3_destructor_type keep);

  sqlite3* db_;
  sqlite3_stmt* stmt_;
  ParameterIndexes* parameters_ = nullptr;
  // Where Index() looks first in `parameters_`.
  size_t next_parameter_ = 0;
  absl::Status bind_status_;
  // Set for statements not in the connection's cache; finalized after the
  // destructor's reset.
  SqliteStatement owned_;
};

// One SQLite connection with a cache of prepared statements.
// Not thread-safe: the owner serialises calls.
class Connection {
 public:
  // Opens `path` with sqlite3_open_v2 `flags` and sets the busy timeout.
  static absl::StatusOr<std::unique_ptr<Connection>> Open(
      const std::string& path, int flags, absl::Duration busy_timeout);

  // The prepared statement for `sql`, prepared once and reused. kInternal if
  // the SQL does not compile or the statement is already in use.
  absl::StatusOr<Statement> Prepare(const std::string& sql);

  // A statement prepared for one use and finalized with the returned
  // Statement, for SQL whose shape varies per request (compiled filters), so
  // the cache cannot grow without bound. kInternal if the SQL does not compile.
  absl::StatusOr<Statement> PrepareOnce(const std::string& sql);

  // Runs a fixed script without parameters (schema, PRAGMA, BEGIN/COMMIT).
  absl::Status Exec(const char* sql);

  int64_t LastInsertRowid() const;
  // Rows inserted, updated or deleted on this connection since it opened
  // (sqlite3_total_changes64), triggers included: unchanged across a call
  // means the call wrote nothing.
  int64_t TotalChanges() const;
  sqlite3* db() const { return db_.get(); }

  // The connection's one `T` (default-constructed on first use), for state a
  // reader keeps between statements, such as caches; destroyed before the
  // connection closes.
  template <typename T>
  T& Kept() {
    std::shared_ptr<void>& kept = kept_[std::type_index(typeid(T))];
    if (kept == nullptr) kept = std::make_shared<T>();
    return *static_cast<T*>(kept.get());
  }

 private:
  explicit Connection(SqliteDb db) : db_(std::move(db)) {}

  // Members are destroyed in reverse order: the cached statements are finalized
  // before the connection closes.
  SqliteDb db_;
  struct Cached {
    SqliteStatement statement;
    ParameterIndexes parameters;
  };
  std::unordered_map<std::string, Cached> cache_;
  std::unordered_map<std::type_index, std::shared_ptr<void>> kept_;
};

// While alive, interrupts statements on `connection` that run past `deadline`
// (checked every few hundred VM steps); they fail with kDeadlineExceeded.
// No-op for absl::InfiniteFuture().
class InterruptAfter {
 public:
  InterruptAfter(Connection* connection, absl::Time deadline);
  ~InterruptAfter();
  InterruptAfter(const InterruptAfter&) = delete;
  InterruptAfter& operator=(const InterruptAfter&) = delete;

 private:
  static int Expired(void* self);
  Connection* connection_;
  absl::Time deadline_;
};

// A transaction that rolls back unless committed. BEGIN IMMEDIATE for writes
// (takes the write lock up front, waiting up to the busy timeout), BEGIN
// DEFERRED for reads (one consistent snapshot across several statements).
class Transaction {
 public:
  enum class Mode { kRead, kWrite };

  // Begins a transaction on `connection`, which must outlive it.
  static absl::StatusOr<Transaction> Begin(Connection* connection, Mode mode);

  ~Transaction();
  Transaction(Transaction&& other) noexcept;
  Transaction& operator=(Transaction&&) = delete;
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;

  // Commits; after a failed commit the destructor rolls back.
  absl::Status Commit();

 private:
  explicit Transaction(Connection* connection) : connection_(connection) {}
  Connection* connection_;
};

}  // namespace store_internal
}  // namespace factwire

#endif  // FACTWIRE_STORE_SQLITE_H_
