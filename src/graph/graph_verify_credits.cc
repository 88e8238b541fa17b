// The check of the graph's edges against the index's credits, the one
// part of Graph::Verify that reads outside the graph: node by node, the
// credits of its title (unless an episode: those link through the series)
// and of its episodes. Each must be an edge of the node, and each edge's
// mask exactly the categories of its credits, so no edge lacks a credit.
//
// The index lists each series' episodes, the lists one after another in
// row order; that the (episode, series) pairs listed are exactly the
// titles' own is decided by comparing hash sums, so no credit is missed.
// An episode's credits lie anywhere in the index: they are fetched ahead,
// which is most of the time this check takes at full scale. A failure may
// come of a damaged episode list rather than of the graph: the list is then
// checked on its own, to blame the right one.

#include <fmt/format.h>

#include "graph/graph_verify.h"
#include "index/format.h"

namespace marquee::graph {
namespace {

using graph_format::GraphSection;

std::span<const uint32_t> EpisodeList(const Index& index) {
  std::string_view bytes = index.section(static_cast<uint32_t>(format::SectionId::kEpisodes));
  return {reinterpret_cast<const uint32_t*>(bytes.data()), bytes.size() / sizeof(uint32_t)};
}

Status GatherCredits(const Graph::Rep& g, const TitleNotes& notes) {
  const auto credits = g.index->title_credit_records();
  const auto titles = g.index->title_records();
  const std::span<const uint32_t> list = EpisodeList(*g.index);
  const std::vector<uint32_t>& credit_begin = notes.credit_begin;
  std::vector<uint16_t> gathered;
  uint64_t pairs = 0;
  size_t c = 0;  // the next entry of `list`
  for (uint32_t n = 0; n < g.n_nodes; ++n) {
    const uint32_t b = g.node_adj[n].begin, d = g.node_adj[n].default_end, e = g.node_adj[n + 1].begin;
    gathered.assign(e - b, 0);
    auto gather = [&](uint32_t title) {
      for (uint32_t k = credit_begin[title]; k < credit_begin[title + 1]; ++k) {
        const uint32_t p = credits[k].person;
        uint32_t j = Find(g.node_edges, b, d, p);
        if (j == format::kNone) j = Find(g.node_edges, d, e, p);
        if (j == format::kNone)
          return GraphCorruption(g, GraphSection::kNodeEdges, fmt::format("{} lacks an edge for title credit {} "
                                                                          "(title row {}, person row {})",
                                                                          NodeText(g, n), k, title, p));
        gathered[j - b] |= graph_format::CategoryBit(format::RoleCategory(credits[k].role));
      }
      return Status::OK();
    };
    if (titles[n].parent >= g.n_nodes) MARQUEE_RETURN_IF_ERROR(gather(n));
    const std::span<const uint32_t> episodes = g.index->episodes(n);
    if (!episodes.empty() && episodes.data() != list.data() + c) break;  // lists out of order: damage
    for (const size_t end = c + episodes.size(); c < end; ++c) {
      // Here, not in a helper: GCC deems a function that only prefetches
      // pure and drops the calls.
      if (c + 16 < list.size() && list[c + 16] < g.n_nodes) __builtin_prefetch(&credit_begin[list[c + 16]]);
      if (c + 8 < list.size() && list[c + 8] < g.n_nodes) __builtin_prefetch(&credits[credit_begin[list[c + 8]]]);
      const uint32_t episode = list[c];
      if (episode >= g.n_nodes) break;
      pairs += Mix(uint64_t{episode} << 32 | n);
      MARQUEE_RETURN_IF_ERROR(gather(episode));
    }
    for (uint32_t j = b; j < e; ++j) {
      if (gathered[j - b] != g.node_masks[j])
        return GraphCorruption(g, GraphSection::kNodeMasks,
                               fmt::format("{}, edge {} ({}): category mask {:#06x}, its credits give {:#06x}",
                                           NodeText(g, n), j, PersonText(g, g.node_edges[j]), g.node_masks[j],
                                           gathered[j - b]));
    }
  }
  if (c != list.size() || c != notes.episodes || pairs != notes.episode_pairs)
    return GraphCorruption(g, GraphSection::kNodeEdges, "episode credits missed");
  return Status::OK();
}

// Every title with a series listed once, the list ascending by series.
Status CheckEpisodeList(const Graph::Rep& g, const TitleNotes& notes) {
  const auto titles = g.index->title_records();
  const std::span<const uint32_t> list = EpisodeList(*g.index);
  std::vector<bool> listed(g.n_nodes);
  uint32_t series = 0;
  for (size_t c = 0; c < list.size(); ++c) {
    const uint32_t episode = list[c];
    if (episode >= g.n_nodes || listed[episode] || titles[episode].parent >= g.n_nodes ||
        titles[episode].parent < series)
      return Status::Corruption(fmt::format("{}: episode list entry {} (title row {}) is out of place (the core "
                                            "sections are damaged)", g.index->path(), c, episode));
    listed[episode] = true;
    series = titles[episode].parent;
  }
  if (list.size() != notes.episodes)
    return Status::Corruption(fmt::format("{}: {} titles are episodes of a series, {} are listed (the core sections "
                                          "are damaged)", g.index->path(), notes.episodes, list.size()));
  return Status::OK();
}

}  // namespace

Status VerifyCredits(const Graph::Rep& g, const TitleNotes& notes) {
  Status s = GatherCredits(g, notes);
  if (!s.ok()) MARQUEE_RETURN_IF_ERROR(CheckEpisodeList(g, notes));
  return s;
}

}  // namespace marquee::graph
