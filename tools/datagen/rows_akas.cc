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

int AkaCount(Rng& r, const TitleInfo& t) {
  auto geo = [&](double mean) { return int(-std::log(r.UniformPos()) * mean); };
  switch (t.type) {
    case kMovie: case kTvSeries: case kTvMiniSeries: case kTvMovie:
      return 1 + geo(3.5) + (r.Chance(0.06) ? r.Range(8, 60) : 0);
    case kTvEpisode:
      return r.Chance(0.12) ? 0 : 1 + geo(4.6);
    default:
      return 1 + geo(2.2);
  }
}

const char* const kTypes[] = {"imdbDisplay", "\\N", "alternative", "working",
                              "festival", "dvd", "tv", "video"};
const double kTypeWeights[] = {45, 33, 5, 4, 3, 2, 4, 4};

}  // namespace

void GenAkas(const World& w, uint64_t b, uint64_t e, Emitter& em) {
  if (b == 0) em.Header();
  const auto& regs = Regions();
  static const std::vector<double> reg_cum = [] {
    std::vector<double> c;
    double acc = 0;
    for (const auto& g : Regions()) c.push_back(acc += g.weight);
    return c;
  }();
  std::string primary, original, translated;
  for (uint64_t i = b; i < e; ++i) {
    TitleInfo t = DescribeTitle(w, uint32_t(i));
    Rng r(w.seed, kAkaStream, i);
    int n = AkaCount(r, t);
    if (!n) continue;
    TitleText(w, t, primary, original);
    int orig_at = r.Chance(0.85) ? (r.Chance(0.6) ? 0 : int(r.Below(uint64_t(n)))) : -1;
    for (int j = 0; j < n; ++j) {
      std::string& row = em.row;
      row.clear();
      BadKind k = em.Draw();
      // A missing title only on the title's last row, to keep rows sorted.
      if (k == kDanglingId && j != n - 1) k = kNonNumeric;
      uint64_t id = k == kDanglingId ? w.tt.Dangling(i) : w.tt.Id(i);
      AppendId(row, "tt", id);
      row += '\t'; AppendUint(row, uint64_t(j + 1));
      row += '\t';
      if (j == orig_at) {
        row += original;
        row += "\t\\N\t\\N\toriginal\t\\N\t1";
      } else {
        const Region* g = nullptr;
        if (r.Chance(0.93)) {
          double u = r.Uniform() * reg_cum.back();
          size_t x = 0;
          while (x + 1 < regs.size() && u >= reg_cum[x]) ++x;
          g = &regs[x];
        }
        Lang l = g ? g->lang : t.lang;
        if (l == t.lang) row += original;
        else if (l == kEn || t.type == kTvEpisode || r.Chance(0.45)) row += primary;
        else {
          Rng tr(w.seed, kTitleTextStream, (uint64_t(i) << 5 | l) | (1ULL << 60));
          MakeTitle(tr, l, translated);
          row += translated;
        }
        row += '\t';
        if (g) row += g->code; else AppendNull(row);
        row += '\t';
        if (g && r.Chance(0.15)) row += kLangCodes[g->lang]; else AppendNull(row);
        row += '\t'; row += kTypes[r.Pick(kTypeWeights)];
        row += '\t';
        if (r.Chance(0.1)) row += AkaAttributes()[r.Below(AkaAttributes().size())];
        else AppendNull(row);
        row += "\t0";
      }
      std::string detail;
      if (k == kDanglingId) {
        detail = "titleId ";
        AppendId(detail, "tt", id);
        detail += " not in title.basics.tsv";
      }
      em.Emit(k, detail);
    }
  }
}

}  // namespace datagen
