// The `marquee` subcommands. main.cc parses arguments into these structs;
// each Run* prints its answer (a table, or JSON with --json) and returns the
// exit code.

#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cli/cli.h"

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

}  // namespace marquee::cli
