#ifndef FACTWIRE_CLI_CLIENT_FLAGS_H_
#define FACTWIRE_CLI_CLIENT_FLAGS_H_

#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "cli/compare_command.h"
#include "cli/ingest_command.h"
#include "cli/query_commands.h"

namespace factwire {

// The command-line layer of the client commands: flags to Options structs, and the
// entry points main.cc's dispatch table calls. Nothing below this layer reads flags.

inline constexpr char kIngestUsage[] = "ingest [--ingest ADDR] [--stream] FILE|DIR...";
inline constexpr char kClaimsUsage[] =
    "claims [--query ADDR] [--filter F] [--order-by O] [--parent documents/ID|-] [--json] "
    "[WORDS...]";
inline constexpr char kFiguresUsage[] =
    "figures [--query ADDR] [--filter F] [--order-by O] [--parent documents/ID] [--json]";
inline constexpr char kSourcesUsage[] =
    "sources [--query ADDR] [--filter F] [--order-by O] [--json] [NAME]";
inline constexpr char kDocUsage[] = "doc [--query ADDR] [--json] ID|documents/ID";
inline constexpr char kCompareUsage[] = "compare [--query ADDR] [--filter F] [--json]";

// NonEmptyAddress()
//
// OK, or kInvalidArgument "FLAG needs an address (host:port)" when `address` is empty.
absl::Status NonEmptyAddress(const std::string& flag, const std::string& address);

// ParseAndRun()
//
// A command's entry point: prints `usage` for --help/-h (exit 0), parses the
// arguments with `parse` (a usage error goes to stderr, exit 2), else returns
// run(options, std::cout, std::cerr).
template <typename Options, typename Parse, typename Run>
int ParseAndRun(const std::vector<std::string>& args, const char* usage, Parse parse,
                Run run) {
  for (const std::string& arg : args) {
    if (arg == "--help" || arg == "-h") {
      std::cout << "usage: factwire " << usage << '\n';
      return 0;
    }
  }
  absl::StatusOr<Options> options = parse(args);
  if (!options.ok()) {
    std::cerr << "factwire: " << options.status().message() << "\nusage: factwire "
              << usage << '\n';
    return 2;
  }
  return run(*options, std::cout, std::cerr);
}

// The flags one command accepts: value flags ("--query") and switches ("--json"),
// each with where its value goes.
struct FlagSpec {
  std::map<std::string, std::string*> values;
  std::map<std::string, bool*> switches;
};

// ParseFlags()
//
// Fills the targets of `spec` from `args` and appends every other argument to
// `positional`, in order. Value flags take `--name=value` or `--name value`;
// switches take `--name`. "--" ends the flags (everything after it is positional);
// a lone "-" is positional. kInvalidArgument naming the flag for an unknown flag, a
// value flag without a value, or a switch given a value. Pure function.
absl::Status ParseFlags(const std::vector<std::string>& args, const FlagSpec& spec,
                        std::vector<std::string>* positional);

// Parse*Flags()
//
// The Options of one command from its arguments (those after the command name).
// kInvalidArgument with a message for the user: bad flags (see ParseFlags), an empty
// address, or the wrong number of positional arguments (ingest: at least one; doc:
// exactly one; sources: at most one; figures: none).
absl::StatusOr<IngestOptions> ParseIngestFlags(const std::vector<std::string>& args);
absl::StatusOr<ClaimsOptions> ParseClaimsFlags(const std::vector<std::string>& args);
absl::StatusOr<FiguresOptions> ParseFiguresFlags(const std::vector<std::string>& args);
absl::StatusOr<SourcesOptions> ParseSourcesFlags(const std::vector<std::string>& args);
absl::StatusOr<DocOptions> ParseDocFlags(const std::vector<std::string>& args);
absl::StatusOr<CompareOptions> ParseCompareFlags(const std::vector<std::string>& args);

// *Main()
//
// Entry points for main.cc's dispatch table: parse the arguments (after the command
// name) and run the command on stdout/stderr. "--help" or "-h" prints the usage and
// returns 0; a usage error prints it on stderr and returns 2; otherwise returns the
// command's exit code.
int IngestMain(const std::vector<std::string>& args);
int ClaimsMain(const std::vector<std::string>& args);
int FiguresMain(const std::vector<std::string>& args);
int SourcesMain(const std::vector<std::string>& args);
int DocMain(const std::vector<std::string>& args);
int CompareMain(const std::vector<std::string>& args);

}  // namespace factwire

#endif  // FACTWIRE_CLI_CLIENT_FLAGS_H_
