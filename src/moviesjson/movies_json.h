// The movies-JSON loader (docs/movies_json.md): a name-keyed format in which
// a film lists its cast and crew by name. Each distinct name (after NFC
// normalisation) becomes one person, each film one title; both get stable
// derived ids (mt…/mn…), computed from the title and year or the name, so
// rebuilding the same files yields the same ids.

#pragma once

#include <string>
#include <unordered_map>

#include "catalog/catalog.h"
#include "catalog/ingest_report.h"
#include "marquee/build.h"

namespace marquee::moviesjson {

class MoviesJsonLoader {
 public:
  MoviesJsonLoader(Catalog* catalog, IngestReport* report, ProgressSink* progress)
      : catalog_(catalog), report_(report), progress_(progress) {}

  // Loads one file (.json or .json.gz). Call for every file of a build, in
  // order, on the same loader: people are shared across files.
  Status Load(const std::string& path);

 private:
  class FilmReader;
  uint32_t PersonRow(const std::string& name);
  uint64_t FreeKey(uint64_t hash, bool person);

  Catalog* catalog_;
  IngestReport* report_;
  ProgressSink* progress_;
  std::unordered_map<std::string, uint32_t> people_;   // NFC name -> row
  std::unordered_map<std::string, uint32_t> title_seen_;  // title|year -> count
};

}  // namespace marquee::moviesjson
