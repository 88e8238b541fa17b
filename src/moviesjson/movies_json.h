// The movies-JSON loader (docs/movies_json.md): a name-keyed format in which
// a film lists its cast and crew by name. Each distinct name (after NFC
// normalisation and trimming) becomes one person, each film one title; both
// get stable derived ids (mt…/mn…), computed from the title and year or the
// name, so rebuilding the same files yields the same ids.
//
// A film whose fields do not have their documented types is a bad row
// (IngestReport::Bad at its line, with its array index); a cast or crew
// entry that is empty or not a name (catalog/name_check.h) is skipped and
// reported the same way while the rest of its film is kept. Finish()
// reports probable duplicate names and homonyms (catalog/name_audit.h).

#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "catalog/catalog.h"
#include "catalog/ingest_report.h"
#include "marquee/build.h"

namespace marquee::moviesjson {

struct Film;

class MoviesJsonLoader {
 public:
  // `merge_duplicate_names`: see BuildOptions.
  MoviesJsonLoader(Catalog* catalog, IngestReport* report, ProgressSink* progress,
                   bool merge_duplicate_names = false)
      : catalog_(catalog), report_(report), progress_(progress), merge_duplicate_names_(merge_duplicate_names) {}

  // Loads one file (.json or .json.gz). Call for every file of a build, in
  // order, on the same loader: people are shared across files.
  Status Load(const std::string& path);
  // After the last Load and before Catalog::Finalize(): the findings that
  // need every file (duplicate names, homonyms), and merges if asked.
  void Finish();

 private:
  // Where a film is in its file: reported with every finding about it.
  struct Position {
    const std::string* path;
    uint64_t line;
    size_t index;  // in the top-level array
  };
  struct Seen {
    uint32_t row;
    uint32_t file;   // index into files_
    uint64_t line;
  };

  // The codes of a film's title type and credit roles ("" or the reason
  // the film is a bad row): checked before anything of the film is added.
  struct Codes {
    uint32_t type = 0;
    std::vector<uint32_t> roles;  // per credit, format::MakeRole
  };
  std::string CodeVocabularies(const Film& film, Codes* codes);
  // Adds a read film, skipping (and reporting) credits that are not names.
  Status AddFilm(const Film& film, const Codes& codes, const Position& at);
  uint32_t PersonRow(const std::string& name, const Position& at);
  uint64_t FreeKey(uint64_t hash, bool person);

  Catalog* catalog_;
  IngestReport* report_;
  ProgressSink* progress_;
  bool merge_duplicate_names_;
  std::vector<std::string> files_;                        // paths loaded
  std::unordered_map<std::string, Seen> people_;          // NFC name -> row
  std::unordered_map<std::string, uint32_t> title_seen_;  // title|year -> count
};

}  // namespace marquee::moviesjson
