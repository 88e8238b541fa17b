// Graph: binding the graph sections of an open index in place.

#include <fmt/format.h>


#include "graph/graph_internal.h"
#include "graph/scratch.h"

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

}  // namespace

Graph::Graph(std::unique_ptr<Rep> rep) : rep_(std::move(rep)) {}
Graph::~Graph() = default;
const Index& Graph::index() const { return *rep_->index; }

bool Graph::Present(const Index& index) { return !index.section(static_cast<uint32_t>(GraphSection::kHeader)).empty(); }

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
  if (h.n_people != index.person_count() || h.n_nodes != index.title_count() || h.n_edges >= format::kNone) {
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

Connections::Connections(const Graph& graph)
    : graph_(graph), scratch_(std::make_unique<Scratch>(graph.rep().n_people, graph.rep().n_nodes)) {}
Connections::~Connections() = default;

}  // namespace marquee
