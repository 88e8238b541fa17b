// Building an index: BuildIndex() reads IMDb TSV files and/or movies-JSON
// files and writes one index file atomically (a temporary file beside the
// target, fsync'd, then renamed), so a failed or interrupted build leaves the
// previous index as it was.

#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "marquee/status.h"

namespace marquee {

class IngestReport;

// Receives progress while a build reads its inputs. Called from loader
// threads, at most a few times per second per input.
class ProgressSink {
 public:
  virtual ~ProgressSink() = default;
  virtual void Started(const std::string& path, uint64_t bytes_total) = 0;
  virtual void Advanced(const std::string& path, uint64_t bytes_done, uint64_t rows) = 0;
  virtual void Finished(const std::string& path, uint64_t rows, double seconds) = 0;
  virtual void Phase(const std::string& what) = 0;
};

struct BuildOptions {
  // A directory with IMDb's title.basics, name.basics and title.principals
  // (required) and title.crew, title.ratings, title.akas, title.episode
  // (optional), each .tsv or .tsv.gz. Empty: no IMDb input.
  std::string imdb_dir;
  // Movies-JSON files (docs/movies_json.md), .json or .json.gz.
  std::vector<std::string> movies_files;
  std::string output;          // the index file to write
  bool strict = false;         // stop at the first bad row
  size_t max_examples = 5;     // examples kept per skip reason
  // Movies-JSON: names that differ only in case, accents, quotes or
  // punctuation ("Robert Downey, Jr." / "Robert Downey Jr.") are one person,
  // under the most-credited spelling. Off: they stay apart; either way the
  // build reports them as probable duplicates.
  bool merge_duplicate_names = false;
  ProgressSink* progress = nullptr;
};

struct BuildSummary {
  uint64_t titles = 0, people = 0, credits = 0, akas = 0, episodes = 0;
  uint64_t index_bytes = 0;
  uint64_t input_bytes = 0;    // the inputs' size on disk (compressed if .gz)
  double seconds = 0;
};

// Builds the index. On failure nothing is written at options.output. The
// report lists what was read and skipped, also when the build fails.
Status BuildIndex(const BuildOptions& options, IngestReport* report, BuildSummary* summary);

}  // namespace marquee
