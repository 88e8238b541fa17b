// Graph::Verify: every invariant of the graph sections that the builder
// guarantees (docs/graph_format.md, "Invariants"). Graph::Open's checks
// already keep every read inside the sections; these catch a graph that is
// wrong, from a builder bug or from damage behind a recomputed checksum.
//
// At full scale the graph has 45 M edges a side, so every pass reads its
// arrays in order: the header against the index's vocabularies; node
// attributes against the title records; both range arrays; each side's
// edges (rows, order, masks, parts); then the credits
// (graph_verify_credits.cc). Whether the two sides hold the same edges is
// decided by comparing hash sums of each side's edges, so no edge is looked
// up on the other side unless the sums differ, and then only to name the
// first edge without a mirror.

#include <fmt/format.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "graph/graph_verify.h"
#include "index/format.h"

namespace marquee {
namespace graph {

using namespace graph_format;

Status GraphCorruption(const Graph::Rep& g, GraphSection id, const std::string& what) {
  static constexpr const char* kNames[] = {"header",      "person ranges", "person edges", "person masks",
                                           "node ranges", "node edges",    "node masks",   "node attributes"};
  uint32_t n = static_cast<uint32_t>(id);
  return Status::Corruption(fmt::format("{}: graph section {} ({}): {}", g.index->path(), n,
                                        kNames[n - static_cast<uint32_t>(GraphSection::kHeader)], what));
}
std::string PersonText(const Graph::Rep& g, uint32_t p) {
  return fmt::format("person row {} ({})", p, g.index->person_id(p));
}
std::string NodeText(const Graph::Rep& g, uint32_t t) { return fmt::format("node row {} ({})", t, g.index->title_id(t)); }

namespace {

// One edge as both sides must hold it.
uint64_t EdgeHash(uint32_t person, uint32_t node, uint16_t mask, bool in_default) {
  return Mix(Mix(uint64_t{person} << 32 | node) + (uint64_t{mask} << 1 | in_default));
}

class GraphChecker {
 public:
  explicit GraphChecker(const Graph::Rep& g)
      : g_(g), h_(*g.header), index_(*g.index), titles_(index_.title_records()) {
    for (uint32_t c = 0; c < index_.category_count(); ++c) all_categories_ |= CategoryBit(c);
  }

  Status Run() {
    MARQUEE_RETURN_IF_ERROR(Header());
    MARQUEE_RETURN_IF_ERROR(Attributes());
    MARQUEE_RETURN_IF_ERROR(Ranges(GraphSection::kPersonAdj, g_.person_adj));
    MARQUEE_RETURN_IF_ERROR(Ranges(GraphSection::kNodeAdj, g_.node_adj));
    uint64_t person_side = 0, node_side = 0;
    MARQUEE_RETURN_IF_ERROR(PersonEdges(&person_side));
    MARQUEE_RETURN_IF_ERROR(NodeEdges(&node_side));
    if (person_side != node_side) return Unmirrored();
    return VerifyCredits(g_, notes_);
  }

 private:
  Status Fail(GraphSection id, const std::string& what) const { return GraphCorruption(g_, id, what); }
  std::string Person(uint32_t p) const { return PersonText(g_, p); }
  std::string Node(uint32_t t) const { return NodeText(g_, t); }

  Status Header() const {
    const uint8_t* reserved = h_.reserved;
    if (h_.pad0 != 0 || std::any_of(reserved, reserved + sizeof(h_.reserved), [](uint8_t b) { return b != 0; }))
      return Fail(GraphSection::kHeader, "padding or reserved bytes are not zero");
    uint16_t categories =
        DefaultCategoryBits(index_.category_count(), [&](uint32_t c) { return index_.category_name(c); });
    if (h_.default_categories != categories)
      return Fail(GraphSection::kHeader, fmt::format("default categories {:#06x}, the index's categories give {:#06x}",
                                                     h_.default_categories, categories));
    uint8_t types[32] = {};
    DefaultTypeBits(index_.title_type_count(), [&](uint32_t t) { return index_.title_type_name(t); }, types);
    if (std::memcmp(types, h_.default_types, sizeof(types)) != 0)
      return Fail(GraphSection::kHeader, "default title types differ from the index's title types");
    return Status::OK();
  }

  // Also notes, while the title records stream by, what the check of the
  // credits needs of them (TitleNotes).
  Status Attributes() {
    const size_t n_credits = index_.title_credit_records().size();
    default_node_.resize(g_.n_nodes);
    notes_.credit_begin.resize(size_t{g_.n_nodes} + 1);
    for (uint32_t t = 0; t < g_.n_nodes; ++t) {
      NodeAttr expected = NodeAttrOf(titles_[t]);
      if (std::memcmp(&expected, &g_.attrs[t], sizeof(NodeAttr)) != 0)
        return Fail(GraphSection::kNodeAttrs, Node(t) + ": differs from its title record");
      default_node_[t] = IsDefaultNode(h_, expected);
      notes_.credit_begin[t] = static_cast<uint32_t>(std::min<size_t>(titles_[t].credit_begin, n_credits));
      if (titles_[t].parent < g_.n_nodes) {
        ++notes_.episodes;
        notes_.episode_pairs += Mix(uint64_t{t} << 32 | titles_[t].parent);
      }
    }
    notes_.credit_begin[g_.n_nodes] = static_cast<uint32_t>(n_credits);
    return Status::OK();
  }

  // Each row's [begin, default_end, next begin) in order, from 0; the
  // sentinel (whose begin Open checked) an empty range.
  Status Ranges(GraphSection id, std::span<const AdjRange> adj) const {
    if (adj[0].begin != 0) return Fail(id, "the first range does not start at edge 0");
    for (size_t r = 0; r + 1 < adj.size(); ++r) {
      if (adj[r].begin > adj[r].default_end || adj[r].default_end > adj[r + 1].begin)
        return Fail(id, fmt::format("row {}: range {}, {}, {} out of order", r, adj[r].begin, adj[r].default_end,
                                    adj[r + 1].begin));
    }
    if (adj.back().default_end != adj.back().begin) return Fail(id, "the sentinel range is not empty");
    return Status::OK();
  }

  // Every edge of a person: a node row, once, each part ascending, a mask
  // of the index's categories, in the default part exactly when in the
  // default graph.
  Status PersonEdges(uint64_t* hash) const {
    const auto& edges = g_.person_edges;
    uint64_t default_edges = 0;
    uint32_t default_people = 0;
    for (uint32_t p = 0; p < g_.n_people; ++p) {
      const uint32_t b = g_.person_adj[p].begin, d = g_.person_adj[p].default_end, e = g_.person_adj[p + 1].begin;
      for (uint32_t i = b; i < e; ++i) {
        const uint32_t t = edges[i];
        const uint16_t mask = g_.person_masks[i];
        auto edge = [&] { return fmt::format("{}, edge {}", Person(p), i); };  // only on failure: it costs
        if (t >= g_.n_nodes) return Fail(GraphSection::kPersonEdges, fmt::format("{}: node row {} out of range", edge(), t));
        if (i != b && i != d && edges[i - 1] >= t)
          return Fail(GraphSection::kPersonEdges, edge() + ": node rows not ascending");
        if (mask == 0 || (mask & ~all_categories_))
          return Fail(GraphSection::kPersonMasks, fmt::format("{}: category mask {:#06x} names no category of the "
                                                              "index", edge(), mask));
        bool in_default = default_node_[t] && (mask & h_.default_categories);
        if (in_default != (i < d))
          return Fail(GraphSection::kPersonEdges, fmt::format("{}: {} is {}in the default graph but listed {} the "
                                                              "default edges", edge(), Node(t), in_default ? "" : "not ",
                                                              in_default ? "after" : "among"));
        if (i >= d && Find(edges, b, d, t) != format::kNone)
          return Fail(GraphSection::kPersonEdges, fmt::format("{}: {} linked twice", edge(), Node(t)));
        *hash += EdgeHash(p, t, mask, in_default);
      }
      default_edges += d - b;
      default_people += d > b;
    }
    if (default_edges != h_.n_default_edges || default_people != h_.default_people)
      return Fail(GraphSection::kHeader, fmt::format("{} default edges and {} people with one, the person side has {} "
                                                     "and {}", h_.n_default_edges, h_.default_people, default_edges,
                                                     default_people));
    return Status::OK();
  }

  // Every edge of a node: a person row, each part strictly ascending.
  Status NodeEdges(uint64_t* hash) const {
    const auto& edges = g_.node_edges;
    uint32_t default_nodes = 0;
    for (uint32_t t = 0; t < g_.n_nodes; ++t) {
      const uint32_t b = g_.node_adj[t].begin, d = g_.node_adj[t].default_end, e = g_.node_adj[t + 1].begin;
      for (uint32_t i = b; i < e; ++i) {
        const uint32_t p = edges[i];
        if (p >= g_.n_people)
          return Fail(GraphSection::kNodeEdges, fmt::format("{}, edge {}: person row {} out of range", Node(t), i, p));
        if (i != b && i != d && edges[i - 1] >= p)
          return Fail(GraphSection::kNodeEdges, fmt::format("{}, edge {}: person rows not ascending", Node(t), i));
        *hash += EdgeHash(p, t, g_.node_masks[i], i < d);
      }
      default_nodes += d > b;
    }
    if (default_nodes != h_.default_nodes)
      return Fail(GraphSection::kHeader, fmt::format("{} nodes with a default edge, the node side has {}",
                                                     h_.default_nodes, default_nodes));
    return Status::OK();
  }

  // The two sides hold different edges: the first node edge whose mirror
  // (same part, same mask) the person side lacks. Edges are distinct on
  // both sides and as many, so there is one.
  Status Unmirrored() const {
    for (uint32_t t = 0; t < g_.n_nodes; ++t) {
      const uint32_t b = g_.node_adj[t].begin, d = g_.node_adj[t].default_end, e = g_.node_adj[t + 1].begin;
      for (uint32_t i = b; i < e; ++i) {
        const uint32_t p = g_.node_edges[i];
        const AdjRange& pa = g_.person_adj[p];
        uint32_t j = i < d ? Find(g_.person_edges, pa.begin, pa.default_end, t)
                           : Find(g_.person_edges, pa.default_end, g_.person_adj[p + 1].begin, t);
        if (j == format::kNone)
          return Fail(GraphSection::kNodeEdges, fmt::format("{}, edge {}: {} has no such edge in that part", Node(t), i,
                                                            Person(p)));
        if (g_.person_masks[j] != g_.node_masks[i])
          return Fail(GraphSection::kNodeMasks, fmt::format("{}, edge {}: category mask {:#06x}, {}'s edge has {:#06x}",
                                                            Node(t), i, g_.node_masks[i], Person(p), g_.person_masks[j]));
      }
    }
    return Fail(GraphSection::kNodeEdges, "the two sides hold different edges");
  }

  const Graph::Rep& g_;
  const GraphHeader& h_;
  const Index& index_;
  std::span<const format::TitleRecord> titles_;
  uint16_t all_categories_ = 0;
  std::vector<bool> default_node_;  // by node row: 1.5 MB at full scale, so lookups stay in cache
  TitleNotes notes_;
};

}  // namespace
}  // namespace graph

Status Graph::Verify() const { return graph::GraphChecker(*rep_).Run(); }

}  // namespace marquee
