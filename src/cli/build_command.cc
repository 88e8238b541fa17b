// `marquee build`: reads the inputs, shows progress on a terminal, writes the
// index atomically and ends with a summary of what was read and skipped.
// `marquee verify`: every module's checks of an index, the core's first.

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fmt/format.h>
#include <iostream>
#include <mutex>

#include "cli/cli.h"
#include "marquee/build.h"
#include "marquee/verify.h"
#include "render/build_report.h"
#include "render/text_parts.h"

namespace marquee::cli {
namespace {

std::string Base(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// One status line per input on stderr, redrawn in place: bytes of total,
// rows/s and an estimate of the time left.
class TerminalProgress : public ProgressSink {
 public:
  void Started(const std::string& path, uint64_t total) override {
    std::lock_guard<std::mutex> l(mu_);
    total_ = total;
    start_ = std::chrono::steady_clock::now();
  }
  void Advanced(const std::string& path, uint64_t done, uint64_t rows) override {
    std::lock_guard<std::mutex> l(mu_);
    double s = Elapsed();
    double rate = s > 0 ? rows / s : 0;
    double frac = total_ ? static_cast<double>(done) / static_cast<double>(total_) : 0;
    double eta = frac > 0.01 ? s / frac - s : 0;
    std::fprintf(stderr, "\r\033[K  %-24s %5.1f%% of %s  %8.0f rows/s  ETA %3.0fs", Base(path).c_str(),
                 100 * frac, HumanBytes(total_).c_str(), rate, eta);
    std::fflush(stderr);
  }
  void Finished(const std::string& path, uint64_t rows, double seconds) override {
    std::lock_guard<std::mutex> l(mu_);
    std::fprintf(stderr, "\r\033[K  %-24s %12s rows  %6.1fs\n", Base(path).c_str(),
                 fmt::format("{:L}", rows).c_str(), seconds);
  }
  void Phase(const std::string& what) override {
    std::lock_guard<std::mutex> l(mu_);
    std::fprintf(stderr, "\r\033[K  %s…\n", what.c_str());
  }

 private:
  double Elapsed() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  }
  std::mutex mu_;
  uint64_t total_ = 0;
  std::chrono::steady_clock::time_point start_;
};

}  // namespace

int RunBuild(const GlobalOptions& g, const BuildArgs& args) {
  BuildOptions options;
  options.imdb_dir = args.imdb_dir;
  options.movies_files = args.movies;
  options.output = g.index_path;
  options.strict = args.strict;
  options.merge_duplicate_names = args.merge_duplicate_names;
  TerminalProgress progress;
  bool tty = isatty(STDERR_FILENO);
  if (tty && !args.quiet && !g.json) options.progress = &progress;
  IngestReport report(args.strict);
  BuildSummary summary;
  Status s = BuildIndex(options, &report, &summary);
  return Emit(RenderBuild(s, g.index_path, report, summary, args.quiet, g.json));
}

int RunVerify(const GlobalOptions& g) {
  std::unique_ptr<Index> index;
  if (Status s = Index::Open(g.index_path, &index); !s.ok())
    return Emit(RenderFailure(s, s.code() == Status::Code::kIOError ? OpenIndexHint() : "", g.json));
  return Emit(RenderVerify(*index, VerifyIndex(*index), g.json));
}

}  // namespace marquee::cli
