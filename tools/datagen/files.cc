// files.cc — column lists and corruption rules per file (see malformed.h).
#include "rows.h"

namespace datagen {

namespace {
constexpr uint32_t Bit(BadKind k) { return 1u << k; }
constexpr uint32_t kAlways = Bit(kWrongColumns) | Bit(kDuplicateId) | Bit(kCrlf);
}  // namespace

const std::vector<FileDef>& FileDefs() {
  static const std::vector<FileDef> defs = {
      {{"principals", "title.principals.tsv",
        {"tconst", "ordering", "nconst", "category", "job", "characters"},
        {5}, {1}, 5,
        kAlways | Bit(kInvalidUtf8) | Bit(kNonNumeric) | Bit(kBadJson) | Bit(kDanglingId),
        false},
       false, 360, GenPrincipals},
      {{"akas", "title.akas.tsv",
        {"titleId", "ordering", "title", "region", "language", "types", "attributes",
         "isOriginalTitle"},
        {2}, {1, 7}, -1,
        kAlways | Bit(kInvalidUtf8) | Bit(kNonNumeric) | Bit(kDanglingId), false},
       false, 230, GenAkas},
      {{"basics", "title.basics.tsv",
        {"tconst", "titleType", "primaryTitle", "originalTitle", "isAdult", "startYear",
         "endYear", "runtimeMinutes", "genres"},
        {2, 3}, {4, 5, 6, 7}, -1, kAlways | Bit(kInvalidUtf8) | Bit(kNonNumeric), true},
       false, 85, GenBasics},
      {{"crew", "title.crew.tsv", {"tconst", "directors", "writers"}, {}, {}, -1,
        kAlways | Bit(kDanglingId), false},
       false, 35, GenCrew},
      {{"episode", "title.episode.tsv",
        {"tconst", "parentTconst", "seasonNumber", "episodeNumber"}, {}, {2, 3}, -1,
        kAlways | Bit(kNonNumeric) | Bit(kDanglingId), false},
       false, 30, GenEpisode},
      {{"ratings", "title.ratings.tsv", {"tconst", "averageRating", "numVotes"}, {},
        {1, 2}, -1, kAlways | Bit(kNonNumeric) | Bit(kDanglingId), false},
       false, 4, GenRatings},
      {{"names", "name.basics.tsv",
        {"nconst", "primaryName", "birthYear", "deathYear", "primaryProfession",
         "knownForTitles"},
        {1}, {2, 3}, -1,
        kAlways | Bit(kInvalidUtf8) | Bit(kNonNumeric) | Bit(kDanglingId), true},
       true, 95, GenNames},
  };
  return defs;
}

}  // namespace datagen
