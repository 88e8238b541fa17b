// Filters: a ConnectionFilter checked against the index's vocabularies and
// compiled to the per-edge and per-node tests a traversal makes, choosing
// the cheapest traversal that is still exact.

#include <fmt/format.h>

#include <algorithm>

#include "graph/graph_internal.h"
#include "marquee/query.h"

namespace marquee {

using namespace graph_format;

namespace {

// A name from the IMDb vocabularies (marquee/vocabulary.h) may be used even
// when this index has no such credit or title: it then matches nothing.
template <size_t N>
bool Known(const char* const (&list)[N], std::string_view s) {
  return std::find(std::begin(list), std::end(list), s) != std::end(list);
}

}  // namespace

bool ConnectionFilter::IsDefault() const {
  return categories.empty() && types.empty() && !year_from && !year_to && !min_votes && !include_adult;
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
      bool cast = IsCastCategory(cn);
      if (name == "all" || cn == name || (name == "cast" && cast) || (name == "crew" && !cast)) {
        f.categories |= CategoryBit(c);
        matched = true;
      }
    }
    if (!matched && name != "all" && name != "cast" && name != "crew" && !Known(kImdbCategories, name)) {
      return Status::InvalidArgument(fmt::format(
          "unknown credit category '{}'; use cast, crew, all or one of: {}", name, fmt::join(kImdbCategories, ", ")));
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
    if (!matched && name != "all" && !Known(kImdbTitleTypes, name)) {
      return Status::InvalidArgument(
          fmt::format("unknown title type '{}'; use all or one of: {}", name, fmt::join(kImdbTitleTypes, ", ")));
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

}  // namespace marquee
