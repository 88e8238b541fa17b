// generate.h — the whole run: build the World, generate every requested
// file in chunks on a thread pool, write DIR/malformed.tsv.
//
// Promise: output bytes depend only on (seed, scale, malformed, gzip), not
// on the thread count or timing: chunk boundaries are fixed by the entity
// counts and FileSink writes chunks in order. Peak memory is the World
// arrays plus a few 8 MB chunks per thread.
#pragma once
#include <string>
#include <vector>

#include "malformed.h"
#include "marquee/status.h"
#include "world.h"

namespace datagen {

using marquee::Status;

struct FileReport {
  std::string key;   // "basics"
  std::string name;  // "title.basics.tsv" or "title.basics.tsv.gz"
  uint64_t rows = 0, bytes = 0;
  std::vector<BadRow> bad;
};

struct RunReport {
  std::vector<FileReport> files;  // requested files, in FileDefs() order
  uint64_t n_titles = 0, n_people = 0, n_episodes = 0;
  double world_seconds = 0, seconds = 0;
};

// The seven short names accepted by --files, in IMDb's usual order.
const std::vector<std::string>& AllFileKeys();

// Writes the files `cfg` asks for into cfg.out_dir and fills *report.
// InvalidArgument on bad options, IOError when a file cannot be written.
Status Generate(const Config& cfg, RunReport* report);

}  // namespace datagen
