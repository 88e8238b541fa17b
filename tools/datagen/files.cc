// files.cc — column lists and corruption rules per file (see malformed.h).
#include "rows.h"

namespace datagen {

namespace {
constexpr uint32_t bit(BadKind k) { return 1u << k; }
constexpr uint32_t kAlways = bit(kWrongColumns) | bit(kDuplicateId) | bit(kCrlf);
}  // namespace

const std::vector<FileDef>& file_defs() {
  static const std::vector<FileDef> defs = {
      {{"principals", "title.principals.tsv",
        {"tconst", "ordering", "nconst", "category", "job", "characters"},
        {5}, {1}, 5,
        kAlways | bit(kInvalidUtf8) | bit(kNonNumeric) | bit(kBadJson) | bit(kDanglingId),
        false},
       false, 360, gen_principals},
      {{"akas", "title.akas.tsv",
        {"titleId", "ordering", "title", "region", "language", "types", "attributes",
         "isOriginalTitle"},
        {2}, {1, 7}, -1,
        kAlways | bit(kInvalidUtf8) | bit(kNonNumeric) | bit(kDanglingId), false},
       false, 230, gen_akas},
      {{"basics", "title.basics.tsv",
        {"tconst", "titleType", "primaryTitle", "originalTitle", "isAdult", "startYear",
         "endYear", "runtimeMinutes", "genres"},
        {2, 3}, {4, 5, 6, 7}, -1, kAlways | bit(kInvalidUtf8) | bit(kNonNumeric), true},
       false, 85, gen_basics},
      {{"crew", "title.crew.tsv", {"tconst", "directors", "writers"}, {}, {}, -1,
        kAlways | bit(kDanglingId), false},
       false, 35, gen_crew},
      {{"episode", "title.episode.tsv",
        {"tconst", "parentTconst", "seasonNumber", "episodeNumber"}, {}, {2, 3}, -1,
        kAlways | bit(kNonNumeric) | bit(kDanglingId), false},
       false, 30, gen_episode},
      {{"ratings", "title.ratings.tsv", {"tconst", "averageRating", "numVotes"}, {},
        {1, 2}, -1, kAlways | bit(kNonNumeric) | bit(kDanglingId), false},
       false, 4, gen_ratings},
      {{"names", "name.basics.tsv",
        {"nconst", "primaryName", "birthYear", "deathYear", "primaryProfession",
         "knownForTitles"},
        {1}, {2, 3}, -1,
        kAlways | bit(kInvalidUtf8) | bit(kNonNumeric) | bit(kDanglingId), true},
       true, 95, gen_names},
  };
  return defs;
}

}  // namespace datagen
