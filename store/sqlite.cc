#include "store/sqlite.h"

#include <cstring>
#include <utility>

#include "absl/strings/str_cat.h"

namespace factwire {
namespace store_internal {
namespace {

absl::StatusCode CodeFor(int rc) {
  switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_IOERR:
      return absl::StatusCode::kUnavailable;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return absl::StatusCode::kDataLoss;
    case SQLITE_CONSTRAINT:
      return absl::StatusCode::kInvalidArgument;
    case SQLITE_READONLY:
      return absl::StatusCode::kFailedPrecondition;
    case SQLITE_CANTOPEN:
      return absl::StatusCode::kNotFound;
    case SQLITE_INTERRUPT:
      return absl::StatusCode::kDeadlineExceeded;
    case SQLITE_FULL:
      return absl::StatusCode::kResourceExhausted;
    default:
      return absl::StatusCode::kInternal;
  }
}

// Before SQLite's first use in the process: no global memory statistics
// (they take a global mutex on every allocation), and connections without
// their own mutexes (each Connection is used by one thread at a time; the
// store's pool enforces it). A no-op if SQLite was initialised already.
void ConfigureSqliteOnce() {
  static const bool configured = [] {
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
    return true;
  }();
  (void)configured;
}

}  // namespace

absl::Status SqliteError(int rc, sqlite3* db, absl::string_view what) {
  const char* detail = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  return absl::Status(CodeFor(rc), absl::StrCat(what, ": ", detail));
}

Statement::~Statement() {
  if (stmt_ == nullptr) return;
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

Statement::Statement(Statement&& other) noexcept
    : db_(other.db_),
      stmt_(std::exchange(other.stmt_, nullptr)),
      parameters_(other.parameters_),
      next_parameter_(other.next_parameter_),
      bind_status_(std::move(other.bind_status_)),
      owned_(std::move(other.owned_)) {}

int Statement::Index(const char* name) {
  if (parameters_ != nullptr && !parameters_->empty()) {
    // Rows bind their parameters in the same order each time: the one after
    // the last found is tried first.
    const size_t known_count = parameters_->size();
    for (size_t i = 0; i < known_count; ++i) {
      size_t at = (next_parameter_ + i) % known_count;
      const ParameterIndex& known = (*parameters_)[at];
      if (known.address == name && std::strcmp(known.name.c_str(), name) == 0) {
        next_parameter_ = at + 1;
        return known.index;
      }
    }
  }
  int index = sqlite3_bind_parameter_index(stmt_, name);
  // A bounded cache: statements have a few parameters each.
  if (index > 0 && parameters_ != nullptr && parameters_->size() < 64) {
    parameters_->push_back(ParameterIndex{name, name, index});
  }
  if (index == 0 && bind_status_.ok()) {
    bind_status_ = absl::InternalError(absl::StrCat("no SQL parameter ", name));
  }
  return index;
}

Statement& Statement::Bind(const char* name, int64_t value) {
  int index = Index(name);
  if (index > 0) sqlite3_bind_int64(stmt_, index, value);
  return *this;
}

Statement& Statement::Bind(const char* name, double value) {
  int index = Index(name);
  if (index > 0) sqlite3_bind_double(stmt_, index, value);
  return *this;
}

Statement& Statement::BindText(const char* name, absl::string_view text,
                               sqlite3_destructor_type keep) {
  int index = Index(name);
  if (index > 0) {
    sqlite3_bind_text64(stmt_, index, text.data(), text.size(), keep,
                        SQLITE_UTF8);
  }
  return *this;
}

Statement& Statement::BindBytes(const char* name, absl::string_view bytes,
                                sqlite3_destructor_type keep) {
  int index = Index(name);
  if (index > 0) {
    sqlite3_bind_blob64(stmt_, index, bytes.data(), bytes.size(), keep);
  }
  return *this;
}

Statement& Statement::Bind(const char* name, absl::string_view text) {
  return BindText(name, text, SQLITE_TRANSIENT);
}

Statement& Statement::BindBlob(const char* name, absl::string_view bytes) {
  return BindBytes(name, bytes, SQLITE_TRANSIENT);
}

Statement& Statement::BindView(const char* name, absl::string_view text) {
  return BindText(name, text, SQLITE_STATIC);
}

Statement& Statement::BindBlobView(const char* name, absl::string_view bytes) {
  return BindBytes(name, bytes, SQLITE_STATIC);
}

Statement& Statement::BindNull(const char* name) {
  int index = Index(name);
  if (index > 0) sqlite3_bind_null(stmt_, index);
  return *this;
}

void Statement::Reset() { sqlite3_reset(stmt_); }

absl::StatusOr<bool> Statement::Step() {
  if (!bind_status_.ok()) return bind_status_;
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return SqliteError(rc, db_, "sqlite3_step");
}

absl::Status Statement::Run() {
  while (true) {
    absl::StatusOr<bool> row = Step();
    if (!row.ok()) return row.status();
    if (!*row) return absl::OkStatus();
  }
}

int64_t Statement::Int(int column) const {
  return sqlite3_column_int64(stmt_, column);
}

double Statement::Double(int column) const {
  return sqlite3_column_double(stmt_, column);
}

bool Statement::IsNull(int column) const {
  return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

std::string Statement::Text(int column) const {
  const unsigned char* text = sqlite3_column_text(stmt_, column);
  if (text == nullptr) return std::string();
  return std::string(reinterpret_cast<const char*>(text),
                     sqlite3_column_bytes(stmt_, column));
}

std::string Statement::Blob(int column) const {
  const void* blob = sqlite3_column_blob(stmt_, column);
  if (blob == nullptr) return std::string();
  return std::string(static_cast<const char*>(blob),
                     sqlite3_column_bytes(stmt_, column));
}

absl::string_view Statement::BlobView(int column) const {
  const void* blob = sqlite3_column_blob(stmt_, column);
  if (blob == nullptr) return absl::string_view();
  return absl::string_view(
      static_cast<const char*>(blob),
      static_cast<size_t>(sqlite3_column_bytes(stmt_, column)));
}

absl::string_view Statement::TextView(int column) const {
  const unsigned char* text = sqlite3_column_text(stmt_, column);
  if (text == nullptr) return absl::string_view();
  return absl::string_view(
      reinterpret_cast<const char*>(text),
      static_cast<size_t>(sqlite3_column_bytes(stmt_, column)));
}

absl::StatusOr<std::unique_ptr<Connection>> Connection::Open(
    const std::string& path, int flags, absl::Duration busy_timeout) {
  ConfigureSqliteOnce();
  sqlite3* raw = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &raw, flags | SQLITE_OPEN_EXRESCODE,
                           nullptr);
  SqliteDb db(raw);  // Closed on every path, even when open failed.
  if (rc != SQLITE_OK)
    return SqliteError(rc, db.get(), absl::StrCat("open ", path));
  rc = sqlite3_busy_timeout(
      db.get(), static_cast<int>(absl::ToInt64Milliseconds(busy_timeout)));
  if (rc != SQLITE_OK) return SqliteError(rc, db.get(), "sqlite3_busy_timeout");
  return std::unique_ptr<Connection>(new Connection(std::move(db)));
}

absl::StatusOr<Statement> Connection::Prepare(const std::string& sql) {
  auto it = cache_.find(sql);
  if (it == cache_.end()) {
    sqlite3_stmt* raw = nullptr;
    int rc =
        sqlite3_prepare_v3(db_.get(), sql.c_str(), static_cast<int>(sql.size()),
                           SQLITE_PREPARE_PERSISTENT, &raw, nullptr);
    SqliteStatement stmt(raw);
    if (rc != SQLITE_OK) return SqliteError(rc, db_.get(), "prepare");
    it = cache_.emplace(sql, Cached{std::move(stmt), {}}).first;
  }
  if (sqlite3_stmt_busy(it->second.statement.get())) {
    return absl::InternalError("prepared statement is already in use");
  }
  return Statement(db_.get(), it->second.statement.get(),
                   &it->second.parameters);
}

absl::StatusOr<Statement> Connection::PrepareOnce(const std::string& sql) {
  sqlite3_stmt* raw = nullptr;
  int rc = sqlite3_prepare_v3(db_.get(), sql.c_str(),
                              static_cast<int>(sql.size()), 0, &raw, nullptr);
  SqliteStatement stmt(raw);
  if (rc != SQLITE_OK) return SqliteError(rc, db_.get(), "prepare");
  return Statement(db_.get(), std::move(stmt));
}

absl::Status Connection::Exec(const char* sql) {
  int rc = sqlite3_exec(db_.get(), sql, nullptr, nullptr, nullptr);
  if (rc != SQLITE_OK) return SqliteError(rc, db_.get(), "exec");
  return absl::OkStatus();
}

int64_t Connection::TotalChanges() const {
  return sqlite3_total_changes64(db_.get());
}

int64_t Connection::LastInsertRowid() const {
  return sqlite3_last_insert_rowid(db_.get());
}

InterruptAfter::InterruptAfter(Connection* connection, absl::Time deadline)
    : connection_(connection), deadline_(deadline) {
  if (deadline_ == absl::InfiniteFuture()) return;
  sqlite3_progress_handler(connection_->db(), 256, &InterruptAfter::Expired,
                           this);
}

InterruptAfter::~InterruptAfter() {
  if (deadline_ == absl::InfiniteFuture()) return;
  sqlite3_progress_handler(connection_->db(), 0, nullptr, nullptr);
}

int InterruptAfter::Expired(void* self) {
  return absl::Now() > static_cast<InterruptAfter*>(self)->deadline_ ? 1 : 0;
}

namespace {

// Runs BEGIN, COMMIT and the like from the connection's statement cache: a
// read transaction per call would otherwise parse both again (and allocate
// SQLite's parser) every time.
absl::Status RunCached(Connection* connection, const char* sql) {
  absl::StatusOr<Statement> stmt = connection->Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  return stmt->Run();
}

}  // namespace

absl::StatusOr<Transaction> Transaction::Begin(Connection* connection,
                                               Mode mode) {
  const char* begin = nullptr;
  switch (mode) {
    case Mode::kRead:
      begin = "BEGIN DEFERRED";
      break;
    case Mode::kWrite:
      begin = "BEGIN IMMEDIATE";
      break;
  }
  absl::Status status = RunCached(connection, begin);
  if (!status.ok()) return status;
  return Transaction(connection);
}

Transaction::~Transaction() {
  if (connection_ != nullptr) connection_->Exec("ROLLBACK").IgnoreError();
}

Transaction::Transaction(Transaction&& other) noexcept
    : connection_(std::exchange(other.connection_, nullptr)) {}

absl::Status Transaction::Commit() {
  absl::Status status = RunCached(connection_, "COMMIT");
  if (status.ok()) connection_ = nullptr;
  return status;
}

}  // namespace store_internal
}  // namespace factwire
