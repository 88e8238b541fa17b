// The `marquee` command: flags become a Request (marquee/request.h) through
// the one option parser, the Engine answers it, src/render prints it. Only
// `build` and `verify` do more here: they show progress and a report.

#pragma once

#include <string>
#include <vector>

#include "render/answer.h"

namespace marquee::cli {

struct GlobalOptions {
  std::string index_path;  // --index, $MARQUEE_INDEX, or "marquee.idx"
  bool json = false;       // --json
};

// Writes a rendering to stdout and stderr; returns its exit code.
int Emit(const Rendered& r);

struct BuildArgs {
  std::string imdb_dir;
  std::vector<std::string> movies;
  bool strict = false;
  bool quiet = false;
  bool merge_duplicate_names = false;
};
int RunBuild(const GlobalOptions& g, const BuildArgs& args);
int RunVerify(const GlobalOptions& g);

}  // namespace marquee::cli
