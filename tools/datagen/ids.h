// ids.h — entity index <-> IMDb id number (tt/nm + at least 7 digits).
//
// Promise: Id(i) is strictly increasing, so writing entities in index order
// writes rows sorted by id, and consecutive ids always differ by >= 3, so
// Id(i) + 1 and Id(i) + 2 never exist: Gap(i) = Id(i) + 1 names inserted
// malformed rows, Dangling(i) = Id(i) + 2 dangling references (kept apart so
// a dangling reference never hits an inserted row), and both still sort
// next to entity i. The
// first `dense_share` of entities get ids below 10,000,000, the rest 8-digit
// ids, so even tiny outputs exercise both widths (as the real files do).
#pragma once
#include <cstdint>
#include <string>

namespace datagen {

class IdSpace {
 public:
  IdSpace() = default;
  IdSpace(uint64_t n, double dense_share, uint64_t wide_span) : n_(n) {
    a_ = uint64_t(double(n) * dense_share);
    if (a_ < 1) a_ = 1;
    if (a_ > n) a_ = n;
    num_a_ = 3 * a_ > 9'990'000 ? 3 * a_ : 9'990'000;
    uint64_t last_a = 1 + (a_ - 1) * num_a_ / a_;
    start_b_ = last_a + 3 > 10'000'000 ? last_a + 3 : 10'000'000;
    den_b_ = n - a_ ? n - a_ : 1;
    num_b_ = 3 * den_b_ > wide_span ? 3 * den_b_ : wide_span;
  }
  uint64_t size() const { return n_; }
  uint64_t Id(uint64_t i) const {
    if (i < a_) return 1 + uint64_t((unsigned __int128)i * num_a_ / a_);
    return start_b_ + uint64_t((unsigned __int128)(i - a_) * num_b_ / den_b_);
  }
  // Ids that no entity has, sorting right after entity i.
  uint64_t Gap(uint64_t i) const { return Id(i) + 1; }
  uint64_t Dangling(uint64_t i) const { return Id(i) + 2; }

 private:
  uint64_t n_ = 0, a_ = 1, num_a_ = 3, start_b_ = 10'000'000, num_b_ = 3, den_b_ = 1;
};

// Appends prefix + number zero-padded to at least 7 digits ("tt0000001").
inline void AppendId(std::string& out, const char* prefix, uint64_t number) {
  char buf[24];
  int len = 0;
  do { buf[len++] = char('0' + number % 10); number /= 10; } while (number);
  while (len < 7) buf[len++] = '0';
  out.append(prefix, 2);
  while (len) out.push_back(buf[--len]);
}

inline void AppendUint(std::string& out, uint64_t v) {
  char buf[24];
  int len = 0;
  do { buf[len++] = char('0' + v % 10); v /= 10; } while (v);
  while (len) out.push_back(buf[--len]);
}

// IMDb's null marker.
inline void AppendNull(std::string& out) { out.append("\\N", 2); }

// A number, or \N when it is 0 (years, runtimes and seasons are never 0).
inline void AppendOpt(std::string& out, uint64_t v) {
  if (v) AppendUint(out, v); else AppendNull(out);
}

}  // namespace datagen
