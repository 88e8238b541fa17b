#include "index/id_directory.h"

#include <algorithm>

#include "index/format.h"
#include "marquee/index.h"

namespace marquee {
namespace {

// Rows [0, n_imdb) hold IMDb keys, the rest derived ones (they sort last).
size_t ImdbKeyCount(std::span<const uint64_t> keys) {
  return static_cast<size_t>(std::partition_point(keys.begin(), keys.end(),
                                                  [](uint64_t k) { return !(k & format::kDerivedIdBit); }) -
                             keys.begin());
}

uint64_t BucketCount(std::span<const uint64_t> keys, size_t n_imdb, uint32_t shift) {
  return n_imdb == 0 ? 0 : (keys[n_imdb - 1] >> shift) + 1;
}

// The directory of the first `n_imdb` keys with buckets of 2^shift keys.
std::vector<uint32_t> Fill(std::span<const uint64_t> keys, size_t n_imdb, uint32_t shift) {
  uint64_t buckets = BucketCount(keys, n_imdb, shift);
  std::vector<uint32_t> dir;
  dir.reserve(buckets + 2);
  dir.push_back(shift);
  size_t row = 0;
  for (uint64_t b = 0; b < buckets; ++b) {
    while (row < n_imdb && (keys[row] >> shift) < b) ++row;
    dir.push_back(static_cast<uint32_t>(row));
  }
  dir.push_back(static_cast<uint32_t>(n_imdb));
  return dir;
}

// Interpolation search, for derived keys and overfull buckets: the keys are
// nearly uniform, so a guess from the key's value lands within a few entries.
// After a few guesses it falls back to binary search, so skewed keys stay
// O(log n).
uint32_t SearchKey(std::span<const uint64_t> keys, size_t lo, size_t hi, uint64_t key) {
  for (int guess = 0; guess < 4 && hi - lo > 16; ++guess) {
    uint64_t first = keys[lo], last = keys[hi - 1];
    if (key < first || key > last) return kNoRow;
    size_t at = lo + static_cast<size_t>(static_cast<double>(key - first) / static_cast<double>(last - first + 1) *
                                         static_cast<double>(hi - lo));
    if (keys[at] == key) return static_cast<uint32_t>(at);
    if (keys[at] < key) lo = at + 1;
    else hi = at;
  }
  auto it = std::lower_bound(keys.begin() + static_cast<long>(lo), keys.begin() + static_cast<long>(hi), key);
  if (it == keys.begin() + static_cast<long>(hi) || *it != key) return kNoRow;
  return static_cast<uint32_t>(it - keys.begin());
}

}  // namespace

std::vector<uint32_t> BuildIdDirectory(std::span<const uint64_t> keys) {
  size_t n_imdb = ImdbKeyCount(keys);
  uint32_t shift = 0;
  if (n_imdb > 0) {
    uint64_t max_buckets = std::max<uint64_t>(1, n_imdb / 4);
    while (BucketCount(keys, n_imdb, shift) > max_buckets) ++shift;
  }
  return Fill(keys, n_imdb, shift);
}

uint32_t FindIdRow(std::span<const uint32_t> dir, std::span<const uint64_t> keys, uint64_t key) {
  if (dir.size() < 2) return kNoRow;
  size_t n_imdb = std::min<size_t>(dir.back(), keys.size());
  if (key & format::kDerivedIdBit) return SearchKey(keys, n_imdb, keys.size(), key);
  uint32_t shift = dir[0];
  if (shift >= 64) return kNoRow;
  uint64_t b = key >> shift;
  if (b >= dir.size() - 2) return kNoRow;
  size_t lo = dir[1 + b], hi = dir[2 + b];
  if (lo > hi || hi > keys.size()) return kNoRow;
  return SearchKey(keys, lo, hi, key);
}

bool IdDirectoryShapeOk(std::span<const uint32_t> dir, std::span<const uint64_t> keys) {
  return dir.size() >= 2 && dir[0] < 64 && dir.back() <= keys.size();
}

std::string CheckIdDirectory(std::span<const uint32_t> dir, std::span<const uint64_t> keys) {
  if (!IdDirectoryShapeOk(dir, keys)) return "malformed header";
  size_t n_imdb = ImdbKeyCount(keys);
  uint64_t buckets = BucketCount(keys, n_imdb, dir[0]);
  if (buckets != dir.size() - 2) {
    return std::to_string(dir.size() - 2) + " buckets where the keys need " + std::to_string(buckets);
  }
  std::vector<uint32_t> expected = Fill(keys, n_imdb, dir[0]);
  auto [at, want] = std::mismatch(dir.begin(), dir.end(), expected.begin());
  if (at != dir.end()) {
    return "entry " + std::to_string(at - dir.begin()) + " is " + std::to_string(*at) + ", should be " +
           std::to_string(*want);
  }
  return {};
}

}  // namespace marquee
