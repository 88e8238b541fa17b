// Who a person works with most, and the titles two or more people share.
// Both read the person's linking titles and those titles' people straight
// from the graph's CSR arrays; co-star counts go into a per-thread tally
// stamped with the query's epoch, so no per-query clearing or hashing.

#include <algorithm>
#include <chrono>
#include <fmt/format.h>
#include <queue>

#include "graph/graph_internal.h"
#include "graph/scratch.h"

namespace marquee {
namespace {

using namespace graph;

// The person's linking titles under the filter, ascending by row.
std::vector<uint32_t> LinkingTitles(const Graph::Rep& g, const CompiledFilter& f, PersonRow p) {
  std::vector<uint32_t> titles;
  ForEachEdge(PersonSide(g), p, f, [&](uint32_t t) {
    if (!f.check_node || f.NodeOk(g.attrs[t])) titles.push_back(t);
  });
  if (!f.default_only) std::sort(titles.begin(), titles.end());  // two sorted parts otherwise
  return titles;
}

}  // namespace

Status Connections::Costars(PersonRow person, const CostarOptions& o, CostarResult* r) {
  const Graph::Rep& g = graph_.rep();
  *r = CostarResult();
  if (person >= g.n_people) return Status::InvalidArgument("no such person row");
  CompiledFilter f;
  MARQUEE_RETURN_IF_ERROR(graph::Compile(g, o.filter, &f));
  auto start = std::chrono::steady_clock::now();
  if (++scratch_->epoch == 0) {  // wrapped: old stamps could match again
    scratch_->tally.Clear();
    scratch_->epoch = 1;
  }
  const uint32_t tag = scratch_->epoch;
  uint32_t* slots = scratch_->tally.get();
  auto tally = [slots](uint32_t q) -> uint32_t& { return slots[2 * size_t{q} + 1]; };
  std::vector<uint32_t>& touched = scratch_->next[0];
  touched.clear();

  std::vector<uint32_t> titles = LinkingTitles(g, f, person);
  r->titles = static_cast<uint32_t>(titles.size());
  const Side nodes = NodeSide(g);
  uint64_t read = 0;
  for (uint32_t t : titles) {
    read += ForEachEdge(nodes, t, f, [&](uint32_t q) {
      if (q == person) return;
      uint32_t* slot = &slots[2 * size_t{q}];
      if (slot[0] != tag) {
        slot[0] = tag;
        slot[1] = 0;
        touched.push_back(q);
      }
      ++slot[1];
    });
    if (o.budget.max_visits && read > o.budget.max_visits)
      return Status::BudgetExceeded(fmt::format("gave up after reading {} credits (the budget is {})", read,
                                                o.budget.max_visits));
    if (o.budget.max_seconds > 0 &&
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() > o.budget.max_seconds)
      return Status::BudgetExceeded(fmt::format("gave up after {:.1f} s", o.budget.max_seconds));
  }
  r->collaborators = touched.size();

  auto people = g.index->person_records();
  auto better = [&](uint32_t x, uint32_t y) {
    if (tally(x) != tally(y)) return tally(x) > tally(y);
    if (people[x].popularity != people[y].popularity) return people[x].popularity > people[y].popularity;
    return x < y;
  };
  size_t n = std::min<size_t>(o.limit, touched.size());
  std::partial_sort(touched.begin(), touched.begin() + static_cast<long>(n), touched.end(), better);
  for (size_t i = 0; i < n; ++i) r->costars.push_back(Costar{touched[i], tally(touched[i]), {}});

  // A few shared titles per co-star, the most voted first: one more pass
  // over the titles in that order, stopping once every list is full.
  if (o.titles_per_costar > 0 && n > 0) {
    std::vector<std::pair<uint32_t, size_t>> slot;  // (person, costar index), sorted
    for (size_t i = 0; i < n; ++i) slot.emplace_back(r->costars[i].person, i);
    std::sort(slot.begin(), slot.end());
    std::sort(titles.begin(), titles.end(), [&](uint32_t x, uint32_t y) {
      return g.attrs[x].votes != g.attrs[y].votes ? g.attrs[x].votes > g.attrs[y].votes : x < y;
    });
    size_t open = n;
    for (uint32_t t : titles) {
      if (open == 0) break;
      ForEachEdge(nodes, t, f, [&](uint32_t q) {
        auto it = std::lower_bound(slot.begin(), slot.end(), std::pair<uint32_t, size_t>(q, 0));
        if (it == slot.end() || it->first != q) return;
        Costar& c = r->costars[it->second];
        if (c.titles.size() < o.titles_per_costar) {
          c.titles.push_back(t);
          if (c.titles.size() == o.titles_per_costar || c.titles.size() == c.shared) --open;
        }
      });
    }
  }
  return Status::OK();
}

Status Connections::Shared(std::span<const PersonRow> people, const ConnectionFilter& filter, SharedResult* r) {
  const Graph::Rep& g = graph_.rep();
  *r = SharedResult();
  if (people.size() < 2) return Status::InvalidArgument("shared titles need at least two people");
  for (size_t i = 0; i < people.size(); ++i) {
    if (people[i] >= g.n_people) return Status::InvalidArgument("no such person row");
    for (size_t j = 0; j < i; ++j)
      if (people[i] == people[j])
        return Status::InvalidArgument(fmt::format("the same person twice: {}", g.index->person_name(people[i])));
  }
  CompiledFilter f;
  MARQUEE_RETURN_IF_ERROR(graph::Compile(g, filter, &f));
  std::vector<uint32_t> common = LinkingTitles(g, f, people[0]);
  for (size_t i = 1; i < people.size() && !common.empty(); ++i) {
    std::vector<uint32_t> theirs = LinkingTitles(g, f, people[i]), both;
    std::set_intersection(common.begin(), common.end(), theirs.begin(), theirs.end(), std::back_inserter(both));
    common.swap(both);
  }
  auto year = [&](uint32_t t) { return g.attrs[t].start_year ? g.attrs[t].start_year : 0x10000u; };
  std::sort(common.begin(), common.end(), [&](uint32_t x, uint32_t y) {
    return year(x) != year(y) ? year(x) < year(y) : x < y;
  });
  for (uint32_t t : common) r->titles.push_back(SharedTitle{t, {}});
  for (size_t i = 0; i < people.size(); ++i) {
    std::vector<LinkRole> roles;
    MARQUEE_RETURN_IF_ERROR(LinkRoles(graph_, people[i], common, filter, &roles));
    for (size_t k = 0; k < common.size(); ++k) r->titles[k].roles.push_back(std::move(roles[k]));
  }
  return Status::OK();
}

}  // namespace marquee
