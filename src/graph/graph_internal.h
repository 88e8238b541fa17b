// What the graph module's query files share: the typed views of the mapped
// graph sections (Graph::Rep), a ConnectionFilter compiled to the bit tests a
// traversal makes per edge and per node, and the one edge loop every query
// uses, so that the default graph's fast path (read a contiguous prefix, test
// nothing) lives in one place.

#pragma once

#include <bitset>
#include <span>

#include "graph/graph_format.h"
#include "marquee/graph.h"

namespace marquee {

struct Graph::Rep {
  const Index* index = nullptr;
  const graph_format::GraphHeader* header = nullptr;
  std::span<const graph_format::AdjRange> person_adj, node_adj;  // with sentinels
  std::span<const uint32_t> person_edges, node_edges;
  std::span<const uint16_t> person_masks, node_masks;
  std::span<const graph_format::NodeAttr> attrs;
  uint32_t n_people = 0, n_nodes = 0;
};

namespace graph {

struct CompiledFilter {
  bool default_only = true;  // read only the default prefix of each range
  bool check_mask = false;   // test edge category masks
  bool check_node = false;   // test node attributes
  uint16_t categories = 0;
  std::bitset<256> types;
  bool adult = false;
  uint16_t year_from = 0, year_to = 0xFFFF;
  uint32_t min_votes = 0;

  bool NodeOk(const graph_format::NodeAttr& a) const {
    if (!types[a.type]) return false;
    if (!adult && (a.flags & graph_format::kNodeAdult)) return false;
    if (year_from > 0 || year_to < 0xFFFF) {
      if (a.start_year == 0 || a.end_year < year_from || a.start_year > year_to) return false;
    }
    return a.votes >= min_votes;
  }
};

// Checks the filter against the index's vocabularies (unknown names and
// empty year ranges are InvalidArgument) and picks the cheapest traversal.
Status Compile(const Graph::Rep& g, const ConnectionFilter& filter, CompiledFilter* out);

// The edges of one row in one direction.
struct Side {
  std::span<const graph_format::AdjRange> adj;
  std::span<const uint32_t> edges;
  std::span<const uint16_t> masks;
  uint32_t limit;  // rows on the other side; larger ids (damage) are skipped
};
inline Side PersonSide(const Graph::Rep& g) { return {g.person_adj, g.person_edges, g.person_masks, g.n_nodes}; }
inline Side NodeSide(const Graph::Rep& g) { return {g.node_adj, g.node_edges, g.node_masks, g.n_people}; }

// [begin, end) of `row`'s edges under `f`, clamped to the edge array so a
// damaged index cannot send a traversal outside the mapping.
inline std::pair<uint32_t, uint32_t> Range(const Side& s, uint32_t row, const CompiledFilter& f) {
  uint32_t b = s.adj[row].begin;
  uint32_t e = f.default_only ? s.adj[row].default_end : s.adj[row + 1].begin;
  uint32_t n = static_cast<uint32_t>(s.edges.size());
  if (e > n) e = n;
  if (b > e) b = e;
  return {b, e};
}

// Calls fn(neighbor) for each edge of `row` whose categories pass `f` (node
// attributes are the caller's to test). Returns the edges read.
template <typename Fn>
inline uint32_t ForEachEdge(const Side& s, uint32_t row, const CompiledFilter& f, Fn&& fn) {
  auto [b, e] = Range(s, row, f);
  const uint32_t* edges = s.edges.data();
  if (!f.check_mask) {
    for (uint32_t i = b; i < e; ++i)
      if (edges[i] < s.limit) fn(edges[i]);
  } else {
    const uint16_t* masks = s.masks.data();
    for (uint32_t i = b; i < e; ++i)
      if ((masks[i] & f.categories) && edges[i] < s.limit) fn(edges[i]);
  }
  return e - b;
}

inline uint32_t Degree(const Side& s, uint32_t row, const CompiledFilter& f) {
  auto [b, e] = Range(s, row, f);
  return e - b;
}

}  // namespace graph
}  // namespace marquee
