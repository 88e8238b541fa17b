// Shortest chains between two people: a bidirectional BFS over the
// person–title graph in half-steps (people -> their titles, or titles ->
// their people), always taking the step, of either side, that reads the
// fewest edges. Costing half-steps separately matters: one person can lead
// to a title with thousands of people, and the other side may meet it for
// less. The sides meet at a person or at a title.
//
// At full scale a step can read millions of edges, nearly all to vertices
// already reached. So "reached?" is a bit set per side and kind (2 MB for
// 15 M people: it stays in cache), and before each step a read-only probe
// asks whether any edge of the frontier reaches the other side: if so the
// step is the last one, and only the meeting vertices are ever written.
//
// Which of several equally short chains is shown: see chains.cc.

#include <fmt/format.h>

#include "graph/path_search.h"

namespace marquee {
namespace graph {

Status PathSearch::Charge(uint64_t edges, uint64_t visits) {
  edges_ += edges;
  visits_ += visits;
  if (opt_.budget.max_visits && visits_ > opt_.budget.max_visits) {
    return Status::BudgetExceeded(fmt::format("gave up after reaching {} people and titles (the budget is {})",
                                              visits_, opt_.budget.max_visits));
  }
  if (edges_ >= next_check_) {
    next_check_ = edges_ + (1 << 16);
    double secs = std::chrono::duration<double>(Clock::now() - start_).count();
    if (opt_.budget.max_seconds > 0 && secs > opt_.budget.max_seconds) {
      return Status::BudgetExceeded(fmt::format("gave up after {:.1f} s, having reached {} people and titles",
                                                secs, visits_));
    }
  }
  return Status::OK();
}

// The probe: the vertices the side's next step would reach that the other
// side has reached (before this step the two sides were disjoint, so these
// all lie on the other side's frontier, equally far). Writes only for them:
// marks them reached by this side, and counts the chains into them.
Status PathSearch::Meet(int side, std::vector<uint32_t>* meets) {
  const uint32_t h = half_[side];
  const int from = h % 2, to = 1 - from;
  const Side& adj = adj_[from];
  TrackedBits& mine = Seen(side, to);
  const uint64_t* other = Seen(1 - side, to).words();
  const uint32_t* edges = adj.edges.data();
  for (uint32_t v : Frontier(side)) {
    auto [b, e] = Range(adj, v, f_);
    for (uint32_t i = b; i < e; ++i) {
      const uint32_t w = edges[i];
      if (w >= adj.limit || !((other[w >> 6] >> (w & 63)) & 1)) continue;
      if (f_.check_mask && !(adj.masks[i] & f_.categories)) continue;
      uint64_t cv = counting_ ? Count(side, from, v) : 0;
      if (!mine.Test(w)) {
        mine.Set(w);
        Level(side, to, w) = static_cast<uint8_t>(h + 1);
        if (counting_) Count(side, to, w) = cv;
        meets->push_back(w);
      } else if (counting_) {
        Count(side, to, w) = SatAdd(Count(side, to, w), cv);
      }
    }
    MARQUEE_RETURN_IF_ERROR(Charge(e - b, 0));
  }
  return Status::OK();
}

// One half-step of one side that meets nothing: reach the frontier's
// neighbours, then cost the new frontier.
Status PathSearch::Step(int side) {
  const uint32_t h = half_[side];
  if (h + 1 > kMaxLevel) return Status::BudgetExceeded("gave up: chains longer than 63 titles are not followed");
  const int from = h % 2, to = 1 - from;
  const Side& adj = adj_[from];
  TrackedBits& mine = Seen(side, to);
  const size_t first_new = mine.set().size();
  const uint32_t* edges = adj.edges.data();
  // The frontier is read from the other list, so appending to `mine` is safe.
  for (uint32_t v : Frontier(side)) {
    const uint64_t cv = counting_ ? Count(side, from, v) : 0;
    auto [b, e] = Range(adj, v, f_);
    const size_t before = mine.set().size();
    for (uint32_t i = b; i < e; ++i) {
      const uint32_t w = edges[i];
      if (w >= adj.limit || (f_.check_mask && !(adj.masks[i] & f_.categories))) continue;
      if (mine.Test(w)) {
        if (counting_ && Level(side, to, w) == h + 1) Count(side, to, w) = SatAdd(Count(side, to, w), cv);
        continue;
      }
      if (to == kTitle && f_.check_node) {
        if (s_.rejected.Test(w)) continue;
        if (!f_.NodeOk(g_.attrs[w])) {
          s_.rejected.Set(w);
          continue;
        }
      }
      mine.Set(w);
      Level(side, to, w) = static_cast<uint8_t>(h + 1);
      if (counting_) Count(side, to, w) = cv;
    }
    MARQUEE_RETURN_IF_ERROR(Charge(e - b, mine.set().size() - before));
  }
  // The next step's cost: a separate pass, prefetching ranges ahead, since
  // each is a cache miss (and the next step will want them anyway).
  std::span<const uint32_t> fresh = std::span<const uint32_t>(mine.set()).subspan(first_new);
  const graph_format::AdjRange* ranges = adj_[to].adj.data();
  uint64_t cost = 0;
  for (size_t i = 0; i < fresh.size(); ++i) {
    if (i + kAhead < fresh.size()) __builtin_prefetch(&ranges[fresh[i + kAhead]]);
    cost += Degree(adj_[to], fresh[i], f_);
  }
  half_[side] = h + 1;
  begin_[side] = first_new;
  cost_[side] = cost;
  return Status::OK();
}

Status PathSearch::Run(PersonRow a, PersonRow b, PathResult* r) {
  for (auto& side : s_.seen)
    for (TrackedBits& bits : side) bits.Clear();
  s_.rejected.Clear();
  level_[kPerson] = s_.person_level.get();
  level_[kTitle] = s_.node_level.get();
  if (counting_) {
    count_[kPerson] = s_.person_count.get();
    count_[kTitle] = s_.node_count.get();
  }
  for (int side = 0; side < 2; ++side) {
    PersonRow root = side == 0 ? a : b;
    Seen(side, kPerson).Set(root);
    Level(side, kPerson, root) = 0;
    if (counting_) Count(side, kPerson, root) = 1;
    cost_[side] = Degree(adj_[kPerson], root, f_);
  }
  // A person whose every edge the filter drops is linked to no one; say so
  // rather than search.
  for (PersonRow p : {a, b}) {
    bool linked = false;
    ForEachEdge(adj_[kPerson], p, f_, [&](uint32_t t) { linked |= !f_.check_node || f_.NodeOk(g_.attrs[t]); });
    if (!linked) r->unlinked.push_back(p);
  }
  visits_ = 2;
  std::vector<uint32_t> meets;
  int side = 0;
  while (r->unlinked.empty() && !Frontier(0).empty() && !Frontier(1).empty()) {
    side = cost_[0] <= cost_[1] ? 0 : 1;
    Status st = Meet(side, &meets);
    if (st.ok() && meets.empty()) st = Step(side);
    r->visited = visits_;
    if (!st.ok()) return st;
    if (!meets.empty()) break;
  }
  r->visited = visits_ + meets.size();
  if (meets.empty()) return Status::OK();  // no chain under the filter
  ReadChains(side, meets, r);
  if (mirror_broken_) {
    return Status::Corruption(g_.index->path() + ": the graph's two directions disagree (damaged index); "
                              "`marquee verify` says where; rebuild it");
  }
  return Status::OK();
}

}  // namespace graph

Status Connections::Path(PersonRow a, PersonRow b, const PathOptions& options, PathResult* result) {
  const Graph::Rep& g = graph_.rep();
  *result = PathResult();
  if (a >= g.n_people || b >= g.n_people) return Status::InvalidArgument("no such person row");
  if (a == b) return Status::InvalidArgument("the same person twice: a chain needs two different people");
  if (options.max_chains == 0) return Status::InvalidArgument("max_chains must be at least 1");
  graph::CompiledFilter f;
  MARQUEE_RETURN_IF_ERROR(graph::Compile(g, options.filter, &f));
  graph::PathSearch search(graph_, f, scratch_.get(), options);
  return search.Run(a, b, result);
}

}  // namespace marquee
