#ifndef FACTWIRE_STORE_READER_H_
#define FACTWIRE_STORE_READER_H_

// Reads of the store, each on a connection the caller has locked and (for a
// consistent view across statements) wrapped in a transaction. The contracts
// are those of the Store methods of the same meaning in store/store.h.
// Internal.

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "factwire/v1/records.pb.h"
#include "store/sqlite.h"
#include "store/store.h"

namespace factwire {
namespace store_internal {

absl::StatusOr<factwire::v1::Document> ReadDocument(
    Connection* connection, absl::string_view document_id, bool full);
// ReadDocument() above into `*document`, whose fields it replaces
// (Store::GetDocument(document_id, full, document)). Without `full`, one
// statement (Store reads it without BEGIN and COMMIT).
absl::Status ReadDocument(Connection* connection,
                          absl::string_view document_id, bool full,
                          factwire::v1::Document* document);
absl::StatusOr<Page<factwire::v1::Document>> ReadDocuments(
    Connection* connection, const DocumentQuery& query);

// Store::SearchClaims(query, claims).
absl::StatusOr<PageEnd> ReadClaims(
    Connection* connection, const ClaimQuery& query,
    google::protobuf::RepeatedPtrField<factwire::v1::Claim>* claims);
// ReadClaim() and ReadFigure() run one statement each.
// Store::GetClaim(document_id, claim_id, claim).
absl::Status ReadClaim(Connection* connection, absl::string_view document_id,
                       absl::string_view claim_id, factwire::v1::Claim* claim);

absl::StatusOr<Page<factwire::v1::Figure>> ReadFigures(
    Connection* connection, const FigureQuery& query);
absl::StatusOr<factwire::v1::Figure> ReadFigure(Connection* connection,
                                                absl::string_view document_id,
                                                absl::string_view figure_id);

// Store::GetSource(source_id, source); one statement.
absl::Status ReadSource(Connection* connection, absl::string_view source_id,
                        factwire::v1::Source* source);
absl::StatusOr<Page<factwire::v1::Source>> ReadSources(
    Connection* connection, const SourceQuery& query);

}  // namespace store_internal
}  // namespace factwire

#endif  // FACTWIRE_STORE_READER_H_
