#include "imdb/loaders.h"
#include "imdb/tsv_file.h"

namespace marquee::imdb {

Status LoadTitlePrincipals(const std::string& path, const LoadContext& ctx) {
  static const char* const kHeader[] = {"tconst", "ordering", "nconst",
                                        "category", "job", "characters"};
  Catalog& cat = *ctx.catalog;
  std::string characters;
  return ForEachRow(path, kHeader, ctx.report, ctx.progress,
                    [&](const std::string_view* f, uint64_t) -> RowVerdict {
    uint64_t tkey, pkey, ordering;
    if (!ParseId(f[0], "tt", &tkey)) return {"malformed title id", std::string(f[0].substr(0, 40))};
    if (!ParseId(f[2], "nm", &pkey)) return {"malformed person id", std::string(f[2].substr(0, 40))};
    if (!ParseUint(f[1], 0xFFFFFFFu, &ordering)) return {"non-numeric ordering", std::string(f[1].substr(0, 20))};
    uint32_t title = cat.title_rows.Find(tkey);
    if (title == IdMap::kMissing) return {"unknown title id (not in title.basics)", std::string(f[0])};
    uint32_t person = cat.person_rows.Find(pkey);
    if (person == IdMap::kMissing) return {"unknown person id (not in name.basics)", std::string(f[2])};
    if (f[3].empty() || IsNull(f[3])) return {"missing category"};
    format::StringRef chars = 0;
    if (!IsNull(f[5])) {
      if (!ParseCharacters(f[5], &characters)) return {"malformed characters JSON", std::string(f[5].substr(0, 60))};
      chars = cat.strings.Intern(characters);
    }
    uint32_t category, job = 0;
    if (!cat.categories.Code(f[3], &cat.strings, &category)) return {"too many distinct categories"};
    if (!IsNull(f[4]) && !f[4].empty()) {
      if (HasControlChars(f[4])) return {"control character in job"};
      if (!cat.jobs.Code(f[4], &cat.strings, &job)) return {"too many distinct jobs"};
    }
    cat.credits.push_back({title, person, chars, format::MakeRole(category, job),
                           static_cast<uint32_t>(ordering)});
    return RowVerdict::Ok();
  });
}

}  // namespace marquee::imdb
