#include "cli/client_flags.h"

#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"

namespace factwire {
namespace {

using Args = std::vector<std::string>;

// Parses one flag at args[*i] (advancing *i past a separate value).
absl::Status ParseFlag(const Args& args, size_t* i, const FlagSpec& spec) {
  const std::string& arg = args[*i];
  const size_t equals = arg.find('=');
  const std::string name = arg.substr(0, equals);
  if (auto it = spec.switches.find(name); it != spec.switches.end()) {
    if (equals != std::string::npos) {
      return absl::InvalidArgumentError(absl::StrCat(name, " takes no value"));
    }
    *it->second = true;
    return absl::OkStatus();
  }
  auto it = spec.values.find(name);
  if (it == spec.values.end()) {
    return absl::InvalidArgumentError(absl::StrCat("unknown flag ", name));
  }
  if (equals != std::string::npos) {
    *it->second = arg.substr(equals + 1);
  } else if (*i + 1 < args.size()) {
    *it->second = args[++*i];
  } else {
    return absl::InvalidArgumentError(absl::StrCat(name, " needs a value"));
  }
  return absl::OkStatus();
}

}  // namespace

absl::Status NonEmptyAddress(const std::string& flag, const std::string& address) {
  if (!address.empty()) return absl::OkStatus();
  return absl::InvalidArgumentError(absl::StrCat(flag, " needs an address (host:port)"));
}

absl::Status ParseFlags(const Args& args, const FlagSpec& spec, Args* positional) {
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--") {
      positional->insert(positional->end(), args.begin() + i + 1, args.end());
      break;
    }
    if (!absl::StartsWith(args[i], "--")) {
      positional->push_back(args[i]);
      continue;
    }
    if (absl::Status status = ParseFlag(args, &i, spec); !status.ok()) return status;
  }
  return absl::OkStatus();
}

absl::StatusOr<IngestOptions> ParseIngestFlags(const Args& args) {
  IngestOptions options;
  absl::Status status =
      ParseFlags(args, {{{"--ingest", &options.address}}, {{"--stream", &options.stream}}},
                 &options.paths);
  if (status.ok()) status = NonEmptyAddress("--ingest", options.address);
  if (!status.ok()) return status;
  if (options.paths.empty()) {
    return absl::InvalidArgumentError("name at least one FILE or DIR to ingest");
  }
  return options;
}

absl::StatusOr<ClaimsOptions> ParseClaimsFlags(const Args& args) {
  ClaimsOptions options;
  absl::Status status = ParseFlags(args,
                                   {{{"--query", &options.address},
                                     {"--filter", &options.filter},
                                     {"--order-by", &options.order_by},
                                     {"--parent", &options.parent}},
                                    {{"--json", &options.json}}},
                                   &options.words);
  if (status.ok()) status = NonEmptyAddress("--query", options.address);
  if (!status.ok()) return status;
  if (!options.parent.empty() && !options.words.empty()) {
    return absl::InvalidArgumentError(
        "--parent lists claims; it cannot be used with WORDS (use --filter)");
  }
  return options;
}

absl::StatusOr<FiguresOptions> ParseFiguresFlags(const Args& args) {
  FiguresOptions options;
  Args positional;
  absl::Status status = ParseFlags(args,
                                   {{{"--query", &options.address},
                                     {"--filter", &options.filter},
                                     {"--order-by", &options.order_by},
                                     {"--parent", &options.parent}},
                                    {{"--json", &options.json}}},
                                   &positional);
  if (status.ok()) status = NonEmptyAddress("--query", options.address);
  if (!status.ok()) return status;
  if (!positional.empty()) {
    return absl::InvalidArgumentError(absl::StrCat(
        "unexpected argument ", positional[0], " (use --filter 'subject = \"...\"')"));
  }
  return options;
}

absl::StatusOr<SourcesOptions> ParseSourcesFlags(const Args& args) {
  SourcesOptions options;
  Args positional;
  absl::Status status = ParseFlags(args,
                                   {{{"--query", &options.address},
                                     {"--filter", &options.filter},
                                     {"--order-by", &options.order_by}},
                                    {{"--json", &options.json}}},
                                   &positional);
  if (status.ok()) status = NonEmptyAddress("--query", options.address);
  if (!status.ok()) return status;
  if (positional.size() > 1) return absl::InvalidArgumentError("one NAME at most");
  if (!positional.empty()) options.name = positional[0];
  if (!options.name.empty() && (!options.filter.empty() || !options.order_by.empty())) {
    return absl::InvalidArgumentError(
        "--filter and --order-by list sources; they cannot be used with NAME");
  }
  return options;
}

absl::StatusOr<DocOptions> ParseDocFlags(const Args& args) {
  DocOptions options;
  Args positional;
  absl::Status status = ParseFlags(
      args, {{{"--query", &options.address}}, {{"--json", &options.json}}}, &positional);
  if (status.ok()) status = NonEmptyAddress("--query", options.address);
  if (!status.ok()) return status;
  if (positional.size() != 1 || positional[0].empty()) {
    return absl::InvalidArgumentError("name exactly one document: ID or documents/ID");
  }
  options.name = positional[0];
  return options;
}

absl::StatusOr<CompareOptions> ParseCompareFlags(const Args& args) {
  CompareOptions options;
  Args positional;
  absl::Status status = ParseFlags(
      args,
      {{{"--query", &options.address}, {"--filter", &options.filter}},
       {{"--json", &options.json}}},
      &positional);
  if (status.ok()) status = NonEmptyAddress("--query", options.address);
  if (!status.ok()) return status;
  if (!positional.empty()) {
    return absl::InvalidArgumentError(absl::StrCat(
        "unexpected argument ", positional[0], " (use --filter 'subject:\"...\"')"));
  }
  return options;
}

int IngestMain(const Args& args) {
  return ParseAndRun<IngestOptions>(args, kIngestUsage, ParseIngestFlags, RunIngest);
}

int ClaimsMain(const Args& args) {
  return ParseAndRun<ClaimsOptions>(args, kClaimsUsage, ParseClaimsFlags, RunClaims);
}

int FiguresMain(const Args& args) {
  return ParseAndRun<FiguresOptions>(args, kFiguresUsage, ParseFiguresFlags, RunFigures);
}

int SourcesMain(const Args& args) {
  return ParseAndRun<SourcesOptions>(args, kSourcesUsage, ParseSourcesFlags, RunSources);
}

int DocMain(const Args& args) {
  return ParseAndRun<DocOptions>(args, kDocUsage, ParseDocFlags, RunDoc);
}

int CompareMain(const Args& args) {
  return ParseAndRun<CompareOptions>(args, kCompareUsage, ParseCompareFlags,
                                     RunCompare);
}

}  // namespace factwire
