#include "imdb/loaders.h"
#include "imdb/tsv_file.h"

namespace marquee::imdb {

Status LoadNameBasics(const std::string& path, const LoadContext& ctx) {
  static const char* const kHeader[] = {"nconst", "primaryName", "birthYear", "deathYear",
                                        "primaryProfession", "knownForTitles"};
  Catalog& cat = *ctx.catalog;
  return ForEachRow(path, kHeader, ctx.report, ctx.progress,
                    [&](const std::string_view* f, uint64_t line) -> RowVerdict {
    uint64_t key, v;
    if (!ParseId(f[0], "nm", &key)) return {"malformed person id", std::string(f[0].substr(0, 40))};
    if (f[1].empty() || IsNull(f[1])) return {"missing primaryName"};
    if (HasControlChars(f[1])) return {"control character in a name"};
    format::PersonRecord p = Catalog::EmptyPerson();
    if (!IsNull(f[2])) {
      if (!ParseUint(f[2], 9999, &v)) return {"non-numeric birthYear", std::string(f[2].substr(0, 20))};
      p.birth_year = static_cast<uint16_t>(v);
    }
    if (!IsNull(f[3])) {
      if (!ParseUint(f[3], 9999, &v)) return {"non-numeric deathYear", std::string(f[3].substr(0, 20))};
      p.death_year = static_cast<uint16_t>(v);
    }
    if (!IsNull(f[4]) && !f[4].empty()) p.professions = cat.strings.Intern(CommaListToList(f[4]));
    if (!IsNull(f[5]) && !f[5].empty()) {
      std::string_view rest = f[5];
      int k = 0;
      while (!rest.empty()) {
        size_t comma = rest.find(',');
        std::string_view id = rest.substr(0, comma);
        rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
        uint64_t tkey;
        if (!ParseId(id, "tt", &tkey)) return {"malformed id in knownForTitles", std::string(id.substr(0, 40))};
        uint32_t row = cat.title_rows.Find(tkey);
        if (row == IdMap::kMissing) {
          ctx.report->Dropped(path, line, "knownForTitles names a title not in title.basics");
        } else if (k < 4) {
          p.known_for[k++] = row;
        }
      }
    }
    p.name = cat.strings.Add(f[1]);
    uint32_t row;
    if (!cat.AddPerson(key, p, &row)) return {"duplicate person id", std::string(f[0])};
    return RowVerdict::Ok();
  });
}

}  // namespace marquee::imdb
