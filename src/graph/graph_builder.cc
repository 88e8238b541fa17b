// Builds the connection graph person by person (episodes folded into their
// series, repeated links merged into one edge whose mask has every
// category), then transposes it with a counting sort for the node side.
// Edge arrays are written straight into exactly sized section buffers, so
// the build's peak memory grows by one copy of the graph and no more.

#include "graph/graph_builder.h"

#include <algorithm>
#include <cstring>
#include <string_view>

#include "graph/graph_format.h"

namespace marquee::graph {
namespace {

using namespace graph_format;

template <typename T>
T* Records(std::string* bytes) {
  return reinterpret_cast<T*>(bytes->data());
}

ExtraSection Section(GraphSection id, uint32_t record_size, size_t records) {
  return ExtraSection{static_cast<uint32_t>(id), record_size, std::string(records * record_size, '\0')};
}

}  // namespace

Status ProduceGraphSections(const CoreView& core, ProgressSink* progress, std::vector<ExtraSection>* out) {
  if (progress) progress->Phase("building the connection graph");
  const Catalog& cat = core.catalog;
  const uint32_t n_titles = static_cast<uint32_t>(cat.title_keys.size());
  const uint32_t n_people = static_cast<uint32_t>(cat.person_keys.size());
  const std::span<const format::TitleRecord> titles(cat.titles.data(), n_titles);

  GraphHeader header{};
  header.version = kGraphVersion;
  header.n_people = n_people;
  header.n_nodes = n_titles;
  const auto& categories = cat.categories.refs();
  header.default_categories = DefaultCategoryBits(static_cast<uint32_t>(categories.size()),
                                                  [&](uint32_t c) { return cat.strings.Get(categories[c]); });
  const auto& types = cat.title_types.refs();
  DefaultTypeBits(static_cast<uint32_t>(types.size()), [&](uint32_t t) { return cat.strings.Get(types[t]); },
                  header.default_types);

  // Node attributes; a node is a title that is not an episode of a known series.
  ExtraSection attrs = Section(GraphSection::kNodeAttrs, sizeof(NodeAttr), n_titles);
  NodeAttr* attr = Records<NodeAttr>(&attrs.bytes);
  std::vector<bool> default_node(n_titles, false);  // 1.5 MB at full scale; the attributes are 150 MB
  for (uint32_t t = 0; t < n_titles; ++t) {
    attr[t] = NodeAttrOf(titles[t]);
    default_node[t] = IsDefaultNode(header, attr[t]);
  }
  auto node_of = [&](uint32_t title) {
    uint32_t parent = titles[title].parent;
    return parent < n_titles ? parent : title;
  };

  // A person's links: (node, category mask), one per node, sorted, the
  // default ones first.
  std::vector<std::pair<uint32_t, uint16_t>> links;
  auto is_default = [&](const std::pair<uint32_t, uint16_t>& l) {
    return default_node[l.first] && (l.second & header.default_categories);
  };
  auto collect = [&](uint32_t p) {
    links.clear();
    for (uint32_t i = cat.people[p].credit_begin; i < cat.people[p + 1].credit_begin; ++i) {
      const format::PersonCredit& pc = core.person_credits[i];
      uint32_t category = format::RoleCategory(core.title_credits[pc.credit].role);
      links.emplace_back(node_of(pc.title), CategoryBit(category));
    }
    std::sort(links.begin(), links.end());
    size_t merged = 0;
    for (size_t i = 0; i < links.size(); ++i) {
      if (merged && links[merged - 1].first == links[i].first) links[merged - 1].second |= links[i].second;
      else links[merged++] = links[i];
    }
    links.resize(merged);
    std::stable_partition(links.begin(), links.end(), is_default);
  };

  // Person side. Merging repeated links halves the edges at full scale, so
  // a counting pass sizes the buffers exactly (at full scale the slack
  // would be ~300 MB at the build's peak).
  uint64_t n_edges = 0, n_default = 0;
  for (uint32_t p = 0; p < n_people; ++p) {
    collect(p);
    n_edges += links.size();
  }
  if (n_edges >= format::kNone) return Status::NotSupported("the connection graph has more than 2^32 edges");
  ExtraSection person_adj = Section(GraphSection::kPersonAdj, sizeof(AdjRange), size_t{n_people} + 1);
  ExtraSection person_edges = Section(GraphSection::kPersonEdges, sizeof(uint32_t), n_edges);
  ExtraSection person_masks = Section(GraphSection::kPersonMasks, sizeof(uint16_t), n_edges);
  AdjRange* padj = Records<AdjRange>(&person_adj.bytes);
  uint32_t* pedge = Records<uint32_t>(&person_edges.bytes);
  uint16_t* pmask = Records<uint16_t>(&person_masks.bytes);
  // Node side ranges, counted here: per node, default edges in `begin` and
  // the others in `default_end`, turned into cursors below.
  ExtraSection node_adj = Section(GraphSection::kNodeAdj, sizeof(AdjRange), size_t{n_titles} + 1);
  AdjRange* nadj = Records<AdjRange>(&node_adj.bytes);
  uint64_t written = 0;
  for (uint32_t p = 0; p < n_people; ++p) {
    collect(p);
    padj[p].begin = static_cast<uint32_t>(written);
    uint32_t defaults = 0;
    for (const auto& l : links) {
      bool def = is_default(l);
      defaults += def;
      ++(def ? nadj[l.first].begin : nadj[l.first].default_end);
      pedge[written] = l.first;
      pmask[written] = l.second;
      ++written;
    }
    n_default += defaults;
    padj[p].default_end = padj[p].begin + defaults;
    if (defaults) ++header.default_people;
  }
  padj[n_people] = AdjRange{static_cast<uint32_t>(n_edges), static_cast<uint32_t>(n_edges)};
  header.n_edges = n_edges;
  header.n_default_edges = n_default;

  // Node side: a counting sort of the same edges by node. Each node's two
  // cursors start at the ends of its two parts and count down, so after
  // the fill they rest on the part starts, which is the final range; walking
  // people from the last row down leaves each part sorted by person.
  ExtraSection node_edges = Section(GraphSection::kNodeEdges, sizeof(uint32_t), n_edges);
  ExtraSection node_masks = Section(GraphSection::kNodeMasks, sizeof(uint16_t), n_edges);
  uint32_t* nedge = Records<uint32_t>(&node_edges.bytes);
  uint16_t* nmask = Records<uint16_t>(&node_masks.bytes);
  {
    uint32_t begin = 0;
    for (uint32_t t = 0; t < n_titles; ++t) {
      uint32_t defaults = nadj[t].begin, others = nadj[t].default_end;
      if (defaults) ++header.default_nodes;
      nadj[t] = AdjRange{begin + defaults, begin + defaults + others};
      begin += defaults + others;
    }
    nadj[n_titles] = AdjRange{begin, begin};
  }
  for (uint32_t p = n_people; p-- > 0;) {
    for (uint32_t i = padj[p + 1].begin; i-- > padj[p].begin;) {
      uint32_t t = pedge[i];
      uint32_t slot = i < padj[p].default_end ? --nadj[t].begin : --nadj[t].default_end;
      nedge[slot] = p;
      nmask[slot] = pmask[i];
    }
  }

  ExtraSection head{static_cast<uint32_t>(GraphSection::kHeader), sizeof(GraphHeader), std::string(sizeof(header), '\0')};
  std::memcpy(head.bytes.data(), &header, sizeof(header));
  out->push_back(std::move(head));
  out->push_back(std::move(person_adj));
  out->push_back(std::move(person_edges));
  out->push_back(std::move(person_masks));
  out->push_back(std::move(node_adj));
  out->push_back(std::move(node_edges));
  out->push_back(std::move(node_masks));
  out->push_back(std::move(attrs));
  return Status::OK();
}

}  // namespace marquee::graph
