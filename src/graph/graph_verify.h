// What the two halves of Graph::Verify share: graph_verify.cc checks the
// graph's own structure and notes what the titles say along the way;
// graph_verify_credits.cc checks the edges against the index's credits.
// The checks, and why they are shaped so, are in those files.

#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "graph/graph_internal.h"

namespace marquee::graph {

// The edge index of `row` in edges[b, e) (sorted), or kNone. Without
// branches on the data: a series' credits look up its thousands of people
// in random order, and mispredicted halvings would cost most of the check.
inline uint32_t Find(std::span<const uint32_t> edges, uint32_t b, uint32_t e, uint32_t row) {
  if (b >= e) return format::kNone;
  const uint32_t* base = edges.data() + b;
  for (uint32_t n = e - b; n > 1; n -= n / 2) base = base[n / 2] <= row ? base + n / 2 : base;
  return *base == row ? static_cast<uint32_t>(base - edges.data()) : format::kNone;
}

// splitmix64's mixer: sets are compared by the wrapping sum of their
// members' mixed keys, which any change of a member changes.
inline uint64_t Mix(uint64_t z) {
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

// Corruption naming the graph section, then `what`.
Status GraphCorruption(const Graph::Rep& g, graph_format::GraphSection id, const std::string& what);
std::string PersonText(const Graph::Rep& g, uint32_t person);  // "person row 3 (nm0000004)"
std::string NodeText(const Graph::Rep& g, uint32_t node);      // "node row 2 (tt0000103)"

// What the structure check notes of the titles, streaming past them, for
// the check of the credits.
struct TitleNotes {
  std::vector<uint32_t> credit_begin;  // by title row, plus the end: 49 MB at full scale, not 688
  size_t episodes = 0;                 // titles with a series
  uint64_t episode_pairs = 0;          // sum of Mix(episode << 32 | series) over them
};

// Every edge backed by credits with exactly its categories, and every
// credit an edge (graph_verify_credits.cc). Runs after the structure check.
Status VerifyCredits(const Graph::Rep& g, const TitleNotes& notes);

}  // namespace marquee::graph
