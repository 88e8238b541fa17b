// main.cc — marquee-datagen command line: parse options, run Generate(),
// print rows written per file and the malformed lines.
#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include <map>
#include <sstream>

#include "generate.h"

int main(int argc, char** argv) {
  datagen::Config cfg;
  std::string files;
  CLI::App app{"marquee-datagen: synthetic IMDb-format TSV files (all seven datasets)"};
  app.add_option("--out", cfg.out_dir, "output directory (created if missing)")->required();
  app.add_option("--scale", cfg.scale, "1.0 = February 2026 full dump (~12.3M titles, ~15.1M people)")
      ->default_val(1.0);
  app.add_option("--seed", cfg.seed, "random seed; same seed + scale => same bytes")->default_val(42);
  app.add_flag("--gzip", cfg.gzip, "write .tsv.gz (ISA-L deflate level 1)");
  app.add_option("--malformed", cfg.malformed,
                 "fraction of rows to corrupt per file (0..0.5); listed in DIR/malformed.tsv")
      ->default_val(0.0);
  app.add_option("--files", files, "comma list of: basics,names,principals,crew,ratings,akas,episode");
  app.add_option("--threads", cfg.threads, "worker threads (0 = all cores)")->default_val(0);
  app.add_flag("--quiet", cfg.quiet, "print nothing but errors");
  CLI11_PARSE(app, argc, argv);
  std::stringstream ss(files);
  for (std::string f; std::getline(ss, f, ',');)
    if (!f.empty()) cfg.files.push_back(f);

  datagen::RunReport rep;
  datagen::Status s = datagen::Generate(cfg, &rep);
  if (!s.ok()) {
    fmt::print(stderr, "marquee-datagen: {}\n", s.message());
    return 1;
  }
  if (cfg.quiet) return 0;

  fmt::print("scale {} seed {}: {} titles ({} episodes), {} people; world {:.1f}s, total {:.1f}s\n",
             cfg.scale, cfg.seed, rep.n_titles, rep.n_episodes, rep.n_people,
             rep.world_seconds, rep.seconds);
  fmt::print("{:<26} {:>12} {:>10} {:>10}\n", "file", "rows", "malformed", "MB");
  uint64_t total_bad = 0;
  for (const auto& f : rep.files) {
    fmt::print("{:<26} {:>12} {:>10} {:>10.1f}\n", f.name, f.rows, f.bad.size(), f.bytes / 1e6);
    total_bad += f.bad.size();
  }
  if (cfg.malformed <= 0) return 0;
  // Every corrupted line is in DIR/malformed.tsv; print them when few,
  // otherwise counts per file and kind.
  fmt::print("{} malformed rows -> {}/malformed.tsv\n", total_bad, cfg.out_dir);
  if (total_bad <= 50) {
    for (const auto& f : rep.files)
      for (const auto& b : f.bad)
        fmt::print("  {}:{} {} ({})\n", f.name, b.line, datagen::kBadKindNames[b.kind], b.detail);
    return 0;
  }
  for (const auto& f : rep.files) {
    std::map<std::string, uint64_t> by_kind;
    for (const auto& b : f.bad) ++by_kind[datagen::kBadKindNames[b.kind]];
    std::string line;
    for (const auto& [k, n] : by_kind) line += fmt::format(" {}={}", k, n);
    fmt::print("  {}:{}\n", f.name, line);
  }
  return 0;
}
