#include "cli/query_commands.h"

#include <grpcpp/create_channel.h>
#include <grpcpp/security/credentials.h>

#include <memory>
#include <ostream>
#include <string>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "cli/record_format.h"
#include "cli/rpc.h"
#include "factwire/v1/query_service.grpc.pb.h"
#include "google/protobuf/util/json_util.h"

namespace factwire {
namespace {

using v1::QueryService;

constexpr char kService[] = "factwire-query";

std::unique_ptr<QueryService::Stub> Connect(const std::string& address) {
  return QueryService::NewStub(
      grpc::CreateChannel(address, grpc::InsecureChannelCredentials()));
}

// Writes `message` as indented proto3 JSON ending in a newline. Returns the exit code.
int PrintJson(const google::protobuf::Message& message, std::ostream& out,
              std::ostream& err) {
  google::protobuf::util::JsonPrintOptions options;
  options.add_whitespace = true;
  std::string json;
  const auto status =
      google::protobuf::util::MessageToJsonString(message, &json, options);
  if (!status.ok()) {
    err << "factwire: cannot print JSON: " << status.message() << '\n';
    return 1;
  }
  out << json;
  if (json.empty() || json.back() != '\n') out << '\n';
  return 0;
}

// Reports a failed call of `command` on `err`. Returns the exit code (1).
int Fail(absl::string_view command, const grpc::Status& status,
         const std::string& address, std::ostream& err) {
  err << "factwire " << command << ": " << RpcError(status, kService, address) << '\n';
  return 1;
}

// Every claim matching `request` (query and filter), all pages.
grpc::Status SearchAllClaims(QueryService::Stub& stub, v1::SearchClaimsRequest request,
                             v1::SearchClaimsResponse* all) {
  request.set_page_size(kPageSize);
  return CollectPages(
      [&](const std::string& token, v1::SearchClaimsResponse* page) {
        request.set_page_token(token);
        std::unique_ptr<grpc::ClientContext> context = NewCallContext();
        return stub.SearchClaims(context.get(), request, page);
      },
      all);
}

// Writes `table`, or "no RECORDS\n" when there are no records.
void PrintTable(int count, absl::string_view records, const std::string& table,
                std::ostream& out) {
  if (count == 0) {
    out << "no " << records << '\n';
  } else {
    out << table;
  }
}

int ShowSource(QueryService::Stub& stub, const SourcesOptions& options, std::ostream& out,
               std::ostream& err) {
  v1::GetSourceRequest request;
  request.set_name(ResourceName("sources", options.name));
  v1::Source source;
  std::unique_ptr<grpc::ClientContext> context = NewCallContext();
  grpc::Status status = stub.GetSource(context.get(), request, &source);
  if (!status.ok()) return Fail("sources", status, options.address, err);
  if (options.json) return PrintJson(source, out, err);
  v1::SearchClaimsRequest claims_request;
  claims_request.set_filter(absl::StrCat("source = \"", source.source_id(), "\""));
  v1::SearchClaimsResponse claims;
  status = SearchAllClaims(stub, claims_request, &claims);
  if (!status.ok()) return Fail("sources", status, options.address, err);
  out << FormatSource(source);
  if (claims.claims_size() > 0) {
    out << "\nclaims (" << claims.claims_size() << "):\n"
        << FormatClaims(claims.claims());
  }
  return 0;
}

int ListSources(QueryService::Stub& stub, const SourcesOptions& options,
                std::ostream& out, std::ostream& err) {
  v1::ListSourcesRequest request;
  request.set_filter(options.filter);
  request.set_order_by(options.order_by);
  request.set_page_size(kPageSize);
  v1::ListSourcesResponse all;
  const grpc::Status status = CollectPages(
      [&](const std::string& token, v1::ListSourcesResponse* page) {
        request.set_page_token(token);
        std::unique_ptr<grpc::ClientContext> context = NewCallContext();
        return stub.ListSources(context.get(), request, page);
      },
      &all);
  if (!status.ok()) return Fail("sources", status, options.address, err);
  if (options.json) return PrintJson(all, out, err);
  PrintTable(all.sources_size(), "sources", FormatSources(all.sources()), out);
  return 0;
}

// `factwire claims --parent P`: ListClaims under P, every page.
int ListClaims(QueryService::Stub& stub, const ClaimsOptions& options,
               std::ostream& out, std::ostream& err) {
  v1::ListClaimsRequest request;
  request.set_parent(ResourceName("documents", options.parent));
  request.set_filter(options.filter);
  request.set_order_by(options.order_by);
  request.set_page_size(kPageSize);
  v1::ListClaimsResponse all;
  const grpc::Status status = CollectPages(
      [&](const std::string& token, v1::ListClaimsResponse* page) {
        request.set_page_token(token);
        std::unique_ptr<grpc::ClientContext> context = NewCallContext();
        return stub.ListClaims(context.get(), request, page);
      },
      &all);
  if (!status.ok()) return Fail("claims", status, options.address, err);
  if (options.json) return PrintJson(all, out, err);
  PrintTable(all.claims_size(), "claims", FormatClaims(all.claims()), out);
  return 0;
}

}  // namespace

int RunClaims(const ClaimsOptions& options, std::ostream& out, std::ostream& err) {
  std::unique_ptr<QueryService::Stub> stub = Connect(options.address);
  if (!options.parent.empty()) return ListClaims(*stub, options, out, err);
  v1::SearchClaimsRequest request;
  request.set_query(absl::StrJoin(options.words, " "));
  request.set_filter(options.filter);
  request.set_order_by(options.order_by);
  v1::SearchClaimsResponse all;
  const grpc::Status status = SearchAllClaims(*stub, request, &all);
  if (!status.ok()) return Fail("claims", status, options.address, err);
  if (options.json) return PrintJson(all, out, err);
  PrintTable(all.claims_size(), "claims", FormatClaims(all.claims()), out);
  return 0;
}

int RunFigures(const FiguresOptions& options, std::ostream& out, std::ostream& err) {
  std::unique_ptr<QueryService::Stub> stub = Connect(options.address);
  v1::ListFiguresRequest request;
  if (!options.parent.empty())
    request.set_parent(ResourceName("documents", options.parent));
  request.set_filter(options.filter);
  request.set_order_by(options.order_by);
  request.set_page_size(kPageSize);
  v1::ListFiguresResponse all;
  const grpc::Status status = CollectPages(
      [&](const std::string& token, v1::ListFiguresResponse* page) {
        request.set_page_token(token);
        std::unique_ptr<grpc::ClientContext> context = NewCallContext();
        return stub->ListFigures(context.get(), request, page);
      },
      &all);
  if (!status.ok()) return Fail("figures", status, options.address, err);
  if (options.json) return PrintJson(all, out, err);
  PrintTable(all.figures_size(), "figures", FormatFigures(all.figures()), out);
  return 0;
}

int RunSources(const SourcesOptions& options, std::ostream& out, std::ostream& err) {
  std::unique_ptr<QueryService::Stub> stub = Connect(options.address);
  if (!options.name.empty()) return ShowSource(*stub, options, out, err);
  return ListSources(*stub, options, out, err);
}

int RunDoc(const DocOptions& options, std::ostream& out, std::ostream& err) {
  std::unique_ptr<QueryService::Stub> stub = Connect(options.address);
  v1::GetDocumentRequest request;
  request.set_name(ResourceName("documents", options.name));
  request.set_view(v1::DOCUMENT_VIEW_FULL);
  v1::Document document;
  std::unique_ptr<grpc::ClientContext> context = NewCallContext();
  const grpc::Status status = stub->GetDocument(context.get(), request, &document);
  if (!status.ok()) return Fail("doc", status, options.address, err);
  if (options.json) return PrintJson(document, out, err);
  out << FormatDocument(document);
  return 0;
}

std::string ResourceName(const std::string& collection, const std::string& id_or_name) {
  if (absl::StartsWith(id_or_name, collection + "/")) return id_or_name;
  return absl::StrCat(collection, "/", id_or_name);
}

}  // namespace factwire
