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

uint32_t RowIfEqual(std::span<const uint64_t> keys, size_t first, size_t last, uint64_t key) {
  auto it = std::lower_bound(keys.begin() + static_cast<long>(first), keys.begin() + static_cast<long>(last), key);
  return it != keys.begin() + static_cast<long>(last) && *it == key ? static_cast<uint32_t>(it - keys.begin()) : kNoRow;
}

// The row of `key` in keys[lo, hi), searching outward from the guess `at`
// in steps that double, then by bisection: a guess a few rows off costs one
// or two cache lines, a bad one O(log n).
uint32_t SearchFrom(std::span<const uint64_t> keys, size_t lo, size_t hi, size_t at, uint64_t key) {
  if (keys[at] == key) return static_cast<uint32_t>(at);
  size_t first, last, step = 1;  // the key, if present, is in [first, last)
  if (keys[at] < key) {
    first = at + 1;
    while (first + step < hi && keys[first + step - 1] < key) {
      first += step;
      step *= 2;
    }
    last = std::min(hi, first + step);
  } else {
    last = at;
    while (last > lo + step && keys[last - step] > key) {
      last -= step;
      step *= 2;
    }
    first = last > lo + step ? last - step : lo;
  }
  return RowIfEqual(keys, first, last, key);
}

// Interpolation search, for derived keys: they are nearly uniform, so a
// guess from the key's value lands within a few entries. After a few guesses
// it falls back to binary search, so skewed keys stay O(log n). The guess is
// kept inside [lo, hi): in doubles, keys that differ past 2^53 (damaged
// ones) can round it to hi.
uint32_t SearchKey(std::span<const uint64_t> keys, size_t lo, size_t hi, uint64_t key) {
  for (int guess = 0; guess < 4 && hi - lo > 16; ++guess) {
    uint64_t first = keys[lo], last = keys[hi - 1];
    if (key < first || key > last) return kNoRow;
    double share = static_cast<double>(key - first) / (static_cast<double>(last - first) + 1.0);
    size_t at = std::min(hi - 1, lo + static_cast<size_t>(share * static_cast<double>(hi - lo)));
    if (keys[at] == key) return static_cast<uint32_t>(at);
    if (keys[at] < key) lo = at + 1;
    else hi = at;
  }
  return RowIfEqual(keys, lo, hi, key);
}

// The bucket of an IMDb `key` and the row guessed inside it, from the
// directory alone; false when the directory has no bucket for it.
bool Guess(std::span<const uint32_t> dir, size_t n_keys, uint64_t key, size_t* lo, size_t* hi, size_t* at) {
  if (dir.size() < 2 || (key & format::kDerivedIdBit)) return false;
  uint32_t shift = dir[0];
  if (shift >= 64) return false;
  uint64_t b = key >> shift;
  if (b >= dir.size() - 2) return false;
  *lo = dir[1 + b], *hi = dir[2 + b];
  if (*lo >= *hi || *hi > n_keys) return false;
  // Keys are spread nearly evenly within a bucket too: guess from the key's
  // offset in the bucket's range of 2^shift keys.
  uint64_t offset = shift == 0 ? 0 : key & ((uint64_t{1} << shift) - 1);
  *at = *lo + static_cast<size_t>((static_cast<unsigned __int128>(offset) * (*hi - *lo)) >> shift);
  return true;
}

}  // namespace

std::vector<uint32_t> BuildIdDirectory(std::span<const uint64_t> keys) {
  size_t n_imdb = ImdbKeyCount(keys);
  uint32_t shift = 0;
  if (n_imdb > 0) {
    uint64_t max_buckets = std::max<uint64_t>(1, n_imdb / 32);
    while (BucketCount(keys, n_imdb, shift) > max_buckets) ++shift;
  }
  return Fill(keys, n_imdb, shift);
}

uint32_t GuessIdRow(std::span<const uint32_t> dir, size_t n_keys, uint64_t key) {
  size_t lo, hi, at;
  return Guess(dir, n_keys, key, &lo, &hi, &at) ? static_cast<uint32_t>(at) : kNoRow;
}

uint32_t FindIdRow(std::span<const uint32_t> dir, std::span<const uint64_t> keys, uint64_t key) {
  if (dir.size() < 2) return kNoRow;
  size_t n_imdb = std::min<size_t>(dir.back(), keys.size());
  if (key & format::kDerivedIdBit) return SearchKey(keys, n_imdb, keys.size(), key);
  size_t lo, hi, at;
  return Guess(dir, keys.size(), key, &lo, &hi, &at) ? SearchFrom(keys, lo, hi, at, key) : kNoRow;
}

std::string CheckIdDirectory(std::span<const uint32_t> dir, std::span<const uint64_t> keys) {
  if (dir.size() < 2 || dir[0] >= 64 || dir.back() > keys.size()) return "malformed header";
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
