// The graph module's sections of an index file (ids 48..63, format.h): a
// compact bipartite adjacency between people and "nodes" (titles, with every
// episode folded into its series), in both directions, built once at index
// build time so that connection queries never touch the credit records.
// docs/graph_format.md describes the same layout in prose; a change here
// must bump kGraphVersion and that document.
//
// Each direction is CSR: a range array (one AdjRange per row plus a
// sentinel) into an edge array of row numbers, with a parallel array of
// category bit masks. Within a row's range, the edges of the default graph
// (on-screen credits in non-adult movies, TV movies and series) come first,
// up to `default_end`, then all other edges; each part is sorted by row.
// So a default query reads one contiguous prefix and no masks at all.

#pragma once

#include <cstdint>
#include <string_view>

#include "index/format.h"

namespace marquee::graph_format {

inline constexpr uint32_t kGraphVersion = 1;

enum class GraphSection : uint32_t {
  kHeader = static_cast<uint32_t>(format::SectionId::kGraphFirst),  // GraphHeader[1]
  kPersonAdj = kHeader + 1,    // AdjRange[n_people + 1]
  kPersonEdges = kHeader + 2,  // u32[n_edges]: node (title) rows
  kPersonMasks = kHeader + 3,  // u16[n_edges]: category bits of each edge
  kNodeAdj = kHeader + 4,      // AdjRange[n_nodes + 1]
  kNodeEdges = kHeader + 5,    // u32[n_edges]: person rows
  kNodeMasks = kHeader + 6,    // u16[n_edges]
  kNodeAttrs = kHeader + 7,    // NodeAttr[n_nodes]
};

// Category code c (kCategories) is edge bit c; codes from 15 on share bit 15.
inline constexpr uint32_t kMaxCategoryBit = 15;
inline constexpr uint16_t CategoryBit(uint32_t code) {
  return static_cast<uint16_t>(1u << (code < kMaxCategoryBit ? code : kMaxCategoryBit));
}

#pragma pack(push, 1)

struct GraphHeader {
  uint32_t version;            // kGraphVersion
  uint32_t n_people;           // = the index's person count
  uint32_t n_nodes;            // = the index's title count (episodes have no edges)
  uint16_t default_categories; // category bits of the default graph
  uint16_t pad0;
  uint64_t n_edges;            // each direction
  uint64_t n_default_edges;    // each direction
  uint32_t default_nodes;      // nodes with at least one default edge
  uint32_t default_people;     // people with at least one default edge
  uint8_t default_types[32];   // bit set over title type codes (kTitleTypes)
  uint8_t reserved[56];
};
static_assert(sizeof(GraphHeader) == 128);

// Edges of row r: [adj[r].begin, adj[r + 1].begin); the default ones are
// [adj[r].begin, adj[r].default_end). Interleaved so one cache line holds both.
struct AdjRange {
  uint32_t begin;
  uint32_t default_end;
};
static_assert(sizeof(AdjRange) == 8);

// What a query's filters test on a node, copied out of TitleRecord so a
// filtered traversal reads 12 bytes per node instead of 56. A series' years
// are its run (start..end), so a year range keeps it if the run overlaps.
struct NodeAttr {
  uint32_t votes;
  uint16_t start_year;         // 0 = unknown
  uint16_t end_year;           // = start_year unless a series with an end
  uint8_t type;                // index into kTitleTypes
  uint8_t flags;               // kNodeAdult
  uint16_t pad;
};
static_assert(sizeof(NodeAttr) == 12);
inline constexpr uint8_t kNodeAdult = 1;

#pragma pack(pop)

// The default graph, by name: categories and title types.
inline constexpr const char* kDefaultCategories[] = {"actor", "actress", "self"};
inline constexpr const char* kDefaultTypes[] = {"movie", "tvMovie", "tvSeries", "tvMiniSeries"};

// What the builder derives and Graph::Verify expects, in one place: the
// header's default sets from the index's vocabularies (`name(code)` for
// codes 0..n-1), a node's attributes from its title, and which nodes the
// default graph has (an edge is in it when its node is and its mask
// meets default_categories).
template <typename NameOf>
uint16_t DefaultCategoryBits(uint32_t n, NameOf name) {
  uint16_t bits = 0;
  for (uint32_t c = 0; c < n; ++c)
    for (const char* d : kDefaultCategories)
      if (name(c) == std::string_view(d)) bits |= CategoryBit(c);
  return bits;
}
template <typename NameOf>
void DefaultTypeBits(uint32_t n, NameOf name, uint8_t (&bits)[32]) {
  for (uint32_t t = 0; t < n && t < 256; ++t)
    for (const char* d : kDefaultTypes)
      if (name(t) == std::string_view(d)) bits[t / 8] |= static_cast<uint8_t>(1u << (t % 8));
}
inline NodeAttr NodeAttrOf(const format::TitleRecord& r) {
  return NodeAttr{r.votes, r.start_year, r.end_year ? r.end_year : r.start_year, r.type,
                  static_cast<uint8_t>(r.flags & format::kTitleAdult ? kNodeAdult : 0), 0};
}
inline bool IsDefaultNode(const GraphHeader& h, const NodeAttr& a) {
  return !(a.flags & kNodeAdult) && ((h.default_types[a.type / 8] >> (a.type % 8)) & 1);
}

}  // namespace marquee::graph_format
