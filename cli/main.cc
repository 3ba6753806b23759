// factwire: the command line. Every flag is parsed here, into each command's
// Options struct; the commands themselves live in their own files.
#include <sched.h>

#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/string_view.h"
#include "cli/analyze_command.h"
#include "cli/client_flags.h"
#include "cli/ingest_files.h"
#include "cli/stream_commands.h"

namespace {

using Args = std::vector<std::string>;

// A command: its name, one usage line and its entry point.
struct Command {
  const char* name;
  const char* usage;
  int (*run)(const Args& args);
};

// Reports a usage error and returns the exit code for one (2).
int UsageError(const std::string& message, const char* usage) {
  std::cerr << "factwire: " << message << "\nusage: factwire " << usage << '\n';
  return 2;
}

// True when `arg` is `--name=value` (value stored) or `--name` followed by a value in
// args[*i + 1] (consumed).
bool TakeValue(const Args& args, size_t* i, absl::string_view name, std::string* value) {
  const std::string& arg = args[*i];
  if (absl::StartsWith(arg, name) && arg.size() > name.size() && arg[name.size()] == '=') {
    *value = arg.substr(name.size() + 1);
    return true;
  }
  if (arg == name && *i + 1 < args.size()) {
    *value = args[++*i];
    return true;
  }
  return false;
}

constexpr char kAnalyzeUsage[] =
    "analyze [--jsonl] [--threads N] [--media-type TYPE] [FILE|-]";

// The number of CPUs this process may run on (its affinity mask, so `taskset -c 0`
// gives 1); 1 if the mask can't be read.
int UsableCpus() {
  cpu_set_t cpus;
  CPU_ZERO(&cpus);
  if (sched_getaffinity(0, sizeof(cpus), &cpus) != 0) return 1;
  return CPU_COUNT(&cpus) > 0 ? CPU_COUNT(&cpus) : 1;
}

// Parses `text` as a thread count from 1 to 1024.
bool ParseThreads(const std::string& text, int* threads) {
  return absl::SimpleAtoi(text, threads) && *threads >= 1 && *threads <= 1024;
}

int Analyze(const Args& args) {
  factwire::AnalyzeOptions options;
  options.threads = UsableCpus();
  std::string threads;
  std::string media_type;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--jsonl") {
      options.jsonl = true;
    } else if (TakeValue(args, &i, "--media-type", &media_type)) {
    } else if (TakeValue(args, &i, "--threads", &threads)) {
      if (!ParseThreads(threads, &options.threads)) {
        return UsageError("--threads wants a number from 1 to 1024", kAnalyzeUsage);
      }
    } else if (absl::StartsWith(args[i], "--")) {
      return UsageError("unknown flag " + args[i], kAnalyzeUsage);
    } else if (options.file.empty()) {
      options.file = args[i];
    } else {
      return UsageError("one FILE at most", kAnalyzeUsage);
    }
  }
  // Without --media-type a FILE's extension decides, as for `factwire ingest`.
  if (!media_type.empty()) {
    options.media_type = media_type;
  } else if (!options.file.empty() && options.file != "-") {
    options.media_type = factwire::MediaTypeForPath(options.file);
  }
  return factwire::RunAnalyze(options, std::cin, std::cout, std::cerr);
}

const Command kCommands[] = {
    {"analyze", kAnalyzeUsage, Analyze},
    {"ingest", factwire::kIngestUsage, factwire::IngestMain},
    {"claims", factwire::kClaimsUsage, factwire::ClaimsMain},
    {"figures", factwire::kFiguresUsage, factwire::FiguresMain},
    {"sources", factwire::kSourcesUsage, factwire::SourcesMain},
    {"doc", factwire::kDocUsage, factwire::DocMain},
    {"compare", factwire::kCompareUsage, factwire::CompareMain},
    {"delete", factwire::kDeleteUsage, factwire::DeleteMain},
    {"watch", factwire::kWatchUsage, factwire::WatchMain},
};

int PrintHelp(std::ostream& out) {
  out << "factwire: claims, figures and sources from news articles\n\ncommands:\n";
  for (const Command& command : kCommands) out << "  factwire " << command.usage << '\n';
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  if (argc < 2) {
    PrintHelp(std::cerr);
    return 2;
  }
  const std::string name = argv[1];
  if (name == "help" || name == "--help" || name == "-h") return PrintHelp(std::cout);
  const Args args(argv + 2, argv + argc);
  for (const Command& command : kCommands) {
    if (name == command.name) return command.run(args);
  }
  std::cerr << "factwire: unknown command '" << name << "'\n";
  PrintHelp(std::cerr);
  return 2;
}
