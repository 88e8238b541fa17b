// BuildIndex: the one path from source files to an index file:
// loaders -> Catalog -> Finalize -> IndexBuilder (atomic write).

#include <sys/stat.h>

#include <chrono>
#include <nlohmann/json.hpp>

#include "catalog/catalog.h"
#include "catalog/ingest_report.h"
#include "graph/graph_builder.h"
#include "imdb/loaders.h"
#include "index/format.h"
#include "index/index_builder.h"
#include "marquee/build.h"
#include "moviesjson/movies_json.h"
#include "search/search_index_builder.h"

namespace marquee {

Status BuildIndex(const BuildOptions& options, IngestReport* report, BuildSummary* summary) {
  auto start = std::chrono::steady_clock::now();
  if (options.output.empty()) return Status::InvalidArgument("no output index path given");
  if (options.imdb_dir.empty() && options.movies_files.empty()) {
    return Status::InvalidArgument("nothing to build from: give an IMDb directory and/or movies-JSON files");
  }
  Catalog catalog;
  if (!options.imdb_dir.empty()) {
    imdb::LoadContext ctx{&catalog, report, options.progress};
    MARQUEE_RETURN_IF_ERROR(imdb::LoadImdbDirectory(options.imdb_dir, ctx));
  }
  if (!options.movies_files.empty()) {
    moviesjson::MoviesJsonLoader loader(&catalog, report, options.progress, options.merge_duplicate_names);
    for (const std::string& path : options.movies_files) MARQUEE_RETURN_IF_ERROR(loader.Load(path));
    loader.Finish();
  }
  if (catalog.titles.empty()) {
    return Status::InvalidArgument("the inputs hold no usable titles; nothing written");
  }
  if (options.progress) options.progress->Phase("sorting titles and people");
  MARQUEE_RETURN_IF_ERROR(catalog.Finalize());

  nlohmann::ordered_json meta;
  meta["built_by"] = "marquee " MARQUEE_VERSION;
  meta["format_version"] = format::kFormatVersion;
  nlohmann::ordered_json sources = nlohmann::ordered_json::array();
  uint64_t input_bytes = 0;
  for (const FileReport& f : report->files()) {
    sources.push_back({{"path", f.path}, {"bytes", f.bytes}, {"rows", f.rows_read}, {"kept", f.rows_kept}});
    input_bytes += f.bytes;
  }
  meta["sources"] = sources;
  meta["rows_skipped"] = report->skipped_total();
  // What was skipped, repaired or noticed, by reason with a few examples,
  // so that `info` tells a later reader what the build left out.
  meta["report"] = report->SummaryJson(3);

  BuildSummary local;
  BuildSummary* s = summary ? summary : &local;
  // Modules that add sections of their own register here.
  static const SectionProducer kProducers[] = {
      {graph::ProduceGraphSections, /*needs_credits=*/true},
      {search::BuildSearchSections, /*needs_credits=*/false},
  };
  // A source's file name need not be UTF-8: such bytes become U+FFFD.
  std::string meta_json = meta.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  MARQUEE_RETURN_IF_ERROR(IndexBuilder::Write(&catalog, meta_json, options.output, kProducers, options.progress, s));
  s->input_bytes = input_bytes;
  s->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return Status::OK();
}

}  // namespace marquee
