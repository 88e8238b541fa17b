#include "imdb/loaders.h"
#include "imdb/tsv_file.h"

namespace marquee::imdb {

namespace {
// What the reader thread parses from a name.basics row.
struct Name {
  uint64_t key = 0;
  format::PersonRecord record = Catalog::EmptyPerson();
  uint64_t known_for[8];            // title keys; IMDb lists at most 4
  int known_for_count = 0;
  std::string professions;          // kListSeparator-joined
};
}  // namespace

Status LoadNameBasics(const std::string& path, const LoadContext& ctx) {
  static const char* const kHeader[] = {"nconst", "primaryName", "birthYear", "deathYear",
                                        "primaryProfession", "knownForTitles"};
  Catalog& cat = *ctx.catalog;
  auto prepare = [](const std::string_view* f, Name* n) -> RowVerdict {
    uint64_t v;
    n->record = Catalog::EmptyPerson();
    n->known_for_count = 0;
    n->professions.clear();
    if (!ParseId(f[0], "nm", &n->key)) return {"malformed person id", std::string(f[0].substr(0, 40))};
    if (f[1].empty() || IsNull(f[1])) return {"missing primaryName"};
    if (HasControlChars(f[1])) return {"control character in a name"};
    if (!IsNull(f[2])) {
      if (!ParseUint(f[2], 9999, &v)) return {"non-numeric birthYear", std::string(f[2].substr(0, 20))};
      n->record.birth_year = static_cast<uint16_t>(v);
    }
    if (!IsNull(f[3])) {
      if (!ParseUint(f[3], 9999, &v)) return {"non-numeric deathYear", std::string(f[3].substr(0, 20))};
      n->record.death_year = static_cast<uint16_t>(v);
    }
    if (!IsNull(f[4]) && !f[4].empty()) {
      n->professions.assign(f[4]);
      for (char& c : n->professions)
        if (c == ',') c = format::kListSeparator;
    }
    if (!IsNull(f[5]) && !f[5].empty()) {
      std::string_view rest = f[5];
      while (!rest.empty()) {
        size_t comma = rest.find(',');
        std::string_view id = rest.substr(0, comma);
        rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
        uint64_t tkey;
        if (!ParseId(id, "tt", &tkey)) return {"malformed id in knownForTitles", std::string(id.substr(0, 40))};
        if (n->known_for_count < 8) n->known_for[n->known_for_count++] = tkey;
      }
    }
    return RowVerdict::Ok();
  };
  auto apply = [&](const std::string_view* f, Name& n, uint64_t line) -> RowVerdict {
    int k = 0;
    for (int i = 0; i < n.known_for_count; ++i) {
      uint32_t row = cat.title_rows.Find(n.known_for[i]);
      if (row == IdMap::kMissing) {
        ctx.report->Dropped(path, line, "knownForTitles names a title not in title.basics");
      } else if (k < 4) {
        n.record.known_for[k++] = row;
      }
    }
    if (!n.professions.empty()) n.record.professions = cat.strings.Intern(n.professions);
    n.record.name = cat.strings.Add(f[1]);
    uint32_t row;
    if (!cat.AddPerson(n.key, n.record, &row)) return {"duplicate person id", std::string(f[0])};
    return RowVerdict::Ok();
  };
  return ForEachRow<6, Name>(path, kHeader, ctx.report, ctx.progress, prepare, apply);
}

}  // namespace marquee::imdb
