#include "imdb/loaders.h"
#include "imdb/principal_orderings.h"
#include "imdb/tsv_file.h"

namespace marquee::imdb {

namespace {
// What the reader thread parses from a principals row.
struct Principal {
  uint64_t title_key = 0, person_key = 0, ordering = 0;
  bool has_characters = false;
  std::string characters;  // decoded, kListSeparator-joined
};
}  // namespace

Status LoadTitlePrincipals(const std::string& path, const LoadContext& ctx) {
  static const char* const kHeader[] = {"tconst", "ordering", "nconst",
                                        "category", "job", "characters"};
  Catalog& cat = *ctx.catalog;
  auto prepare = [](const std::string_view* f, Principal* p) -> RowVerdict {
    p->has_characters = false;
    if (!ParseId(f[0], "tt", &p->title_key)) return {"malformed title id", std::string(f[0].substr(0, 40))};
    if (!ParseId(f[2], "nm", &p->person_key)) return {"malformed person id", std::string(f[2].substr(0, 40))};
    if (!ParseUint(f[1], 0xFFFFFFFu, &p->ordering)) return {"non-numeric ordering", std::string(f[1].substr(0, 20))};
    if (f[3].empty() || IsNull(f[3])) return {"missing category"};
    if (!IsNull(f[4]) && HasControlChars(f[4])) return {"control character in job"};
    if (!IsNull(f[5])) {
      if (!ParseCharacters(f[5], &p->characters)) return {"malformed characters JSON", std::string(f[5].substr(0, 60))};
      p->has_characters = true;
    }
    return RowVerdict::Ok();
  };
  PrincipalOrderings billed(&cat.credits, cat.credits.size(), cat.titles.size());
  auto apply = [&](const std::string_view* f, const Principal& p, uint64_t) -> RowVerdict {
    uint32_t title = cat.title_rows.Find(p.title_key);
    if (title == IdMap::kMissing) return {"unknown title id (not in title.basics)", std::string(f[0])};
    uint32_t ordering = static_cast<uint32_t>(p.ordering);
    if (billed.Contains(title, ordering))
      return {"duplicate principal (same title and ordering)", std::string(f[0]) + " #" + std::string(f[1])};
    uint32_t person = cat.person_rows.Find(p.person_key);
    if (person == IdMap::kMissing) return {"unknown person id (not in name.basics)", std::string(f[2])};
    uint32_t category, job = 0;
    if (!cat.categories.Code(f[3], &cat.strings, &category)) return {"too many distinct categories"};
    if (!IsNull(f[4]) && !f[4].empty() && !cat.jobs.Code(f[4], &cat.strings, &job)) return {"too many distinct jobs"};
    format::StringRef chars = p.has_characters ? cat.strings.Intern(p.characters) : 0;
    cat.credits.push_back({title, person, chars, format::MakeRole(category, job), ordering});
    billed.Add(title, ordering);
    return RowVerdict::Ok();
  };
  return ForEachRow<6, Principal>(path, kHeader, ctx.report, ctx.progress, prepare, apply);
}

}  // namespace marquee::imdb
