// The id directory against every key it was built from, keys it was not,
// derived (movies-JSON) keys, skewed and empty key sets, and damaged entries.

#include "index/id_directory.h"

#include <gtest/gtest.h>

#include <memory>
#include <random>

#include "index/format.h"
#include "marquee/index.h"

namespace marquee {
namespace {

// Every key is found at its row; keys between, before and after are not.
void ExpectFindsExactly(const std::vector<uint64_t>& keys) {
  std::vector<uint32_t> dir = BuildIdDirectory(keys);
  EXPECT_EQ(CheckIdDirectory(dir, keys), "");
  for (uint32_t row = 0; row < keys.size(); ++row) {
    ASSERT_EQ(FindIdRow(dir, keys, keys[row]), row) << "key " << keys[row];
    uint64_t next = keys[row] + 1;
    if (row + 1 == keys.size() || keys[row + 1] != next) {
      ASSERT_EQ(FindIdRow(dir, keys, next), kNoRow) << next;
    }
  }
  EXPECT_EQ(FindIdRow(dir, keys, 0xFFFFFFFFFFull), kNoRow);
  EXPECT_EQ(FindIdRow(dir, keys, format::kDerivedIdBit | 0xFFFFFFFFFFull), kNoRow);
  if (keys.empty() || keys[0] > 0) {
    EXPECT_EQ(FindIdRow(dir, keys, 0), kNoRow);
  }
}

std::vector<uint64_t> SpreadKeys(size_t n, uint64_t range, uint64_t derived, uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::vector<uint64_t> keys;
  for (size_t i = 0; i < n; ++i) keys.push_back(1 + rng() % range);
  for (size_t i = 0; i < derived; ++i) keys.push_back(format::kDerivedIdBit | (rng() % 100000000));
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

TEST(IdDirectoryTest, FindsImdbKeys) {
  ExpectFindsExactly(SpreadKeys(20000, 60000, 0, 1));
  ExpectFindsExactly(SpreadKeys(3, 10, 0, 2));
}

TEST(IdDirectoryTest, FindsDerivedKeysAfterImdbOnes) {
  ExpectFindsExactly(SpreadKeys(5000, 20000, 3000, 3));
  ExpectFindsExactly(SpreadKeys(0, 1, 3000, 4));  // movies-JSON only
}

TEST(IdDirectoryTest, EmptyAndSkewedKeys) {
  ExpectFindsExactly({});
  // One huge id beside many small ones: nearly all keys in the first bucket.
  std::vector<uint64_t> skewed = SpreadKeys(5000, 10000, 0, 5);
  skewed.push_back(999999999999999ull);
  ExpectFindsExactly(skewed);
  // Dense runs with empty stretches between: guesses far off in a bucket.
  std::vector<uint64_t> runs;
  for (uint64_t start : {1, 50000, 99000})
    for (uint64_t k = start; k < start + 1000; ++k) runs.push_back(k);
  ExpectFindsExactly(runs);
}

TEST(IdDirectoryTest, BucketsHoldFewKeys) {
  std::vector<uint64_t> keys = SpreadKeys(100000, 300000, 0, 6);
  std::vector<uint32_t> dir = BuildIdDirectory(keys);
  double per_bucket = static_cast<double>(keys.size()) / static_cast<double>(dir.size() - 2);
  EXPECT_GE(per_bucket, 32.0);
  EXPECT_LT(per_bucket, 64.0);
}

// The guess a caller prefetches by: a row of the key section, near the
// key's own row when keys are spread evenly, and none for derived keys.
TEST(IdDirectoryTest, GuessIsARowNearTheKey) {
  std::vector<uint64_t> keys = SpreadKeys(50000, 150000, 500, 9);
  std::vector<uint32_t> dir = BuildIdDirectory(keys);
  uint64_t exact = 0, imdb = 0, distance = 0;
  for (uint32_t row = 0; row < keys.size(); ++row) {
    uint32_t guess = GuessIdRow(dir, keys.size(), keys[row]);
    if (keys[row] & format::kDerivedIdBit) {
      EXPECT_EQ(guess, kNoRow);
      continue;
    }
    ASSERT_LT(guess, keys.size());
    ++imdb;
    exact += guess == row;
    distance += guess > row ? guess - row : row - guess;
  }
  EXPECT_LT(static_cast<double>(distance) / static_cast<double>(imdb), 4.0);
  EXPECT_GT(exact * 5, imdb) << exact << " of " << imdb << " guessed exactly";
  EXPECT_EQ(GuessIdRow(dir, keys.size(), 0xFFFFFFFFFFull), kNoRow);  // past the last bucket
  EXPECT_EQ(GuessIdRow({}, keys.size(), keys[0]), kNoRow);
}

TEST(IdDirectoryTest, DamagedEntriesAreFoundAndReadSafely) {
  std::vector<uint64_t> keys = SpreadKeys(2000, 8000, 100, 7);
  const std::vector<uint32_t> good = BuildIdDirectory(keys);
  std::mt19937_64 rng(8);
  for (int trial = 0; trial < 200; ++trial) {
    std::vector<uint32_t> dir = good;
    size_t at = rng() % dir.size();
    dir[at] = trial % 2 ? static_cast<uint32_t>(rng()) : dir[at] + 1;
    EXPECT_NE(CheckIdDirectory(dir, keys), "") << "entry " << at;
    // Whatever the entries say, lookups stay inside the spans (ASan would
    // catch a stray read) and answer a row or kNoRow.
    for (uint64_t k : {keys[0], keys[keys.size() / 2], keys.back(), uint64_t{12345}}) {
      uint32_t row = FindIdRow(dir, keys, k);
      EXPECT_TRUE(row == kNoRow || row < keys.size());
      uint32_t guess = GuessIdRow(dir, keys.size(), k);
      EXPECT_TRUE(guess == kNoRow || guess < keys.size());
    }
  }
  std::vector<uint32_t> too_many = good;
  too_many.insert(too_many.end() - 1, good.back());
  EXPECT_NE(CheckIdDirectory(too_many, keys), "");
  for (std::vector<uint32_t> bad : {std::vector<uint32_t>{}, std::vector<uint32_t>{7}, std::vector<uint32_t>{64, 0},
                                    std::vector<uint32_t>{3, static_cast<uint32_t>(keys.size() + 1)}}) {
    EXPECT_EQ(CheckIdDirectory(bad, keys), "malformed header");
    EXPECT_EQ(FindIdRow(bad, keys, keys[0]), kNoRow);
  }
}

// Derived keys spread over more than 2^53 (only damage makes them so) round
// the interpolation's guess up to the end of the keys in doubles: the guess
// must stay inside them, and the key be found.
TEST(IdDirectoryTest, DerivedKeysTooFarApartForDoubles) {
  std::vector<uint64_t> keys;
  for (uint64_t i = 0; i < 32; ++i) keys.push_back(format::kDerivedIdBit | i);
  keys.push_back(format::kDerivedIdBit | (format::kDerivedIdBit - 1));  // the largest derived key
  std::vector<uint32_t> dir = BuildIdDirectory(keys);
  // As a heap copy with nothing after it, so that ASan sees a read past the end.
  auto owned = std::make_unique<uint64_t[]>(keys.size());
  std::copy(keys.begin(), keys.end(), owned.get());
  std::span<const uint64_t> view(owned.get(), keys.size());
  EXPECT_EQ(FindIdRow(dir, view, keys.back()), keys.size() - 1);
  EXPECT_EQ(FindIdRow(dir, view, keys.back() - 1), kNoRow);
}

}  // namespace
}  // namespace marquee
