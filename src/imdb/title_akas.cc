#include <cstring>

#include "imdb/loaders.h"
#include "imdb/tsv_file.h"

namespace marquee::imdb {
namespace {

bool ParseCode(std::string_view f, char out[4]) {
  std::memset(out, 0, 4);
  if (IsNull(f) || f.empty()) return true;
  if (f.size() > 4) return false;
  for (char c : f) {
    if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return false;
  }
  std::memcpy(out, f.data(), f.size());
  return true;
}

// "imdbDisplay,working" -> bit set over format::kAkaTypeNames.
bool ParseTypes(std::string_view f, uint8_t* bits) {
  *bits = 0;
  if (IsNull(f) || f.empty()) return true;
  // IMDb separates several types with \x02 in this column; accept commas too.
  while (!f.empty()) {
    size_t sep = f.find_first_of(",\x02");
    std::string_view t = f.substr(0, sep);
    f = sep == std::string_view::npos ? std::string_view() : f.substr(sep + 1);
    bool known = false;
    for (size_t i = 0; i < std::size(format::kAkaTypeNames); ++i) {
      if (t == format::kAkaTypeNames[i]) {
        *bits |= static_cast<uint8_t>(1u << i);
        known = true;
      }
    }
    if (!known) return false;
  }
  return true;
}

}  // namespace

namespace {
// What the reader thread parses from an akas row.
struct Aka {
  uint64_t title_key = 0;
  uint16_t ordering = 0;
  format::AkaLocale locale{};
  format::AkaKind kind{};  // attributes still to be interned
  std::string attributes;  // kListSeparator-joined
};
}  // namespace

Status LoadTitleAkas(const std::string& path, const LoadContext& ctx) {
  static const char* const kHeader[] = {"titleId", "ordering", "title", "region", "language",
                                        "types", "attributes", "isOriginalTitle"};
  Catalog& cat = *ctx.catalog;
  auto prepare = [](const std::string_view* f, Aka* p) -> RowVerdict {
    uint64_t ordering;
    p->locale = format::AkaLocale{};
    p->kind = format::AkaKind{};
    p->attributes.clear();
    if (!ParseId(f[0], "tt", &p->title_key)) return {"malformed title id", std::string(f[0].substr(0, 40))};
    if (!ParseUint(f[1], 0xFFFF, &ordering)) return {"non-numeric ordering", std::string(f[1].substr(0, 20))};
    if (f[2].empty() || IsNull(f[2])) return {"missing title"};
    if (HasControlChars(f[2])) return {"control character in a title"};
    if (!ParseCode(f[3], p->locale.region)) return {"malformed region code", std::string(f[3].substr(0, 20))};
    if (!ParseCode(f[4], p->locale.language)) return {"malformed language code", std::string(f[4].substr(0, 20))};
    if (!ParseTypes(f[5], &p->kind.types)) return {"unknown aka type", std::string(f[5].substr(0, 40))};
    if (f[7] == "1") p->kind.flags |= format::kAkaOriginal;
    else if (f[7] != "0" && !IsNull(f[7])) return {"isOriginalTitle is not 0 or 1", std::string(f[7].substr(0, 20))};
    p->ordering = static_cast<uint16_t>(ordering);
    if (!IsNull(f[6]) && !f[6].empty()) {
      p->attributes.assign(f[6]);
      for (char& c : p->attributes)
        if (c == '\x02') c = format::kListSeparator;
    }
    return RowVerdict::Ok();
  };
  // Duplicate (title, ordering) pairs are caught within a run of rows of the
  // same title, as in title.principals.
  uint32_t run_title = IdMap::kMissing;
  std::vector<uint16_t> run_orderings;
  auto apply = [&](const std::string_view* f, Aka& p, uint64_t) -> RowVerdict {
    uint32_t title = cat.title_rows.Find(p.title_key);
    if (title == IdMap::kMissing) return {"unknown title id (not in title.basics)", std::string(f[0])};
    if (title != run_title) {
      run_title = title;
      run_orderings.clear();
    }
    for (uint16_t o : run_orderings)
      if (o == p.ordering) return {"duplicate alternate title (same title and ordering)", std::string(f[0]) + " #" + std::string(f[1])};
    format::AkaRecord a{};
    if (!cat.aka_locales.Code(p.locale, &a.locale)) return {"too many distinct region and language pairs"};
    if (!p.attributes.empty()) p.kind.attributes = cat.strings.Intern(p.attributes);
    if (!cat.aka_kinds.Code(p.kind, &a.kind)) return {"too many distinct type and attribute combinations"};
    run_orderings.push_back(p.ordering);
    a.title = title;
    // Most alternate titles repeat the title itself; share its string.
    const format::TitleRecord& t = cat.titles[title];
    if (cat.strings.Get(t.primary_title) == f[2]) a.text = t.primary_title;
    else if (cat.strings.Get(t.original_title) == f[2]) a.text = t.original_title;
    else a.text = cat.strings.Add(f[2]);
    cat.akas.push_back(a);
    cat.aka_orderings.push_back(p.ordering);
    return RowVerdict::Ok();
  };
  return ForEachRow<8, Aka>(path, kHeader, ctx.report, ctx.progress, prepare, apply);
}

}  // namespace marquee::imdb
