// The README's examples, run for real: both binaries over a temp store; every
// `factwire` CLI example run from the source tree against them (exit code 0); the
// sample articles ingested again with the CLI (as scripts/demo.sh does); then every
// grpcurl command replayed through a generic gRPC stub with the same JSON. A renamed
// flag, field, method or resource in the README fails here.
#include <grpcpp/generic/generic_stub.h>
#include <stdio.h>

#include <cstdlib>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/str_join.h"
#include "absl/synchronization/notification.h"
#include "google/protobuf/descriptor.h"
#include "google/protobuf/message.h"
#include "google/protobuf/struct.pb.h"
#include "google/protobuf/util/json_util.h"
#include "grpc/health/v1/health.pb.h"
#include "tests/e2e/e2e_fixture.h"

namespace factwire {
namespace {

using google::protobuf::DescriptorPool;
using google::protobuf::Message;
using google::protobuf::MessageFactory;
using google::protobuf::MethodDescriptor;
using google::protobuf::Struct;
using google::protobuf::util::JsonStringToMessage;

// The stdout of `command`, or "" if it could not run.
std::string Output(const std::string& command) {
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return out;
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
  EXPECT_EQ(pclose(pipe), 0) << command;
  return out;
}

std::vector<Struct> ReadmeCommands() {
  const std::string source = FACTWIRE_SOURCE_DIR;
  std::vector<Struct> commands;
  std::string lines = Output("python3 " + source + "/tests/e2e/readme_grpcurl.py " +
                             source + "/README.md");
  size_t start = 0;
  while (start < lines.size()) {
    size_t end = lines.find('\n', start);
    if (end == std::string::npos) end = lines.size();
    Struct command;
    EXPECT_TRUE(JsonStringToMessage(lines.substr(start, end - start), &command).ok());
    commands.push_back(command);
    start = end + 1;
  }
  return commands;
}

std::string Field(const Struct& s, const std::string& key) {
  auto it = s.fields().find(key);
  return it == s.fields().end() ? "" : it->second.string_value();
}

// `word` quoted for sh.
std::string ShellQuote(const std::string& word) {
  std::string quoted = "'";
  for (char c : word) {
    if (c == '\'') {
      quoted += "'\\''";
    } else {
      quoted += c;
    }
  }
  return quoted + "'";
}

class ReadmeTest : public EndToEndTest {
 protected:
  // Runs `factwire ARGS` from the source tree against the test's services (the
  // address flag goes right after the command) and returns its exit status.
  int RunCli(const std::vector<std::string>& args) {
    std::string command = "cd " + ShellQuote(FACTWIRE_SOURCE_DIR) + " && " +
                          ShellQuote(Binary("cli/factwire")) + " " + ShellQuote(args[0]);
    if (args[0] == "ingest" || args[0] == "delete") {
      command += " --ingest=" + ingest_->address();
    } else if (args[0] != "analyze") {
      command += " --query=" + query_->address();
    }
    for (size_t i = 1; i < args.size(); ++i) command += " " + ShellQuote(args[i]);
    return std::system((command + " >/dev/null").c_str());
  }

  // One unary call of `method` with `request`, on the service at `address`.
  grpc::Status Call(const std::shared_ptr<grpc::Channel>& channel,
                    const MethodDescriptor& method, const Message& request) {
    grpc::GenericStub stub(channel);
    std::string bytes = request.SerializeAsString();
    grpc::Slice slice(bytes);
    grpc::ByteBuffer request_buffer(&slice, 1);
    grpc::ByteBuffer response_buffer;
    grpc::Status status;
    absl::Notification done;
    std::unique_ptr<grpc::ClientContext> context = Context();
    stub.UnaryCall(context.get(),
                   "/" + method.service()->full_name() + "/" + method.name(),
                   grpc::StubOptions(), &request_buffer, &response_buffer,
                   [&](grpc::Status s) {
                     status = std::move(s);
                     done.Notify();
                   });
    done.WaitForNotification();
    return status;
  }
};

TEST_F(ReadmeTest, EveryExampleWorksAsWritten) {
  std::vector<Struct> commands = ReadmeCommands();
  int cli_examples = 0;
  for (const Struct& command : commands) {
    if (Field(command, "verb") != "cli") continue;
    std::vector<std::string> args;
    for (const auto& arg : command.fields().at("args").list_value().values()) {
      args.push_back(arg.string_value());
    }
    EXPECT_EQ(RunCli(args), 0) << "factwire " << absl::StrJoin(args, " ");
    ++cli_examples;
  }
  EXPECT_GE(cli_examples, 10) << "README.md lost its CLI examples";
  // The CLI examples end with a takedown: store the articles again.
  ASSERT_EQ(RunCli({"ingest", "examples/articles"}), 0);
  std::map<int, std::shared_ptr<grpc::Channel>> channels = {
      {50051, ingest_channel_}, {50052, query_channel_}};
  // Links the health messages into the generated pool (nothing else uses them).
  ASSERT_NE(grpc::health::v1::HealthCheckRequest::descriptor(), nullptr);
  const DescriptorPool* pool = DescriptorPool::generated_pool();
  ASSERT_GE(commands.size(), 20u) << "README.md lost its examples";
  int calls = 0;
  for (const Struct& command : commands) {
    const std::string verb = Field(command, "verb");
    if (verb == "cli") continue;
    const int port = static_cast<int>(command.fields().at("port").number_value());
    ASSERT_EQ(channels.count(port), 1u) << "README uses port " << port;
    if (verb == "describe") {
      const std::string symbol = Field(command, "symbol");
      EXPECT_TRUE(pool->FindServiceByName(symbol) != nullptr ||
                  pool->FindMessageTypeByName(symbol) != nullptr)
          << "README describes unknown " << symbol;
      continue;
    }
    if (verb != "call") continue;
    std::string name = Field(command, "method");
    SCOPED_TRACE(name);
    const size_t slash = name.rfind('/');
    ASSERT_NE(slash, std::string::npos);
    name[slash] = '.';
    const MethodDescriptor* method = pool->FindMethodByName(name);
    ASSERT_NE(method, nullptr) << "README calls unknown method";
    const Message* prototype =
        MessageFactory::generated_factory()->GetPrototype(method->input_type());
    for (const auto& json : command.fields().at("messages").list_value().values()) {
      std::unique_ptr<Message> request(prototype->New());
      ASSERT_TRUE(JsonStringToMessage(json.string_value(), request.get()).ok())
          << json.string_value();
      if (method->client_streaming() || method->server_streaming()) continue;
      grpc::Status status = Call(channels[port], *method, *request);
      EXPECT_TRUE(status.ok()) << status.error_code() << ": " << status.error_message()
                               << "\n" << json.string_value();
      ++calls;
    }
  }
  EXPECT_GE(calls, 10);
}

}  // namespace
}  // namespace factwire
