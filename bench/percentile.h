// The one percentile rule every benchmark here reports by: nearest rank, the
// smallest sample with at least p% of all samples at or below it. One rule,
// so that a p50 or p99 in BENCHMARKS.md means the same in every table.

#pragma once

#include <algorithm>
#include <cmath>
#include <vector>

namespace bench {

// The p-th percentile (p in 0..100) of `sorted`, ascending; 0 when empty.
inline double PercentileOfSorted(const std::vector<double>& sorted, double p) {
  if (sorted.empty()) return 0;
  auto rank = static_cast<size_t>(std::ceil(p / 100.0 * static_cast<double>(sorted.size())));
  return sorted[std::clamp<size_t>(rank, 1, sorted.size()) - 1];
}

// The same of unsorted samples.
inline double Percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  return PercentileOfSorted(v, p);
}

}  // namespace bench
