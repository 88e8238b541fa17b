// Characters gathered over many credits (a series' episodes, a person's
// episodes of one series) into one entry: each name once, in first-seen
// order, and at most kMaxMergedCharacters, since a long-running role list
// ("Himself", "Himself - Host", ...) would otherwise swamp the line.

#pragma once

#include <algorithm>
#include <string_view>
#include <vector>

#include "marquee/index.h"

namespace marquee {

inline constexpr size_t kMaxMergedCharacters = 8;

inline void MergeCharacters(const ListText& from, std::vector<std::string_view>* to) {
  for (std::string_view c : from.Items())
    if (to->size() < kMaxMergedCharacters && std::find(to->begin(), to->end(), c) == to->end()) to->push_back(c);
}

}  // namespace marquee
