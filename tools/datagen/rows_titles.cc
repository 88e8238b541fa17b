// rows_titles.cc — title.basics, title.episode, title.ratings, title.crew.
#include <algorithm>

#include "plan.h"
#include "rows.h"

namespace datagen {

namespace {

void BasicsRow(const TitleInfo& t, uint64_t id, const std::string& primary,
                const std::string& original, std::string& row) {
  row.clear();
  AppendId(row, "tt", id);
  row += '\t'; row += kTypeNames[t.type];
  row += '\t'; row += primary;
  row += '\t'; row += original;
  row += '\t'; row += t.adult ? '1' : '0';
  row += '\t'; AppendOpt(row, t.start);
  row += '\t'; AppendOpt(row, t.end);
  row += '\t'; AppendOpt(row, t.runtime);
  row += '\t';
  if (!t.genres) { AppendNull(row); return; }
  bool first = true;
  for (int g = 0; g < kNumGenres; ++g) {
    if (!(t.genres >> g & 1)) continue;
    if (!first) row += ',';
    row += kGenreNames[g];
    first = false;
  }
}

std::string DanglingDetail(const char* column, const char* prefix, uint64_t id,
                            const char* file) {
  std::string d = std::string(column) + " ";
  AppendId(d, prefix, id);
  return d + " not in " + file;
}

void AppendPeople(std::string& row, const uint32_t* p, int n, const World& w) {
  if (!n) return AppendNull(row);
  for (int i = 0; i < n; ++i) {
    if (i) row += ',';
    AppendId(row, "nm", w.nm.Id(p[i]));
  }
}

void AddUnique(uint32_t* list, int& n, int cap, uint32_t who) {
  for (int i = 0; i < n; ++i) if (list[i] == who) return;
  if (n < cap) list[n++] = who;
}

}  // namespace

void GenBasics(const World& w, uint64_t b, uint64_t e, Emitter& em) {
  if (b == 0) em.Header();
  std::string primary, original;
  for (uint64_t i = b; i < e; ++i) {
    TitleInfo t = DescribeTitle(w, uint32_t(i));
    TitleText(w, t, primary, original);
    BasicsRow(t, w.tt.Id(i), primary, original, em.row);
    em.Emit();
    BadKind k = em.DrawInsert();
    if (k == kClean) continue;
    // An extra row with an unused id (or the same id, for duplicate_id).
    if (k != kDuplicateId) BasicsRow(t, w.tt.Gap(i), primary, original, em.row);
    em.Emit(k);
  }
}

void GenEpisode(const World& w, uint64_t b, uint64_t e, Emitter& em) {
  if (b == 0) em.Header();
  for (uint64_t i = b; i < e; ++i) {
    if (w.type[i] != kTvEpisode) continue;
    TitleInfo t = DescribeTitle(w, uint32_t(i));
    BadKind k = em.Draw();
    uint64_t parent = w.tt.Id(t.series_title);
    std::string detail;
    if (k == kDanglingId) {
      parent = w.tt.Dangling(t.series_title);
      detail = DanglingDetail("parentTconst", "tt", parent, "title.basics.tsv");
    }
    std::string& row = em.row;
    row.clear();
    AppendId(row, "tt", w.tt.Id(i));
    row += '\t'; AppendId(row, "tt", parent);
    row += '\t'; AppendOpt(row, t.season);
    row += '\t'; AppendOpt(row, t.episode);
    em.Emit(k, detail);
  }
}

void GenRatings(const World& w, uint64_t b, uint64_t e, Emitter& em) {
  if (b == 0) em.Header();
  for (uint64_t i = b; i < e; ++i) {
    TitleInfo t = DescribeTitle(w, uint32_t(i));
    if (!t.rated) continue;
    BadKind k = em.Draw();
    uint64_t id = k == kDanglingId ? w.tt.Dangling(i) : w.tt.Id(i);
    std::string& row = em.row;
    row.clear();
    AppendId(row, "tt", id);
    row += '\t'; AppendUint(row, t.rating10 / 10);
    row += '.'; row += char('0' + t.rating10 % 10);
    row += '\t'; AppendUint(row, t.votes);
    em.Emit(k, k == kDanglingId ? DanglingDetail("tconst", "tt", id, "title.basics.tsv") : "");
  }
}

// Directors and writers: those among the principals plus, as in IMDb's
// title.crew, people the principals leave out (co-directors, story writers,
// a series' creators credited on every episode).
void GenCrew(const World& w, uint64_t b, uint64_t e, Emitter& em) {
  if (b == 0) em.Header();
  Plan p;
  for (uint64_t i = b; i < e; ++i) {
    TitleInfo t = DescribeTitle(w, uint32_t(i));
    PlanCredits(w, t, p);
    uint32_t dirs[8], wris[8];
    int nd = 0, nw = 0;
    for (int j = 0; j < p.n; ++j) {
      if (p.c[j].cat == cDirector) AddUnique(dirs, nd, 8, p.c[j].person);
      if (p.c[j].cat == cWriter) AddUnique(wris, nw, 8, p.c[j].person);
    }
    Rng r(w.seed, kCrewStream, i);
    if (t.type == kTvEpisode) {
      if (r.Chance(0.6)) AddUnique(wris, nw, 8, SeriesRoster(w, t.series_title).wri[0]);
    } else {
      if (r.Chance(nd ? 0.06 : 0.35)) AddUnique(dirs, nd, 8, w.PickPerson(pDirector, r));
      int extra = r.Chance(0.3) ? r.Range(1, 3) : 0;
      for (int j = 0; j < extra; ++j) AddUnique(wris, nw, 8, w.PickPerson(pWriter, r));
    }
    BadKind k = em.Draw();
    std::string detail;
    uint64_t id = w.tt.Id(i);
    std::string& row = em.row;
    row.clear();
    if (k == kDanglingId && r.Chance(0.3)) {
      id = w.tt.Dangling(i);
      detail = DanglingDetail("tconst", "tt", id, "title.basics.tsv");
    }
    AppendId(row, "tt", id);
    row += '\t'; AppendPeople(row, dirs, nd, w);
    row += '\t'; AppendPeople(row, wris, nw, w);
    if (k == kDanglingId && detail.empty()) {
      // Append a nonexistent person to the directors (or writers) list.
      uint64_t ghost = w.nm.Dangling(r.Below(w.n_people));
      bool to_dirs = nw == 0 || (nd > 0 && r.Chance(0.5));
      size_t tab = to_dirs ? row.find('\t') : row.rfind('\t');
      size_t end = row.find('\t', tab + 1);
      if (end == std::string::npos) end = row.size();
      std::string add;
      AppendId(add, "nm", ghost);
      if (row.compare(tab + 1, end - tab - 1, "\\N") == 0) row.replace(tab + 1, 2, add);
      else row.insert(end, "," + add);
      detail = DanglingDetail(to_dirs ? "directors" : "writers", "nm", ghost, "name.basics.tsv");
    }
    em.Emit(k, detail);
  }
}

}  // namespace datagen
