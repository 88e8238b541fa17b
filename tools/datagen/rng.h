// rng.h — deterministic random numbers that are the same on every platform.
//
// Promise: every value the generator draws comes from splitmix64, a fixed
// integer recipe, so the same seed gives the same bytes with any compiler or
// standard library (std:: distributions are implementation-defined and would
// not). Streams are addressed by (seed, stream id, entity index): any file can
// recompute "title 123's attributes" on its own, in any thread, without
// storing them; that is what makes generation streaming and parallel.
#pragma once
#include <cstdint>

namespace datagen {

inline uint64_t splitmix64(uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

// Independent stream ids: one per concern, so that adding draws to one concern
// never shifts the values of another (e.g. malformed rows never change clean
// rows, and akas never change basics).
enum Stream : uint64_t {
  kTypeStream = 1, kCoreStream, kFameStream, kRatedStream, kSeriesStream,
  kEpisodeStream, kPlanStream, kCharStream, kAkaStream, kPersonStream,
  kTitleTextStream, kCrewStream, kBadStream, kKnownStream,
};

inline uint64_t stream_key(uint64_t seed, uint64_t stream, uint64_t index) {
  return splitmix64(splitmix64(seed * 0x100000001b3ULL + stream) ^ index);
}

// A small sequential generator: splitmix64 over a counter (period 2^64,
// passes BigCrush; plenty for synthetic data and very cheap to seed).
class Rng {
 public:
  explicit Rng(uint64_t state) : s_(state) {}
  Rng(uint64_t seed, uint64_t stream, uint64_t index)
      : s_(stream_key(seed, stream, index)) {}
  uint64_t next() { s_ += 0x9e3779b97f4a7c15ULL; return splitmix64(s_); }
  // Uniform in [0, 1): 53 random mantissa bits.
  double uniform() { return double(next() >> 11) * 0x1.0p-53; }
  // Uniform in (0, 1]: safe to take a log or negative power of.
  double uniform_pos() { return double((next() >> 11) + 1) * 0x1.0p-53; }
  // Uniform integer in [0, n) by multiply-shift (Lemire), bias < 2^-64 * n.
  uint64_t below(uint64_t n) {
    return uint64_t((unsigned __int128)next() * n >> 64);
  }
  int range(int lo, int hi) { return lo + int(below(uint64_t(hi - lo + 1))); }
  bool chance(double p) { return uniform() < p; }
  // Approximately standard normal: Irwin-Hall sum of 4 uniforms, rescaled.
  // Bounded to about +-3.5 sd, which suits years/ratings that must be clamped.
  double normal() {
    double s = uniform() + uniform() + uniform() + uniform();
    return (s - 2.0) * 1.7320508075688772;
  }
  // Index drawn from a small table of non-negative weights.
  template <typename W, int N>
  int pick(const W (&w)[N]) {
    double total = 0;
    for (int i = 0; i < N; ++i) total += w[i];
    double u = uniform() * total;
    for (int i = 0; i < N; ++i) {
      if (u < w[i]) return i;
      u -= w[i];
    }
    return N - 1;
  }

 private:
  uint64_t s_;
};

}  // namespace datagen
