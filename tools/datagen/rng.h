// rng.h — deterministic random numbers that are the same on every platform.
//
// Promise: every value the generator draws comes from SplitMix64, a fixed
// integer recipe, so the same seed gives the same bytes with any compiler or
// standard library (std:: distributions are implementation-defined and would
// not). Streams are addressed by (seed, stream id, entity index): any file can
// recompute "title 123's attributes" on its own, in any thread, without
// storing them; that is what makes generation streaming and parallel.
#pragma once
#include <cstdint>

namespace datagen {

inline uint64_t SplitMix64(uint64_t x) {
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

inline uint64_t StreamKey(uint64_t seed, uint64_t stream, uint64_t index) {
  return SplitMix64(SplitMix64(seed * 0x100000001b3ULL + stream) ^ index);
}

// A small sequential generator: SplitMix64 over a counter (period 2^64,
// passes BigCrush; plenty for synthetic data and very cheap to seed).
class Rng {
 public:
  explicit Rng(uint64_t state) : s_(state) {}
  Rng(uint64_t seed, uint64_t stream, uint64_t index)
      : s_(StreamKey(seed, stream, index)) {}
  uint64_t Next() { s_ += 0x9e3779b97f4a7c15ULL; return SplitMix64(s_); }
  // Uniform in [0, 1): 53 random mantissa bits.
  double Uniform() { return double(Next() >> 11) * 0x1.0p-53; }
  // Uniform in (0, 1]: safe to take a log or negative power of.
  double UniformPos() { return double((Next() >> 11) + 1) * 0x1.0p-53; }
  // Uniform integer in [0, n) by multiply-shift (Lemire), bias < 2^-64 * n.
  uint64_t Below(uint64_t n) {
    return uint64_t((unsigned __int128)Next() * n >> 64);
  }
  int Range(int lo, int hi) { return lo + int(Below(uint64_t(hi - lo + 1))); }
  bool Chance(double p) { return Uniform() < p; }
  // Approximately standard normal: Irwin-Hall sum of 4 uniforms, rescaled.
  // Bounded to about +-3.5 sd, which suits years/ratings that must be clamped.
  double Normal() {
    double s = Uniform() + Uniform() + Uniform() + Uniform();
    return (s - 2.0) * 1.7320508075688772;
  }
  // Index drawn from a small table of non-negative weights.
  template <typename W, int N>
  int Pick(const W (&w)[N]) {
    double total = 0;
    for (int i = 0; i < N; ++i) total += w[i];
    double u = Uniform() * total;
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
