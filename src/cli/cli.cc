#include "cli/cli.h"

#include <cstdio>

namespace marquee::cli {

int Emit(const Rendered& r) {
  // Notes come first: a guessed name is said before the answer it gave.
  std::fwrite(r.err.data(), 1, r.err.size(), stderr);
  std::fflush(stderr);
  std::fwrite(r.out.data(), 1, r.out.size(), stdout);
  return r.exit_code;
}

}  // namespace marquee::cli
