#include "imdb/loaders.h"
#include "imdb/tsv_file.h"

namespace marquee::imdb {

Status LoadTitleRatings(const std::string& path, const LoadContext& ctx) {
  static const char* const kHeader[] = {"tconst", "averageRating", "numVotes"};
  Catalog& cat = *ctx.catalog;
  return ForEachRow(path, kHeader, ctx.report, ctx.progress,
                    [&](const std::string_view* f, uint64_t) -> RowVerdict {
    uint64_t tkey, votes;
    uint8_t rating;
    if (!ParseId(f[0], "tt", &tkey)) return {"malformed title id", std::string(f[0].substr(0, 40))};
    if (!ParseRating(f[1], &rating)) return {"averageRating is not a number from 1.0 to 10.0", std::string(f[1].substr(0, 20))};
    if (!ParseUint(f[2], 0xFFFFFFFFu, &votes)) return {"non-numeric numVotes", std::string(f[2].substr(0, 20))};
    uint32_t title = cat.title_rows.Find(tkey);
    if (title == IdMap::kMissing) return {"unknown title id (not in title.basics)", std::string(f[0])};
    if (cat.titles[title].rating10 != 0) return {"duplicate rating for a title", std::string(f[0])};
    cat.titles[title].rating10 = rating;
    cat.titles[title].votes = static_cast<uint32_t>(votes);
    return RowVerdict::Ok();
  });
}

}  // namespace marquee::imdb
