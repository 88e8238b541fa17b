// The id directory: a shortcut from an id key to its row, written beside each
// ascending id-key section (format.h kTitleIdDirectory, kPersonIdDirectory).
// IMDb ids are spread nearly evenly over their range, so the range is cut into
// buckets of 2^shift keys and the directory holds each bucket's first row. A
// lookup reads two directory entries, then guesses the row from the key's
// place in its bucket and reads the keys around the guess. With 32-64 keys
// per bucket the directory is ~1 MB at full scale, small enough to stay in
// the CPU cache of a busy reader, and the guess is a few rows off at most:
// about one cache miss, where a search over 12M keys takes several.
//
// Layout, u32[]: [0] = shift; [1 + b] = the first row whose key >> shift >= b,
// for each bucket b; the last entry is the number of IMDb keys (rows with
// kDerivedIdBit clear), closing the last bucket. Derived keys (movies-JSON)
// are not bucketed: they follow the IMDb ones and are found by a search.

#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace marquee {

// The directory of ascending `keys`, with 32 to 64 keys per bucket on average.
std::vector<uint32_t> BuildIdDirectory(std::span<const uint64_t> keys);

// The row of `key` in `keys`, or kNoRow. Whatever `directory` holds, this
// never reads outside it or `keys` (it checks the entries it reads); a
// damaged directory gives wrong answers.
uint32_t FindIdRow(std::span<const uint32_t> directory, std::span<const uint64_t> keys, uint64_t key);

// The row the directory points `key` at, read from the directory alone
// (kNoRow when it has none: derived keys, keys past its range, `n_keys`
// the size of the key section). It is FindIdRow's first guess and, ids
// being spread evenly, its answer most of the time: a caller about to read
// that row's records prefetches them while FindIdRow reads the keys.
uint32_t GuessIdRow(std::span<const uint32_t> directory, size_t n_keys, uint64_t key);

// What Verify checks: every entry is the one its shift implies. Returns an
// empty string when sound, else what is wrong.
std::string CheckIdDirectory(std::span<const uint32_t> directory, std::span<const uint64_t> keys);

}  // namespace marquee
