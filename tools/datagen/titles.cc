// titles.cc — title attributes. Distributions: years exponential back from
// the present (most titles are recent, as on IMDb), runtimes clustered per
// type, votes Pareto (alpha 0.72: most rated titles have a few dozen votes, a
// handful millions), ratings near-normal around 6.2 (7.2 for episodes).
#include "titles.h"

#include <algorithm>
#include <cmath>

namespace datagen {

namespace {

constexpr int kNow = 2025;

uint16_t RecentYear(Rng& r, double mean, int lo) {
  int y = kNow - int(-std::log(r.UniformPos()) * mean);
  return uint16_t(std::max(y, lo));
}

uint32_t PickGenres(Rng& r, TitleType type) {
  //                  Act Adu Adv Ani Bio Com Cri Doc Dra Fam Fan Noi Gam His
  static const double film[] = {6, 0, 4, 3, 2, 15, 5, 10, 20, 3, 3, 0.1, 0, 2,
  //                  Hor Mus Mcl Mys New Rea Rom Sci Sho Spo Tal Thr War Wes
                                5, 3, 1, 3, 0, 0, 5, 2, 0, 1.5, 0, 5, 1, 0.5};
  static const double tv[] = {4, 0, 4, 5, 1, 16, 5, 6, 14, 4, 3, 0, 2, 2,
                              2, 3, 1, 3, 2, 4, 4, 2, 0, 3, 3, 2, 1, 0.5};
  bool is_tv = type == kTvSeries || type == kTvMiniSeries || type == kTvSpecial;
  const double* wt = is_tv ? tv : film;
  int k = 1 + (r.Uniform() < 0.55) + (r.Uniform() < 0.45);
  uint32_t mask = 0;
  if (type == kShort || type == kTvShort) { mask |= 1u << gShort; --k; }
  for (int n = 0; n < k; ++n) {
    double total = 0;
    for (int g = 0; g < kNumGenres; ++g) if (!(mask >> g & 1)) total += wt[g];
    double u = r.Uniform() * total;
    for (int g = 0; g < kNumGenres; ++g) {
      if (mask >> g & 1) continue;
      if (u < wt[g]) { mask |= 1u << g; break; }
      u -= wt[g];
    }
  }
  return mask;
}

uint16_t PickRuntime(Rng& r, TitleType t) {
  auto around = [&](double mean, double sd, int lo, int hi) {
    return uint16_t(std::clamp(int(std::lround(mean + sd * r.Normal())), lo, hi));
  };
  static const int tv_slots[] = {22, 24, 25, 30, 30, 42, 44, 45, 50, 60};
  switch (t) {
    case kMovie: return r.Chance(0.35) ? 0 : around(95, 20, 41, 240);
    case kShort: return r.Chance(0.45) ? 0 : uint16_t(std::min(45, 1 + int(-std::log(r.UniformPos()) * 11)));
    case kTvEpisode: return r.Chance(0.68) ? 0 : uint16_t(tv_slots[r.Below(10)] + r.Range(-2, 2));
    case kTvSeries: return r.Chance(0.45) ? 0 : uint16_t(tv_slots[r.Below(10)]);
    case kTvMiniSeries: return r.Chance(0.5) ? 0 : around(55, 12, 20, 120);
    case kTvMovie: return r.Chance(0.35) ? 0 : around(90, 15, 45, 180);
    case kTvSpecial: return r.Chance(0.5) ? 0 : around(70, 30, 15, 240);
    case kVideo: return r.Chance(0.5) ? 0 : around(75, 30, 10, 200);
    case kTvShort: return r.Chance(0.5) ? 0 : uint16_t(r.Range(1, 30));
    case kTvPilot: return r.Chance(0.3) ? 0 : uint16_t(tv_slots[r.Below(10)]);
    default: return 0;  // videoGame: IMDb gives none
  }
}

void SeriesLayout(Rng& r, const World& w, TitleInfo& t) {
  uint32_t eps = w.series_eps[w.link[t.index]];
  t.daily = eps > 400 && r.Chance(0.7);
  static const uint16_t sizes[] = {6, 8, 10, 10, 12, 13, 13, 20, 22, 22, 24, 26};
  t.per_season = t.daily ? uint16_t(r.Range(150, 260)) : sizes[r.Below(12)];
  if (t.type == kTvMiniSeries) t.per_season = uint16_t(std::max<uint32_t>(eps, 1));
  t.numbered = !r.Chance(0.08);
}

}  // namespace

TitleInfo DescribeTitle(const World& w, uint32_t i) {
  TitleInfo t;
  t.index = i;
  t.type = TitleType(w.type[i]);
  Rng r(w.seed, kCoreStream, i);
  t.lang = Lang(r.Pick(kLangShare));
  t.adult = r.Chance(t.type == kVideo ? 0.08 : 0.015);
  t.runtime = PickRuntime(r, t.type);
  uint32_t genres = PickGenres(r, t.type);
  t.genres = r.Chance(t.type == kMovie ? 0.12 : 0.08) ? 0 : genres;
  if (t.adult) t.genres = (t.genres & ~(1u << gFamily)) | (1u << gAdult);

  switch (t.type) {
    case kMovie: t.start = RecentYear(r, 22, 1894); break;
    case kShort: t.start = RecentYear(r, 30, 1890); break;
    case kTvSeries: case kTvMiniSeries: t.start = RecentYear(r, 14, 1936); break;
    case kVideo: case kVideoGame: t.start = RecentYear(r, 13, 1975); break;
    default: t.start = RecentYear(r, 20, 1938); break;
  }
  if (t.type == kMovie && r.Chance(0.025)) t.start = uint16_t(kNow + r.Range(1, 4));
  if (r.Chance(0.04)) t.start = 0;

  if (t.type == kTvSeries || t.type == kTvMiniSeries) {
    SeriesLayout(r, w, t);
    if (!t.start) t.start = RecentYear(r, 14, 1936);  // series keep a start year
    uint32_t eps = w.series_eps[w.link[i]];
    uint32_t seasons = std::max<uint32_t>(1, (eps + t.per_season - 1) / t.per_season);
    int end = t.start + int(seasons) - 1;
    t.end = end >= kNow - 1 || r.Chance(0.3) ? 0 : uint16_t(end);
    if (t.type == kTvMiniSeries) t.end = r.Chance(0.5) ? t.start : 0;
  } else if (t.type == kTvEpisode) {
    const World::SeriesInfo& parent = w.series_info[w.link[i]];
    t.series_title = w.series[w.link[i]];
    t.lang = parent.lang;
    t.adult = parent.adult;
    t.genres = r.Chance(0.75) ? parent.genres : 0;
    t.per_season = parent.per_season;
    t.daily = parent.daily;
    t.numbered = parent.numbered;
    uint32_t k = w.rank[i];
    uint32_t season = k / std::max<uint16_t>(1, parent.per_season);
    int last = parent.end ? parent.end : kNow + 1;
    t.start = uint16_t(std::min<int>(parent.start + int(season), last));
    if (r.Chance(0.07)) t.start = 0;
    if (t.numbered && !r.Chance(0.03)) {
      t.season = season + 1;
      t.episode = k % std::max<uint16_t>(1, parent.per_season) + 1;
    }
  }

  // Ratings: which titles are rated depends on type (1.6M of 12.3M overall).
  static const double p_rated[kNumTypes] = {0.25, 0.55, 0.095, 0.45, 0.4, 0.5,
                                             0.3, 0.2, 0.35, 0.15, 0.5};
  static const double vote_mult[kNumTypes] = {0.6, 2.0, 0.35, 3.0, 1.0, 2.0,
                                              0.8, 0.8, 2.0, 0.6, 1.0};
  Rng rr(w.seed, kRatedStream, i);
  t.rated = rr.Chance(p_rated[t.type]) && t.start && t.start <= kNow;
  if (t.rated) {
    double tail = 1.0 - (double(w.Fame(i)) + 0.5) * 0x1.0p-32;
    double v = 5.0 * vote_mult[t.type] * std::pow(tail, -1 / 0.72);
    t.votes = uint32_t(std::clamp(v, 5.0, 3.1e6));
    double mean = t.type == kTvEpisode ? 72 : 62;
    double sd = t.votes < 100 ? 16 : 11;
    t.rating10 = uint8_t(std::clamp(int(std::lround(mean + sd * rr.Normal())), 10, 100));
  }
  return t;
}

}  // namespace datagen
