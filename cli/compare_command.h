#ifndef FACTWIRE_CLI_COMPARE_COMMAND_H_
#define FACTWIRE_CLI_COMPARE_COMMAND_H_

#include <iosfwd>
#include <string>

#include "cli/query_commands.h"
#include "factwire/v1/query_service.pb.h"

namespace factwire {

// Options of `factwire compare`.
struct CompareOptions {
  std::string address = kDefaultQueryAddress;
  // CompareFiguresRequest.filter, as typed (`subject:"deaths" AND dimension =
  // COUNT`); "" compares every figure.
  std::string filter;
  bool json = false;
};

// RunCompare()
//
// QueryService.CompareFigures, every page: writes one block per group (see
// FormatGroups) or, with `json`, the merged response as proto3 JSON; "no
// groups" when nothing compares. Returns 0, or 1 when a call fails
// ("factwire compare: CODE: message" on `err`).
int RunCompare(const CompareOptions& options, std::ostream& out,
               std::ostream& err);

// FormatGroups()
//
// One block per group: a line "VERDICT  subject (DIMENSION[, unit][, place][,
// time scope])", the explanation indented, then a table of its observations
// indented: DATE (publish date, UTC), DOCUMENT (id), FIGURE, TEXT (as
// written), INTERVAL ("[902.649, 911.721] kg", in the observation's unit),
// SOURCE (id), and "superseded"
// under NOTE for figures a later one replaced. Blocks are separated by a blank
// line. Pure function.
std::string FormatGroups(
    const google::protobuf::RepeatedPtrField<v1::FigureGroup>& groups);

// FormatInterval()
//
// "[a, b]", "(a, inf)", "(-inf, b)": the ends with up to 6 significant digits
// (from 1e6 to 1e15 as whole numbers without an exponent), brackets by whether
// each end is closed. Pure function.
std::string FormatInterval(const v1::Interval& interval);

}  // namespace factwire

#endif  // FACTWIRE_CLI_COMPARE_COMMAND_H_
