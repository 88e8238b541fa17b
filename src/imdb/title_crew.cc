#include <algorithm>

#include "imdb/loaders.h"
#include "imdb/tsv_file.h"

namespace marquee::imdb {

// Directors and writers that title.principals already lists for a title keep
// their principal credit; the others are appended after the principals, in
// the crew file's order, so no one is credited twice for the same role.
Status LoadTitleCrew(const std::string& path, const LoadContext& ctx) {
  static const char* const kHeader[] = {"tconst", "directors", "writers"};
  Catalog& cat = *ctx.catalog;
  uint32_t director, writer;
  if (!cat.categories.Code("director", &cat.strings, &director) ||
      !cat.categories.Code("writer", &cat.strings, &writer))
    return Status::NotSupported("too many distinct categories");

  // (title, person, category) of every principal director and writer,
  // sorted, for the duplicate check.
  struct Key {
    uint32_t title, person;
    uint32_t category;
    bool operator<(const Key& o) const {
      return std::tie(title, person, category) < std::tie(o.title, o.person, o.category);
    }
  };
  std::vector<Key> existing;
  for (const auto& c : cat.credits) {
    uint32_t category = format::RoleCategory(c.role);
    if (category == director || category == writer) existing.push_back({c.title, c.person, category});
  }
  std::sort(existing.begin(), existing.end());
  std::vector<bool> seen(cat.titles.size(), false);
  return ForEachRow(path, kHeader, ctx.report, ctx.progress,
                    [&](const std::string_view* f, uint64_t line) -> RowVerdict {
    uint64_t tkey;
    if (!ParseId(f[0], "tt", &tkey)) return {"malformed title id", std::string(f[0].substr(0, 40))};
    uint32_t title = cat.title_rows.Find(tkey);
    if (title == IdMap::kMissing) return {"unknown title id (not in title.basics)", std::string(f[0])};
    if (seen[title]) return {"duplicate title id", std::string(f[0])};
    // Validate both lists before adding anything, so a bad row adds nothing.
    std::vector<std::pair<uint32_t, uint32_t>> add;  // (person, category)
    for (int col = 1; col <= 2; ++col) {
      if (IsNull(f[col]) || f[col].empty()) continue;
      uint32_t category = col == 1 ? director : writer;
      std::string_view rest = f[col];
      while (!rest.empty()) {
        size_t comma = rest.find(',');
        std::string_view id = rest.substr(0, comma);
        rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
        uint64_t pkey;
        if (!ParseId(id, "nm", &pkey)) return {"malformed person id", std::string(id.substr(0, 40))};
        uint32_t person = cat.person_rows.Find(pkey);
        if (person == IdMap::kMissing) {
          ctx.report->Dropped(path, line, "crew names a person not in name.basics");
          continue;
        }
        if (std::binary_search(existing.begin(), existing.end(), Key{title, person, category})) continue;
        if (std::find(add.begin(), add.end(), std::make_pair(person, category)) != add.end()) continue;
        add.emplace_back(person, category);
      }
    }
    seen[title] = true;
    uint32_t ordering = 1u << 20;  // after every principal
    for (auto [person, category] : add) {
      cat.credits.push_back({title, person, 0, format::MakeRole(category, 0), ordering++});
    }
    return RowVerdict::Ok();
  });
}

}  // namespace marquee::imdb
