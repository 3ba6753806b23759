#ifndef FACTWIRE_STORE_ROW_ENCODING_H_
#define FACTWIRE_STORE_ROW_ENCODING_H_

// What the writer stores for a document besides its columns, made before the
// write transaction (on any thread): its validation and the serialized
// `record` blobs of the document row and its records. Internal to
// factwire_store; callers hold it as an opaque EncodedRows (store.h).

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/time/time.h"
#include "factwire/v1/records.pb.h"
#include "store/store.h"

namespace factwire {

struct EncodedRows {
  // Put()'s checks of the document alone (required and unique ids); not OK
  // means nothing below is set and nothing is written.
  absl::Status valid;
  // The documents row's `record` without the fields the write stamps (name,
  // revision, ingest_time): metadata and paragraphs, no text or records.
  std::string metadata;
  // Per claim, figure and source, in the document's order: the `record`
  // blobs (claims and figures without name and document, sources as
  // DocumentSourceRecord(); all without the fields their rows keep in
  // columns, records.h).
  std::vector<std::string> claims;
  std::vector<std::string> figures;
  std::vector<std::string> sources;
};

namespace store_internal {

// EncodeRows() into `rows`. `document` is left as it was (fields are moved
// out while the metadata and records are serialized and moved back).
void Encode(factwire::v1::Document* document, EncodedRows* rows);

// The documents row's `record` for `rows.metadata` stamped with the
// document's name, `revision` and `ingest_time`.
std::string StampedMetadata(const EncodedRows& rows,
                            const std::string& document_id, int32_t revision,
                            absl::Time ingest_time);

}  // namespace store_internal
}  // namespace factwire

#endif  // FACTWIRE_STORE_ROW_ENCODING_H_
