// `marquee build`: reads the inputs, shows progress on a terminal, writes the
// index atomically and ends with a summary of what was read and skipped.
// `marquee verify`: every module's checks of an index, the core's first.

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fmt/format.h>
#include <iostream>
#include <mutex>
#include <thread>

#include "catalog/ingest_report.h"
#include "cli/commands.h"
#include "marquee/build.h"
#include "marquee/graph.h"
#include "marquee/search.h"
#include "render/json.h"

namespace marquee::cli {
namespace {

std::string Bytes(uint64_t b) {
  const char* unit[] = {"B", "KiB", "MiB", "GiB", "TiB"};
  double v = static_cast<double>(b);
  int u = 0;
  while (v >= 1024 && u < 4) v /= 1024, ++u;
  return u == 0 ? fmt::format("{} B", b) : fmt::format("{:.1f} {}", v, unit[u]);
}

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
                 100 * frac, Bytes(total_).c_str(), rate, eta);
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

void PrintIssues(const char* title, const std::map<std::string, IssueCount>& issues) {
  if (issues.empty()) return;
  std::cerr << title << "\n";
  for (const auto& [reason, c] : issues) {
    std::cerr << fmt::format("  {:>10}  {}\n", c.count, reason);
    for (const std::string& e : c.examples) std::cerr << "              " << e << "\n";
  }
}

Json IssuesJson(const std::map<std::string, IssueCount>& issues) {
  Json a = Json::array();
  for (const auto& [reason, c] : issues) a.push_back({{"reason", reason}, {"count", c.count}, {"examples", c.examples}});
  return a;
}

}  // namespace

int RunBuild(const GlobalOptions& g, const BuildArgs& args) {
  BuildOptions options;
  options.imdb_dir = args.imdb_dir;
  options.movies_files = args.movies;
  options.output = g.index_path;
  options.strict = args.strict;
  TerminalProgress progress;
  bool tty = isatty(STDERR_FILENO);
  if (tty && !args.quiet && !g.json) options.progress = &progress;
  IngestReport report(args.strict);
  BuildSummary summary;
  Status s = BuildIndex(options, &report, &summary);

  if (g.json) {
    Json j;
    j["ok"] = s.ok();
    if (!s.ok()) j["error"] = s.message();
    j["index"] = g.index_path;
    Json files = Json::array();
    for (const FileReport& f : report.files())
      files.push_back({{"path", f.path}, {"bytes", f.bytes}, {"rows", f.rows_read}, {"kept", f.rows_kept}, {"seconds", f.seconds}});
    j["files"] = files;
    j["skipped"] = IssuesJson(report.skipped());
    j["repaired"] = IssuesJson(report.repaired());
    j["dropped_references"] = IssuesJson(report.dropped());
    j["noticed"] = IssuesJson(report.noticed());
    if (s.ok()) {
      j["titles"] = summary.titles;
      j["people"] = summary.people;
      j["credits"] = summary.credits;
      j["akas"] = summary.akas;
      j["episodes"] = summary.episodes;
      j["index_bytes"] = summary.index_bytes;
      j["input_bytes"] = summary.input_bytes;
      j["seconds"] = summary.seconds;
    }
    PrintJson(j);
    return s.ok() ? kOk : kError;
  }
  if (!args.quiet) {
    PrintIssues("skipped rows:", report.skipped());
    PrintIssues("repaired rows (kept):", report.repaired());
    PrintIssues("dropped references (row kept):", report.dropped());
    PrintIssues("noticed (rows kept):", report.noticed());
  }
  if (!s.ok()) {
    std::cerr << "marquee: build failed: " << s.message() << "\n";
    std::cerr << "marquee: no index written; " << g.index_path << " is unchanged\n";
    if (!args.strict) return kError;
    std::cerr << "hint: without --strict, bad rows are skipped and counted instead\n";
    return kError;
  }
  if (!args.quiet) {
    std::cerr << fmt::format(
        "built {} in {:.1f}s: {} titles, {} people, {} credits, {} alternate titles, {} episodes\n"
        "index {} (inputs {} on disk); {} rows skipped\n",
        g.index_path, summary.seconds, summary.titles, summary.people, summary.credits, summary.akas,
        summary.episodes, Bytes(summary.index_bytes), Bytes(summary.input_bytes), report.skipped_total());
  }
  return kOk;
}

namespace {

// What `verify` checks, module by module, for each module whose sections
// the index holds: the core first (every section's checksum, then the core
// invariants), then each module with sections and a Verify of its own.
struct ModuleCheck {
  const char* name;
  bool (*present)(const Index&);
  Status (*verify)(const Index&);
};

Status VerifyGraph(const Index& index) {
  std::unique_ptr<Graph> graph;
  MARQUEE_RETURN_IF_ERROR(Graph::Open(index, &graph));
  return graph->Verify();
}

Status VerifySearch(const Index& index) {
  std::unique_ptr<Searcher> searcher;
  MARQUEE_RETURN_IF_ERROR(Searcher::Open(index, &searcher));
  return searcher->Verify();
}

constexpr ModuleCheck kModuleChecks[] = {
    {"core", [](const Index&) { return true; }, [](const Index& index) { return index.Verify(); }},
    {"graph", Graph::Present, VerifyGraph},
    {"search", Searcher::Present, VerifySearch},
};

}  // namespace

int RunVerify(const GlobalOptions& g) {
  std::unique_ptr<Index> index;
  int code;
  if (!OpenIndex(g, &index, &code)) return code;
  auto start = std::chrono::steady_clock::now();
  // The modules' checks read different sections and wait on memory more
  // than on the processor, so they run side by side; failures are reported
  // in module order, the core's (checksums included) first.
  std::vector<const ModuleCheck*> checks;
  for (const ModuleCheck& m : kModuleChecks)
    if (m.present(*index)) checks.push_back(&m);
  std::vector<Status> results(checks.size());
  std::vector<double> seconds(checks.size());
  auto run = [&](size_t i) {
    auto begin = std::chrono::steady_clock::now();
    results[i] = checks[i]->verify(*index);
    seconds[i] = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
  };
  std::vector<std::thread> threads;
  for (size_t i = 1; i < checks.size(); ++i) threads.emplace_back(run, i);
  run(0);
  for (std::thread& t : threads) t.join();
  std::vector<std::string> modules;
  Json module_seconds = Json::object();
  Status s;
  for (size_t i = 0; i < checks.size(); ++i) {
    modules.push_back(checks[i]->name);
    module_seconds[checks[i]->name] = seconds[i];
    if (s.ok()) s = results[i];
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (g.json) {
    PrintJson(Json({{"ok", s.ok()}, {"error", s.ok() ? Json(nullptr) : Json(s.message())}, {"seconds", secs},
                    {"modules", modules}, {"module_seconds", module_seconds}}));
  } else if (s.ok()) {
    IndexStats st = index->stats();
    std::cout << fmt::format("{}: OK ({} titles, {} people, {} credits; all checksums and the invariants of {} "
                             "hold, {:.2f}s)\n",
                             g.index_path, st.titles, st.people, st.credits, fmt::join(modules, ", "), secs);
  } else {
    std::cerr << "marquee: " << s.message() << "\nhint: rebuild the index with `marquee build`\n";
  }
  return s.ok() ? kOk : kError;
}

}  // namespace marquee::cli
