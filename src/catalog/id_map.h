// IdMap: title or person key -> row while a build runs. IMDb keys are dense
// numbers (tt0000001 .. ~tt40000000), so keys below kDenseLimit live in a flat
// array (one load per lookup for ~100M credit rows); larger keys, such as the
// hashed ids of movies-JSON input, fall back to a hash map.

#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace marquee {

class IdMap {
 public:
  static constexpr uint32_t kMissing = 0xFFFFFFFFu;
  static constexpr uint64_t kDenseLimit = uint64_t{1} << 28;

  // Maps key to row unless key is present; returns false if it was.
  bool Insert(uint64_t key, uint32_t row) {
    if (key < kDenseLimit) {
      if (key >= dense_.size()) dense_.resize(std::max<uint64_t>(key + 1, dense_.size() * 3 / 2), kMissing);
      if (dense_[key] != kMissing) return false;
      dense_[key] = row;
      return true;
    }
    return sparse_.emplace(key, row).second;
  }

  uint32_t Find(uint64_t key) const {
    if (key < kDenseLimit) return key < dense_.size() ? dense_[key] : kMissing;
    auto it = sparse_.find(key);
    return it == sparse_.end() ? kMissing : it->second;
  }

  void Clear() {
    std::vector<uint32_t>().swap(dense_);
    std::unordered_map<uint64_t, uint32_t>().swap(sparse_);
  }

 private:
  std::vector<uint32_t> dense_;
  std::unordered_map<uint64_t, uint32_t> sparse_;
};

}  // namespace marquee
