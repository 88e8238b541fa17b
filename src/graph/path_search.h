// PathSearch: one shortest-chain query (Connections::Path), shared by the
// search itself (path.cc) and the reading back of chains (chains.cc). See
// path.cc for how it searches and chains.cc for how it chooses.

#pragma once

#include <chrono>
#include <vector>

#include "graph/graph_internal.h"
#include "graph/scratch.h"

namespace marquee::graph {

inline uint64_t SatAdd(uint64_t a, uint64_t b) { return a + b < a ? UINT64_MAX : a + b; }
inline uint64_t SatMul(uint64_t a, uint64_t b) { return b && a > UINT64_MAX / b ? UINT64_MAX : a * b; }

inline constexpr int kPerson = 0, kTitle = 1;  // a vertex at half-level h is of kind h % 2
inline constexpr uint32_t kAhead = 8;          // prefetch distance, in edges or vertices

class PathSearch {
 public:
  using Clock = std::chrono::steady_clock;

  PathSearch(const Graph& graph, const CompiledFilter& f, Connections::Scratch* s, const PathOptions& o)
      : g_(graph.rep()), f_(f), s_(*s), opt_(o), counting_(o.max_chains > 1), start_(Clock::now()) {
    adj_[kPerson] = PersonSide(g_);
    adj_[kTitle] = NodeSide(g_);
  }

  Status Run(PersonRow a, PersonRow b, PathResult* r);

 private:
  TrackedBits& Seen(int side, int kind) { return s_.seen[side][kind]; }
  const TrackedBits& Seen(int side, int kind) const { return s_.seen[side][kind]; }
  uint8_t& Level(int side, int kind, uint32_t v) const { return level_[kind][2 * size_t{v} + side]; }
  uint64_t& Count(int side, int kind, uint32_t v) const { return count_[kind][2 * size_t{v} + side]; }
  // The frontier: the last level's part of Seen(side, half % 2).set().
  std::span<const uint32_t> Frontier(int side) const {
    const auto& all = Seen(side, half_[side] % 2).set();
    return std::span<const uint32_t>(all).subspan(begin_[side]);
  }
  // Reached by `side` at half-level h.
  bool At(int side, int kind, uint32_t v, uint32_t h) const {
    return Seen(side, kind).Test(v) && Level(side, kind, v) == h;
  }
  Status Charge(uint64_t edges, uint64_t visits);
  Status Meet(int side, std::vector<uint32_t>* meets);
  Status Step(int side);
  // Distance, chain count and chains from the meeting vertices (chains.cc).
  void ReadChains(int side, std::vector<uint32_t>& meets, PathResult* r);
  void Best(int kind, std::vector<uint32_t>* v) const;
  void Back(int side, uint32_t v, uint32_t h, size_t limit, std::vector<uint32_t>* walk,
            std::vector<std::vector<uint32_t>>* out) const;

  const Graph::Rep& g_;
  const CompiledFilter& f_;
  Connections::Scratch& s_;
  const PathOptions& opt_;
  Side adj_[2];
  bool counting_;
  Clock::time_point start_;
  uint8_t* level_[2] = {};
  uint64_t* count_[2] = {};
  uint32_t half_[2] = {0, 0};    // half-level of each side's frontier
  size_t begin_[2] = {0, 0};     // where the frontier starts in its Seen list
  uint64_t cost_[2] = {0, 0};    // edges its next step reads
  uint64_t visits_ = 0, edges_ = 0, next_check_ = 1 << 16;
  mutable bool mirror_broken_ = false;  // Back() met a vertex with no way back
};

}  // namespace marquee::graph
