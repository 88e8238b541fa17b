// Connections::Scratch: the per-thread working memory of graph queries,
// sized by the graph and reused across queries. Arrays are calloc'd, so
// pages a query never touches cost nothing; visited sets are bit sets that
// stay in cache at full scale and are cleared by what was set.

#pragma once

#include <cstdint>
#include <cstdlib>
#include <sys/mman.h>
#include <utility>
#include <cstring>
#include <algorithm>
#include <memory>
#include <vector>

#include "marquee/graph.h"

namespace marquee {

namespace graph {

// A zero-filled array allocated on first use, from anonymous memory: pages
// a query never touches cost nothing. Large arrays ask for transparent huge
// pages, since a full-scale query can touch most of a 100 MB array and
// faulting it in 4 KB pages would cost more than the query.
template <typename T>
class LazyArray {
 public:
  explicit LazyArray(size_t n = 0) : bytes_(std::max<size_t>(n, 1) * sizeof(T)) {}
  ~LazyArray() {
    if (p_) munmap(p_, bytes_);
  }
  LazyArray(LazyArray&& o) noexcept : bytes_(o.bytes_), p_(std::exchange(o.p_, nullptr)) {}
  LazyArray& operator=(const LazyArray&) = delete;
  T* get() {
    if (!p_) {
      void* p = mmap(nullptr, bytes_, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
      if (p == MAP_FAILED) std::abort();  // out of memory: nothing sensible to return
      if (bytes_ >= (size_t{2} << 20)) madvise(p, bytes_, MADV_HUGEPAGE);
      p_ = static_cast<T*>(p);
    }
    return p_;
  }
  void Clear() {
    if (p_) std::memset(p_, 0, bytes_);
  }

 private:
  size_t bytes_;
  T* p_ = nullptr;
};

// A bit set whose set bits are also listed, so clearing costs what setting
// did (or one memset when most words were touched).
class TrackedBits {
 public:
  explicit TrackedBits(size_t n = 0) : words_((n + 63) / 64) {}
  bool Test(uint32_t i) const { return (words_[i >> 6] >> (i & 63)) & 1; }
  void Set(uint32_t i) {
    words_[i >> 6] |= uint64_t{1} << (i & 63);
    set_.push_back(i);
  }
  const uint64_t* words() const { return words_.data(); }
  void Clear() {
    if (set_.size() > words_.size() / 8) std::fill(words_.begin(), words_.end(), 0);
    else
      for (uint32_t i : set_) words_[i >> 6] = 0;
    set_.clear();
  }
  // Everything set since the last Clear(), in order: a BFS keeps its
  // frontiers as ranges of this list.
  const std::vector<uint32_t>& set() const { return set_; }

 private:
  std::vector<uint64_t> words_;
  std::vector<uint32_t> set_;
};

// Path levels: half-levels 0..126 (people at even, titles at odd depths).
inline constexpr uint32_t kMaxLevel = 126;

}  // namespace graph

struct Connections::Scratch {
  Scratch(uint32_t people, uint32_t nodes)
      : seen{{graph::TrackedBits(people), graph::TrackedBits(nodes)}, {graph::TrackedBits(people), graph::TrackedBits(nodes)}},
        rejected(nodes), person_level(2 * size_t{people}), node_level(2 * size_t{nodes}),
        person_count(2 * size_t{people}), node_count(2 * size_t{nodes}), tally(2 * size_t{people}),
        person_seen((people + 63) / 64), node_seen((nodes + 63) / 64) {}

  // Path: what each side ([side][kind], kind 0 people, 1 titles) has
  // reached, titles the filter rejected, and the half-level and chain count
  // of each reached vertex at [2 * row + side] (valid only where seen).
  graph::TrackedBits seen[2][2];
  graph::TrackedBits rejected;
  graph::LazyArray<uint8_t> person_level, node_level;
  graph::LazyArray<uint64_t> person_count, node_count;
  // Costars: tally[2 * row + 1] counts when tally[2 * row] holds the
  // query's epoch (side by side: one cache miss per co-star, not two).
  uint32_t epoch = 0;
  graph::LazyArray<uint32_t> tally;
  // Distances: visited bit sets, and frontiers.
  std::vector<uint64_t> person_seen, node_seen, frontier_bits;
  std::vector<uint32_t> frontier[2], titles[2], next[2];
};

}  // namespace marquee
