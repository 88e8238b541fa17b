#include "imdb/loaders.h"
#include "imdb/tsv_file.h"

namespace marquee::imdb {

Status LoadTitleBasics(const std::string& path, const LoadContext& ctx) {
  static const char* const kHeader[] = {"tconst", "titleType", "primaryTitle",
                                        "originalTitle", "isAdult", "startYear",
                                        "endYear", "runtimeMinutes", "genres"};
  Catalog& cat = *ctx.catalog;
  return ForEachRow(path, kHeader, ctx.report, ctx.progress,
                    [&](const std::string_view* f, uint64_t) -> RowVerdict {
    uint64_t key, v;
    if (!ParseId(f[0], "tt", &key)) return {"malformed title id", std::string(f[0].substr(0, 40))};
    if (f[2].empty() || IsNull(f[2])) return {"missing primaryTitle"};
    if (HasControlChars(f[2]) || HasControlChars(f[3])) return {"control character in a title"};
    format::TitleRecord t = Catalog::EmptyTitle();
    if (f[4] == "1") t.flags |= format::kTitleAdult;
    else if (f[4] != "0" && !IsNull(f[4])) return {"isAdult is not 0 or 1", std::string(f[4].substr(0, 20))};
    if (!IsNull(f[5])) {
      if (!ParseUint(f[5], 9999, &v)) return {"non-numeric startYear", std::string(f[5].substr(0, 20))};
      t.start_year = static_cast<uint16_t>(v);
    }
    if (!IsNull(f[6])) {
      if (!ParseUint(f[6], 9999, &v)) return {"non-numeric endYear", std::string(f[6].substr(0, 20))};
      t.end_year = static_cast<uint16_t>(v);
    }
    if (!IsNull(f[7])) {
      if (!ParseUint(f[7], UINT64_MAX, &v)) return {"non-numeric runtimeMinutes", std::string(f[7].substr(0, 20))};
      if (v > kMaxRuntimeMinutes) return {"runtimeMinutes out of range", std::string(f[7])};
      t.runtime = static_cast<uint32_t>(v);
    }
    uint32_t type;
    if (IsNull(f[1]) || f[1].empty()) return {"missing titleType"};
    if (!cat.title_types.Code(f[1], &cat.strings, &type)) return {"too many distinct title types"};
    t.type = static_cast<uint8_t>(type);
    t.primary_title = cat.strings.Add(f[2]);
    t.original_title = (IsNull(f[3]) || f[3] == f[2]) ? t.primary_title : cat.strings.Add(f[3]);
    if (!IsNull(f[8])) t.genres = cat.strings.Intern(CommaListToList(f[8]));
    uint32_t row;
    if (!cat.AddTitle(key, t, &row)) return {"duplicate title id", std::string(f[0])};
    return RowVerdict::Ok();
  });
}

}  // namespace marquee::imdb
