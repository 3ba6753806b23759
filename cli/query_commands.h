#ifndef FACTWIRE_CLI_QUERY_COMMANDS_H_
#define FACTWIRE_CLI_QUERY_COMMANDS_H_

#include <iosfwd>
#include <string>
#include <vector>

namespace factwire {

// The client commands of factwire-query. Each writes an aligned table (or, with
// `json`, the response as proto3 JSON, every page merged into one message with an
// empty next_page_token) to `out`, follows every page of a list, and returns the
// exit code: 0 on success, 1 when a call fails ("factwire CMD: CODE: message" on
// `err`). Calls time out after kCallTimeout (cli/rpc.h).

// Where factwire-query listens by default.
inline constexpr char kDefaultQueryAddress[] = "127.0.0.1:50052";

// Options of `factwire claims`.
struct ClaimsOptions {
  std::string address = kDefaultQueryAddress;
  // SearchClaimsRequest.filter, as typed (`source = "mike-vigil" AND kind =
  // "DIRECT_QUOTE"`).
  std::string filter;
  // SearchClaimsRequest.order_by ("publish_time desc"); "" = by rank or ingest order.
  std::string order_by;
  bool json = false;
  // Joined by spaces into SearchClaimsRequest.query; none lists every claim.
  std::vector<std::string> words;
  // "documents/ID", a bare ID or "documents/-": list the claims under it with
  // ListClaims (filter and order_by as above) instead of searching; not used
  // with `words`.
  std::string parent;
};

// Options of `factwire figures`.
struct FiguresOptions {
  std::string address = kDefaultQueryAddress;
  // ListFiguresRequest.filter, as typed (`subject = "overdose deaths"`).
  std::string filter;
  // "documents/ID", a bare ID, or "" for every document.
  std::string parent;
  // ListFiguresRequest.order_by ("value desc"); "" = storage order.
  std::string order_by;
  bool json = false;
};

// Options of `factwire sources`.
struct SourcesOptions {
  std::string address = kDefaultQueryAddress;
  // ListSourcesRequest.filter (`type = "PERSON"`); not used with `name`.
  std::string filter;
  // ListSourcesRequest.order_by ("name"); "" = most-cited first. Not used with `name`.
  std::string order_by;
  bool json = false;
  // "sources/ID" or a bare ID: show that source (GetSource) and, as a table, its
  // claims; "" lists every source.
  std::string name;
};

// Options of `factwire doc`.
struct DocOptions {
  std::string address = kDefaultQueryAddress;
  bool json = false;
  // "documents/ID" or a bare ID.
  std::string name;
};

// RunClaims(): QueryService.SearchClaims, or ListClaims when `parent` is set;
// every page.
int RunClaims(const ClaimsOptions& options, std::ostream& out, std::ostream& err);

// RunFigures(): QueryService.ListFigures, every page.
int RunFigures(const FiguresOptions& options, std::ostream& out, std::ostream& err);

// RunSources(): QueryService.ListSources (every page), or GetSource plus the
// source's claims (SearchClaims with filter `source = "ID"`) when `name` is set.
int RunSources(const SourcesOptions& options, std::ostream& out, std::ostream& err);

// RunDoc(): QueryService.GetDocument (FULL view).
int RunDoc(const DocOptions& options, std::ostream& out, std::ostream& err);

// ResourceName()
//
// `id_or_name` if it already starts with `collection` + "/", else
// collection + "/" + id_or_name: ResourceName("documents", "abc") == "documents/abc".
// Pure function.
std::string ResourceName(const std::string& collection, const std::string& id_or_name);

}  // namespace factwire

#endif  // FACTWIRE_CLI_QUERY_COMMANDS_H_
