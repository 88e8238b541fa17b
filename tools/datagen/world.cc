// world.cc — builds World: title types, series/episode linkage (the one
// sequential pass, since an episode's number depends on how many episodes of
// its series came before), person pools, and the knownFor table.
#include "world.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <thread>

#include "titles.h"

namespace datagen {

World::World(const Config& c, bool need_known_for) : cfg(c), seed(c.seed) {
  static std::atomic<uint64_t> worlds{0};
  id = ++worlds;
  n_titles = std::max<uint64_t>(16, uint64_t(std::llround(kFullTitles * c.scale)));
  n_people = std::max<uint64_t>(64, uint64_t(std::llround(kFullPeople * c.scale)));
  // Titles: 60% below tt10000000, ids up to ~tt47M at full scale; people
  // similarly, like the real files' ranges.
  tt = IdSpace(n_titles, 0.6, 25'000'000);
  nm = IdSpace(n_people, 0.65, 8'000'000);

  // Person pools are contiguous ranges of a virtual index that a keyed
  // permutation scatters over nconsts, so popular people are not all nm000000x.
  uint64_t at = 0;
  for (int p = 0; p < kNumPools; ++p) {
    pool_start_[p] = at;
    uint64_t size = std::max<uint64_t>(1, uint64_t(kPoolShare[p] * double(n_people)));
    at = std::min(n_people, at + size);
  }
  pool_start_[kNumPools] = n_people;
  for (int p = 0; p < kNumPools; ++p) {
    if (pool_start_[p] >= pool_start_[p + 1]) pool_start_[p] = pool_start_[p + 1] - 1;
    // Zipf-like, exponent 0.9-0.95: a few people with thousands of credits, most
    // with one or two; r0 flattens the very top so no one takes all.
    double a = p <= pSelf ? 0.95 : 0.9;
    law_[p] = PowerLaw(PoolSize(Pool(p)), a, 60.0);
  }
  perm_ = Permutation(n_people, StreamKey(seed, kPersonStream, ~0ULL));

  fame_salt_ = StreamKey(seed, kFameStream, 0);
  BuildTitles();
  if (need_known_for) known.Reset(n_people, fame_salt_);
}

Pool World::PoolOfPerson(uint32_t person, uint64_t* rank_out) const {
  uint64_t v = perm_.Inverse(person);
  int p = kNumPools - 1;
  while (p > 0 && v < pool_start_[p]) --p;
  if (rank_out) *rank_out = v - pool_start_[p];
  return Pool(p);
}

// Runs fn(begin, end) over [0, n) on all threads.
template <typename Fn>
static void ParallelFor(uint64_t n, int threads, Fn fn) {
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t)
    pool.emplace_back([=] { fn(n * t / threads, n * (t + 1) / threads); });
  for (auto& th : pool) th.join();
}

void World::BuildTitles() {
  int threads = cfg.threads > 0 ? cfg.threads : int(std::max(1u, std::thread::hardware_concurrency()));
  double cum[kNumTypes], total = 0;
  for (int t = 0; t < kNumTypes; ++t) cum[t] = (total += kTypeShare[t]);
  type.assign(n_titles, 0);
  ParallelFor(n_titles, threads, [&](uint64_t b, uint64_t e) {
    for (uint64_t i = b; i < e; ++i) {
      double u = Rng(seed, kTypeStream, i).Uniform() * total;
      int t = 0;
      while (t < kNumTypes - 1 && u >= cum[t]) ++t;
      type[i] = uint8_t(t);
    }
  });
  type[0] = kTvSeries;  // so that even tiny outputs have a series for episodes

  link.assign(n_titles, kNoLink);
  rank.assign(n_titles, 0);
  uint64_t n_series = 0;
  for (uint64_t i = 0; i < n_titles; ++i) n_series += type[i] == kTvSeries || type[i] == kTvMiniSeries;
  // The cap grows with the number of series so that at small scales one
  // series does not swallow a large share of all episodes.
  double cap = std::clamp(double(n_series) * 0.008, 20.0, 3000.0);
  std::vector<double> cdf;
  double acc = 0;
  for (uint64_t i = 0; i < n_titles; ++i) {
    if (type[i] != kTvSeries && type[i] != kTvMiniSeries) continue;
    link[i] = uint32_t(series.size());
    series.push_back(uint32_t(i));
    // Episodes per series: Pareto(0.9) capped at up to 3000x the minimum, so most
    // series have a handful of episodes and a few (soaps, talk shows)
    // thousands. Mini-series stay small.
    Rng r(seed, kEpisodeStream, i | (1ULL << 40));
    double w = type[i] == kTvMiniSeries ? 0.1 + 0.4 * r.Uniform()
                                        : std::min(cap, std::pow(r.UniformPos(), -1 / 0.9));
    cdf.push_back(acc += w);
  }
  series_eps.assign(series.size(), 0);
  ParallelFor(n_titles, threads, [&](uint64_t b, uint64_t e) {
    for (uint64_t i = b; i < e; ++i) {
      if (type[i] != kTvEpisode) continue;
      double u = Rng(seed, kEpisodeStream, i).Uniform() * acc;
      size_t s = size_t(std::upper_bound(cdf.begin(), cdf.end(), u) - cdf.begin());
      link[i] = uint32_t(std::min(s, cdf.size() - 1));
    }
  });
  for (uint64_t i = 0; i < n_titles; ++i) {
    if (type[i] != kTvEpisode) continue;
    rank[i] = series_eps[link[i]]++;
    ++n_episodes;
  }
  series_info.resize(series.size());
  for (size_t s = 0; s < series.size(); ++s) {
    TitleInfo t = DescribeTitle(*this, series[s]);
    series_info[s] = SeriesInfo{t.start, t.end, t.per_season, t.genres, t.lang,
                                t.adult, t.daily, t.numbered};
  }
}

void KnownFor::Reset(uint64_t n_people, uint64_t fame_salt) {
  salt_ = fame_salt;
  std::array<uint32_t, 4> empty;
  empty.fill(kEmpty);
  slots_.assign(n_people, empty);
  locks_.reset(new std::mutex[4096]);
}

// Total order on titles: fame, then index (fame ties are rare but possible).
uint64_t KnownFor::Key(uint32_t title) const {
  return uint64_t(World::TitleFame(salt_, title)) << 32 | (0xffffffffu - title);
}

void KnownFor::Offer(uint32_t person, uint32_t title) {
  if (slots_.empty()) return;
  uint64_t k = Key(title);
  std::lock_guard<std::mutex> lock(locks_[person & 4095]);
  auto& s = slots_[person];
  int worst = -1;
  uint64_t worst_key = ~0ULL;
  for (int i = 0; i < 4; ++i) {
    if (s[i] == title) return;
    if (s[i] == kEmpty) { s[i] = title; return; }
    uint64_t ki = Key(s[i]);
    if (ki < worst_key) { worst_key = ki; worst = i; }
  }
  if (k > worst_key) s[worst] = title;
}

int KnownFor::Get(uint32_t person, uint32_t out[4]) const {
  if (slots_.empty()) return 0;
  int n = 0;
  for (uint32_t t : slots_[person]) if (t != kEmpty) out[n++] = t;
  std::sort(out, out + n, [&](uint32_t a, uint32_t b) { return Key(a) > Key(b); });
  return n;
}

}  // namespace datagen
