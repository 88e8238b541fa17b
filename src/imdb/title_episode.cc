#include "imdb/loaders.h"
#include "imdb/tsv_file.h"

namespace marquee::imdb {

Status LoadTitleEpisode(const std::string& path, const LoadContext& ctx) {
  static const char* const kHeader[] = {"tconst", "parentTconst", "seasonNumber", "episodeNumber"};
  Catalog& cat = *ctx.catalog;
  return ForEachRow(path, kHeader, ctx.report, ctx.progress,
                    [&](const std::string_view* f, uint64_t) -> RowVerdict {
    uint64_t ekey, skey, season = format::kNoSeason, number = format::kNone;
    if (!ParseId(f[0], "tt", &ekey)) return {"malformed title id", std::string(f[0].substr(0, 40))};
    if (!ParseId(f[1], "tt", &skey)) return {"malformed parent title id", std::string(f[1].substr(0, 40))};
    if (!IsNull(f[2]) && !ParseUint(f[2], format::kNoSeason - 1, &season))
      return {"non-numeric seasonNumber", std::string(f[2].substr(0, 20))};
    if (!IsNull(f[3]) && !ParseUint(f[3], format::kNone - 1, &number))
      return {"non-numeric episodeNumber", std::string(f[3].substr(0, 20))};
    uint32_t episode = cat.title_rows.Find(ekey);
    if (episode == IdMap::kMissing) return {"unknown title id (not in title.basics)", std::string(f[0])};
    uint32_t series = cat.title_rows.Find(skey);
    if (series == IdMap::kMissing) return {"unknown parent title id (not in title.basics)", std::string(f[1])};
    if (series == episode) return {"episode is its own parent", std::string(f[0])};
    format::TitleRecord& t = cat.titles[episode];
    if (t.parent != format::kNone) return {"duplicate episode row", std::string(f[0])};
    t.parent = series;
    t.season = static_cast<uint16_t>(season);
    t.episode_number = static_cast<uint32_t>(number);
    return RowVerdict::Ok();
  });
}

}  // namespace marquee::imdb
