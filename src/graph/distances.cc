// Single-source distances: the Oracle of Bacon's "center" numbers for one
// person (center.cc ranks many). A whole-graph BFS is bound by memory latency, so visited
// sets are bit sets (15 M people fit in 2 MB, i.e. in cache), small
// frontiers are expanded top-down with prefetching and large ones bottom-up
// in row order.

#include <algorithm>
#include <chrono>
#include <fmt/format.h>

#include "graph/graph_internal.h"
#include "graph/scratch.h"

namespace marquee {
namespace {

using namespace graph;
using Clock = std::chrono::steady_clock;

// A frontier holding more than 1/kBottomUpShare of the rows with links is
// expanded bottom-up (Beamer et al., direction-optimizing BFS).
constexpr uint64_t kBottomUpShare = 20;

inline bool TestAndSet(uint64_t* bits, uint32_t i) {
  uint64_t bit = uint64_t{1} << (i & 63);
  uint64_t& w = bits[i >> 6];
  if (w & bit) return true;
  w |= bit;
  return false;
}

}  // namespace

Status Connections::Distances(PersonRow person, const DistanceOptions& o, DistanceResult* r) {
  const Graph::Rep& g = graph_.rep();
  *r = DistanceResult();
  if (person >= g.n_people) return Status::InvalidArgument("no such person row");
  CompiledFilter f;
  MARQUEE_RETURN_IF_ERROR(graph::Compile(g, o.filter, &f));
  const Side sides[2] = {PersonSide(g), NodeSide(g)};  // by the kind of the row read
  const uint32_t rows[2] = {g.n_people, g.n_nodes};
  // Rows that have links at all; a frontier holding a good share of them is
  // swept bottom-up (see below). Unknown for a filtered graph: all rows.
  const uint64_t linked[2] = {f.default_only ? g.header->default_people : g.n_people,
                              f.default_only ? g.header->default_nodes : g.n_nodes};
  auto start = Clock::now();
  std::vector<uint64_t>* seen[2] = {&scratch_->person_seen, &scratch_->node_seen};
  for (auto* bits : seen) std::fill(bits->begin(), bits->end(), 0);
  std::vector<uint64_t>& in_frontier = scratch_->frontier_bits;
  in_frontier.assign((std::max(g.n_people, g.n_nodes) + 63) / 64, 0);
  std::vector<uint32_t>& frontier = scratch_->frontier[0];
  std::vector<uint32_t>& next = scratch_->next[0];
  frontier.assign(1, person);
  TestAndSet(seen[0]->data(), person);
  r->people_at.push_back(1);
  uint64_t visits = 1, edges = 0, next_check = 1 << 20;
  auto charge = [&](uint64_t read) -> Status {
    edges += read;
    if (o.budget.max_visits && visits > o.budget.max_visits)
      return Status::BudgetExceeded(fmt::format("gave up after reaching {} people and titles (the budget is {})",
                                                visits, o.budget.max_visits));
    if (edges >= next_check) {
      next_check = edges + (1 << 20);
      double secs = std::chrono::duration<double>(Clock::now() - start).count();
      if (o.budget.max_seconds > 0 && secs > o.budget.max_seconds)
        return Status::BudgetExceeded(fmt::format("gave up after {:.1f} s, having reached {} people and titles",
                                                  secs, visits));
    }
    return Status::OK();
  };
  for (int kind = 0; !frontier.empty(); kind = 1 - kind) {
    const int to = 1 - kind;
    const Side& adj = sides[kind];
    uint64_t* to_seen = seen[to]->data();
    auto passes = [&](uint32_t w) { return to != 1 || !f.check_node || f.NodeOk(g.attrs[w]); };
    next.clear();
    if (frontier.size() * kBottomUpShare > linked[kind]) {
      // Bottom-up: every row not yet reached checks whether a neighbour is on
      // the frontier. Rows are read in order (sequential, prefetched by the
      // hardware) and each stops at its first hit, which beats reading
      // millions of scattered frontier ranges once the frontier is large.
      for (uint32_t v : frontier) in_frontier[v >> 6] |= uint64_t{1} << (v & 63);
      const Side& back = sides[to];
      for (uint32_t w = 0; w < rows[to]; ++w) {
        if ((to_seen[w >> 6] >> (w & 63)) & 1) continue;
        auto [b, e] = Range(back, w, f);
        if (b == e) continue;
        uint32_t i = b;
        for (; i < e; ++i) {
          uint32_t v = back.edges[i];
          if (v < back.limit && ((in_frontier[v >> 6] >> (v & 63)) & 1) &&
              (!f.check_mask || (back.masks[i] & f.categories)))
            break;
        }
        if (i < e && passes(w)) {
          TestAndSet(to_seen, w);
          next.push_back(w);
        }
        if ((w & 0xFFFF) == 0) MARQUEE_RETURN_IF_ERROR(charge(0));
      }
      MARQUEE_RETURN_IF_ERROR(charge(adj.edges.size()));
      for (uint32_t v : frontier) in_frontier[v >> 6] = 0;
    } else {
      // Top-down, prefetching each frontier row's range, then its edges.
      const graph_format::AdjRange* ranges = adj.adj.data();
      for (size_t k = 0; k < frontier.size(); ++k) {
        if (k + 16 < frontier.size()) __builtin_prefetch(&ranges[frontier[k + 16]]);
        if (k + 8 < frontier.size()) __builtin_prefetch(adj.edges.data() + ranges[frontier[k + 8]].begin);
        uint32_t read = ForEachEdge(adj, frontier[k], f, [&](uint32_t w) {
          if (((to_seen[w >> 6] >> (w & 63)) & 1) || !passes(w)) return;
          TestAndSet(to_seen, w);
          next.push_back(w);
        });
        MARQUEE_RETURN_IF_ERROR(charge(read));
      }
    }
    visits += next.size();
    if (to == 0 && !next.empty()) r->people_at.push_back(next.size());
    if (to == 1) r->titles_reached += next.size();
    frontier.swap(next);
  }
  uint64_t sum = 0;
  for (size_t d = 1; d < r->people_at.size(); ++d) {
    r->reachable += r->people_at[d];
    sum += d * r->people_at[d];
  }
  r->average = r->reachable ? static_cast<double>(sum) / static_cast<double>(r->reachable) : 0;
  return Status::OK();
}

}  // namespace marquee
