#ifndef FACTWIRE_STORE_RECORD_WRITER_H_
#define FACTWIRE_STORE_RECORD_WRITER_H_

// Inserts a document's records. Internal to factwire_store.

#include <cstdint>

#include "absl/status/status.h"
#include "factwire/v1/records.pb.h"
#include "store/row_encoding.h"
#include "store/sqlite.h"

namespace factwire {
namespace store_internal {

// The per-document record of `source`: as extracted, without the fields
// only queries fill (counts, accumulated titles and affiliations).
factwire::v1::Source DocumentSourceRecord(const factwire::v1::Source& source);

// True if `source` has a field only queries fill (DocumentSourceRecord()
// would differ from it).
bool HasQueryFields(const factwire::v1::Source& source);

// Makes `source` its DocumentSourceRecord() in place.
void ClearQueryFields(factwire::v1::Source* source);

// Inserts the sources (upserting the shared rows), claims and figures of
// `document` under the documents row `document_row`, in the caller's
// transaction, with the record blobs of `rows` (Encode(document), valid, so
// no id repeats within the document). The statements' errors.
absl::Status InsertRecords(Connection* connection, int64_t document_row,
                           const factwire::v1::Document& document,
                           const EncodedRows& rows);

}  // namespace store_internal
}  // namespace factwire

#endif  // FACTWIRE_STORE_RECORD_WRITER_H_
