// Graph: binding the graph sections of an open index, and compiling filters.

#include <fmt/format.h>

#include <algorithm>
#include <cstring>

#include "graph/graph_internal.h"
#include "graph/scratch.h"
#include "marquee/query.h"

namespace marquee {

using namespace graph_format;

namespace {

template <typename T>
Status Bind(const Index& index, GraphSection id, size_t expected, std::span<const T>* out) {
  std::string_view bytes = index.section(static_cast<uint32_t>(id));
  if (bytes.size() % sizeof(T) != 0 || (expected != size_t(-1) && bytes.size() / sizeof(T) != expected)) {
    return Status::Corruption(fmt::format("{}: graph section {} has the wrong size (damaged index); rebuild it",
                                          index.path(), static_cast<uint32_t>(id)));
  }
  *out = std::span<const T>(reinterpret_cast<const T*>(bytes.data()), bytes.size() / sizeof(T));
  return Status::OK();
}

// The IMDb vocabularies: names a filter may use even when this index has no
// such credit or title (they then match nothing).
constexpr const char* kKnownCategories[] = {
    "actor", "actress", "self", "archive_footage", "archive_sound", "director", "writer", "producer",
    "composer", "cinematographer", "editor", "production_designer", "casting_director"};
constexpr const char* kKnownTypes[] = {"movie", "short", "tvEpisode", "tvMiniSeries", "tvMovie", "tvSeries",
                                       "tvShort", "tvSpecial", "video", "videoGame", "tvPilot"};

template <size_t N>
bool Known(const char* const (&list)[N], std::string_view s) {
  return std::find(std::begin(list), std::end(list), s) != std::end(list);
}

}  // namespace

bool ConnectionFilter::IsDefault() const {
  return categories.empty() && types.empty() && !year_from && !year_to && !min_votes && !include_adult;
}

Graph::Graph(std::unique_ptr<Rep> rep) : rep_(std::move(rep)) {}
Graph::~Graph() = default;
const Index& Graph::index() const { return *rep_->index; }

Status Graph::Open(const Index& index, std::unique_ptr<Graph>* out) {
  auto rep = std::make_unique<Rep>();
  rep->index = &index;
  std::string_view head = index.section(static_cast<uint32_t>(GraphSection::kHeader));
  if (head.empty()) {
    return Status::NotSupported(index.path() + ": this index has no connection graph (built by an older "
                                               "marquee); rebuild it with `marquee build`");
  }
  if (head.size() != sizeof(GraphHeader)) return Status::Corruption(index.path() + ": bad graph header");
  rep->header = reinterpret_cast<const GraphHeader*>(head.data());
  const GraphHeader& h = *rep->header;
  if (h.version != kGraphVersion) {
    return Status::NotSupported(fmt::format("{}: graph version {}, this marquee reads {}; rebuild the index",
                                            index.path(), h.version, kGraphVersion));
  }
  if (h.n_people != index.person_count() || h.n_nodes != index.title_count()) {
    return Status::Corruption(index.path() + ": the graph does not match the index (damaged); rebuild it");
  }
  rep->n_people = h.n_people;
  rep->n_nodes = h.n_nodes;
  MARQUEE_RETURN_IF_ERROR(Bind(index, GraphSection::kPersonAdj, size_t{h.n_people} + 1, &rep->person_adj));
  MARQUEE_RETURN_IF_ERROR(Bind(index, GraphSection::kNodeAdj, size_t{h.n_nodes} + 1, &rep->node_adj));
  MARQUEE_RETURN_IF_ERROR(Bind(index, GraphSection::kPersonEdges, h.n_edges, &rep->person_edges));
  MARQUEE_RETURN_IF_ERROR(Bind(index, GraphSection::kNodeEdges, h.n_edges, &rep->node_edges));
  MARQUEE_RETURN_IF_ERROR(Bind(index, GraphSection::kPersonMasks, h.n_edges, &rep->person_masks));
  MARQUEE_RETURN_IF_ERROR(Bind(index, GraphSection::kNodeMasks, h.n_edges, &rep->node_masks));
  MARQUEE_RETURN_IF_ERROR(Bind(index, GraphSection::kNodeAttrs, h.n_nodes, &rep->attrs));
  if (rep->person_adj.back().begin != h.n_edges || rep->node_adj.back().begin != h.n_edges) {
    return Status::Corruption(index.path() + ": graph ranges disagree with its edges (damaged); rebuild it");
  }
  out->reset(new Graph(std::move(rep)));
  return Status::OK();
}

GraphStats Graph::stats() const {
  const GraphHeader& h = *rep_->header;
  return GraphStats{h.n_people, h.n_nodes, h.n_edges, h.n_default_edges, h.default_people, h.default_nodes};
}

Status Graph::LinkCount(PersonRow person, const ConnectionFilter& filter, uint32_t* count) const {
  if (person >= rep_->n_people) return Status::InvalidArgument("no such person row");
  graph::CompiledFilter f;
  MARQUEE_RETURN_IF_ERROR(graph::Compile(*rep_, filter, &f));
  *count = 0;
  graph::ForEachEdge(graph::PersonSide(*rep_), person, f, [&](uint32_t t) {
    if (!f.check_node || f.NodeOk(rep_->attrs[t])) ++*count;
  });
  return Status::OK();
}

namespace graph {

Status Compile(const Graph::Rep& g, const ConnectionFilter& filter, CompiledFilter* out) {
  const Index& index = *g.index;
  const GraphHeader& h = *g.header;
  CompiledFilter f;
  if (filter.year_from && filter.year_to && filter.year_from > filter.year_to) {
    return Status::InvalidArgument(
        fmt::format("the year range {}-{} is empty: it ends before it starts", filter.year_from, filter.year_to));
  }
  if (filter.year_from < 0 || filter.year_to < 0 || filter.year_from > 9999 || filter.year_to > 9999) {
    return Status::InvalidArgument("years must lie between 1 and 9999");
  }
  uint16_t all_categories = 0;
  for (uint32_t c = 0; c < index.category_count(); ++c) all_categories |= CategoryBit(c);
  if (filter.categories.empty()) f.categories = h.default_categories;
  for (const std::string& name : filter.categories) {
    bool matched = false;
    for (uint32_t c = 0; c < index.category_count(); ++c) {
      std::string_view cn = index.category_name(c);
      bool cast = cn == "actor" || cn == "actress" || cn == "self";
      if (name == "all" || cn == name || (name == "cast" && cast) || (name == "crew" && !IsCastCategory(cn))) {
        f.categories |= CategoryBit(c);
        matched = true;
      }
    }
    if (!matched && name != "all" && name != "cast" && name != "crew" && !Known(kKnownCategories, name)) {
      return Status::InvalidArgument(fmt::format(
          "unknown credit category '{}'; use cast, crew, all or one of: {}", name, fmt::join(kKnownCategories, ", ")));
    }
  }
  std::bitset<256> default_types;
  for (uint32_t t = 0; t < 256; ++t) default_types[t] = (h.default_types[t / 8] >> (t % 8)) & 1;
  if (filter.types.empty()) f.types = default_types;
  for (const std::string& name : filter.types) {
    bool matched = false;
    for (uint32_t t = 0; t < index.title_type_count() && t < 256; ++t) {
      if (name == "all" || index.title_type_name(t) == name) {
        f.types[t] = true;
        matched = true;
      }
    }
    if (!matched && name != "all" && !Known(kKnownTypes, name)) {
      return Status::InvalidArgument(
          fmt::format("unknown title type '{}'; use all or one of: {}", name, fmt::join(kKnownTypes, ", ")));
    }
  }
  f.adult = filter.include_adult;
  if (filter.year_from) f.year_from = static_cast<uint16_t>(filter.year_from);
  if (filter.year_to) f.year_to = static_cast<uint16_t>(filter.year_to);
  f.min_votes = filter.min_votes;

  // The default prefix holds exactly the edges of default categories into
  // non-adult titles of default types; a filter inside that set reads only
  // the prefix and tests only what it narrows.
  bool ranged = f.year_from > 0 || f.year_to < 0xFFFF || f.min_votes > 0;
  bool cats_inside = (f.categories & ~h.default_categories) == 0;
  bool types_inside = (f.types & ~default_types).none();
  if (cats_inside && types_inside && !f.adult) {
    f.default_only = true;
    f.check_mask = f.categories != h.default_categories;
    f.check_node = ranged || f.types != default_types;
  } else {
    std::bitset<256> all_types;
    for (uint32_t t = 0; t < index.title_type_count() && t < 256; ++t) all_types[t] = true;
    f.default_only = false;
    f.check_mask = (f.categories & all_categories) != all_categories;
    f.check_node = ranged || !f.adult || (f.types & all_types) != all_types;
  }
  *out = f;
  return Status::OK();
}

}  // namespace graph

bool FilterLeavesNoLinks(const Graph& graph, const ConnectionFilter& filter) {
  const Graph::Rep& g = graph.rep();
  graph::CompiledFilter f;
  if (!graph::Compile(g, filter, &f).ok()) return true;
  if (f.categories == 0 || f.types.none()) return true;
  graph::Side nodes = graph::NodeSide(g);
  for (uint32_t t = 0; t < g.n_nodes; ++t) {
    if (graph::Degree(nodes, t, f) < 2 || (f.check_node && !f.NodeOk(g.attrs[t]))) continue;
    uint32_t linked = 0;
    graph::ForEachEdge(nodes, t, f, [&](uint32_t) { ++linked; });
    if (linked >= 2) return false;
  }
  return true;
}

Connections::Connections(const Graph& graph)
    : graph_(graph), scratch_(std::make_unique<Scratch>(graph.rep().n_people, graph.rep().n_nodes)) {}
Connections::~Connections() = default;

}  // namespace marquee
