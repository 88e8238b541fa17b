// rows_titles.cc — title.basics, title.episode, title.ratings, title.crew.
#include <algorithm>

#include "plan.h"
#include "rows.h"

namespace datagen {

namespace {

void basics_row(const TitleInfo& t, uint64_t id, const std::string& primary,
                const std::string& original, std::string& row) {
  row.clear();
  append_id(row, "tt", id);
  row += '\t'; row += kTypeNames[t.type];
  row += '\t'; row += primary;
  row += '\t'; row += original;
  row += '\t'; row += t.adult ? '1' : '0';
  row += '\t'; append_opt(row, t.start);
  row += '\t'; append_opt(row, t.end);
  row += '\t'; append_opt(row, t.runtime);
  row += '\t';
  if (!t.genres) { append_null(row); return; }
  bool first = true;
  for (int g = 0; g < kNumGenres; ++g) {
    if (!(t.genres >> g & 1)) continue;
    if (!first) row += ',';
    row += kGenreNames[g];
    first = false;
  }
}

std::string dangling_detail(const char* column, const char* prefix, uint64_t id,
                            const char* file) {
  std::string d = std::string(column) + " ";
  append_id(d, prefix, id);
  return d + " not in " + file;
}

void append_people(std::string& row, const uint32_t* p, int n, const World& w) {
  if (!n) return append_null(row);
  for (int i = 0; i < n; ++i) {
    if (i) row += ',';
    append_id(row, "nm", w.nm.id(p[i]));
  }
}

void add_unique(uint32_t* list, int& n, int cap, uint32_t who) {
  for (int i = 0; i < n; ++i) if (list[i] == who) return;
  if (n < cap) list[n++] = who;
}

}  // namespace

void gen_basics(const World& w, uint64_t b, uint64_t e, Emitter& em) {
  if (b == 0) em.header();
  std::string primary, original;
  for (uint64_t i = b; i < e; ++i) {
    TitleInfo t = title_info(w, uint32_t(i));
    title_text(w, t, primary, original);
    basics_row(t, w.tt.id(i), primary, original, em.row);
    em.emit();
    BadKind k = em.draw_insert();
    if (k == kClean) continue;
    // An extra row with an unused id (or the same id, for duplicate_id).
    if (k != kDuplicateId) basics_row(t, w.tt.gap(i), primary, original, em.row);
    em.emit(k);
  }
}

void gen_episode(const World& w, uint64_t b, uint64_t e, Emitter& em) {
  if (b == 0) em.header();
  for (uint64_t i = b; i < e; ++i) {
    if (w.type[i] != kTvEpisode) continue;
    TitleInfo t = title_info(w, uint32_t(i));
    BadKind k = em.draw();
    uint64_t parent = w.tt.id(t.series_title);
    std::string detail;
    if (k == kDanglingId) {
      parent = w.tt.dangling(t.series_title);
      detail = dangling_detail("parentTconst", "tt", parent, "title.basics.tsv");
    }
    std::string& row = em.row;
    row.clear();
    append_id(row, "tt", w.tt.id(i));
    row += '\t'; append_id(row, "tt", parent);
    row += '\t'; append_opt(row, t.season);
    row += '\t'; append_opt(row, t.episode);
    em.emit(k, detail);
  }
}

void gen_ratings(const World& w, uint64_t b, uint64_t e, Emitter& em) {
  if (b == 0) em.header();
  for (uint64_t i = b; i < e; ++i) {
    TitleInfo t = title_info(w, uint32_t(i));
    if (!t.rated) continue;
    BadKind k = em.draw();
    uint64_t id = k == kDanglingId ? w.tt.dangling(i) : w.tt.id(i);
    std::string& row = em.row;
    row.clear();
    append_id(row, "tt", id);
    row += '\t'; append_uint(row, t.rating10 / 10);
    row += '.'; row += char('0' + t.rating10 % 10);
    row += '\t'; append_uint(row, t.votes);
    em.emit(k, k == kDanglingId ? dangling_detail("tconst", "tt", id, "title.basics.tsv") : "");
  }
}

// Directors and writers: those among the principals plus, as in IMDb's
// title.crew, people the principals leave out (co-directors, story writers,
// a series' creators credited on every episode).
void gen_crew(const World& w, uint64_t b, uint64_t e, Emitter& em) {
  if (b == 0) em.header();
  Plan p;
  for (uint64_t i = b; i < e; ++i) {
    TitleInfo t = title_info(w, uint32_t(i));
    plan_credits(w, t, p);
    uint32_t dirs[8], wris[8];
    int nd = 0, nw = 0;
    for (int j = 0; j < p.n; ++j) {
      if (p.c[j].cat == cDirector) add_unique(dirs, nd, 8, p.c[j].person);
      if (p.c[j].cat == cWriter) add_unique(wris, nw, 8, p.c[j].person);
    }
    Rng r(w.seed, kCrewStream, i);
    if (t.type == kTvEpisode) {
      if (r.chance(0.6)) add_unique(wris, nw, 8, series_roster(w, t.series_title).wri[0]);
    } else {
      if (r.chance(nd ? 0.06 : 0.35)) add_unique(dirs, nd, 8, w.pick_person(pDirector, r));
      int extra = r.chance(0.3) ? r.range(1, 3) : 0;
      for (int j = 0; j < extra; ++j) add_unique(wris, nw, 8, w.pick_person(pWriter, r));
    }
    BadKind k = em.draw();
    std::string detail;
    uint64_t id = w.tt.id(i);
    std::string& row = em.row;
    row.clear();
    if (k == kDanglingId && r.chance(0.3)) {
      id = w.tt.dangling(i);
      detail = dangling_detail("tconst", "tt", id, "title.basics.tsv");
    }
    append_id(row, "tt", id);
    row += '\t'; append_people(row, dirs, nd, w);
    row += '\t'; append_people(row, wris, nw, w);
    if (k == kDanglingId && detail.empty()) {
      // Append a nonexistent person to the directors (or writers) list.
      uint64_t ghost = w.nm.dangling(r.below(w.n_people));
      bool to_dirs = nw == 0 || (nd > 0 && r.chance(0.5));
      size_t tab = to_dirs ? row.find('\t') : row.rfind('\t');
      size_t end = row.find('\t', tab + 1);
      if (end == std::string::npos) end = row.size();
      std::string add;
      append_id(add, "nm", ghost);
      if (row.compare(tab + 1, end - tab - 1, "\\N") == 0) row.replace(tab + 1, 2, add);
      else row.insert(end, "," + add);
      detail = dangling_detail(to_dirs ? "directors" : "writers", "nm", ghost, "name.basics.tsv");
    }
    em.emit(k, detail);
  }
}

}  // namespace datagen
