#ifndef FACTWIRE_STORE_SCHEMA_H_
#define FACTWIRE_STORE_SCHEMA_H_

// The store's schema: an ordered list of migrations; migration i brings the
// database from PRAGMA user_version i to i + 1. Internal to factwire_store.

#include "absl/status/status.h"
#include "store/sqlite.h"

namespace factwire {
namespace store_internal {

// The schema version this binary writes and reads (= number of migrations).
int SchemaVersion();

// Writer start-up: sets WAL mode and applies every missing migration in one
// IMMEDIATE transaction. kFailedPrecondition if the file's version is newer
// than SchemaVersion(); kDataLoss if the file is not a database.
absl::Status Migrate(Connection* connection);

// Read-only start-up: checks the file's version without writing anything.
// kFailedPrecondition if it is newer than SchemaVersion() or not yet migrated
// to it (no writer has opened the file with this binary's schema yet), unless
// the migrations it lacks change nothing readers read (schema 12: a version
// 11 file is read as it is).
absl::Status CheckSchema(Connection* connection);

// Store::Check() on `connection`; `indexes` adds the FTS5 integrity checks
// (which need a writable connection).
absl::Status CheckIntegrity(Connection* connection, bool indexes);

}  // namespace store_internal
}  // namespace factwire

#endif  // FACTWIRE_STORE_SCHEMA_H_
