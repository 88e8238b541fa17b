// One loader per IMDb dataset file. Each reads its file into the Catalog
// through ForEachRow, turning ids into rows and rejecting rows it cannot use
// with a reason. They must run in this order, since later files refer to
// rows of earlier ones: basics, names, then any of the others, crew last
// (it only adds the directors and writers principals did not list).

#pragma once

#include <string>

#include "catalog/catalog.h"
#include "catalog/ingest_report.h"
#include "marquee/build.h"

namespace marquee::imdb {

struct LoadContext {
  Catalog* catalog;
  IngestReport* report;
  ProgressSink* progress;  // may be null
};

// title.basics: tconst titleType primaryTitle originalTitle isAdult startYear
// endYear runtimeMinutes genres.
Status LoadTitleBasics(const std::string& path, const LoadContext& ctx);
// name.basics: nconst primaryName birthYear deathYear primaryProfession
// knownForTitles.
Status LoadNameBasics(const std::string& path, const LoadContext& ctx);
// title.principals: tconst ordering nconst category job characters.
Status LoadTitlePrincipals(const std::string& path, const LoadContext& ctx);
// title.crew: tconst directors writers.
Status LoadTitleCrew(const std::string& path, const LoadContext& ctx);
// title.ratings: tconst averageRating numVotes.
Status LoadTitleRatings(const std::string& path, const LoadContext& ctx);
// title.akas: titleId ordering title region language types attributes
// isOriginalTitle.
Status LoadTitleAkas(const std::string& path, const LoadContext& ctx);
// title.episode: tconst parentTconst seasonNumber episodeNumber.
Status LoadTitleEpisode(const std::string& path, const LoadContext& ctx);

// Loads every IMDb file found in `dir` (.tsv or .tsv.gz) in the right order.
// Missing required files, and a file present both as .tsv and .tsv.gz
// (which one is current cannot be told), are an InvalidArgument naming them.
Status LoadImdbDirectory(const std::string& dir, const LoadContext& ctx);

}  // namespace marquee::imdb
