// The `marquee` subcommands. main.cc parses arguments into these structs;
// each Run* prints its answer (a table, or JSON with --json) and returns the
// exit code.

#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cli/cli.h"

namespace CLI {
class App;
}

namespace marquee::cli {

struct BuildArgs {
  std::string imdb_dir;
  std::vector<std::string> movies;
  bool strict = false;
  bool quiet = false;
};
int RunBuild(const GlobalOptions& g, const BuildArgs& args);
int RunVerify(const GlobalOptions& g);
int RunInfo(const GlobalOptions& g);

struct TitleArgs {
  std::string text;
  std::optional<int> year;
  std::vector<std::string> types;
  bool crew = false;
  bool episodes = false;  // cast: list episode-level detail off by default
};
int RunTitle(const GlobalOptions& g, const TitleArgs& args);
int RunCast(const GlobalOptions& g, const TitleArgs& args);

struct PersonArgs {
  std::string text;
  std::vector<std::string> categories;
  std::vector<std::string> types;
  std::string years;  // "A-B", "A-", "-B" or "A"
  bool episodes = false;  // list episodes one by one
};
int RunPerson(const GlobalOptions& g, const PersonArgs& args);
int RunFilmography(const GlobalOptions& g, const PersonArgs& args);

struct SearchArgs {
  std::string query;
  std::vector<std::string> types;  // "title", "person" or title types
  std::optional<int> year;
  size_t limit = 10;
};
int RunSearch(const GlobalOptions& g, const SearchArgs& args);

// Connections (src/cli/graph_commands.cc): costars, shared, path, distances,
// center. They share one argument struct and register themselves.
struct ConnectionArgs {
  std::vector<std::string> people;
  std::vector<std::string> categories, types;
  std::string years;             // "A-B", "A-", "-B" or "A"
  uint32_t min_votes = 0;
  bool adult = false;
  uint32_t limit = 20;           // costars
  uint32_t all = 0;              // path --all N
  uint32_t top = 10;             // center
  unsigned threads = 2;          // center
  uint64_t max_visits = 0;       // 0: the query's default budget
  double timeout = 0;            // seconds; 0: the query's default
};
void AddConnectionCommands(CLI::App& app, ConnectionArgs* args);
// -1 when `name` is not a connection command.
int RunConnectionCommand(const std::string& name, const GlobalOptions& g, const ConnectionArgs& args);

}  // namespace marquee::cli
