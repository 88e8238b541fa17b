// Edit distance for typo-tolerant search: optimal string alignment distance
// (Levenshtein plus transposition of two adjacent characters, "Damerau"),
// over code points, bounded: work stops once the distance is known to exceed
// `max`, so comparing a word with many candidates stays cheap.

#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace marquee::search {

// Code points of UTF-8 `s` (malformed bytes become U+FFFD).
std::u32string DecodeUtf8(std::string_view s);

// The most edits a query word of `chars` characters may take: none below 4
// characters, one from 4, two from 8.
inline int MaxEdits(size_t chars) { return chars >= 8 ? 2 : chars >= 4 ? 1 : 0; }
// The most edits one word may take when every other word of the query
// matches as typed ("mat damon", "gwenyth paltrow"): one from 3
// characters, two from 6.
inline int RelaxedEdits(size_t chars) { return chars >= 6 ? 2 : chars >= 3 ? 1 : 0; }

// The distance between a and b, or max + 1 when it is more than max.
int BoundedDamerau(std::u32string_view a, std::u32string_view b, int max);

// The least distance between `word` and any prefix of `text` (how far the
// text is from starting with the word), or max + 1 when more than max.
int BoundedPrefixDamerau(std::u32string_view word, std::u32string_view text, int max);

// True when a and b are equal once runs of a repeated character are
// squeezed to one ("colete" and "collette"): doubled letters are the most
// common misspelling, so search accepts them beyond the edit limit.
bool SameSqueezed(std::u32string_view a, std::u32string_view b);

}  // namespace marquee::search
