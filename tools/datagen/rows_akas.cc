// rows_akas.cc — title.akas: alternative titles per region. Counts are
// geometric with a long tail (a few titles are released in dozens of
// regions), ~6 per movie/series and ~4.5 per episode, ~55M rows at full
// scale. Each title usually has one `original` row (isOriginalTitle 1);
// the rest are regional titles: the original text in its own language, the
// English primaryTitle in English-speaking regions, otherwise often a
// translation (stable per title and language).
#include <cmath>

#include "rows.h"
#include "titles.h"

namespace datagen {

namespace {

int aka_count(Rng& r, const TitleInfo& t) {
  auto geo = [&](double mean) { return int(-std::log(r.uniform_pos()) * mean); };
  switch (t.type) {
    case kMovie: case kTvSeries: case kTvMiniSeries: case kTvMovie:
      return 1 + geo(3.5) + (r.chance(0.06) ? r.range(8, 60) : 0);
    case kTvEpisode:
      return r.chance(0.12) ? 0 : 1 + geo(4.6);
    default:
      return 1 + geo(2.2);
  }
}

const char* const kTypes[] = {"imdbDisplay", "\\N", "alternative", "working",
                              "festival", "dvd", "tv", "video"};
const double kTypeWeights[] = {45, 33, 5, 4, 3, 2, 4, 4};

}  // namespace

void gen_akas(const World& w, uint64_t b, uint64_t e, Emitter& em) {
  if (b == 0) em.header();
  const auto& regs = regions();
  static const std::vector<double> reg_cum = [] {
    std::vector<double> c;
    double acc = 0;
    for (const auto& g : regions()) c.push_back(acc += g.weight);
    return c;
  }();
  std::string primary, original, translated;
  for (uint64_t i = b; i < e; ++i) {
    TitleInfo t = title_info(w, uint32_t(i));
    Rng r(w.seed, kAkaStream, i);
    int n = aka_count(r, t);
    if (!n) continue;
    title_text(w, t, primary, original);
    int orig_at = r.chance(0.85) ? (r.chance(0.6) ? 0 : int(r.below(uint64_t(n)))) : -1;
    for (int j = 0; j < n; ++j) {
      std::string& row = em.row;
      row.clear();
      BadKind k = em.draw();
      // A missing title only on the title's last row, to keep rows sorted.
      if (k == kDanglingId && j != n - 1) k = kNonNumeric;
      uint64_t id = k == kDanglingId ? w.tt.dangling(i) : w.tt.id(i);
      append_id(row, "tt", id);
      row += '\t'; append_uint(row, uint64_t(j + 1));
      row += '\t';
      if (j == orig_at) {
        row += original;
        row += "\t\\N\t\\N\toriginal\t\\N\t1";
      } else {
        const Region* g = nullptr;
        if (r.chance(0.93)) {
          double u = r.uniform() * reg_cum.back();
          size_t x = 0;
          while (x + 1 < regs.size() && u >= reg_cum[x]) ++x;
          g = &regs[x];
        }
        Lang l = g ? g->lang : t.lang;
        if (l == t.lang) row += original;
        else if (l == kEn || t.type == kTvEpisode || r.chance(0.45)) row += primary;
        else {
          Rng tr(w.seed, kTitleTextStream, (uint64_t(i) << 5 | l) | (1ULL << 60));
          make_title(tr, l, translated);
          row += translated;
        }
        row += '\t';
        if (g) row += g->code; else append_null(row);
        row += '\t';
        if (g && r.chance(0.15)) row += kLangCodes[g->lang]; else append_null(row);
        row += '\t'; row += kTypes[r.pick(kTypeWeights)];
        row += '\t';
        if (r.chance(0.1)) row += aka_attributes()[r.below(aka_attributes().size())];
        else append_null(row);
        row += "\t0";
      }
      std::string detail;
      if (k == kDanglingId) {
        detail = "titleId ";
        append_id(detail, "tt", id);
        detail += " not in title.basics.tsv";
      }
      em.emit(k, detail);
    }
  }
}

}  // namespace datagen
