#include "cli/compare_command.h"

#include <grpcpp/create_channel.h>
#include <grpcpp/security/credentials.h>

#include <cmath>
#include <memory>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/time/time.h"
#include "cli/record_format.h"
#include "cli/rpc.h"
#include "cli/table.h"
#include "factwire/v1/query_service.grpc.pb.h"
#include "google/protobuf/util/json_util.h"

namespace factwire {
namespace {

std::string Number(double x) {
  if (std::isinf(x)) return x < 0 ? "-inf" : "inf";
  if (std::fabs(x) >= 1e6 && std::fabs(x) < 1e15) {
    return absl::StrFormat("%.0f", x);
  }
  return absl::StrFormat("%.6g", x);
}

std::string Date(const v1::FigureObservation& observation) {
  if (!observation.has_publish_time()) return "-";
  return absl::FormatTime(
      "%Y-%m-%d", absl::FromUnixSeconds(observation.publish_time().seconds()),
      absl::UTCTimeZone());
}

std::string Heading(const v1::FigureGroup& group) {
  std::vector<std::string> scope = {
      ShortEnumName(v1::Dimension_Name(group.dimension()), "DIMENSION_")};
  for (const std::string* part :
       {&group.unit(), &group.place(), &group.time_scope()}) {
    if (!part->empty()) scope.push_back(*part);
  }
  return absl::StrCat(ShortEnumName(v1::Verdict_Name(group.verdict()), "VERDICT_"),
                      "  ", group.subject(), " (", absl::StrJoin(scope, ", "),
                      ")\n");
}

std::string Observations(const v1::FigureGroup& group) {
  std::vector<TableRow> rows;
  for (const v1::FigureObservation& observation : group.observations()) {
    std::string interval =
        observation.has_interval() ? FormatInterval(observation.interval()) : "-";
    if (observation.has_interval() && !observation.unit().empty()) {
      absl::StrAppend(&interval, " ", observation.unit());
    }
    std::string figure = observation.figure();
    rows.push_back({Date(observation), DocumentId(observation.document()),
                    figure.substr(figure.rfind('/') + 1),
                    OneLine(observation.text(), 40), interval,
                    observation.source().empty()
                        ? "-"
                        : observation.source().substr(sizeof("sources/") - 1),
                    observation.superseded() ? "superseded" : ""});
  }
  const std::string table = FormatTable(
      {"DATE", "DOCUMENT", "FIGURE", "TEXT", "INTERVAL", "SOURCE", "NOTE"}, rows);
  std::string indented = absl::StrCat("    ", table);
  indented = absl::StrReplaceAll(indented, {{"\n", "\n    "}});
  indented.resize(indented.size() - 4);  // no indent after the last newline
  return indented;
}

}  // namespace

std::string FormatInterval(const v1::Interval& interval) {
  return absl::StrCat(interval.lower_closed() ? "[" : "(",
                      Number(interval.lower()), ", ", Number(interval.upper()),
                      interval.upper_closed() ? "]" : ")");
}

std::string FormatGroups(
    const google::protobuf::RepeatedPtrField<v1::FigureGroup>& groups) {
  std::string text;
  for (const v1::FigureGroup& group : groups) {
    if (!text.empty()) text += '\n';
    absl::StrAppend(&text, Heading(group), "    ", group.explanation(), "\n",
                    Observations(group));
  }
  return text;
}

int RunCompare(const CompareOptions& options, std::ostream& out,
               std::ostream& err) {
  std::unique_ptr<v1::QueryService::Stub> stub = v1::QueryService::NewStub(
      grpc::CreateChannel(options.address, grpc::InsecureChannelCredentials()));
  v1::CompareFiguresRequest request;
  request.set_filter(options.filter);
  request.set_page_size(kPageSize);
  v1::CompareFiguresResponse all;
  const grpc::Status status = CollectPages(
      [&](const std::string& token, v1::CompareFiguresResponse* page) {
        request.set_page_token(token);
        std::unique_ptr<grpc::ClientContext> context = NewCallContext();
        return stub->CompareFigures(context.get(), request, page);
      },
      &all);
  if (!status.ok()) {
    err << "factwire compare: "
        << RpcError(status, "factwire-query", options.address) << '\n';
    return 1;
  }
  if (options.json) {
    google::protobuf::util::JsonPrintOptions print;
    print.add_whitespace = true;
    std::string json;
    if (!google::protobuf::util::MessageToJsonString(all, &json, print).ok()) {
      err << "factwire compare: cannot print JSON\n";
      return 1;
    }
    out << json;
    if (json.empty() || json.back() != '\n') out << '\n';
    return 0;
  }
  out << (all.groups_size() == 0 ? "no groups\n" : FormatGroups(all.groups()));
  return 0;
}

}  // namespace factwire
