// sampling.h — heavy-tailed sampling and pseudo-random bijections with O(1)
// memory.
//
// Promise: PowerLaw draws a rank in [0, n) with P(rank r) ~ (r + r0)^-a by
// inverting the continuous CDF in closed form, so picking "a person for this
// credit" needs no per-person table. Permutation maps [0, n) onto itself
// bijectively (Feistel network + cycle walking) and back, so popularity ranks
// can be scattered over nconst ids and any nconst can be mapped back to its
// pool and rank when name.basics is written.
#pragma once
#include <cmath>
#include <cstdint>

#include "rng.h"

namespace datagen {

class PowerLaw {
 public:
  PowerLaw() = default;
  // a must not be 1 (the closed form uses 1 - a as an exponent).
  PowerLaw(uint64_t n, double a, double r0) : n_(n), r0_(r0) {
    b_ = 1.0 - a;
    lo_ = std::pow(r0, b_);
    span_ = std::pow(double(n) + r0, b_) - lo_;
    inv_b_ = 1.0 / b_;
  }
  uint64_t Sample(double u) const {
    double x = std::pow(lo_ + u * span_, inv_b_) - r0_;
    if (!(x >= 0)) return 0;
    uint64_t r = uint64_t(x);
    return r >= n_ ? n_ - 1 : r;
  }
  uint64_t size() const { return n_; }

 private:
  uint64_t n_ = 1;
  double r0_ = 1, b_ = 0.5, lo_ = 1, span_ = 1, inv_b_ = 2;
};

// Bijection on [0, n): an unbalanced Feistel network on the smallest power of
// two >= n, applied repeatedly until the value falls back inside [0, n)
// ("cycle walking"; fewer than 2 steps on average).
class Permutation {
 public:
  Permutation() = default;
  Permutation(uint64_t n, uint64_t key) : n_(n ? n : 1) {
    int bits = 1;
    while ((uint64_t(1) << bits) < n_) ++bits;
    lo_bits_ = bits / 2;
    hi_bits_ = bits - lo_bits_;
    for (int i = 0; i < kRounds; ++i) keys_[i] = SplitMix64(key + uint64_t(i) * 0x51ed27ULL);
  }
  uint64_t Forward(uint64_t x) const {
    do x = RoundTrip(x, false); while (x >= n_);
    return x;
  }
  uint64_t Inverse(uint64_t x) const {
    do x = RoundTrip(x, true); while (x >= n_);
    return x;
  }

 private:
  static constexpr int kRounds = 4;
  uint64_t RoundTrip(uint64_t x, bool inverse) const {
    uint64_t lo_mask = (uint64_t(1) << lo_bits_) - 1;
    uint64_t hi_mask = (uint64_t(1) << hi_bits_) - 1;
    uint64_t lo = x & lo_mask, hi = x >> lo_bits_;
    for (int j = 0; j < kRounds; ++j) {
      int i = inverse ? kRounds - 1 - j : j;
      // Even rounds alter the high half from the low one, odd rounds the
      // reverse; each round undoes itself, so inverse = rounds reversed.
      if (i % 2 == 0) hi ^= SplitMix64(lo ^ keys_[i]) & hi_mask;
      else lo ^= SplitMix64(hi ^ keys_[i]) & lo_mask;
    }
    return (hi << lo_bits_) | lo;
  }
  uint64_t n_ = 1;
  int lo_bits_ = 0, hi_bits_ = 1;
  uint64_t keys_[kRounds] = {};
};

}  // namespace datagen
