// world.h — the generator's configuration and the little state it shares.
//
// Promise: World holds only compact per-entity arrays (1 byte of title type
// and two 4-byte words of episode linkage per title, 16 bytes of knownFor per
// person: ~360 MB at scale 1.0), never rows. Everything else about a title or
// person is recomputed on demand from (seed, stream, index), so every output
// file can be generated in independent chunks on any thread.
#pragma once
#include <array>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "ids.h"
#include "rng.h"
#include "sampling.h"
#include "vocab.h"

namespace datagen {

struct Config {
  std::string out_dir;
  double scale = 1.0;
  uint64_t seed = 42;
  bool gzip = false;
  double malformed = 0.0;          // fraction of malformed rows per file
  std::vector<std::string> files;  // short names; empty = all seven
  int threads = 0;                 // 0 = hardware concurrency
  bool quiet = false;
};

// Full-dump sizes (IMDb, February 2026) that --scale multiplies.
constexpr double kFullTitles = 12.3e6;
constexpr double kFullPeople = 15.1e6;

// Each person's (up to) four best-known titles, collected while principals
// are generated. "Best" = highest title fame, a fixed per-title number, so
// the result does not depend on the order threads offer credits in.
class KnownFor {
 public:
  static constexpr uint32_t kEmpty = 0xffffffffu;
  void Reset(uint64_t n_people, uint64_t fame_salt);
  bool enabled() const { return !slots_.empty(); }
  void Offer(uint32_t person, uint32_t title);
  // Writes up to 4 titles, most famous first; returns how many.
  int Get(uint32_t person, uint32_t out[4]) const;

 private:
  uint64_t Key(uint32_t title) const;
  uint64_t salt_ = 0;
  std::vector<std::array<uint32_t, 4>> slots_;
  std::unique_ptr<std::mutex[]> locks_;
};

class World {
 public:
  explicit World(const Config& cfg, bool need_known_for);

  Config cfg;
  uint64_t seed;
  uint64_t n_titles, n_people, n_episodes = 0;
  IdSpace tt, nm;

  std::vector<uint8_t> type;         // TitleType per title
  std::vector<uint32_t> series;      // title index of each series ordinal
  std::vector<uint32_t> series_eps;  // episodes per series ordinal
  // For an episode: its series' ordinal; for a series: its own ordinal.
  std::vector<uint32_t> link;
  std::vector<uint32_t> rank;        // episode's 0-based position in its series
  // What episodes inherit from their series, cached (16 bytes per series)
  // because every episode row in every file needs it.
  struct SeriesInfo {
    uint16_t start, end, per_season;
    uint32_t genres;
    Lang lang;
    bool adult, daily, numbered;
  };
  std::vector<SeriesInfo> series_info;
  uint64_t id;  // distinguishes Worlds in per-thread caches
  static constexpr uint32_t kNoLink = 0xffffffffu;

  mutable KnownFor known;

  // A person of `pool`, drawn with power-law popularity.
  uint32_t PickPerson(Pool pool, Rng& rng) const {
    uint64_t r = law_[pool].Sample(rng.Uniform());
    return uint32_t(perm_.Forward(pool_start_[pool] + r));
  }
  // The pool a person belongs to and their popularity rank in it (0 = top).
  Pool PoolOfPerson(uint32_t person, uint64_t* rank_out) const;
  uint64_t PoolSize(Pool p) const { return pool_start_[p + 1] - pool_start_[p]; }

  // Fame of a title: fixed per title, decides numVotes and knownFor order.
  uint32_t Fame(uint32_t title) const { return TitleFame(fame_salt_, title); }
  static uint32_t TitleFame(uint64_t salt, uint32_t title) {
    return uint32_t(SplitMix64(salt ^ title) >> 32);  // one hash: it is hot
  }

 private:
  void BuildTitles();
  uint64_t fame_salt_;
  PowerLaw law_[kNumPools];
  uint64_t pool_start_[kNumPools + 1];
  Permutation perm_;
};

}  // namespace datagen
